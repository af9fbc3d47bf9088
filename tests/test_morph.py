"""The cached morphology and the Russian name lemmatiser (word level, no NER)."""

from __future__ import annotations

import pytest

from letopis.extract.morph import Morph, match_case, shared_analyser
from letopis.extract.russian_names import Cues, choose_surname, lemmatise_person, surname_readings


@pytest.fixture(scope="module")
def morph() -> Morph:
    return Morph()


def test_morph_cache_parses_each_form_once(morph: Morph) -> None:
    first = morph.parse("Москве")
    assert morph.parse("москве") is first  # same cached tuple, case-insensitive
    assert any(p.normal_form == "москва" for p in first)


def test_morph_cache_is_bounded() -> None:
    small = Morph(maxsize=3)
    for word in ("дом", "кот", "лес", "сад", "мир"):
        small.parse(word)
    assert len(small._parses) <= 3


def test_morph_shares_one_analyser() -> None:
    assert Morph().analyser is Morph().analyser is shared_analyser()


@pytest.mark.parametrize(
    "lemma,model,expected",
    [
        ("москва", "Москве", "Москва"),
        ("вцик", "ВЦИКа", "ВЦИК"),
        ("ростов-на-дону", "Ростове-на-Дону", "Ростов-на-Дону"),
    ],
)
def test_morph_match_case(lemma: str, model: str, expected: str) -> None:
    assert match_case(lemma, model) == expected


@pytest.mark.parametrize(
    "words,expected",
    [
        (["Москве"], "Москва"),
        (["Тверской", "площади"], "Тверская площадь"),
        (["Нижнем", "Новгороде"], "Нижний Новгород"),
        (["Московского", "комитета", "РКП(б)"], "Московский комитет РКП(б)"),
        (["Союза", "координационных", "советов"], "Союз координационных советов"),
        (["Соединенных", "Штатах"], "Соединенные Штаты"),
        (["Ростове-на-Дону"], "Ростов-на-Дону"),
        # adjectives joined by «и» before the head
        (["Промышленного", "и", "торгового", "банка", "Севера"], "Промышленный и торговый банк Севера"),
        # «частного» reads best as the noun «частное», but agrees with the noun after it as an adjective
        (["Частного", "сыщика"], "Частный сыщик"),
    ],
)
def test_morph_phrase_nominative(morph: Morph, words: list[str], expected: str) -> None:
    assert morph.phrase_nominative(words) == expected


@pytest.mark.parametrize(
    "word,expected", [("ВЦИКа", "ВЦИК"), ("РКП(б)", "РКП(б)"), ("ГПУ", "ГПУ"), ("Петрограде", "Петроград")]
)
def test_morph_word_nominative(morph: Morph, word: str, expected: str) -> None:
    assert morph.word_nominative(word) == expected


@pytest.mark.parametrize(
    "word,expected",
    [
        # pymorphy has no Surn reading: the ending rules decide
        ("Мясников", {("мясников", "m")}),
        ("Кускову", {("кусков", "m"), ("кускова", "f")}),
        ("Сомовым", {("сомов", "m")}),
        ("Сомовой", {("сомова", "f")}),
        ("Брянского", {("брянский", "m")}),
        ("Брянской", {("брянская", "f")}),
        ("Сомова", {("сомов", "m"), ("сомова", "f")}),
        # pymorphy's Surn readings, gender kept in the nominative
        ("Зориной", {("зорина", "f")}),
    ],
)
def test_morph_surname_readings(morph: Morph, word: str, expected: set[tuple[str, str]]) -> None:
    assert {(r.lemma, r.gender) for r in surname_readings(morph, word)} == expected


