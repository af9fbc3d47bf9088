"""TEI P5 export: one file per document plus ``prosopography.xml``, valid against ``schemas/tei_letopis.rng``.

Each document file holds its ``teiHeader`` (the manifest), its text with names
and dates marked up and notes at their markers, and a ``standOff`` with the
entities it mentions and its claims as ``relation`` elements, so that every
``@ref="#e..."`` resolves inside the file. ``prosopography.xml`` lists every
entity of the knowledge base with all its names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

from lxml import etree

from letopis.errors import LetopisError
from letopis.export.tei_standoff import Voices, entity_lists, header, relation_list
from letopis.export.tei_text import BodyWriter, tei
from letopis.store import Store
from letopis.store import export_queries as q
from letopis.store.documents import get_document, list_documents

SCHEMA = Path(__file__).parent / "schemas" / "tei_letopis.rng"
PROSOPOGRAPHY = "prosopography.xml"


@dataclass(frozen=True)
class TeiExport:
    """What ``export_tei`` wrote: the files, and counts of documents, entities and relations."""

    files: tuple[Path, ...] = ()
    documents: int = 0
    entities: int = 0
    relations: int = 0


def _root() -> etree._Element:
    return etree.Element(tei("TEI"), nsmap={None: "http://www.tei-c.org/ns/1.0"})


def document_tei(store: Store, doc_id: int, entities: Optional[dict[str, q.ExportEntity]] = None) -> etree._Element:
    """The TEI tree of one document (header, text, stand-off entities and relations)."""
    doc = get_document(store, doc_id)
    entities = entities if entities is not None else {e.id: e for e in q.list_entities(store)}
    mentions = q.list_mentions(store, doc_id)
    claims = [c for c in q.list_claims(store, doc_id) if c.subject_entity in entities]
    voices = Voices()
    names = {k: e.name for k, e in entities.items()}
    rels = relation_list(claims, voices, names)  # before the header: it registers the voices
    root = _root()
    root.append(header(doc, voices, q.list_references(store, doc_id)))
    text = etree.SubElement(root, tei("text"))
    text.append(BodyWriter(doc, mentions).body())
    used = {m.entity_id for m in mentions if m.entity_id and m.type != "date"}
    for c in claims:
        used.update(x for x in (c.subject_entity, c.object_entity, c.place_entity) if x)
    stand = etree.SubElement(root, tei("standOff"))
    entity_lists(stand, [entities[i] for i in sorted(used) if i in entities])
    if rels is not None:
        stand.append(rels)
    if not len(stand):
        root.remove(stand)
    _drop_dangling_refs(root)
    return root


def _drop_dangling_refs(root: etree._Element) -> None:
    """Remove @ref/@passive pointers to entities of a kind that has no list (dates)."""
    xml_ids = set(root.xpath("//@xml:id"))
    for el in root.iter():
        for attr in ("ref", "passive"):
            val = el.get(attr)
            if val and val.startswith("#") and val[1:] not in xml_ids:
                del el.attrib[attr]


def prosopography_tei(store: Store, entities: list[q.ExportEntity]) -> etree._Element:
    """The corpus-wide entity lists as one TEI file."""
    root = _root()
    h = etree.SubElement(root, tei("teiHeader"))
    fd = etree.SubElement(h, tei("fileDesc"))
    etree.SubElement(etree.SubElement(fd, tei("titleStmt")), tei("title")).text = "Prosopography"
    etree.SubElement(etree.SubElement(fd, tei("publicationStmt")), tei("p")).text = (
        "Exported from a letopis knowledge base."
    )
    etree.SubElement(etree.SubElement(fd, tei("sourceDesc")), tei("p")).text = (
        f"Entities resolved from {len(list_documents(store))} documents."
    )
    stand = etree.SubElement(root, tei("standOff"))
    entity_lists(stand, entities)
    return root


def _write(tree: etree._Element, path: Path) -> Path:
    etree.ElementTree(tree).write(str(path), encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return path


def export_tei(store: Store, out_dir: Union[str, Path], document: Optional[str] = None) -> TeiExport:
    """Write ``doc-<id>.xml`` per document (or just ``document``) and ``prosopography.xml`` into ``out_dir``.

    document (str | None): an id or path as ``letopis documents`` shows it.
    RETURNS (TeiExport): the files written and counts.
    """
    from letopis.store.documents import find_document

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ents = q.list_entities(store)
    by_id = {e.id: e for e in ents}
    ids = [find_document(store, document)] if document else [d["id"] for d in list_documents(store)]
    files, relations = [], 0
    for doc_id in ids:
        tree = document_tei(store, doc_id, by_id)
        relations += len(tree.findall(f".//{tei('relation')}"))
        files.append(_write(tree, out / f"doc-{doc_id}.xml"))
    files.append(_write(prosopography_tei(store, ents), out / PROSOPOGRAPHY))
    return TeiExport(tuple(files), len(ids), len(ents), relations)


@lru_cache(maxsize=1)
def _schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def validate_tei(path_or_tree: Union[str, Path, etree._Element]) -> list[str]:
    """Validate a TEI file (or tree) against the letopis subset schema; returns the errors (empty: valid)."""
    try:
        tree = (
            path_or_tree if isinstance(path_or_tree, etree._Element) else etree.parse(str(path_or_tree)).getroot()
        )
    except (OSError, etree.XMLSyntaxError) as err:
        raise LetopisError(f"{path_or_tree}: not well-formed XML ({err})") from err
    schema = _schema()
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
