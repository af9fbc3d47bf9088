"""The claim extractor: sourced factoids (subject predicate object) with hedge, attribution and evidence.

``ClaimExtractor()(doc)`` runs after the recognisers and the date recogniser.
For each sentence of each content segment (razdel) it finds relations between
the mentions (``letopis.extract.relations``), then gives each one a hedge
(``letopis.extract.hedges``), an attribution chain from the document author
inwards (``letopis.extract.attribution``), the sentence as evidence, the date
and place of the sentence, and ``former`` for past membership. What each span
stands for (persons, pronouns, "this group") is resolved in
``letopis.extract.claim_refs``, groups named after a person are in
``letopis.extract.claim_groups``, and the per-document reading state is
``letopis.extract.claim_state.ClaimState``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.attribution import FoundVoice, Speaker, voices
from letopis.extract.claim_groups import eponymous_group, eponymous_groups, own_group
from letopis.extract.claim_refs import PERSONS, antecedent, object_refs, person_refs
from letopis.extract.claim_state import ClaimState
from letopis.extract.clauses import (
    Frame,
    MentionIndex,
    Sentence,
    frame_continues,
    mentions_in,
    opens_frame,
    outermost,
    sentences,
)
from letopis.extract.hedges import find_hedges, strongest
from letopis.extract.person_lists import list_head, person_runs, shared_descriptor, trailing_shared
from letopis.extract.predicates import is_former, relation_cue
from letopis.extract.relations import (
    ORG_TYPES,
    Ref,
    Relation,
    descriptors,
    person_links,
    premodifiers,
    sanctions,
    verb_links,
)
from letopis.model import Claim, Document, Voice

NAME = "letopis.claims.v1"
_I = re.IGNORECASE | re.UNICODE
_LEAD_IN = re.compile(r":\s*$|\bfollowing\b|\bследующ\w*", _I)


class ClaimExtractor:
    """Finds claims in a Document whose mentions are already recognised.

    doc (Document): with segments and mentions. RETURNS (Document): with ``claims``.
    """

    name = NAME

    def __call__(self, doc: Document) -> Document:
        state = ClaimState(index=MentionIndex(doc), eponymous=eponymous_groups(doc))
        for seg in doc.segments:
            if seg.kind == "chrome":
                continue
            if seg.kind == "heading":
                orgs = outermost(doc, mentions_in(doc, seg.start, seg.end, ("organisation",), index=state.index))
                state.topic = orgs[0] if orgs else state.topic
                state.frame = None
                state.para_runs, state.prev_runs = [], []
                if _is_signature(doc, seg, state):
                    for sent in sentences(doc, seg, state.index):
                        self._sentence(doc, sent, seg.start, state, (set(), []))
                continue
            if state.para_runs:
                state.prev_runs, state.para_runs = state.para_runs, []
            if state.frame is not None and not frame_continues(doc, seg, state.frame):
                state.frame = None
            lead: tuple[set[str], list[FoundVoice]] = (set(), [])
            sent_voices: list[FoundVoice] = []
            sent_hedges: set[str] = set()
            for sent in sentences(doc, seg, state.index):
                sent_hedges, sent_voices = self._sentence(doc, sent, seg.start, state, lead)
                text = doc.text[sent.start:sent.end]
                lead = (sent_hedges - {"reported"}, _named(sent_voices)) if _LEAD_IN.search(text) else (set(), [])
            if opens_frame(doc, seg):
                orgs = [i for i in outermost(doc, mentions_in(doc, seg.start, seg.end, ("organisation",), index=state.index))
                        if i not in state.descriptor_orgs]
                state.frame = Frame(voices=_named(sent_voices), hedges=sent_hedges - {"reported"}, start=seg.start,
                                    topic=orgs[-1] if orgs else None)
        return doc.replace(claims=tuple(_dedupe(state.claims)))

    def _sentence(self, doc: Document, sent: Sentence, para_start: int, state: ClaimState,
                  lead: tuple[set[str], list[FoundVoice]]) -> tuple[set[str], list[FoundVoice]]:
        lang = doc.language
        text = doc.text[sent.start:sent.end]
        state.via_anaphor = set()
        persons = person_refs(doc, sent, text, state, lang)
        objects = object_refs(doc, sent, text, para_start, state, lang)
        rels = _relations(text, persons, objects, doc, sent, para_start, state, lang)
        speakers = [Speaker(p.start, p.end, doc.mentions[p.index].norm or doc.mentions[p.index].text, p.index)
                    for p in persons]
        bodies = [Speaker(o.start, o.end, doc.mentions[o.index].norm or doc.mentions[o.index].text, o.index)
                  for o in objects if o.kind == "organisation" and text[o.start:o.end] == doc.mentions[o.index].text]
        found_voices = voices(text, speakers, lang, bodies)
        hedges = {c.hedge for c in find_hedges(text, lang)}
        vouched = _VOUCHED.search(text)
        if vouched:  # "Based on numerous reports, it can be confirmed that ...": the author vouches for it
            found_voices = [v for v in found_voices if v.role != "report" or v.start >= vouched.start()]
            if not any(v.role == "report" for v in found_voices):
                hedges.discard("reported")
        if found_voices and found_voices[0].name == "same source" and state.last_voice is not None:
            found_voices[0] = state.last_voice
        if _named(found_voices):
            state.last_voice = _named(found_voices)[-1]
        for o in objects:
            if o.kind in ORG_TYPES and doc.mentions[o.index].start >= sent.start:
                state.hedges_at[o.index] = hedges | (state.frame.hedges if state.frame else set())
        for rel in rels:
            state.claims += _claims_for(doc, sent, rel, hedges, found_voices, lead, state)
        _mark_withdrawal(doc, sent, text, persons, state)
        if persons:
            state.last_subject = next((p.index for p in persons if p.kind == "person"), state.last_subject)
        return hedges, found_voices


_WITHDREW = re.compile(
    r"\b(?:ceased|stopped|gave up|abandoned|renounced|withdrew from|retired from|quit)\s+(?:all\s+|his\s+|her\s+"
    r"|their\s+|any\s+)?(?:active\s+)?(?:political|party|revolutionary)\s+(?:activity|activities|work|life)\b"
    r"|\b(?:withdrew from|retired from|left|abandoned|quit)\s+(?:active\s+)?politics\b"
    r"|\b(?:отош[её]л|отошла|отошли)\s+от\s+(?:активной\s+)?(?:политической|партийной|политики)"
    r"|\bпрекратил\w*\s+(?:активную\s+)?(?:политическую|партийную)\s+деятельность", _I)


def _mark_withdrawal(doc: Document, sent: Sentence, text: str, persons: list[Ref], state: ClaimState) -> None:
    """"After that, A ceased political activity": A's memberships stated earlier in the paragraph are
    past (``former``). Founding and leading claims are events and stay as they are."""
    m = _WITHDREW.search(text)
    if not m:
        return
    who = [p for p in persons if p.end <= m.start()]
    if not who:
        return
    key = _name_words(doc, who[-1].index)
    for k, c in enumerate(state.claims):
        other = _name_words(doc, c.subject)
        if c.segment == sent.segment and c.evidence_start < sent.start and c.predicate == "member_of" \
                and c.polarity and c.hedge not in ("denied", "refuted") and (key <= other or other <= key):
            state.claims[k] = replace(c, former=True)


_VOUCHED = re.compile(
    r"\bit (?:can|could|may) (?:now |thus |therefore )?(?:be|now be) (?:confirmed|established|stated with certainty)\b"
    r"|\bit (?:has been|was|is|had been) (?:firmly |reliably |definitely )?(?:confirmed|established|proven|verified)\b"
    r"|\bwe (?:can |have )?(?:confirm|confirmed|established)\b"
    r"|\b(?:можно|удалось) (?:с уверенностью )?(?:утверждать|установить|подтвердить)\b"
    r"|\b(?:точно |достоверно )?(?:установлено|подтверждено|доказано),? что\b", _I)


def _is_signature(doc: Document, seg, state: ClaimState) -> bool:
    """A short heading-like line with a person and a role ("Chairman of the GPU, Ardov"): a signature,
    whose title is a claim; other headings give no claims."""
    text = doc.text[seg.start:seg.end]
    return len(text.split()) <= 10 and bool(mentions_in(doc, seg.start, seg.end, PERSONS, index=state.index)) \
        and relation_cue(text, doc.language) is not None and not text.rstrip().endswith((":", "?"))


def _name_words(doc: Document, index: int) -> set[str]:
    """The words of a person's name ("Ivan Ardov" and "Ardov" share "ardov"), initials left out."""
    m = doc.mentions[index]
    return {w.lower() for w in re.findall(r"\w{2,}", m.norm or m.text)}


