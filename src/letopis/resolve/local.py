"""What one document says about its own person mentions, before and after corpus clustering.

The clustering core sees mentions as bare name parts; a reader also sees where each
mention stands in its document. These rules use that, each inside one document only (rule 1 lives in
:mod:`letopis.resolve.given_names`):

1. **A lone given name** ("Arkady") of a person whose full name is in the same document
   ("Arkady Zelentsov") takes that person's surname, when exactly one full-named person of
   the document has that given name and nobody in the document has it as a surname. A given
   name with a patronymic ("Leonid Naumovich") does the same, and when no full name has that
   given name it takes the surname of the one person whose two initials it spells ("L. N. Berkov"). A
   patronymic alone, the familiar address ("Kuzmich"), is the one person of the document with it.
   Persons named without a surname by forms of one given name ("Vasya", "Vasily"; "Dusya",
   "Evdokia Petrovna") are one person of the document, unless two patronymics differ.
2. **An oblique case in a transliterated Russian phrase**: a Latin surname form that may be a
   female form or a male genitive ("Sirotkina", "Sirotkinoi") is marked ``OBLIQUE`` when
   it stands inside a Russian phrase, governed by the lowercase word before it ("ob ideiakh
   P.S. Sirotkina v rabochikh kruzhkakh"); ``persons.Cluster.fit`` then lets it join a man only when
   its initials agree with his given name. In English prose it stays a doubt.
3. **A fuller form introduced late and apart**: when a document uses a bare surname
   ("Kolobov", again and again) and only after its last use, in a passage where the bare
   surname does not occur, gives a fuller form ("Kolobov T."), the bare mentions are not
   taken as proof that it is the same person: they are held apart and the pair goes to the
   review queue. A fuller form that comes first ("T. Kolobov" ... "Kolobov"), stands among
   the bare mentions ("Kolobov ... T. Kolobov ... Kolobov"), or is followed by further bare
   mentions ("Kolobov ... Taras Kolobov ... Kolobov") is the usual way of writing and merges.

   A bare surname in a heading (a one-line paragraph without final punctuation, or a Markdown
   heading) is not such a use: a title names its subject briefly before the text introduces it.
4. **A Russian oblique case of a man known in the document**: a bare Cyrillic surname form that
   may be a woman's nominative or a man's genitive («на квартире Вершинина») and that the
   recogniser left undecided is read as the man's when the same document has a man of that
   surname («Павла Андреевича Вершинина», «Вершинин») and no woman of it («Анна Вершинина»).

5. **An OCR slip of a surname**: two forms of one surname in one document that differ by one
   letter print recognition confuses ("Crandall", "Craudall") are one surname, the form written
   more often (``letopis.resolve.ocr``). One-word names of places and bodies slip the same way
   ("Kovrlnsk", "Kovrinsk").

6. **A body's short name**: "the Fishery Board" names the one body of the document called "Fishery
   Board of ..." ("of the Okrug"), when no second body of the document is called so.

7. **Two surnames** ("Mercedes Aldabe Urrutia" called "Aldabe", "M. Aldabe", "Aldabe Urrutia"): the first
   surname alone names the one person of the document with it (``letopis.resolve.double_surnames``).

No rule uses a list of names: only name parts, word shapes and positions.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from letopis.resolve.cluster import Clustering
from letopis.resolve.double_surnames import double_surname_rows
from letopis.resolve.given_names import lone_given_names, same_given_rows
from letopis.resolve.ocr import slips
from letopis.resolve.persons import OBLIQUE, Signature, person_sig
from letopis.resolve.translit import has_cyrillic

# Paragraph breaks: a blank line (text, Markdown, PDF pages joined by a blank line).
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[A-Za-z'’ʹ-]+")
# Common English words: one of them near a mention means English prose, not a Russian phrase.
_ENGLISH = frozenset(
    "the of and in to a an by for with from on at as is was were are his her their its this that "
    "which who see also under into about after before between during against".split()
)
# Short Russian words in transliteration (prepositions, conjunctions, particles).
_RUSSIAN_SHORT = frozenset("v vo i o ob na po ot k ko s so iz za do dlia ili li kak ne pri bez".split())
# Word endings of transliterated Russian (adjective and noun case endings, plural genitives).
_RUSSIAN_END = re.compile(
    r"(?:ii|yi|oi|aia|iia|ogo|ego|ykh|ikh|akh|iakh|ami|iami|ovoi|evoi|nye|nykh|skoi|tsii|sti|stvo|stva)$"
)
_CASE_FORM = re.compile(r"(?:ova|eva|ina|yna|skaia|skaya|skoi|ovoi|evoi|inoi)$", re.IGNORECASE)
WINDOW = 80
REASON_LATE = "same surname; the bare surname is used before and apart from the fuller form"
NEAR = 1  # paragraphs either side of a fuller form where a bare mention counts as "among" it


class Mentionish(Protocol):
    """What the rules read of a mention (``MentionRecord`` has it)."""

    document_id: int
    start: int
    end: int
    text: str
    type: str


def prepare_rows(recs: Sequence[Mentionish], rows: list[tuple], texts: dict[int, str]) -> list[tuple]:
    """``rows`` (the core's tuples, one per record) with rules 1, 2, 4, 5, 6 and 7 applied."""
    out = list(rows)
    for i in oblique_rows(recs, rows, texts):
        r = out[i]
        out[i] = (*r[:7], OBLIQUE, *r[8:])
    for i in male_oblique_rows(recs, out):
        r = out[i]
        out[i] = (*r[:7], "m", *r[8:])
    for i, (given, surname) in lone_given_names(recs, out).items():
        r = out[i]
        out[i] = (r[0], r[1], r[2], given, r[4], surname, None, None, *r[8:])
    for i, (given, surname) in double_surname_rows(recs, out).items():
        r = out[i]
        out[i] = (r[0], r[1], r[2], given, None, surname, None, None, *r[8:])
    for i, best in same_given_rows(recs, out).items():
        r = out[i]
        out[i] = (r[0], r[1], *out[best][2:8], *r[8:])  # the name parts of the fullest form
    for i, surname in ocr_slip_rows(recs, out).items():
        r = out[i]
        out[i] = (*r[:5], surname, *r[6:])
    for i, norm in ocr_slip_things(recs, out).items():
        out[i] = (out[i][0], out[i][1], norm, *out[i][3:])
    for i, norm in short_body_rows(recs, out).items():
        out[i] = (out[i][0], out[i][1], norm, *out[i][3:])
    return out


_THE = re.compile(r"^the\s+", re.IGNORECASE)


def short_body_rows(recs: Sequence[Mentionish], rows: Sequence[tuple]) -> dict[int, str]:
    """Row index -> the full name ("Fishery Board of the Okrug") a body's short name stands for (rule 6)."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "organisation" and not r[8] and r[2]:
            by_doc[recs[i].document_id].append(i)
    out: dict[int, str] = {}
    for idx in by_doc.values():
        keys = {i: _THE.sub("", rows[i][2]).lower() for i in idx}
        full: dict[str, set[str]] = defaultdict(set)
        first: dict[str, str] = {}
        for i in idx:
            head, of, _ = keys[i].partition(" of ")
            if of and head:
                full[head].add(keys[i])
                first.setdefault(keys[i], rows[i][2])
        for i in idx:
            names = full.get(keys[i], set())
            if len(names) == 1 and " of " not in keys[i]:
                out[i] = first[next(iter(names))]
    return out


def ocr_slip_rows(recs: Sequence[Mentionish], rows: Sequence[tuple]) -> dict[int, str]:
    """Row index -> the surname its misread form stands for, within each document (rule 5)."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "person" and r[5]:
            by_doc[recs[i].document_id].append(i)
    out: dict[int, str] = {}
    for idx in by_doc.values():
        found = slips(rows[i][5] for i in idx)
        written = {}
        for i in idx:
            written.setdefault(rows[i][5].lower(), rows[i][5])
        for i in idx:
            kept = found.get(rows[i][5].lower())
            if kept:
                out[i] = written[kept]
    return out


def ocr_slip_things(recs: Sequence[Mentionish], rows: Sequence[tuple]) -> dict[int, str]:
    """Row index -> the norm a misread one-word place or body name stands for, within each document."""
    by_doc: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] in ("place", "organisation", "enterprise") and not r[8] and r[2] and " " not in r[2] and \
                r[2].isascii() and r[2][:1].isupper():
            by_doc[(recs[i].document_id, r[0])].append(i)
    out: dict[int, str] = {}
    for idx in by_doc.values():
        found = slips(rows[i][2] for i in idx)
        written: dict[str, str] = {}
        for i in idx:
            if not rows[i][2].isupper():
                written.setdefault(rows[i][2].lower(), rows[i][2])
        for i in idx:
            kept = found.get(rows[i][2].lower())
            if kept and kept in written:
                out[i] = written[kept]
    return out


