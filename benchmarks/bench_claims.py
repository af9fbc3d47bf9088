"""Claim quality on the gold memberships: F1, hedge accuracy and attribution accuracy, per document.

Two runs per document:
- ``pipeline``: the full analysis (ingest.read + Pipeline(): segmenter, recognisers, dates, claims);
- ``oracle``: the same document, segmented, but with mentions placed from the gold entity lists,
  so that the claim stage is measured alone (recognition errors removed).

A predicted claim counts when its predicate is one of the membership family
(member_of, leader_of, attended, employed_at). Predicted and gold rows match one to
one on (person, organisation) name-token overlap; hedges compare with ``former``
folded in as the gold does ("former" wins); attribution compares the innermost
voice ("author" when only the author speaks).

    .venv/bin/python benchmarks/bench_claims.py [--gold ../shared/gold] [--corpus ../shared/corpus]
        [--mode both|oracle|pipeline] [--misses] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from letopis.errors import LetopisError
from letopis.extract.claims import ClaimExtractor
from letopis.extract.predicates import MEMBERSHIP
from letopis.model import Document, Mention

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
_STOP = {"the", "of", "in", "and", "a", "an", "named", "after", "s"}
GOLD_TYPES = {"persons": "person", "organisations": "organisation", "enterprises": "enterprise",
              "places": "place", "publications": "publication"}


def tokens(text: str) -> set[str]:
    """Lowercased word tokens, apostrophes folded, stop words dropped."""
    text = text.lower().replace("’", "'").replace("'s ", " ").replace("'", "")
    return {t[:-1] if len(t) > 4 and t.endswith("s") else t for t in re.findall(r"\w+", text) if t not in _STOP}


def read_document(path: Path) -> Document:
    """The document as the ingest stage reads it (segments included when the segmenter exists)."""
    from letopis.ingest import discover, read

    doc = read(discover([path])[0])
    if not doc.segments:
        import letopis.registrations  # noqa: F401
        from letopis.registry import components

        doc = components.get("letopis.segmenter.v1")()(doc)
    return doc


def oracle_mentions(doc: Document, gold: dict[str, Any]) -> Document:
    """Place gold entity variants in the text as mentions (norm = the gold canonical name)."""
    out: list[Mention] = []
    for key, mtype in GOLD_TYPES.items():
        for ent in gold.get(key, []):
            for variant in {ent["name"], *ent.get("variants", [])}:
                for m in re.finditer(r"(?<![\w])" + re.escape(variant) + r"(?![\w])", doc.text):
                    seg = next((s.index for s in doc.segments if s.start <= m.start() < s.end), -1)
                    out.append(Mention(m.start(), m.end(), variant, mtype, ent["name"], seg, "gold"))
    out = sorted(set(out), key=lambda m: (m.start, -m.end, m.type))
    return doc.replace(mentions=tuple(out), claims=())


def predicted_rows(doc: Document) -> list[dict[str, Any]]:
    """Membership-family claims as (person, organisation, hedge, attributed_to) rows, deduplicated."""
    rows, seen = [], set()
    for c in doc.claims:
        if c.predicate not in MEMBERSHIP or c.object is None:
            continue
        s, o = doc.mentions[c.subject], doc.mentions[c.object]
        if s.type != "person" or o.type not in ("organisation", "enterprise"):
            continue
        inner = c.attribution[-1] if len(c.attribution) > 1 else None
        row = {"person": s.norm or s.text, "organisation": o.norm or o.text,
               "org_forms": {o.text, o.norm, o.expansion or ""} - {""},
               "hedge": "former" if c.former else c.hedge,
               "attributed_to": inner.name if inner else "author", "role": inner.role if inner else "author",
               "predicate": c.predicate, "evidence": doc.text[c.evidence_start:c.evidence_end]}
        key = (row["person"], row["organisation"], row["hedge"], row["attributed_to"])
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows


def _org_match(pred: dict[str, Any], gold_org: str, variants: dict[str, set[str]]) -> bool:
    forms = variants.get(gold_org, set()) | {gold_org}
    if pred["org_forms"] & forms or pred["organisation"] in forms:
        return True
    gt, pt = tokens(gold_org), tokens(pred["organisation"])
    return bool(gt and pt) and len(gt & pt) / len(gt | pt) >= 0.5


def _person_match(pred: dict[str, Any], gold_person: str, people: dict[str, set[str]]) -> bool:
    forms = people.get(gold_person, set()) | {gold_person}
    return any(tokens(pred["person"]) & tokens(f) for f in forms)


def attribution_ok(pred: dict[str, Any], gold_attr: str) -> bool:
    """Innermost voice against the gold ``attributed_to``."""
    g = gold_attr.lower()
    if g.startswith("author"):
        return pred["attributed_to"] == "author"
    if pred["attributed_to"] == "author":
        return False
    if pred["role"] == "report" and re.search(r"report|allegation|police|source", g):
        return True
    return bool(tokens(pred["attributed_to"]) & tokens(gold_attr))


def score(pred: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, Any]:
    """One-to-one matching (exact hedge and voice first, then exact hedge, then any); F1, hedge and
    attribution accuracy."""
    variants = {e["name"]: set(e.get("variants", [])) for k in ("organisations", "enterprises") for e in gold[k]}
    people = {e["name"]: set(e.get("variants", [])) for e in gold["persons"]}
    golds = gold["memberships"]
    used_p: set[int] = set()
    pairs: dict[int, int] = {}
    for exact in (2, 1, 0):  # same hedge and voice first, then same hedge, then any
        for gi, g in enumerate(golds):
            if gi in pairs:
                continue
            for pi, p in enumerate(pred):
                if pi in used_p or not _person_match(p, g["person"], people) or not _org_match(p, g["organisation"], variants):
                    continue
                if exact and p["hedge"] != g["hedge"]:
                    continue
                if exact == 2 and not attribution_ok(p, g["attributed_to"]):
                    continue
                pairs[gi], _ = pi, used_p.add(pi)
                break
    tp = len(pairs)
    prec = tp / len(pred) if pred else 0.0
    rec = tp / len(golds) if golds else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    hedge_ok = sum(1 for gi, pi in pairs.items() if pred[pi]["hedge"] == golds[gi]["hedge"])
    attr_ok = sum(1 for gi, pi in pairs.items() if attribution_ok(pred[pi], golds[gi]["attributed_to"]))
    return {
        "gold": len(golds), "predicted": len(pred), "matched": tp,
        "precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
        "hedge_accuracy": round(hedge_ok / tp, 3) if tp else 0.0,
        "attribution_accuracy": round(attr_ok / tp, 3) if tp else 0.0,
        "misses": [golds[gi] for gi in range(len(golds)) if gi not in pairs],
        "false_positives": [{k: v for k, v in pred[pi].items() if k != "org_forms"}
                            for pi in range(len(pred)) if pi not in used_p],
        "wrong_hedge": [(golds[gi], pred[pi]["hedge"]) for gi, pi in pairs.items()
                        if pred[pi]["hedge"] != golds[gi]["hedge"]],
        "wrong_attribution": [(golds[gi], pred[pi]["attributed_to"]) for gi, pi in pairs.items()
                              if not attribution_ok(pred[pi], golds[gi]["attributed_to"])],
    }


def run_pipeline(doc: Document) -> Document | None:
    """The default stages for the document's language; stages not written yet are skipped (and named)."""
    from letopis import registrations
    from letopis.registry import components

    doc = doc.replace(segments=(), mentions=(), claims=())
    for name in registrations.DEFAULT_STAGES.get(doc.language, registrations.DEFAULT_STAGES["en"]):
        try:
            stage = components.get(name)()
        except (ImportError, AttributeError) as err:
            print(f"  pipeline: skipping {name} ({type(err).__name__}: {err})", file=sys.stderr)
            continue
        doc = stage(doc)
    return doc


