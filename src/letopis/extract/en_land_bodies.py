"""Bodies named after their territory: "the Kamyshin uyezd militia", "the Penza gubernia land department",
"the Narva raion committee". The territory ("Kamyshin uyezd") stays a place inside the body.

    cands = land_bodies(cands, text)
"""

from __future__ import annotations

import re

from letopis.extract.en_document import Cand
from letopis.extract.lexicon import ORG_ABBREVIATIONS

_LAND_UNIT = re.compile(r"\s(?:uyezd|uezd|volost|gubernia|guberniya|guberniia|okrug|raion|rayon|oblast|district|"
                        r"krai|region)$")
_BODY_AFTER = re.compile(
    r"\s+(?:(?:land|food|education|health|finance|labour|labor|women['’]s|agitation|political|military|"
    r"executive|trade[- ]union|party|police|statistical|planning|supply|control|purge|Komsomol)\s+)?"
    r"(?:militia|committee|soviet|department|section|commission|council|court|bureau|ispolkom|revkom|"
    r"executive\s+committee|trade[- ]union\s+council|party\s+committee|procurator['’]s\s+office)\b")


_OF_BODY = re.compile(r"\s+of\s+the\s+([A-Z][A-Za-z]*(?:\([a-z]\))?)")


def land_bodies(cands: list[Cand], text: str) -> list[Cand]:
    """A place ending in a territorial unit and followed by a body's head noun in lower case: the body too."""
    out = list(cands)
    for c in cands:
        if c.type != "place" or not _LAND_UNIT.search(text, c.start, c.end):
            continue
        m = _BODY_AFTER.match(text, c.end)
        if m is None:
            continue
        end = m.end()
        if any(o.type in ("organisation", "enterprise") and o.start <= c.start and o.end >= end for o in out):
            continue  # a longer body already holds it
        out = [o for o in out if not (o.type in ("organisation", "enterprise") and c.start <= o.start < end)]
        parent = _OF_BODY.match(text, end)  # "the Tula okrug department of the OGPU": the body it belongs to
        if parent and parent.group(1) in ORG_ABBREVIATIONS:
            end = parent.end()  # (the OGPU stays a mention of its own inside)
        out.append(Cand(c.start, end, "organisation", True, c.segment))
    return out
