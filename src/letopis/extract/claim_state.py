"""What the claim extractor remembers while it reads one document in order.

:class:`ClaimState` is created once per document by ``letopis.extract.claims.ClaimExtractor``
and threaded through every sentence: the organisation of the current section heading, the open
report frame, the organisations used as a person's gloss, the last sentence subject and voice,
the lists of persons of this and the last paragraph, the hedges of each organisation's sentence,
the claims found so far and the "X's group" organisations of the document. It holds no logic; the
reference resolution (``claim_refs``), the eponymous groups (``claim_groups``) and the claim
assembly (``claims``) read and update it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from letopis.extract.attribution import FoundVoice
from letopis.extract.clauses import Frame, MentionIndex
from letopis.model import Claim


@dataclass
class ClaimState:
    """What the extractor remembers while reading a document in order."""

    topic: int | None = None  # organisation of the current section heading
    frame: Frame | None = None
    descriptor_orgs: set[int] = field(default_factory=set)
    last_subject: int | None = None  # first person of the last sentence that had one
    last_voice: FoundVoice | None = None
    last_run: list[int] = field(default_factory=list)  # mention indexes of the last list of persons
    para_runs: list[list[int]] = field(default_factory=list)  # lists of persons of the current paragraph
    prev_runs: list[list[int]] = field(default_factory=list)  # ... of the last paragraph that had any
    hedges_at: dict[int, set[str]] = field(default_factory=dict)  # organisation mention -> its sentence's hedges
    via_anaphor: set[int] = field(default_factory=set)  # objects of this sentence reached through "this group"
    claims: list[Claim] = field(default_factory=list)
    index: MentionIndex | None = None
    eponymous: dict[str, list[int]] = field(default_factory=dict)  # surname -> "X's group" mentions
