"""Linearise an HTML subtree into blocks: lines of text and images, with the formatting that tells a
caption or a byline from a paragraph (italic, bold, alignment, figcaption, CKEditor image tables).

A block is a plain dict (items carry it between pipelines):
``{"kind": "text"|"image", "text": str, "italic": bool, "bold": bool, "align": str|None,
"caption_hint": bool, "heading": bool, "link_ratio": float, "url": str (images), "alt": str,
"footnote": bool (a line closed by a footnote's back-link "↩"), "file_link": bool (a line that is
a link to a file)}``
"""

from __future__ import annotations

import base64
import html
import re
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from crawler.core.elements import previous_element, text_of
from crawler.core.hidden import is_hidden
from crawler.core.lines import is_date_line, is_day_badge, is_related_heading, is_toc_heading
from crawler.core.text import clean_line, fold
from crawler.core.urls import is_attachment, is_theme_asset, join_url, picture_url
from crawler.core.vocab import (
    NOISE,
    TEXT,
    families,
    has,
    header_heading,
    is_text_box_slot,
    role_families,
)
from crawler.phrases import phrase_list, phrase_set

Block = dict[str, Any]

BLOCK_TAGS = frozenset(
    ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "figure", "figcaption", "header", "footer", "aside", "nav", "pre", "address", "dl", "dt", "dd", "center", "form", "hr", "caption", "details", "summary"]
)
SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "iframe", "input", "select", "textarea", "button", "svg", "object", "embed", "audio", "video", "map", "template", "head", "link", "meta", "option", "label", "canvas",
     # an icon font's ligature (Angular Material's "<mat-icon>person</mat-icon>"): an icon, no words
     "mat-icon"]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])

#: families (crawler/phrases/classes.toml) of subtrees inside an article container that are never
#: its text: tools, related lists, comments, chrome, and the article's own header/meta/footer parts
BODY_NOISE = NOISE | {"article_parts"}
#: class names that align text ("text-center", "aligncenter", "has-text-align-right", "right");
#: whole tokens only: "has-sidebar-right" or "pull-right" place a box, they do not align its text
#: (a builder's short prefix glued to it: WebSite X5's "imTACenter", "imTARight"; not "menu-text-align-center")
_ALIGN_CLASS = re.compile(r"(?:[a-z]{1,3}-?)?(?:has-)?(?:text|txt|align|ta)(?:-align)?[_-]?(center|right|left|justify)|(center|right|centered)(?:[_-]?(?:align|aligned|text))?", re.I)
_STYLE_ALIGN = re.compile(r"text-align\s*:\s*(center|right|left|justify|end|start)", re.I)
#: the logical alignments in a left-to-right text (Facebook's "text-align: end" on a pasted line)
_LOGICAL_ALIGN = {"end": "right", "start": "left"}
_STYLE_ITALIC = re.compile(r"font-style\s*:\s*italic", re.I)
STYLE_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
#: the same set by utility classes (Tailwind "font-semibold", "italic"; Bootstrap "fw-bold",
#: "fst-italic", "font-weight-bold")
CLASS_BOLD = re.compile(r"(?:^|\s)(?:font-(?:semibold|bold|extrabold|black)|fw-(?:bold|semibold|bolder)|font-weight-bold|text-bold|[Bb]old|(?:[Ii]n|[Cc]hu)?[-_]?[Dd]am)(?:\s|$)")
# (and a paragraph or character style a site builder names after it: Adobe Muse's "Dam", "In-dam",
# "Chu-dam", a Vietnamese "đậm" without its accent)
_CLASS_ITALIC = re.compile(r"(?:^|\s)(?:italic|fst-italic|font-italic)(?:\s|$)")
#: (GoDaddy's builder: "data-srclazy" beside a 40-pixel blurred "src"; echo.js's "data-echo", Drupal's lazyloader)
#: (a picture's "data-url" is its original, read only where "src" shows a placeholder: XenForo's
#: image proxy and Jetpack's tiled gallery print the picture in "src" and its source in data-url)
_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-srclazy", "data-echo", "src")
_TINY = re.compile(r"^\s*(?:[0-9]|[1-3][0-9])\s*(?:px)?\s*$")
_SMALL = re.compile(r"^\s*(?:[0-9]|[1-5][0-9]|6[0-4])\s*(?:px)?\s*$")


def photo_item_line(el: HtmlElement) -> bool:
    """A short line after the photo in a gallery's item box (Mobirise's "gallery-image" item: the
    photo's wrapper, then an h6 under it): the photo's caption, even set as a heading. The box's
    names call it media, it holds one photo, and the line follows it and holds none. (The line may
    sit alone in the wrappers of a text part beside the photo's: Uncode's media module, "t-entry-
    visual" then "t-entry-text > … > h3.t-entry-title", in a "single-media" box.)"""
    node = el
    prev = el.getprevious()
    for _ in range(_LINE_WRAPPERS):
        if prev is not None:
            break
        up = node.getparent()
        if up is None or sum(1 for c in up if isinstance(c.tag, str)) != 1:
            return False
        node, prev = up, up.getprevious()
    if prev is None or (prev.tag != "img" and next(prev.iter("img"), None) is None):
        return False  # (first: most lines follow no photo, and this is asked of every block)
    parent = node.getparent()
    if parent is None or el.tag in ("img", "figure", "table", "ul", "ol"):
        return False
    if not has(parent, "media") and not (node is not el and any(has(a, "media") for a in islice(parent.iterancestors(), _LINE_WRAPPERS))):
        return False
    if has(el, "content") or any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants()):
        return False  # a text box beside the photo (Gutenberg's "media-text" block), not a line under it
    photos = [img for img in parent.iter("img") if not is_decoration(img)]
    if len(photos) != 1 or within(photos[0], el):
        return False
    return (prev.tag == "img" or within(photos[0], prev)) and len(text_of(el).strip()) <= 160


#: the wrappers a photo's line may sit alone in, and the levels above its box the media box may be
_LINE_WRAPPERS = 3


def within(el: HtmlElement, anc: HtmlElement) -> bool:
    """``anc`` is one of ``el``'s ancestors (the one test of it in extract; content.py and the
    planner import it from here)."""
    tag = anc.tag
    # only the ancestors with its tag (filtered in C) can be it
    return any(a is anc for a in (el.iterancestors(tag) if isinstance(tag, str) else el.iterancestors()))


def _text_named_caption(el: HtmlElement) -> bool:
    """A box its names call a caption that holds paragraphs of text (Tumblr's photo post: its
    "caption" is the post's whole text under the photo): two paragraphs or more, 300 characters
    or more. A photo's line is one short line."""
    paragraphs = [p for p in el.iter("p", "li") if len(text_of(p).strip()) >= 20]
    return len(paragraphs) >= 2 and len(text_of(el).strip()) >= 300


def _figure_shows_media(caption: HtmlElement) -> bool:
    """A ``<figcaption>`` is a photo's line only in a figure that shows one: in a quote's figure
    (Bootstrap's ``figcaption.blockquote-footer``) it names who said the quote, a line of text."""
    figure = caption.getparent()
    return figure is None or next(figure.iter("img", "picture", "video", "iframe", "svg", "object", "embed", "canvas"), None) is not None


#: WordPress shortcodes opening or closing a line ("[vc_column_text]", "[/caption]", "[caption
#: id=… align=…]"): lower-case names of two letters or more, never a footnote's "[1]"
_EDGE_SHORTCODES = re.compile(r"^(?:\s*\[/?[a-z][a-z0-9_]+(?:\s[^\[\]]*)?\])+|(?:\[/?[a-z][a-z0-9_]+(?:\s[^\[\]]*)?\]\s*)+$")


def _opens_panel(a: HtmlElement) -> bool:
    """A link that opens or closes a panel of the page (Bootstrap's "<a data-toggle=collapse
    href=#id>", an accordion's or toggle's title): a heading of the text, no link or anchor."""
    return (a.get("data-toggle") or a.get("data-bs-toggle") or "") == "collapse"


#: the kinds of an Elementor library template that a post's text embeds by its shortcode
#: ("[elementor-template id=1544]": a saved section, the site's banner and slogan, the same in every
#: post that sets it); not the theme builder's templates, one of which holds the post itself
#: ("single-post", "header", "loop-item")
_SAVED_PARTS = frozenset({"section", "container"})
#: a block Ad Inserter sets between a post's paragraphs, numbered by its slot ("code-block
#: code-block-2": the site's banner and its bold line, the same in every post); a code listing's
#: own box ("code-block" alone) is text
_INSERTED_BLOCK = re.compile(r"(?:^|\s)code-block-\d+(?:\s|$)")


def is_noise(el: HtmlElement) -> bool:
    """True for a subtree whose class/id says it is tools, related lists, comments or chrome."""
    if el.tag in ("nav", "aside", "footer"):
        # a quote's or a figure's own footer is its attribution ("— Chủ tịch Hồ Chí Minh")
        return not (el.tag == "footer" and el.getparent() is not None and el.getparent().tag in ("blockquote", "figure"))
    if el.tag == "a" and IMAGE_FILE.search(el.get("href") or "") and next(el.iter("img"), None) is not None:
        return False  # a photo's enlargement link, whatever its lightbox calls it (Joomla's class="modal")
    if el.get("data-elementor-type") in _SAVED_PARTS and el.get("data-elementor-post-type") == "elementor_library":
        return True
    if "code-block-" in (el.get("class") or "") and _INSERTED_BLOCK.search(el.get("class")):
        return True
    if "widget-content" in (el.get("class") or "") and is_text_box_slot(el):
        return False  # the article's text in its box's content slot (vocab.is_text_box_slot)
    return any(
        # (a box its names call a credit too is the photo's credit, whatever else they say:
        # Thunder's "field--name-field-copyright tacgia-anh", "© Ảnh: …" under a caption)
        not found.isdisjoint(BODY_NOISE) and found.isdisjoint(TEXT) and "caption" not in found and "credit" not in found and not header_heading(el, found, BODY_NOISE)
        for found in role_families(el)
    ) and not _article_tabs(el)


#: a tab's label naming the article's text ("Nội dung" beside "Tệp đính kèm", "Ý kiến bạn đọc")
_TEXT_TAB_LABELS = frozenset({"nội dung", "nội dung chi tiết", "chi tiết", "bài viết", "nội dung bài viết", "toàn văn"})


