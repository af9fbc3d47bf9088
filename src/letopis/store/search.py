"""Search over document text and entity names, aware of script and Russian morphology.

Every word (of the documents, of the entity names, of the query) is reduced to a
*search key*, the name key of resolution (``letopis.resolve.keys.fold``; a built-in
fold where that is not installed): lower case, Cyrillic transliterated to Latin,
Latin spellings folded to one skeleton (ya/ia/ja, yu/iu/ju, y -> i, kh -> h...),
so that Колядин, Kolyadin and Koliadin share one key. A query
word also matches the inflected forms of its key (Колядин finds Колядина) and
the keys of its Russian lexeme forms (pymorphy3).

The keys live in an in-memory index per knowledge base (word key -> documents
with the first offset, name key -> entities), built on first use and rebuilt
when the documents or names change; entity hits are read back from the store
so that merges (redirects) are always current.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import case, func, select

from letopis.store import Store
from letopis.store.schema import documents, entities, names, segments

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "і": "i", "ѣ": "e",
}  # fmt: skip
_FOLDS = (
    ("ya", "ia"), ("ja", "ia"), ("yu", "iu"), ("ju", "iu"), ("yo", "e"), ("jo", "e"),
    ("ye", "e"), ("je", "e"), ("ie", "e"), ("y", "i"), ("j", "i"), ("ii", "i"), ("kh", "h"), ("x", "ks"),
    ("tz", "ts"), ("w", "v"), ("ph", "f"), ("ck", "k"),
)  # fmt: skip
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Folded endings a key may grow by and still be "the same word" (Russian cases, English possessive).
_ENDINGS = frozenset(
    ["a", "u", "e", "i", "o", "om", "em", "im", "ami", "ah", "am", "oi", "ei", "oiu", "eiu", "ogo", "ego", "omu", "emu", "ih", "imi", "ui", "aia", "oe", "s", "es"]
)
MAX_ENTITIES = 20
MAX_DOCUMENTS = 20
SNIPPET_WIDTH = 90


@lru_cache(maxsize=200_000)
def _own_fold(word: str) -> str:
    w = word.lower().replace("’", "").replace("'", "").replace("ʹ", "").replace("-", "")
    w = "".join(_CYR.get(ch, ch) for ch in w)
    for a, b in _FOLDS:
        w = w.replace(a, b)
    return w


def _key_function() -> Any:
    """Resolution's name key when installed (so search and resolution agree), else our own fold."""
    try:
        from letopis.resolve.keys import fold as resolve_fold
    except ImportError:
        return _own_fold
    return resolve_fold


_FOLD = _key_function()


def fold(word: str) -> str:
    """The search key of one word: case-, script- and spelling-folded Latin skeleton."""
    return _FOLD(word) or word.lower()  # type: ignore[no-any-return]


def fold_text(text: str) -> str:
    """The keys of every word of ``text``, joined by spaces (for whole names)."""
    return " ".join(fold(m.group()) for m in WORD.finditer(text))


@lru_cache(maxsize=4096)
def _lexeme_keys(word: str) -> frozenset[str]:
    """Keys of the Russian forms of ``word`` (all forms of its two likeliest lexemes)."""
    if not re.search("[а-яё]", word, re.IGNORECASE):
        return frozenset()
    morph = _morph()
    keys: set[str] = set()
    for parse in morph.parse(word.lower())[:2]:
        keys.add(fold(parse.normal_form))
        for form in parse.lexeme:
            keys.add(fold(form.word))
    return frozenset(keys)


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@dataclass(frozen=True)
class QueryWord:
    """One query word: its own key (which may grow by an inflection) and exact keys of its forms."""

    text: str
    key: str
    forms: frozenset[str]

    def matches(self, key: str) -> bool:
        if key == self.key or key in self.forms:
            return True
        return key.startswith(self.key) and len(self.key) >= 3 and key[len(self.key) :] in _ENDINGS


def parse_query(q: str) -> list[QueryWord]:
    """Split a query into words with their keys (at most 8 words)."""
    out = []
    for m in list(WORD.finditer(q))[:8]:
        word = m.group()
        out.append(QueryWord(word, fold(word), _lexeme_keys(word)))
    return out


@dataclass
class _Index:
    signature: tuple[Any, ...]
    words: dict[str, dict[int, tuple[int, int]]] = field(default_factory=dict)  # key -> doc -> (offset, n)
    word_keys: list[str] = field(default_factory=list)
    names: dict[str, set[str]] = field(default_factory=dict)  # folded word -> entity ids
    name_keys: list[str] = field(default_factory=list)


_LOCK = threading.Lock()
_INDEXES: dict[str, _Index] = {}


def _signature(store: Store) -> tuple[Any, ...]:
    from letopis.store.web_queries import data_version

    return data_version(store)


def _build(store: Store, signature: tuple[Any, ...]) -> _Index:
    idx = _Index(signature)
    with store.engine.connect() as conn:
        for row in conn.execute(
            select(documents.c.id, documents.c.text).where(documents.c.current.is_(True))
        ):
            _index_text(idx, row.id, row.text)
        rows = list(conn.execute(select(names.c.entity_id, names.c.name)).all())
        rows += conn.execute(select(entities.c.id, entities.c.name)).all()
    for entity_id, name in rows:
        for m in WORD.finditer(name or ""):
            idx.names.setdefault(fold(m.group()), set()).add(entity_id)
    idx.word_keys = sorted(idx.words)
    idx.name_keys = sorted(idx.names)
    return idx


