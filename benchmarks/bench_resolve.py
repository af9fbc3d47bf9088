"""Resolution quality on the gold persons and speed on a million synthetic person mentions.

(1) gold: every variant of every gold person (``/work/shared/gold/*.json``) is placed at
    each of its places in its document's text (longest variants first, no overlaps), as a
    mention built the way the English recogniser builds it (``extract.names.parse_name``,
    ``display_name``); all documents are resolved together by the real code path
    (``resolve.corpus.plan_resolution``: document rules, clustering, alias cues) and the
    variants are scored pairwise inside each document (merge precision and recall). Variants
    left outside their person's entity and the review pairs between gold persons are listed.
    Recognition errors cannot enter this figure; ``--e2e`` measures them too.
(2) --e2e: the documents are ingested into a SQLite knowledge base by ``letopis ingest``
    (recognition + resolution) and the gold variants are looked up among the recognised
    mentions; variants the recogniser did not produce are listed apart.
(3) scale: --mentions synthetic person mentions of invented people (Cyrillic case
    forms, several transliterations, initials, bare surnames) are clustered by the
    core alone (plain tuples, no database), scored pairwise against the truth, and
    (with --db) written to a SQLite knowledge base and resolved end to end.

    .venv/bin/python benchmarks/bench_resolve.py [--gold ../shared/gold] [--corpus ../shared/corpus]
        [--e2e] [--mentions 1000000] [--db]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from pathlib import Path

from letopis.resolve.cluster import Row, cluster_rows
from letopis.resolve.translit import SCHEMES, to_latin

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE.parent.parent / "shared" / "gold"
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"


def pairwise(truth: Sequence[Hashable], labels: Sequence[Hashable]) -> tuple[float, float, int, int, int]:
    """Pairwise merge precision and recall from a contingency table (no pair enumeration)."""
    both = Counter(zip(truth, labels))
    tp = sum(n * (n - 1) // 2 for n in both.values())
    pred = sum(n * (n - 1) // 2 for n in Counter(labels).values())
    gold = sum(n * (n - 1) // 2 for n in Counter(truth).values())
    return (tp / pred if pred else 1.0), (tp / gold if gold else 1.0), tp, pred, gold


def _gold_files(gold_dir: Path, corpus: Path) -> list[tuple[str, list[dict], str | None]]:
    """(document stem, gold persons, document text or None) per gold file."""
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = data.get("document") or path.stem
        found = sorted(corpus.rglob(name)) if corpus.exists() else []
        text = found[0].read_text(encoding="utf-8") if found else None
        out.append((Path(name).stem, data.get("persons", []), text))
    return out


def _occurrences(text: str, variants: list[tuple[str, int]]) -> list[tuple[int, int, str, int]]:
    """(start, end, variant, person) of each word-bounded place of each variant; longest first, no overlap."""
    taken: list[tuple[int, int]] = []
    out = []
    for v, pid in sorted(variants, key=lambda x: -len(x[0])):
        pat = re.compile(r"(?<![\w])" + re.escape(v) + r"(?![\w])")
        for m in pat.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
                out.append((m.start(), m.end(), v, pid))
    return sorted(out)


def gold_bench(gold_dir: Path, corpus: Path) -> dict[str, object]:
    """Resolve the gold person variants in their documents; pairwise P/R, variants left out, review pairs."""
    from letopis.extract.names import display_name, parse_name
    from letopis.resolve.corpus import plan_resolution
    from letopis.store.entities import MentionRecord

    recs: list[MentionRecord] = []
    texts: dict[int, str] = {}
    meta: list[tuple[str, list[dict]]] = []
    owner: list[tuple[int, str, int]] = []  # per record: (document, variant, person)
    unplaced: list[str] = []
    for doc_id, (stem, persons, text) in enumerate(_gold_files(gold_dir, corpus), start=1):
        meta.append((stem, persons))
        variants = [(v, pid) for pid, p in enumerate(persons) for v in dict.fromkeys(p["variants"])]
        if text is not None:
            texts[doc_id] = text
            places = _occurrences(text, variants)
        else:  # no document: the variants one after another, without context
            places, pos = [], 0
            for v, pid in variants:
                places.append((pos, pos + len(v), v, pid))
                pos += len(v) + 2
        seen = {(v, pid) for _, _, v, pid in places}
        unplaced.extend(f"{stem[:24]}: {v!r} not in the text" for v, pid in variants if (v, pid) not in seen)
        for start, end, v, pid in places:
            parts = parse_name(v)
            norm = display_name(parts, re.sub(r"\s+", " ", v).strip(" \"“”«»,.;:"))
            recs.append(MentionRecord(len(recs) + 1, f"{stem[:16]}:{start}:{end}", doc_id, start, end, v, "person",
                                      norm, parts.given, parts.patronymic, parts.surname, parts.initials,
                                      parts.gender, None, None))  # fmt: skip
            owner.append((doc_id, v, pid))
    plan = plan_resolution(recs, texts)
    return _score(meta, owner, plan.entity_of, plan.queue) | {"mentions": len(recs), "unplaced": unplaced}


def _score(
    meta: list[tuple[str, list[dict]]],
    owner: list[tuple[int, str, int]],
    entity_of: Sequence[str | None],
    queue: Sequence[dict] = (),
) -> dict[str, object]:
    """Pairwise P/R over the distinct variants of each document (a variant's entity: most of its mentions)."""
    votes: dict[tuple[int, str, int], Counter[str | None]] = defaultdict(Counter)
    for o, e in zip(owner, entity_of):
        votes[o][e] += 1
    keys = sorted(votes)
    truth = [(d, pid) for d, _, pid in keys]
    labels = [(d, votes[k].most_common(1)[0][0]) for k, (d, _, _) in zip(keys, keys)]
    p, r, tp, pred, gold = pairwise(truth, labels)
    apart, split = [], []
    label_of = dict(zip(keys, labels))
    by_person: dict[tuple[int, int], list[tuple[int, str, int]]] = defaultdict(list)
    for k in keys:
        by_person[(k[0], k[2])].append(k)
        if len(votes[k]) > 1:
            split.append(f"{meta[k[0] - 1][0][:24]}: {k[1]!r} in {len(votes[k])} entities")
    entity_names: dict[str, set[str]] = defaultdict(set)
    for (d, pid), ks in by_person.items():
        stem, persons = meta[d - 1]
        main = Counter(label_of[k] for k in ks).most_common(1)[0][0]
        name = persons[pid]["name"]
        apart.extend(f"{stem[:24]}: {k[1]!r} not with {name!r}" for k in ks if label_of[k] != main)
        for k in ks:
            entity_names[label_of[k][1]].add(persons[pid]["name"])  # type: ignore[index]
    review = sorted({f"{' / '.join(sorted(entity_names[q['a']]))} ? {' / '.join(sorted(entity_names[q['b']]))}: "
                     f"{q['reason']}" for q in queue if q["a"] in entity_names and q["b"] in entity_names})  # fmt: skip
    return {"precision": round(p, 4), "recall": round(r, 4), "pairs_true": tp, "pairs_predicted": pred,
            "pairs_gold": gold, "variants_apart": apart, "variants_split": split, "review": review}  # fmt: skip


def e2e_bench(gold_dir: Path, corpus: Path) -> dict[str, object]:
    """Ingest ``corpus`` with the real pipeline; score the gold variants among the recognised mentions."""
    from sqlalchemy import select

    from letopis.pipeline import ingest
    from letopis.resolve.parse import TITLES
    from letopis.store import Store
    from letopis.store.schema import documents, mentions

    tmp = tempfile.mkdtemp(prefix="letopis-bench-e2e-")
    store = Store.open(f"sqlite:///{tmp}/kb.db")
    t0 = time.perf_counter()
    ingest(store, [corpus])
    seconds = time.perf_counter() - t0
    with store.engine.connect() as conn:
        got = conn.execute(
            select(documents.c.path, mentions.c.text, mentions.c.entity_id)
            .join(documents, documents.c.id == mentions.c.document_id)
            .where(mentions.c.type == "person", documents.c.current.is_(True))
        ).all()
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    by_doc: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for path, text, eid in got:
        words = text.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:  # gold leaves titles out
            words = words[1:]
        by_doc[Path(path).stem].append((" ".join(words), eid))
    meta, owner, entity_of, missing = [], [], [], []
    for d, (stem, persons, _) in enumerate(_gold_files(gold_dir, corpus), start=1):
        meta.append((stem, persons))
        found = by_doc.get(stem, [])
        for pid, p in enumerate(persons):
            for v in dict.fromkeys(p["variants"]):
                hits = [eid for text, eid in found if text == v]
                if not hits:
                    missing.append(f"{stem[:24]}: {v!r} not recognised as a person")
                for eid in hits:
                    owner.append((d, v, pid))
                    entity_of.append(eid)
    out = _score(meta, owner, entity_of)
    out.pop("review")
    return {"ingest_s": round(seconds, 1), **out, "not_recognised": missing}


# ---- synthetic persons ---------------------------------------------------------------------------

_ONSETS = [
    "б",
    "в",
    "г",
    "д",
    "ж",
    "з",
    "к",
    "л",
    "м",
    "н",
    "п",
    "р",
    "с",
    "т",
    "ф",
    "х",
    "ц",
    "ч",
    "ш",
    "бл",
    "бр",
    "вл",
    "гл",
    "гр",
    "др",
    "дв",
    "жд",
    "зв",
    "кл",
    "кр",
    "мл",
    "пл",
    "пр",
    "сб",
    "ск",
    "сл",
    "см",
    "сн",
    "ст",
    "тр",
    "хв",
    "хр",
    "чл",
    "шл",
    "шт",
]
_VOWELS = ["а", "о", "у", "е", "и", "а", "о", "е"]
_ENDINGS = ["ов", "ев", "ин", "ский", "ников", "енко", "ович", "ян"]
_GIVEN = [
    "Иван",
    "Пётр",
    "Николай",
    "Алексей",
    "Сергей",
    "Михаил",
    "Григорий",
    "Фёдор",
    "Юрий",
    "Гавриил",
    "Василий",
    "Дмитрий",
    "Евгений",
    "Анна",
    "Мария",
    "Ольга",
    "Елена",
    "Наталья",
    "Александр",
    "Илья",
]
_PATR = ["Иванович", "Петрович", "Николаевич", "Ильич", "Семёнович", "Фёдорович", "Андреевич", "Юрьевич"]


def _surname(rng: random.Random) -> str:
    stem = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.choice((2, 2, 3))))
    return (stem + rng.choice(_ENDINGS)).capitalize()


