"""ReferenceParser: archival (any order, Latin and Cyrillic, verso) and bibliographic references."""

from __future__ import annotations

import pytest

from letopis.extract.references import ReferenceParser, archival_references, bibliographic_references
from letopis.model import Document, Segment


@pytest.mark.parametrize(
    "text, archive, fond, opis, delo, folio, verso",
    [
        ("[3] TsAOPIM, op. 3, f. 1a, d.6, l. 42ob", "TsAOPIM", "1a", "3", "6", "42ob", True),
        ("РГАСПИ. Ф. 17. Оп. 84. Д. 467. Л. 12 об.", "РГАСПИ", "17", "84", "467", "12об", True),
        ("See RGASPI f. 17, op. 84, d. 467, ll. 12-14.", "RGASPI", "17", "84", "467", "12-14", False),
        ("GARF, f. 5451, op. 2, d. 90", "GARF", "5451", "2", "90", None, False),
        ("ЦГАМО. Ф. 66. Оп. 12. Д. 3. Л. 7.", "ЦГАМО", "66", "12", "3", "7", False),
        # Ukrainian archives: opys, sprava, arkush; a file of the closed-cases fond; a volume between
        ("[4] TsDAHO Ukrainy, f. 1, op. 20, spr. 1029, ark. 3.", "TsDAHO Ukrainy", "1", "20", "1029", "3", False),
        ("HDA SBU, f. 6, spr. 68102-FP, t. 2, ark. 118zv.", "HDA SBU", "6", None, "68102-FP", "118zv", True),
        ("ЦДАГО України, ф. 1, оп. 20, спр. 1029, арк. 3.", "ЦДАГО України", "1", "20", "1029", "3", False),
        ("ГАРФ. Ф. Р-393. Оп. 1. Д. 5. Т. 2. Л. 12 об.", "ГАРФ", "Р-393", "1", "5", "12об", True),
        ("GAPK, fond 3, opis' 2, delo 56, list 21.", "GAPK", "3", "2", "56", "21", False),  # the soft sign kept
    ],
)
def test_references_archival(text, archive, fond, opis, delo, folio, verso):
    refs = archival_references(text)
    assert len(refs) == 1
    r = refs[0]
    assert (r.archive, r.fond, r.opis, r.delo, r.folio, r.verso) == (archive, fond, opis, delo, folio, verso)
    assert r.kind == "archival" and text[r.start : r.end] == r.text


@pytest.mark.parametrize("text", ["He lived in flat d. 5 on the third floor.", "Page l. 4 only."])
def test_references_archival_needs_two_fields(text):
    assert archival_references(text) == []


@pytest.mark.parametrize(
    "text, author, title, year, pages",
    [
        ("[4] Ivo Brandt, *Factory Councils in Retreat* (London: Slate, 2011), pp. 104-105",
         "Ivo Brandt", "Factory Councils in Retreat", "2011", "104-105"),
        ("[5] See K. L. Marsh, \"Notes on the Left\", *Labour Review* 12 (1990), pp. 1-29",
         "K. L. Marsh", "Notes on the Left", None, None),
        ("[6] A recent overview is: Anna Zell, *Dissent Within Dissent* (Oslo: Vinter, 2020), p. 7",
         "Anna Zell", "Dissent Within Dissent", "2020", "7"),
    ],
)
def test_references_bibliographic(text, author, title, year, pages):
    r = bibliographic_references(text)[0]
    assert (r.author, r.title, r.year, r.pages) == (author, title, year, pages)
    assert r.kind == "bibliographic" and text[r.start : r.end] == r.text


def test_references_second_title_in_note_has_its_year():
    refs = bibliographic_references('[7] K. L. Marsh, "Notes on the Left", *Labour Review* 12 (1990), pp. 1-29')
    assert [(r.title, r.year, r.pages) for r in refs][1] == ("Labour Review", "1990", "1-29")


def test_references_parser_component_offsets():
    text = "Body text with Ivo Brandt.\n\n[1] Ivo Brandt, *Councils* (London: Slate, 2011), pp. 3-4; GARF, f. 1, op. 2, d. 3"
    segs = (Segment(0, "paragraph", 0, 26), Segment(1, "footnote", 28, len(text), label="1"))
    doc = ReferenceParser()(Document("t", text, "h", segments=segs))
    kinds = sorted(r.kind for r in doc.references)
    assert kinds == ["archival", "bibliographic"]
    for r in doc.references:
        assert text[r.start : r.end] == r.text and r.segment == 1


def test_references_pages_lists_and_decades():
    r = bibliographic_references("[8] Ivo Brandt, *Councils*, written in the 1970s, pp. 52, 59 and 121")[0]
    assert r.pages == "52,59,121" and r.year is None


def test_references_lowercase_quote_is_not_a_title():
    assert bibliographic_references('[9] He called them "tops" in a letter.') == []


def test_fonds_with_a_letter_and_archives_named_with_their_city():
    from letopis.extract.references import archival_references

    refs = archival_references("[3] TsGAIPD SPb, f. 1012, op. 1, d. 45; GAKO, f. R-1, op. 2, d. 77.")
    assert [(r.archive, r.fond) for r in refs] == [("TsGAIPD SPb", "1012"), ("GAKO", "R-1")]


def test_baltic_polish_and_italian_archive_fields_are_read():
    refs = archival_references("3. LCVA, f. R-754, ap. 3, b. 12, l. 4. 4. AAN, zesp. 12, sygn. 4. 5. AJ, f. 74, fasc. 9.")
    assert [(r.archive, r.fond, r.opis, r.delo, r.folio) for r in refs] == [
        ("LCVA", "R-754", "3", "12", "4"), ("AAN", "12", None, "4", None), ("AJ", "74", None, "9", None)]
    assert archival_references("He was b. 1890 in Vilna and left in 1912.") == []
