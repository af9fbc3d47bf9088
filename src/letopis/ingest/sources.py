"""Finding the files to ingest: files and folders as given, plus manifest metadata.

A Source never raises: a missing path, an unsupported extension or a manifest row
whose file is missing is a Source with ``error`` set, so a batch reports it and
goes on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from letopis.errors import InputError, ManifestError, UnsupportedFormat
from letopis.ingest.manifest import MANIFEST_NAMES, ManifestRow, load_manifest
from letopis.model import DocumentMeta

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
READS = "letopis reads .txt .md .html .htm .pdf .docx"
# A folder's own notes about the corpus are not documents of it (a file given by name still is).
FOLDER_NOTES = re.compile(r"^(readme|license|licence|copying|changelog)(\.[a-z]+)?$", re.IGNORECASE)
_ANCESTORS = 4  # how far up from a file to look for a manifest that lists it


@dataclass(frozen=True)
class Source:
    """One file to ingest: where it is, how the user named it, its manifest metadata or its error."""

    path: Path
    given: str
    key: str
    meta: DocumentMeta | None = None
    error: InputError | None = None

    @property
    def display(self) -> str:
        """The path as the user gave it (used in error lines)."""
        return self.given


def source_key(given: str) -> str:
    """The logical identity of a document: its given path, normalised."""
    return os.path.normpath(given).replace(os.sep, "/")


def file_format(path: str | Path) -> str | None:
    """txt | md | html | pdf | docx from the extension, None if letopis cannot read it."""
    return FORMATS.get(Path(path).suffix.lower())


def discover(paths: Sequence[str | Path], manifest: Path | None = None) -> list[Source]:
    """Sources for files and folders (walked recursively, sorted, hidden files skipped).

    A manifest.csv/.json in a given folder, or beside or above a file, supplies the
    metadata of the files it lists; ``manifest`` overrides them all. With no paths,
    the files listed in ``manifest`` are ingested; so they are when a manifest file
    itself is among the paths (and no ``manifest`` is given).
    """
    index = _ManifestIndex()
    sources: list[Source] = []
    listed = [p for p in paths if Path(p).name.lower() in MANIFEST_NAMES and Path(p).is_file()]
    add_rows = not paths or (manifest is None and len(listed) == 1)
    if manifest is None and len(listed) == 1:
        manifest, paths = Path(listed[0]), [p for p in paths if p is not listed[0]]
    if manifest is not None:
        sources.extend(index.use_explicit(Path(manifest), str(manifest)))
        if add_rows:
            paths = [*paths, *(row.given for row in index.explicit_rows() if row.path.exists())]
    seen: set[Path] = set()
    for p in paths:
        given, path = str(p), Path(p)
        if path.is_dir():
            sources.extend(index.use_folder(path, given))
            files: Iterable[tuple[Path, str]] = ((path / rel, os.path.join(given, rel)) for rel in walk(path))
        else:
            files = [(path, given)]
        for file, shown in files:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                sources.append(_source(file, shown, index))
    sources.extend(index.missing_rows())
    return sources


def walk(folder: Path) -> Iterator[str]:
    """Relative paths of the files under ``folder``, sorted, without hidden files, manifests and READMEs."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith((".", "~$")) or name.lower() in MANIFEST_NAMES or FOLDER_NOTES.match(name):
                continue
            yield os.path.relpath(os.path.join(root, name), folder)


def _source(path: Path, given: str, index: _ManifestIndex) -> Source:
    key = source_key(given)
    if not path.exists():
        return Source(path.absolute(), given, key, None, InputError(given, "no such file or directory"))
    resolved = path.resolve()
    meta = index.lookup(resolved)
    if file_format(path) is None:
        return Source(resolved, given, key, meta, unsupported(given, path))
    return Source(resolved, given, key, meta)


def unsupported(given: str, path: Path) -> UnsupportedFormat:
    """The error for a file letopis cannot read, naming the formats it can."""
    suffix = path.suffix.lower()
    what = f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"
    return UnsupportedFormat(given, f"{what} ({READS})")


class _ManifestIndex:
    """Manifests loaded on demand, by folder; which ones report their missing rows."""

    def __init__(self) -> None:
        self._explicit: dict[Path, ManifestRow] | None = None
        self._by_folder: dict[Path, dict[Path, ManifestRow]] = {}
        self._reported: list[tuple[str, dict[Path, ManifestRow]]] = []

    def use_explicit(self, manifest: Path, given: str) -> list[Source]:
        self._explicit = {}
        try:
            self._explicit = {r.path: r for r in load_manifest(manifest, given)}
        except ManifestError as err:
            return [Source(manifest.absolute(), given, source_key(given), None, err)]
        self._reported.append((given, self._explicit))
        return []

    def explicit_rows(self) -> list[ManifestRow]:
        return list((self._explicit or {}).values())

    def use_folder(self, folder: Path, given: str) -> list[Source]:
        if self._explicit is not None:
            return []
        for name in MANIFEST_NAMES:
            manifest = folder / name
            if manifest.is_file():
                shown = os.path.join(given, name)
                try:
                    rows = self._load(folder.resolve(), manifest, shown)
                except ManifestError as err:
                    return [Source(manifest.resolve(), shown, source_key(shown), None, err)]
                self._reported.append((shown, rows))
                return []
        return []

    def lookup(self, file: Path) -> DocumentMeta | None:
        if self._explicit is not None:
            row = self._explicit.get(file)
            return row.meta if row else None
        for folder in list(file.parents)[:_ANCESTORS]:
            rows = self._rows_in(folder)
            if file in rows:
                return rows[file].meta
        return None

    def missing_rows(self) -> list[Source]:
        out = []
        for shown, rows in self._reported:
            for row in rows.values():
                if not row.path.exists():
                    reason = f"listed in {os.path.basename(shown)} but the file is missing"
                    err = ManifestError(row.given, reason)
                    out.append(Source(row.path, row.given, source_key(row.given), row.meta, err))
        return out

    def _rows_in(self, folder: Path) -> dict[Path, ManifestRow]:
        if folder not in self._by_folder:
            self._by_folder[folder] = {}
            for name in MANIFEST_NAMES:
                if (folder / name).is_file():
                    try:
                        self._load(folder, folder / name, str(folder / name))
                    except ManifestError:
                        pass  # a broken manifest outside the given folders is not ours to report
                    break
        return self._by_folder[folder]

    def _load(self, folder: Path, manifest: Path, shown: str) -> dict[Path, ManifestRow]:
        self._by_folder[folder] = {}
        rows = {r.path: r for r in load_manifest(manifest, shown)}
        self._by_folder[folder] = rows
        return rows
