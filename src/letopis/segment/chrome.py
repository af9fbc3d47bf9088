"""Site chrome: the parts of a saved web page that are not the text (menus, bylines, share links).

Generic patterns for web pages: breadcrumb trails, "click here to subscribe",
"Submitted by X on <date>", share/print links, bare URLs, rules, page numbers,
"P.S." labels, dated bylines. The "Comments" trailer needs context (what
follows it), see :func:`is_comments_label`.
"""

from __future__ import annotations

import re

MAX_CHROME_CHARS = 400
_WEB_PHRASE_WORDS = 20
_MARKUP = " \t\n*_#>"

_URL_ONLY = re.compile(
    r"<?(?:https?://|www\.)\S+>?|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?|\[[^\]\n]*\]\([^)\s]*\)",
    re.IGNORECASE,
)
_RULE = re.compile(r"(?:[-*_=~•·]\s*){3,}")
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|стр\.|с\.)?\s*[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:of|из)\s*\d{1,4})?", re.IGNORECASE
)
_PS = re.compile(r"p\.\s?s\.?|п\.\s?с\.?", re.IGNORECASE)
_TRAIL_SEP = re.compile(r"\s(?:>|»|›|→|/)\s")
_SUBMITTED = re.compile(
    r"(?:submitted|posted|uploaded)\s+by\s+\S.{0,80}?\s(?:on|at)\s.*\d{4}"
    r"|(?:published|posted|updated|submitted|опубликовано|добавлено|обновлено)(?:\s+on)?\s*:?\s*"
    r"(?:\d{1,2}[ ./-]|\d{4}-|[A-Za-zА-Яа-я]+\.? \d{1,2},? \d{4})",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r".*date first published"
    r"|.*\bby \[[^\]]+\]\([^)]*\)"
    r"|(?:by|автор:?)\s+(?:(?-i:[A-ZА-ЯЁ])[\w'.-]*\s*){1,4}"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг"
    r"|пятница|суббота|воскресенье),?\s+\d{1,2}\.?\s+\w+\.?,?\s+\d{4}.*",
    re.IGNORECASE,
)
_WEB_PHRASE = re.compile(
    r"\b(?:click here|subscribe (?:to|for|now)|sign up (?:for|to)|follow us|share (?:this|on|via)"
    r"|print (?:this|version|article|page)|printer[- ]friendly|e-?mail (?:this|to a friend)|tweet this"
    r"|log ?in (?:or register )?to post|register to post|add new comment|leave a (?:comment|reply)"
    r"|read more|skip to (?:main )?content|all rights reserved|accept cookies|back to top|related articles"
    r"|подпи(?:шитесь|сатьс[яь]|ска на)|поделиться|версия для печати|все права защищены|читать далее"
    r"|оставить комментарий|наверх|читайте (?:также|в статье|подробнее)|read also|also read)\b",
    re.IGNORECASE,
)
_MENU = re.compile(
    r"(?:(?:share|print|e-?mail|tweet|facebook|twitter|telegram|vk|vkontakte|whatsapp|linkedin|reddit"
    r"|pinterest|rss|pdf|copy link|mastodon|bluesky|home|top|menu|search|login|log in|поделиться|печать"
    r"|распечатать)\b[\W_]*)+",
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    r"(?:\d+\s+)?(?:comments?|responses?|replies|discussion|комментари(?:и|ев|й)|обсуждение|отзывы)"
    r"(?:\s*\(\d+\))?:?",
    re.IGNORECASE,
)


def bare(text: str) -> str:
    """Text without surrounding markdown marks (``**P.S.**`` -> ``P.S.``)."""
    return text.strip(_MARKUP)


def is_chrome(text: str) -> bool:
    """True when a short block is site chrome (see the module docstring)."""
    if len(text) > MAX_CHROME_CHARS:
        return False
    core = bare(text)
    if not core:
        return True
    if "\n" not in core and is_breadcrumb(core):
        return True
    if len(core) > 300:
        return False
    if len(core) <= 200:
        for pattern in (_URL_ONLY, _RULE, _PAGE_NUMBER, _PS, _MENU):
            if pattern.fullmatch(core):
                return True
        if _SUBMITTED.match(core) or _BYLINE.fullmatch(core):
            return True
    # a web phrase makes a short block chrome; in prose it is words ("the dogs follow us to the shore")
    return len(core.split()) <= _WEB_PHRASE_WORDS and bool(_WEB_PHRASE.search(core))


def is_breadcrumb(line: str) -> bool:
    """A navigation trail: at least two ``>``/``»``/``/`` separators between short parts."""
    parts = _TRAIL_SEP.split(line)
    if len(parts) < 3:
        return False
    lengths = sorted(len(p.split()) for p in parts)
    return lengths[len(lengths) // 2] <= 6 and not line.rstrip("*_ ").endswith((".", "!", "?"))


def is_comments_label(text: str) -> bool:
    """A "Comments" / "3 comments" / "Комментарии" label (chrome when nothing substantial follows)."""
    return bool(_COMMENTS.fullmatch(bare(text)))
