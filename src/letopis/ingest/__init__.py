"""File -> Document: one reader per format, manifest metadata, encoding detection."""
