"""Decide the type of a capitalised run from its words and its context (rules, no model)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from letopis.extract.en_gazetteer import (
    common_here,
    gazetteer_phrase,
    gazetteer_place,
    long_s_reading,
    us_state,
)
from letopis.extract.en_papers import paper_title
from letopis.extract.en_tokens import join_broken
from letopis.extract.lexicon import (
    DIMINUTIVES,
    ENTERPRISE_HEADS,
    ENTERPRISE_LOWER_HEADS,
    EVENT_HEADS,
    GIVEN_ABBREVIATIONS,
    GIVEN_NAMES,
    HONORIFICS,
    MEMBER_NOUNS,
    MONTHS,
    NOT_NAMES,
    ORG_ABBREVIATIONS,
    ORG_HEAD_NEEDS_MODIFIER,
    ORG_HEADS,
    ORG_PHRASES,
    ORG_WORDS,
    PERIOD_TOWNS,
    PERIODICALS_LOW,
    PLACE_HEADS,
    PLACE_OF_HEADS,
    PLACE_PHRASES_LOW,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    PLACES,
    RIVERS,
    ROLE_WORDS,
    RUSSIAN_PLACE_ADJECTIVES,
    SURNAME_HEADS,
    THE_RIVERS,
    TITLES,
    is_given,
    is_place,
)
from letopis.extract.names import PATRONYMIC, gaelic_surname, is_initials, looks_like_surname
from letopis.extract.place_abbreviations import STATE_ABBREVIATIONS

T = TypeVar("T")

_ORG_PHRASES = {p.lower() for p in ORG_PHRASES}
_STATES = "|".join(sorted(STATE_ABBREVIATIONS))
STATE_AFTER = re.compile(rf"^,?\s+(?:{_STATES})(?:\.|(?=\s*(?:$|[,;:)\n])))"
                          r"|^,?\s+(?:N\.\s?[YJHCD]|S\.\s?[CD]|R\.\s?I|D\.\s?C|W\.\s?Va)\.")
_STATE_NAME_AFTER = re.compile(r"^,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
SELF_NAMED_BEFORE = re.compile(r"\b(?:calls|called|calling|names|named|styles|styled)\s+(?:him|her)self\s+$",
                               re.IGNORECASE)
# "the turner Kashin", "the printer Osip Tsvetkov", "one Thos. Pike", "Cf. Pike": an occupation (or "one",
# or a footnote's "cf.") before a
# capitalised word makes it a person's name, even where a town has the same name.
OCCUPATION_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|our|their)\s+(?:(?:former|young|old|local|chief|senior|head)\s+)?(?:turner|fitter|moulder|"
    r"molder|blacksmith|smith|printer|compositor|typesetter|weaver|spinner|carpenter|joiner|locksmith|"
    r"boilermaker|mechanic|machinist|engineer|foreman|forewoman|labourer|laborer|miner|stoker|fireman|"
    r"driver|teacher|schoolteacher|student|clerk|bookkeeper|accountant|typist|priest|deacon|doctor|lawyer|"
    r"merchant|peasant|soldier|sailor|informer|courier|watchman|porter|cook|tailor|shoemaker|cobbler|"
    r"baker|butcher|glassblower|tanner|dyer|shopkeeper|innkeeper|farmer|planter)|one|cf\.)\s+$",
    re.IGNORECASE)
# A lower-case works head after a name, with up to two trade words: "tobacco factory", "locomotive works".
ENTERPRISE_TAIL = re.compile(
    r"^\s+(?!(?:is|was|and|or|of|the|in|on|at|to|for|had|has|were|are)\b)(?:[a-z]+\s+){0,2}?"
    r"(?:factory|plant|works|mill|mills|workshops|refinery|foundry|mine|colliery|depot|shipyard|tannery|"
    r"brewery|distillery|sawmill|yard|dockyard)\b")
# Lower-case nouns after a name that make it a place ("Quarry creek", "Zarechnaya sloboda").
LOWER_PLACE_HEADS = frozenset(
    "junction station district street square region province uezd gubernia oblast county township river valley "
    "forest woods marsh steppe "
    "road creek bridge lake island mountain mountains reservation reservations bay harbor harbour avenue springs "
    "falls parish canal ferry turnpike country territory islands hills sound rivers creeks counties lakes sloboda "
    "posad selo stanitsa volost uyezd guberniya guberniia okrug raion rayon krai camp camps monastery isolator "
    "hermitage".split()
)
_PREPOSITIONS = frozenset("on upon to into in from off back short apart up out".split())
_RESIDENCE_BEFORE = re.compile(
    r"\b[A-Z][a-z]+(?:,\s(?:Esq|Jr|Sr)\.?)?,\s+(?:(?:late|lately|formerly)\s+)?of\s+(?:the\s+)?$")
# "the Rev. J. Morlais Gwynedd, Llanelly.", "the Cwm Ddu Colliery, Ystrad, the property of": where he or it is
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:Rev|Mr|Mrs|Dr|Capt)\.?\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+|"
    r"\b(?:Colliery|Mill|Mills|Works|Chapel|Church|School|Foundry|Pit|Station|Hotel))\s?,\s+$")
# "on the Myasnitskaya", "along the Tverskaya": a Moscow street by its adjective alone
_STREET_BEFORE = re.compile(r"\b(?:on|along|off|down|up|in|at)\s+the\s+$")
_STREET_ADJECTIVE = re.compile(r"[a-z](?:skaya|skaia|aya|aia)$")
_MOSCOW_STREET = re.compile(r"[a-z](?:skaya|tskaya|ovka|evka|inka|nka)$")
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:khutor|selo|stanitsa|posad|sloboda|aul|kishlak|hamlet|village|villages)(?:\s+of)?\s+$")
_PLACE_CALLED_BEFORE = re.compile(
    r"\b(?:place|town|village|hamlet|settlement|spot|locality|station|farm|plantation|estate|creek|river)s?\s+"
    r"(?:called|named|known\s+as)\s+(?:the\s+)?$", re.IGNORECASE)
WHERE_AFTER = re.compile(r"^,\s+where\b")  # "from Zorino, where a strike broke out"
_AND_PLACES_AFTER = re.compile(r"^(?:,\s+[A-Z][\w'’-]*)*,?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                               r"(?:rivers|creeks|counties|lakes|islands|mountains|townships|valleys|raions|rayons|"
                               r"uyezds|uezds|volosts|districts|okrugs|provinces|gubernias)\b",
                               re.IGNORECASE)
_PLACE_PREPS = {"in", "near", "outside", "across", "throughout"}
# "the kulaks of Bilyky", "the dockers of Kryukov": the people of a place
_PEOPLE_OF_BEFORE = re.compile(
    r"\b(?:kulaks|peasants|workers|dockers|railwaymen|miners|inhabitants|population|residents|villagers|"
    r"Cossacks|poor|youth|women|citizens|townspeople|garrison|soviet|soviets)\s+of\s+(?:the\s+)?$")
# "(1879, Dvinsk, Vitebsk gubernia", "(born Kremenchug, 1901)": where a person was born; "the bridge over the
# Devon", "along the Vorskla": a river
_BORN_BEFORE = re.compile(r"\(\s*(?:\d{1,2}\s+[A-Z][a-z]+\s+)?\d{4},\s*$|\bborn\s+(?:in\s+)?$")
_RIVER_BEFORE = re.compile(r"\b(?:bridge|ferry|ford)\s+(?:over|across)\s+the\s+$|\balong\s+the\s+$|"
                           r"\b(?:steamer|boat|barge|raft|went|sailed|floated)\s+(?:up|down)\s+the\s+$|"
                           r"\b(?:banks?|mouth|estuary|source|shore)\s+of\s+the\s+$|\b(?:little\s+)?river\s+$")
_RIVER_AFTER = re.compile(r"^\s+(?:is|was)\s+(?:frozen|in\s+flood|flooding)\b|^\s+(?:froze|flooded|overflowed)\b")
_PAPER_BEFORE = re.compile(r"\b(?:paper|newspaper|journal|weekly|daily|magazine|bulletin|organ)\s+$")
# "renamed Krasnyi Gidravlik": the new name of the works just named
_RENAMED_BEFORE = re.compile(r"\b(?:renamed|re-named|later\s+called|now\s+called)\s+(?:the\s+)?$")
# "Moscow Brewery No. 2 (former Dorofeyev)", "the cement works (formerly Ilyukhin and Shterling)": the works' old name
FORMER_NAME_BEFORE = re.compile(
    r"(?:works|mill|mills|factory|plant|brewery|sawmill|foundry|refinery|mine|workshops|No\.\s?\d+|[»\"”])\s*"
    r"\((?:the\s+)?(?:former|formerly|ex-)\s+(?:the\s+)?$", re.IGNORECASE)
_APPOSITION_AFTER = re.compile(
    r"^\s*(?:\(\s*|,\s+|\s*—\s*)(?:a|an)\s+(?:former\s+|old\s+|young\s+|certain\s+|leading\s+)?"
    r"(?:member|worker|communist|menshevik|bolshevik|mechanic|engineer|student|teacher|professor|leader|"
    r"activist|employee|official|veteran|participant|supporter|organi[sz]er|writer|historian|philosopher|"
    r"economist|journalist|lawyer|doctor|peasant|soldier|sailor|officer|merchant|clerk)"
)
_PERSON_CONTEXT_AFTER = re.compile(
    r"^['’]s\s+(?:apartment|flat|wife|husband|house|home|"
    r"son|daughter|brother|sister|widow|letter|speech|testimony|arrest|biography|words|views|death|involvement|"
    r"role|participation|release|comrades|supporters|article|report|statement|complaint|request|"
    r"interrogation|memoirs|diary|signature|proposal|initiative|instructions?|orders?)\b"
)
_PERSON_VERBS_AFTER = re.compile(
    r"^\s+(?:said|says|stated|declared|wrote|argued|noted|told|asked|replied|explained|admitted|denied|"
    r"claimed|recalled|reported|spoke|insisted|proposed|demanded|announced|signed|died|was born|was arrested|"
    r"was expelled|was shot|was executed|himself|herself)\b|^,\s+(?:who|whose|whom)\b"
)
PEOPLE_NAMED_BEFORE = re.compile(
    r"\b(?:lads?|boys?|girls?|m[ae]n|wom[ae]n|persons?|people|youths?|fellows?|prisoners?|labou?rers?|sailors?|"
    r"peasants?|brothers|sisters)\s+(?:named|called)\s+(?:[A-Z][\w'’-]+(?:,\s|\s+and\s+))*$")
_PERSON_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:(?:submitted|written|signed|edited|translated|compiled|authored|chaired|led|headed|"
    r"organi[sz]ed|interrogated|arrested|killed|murdered) by|wife,?|husband,?|son,?|daughter,?|brother,?|"
    r"sister,?|widow,?|mother,?|father,?|menshevik,|bolshevik,|communist,|member,|worker,|comrades?|citizens?|wife of|husband of|son of|daughter of|named|called|surnamed|"
    r"members?|activists?|workers?|worker|communists?|engineer|mechanic|student|students|director|"
    r"chairman|secretary|editor|leader|professor|historian|writer|poet)\s+)$"
)

# Soviet bodies' compound names: a first part and a contracted head ("Lenmashtrest", "Uralplan", "Gostorg").
SOVIET_COMPOUND = re.compile(
    r"[A-Z][a-z]{2,}(?:trest|trust|plan|torg|soyuz|snab|strakh|prom|stroi|stroy|sindikat|kombinat|armiya|armia|"
    r"tsentr|lag|poligraf|kraikom|rabkrin|sovnarkhoz|khleb|tekstil|neft|ispolkom|profsozh|sovprof)"
    r"|(?:Glav|Tsentro|Vukop|Narkom|Soyuz)[a-z]{3,}")  # the chief boards and central unions: "Glavtextil", "Tsentrotekstil"


@dataclass(frozen=True)
class Verdict:
    """A run's type and how sure the rules are (strong: lexicon/morphology/cue; weak: context only)."""

    type: str
    strong: bool
    expansion: str | None = None
    gazetteer: bool = False  # only GeoNames says so: a person known in the document wins


