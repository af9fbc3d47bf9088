"""The read-only export queries, and ``build_kb``: the small hand-made knowledge base the export tests share.

``build_kb`` writes two invented documents through ``add_document`` and then the
resolution and claim rows directly (entities, names, claims, evidence,
attribution), so that the export tests do not depend on recognition or
resolution quality. (Fixture kept here until the lead moves it to conftest.py.)
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import insert, update

from letopis.model import (
    DateValue,
    Document,
    DocumentMeta,
    FootnoteLink,
    Mention,
    NameParts,
    Reference,
    Segment,
)
from letopis.store import Store
from letopis.store import export_queries as q
from letopis.store.documents import add_document, mention_key
from letopis.store.schema import attributions, claims, entities, evidence, external_ids, mentions, names

EN_TEXT = (
    "Report on the Iron Spark group\n\n"
    "Comrade Ivan Petrovich Sarkin, a worker of the Krasny Gorn works, spoke at Tula on 5 March 1922.1 "
    "According to an informant, Sarkin is a member of the Iron Spark group and reads Rabochy Vestnik.\n\n"
    "= Note: figures are =SUM(A1) @ + - estimates.\n\n"
    "1 GARF, f. 1, op. 2, d. 3, l. 4."
)
RU_TEXT = "Зябликов Г. И. состоял в группе «Железная искра» в Туле.\n\nИзвестно, что Зябликова исключили."


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _mention(text: str, needle: str, type_: str, norm: str, seg: int, nth: int = 0, **kw: object) -> Mention:
    s, e = _at(text, needle, nth)
    return Mention(s, e, needle, type_, norm, segment=seg, extractor="test", **kw)  # type: ignore[arg-type]


def _segments(text: str, kinds: list[str], labels: dict[int, str]) -> tuple[Segment, ...]:
    out, pos = [], 0
    for i, chunk in enumerate(text.split("\n\n")):
        start = text.index(chunk, pos)
        out.append(Segment(i, kinds[i], start, start + len(chunk), labels.get(i)))
        pos = start + len(chunk)
    return tuple(out)


def en_document() -> Document:
    t = EN_TEXT
    segs = _segments(t, ["heading", "paragraph", "paragraph", "footnote"], {3: "1"})
    marker = t.index("1922.1") + 5
    men = (
        _mention(t, "Iron Spark group", "organisation", "Iron Spark group", 0),
        _mention(t, "Ivan Petrovich Sarkin", "person", "Ivan Petrovich Sarkin", 1,
                 parts=NameParts(given="Ivan", patronymic="Petrovich", surname="Sarkin", gender="m"),
                 attrs=(("title", "Comrade"),)),
        _mention(t, "Krasny Gorn works", "enterprise", "Krasny Gorn works", 1),
        _mention(t, "Tula", "place", "Tula", 1),
        _mention(t, "5 March 1922", "date", "1922-03-05", 1,
                 date=DateValue("1922-03-05", "1922-03-05", "day", "1922-03-05")),
        _mention(t, "Sarkin", "person", "Sarkin", 1, nth=1, parts=NameParts(surname="Sarkin")),
        _mention(t, "Iron Spark group", "organisation", "Iron Spark group", 1, nth=1),
        _mention(t, "Rabochy Vestnik", "publication", "Rabochy Vestnik", 1),
        _mention(t, "GARF", "organisation", "GARF", 3),
    )
    meta = DocumentMeta(title="Report on the Iron Spark group", date="1922-03-10", date_precision="day",
                        author="Unknown informant", language="en", genre="primary: report",
                        source_url="https://example.org/report", archive_ref="GARF f. 1, op. 2, d. 3")
    rs, re_ = _at(t, "GARF, f. 1, op. 2, d. 3, l. 4.")
    ref = Reference("archival", rs, re_, t[rs:re_], 3, archive="GARF", fond="1", opis="2", delo="3", folio="4")
    return Document("seeds/report.en.txt", t, hashlib.sha256(t.encode()).hexdigest(), meta, "txt",
                    segments=segs, footnotes=(FootnoteLink("1", marker, marker + 1, 1, 3),), mentions=men,
                    references=(ref,))


def ru_document() -> Document:
    t = RU_TEXT
    segs = _segments(t, ["paragraph", "paragraph"], {})
    men = (
        _mention(t, "Зябликов Г. И.", "person", "Зябликов Г. И.", 0,
                 parts=NameParts(surname="Зябликов", initials="Г.И.", gender="m")),
        _mention(t, "Железная искра", "organisation", "Железная искра", 0),
        _mention(t, "Туле", "place", "Тула", 0),
        _mention(t, "Зябликова", "person", "Зябликов", 1, parts=NameParts(surname="Зябликов")),
    )
    meta = DocumentMeta(title="Справка", date="1923", date_precision="year", language="ru")
    return Document("seeds/spravka.ru.txt", t, hashlib.sha256(t.encode()).hexdigest(), meta, "txt",
                    segments=segs, mentions=men)


ENTITIES = [  # id, type, name, redirect_to
    ("p1", "person", "Ivan Petrovich Sarkin", None),
    ("p2", "person", "Г. И. Зябликов", None),
    ("p9", "person", "I. P. Sarkin", "p1"),
    ("o1", "organisation", "Iron Spark group", None),
    ("o2", "organisation", "GARF", None),
    ("n1", "enterprise", "Krasny Gorn works", None),
    ("l1", "place", "Tula", None),
    ("b1", "publication", "Rabochy Vestnik", None),
]
NAMES = [  # entity, name, kind, script
    ("p1", "Ivan Petrovich Sarkin", "preferred", "latn"), ("p1", "Sarkin", "surface", "latn"),
    ("p9", "I. P. Sarkin", "surface", "latn"),
    ("p2", "Г. И. Зябликов", "preferred", "cyrl"), ("p2", "Зябликова", "surface", "cyrl"),
    ("p2", "Zyablikov", "translit", "latn"),
    ("o1", "Iron Spark group", "preferred", "latn"), ("o1", "Железная искра", "surface", "cyrl"),
    ("o2", "GARF", "preferred", "latn"), ("n1", "Krasny Gorn works", "preferred", "latn"),
    ("l1", "Tula", "preferred", "latn"), ("l1", "Тула", "lemma", "cyrl"),
    ("b1", "Rabochy Vestnik", "preferred", "latn"),
]
# mention text (first occurrence per document) -> entity
LINKS = {"Iron Spark group": "o1", "Ivan Petrovich Sarkin": "p1", "Sarkin": "p9", "Krasny Gorn works": "n1",
         "Tula": "l1", "Rabochy Vestnik": "b1", "GARF": "o2", "Зябликов Г. И.": "p2", "Железная искра": "o1",
         "Туле": "l1", "Зябликова": "p2"}


def _claim(cid: str, doc: int, subj: str, pred: str, obj: str | None, hedge: str, **kw: object) -> dict:
    row = {"id": cid, "document_id": doc, "subject_entity": subj, "predicate": pred, "object_entity": obj,
           "object_literal": None, "time_start": None, "time_end": None, "time_precision": None,
           "place_entity": None, "hedge": hedge, "polarity": True, "former": False, "extractor": "test",
           "status": "machine", "subject_mention": None, "object_mention": None}
    row.update(kw)
    return row


def build_kb(store: Store) -> dict[str, int]:
    """Two invented documents with entities, names, a merge redirect and five claims; returns doc ids."""
    en, ru = en_document(), ru_document()
    ids = {"en": add_document(store, en).id, "ru": add_document(store, ru).id}
    with store.engine.begin() as conn:
        conn.execute(insert(entities), [
            {"id": i, "type": t, "name": n, "key": n.lower(), "status": "machine", "redirect_to": r,
             "mention_count": 1} for i, t, n, r in ENTITIES])
        conn.execute(insert(names), [
            {"entity_id": e, "name": n, "kind": k, "script": s, "source": "test", "folded": n.lower()}
            for e, n, k, s in NAMES])
        conn.execute(insert(external_ids).values(entity_id="l1", scheme="wikidata", value="Q4305"))
        for doc in (en, ru):
            for m in doc.mentions:
                if m.text in LINKS:
                    conn.execute(update(mentions).where(mentions.c.key == mention_key(doc, m))
                                 .values(entity_id=LINKS[m.text]))
        e, r = ids["en"], ids["ru"]
        rows = [
            _claim("c1", e, "p9", "member_of", "o1", "reported", time_start="1922-03-05", time_end="1922-03-05",
                   time_precision="day"),
            _claim("c2", e, "p1", "employed_at", "n1", "asserted", place_entity="l1"),
            _claim("c3", e, "p1", "literature", "b1", "suspected", time_start="1922", time_end="1922",
                   time_precision="year"),
            _claim("c4", r, "p2", "member_of", "o1", "asserted", former=True, time_start="1923-01-01",
                   time_end="1923-12-31", time_precision="year"),
            _claim("c5", r, "p2", "sanction", None, "denied", object_literal="=expelled", polarity=False),
            _claim("c6", e, "p1", "member_of", "o2", "asserted", status="rejected"),
        ]
        conn.execute(insert(claims), rows)
        s0 = EN_TEXT.index("\n\n")
        ev = [("c1", e, 1, "Sarkin is a member of the Iron Spark group"),
              ("c2", e, 1, "Ivan Petrovich Sarkin, a worker of the Krasny Gorn works"),
              ("c3", e, 1, "Sarkin is a member of the Iron Spark group and reads Rabochy Vestnik"),
              ("c4", r, 0, "Зябликов Г. И. состоял в группе «Железная искра»"),
              ("c5", r, 1, "Известно, что Зябликова исключили")]
        for cid, doc_id, seg, quote in ev:
            text = EN_TEXT if doc_id == e else RU_TEXT
            start = text.index(quote, s0 if doc_id == e else 0)
            conn.execute(insert(evidence).values(claim_id=cid, document_id=doc_id, segment=seg, start=start,
                                                 end=start + len(quote), quote=quote))
        conn.execute(insert(attributions), [
            {"claim_id": "c1", "position": 0, "name": "Unknown informant", "role": "author", "entity_id": None},
            {"claim_id": "c1", "position": 1, "name": "an informant", "role": "informant", "entity_id": None},
            {"claim_id": "c4", "position": 0, "name": "Справка", "role": "report", "entity_id": None},
        ])
    return ids


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[tuple[Store, dict[str, int]]]:
    """A SQLite knowledge base built by ``build_kb``."""
    store = Store.open(f"sqlite:///{tmp_path / 'kb.db'}")
    ids = build_kb(store)
    yield store, ids
    store.close()


def test_export_queries_entities_hide_merged_away_ids(kb: tuple[Store, dict[str, int]]) -> None:
    store, _ = kb
    ents = {e.id: e for e in q.list_entities(store)}
    assert "p9" not in ents
    assert {n.name for n in ents["p1"].names} >= {"I. P. Sarkin", "Sarkin", "Ivan Petrovich Sarkin"}
    assert ents["l1"].external_ids == (("wikidata", "Q4305"),)


@pytest.mark.parametrize("entity,first,last", [("p1", "1922", "1922"), ("p2", "1923-01-01", "1923-12-31"),
                                               ("l1", None, None)])
def test_export_queries_entity_dates_come_from_claims(kb: tuple[Store, dict[str, int]], entity: str,
                                                      first: str | None, last: str | None) -> None:
    ents = {e.id: e for e in q.list_entities(kb[0])}
    assert (ents[entity].first, ents[entity].last) == (first, last)


def test_export_queries_claims_follow_redirects_and_skip_rejected(kb: tuple[Store, dict[str, int]]) -> None:
    store, ids = kb
    cl = {c.id: c for c in q.list_claims(store)}
    assert "c6" not in cl
    assert cl["c1"].subject_entity == "p1"
    assert [v.role for v in cl["c1"].attribution] == ["author", "informant"]
    assert cl["c1"].evidence[0].quote == "Sarkin is a member of the Iron Spark group"
    assert "c6" in {c.id for c in q.list_claims(store, include_rejected=True)}
    assert {c.id for c in q.list_claims(store, document_id=ids["ru"])} == {"c4", "c5"}


def test_export_queries_mentions_follow_redirects(kb: tuple[Store, dict[str, int]]) -> None:
    store, ids = kb
    ms = q.list_mentions(store, ids["en"])
    assert [m.entity_id for m in ms if m.text == "Sarkin"] == ["p1"]
    assert ms == sorted(ms, key=lambda m: m.start)
    assert q.current_entity_id(store, "p9") == "p1"
    assert q.current_entity_id(store, "zz") is None



def test_export_queries_on_each_backend(store: Store, tmp_path: Path) -> None:
    """The export queries and every exporter on SQLite and PostgreSQL (the ``store`` fixture of conftest)."""
    from letopis.export.csv_export import export_csv
    from letopis.export.gexf import export_gexf
    from letopis.export.jsonld import jsonld_document
    from letopis.export.reconcile_index import NameIndex
    from letopis.export.tei import export_tei, validate_tei

    build_kb(store)
    assert {c.id for c in q.list_claims(store)} == {"c1", "c2", "c3", "c4", "c5"}
    assert all(validate_tei(f) == [] for f in export_tei(store, tmp_path / "tei").files)
    assert export_gexf(store, tmp_path / "n.gexf") == {"nodes": 7, "edges": 4}
    assert export_csv(store, tmp_path / "csv")["claims"] == 5
    assert len(jsonld_document(store)["@graph"]) == 14
    assert NameIndex(store).search("Ziablikov, G.")[0].id == "p2"
    assert q.signature(store) != ()