def _named(found: list[FoundVoice]) -> list[FoundVoice]:
    """Voices that name who speaks (a person, 'reports' after 'according to', an informant)."""
    return [v for v in found if v.mention is not None or v.role in ("informant",) or v.name == "reports"
            and v.role == "report" and v.end - v.start > 8]




def _relations(text: str, persons: list[Ref], objects: list[Ref], doc: Document, sent: Sentence,
               para_start: int, state: ClaimState, lang: str) -> list[Relation]:
    rels = descriptors(text, persons, objects, lang)
    pre = premodifiers(text, persons, objects, lang)
    for r in rels + [r for rs in pre.values() for r in rs]:
        if r.object is not None and doc.mentions[r.object].type in ORG_TYPES and (r.how == "gloss" or r.former):
            state.descriptor_orgs.add(r.object)
    runs = person_runs(text, persons)
    extended: list[int] | None = None
    for run in runs:
        if all(p.kind == "pronoun" for p in run):
            continue
        earlier = _aforementioned(doc, text, run, state)
        rels += _run_relations(text, run, pre, objects, persons, doc, sent, para_start, state, lang, earlier)
        if earlier:
            extended = earlier + [p.index for p in run]
    rels += verb_links(text, persons, objects, runs, lang)
    rels += person_links(text, [p for p in persons if p.kind == "person"], lang)
    rels += _plural_anaphor(text, objects, state, lang)
    rels += sanctions(text, persons, objects, lang)
    for r in rels:
        if r.object is None:
            continue
        if doc.mentions[r.object].type in ORG_TYPES and (r.how in ("gloss", "descriptor") or r.former):
            state.descriptor_orgs.add(r.object)
    rels += own_group(doc, text, persons, sent, state, lang)  # "his group" stays an antecedent
    named_runs = [[p.index for p in run] for run in runs if len(run) > 1]
    if named_runs:
        state.last_run = named_runs[-1]
        state.para_runs += named_runs
    if extended:
        state.last_run = extended
    return [r for r in rels if r.subject != r.object]


