"""Persons: a signature per mention (surname key + name parts), then clustering inside a surname block.

Within one block (same surname key) the most specific forms go first: full given
names, then initials, then bare surnames. A form joins the one cluster it fits;
when it fits none it starts its own; when it fits several ("Medvedev" beside
"O. Medvedev" and "S. Medvedev"), or fits only through a doubtful surname form
(Bogdanova beside Aleksandr Bogdanov: a woman, or a genitive?), it starts its
own cluster and the pairs go to the review queue. Nothing doubtful is merged.

One exception to the doubtful surname form: a Latin ``-a`` form that the document
context marks as a possible oblique case (``OBLIQUE``: inside a transliterated
Russian phrase, "ob ideiakh P.S. Sirotkina v ...") joins a male person when its
initials agree with his given name; with no initial, or beside a woman of that
surname too, it stays a doubt. Anywhere else a ``-a`` form is read as his case only when it
has both his initials ("Pis'ma P. S. Sirotkina" beside "Pavel Semyonovich Sirotkin"): a wife or
sister rarely shares both a man's given-name and patronymic initials.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from letopis.model import NameParts
from letopis.resolve.keys import given_gender, given_key, initial_letters, surname_key, word_initial
from letopis.resolve.parse import parse_person
from letopis.resolve.translit import has_cyrillic

# One person mention as plain values: text, norm, given, patronymic, surname, initials, gender.
# ``gender`` may also be OBLIQUE: the form may be an oblique case of the surname (set by the
# document-context rules in ``letopis.resolve.local``, never by a recogniser).
OBLIQUE = "oblique"
PersonRow = tuple[str, str, str | None, str | None, str | None, str | None, str | None]


@dataclass(frozen=True)
class Signature:
    """What a person mention says about its referent: surname key, gender, given key, initials."""

    surname: str
    gender: str | None  # m | f | f? | None
    given: str | None
    first: str | None  # first letter of the given name (or its initial)
    second: str | None  # first letter of the patronymic (or its initial)
    oblique: bool = False  # an ``f?`` form that may be a male oblique case (see OBLIQUE)

    @property
    def rank(self) -> tuple[int, int, int]:
        """Sort order inside a block: given names, then initials, then bare; sure genders first."""
        spec = 0 if self.given else 1 if self.first else 2
        gorder = {"m": 0, "f": 0, None: 1, "f?": 2}[self.gender]
        return (spec, 0 if self.second else 1, gorder)


@functools.lru_cache(maxsize=1 << 18)
def signature(row: PersonRow) -> Signature:
    """The signature of one person mention (parts from the recogniser, else parsed from the text)."""
    text, norm, given, patronymic, surname, initials, gender = row
    oblique = gender == OBLIQUE
    if oblique:
        gender = None
    if not surname:
        parsed = parse_person(norm or text)
        given, patronymic = given or parsed.given, patronymic or parsed.patronymic
        surname, initials = parsed.surname, initials or parsed.initials
    sk = surname_key(surname or "", nominative=bool(norm) and norm != text and has_cyrillic(norm))
    gk = given_key(given) if given else None
    letters = initial_letters(initials) if initials else ()
    first = word_initial(given) if given else (letters[0] if letters else None)
    second = word_initial(patronymic) if patronymic else None
    if second is None and letters:
        rest = letters[1:] if (not gk or letters[0] == first) else letters
        second = rest[0] if rest else None
    g = _gender(gk, gender, sk.gender, has_cyrillic(text))
    return Signature(sk.key, g, gk or None, first, second, oblique and g == "f?")


def _gender(gk: str | None, told: str | None, form: str | None, cyrillic: bool) -> str | None:
    if gk:
        return given_gender(gk)
    if told in ("m", "f") and (cyrillic or told == "m" or form != "f?"):
        return told
    return form


@dataclass
class Cluster:
    """A person being built: the union of its members' evidence and its member nodes."""

    gender: str | None
    given: str | None
    first: str | None
    second: str | None
    nodes: list[int] = field(default_factory=list)

    def fit(self, s: Signature) -> str:
        """``ok``, ``doubt`` or ``no``: can mention signature ``s`` belong here?"""
        for a, b in ((self.given, s.given), (self.first, s.first), (self.second, s.second)):
            if a and b and a != b:
                return "no"
        pair: set[str | None] = {self.gender, s.gender}
        if pair == {"m", "f"}:
            return "no"
        if pair == {"f", None}:  # "Mrs. Trelask" beside "W. Trelask": his wife as often as herself
            her, other = (self, s) if self.gender == "f" else (s, self)
            if not her.first and other.first:
                return "doubt"
        if pair == {"m", "f?"}:  # only the doubtful form itself is held back
            if s.gender != "f?":
                return "no"
            if s.oblique and s.first and self.gender == "m" and self.first == s.first:
                return "ok"  # a genitive whose initials agree with his given name
            if s.first and s.second and self.gender == "m" and (self.first, self.second) == (s.first, s.second):
                return "ok"  # "Pis'ma P. S. Sirotkina" beside "Pavel Semyonovich Sirotkin": both initials his
            return "doubt"
        return "ok"

    def absorb(self, s: Signature) -> None:
        self.given = self.given or s.given
        self.first = self.first or s.first
        self.second = self.second or s.second
        if self.gender in (None, "f?") and s.gender in ("m", "f") or self.gender is None:
            self.gender = s.gender


@dataclass(frozen=True)
class Doubt:
    """Two clusters of one block a human should look at."""

    a: int
    b: int
    score: float
    reason: str


def cluster_block(sigs: list[Signature]) -> tuple[list[Cluster], list[Doubt]]:
    """Cluster the distinct signatures of one surname block; ``Cluster.nodes`` are signature indexes."""
    order = sorted(range(len(sigs)), key=lambda i: (sigs[i].rank, i))
    clusters: list[Cluster] = []
    doubts: list[Doubt] = []
    for i in order:
        s = sigs[i]
        fits = [(c, cl.fit(s)) for c, cl in enumerate(clusters)]
        ok = [c for c, f in fits if f == "ok"]
        doubt = [c for c, f in fits if f == "doubt"]
        if len(ok) == 1 and not doubt:
            clusters[ok[0]].nodes.append(i)
            clusters[ok[0]].absorb(s)
            continue
        clusters.append(Cluster(s.gender, s.given, s.first, s.second, [i]))
        new = len(clusters) - 1
        for c in ok[:6]:
            doubts.append(
                Doubt(
                    c,
                    new,
                    0.5,
                    f"same surname; {_describe(s)} fits {len(ok)} person{'s' if len(ok) > 1 else ''}",
                )
            )
        for c in doubt[:6]:
            doubts.append(Doubt(c, new, 0.6, "same surname; female form or oblique case beside a male form"))
    return clusters, doubts


def _describe(s: Signature) -> str:
    if s.given:
        return "the given name"
    return "the initial" if s.first else "the bare surname"


def person_sig(row: tuple) -> Signature:
    """The core's signature of a person row (``type, text, norm, given, patronymic, surname, initials, ...``;
    ``signature`` is cached: rows repeat)."""
    prow: PersonRow = row[1:8]  # type: ignore[assignment]
    return signature(prow)


def signature_of_parts(text: str, norm: str, parts: NameParts | None) -> Signature:
    """Convenience for callers holding model objects."""
    p = parts or NameParts()
    return signature((text, norm, p.given, p.patronymic, p.surname, p.initials, p.gender))
