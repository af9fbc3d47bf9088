"""Document -> Document + segments in reading order and footnote links."""

from __future__ import annotations

from letopis.ingest.text import text_blocks
from letopis.model import SEGMENT_KINDS, Block, Document, Segment
from letopis.segment.chrome import is_chrome, is_comments_label
from letopis.segment.footnotes import link_markers, mark_notes
from letopis.segment.joins import join_page_breaks

_SUBSTANTIAL_WORDS = 40


class Segmenter:
    """Headings, paragraphs, quotes, list items, footnotes and site chrome, with page breaks undone."""

    name = "letopis.segmenter.v1"

    def __call__(self, doc: Document) -> Document:
        """doc (Document): ingested. RETURNS (Document): with ``segments`` and ``footnotes``."""
        segs, _ = self.segment(doc)
        return doc.replace(segments=segs, footnotes=link_markers(doc.text, segs))

    def segment(self, doc: Document) -> tuple[tuple[Segment, ...], int]:
        """Segments of ``doc`` and the number of page-break joins made."""
        text = doc.text
        blocks = doc.blocks or text_blocks(text)
        segs = [s for s in (_from_block(text, b) for b in blocks) if s is not None]
        segs = _mark_chrome(text, segs)
        segs = mark_notes(text, segs)
        segs, joins = join_page_breaks(text, segs)
        return tuple(Segment(i, s.kind, s.start, s.end, s.label) for i, s in enumerate(segs)), joins


def _from_block(text: str, block: Block) -> Segment | None:
    """A segment for a block, its span stripped of surrounding whitespace (None if blank)."""
    start, end = block.start, block.end
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    start += len(chunk) - len(chunk.lstrip())
    kind = block.kind if block.kind in SEGMENT_KINDS else "paragraph"
    return Segment(-1, kind, start, start + len(stripped))


def _mark_chrome(text: str, segs: list[Segment]) -> list[Segment]:
    """Site chrome by pattern; a "Comments" label too, unless it is a ``#`` heading with text after it."""
    out = [
        s if s.kind == "chrome" or not is_chrome(text[s.start : s.end]) else _as(s, "chrome") for s in segs
    ]
    substantial_after = False
    for i in range(len(out) - 1, -1, -1):
        seg = out[i]
        if seg.kind == "chrome":
            continue
        chunk = text[seg.start : seg.end]
        if is_comments_label(chunk) and not (chunk.startswith("#") and substantial_after):
            out[i] = _as(seg, "chrome")
        elif seg.kind != "heading" and chunk.count(" ") + chunk.count("\n") >= _SUBSTANTIAL_WORDS:
            substantial_after = True
    return out


def _as(seg: Segment, kind: str) -> Segment:
    return Segment(seg.index, kind, seg.start, seg.end, seg.label)