# ---- rule 2: oblique cases in transliterated Russian -------------------------------------------


def oblique_rows(recs: Sequence[Mentionish], rows: Sequence[tuple], texts: dict[int, str]) -> list[int]:
    """Indexes of Latin person mentions whose ``-a``/``-oi`` surname form stands in a Russian phrase."""
    out = []
    for i, r in enumerate(rows):
        if r[0] != "person":
            continue
        rec = recs[i]
        last = rec.text.split()[-1] if rec.text.split() else ""
        if not _CASE_FORM.search(last) or not last.isascii() or r[3]:  # a given name decides
            continue
        text = texts.get(rec.document_id)
        if text and in_russian_phrase(text, rec.start, rec.end):
            out.append(i)
    return out


def in_russian_phrase(text: str, start: int, end: int) -> bool:
    """True when the span is governed by a lowercase word and surrounded by transliterated Russian."""
    before = text[max(0, start - WINDOW) : start]
    after = text[end : end + WINDOW]
    # governed: the span follows a lowercase word directly (no punctuation between)
    m = re.search(r"([a-z][a-z'’ʹ-]*|[A-Z]{2,})\s+$", before)
    if m is None:
        return False
    words = [w.lower() for w in _WORD.findall(before) + _WORD.findall(after)]
    english = sum(1 for w in words if w in _ENGLISH)
    russian = sum(1 for w in words if w in _RUSSIAN_SHORT or (len(w) > 3 and _RUSSIAN_END.search(w)))
    return russian >= 3 and russian >= 4 * english


