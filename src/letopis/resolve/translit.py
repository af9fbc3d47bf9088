"""Cyrillic -> Latin in the schemes historians meet in print (iuliia), plus a script test.

transliterations("Мясников")  # {"ala-lc": "Mi͡asnikov", "bgn-pcgn": "Myasnikov", ...}
to_latin("Зиновьев")          # one plain ASCII-ish form used to build keys: "Zinovyev"
"""

from __future__ import annotations

import functools
import re
from typing import Any

import iuliia

# Scheme names as stored in ``names.scheme``; iuliia's tables behind them.
SCHEMES: dict[str, Any] = {
    "ala-lc": iuliia.ALA_LC,  # Library of Congress, the usual scholarly English form
    "bgn-pcgn": iuliia.BGN_PCGN,  # US/UK geographic names boards
    "wikipedia": iuliia.WIKIPEDIA,  # the popular English form
    "scholarly": iuliia.SCIENTIFIC,  # linguists' scientific transliteration (š, č, ja)
    "gost": iuliia.GOST_7034,  # GOST R 7.0.34-2014, simplified
}
KEY_SCHEME = "wikipedia"

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def has_cyrillic(text: str) -> bool:
    """True when ``text`` contains a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def script_of(text: str) -> str:
    """``cyrl``, ``latn`` or ``zyyy`` (neither) for a name."""
    if has_cyrillic(text):
        return "cyrl"
    return "latn" if _LATIN.search(text) else "zyyy"


@functools.lru_cache(maxsize=200_000)
def to_latin(text: str, scheme: str = KEY_SCHEME) -> str:
    """``text`` transliterated with one scheme (ё read as е, as in most printed sources)."""
    if not has_cyrillic(text):
        return text
    return SCHEMES[scheme].translate(text.replace("ё", "е").replace("Ё", "Е"))


def transliterations(text: str) -> dict[str, str]:
    """Every scheme's Latin form of a Cyrillic ``text`` (empty for text without Cyrillic)."""
    if not has_cyrillic(text):
        return {}
    return {name: to_latin(text, name) for name in SCHEMES}
