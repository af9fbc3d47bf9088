"""Firms by their partners' names or their legal form: "Pibble & Tallow", "Kellner-Roth AG", "Querrant, Hume &
Co.", "J. & W. Quarrie", "Hollmann und Söhne", "Messrs. Morgan, Tudor and Pask, shipbrokers" (partners named before their trade) and "at Pibble and
Tallow's mill" (two names owning a works).

    for start, end, kind in firm_spans(seg_text, seg.start): ...
"""

from __future__ import annotations

import re

from letopis.extract.en_classify import lexicon_type
from letopis.extract.en_runs import Run
from letopis.extract.en_shipping import vessel_before
from letopis.extract.lexicon import NOT_NAMES, ROLE_WORDS, TITLES

# "by Messrs. Morgan, Tudor and Pask, shipbrokers": partners named before their trade are the firm
_PARTNERS = re.compile(
    r"\bMessrs\.?\s+((?:[A-Z][\w'’-]+,\s)*[A-Z][\w'’-]+\s(?:and|&)\s[A-Z][\w'’-]+)"
    r"(?=,\s(?i:(?:coal\s|wine\s|timber\s|general\s|cotton\s|woollen\s|silk\s|iron\s|flax\s)?(?:shipbrokers|"
    r"shipowners|brokers|agents|solicitors|auctioneers|merchants|drapers|grocers|builders|contractors|printers|"
    r"bankers|brewers|chemists|ironmongers|engineers|proprietors|owners|millers|tanners|spinners|manufacturers|"
    r"weavers|dyers|bleachers|founders|smiths|booksellers|publishers|attorneys|outfitters)\b|"
    r"(?:[a-z]+\s)?[a-z]{3,}(?:ers|ors|ists)\b))"  # "Messrs. Tarbell and Quine, ore brokers"
    # "the firm of Hessel and Marwold", "the firm of the Brothers Tkavadze": a firm named by its partners
    r"|\bfirm\s+of\s+(?:the\s+)?((?:Brothers\s)?[A-Z][\w'’-]+(?:\s(?:and|&)\s[A-Z][\w'’-]+)?)"
    # "a strike at Pibble and Tallow's mill": two names owning one works are the firm
    r"|\b([A-Z][\w'’-]+\s(?:and|&)\s[A-Z][\w'’-]+)(?=['’]s\s(?:mill|mills|works|factory|foundry|shop|yard|warehouse|"
    r"firm|concern|colliery|pit)\b)")
# the kinds a French, German or Nordic firm is named by before its owner's name ("the Bureau Tarvel")
_KINDS = (r"(?i:Bureau|Imprimerie|Librairie|Maschinenfabrik|Aktiebolaget|Établissements|Etablissements|Maison|Banque|"
          r"Compagnie)")
