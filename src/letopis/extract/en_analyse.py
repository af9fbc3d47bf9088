"""Typing one capitalised run: person, organisation, enterprise, place, event, or unknown.

A run is typed in order of the strongest evidence: a ruler named by title ("the King", "Duke of
Orleans"); an ordinal unit ("the 7th Cavalry"); a lower-case head noun after it ("the French army",
"the Georgian republic", "the Republican party"); the lexicon or a head noun for the run as a whole,
with the names nested after "of" ("Board of Health", "Bank of the United States"); otherwise the run
is split into pieces (en_pieces) and each is typed alone, by context, person evidence (titles,
given names, initials, surname shapes), abbreviation shape or known tokens.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letopis.extract.chinese_names import chinese_name
from letopis.extract.en_classify import (
    APPOSITION_BEFORE,
    ENTERPRISE_TAIL,
    FORMER_NAME_BEFORE,
    OCCUPATION_BEFORE,
    PEOPLE_NAMED_BEFORE,
    SELF_NAMED_BEFORE,
    STATE_AFTER,
    Verdict,
    head_type,
    lexicon_type,
    person_evidence,
)
from letopis.extract.en_context import DAY_OF
from letopis.extract.en_document import Cand
from letopis.extract.en_gazetteer import common_here, known_place, long_s_reading
from letopis.extract.en_heads import (
    JUNCTION_AFTER,
    LOWER_ORG_AFTER,
    LOWER_ORG_HEAD,
    LOWER_PLACE_HEAD,
    NAME_OF_THE_HEAD,
)
from letopis.extract.en_headwords import after_initials
from letopis.extract.en_leading import (
    by_leading_noun,
    language_gloss,
    number_after,
    numbered_kind,
    office_alone,
    section_number,
)
from letopis.extract.en_pieces import (
    split_inner_title,
    split_lexicon_prefix,
    split_pieces,
    split_shouted_head,
    trim_to_name,
)
from letopis.extract.en_roles import GIVEN_ABBR_BEFORE, TITLE_BEFORE, trade_only
from letopis.extract.en_rulers import ruler
from letopis.extract.en_runs import CONNECTORS, NATIONALS, Run, shouted_body, strip_leading
from letopis.extract.en_shipping import MASTER_BEFORE, cargo_after, vessel_before
from letopis.extract.en_single import DETERMINERS, single
from letopis.extract.en_surnames import common_word, plausible_surname
from letopis.extract.en_tokens import Token
from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import (
    MEMBER_NOUNS,
    NOT_NAMES,
    ORG_ABBREVIATIONS,
    ORG_HEADS,
    PLACE_SUFFIXES,
    SOVIET_BODIES,
    TITLES,
    is_given,
    is_place,
)
from letopis.extract.names import PATRONYMIC, looks_like_surname
from letopis.extract.period_figures import FIGURE_NAMES, period_figure


def analyse(run: Run, toks: list[Token], text: str, seg: int, heading: bool) -> list[Cand]:
    """Type one capitalised run (may split it into several candidates)."""
    number = number_after(run, text)
    if number:  # "Neptune Hose Company No. 2", "Chenango Valley Lodge, No. 414": the body and its number
        inner = Run(run.i, run.j - 1, run.tokens[:-1])
        kind = numbered_kind(inner)
        if kind:  # "Mine No. 9", "School No. 12", "Crescent Hose No. 3"
            return [Cand(inner.tokens[inner.words[0] in ("The", "A")].start, number.end(), kind, True, seg)]
        return [replace(c, end=number.end()) if c.end == inner.end and c.type in ("organisation", "enterprise")
                else c for c in _analyse(inner, toks, text, seg, heading)]
    if section_number(run, text):  # "I. GENERAL", "I. BAKU": a section's number, no initial
        return _analyse(Run(run.i + 1, run.j, run.tokens[1:]), toks, text, seg, heading)
    cut = after_initials(run)
    if cut:  # "Korobeinikova N. P. Profsoyuzy Srednego Urala": the author, surname first, then a book's title
        head, tail = Run(run.i, run.i + cut, run.tokens[:cut]), Run(run.i + cut, run.j, run.tokens[cut:])
        rest = _analyse(tail, toks, text, seg, heading) if tail.tokens else []
        return [Cand(head.start, head.end, "person", True, seg)] + rest
    shadow = shouted_body(run, text)
    if shadow is not None:  # "GUBERNIA DEPARTMENT OF THE GPU": typed as its mixed-case writing would be
        return _analyse(shadow[0], toks, shadow[1], seg, heading)
    return [c for c in _analyse(run, toks, text, seg, heading) if not _red_name(c, text)]


# bodies the period named after a man ("the Zadorinsky club", "the Pechorkin school"); a group, a party or a
# band after its leader is his too
_NAMED_AFTER_HEAD = re.compile(r"\s+(?:club|school|hotel|academy|college|university|gymnasium|lyceum|trust|"
                               r"cooperative|co-operative|artel|commune|kolkhoz|sovkhoz|collective)\b")
_RED_NAME = re.compile(r"(?:The\s|THE\s)?(?:Red|RED)\s[A-Z]")


def _red_name(c: Cand, text: str) -> bool:
    """"the Red Furrow kolkhoz", "the Red Dawn club": a Soviet name that opens with "Red" is no person's
    (a nickname needs a title or quotes: "Comrade Red Kolya")."""
    return c.type == "person" and not c.titles and _RED_NAME.match(text, c.start) is not None


_EPONYM_TAILS = {"Papers": "person", "Collection": "person", "Memoirs": "person", "Diary": "person",
                 "Diaries": "person", "Letters": "person", "Enrolment": "none",
                 "Enrollment": "none", "Levy": "none", "Prize": "none", "Call-up": "none"}
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())  # "on Sunday| school was"
_IMENI_BEFORE = re.compile(r"\b(?:imeni|im\.)\s+$")


def _analyse(run: Run, toks: list[Token], text: str, seg: int, heading: bool) -> list[Cand]:
    if vessel_before(text[max(0, run.start - 24) : run.start]):
        return []  # "Schr. Eliza Jane", "the sloop Gen. Grant": a vessel's name, not a person or a place
    if len(run.tokens) == 1 and MASTER_BEFORE.search(text[max(0, run.start - 48) : run.start]) and \
            re.match(r"^,\s", text[run.end : run.end + 2]):
        if cargo_after(text[run.end : run.end + 40]):
            return [Cand(run.start, run.end, "place", True, seg)]  # "bark Polly Ann, Racine, oats.": her port
        return [Cand(run.start, run.end, "person", True, seg)]  # "brig Ocean Queen, Hudson, 11 days from"
    royal = ruler(run, text, seg, _typed_whole)
    if royal is not None:
        return royal
    led = by_leading_noun(run, seg)  # (before titles are stripped: "Court Pride of Glynmawr")
    start = run.start
    run, titles = (run, []) if led is not None else strip_leading(run)
    if titles and titles[-1] in NATIONALS and language_gloss(text, start):
        titles = titles[:-1]  # "Tarvola (the Finnish Tarvoinen)": a language's form of a name, no nationality of a man
    if not titles and office_alone(run, text):
        return []  # "Lieutenant-Colonel,| Counsellor of Legation.", "the Counsellor": an office, no name
    led = led if led is not None else by_leading_noun(run, seg)
    if led is not None:
        return led
    if len(run.tokens) == 2 and chinese_name([t.bare for t in run.tokens]):
        return [Cand(run.start, run.end, "person", True, seg, titles=tuple(titles))]  # "Wang Te-lin", "Ma Yunting"
    if len(run.tokens) == 2 and PATRONYMIC.match(run.words[1]) and run.words[0].isalpha() and \
            run.words[0][1:].islower() and run.words[0] not in NOT_NAMES and not titles:
        return [Cand(run.start, run.end, "person", True, seg)]  # "Khristian Georgievich": a patronymic's given name
    if len(run.tokens) >= 3 and run.tokens[0].sent_start and common_word(run.words[0].lower()) and \
            is_given(run.words[1]) and PATRONYMIC.match(run.words[2]):
        run = Run(run.i + 1, run.j, run.tokens[1:])  # "Greet Abram Solomonovich for me": a verb opens the sentence
    member = next((k for k in (3, 2) if len(run.tokens) > k and " ".join(run.words[:k]) in MEMBER_NOUNS), 0)
    if member:  # "the former Socialist Revolutionary Pakhomov": the party by its member noun, then the man
        noun = " ".join(run.words[:member])
        rest = Run(run.i + member, run.j, run.tokens[member:])
        named = _analyse(rest, toks, text, seg, heading) if head_type(rest.words) is None else []
        if any(c.type == "person" for c in named):
            return [Cand(run.start, run.tokens[member - 1].end, "organisation", True, seg,
                         expansion=MEMBER_NOUNS[noun]), *named]
    if len(run.tokens) >= 2 and run.tokens[-1].text in _EPONYM_TAILS and not (
            _EPONYM_TAILS[run.tokens[-1].text] == "none" and not period_figure(run.tokens[-2].text) and
            run.tokens[-2].text not in FIGURE_NAMES and
            (is_given(run.tokens[-2].text) or run.tokens[0].text in TITLES)):
        if _EPONYM_TAILS[run.tokens[-1].text] == "none":  # (not "Nathan Levy", "Mr. Levy": a man's surname)
            return []  # "the Lenin Enrolment", "the Stalin Prize": named after a person, no mention of one
        inner = Run(run.i, run.j - 1, run.tokens[:-1])  # "the Mark Shubin Papers": the person's papers
        return [c for c in _analyse(inner, toks, text, seg, heading) if c.type == "person"]
    while len(run.tokens) > 1 and (run.tokens[-1].text in _TRAILING_VERBS or (  # "Bob Lee Maddux Is a hustler"
            run.tokens[-1].text in _HONORIFICS_AFTER and run.tokens[-2].kind == "word") or (  # "Rauf Bey"
            run.tokens[-1].text in TITLES and text[run.end : run.end + 1] == "." and  # "the Ship Harmony
            run.tokens[-2].text not in ("of", "the")) or (  # Capt. Willet", not "the Board of Selectmen."
            run.tokens[-1].kind == "word" and not run.tokens[-1].cap)):  # "Elias Cadwgan and| Mrs. Annie Glasbury"
        if run.tokens[-1].text in _HONORIFICS_AFTER:
            titles = [*titles, run.tokens[-1].text]  # the honorific says a person, as a title before him would
        run = Run(run.i, run.j - 1, run.tokens[:-1])
    words = run.words
    if not words or all(t.kind == "word" and not t.cap for t in run.tokens):
        return []
    if trade_only(words):
        return []  # "Surgeon-Dentist", "Wholesale Grocers and Commission Merchants": an occupation or a firm's trade
    if _IMENI_BEFORE.search(text[max(0, run.start - 8) : run.start]):
        return []  # "fabrika imeni Zhelyabova": a works named after a person, no mention of one
    if FORMER_NAME_BEFORE.search(text[max(0, run.start - 40) : run.start]) and text[run.end : run.end + 1] in "),":
        return [Cand(run.start, run.end, "enterprise", True, seg)]  # "(former Ilyukhin and Shterling)": the old name
    ordinal = _ORDINAL_BEFORE.search(text[max(0, run.start - 8) : run.start])
    if ordinal and len(words) == 1 and words[0] in _UNITS:  # "the 7th Cavalry", "the 22nd Regiment"
        return [Cand(run.start - len(ordinal.group()), run.end, "organisation", True, seg)]
    low_org = LOWER_ORG_AFTER.match(text[run.end : run.end + 30])
    if low_org and len(words) == 1 and (is_place(words[0]) or words[0] in ("Red", "White", "Black")):
        extra = [Cand(run.start, run.end + low_org.end(), "organisation", True, seg)]
        return extra + ([] if not is_place(words[0]) else _typed_whole(run, text, seg))
    low_place = LOWER_PLACE_HEAD.match(text[run.end : run.end + 20])
    if low_place and len(words) == 1 and not titles and re.search(r"(?:an|ish|ese|ic|ch)$", words[0]):
        return [Cand(run.start, run.end + low_place.end(), "place", True, seg)]  # "the Georgian republic"
    low_org = LOWER_ORG_HEAD.match(text[run.end : run.end + 30])
    if low_org and all(len(w) == 1 for w in words) and re.match(r"\s+(?:church|chapel|conference)\b", low_org.group()):
        return [Cand(run.start, run.end + low_org.end(), "organisation", True, seg)]  # "the M. E. church"
    school = re.match(r"\s+school\b", text[run.end : run.end + 10]) if words[-1] == "Sunday" and (
        len(words) > 1 or re.search(r"\bthe\s+$", text[max(0, run.start - 5) : run.start])) else None
    if school:  # "the Baptist Sunday school": a body, not a day
        return [Cand(run.start, run.end + school.end(), "organisation", True, seg)]
    lows = [k for k, t in enumerate(run.tokens) if t.kind == "word" and not t.cap]
    if low_org and lows and lows[-1] + 1 < len(run.tokens):  # "Delegates of the Grange| party"
        k = lows[-1] + 1
        return [c for p in (Run(run.i, run.i + lows[0], run.tokens[: lows[0]]), Run(run.i + k, run.j, run.tokens[k:]))
                for c in analyse(p, toks, text, seg, heading)]
    soviet = bool(low_org) and low_org.group().split()[-1].lower().rstrip("s") in SOVIET_BODIES | {"soviet"}
    band = bool(low_org) and low_org.group().split()[-1].lower().rstrip("s") in ("band", "gang")  # after its leader
    named = bool(low_org) and len(words) == 1 and _NAMED_AFTER_HEAD.match(low_org.group()) is not None and \
        re.search(r"\bthe\s+$", text[max(0, run.start - 5) : run.start]) is not None  # "the Zadorinsky club"
    after_man = soviet or band or named
    if low_org and len(words) <= 4 and not titles and (after_man or not person_evidence(words, [])) and \
            words[-1] not in _DAYS and \
            not (len(words) == 1 and (run.tokens[0].sent_start or words[0] in DETERMINERS)) and \
            not TITLE_BEFORE.search(text[max(0, run.start - 24) : run.start]) and \
            not words[0].isupper():
        lex = lexicon_type(words)
        company = re.search(r"compan|corporation", low_org.group())
        generic = len(words) == 1 and common_here(words[0]) and re.search(  # "the Insurance company" of a
            r"\b(?:company|corporation|department|bureau|board)$", low_org.group())  # text on "insurance companies"
        people = generic or re.match(r"\s+(?:nation|tribe|society|police|gendarmerie|constabulary|hospital|library|"
                                     r"museum|theatre|theater|institute|prison|school|group|groups|commune|commission|"
                                     r"regiment|colony|club|circle)\b", low_org.group()) and len(words) == 1 and \
            re.search(r"(?:ish|ese|ian|(?<!m)an|ch|ine)$", words[-1]) and words[-1] not in _PARTY_ADJECTIVES
        # "the French police", "the Jewish hospital", "the Yiddish school", "the American group": a kind
        people = people or words == ["Soviet"] and re.match(r"\s+government\b", low_org.group())  # the state itself
        if (lex is None or lex.gazetteer) and (company or head_type(words) != "place") and not people:
            # "the French army", "the Republican party", "the Mohawk nation", "Little Fork turnpike company",
            # "the Free Labour group"
            body = [Cand(run.start, run.end + low_org.end(), "organisation", True, seg)]
            if lex is not None and lex.type == "place" and len(words) == 1 and not _MANS_BODY.search(low_org.group()) \
                    and not is_given(words[0]) and not period_figure(words[0]) and not looks_like_surname(words[0]):
                body.append(Cand(run.start, run.end, "place", False, seg))  # "the Tver savings bank": its town
            return body
        if lex is not None and lex.type == "place" and not lex.gazetteer and _TOWNS_BODY.match(low_org.group()):
            # "the Samara government", "the Vyatka militia": a body named after its town, and the town (not "the X group":
            # a group is named after a man as often, "the Nikolaev group")
            return [Cand(run.start, run.end + low_org.end(), "organisation", True, seg),
                    Cand(run.start, run.end, "place", True, seg)]
    lex = lexicon_type(words) if len(words) > 2 and "of" in words else None
    if lex is not None and lex.type != "none" and not lex.gazetteer:  # "Board of Health", "Isle of Man"
        return _typed_whole(run, text, seg)
    shouted_head = split_shouted_head(run)
    if shouted_head is not None:  # "WAYNE COUNTY TAXES": the name ends at its head noun
        return [c for p in shouted_head for c in analyse(p, toks, text, seg, heading)]
    pieces = split_pieces(run, text)
    if not pieces:
        return []  # an office and its field: "Medical Officer of Health"
    if len(pieces) > 1:
        return [c for p in pieces for c in analyse(p, toks, text, seg, heading)]
    whole = _typed_whole(run, text, seg)
    if whole and all(c.gazetteer or (c.type == "place" and words[0] in ("St", "St.") and c.end == run.end)
                     for c in whole) and (
            titles or TITLE_BEFORE.search(text[max(0, run.start - 24) : run.start]) or
            SELF_NAMED_BEFORE.search(text[max(0, run.start - 30) : run.start]) or
            PEOPLE_NAMED_BEFORE.search(text[max(0, run.start - 60) : run.start]) or
            OCCUPATION_BEFORE.search(text[max(0, run.start - 40) : run.start]) or (
                APPOSITION_BEFORE.search(text[max(0, run.start - 50) : run.start]) and
                re.match(r"\s*,", text[run.end : run.end + 3])) or (
                run.tokens[-1].possessive and DAY_OF.match(text, run.end)) or
            GIVEN_ABBR_BEFORE.search(text[max(0, run.start - 8) : run.start]) or (
                len(words) == 1 and period_figure(words[0]) and
                not _LOCATIVE_BEFORE.search(text[max(0, run.start - 8) : run.start]))):
        whole = []  # "President Bolton", "captain Kettering", "calls himself Tarrant": a person, not the place
        # (and "Kirov spoke", "Kropotkin wrote": the man, not the towns named after him)
    if whole and len(words) == 2 and words[0] in ("St", "St.") and looks_like_surname(words[1]) and \
            not is_given(words[1]) and not known_place(" ".join(words)):
        whole = []  # "St. Kolchev": Stefan's or Stoyan's initial before a surname, no saint's town
    if whole:
        return whole
    inner = split_inner_title(run)
    if inner is not None:
        return [c for p in inner for c in analyse(p, toks, text, seg, heading)]
    split = split_lexicon_prefix(run)
    if split is not None:
        return [c for p in split for c in analyse(p, toks, text, seg, heading)]
    run = trim_to_name(run)
    return single(run, titles, text, seg, heading or run.tokens[0].sent_start)


# the bodies of a town or district, named after it
_TOWNS_BODIES = {"Municipality", "Soviet", "Prefecture", "Duma", "Zemstvo", "Uprava", "Ispolkom", "Gubkom",
                 "Ukom", "Gorsovet", "Volispolkom"}
_LEGAL_TAILS = {"Law", "Laws", "Act", "Acts", "Code", "Statute", "Statutes", "Constitution", "Ordinance"}
# the honorifics of the Ottoman and Persian world, written after the name ("Rauf Bey", "Halil Pasha")
_HONORIFICS_AFTER = {"Bey", "Beg", "Bek", "Effendi", "Efendi", "Pasha", "Pacha", "Pascha", "Agha", "Aga", "Hanum",
                     "Khanum", "Sahib"}
_TRAILING_VERBS = {"Is", "Was", "Are", "Were", "Has", "Had", "Have", "Will", "Would", "Shall", "Did", "Does", "About"}
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th|d)\s+$")
_UNITS = {"Cavalry", "Infantry", "Artillery", "Regiment", "Battalion", "Division", "Corps", "Squadron", "Brigade",
          "Army", "Fleet"}


_NO_PERSON_TAIL = {"Institute", "University", "Academy", "School", "Museum", "Library", "Factory", "Plant",
                   "Works", "Mill", "Prize", "Street", "Square", "District", "Prospekt", "Avenue", "Papers",
                   "Collection", "Enrolment", "Enrollment", "Levy", "Fund"}


def _typed_whole(run: Run, text: str, seg: int) -> list[Cand]:
    """Runs typed by their head noun or by the lexicon as a whole; nested parts after "of" too."""
    words = run.words
    lex = lexicon_type(words)
    if len(words) > 2 and words[-1] == "Congress" and words[-2] in ("Union", "Unions", "National"):
        lex = Verdict("organisation", True)  # "the Trades Union Congress", "the Indian National Congress": bodies
    elif lex is not None and words[-1] == "Congress" and re.search(r"\d(?:st|nd|rd|th)\s*$", text[run.start - 8 : run.start]):
        lex = Verdict("event", True)
    if lex is not None:
        if lex.type == "none":
            return []
        gaz = lex.gazetteer and not (len(words) == 1 and words[0].lower().endswith(PLACE_SUFFIXES)) and \
            not (len(words) > 1 and head_type(words) == "place") and \
            not STATE_AFTER.match(text[run.end : run.end + 12])  # "Wayne County", "Georgetown, Del.": confirmed
        out = [Cand(run.start, run.end, lex.type, True, seg, expansion=lex.expansion, gazetteer=gaz,
                    sent_start=run.tokens[0].sent_start)]
        j = JUNCTION_AFTER.match(text[run.end : run.end + 40])
        if lex.type == "place" and j:
            out.append(Cand(run.start, run.end + j.end(), "place", True, seg))
            if NAME_OF_THE_HEAD.match(j.group()):
                out = [c for c in out if not (c.start == run.start and c.end == run.end)]
        works = ENTERPRISE_TAIL.match(text[run.end : run.end + 40]) if lex.type == "place" else None
        if works:  # "the Kolomna works": a works named after its town, and the town
            out.append(Cand(run.start, run.end + works.end(), "enterprise", True, seg))
        return out
    last = run.tokens[-1]
    if len(words) > 1 and (last.kind == "abbr" or last.bare in ORG_ABBREVIATIONS) and (head_type(words[:-1]) == \
            "organisation" or (last.kind == "abbr" and len(words) == 2 and _BODY_LETTERS.fullmatch(words[0]))):
        # "the Central Committee RCP(b)", "the CC KP(b)Kaz": the body and its party, written without "of the"
        party = Cand(last.start, last.end, "organisation", True, seg, expansion=ORG_ABBREVIATIONS.get(last.bare))
        return [Cand(run.start, run.end, "organisation", True, seg), party]
    known_tail = next((k for k in range(1, min(len(words), 4)) if _known_org(words[k:])), None)
    if known_tail is not None and not any(w in ("of", "for", "and") for w in words[:known_tail]):
        return [Cand(run.start, run.end, "organisation", True, seg)]  # "the Political Red Cross"
    of_at = next((k for k, w in enumerate(words) if w in ("of", "for", "named") or (
        k >= 1 and w == "on" and words[k - 1] in ORG_HEADS)), None)  # "Committee on Drains", "Royal Commission on"
    head_words = words[:of_at] if of_at else words
    head = head_type(head_words) if of_at else head_type(words)
    if head is None and of_at:
        k2 = next((k for k in range(of_at + 2, len(words)) if words[k] in ("of", "for")), None)
        known = lexicon_type(words[:k2]) if k2 else None  # "House of Representatives| of the United States"
        if known is not None and known.type not in ("none", "place") and not known.gazetteer:
            head = known.type
    w0 = long_s_reading(words[0]) or words[0]
    tail_head = head_type(words[2:] if words[1] != "the" else words[3:] or ["x"]) if of_at == 1 else None
    if head is None and of_at == 1 and w0 in ORG_HEADS and tail_head != "place" and (
            w0 not in ("Party", "Group") or tail_head == "organisation"):  # "the Party of Socialist Revolutionaries"
        head = "organisation"
    joined_trades = head == "enterprise" and all(  # "Spinning and Weaving Mill"
        words[k - 1].endswith("ing") for k, w in enumerate(words) if w == "and" and k > 0)
    if head is None or (of_at is None and any(w in CONNECTORS - {"i"} for w in words) and head != "organisation"
                        and not joined_trades):
        return []
    if of_at and words[-1] in _LEGAL_TAILS and head == "organisation":
        return []  # "Section of the Health Law": a part of a law, not a body
    out = [Cand(run.start, run.end, head, True, seg)]
    if of_at is None and len(words) == 2 and words[1] in _TOWNS_BODIES and plausible_surname(words[0]) and \
            not dictionary_word(words[0]) and not is_given(words[0]) and not looks_like_surname(words[0]):
        t = run.tokens[0]  # "the Tarvish Municipality", "the Dolgany Soviet": the town's body, and the town
        out.append(Cand(t.start, t.start + len(t.bare), "place", False, seg))
    for k, w in enumerate(words[:-1]):
        if of_at and k > of_at and w in ("of", "the") and words[k + 1] not in ("of", "the"):
            sub = Run(run.i + k + 1, run.j, run.tokens[k + 1 :])
            out.extend(_nested_known(sub, seg) or [])
    if of_at:
        k = of_at + 1
        while k < len(words) and words[k] in CONNECTORS | {"the"}:
            k += 1
        if k < len(words):
            tail = Run(run.i + k, run.j, run.tokens[k:])
            nested = _typed_whole(tail, text, seg) or _nested_known(tail, seg)
            if not nested and head_words[-1] not in _NO_PERSON_TAIL and "named" not in words:
                nested = [c for c in single(tail, [], text, seg, False) if c.type == "person" and c.strong]
            out.extend(nested)
    return out


def _known_org(words: list[str]) -> bool:
    """Is ``words`` an organisation the lexicon knows by a phrase of two or more words ("Red Cross")?"""
    lex = lexicon_type(words) if len(words) > 1 else None
    return lex is not None and lex.type == "organisation" and not lex.gazetteer


def _nested_known(run: Run, seg: int) -> list[Cand]:
    lex = lexicon_type(run.words)
    if lex is not None and lex.type != "none":
        return [Cand(run.start, run.end, lex.type, True, seg, expansion=lex.expansion)]
    return []


# a party body's initials before the party's ("CC", "TsK", "MK" before VKP(b))
_BODY_LETTERS = re.compile(r"[A-Z][A-Za-z]{0,3}[A-Z]|[A-Z]{1,2}")

# bodies named after a man as often as after a town ("the Nikolaev group")
_MANS_BODY = re.compile(r"\b(?:group|circle|faction|band|gang|party|followers|supporters|company|firm|brothers|nation|tribe|people)s?$")
_PARTY_ADJECTIVES = frozenset(("Republican", "Lutheran", "Anglican", "Puritan", "Episcopalian", "Presbyterian",
                               "Christian", "Vegetarian", "Humanitarian", "Libertarian", "Proletarian"))
_TOWNS_BODY = re.compile(r"\s+(?:(?:transit\s+|city\s+|county\s+|central\s+)?(?:government|militia|garrison|"
                         r"legislature|prison|gaol|jail|hospital|infirmary|police|constabulary|railway|railroad|"
                         r"university|institute|library|museum|theatre|theater))\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|outside)\s+$", re.IGNORECASE)

