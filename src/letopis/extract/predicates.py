"""The claim predicates of letopis and the cue phrases (English and Russian) that signal them.

A small, documented vocabulary (see ``docs/claims.md``). Each predicate has cue
patterns; :func:`relation_cue` reads a short stretch of text that links a
subject to an object (the words between them, or a descriptor such as
"(Deputy Chairman of X)") and says which predicate it expresses and whether
the relation lies in the past (``former``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREDICATES: dict[str, str] = {
    "member_of": "person belongs to an organisation (member, cell, participant, joined, affiliated)",
    "leader_of": "person leads, heads, founded or organised an organisation",
    "attended": "person attended a meeting of, or at, the object",
    "author_of": "person wrote or authored a publication",
    "edited": "person edited or annotated a publication",
    "literature": "person received, handed, distributed or kept a publication",
    "employed_at": "person works at an enterprise or institution, or holds an office there",
    "sanction": "person was expelled, arrested, exiled or released (object: the body or a literal)",
    "contact_with": "person is linked with, in contact with, or introduced to another person",
    "located_in": "person lived in, is based in or resides in a place",
}

# Predicates that express belonging to an organisation (the membership family).
MEMBERSHIP = ("member_of", "leader_of", "attended", "employed_at")

_I = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Cue:
    """A cue pattern for one predicate; ``former`` marks cues of past relations (expelled)."""

    predicate: str
    pattern: re.Pattern[str]
    former: bool = False


def _cue(predicate: str, pattern: str, former: bool = False) -> Cue:
    return Cue(predicate, re.compile(pattern, _I), former)


# Order matters: the first cue found in the linking text wins.
EN_CUES: tuple[Cue, ...] = (
    _cue("member_of", r"\bexpell(?:ed|ee|ees)\b|\bexcluded from\b|\bformer(?:ly)?\b.*\bmember"
         r"|\babandon(?:ed|ing)\b|\bquit\b|\bbr(?:oke|oken|eaks?) with\b|\bresigned from\b|\bwithdr[ea]w from\b"
         r"|\bdefected from\b|\bleft\s+(?:the\s+)?[\"'«“]?\s*$", former=True),
    _cue("employed_at", r"\bdeputy\b|\bdirector\b|\bta(?:ught|ches|ching)\b|\bemploy(?:ee|ed|s)?\b|\bwork(?:s|ing|ed)? (?:at|in|for)\b"
         r"|\bprofessor\b|\bstudying at\b|\bstudent\b|\bcommissar\b|\bofficial\b|\bstaff\b"),
    _cue("leader_of", r"\bpresident\b|\bleaders?\b|\bled\b|\bleads?\b|\bhead(?:s|ed)?\b|\bchair(?:man|woman|ed)?\b"
         r"|\bsecretary\b|\bfound(?:ed|er)\b|\bformed\b|\bestablished\b|\borgani[sz]er\b|\bideologue\b|\bin charge of\b"),
    _cue("attended", r"\battend(?:ed|s|ees?|ing)?\b|\bpresent at\b|\bmeetings? (?:at|in)\b"),
    _cue("edited", r"\bedit(?:ed|ing|or)\b|\bannotat(?:ed|ions?)\b|\brevis(?:ed|ing)\b"),
    _cue("author_of", r"\bwr(?:ote|itten|iting)\b|\bauthor(?:ed)?\b"),
    _cue("literature", r"\breceiv(?:ed|ing)\b|\bhanded\b|\bdistribut(?:ed|ing|ion)\b|\bseized\b|\bfound\b"),
    _cue("member_of", r"\bmembers?(?:hip)?\b|\bcell\b|\bbelongs?\b|\bjoin(?:ed|s)?\b|\bparticipa\w*"
         r"|\baffiliat\w*|\bamong\b|\bfigures?\b|\bhost(?:ed|s|ing)? meetings\b|\bnow oppose\w*|\bactivists?\b|\bsupporters?\b|\binvolv\w*|\bconnect\w*|\blinked\b|\bties\b"
         r"|\bassociat\w*|\brepresentative\b|\bdelegate\b|\bveteran\b|\bpart of\b|\bin the\b|\bwithin\b"),
    _cue("located_in", r"\bliv(?:ed|es|ing) in\b|\bbased in\b|\bresid(?:es|ed|ing) in\b"),
)

RU_CUES: tuple[Cue, ...] = (
    _cue("member_of", r"\bисключ\w*|\bбывш\w*|\bвышел из\b|\bпорвал с\b|\bотош[её]л от\b", former=True),
    _cue("employed_at", r"\bзаместител\w*|\bдиректор\w*|\bработа\w*|\bслужащ\w*|\bсотрудник\w*"
         r"|\bпрофессор\w*|\bстудент\w*|\bкомиссар\w*"),
    _cue("leader_of", r"\bруковод\w*|\bвозглав\w*|\bглав[аеуыо]\b|\bпрезидент\w*|\bоснова\w*|\bпредседател\w*|\bсекретар\w*"
         r"|\bлидер\w*|\bорганизатор\w*|\bидеолог\w*"),
    _cue("attended", r"\bприсутств\w*|\bсобрани\w* на квартир\w*|\bпосеща\w*"),
    _cue("edited", r"\bредактир\w*|\bредактор\w*|\bпримечани\w*"),
    _cue("author_of", r"\bнаписал\w*|\bавтор\w*"),
    _cue("literature", r"\bполучил\w*|\bраспростран\w*|\bпередал\w*|\bизъят\w*"),
    _cue("member_of", r"\bчлен\w*|\bсостоя\w*|\bвходил\w*|\bвступил\w*|\bячейк\w*|\bучастник\w*"
         r"|\bсвяз\w*|\bсторонник\w*|\bпримыка\w*"),
    _cue("located_in", r"\bпрожива\w*|\bжив[её]т\b|\bжил\w*"),
)

_FORMER_EN = re.compile(r"\bformer(?:ly)?\b|\bex-|\bexpell\w*|\buntil\s+\d{4}\b|\bpreviously\b"
                        r"|\babandon(?:ed|ing)\b|\bquit\b|\bresigned from\b|\bhad been\b|\bbr(?:oke|oken|eaks?) with\b"
                        r"|\bwithdr[ea]w from\b|\bdefected from\b|\bleft\s+(?:the\s+)?[\"'«“]?\s*$", _I)
_FORMER_RU = re.compile(r"\bбывш\w*|\bисключ\w*|\bпорвал с\b|\bотош[её]л от\b|\bдо\s+\d{4}\b|\bранее\b|\bпрежде\b|\bвышел\b", _I)
_NOW = re.compile(r"\bnow\b|\bcurrently\b|\bтеперь\b|\bныне\b|\bсейчас\b", _I)


def cues_for(lang: str) -> tuple[Cue, ...]:
    """The cue table of a language (English for anything but Russian)."""
    return RU_CUES if lang == "ru" else EN_CUES


def relation_cue(text: str, lang: str = "en") -> tuple[str, bool] | None:
    """The predicate a linking text expresses, and whether it is a past relation.

    text (str): the words that link subject and object ("(Deputy Chairman of", ", a member of").
    RETURNS (tuple | None): (predicate, former) or None when no cue is found.
    """
    for cue in cues_for(lang):
        if cue.pattern.search(text):
            return cue.predicate, is_former(text, lang)
    return None


def is_former(text: str, lang: str = "en") -> bool:
    """True when the text before an object marks the relation as past ("a former", "expelled from").

    Only the part after the last "now" counts: "a former SR now in the RCP" is past for the SR
    and present for the RCP.
    """
    parts = _NOW.split(text)
    tail = parts[-1] if parts else text
    pattern = _FORMER_RU if lang == "ru" else _FORMER_EN
    return pattern.search(tail) is not None
