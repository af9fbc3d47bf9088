"""Rule 1 of :mod:`letopis.resolve.local`: lone given names, and persons named by forms of one given name.

A lone given name ("Arkady") of a person whose full name is in the same document ("Arkady Zelentsov") takes
that person's surname, when exactly one full-named person of the document has that given name (or, for a
diminutive of a man or a woman, either full name) and nobody in the document has it as a surname. A given name
with a patronymic ("Leonid Naumovich") does the same, and when no full name has that given name it takes the
surname of the one person whose two initials it spells ("L. N. Berkov"). A patronymic alone ("Kuzmich") is the
one person of the document with it; the period's leaders are also named by given name and patronymic
("Vladimir Ilyich", «Ильича») when the document names them by surname. Persons named without a surname by
forms of one given name ("Vasya", "Vasily") are one person of the document, unless two patronymics differ.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from letopis.extract.lexicon import DIMINUTIVES, is_given
from letopis.resolve.keys import fold, given_key, given_keys, surname_key
from letopis.resolve.persons import person_sig

_PATRONYMIC = re.compile(r"[a-zа-яё](?:ovich|evich|ich|ovna|evna|ichna|ович|евич|ич|овна|евна|ична)$")


def lone_given_names(recs: Sequence[Any], rows: Sequence[tuple]) -> dict[int, tuple[str, str]]:
    """Row index -> (given, surname) for mentions by a given name alone ("Arkady"), or by a given name and
    patronymic ("Leonid Naumovich"), that name one person of their document."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "person":
            by_doc[recs[i].document_id].append(i)
    out: dict[int, tuple[str, str]] = {}
    for idx in by_doc.values():
        full: dict[str, dict[str, tuple[str, str, str | None]]] = defaultdict(dict)  # given key -> surname key
        initials: dict[str, dict[str, str]] = defaultdict(dict)  # "ln" -> surname key -> surname
        fathers: dict[str, dict[str, tuple[str, str, str | None]]] = defaultdict(dict)  # patronymic key -> ...
        famous: dict[str, dict[str, tuple[str, str, str | None]]] = defaultdict(dict)  # the leaders' patronymics
        surnames: set[str] = set()
        figures: set[str] = set()  # the leaders named by surname here
        lone: list[tuple[int, str, str | None]] = []
        for i in idx:
            r = rows[i]
            sig = person_sig(r)
            word = recs[i].text.strip()
            figure = _figure_names().get(sig.surname) if sig.surname and r[5] and not r[3] else None
            if figure:  # "Lenin" in a text that also says "Vladimir Ilyich" or «Ильич»
                figures.add(sig.surname)
                full[given_key(figure[0])].setdefault(sig.surname, (figure[0], r[5], figure[1]))
                famous[fold(figure[1])[:4]].setdefault(sig.surname, (figure[0], r[5], figure[1]))
                surnames.add(sig.surname)
                continue
            if r[4] and not r[3] and not r[5] and not r[6] and _lone_word(word):
                lone.append((i, r[4], None))  # «Ильича»: a patronymic alone, as the period named its leader
                continue
            if _lone_word(word) and not r[6] and not (r[3] and r[5]) and not r[4]:
                lone.append((i, r[3] or word, None))  # a recogniser may have called it a given name
                continue
            if r[3] and r[4] and not r[5] and not r[6]:
                lone.append((i, r[3], r[4]))  # "Leonid Naumovich"
                continue
            if sig.surname:
                surnames.add(sig.surname)
            if sig.given and sig.surname and r[3] and r[5]:
                full[sig.given].setdefault(sig.surname, (r[3], r[5], r[4]))
                if r[4]:
                    fathers[fold(r[4])[:6]].setdefault(sig.surname, (r[3], r[5], r[4]))
            elif sig.surname and r[5] and r[6] and not r[3] and len(r[6].replace(".", "")) == 2:
                initials[fold(r[6].replace(".", ""))].setdefault(sig.surname, r[5])
        if not full and not initials:
            continue
        heads = {k[:2] for k in full}
        for i, word, patronymic in lone:
            called = fathers.get(fold(word)[:6], {}) if _PATRONYMIC.search(word) and patronymic is None else {}
            if not called and patronymic is None and _PATRONYMIC.search(word):
                called = famous.get(fold(word)[:4], {})  # «Ильича»: Lenin, named by surname here too
            if len(called) == 1 and person_sig(rows[i]).surname not in surnames:  # "Kuzmich": Yegor Kuzmich X
                given, surname, _ = next(iter(called.values()))
                out[i] = (given, surname)
                continue
            keys = given_keys(word)
            if patronymic is None and len(keys) == 1 and not _may_be_given(word, heads):
                continue
            people = {k: v for key in keys for k, v in full.get(key, {}).items()
                      if not (patronymic and v[2]) or fold(v[2])[:4] == fold(patronymic)[:4]}
            if _diminutive(word):  # «Володя» is somebody's Volodya, not Lenin by his given name
                people = {k: v for k, v in people.items() if k not in figures}
            same = {k: v for k, v in people.items() if patronymic and v[2]}
            if len(same) == 1:  # «Анна Петровна» is the one Anna with that patronymic, not another Anna
                people = same
            if not people and patronymic:  # "Genrikh Petrovich": the one "Heinrich Petrovich Tiessen" (a spelling)
                people = fathers.get(fold(patronymic)[:6], {})
            if not people and patronymic:  # "Leonid Naumovich" is the one "L. N. Berkovsky"
                found = initials.get(fold(word[:1] + patronymic[:1]), {})
                people = {k: (word, v, patronymic) for k, v in found.items()}
            if len(people) != 1:
                continue
            if patronymic is None and not rows[i][3] and person_sig(rows[i]).surname in surnames:
                continue  # somebody's surname here
            given, surname, _ = next(iter(people.values()))
            out[i] = (given, surname)
    return out


