"""Ingest speed: ingest + segment + store, words per second and memory as the corpus grows.

Builds a corpus of at least --words words by repeating the documents of --corpus
(each copy gets a distinct first line, so content hashes differ and every copy is
stored), then ingests it into a fresh SQLite knowledge base on one core.

    .venv/bin/python benchmarks/bench_ingest.py [--corpus ../shared/corpus] [--words 2000000]
        [--analyse]   # also run recognition and claims (slower; reported separately)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from letopis.model import count_words
from letopis.pipeline import ingest
from letopis.store import Store

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def build_corpus(src: Path, dest: Path, words: int) -> tuple[int, int]:
    """Copy the corpus's text files into ``dest`` until ``words`` words; returns (files, words)."""
    texts = [p for p in sorted(src.rglob("*")) if p.suffix in {".txt", ".md", ".html", ".htm"}]
    if not texts:
        raise SystemExit(f"{src}: no text documents to repeat")
    bodies = [(p.suffix, p.read_text(encoding="utf-8")) for p in texts]
    total, n = 0, 0
    while total < words:
        for suffix, body in bodies:
            text = f"Benchmark copy {n}\n\n{body}"
            (dest / f"copy{n:05d}{suffix}").write_text(text, encoding="utf-8")
            total += count_words(text)
            n += 1
    return n, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--words", type=int, default=2_000_000)
    ap.add_argument("--analyse", action="store_true", help="run recognition and claims too")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="letopis-bench-"))
    try:
        (tmp / "docs").mkdir()
        files, words = build_corpus(args.corpus, tmp / "docs", args.words)
        store = Store.open(f"sqlite:///{tmp / 'kb.db'}")
        samples: list[tuple[int, float]] = []
        done = [0]

        def on_source(source, added, error):  # type: ignore[no-untyped-def]
            done[0] += 1
            if error:
                print(error, file=sys.stderr)
            if done[0] % max(1, files // 8) == 0:
                samples.append((done[0], round(rss_mb(), 1)))

        rss0 = rss_mb()
        t0 = time.perf_counter()
        report = ingest(store, [tmp / "docs"], analyse=args.analyse, resolve=args.analyse, on_source=on_source)
        seconds = time.perf_counter() - t0
        result = {
            "files": files,
            "words": report.words,
            "words_generated": words,
            "failures": len(report.failures),
            "seconds": round(seconds, 2),
            "words_per_second": round(report.words / seconds),
            "analyse": args.analyse,
            "rss_start_mb": round(rss0, 1),
            "rss_by_files_done": samples,
            "db_mb": round((tmp / "kb.db").stat().st_size / 2**20, 1),
        }
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:20} {v}")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
