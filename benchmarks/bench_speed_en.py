"""English recognition speed (words per second, one core): EnglishRecogniser, then + dates + references.

Usage: .venv/bin/python benchmarks/bench_speed_en.py [--repeat N] [FILES...]
Default input: the English seed documents and the HIPE English dev documents in /work/shared.
Target (issue 3): >= 20,000 words/s per core for the English recogniser.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from letopis.evaluate import paragraph_segments
from letopis.extract.dates import DateRecogniser
from letopis.extract.english import EnglishRecogniser
from letopis.extract.references import ReferenceParser
from letopis.model import Document, DocumentMeta, count_words

SHARED = Path("/work/shared")


def documents(files: list[Path]) -> list[Document]:
    """Documents with one segment per blank-line paragraph (no dependency on the segmenter)."""
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        meta = DocumentMeta(title=f.stem, language="en", date="1923-09-01")
        out.append(Document(str(f), text, str(hash(text)), meta=meta, segments=paragraph_segments(text)))
    return out


def measure(stages: list, docs: list[Document], repeat: int) -> float:
    """Words per second of running ``stages`` over ``docs`` ``repeat`` times."""
    words = sum(count_words(d.text) for d in docs) * repeat
    t0 = time.perf_counter()
    for _ in range(repeat):
        for d in docs:
            for stage in stages:
                d = stage(d)
    return words / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = args.files or sorted((SHARED / "corpus" / "seeds").glob("*.en.txt")) + sorted(
        (SHARED / "devsets" / "hipe2020-dev-en" / "docs").glob("*.txt"))
    docs = documents(files)
    words = sum(count_words(d.text) for d in docs)
    en, dates, refs = EnglishRecogniser(), DateRecogniser(), ReferenceParser()
    measure([en, dates, refs], docs[:1], 1)  # warm-up
    print(f"{len(docs)} documents, {words:,} words, repeat {args.repeat}")
    print(f"EnglishRecogniser            {measure([en], docs, args.repeat):>10,.0f} words/s")
    print(f"DateRecogniser               {measure([dates], docs, args.repeat):>10,.0f} words/s")
    print(f"ReferenceParser              {measure([refs], docs, args.repeat):>10,.0f} words/s")
    print(f"all three                    {measure([en, dates, refs], docs, args.repeat):>10,.0f} words/s")


if __name__ == "__main__":
    main()
