"""Candidate name runs: maximal sequences of capitalised tokens, with their surrounding context."""

from __future__ import annotations

import re
from dataclasses import dataclass

from letopis.extract.en_classify import head_type, lexicon_type
from letopis.extract.en_tokens import Token, tokenize
from letopis.extract.en_words import adverb, dictionary_word
from letopis.extract.lexicon import (
    GIVEN_ABBREVIATIONS,
    MONTHS,
    NOT_NAMES,
    ORG_ABBREVIATIONS,
    ORG_HEADS,
    ORG_PHRASES,
    PEOPLES,
    PLACE_HEADS,
    PLACE_PHRASES,
    ROLE_NOUNS,
    ROLE_WORDS,
    TITLES,
    is_place,
    is_place_phrase,
)
from letopis.extract.names import is_given_name, looks_like_surname

_PHRASES = frozenset(p.lower() for p in ORG_PHRASES + PLACE_PHRASES)
# Sentence-initial words that never begin a name, whatever follows.
_FUNCTION = frozenset(
    "I A An The This That These Those There Their They He She It We You Our His Her Its My Your In On At To "
    "From For By With Without Of And But Or Nor If When While Where Who Whom Whose What Which Why How As "
    "After Before Since Until Among Between Despite Although Though However Moreover Therefore Thus Also Yet "
    "Still Then Now Here Today Meanwhile Furthermore Nevertheless According Besides Both Each Every All Some "
    "Many Most Several Such No Not None Do Does Did Is Are Was Were Be Been Has Have Had Will Would Shall "
    "Should Can Could May Might Must Yes Oh Let Please Thank Dear See Whereas Resolved".split()
)
CONNECTORS = {"of", "for", "de", "des", "van", "der", "von", "la", "le", "du", "and", "i", "named", "after"}
_JOINERS = {"-"}
_PARTICLES = frozenset("de la le du van von der den des del della da di ten ter".split())


@dataclass(frozen=True)
class Run:
    """A capitalised run: token positions [i, j) in the segment's token list."""

    i: int
    j: int
    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def words(self) -> list[str]:
        return [t.bare for t in self.tokens]


def is_name_token(tok: Token) -> bool:
    """A token that can be part of a name: capitalised word, initials, abbreviation."""
    if tok.kind in ("init", "abbr"):
        return True
    return tok.kind == "word" and tok.cap


def find_runs(toks: list[Token], text: str, base: int) -> list[Run]:
    """Maximal capitalised runs; connectors (of, de, van der) join only capitalised neighbours."""
    runs: list[Run] = []
    n = len(toks)
    k = 0
    while k < n:
        if not is_name_token(toks[k]) or _long_shout(toks, k) or _all_months(toks[k].text):
            k += 1
            continue
        j = k + 1
        while j < n:
            if not _adjacent(toks[j - 1], toks[j], text, base):
                break
            if j - 2 >= k and _INITIALS.fullmatch(toks[j].text) and toks[j - 1].kind == "word" and \
                    _INITIALS.fullmatch(toks[j - 2].text) and j + 1 < n and toks[j + 1].kind == "word" and \
                    toks[j - 1].bare not in TITLES and toks[j - 1].bare not in ROLE_WORDS:
                break  # "Pis'mo I. P. Tarvina O. N. Sorvinoi": the next man's initials, as a title lists two
            if is_name_token(toks[j]) and (not toks[j - 1].possessive or _possessive_name(toks, k, j, text, base)):
                j += 1
                continue
            m = _connector_span(toks, j, text, base)
            if m and not toks[j - 1].possessive:
                j = m
                continue
            break
        runs.append(Run(k, j, tuple(toks[k:j])))
        k = j
    return runs


_INITIALS = re.compile(r"[A-Z]\.(?:\s?[A-Z]\.)*")


