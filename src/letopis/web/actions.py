"""Review decisions from the browser, through the same functions the CLI uses.

Claim decisions go through ``letopis.store.claims.set_status`` (what ``letopis
claims accept/reject`` calls); merges through the review engine (``letopis.review``),
looked up when a decision is made, so the web app serves even where that engine
is not installed (the decision is then refused with a clear message).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

from letopis.errors import ReviewError
from letopis.store import Store

_MERGE_ACCEPT = (("letopis.review", "merge"),)
_MERGE_REJECT = (("letopis.review", "keep_apart"), ("letopis.review", "distinct"), ("letopis.review", "reject_merge"))


def _find(candidates: tuple[tuple[str, str], ...]) -> Callable[..., Any] | None:
    for module, name in candidates:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    return None


def can_keep_apart() -> bool:
    """True when the review engine can record that two suggested entities are different."""
    return _find(_MERGE_REJECT) is not None


def decide_merge(store: Store, queue_id: int, accept: bool, actor: str, reason: str | None = None) -> Any:
    """Accept (merge the two entities) or reject (keep them apart) the suggestion ``queue_id``."""
    from letopis.store.web_queries import queue_pair

    a, b = queue_pair(store, queue_id)
    fn = _find(_MERGE_ACCEPT if accept else _MERGE_REJECT)
    if fn is None:
        what = "merging" if accept else "keeping entities apart"
        raise ReviewError(f"merge suggestion {queue_id}: {what} is not available in this build's review engine")
    extra = _accepted(fn, actor=actor, note=reason, reason=reason)
    if accept:  # letopis.review.merge(store, [survivor, other], note=..., actor=...) like `letopis merge`
        return fn(store, [a, b], **extra)
    return fn(store, a, b, **extra)


def decide_claim(store: Store, claim_id: str, accept: bool, actor: str, reason: str | None = None) -> Any:
    """Accept or reject the machine claim ``claim_id`` (the claims store logs the decision)."""
    from letopis.store.claims import set_status

    return set_status(store, claim_id, "accept" if accept else "reject", note=reason)


def _accepted(fn: Callable[..., Any], **kwargs: Any) -> dict[str, Any]:
    params = inspect.signature(fn).parameters
    return {k: v for k, v in kwargs.items() if k in params and v is not None}
