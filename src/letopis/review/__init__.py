"""Human review: merge, split, rename, link, accept, reject, as append-only decisions."""
