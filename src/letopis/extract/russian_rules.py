"""Enterprises, publications and events in Russian text, by head words natasha does not type.

    enterprise   «Путиловский завод», «завод «Красный пролетарий»», «фабрика имени Ногина»,
                 «Николаевская железная дорога», «Главные мастерские»
    publication  the title after газета / журнал / брошюра / манифест / воззвание («газета «Правда»»)
    event        «X съезд РКП(б)», «Всероссийская конференция», «всеобщая забастовка»

A head word alone («завод», «съезд») is not a mention: it needs a name (a capitalised
modifier, a quoted title, «имени ...», a following named span) or, for events, any modifier.

Around natasha's spans the module also corrects types (:func:`retype`: «Евросоюз» is an
organisation, «Российская Федерация» a place, «СМИ» nothing), finds organisations natasha leaves
out (:func:`find_named_orgs` «партии «Зелёный путь»», :func:`find_abbreviations` «(СЗР)», МГУ,
severinfo.ru, :func:`find_sources` «в статье Вечернего наблюдателя»), drops craft named like
companies (:func:`drop_vehicles`), and gives the variants of one name in a document one
``expansion`` (:func:`link_variants`: case forms, abbreviations, «концерн «Волна»» and «Волна»).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from letopis.extract.morph import Morph, agreeing_modifiers, from_dictionary, match_case
from letopis.model import Mention

ENTERPRISE_HEADS = frozenset(
    ("завод", "фабрика", "типография", "мастерская", "мастерские", "мануфактура", "верфь")
)
PUBLICATION_HEADS = frozenset(("газета", "журнал", "брошюра", "манифест", "воззвание", "листовка"))
EVENT_HEADS = frozenset(("съезд", "конференция", "забастовка", "стачка"))
_CANDIDATE = re.compile(
    r"\b(?:завод|фабрик|типограф|мастерск|мануфактур|верф|дорог|газет|журнал|брошюр|манифест|воззвани|листовк"
    r"|съезд|конференци|забастовк|стачк)[а-яё]*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[IVXLC]+|\d+(?:-[а-я]+)?")
_QUOTED = re.compile(r"\s*([«\"„“])([^»\"“”]{1,80})[»\"“”]")
_IMENI = re.compile(r"\s+(?:им\.|имени)\s+((?:[А-ЯЁ]\.\s?)*[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)")
INSTITUTION_HEADS = frozenset(
    (
        "правительство",
        "администрация",
        "министерство",
        "наркомат",
        "комиссариат",
        "парламент",
        "посольство",
        "консульство",
        "представительство",
        "делегация",
        "комитет",
        "комиссия",
        "совет",
        "департамент",
        "ведомство",
        "мэрия",
        "прокуратура",
        "полиция",
        "милиция",
        "суд",
        "трибунал",
        "исполком",
        "губком",
        "райком",
        "горком",
        "уком",
        "ревком",
        "профсоюз",
        "фракция",
        "штаб",
        "дума",
        "сенат",
        "пресс-служба",
        "партия",
        "бюро",
        "президиум",
        "федерация",
        "кабинет",
        "сборная",
        "мид",
        "орган",
        "руководство",
        "служба",
        "спецслужба",
        "генштаб",
        "канцелярия",
        "отделение",
        "собрание",
        "палата",
        "хунта",
        "управление",
        "инспекция",
        "экспедиция",
    )
)
_MINISTRIES = frozenset(("министерство", "наркомат", "комиссариат"))
# generic heads that name a body only with a complement («руководство Литвы», not «японское управление»)
_COMPLEMENT_ONLY = frozenset(
    ("орган", "руководство", "служба", "управление", "отделение", "собрание", "палата", "инспекция")
)
_INSTITUTION = re.compile(
    r"\b(?:правительств|администраци|министерств|наркомат|комиссариат|парламент|посольств|консульств"
    r"|представительств|делегаци|комитет|комисси|совет|департамент|ведомств|мэри|прокуратур|полици|милици"
    r"|суд|трибунал|исполком|губком|райком|горком|уком|ревком|профсоюз|фракци|штаб|дум|сенат"
    r"|пресс-служб|парти|бюро|президиум|федераци|кабинет|сборн|мид|орган|руководств|служб|спецслужб|генштаб"
    r"|канцеляри|отделени|собрани|палат|хунт|управлени|инспекци|экспедици)[а-яё]*",
    re.IGNORECASE,
)
_OPEN_QUOTES = ("«", '"', "„", "“")
_PLACE_ADJ = re.compile(r"(?<!че)(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|им|ом|ую|их|ими|ым)$")
_NUMERAL = re.compile(r"^(?:[IVXLC]+|\d+(?:-[а-я]+)?)$")


@dataclass(frozen=True)
class RuleSpan:
    """A span found by a head-word rule, in segment-local offsets, with its nominative form."""

    start: int
    end: int
    type: str
    norm: str


def _words_before(text: str, pos: int, limit: int = 4) -> list[re.Match[str]]:
    """Up to ``limit`` word matches ending right before ``pos`` separated only by spaces (nearest last)."""
    out: list[re.Match[str]] = []
    matches = list(_WORD.finditer(text, max(0, pos - 80), pos))
    cursor = pos
    for m in reversed(matches):
        if text[m.end() : cursor].strip() or len(out) >= limit:
            break
        out.insert(0, m)
        cursor = m.start()
    return out


def _modifiers(morph: Morph, text: str, pos: int, capital_only: bool) -> list[re.Match[str]]:
    """The adjectives / ordinals immediately before ``pos`` (nearest last)."""
    kept: list[re.Match[str]] = []
    for m in reversed(_words_before(text, pos)):
        w = m.group()
        is_num = bool(_NUMERAL.match(w))
        is_adj = any(t in p.tag for p in morph.parse(w)[:2] for t in ("ADJF", "PRTF")) and not is_num
        if not (is_num or is_adj) or (capital_only and not w[:1].isupper()):
            break
        kept.insert(0, m)
    return kept


def _nominative(morph: Morph, words: Sequence[str]) -> str:
    """Nominative of modifiers + head; leading numerals (X, 10-й) are kept as written."""
    lead = [w for w in words if _NUMERAL.match(w)]
    rest = [w for w in words if not _NUMERAL.match(w)]
    return " ".join(lead + ([morph.phrase_nominative(rest)] if rest else []))


def find_special(morph: Morph, text: str, named: Sequence[tuple[int, int, str]] = ()) -> list[RuleSpan]:
    """Enterprise, publication and event spans of one segment; ``named`` are NER spans (start, end, type)."""
    out: list[RuleSpan] = []
    for m in _CANDIDATE.finditer(text):
        lemma = morph.parse(m.group())[0].normal_form
        if lemma in ENTERPRISE_HEADS or (lemma == "дорога" and _railway(morph, text, m)):
            span = _enterprise(morph, text, m, named)
        elif lemma in PUBLICATION_HEADS:
            span = _publication(morph, text, m, named)
        elif lemma in EVENT_HEADS:
            span = _event(morph, text, m, named)
        else:
            span = None
        if span is not None and not any(s.start <= span.start and span.end <= s.end for s in out):
            out.append(span)
    return out


def _railway(morph: Morph, text: str, m: re.Match[str]) -> bool:
    before = _words_before(text, m.start(), 1)
    return bool(before) and morph.parse(before[0].group())[0].normal_form == "железный"


def _following_name(text: str, end: int, named: Sequence[tuple[int, int, str]]) -> int | None:
    """End of a quoted name, «имени X» or a named span that follows ``end`` directly."""
    q = _QUOTED.match(text, end)
    if q:
        return q.end()
    i = _IMENI.match(text, end)
    if i:
        return i.end()
    for s, e, _ in named:
        if s > end and not text[end:s].strip():
            return e
    return None


def _enterprise(
    morph: Morph, text: str, m: re.Match[str], named: Sequence[tuple[int, int, str]]
) -> RuleSpan | None:
    head_start = m.start()
    if morph.parse(m.group())[0].normal_form == "дорога":
        head_start = _words_before(text, m.start(), 1)[0].start()
    mods = _modifiers(morph, text, head_start, capital_only=True)
    mods = mods[len(mods) - agreeing_modifiers(morph, [w.group() for w in mods], m.group()) :]
    start = mods[0].start() if mods else head_start
    tail = _following_name(text, m.end(), [n for n in named if n[2] != "PER"]) if not mods else None
    tail = tail or (_IMENI.match(text, m.end()) or _QUOTED.match(text, m.end()) or m).end()
    if not mods and tail == m.end():
        return None
    words = [w.group() for w in _WORD.finditer(text, start, m.end())]
    norm = morph.phrase_nominative(words) + text[m.end() : tail]
    return RuleSpan(start, tail, "enterprise", norm)


def _publication(
    morph: Morph, text: str, m: re.Match[str], named: Sequence[tuple[int, int, str]]
) -> RuleSpan | None:
    q = _QUOTED.match(text, m.end())
    if q:
        return RuleSpan(q.start(2), q.end(2), "publication", q.group(2).strip())
    lemma = morph.parse(m.group())[0].normal_form
    if lemma not in ("газета", "журнал"):
        return None
    for s, e, _ in named:
        if s > m.end() and not text[m.end() : s].strip():
            return RuleSpan(s, e, "publication", text[s:e])
    nxt = re.compile(r"\s+([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)").match(text, m.end())
    if nxt and not morph.has_tag(nxt.group(1).split()[0], "Name", dictionary_only=True):
        return RuleSpan(nxt.start(1), nxt.end(1), "publication", morph.word_nominative(nxt.group(1)))
    return None


def _event(
    morph: Morph, text: str, m: re.Match[str], named: Sequence[tuple[int, int, str]]
) -> RuleSpan | None:
    mods = _modifiers(morph, text, m.start(), capital_only=False)
    adjectives = [w.group() for w in mods if not _NUMERAL.match(w.group())]
    if len(adjectives) > agreeing_modifiers(morph, adjectives, m.group()):
        mods = []
    start = mods[0].start() if mods else m.start()
    tail = m.end()
    abbr = re.compile(r"\s+([А-ЯЁ]{2,}[а-яё]?(?:\([а-яё]\))?|партии|Советов|Коминтерна|профсоюзов)").match(
        text, m.end()
    )
    for s, e, typ in named:
        if s > m.end() and not text[m.end() : s].strip() and typ == "ORG":
            tail = e
    if tail == m.end() and abbr:
        tail = abbr.end()
    if not mods and tail == m.end():
        return None
    words = [w.group() for w in _WORD.finditer(text, start, m.end())]
    return RuleSpan(start, tail, "event", _nominative(morph, words) + text[m.end() : tail])


def find_institutions(morph: Morph, text: str, named: Sequence[tuple[int, int, str]] = ()) -> list[RuleSpan]:
    """State and party bodies named by a head word: «правительство США», «японское правительство»,
    «министерство иностранных дел», «Московский комитет РКП(б)» (when natasha missed them)."""
    out: list[RuleSpan] = []
    orgs = [(s, e) for s, e, t in named if t == "ORG"]
    for m in _INSTITUTION.finditer(text):
        lemma = morph.parse(m.group())[0].normal_form
        if lemma not in INSTITUTION_HEADS or any(s <= m.start() < e for s, e in orgs):
            continue
        if lemma in _STATE_HEADS and any(s <= m.start() < e for s, e, t in named if t == "LOC"):
            continue
        if lemma == "экспедиция":
            span = _expedition(morph, text, m, named)
            if span:
                out.append(span)
            continue
        mods = [
            w for w in _modifiers(morph, text, m.start(), capital_only=False) if not _NUMERAL.match(w.group())
        ]
        mods = mods[len(mods) - agreeing_modifiers(morph, [w.group() for w in mods], m.group()) :]
        before = _words_before(text, (mods[0] if mods else m).start(), 1)
        role = bool(before) and morph.has_tag(before[0].group(), "NOUN", "anim")
        end = _complement(morph, text, m.end(), named, lemma in _MINISTRIES, persons=not role)
        if lemma in _STATE_HEADS and end == m.end():  # «Российская Федерация» is a place
            continue
        place_like = any(
            (w.group()[:1].isupper() and not _sentence_start(text, w.start()))
            or _PLACE_ADJ.search(w.group().lower())
            for w in mods
        )
        if end == m.end() and (not place_like or lemma in _COMPLEMENT_ONLY):
            continue
        start = mods[0].start() if mods else m.start()
        words = [w.group() for w in _WORD.finditer(text, start, m.end())]
        out.append(RuleSpan(start, end, "organisation", morph.phrase_nominative(words) + text[m.end() : end]))
    return out


def _expedition(
    morph: Morph, text: str, m: re.Match[str], named: Sequence[tuple[int, int, str]]
) -> RuleSpan | None:
    """An expedition by its number («13-я долговременная экспедиция», «первая экспедиция станции»):
    a crew, so an organisation; without an ordinal it is a journey and no mention."""
    mods = _modifiers(morph, text, m.start(), capital_only=False)
    adjectives = [w.group() for w in mods if not _NUMERAL.match(w.group())]
    numerals = len(mods) - len(adjectives)
    mods = mods[len(mods) - agreeing_modifiers(morph, adjectives, m.group()) - numerals :]
    ordinal = [w for w in mods if _NUMERAL.match(w.group()) or morph.has_tag(w.group(), "Anum")]
    if not ordinal:
        return None
    start = ordinal[0].start()
    end = _complement(morph, text, m.end(), [n for n in named if n[2] != "PER"], False)
    words = [w.group() for w in _WORD.finditer(text, start, m.end())]
    return RuleSpan(start, end, "organisation", _nominative(morph, words) + text[m.end() : end])


def _sentence_start(text: str, pos: int) -> bool:
    """Is ``pos`` the first word of a sentence (so its capital letter says nothing)?"""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?…\n"


def _genitive_name(morph: Morph, name: str) -> bool:
    """Can a named span stand in the genitive (an abbreviation, an indeclinable or a genitive form)?"""
    first = name.split()[0] if name.split() else ""
    return (
        first[:2].isupper()
        or not first.isalpha()
        or morph.has_tag(first, "gent")
        or morph.has_tag(first, "Fixd")
    )


def _genitive_person(morph: Morph, name: str) -> bool:
    """Can a person's name stand in the genitive? Not when a word of it is a known name or surname
    with only non-genitive readings («прокуратуре Владимир Сомов» is an apposition)."""
    for w in _WORD.findall(name):
        known = [p for p in morph.parse(w) if any(t in p.tag for t in ("Name", "Surn", "Patr"))]
        if known and not any("gent" in p.tag for p in known):
            return False
    return True


def _complement(
    morph: Morph,
    text: str,
    end: int,
    named: Sequence[tuple[int, int, str]],
    ministry: bool,
    persons: bool = True,
) -> int:
    """End of the genitive complement after an institution head, or ``end`` when there is none.

    persons: whether a person's name may be the complement («пресс-служба Сомова»); not after a role
    noun («глава партии Ивана Сомова»: the name is the head of the party, not its owner)."""
    cursor, words = end, 0
    while True:
        for s, e, typ in named:
            if (
                (typ != "PER" or persons)
                and s >= cursor
                and not text[cursor:s].strip(" «\"„“")
                and s > end - 1
                and (
                    _genitive_person(morph, text[s:e])
                    if typ == "PER"
                    else text[s - 1 : s] in _OPEN_QUOTES or _genitive_name(morph, text[s:e])
                )
            ):
                return e + (text[s - 1 : s] in _OPEN_QUOTES and text[e : e + 1] in "»\"“”")
        w = re.compile(r"\s+([а-яё]+)").match(text, cursor)
        if (
            not w
            or words >= 3
            or not morph.has_tag(w.group(1), "gent")
            or morph.has_tag(w.group(1), "PREP")
            or morph.has_tag(w.group(1), "CONJ")
        ):
            return cursor if ministry and words else end
        cursor, words = w.end(), words + 1


# --- Types natasha confuses ------------------------------------------------------------------------

_STATE_HEADS = frozenset(
    ("федерация", "республика", "королевство", "империя", "княжество", "штат", "эмират", "конфедерация")
)
_EURO_BODY = re.compile(r"^евро(?:союз|комисс|парламент|совет|суд|групп|банк|пол)", re.IGNORECASE)
# common-noun abbreviations, never the name of one organisation
COMMON_ABBREVIATIONS = frozenset(("СМИ", "ВУЗ", "ДТП", "ЧП", "НКО", "ОПГ", "ИП", "ЖКХ", "ТЦ", "СИЗО"))
# supranational abbreviations natasha reads as places
ORG_ABBREVIATIONS = frozenset(("ЕС",))
# seats that stand for the government in news usage («Кремль заявил», «Белый дом получил известие»)
SEATS_OF_GOVERNMENT = frozenset((("кремль",), ("белый", "дом")))
_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "у", "около", "возле", "из", "перед", "под", "близ", "над"))


_QUOTED_NAME = re.compile(r"[«\"„“]([^«»\"“”]{1,80})[»\"“”]")
# buildings and grounds are places even when an organisation is housed there («Дворец спорта»)
FACILITY_HEADS = frozenset(
    ("дом", "дворец", "аэропорт", "вокзал", "стадион", "кладбище", "собор", "храм", "мост", "тюрьма", "арена")
)
# craft named like organisations: «шаттл «Рассвет»», «корабль «Рассвет-2»», «телескоп Кеплер»
VEHICLE_HEADS = frozenset(
    (
        "шаттл", "корабль", "челнок", "станция", "телескоп", "спутник", "аппарат", "ракета", "модуль",
        "самолёт", "самолет", "лайнер", "судно", "теплоход", "пароход", "крейсер", "подлодка", "яхта",
        "ледокол", "болид", "поезд", "марсоход", "луноход", "зонд", "грузовик",
    )
)


def _first_noun(morph: Morph, words: Sequence[str]) -> str | None:
    for w in words:
        p = morph.parse(w)[0]
        if p.tag.POS == "NOUN":
            return p.normal_form
        if p.tag.POS not in ("ADJF", "PRTF"):
            return None
    return None


def _person_like(morph: Morph, words: Sequence[str]) -> bool:
    """«Олег Сомов» tagged as an organisation: a dictionary given name and a capitalised word."""
    if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    first = [p for p in morph.parse(words[0]) if "Name" in p.tag and from_dictionary(p)]
    other = morph.parse(words[1])
    return bool(first) and not any(t in p.tag for p in other for t in ("Orgn", "Geox", "Abbr"))


def _after_org_head(morph: Morph, text: str, start: int) -> bool:
    """Does a company-like head noun stand right before ``start`` («команды Вильямс-Рено»)?"""
    before = _words_before(text, start, 1)
    return bool(before) and morph.parse(before[0].group())[0].normal_form in _COMPANY_HEADS


def _not_a_name(morph: Morph, text: str, span: tuple[int, int, str]) -> bool:
    """A pronoun («Её»), a lone adjective («Большого»), or a common noun opening a sentence («Отчёт»)
    that natasha took for an organisation or place."""
    start, end, typ = span
    if typ == "PER" or text[start - 1 : start] in _OPEN_QUOTES:
        return False
    words = _WORD.findall(text[start:end])
    if len(words) != 1 or words[0].isupper():
        return False
    parses = morph.parse(words[0])
    if not parses or not from_dictionary(parses[0]):
        return False
    if any(t in p.tag for p in parses for t in ("Geox", "Orgn", "Name", "Surn", "Abbr", "Trad")):
        return False
    if parses[0].tag.POS == "NPRO" or all(p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return True
    return typ == "ORG" and _sentence_start(text, start) and all(p.tag.POS == "NOUN" for p in parses[:1])


def _thing_word(morph: Morph, word: str) -> bool:
    """A lone «person» that is a thing: pymorphy knows it as an organisation (pymorphy's «Orgn»), or reads it as a
    compound of a common noun of 5+ letters (Лесохрана, Проффронт), with no name or surname reading."""
    parses = morph.parse(word)
    if not parses or any(t in p.tag for p in parses for t in ("Name", "Surn", "Patr", "anim")):
        return False
    best = parses[0]
    if "Orgn" in best.tag and from_dictionary(best):
        return True
    stack = best.methods_stack
    return (
        "NOUN" in best.tag
        and len(stack) == 2
        and type(stack[1][0]).__name__ == "UnknownPrefixAnalyzer"
        and len(stack[0][1]) >= 5
        and len(stack[1][1]) >= 3
    )


def drop_vehicles(morph: Morph, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Drop organisation mentions that name a craft («шаттл «Рассвет»», «телескоп Кеплер»), and the
    other mentions of the same name in the document («после «Рассвета» ...»)."""
    craft: set[tuple[str, ...]] = set()
    for q in _QUOTED_NAME.finditer(text):
        before = _words_before(text, q.start(), 1)
        if before and morph.parse(before[0].group())[0].normal_form in VEHICLE_HEADS:
            craft.add(name_key(morph, q.group(1))[:1])
    for m in mentions:
        if m.type not in _ORGLIKE:
            continue
        before = _words_before(text, m.start, 1)
        if before and morph.parse(before[0].group())[0].normal_form in VEHICLE_HEADS:
            craft.add(name_key(morph, m.text)[:1])
        elif _first_noun(morph, _WORD.findall(m.text)) in VEHICLE_HEADS:
            craft.add(name_key(morph, m.text))
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


def retype(morph: Morph, text: str, span: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """Correct natasha's type where Russian usage is plain; None drops the span.

    «Европейский союз», «Евросоюз», «ЕС» are organisations (a union of states, not a territory;
    «Советский Союз» stays a place), and so are «Кремль» and «Белый дом» standing for a government;
    «Российская Федерация», «Французская Республика» (adjectives + a state head, no complement) and
    buildings («Дворец спорта», «аэропорт Внуково») are places; a lone «person» that is a
    compound of a common noun (Лесохрана) is an organisation; «СМИ» is a common noun."""
    start, end, typ = span
    surface = text[start:end]
    words = _WORD.findall(surface)
    if surface in COMMON_ABBREVIATIONS or surface in LEGAL_FORMS or not words:
        return None
    if typ != "PER" and _not_a_name(morph, text, span):
        return None
    if typ == "LOC":
        lemmas = [morph.parse(w)[0].normal_form for w in words]
        if surface in ORG_ABBREVIATIONS or (len(words) == 1 and _EURO_BODY.match(surface)):
            return (start, end, "ORG")
        before = _words_before(text, start, 1)
        at = bool(before) and before[0].group().lower() in _PLACE_PREPOSITIONS  # «в Белом доме»: the building
        if tuple(lemmas) in SEATS_OF_GOVERNMENT and not at:
            return (start, end, "ORG")
        if "союз" in lemmas and "советский" not in lemmas and len(words) <= 3:
            return (start, end, "ORG")
    elif typ == "PER" and len(words) == 1 and (
        _thing_word(morph, words[0]) or _after_org_head(morph, text, start)
    ):
        return (start, end, "ORG")
    elif typ == "ORG" and _person_like(morph, words):
        return (start, end, "PER")
    elif typ == "ORG" and _first_noun(morph, words) in FACILITY_HEADS:
        return (start, end, "LOC")
    elif typ == "ORG" and len(words) >= 2 and morph.parse(words[-1])[0].normal_form in _STATE_HEADS:
        adjectives = words[:-1]
        if all(w[:1].isupper() and morph.has_tag(w, "ADJF") for w in adjectives):
            return (start, end, "LOC")
    return span


# --- Variants of one name in a document ------------------------------------------------------------

_ORGLIKE = frozenset(("organisation", "enterprise", "publication"))
_ABBREVIATION = re.compile(r"^([A-ZА-ЯЁ]{2,7})(?:[а-яё]{1,3})?$")
_FUNCTION_WORDS = frozenset(
    ("по", "и", "в", "во", "на", "за", "при", "для", "с", "со", "об", "о", "от", "к", "против")
)
_ADJ_STEM = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие)$")
# the short and full names of states written as abbreviations (folded, ё as е)
STATE_ABBREVIATIONS = {
    "РФ": ("россия", "российская федерация"),
    "США": ("соединенные штаты", "соединенные штаты америки", "америка"),
    "КНР": ("китай", "китайская народная республика"),
    "ФРГ": ("германия", "федеративная республика германия"),
    "СССР": ("советский союз", "союз советских социалистических республик"),
    "ОАЭ": ("объединенные арабские эмираты", "эмираты"),
    "КНДР": ("северная корея", "корейская народно-демократическая республика"),
    "ЮАР": ("южно-африканская республика", "южная африка"),
}


def _fold(s: str) -> str:
    return " ".join(s.replace("ё", "е").replace("Ё", "Е").lower().split())


def name_key(morph: Morph, text: str) -> tuple[str, ...]:
    """The dictionary forms of a name's words («Голосу Севера» -> голос, америка; МИДа -> мид)."""
    out = []
    for w in _WORD.findall(text):
        a = _ABBREVIATION.match(w)
        if a:
            out.append(a.group(1).lower())
        elif any("а" <= ch.lower() <= "я" for ch in w):
            out.append(morph.parse(w)[0].normal_form.replace("ё", "е"))
        else:
            out.append(w.lower())
    return tuple(out)


def abbreviation(text: str) -> str | None:
    """«СЗР», «МИДа» -> the capital letters of a one-word abbreviation, else None."""
    a = _ABBREVIATION.match(text.strip())
    return a.group(1) if a else None


def initials(norm: str) -> set[str]:
    """What an abbreviation of ``norm`` may spell: first letters of all words, or of content words
    («Общество по охране и изучению памятников» -> ОПОИИП, ООИП)."""
    words = [w for w in re.split(r"[\s«»\"„“”()]+", norm) if w and w[0].isalpha()]
    if len(words) < 2:
        return set()
    letters = {"".join(w[0] for w in words), "".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS)}
    parts = [p for w in words if w.lower() not in _FUNCTION_WORDS for p in w.split("-") if p]
    letters.add("".join(p[0] for p in parts))
    return {x.upper() for x in letters}


