"""Type corrections and drops around natasha's Russian spans.

:func:`retype` corrects natasha's type where Russian usage is plain («Евросоюз» and «Кремль» are
organisations, «Российская Федерация» and «Дворец спорта» places, «СМИ» and a lone «Её» no names).
Craft named like companies are dropped in ``russian_vehicles``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from letopis.extract.en_gazetteer import known_place
from letopis.extract.lexicon import is_given
from letopis.extract.morph import Morph, from_dictionary
from letopis.extract.russian_adjectives import adjective_before_head
from letopis.extract.russian_cues import common_noun
from letopis.extract.russian_heads import ROLES, SOVIET_NAME, TRUST, soviet_compound
from letopis.extract.russian_orgs import COMMON_ABBREVIATIONS, LEGAL_FORMS, ORG_HEADS
from letopis.extract.russian_rules import (
    _OPEN_QUOTES,
    _STATE_HEADS,
    _WORD,
    ENTERPRISE_HEADS,
    EVENT_HEADS,
    INSTITUTION_HEADS,
    PUBLICATION_HEADS,
    _sentence_start,
    _words_before,
)

_EURO_BODY = re.compile(r"^евро(?:союз|комисс|парламент|совет|суд|групп|банк|пол)", re.IGNORECASE)
# supranational abbreviations natasha reads as places
ORG_ABBREVIATIONS = frozenset(("ЕС",))
# seats that stand for the government in news usage («Кремль заявил», «Белый дом получил известие»)
SEATS_OF_GOVERNMENT = frozenset((("кремль",), ("белый", "дом")))
_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "у", "около", "возле", "из", "перед", "под", "близ", "над"))
# buildings and grounds are places even when an organisation is housed there («Дворец спорта»)
FACILITY_HEADS = frozenset(
    ("дом", "дворец", "аэропорт", "вокзал", "стадион", "кладбище", "собор", "храм", "мост", "тюрьма", "арена")
)
# company-like heads: a lone «person» right after one is the company («команды Вильямс-Рено»)
_COMPANY_HEADS = frozenset(
    ("команда", "компания", "концерн", "фирма", "холдинг", "корпорация", "банк", "клуб", "агентство",
     "группа")
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


def _lone_surname(morph: Morph, text: str, start: int, words: Sequence[str]) -> bool:
    """One capitalised word read first as a surname, not after a body's head or inside quotes."""
    if len(words) != 1 or words[0].isupper() or text[start - 1 : start] in _OPEN_QUOTES:
        return False
    parses, before = morph.parse(words[0]), _words_before(text, start, 1)
    head = bool(before) and morph.parse(before[0].group().lower())[0].normal_form in _OPENING_HEADS
    return bool(parses) and "Surn" in parses[0].tag and not head and \
        not any(t in p.tag for p in parses for t in ("Orgn", "Geox", "Abbr"))


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
    if typ == "ORG" and all(p.tag.POS in ("ADVB", "ADJS", "PRED", "GRND") for p in parses):
        return True  # «Секретно», «Срочно»: a document's mark, not a body
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


_NAME_TAGS = ("Name", "Surn", "Patr")
_COMPANY_CONTRACTION = re.compile(r"[Тт]-в(?:о|а|у|ом|е)")
# word pairs (lemmas) that open no body's name
_NOT_BODIES = frozenset((("редакция", "газета"), ("редакция", "журнал"), ("советский", "власть")))


# forms of address and the abbreviated titles of the period written before a name («Проф. Орлов», «Инж. Ким»)
_PREPOSITIONS = frozenset("О Об Обо В Во С Со К Ко У По Про От До Из За На Для При Без".split())
_TITLE_ABBREVIATIONS = ("проф", "инж", "доц", "акад", "зав", "пред", "предс", "секр", "нач", "зам", "уполн", "агр")
_ADDRESS_WORDS = frozenset(("гр", "тов", "тт", "т", "гражд", *_TITLE_ABBREVIATIONS))
_ADDRESS_LEAD = re.compile(r"^(?:Гр|Гражд|Тов|Тт|Проф|Инж|Доц|Акад|Зав|Пред|Секр|Нач|Зам|Уполн|Агр)\.\s*")


