"""Markup layouts that change no text a reader sees: the same page indented between its boxes,
minified, with its classes in another order. Used by the extraction test over every gold page
(tests/unit/extract/test_markup_invariance.py) and by crawls of fixture portals served that way
(tests/e2e/test_markup_variants.py)."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement

from crawler.extract.document import parse

#: boxes between which white space is layout, never text
_BOXES = frozenset(
    ["html", "head", "body", "div", "p", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "form", "dl", "dt", "dd", "blockquote"]
)
FIELDS = ("title", "published_at", "authors", "photographers", "source", "summary", "body", "category")


def _box(el: object) -> bool:
    return isinstance(getattr(el, "tag", None), str) and el.tag in _BOXES  # type: ignore[union-attr]


def _indent(tree: HtmlElement) -> None:
    """A newline and indentation between every two boxes (where no text is)."""
    for el in tree.iter():
        if not _box(el):
            continue
        if not (el.tail or "").strip() and (el.getnext() is None or _box(el.getnext())):
            el.tail = "\n    "
        if len(el) and _box(el[0]) and not (el.text or "").strip():
            el.text = "\n      "


def _minify(tree: HtmlElement) -> None:
    """No white space between boxes (a minifying cache plugin's output)."""
    for el in tree.iter():
        if not _box(el):
            continue
        if el.tail is not None and not el.tail.strip() and (el.getnext() is None or _box(el.getnext())):
            el.tail = None
        if el.text is not None and not el.text.strip() and len(el) and _box(el[0]):
            el.text = None


def _class_order(tree: HtmlElement) -> None:
    for el in tree.iter():
        names = el.get("class") if isinstance(el.tag, str) else None
        if names and len(names.split()) > 1:
            el.set("class", " ".join(reversed(names.split())))


VARIANTS: dict[str, Callable[[HtmlElement], None]] = {"indented": _indent, "minified": _minify, "class order": _class_order}


def fields_of(record: dict) -> dict:
    return {f: record.get(f) for f in FIELDS} | {"images": [(i["url"], i["caption"]) for i in record.get("images") or []]}


def rewritten(html: bytes, url: str, variant: Callable[[HtmlElement], None]) -> str:
    tree = parse(html, url, None).tree  # decoded as the crawler decodes it (charsets, legacy fonts)
    for meta in list(tree.iter("meta")):
        if meta.get("charset") or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.drop_tree()  # the text is re-written as UTF-8
    variant(tree)
    return etree.tostring(tree, encoding="unicode", method="html")
