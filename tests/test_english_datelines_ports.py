"""EnglishRecogniser on telegraph datelines, ports in shipping lists, Slavic place endings, regnal numbers,
followers and movements named after a man, peoples, Soviet names opening with "Red", firms with a comma
before the ampersand and Soviet trusts by compound. Every name of a person, firm or village is invented."""

from __future__ import annotations

import pytest

from letopis.extract.english import EnglishRecogniser
from letopis.model import Document


@pytest.fixture(scope="module")
def rec() -> EnglishRecogniser:
    return EnglishRecogniser()


def _found(rec: EnglishRecogniser, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in rec(Document(path="t.txt", text=text, content_hash="h")).mentions}


def test_the_town_of_a_telegraph_dateline_is_a_place_not_a_person(rec):
    found = _found(rec, "LATEST TELEGRAMS.\nMELBOURNE, June 12.\nThe strike is over.\nSYDNEY, June 12.\n"
                        "Rain fell at last.\nNEW YORK, Oct. 3.\nGold rose.\nMONDAY, Oct. 20, at noon, a sale.")
    assert {("place", "MELBOURNE"), ("place", "SYDNEY"), ("place", "NEW YORK")} <= found
    assert not any(k == "person" for k, _ in found)
    assert ("place", "MONDAY") not in found


def test_a_headword_with_a_given_name_is_still_a_person(rec):
    found = _found(rec, "VORTLEY, Pavel Ivanovich, born 1890, a turner.")
    assert any(k == "person" and t.startswith("VORTLEY") for k, t in found)


def test_a_vessels_port_before_her_cargo_is_a_place_and_her_master_a_person(rec):
    found = _found(rec, "ARRIVED.-Schr. Jenny Quell, Sandusky, salt, for the packers; bark Polly Ann, "
                        "Racine, oats.\nSAILED.-Brig Ocean Wren, Quennick, 11 days from Cardiff.")
    assert {("place", "Sandusky"), ("place", "Racine")} <= found
    assert ("person", "Quennick") in found
    assert ("person", "Sandusky") not in found


def test_a_vessel_named_after_its_noun_is_no_person_wherever_the_page_names_it(rec):
    found = _found(rec, "The cargo came by the ice-breaker Tarvelin in May. Two days later the Tarvelin sailed "
                        "north again, and s.s. Oskova left for Kessel.")
    assert not any(t == "person" for t, _ in found)
    found = _found(rec, "Comrade Tarvelin spoke first. The steamer Tarvelin left at noon. Tarvelin said nothing more.")
    assert ("person", "Tarvelin") in found  # a man of the page is named as the ship is: he stays a man
    assert ("organisation", "POLICE COURT") in _found(rec, "The harbour needs a dredger.\n\nPOLICE COURT.--"
                                                           "MONDAY.\n\nJohn Gorman was fined.")


def test_slavic_place_endings_make_a_village_but_a_title_makes_a_man(rec):
    found = _found(rec, "Bread was short in Zabrodovka and dearer still near Krasnopol. Mr. Ostendorf came with his son.")
    assert {("place", "Zabrodovka"), ("place", "Krasnopol")} <= found
    assert ("person", "Ostendorf") in found


def test_a_quoted_russian_title_word_is_no_village(rec):
    found = _found(rec, 'See her article "Listovka v derevne" of 2003.')
    assert ("place", "Listovka") not in found


def test_a_ruler_with_a_regnal_number_is_a_person(rec):
    found = _found(rec, "The fort was built by Nicholas I, and the bridge by Alexander II in his last years. "
                        "Louis XVI fell.")
    assert {("person", "Nicholas I"), ("person", "Alexander II"), ("person", "Louis XVI")} <= found


def test_followers_and_movements_named_after_a_man_are_no_persons(rec):
    found = _found(rec, "She was a Stakhanovite by then; a Trotskyite spoke to her. The Zinovievites met, and "
                        "the Makhnovshchina spread.")
    assert not any(k == "person" for k, _ in found)
    assert ("organisation", "Zinovievites") in found
    assert ("event", "Makhnovshchina") in found


def test_a_people_is_no_person_and_a_red_name_is_no_mans(rec):
    found = _found(rec, "Our Swede, Olaf Quellberg, left in May. The Red Furrow kolkhoz met in the Red Dawn club. "
                        "The Tatar Obkom sent a man.")
    assert ("person", "Olaf Quellberg") in found
    assert ("person", "Norwegian") not in found
    assert not any(k == "person" and t.startswith("Red") for k, t in found)
    assert ("organisation", "Tatar Obkom") in found


def test_a_firm_with_a_comma_before_the_ampersand_and_a_verb_before_it(rec):
    found = _found(rec, "Goods from Pembley, Rusk, & Co. arrived.\nApply, TORBILL & QUARNE, Castle Street.")
    assert ("organisation", "Pembley, Rusk, & Co.") in found
    assert ("organisation", "TORBILL & QUARNE") in found
    assert ("organisation", "Apply") not in found


def test_soviet_trusts_by_compound(rec):
    found = _found(rec, "Orders from Yugostal and Donugol were late; the Crystal Palace had none.")
    assert {("organisation", "Yugostal"), ("organisation", "Donugol")} <= found
    assert ("organisation", "Crystal Palace") not in found


def test_a_public_figure_of_the_period_alone_is_the_man_unless_a_place_is_meant(rec):
    found = _found(rec, "Denikin was beaten at Orel. Kropotkin wrote to the Soviet. The shop in Frunze closed.")
    assert {("person", "Denikin"), ("person", "Kropotkin")} <= found
    assert ("place", "Frunze") in found


