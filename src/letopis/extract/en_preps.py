"""Unknown names after "at" / "from" / "went to": places, when nothing says otherwise.

A capitalised word inside a sentence that no lexicon or gazetteer knows (OCR and small towns:
"at Milford", "near the Tallapoosa", "sailed to Callicut", "from Malta to Bristol", "the city of Tacoma")
is a place after a locative preposition or a settlement noun and "of", if
it is no common word, person's name or head noun, and the document never types it otherwise. A word
typed a person for its surname shape alone ("Zelvotchev") is a place when the document only ever has it
where a place stands and never with a title, a given name or a possessive.

    cands = places_by_position(cands, text)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from letopis.extract.en_classify import OCCUPATION_BEFORE, head_type, person_evidence
from letopis.extract.en_document import POSSESSIVE, Cand
from letopis.extract.en_surnames import plausible_surname
from letopis.extract.lexicon import DIMINUTIVES, GIVEN_NAMES, is_place
from letopis.extract.period_figures import period_figure

_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:at|from|through|via|beyond|as\s+far\s+as|(?:up|down|over|back|across|on)\s+to|near(?:\s+the)?|"
    r"(?:city|town|village|port|county|province|district|island|isle|kingdom|territory)\s+of)|\bfrom\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+to|\b(?:went|go|goes|gone|going|sent|returned|sailed|came|come|bound|arrived|removed|"
    r"marched|proceeded|retired|fled|moved|travelled|traveled|carried|brought|shipped)\s+(?:back\s+)?to)\s+$",
    re.IGNORECASE,
)


def places_by_position(cands: list[Cand], text: str) -> list[Cand]:
    """The rules of this module in turn: adjectival names, lone unknown words, headlines' capitals, words
    typed persons for their shape alone."""
    cands = shouted_places(lone_places(adjectival_places(cands, text), text), text)
    return toponyms_by_part(places_named_elsewhere(surname_shaped_places(cands, text), text), text)


_SLOT_BEFORE = re.compile(r"\b(?:in|at|near|via|from|to|outside)\s+$", re.IGNORECASE)


def places_named_elsewhere(cands: list[Cand], text: str) -> list[Cand]:
    """A lone word typed a person where nothing says so ("worse than Tarvol") is the place the document names
    by it elsewhere in a place's slot ("in Tarvol"), when no title, given name, possessive or verb of speech
    makes it a person anywhere in the document."""
    placed = {text[c.start : c.end] for c in cands if c.type == "place" and
              _NAME_WORD.fullmatch(text[c.start : c.end]) and
              _SLOT_BEFORE.search(text[max(0, c.start - 30) : c.start])}
    if not placed:
        return cands
    lone, named = _lone_words(cands, text, lambda word: word in placed)
    out = list(cands)
    for word, ks in lone.items():
        if word in named or period_figure(word) or any(
                _PERSON_AFTER.match(text, cands[k].end) or _cited(text, cands[k].end, False) or
                OCCUPATION_BEFORE.search(text[max(0, cands[k].start - 40) : cands[k].start]) for k in ks):
            continue
        for k in ks:
            out[k] = replace(cands[k], type="place", strong=True)
    return out


# the parts Russian and Turkic place names are compounded of: "Ust-" (a river's mouth), "Verkhne-", "Kyzyl-" (red),
# "Kara-" (black); "-Su" (water), "-Bulak" (a spring), "-Davan" (a pass), "-Kala" (a fortress), "-Darya" (a river)
_TOPONYM = re.compile(r"(?:Ust|Verkhne|Nizhne|Sredne|Novo|Staro|Bolshe|Malo|Kyzyl|Kara|Sary|Ak|Kok|Yangi|Ulan)-"
                      r"[A-Z][a-z]+|[A-Z][a-z]+-(?:Su|Kul|Tau|Kum|Davan|Kurgan|Bulak|Darya|Daria|Kala|Tepe|Tyube|"
                      r"Aryk|Khoto|Gol|Nur|Takyr|Muyun)")


def toponyms_by_part(cands: list[Cand], text: str) -> list[Cand]:
    """A word compounded of a place name's part ("Ust-Kessa", "Kyzyl-Tarv", "Tarv-Bulak") is a place, unless a
    title or a given name makes it somebody's name."""
    out = []
    for c in cands:
        if c.type in ("person", "unknown") and not c.titles and _TOPONYM.fullmatch(text[c.start : c.end]) and \
                not _PERSON_AFTER.match(text, c.end):
            c = replace(c, type="place", strong=True)
        out.append(c)
    return out


