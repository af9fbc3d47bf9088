"""Document-level decisions over candidate mentions: comma lists, propagation, defined abbreviations."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from letopis.extract.en_classify import head_type, lexicon_type
from letopis.extract.en_lists import list_groups
from letopis.extract.lexicon import DIMINUTIVES, MEMBER_NOUNS, NOT_NAMES, PLURAL_TITLES, ROLE_WORDS, TITLES


@dataclass(frozen=True)
class Cand:
    """A candidate mention before document-level decisions."""

    start: int
    end: int
    type: str  # a mention type, or "unknown"
    strong: bool
    segment: int
    titles: tuple[str, ...] = ()
    expansion: str | None = None
    sent_start: bool = False
    in_title: bool = False
    list_id: int = -1
    gazetteer: bool = False  # a place only because GeoNames has the name
    firm: bool = False  # a firm named by its partners ("Pibble & Tallow")


def instead(cands: list[Cand], new: Cand) -> list[Cand]:
    """``cands`` without those overlapping ``new``, and ``new``: a rule sure of a span takes it over."""
    return [c for c in cands if not (c.start < new.end and new.start < c.end)] + [new]


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|to)\s+$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")
_PLURAL_ENTERPRISES = re.compile(r"^\s+(railways|factories|plants|mills|works|enterprises)\b")


def _glossed_residences(out: list[Cand], group: list[int], text: str) -> None:
    """In a list of persons, a single word in brackets after a name is where the person lives ("Pykett
    (Collingham)"); a quoted word there is a nickname and stays as it is."""
    for k in group:
        after = re.match(r"\s*\(([A-Z][\w'’-]*(?:-\n[a-z]+)?)\)", text[out[k].end : out[k].end + 40])
        if after is None:
            continue
        s = out[k].end + after.start(1)
        for j, c in enumerate(out):
            if c.start == s and c.type in ("unknown", "place", "person") and not c.titles:
                out[j] = replace(c, type="place", strong=True, gazetteer=False)


def _plural_title(text: str, first: Cand) -> str | None:
    """The title of several persons that stands right before the first item of a list, if any."""
    m = re.search(r"([A-Z][a-z]+\.?)\s+$", text[max(0, first.start - 16) : first.start])
    if m is not None and (m.group(1) in PLURAL_TITLES or m.group(1).rstrip(".") in PLURAL_TITLES):
        return m.group(1)
    return next((t for t in first.titles if t in PLURAL_TITLES), None)


def resolve_lists(cands: list[Cand], text: str) -> list[Cand]:
    """Items of a comma list share the majority type of the items the rules are sure of."""
    out = list(cands)
    order = sorted(range(len(out)), key=lambda k: (out[k].start, -out[k].end))
    order = [k for k in order if not out[k].in_title]
    named = {text[c.start : c.end].split()[-1] for c in out if c.type == "person" and c.strong and
             (c.titles or " " in text[c.start : c.end].strip())}  # surnames the document gives persons
    for group in list_groups(out, order, text):
        first = out[group[0]]
        plural = _plural_title(text, first)
        if plural:  # "Aldermen Trevaskis and Olver", "Messrs. Bastian, Rosewarne and Hocking"
            for k in group:  # up to the first item that is no name ("Messrs. Pike and Dunn, Solicitors, Kirk Gate")
                c = out[k]
                words = text[c.start : c.end].split()
                if c.type not in ("person", "unknown", "place") or len(words) > 3 or (
                        c.type == "place" and not c.gazetteer) or words[-1] in NOT_NAMES or head_type(words):
                    break
                out[k] = replace(c, type="person", strong=True, gazetteer=False, titles=c.titles or (plural,))
            _glossed_residences(out, group, text)
            continue
        plural = _PLURAL_ENTERPRISES.match(text[out[group[-1]].end : out[group[-1]].end + 30])
        if plural:
            for k in group:  # "the Trekhsvyatsky and Danilov factories", "the Ryazan and Oryol railways" (named
                # after their towns), but "Petrograd and Ufa factories" are the towns' factories
                if plural.group(1) == "railways" or not (out[k].type == "place" and out[k].strong):
                    out[k] = replace(out[k], type="enterprise", strong=True)
            continue
        first = out[group[0]]
        if len(group) == 2 and _BETWEEN_BEFORE.search(text[max(0, first.start - 9) : first.start]) and \
                any(out[k].type == "place" for k in group) and \
                re.fullmatch(r"\s+and\s+", text[first.end : out[group[1]].start]):
            for k in group:  # "the line between Tomsk and Verkhoturskaya": the other end of a stretch is a place too
                c = out[k]
                if c.type in ("person", "unknown") and not c.titles:
                    out[k] = replace(c, type="place", strong=True, gazetteer=False)
            continue
        if len(group) >= 3 and _LOCATIVE_BEFORE.search(text[max(0, first.start - 12) : first.start]) and \
                any(out[k].type == "place" for k in group) and \
                not any(text[out[k].start : out[k].end].strip() in named for k in group):
            for k in group:  # "as in Isabella, Midland, Gladwin": one-word items after "in" are places
                c = out[k]
                if c.type in ("person", "unknown") and not c.titles and " " not in text[c.start : c.end].strip():
                    out[k] = replace(c, type="place", strong=True, gazetteer=False)
            continue
        types = [out[k].type for k in group if out[k].strong and out[k].type != "unknown" and not out[k].gazetteer]
        types = types or [out[k].type for k in group if out[k].gazetteer]
        types = types or [out[k].type for k in group if out[k].type == "person"]
        if len(types) < 1:
            continue
        best = max(dict.fromkeys(types), key=types.count)  # a tie goes to the first seen, on every run
        pair_of_places = len(group) == 2 and best == "place" and any(out[k].type == "unknown" for k in group) and (
            re.fullmatch(r"\s+(?:and|or)\s+", text[out[group[0]].end : out[group[1]].start]) is not None or (
                text[out[group[0]].start - 1 : out[group[0]].start] == "(" and
                text[out[group[1]].end : out[group[1]].end + 1] == ")"))
        if types.count(best) * 2 < len(types) or (len(group) < 3 and best != "person" and not pair_of_places):
            continue  # but "Coddington and Winthorpe", "(Tashkent, Chimkent)": a known town and an unknown one
        if best == "person":
            _glossed_residences(out, group, text)
        seat = False
        for k in group:
            c = out[k]
            words = text[c.start : c.end].split()
            if best == "person" and c.type == "unknown" and (words[-1] in TITLES or words[-1] in ROLE_WORDS):
                seat = True  # "before the District Officer, Tarvela, Mr. Dunn": an office, then its seat
                continue
            if seat and c.type == "unknown" and len(words) == 1:
                out[k] = replace(c, type="place", strong=True)
                seat = False
                continue
            seat = False
            if c.type == "unknown" and best == "person" and (k == group[0] and _opening_adverb(text, c) or
                                                             _plural_noun(text[c.start : c.end])):
                continue  # "Later, Pyotr Ivanovich came", "Tweeds, Shawls and Paisley Plaids": no names
            if best != "person" and c.type == "unknown" and _opening_word(text, c):
                continue  # "Apply, TORBILL & QUARNE, Quay Street": a verb opens the line, no third firm
            if best == "place" and text[c.start : c.end] in DIMINUTIVES:
                continue  # "as far as Bologoye, Manya and Grisha came too": the friends, not two more stations
            if best == "place" and text[c.start : c.end] in _POSITION_WORDS:
                continue  # "the Upper and Lower Kama": half of one region's name
            if best == "person" and c.type != "unknown" and head_type(text[c.start : c.end].split()):
                continue  # "J. W. Smith, Physician and Surgeon, Kent Street": the address keeps its head noun
            if c.type == "unknown" or (not c.strong) or (c.gazetteer and best != "person") or (
                c.type == "person" and best != "person" and len(types) >= 3 and not c.titles
            ):
                out[k] = replace(c, type=best, strong=True, gazetteer=c.gazetteer and best == "place",
                                 list_id=group[0])  # (typed by its list: a weaker vote in `propagate`)
    return out


_POSITION_WORDS = frozenset("North South East West Northern Southern Eastern Western Middle Lower Upper Central "
                            "Inner Outer Greater Little".split())


def _opening_word(text: str, c: Cand) -> bool:
    """One dictionary word opening a sentence or a line ("Apply", "Inquire")."""
    from letopis.extract.en_words import dictionary_word

    word = text[c.start : c.end]
    return " " not in word and re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[max(0, c.start - 3) : c.start]) is not None \
        and dictionary_word(word)


