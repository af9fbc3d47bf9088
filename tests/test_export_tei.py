"""TEI P5 export: validity against the subset schema, inline markup, stand-off lists, claims, header."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from letopis.errors import NotFound
from letopis.export.tei import PROSOPOGRAPHY, SCHEMA, document_tei, export_tei, validate_tei
from letopis.export.tei_text import date_attrs
from letopis.store import Store
from test_export_queries import build_kb

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("tei")
    store = Store.open(f"sqlite:///{root / 'kb.db'}")
    ids = build_kb(store)
    export_tei(store, root / "out")
    store.close()
    return root / "out", ids


def _doc(exported: tuple[Path, dict[str, int]], which: str) -> etree._Element:
    out, ids = exported
    return etree.parse(str(out / f"doc-{ids[which]}.xml")).getroot()


def test_export_tei_files_validate_against_schema(exported: tuple[Path, dict[str, int]]) -> None:
    out, ids = exported
    files = sorted(out.glob("*.xml"))
    assert {f.name for f in files} == {f"doc-{ids['en']}.xml", f"doc-{ids['ru']}.xml", PROSOPOGRAPHY}
    for f in files:
        assert validate_tei(f) == [], f


def test_export_tei_schema_rejects_what_it_should(exported: tuple[Path, dict[str, int]]) -> None:
    root = _doc(exported, "en")
    rel = root.find(".//t:relation", NS)
    rel.set("cert", "certain")  # not a TEI certainty value
    errors = validate_tei(root)
    assert errors and "cert" in " ".join(errors)
    assert SCHEMA.exists()


@pytest.mark.parametrize("tag,text,ref", [
    ("persName", "Ivan Petrovich Sarkin", "#ep1"),
    ("persName", "Sarkin", "#ep1"),  # a merged-away entity's mention points at the survivor
    ("orgName", "Krasny Gorn works", "#en1"),
    ("placeName", "Tula", "#el1"),
    ("title", "Rabochy Vestnik", "#eb1"),
])
def test_export_tei_names_point_into_standoff(exported: tuple[Path, dict[str, int]], tag: str, text: str,
                                               ref: str) -> None:
    root = _doc(exported, "en")
    hits = [e for e in root.iterfind(f".//t:body//t:{tag}", NS) if e.text == text]
    assert hits and all(e.get("ref") == ref for e in hits)
    ids = set(root.xpath("//@xml:id"))
    assert ref[1:] in ids


def test_export_tei_every_pointer_resolves_and_ids_are_unique(exported: tuple[Path, dict[str, int]]) -> None:
    for which in ("en", "ru"):
        root = _doc(exported, which)
        ids = root.xpath("//@xml:id")
        assert len(ids) == len(set(ids))
        pointers = root.xpath("//@ref | //@active | //@passive | //@source") + [
            p for v in root.xpath("//@resp") for p in v.split()]
        assert pointers and all(p[1:] in set(ids) for p in pointers)


def test_export_tei_date_and_note_at_marker(exported: tuple[Path, dict[str, int]]) -> None:
    root = _doc(exported, "en")
    date = root.find(".//t:body//t:date", NS)
    assert (date.get("when"), date.text) == ("1922-03-05", "5 March 1922")
    note = root.find(".//t:body//t:p/t:note", NS)
    assert note.get("n") == "1" and note.get("place") == "foot"
    assert note.xpath("string(.)").startswith("GARF, f. 1")
    assert note.getprevious().tag.endswith("date")  # right after "... 1922" where the marker was
    # the note's segment is not repeated as a paragraph
    assert root.xpath("//*[@xml:id='s3']") == [note]


def test_export_tei_text_is_preserved(exported: tuple[Path, dict[str, int]]) -> None:
    root = _doc(exported, "ru")
    body = root.find(".//t:body", NS)
    text = "".join(body.itertext())
    assert "Зябликов Г. И. состоял в группе «Железная искра» в Туле." in text


def test_export_tei_claims_as_relations(exported: tuple[Path, dict[str, int]]) -> None:
    root = _doc(exported, "en")
    rels = {r.get(XML_ID): r for r in root.iterfind(".//t:listRelation/t:relation", NS)}
    c1 = rels["c1"]
    assert (c1.get("name"), c1.get("active"), c1.get("passive")) == ("member_of", "#ep1", "#eo1")
    assert (c1.get("type"), c1.get("cert"), c1.get("when")) == ("reported", "medium", "1922-03-05")
    resp = [root.xpath(f"//t:respStmt[@xml:id='{r[1:]}']/t:resp/text()", namespaces=NS)[0]
            for r in c1.get("resp").split()]
    assert resp == ["author", "informant"]
    assert rels["c3"].get("cert") == "low"
    assert "c6" not in rels  # rejected claims are not exported
    ru = _doc(exported, "ru")
    c5 = ru.find(".//t:relation[@name='sanction']", NS)
    assert (c5.get("type"), c5.get("subtype"), c5.get("passive")) == ("denied", "negated", None)
    assert c5.find("t:desc/t:term", NS).text == "=expelled"


def test_export_tei_header_carries_manifest(exported: tuple[Path, dict[str, int]]) -> None:
    root = _doc(exported, "en")
    sd = root.find("t:teiHeader/t:fileDesc/t:sourceDesc", NS)
    assert sd.find("t:bibl/t:date", NS).get("when") == "1922-03-10"
    assert sd.find("t:bibl/t:ptr", NS).get("target") == "https://example.org/report"
    assert sd.find("t:msDesc/t:msIdentifier/t:idno", NS).text == "GARF f. 1, op. 2, d. 3"
    assert root.find(".//t:langUsage/t:language", NS).get("ident") == "en"
    cited = sd.find("t:listBibl[@type='cited']/t:msDesc/t:msIdentifier", NS)
    assert cited.find("t:repository", NS).text == "GARF"
    assert [(i.get("type"), i.text) for i in cited.findall("t:idno", NS)][:4] == [
        ("fond", "1"), ("opis", "2"), ("delo", "3"), ("folio", "4")]


def test_export_tei_prosopography_lists_all_entities_with_names(exported: tuple[Path, dict[str, int]]) -> None:
    out, _ = exported
    root = etree.parse(str(out / PROSOPOGRAPHY)).getroot()
    ids = set(root.xpath("//@xml:id"))
    assert ids == {"ep1", "ep2", "eo1", "eo2", "en1", "el1", "eb1"}
    names = root.xpath("//t:person[@xml:id='ep2']/t:persName/text()", namespaces=NS)
    assert "Зябликова" in names and "Zyablikov" in names
    assert root.xpath("//t:place[@xml:id='el1']/t:idno[@type='wikidata']/text()", namespaces=NS) == ["Q4305"]


def test_export_tei_one_document_and_unknown_document(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'kb.db'}")
    ids = build_kb(store)
    res = export_tei(store, tmp_path / "one", document=str(ids["ru"]))
    assert sorted(p.name for p in res.files) == [f"doc-{ids['ru']}.xml", PROSOPOGRAPHY]
    with pytest.raises(NotFound):
        export_tei(store, tmp_path / "none", document="no-such.txt")
    assert validate_tei(document_tei(store, ids["ru"])) == []
    store.close()


@pytest.mark.parametrize("start,end,iso,expected", [
    ("1922-03-05", "1922-03-05", "1922-03-05", {"when": "1922-03-05"}),
    ("1920-01-01", "1922-12-31", "1920/1922", {"notBefore": "1920-01-01", "notAfter": "1922-12-31"}),
    (None, "1916-12-31", "../1916", {"notAfter": "1916-12-31"}),
    ("1923", "1923", None, {"when": "1923"}),
    ("spring", None, None, {}),
])
def test_export_tei_date_attributes(start: str | None, end: str | None, iso: str | None,
                                    expected: dict[str, str]) -> None:
    assert date_attrs(start, end, iso) == expected


@pytest.mark.parametrize("note_text,label,expected", [
    ("[1] Archive, f. 2.", "1", "Archive, f. 2."),
    ("1. Archive, f. 2.", "1", "Archive, f. 2."),
    ("1 Archive, f. 2.", "1", "Archive, f. 2."),
    ("* Archive, f. 2.", "*", "Archive, f. 2."),
    ("Archive, f. 12.", "1", "Archive, f. 12."),  # no label at the start: nothing is cut
])
def test_export_tei_note_drops_its_own_label(note_text: str, label: str, expected: str) -> None:
    from letopis.export.tei_text import BodyWriter

    text = f"Body text{label}.\n\n{note_text}"
    marker = text.index(label, 4)
    doc = {"text": text,
           "segment_list": [{"idx": 0, "kind": "paragraph", "start": 0, "end": text.index("\n"), "label": None},
                            {"idx": 1, "kind": "footnote", "start": text.index(note_text), "end": len(text),
                             "label": label}],
           "footnote_list": [{"label": label, "marker_start": marker, "marker_end": marker + len(label),
                              "marker_segment": 0, "note_segment": 1}]}
    body = BodyWriter(doc, []).body()
    note = body.find(".//t:p/t:note", NS)
    assert note.get("n") == label and "".join(note.itertext()) == expected
    assert "".join(body.itertext()) == "Body text" + expected + "."
