"""Roles, trades and common words that are no names: "the Chairman", "the City Attorney", "J. W. Dunn, FAMILY
GROCER", "Oral History Project", "the Trade Unions".

A person candidate made only of role words, or of English words before a role or trade, names nobody.

    role_only("City Attorney")  # True
"""

from __future__ import annotations

import re

from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import GIVEN_ABBREVIATIONS, ROLE_NOUNS, ROLE_WORDS, is_given, is_place

# a title just before a name ("Capt. ", "Bailie "), and an abbreviated given name ("Jas. ")
TITLE_BEFORE = re.compile(
    r"\b(captain|capt|general|gen|colonel|col|major|lieutenant|lieut|mr|mrs|dr|judge|governor|gov|senator|"
    r"president|comrade|citizen|professor|prof|rev|reverend|sheriff|mayor|ensign|sergeant|marshal|inspector|"
    r"warden|count|duke|earl|lord|sir|king|queen|prince|princess|emperor|bro|brother|atty|attorney|supt|sergt|"
    r"ald|alderman|councillor|councilman|bailie|bailies|officers?|constables?|det|detectives?|patrolman|deacon|"
    r"aunt|uncle|provost|reeve)\.?[ \t]*\n?[ \t]*(?<=\s)\Z",  # not across a blank line ("to the king.\n\nDolac, 2 May")
    re.IGNORECASE,
)
GIVEN_ABBR_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(GIVEN_ABBREVIATIONS)) + r")\.\s?$")

ROLES_LOW = frozenset(r.lower() for r in ROLE_WORDS | ROLE_NOUNS) | frozenset(
    "quartermaster adjutant commander grocer draper auctioneer druggist chemist ironmonger saddler undertaker "
    "dealer merchant jeweller stationer bookseller tobacconist solicitors attorneys physician physicians surgeon "
    "surgeons dentist accoucheur apothecary veterinary principal headmaster schoolmaster barrister barristers "
    "notary conveyancer architect blacksmith carpenter plumber baker butcher tailor milliner dressmaker".split())
# words that qualify a role ("City Attorney", "States Attorney", "Family Grocer")
_ROLE_QUALIFIERS = frozenset(
    "city county state states district general assistant deputy chief vice head acting family town police "
    "prosecuting public".split())


def role_only(norm: str, before: str = "") -> bool:
    """"Chairman", "the City Attorney", "TEA DEALER": role and trade words, or English words before one; after a
    name and a comma (``before``), any office ("Hodder, Vestry Clerk", see ``appositive_role``)."""
    if appositive_role(norm, before):
        return True
    words = [w.strip(".,").lower() for w in norm.split()]
    if not words or words[-1] not in ROLES_LOW:
        return all(w in ROLES_LOW for w in words) and bool(words)
    return all(w in ROLES_LOW or w in _ROLE_QUALIFIERS or dictionary_word(w) for w in words[:-1])


_KEEPERS = re.compile(r"[A-Za-z]+-?(?:keeper|master|man|warden|ranger)s?$", re.IGNORECASE)  # "Pound-keeper"


def appositive_role(norm: str, before: str) -> bool:
    """"R. J. Hodder, Vestry Clerk", "P. Hogan, Pound-keeper": after a name and a comma, one or two capitalised
    words ending in an office are the office, not a second person."""
    words = [w.strip(".,") for w in norm.split()]
    if not before.endswith(", ") or not 1 <= len(words) <= 2 or is_given(words[0]):
        return False
    last = words[-1].lower()
    return last in ROLES_LOW or ("-" in last and _KEEPERS.fullmatch(last) is not None)


_ROLE_BEFORE = re.compile(
    r"((?:[A-Z][\w’'-]*\s+){0,3}(?:Chairman|Secretary|Director|Head|Chief|Deputy\s+Chairman|Commissar|"
    r"Editor|Manager|President|Member)(?:\s+of\s+(?:the\s+)?[A-Z][\w()’'-]*(?:\s+[A-Z][\w()’'-]*){0,3})?)"
    r"\s*,?\s*$"
)


