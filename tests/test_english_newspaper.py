"""EnglishRecogniser on the shapes of printed newspapers: column line breaks, datelines, addresses."""

from __future__ import annotations

import pytest

from letopis.extract.english import EnglishRecogniser
from letopis.model import Document


@pytest.fixture(scope="module")
def rec() -> EnglishRecogniser:
    return EnglishRecogniser()


def _found(rec: EnglishRecogniser, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in rec(Document(path="t.txt", text=text, content_hash="h")).mentions]


def test_a_line_break_before_an_initial_does_not_cut_the_name(rec):
    found = _found(rec, "treasure, says Dr. Harold\nK. Tallboys of the county.")
    assert ("person", "Harold\nK. Tallboys") in found
    assert ("person", "Harold") not in found


def test_an_upper_case_headline_line_still_stops_at_the_line_end(rec):
    found = _found(rec, "FARMER TALLBOYS DEAD\nOrwin Tallboys died on Monday.")
    assert not any("\n" in text for _, text in found)


def test_a_county_is_one_mention_and_a_city_inside_a_junction_stays(rec):
    found = _found(rec, "He served as representative from\nQuillby county in the assembly.")
    assert ("place", "Quillby county") in found
    assert ("place", "Quillby") not in found
    found = _found(rec, "A strike was expected at the Kiev railway junction in May.")
    assert ("place", "Kiev") in found


def test_a_state_abbreviation_after_a_town_is_the_state(rec):
    doc = rec(Document(path="t.txt", text="Orwin Tallboys, of Quillbyville, Tenn., was troubled with neuralgia. "
                                          "Sold by Dr. S. T. Pellow, Easton, Md. He went to Albany, N. Y., and "
                                          "saw Ma, Pa. and Mrs. Pa.", content_hash="h"))
    found = {(m.type, m.text, m.expansion) for m in doc.mentions}
    assert ("place", "Quillbyville", None) in found
    assert ("place", "Tenn", "Tennessee") in found and ("place", "Md", "Maryland") in found
    assert ("place", "N. Y.", "New York") in found
    assert ("person", "Dr. S. T. Pellow", None) in found  # a person, a town and a state: no list of places
    assert not any(e == "Pennsylvania" for _, _, e in found)  # "Ma, Pa.": no town before the comma


def test_a_lone_letter_is_not_a_person(rec):
    found = _found(rec, "A. C. TALLBOYS.SON DEAD\nWell Known Farmer Passes Away")
    assert ("person", "A") not in found


@pytest.mark.parametrize("text", ["The Vice President spoke.\nVice President, and the Auditor.",
                                  "signed by the Auditor and the Superintendent."])
def test_offices_alone_are_not_persons(rec, text):
    assert not [t for typ, t in _found(rec, text) if typ == "person"]


def test_a_hyphenated_street_is_a_place(rec):
    assert ("place", "Quince-street") in _found(rec, "ORWIN TALLBOYS,\nQuince-street, Philadelphia.\n")


def test_a_month_after_miss_is_a_given_name(rec):
    found = _found(rec, "after his marriage to Miss May Tallboys, he moved away in May.")
    assert ("person", "May Tallboys") in found


def test_address_lines_do_not_run_together(rec):
    found = _found(rec, "54 Main Street\nQuillby City, North Carolina\nGentleman:\nOrwin Tallboys has asked me")
    assert ("place", "Main Street") in found
    assert ("place", "North Carolina") in found
    assert not any(typ == "person" and "Gentleman" in text for typ, text in found)


def test_dateline_with_a_dash_at_the_start_of_a_line(rec):
    assert ("place", "Salem") in _found(rec, "NEWS FROM ABROAD.\nSalem—Friday evening, 9 o’clock.\nThe brig")


def test_a_place_called_x(rec):
    assert ("place", "Owl Roost") in _found(rec, "he knows of the\nplace called Owl Roost on the same river")


def test_a_possessive_place_name(rec):
    found = _found(rec, "A letter from Mr. Quillby, of Tallboy’s Point, came in May.")
    assert ("place", "Tallboy’s Point") in found
    assert ("person", "Tallboy") not in found


def test_a_stray_letter_at_a_line_end_is_not_part_of_a_name(rec):
    found = _found(rec, "Orwin Tallboys, > Commissioners\nHarold Quillby, J\nAttest,\nthe clerk.")
    assert not any("Attest" in text or text.endswith("J") for _, text in found)
    assert ("person", "Harold Quillby") in found


def test_a_man_who_calls_himself_x(rec):
    assert ("person", "Tarrant") in _found(rec, "a man who calls himself Tarrant was seen")
    assert ("person", "JOE") in _found(rec, "a negro man, who called himself JOE, and says he")


