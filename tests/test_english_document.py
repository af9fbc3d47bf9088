"""EnglishRecogniser, document-level rules: names defined in brackets, party qualifiers, generic nouns."""

from __future__ import annotations

import pytest

from letopis.extract.english import EnglishRecogniser
from letopis.model import Document


@pytest.fixture(scope="module")
def rec() -> EnglishRecogniser:
    return EnglishRecogniser()


def _mentions(rec: EnglishRecogniser, text: str) -> list:
    return list(rec(Document(path="t.txt", text=text, content_hash="h")).mentions)


def test_defined_abbreviation_reaches_its_possessive_uses(rec):
    text = ("The Free Tanners Union (FTU) met in May. Later the FTU's appeal was read, "
            "and the FTU’s funds were counted.")
    shorts = [m for m in _mentions(rec, text) if m.text == "FTU"]
    assert len(shorts) == 3
    assert {m.expansion for m in shorts} == {"Free Tanners Union"}


def test_bracketed_second_name_takes_the_long_names_type(rec):
    text = "A strike began at the Voronkov Factory (Zaryanka). Leaflets were found at Zaryanka in June."
    found = [(m.type, m.text, m.expansion) for m in _mentions(rec, text) if "Zaryanka" in m.text]
    assert found and all(t == "enterprise" and e == "Voronkov Factory" for t, _, e in found)


def test_long_bracketed_abbreviation_is_defined(rec):
    text = "The Tannery Workers Committee (Kozhprofsoyuz) refused. Kozhprofsoyuz then wrote again."
    found = [m for m in _mentions(rec, text) if m.text == "Kozhprofsoyuz"]
    assert len(found) == 2
    assert all(m.type == "organisation" and m.expansion == "Tannery Workers Committee" for m in found)


def test_bracketed_place_is_a_gloss_not_a_second_name(rec):
    text = "The Tanners' group (Kostroma) met twice. Later Kostroma was quiet."
    ms = _mentions(rec, text)
    assert {m.type for m in ms if m.text == "Kostroma"} == {"place"}
    assert all(m.expansion is None for m in ms if m.text == "Kostroma")


def test_party_qualifier_is_part_of_the_party_name(rec):
    text = "A letter came from the Central Committee of the Zarechny Communist Party (Bolsheviks) in May."
    ms = [(m.type, m.text) for m in _mentions(rec, text)]
    assert ("organisation", "Central Committee of the Zarechny Communist Party (Bolsheviks)") in ms
    assert ("organisation", "Bolsheviks") not in ms


def test_bracketed_party_word_after_other_names_stays_a_mention(rec):
    ms = [(m.type, m.text) for m in _mentions(rec, "The Tanners' Union (Bolsheviks) met in May.")]
    assert ("organisation", "Bolsheviks") in ms


def test_nationality_and_lower_case_society_is_not_an_organisation(rec):
    ms = [(m.type, m.text) for m in _mentions(rec, "The class character of Ruritanian society was argued.")]
    assert ("organisation", "Ruritanian society") not in ms
    ms = [(m.type, m.text) for m in _mentions(rec, "The Zarechny society met on Sunday.")]
    assert ("organisation", "Zarechny society") in ms


def test_social_democracy_is_a_movement(rec):
    ms = [(m.type, m.text) for m in _mentions(rec, "He joined the left wing of Ruritanian Social-Democracy.")]
    assert ("organisation", "Ruritanian Social-Democracy") in ms


def test_soviet_bodies_by_their_contracted_names(rec):
    text = ("The Zarechny ukom of the RCP(b) met. A telegram from the gubkom promised payment; "
            "the gubkoms of two gubernias were silent. The Zarechny Gubkom replied.")
    ms = [(m.type, m.text) for m in _mentions(rec, text)]
    assert ("organisation", "Zarechny ukom") in ms
    assert ("organisation", "gubkom") in ms
    assert ("organisation", "gubkoms") not in ms
    assert ("organisation", "Zarechny Gubkom") in ms


def test_an_enterprise_is_called_by_its_short_name(rec):
    text = ("The Zorky Glass Works stopped. Later two furnaces at Zorky were closed. The Kazan Railway "
            "struck, and in Kazan the mood is calm. The Tallow Works paid; old Tallow himself came.")
    ms = [(m.type, m.text) for m in _mentions(rec, text)]
    assert ("enterprise", "Zorky") in ms
    assert ("place", "Kazan") in ms
    assert ("enterprise", "Tallow") not in ms


def test_an_occupation_or_a_given_abbreviation_makes_a_town_name_a_person(rec):
    ms = [(m.type, m.text) for m in _mentions(rec, "He was supported by the turner Kashin and by one Thos. "
                                                   "Rawlins, who left the State. Kashin is a town.")]
    assert ("person", "Kashin") in ms and ("person", "Thos. Rawlins") in ms


def test_an_adjective_of_a_transliterated_title_is_no_person(rec):
    text = ("See Sovetskaya provintsiya v 1920-e gody, ed. I. L. Kostrov, and the group "
            "Rabochaya sovest'. The secretary Ogurtsova read it.")
    ms = [(m.type, m.text) for m in _mentions(rec, text)]
    assert not any(t in ("Sovetskaya", "Rabochaya") for _, t in ms)
    assert ("person", "Ogurtsova") in ms


def test_a_lone_contracted_body_is_the_one_named_in_full(rec):
    text = "To the Secretary of the Zarechny Gubkom of the RCP(b). A telegram from the gubkom came."
    lone = next(m for m in _mentions(rec, text) if m.text == "gubkom")
    assert lone.expansion == "Zarechny Gubkom of the RCP(b)"
    text = "The Zarechny Gubkom and the Priozerny Gubkom wrote. A telegram from the gubkom came."
    assert next(m for m in _mentions(rec, text) if m.text == "gubkom").expansion is None


@pytest.mark.parametrize("text, short, expansion", [
    ("A former Left SR spoke; the RKSM and the Komsomol met.", "RKSM", "Communist Youth Union"),
])
def test_period_abbreviations(rec, text, short, expansion):
    ms = _mentions(rec, text)
    assert next(m for m in ms if m.text == short).expansion == expansion
    assert any(m.text == "Left SR" and m.type == "organisation" for m in ms)


