"""Splitting a capitalised run into the names it holds, before each piece is typed.

A run of capitalised words may hold several names ("Glavmetall Voronkov", "United States Marshal
Korbitt", "WAYNE COUNTY TAXES") or one name joined by connectors ("Board of Public Works", "A and B
Party"). The run is split at joining words (of, for, and, named after; in an upper-case headline
the upper-case ones too) and pieces are re-attached where a head noun asks for it; further splits
come after a place or organisation head inside a headline, before an inner title, and after a known
place or organisation followed by a person; descriptive words before a person's name are dropped.
"""

from __future__ import annotations

from letopis.extract.en_classify import head_type, lexicon_type, person_evidence
from letopis.extract.en_gazetteer import long_s_reading
from letopis.extract.en_runs import Run
from letopis.extract.en_surnames import plain_name_pair
from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import (
    GIVEN_NAMES,
    NOT_NAMES,
    ORG_ABBREVIATIONS,
    ORG_HEADS,
    ORG_WORDS,
    PLACE_HEADS,
    PLACES,
    SOCIAL_WORDS,
    TITLES,
    is_given,
    is_place,
)
from letopis.extract.names import PATRONYMIC, is_initials, looks_like_surname

_ATTACH = {"of", "of the", "for", "for the", "named after", "on", "on the"}


def split_pieces(run: Run, text: str) -> list[Run]:
    """Split at connectors, then re-attach "Head of X" and "A and B Party" where a head noun asks for it."""
    parts = _split_connectors(run)
    if len(parts) < 2:
        return parts
    out = [parts[0]]
    heads = [head_type(parts[0].words)]
    for nxt in parts[1:]:
        cur, cur_head = out[-1], heads[-1]
        conn = " ".join(text[cur.end : nxt.start].split())
        w0 = long_s_reading(cur.words[0]) or cur.words[0]
        lone_head = len(cur.words) == 1 and w0 in ORG_HEADS and w0 not in ("Party", "Group")
        if lone_head and conn in ("of", "of the", "for", "for the", "on") and len(out) == 1:
            cur_head = "organisation"  # "Board of Public Works", "Committee of Safety", "Committee on Drains"
        if cur_head is None and conn in ("of", "of the", "for", "for the"):
            known = lexicon_type(cur.words + conn.split() + nxt.words)  # "House of Representatives| of the US"
            if known is not None and known.type not in ("none", "place") and not known.gazetteer:
                cur_head = known.type
        office = conn in ("of", "for") and cur.words[-1].rstrip(".") in TITLES and len(nxt.words) == 1 and \
            cur_head is None  # "Medical Officer of Health", "Sergeant of Police": the field is no name
        if office and cur.start == run.start and nxt.end == run.end:
            return []
        attach = conn in _ATTACH and cur_head is not None
        attach = attach or (conn == "and" and cur_head is not None and len(cur.tokens) > len(parts[0].tokens)
                            and head_type(nxt.words) is None and not person_evidence(nxt.words, []))
        joint = conn == "and" and cur_head is None and (head_type(nxt.words) == "organisation" or (
            head_type(nxt.words) == "enterprise" and len(cur.words) > 1 and cur.words[-1].endswith("ing"))) and \
            not person_evidence(cur.words, [])  # "Tsna Spinning and Weaving Mill"
        if attach or joint:
            out[-1] = Run(cur.i, nxt.j, run.tokens[cur.i - run.i : nxt.j - run.i])
            heads[-1] = cur_head or head_type(nxt.words)
        else:
            out.append(nxt)
            heads.append(head_type(nxt.words))
    return out


def trim_to_name(run: Run) -> Run:
    """Drop descriptive words before a name: "Employee Voronkov", "Left Communist Gavriil Tarasov"."""
    words = run.words
    pair = [w.title() if w.isupper() and len(w) > 2 else w for w in words]  # "ORVAN DELISKO" too
    if len(words) < 2 or is_given(words[0]) or is_initials(words[0]) or (
            all(w.isupper() for w in words) and is_given(pair[0])):  # "GRIGORY KOLTUNOV" in capitals
        return run
    if 2 <= len(words) <= 3 and looks_like_surname(words[0]) and is_given(words[1]) and \
            (len(words) == 2 or PATRONYMIC.match(words[2])):
        return run  # "Glukhov Matvei Frolovich", "Strizhova Lyubov": the surname first, as lists write it
    if len(words) == 3 and is_given(words[1]) and PATRONYMIC.match(words[2]) and not dictionary_word(words[0].lower()):
        return run  # "WIEBE Jakob Petrovich": any surname before a given name and a patronymic, as lists write it
    if len(words) == 2 and looks_like_surname(pair[1]) and pair[0] not in SOCIAL_WORDS and plain_name_pair(pair):
        return run  # "Zulfiya Rakhimova", "Tamaz Beridze": a given name the tables lack, no descriptive word
    for k in range(1, len(words)):
        rest = words[k:]
        given = rest[0] in GIVEN_NAMES or (len(rest) > 1 and is_given(rest[0]))  # "Kettering Lyle" stays whole
        if given or is_initials(rest[0]) or (len(rest) == 1 and person_evidence(rest, [])):
            return Run(run.i + k, run.j, run.tokens[k:])
    return run


