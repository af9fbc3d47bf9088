"""What the context says about a Russian person mention: the gender of an agreeing past-tense verb or of
a feminine role noun in apposition, a governing preposition or noun before it (an oblique case), a role
noun in the nominative before it (the name is nominative too).

    cues = person_cues(morph, segment_text, start, end)
    lemmatise_person(morph, surface, cues)
"""

from __future__ import annotations

import re

from letopis.extract.morph import Morph, from_dictionary
from letopis.extract.russian_heads import ROLES, ROLES_NOMINATIVE
from letopis.extract.russian_names import Cues

_WORD = re.compile(r"[^\W\d_]+")
_TITLES = frozenset(("товарищ", "тов", "гражданин", "гражданка", "господин", "госпожа"))
_SENTENCE_END = re.compile(r"(?<![А-ЯЁA-Z])[.!?…]+(?=\s|$)|\n")
_PAST = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись)$")
_RELATIVE_AFTER = re.compile(r"\s*,\s*котор(ая|ой|ую|ою|ый|ого|ому|ым)\b")
_APPOSED_AFTER = re.compile(r",\s+([а-яё]{4,})\b")
_CLAUSE_STOP = frozenset(
    ("что", "который", "которая", "которые", "которого", "чтобы", "если", "когда", "где", "и")
)


# the body a man speaks for, before his name in one NER span: «Волгофлота т. Гаврилов», «РИК А. Сомов»
_BODY_BEFORE_NAME = re.compile(r"[А-ЯЁ][а-яё]+\s(?:тт?|тов)\.\s?(?=[А-ЯЁ])|[А-ЯЁ]{2,}\s(?:тт?\.\s?)?(?=[А-ЯЁ]\.)")


def name_after_body(text: str, start: int, end: int) -> int:
    """Where the name of a person span starts: after the body named before "т." or the initials, if any."""
    m = _BODY_BEFORE_NAME.match(text, start, end)
    return m.end() if m else start


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def person_cues(morph: Morph, text: str, start: int, end: int) -> Cues:
    """Cues for a person mention: an agreeing past-tense verb, a governing word just before."""
    left, right = _sentence(text, start, end)
    before = _WORD.findall(text[left:start])
    prev = before[-1].lower() if before else ""
    feminine = _verb_gender(morph, text, end, right, start, left)
    relative = _RELATIVE_AFTER.match(text, end)
    if feminine is None and relative:  # «т. Ковригина, которая предлагает»: the pronoun agrees with her
        feminine = relative.group(1) in ("ая", "ой", "ую", "ою")
    apposed = _APPOSED_AFTER.match(text, end)
    if feminine is None and apposed and any(  # «Е. Мызникова, работница чесального отделения»
            {"NOUN", "anim", "femn", "nomn"} <= set(str(p.tag).replace(" ", ",").split(","))
            for p in morph.parse(apposed.group(1))[:1]):
        feminine = True
    preposition = bool(prev) and morph.has_tag(prev, "PREP")
    # a common noun just before («письмо Мясникова») governs a genitive, unless a feminine verb agrees
    governed = (
        bool(prev) and prev not in _TITLES and prev == before[-1] and morph.parse(prev)[0].tag.POS == "NOUN"
    )
    role = bool(prev) and morph.parse(prev)[0].tag.POS == "NOUN" and (prev in ROLES_NOMINATIVE or (
        morph.parse(prev)[0].normal_form in ROLES and "nomn" in morph.parse(prev)[0].tag))
    if role:  # also capitalised, as a signature's title («Секретарь      Белянкина»)
        return Cues(feminine=feminine, nominative=True)  # «секретарь Сомова», «члены Лапшин и Ерёмкина»
    return Cues(feminine=feminine, oblique=preposition or (governed and not feminine))


def _verb_gender(morph: Morph, text: str, end: int, right: int, start: int, left: int) -> bool | None:
    """Is the nearest past-tense verb of the clause feminine? None when there is none.

    Looks right up to the first comma or clause word, then left back to the previous comma."""
    for m in _WORD.finditer(text, end, right):
        w = m.group().lower()
        if w in _CLAUSE_STOP or any(ch in text[end : m.start()] for ch in ",;:—–("):
            break
        fem = morph.is_feminine_past(w) if _PAST.search(w) else None
        if fem is not None:
            return fem
    clause = max(text.rfind(",", left, start), left)
    for w in reversed(_WORD.findall(text[clause:start])):
        fem = morph.is_feminine_past(w.lower()) if _PAST.search(w) else None
        if fem is not None:
            return fem
    return None


# the suffixes of Russian agent nouns («кладовщик», «переводчик», «свидетельница», «писарь»): occupations
_AGENT_NOUN = re.compile(r"(?:щик|чик|тель|ница|щица|чица|ист|истка|арь|ёр|ер)$")
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")
_NOT_NAMES_POS = frozenset(("ADVB", "PRED", "CONJ", "PRCL", "INTJ", "PREP"))


def common_noun(morph: Morph, text: str, start: int, word: str) -> bool:
    """A word the tagger took for a person that the dictionary knows only as a common noun: a thing («Помол»),
    or an occupation opening a sentence or standing before a name («Кладовщика допросили», «Прапорщика
    Тарвицкого») — never a word it also knows as a surname («Гончар»)."""
    parses = morph.parse(word.lower())
    if parses and all(from_dictionary(p) and p.tag.POS in _NOT_NAMES_POS for p in parses):
        return True  # «Секретно» over a report: an adverb, no name
    if not parses or any(t in p.tag for p in parses for t in _NAME_TAGS) or not all(
            "NOUN" in p.tag and from_dictionary(p) for p in parses):
        return False  # (a guess by analogy is no evidence: a surname in -ов read as a plural genitive)
    before = text[max(0, start - 3) : start]
    if all("inan" in p.tag for p in parses):  # (a capital inside a sentence is a name's: a short foreign name)
        return (start == 0 or re.search(r"[.!?\n]\s*$", before) is not None) and \
            not re.search(r"(?:ов|ев|ин|ын)$", word.lower())
    opening = start == 0 or re.search(r"[.!?:\n]\s*$", before) is not None  # (after a speaker's colon too)
    name_after = re.match(r"\s+[А-ЯЁ][а-яё]", text[start + len(word) : start + len(word) + 3]) is not None
    return _AGENT_NOUN.search(parses[0].normal_form) is not None and (opening or name_after)
