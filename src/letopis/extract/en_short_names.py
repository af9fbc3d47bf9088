"""Short names: of enterprises ("Svetoch" after "the Svetoch Glass Works") and of Soviet bodies ("the
gubkom" after "the Ivanovo-Voznesensk Gubkom of the RCP(b)").

A document that has named a works in full goes on to call it by its name alone ("two furnaces at
Svetoch were closed"). Such a word, where the rules saw only a place (a preposition before it) or
nothing sure, is the enterprise; a town that gives its name to its railway or plant ("the Kazan
Railway", "workers in Kazan") stays the town. A word the document gives a
person ("old Gorbunkov himself", "Comrade Lykov") is not touched: a factory named after its owner
leaves the owner a person.

A body named by its contracted name alone ("the gubkom", "the ukom") is the one body of that kind
the document names in full, when there is exactly one; with two or more it stays unlinked. So is a
capitalised head noun alone after "the" ("the Legation", "the Agency" after "the Tarvelian Legation"); a
state's mission so named ("at the Legation") is a body even when the document never names it in full.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.en_classify import WHERE_AFTER
from letopis.extract.en_document import POSSESSIVE, Cand
from letopis.extract.en_surnames import common_word
from letopis.extract.lexicon import (
    ENTERPRISE_HEADS,
    ENTERPRISE_LOWER_HEADS,
    ORG_HEADS,
    SOVIET_BODIES,
    is_place,
    is_place_phrase,
)


def enterprise_short_names(cands: list[Cand], text: str) -> list[Cand]:
    """Retype the bare names of the document's enterprises (see the module docstring)."""
    names: set[str] = set()
    for c in cands:
        if c.type == "enterprise" and c.strong:
            name = _name_part(text[c.start : c.end].split())
            if name:
                names.add(name)
    if not names:
        return cands
    out = []
    for c in cands:
        surface = POSSESSIVE.sub("", " ".join(text[c.start : c.end].split()))
        if surface in names and (c.type in ("place", "unknown") or not c.strong) and c.type != "person" and \
                not c.gazetteer and not is_place(surface) and not is_place_phrase(surface) and \
                not WHERE_AFTER.match(text[c.end : c.end + 10]):  # "from Zorino, where a strike broke out"
            c = replace(c, type="enterprise", strong=True, gazetteer=False)
        out.append(c)
    return out


def _name_part(words: list[str]) -> str | None:
    """"Svetoch Glass Works" -> "Svetoch": the words before the head and the trade words before it."""
    k = len(words)
    if k < 2 or not (words[-1] in ENTERPRISE_HEADS or words[-1].lower() in ENTERPRISE_LOWER_HEADS):
        return None
    k -= 1
    while k > 1 and (words[k - 1] in ENTERPRISE_HEADS or common_word(words[k - 1])):
        k -= 1
    name = " ".join(words[:k])
    return name if name[:1].isupper() and not common_word(words[0]) else None


def body_short_names(cands: list[Cand], text: str) -> list[Cand]:
    """"the gubkom": the expansion is the document's one full name of a gubkom (see the module docstring)."""
    full: dict[str, set[str]] = {}
    for c in cands:
        words = text[c.start : c.end].split()
        if c.type == "organisation" and len(words) > 1:
            for w in words:
                if w.lower() in SOVIET_BODIES:
                    full.setdefault(w.lower(), set()).add(" ".join(words))
    out = []
    for c in cands:
        word = text[c.start : c.end].lower()
        if c.type == "organisation" and word in SOVIET_BODIES and len(full.get(word, ())) == 1:
            c = replace(c, expansion=next(iter(full[word])))
        out.append(c)
    return out


_MISSIONS = frozenset(("Legation", "Embassy", "Consulate", "Consulate-General", "Residency"))
# a capitalised head noun alone after "the", not opening a longer name ("the Legation was closed")
_LONE_HEAD = re.compile(r"(?<=\b[Tt]he )([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]| of\b| [A-Z])")


def lone_heads(cands: list[Cand], text: str) -> list[Cand]:
    """"the Legation" after "the Tarvelian Legation": the one body of the document whose name ends in that head
    noun (with two or more, or none, the word is left alone)."""
    full: dict[str, set[str]] = {}
    for c in cands:
        words = text[c.start : c.end].split()
        if c.type == "organisation" and len(words) > 1 and words[-1] in ORG_HEADS and "\n" not in text[c.start : c.end]:
            full.setdefault(words[-1], set()).add(" ".join(words))
    out = list(cands)
    for m in _LONE_HEAD.finditer(text):
        names = full.get(m.group(1), set())
        if not names and m.group(1) in _MISSIONS:
            names = {""}  # "the Legation": a state's mission where the document is written, named by its kind
        if len(names) != 1 or any(c.start < m.end() and m.start() < c.end and c.type != "unknown" for c in cands):
            continue
        seg = next((c.segment for c in reversed(cands) if c.start <= m.start()), 0)
        out = [c for c in out if not (c.start < m.end() and m.start() < c.end)]
        out.append(Cand(m.start(), m.end(), "organisation", True, seg, expansion=next(iter(names)) or None))
    return sorted(out, key=lambda c: (c.start, -c.end))
