"""A document's text as a TEI ``body``: divisions at headings, names and dates inline, notes at their markers.

Every mention becomes an element (``persName``, ``orgName``, ``placeName``,
``title``, ``name type="event"``, ``date``) whose ``@ref`` points at the entity
in the stand-off lists (``#e<id>``); footnotes are moved to their markers as
``note`` elements. Overlapping mentions are reduced to the longest, markers win.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from lxml import etree

from letopis.store.export_queries import ExportMention

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
ISO_DATE = re.compile(r"^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# Characters XML 1.0 cannot carry; they are dropped from the text.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

NAME_ELEMENTS: dict[str, tuple[str, Optional[str]]] = {
    "person": ("persName", None),
    "organisation": ("orgName", None),
    "enterprise": ("orgName", "enterprise"),
    "place": ("placeName", None),
    "publication": ("title", None),
    "event": ("name", "event"),
    "date": ("date", None),
}


def tei(tag: str) -> str:
    """The Clark name of a TEI element."""
    return f"{{{TEI_NS}}}{tag}"


def clean(text: str) -> str:
    """Text without the control characters XML 1.0 forbids."""
    return _XML_BAD.sub("", text)


def xml_id(prefix: str, raw: str) -> str:
    """An NCName for ``raw`` (an entity or claim id) that starts with ``prefix``.

    Ids that already start with the prefix and are safe (resolution's ``e1a2b...``)
    are kept as they are, so that ``@ref="#e1a2b..."`` names the entity id itself.
    """
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", str(raw))
    return safe if safe.startswith(prefix) and safe == str(raw) else prefix + safe


def date_attrs(start: Optional[str], end: Optional[str], iso: Optional[str] = None) -> dict[str, str]:
    """TEI dating attributes: ``@when`` for a single ISO date, else ``@notBefore``/``@notAfter``."""
    if iso and ISO_DATE.match(iso):
        return {"when": iso}
    if start and start == end and ISO_DATE.match(start):
        return {"when": start}
    out = {}
    if start and ISO_DATE.match(start):
        out["notBefore"] = start
    if end and ISO_DATE.match(end):
        out["notAfter"] = end
    return out


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # mention | marker
    payload: Any


def _append_text(parent: etree._Element, text: str) -> None:
    if not text:
        return
    text = clean(text)
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _choose(spans: Iterable[_Span]) -> list[_Span]:
    """Non-overlapping spans: markers first, then the longest mentions, in text order."""
    ordered = sorted(spans, key=lambda s: (s.kind != "marker", -(s.end - s.start), s.start))
    kept: list[_Span] = []
    for s in ordered:
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def mention_element(m: ExportMention, text: str) -> etree._Element:
    """The inline TEI element for one mention."""
    tag, type_ = NAME_ELEMENTS.get(m.type, ("name", m.type))
    el = etree.Element(tei(tag))
    if type_:
        el.set("type", type_)
    if m.type == "date":
        for k, v in date_attrs(m.date_start, m.date_end, m.date_iso).items():
            el.set(k, v)
    elif m.entity_id:
        el.set("ref", "#" + xml_id("e", m.entity_id))
    el.text = clean(text)
    return el


class BodyWriter:
    """Builds the TEI body of one document from its text, segments, footnotes and mentions."""

    def __init__(self, doc: dict[str, Any], mentions: list[ExportMention]) -> None:
        self.text: str = doc["text"]
        self.segments = {s["idx"]: s for s in doc["segment_list"]}
        self.links = doc["footnote_list"]
        self.mentions = mentions
        self.noted = {f["note_segment"] for f in self.links if f["note_segment"] in self.segments}

    def fill(self, parent: etree._Element, start: int, end: int, markers: bool = True) -> None:
        """Append ``text[start:end]`` to ``parent`` with mentions (and note markers) as elements."""
        spans = [_Span(m.start, m.end, "mention", m) for m in self.mentions if start <= m.start and m.end <= end]
        if markers:
            spans += [_Span(f["marker_start"], f["marker_end"], "marker", f) for f in self.links
                      if start <= f["marker_start"] and f["marker_end"] <= end and f["note_segment"] in self.noted]
        pos = start
        for s in _choose(spans):
            _append_text(parent, self.text[pos : s.start])
            if s.kind == "marker":
                parent.append(self.note(self.segments[s.payload["note_segment"]]))
            else:
                parent.append(mention_element(s.payload, self.text[s.start : s.end]))
            pos = s.end
        _append_text(parent, self.text[pos:end])

    def note(self, seg: dict[str, Any]) -> etree._Element:
        """A footnote segment as a TEI ``note`` (its label as ``@n``)."""
        el = etree.Element(tei("note"), place="foot")
        if seg.get("label"):
            el.set("n", seg["label"])
        el.set(f"{{{XML_NS}}}id", f"s{seg['idx']}")
        start = seg["start"]
        label = seg.get("label")
        if label:  # the note text starts with its own label ("1", "[1]", "1.", "*"): @n carries it
            m = re.match(r"\s*[\[(]?\s*" + re.escape(label) + r"\s*[\])]?[.:]?\s*", self.text[start : seg["end"]])
            start += m.end() if m else 0
        self.fill(el, start, seg["end"], markers=False)
        return el

    def body(self) -> etree._Element:
        """The ``body``: one ``div`` per heading (and one before the first heading if needed)."""
        body = etree.Element(tei("body"))
        div: Optional[etree._Element] = None
        lst: Optional[etree._Element] = None
        for idx in sorted(self.segments):
            seg = self.segments[idx]
            if seg["kind"] == "chrome" or idx in self.noted:
                continue
            if seg["kind"] == "heading" or div is None:
                div = etree.SubElement(body, tei("div"))
                lst = None
            if seg["kind"] == "list_item":
                if lst is None:
                    lst = etree.SubElement(div, tei("list"))
                el = etree.SubElement(lst, tei("item"))
            else:
                lst = None
                tag = {"heading": "head", "quote": "quote", "footnote": "note"}.get(seg["kind"], "p")
                el = etree.SubElement(div, tei(tag))
                if tag == "note":
                    el.set("place", "end")
                    if seg.get("label"):
                        el.set("n", seg["label"])
            el.set(f"{{{XML_NS}}}id", f"s{idx}")
            self.fill(el, seg["start"], seg["end"])
        if div is None:
            etree.SubElement(etree.SubElement(body, tei("div")), tei("p"))
        return body
