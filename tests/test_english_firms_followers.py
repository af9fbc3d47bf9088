"""EnglishRecogniser on Soviet compound bodies, a leader's followers, firms named by partners, publishers of
reference-list entries, companies by their legal form, towns opening a sentence, and nicknames after "called". Every name of a person, firm
or body here is invented."""

from __future__ import annotations

import pytest

from letopis.extract.en_citations import reference_entries
from letopis.extract.english import EnglishRecogniser
from letopis.model import Document
from letopis.resolve.aliases import find_aliases


@pytest.fixture(scope="module")
def rec() -> EnglishRecogniser:
    return EnglishRecogniser()


def _found(rec: EnglishRecogniser, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in rec(Document(path="t.txt", text=text, content_hash="h")).mentions}


def test_the_republics_compound_bodies_are_organisations(rec):
    found = _found(rec, "In 1920 the Azrevkom and the Azcheka took the wells of Azneft. The report went from the "
                        "Turkcheka to the TurTsIK, and the censors of Holovlit banned the paper.")
    for name in ("Azrevkom", "Azcheka", "Azneft", "Turkcheka", "TurTsIK", "Holovlit"):
        assert ("organisation", name) in found
    assert not any(k == "person" for k, _ in found)


def test_a_leaders_followers_are_a_body_but_a_bodys_members_are_not(rec):
    found = _found(rec, "In the spring the Kravetsists held the bridge, and the Chekists arrested them.")
    assert ("organisation", "Kravetsists") in found
    assert ("organisation", "Chekists") not in found


def test_a_consulate_general_and_a_flotilla_are_bodies(rec):
    found = _found(rec, "He fled to the Chinese Consulate General, and the Siberian Flotilla left the bay.")
    orgs = {t for k, t in found if k == "organisation"}
    assert any(t.startswith("Chinese Consulate") for t in orgs)
    assert "Siberian Flotilla" in orgs


def test_a_reference_list_entry_gives_its_publisher_and_every_author():
    text = ('Barsukova, R. Sh., N. V. Lomtadze and P. Erkin. 2016. Counting the Sheep. Moscow: Izdatel\'stvo "Zvon".'
            "\nKrawczyk, Tomasz. 2015. The Politics of Bread. Toronto: Bayshore Academic.\n")
    parts = {(kind, text[s:e]) for s, e, kind in reference_entries(text)}
    assert ("organisation", 'Izdatel\'stvo "Zvon"') in parts
    assert ("organisation", "Bayshore Academic") in parts
    assert ("person", "N. V. Lomtadze") in parts and ("person", "P. Erkin") in parts
    assert ("place", "Toronto") in parts


def test_partners_before_a_capitalised_trade_are_a_firm_and_the_firm_is_found_again(rec):
    found = _found(rec, "Apply to Messrs. Loxley and Fenwick, Solicitors, King-street.\n\nFACTORY ACTS.—Messrs. "
                        "Pendry and Ormsall, cotton\nspinners, were fined.\n\nThe dispute at Pendry and Ormsall's "
                        "concerning wages is settled.")
    assert ("organisation", "Loxley and Fenwick") in found
    assert sum(1 for k, t in found if (k, t) == ("organisation", "Pendry and Ormsall")) == 1
    spans = [m for m in rec(Document(path="t.txt", text="Messrs. Pendry and Ormsall, cotton spinners, and "
                                     "later Pendry and Ormsall's men.", content_hash="h")).mentions]
    assert [m.type for m in spans if m.text == "Pendry and Ormsall"] == ["organisation", "organisation"]
    assert not any(m.type == "person" for m in spans)


def test_two_names_owning_a_mill_are_a_firm(rec):
    found = _found(rec, "There was a strike at Pendry and Ormsall's mill last week.")
    assert ("organisation", "Pendry and Ormsall") in found


def test_initials_closing_a_sentence_do_not_take_the_next_word(rec):
    found = _found(rec, "She is the wife of Mr. Councillor Pendleby, J.P. The meeting was large.")
    assert not any(t.endswith("The") for _, t in found)
    assert ("person", "Pendleby") in found


def test_a_large_city_or_a_diarys_place_line_may_open_a_sentence(rec):
    found = _found(rec, "3 August. Korets.\nWe rested.\n\nDundee was quiet that week. Reading the orders, "
                        "we left.")
    assert ("place", "Dundee") in found
    assert ("place", "Korets") in found
    assert not any(t == "Reading" for _, t in found)


