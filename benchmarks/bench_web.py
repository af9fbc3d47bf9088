"""Benchmark of the web workbench: server time of every page and API call on a large knowledge base.

Builds a synthetic knowledge base of about 1,000,000 words and 50,000 entities
(invented names, English and Russian documents, mentions, names in both scripts,
claims with evidence and attribution, a review queue) with SQLAlchemy executemany,
then times each route through FastAPI's TestClient and prints p50/p95 per route.
Targets (issue 6): every page and API call p95 < 200 ms, search p95 < 100 ms.

    .venv/bin/python benchmarks/bench_web.py [--db URL] [--words 1000000] [--entities 50000] [--runs 20]
"""

from __future__ import annotations

import argparse
import functools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from letopis.store import Store
from letopis.store.schema import (
    attributions,
    claims,
    documents,
    entities,
    evidence,
    mentions,
    names,
    review_queue,
    segments,
)

SYLLABLES = [("ko", "ко"), ("lya", "ля"), ("din", "дин"), ("mi", "ми"), ("ras", "рас"), ("bel", "бел"),
             ("vor", "вор"), ("sha", "ша"), ("gu", "гу"), ("pet", "пет"), ("lom", "лом"), ("ter", "тер"),
             ("za", "за"), ("ryu", "рю"), ("nos", "нос"), ("cher", "чер"), ("ba", "ба"), ("kha", "ха"),
             ("ste", "сте"), ("pa", "па"), ("lev", "лев"), ("dro", "дро"), ("fi", "фи"), ("tsy", "цы"),
             ("ya", "я"), ("sun", "сун"), ("gor", "гор"), ("ve", "ве"), ("ni", "ни"), ("mak", "мак")]  # fmt: skip
SUFFIXES = [("ov", "ов"), ("in", "ин"), ("sky", "ский"), ("enko", "енко"), ("ev", "ев")]
GIVEN = [("Ivan", "Иван"), ("Pyotr", "Пётр"), ("Anna", "Анна"), ("Fyodor", "Фёдор"), ("Maria", "Мария"),
         ("Sergei", "Сергей"), ("Nikolai", "Николай"), ("Olga", "Ольга")]  # fmt: skip
EN_WORDS = ["the", "of", "and", "to", "in", "a", "was", "that", "workers", "group", "meeting", "factory", "strike", "said", "report", "committee", "party", "members", "were", "on", "by", "with", "at", "from", "for", "had", "they", "this", "district", "union", "leaflet", "demanded", "wages", "secretary", "conference", "plant", "cell", "opposition", "delegate", "letter", "arrested", "informant"]
RU_WORDS = ["и", "в", "не", "на", "что", "рабочие", "группа", "собрание", "завод", "стачка", "сказал", "доклад", "комитет", "партии", "члены", "были", "по", "с", "от", "для", "они", "это", "района", "союз", "листовка", "требовали", "зарплаты", "секретарь", "конференции"]
PREDICATES = ("member_of", "leads", "attended", "contact_with", "founded", "works_at")
HEDGE_MIX = ("asserted", "asserted", "probable", "reported", "reported", "suspected", "denied")
TYPES = ("person",) * 6 + ("organisation", "organisation", "enterprise", "place")


def _entity_names(n: int, rnd: random.Random) -> list[tuple[str, str, str, str]]:
    """n unique (type, latin name, cyrillic name, latin surname) tuples."""
    seen: set[str] = set()
    out: list[tuple[str, str, str, str]] = []
    while len(out) < n:
        k = rnd.choice((2, 2, 3))
        parts = [rnd.choice(SYLLABLES) for _ in range(k)]
        suf = rnd.choice(SUFFIXES)
        lat = "".join(p[0] for p in parts) + suf[0]
        cyr = "".join(p[1] for p in parts) + suf[1]
        lat, cyr = lat.capitalize(), cyr.capitalize()
        typ = TYPES[len(out) % len(TYPES)]
        if typ == "person":
            g = rnd.choice(GIVEN)
            full_l, full_c = f"{g[0]} {lat}", f"{g[1]} {cyr}"
        else:
            kind = {"organisation": ("Circle", "кружок"), "enterprise": ("Works", "завод"), "place": ("", "")}[typ]
            full_l, full_c = f"{lat} {kind[0]}".strip(), f"{cyr} {kind[1]}".strip()
        if full_l in seen:
            continue
        seen.add(full_l)
        out.append((typ, full_l, full_c, lat))
    return out


