"""Word (.docx): paragraphs in body order (python-docx), kinds from style names, footnotes.

A footnote reference in the body is written into the text as ``[n]`` (n counts
from 1 in order of the notes part); the notes follow the body under a "Notes"
heading as ``[n] text`` paragraphs, so the segmenter links them like any other
notes section. Core properties give title, author and creation date.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from letopis.errors import CorruptFile
from letopis.ingest.text import Parsed, collapse, first_heading, join_pieces, normalise

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES_REL = "/footnotes"


def read_docx(raw: bytes, path: str) -> Parsed:
    """Paragraphs and table cells in order, footnotes at the end, core properties as metadata."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
        notes = _footnotes(document)
        labels = {note_id: str(i) for i, note_id in enumerate(notes, start=1)}
        pieces = list(_body(document, labels))
        core = document.core_properties
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        AttributeError,
        SyntaxError,
        NotImplementedError,
        OSError,
    ) as err:  # SyntaxError: lxml's XMLSyntaxError on a broken part
        raise CorruptFile(path, "not a valid .docx (corrupt, or not a Word 2007+ file)") from err
    if notes:
        pieces.append(("heading", "Notes"))
        pieces.extend(("paragraph", f"[{labels[i]}] {t}") for i, t in notes.items())
    text, blocks = join_pieces(pieces)
    created = core.created.date().isoformat() if core.created else None
    return Parsed(
        text,
        blocks,
        title=collapse(core.title or "") or first_heading(text, blocks),
        author=collapse(core.author or "") or None,
        date=created,
    )


def _body(document: Any, labels: dict[str, str]) -> Iterator[tuple[str, str]]:
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            seen: set[int] = set()
            for row in item.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    for p in cell.paragraphs:
                        yield "paragraph", _paragraph_text(p._p, labels)
        else:
            yield _kind(item), _paragraph_text(item._p, labels)


def _kind(paragraph: Any) -> str:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    low = style.lower()
    if low.startswith(("heading", "title", "subtitle")):
        return "heading"
    if "quote" in low:
        return "quote"
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if low.startswith("list") or numbered:
        return "list_item"
    return "paragraph"


def _paragraph_text(element: Any, labels: dict[str, str]) -> str:
    parts: list[str] = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}footnoteReference"):
        tag = node.tag[len(_W) :]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag == "br":
            parts.append("\n")
        else:
            label = labels.get(node.get(f"{_W}id") or "")
            if label:
                parts.append(f"[{label}]")
    return normalise("".join(parts)).strip()


def _footnotes(document: Any) -> dict[str, str]:
    """Footnote id -> text, in the order of the footnotes part (separators skipped)."""
    from lxml import etree

    part: Any | None = None
    for rel in document.part.rels.values():
        if rel.reltype.endswith(_FOOTNOTES_REL) and not rel.is_external:
            part = rel.target_part
    if part is None:
        return {}
    root = etree.fromstring(part.blob)
    notes: dict[str, str] = {}
    for note in root.iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = collapse(" ".join(_paragraph_text(p, {}) for p in note.iter(f"{_W}p")))
        if text:
            notes[note.get(f"{_W}id") or str(len(notes))] = text
    return notes
