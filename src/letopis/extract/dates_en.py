"""English date expressions by rules: exact, partial, vague and relative to the document date.

Each rule is a regex and a builder; a builder gets the match and a ``year_for(pos,
offset)`` function that supplies a missing year (the document year for "this year",
or the year in context for "in July"). Nothing is ever filled from today's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from letopis.extract import date_values as dv
from letopis.model import DateValue

YearFor = Callable[[int, int], int | None]

_MON = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_YEAR = r"(1[5-9]\d\d|20\d\d)"
_REL = (r"(?:\s+of\s+(this|the\s+current|the\s+same|the\s+previous|the\s+preceding|last|the\s+last|next|"
        r"the\s+next|the\s+following)\s+year)")
_YSUF = rf"(?:,?\s+{_YEAR}\b(?!\s*[-–]\d)|{_REL})?"
_PART = r"(early|mid-?|middle of|late|the beginning of|the end of|beginning of|end of|(?:the )?(?:first|second) half of)"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_NOT_QUANTITY = r"(?!\s*(?:rubles|roubles|dollars|pounds|marks|francs|kopecks|people|persons|workers|men|women|" \
                r"members|copies|km|miles|tons|poods|puds|strong|-strong|%|per cent|руб|рублей|рубля|человек|" \
                r"рабочих|членов|экз|пудов|тонн|км|верст)\b)"
_REL_OFFSET = {"this": 0, "the current": 0, "the same": 0, "the previous": -1, "the preceding": -1, "last": -1,
               "the last": -1, "next": 1, "the next": 1, "the following": 1}


@dataclass(frozen=True)
class DateHit:
    """A date found in a text: offsets relative to that text, the value, and the rule's rank."""

    start: int
    end: int
    value: DateValue
    rank: int


def _mon(name: str) -> int:
    return dv.MONTHS_EN[name.lower().rstrip(".")]


def _year(m: re.Match[str], year_group: int, rel_group: int, year_for: YearFor) -> int | None:
    if m.group(year_group):
        return int(m.group(year_group))
    rel = m.group(rel_group)
    offset = _REL_OFFSET.get(re.sub(r"\s+", " ", rel), 0) if rel else 0
    return year_for(m.start(), offset if rel else 0) if rel else year_for(m.start(), -999)


def _part_key(part: str) -> str:
    p = part.lower().replace("the ", "").replace(" of", "").rstrip("-").strip()
    return {"middle": "mid", "beginning": "early", "end": "late"}.get(p, p)


def _r_day_first(m: re.Match[str], yf: YearFor) -> DateValue | None:
    y = _year(m, 3, 4, yf)
    return dv.day(y, _mon(m.group(2)), int(m.group(1))) if y else None


def _r_month_day(m: re.Match[str], yf: YearFor) -> DateValue | None:
    y = _year(m, 3, 4, yf)
    return dv.day(y, _mon(m.group(1)), int(m.group(2))) if y else None


def _r_two_days(m: re.Match[str], yf: YearFor) -> DateValue | None:
    y = _year(m, 4, 5, yf)
    if not y:
        return None
    a, b = dv.day(y, _mon(m.group(1)), int(m.group(2))), dv.day(y, _mon(m.group(1)), int(m.group(3)))
    return dv.days(a, b) if a and b and a.start <= b.start else None


def _r_month_range(m: re.Match[str], yf: YearFor) -> DateValue | None:
    y = _year(m, 5, 6, yf)
    if not y:
        return None
    p1, m1, p2, m2 = m.group(1), _mon(m.group(2)), m.group(3), _mon(m.group(4))
    y1 = y - 1 if m1 > m2 else y
    if p1 or p2:
        a = dv.part_of_month(y1, m1, _part_key(p1)) if p1 else dv.month(y1, m1)
        b = dv.part_of_month(y, m2, _part_key(p2)) if p2 else dv.month(y, m2)
        return dv.days(a, b)
    return dv.months(y1, m1, y, m2)


def _r_part_month(m: re.Match[str], yf: YearFor) -> DateValue | None:
    y = _year(m, 3, 4, yf)
    return dv.part_of_month(y, _mon(m.group(2)), _part_key(m.group(1))) if y else None


def _r_month(m: re.Match[str], yf: YearFor) -> DateValue | None:
    if m.group(3) is None and m.group(4) is None and not _bare_month_ok(m):
        return None
    y = _year(m, 3, 4, yf)
    return dv.month(y, _mon(m.group(2))) if y else None


def _bare_month_ok(m: re.Match[str]) -> bool:
    prep = (m.group(1) or "").strip().lower()
    return bool(prep) and (m.group(2) != "May" or prep in ("in", "since", "until", "from", "during", "of", "by"))


def _r_season(m: re.Match[str], yf: YearFor) -> DateValue | None:
    y = int(m.group(2)) if m.group(2) else None
    if y is None:
        rel = m.group(3)
        y = yf(m.start(), _REL_OFFSET.get(re.sub(r"\s+", " ", rel), 0) if rel else -999)
    return dv.season(y, m.group(1)) if y else None


