"""Document -> Document + mentions, dates, references and claims.

Every stage here is a *component*: an object built once with its resources,
called on one Document at a time, returning a new Document (``doc.replace``).
Components never look at other documents, so they can fan out over workers.

    class Component(Protocol):
        name: str                       # versioned, e.g. "letopis.recogniser.en.v1"
        def __call__(self, doc: Document) -> Document: ...

Language recognisers live in ``english.py`` and ``russian.py``; dates in
``dates.py``; archival and bibliographic references in ``references.py``;
claims, hedges and attribution in ``claims.py``, ``hedges.py``,
``attribution.py``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from letopis.model import Document


@runtime_checkable
class Component(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...
