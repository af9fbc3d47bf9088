"""Alias cues read from the text right after a mention: "X (known in the RCP as Y)", "Y (formerly X)".

English: known as, also known as, a.k.a., alias, pseudonym, party name, real name, called "Y",
née, born, formerly, now, today, renamed; Russian: он же / она же, урождённая,
бывший, ныне, псевдоним, кличка, известный как. Also "Full Name (ABBR)" when the
letters of ABBR are the initials of the full name.

Each cue gives a link from the mention to the name after the cue, and to the mention
that covers that name if there is one (then the two entities are merged).

A renaming cue (formerly, now, бывший, ныне, née, ...) names the mention it directly
follows, so it needs a bracket, comma or dash right after that mention: in "Dubrovin (a
former Menshevik now in the RCP)" the "now" after "Menshevik" describes the person's
party history, not a renaming of the RCP. A captured name that starts with a preposition
("in the RCP") is never a name, nor one covered by a mention of another family ("Ardov
(formerly Menshevik)": the name is a party's, not the person's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from letopis.resolve.acronyms import abbreviation_links, readings

# A cue word -> the kind of the name that follows it.
_CUES: tuple[tuple[str, str], ...] = (
    (r"(?:also\s+)?known(?:\s+in\s+[^()\n]{1,40}?)?\s+(?:as|under\s+the\s+(?:alias|name|nickname)(?:\s+of)?)", "alias"),
    (r"a\.?\s?k\.?\s?a\.?", "alias"),
    (r"alias(?:es)?", "alias"),
    (r"real\s+name(?:\s+was)?", "alias"),
    (r"(?:also\s+)?(?:uses|used|using|goes\s+by|went\s+by)\s+the\s+(?:sur)?name(?:\s+of)?", "alias"),
    (r"(?:living|lives|lived|working|works|worked)\s+under\s+the\s+(?:sur)?name(?:\s+of)?", "alias"),
    (r"who\s+(?:also\s+)?(?:goes|went|is\s+known|was\s+known)\s+by\s+the\s+(?:sur)?name(?:\s+of)?", "alias"),
    # "Akim Lykov, whom everyone calls Sych", 'Pinsker, whom the carters call "Kosoi"': what his own people call him
    (r"whom\s+(?:we|they|everyone|everybody|people|(?:the|his|her|their|our)\s+\w+)\s+(?:calls|called|call)\b",
     "pseudonym"),
    (r"(?:party\s+|under\s+the\s+)?(?:pseudonyms?|nicknames?|party\s+names?|nom\s+de\s+guerre)", "pseudonym"),
    (r"(?<!so-)(?<!so\s)(?:called|nicknamed|dubbed)(?=\s*[«\"“])", "pseudonym"),  # 'Pupyrkin, called "Zhorka"'
    (r"née|nee|born", "former"),
    (r"formerly(?:\s+called)?|previously|former", "former"),
    (r"now(?:\s+called)?|today|renamed(?:\s+to)?|later", "current"),
    (r"он\s+же|она\s+же|оно\s+же|известн\w+\s+как", "alias"),
    (r"урожд(?:е|ё)нн\w+|урожд\.", "former"),
    (r"бывш(?:ий|ая|ее|ие|его|ей|\.)", "former"),
    (r"ныне|теперь|впоследствии", "current"),
    (r"(?:партийн\w+\s+)?псевдоним\w*|(?:известн\w+\s+)?(?:под\s+|по\s+)?(?:кличк\w+|прозвищ\w+)", "pseudonym"),
)
_CUE = "|".join(f"(?P<c{i}>{pat})" for i, (pat, _) in enumerate(_CUES))
_AFTER = re.compile(
    rf"^[»\"”']?\s*(?P<open>\(|,|—|–|-)?\s*(?P<cue>{_CUE})\s*[:,]?\s*[«\"“']?(?P<name>[A-ZА-ЯЁ][^()\n,;«»\"”]{{0,60}}?)"
    r"\s*[»\"”']?\s*(?=\)|,|;|\.(?:\s|$)|$|\s\[|\((?:\d|b\.|d\.|born|died))",
    re.IGNORECASE,
)
# a second and later name of a list after a cue: 'pseudonyms "Tikhon", "Starik"'
_MORE = re.compile(r"[»\"”']?\s*(?:,|\bor\b|\band\b)\s*(?:and\s+|or\s+)?[«\"“']"
                   r"(?P<name>[A-ZА-ЯЁ][^()\n,;«»\"”]{0,60}?)[»\"”']")
# a quoted name in brackets right after a person: Dmytro Kovtunenko ("Lysy"), Петров («Дядя»)
_QUOTED_BRACKET = re.compile(r"^\s*\(\s*[«\"“](?P<name>[A-ZА-ЯЁ][^()\n«»\"”]{0,40}?)[»\"”]\s*[),]")
# a married or other name in brackets with its title right after a person: Vera Lisko (Mrs. Vera Tannberg)
_TITLED_BRACKET = re.compile(r"^\s*\(\s*(?:Mrs|Mr|Miss|Mme|Madame|Frau|Herr)\.?\s+(?P<name>[A-Z][^()\n,;]{1,40}?)\s*\)")
_SPELLING_BRACKET = re.compile(r"^\s*\(\s*(?P<name>[A-ZА-ЯЁ][^\W\d_]{2,}(?:-[A-ZА-ЯЁ][^\W\d_]+)?)\s*\)")
_ABBR = re.compile(r"^\s*\(\s*(?P<name>[A-ZА-ЯЁ][A-ZА-ЯЁ()\-]{1,11})\s*[),]")
# a short name, then the full one in brackets: "GATsO (State Archive of Tarvela Oblast)"
_EXPANSION = re.compile(r"^\s*\(\s*(?P<name>[A-ZА-ЯЁ][^()\n;]{5,90}?)\s*\)")
_SMALL = frozenset(
    ["of", "and", "the", "for", "in", "on", "at", "to", "de", "du", "la", "и", "в", "по", "для", "при"]
)
_FAMILIES = {"person": "person", "place": "place", "organisation": "org", "enterprise": "org",
             "publication": "org", "event": "event"}  # fmt: skip
WINDOW = 120
# "renamed", "now called": the cues that rename a body (a bare "later" or "former" names a member's other side)
_RENAMED = re.compile(r"renamed|re-named|(?:now|later|formerly)\s+called|переименован|ныне|теперь", re.IGNORECASE)
_GLOSS = re.compile(r"^\s[–—]\s(?P<name>[A-Z][^;\n.()]{5,80}?)(?=;|\.(?:\s|$)|\n|$)")
_RENAMING = frozenset(["former", "current"])
# A name never starts with one of these (compared in lower case).
_PREPOSITIONS = frozenset(
    "in into at on of to from with by for under among near inside within over through "
    "в во на с со из к ко у о об обо при по за под над до от для".split()
)


@dataclass(frozen=True)
class AliasLink:
    """Mention ``a`` (a row index) is also called ``name`` (of ``kind``), found at ``start:end``."""

    a: int
    name: str
    kind: str  # alias | pseudonym | former | current
    start: int
    end: int
    b: int | None = None  # row index of the mention covering the name, when there is one


def acronym_of(name: str) -> str:
    """The initials of the significant words of ``name``: "Russian Communist Party" -> "RCP"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SMALL]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def find_aliases(text: str, spans: Sequence[tuple[int, int, int, str]]) -> list[AliasLink]:
    """Alias links in one document; ``spans`` are (row index, start, end, type) sorted by start."""
    out: list[AliasLink] = []
    for k, (row, start, end, type_) in enumerate(spans):
        if type_ not in _FAMILIES:
            continue
        window = text[end : end + WINDOW]
        link = _cue_link(row, end, window, type_) or _abbr_link(row, text[start:end], end, window, type_) or (
            _quoted_link(row, end, window) or _quoted_link(row, end, window, _TITLED_BRACKET) or
            _spelling_link(row, text[start:end], end, window) if type_ == "person" else None) or (
            _gloss_link(row, text[start:end], end, window) if _FAMILIES[type_] == "org" else None)
        if link is None:
            continue
        for one in [link, *_more_names(link, text)]:
            if _foreign(spans, k, one.start, one.end, type_):
                continue
            b = _covering(spans, k, one.start, one.end, type_)
            out.append(AliasLink(one.a, one.name, one.kind, one.start, one.end, b))
    linked = {(link.a, link.b) for link in out} | {(link.b, link.a) for link in out}
    where = {row: (start, end) for row, start, end, _ in spans}
    for a, b in abbreviation_links(text, spans, frozenset({"organisation", "enterprise"})):
        if (a, b) not in linked:  # "RGVA" and, elsewhere in the document, the "Russian State Military Archive"
            out.append(AliasLink(a, text[where[b][0] : where[b][1]], "alias", where[b][0], where[b][1], b))
    return out