def lone_places(cands: list[Cand], text: str) -> list[Cand]:
    """Type unknown one-word candidates after a locative preposition as (weak) places."""
    typed = {text[c.start : c.end] for c in cands if c.type != "unknown"}
    out = list(cands)
    for k, c in enumerate(cands):
        if c.type == "unknown" and c.sent_start and DATELINE_BEFORE.search(text, max(0, c.start - 30), c.start) and \
                re.match(r"\.?[ \t]*\n", text[c.end : c.end + 4]) and text[c.start : c.end] not in typed:
            out[k] = replace(c, type="place", strong=True)  # "4 March 1920. Tsalkovan.": a diary's dateline
            continue
        if c.type != "unknown" or c.sent_start or c.in_title:
            continue
        word = text[c.start : c.end]
        if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", word) or word in typed:
            continue
        if word in DIMINUTIVES or (word in GIVEN_NAMES and not is_place(word)):
            out[k] = replace(c, type="person", strong=False)  # "a letter from Nikolai", "to Grisha"
            continue
        plausible = plausible_surname(word.replace("-", "")) or all(plausible_surname(p) for p in word.split("-"))
        if not plausible or head_type([word]) is not None or person_evidence([word], []):
            continue
        if _LOCATIVE_BEFORE.search(text[max(0, c.start - 40) : c.start].replace("\n", " ")) and \
                not re.match(r"^\s*(?:No\.|\d)", text[c.end : c.end + 6]):
            out[k] = replace(c, type="place", strong=False)
        elif _THE_LOCATIVE.search(text[max(0, c.start - 30) : c.start].replace("\n", " ")) and \
                not (_ADJECTIVE_END.search(text[c.start : c.end]) and _NOUN_AFTER.match(text[c.end : c.end + 20])):
            out[k] = replace(c, type="place", strong=False)  # "the herds on the Tavda", "over the Kurgai"
        elif _LOCALITY_BEFORE.search(text[max(0, c.start - 40) : c.start]) and \
                text[c.end : c.end + 1] in (".", ",", ";"):
            out[k] = replace(c, type="place", strong=False)
    return out


# a river's or a range's name, bare after "the" in a phrase of movement or position ("on the Tavda", "over the
# Kurgai"); not after "of", "to" or "in", which as often open a body's name ("of the Gubsovnarkhoz")
_THE_LOCATIVE = re.compile(r"\b(?:on|along|up|down|across|beyond|over)\s+the\s+$")
# ... but a people's adjective before its noun ("on the Tuvan side", "over the Asiatic mode") is no river
_ADJECTIVE_END = re.compile(r"(?:an|ic|ese|ish)$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:the|and|or|in|at|to|on|of|by|for|with|from|near|was|is|were|had|river)\b)[a-z]{3,}")


# the date that opens a diary's entry, before the place it was written at ("4 March. Tsalkovan.")
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|"
                             r"[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)[.,][ \t]+$")


# the locality closing an address or a court column's entry: "96 Kellwood Road, Quarnockhill.",
# "Messrs Pirrie, Ord & Co., Kellhaugh,", "James Orrock, weaver, Glenbarrie, was fined"
_LOCALITY_BEFORE = re.compile(
    r"(?:\d+[a-z]?\s+[A-Z][a-z]+\s(?:Street|Road|Lane|Place|Square|Terrace|Crescent|Row|Quay|Avenue|Wynd|"
    r"Close|Walk)|"
    r"&\s?Co\.|[A-Z][\w'’]+,\s(?:a\s)?[a-z]*(?:er|or|man|ist|wright|smith|widow|clerk)),\s$")


_SHOUTED_PREP = re.compile(r"\b(?:AT|IN|NEAR|FROM)\s+(?:THE\s+)?$")


def shouted_places(cands: list[Cand], text: str) -> list[Cand]:
    """"BARN BURNED AT EAST PHARSALIA": an unknown upper-case name after an upper-case locative
    preposition in a headline is a place."""
    out = []
    for c in cands:
        surface = text[c.start : c.end]
        if c.type == "unknown" and surface.isupper() and 1 <= len(surface.split()) <= 3 and \
                _SHOUTED_PREP.search(text[max(0, c.start - 12) : c.start]):
            c = replace(c, type="place", strong=True)
        out.append(c)
    return out


