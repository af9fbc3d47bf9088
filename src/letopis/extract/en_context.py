"""Weak and strong evidence from the words around a capitalised run: "X's apartment", "Comrade X", "in X",
"the X factory", "the bridge over the X", "two lads named X and Y", "X, Tennessee".

    verdict = context_type(before, after, words)   # Verdict or None
"""

from __future__ import annotations

import re

from letopis.extract.en_classify import (
    APPOSITION_BEFORE,
    ENTERPRISE_TAIL,
    LOWER_PLACE_HEADS,
    OCCUPATION_BEFORE,
    PEOPLE_NAMED_BEFORE,
    SELF_NAMED_BEFORE,
    STATE_AFTER,
    WHERE_AFTER,
    Verdict,
    headline,
)
from letopis.extract.en_gazetteer import common_here, us_state
from letopis.extract.en_tokens import join_broken
from letopis.extract.lexicon import (
    ENTERPRISE_LOWER_HEADS,
    HONORIFICS,
    NOT_NAMES,
    PEOPLES,
    PLACE_SUFFIXES,
    ROLE_WORDS,
    THE_RIVERS,
    TITLES,
    is_given,
    is_place,
)
from letopis.extract.names import is_initials

_STATE_NAME_AFTER = re.compile(r"^,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
_PREPOSITIONS = frozenset("on upon to into in from off back short apart up out".split())
_RESIDENCE_BEFORE = re.compile(
    r"\b[A-Z][a-z]+(?:,\s(?:Esq|Jr|Sr)\.?)?,\s+(?:(?:late|lately|formerly)\s+)?of\s+(?:the\s+)?$")
# "the Rev. J. Morlais Gwynedd, Llanelly.", "the Cwm Ddu Colliery, Ystrad, the property of": where he or it is
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:Rev|Mr|Mrs|Dr|Capt)\.?\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+|"
    r"\b(?:Colliery|Mill|Mills|Works|Chapel|Church|School|Foundry|Pit|Station|Hotel))\s?,\s+$")
# "on the Myasnitskaya", "along the Tverskaya": a Moscow street by its adjective alone
_STREET_BEFORE = re.compile(r"\b(?:on|along|off|down|up|in|at)\s+the\s+$")
_STREET_ADJECTIVE = re.compile(r"[a-z](?:skaya|skaia|aya|aia)$")
_MOSCOW_STREET = re.compile(r"[a-z](?:skaya|tskaya|ovka|evka|inka|nka)$")
# "the library on the Zhitnaya", "a parade along Sadovaya": a street by its (feminine) adjective alone
_ADJECTIVE_STREET = re.compile(r"[a-z]{3}(?:aya|aia)$")
_ALONG_STREET = re.compile(r"\b(?:on|off|along)\s+(?:the\s+)?$")
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:khutor|selo|stanitsa|posad|sloboda|aul|kishlak|hamlet|village|villages)(?:\s+of)?\s+$")
_PLACE_CALLED_BEFORE = re.compile(
    r"\b(?:place|town|village|hamlet|settlement|spot|locality|station|farm|plantation|estate|creek|river)s?\s+"
    r"(?:called|named|known\s+as)\s+(?:the\s+)?$", re.IGNORECASE)
