"""Quality evaluation against gold files (the format of shared/gold/README.md), no database needed.

    evaluate(Path("gold"))  ->  Evaluation(per_document=..., totals={"persons": Score(...), ...})

Each gold file names its document; the document is looked for beside the gold folder,
in a ``docs/`` sibling, in ``--docs DIR``, or anywhere up to three levels under the
gold folder's parent. Mentions are grouped into entities the simple way (persons by
surname, organisations by abbreviation expansion or normalised form, places by form)
and matched one-to-one when a gold and a predicted entity share a name token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from letopis.errors import InputError
from letopis.evaluate_groups import (
    join_case_forms,
    join_double_surnames,
    join_lone_given_names,
    join_same_given,
    merge_aliases,
    merge_heads,
    ocr_slips,
    ocr_thing_slips,
    person_key,
    split_namesakes,
)
from letopis.model import Document, DocumentMeta, Mention, Segment

TYPES = ("persons", "organisations", "places")
PLURAL = {
    "person": "persons",
    "organisation": "organisations",
    "enterprise": "enterprises",
    "place": "places",
    "publication": "publications",
    "event": "events",
}
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOP = {"the", "and", "von", "van", "der", "des", "del", "comrade", "mr", "mrs"}


@dataclass(frozen=True)
class Score:
    """Entity-level counts and micro precision / recall / F1."""

    hits: int
    gold: int
    pred: int

    @property
    def precision(self) -> float:
        return self.hits / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.hits + other.hits, self.gold + other.gold, self.pred + other.pred)

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "hits": self.hits, "gold": self.gold, "pred": self.pred}


@dataclass
class Evaluation:
    """Scores per document and in total; ``missing`` lists gold files whose document was not found."""

    per_document: dict[str, dict[str, Score]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, Score]:
        out = {t: Score(0, 0, 0) for t in TYPES}
        for scores in self.per_document.values():
            for t, s in scores.items():
                out[t] = out[t] + s
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": {d: {t: s.as_dict() for t, s in sc.items()} for d, sc in self.per_document.items()},
            "totals": {t: s.as_dict() for t, s in self.totals.items()},
            "missing": list(self.missing),
        }


def name_tokens(variants: Iterable[str]) -> set[str]:
    """The tokens two entities must share to match (3+ letters, folded; Cyrillic cut to 4 letters)."""
    out: set[str] = set()
    for v in variants:
        v = v.replace("ё", "е").replace("Ё", "Е")
        v = re.sub(r"['’]s\b", "", v)
        for w in _WORD.findall(v):
            w = w.lower()
            if w in _STOP:
                continue
            if re.match(r"[а-я]", w):
                w = w[:4]
            out.add(w)
    return out


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Score:
    """One-to-one greedy matching of entities that share a name token."""
    g = [name_tokens(list(x.get("variants") or []) + [x["name"]]) for x in gold]
    p = [name_tokens(list(x.get("variants") or []) + [x["name"]]) for x in pred]
    pairs = sorted(((len(a & b), i, j) for i, a in enumerate(g) for j, b in enumerate(p) if a & b), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return Score(len(used_g), len(g), len(p))


def entity_key(m: Mention) -> str:
    """How the evaluation groups mentions into entities (a stand-in for corpus resolution)."""
    if m.type == "person" and m.parts is not None and m.parts.surname:
        return person_key(m.parts.surname)
    source = _expand_abbreviations(re.sub(r"\b([A-Z]{2,})s\b", r"\1", m.expansion or m.norm))  # "SRs": "SR"
    key = re.sub(r"\s*\(.*?\)", "", source.replace("’", "'"))
    key = re.sub(r"'s\b", "", key).lower().strip()
    if m.type == "organisation":  # "Party of Socialist Revolutionaries", "Socialist Revolutionary Party", "SRs"
        party = re.sub(r"^party of (?:the )?|(?<=\w) party$", "", key)
        if party != key and " of " not in party:
            key = party
            return re.sub(r"ies$", "y", key) if " " in key else (key[:-1] if key.endswith("s") else key)
        if re.fullmatch(r"[a-z-]+ [a-z-]+ies", key):
            return key[:-3] + "y"  # "Socialist Revolutionaries", with the "(Socialist Revolutionary) Party"
    key = key[:-1] if " " not in key and key.endswith("s") else key
    if m.type == "place" and re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", key) and not re.search("[а-яё]", key):
        from letopis.resolve.keys import fold

        key = fold(key) or key  # "Ekaterinoslav" and "Yekaterinoslav": one town, as resolution's folded key has it
    return key


def _expand_abbreviations(text: str) -> str:
    from letopis.extract.lexicon import ORG_ABBREVIATIONS

    def one(m: re.Match[str]) -> str:
        word = m.group(0).replace(" ", "")
        return ORG_ABBREVIATIONS.get(word) or m.group(0)

    return re.sub(r"\b[A-Z][A-Za-z]*[A-Z](?:\s?\([a-z]\))?", one, text)


def _surface_level(gold: dict[str, Any]) -> bool:
    """A gold file without coreference: one entity per distinct surface form (HIPE's conversion).

    There every surface form is an entity of its own ("Harrison", "Gen. Harrison"), so the
    predictions are grouped the same way instead of by surname.
    """
    entities = [e for t in TYPES for e in gold.get(t, [])]
    return bool(entities) and all(len(e.get("variants", [])) <= 1 for e in entities)


def _surface_key(m: Mention) -> str:
    """The mention as the gold spans it: with its title ("Gen. Jackson" and "Jackson" are two forms there)."""
    title = next((v for k, v in m.attrs if k == "title"), "") if m.type == "person" else ""
    return f"{title} {m.text}".replace("’", "'").lower().strip()


def predictions(doc: Document, gold_kinds: Iterable[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The document's mentions as gold-format entities: {"persons": [{"name", "variants"}], ...}.

    ``gold_kinds`` are the keys of the gold file when known: a gold scheme without "enterprises"
    (factRuEval, HIPE and most general-domain NER sets) counts companies and factories as
    organisations, so enterprises are reported as organisations there.
    """
    plural = dict(PLURAL)
    if gold_kinds is not None and "enterprises" not in set(gold_kinds):
        plural["enterprise"] = "organisations"
    key = _surface_key if isinstance(gold_kinds, dict) and _surface_level(gold_kinds) else entity_key
    groups: dict[tuple[str, str], list[Mention]] = {}
    misread = ocr_slips(doc) if key is entity_key else {}
    misread_things = ocr_thing_slips(doc, key) if key is entity_key else {}
    for m in doc.mentions:
        if m.type in plural:
            k = key(m)
            k = misread.get(k, k) if m.type == "person" else misread_things.get((m.type, k), k)
            groups.setdefault((plural[m.type], k), []).append(m)
    groups = merge_heads(groups, short_names=key is entity_key)  # surface-level gold keeps each form
    if key is entity_key:
        groups = split_namesakes(groups)
        groups = join_double_surnames(join_lone_given_names(groups))
        groups = merge_aliases(doc, join_case_forms(join_same_given(groups)))
    out: dict[str, list[dict[str, Any]]] = {}
    for (plural, _), ms in groups.items():
        if not ms:
            continue  # a group emptied by a merge
        best = max(ms, key=lambda m: len(m.norm))
        variants = sorted({m.text for m in ms})
        name = best.norm
        if plural != "persons":  # "Va." of "Norfolk, Va." is Virginia, "I. O. O. F." the Odd Fellows
            name = max((m.expansion or m.norm for m in ms), key=len)
        out.setdefault(plural, []).append({"name": name, "variants": variants})
    return out


def date_scores(doc: Document, gold_dates: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(gold dates, found with the same span text, found and normalised as in gold)."""
    found = correct = 0
    by_text: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.type == "date" and m.date is not None:
            by_text.setdefault(m.text.lower(), set()).add(m.date.iso)
    for g in gold_dates:
        text = g["text"].lower()
        isos = by_text.get(text) or next((v for k, v in by_text.items() if text in k or k in text), None)
        if isos:
            found += 1
            correct += g.get("normalised") in isos
    return len(gold_dates), found, correct


def find_document(gold_dir: Path, name: str, docs: Path | None = None) -> Path | None:
    """Where the document a gold file names lives (see the module docstring)."""
    places = [docs / name] if docs else []
    places += [gold_dir / name, gold_dir.parent / "docs" / name, gold_dir.parent / name]
    for p in places:
        if p.is_file():
            return p
    for depth in ("*", "*/*", "*/*/*"):
        for p in sorted(gold_dir.parent.glob(f"{depth}/{name}")):
            if p.is_file():
                return p
    return None


def load_document(path: Path, lang: str | None = None) -> Document:
    """Ingest and segment one file (the project's reader when available, else paragraphs)."""
    try:
        from letopis.ingest import discover, read

        source = discover([path])[0]
        doc = read(source, lang=lang or "auto")
    except (ImportError, IndexError):
        doc = _plain_document(path, lang)
    try:
        from letopis.segment.segmenter import Segmenter

        return Segmenter()(doc)
    except ImportError:
        return doc.replace(segments=paragraph_segments(doc.text))


def _plain_document(path: Path, lang: str | None) -> Document:
    text = path.read_text(encoding="utf-8")
    cyr = sum(1 for c in text[:5000] if "а" <= c.lower() <= "я")
    language = lang or ("ru" if cyr > len(text[:5000]) * 0.2 else "en")
    return Document(str(path), text, str(hash(text)), meta=DocumentMeta(title=path.stem, language=language))


def paragraph_segments(text: str) -> tuple[Segment, ...]:
    """One segment per blank-line paragraph; "[n] ..." paragraphs are footnotes, "# ..." headings."""
    segs: list[Segment] = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        body = m.group()
        kind = "footnote" if re.match(r"\[\d+\]", body) else "heading" if body.startswith("#") else "paragraph"
        segs.append(Segment(len(segs), kind, m.start(), m.end()))
    return tuple(segs)


def analyse(doc: Document, with_dates: bool = False) -> Document:
    """Run the recognition stages of the document's language (built once per process and reused)."""
    name = "letopis.recogniser.ru.v1" if doc.language == "ru" else "letopis.recogniser.en.v1"
    doc = _stage(name)(doc)
    return _stage("letopis.dates.v1")(doc) if with_dates else doc


@lru_cache(maxsize=None)
def _stage(name: str) -> Any:
    import letopis.registrations  # noqa: F401  (registers the components)
    from letopis.registry import components

    return components.get(name)()


def evaluate(gold_dir: Path, docs: Path | None = None, lang: str | None = None) -> Evaluation:
    """Score every gold file of ``gold_dir`` (persons, organisations, places)."""
    result = Evaluation()
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        if "document" not in gold:
            continue
        path = find_document(gold_dir, gold["document"], docs)
        if path is None:
            result.missing.append(gold["document"])
            continue
        try:
            doc = analyse(load_document(path, lang or gold.get("language")))
        except InputError as err:
            result.missing.append(f"{gold['document']}: {err}")
            continue
        pred = predictions(doc, gold)
        result.per_document[Path(gold["document"]).stem] = {
            t: match(gold.get(t, []), pred.get(t, [])) for t in TYPES
        }
    return result