def _opening_adverb(text: str, c: Cand) -> bool:
    """One word opening a sentence that can only be an adverb ("Later", "Meanwhile"), or a common word opening
    what is said ('"Well, Anna Petrovna, ..."')."""
    from letopis.extract.en_surnames import common_word
    from letopis.extract.en_words import adverb
    from letopis.extract.lexicon import is_given

    word = text[c.start : c.end]
    if " " in word:
        return False
    if re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[max(0, c.start - 3) : c.start]) is not None and adverb(word):
        return True
    return re.search(r"[\"“«]$", text[max(0, c.start - 1) : c.start]) is not None and common_word(word) and \
        not is_given(word)


def _plural_noun(word: str) -> bool:
    """One word that is the plural of an English noun ("Tweeds", "Shawls"), not a given name."""
    from letopis.extract.en_words import dictionary_word
    from letopis.extract.lexicon import is_given

    low = word.lower()
    return " " not in word and low.endswith("s") and len(low) > 3 and dictionary_word(low) and \
        dictionary_word(low[:-1]) and not is_given(word)


def propagate(cands: list[Cand], text: str) -> list[Cand]:
    """A word once typed surely (a person's surname, a place) keeps that type across the document; typed
    two ways, the type most of its sure mentions have (one typed by a comma list's majority counts half).

    Places known only from the gazetteer rank last: a surname the document gives a person
    ("Bolton", "Kettering") is that person, and a gazetteer place seen inside a sentence is a place at a
    sentence start too.
    """
    votes: dict[str, dict[str, float]] = {}
    gazetteer: set[str] = set()
    for c in cands:
        surface = text[c.start : c.end]
        if c.strong and c.type == "publication":
            votes.setdefault(surface, {}).setdefault(c.type, 2.0)
        if c.gazetteer:
            if not c.sent_start:
                gazetteer.add(surface)
            continue
        if c.strong and c.type in ("person", "place", "organisation") and not c.in_title and \
                not (c.type == "person" and " of " in surface):  # "Duke of Orleans" makes no surname
            word = re.sub(r"['’]s$", "", surface.split()[-1])
            if c.type == "person" or len(surface.split()) == 1:
                tally = votes.setdefault(word, {})
                tally[c.type] = tally.get(c.type, 0.0) + (0.5 if c.list_id >= 0 else 1.0)
    known = {w: max(tally, key=lambda t: tally[t]) for w, tally in votes.items()}  # a tie: the first seen
    out: list[Cand] = []
    for c in cands:
        surface = re.sub(r"['’]s$", "", text[c.start : c.end])
        if (c.type == "unknown" or not c.strong or c.list_id >= 0) and surface in known:
            c = replace(c, type=known[surface], strong=True)  # (a list's guess yields to the document's)
        elif c.gazetteer and surface in known:
            c = replace(c, type=known[surface], gazetteer=False)
        elif c.gazetteer and c.sent_start and surface in gazetteer:
            c = replace(c, gazetteer=False)
        out.append(c)
    return out


