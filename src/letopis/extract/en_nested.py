"""Places named inside the names of bodies and works: "Tver" in "the Tver Gubkom", "Navoloki" in "the
Navoloki Spinning Mill", "Zlatoust" in "the Samara–Zlatoust Railway", "Siberia" in "the PP OGPU for Siberia".

A nested place is a mention of its own (the gold conventions of the field list it under both entities).
The opening words of an organisation or enterprise name are places when the document itself names
them as places elsewhere; before the head of a Soviet or party body ("Gubkom", "uyezd committee"), a
town the gazetteer knows is one too. Works, mills and railways are named after owners and brands as
often as after towns ("the Morozov mill", "the Zorky factory"), so a gazetteer word alone is not
enough there. A town's own societies, clubs and utilities ("the Quarnock Water Company") name it even
when no list knows it; a known place closes a body's name after "of", "for" or "in", and a region of two
words ("the North Caucasus Kraikom") opens one.

    cands = nested_places(cands, text)
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.en_classify import lexicon_type
from letopis.extract.en_document import Cand
from letopis.extract.en_gazetteer import known_place
from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import (
    ENTERPRISE_HEADS,
    GIVEN_NAMES,
    NOT_NAMES,
    ORG_HEADS,
    PLACES,
    SOVIET_BODIES,
    TITLES,
    is_given,
    is_place,
    is_place_phrase,
)

_WORD = r"[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*"
_LEAD = re.compile(rf"{_WORD}(?:(?:\s?[–—]\s?|\sand\s){_WORD})*")
_JOINED = re.compile(r"\s?[–—]\s?|\sand\s")
# surname and adjective endings of Russian words in transliteration: a works named after a person, or by
# an adjective ("Krasny Proletary"), not after a town
_NOT_A_TOWN = re.compile(
    r"(?:ov|ev|ova|eva|in|ina|yn|sky|skii|ski|skaya|skoi|enko|ich|uk|yuk|ny|nyi|ny|yi|ii|aya|aia|oe|oye|ogo)$")
_RUSSIAN_TOWN = re.compile(r"[a-z]{3,}(?:sk|grad|gorod|opol|ovo|evo|ino)$")
_TOWN_HEADS = frozenset(w.lower() for w in ENTERPRISE_HEADS) | SOVIET_BODIES | {
    "railway", "railroad", "depot", "committee", "soviet", "cooperative", "union", "organisation", "organization",
    "uyezd", "volost", "gubernia", "province", "provincial", "trust", "isolator"}
# bodies of a town's government or party, named by the town ("the Tver Gubkom", "the Kashin uyezd committee")
_BODY_HEADS = SOVIET_BODIES | {"committee", "soviet", "uyezd", "volost", "gubernia", "provincial", "executive",
                               "organisation", "organization", "cooperative", "gubsoyuz", "institute", "polytechnic",
                               "seminary", "gymnasium", "lyceum", "university", "trust", "isolator",
                               # a town's or a county's offices, archives and docks ("the Cornwall Record Office")
                               "record", "archives", "archive", "library", "museum", "council", "docks", "harbour",
                               "constabulary", "police", "infirmary", "corporation", "college", "municipality"}
# a railway named by the towns at its two ends, joined by a hyphen ("the Ryazan-Ural Railway")
_LINE_HEADS = frozenset({"railway", "railroad", "railways", "line"})
_TERMINI = re.compile(r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)+")
# a region named with its kind inside a body's name: "the Ural Oblast Control Commission", "of Sverdlovsk Oblast"
_REGION = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?\s){1,2}(?:Oblast|Gubernia|Guberniia|Guberniya|Uyezd|"
                     r"Uezd|Okrug|Krai|Raion|Rayon|Volost)(?![\w-])")


_REGION_PHRASE = re.compile(r"((?:North|South|East|West|Black|White|Middle|Lower|Upper|Far)\s[A-Z][a-z]+)\s[A-Z]")
_TAIL_PLACE = re.compile(r"\s(?:of|for|in)\s(?:the\s)?([A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)$")


def nested_places(cands: list[Cand], text: str) -> list[Cand]:
    """``cands`` with a place candidate for each place word opening or closing an organisation or enterprise
    name (see the module docstring)."""
    known = {text[c.start : c.end] for c in cands if c.type == "place" and not c.gazetteer and not c.in_title}
    people = {w for c in cands if c.type == "person" for w in text[c.start : c.end].split()}
    taken = {(c.start, c.end) for c in cands if c.type == "place"}
    out = list(cands)
    for c in cands:
        if c.type not in ("organisation", "enterprise") or c.in_title or c.expansion:
            continue
        surface = text[c.start : c.end]
        region = _REGION_PHRASE.match(surface)
        if region and is_place_phrase(region.group(1)) and (c.start, c.start + region.end(1)) not in taken:
            at = c.start + region.end(1)  # "the North Caucasus Kraikom", "the Black Sea Fleet": a region's name
            out.append(replace(c, end=at, type="place", strong=True, titles=(), expansion=None, gazetteer=False,
                               list_id=-1))
            taken.add((c.start, at))
        tail = _TAIL_PLACE.search(surface)
        if tail and _tail_place(tail.group(1)) and (c.start + tail.start(1), c.start + tail.end(1)) not in taken:
            s, e = c.start + tail.start(1), c.start + tail.end(1)  # "the PP OGPU for Siberia", "... of Georgia"
            out.append(replace(c, start=s, end=e, type="place", strong=True, titles=(), expansion=None,
                               gazetteer=False, list_id=-1))
            taken.add((s, e))
        for s, e in _inner_places(surface, c.start):  # "University of Leeds Library", "Anglo-Osaka Bank"
            if (s, e) not in taken:
                out.append(replace(c, start=s, end=e, type="place", strong=True, titles=(), expansion=None,
                                   gazetteer=False, list_id=-1))
                taken.add((s, e))
        written = surface.title() if surface.isupper() else surface  # "QUARNOCK PROVIDENT BANK" as "Quarnock ..."
        lead = _LEAD.match(written)
        if lead is None or (lead.end() == len(surface) and "–" not in surface):
            continue
        head = written[lead.end() :].split() or text[c.end : c.end + 30].split()[:1]  # "the Moscow–Kazan railway"
        if not head or head[0][:1].islower() and not any(w.lower() in _TOWN_HEADS for w in head[:3]):
            continue
        body = any(w.lower().strip("(),.") in _BODY_HEADS for w in head)
        parts = _JOINED.split(lead.group())
        civic = _civic(head, parts, people)
        if head[0].lower().strip("(),.") in _LINE_HEADS:  # "the Samara-Zlatoust Railway": named by its two ends
            parts = [p for part in parts for p in (part.split("-") if _TERMINI.fullmatch(part) else [part])]
            body = True
        pos = 0
        for part in parts:
            at = c.start + written.index(part, pos)
            pos = at - c.start + len(part)
            if (at, at + len(part)) in taken or not (_place_word(part, known, body) or civic):
                continue
            out.append(replace(c, start=at, end=at + len(part), type="place", strong=True, titles=(),
                               expansion=None, gazetteer=False, list_id=-1))
            taken.add((at, at + len(part)))
    return _regions(out, text)


_INNER_OF = re.compile(r"\s(?:of|for|in)\s(?:the\s)?([A-Z][a-z’'-]+)(?=\s[A-Z])")
# "Anglo-Tokyo", "Russo-Persian", "Soviet Kamchatka": a nation's prefix before a place in a firm's name
_NATION_PREFIX = re.compile(r"^(?:(?:Anglo|Russo|Sino|Franco|Italo|Turco|Perso|Indo|Nippo)-|Soviet\s)"
                            r"([A-Z][a-z’'-]+)(?=\s[A-Z])")


def _inner_places(surface: str, base: int) -> list[tuple[int, int]]:
    """A place the lexicon or the gazetteer knows inside a body's name, after "of" ("University of Leeds
    Library") or after a nation's prefix ("Anglo-Tokyo Trading Company", "Soviet Kamchatka Company")."""
    found = [m for m in (*_INNER_OF.finditer(surface), _NATION_PREFIX.match(surface)) if m is not None]
    return [(base + m.start(1), base + m.end(1)) for m in found if _known_town(m.group(1))]