def test_cf_before_an_author(rec):
    assert any(m.type == "person" and m.text == "Holloway" for m in _mentions(rec, "Cf. Holloway, op. cit., p. 4."))


def test_quoted_names_after_group_and_works_nouns(rec):
    text = ('The group that called itself "Free Tanners" met. Products of the cooperative "Trudovik" were sold. '
            'The factory "Red Star" struck. He read the newspaper "Zarnitsa".')
    ms = [(m.type, m.text) for m in _mentions(rec, text)]
    assert ("organisation", "Free Tanners") in ms and ("organisation", "Trudovik") in ms
    assert ("enterprise", "Red Star") in ms and ("person", "Red Star") not in ms
    assert ("publication", "Zarnitsa") in ms


def test_the_central_press_and_transliterated_title_adjectives(rec):
    ms = [(m.type, m.text) for m in _mentions(rec, "An article in Pravda. See Otechestvennaia istoriia, no. 4, "
                                                   "and Rabochii klass, p. 5. Moscow was calm.")]
    assert ("publication", "Pravda") in ms
    assert not any(t in ("Otechestvennaia", "Rabochii") for _, t in ms)
    assert ("place", "Moscow") in ms


def test_a_cited_book_title_is_a_publication_and_its_words_no_names(rec):
    text = ("[3] See M. Quillby, Measuring Labour: Taylorism in Saratov, 1918-1932 (Cambridge: Cambridge "
            "University Press, 1998), pp. 101-30.")
    ms = [(m.type, m.text) for m in _mentions(rec, text)]
    assert ("publication", "Measuring Labour: Taylorism in Saratov, 1918-1932") in ms
    assert ("person", "M. Quillby") in ms and ("place", "Saratov") in ms
    assert not any(t == "person" and "Labour" in x for t, x in ms)


def test_a_dotted_abbreviation_inside_a_quoted_title_keeps_the_title(rec):
    ms = [(m.type, m.text) for m in _mentions(rec, 'He read "A History of the G.P.U. in Zorinsk" and met the G.P.U.')]
    assert ("publication", "A History of the G.P.U. in Zorinsk") in ms
    assert ms.count(("organisation", "G.P.U.")) == 2


def test_party_member_nouns_before_a_name_are_the_party(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "He was seen with the former Menshevik M. I. Uzbekov. She "
                                                      "had been a Left Socialist-Revolutionary and then a "
                                                      "Democratic Centralist.")]
    assert ("organisation", "Menshevik") in found and ("person", "M. I. Uzbekov") in found
    assert ("organisation", "Left Socialist-Revolutionary") in found
    assert ("organisation", "Democratic Centralist") in found


def test_a_known_body_before_a_name_is_split_from_it(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "a member of the Constituent Assembly Serafim Dolgorukhin.")]
    assert ("organisation", "Constituent Assembly") in found and ("person", "Serafim Dolgorukhin") in found


def test_a_band_and_gub_bodies_are_organisations_but_the_sides_of_a_civil_war_are_none(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "His sons served with the Whites against the Reds. The remnants "
                                                      "of the Kuvshinsky band hide. The Gubprodkom sent rye to the Gubles.")]
    assert not any(s in ("Whites", "Reds") for _, s in found)  # sides, not bodies (stop 27)
    assert ("organisation", "Kuvshinsky band") in found and ("person", "Kuvshinsky") not in found
    assert ("organisation", "Gubprodkom") in found and ("organisation", "Gubles") in found


def test_the_old_regime_is_no_ruler(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "Under the Tsar the bread was white. He spent years in the "
                                                      "Tsar's hard labour prison. The Tsar arrived at Kiev.")]
    assert ("person", "Tsar") not in found  # a title alone names nobody the index can hold (stop 22)


def test_followers_called_a_leaders_people_are_no_organisation(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "We were all Sapunov's people, you understand.")]
    assert ("person", "Sapunov") in found and not any(t == "organisation" for t, _ in found)


def test_an_adjectival_district_is_no_place_of_its_own(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "In Lukinskaya volost and in Ovsyanka volost the peasants rose.")]
    assert ("place", "Lukinskaya volost") in found and ("place", "Lukinskaya") not in found
    assert ("place", "Ovsyanka volost") in found


def test_an_uyezd_executive_committee_is_a_body(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "He read out the order of the Bezhinsk uyezd executive committee.")]
    assert ("organisation", "Bezhinsk uyezd executive committee") in found


def test_towns_inside_the_names_of_bodies_are_places_too(rec):
    text = ("The Kimry Gubkom met. The Samara Gubsoyuz traded. The Ivanovo-Voznesensk Gubkom wrote. Strikes in "
            "Zarechensk spread to the Zarechensk Spinning Mill. The Pokrovka Dyeing Works and the Vympelov factory stood.")
    found = [(m.type, m.text) for m in _mentions(rec, text)]
    assert ("place", "Samara") in found and ("place", "Ivanovo-Voznesensk") in found
    assert found.count(("place", "Zarechensk")) == 2  # named alone in the text, so inside the mill too
    assert ("place", "Pokrovka") not in found and ("place", "Vympelov") not in found  # works: owners and brands


def test_a_railway_between_two_towns_with_an_en_dash(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "At the depot of the Sulinsk–Balashovo Railway wages were late.")]
    assert ("enterprise", "Sulinsk–Balashovo Railway") in found


