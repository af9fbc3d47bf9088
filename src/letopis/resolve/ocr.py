"""OCR slips of one surname inside one document: "Crandall" and "Craudall", "Rosewarne" and "Rosewame".

A page read by OCR writes a name now right, now with one letter misread. Two surname forms
of one document are taken as one when they are long (6 letters or more), start alike, and
differ only by one of the misreadings print recognition is known for (u/n, b/h, e/c, rn/m, 1/l, y/v, ...);
e/o and a/o are left out, as they are also spellings of a name (Hansen, Hanson).
The form written more often (on a tie, the earlier) is kept. Across documents such pairs are
never merged: there they go to the review queue as near misses (``letopis.resolve.similar``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

MIN_LENGTH = 6
# Pairs of glyph sequences OCR confuses, either way round.
CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("u", "n"), ("n", "a"), ("b", "h"), ("e", "c"), ("c", "o"), ("i", "l"),
    ("l", "t"), ("f", "t"), ("rn", "m"), ("li", "h"), ("cl", "d"), ("in", "m"), ("vv", "w"), ("ri", "n"),
    ("1", "l"), ("1", "i"), ("0", "o"), ("5", "s"), ("y", "v"),  # "Ogi1vie", "Rattrav"
)
_LETTERS = re.compile(r"[a-z'’]*[a-z][a-z0-9'’]*")  # ASCII letters, apostrophes ("m'gillivray"), a misread digit
_SWAPS = {(a, b) for a, b in CONFUSIONS} | {(b, a) for a, b in CONFUSIONS}


def slips(forms: Iterable[str]) -> dict[str, str]:
    """Lower-cased surname form -> the lower-cased form it misreads, for the surname forms (one per mention)
    of one document."""
    seq = [f.lower() for f in forms if f]
    counts = Counter(seq)
    first = {f: i for i, f in reversed(list(enumerate(seq)))}
    by_letter: dict[str, list[str]] = {}
    for f in counts:
        if len(f) >= MIN_LENGTH and f[0].isalpha() and _LETTERS.fullmatch(f):
            by_letter.setdefault(f[0], []).append(f)
    out: dict[str, str] = {}
    for group in by_letter.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if misread(a, b):
                    keep, slip = sorted((a, b), key=lambda f: (-counts[f], first[f]))
                    out.setdefault(slip, keep)
    return {s: _final(k, out) for s, k in out.items()}


def misread(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one known misreading (lower-case forms)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return (a[i:len(a) - j], b[i:len(b) - j]) in _SWAPS


def _final(form: str, out: dict[str, str]) -> str:
    seen = {form}
    while form in out and out[form] not in seen:
        form = out[form]
        seen.add(form)
    return form
