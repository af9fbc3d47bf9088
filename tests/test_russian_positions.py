"""RussianRecogniser on names by their script, their preposition and the words after them: Latin letters inside
a Russian text (an address copied from an envelope), «с» + genitive, case forms of an unknown town, an adjective
before its noun. The persons, towns, island and works are invented."""

from __future__ import annotations

import pytest

from letopis.extract.russian import RussianRecogniser
from letopis.model import Document


def test_latin_places_and_a_latin_name_in_a_russian_address_are_typed_by_the_english_lexicon():
    text = "Обратный адрес: Mexico, Sonora, Hermosillo, Lucas Zhukovets. Ответ ждём к Пасхе."
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    found = {(m.type, m.text) for m in doc.mentions}
    assert ("place", "Mexico") in found
    assert ("place", "Hermosillo") in found
    assert ("person", "Lucas Zhukovets") in found
    assert not any(t == "organisation" for t, s in found if s in ("Mexico", "Hermosillo", "Lucas Zhukovets"))


def test_a_lone_name_after_s_with_the_genitive_is_a_place_unless_something_is_exacted_from_a_man():
    recogniser = RussianRecogniser()
    doc = recogniser(Document(path="t.txt", text="Почта с Кулдострова приходит раз в месяц.", content_hash="t"))
    assert ("place", "Кулдострова") in {(m.type, m.text) for m in doc.mentions}
    doc = recogniser(Document(path="t.txt", text="Постановили: взыскать с Сомова штраф в пять рублей.",
                              content_hash="t"))
    assert ("person", "Сомова") in {(m.type, m.text) for m in doc.mentions}


def test_the_case_forms_of_an_unknown_town_are_one_place():
    text = "Письмо из Тамбурены. В Тамбурене живут наши. Мы поедем в Тамбурену."
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    places = [m for m in doc.mentions if m.type == "place"]
    assert len(places) == 3
    assert len({m.expansion or m.norm for m in places}) == 1


@pytest.mark.parametrize("text, expected", [
    ("Списки передали Зареченскому пересыльному пункту вчера.",
     ("organisation", "Зареченскому пересыльному пункту")),
    ("Доклад Культурно-воспитательной части заслушан.", ("organisation", "Культурно-воспитательной части")),
    ("Поручить Петрову школу.", ("person", "Петрову")),
    ("Рабочие Ольховского лесозавода требуют расчёта.", ("enterprise", "Ольховского лесозавода")),
])
def test_an_adjective_before_the_noun_it_agrees_with_is_no_surname(text, expected):
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    assert expected in {(m.type, m.text) for m in doc.mentions}


def test_an_abbreviated_title_before_a_name_is_no_person_of_its_own():
    doc = RussianRecogniser()(Document(path="t.txt", text="Затем Проф. Вишняков прочёл лекцию о торфе.",
                                       content_hash="t"))
    persons = [m.text for m in doc.mentions if m.type == "person"]
    assert "Вишняков" in persons and not any(p.startswith("Проф") for p in persons)


def test_an_american_street_written_in_russian_is_a_place():
    from letopis.extract.morph import Morph
    from letopis.extract.russian_types import retype

    text = "Письма шлите Кругловым на Вайн-стрит."
    start = text.index("Вайн-стрит")
    assert retype(Morph(), text, (start, start + len("Вайн-стрит"), "PER")) == (start, start + 10, "LOC")


def test_a_diminutive_in_an_oblique_case_is_a_given_name_in_its_nominative():
    text = "Передай поклон Мане. Со Стешей мы виделись летом. Отдай Ванюше книгу."
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    given = {m.text: (m.parts.given if m.parts else None) for m in doc.mentions if m.type == "person"}
    assert given == {"Мане": "Маня", "Стешей": "Стеша", "Ванюше": "Ванюша"}


def test_a_name_the_document_puts_after_a_preposition_of_place_is_that_place_wherever_it_stands_bare():
    recogniser = RussianRecogniser()
    text = "Бензин везут из Тункарема собаками. Связь держат с радиостанцией Тункарема. В Тункареме база."
    found = [(m.type, m.text) for m in recogniser(Document(path="t.txt", text=text, content_hash="t")).mentions]
    assert [t for t, s in found if s.startswith("Тункарем")] == ["place"] * 3
    text = "Мы жили в Петрове. Петрова вызвали в суд, Петров ответил."  # a man who acts is a man
    found = {(m.type, m.text) for m in recogniser(Document(path="t.txt", text=text, content_hash="t")).mentions}
    assert ("person", "Петров") in found and ("place", "Петрове") in found


@pytest.mark.parametrize("text, person, absent", [
    ("Кладовщика вызвали в контору. Мельник сказал, что зерна нет.", "Мельник", "Кладовщика"),
    ("Показания Прапорщика Тарвицкого приложены к делу.", "Тарвицкого", "Прапорщика"),
    ("Помол был плохой. Гончар сказал, что жернов треснул.", "Гончар", "Помол"),
])
def test_a_common_noun_the_tagger_took_for_a_name_is_no_person(text, person, absent):
    found = {(m.type, m.text) for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="t")).mentions}
    assert ("person", person) in found
    assert not any(s == absent or s.startswith(absent + " ") for t, s in found if t == "person")