def test_a_title_and_an_initial_name_the_person_together(rec):
    found = _found(rec, "(Capt. J. had the mate aboard.) and capt. B.\nsays, he was told.")
    assert ("person", "Capt. J") in found
    assert ("person", "capt. B") in found
    assert not any(text in ("J", "B") for _, text in found)


def test_a_ruler_of_a_country_is_a_person_and_the_country_the_state(rec):
    found = _found(rec, "Deaths: a king of Portugal, queen of England, two kings of France.")
    assert ("person", "queen of England") in found
    assert ("organisation", "England") in found
    assert not any(typ == "person" and "king" in text for typ, text in found)


def test_a_title_case_headline_is_not_one_name(rec):
    found = _found(rec, "Improvements At The Quarry Mine.\nThe two new boilers are in place.")
    assert not any("Improvements" in text for _, text in found)


def test_a_lone_enterprise_head_is_no_name(rec):
    assert not _found(rec, "Improvements At The Mine.\nThe two new boilers are in place.")


def test_institutions_of_a_country_make_it_the_state(rec):
    found = _found(rec, "contrary to the Constitution of the\nUnited States. Sickness prevailed in the United States.")
    assert [t for t, text in found if text == "United States"] == ["organisation", "place"]


def test_the_union_is_an_organisation(rec):
    assert ("organisation", "Union") in _found(rec, "The cost of saving\nthe Union was fearful.")


def test_a_street_is_one_mention(rec):
    found = _found(rec, "He keeps a store on\nMain street in Quillbyville.")
    assert ("place", "Main street") in found
    assert ("place", "Main") not in found


def test_a_title_at_the_end_of_a_run_belongs_to_the_next_name(rec):
    found = _found(rec, "The Ship Harmony Capt. Tallboys is arrived at\nPhiladelphia from Bengal.")
    assert ("person", "Tallboys") in found
    assert not any("Capt" in text for _, text in found)


def test_a_headline_word_about_ends_the_name(rec):
    found = _found(rec, "Sites for Quillby Students\nAbout 350 million years ago the sea")
    assert not any("About" in text for _, text in found)


def test_a_state_abbreviation_does_not_open_a_name(rec):
    found = _found(rec, "Apply at Quillbyville, Md. Sold by all druggists.")
    assert not [t for typ, t in found if typ == "person"]


def test_occupations_in_an_advertisement_are_not_persons(rec):
    found = _found(rec, "CASHIER, J. TALLBOYS. Druggist and Auctioneer.")
    assert [t for typ, t in found if typ == "person"] == ["J. TALLBOYS"]


def test_madam_is_a_title(rec):
    assert ("person", "Quillby") in _found(rec, "and states that Madam Quillby\nhas recently discovered it.")


def test_vessels_are_no_names_and_their_masters_are_persons(rec):
    found = _found(rec, "Arrived—Schr. Ada Quill, Tallboys, from Norfolk; brig Ocean Queen, Quillby, 11 days "
                        "from Matanzas; the sloop Gen. Grant.")
    persons = [t for typ, t in found if typ == "person"]
    assert persons == ["Tallboys", "Quillby"]


def test_a_firm_with_a_partner_word(rec):
    found = _found(rec, "Tallboys & Bro. sold it. QUILLBY & CO. bought it. Russia & Poland met.")
    assert ("organisation", "Tallboys & Bro.") in found and ("organisation", "QUILLBY & CO.") in found
    assert ("place", "Russia") in found


def test_a_form_label_opens_a_new_line(rec):
    found = _found(rec, "To: the Secretary, Comrade Tallboys\nCopy: the Secret Department")
    assert ("person", "Tallboys") in found


def test_of_a_town_after_a_name_is_where_he_lives(rec):
    found = _found(rec, "A. Tallboys, of Milford, Capt. Orwin Quill, of Laurel, and Isaac Pike, Esq., of "
                        "Frederica, spoke.")
    assert {("place", "Milford"), ("place", "Laurel"), ("place", "Frederica")} <= set(found)


def test_a_town_before_a_state_abbreviation_is_a_place_in_a_list(rec):
    found = _found(rec, "At the Cheap Cash Store of R. T. TALLBOYS, Georgetown, Del. Trains leave Georgetown at 9.")
    assert [t for t, text in found if text == "Georgetown"] == ["place", "place"]


def test_bands_hotels_wharves_and_lone_circle(rec):
    found = _found(rec, "The Quillby Brass Band played. Stop at the Central Hotel near the North Wharves. "
                        "W. TALLBOYS, Sup't. Essays on the Circle.")
    assert ("organisation", "Quillby Brass Band") in found
    assert ("organisation", "Central Hotel") in found and ("place", "North Wharves") in found  # a hotel is a business
    assert not any(text in ("Sup't", "Circle") for _, text in found)


def test_a_vessel_named_like_a_firm_is_no_firm(rec):
    assert not [t for t in _found(rec, "Arrived, sloop Hannah & Rebecca, from Lewes.") if t[0] == "organisation"]


