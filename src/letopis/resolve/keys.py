"""Name keys: a coarse Latin skeleton that the spellings of one Russian name share.

Myasnikov, Miasnikov, Mjasnikov, Мясников and Мясникова (genitive) all give the
surname key ``masnikov``; Zinoviev, Zinov'ev, Зиновьев give ``zinovev``. A key is
only a blocking key and evidence: name parts (given name, initials, patronymic,
gender of the surname form) decide whether two mentions are one person.

Folding, in order: strip accents and apostrophes; digraphs schtsch/chtch/shtch/stch/shch/sch->s,
cz->c, sz->s, kh->h, zh->z, sh->s, ch->c, ts/tz->c, x->ks, w->v, ph->f; y and j->i; ii->i; after a
consonant io->e (ё), and i before a/e/u is dropped (ia/ya/ja, iu/yu/ju, ie/ye), after a
vowel ie/ye->e (Andreyev, Andreev);
ye at the start->e; doubled letters single. A Latin "x" is read as "ks" here; the clustering
core reads it as х ("kh") where only that reading is attested (``cluster._x_as_kh``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from letopis.extract.given_names import AMBIGUOUS_DIMINUTIVES
from letopis.extract.lexicon import DIMINUTIVES
from letopis.resolve.translit import has_cyrillic, to_latin

_APOSTROPHES = "'’ʼʹ`´\"“”«»ʺ"
_DIGRAPHS = (
    ("schtsch", "s"),  # the German, French and older English spellings of щ: Schtschelkanow, Chtchelkanov, Stchelkanoff
    ("chtch", "s"),
    ("shtch", "s"),
    ("stch", "s"),
    ("shch", "s"),
    ("sch", "s"),
    ("tch", "c"),
    ("cz", "c"),  # Polish spellings: Kowalczuk, Szymański
    ("sz", "s"),
    ("kh", "h"),
    ("zh", "z"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("y", "i"),
    ("j", "i"),
)
_CONS = "bcdfghklmnprstvz"
_II = re.compile(r"i{2,}")
_IO = re.compile(rf"(?<=[{_CONS}])io")
_IV = re.compile(rf"(?<=[{_CONS}])i(?=[aeu])")
_VIE = re.compile(r"(?<=[aeou])i(?=e)")
_YE = re.compile(r"^ie")
_DOUBLE = re.compile(r"([a-z])\1+")
_NONWORD = re.compile(r"[^a-z\- ]+")

# English (and German/French) forms of Russian given names -> the Russian form's key.
GIVEN_EQUIVALENTS: dict[str, str] = {
    "aleksander": "aleksandr", "alexander": "aleksandr", "aleksandre": "aleksandr",
    "peter": "petr", "pietr": "petr", "paul": "pavel", "micael": "mihail", "mihael": "mihail",
    "nicolas": "nikolai", "nikolas": "nikolai", "nicolai": "nikolai", "gregori": "grigori",
    "iosef": "iosif", "iosep": "iosif", "leon": "lev", "leo": "lev", "basil": "vasili",
    "eugene": "evgeni", "evgenei": "evgeni", "georg": "georgi", "george": "georgi",
    "andrev": "andrei", "andre": "andrei", "constantine": "konstantin", "konstantine": "konstantin",
    "catherine": "ekaterina", "katerina": "ekaterina", "helen": "elena", "helena": "elena",
    "mari": "mara", "marie": "mara", "alekse": "aleksei", "alexis": "aleksei", "sergei": "sergei",
    "serge": "sergei", "dimitri": "dmitri", "demetrius": "dmitri", "timothe": "timofei",
    "matve": "matvei", "matthev": "matvei", "vladimer": "vladimir", "ivan": "ivan",
    "tihon": "tihon", "anatoli": "anatoli", "theodore": "fedor", "feodor": "fedor", "fedor": "fedor",
}  # fmt: skip


@functools.lru_cache(maxsize=1)
def _diminutive_keys() -> dict[str, str]:
    return {fold_word(d): given_key(f) for d, f in DIMINUTIVES.items()}


# Given names ending in -a that are male (as keys).
MALE_IN_A = frozenset(
    ["ila", "nikita", "kuzma", "luka", "sava", "danila", "gavrila", "iona", "mina", "zosima", "foka"]
)
_SURNAME_CYR = re.compile(r"^(.{2,}?)(ов|ев|ёв|ин|ын)(а|у|ым|ом|е|ой|ою|ых|ыми|ы)?$")
_SKY_CYR = re.compile(r"^(.{2,}?)(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ою|ие|их)$")
_ICH_CYR = re.compile(r"^(.{3,}?ич)(а|у|ем|е)$")
_SURNAME_LAT = re.compile(r"^(.{2,}?)(ov|ev|in)(a|oi|u|im|e)$")
_SKY_LAT = re.compile(r"^(.{2,}?)(sk|ck)(i|ogo|omu|om|im|a|oi|aia)$")
_NY_LAT = re.compile(r"^(.{3,}?n)(ogo|omu|om)$")  # Kulazhny: "o P. E. Kulazhnom", "Kulazhnogo"
# Latin endings of a transliterated case of -ov/-ev/-in (folded, "y" is "i"): -a/-oi hers or his genitive,
# -u and -ym his dative and instrumental, -e his prepositional ("o Zherebtsove"; also English -ine, -ove names)
_LAT_CASE_GENDER = {"a": "f?", "oi": "f?", "u": "m", "im": "m", "e": None}
# Latvian and Lithuanian surnames: Russian usage drops the nominative ending ("Kļaviņš" = Klavin, "Zaķītis" =
# Zakit, "Saulmanis" = Saulman); known by the languages' letters, or by a long "-manis", "-itis" ending
_BALTIC_LETTERS = re.compile(r"[āēīūņļķģėųįčšž]")
_BALTIC_ENDING = re.compile(r"^(.{3,}?)(?:is|as|us|ys|s)$")
_BALTIC_SHAPE = re.compile(r"(?:manis|itis|elis|ulis)$")
_CYR_GENDER = {"": "m", "а": "f?", "у": "f?", "ым": "m", "ом": "m", "е": "m", "ой": "f", "ою": "f"}
_SKY_GENDER = {"ий": "m", "ого": "m", "ому": "m", "им": "m", "ом": "m", "ая": "f", "ую": "f", "ою": "f"}


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=500_000)
def fold_word(word: str) -> str:
    """The skeleton of one Latin word (see the module docstring)."""
    w = _strip_marks(word).lower()
    for ch in _APOSTROPHES:
        w = w.replace(ch, "")
    w = w.replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("ø", "o")
    for src, dst in _DIGRAPHS:
        w = w.replace(src, dst)
    w = _II.sub("i", w)
    w = _IO.sub("e", w)
    w = _IV.sub("", w)
    w = _VIE.sub("", w)
    w = _YE.sub("e", w)
    return _DOUBLE.sub(r"\1", w)


@functools.lru_cache(maxsize=500_000)
def fold(text: str) -> str:
    """The search key of a whole name in any script: transliterated, folded, words joined by spaces."""
    latin = to_latin(text) if has_cyrillic(text) else text
    latin = _strip_marks(latin).lower()
    for ch in _APOSTROPHES:
        latin = latin.replace(ch, "")
    latin = _NONWORD.sub(" ", latin.replace("-", " - "))
    words = [fold_word(w) for w in latin.split() if w != "-"]
    return " ".join(w for w in words if w)


# ё after a hushing consonant or ц is written "o" or "e" (Khrushchov, Khrushchev; Kalyshov, Kalyshev)
_HUSHED_OV = re.compile(r"([szc])ov$")


@dataclass(frozen=True)
class SurnameKey:
    """A surname's key (male nominative skeleton) and the gender its form shows.

    gender: ``m``, ``f``, ``f?`` (a female form or a male oblique case: Мясникова,
    Bogdanova in an English text) or None (the form does not tell: Kollontai).
    """

    key: str
    gender: str | None


@functools.lru_cache(maxsize=500_000)
def surname_key(surname: str, nominative: bool = False) -> SurnameKey:
    """The key of a surname as written; ``nominative`` when the form is known to be a lemma."""
    parts = [p for p in re.split(r"[\s\-]+", surname.strip()) if p]
    if not parts:
        return SurnameKey("", None)
    keys, gender = [], None
    for part in parts:
        k, g = (_cyr_surname if has_cyrillic(part) else _lat_surname)(part)
        keys.append(_HUSHED_OV.sub(r"\1ev", k))
        gender = g if g is not None else gender
    if nominative and gender == "f?":
        gender = "f"
    return SurnameKey("".join(keys), gender)


def _cyr_surname(word: str) -> tuple[str, str | None]:
    low = word.lower().replace("ё", "е")
    m = _SKY_CYR.match(low)
    if m:
        stem = m.group(1) + m.group(2) + "ий"
        return fold_word(to_latin(stem)), _SKY_GENDER.get(m.group(3))
    m = _ICH_CYR.match(low)
    if m:  # -ич surnames decline for men only: -ича, -ичу, -ичем are a man's oblique cases
        return fold_word(to_latin(m.group(1))), "m"
    m = _SURNAME_CYR.match(low)
    if m:
        ending = m.group(3) or ""
        return fold_word(to_latin(m.group(1) + m.group(2))), _CYR_GENDER.get(ending)
    if low.endswith(_INDECLINABLE):
        return fold_word(to_latin(low)), None
    return fold_word(to_latin(_cyr_lemma(low))), None


# Surname endings that do not decline (or that pymorphy would only guess at).
_INDECLINABLE = ("енко", "ко", "ых", "их", "аго", "яго", "дзе", "швили", "ани", "ян", "янц", "ук", "юк", "ич")


def _cyr_lemma(word: str) -> str:
    """A surname or name lemma by pymorphy3 (through letopis.extract.morph when present)."""
    try:
        from letopis.extract.morph import Morph

        parses = _morph(Morph).parse(word)
    except (ImportError, OSError):  # no morphology available: the form as written
        return word
    for p in parses:
        if "Surn" in p.tag or "Name" in p.tag:
            return str(p.normal_form)
    return word


@functools.lru_cache(maxsize=1)
def _morph(cls: type) -> Any:
    return cls()


# Ukrainian surnames spelled from Ukrainian write "h" where the Russian form has "g" (Hrytsko, Grytsko; Horbachenko)
_UKRAINIAN_H = re.compile(r"^h(?=[a-z]*(?:enko|chuk|czuk|yuk|iuk|uk|ko|ych|ich|iv)$)")


# the French spelling of -ov/-ev that émigrés and foreign papers used: Belozeroff, Tchernoff, Vasilieff
_FRENCH_OV = re.compile(r"(?<=[a-z]{3})([oe])ff$")


# a Russian surname in French spelling: "ou" for u, "ch" for sh, "-ine" for -in ("Bouchkarine", "Tarvoukha")
_FRENCH_SPELLING = re.compile(r"ou.*(?:ov|ev|ine|off|eff|sky|ski|ko|itch|ich|uk|kha|ha)$")


def _unfrench(low: str) -> str:
    if not _FRENCH_SPELLING.search(low):
        return low
    return re.sub(r"ine$", "in", re.sub(r"(?<!t)ch", "sh", low.replace("ou", "u")))


def _lat_surname(word: str) -> tuple[str, str | None]:
    w = _UKRAINIAN_H.sub("g", fold_word(_FRENCH_OV.sub(r"\1v", _unfrench(word.lower()))))
    if _BALTIC_LETTERS.search(word.lower()) or (len(w) >= 7 and _BALTIC_SHAPE.search(w)):
        m = _BALTIC_ENDING.match(w)
        if m:
            return m.group(1), "m"
    m = _SKY_LAT.match(w)
    if m:
        end = m.group(3)
        gender = "m" if end in ("i", "ogo", "omu", "om", "im") else "f?"
        return m.group(1) + m.group(2) + "i", gender
    m = _SURNAME_LAT.match(w)
    if m:
        return m.group(1) + m.group(2), _LAT_CASE_GENDER[m.group(3)]
    m = _NY_LAT.match(w)
    if m:
        return m.group(1) + "i", "m"
    if re.search(r"(ov|ev|in)$", w):
        return w, "m"
    return w, None


def _given_word(given: str) -> tuple[str, str]:
    word = given.strip().split()[0] if given.strip() else ""
    if has_cyrillic(word):
        word = to_latin(_cyr_lemma(word.lower()))
    k = fold_word(word)
    return word, GIVEN_EQUIVALENTS.get(k, k)


@functools.lru_cache(maxsize=200_000)
def given_key(given: str) -> str:
    """The key of a given name: lemma (Russian), transliterated, folded, English forms mapped."""
    word, k = _given_word(given)
    return k if word in DIMINUTIVES.values() else _diminutive_keys().get(k, k)  # "Kolya", «Коля»: Nikolai


@functools.lru_cache(maxsize=1)
def _ambiguous_keys() -> dict[str, tuple[str, ...]]:
    return {fold_word(d): tuple(given_key(f) for f in full) for d, full in AMBIGUOUS_DIMINUTIVES.items()}


@functools.lru_cache(maxsize=20_000)
def given_keys(given: str) -> tuple[str, ...]:
    """Every key a given name may stand for: its own, both full names of a diminutive that names a man
    or a woman ("Sasha": Aleksandr or Aleksandra; «Женя»: Evgenii or Evgeniia), and the full names an English
    nickname is short for ("Dick": Richard; "Bess": Elizabeth; "Harry": Henry, Harold)."""
    word, k = _given_word(given)
    english: tuple[str, ...] = ()
    if word.isascii() and word.isalpha() and word not in DIMINUTIVES:
        english = tuple(given_key(c.capitalize()) for c in sorted(_nicknamer().canonicals_of(word))
                        if len(c) >= len(word) and c != word.lower())
    return tuple(dict.fromkeys((given_key(given), *_ambiguous_keys().get(k, ()), *english)))


@functools.lru_cache(maxsize=1)
def _nicknamer() -> Any:
    from nicknames import NickNamer

    return NickNamer()


def given_gender(key: str) -> str | None:
    """``f`` for a given-name key of the female pattern, ``m`` otherwise, None when empty."""
    if not key:
        return None
    return "f" if key.endswith("a") and key not in MALE_IN_A else "m"


def initial_letters(initials: str) -> tuple[str, ...]:
    """Folded first letters of initials as written: "G. I." -> ("g", "i"); "Ю.А." -> ("i", "a")."""
    out = []
    for tok in re.split(r"[.\s]+", initials):
        tok = tok.strip("-")
        if tok and any(ch.isalpha() for ch in tok):
            k = fold_word(to_latin(tok) if has_cyrillic(tok) else tok)
            if k:
                out.append(k[0])
    return tuple(out)


_DIGRAPH_START = re.compile(r"^(shch|sh|ch|zh|kh|ts|yu|ya|ye|yo|iu|ia|ie)", re.IGNORECASE)


def word_initial(word: str) -> str | None:
    """The folded first letter of a written name as its initial would fold: Yevgeny -> e, Jean -> i."""
    word = word.strip()
    if not word:
        return None
    latin = to_latin(word) if has_cyrillic(word) else word
    m = _DIGRAPH_START.match(latin)
    head = m.group(1) if m else latin[:1]
    k = fold_word(head)
    return k[0] if k else None
