"""Authors cited by name and year, the social-science way: "(Holloway 1994: 87)", "Verner (1989: 211)",
"(Dale and Kipp 2001; Orme 1978)", and bare in a note ("12 Holloway and Fenn 2016; Astashevich 2011").

The words before a year of publication in such a citation are the surnames of its authors; they are
persons even when the recogniser has no other cue for them (a foreign or unusual surname, no title).

    for start, end in author_year_spans(seg_text, seg.start): ...
"""

from __future__ import annotations

import re

from letopis.extract.lexicon import ORG_HEADS, PLACE_HEADS, is_place

# the endings of Russian and Central European town names, which no surname has: "(Zlobinsk, 1971)" is an
# imprint's town, not an author
TOWN_ENDING = re.compile(r"[a-z](?:insk|ansk|ensk|ynsk|ovsk|evsk|grad|gorod|burg|opol|opil)$")

_SURNAME = r"(?:(?:de|van|von|Mc|Mac|O’|O')\s?)?[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?"
_YEAR = r"(?:1[5-9]\d\d|20[0-4]\d)[a-z]?"
_AUTHORS = rf"({_SURNAME})(?:\s(?:and|&)\s({_SURNAME}))?(?:\set\sal\.)?"
# "(Holloway 1994: 87)", "(Dale and Kipp 2001; Orme 1978, 4)": inside brackets, surname then year
_IN_BRACKETS = re.compile(rf"(?:(?<=\()|(?<=;\s)|(?<=\(see\s)|(?<=\(cf\.\s)){_AUTHORS},?\s{_YEAR}(?=[:;,)])")
# "Verner (1989: 211) saw": surname then the year in brackets
_BEFORE_BRACKETS = re.compile(rf"\b{_AUTHORS}\s\({_YEAR}(?=[:;,)])")
# capitalised words that open such brackets without being authors ("(September 1923)", "(Moscow 1924)")
_NOT_AUTHORS = frozenset("""
January February March April May June July August September October November December Spring Summer
Autumn Winter Early Late Since Until From After Before About Circa See Cf Ibid In Of The This That Published
Reprinted Edition Vol Volume
Routledge Macmillan Palgrave Penguin Verso Brill Pluto Longman Methuen Praeger Blackwell Harvard Yale Princeton
Cornell Indiana Chicago Stanford Oxford Cambridge Manchester Pittsburgh Westview Sharpe Progress Nauka
""".split())  # ... and the publishers of a book cited with its year: "*Title* (Routledge 2008)"
_TITLE_CLOSE = re.compile(r"[*”\"»’_]\s*\($")
# a note line: "12 Holloway and Fenn 2016; Astashevich 2011, ch. 6.", where the citations stand bare
_NOTE_LINE = re.compile(r"^[ \t]*\[?\d{1,3}\]?\.?[ \t]+.*$", re.MULTILINE)
_BARE = re.compile(rf"(?:(?<=\d\s)|(?<=\d\.\s)|(?<=;\s)|(?<=\bsee\s)|(?<=\bSee\s)|(?<=\bcf\.\s)|(?<=\bCf\.\s)|"
                   rf"(?<=\d\sand\s)|(?<=\d[a-z]\sand\s)){_AUTHORS},?\s{_YEAR}(?=[:;,.)]|\s(?:and|esp|ch|pp?|vol)\b|$)")


def author_year_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each author surname of a name-and-year citation in ``text``, shifted by ``offset``."""
    out: list[tuple[int, int]] = []
    bare = [m for line in _NOTE_LINE.finditer(text) for m in _BARE.finditer(text, line.start(), line.end())]
    for pattern in (_IN_BRACKETS, _BEFORE_BRACKETS, _BARE):
        for m in (bare if pattern is _BARE else pattern.finditer(text)):
            if pattern is _IN_BRACKETS and text[m.start() - 2] == ";" and \
                    text.rfind("(", 0, m.start()) <= text.rfind(")", 0, m.start()):
                continue  # "; Orme 1978" outside brackets is no citation
            if pattern is _IN_BRACKETS and _TITLE_CLOSE.search(text, max(0, m.start() - 3), m.start()):
                continue  # "*Title* (Routledge 2008)": the imprint of a book
            for g in (1, 2):
                word = m.group(g)
                if word is None or word in _NOT_AUTHORS or is_place(word) or TOWN_ENDING.search(word) or (
                        pattern is _BARE and (word in ORG_HEADS or word in PLACE_HEADS)):
                    continue
                span = (offset + m.start(g), offset + m.end(g))
                if span not in out:
                    out.append(span)
    return sorted(out)


# A reference-list entry, author-date style: "Vantongeren, Hester. 2004. Title of the Book. Ithaca." or
# "Quellina, I. R. 2011. Title. Moscow: Publisher." The author is a person whatever the surname, the
# title's words are no mentions, the last word before the publisher (or the full stop) is a place, and the
# publisher is an organisation.
_GIVEN_PART = r"(?:[A-Z][a-z]+|(?:Shch|Ts|Ch|Sh|Zh|Ya|Yu|Kh|[A-Z])\.)"
_ENTRY = re.compile(
    rf"^(?P<author>{_SURNAME},[ ]{_GIVEN_PART}(?:[ ]?{_GIVEN_PART}){{0,2}})"
    rf"(?:,[ ](?P<middle>{_GIVEN_PART}(?:[ ]?{_GIVEN_PART}){{0,2}}[ ]{_SURNAME}))?"
    rf"(?:,?[ ](?:and|&)[ ](?P<second>{_GIVEN_PART}(?:[ ]?{_GIVEN_PART}){{0,2}}[ ]{_SURNAME}))?"
    rf"\.?[ ]\(?{_YEAR}\)?\.[ ](?P<title>[^\n]+?)\.[\"”]?[ ]"
    r"(?:(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?::[ ](?P<publisher>[A-Z][^\n]+?))?\.|(?P<journal>[^\n]*))[ \t]*$",
    re.MULTILINE)


_PARTS = (("author", "person"), ("middle", "person"), ("second", "person"), ("title", "title"),
          ("journal", "title"), ("place", "place"), ("publisher", "organisation"))


def reference_entries(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the parts of each reference-list entry in ``text``: kind is "person" (an
    author, "Vantongeren, Hester"), "title", "place" (where the book was published) or "organisation"
    (its publisher, "Moscow: Nauka.")."""
    out: list[tuple[int, int, str]] = []
    for m in _ENTRY.finditer(text):
        for group, kind in _PARTS:
            if m.group(group):
                out.append((offset + m.start(group), offset + m.end(group), kind))
    return out


_GIVEN_OR_INITIAL = r"(?:[A-Z][a-z]+(?:-[a-z]+)?\.?|[A-Z][a-z]?\.)"  # "Ibrahim-bek", "Thos."
_INVERTED = re.compile(rf"([A-Z][\w'’-]+),\s({_GIVEN_OR_INITIAL}(?:\s?{_GIVEN_OR_INITIAL}){{0,2}})")


def inverted_name(name: str) -> str | None:
    """A name written surname first, as reference lists write it ("Vantongeren, Hester"), in reading order."""
    m = _INVERTED.fullmatch(name)
    return f"{m.group(2)} {m.group(1)}" if m else None
