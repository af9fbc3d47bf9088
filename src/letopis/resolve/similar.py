"""Near-miss surnames for the review queue: keys one edit apart whose name parts agree.

"Shutskever" and "Shutzkever" fold to one key anyway; what is left one letter
apart (a misprint, an unusual transliteration) is evidence worth a human look,
never a merge. Only keys of 7 or more letters are compared (short surnames one
letter apart, Popov and Popkov, are mostly different families), within buckets
of the first two letters, and huge buckets are skipped rather than compared
pair by pair.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

if TYPE_CHECKING:
    from letopis.resolve.persons import Cluster

MIN_LENGTH = 7
MAX_BUCKET = 400
SCORE = 0.3


def similar_pairs(items: list[tuple[int, str, Cluster]]) -> list[tuple[int, int, float, str]]:
    """Pairs (label a, label b, score, reason) of person clusters whose surname keys are one edit apart."""
    buckets: dict[str, list[tuple[int, str, Cluster]]] = defaultdict(list)
    for item in items:
        if len(item[1]) >= MIN_LENGTH:
            buckets[item[1][:2]].append(item)
    out = []
    for bucket in buckets.values():
        if len(bucket) > MAX_BUCKET:
            continue
        bucket.sort(key=lambda x: len(x[1]))
        for i, (la, ka, ca) in enumerate(bucket):
            for lb, kb, cb in bucket[i + 1 :]:
                if len(kb) - len(ka) > 1:
                    break
                if ka != kb and _agree(ca, cb) and Levenshtein.distance(ka, kb, score_cutoff=1) <= 1:
                    out.append((min(la, lb), max(la, lb), SCORE, "surnames one letter apart"))
    return out


def _agree(a: Cluster, b: Cluster) -> bool:
    """Both have a given name or an initial, and nothing in their name parts conflicts."""
    if not (a.first and b.first):
        return False
    for x, y in ((a.given, b.given), (a.first, b.first), (a.second, b.second)):
        if x and y and x != y:
            return False
    return {a.gender, b.gender} != {"m", "f"}