def _possessive_name(toks: list[Token], k: int, j: int, text: str, base: int) -> bool:
    """"Woman's Missionary Society", "St. Mary's Church": a common noun's or a saint's possessive inside
    an institution's name, when the capitalised words after it end in a head noun."""
    from letopis.extract.en_surnames import common_word
    from letopis.extract.en_words import plural_noun

    word = toks[j - 1].bare
    at = toks[j - 1].start - base
    if j < len(toks) and toks[j].bare in _POSSESSIVE_PLACE_HEADS and len(toks) - j >= 1 and (
            j + 1 == len(toks) or not is_name_token(toks[j + 1]) or not _adjacent(toks[j], toks[j + 1], text, base)):
        return True  # "Fell's Point", "Hunter's Ferry": a place named after its owner
    saint = re.search(r"\b(?:St\.?|Saint)\s*$", text[max(0, at - 8) : at]) is not None
    if not (saint or (not word.isupper() and (common_word(word) or plural_noun(word))) or (
            word.isupper() and common_word(word.title()))):
        return False
    m = j
    while m < len(toks) and is_name_token(toks[m]) and not toks[m].possessive and _adjacent(toks[m - 1], toks[m], text, base):
        m += 1
    return m > j and (toks[m - 1].bare in ORG_HEADS or head_type([t.bare for t in toks[j:m]]) in (
        "organisation", "enterprise"))


def _long_shout(toks: list[Token], k: int) -> bool:
    """A long upper-case word ("CONFIDENTIAL") opens no name, unless a given name follows it: a list entry in
    catalogue order ("PRYANISHKIN Gerasim Fedotovich")."""
    word = toks[k].text
    if toks[k].kind != "word" or not word.isupper() or len(word) <= 8 or is_place(word.title()):
        return False  # "LENINGRAD GUBERNIA DEPARTMENT" opens with its town
    if word.isalpha() and looks_like_surname(word.title()):
        return False  # "that ZAKHARCHENKO read it": a report's surname in capitals
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return not (nxt is not None and nxt.kind == "word" and nxt.text[1:].islower() and is_given_name(nxt.text))


_FIELD_LINE = re.compile(r"[ \t]*[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}:[ \t]")  # "Interviewer: ", "Place of birth: "


def _adjacent(a: Token, b: Token, text: str, base: int) -> bool:
    gap = text[a.end - base : b.start - base]
    if "\n" in gap and ((a.kind == b.kind == "word" and len(a.text) > 1 and len(b.text) > 1 and (
            a.text.isupper() or b.text.isupper())) or (a.kind == "word" and len(a.text) > 2 and a.text.isupper())):
        return False  # each line of an upper-case headline is a phrase of its own ("OGPU| A. P. Pike")
    if "\n" in gap and text[b.end - base : b.end - base + 1] == ":":
        return False  # "Comrade Kurnosov| Copy: the Secret Department": a form's label opens the line
    if "\n" in gap and any(t.kind == "word" and len(t.text) == 1 and t.text != "I" for t in (a, b)):
        return False  # "Van Etten, J| Attest": a stray letter of the print at a line end
    if "\n" in gap and (b.kind == "init" or b.cap) and a.text.endswith(")"):
        return False  # "the Kashin Ukom of the RCP(b)| F. Pike", "... of the RCP(b)| Closed Letter No. 7": a new line
    if "\n" in gap and b.kind == "init" and a.kind == "word" and a.cap and not is_given_name(a.text):
        return False  # "the PP OGPU for Siberia| R. Ya. KELMANS": a signature opens the next line
    if "\n" in gap and a.kind == "word" and (a.bare in PLACE_HEADS or a.bare in _STATE_TAILS):
        return False  # "54 Main Street| Tabor City", "North Carolina| Gentleman:": address lines
    if "\n" in gap and _FIELD_LINE.match(text, text.rfind("\n", 0, a.start - base) + 1):
        return False  # "Interviewer: Larisa Vetrova| Recorded at ...": a form's field ends with its line
    if a.kind == "init" and b.text in _OPENERS or "\n" in gap and b.text in _OPENERS and b.text != "I" and a.kind == "word":
        return False  # "Councillor Pendle, J.P. The meeting": the initials end a sentence, "The" opens one
    if (a.text in TITLES or a.text in GIVEN_ABBREVIATIONS) and a.text[-1] != "." and gap in (". ", ".\n") and b.cap:
        return True
    if "\n" in gap and b.text in ROLE_NOUNS and a.kind == "word" and a.text not in TITLES and \
            text[b.end - base : b.end - base + 4] == " of ":
        return False  # "Ya. M. Zhurba| Head of the Records Section": the next signature's office
    if "\n" in gap and (b.text in TITLES or b.text in ROLE_NOUNS) and a.kind == "word" and a.cap and \
            a.text not in TITLES and not dictionary_word(a.bare) and \
            _NAME_AFTER.match(text, b.end - base):
        return False  # "... Department Yu. Pike| Secretary V. Dale": the next signature's title and name
    if gap == "  " and b.kind == "init":
        return False  # "Okrug Department of the GPU  M. K. Feldin": a signature block's columns
    return gap in (" ", "") or (gap.strip() == "" and "\n\n" not in gap and len(gap) <= 2)


