"""Newspaper titles by their head word: "Richmond Whig", "the Daily Chronicle", "THE QUILLBY ADVERTISER".

    paper_title(["Raleigh", "Register"])  # True
"""

from __future__ import annotations

from letopis.extract.en_gazetteer import gazetteer_phrase, us_state
from letopis.extract.lexicon import is_place

# Heads of newspaper titles: "Richmond Whig", "North Carolina Standard", "Daily Chronicle".
_PAPER_HEADS = frozenset(
    "Whig Standard Herald Gazette Journal Tribune Courier Advertiser Intelligencer Register Chronicle Observer "
    "Sentinel Enquirer Argus Patriot Globe Ledger Telegraph Recorder Examiner Mercury Dispatch Democrat "
    "Republican Picayune Clarion Beacon Banner Palladium Aurora Spectator Statesman Tidings Courant Bulletin "
    "Messenger Gleaner Reporter Transcript Monitor Leader Echo Guardian".split()
)
_PAPER_OPENERS = frozenset("Daily Weekly Evening Morning Sunday Semi-Weekly Tri-Weekly".split())


def paper_title(words: list[str]) -> bool:
    """A newspaper title: a place (or Daily, Weekly...) and a newspaper head ("Raleigh Register")."""
    shouted = all(w.isupper() for w in words)
    words = [w.title() if w.isupper() and len(w) > 1 else w for w in words]  # "LYNN WEEKLY SENTINEL"
    if len(words) < 2 or len(words) > 4 or words[-1] not in _PAPER_HEADS:
        return False
    prior = words[:-1]
    if all(w in _PAPER_OPENERS for w in prior) or (shouted and any(w in _PAPER_OPENERS for w in prior)):
        return True
    if shouted and len(words) > 2 and words[-1] not in ("Banner", "Beacon", "Aurora", "Globe"):
        return True  # a masthead in capitals: "THE DARLING DOWNS ADVERTISER"
    place = [w for w in prior if w not in _PAPER_OPENERS]
    return bool(place) and (is_place(" ".join(place)) or us_state(" ".join(place)) or
                            gazetteer_phrase(" ".join(place).lower()) or _state_tail(place[-1]))


def _state_tail(word: str) -> bool:
    """The last word of a two-word US state ("Carolina", "Dakota", "Jersey")."""
    return word in {"Carolina", "Dakota", "Jersey", "Hampshire", "Mexico", "Virginia", "York", "Island"}
