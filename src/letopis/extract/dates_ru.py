"""Russian dates: natasha's DatesExtractor plus rules for what it misses, and transliterated Russian.

natasha finds «1 сентября 1923 г.», «в марте 1923 года», «19 марта» (the year then comes from
``year_for``; «19 марта сего года» is extended over the relative year). The rules add parts of
months and years («в конце августа», «в начале 1921 г.»), seasons («осенью 1920 г.», «весной этого
года», «летом»), ranges of years, months and days («1920–1922 гг.», «в январе–марте 1923 г.», «1–3
августа»), open intervals («с 1917 г.», «после 1917 г.»; «до 1917 г.» is left a year: before or until) and decades («в начале 1920-х годов»).
Transliterated titles in bibliographies («v nachale 1920-kh godov», «1 sentiabria 1923 g.») get the
same treatment in Latin script.
"""

from __future__ import annotations

import re
from typing import Any

from letopis.extract import date_values as dv
from letopis.extract.dates_en import DateHit, YearFor

_I = re.IGNORECASE
_MON = (r"(январ[ьяе]|феврал[ьяе]|март[аеу]?|апрел[ьяе]|ма[йяею]|июн[ьяе]|июл[ьяе]|август[аеу]?|"
        r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])\b")
_MON_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
              "декабр")
_G = r"(?:\s*(?:гг?\.|года|году|год)(?=\W|$))?"
_YEAR = r"(1[5-9]\d\d|20\d\d)"
_REL = r"((?:этого|сего|текущего|нынешнего|прошлого|прошедшего|будущего|следующего|того\s+же)\s+года\b|с\.\s?г\.)"
REL_OFFSET = {"этого": 0, "сего": 0, "текущего": 0, "нынешнего": 0, "прошлого": -1, "прошедшего": -1, "будущего": 1,
              "следующего": 1, "того же": -999}
_REL_RX = re.compile(_REL, _I)
_PART = (r"(начале|середине|конце|начала|середины|конца|первой\s+половине|второй\s+половине|первых\s+числах|последних\s+числах|"
         r"первой\s+декаде|последней\s+декаде)")
_PART_KEY = (("начал", "early"), ("середин", "mid"), ("конц", "late"), ("первой", "first half"),
             ("второй", "second half"), ("первых", "early"), ("последн", "late"), ("nachal", "early"),
             ("seredin", "mid"), ("konts", "late"))

_SEASON = re.compile(rf"\b(весн|лет|осен|зим)(?:ой|ом|ью|а|о|ы|е|у)?\s+(?:{_YEAR}{_G}|{_REL})", _I)
_SEASON_BARE = re.compile(r"\b(весн|лет|осен|зим)(?:ой|ом|ью)\b(?!\s+(?:\d|этого|сего|текущего|нынешн|прошл|будущ|след))", _I)
_DECADE = re.compile(r"\b(?:(?:в\s+)?(начал|середин|конц)\w*\s+)?(1[5-9]\d0|20\d0)-(?:х|е)\s*(?:гг\.|годов|годах|годы)?",
                     _I)
_PART_MONTH = re.compile(rf"\b{_PART}\s+{_MON}(?:\s+{_YEAR}{_G}|\s+{_REL})?", _I)
_PART_YEAR = re.compile(rf"\b{_PART}\s+{_YEAR}(?:\s*(?:гг?\.|года|году|год)(?=\W|$))", _I)
_YEARS = re.compile(rf"(?<![\d,.])(?:\bс\s+)?{_YEAR}\s*(?:[-–—]|\s+по\s+)\s*(\d{{4}}|\d{{2}})\s*(?:гг\.|г\.г\.|годах|"
                    r"годов|годы|годам|года|г\.)", _I)
_MONTHS = re.compile(rf"(?:\bс\s+)?\b{_MON}\s*(?:[-–—]|\s+и\s+|\s+или\s+|\s+по\s+)\s*{_MON}(?:\s+{_YEAR}{_G}|\s+{_REL})?", _I)
_DAYS = re.compile(rf"(?<![\d.,])(?<!\d,\s)\b(\d{{1,2}})\s*(?:[-–—]|\s+и\s+)\s*(\d{{1,2}})\s+{_MON}(?:\s+{_YEAR}{_G}|\s+{_REL})?", _I)
_MONTH_REL = re.compile(rf"\b{_MON}\s+{_REL}", _I)
_MONTH_BARE = re.compile(rf"\b(?:в|во|с|со|до|к|по|после)\s+{_MON}(?!\s*(?:\d|этого|сего|текущего|нынешн|прошл|будущ|след))", _I)
_OPEN = re.compile(rf"\b(после|с)\s+{_YEAR}(?:\s*(?:г\.|года|г)(?=\W|$))(?!\s*(?:[-–—]|по\s))", _I)

_TR_MON = (r"(ianvar|yanvar|fevral|mart|aprel|mai|maia|mae|iiun|iyun|iiul|iyul|avgust|sentiabr|sentyabr|"
           r"oktiabr|oktyabr|noiabr|noyabr|dekabr)(?:ia|ya|e|a|i|ie)?")
_TR_MON_NUM = {"ianvar": 1, "yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "mai": 5, "maia": 5, "mae": 5,
               "iiun": 6, "iyun": 6, "iiul": 7, "iyul": 7, "avgust": 8, "sentiabr": 9, "sentyabr": 9,
               "oktiabr": 10, "oktyabr": 10, "noiabr": 11, "noyabr": 11, "dekabr": 12}
_TR_G = r"\s*(?:g\.|goda|godu|gg\.)"
_TR_DECADE = re.compile(r"\b(?:(?:v\s+)?(nachal|seredin|konts)\w*\s+)?(1[5-9]\d0|20\d0)-(?:kh|e|ykh|ikh)\s+"
                        r"(?:godov|godakh|gody|gg\.)", _I)
