"""Lone surnames inside sentences: a capitalised word no lexicon knows, used like a person's name.

Famous people are often named by the surname alone ("the money sent to Burr", "left by Melas",
"Bryan's free silver movement"). Such a word is taken as a person when it is capitalised inside a
sentence, is no common word (the document never writes it in lower case, and it is not one of
faker's common English words nor shaped like a common noun), and either recurs inside sentences or
stands in a person's context: a possessive, "by X", "the late X", "meet / see X", "X and his".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from letopis.extract.en_document import POSSESSIVE, Cand
from letopis.extract.en_gazetteer import common_here
from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import (
    MONTHS,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_SUFFIXES,
    ROLE_NOUNS,
    TITLES,
    is_place,
)

# Endings of English common nouns and adjectives (capitalised for emphasis in old print).
_COMMON_ENDINGS = (
    "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ists", "ings", "ed", "ly", "ance", "ence",
    "ship", "ure", "ary", "ive", "ous", "ical", "ics", "ful", "less", "able", "ible", "ency", "ancy", "dom",
    "hood", "ers", "ians", "ans", "ites", "ese", "ish", "ward", "wards", "ery", "age", "ate", "ates",
    "ives", "ector", "ator", "land", "lands",
)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:by|the\s+late|meet|met|see|saw|visited|defeated|joined|followed|succeeded|sustain|support|"
    r"supported|against|between|than)\s+|\bof\s+the\s+late\s+)$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"^\s+(?:and\s+(?:his|her)\b|(?:has|had|was|is)\s+(?:been\s+)?(?:said|reported|elected|appointed|"
    r"nominated|chosen|arrested|killed|wounded|married|born|dead)\b|himself\b|herself\b|"
    r"(?:said|says|stated|declared|wrote|replied|answered|added|led|went|came|arrived|left|died|spoke|"
    r"returned|announced|promised|revealed|denied|admitted|claimed|insisted|believed|knew|thought|asked|told|"
    r"refused|signed|testified|confessed|explained|complained|recalled|argued|protested|demanded|proposed|"
    r"warned|agreed|resigned|fled|escaped)\b)"
)
# Contexts of common nouns and places, never of a person: "the Tariff", "a 45 Colt", "at Zorky",
# "the committee of Breda", "Dixieland Jazz".
_NOT_PERSON_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|this|every|each|no|any|at|in|from|into|to|near|towards|on|up|down|along|over|beyond|below|above|through|via|"
    r"across|schooner|ship|brig|steamer|sloop|committee|city|town|port|province|county|people|government|"
    r"kingdom|coast|island|inhabitants|citizens|vicinity|side|banks|parts)(?:\s+of)?|\d)\s+$",
    re.IGNORECASE,
)
_THE_LATE = re.compile(r"\bthe\s+late\s+$", re.IGNORECASE)
_CAP_AFTER = re.compile(r"^(?:['’]s)?\s?[A-Z]")


# Common nouns often capitalised inside sentences: feasts, hours and meals, church and state words.
_CAPITALISED_COMMON = frozenset("""
christmas easter lent advent pentecost whitsun whitsuntide michaelmas thanksgiving sabbath mass vespers matins
noon midnight lunch luncheon dinner breakfast supper tea heaven hell paradise providence nature scripture
scriptures bible gospel premier chancellor minister ministers parliament treasury admiralty exchequer crown
constitution capitol legation embassy consulate mint customs excellency majesty highness lordship honour
honor sir madam mister master mistress deity almighty saviour savior creator heathen pagan yankee yankees
""".split())


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Common English words, lower case: faker's lorem table and the words of its job titles (MIT), and
    the capitalised common nouns above."""
    from faker.providers.job.en_US import Provider as Jobs
    from faker.providers.lorem.en_US import Provider

    jobs = {w.lower() for job in Jobs.jobs for w in re.findall(r"[A-Za-z]+", job)}
    return frozenset({w.lower() for w in Provider.word_list} | jobs | _CAPITALISED_COMMON)


