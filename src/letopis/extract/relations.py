"""Relations inside one sentence: descriptors and verb links.

Works on :class:`Ref` objects (a mention, or a pronoun / "this group" resolved to
a mention) and returns :class:`Relation` objects; hedges and attribution are
added by ``letopis.extract.claims``.

- descriptors: "A (a member of X)", "A, a former X,", "A—an X member—", "X member A",
  "A is a former X employee";
- lists are in ``letopis.extract.person_lists``;
- verb links: "A joined X", "A works at X", "X led by A", "A denied any connection with it".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from letopis.extract.predicates import cues_for, is_former, relation_cue

_I = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Ref:
    """A span that stands for a mention (itself, or a resolved pronoun / anaphor)."""

    start: int
    end: int
    index: int
    kind: str  # person | organisation | enterprise | publication | place | pronoun | anaphor


@dataclass(frozen=True)
class Relation:
    """subject -predicate-> object found in a sentence; ``how`` says which rule found it."""

    subject: int
    predicate: str
    object: int | None  # None for a literal object
    former: bool = False
    polarity: bool = True
    how: str = "verb"  # gloss | descriptor | predicate | list | list-context | list-inferred | verb
    literal: str | None = None


_APPOS = re.compile(r"\s*(,|—|–|--)\s*(?!(?:and|or|but|while|whereas|и|или|но|а)\b)"
                    r"(?=(?:a|an|one|who|whose|which|now|once|also|both|all|formerly|former|previously|old"
                    r"|veteran|member|head|leader|chairman|secretary|director|deputy|[a-z]+ing|[a-z]+ly)\b"
                    r"|(?:бывш|член|руковод|председател|секретар|один из|одна из|глав|директор|сотрудни|заместител"
                    r"|лидер|основател|участни|котор|ныне|активист|редактор|работ)[а-яё]*)", re.UNICODE)
# "suspicion of A's involvement (a former X leader)": the bracket after "A's <noun>" glosses A
_POSSESSED_GLOSS = re.compile(r"['’]s\s+[a-z]+\s*\((?=\s*(?:a|an|the|former|formerly|ex-|now|once|member)\b)")
_COPULA = re.compile(r"\s+(?:is|was|had been|has been|became|had since become|remains|remained"
                     r"|является|являлся|являлась|был|была|стал|стала)\s+", _I)
_CONJ = re.compile(r"[\"'»”]?\s*(?:,|;)?\s*(?:and|or|as well as|и|или|а также)?\s*(?:with|in|from|to|с|в|из)?\s*"
                   r"(?:the)?\s*[\"'«“]?\s*$", _I)
_UNTIL = re.compile(r"\s*(?:\w+\s+)?(?:until|till|before|до)\s+\d{4}", _I)
_STOP_BACK = re.compile(r"^(?:from|by|to|with|of|at|in|on|for|include[sd]?|including|are|were|is|was|that|who"
                        r"|where|when|which|whom|whose|as|such|like|namely|among"
                        r"|received|от|с|к|у|в|на)$", _I)
_PASSIVE_LEAD = re.compile(r"\b(?:led|founded|headed|organi[sz]ed|chaired|run|created|возглавля\w*"
                           r"|руководим\w*|основан\w*|созда\w*)\b(?:\s+\w+){0,3}?\s+(?:by|\w+)?\s*$", _I)
_PERSON_LINK = re.compile(r"\bcontact\w*|\bconnection\w*|\blinked\b|\bties\b|\bassociat\w*|\bintroduc\w*"
                          r"|\bacquaint\w*|\bсвяз\w*|\bзнаком\w*|\bknown to\b", _I)
# "A (known in the party as B)", "A, alias B", «А (он же Б)»: B is another name of A, not a contact.
_ALIAS_BETWEEN = re.compile(r"\bknown\b(?:\s+\w+){0,4}\s+as\b|\balias\b|\bpseudonym\b|\bn[ée]e\b|\bborn\b"
                            r"|\bон же\b|\bона же\b|\bпсевдоним\w*|\bурожд[её]нн\w*|\bизвестн\w+\s+как\b", _I)
_AFTER_NOUN = re.compile(r"[\"'»”]?\s*((?:[a-zа-яё-]+\s+){0,1}[a-zа-яё-]+)", re.UNICODE)
POSSESSIVE = re.compile(r"['’]s\b")
_RELATIVE = re.compile(r"^\W*(?:who|which)\s+(?:is|was|were|had been|has been|had since become|became)\s+", _I)
_INTENT = re.compile(r"\bto (?:\w+ )?(?:connect|contact|link|liaise|join|establish|recruit|approach)\w*", _I)
# "A was popular among X", "A had influence among X": X's view of A, not A's membership.
_REPUTE = re.compile(r"\b(?:popular|influential|influence|respected|admired|well[- ]known|famous|notorious|support)\b"
                     r"|\b(?:популярен|популярна|популярн\w+|авторитет\w*|влияни\w+)", _I)
_NEG = re.compile(r"\bnot\b|\bnever\b|\bno longer\b|\bне\b|\bникогда\b", _I)

ORG_TYPES = ("organisation", "enterprise")
OBJECT_PREDICATES = {
    "organisation": ("member_of", "leader_of", "attended", "employed_at"),
    "enterprise": ("member_of", "leader_of", "attended", "employed_at"),
    "publication": ("author_of", "edited", "literature"),
    "place": ("located_in",),
}


def _cue_for_type(link: str, otype: str, lang: str) -> tuple[str, bool] | None:
    allowed = OBJECT_PREDICATES.get(otype, ())
    for cue in cues_for(lang):
        if cue.predicate in allowed and cue.pattern.search(link):
            return cue.predicate, is_former(link, lang)
    return None


def closing(text: str, open_at: int) -> int:
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


def descriptor_span(text: str, p: Ref) -> tuple[int, int] | None:
    """The parenthetical, appositive or predicative phrase right after a person, if any."""
    m = re.match(r"\s*\(", text[p.end:]) or _POSSESSED_GLOSS.match(text[p.end:])
    if m:
        open_at = p.end + m.end() - 1
        return open_at, closing(text, open_at)
    m = _APPOS.match(text, p.end)
    if m:
        delim = m.group(1)
        stop_chars = "," if delim == "," else "—–"
        end = len(text)
        for i in range(m.end(), len(text)):
            if text[i] in stop_chars or text[i] == ";" or (delim == "," and text[i] in "—–"):
                end = i
                break
        return m.start(1), end
    m = _COPULA.match(text, p.end)
    if m:
        stop = re.search(r"[,;]|\s+and\s+(?=[a-z]+s\b)", text[m.end():])
        return m.start(), m.end() + stop.start() if stop else len(text.rstrip(". "))
    return None


def link_objects(text: str, start: int, objects: Sequence[Ref], subject: int, how: str,
                  lang: str) -> list[Relation]:
    """Relations from a subject to each object in a phrase; links are read from the last object on."""
    out: list[Relation] = []
    prev_end = start
    prev: tuple[str, bool] | None = None
    for o in objects:
        link = text[prev_end:o.start]
        after = text[o.end:o.end + 24]
        kind = o.kind if o.kind in OBJECT_PREDICATES else "organisation"
        found = _cue_for_type(link, kind, lang)
        head = _AFTER_NOUN.match(after)
        if head and (found is None or found[0] == "member_of"):
            found = _cue_for_type(head.group(1), kind, lang) or found
            if found is not None:
                found = (found[0], is_former(link, lang))
        if found is None and prev is not None and _CONJ.fullmatch(link):
            found = prev
        if found is None and o.kind == "organisation" and how != "verb" and prev_end == start \
                and len(_RELATIVE.sub("", link).split()) <= 3 \
                and not re.match(r"\s*[,—–-]?\s*the\b", link, _I):
            found = ("member_of", is_former(link, lang))
        if found is None and o.kind == "enterprise" and how != "verb" and _OF_THE.search(link) \
                and len(link.split()) <= 3:
            found = ("employed_at", False)
        if found is None or (o.kind == "enterprise" and found[0] == "member_of"):
            prev_end = o.end
            continue
        pred = "member_of" if found[0] == "leader_of" and re.match(r"\s*cells?\b|\s*ячейк", after, _I) else found[0]
        former = found[1] or bool(_UNTIL.match(after))
        out.append(Relation(subject, pred, o.index, former, not _NEG.search(link), how))
        prev, prev_end = (pred, found[1]), o.end
    return out


def descriptors(text: str, persons: Sequence[Ref], objects: Sequence[Ref], lang: str) -> list[Relation]:
    """Relations stated in a person's parenthetical, appositive or predicative phrase."""
    out: list[Relation] = []
    for p in persons:
        if p.kind == "pronoun":
            continue
        span = descriptor_span(text, p)
        if span is None:
            continue
        inner = [o for o in objects if span[0] <= o.start and o.end <= span[1]]
        how = {"(": "gloss", ",": "descriptor", "—": "descriptor", "–": "descriptor", "-": "descriptor"}.get(
            text[span[0]:span[0] + 1], "predicate")
        if inner and not any(q is not p and span[0] <= q.start < inner[0].start for q in persons):
            out += link_objects(text, span[0], inner, p.index, how, lang)
    return out


