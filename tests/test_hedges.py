"""Hedge cues, English and Russian, every level."""

from __future__ import annotations

import pytest

from letopis.extract.hedges import find_hedges, sentence_hedge, strongest
from letopis.model import HEDGES


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Identified members of the circle include Arkov and Belin.", "en", "asserted"),
        ("Arkov is likely involved in the circle.", "en", "probable"),
        ("Arkov was apparently present at the meeting.", "en", "probable"),
        ("Presumably Arkov chaired the meeting.", "en", "probable"),
        ("According to reports, Arkov attended.", "en", "reported"),
        ("Arkov allegedly burned the journal.", "en", "reported"),
        ("Arkov reportedly joined the circle.", "en", "reported"),
        ("A protocol purportedly from the meeting arrived.", "en", "reported"),
        ("There is suspicion of Arkov's involvement.", "en", "suspected"),
        ("Arkov, the supposed ideologue of the circle, was arrested.", "en", "suspected"),
        ("He denied any connection with the circle.", "en", "denied"),
        ("Arkov distanced himself from the circle.", "en", "denied"),
        ("Historians have found no evidence of it.", "en", "refuted"),
        ("There is no evidence that Arkov was a member.", "en", "refuted"),
        ("Арков состоял в кружке.", "ru", "asserted"),
        ("Арков, вероятно, входил в кружок.", "ru", "probable"),
        ("Арков, по-видимому, присутствовал.", "ru", "probable"),
        ("По сведениям ГПУ, Арков входил в кружок.", "ru", "reported"),
        ("Арков якобы распространял листовки.", "ru", "reported"),
        ("Арков подозревается в связях с кружком.", "ru", "suspected"),
        ("Арков отрицал свою связь с кружком.", "ru", "denied"),
        ("Нет данных о его членстве в кружке.", "ru", "refuted"),
    ],
)
def test_hedges_sentence_level(text: str, lang: str, expected: str) -> None:
    assert sentence_hedge(text, lang) == expected


@pytest.mark.parametrize(
    "levels,expected",
    [
        ({"reported", "probable"}, "probable"),
        ({"denied", "refuted"}, "refuted"),
        ({"suspected", "reported"}, "suspected"),
        (set(), "asserted"),
    ],
)
def test_hedges_strongest_wins(levels: set[str], expected: str) -> None:
    assert strongest(levels) == expected


def test_hedges_cues_have_offsets_and_known_levels() -> None:
    text = "He denied any connection, and historians have found no evidence of any."
    cues = find_hedges(text)
    assert {c.hedge for c in cues} == {"denied", "refuted"}
    for c in cues:
        assert c.hedge in HEDGES
        assert text[c.start:c.end] == c.text