def common_word(word: str) -> bool:
    """A common English word (faker's table, or written in lower case in this document)."""
    return word.lower() in _english_words() or common_here(word)


def plausible_abbreviation(word: str, before: str, after: str, text: str) -> bool:
    """An unknown upper-case word is an organisation only with support (not a shouted headline word)."""
    if any(c.islower() for c in word):
        return True
    if len(word) >= 4 and (common_word(word.lower()) or dictionary_word(word.lower())):
        return False  # "SELL BY AUCTION", "LIVE and DEAD STOCK", "the CHEST": a shouted word
    if re.search(r"\bthe\s*$|\(\s*$", before[-6:]) or after.startswith(")"):
        return True
    return len(re.findall(rf"\b{re.escape(word)}\b", text)) >= 2 and len(word) <= 5 and \
        sum(1 for c in text[:2000] if c.isupper()) < 0.15 * len(text[:2000])


def plain_name_pair(words: list[str]) -> bool:
    """Two capitalised words that are no dictionary words, places, heads or known names of bodies: a given
    name and a surname the lists do not know ("Yosl Tsukerkorn", "Mykyta Kovalyk")."""
    from letopis.extract.en_classify import head_type, lexicon_type

    return len(words) == 2 and all(plausible_surname(w) and not dictionary_word(w) for w in words) and \
        not _ADJECTIVE_FORM.search(words[0]) and not _OBLIQUE_FORM.search(words[1]) and \
        head_type(words) is None and lexicon_type(words) is None and not any(lexicon_type([w]) for w in words)


# a transliterated Russian adjective ("Krasny Kedrovik", "Tretya Gorka", "Novoe Pole") or a genitive
# ("Vestnik Kurskogo") is no given name and surname
_ADJECTIVE_FORM = re.compile(r"(?:y|yi|ii|iy|ij|aya|aia|aja|oe|oye|ie|ye|oi|oy|ei|ey)$")
_OBLIQUE_FORM = re.compile(r"(?:ogo|ego|omu|emu|oi|oy|ykh|ikh)$")


# the transliterated Russian nouns a cited work's title opens with ("Zapiski A. S. Tverdunova", "Vestnik Polesya",
# "Dnevnik uchitelya"): no given name, surname or initials' owner
RUSSIAN_TITLE_NOUNS = frozenset(
    "Zapiski Zapiska Vestnik Perepiska Dnevnik Dnevniki Pis'ma Pisma Vospominaniia Vospominaniya Ocherki Ocherk "
    "Istoriia Istoriya Materialy Sbornik Trudy Izvestiia Izvestiya Golos Golod Bunt Otchet Otchyot Protokol "
    "Protokoly Spravka Doklad Svodka Kniga Letopis' Letopis Khronika Obzor Delo Stenogramma Biulleten' Biulleten "
    "Byulleten Listovka Vozzvanie Zaiavlenie Zayavlenie Rech' Rech Zhizn' Sud'ba Bor'ba Povest' Stat'i Sochineniia "
    "Sochineniya Dokumenty Rasskazy Pis'mo Pismo".split())


def plausible_surname(word: str) -> bool:
    """A capitalised word that may be a surname: no common word, role, head noun or place."""
    if len(word) < 3 or not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    if word in NOT_NAMES or word in MONTHS or word in TITLES or word in ROLE_NOUNS or word in ORG_HEADS \
            or word in PLACE_HEADS or word in RUSSIAN_TITLE_NOUNS:
        return False
    low = word.lower()
    if low in _english_words() or common_here(word) or low.endswith(_COMMON_ENDINGS):
        return False
    return not is_place(word)


# a finite verb right after a sentence's first word, the way a report opens with its subject
_VERB_AFTER = re.compile(
    r"\s+(?:had|has|is|was|said|says|told|wrote|stated|declared|replied|added|explained|denied|admitted|"
    r"testified|swore|died|returned|arrived|spoke|resigned|confessed)\s+(?!of\b|by\b)")