def _known_town(word: str) -> bool:
    """A word the lexicon knows as a place, or the gazetteer with no dictionary word or surname shape."""
    return word not in ORG_HEADS and word not in NOT_NAMES and word not in GIVEN_NAMES and (
        word in PLACES or (known_place(word) and not dictionary_word(word) and not _NOT_A_TOWN.search(word.lower())))


def _regions(cands: list[Cand], text: str) -> list[Cand]:
    """A region named with its kind inside a body's name ("Ural Oblast" of "the Ural Oblast Control Commission"),
    unless it is named after a town the document or the gazetteer knows (then "Tver Gubernia" is Tver's)."""
    places = {text[c.start : c.end] for c in cands if c.type == "place"}
    out = list(cands)
    for c in cands:
        if c.type not in ("organisation", "enterprise") or c.in_title or c.expansion:
            continue
        for m in _REGION.finditer(text, c.start, c.end):
            name = m.group().rsplit(" ", 1)[0]
            if name.split()[0] not in NOT_NAMES | ORG_HEADS and m.group() not in places and \
                    name not in places and not is_place(name):
                out.append(replace(c, start=m.start(), end=m.end(), type="place", strong=True, titles=(),
                                   expansion=None, gazetteer=False, list_id=-1))
                places.add(m.group())
    return out


