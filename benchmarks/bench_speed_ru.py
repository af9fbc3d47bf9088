"""Speed of Russian recognition: letopis against natasha's own pipeline, side by side in one run.

    .venv/bin/python benchmarks/bench_speed_ru.py [DOCS_DIR] [--min-words 30000]

The text is the factRuEval dev documents concatenated (repeated until it has at least
``--min-words`` words). natasha's reference: Doc.segment + tag_morph + tag_ner +
span.normalize for every span. Ours: RussianRecogniser on the same text, one segment
per paragraph. Resources of both are built before timing (the NER weights, the pymorphy3
dictionary); the two sides take turns, ``--rounds`` times each, ours with an empty word-form cache
every round, and the best round counts.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from letopis.model import Document, Segment, count_words

DOCS = Path("/work/shared/devsets/factrueval-dev-ru/docs")


def build_text(docs_dir: Path, min_words: int) -> str:
    """The documents of ``docs_dir`` concatenated (paragraphs kept), repeated up to ``min_words``."""
    parts = [p.read_text(encoding="utf-8").strip() for p in sorted(docs_dir.glob("*.txt"))]
    text = "\n\n".join(parts)
    out = text
    while count_words(out) < min_words:
        out += "\n\n" + text
    return out


def paragraph_document(text: str) -> Document:
    """A Document whose segments are the blank-line separated paragraphs of ``text``."""
    segments: list[Segment] = []
    pos = 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        pos = start + len(block)
        if block.strip():
            segments.append(Segment(len(segments), "paragraph", start, pos))
    return Document(path="bench.txt", text=text, content_hash="bench", segments=tuple(segments))


class NatashaReference:
    """natasha's documented pipeline: segment, morphology, NER, normalise every span."""

    def __init__(self) -> None:
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        emb = NewsEmbedding()
        self.segmenter, self.morph_vocab = Segmenter(), MorphVocab()
        self.morph_tagger, self.ner_tagger = NewsMorphTagger(emb), NewsNERTagger(emb)

    def __call__(self, text: str) -> int:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph_tagger)
        doc.tag_ner(self.ner_tagger)
        for span in doc.spans:
            span.normalize(self.morph_vocab)
        return len(doc.spans)


def best_times(runs: dict[str, Callable[[], Any]], rounds: int) -> dict[str, tuple[float, Any]]:
    """The fastest of ``rounds`` runs of each callable, the callables taking turns (fair on a busy machine)."""
    best: dict[str, tuple[float, Any]] = {name: (float("inf"), None) for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            t0 = time.perf_counter()
            result = run()
            elapsed = time.perf_counter() - t0
            best[name] = (min(best[name][0], elapsed), result)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="?", type=Path, default=DOCS)
    ap.add_argument("--min-words", type=int, default=30000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from letopis.extract.morph import Morph
    from letopis.extract.russian import RussianRecogniser

    text = build_text(args.docs, args.min_words)
    words = count_words(text)
    doc = paragraph_document(text)
    reference, ours = NatashaReference(), RussianRecogniser()
    ours(Document(path="warm", text="Иван Петров приехал в Москву.", content_hash="w"))

    def cold() -> Document:
        ours.morph = Morph()  # an empty word-form cache each round: no help from the previous one
        return ours(doc)

    best = best_times({"natasha": lambda: reference(text), "ours": cold}, args.rounds)
    (t_ref, n_ref), (t_ours, out) = best["natasha"], best["ours"]
    print(f"text: {words} words, {len(doc.segments)} paragraphs")
    print(f"natasha segment+morph+ner+normalise: {t_ref:.2f}s  {words / t_ref:,.0f} words/s  ({n_ref} spans)")
    print(
        f"letopis RussianRecogniser:          {t_ours:.2f}s  {words / t_ours:,.0f} words/s  ({len(out.mentions)} mentions)"
    )
    print(f"ratio (ours / natasha speed): {t_ref / t_ours:.2f}")


if __name__ == "__main__":
    main()