# a Russian adjectival place name ("Poltavskaya", "Kastornaya", "Talovaya": a stanitsa, a station), which has
# the shape of a woman's surname
_ADJECTIVAL = re.compile(r"[A-Z][a-z]{3,}(?:skaya|tskaya|skaia|naya|vaya|aia)")
_AT_PLACE_BEFORE = re.compile(
    r"\b(?:at|in|near|by\s+way\s+of|(?:north|south|east|west)(?:wards?)?\s+(?:from|of)|"
    r"(?:went|go|goes|gone|going|sent|transferred|moved|came|come|returned|arrived|travelled|"
    r"traveled|drove|walked|rode|posted|back)\s+(?:back\s+)?to|(?:came|arrived|returned|back)\s+from|"
    r"from\s+the\s+[a-z]+,\s+from)\s+$")
# settlements listed after their plural noun: "stanitsas such as Kesselskaya and Tarvelskaya", "(Orlovskaya, ...)"
_SETTLEMENTS_BEFORE = re.compile(r"\b(?:stanitsas|villages|khutors|stations|settlements)(?:\s+such\s+as\s+|\s*\(\s*)"
                                 r"(?:[A-Z][\w-]+,?\s+(?:and\s+)?)*$")
# a street and the number of a house on it: "Kessel'skaya 22, flat 4"
_HOUSE_AFTER = re.compile(r"[ \t]\d{1,3}[a-z]?\b(?!\s*(?:years|yrs|versts|miles|roubles|rubles|per\b|%))")


# "in Ust-Belokalitvenskaya and Nizhne-Kundryuchenskaya stanitsas", "the Zaplavskaya cell": named by the settlement
_SETTLEMENT_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]+)?\s+(?:stanitsas?|villages?|khutors?|volosts?|stations?|"
                               r"cells?|sel'?sovets?|village\s+soviets?)\b")


def adjectival_places(cands: list[Cand], text: str) -> list[Cand]:
    """A lone word shaped like a woman's adjectival surname is a place when the document has it after "at",
    "in", "near" or a verb of motion and "to" ("met the cavalry at Kastornaya", "sent to Timashevskaya"), before
    a settlement's noun ("the Zaplavskaya cell", "Razdorskaya and Bagaevskaya stanitsas") or as a place
    elsewhere ("Stanitsa Poltavskaya"), and never with a title, a given name or a possessive."""
    places = {text[c.start : c.end] for c in cands if c.type == "place" and c.strong}  # "Stanitsa Poltavskaya"
    lone, named = _lone_words(cands, text, lambda word: _ADJECTIVAL.fullmatch(word) is not None)
    out = list(cands)
    for word, ks in lone.items():
        placed = word in places or any(_AT_PLACE_BEFORE.search(text[max(0, cands[k].start - 30) : cands[k].start]) or
                                       _SETTLEMENTS_BEFORE.search(text[max(0, cands[k].start - 80) : cands[k].start]) or
                                       _SETTLEMENT_AFTER.match(text, cands[k].end) or
                                       _HOUSE_AFTER.match(text, cands[k].end) for k in ks)
        if word in named or not placed:
            continue
        for k in ks:
            out[k] = replace(cands[k], type="place", strong=True)
    return out


# where a lone surname-shaped word stands as a place: after "in", "near", "via", "off", "at" (not "looked at"), "from"
# (not "a letter from") or a verb of motion and "to"
_PLACE_SLOT_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|via|towards?|across|beyond|off|as\s+far\s+as|(?:up|down)\s+to)|"
    r"(?<!\blooked\s)(?<!\blooks\s)(?<!\bglanced\s)(?<!\bstared\s)(?<!\blaughed\s)(?<!\bsmiled\s)(?<!\bshouted\s)"
    r"(?<!\bpointed\s)(?<!\baimed\s)(?<!\bfired\s)(?<!\bnodded\s)(?<!\bwaved\s)(?<!\bhinted\s)\bat|"
    r"\b(?:came|come|comes|arrived|returned|emigrated|moved|fled|escaped|deported|evacuated|travelled|traveled|transferred|far|away|"
    r"walked|rode|drove|sailed|marched|retreated|withdrew|flew|steamed|departed)\b[^.;:!?\n]{0,30}\bfrom|"
    r"\b(?:went|go|goes|gone|going|sent|returned|sailed|came|come|bound|arrived|moved|travelled|traveled|fled|"
    r"walked|rode|drove|marched|deported|exiled|transferred|evacuated|emigrated|back)\s+(?:back\s+)?to)\s+$")
