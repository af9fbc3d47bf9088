"""The claim extractor on hand-built documents: predicates, lists, hedges, attribution, former, evidence."""

from __future__ import annotations

import hashlib
import re

import pytest

from letopis.extract.claims import NAME, ClaimExtractor
from letopis.model import Claim, DateValue, Document, DocumentMeta, Mention, Segment

ORGS = ["Free Labour", "Socialist Revolutionary", "RCP", "Metalists' Union", "Menshevik", "Bureau of Trade",
        "Рабочей правды", "РКП", "Свободный труд", "Свободного труда"]


def make_doc(text: str, persons: list[str], orgs: list[str] | None = None, author: str | None = None,
             lang: str = "en", enterprises: tuple[str, ...] = (), places: tuple[str, ...] = (),
             dates: tuple[tuple[str, str], ...] = ()) -> Document:
    """Paragraphs are lines ('# ' lines are headings); mentions wherever the names occur (whole words)."""
    segs = []
    for m in re.finditer(r"[^\n]+", text):
        kind = "heading" if m.group(0).startswith("# ") else "paragraph"
        segs.append(Segment(len(segs), kind, m.start(), m.end()))
    table = [("person", n) for n in persons] + [("organisation", n) for n in (ORGS if orgs is None else orgs)]
    table += [("enterprise", n) for n in enterprises] + [("place", n) for n in places]
    mentions = []
    for mtype, name in table + [("date", d) for d, _ in dates]:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            seg = next(s.index for s in segs if s.start <= m.start() < s.end)
            iso = dict(dates).get(name)
            date = DateValue(iso, iso, "year", iso) if iso else None
            mentions.append(Mention(m.start(), m.end(), name, mtype, name, seg, "test", date=date))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return Document("t.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                    DocumentMeta(author=author, language=lang), segments=tuple(segs), mentions=tuple(mentions))


def triples(doc: Document, predicate: str | None = None) -> set[tuple[str, str, str, str, bool]]:
    out = set()
    for c in doc.claims:
        if predicate and c.predicate != predicate:
            continue
        obj = doc.mentions[c.object].text if c.object is not None else str(c.literal)
        out.add((doc.mentions[c.subject].text, c.predicate, obj, c.hedge, c.former))
    return out


def find(doc: Document, subject: str, obj: str, predicate: str = "member_of") -> list[Claim]:
    return [c for c in doc.claims if doc.mentions[c.subject].text == subject and c.predicate == predicate
            and c.object is not None and doc.mentions[c.object].text == obj]


LIST_TEXT = (
    "At the Zorky plant an active \"Free Labour\" cell exists. Identified members of this group include "
    "Ardov, Belin, Cherkov (a former Socialist Revolutionary now in the RCP), Dorov, and others."
)


def test_claims_list_distributes_over_items_and_group_from_previous_sentence() -> None:
    doc = ClaimExtractor()(make_doc(LIST_TEXT, ["Ardov", "Belin", "Cherkov", "Dorov"], enterprises=("Zorky plant",)))
    got = triples(doc, "member_of")
    for name in ("Ardov", "Belin", "Cherkov", "Dorov"):
        assert (name, "member_of", "Free Labour", "asserted", False) in got
    assert ("Cherkov", "member_of", "Socialist Revolutionary", "asserted", True) in got
    assert ("Cherkov", "member_of", "RCP", "asserted", False) in got
    assert not any(o == "Zorky plant" and p == "member_of" for _, p, o, _, _ in got)


def test_claims_evidence_is_the_sentence_and_extractor_is_named() -> None:
    doc = ClaimExtractor()(make_doc(LIST_TEXT, ["Ardov", "Belin", "Cherkov", "Dorov"]))
    c = find(doc, "Dorov", "Free Labour")[0]
    assert doc.text[c.evidence_start:c.evidence_end].startswith("Identified members of this group include")
    assert doc.text[c.evidence_start:c.evidence_end].endswith("and others.")
    assert c.extractor == NAME == "letopis.claims.v1"
    assert c.segment == 0
    assert c.attribution[0].role == "author" and c.attribution[0].name == "author"


def test_claims_author_from_metadata_heads_the_chain() -> None:
    doc = ClaimExtractor()(make_doc(LIST_TEXT, ["Ardov", "Belin", "Cherkov", "Dorov"], author="I. Petrenko"))
    assert {c.attribution[0].name for c in doc.claims} == {"I. Petrenko"}


@pytest.mark.parametrize(
    "text,persons,subject,obj,hedge",
    [
        ("The following individuals are likely involved in the Free Labour: Egorov, Fomin.",
         ["Egorov", "Fomin"], "Fomin", "Free Labour", "probable"),
        ("Egorov was apparently a member of the Free Labour.", ["Egorov"], "Egorov", "Free Labour", "probable"),
        ("According to reports, Egorov joined the Free Labour.", ["Egorov"], "Egorov", "Free Labour", "reported"),
        ("Egorov allegedly joined the Free Labour.", ["Egorov"], "Egorov", "Free Labour", "reported"),
        ("There is suspicion that Egorov is a member of the Free Labour.", ["Egorov"], "Egorov", "Free Labour",
         "suspected"),
        ("Egorov denied any connection with the Free Labour.", ["Egorov"], "Egorov", "Free Labour", "denied"),
        ("There is no evidence that Egorov was a member of the Free Labour.", ["Egorov"], "Egorov",
         "Free Labour", "refuted"),
        ("Егоров, вероятно, состоял в РКП.", ["Егоров"], "Егоров", "РКП", "probable"),
        ("По сведениям ГПУ, Егоров состоял в РКП.", ["Егоров"], "Егоров", "РКП", "reported"),
        ("Егоров якобы состоял в РКП.", ["Егоров"], "Егоров", "РКП", "reported"),
        ("Егоров подозревается в связях с РКП.", ["Егоров"], "Егоров", "РКП", "suspected"),
        ("Егоров отрицал свою связь с РКП.", ["Егоров"], "Егоров", "РКП", "denied"),
        ("Нет данных, что Егоров состоял в РКП.", ["Егоров"], "Егоров", "РКП", "refuted"),
    ],
)
def test_claims_hedge_levels(text: str, persons: list[str], subject: str, obj: str, hedge: str) -> None:
    lang = "ru" if re.search("[а-я]", text) else "en"
    doc = ClaimExtractor()(make_doc(text, persons, lang=lang))
    hedges = {c.hedge for c in find(doc, subject, obj)}
    assert hedge in hedges, triples(doc)


def test_claims_denial_by_pronoun_and_refutation_by_author_give_two_claims() -> None:
    text = ("In 1923 Zotov was arrested as the supposed ideologue of the Free Labour. "
            "He denied any direct connection with it, and historians have found no evidence of any.")
    doc = ClaimExtractor()(make_doc(text, ["Zotov"]))
    second = [c for c in doc.claims if c.evidence_start >= text.index("He denied")]
    by_hedge = {c.hedge: c for c in second if doc.mentions[c.object].text == "Free Labour"}
    assert set(by_hedge) == {"denied", "refuted"}
    assert [v.name for v in by_hedge["denied"].attribution] == ["author", "Zotov"]
    assert [v.name for v in by_hedge["refuted"].attribution] == ["author"]
    first = [c for c in doc.claims if c.evidence_start == 0]
    assert {c.hedge for c in first} == {"suspected"}


def test_claims_lead_in_sentence_hedges_the_following_list() -> None:
    text = "An underground circle of the Free Labour meets secretly. The following individuals are likely involved: Egorov, Fomin."
    doc = ClaimExtractor()(make_doc(text, ["Egorov", "Fomin"]))
    assert {c.hedge for c in find(doc, "Egorov", "Free Labour")} == {"probable"}


@pytest.mark.parametrize(
    "text,persons,subject,obj,former",
    [
        ("Ardov, a former member of the Free Labour, spoke.", ["Ardov"], "Ardov", "Free Labour", True),
        ("Belin (expelled from the RCP) spoke.", ["Belin"], "Belin", "RCP", True),
        ("Cherkov was a Menshevik until 1919 and spoke.", ["Cherkov"], "Cherkov", "Menshevik", True),
        ("Dorov, an active Menshevik, spoke.", ["Dorov"], "Dorov", "Menshevik", False),
        ("RCP member Egorov spoke.", ["Egorov"], "Egorov", "RCP", False),
        ("Бывший член РКП Фомин выступил.", ["Фомин"], "Фомин", "РКП", True),
    ],
)
def test_claims_former_membership(text: str, persons: list[str], subject: str, obj: str, former: bool) -> None:
    lang = "ru" if re.search("[а-я]", text) else "en"
    doc = ClaimExtractor()(make_doc(text, persons, lang=lang))
    found = find(doc, subject, obj)
    assert found, triples(doc)
    assert found[0].former is former


@pytest.mark.parametrize(
    "text,persons,subject,predicate,obj",
    [
        ("Vetrov (Deputy Chairman of the Bureau of Trade) spoke.", ["Vetrov"], "Vetrov", "employed_at",
         "Bureau of Trade"),
        ("The Free Labour was founded and led by Zotov.", ["Zotov"], "Zotov", "leader_of", "Free Labour"),
        ("Zotov joined the Free Labour in 1921.", ["Zotov"], "Zotov", "member_of", "Free Labour"),
        ("Zotov works at the Zorky plant.", ["Zotov"], "Zotov", "employed_at", "Zorky plant"),
        ("Arkov had connections with Zotov.", ["Arkov", "Zotov"], "Arkov", "contact_with", "Zotov"),
        ("Arkov and Belin (RCP members) spoke.", ["Arkov", "Belin"], "Belin", "member_of", "RCP"),
        ("Smit, Karn, and Milov—all Free Labour affiliates—spoke.", ["Smit", "Karn", "Milov"], "Karn",
         "member_of", "Free Labour"),
        ("Зотов состоял в РКП с 1917 года.", ["Зотов"], "Зотов", "member_of", "РКП"),
        ("Зотов возглавлял «Свободный труд».", ["Зотов"], "Зотов", "leader_of", "Свободный труд"),
    ],
)
def test_claims_predicates(text: str, persons: list[str], subject: str, predicate: str, obj: str) -> None:
    lang = "ru" if re.search("[а-я]", text) else "en"
    doc = ClaimExtractor()(make_doc(text, persons, lang=lang, enterprises=("Zorky plant",)))
    assert find(doc, subject, obj, predicate), triples(doc)


def test_claims_report_block_nests_voices() -> None:
    text = ("A noteworthy report comes from Comrade Lutsky:\n"
            "Gerov told Hanin that Ardov belongs to the Free Labour.\n"
            "# Another section\n"
            "Ardov belongs to the Free Labour.")
    doc = ClaimExtractor()(make_doc(text, ["Lutsky", "Gerov", "Hanin", "Ardov"]))
    claims = find(doc, "Ardov", "Free Labour")
    inside = [c for c in claims if c.segment == 1]
    after = [c for c in claims if c.segment == 3]
    assert [v.name for v in inside[0].attribution] == ["author", "Lutsky", "Gerov"]
    assert inside[0].hedge == "reported"
    assert [v.name for v in after[0].attribution] == ["author"] and after[0].hedge == "asserted"


def test_claims_time_and_place_come_from_the_sentence() -> None:
    text = "In 1921 Zotov joined the Free Labour in Perm."
    doc = ClaimExtractor()(make_doc(text, ["Zotov"], places=("Perm",), dates=(("1921", "1921"),)))
    c = find(doc, "Zotov", "Free Labour")[0]
    assert c.time is not None and c.time.iso == "1921"
    assert c.place is not None and doc.mentions[c.place].text == "Perm"


def test_claims_without_relations_or_segments() -> None:
    doc = make_doc("Zotov spoke about the weather.", ["Zotov"])
    assert ClaimExtractor()(doc).claims == ()
    assert ClaimExtractor()(doc.replace(segments=())).claims == ()


def test_claims_skip_chrome_segments() -> None:
    doc = make_doc("Zotov joined the Free Labour.", ["Zotov"])
    chrome = doc.replace(segments=(Segment(0, "chrome", 0, len(doc.text)),))
    assert ClaimExtractor()(chrome).claims == ()


def test_claims_registered_under_versioned_name() -> None:
    from letopis import registrations
    from letopis.registry import components

    assert isinstance(components.get("letopis.claims.v1")(), ClaimExtractor)
    assert registrations.DEFAULT_STAGES["en"][-1] == "letopis.claims.v1"


def test_claims_russian_list_voice_and_anaphor() -> None:
    text = ("Членами группы «Свободный труд» являются Иванов, Петров и Сидоров. "
            "По словам Иванова, Петров состоял в РКП до 1921 года. "
            "Бывший член РКП Козлов, вероятно, входил в эту группу.")
    doc = ClaimExtractor()(make_doc(text, ["Иванов", "Петров", "Сидоров", "Иванова", "Козлов"], lang="ru"))
    got = triples(doc, "member_of")
    for name in ("Иванов", "Петров", "Сидоров"):
        assert (name, "member_of", "Свободный труд", "asserted", False) in got
    [said] = find(doc, "Петров", "РКП")
    assert said.former and said.hedge == "reported"
    assert [v.name for v in said.attribution] == ["author", "Иванова"]
    assert not find(doc, "Иванова", "РКП")
    assert ("Козлов", "member_of", "РКП", "asserted", True) in got
    assert ("Козлов", "member_of", "Свободный труд", "probable", False) in got


@pytest.mark.parametrize(
    "text,persons,literal",
    [
        ("In 1921 Zotov was arrested.", ["Zotov"], "arrested"),
        ("Zotov (expelled from the RCP) spoke.", ["Zotov"], "expelled"),
        ("Зотов был арестован в 1921 году.", ["Зотов"], "арестован"),
    ],
)
def test_claims_sanction_literal(text: str, persons: list[str], literal: str) -> None:
    lang = "ru" if re.search("[а-я]", text) else "en"
    doc = ClaimExtractor()(make_doc(text, persons, lang=lang))
    [c] = [c for c in doc.claims if c.predicate == "sanction"]
    assert c.literal == literal
    assert (c.object is not None and doc.mentions[c.object].text == "RCP") == ("RCP" in text)


def test_claims_body_as_voice_is_not_a_membership() -> None:
    text = "According to the OGPU, Petrov maintained contact with Smirnov."
    doc = ClaimExtractor()(make_doc(text, ["Petrov", "Smirnov"], orgs=["OGPU"]))
    assert not find(doc, "Petrov", "OGPU")
    [c] = find(doc, "Petrov", "Smirnov", "contact_with")
    assert c.hedge == "reported" and [(v.name, v.role) for v in c.attribution] == [("author", "author"),
                                                                                   ("OGPU", "report")]


def test_claims_relative_clause_past_membership() -> None:
    text = "Volkova, who had been a Menshevik before the revolution, now taught at the Bureau of Trade."
    doc = ClaimExtractor()(make_doc(text, ["Volkova"]))
    assert find(doc, "Volkova", "Menshevik")[0].former is True
    assert find(doc, "Volkova", "Bureau of Trade", "employed_at")[0].former is False


@pytest.mark.parametrize(
    "text,persons,subject,obj",
    [
        ("While Arkov was the secretary of the RCP cell, Belin was invited to a meeting.", ["Arkov", "Belin"],
         "Belin", "RCP"),
        ("While the Free Labour were surely influenced by Zotov, they stayed apart.", ["Zotov"], "Zotov",
         "Free Labour"),
        (("As for Zotov, who filed a complaint with the Bureau of Trade alleging that the RCP had watched him, "
          "nothing followed."), ["Zotov"], "Zotov", "RCP"),
    ],
)
def test_claims_no_membership_from_mere_proximity(text: str, persons: list[str], subject: str, obj: str) -> None:
    doc = ClaimExtractor()(make_doc(text, persons))
    assert not [c for c in doc.claims if doc.mentions[c.subject].text == subject and c.object is not None
                and doc.mentions[c.object].text == obj], triples(doc)


def test_claims_title_before_comma_is_a_gloss() -> None:
    text = "Meetings were held in the office of the factory director, Pavlov, at the Zorky plant."
    doc = ClaimExtractor()(make_doc("At the Zorky plant a cell exists. " + text, ["Pavlov"],
                                    enterprises=("Zorky plant",)))
    assert find(doc, "Pavlov", "Zorky plant", "employed_at")


@pytest.mark.parametrize(
    "text,persons,expected_subject",
    [
        ("Ardov joined the RCP in 1917. Vera Belina wrote a pamphlet; she was expelled from the RCP.",
         ["Ardov", "Vera Belina"], "Vera Belina"),
        ("Vera Belina wrote a pamphlet. He was expelled from the RCP, Ardov said.",
         ["Vera Belina", "Ardov"], None),
    ],
)
def test_claims_pronoun_agrees_in_gender(text: str, persons: list[str], expected_subject: str | None) -> None:
    import dataclasses

    from letopis.model import NameParts

    doc = make_doc(text, persons)
    doc = doc.replace(mentions=tuple(
        dataclasses.replace(m, parts=NameParts(surname=m.text.split()[-1], gender="f" if m.text.endswith("a") else "m"))
        if m.type == "person" else m for m in doc.mentions))
    out = ClaimExtractor()(doc)
    expelled = [c for c in out.claims if "expelled" in out.text[c.evidence_start:c.evidence_end]
                and c.predicate in ("sanction", "member_of")]
    subjects = {out.mentions[c.subject].text for c in expelled}
    if expected_subject:
        assert subjects == {expected_subject}
    else:
        assert "Vera Belina" not in subjects


# --- lists, groups and former memberships (claims with sources) ---------------------------------


def test_claims_list_verb_after_besides_names_ends_the_first_run() -> None:
    text = ("Leaflets of the \"Free Labour\" were handed out at the works, and persons likely involved in the "
            "\"Free Labour\" cell there, besides Ardova and Belin, include Cherkov, Dorov, and Ezhov.")
    doc = ClaimExtractor()(make_doc(text, ["Ardova", "Belin", "Cherkov", "Dorov", "Ezhov"]))
    got = triples(doc, "member_of")
    for name in ("Cherkov", "Dorov", "Ezhov"):
        assert (name, "member_of", "Free Labour", "probable", False) in got
    assert not find(doc, "Ardova", "Free Labour") and not find(doc, "Belin", "Free Labour")


def test_claims_aforementioned_individuals_share_the_list_head_and_the_plural_gloss() -> None:
    text = ("Meetings took place at the flats of Ardov, Belin, and Cherkov. Attendees included Dorov and Ezhov.\n"
            "According to reports, in addition to the aforementioned individuals, the following attended "
            "\"Free Labour\" meetings: Fomin, Gusev, and Ilyin. Nothing could be done, as all these individuals "
            "are RCP members.")
    names = ["Ardov", "Belin", "Cherkov", "Dorov", "Ezhov", "Fomin", "Gusev", "Ilyin"]
    doc = ClaimExtractor()(make_doc(text, names))
    for name in names:
        attended = find(doc, name, "Free Labour", "attended")
        assert attended and attended[0].hedge == "reported", name
        assert attended[0].attribution[-1].role == "report"
        assert find(doc, name, "RCP"), name
    # without the cue the earlier names stay out
    plain = ClaimExtractor()(make_doc(text.replace("in addition to the aforementioned individuals, ", ""), names))
    assert not find(plain, "Ardov", "Free Labour", "attended") and not find(plain, "Ardov", "RCP")
    assert find(plain, "Fomin", "RCP")


def test_claims_possessive_followers_list_joins_the_eponymous_group() -> None:
    text = ("Zotov reported that three circles exist: the students, Ardov’s group, and the Kazan circle.\n"
            "Ardov’s closest pupils and supporters include Belin, Cherkov, and Dorov.")
    doc = ClaimExtractor()(make_doc(text, ["Zotov", "Ardov", "Belin", "Cherkov", "Dorov"], orgs=["Ardov’s group"]))
    for name in ("Belin", "Cherkov", "Dorov"):
        c = find(doc, name, "Ardov’s group")
        assert c and c[0].hedge == "asserted", name
    # no group named after the person in the document: nothing is invented
    bare = ClaimExtractor()(make_doc(text.replace("Ardov’s group", "the youth"), ["Zotov", "Ardov", "Belin"], orgs=[]))
    assert not [c for c in bare.claims if c.predicate == "member_of"]


def test_claims_his_group_is_the_group_named_after_him() -> None:
    text = ("The circle of Ivan Ardov met twice.\n"
            "Ardov said that, besides his faction, two other groups exist. Belin and his group keep apart.")
    doc = ClaimExtractor()(make_doc(text, ["Ivan Ardov", "Ardov", "Belin"], orgs=["circle of Ivan Ardov"]))
    c = find(doc, "Ardov", "circle of Ivan Ardov", "leader_of")
    assert c and c[0].hedge == "asserted" and len(c[0].attribution) == 1  # the possessive is the author's
    assert not [c for c in doc.claims if doc.mentions[c.subject].text == "Belin"]


def test_claims_it_can_be_confirmed_is_the_authors_assertion() -> None:
    text = ("Based on numerous reports from various sources, it can be confirmed that Ardov is directly "
            "linked to the \"Free Labour\".")
    doc = ClaimExtractor()(make_doc(text, ["Ardov"]))
    c = find(doc, "Ardov", "Free Labour")[0]
    assert c.hedge == "asserted" and len(c.attribution) == 1
    reported = ClaimExtractor()(make_doc("Based on numerous reports, Ardov is directly linked to the \"Free Labour\".",
                                         ["Ardov"]))
    c2 = find(reported, "Ardov", "Free Labour")[0]
    assert c2.hedge == "reported" and c2.attribution[-1].role == "report"


@pytest.mark.parametrize("cue", ["who had abandoned", "who had broken with", "who resigned from", "who had left the"])
def test_claims_abandoned_membership_is_former(cue: str) -> None:
    text = f"Ardov, {cue} Menshevik politics to write novels, was denounced in the press."
    doc = ClaimExtractor()(make_doc(text, ["Ardov"]))
    c = find(doc, "Ardov", "Menshevik")
    assert c and c[0].former


def test_claims_ceased_political_activity_makes_earlier_memberships_of_the_paragraph_former() -> None:
    text = ("Ivan Ardov was from 1903 a member of the Menshevik fraction. He founded the Free Labour in 1909. "
            "After that, Ardov ceased political activity and wrote novels.\n"
            "Belin was a member of the Menshevik fraction.")
    doc = ClaimExtractor()(make_doc(text, ["Ivan Ardov", "Ardov", "Belin"]))
    assert find(doc, "Ivan Ardov", "Menshevik")[0].former
    assert not find(doc, "Belin", "Menshevik")[0].former  # another person, another paragraph
    assert not any(c.former for c in find(doc, "Ardov", "Free Labour", "leader_of"))  # founding stays an event


def test_claims_popularity_among_a_party_is_not_membership() -> None:
    text = "Ardov was nevertheless popular, after 1917, among some rank-and-file Menshevik workers."
    doc = ClaimExtractor()(make_doc(text, ["Ardov"]))
    assert not find(doc, "Ardov", "Menshevik")
    doc2 = ClaimExtractor()(make_doc("Ardov was among the Menshevik leaders.", ["Ardov"]))
    assert [c for c in doc2.claims if c.predicate in ("member_of", "leader_of")]


def test_claims_alongside_shares_the_relation_and_writing_is_not_a_report() -> None:
    text = "Ardov wrote the notebook while studying at the Bureau of Trade in Kazan, alongside Belin among others."
    doc = ClaimExtractor()(make_doc(text, ["Ardov", "Belin"], places=("Kazan",)))
    for name in ("Ardov", "Belin"):
        c = find(doc, name, "Bureau of Trade", "employed_at")
        assert c and c[0].hedge == "asserted" and len(c[0].attribution) == 1, name


def test_claims_it_is_not_resolved_past_an_unrecognised_group() -> None:
    text = ("Ardov spoke at a congress of the Menshevik party. He was arrested as the supposed ideologue of the "
            "Toilers group. He denied any direct connection with it, and with the Free Labour.")
    doc = ClaimExtractor()(make_doc(text, ["Ardov"]))
    assert not [c for c in find(doc, "Ardov", "Menshevik") if c.hedge in ("denied", "refuted")]
    assert find(doc, "Ardov", "Free Labour")[0].hedge == "denied"
    named = ClaimExtractor()(make_doc(text, ["Ardov"], orgs=["Menshevik", "Free Labour", "Toilers group"]))
    assert find(named, "Ardov", "Toilers group")[0].hedge == "denied"


def test_claims_bracket_after_a_possessed_noun_glosses_the_person() -> None:
    text = "There is suspicion of Ardov’s involvement (a former Menshevik leader in the district) in the strike."
    doc = ClaimExtractor()(make_doc(text, ["Ardov"]))
    c = find(doc, "Ardov", "Menshevik", "leader_of")
    assert c and c[0].former and c[0].hedge == "asserted"
    other = ClaimExtractor()(make_doc("Ardov’s flat (on the Menshevik side of the street) was searched.", ["Ardov"]))
    assert not other.claims


def test_claims_its_director_does_not_jump_over_the_item_name() -> None:
    text = ("Cells of the \"Free Labour\" exist at the following places:\n"
            "1. \"Zorky\": Its director, Ardov, hosted meetings at his flat.")
    # the item names something the recognisers typed otherwise (here a place): "its" is not the Free Labour
    doc = ClaimExtractor()(make_doc(text, ["Ardov"], orgs=["Free Labour"], places=("Zorky",)))
    assert not [c for c in doc.claims if c.predicate in ("employed_at", "leader_of")]
    doc2 = ClaimExtractor()(make_doc(text, ["Ardov"], orgs=["Free Labour"], enterprises=("Zorky",)))
    assert find(doc2, "Ardov", "Zorky", "employed_at")


def test_claims_members_of_an_indefinite_group_belong_to_the_framed_organisation_probably() -> None:
    text = ("Among the plants where persons linked to the \"Free Labour\" have been identified, the following "
            "stand out:\n"
            "1. Zorky plant: An opposition group exists, meeting secretly. Involved individuals include Ardov and "
            "Belin.\n"
            "2. Vega plant: Participants include Cherkov and Dorov.")
    doc = ClaimExtractor()(make_doc(text, ["Ardov", "Belin", "Cherkov", "Dorov"],
                                    enterprises=("Zorky plant", "Vega plant")))
    for name in ("Ardov", "Belin"):
        assert find(doc, name, "Free Labour")[0].hedge == "probable", name
    for name in ("Cherkov", "Dorov"):
        assert find(doc, name, "Free Labour")[0].hedge == "asserted", name


def test_claims_link_inside_a_that_clause_with_its_own_subject_is_not_the_persons() -> None:
    text = ("The theses came from Ardov (Deputy Chairman of the Bureau of Trade), asserting that \"Menshevik\" "
            "is undoubtedly linked to the \"Free Labour\".")
    doc = ClaimExtractor()(make_doc(text, ["Ardov"]))
    assert not find(doc, "Ardov", "Free Labour") and find(doc, "Ardov", "Bureau of Trade", "employed_at")
    own = ClaimExtractor()(make_doc("Ardov admitted that he is linked to the \"Free Labour\".", ["Ardov"]))
    assert find(own, "Ardov", "Free Labour")


def test_claims_signature_line_and_role_of_the_organisation_before_the_name() -> None:
    text = "# On the strikes\nThe strikes went on in Kazan.\n# Chairman of the Bureau of Trade, Ardov"
    doc = ClaimExtractor()(make_doc(text, ["Ardov"], places=("Kazan",)))
    c = find(doc, "Ardov", "Bureau of Trade", "leader_of")
    assert c and c[0].hedge == "asserted" and len(c[0].attribution) == 1
    plain = ClaimExtractor()(make_doc("# Ardov and the Bureau of Trade\nNothing happened.", ["Ardov"]))
    assert not plain.claims  # an ordinary heading gives no claims
    inline = ClaimExtractor()(make_doc("The secretary of the RCP, Belin, spoke first.", ["Belin"]))
    assert find(inline, "Belin", "RCP", "leader_of")
    other = ClaimExtractor()(make_doc("Members left the RCP, Belin among them.", ["Belin"]))
    assert not find(other, "Belin", "RCP", "leader_of")


def test_claims_gloss_inside_a_report_block_keeps_the_block_voice_only() -> None:
    text = ("A noteworthy report comes from Comrade Lutsky:\n"
            "Gerov stated that Ardov (expelled from the RCP) leads the Free Labour.\n"
            "# Another section\n"
            "According to Belin, Cherkov (an RCP member) joined the Free Labour.")
    doc = ClaimExtractor()(make_doc(text, ["Lutsky", "Gerov", "Ardov", "Belin", "Cherkov"]))
    inside = find(doc, "Ardov", "RCP")[0]
    assert [v.name for v in inside.attribution] == ["author", "Lutsky"] and inside.former
    assert inside.hedge == "asserted"
    plain = find(doc, "Cherkov", "RCP")[0]
    assert [v.name for v in plain.attribution] == ["author"] and plain.hedge == "asserted"
    assert [v.name for v in find(doc, "Cherkov", "Free Labour")[0].attribution] == ["author", "Belin"]


def test_claims_russian_own_group_is_the_group_named_after_the_person() -> None:
    text = "Группа Ардова собиралась дважды.\nАрдов и его группа держатся особняком."
    doc = ClaimExtractor()(make_doc(text, ["Ардов"], orgs=["Группа Ардова"], lang="ru"))
    assert find(doc, "Ардов", "Группа Ардова", "leader_of")


@pytest.mark.parametrize("text, persons", [
    ("Zorin (known in the party as Kedrov) maintains contact with comrades in Perm.", ["Zorin", "Kedrov"]),
    ("Zorin, alias Kedrov, had connections with the strikers.", ["Zorin", "Kedrov"]),
    ("Зорин (он же Кедров) поддерживает связь с товарищами.", ["Зорин", "Кедров"]),
])
def test_claims_an_alias_is_not_a_contact(text: str, persons: list[str]) -> None:
    lang = "ru" if "Зорин" in text else "en"
    doc = ClaimExtractor()(make_doc(text, persons, orgs=[], lang=lang))
    assert not find(doc, persons[0], persons[1], "contact_with")


def test_claims_known_to_is_a_contact() -> None:
    doc = ClaimExtractor()(make_doc("Zorin was well known to Kedrov.", ["Zorin", "Kedrov"], orgs=[]))
    assert find(doc, "Zorin", "Kedrov", "contact_with")
