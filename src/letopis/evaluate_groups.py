"""How the evaluation groups one document's mentions into entities, by resolution's own document rules.

A stand-in for corpus resolution, so that a gold file can be scored on one document: "X of Y" under "X",
namesakes apart, lone given names with the person they name, OCR slips and aliases joined.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from letopis.extract.lexicon import DIMINUTIVES
from letopis.model import Document, Mention

Groups = dict[tuple[str, str], list[Mention]]


_CASE_ENDING = re.compile(r"(?:ой|ей|ом|ем|ым|им|у|ю|е|ы|и|а|я)$")


def person_key(surname: str) -> str:
    """The evaluation's key of a surname: Cyrillic by its first six letters; Latin by resolution's folded
    skeleton ("Glukhova", "Glukhovoi"; "Varnavskii", "Varnavskogo", "Varnavsky"), a female or oblique
    "-a" form apart from the male one ("Kolobrodova" is his daughter as often as his genitive)."""
    low = surname.lower().replace("ё", "е")
    if re.match("[а-я]", low):  # (a foreign name's case forms by their stem: «Гоцека», «Гоцеки», «Гоцеке»)
        return "-".join(_CASE_ENDING.sub("", p) if len(p) > 4 else p for p in low.split("-"))[:6]
    if not low.isascii() and not any(ch.isalpha() and ch.isascii() for ch in low):
        return low
    from letopis.resolve.keys import surname_key

    k = surname_key(surname)
    return (k.key + " (f)" if k.gender == "f?" else k.key) or low


_COLLECTIVE = re.compile(r"\s+(?:group|faction|circle|movement|organi[sz]ation|cell|plant|factory|works|mill|mills)$")


def merge_heads(keys: Groups, short_names: bool = True) -> Groups:
    """Fold "X of Y" into "X" when X is itself an entity of the same type (Central Committee of the RCP; the
    Fishery Board of the Okrug, when no other body of the document is a Fishery Board of anything),
    and "X group" or "X plant" into "X" (the Free Labour group / Free Labour, the Zorky plant / Zorky)."""
    out: Groups = {}
    heads: dict[str, int] = {}
    for plural, key in keys:
        if plural == "organisations" and " of " in key:
            heads[key.partition(" of ")[0]] = heads.get(key.partition(" of ")[0], 0) + 1
    for (plural, key), ms in sorted(keys.items(), key=lambda kv: len(kv[0][1])):
        head, _, tail = key.partition(" of ")
        # the body's head alone, when the tail is a body or no other body of the document has that head
        target = (plural, head) if tail and (plural, head) in out and plural == "organisations" and \
            (_is_org(tail) or (short_names and heads[head] == 1 and " of " not in head)) else None
        bare = (plural, _COLLECTIVE.sub("", key))
        if target is None and plural == "organisations" and bare[1] != key and bare in out:
            target = bare
        out.setdefault(target or (plural, key), []).extend(ms)
    return out


_HER_TITLES = frozenset("mrs miss misses mesdames mme madame mlle lady widow".split())


def _her_title(m: Mention) -> bool:
    """Named by a woman's title ("Mrs.", "Mesdames"): in the press of the day, a married woman named so is not
    the man of her surname named by his initials."""
    return any(k == "title" and v.split()[0].rstrip(".").lower() in _HER_TITLES for k, v in m.attrs)


def _initial(m: Mention) -> str | None:
    """The first letter of a person mention's given name or first initial ("Hester", "J. W." -> h, j)."""
    if m.parts is None:
        return None
    if m.parts.given in DIMINUTIVES:
        return _first_letter(DIMINUTIVES[m.parts.given])  # "Kolya" is a Nikolai
    return _first_letter(m.parts.given or m.parts.initials or "")


def _first_letter(name: str) -> str | None:
    first = name.strip(" .").lower()
    if not first:
        return None
    # one Cyrillic letter, several Latin spellings: Е/Ё (Elena, Yelena), Я, Ю, И, Й (Iakov, Yakov, Juri)
    return "e" if first[0] in "eyijеёяюий" else first[0]


