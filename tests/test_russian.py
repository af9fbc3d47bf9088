"""RussianRecogniser: natasha NER + cached lemmatisation + head-word rules, on invented sentences."""

from __future__ import annotations

import pytest

from letopis.extract.morph import Morph
from letopis.extract.russian import NAME, RussianRecogniser, name_nominative
from letopis.extract.russian_orgs import split_span
from letopis.extract.russian_types import retype
from letopis.extract.russian_variants import link_variants, syllabic
from letopis.extract.russian_vehicles import drop_vehicles
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


def test_russian_a_republic_body_by_its_prefix_and_the_komsomol_committees(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Жалоба направлена в Татнаркомтруда и в Татрабкрин. Секретарь укомола выступил."))
    orgs = {m.text: m.norm for m in doc.mentions if m.type == "organisation"}
    assert orgs.get("Татнаркомтруда") == "Татнаркомтруд" and "Татрабкрин" in orgs and "укомола" in orgs
    assert not [m for m in doc.mentions if m.type == "place"]


def test_russian_a_third_initial_opens_the_next_person(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("2. СЛУШАЛИ: т. Зотову о работе учительницы Лыковой А. С. Т. Зотова сообщила, что "
                          "Лыкова отказалась. 4) Т. Зотовой впредь обязательно присутствовать."))
    persons = [m.text for m in doc.mentions if m.type == "person"]
    assert "Лыковой А. С." in persons and "Зотова" in persons and "Зотовой" in persons
    assert not [p for p in persons if p.startswith(("С. Т.", "Т. "))]  # «Т.» here is the comrade


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
        ("Хлеб сдан на Озерский элеватор.", "Озерский элеватор", "Озерский элеватор"),
    ],
)
def test_russian_enterprise_rule(recogniser: RussianRecogniser, text: str, surface: str, norm: str) -> None:
    m = _find(recogniser(_doc(text)), surface, "enterprise")
    assert m.norm == norm


