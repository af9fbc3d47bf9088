"""Organisations natasha leaves out of Russian text, and spans it draws over two names.

- :func:`find_named_orgs`: a head noun or a legal form before a quoted name («партии «Зелёный путь»»,
  «ОАО «Заря»»);
- :func:`find_abbreviations`: abbreviations in brackets after a name («(СЗР)»), and those pymorphy3's
  dictionary marks as organisations (МГУ), news-site domains (severinfo.ru);
- :func:`find_sources`: the publisher after «в статье ...» («в статье Вечернего наблюдателя»);
- :func:`split_span`: one NER span over a list («Перу • Чили») or over a name and its bracketed
  abbreviation, cut into the names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from letopis.extract.morph import Morph, from_dictionary, match_case
from letopis.extract.russian_heads import party_end
from letopis.extract.russian_rules import _INSTITUTION, RuleSpan, _sentence_start, _words_before

# head nouns that name an organisation by a quoted name: «партия «Зелёный путь»», «ОАО «Заря»»
ORG_HEADS = frozenset(
    (
        "компания", "фирма", "концерн", "холдинг", "корпорация", "банк", "партия", "движение", "клуб",
        "команда", "институт", "центр", "фонд", "общество", "ассоциация", "организация", "агентство",
        "издательство", "телеканал", "телекомпания", "радиостанция", "сайт", "портал", "театр", "музей",
        "университет", "академия", "группировка", "объединение", "предприятие", "союз", "альянс", "блок",
        "коалиция", "группа", "студия", "лаборатория", "училище", "школа", "магазин", "сеть", "оператор",
        "сельпо", "совхоз", "колхоз", "артель", "сельхозартель", "кооператив", "коммуна", "товарищество",
        "клуб", "библиотека", "потребобщество", "трест",
    )
)
LEGAL_FORMS = frozenset(
    ("ОАО", "ЗАО", "ООО", "АО", "ПАО", "НАО", "ГУП", "ФГУП", "МУП", "НПО", "ТОО", "АНО", "НКО", "ИЧП", "ОДО")
)
# Soviet bodies of the 1920s by their abbreviations, which pymorphy's dictionary does not know
PERIOD_ABBREVIATIONS = frozenset((
    "РКИ", "ВСНХ", "СНК", "ВЧК", "ЧК", "ЦКК", "УКК", "РКК", "ЕПО", "ЦРК", "ЦК", "РКП", "ВКП", "КПУ", "ЦИК",
    "ВЦИК", "ГПУ", "ОГПУ", "ЦЕКУБУ", "РКСМ", "ВЛКСМ", "ЛКСМУ", "НКТ", "НКЗ", "НКЮ", "НКПС", "НКИД", "НКВД", "НКФ",
    "РВС", "РВСР", "ЧОН", "УЧК", "ТЧК", "ДТЧК", "МОПР", "ОДВФ", "ВОКС", "КУТВ", "КУНМЗ", "ИКП",
))
# common-noun abbreviations, never the name of one organisation
COMMON_ABBREVIATIONS = frozenset(("СМИ", "ВУЗ", "ДТП", "ЧП", "НКО", "ОПГ", "ИП", "ЖКХ", "ТЦ", "СИЗО",
                                  "ИТР"))  # (engineers and technicians: staff, no body)
# abbreviations that pymorphy's dictionary marks as organisations but that name a kind, not one body
GENERIC_ABBREVIATIONS = COMMON_ABBREVIATIONS | frozenset(("АЭС", "ГЭС", "ТЭЦ", "ГРЭС", "АЗС", "ПТУ"))
_CAPS = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]{2,7}|[А-ЯЁ]{3,7}(а|у|ом|е))(?![\w-])")
_BRACKET_ABBR = re.compile(r"\s*\(([A-ZА-ЯЁ]{2,7})\)")
_QUOTED_NAME = re.compile(r"[«\"„“]([^«»\"“”]{1,80})[»\"“”]")
_DOMAIN = re.compile(r"(?<![\w@./:-])[A-Za-z][A-Za-z0-9-]*\.(?:ru|com|net|org|info|ua|su|by|kz)(?![\w/-]|\.\w)")
_CAPITAL_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{2,}(?![\w-])")
_CAPITAL_NEXT = re.compile(r"\s+[А-ЯЁ]")
_COMRADE_INSIDE = re.compile(r"\s(?:т|тов|товарищ|гр)\.?\s+(?=[А-ЯЁ][а-яё])")
_LIST_MARK = re.compile(r"\s*[•·|;]\s*")
# an abbreviation's words in brackets after it, opening with a capital: «(Губернской комиссии по топливу)»
_EXPANSION_AFTER = re.compile(r"\s*\(((?:[А-ЯЁ][а-яё-]+)(?:\s+[а-яё-]+){1,7})\)")
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
    comrade = _COMRADE_INSIDE.search(text, start, end) if typ in ("ORG", "LOC") else None
    if comrade:  # «укома РКП(б) т. Голованов», «по району т. Кродерс»: the body or place, then the comrade
        tail = end - 1 if text[end - 1] == "." and text[end - 2 : end - 1].islower() else end
        return split_span(text, (start, comrade.start(), typ)) + [(comrade.end(), tail, "PER")]
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
        if word in PERIOD_ABBREVIATIONS or any("Orgn" in t for t in tags):
            out.append((m.start(), party_end(text, m.end()), "ORG"))  # («КП(б)Уз»: the party of a republic)
        elif m.group(2) and word[: -len(m.group(2))] in PERIOD_ABBREVIATIONS:
            out.append((m.start(), m.end(), "ORG"))  # «в пользу МОПРа»: a case ending on the abbreviation
        elif (x := _EXPANSION_AFTER.match(text, m.end())) and _INSTITUTION.search(x.group(1)):
            out.append((m.start(), m.end(), "ORG"))  # «ГКТ (Губернской комиссии по топливу)»: spelt out after
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