def split_namesakes(groups: Groups) -> Groups:
    """Persons of one surname with different given names ("Hester Quillen", "Dr. Jacob Quillen") are two
    people, as resolution keeps them; bare-surname mentions go with the one named most often."""
    out: Groups = {}
    for k, ms in groups.items():
        genders = {m.parts.gender for m in ms if m.parts is not None} & {"m", "f"}
        apart = len(genders) == 2 or (any(_her_title(m) for m in ms) and any(  # "Mesdames Trelask", "W. Trelask"
            m.parts is not None and m.parts.gender != "f" and _initial(m) for m in ms))
        if k[0] == "persons" and apart and k[1].isascii():  # (Russian forms: resolution's doubt)  # "Mrs. Pennock" and "J. W. Pennock" or "Mr. Pennock"
            her = [m for m in ms if m.parts is not None and m.parts.gender == "f"]
            hers = {_initial(m) for m in her} - {None}
            his = {_initial(m) for m in ms if m.parts is not None and m.parts.gender == "m"} - {None}
            her += [m for m in ms if m not in her and m.parts is not None and m.parts.gender is None and
                    _initial(m) in hers - his]  # "LAVINIA WHITLATCH" beside "Mrs. Lavinia Whitlatch"
            out[(k[0], k[1] + " (her)")] = her
            ms = [m for m in ms if m not in her]
        letters = [x for x in (_initial(m) for m in ms) if x]
        if k[0] != "persons" or len(set(letters)) < 2:
            if ms:
                out[k] = ms
            continue
        top = max(sorted(set(letters)), key=letters.count)
        for m in ms:
            out.setdefault((k[0], f"{k[1]} {_initial(m) or top}"), []).append(m)
    return out


def join_case_forms(groups: Groups) -> Groups:
    """A Latin "-a" surname form with both initials of a man of that surname in the document is his genitive
    ("Pis'ma P. S. Sirotkina" beside "Pavel Semyonovich Sirotkin"), by the clustering core's rule
    (:meth:`letopis.resolve.persons.Cluster.fit`)."""
    from letopis.resolve.persons import signature_of_parts

    def sig(m: Mention):  # type: ignore[no-untyped-def]
        return signature_of_parts(m.text, m.norm, m.parts)

    out = {k: list(ms) for k, ms in groups.items()}
    for k, ms in groups.items():
        if k[0] != "persons" or " (f)" not in k[1] or not k[1].isascii():
            continue
        base = k[1].split(" (f)")[0]
        men = [g for g in groups if g[0] == "persons" and (g[1] == base or g[1].startswith(base + " ")) and "(" not in g[1]]
        for m in ms:
            s = sig(m)
            if not (s.first and s.second):
                continue
            his = [g for g in men if any((x.gender, x.first, x.second) == ("m", s.first, s.second)
                                         for x in map(sig, groups[g]))]
            if len(his) == 1:
                out[k].remove(m)
                out[his[0]].append(m)
    return {k: ms for k, ms in out.items() if ms}


def join_lone_given_names(groups: Groups) -> Groups:
    """A lone given name ("Arkady", «Егора», "Leonid Naumovich") joins the one person of the document it
    names, by resolution's own document rule (:func:`letopis.resolve.local.lone_given_names`)."""
    from types import SimpleNamespace

    from letopis.resolve.given_names import lone_given_names

    where = [(k, m) for k, ms in groups.items() if k[0] == "persons" for m in ms]
    recs = [SimpleNamespace(document_id=0, start=m.start, end=m.end, text=m.text, type=m.type) for _, m in where]
    rows = [(m.type, m.text, m.norm, *_parts(m)) for _, m in where]
    moves: dict[int, tuple[str, str]] = lone_given_names(recs, rows)
    if not moves:
        return groups
    home: dict[str, set[tuple[str, str]]] = {}  # surname -> groups of mentions with it
    for k, m in where:
        if m.parts is not None and m.parts.surname:
            home.setdefault(m.parts.surname, set()).add(k)
    out = {k: list(ms) for k, ms in groups.items()}
    for i, (given, surname) in moves.items():
        k, m = where[i]
        targets = home.get(surname, set())
        if len(targets) > 1:
            targets = {t for t in targets if any(_initial(x) == _first_letter(given) for x in groups[t])}
        if len(targets) == 1 and (target := next(iter(targets))) != k and m in out.get(k, []):
            out[k].remove(m)
            out.setdefault(target, []).append(m)
    return {k: ms for k, ms in out.items() if ms}