def _index_text(idx: _Index, doc_id: int, text: str) -> None:
    for m in WORD.finditer(text):
        postings = idx.words.setdefault(fold(m.group()), {})
        hit = postings.get(doc_id)
        postings[doc_id] = (m.start(), 1) if hit is None else (hit[0], hit[1] + 1)


def index_for(store: Store) -> _Index:
    """The search index of ``store``, rebuilt when its documents, names or entities changed."""
    sig = _signature(store)
    with _LOCK:
        idx = _INDEXES.get(store.url)
        if idx is None or idx.signature != sig:
            idx = _build(store, sig)
            _INDEXES[store.url] = idx
    return idx


def _matching_keys(keys: list[str], word: QueryWord) -> list[str]:
    found = [k for k in word.forms if k in _present(keys, k)]
    lo = bisect.bisect_left(keys, word.key)
    for k in keys[lo : lo + 400]:
        if not k.startswith(word.key):
            break
        if word.matches(k):
            found.append(k)
    return list(dict.fromkeys(found))


def _present(keys: list[str], k: str) -> tuple[str, ...]:
    i = bisect.bisect_left(keys, k)
    return (k,) if i < len(keys) and keys[i] == k else ()


def search_entities(
    store: Store, q: str, limit: int = MAX_ENTITIES, idx: _Index | None = None
) -> list[dict[str, Any]]:
    """Entities with a name matching every word of ``q``, most mentioned first (redirects followed)."""
    words = parse_query(q)
    if not words:
        return []
    idx = idx or index_for(store)
    hits: set[str] | None = None
    for w in words:
        ids: set[str] = set()
        for k in _matching_keys(idx.name_keys, w):
            ids |= idx.names[k]
        hits = ids if hits is None else hits & ids
        if not hits:
            return []
    from letopis.store.web_queries import entity_rows

    return entity_rows(store, sorted(hits or ()), limit)


def search_documents(
    store: Store, q: str, limit: int = MAX_DOCUMENTS, idx: _Index | None = None
) -> list[dict[str, Any]]:
    """Documents containing every word of ``q`` (any form, any script), with a highlighted snippet."""
    words = parse_query(q)
    if not words:
        return []
    idx = idx or index_for(store)
    per_word: list[dict[int, tuple[int, int]]] = []
    all_keys: set[str] = set()
    for w in words:
        docs: dict[int, tuple[int, int]] = {}
        for k in _matching_keys(idx.word_keys, w):
            all_keys.add(k)
            for doc_id, (off, n) in idx.words[k].items():
                prev = docs.get(doc_id)
                docs[doc_id] = (min(off, prev[0]) if prev else off, n + (prev[1] if prev else 0))
        per_word.append(docs)
    common = set(per_word[0]).intersection(*per_word[1:])
    ranked = sorted(common, key=lambda d: (-sum(p[d][1] for p in per_word), d))[:limit]
    return _document_hits(store, ranked, per_word[0], all_keys)


def _document_hits(
    store: Store, doc_ids: list[int], first: dict[int, tuple[int, int]], keys: set[str]
) -> list[dict[str, Any]]:
    if not doc_ids:
        return []
    lows = {d: max(0, first[d][0] - SNIPPET_WIDTH - 40) for d in doc_ids}
    window = func.substr(documents.c.text, case({d: lo + 1 for d, lo in lows.items()}, value=documents.c.id),
                         2 * SNIPPET_WIDTH + 80)  # fmt: skip
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(
            select(documents.c.id, documents.c.title, documents.c.date, documents.c.language, window.label("window"))
            .where(documents.c.id.in_(doc_ids)))}  # fmt: skip
        segs = conn.execute(
            select(segments.c.document_id, segments.c.idx, segments.c.start, segments.c.end)
            .where(segments.c.document_id.in_(doc_ids))
        ).all()  # fmt: skip
    seg_of = {s.document_id: s.idx for s in segs if s.start <= first[s.document_id][0] < s.end}
    out = []
    for d in doc_ids:
        row, (offset, count), lo = rows[d], first[d], lows[d]
        out.append({"id": d, "title": row.title, "date": row.date, "language": row.language, "offset": offset,
                    "segment": seg_of.get(d), "matches": count,
                    "snippet": snippet(row.window or "", offset - lo, keys, at_start=lo == 0)})  # fmt: skip
    return out


def snippet(
    text: str, offset: int, keys: Iterable[str], width: int = 90, at_start: bool = True
) -> list[dict[str, Any]]:
    """Text around ``offset`` as parts ``{"text", "hit"}``; hit parts are words whose key is in ``keys``."""
    keys = set(keys)
    start = max(0, offset - width)
    end = min(len(text), offset + width)
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    window = text[start:end]
    parts: list[dict[str, Any]] = []
    pos = 0
    for m in WORD.finditer(window):
        if fold(m.group()) in keys:
            parts.append({"text": window[pos : m.start()], "hit": False})
            parts.append({"text": m.group(), "hit": True})
            pos = m.end()
    parts.append({"text": window[pos:], "hit": False})
    if start > 0 or not at_start:
        parts[0]["text"] = "…" + parts[0]["text"].lstrip()
    if end < len(text):
        parts[-1]["text"] = parts[-1]["text"].rstrip() + "…"
    return [p for p in parts if p["text"]]


def search(store: Store, q: str) -> dict[str, Any]:
    """Entities and documents matching ``q``, entities first."""
    idx = index_for(store)
    return {
        "q": q,
        "entities": search_entities(store, q, idx=idx),
        "documents": search_documents(store, q, idx=idx),
    }