DAY_OF = re.compile(r"^(?:['’]s)?\s+(?:day|days|time|times|lifetime|death|widow|sons?|daughters?)\b")
_AND_PLACES_AFTER = re.compile(r"^(?:,\s+[A-Z][\w'’-]*)*,?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                               r"(?:rivers|creeks|counties|lakes|islands|mountains|townships|valleys|raions|rayons|"
                               r"uyezds|uezds|volosts|districts|okrugs|provinces|gubernias|stations|streets|"
                               r"squares|bridges)\b",
                               re.IGNORECASE)
_PLACE_PREPS = {"in", "near", "outside", "across", "throughout"}
# "the kulaks of Bilyky", "the dockers of Kryukov": the people of a place
_PEOPLE_OF_BEFORE = re.compile(
    r"\b(?:kulaks|peasants|workers|workmen|men|dockers|railwaymen|miners|fishermen|boatmen|sailors|"
    r"inhabitants|population|residents|villagers|"
    r"Cossacks|poor|youth|women|citizens|townspeople|garrison|soviet|soviets)\s+of\s+(?:the\s+)?$")
# "on the road to Ust-Lomovka", "the train from Zheltukhino": where a way leads
# "rough weather off Skerrow", "put into Tolvan", "bound for Victoria", "a voyage to Ravensholm": a ship's
# port or landmark (a given name too: no person is put into)
_PORT_BEFORE = re.compile(
    r"\b(?:weather|spoke|anchored|anchors|ashore|aground|sighted|passed|wrecked|foundered|lying|seen)\s+off\s+(?:the\s+)?$|"
    r"\bput\s+(?:into|back\s+to|back\s+into|in\s+at)\s+$|\bbound\s+(?:for|to)\s+$|\bvoyage\s+(?:to|from)\s+$|"
    r"\bby\s+way\s+of\s+$")
_ROAD_TO_BEFORE = re.compile(r"\b(?:road|highway|journey|route|trains?|way|retreat|march)\s+(?:to|from)\s+$")
_PEOPLE_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+$")


def _a_people_of(before: str) -> bool:
    """"the Tatars of Kyzyl-Tepe", "the Germans of Zabolotino": a people of a place."""
    m = _PEOPLE_OF.search(before[-24:])
    return m is not None and m.group(1) in PEOPLES


# "(1879, Dvinsk, Vitebsk gubernia", "(born Kremenchug, 1901)": where a person was born; "the bridge over the
# Devon", "along the Vorskla", "the upper Tavda", "Down the Tavda by sledge", "at Kurgai on the Tavda":
# a river
_BORN_BEFORE = re.compile(r"\(\s*(?:\d{1,2}\s+[A-Z][a-z]+\s+)?\d{4},\s*$|\bborn\s+(?:in\s+)?$")
_RIVER_BEFORE = re.compile(r"\b(?:bridge|ferry|ford)\s+(?:over|across)\s+the\s+$|\b(?:[Aa]long|[Aa]cross|[Bb]eyond)\s+the\s+$|"
                           r"\b(?:crossed|crossing|cross)\s+the\s+$|\b(?:mills?|bridges?|ferry|wharf|quay|pier|landing|villages?|"
                           r"towns?|settlements?|hamlets?|farms?)\s+on\s+the\s+$|"
                           r"\b(?:steamers?|boats?|barges?|rafts?|went|came|sailed|steamed|floated|drifted|travelled|rowed)\s+(?:up|down)\s+the\s+$|"
                           r"\b(?:banks?|mouth|estuary|source|shore)\s+of\s+the\s+$|\b(?:little\s+)?river\s+$|"
                           r"\bthe\s+(?:upper|lower|middle)\s+$|(?:^|[.!?]\s+)(?:Up|Down)\s+the\s+$|"
                           r"\b(?:[Aa]t|[Ii]n|[Nn]ear)\s+[A-Z][\w-]+\s+on\s+the\s+$|"
                           r"\b(?:march|marched|marching|retreated|retreating|withdrew|advanced|moved)\s+(?:up|down)\s+the\s+$")
_RIVER_AFTER = re.compile(r"^\s+(?:is|was)\s+(?:frozen|in\s+flood|flooding)\b|^\s+(?:froze|flooded|overflowed)\b")
# a point of the compass or a distance before "of" or "from": "east of Tarvon", "ten miles south of Kessilov"
_COMPASS_BEFORE = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of\s+$|"
                             r"\b\d+\s+(?:miles|versts|kilometres|kilometers|km)\s+(?:from|beyond|above|below)\s+$",
                             re.IGNORECASE)
