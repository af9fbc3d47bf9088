"""Plain text (.txt): the decoded, normalised file is the document text."""

from __future__ import annotations

from letopis.ingest.decode import decode_bytes
from letopis.ingest.text import Parsed, first_heading, normalise, text_blocks


def read_txt(raw: bytes, path: str) -> Parsed:
    """Blocks are blank-line-separated paragraphs; ``#`` lines and short title-like lines are headings."""
    text = normalise(decode_bytes(raw, path))
    blocks = text_blocks(text)
    return Parsed(text, blocks, title=first_heading(text, blocks))
