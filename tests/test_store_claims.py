"""Claims in the store: round trip, stable ids, redirects, contested / corroborated, accept / reject."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from letopis.model import Claim, Document, DocumentMeta, Mention, Segment, Voice
from letopis.store import Store
from letopis.store.claims import claim_id, list_claims, set_status
from letopis.store.documents import add_document
from letopis.store.schema import claims, decisions, entities, mentions


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite knowledge base (this file's own; the shared one runs on PostgreSQL too)."""
    s = Store.open(f"sqlite:///{tmp_path}/kb.db")
    yield s
    s.close()


def claim_doc(text: str, subject: str, obj: str, hedge: str = "asserted", path: str = "a.txt",
              voices: tuple[Voice, ...] = (), polarity: bool = True) -> Document:
    """A one-paragraph document whose single claim is ``subject member_of obj``."""
    s, o = text.index(subject), text.index(obj)
    ments = (Mention(s, s + len(subject), subject, "person", subject, 0),
             Mention(o, o + len(obj), obj, "organisation", obj, 0))
    chain = (Voice("author", "author"),) + voices
    c = Claim(0, "member_of", 1, hedge=hedge, polarity=polarity, attribution=chain, evidence_start=0,
              evidence_end=len(text), segment=0, extractor="letopis.claims.v1")
    return Document(path, text, hashlib.sha256(text.encode()).hexdigest(), DocumentMeta(language="en"),
                    segments=(Segment(0, "paragraph", 0, len(text)),), mentions=ments, claims=(c,))


def resolve(store: Store, doc_id: int, person: str, org: str) -> None:
    """Simulate resolution: point the document's mentions at entities."""
    with store.engine.begin() as conn:
        for eid, etype in ((person, "person"), (org, "organisation")):
            if conn.execute(select(entities.c.id).where(entities.c.id == eid)).first() is None:
                conn.execute(entities.insert().values(id=eid, type=etype, name=eid.title(), status="machine"))
        conn.execute(update(mentions).where(mentions.c.document_id == doc_id, mentions.c.type == "person")
                     .values(entity_id=person))
        conn.execute(update(mentions).where(mentions.c.document_id == doc_id, mentions.c.type == "organisation")
                     .values(entity_id=org))


def test_store_claims_round_trip_json_shape(store: Store) -> None:
    doc = claim_doc("According to Vetrov, Arkov joined the Free Labour.", "Arkov", "Free Labour", "reported",
                    voices=(Voice("Vetrov", "informant"),))
    added = add_document(store, doc)
    [row] = list_claims(store)
    assert set(row) >= {"id", "subject", "predicate", "object", "time", "hedge", "polarity", "attribution",
                        "evidence", "status", "contested", "corroborated"}
    assert row["id"] == claim_id(doc, doc.claims[0]) and row["id"].startswith("c") and len(row["id"]) == 13
    assert row["subject"] == {"id": None, "name": "Arkov"}
    assert row["object"] == {"id": None, "name": "Free Labour"}
    assert row["predicate"] == "member_of" and row["hedge"] == "reported" and row["polarity"] is True
    assert row["attribution"] == [{"id": None, "name": "author", "role": "author"},
                                  {"id": None, "name": "Vetrov", "role": "informant"}]
    assert row["evidence"] == {"document": added.id, "start": 0, "end": len(doc.text), "quote": doc.text}
    assert row["status"] == "machine" and row["contested"] == [] and row["corroborated"] == []
    json.dumps(row)


def test_store_claims_ids_are_stable_across_knowledge_bases(store: Store, tmp_path: Path) -> None:
    doc = claim_doc("Arkov joined the Free Labour.", "Arkov", "Free Labour")
    add_document(store, doc)
    other = Store.open(f"sqlite:///{tmp_path}/other.db")
    add_document(other, doc)
    assert [c["id"] for c in list_claims(store)] == [c["id"] for c in list_claims(other)]
    other.close()


def test_store_claims_contested_and_corroborated_across_documents(store: Store) -> None:
    a = add_document(store, claim_doc("Arkov joined the Free Labour.", "Arkov", "Free Labour", path="a.txt"))
    b = add_document(store, claim_doc("Arkov was in the Free Labour, it seems.", "Arkov", "Free Labour",
                                      "probable", path="b.txt"))
    c = add_document(store, claim_doc("Arkov denied any tie to the Free Labour.", "Arkov", "Free Labour",
                                      "denied", path="c.txt"))
    for d in (a, b, c):
        resolve(store, d.id, "arkov", "free-labour")
    rows = {r["evidence"]["document"]: r for r in list_claims(store)}
    assert rows[a.id]["corroborated"] == [rows[b.id]["id"]]
    assert rows[a.id]["contested"] == [rows[c.id]["id"]]
    assert sorted(rows[c.id]["contested"]) == sorted([rows[a.id]["id"], rows[b.id]["id"]])
    assert rows[c.id]["corroborated"] == []
    assert [r["id"] for r in list_claims(store, contested=True)] == [r["id"] for r in list_claims(store)]
    assert [r["hedge"] for r in list_claims(store, hedge="denied")] == ["denied"]
    assert list_claims(store, predicate="leader_of") == []
    assert rows[a.id]["subject"] == {"id": "arkov", "name": "Arkov"}


def test_store_claims_entity_filter_follows_redirects(store: Store) -> None:
    a = add_document(store, claim_doc("Arkov joined the Free Labour.", "Arkov", "Free Labour"))
    resolve(store, a.id, "arkov-old", "free-labour")
    with store.engine.begin() as conn:
        conn.execute(entities.insert().values(id="arkov", type="person", name="Arkov", status="machine"))
        conn.execute(update(entities).where(entities.c.id == "arkov-old").values(redirect_to="arkov"))
    assert len(list_claims(store, entity="arkov")) == 1
    assert len(list_claims(store, entity="arkov-old")) == 1
    assert list_claims(store, entity="arkov")[0]["subject"]["id"] == "arkov"
    assert list_claims(store, entity="nobody") == []


def test_store_claims_accept_and_reject_record_decisions(store: Store) -> None:
    add_document(store, claim_doc("Arkov joined the Free Labour.", "Arkov", "Free Labour"))
    cid = list_claims(store)[0]["id"]
    set_status(store, cid, "reject", "misread")
    assert list_claims(store)[0]["status"] == "rejected"
    set_status(store, cid, "accept")
    assert list_claims(store)[0]["status"] == "accepted"
    with store.engine.connect() as conn:
        rows = conn.execute(select(decisions).order_by(decisions.c.id)).all()
    assert [(r.action, json.loads(r.payload), r.reason) for r in rows] == [
        ("reject", {"claim": cid}, "misread"), ("accept", {"claim": cid}, None)]


def test_store_claims_cli_lists_and_decides(store: Store, tmp_path: Path) -> None:
    from letopis.cli import cli

    add_document(store, claim_doc("Arkov joined the Free Labour.", "Arkov", "Free Labour"))
    db = f"sqlite:///{tmp_path}/kb.db"
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", db, "claims", "--json"])
    assert out.exit_code == 0, out.output
    cid = json.loads(out.output)[0]["id"]
    out = runner.invoke(cli, ["--db", db, "reject", cid, "--note", "wrong person"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(cli, ["--db", db, "claims", "--json", "--hedge", "asserted"])
    assert json.loads(out.output)[0]["status"] == "rejected"
    out = runner.invoke(cli, ["--db", db, "accept", "c000000000000"])
    assert out.exit_code != 0 and "no such claim" in out.output
    with store.engine.connect() as conn:
        assert conn.execute(select(claims.c.status)).scalar() == "rejected"