def test_trades_joined_by_and_before_a_mill_are_one_name(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The Tsnava Spinning and Weaving Mill stood idle.")]
    assert ("enterprise", "Tsnava Spinning and Weaving Mill") in found


def test_a_quoted_name_before_its_works_or_body_noun(rec):
    found = [(m.type, m.text) for m in _mentions(rec, 'I set type at the "Trud i Volya" printing works and edited '
                                                      'at the "Svobodnaya Mysl" publishing house.')]
    assert ("enterprise", "Trud i Volya") in found and ("organisation", "Svobodnaya Mysl") in found


def test_a_moscow_street_by_its_adjective(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The office was on the Myasnitskaya. Misha worked there.")]
    assert ("place", "Myasnitskaya") in found


def test_denominations_fraternal_orders_and_charities(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "He was already in the Bund. The Methodists met. A letter "
                                                      "from the Harbour Commissioners was given to the Royal "
                                                      "Penwith Infirmary.")]
    for name in ("Bund", "Methodists", "Harbour Commissioners", "Royal Penwith Infirmary"):
        assert ("organisation", name) in found


def test_a_dotted_abbreviation_is_normalised_without_its_dots(rec):
    ms = {m.text: m for m in _mentions(rec, "Agents of the G.P.U. raided flats. A Left S.R., Maria Kondrina, was held.")}
    assert ms["G.P.U."].norm == "GPU" and ms["Left S.R."].norm == "Left SR"


def test_a_russian_town_by_its_ending_inside_a_party_body(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The Zarinsk Provincial Committee of the RCP(b) met.")]
    assert ("place", "Zarinsk") in found


def test_short_citation_of_a_book_by_its_author_and_page(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "[8] Karavin, Fabzavkomy, p. 160; Hallowell-Price, Shopfloor "
                                                      "Soviets, pp. 148-9. S. Ya. Gurvits-Shikhov, Moi otets "
                                                      "(Tel Aviv: Biblioteka Aliia, 1978).")]
    assert ("publication", "Fabzavkomy") in found and ("publication", "Shopfloor Soviets") in found
    assert ("publication", "Moi otets") in found
    assert not any(t == "person" and s in ("Fabzavkomy", "Moi") for t, s in found)


def test_people_of_a_place_and_movement_towards_it(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The band rode towards Zinkov. The kulaks of Bilyky supply "
                                                      "him. He is active among the dockers of Kryukov.")]
    for name in ("Zinkov", "Bilyky", "Kryukov"):
        assert ("place", name) in found


def test_a_works_under_its_new_name_and_a_town_renamed(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "the former Genrikhson Engineering Works, renamed Krasnyi "
                                                      "Gidravlik in 1922. Tsaritsyn, renamed Stalingrad in 1925.")]
    assert ("enterprise", "Krasnyi Gidravlik") in found and ("place", "Stalingrad") in found


def test_soviet_compound_names_and_bodies_of_a_district(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "From 1926 he worked in the Uralplan. The trust, "
                                                      "Lenmashtrest, was formed. The band attacked the Omelnyk "
                                                      "volost revkom. She headed a section of the Ekaterinburg "
                                                      "gubispolkom. Mr. Goldstroy spoke.")]
    assert ("organisation", "Uralplan") in found and ("organisation", "Lenmashtrest") in found
    assert ("organisation", "Omelnyk volost revkom") in found
    assert ("organisation", "Ekaterinburg gubispolkom") in found and ("place", "Ekaterinburg") in found
    assert ("person", "Goldstroy") in found


def test_schools_of_the_old_regime(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "She graduated from the Kherson girls' gymnasium and he "
                                                      "studied at the Perm Theological Seminary.")]
    assert ("organisation", "Kherson girls' gymnasium") in found
    assert ("organisation", "Perm Theological Seminary") in found


def test_a_dictionary_headword_is_one_person_in_natural_order(rec):
    ms = [m for m in _mentions(rec, 'Volume II\n\nGORYUNKO, Pavel Ignatyevich (party pseudonyms "Tikhon", '
                                    '"Ivan Lesnoi") (1883-1937).\n\nNOTES, Vol. 2.') if m.type == "person"]
    assert [(m.text, m.norm) for m in ms][0] == ("GORYUNKO, Pavel Ignatyevich", "Pavel Goryunko")
    assert {m.text for m in ms} == {"GORYUNKO, Pavel Ignatyevich", "Tikhon", "Ivan Lesnoi"}


def test_quoted_cover_names_and_quoted_groups(rec):
    found = [(m.type, m.text) for m in _mentions(rec, 'According to our agent "Shpak", the leader is Leonty. '
                                                      'Leaflets signed "Group of Conscious Railwaymen" appeared. '
                                                      'The group known as "Workers\' Truth" met.')]
    assert ("person", "Shpak") in found
    assert ("organisation", "Group of Conscious Railwaymen") in found
    assert ("organisation", "Workers' Truth") in found


def test_russian_place_adjectives_in_transliteration(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "He was born in the village of Bolshaya Sosnovka. The "
                                                      "Novaya Zarya group met.")]
    assert ("place", "Bolshaya Sosnovka") in found and ("organisation", "Novaya Zarya group") in found


def test_the_archive_of_a_citation_is_a_body(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "[3] TsGAIPD SPb, f. 1012, op. 1, d. 45, ll. 3-5.\n"
                                                      "[4] GAKO, f. R-1, op. 2, d. 77.")]
    assert ("organisation", "TsGAIPD SPb") in found and ("organisation", "GAKO") in found


def test_confederations_inspectorates_and_the_ukrainian_party(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "It is linked with the Nabat confederation and the Kremen "
                                                      "labour inspectorate. He speaks against the CP(b)U.")]
    assert ("organisation", "Nabat confederation") in found
    assert ("organisation", "CP(b)U") in found


def test_shouted_common_words_are_no_abbreviations(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "Are instructed to SELL BY AUCTION. To SELL the stock. "
                                                      "The OGPU and the OGPU. Good for the CHEST. "
                                                      "Rub on the CHEST.")]
    assert ("organisation", "SELL") not in found and ("organisation", "OGPU") in found
    assert ("organisation", "CHEST") not in found  # a dictionary word, however often shouted


def test_residences_in_brackets_in_a_list_of_names(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "There were present Messrs. Caudle, Pykeston (Collingby), "
                                                      "Marriot (Balder-\nby), and Skevin (Kelbury).")]
    for name in ("Caudle", "Pykeston", "Marriot", "Skevin"):
        assert ("person", name) in found
    assert ("place", "Collingby") in found and ("place", "Kelbury") in found and ("place", "Balder-\nby") in found


def test_a_nickname_in_brackets_and_a_translation_in_brackets(rec):
    found = [(m.type, m.text) for m in _mentions(rec, 'The band of Dmytro Kovtunko ("Lysy") hid. The newspaper '
                                                      'Pravda ("Truth") wrote.')]
    assert ("person", "Lysy") in found and ("person", "Truth") not in found