def _article_tabs(el: HtmlElement) -> bool:
    """A tab set whose pane a tab labelled as the text opens (Bootstrap's "tab-content" under
    "<a href=#tab-nd>Nội dung</a> | Tệp đính kèm | Ý kiến bạn đọc"): the article's own tabs, no
    sidebar widget."""
    cls = el.get("class") or ""
    if "tab" not in cls.lower():
        return False
    ids = {k.get("id") for k in el if isinstance(k.tag, str) and k.get("id")}
    if not ids:
        return False
    root = el.getroottree().getroot()
    return any(
        (a.get("href") or "")[1:] in ids and " ".join(text_of(a).split()).lower() in _TEXT_TAB_LABELS
        for a in root.iter("a") if (a.get("href") or "").startswith("#")
    )


#: a link to a picture file: the enlargement of the photo it holds
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#]|$)", re.I)


_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.I)


def heading_button(el: HtmlElement) -> bool:
    """An accordion's header: a button inside a heading ("<h2><button data-toggle=collapse>1. Mục
    đích</button></h2>", the WAI-ARIA accordion pattern). Its label is the heading of the section
    it opens, not a control's action."""
    if el.tag == "a":
        # (or a link drawn as the panel's button, its label the question: Beaver Builder's
        # "<a href=# class=fl-accordion-button-label aria-controls=…-panel>Kỳ thi …?</a>")
        return bool(el.get("aria-controls")) and (el.get("href") or "#").startswith("#") and len(text_of(el).split()) >= _TOGGLE_TITLE_WORDS
    if el.tag != "button":
        return False
    if any(a.tag in HEADINGS for a in islice(el.iterancestors(), 2)):
        return True
    # (or a collapse toggle labelled by a question or a title, alone in its header box: Bootstrap
    # 5's "<div class=accordion-header><button data-bs-toggle=collapse>Em nên chọn …?</button>",
    # TYPO3's accordion element; a navbar's toggle says "Menu" or nothing)
    toggles = (el.get("data-bs-toggle") or el.get("data-toggle") or "") == "collapse" or el.get("aria-expanded") is not None
    return toggles and len(text_of(el).split()) >= _TOGGLE_TITLE_WORDS


#: the words a collapse toggle's label needs to be a section's title
_TOGGLE_TITLE_WORDS = 3


#: the arrow or ellipsis after a "read on" label ("Đọc tiếp »", "Xem thêm ▼", "Xem tiếp...")
_READ_ON_POINTER = re.compile(r"[\s.…»›>▼▾⌄↓]+$")
#: text a hidden box must hold to be the rest of an article, not a hidden widget's line
_REVEALED_TEXT_CHARS = 200


def revealed_on_click(el: HtmlElement) -> bool:
    """A hidden box that a "Đọc tiếp »" / "Xem thêm ▼" control right before it shows: the rest of
    the article, which a reader opens with one click (a script sets its display). Hidden boxes of
    another kind (a print header, a captcha, a share popup) have no such control before them, and
    little text."""
    prev = previous_element(el)
    # (or a button right after it that opens it: Stimulus's "<div hidden data-xem-them-target>…
    # </div><button data-action='xem-them#moRong'>Xem thêm</button>", no link to another page)
    nxt = next((sib for sib in el.itersiblings() if isinstance(sib.tag, str)), None)
    if nxt is None and el.getparent() is not None:
        # (the text's last box, its opener after the text's own box: Alpine's "<div x-show=more
        # class=hidden>…</div></div><div x-show=!more><button @click='more = true'>Xem toàn bộ bài
        # viết</button></div>")
        nxt = next((sib for sib in el.getparent().itersiblings() if isinstance(sib.tag, str)), None)
    labels = [
        text
        for c in (prev, nxt)
        if c is not None and (c is prev or _opener(c) or (len(c) == 1 and _opener(c[0]) and not (c.text or "").strip()))
        and len(text := " ".join(text_of(c).split())) <= 40
    ]
    if not labels:
        return False
    if not any(_READ_ON_POINTER.sub("", fold(text)) in phrase_set("read_more") for text in labels):
        return False
    # (a short rest, a paragraph and a photo's caption, when its words are no links: a hidden
    # menu's "Xem thêm" toggle opens links)
    chars = len(" ".join(text_of(el).split()))
    return chars >= _REVEALED_TEXT_CHARS or (chars >= _REVEALED_TEXT_CHARS // 2 and 2 * sum(len(" ".join(text_of(a).split())) for a in el.iter("a")) < chars)


def _opener(el: HtmlElement) -> bool:
    """A button, or a link to nowhere but the page's own script (its box around it too: Alpine's
    "<div class=bv-mr x-show=!moRong><button @click=…>Xem toàn bộ bài viết</button></div>")."""
    return el.tag == "button" or (el.tag == "a" and (el.get("href") or "#").strip().startswith(("#", "javascript:")))


def _headed_link_list(el: HtmlElement) -> bool:
    """A box of a related list's heading over a list of links only ("<div class=portlet><div
    class=portletHeader>Tin liên quan</div><ul><li><a>…</a></li>…</ul></div>" set into the text):
    other posts, no line of this one."""
    first = el[0]
    if not isinstance(first.tag, str) or first.tag in ("ul", "ol") or len(text_of(first)) > 40:
        return False
    lists = [c for c in el[1:] if isinstance(c.tag, str)]
    if not lists or any(c.tag not in ("ul", "ol") for c in lists):
        return False
    if not all(li.find(".//a") is not None for c in lists for li in c.iterchildren("li")):
        return False
    if not is_related_heading(clean_line(text_of(first))):
        return False
    # (set between two parts of the text: the text goes on after it; a related list closing the
    # text is left for its heading to end the body where it stands)
    return any(len(text_of(p)) >= _RESUMED_PROSE_CHARS for sib in islice(el.itersiblings(), 2) if isinstance(sib.tag, str) for p in sib.iter("p"))


#: a paragraph of prose after a box set into the text
_RESUMED_PROSE_CHARS = 60

def _template_error(el: HtmlElement) -> bool:
    """A box opening with a template engine's error report (phrases/template_errors.txt): its
    first words, in its own text or its first child's ("<div style=…><b>FreeMarker template
    error (HTML_DEBUG mode…)</b><pre>…")."""
    first = (el.text or "").strip()
    if not first and len(el) and isinstance(el[0].tag, str):
        first = (el[0].text or "").strip()
    return bool(first) and fold(first[:80]).startswith(phrase_list("template_errors"))


#: the most text a card linked whole may print (a title and a line under it)
_CARD_CHARS = 240


def _linked_whole(el: HtmlElement) -> bool:
    """A card the page links whole through an empty anchor laid over it (WPBakery/Salient's
    fancy box, "<div class=meta-wrap><h4>Xem video …</h4><p>…</p></div><a class=box-link
    href=…></a>"; Bootstrap's stretched link): a teaser of another page, its title and line no
    text of this one."""
    anchor = next((k for k in el if k.tag == "a" and (k.get("href") or "").strip()[:1] not in ("", "#") and not text_of(k).strip() and next(k.iter("img"), None) is None), None)
    if anchor is None:
        return False
    rest = [k for k in el if isinstance(k.tag, str) and k is not anchor]
    return bool(rest) and 0 < len(clean_line(text_of(el))) <= _CARD_CHARS and any(k.tag in ("h2", "h3", "h4", "h5", "h6") for r in rest for k in r.iter())


def is_control(el: HtmlElement) -> bool:
    """A scripted control printed inline ("<span onclick=copyToClipboard(…)>Copy link</span>",
    a <button>): its label is an action, never the article's text."""
    if el.tag == "button":
        return not heading_button(el)
    if el.tag == "a" and _BUTTON_CLASS.search(el.get("class") or "") and next(el.iterdescendants("img"), None) is None:
        return len(text_of(el).strip()) <= 40 and not heading_button(el)  # a link drawn as a button: "Đăng ký ngay", "Tải về"
    if el.tag == "a" or el.get("onclick") is None or next(el.iterdescendants("img"), None) is not None:
        return False
    return len(text_of(el).strip()) <= 40


def _align_of(el: HtmlElement) -> str | None:
    style = el.get("style")
    if style:
        m = _STYLE_ALIGN.search(style)
        if m:
            value = m.group(1).lower()
            return _LOGICAL_ALIGN.get(value, value)
    attr = el.get("align")
    if attr and el.tag != "table":  # (a table's align places the table, not its text)
        return attr.strip().lower()
    if el.tag == "center":
        return "center"
    cls = el.get("class")
    if cls:
        for token in cls.split():
            m = _ALIGN_CLASS.fullmatch(token)
            if m:
                return (m.group(1) or m.group(2)).lower().replace("centered", "center")
    return None


def image_url(el: HtmlElement, base_url: str) -> str | None:
    for attr in _LAZY_ATTRS:
        value = (el.get(attr) or "").strip()
        if attr == "src" and (not value or value.startswith("data:") or _PLACEHOLDER.search(value)):
            # a lazy loader's placeholder ("/plugins/lazy/blank.gif", a data: pixel) in place of
            # a picture its srcset names: the largest of the srcset's pictures
            value = _largest_in_srcset(el) or _data_picture(el) or _noscript_copy(el) or _picture_source(el) or (el.get("data-url") or "").strip() or _linked_photo(el) or value
        if value and attr != "src" and "/" not in value and _real_src(el):
            # a bare file name kept in a lazy attribute beside a picture the src shows (Winter.Blog's
            # featured images: data-src="IMG_20261111_0915.jpg", the upload's original name): no
            # address, the src is the picture
            continue
        if value and not value.startswith("data:"):
            srcset_first = value.split(",")[0].split()[0] if attr != "src" and " " in value else value
            # (a fragment names no other picture: Joomla 4 keeps "#joomlaImage://local-images/…")
            url = join_url(base_url, srcset_first).split("#", 1)[0]
            scheme = urlsplit(url).scheme.lower()
            # a picture no reader can load is no picture of the page: Word's paste leaves
            # "file:///C:/Users/…/clip_image002.jpg" from the writer's disk; "cid:" is a mail's
            return picture_url(url) if scheme in ("", "http", "https") else None
    value = _data_picture(el)
    return join_url(base_url, value) if value else None


def _real_src(el: HtmlElement) -> bool:
    """The element's src names a picture, no lazy loader's placeholder."""
    src = (el.get("src") or "").strip()
    return bool(src) and not src.startswith("data:") and not _PLACEHOLDER.search(src)


def _linked_photo(el: HtmlElement) -> str | None:
    """The photo file a spacer's link opens (Simple Image Gallery's "<a href=…/01.jpg><img
    src=transparent.gif style='background-image:url(thumb)'>"): the picture the reader sees and
    opens, at full size."""
    parent = el.getparent()
    href = (parent.get("href") or "").strip() if parent is not None and parent.tag == "a" else ""
    return href if href and IMAGE_FILE.search(href) else None


def _noscript_copy(el: HtmlElement) -> str | None:
    """The picture a <noscript> beside the placeholder shows readers without scripts (Next.js's
    older next/image: a data: pixel, then "<noscript><img srcSet=… src=…></noscript>"): the
    largest its srcset offers, else its src."""
    after = el.getnext()
    if after is None or after.tag != "noscript":
        return None
    copy = next(after.iter("img"), None)
    if copy is None:
        return None
    src = (copy.get("src") or "").strip()
    return _largest_in_srcset(copy) or (src if src and not src.startswith("data:") else None)


#: a <source>'s picture format some browsers cannot show: the plain one among the sources is the picture
_MODERN_FORMAT = re.compile(r"image/(?:webp|avif|jxl)", re.I)


def _picture_source(el: HtmlElement) -> str | None:
    """The picture a <picture>'s sources offer to an <img> of no address of its own (Medium: two
    <source srcset>, WebP then the original format, over a bare <img>): the largest of the plain
    format's srcset, else of any source's."""
    # (the HTML parser nests what follows an unclosed <source> inside it: "<picture><source
    # srcset=…><source srcset=…><img></picture>" puts the img two sources deep)
    picture = next((a for a in islice(el.iterancestors(), 4) if a.tag == "picture"), None)
    if picture is None:
        return None
    sources = [s for s in picture.iter("source") if not (s.get("media") or "").strip()] or list(picture.iter("source"))
    plain = [s for s in sources if not _MODERN_FORMAT.search(s.get("type") or "")]
    return next((found for s in (plain or sources) if (found := _largest_in_srcset(s))), None)


def _data_picture(el: HtmlElement) -> str | None:
    """A lazy loader of its own naming keeps the photo in a data attribute we do not know
    (FooGallery's "data-src-fg", a slider's "data-lazy", "data-echo"): the one that names a picture."""
    return next((v.strip() for k, v in el.attrib.items() if k.startswith("data-") and _PICTURE_PATH.search(v)), None)


#: an attribute's value that is the address of a picture file ("/uploads/a.jpg", "a.webp?v=2")
_PICTURE_PATH = re.compile(r"^\s*(?:https?://|/|\.\.?/|[\w-]+/)[^\s\"'<>]*\.(?:jpe?g|png|gif|webp|avif)(?:\?[^\s]*)?\s*$", re.I)


#: a lazy loader's stand-in picture, shown until a script puts the photo in its place
_PLACEHOLDER = re.compile(r"(?:^|/)(?:[a-z]+[_-])?(?:blank|spacer|pixel|transparent|placeholder|loading|lazy[\w-]*|1x1|grey|gray)\.(?:gif|png|svg|jpe?g)(?:$|\?)", re.I)
_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "data-srcsetlazy", "srcset")


