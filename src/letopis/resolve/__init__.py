"""Mentions -> entities across the corpus: name keys, transliteration, case forms, aliases, decisions."""
