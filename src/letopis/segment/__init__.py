"""Document -> Document + segments (reading order) and footnote links."""
