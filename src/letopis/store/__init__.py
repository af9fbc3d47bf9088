"""The only package that speaks SQL.

``Store`` holds the engine; the modules beside it hold the queries, one concept each:
``documents`` (documents, segments, footnotes, mentions, references as written by
ingest), ``entities`` (resolution results, names, redirects, review queue), ``claims``,
``decisions`` (the append-only review log), ``search``, ``transfer`` (whole-knowledge-base
JSON export/import), and the read models of the edges: ``cli_queries`` (what the CLI prints),
``web_queries`` and ``web_claims`` (what the workbench shows), ``export_queries``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Engine

from letopis.store.database import is_initialised, make_engine, migrate, resolve_url


@dataclass
class Store:
    """A knowledge base: an engine on SQLite or PostgreSQL, migrated to the newest schema."""

    engine: Engine
    url: str

    @classmethod
    def open(cls, db: Optional[str] = None, create: bool = True) -> "Store":
        """Open (and by default create or migrate) the knowledge base at ``db``.

        db (str | None): URL or path, see ``resolve_url``.
        create (bool): run migrations; with False the schema must already be there.
        """
        url = resolve_url(db)
        engine = make_engine(url)
        if create or is_initialised(engine):
            migrate(engine)
        return cls(engine=engine, url=url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Store", "resolve_url"]
