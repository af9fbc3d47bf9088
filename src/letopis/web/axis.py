"""Placing dated items on a time axis (SVG coordinates; no inline styles needed)."""

from __future__ import annotations

import re
from typing import Any

WIDTH = 1200.0
LANE_HEIGHT = 20
CHAR = 6.4  # average width of a label character at the timeline's font size
_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def to_year(iso: str | None, end: bool = False) -> float | None:
    """An ISO date (1923, 1923-09, 1923-09-01) as a fractional year; ``end`` takes the end of the unit."""
    if not iso:
        return None
    m = _ISO.match(iso)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return year + (1.0 if end else 0.0)
    mo = int(month) - 1
    if day is None:
        return year + (mo + (1 if end else 0)) / 12
    return year + (mo + (int(day) - (0 if end else 1)) / 31) / 12


def _ticks(lo: float, hi: float) -> list[dict[str, Any]]:
    span = hi - lo
    step = 1 if span <= 15 else 5 if span <= 60 else 10 if span <= 150 else 50
    first = int(lo) - int(lo) % step
    out = []
    y = first
    while y <= hi:
        if y >= lo:
            out.append({"x": round((y - lo) / span * WIDTH, 1), "label": str(y)})
        y += step
    return out


def place_items(claims: list[dict[str, Any]], dates: list[dict[str, Any]]) -> dict[str, Any]:
    """Items with x, width and lane; the axis range and year ticks."""
    raw = []
    for c in claims:
        t = c["time"]
        pred = ("not " if not c.get("polarity", True) else "") + c["predicate"].replace("_", " ")
        label = f"{(c['subject'] or {}).get('name', '?')} {pred} {(c['object'] or {}).get('name') or ''}"
        raw.append(("claim", t["start"], t.get("end"), t.get("precision"), label.strip(), c))
    for d in dates:
        raw.append(("date", d["start"], d["end"], d["precision"], d["text"], d))
    spans = [(to_year(s), to_year(e or s, end=True)) for _, s, e, *_ in raw]
    known = [(a, b) for a, b in spans if a is not None]
    if not known:
        return {"items": [], "ticks": [], "height": 40, "width": WIDTH}
    lo = min(a for a, _ in known)
    hi = max(b or a for a, b in known)
    lo, hi = float(int(lo)), float(int(hi) + (0 if hi == int(hi) else 1))
    if hi - lo < 1:
        hi = lo + 1
    items: list[dict[str, Any]] = []
    lanes: dict[str, list[list[tuple[float, float]]]] = {"claim": [], "date": []}
    for (kind, s, e, precision, label, src), (a, b) in sorted(zip(raw, spans), key=lambda p: p[1][0] or 0):
        if a is None:
            continue
        x = (a - lo) / (hi - lo) * WIDTH
        w = max(3.0, ((b or a) - a) / (hi - lo) * WIDTH)
        fits = int((w - 8) / CHAR)
        text = label if len(label) <= max(40, fits) else label[: max(40, fits) - 1] + "…"
        tw = CHAR * len(text) + 8
        place = "inside" if w >= tw else "right" if x + w + tw <= WIDTH else "left"
        left = x - tw if place == "left" else x
        right = x + w + (tw if place == "right" else 0)
        lane = _lane(lanes[kind], left, right)
        tx = x + 4 if place == "inside" else x + w + 4 if place == "right" else x - 4
        items.append({"kind": kind, "x": round(x, 1), "w": round(w, 1), "lane": lane, "label": label, "text": text,
                      "tx": round(tx, 1), "anchor": "end" if place == "left" else "start", "place": place,
                      "precision": precision, "start": s, "end": e, "ref": _ref(kind, src)})  # fmt: skip
    lanes_end = lanes
    nclaim = len(lanes_end["claim"])
    for it in items:
        offset = 0 if it["kind"] == "claim" else nclaim + 1
        it["y"] = 30 + (it["lane"] + offset) * LANE_HEIGHT
    height = 50 + (nclaim + len(lanes_end["date"]) + 1) * LANE_HEIGHT
    return {"items": items, "ticks": _ticks(lo, hi), "height": height, "width": WIDTH, "from": lo, "to": hi}


def _lane(lanes: list[list[tuple[float, float]]], left: float, right: float) -> int:
    """The first lane where [left, right] overlaps nothing already placed."""
    for i, spans in enumerate(lanes):
        if all(right + 6 <= a or left >= b + 6 for a, b in spans):
            spans.append((left, right))
            return i
    lanes.append([(left, right)])
    return len(lanes) - 1


def _ref(kind: str, src: dict[str, Any]) -> dict[str, Any]:
    if kind == "claim":
        ev = src.get("evidence") or {}
        return {"claim": src["id"], "hedge": src["hedge"], "status": src["status"],
                "document": src["document"]["id"], "start": ev.get("start"),
                "subject": (src["subject"] or {}).get("id")}  # fmt: skip
    return {"mention": src["id"], "document": src["document"]}
