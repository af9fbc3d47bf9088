"""Nicknames in Russian reports: «Василий Лапшов по кличке «Кривой»», «Чистяковым («Кривым»)».

A quoted word after «кличка», «прозвище», «псевдоним» or a source's noun («источник», «агент»,
«осведомитель»; «источники «Кедр» и «Липа»»), or in brackets right after a person's
name, is that person's nickname: a person mention of its own. Once the document has introduced it,
every later quoted form of it («Связь «Кривого» с крестьянами») is the person too, in whatever case,
and no more an organisation named in quotes.

    mentions = nicknames(morph, doc_text, mentions, segment_of, extractor)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from letopis.extract.morph import Morph
from letopis.model import Mention, NameParts

_CUE = re.compile(r"(?:кличк[аеиуой]|прозвищ[аеуем]|псевдоним(?:а|у|ом|е)?|(?P<source>секретн\w+\s+сотрудник[а-я]{0,3}|"
                  r"(?:источник|агент|осведомител|информатор|сексот)[а-я]{0,3}))\s+«([А-ЯЁ][а-яё-]{2,}(?:\s[А-ЯЁа-яё-]+)?)»",
                  re.IGNORECASE)
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_AND_QUOTED = re.compile(r"\s*(?:,|и)\s*«([А-ЯЁ][а-яё-]{2,})»")  # «источники «Кедр» и «Липа»»
_BRACKETED = re.compile(r"\s*\(\s*«([А-ЯЁ][а-яё-]{2,})»\s*\)")
_QUOTED = re.compile(r"«([А-ЯЁ][а-яё-]{2,}(?:\s[А-ЯЁа-яё-]+)?)»")


def nicknames(morph: Morph, text: str, mentions: list[Mention], segment_of: Callable[[int], int],
              extractor: str) -> list[Mention]:
    """``mentions`` with each nickname a person (see the module docstring)."""
    known: dict[str, str] = {}  # lemma -> the nickname as introduced
    for m in _CUE.finditer(text):
        noun = m.group("source").split()[-1] if m.group("source") else ""
        if noun and (not (_agree(morph, noun, m.group(2).split()[0]) or _nominative(morph, m.group(2).split()[0])) or (
                all("plur" in p.tag for p in morph.parse(noun)) and not _AND_QUOTED.match(text, m.end()))):
            continue  # «источники «Вестника»»: the paper's sources, no code name in apposition
        names, at = [m.group(2)], m.end()
        while (more := _AND_QUOTED.match(text, at)) is not None:
            names.append(more.group(1))
            at = more.end()
        for name in names:
            for k in _keys(morph, name):
                known.setdefault(k, name)
    for p in mentions:
        b = _BRACKETED.match(text, p.end) if p.type == "person" else None
        for k in _keys(morph, b.group(1)) if b else ():
            known.setdefault(k, b.group(1))
    if not known:
        return mentions
    found = {}
    for m in _QUOTED.finditer(text):
        hit = next((known[k] for k in _keys(morph, m.group(1)) if k in known), None)
        if hit:
            found[(m.start(1), m.end(1))] = hit
    out = [m for m in mentions if not any(m.start < e and s < m.end for s, e in found) or m.type == "person" and
           (m.start, m.end) in found]
    have = {(m.start, m.end) for m in out if m.type == "person"}
    for (s, e), norm in sorted(found.items()):
        if (s, e) not in have:
            out.append(Mention(s, e, text[s:e], "person", norm, segment_of(s), extractor, NameParts(surname=norm),
                               attrs=(("nickname", "1"),)))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _agree(morph: Morph, noun: str, name: str) -> bool:
    """The noun and the name in brackets share a case («источник «Кедр»», «с источником «Кедром»»)."""
    cases = {c for p in morph.parse(noun) for c in _CASES if c in p.tag}
    return any(c in p.tag for p in morph.parse(name) for c in cases)


def _nominative(morph: Morph, name: str) -> bool:
    """A code name left in the nominative whatever the case of its noun («от сотрудников «Кедр» и «Липа»»)."""
    return any("nomn" in p.tag for p in morph.parse(name))


def _keys(morph: Morph, words: str) -> set[str]:
    """Every lemma reading of the nickname («Кривой»: кривой, кривая), so that its case forms meet."""
    first, *rest = words.lower().split()
    tail = " ".join(morph.parse(w)[0].normal_form for w in rest)
    return {f"{p.normal_form} {tail}".strip() for p in morph.parse(first)}