def test_a_towns_government_is_a_body_and_a_towns_factories_leave_the_town(rec):
    found = _found(rec, "The Tomsk government fell in the winter. Squads sent by Perm and Ufa factories "
                        "arrived late, and men from the Ryazan and Oryol railways joined them.")
    assert {("organisation", "Tomsk government"), ("place", "Tomsk")} <= found
    assert {("place", "Perm"), ("place", "Ufa")} <= found
    assert ("enterprise", "Oryol") in found


def test_a_postscript_is_no_initials(rec):
    found = _found(rec, "Ever your son.\nP.S. Kiss the children. I met P. S. Gorlanov at the depot.")
    assert ("person", "P. S. Gorlanov") in found
    assert not any("Kiss" in t for _, t in found)


def test_colour_words_and_meadows_gardens_name_places_not_persons(rec):
    found = _found(rec, "The lodge met in the Orange Hall, and a fete at Tullybrook Gardens followed. Smoke rose over "
                        "Goose Meadow. John Banks and Ann Meadow gave evidence.")
    assert {("place", "Orange Hall"), ("place", "Tullybrook Gardens"), ("place", "Goose Meadow")} <= found
    assert {("person", "John Banks"), ("person", "Ann Meadow")} <= found


def test_a_body_named_after_its_territory_holds_the_territory(rec):
    found = _found(rec, "The Kamyshin uyezd militia held him, and the Tula okrug department of the OGPU was told. "
                        "The Verkhne-Ozersky RIK met, and Selkhozbank and Turksib paid the wages.")
    orgs = {t for k, t in found if k == "organisation"}
    assert {"Kamyshin uyezd militia", "Tula okrug department of the OGPU", "OGPU", "Verkhne-Ozersky RIK",
            "Selkhozbank", "Turksib"} <= orgs
    assert {("place", "Kamyshin uyezd"), ("place", "Tula okrug")} <= found


def test_a_name_in_apposition_after_an_office_or_a_people_is_a_person(rec):
    found = _found(rec, "In May the old manager, Sennov, was sent away; the deputy commissar, a certain "
                        "Plyushkov, stayed. The dye works was once owned by a Swede, Tannwald, and the death of "
                        "Kropotkin was mourned.")
    assert {("person", "Sennov"), ("person", "Plyushkov"), ("person", "Tannwald"), ("person", "Kropotkin")} <= found


def test_a_numbered_list_entry_surname_first_is_one_person(rec):
    found = _found(rec, "Persons under observation:\n1) Sadykhov, Mir Jafar, b. 1890, Shusha, a driller.\n"
                        "2) Tumanyan, Arusyak (née Sarkisova), a teacher.\n3) Kolbasov, Ibrahim-bek, b. 1884, Ganja.")
    assert {("person", "Sadykhov, Mir Jafar"), ("person", "Tumanyan, Arusyak"),
            ("person", "Kolbasov, Ibrahim-bek")} <= found
    assert ("person", "Mir Jafar") not in found


def test_turkic_titled_names_and_stations_named_in_a_pair(rec):
    found = _found(rec, "Rustam-bek fled to the hills with Ergash-khan. We waited at the Kazansky and Rizhsky "
                        "stations for the rye, and the board of Sredazles paid.")
    assert {("person", "Rustam-bek"), ("person", "Ergash-khan"), ("place", "Kazansky")} <= found


def test_soviet_banks_export_trusts_district_co_operatives_and_military_districts(rec):
    found = _found(rec, "The Ostashkov raipo borrowed from the Prombank; Eksportkhleb bought the grain. The Kazan "
                        "Military District sent Detachment No. 7. He had been a Trudovik once.")
    orgs = {t for k, t in found if k == "organisation"}
    assert {"Ostashkov raipo", "Prombank", "Kazan Military District", "Detachment No. 7", "Trudovik"} <= orgs
    assert ("place", "Ostashkov") in found


def test_central_asian_rivers_seas_by_adjective_and_foreign_street_prefixes(rec):
    found = _found(rec, "They crossed the Syr Darya and sailed across the Aral. We lived on the Vyborgskaya "
                        "Storona, later on Rue Tolbiac, and met at the Anhalter Bahnhof.")
    assert {("place", "Syr Darya"), ("place", "Aral"), ("place", "Vyborgskaya Storona"), ("place", "Rue Tolbiac"),
            ("place", "Anhalter Bahnhof")} <= found


def test_a_mans_day_a_people_in_apposition_and_a_waiter_name_persons(rec):
    found = _found(rec, "In Greifeld's day we were paid on Fridays. Her sister married a Bessarabian, Costin, a "
                        "kind man, and the waiter Ewald kept our table.")
    assert {("person", "Greifeld"), ("person", "Costin"), ("person", "Ewald")} <= found
    assert ("person", "Bessarabian") not in found


def test_both_ports_of_a_freight_line_are_places():
    text = "FREIGHTS.\nTarvel to Ostrand, 4,000 tons barley, 9s. 6d.\nKessary to Morvant, 3,500 qrs. maize.\n"
    found = {(m.type, m.text) for m in EnglishRecogniser()(Document(path="t.txt", text=text,
                                                                    content_hash="h")).mentions}
    assert {("place", "Tarvel"), ("place", "Ostrand"), ("place", "Kessary"), ("place", "Morvant")} <= found


def test_a_news_items_running_dateline_opens_with_its_town_but_not_with_a_day_or_a_ships_word(rec):
    found = _found(rec, "GRANGE MEETS\n\nKessov, May 4.-The grange chose a new master.\n\n"
                        "Monday, Oct. 13.-Nothing new.\n\nArrived, Oct. 3.-The schooner Kessel.")
    assert ("place", "Kessov") in found
    assert not any(s in ("Monday", "Arrived") for _, s in found)
