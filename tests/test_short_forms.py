"""Short forms of a body named in full in the same document."""

from __future__ import annotations

from letopis.extract.short_forms import link_short_forms
from letopis.model import Mention


def _org(text: str, start: int = 0, expansion: str | None = None, kind: str = "organisation") -> Mention:
    return Mention(start, start + len(text), text, kind, text, expansion=expansion)


def test_a_short_form_takes_the_one_full_name_it_ends():
    ms = link_short_forms([_org("Kharkov Institute of Agricultural Machine-Building"), _org("Institute", 80),
                           _org("Political Red Cross", 100), _org("Red Cross", 130), _org("Острогожский РИК", 150),
                           _org("РИК", 170)])
    assert [m.expansion for m in ms[1::2]] == ["Kharkov Institute of Agricultural Machine-Building",
                                               "Political Red Cross", "Острогожский РИК"]


def test_a_short_form_stays_when_two_names_end_with_it_or_it_is_only_their_complement():
    ms = link_short_forms([_org("School Board"), _org("Harbour Board", 20), _org("Board", 50),
                           _org("Central Council of Trade Unions", 60), _org("Trade Unions", 100),
                           _org("райком ВКП(б)", 120), _org("ВКП(б)", 140), _org("GPU", 150, "State Political Directorate"),
                           _org("Samara GPU", 160)])
    assert ms[2].expansion is None and ms[4].expansion is None and ms[6].expansion is None
    assert ms[7].expansion == "State Political Directorate"


def test_an_english_body_called_by_its_own_name_with_or_without_its_kind():
    ms = link_short_forms([_org("Kolyvanka Glass Works", kind="enterprise"), _org("Kolyvanka", 40),
                           _org("Thornley Beck Spinning Mill No. 2", 60, kind="enterprise"),
                           _org("THORNLEY BECK MILL", 100, kind="enterprise"),
                           _org("Bretherton Wesleyan Chapel", 130), _org("Bretherton Chapel", 160)])
    assert (ms[1].expansion, ms[1].type) == ("Kolyvanka Glass Works", "enterprise")
    assert ms[3].expansion == "Thornley Beck Spinning Mill No. 2"
    assert ms[5].expansion == "Bretherton Wesleyan Chapel"


def test_no_own_name_word_or_a_body_under_the_named_one_keeps_a_name_apart():
    ms = link_short_forms([_org("Krasny Gvozd Works Party Committee"), _org("Krasny Gvozd works", 40, kind="enterprise"),
                           _org("Ufimka Copper Smelter", 70, kind="enterprise"), _org("Copper Mine", 100, kind="enterprise"),
                           _org("Krasny Sukhodol mill", 120, kind="enterprise"), _org("Sukhodol", 150),
                           _org("Yelnitsa Club", 170), _org("Yelnitsa", 190, kind="enterprise"),
                           _org("Kolyvanka Glass Works", 210, kind="enterprise"), _org("Kolyvanka Club", 240),
                           _org("Kolyvanka", 260)])
    assert ms[1].expansion is None  # the works is not its party committee
    assert ms[3].expansion is None  # "Copper" names a metal, not the smelter
    assert ms[5].expansion is None  # "Sukhodol" drops the name's "Krasny"
    assert ms[7].expansion is None  # a works' name is not its club's
    assert ms[10].expansion is None  # two bodies of that name


def test_a_bare_head_takes_the_one_full_name_through_its_own_short_forms():
    def org(text: str) -> Mention:
        return Mention(0, len(text), text, "organisation", text)

    out = link_short_forms([org("Tarvela School Board"), org("SCHOOL BOARD"), org("Board"),
                            org("Ministry of Labour"), org("Ministry")])
    by = {m.text: m.expansion for m in out}
    assert by["Board"] == "Tarvela School Board" and by["Ministry"] == "Ministry of Labour"
    out = link_short_forms([org("Ministry of Labour"), org("Ministry of War"), org("Ministry")])
    assert next(m.expansion for m in out if m.text == "Ministry") is None  # two ministries: which one?