def _untitle(words: list[str]) -> list[str]:
    """Upper-case words of four letters or more as title case ("WAYNE COUNTY" -> "Wayne County")."""
    return [w.title() if len(w) > 3 and w.isupper() and w not in PLACES else w for w in words]


def head_type(words: list[str]) -> str | None:
    """The type a run's last word (its head noun) gives: organisation, enterprise, place, event."""
    return _or_long_s(_head_type, words)


_HYPHEN_PLACE_TAILS = frozenset("street streets Street square Square lane Lane alley road row wharf".split())

def _head_type(words: list[str]) -> str | None:
    if paper_title(words):
        return "publication"
    if words[-1].isupper():
        words = _untitle(words)
    last, two = words[-1], " ".join(words[-2:])
    if len(words) == 2 and words[0].rstrip(".") in HONORIFICS:
        return None  # "Mr. Lodge", "Mrs. Church": an honorific and a surname, whatever noun it is
    if two == "Printing House":
        return "enterprise"
    if last in ENTERPRISE_HEADS and last not in ("House", "Shop") and len(words) > 1:
        return "enterprise"
    if last in EVENT_HEADS and len(words) > 1:
        return "event"
    if last in ORG_HEADS and (len(words) > 1 or last not in ORG_HEAD_NEEDS_MODIFIER):
        if last in ("Hall",):
            return "place"
        return "organisation"
    if "-" in last and last.rsplit("-", 1)[1] in _HYPHEN_PLACE_TAILS:
        return "place"  # "Chesnut-street", "Market-square"
    if last in PLACE_HEADS and len(words) > 1:
        if len(words) == 2 and last in SURNAME_HEADS and is_given(words[0]) and words[0] not in ORG_HEADS:
            return None  # "Nathan Ward", "Mr. Chambers": a given name or honorific and a surname, which heads also are
        return "place"
    return None


