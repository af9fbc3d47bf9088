"""Runs whose opening noun says what the rest names: "Lodge St. Columba", "Café Lindenhof" and the friendly
societies' "Court Pride of Glynmawr" and "Tent Star of Hope" (a body),
"Steamship Nora Bellhouse" and "S.S. Kotare Belle" (a vessel: no mention), "Stanitsa Poltavskaya" and
"Khutor Zabolotny" (a place),
"I. GENERAL" and "V. CONCLUSIONS" (a section's number).

    cands = by_leading_noun(run, segment)  # None when the run opens with no such noun
"""

from __future__ import annotations

import re

from letopis.extract.en_document import Cand
from letopis.extract.en_runs import Run
from letopis.extract.en_words import dictionary_word
from letopis.extract.lexicon import ENTERPRISE_HEADS, ROLE_NOUNS, TITLES

_BODIES = frozenset(("Lodge", "Café", "Cafe", "Kavárna", "Kaffeehaus", "Restaurant", "Hotel"))
_VESSELS = frozenset("Steamship Steamer Str Stmr Ship Brig Brigantine Barque Bark Schooner Schr Sloop Ketch Smack "
                     "Yacht".split())
# the words friendly societies name their courts (Foresters) and tents (Rechabites) with
_SOCIETY_NAMES = frozenset("Pride Star Hope Rose Flower Heart Pearl Queen Prince Princess Royal Loyal Good Rising "
                           "Morning Evening Lily Shamrock Thistle Brothers Friend Friends Perseverance Unity".split())
_FOREIGN_LINKS = frozenset("de del la las los y i et du des di della der des und".split())
_SHIP_PREFIXES = frozenset(("S.S.", "H.M.S.", "R.M.S.", "U.S.S.", "S.Y.", "H.M.S.S."))  # "S.S. Kotare Belle"
_SETTLEMENTS = frozenset("Stanitsa Khutor Selo Aul Kishlak Derevnya".split())  # Russian and Caucasian settlements
# the opening nouns of bodies named in Spanish, Catalan, French, Italian and German ("Sindicato de la Madera", "Parti Ouvrier")
_FOREIGN_BODIES = frozenset(
    "Sindicato Sindicat Partido Partit Izquierda Esquerra Federación Federació Confederación Confederació Comité "
    "Socorro Fundiciones Fundición Compañía Sociedad Societat Banco Consejo Junta Ministerio Frente Juventudes "
    "Juventud Ejército Guardia Talleres Industrias Cooperativa Asociación Agrupación Hermandad Generalitat Parti "
    "Syndicat Société Compagnie Confédération Fédération Partito Società Compagnia Gesellschaft Verein Partei "
    "Verband Staatsanwaltschaft Landgericht Amtsgericht Comptoir Amis Cercle Ligue Banque Chambre Conseil Ministère "
    # archives, libraries, schools, offices, courts and prisons ("Archivo Provincial", "Jefatura de Orden Público")
    "Archivo Arxiu Arquivo Archivio Archiv Archief Fondo Fonds Biblioteca Bibliothèque Museo Musée Instituto "
    "Institut Istituto Universidad Universitat Universidade Université Università Colegio Escuela Escola École "
    "Dirección Direcció División Departamento Sección Jefatura Policía Prefectura Préfecture Servicio Comisaría "
    "Tribunal Juzgado Ayuntamiento Ajuntament Diputación Cámara Círculo Ateneo Unión Unione Camera Cassa "
    "Prisión Cárcel Ferrocarril Ferrocarriles Ediciones Editorial Imprenta Tipografía Éditions Verlag "
    # Polish: archives, unions, societies, co-operatives, publishers
    "Archiwum Związek Towarzystwo Spółdzielnia Wydawnictwo Komitet Stowarzyszenie".split())


def by_leading_noun(run: Run, seg: int) -> list[Cand] | None:
    """The candidates of a run named by its opening noun, or None."""
    if len(run.tokens) > 2 and run.tokens[0].text in ("Les", "La", "Le") and run.tokens[1].text in _FOREIGN_BODIES \
            and all(t.cap or t.text in _FOREIGN_LINKS for t in run.tokens[2:]):
        return [Cand(run.start, run.end, "organisation", True, seg)]  # "Les Amis du Cinéma": the article is the name's
    if len(run.tokens) > 2 and run.tokens[0].text == "The" and run.tokens[1].text in _FOREIGN_BODIES:
        run = Run(run.i + 1, run.j, run.tokens[1:])  # "The Jefatura Provincial wrote"
    if len(run.tokens) < 2 or not (run.tokens[1].cap or run.tokens[0].text in _FOREIGN_BODIES and
                                   run.tokens[1].text in _FOREIGN_LINKS):
        return None
    first = run.words[0]
    if first in _BODIES or (first in ("Court", "Tent") and run.words[1] in _SOCIETY_NAMES):
        return [Cand(run.start, run.end, "organisation", True, seg)]  # "Court Pride of Glynmawr", "Tent Star of Hope"
    if first in ("Fondo", "Fonds") and len(run.tokens) == 2 and run.tokens[1].cap and \
            not run.words[1].isupper() and not dictionary_word(run.words[1]) and run.words[1] not in _FOREIGN_BODIES:
        return [Cand(run.tokens[1].start, run.end, "person", True, seg)]  # "Fondo Garmendia": a man's papers
    if first in _FOREIGN_BODIES and all(t.cap or t.text in _FOREIGN_LINKS for t in run.tokens[1:]):
        return [Cand(run.start, run.end, "organisation", True, seg)]  # "Socorro Rojo Internacional"
    if first.rstrip(".") in _VESSELS or first in _SHIP_PREFIXES:  # ("S. S. Kelmans", spaced, is a man)
        return []  # "Steamship Nora Bellhouse, Rintoul, 48 hours from Boston", "S.S. Kotare Belle"
    if first in _SETTLEMENTS and len(run.tokens) <= 3 and all(t.cap for t in run.tokens[1:]):
        return [Cand(run.tokens[1].start, run.end, "place", True, seg)]
    return None


