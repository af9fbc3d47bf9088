"""The entity and review commands end to end through the CLI, on hand-built documents."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from letopis.cli import cli
from letopis.cli.entities import COMMANDS
from letopis.model import Document, Mention
from letopis.resolve.corpus import resolve_store
from letopis.store import Store
from letopis.store.documents import add_document

TEXT_A = ("G. I. Myasnikov met Korzhikov and I. I. Korzhikov in Perm. O. Medvedev and S. Medvedev argued; "
          "Medvedev won.")  # fmt: skip
ITEMS_A = [("G. I. Myasnikov", "person"), ("Korzhikov", "person"), ("I. I. Korzhikov", "person"), ("Perm", "place"),
           ("O. Medvedev", "person"), ("S. Medvedev", "person"), ("Medvedev", "person")]  # fmt: skip


def make_doc(path: str, text: str, items: list[tuple[str, str]]) -> Document:
    ms, pos = [], 0
    for name, type_ in items:
        s = text.index(name, pos)
        pos = s + len(name)
        ms.append(Mention(s, pos, name, type_, name))
    return Document(
        path=path, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), mentions=tuple(ms)
    )


def run(db: str, *args: str, ok: bool = True):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with Store.open(url) as store:
        add_document(store, make_doc("docs/a.txt", TEXT_A, ITEMS_A))
        resolve_store(store)
    return url


def by_variant(db: str, text: str) -> dict:
    ents = json.loads(run(db, "entities", "--json").stdout)
    return next(e for e in ents if text in e["variants"])


@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: c.name)
def test_cli_entities_help_has_example(cmd) -> None:  # type: ignore[no-untyped-def]
    assert cmd.help and "Example:" in cmd.help


def test_cli_entities_list_and_mentions(db: str) -> None:
    korzhikov = by_variant(db, "Korzhikov")
    assert set(korzhikov["variants"]) == {"Korzhikov", "I. I. Korzhikov"} and korzhikov["mentions"] == 2
    assert korzhikov["documents"] == [1] and korzhikov["type"] == "person"
    places = json.loads(run(db, "entities", "--type", "place", "--json").stdout)
    assert [p["name"] for p in places] == ["Perm"]
    ms = json.loads(run(db, "mentions", "a.txt", "--json").stdout)
    assert len(ms) == len(ITEMS_A) and {"id", "key", "start", "end", "text", "type", "norm", "entity", "parts",
                                        "date", "attrs"} <= set(ms[0])  # fmt: skip
    assert ms[0]["text"] == "G. I. Myasnikov" and ms[0]["entity"]
    assert "Korzhikov" in run(db, "entities").stdout


def test_cli_entities_review_merge_show_decisions(db: str) -> None:
    queue = json.loads(run(db, "review", "--json").stdout)
    assert len(queue) == 2 and all("[Medvedev]" in q["a"]["context"][0]["text"] + q["b"]["context"][0]["text"]
                                   for q in queue)  # fmt: skip
    a, b = queue[0]["a"]["id"], queue[0]["b"]["id"]
    assert "merged into" in run(db, "merge", a, b, "--note", "same").stdout
    shown = json.loads(run(db, "show", b, "--json").stdout)
    assert shown["id"] == a and shown["redirected"]
    assert f"{b} was merged into {a}" in run(db, "show", b).stdout
    decisions = json.loads(run(db, "decisions", "--json").stdout)
    assert [d["action"] for d in decisions] == ["merge"] and decisions[0]["reason"] == "same"
    assert "1 replayed, 0 stale" in run(db, "resolve").stdout


def test_cli_entities_rename_link_split(db: str) -> None:
    k = by_variant(db, "Korzhikov")
    run(db, "rename", k["id"], "Ilya Korzhikov")
    run(db, "link", k["id"], "wikidata:Q123")
    shown = json.loads(run(db, "show", k["id"], "--json").stdout)
    assert shown["name"] == "Ilya Korzhikov" and shown["external_ids"][0]["value"] == "Q123"
    bare = next(m for m in shown["mentions"] if m["text"] == "Korzhikov")
    out = run(db, "split", k["id"], str(bare["id"])).stdout
    assert "split into" in out
    assert by_variant(db, "Korzhikov")["id"] != k["id"]
    report = json.loads(run(db, "resolve", "--json").stdout)
    assert report["decisions_replayed"] == 3 and report["decisions_stale"] == 0


def test_cli_entities_errors_are_one_line(db: str) -> None:
    result = run(db, "show", "enothing", ok=False)
    assert result.exit_code == 1 and "no such entity" in result.output
    result = run(db, "link", by_variant(db, "Perm")["id"], "Q123", ok=False)
    assert result.exit_code == 1 and "SCHEME:VALUE" in result.output


@pytest.mark.parametrize("ref", ["Perm", "perm", "Пермь"])
def test_cli_entities_show_takes_a_name_in_any_script(tmp_path: Path, ref: str) -> None:
    text = "Korzhikov came to Perm; в Пермь приехал и Кутузов."
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with Store.open(url) as store:
        add_document(store, make_doc("docs/b.txt", text, [("Perm", "place"), ("Пермь", "place")]))
        resolve_store(store)
    shown = json.loads(run(url, "show", ref, "--json").stdout)
    assert shown["type"] == "place"
    assert {"Perm", "Пермь"} <= {n["name"] for group in shown["names"].values() for n in group}
