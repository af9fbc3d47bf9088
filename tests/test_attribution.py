"""Reporting voices in a sentence: according to, speech verbs, reports, informants (EN and RU)."""

from __future__ import annotations

import re

import pytest

from letopis.extract.attribution import Speaker, voices


def _speakers(text: str, names: list[str]) -> list[Speaker]:
    out = []
    for i, name in enumerate(names):
        m = re.search(re.escape(name), text)
        assert m, name
        out.append(Speaker(m.start(), m.end(), name, i))
    return sorted(out, key=lambda s: s.start)


@pytest.mark.parametrize(
    "text,names,expected",
    [
        ("According to Arkov and Belin, the appeal was written in prison.", ["Arkov", "Belin"],
         [("Arkov and Belin", "source")]),
        ("Comrade Lutsky believes that the circle is growing.", ["Lutsky"], [("Lutsky", "source")]),
        ("Arkov stated that he and Belin now oppose the circle.", ["Arkov", "Belin"], [("Arkov", "source")]),
        ("Arkov told Belin that the circle had 500 members.", ["Arkov", "Belin"], [("Arkov", "source")]),
        ("During questioning, Arkov stated that the theses came from Belin.", ["Arkov", "Belin"],
         [("Arkov", "interrogated")]),
        ("According to an informant, the students asked him.", [], [("informant", "informant")]),
        ("According to reports, the following attended the meetings.", [], [("reports", "report")]),
        ("Recent reports indicate that Arkov has joined.", ["Arkov"], [("reports", "report")]),
        ("Comrade Vetrov, a former member recently returned from abroad, reported the following.", ["Vetrov"],
         [("Vetrov", "source")]),
        ("По словам Аркова, воззвание написано в тюрьме.", ["Аркова"], [("Аркова", "source")]),
        ("Арков сообщил, что группа растёт.", ["Арков"], [("Арков", "source")]),
    ],
)
def test_attribution_voices(text: str, names: list[str], expected: list[tuple[str, str]]) -> None:
    lang = "ru" if re.search("[а-я]", text) else "en"
    found = voices(text, _speakers(text, names), lang)
    assert [(v.name, v.role) for v in found] == expected


def test_attribution_plain_statement_has_no_voice() -> None:
    assert voices("Arkov is a member of the circle.", _speakers("Arkov is a member of the circle.", ["Arkov"])) == []


def test_attribution_voice_points_at_its_mention() -> None:
    text = "According to Belin, Arkov joined."
    found = voices(text, _speakers(text, ["Arkov", "Belin"]))
    assert found[0].mention == 1  # index given to Belin


@pytest.mark.parametrize(
    "text,body,expected",
    [
        ("According to the OGPU, Arkov kept contact with Belin.", "OGPU", [("OGPU", "report")]),
        ("The OGPU reported that Arkov had joined.", "OGPU", [("OGPU", "report")]),
    ],
)
def test_attribution_bodies_speak_as_reports(text: str, body: str, expected: list[tuple[str, str]]) -> None:
    bodies = _speakers(text, [body])
    found = voices(text, _speakers(text, ["Arkov"]), "en", bodies)
    assert [(v.name, v.role) for v in found] == expected


def test_writing_reports_only_what_follows_that_or_a_colon() -> None:
    said = "Arkov wrote that Belin had joined the circle."
    assert [(v.name, v.role) for v in voices(said, _speakers(said, ["Arkov", "Belin"]))] == [("Arkov", "source")]
    said2 = "Arkov later wrote to Belin: the circle has grown."
    assert [v.name for v in voices(said2, _speakers(said2, ["Arkov", "Belin"]))] == ["Arkov"]
    authored = "Arkov wrote the diary while studying at the institute, alongside Belin."
    assert voices(authored, _speakers(authored, ["Arkov", "Belin"])) == []


def test_a_report_from_a_date_is_an_unnamed_report_not_the_bodies_named_later() -> None:
    text = "A report from May 3 confirmed that student Arkov (expelled from the RCP) joined the circle."
    bodies = [Speaker(text.index("RCP"), text.index("RCP") + 3, "RCP", 7)]
    found = voices(text, _speakers(text, ["Arkov"]), "en", bodies)
    assert [(v.name, v.role) for v in found] == [("reports", "report")]
    text2 = "According to the local OGPU, Arkov joined the circle."
    bodies2 = [Speaker(text2.index("OGPU"), text2.index("OGPU") + 4, "OGPU", 7)]
    assert [(v.name, v.role) for v in voices(text2, _speakers(text2, ["Arkov"]), "en", bodies2)] == [("OGPU", "report")]
