"""Fixes to natasha's span boundaries in Russian text, before the spans are typed and lemmatised.

- :func:`split_lines`: a span run over a line break or a wide gap (a signature block, a heading
  over the next line) is cut there;
- :func:`with_members`: a union ends with its members' name («ЦК союза металлистов»);
- :func:`join_surname_first`: a surname and the given name after it are one person («Зотов Кирилл»);
- :func:`settlements`: a name after a settlement or river word is a place («с. Верхние Ключи», «через
  р. Ворожу», «у хутора Ракитного»), where natasha found nothing;
- :func:`split_person_tail`: a body or a village and the person named after it, drawn as one span,
  are cut apart («школы I ступени Златоверхова Павла Никаноровича»);
- :func:`split_two_names`: a body's name and the abbreviation of the body above it («Главметалл ВСНХ»);
- :func:`cut_after_initial`: a person ends at an initial before the next sentence's first word;
- :func:`split_third_initial`: a third initial after a surname's two opens the next person;
- :func:`archives`: the archive a reference cites («ГАЯО. Ф. Р-1») is an organisation;
- :func:`addressed`: a name after «тов.», «товарищу», «гр.» is a person.
"""

from __future__ import annotations

import re

from letopis.extract.morph import Morph, from_dictionary
from letopis.extract.names import PATRONYMIC, looks_like_surname
from letopis.extract.references import archival_references
from letopis.extract.russian_heads import ROLES, union_members

_WORD = re.compile(r"[^\W\d_]+")
_LINE_BREAK = re.compile(r"\s*\n\s*|\s{3,}")
_INITIALS_NAME = re.compile(r"^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")
_ABBREVIATION = re.compile(r"\b[А-ЯЁ]{2,5}\b")


def join_surname_first(morph: Morph, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«Зотов| Кирилл»: a surname and the given name after it, split by natasha, are one person; so is a
    surname-shaped word natasha took for a place or a body before a given name and patronymic
    («Мокроусова| Агриппина Тихоновна»)."""
    out: list[tuple[int, int, str]] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and s[2] == "PER" and text[prev[1] : s[0]] == " " and \
                " " not in text[prev[0] : prev[1]] and morph.has_tag(text[s[0] : s[1]].split()[0], "Name"):
            word = text[prev[0] : prev[1]]
            if prev[2] == "PER" and (morph.has_tag(word, "Surn") or _given_patronymic(text[s[0] : s[1]])) or \
                    _given_patronymic(text[s[0] : s[1]]) and looks_like_surname(word):
                out[-1] = (prev[0], s[1], "PER")
                continue
        out.append(s)
    return out


def given_before_patronymic(morph: Morph, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«Трофим| Савельевич Бурмакин»: a given name natasha left out before the patronymic opening a person."""
    out = []
    for s in spans:
        first = text[s[0] : s[1]].split()[:1]
        if s[2] == "PER" and first and PATRONYMIC.match(first[0]):
            m = _GIVEN_BEFORE.search(text, max(0, s[0] - 30), s[0])
            if m and morph.has_tag(m.group(1), "Name") and not any(o[0] <= m.start(1) < o[1] for o in spans):
                s = (m.start(1), s[1], "PER")
        out.append(s)
    return out


_GIVEN_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+) $")


_TRIPLE = re.compile(r"(?<![\w.-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) ([А-ЯЁ][а-яё]+) ([А-ЯЁ][а-яё]+(?:ович|евич|ич|овн|евн|ичн)[а-яё]*)(?![\w-])")