_NAME_AFTER = re.compile(r" (?:[A-Z][a-z]?\.|[A-Z][a-z]+\b)")
_OPENERS = frozenset("The This These Those It He She They We There His Her Their Its In On At But And When After "
                     "Before If".split())
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_JOINING = CONNECTORS | {"the"}


def _connector_span(toks: list[Token], j: int, text: str, base: int) -> int | None:
    """If toks[j:] is "of [the] Capitalised", return the index after the connector words."""
    m = j
    on = j > 0 and toks[j].text == "on" and toks[j - 1].bare in ORG_HEADS  # "the Committee on Drains"
    while m < len(toks) and toks[m].kind == "word" and (toks[m].text in _JOINING or on) and m - j < 3:
        on = False
        if not _adjacent(toks[m - 1], toks[m], text, base):
            return None
        m += 1
    if m == j or m >= len(toks) or not is_name_token(toks[m]) or not _adjacent(toks[m - 1], toks[m], text, base):
        return None
    if toks[m].text in MONTHS or toks[m].text in _DAYS:
        return None
    if toks[j].text == "the":
        return None
    return m


def strip_leading(run: Run) -> tuple[Run, list[str]]:
    """Drop leading titles (returned) and sentence-initial function words ("The", "In")."""
    titles: list[str] = []
    k = 0
    toks = run.tokens
    while k < len(toks) - 1:
        w = toks[k].text.rstrip(".")
        if toks[k].kind == "init" and toks[k].text.strip() in ("M.", "MM.") and k + 2 < len(toks) and \
                is_given_name(toks[k + 1].text):
            titles.append("M.")  # "M. Nikolai Tarvel": the French Monsieur, no initial before a given name
            k += 1
            continue
        if toks[k].kind == "word" and not toks[k].cap:
            if titles and toks[k].text in _PARTICLES:
                break  # "Count de la Marck": the particle opens the name
            if titles and toks[k].text in ("of", "for") and toks[k - 1].text.rstrip(".") in TITLES:
                k += 1  # "Medical Officer of Health", "Inspector of Nuisances Tremlow": the field is no name
            k += 1
            continue
        if (toks[k].text in TITLES or w in TITLES) and head_type([t.bare for t in toks[k:]]) in (
                "event", "organisation", "enterprise", "place") and k + 1 < len(toks) and not titles:
            break  # "the General Meeting", "General Staff": the title word belongs to the name
        if toks[k].text in TITLES or w in TITLES or _shouted_title(w, toks[k + 1 :]):
            titles.append(w)
            k += 1
        elif len(w) > 1 and w.isupper() and w.title() in _FUNCTION:
            k += 1  # "AT HIS STORE": a headline's function words
        elif toks[k].text in NOT_NAMES and toks[k].text[:1].isupper() and toks[k].text not in _FUNCTION and (
                head_type([t.bare for t in toks[k:]]) is not None or (
                    toks[k].text in ORG_HEADS and toks[k + 1].text in ("of", "on")) or
                _known_prefix([t.bare for t in toks[k:]])):
            break  # "Austrian Army", "Democratic Party", "Committee of Safety": the word belongs to the name
        elif toks[k].kind == "word" and k + 1 < len(toks) and toks[k + 1].cap and not is_given_name(toks[k].text) and \
                adverb(toks[k].text) and not is_place_phrase(" ".join(t.bare for t in toks[k:])):
            k += 1  # "Later Gurvich went": an adverb opening the sentence (not "the Far East")
        elif toks[k].text in PEOPLES and not titles and _two_names(toks[k + 1 :]):
            k += 1  # "the Greek Theano Vasilaki": a people's adjective before a woman's two names
        elif toks[k].text in NATIONALS and not titles and k + 2 == len(toks) and _lone_name(toks[k + 1]):
            titles.append(toks[k].text)  # "the Italian Tarvoli on board": a people's adjective says a man follows
            k += 1
        elif (toks[k].text in _GIVEN_WORDS or (titles and toks[k].text in _GIVEN_MONTHS)) and _name_after(toks[k + 1 :]):
            break  # "Bill Grainger scored", "Miss May Tarrant": the given name, not a bill or a month
        elif toks[k].text in NOT_NAMES and toks[k].text not in ("Red", "White", "Soviet", "Russian", "Central",
                                                                   "Communist", "Socialist", "Great", "New",
                                                                   "Left", "Black", "Northern", "Southern",
                                                                   "Eastern", "Western", "North", "South",
                                                                   "East", "West", "German", "Revolutionary",
                                                                   "First", "Second", "Third", "Fourth", "Fifth", "State",
                                                                   "Moscow", "St", "American", "British",
                                                                   "English", "French", "Jewish", "Ukrainian",
                                                                   "Polish", "Party", "Union", "Council"):
            k += 1
        else:
            break
    k, role = _role_prefix(toks, k)
    titles += role
    if k == 0:
        return run, titles
    if k >= len(toks):
        return Run(run.j, run.j, ()), titles
    return Run(run.i + k, run.j, toks[k:]), titles