_TR_DAY = re.compile(rf"\b(\d{{1,2}})\s+{_TR_MON}\s+{_YEAR}(?:{_TR_G})?", _I)
_TR_MONTH = re.compile(rf"\b{_TR_MON}\s+{_YEAR}{_TR_G}", _I)


def rel_offset(phrase: str) -> int:
    """The year offset of «этого года» (0), «прошлого года» (-1), «с.г.» (0); «того же года» is the year in context."""
    p = phrase.lower()
    return 0 if p.startswith("с.") else REL_OFFSET[" ".join(p.split()[:-1])]


def month_ru(word: str) -> int:
    """The month number of a Russian month word in any case («марте», «сентября»)."""
    w = word.lower()
    return next(i for i, stem in enumerate(_MON_STEMS, start=1) if w.startswith(stem))


def _part_key(word: str) -> str:
    w = word.lower()
    if "декад" in w:
        return "early" if w.startswith("перв") else "late"
    return next(key for stem, key in _PART_KEY if w.startswith(stem))


def _year(m: re.Match[str], g_year: int, g_rel: int, year_for: YearFor) -> int | None:
    if m.group(g_year):
        return int(m.group(g_year))
    if m.group(g_rel):
        return year_for(m.start(), rel_offset(m.group(g_rel)))
    return year_for(m.start(), -999)


def rules_ru(text: str, year_for: YearFor) -> list[DateHit]:
    """Russian forms natasha does not find whole (see the module docstring); rank 1 beats natasha's."""
    hits: list[DateHit] = []

    def add(m: re.Match[str], value: Any, start: int | None = None) -> None:
        if value is not None:
            hits.append(DateHit(m.start() if start is None else start, m.end(), value, 1))

    for m in _SEASON.finditer(text):
        y = _year(m, 2, 3, year_for)
        add(m, dv.season(y, m.group(1).lower()) if y else None)
    for m in _SEASON_BARE.finditer(text):
        y = year_for(m.start(), -999)
        add(m, dv.season(y, m.group(1).lower()) if y else None)
    for m in _DECADE.finditer(text):
        add(m, dv.decade(int(m.group(2)), _part_key(m.group(1)) if m.group(1) else None))
    for m in _PART_MONTH.finditer(text):
        y = _year(m, 3, 4, year_for)
        add(m, dv.part_of_month(y, month_ru(m.group(2)), _part_key(m.group(1))) if y else None)
    for m in _PART_YEAR.finditer(text):
        add(m, dv.part_of_year(int(m.group(2)), _part_key(m.group(1))))
    for m in _YEARS.finditer(text):
        a = int(m.group(1))
        b = dv.expand_year(a, m.group(2))
        add(m, dv.years(a, b) if a < b <= a + 100 else None)
    for m in _MONTHS.finditer(text):
        y = _year(m, 3, 4, year_for)
        m1, m2 = month_ru(m.group(1)), month_ru(m.group(2))
        add(m, dv.months(y - 1 if m1 > m2 else y, m1, y, m2) if y else None)
    for m in _DAYS.finditer(text):
        y = _year(m, 4, 5, year_for)
        mon = month_ru(m.group(3))
        a, b = (dv.day(y, mon, int(m.group(1))), dv.day(y, mon, int(m.group(2)))) if y else (None, None)
        add(m, dv.days(a, b) if a and b and a.start < b.start else None)
    for m in _MONTH_REL.finditer(text):
        y = year_for(m.start(), rel_offset(m.group(2)))
        add(m, dv.month(y, month_ru(m.group(1))) if y else None)
    for m in _MONTH_BARE.finditer(text):
        y = year_for(m.start(), -999)
        add(m, dv.month(y, month_ru(m.group(1))) if y else None, m.start(1))
    for m in _OPEN.finditer(text):
        y = int(m.group(2))
        add(m, dv.after(y))
    return hits


def translit_ru(text: str) -> list[DateHit]:
    """Transliterated Russian dates in Latin script (titles in bibliographies); rank 1."""
    hits: list[DateHit] = []
    for m in _TR_DECADE.finditer(text):
        part = _part_key(m.group(1)) if m.group(1) else None
        hits.append(DateHit(m.start(), m.end(), dv.decade(int(m.group(2)), part), 1))
    for m in _TR_DAY.finditer(text):
        value = dv.day(int(m.group(3)), _TR_MON_NUM[m.group(2).lower()], int(m.group(1)))
        if value is not None:
            hits.append(DateHit(m.start(), m.end(), value, 1))
    for m in _TR_MONTH.finditer(text):
        hits.append(DateHit(m.start(), m.end(), dv.month(int(m.group(2)), _TR_MON_NUM[m.group(1).lower()]), 1))
    return hits


def natasha_ru(extractor: Any, text: str, year_for: YearFor) -> list[DateHit]:
    """natasha's dates; a missing year from ``year_for``, «… этого года» taken into the span."""
    hits: list[DateHit] = []
    for m in extractor(text):
        fact = m.fact
        rel = _REL_RX.match(text, m.stop + 1) if m.stop < len(text) else None
        if fact.year:
            y = fact.year
        else:
            y = year_for(m.start, rel_offset(rel.group(1)) if rel else -999)
        value = _fact_value(y, fact.month, fact.day)
        if value is not None:
            hits.append(DateHit(m.start, rel.end() if rel and not fact.year else m.stop, value, 20))
    return hits


def _fact_value(y: int | None, month: int | None, day: int | None) -> Any:
    if y is None:
        return None
    if month and day:
        return dv.day(y, month, day)
    if month:
        return dv.month(y, month)
    return dv.year(y)
