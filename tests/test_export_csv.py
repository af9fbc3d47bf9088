"""CSV export: one file per table, UTF-8 with header, formula-safe cells; read back with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from letopis.export.csv_export import escape, export_csv, unescape
from letopis.store import Store
from test_export_queries import build_kb


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("csv")
    store = Store.open(f"sqlite:///{root / 'kb.db'}")
    build_kb(store)
    counts = export_csv(store, root / "out")
    assert counts == {"documents": 2, "entities": 7, "names": 13, "mentions": 13, "claims": 5}
    store.close()
    return root / "out"


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name,header", [
    ("documents", ["id", "path", "title", "date"]),
    ("entities", ["id", "type", "name", "status", "mentions", "first", "last"]),
    ("names", ["entity_id", "name", "kind"]),
    ("mentions", ["id", "document_id", "key", "segment", "start", "end", "text", "type"]),
    ("claims", ["id", "document_id", "subject_entity", "subject_name", "predicate"]),
])
def test_export_csv_one_file_per_table_with_header(sheets: Path, name: str, header: list[str]) -> None:
    raw = (sheets / f"{name}.csv").read_bytes()
    raw.decode("utf-8")  # valid UTF-8
    with open(sheets / f"{name}.csv", encoding="utf-8-sig", newline="") as fh:
        first = next(csv.reader(fh))
    assert first[: len(header)] == header


def test_export_csv_no_cell_starts_a_formula(sheets: Path) -> None:
    for path in sheets.glob("*.csv"):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path.name, cell)
                    assert not cell.startswith("-") or cell.lstrip("-").isdigit(), (path.name, cell)


def test_export_csv_escapes_and_keeps_content(sheets: Path) -> None:
    claims = {r["id"]: r for r in _rows(sheets / "claims.csv")}
    assert claims["c5"]["object_literal"] == "'=expelled"
    assert unescape(claims["c5"]["object_literal"]) == "=expelled"
    assert claims["c1"]["attribution"] == "author: Unknown informant > informant: an informant"
    assert claims["c1"]["subject_entity"] == "p1" and claims["c1"]["subject_name"] == "Ivan Petrovich Sarkin"
    ents = {r["id"]: r for r in _rows(sheets / "entities.csv")}
    assert ents["p2"]["name"] == "Г. И. Зябликов"
    assert ents["l1"]["external_ids"] == "wikidata:Q4305"
    names = _rows(sheets / "names.csv")
    assert {"entity_id": "p1", "name": "I. P. Sarkin"}.items() <= next(
        n for n in names if n["name"] == "I. P. Sarkin").items()


@pytest.mark.parametrize("value,expected", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+7", "'+7"), ("-x", "'-x"), ("@me", "'@me"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("plain", "plain"), ("'quoted", "'quoted"), (-1, -1), (None, None),
])
def test_export_csv_escape(value: object, expected: object) -> None:
    assert escape(value) == expected
    if isinstance(value, str):
        assert unescape(escape(value)) == value
