"""File -> Document: one reader per format, manifest metadata, encoding detection."""

from letopis.ingest.manifest import load_manifest
from letopis.ingest.reader import MAX_BYTES, merge_meta, read
from letopis.ingest.sources import FORMATS, Source, discover, file_format, source_key
from letopis.ingest.text import content_hash, detect_language, normalise

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "Source",
    "content_hash",
    "detect_language",
    "discover",
    "file_format",
    "load_manifest",
    "merge_meta",
    "normalise",
    "read",
    "source_key",
]
