"""Dates in English and Russian as Mentions of type "date" with a normalised DateValue.

English: own rules (``dates_en``) for exact, partial and vague forms. Russian
(``dates_ru``): natasha's DatesExtractor (with a MorphVocab passed in or built once)
plus rules for what it misses, and transliterated Russian in Latin script. Offsets
(``dates_relative``): "two months later" from the date named before, "three months
ago" from the document date. Site chrome contributes only full dates (a byline's
"Monday 23 October 2023"). A missing year comes from the context:
an explicit year shortly before in the same segment, else the document year for a
dated primary source, else the last year named before in the document, else the
document year. Nothing is filled from today's date.
"""

from __future__ import annotations

import re
from typing import Any

from letopis.extract.dates_en import DateHit, YearFor, find_dates_en, select
from letopis.extract.dates_relative import find_anchored, find_deictic
from letopis.extract.dates_ru import natasha_ru, rules_ru, translit_ru
from letopis.model import DateValue, Document, Mention, Segment

NAME = "letopis.dates.v1"
_EXPLICIT_YEAR = re.compile(r"(?<![\d,.])\b(1[5-9]\d\d|20\d\d)\b(?![,.]\d)")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_CONTEXT_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁ])")

_TRANSLIT_HINT = re.compile(r"\d\s*(?:g\.|goda|godu|gg\.)|-(?:kh|e|ykh|ikh)\s+(?:god|gg\.)", re.IGNORECASE)


class DateRecogniser:
    """Adds date Mentions (English and Russian) with ``date=DateValue``."""

    name = NAME

    def __init__(self, morph_vocab: Any = None) -> None:
        self._morph_vocab = morph_vocab
        self._ru: Any = None

    def __call__(self, doc: Document) -> Document:
        """Return ``doc`` with date mentions for every segment (in site chrome only full dates)."""
        segments = doc.segments or (Segment(0, "paragraph", 0, len(doc.text)),)
        doc_year = _doc_year(doc)
        primary = "primary" in (doc.meta.genre or "").lower()
        years = [(m.start(), int(m.group(1))) for m in _EXPLICIT_YEAR.finditer(doc.text)]
        new: list[Mention] = []
        carried: DateValue | None = None
        for seg in segments:
            seg_text = doc.text[seg.start : seg.end]
            year_for = _year_for(seg, years, doc_year, primary, doc.text)
            hits = self._find(seg_text, year_for)
            if seg.kind == "chrome":
                hits = [h for h in hits if _full_date(seg_text, h)]
            else:
                hits = select(hits + find_anchored(seg_text, hits, carried) + find_deictic(seg_text, doc.meta.date))
                anchors = [h for h in hits if h.value.start and h.value.end]
                carried = max(anchors, key=lambda h: h.end).value if anchors else carried
            new.extend(_mention(doc.text, seg, h) for h in hits)
        return doc.replace(mentions=doc.mentions + tuple(new))

    def _find(self, text: str, year_for: YearFor) -> list[DateHit]:
        hits = find_dates_en(text, year_for)
        if _TRANSLIT_HINT.search(text):
            hits = select(hits + translit_ru(text))
        if _CYRILLIC.search(text):
            hits = select(hits + rules_ru(text, year_for) + natasha_ru(self._extractor(), text, year_for))
        return hits

    def _extractor(self) -> Any:
        if self._ru is None:
            from natasha import DatesExtractor, MorphVocab

            self._morph_vocab = self._morph_vocab or MorphVocab()
            self._ru = DatesExtractor(self._morph_vocab)
        return self._ru


def _full_date(text: str, hit: DateHit) -> bool:
    """A day with its year written out ("Monday 23 October 2023"): the only dates taken from site chrome."""
    return hit.value.precision == "day" and bool(_EXPLICIT_YEAR.search(text, hit.start, hit.end))


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


def _mention(text: str, seg: Segment, hit: DateHit) -> Mention:
    start, end = seg.start + hit.start, seg.start + hit.end
    return Mention(start=start, end=end, text=text[start:end], type="date", norm=hit.value.iso,
                   segment=seg.index, extractor=NAME, date=hit.value)
