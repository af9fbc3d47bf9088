"""Names written in catalogue order, surname first: a biographical dictionary's headword ("GORYUNOV, Pavel
Ignatyevich"), a file entry in running text ("the fitter ZARUCHNY, Pavel Andreevich"), a list entry with
initials ("4. Zhitnik, Ts. B., compositor", "Lomtev O.", "Korobeinikova N. P. Profsoyuzy ..."). Each is one
person, not a surname and a given name (or a title after it) read apart.

    cands = with_headwords(cands, text, segments)
"""

from __future__ import annotations

import re

from letopis.extract.en_document import Cand, instead
from letopis.extract.en_gazetteer import known_place
from letopis.extract.en_runs import Run
from letopis.extract.en_surnames import plausible_surname
from letopis.extract.lexicon import MONTHS, is_given, is_place
from letopis.extract.names import looks_like_surname
from letopis.extract.place_abbreviations import STATE_ABBREVIATIONS
from letopis.model import Segment

# "GORYUNOV, Pavel Ignatyevich": the headword of a biographical dictionary, surname first in capitals
HEADWORD = re.compile(
    r"^([A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]{2,})?),\s([A-Z][a-z]+)(?:\s([A-Z][a-z]+(?:ich|vna|ichna|ovna|evna)))?(?=[\s,(.;]|$)",
    re.MULTILINE)


# the same in running text, where only the patronymic makes it sure: "the fitter ZARUCHNY, Pavel Andreevich"
_FILE_ENTRY = re.compile(r"(?<![\w'’-])([A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]{2,})?),\s([A-Z][a-z]+)\s"
                         r"([A-Z][a-z]+(?:ich|vna|ichna|ovna|evna))(?=[\s,(.;]|$)")


# the same with the surname in small letters: "the worker Chebotaryova, Anna Semyonovna, arrested on 3 June"
_FILE_ENTRY_MIXED = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]{2,}(?:-[A-Z][a-z'’]{2,})?),\s([A-Z][a-z]+)\s"
                               r"([A-Z][a-z]+(?:ich|vna|ichna|ovna|evna))(?=[\s,(.;]|$)")
_PATRONYMIC_IN = re.compile(r"[a-z](?:ich|vna|ichna)\b")
# a list entry with the surname in capitals before the given name: "b) KHOLODENKO Dmitry, alias ..."
_UP = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x17F) if chr(c).isupper())  # "MAČIULIS", "ŽEMAITIS"
_LOW = "a-z" + "".join(chr(c) for c in range(0xDF, 0x17F) if chr(c).islower())
_CAPS_GIVEN = re.compile(rf"(?<![\w'’.-])([{_UP}][{_UP}'’]{{2,}}(?:-[{_UP}][{_UP}'’]{{2,}})?)\s([{_UP}][{_LOW}]+)"
                         r"(?:\s([A-Z][a-z]+(?:ich|vna|ichna|ovna|evna)))?(?=,|\s\()")
# the same with a comma and no patronymic, by a known given name: "ŠERKŠNAS, Juozas, born 1921"
_CAPS_COMMA_GIVEN = re.compile(rf"(?<![\w'’.-])([{_UP}][{_UP}'’]{{2,}}(?:-[{_UP}][{_UP}'’]{{2,}})?),\s([{_UP}][{_LOW}]+)"
                               r"()(?=[,;.)]|\s[a-z(]|$)")


# "Zhitnik, Ts. B., compositor": a list entry in catalogue order, the surname and then the initials
_SURNAME_INITIALS = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?),\s((?:(?:Shch|Ts|Ch|Sh|Zh|Ya|Yu|Yo|Kh|"
                               r"[A-Z])\.\s?){1,2})(?=[,;:)]|\s[a-z(—–-])")
_DATELINE_DATE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\s\d")
# an entry of a numbered list of persons, surname first, then a given name of any people, then the birth year
# or a bracket: "4) Sadykhov, Mir Jafar, b. 1890, Shusha", "2. Tumanyan, Arusyak (née Sarkisova), teacher"
_LIST_ENTRY = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[a-z][.)])[ \t]*([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?),[ ]"
                         r"([A-Z][a-z'’]+(?:-[a-z]+)?(?:[ ][A-Z][a-z'’]+(?:-[a-z]+)?){0,2})"
                         r"(?=[ ]?\(|,[ ]?(?:b\.|born)\s)", re.MULTILINE)  # (not "7. Tarbrook, Moscow, 1924")
# the item mark of a report's list of persons: "c) KOLBASIUK, Evaristo, baker" takes a given name no table knows
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[a-z][.)])[ \t]*")
_ENTRY_BEFORE = re.compile(r"(?:^|\n|\d[.)]\s*|;\s*|\(\s*)$")  # where a list's entry opens


