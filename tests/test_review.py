"""Resolution on a knowledge base and human review that is never lost (replay, redirects, stale)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from sqlalchemy import select

from letopis import review
from letopis.errors import NotFound, ReviewError
from letopis.model import Claim, Document, Mention, NameParts
from letopis.resolve.corpus import resolve_store
from letopis.store import Store
from letopis.store import decisions as log
from letopis.store.cli_queries import entity_detail, list_entity_summaries
from letopis.store.documents import add_document
from letopis.store.schema import claims, entities, mentions, names, review_queue


def make_doc(path: str, text: str, items: list[tuple[str, str]], claims_: tuple[Claim, ...] = (),
             lang: str = "en", parts: dict[str, NameParts] | None = None) -> Document:  # fmt: skip
    """A document whose mentions are the first occurrences (after the previous one) of each name."""
    ms, pos = [], 0
    for name, type_ in items:
        s = text.index(name, pos)
        pos = s + len(name)
        ms.append(Mention(s, pos, name, type_, name, parts=(parts or {}).get(name)))
    from letopis.model import DocumentMeta

    return Document(path=path, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    meta=DocumentMeta(language=lang), mentions=tuple(ms), claims=claims_)  # fmt: skip


TEXT_A = ("G. I. Myasnikov met Korzhikov and I. I. Korzhikov in Perm. O. Medvedev and S. Medvedev argued; "
          "Medvedev won. Ivan Sorokin (known in the party as Petrov) spoke; Petrov left early.")  # fmt: skip
ITEMS_A = [("G. I. Myasnikov", "person"), ("Korzhikov", "person"), ("I. I. Korzhikov", "person"), ("Perm", "place"),
           ("O. Medvedev", "person"), ("S. Medvedev", "person"), ("Medvedev", "person"),
           ("Ivan Sorokin", "person"), ("Petrov", "person"), ("Petrov", "person")]  # fmt: skip
TEXT_B = "Мясников приехал в Пермь. Письмо Мясникова прочли."
ITEMS_B = [("Мясников", "person"), ("Пермь", "place"), ("Мясникова", "person")]
PARTS_B = {"Мясникова": NameParts(surname="Мясников", gender="m")}


@pytest.fixture
def kb(store: Store) -> Store:
    add_document(store, make_doc("a.txt", TEXT_A, ITEMS_A,
                                 claims_=(Claim(subject=0, predicate="member_of", object=7),)))  # fmt: skip
    add_document(store, make_doc("b.txt", TEXT_B, ITEMS_B, lang="ru", parts=PARTS_B))
    resolve_store(store)
    return store


def entity_of(store: Store, text: str, doc_path: str | None = None) -> str:
    with store.engine.connect() as conn:
        q = select(mentions.c.entity_id).where(mentions.c.text == text).order_by(mentions.c.id.desc())
        eid = conn.execute(q).scalars().first()
    assert eid, text
    return str(eid)


def rows(store: Store, table: Any) -> list[Any]:
    with store.engine.connect() as conn:
        return conn.execute(select(table)).all()


def test_review_resolution_links_mentions_across_scripts_and_forms(kb: Store) -> None:
    assert entity_of(kb, "G. I. Myasnikov") == entity_of(kb, "Мясников") == entity_of(kb, "Мясникова")
    assert entity_of(kb, "Perm") == entity_of(kb, "Пермь")
    assert entity_of(kb, "Korzhikov") == entity_of(kb, "I. I. Korzhikov")
    assert entity_of(kb, "O. Medvedev") != entity_of(kb, "S. Medvedev")
    assert entity_of(kb, "Medvedev") not in (entity_of(kb, "O. Medvedev"), entity_of(kb, "S. Medvedev"))
    assert entity_of(kb, "Ivan Sorokin") == entity_of(kb, "Petrov")  # alias cue


def test_review_resolution_writes_names_queue_and_claim_links(kb: Store) -> None:
    eid = entity_of(kb, "Мясников")
    mine = [n for n in rows(kb, names) if n.entity_id == eid]
    assert {"surface", "translit", "preferred"} <= {n.kind for n in mine}
    assert {n.scheme for n in mine if n.kind == "translit"} >= {"ala-lc", "bgn-pcgn", "scholarly"}
    assert all(n.source for n in mine) and all(n.folded for n in mine)
    sorokin = entity_of(kb, "Ivan Sorokin")
    assert any(n.kind == "alias" and n.name == "Petrov" for n in rows(kb, names) if n.entity_id == sorokin)
    queue = rows(kb, review_queue)
    bare = entity_of(kb, "Medvedev")
    assert sum(1 for q in queue if bare in (q.a, q.b)) == 2
    claim = rows(kb, claims)[0]
    assert (claim.subject_entity, claim.object_entity) == (eid, sorokin)


def test_review_resolution_is_idempotent_with_stable_ids(kb: Store) -> None:
    before = sorted((e.id, e.name, e.mention_count) for e in rows(kb, entities))
    n_names = len(rows(kb, names))
    report = resolve_store(kb)
    assert sorted((e.id, e.name, e.mention_count) for e in rows(kb, entities)) == before
    assert len(rows(kb, names)) == n_names
    assert report.entities == len(before) and report.mentions == len(ITEMS_A) + len(ITEMS_B)


def test_review_merge_redirects_and_survives_rerun(kb: Store) -> None:
    a, b = entity_of(kb, "O. Medvedev"), entity_of(kb, "Medvedev")
    assert review.merge(kb, [a, b], note="same man") == a
    assert not [q for q in rows(kb, review_queue) if {q.a, q.b} == {a, b}]
    shown = entity_detail(kb, b)
    assert shown["id"] == a and shown["redirected"] and shown["mention_count"] == 2
    report = resolve_store(kb)
    assert report.decisions_replayed == 1 and report.decisions_stale == 0
    assert entity_of(kb, "Medvedev") == entity_of(kb, "O. Medvedev") == a
    assert entity_detail(kb, b)["id"] == a


def test_review_split_stays_split_after_rerun(kb: Store) -> None:
    eid = entity_of(kb, "Korzhikov")
    key = next(m.key for m in rows(kb, mentions) if m.text == "Korzhikov")
    new = review.split(kb, eid, [key])
    assert new != eid and entity_of(kb, "Korzhikov") == new and entity_of(kb, "I. I. Korzhikov") == eid
    resolve_store(kb)
    resolve_store(kb)
    assert entity_of(kb, "Korzhikov") == new and entity_of(kb, "I. I. Korzhikov") == eid
    assert any(n.name == "Korzhikov" and n.kind == "surface" for n in rows(kb, names) if n.entity_id == new)
    assert not any(n.name == "Korzhikov" and n.kind == "surface" for n in rows(kb, names) if n.entity_id == eid)


def test_review_rename_and_link_stay_after_rerun(kb: Store) -> None:
    eid = entity_of(kb, "Мясников")
    review.rename(kb, eid, "Gavriil Ilyich Myasnikov")
    review.link(kb, eid, "wikidata:Q4150930")
    resolve_store(kb)
    d = entity_detail(kb, eid)
    assert d["name"] == "Gavriil Ilyich Myasnikov" and d["status"] == "confirmed"
    assert d["external_ids"] == [{"scheme": "wikidata", "value": "Q4150930", "decision": 2}]


def test_review_decisions_replayed_after_reingest_of_a_new_version(kb: Store) -> None:
    a, b = entity_of(kb, "S. Medvedev"), entity_of(kb, "Medvedev")
    review.merge(kb, [a, b])
    add_document(kb, make_doc("a.txt", "Preface. " + TEXT_A, ITEMS_A))  # new version: every key changes
    report = resolve_store(kb)
    assert report.decisions_stale == 0
    assert entity_of(kb, "S. Medvedev") == entity_of(kb, "Medvedev")
    assert entity_of(kb, "O. Medvedev") != entity_of(kb, "Medvedev")


def test_review_stale_decision_is_reported_and_kept(kb: Store) -> None:
    review.merge(kb, [entity_of(kb, "O. Medvedev"), entity_of(kb, "Medvedev")])
    add_document(kb, make_doc("a.txt", "Nothing about them here, only Lenin.", [("Lenin", "person")]))
    report = resolve_store(kb)
    assert report.decisions_stale == 1 and report.stale == (1,)
    assert [d["status"] for d in log.list_decisions(kb)] == ["stale"]


def test_review_accept_and_reject_replayed(kb: Store) -> None:
    cid = rows(kb, claims)[0].id
    with kb.engine.begin() as conn:
        log.append(conn, "accept", {"claim": cid})
        log.append(conn, "reject", {"claim": "c-no-such-claim"})
    report = resolve_store(kb)
    assert rows(kb, claims)[0].status == "accepted"
    assert report.decisions_stale == 1 and [d["status"] for d in log.list_decisions(kb)] == [
        "applied",
        "stale",
    ]


def test_review_errors(kb: Store) -> None:
    eid = entity_of(kb, "Korzhikov")
    with pytest.raises(NotFound):
        review.rename(kb, "enosuchthing", "X")
    with pytest.raises(ReviewError):
        review.merge(kb, [eid, eid])
    with pytest.raises(ReviewError):
        review.link(kb, eid, "wikidata:foo")
    with pytest.raises(ReviewError):
        review.split(kb, eid, [m.key for m in rows(kb, mentions) if m.entity_id == eid])


def test_review_entity_list_has_variants_and_documents(kb: Store) -> None:
    ents = {e["id"]: e for e in list_entity_summaries(kb, "person")}
    m = ents[entity_of(kb, "Мясников")]
    assert set(m["variants"]) == {"G. I. Myasnikov", "Мясников", "Мясникова"} and len(m["documents"]) == 2


def test_review_old_ids_redirect_after_reingest_of_a_new_version(kb: Store) -> None:
    old = entity_of(kb, "Korzhikov")
    add_document(kb, make_doc("a.txt", "Preface. " + TEXT_A, ITEMS_A))
    resolve_store(kb)
    new = entity_of(kb, "Korzhikov")
    assert new != old and entity_detail(kb, old)["id"] == new
    resolve_store(kb)
    assert entity_detail(kb, old)["id"] == new


def test_review_keep_apart_leaves_the_queue_for_good(kb: Store) -> None:
    a, b = entity_of(kb, "O. Medvedev"), entity_of(kb, "Medvedev")
    review.keep_apart(kb, a, b, note="different men")
    pairs = lambda: {frozenset((q.a, q.b)) for q in rows(kb, review_queue)}
    assert frozenset((a, b)) not in pairs()
    resolve_store(kb)
    assert frozenset((a, b)) not in pairs() and frozenset((entity_of(kb, "S. Medvedev"), b)) in pairs()
    assert [d["action"] for d in log.list_decisions(kb)] == ["distinct"]


def test_review_split_id_survives_reingest_of_a_new_version(kb: Store) -> None:
    key = next(m.key for m in rows(kb, mentions) if m.text == "Korzhikov")
    new = review.split(kb, entity_of(kb, "Korzhikov"), [key])
    add_document(kb, make_doc("a.txt", "Preface. " + TEXT_A, ITEMS_A))
    report = resolve_store(kb)
    assert report.decisions_stale == 0
    assert entity_of(kb, "Korzhikov") == new != entity_of(kb, "I. I. Korzhikov")