def _largest_in_srcset(el: HtmlElement) -> str | None:
    """The largest picture a srcset offers ("a-768x512.jpg 768w, a.jpg 1600w"; "a.jpg 1x,
    a@2x.jpg 2x"), by its width or density descriptor; the first when none has one."""
    for attr in _SRCSET_ATTRS:
        value = (el.get(attr) or "").strip()
        if not value or value.startswith("data:"):
            continue
        best: tuple[float, str] | None = None
        for candidate in value.split(","):
            parts = candidate.split()
            if not parts:
                continue
            size = 0.0
            if len(parts) > 1 and parts[-1][:-1].replace(".", "", 1).isdigit() and parts[-1][-1:] in ("w", "x"):
                size = float(parts[-1][:-1])
            if best is None or size > best[0]:
                best = (size, parts[0])
        if best is not None:
            return best[1]
    return None


def _signs_by_its_span(el: HtmlElement) -> bool:
    """A paragraph that only holds a span its names call a byline ("<p><span class=ky-ten>Khoa
    Xây dựng Đảng</span></p>", a Prismic label on the signing line)."""
    if len(el) != 1 or (el.text or "").strip() or (el[0].tail or "").strip():
        return False
    return el[0].tag == "span" and has(el[0], "byline")


#: a link to a picture file ("…/anh-1.jpg", "…/photo.webp?w=1200")
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|avif)(?:$|[?#])", re.I)
#: the height a picture's inline style draws it at, in pixels
_STYLE_HEIGHT = re.compile(r"(?:^|;)\s*height\s*:\s*(\d{1,4})\s*px", re.I)


def _line_over_photo_row(row: HtmlElement, table: HtmlElement) -> bool:
    """The first of a photo's table's two rows, a short line over the row holding the photo alone
    (a home-made editor's or Liferay's template setting the caption first, "<tr><td><i>(Toàn cảnh
    …)</i></td></tr><tr><td><img></td></tr>"): the photo's caption (moved under it by
    crawler.clean.steps._captions_above, where a page's captions are read)."""
    rows = [r for r in table.iter("tr") if next(r.iterancestors("table"), None) is table]
    if len(rows) != 2 or rows[0] is not row:
        return False
    cells = [[c for c in r if c.tag in ("td", "th")] for r in rows]
    if any(len(c) != 1 for c in cells):
        return False
    line, photo = cells[0][0], cells[1][0]
    photos = [img for img in photo.iter("img") if not is_decoration(img)]
    text = clean_line(text_of(line))
    return len(photos) == 1 and not clean_line(text_of(photo)) and next(line.iter("img"), None) is None and 0 < len(text) <= 200


def line_over_lone_photo(el: HtmlElement) -> bool:
    """An italic line opening a box whose only other content is one photo ("<div
    class=khung-anhtv><div class=mota-anhtv style='font-style:italic'>Cổng trại …</div><img></div>",
    a photo module's box setting its caption first), or any line opening a photo's named box so:
    the photo's caption (moved under it by crawler.clean.steps._captions_above)."""
    if el.getprevious() is not None:
        return False
    box = el.getparent()
    if box is None or (box.text or "").strip() or (el.tail or "").strip():
        return False
    # (set apart in italics; or any line heading a box its names call a photo's: SP Page
    # Builder's "single image" addon printing its title as an h3 over the picture)
    if not (_STYLE_ITALIC.search(el.get("style") or "") or _CLASS_ITALIC.search(el.get("class") or "") or has(box, "media")):
        return False
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) != 2 or any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants()):
        return False
    photo = kids[1]
    photos = [img for img in photo.iter("img") if not is_decoration(img)]
    text = clean_line(text_of(el))
    return len(photos) == 1 and not clean_line(text_of(photo)) and not (photo.tail or "").strip() and 0 < len(text) <= 200


def is_decoration(el: HtmlElement) -> bool:
    """Icons, spacers and share buttons: tiny declared size or an icon-ish name."""
    if el.get("aria-hidden") == "true":
        return True  # hidden from assistive technology: a blurred placeholder under the photo (Fresh's, Next's), an ornament
    for attr in ("width", "height"):
        value = el.get(attr)
        if value and _TINY.match(value):
            return True
    width, height = _SMALL.match(el.get("width") or ""), _SMALL.match(el.get("height") or "")
    if width and height:
        return True  # shown 64 pixels or less each way: a face beside a name, a badge, an icon; no photo of the text
    if _linked_banner(el):
        return True  # a strip linking a site ("Cơ sở dữ liệu ngành", 468×60): a banner, no photo of the text
    style = el.get("style")
    if style and "height" in style:
        # a strip drawn across the text ("style='width:420px;height:24px'"): a divider's picture
        drawn = _STYLE_HEIGHT.search(style)
        if drawn and int(drawn.group(1)) <= 30:
            return True
    # the picture's own address: a lazy-loaded photo's "src" is the placeholder ("blank.gif",
    # "loading.gif") a script replaces by its data-src
    shown = image_url(el, "") or ""
    src = shown.lower()
    if _FILE_TYPE_ICON.search(src):
        return True  # a file type's icon beside an attachment ("pdf.gif", "icon_doc.png")
    if is_theme_asset(shown):
        return True  # the site's skin ("/Portals/0/Skins/…/pt_right.gif", "/templates/…/images/")
    if is_avatar(el, src):
        return True
    if _EMOJI.search(src) or "emoji" in (el.get("class") or "") or "wp-smiley" in (el.get("class") or ""):
        return True  # an emoji drawn as a picture in a line of text (WordPress's "s.w.org/images/core/emoji/…")
    if _EMOTICON.match(el.get("alt") or ""):
        return True  # a smiley its alt types (XOOPS's "/uploads/smil3dbd4d6422f04.gif" alt=":)")
    # (a paperclip beside an attached file's name: vBulletin's "images/misc/paperclip.png")
    # (or any picture of a folder of icons: "/icons/download.png", "/images/icon/pdf.gif")
    # (and a template's "ico-" pictures: "/Content/Portal/images/ico-date.png" beside the date)
    # (and a picture named a sticker or an ornament: Canva's "sticker-hoa-sen.png" set over the page)
    if _DEFAULT_PICTURE.search(src):
        return True  # a theme's stand-in for a post without a photo ("thong-bao-default.jpg", "no-image.png")
    if _FILE_PICTURE.search(src):
        return True  # an attachment's icon by its plain name ("/DesktopModules/DNNArticle/images/file.gif")
    if _BADGE_PICTURE.search(src):
        return True  # a "new" badge after a recent post's headline ("images/new.gif" alt="Mới")
    if _RATING_STAR.search(src):
        return True  # a rating bar's stars ("Đánh giá bài viết: <img src=images/star_on.gif>…")
    return bool(re.search(r"(?:icon|(?<![a-z])ico[-_]|spacer|blank|pixel|loading|logo|facebook|zalo|twitter|print|email|share|btn|button|arrow|muiten|mui[-_]ten|bullet|paperclip|attach|sticker|ornament|decor)[\w-]*\.(?:gif|png|svg|jpg)|/icons?/[\w.-]+$", src))


