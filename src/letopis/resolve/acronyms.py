"""Abbreviations and the names they stand for, in one document: "RGVA" is the "Russian State Military Archive".

Soviet and post-Soviet archives and commissariats are abbreviated from their Russian (or Ukrainian) names, and
an English text names them in translation, in the Russian order of the words: "State Archive of Tarvel Oblast"
(Gosudarstvennyi arkhiv Tarvel'skoi oblasti, GATO), "People's Commissariat for Foreign Affairs" (NKID). So an
English name is read letter by letter both ways: each word's own initial ("RSMA") and, for the words of the
institutions' vocabulary, the initial of its Russian word ("Military": voennyi, V); a proper name keeps the
initial its transliteration is abbreviated by (Kharkiv: Kh, Tsaritsyn: Ts).

    abbreviation_links(text, spans)  # one link per abbreviation that only one name of the document spells
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

# English words of the institutions' names -> the initials of their Russian (and Ukrainian) words
_RUSSIAN_INITIALS: dict[str, tuple[str, ...]] = {
    "state": ("G", "D"), "russian": ("R",), "archive": ("A",), "archives": ("A",), "central": ("TS",),
    "military": ("V",), "historical": ("I",), "history": ("I",), "economy": ("E", "KH"), "economic": ("E",),
    "socio": ("S",), "social": ("S",), "political": ("P",), "oblast": ("O",), "region": ("O",),
    "regional": ("O",), "krai": ("K",), "territory": ("K",), "republic": ("R",), "federation": ("F",),
    "national": ("N",), "president": ("P",), "city": ("G",), "people's": ("N",), "commissariat": ("K",),
    "foreign": ("I",), "affairs": ("D",), "ways": ("P",), "communication": ("S",), "communications": ("S",),
    "committee": ("K",), "executive": ("I",), "literature": ("L",), "art": ("I",), "arts": ("I",),
    "contemporary": ("N",), "recent": ("N",), "documentation": ("D",), "documents": ("D",), "party": ("P",),
    "communist": ("K",), "union": ("S",), "soviet": ("S",), "council": ("S",), "supreme": ("V",),
    "ministry": ("M",), "internal": ("V",), "security": ("B",), "service": ("S",), "workers'": ("R",),
    "peasants'": ("K",), "red": ("K",), "army": ("A",), "trade": ("T",), "labour": ("T",), "labor": ("T",),
    "agriculture": ("Z",), "finance": ("F",), "justice": ("Iu", "Yu"), "education": ("P",),
}  # fmt: skip
_SMALL = frozenset({"of", "the", "for", "and", "in", "on", "at", "de", "la", "du", "des"})
_DIGRAPH = re.compile(r"^(?:Kh|Ts|Ch|Sh|Zh|Ya|Yu|Ye|Iu|Ia)")
# an abbreviation as a document writes it: RGVA, TsGASO, N.K.P.S., "TsGA UR", "AVP RF"
_ABBREVIATION = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.?){2,9}|[A-Z][A-Za-z]*[A-Z](?:\s[A-Z][A-Za-z]{0,3}){1,2}")
_LIMIT = 64  # readings of one name at most


def letters(abbreviation: str) -> str:
    """The letters of an abbreviation, upper case: "N.K.P.S." -> "NKPS", "TsGA UR" -> "TSGAUR"."""
    return re.sub(r"[^\w]", "", abbreviation).upper()


def readings(name: str) -> frozenset[str]:
    """The abbreviations a multi-word name may be written as: its words' own initials, and the Russian
    initials of the institutions' words ("Russian State Military Archive": RSMA, RGVA, ...)."""
    words = [w for w in re.split(r"[\s\-,]+", name.replace("’", "'")) if w]
    if len(words) < 2:
        return frozenset()
    options: list[tuple[str, ...]] = []
    for k, w in enumerate(words):
        low = w.lower()
        if low in _SMALL and not (k == 0 and low == "the"):
            continue  # ("The National Archives": TNA)
        if not w[:1].isalpha():
            return frozenset()
        digraph = _DIGRAPH.match(w)
        own = (w[0].upper(), digraph.group(0).upper()) if digraph else (w[0].upper(),)
        options.append(tuple(dict.fromkeys((*own, *(i.upper() for i in _RUSSIAN_INITIALS.get(low, ()))))))
    out: set[str] = set()
    for combo in itertools.islice(itertools.product(*options), _LIMIT):
        out.add("".join(combo))
    return frozenset(out)


def abbreviation_links(
    text: str, spans: Sequence[tuple[int, int, int, str]], orgs: frozenset[str]
) -> list[tuple[int, int]]:
    """(abbreviation row, name row) for each abbreviation of three letters or more among ``spans`` (row,
    start, end, type; types in ``orgs``) that the readings of exactly one longer name of the document spell."""
    names: dict[str, list[int]] = {}
    for row, start, end, type_ in spans:
        surface = text[start:end]
        if type_ in orgs and " " in surface and not _ABBREVIATION.fullmatch(surface):
            for reading in readings(surface):
                names.setdefault(reading, []).append(row)
    out: list[tuple[int, int]] = []
    surfaces = {row: text[start:end] for row, start, end, _ in spans}
    for row, start, end, type_ in spans:
        surface = text[start:end]
        if type_ not in orgs or not _ABBREVIATION.fullmatch(surface) or sum(c.isupper() for c in surface) < 2:
            continue
        found = names.get(letters(surface), [])
        if len(letters(surface)) >= 3 and len({surfaces[r] for r in found}) == 1:
            out.append((row, found[0]))
    return out
