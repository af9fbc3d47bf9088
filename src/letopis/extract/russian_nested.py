"""Towns named inside Russian bodies by their adjective: «Сызранском| кирпичном заводе», «Бугурусланского|
укома». The adjective is a mention of the town when the document names that town as a place elsewhere
(«в Сызрани»), or, before a Soviet or party body or a works, when pymorphy's dictionary knows the town the
adjective is made from as a place name («Бугурусланского укома» → Бугуруслан): its norm is the town's. Other adjectives are left alone: «Красный»,
«Советский» and a works named after its owner («Ломовский завод») look the same.

    mentions = town_adjectives(morph, mentions)

A contracted local body written in lower case before its parent's abbreviation («окротдел ОГПУ») is a body
of its own, the parent nested in it (``contracted_heads``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.morph import Morph, from_dictionary
from letopis.model import Mention

_ADJECTIVE = re.compile(r"([А-ЯЁ][а-яё]{2,}?)(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|ом|ую|им|их|ими|ых)(?![а-яё-])")
_FINAL_VOWEL = re.compile(r"[ьаяоеыийу]$")
# a body of the Soviet state or party, named by its town more often than anything is («Тульского губкома»)
_SOVIET_BODY = re.compile(r"(?:ком|совет|совнархоз|отдел|управлени|комисси|ячейк|трест|завод|фабрик)", re.IGNORECASE)


def town_adjectives(morph: Morph, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a place mention for each body's opening town adjective the document names as a place."""
    towns: dict[str, str] = {}
    for m in mentions:
        if m.type == "place" and " " not in m.norm:
            towns.setdefault(_FINAL_VOWEL.sub("", m.norm.lower()), m.norm)
    taken = {(m.start, m.end) for m in mentions if m.type == "place"}
    out = list(mentions)
    for m in mentions:
        if m.type not in ("organisation", "enterprise"):
            continue
        adj = _ADJECTIVE.match(m.text)
        if adj is None or (m.start, m.start + adj.end()) in taken:
            continue
        town = _town(adj.group(1).lower(), towns) or (_dictionary_town(morph, adj.group(1).lower()) if
                                                       _SOVIET_BODY.search(m.text[adj.end() :]) else None)
        if town is not None:
            out.append(replace(m, end=m.start + adj.end(), text=adj.group(), type="place", norm=town, parts=None,
                               attrs=(), expansion=None))
    return sorted(out, key=lambda x: (x.start, -x.end))


def _town(base: str, towns: dict[str, str]) -> str | None:
    """The town whose stem the adjective's base continues («сызран» → Сызрань, «москов» → Москва, «туль» → Тула)."""
    for stem, norm in towns.items():
        if len(stem) < 3 or not len(stem) - 1 <= len(base) <= len(stem) + 2:
            continue
        common = len(stem) if base.startswith(stem) else next(
            (k for k in range(min(len(stem), len(base))) if stem[k] != base[k]), min(len(stem), len(base)))
        if common >= max(3, len(stem) - 1):
            return norm
    return None


def _dictionary_town(morph: Morph, base: str) -> str | None:
    """The place pymorphy's dictionary knows by the adjective's base («бугуруслан», «сызран» → Сызрань,
    «самар» → Самара, «туль» → Тула, «москов» → Москва, «ярослав» → Ярославль)."""
    tries = [base + "а", base + "ь", base + "я", base, base + "ль"]
    tries += [base[:-1] + "а"] if base.endswith("ь") else []
    tries += [base[:-2] + "ва"] if base.endswith(("ов", "ев")) else []
    for word in tries:
        if any("Geox" in p.tag and "nomn" in p.tag and from_dictionary(p) and p.normal_form == word
               for p in morph.parse(word)):
            return word.capitalize()
    return None


# a contracted local body in lower case before the abbreviation of its parent («окротдел ОГПУ», «губотдела ГПУ»)
_CONTRACTED_BEFORE = re.compile(r"(?<![\w-])(?:окр|обл|губ|рай|гор|вол|край|у)(?:отдел|ком|исполком|суд|"
                                r"прокуратур)[а-я]{0,3}\s$")


def contracted_heads(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The contracted local bodies named in lower case before their parent's abbreviation («окротдел ОГПУ»,
    «губотдела ГПУ»), as bodies of their own (the parent stays one too)."""
    taken = {(s, e) for s, e, _ in spans}
    out = []
    for s, e, kind in spans:
        if kind != "ORG":
            continue
        before = _CONTRACTED_BEFORE.search(text, max(0, s - 20), s)
        if before and (before.start(), e) not in taken and text[s : s + 1].isupper():
            out.append((before.start(), e, "ORG"))
    return out
