"""Comma lists of names ("A, B, C, and others"): their items usually share a type."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# a separator, after an optional bracketed gloss of the item before ("Pykett (Collingham), Marrison")
_SEP = re.compile(r"^(?:\s*\([^()]{1,40}\))?(?:\s*(?:,|;)\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)$")
_GLOSS = re.compile(r"^\s*\($")


class _Span(Protocol):
    start: int
    end: int
    segment: int


def list_groups(cands: Sequence[_Span], order: list[int], text: str) -> list[list[int]]:
    """Groups (indices into ``cands``) of candidates separated only by commas / "and"."""
    groups: list[list[int]] = []
    current: list[int] = []
    prev = None
    for k in order:
        c = cands[k]
        if prev is not None:
            p = cands[prev]
            gap = text[p.end : c.start] if c.start >= p.end else None
            if gap is not None and p.segment == c.segment and _SEP.match(gap):
                current.append(k)
                prev = k
                continue
            if c.start < p.end:  # nested candidate: not part of the list chain
                continue
            if gap is not None and _GLOSS.match(gap) and text[c.end : c.end + 1] == ")":
                continue  # the gloss in brackets after an item: not an item of its own
        if len(current) >= 2:
            groups.append(current)
        current = [k]
        prev = k
    if len(current) >= 2:
        groups.append(current)
    return groups