#: a file's icon by its plain name ("file.gif", "attachment.png", "tep-dinh-kem.png")
_FILE_PICTURE = re.compile(r"/(?:file|files|attachment|tep[-_]?dinh[-_]?kem|dinhkem|download)\d?\.(?:gif|png|svg)(?:$|\?)")
#: a rating's star by its file's name ("star_on.gif", "star-off.png", "star2.gif", "rating_bg.png")
_RATING_STAR = re.compile(r"/(?:star(?:[_-]?(?:on|off|half|empty|full|active|blank|\d))?|rating[\w-]*)\.(?:gif|png|svg)(?:$|\?)")
#: a badge's picture by its file's name: "new.gif", "hot.png", "moi.gif", "tin-moi.gif", "new2.gif"
_BADGE_PICTURE = re.compile(r"/(?:new|hot|moi|tin[-_]?moi|tin[-_]?hot)\d?\.(?:gif|png|svg)(?:$|\?)")


#: a banner's shape: a strip at least four times as wide as it is high, and low
_BANNER_RATIO = 4
_BANNER_HEIGHT = 100
_PIXELS = re.compile(r"^\s*(\d{1,4})\s*(?:px)?\s*$")


def _linked_banner(el: HtmlElement) -> bool:
    """A picture drawn as a banner's strip (468×60, 728×90) inside a link: another site's or a
    module's banner set among the text, never its photo (a panorama is not linked away)."""
    width, height = _PIXELS.match(el.get("width") or ""), _PIXELS.match(el.get("height") or "")
    if not width or not height:
        return False
    w, h = int(width.group(1)), int(height.group(1))
    return 0 < h <= _BANNER_HEIGHT and w >= _BANNER_RATIO * h and any(a.get("href") for a in islice(el.iterancestors("a"), 1))


def inline_emoji(el: HtmlElement) -> str | None:
    """The character an emoji drawn as a picture stands for, where it sits in a line of text
    (WordPress's wp-emoji: "<img class=emoji alt='🎉' src='…/72x72/1f389.png'>"): its alt, a
    symbol and no word; None for any other picture."""
    alt = (el.get("alt") or "").strip()
    if not alt or len(alt) > 12 or any(ch.isalnum() for ch in alt):
        return None
    cls = el.get("class") or ""
    if "emoji" in cls or "wp-smiley" in cls or _EMOJI.search((el.get("src") or "").lower()):
        # (a smiley's alt typing its face, ":)" under Roller's "/smileys/smile.gif", is the code a
        # writer typed for the picture, no character of the text: the line goes on without it)
        return "" if _EMOTICON.match(alt) else alt
    return None


def is_avatar(el: HtmlElement, src: str | None = None) -> bool:
    """The author's avatar beside the byline ("avatar_ms-lan.jpg", gravatar.com/avatar/…), or a
    persona card's photo (SharePoint's "ms-Persona-imageArea"): a picture inside the line of
    names, which does not break it."""
    src = (image_url(el, "") or "").lower() if src is None else src
    if "avatar" in src or "userphoto" in src or "avatar" in (el.get("class") or "").lower():
        return True
    if _USER_PORTRAIT.search(src) or "user-icon" in (el.get("class") or "").split():
        return True  # (Liferay's portrait of the posting user, "/image/user_male_portrait?img_id=…", class "user-icon")
    return any(_AVATAR_BOX.search(box.get("class") or "") for box in islice(el.iterancestors(), 2))


_DATE_BOX = re.compile(r"(?:^|[\s_-])(?:date|time|datetime|date-?time|ngay|ngay-?dang)(?:$|[\s_-])", re.I)
#: an emoticon typed as a picture's alt (":)", ":-D", ";)", ":((", "=P", "<3")
_EMOTICON = re.compile(r"^\s*(?:[:;=8][-'^o]?[()DPpOo3/\\|*\[\]@$SsXx]{1,3}|<3|\^_?\^|:[a-z_]+:)\s*$")
_EMOJI = re.compile(r"/(?:emoji|smilies|smileys|emoticons?)(?:\.php)?/")  # (Facebook's "/images/emoji.php/v9/…/1f970.png" too)
_USER_PORTRAIT = re.compile(r"/user_(?:male_|female_)?portrait\b")
_AVATAR_BOX = re.compile(r"avatar|persona|author-?(?:photo|image|img|pic)|user-?picture|(?:^|\s)profile(?:\s|$)", re.I)
#: a theme's default picture, by its file's name, which carries no number (a post's own cover
#: does, in its id or date: PrestaShop's "33-single-default.jpg" is post 33's): "thong-bao-
#: default.jpg", "default-thumb.png", "no-image.png", "noimage.gif", "no_photo.jpg"
#: (and in Vietnamese: "anh-dai-dien-mac-dinh.jpg", "anh_mac_dinh.png", a default picture)
#: (its size after the name too: OpenCart's cached "no_image-300x200.png")
_DEFAULT_PICTURE = re.compile(r"/(?:[a-z_-]*[_-])?(?:default|mac[-_]?dinh|no[-_]?(?:image|photo|img|thumb(?:nail)?|pic))(?:[_-][a-z_-]*)?(?:-\d{2,4}x\d{2,4})?\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)")
_FILE_TYPE_ICON = re.compile(r"(?:^|/)(?:(?:icon|ico|file|type)[_-]?)?(?:pdf|docx?|xlsx?|pptx?|rar|zip|word|excel)(?:[_-]?(?:icon|small|16|24|32))?\.(?:gif|png|svg|jpe?g)$")


_BLOCKISH = frozenset(["table", "img", "div", "ul", "ol", "h1", "h2", "h3", "h4", "iframe", "video", "figure"])
MAX_CELL_CHARS = 300


def is_data_table(table: HtmlElement) -> bool:
    """A table of data (a timetable, a results list) rather than one used for layout: every row
    has at least two cells, and no cell holds an image, a nested table, a list or long text."""
    rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
    if not rows or not any(len([c for c in tr if c.tag in ("td", "th")]) >= 2 for tr in rows):
        return False
    for tr in rows:
        cells = [c for c in tr if c.tag in ("td", "th")]
        if len(cells) < 2 and len(rows) > 1 and cells and clean_line(text_of(cells[0])):
            if tr is rows[0] and cells[0].tag == "th" and cells[0].get("colspan"):
                continue  # the table's own title over its columns ("<th colspan=2>Thông tin bài viết</th>")
            return False  # a one-cell row of text: a layout (a title row, a caption row)
        for cell in cells:
            # (an icon in a cell is no photo: a download arrow beside "Tải về", a file type's icon)
            if any(isinstance(d.tag, str) and d.tag in _BLOCKISH and not (d.tag == "img" and is_decoration(d)) for d in cell.iterdescendants()):
                return False
            if len(text_of(cell)) > MAX_CELL_CHARS:
                return False
    return True


