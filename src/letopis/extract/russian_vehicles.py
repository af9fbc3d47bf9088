"""Craft named like companies («шаттл «Рассвет»», «телескоп Кеплер»): :func:`drop_vehicles` drops them
together with the other mentions of their names in the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from letopis.extract.morph import Morph
from letopis.extract.russian_orgs import _QUOTED_NAME, LEGAL_FORMS
from letopis.extract.russian_rules import _WORD, _words_before
from letopis.extract.russian_types import _COMPANY_HEADS, _first_noun
from letopis.extract.russian_variants import _ORGLIKE, name_key
from letopis.model import Mention

# craft named like organisations: «шаттл «Рассвет»», «корабль «Рассвет-2»», «телескоп Кеплер»
VEHICLE_HEADS = frozenset(
    (
        "шаттл", "корабль", "челнок", "станция", "телескоп", "спутник", "аппарат", "ракета", "модуль",
        "самолёт", "самолет", "лайнер", "судно", "теплоход", "пароход", "крейсер", "подлодка", "яхта",
        "ледокол", "болид", "поезд", "марсоход", "луноход", "зонд", "грузовик",
    )
)


def _company_name(morph: Morph, text: str, m: Mention) -> str | None:
    """The name of ``m`` when the text marks it as a company: a legal form or a company head
    before it or opening it («ГУП «Водоканал»», «команда Вильямс»); None otherwise."""
    words = list(_WORD.finditer(m.text))
    if len(words) >= 2 and _company_word(morph, words[0].group()):
        return m.text[words[1].start() :]
    before = _words_before(text, m.start, 1)
    return m.text if before and _company_word(morph, before[0].group()) else None


def _company_word(morph: Morph, word: str) -> bool:
    return word in LEGAL_FORMS or morph.parse(word)[0].normal_form in _COMPANY_HEADS


def drop_vehicles(morph: Morph, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Drop organisation mentions that name a craft («шаттл «Рассвет»», «телескоп Кеплер»), and the
    other mentions of the same name in the document («после «Рассвета» ...»). A name the document
    also gives as a company («команда Вильямс», «ГУП «Водоканал»») owns the craft and stays
    («болид Вильямс», «станция ГУП «Водоканал»»)."""
    craft: set[tuple[str, ...]] = set()
    companies: set[tuple[str, ...]] = set()
    for q in _QUOTED_NAME.finditer(text):
        before = _words_before(text, q.start(), 1)
        if before and morph.parse(before[0].group())[0].normal_form in VEHICLE_HEADS:
            craft.add(name_key(morph, q.group(1))[:1])
    for m in mentions:
        if m.type not in _ORGLIKE:
            continue
        company = _company_name(morph, text, m)
        if company:
            companies.add(name_key(morph, company)[:1])
            continue
        before = _words_before(text, m.start, 1)
        if before and morph.parse(before[0].group())[0].normal_form in VEHICLE_HEADS and \
                _apposition(morph, before[0].group(), m.text):
            craft.add(name_key(morph, m.text)[:1])
        elif _first_noun(morph, _WORD.findall(m.text)) in VEHICLE_HEADS:
            craft.add(name_key(morph, m.text))
    craft = {k for k in craft if k[:1] not in companies}
    if not craft:
        return list(mentions)
    keys: dict[str, tuple[str, ...]] = {}
    out = []
    for m in mentions:
        if m.type in _ORGLIKE:
            key = keys.get(m.text)
            if key is None:
                key = keys[m.text] = name_key(morph, m.text)
            if any(key[:n] in craft for n in range(1, len(key) + 1)):
                continue
        out.append(m)
    return out


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _apposition(morph: Morph, head: str, name: str) -> bool:
    """The name stands in the head noun's case or the nominative («корабль Восток», «телескопа Хаббл»), not as
    its genitive complement («аппарат Западного секретариата», the secretariat's staff)."""
    words = [w for w in _WORD.findall(name) if w[:1].isalpha()]
    cases = {c for p in morph.parse(head) for c in _CASES if c in p.tag} | {"nomn"}  # «телескопа Хаббл» too
    return bool(words) and all(any(c in p.tag for p in morph.parse(w) for c in cases) for w in words)
