"""Sentences and the context a claim needs: razdel sentences per content segment, report frames.

A *frame* is what a lead-in paragraph hands on to the paragraphs after it:
"A particularly noteworthy report comes from Comrade X:" opens a report by X;
"According to reports, probable cells exist at the following factories:"
hands "probable" and "reports" to the numbered items that follow
("1. Zorky Plant: Participants include ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from razdel import sentenize

from letopis.model import ENTITY_TYPES, Document, Mention, Segment

_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[a-zа-я])[.)]\s")
_CLOSES_FRAME = re.compile(r"^\s*(?:this|these|such) (?:report|reports|information|statement)\b"
                           r"|^\s*(?:это|эти|данн\w+) (?:сообщени|сведени|донесени)", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a content segment, with absolute offsets."""

    start: int
    end: int
    segment: int
    position: int  # index of the sentence within its segment


@dataclass
class Frame:
    """Voices and hedges a lead-in paragraph hands on to the following segments."""

    voices: list = field(default_factory=list)  # list[FoundVoice]
    hedges: set = field(default_factory=set)
    numbered: bool | None = None  # whether the segments it covers are numbered items
    start: int | None = None  # where the lead-in paragraph starts (antecedents are looked for from there)
    topic: int | None = None  # the organisation the lead-in names (the group of "Participants include ...")


def sentences(doc: Document, seg: Segment, index: MentionIndex | None = None) -> list[Sentence]:
    """razdel sentences of one segment; a split inside brackets or inside a mention is undone."""
    text = doc.text[seg.start:seg.end]
    spans = [(s.start, s.stop) for s in sentenize(text)]
    idx = index.within(seg.start, seg.end, ENTITY_TYPES) if index else range(len(doc.mentions))
    inside = [(doc.mentions[i].start - seg.start, doc.mentions[i].end - seg.start) for i in idx
              if seg.start <= doc.mentions[i].start < seg.end]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _must_join(text, merged[-1], start, inside):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [Sentence(seg.start + s, seg.start + e, seg.index, i) for i, (s, e) in enumerate(merged)]


def _must_join(text: str, prev: tuple[int, int], start: int, inside: list[tuple[int, int]]) -> bool:
    chunk = text[prev[0]:prev[1]]
    if chunk.count("(") > chunk.count(")") or chunk.count("«") > chunk.count("»"):
        return True
    return any(ms < start < me for ms, me in inside)


def is_numbered(doc: Document, seg: Segment) -> bool:
    """A numbered paragraph or list item ("1. Zorky Plant: ...")."""
    return seg.kind == "list_item" or bool(_NUMBERED.match(doc.text[seg.start:seg.end]))


def frame_continues(doc: Document, seg: Segment, frame: Frame) -> bool:
    """Whether ``frame`` still covers ``seg`` (not after a heading, a change of numbering or 'this report')."""
    if seg.kind in ("heading", "footnote"):
        return False
    numbered = is_numbered(doc, seg)
    if frame.numbered is None:
        frame.numbered = numbered
        return True
    if numbered != frame.numbered:
        return False
    return not _CLOSES_FRAME.match(doc.text[seg.start:seg.end])


def opens_frame(doc: Document, seg: Segment) -> bool:
    """A lead-in: a paragraph or item whose text ends with a colon."""
    return seg.kind != "heading" and doc.text[seg.start:seg.end].rstrip().endswith(":")


class MentionIndex:
    """The mentions of a document sorted by start, for range look-ups in O(log n)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.order = sorted(range(len(doc.mentions)), key=lambda i: (doc.mentions[i].start, -doc.mentions[i].end))
        self.starts = [doc.mentions[i].start for i in self.order]

    def within(self, start: int, end: int, types: tuple[str, ...]) -> list[int]:
        """Indexes of the mentions of ``types`` inside [start, end), in text order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        ms = self.doc.mentions
        return [i for i in self.order[lo:hi] if ms[i].type in types and ms[i].end <= end]


def mentions_in(doc: Document, start: int, end: int, types: tuple[str, ...],
                index: MentionIndex | None = None) -> list[int]:
    """Indexes of the mentions of the given types inside [start, end), in text order."""
    if index is not None:
        return index.within(start, end, types)
    idx = [i for i, m in enumerate(doc.mentions) if m.type in types and m.start >= start and m.end <= end]
    return sorted(idx, key=lambda i: (doc.mentions[i].start, -doc.mentions[i].end))


def outermost(doc: Document, idx: list[int]) -> list[int]:
    """Drop mentions nested in another of the list (keep the longest span)."""
    out: list[int] = []
    for i in idx:
        m: Mention = doc.mentions[i]
        if any(doc.mentions[j].start <= m.start and m.end <= doc.mentions[j].end and j != i
               and (doc.mentions[j].end - doc.mentions[j].start) > (m.end - m.start) for j in idx):
            continue
        out.append(i)
    return out
