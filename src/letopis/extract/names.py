"""Personal names: parse a written name into NameParts, for Latin and Cyrillic strings.

    >>> parse_name("G. I. Voronkov")
    NameParts(given=None, patronymic=None, surname='Voronkov', initials='G.I.', gender='m')

Handles "Given Patronymic Surname", "Surname Given Patronymic" (Russian order, told
by the patronymic at the end), initials before or after the surname ("Lomtev O."),
titles ("Comrade X"), possessives ("X's") and hyphenated surnames (Lass-Kozlova).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from letopis.extract.lexicon import (
    COMMON_SURNAME_LIKE,
    DIMINUTIVES,
    SURNAME_ENDINGS_F,
    SURNAME_ENDINGS_M,
    TITLES,
    is_given,
)
from letopis.model import NameParts

_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s*)+$")
# Two-letter abbreviations with a dot that are words, not initials ("No. 5", "St. Louis").
_NOT_INITIALS = frozenset("No. St. Mt. Co. Dr. Mr. Ms. Jr. Sr. Ft. Pt. Rd. Av. Br.".split())
_POSSESSIVE = re.compile(r"['’]s?$")
PATRONYMIC = re.compile(
    r"^[A-ZА-ЯЁІЇ][a-zа-яёії]+(?:ovich|evich|vvich|(?<!v)ich|ovna|evna|ichna|inichna|ovych|evych|(?<!y)ivna|yivna|"
    r"ович|евич|ввич|(?<!в)ич|овна|евна|ична|инична|івна|ївна)$"
)  # "Kuzmich", "Savvich" by a given name in -a; "Gurvich", «Гурвич» are surnames; Ukrainian "Fedorovych", "Petrivna"
_PATRONYMIC_F = re.compile(r"(?:ovna|evna|ichna|ivna|овна|евна|ична|івна|ївна)$")
_TITLE_WORDS = {t.rstrip(".").lower() for t in TITLES}

_CYR_SURNAME_M = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "енко", "ук", "юк", "ман", "штейн")
_CYR_SURNAME_F = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")
_CYR_GIVEN_F = ("а", "я")
# Lithuanian surnames: a man's "-ius", "-auskas", "-aitis", "-ėnas"; a wife's "-ienė", a daughter's "-aitė", "-ytė"
_BALTIC_SURNAME_M = ("ius", "auskas", "aitis", "ėnas", "ūnas")
_BALTIC_SURNAME_F = ("ienė", "aitė", "ytė", "ūtė")
_SURNAME_ENDINGS = SURNAME_ENDINGS_M + SURNAME_ENDINGS_F + _CYR_SURNAME_M + _CYR_SURNAME_F + _BALTIC_SURNAME_M + \
    _BALTIC_SURNAME_F


def surname_gender(word: str) -> str | None:
    """The gender a surname form shows ("m", "f"), or None (Petrenko, Kirsch)."""
    low = word.lower().split("-")[-1]
    if len(low) < 4:
        return None
    if low.endswith(SURNAME_ENDINGS_F) or low.endswith(_CYR_SURNAME_F) or low.endswith(_BALTIC_SURNAME_F):
        return "f"
    if low.endswith(_CYR_SURNAME_M) or low.endswith(("ov", "ev", "in", "yn", "sky", "skii", "skiy", "skoi")):
        return "m"
    return None


def looks_like_surname(word: str) -> bool:
    """True when the word has the shape of a Russian/East-European surname (-ov, -sky, -enko, -ova...)."""
    if not word[:1].isupper() or word in COMMON_SURNAME_LIKE:
        return False
    endings = _SURNAME_ENDINGS
    for low in word.lower().split("-")[::-1]:  # a double surname by either part ("Serokhov-Zagorsky")
        if len(low) < 4 or low.endswith("ly"):
            continue
        if low.endswith(("ain", "oin", "uin", "ein", "ian", "ean")) and not low.endswith("stein"):
            continue
        if low.endswith(endings):
            return True
    return False


_GAELIC = re.compile(r"(?:M['’‘]|Mc|Mac(?=[A-Z])|O['’]|Fitz(?=[A-Z]))[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")


def gaelic_surname(word: str) -> bool:
    """True for the prefixed shape of Irish and Scottish surnames: "M'Quorrie", "McStravick", "O'Dearn"."""
    return _GAELIC.fullmatch(word) is not None


def is_initials(token: str) -> bool:
    """True for "G.", "G.I.", "G. I." (one-letter or Cyrillic digraph abbreviations with dots)."""
    token = token.strip()
    if token in _NOT_INITIALS:
        return False
    return bool(_INITIALS.match(token))


def is_given_name(word: str) -> bool:
    """True for a common given name (Latin lexicon, or a Cyrillic one that pymorphy tags as Name)."""
    if is_given(word):
        return True
    if re.match(r"^[А-ЯЁ][а-яё]+$", word):
        return _cyrillic_is_given(word)
    return False


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=4096)
def _cyrillic_is_given(word: str) -> bool:
    return any("Name" in p.tag for p in _analyzer().parse(word)[:2])


def _normalise_initials(tokens: list[str]) -> str:
    letters = re.findall(r"[A-ZА-ЯЁ][a-zа-яё]?(?=\.)", " ".join(tokens))
    return "".join(f"{x}." for x in letters)


def _split(text: str) -> list[str]:
    text = _POSSESSIVE.sub("", text.strip().strip("\"'«»“”,;:()"))
    text = re.sub(r"([A-ZА-ЯЁ]\.)(?=[A-ZА-ЯЁ])", r"\1 ", text)
    return [t.rstrip(",") for t in text.split() if t.rstrip(",")]  # "Zhitnik, Ts. B.": surname first


def parse_name(text: str) -> NameParts:
    """Parse a person's name as written into given / patronymic / surname / initials / gender."""
    tokens = _split(text)
    while tokens and tokens[0].rstrip(".").lower() in _TITLE_WORDS and len(tokens) > 1:
        tokens = tokens[1:]
    if len(tokens) > 2 and len(tokens[-1]) == 1 and tokens[-1].isupper() and is_initials(tokens[-2]):
        tokens[-1] += "."  # "Khlebnikov P. D" at the end of a sentence: the last initial lost its full stop
    initials = [t for t in tokens if is_initials(t)]
    words = [t for t in tokens if not is_initials(t)]
    patronymic = next((w for w in words[1:] if PATRONYMIC.match(w)), None)
    rest = [w for w in words if w is not patronymic]
    given, surname = _given_and_surname(rest, patronymic, words)
    gender = _gender(surname, given, patronymic)
    return NameParts(
        given=given,
        patronymic=patronymic,
        surname=surname,
        initials=_normalise_initials(initials) or None,
        gender=gender,
    )