# A firm: "Pibble & Tallow", "Querrant, Hume & Co.", "Querrant, Hume, & Co.", "Dabs & Sons" (names joined by an ampersand).
_FIRM = re.compile(
    r"(?<![\w&.])(?:[A-Z]\.[ ]?){0,3}[A-Z][\w'’-]+(?:,[ ][A-Z][\w'’-]+)*,?[ ]?&[ ]?(?:Co\.|CO\.|Bros?\.|BROS?\.|"
    r"[A-Z][\w'’-]+)(?:\s(?:Co\.|Company|Bros\.|Brothers|Sons))?"
    r"|(?<![\w&.])[A-Z]\.[ ]?&[ ]?(?:[A-Z]\.[ ]?){1,2}[A-Z][\w'’-]{2,}"  # "J. & W. Quarrie": partners' initials
    r"|(?<![\w&.])[A-Z][\w'’-]+[ ](?:und|&)[ ](?:Söhne|Sohn|Cie\.)"  # "Hollmann und Söhne"
    r"|(?<![\w&.])(?:Gebrüder|Gebr\.|Frères|Fratelli|Hermanos)[ ][A-Z][\w'’-]+"  # "Gebrüder Tallmann": the brothers' firm
    r"|(?<![\w&.])(?:[A-Z]\.[ ]?){0,3}[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?(?:,[ ][A-Z][\w'’-]+)*,?[ ](?:and|AND)[ ]"
    r"(?:Co\.|CO\.|Sons?\b|SONS?\b|Brothers\b|BROTHERS\b|Daughters?\b)"
    # a trading house and a family firm by its suffix: "the Trading House of the Brothers Tolkachev", "Lazarou Frères"
    r"|(?<![\w&.])Trading[ ]House(?:[ ]of(?:[ ]the)?)?[ ](?:Brothers[ ])?[A-Z][\w'’-]+(?:[ ](?:and|&)[ ](?:Sons|Co\.))?"
    r"|(?<![\w&.])[A-Z][\w'’-]+[ ](?:Frères|Freres|Fils|Figli|Hermanos)(?![\w-])"
    # a company by its legal form: "Kellner-Roth AG", "Turbinenbau Hessel GmbH", "Pibble Ltd.", "Fratelli Orsi S.A."
    r"|(?<![\w&.])(?!(?:The|THE|A|An)\b)[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,3}[ ]"
    r"(?:AG|GmbH|G\.m\.b\.H\.|Ltd|Limited|S\.A\.|S\.p\.A\.|A/S|Inc|N\.V\.|K\.K\.|A\.-G\.|AB|A\.B\.|Oy|O\.Y\.)(?![\w-]|[ ][A-ZÄÖ])"
    # a firm named after its kind, as French, German and Nordic firms are: "the Bureau Tarvel", "Imprimerie Kessel"
    r"|(?<![\w&.])" + _KINDS + r"[ ](?!(?:of|de|du|des|and|the)\b)[A-Z][\w'’-]+(?:[ ](?:et[ ])?[A-Z][\w'’-]+){0,2}"
)
_OPENERS = re.compile(_KINDS + r"[ ]")


def firm_spans(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, "organisation") of each firm named by its partners in ``text``, shifted by ``offset``."""
    firms = []
    for m in _FIRM.finditer(text):
        start = m.start()
        while not _is_firm(text[start : m.end()]) and ", " in text[start : m.end()].split("&")[0]:
            start = text.index(", ", start) + 2  # "Apply, TORBILL & QUARNE": the verb before is no partner
        if _is_firm(text[start : m.end()]) and not vessel_before(text[max(0, start - 24) : start]):
            firms.append((offset + start, offset + m.end(), "organisation"))
    for m in _PARTNERS.finditer(text):
        g = next(k for k in (1, 2, 3) if m.group(k))
        name = m.group(g)
        if g == 3 and " " not in name:
            continue  # "the firm of Kessel": one name, a man's as often as his firm's
        if not any(s <= offset + m.start(g) < e for s, e, _ in firms) and (
                g == 3 and name.startswith("Brothers ") or _is_firm(name.replace(" and ", " & "))):
            firms.append((offset + m.start(g), offset + m.end(g), "organisation"))
    return firms


def repeated_firms(text: str, firms: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other places in ``text`` where a firm of two partners found by its cue is named again, bare ("Messrs.
    Pibble and Tallow, spinners" ... "the dispute at Pibble and Tallow's"): (start, end) of each."""
    names = {text[s:e] for s, e in firms if re.search(r"\s(?:and|&)\s", text[s:e])}
    out: list[tuple[int, int]] = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if (m.start(), m.end()) not in firms:
                out.append((m.start(), m.end()))
    return out


def partner_words(text: str, start: int, end: int) -> bool:
    """Does a firm's span at ``start`` open with partners' initials ("J. & W.") or hold "& Co.", "& Sons"?"""
    return bool(_PARTNER_INITIALS.match(text, start) or _PARTNER_WORD.search(text, start, end))


