"""Attribution: who says what a sentence reports, as a chain of voices from the author inwards.

``voices(sentence, persons, lang)`` finds the reporting voices of one sentence
("According to X and Y, ...", "Comrade X believes ...", "an informant reports",
"X told Y that ...", "по словам X", "X сообщил"). The claim extractor puts the
document author first and nests the voices of a report block (a paragraph that
ends with a colon and introduces what follows) between the author and these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_I = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Speaker:
    """A person mention in a sentence: offsets relative to the sentence, name, index into doc.mentions."""

    start: int
    end: int
    name: str
    index: int


@dataclass(frozen=True)
class FoundVoice:
    """A voice found in a sentence: the Voice fields plus where its cue is (sentence-relative)."""

    name: str
    role: str
    mention: int | None
    start: int
    end: int


_SPEECH_EN = (
    r"(?:(?:also |further |then |later |repeatedly |personally )?"
    r"(?:stated|states|reported|reports|claimed|claims|told|tells|said|says|testified|declared|believes|believed"
    r"|argued|argues|noted|acknowledged|admitted|described|remarked|informed|explained|asserted|insisted"
    r"|confirmed|indicated|warned|maintained|announced|suggested|suggests)\b"
    # "wrote the diary" is authorship, not a report: writing reports only before that / to / in / a colon
    r"|(?:also |further |then |later )?(?:wrote|writes|had written)\b(?=\s*(?:that\b|to\b|in\b|:|,|[\"“«])))"
)
_SPEECH_RU = (
    r"(?:сообщ\w*|заявил\w*|заявля\w*|показал\w*|утвержда\w*|рассказал\w*|сказал\w*|считает|полагает|писал\w*"
    r"|указал\w*|отметил\w*|признал\w*|подтвердил\w*)"
)
_ACCORDING_EN = re.compile(r"\baccording to\b|\bper\b(?=[^,]*\bwords\b)|\bas reported by\b"
                           r"|\b(?:report|statement|testimony|information)\s+(?:comes?\s+|came\s+)?(?:from|by)\b", _I)
_ACCORDING_RU = re.compile(r"\bпо (?:словам|сведениям|данным|показаниям|сообщению)\b|\bсогласно\b"
                           r"|\bкак (?:сообща\w+|заявил\w*|сказал\w*|передаёт|передает|пишет)\b", _I)
_REPORTS_EN = re.compile(
    r"\b(?:received |recent |other |several |some |numerous |agent(?:ural)? )?reports?\b"
    r"(?! (?:from|about|of) the (?:\w+ )?(?:factory|district))|\breportedly\b", _I)
_REPORTS_RU = re.compile(r"\bсводк\w*|\bдонесени\w*|\bсообщени\w*|\bпо агентурным данным\b", _I)
_INFORMANT = re.compile(r"\binformants?\b|\bagents?\b|\bосведомител\w*|\bагент(?:а|у|ом|ы|ов)?\b|\bагентур\w*", _I)
_ALLEGED = re.compile(r"\balleged(?:ly)?\b|\bякобы\b", _I)
_INTERROGATED = re.compile(r"\btestif\w+|\binterrogat\w+|\bquestioning\b|\bдопрос\w*|\bпоказани\w*", _I)
_WITNESS = re.compile(r"\bwitness\w*|\bсвидетел\w*|\bочевид\w*", _I)


def _role(context: str) -> str:
    if _INTERROGATED.search(context):
        return "interrogated"
    if _WITNESS.search(context):
        return "witness"
    if _INFORMANT.search(context):
        return "informant"
    return "source"


def _join(speakers: Sequence[Speaker]) -> str:
    return " and ".join(s.name for s in speakers)


def _speakers_in(persons: Sequence[Speaker], start: int, end: int) -> list[Speaker]:
    return [p for p in persons if p.start >= start and p.end <= end]


def _according(text: str, persons: Sequence[Speaker], lang: str,
               bodies: Sequence[Speaker] = ()) -> list[FoundVoice]:
    pattern = _ACCORDING_RU if lang == "ru" else _ACCORDING_EN
    out: list[FoundVoice] = []
    for m in pattern.finditer(text):
        stop = min([k for k in (text.find(",", m.end()), text.find(":", m.end())) if k >= 0] or [len(text)])
        stop = len(text) if stop < 0 else stop
        phrase = text[m.end():stop]
        who = _speakers_in(persons, m.end(), stop)
        if who and not m.group(0).lower().startswith(("according", "по ", "соглас", "per", "как")) and \
                len(text[m.end():who[0].start].split()) > 1:
            who = []
        body = _speakers_in(bodies, m.end(), stop)
        body = body[:1] if body and len(text[m.end():body[0].start].split()) <= 3 else []
        if who:
            out.append(FoundVoice(_join(who), _role(text), who[0].index, m.start(), stop))
        elif body:
            out.append(FoundVoice(_join(body), "report", body[0].index, m.start(), stop))
        elif _INFORMANT.search(phrase):
            out.append(FoundVoice("informant", "informant", None, m.start(), stop))
        elif re.search(r"\bsame source\b|\bтого же источника\b", phrase, _I):
            out.append(FoundVoice("same source", "source", None, m.start(), stop))
        elif re.search(r"\breports?\b|\bsources?\b|\bdata\b|\binformation\b|\bсведени|\bданны", phrase, _I):
            out.append(FoundVoice("reports", "report", None, m.start(), stop))
    return out


def _speech(text: str, persons: Sequence[Speaker], lang: str) -> list[FoundVoice]:
    """"X (and Y) stated ..." with the speakers just before the verb."""
    verb = re.compile(r"\s*(?:(?:,|—)[^,;—]{0,90}){0,2}(?:,|—)?\s*(?:\w+ly\s+)?" + (_SPEECH_RU if lang == "ru" else _SPEECH_EN), _I)
    out: list[FoundVoice] = []
    for i, p in enumerate(persons):
        m = verb.match(text, p.end)
        if not m:
            continue
        group = [p]
        j = i - 1
        while j >= 0 and re.fullmatch(r"\s*(?:,|and|и|,\s*and)\s*", text[persons[j].end:group[0].start]):
            group.insert(0, persons[j])
            j -= 1
        if out and out[-1].end == m.end():
            continue  # "A, a member closely tied to B, told": A speaks, not B
        out.append(FoundVoice(_join(group), _role(text), group[0].index, group[0].start, m.end()))
    return out


def voices(text: str, persons: Sequence[Speaker], lang: str = "en",
           bodies: Sequence[Speaker] = ()) -> list[FoundVoice]:
    """The reporting voices of one sentence, outermost first (by position in the sentence).

    persons: the person mentions of the sentence; bodies: its organisations ("according to the GPU",
    "the GPU reported"), whose voices get the role ``report``.
    """
    found = _according(text, persons, lang, bodies) + _speech(text, persons, lang)
    found += [FoundVoice(v.name, "report", v.mention, v.start, v.end) for v in _speech(text, bodies, lang)
              if not any(f.start <= v.start < f.end for f in found)]
    if not found:
        reports = _REPORTS_RU if lang == "ru" else _REPORTS_EN
        m = reports.search(text)
        if m:
            found.append(FoundVoice("reports", "report", None, m.start(), m.end()))
        elif _INFORMANT.search(text):
            m2 = _INFORMANT.search(text)
            assert m2 is not None
            found.append(FoundVoice("informant", "informant", None, m2.start(), m2.end()))
        elif _ALLEGED.search(text):
            m3 = _ALLEGED.search(text)
            assert m3 is not None
            found.append(FoundVoice("allegation", "report", None, m3.start(), m3.end()))
    found.sort(key=lambda v: v.start)
    return found
