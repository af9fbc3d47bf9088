"""Enterprises, publications, events and organisations in Russian text, by head words natasha does not type.

    enterprise   «Путиловский завод», «завод «Красный пролетарий»», «фабрика имени Ногина»,
                 «Каменский элеватор», «колхоз имени Чапаева»,
                 «Николаевская железная дорога», «Главные мастерские»
    publication  the title after газета / журнал / брошюра / манифест / воззвание («газета «Правда»»)
    event        «X съезд РКП(б)», «Всероссийская конференция», «всеобщая забастовка»

A head word alone («завод», «съезд») is not a mention: it needs a name (a capitalised
modifier, a quoted title, «имени ...», a following named span) or, for events, any modifier.

Around natasha's spans the module also finds state and party bodies (:func:`find_institutions`
«правительство США»). Organisations natasha leaves out, and spans over two names, are in
:mod:`letopis.extract.russian_orgs`; type corrections in :mod:`letopis.extract.russian_types`; the
linking of a name's variants in :mod:`letopis.extract.russian_variants`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from letopis.extract.morph import ADJECTIVAL_SURNAME, Morph, agreeing_modifiers
from letopis.extract.russian_heads import (
    _BY_NUMBER,
    _COMPLEMENT_ONLY,
    _INSTITUTION,
    _MEETINGS,
    _MINISTRIES,
    _NAMED_ONLY,
    _STATE_HEADS,
    INSTITUTION_HEADS,
    SOVIET_NAME,
    UNIONS,
    soviet_lemma,
    union_members,
)

ENTERPRISE_HEADS = frozenset(
    ("завод", "фабрика", "типография", "мастерская", "мастерские", "мануфактура", "верфь", "элеватор", "комбинат",
     "рудник", "шахта", "мельница", "депо", "маслозавод", "электростанция", "колхоз", "совхоз", "прииск", "промысел",
     "лесозавод", "спиртзавод", "винзавод", "сахзавод", "рыбозавод", "лесопилка")
)
_FARMS = frozenset(("колхоз", "совхоз"))
PUBLICATION_HEADS = frozenset(("газета", "журнал", "брошюра", "манифест", "воззвание", "листовка"))
EVENT_HEADS = frozenset(("съезд", "конференция", "забастовка", "стачка"))
_CANDIDATE = re.compile(
    r"\b(?:(?:лесо|спирт|вин|сах|рыбо|масло)?завод|лесопилк|фабрик|типограф|мастерск|мануфактур|верф|элеватор"
    r"|комбинат|рудник|шахт|мельниц|депо|прииск|промысл|электростанци|колхоз|совхоз|дорог|газет|журнал|брошюр"
    r"|манифест|воззвани|листовк|съезд|конференци|забастовк|стачк)[а-яё]*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[IVXLC]+|\d+(?:-[а-я]+)?")
_QUOTED = re.compile(r"\s*([«\"„“])([^»\"“”]{1,80})[»\"“”]")
_IMENI = re.compile(r"\s+(?:им\.|имени)\s+((?:[А-ЯЁ]\.\s?)*[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)")
# genitive nouns that stand for a state named earlier, a complement like its name («парламент страны»)
_STATE_NOUNS = frozenset(("страны", "государства"))
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
    nested: bool = False  # a name over another mention, which stays («органами Ландии, Марении»)


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
        is_adj = (any(t in p.tag for p in morph.parse(w)[:2] for t in ("ADJF", "PRTF")) or (
            w[:1].isupper() and ADJECTIVAL_SURNAME.search(w) is not None)) and not is_num  # «Малиновскому»
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
        parses = morph.parse(m.group())
        lemma = next((p.normal_form for p in parses if p.normal_form in ENTERPRISE_HEADS), parses[0].normal_form)
        pair = _PAIR_BEFORE.search(text, max(0, m.start() - 60), m.start()) if lemma in ENTERPRISE_HEADS else None
        if pair is not None:  # «Зареченского и Ольховского приисков»: two works, each by its adjective
            out.extend(RuleSpan(pair.start(g), pair.end(g), "enterprise",
                                _pair_norm(morph, pair.group(g), parses, lemma)) for g in (1, 2))
            continue
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


_PAIR_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{3,}(?:ского|ской|ском|ских|ного|ной|ном|ных|ового|евого))\s+и\s+"
                          r"([А-ЯЁ][а-яё]{3,}(?:ского|ской|ском|ских|ного|ной|ном|ных|ового|евого))\s+$")


def _pair_norm(morph: Morph, adjective: str, head: Sequence[Any], lemma: str) -> str:
    """«Зареченский прииск» of «Зареченского» before «приисков»: the adjective and the head, one works."""
    case = next((c for p in morph.parse(adjective) for c in _CASES if c in p.tag), "nomn")
    parse = next(p for p in head if p.normal_form == lemma)
    return morph.phrase_nominative([adjective, morph.inflect(parse, {case, "sing"}) or lemma])


_CASES = ("gent", "datv", "loct", "ablt", "accs", "nomn")


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
    tail = _imeni_end(morph, text, m.end(), tail)
    words = [w.group() for w in _WORD.finditer(text, start, m.end())]
    norm = morph.phrase_nominative(words) + text[m.end() : tail]
    farm = morph.parse(m.group())[0].normal_form in _FARMS  # «совхоз «Ясный Лог»»: an organisation, as before
    return RuleSpan(start, tail, "organisation" if farm else "enterprise", norm)


def _imeni_end(morph: Morph, text: str, end: int, tail: int) -> int:
    """«колхоз имени Карла Маркса», but «колхоза имени Чапаева Петров доложил»: the second word of the name
    only if it can be a genitive singular, as the namesake's name is."""
    i = _IMENI.match(text, end)
    if not i or i.end() != tail or " " not in i.group(1).strip():
        return tail
    first, second = i.group(1).split()[-2:]
    if any("gent" in p.tag and "sing" in p.tag for p in morph.parse(second)) or any(
            "Name" in p.tag and "gent" in p.tag for p in morph.parse(first)):
        return tail  # «имени Карла Маркса», «имени Ивана Сомова»
    return i.start(1) + len(i.group(1)) - len(second) - 1


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