_PARTNER_INITIALS = re.compile(r"[A-Z]\.\s?&\s?[A-Z]\.")
_PARTNER_WORD = re.compile(r"&\s?(?:Co\.|CO\.|Sons?\b|Bros?\.|Brothers\b)")


_LEGAL_FORM = re.compile(r"[ ](?:AG|GmbH|G\.m\.b\.H\.|Ltd|Limited|S\.A\.|S\.p\.A\.|A/S|Inc|N\.V\.|K\.K\.|A\.-G\.|AB|A\.B\.|"
                         r"Oy|O\.Y\.)$")


def _is_firm(text: str) -> bool:
    """Names joined by "&" are a firm unless they are known places or institutions ("Russia & Poland")."""
    parts = [p for p in re.split(r"[,&\s]+", text) if p and p not in ("Co.", "Co", "Company", "Bros.", "Brothers",
                                                                      "Sons", "Bro.", "Bro", "Son", "and")]
    if _PARTNER_INITIALS.match(text):
        return True  # "J. & R. TOLLOCH": two partners of one surname
    if _OPENERS.match(text) and not any(p in NOT_NAMES or p in ROLE_WORDS or p in TITLES for p in parts[1:]):
        return True  # "the Bureau Tarvel": a firm by its kind and its owner's name
    if text.startswith("Trading House ") or re.search(r"[ ](?:Frères|Freres|Fils|Figli|Hermanos)$", text):
        return True  # "the Trading House of the Brothers Tolkachev", "Lazarou Frères": a family's firm
    if _LEGAL_FORM.search(text) and not any(p in NOT_NAMES for p in parts[:-1]):
        return True  # "Kellner-Roth AG": a company by its legal form
    if re.search(r"&\s?(?:Co|Bros?|CO|BROS?)\.|\b(?:and|AND)\s(?:Co|CO)\.$|\b(?:Company|Brothers|Sons?|SONS?|BROTHERS|Daughters?)$", text):
        return True  # "Warrington & Bro.", "PIKE & CO.", "Ringwald & Son": the partner word makes it a firm
    if not parts or any(p in NOT_NAMES or p.title() in NOT_NAMES for p in parts):
        return False
    if any(p.isupper() for p in parts) and not all(p.isupper() and len(p) >= 4 for p in parts):
        return False  # "PETTIBONE & HARTSHORN" in an advertisement, but not "AT & T" or "Smith & NEW"
    return not all(lexicon_type([p]) is not None for p in parts)  # "Tillotson & Wyckoff", not "Russia & Poland"


_ARTICLES = frozenset(("The", "the", "THE"))
_FIRM_END = re.compile(r"\.?\s+(?:of|in|at|from)\s+|\.?,\s+")


_FIRM_JOIN = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?|,\s+")


def rest_after(run: Run, spans: list[tuple[int, int, str]], text: str) -> Run | None:
    """``run``, or what is left of it after the firm or imprint ``spans`` already take its start ("Lazarou Frères
    of Piraeus": "Piraeus"; "The Trading House of the Brothers Tolkachev": nothing), or None."""
    for s, e, _ in spans:
        if s <= run.start < e or (run.start < s < run.end and text[run.start : s].strip() in _ARTICLES):
            while (nxt := next((e2 for s2, e2, _ in spans if e < s2 < run.end and
                                _FIRM_JOIN.fullmatch(text[e:s2])), None)) is not None:
                e = nxt  # "Kessel Oy and the Banque Tarvel of Lyons": two firms, then the town
            k = next((k for k, t in enumerate(run.tokens) if t.start >= e and t.kind == "word" and t.cap), None)
            if k is None or not _FIRM_END.fullmatch(text[e : run.tokens[k].start]):
                return None  # (the partners inside a longer name: "the Cedar Valley & Skunk River Railroad")
            return Run(run.i + k, run.j, run.tokens[k:])
    return run
