"""Archival and bibliographic references parsed from footnotes (and archival ones from any text).

Archival: fond / opis / delo / list(y) in any order, Latin or Cyrillic abbreviations,
with the archive named before them and the verso marked "ob" / "об.":
"TsAOPIM, op. 3, f. 1a, d.6, l. 42ob", "РГАСПИ. Ф. 17. Оп. 84. Д. 467. Л. 12 об.".
Bibliographic: an author, a title in *italics* or quotes, a year and pages
("pp. 104-105") for each title of a note.
"""

from __future__ import annotations

import re

from letopis.model import Document, Reference, Segment

NAME = "letopis.references.v1"

_KEY = (r"(?P<key>fond|opis|opys|delo|sprava|spr|listy?|arkk?|ll|ff|fasc|zesp|sygn|apr|ap|b|f|op|d|l|фонд|опись|"
        r"опис|дело|справа|спр|аркк?|лл|ф|оп|д|л|tom|t|т)")
# Ukrainian archives: opys, sprava (file), arkush (folio); Lithuanian and Latvian: ap. (apyrašas), apr. (apraksts),
# b. (byla, the file); Polish: zesp. (zespół, the fond), sygn. (sygnatura); Italian and Czech: fasc. (the file)
_VALUE = (r"(?P<value>(?:[RPMKРПМК]-?)?\d+(?:[a-zа-я](?![a-zа-я\d]))?(?:-(?:FP|ФП)\b)?(?:\s*[-–]\s*\d+)?"
          r"(?:\s*(?:ob|об|zv|зв|v)\b\.?)?)")  # "spr. 68102-FP": a file of the closed-cases fond
_PART = re.compile(rf"(?<![\w])(?i:{_KEY})['’ʹ]?\.?\s*{_VALUE}", re.UNICODE)  # (and "opis' 2")
_SEP = re.compile(r"^\s*[,.;]?\s*$")
_ARCHIVE_BEFORE = re.compile(  # "GARF", "TsGAIPD SPb", "ЦГА СПб": an acronym and maybe its city's
    r"([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*(?:\s+[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*[A-ZА-ЯЁ][a-zа-яё]?|"
    r"\s+[A-ZА-ЯЁ][a-zа-яёії]{2,}[yiыи])?)\s*[,.:]?\s*$")  # "TsDAHO Ukrainy", "HDA SBU"
_FIELD = {"f": "fond", "ф": "fond", "fond": "fond", "фонд": "fond", "op": "opis", "оп": "opis", "opis": "opis",
          "опись": "opis", "d": "delo", "д": "delo", "delo": "delo", "дело": "delo", "l": "folio", "ll": "folio",
          "list": "folio", "listy": "folio", "л": "folio", "лл": "folio", "ff": "folio", "opys": "opis",
          "опис": "opis", "sprava": "delo", "spr": "delo", "справа": "delo", "спр": "delo", "ark": "folio",
          "arkk": "folio", "арк": "folio", "аркк": "folio", "tom": "volume", "t": "volume", "т": "volume",
          "ap": "opis", "apr": "opis", "b": "delo", "fasc": "delo", "zesp": "fond", "sygn": "delo"}
_TITLE = re.compile(r"(?<![\w*])\*(?!\*)([^*\n]{2,240})\*|\"([^\"\n]{2,240})\"|“([^”\n]{2,240})”|«([^»\n]{2,240})»")
_PAGES = re.compile(r"\b(?:pp?|сс?|с)\.\s*(\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:and|,)\s*\d+(?:\s*[-–]\s*\d+)?)*)")
_YEAR = re.compile(r"(?<![\d-])(1[5-9]\d\d|20\d\d)(?![\d-]|['’]?s\b)")
_CITATION_START = re.compile(r"(?:^\s*(?:\[\w+\]|\d+[.)]|\*+)\s*|;\s*|:\s+|(?<=[a-zа-яё)\d])\.\s+(?=[A-ZА-ЯЁ])|"
                             r"\b(?:[Ss]ee|[Ii]n|[Cc]f\.|[Aa]lso)\s*:?\s+)")
_AUTHOR = re.compile(r"^(?:(?:[A-ZА-ЯЁ]\.\s?){1,3}\s*)?[A-ZА-ЯЁ][\w'’-]+(?:\s+(?:[A-ZА-ЯЁ]\.\s?)+)?"
                     r"(?:(?:,?\s+(?:and|и|&)\s+|\s+)(?:(?:[A-ZА-ЯЁ]\.\s?){1,3}\s*)?[A-ZА-ЯЁ][\w'’-]+){0,3}"
                     r"(?:\s+(?:et al|\(eds?\.\)|\(ред\.\)))?\.?$")


