"""Short forms of a body named in full in the same document: "the Institute" after "the Kharkov Institute of
Agricultural Machine-Building", "the Board" after "the Ystradyfodwg School Board", «РИК» after «Острогожский
РИК».

A one- or two-word organisation or enterprise mention with no expansion of its own takes the document's one
longer name that ends with it: the words before being modifiers of the same head ("Political Red Cross",
«Острогожская МТС»), in English the part before "of" ("the Institute" of "Kharkov Institute of ..."). With two
or more such names ("School Board", "Harbour Board") it stays as it is. The expansion is what
resolution and evaluation key the mention by, so the short form joins the full name's entity.

An English body is also called by its own name with or without its kind ("Kolyvanka" or "the Thornley Beck Mill"
after "the Kolyvanka Glass Works", "the Thornley Beck Spinning Mill"): a mention of up to four words takes the one
longer name of the document whose part before "of" holds its name words together, when one of them is a
word of its own (not a head such as Works or Society, not a place, not a common English word) and its kind, if it names one, is the longer
name's kind. A body under the named one ("the Kolyvanka Works Party Committee") is not the works.

    mentions = link_short_forms(mentions)
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from letopis.extract.en_surnames import common_word
from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import ENTERPRISE_HEADS, ENTERPRISE_LOWER_HEADS, MONTHS, ORG_HEADS, is_place
from letopis.model import Mention

_TYPES = ("organisation", "enterprise")
# Russian adjective endings: the words before a head that only qualify it («Острогожский РИК»)
_RU_ADJECTIVE = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ого|ому|ых|их)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def link_short_forms(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each short form linked to the one full name it stands for (see the module docstring)."""
    longs: dict[str, dict[str, str]] = {}  # last word of the head -> long name -> its full name
    kinds: dict[str, tuple[str, str, list[str]]] = {}  # English long name, lower-cased -> name, type, head
    for m in mentions:
        if m.type in _TYPES and len(_words(m.norm)) >= 2 and not m.expansion and m.norm.isascii():
            name = _ARTICLE.sub("", m.norm)
            kinds.setdefault(name.lower(), (name, m.type, _head_words(name)))
        if m.type in _TYPES and len(_words(m.norm)) >= 2:
            name = _ARTICLE.sub("", m.norm)
            last = name.split(" of ")[0].split()[-1].lower()
            longs.setdefault(last, {}).setdefault(name, m.expansion or name)
    if not longs and not kinds:
        return list(mentions)
    for last, names in longs.items():  # "SCHOOL BOARD" is a short form itself, of "Aberdeen School Board"
        tails = {n for n in names if any(o != n and _stands_for(n, o) for o in names)}
        longs[last] = {n: full for n, full in names.items() if n not in tails}
    out = []
    for m in mentions:
        if m.type in _TYPES and not m.expansion and 1 <= len(_words(m.norm)) <= 2:
            short = _ARTICLE.sub("", m.norm)
            same_head = longs.get(short.split()[-1].lower(), {})
            full = {name for head, name in same_head.items() if _stands_for(short, head)}
            if len(full) == 1:
                m = dataclasses.replace(m, expansion=next(iter(full)))
        short = [w.lower().strip(",.") for w in _words(m.norm)] if m.type in _TYPES and kinds else []
        if short and len(short) <= 4 and not m.expansion and m.norm.isascii():
            named = [(name, typ) for name, typ, head in kinds.values()
                     if short[0] in head and _names_body(m.type, short, head, typ)]
            if len(named) == 1:
                m = dataclasses.replace(m, expansion=named[0][0], type=named[0][1])
        out.append(m)
    return out


_KIND_OF_NAMED = ENTERPRISE_LOWER_HEADS | frozenset(
    "society company lodge chapel church club school bank association trust co-operative cooperative "
    "brotherhood hall hotel inn institute library theatre theater hospital line".split())
_GENERIC = frozenset(w.lower() for w in ORG_HEADS | ENTERPRISE_HEADS) | frozenset(
    "grand royal imperial central state national all-russian all-union russian soviet workers workers' people's red new old "
    "general city district regional provincial local united the and & co no".split())
_WORKS = frozenset(w.lower() for w in ENTERPRISE_HEADS)
_NUMBER_TAIL = re.compile(r"\s+(?:No\.?\s*)?\d+[A-Za-z]?$")


def _head_words(name: str) -> list[str]:
    """The lower-cased words of a name before "of" / "for" / "at", a closing number off ("Mill No. 4")."""
    head = re.split(r"\s+(?:of|for|at|in|on)\s+", _ARTICLE.sub("", name), maxsplit=1)[0]
    return [w.lower().strip(",.") for w in _NUMBER_TAIL.sub("", head).split()]


@functools.lru_cache(maxsize=50_000)
def _own_word(word: str) -> bool:
    """A word that names this body and no other kind of thing: not a head, a place, a month or English."""
    if word in _GENERIC or word.title() in MONTHS or is_place(word.title()) or common_word(word):
        return False
    return not all(dictionary_word(part) for part in word.split("-") if part)


def _names_body(short_type: str, short: list[str], full: list[str], long_type: str) -> bool:
    """Does a short English mention (its words, its own "of" kept) name the body whose head words are ``full``?"""
    if short_type == "enterprise" and long_type != "enterprise":
        return False  # a works' name is not its club's
    if len(full) <= len(short) or full[-1] not in _KIND_OF_NAMED:
        return False
    kind = short[-1] if short[-1] in _GENERIC else None
    name = short[:-1] if kind else short
    if not name or not any(_own_word(w) for w in name):
        return False
    if kind and kind != full[-1] and not (kind in _WORKS and full[-1] in _WORKS):
        return False
    k = len(name)  # the name words together, after nothing but generic words ("Krasny Sukhodol" is no "Sukhodol")
    return any(full[i : i + k] == name and not any(_own_word(w) for w in full[:i]) for i in range(len(full) - k))


def _stands_for(short: str, long: str) -> bool:
    head = long.split(" of ")[0]
    if head.lower() == short.lower() and head != long and " " not in short and short in ORG_HEADS:
        return True  # "the Ministry" of "the Ministry of Labour"
    if not head.lower().endswith(" " + short.lower()):
        return False
    before = head[: len(head) - len(short)].split()
    if any(re.match(r"[А-Яа-яЁё]", w) for w in before):
        return all(_RU_ADJECTIVE.search(w.lower()) for w in before)
    return all(w[:1].isupper() or w[:1].isdigit() for w in before)


def _words(text: str) -> list[str]:
    return _ARTICLE.sub("", text).split()
