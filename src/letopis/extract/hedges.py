"""Hedges: how sure a sentence is of what it says (asserted ... refuted), English and Russian cues.

The levels are those of ``letopis.model.HEDGES``. A sentence may carry several
cues ("He denied any connection, and historians have found no evidence");
:func:`find_hedges` returns all of them and :func:`strongest` picks the one a
claim takes when one level must be chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE | re.UNICODE

# The order in which one level overrides another when a sentence has several cues.
PRIORITY: tuple[str, ...] = ("refuted", "denied", "suspected", "probable", "reported", "asserted")

EN_HEDGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("refuted", re.compile(
        r"\bno (?:evidence|proof|trace|indication)\b|\bfound no\b|\bbaseless\b|\bunfounded\b"
        r"|\buntrue\b|\bnot bear (?:this|it) out\b|\bthere is nothing to (?:show|suggest)\b", _I)),
    ("denied", re.compile(
        r"\bden(?:y|ied|ies|ying)\b|\bdistanc\w+ (?:him|her|them)sel(?:f|ves)\b|\bdisavow\w*"
        r"|\brepudiat\w*|\bnow oppose[sd]? the\b|\brenounc\w+ (?:his|her|their) (?:membership|ties)\b", _I)),
    ("suspected", re.compile(
        r"\bsuspici\w+|\bsuspect(?:ed|s)?\b|\bsupposed(?:ly)?\b|\baccused\b", _I)),
    ("probable", re.compile(
        r"\blikely\b|\bprobabl[ey]\b|\bapparent(?:ly)?\b|\bpresumabl[ey]\b|\bpossibl[ey]\b"
        r"|\bappears? to\b|\bseems? to\b|\bplausibl[ey]\b|\bmay (?:be|have)\b|\bmight\b", _I)),
    ("reported", re.compile(
        r"\baccording to\b|\balleged(?:ly)?\b|\breported(?:ly)?\b|\breports?\b|\bclaim(?:ed|s)\b"
        r"|\bpurported(?:ly)?\b|\brumou?rs?\b|\bis said to\b|\bwere said to\b", _I)),
)

RU_HEDGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("refuted", re.compile(
        r"\bнет (?:данных|доказательств|сведений|оснований)\b|\bне подтверди\w*|\bопроверг\w*"
        r"|\bне наш\w+ (?:доказательств|подтвержден)\w*|\bбезосновательн\w*|\bнеправд\w*", _I)),
    ("denied", re.compile(r"\bотрица\w*|\bотрицал\w*|\bотмежева\w*|\bоткрестил\w*|\bотрекся\b", _I)),
    ("suspected", re.compile(r"\bподозр\w*|\bпредполагаем\w*|\bобвиня\w*", _I)),
    ("probable", re.compile(
        r"\bвероятн\w*|\bпо-видимому\b|\bвидимо\b|\bвозможно\b|\bпредположительно\b"
        r"|\bпо всей видимости\b|\bочевидно\b|\bкажется\b", _I)),
    ("reported", re.compile(
        r"\bпо (?:сведениям|данным|словам|сообщени\w+|информации)\b|\bякобы\b|\bсогласно\b"
        r"|\bсообща\w*|\bкак сообщается\b|\bутвержда\w*|\bслухи\b", _I)),
)


@dataclass(frozen=True)
class HedgeCue:
    """A hedge cue found in a text: its level and span (relative to the text searched)."""

    hedge: str
    start: int
    end: int
    text: str


def find_hedges(text: str, lang: str = "en") -> list[HedgeCue]:
    """Every hedge cue in ``text``, in text order."""
    table = RU_HEDGES if lang == "ru" else EN_HEDGES
    found = [
        HedgeCue(level, m.start(), m.end(), m.group(0)) for level, pattern in table for m in pattern.finditer(text)
    ]
    return sorted(found, key=lambda c: c.start)


def strongest(levels: set[str] | list[str] | tuple[str, ...]) -> str:
    """The level that wins among several (refuted > denied > suspected > probable > reported)."""
    for level in PRIORITY:
        if level in levels:
            return level
    return "asserted"


def sentence_hedge(text: str, lang: str = "en") -> str:
    """The one hedge level a sentence takes on its own ("asserted" without a cue)."""
    return strongest({c.hedge for c in find_hedges(text, lang)})
