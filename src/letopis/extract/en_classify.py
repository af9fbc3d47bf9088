"""Decide the type of a capitalised run from its own words: the lexicon, head nouns and person evidence (the
words around it are read by `en_context`)."""

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
)
from letopis.extract.en_papers import paper_title
from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import (
    DIMINUTIVES,
    ENTERPRISE_HEADS,
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
    PEOPLES,
    PERIOD_TOWNS,
    PERIODICALS_LOW,
    PLACE_HEADS,
    PLACE_OF_HEADS,
    PLACE_PHRASES_LOW,
    PLACE_PREFIXES,
    PLACES,
    RIVERS,
    RUSSIAN_PLACE_ADJECTIVES,
    SURNAME_HEADS,
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
SELF_NAMED_BEFORE = re.compile(r"\b(?:calls|called|calling|names|named|styles|styled)\s+(?:him|her)self\s+$",
                               re.IGNORECASE)
# "the turner Kashin", "the printer Osip Tsvetkov", "one Thos. Pike", "Cf. Pike": an occupation (or "one",
# or a footnote's "cf.") before a
# capitalised word makes it a person's name, even where a town has the same name.
OCCUPATION_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|our|their)\s+(?:(?:former|young|old|local|chief|senior|head)\s+)?(?-i:[A-Z][a-z]+\s+)?"
    r"(?:turner|fitter|moulder|molder|blacksmith|smith|printer|compositor|typesetter|weaver|spinner|carpenter|"
    r"joiner|locksmith|"
    r"boilermaker|mechanic|machinist|engineer|foreman|forewoman|labourer|laborer|miner|stoker|fireman|"
    r"driver|teacher|schoolteacher|student|clerk|bookkeeper|accountant|typist|priest|deacon|doctor|lawyer|"
    r"merchant|peasant|soldier|sailor|informer|courier|watchman|porter|cook|tailor|shoemaker|cobbler|"
    r"baker|butcher|glassblower|tanner|dyer|shopkeeper|innkeeper|farmer|planter|waiter|waitress|doorman|"
    r"janitor|nurse|maid|coachman|cabman|cabby|groom|butler|nanny|seamstress|laundress|washerwoman|midwife|"
    r"caretaker|yardman|dvornik|chauffeur|guard|warder|jailer|gaoler|airman|aviator|pilot|navigator|explorer|"
    r"telegraphist|geologist|surveyor|trapper|trader|skipper|harpooner|interpreter|missionary|agronomist|"
    r"physician|surgeon|feldsher|orderly|dentist|pharmacist|veterinarian|journalist|photographer|delegate|"
    r"commissar|instructor|organiser|organizer|commander|officer|partisan|insurgent|chieftain|herder|hunter|"
    r"elder|headman|storekeeper|volunteer|guide)s?|one|cf\.)\s+$",
    re.IGNORECASE)
# A name in apposition after an office or a people, set off by commas: "the old manager, Sennov, was", "a Swede,
# Tannwald, and", "the deputy commissar, a certain Plyushkov, stayed" (the caller checks what follows the name)
APPOSITION_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|new|old|former)\s+"
    r"(?:(?:new|former|young|old|local|chief|senior|head|"
    r"deputy|assistant)\s+)?(?:director|manager|chairman|chairwoman|secretary|engineer|foreman|forewoman|"
    r"instructor|agronomist|teacher|priest|doctor|commissar|commander|organiser|organizer|president|clerk|"
    r"inspector|accountant|bookkeeper|investigator|prosecutor|judge|official|plenipotentiary|editor|leader|"
    r"chief|ataman|envoy|emissary|spokesman|German|Pole|Jew|Latvian|Lett|Finn|Swede|Norwegian|Dane|Englishman|Frenchman|American|Czech|Hungarian|"
    r"Georgian|Armenian|Tatar|[A-Z][a-z]{3,}(?:ian|ese))\b,\s+(?:a\s+certain\s+)?|\ba\s+certain\s+)$")
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
    "hermitage bazaar bazar quarter sea peninsula coast embankment jetty dock docks shosse prospekt "
    "boulevard palace mansion mosque pass heights sector stretch".split()
)
WHERE_AFTER = re.compile(r"^,\s+where\b")  # "from Zorino, where a strike broke out"
# "Moscow Brewery No. 2 (former Dorofeyev)", "the cement works (formerly Ilyukhin and Shterling)": the works' old name
FORMER_NAME_BEFORE = re.compile(
    r"(?:works|mill|mills|factory|plant|brewery|sawmill|foundry|refinery|mine|workshops|No\.\s?\d+|[»\"”])\s*"
    r"\((?:the\s+)?(?:former|formerly|ex-)\s+(?:the\s+)?$", re.IGNORECASE)
