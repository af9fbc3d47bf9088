"""The network download: calls the GEXF exporter (``letopis.export.gexf``) when it is installed."""

from __future__ import annotations

import inspect
import tempfile
from pathlib import Path
from typing import Any

from letopis.errors import NotFound
from letopis.store import Store
from letopis.web.views import Filters


def gexf_bytes(store: Store, f: Filters) -> bytes:
    """The graph as GEXF bytes, with the filters the exporter understands passed on."""
    try:
        from letopis.export import gexf
    except ImportError as err:
        raise NotFound("GEXF export is not installed in this build") from err
    tree_fn = getattr(gexf, "gexf_tree", None)
    if callable(tree_fn):
        from lxml import etree

        return bytes(etree.tostring(tree_fn(store, **_accepted(tree_fn, f)), encoding="UTF-8",
                                    xml_declaration=True, pretty_print=True))  # fmt: skip
    for name in ("gexf_bytes", "to_gexf", "render_gexf", "dumps"):
        fn = getattr(gexf, name, None)
        if callable(fn):
            out = fn(store, **_accepted(fn, f))
            return out.encode("utf-8") if isinstance(out, str) else bytes(out)
    for name in ("export_gexf", "write_gexf", "export"):
        fn = getattr(gexf, name, None)
        if callable(fn):
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "network.gexf"
                fn(store, path, **_accepted(fn, f))
                return path.read_bytes()
    raise NotFound("GEXF export is installed but offers no function this server knows")


def _accepted(fn: Any, f: Filters) -> dict[str, Any]:
    params = inspect.signature(fn).parameters
    return {k: v for k, v in f.as_dict().items() if k in params}