def test_birthplaces_rivers_farms_and_english_counties(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "SHIKHOV, Grigory Aronovich (1879, Dvinsk, Vitebsk gubernia). "
                                                      "They hid along the Vorskla. The sale at the Manor Farm, "
                                                      "Winthorpe, Notts, and near the Town Lock.")]
    for name in ("Dvinsk", "Vorskla", "Manor Farm", "Winthorpe", "Notts", "Town Lock"):
        assert ("place", name) in found


def test_a_river_crossed_passed_or_with_a_mill_on_it(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "Grain was carried across the Sharanga at night. Barges came up the "
                                                      "Kelmenka. A mill on the Pizhma was burnt. Beyond the Shuvarka "
                                                      "the forest begins. They crossed the Lomovka.")]
    for name in ("Sharanga", "Kelmenka", "Pizhma", "Shuvarka", "Lomovka"):
        assert ("place", name) in found


def test_two_item_lists_of_a_known_and_an_unknown_town(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "He was exiled to Turkestan (Tashkent, Chimkentovo), then to Ufa.")]
    assert ("place", "Chimkentovo") in found


def test_a_towns_labour_inspectorate_and_trade_union(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "Cases went to the Leningrad labour inspectorate. The Moscow "
                                                      "trade union met.")]
    assert ("organisation", "Leningrad labour inspectorate") in found and ("place", "Leningrad") in found
    assert ("organisation", "Moscow trade union") in found


def test_raions_in_a_list_churches_papers_and_eponyms(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "Growth was fastest in the Terengul, Novo-Spassky and "
                                                      "Kuzovatovo raions. She was baptised in the Nikolsky church. "
                                                      "The Berlin paper Zaria Bezvlastiia, edited by Mark Shubkin. "
                                                      "The Mark Shubkin Papers, folder 7. Workers joined in the "
                                                      "Lenin Enrolment. Berlin, Kantstrasse 41.")]
    for name in ("Terengul", "Novo-Spassky", "Kuzovatovo", "Kantstrasse"):
        assert ("place", name) in found
    assert ("organisation", "Nikolsky") in found and ("publication", "Zaria Bezvlastiia") in found
    assert ("person", "Mark Shubkin") in found and not any("Papers" in s or "Lenin" in s for _, s in found)
    found = [(m.type, m.text) for m in _mentions(rec, "Mr. Nathan Levy, the grocer, was elected. Many joined in "
                                                      "the Lenin Levy.")]
    assert ("person", "Nathan Levy") in found and not any("Lenin" in s for _, s in found)  # a man named Levy


def test_kolkhozes_raion_committees_and_publishing_houses(rec):
    found = [(m.type, m.text) for m in _mentions(rec, 'In the kolkhoz "Krasny Pakhar" 74 left. The consumers\' '
                                                      'cooperative "Tkach" has no sugar. The chairman of the Terengul '
                                                      'raion executive committee came. The Zarnitsa publishing house '
                                                      'has no money.')]
    for name in ("Krasny Pakhar", "Tkach", "Terengul raion executive committee", "Zarnitsa publishing house"):
        assert ("organisation", name) in found


def test_russian_first_names_and_diminutives_are_no_small_towns(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "It came. A letter from Nikolai! Grisha Zybkin read a poem. "
                                                      "Manya Rudenko laughed. They went to Rostov.")]
    assert ("person", "Nikolai") in found and ("person", "Grisha Zybkin") in found
    assert ("person", "Manya Rudenko") in found and ("place", "Rostov") in found


def test_a_lone_diminutive_is_a_given_name(rec):
    ms = {m.text: m for m in _mentions(rec, "Kolya Shestakov gave the report. Manka is furious.")}
    assert ms["Manka"].parts.given == "Manka" and ms["Manka"].parts.surname is None
    assert ms["Kolya Shestakov"].parts.surname == "Shestakov"


def test_a_member_noun_names_its_party(rec):
    ms = {m.text: m for m in _mentions(rec, "Glagolin (a former Socialist Revolutionary now in the RCP) met the "
                                            "Socialist Revolutionaries. A Menshevik spoke.") if m.type == "organisation"}
    assert ms["Socialist Revolutionary"].expansion == "Socialist Revolutionaries"
    assert ms["Menshevik"].expansion == "Mensheviks"


def test_soviet_camps_and_central_bodies_by_compound_names(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "Spare parts from Traktorotsentr. The Zemgor doctor came. A "
                                                      "camp: Siblag, the Mariinsk point. Mr. Kolag spoke.")]
    for name in ("Traktorotsentr", "Zemgor", "Siblag"):
        assert ("organisation", name) in found
    assert ("person", "Kolag") in found


def test_a_long_upper_case_surname_before_a_given_name_and_patronymic(rec):
    ms = [m for m in _mentions(rec, "1. VOROBYANINOV Gerasim Fedotovich, b. 1887, turner. The priest "
                                    "ZLATOGORSKY Mikhail Aleksandrovich preached.\n\nCONFIDENTIAL Report on the "
                                    "Kazan works.") if m.type == "person"]
    assert [(m.text, m.norm) for m in ms] == [("VOROBYANINOV Gerasim Fedotovich", "Gerasim VOROBYANINOV"),
                                             ("ZLATOGORSKY Mikhail Aleksandrovich", "Mikhail ZLATOGORSKY")]


def test_a_works_former_name_in_brackets_is_the_works(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "Moscow Brewery No. 2 (former Dorofeyev) sent 9 delegates. "
                                                      "The Proletarka cement works (former Gulyaev and Sternberg) "
                                                      "struck, and so did the Krasny Tkach mill (formerly Morozov).")]
    assert ("enterprise", "Dorofeyev") in found and ("enterprise", "Morozov") in found
    assert ("enterprise", "Gulyaev and Sternberg") in found
    assert not any(t == "person" for t, _ in found)


def test_eponyms_after_imeni_and_titles_cited_after_a_bare_surname(rec):
    found = [(m.type, m.text) for m in _mentions(rec, 'Her article "Zabastovka na fabrike imeni Zhelyabova". '
                                                      "Compare the memoir of Tumarkin-Velikov, Gody skitanii (Paris: "
                                                      "Izdanie avtora, 1931), 305.")]
    assert not any(t in ("Zhelyabova", "Gody") for _, t in found)
    assert ("publication", "Gody skitanii") in found and ("person", "Tumarkin-Velikov") in found


