"""Whether a word is an English dictionary word, from **lemminflect**'s lexicon (word forms with their
parts of speech, no proper names): "Discontent", "Suspicion" and "Sailed" are words, "Tregarth" is not.

    dictionary_word("Suspicion")  # True
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def dictionary_word(word: str) -> bool:
    """True when the lower-cased ``word`` is a form of an English noun, verb, adjective or adverb."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


@lru_cache(maxsize=65536)
def adverb(word: str) -> bool:
    """True for a word that can only be an adverb or adjective-adverb, never a noun ("Later", "Soon")."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word.lower())
    return "ADV" in readings and "NOUN" not in readings and "PROPN" not in readings


@lru_cache(maxsize=65536)
def plural_noun(word: str) -> bool:
    """True for the plural of an English noun whose singular differs ("Women", "Children", "Peasants")."""
    from lemminflect import getAllLemmas

    low = word.lower()
    return any(lemma != low for lemma in getAllLemmas(low).get("NOUN", ()))
