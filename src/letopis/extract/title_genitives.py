"""A man's surname in the genitive inside a transliterated Russian title: "Delo Tarvelova", "Pis'ma A. I. Sorvina".

Russian titles cited in English keep the Russian case: the noun a title opens with ("Delo", "Pis'ma",
"Zapiski"), a preposition ("U Tarvelova") or another Russian word ("Zapiski A. I. Sorvina", "Delo sapozhnika
Kessova") governs the genitive, so "Delo Tarvelova" is the case of Tarvelov, not of a woman Tarvelova. When
the document names the man in the nominative too, the genitive form is read as his surname, the way the
Russian recogniser lemmatises «Тарвелова»; without him it is left as written (it may be a woman's name).

    mentions = title_genitives(mentions, text)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from letopis.extract.en_surnames import RUSSIAN_TITLE_NOUNS
from letopis.extract.en_words import dictionary_word
from letopis.model import Mention

_WORD_BEFORE = re.compile(r"([A-Za-z][a-z’']*)\s+$")
# Russian prepositions that take the genitive, as transliterated titles keep them ("U Tarvelova v gostiakh")
_PREPOSITIONS = frozenset("U u Ot ot Dlia dlia Bez bez Iz iz Pamiati pamiati Imeni imeni".split())
_RUSSIAN_CASE = re.compile(r"[a-z](?:era|ika|ova|eva|ogo|ego|ykh|ikh|nia|tia|ii)$")  # "sapozhnika", "uchitelia"
_GENITIVE = re.compile(r"[a-z]{3,}[bcdfghklmnprstvz]a$")  # "Tarvelova", "Sorvina", "Gelmana"


def title_genitives(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with a genitive surname after a Russian title's noun read as the man's nominative."""
    men = {m.parts.surname for m in mentions if m.type == "person" and m.parts and m.parts.surname}
    out = []
    for m in mentions:
        p = m.parts
        if m.type == "person" and p is not None and p.surname and _GENITIVE.search(p.surname) and \
                p.surname[:-1] in men and not p.given:
            if _governs_genitive(_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)):
                base = p.surname[:-1]
                m = dataclasses.replace(m, norm=m.norm[: -len(p.surname)] + base if m.norm.endswith(p.surname) else base,
                                        parts=dataclasses.replace(p, surname=base, gender="m"))
        out.append(m)
    return out


def _governs_genitive(m: re.Match[str] | None) -> bool:
    """The word before is a Russian title's noun ("Delo", "Pis'ma"), a Russian preposition of the genitive
    ("U"), or another transliterated Russian word, no English one ("Rech'", "sapozhnika")."""
    if m is None:
        return False
    word = m.group(1).replace("’", "'")
    if word in RUSSIAN_TITLE_NOUNS or word in _PREPOSITIONS:
        return True
    return len(word) > 3 and (word.endswith("'") or _RUSSIAN_CASE.search(word) is not None) and \
        not dictionary_word(word.lower().rstrip("'"))