@pytest.mark.parametrize("text, expected", [
    ("Goods of Tillotson & Wyckoff are fine.", ("organisation", "Tillotson & Wyckoff")),
    ("The 114th Quillby Volunteers marched.", ("organisation", "Quillby Volunteers")),
    ("The General Meeting was held on Monday.", ("event", "General Meeting")),
    ("He sat in the Lubyanka and then in Butyrki.", ("place", "Butyrki")),
])
def test_firms_units_meetings_and_prisons(rec, text, expected):
    assert expected in _found(rec, text)


def test_a_district_body_is_not_a_person(rec):
    found = _found(rec, "The Zarechensky raikom met; Tsarist prisons were full.")
    assert ("organisation", "Zarechensky raikom") in found
    assert not any(text == "Tsarist" for _, text in found)


def test_a_transliterated_title_opening_with_a_plural_adjective(rec):
    found = _found(rec, "See Rabochie i vlast' v 1920-e gody, a study.")
    assert not any(typ == "person" for typ, _ in found)


def test_upper_case_headline_lines_and_places(rec):
    found = _found(rec, "JAZZ GETS\nTHE NATION’S EAR AGAIN\nNEW YORK.—All over the nation.")
    assert ("place", "NEW YORK") in found
    assert ("place", "EAST QUILLBY") in _found(rec, "BARN BURNED AT EAST QUILLBY\nThe barn of Mr. Pike burned.")


def test_dotted_abbreviations_months_in_capitals_village_soviets_and_camps(rec):
    found = _found(rec, "Agents of the G.P.U. raided flats. A Left S.R., Mariya Tallboys, spoke. IN JANUARY AND "
                        "FEBRUARY 1925. The chairman of the Dubrovka village soviet came. The Solovetsky camp is full.")
    assert ("organisation", "G.P.U.") in found and ("organisation", "Left S.R.") in found
    assert ("organisation", "Dubrovka village soviet") in found
    assert ("place", "Solovetsky") in found
    assert not any(text in ("JANUARY", "Left S.") for _, text in found)


def test_known_organisation_with_a_modifier_settlements_and_signatures(rec):
    found = _found(rec, "the promise given to the Political Red Cross in Moscow. Head of the Department of the "
                        "OGPU\nA. P. Tallboys\n. The band hid near khutor Zorinsky and the village of Gorelovka.")
    assert ("organisation", "Political Red Cross") in found
    assert ("person", "A. P. Tallboys") in found
    assert ("place", "Zorinsky") in found and ("place", "Gorelovka") in found


def test_an_uyezd_is_one_place_and_its_town_a_place_where_named_alone(rec):
    found = _found(rec, "In Zorinsk uyezd the mood is calmer. Perm gubernia was quiet. In Zorinsk the mill stood.")
    assert ("place", "Zorinsk uyezd") in found and ("place", "Perm gubernia") in found
    assert found.count(("place", "Zorinsk")) == 1 and ("place", "Perm") not in found


@pytest.mark.parametrize("text, person, role", [
    ("Division Superintendent Quellby was on the ground within two hours.", "Quellby", "Division Superintendent"),
    ("Prosecuting Attorney Dunnage is said to be greatly dissatisfied.", "Dunnage", "Prosecuting Attorney"),
    ("Sheriff Orvil Tandry and Deputy Jas. Follington went to Auburn.", "Jas. Follington", "Deputy"),
    ("Deputy Attorney-General Ellwether appeared for the State.", "Ellwether", "Deputy Attorney-General"),
])
def test_an_office_before_a_surname_is_split_off_as_its_title(rec, text, person, role):
    doc = rec(Document(path="t.txt", text=text, content_hash="h"))
    found = [m for m in doc.mentions if m.text == person and m.type == "person"]
    assert found, [(m.type, m.text) for m in doc.mentions]
    assert ("title", role) in found[0].attrs
    assert not any(role in m.text for m in doc.mentions)


def test_an_office_word_before_a_body_is_no_person(rec):
    found = _found(rec, "The General Meeting was held on Monday. The Director General arrived.")
    assert not any(t == "person" for t, _ in found)


def test_a_plural_title_makes_every_name_of_its_list_a_person(rec):
    found = _found(rec, "There were also present Aldermen Trevesk and Olwenby, Councillors Bastable, "
                        "Rosewick, Hockram, and Dr. Menhallow.")
    for name in ("Trevesk", "Olwenby", "Bastable", "Rosewick", "Hockram", "Menhallow"):
        assert ("person", name) in found
    assert not any(t == "place" for t, _ in found)


