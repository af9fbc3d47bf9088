"""PDF (.pdf): the text layer, page by page (pypdf); page texts joined with a blank line.

Within a page, blocks are found as in plain text: a paragraph ends at a line that
is clearly shorter than the usual line and ends with final punctuation. Paragraphs cut by
a page break are joined later by the segmenter.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from letopis.errors import CorruptFile, NoTextLayer
from letopis.ingest.text import Parsed, collapse, normalise, text_blocks
from letopis.model import Block

_PAGE_SEP = "\n\n"


def read_pdf(raw: bytes, path: str) -> Parsed:
    """Text layer of every page; NoTextLayer when there is none (a scan)."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # repairs of sloppy files are not the user's problem

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorruptFile(path, "encrypted PDF; remove the password first")
        pages = [normalise(page.extract_text() or "").strip("\n") for page in reader.pages]
        info = reader.metadata
    except CorruptFile:
        raise
    except Exception as err:  # pypdf raises many kinds of errors on broken files
        raise CorruptFile(path, f"not a readable PDF ({type(err).__name__}); is the file complete?") from err
    pages = [p for p in pages if p.strip()]
    if not pages:
        raise NoTextLayer(path, "no text layer (scanned PDF?); run OCR first")
    text, blocks = _assemble(pages)
    return Parsed(text, blocks, title=_info(info, "title"), author=_info(info, "author"))


def _assemble(pages: list[str]) -> tuple[str, tuple[Block, ...]]:
    blocks: list[Block] = []
    pos = 0
    for page in pages:
        blocks.extend(Block(b.kind, pos + b.start, pos + b.end) for b in text_blocks(page))
        pos += len(page) + len(_PAGE_SEP)
    return _PAGE_SEP.join(pages), tuple(blocks)


def _info(info: Any, key: str) -> str | None:
    try:
        value = getattr(info, key, None) if info is not None else None
    except Exception:  # noqa: BLE001 -- broken metadata must not stop the text
        return None
    return collapse(str(value)) or None if value else None
