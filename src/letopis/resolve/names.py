"""The names an entity is known by, built from its mentions: surface forms, lemmas, transliterations.

Pure functions over plain values; ``corpus`` and ``review`` turn them into ``names`` rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from letopis.resolve.keys import fold
from letopis.resolve.translit import has_cyrillic, script_of, transliterations

MACHINE_KINDS = ("surface", "lemma", "translit", "preferred")


def name_row(
    entity_id: str, name: str, kind: str, source: str | None, scheme: str | None = None
) -> dict[str, Any]:
    """One ``names`` row; ``folded`` is the cross-script search key."""
    return {
        "entity_id": entity_id,
        "name": name,
        "kind": kind,
        "scheme": scheme,
        "script": script_of(name),
        "source": source,
        "folded": fold(name),
    }


def mention_names(entity_id: str, mentions: Iterable[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Surface forms, lemmas and transliterations of lemmas; ``mentions`` are (key, text, norm)."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str | None]] = set()

    def add(name: str, kind: str, source: str, scheme: str | None = None) -> None:
        if name and (name, kind, scheme) not in seen:
            seen.add((name, kind, scheme))
            rows.append(name_row(entity_id, name, kind, source, scheme))

    for key, text, norm in mentions:
        add(text, "surface", key)
        if norm and norm != text:
            add(norm, "lemma", key)
        base = norm or text
        if has_cyrillic(base):
            for scheme, latin in transliterations(base).items():
                add(latin, "translit", key, scheme)
    return rows


def preferred_name(type_: str, forms: Iterable[str]) -> str:
    """The name to show: for persons the fullest common form, else the most frequent (then longest)."""
    counts = Counter(f for f in forms if f)
    if not counts:
        return ""
    if type_ == "person":
        return max(counts, key=lambda f: (min(_full_words(f), 3), counts[f], len(f), f))
    return max(counts, key=lambda f: (counts[f], len(f), f))


def _full_words(name: str) -> int:
    return sum(1 for w in name.split() if len(w) > 2 and not w.endswith("."))