def test_shipping_news_names_the_master_and_not_the_vessel(rec):
    text = ("SHIPPING INTELLIGENCE.\n\nARRIVED.—Oct. 12, Emma Lorne (s.s.), Trethowan, from Cardiff, coals; "
            "Carl Sorensen, Andersby, from Riga, for orders.\n\nSAILED.—Oct. 14, Annie Pellow, for Lisbon.")
    found = _found(rec, text)
    assert ("person", "Trethowan") in found and ("person", "Andersby") in found
    assert not any(v in s for _, s in found for v in ("Emma", "Sorensen", "Annie"))
    assert ("place", "Cardiff") in found and ("place", "Lisbon") in found


def test_a_firm_of_several_partners_and_co(rec):
    assert ("organisation", "Broadley, Kittow and Co.") in _found(rec, "for Messrs. Broadley, Kittow and Co.; timber.")


def test_residence_after_formerly_of_and_a_town_before_its_state(rec):
    found = _found(rec, "Mr. Elias Penhale, formerly of Budleigh, who left. Recorded in Brooklyn, New York.")
    assert ("place", "Budleigh") in found and ("place", "Brooklyn") in found


def test_a_body_keeps_its_number(rec):
    found = _found(rec, "The fire was out. Neptune Hose Company No. 2 was first on the ground. Apply at No. 9 Court street.")
    assert ("organisation", "Neptune Hose Company No. 2") in found


def test_synods_and_guilds_are_bodies(rec):
    found = _found(rec, "He returned from the meeting of the Synod of Ohio at Mansfield.")
    assert ("organisation", "Synod of Ohio") in found and ("place", "Ohio") in found


def test_a_firm_of_a_family_and_co_and_a_list_of_partners_ending_in_their_trade(rec):
    found = _found(rec, "the property of Messrs. Hallam Brothers and Co., coal merchants. Apply to Messrs. "
                        "Fenwick and Threlby, Solicitors,\nKirk Gate, Newark.")
    assert ("organisation", "Hallam Brothers and Co.") in found and ("organisation", "Co") not in found
    assert ("organisation", "Fenwick and Threlby") in found  # partners before their trade, capitalised or not
    assert ("place", "Kirk Gate") in found and ("person", "Solicitors") not in found


def test_assembly_rooms_canons_and_forests(rec):
    found = _found(rec, "SALE at the\nClinton Assembly Rooms, Newark. The Rev. Canon Ashby-Pellow preached. "
                        "Prisoners were shot in the Medvedkin forest.")
    assert ("place", "Clinton Assembly Rooms") in found and ("person", "Ashby-Pellow") in found
    assert ("place", "Medvedkin") in found


def test_streets_by_number_and_in_pairs_and_crossings(rec):
    found = _found(rec, "on the corner of Broad and Mechanic streets. Apply at 9 Court street. The bridge at "
                        "Haynes' Crossing is done.\n\nRAILROAD ACCIDENT NEAR SHERBOURNE.\n\nThe train ran.")
    assert ("place", "Broad") in found and ("place", "Mechanic streets") in found
    assert ("place", "Court street") in found and ("place", "Haynes' Crossing") in found
    assert ("place", "SHERBOURNE") in found


def test_a_sentence_that_opens_with_its_subject(rec):
    found = _found(rec, "It was dark. Hildebrook had just lighted the fuse. Yesterday was cold. Nothing was done.")
    assert ("person", "Hildebrook") in found
    assert not any(s in ("Yesterday", "Nothing") for _, s in found)


def test_vessels_named_before_their_master_or_rig(rec):
    found = _found(rec, "The Minnie Castlewood, Capt. Josiah Ormsby, arrived from St. Paul.\n\nMarch 13.—Lady "
                        "Evelina, barque, 412 tons, R. Trethowan, from London.")
    assert ("person", "Josiah Ormsby") in found and ("person", "R. Trethowan") in found
    assert not any("Castlewood" in s or "Evelina" in s for _, s in found)


def test_offices_money_and_family_words_are_no_names(rec):
    found = _found(rec, "Deposits received from One Dollar upward. Mrs. C. A. TOLLIVERS, Proprietress. Mama says "
                        "so. Aunt Dusya lives there. Treas., Chas. Vanders; Sec., H. L. Pettigrew.")
    assert not any(s in ("Dollar", "Proprietress", "Mama", "Treas", "Sec") for _, s in found)
    assert ("person", "Dusya") in found and ("person", "Chas. Vanders") in found


def test_fraternal_orders_by_their_spaced_initials(rec):
    doc = rec(Document(path="t.txt", text="Prairie Lodge No. 174, I. O. O. F., met. Valentine Lodge No. 52, K. of P., "
                                          "and Hesper Lodge, A. F. & A. M., elected. Mr. J. W. Smithers came.",
                       content_hash="h"))
    found = {(m.type, m.text, m.expansion) for m in doc.mentions}
    assert ("organisation", "I. O. O. F.", "Independent Order of Odd Fellows") in found
    assert ("organisation", "K. of P.", "Knights of Pythias") in found
    assert ("organisation", "A. F. & A. M.", "Ancient Free and Accepted Masons") in found
    assert ("organisation", "Prairie Lodge No. 174", None) in found


