"""Parties and movements of the period named by a common noun in Russian text, which natasha leaves out.

A member noun stands for the party («бывший эсер Синицкий», «с бывшим меньшевиком»), and a few lower-case
names are bodies or movements of their own («рабочая оппозиция», «биржа труда»). The sides of the civil war
(«служил у белых») are no bodies, as the English recogniser has it for "the Whites".

    spans = find_movements(morph, segment_text, ner_spans)   # RuleSpan organisations
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from letopis.extract.morph import Morph
from letopis.extract.russian_rules import RuleSpan

# member noun (lemma) -> the party or movement it names
MEMBER_NOUNS = {
    "эсер": "эсеры", "эсерка": "эсеры", "меньшевик": "меньшевики", "меньшевичка": "меньшевики",
    "большевик": "большевики", "большевичка": "большевики", "кадет": "кадеты", "анархист": "анархисты",
    "анархистка": "анархисты", "троцкист": "троцкисты", "троцкистка": "троцкисты", "бундовец": "Бунд",
    "махновец": "махновцы", "децист": "децисты", "трудовик": "трудовики", "октябрист": "октябристы",
    # the church parties of the 1920s (pymorphy guesses «тихоновца» as the lemma of «тихоновцы»)
    "тихоновец": "тихоновцы", "тихоновца": "тихоновцы", "обновленец": "обновленцы", "живоцерковник": "живоцерковники",
    "сменовеховец": "сменовеховцы",
}
# lower-case names (lemmas in order) -> their written form
PHRASES = {
    ("рабочий", "оппозиция"): "Рабочая оппозиция", ("биржа", "труд"): "биржа труда",
    ("рабочий", "группа"): "Рабочая группа", ("рабочий", "правда"): "Рабочая правда",
    ("левый", "эсер"): "левые эсеры", ("демократический", "централизм"): "демократический централизм",
}
_WORD = re.compile(r"(?<![\w-])[А-ЯЁа-яё][а-яё]*(?![\w-])")  # («Биржа труда», «Эсеры» opening a sentence too)


def find_movements(morph: Morph, text: str, named: Sequence[tuple[int, int, str]] = ()) -> list[RuleSpan]:
    """Organisation spans for member nouns and lower-case movement names in ``text``."""
    taken = [(s, e) for s, e, _ in named]
    words = list(_WORD.finditer(text))
    lemmas = [morph.parse(w.group())[0].normal_form for w in words]
    out: list[RuleSpan] = []
    k = 0
    while k < len(words):
        w = words[k]
        pair = tuple(lemmas[k : k + 2])
        if pair in PHRASES and text[w.end() : words[k + 1].start()] == " ":
            out.append(RuleSpan(w.start(), words[k + 1].end(), "organisation", PHRASES[pair]))
            k += 2
            continue
        if lemmas[k] in MEMBER_NOUNS:
            out.append(RuleSpan(w.start(), w.end(), "organisation", MEMBER_NOUNS[lemmas[k]]))
        k += 1
    return [r for r in out if not any(s < r.end and r.start < e for s, e in taken)]
