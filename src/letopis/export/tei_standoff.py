"""The stand-off parts of the TEI export: entity lists, claims as ``relation``, and the ``teiHeader``.

Hedges become ``@cert`` (asserted high, probable and reported medium, suspected
low, denied and refuted unknown) and stay literal in ``@type``; the attribution
chain becomes ``@resp``, pointing at one ``respStmt`` per voice in the header.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional

from lxml import etree

from letopis.export.tei_text import XML_NS, clean, date_attrs, tei, xml_id
from letopis.store.export_queries import ExportClaim, ExportEntity, ExportVoice

CERT = {"asserted": "high", "probable": "medium", "reported": "medium", "suspected": "low",
        "denied": "unknown", "refuted": "unknown"}
LISTS = {  # entity type -> (list element, item element, name element, @type of the item)
    "person": ("listPerson", "person", "persName", None),
    "organisation": ("listOrg", "org", "orgName", None),
    "enterprise": ("listOrg", "org", "orgName", "enterprise"),
    "place": ("listPlace", "place", "placeName", None),
    "event": ("listEvent", "event", "label", None),
    "publication": ("listBibl", "bibl", "title", None),
}
LIST_ORDER = ("listPerson", "listOrg", "listPlace", "listEvent", "listBibl")
LANG = {"cyrl": "ru", "latn": None}
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _sub(parent: etree._Element, tag: str, text: Optional[str] = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tei(tag), {k: clean(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = clean(text)
    return el


def entity_element(ent: ExportEntity) -> Optional[etree._Element]:
    """``person`` / ``org`` / ``place`` / ``event`` / ``bibl`` with every name and external id."""
    if ent.type not in LISTS:
        return None
    _, item, name_tag, type_ = LISTS[ent.type]
    el = etree.Element(tei(item))
    el.set(f"{{{XML_NS}}}id", xml_id("e", ent.id))
    if type_:
        el.set("type", type_)
    seen: set[str] = set()
    pairs = [(ent.name, "preferred", None)] + [(n.name, n.kind, n.script) for n in ent.names]
    for name, kind, script in pairs:
        if not name or name in seen or (name_tag == "label" and seen):
            continue
        seen.add(name)
        nel = _sub(el, name_tag, name)
        if name_tag != "label":
            nel.set("type", kind)
        lang = LANG.get(script or "") or ("ru" if _CYRILLIC.search(name) else None)
        if lang:
            nel.set(f"{{{XML_NS}}}lang", lang)
    for scheme, value in ent.external_ids:
        _sub(el, "idno", value, type=scheme)
    return el


def entity_lists(parent: etree._Element, ents: Iterable[ExportEntity]) -> None:
    """Append one list element per entity kind (``listPerson``, ``listOrg``...) to ``parent``."""
    groups: dict[str, list[etree._Element]] = {}
    for ent in ents:
        el = entity_element(ent)
        if el is not None:
            groups.setdefault(LISTS[ent.type][0], []).append(el)
    for name in LIST_ORDER:
        if groups.get(name):
            lst = _sub(parent, name)
            lst.extend(groups[name])


class Voices:
    """The attribution voices of one document, one ``respStmt`` each, shared by the claims."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str], str] = {}

    def ref(self, voice: ExportVoice) -> str:
        key = (voice.name, voice.role)
        if key not in self.ids:
            self.ids[key] = f"v{len(self.ids) + 1}"
        return "#" + self.ids[key]

    def resp_stmts(self) -> list[etree._Element]:
        out = []
        for (name, role), vid in self.ids.items():
            el = etree.Element(tei("respStmt"))
            el.set(f"{{{XML_NS}}}id", vid)
            _sub(el, "resp", role)
            _sub(el, "name", name)
            out.append(el)
        return out


