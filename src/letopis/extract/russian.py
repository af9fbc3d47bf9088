"""Russian recognition: natasha's NER for persons, organisations and places, lemmatised fast.

natasha's own normaliser needs its neural morphology tagger over every token; here
only the entity spans are lemmatised, with a cached pymorphy3 (:mod:`letopis.extract.morph`)
and the surname rules of :mod:`letopis.extract.russian_names`. Head-word rules
(:mod:`letopis.extract.russian_rules`) add enterprises, publications, events and the state and
party bodies natasha misses (:mod:`letopis.extract.russian_coordination` shares their complements
over coordinated heads and places); :mod:`letopis.extract.russian_types` corrects its types, and
:mod:`letopis.extract.russian_variants` links the variants of one name in a document
(an abbreviation and its full name, the case forms of a quoted name) through ``Mention.expansion``.

    recogniser = RussianRecogniser()
    doc = recogniser(doc)   # doc.mentions + the new Mentions
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator
from typing import Any

from letopis.extract.morph import Morph
from letopis.extract.russian_coordination import (
    coordinated_places,
    distributed_complements,
    shared_complement,
)
from letopis.extract.russian_cues import name_after_body, person_cues
from letopis.extract.russian_heads import SOVIET_NAME, TRUST, name_nominative, party_end, soviet_lemma
from letopis.extract.russian_movements import find_movements
from letopis.extract.russian_names import Cues, PersonName, lemmatise_person
from letopis.extract.russian_nested import contracted_heads, town_adjectives
from letopis.extract.russian_nicknames import nicknames
from letopis.extract.russian_orgs import find_abbreviations, find_named_orgs, find_sources, split_span
from letopis.extract.russian_places import places_named_by_slot
from letopis.extract.russian_rules import RuleSpan, find_institutions, find_special
from letopis.extract.russian_spans import (
    addressed,
    archives,
    cut_after_initial,
    given_before_patronymic,
    join_surname_first,
    name_triples,
    settlements,
    signed_lines,
    split_lines,
    split_person_tail,
    split_third_initial,
    split_two_names,
    with_members,
)
from letopis.extract.russian_types import retype
from letopis.extract.russian_variants import link_variants
from letopis.extract.russian_vehicles import drop_vehicles
from letopis.extract.short_forms import link_short_forms
from letopis.model import Document, Mention, Segment

NAME = "letopis.recogniser.ru.v1"
TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place"}
_INITIALS_BEFORE = re.compile(r"((?:[А-ЯЁ]\.\s?){1,2})$")
_COMRADE = re.compile(r"(?<![А-ЯЁа-яё])т\. [А-ЯЁ][а-яё]")
_COMRADE_OPENING = re.compile(r"(т|Т)\.\s(?=[А-ЯЁ][а-яё]{2,})")
_INITIALS_AFTER = re.compile(r"^(\s(?:[А-ЯЁ]\.\s?){0,1}[А-ЯЁ]\.)")
_WORD = re.compile(r"[^\W\d_]+")
_BRACKETED = re.compile(r"\s*\(([^()]{2,80})\)")
_QUOTES = '«»"„“”'


class RussianRecogniser:
    """Mentions of persons, organisations, places, enterprises, publications and events in Russian."""

    name = NAME

    def __init__(self, morph: Morph | None = None, batch_size: int = 8) -> None:
        self.morph = morph or Morph()
        self.batch_size = batch_size
        self._ner: Any = None

    @property
    def ner(self) -> Any:
        """natasha's NewsNERTagger, built on first use (weights ship inside the package)."""
        if self._ner is None:
            from natasha import NewsEmbedding, NewsNERTagger

            self._ner = NewsNERTagger(NewsEmbedding())
            self._ner.batch_size = self.batch_size
        return self._ner

    def __call__(self, doc: Document) -> Document:
        """Return ``doc`` with the Russian mentions of every content segment appended."""
        return doc.replace(mentions=doc.mentions + tuple(self.mentions(doc)))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)

    def mentions(self, doc: Document) -> list[Mention]:
        """The new mentions of ``doc``, in text order."""
        segments = doc.content_segments() or (Segment(0, "paragraph", 0, len(doc.text)),)
        segments = tuple(s for s in segments if any(ch.isalpha() for ch in doc.text[s.start : s.end]))
        texts = [doc.text[s.start : s.end] for s in segments]
        if not texts:
            return []
        out: list[Mention] = []
        comrade = _COMRADE.search(doc.text) is not None  # the text writes «т. Фролов» for tovarishch
        for seg, text, markup in zip(segments, texts, self._tag(texts)):
            spans = [
                r for s in markup.spans
                for c in _split_alias(text, _clean(text, s.start, s.stop, s.type, comrade))
                for b in split_lines(self.morph, text, c)
                for o in split_span(text, with_members(self.morph, text, b))
                for t in split_person_tail(self.morph, text, o)
                for i in split_third_initial(text, cut_after_initial(self.morph, text, t))
                for a in split_two_names(self.morph, text, i)
                for r in [retype(self.morph, text, a)]
                if r is not None
            ]
            spans = signed_lines(text, archives(text, settlements(text, spans)))
            spans = join_surname_first(self.morph, text, addressed(text, given_before_patronymic(self.morph, text, spans)))
            spans = coordinated_places(self.morph, text, name_triples(self.morph, text, spans))
            out.extend(self._segment_mentions(seg, text, spans, comrade))
        out = places_named_by_slot(doc.text, town_adjectives(self.morph, drop_vehicles(self.morph, doc.text,
                                                                                  _apply_memory(self.morph, out))))
        starts = [s.start for s in segments]
        out = nicknames(self.morph, doc.text, out, lambda pos: segments[max(0, bisect.bisect_right(starts, pos) - 1)].index,
                        NAME)
        return link_short_forms(link_variants(self.morph, doc.text, out))

    def _tag(self, texts: list[str]) -> list[Any]:
        """NER markups for ``texts``, in order; batched by length so that little padding is computed."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        markups: list[Any] = [None] * len(texts)
        for i, markup in zip(order, self.ner.map([texts[i] for i in order])):
            markups[i] = markup
        return markups

    def _segment_mentions(
        self, seg: Segment, text: str, spans: list[tuple[int, int, str]], comrade: bool = False
    ) -> list[Mention]:
        spans = [_extend_initials(text, s, comrade) if s[2] == "PER" else s for s in spans]
        spans = _join_initials(text, spans)
        persons = [s for s in spans if s[2] == "PER"]
        spans = [s for s in spans if s[2] != "PER" or not any(  # «П. Т.» after «Сомова П. Т.» taken in
            o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in persons)]
        spans, nested = _merge_org_chains(self.morph, text, spans)
        spans = sorted(spans + find_abbreviations(self.morph, text, spans + nested))
        special = find_special(self.morph, text, spans)
        works = [(r.start, r.end, "ORG") for r in special if r.type == "enterprise"]  # «завкома| завода «Заря»»
        special += find_institutions(self.morph, text, sorted(spans + works))
        special += shared_complement(self.morph, text, special, spans)
        special += distributed_complements(self.morph, text, special, spans)
        for extra in (find_named_orgs(self.morph, text, spans), find_sources(self.morph, text, spans),
                      find_movements(self.morph, text, spans)):
            special += [r for r in extra if not _overlaps(r, special)]
        spans = _drop_covered(text, spans + nested + contracted_heads(text, spans), special)
        out = [self._mention(seg, text, s) for s in spans]
        out += [self._special(seg, text, r) for r in special]
        return sorted(out, key=lambda m: (m.start, -m.end))

    def _mention(self, seg: Segment, text: str, span: tuple[int, int, str]) -> Mention:
        start, end, typ = span
        surface = text[start:end]
        kind = TYPES.get(typ, "organisation")
        parts = None
        attrs: tuple[tuple[str, str], ...] = ()
        if kind == "person":
            person = lemmatise_person(self.morph, surface)
            if person.ambiguous:  # only a guess without context: look at the sentence
                person = lemmatise_person(self.morph, surface, person_cues(self.morph, text, start, end))
            norm, parts = person.norm, person.parts
            attrs = (("gender_guess", "1"),) if person.ambiguous else ()
            attrs += _alias(text, end)
        elif SOVIET_NAME.fullmatch(surface):  # «Наркомтруд», «губкома»: pymorphy does not know them
            stem = SOVIET_NAME.fullmatch(surface).group(1)
            norm = soviet_lemma(stem)
        elif TRUST.match(surface):  # «Льнотреста»: a trust by its contracted name
            norm = surface[: surface.rindex("трест") + 5]
        else:
            norm = name_nominative(self.morph, text, start, end)
        return Mention(
            seg.start + start, seg.start + end, surface, kind, norm, seg.index, NAME, parts, attrs=attrs
        )

    def _special(self, seg: Segment, text: str, r: RuleSpan) -> Mention:
        return Mention(
            seg.start + r.start, seg.start + r.end, text[r.start : r.end], r.type, r.norm, seg.index, NAME
        )


def _clean(text: str, start: int, end: int, typ: str, comrade: bool = False) -> tuple[int, int, str] | None:
    """Trim spaces, unbalanced brackets and trailing punctuation off a NER span; None if no letter is left."""
    while start < end and (text[start].isspace() or text[start] in "(-–—,.:;•"):
        start += 1
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in "(-–—,:;•" or _unbalanced(text[start:end])
    ):
        end -= 1
    if text.count("«", start, end) > text.count("»", start, end) and text[end : end + 1] == "»":
        end += 1  # «ОАО «Северная заря»»: natasha stops before the closing quote
    if typ == "ORG" and (tail := party_end(text, end)) != end:
        end = tail  # «РКП|(б)», «КП(б)|Уз»: natasha may stop before the bracket or the republic
    elif text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1  # «РКП(б»: or inside it
    if typ != "PER" and (t := re.search(r"\s(?:т|тт|тов|гр)\.?$", text[start:end])):
        end = start + t.start()  # «по району т.| Кродерс»: the comrade's abbreviation opens the next name
    if typ == "PER" and text[end : end + 1] == "." and re.search(r"\s[А-ЯЁ]$", text[start:end]):
        end += 1  # «подписал Тарвинов П.» at a sentence's end: the initial keeps its dot
    if typ == "PER":
        opening = _COMRADE_OPENING.match(text, start, end)
        if opening and (opening.group(1) == "т" or comrade and (
                start == 0 or text[:start].rstrip()[-1:] in ".!?:;)\n")):
            start = opening.end()  # «т. Фролова»; «Т. Гуськов возражал» where the text writes «т. Фролов»
        start = name_after_body(text, start, end)  # «РИК А. Сомов»: the body he speaks for is no part of his name
    return (start, end, typ) if any(ch.isalpha() for ch in text[start:end]) else None


def _split_alias(text: str, span: tuple[int, int, str] | None) -> list[tuple[int, int, str]]:
    """«Барри Лоуенкрон (Barry Lowenkron)»: the person is the name before the brackets (the form in
    brackets becomes its ``alias`` attribute, see :func:`_alias`)."""
    if span is None:
        return []
    start, end, typ = span
    open_at = text.find("(", start, end)
    if typ != "PER" or open_at < 0:
        return [span]
    name = _clean(text, start, open_at, typ)
    return [name] if name else []


def _alias(text: str, end: int) -> tuple[tuple[str, str], ...]:
    """The name in brackets right after a person mention, as an ``alias`` attribute."""
    m = _BRACKETED.match(text, end)
    return (("alias", m.group(1).strip()),) if m and re.search(r"[A-Za-z]", m.group(1)) else ()


def _unbalanced(s: str) -> bool:
    return s.endswith(")") and s.count("(") < s.count(")")


def _extend_initials(text: str, span: tuple[int, int, str], comrade: bool = False) -> tuple[int, int, str]:
    """Take in initials written before («Г. И. Мясников») or after («Мясников Г.И.») a surname."""
    start, end, typ = span
    before = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
    if before and before.group(1).rstrip() == "Т." and comrade and (
            before.start() == 0 or text[: before.start()].rstrip()[-1:] in ".!?:;)\n"):
        before = None  # «Т. Гуськов возражал», see _clean
    if before and re.search(r"(?<![А-ЯЁа-яё])[А-ЯЁ]\.\s?$", text[max(0, before.start() - 4) : before.start()]):
        before = None  # «Лыковой А. С. Т. Зотова»: more than two initials run on from the name before
    if before and (before.start() == 0 or not text[before.start() - 1].isalpha()):
        start = before.start()
    elif " " not in text[start:end]:
        after = _INITIALS_AFTER.match(text[end : end + 8])
        if after:
            end += after.end()
    return start, end, typ


_ONLY_INITIALS = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}[).,]*")


def _join_initials(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«т. Шубин Г. А.»: initials natasha tagged apart join the surname right before them."""
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        prev = out[-1] if out else None
        if prev and span[2] == prev[2] == "PER" and text[prev[1] : span[0]] == " " and \
                _ONLY_INITIALS.fullmatch(text[span[0] : span[1]]):
            end = span[0] + len(text[span[0] : span[1]].rstrip(").,")) + 1
            out[-1] = (prev[0], min(end, span[1]), "PER")
            continue
        only = span[2] == "PER" and _ONLY_INITIALS.fullmatch(text[span[0] : span[1]]) is not None
        word = _SURNAME_BEFORE.search(text, max(0, span[0] - 40), span[0]) if only else None
        if word and not (prev and prev[1] > word.start()):  # «Тов. Ягодкин| В. Н.»: natasha saw the initials only
            out.append((word.start(), span[1], "PER"))
            continue
        if only and not word and not re.match(r"\s*[А-ЯЁ][а-яё]", text[span[1] :]):
            continue  # «Подготовить к обсуждению. О. К.»: initials that sign a note name nobody the index can hold
        out.append(span)
    return out