def _r_decade(m: re.Match[str], yf: YearFor) -> DateValue | None:
    part = _part_key(m.group(1)) if m.group(1) else None
    first = dv.decade(int(m.group(2)), part)
    if m.group(3):
        last = dv.decade(int(m.group(3)))
        return dv.years(int(first.start[:4]), int(last.end[:4]))
    return first


def _r_part_year(m: re.Match[str], yf: YearFor) -> DateValue | None:
    return dv.part_of_year(int(m.group(2)), _part_key(m.group(1)))


def _r_year_range(m: re.Match[str], yf: YearFor) -> DateValue | None:
    a = int(m.group(1))
    b = dv.expand_year(a, m.group(2))
    return dv.years(a, b) if a < b <= a + 100 else None


def _r_before(m: re.Match[str], yf: YearFor) -> DateValue | None:
    return dv.before(int(m.group(1)))


def _r_after(m: re.Match[str], yf: YearFor) -> DateValue | None:
    return dv.after(int(m.group(1)))


def _r_year(m: re.Match[str], yf: YearFor) -> DateValue | None:
    return dv.year(int(m.group(1)))


def _r_this_year(m: re.Match[str], yf: YearFor) -> DateValue | None:
    y = yf(m.start(), _REL_OFFSET.get(re.sub(r"\s+", " ", m.group(1).lower()), 0))
    return dv.year(y) if y else None


_I = re.IGNORECASE
RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], YearFor], DateValue | None]]] = [
    (re.compile(rf"\b{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}{_YSUF}"), _r_day_first),
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+and\s+|\s*[-–]\s*)(\d{{1,2}})\b{_YSUF}"),
     _r_two_days),
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d){_YSUF}"), _r_month_day),
    (re.compile(rf"\b(?:[Bb]etween\s+|[Ff]rom\s+)?(?:{_PART}\s*)?{_MON}\s*(?:-|–|\s+and\s+|\s+or\s+|\s+to\s+)"
                rf"(?:{_PART}\s*)?{_MON}{_YSUF}"), _r_month_range),
    (re.compile(rf"\b{_PART}\s*{_MON}{_YSUF}", _I), _r_part_month),
    (re.compile(rf"(\b(?:in|since|until|till|by|from|during|of|to|before|after|In|Since|Until|By|From|During)"
                rf"\s+)?\b{_MON}{_YSUF}"), _r_month),
    (re.compile(rf"\b(spring|summer|autumn|fall|winter)(?:\s+of)?\s+{_YEAR}\b", _I), _r_season),
    (re.compile(rf"(?<=\b[Tt]he\s)(spring|summer|autumn|winter)(?:(?!\s+of\s+\d)(){_REL}?)", _I), _r_season),
    (re.compile(r"\b(early|mid-?|late)?\s*(?:the\s+)?(1[5-9]\d0|20\d0)[’']?s\b(?:\s+and\s+(?:the\s+)?"
                r"(1[5-9]\d0|20\d0)[’']?s\b)?", _I), _r_decade),
    (re.compile(rf"\b(early|mid-|late)\s*{_YEAR}\b(?!\s*[-–]\d)", _I), _r_part_year),
    (re.compile(r"(?<![\d,.])\b(1[5-9]\d\d|20\d\d)\s*[-–]\s*(\d{4}|\d{2})\b(?![-–.,]?\d)"), _r_year_range),
    (re.compile(rf"\b(?:pre-|prior to |before )\s*{_YEAR}\b(?!\s*[-–]\d)", _I), _r_before),
    (re.compile(rf"\b(?:after|since|post-)\s*{_YEAR}\b(?!\s*[-–]\d)", _I), _r_after),
    (re.compile(r"\b(this|last|next)\s+year\b", _I), _r_this_year),
    (re.compile(rf"(?<![\d,.$№#/])(?<!No\. )(?<!pp\. )(?<!p\. )\b{_YEAR}\b(?![,.]\d|[-–/]\d){_NOT_QUANTITY}"),
     _r_year),
]


def find_dates_en(text: str, year_for: YearFor) -> list[DateHit]:
    """All English date expressions of ``text``, longest first, without overlaps."""
    hits: list[DateHit] = []
    for rank, (rx, build) in enumerate(RULES):
        for m in rx.finditer(text):
            value = build(m, year_for)
            if value is not None:
                s, e = _trim(text, m.start(), m.end())
                if build is _r_month and m.group(1):
                    s = m.start(2)
                hits.append(DateHit(s, e, value, rank))
    return select(hits)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " ,.;:":
        e -= 1
    while s < e and text[s] == " ":
        s += 1
    if text[s : s + 4] in ("the ", "The ") and e - s > 4:
        s += 4
    return s, e


def select(hits: list[DateHit]) -> list[DateHit]:
    """Keep the longest hits (then the earliest rule) that do not overlap."""
    chosen: list[DateHit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.rank, h.start)):
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)