PEOPLE_NAMED_BEFORE = re.compile(
    r"\b(?:lads?|boys?|girls?|m[ae]n|wom[ae]n|persons?|people|youths?|fellows?|prisoners?|labou?rers?|sailors?|"
    r"peasants?|brothers|sisters)\s+(?:named|called)\s+(?:[A-Z][\w'’-]+(?:,\s|\s+and\s+))*$")

# Soviet bodies' compound names: a first part and a contracted head ("Lenmashtrest", "Uralplan", "Gostorg").
SOVIET_COMPOUND = re.compile(
    r"[A-Z][a-z]{2,}(?:trest|trust|plan|torg|soyuz|snab|strakh|prom|stroi|stroy|sindikat|kombinat|armiya|armia|"
    r"tsentr|lag|poligraf|kraikom|rabkrin|sovnarkhoz|khleb|tekstil|neft|ispolkom|profsozh|sovprof|revkom|"
    r"cheka|buro|vydav|stal|ugol|sakhar|tabak|lesprom|export|eksport|zoloto|khlib|intern|sbyt|skot|zerno|metall|"
    r"traktor|koop|kooperatsiya|kooperatsia|kooperatsii|sherst|khlopok|khlopkom|shelk)"
    r"|[A-Z][a-z]neft|[A-Z][a-z](?:rev|is)kom|[A-Z][a-z]cheka"  # the republics' two-letter bodies: "Azneft"
    r"|[A-Z][a-z]*TsIK|(?:Glav|Holov|Gub|Obl|Krai|Gor)lit"  # "TurTsIK", "Holovlit": executive committees, censors
    r"|(?:Glav|Tsentro|Vukop|Narkom|Soyuz|Selkhoz)[a-z]{3,}"  # the chief boards and central unions: "Glavtextil"
    r"|(?:Gos|Prom|Tsekom|Vsekom|Torgo|Ukrain|Dalne|Vneshtorg|Kom)bank"  # the Soviet banks: "Gosbank", "Prombank"
    r"|[A-Z][a-z]{2,}film|(?:Sov|Sow|Gos|Vostok|Soyuz|Uzbek|Ukr|Gruz|Belgos|Azgos|Armen)[a-z]*kino"  # film trusts
    r"|(?:Mezhrab|Meschrab)[a-z]+(?:-[A-Z][a-z]+)?")  # "Mezhrabpom": the Workers' International Relief


# the German compounds of a cinema, a film distributor, a publisher, a society, an archive or a censor's office
GERMAN_BODY = re.compile(r"[A-ZÄÖÜ][\wäöüß]{2,}(?:-(?:Kino|Film|Palast|Lichtspiele|Verleih|Verlag|Oberprüfstelle)|"
                         r"lichtspiele|verleih|verlag|gesellschaft|verein|archiv|hochschule|prüfstelle|genossenschaft)")

# Japanese offices and halls in Hepburn romanisation: a ministry (-shō), a bureau (-kyoku), a hall or temple (-dō)
JAPANESE_BODY = re.compile(r"[A-Z][a-zōū]{3,}(?:shō|kyoku)")
JAPANESE_HALL = re.compile(r"[A-Z][a-zōū]{2,}-dō")

