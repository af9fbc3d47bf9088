"""Rulers and nobles named by their title: "the King", "the Emperor of Austria", "Duke of Orleans"; but "the
Tsar" and "the Shah" alone stand for the old regime in the sources of the period, and name nobody.

    cands = ruler(run, text, segment, typed_whole)  # None when the run names no ruler
"""

from __future__ import annotations

import re
from collections.abc import Callable

from letopis.extract.en_document import Cand
from letopis.extract.en_runs import Run

Typer = Callable[[Run, str, int], list[Cand]]  # how the caller types the rest of a run ("of Austria")

_ROYAL = {"King", "Queen", "Emperor", "Empress", "Pope", "Sultan", "Tsar", "Czar", "Tsarina", "Czarina", "Kaiser",
          "Dauphin", "Duke", "Duchess", "Archduke", "Archduchess", "Doge", "Regent", "Shah", "Khedive"}
_NOBLE = {"Duke", "Duchess", "Archduke", "Archduchess", "Dauphin"}  # "Duke of Orleans": the place is part of the name
_REGIME_TITLES = {"Tsar", "Czar", "Tsarina", "Czarina", "Shah"}


def ruler(run: Run, text: str, seg: int, typed_whole: Typer) -> list[Cand] | None:
    """"the King", "the Emperor of Austria", "Duke of Orleans": a ruler named by title is a person."""
    toks = run.tokens
    k = 1 if toks[0].text in ("The", "THE") and len(toks) > 1 else 0
    head = toks[k].bare
    head = head.title() if head.isupper() else head
    if head not in _ROYAL:
        return None
    rest = toks[k + 1 :]
    if not rest and head in _REGIME_TITLES:
        return []  # "under the Tsar", "the Shah's police": in the period's sources the regime, no ruler named
    if not rest:
        if k or re.search(r"\bthe\s+$", text[max(0, toks[k].start - 5) : toks[k].start], re.IGNORECASE):
            return [Cand(toks[k].start, toks[k].end, "person", True, seg, (head,))]
        return None
    if rest[0].text.lower() == "of" and len(rest) > 1 and rest[1].cap:
        k2 = 2 if rest[1].text.lower() == "the" and len(rest) > 2 else 1
        cut = next((m for m in range(k2, len(rest)) if rest[m].text == "and"), None)
        if cut is not None:  # "the Duke of Orleans and the Duke of Berry": two persons
            first = Run(run.i, run.i + k + 1 + cut, toks[: k + 1 + cut])
            m2 = cut + 1 + (rest[cut + 1].text == "the" and cut + 2 < len(rest))
            second = Run(run.i + k + 1 + m2, run.j, rest[m2:]) if m2 < len(rest) else None
            return (ruler(first, text, seg, typed_whole) or []) + ((ruler(second, text, seg, typed_whole) or typed_whole(second, text, seg))
                                                       if second is not None else [])
        tail = Run(run.i + k + 1 + k2, run.j, rest[k2:])
        nested = [] if head in _NOBLE else [c for c in typed_whole(tail, text, seg) if c.type == "place"]
        return [Cand(toks[k].start, run.end, "person", True, seg, (head,))] + nested
    return None
