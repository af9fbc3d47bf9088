"""Bytes -> str for text files: BOMs, strict UTF-8, then the most plausible legacy encoding.

charset-normalizer proposes an encoding, but it confuses CP1251 and KOI8-R (and
reads short Russian texts as Big5 or Shift-JIS); so its guess competes with the
usual suspects of an English/Russian corpus (CP1251, KOI8-R, CP1252, Latin-1) and
the decoding whose words look most like real words wins (ties go to the usual
suspects). Mojibake saved as UTF-8 is refused rather than silently analysed.
"""

from __future__ import annotations

import codecs
import re

from letopis.errors import EncodingError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN1_LETTER = re.compile(r"[\u00c0-\u00ff]")
_UTF8_AS_LATIN = re.compile(
    r"[ÂÃÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]"
)
_FALLBACKS = ("cp1251", "koi8_r", "cp1252", "latin_1")
_FALLBACK_NAMES = {codecs.lookup(n).name for n in _FALLBACKS}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SAMPLE = 64 * 1024


def decode_bytes(raw: bytes, path: str) -> str:
    """Decode a text file's bytes; raise EncodingError for binary content or hopeless mojibake."""
    bom = _bom_encoding(raw)
    if bom:
        return _checked(raw.decode(bom, errors="replace"), path)
    if b"\x00" in raw[:SAMPLE]:
        utf16 = _utf16_without_bom(raw)
        if utf16 is None:
            raise EncodingError(path, "not a text file (binary content)")
        return _checked(utf16, path)
    try:
        return _checked(raw.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    return _best_legacy(raw, path)


def _bom_encoding(raw: bytes) -> str | None:
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return enc
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    head = raw[:2000]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(head) < 4 or max(even, odd) < len(head) // 4 or min(even, odd) > len(head) // 20:
        return None
    try:
        return raw.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None


def _checked(text: str, path: str) -> str:
    sample = text[:SAMPLE]
    if _CONTROL.search(sample) and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        raise EncodingError(path, "not a text file (binary content or broken encoding)")
    if is_mojibake(sample):
        raise EncodingError(path, "the text is mojibake (decoded with the wrong encoding and saved again)")
    return text


def is_mojibake(text: str) -> bool:
    """UTF-8 read as Latin-1 ("Ð¿Ñ€Ð¸"), or CP1251 Russian read as Latin-1 ("Ïðèâåò") and saved so."""
    if not _LATIN1_LETTER.search(text):
        return False
    letters = sum(map(len, _LETTERS.findall(text)))
    if letters < 50:
        return False
    utf8_pairs = len(_UTF8_AS_LATIN.findall(text))
    accented = len(_LATIN1_LETTER.findall(text))
    return (utf8_pairs >= 3 and utf8_pairs * 3 >= accented) or accented * 2 > letters


def _candidates(raw: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    names = list(_FALLBACKS)
    best = from_bytes(raw[:SAMPLE]).best()
    if best is not None and codecs.lookup(best.encoding).name not in _FALLBACK_NAMES:
        names.append(best.encoding)  # last: on a tie the usual suspects of an en/ru corpus win
    return names


def _best_legacy(raw: bytes, path: str) -> str:
    scored: list[tuple[float, int, str]] = []
    for rank, enc in enumerate(_candidates(raw)):
        try:
            text = raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        sample = text[:SAMPLE]
        if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
            continue
        scored.append((round(plausibility(sample), 2), -rank, text))
    if not scored:
        raise EncodingError(path, "not a text file (binary content)")
    score, _, text = max(scored, key=lambda s: (s[0], s[1]))
    if score < 0.6:
        raise EncodingError(path, "cannot tell the text encoding (mojibake?); save the file as UTF-8")
    return text


def plausibility(text: str) -> float:
    """Share of letters in words that look like real words (one script, normal case, mostly ASCII if Latin)."""
    good = bad = 0
    for word in _WORD.findall(text):
        n = len(word)
        if _word_ok(word):
            good += n
        else:
            bad += n
    total = good + bad
    return good / total if total else 1.0


def _word_ok(word: str) -> bool:
    cyr = len(_CYRILLIC.findall(word))
    if cyr and cyr != len(word):
        return False  # mixed scripts: Latin-1 read as CP1251 or the like
    if not cyr:
        if not _LATIN.search(word):
            return False
        non_ascii = sum(1 for ch in word if ord(ch) > 127)
        if non_ascii * 2 > len(word):
            return False  # CP1251 Russian read as Latin-1: all accented letters
    tail = word[1:]
    return tail.islower() or not tail or (word.isupper() and len(word) <= 5)
