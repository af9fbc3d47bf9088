"""Human review: merge, split, rename, link, accept, reject, as append-only decisions."""

from letopis.review.actions import alias, keep_apart, link, merge, rename, split
from letopis.review.replay import replay

__all__ = ["alias", "keep_apart", "link", "merge", "rename", "replay", "split"]