def premodifiers(text: str, persons: Sequence[Ref], objects: Sequence[Ref], lang: str,
                 floor: int = 0) -> dict[int, list[Relation]]:
    """"RCP member A", "an active Menshevik, A", "former RCP member and ... chairman A": by person start."""
    out: dict[int, list[Relation]] = {}
    for p in persons:
        if p.kind == "pronoun":
            continue
        start = _window_start(text, p.start, objects, floor)
        inner = [o for o in objects if o.kind in ORG_TYPES and start <= o.start and o.end <= p.start]
        if inner and not re.search(_VOICE_END, text[floor:start], _I):
            rels = [r for o in inner if (r := _premodifier(text, start, o, p, lang)) is not None]
            if rels:
                out[p.start] = rels
    return out


_ROLE_OF = re.compile(r"\b(?:chairman|chairwoman|head|leader|secretary|president|director|deputy|commissar"
                      r"|organi[sz]er|founder)\s+of\s+(?:the\s+)?[\"'“«]?$", _I)
_VOICE_END = r"\b(?:according\s+to|reported\s+by|per|согласно|по\s+словам|по\s+данным|по\s+сведениям)\s*$"


def _premodifier(text: str, start: int, o: Ref, p: Ref, lang: str) -> Relation | None:
    """One organisation in the words before a person: its role word, or "an active X, A"."""
    post = text[o.end:p.start]
    # "RCP member A"; Russian and "Chairman of the X, A" put the role before the organisation
    role_of = _ROLE_OF.search(text, max(0, o.start - 40), o.start) if lang != "ru" else None
    found = relation_cue(post, lang) or (relation_cue(text[start:o.start], lang) if lang == "ru" else None) \
        or (relation_cue(role_of.group(0), lang) if role_of and re.fullmatch(r"\s*,\s*", post) else None)
    if found is None and re.search(r"\w", post):
        return None  # "the X extradited A": words that are not a role
    titled = found is not None and found[0] in ("leader_of", "employed_at")
    if "," in post and not titled and (lang == "ru" or not re.search(
            r"\b(?:a|an|another|one)\s+(?:[a-z-]+\s+)?[\"'“«]?$", text[start:o.start], _I)):
        return None  # "X, A" is a gloss only as "an (active) X, A"
    pred = found[0] if found and found[0] in OBJECT_PREDICATES["organisation"] else "member_of"
    if o.kind == "enterprise" and pred == "member_of":
        return None
    return Relation(p.index, pred, o.index, is_former(text[start:o.end] + post, lang), True, "gloss")