def with_headwords(cands: list[Cand], text: str, segments: tuple[Segment, ...]) -> list[Cand]:
    """One person for a dictionary headword, in place of the surname and the given name read apart."""
    out = list(cands)
    for seg in segments:
        for m in _SURNAME_INITIALS.finditer(text, seg.start, seg.end):
            entry = _ENTRY_BEFORE.search(text, max(seg.start, m.start() - 6), m.start()) is not None
            if (looks_like_surname(m.group(1)) or entry) and plausible_surname(m.group(1).replace("-", "")) and \
                    not is_place(m.group(1)) and not is_given(m.group(1)):
                out = instead(out, Cand(m.start(), m.end(2) - (m.group(2)[-1] == " "), "person", True, seg.index))
        found = list(HEADWORD.finditer(text, seg.start, seg.end))
        found += [m for m in _FILE_ENTRY.finditer(text, seg.start, seg.end) if not any(
            h.start() <= m.start() < h.end() for h in found)]  # "the fitter ZARUCHNY, Pavel Andreevich, born 1894"
        if _PATRONYMIC_IN.search(text, seg.start, seg.end):
            found += [m for m in _FILE_ENTRY_MIXED.finditer(text, seg.start, seg.end)
                      if is_given(m.group(2)) and _plausible_surnames(m.group(1))]
        found += [m for m in [*_CAPS_GIVEN.finditer(text, seg.start, seg.end),
                              *_CAPS_COMMA_GIVEN.finditer(text, seg.start, seg.end)]
                  if (_given_after_caps(m) or m.re is _CAPS_COMMA_GIVEN and _list_item(text, m.start()) and
                      not is_place(m.group(2))) and  # "c) KOLBASIUK, Evaristo, baker"
                  not is_place(m.group(1).title()) and not any(h.start() <= m.start() < h.end() for h in found)]
        for m in _LIST_ENTRY.finditer(text, seg.start, seg.end):
            if not is_place(m.group(1)) and not is_place(m.group(2)):
                out = instead(out, Cand(m.start(1), m.end(2), "person", True, seg.index))
        for m in found:
            if not (_given_after_caps(m) or m.group(3) or _list_item(text, m.start())) or \
                    _DATELINE_DATE.match(text, m.start(2)):
                continue  # "PERTH, May 9.": a telegram's dateline, the town and the date
            s, e = m.start(), m.end()
            out = instead(out, Cand(s, e, "person", True, seg.index))
    return out


def _list_item(text: str, start: int) -> bool:
    """The name opens a line after an item mark ("c) KOLBASIUK, Evaristo, baker", "12. ")."""
    return _LIST_ITEM.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def _given_after_caps(m: re.Match[str]) -> bool:
    """The word after a surname in capitals is a given name: a known one, or any after a surname of the
    Russian shape ("the brigade leader KHUDOYAROV Qodirbai, who said"; not "PERTH, May", nor a second surname:
    "lieutenant ZAITSEVSKY, Kolobov stated")."""
    if m.group(2) in STATE_ABBREVIATIONS or known_place(m.group(1).title()):
        return False  # "TACOMA, Wash.": a dateline's town and state
    return is_given(m.group(2)) or (looks_like_surname(m.group(1).title()) and not is_place(m.group(2)) and
                                    m.group(2) not in MONTHS and not looks_like_surname(m.group(2)))


def _plausible_surnames(word: str) -> bool:
    """Each part of a (double) surname may be one: "Gavrishko-Zuev", "O'Harnett"."""
    return all(plausible_surname(p.replace("'", "").replace("’", "")) for p in word.split("-"))


def after_initials(run: Run) -> int:
    """Where a name written surname first and initials after ends inside a longer run, or 0."""
    toks = run.tokens
    k = 1
    while k < len(toks) and toks[k].kind == "init":
        k += 1
    if k == 1 or k > 3 or k > len(toks) or toks[0].kind != "word" or not looks_like_surname(toks[0].bare):
        return 0
    if k == 2 and is_given(toks[0].bare):
        return 0  # "Irina M. Kestova-Hollis": a given name, a middle initial and the surname
    if k == len(toks):
        return k  # "Zhiglov P. D." closing a sentence
    return k if toks[k].kind == "word" and toks[k].cap and not toks[k].text.isupper() else 0


def initial_tail(run: Run, text: str) -> int:
    """Extend "Lomtev O" to "Lomtev O." and "Zavyalov I" to "Zavyalov I. I." (initials after the surname)."""
    last = run.tokens[-1]
    if len(run.tokens) > 1 and len(last.text) == 1 and text[last.end : last.end + 1] == ".":
        second = re.match(r"\s?[A-Z]\.(?=[\s,;:)]|$)", text[last.end + 1 : last.end + 5])
        return last.end + 1 + (second.end() if second and len(run.tokens) == 2 else 0)  # "Zavyalov I. I."
    return run.end


def _line(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


_SHOUTED_WORD = re.compile(rf"(?<![\w'’.-])[{_UP}][{_UP}'’-]{{3,}}(?![\w'’-])")


def shouted_surnames(cands: list[Cand], text: str, segments: tuple[Segment, ...]) -> list[Cand]:
    """A surname the document writes in capitals inside a person's name ("KOLBASIUK, Evaristo", "Yevsei
    KOLBASIUK") names that person where it stands alone in the prose too ("that KOLBASIUK be sent"), where a
    lone word in capitals would be read as an abbreviation. Not in a headline, which shouts every word."""
    surnames = set()
    for c in cands:
        surface = text[c.start : c.end]
        if c.type == "person" and c.strong and not c.in_title and ("," in surface or " " in surface.strip()):
            word = surface.split(",")[0].split()[-1] if "," in surface else surface.split()[-1]
            if len(word) >= 4 and word.isupper() and not is_place(word.title()):
                surnames.add(word)
    if not surnames:
        return cands
    out = list(cands)
    for seg in segments:
        for m in _SHOUTED_WORD.finditer(text, seg.start, seg.end):
            if m.group() in surnames and re.search(r"[a-z]{3}", _line(text, m.start())) and not any(
                    c.start < m.end() and m.start() < c.end and c.type != "unknown" for c in out):
                out = instead(out, Cand(m.start(), m.end(), "person", True, seg.index))
    return out