def section_number(run: Run, text: str) -> bool:
    """A heading numbered "I." before capitals ("I. GENERAL", "I. BAKU. THE OIL FIELDS"): the Roman one
    opens a section, it is no initial. "V." and "X." are read so only before dictionary words ("V. CONCLUSIONS",
    not "V. KOSTROV")."""
    if len(run.tokens) < 2 or text[run.start - 1 : run.start] not in ("", "\n"):
        return False
    number = run.tokens[0].text.replace(" ", "")
    if not all(t.text.isupper() for t in run.tokens[1:]):
        end = text.find("\n", run.end)
        rest = text[run.end : end if end >= 0 else len(text)]
        # "I. Evacuation and return": a numbered heading in running case, its words lower-case after the run
        return number in ("I.", "V.", "X.") and _HEADING_REST.fullmatch(rest) is not None and all(
            t.kind == "word" and dictionary_word(t.text.lower()) for t in run.tokens[1:]) and \
            _ABSTRACT_NOUN.search(run.tokens[-1].text) is not None
    return number == "I." or number in ("V.", "X.") and any(
        t.kind == "word" and dictionary_word(t.text.lower()) for t in run.tokens[1:])


_HEADING_REST = re.compile(r"(?: [a-z][a-z'-]*){1,8}")
_ABSTRACT_NOUN = re.compile(r"[a-z]{3}(?:tions?|sions?|ments?|ences?|ances?|ities|ity|isms?|ness|ships?|ures?|ogy)$")
_NUMBER_AFTER = re.compile(r"\.\s?\d+\b")
_NUMBERED_HEADS = ENTERPRISE_HEADS | {"Shaft", "School", "Detachment", "Squad"}  # "Mine No. 9", "School No. 12": named by the number
_FIRE_COMPANIES = frozenset(("Hose", "Engine", "Truck"))  # "Crescent Hose No. 3", "Eureka Engine No. 4"


def number_after(run: Run, text: str) -> re.Match[str] | None:
    """The number after a run that ends in "No" ("Neptune Hose Company No| . 2"), when it names a body."""
    if run.tokens[-1].text != "No" or not (len(run.tokens) > 2 or len(run.tokens) == 2 and
                                           run.words[0] in _NUMBERED_HEADS):
        return None
    return _NUMBER_AFTER.match(text, run.end)


def numbered_kind(inner: Run) -> str | None:
    """What a head named by its number is: a works ("Mine No. 9"), a school, a fire company, or None."""
    words = inner.words[1:] if inner.words[0] in ("The", "A") else inner.words  # (the caller drops it too)
    if len(words) == 1 and words[0] in _NUMBERED_HEADS:
        return "organisation" if words[0] in ("School", "Detachment", "Squad") else "enterprise"
    if len(words) > 1 and words[-1] in _FIRE_COMPANIES:
        return "organisation"
    return None


_GLOSS_BEFORE = re.compile(r"\(\s*(?:the\s+)?$")
_OFFICE_BEFORE = re.compile(r"(?:\b[Tt]he\s+|^|\n)$")


def language_gloss(text: str, start: int) -> bool:
    """A name in brackets after a people's adjective: a language's form of a name ("(the Finnish Tarvoinen)")."""
    return _GLOSS_BEFORE.search(text[max(0, start - 8) : start]) is not None


def office_alone(run: Run, text: str) -> bool:
    """A title or an office alone after "the", at a line's start or before a comma or a stop ("Lieutenant-Colonel,",
    "the Counsellor"): no name."""
    if len(run.tokens) != 1:
        return False
    word = run.tokens[0].bare
    office = word in TITLES or word in ROLE_NOUNS or ("-" in word and word.rsplit("-", 1)[1].title() in TITLES)
    return office and (_OFFICE_BEFORE.search(text[max(0, run.start - 6) : run.start]) is not None or
                       text[run.end : run.end + 1] in (",", "."))
