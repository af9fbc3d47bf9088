"""Document -> Document + segments (reading order) and footnote links."""

from letopis.segment.segmenter import Segmenter

__all__ = ["Segmenter"]