_PAPER_BEFORE = re.compile(r"\b(?:paper|newspaper|journal|weekly|daily|magazine|bulletin|organ)\s+$")
# "renamed Krasnyi Gidravlik": the new name of the works just named
# the Russian kinds of collective named before their name, as translations keep them
_BODY_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir)\s+(?:artel|kolkhoz|sovkhoz|commune|tovarishchestvo|TOZ)\s+$")
_RENAMED_BEFORE = re.compile(r"\b(?:renamed|re-named|later\s+called|now\s+called)\s+(?:the\s+)?$")
_APPOSITION_AFTER = re.compile(
    r"^\s*(?:\(\s*|,\s+|\s*—\s*)(?:a|an)\s+(?:former\s+|old\s+|young\s+|certain\s+|leading\s+)?"
    r"(?:member|worker|communist|menshevik|bolshevik|mechanic|engineer|student|teacher|professor|leader|"
    r"activist|employee|official|veteran|participant|supporter|organi[sz]er|writer|historian|philosopher|"
    r"economist|journalist|lawyer|doctor|peasant|soldier|sailor|officer|merchant|clerk)"
)
_PERSON_CONTEXT_AFTER = re.compile(
    r"^['’]s\s+(?:apartment|flat|wife|husband|house|home|"
    r"son|daughter|brother|sister|widow|letter|speech|testimony|arrest|biography|words|views|death|involvement|"
    r"role|participation|release|comrades|supporters|article|report|statement|complaint|request|"
    r"interrogation|memoirs|diary|signature|proposal|initiative|instructions?|orders?)\b"
)
_WHO_AFTER = re.compile(r"^\s+who\s+(?:later|then|also|had|has|was|is)\b")  # "the Samad Tarin who later served"
_LOCATIVE = re.compile(r"\b(?:from|in|at|near|of|to)\s+$")
_PERSON_VERBS_AFTER = re.compile(
    r"^\s+(?:said|says|stated|declared|wrote|argued|noted|told|asked|replied|explained|admitted|denied|"
    r"claimed|recalled|reported|spoke|insisted|proposed|demanded|announced|signed|died|was born|was arrested|"
    r"was expelled|was shot|was executed|himself|herself|flew|smiled|laughed|shouted|whispered|wept|married|"
    r"telegraphed|cabled)\b|^,\s+(?:who|whose|whom)\b"
)
_PERSON_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:(?:submitted|written|signed|edited|translated|compiled|authored|chaired|led|headed|"
    r"organi[sz]ed|interrogated|arrested|killed|murdered) by|wife,?|husband,?|son,?|daughter,?|brother,?|"
    r"sister,?|widow,?|mother,?|father,?|menshevik,|bolshevik,|communist,|member,|worker,|comrades?|citizens?|wife of|husband of|son of|daughter of|named|called|surnamed|"
    r"(?:flight|death|murder|arrest|execution|assassination|abdication|funeral|widow) of|"
    r"members?|activists?|workers?|worker|communists?|engineer|mechanic|student|students|director|"
    r"chairman|secretary|editor|leader|professor|historian|writer|poet|whom)\s+)$"
)


