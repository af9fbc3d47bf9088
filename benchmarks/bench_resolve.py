"""Resolution quality on the gold persons and speed on a million synthetic person mentions.

(1) gold: every variant of every gold person (``/work/shared/gold/*.json``) becomes
    a mention, with name parts parsed by the simple rules below; the variants of
    each document are resolved together and scored pairwise (merge precision and
    recall); variants left outside their person's entity are listed.
(2) scale: --mentions synthetic person mentions of invented people (Cyrillic case
    forms, several transliterations, initials, bare surnames) are clustered by the
    core alone (plain tuples, no database), scored pairwise against the truth, and
    (with --db) written to a SQLite knowledge base and resolved end to end.

    .venv/bin/python benchmarks/bench_resolve.py [--gold ../shared/gold] [--mentions 1000000] [--db]
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
from collections.abc import Sequence
from pathlib import Path

from letopis.resolve.cluster import Row, cluster_rows
from letopis.resolve.translit import SCHEMES, to_latin

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE.parent.parent / "shared" / "gold"
_INITIAL = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]?\.$")


def bench_parts(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    """Given name, patronymic, surname, initials of a variant by word shape (the bench's own rules)."""
    tokens = re.findall(r"[A-ZА-ЯЁ][a-zа-яё]?\.|[^\s.]+", text)
    inits = [t for t in tokens if _INITIAL.match(t)]
    words = [t for t in tokens if not _INITIAL.match(t)]
    if not words:
        return None, None, None, "".join(inits) or None
    if inits:
        first_init = tokens.index(inits[0])
        surname = words[0] if tokens.index(words[0]) < first_init and len(words) == 1 else words[-1]
        return None, None, surname, "".join(inits)
    if len(words) == 1:
        return None, None, words[0], None
    if words[0].isupper() and len(words[0]) > 1:
        return words[1], None, words[0], None
    patr = words[1] if len(words) >= 3 else None
    return words[0], patr, words[-1], None


def pairwise(truth: Sequence[int], labels: Sequence[int]) -> tuple[float, float, int, int, int]:
    """Pairwise merge precision and recall from a contingency table (no pair enumeration)."""
    both = Counter(zip(truth, labels))
    tp = sum(n * (n - 1) // 2 for n in both.values())
    pred = sum(n * (n - 1) // 2 for n in Counter(labels).values())
    gold = sum(n * (n - 1) // 2 for n in Counter(truth).values())
    return (tp / pred if pred else 1.0), (tp / gold if gold else 1.0), tp, pred, gold


def gold_bench(gold_dir: Path) -> dict[str, object]:
    """Resolve the gold person variants of each document; pairwise P/R and the variants left out."""
    truth: list[int] = []
    labels: list[int] = []
    missed: list[str] = []
    offset = 0
    for path in sorted(gold_dir.glob("*.json")):
        persons = json.loads(path.read_text(encoding="utf-8")).get("persons", [])
        rows: list[Row] = []
        owner: list[int] = []
        for pid, p in enumerate(persons):
            for v in dict.fromkeys(p["variants"]):
                given, patr, surname, inits = bench_parts(v)
                rows.append(("person", v, v, given, patr, surname, inits, None, None))
                owner.append(pid)
        result = cluster_rows(rows)
        truth.extend(offset + o for o in owner)
        labels.extend(offset + lab for lab in result.labels)
        offset += len(rows) + len(persons)
        missed.extend(_missed(path.stem, persons, rows, owner, result.labels))
    p, r, tp, pred, gold = pairwise(truth, labels)
    return {"mentions": len(truth), "precision": round(p, 4), "recall": round(r, 4), "pairs_true": tp,
            "pairs_predicted": pred, "pairs_gold": gold, "variants_apart": missed}  # fmt: skip


def _missed(
    stem: str, persons: list[dict], rows: list[Row], owner: list[int], labels: list[int]
) -> list[str]:
    by_person: dict[int, list[int]] = defaultdict(list)
    for i, o in enumerate(owner):
        by_person[o].append(i)
    out = []
    for pid, idx in by_person.items():
        main = Counter(labels[i] for i in idx).most_common(1)[0][0]
        out.extend(
            f"{stem[:24]}: {rows[i][1]!r} not with {persons[pid]['name']!r}" for i in idx if labels[i] != main
        )
    return out


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
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--db", action="store_true", help="also resolve the synthetic mentions through SQLite")
    args = ap.parse_args(argv)
    report: dict[str, object] = {}
    if args.gold.exists():
        report["gold"] = gold_bench(args.gold)
    if args.mentions:
        report["scale"] = scale_bench(args.mentions, args.db)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
