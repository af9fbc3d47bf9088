"""letopis: a source-critical knowledge base from historical documents.

The public API: the carrier objects, the store, and the pipeline.
"""

from __future__ import annotations

from letopis.errors import InputError, LetopisError, NotFound
from letopis.model import Claim, Document, DocumentMeta, Mention, Segment
from letopis.pipeline import IngestReport, Pipeline, ingest
from letopis.store import Store

__all__ = [
    "Claim",
    "Document",
    "DocumentMeta",
    "IngestReport",
    "InputError",
    "LetopisError",
    "Mention",
    "NotFound",
    "Pipeline",
    "Segment",
    "Store",
    "ingest",
]
