"""Source -> Document: size and permission checks, the format's reader, merged metadata."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from letopis.errors import EmptyDocument, FileTooLarge, InputError
from letopis.ingest.manifest import date_precision
from letopis.ingest.markdown import read_md
from letopis.ingest.pdf import read_pdf
from letopis.ingest.plain import read_txt
from letopis.ingest.sources import Source, file_format, unsupported
from letopis.ingest.text import Parsed, content_hash, detect_language
from letopis.ingest.webpage import read_html
from letopis.ingest.word import read_docx
from letopis.model import Document, DocumentMeta

MAX_BYTES = 50 * 1024 * 1024
READERS: dict[str, Callable[[bytes, str], Parsed]] = {
    "txt": read_txt,
    "md": read_md,
    "html": read_html,
    "pdf": read_pdf,
    "docx": read_docx,
}


def read(source: Source, lang: str = "auto", max_bytes: int = MAX_BYTES) -> Document:
    """Read one source into a Document (text, blocks, metadata); raise InputError if it cannot be."""
    if source.error is not None:
        raise source.error
    shown = source.display
    fmt = file_format(source.path)
    if fmt is None:
        raise unsupported(shown, source.path)
    raw = _read_bytes(source, max_bytes)
    parsed = READERS[fmt](raw, shown)
    if not parsed.text.strip():
        raise EmptyDocument(shown, "no text in the document (empty?)")
    meta = merge_meta(source.meta, parsed, source.path.stem, lang)
    return Document(
        path=shown,
        text=parsed.text,
        content_hash=content_hash(parsed.text),
        meta=meta,
        format=fmt,
        blocks=parsed.blocks,
    )


def _read_bytes(source: Source, max_bytes: int) -> bytes:
    shown = source.display
    try:
        size = source.path.stat().st_size
        if size > max_bytes:
            raise FileTooLarge(
                shown,
                f"file too large ({_mb(size)}; the limit is {_mb(max_bytes)}); split it or raise the limit",
            )
        if size == 0:
            raise EmptyDocument(shown, "empty file")
        with open(source.path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except PermissionError as err:
        raise InputError(shown, "cannot read (permission denied)") from err
    except IsADirectoryError as err:
        raise InputError(shown, "is a folder, not a file") from err
    except FileNotFoundError as err:
        raise InputError(shown, "no such file or directory") from err
    except OSError as err:
        raise InputError(shown, f"cannot read ({err.strerror or type(err).__name__})") from err


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 100 * 1024 else f"{size} bytes"


def merge_meta(manifest: DocumentMeta | None, parsed: Parsed, stem: str, lang: str = "auto") -> DocumentMeta:
    """Manifest values win; then what the file says; title falls back to the first heading, then the stem."""
    meta = manifest or DocumentMeta()
    title = meta.title or parsed.title or stem
    date = meta.date or parsed.date
    if lang in ("en", "ru"):
        language = lang
    else:
        language = meta.language or detect_language(parsed.text)
    return replace(
        meta,
        title=title,
        date=date,
        date_precision=meta.date_precision if meta.date else date_precision(date),
        author=meta.author or parsed.author,
        language=language,
    )
