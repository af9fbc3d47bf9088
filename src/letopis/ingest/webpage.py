"""HTML (.html, .htm): the visible text of block elements in reading order.

Each block element becomes one block (text with whitespace collapsed), blocks are
joined with blank lines. script/style and similar are dropped; nav, header, footer
and aside are kept as ``chrome`` blocks so the segmenter can set them apart.
Superscript numbers (``<sup>3</sup>``) become Unicode superscripts so that
footnote markers survive as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from letopis.ingest.decode import decode_bytes
from letopis.ingest.text import Parsed, collapse, first_heading, join_pieces

_DROP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "head",
    "iframe",
    "object",
    "canvas",
    "button",
    "select",
    "input",
    "textarea",
    "-comment",
    "math",
    "video",
    "audio",
    "map",
}
_CHROME = {"nav", "header", "footer", "aside", "menu"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CONTAINER_KIND = {"li": "list_item", "blockquote": "quote", "dd": "paragraph", "dt": "paragraph"}
_BLOCKS = (
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "body",
        "blockquote",
        "li",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "pre",
        "address",
        "figure",
        "figcaption",
        "caption",
        "form",
        "fieldset",
        "center",
        "details",
        "summary",
        "hr",
        "br",
        "html",
    }
    | _HEADINGS
    | _CHROME
)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUP_LABEL = re.compile(r"\[?(\d{1,3})\]?")
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)


def read_html(raw: bytes, path: str) -> Parsed:
    """Visible block text of an HTML page; ``<title>`` (or og:title) as the title."""
    tree = LexborHTMLParser(_decode_html(raw, path))
    pieces = _walk(tree.body) if tree.body is not None else []
    text, blocks = join_pieces(pieces)
    title = _page_title(tree) or first_heading(text, blocks)
    author = _meta(tree, "author")
    return Parsed(text, blocks, title=title, author=author)


def _decode_html(raw: bytes, path: str) -> str:
    declared = _CHARSET.search(raw[:4096])
    if declared and not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(raw, path)


def _walk(root: LexborNode) -> list[tuple[str, str]]:
    """(kind, text) pieces under ``root``: inline runs are flushed at each block child.

    Iterative (an explicit stack), so deeply nested pages cannot exhaust recursion.
    """
    pieces: list[tuple[str, str]] = []
    stack: list[tuple[Iterator[LexborNode], str, list[str]]] = [
        (root.iter(include_text=True), "paragraph", [])
    ]
    while stack:
        children, kind, inline = stack[-1]
        child = next(children, None)
        if child is None:
            pieces.append((kind, collapse("".join(inline))))
            stack.pop()
            continue
        tag = child.tag
        if tag in _DROP:
            continue
        if tag not in _BLOCKS:
            inline.append(_inline_text(child))
            continue
        pieces.append((kind, collapse("".join(inline))))
        inline.clear()
        if tag in _HEADINGS:
            pieces.append(("heading", collapse(child.text(deep=True, separator=""))))
        elif tag in _CHROME:
            pieces.append(("chrome", collapse(child.text(deep=True, separator=" "))))
        elif tag not in ("br", "hr"):
            stack.append((child.iter(include_text=True), _CONTAINER_KIND.get(tag, kind), []))
    return pieces


def _inline_text(node: LexborNode) -> str:
    if node.tag == "-text":
        return node.text(deep=False) or ""
    text = node.text(deep=True, separator="") or ""
    if node.tag == "sup":
        m = _SUP_LABEL.fullmatch(text.strip())
        if m:
            return m.group(1).translate(_SUPERSCRIPT)
    return text


def _page_title(tree: LexborHTMLParser) -> str | None:
    """<title> (or og:title), without a " | Site name" tail when the <h1> is its start."""
    node = tree.css_first("title")
    title = collapse(node.text()) if node is not None else ""
    title = title or _meta(tree, "og:title") or ""
    h1 = tree.css_first("h1")
    heading = collapse(h1.text()) if h1 is not None else ""
    if heading and title.casefold().startswith(heading.casefold()):
        return heading
    return title or None


def _meta(tree: LexborHTMLParser, name: str) -> str | None:
    for selector in (f'meta[name="{name}"]', f'meta[property="{name}"]'):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("content"):
            return collapse(node.attributes["content"] or "") or None
    return None
