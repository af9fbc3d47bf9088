"""Catalogues of swappable pieces under versioned names ("letopis.reader.pdf.v1").

A registry maps a name to a factory given as ``"module:attribute"``, imported
only when first used, so that the CLI starts fast and optional pieces (a spaCy
recogniser) cost nothing until asked for. All built-in registrations live in
``letopis.registrations``.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Union

Factory = Union[str, Callable[..., Any]]


class Registry:
    """A named catalogue of factories."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, Factory] = {}

    def register(self, name: str, factory: Factory) -> None:
        self._items[name] = factory

    def get(self, name: str) -> Callable[..., Any]:
        try:
            factory = self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise KeyError(f"no {self.kind} named {name!r} (known: {known})") from None
        if isinstance(factory, str):
            module, _, attr = factory.partition(":")
            factory = getattr(importlib.import_module(module), attr)
            self._items[name] = factory
        return factory

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        return name in self._items


readers = Registry("reader")
components = Registry("component")
exporters = Registry("exporter")
