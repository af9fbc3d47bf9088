"""``python -m letopis``."""

from letopis.cli import main

main()