def lexicon_type(words: list[str]) -> Verdict | None:
    """Places and institutions known as general knowledge of the period (read through a misread
    long s in documents printed with one: "Houfe of Reprefentatives", "Ruffia")."""
    return _or_long_s(_lexicon_type, words)


def _or_long_s(look: Callable[[list[str]], T | None], words: list[str]) -> T | None:
    """``look(words)``, or when it finds nothing, ``look`` of the words with a misread long s restored."""
    found = look(words)
    if found is None and any("f" in w for w in words):
        alt = [long_s_reading(w) or w for w in words]
        if alt != words:
            return look(alt)
    return found


def _lexicon_type(words: list[str]) -> Verdict | None:
    if len(words) == 1 and ORG_ABBREVIATIONS.get(words[0].replace(" ", "")):
        return Verdict("organisation", True, ORG_ABBREVIATIONS[words[0].replace(" ", "")])
    if any(w.isupper() for w in words):
        words = _untitle(words)
    phrase = " ".join(words)
    if phrase in MEMBER_NOUNS:  # "a former Menshevik" is a mention of the Mensheviks
        return Verdict("organisation", True, MEMBER_NOUNS[phrase])
    if phrase.lower() in PERIODICALS_LOW:
        return Verdict("publication", True)  # "Pravda", "Izvestiia": the press of the period
    if len(words) > 1 and phrase.lower() in PLACE_PHRASES_LOW:
        return Verdict("place", True)
    if phrase.lower() in _ORG_PHRASES:
        return Verdict("organisation", True)
    if len(words) >= 3 and words[0] in PLACE_OF_HEADS and words[1] == "of":
        return Verdict("place", True)
    if len(words) == 2 and words[0].rstrip(".") in PLACE_PREFIXES and words[1][:1].isupper():
        return Verdict("place", True)
    if len(words) == 2 and words[0] in RUSSIAN_PLACE_ADJECTIVES and words[1][:1].isupper():
        return Verdict("place", True, gazetteer=True)  # "Bolshaya Sosnova"; "the Novaya Zhizn group" is a group
    if len(words) == 1:
        w = words[0]
        key = w.replace(" ", "")
        if ORG_ABBREVIATIONS.get(key):
            return Verdict("organisation", True, ORG_ABBREVIATIONS[key])
        if key in ORG_ABBREVIATIONS:
            return Verdict("none", True)
        if w in ORG_WORDS:
            return Verdict("organisation", True)
        if SOVIET_COMPOUND.fullmatch(w):  # "Lenmashtrest", "Uralplan": Soviet bodies by compound (a title wins)
            return Verdict("organisation", True, gazetteer=True)
        if w in PLACES:  # a period town may be a surname too ("the turner Kashin"): the context decides
            return Verdict("place", True, gazetteer=w in PERIOD_TOWNS or w in RIVERS)
        if gazetteer_place(w) and not _first_name_only(w):
            return Verdict("place", True, gazetteer=True)
        if "-" in w and w.count("-") <= 2 and all(p[:1].isupper() for p in w.split("-")):
            spaced = w.replace("-", " ").lower()  # "New-York", "Rhode-Island": the period's hyphenation
            if spaced in PLACE_PHRASES_LOW:
                return Verdict("place", True)
            if gazetteer_phrase(spaced):
                return Verdict("place", True, gazetteer=True)
    elif gazetteer_phrase(phrase.lower()):
        return Verdict("place", True, gazetteer=True)
    return None