def test_quoted_group_names_governments_and_two_word_member_nouns(rec):
    found = [(m.type, m.text) for m in _mentions(rec, 'Leaflets signed "Initiative Group of Tram Workers" were found. '
                                                      'A group of anarchists calling itself the "Free Brotherhood of '
                                                      'the Vorskla" is active. The Czechoslovak government cut the '
                                                      'grants; the Polish consulate in Lodz helped; the Soviet '
                                                      'government fell silent. The former Socialist Revolutionary '
                                                      'Pakhutin spoke for the Socialist Revolutionary Party.')]
    assert ("organisation", "Initiative Group of Tram Workers") in found
    assert ("organisation", "Free Brotherhood of the Vorskla") in found
    assert ("organisation", "Czechoslovak government") in found and ("organisation", "Polish consulate") in found
    assert ("organisation", "Soviet government") not in found
    assert ("organisation", "Socialist Revolutionary") in found and ("person", "Pakhutin") in found
    assert ("organisation", "Socialist Revolutionary Party") in found


def test_a_town_after_in_russian_place_nouns_and_provinces(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "At the weaving factory in Kalyazov the management dismissed 28 "
                                                      "workers. See the discussion in Kolosov, Fabzavkomy, p. 12. It "
                                                      "was denounced in Tumarkin's article. The cooperative at Kesova "
                                                      "Gora was hiding goods. On the condition of Tver province.")]
    assert ("place", "Kalyazov") in found and ("person", "Kolosov") in found and ("person", "Tumarkin") in found
    assert ("place", "Kesova Gora") in found and ("place", "Tver province") in found
    assert ("place", "Tver") not in found


def test_a_town_after_in_before_a_verb_a_comma_or_and(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The artel in Zhabovo was closed. The cell in Kuritsov and "
                                                      "the union met. A courier in Ozerishchev, together with two "
                                                      "men, came. As argued in Peskarev, who wrote the first study, "
                                                      "the cells were weak. They worked in Belorussia.")]
    assert ("place", "Zhabovo") in found and ("place", "Kuritsov") in found and ("place", "Ozerishchev") in found
    assert ("person", "Peskarev") in found and ("place", "Belorussia") in found


def test_polish_female_surnames_yiddish_given_names_and_jewish_months(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "Colonia Esperanza, 14 Kislev 5656\n\nDear brother, the news "
                                                      "of Mendl gave me no sleep. The widow Gruszkowa and her "
                                                      "neighbour Dudarówna led the march. We reached Estación "
                                                      "Pereyra.")]
    assert ("place", "Colonia Esperanza") in found and ("place", "Estación Pereyra") in found
    assert ("person", "Mendl") in found and ("person", "Gruszkowa") in found and ("person", "Dudarówna") in found
    assert not any(text == "Kislev" for _, text in found)


def test_towns_by_their_people_villages_on_a_river_stores_at_a_town_and_period_exonyms(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The workmen of Zhabovo struck. Many went home to villages on "
                                                      "the Kuritsa. Stores at Ozerishchev. He looked at Peskarev. "
                                                      "Later, at Lunch, they met. The ship sailed to Archangel.")]
    assert ("place", "Zhabovo") in found and ("place", "Kuritsa") in found and ("place", "Ozerishchev") in found
    assert ("person", "Peskarev") in found and ("place", "Archangel") in found
    assert not any(text == "Lunch" for _, text in found)


def test_security_organs_and_foreign_parties_by_their_abbreviations(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "He joined the PPS in 1905 and the CNT later. In 1946 the MVD "
                                                      "and the NKGB arrested him.")]
    assert {t for t, x in found if x in ("PPS", "CNT", "MVD", "NKGB")} == {"organisation"} and len(found) == 4


def test_baltic_surnames_and_file_entries_with_the_surname_in_capitals(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The leader, VAITKŪNĖLIS Jonas, fled. Arrested: ŠERKŠNAS, Juozas, "
                                                      "and his sister. Mrs. Gluosnienė and Ąžuolaitė came. "
                                                      "Varniauskas spoke.")]
    assert ("person", "VAITKŪNĖLIS Jonas") in found and ("person", "ŠERKŠNAS, Juozas") in found
    assert ("person", "Gluosnienė") in found and ("person", "Ąžuolaitė") in found
    assert ("person", "Varniauskas") in found


def test_headquarters_powers_and_procuracies_are_bodies(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The Allied Headquarters refused; the Central Powers agreed. "
                                                      "The Procuracy of Zhabovo Oblast charged him. Staff Sergeant "
                                                      "Peskarev came.")]
    assert ("organisation", "Allied Headquarters") in found and ("organisation", "Central Powers") in found
    assert ("organisation", "Procuracy of Zhabovo Oblast") in found and ("person", "Peskarev") in found
    assert not any(t == "organisation" and "Staff" in x for t, x in found)


def test_a_file_entry_in_running_text_and_given_names_sharing_a_surname(rec):
    doc = rec(Document(path="t.txt", text="A group formed around the fitter ZARUBIN, Pavel Andreevich, born 1894. "
                                          "Among the ringleaders were Yakov and Terenty Krutov; Ivan, Pyotr and "
                                          "Semyon Lykin came. Dear Sonya,\n\nLenin and Ivan Smirnov spoke.",
                       content_hash="h"))
    norms = {m.text: m.norm for m in doc.mentions if m.type == "person"}
    assert norms["ZARUBIN, Pavel Andreevich"] == "Pavel Zarubin"
    assert norms["Yakov"] == "Yakov Krutov" and norms["Ivan"] == "Ivan Lykin" and norms["Pyotr"] == "Pyotr Lykin"
    assert norms["Sonya"] == "Sonya" and norms["Lenin"] == "Lenin"


def test_quoted_code_names_and_titles_cited_with_place_and_year(rec):
    found = [(m.type, m.text) for m in _mentions(rec, 'He wrote through a certain "Mityai", whose identity is unknown. '
                                                      'Bordov, code name "Tokarik", was slow. "Chizhov" says it is a '
                                                      'club.\n\n6 O. Hnatyk, Shakhtari i vlada (Donetsk, 2004), 77.')]
    assert {("person", "Mityai"), ("person", "Tokarik"), ("person", "Chizhov")} <= set(found)
    assert ("publication", "Shakhtari i vlada") in found and ("person", "Shakhtari") not in found


