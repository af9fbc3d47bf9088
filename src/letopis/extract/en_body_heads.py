"""Bodies and works named by a name and a lower-case head noun: "the Zolotaya Griva mine", "the Yermolin
trading house", "the Kerbent monastery", "the Sarykol frontier post", "the Tallow firm", "the Tallow store".

A name typed alone as a person, a place by its shape only, or nothing, is the name of the body or works
whose head noun follows it after "the" (a title read before "of the" is no title of it: "agents of the
Yermolin trading house"); a surname there is the owner's and no mention of a person. A place stays a place
beside its own posts, stations, monasteries and camps ("the Kerbent frontier post": a post, at Kerbent); a
town the lexicon or the gazetteer knows names nothing else this way ("the Tver branch", "a London firm" are some
body's, named apart). Works heads the context rules also know ("works", "mill") are here for the names those
rules leave untyped ("the Tallow silk-winding works").

    cands = headed_bodies(cands, text)

A saint's name before "church", "parish" or "chapel" ("St. Tarvin's church", "the bells of St. Kessel church")
names the church, a body the way the field's gold lists a congregation, and no place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.en_document import Cand, instead
from letopis.extract.en_gazetteer import known_place

_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Hh]is)\s+$")
# an optional lower-case modifier ("frontier post", "silk-winding works", "trading house"), then the head
_HEAD_AFTER = re.compile(
    r"\s+(?:(?P<mod>[a-z]+(?:-[a-z]+)?)\s+)?(?P<head>mine|mines|fishery|fisheries|concession|plantation|ginnery|"
    r"works|factory|mill|mills|plant|workshops|"
    r"monastery|lamasery|khure|firm|house|branch|office|agency|post|detachment|garrison|station|camp|store|stores|"
    r"shop)\b(?!-)")
_ENTERPRISE_HEADS = frozenset({"mine", "mines", "fishery", "fisheries", "concession", "plantation", "ginnery",
                               "house", "works", "factory", "mill", "mills", "plant", "workshops"})
# heads that name a body only after the modifier that says what kind ("the Sarykol frontier post", not "the
# Times office" or "the Pike house")
_MODIFIED_ONLY = {"house": {"trading", "commercial", "banking", "publishing"},
                  "post": {"frontier", "border", "customs", "police", "trading", "militia", "guard"},
                  "station": {"police", "militia", "experimental", "agricultural", "research", "machine-tractor",
                              "veterinary", "meteorological"},
                  "office": {"district", "branch", "regional", "head", "main", "trading", "customs", "land"},
                  "detachment": {"frontier", "border", "partisan", "food", "punitive", "guard", "militia"},
                  "branch": {"local", "district", "regional", "provincial", "city", "bank", "party"},
                  "agency": {"trade", "trading", "purchasing", "shipping", "news", "telegraph", "press"}}

# what a known town names as its own institution (a post, a monastery, a station), not a branch, firm or works
_TOWNS_OWN = frozenset({"monastery", "lamasery", "khure", "post", "detachment", "garrison", "station", "camp"})


def headed_bodies(cands: list[Cand], text: str) -> list[Cand]:
    """Add the body (or works) a name and its lower-case head noun make; a surname before it is no person."""
    out = list(cands)
    for c in cands:
        if c.in_title or c.type not in ("person", "place", "unknown"):
            continue
        surface = text[c.start : c.end]
        if len(surface.split()) > 3 or surface.endswith(("'s", "’s")) or "\n" in surface or \
                not _THE_BEFORE.search(text[max(0, c.start - 8) : c.start]):
            continue
        m = _HEAD_AFTER.match(text, c.end)
        if m is None:
            continue
        head, mod = m.group("head"), m.group("mod")
        if head in _MODIFIED_ONLY and mod not in _MODIFIED_ONLY[head]:
            continue
        if mod in ("of", "and", "or", "is", "was", "in", "at", "to", "had", "has", "were", "are"):
            continue
        kind = "enterprise" if head in _ENTERPRISE_HEADS and mod not in ("publishing",) else "organisation"
        town = c.type == "place" and known_place(surface)
        if town and head not in _TOWNS_OWN:
            continue  # "the Tver branch", "a London firm", "the Bodaibo mines": of a body or works named apart
        body = Cand(c.start, m.end(), kind, True, c.segment)
        nested = town or (c.type == "place" and head in _TOWNS_OWN)  # "the Solovetsky camp": a camp, and its place
        out = out + [body] if nested else instead(out, body)
    return out


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|SS\.)\s")
_CHURCH_AFTER = re.compile(r"(?:['’]s)?(?:\s+[A-Z][a-z]+){0,2}\s+(?:church|cathedral|chapel|parish|congregation)\b")


def saints_churches(cands: list[Cand], text: str) -> list[Cand]:
    """A saint's name typed a place is the church it names when "church", "parish" or "chapel" follows."""
    out = []
    for c in cands:
        if c.type == "place" and _SAINT.match(text, c.start) and _CHURCH_AFTER.match(text, c.end):
            c = replace(c, type="organisation", strong=True, gazetteer=False)
        out.append(c)
    return out