def run_document(path: Path, gold: dict[str, Any], mode: str) -> dict[str, Any] | None:
    """Analyse one document in ``mode`` (oracle | pipeline) and score it; None if the mode cannot run."""
    try:
        doc = read_document(path)
    except (ImportError, OSError, LetopisError) as err:  # the ingest stage is being written in parallel
        print(f"  {mode}: cannot read {path.name} ({type(err).__name__}: {err})", file=sys.stderr)
        return None
    if mode == "oracle":
        doc = ClaimExtractor()(oracle_mentions(doc, gold))
    else:
        doc = run_pipeline(doc)
        if doc is None:
            return None
    return score(predicted_rows(doc), gold)


def _print(name: str, mode: str, r: dict[str, Any], misses: bool) -> None:
    print(f"{name} [{mode}] gold={r['gold']} pred={r['predicted']} matched={r['matched']} "
          f"P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
          f"hedge={r['hedge_accuracy']:.3f} attribution={r['attribution_accuracy']:.3f}")
    if misses:
        for g in r["misses"]:
            print(f"    MISS {g['person']} | {g['organisation']} | {g['hedge']} | {g['attributed_to']}")
        for p in r["false_positives"]:
            print(f"    FP   {p['person']} | {p['organisation']} | {p['hedge']} | {p['attributed_to']} "
                  f"| {p['predicate']} | {p['evidence'][:70]}")
        for g, h in r["wrong_hedge"]:
            print(f"    HEDGE {g['person']} | {g['organisation']} gold={g['hedge']} pred={h}")
        for g, a in r["wrong_attribution"]:
            print(f"    ATTR {g['person']} | {g['organisation']} gold={g['attributed_to']} pred={a}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--mode", choices=["both", "oracle", "pipeline"], default="both")
    ap.add_argument("--misses", action="store_true", help="List misses, false positives, wrong hedges/voices.")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    modes = ["oracle", "pipeline"] if args.mode == "both" else [args.mode]
    results: dict[str, Any] = {}
    for gold_path in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = next(args.corpus.rglob(gold["document"]), None)
        if path is None:
            continue
        for mode in modes:
            r = run_document(path, gold, mode)
            if r is not None:
                results[f"{gold_path.stem}:{mode}"] = r
                _print(gold_path.stem, mode, r, args.misses)
    for mode in modes:
        rs = [v for k, v in results.items() if k.endswith(":" + mode)]
        if rs:
            tp, g, p = sum(r["matched"] for r in rs), sum(r["gold"] for r in rs), sum(r["predicted"] for r in rs)
            prec, rec = (tp / p if p else 0.0), (tp / g if g else 0.0)
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"ALL [{mode}] P={prec:.3f} R={rec:.3f} F1={f1:.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