NATIONALS = PEOPLES | frozenset("American Italian German French English British Russian Polish Japanese Chinese "
                                  "Spanish Dutch Swiss Austrian Hungarian Czech Finnish Irish Scots Welsh".split())


def _lone_name(tok: Token) -> bool:
    """A capitalised word no dictionary, gazetteer or head-noun list knows: a surname after a people's adjective."""
    return tok.kind == "word" and tok.cap and not tok.text.isupper() and not dictionary_word(tok.bare) and \
        not is_place(tok.bare) and head_type([tok.bare]) is None and tok.bare not in NATIONALS and \
        tok.bare not in TITLES and not tok.is_abbreviation and tok.bare not in ORG_HEADS and \
        not re.search(r"(?:an|ese|ist|es|ai|ia)$", tok.bare) and lexicon_type([tok.bare]) is None


def _two_names(rest: tuple[Token, ...]) -> bool:
    """A given name and a surname: a known given name first, or two words no dictionary or head noun knows."""
    if len(rest) != 2 or not all(t.kind == "word" and t.cap for t in rest) or head_type([t.bare for t in rest]):
        return False
    return is_given_name(rest[0].text) or not any(dictionary_word(t.bare) for t in rest)


def _shouted_title(word: str, rest: tuple[Token, ...]) -> bool:
    """A title in capitals before a name in capitals ("BEFORE JUDGE QUENNELL", "MADAME ORRIN-HAGGARD"), or a
    hyphenated rank ending in a title ("Head-Constable Tremlow", "Sub-Inspector Vantongeren")."""
    if word.isupper() and len(word) > 1 and word.title() in TITLES and word.title() not in _NOT_SHOUTED_TITLES:
        return bool(rest) and rest[0].text.isupper() and rest[0].kind == "word" and len(rest[0].text) > 2
    return "-" in word and word[:1].isupper() and word.rsplit("-", 1)[1].title() in TITLES and bool(rest) and \
        rest[0].cap


_NOT_SHOUTED_TITLES = frozenset(("General", "Major", "Private", "Justice", "Citizen", "Citizens", "President",
                                 "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Tsar", "Czar"))


