"""Given names joined before one surname share it: "Yakov and Terenty Krutobokov", "the brothers Savely and
Kuzma Kochkin", "Ivan, Pyotr and Semyon Lykov"."""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.lexicon import DIMINUTIVES, GIVEN_NAMES, is_given
from letopis.extract.names import looks_like_surname
from letopis.model import Mention, NameParts


def shared_surnames(mentions: list[Mention], text: str) -> list[Mention]:
    """"Yakov and Terenty Krutobokov", "the brothers Savely and Kuzma Kochkin": given names joined before one
    surname share it."""
    ms = sorted(mentions, key=lambda m: (m.start, -m.end))
    persons = [k for k, m in enumerate(ms) if m.type == "person"]
    shared: set[int] = set()
    for a, b in reversed(list(zip(persons, persons[1:]))):
        m, n = ms[a], ms[b]
        gap = text[m.end : n.start]
        if not (_AND_GAP.fullmatch(gap) or (b in shared and _COMMA_GAP.fullmatch(gap))) or not n.parts or \
                not n.parts.surname or not n.parts.given or " " in m.text or not _plain_given(m.text):
            continue
        shared.add(a)
        parts = NameParts(given=m.text, surname=n.parts.surname, gender=None)
        ms[a] = replace(m, parts=parts, norm=f"{m.text} {n.parts.surname}")
    return ms


def _plain_given(word: str) -> bool:
    """A given name that is no surname too ("Yakov", "Savely"; not "Lenin", which a name table also lists)."""
    return word in GIVEN_NAMES or word in DIMINUTIVES or (is_given(word) and not looks_like_surname(word))


_AND_GAP = re.compile(r",?[ ]+(?:and|&)[ ]+")
_COMMA_GAP = re.compile(r",[ ]+")  # "Ivan, Pyotr and Semyon Lykov": a list before the "and"
