"""Opening a knowledge base: URL handling, engine setup, migrations.

SQLite is the embedded default (WAL, foreign keys on); PostgreSQL is first class.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url

from letopis.errors import StoreError

DEFAULT_DB = "letopis.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(db: Optional[str]) -> str:
    """Turn ``--db`` (a URL, a plain path, or nothing) into a SQLAlchemy URL.

    db (str | None): ``sqlite:///kb.db``, ``postgresql://user@host/db``, a file path, or None
        for ``$LETOPIS_DB`` and then ``letopis.db`` in the current folder.
    RETURNS (str): a URL SQLAlchemy understands (PostgreSQL goes through psycopg 3).
    """
    db = db or os.environ.get("LETOPIS_DB") or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if db.startswith("postgresql://") or db.startswith("postgres://"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the SQLite pragmas letopis relies on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        parent = Path(parsed.database).parent
        if not parent.exists():
            raise StoreError(f"{parsed.database}: folder {parent} does not exist")
    try:
        engine = create_engine(url, future=True)
    except Exception as err:  # bad driver or URL: one line for the user
        raise StoreError(f"{url}: cannot open database ({err})") from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest Alembic revision (idempotent)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    try:
        command.upgrade(cfg, "head")
    except Exception as err:
        raise StoreError(f"{engine.url.render_as_string(hide_password=True)}: migration failed ({err})") from err


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("documents")