def _role_prefix(toks: tuple[Token, ...], k: int) -> tuple[int, list[str]]:
    """An office before a name ("Superintendent Ransome", "Division Superintendent Kessler", "Deputy Jas.
    Follett", "Deputy Attorney-General Ellegood"): the words up to the last role noun, when a person's
    name of one to three words follows and no given name stands before the role."""
    from letopis.extract.en_gazetteer import common_here
    from letopis.extract.lexicon import is_given

    for r in range(min(len(toks) - 2, k + 3), k - 1, -1):
        if not any(p.rstrip(".") in ROLE_WORDS for p in toks[r].text.split("-")):
            continue
        rest = toks[r + 1 :]
        words = [t for t in rest if t.kind != "init"]
        if not 1 <= len(words) <= 3 or any(t.kind != "word" or not t.cap for t in rest if t.kind != "init"):
            return k, []
        last = words[-1].bare
        if head_type([t.bare for t in rest]) is not None or not last.isalpha() or not last[1:].islower() or \
                common_here(last) or any(t.text in NOT_NAMES or t.text in ORG_HEADS or t.bare in ROLE_WORDS or
                                         t.bare in TITLES or t.text in MONTHS for t in words):
            return k, []
        if any(is_given(t.text) for t in toks[k:r] if t.text.rstrip(".") not in GIVEN_ABBREVIATIONS):
            return k, []
        return r + 1, [" ".join(t.text for t in toks[k : r + 1])]
    return k, []


# Heads of places named after a person in the possessive.
_POSSESSIVE_PLACE_HEADS = frozenset({"Point", "Ferry", "Landing", "Creek", "Island", "Bluff", "Gap", "Corner",
                                     "Corners", "Mill", "Mills", "Springs", "Crossroads", "Neck", "Run", "Hollow",
                                     "Crossing", "Station", "Bridge", "Wharf"})
# Last words of two-word states, which end an address line ("Tabor City, North Carolina").
_STATE_TAILS = frozenset({"Carolina", "Dakota", "Jersey", "Hampshire", "Mexico", "Virginia", "Island", "York"})
# Words that are common nouns as well as familiar given names.
_GIVEN_WORDS = frozenset({"Bill"})
_GIVEN_MONTHS = frozenset({"April", "May", "June", "August"})  # after Miss, Mrs., Mr.


def _name_after(toks: tuple[Token, ...]) -> bool:
    """One surname (maybe after initials) follows: not a common word, a known name word or a head noun."""
    from letopis.extract.en_surnames import plausible_surname

    words = []
    for t in toks:
        if t.kind == "word" and not t.cap:
            break
        if t.kind != "init":
            words.append(t)
    if len(words) != 1 or words[0].kind != "word":
        return False
    w = words[0].bare
    return plausible_surname(w) and head_type([w]) is None


def _known_prefix(words: list[str]) -> bool:
    """The words, or their opening up to a later "of", are a known phrase ("House of Representatives| of
    the United States")."""
    if " ".join(words).lower() in _PHRASES:
        return True
    return any(" ".join(words[:m]).lower() in _PHRASES for m in range(3, len(words)) if words[m] in ("of", "for"))


def _all_months(word: str) -> bool:
    return "-" in word and all(p in MONTHS for p in word.split("-"))


def shouted_body(run: Run, text: str) -> tuple[Run, str] | None:
    """An upper-case body's name with "OF" or "FOR" inside, rewritten as it would be in running text (the
    same offsets: "PERM GUBERNIA DEPARTMENT of the GPU", "Board of Selectmen"), with the text around it."""
    toks = run.tokens
    k = next((i for i, t in enumerate(toks[1:-1], 1) if t.text in ("OF", "FOR")), None)
    shouted = all(t.text.isupper() for t in toks if t.kind == "word")
    if k is None or not shouted or toks[k - 1].text.title() not in ORG_HEADS:
        return None
    words = [t.text.lower() if t.text in ("OF", "FOR", "THE", "AND") else t.text if (
        t.kind != "word" or t.text in ORG_ABBREVIATIONS or len(t.text) < 3) else t.text.title() for t in toks]
    chars = list(text[run.start : run.end])
    for t, w in zip(toks, words):
        chars[t.start - run.start : t.end - run.start] = w
    written = "".join(chars)
    shadow = tokenize(written, run.start)
    if len(shadow) != len(toks) or len(written) != run.end - run.start:
        return None
    return Run(run.i, run.j, shadow), text[: run.start] + written + text[run.end :]
