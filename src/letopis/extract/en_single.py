"""A run with no head noun, typed alone: person, place, enterprise, abbreviation or unknown, by its words
(titles, initials, a regnal number, a public figure of the period) and by its context (en_context).

    cands = single(run, titles, text, segment, initial)
"""

from __future__ import annotations

import re

from letopis.extract.en_classify import (
    ENTERPRISE_TAIL,
    LOWER_PLACE_HEADS,
    Verdict,
    follower_word,
    is_month_or_stop,
    lexicon_type,
    person_evidence,
)
from letopis.extract.en_context import DAY_OF, context_type, town_after_in
from letopis.extract.en_document import Cand
from letopis.extract.en_gazetteer import known_place
from letopis.extract.en_heads import JUNCTION_AFTER, NAME_OF_THE_HEAD
from letopis.extract.en_headwords import initial_tail
from letopis.extract.en_roles import GIVEN_ABBR_BEFORE, TITLE_BEFORE
from letopis.extract.en_runs import Run
from letopis.extract.en_surnames import plain_name_pair, plausible_abbreviation
from letopis.extract.en_tokens import Token
from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import (
    GIVEN_ABBREVIATIONS,
    NOT_ABBREVIATIONS,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_SUFFIXES,
    ROLE_WORDS,
    TITLES,
    is_given,
)
from letopis.extract.names import looks_like_surname
from letopis.extract.period_figures import period_figure

_PEOPLES_ADJECTIVE = re.compile(r"[a-z](?:ish|ese|ian|(?<!m)an|ine)$")
GROUP_AFTER = re.compile(r"^\s+(group|faction|organi[sz]ation|circle|supporters|followers)\b")
_THE_ORGS = {"Board", "Crown", "Admiralty", "Treasury", "Legislature", "Cabinet", "Union"}
DETERMINERS = {"The", "This", "That", "These", "Those", "A", "An", "His", "Her", "Their", "Our", "Its", "My",
               "Your", "Every", "Each", "No", "Any", "Some", "Which", "What", "Whose"}


