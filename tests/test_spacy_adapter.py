"""SpacyRecogniser: a blank spaCy pipeline with an entity_ruler, labels mapped to letopis types."""

from __future__ import annotations

import sys

import pytest

from letopis.errors import LetopisError
from letopis.model import Document, Segment


def test_spacy_adapter_maps_labels_and_offsets():
    spacy = pytest.importorskip("spacy")
    from letopis.extract.spacy_adapter import SpacyRecogniser

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Ivo Brandt"},
        {"label": "ORG", "pattern": "Tanners Union"},
        {"label": "GPE", "pattern": "Zarechensk"},
        {"label": "FAC", "pattern": "Kravtsov Mill"},
        {"label": "DATE", "pattern": "Monday"},
    ])
    text = "Menu > Home\n\nIvo Brandt of the Tanners Union left Zarechensk for the Kravtsov Mill on Monday."
    segs = (Segment(0, "chrome", 0, 11), Segment(1, "paragraph", 13, len(text)))
    doc = SpacyRecogniser(nlp=nlp)(Document("t", text, "h", segments=segs))
    got = [(m.type, m.text, m.segment) for m in doc.mentions]
    assert got == [("person", "Ivo Brandt", 1), ("organisation", "Tanners Union", 1),
                   ("place", "Zarechensk", 1), ("enterprise", "Kravtsov Mill", 1)]
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text
    assert doc.mentions[0].parts is not None and doc.mentions[0].parts.surname == "Brandt"


def test_spacy_adapter_without_spacy_says_how_to_install(monkeypatch):
    from letopis.extract import spacy_adapter

    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(LetopisError, match="pip install spacy"):
        spacy_adapter.SpacyRecogniser()
