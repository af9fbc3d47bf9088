"""``letopis eval``: score the recognisers against gold files (no database needed)."""

from __future__ import annotations

from pathlib import Path

import click

from letopis.errors import LetopisError


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--docs", "docs", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder with the documents the gold files name [default: beside GOLD_DIR or docs/].")
@click.option("--lang", type=click.Choice(["auto", "en", "ru"]), default="auto", help="Language of the documents.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.pass_context
def eval_cmd(ctx: click.Context, gold_dir: Path, docs: Path | None, lang: str, as_json: bool) -> None:
    """Score persons, organisations and places against the gold files of GOLD_DIR.

    Each gold file's "document" names the file to analyse; it is looked for beside
    GOLD_DIR, in a docs/ sibling folder, or in --docs DIR.

    Example:

        letopis eval shared/devsets/hipe2020-dev-en/gold --docs shared/devsets/hipe2020-dev-en/docs
    """
    from letopis.evaluate import TYPES, evaluate

    try:
        result = evaluate(gold_dir, docs=docs, lang=None if lang == "auto" else lang)
    except LetopisError as err:
        raise click.ClickException(str(err)) from err
    if as_json:
        from letopis.cli import emit_json

        emit_json(result.as_dict())
        return
    _table(result, TYPES)


def _table(result: object, types: tuple[str, ...]) -> None:
    from rich.table import Table

    from letopis.cli import wide_console

    table = Table(title="letopis eval (entity level: P / R / F1)")
    table.add_column("document")
    for t in types:
        table.add_column(t, justify="right")
    rows = dict(result.per_document)  # type: ignore[attr-defined]
    for name, scores in sorted(rows.items()):
        table.add_row(name, *[_cell(scores[t]) for t in types])
    totals = result.totals  # type: ignore[attr-defined]
    table.add_row("[b]total[/b]", *[_cell(totals[t]) for t in types])
    console = wide_console()
    console.print(table)
    for missing in result.missing:  # type: ignore[attr-defined]
        console.print(f"[yellow]document not found:[/yellow] {missing}")


def _cell(score: object) -> str:
    s = score  # Score
    return f"{s.precision:.2f}/{s.recall:.2f}/{s.f1:.2f}"  # type: ignore[attr-defined]
