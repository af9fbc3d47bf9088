"""Russian personal names in the nominative: given name, patronymic, surname, gender.

pymorphy3 knows many surnames (tag ``Surn``) but not all: it reads a nominative
«Мясников» as the plural of «мясник» and an unknown «Кускову» as the place
«Кусково». So a ``Surn`` reading is preferred when pymorphy offers one, and
otherwise the case ending is stripped by rule. A form such as «Мясникова» is
both a man's genitive and a woman's nominative; the caller decides with
:class:`Cues` taken from the sentence (a feminine verb, a governing word) and
from the rest of the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import iuliia

from letopis.extract.given_names import DIMINUTIVES, cyrillic_diminutive
from letopis.extract.morph import Morph, from_dictionary, match_case
from letopis.model import NameParts

ALL_CASES = frozenset(("nomn", "gent", "datv", "accs", "ablt", "loct"))
_GENDER = {"masc": "m", "femn": "f"}
_TOKEN = re.compile(r"[А-ЯЁA-Z][а-яёa-z]?\.|[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
_INITIAL = re.compile(r"^[А-ЯЁA-Z][а-яёa-z]?\.$")
_ADJ_ENDING = re.compile(r"(?:ого|его|ому|ему|ым|им|ой|ая|ую|ий|ый)$")
_PARTICLES = frozenset(
    ("де", "ле", "ла", "ди", "да", "дель", "фон", "ван", "дер", "тер", "ибн", "бен", "аль", "эль")
)
_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овн|евн|ичн|инишн)(?:а|у|ем|е|ом|ой|ою|ы)?$")


@dataclass(frozen=True)
class Reading:
    """One reading of a name word: its nominative (lower case), gender and possible cases."""

    lemma: str
    gender: str | None
    cases: frozenset[str]


@dataclass(frozen=True)
class Cues:
    """What the context says about a person mention.

    feminine: a past-tense verb agreeing with the name is feminine (True) or not (False).
    oblique: a preposition or a governing noun just before rules out the nominative.
    memory: the gender other mentions of the same surname in the document show.
    nominative: a role noun in the nominative stands just before, so the name is nominative too.
    """

    feminine: bool | None = None
    oblique: bool = False
    memory: str | None = None
    nominative: bool = False  # in apposition to a role noun in the nominative («секретарь Сомова П. Т.»)


def _rule_table() -> list[tuple[str, str, str | None, frozenset[str]]]:
    """Case endings of Russian surnames: (ending, replacement, gender, cases)."""
    c = frozenset
    rows: list[tuple[str, str, str | None, frozenset[str]]] = []
    for x in ("ск", "цк"):
        rows += [
            (x + "ого", x + "ий", "m", c({"gent", "accs"})),
            (x + "ому", x + "ий", "m", c({"datv"})),
            (x + "им", x + "ий", "m", c({"ablt"})),
            (x + "ом", x + "ий", "m", c({"loct"})),
            (x + "ий", x + "ий", "m", c({"nomn"})),
            (x + "ая", x + "ая", "f", c({"nomn"})),
            (x + "ой", x + "ая", "f", c({"gent", "datv", "ablt", "loct"})),
            (x + "ую", x + "ая", "f", c({"accs"})),
        ]
    for x in ("ов", "ев", "ёв", "ин", "ын"):
        rows += [
            (x, x, "m", c({"nomn"})),
            (x + "а", x, "m", c({"gent", "accs"})),
            (x + "а", x + "а", "f", c({"nomn"})),
            (x + "у", x, "m", c({"datv"})),
            (x + "у", x + "а", "f", c({"accs"})),
            (x + "ым", x, "m", c({"ablt"})),
            (x + "е", x, "m", c({"loct"})),
            (x + "ой", x + "а", "f", c({"gent", "datv", "ablt", "loct"})),
            (x + "ою", x + "а", "f", c({"ablt"})),
        ]
    rows += [(x, x, None, ALL_CASES) for x in ("ых", "их", "ко", "аго", "яго")]
    rows.sort(key=lambda r: len(r[0]), reverse=True)
    return rows


_RULES = _rule_table()


def surname_readings(morph: Morph, word: str) -> list[Reading]:
    """Readings of a surname form: pymorphy's ``Surn`` readings, else the ending rules."""
    out: dict[tuple[str, str | None], set[str]] = {}
    for p in morph.parse(word):
        if "Surn" not in p.tag:
            continue
        if "sing" in p.tag and p.tag.gender in _GENDER:
            lemma = morph.inflect(p, {"nomn", "sing"}) or p.normal_form
            out.setdefault((lemma, _GENDER[p.tag.gender]), set()).add(p.tag.case)
        else:  # common gender (Обама, Гурченко) or a family in the plural (Ямадаевых)
            out.setdefault((p.normal_form, None), set()).add(p.tag.case)
    if not out:
        low = word.lower()
        for ending, repl, gender, cases in _RULES:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                out.setdefault((low[: len(low) - len(ending)] + repl, gender), set()).update(cases)
                if gender is None:
                    break
    if not out:
        out = _adjectival(morph, word) or _consonant_stem(word)
    if not out:
        return [Reading(word.lower(), None, ALL_CASES)]
    return [Reading(lemma, g, frozenset(cs)) for (lemma, g), cs in out.items()]


