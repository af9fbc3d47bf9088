"""A capitalised adjective that natasha reads as a surname, before the lower-case noun it agrees with.

«Списки передали Зареченскому пересыльному пункту»: «Зареченскому» has the shape of a surname in the dative,
but the words after it agree with it and end in a body's head noun, so the span is the body («Зареченскому
пересыльному пункту»); «у Кривцовой губы» ends in a place noun, so it is the bay; «Культурно-воспитательной
части» is a camp's section. A person's surname is followed by a given name or a verb, not by a lower-case
noun in its own case.

    span = adjective_before_head(morph, text, span)
"""

from __future__ import annotations

import re

from letopis.extract.morph import Morph
from letopis.extract.russian_orgs import ORG_HEADS
from letopis.extract.russian_rules import ENTERPRISE_HEADS, INSTITUTION_HEADS

_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[а-яё]+)?(?:ий|ый|ой|ого|ему|ому|им|ым|ом|ая|ую|ое|ые|ых|ыми|ими)")
_FOLLOWING = re.compile(r"[ \t]+([а-яё]+)(?:[ \t]+([а-яё]+))?(?![\w-])")
PLACE_NOUNS = frozenset(("губа", "бухта", "остров", "озеро", "река", "мыс", "залив", "улица", "переулок", "площадь",
                         "гора", "слобода", "пристань", "станция", "разъезд", "посёлок", "поселок", "село", "деревня",
                         "хутор", "урочище", "тракт", "волость", "уезд", "район"))
BODY_NOUNS = ORG_HEADS | INSTITUTION_HEADS | ENTERPRISE_HEADS | frozenset(
    ("пункт", "часть", "отдел", "лагерь", "сельсовет", "больница", "тюрьма", "изолятор", "комендатура"))
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def adjective_before_head(morph: Morph, text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """``span``, or the adjective with its agreeing words up to a place or body noun, typed by that noun."""
    start, end, typ = span
    if typ != "PER" or not _ADJECTIVE.fullmatch(text[start:end]):
        return span
    after = _FOLLOWING.match(text, end)
    if after is None:
        return span
    cases = _cases(morph, text[start:end])
    for g in (1, 2):
        word = after.group(g)
        if word is None:
            break
        nouns = [p for p in morph.parse(word) if p.tag.POS == "NOUN" and p.tag.case in cases]
        head = next((p.normal_form for p in nouns if p.normal_form in PLACE_NOUNS | BODY_NOUNS), None)
        if head is not None:
            return (start, after.end(g), "LOC" if head in PLACE_NOUNS else "ORG")
        if not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases for p in morph.parse(word)):
            break  # only agreeing adjectives and participles stand between («Зареченскому пересыльному пункту»)
    return span


def _cases(morph: Morph, word: str) -> set[str]:
    """The cases the word can be in, as an adjective or a surname."""
    return {p.tag.case for p in morph.parse(word) if p.tag.case in _CASES}
