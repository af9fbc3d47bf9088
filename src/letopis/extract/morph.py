"""A cached Russian morphology: one pymorphy3 analyser, one dict of parses per word form.

Real texts repeat most of their words, so parsing each distinct form once and
keeping the result makes lemmatising entity spans nearly free. The analyser is
loaded once per process (it is a read-only dictionary) and shared.

    morph = Morph()
    morph.parse("Москве")            # pymorphy3 parses, cached
    morph.phrase_nominative(["Тверской", "площади"])  # "Тверская площадь"
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_ADJ = ("ADJF", "PRTF")
_ABBR = re.compile(r"^[A-ZА-ЯЁ]{2,}|^[A-ZА-ЯЁ]\.?$")
_CONJUNCTIONS = frozenset(("и", "или"))
# a surname declined like an adjective, which is also how places and their bodies are named
ADJECTIVAL_SURNAME = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)$")
_ABBR_ENDING = re.compile(r"^([A-ZА-ЯЁ]{2,}(?:\([а-яa-z]\))?)([а-яё]{1,3})$")


@functools.lru_cache(maxsize=1)
def shared_analyser() -> Any:
    """The process-wide pymorphy3 MorphAnalyzer (loaded on first use)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def match_case(lemma: str, model: str) -> str:
    """Write ``lemma`` like ``model``: its capitalisation (UPPER, Title, lower, per hyphen part), and
    «е» for «ё» when the model does not write «ё»."""
    if "ё" not in model.lower():
        lemma = lemma.replace("ё", "е").replace("Ё", "Е")
    if model[:2].isupper() and model[:2].isalpha():  # («С.-Петербург»: a cut word, no capitals)
        return lemma.upper()
    parts, models = lemma.split("-"), model.split("-")
    out = []
    for i, part in enumerate(parts):
        ref = models[i] if i < len(models) else models[-1]
        out.append(part[:1].upper() + part[1:] if ref[:1].isupper() else part)
    return "-".join(out)


def from_dictionary(parse: Any) -> bool:
    """True when pymorphy found the form in its dictionary (not a guess by analogy)."""
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


class Morph:
    """pymorphy3 with a per-form cache of parses and inflections.

    maxsize: forms kept before the cache is cleared (a crude bound on memory).
    """

    def __init__(self, analyser: Any = None, maxsize: int = 500_000) -> None:
        self._analyser = analyser
        self._parses: dict[str, tuple[Any, ...]] = {}
        self._inflections: dict[tuple[str, str, frozenset[str]], str | None] = {}
        self.maxsize = maxsize

    @property
    def analyser(self) -> Any:
        if self._analyser is None:
            self._analyser = shared_analyser()
        return self._analyser

    def parse(self, word: str) -> tuple[Any, ...]:
        """All pymorphy3 parses of ``word`` (case-insensitive), best first; cached."""
        key = word.lower().replace("ё", "е")
        hit = self._parses.get(key)
        if hit is None:
            if len(self._parses) >= self.maxsize:
                self._parses.clear()
                self._inflections.clear()
            hit = tuple(self.analyser.parse(key))
            self._parses[key] = hit
        return hit

    def inflect(self, parse: Any, grammemes: Iterable[str]) -> str | None:
        """The form of ``parse`` with ``grammemes`` (lower case), or None; cached."""
        gset = frozenset(grammemes)
        key = (parse.word, str(parse.tag), gset)
        if key not in self._inflections:
            form = parse.inflect(set(gset))
            self._inflections[key] = form.word if form is not None else None
        return self._inflections[key]

    def has_tag(self, word: str, *grammemes: str, dictionary_only: bool = False) -> bool:
        """True when some parse of ``word`` carries every one of ``grammemes``."""
        for p in self.parse(word):
            if all(g in p.tag for g in grammemes) and (not dictionary_only or from_dictionary(p)):
                return True
        return False

    def is_feminine_past(self, word: str) -> bool | None:
        """True/False for a past-tense verb form (feminine singular or not), None for other words."""
        for p in self.parse(word):
            if "VERB" in p.tag and "past" in p.tag:
                return "femn" in p.tag and "sing" in p.tag
        return None

    def word_nominative(self, word: str) -> str:
        """The nominative of one word (abbreviations lose a case ending: ВЦИКа -> ВЦИК)."""
        m = _ABBR_ENDING.match(word)
        if m:
            return m.group(1)
        if _ABBR.match(word) or not any(ch.isalpha() for ch in word) or not _cyrillic(word):
            return word
        return self.phrase_nominative([word])

    def phrase_nominative(self, words: Sequence[str]) -> str:
        """Put a name phrase into the nominative: leading adjectives + head noun; the rest as written."""
        words = list(words)
        head = _head_index(self, words)
        if head is None:
            return " ".join(words)
        parse = _head_parse(self, words, head)
        if parse is None:
            return " ".join(words)
        number = "plur" if "plur" in parse.tag and "Sgtm" not in parse.tag else "sing"
        noun = self.inflect(parse, {"nomn", number}) or parse.word
        out = [_adjective_nominative(self, w, parse, number) for w in words[:head]]
        out.append(match_case(noun, words[head]))
        return " ".join(out + words[head + 1 :])


