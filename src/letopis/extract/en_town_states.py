"""Abbreviated states and counties after a town: "Nashville, Tenn.", "Winthorpe, Notts", and datelines in
capitals ("PAXTON, ILL., THURSDAY"): each abbreviation is a place under the state's or county's name. The town
of a telegraph dateline ("PERTH, May 9.", "Tarvel, Oct. 12.-The lodge met") is a place too.

    cands = town_states(cands, text, segments)
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.en_document import Cand, instead
from letopis.extract.lexicon import NOT_NAMES, is_given
from letopis.extract.place_abbreviations import COUNTY_NAMES, STATE_NAMES
from letopis.model import Segment

_STATE_AFTER_TOWN = re.compile(
    r"[A-Z][a-z]{2,},\s(" + "|".join(sorted((k.replace(".", r"\.\s?") for k in STATE_NAMES), key=len, reverse=True)) +
    r")(?=\.)")
# a dateline in capitals: "PAXTON, ILL., THURSDAY": the town and its state
_STATE_AFTER_TOWN_CAPS = re.compile(
    r"\b([A-Z]{3,}(?:\s[A-Z]{3,})*),\s(" +
    "|".join(sorted((k.upper().replace(".", r"\.\s?") for k in STATE_NAMES), key=len, reverse=True)) + r")\.(?=,)")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a dateline of telegraph news: "PERTH, May 9.", "ST. JOHN'S, Nov. 3": the town in capitals, then the date
_MONTH_DATELINE = re.compile(
    r"^[ \t]*((?:ST\.\s|SAN\s|LA\s|NEW\s|PORT\s)?[A-Z][A-Z'’]{2,}(?:[\s-][A-Z][A-Z'’]{2,}){0,2}),\s"
    r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s?\d|^[ \t]*((?:ST\.\s|SAN\s|LA\s|NEW\s|PORT\s)?[A-Z][A-Z'’]{2,}"
    r"(?:[\s-][A-Z][A-Z'’]{2,}){0,2}),\s" + _MONTHS + r"\s\d", re.MULTILINE)
# a diary's or a letter's dateline, a line of its own: "Tarvelo, 30 September 1924", "Old Dolgany, May 3, 1919."
_LINE_DATELINE = re.compile(
    r"^[ \t]*([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}),\s(?:\d{1,2}(?:st|nd|rd|th)?\s" + _MONTHS + r",?\s\d{4}|"
    + _MONTHS + r"\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})\.?[ \t]*$", re.MULTILINE)
# a news item's dateline opening its paragraph: "Tarvel, Oct. 12.-The lodge met", "Kessel, Nebr., May 3.—A"
_RUNNING_DATELINE = re.compile(
    r"^[ \t]*([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?),\s(?:[A-Z][a-z]{1,4}\.,\s)?(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|"
    r"Nov|Dec)\.|" + _MONTHS + r")\s?\d{1,2}\.?\s?[-—–]", re.MULTILINE)
_DAY = re.compile(r"MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY")
_COUNTY_AFTER_TOWN = re.compile(r"[A-Z][a-z]{2,},\s(" + "|".join(sorted(COUNTY_NAMES)) + r")\b\.?(?=[,;:.\s])")


def town_states(cands: list[Cand], text: str, segments: tuple[Segment, ...]) -> list[Cand]:
    """"Nashville, Tenn.": the abbreviated state after a town is a place, under the state's name (added after
    the lists are typed: "S. T. Hollister, Baltimore, Md." is a person, a town and a state, not a list)."""
    out = list(cands)
    for seg in segments:
        for m in _STATE_AFTER_TOWN.finditer(text, seg.start, seg.end):
            s, e = m.start(1), m.end(1) + ("." in m.group(1))  # "D. C." keeps its last dot, "Tenn" is the word
            state = STATE_NAMES[m.group(1).replace(" ", "")]
            out = instead(out, Cand(s, e, "place", True, seg.index, expansion=state))
            out = [replace(c, type="place", strong=True) if c.end == m.start(1) - 2 and c.type == "person" and
                   not c.titles and " " not in text[c.start : c.end] else c for c in out]  # "Brooklyn, L. I."
        for m in _STATE_AFTER_TOWN_CAPS.finditer(text, seg.start, seg.end):
            state = STATE_NAMES[next(k for k in STATE_NAMES if k.upper() == m.group(2).replace(" ", ""))]
            out = instead(out, Cand(m.start(2), m.end(2) + ("." in m.group(2)), "place", True, seg.index,
                                    expansion=state))
            if not any(c.start <= m.start(1) and m.end(1) <= c.end and c.type != "unknown" for c in out):
                out = instead(out, Cand(m.start(1), m.end(1), "place", True, seg.index))
        for m in _MONTH_DATELINE.finditer(text, seg.start, seg.end):
            g = 1 if m.group(1) else 2
            if _DAY.fullmatch(m.group(g)):
                continue  # "FRIDAY, Sept. 4, at noon": the day of a sale, not a town
            if not any(c.start <= m.start(g) and m.end(g) <= c.end and c.type in ("place", "organisation")
                       for c in out):  # "GPU, Oct. 3" stays the body it is
                out = instead(out, Cand(m.start(g), m.end(g), "place", True, seg.index))
        for m in _RUNNING_DATELINE.finditer(text, seg.start, seg.end):
            if not any(c.start <= m.start(1) < c.end and (c.titles or c.type not in ("person", "unknown", "place"))
                       for c in out) and not is_given(m.group(1).split()[0]) and m.group(1) not in NOT_NAMES:
                out = instead(out, Cand(m.start(1), m.end(1), "place", True, seg.index))
        for m in _LINE_DATELINE.finditer(text, seg.start, seg.end):
            words = m.group(1).split()
            if _DAY.fullmatch(m.group(1).upper()) or (len(words) > 1 and is_given(words[0])) or any(
                    c.start <= m.start(1) < c.end and (c.titles or c.type not in ("person", "unknown")) for c in out):
                continue  # "Friday, 3 May 1919", "Anna Vesk, 3 May 1919": a day or a signature, not a town
            out = instead(out, Cand(m.start(1), m.end(1), "place", True, seg.index))
        for m in _COUNTY_AFTER_TOWN.finditer(text, seg.start, seg.end):
            s, e = m.start(1), m.end(1)
            out = instead(out, Cand(s, e, "place", True, seg.index, expansion=COUNTY_NAMES[m.group(1)]))
    return out