def _run_relations(text: str, run: list[Ref], pre: dict[int, list[Relation]], objects: list[Ref],
                   persons: list[Ref], doc: Document, sent: Sentence, para_start: int, state: ClaimState,
                   lang: str, earlier: list[int] = ()) -> list[Relation]:
    rels = list(pre.get(run[0].start, []))
    rels += trailing_shared(text, run, objects, lang)
    if shared_descriptor(text, run):
        last = [r for r in descriptors(text, [run[-1]], objects, lang)]
        rels += [Relation(p.index, r.predicate, r.object, r.former, r.polarity, r.how) for p in run[:-1] for r in last]
    if len(run) > 1 and pre.get(run[0].start) and _plural_premodifier(text, run):
        rels += [Relation(p.index, r.predicate, r.object, r.former, r.polarity, "gloss")
                 for p in run[1:] for r in pre[run[0].start]]
    for p in run[1:]:
        rels += pre.get(p.start, [])
    head = list_head(text, run, objects, lang, persons=persons)
    if head is None:
        return rels
    rels += list(head.extra)
    group = head.group
    how = "list"
    if group is None and head.owner is not None:
        group = eponymous_group(doc, head.owner, sent.start, state)
    if group is None and head.needs_context and head.predicate == "attended":
        return rels
    if group is None and head.needs_context:
        group = state.frame.topic if state.frame is not None and state.frame.topic is not None else None
        if group is not None:
            state.hedges_at.setdefault(group, state.frame.hedges if state.frame else set())
        else:
            group = antecedent(doc, sent.start + run[0].start, para_start, state)
        how = "list-context"
        if _INDEFINITE_GROUP.search(doc.text, para_start, sent.start + run[0].start):
            how = "list-inferred"  # "An opposition group exists ... Members include A": that it is X is inferred
    if group is not None:
        rels += [Relation(p.index, head.predicate, group, head.former, True, how) for p in run]
        rels += [Relation(i, head.predicate, group, head.former, True, how) for i in earlier]
    return rels


