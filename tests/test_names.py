"""parse_name: Latin and Cyrillic names into NameParts."""

from __future__ import annotations

import pytest

from letopis.extract.names import display_name, is_initials, looks_like_surname, parse_name, surname_gender


@pytest.mark.parametrize(
    "text, given, patronymic, surname, initials, gender",
    [
        ("K. P. Voronkov", None, None, "Voronkov", "K.P.", "m"),
        ("K.P. Voronkov", None, None, "Voronkov", "K.P.", "m"),
        ("Voronkov K.", None, None, "Voronkov", "K.", "m"),
        ("Stepan Ilyich Voronkov", "Stepan", "Ilyich", "Voronkov", None, "m"),
        ("Comrade Voronkov", None, None, "Voronkov", None, "m"),
        ("Voronkov’s", None, None, "Voronkov", None, "m"),
        ("Zinaida Voronkova", "Zinaida", None, "Voronkova", None, "f"),
        ("Dal-Voronkova", None, None, "Dal-Voronkova", None, "f"),
        ("Anna Petrovna Shulko", "Anna", "Petrovna", "Shulko", None, "f"),
        ("Ilya Tumansky", "Ilya", None, "Tumansky", None, "m"),
        ("Marta Tumanskaya", "Marta", None, "Tumanskaya", None, "f"),
        ("VORONKOV Stepan", "Stepan", None, "Voronkov", None, "m"),
        ("Pieter van der Molen", "Pieter", None, "van der Molen", None, None),
        ("Воронков Степан Ильич", "Степан", "Ильич", "Воронков", None, "m"),
        ("Степан Воронков", "Степан", None, "Воронков", None, "m"),
        ("Воронкова З. П.", None, None, "Воронкова", "З.П.", "f"),
        ("Stepan Ilyich", "Stepan", "Ilyich", None, None, "m"),  # given name and patronymic, no surname
        ("Stepan", None, None, "Stepan", None, None),  # a lone word may be either: resolution decides
    ],
)
def test_names_parse(text, given, patronymic, surname, initials, gender):
    parts = parse_name(text)
    assert (parts.given, parts.patronymic, parts.surname, parts.initials, parts.gender) == (
        given, patronymic, surname, initials, gender)


@pytest.mark.parametrize("word, expected", [("Voronkov", "m"), ("Voronkova", "f"), ("Tumanskaya", "f"),
                                            ("Tumansky", "m"), ("Shulko", None), ("Kirsch", None)])
def test_names_surname_gender(word, expected):
    assert surname_gender(word) == expected


@pytest.mark.parametrize("word, expected", [("Voronkov", True), ("Petrenko", True), ("Within", False),
                                            ("Certain", False), ("Really", False), ("Kovalchuk", True)])
def test_names_looks_like_surname(word, expected):
    assert looks_like_surname(word) is expected


@pytest.mark.parametrize("token, expected", [("K.", True), ("K.P.", True), ("K. P.", True), ("Kp", False)])
def test_names_initials(token, expected):
    assert is_initials(token) is expected


def test_names_display_name():
    assert display_name(parse_name("Stepan Ilyich Voronkov"), "x") == "Stepan Voronkov"
    assert display_name(parse_name("K. P. Voronkov"), "x") == "Voronkov"