_CORRESPONDENTS = frozenset(("селькор", "рабкор", "военкор", "юнкор", "селькоры", "рабкоры"))
_INITIAL_FIRST = re.compile(r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]{2,}$")
_TOWN_WORD_BEFORE = re.compile(r"(?<![\w.])(?<!\d )(?:г|гор|с|д|дер|пос|ст|х)\. ?$")  # not «1919 г.», the year


def _common_person_noun(morph: Morph, word: str) -> bool:
    """Every dictionary reading of ``word`` is a common noun, none a name, surname or place."""
    parses = [p for p in morph.parse(word) if from_dictionary(p)]
    return bool(parses) and all(p.tag.POS == "NOUN" for p in parses) and not any(
        t in p.tag for p in parses for t in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"))


def _after_role(morph: Morph, text: str, start: int) -> bool:
    """An office or occupation noun in the nominative stands right before ``start``."""
    before = _words_before(text, start, 1)
    if not before:
        return False
    p = morph.parse(before[0].group().lower())[0]
    if p.normal_form not in ROLES or "nomn" not in p.tag:
        return False
    word = _WORD.match(text, start)
    parses = morph.parse(word.group()) if word else []
    # «Секретарь Обухова» (a surname, or no known place), not «секретарь Москвы» (the city's, in the genitive)
    return any("Surn" in q.tag for q in parses) or not any("Geox" in q.tag and from_dictionary(q) for q in parses)


def _verb_only(morph: Morph, word: str) -> bool:
    """Every dictionary reading of ``word`` is a verb, infinitive or short participle («Ответить», «Доложено»)."""
    parses = [p for p in morph.parse(word.lower()) if from_dictionary(p)]
    return bool(parses) and all(p.tag.POS in ("INFN", "VERB", "PRTS") for p in parses)


# the head nouns of bodies, works, papers and meetings (a name after one is the body's: «завода Гриневич»)
_OPENING_HEADS = INSTITUTION_HEADS | ENTERPRISE_HEADS | PUBLICATION_HEADS | EVENT_HEADS | ORG_HEADS


def _opening_noun(morph: Morph, word: str) -> bool:
    """A common noun opening a sentence that names no body («Доклад», «Письмо», «Заявление»)."""
    parses = [p for p in morph.parse(word.lower()) if from_dictionary(p)]
    return bool(parses) and parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag and \
        not any(p.normal_form in _OPENING_HEADS or "Orgn" in p.tag or "Geox" in p.tag for p in parses)


def _capital_line(text: str, start: int, end: int) -> bool:
    """The span's line is a heading of several words, all in capitals («5. ТЕКУЩИЕ ДЕЛА.»)."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    line = _WORD.findall(text[left : right if right >= 0 else len(text)])
    line = [w for w in line if not w.isdigit()]
    return len(line) >= 2 and all(w.isupper() for w in line)


def _common_noun_or_verb(morph: Morph, word: str) -> bool:
    """The dictionary knows ``word`` (in lower case) and never as a name of a person or a place."""
    parses = [p for p in morph.parse(word.lower()) if from_dictionary(p)]
    return bool(parses) and not any(t in p.tag for p in parses for t in (*_NAME_TAGS, "Geox", "Orgn"))


def _place_word(morph: Morph, word: str) -> bool:
    """Every dictionary reading of ``word`` is a geographical name in the nominative, none a person's name."""
    parses = [p for p in morph.parse(word) if from_dictionary(p)]
    return bool(parses) and all("Geox" in p.tag and p.normal_form == word.lower() for p in parses) and \
        not any(t in p.tag for p in parses for t in _NAME_TAGS)  # «Кускову» may be a surname's dative


def _no_noun(morph: Morph, word: str) -> bool:
    """The dictionary knows ``word`` and never as a noun (a verb form, a participle, an adverb)."""
    parses = [p for p in morph.parse(word) if from_dictionary(p)]
    return bool(parses) and not any("NOUN" in p.tag or any(t in p.tag for t in _NAME_TAGS) for p in parses)


# nouns before a person's cover name or nickname in quotes
_ALIAS_NOUNS = frozenset(("осведомитель", "агент", "информатор", "сексот", "кличка", "псевдоним", "прозвище"))
_ADJECTIVAL = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")
_BODY_HEAD_AFTER = re.compile(
    r"\s+(?:(?:школ[аыеуой]+|больниц[аыеуой]+|библиотек[аиеуой]+|избы?-читальн[яиею]+)"
    r"(?:\s+(?:I|II|1-й|2-й|первой|второй)\s+ступени)?|(?:МТС|РИК(?:а|у|ом|е)?|ВИК(?:а|у|ом|е)?|ЕПО|РКИ)"
    rf"|(?:{SOVIET_NAME.pattern})|(?:льно|стекольн\w*\s|кирпичн\w*\s)?(?:завод|фабрик|мельниц|рудник)[а-я]*)(?![\w-])",
    re.IGNORECASE)
_ADJ_LIST = r"((?:\s*(?:,|и)\s*[А-ЯЁ][а-яё-]*(?:ск|цк)[а-яё]*)*)\s+"
_BODY_AFTER = re.compile(_ADJ_LIST + rf"(?:(?:{SOVIET_NAME.pattern})\b|(?:волостн|сельск|уездн)\w*\s+(?:исполком|совет|комитет))",
                         re.IGNORECASE)
_ADJ_BEFORE = re.compile(r"[А-ЯЁ][а-яё-]*(?:ск|цк)[а-яё]*\s*(?:,|и)\s*$")
_LAND_AFTER = re.compile(_ADJ_LIST + r"(?:волост|уезд|губерни|район|округ)[а-яё]*\b")
_BODY_LIST = re.compile(rf"\b(?:{SOVIET_NAME.pattern}|волостей|уездов|районов)\s*:", re.IGNORECASE)


def _named_body(text: str, start: int, end: int) -> str | None:
    """A capitalised adjective that names a body or a district by its place, not a person: before the
    head noun, alone or in a list («Малиновский и Сухоовражский сельсоветы», «Кашинский и Бежецкий уезды»),
    or in an elided list after the plural head and a colon («председатели сельсоветов: Верхне-Ключевского
    — Фролов, Малиновского — Кудряшов»)."""
    for after, typ in ((_BODY_AFTER, "ORG"), (_LAND_AFTER, "LOC")):
        m = after.match(text, end)
        if m and (m.group(1) or _ADJ_BEFORE.search(text, max(0, start - 60), start)):
            return typ  # in a list; a lone adjective right before its head is the head rule's
    return _elided_body(text, start, end)


def _elided_body(text: str, start: int, end: int) -> str | None:
    """«председатели сельсоветов: Верхне-Ключевского — Фролов»: the plural head, a colon, then each body
    by its adjective and a dash."""
    left = text.rfind(":", max(0, start - 200), start)
    if left >= 0 and re.match(r"\s*[—–-]\s", text[end : end + 3]) and not re.search(r"(?<![А-ЯЁ])[.!?]\s|\n", text[left:start]):
        head = _BODY_LIST.search(text, max(0, left - 40), left + 1)
        if head and head.end() == left + 1:
            return "ORG"
    return None


_EXACT_FROM = re.compile(r"(?:взыск|сня|снима|удерж|спрос|спраш|треб|получ|взя|брат|бер)[а-яё]*\s+$", re.IGNORECASE)
_WHERE_BEFORE = re.compile(r"(?:^|[\s(])(в|во|на|из|из-под|под|с|со)\s+$", re.IGNORECASE)


def _where_to(morph: Morph, text: str, start: int, word: str) -> bool:
    """A lone word natasha read as a surname after «в», «на» + locative or accusative or «из», «из-под», «с» +
    genitive: a place (one goes to a man «к Сомову», not «в Сомова»; «почта с Кулдострова»), unless it is a
    given name."""
    m = _WHERE_BEFORE.search(text, max(0, start - 8), start)
    if not m or any("Name" in p.tag or "Patr" in p.tag for p in morph.parse(word)):
        return False
    prep, low = m.group(1).lower(), word.lower()
    if prep in ("с", "со") and _EXACT_FROM.search(text, max(0, start - 30), m.start() + 1):
        return False  # «взыскать с Сомова», «снять с Ларина выговор»: from a man
    if prep in ("в", "во"):
        return True
    if prep == "на":
        return low.endswith(("е", "у", "ю"))  # «на Кулдострове», «отправлен на Тамбурену»
    return low.endswith(("а", "я", "ы", "и"))


_FOREIGN_STREET = re.compile(r"-(?:стрит|авеню|сквер|роуд|плейс|бульвар)$")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’-]+(?: (?:de |del |la |do )?[A-Z][A-Za-z'’-]+){0,3}")


def retype(morph: Morph, text: str, span: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """Correct natasha's type where Russian usage is plain; None drops the span.

    «Европейский союз», «Евросоюз», «ЕС» are organisations (a union of states, not a territory;
    «Советский Союз» stays a place), and so are «Кремль» and «Белый дом» standing for a government;
    «Российская Федерация», «Французская Республика» (adjectives + a state head, no complement) and
    buildings («Дворец спорта», «аэропорт Внуково») are places; a lone «person» that is a
    compound of a common noun (Лесохрана) is an organisation; «СМИ» is a common noun."""
    headed = adjective_before_head(morph, text, span)
    if headed != span:
        return headed  # «Зареченскому пересыльному пункту», «у Кривцовой губы»: no surname, the body or the place
    start, end, typ = span
    surface = text[start:end]
    words = _WORD.findall(surface)
    if surface in COMMON_ABBREVIATIONS or surface in LEGAL_FORMS or not words or _COMPANY_CONTRACTION.fullmatch(surface):
        return None  # (and «т-во», «Т-ва»: «товарищество» contracted, the kind of a firm, no name)
    if len(words) == 1 and typ == "PER" and surface.lower().rstrip(".") in _ADDRESS_WORDS:
        return None  # «Гр. Мокеев», «Т. Пеньков»: «гражданин», «товарищ», not an initial or a name
    lead = _ADDRESS_LEAD.match(surface)
    if typ == "PER" and lead and len(words) > 1:
        start, surface, words = start + lead.end(), surface[lead.end() :], words[1:]  # «Гр. Мокин»: the citizen
        span = (start, end, typ)
    if typ == "ORG" and surface.isupper() and len(words) >= 2 and "«" not in surface and all(
            _common_noun_or_verb(morph, w) and not _ADJECTIVAL.search(w.lower()) for w in words) and not any(
            morph.parse(w.lower())[0].normal_form in _OPENING_HEADS for w in words):
        return None  # «ОБЪЯСНИТЕЛЬНАЯ ЗАПИСКА»: a heading, with no body's head or town in it
    if surface.isupper() and len(words) == 1 and _common_noun_or_verb(morph, surface) and (
            len(surface) > 5 or _capital_line(text, start, end)):
        return None  # «ПРОТОКОЛ», «ПОСТАНОВИЛИ», «5. ТЕКУЩИЕ ДЕЛА»: a heading word in capitals
    if _FOREIGN_STREET.search(surface):
        return (start, end, "LOC")  # «на Вайн-стрит», «Мэйн-авеню»: an American or English street, written in Russian
    latin = _LATIN_NAME.fullmatch(surface)  # an address or a name written in Latin letters in a Russian text
    if latin and typ != "LOC" and known_place(surface) and not is_given(words[0]):
        return (start, end, "LOC")  # «Обратный адрес: Mexico, Sonora»: natasha reads foreign places as bodies
    if latin and typ == "ORG" and len(words) == 2 and is_given(words[0]) and not known_place(surface):
        return (start, end, "PER")  # «..., Lucas Zhukovets»: a given name and a surname
    if len(words) == 1 and (SOVIET_NAME.fullmatch(surface) or TRUST.match(surface)):
        return (start, end, "ORG")  # «в Наркомтруд», «директор Металлотреста»: bodies, not places or people
    if typ == "LOC" and len(words) > 1 and SOVIET_NAME.fullmatch(words[-1]):
        return (start, end, "ORG")  # «Верхне-Ключевской сельсовет»: the village's soviet, not the village
    if typ != "PER" and _not_a_name(morph, text, span):
        return None
    if typ == "ORG" and len(words) >= 2 and tuple(morph.parse(w.lower())[0].normal_form for w in words[:2]) in \
            _NOT_BODIES:
        return None  # a letter «в редакцию газеты» addresses the paper; «Советской власти» is the regime, no body
    if typ == "PER" and (len(words) == 1 or _ADJECTIVAL.search(words[0])) and \
            re.fullmatch(r"[А-ЯЁ]{2,6}(?:а|у|ом|е)?", words[-1]):
        return (start, end, "ORG")  # «Острогожского РИКа», «от РИКа»: a body by its abbreviation, not a person
    if typ == "PER" and len(words) == 1 and (morph.parse(words[0].lower())[0].normal_form in ROLES or
                                             common_noun(morph, text, start, words[0]) and
                                             not soviet_compound(morph, words[0])):
        return None  # «Поп с. Никольского ...», «Кладовщика допросили»: the office alone, the name comes after
    if typ in ("PER", "LOC") and len(words) == 1 and _ADJECTIVAL.search(words[0]):
        head = _BODY_HEAD_AFTER.match(text, end)
        if head:  # «учительницы Горбуновской школы I ступени», «от Острогожской МТС»: the body of a village
            return (start, head.end(), "ORG")
    if typ == "PER" and re.fullmatch(r"(?:[А-ЯЁ]\.){3,}", surface.strip()):
        return (start, end, "ORG")  # «Р.С.Д.Р.П.»: a party's letters with dots, no initials of a man
    if typ == "PER" and len(words) >= 2 and words[0] in _PREPOSITIONS and words[1][:1].isupper():
        start = text.index(words[1], start + len(words[0]))  # «Об Тарвицком ничего не известно»: the name after it
        span, surface, words = (start, end, typ), text[start:end], words[1:]
    if typ == "PER" and len(words) >= 2 and words[1][:1].isupper() and (
            morph.parse(words[0].lower())[0].normal_form in ROLES or common_noun(morph, text, start, words[0])):
        if all(morph.has_tag(w, "ADJF") and not morph.has_tag(w, "Surn") for w in words[1:]):
            return None  # «Председательница Красивского| сельсовета»: the office and the body's adjective
        start = text.index(words[1], start + len(words[0]))  # «Председатель Сомов»: the office is no name
        span, surface, words = (start, end, typ), text[start:end], words[1:]
    if typ == "PER" and len(words) >= 2 and morph.parse(words[-1].lower())[0].normal_form in ROLES and all(
            _ADJECTIVAL.search(w) or morph.has_tag(w, "ADJF") and not morph.has_tag(w, "Surn") for w in words[:-1]):
        return None  # «(Его Превосходительству) Тарвельскому Губернатору»: an office by its place, no name
    if typ == "ORG" and len(words) >= 3 and _sentence_start(text, start) and words[1][:1].isupper() and \
            _opening_noun(morph, words[0]):
        start = text.index(words[1], start + len(words[0]))  # «Доклад Рыбинского губкома»: the report is no name
        span, surface, words = (start, end, typ), text[start:end], words[1:]
    if typ == "PER" and len(words) == 1 and _verb_only(morph, words[0]):
        return None  # «[На обороте:] Доложено.»: a clerk's note, no name
    if typ == "PER" and len(words) >= 2 and _verb_only(morph, words[0]):
        start = text.index(words[1], start + len(words[0]))  # «ПОСТАНОВИЛИ: Ответить Даниловскому укому»
        span, surface, words = (start, end, typ), text[start:end], words[1:]
    if typ != "PER" and len(words) <= 2 and text[start - 1 : start] in _OPEN_QUOTES:
        before = _words_before(text, start - 1, 1)
        if before and morph.parse(before[0].group().lower())[0].normal_form in _ALIAS_NOUNS:
            return (start, end, "PER")  # «по данным осведомителя «Весёлого»»: an informer's cover name
    if typ == "LOC" and len(words) == 1 and _after_role(morph, text, start):
        return (start, end, "PER")  # «Секретарь Обухова»: a name in apposition to an office
    if typ == "LOC" and _INITIAL_FIRST.match(surface):
        return (start, end, "PER")  # «И. Петрова, прядильщица»: a person by the initial before the surname
    if typ == "PER" and _TOWN_WORD_BEFORE.search(text, max(0, start - 8), start):
        return (start, end, "LOC")  # «г. Вышний Волочёк»: a town after its abbreviation
    if typ == "PER" and len(words) == 1 and _where_to(morph, text, start, words[0]):
        return (start, end, "LOC")  # «написал в Кужбалу», «содержится на Ожеге», «родом из-под Зябликова»
    if typ == "PER" and len(words) == 1 and (words[0].lower() in _CORRESPONDENTS or (
            text[end : end + 2].lstrip()[:1] in _OPEN_QUOTES and _common_person_noun(morph, words[0]))):
        return None  # «Селькор «Зоркий глаз»»: the correspondent's title before the pen name
    if typ in ("PER", "LOC") and len(words) == 1 and _ADJECTIVAL.search(words[0]):
        body = _named_body(text, start, end) if typ == "PER" else _elided_body(text, start, end)
        if body:  # «Малиновский и Сухоовражский сельсоветы»: soviets named by their villages
            return (start, end, body)
    if typ == "LOC" and len(words) == 1 and soviet_compound(morph, words[0]):
        return (start, end, "ORG")  # «через Госстрах», «отделения Сельскосоюза»
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
    elif typ == "PER" and len(words) == 1 and _place_word(morph, words[0]):
        return (start, end, "LOC")  # «Эфиопия», «Царицыно» in a list natasha read as names
    elif typ == "PER" and len(words) == 1 and _sentence_start(text, start) and _no_noun(morph, words[0]):
        return None  # «Подана первая заявка»: a participle at the start of a sentence
    elif typ == "PER" and len(words) == 1 and (
        _thing_word(morph, words[0]) or _after_org_head(morph, text, start) or soviet_compound(morph, words[0])
    ) or typ == "PER" and len(words) == 2 and all(soviet_compound(morph, w) for w in words):
        return (start, end, "ORG")  # «Особотдел Запфронта»: a body and the front it serves
    elif typ == "ORG" and (_person_like(morph, words) or _lone_surname(morph, text, start, words)):
        return (start, end, "PER")  # «Олег Сомов», «Лыков-Бурцев»: a person natasha took for a body
    elif typ == "ORG" and _first_noun(morph, words) in FACILITY_HEADS:
        return (start, end, "LOC")
    elif typ == "ORG" and len(words) >= 2 and morph.parse(words[-1])[0].normal_form in _STATE_HEADS:
        adjectives = words[:-1]
        if all(w[:1].isupper() and morph.has_tag(w, "ADJF") for w in adjectives):
            return (start, end, "LOC")
    return span

