"""Rule 6 of :mod:`letopis.resolve.local`: a name of three words whose middle word is a surname too.

Spanish, Portuguese and Catalan names carry two surnames, the father's and then the mother's ("Mercedes Aldabe
Urrutia"), and a text calls the person by the first of them: "Aldabe", "M. Aldabe", "Mercedes Aldabe",
"Aldabe Urrutia". Read as an English name, the first surname would be a middle name and the person two or three
persons. Inside one document, when exactly one person is named by three words "Given Middle Last" and other
mentions name somebody by "Middle" alone, by "Given Middle", by initials and "Middle", or by "Middle Last",
those mentions are that person. A middle word that is a given name ("John Henry Tallow") counts only in the
form "Middle Last", as it may be a given name used alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from letopis.extract.lexicon import is_given
from letopis.resolve.keys import fold
from letopis.resolve.translit import has_cyrillic

_PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|ovitch|evitch)$")


def double_surname_rows(recs: Sequence[Any], rows: Sequence[tuple]) -> dict[int, tuple[str, str]]:
    """Row index -> (given, surname) of the one three-word name its first surname stands for."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "person" and not r[4] and not has_cyrillic(recs[i].text):
            by_doc[recs[i].document_id].append(i)
    out: dict[int, tuple[str, str]] = {}
    for idx in by_doc.values():
        full: dict[str, set[tuple[str, str, bool]]] = defaultdict(set)  # folded middle -> (given, last, given?)
        for i in idx:
            r = rows[i]
            words = (r[3] or "").split()
            if len(words) == 2 and r[5] and not r[6] and _surname_word(words[1]):
                full[fold(words[1])].add((words[0], r[5], is_given(words[1])))
        if not full:
            continue
        named: dict[str, set[str]] = defaultdict(set)  # folded surname -> folded one-word given names with it
        for i in idx:
            if rows[i][5] and rows[i][3] and " " not in rows[i][3]:
                named[fold(rows[i][5])].add(fold(rows[i][3]))
        for i in idx:
            r = rows[i]
            given, surname, initials = r[3] or "", r[5] or "", r[6] or ""
            if not surname or " " in given:
                continue
            if given and fold(given) in full and len(full[fold(given)]) == 1:  # "Aldabe Urrutia"
                g, last, _ = next(iter(full[fold(given)]))
                if fold(last) == fold(surname):
                    out[i] = (g, last)
                continue
            people = full.get(fold(surname), set())
            if len(people) != 1:
                continue
            g, last, middle_given = next(iter(people))
            if middle_given or named[fold(surname)] - {fold(g)}:
                continue  # "Henry" alone may be a given name; "Pere Aldabe" here makes "Aldabe" his
            if (not given and not initials) or (given and fold(given) == fold(g)) or (
                    initials and fold(initials.replace(".", " ").split()[0])[:1] == fold(g)[:1]):
                out[i] = (g, last)  # "Aldabe", "Mercedes Aldabe", "M. Aldabe"
    return out


def _surname_word(word: str) -> bool:
    """A capitalised word that may be a first surname: no initial, no patronymic."""
    return len(word) > 2 and word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha() and \
        _PATRONYMIC.search(word) is None
