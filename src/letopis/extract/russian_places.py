"""A Russian document's own word on a name that the tagger read now as a place, now as a person.

The tagger reads an unfamiliar toponym by its shape: «в Тункареме» it may take for a place and «радиостанцией
Тункарема» for a man's surname. When the document puts the name in a place's slot (after «в», «на», «из»,
«под», «около»), a bare form of it elsewhere that nothing marks as a man's (no given name, no initials, no
title such as «т.») is the same place.
"""

from __future__ import annotations

import dataclasses
import re

from letopis.model import Mention

# the prepositions of place before a name («в Тункареме», «из Тункарема», «под Тарском»)
_PLACE_SLOT = re.compile(r"(?:^|[\s(«\"])(?:в|во|на|из|под|около|близ|возле|вблизи|через)\s+$", re.IGNORECASE)
_MIN_STEM = 4
# what a person does or is called: a past-tense verb after the name («Петров ответил»), «т.» or «гр.» before it
_VERB_AFTER = re.compile(r",?\s+(?:не\s+)?[а-яё]+(?:л|ла|ли|лся|лась|лись)\b")
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:т|тов|гр|гражд|тт)\.\s*$|товарищ[а-я]*\s+$", re.IGNORECASE)


def places_named_by_slot(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with bare person forms of a name the document places after a preposition of place
    retyped as that place (see the module docstring)."""
    placed: dict[str, str] = {}
    for m in mentions:
        if m.type == "place" and " " not in m.norm and len(m.norm) >= _MIN_STEM and \
                _PLACE_SLOT.search(text[max(0, m.start - 12) : m.start]):
            placed[_low(m.norm)] = m.norm
    if not placed:
        return mentions
    acting = set()  # names the document gives a person's name parts, a title or a verb somewhere
    for m in mentions:
        if m.type == "person" and (not _bare(m) or _VERB_AFTER.match(text, m.end) or
                                   _TITLE_BEFORE.search(text[max(0, m.start - 8) : m.start])):
            word = m.parts.surname if m.parts and m.parts.surname else m.text.split()[-1]
            acting.update(f for f in _forms(word) if f in placed)
    out = []
    for m in mentions:
        norm = next((placed[f] for f in _forms(m.text) if f in placed and f not in acting), None) \
            if m.type == "person" and _bare(m) else None
        if norm is not None:
            m = dataclasses.replace(m, type="place", norm=norm, parts=None,
                                    attrs=tuple(a for a in m.attrs if a[0] not in ("gender_guess", "gender_from")))
        out.append(m)
    return out


def _bare(m: Mention) -> bool:
    """A one-word person mention nothing marks as a man's or a woman's: no given name, initials or title."""
    p = m.parts
    return " " not in m.text and "." not in m.text and (p is None or not (p.given or p.patronymic or p.initials)) \
        and m.attr("title") is None and m.attr("role") is None


def _low(word: str) -> str:
    return word.lower().replace("ё", "е")


_ENDING = re.compile(r"(?:ом|ем|ой|ей|ою|ею|а|я|у|ю|е|ы|и|о)$")


def _forms(word: str) -> list[str]:
    """The form and the form without its case ending («Тункарема», «Тункаремом» -> «тункарем»)."""
    low = _low(word)
    bare = _ENDING.sub("", low)
    return [low, bare, bare + "а", bare + "я", bare + "ь", bare + "й"] if bare != low else [low]
