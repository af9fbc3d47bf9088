"""Enterprises, publications, events and organisations in Russian text, by head words natasha does not type.

    enterprise   «Путиловский завод», «завод «Красный пролетарий»», «фабрика имени Ногина»,
                 «Николаевская железная дорога», «Главные мастерские»
    publication  the title after газета / журнал / брошюра / манифест / воззвание («газета «Правда»»)
    event        «X съезд РКП(б)», «Всероссийская конференция», «всеобщая забастовка»

A head word alone («завод», «съезд») is not a mention: it needs a name (a capitalised
modifier, a quoted title, «имени ...», a following named span) or, for events, any modifier.

Around natasha's spans the module also finds state and party bodies (:func:`find_institutions`
«правительство США»), organisations natasha leaves out (:func:`find_named_orgs` «партии «Зелёный
путь»», :func:`find_abbreviations` «(СЗР)», МГУ, severinfo.ru, :func:`find_sources` «в статье
Вечернего наблюдателя»), and splits spans over lists and bracketed abbreviations
(:func:`split_span`). Type corrections are in :mod:`letopis.extract.russian_types`, the linking
of a name's variants in :mod:`letopis.extract.russian_variants`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from letopis.extract.morph import Morph, agreeing_modifiers, from_dictionary, match_case

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
_STATE_HEADS = frozenset(
    ("федерация", "республика", "королевство", "империя", "княжество", "штат", "эмират", "конфедерация")
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
LEGAL_FORMS = frozenset(
    ("ОАО", "ЗАО", "ООО", "АО", "ПАО", "НАО", "ГУП", "ФГУП", "МУП", "НПО", "ТОО", "АНО", "НКО", "ИЧП", "ОДО")
)
# common-noun abbreviations, never the name of one organisation
COMMON_ABBREVIATIONS = frozenset(("СМИ", "ВУЗ", "ДТП", "ЧП", "НКО", "ОПГ", "ИП", "ЖКХ", "ТЦ", "СИЗО"))
# abbreviations that pymorphy's dictionary marks as organisations but that name a kind, not one body
GENERIC_ABBREVIATIONS = COMMON_ABBREVIATIONS | frozenset(("АЭС", "ГЭС", "ТЭЦ", "ГРЭС", "АЗС", "ПТУ"))
_CAPS = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]{2,7})(?![\w-])")
_BRACKET_ABBR = re.compile(r"\s*\(([A-ZА-ЯЁ]{2,7})\)")
_QUOTED_NAME = re.compile(r"[«\"„“]([^«»\"“”]{1,80})[»\"“”]")
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