def _window_start(text: str, pos: int, objects: Sequence[Ref], floor: int) -> int:
    """Walk back from a person over lowercase words, org mentions and one comma."""
    i, words, comma_ok = pos, 0, True
    while i > floor and words < 8:
        j = i
        while j > floor and text[j - 1] == " ":
            j -= 1
        if j > floor and text[j - 1] == "," and comma_ok and words == 0 and j < pos:
            comma_ok = False
            i = j - 1
            continue
        obj = next((o for o in objects if o.end == j and o.kind in ORG_TYPES), None)
        if obj is not None:
            i, words = obj.start, words + 1
            while i > floor and text[i - 1] in "\"'«“":
                i -= 1
            continue
        m = re.search(r"([\w-]+)[\"'»”]?$", text[floor:j])
        initial = m is not None and text[floor:floor + m.start()].strip() == ""
        role = m is not None and m.group(1)[0].isupper() and (relation_cue(m.group(1)) or relation_cue(m.group(1), "ru")) is not None
        if not m or not (m.group(1)[0].islower() or initial or role) or _STOP_BACK.match(m.group(1)):
            return i
        i, words = floor + m.start(), words + 1
    return i


_CLASSES = (("organisation", "enterprise"), ("publication",), ("place",))
_REVERSE_MEMBER = re.compile(
    r"\b(?:involving|including|includes|consisting of|linked to|connected to|associated with|joined by"
    r"|(?:apartment|flat|quarters|home) of|на квартире"
    r"|with the participation of|при участии|включая|связанн\w+ с)\b", _I)