_INDEFINITE_GROUP = re.compile(
    r"\b(?:an?|one|another)\s+(?:[a-z-]+\s+){0,2}(?:group|cell|circle|organi[sz]ation|network)\s+"
    r"(?:\w+\s+)?(?:exists|existed|operates|operated|was (?:formed|found|uncovered|discovered)|has (?:formed|emerged))\b"
    r"|\b(?:существует|действует|действовала|обнаружена|образовалась)\s+(?:[а-яё]+\s+){0,2}"
    r"(?:группа|ячейка|кружок|организация)\b", _I)


_AFOREMENTIONED = re.compile(
    r"\b(?:in addition to|besides|apart from|as well as|along with|other than)\s+(?:the\s+|these\s+)?"
    r"(?:aforementioned|above[- ]?mentioned|previously mentioned|already mentioned|above|named above|same)\s+"
    r"(?:individuals|persons|people|comrades|participants|members|attendees|workers)\b"
    r"|\b(?:кроме|помимо)\s+(?:вышеуказанных|вышеупомянутых|вышеназванных|перечисленных|упомянутых|названных)"
    r"(?:\s+(?:выше|лиц|товарищей|участников))*", _I)


def _aforementioned(doc: Document, text: str, run: list[Ref], state: ClaimState) -> list[int]:
    """"In addition to the aforementioned individuals, the following attended X: A, B": the persons of
    the lists of this paragraph so far, else of the last paragraph that had lists, share the run's head."""
    if not _AFOREMENTIONED.search(text, 0, run[0].start):
        return []
    source = state.para_runs or state.prev_runs
    in_run = {doc.mentions[p.index].norm or doc.mentions[p.index].text for p in run}
    out: list[int] = []
    for i in (i for r in source for i in r):
        key = doc.mentions[i].norm or doc.mentions[i].text
        if key not in in_run:
            in_run.add(key)
            out.append(i)
    return out




_THESE = re.compile(r"\b(?:all |both )?(?:these|those|the above|the aforementioned|all of them|they)\s*"
                    r"(?:individuals|persons|people|comrades|men|women|workers)?\s+(?:are|were|was|is)\s+"
                    r"|\b(?:все )?(?:эти|они|указанные)\s+(?:лица\s+)?(?:являются|были)\s+", re.IGNORECASE)


def _plural_anaphor(text: str, objects: list[Ref], state: ClaimState, lang: str) -> list[Relation]:
    """"... as all these individuals are RCP members": each person of the last list."""
    m = _THESE.search(text)
    if not m or not state.last_run:
        return []
    tail = [o for o in objects if o.start >= m.end() and o.kind in ORG_TYPES][:1]
    if not tail or not re.search(r"\bmembers?\b|\bчлен", text[tail[0].end:tail[0].end + 20], re.IGNORECASE):
        return []
    return [Relation(i, "member_of", tail[0].index, is_former(text[m.end():tail[0].start], lang), True, "gloss")
            for i in state.last_run]