def context_type(before: str, after: str, words: list[str]) -> Verdict | None:
    """Weak evidence from the words around a run (X's apartment, Comrade X, in X, the X factory)."""
    after_low = join_broken(after[:34]).lower() if "¬" in after[:34] or "-\n" in after[:34] else after[:30].lower()
    if STATE_AFTER.match(after) and len(words) <= 3 and not any(is_initials(w) or w.rstrip(".") in HONORIFICS for w in [
            *words, *before.split()[-1:]]):  # "Georgetown, Del." (but not "J. Smith, Tenn.", "Mr. Brown, Md.")
        return Verdict("place", True)
    if PEOPLE_NAMED_BEFORE.search(before[-60:]) and len(words) <= 3:
        return Verdict("person", True)  # "two lads named Cairns and Doig"
    if SELF_NAMED_BEFORE.search(before[-30:]) and len(words) <= 3:
        return Verdict("person", True)  # "a man who called himself Joe"
    if APPOSITION_BEFORE.search(before[-50:]) and len(words) <= 3 and re.match(r"^\s*[,;(]|^\s+(?:asked|said|"
                                                                                 r"came|was|had)\b", after):
        return Verdict("person", True)  # "the old manager, Sennov, was", "a certain Plyushkov said"
    if (occupation := OCCUPATION_BEFORE.search(before[-40:])) and len(words) <= 3 and not headline(words) and \
            not occupation.group().isupper():  # (but not a headline's "OF A GUIDE" over the next line)
        return Verdict("person", True)  # "the turner Kashin"
    if len(words) == 1 and _SEAT_BEFORE.search(before[-60:]) and re.match(r"^\s*(?:[.;]|,\s+(?:the|and)\b)", after) \
            and not is_given(words[0]) and not common_here(words[0]) and words[0] not in ROLE_WORDS and \
            words[0] not in TITLES and words[0] not in NOT_NAMES and not _common_english(words[0]):
        return Verdict("place", True)
    if _RESIDENCE_BEFORE.search(before[-40:]) and (len(words) == 1 or (
            len(words) <= 3 and not is_given(words[0]))):
        return Verdict("place", True)  # "Capt. Nehemiah Pike, of Laurel, and ...": where he lives
    if (_PEOPLE_OF_BEFORE.search(before[-40:]) or re.search(r"\btowards?\s+$", before[-10:]) or
            _BORN_BEFORE.search(before[-30:]) or _ROAD_TO_BEFORE.search(before[-30:]) or _a_people_of(before)) and \
            len(words) <= 2 and not is_given(words[0]):
        return Verdict("place", True)
    if len(words) <= 3 and (_PORT_BEFORE.search(before[-30:]) or _COMPASS_BEFORE.search(before[-40:])):
        return Verdict("place", True)  # (and "a gale east of Tarvon", "twelve versts from Kessilov")
    if len(words) == 1 and words[0] in THE_RIVERS and re.search(r"\b[Tt]he\s+$", before[-5:]):
        return Verdict("place", True)  # "the Volga and the Oka", "travelling to the Kuban and the Don"
    if len(words) <= 2 and (_RIVER_BEFORE.search(before[-30:]) or
                            re.search(r"\b[Tt]he\s+$", before[-5:]) and _RIVER_AFTER.match(after)):
        return Verdict("place", True)  # "the bridge over the Devon", "up the Yenisei", "the Tsna is frozen"
    if _BODY_NOUN_BEFORE.search(before[-24:]) and len(words) <= 4 and not is_given(words[0]):
        return Verdict("organisation", True)  # "the artel Krasny Kedrovik", "the kolkhoz Zarya Kolosa"
    if _PAPER_BEFORE.search(before[-24:]) and len(words) <= 4:
        return Verdict("publication", True)  # "the Berlin paper Zaria Bezvlastiia"
    if re.match(r"\s+(?:church|cathedral|monastery|convent)\b", after) and len(words) == 1 and \
            re.search(r"(?:sky|skaya|skoe|skii|skoi)$", words[0]):
        return Verdict("organisation", True)  # "the Nikolsky church": named by its dedication, not a person
    if _RENAMED_BEFORE.search(before[-20:]) and len(words) <= 4 and not is_place(words[-1]):
        return Verdict("enterprise", True)
    if _SETTLEMENT_BEFORE.search(before[-20:]) and len(words) <= 2:
        return Verdict("place", True)  # "near khutor Zmeyevsky", "the village of Gorelovka"
    if _PLACE_CALLED_BEFORE.search(before) and len(words) <= 3:
        return Verdict("place", True)  # "the place called Buzzard Roost", "a village known as Upper Dell"
    if len(words) == 1 and _STREET_ADJECTIVE.search(words[0]) and _STREET_BEFORE.search(before[-12:]):
        return Verdict("place", True)
    if len(words) == 1 and (_MOSCOW_STREET.search(words[0]) and re.search(r"\b(?:on|in|off)\s+$", before[-5:]) or
                            _ADJECTIVE_STREET.search(words[0]) and _ALONG_STREET.search(before[-12:])):
        return Verdict("place", True)  # "our club on Shabolovka", "the rabfak on Pyatnitskaya"
    state = _STATE_NAME_AFTER.match(after)
    located = re.search(r"\b(?:in|at|near|from)\s+$", before[-8:]) is not None  # "Recorded in Brooklyn, New York"
    if state and len(words) <= 3 and (not is_given(words[0]) or located) and us_state(state.group(1)):
        return Verdict("place", True)  # "Columbia, Tennessee"
    if len(words) == 1 and "-" in words[0] and words[0].split("-")[0].lower().endswith(PLACE_SUFFIXES) and \
            re.fullmatch(r"[A-Z][a-z]{2,}", words[0].split("-")[1]):
        return Verdict("place", True)  # "Kamensk-Uralsky", "Aleksandrovsk-Grushevsky": a town and its qualifier
    if len(words) == 1 and words[0].lower().endswith(PLACE_SUFFIXES) and len(words[0]) > 6 and \
            not re.search(r"[\"“«‘']\s*$", before):  # not a cited title's first word ("Listovka i ...")
        return Verdict("place", True)
    m = re.match(r"^\s+([a-z-]+)(?:\s+([a-z-]+))?", after_low)
    if m and (m.group(1) in ENTERPRISE_LOWER_HEADS or ENTERPRISE_TAIL.match(after)) and \
            not after_low.startswith(" railway junction"):
        return Verdict("enterprise", True)
    if m and (m.group(1) in LOWER_PLACE_HEADS or after_low.startswith(" railway junction")) and \
            not (m.group(1) in ("falls", "springs") and m.group(2) in _PREPOSITIONS):  # "Suspicion falls on"
        return Verdict("place", True)
    if _AND_PLACES_AFTER.match(after) and (len(words) == 1 or (len(words) == 2 and not is_given(words[0]))):
        return Verdict("place", True)  # "the Oconee and Ogeechee rivers": the first item shares the head
    if m and m.group(1) in ("workers", "strikers", "strike") and len(words) == 1:
        return Verdict("enterprise", False)
    if _PERSON_CONTEXT_AFTER.match(after):
        return Verdict("person", True)
    if WHERE_AFTER.match(after) and len(words) <= 3 and not is_given(words[0]):
        return Verdict("place", False)  # "from Zarechensk, where a strike broke out"
    if (_PERSON_VERBS_AFTER.match(after) or _APPOSITION_AFTER.match(after) or (
            _WHO_AFTER.match(after) and not _LOCATIVE.search(before[-8:]))) and words[-1] not in PEOPLES and \
            words[-1] not in ("German", "Russian", "American", "Englishman", "Frenchman"):
        return Verdict("person", False)  # (not "a Kuban German who had farmed": a people; "from Tarvuk who")
    if _PERSON_CONTEXT_BEFORE.search(before[-40:].lower()):
        return Verdict("person", False)
    prev = re.search(r"(\w+)\s*$", before[-20:])
    if prev and prev.group(1).lower() in _PLACE_PREPS and len(words) <= 3 and words[-1] != "No" \
            and not re.match(r"^\s*(?:No\.|\d)", after):
        return Verdict("place", False)
    return None


