"""Paragraphs split by a former page break: join them back into one segment.

A paragraph that does not end a sentence (no ``.``, ``!``, ``?`` or ``…`` before
any closing quotes, brackets, markup or footnote markers) followed by a paragraph
that starts in lower case is one paragraph cut in two (a short first part that
plain-text reading took for a heading is joined too). The joined segment runs
from the first start to the last end; the gap stays in the text.
"""

from __future__ import annotations

import re

from letopis.model import Segment

_TRAILING = re.compile(r"(?:\[\^?\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[\s*_»”“\"'’)\]])+$")
_SENTENCE_END = ".!?…"
_LEADING = re.compile(r"[\s\"'«“„(\[*_]*")
JOINABLE = frozenset(["paragraph"])


def ends_open(text: str, start: int, end: int) -> bool:
    """True when the span does not end a sentence (its last real character is not . ! ? …)."""
    tail = text[max(start, end - 60) : end]
    core = _TRAILING.sub("", tail)
    return bool(core) and core[-1] not in _SENTENCE_END


def starts_lower(text: str, start: int, end: int) -> bool:
    """True when the first letter of the span, after quotes and markup, is lower case."""
    m = _LEADING.match(text, start, end)
    pos = m.end() if m else start
    return pos < end and text[pos].isalpha() and text[pos].islower()


def _guessed_heading(text: str, seg: Segment) -> bool:
    """A heading guessed from a short plain-text line (not ``#``-marked): may be a cut paragraph."""
    return seg.kind == "heading" and not text.startswith("#", seg.start)


def join_page_breaks(text: str, segs: list[Segment]) -> tuple[list[Segment], int]:
    """Join page-broken paragraph pairs (chains too); returns the segments and how many joins."""
    out: list[Segment] = []
    joins = 0
    for seg in segs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (prev.kind in JOINABLE or _guessed_heading(text, prev))
            and seg.kind in JOINABLE
            and starts_lower(text, seg.start, seg.end)
            and ends_open(text, prev.start, prev.end)
        ):
            out[-1] = Segment(prev.index, "paragraph", prev.start, seg.end, prev.label)
            joins += 1
        else:
            out.append(seg)
    return out, joins