_OF_THE = re.compile(r"\s*,?\s*(?:of|from|at|из|с)\s+(?:the\s+)?[\"'«“]?\s*$", _I)


def verb_links(text: str, persons: Sequence[Ref], objects: Sequence[Ref], runs: Sequence[Sequence[Ref]],
               lang: str) -> list[Relation]:
    """"A joined X", "A and B were involved in distributing X", "X led by A", "A has connections with B"."""
    out: list[Relation] = []
    run_of = {p.start: run for run in runs for p in run}
    for p in persons:
        span = descriptor_span(text, p) if p.kind != "pronoun" else None
        after_p = span[1] if span and text[span[0]:span[0] + 1] in "(,—–-" else p.end
        for types in _CLASSES:
            later = [o for o in objects if o.start >= after_p and o.kind in types]
            if later and _embedded_subject(text, after_p, later[0], objects):
                continue
            if later:
                found = _forward(text, p, after_p, later, persons, run_of, lang)
                out += found + _alongside(text, p, found, persons, objects)
        out += _backward(text, p, objects)
    return out


_THAT = re.compile(r"\b(?:that|which|что|который|которая|которое|которые)\b", _I)


def _embedded_subject(text: str, start: int, first: Ref, objects: Sequence[Ref]) -> bool:
    """"A, asserting that X is linked to Y": another mention after "that" is the subject of the link to Y."""
    that = None
    for m in _THAT.finditer(text, start, first.start):
        that = m
    return that is not None and any(that.end() <= o.start and o.end <= first.start for o in objects)


_ALONGSIDE = re.compile(r"[^.;:()]{0,40}?(?:,\s*|\s+)(?:alongside|together with|along with|вместе с)\s+"
                        r"(?:(?:his|her|their|fellow)\s+)?(?:comrades?\s+|colleagues?\s+|товарищ\w*\s+)?$", _I)


def _alongside(text: str, p: Ref, found: Sequence[Relation], persons: Sequence[Ref],
               objects: Sequence[Ref]) -> list[Relation]:
    """"A studied at X, alongside B": B shares A's relations to the objects of the sentence."""
    by_index = {o.index: o for o in objects}
    out: list[Relation] = []
    for r in found:
        o = by_index.get(r.object) if r.object is not None and r.subject == p.index else None
        if o is None:
            continue
        q = next((q for q in persons if q.start >= o.end and q.kind == "person"), None)
        if q is not None and q.index != p.index and _ALONGSIDE.fullmatch(text, o.end, q.start):
            out.append(Relation(q.index, r.predicate, r.object, r.former, r.polarity, "verb"))
    return out


