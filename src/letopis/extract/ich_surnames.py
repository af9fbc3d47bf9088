"""Surnames in -ovich / -evich that a name parse took for patronymics.

"Arkady Gelmanovich" reads as a given name and a patronymic, the way "Arkady Ilyich" does; but when the
same document names the man "Gelmanovich" alone, the word is his surname (a patronymic is not used alone in
writing), and "Arkady Gelmanovich" is given name and surname.

    mentions = ich_surnames(mentions)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from letopis.model import Mention

_POSSESSIVE = re.compile(r"['’]s$")


def ich_surnames(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with "Given X-ovich" re-read as given name and surname where "X-ovich" stands alone."""
    alone = {_POSSESSIVE.sub("", m.text) for m in mentions
             if m.type == "person" and m.parts is not None and m.parts.surname and not m.parts.given and
             not m.parts.patronymic and " " not in m.text.strip()}
    out = []
    for m in mentions:
        p = m.parts
        if m.type == "person" and p is not None and p.given and p.patronymic and not p.surname and \
                p.patronymic in alone:
            m = dataclasses.replace(m, parts=dataclasses.replace(p, patronymic=None, surname=p.patronymic))
        out.append(m)
    return out