def test_shouted_firms_and_a_son(rec):
    found = _found(rec, "ADVERTISEMENTS.\n\nPETTIBONE & HARTSMAN,\nDealers in\nHARDWARE.\n\nTHE EMPIRE STABLE,\n"
                        "Ringwell & Son.\nFirst class rigs.")
    assert ("organisation", "PETTIBONE & HARTSMAN") in found and ("organisation", "Ringwell & Son") in found


def test_a_corner_of_two_streets_and_ocr_misreadings_of_the(rec):
    found = _found(rec, "DRY GOODS at Cor. Main and Fourth Streets. Tbe bridge is unsafe.")
    assert ("place", "Main") in found and ("place", "Fourth Streets") in found
    assert not any(s == "Tbe" for _, s in found)


def test_streets_of_foreign_cities_and_hyphenated_streets(rec):
    found = _found(rec, "Paris, 14e, 17 rue Gravillon\n\nWe meet on the boulevard Marmontel. Old Pelchik prints on "
                        "Ostendorfer Strasse, near the Kleebergstrasse and on Dlouhá třída.\n\nHOLLIS & DOBB,\n"
                        "DRAPERS,\nQUARRY-STREET, BENDIGO.\nApply at Wattle-street.")
    for street in ("rue Gravillon", "boulevard Marmontel", "Ostendorfer Strasse", "Kleebergstrasse", "Dlouhá třída",
                   "QUARRY-STREET", "Wattle-street"):
        assert ("place", street) in found, street


def test_rivers_by_what_is_said_of_them(rec):
    found = _found(rec, "We went by steamer up the Kelyma to Orsk. She lived on the far bank of the Tmasha, on the "
                        "little river Verdyuga. The Osmena is frozen right across. A bridge over the Devon.")
    for river in ("Kelyma", "Tmasha", "Verdyuga", "Osmena", "Devon"):
        assert ("place", river) in found, river
    assert not any(t == "person" for t, _ in found)


def test_firms_with_initials_and_their_trades(rec):
    found = _found(rec, "W. Pallister and Co., agents.\n\nJ. H. CORMACK & CO.,\nWholesale Grocers and Commission "
                        "Merchants,\nNo. 14 North Wharves.\n\nJ. TRELAWNEY AND SONS,\nENGINEERS AND IRONFOUNDERS.")
    assert ("organisation", "W. Pallister and Co.") in found
    assert ("organisation", "J. H. CORMACK & CO.") in found
    assert ("organisation", "J. TRELAWNEY AND SONS") in found
    assert not any(t in ("Co", "Wholesale Grocers", "Commission Merchants", "ENGINEERS AND IRONFOUNDERS") or
                   kind == "person" for kind, t in found)


def test_a_district_river_or_street_named_after_a_town_is_no_mention_of_the_town(rec):
    found = _found(rec, "Workers of the Vyborg district met. A boat sank in the Des Moines river. He lives on Main "
                        "street. The train stood at Taiga station.")
    assert {("place", "Vyborg district"), ("place", "Des Moines river"), ("place", "Taiga station")} <= set(found)
    assert ("place", "Vyborg") not in found and ("place", "Des Moines") not in found
    assert ("place", "Taiga") in found  # a station is the town's


def test_churches_by_initials_and_sunday_schools(rec):
    found = _found(rec, "The ladies of the M. E. church will give a supper. The Baptist Sunday school will picnic. "
                        "On Sunday school was closed.")
    assert ("organisation", "M. E. church") in found and ("organisation", "Baptist Sunday school") in found
    assert ("organisation", "Sunday school") not in found


def test_a_vessel_of_the_shipping_entries_is_no_person_anywhere_on_the_page(rec):
    found = _found(rec, "SHIPPING.\nArrived.—Hilda Marten, Rowsell, from Hull, with coal.\nSailed.—Mary Ann Pask, for "
                        "Newcastle.\n\nThe Hilda Marten will discharge at the staithe.")
    assert ("person", "Rowsell") in found and ("place", "Newcastle") in found
    assert not any(t in ("Hilda Marten", "Mary Ann Pask") for _, t in found)


def test_a_title_tells_the_sex_of_a_person_named_by_the_surname(rec):
    doc = rec(Document(path="t.txt", text="Mr. J. W. Penrick presided and Mrs. Penrick sang.", content_hash="h"))
    genders = {(m.text, m.parts.gender) for m in doc.mentions if m.type == "person"}
    assert ("Penrick", "f") in genders
    assert ("Mr. J. W. Penrick", "m") in genders