POSSESSIVE = re.compile(r"['’]s$")
_DEFINED = re.compile(r"^\s*\(\s*[\"“«]?([A-Z][A-Za-z]{1,14}(?:\s?\([a-z]\))?)[\"”»]?\s*\)")


def defined_abbreviations(cands: list[Cand], text: str) -> list[Cand]:
    """"Long Name (LN)" / "Long Name ("Lnm")" / "Tallow Factory (Svetoch)": the short form names the long
    one, in this document, and takes its type. A word the lexicon already knows ("the Party (Bolsheviks)",
    "the group (Kostroma)") is a gloss, not a second name."""
    defined: dict[str, tuple[str, str]] = {}
    for c in cands:
        if c.type in ("organisation", "place", "enterprise") and " " in text[c.start : c.end]:
            m = _DEFINED.match(text[c.end : c.end + 24])
            if m and _second_name(m.group(1)):
                defined.setdefault(m.group(1), (" ".join(text[c.start : c.end].split()), c.type))
    if not defined:
        return cands
    out = []
    for c in cands:
        short = POSSESSIVE.sub("", text[c.start : c.end])
        if short in defined and c.type in ("organisation", "unknown", "publication", "place", "enterprise"):
            long, typ = defined[short]
            typ = typ if _second_name(short) or c.type == "unknown" or c.type == typ else c.type
            c = replace(c, type=typ, strong=True, expansion=long)
        out.append(c)
    return out


def _second_name(short: str) -> bool:
    """An abbreviation or a name the lexicon does not already know as something else."""
    if sum(ch.isupper() for ch in short) >= 2:
        return True
    if short in MEMBER_NOUNS:
        return False  # "the Odessa Committee of the RSDLP (Menshevik)": which faction, not a second name
    known = lexicon_type([short])
    return known is None or bool(known.expansion) or (known.type == "organisation" and known.gazetteer)


_QUALIFIER = re.compile(r"^\s*\(\s*([A-Z][a-z]+)\s*\)")


def party_qualifiers(cands: list[Cand], text: str) -> list[Cand]:
    """"Russian Communist Party (Bolsheviks)": a party's bracketed qualifier is part of its name."""
    out: list[Cand] = []
    skip: set[int] = set()
    for k, c in enumerate(cands):
        if k in skip:
            continue
        m = _QUALIFIER.match(text[c.end : c.end + 24]) if c.type == "organisation" and \
            text[c.start : c.end].endswith(("Party", "party")) else None
        known = lexicon_type([m.group(1)]) if m else None
        if m and known is not None and known.type == "organisation" and not known.expansion:
            end = c.end + m.end()
            skip.update(j for j in range(k + 1, min(k + 3, len(cands))) if cands[j].start < end)
            c = replace(c, end=end)
        out.append(c)
    return out
