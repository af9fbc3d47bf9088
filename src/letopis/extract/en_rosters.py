"""Rosters written surname first: a crew list, a police card index, a list of delegates.

    Haldane, Nils, master;
    Brackett, J. R., engineer;
    Merriwether, Thos., supercargo, Tarport

Each line opens with a surname, a comma and a given name (or initials, or an abbreviated given name such as
"Thos."), then a comma, a semicolon or the line's end. One such line could be a town and a man ("Moscow,
Ivan said"), so a roster needs two of them in one paragraph. The span covers "Surname, Given"; the
recogniser's inverted-name reading turns it into "Given Surname".
"""

from __future__ import annotations

import re

from letopis.extract.en_words import dictionary_word
from letopis.extract.given_names import GIVEN_ABBREVIATIONS, is_given

_INITIALS = r"[A-Z]\.(?:\s?[A-Z]\.){0,2}"
_LINE = re.compile(rf"^[ \t]*(?P<name>(?P<surname>[A-Z][\w'’-]+),[ \t](?P<given>[A-Z][a-z]+\.?|{_INITIALS}))"
                   r"(?=[ \t]*(?:[,;:]|$))", re.MULTILINE)
MIN_LINES = 2


def roster_names(text: str, base: int) -> list[tuple[int, int]]:
    """(start, end) of each "Surname, Given" opening a line of a roster in ``text`` (see the module docstring)."""
    found = []
    for m in _LINE.finditer(text):
        given, surname = m.group("given"), m.group("surname")
        if re.fullmatch(_INITIALS, given):
            ok = True
        elif given.endswith("."):
            ok = given[:-1] in GIVEN_ABBREVIATIONS  # "Thos.", "Wm."
        else:
            ok = is_given(given)
        if ok and not surname.isupper() and not dictionary_word(surname.lower()):
            found.append((base + m.start("name"), base + m.end("name")))
    return found if len(found) >= MIN_LINES else []
