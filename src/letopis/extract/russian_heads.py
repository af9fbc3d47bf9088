"""Head words of Russian bodies that need rules of their own: Soviet contracted names and unions.

- Soviet bodies by their contracted names are names on their own («губком», «укому РКП(б)»,
  «губпрофсовета»); pymorphy does not know most of them, so their case endings are taken off by rule.
- A union is named by its members: a genitive plural of people right after it («профсоюза
  металлистов», «союза железнодорожников»).
- A compound of a period prefix and a noun, or with a contracted head, is a body («Политшкола», «Льнотрест»,
  «Льноцентр»): ``soviet_compound``.
- The head nouns of state and party bodies («правительство», «комитет», «Особый отдел») and which of them
  need a complement or a capitalised adjective of their own, for ``russian_rules.find_institutions``.
"""

from __future__ import annotations

import re

from letopis.extract.morph import Morph, from_dictionary, match_case

SOVIET_STEMS = (
    "губисполком|уисполком|волисполком|райисполком|губревком|губпрофсовет|губсовнархоз|губотдел|губчек"
    "|фабзавком|завком|фабком|местком|партком|обком|крайком|волком|губком|уком|райком|горком|женотдел"
    "|наркомтруд|наркомзем|наркомпрос|наркомфин|наркомвнудел|наркомюст|наркомздрав|наркомпуть|наркомпрод"
    "|наркомторг|наркомвоен|наркомнац|наркоминдел|наркомвнешторг|сельсовет|волсовет|поссовет|горсовет"
    "|губфинотдел|уфинотдел|губземотдел|уземотдел|губздравотдел|губоно|уоно|губсоюз|райсоюз|волостком"
    "|нарсуд|губсуд|губпрокуратур|губпродком|упродком|гублеском|губтоп|губсобес|губстатбюро|губкомтруд"
    "|губадмотдел|уадмотдел|адмотдел|губмилиц|уездмилиц|волмилиц|раймилиц|угрозыск|губугрозыск|губкредсоюз"
    "|рабкрин|губрабкрин|укомол|губкомол|райкомол|волкомол|наркомсобес|совнарком|совнархоз|ревком|профсовет"
    "|рудком|шахтком|цехком|домком|батрачком|комбед|ревтрибунал|губревтрибунал|дорпрофсож|райпрофсож|дортранспорт"
    "|губкк|укк|окркк|помгол|губпомгол|упомгол|комуч"
)
# a republic's or region's body by its prefix: «Татнаркомтруд», «Татрабкрин», «Башревком», «Закрайком»
_REGION = "(?:Тат|Баш|Укр|Бел|Груз|Арм|Азерб|Уз|Туркм|Каз|Кирг|Крым|Даг|Чуваш|Мос|Лен|Сиб|Урал|Дальк|Сев|Зак)"
# trusts by their contracted names: «Льнотрест», «Металлотреста», «Текстильтрест»
TRUST = re.compile(r"^[А-ЯЁ][а-яё]+трест(?:а|у|ом|е|ы|ов)?$")
SOVIET_NAME = re.compile(rf"((?:{_REGION})?(?:{SOVIET_STEMS}))(?:ия|ии|ию|ией|а|у|ом|е|ой|и|ы|ов|ам|ами|ах)?",
                         re.IGNORECASE)

UNIONS = frozenset(("союз", "профсоюз"))


def soviet_lemma(stem: str) -> str:
    """The nominative of a contracted name from its stem: «губчек» -> «губчека», «уездмилиц» -> «уездмилиция»."""
    low = stem.lower()
    if low == "губчек" or low.endswith("прокуратур"):
        return stem + "а"
    return stem + "ия" if low.endswith("милиц") else stem


def union_members(morph: Morph, text: str, end: int) -> int:
    """«профсоюза металлистов», «союза железнодорожников»: a union is named by its members (a genitive
    plural of people right after it); the end of that name, or ``end``."""
    w = re.compile(r"\s+([а-яё]{3,})").match(text, end)  # (not «и», which pymorphy also reads as a noun)
    if w and morph.has_tag(w.group(1), "NOUN", "plur", "gent", "anim"):
        return w.end()
    return end


