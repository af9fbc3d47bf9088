"""Errors raised by letopis. The CLI and the web app translate them at the edge.

    LetopisError
    ├── InputError            a file that cannot be ingested (names the file and the reason)
    │   ├── UnsupportedFormat
    │   ├── EmptyDocument
    │   ├── EncodingError
    │   ├── NoTextLayer
    │   ├── CorruptFile
    │   ├── FileTooLarge
    │   └── ManifestError     a manifest that cannot be read, or a row whose file is missing
    ├── StoreError            the database cannot be opened or migrated
    ├── NotFound              an id that names no document, entity, mention or claim
    └── ReviewError           a review decision that cannot be applied
"""

from __future__ import annotations

from pathlib import Path
from typing import Union


class LetopisError(Exception):
    """Base class of every error letopis raises on purpose."""


class InputError(LetopisError):
    """A file that cannot be ingested. ``str(err)`` is one line: ``file: reason``."""

    def __init__(self, path: Union[str, Path], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormat(InputError):
    pass


class EmptyDocument(InputError):
    pass


class EncodingError(InputError):
    pass


class NoTextLayer(InputError):
    pass


class CorruptFile(InputError):
    pass


class FileTooLarge(InputError):
    pass


class ManifestError(InputError):
    pass


class StoreError(LetopisError):
    pass


class NotFound(LetopisError):
    status = 404


class ReviewError(LetopisError):
    status = 400
