"""Lists of persons in a sentence and what they share.

"Identified members of this group include A, B, C (...), D" -> each of A..D
belongs to the group; "RCP members A, B", "A and B (RCP members)",
"A, B—all X affiliates", "workers expelled from the RCP: A, B" -> shared descriptors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from letopis.extract.predicates import is_former
from letopis.extract.relations import (
    ORG_TYPES,
    POSSESSIVE,
    Ref,
    Relation,
    closing,
    descriptor_span,
    link_objects,
)

_I = re.IGNORECASE | re.UNICODE
_LIST_GAP = re.compile(r"\s*(?:(?:,|;)\s*(?:and|or|и|или)?|(?:and|or|и|или))\s*(?:[a-zа-яё][\w-]*\s+){0,3}$"
                       r"|\s*(?:,|;)?\s*(?:and|or|и|или)?\s*$", re.UNICODE)
_LIST_CUE = re.compile(
    r"(?:\binclud(?:e|es|ed|ing)\b|\bwere\b|\bare\b|\bnamely\b|\bsuch as\b|\blike\b|\bamong them\b"
    r"|\bвключа\w*|\bвход\w*|\bявляются\b|\bявлялись\b|\bчислятся\b|\bв том числе\b|\bсреди них\b|:)", _I)
_GROUP_NOUNS = re.compile(
    r"\b(?:members?|participants?|attendees|activists|figures|supporters|affiliates|individuals|persons|people"
    r"|students|leaders?|organi[sz]ers|followers|expellees|члены|участник\w*|активист\w*|сторонник\w*"
    r"|руководител\w*|лица)\b", _I)
_PLURAL_ROLE = re.compile(
    r"\b(?:members|expellees|activists|communists|workers|students|supporters|affiliates|participants"
    r"|leaders|figures|члены|коммунисты|участники)\b", _I)
_ALL = re.compile(r"\s*(?:—|–|--|,)\s*(?:all|both|все|оба)\b|\s*,?\s*(?:and|и)\s+(?:other|others|другие|прочие)\b", _I)
_VOICE_BEFORE = re.compile(r"(?:according to|as reported by|по словам|по сведениям|по данным|согласно)\s+"
                           r"(?:\w+\s+){0,2}$", _I)
_BESIDES = re.compile(r"\b(?:besides|except|apart from|in addition to|other than|кроме|помимо)\s+"
                      r"(?:[\w.’'-]+,?\s+){0,3}(?:and\s+|и\s+)?$", _I)


# A list verb between two names ends the first run: "besides A and B, include C, D" is two runs.
_GAP_VERB = re.compile(r"\b(?:includ(?:e|es|ed|ing)|are|were|comprise[sd]?|включа\w*|являются)\b", _I)

_SINGULAR = re.compile(r"[\s(,—–-]*(?:a|an|one|who|whose|his|her|is|was|has|had|один|одна|одним|одной)\b", _I)


def shared_descriptor(text: str, run: Sequence[Ref]) -> bool:
    """Whether the descriptor after the last item of a run is about every item ("A and B—now expelled")."""
    if len(run) < 2:
        return False
    span = descriptor_span(text, run[-1])
    return span is not None and text[span[0]:span[0] + 1] != "(" and not _SINGULAR.match(text, span[0])


def person_runs(text: str, persons: Sequence[Ref]) -> list[list[Ref]]:
    """Coordinated persons: "A, B, C (...), and D" -> [[A, B, C, D]] (possessives are not items)."""
    runs: list[list[Ref]] = []
    closed = False
    for p in persons:
        if POSSESSIVE.match(text, p.end):
            continue
        if runs and not closed:
            last = runs[-1][-1]
            gap_start = last.end
            m = re.match(r"\s*\(", text[gap_start:])
            if m:
                gap_start = closing(text, gap_start + m.end() - 1)
            gap = text[gap_start:p.start]
            if gap_start <= p.start and _LIST_GAP.fullmatch(gap) and "." not in gap \
                    and not _GAP_VERB.search(gap):
                runs[-1].append(p)
                continue
        runs.append([p])
        closed = bool(_VOICE_BEFORE.search(text[max(0, p.start - 40):p.start]))
    return runs


@dataclass(frozen=True)
class ListHead:
    """What introduces a run of persons: the group they belong to and the predicate."""

    group: int | None
    predicate: str
    extra: tuple[Relation, ...] = ()  # relations every item shares ("workers expelled from the RCP")
    needs_context: bool = False  # "Attendees included A, B": the group comes from the context
    former: bool = False  # "Those former X figures, like A, B"
    owner: int | None = None  # "A's students and supporters include B, C": A (their group is "A's group")


def list_head(text: str, run: Sequence[Ref], objects: Sequence[Ref], lang: str, floor: int = 0,
              persons: Sequence[Ref] = ()) -> ListHead | None:
    """Read the words before a run of persons: "Identified members of this group include" -> group."""
    head_start = max(floor, text.rfind(";", 0, run[0].start) + 1)
    found = _cue(text, head_start, run, persons, objects)
    if found is None:
        return None
    cue, subject_start = found
    subject_end, descr_start = cue.start(), cue.end()
    subject_text = text[head_start:subject_end]
    predicate = _list_predicate(subject_text)
    extra = _shared_by_items(text, descr_start, run, objects, lang)
    subject = [o for o in objects if o.kind == "organisation" and subject_start <= o.start and o.end <= subject_end
               and _heads_subject(text[o.end:subject_end], cue.group(0))]
    if subject:
        former = is_former(" ".join(text[head_start:subject[-1].start].split()[-3:]), lang)
        return ListHead(subject[-1].index, predicate, tuple(extra), former=former)
    possessive = any(run[0].start - 200 <= p.end <= subject_end and POSSESSIVE.match(text, p.end)
                     and not re.search(r"[.;:]", text[p.end:subject_end]) for p in persons)
    owner = next((p.index for p in reversed(persons) if run[0].start - 200 <= p.end <= subject_end
                  and POSSESSIVE.match(text, p.end) and not re.search(r"[.;:]", text[p.end:subject_end])
                  and _FOLLOWERS.search(text, p.end, subject_end)), None)
    if owner is not None:
        return ListHead(None, predicate, tuple(extra), owner=owner)
    if possessive or not (_GROUP_NOUNS.search(subject_text) or _GROUPISH.search(subject_text)):
        return ListHead(None, predicate, tuple(extra)) if extra else None
    return ListHead(None, predicate, tuple(extra), needs_context=True)


_FOLLOWERS = re.compile(r"\b(?:students|supporters|followers|adherents|associates|comrades|disciples|allies"
                        r"|circle|group|faction|people)\b", _I)
_GROUPISH = re.compile(r"\bfollowing\b|\bgroup\b|\bcell\b|\bследующ\w*|\bгрупп\w*|\bячейк\w*", _I)
_VERB_CUE = re.compile(r"incl|includ|were|are|включ|вход|явля|числ", _I)


def _cue(text: str, head_start: int, run: Sequence[Ref], persons: Sequence[Ref],
         objects: Sequence[Ref]) -> tuple[re.Match[str], int] | None:
    """The list cue after the last person before the run, and where the subject part starts."""
    before = [p.end for p in persons if head_start <= p.end <= run[0].start
              and not _BESIDES.search(text[max(head_start, p.start - 40):p.start])]
    subject_start = before[-1] if before else head_start
    cues = list(_LIST_CUE.finditer(text, subject_start, run[0].start))
    if not cues:
        return None
    verbs = [c for c in cues if c.group(0) != ":"]
    # the first verb cue, unless a later "include" is the one that introduces the run
    # ("Appeals were distributed ..., and individuals involved in X include A, B")
    incl = [c for c in verbs if re.match(r"includ|включ", c.group(0), _I)]
    cue = (incl[-1] if incl and incl[-1] is not verbs[0] else verbs[0]) if verbs else cues[-1]
    if not verbs and not (_GROUP_NOUNS.search(text, subject_start, cue.start())
                          or re.search(r"\bfollowing\b|\bследующ\w*|\battend\w*", text[subject_start:cue.start()], _I)):
        return None
    descr = _strip_objects(text, cue.end(), run[0].start, objects)
    if re.search(r"[\d,;]|\b(?:was|is|were|are|has|had|have|был\w*|является)\b", descr) or len(descr.split()) > 8:
        return None
    if re.search(r"\b(?:by|with|to|for|against|about|than|через|против|для)\s*$", descr.strip(), _I):
        return None  # "the X were surely influenced by A" is not a list of members
    return cue, subject_start


def _heads_subject(after_org: str, cue: str) -> bool:
    """An organisation heads the subject unless another noun phrase follows it ("the X, anarchists such as")."""
    return "," not in after_org.strip().rstrip(",") or bool(_VERB_CUE.match(cue))


def _list_predicate(subject_text: str) -> str:
    if re.search(r"\battend\w*|\bpresent\b|\bприсутств\w*", subject_text, _I):
        return "attended"
    if re.search(r"\bleaders?\b|\bheads?\b|\borgani[sz]ers\b|\bруководител\w*|\bлидер\w*", subject_text, _I):
        return "leader_of"
    return "member_of"


def _shared_by_items(text: str, descr_start: int, run: Sequence[Ref], objects: Sequence[Ref],
                     lang: str) -> list[Relation]:
    """"include workers expelled from the RCP: A, B" -> every item; a singular descriptor -> one item."""
    descr = [o for o in objects if o.kind in ORG_TYPES and descr_start <= o.start and o.end <= run[0].start]
    if not descr or (len(run) > 1 and not _PLURAL_ROLE.search(text[descr_start:run[0].start])):
        return []
    return [r for item in run for r in link_objects(text, descr_start, descr, item.index, "gloss", lang)]


def _strip_objects(text: str, start: int, end: int, objects: Sequence[Ref]) -> str:
    """The text of [start, end) with the object mentions in it blanked out."""
    chars = list(text[start:end])
    for o in objects:
        if start <= o.start and o.end <= end:
            chars[o.start - start:o.end - start] = " " * (o.end - o.start)
    return "".join(chars)


def trailing_shared(text: str, run: Sequence[Ref], objects: Sequence[Ref], lang: str) -> list[Relation]:
    """"A, B—all X affiliates" and "A and B (X members)": relations every item of a run shares."""
    last = run[-1]
    m = re.match(r"\s*\(", text[last.end:])
    if m and len(run) > 1:
        open_at = last.end + m.end() - 1
        close = closing(text, open_at)
        if _PLURAL_ROLE.search(text[open_at:close]):
            inner = [o for o in objects if open_at <= o.start and o.end <= close]
            return [r for item in run for r in link_objects(text, open_at, inner, item.index, "list", lang)]
        return []
    m = _ALL.match(text, last.end)
    if m:
        stop = re.search(r"[.;,]", text[m.end():])
        end = m.end() + stop.start() if stop else len(text)
        inner = [o for o in objects if m.end() <= o.start and o.end <= end]
        return [r for item in run for r in link_objects(text, m.end(), inner, item.index, "list", lang)]
    return []
