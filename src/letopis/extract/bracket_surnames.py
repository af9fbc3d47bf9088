"""A given name with the surname in brackets after it: how the Orthodox clergy are named.

A bishop or a monk is known by his name in religion, and historians add his secular surname in brackets:
"Metropolitan Pavsikakii (Zherebtsov)", "Bishop Iakinf (Vorontsov)". The two words are one person, with the
bracketed word as his surname, so a later "Pavsikakii" alone is the same man. A surname before the brackets
("Lenin (Ulyanov)") is a pseudonym and the real name, which stay two mentions for resolution's aliases.

    mentions = bracket_surnames(mentions, text)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from letopis.extract.names import looks_like_surname
from letopis.model import Mention, NameParts

_BETWEEN = re.compile(r"[ \t]?\($")


def bracket_surnames(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with "Given (Surname)" joined into one person mention."""
    ms = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(ms):
        if k in skip:
            continue
        n = next((j for j in range(k + 1, min(k + 4, len(ms))) if ms[j].start >= m.end), None)
        if n is not None and m.type == "person" and ms[n].type == "person" and " " not in m.text and \
                " " not in ms[n].text and not looks_like_surname(m.text) and looks_like_surname(ms[n].text) and \
                _BETWEEN.fullmatch(text[m.end : ms[n].start]) and text[ms[n].end : ms[n].end + 1] == ")":
            end = ms[n].end + 1
            parts = NameParts(given=m.text, surname=ms[n].text, gender=(ms[n].parts.gender if ms[n].parts else None))
            out.append(dataclasses.replace(m, end=end, text=text[m.start : end], norm=f"{m.text} {ms[n].text}",
                                           parts=parts, attrs=m.attrs or ms[n].attrs))
            skip.add(n)
            continue
        out.append(m)
    return out
