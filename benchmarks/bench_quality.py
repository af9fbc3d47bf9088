"""Recognition quality on the hand-made gold (and the dev sets): writes PRED.json, runs the shared scorer.

Usage: .venv/bin/python benchmarks/bench_quality.py [--devsets] [--heldout] [--shared DIR] [--out DIR] [--show TYPE] [--only set24,set25]

Targets (issue 3): persons P >= 0.90, R >= 0.95; organisations and places P, R >= 0.85.
Entities are grouped the simple way of ``letopis.evaluate.predictions`` (persons by surname).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from letopis.evaluate import analyse, date_scores, find_document, load_document, predictions

SHARED = Path("/work/shared")


DATES = [0, 0, 0]


def build_pred(gold_dir: Path, docs: Path | None) -> tuple[dict, int, float]:
    """Analyse every gold document; return PRED (scorer format), words and seconds."""
    out: dict = {"docs": {}}
    words, seconds = 0, 0.0
    DATES[:] = [0, 0, 0]
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        if "document" not in gold:
            continue
        path = find_document(gold_dir, gold["document"], docs)
        if path is None:
            print(f"  missing document {gold['document']}", file=sys.stderr)
            continue
        doc = load_document(path, gold.get("language"))
        t0 = time.perf_counter()
        doc = analyse(doc, with_dates=bool(gold.get("dates")))
        seconds += time.perf_counter() - t0
        for k, v in enumerate(date_scores(doc, gold.get("dates", []))):
            DATES[k] += v
        words += len(doc.text.split())
        out["docs"][Path(gold["document"]).stem] = predictions(doc, gold)
    return out, words, seconds


def score(gold_dir: Path, pred: dict, out_file: Path) -> str:
    """Run the shared scorer on ``pred`` and return its report."""
    out_file.write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    scorer = SHARED / "tools" / "score.py"
    res = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(out_file)], capture_output=True,
                         text=True, check=False)
    return res.stdout + res.stderr


def show(gold_dir: Path, pred: dict, typ: str) -> None:
    """Print gold and predicted entity names side by side (for error analysis)."""
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        stem = Path(gold.get("document", gf.stem)).stem
        g = sorted(e["name"] for e in gold.get(typ, []))
        p = sorted(e["name"] for e in pred["docs"].get(stem, {}).get(typ, []))
        print(f"== {stem}\n  gold: {g}\n  pred: {p}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--devsets", action="store_true", help="also score the HIPE and factRuEval dev sets")
    ap.add_argument("--heldout", action="store_true", help="also score the held-out sets in benchmarks/heldout")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=Path("/tmp"))
    ap.add_argument("--show", default=None, help="print gold vs predicted names of this type")
    ap.add_argument("--only", default=None, help="comma-separated held-out sets to score (e.g. set24,set25)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sets = [("gold", args.shared / "gold", None)]
    if args.devsets:
        for name in ("hipe2020-dev-en", "factrueval-dev-ru"):
            root = args.shared / "devsets" / name
            if root.is_dir():
                sets.append((name, root / "gold", root / "docs"))
    if args.heldout:
        here = Path(__file__).resolve().parent / "heldout"
        wanted = set(args.only.split(",")) if args.only else None
        sets += [(f"heldout-{d.name}", d / "gold", d / "docs") for d in sorted(here.glob("set*"))
                 if d.is_dir() and (wanted is None or d.name in wanted)]
    for name, gold_dir, docs in sets:
        pred, words, secs = build_pred(gold_dir, docs)
        print(f"### {name}: {len(pred['docs'])} documents, {words} words, {words / max(secs, 1e-9):,.0f} words/s")
        print(score(gold_dir, pred, args.out / f"PRED-{name}.json"))
        if DATES[0]:
            print(f"dates: {DATES[0]} gold, {DATES[1]} found ({DATES[1] / DATES[0]:.3f}), "
                  f"{DATES[2]} normalised as gold ({DATES[2] / DATES[0]:.3f})\n")
        if args.show:
            show(gold_dir, pred, args.show)


if __name__ == "__main__":
    main()