def test_chief_boards_numbered_works_lodges_and_compound_works(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "He claimed that Glavkozh was sending the hides to Moscow. In "
                                                      "1920 he worked in Vukopspilka; then at Mine No. 9 and in the "
                                                      "club of Factory No. 3. The members of Lodge St. Kentigern met. "
                                                      "She worked at the Kokhma Dyeworks. Men of the Tir-y-Berth Pit "
                                                      "struck.")]
    for org in ("Glavkozh", "Vukopspilka"):
        assert ("organisation", org) in found, org
    for works in ("Mine No. 9", "Factory No. 3", "Kokhma Dyeworks", "Tir-y-Berth Pit"):
        assert ("enterprise", works) in found, works
    assert ("organisation", "Lodge St. Kentigern") in found


def test_quoted_speech_is_no_title_and_a_patronymic_tells_its_given_name(rec):
    found = [(m.type, m.text) for m in _mentions(rec, '"Khristofor Georgievich writes like a doctor at a deathbed," he '
                                                      'said. She read "The Lessons of the Strike" in prison.')]
    assert ("person", "Khristofor Georgievich") in found
    assert not any(t == "publication" and "deathbed" in x for t, x in found)
    assert ("publication", "The Lessons of the Strike") in found
    found = [(m.type, m.text) for m in _mentions(rec, 'The papers wrote that "the Tarvonians will close the Volga by '
                                                      'spring". He said: "Well, Anna Petrovna, the samovar is ready."')]
    assert not any(t == "publication" for t, _ in found) and ("place", "Volga") in found
    assert ("person", "Well") not in found and ("person", "Anna Petrovna") in found
    found = [(m.type, m.text) for m in _mentions(rec, 'The pamphlet "The workers will win" was read aloud.')]
    assert ("publication", "The workers will win") in found


def test_a_diminutive_in_a_list_after_a_station_stays_a_person(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "We went by the morning train as far as Bologoye, Manya and "
                                                      "Grisha came too.")]
    assert ("person", "Manya") in found and ("person", "Grisha") in found and ("place", "Bologoye") in found


def test_cafes_named_after_their_head_are_bodies(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "We still meet at the Café Lindberg, at the corner. We meet at the "
                                                      "Kavárna Slavín on Národní třída.")]
    assert ("organisation", "Café Lindberg") in found and ("organisation", "Kavárna Slavín") in found


def test_a_region_named_with_its_kind_inside_a_body_is_a_place():
    text = ("By 1926 the Zauralsk Oblast Control Commission closed the file. The Tver Gubernia Committee met; "
            "the Centre for the Documentation of the Party of Krasnoborsk Okrug keeps it.")
    places = {m.text for m in EnglishRecogniser()(Document(path="t.txt", text=text, content_hash="h")).mentions
              if m.type == "place"}
    assert {"Zauralsk Oblast", "Krasnoborsk Okrug", "Tver"} <= places
    assert "Tver Gubernia" not in places  # a region named after its town is that town's mention


def test_soviet_republics_regions_roads_and_a_peoples_home(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The Kirghiz ASSR and the Transcaucasian SFSR signed it; the "
                                                      "GPU of the Ukrainian SSR reported. He was sent to the Far East. "
                                                      "On the road to Ust-Lomovka we met them. The Tatars of Kyzyl-Tepe "
                                                      "came. Barges of the Upper and Lower Volga waited.")]
    for name in ("Kirghiz ASSR", "Transcaucasian SFSR", "Ukrainian SSR", "Far East", "Ust-Lomovka", "Kyzyl-Tepe",
                 "Lower Volga"):
        assert ("place", name) in found
    assert ("place", "Upper") not in found and not any(t == "person" for t, _ in found)


def test_a_two_letter_word_opening_a_sentence_is_no_gazetteer_town(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "The unions were weak.1 Of the thirty unions, few met.\n\n"
                                                      "A: Of course. We sailed down the Ob to Tomsk.")]
    assert ("place", "Of") not in found and ("place", "Ob") in found and ("place", "Tomsk") in found


def test_the_other_end_of_a_stretch_between_two_names_is_a_place(rec):
    found = [(m.type, m.text) for m in _mentions(rec, "They raided the line between Tomsk and Verkhoturskaya in "
                                                      "December. The talks between Zheltov and Ivanov failed.")]
    assert ("place", "Verkhoturskaya") in found and ("person", "Zheltov") in found and ("person", "Ivanov") in found


def test_a_police_report_names_people_in_capitals_and_sources_by_code_name(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "A carter, TOVIL RANGOSH, was hurt in the crowd. The suspect ORVAN DELISKO was seen at the gate. "
        "Source TULKAR states that the money came by post. Sources BRINDA and MARSH agree; the source OGPU denies it."))}
    assert {("person", "TOVIL RANGOSH"), ("person", "ORVAN DELISKO"), ("person", "TULKAR"),
            ("person", "BRINDA"), ("person", "MARSH")} <= found
    assert ("person", "OGPU") not in found


def test_diary_datelines_and_towns_named_with_an_adjective_are_places(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "I miss him.\n\nTarvelo, 30 September 1924\nMoved to the mill.\n\nOld Dolgany, May 3, 1919.\n"
        "He came.\n\nFriday, 3 May 1919\nNothing.\n\nThe bakery at Sremski Dolac, he said, was shut. "
        "He lived in Stara Lipnitsa and worked."))}
    assert {("place", "Tarvelo"), ("place", "Old Dolgany"), ("place", "Sremski Dolac"),
            ("place", "Stara Lipnitsa")} <= found
    assert not any(x == "Friday" for _, x in found)


def test_heads_of_police_and_staff_and_an_initial_st(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "The Director of Police said no. The former General Staff colonel Anatoly Pribytkov met the "
        "Tarvish Municipality.\n\nDirector of the Section: St. Kolchev"))}
    assert ("organisation", "General Staff") in found and ("organisation", "Tarvish Municipality") in found
    assert not any(x == "Police" for _, x in found)  # a head noun, not the Polish town nor a person
    assert ("person", "Kolchev") in found and not any(t == "place" and "Kolchev" in x for t, x in found)