def _common_english(word: str) -> bool:
    from letopis.extract.en_surnames import common_word

    return common_word(word.lower())


_AT_SOMEONE = re.compile(r"\b(?:look|looked|looking|stare|stared|glance|glanced|laugh|laughed|shout|shouted|point|"
                         r"pointed|aim|aimed|fire|fired|shot|smile|smiled|nod|nodded|wave|waved|swore|jeered|"
                         r"angry|furious|arrested|directed|levelled)\s+at\s+$|\bat\s+(?:the\s+)?(?:hands|house|"
                         r"flat|home|request|suggestion)\s+of\s+$")


# the Slavic adjectives that open a town's name: Stara, Nova, Velikiye, Bolshaya, Nizhny
_PLACE_ADJECTIVE = re.compile(r"[a-z](?:ski|ska|sko|cki|cka|ški|ška|ško|iko|ika|ike|ara|ova|ovo|ovi|aya|aia|oye|yi|ii|nyi|ny|ie)$")


def town_after_in(before: str, after: str, words: list[str]) -> bool:
    """"the weaving factory in Kalyazin the management ...": a lone word after "in" ("at") that a clause goes on
    from is a place, however like a surname it looks ("the artel in Zhabov was closed", "in Zhabov, where"; but
    "in Kolosov, p. 3", "in Kolosov's book", "in Kolosov, who argues")."""
    if len(words) == 2 and _PLACE_ADJECTIVE.search(words[0]) and not any(is_given(w) for w in words):
        words = words[1:]  # "at Stara Lipnitsa", "in Veliki Dvor": a town named with its adjective
    if len(words) != 1 or sum(ch.isupper() for ch in words[0]) >= 2:
        return False  # (not "kept in GATsO since", "filed in TsGA": an archive by its abbreviation)
    at = re.search(r"\bat\s+$", before[-4:]) is not None and not _AT_SOMEONE.search(before[-30:]) and \
        not _common_english(words[0]) and not common_here(words[0])  # "stores at Ozerishchev." (not "at Lunch")
    return (at or re.search(r"\b(?:in|near|outside)\s+$", before[-8:]) is not None) and \
        re.match(r"^(?:\s+(?:the\s|[a-z]{2,}\s)|[.;:]\s|,\s+(?!who\b|whose\b|pp?\b)[a-z]{2,}\s)", after) is not None \
        and not is_given(words[0]) and not re.match(r"^\s+(?:is|or|did|does)\b", after)
