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
    r"(?:^|(?<=[—;:]\s)|(?<=[—;:])|(?<=\d,\s)|(?<=\.\s)|(?<=\.—)|(?<=\.-))"
    r"(?P<vessel>[A-Z][\w'’.-]*(?:\s(?:&\s|and\s|of\s|de\s|la\s|del\s)?[A-Z][\w'’.-]*){0,3})"
    r"(?:\s?\([^()]{1,12}\))?,\s"
    r"(?:(?:barque|bark|brig|schooner|ship|steamer|sloop|brigantine|ketch|s\.\s?s\.),\s)?"  # her rig, her tonnage,
    r"(?:\d[\d,]*\stons,\s)?(?:\([A-Z][a-z]{0,3}\.\)\s)?"  # her flag: "Fair Agnes, barque, 412 tons, Skelton"
    r"(?P<master>[A-Z](?:[a-z]|['’][A-Z])[\w'’-]+),\s(?:\d{1,3}\sdays\s)?(?:from|for)\s",  # ("M'Quarrie")
    re.MULTILINE,
)


_BARE_ENTRY = re.compile(  # "SAILED.—Oct. 14, Annie Treloar, for Lisbon": a vessel without its master
    r"(?:(?<=\d,\s)|(?<=;\s)|(?<=\.—)|(?<=\.\s—\s)|(?<=[A-Za-z]:\s))"
    r"(?P<vessel>[A-Z][\w'’.-]*(?:\s(?:&\s|and\s)?[A-Z][\w'’.-]*){0,3})"
    r"(?:\s?\([^()]{1,12}\))?,\s(?:from|for)\s"
)


# "The Minnie Castle, Capt. Josiah Orme, arrived", "Lady Evelyn, barque, 412 tons": a vessel by its master or rig
_RIGGED = re.compile(
    r"(?:^|(?<=[.;—]\s)|(?<=\bthe\s)|(?<=\bThe\s)|(?<=\.—))"
    r"(?P<vessel>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}),\s(?:(?:Capt|Captain|Master)\.?\s[A-Z]|"
    r"(?:barque|bark|brig|schooner|ship|steamer|sloop|brigantine|ketch|cutter),)",
    re.MULTILINE)


def rigged_vessels(text: str, base: int) -> list[tuple[int, int]]:
    """Spans of vessels named before their master's title or their rig."""
    return [(base + m.start("vessel"), base + m.end("vessel")) for m in _RIGGED.finditer(text)]


def shipping_entries(text: str, base: int, cued: bool = False) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(vessel spans, master spans) of the shipping entries in ``text``, offset by ``base`` (``cued``: a
    paragraph of a shipping column whose heading, "ARRIVED.", stands in a paragraph before it)."""
    if not cued and not _CUE.search(text):
        return [], []
    vessels, masters = [], []
    for m in _ENTRY.finditer(text):
        vessels.append((base + m.start("vessel"), base + m.end("vessel")))
        masters.append((base + m.start("master"), base + m.end("master")))
    for m in _BARE_ENTRY.finditer(text):
        vessels.append((base + m.start("vessel"), base + m.end("vessel")))
    return vessels, masters


_VESSEL_NOUNS = (r"schr|schooner|sloop|brig|brigantine|bark|barque|ship|steamer|steamboat|steamship|str|stmr|"
                 r"frigate|packet|yacht|gunboat|whaler|ice-?breaker|liner|trawler|tug|tugboat|collier|cruiser|"
                 r"battleship|destroyer|dredger|sealer|motor-?ship|s\.\s?s")
_VESSEL_BEFORE = re.compile(  # (a line break may stand between the noun and the name, not a paragraph's)
    rf"\b(?:{_VESSEL_NOUNS})\.?,?[ \t]*\n?[ \t]*(?<=\s)(?:(?:Gen|Capt|Col|Com|Adm|Gov|Pres)\.\s?)?\Z", re.IGNORECASE)
# "the ice-breaker Tarvel", "by the steamer Kessel", "s.s. Kessel": a vessel named anywhere in running text
_NAMED_VESSEL = re.compile(rf"\b(?i:{_VESSEL_NOUNS}|(?:schr|str|stmr|s\.\s?s)\.)[ \t]+"
                           r"(?P<name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)")
# "brig Ocean Queen, Hudson,": the master named after the vessel
MASTER_BEFORE = re.compile(
    r"\b(?i:schr|schooner|sloop|brig|brigantine|bark|barque|ship|steamer|steamship|str|stmr|packet)\.?\s+"
    r"(?:[A-Z][\w.'’]*\s){0,3}[A-Z][\w.'’]*,\s+$")


# "schr. Jenny Quell, Sandusky, salt.": after the vessel and her port, the cargo in lower case (not "11 days from")
_CARGO = re.compile(r"^,\s(?!(?:days|hence|from|for|with|in|at|to|arrived|sailed|cleared|went|put|reports?|ashore|"
                    r"loading|discharging|master)\b)[a-z]+(?:\s(?:and\s)?[a-z]+){0,2}[.;,]")


def cargo_after(after: str) -> bool:
    """Does ``after`` (the text after a name in a shipping entry) give a cargo, so the name is the port?"""
    return _CARGO.match(after) is not None


def vessel_before(before: str) -> bool:
    """Does ``before`` end with a vessel noun ("Schr.", "the sloop", "brig"), so a name after it is a ship's?"""
    return _VESSEL_BEFORE.search(before) is not None


