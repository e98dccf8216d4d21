"""The systems under comparison, each as ``fn(html: bytes, url: str) -> dict`` of record fields.

Every function returns only the fields its tool can say something about; ``System.fields``
lists them, and quality metrics for a field a system does not produce are reported as "–" rather
than as a zero that would read like a failure. Inputs are the raw page bytes, as a Scrapy spider
holds them (each tool decodes them its own way, as it would in a user's spider).

A system whose package is missing (or, for ``ours``, not written yet) is skipped with a printed
"not available: …" so the harness runs with whatever is installed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

import lxml.html
from w3lib.encoding import html_to_unicode

#: what the metrics know how to score
ALL_FIELDS = frozenset(
    {"title", "body", "published_at", "authors", "photographers", "images", "summary", "category", "source"}
)

BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "figure", "figcaption",
    "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
    "form", "select", "option", "hr", "address", "center",
)  # fmt: skip
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "head")


@dataclass(frozen=True)
class System:
    name: str
    label: str
    fields: frozenset[str]
    fn: Callable[[bytes, str], dict]
    version: str
    #: True for the parse-only floor: measured for speed, not scored for quality
    floor: bool = False


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def element_lines(root: lxml.html.HtmlElement) -> str:
    """Text of ``root`` with one line per block element: what a text dump of the page reads.

    Mutates ``root`` (drops scripts, pads blocks with newlines): pass a tree you own.
    """
    for el in list(root.iter(*DROP_TAGS)):
        if el is not root:
            el.drop_tree()
    for el in root.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


# --- ours ----------------------------------------------------------------------
def _ours() -> System:
    from crawler.extract import extract_article

    def run(html: bytes, url: str) -> dict:
        return dict(extract_article(html, url) or {})

    return System("ours", "portal-crawler extract_article", ALL_FIELDS, run, _version("portal-crawler"))


# --- trafilatura ---------------------------------------------------------------
def _trafilatura(precision: bool) -> System:
    import trafilatura

    def run(html: bytes, url: str) -> dict:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=precision)
        if doc is None:
            return {}
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
        return {
            "title": data.get("title"),
            "body": data.get("text") or "",
            "published_at": data.get("date"),
            "authors": authors,
        }

    name = "trafilatura-precision" if precision else "trafilatura"
    label = "trafilatura (favor_precision)" if precision else "trafilatura (default)"
    fields = frozenset({"title", "body", "published_at", "authors"})
    return System(name, label, fields, run, _version("trafilatura"))


def _trafilatura_text() -> System:
    """``trafilatura.extract`` with its defaults: text only, what the crawl baseline calls."""
    import trafilatura

    def run(html: bytes, url: str) -> dict:
        return {"body": trafilatura.extract(html, url=url) or ""}

    return System("trafilatura-text", "trafilatura.extract (defaults, text only)", frozenset({"body"}), run, _version("trafilatura"))


# --- readability-lxml ----------------------------------------------------------
def _readability() -> System:
    from readability import Document

    logging.getLogger("readability").setLevel(logging.ERROR)
    logging.getLogger("readability.readability").setLevel(logging.ERROR)

    def run(html: bytes, url: str) -> dict:
        doc = Document(html, url=url)
        content = doc.summary(html_partial=True)
        body = element_lines(lxml.html.fromstring(content)) if content.strip() else ""
        return {"title": doc.short_title(), "body": body}

    return System("readability", "readability-lxml", frozenset({"title", "body"}), run, _version("readability-lxml"))


# --- jusText -------------------------------------------------------------------
def _justext() -> System:
    import justext

    if "Vietnamese" in justext.get_stoplists():
        stoplist, label = justext.get_stoplist("Vietnamese"), "jusText (Vietnamese stoplist)"
    else:  # language-independent mode, as jusText documents it
        stoplist, label = frozenset(), "jusText (language-independent)"
    independent = not stoplist

    def run(html: bytes, url: str) -> dict:
        kwargs = {"stopwords_low": 0, "stopwords_high": 0} if independent else {}
        paragraphs = justext.justext(html, stoplist, **kwargs)
        return {"body": "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)}

    return System("justext", label, frozenset({"body"}), run, _version("jusText"))


# --- lxml: the naive text dump, and the parse-only floor -------------------------
def _lxml_dump() -> System:
    def run(html: bytes, url: str) -> dict:
        # decoded as Scrapy's response.text would be (BOM, <meta> charset, else UTF-8), no header here
        doc = lxml.html.fromstring(html_to_unicode(None, html)[1])
        title = doc.findtext(".//title")
        body = doc.find("body")
        return {"title": " ".join((title or "").split()) or None, "body": element_lines(body if body is not None else doc)}

    return System("lxml-dump", "lxml text dump of <body>", frozenset({"title", "body"}), run, _version("lxml"))


def _lxml_parse() -> System:
    def run(html: bytes, url: str) -> dict:
        lxml.html.fromstring(html)
        return {}

    return System("lxml-parse", "floor: lxml.html.fromstring alone", frozenset(), run, _version("lxml"), floor=True)


FACTORIES: dict[str, Callable[[], System]] = {
    "ours": _ours,
    "trafilatura": lambda: _trafilatura(False),
    "trafilatura-precision": lambda: _trafilatura(True),
    "trafilatura-text": _trafilatura_text,
    "readability": _readability,
    "justext": _justext,
    "lxml-dump": _lxml_dump,
    "lxml-parse": _lxml_parse,
}


def load(names: list[str] | None = None, warn=print) -> list[System]:
    """The systems that can run here, in FACTORIES order; prints why the others are skipped."""
    systems = []
    for name, factory in FACTORIES.items():
        if names and name not in names:
            continue
        try:
            systems.append(factory())
        except Exception as exc:  # ImportError mostly; anything else also means "cannot run"
            warn(f"not available: {name} ({type(exc).__name__}: {exc})")
    return systems
