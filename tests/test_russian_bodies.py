"""RussianRecogniser on contracted Soviet bodies written in lower case: mine, shop and house committees,
committees of the poor, revolutionary tribunals and the railway union. The names are invented."""

from __future__ import annotations

import pytest

from letopis.extract.russian import RussianRecogniser
from letopis.model import Document


@pytest.fixture(scope="module")
def recogniser() -> RussianRecogniser:
    return RussianRecogniser()


def test_lower_case_contracted_bodies_are_organisations_in_their_nominative(recogniser):
    text = ("Председатель рудкома Скворешнев доложил, что цехком и домком согласны. Дело Гулькина передано "
            "ревтрибуналу, а члены комбеда и дорпрофсож написали в губком.")
    doc = recogniser(Document(path="t.txt", text=text, content_hash="t"))
    orgs = {m.text: m.norm for m in doc.mentions if m.type == "organisation"}
    assert orgs.get("рудкома") == "рудком"
    assert orgs.get("ревтрибуналу") == "ревтрибунал"
    assert orgs.get("комбеда") == "комбед"
    assert {"цехком", "домком", "дорпрофсож"} <= set(orgs)
    assert {m.text for m in doc.mentions if m.type == "person"} >= {"Скворешнев"}


def test_a_papers_editorial_office_and_soviet_power_are_no_bodies(recogniser):
    text = "В РЕДАКЦИЮ ГАЗЕТЫ «ЛЕСНОЙ ГУДОК»\nВраги Советской власти не дремлют, пишет Трофим Кулешин."
    doc = recogniser(Document(path="t.txt", text=text, content_hash="t"))
    orgs = {m.text for m in doc.mentions if m.type == "organisation"}
    assert not any("РЕДАКЦИЮ" in o or "власти" in o for o in orgs)
    assert any(m.type == "publication" and m.text == "ЛЕСНОЙ ГУДОК" for m in doc.mentions)


def test_trusts_named_by_their_product_are_bodies(recogniser):
    doc = recogniser(Document(path="t.txt", text="Заказ Югостали задержан, и Донуголь не прислал вагонов.",
                              content_hash="t"))
    orgs = {m.text for m in doc.mentions if m.type == "organisation"}
    assert {"Югостали", "Донуголь"} <= orgs
    assert not any(m.type == "person" for m in doc.mentions)


def test_a_contracted_company_is_no_person_and_control_and_famine_bodies_are_bodies(recogniser):
    text = "Лес продан т-ву «Заря». Рабочие Урлесопрома ушли. Решение губКК утверждено, и Помгол прислал хлеб."
    doc = recogniser(Document(path="t.txt", text=text, content_hash="t"))
    orgs = {m.text for m in doc.mentions if m.type == "organisation"}
    assert {"Урлесопрома", "губКК", "Помгол"} <= orgs
    assert not any(m.type == "person" for m in doc.mentions)


def test_builds_fleets_and_clubs_by_compound_and_the_body_before_a_mans_name(recogniser):
    text = ("Представитель Волгофлота т. Гаврилов заявил, что Портклуб закрыт. Инженер Камастроя т. Гаврилов "
            "ответил. Строительство идёт, сообщил инженер Турсибстроя т. Гаврилов.")
    doc = recogniser(Document(path="t.txt", text=text, content_hash="t"))
    orgs = {m.text for m in doc.mentions if m.type == "organisation"}
    persons = {m.text for m in doc.mentions if m.type == "person"}
    assert {"Волгофлота", "Портклуб", "Камастроя"} <= orgs
    assert persons == {"Гаврилов"}  # not «Турсибстроя т. Гаврилов»


def test_central_boards_by_their_prefix(recogniser):
    doc = recogniser(Document(path="t.txt", text="Представитель Центроспирта т. Гаврилов заявил, что Центрожир не "
                              "прислал вагонов.", content_hash="t"))
    assert {"Центроспирта", "Центрожир"} <= {m.text for m in doc.mentions if m.type == "organisation"}


def test_a_contracted_local_body_before_its_parents_abbreviation_is_a_body():
    text = "Письмо направлено в окротдел ОГПУ, копия в губотдел ГПУ."
    found = {(m.type, m.text) for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="t")).mentions}
    assert {("organisation", "окротдел ОГПУ"), ("organisation", "ОГПУ"), ("organisation", "губотдел ГПУ")} <= found


def test_a_republics_party_keeps_its_letters():
    text = "Решение ЦК КП(б)Г передано в КП(б)Уз и в РКП (б)."
    found = {(m.type, m.text) for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="t")).mentions}
    assert {("organisation", "КП(б)Г"), ("organisation", "КП(б)Уз")} <= found
    assert ("organisation", "КП") not in found


def test_a_partys_letters_with_dots_are_a_body():
    text = "Члены Р.С.Д.Р.П. бежали за границу."
    found = {(m.type, m.text) for m in RussianRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="t")).mentions}
    assert ("organisation", "Р.С.Д.Р.П.") in found