def _first_name_only(word: str) -> bool:
    """A Russian given name or diminutive ("Nikolai", "Grisha", "Manya") or an abbreviated one ("Chas"),
    which GeoNames also has as some small town: a person, unless the period lexicon knows the place."""
    return word in DIMINUTIVES or word in GIVEN_ABBREVIATIONS or (word in GIVEN_NAMES and word not in
                                                                  ("Sofia", "Sophia", "Roman", "Nina"))


def person_evidence(words: list[str], titles: list[str]) -> bool:
    """Strong evidence that a run names a person: title, initials, patronymic, given name, surname shape."""
    raw = words
    words = [w.title() if w.isupper() and len(w) > 2 else w for w in words]
    if titles and not any(t in ("Tsar", "King", "Queen") for t in titles[:0]):
        return True
    if any(is_initials(w) for w in words) and any(not is_initials(w) for w in words) and not (
            words[-1] in NOT_NAMES or (len(words[-1]) > 3 and common_here(words[-1]) and words[-1].endswith("s"))):
        return True  # but not "U. States"
    if any(PATRONYMIC.match(w) for w in words[1:]):
        return True
    if len(words) >= 2 and is_given(words[0]) and words[-1] not in NOT_NAMES and words[0] not in PLACES \
            and words[-1] not in ORG_ABBREVIATIONS and not _headline(raw) and not common_here(words[-1]):
        return True
    return any((looks_like_surname(w) or gaelic_surname(w)) and not is_place(w) and w not in NOT_NAMES
               for w in words[-1:])  # "Kovrigin", and "M'Quorrie", "McStravick", "O'Dearn"