def role_before(before: str) -> str | None:
    """A role phrase right before a name ("Deputy Chairman of Glavmetall Voronkov")."""
    m = _ROLE_BEFORE.search(before[-80:].rsplit("\n", 1)[-1] if "\n" in before[-80:].rstrip() else before[-80:])
    return m.group(1).strip() if m else None  # (the role is on the name's own line)


def common_phrase(norm: str) -> bool:
    """Two or more words, each an English dictionary word and none a given name, or a capitals heading ending
    in a plural noun."""
    words = norm.split()
    if len(words) < 2 or any(len(w.rstrip(".")) < 2 for w in words):
        return False
    if all(dictionary_word(w) and not is_given(w.title()) for w in words):
        return True
    last = words[-1]
    if is_place(words[0].title()) and (norm.isupper() or last.endswith("s")) and all(
            dictionary_word(w.lower()) for w in words[1:]):
        return True  # "Paisley Plaids", "HOBART SAVINGS", "PAISLEY CATTLE MARKET": a town's wares or its market
    return norm.isupper() and last.endswith("S") and dictionary_word(last) and dictionary_word(last[:-1]) and \
        not is_given(words[0].title())


_GENERIC_HEADS = frozenset("Union Committee Society Department Commission Council Association Club School Bank Company "
                           "Trust Exchange Bureau Section Cell Court Office".split())


def generic_plural(surface: str) -> bool:
    """Plural head nouns with at most a common word before them name no one body."""
    words = [w.title() for w in surface.split()]
    one = re.sub(r"ies$", "y", words[-1]) if words[-1].endswith("ies") else words[-1][:-1]  # "Societies"
    return 1 <= len(words) <= 2 and words[-1].endswith("s") and one in _GENERIC_HEADS and \
        all(dictionary_word(w) for w in words[:-1])


# "(signed) VERKHOVSKY", "(signature) Kravets-Bilous", "Signed: I. Ozerova": the name under a report
_SIGNED = re.compile(r"(?:[(\[](?:signed|signature|sgd\.?)[)\]]|(?<![\w-])(?:[Ss]igned|Sgd\.)[ \t]*:?)[ \t]+"
                     r"((?:[A-Z][a-z]?\.[ ]?){0,3}[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)(?![\w'’-]|[ ][A-Z][a-z])")


def signatures(text: str, base: int) -> list[tuple[int, int]]:
    """(start, end) of each name written after "(signed)", "[signature]" or "Signed:" in ``text``."""
    if "igned" not in text and "ignature" not in text and "Sgd" not in text:
        return []
    return [(base + m.start(1), base + m.end(1)) for m in _SIGNED.finditer(text)
            if m.group(1).rstrip("'’s").upper() not in ("THE", "BY", "AND")]


# the trades an advertisement gives under a firm's name
_TRADES = re.compile(r"^(?:Grocers|Merchants|Dealers|Drapers|Clothiers|Ironfounders|Engineers|Solicitors|Auctioneers|"
                     r"Druggists|Chemists|Bakers|Butchers|Tailors|Hatters|Stationers|Booksellers|Builders|Contractors|"
                     r"Brokers|Importers|Manufacturers|Jewellers|Jewelers|Watchmakers|Outfitters|Milliners|Ironmongers|"
                     r"Saddlers|Coachbuilders|Wheelwrights|Undertakers|Plumbers|Upholsterers|Confectioners)$",
                     re.IGNORECASE)
_TRADE_WORDS = frozenset("wholesale retail general commission family practical licensed fancy dry goods wine spirit "
                         "coal lumber iron brass steam and &".split())


def trade_only(words: list[str]) -> bool:
    """An occupation after a name ("Surgeon-Dentist", "Chemist-Druggist") or a firm's trades ("Wholesale Grocers
    and Commission Merchants", "ENGINEERS AND IRONFOUNDERS")."""
    hyphened = len(words) == 1 and "-" in words[0]
    if not hyphened and not _TRADES.search(words[-1]):
        return False
    from letopis.extract.en_surnames import common_word

    if hyphened and all(common_word(p.lower()) or p in ROLE_WORDS or _TRADES.search(p + "s")
                        for p in words[0].split("-")):
        return True
    return bool(_TRADES.search(words[-1])) and all(
        common_word(w.lower()) or _TRADES.search(w) or w.lower() in _TRADE_WORDS for w in words)
