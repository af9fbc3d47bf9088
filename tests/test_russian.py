"""RussianRecogniser: natasha NER + cached lemmatisation + head-word rules, on invented sentences."""

from __future__ import annotations

import pytest

from letopis.extract.morph import Morph
from letopis.extract.russian import NAME, RussianRecogniser, name_nominative
from letopis.model import Document, Mention, Segment


@pytest.fixture(scope="module")
def recogniser() -> RussianRecogniser:
    return RussianRecogniser()  # natasha loads once (~1 s) for the whole module


def _doc(text: str, segments: tuple[Segment, ...] = ()) -> Document:
    return Document(path="t.txt", text=text, content_hash="t", segments=segments)


def _find(doc: Document, surface: str, kind: str | None = None) -> Mention:
    for m in doc.mentions:
        if m.text == surface and (kind is None or m.type == kind):
            return m
    raise AssertionError(f"no mention {surface!r} in {[(m.text, m.type) for m in doc.mentions]}")


@pytest.mark.parametrize(
    "text,surface,norm,gender",
    [
        ("Встреча прошла у Петровой.", "Петровой", "Петрова", "f"),
        ("Иван Ильич Сомов сказал, что приедет.", "Иван Ильич Сомов", "Иван Ильич Сомов", "m"),
        ("Вчера пришло письмо Сомову из деревни.", "Сомову", "Сомов", "m"),
        ("Анна Сомова пришла на собрание.", "Анна Сомова", "Анна Сомова", "f"),
        ("Вчера в Москве Мясникова арестовали.", "Мясникова", "Мясников", "m"),
        ("Вчера Мясникова выступила на собрании в Москве и ушла.", "Мясникова", "Мясникова", "f"),
        ("На собрании Мясникова выступила с докладом.", "Мясникова", "Мясникова", "f"),
        ("В Перми письмо Мясникова прочли вслух.", "Мясникова", "Мясников", "m"),
        ("Статью Зориной напечатали весной.", "Зориной", "Зорина", "f"),
        ("Кускову писал Шляпников.", "Кускову", "Кусков", "m"),
        # a preposition beats a feminine verb that agrees with another subject
        ("Новость оказалась неожиданной для Александра Сомова.", "Александра Сомова", "Александр Сомов", "m"),
        # the verb after a comma belongs to another clause
        ("По словам директора Евгения Сомова, выручка выросла.", "Евгения Сомова", "Евгений Сомов", "m"),
        ("Вчера Евгения Сомова выступила в Москве.", "Евгения Сомова", "Евгения Сомова", "f"),
    ],
)
def test_russian_person_lemma_in_context(
    recogniser: RussianRecogniser, text: str, surface: str, norm: str, gender: str
) -> None:
    m = _find(recogniser(_doc(text)), surface, "person")
    assert (m.norm, m.parts.gender if m.parts else None) == (norm, gender)


