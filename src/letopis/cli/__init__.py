"""The ``letopis`` command: a thin click layer over the public functions.

Each command module registers its commands on the group below; library
errors (LetopisError) become one-line ``click.ClickException`` messages.
Every ``--json`` output is a plain JSON list or object on stdout, nothing else.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Optional

import click
from rich.console import Console

from letopis.errors import LetopisError
from letopis.store import Store


class Context:
    """What every command gets: the ``--db`` URL and a lazily opened Store."""

    def __init__(self, db: Optional[str]) -> None:
        self.db = db
        self._store: Optional[Store] = None

    @property
    def store(self) -> Store:
        if self._store is None:
            try:
                self._store = Store.open(self.db)
            except LetopisError as err:
                raise click.ClickException(str(err)) from err
        return self._store


pass_ctx = click.make_pass_decorator(Context)


def emit_json(data: Any) -> None:
    """Print ``data`` as JSON on stdout (UTF-8, stable key order, ISO dates)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def wide_console() -> Console:
    """A console for tables: the terminal's width, or 160 columns when stdout is a pipe or a file."""
    console = Console()
    return console if console.is_terminal else Console(width=160)


def fail(err: LetopisError) -> "click.ClickException":
    """Translate a library error for the command line."""
    return click.ClickException(str(err))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="LETOPIS_DB",
    default=None,
    metavar="URL",
    help="Knowledge base: sqlite:///kb.db, postgresql://user@host/db or a file path "
    "[default: $LETOPIS_DB, else letopis.db here].",
)
@click.version_option(package_name="letopis")
@click.pass_context
def cli(ctx: click.Context, db: Optional[str]) -> None:
    """letopis: a source-critical knowledge base from historical documents.

    Example:

        letopis ingest ../shared/corpus && letopis serve
    """
    ctx.obj = Context(db)


def _register() -> None:
    """Add the commands: some modules decorate with ``@cli.command``, the others export ``COMMANDS``."""
    from letopis.cli import claims, corpus, entities, eval, export, serve  # noqa: F401

    for cmd in (eval.eval_cmd, *entities.COMMANDS, *claims.COMMANDS, *serve.COMMANDS):
        cli.add_command(cmd)


_register()


def main() -> None:
    """Console-script entry point."""
    try:
        cli(standalone_mode=True)
    except LetopisError as err:  # anything a command did not translate itself
        click.echo(f"Error: {err}", err=True)
        sys.exit(1)