class ReferenceParser:
    """Adds archival and bibliographic References found in the document's segments."""

    name = NAME

    def __call__(self, doc: Document) -> Document:
        """Return ``doc`` with the references of its footnotes (and archival ones from any segment)."""
        segments = doc.content_segments() or (Segment(0, "paragraph", 0, len(doc.text)),)
        refs: list[Reference] = []
        for seg in segments:
            text = doc.text[seg.start : seg.end]
            archival = archival_references(text, seg.start, seg.index)
            refs.extend(archival)
            if seg.kind == "footnote" or _looks_like_note(text):
                taken = [(r.start, r.end) for r in archival]
                refs.extend(r for r in bibliographic_references(text, seg.start, seg.index)
                            if not any(s <= r.start < e for s, e in taken))
        return doc.replace(references=doc.references + tuple(refs))


def _looks_like_note(text: str) -> bool:
    return bool(re.match(r"\s*\[\d+\]", text)) and len(text) < 2000


def archival_references(text: str, base: int = 0, segment: int = -1) -> list[Reference]:
    """Fond/opis/delo/folio groups of ``text`` (offsets shifted by ``base``)."""
    out: list[Reference] = []
    for group in _part_groups(text):
        fields: dict[str, str] = {}
        for m in group:
            fields.setdefault(_FIELD[m.group("key").lower()], _clean_value(m.group("value")))
        if not (("fond" in fields and ("opis" in fields or "delo" in fields)) or
                ("delo" in fields and "folio" in fields and "opis" in fields)):
            continue
        start, end = group[0].start(), group[-1].end()
        archive = None
        a = _ARCHIVE_BEFORE.search(text[max(0, start - 40) : start])
        if a and a.group(1).lower() not in _FIELD:
            archive = a.group(1)
            start = start - (len(text[max(0, start - 40) : start]) - a.start(1))
        folio = fields.get("folio")
        verso = bool(folio and re.search(r"(ob|об|zv|зв|v)$", folio))  # "zv", «зв.»: Ukrainian verso
        out.append(Reference(kind="archival", start=base + start, end=base + end, text=text[start:end],
                             segment=segment, archive=archive, fond=fields.get("fond"), opis=fields.get("opis"),
                             delo=fields.get("delo"), folio=folio, verso=verso))
    return out


def _clean_value(value: str) -> str:
    v = re.sub(r"\s+", "", value).rstrip(".")
    return v.replace("–", "-")


def _part_groups(text: str) -> list[list[re.Match[str]]]:
    groups: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for m in _PART.finditer(text):
        if current and _SEP.match(text[current[-1].end() : m.start()]):
            current.append(m)
            continue
        if len(current) >= 2:
            groups.append(current)
        current = [m]
    if len(current) >= 2:
        groups.append(current)
    return groups


def bibliographic_references(text: str, base: int = 0, segment: int = -1) -> list[Reference]:
    """One reference per title (italic or quoted) of a note: author before it, year and pages after."""
    titles = list(_TITLE.finditer(text))
    out: list[Reference] = []
    for k, t in enumerate(titles):
        title = next(g for g in t.groups() if g is not None).strip().rstrip(",")
        if not t.group(1) and not title[:1].isupper() and not title[:1].isdigit():
            continue
        stop = titles[k + 1].start() if k + 1 < len(titles) else len(text)
        semi = text.find(";", t.end(), stop)
        stop = semi if semi != -1 else stop
        tail = text[t.end() : stop]
        author, a_start = _author_before(text, titles[k - 1].end() if k else 0, t.start())
        year = _YEAR.search(tail)
        pages = _PAGES.search(tail)
        end = t.end() + max((pages.end() if pages else 0), (year.end() + 1 if year else 0))
        end = min(end, stop)
        start = a_start if author else t.start()
        out.append(Reference(kind="bibliographic", start=base + start, end=base + end, text=text[start:end],
                             segment=segment, author=author, title=title,
                             year=year.group(1) if year else None,
                             pages=_pages(pages.group(1)) if pages else None))
    return out


def _pages(raw: str) -> str:
    """"104 - 105" -> "104-105"; "52, 59 and 121" -> "52,59,121"."""
    parts = re.split(r"\s*(?:,|\band\b)\s*", raw)
    return ",".join(re.sub(r"\s+", "", p).replace("–", "-") for p in parts if p.strip())


def _author_before(text: str, lo: int, title_start: int) -> tuple[str | None, int]:
    """The author written just before a title ("Paul Avrich, "...""), if it looks like a name."""
    window = text[lo:title_start]
    starts = [m.end() for m in _CITATION_START.finditer(window)]
    s = starts[-1] if starts else 0
    piece = window[s:]
    candidate = piece.strip(" ,;:\n\t")
    if candidate and _AUTHOR.match(candidate) and len(candidate.split()) <= 8:
        return candidate, lo + s + piece.index(candidate)
    return None, title_start
