"""The class/id vocabulary: which families of page parts an element's names say it belongs to.

One matching rule for the whole project (the words are data in crawler/phrases/classes.toml, whose
header explains the rule): names are split into parts at "-", "_" and camelCase, and the longest
run of parts that is a known word wins. Substring matching ("nav" in "canvas", "tag" in
"vintage", "other" in "mother") made navigation and extraction disagree; whole parts do not.

Families: content, article_parts, title, widget_title, sapo, caption, media, menu, breadcrumb,
pager, related, tools, comments, tags, chrome, toc, banner, header.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib.resources import files

from lxml import etree
from lxml.html import HtmlElement

from crawler.core.elements import text_of
from crawler.core.text import slugify

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[-_\s.:]+")
MAX_JOIN = 5
MIN_PREFIX = 5

#: families that name article text; they win over furniture names on the same element
TEXT = frozenset({"content", "sapo"})
#: families that mark page furniture around (or inside) an article, never its text
NOISE = frozenset({"menu", "breadcrumb", "pager", "related", "tools", "comments", "tags", "chrome", "toc", "banner", "header", "column"})


@cache
def vocabulary() -> dict[str, str]:
    """word -> family."""
    data = tomllib.loads(files("crawler.phrases").joinpath("classes.toml").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for family, words in data.items():
        for word in words:
            key = word.lower()
            if key in out and out[key] != family:
                raise ValueError(f"classes.toml: {word!r} is in {out[key]!r} and {family!r}")
            out[key] = family
    return out


def _parts(token: str) -> list[str]:
    return [p.lower() for p in _SPLIT.split(_CAMEL.sub("-", token)) if p]


def _lookup(word: str) -> str | None:
    vocab = vocabulary()
    family = vocab.get(word)
    if family is None and len(word) > 3 and word.endswith("s"):
        family = vocab.get(word[:-1])
    return family


#: how many class/id strings the caches of what names say hold. A site's templates repeat their
#: class strings on every page; ids with numbers ("post-1461") make more. The gold pages of 165
#: portals hold 16,745 distinct class/id strings (about 100 a portal), which overflowed 16,384
#: entries: a batch run over many portals, like the bench's pass over them all, missed on nearly
#: every name it had not seen in the last few portals. 32,768 hold them with room; an entry is
#: its key and a shared answer (see ``_interned``), a few megabytes at most
NAME_CACHE_SIZE = 1 << 15


@lru_cache(maxsize=NAME_CACHE_SIZE)
def families(names: str) -> frozenset[str]:
    """The families named by a class/id string ("news-detail clearfix" -> {"content"})."""
    found: set[str] = set()
    tokens = names.split()
    if _BUILDER_PANEL in tokens:
        # SiteOrigin Page Builder's block in a layout ("so-panel widget widget_sow-editor"): its
        # "widget" classes name the builder's block, the text's own, no sidebar's widget
        tokens = [t for t in tokens if not t.startswith("widget")]
    for token in tokens:
        if _GENERATED.match(token) and _generated(token):
            continue  # a build tool's hash ("_QyjNaV", Canva's CSS modules): its letters spell no word ("na"+"v")
        found |= _token_families(token)
        if ("qc" in token or "QC" in token) and _AD_MARK.search(token):
            found.add("chrome")
    return _interned(frozenset(found))


#: a short run of letters and digits, maybe after an underscore: the shape of a generated hash
_GENERATED = re.compile(r"^_?[A-Za-z0-9]{5,9}$")


def _generated(token: str) -> bool:
    """A class a build tool made up (CSS modules' "_QyjNaV", "_D3yUiC"): upper and lower case
    mixed after an underscore, or around a digit, which a name typed by a person has not
    ("btnNav", "sideBarL", "isNavOpen" are words)."""
    letters = token.lstrip("_")
    uppers = sum(ch.isupper() for ch in letters)
    lowers = sum(ch.islower() for ch in letters)
    if uppers < 2 or lowers < 2:
        return False
    return token.startswith("_") or any(ch.isdigit() for ch in letters[1:-1])


#: "qc" (quảng cáo, an advertisement) as a word of its own in a name ("divQC_SMS", "qc-box",
#: "box_qc"): a vendor's ad box; never the letters inside a generated name ("qcJmDY")
_AD_MARK = re.compile(r"(?:^|[-_])qc(?:$|[-_])|(?:^|[-_a-z])QC(?:$|[-_])")


#: the class of a page builder's block that calls each block a widget (SiteOrigin's "so-panel")
_BUILDER_PANEL = "so-panel"


_FAMILY_SETS: dict[frozenset[str], frozenset[str]] = {}


def _interned(found: frozenset[str]) -> frozenset[str]:
    """One object per distinct answer: the cache's entries share a few dozen sets."""
    return _FAMILY_SETS.setdefault(found, found)


#: utility classes that say how an element looks, not what it is: Bootstrap's display utilities
#: ("d-print-block", "d-md-none", "hidden-print": "print" there is no print button), Tailwind's
#: variants ("hover:text-sky-700", "lg:col-span-8") and text utilities ("text-sm", "text-center",
#: "text-gray-500": "text" there is no article text)
_DISPLAY_UTILITY = re.compile(
    r"d(?:-(?:sm|md|lg|xl|xxl|print))?-(?:none|inline|inline-block|block|grid|table|table-row|table-cell|flex|inline-flex)"
    r"|(?:hidden|visible)-print(?:-block|-inline|-inline-block)?"
    # a UI kit's base class on every widget it draws, a list of news included (Kendo UI's
    # "k-widget k-listview", DevExtreme's "dx-widget"): no site's sidebar widget
    r"|(?:k|dx)-widget"
    r"|(?:[a-z0-9-]+:)+\S+"
    # (and Bootstrap's grey, "text-muted small" on a meta line)
    r"|text-(?:xs|sm|base|lg|xl|[2-9]xl|left|right|center|justify|start|end|wrap|nowrap|ellipsis|clip|balance|pretty|muted"
    r"|white|black|transparent|current|inherit|[a-z]+-\d{2,3}(?:/\d+)?"
    # (Bootstrap's theme colours and text helpers: Liferay's "text-secondary" date line under a
    # blog entry's headline, "text-truncate-inline" round the poster's name)
    r"|primary|secondary|success|danger|warning|info|light|dark|body|reset|truncate|truncate-inline|break|decoration-none"
    r"|black-50|white-50)"
    # (UIkit's text utilities, YOOtheme's every element: "uk-text-small" on a teaser's blurb,
    # "uk-text-meta" on a date; its "uk-text-lead" says a lead, read as such)
    r"|uk-text-(?:small|default|large|meta|bold|bolder|lighter|normal|italic|capitalize|uppercase|lowercase|muted|emphasis"
    r"|primary|secondary|success|warning|danger|background|left|right|center|justify|top|middle|bottom|baseline|truncate|break|nowrap)"
    # (and a builder's typography classes, a size in pixels or an alignment, on phones or any
    # screen: Duda's "font-size-22 m-font-size-18", "text-align-left m-text-align-center": "font
    # size" there is no tool to resize the text, "text" no article text)
    r"|(?:[a-z]{1,2}-)?(?:font-size-\d+|text-align-(?:left|right|center|justify|start|end))"
    # (and a theme's colour setting for a part: Qode Bridge's "background_color_sidebar" on the
    # wrapper of the text's column and the side column, the side column's colour, no side column)
    r"|(?:background|bg)[-_]?colou?r[-_]\S+"
)


#: a state modifier saying what an element holds or lacks, not what it is: Notion/Super's page
#: root "notion-page … has-footer", themes' "has-sidebar", "no-sidebar", "with-footer" on the
#: wrapper of the whole page, text included; or where it sits beside another (vBulletin's
#: "below_body" comments box, "above_postlist": below the text, not the text)
_STATE_MODIFIER = re.compile(r"(?:has|no|with|without|below|above|beneath|before|after)[-_]", re.I)


#: a theme's setting switched on or off for the element, not what it is: The7's title bar
#: "breadcrumbs-mobile-off", "page-title-responsive-enabled" ("breadcrumbs" there are hidden on
#: phones, and the box is the headline's), "description-off"
_SETTING_SUFFIX = re.compile(r"[-_](?:on|off|enabled|disabled)$", re.I)


#: CSS modules' generated class names: Gatsby's "<file>-module--<local>--<hash>", css-loader's
#: "<file>-module__<local>___<hash>", Next.js's "<File>_<local>__<hash>"
_CSS_MODULE = re.compile(
    r"(?P<file>[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*?)-module(?:--|__)(?P<local>[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?:--|___)[A-Za-z0-9_-]{4,8}"
    r"|(?P<nfile>[A-Z][A-Za-z0-9]*)_(?P<nlocal>[a-z][A-Za-z0-9]*)__[A-Za-z0-9_-]{5}"
)


_CONTENT_ONLY = {"content"}
#: the families of a BEM element that, in a photo's block, name the photo's line
_PHOTO_LINE = frozenset({"title", "sapo"})


def _token_families(token: str) -> set[str]:
    """A BEM name ("news-detail__tools", "post__title--large") says what the element is after its
    last "__" (the block before it names what the element belongs to): the element part's
    families, or the block's when the element part names none ("news-detail__inner")."""
    if _DISPLAY_UTILITY.fullmatch(token) or _STATE_MODIFIER.match(token) or _SETTING_SUFFIX.search(token):
        return set()
    scoped = _CSS_MODULE.fullmatch(token)
    if scoped:
        # a CSS module's generated name: the local class says what the element is, the file
        # names the component it sits in ("post-module--title--S8ZpL": a post's title, never a
        # "module title"); the hash says nothing
        local, file = scoped["local"] or scoped["nlocal"], scoped["file"] or scoped["nfile"]
        return _word_families(local) or _word_families(file)
    if "__" in token:
        block, element = token.rsplit("__", 1)
        element = element.split("--", 1)[0]
        if element:
            found = _word_families(element)
            if found:
                # an image block's title or description is its caption (Adobe's Core Components
                # "cmp-image__title", "photo__desc"), not a headline or a lead
                if found <= _PHOTO_LINE and "media" in _word_families(block):
                    return {"caption"}
                if found == _CONTENT_ONLY:
                    # "<block>__content", "<block>__body": the inside of the block, which is
                    # what the block is ("sidebar__content", "comment__body", Notion's link card
                    # "notion-bookmark__content"); an article's block keeps it content
                    outer = _word_families(block)
                    if outer and "content" not in outer:
                        return outer
                return found
    found = _word_families(token)
    if "tags" in found and _HEADING_TAG.search(token):
        # a heading's HTML tag named in its class (Enfold's "av-special-heading-tag" on the h3 of
        # a section heading): no list of tags
        found.discard("tags")
    return found


#: "…heading-tag", "…title_tag": the element that is a heading's tag
_HEADING_TAG = re.compile(r"(?:heading|title)[-_]?tag$", re.I)


_DIGITS = "0123456789"


def _word_families(token: str) -> set[str]:
    found: set[str] = set()
    parts = _parts(token)
    i = 0
    while i < len(parts):
        for j in range(min(len(parts), i + MAX_JOIN), i, -1):
            joined = "".join(parts[i:j])
            # (a compound numbered at its end is the compound: Tiki's "pluginImg405", the image
            # plugin's 405th picture; a single word keeps its number, "box2" is no "box")
            family = _lookup(joined) or (_lookup(joined.rstrip(_DIGITS)) if j - i > 1 and joined[-1].isdigit() else None)
            if family:
                found.add(family)
                i = j
                break
        else:
            family = _prefix_family(parts[i]) or _owned_family(parts[i])
            if family:
                found.add(family)
            i += 1
    return found


#: the record a CMS names its parts after, run together with the part's word (mojoPortal's
#: "blogtext", "blogtags", "blogcomments"; "newstext", "posttags"): read as if a separator stood
#: between them ("blog-text"), the part's word saying the family
_OWNERS = ("article", "entry", "story", "blog", "news", "post", "item", "tin", "bai")


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _owned_family(part: str) -> str | None:
    for owner in _OWNERS:
        if len(part) > len(owner) + 2 and part.startswith(owner):
            return _lookup(part[len(owner):])
    return None


@cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    """Words long enough to be read at the start of a run-together name, longest first."""
    return tuple(sorted(((w, f) for w, f in vocabulary().items() if len(w) >= MIN_PREFIX), key=lambda wf: -len(wf[0])))


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _prefix_family(part: str) -> str | None:
    """Vietnamese class names run words together ("tieudetin", "noidungchitiet", "sidebarleft"):
    a part that starts with a known word of five letters or more belongs to that word's family."""
    for word, family in _prefixes():
        if len(part) > len(word) and part.startswith(word):
            return family
    return None


def is_noise_families(found: frozenset[str]) -> bool:
    """Names that mark furniture. When an element's names say both a text family (content, sapo)
    and a furniture family in separate tokens ("content-detail font-size-text", "brief
    font-size-text"), the text wins: the class that font-size buttons target, or a layout helper,
    sits on the article text itself. (Compounds such as "related-content" are words of their own
    in the vocabulary.)"""
    return not found.isdisjoint(NOISE) and found.isdisjoint(_WINS_OVER_NOISE)


#: a photo's caption box is the article's even when a builder calls it a widget's
#: ("widget-image-caption wp-caption-text")
_WINS_OVER_NOISE = TEXT | {"caption"}


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


#: the naming containers an ASP.NET WebForms id starts with: the page's "ctl00" and the master
#: page's content placeholder ("ctl00_cphMain_wg_SLLDT_17", "ctl00_ContentPlaceHolder1_…"): where
#: the element sits, the main area, not what it is (a platform's widget after the text)
_ASPNET_CONTAINERS = re.compile(r"^ctl\d+_(?:(?:cph|ContentPlaceHolder|MainContent|plh)[A-Za-z0-9]*_)?")


def _text_anchor(ident: str, el: HtmlElement) -> bool:
    """The id is an anchor made of the element's own first words ("bkmrk-theo-thong-ke-cua-tr" of
    "<p>Theo thống kê của Trung tâm …", BookStack's id on every paragraph): it names no part of
    the page, whatever words the text happens to open with ("thống kê" is a visitor counter's)."""
    if ident.count("-") < 2 or not el.text:
        return False
    slug = slugify(el.text[:60])
    if len(slug) < 8:
        return False
    # (after an editor's prefix of a word or two: BookStack's "bkmrk-", GitHub's "user-content-")
    parts = ident.lower().split("-")
    return any(len(rest) >= 8 and slug.startswith(rest) for rest in ("-".join(parts[k:]) for k in range(3)))


@lru_cache(maxsize=4096)
def _without_atoms(cls: str) -> str | None:
    """The class names left when generated atoms are taken out: a build tool's runs of two- and
    three-letter classes ("vs vt gt be vu vv … wg wh bj", Medium's atomic CSS) spell no names,
    whatever word one happens to be ("wg" is a widget's short name); the real names beside them
    ("pw-post-body-paragraph") stay."""
    tokens = cls.split()
    atoms = [t for t in tokens if len(t) <= 3]
    if len(atoms) < 4:
        return cls
    return " ".join(t for t in tokens if len(t) > 3) or None


def names_of(el: HtmlElement) -> str:
    """The class and id of an element as one string. (A heading's id is its anchor, a slug of its
    own words, "3-danh-gia-rut-kinh-nghiem" of "3. Đánh giá, rút kinh nghiệm": no name of a part
    of the page; so is any block's id made of its own first words.)"""
    cls, ident = el.get("class"), el.get("id") if el.tag not in _HEADINGS else None
    if ident and ident.startswith("ctl"):
        ident = _ASPNET_CONTAINERS.sub("", ident)
    if ident and _text_anchor(ident, el):
        ident = None
    if cls and cls.count(" ") >= 3:
        cls = _without_atoms(cls)
    if cls and ident:
        return f"{cls} {ident}"
    return cls or ident or ""


def element_families(el: HtmlElement) -> frozenset[str]:
    names = names_of(el)
    return families(names) if names else frozenset()


def is_text_box_slot(el: HtmlElement) -> bool:
    """A box's content slot inside the article's text box: a slot is what its box is, in a
    sidebar widget the widget's, in the text's box the text (Liferay's blog entry, "<div
    class=widget-mode-detail-text><div class=widget-content id=…blogsEntryContent_40411>")."""
    parent = el.getparent()
    return (el.get("class") or "").strip() in _SLOT_CLASSES and parent is not None and families(names_of(parent)) == _TEXT_FAMILY_ONLY


_SLOT_CLASSES = frozenset({"widget-content"})
_TEXT_FAMILY_ONLY = frozenset({"content"})


def is_noise(el: HtmlElement) -> bool:
    """The element's names mark page furniture (see ``is_noise_families``). Its class names are
    read first: they name its role, while an id often names the object it belongs to
    (``class="sharedaddy sd-like" id="like-post-wrapper-1461"``: a like button of a post)."""
    if "widget-content" in (el.get("class") or "") and is_text_box_slot(el):
        return False
    return any(is_noise_families(found) and not header_heading(el, found) and not main_column(el, found) for found in role_families(el))


#: what only the main column holds: the page's headline, its trail
#: (or the post's own box, "<div class='article pgd-baiviet'>" in SharePoint's "pgd-cottrai" under a
#: title row that prints the h1 above the columns)
_MAIN_MARKS = etree.XPath("boolean(.//h1 | .//*[contains(concat(' ', normalize-space(@class), ' '), ' article ')][string-length(normalize-space()) > 300])")


#: the page's main landmark
_MAIN_LANDMARK = etree.XPath("boolean(.//main | .//*[@role = 'main'])")


def main_column(el: HtmlElement, found: frozenset[str]) -> bool:
    """Names that say only "column" (a side column by its side: "cot-trai") on the column that
    holds the page's headline or its trail: the main column of a two-column template, which puts
    its sidebar on the other side. No furniture. (Or names that say only "sidebar" on the box
    holding the page's main landmark: the layout's wrapper of the text and its sidebar, The7's
    "<div id=main class='sidebar-right'>" round "<div id=content role=main>".)"""
    noise = found & NOISE
    if noise == {"chrome"}:
        return el.tag == "div" and bool(_MAIN_LANDMARK(el))
    if noise != {"column"}:
        return False
    return bool(_MAIN_MARKS(el)) or _widest_cell(el) or _widest_grid_column(el) or any("breadcrumb" in families(names_of(d)) for d in el.iterdescendants() if isinstance(d.tag, str) and d.get("class"))


#: a CSS grid's column span in a class token ("col-md-8", "ui-grid-col-8", "span8", "large-9")
_GRID_SPAN = re.compile(r"(?:^|[-_])(?:col|span|large|medium)(?:-(?:xs|sm|md|lg|xl))?-?(\d{1,2})$")


def _grid_span(el: HtmlElement) -> int | None:
    spans = [int(m.group(1)) for token in (el.get("class") or "").split() if (m := _GRID_SPAN.search(token))]
    return max(spans) if spans and 0 < max(spans) <= 12 else None


def _widest_grid_column(el: HtmlElement) -> bool:
    """A grid layout's column its span makes the main one: wider than its row's other columns
    together ("<div class='ui-grid-col-8 cotTrai'>" beside "ui-grid-col-4 cotPhai", PrimeFaces'
    grid; Bootstrap's "col-md-8"), whatever side its name says."""
    own = _grid_span(el)
    parent = el.getparent()
    if own is None or parent is None:
        return False
    others = [_grid_span(k) for k in parent if k is not el and isinstance(k.tag, str)]
    spans = [n for n in others if n is not None]
    return bool(spans) and own > sum(spans)


def _widest_cell(el: HtmlElement) -> bool:
    """A table layout's cell that its width makes the main one: set wider than all its row's other
    cells together ("<td id=cot-trai width=740>" beside "<td id=cot-phai width=260>"), the
    headline and trail printed above the columns."""
    if el.tag != "td":
        return False
    row = el.getparent()
    if row is None:
        return False
    widths = [_width(td.get("width")) for td in row if isinstance(td.tag, str) and td.tag == "td"]
    own = _width(el.get("width"))
    if len(widths) < 2 or own is None or any(w is None or w[1] != own[1] for w in widths):
        return False  # (a width in percent beside one in pixels compares nothing)
    return own[0] > sum(w[0] for w in widths) - own[0]  # type: ignore[index]


def _width(value: str | None) -> tuple[int, bool] | None:
    """A cell's width attribute: its number, and whether it is a percentage ("70%") or pixels
    ("700", "700px")."""
    value = (value or "").strip()
    percent = value.endswith("%")
    value = value.rstrip("%").strip().removesuffix("px").strip()
    return (int(value), percent) if value.isdigit() else None


def header_heading(el: HtmlElement, found: frozenset[str], noise: frozenset[str] = NOISE) -> bool:
    """Names that say only "header" on a heading module (``heading_box``), or on the heading
    of a related list inside the text's box (Notion's inline database "Bài viết liên quan" under
    "notion-collection-header"): no furniture. (The related heading is left for the text's
    cleaning, which drops it with the list under it.)"""
    return found & noise == {"header"} and (heading_box(el) or related_title(el) or accordion_header(el))


def accordion_header(el: HtmlElement) -> bool:
    """An accordion's header box ("<div class=card-header><h2><button data-toggle=collapse
    aria-expanded=false>1. Mục đích</button></h2></div>", Bootstrap's and WAI-ARIA's pattern):
    the heading of the section under it, in the text, whatever its names say."""
    kids = [k for k in el if isinstance(k.tag, str)]
    heading = kids[0] if len(kids) == 1 and kids[0].tag in _HEADINGS else el if el.tag in _HEADINGS else None
    if heading is None and len(kids) == 1 and kids[0].tag == "button":
        heading = el  # (the toggle alone in the header box: Bootstrap 5's "accordion-header" div)
    if heading is None:
        return False
    # (or a link to the section's own panel: Bootstrap 3's "<a data-toggle=collapse href=#id>",
    # Avada's toggles "panel-title toggle")
    button = next(heading.iter("button"), None)
    if button is None:
        button = next((a for a in heading.iter("a") if (a.get("href") or "").startswith("#")), None)
    return button is not None and (button.get("aria-expanded") is not None or (button.get("data-toggle") or button.get("data-bs-toggle") or "") == "collapse")


def related_title(el: HtmlElement) -> bool:
    """A heading, or a box holding only one, that names a related list ("Bài viết liên quan")."""
    from crawler.core.lines import (
        is_related_heading,  # (lines reads phrases; vocab is read by them all)
    )

    heading = el if el.tag in _HEADINGS else next((k for k in el if isinstance(k.tag, str)), None)
    if heading is None or heading.tag not in _HEADINGS or (heading is not el and len(el) != 1):
        return False
    text = text_of(heading).strip()
    return 0 < len(text) <= 60 and is_related_heading(text)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def heading_box(el: HtmlElement) -> bool:
    """A box that holds one heading and nothing else, no link, no picture, between two boxes of
    text: a site builder's heading module ("<div class='j-module n j-header'><h2>…</h2></div>"
    between text modules, Jimdo) whose names say "header" is a heading of the text, not the
    page's banner (a logo, links, a menu) nor a widget's title bar (first in its box, over a list)."""
    box = el.getparent() if el.tag in _HEADINGS else el  # (the heading itself: id="cc-m-header-…")
    if box is None:
        return False
    # (down through a wrapper or two holding only it: TYPO3's "frame-type-header" element,
    # "<div class=frame><header class=frame-header><h2>…</h2></header></div>")
    inner = box
    for _ in range(_HEADING_WRAPPERS + 1):
        kids = [k for k in inner if isinstance(k.tag, str)]
        if len(kids) != 1 or (inner.text or "").strip() or (kids[0].tail or "").strip():
            return False
        if kids[0].tag in _HEADINGS:
            break
        if kids[0].tag not in ("div", "header", "section"):
            return False
        inner = kids[0]
    else:
        return False
    if next(kids[0].iter("a", "img", "svg", "form"), None) is not None:
        return False
    # (and up: the text's modules stand beside the outermost box holding only the heading)
    for _ in range(_HEADING_WRAPPERS):
        parent = box.getparent()
        if parent is None or len([k for k in parent if isinstance(k.tag, str)]) != 1 or (parent.text or "").strip():
            break
        box = parent
    if not _text_module(_neighbour(box.itersiblings())):
        return False
    before = _neighbour(box.itersiblings(preceding=True))
    # (or first of a run of the text's modules: TYPO3's content elements under a news item, the
    # first a heading; a widget's title opens a box of one or two)
    parent = box.getparent()
    return _text_module(before) or (before is None and parent is not None and sum(1 for k in parent if isinstance(k.tag, str)) >= _MODULE_RUN)


#: the modules a run of the text's modules holds at least
_MODULE_RUN = 3


#: the wrappers a heading module may sit in, holding only it
_HEADING_WRAPPERS = 2


def _neighbour(siblings: Iterator[HtmlElement]) -> HtmlElement | None:
    """The nearest sibling that shows something (past an empty rule module, "<div><hr></div>")."""
    return next((s for s in siblings if isinstance(s.tag, str) and (text_of(s).strip() or next(s.iter("img"), None) is not None)), None)


def _text_module(el: HtmlElement | None) -> bool:
    """A box of the text beside a heading module: prose (not a list of links) or photos."""
    if el is None or not isinstance(el.tag, str):
        return False
    text = text_of(el).strip()
    linked = sum(len(text_of(a).strip()) for a in el.iter("a"))
    return (len(text) >= 40 and linked < 0.5 * len(text)) or next(el.iter("img"), None) is not None


def role_families(el: HtmlElement) -> list[frozenset[str]]:
    """The families an element's names give, its class names on their own first (they name its
    role; an id may name the object it belongs to), then all its names together. A test of page
    furniture holds when it holds for either."""
    names = names_of(el)
    if not names:
        return []
    cls = el.get("class")
    return [families(cls), families(names)] if cls and cls.strip() else [families(names)]


def has(el: HtmlElement, *wanted: str) -> bool:
    """True when the element's names say it belongs to one of ``wanted``."""
    names = names_of(el)
    return bool(names) and not families(names).isdisjoint(wanted)


def in_comment(el: HtmlElement) -> bool:
    """Inside a reader's comment, by its box's names or its schema.org type: its dates and names
    are the reader's, not the post's."""
    for a in el.iterancestors():
        itemtype = a.get("itemtype") or ""
        if "Comment" in itemtype:
            return True
        if itemtype.endswith(_POST_TYPES):
            # the post's own box, however its classes name it (vBulletin's first post, "b-post
            # js-comment-entry__parent", is the schema.org Article its replies follow)
            return False
        if has(a, "comments"):
            return True
    return False


#: schema.org types of a post's own box
_POST_TYPES = ("/Article", "/NewsArticle", "/BlogPosting", "/Report", "/ScholarlyArticle")
