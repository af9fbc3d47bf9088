"""Countries named as states: "a king of Portugal", "the minister of France", "the court of Spain".

After a lower-case ruler, envoy or state-body noun and "of", a country's name stands for the state
(its crown and government), not for the land: such a place mention becomes an organisation. A
capitalised title ("King of France") is a person's designation, whose country stays a place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.en_document import Cand
from letopis.extract.en_gazetteer import country, long_s_reading

_WORD = re.compile(r"[a-z]+")

_STATE_OF = re.compile(
    r"\b(?:kings?|queens?|emperors?|empress|monarchs?|sovereigns?|dowager|regents?|crown|throne|court|"
    r"government|ministers?|ministry|cabinet|ambassadors?|envoys?|consuls?|plenipotentiar(?:y|ies)|"
    r"chargé\s+d'affaires)\s+of\s+(?:the\s+)?$"
)


def states_as_organisations(cands: list[Cand], text: str) -> list[Cand]:
    """Retype "<ruler or envoy> of <country>" country mentions as organisations."""
    out = []
    for c in cands:
        if c.type != "place":
            out.append(c)
            continue
        before = text[max(0, c.start - 40) : c.start].replace("\n", " ")
        before = _WORD.sub(lambda m: long_s_reading(m.group()) or m.group(), before)  # "the minifter of"
        if (_STATE_OF.search(before) or _POLITY_OF.search(before)) and country(text[c.start : c.end]):
            ruler = _RULER_OF.search(text[max(0, c.start - 40) : c.start])
            if ruler and ruler.group(1) not in ("kings", "queens", "emperors") and not _SOME_BEFORE.search(
                    text[max(0, c.start - len(ruler.group()) - 12) : c.start - len(ruler.group())]):
                # "the queen of England" is a person and England the state; "a king of Portugal" is no one
                # in particular
                out.append(Cand(c.start - len(ruler.group()), c.end, "person", True, c.segment, (ruler.group(1),)))
            c = replace(c, type="organisation", strong=True, gazetteer=False)
        out.append(c)
    return out


# The state's institutions and offices: "the Constitution of the United States", "Vice President of France".
_POLITY_OF = re.compile(
    r"\b(?:constitution|(?:vice[- ])?president|presidency|congress|senate|legislature|parliament|treasury|navy|"
    r"army|armies|flag|laws|representatives|citizens)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SOME_BEFORE = re.compile(r"\b(?:an?|one|two|three|four|five|several|many|every|any|no)\s+$", re.IGNORECASE)
_RULER_OF = re.compile(
    r"\b(kings?|queens?|emperors?|empress|tsar|czar|tsarina|sultan|shah|monarch|sovereign|regent|"
    r"prince|princess|duke|duchess|archduke|doge|pope|dauphin)(?:\s+(?:dowager|regent|consort))?"
    r"\s+of\s+(?:the\s+)?$")