# what says a word names a person wherever it stands: a possessive, a verb of speech, a relative "who"
_PERSON_AFTER = re.compile(r"(?:['’]s\b|,?\s+(?:who|whose|whom|himself|herself|said|says|wrote|told|asked|replied|"
                           r"stated|declared|signed|insisted|admitted|denied|spoke)\b)")
# ... and a citation after it: a page or a year ("Ivanov 1967"), or a book's title ("Pelagin, Ocherki"; see _cited)
_CITED_AFTER = re.compile(r",\s+(?:pp?\.|\d)|\s+(?:and\s+[A-Z]\w+\s+)?\d{4}|(?P<title>,\s+[A-Z])")


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _lone_words(cands: list[Cand], text: str, fits: Callable[[str], bool]) -> tuple[dict[str, list[int]], set[str]]:
    """The words that ``fits`` accepts, as the document has them: alone (word -> indices of its person or unknown
    candidates) and named (with a title, inside a longer name or with a possessive somewhere)."""
    lone: dict[str, list[int]] = {}
    named: set[str] = set()
    for k, c in enumerate(cands):
        words = text[c.start : c.end].split()
        if c.type not in ("person", "unknown") or not words or not fits(POSSESSIVE.sub("", words[-1])):
            continue
        if c.titles or len(words) > 1 or POSSESSIVE.search(words[-1]):
            named.add(POSSESSIVE.sub("", words[-1]))
        elif not c.in_title:
            lone.setdefault(words[-1], []).append(k)
    return lone, named


def surname_shaped_places(cands: list[Cand], text: str) -> list[Cand]:
    """A lone word typed a person for its shape alone ("Zelvotchev", "Brodovin") is a place when the
    document has it only where a place stands ("emigrated from Zelvotchev", "born in Brodovin and") and never
    with a title, a given name, a possessive or a verb of speech."""
    lone, named = _lone_words(cands, text, lambda word: _NAME_WORD.fullmatch(word) is not None)
    out = list(cands)
    for word, ks in lone.items():
        if word in named or not any(cands[k].type == "person" for k in ks) or not person_evidence([word], []) or \
                period_figure(word):
            continue
        slots = [bool(_PLACE_SLOT_BEFORE.search(text[max(0, cands[k].start - 30) : cands[k].start])) for k in ks]
        cued = any(_PERSON_AFTER.match(text, cands[k].end) or _cited(text, cands[k].end, slot) or
                   OCCUPATION_BEFORE.search(text[max(0, cands[k].start - 40) : cands[k].start])
                   for k, slot in zip(ks, slots, strict=True))
        if cued or not any(slots):
            continue
        for k in ks:
            out[k] = replace(cands[k], type="place", strong=True)
    return out


def _cited(text: str, end: int, slot: bool) -> bool:
    """A citation after the word: a page or a year always, a title ("Pelagin, Ocherki, p. 12") where no place
    slot stands before it (after one, "at Brodovin, Kessel and the villages" is a list of places)."""
    m = _CITED_AFTER.match(text, end)
    if m is None:
        return False
    if m.group("title") and slot:
        return re.match(r"[^,.;\n]{0,60},\s+pp?\.\s?\d", text[m.end() :]) is not None
    return True


# "the Abyrlinsky, Kolbatau and Zhermensky districts": several territories named before one plural noun
_TERRITORY_LIST = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+,?\s+and\s+[A-Z][\w'’-]+)\s+(?:districts|raions|rayons|"
    r"uyezds|uezds|volosts|okrugs|gubernias|oblasts|provinces|counties|stanitsas|villages)\b")
_LIST_ITEM = re.compile(r"[A-Z][\w'’-]+")


def territory_lists(cands: list[Cand], text: str) -> list[Cand]:
    """Each name of a list before a plural territorial noun is a place, whatever its shape (a district named
    by an adjective reads like a surname: "Zhermensky")."""
    out = list(cands)
    for m in _TERRITORY_LIST.finditer(text):
        if any(c.start < m.end(1) and m.start(1) < c.end and c.type == "person" and c.titles for c in out):
            continue  # "Comrade Ivanov and Petrov villages": the list opens with a man
        for item in _LIST_ITEM.finditer(text, m.start(1), m.end(1)):
            s, e = item.start(), item.end()
            if any(c.start <= s and e <= c.end and c.type == "place" for c in out):
                continue
            seg = next((c.segment for c in out if c.start <= s < c.end), 0)
            out = [c for c in out if not (c.start < e and s < c.end and c.type in ("person", "unknown"))]
            out.append(Cand(s, e, "place", True, seg))
    return out