# A town's own societies, clubs and utilities are named after the town or the district: "the Quarnock Water
# Company", "the Kellwood Liberal Association", "the Glenbarrie Curling Club". Firms are as often named after
# their owners, so only these heads, with plain words between the name and the head, make it a place.
_CIVIC_HEADS = frozenset("society association club league railway railways tramway tramways bank rovers "
                         "wanderers harriers strollers".split())
_UTILITIES = frozenset("water gas railway tramway packet ferry bridge building".split())


def _civic(head: list[str], parts: list[str], people: set[str]) -> bool:
    """Is the body a town's society, club or utility, and each opening word a name nothing else explains?"""
    words = [w.lower().strip("(),.’'") for w in head]
    last = next((k for k, w in enumerate(words) if w in _CIVIC_HEADS or (
        w in ("company", "co") and k > 0 and words[k - 1] in _UTILITIES)), None)
    if last is None or not all(w[:1].isupper() for w in head[: last + 1]):
        return False
    plain = all(dictionary_word(w.strip("’'").rstrip("s")) or w.strip("’'") in ("and", "of")
                for w in words[:last])
    return plain and all(_unknown_name(p, people) for p in parts)


def _unknown_name(word: str, people: set[str]) -> bool:
    """A capitalised word nothing else explains: no dictionary word, given name, person of the document,
    Russian surname or adjective shape, nation's adjective or possessive."""
    return len(word) > 3 and " " not in word and not dictionary_word(word) and not is_given(word) and \
        word not in people and not _NOT_A_TOWN.search(word.lower()) and not _ADJECTIVE.search(word) and \
        "'" not in word and "’" not in word and word.title() not in NOT_NAMES


_ADJECTIVE = re.compile(r"(?:ian|ic|ish|ese|ean)$")  # "the Caledonian Society", "the Baltic Club": no town


def _tail_place(words: str) -> bool:
    """A known place closing a body's name, but no common word a town is also named ("Sons of Temperance")."""
    return known_place(words) and (" " in words or words in PLACES or not dictionary_word(words))


def _place_word(word: str, known: set[str], body: bool) -> bool:
    if word in NOT_NAMES or word in TITLES or word in ORG_HEADS or word in GIVEN_NAMES or word[-1] in "’'":
        return False
    if word in known or word in PLACES:
        return True  # named a place in the document, or a town of the period's list ("the Saratov Gubernia ...")
    if body and _RUSSIAN_TOWN.search(word) and not _NOT_A_TOWN.search(word.lower()):
        return True  # "the Sulinsk Provincial Committee": a Russian town by its ending
    return body and is_place(word) and not _common(word) and not _NOT_A_TOWN.search(word.lower())