def agreeing_modifiers(morph: Morph, modifiers: Sequence[str], head: str) -> int:
    """How many of the adjectives just before ``head`` (nearest last) agree with it in case and number."""
    nouns = [p for p in morph.parse(head) if "NOUN" in p.tag]
    count = 0
    for word in reversed(modifiers):
        adjs = [a for a in morph.parse(word) if any(t in a.tag for t in _ADJ) or (
            "Surn" in a.tag and ADJECTIVAL_SURNAME.search(word))]  # «Малиновскому сельсовету»
        if not any(_agrees(a, n) for a in adjs for n in nouns):
            break
        count += 1
    return count


def _cyrillic(word: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in word)


def _head_index(morph: Morph, words: Sequence[str]) -> int | None:
    """Index of the head noun: the first Cyrillic word after leading adjectives."""
    for i, w in enumerate(words):
        if w.lower() in _CONJUNCTIONS and 0 < i < len(words) - 1:  # «промышленный и торговый банк»
            continue
        if not _cyrillic(w) or w.isupper():
            return None
        parses = morph.parse(w)
        if not parses:
            return i
        if any(t in parses[0].tag for t in _ADJ) and i < len(words) - 1:
            continue
        if i < len(words) - 1 and _agrees_with_next(morph, parses, words[i + 1]):  # «Частного сыщика»
            continue
        return i
    return None


def _agrees_with_next(morph: Morph, parses: Sequence[Any], following: str) -> bool:
    """Is a word whose best reading is a noun also an adjective agreeing with the noun after it?"""
    adjs = [a for a in parses if any(t in a.tag for t in _ADJ)]
    return bool(adjs) and any(_agrees(a, n) for a in adjs for n in morph.parse(following) if "NOUN" in n.tag)


def _agrees(adj: Any, noun: Any) -> bool:
    tag, ntag = adj.tag, noun.tag
    if tag.case != ntag.case:
        return False
    if "plur" in ntag:
        return "plur" in tag
    return "sing" in tag and (tag.gender == ntag.gender or tag.gender is None)


def _head_parse(morph: Morph, words: Sequence[str], head: int) -> Any:
    """The head noun's parse that agrees with every adjective before it (best score first)."""
    nouns = [p for p in morph.parse(words[head]) if "NOUN" in p.tag]
    if not nouns and words[head][:1].isupper() and not any(
            "ADJF" in p.tag or "ADJS" in p.tag for p in morph.parse(words[head])):
        return None  # a capitalised name pymorphy reads only as a verb («через р. Ворожу»): keep it as written
    nouns = nouns or list(morph.parse(words[head])[:1])
    nouns.sort(key=lambda p: "Geox" in p.tag or "Orgn" in p.tag or "Name" in p.tag, reverse=True)
    if len(nouns) > 1 and "Geox" in nouns[0].tag and "Geox" in nouns[1].tag and nouns[0].score == nouns[1].score:
        nouns.sort(key=lambda p: ("Geox" in p.tag, len(p.normal_form)), reverse=True)  # «Самару»: Самара, no Самар
    for noun in nouns:
        if all(
            any(_agrees(a, noun) for a in morph.parse(w) if any(t in a.tag for t in _ADJ))
            for w in words[:head]
            if w.lower() not in _CONJUNCTIONS
        ):
            return noun
    return nouns[0] if nouns else None


def _adjective_nominative(morph: Morph, word: str, noun: Any, number: str) -> str:
    for a in morph.parse(word):
        if any(t in a.tag for t in _ADJ) and _agrees(a, noun):
            want = {"nomn", number} | ({noun.tag.gender} if number == "sing" and noun.tag.gender else set())
            form = morph.inflect(a, want)
            if form:
                return match_case(form, word)
    return word
