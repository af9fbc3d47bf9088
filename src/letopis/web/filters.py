"""Jinja filters and globals: dates with their precision, query strings, claim wording."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment

from letopis.model import HEDGES

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip
_SEASONS = {"03": "spring", "04": "spring", "05": "spring", "06": "summer", "07": "summer", "08": "summer",
            "09": "autumn", "10": "autumn", "11": "autumn", "12": "winter", "01": "winter", "02": "winter"}  # fmt: skip
SCRIPT_NAMES = {"latn": "Latin script", "cyrl": "Cyrillic script"}


def human_date(iso: str | None, precision: str | None = None) -> str:
    """1923-09-01 -> 1 September 1923; 1923-09 -> September 1923; season precision -> autumn 1923."""
    if not iso:
        return ""
    parts = iso.split("-")
    year = parts[0]
    if precision == "season" and len(parts) > 1:
        return f"{_SEASONS.get(parts[1], '')} {year}".strip()
    if precision == "decade":
        return f"{year[:3]}0s"
    if len(parts) >= 3 and precision not in ("month", "year"):
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {year}"
    if len(parts) >= 2 and precision != "year":
        return f"{_MONTHS[int(parts[1]) - 1]} {year}"
    return year


def claim_time(time: dict[str, Any] | None) -> str:
    """A claim's time as words, its precision shown (a day, a month, a season, an interval)."""
    if not time:
        return ""
    start, end, precision = time.get("start"), time.get("end"), time.get("precision")
    if precision == "interval" or (end and start and end[:4] != start[:4] and precision not in ("decade",)):
        return f"{human_date(start)} – {human_date(end)}"
    return human_date(start or end, precision)


def qs(base: dict[str, Any], **changes: Any) -> str:
    """A query string from ``base`` with ``changes`` (None removes a key)."""
    merged = {**base, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def hedge_rank(hedge: str) -> int:
    return HEDGES.index(hedge) if hedge in HEDGES else len(HEDGES)


def predicate_words(predicate: str) -> str:
    return predicate.replace("_", " ")


def install(env: Environment) -> None:
    """Register the filters and globals on ``env``."""
    env.filters.update(
        human_date=human_date, claim_time=claim_time, hedge_rank=hedge_rank, predicate=predicate_words,
        script_name=lambda s: SCRIPT_NAMES.get(s or "", s or "unknown script"),
        thousands=lambda n: f"{n:,}".replace(",", "\u202f") if isinstance(n, int) else n,
    )  # fmt: skip
    env.globals.update(qs=qs, HEDGES=HEDGES)