def build(store: Store, words: int, n_entities: int, seed: int = 7) -> dict[str, Any]:
    """Write the synthetic knowledge base; returns ids to query and the build counts."""
    rnd = random.Random(seed)
    ents = _entity_names(n_entities, rnd)
    ent_rows = [{"id": f"e{i}", "type": t, "name": lat, "key": sur.lower(), "status": "machine",
                 "redirect_to": None, "mention_count": 0} for i, (t, lat, _c, sur) in enumerate(ents)]  # fmt: skip
    name_rows = []
    for i, (_t, lat, cyr, sur) in enumerate(ents):
        for nm, kind, script in ((lat, "surface", "latn"), (cyr, "lemma", "cyrl"), (sur, "surface", "latn")):
            name_rows.append({"entity_id": f"e{i}", "name": nm, "kind": kind, "script": script, "folded": nm.lower()})
    per_doc = 5000
    n_docs = max(1, words // per_doc)
    doc_rows, seg_rows, men_rows, counts = [], [], [], [0] * n_entities
    popular = [rnd.randrange(n_entities) for _ in range(300)]  # some entities are mentioned a lot
    for d in range(n_docs):
        ru = d % 3 == 0
        vocab = RU_WORDS if ru else EN_WORDS
        text_parts: list[str] = []
        pos, seg_start, seg_idx, nwords = 0, 0, 0, 0
        for w in range(per_doc):
            if rnd.random() < 0.08:
                e = rnd.choice(popular) if rnd.random() < 0.3 else rnd.randrange(n_entities)
                surface = ents[e][2] if ru else ents[e][1]
                if ru and ents[e][0] == "person" and rnd.random() < 0.5:
                    surface += "а"  # a genitive form
                men_rows.append({"document_id": d + 1, "key": f"d{d}:{pos}", "segment": seg_idx, "start": pos,
                                 "end": pos + len(surface), "text": surface, "type": ents[e][0],
                                 "norm": ents[e][1], "extractor": "bench", "entity_id": f"e{e}"})  # fmt: skip
                counts[e] += 1
                token = surface
            else:
                token = rnd.choice(vocab)
            text_parts.append(token)
            pos += len(token) + 1
            nwords += 1
            if w % 100 == 99:
                seg_rows.append({"document_id": d + 1, "idx": seg_idx, "kind": "paragraph", "start": seg_start,
                                 "end": pos - 1, "words": 100})  # fmt: skip
                text_parts[-1] += "\n"
                seg_idx += 1
                seg_start = pos
        text = " ".join(text_parts)
        doc_rows.append({"id": d + 1, "key": f"doc{d}.txt", "path": f"doc{d}.txt", "content_hash": f"{d:064d}",
                         "version": 1, "current": True, "format": "txt", "title": f"Synthetic report {d}",
                         "date": f"{1917 + d % 10}-{1 + d % 12:02d}", "language": "ru" if ru else "en",
                         "genre": "report", "text": text, "words": nwords,
                         "ingested_at": datetime.now(timezone.utc)})  # fmt: skip
    for i, c in enumerate(counts):
        ent_rows[i]["mention_count"] = c
    claim_rows, ev_rows, attr_rows = _claims(rnd, men_rows, doc_rows, n_entities)
    queue_rows = [{"kind": "merge", "a": f"e{rnd.randrange(n_entities)}", "b": f"e{rnd.randrange(n_entities)}",
                   "score": rnd.random(), "reason": "same surname"} for _ in range(300)]  # fmt: skip
    with store.engine.begin() as conn:
        for table, rows in ((documents, doc_rows), (segments, seg_rows), (entities, ent_rows), (names, name_rows),
                            (mentions, men_rows), (claims, claim_rows), (evidence, ev_rows),
                            (attributions, attr_rows), (review_queue, queue_rows)):  # fmt: skip
            for i in range(0, len(rows), 20000):
                conn.execute(insert(table), rows[i : i + 20000])
    top = max(range(n_entities), key=lambda i: counts[i])
    return {"documents": len(doc_rows), "words": sum(r["words"] for r in doc_rows), "entities": n_entities,
            "names": len(name_rows), "mentions": len(men_rows), "claims": len(claim_rows),
            "top_entity": f"e{top}", "top_mentions": counts[top], "sample": ents[top], "some": ents[12345 % n_entities]}  # fmt: skip


def _claims(rnd: random.Random, men: list[dict[str, Any]], docs: list[dict[str, Any]], n: int) -> tuple[list, list, list]:  # type: ignore[type-arg]
    claim_rows, ev_rows, attr_rows = [], [], []
    for i in range(min(40000, len(men) // 2)):
        a, b = men[2 * i], men[2 * i + 1]
        if a["document_id"] != b["document_id"]:
            continue
        cid = f"c{i}"
        dated = rnd.random() < 0.5
        year = 1917 + rnd.randrange(10)
        claim_rows.append({"id": cid, "document_id": a["document_id"], "subject_entity": a["entity_id"],
                           "predicate": rnd.choice(PREDICATES), "object_entity": b["entity_id"],
                           "time_start": f"{year}-01-01" if dated else None,
                           "time_end": f"{year}-12-31" if dated else None, "time_precision": "year" if dated else None,
                           "hedge": rnd.choice(HEDGE_MIX), "polarity": True, "former": False,
                           "extractor": "bench", "status": "machine" if rnd.random() < 0.9 else "accepted"})  # fmt: skip
        text = docs[a["document_id"] - 1]["text"]
        ev_rows.append({"claim_id": cid, "document_id": a["document_id"], "segment": a["segment"], "start": a["start"],
                        "end": b["end"], "quote": text[a["start"] : b["end"]][:300]})  # fmt: skip
        attr_rows.append({"claim_id": cid, "position": 0, "name": "Author", "role": "author"})
    return claim_rows, ev_rows, attr_rows


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, list[float]]:
    """Wall time in ms of the first (cold) call, and of ``runs`` calls after it."""
    t = time.perf_counter()
    fn()
    cold = (time.perf_counter() - t) * 1000
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return cold, out


def _ok(client: Any, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 200, (path, resp.status_code)


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def run(store: Store, info: dict[str, Any], runs: int) -> list[tuple[str, float, float, float, bool]]:
    from fastapi.testclient import TestClient

    from letopis.web.app import create_app

    client = TestClient(create_app(store, token="bench"))
    top, sample = info["top_entity"], info["some"]
    t = time.perf_counter()
    client.get("/api/search", params={"q": "warm"})
    print(f"search index built in {time.perf_counter() - t:.1f} s (once per server start and after changes)")
    routes = [
        ("page /", "/"), ("page /documents/{id}", "/documents/7"), ("page /entities (list)", "/entities?type=person"),
        ("page /entities/{id} (most mentioned)", f"/entities/{top}"), ("page /entities/{id}", "/entities/e4321"),
        ("page /network", "/network"), ("page /timeline", "/timeline"), ("page /review", "/review"),
        ("api /api/documents", "/api/documents"), ("api /api/documents/{id}", "/api/documents/7"),
        ("api /api/entities?type=person", "/api/entities?type=person"),
        ("api /api/entities/{id}", f"/api/entities/{top}"), ("api /api/entities/{id}?card", f"/api/entities/{top}?card=true"),
        ("api /api/claims?entity=", f"/api/claims?entity={top}"), ("api /api/claims?hedge=reported", "/api/claims?hedge=reported"),
        ("api /api/graph", "/api/graph"), ("api /api/graph?min_hedge=reported", "/api/graph?min_hedge=reported"),
        ("api /api/timeline", "/api/timeline"), ("api /api/review", "/api/review"),
        ("search page /search?q=<latin surname>", f"/search?q={sample[3]}"),
        ("search api ?q=<cyrillic full name>", f"/api/search?q={sample[2]}"),
        ("search api ?q=<common word>", "/api/search?q=strike"),
        ("search api ?q=<two words>", "/api/search?q=workers+meeting"),
        ("search api /api/entities?q=", f"/api/entities?q={sample[3]}"),
    ]  # fmt: skip
    out = []
    for label, path in routes:
        cold, xs = timed(functools.partial(_ok, client, path), runs)
        limit = 100 if label.startswith("search") else 200
        out.append((label, cold, statistics.median(xs), p95(xs), p95(xs) < limit))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None, help="knowledge base URL (default: a temporary SQLite file)")
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--entities", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    store = Store.open(args.db or f"sqlite:///{Path(tmp.name) / 'bench.db'}")
    t = time.perf_counter()
    info = build(store, args.words, args.entities)
    print(f"built {info['documents']} documents, {info['words']:,} words, {info['entities']:,} entities, "
          f"{info['names']:,} names, {info['mentions']:,} mentions, {info['claims']:,} claims "
          f"on {store.dialect} in {time.perf_counter() - t:.1f} s")  # fmt: skip
    results = run(store, info, args.runs)
    print(f"\n{'route':46} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8}  target")
    for label, cold, p50, p, ok in results:
        print(f"{label:46} {cold:8.1f} {p50:8.1f} {p:8.1f}  {'ok' if ok else 'SLOW'}")
    print("cold: the first call after a change of the data (views over the corpus are cached per data version)")
    store.close()
    return 0 if all(ok for *_, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
