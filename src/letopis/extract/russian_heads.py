"""Head words of Russian bodies that need rules of their own: Soviet contracted names and unions.

- Soviet bodies by their contracted names are names on their own («губком», «укому РКП(б)»,
  «губпрофсовета»); pymorphy does not know most of them, so their case endings are taken off by rule.
- A union is named by its members: a genitive plural of people right after it («профсоюза
  металлистов», «союза железнодорожников»).
"""

from __future__ import annotations

import re

from letopis.extract.morph import Morph

SOVIET_STEMS = (
    "губисполком|уисполком|волисполком|райисполком|губревком|губпрофсовет|губсовнархоз|губотдел|губчек"
    "|фабзавком|завком|фабком|местком|партком|обком|крайком|волком|губком|уком|райком|горком|женотдел"
    "|наркомтруд|наркомзем|наркомпрос|наркомфин|наркомвнудел|наркомюст|наркомздрав|наркомпуть|наркомпрод"
    "|наркомторг|наркомвоен|наркомнац|наркоминдел|наркомвнешторг|сельсовет|волсовет|поссовет|горсовет"
    "|губфинотдел|уфинотдел|губземотдел|уземотдел|губздравотдел|губоно|уоно|губсоюз|райсоюз|волостком"
    "|нарсуд|губсуд|губпрокуратур|губпродком|упродком|гублеском|губтоп|губсобес|губстатбюро|губкомтруд"
    "|губадмотдел|уадмотдел|адмотдел|губмилиц|уездмилиц|волмилиц|раймилиц|угрозыск|губугрозыск|губкредсоюз"
)
# trusts by their contracted names: «Льнотрест», «Металлотреста», «Текстильтрест»
TRUST = re.compile(r"^[А-ЯЁ][а-яё]+трест(?:а|у|ом|е|ы|ов)?$")
SOVIET_NAME = re.compile(rf"({SOVIET_STEMS})(?:ия|ии|ию|ией|а|у|ом|е|ой|и|ы|ов|ам|ами|ах)?", re.IGNORECASE)

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
    w = re.compile(r"\s+([а-яё]+)").match(text, end)
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
))
ROLES_NOMINATIVE = frozenset(("члены", "секретарь", "председатель", "зав", "зам", "предс", "секр"))
