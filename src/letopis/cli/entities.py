"""``entities``, ``mentions``, ``review``, ``merge``, ``split``, ``rename``, ``link``, ``show``,
``decisions``, ``resolve``: resolution results and human review from the command line."""

from __future__ import annotations

from typing import Any

import click

from letopis.cli import Context, emit_json, fail, pass_ctx
from letopis.errors import LetopisError
from letopis.model import ENTITY_TYPES


def _run(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except LetopisError as err:
        raise fail(err) from err


@click.command("entities")
@click.option(
    "--type",
    "type_",
    type=click.Choice([t for t in ENTITY_TYPES if t != "date"]),
    default=None,
    help="Only entities of this type.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_ctx
def entities_cmd(ctx: Context, type_: str | None, as_json: bool) -> None:
    """List the entities: id, type, preferred name, every surface form, mentions, documents.

    Example:

        letopis entities --type person
    """
    from letopis.store.cli_queries import list_entity_summaries

    rows = _run(list_entity_summaries, ctx.store, type_)
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        others = [v for v in r["variants"] if v != r["name"]]
        extra = f"  ({'; '.join(others[:6])}{'…' if len(others) > 6 else ''})" if others else ""
        click.echo(f"{r['id']}  {r['type']:<12} {r['mentions']:>4}  {r['name']}{extra}")


@click.command("mentions")
@click.argument("document")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_ctx
def mentions_cmd(ctx: Context, document: str, as_json: bool) -> None:
    """List the mentions of one document (an id or a path) with type, norm and entity.

    Example:

        letopis mentions report-1923.txt --json
    """
    from letopis.store.cli_queries import document_mention_list
    from letopis.store.documents import find_document

    doc_id = _run(find_document, ctx.store, document)
    rows = _run(document_mention_list, ctx.store, doc_id)
    if as_json:
        emit_json(rows)
        return
    for m in rows:
        click.echo(f"{m['start']:>6}-{m['end']:<6} {m['type']:<12} {m['text']!r:<32} -> {m['entity'] or '-'}")


@click.command("review")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option("--limit", type=int, default=None, help="Show at most this many pairs.")
@pass_ctx
def review_cmd(ctx: Context, as_json: bool, limit: int | None) -> None:
    """Show the review queue: doubtful pairs with both entities' names and context side by side.

    Decide with `letopis merge A B` (same referent) or leave them apart.

    Example:

        letopis review --limit 10
    """
    from letopis.store.cli_queries import review_queue_items

    items = _run(review_queue_items, ctx.store, limit=limit)
    if as_json:
        emit_json(items)
        return
    if not items:
        click.echo("the review queue is empty")
    for it in items:
        click.echo(f"#{it['id']}  score {it['score']:.2f}  {it['reason']}")
        for side in ("a", "b"):
            e = it[side]
            click.echo(f"  {side}: {e['id']}  {e['name']}  [{'; '.join(e['names'][:6])}]")
            for c in e["context"]:
                click.echo(f"       {c['text']}")
        click.echo(f"  -> letopis merge {it['a']['id']} {it['b']['id']}")


@click.command("merge")
@click.argument("entities", nargs=-1, required=True)
@click.option("--note", default=None, help="Why (kept in the decision log).")
@pass_ctx
def merge_cmd(ctx: Context, entities: tuple[str, ...], note: str | None) -> None:
    """Merge entities into the first one; the others' ids keep working as redirects.

    Example:

        letopis merge e1a2b3c4d5e e9f8e7d6c5b --note "same man, see the 1922 letter"
    """
    from letopis.review import merge

    survivor = _run(merge, ctx.store, list(entities), note=note)
    click.echo(f"merged into {survivor}")


@click.command("split")
@click.argument("entity")
@click.argument("mentions", nargs=-1, required=True)
@pass_ctx
def split_cmd(ctx: Context, entity: str, mentions: tuple[str, ...]) -> None:
    """Move mentions (ids or keys from `letopis show ENTITY`) out of an entity into a new one.

    Example:

        letopis split e1a2b3c4d5e 412 413
    """
    from letopis.review import split

    new = _run(split, ctx.store, entity, list(mentions))
    click.echo(f"split into {new}")


@click.command("rename")
@click.argument("entity")
@click.argument("name")
@pass_ctx
def rename_cmd(ctx: Context, entity: str, name: str) -> None:
    """Set the preferred name of an entity.

    Example:

        letopis rename e1a2b3c4d5e "Gavriil Ilyich Myasnikov"
    """
    from letopis.review import rename

    eid = _run(rename, ctx.store, entity, name)
    click.echo(f"{eid} is now {name!r}")


@click.command("link")
@click.argument("entity")
@click.argument("external")
@pass_ctx
def link_cmd(ctx: Context, entity: str, external: str) -> None:
    """Attach an external identifier (wikidata:Q..., viaf:...) to an entity.

    Example:

        letopis link e1a2b3c4d5e wikidata:Q4150930
    """
    from letopis.review import link

    eid = _run(link, ctx.store, entity, external)
    click.echo(f"{eid} linked to {external}")


@click.command("show")
@click.argument("entity")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@pass_ctx
def show_cmd(ctx: Context, entity: str, as_json: bool) -> None:
    """Show one entity: names by script and scheme, mentions in context, claims, external ids.

    ENTITY is an id or a name (preferred or any recorded variant); a merged-away id shows the entity
    it was merged into.

    Example:

        letopis show e1a2b3c4d5e
    """
    from letopis.store.claims import find_entity
    from letopis.store.cli_queries import entity_detail

    d = _run(entity_detail, ctx.store, _run(find_entity, ctx.store, entity))
    if as_json:
        emit_json(d)
        return
    if d["redirected"]:
        click.echo(f"{entity} was merged into {d['id']}")
    click.echo(f"{d['id']}  {d['type']}  {d['name']}  ({d['status']}, {d['mention_count']} mentions)")
    for group, items in d["names"].items():
        click.echo(f"  {group}: " + "; ".join(f"{n['name']} ({n['kind']})" for n in items))
    for x in d["external_ids"]:
        click.echo(f"  {x['scheme']}:{x['value']}")
    for m in d["mentions"]:
        click.echo(f"  [{m['id']}] doc {m['document']}: {m['context']}")
    for c in d["claims"]:
        click.echo(
            f"  claim {c['id']}: {c['subject']} {c['predicate']} {c['object'] or c['literal']} ({c['hedge']}, {c['status']})"
        )


@click.command("decisions")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_ctx
def decisions_cmd(ctx: Context, as_json: bool) -> None:
    """List the review decisions, oldest first, with their status (applied or stale).

    Example:

        letopis decisions --json
    """
    from letopis.store.decisions import list_decisions

    rows = _run(list_decisions, ctx.store)
    if as_json:
        emit_json(rows)
        return
    for d in rows:
        p = d["payload"]
        what = p.get("name") or p.get("claim") or p.get("value") or ", ".join(
            e.get("name", "") for e in p.get("entities", [])) or p.get("entity", "")  # fmt: skip
        click.echo(
            f"{d['id']:>4}  {d['created_at'][:19]}  {d['actor']:<10} {d['action']:<7} {d['status']:<8} {what}"
        )


@click.command("resolve")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_ctx
def resolve_cmd(ctx: Context, as_json: bool) -> None:
    """Re-run resolution over the whole knowledge base and replay every review decision.

    Example:

        letopis resolve
    """
    from letopis.resolve.corpus import resolve_store

    report = _run(resolve_store, ctx.store)
    if as_json:
        emit_json(report.as_dict())
        return
    click.echo(
        f"{report.mentions} mentions -> {report.entities} entities; {report.merges_auto} spellings merged, "
        f"{report.queued} pairs to review; decisions: {report.decisions_replayed} replayed, "
        f"{report.decisions_stale} stale; {report.seconds:.2f} s"
    )
    for did in report.stale:
        click.echo(f"stale decision {did}: its mentions are gone (see `letopis decisions`)")


COMMANDS = [entities_cmd, mentions_cmd, review_cmd, merge_cmd, split_cmd, rename_cmd, link_cmd, show_cmd,
            decisions_cmd, resolve_cmd]  # fmt: skip