def name_triples(morph: Morph, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«учительницы школы Тимашовой Веры Константиновны»: surname, given name and patronymic that natasha left
    untagged are a person (the middle word a given name, the last a patronymic in any case)."""
    out = list(spans)
    for m in _TRIPLE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in spans) or not morph.has_tag(m.group(2), "Name"):
            continue
        out.append((m.start(), m.end(), "PER"))
    return sorted(out)


def _given_patronymic(name: str) -> bool:
    """«Илья Прохорович»: a given name and a patronymic, after which nothing but a surname before it fits."""
    words = name.split()
    return len(words) == 2 and bool(PATRONYMIC.match(words[1]))


def with_members(morph: Morph, text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """«ЦК союза| металлистов»: a union natasha ends before its members' name takes it in."""
    start, end, typ = span
    last = _WORD.findall(text[start:end])[-1:]
    if typ == "ORG" and last and morph.parse(last[0])[0].normal_form in ("союз", "профсоюз"):
        return (start, union_members(morph, text, end), typ)
    return span


def split_lines(morph: Morph, text: str, span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """A span natasha ran over a line break or a wide gap («ГПУ        Ф. Рогачёв⏎Секретарь ...» of a
    signature block, a heading over the next line) is cut there. The first line keeps the type if it
    holds a noun; a later line only if it holds an abbreviation («ГУБЕРНСКИЙ ОТДЕЛ ГПУ»), or as a
    person when it is initials and a surname («Ф. Рогачёв»)."""
    start, end, typ = span
    if not _LINE_BREAK.search(text, start, end):
        return [span]
    out: list[tuple[int, int, str]] = []
    at = start
    for k, piece in enumerate([*(m for m in _LINE_BREAK.finditer(text, start, end)), None]):
        stop = piece.start() if piece else end
        words = _WORD.findall(text[at:stop])
        chunk = text[at:stop]
        if words and _INITIALS_NAME.match(chunk):
            out.append((at, stop, "PER"))
        elif len(words) == 2 and words[1][:1].isupper() and morph.parse(words[0].lower())[0].normal_form in ROLES:
            name_at = at + chunk.rindex(words[1])  # «Секретарь Обухова» on a signature line: the person
            out.append((name_at, name_at + len(words[1]), "PER"))
        elif words and (_ABBREVIATION.search(chunk) or (k == 0 and typ != "ORG") or (
                k == 0 and any(morph.has_tag(w, "NOUN") for w in words))):
            out.append((at, stop, typ))
        at = piece.end() if piece else end
    return out


_SETTLEMENT = re.compile(
    r"(?<![\w.])(?<!\d\s)(?:с|д|дер|пос|ст|х|р|г)\. ?|\b(?:хутор|сел|деревн|посёлк|поселк|станиц|слобод|рек)[а-яё]*\s+")
_SETTLEMENT_BEFORE = re.compile(r"(?<![\w.])(?:с|д|дер|пос|х)\.\s?$")
_NAME_WORD = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё-]*")
_NAME_AFTER = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s[А-ЯЁ][а-яё]+(?![\w-]))?")


_CUT_LETTER = re.compile(r"(?<![А-ЯЁа-яё.])[А-ЯЁ]\.-(?=[А-ЯЁ])")


def settlements(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Place spans for names after «с.», «д.», «р.», «хутора», «села» that no NER span covers; a street with
    its abbreviation («ул. Свободы», «пер. Красный»); a railway by its abbreviation («Рязано-Уральской ж. д.»).
    A name spelt with its first word cut to a letter («С.-Петербург», «Н.-Новгородской») is one span with it."""
    out = [(s - 3, e, t if " " in text[s:e] else "LOC") if s >= 3 and _CUT_LETTER.match(text, s - 3) else
           (s, e, "LOC" if _CUT_LETTER.match(text, s) and " " not in text[s:e] else t)
           for s, e, t in spans if not (e - s <= 2 and _CUT_LETTER.match(text, s))]  # (one word so: a town)
    for m in _RAILWAY.finditer(text):
        out = [o for o in out if not (o[0] < m.end() and m.start() < o[1])] + [(m.start(), m.end(), "ORG")]
    for m in _STREET.finditer(text):
        out = [o for o in out if not (o[0] < m.end() and m.start() < o[1])] + [(m.start(), m.end(), "LOC")]
    taken = list(out)
    for m in _SETTLEMENT.finditer(text):
        name = _NAME_AFTER.match(text, m.end())
        if name and not any(s < name.end() and name.start() < e for s, e, _ in taken):
            out.append((name.start(), name.end(), "LOC"))
    return sorted(out)


def signed_lines(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person span for the name that closes a signature line: «Секретарь        Плетнева», «Начальник
    информотделения Кац» (a role, its lower-case field, then the signer alone at the line's end)."""
    out = list(spans)
    for m in _SIGNED_LINE.finditer(text):
        if not any(s < m.end(1) and m.start(1) < e for s, e, _ in spans):
            out.append((m.start(1), m.end(1), "PER"))
    return sorted(out)


_SIGNED_LINE = re.compile(
    r"^[ \t]*(?:Секретарь|Председатель|Начальник|Заведующий|Зав\.|Уполномоченный|Инструктор|Делопроизводитель|"
    r"Заместитель|Зам\.|Помощник|Пом\.|Член|Врид)(?:[ \t]+[а-яё.]+)*[ \t]+"
    r"((?:[А-ЯЁ]\.[ \t]?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t]*$", re.MULTILINE)
_STREET = re.compile(r"(?<![\w.])(?:ул|пер|пр|просп|пл|наб)\. ?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?: [А-ЯЁ][а-яё]+)?")
_RAILWAY = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ской|ской|ой|ей) ж\. ?д\.")