def _forward(text: str, p: Ref, after_p: int, later: Sequence[Ref], persons: Sequence[Ref],
             run_of: dict[int, Sequence[Ref]], lang: str) -> list[Relation]:
    first = later[0]
    between = text[after_p:first.start]
    if POSSESSIVE.match(text, p.end) or _INTENT.search(between) or _REPUTE.search(between):
        return []
    if any(0 <= q.start - first.end <= 3 and q.kind != "pronoun" for q in persons):
        return []  # "... and Chairman of the X Ivanov": the X describes the next person
    if len(between.split()) > 20 or re.search(r"[;:]", between) or any(
            after_p <= q.start < first.start and q.kind != "pronoun" for q in persons):
        return []
    kind = first.kind if first.kind in OBJECT_PREDICATES else "organisation"
    weak = re.sub(r"\bin the\b|\bwithin\b", " ", between, flags=_I)
    noun = _AFTER_NOUN.match(text[first.end:first.end + 24])
    if _cue_for_type(weak, kind, lang) is not None or (
            noun and len(between.split()) <= 3 and "," not in between and _cue_for_type(noun.group(1), kind, lang) is not None):
        chain = [first] + _chained(text, first, later[1:])
        rels = link_objects(text, after_p, chain, p.index, "verb", lang)
    elif kind in ORG_TYPES and after_p == p.end and _OF_THE.fullmatch(between):
        rels = [Relation(p.index, "member_of" if first.kind == "organisation" else "employed_at", first.index)]
    else:
        return []
    run = run_of.get(p.start, [p])
    subjects = run if run[-1] is p else [p]
    return [Relation(s.index, r.predicate, r.object, r.former, r.polarity, "verb") for s in subjects for r in rels]


def _backward(text: str, p: Ref, objects: Sequence[Ref]) -> list[Relation]:
    """"X led by A" (leader_of), "X, a group ... involving A" (member_of)."""
    earlier = [o for o in objects if o.end <= p.start and o.kind == "organisation"]
    if not earlier or POSSESSIVE.match(text, p.end):
        return []
    between = text[earlier[-1].end:p.start]
    if len(between.split()) <= 6 and _PASSIVE_LEAD.search(between):
        return [Relation(p.index, "leader_of", earlier[-1].index, False, True, "verb")]
    if len(between.split()) <= 10 and _REVERSE_MEMBER.search(between) and not re.search(r"[;:]", between):
        return [Relation(p.index, "member_of", earlier[-1].index, False, True, "verb")]
    return []


def _chained(text: str, first: Ref, rest: Sequence[Ref]) -> list[Ref]:
    out, prev = [], first
    for o in rest:
        if not _CONJ.fullmatch(text[prev.end:o.start]) or o.kind != first.kind:
            break
        out.append(o)
        prev = o
    return out


def person_links(text: str, persons: Sequence[Ref], lang: str) -> list[Relation]:
    """contact_with between two persons: "A had connections with B", "A maintains contact with B"."""
    out = []
    for a, b in pairwise(persons):
        between = text[a.end:b.start]
        if (a.index != b.index and len(between.split()) <= 8 and _PERSON_LINK.search(between)
                and not _ALIAS_BETWEEN.search(between)):
            out.append(Relation(a.index, "contact_with", b.index, False, not _NEG.search(between), "verb"))
    return out


_SANCTION_EN = re.compile(
    r"\W{0,3}(?:who\s+)?(?:was|were|had been|has been|is|being)?\s*(?:\w+ly\s+)?"
    r"(arrested|exiled|expelled|released|detained|shot|executed|deported|imprisoned|freed)\b", _I)
_SANCTION_RU = re.compile(
    r"\W{0,3}(?:был\w*\s+)?(арестован\w*|выслан\w*|исключ[её]н\w*|освобожд[её]н\w*|расстрелян\w*"
    r"|сослан\w*|задержан\w*)", _I)


def sanctions(text: str, persons: Sequence[Ref], objects: Sequence[Ref], lang: str) -> list[Relation]:
    """"A was arrested", "he was exiled", "A (expelled from X)": the verb as literal, X as object if named."""
    pattern = _SANCTION_RU if lang == "ru" else _SANCTION_EN
    out = []
    for p in persons:
        paren = re.match(r"\s*\(", text[p.end:])
        m = pattern.match(text, p.end + paren.end() if paren else p.end)
        if m:
            body = next((o.index for o in objects if o.kind == "organisation" and m.end() <= o.start
                         and re.fullmatch(r"\s*(?:from|of|из)\s+(?:the\s+)?[\"'«“]?", text[m.end():o.start], _I)), None)
            out.append(Relation(p.index, "sanction", body, how="verb", literal=m.group(1).lower()))
    return out
