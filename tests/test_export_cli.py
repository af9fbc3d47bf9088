"""The export/import commands through the CLI: tei, gexf, csv, jsonld, import csv (json is tested elsewhere)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from letopis.cli import cli
from letopis.export.tei import validate_tei
from letopis.store import Store
from test_export_queries import build_kb


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    store = Store.open(url)
    build_kb(store)
    store.close()
    return url


def run(db: str, *args: str, code: int = 0):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == code, result.output + result.stderr
    return result


def test_export_cli_tei(db: str, tmp_path: Path) -> None:
    res = run(db, "export", "tei", str(tmp_path / "tei"))
    assert "2 documents, 7 entities, 5 relations" in res.stderr
    files = sorted((tmp_path / "tei").glob("*.xml"))
    assert len(files) == 3 and all(validate_tei(f) == [] for f in files)
    run(db, "export", "tei", str(tmp_path / "one"), "--document", "spravka.ru.txt")
    assert len(list((tmp_path / "one").glob("doc-*.xml"))) == 1
    bad = run(db, "export", "tei", str(tmp_path / "x"), "--document", "missing.txt", code=1)
    assert "no such document" in bad.output + bad.stderr


def test_export_cli_gexf(db: str, tmp_path: Path) -> None:
    res = run(db, "export", "gexf", str(tmp_path / "n.gexf"), "--min-hedge", "asserted")
    assert "7 nodes, 2 edges" in res.stderr
    assert nx.read_gexf(tmp_path / "n.gexf", version="1.3").number_of_edges() == 2
    run(db, "export", "gexf", str(tmp_path / "n.gexf"), "--min-hedge", "sure", code=2)


def test_export_cli_csv_and_import(db: str, tmp_path: Path) -> None:
    run(db, "export", "csv", str(tmp_path / "s"))
    path = tmp_path / "s" / "entities.csv"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if r["id"] == "l1":
            r["new_name"] = "Tula (city)"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    dry = run(db, "import", "csv", str(tmp_path / "s"), "--dry-run", "--json")
    assert json.loads(dry.stdout)["changes"][0]["value"] == "Tula (city)"
    res = run(db, "import", "csv", str(tmp_path / "s"))
    assert "rename l1 -> Tula (city)" in res.stdout and "applied 1 decisions" in res.stderr


def test_export_cli_jsonld(db: str, tmp_path: Path) -> None:
    res = run(db, "export", "jsonld", str(tmp_path / "kb.jsonld"))
    assert "5 claims" in res.stderr
    data = json.loads((tmp_path / "kb.jsonld").read_text(encoding="utf-8"))
    assert isinstance(data["@context"], dict) and data["@graph"]
