"""``import csv``: an edited entities/names sheet comes back as review decisions (rename, merge, link, alias)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from letopis.errors import InputError
from letopis.export.csv_export import export_csv
from letopis.export.csv_import import import_csv, plan
from letopis.store import Store
from letopis.store import export_queries as q
from letopis.store.decisions import list_decisions
from test_export_queries import build_kb


def _edit(path: Path, edits: dict[str, dict[str, str]], extra: list[dict[str, str]] = ()) -> None:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        key = row.get("id") or row.get("entity_id")
        row.update(edits.get(key, {}))
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows + list(extra))


@pytest.fixture
def edited(tmp_path: Path) -> tuple[Store, Path]:
    store = Store.open(f"sqlite:///{tmp_path / 'kb.db'}")
    build_kb(store)
    export_csv(store, tmp_path / "sheets")
    _edit(tmp_path / "sheets" / "entities.csv", {
        "p2": {"new_name": "Gavrila Ilyich Zyablikov"},
        "o2": {"merge_into": "o1"},
        "p1": {"external_ids": "wikidata:Q123"},
        "n1": {"name": "'=Krasny Gorn"},  # an edited name with a formula-like start, escaped in the sheet
        "b1": {"merge_into": "nobody"},
    })
    _edit(tmp_path / "sheets" / "names.csv", {},
          [{"entity_id": "p1", "name": "Ivan Sarkin-Bely", "kind": "pseudonym"},
           {"entity_id": "zz", "name": "Ghost", "kind": "alias"}])
    yield store, tmp_path / "sheets"
    store.close()


def test_export_csv_import_plans_decisions(edited: tuple[Store, Path]) -> None:
    store, sheets = edited
    report = plan(store, sheets)
    got = {(c.action, c.entity_id, c.value) for c in report.changes}
    assert got == {("rename", "p2", "Gavrila Ilyich Zyablikov"), ("merge", "o2", "o1"), ("link", "p1", "wikidata:Q123"),
                   ("rename", "n1", "=Krasny Gorn"), ("alias", "p1", "Ivan Sarkin-Bely")}
    assert len(report.skipped) == 2 and any("nobody" in s for s in report.skipped)
    assert any("'zz'" in s for s in report.skipped)


def test_export_csv_import_applies_through_review(edited: tuple[Store, Path]) -> None:
    store, sheets = edited
    report = import_csv(store, sheets)
    assert len(report.changes) == 5, report.skipped
    ents = {e.id: e for e in q.list_entities(store)}
    assert ents["p2"].name == "Gavrila Ilyich Zyablikov"
    assert ents["n1"].name == "=Krasny Gorn"
    assert "o2" not in ents and q.current_entity_id(store, "o2") == "o1"
    assert ("wikidata", "Q123") in ents["p1"].external_ids
    assert "Ivan Sarkin-Bely" in {n.name for n in ents["p1"].names}
    assert {d["action"] for d in list_decisions(store)} == {"rename", "merge", "link", "alias"}


def test_export_csv_import_dry_run_changes_nothing(edited: tuple[Store, Path]) -> None:
    store, sheets = edited
    report = import_csv(store, sheets, dry_run=True)
    assert report.dry_run and len(report.changes) == 5
    assert list_decisions(store) == []
    assert "would apply 5 decisions" in report.summary()


def test_export_csv_import_needs_sheets(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'kb.db'}")
    with pytest.raises(InputError, match="export csv"):
        import_csv(store, tmp_path)
    store.close()


def test_export_csv_import_unchanged_sheet_is_no_op(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'kb.db'}")
    build_kb(store)
    export_csv(store, tmp_path / "s")
    report = import_csv(store, tmp_path / "s")
    assert report.changes == [] and report.skipped == []
    store.close()
