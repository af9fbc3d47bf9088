"""Shipping news in old newspapers: "ARRIVED.—Oct. 12, Emma Jane (s.s.), Trethewey, from Cardiff".

An entry names the vessel, then its master, then the port it came from or sails for. The vessel's
name is no person and no place, however much it looks like one; the master is a person.

    vessels, masters = shipping_entries(segment_text, segment_start)
"""

from __future__ import annotations

import re

# a heading or word that opens a list of shipping movements
_CUE = re.compile(r"\b(?:ARRIVED|SAILED|CLEARED|ENTERED|Arrived|Sailed|Cleared|Entered|PORT OF|SHIPPING)\b")
_ENTRY = re.compile(
    r"(?:^|(?<=[—;:]\s)|(?<=[—;:])|(?<=\d,\s)|(?<=\.\s)|(?<=\.—))"
    r"(?P<vessel>[A-Z][\w'’.-]*(?:\s(?:&\s|and\s)?[A-Z][\w'’.-]*){0,3})"
    r"(?:\s?\([^()]{1,12}\))?,\s"
    r"(?P<master>[A-Z][a-z][\w'’-]+),\s(?:from|for)\s",
    re.MULTILINE,
)


_BARE_ENTRY = re.compile(  # "SAILED.—Oct. 14, Annie Treloar, for Lisbon": a vessel without its master
    r"(?:(?<=\d,\s)|(?<=;\s))"
    r"(?P<vessel>[A-Z][\w'’.-]*(?:\s(?:&\s|and\s)?[A-Z][\w'’.-]*){0,3})"
    r"(?:\s?\([^()]{1,12}\))?,\s(?:from|for)\s"
)


def shipping_entries(text: str, base: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(vessel spans, master spans) of the shipping entries in ``text``, offset by ``base``."""
    if not _CUE.search(text):
        return [], []
    vessels, masters = [], []
    for m in _ENTRY.finditer(text):
        vessels.append((base + m.start("vessel"), base + m.end("vessel")))
        masters.append((base + m.start("master"), base + m.end("master")))
    for m in _BARE_ENTRY.finditer(text):
        vessels.append((base + m.start("vessel"), base + m.end("vessel")))
    return vessels, masters
