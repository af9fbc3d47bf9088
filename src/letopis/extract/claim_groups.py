"""Groups named after a person: "Ardov's group", "the circle of I. Ardov", «группа Ардова».

:func:`eponymous_groups` collects, once per document, every organisation mention of that shape by
the person's surname; :func:`eponymous_group` picks the one belonging to a given person near a
position (the last one before it, else the first after it), which is how a list headed by
"A's students and supporters include B, C" finds its group. :func:`own_group` reads the possessive
"A and his group" / «свою группу» as A ``leader_of`` A's named group, a gloss in the author's
voice. Nothing is found when the document names no such group.
"""

from __future__ import annotations

import re

from letopis.extract.claim_state import ClaimState
from letopis.extract.clauses import Sentence
from letopis.extract.relations import Ref, Relation
from letopis.model import Document

_I = re.IGNORECASE | re.UNICODE
_EPONYMOUS_EN = re.compile(r"^([\w-]+)['’]s\s+(?:own\s+)?(?:group|faction|circle|organi[sz]ation|tendency)$"
                           r"|\b(?i:group|faction|circle)\s+of\s+(?:[A-Z][\w.]*\s+)*([A-Z][\w-]+)$")
_EPONYMOUS_RU = re.compile(r"^(?i:групп\w*|фракци\w*|кружк?\w*)\s+(?:[А-ЯЁ]\.\s*)*([А-ЯЁ][а-яё-]+)$")
_OWN_GROUP = re.compile(r"\b(his|her|their)\s+(?:own\s+)?(?:group|faction|circle|organi[sz]ation|followers)\b"
                        r"|\b(его|её|ее|свою|своей|своя)\s+(?:групп\w*|фракци\w*|кружк\w*)", _I)


def eponymous_groups(doc: Document) -> dict[str, list[int]]:
    """Organisations named after a person ("Ardov's group", "the circle of I. Ardov", «группа Ардова»),
    by the person's surname, lowercased (a Russian genitive stays as written; see :func:`eponymous_group`)."""
    out: dict[str, list[int]] = {}
    for i, m in enumerate(doc.mentions):
        if m.type != "organisation":
            continue
        found = _EPONYMOUS_EN.search(m.text) or _EPONYMOUS_RU.search(m.text)
        if found:
            out.setdefault(next(g for g in found.groups() if g).lower(), []).append(i)
    return out


def eponymous_group(doc: Document, person: int, pos: int, state: ClaimState) -> int | None:
    """The "X's group" mention of a person: the last one before ``pos``, else the first after it."""
    words = re.findall(r"[\w-]{2,}", doc.mentions[person].norm or doc.mentions[person].text)
    if not words or not state.eponymous:
        return None
    surname = words[-1].lower()
    found = sorted(i for key, idx in state.eponymous.items() for i in idx
                   if key == surname or (key.startswith(surname) and len(key) - len(surname) <= 2
                                         and re.search(r"[а-яё]", key)))
    before = [i for i in found if doc.mentions[i].start < pos]
    return before[-1] if before else (found[0] if found else None)


def own_group(doc: Document, text: str, persons: list[Ref], sent: Sentence, state: ClaimState,
               lang: str) -> list[Relation]:
    """"A and his group", "A reported that, besides his faction, ...": A heads "A's group", if it is named.
    The possessive is the author's own reference, so the claim is a gloss (asserted, the author's voice)."""
    out: list[Relation] = []
    for m in _OWN_GROUP.finditer(text):
        owner = next((p.index for p in reversed(persons) if p.end <= m.start()), state.last_subject)
        if owner is None:
            continue
        if (m.group(1) or "").lower() in ("his", "her"):
            parts = doc.mentions[owner].parts
            gender = "m" if m.group(1).lower() == "his" else "f"
            if parts is not None and parts.gender not in (None, gender):
                continue
        group = eponymous_group(doc, owner, sent.start + m.start(), state)
        if group is not None:
            out.append(Relation(owner, "leader_of", group, False, True, "gloss"))
    return out