# ---- rule 4: a Russian oblique case of a man known in the document ----------------------------


def male_oblique_rows(recs: Sequence[Mentionish], rows: Sequence[tuple]) -> list[int]:
    """Indexes of bare Cyrillic ``f?`` surname forms of a man of the same document (and no woman)."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "person":
            by_doc[recs[i].document_id].append(i)
    out = []
    for idx in by_doc.values():
        men: set[str] = set()
        women: set[str] = set()
        doubtful: list[tuple[int, str]] = []
        for i in idx:
            sig = person_sig(rows[i])
            if not sig.surname:
                continue
            if sig.gender == "m":
                men.add(sig.surname)
            elif sig.gender == "f":
                women.add(sig.surname)
            elif sig.gender == "f?" and _bare(sig) and not sig.oblique and has_cyrillic(recs[i].text):
                doubtful.append((i, sig.surname))
        out.extend(i for i, key in doubtful if key in men and key not in women)
    return out


# ---- rule 3: a fuller form introduced late and apart ------------------------------------------------


def late_fuller_forms(
    recs: Sequence[Mentionish], rows: Sequence[tuple], labels: Sequence[int], texts: dict[int, str]
) -> list[tuple[list[int], int]]:
    """(bare row indexes, label of the fuller form) to hold apart, per document and surname."""
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "person":
            sig = person_sig(r)
            if sig.surname:
                groups[(recs[i].document_id, sig.surname)].append(i)
    breaks: dict[int, list[int]] = {}
    out = []
    for (doc, _), idx in groups.items():
        if doc not in texts:
            continue
        by_label: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for i in idx:
            bare = _bare(person_sig(rows[i]))
            if bare and in_heading(texts[doc], recs[i].start):
                continue  # a title names its subject before the text introduces it
            by_label[labels[i]][0 if bare else 1].append(i)
        for label, (bare, fuller) in by_label.items():
            if not bare or not fuller:
                continue
            first_full = min(recs[i].start for i in fuller)
            if min(recs[i].start for i in bare) > first_full:
                continue  # introduced first, then shortened: the usual way
            if max(recs[i].start for i in bare) > first_full:
                continue  # the bare surname goes on after the fuller form: one person to the author
            if doc not in breaks:
                breaks[doc] = [m.start() for m in _PARAGRAPH.finditer(texts[doc])]
            para = breaks[doc]
            here = {bisect.bisect(para, recs[i].start) for i in fuller}
            if any(abs(bisect.bisect(para, recs[i].start) - p) <= NEAR for i in bare for p in here):
                continue  # the fuller form stands among the bare mentions
            out.append((bare, label))
    return out


_HEADING_WORDS = 15
_BLANK_BEFORE = re.compile(r"(?:^|\n)[ \t\r]*\n$")
_BLANK_AFTER = re.compile(r"\r?\n[ \t\r]*(?:\n|$)")


def in_heading(text: str, pos: int) -> bool:
    """True when ``pos`` is in a heading: a Markdown heading line, or a one-line paragraph of at most
    ``_HEADING_WORDS`` words without final punctuation."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if line.startswith("#"):
        return True
    if not line or line[-1] in ".!?;:,…" or len(line.split()) > _HEADING_WORDS:
        return False
    alone_before = start == 0 or _BLANK_BEFORE.search(text, 0, start) is not None
    alone_after = end == len(text) or _BLANK_AFTER.match(text, end) is not None
    return alone_before and alone_after


def hold_apart(clustering: Clustering, groups: list[tuple[list[int], int]]) -> None:
    """Move each group's rows to a cluster of their own, queue the pair, renumber by first row."""
    if not groups:
        return
    for idx, label in groups:
        new = len(clustering.anchor)
        clustering.anchor.append(min(idx))
        clustering.keys.append(clustering.keys[label])
        for i in idx:
            clustering.labels[i] = new
        clustering.doubts.append((label, new, 0.5, REASON_LATE))
    renumber(clustering)


def renumber(clustering: Clustering) -> None:
    """Number clusters again by their first row (the core's invariant), anchors and doubts with them."""
    number: dict[int, int] = {}
    anchor: list[int] = []
    for i, lab in enumerate(clustering.labels):
        if lab not in number:
            number[lab] = len(anchor)
            anchor.append(i)
    keys = [""] * len(anchor)
    for old, new in number.items():
        keys[new] = clustering.keys[old]
    clustering.labels = [number[lab] for lab in clustering.labels]
    clustering.anchor, clustering.keys = anchor, keys
    doubts = []
    for a, b, score, reason in clustering.doubts:
        if a in number and b in number:
            x, y = number[a], number[b]
            doubts.append((min(x, y), max(x, y), score, reason))
    clustering.doubts = doubts


def _bare(sig: Signature) -> bool:
    return sig.given is None and sig.first is None
