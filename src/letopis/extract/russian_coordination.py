"""Coordination around the state and party bodies of :func:`letopis.extract.russian_rules.find_institutions`.

Russian shares one genitive complement between coordinated heads, and one plural head between
coordinated complements:

- :func:`shared_complement`: «генштаба и разведывательных служб Ландии» names two bodies of Ландия,
  the first head takes the complement of the second;
- :func:`distributed_complements`: «с полицейскими органами Ландии, Марении и Тормы» names three
  bodies, one per place, when the head is plural (a singular head over a list, «комиссия Ландии и
  Марении», is one joint body).

The new spans are organisations with the distributed name as their norm; a span over a place name
(«Марении») is ``nested``: the place mention stays beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from letopis.extract.morph import CASES, Morph, agreeing_modifiers
from letopis.extract.russian_rules import (
    _INSTITUTION,
    _NUMERAL,
    INSTITUTION_HEADS,
    RuleSpan,
    _modifiers,
    _words_before,
)

_LIST_JOINT = re.compile(r"\s*,\s*(?:и\s+)?|\s+и\s+")


def _head(morph: Morph, text: str, r: RuleSpan) -> re.Match[str] | None:
    """The institution head word of an organisation rule span (the first one: «палата» in «палата совета X»)."""
    heads = [
        m
        for m in _INSTITUTION.finditer(text, r.start, r.end)
        if morph.parse(m.group())[0].normal_form in INSTITUTION_HEADS
    ]
    return heads[0] if heads else None


def _cases(morph: Morph, word: str, lemma: str) -> set[str]:
    return {
        c
        for p in morph.parse(word)
        if p.normal_form == lemma and "NOUN" in p.tag
        for c in CASES
        if c in p.tag
    }


def shared_complement(
    morph: Morph, text: str, found: Sequence[RuleSpan], named: Sequence[tuple[int, int, str]]
) -> list[RuleSpan]:
    """«генштаба и разведывательных служб Ландии»: the bare head before «и» takes the complement of
    the body after it, when both heads stand in one case."""
    out: list[RuleSpan] = []
    taken = [(r.start, r.end) for r in found] + [(s, e) for s, e, t in named if t == "ORG"]
    for r in found:
        head = _head(morph, text, r) if r.type == "organisation" else None
        if head is None or head.end() >= r.end:
            continue
        before = _words_before(text, r.start, 2)
        if len(before) < 2 or before[-1].group() != "и":
            continue
        first = before[0]
        lemma = morph.parse(first.group())[0].normal_form
        if lemma not in INSTITUTION_HEADS or any(s <= first.start() < e for s, e in taken):
            continue
        if not _cases(morph, first.group(), lemma) & _cases(
            morph, head.group(), morph.parse(head.group())[0].normal_form
        ):
            continue
        mods = [
            w
            for w in _modifiers(morph, text, first.start(), capital_only=False)
            if not _NUMERAL.match(w.group())
        ]
        mods = mods[len(mods) - agreeing_modifiers(morph, [w.group() for w in mods], first.group()) :]
        start = mods[0].start() if mods else first.start()
        words = [w.group() for w in mods] + [first.group()]
        out.append(
            RuleSpan(
                start, first.end(), "organisation", morph.phrase_nominative(words) + text[head.end() : r.end]
            )
        )
    return out


def distributed_complements(
    morph: Morph, text: str, found: Sequence[RuleSpan], named: Sequence[tuple[int, int, str]]
) -> list[RuleSpan]:
    """«органами Ландии, Марении и Тормы» (a plural head): one body per place listed after the first."""
    out: list[RuleSpan] = []
    places = sorted((s, e) for s, e, t in named if t == "LOC")
    for r in found:
        head = _head(morph, text, r) if r.type == "organisation" else None
        if head is None:
            continue
        lemma = morph.parse(head.group())[0].normal_form
        numbers = {
            "plur" in p.tag for p in morph.parse(head.group()) if p.normal_form == lemma and "NOUN" in p.tag
        }
        first = next((s for s, e in places if s >= head.end() and e == r.end), None)
        if numbers != {True} or first is None:
            continue
        stem = r.norm[: len(r.norm) - len(text[first : r.end])]
        cursor = r.end
        for s, e in places:
            if s < cursor:
                continue
            if not _LIST_JOINT.fullmatch(text, cursor, s):
                break
            out.append(RuleSpan(s, e, "organisation", stem + text[s:e], nested=True))
            cursor = e
    return out


_LIST_JOIN = re.compile(r"\s*(?:,|и|или)\s*$")


def coordinated_places(morph: Morph, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The last items of a list of places are places too, when natasha read one word as a person
    («на пристани Бора, Городца и Балахны», «рабочие Кинешмы, Шуи и Вичуги»): a one-word "person" joined by
    a comma or «и» to a place right before it, with no given name, title or initials of its own."""
    out = list(spans)
    for k in range(1, len(out)):
        s, e, typ = out[k]
        ps, pe, ptyp = out[k - 1]
        if typ != "PER" or ptyp != "LOC" or " " in text[s:e] or "." in text[s:e]:
            continue
        if _LIST_JOIN.fullmatch(text[pe:s]) and not any("Name" in p.tag for p in morph.parse(text[s:e])[:2]):
            out[k] = (s, e, "LOC")
    return out
