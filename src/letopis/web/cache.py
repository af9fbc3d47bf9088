"""A small cache of view results, keyed on the knowledge base's data version.

Views over the whole corpus (graph, timeline, counts) cost hundreds of ms on a
large knowledge base; their inputs change only on ingest, resolution or review,
which all move ``data_version``. An entry is served only while the version is
the one it was computed at.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from letopis.store import Store
from letopis.store.web_queries import data_version

MAX_ENTRIES = 256


class ViewCache:
    """Least-recently-used results of ``fn(*args)`` per data version."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._data: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Store, name: str, fn: Callable[..., Any], *args: Any) -> Any:
        """The cached result of ``fn(store, *args)``, recomputed when the data changed."""
        key = (data_version(store), name, *[repr(a) for a in args])
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        value = fn(store, *args)
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)
        return value
