"""The corpus commands end to end through the CLI: init, ingest, documents, stats, export/import json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from letopis.cli import cli


def run(db: str, *args: str, ok: bool = True):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output + result.stderr
    return result


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "report.txt").write_text(
        "A Report on the Invented Works\n\nComrade Ivan Petrovich Somov spoke at the meeting [1].\n\n"
        "Notes\n\n[1] Invented Archive, f. 1, op. 2, d. 3, l. 4ob.\n",
        encoding="utf-8",
    )
    (folder / "sub" / "zapiska.txt").write_text(
        "Записка\n\nСомов выступил на собрании рабочих завода.\n", encoding="cp1251"
    )
    (folder / "manifest.csv").write_text(
        "path,title,date,author,language\nreport.txt,An Invented Report,1923-09-01,A. Nobody,en\n",
        encoding="utf-8",
    )
    return folder


def test_cli_ingest_documents_stats(tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "kb.db")
    run(db, "init")
    run(db, "ingest", str(corpus))
    docs = json.loads(run(db, "documents", "--json").stdout)
    assert {d["title"] for d in docs} == {"An Invented Report", "Записка"}
    report = next(d for d in docs if d["title"] == "An Invented Report")
    assert report["date"] == "1923-09-01" and report["language"] == "en"
    assert report["path"].endswith("report.txt")
    for key in ("id", "path", "title", "date", "language", "segments", "words"):
        assert key in report
    russian = next(d for d in docs if d["title"] == "Записка")
    assert russian["language"] == "ru"
    stats = json.loads(run(db, "stats", "--json").stdout)
    assert stats["documents"] == 2
    assert stats["footnotes"] == 1
    assert stats["words"] == sum(d["words"] for d in stats["per_document"])


def test_cli_ingest_twice_is_idempotent(tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "kb.db")
    run(db, "ingest", str(corpus))
    second = run(db, "ingest", "--json", str(corpus))
    summary = json.loads(second.stdout)
    assert summary["unchanged"] == 2 and summary["new"] == 0
    assert len(json.loads(run(db, "documents", "--json").stdout)) == 2


def test_cli_bad_input_reports_and_goes_on(tmp_path: Path, corpus: Path) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (corpus / "broken.docx").write_bytes(b"this is not a zip file")
    (corpus / "table.xyz").write_text("what is this", encoding="utf-8")
    db = str(tmp_path / "kb.db")
    result = run(db, "ingest", str(corpus), ok=False)
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    for name in ("empty.txt", "binary.txt", "broken.docx", "table.xyz"):
        assert any(name in ln and ": " in ln for ln in lines), (name, lines)
    docs = json.loads(run(db, "documents", "--json").stdout)
    assert len(docs) == 2  # exactly the documents that succeeded


def test_cli_export_import_json_round_trip(tmp_path: Path, corpus: Path) -> None:
    db, copy = str(tmp_path / "kb.db"), str(tmp_path / "copy.db")
    run(db, "ingest", str(corpus))
    out = tmp_path / "kb.json"
    run(db, "export", "json", str(out))
    run(copy, "import", "json", str(out))
    assert run(copy, "documents", "--json").stdout == run(db, "documents", "--json").stdout
    assert run(copy, "stats", "--json").stdout == run(db, "stats", "--json").stdout


def test_cli_bad_database_url_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "no" / "such" / "kb.db"), "stats"])
    assert result.exit_code != 0
    assert "does not exist" in result.output + result.stderr


def test_cli_translation_and_original_share_their_entities(tmp_path: Path) -> None:
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "orig.ru.txt").write_text(
        "Записка о собрании\n\n12 апреля на квартире Павла Андреевича Вершинина в Самаре состоялось собрание. "
        "Присутствовали Вершинин, Анна Колосова и Степан Лагутин.\n", encoding="utf-8")
    (folder / "transl.en.txt").write_text(
        "Memo on the meeting\n\nOn April 12 a meeting took place at the flat of Pavel Andreyevich Vershinin "
        "in Samara. Present were Vershinin, Anna Kolosova and Stepan Lagutin.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "path,title,date,language,translation_of\norig.ru.txt,Записка,1924-04-20,ru,\n"
        "transl.en.txt,Memo,1924-04-20,en,orig.ru.txt\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    run(db, "ingest", str(folder))
    ents = json.loads(run(db, "entities", "--json").stdout)
    by_doc = {e["name"]: (set(e["variants"]), len(e["documents"])) for e in ents}
    for latin, cyrillic in (("Vershinin", "Павла Андреевича Вершинина"), ("Anna Kolosova", "Анна Колосова"),
                            ("Stepan Lagutin", "Степан Лагутин"), ("Samara", "Самаре")):
        (variants, documents), = [v for v in by_doc.values() if latin in v[0]]
        assert cyrillic in variants and documents == 2, (latin, variants)
