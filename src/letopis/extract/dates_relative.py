"""Dates given as an offset: from the date named just before, or back from the document date.

Anchored ("two months later", "a year later", "the next two decades", «через два месяца», «полгода
спустя»): the offset is counted from the last date found before the expression in the text (or in
an earlier segment), so "in September 1920 ... two months later" is November 1920. Deictic
("three months ago", "over the past three months", «три месяца назад», «за последние три месяца»):
counted back from the document date, and only when the document has a full date.
"""

from __future__ import annotations

import re

from letopis.extract import date_values as dv
from letopis.extract.dates_en import DateHit
from letopis.model import DateValue

_NUM_EN = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_NUM_RU = {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
           "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
           "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
           "десяти": 10}
_UNIT_EN = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}
_UNIT_RU = {"дн": "day", "де": "day", "су": "day", "не": "week", "ме": "month", "го": "year", "ле": "year"}
_N_EN = r"(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_U_EN = r"(day|week|month|year|decade)s?"
_N_RU = (r"(\d{1,2}|один|одну|одна|два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|"
         r"семи|восемь|восьми|девять|девяти|десять|десяти)")
_U_RU = r"(дн(?:я|ей)|день|сут(?:ки|ок)|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)\b"
_SINGULAR_RU = ("день", "сутки", "неделю", "месяц", "год")
_I = re.IGNORECASE

_LATER_EN = re.compile(rf"\b{_N_EN}\s+{_U_EN}\s+(later|afterwards|after that|earlier)\b", _I)
_NEXT_EN = re.compile(rf"\b(?:the\s+)?(next|following)\s+{_N_EN}\s+{_U_EN}\b", _I)
_AGO_EN = re.compile(rf"\b{_N_EN}\s+{_U_EN}\s+ago\b", _I)
_PAST_EN = re.compile(rf"\b(?:(?:over|in|during|for|within)\s+)?the\s+(?:past|last)\s+{_N_EN}\s+{_U_EN}\b", _I)
_LATER_RU = re.compile(rf"(?:\bчерез\s+{_N_RU}?\s*{_U_RU}|\b{_N_RU}?\s*{_U_RU}\s+(спустя|позже|позднее))"
                       r"|\b(полгода|полтора\s+года)\s+спустя|\bчерез\s+(полгода|полтора\s+года)", _I)
_AGO_RU = re.compile(rf"\b{_N_RU}?\s*{_U_RU}\s+(?:тому\s+)?назад\b", _I)
_PAST_RU = re.compile(rf"\b(?:за|в\s+течение)\s+(?:последн|прошедш)\w*\s+{_N_RU}?\s*{_U_RU}", _I)


_CYRILLIC = re.compile(r"[а-яё]", _I)


def _cues(text: str) -> tuple[str, bool]:
    """The lower-cased text and whether it has Cyrillic (the Russian patterns are skipped without)."""
    return text.lower(), bool(_CYRILLIC.search(text))


def _num(word: str | None, table: dict[str, int]) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else table[word.lower()]


def _unit_ru(stem: str) -> str:
    return _UNIT_RU[stem.lower()[:2]]


def find_anchored(text: str, hits: list[DateHit], carried: DateValue | None) -> list[DateHit]:
    """Offsets from the last date before them: ``hits`` of this text, else ``carried`` from before."""
    found: list[tuple[int, int, int, str, bool]] = []  # start, end, n, unit, span ("the next N years")
    low, ru = _cues(text)
    later = "later" in low or "earlier" in low or "after" in low
    for m in _LATER_EN.finditer(text) if later else ():
        sign = -1 if m.group(3).lower() == "earlier" else 1
        found.append((m.start(), m.end(), sign * _num(m.group(1), _NUM_EN), _UNIT_EN[m.group(2).lower()], False))
    for m in _NEXT_EN.finditer(text) if "next" in low or "following" in low else ():
        found.append((m.start(), m.end(), _num(m.group(2), _NUM_EN), _UNIT_EN[m.group(3).lower()], True))
    for m in _LATER_RU.finditer(text) if ru else ():
        half = m.group(6) or m.group(7)
        if half:
            n, unit = (6, "month") if half.lower() == "полгода" else (18, "month")
        else:
            word, stem = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
            if not word and stem.lower() not in _SINGULAR_RU:
                continue
            n, unit = _num(word, _NUM_RU), _unit_ru(stem)
        found.append((m.start(), m.end(), n, unit, False))
    out: list[DateHit] = []
    for start, end, n, unit, span in sorted(found):
        anchor = _anchor_before(start, hits + out, carried)
        value = _span_from(anchor, n, unit) if span else dv.shift(anchor, n, unit) if anchor else None
        if value is not None:
            s = start + 4 if text[start : start + 4].lower() == "the " else start
            out.append(DateHit(s, end, value, 30))
    return out


def _anchor_before(pos: int, hits: list[DateHit], carried: DateValue | None) -> DateValue | None:
    before = [h for h in hits if h.end <= pos and h.value.start and h.value.end]
    return max(before, key=lambda h: h.end).value if before else carried


def _span_from(anchor: DateValue | None, n: int, unit: str) -> DateValue | None:
    """"the next two decades" after 1921: 1921/1941; "the next three months" after May 1921: May-August."""
    if anchor is None or anchor.start is None:
        return None
    y, m = int(anchor.start[:4]), int(anchor.start[5:7])
    if unit in ("year", "decade"):
        return dv.years(y, y + n * (10 if unit == "decade" else 1))
    if unit == "month":
        y2, m2 = dv.shift_month(y, m, n)
        return dv.months(y, m, y2, m2)
    return None


def find_deictic(text: str, doc_date: str | None) -> list[DateHit]:
    """"N units ago" and "over the past N units", counted back from the document date (YYYY-MM-DD)."""
    if not doc_date or not re.match(r"\d{4}-\d\d-\d\d", doc_date):
        return []
    out: list[DateHit] = []
    low, ru = _cues(text)
    items = [(m, _NUM_EN, False) for m in _AGO_EN.finditer(text)] if " ago" in low else []
    if "past" in low or "last" in low:
        items += [(m, _NUM_EN, True) for m in _PAST_EN.finditer(text)]
    if ru:
        items += [(m, _NUM_RU, False) for m in _AGO_RU.finditer(text)]
        items += [(m, _NUM_RU, True) for m in _PAST_RU.finditer(text)]
    for m, nums, span in items:
        word, stem = m.group(1), m.group(2)
        if nums is _NUM_RU and not word and stem.lower() not in _SINGULAR_RU:
            continue
        n = _num(word, nums)
        unit = _UNIT_EN[stem.lower()] if nums is _NUM_EN else _unit_ru(stem)
        bounds = dv.back_from(doc_date, n, unit)
        if bounds is None:
            continue
        value = dv.day_span(*bounds) if span else _point(bounds[0], unit)
        out.append(DateHit(m.start(), m.end(), value, 30))
    return out


def _point(iso_day: str, unit: str) -> DateValue | None:
    y, m, d = int(iso_day[:4]), int(iso_day[5:7]), int(iso_day[8:10])
    if unit in ("day", "week"):
        return dv.day(y, m, d)
    return dv.month(y, m) if unit == "month" else dv.year(y)