_SPLITTERS = {"of", "for", "and", "named", "after", "i", "the", "on"}
# In an upper-case headline the joining words are upper case too: "TAXES OF GRAFTON COUNTY".
_SHOUTED_SPLITTERS = {"OF", "FOR", "AND", "THE", "ON", "IN", "AT", "TO", "FROM", "BY", "WITH", "A", "AN", "NEAR"}
# A title-case headline capitalises its joining words: "Improvements At The Mine".
_HEADLINE_SPLITTERS = {"At", "To", "In", "From", "Near", "With", "By", "Is", "Are", "Was", "Were", "Will", "Has", "About",
                       "Into", "Upon", "Over"}


def _split_connectors(run: Run) -> list[Run]:
    """Split a run at joining words (of, and, named after); name particles (van der, de) stay inside."""
    pieces: list[Run] = []
    k0 = 0
    toks = run.tokens
    shouted = all(t.text.isupper() for t in toks if t.kind == "word")
    headline = any(t.text in _HEADLINE_SPLITTERS for t in toks[1:])  # "Improvements At The Mine"
    for k, t in enumerate(toks):
        if t.kind == "word" and ((t.text in _SPLITTERS and not t.cap) or (shouted and t.text in _SHOUTED_SPLITTERS)
                                 or (headline and t.text.upper() in _SHOUTED_SPLITTERS and k > 0)):
            if k > k0:
                pieces.append(Run(run.i + k0, run.i + k, toks[k0:k]))
            k0 = k + 1
    if k0 < len(toks):
        pieces.append(Run(run.i + k0, run.j, toks[k0:]))
    return pieces


def split_shouted_head(run: Run) -> tuple[Run, Run] | None:
    """Split an upper-case headline run after a place or organisation head that is not its last word."""
    toks = run.tokens
    if len(toks) < 3 or not all(t.text.isupper() for t in toks if t.kind == "word") or \
            head_type(run.words) is not None:
        return None
    for k in range(len(toks) - 2, 0, -1):
        w = toks[k].bare.title()
        if toks[k].kind == "word" and (w in PLACE_HEADS or w in ORG_HEADS) and w not in NOT_NAMES and \
                head_type([t.bare for t in toks[: k + 1]]) is not None:
            return Run(run.i, run.i + k + 1, toks[: k + 1]), Run(run.i + k + 1, run.j, toks[k + 1 :])
    return None


def split_inner_title(run: Run) -> tuple[Run, Run] | None:
    """Split "United States Marshal Korbitt" into ("United States", "Marshal Korbitt")."""
    for k in range(1, len(run.tokens) - 1):
        if run.tokens[k].text.rstrip(".") in TITLES and run.tokens[k + 1].cap:
            return Run(run.i, run.i + k, run.tokens[:k]), Run(run.i + k, run.j, run.tokens[k:])
    return None


def split_lexicon_prefix(run: Run) -> list[Run] | None:
    """Split "Glavmetall Voronkov" / "Moscow Tarasov" where a known name precedes a person."""
    words = run.words
    if len(words) < 2:
        return None
    for k in range(2, len(words) - 1):
        lex = lexicon_type(words[:k])  # "the Constituent Assembly Serafim Dolgopolov"
        if lex is not None and lex.type == "organisation" and not lex.gazetteer and person_evidence(words[k:], []):
            return [Run(run.i, run.i + k, run.tokens[:k]), Run(run.i + k, run.j, run.tokens[k:])]
    for k in range(len(words) - 1):
        w = words[k].replace(" ", "")
        member = w in ORG_WORDS and k == 0 and head_type(words[1:]) is None  # "the former Menshevik Uzdechkin"
        if member or (w in ORG_ABBREVIATIONS or (w in PLACES and w not in GIVEN_NAMES) or (
                is_place(w) and not is_given(w))) and person_evidence(words[k + 1 :], []):
            toks = run.tokens
            return [Run(run.i, run.i + k + 1, toks[: k + 1]), Run(run.i + k + 1, run.j, toks[k + 1 :])]
    return None