def test_welsh_page_titles_firms_of_partners_and_occupations(rec):
    found = _found(rec, "Present: the Rev. Elias Cadwal and Mrs. Annie Glasby. Bro. W. Craig, W.M., in the chair. "
                        "The Stipendiary said the offence was grave. His Worship agreed. Present: Crs. Ferrow, "
                        "M'Quarry and Blyth-Owain. The tables were presided over by Mesdames Gillan and Rusko. Sailed: "
                        "Plover (s), for Genoa, by Messrs. Morvan, Tudwal and Pask, shipbrokers. The assistant at "
                        "Messrs. Hengwrt and Daughters' grocery. MR. ELWYN CRUGLAS, Surgeon-Dentist, will attend.")
    persons = {t for k, t in found if k == "person"}
    assert {"Elias Cadwal", "Annie Glasby", "W. Craig", "Ferrow", "M'Quarry", "Blyth-Owain", "Gillan", "Rusko"} <= persons
    assert not persons & {"Stipendiary", "Worship", "Bro", "Surgeon-Dentist", "Morvan", "Tudwal", "Pask", "Plover"}
    assert ("organisation", "Morvan, Tudwal and Pask") in found
    assert ("organisation", "Hengwrt and Daughters") in found


def test_the_seat_of_a_minister_or_a_colliery_after_the_name(rec):
    found = _found(rec, "Sermons were preached by the Rev. J. Morlais Gwynfor, Llanfach. The men employed at the Cwm "
                        "Ddu Colliery, Ystradfach, the property of Messrs. Prothero. Mr. Jones, Treasurer, spoke.")
    assert ("place", "Llanfach") in found and ("place", "Ystradfach") in found
    assert ("place", "Treasurer") not in found


def test_parties_of_a_court_case_are_no_names(rec):
    found = _found(rec, "Defendant said he had been to the feast. Mr. Pollit, for the Plaintiff, objected.")
    assert not any(t in ("Defendant", "Plaintiff") for _, t in found) and ("person", "Pollit") in found


def test_fraternal_orders_hotels_and_village_schools_are_bodies(rec):
    found = _found(rec, "He was a member of the Odd Fellows and the Grangers. The Patrons of Husbandry met at the "
                        "Gorodok school. Dinner was served at the Royal Exchange Hotel.")
    for body in ("Odd Fellows", "Grangers", "Patrons of Husbandry", "Gorodok school", "Royal Exchange Hotel"):
        assert ("organisation", body) in found, body


def test_partners_initials_before_one_surname_are_a_firm(rec):
    found = _found(rec, "He was struck by a waggon belonging to Messrs J. & W. Quarrie, coal merchants. "
                        "Apply to J. & R. TOLLOCH, Nethergate.")
    assert ("organisation", "J. & W. Quarrie") in found and ("organisation", "J. & R. TOLLOCH") in found
    assert not [t for k, t in found if k == "person"]


def test_a_function_word_in_capitals_is_no_name(rec):
    found = _found(rec, "LOCAL AND GENERAL.\nTHE jute trade continues dull in Lochee.")
    assert not [t for k, t in found if k == "person"]


def test_chambers_and_rooms_are_buildings_unless_a_title_or_given_name_comes_first(rec):
    found = _found(rec, "The meeting was held in the Council Chambers. Mr. Chambers presided and Robert Chambers "
                        "seconded. Tea was served in the Temperance Rooms.")
    assert ("place", "Council Chambers") in found and ("place", "Temperance Rooms") in found
    assert ("person", "Chambers") in found and ("person", "Robert Chambers") in found


def test_scottish_and_canadian_civic_titles_and_lodge_ranks(rec):
    found = _found(rec, "The council met, Provost MACKIRDY presiding. Reeve Dunwoodie spoke. Bro. Laidlaw "
                        "was presented with a Past Chief Ranger's jewel.")
    assert ("person", "MACKIRDY") in found and ("person", "Dunwoodie") in found and ("person", "Laidlaw") in found
    assert ("person", "Ranger") not in found


def test_a_shipping_column_runs_on_under_its_heading(rec):
    text = ("SHIPPING INTELLIGENCE.\n\nPORT OF DUNDEE.—ARRIVED.\n\n"
            "Nov. 8.—Flora Gillanders (s), Tweedie, from Riga, with flax.\n\n"
            "Countess of Brechin (s), M'Quarrie, from Calcutta, with jute.\n\n"
            "Steamship Nora Bellhouse, Rintoul, 48 hours from Boston, with mdse.")
    persons = {t for k, t in _found(rec, text) if k == "person"}
    assert persons == {"Tweedie", "M'Quarrie", "Rintoul"}  # the masters; the vessels are no persons