def single(run: Run, titles: list[str], text: str, seg: int, initial: bool) -> list[Cand]:
    """A run with no head noun: person, place, enterprise, abbreviation or unknown."""
    words = run.words
    start, end = run.start, initial_tail(run, text)
    before, after = text[max(0, start - 120) : start], text[end : end + 60]
    out: list[Cand] = []
    if len(words) >= 2 and words[-1] in _ROLES_AFTER_TOWN and known_place(" ".join(words[:-1])):
        return [Cand(start, run.tokens[-2].end, "place", True, seg)]  # "our Osaka Correspondent": his town
    if (run.tokens[-1].possessive or re.match(r" (?:group|faction)\b", after) and words[0] not in DETERMINERS and
            not _PEOPLES_ADJECTIVE.search(words[-1])) and GROUP_AFTER.match(after):
        # "Zotov's supporters", "the Sapunov group" (but "the American group" is a kind, named by no man)
        m = GROUP_AFTER.match(after)
        assert m is not None
        out.append(Cand(start, end + m.end(), "organisation", True, seg))
    if len(words) == 1 and words[0] in _THE_ORGS and not initial and re.search(r"\bthe\s+$", before[-5:]):
        return out + [Cand(start, end, "organisation", True, seg)]  # "the Board", "the Crown"
    if len(words) == 1 and words[0] in ORG_HEADS and not titles and re.search(r"\b(?:the|of)\s+$", before[-5:]):
        return out  # "a founder of the Lodge", "Chief of Police": a body by its head noun (no Mr. Lodge)
    if is_month_or_stop(words) and (not titles or words[0] in NOT_NAMES or words[0].title() in NOT_NAMES):
        return out  # "General Government" is no person
    if all(w.rstrip(".") in TITLES or len(w) == 1 for w in words) and not (
            (titles or TITLE_BEFORE.search(before[-24:])) and len(words[-1]) == 1):
        return out  # but "Capt. J." is the captain named before
    if len(words) == 2 and _NUMBERED_HEADING.match(text, start) and dictionary_word(words[1].lower()) and \
            _ABSTRACT_NOUN.search(words[1]) and \
            re.match(r"[^\n.]{0,40}(?:\n|$)", text[end : end + 41]):
        return out  # "I. Procurement", "V. Conclusions": a section's number and its title on a line of their own
    if len(words) == 1 and words[0] in GIVEN_ABBREVIATIONS and re.match(r"\.\s?[A-Z]", text[end : end + 3]):
        return out  # "Jos." of "Jos. Tallow": part of the next name
    ga = GIVEN_ABBR_BEFORE.search(before[-8:])
    if ga and not person_evidence(words[:1], []) and words[0] not in NOT_NAMES:
        start -= len(before[-8:]) - ga.start()  # "Benj. Tallow"
        office = re.search(r"([A-Z][\w-]*\.?)\s+$", text[max(0, start - 30) : start])
        if not titles and office and (office.group(1) in TITLES or office.group(1).rstrip(".") in ROLE_WORDS):
            titles = [office.group(1)]  # "Deputy Jas. Follett"
        return out + [Cand(start, end, "person", True, seg, tuple(titles))]
    if len(words) == 1 and follower_word(words[0]):
        return out  # "a Trotskyite", "the Stakhanovite": a follower, named after the man
    if len(words) <= 2 and run.tokens[-1].possessive and DAY_OF.match(after):
        return out + [Cand(start, end, "person", True, seg, tuple(titles))]  # "in Rosenthal's day": the man
    if _regnal(words, after):  # "built by Nicholas I, and", "Peter I's reforms": a ruler by his number
        return out + [Cand(start, end, "person", True, seg, tuple(titles))]
    if not titles:
        t = TITLE_BEFORE.search(before[-24:])
        titles = [t.group(1)] if t else []
    ctx = context_type(before, after, words)
    if ctx is not None and ctx.type == "place" and run.tokens[-1].possessive and \
            (m := re.match(r"\s+([a-z]+|[A-Z]+)\b", after)) and (m.group(1) in LOWER_PLACE_HEADS or
                                                             m.group(1).lower() in _OWNED_HEADS):
        ctx = None  # "the widow Tarvina's mansion", "KESSEL'S PALACE": the owner's, no place's (but "Tarvin's Sound")
    if ctx is not None and ctx.type == "place" and titles and words[-1].lower().endswith(PLACE_SUFFIXES):
        ctx = None  # "Mr. Ostendorf": a man's title outweighs a town's ending
    if (ctx is None or not ctx.strong) and not run.tokens[-1].possessive and not titles and \
            town_after_in(before, after, words):
        ctx = Verdict("place", True)
    if ctx is not None and ctx.strong:
        out.append(Cand(start, end, ctx.type, True, seg))
        tail = ENTERPRISE_TAIL.match(after) if ctx.type == "enterprise" else None
        if tail:  # "the Dukat tobacco factory": the works with its head, beside the bare name
            out.append(Cand(start, end + tail.end(), "enterprise", True, seg))
        j = JUNCTION_AFTER.match(after)
        if ctx.type == "place" and j:
            out.append(Cand(start, end + j.end(), "place", True, seg))
            if NAME_OF_THE_HEAD.match(j.group()):
                out = [c for c in out if not (c.start == start and c.end == end)]  # "Lukinskaya volost" alone
        return out
    if lexicon_type(words[-1:]) is not None and lexicon_type(words[-1:]).type == "place" and \
            JUNCTION_AFTER.match(after):
        j = JUNCTION_AFTER.match(after)
        assert j is not None
        out.append(Cand(start, end + j.end(), "place", True, seg))
    if person_evidence(words, titles) or end > run.end or (
            len(words) == 1 and period_figure(words[0]) and (ctx is None or ctx.type == "person")):
        return out + [Cand(start, end, "person", True, seg, tuple(titles), sent_start=initial)]
    if len(words) == 1 and _shouted_surname(words[0], before, after):
        return out + [Cand(start, end, "person", True, seg, tuple(titles))]  # "that KOLESNIKOV had the leaflets"
    if len(words) == 1 and run.tokens[0].is_abbreviation and not initial and words[0] not in NOT_ABBREVIATIONS:
        if plausible_abbreviation(words[0], before, after, text):
            return out + [Cand(start, end, "organisation", False, seg)]
        return out
    if ctx is not None and not initial:
        return out + [Cand(start, end, ctx.type, ctx.strong, seg)]
    if all(w in NOT_NAMES for w in words):
        return out
    known = [_known_token(t, seg) for t in run.tokens] if len(words) > 1 else []
    if any(known):
        return out + [c for c in known if c is not None]
    shouted = all(w.isupper() for w in words) and re.search(r"[a-z]{3}", before[-40:]) is not None and \
        re.search(r"[a-z]{3}", after[:40]) is not None  # "a carter, TOVIL RANGOSH, was hurt": a report's capitals
    pair = [w.title() for w in words] if shouted else words
    if not initial and plain_name_pair(pair) and not re.search(r"\b(?:the|a|an)\s+$", before[-5:], re.IGNORECASE):
        # "the driver was Yosl Tsukerkorn": two names nothing else explains (but "the Kotare Belle" is a thing)
        return out + [Cand(start, end, "person", False, seg)]
    return out + [Cand(start, end, "unknown", False, seg, sent_start=initial)]


