"""Reference resolution for the claim extractor: what each span of a sentence stands for.

:func:`person_refs` gives the person mentions of a sentence (not those inside an organisation or
other object mention) plus *he* / *she* (он / она) resolved to a person of the same gender: an
earlier pronoun of the sentence, the speaker of "X said that he", the sentence's first person,
else the last subject. :func:`object_refs` gives the organisation, enterprise, publication and
place mentions plus the anaphora *this group*, *the cell*, *it* (эта группа, данная организация),
resolved by :func:`antecedent` to the last organisation of the paragraph (or of the lead-in
paragraph of an open report frame) that is not a person's gloss or a former affiliation, failing
that the organisation of the section heading; *the factory*, *its director* go to the last
enterprise. All offsets of the returned :class:`~letopis.extract.relations.Ref` objects are
relative to the sentence.
"""

from __future__ import annotations

import re

from letopis.extract.claim_state import ClaimState
from letopis.extract.clauses import Sentence, mentions_in, outermost
from letopis.extract.relations import Ref
from letopis.model import Document

_I = re.IGNORECASE | re.UNICODE
_ANAPHOR_EN = re.compile(
    r"\b(?:this|that|the|its|their|the same|such an?)\s+(?:[a-z-]+\s+)?"
    r"(?:group|cell|organi[sz]ation|faction|circle|society|network)s?\b(?!\s+of\b)", _I)
_ANAPHOR_RU = re.compile(r"\b(?:эт\w+|данн\w+|указанн\w+|т\w+ же)\s+(?:группы?|организаци\w+|ячейк\w+|фракци\w+"
                         r"|кружк\w+)", _I)
_PLACE_ANAPHOR_EN = re.compile(r"\b(?:the|this|that|its) (?:factory|plant|mill|works|enterprise)\b"
                               r"|\b([Ii]ts)\b(?= (?:director|head|chairman|secretary|leader|manager)\b)")
_IT_EN = re.compile(r"\b(?:with|in|of|to|from|joined|join|leads?|led) (it)\b", _I)
_PRONOUN_EN = re.compile(r"\b(he|she|He|She)\b")
_PRONOUN_RU = re.compile(r"\b(он|она|Он|Она)\b")
_FORMER_BEFORE = re.compile(r"\b(?:former|formerly|ex|бывш\w*)\W+(?:\w+\W+)?$", re.IGNORECASE)
PERSONS = ("person",)
OBJECTS = ("organisation", "enterprise", "publication", "place")


def person_refs(doc: Document, sent: Sentence, text: str, state: ClaimState, lang: str) -> list[Ref]:
    idx = outermost(doc, mentions_in(doc, sent.start, sent.end, PERSONS, index=state.index))
    containers = [doc.mentions[i] for i in mentions_in(doc, sent.start, sent.end, OBJECTS, index=state.index)]
    idx = [i for i in idx if not any(c.start <= doc.mentions[i].start and doc.mentions[i].end <= c.end
                                     for c in containers)]
    refs = [Ref(doc.mentions[i].start - sent.start, doc.mentions[i].end - sent.start, i, "person") for i in idx]
    pattern = _PRONOUN_RU if lang == "ru" else _PRONOUN_EN
    for m in pattern.finditer(text):
        target = _pronoun_target(doc, text, m, refs, state)
        if target is not None and not any(r.start <= m.start() < r.end for r in refs):
            refs.append(Ref(m.start(), m.end(), target, "pronoun"))
    return sorted(refs, key=lambda r: r.start)


_SAYS_THAT = re.compile(r"^\W*(?:\w+\s+){0,2}(?:stated|said|reported|claimed|declared|told \w+|wrote|testified"
                        r"|believes|argued|admitted|remarked|сообщил\w*|заявил\w*|сказал\w*|показал\w*)\b"
                        r"(?:\s+\w+){0,2}\s+(?:that|что)\s*$", re.IGNORECASE)


def _pronoun_target(doc: Document, text: str, pronoun: re.Match[str], refs: list[Ref],
                    state: ClaimState) -> int | None:
    """He/she: an earlier he/she of the sentence, the speaker of "X said that he", the sentence's
    first person, else the last subject; never a person whose surname form has the other gender."""
    pos = pronoun.start()
    gender = "f" if pronoun.group(1).lower() in ("she", "она") else "m"

    def agrees(index: int | None) -> bool:
        parts = doc.mentions[index].parts if index is not None else None
        return index is not None and (parts is None or parts.gender in (None, gender))

    earlier = [r for r in refs if r.end <= pos]
    for r in reversed(earlier):
        if r.kind == "pronoun" and agrees(r.index):
            return r.index
    for r in earlier:
        if r.kind == "person" and _SAYS_THAT.match(text[r.end:pos]) and agrees(r.index):
            return r.index
    for r in earlier:
        if r.kind == "person" and agrees(r.index):
            return r.index
    return state.last_subject if agrees(state.last_subject) else None


