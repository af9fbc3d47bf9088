"""Quality of Russian recognition on the factRuEval dev set, scored by the shared scorer.

    .venv/bin/python benchmarks/bench_quality_ru.py [--docs DIR] [--gold DIR] [--out PRED.json] [--group norm|surname]

Each document becomes one segment per paragraph; mentions are grouped per type by their
lower-cased expansion or normal form, as resolution blocks them ({"name": norm, "variants":
[surface forms]}); the recogniser gives the variants of one name in a document one expansion
(«СЗР» and «Союз защиты рыболовов», «Голоса Севера» and «Голосу Севера»). ``--group surname``
joins persons as a cautious resolution would: by surname and given name, a lone surname or
given name going to the one full name that has it («Юрий Лужков», «Лужков», «Юрий»).
factRuEval's Org covers companies and the press, so enterprises and publications count as
organisations; events are not scored. ``--lemmas`` also checks person lemmas: every gold variant
with as many words as its gold name («Юрия Лужкова» / «Юрий Лужков») that both systems found is lemmatised by letopis and by natasha's normaliser and compared with the gold name.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from letopis.model import Mention

ROOT = Path("/work/shared/devsets/factrueval-dev-ru")
SCORER = Path("/work/shared/tools/score.py")
GROUPS = {
    "person": "persons",
    "organisation": "organisations",
    "enterprise": "organisations",
    "publication": "organisations",
    "place": "places",
}


def group_key(m: Mention, mode: str) -> str:
    """The grouping key of a mention: its lower-cased expansion or norm, or for persons surname (+ given
    name)."""
    if mode == "surname" and m.type == "person" and m.parts and m.parts.surname:
        given = (m.parts.given or "").lower()
        return f"surname:{_surname(m)}:{given}"
    return (m.expansion or m.norm).lower().replace("ё", "е")


def _surname(m: Mention) -> str:
    s = (m.parts.surname or "").lower().replace("ё", "е") if m.parts else ""
    return s[:-1] if s.endswith(("ова", "ева", "ина", "ына")) else s


def predictions(mentions: list[Mention], mode: str) -> dict[str, list[dict[str, Any]]]:
    """Entities per scored type for one document."""
    keys = {id(m): group_key(m, mode) for m in mentions}
    if mode == "surname":
        keys.update(_given_only(mentions, keys))
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    for m in mentions:
        kind = GROUPS.get(m.type)
        if kind is None:
            continue
        entity = groups.setdefault(kind, {}).setdefault(keys[id(m)], {"name": m.norm, "variants": []})
        if len(m.norm) > len(entity["name"]):
            entity["name"] = m.norm
        if m.text not in entity["variants"]:
            entity["variants"].append(m.text)
    return {kind: list(ents.values()) for kind, ents in groups.items()}


def _given_only(mentions: list[Mention], keys: dict[int, str]) -> dict[int, str]:
    """A lone given name («Виктор») or surname («Сомов») joins the one full name of the document
    that has it; two people with the same surname («Анна Сомова», «Иван Сомов») stay apart."""
    by_given: dict[str, set[str]] = {}
    by_surname: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "person" and m.parts and m.parts.given and m.parts.surname:
            by_given.setdefault(m.parts.given.lower(), set()).add(keys[id(m)])
            by_surname.setdefault(_surname(m), set()).add(keys[id(m)])
    out = {}
    for m in mentions:
        if m.type != "person" or not m.parts or (m.parts.given and m.parts.surname):
            continue
        if m.parts.surname:
            owners = by_surname.get(_surname(m), set())
        else:
            owners = by_given.get((m.parts.given or "").lower(), set())
        if len(owners) == 1:
            out[id(m)] = next(iter(owners))
    return out


def _fold(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").lower().split())


def lemma_cases(gold_dir: Path, docs_dir: Path) -> list[tuple[str, str, str]]:
    """(document, surface, gold name) for every person variant with as many words as its gold name:
    the gold name is then the nominative of that very surface («Юрия Лужкова» -> «Юрий Лужков»)."""
    out = []
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        if not (docs_dir / f"{gf.stem}.txt").exists():
            continue
        for entity in gold.get("persons", []):
            for v in entity.get("variants", []):
                if len(v.split()) == len(entity["name"].split()) and v != entity["name"]:
                    out.append((gf.stem, v, entity["name"]))
    return out


def lemma_accuracy(cases: list[tuple[str, str, str]], norms: dict[tuple[str, str], str]) -> tuple[int, int]:
    """(right, found): oblique gold variants found as mentions, and how many got the gold nominative."""
    found = [(norms[(d, v)], g) for d, v, g in cases if (d, v) in norms]
    return sum(_fold(n) == _fold(g) for n, g in found), len(found)


def build_predictions(docs_dir: Path, mode: str) -> tuple[dict[str, Any], dict[tuple[str, str], str]]:
    """PRED.json content for every document of ``docs_dir``, and the norm of each person surface."""
    from bench_speed_ru import paragraph_document  # the script folder is on sys.path

    from letopis.extract.russian import RussianRecogniser

    recogniser = RussianRecogniser()
    out, norms = {}, {}
    for path in sorted(docs_dir.glob("*.txt")):
        doc = recogniser(paragraph_document(path.read_text(encoding="utf-8")))
        out[path.stem] = predictions(list(doc.mentions), mode)
        norms.update({(path.stem, m.text): m.norm for m in doc.mentions if m.type == "person"})
    return {"docs": out}, norms


def natasha_norms(docs_dir: Path) -> dict[tuple[str, str], str]:
    """natasha's own normal form (Doc + tag_morph + span.normalize) of each person surface."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb, segmenter, vocab = NewsEmbedding(), Segmenter(), MorphVocab()
    morph, ner = NewsMorphTagger(emb), NewsNERTagger(emb)
    norms = {}
    for path in sorted(docs_dir.glob("*.txt")):
        doc = Doc(path.read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        for span in doc.spans:
            if span.type == "PER":
                span.normalize(vocab)
                norms[(path.stem, span.text)] = span.normal
    return norms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=ROOT / "docs")
    ap.add_argument("--gold", type=Path, default=ROOT / "gold")
    ap.add_argument("--out", type=Path, default=Path("/tmp/letopis-pred-ru.json"))
    ap.add_argument("--group", choices=("norm", "surname"), default="norm")
    ap.add_argument("--lemmas", action="store_true", help="also compare person lemmas with natasha's")
    args = ap.parse_args()
    pred, norms = build_predictions(args.docs, args.group)
    args.out.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    subprocess.run([sys.executable, str(SCORER), str(args.gold), str(args.out)], check=True)
    if args.lemmas:
        cases = lemma_cases(args.gold, args.docs)
        for who, found in (("letopis", norms), ("natasha", natasha_norms(args.docs))):
            right, n = lemma_accuracy(cases, found)
            print(f"person lemmas ({who}): {right}/{n} oblique/variant forms give the gold nominative")


if __name__ == "__main__":
    main()
