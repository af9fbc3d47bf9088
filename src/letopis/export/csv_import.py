"""``letopis import csv``: an edited entities/names sheet brought back as review decisions.

The sheets are those ``export csv`` writes. What counts as an edit:

- ``entities.csv``: a non-empty ``merge_into`` (an entity id) merges the row's
  entity into that one; a non-empty ``new_name``, or a ``name`` that differs
  from the entity's preferred name, renames it (``new_name`` wins); a new
  ``scheme:value`` in ``external_ids`` (e.g. ``wikidata:Q4305``) links it.
- ``names.csv``: a row whose name the entity does not have yet adds it as an
  alias (``kind`` alias, former or pseudonym; anything else counts as alias).

Deleted rows and edits to other columns are ignored: the sheet can only add
decisions, never silently drop data. Each change goes through ``letopis.review``
(the same functions the web review queue uses) so it is logged and replayed.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional, Union

from letopis.errors import InputError, LetopisError, ReviewError
from letopis.export.csv_export import ENCODING, unescape
from letopis.store import Store
from letopis.store import export_queries as q

ALIAS_KINDS = ("alias", "former", "pseudonym")


@dataclass(frozen=True)
class Change:
    """One decision read from a sheet: rename, merge, link or alias, with the row it came from."""

    action: str
    entity_id: str
    value: str
    kind: str = "alias"
    row: str = ""


@dataclass
class ImportReport:
    """The changes found, the decision ids they produced, and the rows that were skipped (with why)."""

    changes: list[Change] = field(default_factory=list)
    applied: list[Any] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"changes": [vars(c) for c in self.changes], "applied": [str(a) for a in self.applied],
                "skipped": self.skipped, "dry_run": self.dry_run}

    def lines(self) -> list[str]:
        out = [f"{c.row}: {c.action} {c.entity_id} -> {c.value}" for c in self.changes]
        return out + [f"skipped {s}" for s in self.skipped]

    def summary(self) -> str:
        verb = "would apply" if self.dry_run else "applied"
        return f"{verb} {len(self.changes)} decisions, skipped {len(self.skipped)} rows"


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV sheet as dicts with escaping undone, numbered as a spreadsheet numbers them."""
    try:
        with open(path, encoding=ENCODING, newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh), start=2):
                yield i, {k.strip(): unescape((v or "").strip()) for k, v in row.items() if k}
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(path, f"cannot read CSV sheet ({err})") from err


def plan_entities(path: Path, ents: dict[str, q.ExportEntity], report: ImportReport) -> None:
    """Changes from an edited entities.csv."""
    for line, row in read_rows(path):
        where = f"{path.name}:{line}"
        eid = row.get("id", "")
        if not eid:
            continue
        if eid not in ents:
            report.skipped.append(f"{where}: no entity {eid!r}")
            continue
        new = row.get("new_name") or row.get("name") or ""
        if new and new != ents[eid].name:
            report.changes.append(Change("rename", eid, new, row=where))
        known = {f"{a}:{b}" for a, b in ents[eid].external_ids}
        for ext in row.get("external_ids", "").split():
            if ext not in known:
                report.changes.append(Change("link", eid, ext, row=where))
        target = row.get("merge_into", "")
        if target and target != eid:
            if target not in ents:
                report.skipped.append(f"{where}: merge_into {target!r} is no entity")
            else:
                report.changes.append(Change("merge", eid, target, row=where))


def plan_names(path: Path, ents: dict[str, q.ExportEntity], report: ImportReport) -> None:
    """Changes from names.csv: rows with a name the entity does not have yet."""
    for line, row in read_rows(path):
        where = f"{path.name}:{line}"
        eid, name = row.get("entity_id", ""), row.get("name", "")
        if not eid or not name:
            continue
        if eid not in ents:
            report.skipped.append(f"{where}: no entity {eid!r}")
            continue
        if name in {n.name for n in ents[eid].names} | {ents[eid].name}:
            continue
        kind = row.get("kind", "alias")
        report.changes.append(Change("alias", eid, name, kind if kind in ALIAS_KINDS else "alias", where))


def plan(store: Store, in_dir: Union[str, Path]) -> ImportReport:
    """Read entities.csv and names.csv in ``in_dir`` and list the decisions they ask for."""
    folder = Path(in_dir)
    sheets = [folder / "entities.csv", folder / "names.csv"]
    if not any(p.exists() for p in sheets):
        raise InputError(folder, "no entities.csv or names.csv here (write them with `letopis export csv`)")
    ents = {e.id: e for e in q.list_entities(store)}
    report = ImportReport()
    if sheets[0].exists():
        plan_entities(sheets[0], ents, report)
    if sheets[1].exists():
        plan_names(sheets[1], ents, report)
    return report


def apply_change(store: Store, change: Change, reason: str) -> str:
    """Apply one change through ``letopis.review`` (logged, replayed later); returns the entity id."""
    from letopis import review

    if change.action == "rename":
        return review.rename(store, change.entity_id, change.value)
    if change.action == "merge":
        if q.current_entity_id(store, change.value) == q.current_entity_id(store, change.entity_id):
            raise ReviewError(f"{change.entity_id} is already merged into {change.value}")
        return review.merge(store, [change.value, change.entity_id], note=reason)
    if change.action == "link":
        return review.link(store, change.entity_id, change.value)
    return review.alias(store, change.entity_id, change.value, kind=change.kind)


def import_csv(store: Store, in_dir: Union[str, Path], dry_run: bool = False,
               reason: Optional[str] = None) -> ImportReport:
    """Apply the decisions of an edited sheet (see the module docstring); ``dry_run`` only lists them."""
    report = plan(store, in_dir)
    report.dry_run = dry_run
    if dry_run:
        return report
    why = reason or f"import csv {Path(in_dir).name}"
    done = []
    for change in report.changes:
        try:
            report.applied.append(apply_change(store, change, why))
            done.append(change)
        except LetopisError as err:
            report.skipped.append(f"{change.row}: {err}")
    report.changes = done
    return report