def test_commissions_on_a_subject_union_congresses_branches_and_a_town_s_body(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "The Royal Commission on Drainage in Tarvela sat in 1911. The Tarvela Trades Union Congress met. The Port "
        "Trustees refused. The Records Branch knew. He served in the Terek Host. The Northern Secretariat "
        "replied. The P.W.D. had his file. He argued with the Tarvela Municipality."))}
    assert {("organisation", "Royal Commission on Drainage"), ("organisation", "Tarvela Trades Union Congress"),
            ("organisation", "Port Trustees"), ("organisation", "Records Branch"),
            ("organisation", "Terek Host"), ("organisation", "Northern Secretariat"), ("organisation", "P.W.D."),
            ("organisation", "Tarvela Municipality"), ("place", "Tarvela")} <= found


def test_soviet_compounds_of_gold_grain_and_sales_and_brothers_firms(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "He worked for Uralzoloto and later Tarzagotskot; Ukrkhlib paid. The Tarsbyt office closed. "
        "He worked at Gebrüder Tallmann in Leipzig."))}
    assert {("organisation", "Uralzoloto"), ("organisation", "Tarzagotskot"), ("organisation", "Ukrkhlib"),
            ("organisation", "Tarsbyt"), ("organisation", "Gebrüder Tallmann")} <= found


def test_an_office_and_its_seat_a_people_and_a_title_ending_a_sentence(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "The appeal went to the District Officer, Tarvela, Mr. R. P. Quenby. Our cook is a Serb, "
        "Dragan Velkic, a quiet man. We drank to the king.\n\nDolac, 2 March 1925\n"
        "Rain all day."))}
    assert {("place", "Tarvela"), ("person", "Mr. R. P. Quenby"), ("person", "Dragan Velkic"),
            ("place", "Dolac")} <= found
    assert not any(x in ("District Officer", "Serb") for _, x in found)


def test_signature_columns_and_lines_part_the_names(rec):
    ms = _mentions(rec, "Head of the Tarvela Okrug Department of the GPU  M. K. Zhurba\n"
                        "Head of the Records Section  Ya. M. Feldin\nThe Deputy Chairman spoke.")
    found = {(m.type, m.text) for m in ms}
    assert {("organisation", "Tarvela Okrug Department of the GPU"), ("person", "M. K. Zhurba"),
            ("organisation", "Records Section"), ("person", "Ya. M. Feldin")} <= found
    role = next(v for m in ms if m.text == "Ya. M. Feldin" for k, v in m.attrs if k == "role")
    assert role == "Head of the Records Section"


def test_towns_by_russian_endings_in_imprints_and_before_a_body(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "News came. Tarkursk was abandoned on Monday. Our men left Tarkursk yesterday. Tarlakovo was burned. "
        "See Tarvin, Labour (Frankfurt am Main, 1987), and Peasants (Omaha, NE: Plains Press, 1999); as Orlov "
        "argued (Orlov, 1987). He kept the books of the Chemnitz credit association. The Chemnitz group met."))}
    assert {("place", "Tarkursk"), ("place", "Tarlakovo"), ("place", "Frankfurt am Main"), ("place", "Omaha"),
            ("organisation", "Chemnitz credit association"), ("place", "Chemnitz"),
            ("organisation", "Chemnitz group")} <= found
    assert ("person", "Tarkursk") not in found and ("place", "Orlov") not in found


def test_a_transcript_s_questions_and_answers_are_no_initials(rec):
    text = ("BY INSPECTOR TRELL:\nQ. Give the Board your papers.\nA. Here they are.\nQ. What is your trade?\n"
            "A. Eleven years a cooper.\nQ. Who paid the fare?\nA. Jonas Varkalis paid it. He met A. Tarkin.")
    found = {(m.type, m.text) for m in _mentions(rec, text)}
    assert {("person", "Jonas Varkalis"), ("person", "A. Tarkin")} <= found
    assert not any(x.startswith(("Q.", "A. E", "A. J")) for _, x in found)


def test_archives_by_their_acronyms_are_bodies_not_towns(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "The ledgers are kept in TsGA SPb today. See DAKhO, f. 3. He read RGVA files. He lived in "
        "Zhabov and worked. THE DAILY GAZETTE."))}
    assert {("organisation", "TsGA SPb"), ("organisation", "DAKhO"), ("organisation", "RGVA"),
            ("place", "Zhabov")} <= found
    assert not any(t == "place" and "TsGA" in x for t, x in found)
    assert not any(x in ("DAILY", "GAZETTE") and t == "organisation" for t, x in found)


def test_bodies_named_in_spanish_german_and_japanese_and_goldfields(rec):
    found = {(m.type, m.text) for m in _mentions(rec, (
        "The Sindicato Único de la Madera met. Then Socorro Rojo Internacional paid. The Partido Comunista de "
        "España grew. He worked for the Tarvela Goldfields in Siberia. The Okuda Shokai bought fish."))}
    assert {("organisation", "Sindicato Único de la Madera"), ("organisation", "Socorro Rojo Internacional"),
            ("organisation", "Partido Comunista de España"), ("organisation", "Tarvela Goldfields"),
            ("organisation", "Okuda Shokai")} <= found
    assert not any(t == "person" for t, _ in found)


def test_a_report_list_entry_in_capitals_takes_an_unknown_given_name(rec):
    text = ("Detained on the 3rd:\nb) KOLBASIUKOV, Evaristo (Yevsei Markovich), 31, stevedore.\n"
            "c) MERZLIAKOV, Ilidio, 24, baker.\n")
    found = {(m.type, m.text) for m in _mentions(rec, text)}
    assert ("person", "KOLBASIUKOV, Evaristo") in found and ("person", "MERZLIAKOV, Ilidio") in found


def test_a_surname_shouted_in_a_name_names_the_person_alone_in_prose(rec):
    text = ("a) DRONTEBERG, Salvio, printer, and Ilya Markovich VOSKOBOINIK, clerk.\n\n"
            "It is proposed that DRONTEBERG be deported and that VOSKOBOINIK and the ORSK committee be "
            "questioned.\n\nDRONTEBERG AGAIN")
    ms = _mentions(rec, text)
    persons = [m.text for m in ms if m.type == "person"]
    assert persons.count("DRONTEBERG") == 1 and persons.count("VOSKOBOINIK") == 1  # not in the headline
    assert not any(m.text == "ORSK" and m.type == "person" for m in ms)


