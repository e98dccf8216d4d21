"""What an element of a parsed page says, read in C.

``text_of`` is lxml.html's ``text_content()`` without its cost: that method evaluates the XPath
``string()`` on every call (3.6 µs an element on the gold pages), while libxml2's text
serialisation gives the same string in 1.6 µs (``python -m bench.compare_extract``; the two were
equal on 300,000 elements of the gold pages). Extraction reads text a hundred times a page.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement


def text_of(el: HtmlElement) -> str:
    """The text of ``el`` and its descendants, without its tail: ``el.text_content()``."""
    if el.tag.__class__ is str:
        return etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    # a comment or a processing instruction shows nothing (its text_content() raises on some lxml
    # versions: a Volto page's "<!-- -->" next to a date element crashed every article's reading)
    return ""


#: elements whose text is code, never shown to a reader
CODE_TAGS = ("script", "style")


def shown_text_of(el: HtmlElement) -> str:
    """``text_of(el)`` without the source of the scripts and styles inside it (a side column's
    ``<script>document.write(thu[d.getDay()] + ", " + …)</script>`` writes a day, not its code).
    The plain serialisation when there is none (most boxes: one walk in C to find out)."""
    if next(el.iter(*CODE_TAGS), None) is None:
        return text_of(el)
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag.__class__ is str and child.tag not in CODE_TAGS:
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return "".join(parts)


def texts_skipping(el: HtmlElement, skip: Callable[[HtmlElement], bool]) -> list[str]:
    """The texts of ``el`` and its descendants in document order, without those of the
    descendants ``skip`` names (their tails stay: they are the parent's text): what a reader sees
    when those boxes are not shown (hidden ones, a top bar's clock). A Python walk: the serialiser
    in C cannot leave an element out."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if not isinstance(node.tag, str) or (node is not el and skip(node)):
            return
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")

    walk(el)
    return parts


def previous_element(el: HtmlElement) -> HtmlElement | None:
    """The element before ``el`` among its siblings, past comments and processing instructions."""
    return next((sib for sib in el.itersiblings(preceding=True) if isinstance(sib.tag, str)), None)