# a roman section number opening a line ("I. Procurement")
_NUMBERED_HEADING = re.compile(r"(?<![^\n])(?:I|V|X)\.\s")
_ABSTRACT_NOUN = re.compile(r"(?:ment|tion|sion|ity|ance|ence|ness|ure|ism|ies|ing|ings|ts|ges|ons)$")  # no "Baker"


# what a man or a woman owns or holds, after the possessive, in a headline too ("KESSEL'S PALACE")
_OWNED_HEADS = frozenset(("bazaar", "bazar", "mansion", "palace", "house", "quarter"))


# a post named by the town it is held in ("our Osaka Correspondent", "the Harbin Consul")
_ROLES_AFTER_TOWN = frozenset("Correspondent Correspondents Consul Consul-General Vice-Consul Agent Agents "
                              "Representative Representatives Commissioner Resident".split())
_REGNAL = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII".split())


def _shouted_surname(word: str, before: str, after: str) -> bool:
    """A Russian surname in capitals in lower-case prose, as police reports write it ("KOLESNIKOV denied it"):
    no abbreviation is so long and shaped so, no place or word of the lexicon."""
    return len(word) >= 6 and word.isupper() and word.isalpha() and looks_like_surname(word.title()) and \
        re.search(r"[a-z]{3}", before[-40:] + after[:40]) is not None and lexicon_type([word]) is None and \
        lexicon_type([word.title()]) is None and not known_place(word.title())


def _regnal(words: list[str], after: str) -> bool:
    """A given name and a regnal number ("Nicholas I", "Louis XVI"); the pronoun "I" only before punctuation."""
    if len(words) != 2 or not is_given(words[0]):
        return False
    return words[1] in _REGNAL or (words[1] == "I" and re.match(r"(?:['’]s\b|[,.;:)])", after) is not None)




def _known_token(tok: Token, seg: int) -> Cand | None:
    lex = lexicon_type([tok.bare])
    if lex is None or lex.type == "none" or lex.gazetteer:
        return None
    return Cand(tok.start, tok.start + len(tok.bare), lex.type, True, seg, expansion=lex.expansion,
                gazetteer=lex.gazetteer, sent_start=tok.sent_start)