def data_table_rows(table: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """One line per row, its cells joined by " | " (how a reader copies a timetable), with its row."""
    out = []
    for tr in table.iter("tr"):
        if next(tr.iterancestors("table"), None) is not table or is_hidden(tr):
            continue
        cells = [_cell_text(c) for c in tr if c.tag in ("td", "th")]
        if any(cells):
            out.append((" | ".join(cells), tr))
    return out


#: a file's address by its kind ("….pdf", "….docx")
FILE_HREF = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)(?:$|[?#])", re.I)


def _offers_files(tr: HtmlElement) -> bool:
    """Every cell of the row with words in it is a link to a file, and nothing else (a file's icon
    in a cell of its own beside it): a row of the post's attachments, no data."""
    cells = [c for c in tr if c.tag in ("td", "th") and clean_line(text_of(c))]
    if not cells:
        return False
    for cell in cells:
        links = list(cell.iter("a"))
        if not links or not all(FILE_HREF.search(a.get("href") or "") for a in links):
            return False
        if len(clean_line(" ".join(text_of(a) for a in links))) < 0.9 * len(clean_line(text_of(cell))):
            return False
    return True


#: elements that start a line inside a cell ("<td><p>UBND HUYỆN X</p><p>PHÒNG GD&ĐT</p></td>")
_CELL_BREAKS = frozenset(["p", "div", "br", "li"])


def _cell_text(cell: HtmlElement) -> str:
    """A cell's text, its lines parted by a space: paragraphs in a cell are lines, not one word
    ("…MƯỜNG KHƯƠNG" and "PHÒNG GIÁO DỤC" of a minified letterhead)."""
    if not any(d.tag in _CELL_BREAKS for d in cell.iterdescendants()):
        return clean_line(text_of(cell))
    parts: list[str] = []
    for event, el in etree.iterwalk(cell, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag in _CELL_BREAKS:
                parts.append(" ")
            if isinstance(tag, str) and tag not in ("script", "style") and el.text:
                parts.append(el.text)
        else:
            if tag in _CELL_BREAKS:
                parts.append(" ")
            if el is not cell and el.tail:
                parts.append(el.tail)
    return clean_line("".join(parts))



#: a choice among radio buttons (a rating's stars, a poll's answers)
_RADIO = etree.XPath('boolean(.//input[translate(@type, "RADIO", "radio") = "radio"])')


def is_vote_form(form: HtmlElement) -> bool:
    """A rating or poll form printed with the post ("Đánh giá của người dùng:" and five radio
    buttons, Mambo's and Joomla 1.0's content_vote): a widget of few words, never text. A form
    of the text's length (a survey typed as a post around its form) is read as it is."""
    return bool(_RADIO(form)) and len(form.text_content()) <= 300

_ASKS_FOR_WORDS = etree.XPath(".//textarea | .//input[@type='email' or contains(translate(@name, 'EMAIL', 'email'), 'email')]")


def is_message_form(form: HtmlElement) -> bool:
    """A form asking the reader for a message or an address (Drupal's Forward module's "Gửi trang
    này cho bạn bè" with its instructions and canned note, a comment form inside the node): a
    widget, never text, when it is short. A long form is read as it is (a survey typed as a post)."""
    return bool(_ASKS_FOR_WORDS(form)) and len(form.text_content()) <= 800


def _labels_photos(label: HtmlElement) -> bool:
    """The field ``label`` names holds photos and no text (its box's next element)."""
    items = label.getnext()
    return items is not None and next(items.iter("img"), None) is not None and not items.text_content().strip()


class _Linearizer:
    def __init__(self, base_url: str, skip: frozenset[HtmlElement] = frozenset()):
        self.base_url = base_url
        self.blocks: list[Block] = []
        self.skip = skip
        self._run: list[tuple[str, bool, bool, bool | str]] = []  # text, italic, bold, in link ("#": an in-page anchor, "file": a file)
        self._block_ctx: tuple[str | None, bool, bool, bool, bool] = (None, False, False, False, False)  # align, caption, heading, credit, byline
        self._footnote = False  # the run read so far ends with a footnote's back-link
        self._caption_script: bool | None = None  # the page loads Joomla 3's caption.js (asked once)

    def _runs_caption_script(self, el: HtmlElement) -> bool:
        """The page loads Joomla 3's caption script ("media/system/js/caption.js", "new
        JCaption('img.caption')"), which prints an image's title under it."""
        if self._caption_script is None:
            root = el.getroottree().getroot()
            self._caption_script = any("caption.js" in (s.get("src") or "") or "JCaption" in (s.text or "") for s in root.iter("script"))
        return self._caption_script

    def flush(self) -> None:
        if not self._run:
            return
        text = clean_line("".join(t for t, *_ in self._run))
        if text.startswith("<") and (escaped := _ESCAPED_TAGS.match(text)):
            # a paragraph's markup printed as text by a template that escaped it twice ("<p><strong>
            # Sáng 20/11, …</strong></p>" shown to the reader, Play's "@article.sapo"): its words
            text = clean_line(_INLINE_TAG.sub("", escaped.group("words")))
        if "[" in text and "]" in text:
            # a page builder's shortcodes printed raw at a paragraph's edges after a theme change
            # ("[vc_column_text]Sáng ngày 19/11 …", "… tốt đẹp.[/vc_column_text]"); a line of
            # shortcodes alone is left whole for the cleaning step to count
            edged = _EDGE_SHORTCODES.sub("", text).strip()
            if edged and edged != text:
                text = edged
        if text:
            # one pass over the run's pieces: their visible lengths by style
            total = n_italic = n_bold = n_linked = n_anchored = n_filed = 0
            for t, i, b, a in self._run:
                n = len(t.strip())
                if not n:
                    continue
                total += n
                if i:
                    n_italic += n
                if b:
                    n_bold += n
                if a:
                    n_linked += n
                    if a == "#":
                        n_anchored += n
                    elif a == "file":
                        n_filed += n
            total = total or 1
            italic = n_italic / total >= 0.9
            bold = n_bold / total >= 0.9
            linked = n_linked / total
            anchored = n_anchored / total
            align, caption, heading, credit, signed = self._block_ctx
            self.blocks.append(
                {"kind": "text", "text": text, "italic": italic, "bold": bold or heading, "align": align,
                 "caption_hint": caption, "heading": heading, "link_ratio": round(linked, 3), "credit_hint": credit,
                 "anchor_ratio": round(anchored, 3), "byline_hint": signed}
            )  # fmt: skip
            if self._footnote:
                self.blocks[-1]["footnote"] = True
            if n_filed / total >= 0.9:
                self.blocks[-1]["file_link"] = True  # the line is a file's name linking the file
        self._run = []
        self._footnote = False

    def walk(self, el: HtmlElement, italic: bool, bold: bool, link: bool | str, align: str | None, caption: bool, heading: bool) -> None:
        tag = el.tag
        if not isinstance(tag, str) or (tag in SKIP_TAGS and not heading_button(el)) or el in self.skip or (is_hidden(el) and not revealed_on_click(el)):
            if tag == "a" and el in self.skip and (self._run or _NOTE_BACKLINK.match(el.get("href") or "")) and is_footnote_mark(el):
                # a footnote's back-link ("↩"): the line it closes is a footnote (or opens: Word's
                # note starts with its number linking back to the call, "#_ftnref1")
                self._footnote = True
            return
        if "field-label" in (el.get("class") or "").split() and _labels_photos(el):
            return  # (a CMS's label of its photos' field, Drupal's "Một số hình ảnh:" over an image field: no text)
        if tag == "form" and (is_vote_form(el) or is_message_form(el)):
            return  # (Mambo's "Đánh giá của người dùng: ★★★☆☆ / 2 Kém ○○○○○ Tốt nhất" above the text)
        if tag in ("div", "section", "aside") and len(el) >= 2 and _headed_link_list(el):
            return  # (a "Tin liên quan" box floated into the text: its header, then its list of links)
        if tag in ("div", "section", "article") and len(el) >= 2 and _linked_whole(el):
            return  # (a card linked whole by an empty anchor over it: another page's teaser)
        if tag in ("div", "pre") and _template_error(el):
            return  # (a template engine's error report where a field failed: Liferay's FreeMarker box)
        if tag == "img":
            if is_avatar(el):
                return  # (the line of names goes on past the face beside them)
            emoji = inline_emoji(el)
            if emoji is not None:
                # (the line goes on past it; one opening the line is its bullet, "👉 Thời gian: …",
                # as a list's marker is no text)
                if any(piece[0].strip() for piece in self._run):
                    self._run.append((emoji, italic, bold, link))
                return
            url = image_url(el, self.base_url)
            if not url or is_decoration(el):
                return  # (an icon inside a line, "<a><img src=print.gif> In tin</a> | …", does not break it)
            self.flush()
            if url:
                anchor = next((a for a in el.iterancestors("a") if a.get("href")), None) if link in (True, "file") else None
                self.blocks.append({"kind": "image", "url": url, "alt": clean_line(el.get("alt") or ""),
                                    "text": "", "align": align, "caption_hint": caption, "linked": link in (True, "file"),
                                    "href": anchor.get("href", "").strip() if anchor is not None else None,
                                    "lightbox_caption": lightbox_caption(anchor) if anchor is not None else None,
                                    "row": photo_row(el)})  # fmt: skip
                title = clean_line(el.get("title") or "")
                parent = el.getparent()
                after = el.getnext()  # (or the rendered line right after it: "<img …><p class=img_caption>")
                while after is not None and after.tag == "br" and not (el.tail or "").strip() and not (after.tail or "").strip():
                    after = after.getnext()  # (past a line break: Drupal's caption filter, "<img …><br><span class=caption>")
                # (a figure's own line is rendered too: Joomla 3's intro image "<figure><img
                # class=caption title=…><figcaption>…")
                rendered = (parent is not None and (has(parent, "caption") or (parent.getparent() is not None and has(parent.getparent(), "caption")))) or (
                    after is not None and isinstance(after.tag, str) and (has(after, "caption") or after.tag == "figcaption")
                ) or (parent is not None and parent.tag == "figure" and next(parent.iter("figcaption"), None) is not None) or (
                    # (the line after the image's inline wrapper: JA Teline's full-text image, "<span
                    # itemprop=image><img class=caption title=…><meta…></span><p class=img-caption>")
                    parent is not None and parent.tag == "span" and (line := parent.getnext()) is not None and isinstance(line.tag, str) and has(line, "caption")
                )
                if title and "caption" in (el.get("class") or "").split() and not rendered and self._runs_caption_script(el):
                    # Joomla's caption plugin: <img class="caption" title="…"> is shown with its
                    # title printed under it (caption.js), unless the page already holds the
                    # rendered box ("div.img_caption" with its line); a title alone is a tooltip
                    # (and where the page loads no caption script, Joomla 4's, a tooltip too)
                    self.blocks.append({"kind": "text", "text": title, "italic": False, "bold": False, "align": align,
                                        "caption_hint": True, "heading": False, "link_ratio": 0.0, "credit_hint": False, "anchor_ratio": 0.0})  # fmt: skip
            return
        if tag == "table" and is_data_table(el):
            self.flush()
            for row, tr in data_table_rows(el):
                self.blocks.append({"kind": "text", "text": row, "italic": False, "bold": False, "align": align,
                                    "caption_hint": False, "heading": False, "link_ratio": 0.0, "table_row": True})  # fmt: skip
                if _offers_files(tr):
                    self.blocks[-1]["file_link"] = True  # a row of an attachments table: a file's icon and its linked name
            return
        if tag == "br":
            self.flush()
            return
        style = el.get("style") or ""
        cls = el.get("class") or ""
        italic = italic or tag in ("em", "i", "cite") or bool(style and _STYLE_ITALIC.search(style)) or bool(cls and _CLASS_ITALIC.search(cls))
        bold = bold or tag in ("strong", "b") or bool(style and STYLE_BOLD.search(style)) or bool(cls and CLASS_BOLD.search(cls))
        if tag == "a" and el.get("href") and not link and not _opens_panel(el):
            # "#" marks an in-page anchor (a table of contents' entries), True a link elsewhere
            # and "file" a file to download (WordPress's file block: the file's name as its link)
            href = el.get("href", "").strip()
            # (a picture's own file around its figcaption is no file offered: Trix wraps a photo
            # and its caption in a link to the photo; a lightbox's file name meta stays a file's)
            # (nor one holding the photo and a caption box: Flatsome's lightbox "<a href=a.jpg><img>
            # <div class=caption>…</div></a>")
            link = "#" if href.startswith("#") and len(href) > 1 else ("file" if is_attachment(join_url(self.base_url, href)) and not (_PICTURE_FILE.search(href) and (next(el.iter("figcaption"), None) is not None or _photo_and_caption(el))) else True)
        # an inline box its names call a caption (K2's span.itemImageCaption) is a line of its own
        # (inside a caption a credit box is part of the line as printed: "… <small class=credit>- Ảnh: X</small>")
        # (and an inline line after the photo in a photo's own box: Tumblr's photoset cell "<div
        # class=o-anh><a><img></a><span>Chi đội 8A2 – …</span></div>")
        # (a credit's own box inside the caption, Newspack's "<figcaption>… <span class=image-credit>Ảnh:
        # <a>X</a></span>", is a line of its own: the photographer's, not the caption's words)
        block = tag in BLOCK_TAGS or (tag in ("span", "small", "em") and ((not caption and (has(el, "caption", "credit") or photo_item_line(el))) or (caption and not self._block_ctx[3] and has(el, "credit") and not _RUN_ON_CREDIT.match(text_of(el)))))
        # an inline date box the text runs on from ("<span class=news-date-time>14.11.2026
        # 10:35</span>Những năm qua, …", 1C-Bitrix's plain-text detail) is a line of its own
        block = block or (tag in ("span", "small", "time") and bool(cls) and len((el.tail or "").strip()) > 40 and _DATE_BOX.search(cls) is not None)
        # (an inline box a utility class displays as a block, Tailwind's "block", Bootstrap's
        # "d-block": a line of its own, "<b class=block>ThS. X</b><span>Phó Trưởng phòng …</span>")
        block = block or (tag in _INLINE_BOXES and bool(cls) and _DISPLAY_BLOCK.search(cls) is not None)
        if block:
            self.flush()
            align = _align_of(el) or align
            caption = caption or (tag == "figcaption" and _figure_shows_media(el)) or (has(el, "caption") and not _text_named_caption(el)) or photo_item_line(el) or (tag == "p" and (_after_embed(el) or _line_of_figure(el))) or (tag in ("p", "div") and _titles_embed(el)) or line_over_lone_photo(el)
            credit = self._block_ctx[3] or has(el, "credit")
            # (a paragraph style its names call the author's: Adobe Muse's "<p class=Tac-gia>"; the
            # paragraph's own names only, not a box's around it: an about-the-author box holds the
            # poster's job and bio, no signature)
            # (or a box of one line so named, no paragraph in it: "<div class=tac-gia>Khoa Xây dựng
            # Đảng</div>" under the date line)
            signed = (tag == "p" or (tag == "div" and not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el))) and (has(el, "byline") or _signs_by_its_span(el))
            heading = (heading or tag in HEADINGS) and not caption
            if tag == "tr":
                table = next(el.iterancestors("table"), None)
                if table is not None and re.search(r"\bimage\b|\bimg\b|caption", table.get("class", ""), re.I):
                    caption = caption or el.getprevious() is not None
                elif table is not None and _line_over_photo_row(el, table):
                    caption = True
            saved = self._block_ctx
            self._block_ctx = (align, caption, heading, credit, signed)
            first = len(self.blocks)
            # (a box that keeps its breaks but holds boxes of its own, paragraphs and pictures,
            # is read by them: the breaks between them are the template's indentation, SvelteKit's
            # "nd-bv" styled pre-line around the text's <p>s)
            keeps = tag == "pre" or (_KEEPS_BREAKS.search(f"{el.get('class') or ''} {el.get('style') or ''}") is not None and next(el.iterdescendants(*BLOCK_TAGS, "img"), None) is None)
            if keeps and "\n" in text_of(el).strip() and next(el.iter("code"), None) is None:
                # preformatted lines, each a line as the page shows it (a poem in WordPress's verse
                # block): the browser keeps the breaks the text holds (a code listing, "<pre><code>",
                # is read as one block, as before)
                for line in text_of(el).split("\n"):
                    if line.strip():
                        self._run.append((line, italic, bold, link))
                        self.flush()
                self._block_ctx = saved
                return
        elif tag in ("font", "span"):
            align = _align_of(el) or align
        text = el.text
        if tag == "joomla-hidden-mail" or (tag == "span" and (el.get("id") or "").startswith("cloak")):
            # Joomla 4/5's e-mail cloaking: the address a browser's script writes in, kept in
            # base64 attributes; the text inside is a notice for readers without scripts (Joomla
            # 3's: a "<span id=cloak…>" notice and the script after it that writes the address)
            text = (hidden_mail(el) if tag == "joomla-hidden-mail" else cloaked_mail(el)) or text
            if text:
                self._run.append((text, italic, bold, link))
            return
        if text:
            self._run.append((text, italic, bold, link))
        # (a row of the post's fields as boxes side by side, "<div><time>27 tháng 11, 2026</time><span>Tác
        # giả: X</span><span>574 lượt xem</span></div>", glued in the markup and set apart by the
        # page's styles: a line each, the day, the byline and the count each read as what it is)
        fields = block and tag in ("div", "p") and fields_row(el)
        hiding = False  # (between the scripts of Joomla 1.5/2.5's cloak that hide its notice)
        for child in el:
            if hiding and child.tag != "script":
                continue
            self.walk(child, italic, bold, link, align, caption, heading)
            if child.tag == "script" and child.text and "document.write" in child.text:
                mail, hides = script_writes(child.text)
                if mail:
                    self._run.append((mail, italic, bold, link))
                hiding = hiding if hides is None else hides
                if hiding:
                    continue
            tail = child.tail
            if tail and not (fields and _only_separators(tail)):
                # (a row's separators between its fields part them: no text of either)
                self._run.append((tail, italic, bold, link))
            if fields and not _row_label(child):
                self.flush()
        if block:
            self.flush()
            self._block_ctx = saved
            if tag == "td" and el.get("colspan"):
                photos = _photos_spanned(el)
                if photos:
                    for b in self.blocks[first:]:
                        if b["kind"] == "text":
                            b["spans_photos"] = photos  # (move_captions gives the line to each of them)


#: a box whose styles keep the text's line breaks (Tailwind's "whitespace-pre-line", a
#: "white-space: pre-wrap" style): its lines are lines, as a <pre>'s are
_KEEPS_BREAKS = re.compile(r"whitespace-pre(?:-line|-wrap)?\b|white-space\s*:\s*pre", re.I)


#: a line that is a paragraph's own markup typed out: tags of text around words
_ESCAPED_TAGS = re.compile(r"^(?:<(?:p|strong|b|em|i|span|div|u)(?:\s[^<>]*)?>\s*)+(?P<words>[^<>]*(?:<(?:/?(?:strong|b|em|i|span|u|br)\s*/?)>[^<>]*)*?)(?:\s*</(?:p|strong|b|em|i|span|div|u)>)+$", re.I)
_INLINE_TAG = re.compile(r"</?\w+\s*/?>")


#: a credit box that prints its own dash, run on after the caption as one line ("… <small
#: class=credit>- Ảnh: Thu Hương</small>", Wagtail's): the caption as displayed holds it
_RUN_ON_CREDIT = re.compile(r"^\s*[-–—|]")


def _only_separators(text: str) -> bool:
    """Nothing but white space and the marks a row of fields is parted by (" | ", " · ")."""
    return not text.strip().strip("·|•-–")


def _row_label(child: HtmlElement) -> bool:
    """A field's label in a box of its own, its value in the next ("<span>Đăng lúc</span>
    <time>10:00 | 19/11/2026</time>"): read on one line with it."""
    nxt = child.getnext()
    if nxt is None or not isinstance(child.tag, str):
        return False
    text = text_of(child).strip()
    return 0 < len(text.split()) <= 3 and not any(ch.isdigit() for ch in text) and (text.endswith((":", "：")) or nxt.tag == "time")


#: the inline boxes a row of a post's fields is made of
ROW_FIELDS = frozenset(("time", "span", "a", "small", "em", "b", "i", "strong"))


def fields_row(box: HtmlElement) -> bool:
    """A box of the post's fields side by side, no text of its own (SvelteKit/Tailwind's "<div
    class='flex gap-4'><time>5 tháng 9, 2026</time> <span>Tổ Văn phòng</span> <span>415 lượt
    xem</span> <a>Học tập</a></div>"): three inline boxes or more, one of them the day, a short line."""
    if box.tag not in ("div", "p") or len(box) < 3 or (box.text or "").strip():
        return False
    fields = [c for c in box if isinstance(c.tag, str)]  # (a framework's comment markers between them)
    # (the boxes may stand on lines of their own in the markup: a newline between them is no text)
    if len(fields) < 3 or any(c.tag not in ROW_FIELDS or not _only_separators(c.tail or "") for c in fields):
        return False
    text = clean_line(text_of(box))
    return len(text) <= 150 and any(c.tag == "time" or is_date_line(clean_line(text_of(c))) for c in fields)


def photo_row(img: HtmlElement) -> int | None:
    """An id shared by photos set side by side in one line ("<p><img class=alignleft><img
    class=alignright></p>", each maybe in its link): the line holds only them, with nothing
    between them, not even a line break; else None. A caption line under the row captions each of
    them (crawler.clean.steps.move_captions)."""
    unit = img.getparent() if img.getparent() is not None and img.getparent().tag == "a" else img
    line = unit.getparent()
    if line is None or (line.text or "").strip():
        return None
    units = [k for k in line if isinstance(k.tag, str)]
    if len(units) < 2 or any(not (k.tag == "img" or (k.tag == "a" and len(k) == 1 and k[0].tag == "img" and not (k.text or "").strip())) for k in units):
        return None
    if any((k.tail or "").strip() for k in units[:-1]):
        return None
    # side by side only when they fit one line of a page's text column (each one's declared width;
    # four photos of 700 px in one box are stacked: a line under them is the last one's)
    widths = [_declared_width(k if k.tag == "img" else k[0]) for k in units]
    if any(w is None for w in widths) or sum(widths) > ROW_MAX_WIDTH:  # type: ignore[arg-type]
        return None
    return id(line)


#: the widest line of photos read as side by side (a text column is rarely wider)
ROW_MAX_WIDTH = 900
_STYLE_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*(\d+)(?:\.\d+)?px", re.I)


def _declared_width(img: HtmlElement) -> int | None:
    """The width the page gives the picture, in pixels (its width attribute or style), or None."""
    value = (img.get("width") or "").strip().removesuffix("px")
    if value.isdigit():
        return int(value)
    m = _STYLE_WIDTH.search(img.get("style") or "")
    return int(m.group(1)) if m else None


def _photos_spanned(cell: HtmlElement) -> int:
    """How many photos a table cell spanning several columns sits under: the row above holds
    one photo in each of the columns it spans ("<tr><td><img></td><td><img></td></tr><tr><td
    colspan=2>caption</td></tr>", two photos side by side under one line), else 0."""
    row = cell.getparent()
    above = row.getprevious() if row is not None else None
    span = cell.get("colspan", "").strip()
    if above is None or above.tag != "tr" or not span.isdigit() or int(span) < 2 or len([c for c in row if isinstance(c.tag, str)]) != 1:
        return 0
    cells = [c for c in above if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) != int(span) or not all(sum(1 for _ in c.iter("img")) == 1 for c in cells):
        return 0
    return len(cells)


#: the back-link that ends a footnote ("↩", kramdown's and Markdown's "reversefootnote")
_BACK_ARROWS = frozenset({"↩", "↩\ufe0e", "↩\ufe0f", "↑", "^", "⤴", "[return]", "[↩]", "[^]"})


#: where lightbox scripts read the caption they show under the enlarged photo (Squarespace's
#: gallery, lightGallery's data-sub-html, Fancybox's data-caption, Lightbox2's data-title)
_LIGHTBOX_CAPTION_ATTRIBUTES = ("data-caption", "data-description", "data-sub-html", "data-title")


#: a link its rel hands to a lightbox script ("lightbox[123]", "prettyPhoto[gal]", "shadowbox")
_LIGHTBOX_REL = re.compile(r"\s*(?:lightbox|prettyphoto|shadowbox|fancybox|slimbox|colorbox)", re.I)


def _line_of_figure(el: HtmlElement) -> bool:
    """A paragraph inside a <figure> after its picture (PaperMod's cover, "<figure
    class=entry-cover><img …><p>Học sinh dâng hương …</p></figure>"): the figure's caption."""
    parent = el.getparent()
    if parent is None or parent.tag != "figure":
        return False
    return any(k.tag in ("img", "picture", "a") and next(k.iter("img"), None) is not None for k in el.itersiblings(preceding=True) if isinstance(k.tag, str))


#: inline elements a class may display as blocks, and the classes that do
_INLINE_BOXES = frozenset({"span", "b", "strong", "em", "i", "small", "label", "time"})
_DISPLAY_BLOCK = re.compile(r"(?:^|\s)(?:block|d-block|uk-display-block|display-block)(?:\s|$)")


def _after_embed(el: HtmlElement) -> bool:
    """A paragraph right after an embedded player in its box (a clip's "<iframe>" then "<p>Video:
    Hướng dẫn …</p>"): the player's line, as a photo's under it is the photo's."""
    prev = previous_element(el)
    if prev is None:
        return False
    if "justify" in f"{el.get('style') or ''} {el.get('align') or ''}".lower():
        return False  # (a paragraph set as the text is, justified, goes on with the text after the clip)
    return prev.tag in ("iframe", "video") or (prev.tag in ("div", "figure", "p") and next(prev.iter("iframe", "video"), None) is not None and not text_of(prev).strip())


#: a clip's title by its kind ("Video: Toàn cảnh lễ phát động", "Clip: …")
_MEDIA_TITLE = re.compile(r"^\s*(?:video|clip)\s*[:：]", re.I)


def _titles_embed(el: HtmlElement) -> bool:
    """A line naming a clip right over its player (Drupal's video paragraph: its title field, then
    the embed field): the player's line, as a line under it is (``_after_embed``)."""
    if len(el) > 2 or not _MEDIA_TITLE.match(text_of(el)):
        return False
    nxt = next((sib for sib in el.itersiblings() if isinstance(sib.tag, str)), None)
    return nxt is not None and (nxt.tag in ("iframe", "video") or (nxt.tag in ("div", "figure", "p") and next(nxt.iter("iframe", "video"), None) is not None and not text_of(nxt).strip()))


def lightbox_caption(anchor: HtmlElement) -> str | None:
    """The caption a photo's enlargement link carries for its lightbox (its markup as text: the
    attribute often holds "<p>…</p>"), or None."""
    names = _LIGHTBOX_CAPTION_ATTRIBUTES
    if _LIGHTBOX_REL.match(anchor.get("rel") or "") or anchor.get("data-lightbox") is not None or anchor.get("data-fancybox") is not None:
        names = (*names, "title")  # Lightbox2's and Slimbox's own: <a rel="lightbox[album]" title="…">
    for name in names:
        value = (anchor.get(name) or "").strip()
        if value:
            text = clean_line(lxml_html.fragment_fromstring(value, create_parent="div").text_content()) if "<" in value else clean_line(value)
            if text and _names_its_file(text, anchor.get("href") or ""):
                return None  # the viewer's own line naming the file ("Bạn đang xem ảnh có tên tệp DSC_0412.jpg", Simple Image Gallery's)
            if text:
                return text
    return None


def _names_its_file(text: str, href: str) -> bool:
    """A short line that names the linked file by its name: a gallery plugin's default tooltip,
    which says nothing the editor wrote."""
    name = href.rsplit("/", 1)[-1].split("?", 1)[0]
    return "." in name and len(text.split()) <= 12 and name.casefold() in text.casefold()


#: the address a footnote's call links to its note by ("#footnote-1", "#fn1", "#fn:1", "#_ftn1")
_NOTE_TARGET = re.compile(r"^#(?:_?ftn|fn[:_-]?|footnote[:_-]?)\d+$", re.I)
#: the address a note's number links back to its call by ("#footnote-anchor-1", "#fnref1", "#_ftnref1")
_NOTE_BACK_TARGET = re.compile(r"^#(?:_?ftnref|fnref[:_-]?|footnote-anchor[:_-]?)\d+$", re.I)

#: the address a footnote's number links back to its call by (Word's "#_ftnref1", "#fnref1", or
#: with a prefix of its own: XWiki's "#x_footnote_ref_1")
_NOTE_BACKLINK = re.compile(r"#(?:[a-z]{1,8}_)?(?:_?(?:ftn|fn)ref|footnote-anchor|footnote[_-]?ref)", re.I)


def is_footnote_mark(el: HtmlElement) -> bool:
    """A footnote's call in the text (``<sup><a href="#fn:1">1</a></sup>``) or its back-link
    ("↩"): marks that point within the page, not words of the text. A call printed in brackets
    ("XIII<sup><a href=#_ftn1>[1]</a></sup>", Word's) reads as the text's own reference to its
    note "[1] …", as a page without the link prints it: it stays; a bare number would only glue
    itself to the word before it ("XIII1")."""
    tag = el.tag
    if tag == "sup":
        a = next(el.iter("a"), None)
        label = text_of(el).strip()
        return a is not None and (a.get("href") or "").startswith("#") and label.strip("()").isdigit() and len(label) <= 5
    if tag == "a":
        href = el.get("href") or ""
        if href.startswith("#") and text_of(el).strip() in _BACK_ARROWS:
            return True  # (a back-link set in a sup of its own: WriteFreely's "<a href=#fnref:1><sup>[return]</sup></a>")
        if href.startswith("#") and next(el.iter("sup"), None) is not None:  # (Word's nests it in spans)
            label = text_of(el).strip()
            return label.strip("()").isdigit() and len(label) <= 5  # Pandoc's "<a href=#fn1><sup>1</sup></a>"
        if text_of(el).strip().isdigit() and len(text_of(el).strip()) <= 3:
            if _NOTE_TARGET.match(href):
                return True  # a bare number linking to its note, no <sup> (Substack's "1965<a href=#footnote-1>1</a>")
            if _NOTE_BACK_TARGET.match(href) and not (el.tail or "").strip():
                # the note's number linking back to its call in a box of its own before the note's
                # text (Substack's "footnote-number"); "<a href=#_ftnref2>2</a>. Sato …" prints it
                nxt = el.getnext()
                return nxt is not None and nxt.tag in ("div", "p")
        return href.startswith("#") and text_of(el).strip() in _BACK_ARROWS
    return False


def _rows_of_links(table: HtmlElement) -> bool:
    """Most rows of the table with text are a link and what follows it ("Các tin khác" in a table,
    "<td><img arrow></td><td><a>title</a> (03/12/2026)</td>"): a list of other pages, whatever
    its cells make of it, no data its names' noise would spare."""
    rows = [tr for tr in table.iter("tr") if clean_line(text_of(tr))]
    linked = sum(1 for tr in rows if (a := next(tr.iter("a"), None)) is not None and len(clean_line(text_of(a))) >= 0.6 * len(clean_line(text_of(tr))))
    return len(rows) >= 2 and linked >= 0.6 * len(rows)


def linearize(elements: list[HtmlElement], base_url: str, drop_noise: bool = True, leave_out: tuple[HtmlElement, ...] = ()) -> list[Block]:
    """Blocks of the given elements (document order), skipping noise subtrees inside them and the
    ``leave_out`` subtrees (read elsewhere: the sapo inside a lead photo's box)."""
    skip: set[HtmlElement] = set(leave_out)
    for root in elements:
        for el in root.iterdescendants():
            if not isinstance(el.tag, str):
                continue
            # (a table of data is the text's whatever a modifier in its class says: "table isSearch")
            # (a code block's highlighted tokens are its text, whatever their names: Prism's "token keyword")
            if _cloned_slide(el) or _day_badge_box(el) or (drop_noise and is_noise(el) and not _photo_carousel(el) and not (el.tag == "table" and is_data_table(el) and not _rows_of_links(el)) and next(el.iterancestors("pre", "code"), None) is None) or is_control(el) or is_footnote_mark(el) or (el.tag == "figcaption" and _captions_no_photo(el)) or (drop_noise and _table_of_contents(el)):
                hidden_panes = _text_in_tabs(el) if drop_noise and el.tag == "div" else None
                if hidden_panes is None:
                    skip.add(el)
                else:
                    skip.update(hidden_panes)
            elif drop_noise and el.tag == "div" and "tab" in (el.get("class") or "") and (hidden_panes := _text_in_tabs(el)) is not None:
                # (the article's own tabs, named no furniture, "tab-content" under "Nội dung |
                # Tệp đính kèm (0)": the panes not shown are the files' and the comments')
                skip.update(hidden_panes)
            elif drop_noise and el.tag in _CARD_HEADINGS and (card := _teaser_card(el, root)) is not None:
                skip.add(card)
            elif drop_noise and el.tag == "div" and _author_card(el):
                skip.add(el)
    lin = _Linearizer(base_url, frozenset(skip))
    for root in elements:
        lin.walk(root, False, False, False, _inherited_align(root), False, False)
        lin.flush()
    return lin.blocks


def _author_card(box: HtmlElement) -> bool:
    """The writer's card over the text: a box its names call the byline, holding the writer's
    avatar beside a line or two of a name and a post ("<div class=tac-gia><img avatar.jpg><div>
    Trần Minh Đức</div><div>Chuyên viên Phòng GD&ĐT</div></div>"). Its name is read as the
    field's author; its lines are no text."""
    if not has(box, "byline") or len(clean_line(text_of(box))) > _AUTHOR_CARD_CHARS:
        return False
    first = next(box.iter("img"), None)
    return first is not None and (is_avatar(first) or ((first.get("width") or "").isdigit() and int(first.get("width")) <= 96))


_AUTHOR_CARD_CHARS = 120


_CARD_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
#: the most a card of another post prints: its title, a line of its teaser, a button
_CARD_CHARS = 400


def _teaser_card(heading: HtmlElement, root: HtmlElement) -> HtmlElement | None:
    """A card of another post set inside the text (Piranha's post block: "<div class=card><a
    href=/tin-tuc/x><img></a><div class=card-body><h5><a href=/tin-tuc/x>Title</a></h5><p>teaser
    …</p><a href=/tin-tuc/x>Đọc tiếp</a>"): a short box whose heading is wholly a link to another
    page that the box links again (its picture, its button). A related link, no text of this one."""
    a = next((x for x in heading.iter("a") if x.get("href") and not x.get("href", "").startswith("#")), None)
    if a is None or clean_line(text_of(a)) != clean_line(text_of(heading)):
        return None
    href = a.get("href")
    box = heading
    for _ in range(3):
        box = box.getparent()
        if box is None or box is root:
            return None
        if box.tag not in ("div", "article", "section", "li"):
            continue
        if len(clean_line(text_of(box))) > _CARD_CHARS:
            return None
        if any(x.get("href") == href for x in box.iter("a") if x is not a and not within(x, heading)):
            # (the card's whole box: its picture's link beside the body holding the title)
            while (up := box.getparent()) is not None and up is not root and up.tag in ("div", "article", "section", "li") and len(clean_line(text_of(up))) <= _CARD_CHARS and all(x.get("href") == href for x in up.iter("a") if x.get("href")):
                box = up
            return box
    return None


#: a carousel's names (Slick, Swiper, Owl, Splide, Flexslider, Bootstrap's carousel)
_CAROUSEL = re.compile(r"(?:^|[\s_-])(?:slick|slider|carousel|swiper|owl|splide|flexslider|slideshow)(?:$|[\s_-])", re.I)
#: the copies a carousel script makes of its first and last slides to loop (Slick's
#: "slick-cloned", Swiper's "swiper-slide-duplicate", Owl's "cloned")
_CLONED_SLIDE = frozenset({"slick-cloned", "swiper-slide-duplicate", "cloned"})


#: a tab's pane, by its role or Bootstrap's, Foundation's and jQuery UI's names
_TAB_PANE = re.compile(r"(?:^|\s)(?:tab-pane|tabs-panel|ui-tabs-panel)(?:\s|$)")
_ACTIVE_PANE = frozenset({"active", "show", "is-active", "in"})
#: the text a tab's pane must hold, mostly unlinked, to be the article's (not a tab of latest news)
_PANE_TEXT_CHARS = 200


def _text_in_tabs(el: HtmlElement) -> list[HtmlElement] | None:
    """The panes a reader does not see, when ``el`` is a box of tabs whose shown pane is the text
    ("<div class=tab-content><div class='tab-pane active'>the text</div><div class=tab-pane>the
    files</div></div>" inside the article's box): its names call it furniture (a sidebar's "Tin
    mới | Xem nhiều" tabs), but the text is in it. None when it is no such box."""
    panes = [c for c in el if isinstance(c.tag, str) and (c.get("role") == "tabpanel" or _TAB_PANE.search(c.get("class") or ""))]
    if len(panes) < 2:
        return None
    shown = [p for p in panes if not _ACTIVE_PANE.isdisjoint((p.get("class") or "").split()) and p.get("hidden") is None and p.get("aria-hidden") != "true"]
    if len(shown) != 1:
        return None
    text = " ".join(text_of(shown[0]).split())
    linked = sum(len(" ".join(text_of(a).split())) for a in shown[0].iter("a"))
    if len(text) < _PANE_TEXT_CHARS or linked > 0.5 * len(text):
        return None
    return [p for p in panes if p is not shown[0]]


def _photo_carousel(el: HtmlElement) -> bool:
    """A carousel of photos inside the article's text (a gallery paragraph shown as a Slick
    slider): the article's photos, though a page's banner slider is furniture."""
    cls = el.get("class") or ""
    if not _CAROUSEL.search(cls) or next(el.iter("img"), None) is None or not role_families(el):
        return False
    if _SLIDER_STATE.search(cls):
        # (a slider's state names its arrows, Meta Slider's "nav-hidden": no menu's name; a strip
        # of thumbnails steering the slider, "slick--thumbnail … gallery-nav", stays a menu)
        return not (families(_SLIDER_STATE.sub(" ", cls)) & NOISE) - {"chrome", "column", "banner"}
    return all(found & NOISE <= {"chrome", "column", "banner"} for found in role_families(el))


#: a carousel's state class naming its arrows or dots ("nav-hidden", "has-arrows", "no-dots")
_SLIDER_STATE = re.compile(r"(?:^|\s)(?:(?:nav|arrows?|dots|controls?)-(?:hidden|visible|none|off|on|inside|outside)|(?:no|has|with)-(?:nav|arrows?|dots|controls?))(?=\s|$)")


def _photo_and_caption(link: HtmlElement) -> bool:
    """A link holding a photo and a box its names call the photo's caption."""
    return next(link.iter("img"), None) is not None and any(has(d, "caption") for d in link.iterdescendants() if isinstance(d.tag, str) and d.tag != "img")


def _day_badge_box(el: HtmlElement) -> bool:
    """A date tile its names call one, over a post's photo, its day and month on two lines
    (Flatsome's "badge post-date": "03" / "Th12"): no text, and no caption of the photo."""
    cls = el.get("class")
    return bool(cls) and _DATE_BOX.search(cls) is not None and len(el) > 0 and is_day_badge(clean_line(text_of(el)))


def _cloned_slide(el: HtmlElement) -> bool:
    cls = el.get("class")
    return bool(cls) and not _CLONED_SLIDE.isdisjoint(cls.split())


#: a photographer's credit opening a line ("Ảnh: X", "Ảnh - X")
_GALLERY_CREDIT = re.compile(r"^\s*\(?\s*(?:ảnh|hình ảnh|photo)\s*[:：-]", re.I)


def _table_of_contents(el: HtmlElement) -> bool:
    """A box its names call a table of contents, opened by a contents heading over its links
    ("Mục lục bài viết", Joomla's article index, in a UIkit card whose "uk-card-body" names it
    text too): no words of the text, whatever else its names say. (Mostly links: a text's
    section its theme names "toc-…" keeps its words.)"""
    if not has(el, "toc") or el.tag in ("a", "li", "ul", "ol"):
        return False
    first = next((t for t in el.itertext() if t.strip()), "")
    if not is_toc_heading(first):
        return False
    text = len(clean_line(text_of(el)))
    return text <= 600 and sum(len(clean_line(text_of(a))) for a in el.iter("a")) >= 0.5 * (text - len(clean_line(first)))


def _captions_no_photo(figcaption: HtmlElement) -> bool:
    """The caption of a figure that is no photo: an embedded video (a figure with an iframe or
    video and no photo: it describes what the reader cannot get from the text), a table (as a
    table's own ``<caption>``, which the rows leave out) or a gallery of figures whose photos
    carry their own captions (Gutenberg's "blocks-gallery-caption", after its figures or, before
    WordPress 5.9, after a "blocks-gallery-grid" list of them). None of them is a line of the
    text, and no image carries it."""
    figure = figcaption.getparent()
    if figure is None or figure.tag != "figure":
        return False
    if next(figure.iterchildren("figure", "table"), None) is not None or next(islice(figure.iterdescendants("figure"), 1, None), None) is not None:
        # (but a gallery's credit, "Ảnh: Đoàn Minh Khoa", names its photographer: a line read as one)
        return not _GALLERY_CREDIT.match(text_of(figcaption))
    return next(figure.iter("img"), None) is None and next(figure.iter("iframe", "video", "table"), None) is not None


def _inherited_align(el: HtmlElement) -> str | None:
    for anc in el.iterancestors():
        a = _align_of(anc)
        if a:
            return a
    return None


#: Joomla 3's cloaking script: "var addy_text<id> = 'vinhdq' + '&#64;' + 'daklak' + …;"
_CLOAK_TEXT = "var addy_text{} = "
_CLOAK_TEXT_ANY = re.compile(r"var addy_text\w* = ")
_JS_PIECE = re.compile(r"\s*'((?:[^'\\]|\\.)*)'\s*(\+)?")


def cloaked_mail(span: HtmlElement) -> str | None:
    """The e-mail address Joomla 3's cloaking script writes into ``<span id=cloak…>`` (the text
    its notice stands in for): the script's string pieces joined, its HTML entities decoded."""
    script = span.getnext()
    code = script.text or "" if script is not None and script.tag == "script" else ""
    at = code.find(_CLOAK_TEXT.format(span.get("id", "")[5:]))
    # (the variable named by the span's id, as Joomla 3 names it, or by a number of its own)
    found = _CLOAK_TEXT_ANY.search(code, at if at >= 0 else 0)
    if found is None:
        return None
    pieces: list[str] = []
    pos = found.end()
    # ('a' + 'b' + …: the literals joined, up to the first that no "+" follows; a ";" inside a
    # literal is an entity's, "&#64;")
    while (m := _JS_PIECE.match(code, pos)) is not None:
        pieces.append(m.group(1))
        pos = m.end()
        if not m.group(2):
            break
    shown = html.unescape("".join(pieces))
    return shown if "@" in shown and " " not in shown else None


#: Joomla 1.5/2.5's cloak: the script writing the address it assembled ("document.write(addy58214)")
_WRITES_ADDY = re.compile(r"document\.write\(\s*(addy\w*)\s*\)")
#: ... and the script opening (or closing) the hidden span around the notice for readers without scripts
_WRITES_HIDDEN_SPAN = re.compile(r"document\.write\(\s*'<span style=\\'display:\s*none;?\\'>'\s*\)")
_WRITES_SPAN_END = re.compile(r"document\.write\(\s*'</'\s*\);\s*document\.write\(\s*'span>'\s*\)")
_JS_LITERAL = re.compile(r"'((?:[^'\\]|\\.)*)'")


def script_writes(code: str) -> tuple[str | None, bool | None]:
    """What an inline script of Joomla 1.5/2.5's e-mail cloak shows a reader: the address it writes
    (its literals, "var addy1 = 'ql&#100;t' + '&#64;'; addy1 = addy1 + 'x' + '&#46;' + 'vn';",
    joined and their entities decoded), and whether it opens (True) or closes (False) the hidden
    span around the notice for readers without scripts ("Địa chỉ email này đang được bảo vệ …",
    printed between the two scripts)."""
    if _WRITES_HIDDEN_SPAN.search(code):
        return None, True
    if _WRITES_SPAN_END.search(code):
        return None, False
    name = _WRITES_ADDY.search(code)
    if name is None:
        return None, None
    var = re.escape(name.group(1))
    pieces: list[str] = []
    # (a statement a line: a ";" inside a literal is an entity's, "&#100;")
    for m in re.finditer(rf"^\s*(?:var\s+)?{var}\s*=(.*)$", code, re.M):
        pieces.extend(_JS_LITERAL.findall(m.group(1)))
    shown = html.unescape("".join(pieces))
    return (shown if "@" in shown and " " not in shown else None), None


def hidden_mail(el: HtmlElement) -> str | None:
    """The e-mail address a ``<joomla-hidden-mail>`` element shows once its script runs: its
    ``text`` attribute in base64 (the address, or the link's text), else ``first`` @ ``last``."""

    def decoded(name: str) -> str | None:
        value = el.get(name)
        if not value:
            return None
        try:
            return base64.b64decode(value, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return None

    shown = decoded("text")
    if shown:
        return shown
    first, last = decoded("first"), decoded("last")
    return f"{first}@{last}" if first and last else None
