""""M." before a surname is the French Monsieur, no initial, where the document says so.

French usage, and English reports from Paris, write "M. Tarvelov" for Monsieur Tarvelov. Read as an initial
it splits the man from "Vladimir Tarvelov" of the same document (an M. is no V.). It is read as the title
when the document writes "Mme.", "Mlle." or "MM." too (elsewhere "M. Tarvelova" is as likely Maria's initial).

    mentions = monsieur_titles(mentions, text)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from letopis.model import Mention

_FRENCH = re.compile(r"(?<![\w.])(?:Mme|Mlle|MM)\.?\s+[A-Z]")


def monsieur_titles(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with the "M." of "M. Tarvelov" a title where the document writes French forms of address."""
    lone = [m for m in mentions if m.type == "person" and m.parts is not None and m.parts.initials == "M." and
            m.text.startswith("M. ") and not m.parts.given and m.parts.surname]
    if not lone:
        return list(mentions)
    if _FRENCH.search(text) is None:
        return list(mentions)
    out = []
    for m in mentions:
        if m in lone:
            m = dataclasses.replace(m, parts=dataclasses.replace(m.parts, initials=None),
                                    attrs=(*m.attrs, ("title", "M.")))
        out.append(m)
    return out
