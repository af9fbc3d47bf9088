"""Every built-in registration in one place (definitions stay in their modules)."""

from __future__ import annotations

from letopis.registry import components

components.register("letopis.segmenter.v1", "letopis.segment.segmenter:Segmenter")
components.register("letopis.recogniser.en.v1", "letopis.extract.english:EnglishRecogniser")
components.register("letopis.recogniser.ru.v1", "letopis.extract.russian:RussianRecogniser")
components.register("letopis.recogniser.spacy.v1", "letopis.extract.spacy_adapter:SpacyRecogniser")
components.register("letopis.dates.v1", "letopis.extract.dates:DateRecogniser")
components.register("letopis.references.v1", "letopis.extract.references:ReferenceParser")
components.register("letopis.claims.v1", "letopis.extract.claims:ClaimExtractor")

# The stages run on every document, by language, in this order.
DEFAULT_STAGES: dict[str, tuple[str, ...]] = {
    "en": (
        "letopis.segmenter.v1",
        "letopis.recogniser.en.v1",
        "letopis.dates.v1",
        "letopis.references.v1",
        "letopis.claims.v1",
    ),
    "ru": (
        "letopis.segmenter.v1",
        "letopis.recogniser.ru.v1",
        "letopis.dates.v1",
        "letopis.references.v1",
        "letopis.claims.v1",
    ),
}
