"""``init``, ``ingest``, ``documents``, ``stats``: building and describing the corpus."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from letopis.cli import Context, cli, emit_json, pass_ctx, wide_console

err_console = Console(stderr=True)


@cli.command("init")
@pass_ctx
def init_cmd(ctx: Context) -> None:
    """Create (or migrate) the knowledge base.

    Example:

        letopis --db sqlite:///kb.db init
    """
    store = ctx.store
    click.echo(f"knowledge base ready: {store.engine.url.render_as_string(hide_password=True)}")


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A manifest.csv or manifest.json with the documents' metadata.")
@click.option("--lang", type=click.Choice(["auto", "en", "ru"]), default="auto", show_default=True,
              help="Language of the documents (auto: the manifest, then the script of the text).")
@click.option("--no-analyse", is_flag=True, help="Only ingest, segment and store (no recognition or claims).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_ctx
def ingest_cmd(
    ctx: Context, paths: tuple[Path, ...], manifest: Optional[Path], lang: str, no_analyse: bool, as_json: bool
) -> None:
    """Ingest files and folders (txt, md, html, pdf, docx; folders recursively).

    A manifest.csv or manifest.json beside the files supplies titles, dates,
    authors and languages. Each bad file gets one line (file: reason); the rest
    of the batch goes on, and the exit status is 1 if anything failed.

    Example:

        letopis ingest ../shared/corpus
    """
    from letopis.ingest import discover
    from letopis.pipeline import ingest

    store = ctx.store
    sources = discover(list(paths), manifest)
    errors: list[str] = []
    with Progress(
        TextColumn("[bold]ingest[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err_console,
        disable=len(sources) <= 1,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=len(sources))

        def on_source(source, added, error):  # type: ignore[no-untyped-def]
            if error:
                progress.console.print(error, style="red", markup=False, highlight=False, soft_wrap=True)
                errors.append(error)
            progress.update(task, advance=1, description=Path(source.display).name)

        report = ingest(
            store, list(paths), manifest=manifest, lang=lang, analyse=not no_analyse, on_source=on_source,
            sources=sources,
        )
    summary = report.as_dict()
    if as_json:
        emit_json(summary)
    else:
        click.echo(
            f"{summary['documents']} documents ({summary['new']} new, {summary['new_versions']} new versions, "
            f"{summary['unchanged']} unchanged), {summary['segments']} segments, {summary['words']} words, "
            f"{len(report.failures)} failures",
            err=True,
        )
    if report.failures:
        sys.exit(1)


@cli.command("documents")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_ctx
def documents_cmd(ctx: Context, as_json: bool) -> None:
    """List the documents of the knowledge base.

    Example:

        letopis documents --json
    """
    from letopis.store.documents import list_documents

    docs = list_documents(ctx.store)
    if as_json:
        emit_json(docs)
        return
    table = Table("id", "title", "date", "lang", "segments", "words", "footnotes", "path")
    for d in docs:
        table.add_row(str(d["id"]), d["title"][:60], d["date"] or "", d["language"] or "", str(d["segments"]),
                      str(d["words"]), str(d["footnotes"]), d["path"])
    wide_console().print(table)


@cli.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@pass_ctx
def stats_cmd(ctx: Context, as_json: bool) -> None:
    """Counts: documents, segments, words, footnotes, mentions, claims, entities (total and per document).

    Example:

        letopis stats --json
    """
    from letopis.store.documents import stats

    data = stats(ctx.store)
    if as_json:
        emit_json(data)
        return
    click.echo(
        f"{data['documents']} documents, {data['segments']} segments, {data['words']} words, "
        f"{data['footnotes']} footnotes, {data['mentions']} mentions, {data['entities']} entities, "
        f"{data['claims']} claims"
    )
    table = Table("id", "title", "segments", "words", "footnotes", "mentions", "claims")
    for d in data["per_document"]:
        table.add_row(str(d["id"]), d["title"][:60], str(d["segments"]), str(d["words"]), str(d["footnotes"]),
                      str(d["mentions"]), str(d["claims"]))
    wide_console().print(table)