_PLURAL_END = re.compile(r"(?:ы|ов|ам|ами|ах)$")


def find_institutions(morph: Morph, text: str, named: Sequence[tuple[int, int, str]] = ()) -> list[RuleSpan]:
    """State and party bodies named by a head word: «правительство США», «японское правительство»,
    «министерство иностранных дел», «Московский комитет РКП(б)» (when natasha missed them)."""
    out: list[RuleSpan] = []
    orgs = [(s, e) for s, e, t in named if t == "ORG"]
    for m in _INSTITUTION.finditer(text):
        soviet = SOVIET_NAME.fullmatch(m.group())
        lemma = soviet.group(1).lower() if soviet else next(
            (p.normal_form for p in morph.parse(m.group()) if p.normal_form in INSTITUTION_HEADS),
            morph.parse(m.group())[0].normal_form)  # «полку» is a regiment's, not a shelf's
        if soviet:
            lemma = soviet_lemma(lemma)
        if (lemma not in INSTITUTION_HEADS and not soviet) or any(s <= m.start() < e for s, e in orgs):
            continue
        if lemma in _STATE_HEADS and any(s <= m.start() < e for s, e, t in named if t == "LOC"):
            continue
        if lemma in _BY_NUMBER:  # «13-я экспедиция», «27-й стрелковой дивизии»: named by their number
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
        if lemma in UNIONS and end == m.end():
            end = union_members(morph, text, end)
        if lemma in _STATE_HEADS and end == m.end():  # «Российская Федерация» is a place
            continue
        place_like = any(
            (w.group()[:1].isupper() and not _sentence_start(text, w.start()))
            or _PLACE_ADJ.search(w.group().lower())
            for w in mods
        )
        if end == m.end() and (not place_like or lemma in _COMPLEMENT_ONLY) and not soviet:
            continue
        if soviet and end == m.end() and not mods and m.group().islower() and _PLURAL_END.search(m.group()):
            continue  # «через волисполкомы», «списки сельсоветов»: bodies of a kind, none named
        if lemma in _NAMED_ONLY and not any(w.group()[:1].isupper() and not _sentence_start(text, w.start())
                                            for w in mods):
            continue  # «Особого отдела» is a body, «ткацкого отдела» a mill's shop
        if lemma in _MEETINGS and not place_like and not _of_people(morph, text, m.end()):
            continue  # «общего открытого собрания ячейки РКП(б)»: a meeting of the cell, not a body
        start = mods[0].start() if mods else m.start()
        words = [w.group() for w in _WORD.finditer(text, start, m.end())]
        if soviet:  # «Рыбинскому укому»: the modifiers in the nominative, the contracted name by rule
            head = lemma if m.group()[:1].islower() else lemma.title()
            words = [*_WORD.findall(morph.phrase_nominative(words[:-1])), head] if len(words) > 1 else [head]
            out.append(RuleSpan(start, end, "organisation", " ".join(words) + text[m.end() : end]))
            continue
        kind = "event" if lemma == "собрание" and not mods and _of_people(morph, text, m.end()) else "organisation"
        out.append(RuleSpan(start, end, kind, morph.phrase_nominative(words) + text[m.end() : end]))
    return out