def _female(surname: str) -> str:
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname


def _genitive(surname: str) -> str:
    if surname.endswith("ский"):
        return surname[:-2] + "ого"
    return surname + "а" if surname.endswith(("ов", "ев", "ин", "ович", "ян")) else surname


def person_variants(
    rng: random.Random,
) -> list[tuple[str, str, str | None, str | None, str | None, str | None, str | None]]:
    """The written forms of one invented person as (text, norm, given, patronymic, surname, initials, gender)."""
    given = rng.choice(_GIVEN)
    female = given[-1] in "ая" and given != "Илья"
    sur = _surname(rng)
    nom = _female(sur) if female else sur
    patr = rng.choice(_PATR)
    g, p = given[0] + ".", patr[0] + "."
    gender = "f" if female else "m"
    out = [(nom, nom, None, None, nom, None, gender), (f"{given} {nom}", f"{given} {nom}", given, None, nom, None, gender),
           (f"{g} {p} {nom}", f"{g} {p} {nom}", None, None, nom, g + p, gender)]  # fmt: skip
    if not female:
        gen = _genitive(sur)
        out.append((gen, nom, None, None, nom, None, "m"))
    for scheme in rng.sample(sorted(SCHEMES), 3):
        lat, lg = to_latin(nom, scheme), to_latin(given, scheme)
        out.append((lat, lat, None, None, None, None, None))
        out.append((f"{lg} {lat}", f"{lg} {lat}", None, None, None, None, None))
        out.append(
            (f"{to_latin(g, scheme)} {lat}", f"{to_latin(g, scheme)} {lat}", None, None, None, None, None)
        )
    return out