def _common(word: str) -> bool:
    from letopis.extract.en_surnames import common_word

    return common_word(word)


# a word inside a body's name that may name a body of its own: an abbreviation ("OGPU" of "the Collegium of the
# OGPU", "VKP(b)" of "the Raikom of the VKP(b)") or a compound ("Dalzoloto" of "the Trust Board of Dalzoloto")
_OF_BEFORE = re.compile(r"\s(?:of|for)\s(?:the\s)?$")
_INNER_BODY = re.compile(r"(?<![\w.’'-])[A-Z][A-Za-z]+(?:\([a-z]\)[A-Z]?)?(?![\w’'-])")


def nested_bodies(cands: list[Cand], text: str) -> list[Cand]:
    """``cands`` with an organisation candidate for each body named inside a longer body's name: a known
    abbreviation of the period's bodies, or a one-word body the document names on its own elsewhere."""
    alone = {text[c.start : c.end] for c in cands if c.type == "organisation" and not c.in_title and
             " " not in text[c.start : c.end].strip()}
    taken = {(c.start, c.end) for c in cands if c.type == "organisation"}
    out = list(cands)
    for c in cands:
        surface = text[c.start : c.end]
        if c.type not in ("organisation", "enterprise") or c.in_title or c.expansion or " " not in surface.strip():
            continue
        for m in _INNER_BODY.finditer(surface):
            s, e = c.start + m.start(), c.start + m.end()
            word = m.group()
            if (s, e) in taken or not (_OF_BEFORE.search(surface[: m.start()]) or (
                    m.start() == 0 and not any(sum(ch.isupper() for ch in w) >= 2 for w in surface.split()[1:]))):
                continue  # (not the "FSB" of an archive's "TsA FSB", nor "SRs" of "Left SRs")
            verdict = lexicon_type([word]) if sum(ch.isupper() for ch in word) >= 2 else None
            if verdict is not None and verdict.type == "organisation" and verdict.expansion:
                out.append(replace(c, start=s, end=e, type="organisation", strong=True, titles=(),
                                   expansion=verdict.expansion, gazetteer=False, list_id=-1))
            elif word in alone:
                out.append(replace(c, start=s, end=e, type="organisation", strong=True, titles=(),
                                   expansion=None, gazetteer=False, list_id=-1))
            else:
                continue
            taken.add((s, e))
    return out


# an institution named by the street, county or town it stands in, with a lower-case head: "the Tamarack Street
# school", "the Boone County chapter", "Tacoma high school" (a church is a building as often as a body, and "the
# Tver branch" a branch of some body in Tver: both left alone)
_INSTITUTION_AFTER = re.compile(r"[ \t]+(?:(?:high|public|grammar|night|primary|secondary|normal|parish|girls['’]|"
                                r"boys['’])[ \t]+)?(?:school|chapter|hospital|library|club|society|committee|"
                                r"academy|college|seminary|gymnasium|institute|lodge|cooperative|co-operative)(?![\w-])")


def place_bodies(cands: list[Cand], text: str) -> list[Cand]:
    """``cands`` with an organisation for each place followed by an institution's lower-case head; the place stays
    as a mention of its own."""
    taken = {(c.start, c.end) for c in cands if c.type in ("organisation", "enterprise")}
    out = list(cands)
    for c in cands:
        m = _INSTITUTION_AFTER.match(text, c.end) if c.type == "place" and c.strong and not c.in_title else None
        if m is not None and (c.start, m.end()) not in taken and \
                not any(o.start <= c.start and m.end() <= o.end and o.type != "place" for o in cands):
            out.append(replace(c, end=m.end(), type="organisation", titles=(), expansion=None, gazetteer=False,
                               list_id=-1))
            taken.add((c.start, m.end()))
    return out
