"""Building DateValues: days, months, seasons, parts of months, years, decades and intervals."""

from __future__ import annotations

import calendar
from datetime import date as _date
from datetime import timedelta as _timedelta

from letopis.model import DateValue

MONTHS_EN = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
           "весн": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (12, 2)}
PARTS_OF_MONTH = {"early": (1, 10), "beginning": (1, 10), "mid": (11, 20), "middle": (11, 20),
                  "late": (21, 0), "end": (21, 0), "first half": (1, 15), "second half": (16, 0)}
PARTS_OF_YEAR = {"early": (1, 4), "beginning": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12),
                 "end": (9, 12), "first half": (1, 6), "second half": (7, 12)}


def last_day(year: int, month: int) -> int:
    """The number of days of a month."""
    return calendar.monthrange(year, month)[1]


def day(year: int, month: int, d: int) -> DateValue | None:
    """A single day, or None when it does not exist (February 30)."""
    if not (1 <= month <= 12) or not (1 <= d <= last_day(year, month)):
        return None
    iso = f"{year:04d}-{month:02d}-{d:02d}"
    return DateValue(iso, iso, "day", iso)


def month(year: int, m: int) -> DateValue:
    """A whole month."""
    return DateValue(f"{year:04d}-{m:02d}-01", f"{year:04d}-{m:02d}-{last_day(year, m):02d}", "month",
                     f"{year:04d}-{m:02d}")


def year(y: int) -> DateValue:
    """A whole year."""
    return DateValue(f"{y:04d}-01-01", f"{y:04d}-12-31", "year", f"{y:04d}")


def years(a: int, b: int, precision: str = "interval") -> DateValue:
    """Years a to b inclusive ("1920-22", "the 1920s")."""
    return DateValue(f"{a:04d}-01-01", f"{b:04d}-12-31", precision, f"{a:04d}/{b:04d}")


def months(y1: int, m1: int, y2: int, m2: int, precision: str = "interval") -> DateValue:
    """Month m1 of y1 to month m2 of y2 ("February-March 1921", "spring of 1921")."""
    return DateValue(f"{y1:04d}-{m1:02d}-01", f"{y2:04d}-{m2:02d}-{last_day(y2, m2):02d}", precision,
                     f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}")


def days(a: DateValue, b: DateValue) -> DateValue:
    """From the start of ``a`` to the end of ``b``."""
    return DateValue(a.start, b.end, "interval", f"{a.start}/{b.end}")


def season(y: int, name: str) -> DateValue:
    """A season of a year (winter runs into the next year)."""
    key = next(k for k in SEASONS if name.lower().startswith(k))
    m1, m2 = SEASONS[key]
    return months(y, m1, y + 1 if m2 < m1 else y, m2, "season")


def part_of_month(y: int, m: int, part: str) -> DateValue:
    """Early / mid / late / first half / second half of a month."""
    d1, d2 = PARTS_OF_MONTH[part]
    d2 = d2 or last_day(y, m)
    s, e = f"{y:04d}-{m:02d}-{d1:02d}", f"{y:04d}-{m:02d}-{d2:02d}"
    return DateValue(s, e, "interval", f"{s}/{e}")


def part_of_year(y: int, part: str) -> DateValue:
    """Early / mid / late year: early 1921 = January-April."""
    m1, m2 = PARTS_OF_YEAR[part]
    return months(y, m1, y, m2)


def decade(y: int, part: str | None = None) -> DateValue:
    """The 1920s; early (0-3), mid (4-6), late (7-9) 1920s."""
    if part in ("early", "beginning"):
        return years(y, y + 3)
    if part in ("mid", "middle"):
        return years(y + 4, y + 6)
    if part in ("late", "end"):
        return years(y + 7, y + 9)
    return years(y, y + 9, "decade")


def before(y: int) -> DateValue:
    """Open interval ending the year before ``y`` ("pre-1917" = ../1916)."""
    return DateValue(None, f"{y - 1:04d}-12-31", "interval", f"../{y - 1:04d}")


def after(y: int) -> DateValue:
    """Open interval starting with ``y`` ("after 1917" = 1917/..)."""
    return DateValue(f"{y:04d}-01-01", None, "interval", f"{y:04d}/..")


def expand_year(first: int, short: str) -> int:
    """The second year of "1920-22" or "1918-30" (same century as the first)."""
    if len(short) == 4:
        return int(short)
    base = first - first % (10 ** len(short))
    second = base + int(short)
    return second if second >= first else second + 10 ** len(short)


def shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    """Year and month ``n`` months after (or, for negative ``n``, before) month ``m`` of ``y``."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift(value: DateValue, n: int, unit: str) -> DateValue | None:
    """``value`` moved by ``n`` days, weeks, months or years, keeping its precision where it can.

    A day or month moved by months is a month ("five months later" than 3 February is July); a day
    moved by days or weeks stays a day; a year moved by years stays a year; anything coarser than the
    unit becomes the interval of the moved bounds. Open intervals have no point to move from.
    """
    if value.start is None or value.end is None:
        return None
    if unit in ("day", "week"):
        if value.precision != "day":
            return None
        d = _date.fromisoformat(value.start) + _timedelta(days=n * (7 if unit == "week" else 1))
        return day(d.year, d.month, d.day)
    months_n = n * (12 if unit == "year" else 120 if unit == "decade" else 1)
    y1, m1 = shift_month(int(value.start[:4]), int(value.start[5:7]), months_n)
    y2, m2 = shift_month(int(value.end[:4]), int(value.end[5:7]), months_n)
    if unit == "month" and value.precision in ("day", "month"):
        return month(y1, m1)
    if unit != "month" and value.precision in ("day", "month", "year", "season"):
        return year(y1)
    if (m1, m2) == (1, 12):
        return years(y1, y2)
    return months(y1, m1, y2, m2)


def back_from(ref: str, n: int, unit: str) -> tuple[str, str] | None:
    """The ISO day ``n`` units before the ISO day ``ref`` (for "three months ago"), and ``ref``."""
    try:
        d = _date.fromisoformat(ref[:10])
    except ValueError:
        return None
    if unit in ("day", "week"):
        b = d - _timedelta(days=n * (7 if unit == "week" else 1))
    else:
        y, m = shift_month(d.year, d.month, -n * (12 if unit == "year" else 120 if unit == "decade" else 1))
        b = _date(y, m, min(d.day, last_day(y, m)))
    return b.isoformat(), d.isoformat()


def day_span(start: str, end: str) -> DateValue:
    """An interval between two ISO days ("over the past three months": 1923-06-01/1923-09-01)."""
    return DateValue(start, end, "interval", f"{start}/{end}")
