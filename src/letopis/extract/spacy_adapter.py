"""Any spaCy pipeline with an ``ner`` or ``entity_ruler`` component as a letopis recogniser.

spaCy is not a dependency: it is imported only when this recogniser is built.
Labels map to letopis types (PERSON/PER -> person, ORG -> organisation, GPE/LOC ->
place, FAC -> enterprise, WORK_OF_ART -> publication, EVENT -> event); other
labels are ignored. Entities are found per content segment and their offsets
shifted into the document text, so spaCy objects never leave this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from letopis.errors import LetopisError
from letopis.extract.names import display_name, parse_name
from letopis.model import Document, Mention, Segment

NAME = "letopis.recogniser.spacy.v1"
LABELS: dict[str, str] = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "enterprise",
    "WORK_OF_ART": "publication",
    "EVENT": "event",
}


class SpacyRecogniser:
    """Wraps a spaCy ``Language``; ``nlp`` given, or ``model`` loaded by name (installed packages only)."""

    name = NAME

    def __init__(self, nlp: Any = None, model: str = "en_core_web_sm") -> None:
        if nlp is None:
            nlp = _load(model)
        self.nlp = nlp

    def __call__(self, doc: Document) -> Document:
        """Return ``doc`` with the mentions the spaCy pipeline finds in each content segment."""
        segments = doc.content_segments() or (Segment(0, "paragraph", 0, len(doc.text)),)
        texts = [doc.text[s.start : s.end] for s in segments]
        new: list[Mention] = []
        for seg, sdoc in zip(segments, self.nlp.pipe(texts)):
            new.extend(_adapt(doc.text, seg, sdoc.ents))
        return doc.replace(mentions=doc.mentions + tuple(new))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run over many documents (same code path as ``__call__``)."""
        for doc in docs:
            yield self(doc)


def _load(model: str) -> Any:
    try:
        import spacy
    except ImportError as err:
        raise LetopisError(
            "the spaCy recogniser needs spaCy: pip install spacy (and a model package, e.g. "
            f"{model}); letopis's own recognisers need neither"
        ) from err
    try:
        return spacy.load(model)
    except OSError as err:
        raise LetopisError(f"spaCy model {model!r} is not installed; install its package or pass nlp=") from err


def _adapt(text: str, seg: Segment, ents: Iterable[Any]) -> list[Mention]:
    """spaCy entity spans -> letopis Mentions with document offsets."""
    out: list[Mention] = []
    for ent in ents:
        typ = LABELS.get(ent.label_)
        if typ is None:
            continue
        start, end = seg.start + ent.start_char, seg.start + ent.end_char
        surface = text[start:end]
        if surface.endswith(("'s", "’s")):
            end -= 2
            surface = surface[:-2]
        parts = parse_name(surface) if typ == "person" else None
        norm = display_name(parts, surface) if parts else re.sub(r"\s+", " ", surface).strip()
        out.append(Mention(start=start, end=end, text=surface, type=typ, norm=norm, segment=seg.index,
                           extractor=NAME, parts=parts))
    return out


def available() -> str | None:
    """The installed spaCy version, or None."""
    try:
        import spacy
    except ImportError:
        return None
    return str(spacy.__version__)