def test_russian_gender_from_other_mentions(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Мы долго ждали Веру Сомову. Письмо Сомову отправили утром."))
    forms = [(m.text, m.norm) for m in doc.mentions if m.type == "person"]
    assert ("Сомову", "Сомова") in forms  # the woman named in full earlier decides the guess
    assert _find(doc, "Сомову", "person").attr("gender_from") == "document"


def test_russian_initials_join_the_surname(recogniser: RussianRecogniser) -> None:
    m = _find(recogniser(_doc("Доклад сделал Г. И. Мясников на собрании.")), "Г. И. Мясников", "person")
    assert (m.parts.initials, m.parts.surname, m.norm) == ("Г.И.", "Мясников", "Г. И. Мясников")


@pytest.mark.parametrize(
    "text,surface,kind,norm",
    [
        ("Он жил в Москве до весны.", "Москве", "place", "Москва"),
        ("Митинг прошёл на Тверской площади.", "Тверской площади", "place", "Тверская площадь"),
        (
            "Письмо пришло в Московский комитет РКП(б) в июне.",
            "Московский комитет РКП(б)",
            "organisation",
            "Московский комитет РКП(б)",
        ),
    ],
)
def test_russian_names_in_nominative(
    recogniser: RussianRecogniser, text: str, surface: str, kind: str, norm: str
) -> None:
    assert _find(recogniser(_doc(text)), surface, kind).norm == norm


@pytest.mark.parametrize(
    "text,surface,norm",
    [
        ("Рабочие Заречного завода вышли на улицу.", "Заречного завода", "Заречный завод"),
        ("На заводе «Красный молот» прошёл митинг.", "заводе «Красный молот»", "завод «Красный молот»"),
        ("Он работал на фабрике имени Сомова.", "фабрике имени Сомова", "фабрика имени Сомова"),
        ("Встала Северная железная дорога.", "Северная железная дорога", "Северная железная дорога"),
        ("В типографии «Светоч» печатали листки.", "типографии «Светоч»", "типография «Светоч»"),
    ],
)
def test_russian_enterprise_rule(recogniser: RussianRecogniser, text: str, surface: str, norm: str) -> None:
    m = _find(recogniser(_doc(text)), surface, "enterprise")
    assert m.norm == norm


def test_russian_enterprise_eponym_is_not_a_person(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Он работал на фабрике имени Сомова."))
    assert not [m for m in doc.mentions if m.type == "person"]


def test_russian_bare_head_word_is_no_mention(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Завод стоял, а съезд так и не собрался."))
    assert not [m for m in doc.mentions if m.type in ("enterprise", "event")]


@pytest.mark.parametrize(
    "text,surface",
    [
        ("Статья вышла в газете «Рабочий путь» в мае.", "Рабочий путь"),
        ("Об этом писал журнал «Молот».", "Молот"),
        ("Группа выпустила воззвание «К рабочим всех стран».", "К рабочим всех стран"),
    ],
)
def test_russian_publication_rule(recogniser: RussianRecogniser, text: str, surface: str) -> None:
    m = _find(recogniser(_doc(text)), surface, "publication")
    assert m.norm == surface


@pytest.mark.parametrize(
    "text,surface,norm",
    [
        ("Делегаты X съезда РКП(б) разъехались.", "X съезда РКП(б)", "X съезд РКП(б)"),
        (
            "Всероссийская конференция открылась утром.",
            "Всероссийская конференция",
            "Всероссийская конференция",
        ),
        ("Всеобщая забастовка длилась неделю.", "Всеобщая забастовка", "Всеобщая забастовка"),
    ],
)
def test_russian_event_rule(recogniser: RussianRecogniser, text: str, surface: str, norm: str) -> None:
    assert _find(recogniser(_doc(text)), surface, "event").norm == norm


def test_russian_offsets_are_absolute_per_segment(recogniser: RussianRecogniser) -> None:
    text = "Заголовок\n\nМеню сайта Москва\n\nИван Сомов приехал в Киев."
    segs = (Segment(0, "heading", 0, 9), Segment(1, "chrome", 11, 28), Segment(2, "paragraph", 30, len(text)))
    doc = recogniser(_doc(text, segs))
    assert all(text[m.start : m.end] == m.text for m in doc.mentions)
    assert all(m.segment != 1 for m in doc.mentions)  # site chrome is not analysed
    kiev = _find(doc, "Киев", "place")
    assert (kiev.segment, kiev.extractor, kiev.norm) == (2, NAME, "Киев")


def test_russian_keeps_earlier_mentions(recogniser: RussianRecogniser) -> None:
    earlier = Mention(0, 4, "Иван", "person", "Иван", extractor="other")
    doc = recogniser(_doc("Иван Сомов приехал в Киев.").replace(mentions=(earlier,)))
    assert doc.mentions[0] is earlier and len(doc.mentions) > 1


def test_russian_empty_text(recogniser: RussianRecogniser) -> None:
    assert recogniser(_doc("")).mentions == ()


def test_russian_quoted_name_stays_as_written() -> None:
    text = "на заводе «Красные Зори» собрались"
    start = text.index("Красные")
    assert name_nominative(Morph(), text, start, start + len("Красные Зори")) == "Красные Зори"


def test_russian_latin_form_in_brackets_is_an_alias(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Об этом сообщил Джон Смит (John Smith) на встрече в Москве."))
    m = _find(doc, "Джон Смит", "person")
    assert m.attr("alias") == "John Smith"
    assert not [x for x in doc.mentions if "John" in x.text]


@pytest.mark.parametrize(
    "text,surface,norm",
    [
        ("Письмо направили в правительство Франции.", "правительство Франции", "правительство Франции"),
        (
            "Об этом заявили в японском правительстве вчера.",
            "японском правительстве",
            "японское правительство",
        ),
        (
            "Запрос ушёл в министерство иностранных дел утром.",
            "министерство иностранных дел",
            "министерство иностранных дел",
        ),
    ],
)
def test_russian_institution_rule(recogniser: RussianRecogniser, text: str, surface: str, norm: str) -> None:
    assert _find(recogniser(_doc(text)), surface, "organisation").norm == norm


def test_russian_institution_needs_a_name(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Местные власти и правительство молчали."))
    assert not [m for m in doc.mentions if m.type == "organisation"]
