"""Quoted and italic spans: publication titles, quoted group names, publisher imprints."""

from __future__ import annotations

import re
from dataclasses import dataclass

from letopis.extract.en_citations import TOWN_ENDING
from letopis.extract.en_classify import head_type, lexicon_type
from letopis.extract.en_gazetteer import known_place
from letopis.extract.lexicon import ORG_ABBREVIATIONS, ORG_HEADS, is_place
from letopis.extract.names import looks_like_surname

_QUOTED = re.compile(r"\"([^\"\n]{2,160})\"|“([^”\n]{2,160})”|«([^»\n]{2,160})»|(?<![\w*])\*([^*\n]{2,220})\*(?!\*)")
_PUB_NOUN_AFTER = re.compile(
    r"^\s*(appeals?|manifesto|theses|platform|leaflets?|proclamations?|programme|program|declaration|"
    r"bulletin|resolution|pamphlet)\b"
)
_PUB_NOUN_BEFORE = re.compile(
    r"\b(?:newspaper|journal|magazine|pamphlet|book|brochure|article|bulletin|organ|paper|leaflet|"
    r"leaflets|appeal|essay|poem|novel|play|titled|entitled|called|collection|volume|review|weekly|daily|"
    r"read|reads|reading|published|translated)\s*$",
    re.IGNORECASE,
)
_GROUPS = r"(?:group|circle|organi[sz]ation|society|union|party|faction|league|brotherhood|cooperative|co-operative|" \
    r"artel|club|commune|trust|syndicate|kolkhoz|sovkhoz|collective\s+farm|school|association)"
_GROUP_NOUN_BEFORE = re.compile(
    rf"\b{_GROUPS}\s+(?:of\s+[\w'’-]+\s+)?(?:(?:that|which|who)\s+)?(?:called|calls|calling|named|styled)\s+"
    r"(?:itself|themselves)\s+(?:the\s+)?[\"“«]?$"
    rf"|\b{_GROUPS}\s+(?:called|named|known\s+as)\s*$|\b(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}{_GROUPS},?\s*$",
    re.IGNORECASE,
)
_WORKS_NOUN_BEFORE = re.compile(r"\b(?:the|a)\s+(?:factory|plant|works|mill|mine|printing\s+house)\s*$", re.IGNORECASE)
_ALIAS_BEFORE = re.compile(
    r"\b(?:pseudonyms?|aliases|alias|nicknames?|nicknamed|code[-\s]?named?|code\s+names?|cover\s+name|"
    r"informers?|informants?|agents?|sources?|party\s+names?|underground\s+name|"
    r"a\s+certain|our\s+(?:friend|comrade|man)|under\s+the\s+name(?:\s+of)?)\s*\(?\s*"
    r"(?:[\"“][^\"”]{1,30}[\"”],?\s*(?:and\s+|or\s+)?)*$",
    re.IGNORECASE)
# what marks a quotation as speech: the speaker and a verb of saying right after or before it
_SPEECH_AFTER = re.compile(r"^[,]?\s*(?:he|she|they|we|I|[A-Z][a-z]+)\s+(?:said|says|shouted|declared|replied|answered|"
                           r"told|asked|cried|added|wrote|writes)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|shouted|declared|replied|answered|asked|cried|added|told(?:\s+\w+){1,2})[,:]?\s*$")
# the auxiliaries and modals of a quoted clause ("the fleet will close the Straits")
_CLAUSE = re.compile(r"\b(?:will|would|shall|should|can|could|must|may|might|is|are|was|were|has|have|had|do|does|"
                     r"did)\s+(?:not\s+)?[a-z]")
# "Chizhik" says: a quoted one-word name that speaks is a person's
_SPEAKS_AFTER = re.compile(r"^[,]?\s+(?:says|said|writes|wrote|told|tells|thinks|asks|asked|replied|insists)\b")
_NAME_BRACKET_BEFORE = re.compile(r"\b([A-Z][a-z][\w'’-]+)\s\(\s*$")


def _nickname_slot(before: str) -> bool:
    """A quote in brackets right after a name no lexicon knows: Dmytro Kovtunenko ("Lysy") is a nickname,
    Pravda ("Truth") a translation."""
    m = _NAME_BRACKET_BEFORE.search(before)
    return m is not None and lexicon_type([m.group(1)]) is None
_ORG_NOUN_AFTER = re.compile(
    r"^[,.]?\s+(?:(printing\s+(?:works|house|shop)|factory|plant|works|mill|mine|depot|"
    r"workshops?|sovkhoz|artel)|(publishing\s+house|cooperative|co-operative|club|society|circle|group|union|commune|kolkhoz|"
    r"collective|publishers|organi[sz]ation))\b")