def synthesise(n_mentions: int, seed: int = 7) -> tuple[list[Row], list[int]]:
    """``n_mentions`` person rows of about n/20 invented persons, with the true person of each."""
    rng = random.Random(seed)
    persons = [person_variants(rng) for _ in range(max(1, n_mentions // 20))]
    rows: list[Row] = []
    truth: list[int] = []
    for _ in range(n_mentions):
        pid = rng.randrange(len(persons))
        v = rng.choice(persons[pid])
        rows.append(("person", *v, None))
        truth.append(pid)
    return rows, truth


def scale_bench(n: int, with_db: bool) -> dict[str, object]:
    """Time the clustering core on ``n`` synthetic mentions (and the whole run through SQLite with --db)."""
    t0 = time.perf_counter()
    rows, truth = synthesise(n)
    t1 = time.perf_counter()
    result = cluster_rows(rows)
    t2 = time.perf_counter()
    p, r, *_ = pairwise(truth, result.labels)
    out: dict[str, object] = {"mentions": n, "persons": len(set(truth)), "clusters": len(result.anchor),
                              "queued": len(result.doubts), "generate_s": round(t1 - t0, 1),
                              "core_s": round(t2 - t1, 1), "precision": round(p, 4), "recall": round(r, 4)}  # fmt: skip
    if with_db:
        out.update(_end_to_end(rows))
    return out


def _end_to_end(rows: list[Row], per_doc: int = 2000) -> dict[str, object]:
    from letopis.model import Document, Mention, NameParts
    from letopis.resolve.corpus import resolve_store
    from letopis.store import Store
    from letopis.store.documents import add_document

    tmp = tempfile.mkdtemp(prefix="letopis-bench-")
    store = Store.open(f"sqlite:///{tmp}/kb.db")
    t0 = time.perf_counter()
    for d in range(0, len(rows), per_doc):
        chunk, ms, text, pos = rows[d : d + per_doc], [], [], 0
        for r in chunk:
            ms.append(
                Mention(
                    pos, pos + len(r[1]), r[1], "person", r[2], parts=NameParts(r[3], r[4], r[5], r[6], r[7])
                )
            )
            text.append(r[1])
            pos += len(r[1]) + 2
        body = ", ".join(text)
        add_document(store, Document(path=f"syn/{d}.txt", text=body, mentions=tuple(ms),
                                     content_hash=hashlib.sha256(f"{d}:{body}".encode()).hexdigest()))  # fmt: skip
    t1 = time.perf_counter()
    report = resolve_store(store)
    t2 = time.perf_counter()
    again = resolve_store(store)
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return {"db_load_s": round(t1 - t0, 1), "end_to_end_s": round(t2 - t1, 1), "rerun_s": round(again.seconds, 1),
            "entities": report.entities}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="where the gold documents are")
    ap.add_argument("--e2e", action="store_true", help="also ingest --corpus and score the recognised mentions")
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--db", action="store_true", help="also resolve the synthetic mentions through SQLite")
    args = ap.parse_args(argv)
    report: dict[str, object] = {}
    if args.gold.exists():
        report["gold"] = gold_bench(args.gold, args.corpus)
        if args.e2e:
            report["e2e"] = e2e_bench(args.gold, args.corpus)
    if args.mentions:
        report["scale"] = scale_bench(args.mentions, args.db)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