@functools.lru_cache(maxsize=1)
def _figure_names() -> dict[str, tuple[str, str]]:
    """Surname key -> (given name, patronymic) of the period's leaders."""
    from letopis.extract.period_figures import FIGURE_NAMES

    return {surname_key(k).key: v for k, v in FIGURE_NAMES.items()}


def _may_be_given(word: str, heads: set[str]) -> bool:
    """A cheap test before a Cyrillic lemma: the word's folded start can be that of one of ``heads``."""
    if word.isascii():
        return True  # Latin given keys are cheap (and English forms start differently: Basil, Vasily)
    k = fold(word)
    if k[:2] in heads or (len(k) <= 4 and any(h[:1] == k[:1] for h in heads)):
        return True
    return _diminutive(word)  # «Нюра» of Anna: a diminutive may start otherwise


def _diminutive(word: str) -> bool:
    """A diminutive of a given name, in transliteration or in Cyrillic in any case («Стешей»)."""
    from letopis.extract.given_names import AMBIGUOUS_DIMINUTIVES, DIMINUTIVES, cyrillic_diminutive

    return word in DIMINUTIVES or word in AMBIGUOUS_DIMINUTIVES or cyrillic_diminutive(word) is not None


def same_given_rows(recs: Sequence[Any], rows: Sequence[tuple]) -> dict[int, int]:
    """Row index -> the row whose name it shares, for persons of one document named by one given name in
    different forms and no surname ("Vasya", "Vasily"; "Dusya", "Evdokia Petrovna"; «Коля», «Николай»),
    unless two patronymics differ or the word is somebody's surname there (rule 1). The fullest form wins."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "person":
            by_doc[recs[i].document_id].append(i)
    out: dict[int, int] = {}
    for idx in by_doc.values():
        surnames = {person_sig(rows[i]).surname for i in idx if " " in recs[i].text.strip() and rows[i][5]}
        named: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            r, word = rows[i], recs[i].text.strip()
            if r[6]:
                continue
            if not r[5] and r[3]:
                named[given_key(r[3])].append(i)  # "Evdokia Petrovna", «Николая»
            elif _lone_word(word) and (word in DIMINUTIVES or is_given(word)) and \
                    person_sig(r).surname not in surnames:
                named[given_key(word)].append(i)  # "Vasily", "Vasya": read as a surname or a given name
        for key in list(named):  # "Bess" and "Elizabeth": an English nickname joins the one full name it has
            others = {k for k in given_keys(recs[named[key][0]].text.strip())[1:] if k in named and k != key}
            if len(others) == 1 and all(" " not in recs[i].text.strip() for i in named[key]):
                named[others.pop()].extend(named.pop(key))
        for group in named.values():
            fathers = {fold(rows[i][4])[:4] for i in group if rows[i][4]}
            if len({recs[i].text for i in group}) < 2 or len(fathers) > 1:
                continue
            best = max(group, key=lambda i: (bool(rows[i][4]), recs[i].text.split()[0] not in DIMINUTIVES,
                                             len(recs[i].text)))
            out.update((i, best) for i in group if i != best)
    return out


def _lone_word(word: str) -> bool:
    return " " not in word and len(word) > 2 and word[:1].isupper() and word[1:].islower() and word.isalpha()
