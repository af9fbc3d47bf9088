"""The whole knowledge base as one JSON file, and back (lossless, backend-independent)."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, text

from letopis.errors import StoreError
from letopis.store import Store
from letopis.store.schema import ALL_TABLES

FORMAT = "letopis-kb"
FORMAT_VERSION = 1


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _decode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for col in table.c:
        if col.name not in row:
            continue
        value = row[col.name]
        if value is not None and col.type.python_type is datetime:
            value = datetime.fromisoformat(value)
        out[col.name] = value
    return out


def dump(store: Store) -> dict[str, Any]:
    """Every row of every table, in primary-key order, as a JSON-ready dict."""
    data: dict[str, Any] = {"format": FORMAT, "version": FORMAT_VERSION, "tables": {}}
    with store.engine.connect() as conn:
        for table in ALL_TABLES:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            data["tables"][table.name] = [{k: _encode(v) for k, v in r.items()} for r in rows]
    return data


def export_json(store: Store, out: Path) -> dict[str, int]:
    """Write ``dump(store)`` to ``out`` atomically; returns row counts per table."""
    data = dump(store)
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=".letopis-", suffix=".json", dir=out.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return {name: len(rows) for name, rows in data["tables"].items()}


def load(store: Store, data: dict[str, Any]) -> dict[str, int]:
    """Insert a ``dump`` into an empty store in one transaction, keeping every id."""
    if data.get("format") != FORMAT:
        raise StoreError("not a letopis JSON export (missing 'format': 'letopis-kb')")
    tables = data.get("tables", {})
    counts: dict[str, int] = {}
    with store.engine.begin() as conn:
        for table in ALL_TABLES:
            if conn.execute(select(func.count()).select_from(table)).scalar():
                raise StoreError(f"{store.url}: import needs an empty knowledge base ({table.name} has rows)")
        for table in ALL_TABLES:
            rows = [_decode(table, r) for r in tables.get(table.name, [])]
            if rows:
                conn.execute(insert(table), rows)
            counts[table.name] = len(rows)
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn)
    return counts


def _reset_sequences(conn: Any) -> None:
    for table in ALL_TABLES:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].type.python_type is int:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{pk[0].name}'), "
                    f"COALESCE((SELECT MAX(\"{pk[0].name}\") FROM \"{table.name}\"), 0) + 1, false)"
                )
            )


def import_json(store: Store, src: Path) -> dict[str, int]:
    """Read a JSON export file into an empty store."""
    try:
        data = json.loads(Path(src).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise StoreError(f"{src}: cannot read JSON export ({err})") from err
    return load(store, data)
