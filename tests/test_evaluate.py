"""letopis.evaluate and ``letopis eval``: scoring against gold files on invented documents."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from letopis.evaluate import Score, evaluate, match, name_tokens, predictions
from letopis.model import Document, Mention, NameParts


@pytest.mark.parametrize("variants, expected", [
    (["Tarasyuk’s"], {"tarasyuk"}),
    (["Comrade Ivo Brandt"], {"ivo", "brandt"}),
    (["Воронкова"], {"воро"}),
])
def test_evaluate_name_tokens(variants, expected):
    assert name_tokens(variants) == expected


def test_evaluate_match_one_to_one():
    gold = [{"name": "Ivo Brandt", "variants": ["Brandt"]}, {"name": "Zell", "variants": ["Zell"]}]
    pred = [{"name": "Brandt", "variants": ["Brandt"]}, {"name": "Brandt", "variants": ["I. Brandt"]}]
    s = match(gold, pred)
    assert (s.hits, s.gold, s.pred) == (1, 2, 2)
    assert s.precision == 0.5 and s.recall == 0.5


def test_evaluate_predictions_group_persons_by_surname():
    def person(text: str, surname: str, given=None) -> Mention:
        return Mention(0, len(text), text, "person", text, parts=NameParts(given=given, surname=surname))

    doc = Document("t", "x", "h", mentions=(person("Brandt", "Brandt"), person("Ivo Brandt", "Brandt", "Ivo"),
                                             Mention(0, 3, "RCP", "organisation", "RCP", expansion="Russian Communist Party"),
                                             Mention(0, 3, "Russian Communist Party", "organisation",
                                                     "Russian Communist Party")))
    pred = predictions(doc)
    assert len(pred["persons"]) == 1 and sorted(pred["persons"][0]["variants"]) == ["Brandt", "Ivo Brandt"]
    assert len(pred["organisations"]) == 1


@pytest.mark.parametrize("gold_kinds, expected", [
    (None, {"enterprises": ["Zorky Works"], "organisations": ["GPU"]}),
    (["document", "persons", "organisations", "enterprises"], {"enterprises": ["Zorky Works"],
                                                               "organisations": ["GPU"]}),
    (["document", "persons", "organisations", "places"], {"organisations": ["GPU", "Zorky Works"]}),
])
def test_evaluate_predictions_follow_the_gold_type_scheme(gold_kinds, expected):
    doc = Document("t", "x", "h", mentions=(Mention(0, 3, "GPU", "organisation", "GPU"),
                                             Mention(4, 15, "Zorky Works", "enterprise", "Zorky Works")))
    pred = predictions(doc, gold_kinds)
    assert {k: sorted(e["name"] for e in v) for k, v in pred.items()} == expected


def _write_gold(tmp_path):
    docs = tmp_path / "docs"
    gold = tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "note.txt").write_text("Comrade Tarasyuk met Jonathan Brandt in Moscow. The GPU watched them.\n",
                                   encoding="utf-8")
    (gold / "note.json").write_text(json.dumps({
        "document": "note.txt",
        "persons": [{"name": "Tarasyuk", "variants": ["Tarasyuk"]},
                    {"name": "Jonathan Brandt", "variants": ["Jonathan Brandt"]}],
        "organisations": [{"name": "GPU", "variants": ["GPU"]}],
        "places": [{"name": "Moscow", "variants": ["Moscow"]}, {"name": "Kiev", "variants": ["Kiev"]}],
    }), encoding="utf-8")
    return gold


def test_evaluate_finds_docs_sibling_and_scores(tmp_path):
    result = evaluate(_write_gold(tmp_path))
    totals = result.totals
    assert totals["persons"] == Score(2, 2, 2)
    assert totals["organisations"] == Score(1, 1, 1)
    assert totals["places"] == Score(1, 2, 1)
    assert result.missing == []


def test_evaluate_reports_missing_document(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"document": "absent.txt", "persons": []}), encoding="utf-8")
    assert evaluate(gold).missing == ["absent.txt"]


def test_evaluate_cli_json(tmp_path):
    from letopis.cli.eval import eval_cmd

    res = CliRunner().invoke(eval_cmd, [str(_write_gold(tmp_path)), "--json"], obj=None)
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["totals"]["places"]["recall"] == 0.5


def test_evaluate_cli_table(tmp_path):
    from letopis.cli.eval import eval_cmd

    res = CliRunner().invoke(eval_cmd, [str(_write_gold(tmp_path))])
    assert res.exit_code == 0, res.output
    assert "persons" in res.output and "total" in res.output


@pytest.mark.parametrize("gold, expected", [
    # entity-level gold (variants grouped): persons grouped by surname
    ({"persons": [{"name": "Ivo Brandt", "variants": ["Ivo Brandt", "Brandt"]}]}, [["Brandt", "Ivo Brandt"]]),
    # mention-level gold (one surface form an entity, no coreference): one prediction per surface form
    ({"persons": [{"name": "Brandt", "variants": ["Brandt"]}, {"name": "Gen. Brandt", "variants": ["Gen. Brandt"]}]},
     [["Brandt"], ["Ivo Brandt"]]),
])
def test_evaluate_predictions_follow_the_gold_granularity(gold, expected):
    def person(text: str, given=None) -> Mention:
        return Mention(0, len(text), text, "person", text, parts=NameParts(given=given, surname="Brandt"))

    doc = Document("t", "x", "h", mentions=(person("Brandt"), person("Ivo Brandt", "Ivo")))
    assert sorted(e["variants"] for e in predictions(doc, gold)["persons"]) == expected


def test_evaluate_predictions_fold_a_group_into_its_name():
    doc = Document("t", "x", "h", mentions=(Mention(0, 10, "Free Labour", "organisation", "Free Labour"),
                                             Mention(11, 28, "Free Labour group", "organisation", "Free Labour group"),
                                             Mention(29, 40, "Zorky circle", "organisation", "Zorky circle")))
    assert sorted(sorted(e["variants"]) for e in predictions(doc)["organisations"]) == [
        ["Free Labour", "Free Labour group"], ["Zorky circle"]]


def test_evaluate_predictions_join_a_misread_town_to_its_town():
    names = ["Kovrinsk", "Kovrlnsk", "Kovrinsk", "Kavrinsk"]
    doc = Document("t", "x", "h", mentions=tuple(Mention(k, k + 1, n, "place", n) for k, n in enumerate(names)))
    groups = sorted(sorted(e["variants"]) for e in predictions(doc)["places"])
    assert groups == [["Kavrinsk"], ["Kovrinsk", "Kovrlnsk"]]


def test_evaluate_predictions_fold_a_short_name_into_the_one_body_of_that_name():
    names = ["Fishery Board of the Okrug", "Fishery Board", "Supply Board of the Raion", "Supply Board of the Okrug",
             "Supply Board"]
    doc = Document("t", "x", "h", mentions=tuple(Mention(k, k + 1, n, "organisation", n) for k, n in enumerate(names)))
    groups = sorted(sorted(e["variants"]) for e in predictions(doc)["organisations"])
    assert ["Fishery Board", "Fishery Board of the Okrug"] in groups and ["Supply Board"] in groups


def test_evaluate_a_party_by_its_name_its_members_and_party_of_is_one_body():
    names = ["Socialist Revolutionary Party", "Party of Socialist Revolutionaries", "Socialist Revolutionaries",
             "Labour Party", "Central Committee of the Labour Party"]
    doc = Document("t", "x", "h", mentions=tuple(Mention(k, k + 1, n, "organisation", n) for k, n in enumerate(names)))
    groups = sorted(sorted(e["variants"]) for e in predictions(doc)["organisations"])
    assert ["Party of Socialist Revolutionaries", "Socialist Revolutionaries", "Socialist Revolutionary Party"] in groups
    assert ["Labour Party"] in groups and ["Central Committee of the Labour Party"] in groups


def test_evaluate_surface_forms_keep_their_titles():
    gold = {"persons": [{"name": "Brandt", "variants": ["Brandt"]}, {"name": "Gen. Brandt", "variants": ["Gen. Brandt"]}]}
    plain = Mention(0, 6, "Brandt", "person", "Brandt", parts=NameParts(surname="Brandt"))
    titled = Mention(12, 18, "Brandt", "person", "Brandt", parts=NameParts(surname="Brandt"), attrs=(("title", "Gen"),))
    doc = Document("t", "x", "h", mentions=(plain, titled))
    assert len(predictions(doc, gold)["persons"]) == 2
    assert len(predictions(doc, {"persons": [{"name": "Brandt", "variants": ["Brandt", "Gen. Brandt"]}]})["persons"]) == 1


def test_evaluate_a_lone_given_name_joins_the_only_full_name_with_it():
    full = Mention(0, 12, "Ivo Brandt", "person", "Ivo Brandt", parts=NameParts(given="Ivo", surname="Brandt"))
    lone = Mention(20, 23, "Ivo", "person", "Ivo", parts=NameParts(given="Ivo"))
    other = Mention(30, 33, "Ada", "person", "Ada", parts=NameParts(given="Ada"))
    doc = Document("t", "x", "h", mentions=(full, lone, other))
    assert sorted(e["variants"] for e in predictions(doc)["persons"]) == [["Ada"], ["Ivo", "Ivo Brandt"]]
    namesake = Mention(40, 50, "Ivo Kessel", "person", "Ivo Kessel", parts=NameParts(given="Ivo", surname="Kessel"))
    doc = Document("t", "x", "h", mentions=(full, lone, namesake))
    assert len(predictions(doc)["persons"]) == 3  # two full names with it: the lone one stays apart


def test_evaluate_namesakes_with_different_given_names_are_two_people():
    def p(start: int, text: str, given=None, initials=None) -> Mention:
        return Mention(start, start + len(text), text, "person", text,
                       parts=NameParts(given=given, initials=initials, surname="Quill"))

    doc = Document("t", "x", "h", mentions=(p(0, "Hester Quill", "Hester"), p(20, "Jacob Quill", "Jacob"),
                                             p(40, "J. Quill", initials="J."), p(50, "Quill"), p(60, "Quill")))
    groups = sorted(sorted(e["variants"]) for e in predictions(doc)["persons"])
    assert groups == [["Hester Quill"], ["J. Quill", "Jacob Quill", "Quill"]]


def test_evaluate_initials_across_transliterations_and_enterprise_heads():
    def p(start: int, text: str, given=None, initials=None) -> Mention:
        return Mention(start, start + len(text), text, "person", text,
                       parts=NameParts(given=given, initials=initials, surname="Chumak"))

    doc = Document("t", "x", "h", mentions=(p(0, "Yelena Chumak", "Yelena"), p(20, "E. V. Chumak", initials="E.V.")))
    assert len(predictions(doc)["persons"]) == 1  # Е is E or Ye
    plant = Document("t", "x", "h", mentions=(Mention(0, 5, "Zorky", "enterprise", "Zorky"),
                                               Mention(9, 20, "Zorky Plant", "enterprise", "Zorky Plant")))
    assert len(predictions(plant, {"persons": []})["organisations"]) == 1


def test_evaluate_predictions_join_a_person_and_the_alias_named_after_him():
    text = 'Ivan Dobrov, alias "Uncle", was seen. Uncle left.'
    doc = Document("t", text, "h", mentions=(
        Mention(0, 11, "Ivan Dobrov", "person", "Ivan Dobrov", parts=NameParts(given="Ivan", surname="Dobrov")),
        Mention(20, 25, "Uncle", "person", "Uncle", parts=NameParts(surname="Uncle")),
    ))
    pred = predictions(doc)
    assert [sorted(p["variants"]) for p in pred["persons"]] == [["Ivan Dobrov", "Uncle"]]


def test_evaluate_groups_persons_by_resolution_document_rules():
    def p(start: int, text: str, **parts) -> Mention:
        return Mention(start, start + len(text), text, "person", text, parts=NameParts(**parts))

    doc = Document("t", "x", "h", mentions=(
        p(0, "L. N. Orlovets", initials="L.N.", surname="Orlovets"), p(20, "Leonid Naumovich", given="Leonid",
                                                                     patronymic="Naumovich"),
        p(40, "Thos. Prendergast", given="Thos.", surname="Prendergast"), p(60, "Prendergast", surname="Prendergast"),
        p(80, "Prendergnst", surname="Prendergnst")))
    groups = sorted(sorted(e["variants"]) for e in predictions(doc)["persons"])
    assert groups == [["L. N. Orlovets", "Leonid Naumovich"], ["Prendergast", "Prendergnst", "Thos. Prendergast"]]


def test_evaluate_person_key_folds_transliteration_and_keeps_female_forms_apart():
    from letopis.evaluate import person_key

    assert person_key("Varnavskii") == person_key("Varnavskogo") == person_key("Varnavsky")
    assert person_key("Glukhova") == person_key("Glukhovoi")
    assert person_key("Kolobrodov") != person_key("Kolobrodova")
    assert person_key("Мясникова") == person_key("Мясников")  # Cyrillic: the first six letters
    assert person_key("Гоцека") == person_key("Гоцеки") == person_key("Гоцеке")  # a foreign name's stem
    assert person_key("Кажан-Бережная") == person_key("Кажане-Бережной")
    assert person_key("Kļaviņš") == person_key("Klavin")  # Latin with diacritics: folded too


def test_evaluate_a_woman_by_her_title_is_not_the_man_of_her_surname():
    def p(start: int, text: str, **parts) -> Mention:
        return Mention(start, start + len(text), text, "person", text, parts=NameParts(**parts))

    doc = Document("t", "x", "h", mentions=(
        p(0, "Mr. J. W. Penrick", initials="J.W.", surname="Penrick", gender="m"),
        p(20, "Penrick", surname="Penrick", gender="f"),
        p(30, "Penrick", surname="Penrick"), p(40, "Lavinia Orchard", given="Lavinia", surname="Orchard", gender="f"),
        p(60, "LAVINIA ORCHARD", given="LAVINIA", surname="Orchard"), p(80, "Asa Orchard", given="Asa",
                                                                      surname="Orchard", gender="m")))
    groups = sorted(sorted(e["variants"]) for e in predictions(doc)["persons"])
    assert groups == [["Asa Orchard"], ["LAVINIA ORCHARD", "Lavinia Orchard"], ["Mr. J. W. Penrick", "Penrick"], ["Penrick"]]


def test_evaluate_a_female_form_with_both_his_initials_is_his_genitive():
    def p(start: int, text: str, surname: str, given=None, patronymic=None, initials=None) -> Mention:
        return Mention(start, start + len(text), text, "person", text,
                       parts=NameParts(given=given, patronymic=patronymic, initials=initials, surname=surname))

    doc = Document("t", "x", "h", mentions=(
        p(0, "Pavel Semyonovich Sirotkin", "Sirotkin", "Pavel", "Semyonovich"), p(40, "Sirotkin", "Sirotkin"),
        p(60, "P. S. Sirotkina", "Sirotkina", initials="P. S."), p(90, "V. P. Sirotkina", "Sirotkina", initials="V. P.")))
    groups = sorted(sorted(e["variants"]) for e in predictions(doc)["persons"])
    assert groups == [["P. S. Sirotkina", "Pavel Semyonovich Sirotkin", "Sirotkin"], ["V. P. Sirotkina"]]


def test_evaluate_a_leader_by_given_name_and_patronymic_joins_his_surname(tmp_path):
    from letopis.evaluate import analyse, load_document

    def persons(text: str, lang: str) -> list[list[str]]:
        path = tmp_path / f"t.{lang}.txt"
        path.write_text(text)
        return sorted(e["variants"] for e in predictions(analyse(load_document(path, lang)))["persons"])

    assert persons("Trotsky spoke first; Lev Davidovich was tired. Later Ilyich wrote, and Lenin agreed.", "en") == [
        ["Ilyich", "Lenin"], ["Lev Davidovich", "Trotsky"]]
    assert persons("Ленин выступил. Все слушали Владимира Ильича. Ильича любили.", "ru") == [
        ["Владимира Ильича", "Ильича", "Ленин"]]
    # without the leader's surname in the document, a patronymic is nobody's in particular
    assert persons("Lev Davidovich was tired.", "en") == [["Lev Davidovich"]]


def test_evaluate_a_diminutive_and_the_full_given_name_are_no_namesakes():
    def p(start: int, text: str, given: str) -> Mention:
        return Mention(start, start + len(text), text, "person", text,
                       parts=NameParts(given=given, surname="Varsin"))

    doc = Document("t", "x", "h", mentions=(p(0, "Nikolai Varsin", "Nikolai"), p(20, "Kolya Varsin", "Kolya"),
                                             p(40, "Ivan Varsin", "Ivan")))
    groups = sorted(sorted(e["variants"]) for e in predictions(doc)["persons"])
    assert groups == [["Ivan Varsin"], ["Kolya Varsin", "Nikolai Varsin"]]


def test_evaluate_the_first_of_two_surnames_joins_the_full_name():
    full = Mention(0, 23, "Mercedes Aldabe Urrutia", "person", "Mercedes Aldabe Urrutia",
                   parts=NameParts(given="Mercedes Aldabe", surname="Urrutia"))
    bare = Mention(30, 36, "Aldabe", "person", "Aldabe", parts=NameParts(surname="Aldabe"))
    pair = Mention(40, 54, "Aldabe Urrutia", "person", "Aldabe Urrutia",
                   parts=NameParts(given="Aldabe", surname="Urrutia"))
    doc = Document("t", "x", "h", mentions=(full, bare, pair))
    assert [sorted(e["variants"]) for e in predictions(doc)["persons"]] == [
        ["Aldabe", "Aldabe Urrutia", "Mercedes Aldabe Urrutia"]]


def test_evaluate_two_transliterations_of_a_town_are_one_place():
    doc = Document("t", "x", "h", mentions=(Mention(0, 11, "Zlobinsk", "place", "Zlobinsk"),
                                             Mention(12, 24, "Zlobiinsk", "place", "Zlobiinsk"),
                                             Mention(25, 35, "Tselinograd", "place", "Tselinograd"),
                                             Mention(36, 46, "Tzelinograd", "place", "Tzelinograd"),
                                             Mention(47, 55, "Zlatograd", "place", "Zlatograd")))
    assert sorted(sorted(e["variants"]) for e in predictions(doc)["places"]) == [
        ["Tselinograd", "Tzelinograd"], ["Zlatograd"], ["Zlobiinsk", "Zlobinsk"]]