def _adjectival(morph: Morph, word: str) -> dict[tuple[str, str | None], set[str]]:
    """Readings of an adjectival surname pymorphy does not know as one (Долгорукому -> Долгорукий)."""
    out: dict[tuple[str, str | None], set[str]] = {}
    if not _ADJ_ENDING.search(word.lower()):
        return out
    for p in morph.parse(word):
        if "ADJF" in p.tag and "sing" in p.tag and p.tag.gender in _GENDER:
            lemma = morph.inflect(p, {"nomn", "sing", p.tag.gender}) or p.normal_form
            out.setdefault((lemma, _GENDER[p.tag.gender]), set()).add(p.tag.case)
    return out


def _consonant_stem(word: str) -> dict[tuple[str, str | None], set[str]]:
    """A man's surname declined like a noun (Радека -> Радек); the form as written stays possible."""
    low = word.lower()
    for ending, cases in (
        ("ом", {"ablt"}),
        ("ем", {"ablt"}),
        ("а", {"gent", "accs"}),
        ("у", {"datv"}),
        ("е", {"loct"}),
    ):
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and len(stem) >= 2 and stem[-1] in _CONSONANTS:
            return {(stem, "m"): set(cases), (low, None): set(ALL_CASES)}
    return {}


def _person_parses(morph: Morph, word: str, grammeme: str) -> list:
    return [p for p in morph.parse(word) if grammeme in p.tag and "sing" in p.tag and from_dictionary(p)]


def is_given_name(morph: Morph, word: str) -> bool:
    """True when pymorphy's dictionary knows ``word`` as a given name."""
    return bool(_person_parses(morph, word, "Name"))


def is_patronymic(morph: Morph, word: str) -> bool:
    """True when ``word`` is a patronymic (dictionary ``Patr`` or a typical -ович/-овна ending)."""
    return bool(_person_parses(morph, word, "Patr")) or bool(
        _PATRONYMIC.search(word.lower()) and len(word) > 6
    )


def _forms(morph: Morph, word: str, grammeme: str) -> list[Reading]:
    out = []
    for p in _person_parses(morph, word, grammeme):
        lemma = morph.inflect(p, {"nomn", "sing"}) or p.normal_form
        out.append(Reading(lemma, _GENDER.get(p.tag.gender), frozenset({p.tag.case})))
    return out


def _pairs(r: Reading) -> set[tuple[str, str | None]]:
    """The (case, gender) pairs a reading allows; a reading of no gender (Кими, Минченко) fits both."""
    return {(c, g) for c in r.cases for g in ((r.gender,) if r.gender else ("m", "f"))}


def _agreement(readings: Sequence[list[Reading]]) -> set[tuple[str, str | None]]:
    """(case, gender) pairs every word can share; an empty set when they cannot agree."""
    allowed: set[tuple[str, str | None]] | None = None
    for rs in readings:
        pairs = {p for r in rs for p in _pairs(r)}
        allowed = pairs if allowed is None else allowed & pairs
    return allowed or set()


def _pick(readings: list[Reading], allowed: set[tuple[str, str | None]]) -> list[Reading]:
    kept = [r for r in readings if _pairs(r) & allowed]
    return kept or readings