def test_a_club_or_school_named_after_a_man_is_a_body(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "The evacuees lived in the Zadorinsky club, and the "
                                                      "children went to the Pechorkin school.")}
    assert ("organisation", "Zadorinsky club") in found and ("organisation", "Pechorkin school") in found
    assert not any(t == "person" for t, _ in found)


def test_a_given_name_no_table_knows_after_a_shouted_russian_surname(rec):
    text = ("The ringleader is the brigade leader KHUDOYAROV Qodirbai, who said that lieutenant ZAITSEVSKY, "
            "Kolobov stated it. Khudoyarov fled in May.")
    found = {(m.type, m.text) for m in _mentions(rec, text)}
    assert ("person", "KHUDOYAROV Qodirbai") in found
    assert ("person", "ZAITSEVSKY, Kolobov") not in found  # a second surname, no given name


def test_a_name_before_a_lower_case_body_head_names_the_body(rec):
    text = ("The men of the Zolotaya Griva mine struck. Agents of the Yermolin trading house came, and lamas "
            "of the Kerbent monastery fled. The Arkhangelsk frontier post reported. A Leeds firm wrote to the "
            "Tver branch.")
    found = {(m.type, m.text) for m in _mentions(rec, text)}
    assert {("enterprise", "Zolotaya Griva mine"), ("enterprise", "Yermolin trading house"),
            ("organisation", "Kerbent monastery"), ("organisation", "Arkhangelsk frontier post")} <= found
    assert ("place", "Arkhangelsk") in found and not any(t == "person" for t, _ in found)
    assert not any(x in found for x in [("organisation", "Leeds firm"), ("organisation", "Tver branch")])


def test_soviet_co_operatives_by_compound_also_opening_a_sentence(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "It rained. Altaikoop paid the herders. Lenmashtrest "
                                                      "refused, and the Kazsherst agent left.")}
    assert {("organisation", "Altaikoop"), ("organisation", "Lenmashtrest"), ("organisation", "Kazsherst")} <= found


def test_a_known_town_inside_a_bodys_name_after_of_or_a_nations_prefix(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "The letters are in the University of Leeds Library; the "
                                                      "Anglo-Baku Oil Company paid for them.")}
    assert ("place", "Leeds") in found and ("place", "Baku") in found


def test_archives_offices_and_railways_named_in_spanish_by_their_opening_noun(rec):
    text = ("Notes\n\n1 AHPL, Archivo Provincial, Fondo Gobierno Civil, caja 4; Fondo Garmendia, carpeta 2.\n"
            "2 The Jefatura de Orden Público wrote to the Ferrocarril Andino.")
    found = {(m.type, m.text) for m in _mentions(rec, text)}
    assert {("organisation", "Archivo Provincial"), ("organisation", "Fondo Gobierno Civil"),
            ("organisation", "Jefatura de Orden Público"), ("organisation", "Ferrocarril Andino")} <= found
    assert ("person", "Garmendia") in found  # a man's papers: the man
    assert not any(t == "person" and w != "Garmendia" for t, w in found)


def test_the_tsar_or_the_shah_alone_is_the_old_regime_and_the_king_a_ruler(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "The Tsar had fallen, and the Shah fled to the coast. "
                                                      "Then the King spoke to the Emperor of Austria.")}
    assert not any(w in ("Tsar", "Shah") for _, w in found)
    assert ("person", "King") in found and ("person", "Emperor of Austria") in found


def test_a_cited_russian_titles_opening_noun_is_no_name(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "See Zapiski A. S. Tverdunova (Moscow, 1930), Vestnik "
                                                      "Polesya, no. 3, and Dnevnik uchitelya.")}
    assert not any(t == "person" and w.split()[0] in ("Zapiski", "Vestnik", "Dnevnik") for t, w in found)
    assert ("person", "A. S. Tverdunova") in found


def test_a_shouted_given_name_stays_with_its_surname(rec):
    ms = [m for m in _mentions(rec, "Statement of GRIGORY KOLTUNOVSKY, fitter. He said that Grisha was at home.")
          if m.type == "person"]
    assert {m.text for m in ms} == {"GRIGORY KOLTUNOVSKY", "Grisha"}


def test_brotherhoods_fellowships_clubs_and_polish_and_french_bodies(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "He joined the Kelso Temperance Brotherhood; the Tarbrook "
                                                      "Ramblers won. Éditions de la Lune printed it; see Archiwum "
                                                      "Miejskie and the Towarzystwo Gimnastyczne.")}
    assert {("organisation", "Kelso Temperance Brotherhood"), ("organisation", "Tarbrook Ramblers"),
            ("organisation", "Éditions de la Lune"), ("organisation", "Archiwum Miejskie"),
            ("organisation", "Towarzystwo Gimnastyczne")} <= found


def test_a_county_or_town_before_its_record_office_or_docks_is_nested(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "Sources: Cornwall Record Office, TRL/4/7; the Leeds "
                                                      "Infirmary; the Morozov Library.")}
    assert ("place", "Cornwall") in found and ("place", "Leeds") in found and ("place", "Morozov") not in found


def test_a_camp_an_indian_union_and_a_port_authority_are_bodies(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "He was sent to the Zaozersk camp. The Tarbrook Jute Mazdoor "
                                                      "Sabha struck. He wrote to the Port of Tarbrook Authority. "
                                                      "The Port of Odessa was closed. [By Authority.]")}
    assert {("organisation", "Zaozersk camp"), ("organisation", "Tarbrook Jute Mazdoor Sabha"),
            ("organisation", "Port of Tarbrook Authority"), ("place", "Port of Odessa")} <= found
    assert ("organisation", "Authority") not in found


def test_a_long_russian_surname_shouted_alone_in_a_report(rec):
    found = {(m.type, m.text) for m in _mentions(rec, "The agent reported that ZAKHAROVSKY met KOLOBRODOVA at the "
                                                      "house. The NKVD knew.\n\nCONFIDENTIAL REPORT")}
    assert ("person", "ZAKHAROVSKY") in found and ("person", "KOLOBRODOVA") in found
    assert ("organisation", "NKVD") in found and not any(w == "CONFIDENTIAL" for _, w in found)
