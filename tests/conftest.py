"""Shared fixtures: a knowledge base on each backend, a throwaway PostgreSQL server, fixture texts.

``store`` runs every test that uses it on SQLite and on PostgreSQL. PostgreSQL
comes from the installed server binaries (Debian: ``apt-get install postgresql``);
without them the PostgreSQL half is skipped with a message saying so.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator, Optional

import pytest

from letopis.store import Store

HERE = Path(__file__).parent
DATA = HERE / "data"
SHARED = HERE.parent.parent / "shared"

_PG_HINT = "PostgreSQL server binaries not found: apt-get install postgresql (or set LETOPIS_PG_BIN) to run these"


def _pg_bin() -> Optional[Path]:
    env = os.environ.get("LETOPIS_PG_BIN")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or (
        [shutil.which("initdb")] if shutil.which("initdb") else []
    )
    return Path(found[-1]).parent if found else None


class PostgresServer:
    """A PostgreSQL cluster in a temp folder, listening only on a Unix socket there."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="letopis-pg-"))
        self.data = self.root / "data"
        self.as_root = os.geteuid() == 0
        self._counter = itertools.count()

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-locale")
        opts = f"-k {self.root} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts, "-w", "-l",
                  str(self.root / "log"), "start")

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, db: str) -> str:
        return f"postgresql://postgres@/{db}?host={self.root}"

    def new_database(self) -> str:
        import psycopg

        name = f"t{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip(_PG_HINT)
    server = PostgresServer(bindir)
    try:
        server.start()
    except (subprocess.CalledProcessError, OSError) as err:
        stderr = getattr(err, "stderr", b"") or b""
        pytest.skip(f"could not start PostgreSQL from {bindir}: {stderr.decode(errors='replace')[:200]}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty knowledge base, on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.new_database()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A fresh, migrated knowledge base on each backend."""
    s = Store.open(db_url)
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh knowledge base on SQLite only (for tests about SQLite or about non-storage logic)."""
    s = Store.open(f"sqlite:///{tmp_path / 'kb.db'}")
    yield s
    s.close()


@pytest.fixture
def new_store(request: pytest.FixtureRequest, db_url: str, tmp_path: Path) -> Iterator:
    """A factory of further empty knowledge bases on the same backend as ``store``."""
    made: list[Store] = []

    def make() -> Store:
        if db_url.startswith("sqlite"):
            url = f"sqlite:///{tmp_path / f'other{len(made)}.db'}"
        else:
            url = request.getfixturevalue("pg_server").new_database()
        s = Store.open(url)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()
