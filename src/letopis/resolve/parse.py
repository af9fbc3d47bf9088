"""Simple rules that split a personal name as written into parts, when a recogniser gave none.

parse_person("G. I. Myasnikov")      # NameParts(initials="G.I.", surname="Myasnikov")
parse_person("Medvedev O.")          # NameParts(initials="O.", surname="Medvedev")
parse_person("KORBUT Simon")         # NameParts(given="Simon", surname="KORBUT")
parse_person("Мясников Гавриил Ильич")  # surname first, then given name and patronymic
"""

from __future__ import annotations

import re

from letopis.model import NameParts

TITLES = frozenset(
    [
        "comrade",
        "comrades",
        "tov",
        "tov.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "dr",
        "dr.",
        "professor",
        "prof",
        "prof.",
        "citizen",
        "general",
        "colonel",
        "commander",
        "engineer",
        "doctor",
        "товарищ",
        "тов",
        "тов.",
        "гражданин",
        "гражданка",
        "профессор",
        "доктор",
        "инженер",
    ]
)
_TOKEN = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]?\.|[^\s.]+\.?")
_INITIAL = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]?\.$|^[A-ZА-ЯЁ]$")
_PATRONYMIC = re.compile(
    r"(ovich|evich|ich|ovna|evna|ichna|ович|евич|ич|овна|евна|ична|инична)$", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['’]s$")
_TIE = re.compile("[\u0360-\u0362\ufe20-\ufe23]")


def parse_person(text: str) -> NameParts:
    """Given name, patronymic, surname and initials of a person's name by word shape."""
    text = _TIE.sub("", text)  # ALA-LC ligature ties (I͡u.) would split an initial in two
    words = [_POSSESSIVE.sub("", t) for t in _TOKEN.findall(text.strip())]
    words = [w for w in words if w.lower().rstrip(".") not in TITLES and w.lower() not in TITLES]
    initials = [w for w in words if _INITIAL.match(w)]
    full = [w.rstrip(".,;:") for w in words if not _INITIAL.match(w)]
    full = [w for w in full if w]
    inits = "".join(i if i.endswith(".") else i + "." for i in initials) or None
    if not full:
        return NameParts(initials=inits)
    if initials:
        last_full = max(i for i, w in enumerate(words) if not _INITIAL.match(w))
        initials_first = words.index(initials[0]) < last_full
        surname = full[-1] if initials_first else full[0]
        given = full[0] if len(full) >= 2 and initials_first else None
        return NameParts(given=given, surname=surname, initials=inits)
    if len(full) == 1:
        return NameParts(surname=full[0])
    return _full_name(full)


def _full_name(full: list[str]) -> NameParts:
    if len(full) >= 2 and full[0].isupper() and len(full[0]) > 1 and not full[1].isupper():
        return NameParts(surname=full[0], given=full[1], patronymic=_patr(full[2:]))
    if len(full) >= 3 and _PATRONYMIC.search(full[2]) and not _PATRONYMIC.search(full[1]):
        return NameParts(surname=full[0], given=full[1], patronymic=full[2])
    if len(full) >= 3 and _PATRONYMIC.search(full[1]):
        return NameParts(given=full[0], patronymic=full[1], surname=full[-1])
    return NameParts(given=full[0], surname=full[-1])


def _patr(rest: list[str]) -> str | None:
    return rest[0] if rest and _PATRONYMIC.search(rest[0]) else None