def object_refs(doc: Document, sent: Sentence, text: str, para_start: int, state: ClaimState,
                 lang: str) -> list[Ref]:
    every = mentions_in(doc, sent.start, sent.end, OBJECTS, index=state.index)
    idx = outermost(doc, every)
    idx += [i for i in every if i not in idx and doc.mentions[i].type == "organisation" and any(
        doc.mentions[j].type == "publication" and len(doc.mentions[j].text.split()) <= 4
        and doc.mentions[j].start <= doc.mentions[i].start
        and doc.mentions[i].end <= doc.mentions[j].end for j in idx)]
    refs = [Ref(doc.mentions[i].start - sent.start, doc.mentions[i].end - sent.start, i, doc.mentions[i].type)
            for i in idx]
    pattern = _ANAPHOR_RU if lang == "ru" else _ANAPHOR_EN
    spans = [(m.start(), m.end(), False) for m in pattern.finditer(text)]
    if lang != "ru":
        spans += [(m.start(1), m.end(1), True) for m in _IT_EN.finditer(text)]
    for start, end, is_it in spans:
        if any(r.start < end and start < r.end for r in refs):
            continue
        target = antecedent(doc, sent.start + start, para_start, state)
        if target is not None and is_it and _unnamed_group_between(
                doc, doc.mentions[target].end, sent.start + start, state):
            continue  # "it" after "the X group" the recognisers did not find: not the earlier mention
        if target is not None:
            refs.append(Ref(start, end, target, "organisation"))
            state.via_anaphor.add(target)
    if lang != "ru":
        for m in _PLACE_ANAPHOR_EN.finditer(text):
            if any(r.start < m.end() and m.start() < r.end for r in refs):
                continue
            types = ("enterprise", "organisation") if m.group(1) else ("enterprise",)
            near = outermost(doc, mentions_in(doc, para_start, sent.start + m.start(), OBJECTS, index=state.index))
            if m.group(1) and near and doc.mentions[near[-1]].type not in types:
                continue  # '1. "Zorky": Its director ...' names something the recognisers did not call an enterprise
            target = antecedent(doc, sent.start + m.start(), para_start, state, types)
            if target is not None:
                refs.append(Ref(m.start(), m.end(), target, doc.mentions[target].type))
    return sorted(refs, key=lambda r: r.start)


_GROUP_NOUN = re.compile(r"\b(?:group|organi[sz]ation|party|faction|circle|society|network|union|committee"
                         r"|movement|tendency)\b", _I)


def _unnamed_group_between(doc: Document, start: int, end: int, state: ClaimState) -> bool:
    """Whether a group noun outside every organisation mention stands between an antecedent and "it"."""
    inside = [(doc.mentions[i].start, doc.mentions[i].end)
              for i in mentions_in(doc, start, end, ("organisation", "enterprise", "publication"), index=state.index)]
    return any(not any(a <= m.start() < b for a, b in inside) for m in _GROUP_NOUN.finditer(doc.text, start, end))


def antecedent(doc: Document, pos: int, para_start: int, state: ClaimState,
               types: tuple[str, ...] = ("organisation",)) -> int | None:
    """The organisation "this group" refers to: the last one in the paragraph that is not a mere
    descriptor of a person, else the organisation of the section heading."""
    frame = state.frame
    ranges = [para_start]
    if frame is not None and frame.start is not None:
        ranges.append(frame.start)
    for k, start in enumerate(ranges):
        idx = outermost(doc, mentions_in(doc, start, pos, types, index=state.index))
        if types != ("organisation",):
            if idx:
                return idx[-1]
            continue
        for i in reversed(idx):
            if i not in state.descriptor_orgs and not _FORMER_BEFORE.search(doc.text[max(0, doc.mentions[i].start - 20):doc.mentions[i].start]):
                return i
        if k == 0 and frame is not None and frame.topic is not None:
            return frame.topic
    return state.topic if types == ("organisation",) else None