def choose_surname(readings: list[Reading], cues: Cues) -> tuple[Reading, bool]:
    """Decide between a man's oblique form and a woman's nominative (Мясникова) from cues.

    Returns the reading and whether it is a guess (several genders left and no cue decided).
    """
    if len(readings) == 1:
        return readings[0], False
    if cues.oblique:
        readings = [r for r in readings if r.cases != frozenset({"nomn"})] or readings
    genders = {r.gender for r in readings}
    female_nom = [r for r in readings if r.gender == "f" and "nomn" in r.cases]
    if cues.feminine and female_nom:
        return female_nom[0], False
    if cues.nominative and cues.feminine is None:
        nominative = [r for r in readings if "nomn" in r.cases]
        if nominative:  # «секретарь Сомова»: the nominative, so a woman's surname
            return nominative[0], False
    if cues.memory and cues.memory in genders:
        return next(r for r in readings if r.gender == cues.memory), False
    male = [r for r in readings if r.gender == "m"]
    decided = cues.feminine is False and any("nomn" in r.cases for r in male)
    return (male or readings)[0], len(genders) > 1 and not decided


@dataclass(frozen=True)
class PersonName:
    """A lemmatised person mention: its nominative form, parts, and whether the gender was a guess."""

    norm: str
    parts: NameParts
    ambiguous: bool = False


def _classify(morph: Morph, words: list[str]) -> list[str]:
    """A role per word: initial | given | middle | patronymic | surname."""
    roles = ["initial" if _INITIAL.match(w) else "" for w in words]
    if len(words) > 2 and roles[-2] == "initial" and len(words[-1]) == 1 and words[-1].isupper():
        roles[-1] = "initial"  # «Хлебников П. Д» at a sentence's end: the last initial lost its full stop
    names = [i for i, w in enumerate(words) if not roles[i]]
    for k, i in enumerate(names):
        known = bool(_person_parses(morph, words[i], "Patr")) and (k > 0 or len(names) == 1)
        # by its ending alone only inside a longer name: «Виктор Шендерович» is a surname
        by_form = 0 < k and (k < len(names) - 1 or len(names) >= 3) and is_patronymic(morph, words[i])
        if known or by_form:
            roles[i] = "patronymic"
            before = [j for j in names if j < i and not roles[j]]
            if before:
                roles[before[-1]] = "given"
    rest = [i for i in names if not roles[i]]
    given = [i for i in rest if is_given_name(morph, words[i])]
    if len(rest) >= 2 and "given" not in roles:
        roles[given[0] if given else rest[0]] = "given"
    elif len(names) == 1 and (given or cyrillic_diminutive(words[names[0]])) and \
            not any("Surn" in p.tag for p in morph.parse(words[names[0]])):
        roles[names[0]] = "given"  # (a diminutive the dictionary lacks in this case too: «Стешей», «Ванюше»)
    rest = [i for i in rest if not roles[i]]
    if rest:
        roles[rest[-1]] = "surname"
        for i in reversed(rest[:-1]):  # particles join the surname («Ле Пен»), other words are middle names
            roles[i] = "surname" if words[i].lower() in _PARTICLES and roles[i + 1] == "surname" else "middle"
    return roles


def _given_readings(morph: Morph, word: str) -> list[Reading]:
    """A given name's readings; an unknown one may be a man's name declined like a noun (Гаррета); a diminutive
    the table knows is read by it («Мане» is Маня's dative, not the painter's indeclinable name)."""
    dim = cyrillic_diminutive(word, tuple(p.normal_form for p in morph.parse(word) if "Name" in p.tag))
    if dim is not None:
        full = DIMINUTIVES.get(iuliia.WIKIPEDIA.translate(dim), "")
        return [Reading(dim.lower(), ("f" if full.endswith("a") else "m") if full else None, ALL_CASES)]
    known = _forms(morph, word, "Name")
    if known:
        return known
    stem = _consonant_stem(word)
    return [Reading(lemma, g, frozenset(cs)) for (lemma, g), cs in stem.items()] or [
        Reading(word.lower(), None, ALL_CASES)
    ]


def _readings(morph: Morph, words: list[str], roles: list[str]) -> dict[int, list[Reading]]:
    readings: dict[int, list[Reading]] = {}
    for i, (w, role) in enumerate(zip(words, roles)):
        if role in ("given", "middle"):
            readings[i] = _given_readings(morph, w)
        elif role == "patronymic":
            readings[i] = _forms(morph, w, "Patr") or surname_readings(morph, w)
        elif role == "surname":
            readings[i] = surname_readings(morph, w)
    return readings


