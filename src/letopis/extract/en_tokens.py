"""A small tokeniser for English recognition: tokens with offsets, capitalisation and sentence starts."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<abbr>[A-Z][A-Za-z]*[A-Z]\s?\([a-z]\)(?:[A-Z][a-z]{0,2})?(?![a-z]))"  # RCP(b), RKP (b), CP(b)U, KP(b)Kaz
    r"|(?P<init>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?)+(?!\s?(?:The|This|These|Those|There|They|He|She|It|In|On|At|As|An|A|His|"
    r"Her|Their|When|Then|But|And|If)\b)(?=\s?[A-ZА-ЯЁÀ-ÞĀ-ſ][a-zа-яёß-ÿĀ-ſ]|\s?[A-Z]{3}|\s?[MO]['’][A-Z]|\s?[A-Z]{2,}-[A-Z]))"  # G.T. Voronkov, I. I. Tarasov
    r"|(?P<word>[^\W\d_][\w]*(?:(?:[-'’]|-\n|¬[ \n]?|(?<=[a-z])–(?=[A-Z]))[^\W\d_][\w]*)*(?:['’]s\b|(?<=[A-Z])['’]S\b|(?<=s)['’](?!\w))?)"
    r"|(?P<num>\d+(?:st|nd|rd|th)?)"
    r"|(?P<punct>[^\w\s])",
    re.UNICODE,
)
_ABBREV_DOT = {"Mr", "Mrs", "Dr", "St", "Ms", "Prof", "Gen", "Col", "Capt", "Lieut", "Rev", "Gov", "Sen", "Hon",
               "Messrs", "Mme", "Maj", "Sgt", "Adm", "No", "vol", "Vol", "pp", "ed", "eds", "cf", "ibid",
               "op", "cit", "e.g", "i.e", "al", "etc", "Wm", "Jas", "Chas", "Thos", "Geo", "Jno", "Jos", "Benj",
               "Saml", "Robt", "Esq", "Messrs", "Jr", "Sr", "Bro", "Bros", "Asst", "Dist", "Atty", "Supt", "Insp",
               "Sergt", "Serg", "Cpl", "Corp", "Ald", "Coun", "Councr", "Pte", "Det"}


_BROKEN = re.compile(r"¬[ \n]?|-\n(?=[a-z])")


def join_broken(text: str) -> str:
    """Undo line-end word breaks of printed text: "Pennsyl¬ vania", "Bolo-\ngna" -> one word."""
    return _BROKEN.sub("", text).replace("-\n", "-")


@dataclass(frozen=True)
class Token:
    """One token of a segment; offsets are absolute into the document text."""

    text: str
    start: int
    end: int
    kind: str  # word | abbr | init | num | punct
    sent_start: bool = False

    @property
    def cap(self) -> bool:
        """Capitalised, or a name with an elided particle: "d'Urfe", "l’Estrange"."""
        return self.text[:1].isupper() or (self.text[:1] in "dl" and self.text[1:2] in "'’" and
                                           self.text[2:3].isupper())

    @property
    def bare(self) -> str:
        """The word without a possessive 's / trailing apostrophe."""
        word = join_broken(self.text) if ("¬" in self.text or "\n" in self.text) else self.text
        return word[:-2] if word[-2:] in ("'s", "’s", "'S", "’S") else word

    @property
    def possessive(self) -> bool:
        return self.text[-2:] in ("'s", "’s", "'S", "’S")

    @property
    def is_abbreviation(self) -> bool:
        if self.kind == "abbr":
            return True
        word = self.bare
        if re.fullmatch(r"[IVXLC]+", word):
            return False
        letters = [c for c in word if c.isalpha()]
        caps = sum(1 for c in letters if c.isupper())
        return caps >= 2 and word[:1].isupper() and len(letters) <= 8 and len(letters) - caps <= 2 and \
            not re.search(r"[a-z]{3,}$", word)


# nouns a part's letter follows ("side A", "Appendix B", "Fond R")
_LABELLED = frozenset("side part section appendix annex column plate figure table series block room flat category "
                      "grade class type model sheet box folder fond opis delo".split())


def tokenize(text: str, offset: int = 0, transcript: bool = False) -> list[Token]:
    """Split ``text`` into tokens with absolute offsets and sentence-start flags; in a ``transcript``
    (see :func:`is_transcript`) a line's "Q." and "A." mark a question and an answer, no initials."""
    out: list[Token] = []
    start_next = True
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        tok = m.group().rstrip()
        if transcript and kind == "init" and tok in ("Q.", "A.") and (m.start() == 0 or text[m.start() - 1] == "\n"):
            out.append(Token(tok, offset + m.start(), offset + m.start() + len(tok), "punct", False))
            start_next = True  # "A. Fourteen dollars a week": the answer opens, no initial
            continue
        if kind == "init" and len(tok) == 2 and out and out[-1].text.lower() in _LABELLED:
            kind = "num"  # "side A. Transcript", "Appendix B. Lists": a part's letter, no initial
        if kind == "init" and start_next and re.fullmatch(r"P\.\s?S\.", tok):
            kind = "punct"  # "P.S. Kiss the children": a postscript opens, the next word opens its sentence
            out.append(Token(tok, offset + m.start(), offset + m.start() + len(tok), kind, False))
            continue
        is_start = start_next and kind != "punct"
        out.append(Token(tok, offset + m.start(), offset + m.start() + len(tok), kind, is_start))
        if kind == "punct":
            if tok in ".!?" and not _abbrev_before(out):
                start_next = True
            elif tok not in "\"'“”‘’«»([*—–-":
                start_next = False if tok not in ":" else start_next
        elif kind != "punct":
            start_next = False
    return out


_QA_LINE = re.compile(r"^[QA]\.\s", re.MULTILINE)


def is_transcript(text: str) -> bool:
    """A record of questions and answers: four or more lines open with "Q." or "A."."""
    return len(_QA_LINE.findall(text)) >= 4


def _abbrev_before(out: list[Token]) -> bool:
    if len(out) < 2:
        return False
    prev = out[-2]
    if prev.kind == "init":
        return True
    return prev.text in _ABBREV_DOT or (prev.kind == "word" and len(prev.text) == 1 and prev.text.isupper())