def _quoted_link(row: int, end: int, window: str, bracket: re.Pattern[str] = _QUOTED_BRACKET) -> AliasLink | None:
    m = bracket.match(window)
    if m is None:
        return None
    return AliasLink(row, m.group("name"), "alias", end + m.start("name"), end + m.end("name"))


def _spelling_link(row: int, surface: str, end: int, window: str) -> AliasLink | None:
    """The same surname in another spelling, in brackets: Ostap Hrebenko (Grebenko), Tarvītis (Tarvit)."""
    m = _SPELLING_BRACKET.match(window)
    if m is None or not surface.split():
        return None
    last, other = surface.split()[-1].lower(), m.group("name").lower()
    if other == last or SequenceMatcher(None, last, other).ratio() < 0.6:
        return None
    return AliasLink(row, m.group("name"), "alias", end + m.start("name"), end + m.end("name"))


def _more_names(link: AliasLink, text: str) -> list[AliasLink]:
    """The further quoted names of a list after the first ('pseudonyms "Tikhon", "Starik"')."""
    out: list[AliasLink] = []
    at = link.end
    while len(out) < 4:
        m = _MORE.match(text, at, at + WINDOW)
        if m is None:
            break
        out.append(AliasLink(link.a, m.group("name"), link.kind, m.start("name"), m.end("name")))
        at = m.end()
    return out