def test_russian_enterprise_eponym_is_not_a_person(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Он работал на фабрике имени Сомова."))
    assert not [m for m in doc.mentions if m.type == "person"]


@pytest.mark.parametrize(
    "text,surface,norm",
    [
        ("Председатель колхоза имени Сомова Крапивин доложил.", "колхоза имени Сомова", "колхоз имени Сомова"),
        ("В колхозе имени Карла Сомова сеют.", "колхозе имени Карла Сомова", "колхоз имени Карла Сомова"),
    ],
)
def test_russian_kolkhoz_by_its_namesake(recogniser: RussianRecogniser, text: str, surface: str, norm: str) -> None:
    assert _find(recogniser(_doc(text)), surface, "organisation").norm == norm


def test_russian_zemstvo_boards_by_their_level(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Уездная земская управа отказала. Губернское земство не ответило. Он управлял имением."))
    orgs = [m.text for m in doc.mentions if m.type == "organisation"]
    assert orgs == ["Уездная земская управа", "Губернское земство"]


def test_russian_lone_word_after_a_preposition_of_place_is_a_place(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Написал сестре в Кужбалу. Лодочник Рыкунов содержится на Ожеге. Донос на Сомова подал "
                          "Крапивин. Пришёл к Сомову."))
    found = {(m.type, m.text) for m in doc.mentions}
    assert ("place", "Кужбалу") in found and ("place", "Ожеге") in found
    assert ("person", "Сомова") in found and ("person", "Сомову") in found


def test_russian_work_team_by_an_ordinal_word_is_no_body(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Во второй бригаде не хватало рук. 2-я бригада 5-й дивизии отступила."))
    orgs = [m.text for m in doc.mentions if m.type == "organisation"]
    assert "второй бригаде" not in orgs and "2-я бригада" in orgs


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


# --- organisations and places: types, spans, variants ---------------------------------------------


def _kinds(doc: Document, kind: str) -> list[str]:
    return [m.text for m in doc.mentions if m.type == kind]


def test_russian_authorities_are_no_mention(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Власти Германии и местные власти долго молчали."))
    assert not [m for m in doc.mentions if m.type == "organisation" and "ласт" in m.text]


def test_russian_union_of_states_is_an_organisation(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Евросоюз и ЕС спорят с Российской Федерацией."))
    assert {"Евросоюз", "ЕС"} <= set(_kinds(doc, "organisation"))
    assert "Российской Федерацией" in _kinds(doc, "place")


def test_russian_common_noun_abbreviation_is_no_mention(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Об этом писали СМИ, а Сомов молчал."))
    assert "СМИ" not in [m.text for m in doc.mentions]


@pytest.mark.parametrize(
    "text,surface,norm",
    [
        ("Представители партии «Зелёный путь» выступили.", "партии «Зелёный путь»", "партия «Зелёный путь»"),
        ("Акции ОАО «Северная заря» выросли.", "ОАО «Северная заря»", "ОАО «Северная заря»"),
        ("Об этом сообщила пресс-служба Сомова.", "пресс-служба Сомова", "пресс-служба Сомова"),
        (
            "Экипаж 9-й долговременной экспедиции вернулся.",
            "9-й долговременной экспедиции",
            "9-й долговременная экспедиция",
        ),
        ("Руководство Грузии ответило.", "Руководство Грузии", "Руководство Грузии"),
    ],
)
def test_russian_organisation_rules(
    recogniser: RussianRecogniser, text: str, surface: str, norm: str
) -> None:
    assert _find(recogniser(_doc(text)), surface, "organisation").norm == norm


def test_russian_expedition_needs_a_number(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Экспедиция в горы прошла успешно."))
    assert not _kinds(doc, "organisation")


def test_russian_role_noun_keeps_the_person_out(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Пришёл глава партии Ивана Сомова и ушёл."))
    assert not [m for m in doc.mentions if m.type == "organisation" and "Сомова" in m.text]


def test_russian_nominative_person_is_no_complement(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Как сообщил представитель в прокуратуре Владимир Сомов, дело закрыто."))
    assert not [m for m in doc.mentions if m.type == "organisation" and "Сомов" in m.text]


def test_russian_publisher_after_article(recogniser: RussianRecogniser) -> None:
    m = _find(recogniser(_doc("Подробнее читайте в статье Вечернего наблюдателя.")), "Вечернего наблюдателя")
    assert (m.type, m.norm) == ("publication", "Вечерний наблюдатель")


def test_russian_dictionary_abbreviations_and_sites(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Он учился в МГУ, а об этом сообщает severinfo.ru сегодня."))
    assert {"МГУ", "severinfo.ru"} <= set(_kinds(doc, "organisation"))


def test_russian_abbreviation_in_brackets_joins_its_name(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Союз защиты рыболовов (СЗР) провёл собрание. Позже СЗР обратился в суд."))
    forms = [m for m in doc.mentions if m.type == "organisation"]
    assert [m.text for m in forms] == ["Союз защиты рыболовов", "СЗР", "СЗР"]
    assert {m.expansion for m in forms} == {"Союз защиты рыболовов"}


def test_russian_case_forms_of_a_quoted_name_join(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Он был корреспондентом «Голоса Севера», а потом «Голосу Севера» ответили."))
    forms = [m for m in doc.mentions if m.type == "organisation"]
    assert len(forms) == 2 and {m.expansion for m in forms} == {"Голоса Севера"}


def test_russian_state_abbreviation_joins_the_country(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Россия ответила. Позже РФ заявила протест."))
    places = {m.text: m for m in doc.mentions if m.type == "place"}
    assert places["РФ"].expansion == places["Россия"].expansion == "Россия"


def test_russian_list_in_one_span_is_split() -> None:
    text = "Список: Палестина • Парагвай; Перу"
    start = text.index("П")
    parts = split_span(text, (start, len(text), "LOC"))
    assert [text[s:e] for s, e, _ in parts] == ["Палестина", "Парагвай", "Перу"]


def test_russian_two_abbreviations_in_brackets_are_split() -> None:
    text = "Игумен Сомов (ПЦУ МП) прибыл"
    spans = split_span(text, (0, text.index(")") + 1, "ORG"))
    assert [text[s:e] for s, e, _ in spans] == ["Игумен Сомов", "ПЦУ МП"]


@pytest.mark.parametrize(
    "word,phrase,expected",
    [
        ("минлесхоз", "министерство лесного хозяйства", True),
        ("облгордума", "областная городская дума", True),
        ("евросуд", "европейский суд", True),
        ("министерство", "министерство обороны", False),  # one word is no compound
        ("москвич", "московский чемпионат", False),
    ],
)
def test_russian_syllabic_abbreviation(word: str, phrase: str, expected: bool) -> None:
    assert syllabic(word, phrase.split()) is expected


def test_russian_link_syllabic_abbreviation() -> None:
    text = "Министерство лесного хозяйства ответило. Минлесхоз молчал."
    ms = [_m(text, "Министерство лесного хозяйства", "organisation"), _m(text, "Минлесхоз", "organisation")]
    linked = link_variants(Morph(), text, ms)
    assert [m.expansion for m in linked] == ["Министерство лесного хозяйства"] * 2


def test_russian_name_and_abbreviation_in_one_span_are_split() -> None:
    text = "Союз защиты рыболовов (СЗР) провёл"
    spans = split_span(text, (0, text.index(")") + 1, "ORG"))
    assert [text[s:e] for s, e, _ in spans] == ["Союз защиты рыболовов", "СЗР"]


@pytest.mark.parametrize(
    "text,surface,typ,expected",
    [
        ("Вчера Кремль заявил о встрече.", "Кремль", "LOC", "ORG"),
        ("Вчера в Кремле прошла встреча.", "Кремле", "LOC", "LOC"),
        ("Вчера Белый дом получил письмо.", "Белый дом", "LOC", "ORG"),
        ("Концерт прошёл во Дворце спорта вечером.", "Дворце спорта", "ORG", "LOC"),
        ("Делегация Французской Республики приехала.", "Французской Республики", "ORG", "LOC"),
        ("Сотрудники Лесохраны приехали утром.", "Лесохраны", "PER", "ORG"),
        ("Гонщики команды Вильямс-Рено финишировали.", "Вильямс-Рено", "PER", "ORG"),
        ("Спор разрешил Евросуд вчера.", "Евросуд", "LOC", "ORG"),
        ("В Советском Союзе это знали.", "Советском Союзе", "LOC", "LOC"),
        ("Её нашли вечером.", "Её", "ORG", None),
        ("Так решили в Большого вечером.", "Большого", "ORG", None),
        ("Отчёт вышел вчера.", "Отчёт", "ORG", None),
        ("Акции ПАО выросли.", "ПАО", "ORG", None),
        ("Слово взял Олег Сомов на собрании.", "Олег Сомов", "ORG", "PER"),
    ],
)
def test_russian_retype(text: str, surface: str, typ: str, expected: str | None) -> None:
    start = text.index(surface)
    span = retype(Morph(), text, (start, start + len(surface), typ))
    assert (span[2] if span else None) == expected


def _m(text: str, surface: str, kind: str, norm: str | None = None, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, kind, norm or surface)


def test_russian_link_head_with_its_longer_name() -> None:
    text = "Конгресс США собрался. Конгресс принял закон."
    ms = [_m(text, "Конгресс США", "organisation"), _m(text, "Конгресс", "organisation", nth=1)]
    linked = link_variants(Morph(), text, ms)
    assert linked[0].expansion == linked[1].expansion is not None


def test_russian_link_two_longer_names_stay_apart() -> None:
    text = "Совет Европы и Совет Федерации спорят, а Совет молчит."
    ms = [
        _m(text, "Совет Европы", "organisation"),
        _m(text, "Совет Федерации", "organisation"),
        _m(text, "Совет", "organisation", nth=2),
    ]
    assert all(m.expansion is None for m in link_variants(Morph(), text, ms))


def test_russian_link_adjective_and_genitive_of_a_place() -> None:
    text = "Китайское правительство ответило, а правительство Китая передумало."
    ms = [
        _m(text, "Китайское правительство", "organisation"),
        _m(text, "правительство Китая", "organisation"),
    ]
    linked = link_variants(Morph(), text, ms)
    assert linked[0].expansion == linked[1].expansion is not None


def test_russian_link_quoted_name_and_descriptor() -> None:
    text = "Концерн «Волна» купил завод. Акции «Волны» упали."
    ms = [_m(text, "Концерн «Волна»", "organisation"), _m(text, "Волны", "organisation")]
    linked = link_variants(Morph(), text, ms)
    assert linked[0].expansion == linked[1].expansion is not None


def test_russian_link_abbreviation_by_initials() -> None:
    text = "Движение против лесных пожаров выступило. ДПЛП ответило."
    ms = [_m(text, "Движение против лесных пожаров", "organisation"), _m(text, "ДПЛП", "organisation")]
    linked = link_variants(Morph(), text, ms)
    assert [m.expansion for m in linked] == ["Движение против лесных пожаров"] * 2


def test_russian_link_governed_abbreviation_stays_apart() -> None:
    text = "Северный обком КПСС заседал. КПСС молчала."
    ms = [_m(text, "Северный обком КПСС", "organisation"), _m(text, "КПСС", "organisation", nth=1)]
    assert all(m.expansion is None for m in link_variants(Morph(), text, ms))


def test_russian_link_city_and_country_in_brackets_stay_apart() -> None:
    text = "Завод в Детройте (США) закрыт."
    ms = [_m(text, "Детройте", "place", "Детройт"), _m(text, "США", "place")]
    assert all(m.expansion is None for m in link_variants(Morph(), text, ms))


def test_russian_craft_are_no_organisations() -> None:
    text = "Шаттл «Рассвет» вернулся. После «Рассвета» полетит «Заря»."
    ms = [_m(text, "Рассвета", "organisation"), _m(text, "Заря", "organisation")]
    assert [m.text for m in drop_vehicles(Morph(), text, ms)] == ["Заря"]


@pytest.mark.parametrize(
    "text,surface",
    [
        ("Сомов стал чемпионом Европы по шахматам.", "Европы"),  # natasha leaves it untagged
        ("Письмо ушло в Совет Европы вчера.", "Европы"),  # a place inside an organisation's name
    ],
)
def test_russian_dictionary_place_natasha_left_out(
    recogniser: RussianRecogniser, text: str, surface: str
) -> None:
    assert _find(recogniser(_doc(text)), surface, "place").norm == "Европа"


def test_russian_quoted_name_after_one_head_is_one_mention(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Представители партии «Зелёный путь» выступили."))
    assert _kinds(doc, "organisation") == ["партии «Зелёный путь»"]


def test_russian_branch_keeps_the_nested_movement(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Представители московского отделения движения «Зелёный путь» выступили."))
    forms = {m.text: m for m in doc.mentions if m.type == "organisation"}
    assert set(forms) == {"московского отделения движения «Зелёный путь»", "Зелёный путь"}
    assert forms["Зелёный путь"].expansion is None  # a branch is not the movement itself


def test_russian_craft_of_a_named_company_keep_the_company() -> None:
    # «Команда Крустон»: the name is a company, so «болида Крустон» is its car, not the car's name
    text = "Команда Крустон не подала жалобу. Оба болида Крустон стартовали последними."
    ms = [_m(text, "Крустон", "organisation"), _m(text, "Крустон", "organisation", nth=1)]
    assert len(drop_vehicles(Morph(), text, ms)) == 2


def test_russian_station_of_a_legal_form_keeps_the_company(recogniser: RussianRecogniser) -> None:
    text = "Южная насосная станция ГУП «Речная вода» утверждает, что всё в порядке."
    assert _kinds(recogniser(_doc(text)), "organisation") == ["ГУП «Речная вода»"]


def test_russian_news_site_at_the_end_of_a_sentence(recogniser: RussianRecogniser) -> None:
    assert "novostiboliv.ru" in _kinds(recogniser(_doc("Об этом сообщает novostiboliv.ru.")), "organisation")


def test_russian_plural_head_distributes_over_listed_places(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Полиция работала вместе с правоохранительными органами Боливии, Монголии и Непала."))
    norms = [m.norm for m in doc.mentions if m.type == "organisation"]
    assert norms == [
        "правоохранительные органы Боливии",
        "правоохранительные органы Монголии",
        "правоохранительные органы Непала",
    ]
    assert _kinds(doc, "place") == ["Боливии", "Монголии", "Непала"]  # the places stay


def test_russian_singular_head_over_two_places_is_one_body(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Комиссия Боливии и Монголии собралась в понедельник."))
    assert _kinds(doc, "organisation") == ["Комиссия Боливии"]


def test_russian_coordinated_heads_share_the_complement(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Начальники генштаба и разведывательных служб Боливии выступили перед депутатами."))
    assert _find(doc, "генштаба", "organisation").norm == "генштаб Боливии"
    assert _find(doc, "разведывательных служб Боливии", "organisation").norm == "разведывательные службы Боливии"


def test_russian_country_noun_is_a_complement(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Депутаты распустили парламент страны в пятницу."))
    assert _kinds(doc, "organisation") == ["парламент страны"]


def test_russian_meeting_of_people_is_an_event(recogniser):
    doc = recogniser(_doc("В Приречье состоялось собрание рабочих завода «Серый Молот». Законодательное собрание края заседало."))
    assert _find(doc, "собрание рабочих завода «Серый Молот»").type == "event"
    assert _find(doc, "Законодательное собрание").type == "organisation"


def test_russian_place_word_inside_a_quoted_name_is_no_place(recogniser):
    doc = recogniser(_doc("Рабочие завода «Красный Алтай» бастовали. Газета «Вестник Сибири» писала о Сибири."))
    places = [(m.text, m.start) for m in doc.mentions if m.type == "place"]
    assert not [p for p in places if p[0] == "Алтай"]
    assert [p for p in places if p[0] == "Сибири"] == [("Сибири", doc.text.rindex("Сибири"))]


def test_russian_country_read_as_a_name_is_a_place(recogniser):
    doc = recogniser(_doc("Участники: Чили • Эквадор • Египет • Эфиопия • Гана."))
    assert not [m.text for m in doc.mentions if m.type == "person"]


def test_russian_participle_at_sentence_start_is_no_person(recogniser):
    doc = recogniser(_doc("Подана первая заявка на регистрацию кандидата."))
    assert not [m.text for m in doc.mentions if m.type == "person"]


def test_russian_soviet_bodies_by_their_contracted_names(recogniser):
    doc = recogniser(_doc("Телеграмма губкома обещала выплату. Приреченскому укому РКП(б) поручено собрать "
                          "членов ячеек. Губпрофсовету направлен доклад."))
    assert _find(doc, "губкома", "organisation").norm == "губком"
    assert _find(doc, "Приреченскому укому РКП(б)", "organisation").norm == "Приреченский уком РКП(б)"
    assert _find(doc, "Губпрофсовету", "organisation").norm == "Губпрофсовет"


def test_russian_span_over_a_signature_block_is_cut_at_the_line(recogniser):
    doc = recogniser(_doc("Начальник губотдела ГПУ        П. Зорин\nСекретарь                      Кукушкина\n"))
    texts = {(m.type, m.text) for m in doc.mentions}
    assert ("person", "П. Зорин") in texts
    assert not any("\n" in t or "   " in t for _, t in texts)


def test_russian_union_named_by_its_members(recogniser):
    doc = recogniser(_doc("Представитель профсоюза металлистов выступил. Просить ЦК союза металлистов. "
                          "Собрание союза железнодорожников приняло резолюцию. Союз с Ландией заключён."))
    orgs = {m.text for m in doc.mentions if m.type == "organisation"}
    assert {"профсоюза металлистов", "ЦК союза металлистов", "союза железнодорожников"} <= orgs
    assert not any(t.startswith("Союз с") for t in orgs)


def test_russian_short_name_of_an_enterprise_is_the_enterprise(recogniser):
    doc = recogniser(_doc("На фабрике «Заря Востока» зарплата задержана. У проходной «Зари Востока» "
                          "расклеены листовки."))
    assert {m.type for m in doc.mentions if "Зар" in m.text} == {"enterprise"}


def test_russian_narkomats_and_trusts_by_contracted_names(recogniser):
    doc = recogniser(_doc("Письмо послано в Наркомтруд и в Льнотрест. Директор Металлотреста уехал."))
    found = {(m.type, m.text, m.norm) for m in doc.mentions}
    assert ("organisation", "Наркомтруд", "Наркомтруд") in found
    assert ("organisation", "Льнотрест", "Льнотрест") in found
    assert ("organisation", "Металлотреста", "Металлотрест") in found


def test_russian_military_units_named_by_number(recogniser):
    doc = recogniser(_doc("Он служил в 27-й стрелковой дивизии. Бригада прибыла."))
    assert _find(doc, "27-й стрелковой дивизии", "organisation").norm == "27-й стрелковая дивизия"
    assert not [m for m in doc.mentions if m.text == "Бригада"]


def test_russian_protocol_headings_address_words_and_village_bodies(recogniser):
    doc = recogniser(_doc("ПРОТОКОЛ № 14\n\nПОСТАНОВИЛИ: просить Приреченский уисполком прислать агронома. "
                          "Гр. Мокин отрицает, что пруд арендует его шурин Зотиков Кирилл. "
                          "Верхне-Ключевской сельсовет обязался дать лес."))
    found = {(m.type, m.text) for m in doc.mentions}
    assert not any(t in ("ПРОТОКОЛ", "ПОСТАНОВИЛИ", "Гр", "Приреченский") for _, t in found)
    assert ("organisation", "Приреченский уисполком") in found
    assert ("person", "Зотиков Кирилл") in found
    assert ("organisation", "Верхне-Ключевской сельсовет") in found


def test_russian_names_after_settlement_and_river_words(recogniser):
    doc = recogniser(_doc("Заявление из д. Сухой Лог. О ремонте моста через р. Ворожу. Лавка в с. Верхние Пруды. "
                          "Ссора у хутора Ракитного."))
    places = {(m.text, m.norm) for m in doc.mentions if m.type == "place"}
    assert {("Сухой Лог", "Сухой Лог"), ("Верхние Пруды", "Верхние Пруды"), ("Ворожу", "Ворожу")} <= places
    assert any(t == "Ракитного" for t, _ in places)


def test_russian_initials_after_a_surname_are_not_a_second_person(recogniser):
    doc = recogniser(_doc("Присутствовали: председатель Барсуков Е. Л., секретарь Сомикова П. Т.; гости."))
    persons = [m.text for m in doc.mentions if m.type == "person"]
    assert "Барсуков Е. Л." in persons and "Сомикова П. Т." in persons
    assert "П. Т." not in persons and "Е. Л." not in persons


def test_russian_name_in_apposition_to_a_role_noun_is_nominative(recogniser):
    doc = recogniser(_doc("Секретарь Сомикова П. Т. прочитала протокол. Докладчик Петрищева сообщил."))
    assert _find(doc, "Сомикова П. Т.", "person").parts.gender == "f"
    assert _find(doc, "Петрищева", "person").norm == "Петрищев"  # the verb says a man
    doc = recogniser(_doc("По словам директора Евгения Сомикова, выручка выросла."))
    assert _find(doc, "Евгения Сомикова", "person").norm == "Евгений Сомиков"


def test_russian_tovarishch_abbreviated_at_a_sentence_start(recogniser):
    doc = recogniser(_doc("Ответственным назначить т. Фролова. Т. Гуськин возражал против этого."))
    persons = {m.text for m in doc.mentions if m.type == "person"}
    assert persons == {"Фролова", "Гуськин"}
    doc = recogniser(_doc("Т. Гуськин возражал против этого."))  # no «т.» elsewhere: an initial
    assert {m.text for m in doc.mentions if m.type == "person"} == {"Т. Гуськин"}


def test_russian_soviets_named_by_adjectives_in_lists(recogniser):
    doc = recogniser(_doc("Председатели сельсоветов: Верхне-Ключинского — Фролкин Т. А., Малиновецкого — "
                          "Кудрин. Отстают Малиновецкий и Сухоложский сельсоветы. Поручить Малиновецкому "
                          "сельсовету собрать налог. Письмо Малиновецкому отправлено."))
    orgs = {m.text for m in doc.mentions if m.type == "organisation"}
    assert {"Верхне-Ключинского", "Малиновецкого", "Малиновецкий", "Малиновецкому сельсовету"} <= orgs
    persons = [m.text for m in doc.mentions if m.type == "person"]
    assert "Фролкин Т. А." in persons and "Кудрин" in persons
    assert persons.count("Малиновецкому") == 1  # the letter to a man


def test_russian_comrade_after_a_body_is_split_off(recogniser):
    doc = recogniser(_doc("Присутствовали: представитель Кривоборского укома РКП(б) т. Голованов; "
                          "секретарь т. Дьячков."))
    assert _find(doc, "Кривоборского укома РКП(б)", "organisation")
    assert _find(doc, "Голованов", "person") and _find(doc, "Дьячков", "person")
    doc = recogniser(_doc("Присутствовали: представитель Кривоборского укома РКП(б) т. Голованцев."))
    assert _find(doc, "Кривоборского укома РКП(б)", "organisation")  # natasha stops before «(б)» here


def test_russian_person_named_after_a_body_or_a_village(recogniser):
    doc = recogniser(_doc("Заявление учителя Верхне-Ключинской школы I ступени Златогорова Павла Никаноровича "
                          "о ремонте. Заявление гр. д. Сухой Овраг Мокина Фёдора Лаврентьевича о налоге."))
    assert _find(doc, "Верхне-Ключинской школы I ступени", "organisation")
    assert _find(doc, "Златогорова Павла Никаноровича", "person").norm == "Златогоров Павел Никанорович"
    assert _find(doc, "Сухой Овраг", "place")
    assert _find(doc, "Мокина Фёдора Лаврентьевича", "person")


def test_russian_common_noun_opening_an_organisation_span(recogniser):
    doc = recogniser(_doc("Доклад Рыбинского губкома был заслушан.\n\n5. ТЕКУЩИЕ ДЕЛА.\nа) Заявление."))
    assert _find(doc, "Рыбинского губкома", "organisation").norm == "Рыбинский губком"
    assert not [m for m in doc.mentions if m.text in ("ДЕЛА", "Доклад Рыбинского губкома")]


def test_russian_meeting_of_a_cell_is_no_body_and_the_party_keeps_its_bracket(recogniser):
    doc = recogniser(_doc("общего открытого собрания ячейки РКП(б) механического завода «Молот Труда»"))
    orgs = [m.text for m in doc.mentions if m.type == "organisation"]
    assert orgs == ["РКП(б)"]
    assert _find(doc, "завода «Молот Труда»", "enterprise")


def test_russian_verb_and_period_compounds_are_no_names(recogniser):
    doc = recogniser(_doc("ПОСТАНОВИЛИ: Ответить Даниловскому укому, что ячейка согласна. Политшкола работала плохо."))
    assert not [m for m in doc.mentions if m.type == "person"]
    assert _find(doc, "Политшкола", "organisation")


def test_russian_lone_contracted_body_is_the_one_named_in_full(recogniser):
    doc = recogniser(_doc("Письмо Даниловского укома РКП(б) о рабочих. Уком сообщает, что рабочие уехали."))
    assert _find(doc, "Уком", "organisation").expansion == "Даниловский уком РКП(б)"
    doc = recogniser(_doc("Письмо Даниловского укома и Кашинского укома. Уком сообщает."))
    assert _find(doc, "Уком", "organisation").expansion is None  # two of them: which one is not said


def test_russian_body_name_before_the_abbreviation_of_its_parent(recogniser):
    from letopis.extract.russian_spans import split_two_names

    morph = recogniser.morph
    text = "и Главметалл ВСНХ денег не даст"
    assert split_two_names(morph, text, (2, 17, "ORG")) == [(2, 12, "ORG"), (13, 17, "ORG")]
    text = "Московский комитет РКП"
    assert split_two_names(morph, text, (0, len(text), "ORG")) == [(0, len(text), "ORG")]
    doc = recogniser(_doc("Он заявил, что «завод работает в убыток и Главметалл ВСНХ денег не даст»."))
    assert {"Главметалл", "ВСНХ"} <= {m.text for m in doc.mentions if m.type == "organisation"}


def test_russian_informers_cover_name_in_quotes_is_a_person(recogniser):
    doc = recogniser(_doc("По данным нашего осведомителя «Весёлого», во главе группы стоит Лаптев."))
    assert _find(doc, "Весёлого", "person").norm == "Весёлый"


def test_russian_contracted_soviet_bodies_are_no_places(recogniser):
    doc = recogniser(_doc("Страхование посевов через Госстрах. Поехал в Торжок и в Кострому."))
    assert _find(doc, "Госстрах", "organisation")
    assert _find(doc, "Торжок", "place") and _find(doc, "Кострому", "place")


def test_russian_town_after_its_abbreviation_and_a_correspondents_title(recogniser):
    assert _find(recogniser(_doc("В редакцию газеты «Голос Мсты», г. Вышний Волочёк")), "Вышний Волочёк", "place")
    doc = recogniser(_doc("Селькор «Зоркий глаз»"))
    assert not [m for m in doc.mentions if m.text == "Селькор"]
    doc = recogniser(_doc("Мельник сказал, что хлеба нет."))  # a surname that is also a common noun stays
    assert _find(doc, "Мельник", "person")


def test_russian_person_ends_at_an_initial_before_the_next_sentence(recogniser):
    doc = recogniser(_doc("Редакция передала материал о самогоноварении гражданки Бурмакиной А. "
                          "Ответственный секретарь редакции Л. Ф. Сабурова."))
    assert _find(doc, "Бурмакиной А.", "person").norm == "Бурмакина А."
    assert _find(recogniser(_doc("Доклад сделал Г. И. Мясников на собрании.")), "Г. И. Мясников", "person")


def test_russian_period_abbreviations_and_peoples_courts(recogniser):
    doc = recogniser(_doc("Надо обратиться к волисполкому, а ещё лучше в уездную РКИ. Нарсуду 3-го участка "
                          "передан материал."))
    assert _find(doc, "РКИ", "organisation") and _find(doc, "Нарсуду", "organisation").norm == "Нарсуд"


def test_russian_archive_of_a_reference_is_an_organisation(recogniser):
    doc = recogniser(_doc("ГАКО. Ф. Р-1. Оп. 2. Д. 77. Л. 3 об.; ЦГА СПб. Ф. 6276. Оп. 9. Д. 118."))
    assert _find(doc, "ГАКО", "organisation") and _find(doc, "ЦГА СПб", "organisation")


def test_russian_member_nouns_and_lower_case_movements_but_no_sides_of_the_war(recogniser):
    doc = recogniser(_doc("Среди выступавших замечен бывший эсер Синицын. Он встречался с бывшим меньшевиком "
                          "Аароновым. Штаубе служил у белых в Архангельске. Ему объявляли выговор за рабочую "
                          "оппозицию. Просить биржу труда помочь. Белые дома стояли."))
    orgs = {(m.text, m.norm) for m in doc.mentions if m.type == "organisation"}
    assert {("эсер", "эсеры"), ("меньшевиком", "меньшевики"),
            ("рабочую оппозицию", "Рабочая оппозиция"), ("биржу труда", "биржа труда")} <= orgs
    assert not any(t.lower().startswith("белы") for t, _ in orgs)  # a side of the war is no body (stop 27)


def test_russian_signatures_with_a_feminine_role_and_the_year_abbreviation(recogniser):
    doc = recogniser(_doc("Е. Мызникова, работница чесального отделения\nН. Колобова, член ВКП(б) с 1919 г.\n"
                          "И. Петрова, прядильщица.\nА. Иванова, жена кулака, сказала."))
    assert _find(doc, "Е. Мызникова", "person").norm == "Е. Мызникова"
    assert _find(doc, "И. Петрова", "person")  # after «1919 г.», the year, not a town
    doc = recogniser(_doc("Он уехал в г. Москву в 1923 г. Петров остался."))
    assert _find(doc, "Москву", "place") and _find(doc, "Петров", "person")


def test_russian_name_after_comrade_and_a_signature_title(recogniser):
    doc = recogniser(_doc("Письмо направлено в Центральную контрольную комиссию к товарищу Ярославскому.\n\n"
                          "Газета напечатала статью председателя губисполкома тов. Баранцева «Долой рвачей».\n\n"
                          "Секретарь                      Белянкина\n25/III-23 г."))
    assert _find(doc, "Ярославскому", "person").norm == "Ярославский"
    assert _find(doc, "Баранцева", "person").norm == "Баранцев"
    assert _find(doc, "Белянкина", "person").norm == "Белянкина"


def test_russian_relative_pronoun_gives_the_gender_and_initials_join_their_surname(recogniser):
    doc = recogniser(_doc("Собрание открывает т. Ковригина, которая предлагает почтить память. Выступил т. "
                          "Пыжова, который сказал. Доклад сделал директор фабрики т. Шубин Г. А.)."))
    assert _find(doc, "Ковригина", "person").norm == "Ковригина"
    assert _find(doc, "Пыжова", "person").norm == "Пыжов"


def test_russian_initials_tagged_apart_join_the_surname_before_them():
    from letopis.extract.russian import _join_initials

    text = "директор фабрики т. Шубин Г. А.). Далее"
    s = text.index("Шубин")
    spans = [(s, s + 5, "PER"), (s + 6, s + 12, "PER")]
    assert _join_initials(text, spans) == [(s, s + 11, "PER")]


def test_russian_signature_line_quoted_cooperatives_and_admin_departments(recogniser):
    doc = recogniser(_doc("Начальник уездного отделения ОГПУ Силантьев\nСекретарь Обухова\n\nОграблен ларёк "
                          "сельпо «Трудовая Нива». В совхозе «Ясный Лог» пожар. Тамбовский губадмотдел сообщает. "
                          "Секретарь Москвы уехал."))
    assert _find(doc, "Обухова", "person")
    assert _find(doc, "сельпо «Трудовая Нива»", "organisation")
    assert _find(doc, "совхозе «Ясный Лог»", "organisation")
    assert _find(doc, "Тамбовский губадмотдел", "organisation")
    assert _find(doc, "Москвы", "place")


def test_russian_surname_first_before_a_given_name_and_patronymic(recogniser):
    doc = recogniser(_doc("Раймилицией задержан гр. Теребенев Илья Прохорович, 1899 г. р., безработный. "
                          "Председательница Березовского сельсовета Мокрогузова Агриппина Тихоновна пыталась "
                          "успокоить толпу."))
    persons = _kinds(doc, "person")
    assert "Теребенев Илья Прохорович" in persons
    assert "Мокрогузова Агриппина Тихоновна" in persons
    assert "Илья Прохорович" not in persons and not _kinds(doc, "place")


def test_russian_works_committee_of_a_named_works_is_one_body(recogniser):
    doc = recogniser(_doc("Председатель завкома завода «Молот Труда» тов. Шубин доложил. Местком фабрики «Заря» молчит. "
                          "Правлению Кожтреста отправлено письмо; Кожтрест не ответил."))
    assert _find(doc, "завкома завода «Молот Труда»", "organisation").norm == "завком завода «Молот Труда»"
    assert _find(doc, "завода «Молот Труда»", "enterprise")  # the works is named inside, and listed too
    assert "завкома" not in _kinds(doc, "organisation")
    assert _find(doc, "Кожтрест", "organisation").norm == "Кожтрест"
    assert {m.norm for m in doc.mentions if m.text.startswith(("Кожтрест", "Правлению Кожтреста"))} <= {
        "Кожтрест", "правление Кожтреста", "Правление Кожтреста"}


def test_russian_nicknames_are_persons_in_every_case(recogniser):
    doc = recogniser(_doc("Главарём шайки является Василий Ложкарёв по кличке «Косой», бежавший из исправдома. "
                          "Связь «Косого» с крестьянами устанавливается. Лавка «Трудовая Нива» ограблена.\n\n"
                          "Трофим Савельевич Бурдаков, по прозвищу «Пятак», держит мельницу. Товар идёт к «Пятаку»."))
    persons = {(m.text, m.norm) for m in doc.mentions if m.type == "person"}
    assert {("Косой", "Косой"), ("Косого", "Косой"), ("Пятак", "Пятак"), ("Пятаку", "Пятак")} <= persons
    assert ("Трофим Савельевич Бурдаков", "Трофим Савельевич Бурдаков") in persons
    assert not any(m.text in ("Косого", "Пятаку") and m.type != "person" for m in doc.mentions)


def test_russian_sources_code_names_are_persons_but_a_paper_s_staff_is_no_cue(recogniser):
    doc = recogniser(_doc("Источник «Кедр» сообщает, что склад пуст. Связь с «Кедром» идёт через Ригу. "
                          "Источники «Кедр» и «Липа» надёжны; с «Липой» видеться реже. Секретный сотрудник "
                          "«Жернов» арестован. Сотрудник «Вестника» сообщил. Подробности источники «Вестника» не сообщают."))
    persons = {(m.text, m.norm) for m in doc.mentions if m.type == "person"}
    assert {("Кедр", "Кедр"), ("Кедром", "Кедр"), ("Липа", "Липа"), ("Липой", "Липа"), ("Жернов", "Жернов")} <= persons
    assert "Вестника" not in {m.text for m in doc.mentions if m.type == "person"}  # a paper's staff and sources
    doc = recogniser(_doc("Письмо переслано в Профинтерн и Совпроф. Трест Уралзолото закрыт. Председатель муниципалитета "
                          "Тарвиша Лукин приехал."))
    assert {"Профинтерн", "Совпроф", "Уралзолото"} <= {m.text for m in doc.mentions if m.type == "organisation"}
    assert _find(doc, "муниципалитета Тарвиша", "organisation")  # a town's council, with the town


def test_russian_contracted_militia_and_an_office_before_a_body_adjective(recogniser):
    doc = recogniser(_doc("Начальник Моршанской уездмилиции (подпись). Сводку губмилиции получили. "
                          "Председательница Берёзовского сельсовета Мокрогузова Агриппина Тихоновна выступила."))
    assert _find(doc, "Моршанской уездмилиции", "organisation").norm == "Моршанская уездмилиция"
    assert _find(doc, "губмилиции", "organisation").norm == "губмилиция"
    assert not any(m.text.startswith("Председательница") for m in doc.mentions)
    assert "Моршанской" not in _kinds(doc, "person")


def test_russian_inflected_period_abbreviations_and_church_parties(recogniser):
    doc = recogniser(_doc("О сборе средств в пользу МОПРа для помощи рабочим. В селе идёт борьба между тихоновцами "
                          "и обновленцами."))
    assert _find(doc, "МОПРа", "organisation").norm == "МОПР"
    assert _find(doc, "тихоновцами", "organisation").norm == "тихоновцы"
    assert _find(doc, "обновленцами", "organisation").norm == "обновленцы"


def test_russian_village_bodies_by_adjective_and_peasant_roles(recogniser):
    doc = recogniser(_doc("Заявление учительницы Гнилушинской школы первой ступени Тимашовой Веры. По решению "
                          "Острожского РИКа кулаки выселены. Колхозница Мокрицкая выступила."))
    assert "Гнилушинской" not in _kinds(doc, "person") and "Острожского РИКа" not in _kinds(doc, "person")
    assert _find(doc, "Острожского РИКа", "organisation").norm == "Острожский РИК"
    assert any(m.text.startswith("Гнилушинской школы") for m in doc.mentions if m.type == "organisation")
    assert "Колхозница Мокрицкая" not in _kinds(doc, "person") and "Мокрицкая" in _kinds(doc, "person")


def test_russian_untagged_name_triples_streets_and_railways_by_abbreviation(recogniser):
    doc = recogniser(_doc("Заявление учительницы Гнилушинской школы первой ступени Тимофеевой Веры Константиновны. "
                          "На ст. Алгасово Рязано-Уральской ж. д. задержан вор. Собирались на квартире (ул. Свободы, "
                          "д. 34)."))
    assert _find(doc, "Тимофеевой Веры Константиновны", "person").norm == "Тимофеева Вера Константиновна"
    assert _find(doc, "Рязано-Уральской ж. д.", "organisation")
    assert _find(doc, "ул. Свободы", "place") and _find(doc, "Алгасово", "place")


def test_russian_an_office_alone_and_an_inflected_abbreviation_are_no_persons(recogniser):
    doc = recogniser(_doc("Поп продолжает агитацию. От РИКа — тов. Белоконева М. А."))
    assert "Поп" not in _kinds(doc, "person") and "РИКа" not in _kinds(doc, "person")
    assert _find(doc, "РИКа", "organisation").norm == "РИК"


def test_a_surname_natasha_left_out_before_initials_joins_them(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Тов. Прядкин В. Н. (штурман буксира): На том берегу грузчики недовольны.\n\n"
                          "Прошу разобрать поведение Загорова П. Н. и решить. В Москве П. А. Пестов сказал."))
    persons = _kinds(doc, "person")
    assert "Прядкин В. Н." in persons and "Загорова П. Н." in persons and "П. А. Пестов" in persons
    assert "В. Н." not in persons and "П. Н." not in persons


def test_contracted_centres_and_bureaus_are_bodies(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Весь лён сдан Льноцентру, а райпрофбюро молчит. Решение Хлебоцентра пришло поздно."))
    orgs = _kinds(doc, "organisation")
    assert "Льноцентру" in orgs and "Хлебоцентра" in orgs and "Льноцентру" not in _kinds(doc, "place")


def test_a_town_adjective_opening_a_body_is_the_towns_mention(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Он был секретарём Бугурусланского укома, потом работал на Сызранском кирпичном заводе. "
                          "Красный завод стоял, Ломовский завод тоже."))
    places = {m.text: m.norm for m in doc.mentions if m.type == "place"}
    assert places.get("Бугурусланского") == "Бугуруслан" and places.get("Сызранском") == "Сызрань"
    assert "Красный" not in places and "Ломовский" not in places


def test_a_capitals_heading_a_mark_and_a_lone_surname_are_no_bodies(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Секретно.\n\nОБЪЯСНИТЕЛЬНАЯ ЗАПИСКА\n\nНа собрании выступил Сундуков-Ветлин и "
                          "сказал, что рабочие завода Пряхин-Зеленский бастуют. ВСЕРОССИЙСКИЙ ЦЕНТРАЛЬНЫЙ "
                          "ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ постановил."))
    orgs = _kinds(doc, "organisation") + _kinds(doc, "enterprise")
    assert "Секретно" not in orgs and "ОБЪЯСНИТЕЛЬНАЯ ЗАПИСКА" not in orgs and "Сундуков-Ветлин" not in orgs
    assert "ВСЕРОССИЙСКИЙ ЦЕНТРАЛЬНЫЙ ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ" in orgs
    assert any("Пряхин-Зеленский" in t for t in orgs)


def test_a_last_initial_without_its_full_stop_is_still_an_initial(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Слово имел Прядкин П. Д\n\nВыступил тов. Прядкин П. Д., он сказал."))
    parts = [m.parts for m in doc.mentions if m.type == "person"]
    assert parts and all(p.surname == "Прядкин" and p.initials == "П.Д." for p in parts)


def test_a_village_adjective_before_a_works_or_a_soviet_body_is_the_body(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Секретарь ячейки ВКП(б) при Кряжевском льнозаводе «Рассвет» т. Пестунова. Письмо в "
                          "Ряжский уком партии. Решение Ряжского укома."))
    orgs = {m.text: m.norm for m in doc.mentions if m.type == "organisation"}
    assert orgs.get("Кряжевском льнозаводе") == "Кряжевский льнозавод"
    assert orgs.get("Ряжского укома") == "Ряжский уком" and "Ряжский уком партии" in orgs.values()
    assert "Кряжевском" not in _kinds(doc, "person")


def test_the_last_items_of_a_list_of_places_are_places(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Решили послать коммунистов на пристани Бора, Городца и Балахны. В Москве выступили "
                          "Пестунов и Кряжев."))
    assert "Балахны" in _kinds(doc, "place") and "Балахны" not in _kinds(doc, "person")
    assert "Пестунов" in _kinds(doc, "person") and "Кряжев" in _kinds(doc, "person")


def test_russian_signer_alone_at_the_end_of_a_role_line(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Протокол утвердили.\nНачальник информотделения Костылин\nСекретарь            Тумакова\n"))
    assert {"Костылин", "Тумакова"} <= set(_kinds(doc, "person"))


def test_russian_kinship_word_before_a_given_name_is_no_surname(recogniser: RussianRecogniser) -> None:
    doc = recogniser(_doc("Потом пришёл к Дяде Ване. Мы звали его Дядя Ваня. С Дядей Ваней мы говорили."))
    people = [m for m in doc.mentions if m.type == "person"]
    assert people and {m.norm for m in people} == {"Дядя Ваня"}
    assert all(m.parts.surname is None and m.parts.given == "Ваня" for m in people)


def test_russian_offices_and_honorifics_are_no_names(recogniser):
    doc = recogniser(_doc("Его Превосходительству Тарвельскому Губернатору. Фельдшерица Ракитина пришла. "
                          "Губернатор Тарасов приехал."))
    persons = {m.text for m in doc.mentions if m.type == "person"}
    assert {"Ракитина", "Тарасов"} <= persons
    assert not any("Губернатору" in p or "Фельдшерица" in p for p in persons)


def test_russian_a_body_s_staff_is_no_craft(recogniser):
    doc = recogniser(_doc("Записку передали через аппарат Западного секретариата. Полёт к станции «Заря» отложен."))
    assert _find(doc, "Западного секретариата", "organisation")
    assert "Заря" not in {m.text for m in doc.mentions if m.type == "organisation"}


def test_russian_chief_boards_by_their_prefix(recogniser):
    doc = recogniser(_doc("Договор с Главконцесскомом подписан. Главацкий пришёл."))
    assert _find(doc, "Главконцесскомом", "organisation")
    assert "Главацкий" in {m.text for m in doc.mentions if m.type == "person"}


def test_russian_co_operatives_by_contracted_names(recogniser):
    doc = recogniser(_doc("Представитель Бурмонкоопа приехал в Кяхту. Пайщики Алтайкоопа собрались."))
    found = {(m.type, m.text) for m in doc.mentions}
    assert ("organisation", "Бурмонкоопа") in found and ("organisation", "Алтайкоопа") in found


def test_russian_two_works_by_their_adjectives_before_one_plural_head(recogniser):
    doc = recogniser(_doc("Рабочие Зареченского и Ольховского приисков бастовали. На Кедровском прииске тихо."))
    found = {(m.type, m.text, m.norm) for m in doc.mentions}
    assert ("enterprise", "Зареченского", "Зареченский прииск") in found
    assert ("enterprise", "Ольховского", "Ольховский прииск") in found
    assert ("enterprise", "Кедровском прииске", "Кедровский прииск") in found
    assert not any(t in ("person", "place") for t, _, _ in found)  # the adjectives name the works only


def test_russian_councils_by_contracted_names(recogniser):
    doc = recogniser(_doc("Решение Оргсовета утверждено. Докладывал товарищ Советов."))
    found = {(m.type, m.text) for m in doc.mentions}
    assert ("organisation", "Оргсовета") in found and ("person", "Советов") in found


def test_russian_initials_alone_name_nobody_and_a_dative_surname_takes_its_initials(recogniser):
    doc = recogniser(_doc("1. Жердеву П. Н. за грубость объявить выговор.\nНа полях: «Подготовить к обсуждению. "
                          "О. К.»\nКрасноводск, 19.Х.1928 г."))
    found = {m.text for m in doc.mentions if m.type == "person"}
    assert "Жердеву П. Н." in found and not found & {"П. Н.", "О. К.", "Х."}


def test_russian_units_named_after_a_man(recogniser):
    doc = recogniser(_doc("Он служил в батальоне имени Сулеймана Стальского, потом в полку имени Фрунзе."))
    found = {(m.type, m.norm) for m in doc.mentions}
    assert ("organisation", "полк имени Фрунзе") in found
    assert any(t == "organisation" and n.startswith("батальон имени") for t, n in found)
    assert not any(t == "person" for t, _ in found)