def test_a_body_by_its_head_noun_and_honorific_surnames(rec):
    found = _found(rec, "Bro. Tennock alluded to the late Bro. Amos Pilbury, a founder of the Lodge. "
                        "Mr. Lodge and Mrs. Church spoke. Goods to Sam'l L. Vantassel & Co.")
    assert ("person", "Lodge") in found and ("person", "Church") in found
    assert [t for k, t in found if t == "Lodge"] == ["Lodge"]  # "the Lodge" is no person
    assert ("organisation", "L. Vantassel & Co.") in found and ("person", "L. Vantassel") not in found


def test_a_plural_title_gives_each_name_of_its_list_the_title(rec):
    doc = rec(Document(path="t.txt", text="The tables were presided over by Mesdames Trelask, Pengarth, and "
                                          "Tresize. Messrs. Bastow and Pellow spoke.", content_hash="h"))
    told = {m.text: (dict(m.attrs).get("title"), m.parts.gender) for m in doc.mentions if m.type == "person"}
    assert told["Pengarth"] == ("Mesdames", "f") and told["Tresize"] == ("Mesdames", "f")
    assert told["Pellow"][1] == "m"


def test_scots_gates_are_streets_and_a_side_is_a_district(rec):
    found = _found(rec, "A fire broke out in the Overgate on Monday; shops in the Nethergate and Murraygate "
                        "closed. Mr. Southgate spoke. Strikes spread on the Vyborg Side.")
    places = {t for k, t in found if k == "place"}
    assert {"Overgate", "Nethergate", "Murraygate", "Vyborg Side"} <= places
    assert ("person", "Southgate") in found


def test_an_address_after_a_name_keeps_its_street_and_trades_are_no_persons(rec):
    found = _found(rec, "J. W. Tolmie, Physician and Surgeon, Kent Street. Coun. Fee said the company would pay.")
    assert ("place", "Kent Street") in found and ("person", "J. W. Tolmie") in found
    assert not {t for k, t in found if k == "person"} & {"Physician", "Surgeon", "Kent Street"}


def test_canadian_provinces_and_australian_colonies_after_a_town(rec):
    found = _found(rec, "He came from Saint Andrews, N. B., from Burra, N.S.W., and from Brooklyn, L. I., to "
                        "Lindsay, Ont. on Monday.")
    places = {(t, k) for k, t in found}
    assert {("N. B.", "place"), ("N.S.W.", "place"), ("L. I.", "place"), ("Ont", "place")} <= places
    assert ("Brooklyn", "place") in places and ("Burra", "place") in places


def test_friendly_society_courts_and_tents(rec):
    found = _found(rec, "The members of Court Pride of Glynmawr met at the Court House; Tent Star of Hope met "
                        "in Court Street.")
    assert ("organisation", "Court Pride of Glynmawr") in found and ("organisation", "Tent Star of Hope") in found
    assert ("place", "Court House") in found and ("place", "Court Street") in found


def test_a_firm_with_an_oxford_comma_and_headings_of_common_words(rec):
    found = _found(rec, "Goods supplied by Penwarden, Tregoose, and Co., of Queen-street.\n\nSHIPPING INTELLIGENCE."
                        "\n\nJAMES WOODS, PETER WHITE.")
    assert ("organisation", "Penwarden, Tregoose, and Co.") in found
    persons = {t for k, t in found if k == "person"}
    assert "SHIPPING INTELLIGENCE" not in persons and {"JAMES WOODS", "PETER WHITE"} <= persons
    assert not persons & {"Penwarden", "Tregoose"}


def test_downs_ridges_and_ranges_are_places(rec):
    found = _found(rec, "Sheep from the Darling Downs sold well; a picnic at Pleasant Ridge. The Main Range was "
                        "crossed. Mr. Green and John Park spoke.")
    places = {t for k, t in found if k == "place"}
    assert {"Darling Downs", "Pleasant Ridge", "Main Range"} <= places
    assert ("person", "Green") in found and ("person", "John Park") in found


def test_a_man_named_before_a_state_stays_a_man(rec):
    found = _found(rec, "Letters were received from J. Tolmie, Tenn. and Mr. Bastow, Md. He went to Georgetown, Del.")
    assert ("person", "J. Tolmie") in found and ("person", "Bastow") in found and ("place", "Georgetown") in found


def test_two_streets_named_between_a_preposition_and_a_plural_head(rec):
    found = set(_found(rec, "LOST.—On Monday, between Almond and Quarry streets, a purse. He lives near Central "
                            "avenue."))
    places = {t for k, t in found if k == "place"}
    assert {"Almond", "Quarry streets", "Central avenue"} <= places


def test_a_towns_wares_and_market_are_no_person(rec):
    found = set(_found(rec, "HOBART SAVINGS AND DEPOSIT BANK. Mr. Florence Baker spoke."))
    persons = {t for k, t in found if k == "person"}
    assert "Florence Baker" in persons and not any("HOBART" in t for t in persons)