# "O. Hnatyshak, Shakhtari i vlada (Donetsk, 2004), 77": an imprint with the place and year only
_PLACE_YEAR = re.compile(r"\(([A-Z][\w .'’-]{1,30}),\s*\d{4}\)")
_IMPRINT = re.compile(r"\(([A-Z][\w .'’-]{1,30})(?:,\s[A-Z][A-Za-z.]{1,5})?:\s*([A-Z][\w .&'’-]{1,60}?),\s*(?:\d{4}|n\.d\.)\)")


@dataclass(frozen=True)
class Quoted:
    """A typed span from quotes or italics; ``inner`` is the text without the marks."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    type: str
    italic: bool


def find_quoted(text: str, base: int) -> list[Quoted]:
    """Quoted/italic capitalised spans in a segment, typed by their head and context."""
    out: list[Quoted] = []
    for m in _QUOTED.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        inner = m.group(g)
        if not inner[:1].isupper() and not inner[:1].isdigit():
            continue
        typ = _quoted_type(inner, text[: m.start()], text[m.end() :], italic=(g == 4))
        if typ is None:
            continue
        s = m.start(g)
        stripped = inner.rstrip(" ,.;:")
        out.append(Quoted(base + m.start(), base + m.end(), base + s, base + s + len(stripped), typ, g == 4))
        if typ == "publication" and g != 4 and len(stripped.split()) <= 5 and ":" not in stripped \
                and _names_group(stripped):
            out.append(Quoted(base + m.start(), base + m.end(), base + s, base + s + len(stripped),
                              "organisation", False))
    return out


def _quoted_type(inner: str, before: str, after: str, italic: bool) -> str | None:
    words = re.findall(r"[\w’'()-]+", inner.rstrip(" ,.;:"))
    if not words:
        return None
    if italic and re.search(r"\w{3,}[.!?]\s+[A-Z]", inner):
        return None  # an emphasised sentence or two ("*Draft. Not for circulation.*"), not a title
    caps = sum(1 for w in words if w[:1].isupper())
    if not italic and len(words) >= 4 and (_SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before[-30:])) and \
            caps <= max(2, len(words) // 3):
        return None  # '"Khristian Georgievich writes like a doctor at a deathbed," he said': speech, not a title
    if not italic and len(words) >= 4 and _CLAUSE.search(inner) and \
            not _PUB_NOUN_BEFORE.search(before[-30:]):
        return None  # rumours that "the fleet will close the Straits": a clause quoted, not a title
    if not italic and _GROUP_NOUN_BEFORE.search(before[-60:]):
        return "organisation"  # the group that called itself "Free Labour", the cooperative "Trudovik"
    if not italic and len(words) <= 3 and (_ALIAS_BEFORE.search(before[-60:]) or (
            len(words) <= 2 and _nickname_slot(before[-40:])) or (
            len(words) == 1 and _SPEAKS_AFTER.match(after))) and head_type(words) is None and \
            _no_lexicon_type(words, _ALIAS_BEFORE.search(before[-60:]) is not None):
        return "person"  # party pseudonyms "Tikhon", "Grisha"; our agent "Shpak"; under the name of "Naumov"
    if not italic and _WORKS_NOUN_BEFORE.search(before[-30:]):
        return "enterprise"  # the factory "Red Star"
    after_head = _ORG_NOUN_AFTER.match(after) if not italic else None
    if after_head:  # the "Trud i Znanie" printing works, the "Rassvet" cooperative
        return "enterprise" if after_head.group(1) else "organisation"
    if italic or _PUB_NOUN_BEFORE.search(before[-30:]) or _PUB_NOUN_AFTER.match(after) or ":" in inner \
            or len(words) > 6:
        return "publication"
    if caps < max(1, len(words) // 3):
        return None
    bare = [re.sub(r"['’]s$", "", w) for w in words]
    lex = lexicon_type(bare)
    if lex is not None:
        return lex.type if lex.type != "none" else None
    head = head_type(bare)
    if head is not None:
        return head
    if len(bare) >= 3 and any(bare[k] in ORG_HEADS and bare[k + 1] in ("of", "for") for k in range(min(3, len(bare) - 1))):
        return "organisation"  # "Group of Conscious Railwaymen", "Initiative Group of Railwaymen", "Union for ..."
    if len(words) == 1 and looks_like_surname(words[0]):
        return "person"
    if len(words) == 1:
        return "enterprise" if re.match(r"^\s*(?:factory|plant|works|mill)\b", after) else "publication"
    return "publication"


def _no_lexicon_type(words: list[str], alias: bool) -> bool:
    """No lexicon type, or (after "informant", "alias") a town of the gazetteer only: our agent "Sokol"."""
    verdict = lexicon_type(words)
    return verdict is None or (alias and verdict.type == "place" and verdict.gazetteer)


# "our agent SKVORETS", "Agents SKVORETS and KAMEN'": a code name in capitals after the agent's noun
_AGENT_CAPS = re.compile(
    r"\b(?:[Aa]gents?|[Ii]nformants?|[Ii]nformers?|Sources?)\s+([A-Z][A-Z’'-]{2,}(?:(?:,\s|\sand\s)[A-Z][A-Z’'-]{2,})*)\b")


def agent_code_names(text: str, base: int) -> list[tuple[int, int]]:
    """(start, end) of each code name in capitals after "agent" or "informant" in ``text``."""
    out = []
    for m in _AGENT_CAPS.finditer(text):
        for w in re.finditer(r"[A-Z][A-Z’'-]{2,}", m.group(1)):
            if is_place(w.group().title()) or w.group().title() in ORG_HEADS or w.group() in ORG_ABBREVIATIONS:
                continue  # "the agent MOSCOW office"
            out.append((base + m.start(1) + w.start(), base + m.start(1) + w.end()))
    return out


_GROUP_HEADS = frozenset("group circle faction organisation organization union league federation".split())


def _names_group(inner: str) -> bool:
    bare = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’'()-]+", inner)]
    if not bare:
        return False
    if len(bare) > 1 and bare[0][:1].isupper() and bare[-1] in _GROUP_HEADS:
        return True  # a "Tebenkov group", a "Free Labour circle": the words the police gave a group
    lex = lexicon_type(bare)
    return head_type(bare) == "organisation" or (lex is not None and lex.type == "organisation")


def find_imprints(text: str, base: int) -> list[tuple[int, int, str]]:
    """Publisher imprints "(Place: Publisher, 1995)": yields (start, end, type) for place and publisher."""
    out: list[tuple[int, int, str]] = []
    for m in _IMPRINT.finditer(text):
        out.append((base + m.start(1), base + m.end(1), "place"))
        out.append((base + m.start(2), base + m.end(2), "organisation"))
    for m in _PLACE_YEAR.finditer(text):  # "Der Streik (Frankfurt am Main, 1979)": a known town, the year
        lex = lexicon_type(m.group(1).split())
        if (lex is not None and lex.type == "place") or TOWN_ENDING.search(m.group(1)):
            out.append((base + m.start(1), base + m.end(1), "place"))
    return out


# "M. Pike, Measuring Labour: Taylorism and the State (Cambridge: Cambridge University Press, 1998)":
# between an author's "Name," and the imprint stands the book's title.
_AUTHOR_COMMA = re.compile(r"(?:\b(?:[A-Z][a-z]?\.\s?){1,3}|\b[A-Z][a-z]+\s)[A-Z][\w'’-]+,\s")
# "compare the memoir of Shubin-Verbitskii, Gody skitanii (Paris: ...)": an author by the surname alone
_BARE_AUTHOR_COMMA = re.compile(r"(?<![\w.])[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?,\s(?=[A-Z][a-z]+\s[a-z])")
# "Karaulin, Fabzavkomy, p. 160": a book cited again by its author and a short title, with the page
_SHORT_CITATION = re.compile(r"\b[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?, ([A-Z][^,;()\n\[\]]{1,60}?), pp?\.\s?\d")
# ... and in a note, with the bare page: "2. Ostrovchuk, Hunger and Quiet, 118-121"
_SHORT_IN_NOTE = re.compile(r"[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?, ([A-Z][^,;()\n\[\]]{1,60}?), \d")


def find_cited_titles(text: str, base: int) -> list[tuple[int, int]]:
    """Spans of book titles cited with an imprint after their author, or again by a short title before the
    page ("Karaulin, Fabzavkomy, p. 160") (start, end in ``text`` + base)."""
    out: list[tuple[int, int]] = []
    for m in [*_IMPRINT.finditer(text), *_PLACE_YEAR.finditer(text)]:
        window = text[max(0, m.start() - 200) : m.start()]
        authors = list(_AUTHOR_COMMA.finditer(window)) or list(_BARE_AUTHOR_COMMA.finditer(window))
        for author in reversed(authors):
            start = m.start() - len(window) + author.end()
            title = text[start : m.start()].rstrip()
            if ";" in title or re.search(r"[.?!]\s", title):
                break
            if title[:1].isupper():  # not "State, 1918-1932": that comma is inside the title
                out.append((base + start, base + start + len(title)))
                break
    shorts = list(_SHORT_CITATION.finditer(text))
    for line in _NOTE_LINE.finditer(text):  # each citation of the note: its opening, or after "; "
        opens = [line.start(1)] + [m.end() for m in _NOTE_SEMICOLON.finditer(text, line.start(1), line.end())]
        shorts += [m for at in opens if (m := _SHORT_IN_NOTE.match(text, at))]
    for m in shorts:
        if not any(s <= base + m.start(1) < e for s, e in out) and not known_place(m.group(1)):  # ", Moscow, 1924"
            out.append((base + m.start(1), base + m.end(1)))
    return out


_NOTE_LINE = re.compile(r"^[ \t]*\d{1,3}\.?[ \t]+(.*)$", re.MULTILINE)
_NOTE_SEMICOLON = re.compile(r";\s")
