"""``letopis export FORMAT OUT`` (json, tei, gexf, csv, jsonld) and ``letopis import FORMAT IN`` (json, csv)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from letopis.cli import Context, cli, emit_json, fail, pass_ctx
from letopis.errors import LetopisError
from letopis.model import HEDGES


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


@export_group.command("tei")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--document", "document", default=None, metavar="ID",
              help="Only this document (an id or path as `letopis documents` shows it).")
@pass_ctx
def export_tei_cmd(ctx: Context, out_dir: Path, document: Optional[str]) -> None:
    """Write TEI P5: one file per document (text, names, dates, notes, claims) and prosopography.xml.

    Every file validates against src/letopis/export/schemas/tei_letopis.rng.

    Example:

        letopis export tei tei/ --document 3
    """
    from letopis.export.tei import export_tei

    try:
        res = export_tei(ctx.store, out_dir, document)
    except LetopisError as err:
        raise fail(err) from err
    click.echo(f"wrote {len(res.files)} files to {out_dir}: {res.documents} documents, {res.entities} entities, "
               f"{res.relations} relations", err=True)


@export_group.command("gexf")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--min-hedge", type=click.Choice(list(HEDGES)), default="suspected", show_default=True,
              help="Keep claims at least this sure (asserted > probable > reported > suspected > denied > refuted).")
@pass_ctx
def export_gexf_cmd(ctx: Context, out: Path, min_hedge: str) -> None:
    """Write the entity network as GEXF 1.3 (for Gephi): entities as nodes, claims as weighted edges.

    Example:

        letopis export gexf network.gexf --min-hedge reported
    """
    from letopis.export.gexf import export_gexf

    try:
        counts = export_gexf(ctx.store, out, min_hedge)
    except LetopisError as err:
        raise fail(err) from err
    click.echo(f"wrote {out}: {counts['nodes']} nodes, {counts['edges']} edges", err=True)


@export_group.command("csv")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@pass_ctx
def export_csv_cmd(ctx: Context, out_dir: Path) -> None:
    """Write documents.csv, entities.csv, names.csv, mentions.csv and claims.csv (spreadsheet-safe UTF-8).

    Edit entities.csv (new_name, merge_into) or add rows to names.csv, then `letopis import csv`.

    Example:

        letopis export csv sheets/
    """
    from letopis.export.csv_export import export_csv

    try:
        counts = export_csv(ctx.store, out_dir)
    except LetopisError as err:
        raise fail(err) from err
    click.echo(f"wrote {out_dir}: " + ", ".join(f"{n} {t}" for t, n in counts.items()), err=True)


@export_group.command("jsonld")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--base", default="urn:letopis:", show_default=True, metavar="IRI",
              help="Base of the identifiers (e.g. https://example.org/kb/).")
@pass_ctx
def export_jsonld_cmd(ctx: Context, out: Path, base: str) -> None:
    """Write entities and claims as JSON-LD (schema.org entities, claims as reified statements).

    Example:

        letopis export jsonld kb.jsonld
    """
    from letopis.export.jsonld import export_jsonld

    try:
        counts = export_jsonld(ctx.store, out, base)
    except LetopisError as err:
        raise fail(err) from err
    click.echo(f"wrote {out}: " + ", ".join(f"{n} {t}" for t, n in counts.items()), err=True)


@import_group.command("csv")
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show the decisions without applying them.")
@click.option("--json", "as_json", is_flag=True, help="Print the decisions as JSON.")
@pass_ctx
def import_csv_cmd(ctx: Context, in_dir: Path, dry_run: bool, as_json: bool) -> None:
    """Apply an edited entities.csv / names.csv (from `export csv`) as review decisions.

    entities.csv: a `new_name` (or an edited `name`) renames the entity; a `merge_into`
    id merges the row's entity into that one. names.csv: a row with a new name adds it
    as an alias. Removing rows does nothing.

    Example:

        letopis import csv sheets/
    """
    from letopis.export.csv_import import import_csv

    try:
        report = import_csv(ctx.store, in_dir, dry_run=dry_run)
    except LetopisError as err:
        raise fail(err) from err
    if as_json:
        emit_json(report.as_dict())
        return
    for line in report.lines():
        click.echo(line)
    click.echo(report.summary(), err=True)
