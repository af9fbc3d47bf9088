"""What one document says about its own person mentions, before and after corpus clustering.

The clustering core sees mentions as bare name parts; a reader also sees where each
mention stands in its document. Three rules use that, each inside one document only:

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
   more often (``letopis.resolve.ocr``).

No rule uses a list of names: only name parts, word shapes and positions.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from letopis.extract.lexicon import DIMINUTIVES, is_given
from letopis.resolve.cluster import Clustering
from letopis.resolve.keys import fold, given_key, given_keys, surname_key
from letopis.resolve.ocr import slips
from letopis.resolve.persons import OBLIQUE, PersonRow, Signature, signature
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
_PATRONYMIC = re.compile(r"[a-zа-яё](?:ovich|evich|ich|ovna|evna|ichna|ович|евич|ич|овна|евна|ична)$")
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
    """``rows`` (the core's tuples, one per record) with rules 1, 2, 4 and 5 applied."""
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
    for i, best in same_given_rows(recs, out).items():
        r = out[i]
        out[i] = (r[0], r[1], *out[best][2:8], *r[8:])  # the name parts of the fullest form
    for i, surname in ocr_slip_rows(recs, out).items():
        r = out[i]
        out[i] = (*r[:5], surname, *r[6:])
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


def person_sig(row: tuple) -> Signature:
    """The core's signature of a person row (``signature`` is cached: rows repeat)."""
    prow: PersonRow = row[1:8]  # type: ignore[assignment]
    return signature(prow)


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


# ---- rule 1: lone given names --------------------------------------------------------------------


def lone_given_names(recs: Sequence[Mentionish], rows: Sequence[tuple]) -> dict[int, tuple[str, str]]:
    """Row index -> (given, surname) for mentions by a given name alone ("Arkady"), or by a given name and
    patronymic ("Leonid Naumovich"), that name one person of their document."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "person":
            by_doc[recs[i].document_id].append(i)
    out: dict[int, tuple[str, str]] = {}
    for idx in by_doc.values():
        full: dict[str, dict[str, tuple[str, str, str | None]]] = defaultdict(dict)  # given key -> surname key
        initials: dict[str, dict[str, str]] = defaultdict(dict)  # "ln" -> surname key -> surname
        fathers: dict[str, dict[str, tuple[str, str, str | None]]] = defaultdict(dict)  # patronymic key -> ...
        famous: dict[str, dict[str, tuple[str, str, str | None]]] = defaultdict(dict)  # the leaders' patronymics
        surnames: set[str] = set()
        lone: list[tuple[int, str, str | None]] = []
        for i in idx:
            r = rows[i]
            sig = person_sig(r)
            word = recs[i].text.strip()
            figure = _figure_names().get(sig.surname) if sig.surname and r[5] and not r[3] else None
            if figure:  # "Lenin" in a text that also says "Vladimir Ilyich" or «Ильич»
                full[given_key(figure[0])].setdefault(sig.surname, (figure[0], r[5], figure[1]))
                famous[fold(figure[1])[:4]].setdefault(sig.surname, (figure[0], r[5], figure[1]))
                surnames.add(sig.surname)
                continue
            if r[4] and not r[3] and not r[5] and not r[6] and _lone_word(word):
                lone.append((i, r[4], None))  # «Ильича»: a patronymic alone, as the period named its leader
                continue
            if _lone_word(word) and not r[6] and not (r[3] and r[5]) and not r[4]:
                lone.append((i, r[3] or word, None))  # a recogniser may have called it a given name
                continue
            if r[3] and r[4] and not r[5] and not r[6]:
                lone.append((i, r[3], r[4]))  # "Leonid Naumovich"
                continue
            if sig.surname:
                surnames.add(sig.surname)
            if sig.given and sig.surname and r[3] and r[5]:
                full[sig.given].setdefault(sig.surname, (r[3], r[5], r[4]))
                if r[4]:
                    fathers[fold(r[4])[:6]].setdefault(sig.surname, (r[3], r[5], r[4]))
            elif sig.surname and r[5] and r[6] and not r[3] and len(r[6].replace(".", "")) == 2:
                initials[fold(r[6].replace(".", ""))].setdefault(sig.surname, r[5])
        if not full and not initials:
            continue
        heads = {k[:2] for k in full}
        for i, word, patronymic in lone:
            called = fathers.get(fold(word)[:6], {}) if _PATRONYMIC.search(word) and patronymic is None else {}
            if not called and patronymic is None and _PATRONYMIC.search(word):
                called = famous.get(fold(word)[:4], {})  # «Ильича»: Lenin, named by surname here too
            if len(called) == 1 and person_sig(rows[i]).surname not in surnames:  # "Kuzmich": Yegor Kuzmich X
                given, surname, _ = next(iter(called.values()))
                out[i] = (given, surname)
                continue
            keys = given_keys(word)
            if patronymic is None and len(keys) == 1 and not _may_be_given(word, heads):
                continue
            people = {k: v for key in keys for k, v in full.get(key, {}).items()
                      if not (patronymic and v[2]) or fold(v[2])[:4] == fold(patronymic)[:4]}
            same = {k: v for k, v in people.items() if patronymic and v[2]}
            if len(same) == 1:  # «Анна Петровна» is the one Anna with that patronymic, not another Anna
                people = same
            if not people and patronymic:  # "Leonid Naumovich" is the one "L. N. Berkovsky"
                found = initials.get(fold(word[:1] + patronymic[:1]), {})
                people = {k: (word, v, patronymic) for k, v in found.items()}
            if len(people) != 1:
                continue
            if patronymic is None and not rows[i][3] and person_sig(rows[i]).surname in surnames:
                continue  # somebody's surname here
            given, surname, _ = next(iter(people.values()))
            out[i] = (given, surname)
    return out


@functools.lru_cache(maxsize=1)
def _figure_names() -> dict[str, tuple[str, str]]:
    """Surname key -> (given name, patronymic) of the period's leaders."""
    from letopis.extract.period_figures import FIGURE_NAMES

    return {surname_key(k).key: v for k, v in FIGURE_NAMES.items()}


def _may_be_given(word: str, heads: set[str]) -> bool:
    """A cheap test before a Cyrillic lemma: the word's folded start can be that of one of ``heads``."""
    if word.isascii():
        return True  # Latin given keys are cheap (and English forms start differently: Basil, Vasily)
    k = fold(word)
    return k[:2] in heads or (len(k) <= 4 and any(h[:1] == k[:1] for h in heads))


def same_given_rows(recs: Sequence[Mentionish], rows: Sequence[tuple]) -> dict[int, int]:
    """Row index -> the row whose name it shares, for persons of one document named by one given name in
    different forms and no surname ("Vasya", "Vasily"; "Dusya", "Evdokia Petrovna"; «Коля», «Николай»),
    unless two patronymics differ or the word is somebody's surname there (rule 1). The fullest form wins."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == "person":
            by_doc[recs[i].document_id].append(i)
    out: dict[int, int] = {}
    for idx in by_doc.values():
        surnames = {person_sig(rows[i]).surname for i in idx if " " in recs[i].text.strip() and rows[i][5]}
        named: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            r, word = rows[i], recs[i].text.strip()
            if r[6]:
                continue
            if not r[5] and r[3]:
                named[given_key(r[3])].append(i)  # "Evdokia Petrovna", «Николая»
            elif _lone_word(word) and (word in DIMINUTIVES or is_given(word)) and \
                    person_sig(r).surname not in surnames:
                named[given_key(word)].append(i)  # "Vasily", "Vasya": read as a surname or a given name
        for group in named.values():
            fathers = {fold(rows[i][4])[:4] for i in group if rows[i][4]}
            if len({recs[i].text for i in group}) < 2 or len(fathers) > 1:
                continue
            best = max(group, key=lambda i: (bool(rows[i][4]), recs[i].text.split()[0] not in DIMINUTIVES,
                                             len(recs[i].text)))
            out.update((i, best) for i in group if i != best)
    return out


def _lone_word(word: str) -> bool:
    return " " not in word and len(word) > 2 and word[:1].isupper() and word[1:].islower() and word.isalpha()


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
