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
