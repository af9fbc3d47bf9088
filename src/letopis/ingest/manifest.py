"""Manifests: a manifest.csv or manifest.json that gives metadata for the files listed in it.

Columns (CSV header or JSON keys): path, title, date, author, language, genre,
source_url, translation_of, note, archive_ref. Paths are relative to the manifest.
JSON may be a list of rows or an object with a "documents" list.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from letopis.errors import ManifestError
from letopis.model import DocumentMeta

MANIFEST_NAMES = ("manifest.csv", "manifest.json")
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_PRECISION = {4: "year", 7: "month", 10: "day"}
_FIELDS = ("genre", "source_url", "archive_ref", "translation_of", "note")


@dataclass(frozen=True)
class ManifestRow:
    """One listed file: where it is (resolved), how the manifest names it, and its metadata."""

    path: Path
    given: str
    meta: DocumentMeta


def date_precision(date: str | None) -> str | None:
    """day | month | year from the length of an ISO date (None if it is not one)."""
    if not date or not _ISO_DATE.fullmatch(date):
        return None
    return _PRECISION[len(date)]


def row_meta(row: dict[str, Any]) -> DocumentMeta:
    """DocumentMeta from one manifest row (empty cells are None; a bad date is dropped)."""

    def cell(key: str) -> str | None:
        value = row.get(key)
        value = str(value).strip() if value is not None else ""
        return value or None

    date = cell("date")
    if date and not _ISO_DATE.fullmatch(date):
        date = None
    language = (cell("language") or "").lower()[:2] or None
    extra = {k: cell(k) for k in _FIELDS}
    return DocumentMeta(
        title=cell("title") or "",
        date=date,
        date_precision=date_precision(date),
        author=cell("author"),
        language=language,
        **extra,
    )


def load_manifest(manifest: Path, given: str | None = None) -> list[ManifestRow]:
    """Rows of a manifest file; raises ManifestError when it cannot be read or has no path column."""
    shown = given or str(manifest)
    try:
        raw = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise ManifestError(shown, f"cannot read manifest ({type(err).__name__})") from err
    rows = _parse_json(raw, shown) if manifest.suffix.lower() == ".json" else _parse_csv(raw, shown)
    base = manifest.resolve().parent
    given_base = os.path.dirname(shown)
    out = []
    for row in rows:
        rel = str(row.get("path") or "").strip()
        if not rel:
            continue
        out.append(ManifestRow((base / rel).resolve(), os.path.join(given_base, rel), row_meta(row)))
    return out


def _parse_csv(raw: str, shown: str) -> list[dict[str, Any]]:
    try:
        reader = csv.DictReader(io.StringIO(raw))
        rows = [{(k or "").strip().lower(): v for k, v in r.items()} for r in reader]
    except csv.Error as err:
        raise ManifestError(shown, f"not a valid CSV manifest ({err})") from err
    if reader.fieldnames is None or "path" not in [f.strip().lower() for f in reader.fieldnames]:
        raise ManifestError(shown, "manifest has no 'path' column")
    return rows


def _parse_json(raw: str, shown: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ManifestError(shown, f"not valid JSON (line {err.lineno})") from err
    if isinstance(data, dict):
        data = data.get("documents", [])
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ManifestError(shown, "a JSON manifest must be a list of objects with a 'path'")
    return [{str(k).lower(): v for k, v in r.items()} for r in data]