def _plural_premodifier(text: str, run: list[Ref]) -> bool:
    before = text[max(0, run[0].start - 40):run[0].start]
    return bool(re.search(r"\b(?:members|expellees|communists|activists|workers|члены|коммунисты)\s*$", before, _I))


def _claims_for(doc: Document, sent: Sentence, rel: Relation, hedges: set[str], found: list[FoundVoice],
                lead: tuple[set[str], list[FoundVoice]], state: ClaimState) -> list[Claim]:
    frame = state.frame
    chain: list[Voice] = [Voice(name=doc.meta.author or "author", role="author")]
    listed = rel.how in ("list", "list-context", "list-inferred")
    outer = (frame.voices if frame else []) + (lead[1] if listed else [])
    for v in outer + found:
        if v.mention == rel.subject and v.mention is not None and "denied" not in hedges:
            continue
        if all(v.name != c.name for c in chain):
            chain.append(Voice(name=v.name, role=v.role, mention=v.mention))
    levels = set(hedges)
    levels |= frame.hedges if frame else set()
    levels |= lead[0] if listed else set()
    if rel.object is not None and (rel.how in ("list-context", "list-inferred") or rel.object in state.via_anaphor):
        levels |= state.hedges_at.get(rel.object, set()) & {"probable", "suspected"}
    if rel.how == "list-inferred":
        levels.add("probable")
    levels.discard("reported")
    if rel.how == "gloss":
        levels &= {"denied", "refuted"}
    if rel.how == "gloss":
        chain = chain[:1] + [Voice(name=v.name, role=v.role, mention=v.mention) for v in (frame.voices if frame else [])
                             if v.mention != rel.subject]
    hedge = "denied" if "denied" in levels else strongest(levels)
    if hedge == "asserted" and rel.how != "gloss" and (len(chain) > 1 or "reported" in hedges):
        hedge = "reported"
    base = _claim(doc, sent, rel, hedge, chain, state)
    out = [base]
    if hedge == "denied":
        if len(chain) == 1:
            subj = doc.mentions[rel.subject]
            voice = Voice(subj.norm or subj.text, "source", rel.subject)
            out[0] = _claim(doc, sent, rel, "denied", [*chain, voice], state)
        if "refuted" in hedges:
            out.append(_claim(doc, sent, rel, "refuted", chain[:1], state))
    return out


def _claim(doc: Document, sent: Sentence, rel: Relation, hedge: str, chain: list[Voice],
           state: ClaimState) -> Claim:
    dates = mentions_in(doc, sent.start, sent.end, ("date",), index=state.index)
    places = outermost(doc, mentions_in(doc, sent.start, sent.end, ("place",), index=state.index))
    places = [p for p in places if p != rel.object]
    time = doc.mentions[dates[0]].date if dates else None
    return Claim(
        subject=rel.subject,
        predicate=rel.predicate,
        object=rel.object,
        literal=rel.literal,
        hedge=hedge,
        polarity=rel.polarity,
        former=rel.former,
        attribution=tuple(chain),
        evidence_start=sent.start,
        evidence_end=sent.end,
        segment=sent.segment,
        time=time,
        place=places[0] if places else None,
        extractor=NAME,
    )


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (subject, predicate, object, evidence, hedge); a former reading wins."""
    seen: dict[tuple, int] = {}
    out: list[Claim] = []
    for c in claims:
        key = (c.subject, c.predicate, c.object, c.literal, c.evidence_start,
               c.hedge if c.hedge in ("denied", "refuted") else "")
        if key in seen:
            if c.former and not out[seen[key]].former:
                out[seen[key]] = c
            continue
        seen[key] = len(out)
        out.append(c)
    return out