# the acronyms of state archives: (Ts)GA-, (Ts)DA- (Ukrainian), RG(V|I)A-, TsA-: GARF, TsGAOR, DAVO, RGVA
ARCHIVE_ACRONYM = re.compile(r"(?:Ts|R)?[GD]A[A-Z][A-Za-z]{0,5}|RG[A-Z]?A[A-Z]{0,4}|TsG?A[A-Z]{0,6}|TsD[A-Z]{2,5}")
_TITLE_AFTER = frozenset(("Khan", "Beg", "Bek", "Ogly", "Oglu", "Zade", "Sultan", "Mirza"))
_TURKIC_NAME = re.compile(r"[A-Z][a-z]{2,}-(?:bek|beg|bey|khan|ogly|oglu|zade|khanum|kyzy|pasha|agha|aga)")
_FOLLOWERS = re.compile(r"[A-Z][a-z]{3,}ists")
_FOLLOWERS_ITE = re.compile(r"[A-Z][a-z]{3,}(?:ov|ev|in|sky|ky|ski)ites?")  # Trotskyite, Zinovievites
_NAMED_TIMES = re.compile(r"[A-Z][a-z]{3,}(?:shchina|shchyna|schina)")  # the Russian "-щина" of a movement


@dataclass(frozen=True)
class Verdict:
    """A run's type and how sure the rules are (strong: lexicon/morphology/cue; weak: context only)."""

    type: str
    strong: bool
    expansion: str | None = None
    gazetteer: bool = False  # only GeoNames says so: a person known in the document wins


def _untitle(words: list[str]) -> list[str]:
    """Upper-case words of four letters or more as title case ("WAYNE COUNTY" -> "Wayne County")."""
    return [w.title() if len(w) > 3 and w.isupper() and w not in PLACES and w not in PLACE_HEADS else w for w in words]


def head_type(words: list[str]) -> str | None:
    """The type a run's last word (its head noun) gives: organisation, enterprise, place, event."""
    return _or_long_s(_head_type, words)


_HYPHEN_PLACE_TAILS = frozenset("street streets Street square Square lane Lane alley road row wharf".split())

def _head_type(words: list[str]) -> str | None:
    if paper_title(words):
        return "publication"
    if words[-1].isupper():
        words = _untitle(words)
    if len(words) > 2 and words[-1] == "General" and words[-2] in ("Consulate", "Consulate-General"):
        words = words[:-1]  # "the Chinese Consulate General"
    last, two = words[-1], " ".join(words[-2:])
    if len(words) == 2 and words[0].rstrip(".") in HONORIFICS:
        return None  # "Mr. Lodge", "Mrs. Church": an honorific and a surname, whatever noun it is
    if two == "Printing House":
        return "enterprise"
    if len(words) == 2 and last == "Darya" and not is_given(words[0]):
        return "place"  # "the Amu Darya", "at Kara Darya": a river of Central Asia (but "Anna Darya" no)
    if two == "Military District" and len(words) > 2:
        return "organisation"  # "the Volga Military District": the army's command, not a territory
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
    if len(words) <= 2 and ARCHIVE_ACRONYM.fullmatch(words[0]) and (len(words) == 1 or words[1].isupper() or
                                                                     words[1] in ("SPb", "RF", "UR")) and \
            len(words[0]) <= 7 and not dictionary_word(words[0].lower()) and not is_given(words[0].title()) and \
            not is_place(words[0].title()):
        return Verdict("organisation", True)  # "GATsO", "TsGA SPb": a Russian or Ukrainian state archive
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
        if len(words) > 3 and (words[-1] in ORG_HEADS or words[-1] == "Authority"):
            return Verdict("organisation", True)  # "Port of Tarbrook Authority", "City of Leeds Council"
        return Verdict("place", True)
    if len(words) == 2 and words[0].rstrip(".") in PLACE_PREFIXES and words[1][:1].isupper() and words[1] not in ORG_HEADS:
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
        if _FOLLOWERS.fullmatch(w) and not dictionary_word(w) and w[:-4] not in ORG_ABBREVIATIONS and \
                w[:-4] + "a" not in ORG_ABBREVIATIONS:
            return Verdict("organisation", True)  # "the Petliurists", "Denikinists": a leader's followers (no Chekists)
        if w.endswith("s") and follower_word(w):
            return Verdict("organisation", True)  # "the Bukharinites": a leader's followers
        if _NAMED_TIMES.fullmatch(w):
            return Verdict("event", True)  # "the Antonovshchina", "Makhnovshchina": a rising named after its leader
        if (GERMAN_BODY.fullmatch(w) or JAPANESE_BODY.fullmatch(w)) and not dictionary_word(w):  # "Wieland-Kino",
            return Verdict("organisation", True)  # "Rikugunshō": a ministry, "Jōhōkyoku": a bureau
        if JAPANESE_HALL.fullmatch(w):
            return Verdict("place", True)  # "Nikorai-dō": a hall or a temple
        if SOVIET_COMPOUND.fullmatch(w) and not dictionary_word(w):  # "Lenmashtrest", "Uralplan": Soviet bodies by compound (a title wins)
            return Verdict("organisation", True, gazetteer=True)
        if w in PLACES:  # a period town may be a surname too ("the turner Kashin"): the context decides
            return Verdict("place", True, gazetteer=w in PERIOD_TOWNS or w in RIVERS)
        if gazetteer_place(w) and not _first_name_only(w) and w not in ORG_HEADS:  # "Chief of Police" (not Police, Poland)
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


