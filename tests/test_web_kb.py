"""A small invented English + Russian knowledge base for the web tests (documents, entities, claims).

Built by hand (add_document + rows) so the web tests do not depend on the
recognition and resolution stages. All names and texts are invented.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import insert, select, update

from letopis.model import DateValue, Document, DocumentMeta, FootnoteLink, Mention, Segment
from letopis.store import Store
from letopis.store.documents import add_document, mention_key
from letopis.store.schema import (
    attributions,
    claims,
    documents,
    entities,
    evidence,
    external_ids,
    mentions,
    names,
    review_queue,
)

EN_TEXT = (
    "Report on the strike movement\n\n"
    "The Workers' Truth Circle led by Fyodor Kolyadin met at the Neva Ironworks in August 1923.[1] "
    "According to an informant, Kolyadin's group includes Anna Sverbeeva and Pyotr Lomtev. "
    "Sverbeeva denied that she belonged to the circle. A leaflet <script>alert('x')</script> was found.\n\n"
    "[1] Archive of the Secret Department, f. 1, op. 2, d. 3."
)
RU_TEXT = (
    "Донесение о группе Колядина\n\n"
    "Группа Колядина собиралась на Невском заводе. Фёдор Колядин выступал перед рабочими осенью 1923 года. "
    "Он руководит Кружком рабочей правды."
)
LATER_TEXT = (
    "Koliadin and the workers' opposition\n\n"
    "Fedor Koliadin founded the Workers' Truth Circle in 1922, and P. Lomtev joined it a year later."
)

ENTITIES = [
    # id, type, name, status, redirect
    ("p-kolyadin", "person", "Fyodor Kolyadin", "confirmed", None),
    ("p-sverbeeva", "person", "Anna Sverbeeva", "machine", None),
    ("p-lomtev", "person", "Pyotr Lomtev", "machine", None),
    ("p-lomtev2", "person", "P. Lomtev", "machine", None),
    ("p-koliadin-old", "person", "F. Koliadin", "machine", "p-kolyadin"),
    ("o-circle", "organisation", "Workers' Truth Circle", "machine", None),
    ("e-ironworks", "enterprise", "Neva Ironworks", "machine", None),
]
NAMES = [
    ("p-kolyadin", "Fyodor Kolyadin", "surface", None, "latn"),
    ("p-kolyadin", "Kolyadin", "surface", None, "latn"),
    ("p-kolyadin", "Fedor Koliadin", "surface", None, "latn"),
    ("p-kolyadin", "Колядин", "lemma", None, "cyrl"),
    ("p-kolyadin", "Колядина", "surface", None, "cyrl"),
    ("p-kolyadin", "Kolyadin", "translit", "wikipedia", "latn"),
    ("p-sverbeeva", "Anna Sverbeeva", "surface", None, "latn"),
    ("p-lomtev", "Pyotr Lomtev", "surface", None, "latn"),
    ("p-lomtev2", "P. Lomtev", "surface", None, "latn"),
    ("o-circle", "Workers' Truth Circle", "surface", None, "latn"),
    ("o-circle", "Кружок рабочей правды", "lemma", None, "cyrl"),
    ("e-ironworks", "Neva Ironworks", "surface", None, "latn"),
    ("e-ironworks", "Невский завод", "lemma", None, "cyrl"),
]


def _segments(text: str) -> list[Segment]:
    out, pos = [], 0
    for i, block in enumerate(text.split("\n\n")):
        start = text.index(block, pos)
        kind = "heading" if i == 0 else "footnote" if block.startswith("[1]") else "paragraph"
        out.append(Segment(i, kind, start, start + len(block), "1" if kind == "footnote" else None))
        pos = start + len(block)
    return out


def _mention(text: str, surface: str, type_: str, norm: str, nth: int = 0, date: DateValue | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    seg = next(s.index for s in _segments(text) if s.start <= start < s.end)
    return Mention(start, start + len(surface), surface, type_, norm, seg, "fixture", date=date)


def _doc(path: str, text: str, meta: DocumentMeta, spec: list[tuple[Any, ...]]) -> Document:
    ms = tuple(_mention(text, *m[:3], **(m[3] if len(m) > 3 else {})) for m in spec)
    notes: tuple[FootnoteLink, ...] = ()
    if "[1]" in text:
        first = text.index("[1]")
        notes = (FootnoteLink("1", first, first + 3, 1, 2),)
    return Document(path, text, hashlib.sha256(text.encode()).hexdigest(), meta, "txt", (), tuple(_segments(text)),
                    notes, ms)  # fmt: skip


EN_SPEC = [
    ("Workers' Truth Circle", "organisation", "Workers' Truth Circle"),
    ("Fyodor Kolyadin", "person", "Fyodor Kolyadin"),
    ("Neva Ironworks", "enterprise", "Neva Ironworks"),
    ("August 1923", "date", "1923-08", {"date": DateValue("1923-08-01", "1923-08-31", "month", "1923-08")}),
    ("Kolyadin", "person", "Kolyadin", {"nth": 1}),
    ("Kolyadin's group", "organisation", "Kolyadin's group"),
    ("Anna Sverbeeva", "person", "Anna Sverbeeva"),
    ("Pyotr Lomtev", "person", "Pyotr Lomtev"),
    ("Sverbeeva", "person", "Sverbeeva", {"nth": 1}),
]
RU_SPEC = [
    ("Колядина", "person", "Колядин"),
    ("Колядина", "person", "Колядин", {"nth": 1}),
    ("Невском заводе", "enterprise", "Невский завод"),
    ("Фёдор Колядин", "person", "Фёдор Колядин"),
    ("осенью 1923 года", "date", "1923-autumn", {"date": DateValue("1923-09-01", "1923-11-30", "season", "1923-21")}),
    ("Кружком рабочей правды", "organisation", "Кружок рабочей правды"),
]
LATER_SPEC = [
    ("Fedor Koliadin", "person", "Fedor Koliadin"),
    ("Workers' Truth Circle", "organisation", "Workers' Truth Circle"),
    ("P. Lomtev", "person", "P. Lomtev"),
]
# mention norm -> entity
RESOLVE = {
    "Fyodor Kolyadin": "p-kolyadin", "Kolyadin": "p-kolyadin", "Колядин": "p-kolyadin",
    "Фёдор Колядин": "p-kolyadin", "Fedor Koliadin": "p-koliadin-old", "Anna Sverbeeva": "p-sverbeeva",
    "Sverbeeva": "p-sverbeeva", "Pyotr Lomtev": "p-lomtev", "P. Lomtev": "p-lomtev2",
    "Workers' Truth Circle": "o-circle", "Kolyadin's group": "o-circle", "Кружок рабочей правды": "o-circle",
    "Neva Ironworks": "e-ironworks", "Невский завод": "e-ironworks",
}  # fmt: skip


def build_kb(store: Store) -> dict[str, int]:
    """Write the three invented documents, their entities, names, claims and a merge suggestion."""
    en = _doc("report-1923.en.txt", EN_TEXT, DocumentMeta(
        "Report on the strike movement", "1923-09-01", "day", "Secret Department", "en", "report",
        "https://archive.example.org/report-1923", "f. 1, op. 2, d. 3"), EN_SPEC)  # fmt: skip
    ru = _doc("donesenie-1923.ru.txt", RU_TEXT, DocumentMeta(
        "Донесение о группе Колядина", "1923-10", "month", "Осведомитель", "ru", "report"), RU_SPEC)  # fmt: skip
    later = _doc("study-2020.en.txt", LATER_TEXT, DocumentMeta(
        "Koliadin and the workers' opposition", "2020", "year", "A. Historian", "en", "study"), LATER_SPEC)  # fmt: skip
    ids = {"en": add_document(store, en).id, "ru": add_document(store, ru).id, "later": add_document(store, later).id}
    with store.engine.begin() as conn:
        conn.execute(insert(entities), [
            {"id": i, "type": t, "name": n, "key": n.lower(), "status": s, "redirect_to": r, "mention_count": 0}
            for i, t, n, s, r in ENTITIES
        ])  # fmt: skip
        conn.execute(insert(names), [
            {"entity_id": e, "name": n, "kind": k, "scheme": sch, "script": scr, "source": "fixture", "folded": n.lower()}
            for e, n, k, sch, scr in NAMES
        ])  # fmt: skip
        for norm, ent in RESOLVE.items():
            conn.execute(update(mentions).where(mentions.c.norm == norm).values(entity_id=ent))
        conn.execute(update(mentions).where(mentions.c.entity_id == "p-koliadin-old").values(entity_id="p-kolyadin"))
        for ent, *_ in ENTITIES:
            n = len(conn.execute(select(mentions.c.id).where(mentions.c.entity_id == ent)).all())
            conn.execute(update(entities).where(entities.c.id == ent).values(mention_count=n))
        conn.execute(insert(external_ids).values(entity_id="p-kolyadin", scheme="wikidata", value="Q000001"))
        conn.execute(insert(review_queue).values(kind="merge", a="p-lomtev", b="p-lomtev2", score=0.82,
                                                 reason="same surname, compatible initials"))  # fmt: skip
        _claims(conn, ids)
    return ids


def _claims(conn: Any, ids: dict[str, int]) -> None:
    texts = {"en": EN_TEXT, "ru": RU_TEXT, "later": LATER_TEXT}
    rows = [
        # id, doc, subj, pred, obj, literal, time, hedge, polarity, status, quote, voices
        ("c-leads", "en", "p-kolyadin", "leads", "o-circle", None, None, "asserted", True, "accepted",
         "The Workers' Truth Circle led by Fyodor Kolyadin", [("Secret Department", "author")]),
        ("c-sv-member", "en", "p-sverbeeva", "member_of", "o-circle", None, None, "reported", True, "machine",
         "Kolyadin's group includes Anna Sverbeeva", [("Secret Department", "author"), ("an informant", "informant")]),
        ("c-lo-member", "en", "p-lomtev", "member_of", "o-circle", None, None, "reported", True, "machine",
         "Kolyadin's group includes Anna Sverbeeva and Pyotr Lomtev",
         [("Secret Department", "author"), ("an informant", "informant")]),
        ("c-sv-denied", "en", "p-sverbeeva", "member_of", "o-circle", None, None, "denied", False, "machine",
         "Sverbeeva denied that she belonged to the circle", [("Secret Department", "author"), ("Anna Sverbeeva", "interrogated")]),
        ("c-meets", "en", "p-kolyadin", "attended", "e-ironworks", None, ("1923-08-01", "1923-08-31", "month"),
         "asserted", True, "machine", "met at the Neva Ironworks in August 1923", [("Secret Department", "author")]),
        ("c-ru-leads", "ru", "p-kolyadin", "leads", "o-circle", None, None, "reported", True, "machine",
         "Он руководит Кружком рабочей правды", [("Осведомитель", "author")]),
        ("c-speaks", "ru", "p-kolyadin", "spoke_at", "e-ironworks", None, ("1923-09-01", "1923-11-30", "season"),
         "asserted", True, "machine", "Фёдор Колядин выступал перед рабочими осенью 1923 года", [("Осведомитель", "author")]),
        ("c-founded", "later", "p-kolyadin", "founded", "o-circle", None, ("1922-01-01", "1922-12-31", "year"),
         "asserted", True, "machine", "Fedor Koliadin founded the Workers' Truth Circle in 1922", [("A. Historian", "author")]),
        ("c-lo2-member", "later", "p-lomtev2", "member_of", "o-circle", None, ("1923-01-01", "1923-12-31", "year"),
         "probable", True, "machine", "P. Lomtev joined it a year later", [("A. Historian", "author")]),
    ]  # fmt: skip
    for cid, doc, subj, pred, obj, lit, time, hedge, pol, status, quote, voices in rows:
        text = texts[doc]
        start = text.index(quote)
        seg = next(s.index for s in _segments(text) if s.start <= start < s.end)
        t = time or (None, None, None)
        conn.execute(insert(claims).values(
            id=cid, document_id=ids[doc], subject_entity=subj, predicate=pred, object_entity=obj,
            object_literal=lit, time_start=t[0], time_end=t[1], time_precision=t[2], hedge=hedge,
            polarity=pol, former=False, extractor="fixture", status=status))  # fmt: skip
        conn.execute(insert(evidence).values(claim_id=cid, document_id=ids[doc], segment=seg, start=start,
                                             end=start + len(quote), quote=quote))  # fmt: skip
        conn.execute(insert(attributions), [
            {"claim_id": cid, "position": i, "name": n, "role": r} for i, (n, r) in enumerate(voices)
        ])  # fmt: skip


def test_web_kb_builds(sqlite_store: Store) -> None:
    ids = build_kb(sqlite_store)
    with sqlite_store.engine.connect() as conn:
        assert len(conn.execute(select(documents.c.id)).all()) == 3
        resolved = conn.execute(select(mentions.c.entity_id).where(mentions.c.document_id == ids["ru"])).scalars()
        assert "p-kolyadin" in set(resolved)
    assert mention_key  # the store's mention keys are what resolution uses