def test_plural_nouns_in_a_list_with_a_name_are_no_persons(rec):
    found = set(_found(rec, "A large stock of Tweeds, Shawls and Mr. Ormsby's Blankets. Present: Messrs. Tregunna, "
                            "Trevenna and Pike."))
    persons = {t for k, t in found if k == "person"}
    assert {"Tregunna", "Trevenna"} <= persons and not persons & {"Tweeds", "Shawls"}


def test_a_place_of_houses_after_its_number_and_an_abbreviated_street(rec):
    found = set(_found(rec, "The council met in the hall, 9 Quarry Place, Mr Hugh Tremlow presiding. A fire broke "
                            "out on Kellwood st., near the mill."))
    places = {t for k, t in found if k == "place"}
    assert {"Quarry Place", "Kellwood st."} <= places and ("person", "Hugh Tremlow") in found


def test_a_fire_company_by_its_number_is_a_body(rec):
    found = set(_found(rec, "The alarm was answered by Crescent Hose No. 3 and Eureka Engine No. 4; the water "
                            "flooded Mine No. 9."))
    assert {("organisation", "Crescent Hose No. 3"), ("organisation", "Eureka Engine No. 4"),
            ("enterprise", "Mine No. 9")} <= found


def test_a_shipping_line_is_a_body(rec):
    found = set(_found(rec, "SAILINGS.—The steamers of the Kellhaugh Line sail weekly for New York."))
    assert ("organisation", "Kellhaugh Line") in found


def test_a_title_in_capitals_before_a_name_in_capitals_and_a_hyphenated_rank(rec):
    found = set(_found(rec, "POLICE COURT.—BEFORE JUDGE QUENNELL.\n\nMADAME ORRIN-HAGGARD, Court Milliner, begs to "
                            "announce. The notices were found by Head-Constable Tremlow."))
    persons = {t for k, t in found if k == "person"}
    assert {"QUENNELL", "ORRIN-HAGGARD", "Tremlow"} <= persons
    assert not any("GENERAL" in t for t in persons)


def test_a_ship_by_its_prefix_is_no_person_but_a_man_by_his_initials_is(rec):
    found = set(_found(rec, "The S.S. Kotare Belle arrived; H.M.S. Quarnock sailed. S. S. Kelmans wrote to the "
                            "owners."))
    persons = {t for k, t in found if k == "person"}
    assert "S. S. Kelmans" in persons and not any("Kotare" in t or "Quarnock" in t for t in persons)


def test_an_advertisements_address_by_number_and_bare_street(rec):
    found = _found(rec, "GORRICK & PENDRITH,\nCLOTHIERS AND OUTFITTERS,\n212 BRIGGATE, GLASGOW.\n"
                        "Printed at 14, Tithebarn, in the City of Manchester.\n12 RGASPI, f. 17, op. 2.")
    assert ("place", "BRIGGATE") in found and ("place", "Tithebarn") in found
    assert ("place", "RGASPI") not in found  # a footnote's number, not a house's


def test_ports_and_landmarks_of_a_voyage_and_a_route_word(rec):
    found = _found(rec, "The master met rough weather off Skerrow, and the schooner put into Tolvan for repairs; "
                        "the brig is bound for Victoria and came by way of Ravensholm, via Port Darwin. "
                        "She lodged on via Garibaldi.")
    for name in ("Skerrow", "Tolvan", "Victoria", "Ravensholm", "Port Darwin", "via Garibaldi"):
        assert ("place", name) in found
    assert ("place", "via Port") not in found and ("person", "Victoria") not in found


def test_masters_after_a_vessels_rig_tonnage_or_flag_and_days_out(rec):
    found = _found(rec, "SHIPPING.\nARRIVED.\nMay 12.-Ketch Drumlie Lass, 38 tons, Osterby, from Bellhaven, with "
                        "potatoes.\nMay 10, Fair Agnes, barque, 412 tons, Skelton, from London.\nSteamship Corinna, "
                        "(Br.) Hargate, from Liverpool.\nBrig Rosa de Lima, Almagro, 21 days from Callao ; hides.")
    for name in ("Osterby", "Skelton", "Hargate", "Almagro"):
        assert ("person", name) in found
    assert not any(text in ("Drumlie Lass", "Fair Agnes", "Rosa de Lima") for _, text in found)


def test_the_name_after_a_signature_mark(rec):
    found = _found(rec, "Head of the Information Section: [signature] Sarbasov\nTyped in 5 copies.")
    assert ("person", "Sarbasov") in found


def test_a_masthead_ending_in_tidings_or_courant_is_a_paper_no_person(rec):
    found = {(m.type, m.text) for m in rec(Document(path="t.txt", text="THE TARVEL EVENING TIDINGS\n\nPrice one cent.",
                                                   content_hash="h")).mentions}
    assert ("publication", "TARVEL EVENING TIDINGS") in found
    assert not any(t == "person" for t, _ in found)