def _headline(words: list[str]) -> bool:
    """Four or more upper-case words: a headline, not a name ("MAY BUILD CLUB HOUSE")."""
    return len(words) > 3 and all(w.isupper() for w in words if len(w) > 1)


def context_type(before: str, after: str, words: list[str]) -> Verdict | None:
    """Weak evidence from the words around a run (X's apartment, Comrade X, in X, the X factory)."""
    after_low = join_broken(after[:34]).lower() if "¬" in after[:34] or "-\n" in after[:34] else after[:30].lower()
    if STATE_AFTER.match(after) and len(words) <= 3 and not any(is_initials(w) or w.rstrip(".") in HONORIFICS for w in [
            *words, *before.split()[-1:]]):  # "Georgetown, Del." (but not "J. Smith, Tenn.", "Mr. Brown, Md.")
        return Verdict("place", True)
    if PEOPLE_NAMED_BEFORE.search(before[-60:]) and len(words) <= 3:
        return Verdict("person", True)  # "two lads named Cairns and Doig"
    if SELF_NAMED_BEFORE.search(before[-30:]) and len(words) <= 3:
        return Verdict("person", True)  # "a man who called himself Joe"
    if OCCUPATION_BEFORE.search(before[-40:]) and len(words) <= 3 and not _headline(words):
        return Verdict("person", True)  # "the turner Kashin"
    if len(words) == 1 and _SEAT_BEFORE.search(before[-60:]) and re.match(r"^\s*(?:[.;]|,\s+(?:the|and)\b)", after) \
            and not is_given(words[0]) and not common_here(words[0]) and words[0] not in ROLE_WORDS and \
            words[0] not in TITLES and words[0] not in NOT_NAMES and not _common_english(words[0]):
        return Verdict("place", True)
    if _RESIDENCE_BEFORE.search(before[-40:]) and (len(words) == 1 or (
            len(words) <= 3 and not is_given(words[0]))):
        return Verdict("place", True)  # "Capt. Nehemiah Pike, of Laurel, and ...": where he lives
    if (_PEOPLE_OF_BEFORE.search(before[-40:]) or re.search(r"\btowards?\s+$", before[-10:]) or
            _BORN_BEFORE.search(before[-30:])) and \
            len(words) <= 2 and not is_given(words[0]):
        return Verdict("place", True)
    if len(words) == 1 and words[0] in THE_RIVERS and re.search(r"\b[Tt]he\s+$", before[-5:]):
        return Verdict("place", True)  # "the Volga and the Oka", "travelling to the Kuban and the Don"
    if len(words) <= 2 and (_RIVER_BEFORE.search(before[-30:]) or
                            re.search(r"\b[Tt]he\s+$", before[-5:]) and _RIVER_AFTER.match(after)):
        return Verdict("place", True)  # "the bridge over the Devon", "up the Yenisei", "the Tsna is frozen"
    if _PAPER_BEFORE.search(before[-24:]) and len(words) <= 4:
        return Verdict("publication", True)  # "the Berlin paper Zaria Bezvlastiia"
    if re.match(r"\s+(?:church|cathedral|monastery|convent)\b", after) and len(words) == 1 and \
            re.search(r"(?:sky|skaya|skoe|skii|skoi)$", words[0]):
        return Verdict("organisation", True)  # "the Nikolsky church": named by its dedication, not a person
    if _RENAMED_BEFORE.search(before[-20:]) and len(words) <= 4 and not is_place(words[-1]):
        return Verdict("enterprise", True)
    if _SETTLEMENT_BEFORE.search(before[-20:]) and len(words) <= 2:
        return Verdict("place", True)  # "near khutor Zmeyevsky", "the village of Gorelovka"
    if _PLACE_CALLED_BEFORE.search(before) and len(words) <= 3:
        return Verdict("place", True)  # "the place called Buzzard Roost", "a village known as Upper Dell"
    if len(words) == 1 and _STREET_ADJECTIVE.search(words[0]) and _STREET_BEFORE.search(before[-12:]):
        return Verdict("place", True)
    if len(words) == 1 and _MOSCOW_STREET.search(words[0]) and re.search(r"\b(?:on|in|off)\s+$", before[-5:]):
        return Verdict("place", True)  # "our club on Shabolovka", "the rabfak on Pyatnitskaya"
    state = _STATE_NAME_AFTER.match(after)
    located = re.search(r"\b(?:in|at|near|from)\s+$", before[-8:]) is not None  # "Recorded in Brooklyn, New York"
    if state and len(words) <= 3 and (not is_given(words[0]) or located) and us_state(state.group(1)):
        return Verdict("place", True)  # "Columbia, Tennessee"
    if len(words) == 1 and words[0].lower().endswith(PLACE_SUFFIXES) and len(words[0]) > 6:
        return Verdict("place", True)
    m = re.match(r"^\s+([a-z-]+)(?:\s+([a-z-]+))?", after_low)
    if m and (m.group(1) in ENTERPRISE_LOWER_HEADS or ENTERPRISE_TAIL.match(after)) and \
            not after_low.startswith(" railway junction"):
        return Verdict("enterprise", True)
    if m and (m.group(1) in LOWER_PLACE_HEADS or after_low.startswith(" railway junction")) and \
            not (m.group(1) in ("falls", "springs") and m.group(2) in _PREPOSITIONS):  # "Suspicion falls on"
        return Verdict("place", True)
    if _AND_PLACES_AFTER.match(after) and (len(words) == 1 or (len(words) == 2 and not is_given(words[0]))):
        return Verdict("place", True)  # "the Oconee and Ogeechee rivers": the first item shares the head
    if m and m.group(1) in ("workers", "strikers", "strike") and len(words) == 1:
        return Verdict("enterprise", False)
    if _PERSON_CONTEXT_AFTER.match(after):
        return Verdict("person", True)
    if WHERE_AFTER.match(after) and len(words) <= 3 and not is_given(words[0]):
        return Verdict("place", False)  # "from Zarechensk, where a strike broke out"
    if _PERSON_VERBS_AFTER.match(after) or _APPOSITION_AFTER.match(after):
        return Verdict("person", False)
    if _PERSON_CONTEXT_BEFORE.search(before[-40:].lower()):
        return Verdict("person", False)
    prev = re.search(r"(\w+)\s*$", before[-20:])
    if prev and prev.group(1).lower() in _PLACE_PREPS and len(words) <= 3 and words[-1] != "No" \
            and not re.match(r"^\s*(?:No\.|\d)", after):
        return Verdict("place", False)
    return None


def _common_english(word: str) -> bool:
    from letopis.extract.en_surnames import common_word

    return common_word(word.lower())


def town_after_in(before: str, after: str, words: list[str]) -> bool:
    """"the weaving factory in Kalyazin the management ...": a lone word after "in" that a clause goes on
    from is a place, however like a surname it looks (but "in Kolosov, p. 3", "in Kolosov's book")."""
    return len(words) == 1 and re.search(r"\b(?:in|near|outside)\s+$", before[-8:]) is not None and \
        re.match(r"^(?:\s+(?:the\s|[a-z]{2,}\s)|[.;:]\s)", after) is not None and not is_given(words[0]) and \
        not re.match(r"^\s+(?:was|is|were|had|has|and|or|did|does)\b", after)


def is_month_or_stop(words: list[str]) -> bool:
    """True for runs that are never names on their own (months, pronouns, demonyms...)."""
    if len(words) != 1:
        return False
    word, caps = words[0], words[0].isupper() and len(words[0]) > 1  # "JANUARY", "THE" too
    return word in NOT_NAMES or word in MONTHS or (caps and (word.title() in MONTHS or word.title() in NOT_NAMES))
