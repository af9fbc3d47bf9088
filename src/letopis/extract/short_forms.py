"""Short forms of a body named in full in the same document: "the Institute" after "the Kharkov Institute of
Agricultural Machine-Building", "the Board" after "the Ystradyfodwg School Board", «РИК» after «Острогожский
РИК».

A one- or two-word organisation or enterprise mention with no expansion of its own takes the document's one
longer name that ends with it: the words before being modifiers of the same head ("Political Red Cross",
«Острогожская МТС»), in English the part before "of" ("the Institute" of "Kharkov Institute of ..."). With two
or more such names ("School Board", "Harbour Board") it stays as it is. The expansion is what
resolution and evaluation key the mention by, so the short form joins the full name's entity.

    mentions = link_short_forms(mentions)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from letopis.model import Mention

_TYPES = ("organisation", "enterprise")
# Russian adjective endings: the words before a head that only qualify it («Острогожский РИК»)
_RU_ADJECTIVE = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ого|ому|ых|их)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def link_short_forms(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each short form linked to the one full name it stands for (see the module docstring)."""
    longs: dict[str, dict[str, str]] = {}  # last word of the head -> long name -> its full name
    for m in mentions:
        if m.type in _TYPES and len(_words(m.norm)) >= 2:
            name = _ARTICLE.sub("", m.norm)
            last = name.split(" of ")[0].split()[-1].lower()
            longs.setdefault(last, {}).setdefault(name, m.expansion or name)
    if not longs:
        return list(mentions)
    out = []
    for m in mentions:
        if m.type in _TYPES and not m.expansion and 1 <= len(_words(m.norm)) <= 2:
            short = _ARTICLE.sub("", m.norm)
            same_head = longs.get(short.split()[-1].lower(), {})
            full = {name for head, name in same_head.items() if _stands_for(short, head)}
            if len(full) == 1:
                m = dataclasses.replace(m, expansion=next(iter(full)))
        out.append(m)
    return out


def _stands_for(short: str, long: str) -> bool:
    head = long.split(" of ")[0]
    if not head.lower().endswith(" " + short.lower()):
        return False
    before = head[: len(head) - len(short)].split()
    if any(re.match(r"[А-Яа-яЁё]", w) for w in before):
        return all(_RU_ADJECTIVE.search(w.lower()) for w in before)
    return all(w[:1].isupper() or w[:1].isdigit() for w in before)


def _words(text: str) -> list[str]:
    return _ARTICLE.sub("", text).split()
