"""Dates in English and Russian as Mentions of type "date" with a normalised DateValue.

English: own rules (``dates_en``) for exact, partial and vague forms. Russian:
natasha's DatesExtractor (with a MorphVocab passed in or built once) plus rules
for seasons, decades and "этого года". A missing year comes from the context:
an explicit year shortly before in the same segment, else the document year for a
dated primary source, else the last year named before in the document, else the
document year. Nothing is filled from today's date.
"""

from __future__ import annotations

import re
from typing import Any

from letopis.extract import date_values as dv
from letopis.extract.dates_en import DateHit, YearFor, find_dates_en, select
from letopis.model import Document, Mention, Segment

NAME = "letopis.dates.v1"
_EXPLICIT_YEAR = re.compile(r"(?<![\d,.])\b(1[5-9]\d\d|20\d\d)\b(?![,.]\d)")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_CONTEXT_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁ])")

_RU_SEASON = re.compile(r"\b(весн|лет|осен|зим)(?:ой|ом|ью|а|о|ы|е|у)?\s+(\d{4})\s*(?:г\.|года|год)?", re.IGNORECASE)
_RU_DECADE = re.compile(r"\b(?:(?:в\s+)?(начал|середин|конц)\w*\s+)?(1[5-9]\d0|20\d0)-(?:х|е)\s*(?:гг\.|годов|годах|годы)?",
                        re.IGNORECASE)
_RU_REL = re.compile(r"\b(этого|сего|текущего|прошлого|прошедшего|будущего|следующего)\s+года\b", re.IGNORECASE)
_RU_REL_OFFSET = {"этого": 0, "сего": 0, "текущего": 0, "прошлого": -1, "прошедшего": -1, "будущего": 1,
                  "следующего": 1}
_RU_PART = {"начал": "early", "середин": "mid", "конц": "late"}


class DateRecogniser:
    """Adds date Mentions (English and Russian) with ``date=DateValue``."""

    name = NAME

    def __init__(self, morph_vocab: Any = None) -> None:
        self._morph_vocab = morph_vocab
        self._ru: Any = None

    def __call__(self, doc: Document) -> Document:
        """Return ``doc`` with date mentions for every content segment."""
        segments = doc.content_segments() or (Segment(0, "paragraph", 0, len(doc.text)),)
        doc_year = _doc_year(doc)
        primary = "primary" in (doc.meta.genre or "").lower()
        years = [(m.start(), int(m.group(1))) for m in _EXPLICIT_YEAR.finditer(doc.text)]
        new: list[Mention] = []
        for seg in segments:
            seg_text = doc.text[seg.start : seg.end]
            year_for = _year_for(seg, years, doc_year, primary, doc.text)
            hits = self._find(seg_text, year_for)
            new.extend(_mention(doc.text, seg, h) for h in hits)
        return doc.replace(mentions=doc.mentions + tuple(new))

    def _find(self, text: str, year_for: YearFor) -> list[DateHit]:
        if _CYRILLIC.search(text):
            return select(find_dates_en(text, year_for) + self._find_ru(text, year_for))
        return find_dates_en(text, year_for)

    def _find_ru(self, text: str, year_for: YearFor) -> list[DateHit]:
        hits = [h for h in _ru_rules(text, year_for)]
        for m in self._extractor()(text):
            fact = m.fact
            y = fact.year if fact.year else _ru_year(text, m.stop, m.start, year_for)
            value = _fact_value(y, fact.month, fact.day)
            if value is not None:
                end = _extend_rel(text, m.stop)
                hits.append(DateHit(m.start, end, value, 20))
        return hits

    def _extractor(self) -> Any:
        if self._ru is None:
            from natasha import DatesExtractor, MorphVocab

            self._morph_vocab = self._morph_vocab or MorphVocab()
            self._ru = DatesExtractor(self._morph_vocab)
        return self._ru


def _doc_year(doc: Document) -> int | None:
    m = re.match(r"(\d{4})", doc.meta.date or "")
    return int(m.group(1)) if m else None


def _year_for(seg: Segment, years: list[tuple[int, int]], doc_year: int | None, primary: bool,
              text: str = "") -> YearFor:
    """The function that supplies a missing year at a position of the segment."""

    def year_for(pos: int, offset: int) -> int | None:
        if offset != -999:
            return doc_year + offset if doc_year else None
        absolute = seg.start + pos
        near = [y for p, y in years if seg.start <= p < absolute and absolute - p <= _CONTEXT_CHARS
                and not _SENTENCE_END.search(text, p, absolute)]
        if near:
            return near[-1]
        if primary and doc_year:
            return doc_year
        earlier = [y for p, y in years if p < absolute]
        return earlier[-1] if earlier else doc_year

    return year_for


def _fact_value(y: int | None, month: int | None, day: int | None) -> Any:
    if y is None:
        return None
    if month and day:
        return dv.day(y, month, day)
    if month:
        return dv.month(y, month)
    return dv.year(y)


def _ru_year(text: str, stop: int, start: int, year_for: YearFor) -> int | None:
    rel = _RU_REL.match(text, stop + 1) if stop < len(text) else None
    if rel:
        return year_for(start, _RU_REL_OFFSET[rel.group(1).lower()])
    return year_for(start, -999)


def _extend_rel(text: str, stop: int) -> int:
    rel = _RU_REL.match(text, stop + 1) if stop < len(text) else None
    return rel.end() if rel else stop


def _ru_rules(text: str, year_for: YearFor) -> list[DateHit]:
    hits: list[DateHit] = []
    for m in _RU_SEASON.finditer(text):
        hits.append(DateHit(m.start(), m.end(), dv.season(int(m.group(2)), m.group(1).lower()), 1))
    for m in _RU_DECADE.finditer(text):
        part = _RU_PART.get(m.group(1).lower()) if m.group(1) else None
        hits.append(DateHit(m.start(), m.end(), dv.decade(int(m.group(2)), part), 1))
    return hits


def _mention(text: str, seg: Segment, hit: DateHit) -> Mention:
    start, end = seg.start + hit.start, seg.start + hit.end
    return Mention(start=start, end=end, text=text[start:end], type="date", norm=hit.value.iso,
                   segment=seg.index, extractor=NAME, date=hit.value)
