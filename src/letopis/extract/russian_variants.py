"""The variants of one organisation or place name in a Russian document, linked by one ``expansion``.

:func:`link_variants` joins case forms («Голоса Севера», «Голосу Севера»), abbreviations and the
full names they spell (СЗР, «Союз защиты рыболовов»; РФ, «Россия»), a name and its descriptor
(«концерн «Волна»», «Волна»), and compound shortenings («Минсельхоз»); :func:`name_key`,
:func:`abbreviation`, :func:`initials` and :func:`syllabic` are the comparisons it uses.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from letopis.extract.morph import Morph
from letopis.extract.russian_heads import SOVIET_NAME
from letopis.extract.russian_orgs import _BRACKET_ABBR
from letopis.extract.russian_rules import _STATE_HEADS, _WORD
from letopis.model import Mention

_ORGLIKE = frozenset(("organisation", "enterprise", "publication"))
_ABBREVIATION = re.compile(r"^([A-ZА-ЯЁ]{2,7})(?:[а-яё]{1,3})?$")
_FUNCTION_WORDS = frozenset(
    ("по", "и", "в", "во", "на", "за", "при", "для", "с", "со", "об", "о", "от", "к", "против")
)
_CYRILLIC_WORD = re.compile(r"[а-я]+(?:-[а-я]+)*")
_CASE_ENDING = re.compile(r"(?:ами|ями|ом|ем|ой|ей|ам|ям|ах|ях|а|я|у|ю|е|ы|и|о)$")
_ADJ_STEM = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие)$")
# the short and full names of states written as abbreviations (folded, ё as е)
STATE_ABBREVIATIONS = {
    "РФ": ("россия", "российская федерация"),
    "США": ("соединенные штаты", "соединенные штаты америки", "америка"),
    "КНР": ("китай", "китайская народная республика"),
    "ФРГ": ("германия", "федеративная республика германия"),
    "СССР": ("советский союз", "союз советских социалистических республик"),
    "ОАЭ": ("объединенные арабские эмираты", "эмираты"),
    "КНДР": ("северная корея", "корейская народно-демократическая республика"),
    "ЮАР": ("южно-африканская республика", "южная африка"),
}


def _fold(s: str) -> str:
    return " ".join(s.replace("ё", "е").replace("Ё", "Е").lower().split())


def name_key(morph: Morph, text: str) -> tuple[str, ...]:
    """The dictionary forms of a name's words («Голосу Севера» -> голос, америка; МИДа -> мид)."""
    out = []
    for w in _WORD.findall(text):
        a = _ABBREVIATION.match(w)
        if a:
            out.append(a.group(1).lower())
        elif any("а" <= ch.lower() <= "я" for ch in w):
            out.append(morph.parse(w)[0].normal_form.replace("ё", "е"))
        else:
            out.append(w.lower())
    return tuple(out)


def abbreviation(text: str) -> str | None:
    """«СЗР», «МИДа» -> the capital letters of a one-word abbreviation, else None."""
    a = _ABBREVIATION.match(text.strip())
    return a.group(1) if a else None


def initials(norm: str) -> set[str]:
    """What an abbreviation of ``norm`` may spell: first letters of all words, or of content words
    («Общество по охране и изучению памятников» -> ОПОИИП, ООИП)."""
    words = [w for w in re.split(r"[\s«»\"„“”()]+", norm) if w and w[0].isalpha()]
    if len(words) < 2:
        return set()
    letters = {"".join(w[0] for w in words), "".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS)}
    parts = [p for w in words if w.lower() not in _FUNCTION_WORDS for p in w.split("-") if p]
    letters.add("".join(p[0] for p in parts))
    return {x.upper() for x in letters}


def _stem_match(adjective: str, noun: str) -> bool:
    """Does a place adjective name the place (китайский ~ Китай, кипрский ~ Кипр, российский ~ Россия)?"""
    stem = _ADJ_STEM.sub("", adjective)
    return len(stem) >= 3 and len(noun) >= 3 and stem[:4] == noun[:4]