def _stem_match(adjective: str, noun: str) -> bool:
    """Does a place adjective name the place (китайский ~ Китай, кипрский ~ Кипр, российский ~ Россия)?"""
    stem = _ADJ_STEM.sub("", adjective)
    return len(stem) >= 3 and len(noun) >= 3 and stem[:4] == noun[:4]


class _Union:
    def __init__(self, n: int) -> None:
        self.up = list(range(n))

    def find(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.up[max(a, b)] = min(a, b)


def link_variants(morph: Morph, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Give the variants of one organisation or place in a document one ``expansion``.

    Joined are: the case forms of one name («Голоса Севера», «Голосу Севера»); an abbreviation and
    the full name it spells or follows in brackets (СЗР, «Союз защиты рыболовов»;
    РФ, «Россия»); a name and its descriptor («концерн «Волна»», «Волна»); a head and the
    one longer name it starts («Конгресс», «Конгресс США»); an adjective and the genitive of its place
    («китайское правительство», «правительство Китая»). The expansion is the most frequent full norm."""
    for group in (_ORGLIKE, frozenset(("place",))):
        idx = [i for i, m in enumerate(mentions) if m.type in group]
        if len(idx) < 2:
            continue
        links = _links(morph, text, [mentions[i] for i in idx], "place" in group)
        union = _Union(len(idx))
        for a, b in links:
            union.join(a, b)
        members: dict[int, list[int]] = {}
        for k in range(len(idx)):
            members.setdefault(union.find(k), []).append(k)
        out = list(mentions)
        for ks in members.values():
            norms = [mentions[idx[k]].norm for k in ks]
            if len({_fold(n) for n in norms}) < 2:
                continue
            full = [n for n in norms if not abbreviation(n)] or norms
            best = max(set(full), key=lambda n: (full.count(n), _nominative_first(morph, n), len(n)))
            for k in ks:
                out[idx[k]] = dataclasses.replace(mentions[idx[k]], expansion=best)
        mentions = out
    return list(mentions)


def _nominative_first(morph: Morph, norm: str) -> bool:
    """Can the first word of ``norm`` be a nominative (so «Голоса Севера» beats «Голосу Севера»)?"""
    words = _WORD.findall(norm)
    return bool(words) and morph.has_tag(words[0], "nomn")


def _links(morph: Morph, text: str, ms: Sequence[Mention], places: bool) -> list[tuple[int, int]]:
    """Pairs of mention indices that name one thing (see :func:`link_variants`); indexed, not pairwise."""
    key_of: dict[str, tuple[str, ...]] = {}
    first: dict[tuple[str, ...], int] = {}
    links: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        k = key_of.get(m.norm)
        if k is None:
            k = key_of[m.norm] = name_key(morph, m.norm)
        if k in first:
            links.append((first[k], i))
        else:
            first[k] = i
    abbrs = {k: abbreviation(ms[i].text) for k, i in first.items()}
    spelled: dict[str, list[int]] = {}  # what the full names may be abbreviated to
    for k, j in first.items():
        if not abbrs[k]:
            for a in initials(ms[j].norm) | ({_fold(ms[j].norm)} if places else set()):
                spelled.setdefault(a, []).append(j)
    by_abbr = {a: i for k, i in first.items() for a in [abbrs[k]] if a}
    for a, i in by_abbr.items():
        links += [(i, j) for j in spelled.get(a, ())]
        if places:
            links += [(i, j) for full in STATE_ABBREVIATIONS.get(a, ()) for j in spelled.get(full, ())]
    if not places:  # «Союз защиты рыболовов (СЗР)»; the longest of nested names only
        longest: dict[int, int] = {}
        for i, m in enumerate(ms):
            if m.end not in longest or m.start < ms[longest[m.end]].start:
                longest[m.end] = i
        for i in longest.values():
            after = _BRACKET_ABBR.match(text, ms[i].end)
            if after and after.group(1) in by_abbr:
                links.append((i, by_abbr[after.group(1)]))
    prefixes: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    heads: dict[tuple[str, ...], list[int]] = {}  # key without its last word -> names
    for k2, j in first.items():
        for n in range(1, len(k2)):
            if _named_rest(ms[j].norm, n):
                prefixes.setdefault(k2[:n], set()).add(k2)
        a = _apposition_key(morph, ms[j].norm)
        if a is not None and a in first and a != k2:
            links.append((first[a], j))
        if len(k2) >= 2:
            heads.setdefault(k2[:-1], []).append(j)
    for k, i in first.items():
        longer = prefixes.get(k, set())
        if len(longer) == 1:  # «Конгресс» and the one «Конгресс США»
            links.append((i, first[next(iter(longer))]))
        if len(k) >= 2 and _ADJ_STEM.search(k[0]):  # «китайское правительство», «правительство Китая»
            places_of = [(j, name_key(morph, ms[j].norm)[-1]) for j in heads.get(k[1:], ())]
            links += [(i, j) for j, place in places_of if _stem_match(k[0], place)]
    by_start: dict[str, list[tuple[str, ...]]] = {}
    for k2 in first:
        if len(k2) >= 2 and len(k2[0]) >= 2:
            by_start.setdefault(k2[0][:2], []).append(k2)
    for k, i in first.items():  # «Минсельхоз», «Министерство сельского хозяйства»
        if len(k) == 1 and len(k[0]) >= 6 and not abbrs[k]:
            links += [(i, first[k2]) for k2 in by_start.get(k[0][:2], ()) if syllabic(k[0], k2)]
    if places:  # «Российская Федерация» and «Россия»
        singles = [(k[0], j) for k, j in first.items() if len(k) == 1]
        for k, i in first.items():
            if len(k) == 2 and k[1] in _STATE_HEADS:
                links += [(i, j) for w, j in singles if _stem_match(k[0], w)]
    return links


def syllabic(word: str, words: Sequence[str]) -> bool:
    """Is ``word`` a compound of the beginnings of ``words`` (2+ of them, from the first), the Russian
    way of shortening a name: минсельхоз = министерство сельского хозяйства, мосгордума = московская
    городская дума, евросоюз = европейский союз? Pieces have 3+ letters or are whole words."""
    content = [w for w in words if w not in _FUNCTION_WORDS]

    def fits(pos: int, k: int) -> bool:
        if pos == len(word):
            return k >= 2
        if k == len(content):
            return False
        w = content[k]
        for n in range(min(len(w), len(word) - pos), 0, -1):
            if (n >= 3 or n == len(w)) and word.startswith(w[:n], pos) and fits(pos + n, k + 1):
                return True
        return False

    return len(content) >= 2 and fits(0, 0)


def _named_rest(norm: str, n: int) -> bool:
    """Are the words of ``norm`` after the first ``n`` a name (capitalised: США, Приморского края)?"""
    rest = _WORD.findall(norm)[n:]
    return bool(rest) and rest[0][:1].isupper()


def _apposition_key(morph: Morph, norm: str) -> tuple[str, ...] | None:
    """The name set beside a descriptor in ``norm``: quoted after one head word («концерн «Волна»»,
    not «отделение движения «Зелёный путь»»), or an abbreviation after a full name with its own
    complement («Международная федерация шашек МФШ»), not a governed genitive («обком КПСС»)."""
    q = re.search(r"[«\"„“]([^»\"“”]+)[»\"“”]\s*$", norm)
    if q:
        return name_key(morph, q.group(1)) if len(norm[: q.start()].split()) == 1 else None
    words = _WORD.findall(norm)
    if len(words) < 3 or not abbreviation(words[-1]):
        return None
    nouns = [w for w in words[:-1] if any(p.tag.POS == "NOUN" for p in morph.parse(w)[:1])]
    return (words[-1].lower(),) if nouns and nouns[0] != words[-2] else None


# --- Organisations natasha leaves out --------------------------------------------------------------

# head nouns that name an organisation by a quoted name: «партия «Зелёный путь»», «ОАО «Заря»»
ORG_HEADS = frozenset(
    (
        "компания", "фирма", "концерн", "холдинг", "корпорация", "банк", "партия", "движение", "клуб",
        "команда", "институт", "центр", "фонд", "общество", "ассоциация", "организация", "агентство",
        "издательство", "телеканал", "телекомпания", "радиостанция", "сайт", "портал", "театр", "музей",
        "университет", "академия", "группировка", "объединение", "предприятие", "союз", "альянс", "блок",
        "коалиция", "группа", "студия", "лаборатория", "училище", "школа", "магазин", "сеть", "оператор",
    )
)
_COMPANY_HEADS = frozenset(
    ("команда", "компания", "концерн", "фирма", "холдинг", "корпорация", "банк", "клуб", "агентство",
     "группа")
)
LEGAL_FORMS = frozenset(
    ("ОАО", "ЗАО", "ООО", "АО", "ПАО", "НАО", "ГУП", "ФГУП", "МУП", "НПО", "ТОО", "АНО", "НКО", "ИЧП", "ОДО")
)
# abbreviations that pymorphy's dictionary marks as organisations but that name a kind, not one body
GENERIC_ABBREVIATIONS = COMMON_ABBREVIATIONS | frozenset(("АЭС", "ГЭС", "ТЭЦ", "ГРЭС", "АЗС", "ПТУ"))
_CAPS = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]{2,7})(?![\w-])")
_BRACKET_ABBR = re.compile(r"\s*\(([A-ZА-ЯЁ]{2,7})\)")
_DOMAIN = re.compile(r"(?<![\w@./:-])[A-Za-z][A-Za-z0-9-]*\.(?:ru|com|net|org|info|ua|su|by|kz)(?![\w./-])")
_CAPITAL_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{2,}(?![\w-])")
_CAPITAL_NEXT = re.compile(r"\s+[А-ЯЁ]")
_LIST_MARK = re.compile(r"\s*[•·|;]\s*")
_TRAILING_ABBR = re.compile(r"\s*\(([A-ZА-ЯЁ]{2,7}(?:\s[A-ZА-ЯЁ]{2,7})*)\)$")


def split_span(text: str, span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """One NER span over a list («Перу • Чили») or over a name and its abbreviation in
    brackets («Союз защиты рыболовов (СЗР)»): the names apart."""
    start, end, typ = span
    cuts = [m for m in _LIST_MARK.finditer(text, start, end)]
    if cuts:
        bounds = [start] + [x for m in cuts for x in (m.start(), m.end())] + [end]
        return [
            p
            for a, b in zip(bounds[::2], bounds[1::2])
            if any(ch.isalpha() for ch in text[a:b])
            for p in split_span(text, (a, b, typ))
        ]
    m = _TRAILING_ABBR.search(text, start, end)
    if typ != "ORG" or not m or m.start() <= start:
        return [span]
    return [(start, m.start(), typ), (m.start(1), m.end(1), typ)]


def find_abbreviations(
    morph: Morph, text: str, named: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Capitalised abbreviations natasha did not tag: one in brackets after an organisation
    («Северная атомная электростанция (САЭС)»), or one pymorphy's dictionary knows as an
    organisation (МГУ, ФСБ) or a state (СССР), and web addresses of news sites (severinfo.ru).
    Returned as NER-like (start, end, type) spans."""
    out: list[tuple[int, int, str]] = []
    taken = [(s, e) for s, e, _ in named]
    for s, e, typ in named:
        b = _BRACKET_ABBR.match(text, e)
        if typ == "ORG" and b and not any(x <= b.start(1) < y for x, y in taken):
            out.append((b.start(1), b.end(1), "ORG"))
            taken.append((b.start(1), b.end(1)))
    for m in _DOMAIN.finditer(text):  # a news site as a source: «сообщает severinfo.ru»
        if not any(x < m.end() and m.start() < y for x, y in taken):
            out.append((m.start(), m.end(), "ORG"))
            taken.append((m.start(), m.end()))
    for m in _CAPITAL_WORD.finditer(text):  # «чемпионат Европы», «Совета Европы»: a place natasha left out
        if any(x <= m.start() < y for x, y, t in named if t != "ORG") or _sentence_start(text, m.start()):
            continue
        inside = [(x, y) for x, y, t in named if t == "ORG" and x <= m.start() < y]
        if inside and (inside[0][0] == m.start() or _CAPITAL_NEXT.match(text, m.end())):
            continue
        if any(x < m.end() and m.start() < y for x, y in taken if (x, y) not in inside):
            continue
        if any("Geox" in p.tag and from_dictionary(p) for p in morph.parse(m.group())[:1]):
            out.append((m.start(), m.end(), "LOC"))
    for m in _CAPS.finditer(text):
        word = m.group(1)
        if word in GENERIC_ABBREVIATIONS or word in LEGAL_FORMS:
            continue
        if any(x < m.end() and m.start() < y for x, y in taken):
            continue
        tags = [p.tag for p in morph.parse(word) if "Abbr" in p.tag]
        if any("Orgn" in t for t in tags):
            out.append((m.start(), m.end(), "ORG"))
        elif any("Geox" in t for t in tags):
            out.append((m.start(), m.end(), "LOC"))
    return out


def find_named_orgs(morph: Morph, text: str, named: Sequence[tuple[int, int, str]] = ()) -> list[RuleSpan]:
    """An organisation head or legal form with a quoted name: «партии «Зелёный путь»», «ОАО «Заря»»,
    «институт «Общее дело»» (the span takes the head in, the norm puts the head in the nominative)."""
    out: list[RuleSpan] = []
    for q in _QUOTED_NAME.finditer(text):
        if not q.group(1)[:1].isupper() or text[q.start() - 1 : q.start()] not in ("", " "):
            continue
        before = _words_before(text, q.start(), 1)
        if not before:
            continue
        head = before[0]
        word = head.group()
        if word not in LEGAL_FORMS and morph.parse(word)[0].normal_form not in ORG_HEADS:
            continue
        if any(s <= head.start() < e for s, e, _ in named):  # natasha has the head in its span
            continue
        norm = word if word in LEGAL_FORMS else _head_nominative(morph, word)
        out.append(RuleSpan(head.start(), q.end(), "organisation", f"{norm} «{q.group(1).strip()}»"))
    return out


_ARTICLE_HEADS = frozenset(("статья", "интервью", "колонка", "репортаж", "публикация", "редакция", "выпуск"))
_CAPITALISED = re.compile(r"\s+((?:[А-ЯЁ][а-яё]+)(?:\s+[а-яё]+|\s+[А-ЯЁ][а-яё]+)?)(?=[\s,.;:!?»«]|$)")


def find_sources(morph: Morph, text: str, named: Sequence[tuple[int, int, str]] = ()) -> list[RuleSpan]:
    """The publisher after «в статье», «в интервью», «редакция» that natasha did not tag: «в статье
    Вечернего наблюдателя «...»» -> publication «Вечерний наблюдатель». A person's name is no
    publisher (natasha's PER spans and dictionary given names / surnames are left alone)."""
    out: list[RuleSpan] = []
    for m in re.finditer(r"\b(?:стать|интервью|колонк|репортаж|публикаци|редакци|выпуск)[а-яё]*", text):
        if morph.parse(m.group())[0].normal_form not in _ARTICLE_HEADS:
            continue
        c = _CAPITALISED.match(text, m.end())
        if not c or any(s < c.end(1) and c.start(1) < e for s, e, _ in named):
            continue
        words = c.group(1).split()
        if not all(morph.has_tag(w, "gent") for w in words) or any(
            morph.has_tag(w, t) for w in words for t in ("Name", "Surn", "Patr", "Geox", "NPRO")
        ):
            continue
        out.append(RuleSpan(c.start(1), c.end(1), "publication", morph.phrase_nominative(words)))
    return out


def _head_nominative(morph: Morph, word: str) -> str:
    """The nominative singular of an organisation head noun («партии» -> «партия», not «партии»)."""
    for p in morph.parse(word):
        if "NOUN" in p.tag and p.normal_form in ORG_HEADS:
            return match_case(morph.inflect(p, {"nomn", "sing"}) or p.normal_form, word)
    return word