@pytest.mark.parametrize(
    "text,cues,norm,gender",
    [
        ("Петровой", Cues(), "Петрова", "f"),
        ("Зориной", Cues(), "Зорина", "f"),
        ("Мясников", Cues(), "Мясников", "m"),
        ("Мясникова", Cues(), "Мясников", "m"),  # a man's genitive unless something says otherwise
        ("Мясникова", Cues(feminine=True), "Мясникова", "f"),
        ("Мясникова", Cues(feminine=True, oblique=True), "Мясников", "m"),  # «у Мясникова ... была»
        ("Мясникова", Cues(memory="f"), "Мясникова", "f"),
        ("Кускову", Cues(), "Кусков", "m"),
        ("Шляпникову", Cues(), "Шляпников", "m"),
        ("Сомову", Cues(memory="f"), "Сомова", "f"),
        ("Луначарского", Cues(), "Луначарский", "m"),
        ("Брянской", Cues(), "Брянская", "f"),
        ("Коллонтай", Cues(), "Коллонтай", None),
        ("Радека", Cues(), "Радек", "m"),
        ("Обамой", Cues(), "Обама", None),
    ],
)
def test_morph_lone_surname(morph: Morph, text: str, cues: Cues, norm: str, gender: str) -> None:
    person = lemmatise_person(morph, text, cues)
    assert (person.norm, person.parts.surname, person.parts.gender) == (norm, norm, gender)


@pytest.mark.parametrize(
    "text,norm,given,patronymic,surname,initials,gender",
    [
        ("Ивана Ильича Сомова", "Иван Ильич Сомов", "Иван", "Ильич", "Сомов", None, "m"),
        ("Анны Сомовой", "Анна Сомова", "Анна", None, "Сомова", None, "f"),
        ("Анна Сомова", "Анна Сомова", "Анна", None, "Сомова", None, "f"),
        ("Марии Ивановны Петровой", "Мария Ивановна Петрова", "Мария", "Ивановна", "Петрова", None, "f"),
        ("Сомову Ивану Ильичу", "Сомов Иван Ильич", "Иван", "Ильич", "Сомов", None, "m"),
        ("Мясникову Г. И.", "Мясников Г. И.", None, None, "Мясников", "Г.И.", "m"),
        ("Юрию Долгорукому", "Юрий Долгорукий", "Юрий", None, "Долгорукий", None, "m"),
        ("Александры Коллонтай", "Александра Коллонтай", "Александра", None, "Коллонтай", None, "f"),
        ("Карла Радека", "Карл Радек", "Карл", None, "Радек", None, "m"),
        ("Владимира Ильича", "Владимир Ильич", "Владимир", "Ильич", None, None, "m"),
    ],
)
def test_morph_full_name(
    morph: Morph, text: str, norm: str, given: str, patronymic: str, surname: str, initials: str, gender: str
) -> None:
    person = lemmatise_person(morph, text)
    p = person.parts
    assert (person.norm, p.given, p.patronymic, p.surname, p.initials, p.gender) == (
        norm,
        given,
        patronymic,
        surname,
        initials,
        gender,
    )


def test_morph_initials_do_not_tell_gender(morph: Morph) -> None:
    person = lemmatise_person(morph, "Г. И. Мясникова")
    assert (person.norm, person.parts.initials, person.ambiguous) == ("Г. И. Мясников", "Г.И.", True)


def test_morph_choose_surname_marks_a_guess(morph: Morph) -> None:
    readings = surname_readings(morph, "Сомова")
    reading, guess = choose_surname(readings, Cues())
    assert (reading.lemma, guess) == ("сомов", True)
    reading, guess = choose_surname(readings, Cues(feminine=True))
    assert (reading.lemma, guess) == ("сомова", False)


@pytest.mark.parametrize(
    "text,given,surname",
    [
        ("Виктор Шендерович", "Виктор", "Шендерович"),  # -ович at the end of two words is a surname
        ("Марин Ле Пен", "Марин", "Ле Пен"),  # a particle joins the surname
        ("Реджеп Тайип Эрдоган", "Реджеп", "Эрдоган"),  # a middle name is not part of the surname
        ("Гаррета Рейсмана", "Гаррет", "Рейсман"),  # an unknown given name declined like a noun
    ],
)
def test_morph_foreign_and_compound_names(morph: Morph, text: str, given: str, surname: str) -> None:
    parts = lemmatise_person(morph, text).parts
    assert (parts.given, parts.surname) == (given, surname)


def test_a_town_whose_case_form_two_lemmas_share_equally_takes_the_longer_town_name(morph: Morph) -> None:
    assert morph.phrase_nominative(["Самару"]) == "Самара"  # not a masculine «Самар» in the dative
    assert morph.phrase_nominative(["Киеву"]) == "Киев"


def test_a_cut_first_word_keeps_the_case_of_each_part() -> None:
    assert match_case("с.-петербург", "С.-Петербурге") == "С.-Петербург"
    assert match_case("вцик", "ВЦИКа") == "ВЦИК"