class _Union:
    def __init__(self, n: int) -> None:
        self.up = list(range(n))

    def find(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.up[max(a, b)] = min(a, b)


def link_variants(morph: Morph, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Give the variants of one organisation or place in a document one ``expansion``.

    Joined are: the case forms of one name («Голоса Севера», «Голосу Севера»); an abbreviation and
    the full name it spells or follows in brackets (СЗР, «Союз защиты рыболовов»;
    РФ, «Россия»); a name and its descriptor («концерн «Волна»», «Волна»); a head and the
    one longer name it starts («Конгресс», «Конгресс США»); an adjective and the genitive of its place
    («китайское правительство», «правительство Китая»). The expansion is the most frequent full norm,
    and an organisation variant of an enterprise (or the reverse) takes the full name's type."""
    for group in (_ORGLIKE, frozenset(("place",))):
        idx = [i for i, m in enumerate(mentions) if m.type in group]
        if len(idx) < 2:
            continue
        links = _links(morph, text, [mentions[i] for i in idx], "place" in group)
        union = _Union(len(idx))
        for a, b in links:
            union.join(a, b)
        members: dict[int, list[int]] = {}
        for k in range(len(idx)):
            members.setdefault(union.find(k), []).append(k)
        out = list(mentions)
        for ks in members.values():
            norms = [mentions[idx[k]].norm for k in ks]
            if len({_fold(n) for n in norms}) < 2:
                continue
            full = [n for n in norms if not abbreviation(n)] or norms
            best = max(set(full), key=lambda n: (full.count(n), _nominative_first(morph, n), len(n), n))
            # one thing has one type: the type of its full name («Искры Октября» of «фабрика «Искра Октября»»)
            typ = next(mentions[idx[k]].type for k in ks if mentions[idx[k]].norm == best)
            for k in ks:
                m = mentions[idx[k]]
                kind = typ if {m.type, typ} <= {"organisation", "enterprise"} else m.type
                out[idx[k]] = dataclasses.replace(m, expansion=best, type=kind)
        mentions = out
    return list(mentions)


def _nominative_first(morph: Morph, norm: str) -> bool:
    """Can the first word of ``norm`` be a nominative (so «Голоса Севера» beats «Голосу Севера»)?"""
    words = _WORD.findall(norm)
    return bool(words) and morph.has_tag(words[0], "nomn")


def _links(morph: Morph, text: str, ms: Sequence[Mention], places: bool) -> list[tuple[int, int]]:
    """Pairs of mention indices that name one thing (see :func:`link_variants`); indexed, not pairwise."""
    key_of: dict[str, tuple[str, ...]] = {}
    first: dict[tuple[str, ...], int] = {}
    links: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        k = key_of.get(m.norm)
        if k is None:
            k = key_of[m.norm] = name_key(morph, m.norm)
        if k in first:
            links.append((first[k], i))
        else:
            first[k] = i
    abbrs = {k: abbreviation(ms[i].text) for k, i in first.items()}
    spelled: dict[str, list[int]] = {}  # what the full names may be abbreviated to
    for k, j in first.items():
        if not abbrs[k]:
            for a in initials(ms[j].norm) | ({_fold(ms[j].norm)} if places else set()):
                spelled.setdefault(a, []).append(j)
    by_abbr = {a: i for k, i in first.items() for a in [abbrs[k]] if a}
    for a, i in by_abbr.items():
        links += [(i, j) for j in spelled.get(a, ())]
        if places:
            links += [(i, j) for full in STATE_ABBREVIATIONS.get(a, ()) for j in spelled.get(full, ())]
    if not places:  # «Союз защиты рыболовов (СЗР)»; the longest of nested names only
        longest: dict[int, int] = {}
        for i, m in enumerate(ms):
            if m.end not in longest or m.start < ms[longest[m.end]].start:
                longest[m.end] = i
        for i in longest.values():
            after = _BRACKET_ABBR.match(text, ms[i].end)
            if after and after.group(1) in by_abbr:
                links.append((i, by_abbr[after.group(1)]))
    prefixes: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    heads: dict[tuple[str, ...], list[int]] = {}  # key without its last word -> names
    for k2, j in first.items():
        for n in range(1, len(k2)):
            if _named_rest(ms[j].norm, n):
                prefixes.setdefault(k2[:n], set()).add(k2)
        a = _apposition_key(morph, ms[j].norm)
        if a is not None and a in first and a != k2:
            links.append((first[a], j))
        if len(k2) >= 2:
            heads.setdefault(k2[:-1], []).append(j)
    for k, i in first.items():
        longer = prefixes.get(k, set())
        if len(longer) == 1:  # «Конгресс» and the one «Конгресс США»
            links.append((i, first[next(iter(longer))]))
        if len(k) >= 2 and _ADJ_STEM.search(k[0]):  # «китайское правительство», «правительство Китая»
            places_of = [(j, name_key(morph, ms[j].norm)[-1]) for j in heads.get(k[1:], ())]
            links += [(i, j) for j, place in places_of if _stem_match(k[0], place)]
    by_start: dict[str, list[tuple[str, ...]]] = {}
    for k2 in first:
        if len(k2) >= 2 and len(k2[0]) >= 2:
            by_start.setdefault(k2[0][:2], []).append(k2)
    for k, i in first.items():  # «Минсельхоз», «Министерство сельского хозяйства»
        if len(k) == 1 and len(k[0]) >= 6 and not abbrs[k]:
            links += [(i, first[k2]) for k2 in by_start.get(k[0][:2], ()) if syllabic(k[0], k2)]
    for k, i in first.items():  # «Уком сообщает» after «Даниловского укома РКП(б)»: the one уком named in full
        if len(k) == 1 and SOVIET_NAME.fullmatch(ms[i].norm):
            named = sorted((k2 for k2 in first if len(k2) >= 2 and k[0] in k2), key=len)
            if named and all(named[-1][: len(k2)] == k2 for k2 in named):  # one name, in full or shorter
                links.append((i, first[named[-1]]))
    if places:  # «Тамбурены», «Тамбурене», «Тамбурену»: an unknown town's case forms, whatever pymorphy guesses
        stems: dict[str, int] = {}
        for i, m in enumerate(ms):
            word = _fold(m.text)
            stem = _CASE_ENDING.sub("", word) if _CYRILLIC_WORD.fullmatch(word) else ""
            if len(stem) >= 4:
                if stem in stems:
                    links.append((stems[stem], i))
                else:
                    stems[stem] = i
    if places:  # «Российская Федерация» and «Россия»
        singles = [(k[0], j) for k, j in first.items() if len(k) == 1]
        for k, i in first.items():
            if len(k) == 2 and k[1] in _STATE_HEADS:
                links += [(i, j) for w, j in singles if _stem_match(k[0], w)]
    return links


def syllabic(word: str, words: Sequence[str]) -> bool:
    """Is ``word`` a compound of the beginnings of ``words`` (2+ of them, from the first), the Russian
    way of shortening a name: минсельхоз = министерство сельского хозяйства, мосгордума = московская
    городская дума, евросоюз = европейский союз? Pieces have 3+ letters or are whole words."""
    content = [w for w in words if w not in _FUNCTION_WORDS]

    def fits(pos: int, k: int) -> bool:
        if pos == len(word):
            return k >= 2
        if k == len(content):
            return False
        w = content[k]
        for n in range(min(len(w), len(word) - pos), 0, -1):
            if (n >= 3 or n == len(w)) and word.startswith(w[:n], pos) and fits(pos + n, k + 1):
                return True
        return False

    return len(content) >= 2 and fits(0, 0)


def _named_rest(norm: str, n: int) -> bool:
    """Are the words of ``norm`` after the first ``n`` a name (capitalised: США, Приморского края)?"""
    rest = _WORD.findall(norm)[n:]
    return bool(rest) and rest[0][:1].isupper()


def _apposition_key(morph: Morph, norm: str) -> tuple[str, ...] | None:
    """The name set beside a descriptor in ``norm``: quoted after one head word («концерн «Волна»»,
    not «отделение движения «Зелёный путь»»), or an abbreviation after a full name with its own
    complement («Международная федерация шашек МФШ»), not a governed genitive («обком КПСС»)."""
    q = re.search(r"[«\"„“]([^»\"“”]+)[»\"“”]\s*$", norm)
    if q:
        return name_key(morph, q.group(1)) if len(norm[: q.start()].split()) == 1 else None
    words = _WORD.findall(norm)
    if len(words) < 3 or not abbreviation(words[-1]):
        return None
    nouns = [w for w in words[:-1] if any(p.tag.POS == "NOUN" for p in morph.parse(w)[:1])]
    return (words[-1].lower(),) if nouns and nouns[0] != words[-2] else None
