"""EnglishRecogniser: one test per recognition rule, on invented texts."""

from __future__ import annotations

import pytest

from letopis.extract.english import EnglishRecogniser
from letopis.model import Document, Segment


def _doc(text: str, segments: tuple[Segment, ...] = ()) -> Document:
    return Document(path="t.txt", text=text, content_hash="h", segments=segments)


@pytest.fixture(scope="module")
def rec() -> EnglishRecogniser:
    return EnglishRecogniser()


def _found(rec: EnglishRecogniser, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in rec(_doc(text)).mentions}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The report was signed by Comrade Tarasyuk yesterday.", ("person", "Tarasyuk")),
        ("Leaflets were found in Zembrin's apartment last week.", ("person", "Zembrin")),
        ("Among them was K. P. Voronkov, a fitter.", ("person", "K. P. Voronkov")),
        ("The minutes name Voronkov K. as secretary.", ("person", "Voronkov K.")),
        ("The letter of Stepan Ilyich Voronkov was read aloud.", ("person", "Stepan Ilyich Voronkov")),
        ("The strike was led by a fitter, Gorbunov, and others.", ("person", "Gorbunov")),
        ("The meeting heard Dal-Voronkova and went home.", ("person", "Dal-Voronkova")),
        ("It was chaired by Tumanskaya from the start.", ("person", "Tumanskaya")),
        ("The cell had contacts with Petrenko in the spring.", ("person", "Petrenko")),
        ("We also met Jonathan Pike at the station.", ("person", "Jonathan Pike")),
        ("The names of Mr. Kettleby and others were read.", ("person", "Kettleby")),
    ],
)
def test_english_person_rules(rec, text, expected):
    assert expected in _found(rec, text)


def test_english_list_items_share_type(rec):
    text = "Identified members include Voronkov, Zeltz, Ambro, Petrenko, and several others."
    found = _found(rec, text)
    for name in ("Voronkov", "Zeltz", "Ambro", "Petrenko"):
        assert ("person", name) in found


def test_english_apposition_marks_person(rec):
    found = _found(rec, "The note was handed to Ambro (a former member of the union) in May.")
    assert ("person", "Ambro") in found


def test_english_sentence_initial_word_needs_evidence(rec):
    found = _found(rec, "Nevertheless, the workers left. Similarly, nobody came. Voronkov stayed.")
    assert ("person", "Voronkov") in found
    assert not any(t in ("Nevertheless", "Similarly") for _, t in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The GPU reported on the mood of workers.", ("organisation", "GPU")),
        ("He joined the Comintern in exile.", ("organisation", "Comintern")),
        ("Delegates of the RCP(b) arrived.", ("organisation", "RCP(b)")),
        ("A letter went to the Central Committee of the Zarechny Party.",
         ("organisation", "Central Committee of the Zarechny Party")),
        ("The Tanner Workers' Union met on Sunday.", ("organisation", "Tanner Workers' Union")),
        ("Members of the \"Workers’ Group\" were arrested.", ("organisation", "Workers’ Group")),
        ("The Zarechny Soviet voted against.", ("organisation", "Zarechny Soviet")),
    ],
)
def test_english_organisation_rules(rec, text, expected):
    assert expected in _found(rec, text)


def test_english_abbreviation_expansion(rec):
    doc = rec(_doc("Two members of the RCP were expelled."))
    rcp = next(m for m in doc.mentions if m.text == "RCP")
    assert rcp.expansion == "Russian Communist Party"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A strike broke out at the Kravtsov factory in June.", ("enterprise", "Kravtsov")),
        ("Workers of the Red Hammer Plant struck.", ("enterprise", "Red Hammer Plant")),
        ("The Zarechny Railway paid less than others.", ("enterprise", "Zarechny Railway")),
    ],
)
def test_english_enterprise_rules(rec, text, expected):
    found = _found(rec, text)
    assert expected in found
    assert ("person", expected[1]) not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Unrest spread in Moscow and beyond.", ("place", "Moscow")),
        ("They gathered on Zarechnaya Street at noon.", ("place", "Zarechnaya Street")),
        ("Trains stopped at the Tumensk junction for a day.", ("place", "Tumensk junction")),
        ("The delegates came from Soviet Russia.", ("place", "Soviet Russia")),
        ("He moved to a house in Gorbovo last year.", ("place", "Gorbovo")),
    ],
)
def test_english_place_rules(rec, text, expected):
    assert expected in _found(rec, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He wrote in *The Red Dawn* about it.", ("publication", "The Red Dawn")),
        ("The pamphlet \"Where Do We Stand\" circulated.", ("publication", "Where Do We Stand")),
        ("A \"Workers’ Group\" appeal was found.", ("publication", "Workers’ Group")),
    ],
)
def test_english_publication_rules(rec, text, expected):
    assert expected in _found(rec, text)


def test_english_event_congress(rec):
    assert ("event", "Zarechny Congress") in _found(rec, "Before the 9th Zarechny Congress they met.")


def test_english_title_and_role_attrs(rec):
    doc = rec(_doc("The file names Deputy Chairman of Glavmetall Tarasyuk and Comrade Zembrin."))
    by_text = {m.text: m for m in doc.mentions}
    assert by_text["Tarasyuk"].attr("role") == "Deputy Chairman of Glavmetall"
    assert by_text["Zembrin"].attr("title") == "Comrade"
    assert by_text["Zembrin"].parts is not None and by_text["Zembrin"].parts.surname == "Zembrin"


def test_english_possessive_stripped_and_offsets(rec):
    text = "Tarasyuk’s group met twice; Tarasyuk’s wife was present."
    doc = rec(_doc(text))
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text
    persons = [m for m in doc.mentions if m.type == "person"]
    assert persons and all(m.text == "Tarasyuk" and m.norm == "Tarasyuk" for m in persons)
    assert any(m.type == "organisation" and m.text.startswith("Tarasyuk") for m in doc.mentions)


def test_english_skips_chrome_and_sets_segment(rec):
    text = "Home > Voronkov archive\n\nComrade Tarasyuk spoke."
    segs = (Segment(0, "chrome", 0, 23), Segment(1, "paragraph", 25, len(text)))
    doc = rec(_doc(text, segs))
    assert [(m.text, m.segment) for m in doc.mentions if m.type == "person"] == [("Tarasyuk", 1)]
    assert all(m.extractor == "letopis.recogniser.en.v1" for m in doc.mentions)


def test_english_keeps_existing_mentions(rec):
    first = rec(_doc("Comrade Tarasyuk spoke."))
    again = rec(first)
    assert len(again.mentions) == 2 * len(first.mentions)


def test_english_known_surname_propagates(rec):
    found = _found(rec, "Comrade Ambro spoke first. Ambro then left the hall.")
    assert sum(1 for t, x in found if t == "person" and x == "Ambro") == 1
    doc = rec(_doc("Comrade Ambro spoke first. Ambro then left the hall."))
    assert len([m for m in doc.mentions if m.text == "Ambro"]) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The book by Marcel van der Molen appeared late.", ("person", "Marcel van der Molen")),
        ("It was seized by United States Marshal Korbitt yesterday.", ("person", "Korbitt")),
        ("Orders came from Warden Pelley at dawn.", ("person", "Pelley")),
        ("The sheriff found them near Fort Tanning by night.", ("place", "Fort Tanning")),
        ("He lived at Harlow, Tenn. for years.", ("place", "Harlow")),
    ],
)
def test_english_general_domain_rules(rec, text, expected):
    assert expected in _found(rec, text)