# Offices and occupations a name stands in apposition to, agreeing in case («секретарь Сомова П. Т.»).
ROLES = frozenset((
    "секретарь", "председатель", "член", "заместитель", "заведующий", "инструктор", "уполномоченный",
    "директор", "начальник", "комиссар", "организатор", "делегат", "представитель", "инженер", "мастер",
    "бухгалтер", "кассир", "редактор", "сотрудник", "следователь", "учитель", "учительница", "агроном",
    "работница", "рабочий", "кандидат", "докладчик", "казначей", "счетовод", "десятник", "техник",
    "председательница", "заведующая", "делегатка", "уполномоченная",
    "колхозник", "колхозница", "крестьянин", "крестьянка", "батрак", "батрачка", "середняк", "бедняк", "кулак",
    "единоличник", "поп", "священник", "дьякон", "псаломщик", "милиционер", "красноармеец", "комсомолец",
    "комсомолка", "фельдшер", "учительница", "тракторист", "бригадир",
    "фельдшерица", "акушерка", "санитарка", "курсистка", "гражданка", "гражданин", "гр-ка", "гр-н", "губернатор",
    "превосходительство", "благородие", "высокоблагородие", "исправник", "урядник", "пристав", "купец", "мещанин",
    "мещанка", "помещик",
))
ROLES_NOMINATIVE = frozenset(("члены", "секретарь", "председатель", "зав", "зам", "предс", "секр"))


# first parts of the period's compound words («Политшкола», «Профшкола», «Агитпункт», «Культотдел»)
_COMPOUND_HEAD = re.compile(r"(союз|трест|торг|страх|снаб|синдикат|кредит|центр|бюро|сталь|стали|"
                            r"сталью|уголь|угля|углю|углем|нефть|нефти|нефтью|хлеб|заготскот|заготзерно|пром|интерн|проф|"
                            r"золото|золота|зерно|сбыт|металл|предство|предств|кооп|шерсть|шерсти|шерстью|хлопком|хлопкома|совет|"
                            r"строй|строя|строю|строем|строе|флот|клуб|сиб|путь|пути|путём|краскрест|пленбеж|отдел|фронт)"
                            r"(?:а|у|ом|е|ы|ов)?$")  # «Югосталь», «Донуголь», «Азнефть», «Камастрой», «Алтайсиб»
_COMPOUND_PREFIXES = ("полит", "парт", "проф", "агит", "культ", "соц", "сов", "нарком", "гос", "центро", "рабкор")


def soviet_compound(morph: Morph, word: str) -> bool:
    """A capitalised compound of a period prefix and a common inanimate noun, or a word ending in the
    contracted head of a Soviet body («Сельскосоюз», «Льнотрест», «Госторг»): an institution, no name."""
    low = word.lower()
    stem = _COMPOUND_HEAD.search(low)
    parses = morph.parse(word)
    if stem and len(low) - len(stem.group(1)) >= 3 and parses and not (
            "Surn" in parses[0].tag or "Name" in parses[0].tag):
        return True
    if low.startswith(("глав", "центро")) and len(low) >= 8 and \
            not re.search(r"(?:ий|ый|ая|ого|ой|их|ых|ова|ев|ин)$", low):
        return True  # «Главконцесском», «Главметалла»: a chief board; «Центроспирт»: a central one
    for prefix in _COMPOUND_PREFIXES:
        rest = low[len(prefix) :]
        if low.startswith(prefix) and len(rest) >= 4:
            parses = [p for p in morph.parse(rest) if from_dictionary(p)]
            if parses and parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag and not any(
                    t in p.tag for p in parses for t in ("Name", "Surn", "Geox")):
                return True
    return False


_NAME_QUOTES = '«»"„“”'


def name_nominative(morph: Morph, text: str, start: int, end: int) -> str:
    """Nominative of an organisation or place span: the head word inflected, dependents as written."""
    surface = text[start:end]
    quoted = start > 0 and text[start - 1] in _NAME_QUOTES and end < len(text) and text[end] in _NAME_QUOTES
    if quoted or not any("а" <= ch.lower() <= "я" for ch in surface):
        return surface
    cut = min((surface.index(q) for q in _NAME_QUOTES if q in surface), default=len(surface))
    head, rest = surface[:cut].split(), surface[cut:]
    if not head:
        return surface
    if len(head) == 1:
        return (morph.word_nominative(head[0]) + (" " + rest if rest else "")).strip()
    phrase = morph.phrase_nominative(head).split()
    for k, word in enumerate(head if len(phrase) == len(head) else ()):
        body = SOVIET_NAME.fullmatch(word)
        if body and phrase[k] != word:  # «Бельский уком партии»: pymorphy reads «уком» as a form of «ук»
            phrase[k] = match_case(soviet_lemma(body.group(1)), word)
    return (" ".join(phrase) + (" " + rest if rest else "")).strip()