def test_red_cross_refugee_and_special_department_compounds_are_bodies():
    text = "Списки переданы в Укркраскрест и Центропленбежу. Особотдел Юзфронта запросил сведения."
    found = {(m.type, m.text) for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="t")).mentions}
    assert {("organisation", "Укркраскрест"), ("organisation", "Особотдел Юзфронта")} <= found
    assert not any(t == "person" for t, _ in found)


def test_a_preposition_opening_a_sentence_is_cut_off_the_name_and_an_adverb_is_no_name():
    from letopis.extract.morph import Morph
    from letopis.extract.russian_types import retype

    morph = Morph()
    text = "Об Тарвицком ничего не известно."
    assert retype(morph, text, (0, 12, "PER")) == (3, 12, "PER")
    assert retype(morph, "Секретно\nСводка", (0, 8, "PER")) is None


def test_an_abbreviation_spelt_out_in_brackets_after_it_is_a_body():
    text = "Служащие так называемой ГКТ (Губернской комиссии по топливу) уволены."
    found = {(m.type, m.text) for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="t")).mentions}
    assert ("organisation", "ГКТ") in found


def test_code_names_left_in_the_nominative_after_a_genitive_noun_are_persons_in_every_case():
    text = ("От осведомителей «Лесник» и «Горец» получены донесения о сходке. "
            "Донесение «Лесника» подтвердилось, и Тарвин уехал. Пособие «Горцу» выдано.")
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    persons = {m.text: m.norm for m in doc.mentions if m.type == "person"}
    assert {"Лесник", "Горец", "Лесника", "Горцу"} <= set(persons)
    assert persons["Горцу"] == "Горец"
    assert not any(m.type == "organisation" for m in doc.mentions)


def test_a_short_participle_opening_a_clerks_note_is_no_name():
    text = "[На обороте:] Доложено. Справку о Тарвине Петре Ильиче приложить."
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    assert not any(m.text == "Доложено" for m in doc.mentions)


def test_a_department_is_a_body_after_a_capitalised_adjective_but_a_mills_shop_is_none():
    text = "[Пометка чиновника Особого отдела:] Проверить. Мастер ткацкого отдела Тарвин уволен."
    found = {(m.type, m.text) for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="t")).mentions}
    assert ("organisation", "Особого отдела") in found
    assert not any("ткацк" in s for _, s in found)


def test_a_town_spelt_with_a_cut_first_word_is_one_place_and_inside_a_body_one_body():
    text = ("Тарвина Анна учится в С.-Петербурге. Дело хранится в С.-Петербургском охранном отделении. "
            "Брат живёт в Н.-Новгороде.")
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    found = {(m.type, m.text): m.norm for m in doc.mentions}
    assert found[("place", "С.-Петербурге")] == "С.-Петербург"
    assert found[("organisation", "С.-Петербургском охранном отделении")] == "С.-Петербургское охранное отделение"
    assert ("place", "Н.-Новгороде") in found
    assert not any(s in ("С", "Н.") for _, s in found)


def test_a_union_and_the_next_word_staff_and_bodies_of_a_kind_are_no_names():
    text = ("Правление союза и завком решили. Паёк получают ИТР и рабочие. Выдача через волисполкомы не допускается. "
            "Тарвинский сельсовет собрался.")
    found = {(m.type, m.text) for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="t")).mentions}
    assert ("organisation", "Тарвинский сельсовет") in found
    assert not any(s.endswith(" и") or s in ("ИТР", "волисполкомы") for _, s in found)


def test_an_initial_ending_a_sentence_keeps_its_dot_and_is_read_as_an_initial():
    from letopis.extract.russian import _clean

    text = "Список: Тарвинов Пётр, Оленин Иван. Подписал Тарвинов П. Копию сдать."
    s = text.rindex("Тарвинов")
    assert _clean(text, s, s + len("Тарвинов П"), "PER") == (s, s + len("Тарвинов П."), "PER")  # natasha stops at the dot
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    short = next(m for m in doc.mentions if m.start == s)
    assert (short.parts.surname, short.parts.initials) == ("Тарвинов", "П.")


def test_a_comrade_named_after_a_place_is_cut_from_it():
    from letopis.extract.russian import _clean
    from letopis.extract.russian_orgs import split_span

    text = "Инструктор по Тарвельскому уезду т. Кродерс выступил."
    s = text.index("Тарвельскому")
    # the spans natasha draws over such a line: the place with the comrade's abbreviation, or with him too
    assert _clean(text, s, text.index(" Кродерс"), "LOC") == (s, text.index(" т."), "LOC")
    e = text.index(" выступил")
    assert split_span(text, (s, e, "LOC")) == [(s, text.index(" т."), "LOC"), (text.index("Кродерс"), e, "PER")]


def test_the_samara_committee_of_1918_by_its_contracted_name_is_a_body_in_every_case():
    text = "Летом 1918 года Тарвин вступил в войска Комуча. Комуч распался осенью."
    found = {(m.type, m.text): m.norm for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                           content_hash="t")).mentions}
    assert found[("organisation", "Комуча")] == "Комуч" and ("organisation", "Комуч") in found