def named_vessels(text: str) -> set[str]:
    """The names the document gives right after a vessel noun: the same name is the ship wherever it stands
    again ("the ice-breaker Tarvel ... Late that evening the Tarvel reached the party")."""
    return {m.group("name") for m in _NAMED_VESSEL.finditer(text)}


# a Russian surname after "the" and before a verb or a stop: a thing named after a man (a ship, an ice-breaker,
# a works: "the Tarvelin had taken us through", "what the Orlikov had done"); a man is never "the Orlikov"
_THE_SURNAME = re.compile(r"\b[Tt]he (?P<name>[A-Z][a-z]+(?:ov|ev|in|yn|sky|skii|skiy|ski))(?= (?:had|has|was|is|were|"
                          r"left|sailed|reached|arrived|lay|stood|steamed|came|went|took|brought|broke|could|would|"
                          r"will|did)\b|[,.;:])")


def named_after_men(text: str) -> set[str]:
    """The Russian surnames the document writes after "the" as a thing's name (see ``_THE_SURNAME``)."""
    return {m.group("name") for m in _THE_SURNAME.finditer(text)}


def in_shipping_column(text: str, segments: list[tuple[int, int]], reach: int = 3) -> set[int]:
    """Indexes of the segments within ``reach`` paragraphs after one with a shipping heading ("SAILED.")."""
    cues = [k for k, (s, e) in enumerate(segments) if _CUE.search(text, s, e)]
    return {k for c in cues for k in range(c, min(c + reach + 1, len(segments)))}


def vessel_names(text: str, segments: list[tuple[int, int]], column: set[int] | None = None) -> set[str]:
    """The names of the vessels the document's shipping entries give: the same name is the ship wherever
    the page speaks of it again ("The Hilda Marten will discharge at the staithe"). ``column``: the
    segments of a shipping column, when the caller has them (``in_shipping_column``)."""
    out: set[str] = set()
    column = in_shipping_column(text, segments) if column is None else column
    for k, (start, end) in enumerate(segments):
        seg = text[start:end]
        vessels, _ = shipping_entries(seg, start, cued=k in column)
        for s, e in vessels + rigged_vessels(seg, start):
            out.add(text[s:e])
    return out


# a freight market's line: "Tarvel to Ostrand, 4,000 tons barley", "Kessary to Morvant, 3,500 qrs. maize"
_CARGO_ROUTE = re.compile(r"^[ \t]*(?P<a>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) to (?P<b>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),"
                          r"[ \t]+[\d,.]+[ \t]*(?:tons|tonnes|tns|qrs|quarters|poods|bags|bales|cases|standards)\b",
                          re.MULTILINE)


def cargo_routes(text: str, base: int) -> list[tuple[int, int]]:
    """(start, end) of both ports of each freight line in ``text`` (see ``_CARGO_ROUTE``)."""
    return [(base + m.start(g), base + m.end(g)) for m in _CARGO_ROUTE.finditer(text) for g in ("a", "b")]
