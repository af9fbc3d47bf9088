"""The vocabulary of letopis: frozen dataclasses that flow through the pipeline.

A :class:`Document` is the one carrier object. Each stage takes a Document and
returns a new one with more annotations (``dataclasses.replace``); nothing is
mutated and nothing reaches back. Every annotation is a character span into
``Document.text``, which never changes after ingest.

    ingest   -> Document(text, meta, blocks)
    segment  -> + segments, footnotes
    extract  -> + mentions, references, claims
    resolve  -> Entities over the whole corpus (see letopis.resolve)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

SegmentKind = Literal["heading", "paragraph", "quote", "list_item", "footnote", "chrome"]
SEGMENT_KINDS: tuple[str, ...] = ("heading", "paragraph", "quote", "list_item", "footnote", "chrome")

EntityType = Literal["person", "organisation", "enterprise", "place", "publication", "event", "date"]
ENTITY_TYPES: tuple[str, ...] = (
    "person",
    "organisation",
    "enterprise",
    "place",
    "publication",
    "event",
    "date",
)

# Ordered from the surest to the least sure; ``refuted`` means the author (or
# other evidence) says it is not so, ``denied`` that the subject says so.
HEDGES: tuple[str, ...] = ("asserted", "probable", "reported", "suspected", "denied", "refuted")

Precision = Literal["day", "month", "season", "year", "decade", "interval", "unknown"]


@dataclass(frozen=True)
class DocumentMeta:
    """Bibliographic metadata from the manifest, the file itself, or the file name."""

    title: str = ""
    date: Optional[str] = None  # ISO 8601, as precise as known: 1923, 1923-09, 1923-09-01
    date_precision: Optional[str] = None  # day | month | year
    author: Optional[str] = None
    language: Optional[str] = None  # en | ru
    genre: Optional[str] = None
    source_url: Optional[str] = None
    archive_ref: Optional[str] = None
    translation_of: Optional[str] = None
    note: Optional[str] = None


@dataclass(frozen=True)
class Block:
    """A structural block found by a reader (before segmentation refines it)."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A heading, paragraph, quote, list item, footnote or site chrome, in reading order."""

    index: int
    kind: str
    start: int
    end: int
    label: Optional[str] = None  # footnote label ("1", "*") for kind == "footnote"


@dataclass(frozen=True)
class FootnoteLink:
    """A marker in the text ([1], ¹, *) linked to its note segment, both ways."""

    label: str
    marker_start: int
    marker_end: int
    marker_segment: int
    note_segment: int


@dataclass(frozen=True)
class NameParts:
    """A personal name parsed into parts; ``gender`` is that of the surname form."""

    given: Optional[str] = None
    patronymic: Optional[str] = None
    surname: Optional[str] = None
    initials: Optional[str] = None  # "G.I." as written, normalised to letters+dots
    gender: Optional[str] = None  # "m" | "f" | None when the form does not tell


@dataclass(frozen=True)
class DateValue:
    """A date normalised to an interval: ISO start and end (inclusive) and a precision."""

    start: Optional[str]
    end: Optional[str]
    precision: str
    iso: str  # the gold-style ISO form: 1923-09-01, 1923-09, 1920/1922, ../1916


@dataclass(frozen=True)
class Mention:
    """A typed span of the document text with its normalised form."""

    start: int
    end: int
    text: str
    type: str
    norm: str  # lemma / normalised name (nominative, no titles)
    segment: int = -1
    extractor: str = ""
    parts: Optional[NameParts] = None
    date: Optional[DateValue] = None
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. (("title", "Comrade"), ("role", "Deputy Chairman"))
    expansion: Optional[str] = None  # RCP -> Russian Communist Party

    def attr(self, key: str) -> Optional[str]:
        for k, v in self.attrs:
            if k == key:
                return v
        return None


@dataclass(frozen=True)
class Reference:
    """An archival or bibliographic reference parsed from a note."""

    kind: Literal["archival", "bibliographic"]
    start: int
    end: int
    text: str
    segment: int = -1
    archive: Optional[str] = None
    fond: Optional[str] = None
    opis: Optional[str] = None
    delo: Optional[str] = None
    folio: Optional[str] = None  # list / l.; "42ob" keeps the verso suffix
    verso: bool = False
    author: Optional[str] = None
    title: Optional[str] = None
    pages: Optional[str] = None
    year: Optional[str] = None


@dataclass(frozen=True)
class Voice:
    """One link of an attribution chain: who says it, in what role."""

    name: str
    role: str  # author | informant | witness | interrogated | source | report
    mention: Optional[int] = None  # index into Document.mentions


@dataclass(frozen=True)
class Claim:
    """A factoid: subject predicate object, with hedge, attribution and evidence."""

    subject: int  # index into Document.mentions
    predicate: str
    object: Optional[int] = None  # index into Document.mentions, or None for a literal
    literal: Optional[str] = None
    hedge: str = "asserted"
    polarity: bool = True
    former: bool = False
    attribution: tuple[Voice, ...] = ()
    evidence_start: int = 0
    evidence_end: int = 0
    segment: int = -1
    time: Optional[DateValue] = None
    place: Optional[int] = None  # index into Document.mentions
    extractor: str = ""


@dataclass(frozen=True)
class Document:
    """The carrier object: text, metadata and every annotation as spans into ``text``."""

    path: str
    text: str
    content_hash: str
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    format: str = "txt"
    blocks: tuple[Block, ...] = ()
    segments: tuple[Segment, ...] = ()
    footnotes: tuple[FootnoteLink, ...] = ()
    mentions: tuple[Mention, ...] = ()
    references: tuple[Reference, ...] = ()
    claims: tuple[Claim, ...] = ()

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def segment_text(self, seg: Segment) -> str:
        return self.text[seg.start : seg.end]

    @property
    def language(self) -> str:
        return self.meta.language or "en"

    def replace(self, **changes: Any) -> "Document":
        return dataclasses.replace(self, **changes)

    def content_segments(self) -> tuple[Segment, ...]:
        """Segments that are analysed (everything but site chrome)."""
        return tuple(s for s in self.segments if s.kind != "chrome")


def count_words(text: str) -> int:
    """Words as historians count them: whitespace-separated tokens with a letter or digit."""
    n = 0
    for tok in text.split():
        if any(ch.isalnum() for ch in tok):
            n += 1
    return n
