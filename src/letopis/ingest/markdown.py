"""Markdown (.md): the markdown source stays the document text; blocks come from the token map.

Markup characters (``#``, ``*``, ``>``, ``-``) are kept in the text rather than
stripped, so that every offset points into the file as written. Block kinds come
from markdown-it-py's block tokens and their line ranges.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from letopis.ingest.decode import decode_bytes
from letopis.ingest.text import Parsed, first_heading, normalise
from letopis.model import Block

_NEWLINE = re.compile("\n")
_CONTAINERS = {"blockquote_open": "quote", "list_item_open": "list_item"}
_CLOSERS = {"blockquote_close", "list_item_close"}
_LEAVES = {
    "heading_open": "heading",
    "paragraph_open": "paragraph",
    "hr": "chrome",
    "fence": "paragraph",
    "code_block": "paragraph",
    "html_block": "chrome",
}


def read_md(raw: bytes, path: str) -> Parsed:
    """Markdown source as text; headings, paragraphs, quotes, list items from the token map."""
    text = normalise(decode_bytes(raw, path))
    blocks = markdown_blocks(text)
    return Parsed(text, blocks, title=first_heading(text, blocks))


def markdown_blocks(text: str) -> tuple[Block, ...]:
    """Blocks of a markdown text: one per leaf block token, kind from the enclosing container."""
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    line_starts.append(len(text) + 1)
    stack: list[str] = []
    blocks: list[Block] = []
    for tok in MarkdownIt("commonmark").parse(text):
        if tok.type in _CONTAINERS:
            stack.append(_CONTAINERS[tok.type])
        elif tok.type in _CLOSERS and stack:
            stack.pop()
        elif tok.type in _LEAVES and tok.map:
            kind = _LEAVES[tok.type]
            if kind == "paragraph" and stack:
                kind = stack[-1]
            start = line_starts[tok.map[0]]
            end = min(line_starts[tok.map[1]] - 1, len(text))
            span = text[start:end]
            stripped = span.rstrip()
            lead = len(span) - len(span.lstrip())
            if stripped.strip():
                blocks.append(Block(kind, start + lead, start + len(stripped)))
    return tuple(blocks)
