"""``letopis export FORMAT OUT`` and ``letopis import FORMAT IN``."""

from __future__ import annotations

from pathlib import Path

import click

from letopis.cli import Context, cli, fail, pass_ctx
from letopis.errors import LetopisError


@cli.group("export")
def export_group() -> None:
    """Write the knowledge base (or part of it) to files.

    Example:

        letopis export json kb.json
    """


@export_group.command("json")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
def export_json_cmd(ctx: Context, out: Path) -> None:
    """Write the whole knowledge base as one JSON file (lossless; see ``import json``).

    Example:

        letopis export json kb.json
    """
    from letopis.store.transfer import export_json

    try:
        counts = export_json(ctx.store, out)
    except LetopisError as err:
        raise fail(err) from err
    click.echo(f"wrote {out}: " + ", ".join(f"{n} {t}" for t, n in counts.items() if n), err=True)


@cli.group("import")
def import_group() -> None:
    """Read files back into the knowledge base.

    Example:

        letopis --db new.db import json kb.json
    """


@import_group.command("json")
@click.argument("src", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_ctx
def import_json_cmd(ctx: Context, src: Path) -> None:
    """Load a JSON export into an EMPTY knowledge base, giving back the same knowledge base.

    Example:

        letopis --db copy.db import json kb.json
    """
    from letopis.store.transfer import import_json

    try:
        counts = import_json(ctx.store, src)
    except LetopisError as err:
        raise fail(err) from err
    click.echo(f"imported {src}: " + ", ".join(f"{n} {t}" for t, n in counts.items() if n), err=True)