_PARTY_TAIL = re.compile(r"(?:\([бБ]\))?(?:[А-ЯЁ][а-яё]{0,2}(?![А-ЯЁа-яё]))?")


def party_end(text: str, end: int) -> int:
    """Where a party's abbreviation ends when a span stops before its «(б)» or its republic's letters
    («РКП|(б)», «КП(б)|Уз», «КП(б)|Г»): ``end`` itself when nothing of the kind follows."""
    if text[end : end + 3] not in ("(б)", "(Б)") and text[max(0, end - 3) : end] not in ("(б)", "(Б)"):
        return end
    return end + len(_PARTY_TAIL.match(text, end).group())


# the head words of state and party bodies (:func:`letopis.extract.russian_rules.find_institutions`)
INSTITUTION_HEADS = frozenset(
    (
        "правительство", "администрация", "министерство", "наркомат", "комиссариат", "парламент",
        "посольство", "консульство", "представительство", "делегация", "комитет", "комиссия", "совет",
        "департамент", "ведомство", "мэрия", "прокуратура", "полиция", "милиция", "суд", "трибунал",
        "исполком", "губком", "райком", "горком", "уком", "ревком", "профсоюз", "союз", "фракция", "штаб",
        "дума", "сенат", "пресс-служба", "партия", "бюро", "президиум", "федерация", "кабинет", "сборная",
        "мид", "орган", "руководство", "служба", "спецслужба", "генштаб", "канцелярия", "отделение",
        "собрание", "палата", "хунта", "управление", "инспекция", "экспедиция", "дивизия", "полк",
        "бригада", "батальон", "эскадрон", "отряд", "управа", "земство", "секретариат", "лига", "муниципалитет",
        "отдел", "префектура", "комендатура", "спецкомендатура", "академия",
    )
)
_MEETINGS = frozenset(("собрание",))  # a body only with a capitalised name («Учредительное собрание»)
_BY_NUMBER = frozenset(("экспедиция", "дивизия", "полк", "бригада", "батальон", "эскадрон", "отряд"))
_MINISTRIES = frozenset(("министерство", "наркомат", "комиссариат"))
# heads that name a body only after a capitalised adjective of its own («Особый отдел», «Тарвельская комендатура»)
_NAMED_ONLY = frozenset(("отдел", "комендатура", "спецкомендатура", "академия"))
# generic heads that name a body only with a complement («руководство Литвы», not «японское управление»)
_COMPLEMENT_ONLY = frozenset(
    ("орган", "руководство", "служба", "управление", "отделение", "собрание", "палата", "инспекция", "союз")
)
_STATE_HEADS = frozenset(
    ("федерация", "республика", "королевство", "империя", "княжество", "штат", "эмират", "конфедерация")
)
_INSTITUTION = re.compile(
    r"\b(?:правительств|администраци|министерств|наркомат|комиссариат|парламент|посольств|консульств"
    r"|представительств|делегаци|комитет|комисси|совет|департамент|ведомств|мэри|прокуратур|полици|милици"
    r"|суд|трибунал|исполком|губком|райком|горком|уком|ревком|профсоюз|союз|фракци|штаб|дум|сенат|" + SOVIET_STEMS +
    r"|пресс-служб|парти|бюро|президиум|федераци|кабинет|сборн|мид|орган|руководств|служб|спецслужб|генштаб"
    r"|канцеляри|отделени|собрани|палат|хунт|управлени|инспекци|экспедици|дивизи|полк|бригад|батальон"
    r"|эскадрон|отряд|управ|земств|секретариат|лиг|муниципалитет|отдел|префектур|комендатур|спецкомендатур"
    r"|академи)[а-яё]*",
    re.IGNORECASE,
)