def relation_element(c: ExportClaim, voices: Voices, names: dict[str, str]) -> Optional[etree._Element]:
    """A claim as a TEI ``relation`` (None when its subject is not resolved to an entity)."""
    if not c.subject_entity:
        return None
    el = etree.Element(tei("relation"))
    el.set(f"{{{XML_NS}}}id", xml_id("c", c.id))
    name = re.sub(r"\W", "_", c.predicate)
    el.set("name", name if name[:1].isalpha() else "p_" + name)
    el.set("active", "#" + xml_id("e", c.subject_entity))
    if c.object_entity:
        el.set("passive", "#" + xml_id("e", c.object_entity))
    el.set("type", c.hedge)
    flags = [f for f, on in (("former", c.former), ("negated", not c.polarity)) if on]
    if flags:
        el.set("subtype", "-".join(flags))
    el.set("cert", CERT.get(c.hedge, "unknown"))
    if c.attribution:
        el.set("resp", " ".join(voices.ref(v) for v in c.attribution))
    for k, v in date_attrs(c.time_start, c.time_end).items():
        el.set(k, v)
    if c.evidence:
        el.set("source", f"#s{c.evidence[0].segment}")
    _relation_desc(el, c, names)
    return el


def _relation_desc(el: etree._Element, c: ExportClaim, names: dict[str, str]) -> None:
    desc = _sub(el, "desc")
    if c.object_literal:
        _sub(desc, "term", c.object_literal, type="object")
    if c.place_entity:
        _sub(desc, "placeName", names.get(c.place_entity, c.place_entity), ref="#" + xml_id("e", c.place_entity))
    for ev in c.evidence[:1]:
        _sub(desc, "quote", ev.quote)
    if not len(desc):
        el.remove(desc)


def relation_list(claims: list[ExportClaim], voices: Voices, names: dict[str, str]) -> Optional[etree._Element]:
    """``listRelation`` of the claims (None when there are none)."""
    rels = [r for r in (relation_element(c, voices, names) for c in claims) if r is not None]
    if not rels:
        return None
    lst = etree.Element(tei("listRelation"))
    lst.extend(rels)
    return lst


def header(doc: dict[str, Any], voices: Voices, refs: list[dict[str, Any]]) -> etree._Element:
    """The ``teiHeader``: title, author and voices; the manifest in ``sourceDesc``; language."""
    h = etree.Element(tei("teiHeader"))
    fd = _sub(h, "fileDesc")
    ts = _sub(fd, "titleStmt")
    _sub(ts, "title", doc.get("title") or doc.get("path") or "untitled")
    if doc.get("author"):
        _sub(ts, "author", doc["author"])
    ts.extend(voices.resp_stmts())
    _sub(_sub(fd, "publicationStmt"), "p", "Exported from a letopis knowledge base.")
    _source_desc(_sub(fd, "sourceDesc"), doc, refs)
    enc = _sub(h, "encodingDesc")
    _sub(enc, "p", "Claims are relation elements: @type is the hedge, @cert its certainty "
         "(asserted high; probable, reported medium; suspected low; denied, refuted unknown), "
         "@resp the attribution chain from the document's author inwards, @source the evidence.")
    if doc.get("language"):
        lu = _sub(_sub(h, "profileDesc"), "langUsage")
        _sub(lu, "language", doc["language"], ident=doc["language"])
    return h


def _source_desc(sd: etree._Element, doc: dict[str, Any], refs: list[dict[str, Any]]) -> None:
    bibl = _sub(sd, "bibl")
    _sub(bibl, "title", doc.get("title") or "")
    if doc.get("author"):
        _sub(bibl, "author", doc["author"])
    if doc.get("date"):
        _sub(bibl, "date", doc["date"], **date_attrs(doc["date"], doc["date"]))
    if doc.get("source_url"):
        _sub(bibl, "ptr", target=doc["source_url"])
    for label, key in (("genre", "genre"), ("translation", "translation_of"), ("note", "note")):
        if doc.get(key):
            _sub(bibl, "note", doc[key], type=label)
    if doc.get("archive_ref"):
        _sub(_sub(_sub(sd, "msDesc"), "msIdentifier"), "idno", doc["archive_ref"], type="archive_ref")
    archival = [r for r in refs if r["kind"] == "archival"]
    if archival:
        lb = _sub(sd, "listBibl", type="cited")
        for r in archival:
            ms = _sub(_sub(lb, "msDesc"), "msIdentifier")
            if r.get("archive"):
                _sub(ms, "repository", r["archive"])
            for part in ("fond", "opis", "delo", "folio"):
                if r.get(part):
                    _sub(ms, "idno", r[part] + ("ob" if part == "folio" and r.get("verso") and
                                                not r[part].endswith("ob") else ""), type=part)
            _sub(ms, "idno", r["text"], type="citation")