def _allowed(
    readings: dict[int, list[Reading]], roles: list[str], cues: Cues
) -> tuple[set[tuple[str, str | None]], bool]:
    """(case, gender) pairs the given name, patronymic and surname share; and whether gender is a guess."""
    anchors = [readings[i] for i, r in enumerate(roles) if r in ("given", "patronymic")]
    allowed = _agreement(anchors) if anchors else set()
    surnames = {
        (c, r.gender)
        for i, rs in readings.items()
        if roles[i] == "surname"
        for r in rs
        if r.gender
        for c in r.cases
    }
    if allowed & surnames:
        allowed &= surnames
    if {g for _, g in allowed} >= {"m", "f"}:  # «Гюльнара Каримова»: a woman, or a man in the genitive?
        female: set[tuple[str, str | None]] = {(c, g) for c, g in allowed if g == "f" and c == "nomn"}
        male: set[tuple[str, str | None]] = {(c, g) for c, g in allowed if g != "f"}
        guess = cues.feminine is None and not cues.oblique and not cues.nominative
        woman = (cues.feminine or (cues.nominative and cues.feminine is None)) and female and not cues.oblique
        return (female if woman else male), guess
    return allowed, False


def lemmatise_person(morph: Morph, text: str, cues: Cues = Cues()) -> PersonName:
    """Nominative form and parts of a Russian person mention («Ивана Ильича Сомова» -> Иван Ильич Сомов)."""
    words = _TOKEN.findall(text)
    roles = _classify(morph, words)
    readings = _readings(morph, words, roles)
    anchored = any(r in ("given", "patronymic") for r in roles)
    allowed, ambiguous = _allowed(readings, roles, cues)
    chosen: dict[int, Reading] = {}
    for i, rs in readings.items():
        rs = _pick(rs, allowed) if allowed else rs
        if roles[i] == "surname" and not anchored:
            chosen[i], guess = choose_surname(rs, cues)
            ambiguous = ambiguous or guess
        else:
            chosen[i] = choose_surname(rs, Cues())[0] if roles[i] == "surname" else rs[0]
    return _assemble(words, roles, chosen, ambiguous)


def _assemble(words: list[str], roles: list[str], chosen: dict[int, Reading], ambiguous: bool) -> PersonName:
    out: list[str] = []
    parts: dict[str, str] = {}
    initials = []
    for i, w in enumerate(words):
        kin = _KIN.match(w.lower()) if "given" in roles and roles[i] == "surname" else None
        if kin:  # «Дяде Ване», «Бабку Дуню»: a kinship word before a given name is how he is called, no surname
            out.append(match_case(_KIN_NOMINATIVE[kin.group(1)], w))
            continue
        if roles[i] == "initial":
            initials.append(w if w.endswith(".") else w + ".")
            out.append(w)
            continue
        form = match_case(chosen[i].lemma, w)
        out.append(form)
        if roles[i] == "surname" and "surname" in parts:  # a surname of several words («Ле Пен»)
            parts["surname"] += " " + form
        else:
            parts.setdefault(roles[i], form)
    genders = [chosen[i].gender for i in chosen if roles[i] == "surname"]
    gender = (
        genders[0] if genders and genders[0] else next((r.gender for r in chosen.values() if r.gender), None)
    )
    name = NameParts(
        given=parts.get("given"),
        patronymic=parts.get("patronymic"),
        surname=parts.get("surname"),
        initials="".join(initials) or None,
        gender=gender,
    )
    return PersonName(" ".join(out), name, ambiguous)


# a kinship word of address in any case: «Дядя Ваня», «Дяде Ване», «Тётей Машей», «Бабку Дуню», «Деда Ефима»
_KIN = re.compile(r"^(дедушк|бабушк|бабк|дяд|тёт|тет|дед|баб)(?:я|и|е|ю|ей|а|у|ой|ом|ою)?$")
_KIN_NOMINATIVE = {"дедушк": "дедушка", "бабушк": "бабушка", "бабк": "бабка", "дяд": "дядя", "тёт": "тётя", "тет": "тетя",
                   "дед": "дед", "баб": "баба"}