def _of_people(morph: Morph, text: str, pos: int) -> bool:
    """«собрание рабочих завода», «собрание членов кружка»: a meeting of people, not an assembly."""
    nxt = _WORD.search(text, pos, pos + 40)
    return nxt is not None and text[pos : nxt.start()].strip() == "" and morph.has_tag(
        nxt.group(), "NOUN", "plur", "gent", "anim")


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
    named_after = _IMENI.match(text, m.end())
    if not ordinal and named_after:  # «батальон имени Чапаева», «полку имени Ленина»: named after a man
        end = _imeni_end(morph, text, m.end(), named_after.end())
        head = next((p.normal_form for p in morph.parse(m.group()) if p.normal_form in _BY_NUMBER), m.group())
        return RuleSpan(m.start(), end, "organisation", head + text[m.end() : end])
    if not ordinal:
        return None
    start = ordinal[0].start()
    end = _complement(morph, text, m.end(), [n for n in named if n[2] != "PER"], False)
    if end == m.end() and morph.parse(m.group())[0].normal_form == "бригада" and \
            not any(_NUMERAL.match(w.group()) for w in ordinal):
        return None  # «во второй бригаде»: a kolkhoz's or a shop's work team, no body of its own
    words = [w.group() for w in _WORD.finditer(text, start, m.end())]
    return RuleSpan(start, end, "organisation", _nominative(morph, words) + text[m.end() : end])


def _sentence_start(text: str, pos: int) -> bool:
    """Is ``pos`` the first word of a sentence (so its capital letter says nothing)?"""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?…\n"


def _genitive_name(morph: Morph, name: str) -> bool:
    """Can a named span stand in the genitive (an abbreviation, an indeclinable or a genitive form)?"""
    first = name.split()[0] if name.split() else ""
    return first[:2].isupper() or not first.isalpha() or morph.has_tag(first, "gent") or morph.has_tag(first, "Fixd")


def _genitive_person(morph: Morph, name: str) -> bool:
    """Can a person's name stand in the genitive? Not when a word of it is a known name or surname
    with only non-genitive readings («прокуратуре Владимир Сомов» is an apposition)."""
    for w in _WORD.findall(name):
        known = [p for p in morph.parse(w) if any(t in p.tag for t in ("Name", "Surn", "Patr"))]
        if known and not any("gent" in p.tag for p in known):
            return False
    return True


def _complement(morph: Morph, text: str, end: int, named: Sequence[tuple[int, int, str]], ministry: bool,
                persons: bool = True) -> int:
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
        if w.group(1) in _STATE_NOUNS:  # «парламент страны»: the country named before
            return w.end()
        cursor, words = w.end(), words + 1