def split_person_tail(morph: Morph, text: str, span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """«школы I ступени Златоверхова Павла Никаноровича»: a body and, after it, a person by surname,
    given name and patronymic (natasha draws one organisation over both); «д. Сухой Овраг Мокеева Фёдора
    Лаврентьевича»: the village and its citizen (drawn as one person)."""
    start, end, typ = span
    village = typ == "PER" and _SETTLEMENT_BEFORE.search(text, max(0, start - 12), start) is not None
    if typ != "ORG" and not village:
        return [span]
    words = list(_NAME_WORD.finditer(text, start, end))
    if len(words) < 3 or words[-1].end() != end:
        return [span]
    patronymic, given = words[-1].group(), words[-2].group()
    if not (any("Patr" in p.tag for p in morph.parse(patronymic)) and any("Name" in p.tag for p in morph.parse(given))):
        return [span]
    k = len(words) - 2
    if k >= 2 and words[k - 1].group()[:1].isupper() and not morph.has_tag(words[k - 1].group(), "NOUN", dictionary_only=True):
        k -= 1  # the surname before the given name
    cut = words[k].start()
    body = text[start:cut].rstrip(" ,")
    if not any(ch.isalpha() for ch in body):
        return [(cut, end, "PER")]
    return [(start, start + len(body), "LOC" if village else typ), (cut, end, "PER")]


def split_two_names(morph: Morph, text: str, span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """«Главметалл ВСНХ»: a body's own name and the abbreviation of the body above it, drawn as one span,
    are two organisations (but «Московский комитет РКП(б)» stays one: its first word is no name)."""
    start, end, typ = span
    words = list(_NAME_WORD.finditer(text, start, end))
    if typ != "ORG" or len(words) != 2:
        return [span]
    name, abbr = words[0].group(), words[1].group()
    if not (abbr.isupper() and 2 <= len(abbr) <= 7 and name[:1].isupper() and not name.isupper()):
        return [span]
    if morph.has_tag(name.lower(), "NOUN", dictionary_only=True) or morph.has_tag(name.lower(), "ADJF"):
        return [span]
    return [(start, words[0].end(), typ), (words[1].start(), end, typ)]


_INITIAL_THEN_WORD = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]\.\s+([А-ЯЁ][а-яё]+)")


def cut_after_initial(morph: Morph, text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """«гражданки Бурмакиной А. Ответственный секретарь»: a person span ends at an initial when the
    capitalised word after it opens the next sentence (a dictionary word that is no name)."""
    start, end, typ = span
    if typ != "PER":
        return span
    for m in _INITIAL_THEN_WORD.finditer(text, start, end):
        if not re.search(r"[А-ЯЁа-яё]{2}", text[start : m.start()]):
            continue  # «Г. И. Мясников»: initials before the surname
        word = m.group(1)
        parses = [p for p in morph.parse(word) if from_dictionary(p)]
        if parses and not any(t in p.tag for p in parses for t in ("Name", "Surn", "Patr", "Geox")):
            return (start, text.rindex(".", start, m.start(1)) + 1, typ)
    return span


_THIRD_INITIAL = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?[А-ЯЁ]\.(?=\s[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]{2,})")


def split_third_initial(text: str, span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """«учительницы Лыковой А. С. Т. Зотова сообщила»: a Russian name has two initials at most, so a third
    opens the next person (here «т.», comrade, at the start of a sentence)."""
    start, end, typ = span
    m = _THIRD_INITIAL.match(text, start, end) if typ == "PER" else None
    if m is None:
        return [span]
    rest = m.end() + 1
    if text[rest : rest + 1] in "Тт" and text[rest + 2 : rest + 3] == " ":
        rest += 3  # the comrade's «Т.» is no initial of hers
    return [(start, m.end(), typ), (rest, end, typ)]


def archives(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«ГАЯО. Ф. Р-1. Оп. 2»: the archive a reference cites is an organisation (natasha seldom knows it)."""
    out = list(spans)
    for ref in archival_references(text):
        if ref.archive:
            s, e = ref.start, ref.start + len(ref.archive)
            out = [x for x in out if not (x[0] < e and s < x[1])] + [(s, e, "ORG")]
    return sorted(out)


_ADDRESSED = re.compile(
    r"(?<![\w.])(?:тов\.|т\.|товарищ(?:у|а|ем|е|и|ей)?|гр\.|гражданин(?:у|а|ом)?|гражданк(?:а|е|и|ой|у))\s+"
    r"((?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)")


def addressed(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Person spans for a name after «тов.», «товарищу», «гр.» that no NER span covers («к товарищу
    Ярославскому», «статью тов. Баранцева»)."""
    out = list(spans)
    for m in _ADDRESSED.finditer(text):
        if not any(s < m.end(1) and m.start(1) < e for s, e, _ in spans):
            out.append((m.start(1), m.end(1), "PER"))
    return sorted(out)