def follower_word(word: str) -> bool:
    """A follower of a man, named after him: "Trotskyite", "Stakhanovite", "the Zinovievites" (no person)."""
    return _FOLLOWERS_ITE.fullmatch(word) is not None and not dictionary_word(word) and word not in PEOPLES


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
    if len(raw) in (2, 3) and raw[0].isupper() and len(raw[0]) > 2 and not raw[1].isupper() and is_given(raw[1]) \
            and not is_place(words[0]) and words[0] not in NOT_NAMES:
        return True  # "GLUOSNIS Antanas": a file entry, the surname in capitals before the given name
    if len(words) >= 2 and is_given(words[0]) and words[-1] not in NOT_NAMES and words[0] not in PLACES \
            and words[-1] not in ORG_ABBREVIATIONS and not headline(raw) and not common_here(words[-1]):
        return True
    if any(_TURKIC_NAME.fullmatch(w) for w in words) or (
            len(words) >= 2 and words[-1] in _TITLE_AFTER and all(w[:1].isupper() and w not in NOT_NAMES
                                                                    for w in words[:-1])):
        return True  # "Sharaf-bek", "Rustam-khan", "Samad Tarin Khan": a name with its Turkic or Persian title
    return any((looks_like_surname(w) or gaelic_surname(w) or family_name(w)) and not is_place(w) and
               w not in NOT_NAMES for w in words[-1:])  # "Pechnikov", "M'Quorrie", "O'Dearn", "the Kozodoevs"


_FAMILY = re.compile(r"[a-z]{2}(?:ov|ev|yov|sky|skii|enko|chuk|yuk)s$")  # (not -ins: Hopkins, Collins)


def family_name(word: str) -> bool:
    """A Russian surname in the plural, for a family ("the Pechnikovs", "the Kozodoevs")."""
    from letopis.extract.en_words import dictionary_word

    return _FAMILY.search(word) is not None and word[:1].isupper() and not dictionary_word(word)


def headline(words: list[str]) -> bool:
    """Four or more upper-case words: a headline, not a name ("MAY BUILD CLUB HOUSE")."""
    return len(words) > 3 and all(w.isupper() for w in words if len(w) > 1)


def is_month_or_stop(words: list[str]) -> bool:
    """True for runs that are never names on their own (months, pronouns, demonyms...)."""
    if len(words) != 1:
        return False
    word, caps = words[0], words[0].isupper() and len(words[0]) > 1  # "JANUARY", "THE" too
    return word in NOT_NAMES or word in MONTHS or word in PEOPLES or (caps and (word.title() in MONTHS or word.title() in NOT_NAMES))