def join_double_surnames(groups: Groups) -> Groups:
    """"Aldabe", "M. Aldabe", "Aldabe Urrutia" join the one "Mercedes Aldabe Urrutia" of the document, by
    resolution's document rule (:func:`letopis.resolve.double_surnames.double_surname_rows`)."""
    from types import SimpleNamespace

    from letopis.resolve.double_surnames import double_surname_rows

    where = [(k, m) for k, ms in groups.items() if k[0] == "persons" for m in ms]
    recs = [SimpleNamespace(document_id=0, start=m.start, end=m.end, text=m.text, type=m.type) for _, m in where]
    moves = double_surname_rows(recs, [(m.type, m.text, m.norm, *_parts(m)) for _, m in where])
    out = {k: list(ms) for k, ms in groups.items()}
    for i, (given, surname) in moves.items():
        k, m = where[i]
        targets = {t for t, x in where if x.parts is not None and x.parts.surname == surname and
                   (x.parts.given or "").split()[:1] == [given]}
        if len(targets) == 1 and (target := next(iter(targets))) != k and m in out.get(k, []):
            out[k].remove(m)
            out.setdefault(target, []).append(m)
    return {k: ms for k, ms in out.items() if ms}


def join_same_given(groups: Groups) -> Groups:
    """Persons without a surname named by forms of one given name ("Vasya", "Vasily") are one person, by
    resolution's document rule (:func:`letopis.resolve.local.same_given_rows`)."""
    from types import SimpleNamespace

    from letopis.resolve.given_names import same_given_rows

    where = [(k, m) for k, ms in groups.items() if k[0] == "persons" and not any(
        " " in x.text and x.parts is not None and x.parts.surname for x in ms) for m in ms]  # (not full names)
    recs = [SimpleNamespace(document_id=0, start=m.start, end=m.end, text=m.text, type=m.type) for _, m in where]
    rows = [(m.type, m.text, m.norm, *_parts(m)) for _, m in where]
    moves = same_given_rows(recs, rows)
    if not moves:
        return groups
    out = {k: list(ms) for k, ms in groups.items()}
    for i, best in moves.items():
        k, m = where[i]
        target = where[best][0]
        if m in out.get(k, []):
            out[k].remove(m)
            out.setdefault(target, []).append(m)
    return {k: ms for k, ms in out.items() if ms}


def ocr_slips(doc: Document) -> dict[str, str]:
    """Person keys of misread surnames -> the key of the surname they misread (resolution's rule 5)."""
    from letopis.resolve.ocr import slips

    found = slips(m.parts.surname for m in doc.mentions if m.type == "person" and m.parts and m.parts.surname)
    return {person_key(a): person_key(b) for a, b in found.items()}


def ocr_thing_slips(doc: Document, key: Callable[[Mention], str]) -> dict[tuple[str, str], str]:
    """(type, key) of a misread one-word place or body name -> the key it misreads (resolution's rule 5)."""
    from letopis.resolve.ocr import slips

    keys: dict[str, list[str]] = {}
    for m in doc.mentions:
        if m.type in ("place", "organisation", "enterprise") and not m.expansion and m.norm[:1].isupper():
            k = key(m)
            if " " not in k and k.isascii():
                keys.setdefault(m.type, []).append(k)
    return {(t, a): b for t, ks in keys.items() for a, b in slips(ks).items()}


def _parts(m: Mention) -> tuple[str | None, ...]:
    p = m.parts
    if p is None:
        return (None,) * 6
    return (p.given, p.patronymic, p.surname, p.initials, p.gender, m.expansion)


def _is_org(phrase: str) -> bool:
    from letopis.extract.en_classify import head_type

    words = [w.title() for w in re.sub(r"^the\s+", "", phrase).split()]
    return bool(words) and head_type(words) == "organisation"


def merge_aliases(doc: Document, groups: Groups) -> Groups:
    """Join the groups of a mention and the alias named right after it ("Petrov, alias "Uncle"", "GORYUNOV,
    Pavel (party pseudonyms "Tikhon")"), as corpus resolution does with :func:`letopis.resolve.aliases.find_aliases`."""
    from letopis.resolve.aliases import find_aliases

    ms = sorted(doc.mentions, key=lambda m: (m.start, -m.end))
    links = find_aliases(doc.text, [(k, m.start, m.end, m.type) for k, m in enumerate(ms)])
    where = {id(m): g for g, members in groups.items() for m in members}
    for link in links:
        if link.b is None:
            continue
        a, b = where.get(id(ms[link.a])), where.get(id(ms[link.b]))
        if a is None or b is None or a == b or a[0] != b[0] or a not in groups or b not in groups:
            continue
        groups[a].extend(groups.pop(b))
        for m in groups[a]:
            where[id(m)] = a
    return groups
