"""Text helpers shared by the readers: normalisation, hashing, language, plain-text blocks.

The document text is normalised once (NFC, ``\\n`` line ends, no BOM, no trailing
spaces) and never changes afterwards: every later annotation is an offset into it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from letopis.model import Block

_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_WHITESPACE = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE = re.compile(r"[^\n]+")
_LONG_LINE = 150  # a run of lines this long (median) is one paragraph per line
_ENDS_SENTENCE = tuple('.!?:»”"')
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_MD_HEADING = re.compile(r"#{1,6}\s+\S")
_QUOTE = re.compile(r">\s?")
_LIST_ITEM = re.compile(r"(?:[-+•▪◦]|\*(?=\s)|\d{1,3}[.)]|[a-zа-я][.)])\s+\S")
_TRAILING_MARKS = re.compile(r"(?:\[\^?\w{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[*†\"'”’»)\]])+$")
_NOTE_LABEL = re.compile(r"\[\^?\w{1,3}\]")
_RULE = re.compile(r"(?:[-*_=]\s*){3,}")
_FINAL_PUNCT = ".,;:!?…"
# A title does not end in one of these; a line that does is a cut paragraph.
_FUNCTION_WORDS_TEXT = """a an the of and or to in on at by for with from as but that which
и в во на с со к ко по о об от из за для или но что а"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


@dataclass(frozen=True)
class Parsed:
    """What a reader found in a file: text, blocks, and metadata the file itself carries."""

    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    author: str | None = None
    date: str | None = None


def normalise(text: str) -> str:
    """NFC, ``\\r\\n``/``\\r`` -> ``\\n``, BOM stripped, trailing spaces trimmed; nothing else."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = _TRAILING_SPACE.sub("", text)
    return text


def collapse(text: str) -> str:
    """Collapse runs of whitespace to one space (for text taken out of markup)."""
    return _WHITESPACE.sub(" ", normalise(text)).strip()


def content_hash(text: str) -> str:
    """The sha256 hex digest of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def detect_language(text: str, sample: int = 50_000) -> str:
    """``ru`` when more than 30% of the letters are Cyrillic, else ``en``."""
    head = text[:sample]
    if not _CYRILLIC.search(head):
        return "en"
    letters = sum(map(len, _LETTERS.findall(head)))
    cyrillic = sum(map(len, _CYRILLIC.findall(head)))
    return "ru" if letters and cyrillic / letters > 0.3 else "en"


def looks_like_title(line: str) -> bool:
    """A short line without final punctuation that starts like a title (a heading in plain text)."""
    core = line.strip().strip("*_").strip()
    if not core or len(core) > 200 or "\n" in core:
        return False
    tail = _TRAILING_MARKS.sub("", core)
    if not tail or tail[-1] in _FINAL_PUNCT or tail[-1] in "-‐(":
        return False
    if _NOTE_LABEL.match(core):
        return False
    first = core.lstrip("\"'«“„(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    words = core.split()
    if len(words) > 24 or not _LETTER.search(core):
        return False
    return words[-1].lower() not in _FUNCTION_WORDS


def classify_paragraph(chunk: str) -> str:
    """The block kind of one blank-line-separated chunk of plain text or markdown."""
    if _MD_HEADING.match(chunk) and "\n" not in chunk:
        return "heading"
    if _RULE.fullmatch(chunk):
        return "chrome"
    if _QUOTE.match(chunk):
        return "quote"
    if _LIST_ITEM.match(chunk) and not (chunk[0].isdigit() and looks_like_title(chunk)):
        return "list_item"
    if looks_like_title(chunk):
        return "heading"
    return "paragraph"


def text_blocks(text: str) -> tuple[Block, ...]:
    """Blocks of plain text, each classified (see :func:`classify_paragraph`).

    Blank lines separate blocks. Within a run of lines, a new block starts at a
    ``#`` heading, a rule, a list item, an indented first line, after a short line
    that ends a sentence (hard-wrapped text), and at every line when lines are long
    (one paragraph per line).
    """
    blocks: list[Block] = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.start(), m.end()
        if "\n" not in m.group():
            lead = len(m.group()) - len(m.group().lstrip())
            if start + lead < end:
                blocks.append(Block(classify_paragraph(text[start + lead : end]), start + lead, end))
        else:
            blocks.extend(_chunk_blocks(text, start, end))
    return tuple(blocks)


def _chunk_blocks(text: str, start: int, end: int) -> list[Block]:
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end)]
    typical = sorted(e - s for s, e in lines)[len(lines) // 2]
    spans: list[tuple[int, int]] = []
    first = lines[0][0]
    for (s, e), (ns, ne) in pairwise(lines):
        if _breaks_between(text[s:e], text[ns:ne], typical):
            spans.append((first, e))
            first = ns
    spans.append((first, lines[-1][1]))
    blocks = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        if lead < len(chunk):
            blocks.append(Block(classify_paragraph(chunk[lead:]), s + lead, e))
    return blocks


def _breaks_between(line: str, nxt: str, typical: int) -> bool:
    """Does a new block start between two consecutive non-blank lines?"""
    if typical > _LONG_LINE:
        return True
    head, nhead = line.lstrip(), nxt.lstrip()
    if _MD_HEADING.match(head) or _MD_HEADING.match(nhead) or _RULE.fullmatch(head) or _RULE.fullmatch(nhead):
        return True
    if _LIST_ITEM.match(nhead):
        if not _LIST_ITEM.match(head) and len(line) >= 0.8 * typical and not line.rstrip().endswith(
                (*_ENDS_SENTENCE, ":", ";")):
            return False  # "... posted at Kazan on February / 9. He says": a wrapped date, not an item
        return bool(_LIST_ITEM.match(head) or line.endswith(":") or nhead.split(None, 1)[-1][:1].isupper())
    if nxt[:1] in " \t" and line[:1] not in " \t" and not _LIST_ITEM.match(head):
        return True
    return len(line) < 0.8 * typical and line.endswith(_ENDS_SENTENCE)


def join_pieces(pieces: Iterable[tuple[str, str]], sep: str = "\n\n") -> tuple[str, tuple[Block, ...]]:
    """Join (kind, text) pieces into one text with ``sep`` between them; blocks point at each piece.

    Each piece must already be normalised; empty pieces are skipped.
    """
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for kind, piece in pieces:
        if not piece:
            continue
        if parts:
            parts.append(sep)
            pos += len(sep)
        parts.append(piece)
        blocks.append(Block(kind, pos, pos + len(piece)))
        pos += len(piece)
    return "".join(parts), tuple(blocks)


def first_heading(text: str, blocks: Iterable[Block]) -> str | None:
    """The text of the first heading block, without markdown marks."""
    for b in blocks:
        if b.kind == "heading":
            title = text[b.start : b.end].strip().lstrip("#").strip().strip("*_").strip()
            if title:
                return collapse(title)
    return None