def test_a_quoted_nickname_after_called_is_an_alias():
    text = 'The spinner Ivan Gurkin, called "Zhorka Pupyrkin", spoke. The so-called "Red Dawn" group met.'
    ivan, vanka = text.index("Ivan"), text.index("Zhorka")
    red = text.index("Red")
    spans = [(0, ivan, ivan + 11, "person"), (1, vanka, vanka + 15, "person"), (2, red, red + 8, "organisation")]
    links = find_aliases(text, spans)
    assert [(link.a, link.b, link.kind) for link in links] == [(0, 1, "pseudonym")]


@pytest.mark.parametrize("text, firm", [
    ("The cranes came from the German firm Kellner-Roth AG of Essen, which sent two fitters.", "Kellner-Roth AG"),
    ("The turbines were built by Hessel Turbinenbau GmbH in 1929.", "Hessel Turbinenbau GmbH"),
    ("The bank paid Dorval S.A. in francs.", "Dorval S.A."),
    ("The timber went to Halvik A/S of Bergen.", "Halvik A/S"),
])
def test_a_company_by_its_legal_form_is_an_organisation(rec, firm, text):
    assert ("organisation", firm) in _found(rec, text)


def test_the_russian_plural_of_a_party_member_names_the_party(rec):
    assert ("organisation", "Bolsheviki") in _found(rec, "The town was taken by the Bolsheviki in June.")


def test_a_trading_house_and_a_family_firm_are_no_persons_and_keep_their_town(rec):
    found = _found(rec, "The Trading House of the Brothers Tolkachev sold flour.")
    assert ("organisation", "Trading House of the Brothers Tolkachev") in found
    assert not any(t == "person" for t, _ in found)
    found = _found(rec, "They shipped it with Lazarou Frères of Piraeus.")
    assert ("organisation", "Lazarou Frères") in found and ("place", "Piraeus") in found


@pytest.mark.parametrize("text, firm", [
    ("He named as his employers Messrs. Tarbell and Quine, outfitters, of the Strand.", "Tarbell and Quine"),
    ("Mr. Olaf Tarbell, of Messrs. Tarbell and Quine, ore brokers, told us so.", "Tarbell and Quine"),
    ("The engineers of the firm of Hessel and Marwold are laying the line.", "Hessel and Marwold"),
    ("Pit props come from the firm of the Brothers Tkavadze of Kutais.", "Brothers Tkavadze"),
])
def test_partners_named_with_their_trade_or_after_firm_of_are_the_firm(rec, text, firm):
    assert ("organisation", firm) in _found(rec, text)


def test_a_firm_named_by_its_kind_first_or_a_nordic_legal_form_and_the_town_after_two_firms(rec):
    found = _found(rec, "Orders went to Tarvel Verkstad AB and the Maschinenfabrik Otto Kessler of Lübeck. "
                        "Inquiries were made by the Bureau Dorvin. BUREAU SORVAL-DUVET. "
                        "Handbills came from the Imprimerie Lascol; the Bureau Chief signed.")
    assert {("organisation", "Tarvel Verkstad AB"), ("organisation", "Maschinenfabrik Otto Kessler"),
            ("organisation", "Bureau Dorvin"), ("organisation", "BUREAU SORVAL-DUVET"),
            ("organisation", "Imprimerie Lascol"), ("place", "Lübeck")} <= found
    assert not any(t == "person" for t, _ in found)
    assert ("organisation", "Kustavi Oy") in _found(rec, "He sold the timber to Kustavi Oy last year.")


def test_a_saints_name_before_church_or_parish_is_the_church_but_a_saints_town_a_place(rec):
    found = _found(rec, "The choir of St. Kessel's church sang. A bazaar of St. Orvin's parish raised funds. "
                        "The bells of St. Dorvan church rang. He sailed to St. Petersburg.")
    assert {("organisation", "St. Kessel"), ("organisation", "St. Orvin"), ("organisation", "St. Dorvan"),
            ("place", "St. Petersburg")} <= found
    assert not any(t == "place" and s != "St. Petersburg" for t, s in found)


def test_a_surname_before_store_or_shop_names_the_store(rec):
    found = _found(rec, "Everyone buys at the Tarvelov store. The Sorvin shop was closed.")
    assert {("organisation", "Tarvelov store"), ("organisation", "Sorvin shop")} <= found
    assert not any(t == "person" for t, _ in found)