def _cue_link(row: int, end: int, window: str, type_: str = "") -> AliasLink | None:
    m = _AFTER.match(window)
    if m is None or not m.group("name").strip():
        return None
    kind = next(_CUES[i][1] for i in range(len(_CUES)) if m.group(f"c{i}"))
    if kind in _RENAMING and m.group("open") is None:
        return None  # a renaming cue must directly follow the renamed mention (bracket, comma, dash)
    if kind in _RENAMING and type_ == "organisation" and not _RENAMED.match(m.group("cue")):
        return None  # "Menshevik, later Bolshevik": a person changing sides, no body renamed
    name = m.group("name").strip()
    if not any(w[:1].isupper() for w in name.split()[:3]):
        return None  # "Orlovo, now sends its timber to ...": no name (the Larkin works, «завод Ростова» are)
    if name.split()[0].lower() in _PREPOSITIONS:
        return None  # "now in the RCP": a place in a story, not a name
    return AliasLink(row, name, kind, end + m.start("name"), end + m.start("name") + len(name))


def _gloss_link(row: int, surface: str, end: int, window: str) -> AliasLink | None:
    """A glossary line: "Narkomzem – People's Commissariat of Agriculture;" (a short name, a dash, the full one)."""
    if " " in surface.strip():
        return None
    m = _GLOSS.match(window)
    if m is None:
        return None
    return AliasLink(row, m.group("name"), "alias", end + m.start("name"), end + m.end("name"))


def _abbr_link(row: int, surface: str, end: int, window: str, type_: str) -> AliasLink | None:
    if _FAMILIES.get(type_) != "org":
        return None
    m = _ABBR.match(window)
    if m is None:
        full = _EXPANSION.match(window)
        short = all(sum(c.isupper() for c in w) >= 2 for w in surface.split()) or " " not in surface.strip()
        if full and short and " " in full.group("name") and full.group("name").split()[0].lower() not in _SMALL:
            return AliasLink(row, full.group("name"), "alias", end + full.start("name"), end + full.end("name"))
        return None
    abbr = re.sub(r"[()\-]", "", m.group("name")).upper()
    if len(abbr) < 2 or (acronym_of(surface) != abbr and abbr not in readings(surface)):
        return None
    return AliasLink(row, m.group("name"), "alias", end + m.start("name"), end + m.end("name"))


def _foreign(spans: Sequence[tuple[int, int, int, str]], k: int, start: int, end: int, type_: str) -> bool:
    """True when a later mention of another family overlaps the captured name, and none of the same family
    does (a quoted nickname may be read as a title and as a person's name too)."""
    family = _FAMILIES[type_]
    foreign = False
    for _row, s, e, t in spans[k + 1 : k + 12]:
        if s >= end:
            break
        if s < end and e > start and t in _FAMILIES:
            if _FAMILIES[t] == family:
                return False
            foreign = True
    return foreign


def _covering(
    spans: Sequence[tuple[int, int, int, str]], k: int, start: int, end: int, type_: str
) -> int | None:
    """The first later mention of the same family starting inside the captured name."""
    family = _FAMILIES[type_]
    for row, s, e, t in spans[k + 1 : k + 12]:
        if s >= end:
            break
        if s >= start and _FAMILIES.get(t) == family:
            return row
    return None