def _given_and_surname(
    rest: list[str], patronymic: str | None, words: list[str]
) -> tuple[str | None, str | None]:
    if not rest:
        return None, None
    if len(rest) == 1:  # a lone diminutive ("Manka", "Kolya") is a given name; any other word, a surname
        if patronymic is not None and words[-1] == patronymic:  # "Mikhail Aleksandrovich"
            return rest[0], None
        return (rest[0], None) if rest[0] in DIMINUTIVES and patronymic is None else (None, rest[0])
    if patronymic is not None and words and words[-1] == patronymic:
        # Russian order: Surname Given Patronymic
        return rest[-1], rest[0]
    if rest[0].isupper() and len(rest[0]) > 1 and not rest[-1].isupper():
        # catalogue order: SURNAME Given
        return rest[-1], rest[0].title()
    if is_given_name(rest[-1]) and not is_given_name(rest[0]) and looks_like_surname(rest[0]):
        return rest[-1], rest[0]
    lower = next((i for i, w in enumerate(rest) if i > 0 and w[:1].islower()), None)
    if lower is not None:  # Marcel van der Linden
        return " ".join(rest[:lower]), " ".join(rest[lower:])
    return " ".join(rest[:-1]), rest[-1]


def _gender(surname: str | None, given: str | None, patronymic: str | None) -> str | None:
    if surname:
        g = surname_gender(surname)
        if g:
            return g
    if patronymic:
        return "f" if _PATRONYMIC_F.search(patronymic) else "m"
    return None


def display_name(parts: NameParts, surface: str) -> str:
    """The normalised form used as ``Mention.norm``: "Given Surname" or the surname as written."""
    if parts.surname and parts.given:
        return f"{parts.given} {parts.surname}"
    if parts.surname:
        return parts.surname
    return surface
