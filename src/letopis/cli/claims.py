"""``claims``, ``accept``, ``reject``: reading sourced claims and recording review decisions."""

from __future__ import annotations

from typing import Any

import click
from rich.table import Table

from letopis.cli import Context, emit_json, fail, pass_ctx, wide_console
from letopis.errors import LetopisError
from letopis.model import HEDGES


@click.command("claims")
@click.argument("entity", required=False)
@click.option("--predicate", default=None, help="Only claims with this predicate (member_of, leader_of, ...).")
@click.option("--hedge", type=click.Choice(list(HEDGES)), default=None, help="Only claims with this hedge.")
@click.option("--contested", is_flag=True, help="Only claims another source contradicts.")
@click.option("--document", type=int, default=None, help="Only claims from this document id.")
@click.option("--json", "as_json", is_flag=True, help="Print the claims as a JSON list.")
@pass_ctx
def claims_cmd(ctx: Context, entity: str | None, predicate: str | None, hedge: str | None,
               contested: bool, document: int | None, as_json: bool) -> None:
    """List claims (factoids) with hedge, attribution and evidence.

    ENTITY is an entity id or name: only claims about it (merged ids are followed).

    Example:

        letopis claims "Workers' Group" --predicate member_of --hedge probable
    """
    from letopis.store.claims import find_entity, list_claims

    try:
        eid = find_entity(ctx.store, entity) if entity else None
        rows = list_claims(ctx.store, entity=eid, predicate=predicate, hedge=hedge,
                           contested=True if contested else None, document=document)
    except LetopisError as err:
        raise fail(err) from err
    if as_json:
        emit_json(rows)
        return
    _print_table(rows)


def _print_table(rows: list[dict[str, Any]]) -> None:
    table = Table()
    table.add_column("id", no_wrap=True, min_width=12)  # whole: `letopis accept ID` needs it
    for name, width in (("subject", 12), ("predicate", 10), ("object", 12), ("hedge", 9), ("said by", 8),
                        ("status", 7)):
        table.add_column(name, min_width=width)
    table.add_column("evidence", overflow="fold", min_width=24, ratio=1)
    for r in rows:
        obj = r["object"].get("name") or r["object"].get("value") or ""
        pred = r["predicate"] + (" (former)" if r.get("former") else "") + ("" if r["polarity"] else " (not)")
        voices = " > ".join(v["name"] for v in r["attribution"][1:]) or "author"
        flags = ("contested " if r["contested"] else "") + ("corroborated" if r["corroborated"] else "")
        quote = " ".join((r["evidence"] or {}).get("quote", "").split())
        table.add_row(r["id"], r["subject"]["name"] or "", pred, obj, r["hedge"], voices,
                      (r["status"] + " " + flags).strip(), quote[:160])
    wide_console().print(table)
    click.echo(f"{len(rows)} claims", err=True)


def _decide(ctx: Context, claim: str, action: str, note: str | None) -> None:
    from letopis.store.claims import set_status

    try:
        decision = set_status(ctx.store, claim, action, note)
    except LetopisError as err:
        raise fail(err) from err
    click.echo(f"{claim}: {action}ed (decision {decision})")


@click.command("accept")
@click.argument("claim")
@click.option("--note", default=None, help="Why (kept in the decision log).")
@pass_ctx
def accept_cmd(ctx: Context, claim: str, note: str | None) -> None:
    """Accept a claim: record the decision and mark it accepted.

    Example:

        letopis accept c1a2b3c4d5e6 --note "confirmed in the protocol"
    """
    _decide(ctx, claim, "accept", note)


@click.command("reject")
@click.argument("claim")
@click.option("--note", default=None, help="Why (kept in the decision log).")
@pass_ctx
def reject_cmd(ctx: Context, claim: str, note: str | None) -> None:
    """Reject a claim: record the decision and mark it rejected.

    Example:

        letopis reject c1a2b3c4d5e6 --note "misread apposition"
    """
    _decide(ctx, claim, "reject", note)


COMMANDS = [claims_cmd, accept_cmd, reject_cmd]
