"""The document reader's layout: segments cut into plain, mention and footnote-marker pieces.

Pieces are plain data (text plus what it is); the template escapes every text,
so no document text ever reaches the page as markup.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

Span = tuple[int, int, str, int]


def _spans(doc: dict[str, Any], mentions: list[dict[str, Any]]) -> list[Span]:
    """(start, end, kind, index) of mentions and footnote markers, outer spans first."""
    spans = [(m["start"], m["end"], "m", i) for i, m in enumerate(mentions) if m["end"] > m["start"]]
    spans += [(f["marker_start"], f["marker_end"], "fn", i) for i, f in enumerate(doc["footnote_list"])]
    spans.sort(key=lambda s: (s[0], -s[1], s[2] != "fn"))
    return spans


def _forest(spans: list[Span]) -> list[tuple[Span, list[Any]]]:
    """Nest spans (a person inside an organisation's name); spans that cross another are dropped."""
    roots: list[tuple[Span, list[Any]]] = []
    stack: list[tuple[Span, list[Any]]] = []
    for sp in spans:
        while stack and stack[-1][0][1] <= sp[0]:
            stack.pop()
        if stack and sp[1] > stack[-1][0][1]:
            continue  # crosses its enclosing span
        node: tuple[Span, list[Any]] = (sp, [])
        (stack[-1][1] if stack else roots).append(node)
        stack.append(node)
    return roots


def _pieces(
    text: str, start: int, end: int, nodes: list[tuple[Span, list[Any]]], ctx: dict[str, Any]
) -> list[dict[str, Any]]:
    pieces: list[dict[str, Any]] = []
    pos = start
    for (s, e, kind, i), children in nodes:
        if s < start or e > end:
            continue
        if s > pos:
            pieces.append({"text": text[pos:s]})
        piece: dict[str, Any] = {"text": text[s:e], "children": _pieces(text, s, e, children, ctx) if children else []}
        if kind == "m":
            piece["mention"] = ctx["mentions"][i]
        else:
            piece["footnote"] = {"marker": i, "note": ctx["notes"][i]}
        pieces.append(piece)
        pos = max(pos, e)
    if pos < end:
        pieces.append({"text": text[pos:end]})
    return pieces


def layout(doc: dict[str, Any], mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The segments of ``doc`` in reading order, each with its (nested) pieces and footnote back-links."""
    text = doc["text"]
    forest = _forest(_spans(doc, mentions))
    backlinks: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(doc["footnote_list"]):
        backlinks[f["note_segment"]].append(i)
    ctx = {"mentions": mentions, "notes": {i: f["note_segment"] for i, f in enumerate(doc["footnote_list"])}}
    segs = []
    k = 0
    for seg in doc["segment_list"]:
        while k < len(forest) and forest[k][0][0] < seg["start"]:
            k += 1
        j = k
        while j < len(forest) and forest[j][0][1] <= seg["end"]:
            j += 1
        if seg["kind"] == "chrome":
            continue
        segs.append(
            {"idx": seg["idx"], "kind": seg["kind"], "label": seg["label"],
             "pieces": _pieces(text, seg["start"], seg["end"], forest[k:j], ctx),
             "backlinks": backlinks.get(seg["idx"], [])}
        )  # fmt: skip
    if not doc["segment_list"] and text:
        segs.append({"idx": 0, "kind": "paragraph", "label": None, "pieces": [{"text": text}], "backlinks": []})
    return segs