# a man's or a woman's life dates in brackets after the name: "(1899-1971)", "(b. 1903)", "(d. 1937)"
LIFE_DATES_AFTER = re.compile(r"\s*\(\s*(?:(?:b|d)\.\s*|born\s+|died\s+)?\d{4}\s*(?:[-–]\s*\d{4}\s*)?\)")


# what a man has, after his possessive: "Tarvinsen's airship", "Kessov's widow"
_HIS_AFTER = re.compile(r"['’]s\s+(?:wife|husband|widow|son|sons|daughter|daughters|brother|sister|father|mother|"
                        r"family|men|party|expedition|airship|aeroplane|plane|flat|letter|letters|report|speech|"
                        r"arrest|death|murder|trial|diary|memoirs|inquiry|book|article|account|papers|agents?)\b")
_BYLINE = re.compile(r"[ \t]*(?:by|By|BY)[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+[ \t]*")  # an author's line


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _full_name(surface: str) -> bool:
    """Two capitalised words that may be a given name and a surname: no dictionary word, no place's ending."""
    words = surface.split()
    return len(words) == 2 and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) and not dictionary_word(w) and
                                   all(plausible_surname(p) for p in w.split("-")) and
                                   not w.lower().endswith(PLACE_SUFFIXES) for w in words)


def lone_surnames(cands: list[Cand], text: str) -> list[Cand]:
    """Type unknown one-word candidates inside sentences as persons where the document supports it."""
    counts: dict[str, int] = {}
    supported: set[str] = set()
    refused: set[str] = set()
    singles: list[int] = []
    opening: list[int] = []
    for k, c in enumerate(cands):
        if c.type == "unknown" and c.sent_start and not c.in_title and " " not in text[c.start : c.end] and \
                plausible_surname(POSSESSIVE.sub("", text[c.start : c.end])) and (
                    _VERB_AFTER.match(text, c.end) or _HIS_AFTER.match(text, c.end - 2)) and \
                not dictionary_word(text[c.start : c.end]) and not text[c.start : c.end].lower().endswith(PLACE_SUFFIXES):
            opening.append(k)  # "Hilderbrand had just lighted the fuse": a sentence that opens with its subject
        elif c.type == "unknown" and not c.in_title and _full_name(text[c.start : c.end]) and (
                LIFE_DATES_AFTER.match(text, c.end) or (c.sent_start and _VERB_AFTER.match(text, c.end)) or
                _BYLINE.fullmatch(text, text.rfind("\n", 0, c.start) + 1, _line_end(text, c.end)) is not None):
            opening.append(k)  # "Sigvald Tveit (1899-1971) was", "Sigvald Tveit spoke", "by Sigvald Tveit"
        if c.type != "unknown" or c.sent_start or c.in_title:
            continue
        surface = text[c.start : c.end]
        word = POSSESSIVE.sub("", surface)
        if " " in word or "\n" in word or not plausible_surname(word):
            continue
        singles.append(k)
        counts[word] = counts.get(word, 0) + 1
        before, after = text[max(0, c.start - 24) : c.start], text[c.start + len(word) : c.start + len(word) + 40]
        if (_NOT_PERSON_BEFORE.search(before) and not _THE_LATE.search(before)) or _CAP_AFTER.match(after):
            refused.add(word)
        elif word != surface or _CUE_BEFORE.search(before[-20:]) or \
                _CUE_AFTER.match(text[c.end : c.end + 40]):
            supported.add(word)
    if not singles and not opening:
        return cands
    out = list(cands)
    for k in opening:
        out[k] = replace(out[k], type="person", strong=True)
    for k in singles:
        c = out[k]
        word = POSSESSIVE.sub("", text[c.start : c.end])
        if word not in refused and (word in supported or (counts[word] >= 2 and not word.endswith("s"))):
            out[k] = replace(c, type="person", strong=False)
    return out
