"""Streets in English text, in the forms a recogniser of capitalised runs misses or mistypes.

    street_spans("at 9 Court street and 17 rue Daguerre", 0)  ->  [(5, 17), (22, 35)]

- an English street after a house number or a preposition ("9 Court street", "the corner of Broad and
  Mechanic streets", "between Vine and Race streets": both names);
- an OCR-era hyphenated form ("Sturt-street", "MAIN-ROAD");
- the street words of the languages émigré letters and citations use: French and Italian before the name
  ("rue Daguerre", "boulevard Raspail"), German and Czech after it ("Nürnberger Strasse", "Kantstrasse",
  "Národní třída"), and the Romance street, square, station and quarter words capitalised, as translations write
  them ("Calle de la Paz", "Plaça del Pi", "Estació de Rodalia");
- the Scots "gate", a street ("the Overgate", "in Kirkgate");
- a place of houses after its number ("9 Quarry Place", "4 Tarbrook Terrace"), and "Kellwood st.";
- the town closing an address line after the street and its number ("Calle de la Paz, 9, Alcira");
- an advertisement's address by number and bare name ("212 BRIGGATE, LEEDS.", "at 14, Tithebarn,").
"""

from __future__ import annotations

import re

_CAP = r"[A-ZÀ-Þ][\wà-ÿ’'-]+"
ENGLISH = re.compile(
    r"(?:(?<=\d)\s|\b(?:of|on|Cor\.|between|near|at|in|along|from|to)\s)([A-Z][a-z]+)(?:\s+and\s+([A-Z][a-z]+))?\s+"
    r"(?i:streets?|avenues?|roads?|lanes?|st\.(?=[,;]))(?!\w)")
# an address by its house number: "9 Quarry Place", "at 4 Tarbrook Terrace" (the name may be a given name)
NUMBERED = re.compile(r"(?<![\w.,])\d{1,4}[a-z]?,?\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Place|Close|Terrace|Crescent|"
                      r"Row|Square|Parade|Gardens|Quay|Wynd|Walk|Buildings))\b")
HYPHENATED = re.compile(r"\b[A-Z][a-z]+-(?:street|road|lane|terrace|parade)\b|\b[A-Z]{3,}-(?:STREET|ROAD|LANE|TERRACE)\b")
BEFORE = re.compile(rf"(?<![\w.])(?:rue|boulevard|quai|avenue|via|viale|calle|ulica|aleja)\s(?:de\s(?:la\s)?|du\s|des\s)?{_CAP}")
# the same words capitalised, as a translation from Spanish, Catalan, Portuguese, Italian or French writes them,
# with the stations and quarters of those towns: "Calle de la Paz", "Plaça del Pi", "Rua Nova",
# "Estació de Rodalia", "Barrio de la Merced"
ROMANCE = re.compile(
    r"(?<![\w.])(?:Calle|Plaza|Paseo|Avenida|Camino|Carretera|Barrio|Carrer|Plaça|Passeig|Rambla|Rua|Praça|Largo|"
    r"Travessa|Piazza|Piazzale|Viale|Corso|Vicolo|Via|Rue|Boulevard|Quai|Estación|Estació|Estação|Stazione|Gare|"
    r"Avenue(?!\s(?:of|Hotel|Theatre|Theater|Bank|Church|Chapel|Station|House|Hall|School)\b)|"
    r"Place(?=\s(?:des|de|du)\s))\s"  # "12 Avenue Tarvel", "the Place des Kessiers": French order
    r"(?:(?:de\sla|de\slos|de\slas|de\sl[’']|del|dels|de|do|da|dos|das|di|della|delle|dei|degli|du|des|d[’'])\s?)?"
    rf"{_CAP}(?:\s(?:de\s|del\s|y\s|i\s)?{_CAP})?")
AFTER = re.compile(
    rf"(?<![\w-]){_CAP}(?:\s{_CAP})?\s(?:Strasse|Straße|Platz|Gasse|Allee|Damm|Chaussee|Ufer|třída|náměstí|ulice)\b"
    r"|(?<![\w-])[A-ZÀ-Þ][a-zà-ÿ]+(?:strasse|straße|platz|gasse|allee|damm)\b")
# the Scots and northern English "gate", a street: "in the Overgate", "the Nethergate", "from Kirkgate"
GATE = re.compile(r"\b(?:the|in|at|of|on|from|to|off|and)\s([A-Z][a-z]{2,}gate)\b(?!\s+[A-Z])")


# an advertisement's address, a house number and a street's bare name: "212 BRIGGATE, LEEDS." opening a
# line in capitals before the town's, "at 14, Tithebarn, in the City of" (a line "16, Good Intent, Pascoe" of a
# shipping list is a day, a vessel and her master; "12 RGASPI, f. 17" a footnote)
ADDRESS = re.compile(r"(?<=\bat\s)\d{1,4}[a-z]?,?\s([A-Z][a-z]{2,}|[A-Z]{4,})(?=[.,]?\s*$|[.,]\s)|"
                     r"(?<![^\n])\d{1,4}[a-z]?\s([A-Z]{4,})(?=,\s[A-Z]{3,}\b)", re.MULTILINE)


_TOWN_AFTER = re.compile(r",?\s?(?:No\.\s?)?\d{1,4}[a-z]?,\s([A-ZÀ-Þ][a-zà-ÿ]+(?:[\s-][A-ZÀ-Þ][a-zà-ÿ]+)?)"
                         r"\.?[ \t]*(?:\n|$)")


def _route(match: str, before: str) -> bool:
    """"via Port Darwin", "travelled via Zhigalovo": the English route word before a town, not an Italian street
    (which a house number, "in", "at" or "the" opens: "in via Nazionale")."""
    from letopis.extract.lexicon import PLACE_PREFIXES, is_place

    word = match.split()[-1]
    if not match.lower().startswith("via "):
        return False
    return word in PLACE_PREFIXES or is_place(word) or (
        match.startswith("via ") and re.search(r"(?:\b(?:in|at|on|the|of|from)|\d)\s+$", before) is None)


def _address_name(word: str) -> bool:
    from letopis.extract.lexicon import MONTHS, NOT_NAMES, is_given

    title = word.title()
    return not is_given(title) and title not in MONTHS and title not in NOT_NAMES


# a capitalised word before "Avenue": an English street's own name ("Elm Avenue"), no French one after it
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!The\b)[A-Z][a-z]+\s$")


def street_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each street, offsets shifted by ``offset``; both names of "Broad and Mechanic streets"."""
    out: list[tuple[int, int]] = []
    for m in ENGLISH.finditer(text):
        for g in (1, 2):
            if m.group(g):
                out.append((offset + m.start(g), offset + (m.end() if g == 2 or not m.group(2) else m.end(g))))
    for rx in (HYPHENATED, BEFORE, ROMANCE, AFTER):
        out.extend((offset + m.start(), offset + m.end()) for m in rx.finditer(text)
                   if not _route(m.group(), text[max(0, m.start() - 6) : m.start()]) and
                   not (m.group().startswith("Avenue") and _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())))
    out.extend((offset + m.start(1), offset + m.end(1)) for rx in (GATE, NUMBERED) for m in rx.finditer(text))
    for s, e in list(out):  # "Calle de la Paz, 9, Alcira": the town that closes an address line
        town = _TOWN_AFTER.match(text, e - offset)
        if town:
            out.append((offset + town.start(1), offset + town.end(1)))
    for m in ADDRESS.finditer(text):
        g = 1 if m.group(1) else 2
        if _address_name(m.group(g)):
            out.append((offset + m.start(g), offset + m.end(g)))
    return out
