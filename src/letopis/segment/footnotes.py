"""Footnotes: find the notes (after a "Notes" heading), find their markers, link both ways.

A note is a paragraph of the notes section that starts with a label: ``[n]``,
``n.``, ``n)``, superscript digits, ``*`` or ``†`` (also markdown ``[^n]:``).
Markers are ``[n]``/``[^n]``, superscript digits, or ``*``/``†`` right after a word.
Only labels that have a note are linked, so bracketed remarks, years and figures
are never taken for markers.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from letopis.model import FootnoteLink, Segment
from letopis.segment.chrome import bare

NOTES_HEADINGS = frozenset(
    [
        "footnotes",
        "notes",
        "endnotes",
        "note",
        "notes and references",
        "примечания",
        "сноски",
        "примечание",
        "комментарии и примечания",
    ]
)
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPT, "0123456789")
_NOTE_START = re.compile(
    rf"\[\^?(\d{{1,3}}|\*)\]:?|(\d{{1,3}})[.)](?=\s)|([{_SUPERSCRIPT}]+)|(\*{{1,3}}|†{{1,2}})(?=\s)"
)
_BARE_NOTE_START = re.compile(rf"\[\^?(\d{{1,3}})\]:?|([{_SUPERSCRIPT}]+)")
_MARKER = re.compile(rf"\[\^?(\d{{1,3}})\]|([{_SUPERSCRIPT}]+)|(\*{{1,3}}|†{{1,2}})(?![\w*])")
_AFTER_WORD = re.compile(r"[^\W\d_][.,;:!?»”\"')]?\Z")


def note_label(text: str, start: int, end: int, bare_only: bool = False) -> str | None:
    """The label a note paragraph starts with ("12", "*"), or None."""
    pattern = _BARE_NOTE_START if bare_only else _NOTE_START
    m = pattern.match(text, start, end)
    if not m:
        return None
    label = next(g for g in m.groups() if g is not None)
    return label.translate(_FROM_SUPERSCRIPT)


def is_notes_heading(text: str) -> bool:
    """ "Footnotes", "## Notes", "Примечания:" and the like."""
    return bare(text).rstrip(":. ").strip("*_ ").casefold() in NOTES_HEADINGS


def mark_notes(text: str, segs: list[Segment]) -> list[Segment]:
    """Turn the labelled paragraphs of notes sections into footnote segments.

    A notes section runs from a notes heading to the next heading; an unlabelled
    paragraph right after a note continues it, unlabelled list items are numbered. With no notes heading, a run of
    ``[n]``/superscript-labelled paragraphs at the very end is taken as the notes.
    """
    out: list[Segment] = []
    in_notes = False
    numbered = 0  # unlabelled list items of a notes section (an HTML <ol>) are numbered 1, 2, ...
    for seg in segs:
        if seg.kind != "chrome" and is_notes_heading(text[seg.start : seg.end]):
            in_notes, numbered = True, 0
            seg = Segment(seg.index, "heading", seg.start, seg.end)
        elif seg.kind == "heading" and not (in_notes and note_label(text, seg.start, seg.end)):
            in_notes = False
        elif in_notes and seg.kind != "chrome":
            label = note_label(text, seg.start, seg.end)
            if label is None and seg.kind == "list_item":
                numbered += 1
                label = str(numbered)
            if label is not None:
                seg = Segment(seg.index, "footnote", seg.start, seg.end, label)
            elif out and out[-1].kind == "footnote":
                prev = out.pop()
                seg = Segment(prev.index, "footnote", prev.start, seg.end, prev.label)
        out.append(seg)
    if not any(s.kind == "footnote" for s in out):
        out = _trailing_notes(text, out)
    return out


def _trailing_notes(text: str, segs: list[Segment]) -> list[Segment]:
    i = len(segs)
    while i > 0 and (
        segs[i - 1].kind == "chrome" or note_label(text, segs[i - 1].start, segs[i - 1].end, True)
    ):
        i -= 1
    tail = [s for s in segs[i:] if s.kind != "chrome"]
    if len(tail) < 2 or i == 0:
        return segs
    out = segs[:i]
    for s in segs[i:]:
        label = note_label(text, s.start, s.end, True) if s.kind != "chrome" else None
        out.append(Segment(s.index, "footnote", s.start, s.end, label) if label else s)
    return out


def link_markers(text: str, segs: tuple[Segment, ...]) -> tuple[FootnoteLink, ...]:
    """Links from each marker in the body to its note (the next note with that label, else the last)."""
    notes: dict[str, list[int]] = {}
    for s in segs:
        if s.kind == "footnote" and s.label:
            notes.setdefault(s.label, []).append(s.index)
    if not notes:
        return ()
    links = []
    for seg in segs:
        if seg.kind in ("footnote", "chrome"):
            continue
        for m in _MARKER.finditer(text, seg.start, seg.end):
            label = next(g for g in m.groups() if g is not None).translate(_FROM_SUPERSCRIPT)
            targets = notes.get(label)
            if not targets or (m.group(3) and not _star_marker(text, seg.start, m.start())):
                continue  # no such note, or a star that is not a marker
            k = bisect_right(targets, seg.index)
            note = targets[k] if k < len(targets) else targets[-1]
            links.append(FootnoteLink(label, m.start(), m.end(), seg.index, note))
    return tuple(links)


def _star_marker(text: str, seg_start: int, star: int) -> bool:
    """A star right after a word (or its punctuation) that does not close an ``*italic*`` run."""
    if not _AFTER_WORD.search(text, max(seg_start, star - 2), star):
        return False
    opening = text.rfind("*", seg_start, star)
    if opening < 0 or opening + 1 >= star or text[opening + 1].isspace():
        return True
    return not (opening == seg_start or not text[opening - 1].isalnum())