# a capitalised word right before initials, with a Russian surname's ending: «Ягодкин| В. Н.», «Зотова| П. Н.»
_SURNAME_BEFORE = re.compile(r"(?<![А-ЯЁа-яё-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?"
                             r"(?:(?<=ов|ев|ёв|ин|ын|ий|ой|ая|ва|на|го|му|ым|им|ую|ко|ук|юк|ич|ль|ец|ер|ан|ян|ву|ну|ве|не)|"
                             r"(?<=дзе)) $")  # (and the dative «Жердеву| П. Н.»)


def _merge_org_chains(
    morph: Morph, text: str, spans: list[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Join an organisation and the genitive name after it (Московский комитет + РКП(б)).

    Returns the spans with the chains joined, and the inner names kept as nested mentions.
    """
    out: list[tuple[int, int, str]] = []
    nested: list[tuple[int, int, str]] = []
    for span in spans:
        if out and out[-1][2] == "ORG" and span[2] in ("ORG", "LOC") and text[out[-1][1] : span[0]] == " ":
            first = _WORD.findall(text[span[0] : span[1]])
            if (
                first
                and (first[0].isupper() or morph.has_tag(first[0], "gent"))
                and not _quoted_end(text, out[-1])
            ):
                nested.append(span)
                own = _WORD.findall(text[out[-1][0] : out[-1][1]])
                if len(own) == 1 and own[0][:1].isupper() and not own[0].isupper() and not morph.has_tag(
                        own[0].lower(), "NOUN", dictionary_only=True):
                    nested.append(out[-1])  # «Главметалл ВСНХ»: Главметалл is a name of its own
                out[-1] = (out[-1][0], span[1], "ORG")
                continue
        out.append(span)
    return out, nested


def _quoted_end(text: str, span: tuple[int, int, str]) -> bool:
    return span[1] < len(text) and text[span[1]] in _QUOTES


def _overlaps(r: RuleSpan, others: list[RuleSpan]) -> bool:
    return any(o.start < r.end and r.start < o.end for o in others)


def _drop_covered(
    text: str, spans: list[tuple[int, int, str]], special: list[RuleSpan]
) -> list[tuple[int, int, str]]:
    """Drop NER spans a rule span replaces: the same span retyped, a person inside an enterprise name,
    the quoted name of «партия «Зелёный путь»», or a place word inside a quoted name."""
    kept = []
    for s in spans:
        inside = [r for r in special if r.start <= s[0] and s[1] <= r.end and not r.nested]
        if any((r.start, r.end) == (s[0], s[1]) for r in inside):
            continue
        quoted = s[0] > 0 and text[s[0] - 1] in _QUOTES
        if s[2] != "PER" and quoted and any(_head_and_name(text, r, s[0]) for r in inside):
            continue
        if s[2] == "PER" and any(r.type == "enterprise" or " имени " in text[r.start : s[0] + 1] for r in inside):
            continue  # «батальон имени Чапаева»: the man the unit is named after is no mention here
        if s[2] == "ORG" and any(r.type == "enterprise" for r in inside):
            continue
        if s[2] in ("PER", "LOC") and " " not in text[s[0] : s[1]] and any(
                r.type == "organisation" and r.start == s[0] and s[1] < r.end for r in inside):
            continue  # «Кривоозерский| уисполком»: the body's adjective, not a person or a place
        if s[2] in ("PER", "LOC") and any(r.type == "enterprise" and r.start == s[0] and (
                r.end < s[1] or _ADJECTIVE_END.fullmatch(text, s[0], s[1])) for r in special):
            continue  # «Ольховском| заводах», «Кедровском| прииске»: the works' adjective, no town or person
        if s[2] == "LOC" and any(r.type != "event" and _quoted_inside(text, r.start, s[0]) for r in inside):
            continue  # the «Урал» of «завод «Красный Урал»» is part of a name, not a place
        kept.append(s)
    return kept


_ADJECTIVE_END = re.compile(r"[А-ЯЁ][а-яё]+(?:ский|ского|скому|ским|ском|ская|ской|скую|ные|ный|ного|ном|ная|ной)")


def _quoted_inside(text: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a «quoted» name that opens after ``start`` (or at it: «Вестник Сибири»)?"""
    part = text[start:pos]
    return part.count("«") > part.count("»") or (start > 0 and text[start - 1] in _QUOTES)


def _head_and_name(text: str, r: RuleSpan, name_start: int) -> bool:
    """Is ``r`` one head word and the quoted name at ``name_start`` («партии «Зелёный путь»»)?"""
    head = text[r.start : name_start - 1]
    return r.type == "organisation" and r.start < name_start and len(head.split()) == 1


def _surname_key(parts: Any) -> str | None:
    s = (parts.surname or "").lower() if parts else ""
    return (
        s[:-1]
        if s.endswith(("ова", "ева", "ина", "ына"))
        else (s[:-2] + "ий" if s.endswith("ая") else s) or None
    )


def _apply_memory(morph: Morph, mentions: list[Mention]) -> list[Mention]:
    """Re-decide guessed genders (Мясникова, Сомову) from sure mentions of the same surname.

    A decided mention trades its ``gender_guess`` attribute for ``gender_from=document``."""
    sure: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "person" and m.parts and m.parts.gender and not m.attr("gender_guess"):
            key = _surname_key(m.parts)
            if key:
                sure.setdefault(key, set()).add(m.parts.gender)
    out = []
    for m in mentions:
        key = _surname_key(m.parts) if m.type == "person" and m.attr("gender_guess") else None
        genders = sure.get(key or "", set())
        if key and len(genders) == 1:
            person: PersonName = lemmatise_person(morph, m.text, Cues(memory=next(iter(genders))))
            attrs = tuple(a for a in m.attrs if a[0] != "gender_guess") + (("gender_from", "document"),)
            m = dataclasses.replace(m, norm=person.norm, parts=person.parts, attrs=attrs)
        out.append(m)
    return out
