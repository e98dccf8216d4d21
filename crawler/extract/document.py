"""Bytes to a parsed page: charset choice, repair of mixed bytes and legacy fonts, lxml tree.

Charset order: a BOM, then bytes that decode as UTF-8 (a page that declares windows-1258 but sends
UTF-8 is common after CMS upgrades), then the declared charset (HTTP header, then ``<meta>``), then
windows-1258 (the Vietnamese legacy code page). w3lib's ``html_to_unicode`` trusts the HTTP header
first, which is exactly what goes wrong on these portals, so the order is ours; w3lib still reads
the declarations.

Repairs (``Page.repair`` names them; the spider counts them as ``portal/encoding/<repair>``): UTF-8
with stray windows-1252/1258 bytes is read piece by piece (``crawler.core.mixedbytes``), and text
in the TCVN3 or VNI font encodings becomes Unicode, page-wide or only in the segments written in
such a font (``crawler.core.vnlegacy``). Both work on the decoded text before NFC.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass
from functools import cache

import lxml.html
from lxml import etree
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

from crawler.core import mixedbytes, vnlegacy
from crawler.core.elements import text_of
from crawler.core.text import clean_line, fold, nfc, strip_accents
from crawler.core.vocab import element_families
from crawler.phrases import phrase_list, phrase_set

#: single-byte code pages a Vietnamese page is declared in, rightly or by a tool's default
_WESTERN_OR_VIETNAMESE = frozenset({"cp1258", "cp1252", "iso8859-1", "latin-1", "windows-1252", "windows-1258"})
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
VIETNAMESE_FALLBACK = "cp1258"


@dataclass
class Page:
    url: str
    text: str
    encoding: str
    tree: lxml.html.HtmlElement
    #: what decoding repaired: "mixed-bytes", "tcvn3", "vni" (several joined by "+"), or None
    repair: str | None = None


def choose_encoding(body: bytes, content_type: str | None = None) -> str:
    return _choose(body, content_type)[0]


def _choose(body: bytes, content_type: str | None) -> tuple[str, str | None]:
    """The encoding, and the text when choosing it decoded the page already (valid UTF-8)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", text
    declared = http_content_type_encoding(content_type) if content_type else None
    body_declared = html_body_declared_encoding(body[:4096])
    names = [name for candidate in (body_declared, declared) if candidate and (name := resolve_encoding(candidate)) and name not in ("utf-8", "ascii")]
    if len(names) == 2 and VIETNAMESE_FALLBACK in names and names[0] != names[1] and set(names) <= _WESTERN_OR_VIETNAMESE:
        # the page and its server disagree between windows-1258 and a Western code page (FrontPage's
        # "windows-1252" meta left in a page the server sends as windows-1258, or a server's default
        # latin-1 over the page's own windows-1258): both read every byte, only one spells
        # Vietnamese, and these sites are written in Vietnamese
        return VIETNAMESE_FALLBACK, None
    if len(set(names)) == 1 and names[0] in _WESTERN_OR_VIETNAMESE and names[0] != VIETNAMESE_FALLBACK and _spells_vietnamese_in_cp1258(body, names[0]):
        # a Western code page declared over windows-1258 bytes (a site of the 2000s whose template
        # says "iso-8859-1" while its editor saved the posts in windows-1258): both read every
        # byte, only one spells Vietnamese, and these sites are written in Vietnamese
        return VIETNAMESE_FALLBACK, None
    if names:
        return names[0], None
    return VIETNAMESE_FALLBACK, None


def _spells_vietnamese_in_cp1258(body: bytes, western: str) -> bool:
    """The bytes read as windows-1258 spell Vietnamese words, and read as ``western`` they do not
    (a page in TCVN3 or VNI spells none either way: its fonts' reading comes later)."""
    sample = body[:_SAMPLE_BYTES]
    as_vietnamese = vnlegacy.score(sample.decode(VIETNAMESE_FALLBACK, errors="replace"))
    return as_vietnamese > 0 and as_vietnamese > 2 * max(vnlegacy.score(sample.decode(western, errors="replace")), 0)


#: how much of the page the code pages are weighed on
_SAMPLE_BYTES = 65536


def decode_raw(body: bytes, content_type: str | None = None) -> tuple[str, str, str | None]:
    """The page's text before NFC, the encoding used, and "mixed-bytes" when the bytes were UTF-8
    with stray windows-1252/1258 bytes, read piece by piece (else None)."""
    return _decode(body, content_type)[:3]


def _decode(body: bytes, content_type: str | None) -> tuple[str, str, str | None, bool]:
    """``decode_raw``, and whether the text is exactly the bytes read as UTF-8 (no BOM, no repair)."""
    encoding, text = _choose(body, content_type)
    if text is not None:
        return text, encoding, None, True
    if encoding not in ("utf-8", "utf-16-le", "utf-16-be"):  # not valid UTF-8 and no BOM
        mixed = mixedbytes.decode_mixed(body, encoding)
        if mixed is not None:
            return mixed[0], "utf-8", "mixed-bytes", False
    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:
        encoding = VIETNAMESE_FALLBACK
        text = body.decode(encoding, errors="replace")
    return text, encoding, None, False


def decode(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The page's text (NFC) and the encoding used."""
    text, encoding, _ = decode_raw(body, content_type)
    return nfc(text), encoding


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_PARSERS = threading.local()


def _parser() -> etree.HTMLParser:
    """lxml.html's parser with a lookup done in C: lxml.html's own picks a class per element in
    Python (form and input elements get theirs), a call for every element the extractor touches
    (a fifth of its time). Nothing here needs those classes, so every element is an HtmlElement.
    It reads UTF-8 bytes (the text is encoded again: libxml2 reads UTF-8 faster than a Python
    string's UCS-2 buffer, measured ~10 %), whatever the page declares, and builds no table of
    ids (a few per cent of the parse).
    One parser per thread: lxml parsers are not shared across threads."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(encoding="utf-8", collect_ids=False)  # no id table: nothing looks ids up
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity
            )
        )
        _PARSERS.parser = parser
    return parser


def html_tree(text: str, url: str | None = None) -> lxml.html.HtmlElement:
    """A document tree of HtmlElements, parsed with the fast-lookup parser."""
    return _utf8_tree((text or "<html></html>").encode("utf-8", "replace"), url)


def _utf8_tree(data: bytes, url: str | None) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(data or b"<html></html>", parser=_parser(), base_url=url)


#: UTF-8 lead bytes of U+0300-U+036F, the combining diacritics decomposed Vietnamese is written with
_COMBINING_LEADS = (b"\xcc", b"\xcd")


def _may_be_decomposed(body: bytes, exact_utf8: bool) -> bool:
    """Whether the page's text needs the NFC pass before parsing (a tenth of a millisecond on a
    20 kB page, as much as the rest of decoding): text decoded from another code page (windows-1258
    writes tone marks as combining characters) or repaired, or UTF-8 holding a combining
    diacritic. Other code points NFC changes (compatibility singletons such as U+2126, marks of
    other scripts) take no part in matching Vietnamese phrases, and every field leaves
    extraction NFC (``clean_line``, ``finalise_text``) whatever the tree holds."""
    return not exact_utf8 or any(lead in body for lead in _COMBINING_LEADS)


#: what a <noscript> may hold and still be a photo's fallback: the image, its link, its sources
#: (and a gallery's figures with their captions: a Vue album's fallback, ci4_vue_sgddt's)
_FALLBACK_TAGS = frozenset(("img", "picture", "source", "a", "span", "figure", "figcaption"))


def show_noscript_photos(tree: lxml.html.HtmlElement) -> None:
    """A photo printed only inside ``<noscript>`` is the photo a reader sees: the element is
    unwrapped. Adobe's Core Components image (and other script loaders) print the ``<img>`` only
    there and build the shown one from a data attribute. Where the parent already holds an
    ``<img>`` (a lazy placeholder beside its fallback) the fallback is a copy and stays skipped,
    as is a tracking pixel (a 1×1 or 0×0 ``<img>``) or a fallback with words or other markup."""
    for box in [ns for ns in tree.iter("noscript") if next(ns.iter("img"), None) is not None]:
        parent = box.getparent()
        if parent is None or (box.text or "").strip():
            continue
        inner = list(box.iter("img"))
        # (a client template's picture, "<img :src='anh[cur].src'>", has no address of its own:
        # it shows nothing before its script runs)
        if sum(1 for img in parent.iter("img") if img.get("src") or img.get("data-src")) > len(inner):
            continue
        if any(el.tag not in _FALLBACK_TAGS or (el.tail or "").strip() for el in box.iterdescendants()):
            continue
        if any(img.get("width", "").strip() in ("0", "1") or img.get("height", "").strip() in ("0", "1") for img in inner):
            continue
        box.drop_tag()


#: the markup of a page's own text: what a <noscript> printing the page for readers without
#: scripts holds, and a "please enable JavaScript" notice does not
_DOCUMENT_TAGS = ("p", "h1", "h2", "h3", "article", "li", "table")
#: the least text such a fallback holds (a notice that the site wants scripts is a line)
_FALLBACK_TEXT_MIN = 200


def show_noscript_content(tree: lxml.html.HtmlElement) -> None:
    """A single-page app that prints the page's content for readers and robots without scripts
    only inside ``<noscript>`` (Flarum's "flarum-content": the discussion's headline and posts,
    the app's own area empty until its script runs): that content is the page a reader without
    scripts sees, and it is unwrapped. A noscript of a line ("bật JavaScript"), of a tracking
    frame, or copying text the page already shows stays skipped."""
    boxes = [
        ns
        for ns in tree.iter("noscript")
        if ns.getparent() is not None and next(ns.iter(*_DOCUMENT_TAGS), None) is not None
    ]
    for box in boxes:
        words = clean_line(text_of(box))
        if len(words) < _FALLBACK_TEXT_MIN:
            continue
        longest = max((clean_line(text_of(p)) for p in box.iter("p", "li", "h1", "h2", "h3")), key=len, default="")
        box.tag = "div"  # (read as the page's without it, to see whether it prints the text already)
        box.set("hidden", "")
        shown = clean_line(text_of(tree.find("body") if tree.find("body") is not None else tree))
        del box.attrib["hidden"]
        if longest[:80] and shown.count(longest[:80]) > 1:
            box.tag = "noscript"  # a copy of text the page shows


def drop_word_list_markers(tree: lxml.html.HtmlElement) -> None:
    """Word's "Web Page" export prints a list item's bullet or number as text between
    ``<![if !supportLists]>`` and ``<![endif]>`` ("-", "1.", "·" and spaces in a 7pt font), where
    a browser's own list would draw it: the list's marker, not the item's words (as an ``<li>``'s
    bullet is not)."""
    for start in [c for c in tree.iter(etree.Comment) if (c.text or "").strip() == "[if !supportLists]"]:
        parent = start.getparent()
        if parent is None:
            continue
        start.tail = None
        for sib in list(start.itersiblings()):
            if not isinstance(sib.tag, str) and (sib.text or "").strip() == "[endif]":
                break
            parent.remove(sib)  # (its tail goes with it: the marker's spaces)
    # (Word names the marker's box itself: "<span style='mso-list:Ignore'>·<span>  </span></span>",
    # kept where an editor's paste lost the conditional comments around it)
    for span in [s for s in tree.iter("span") if "mso-list:ignore" in (s.get("style") or "").replace(" ", "").lower()]:
        if span.getparent() is not None and len(text_of(span).strip()) <= 4:
            span.drop_tree()
    # ("Web Page, Filtered" keeps no conditional comments: the marker is the list paragraph's
    # first span, "-" or "1." over a span of spaces in Word's 7pt font)
    for p in tree.iter("p"):
        if not (p.get("class") or "").startswith("MsoList"):
            continue
        marker = next(p.iter("span"), None)
        if marker is None or len((marker.text or "").strip()) > 4 or text_of(p).strip()[:1] != (marker.text or "").strip()[:1]:
            continue
        spacer = next(marker.iterdescendants("span"), None)
        if spacer is not None and "7.0pt" in (spacer.get("style") or "") and not (spacer.text or "").strip():
            marker.drop_tree()


#: labels whose value is the record's metadata, not its headline or text (a "Tiêu đề" or "Nội
#: dung" label's value may be either, so those stay as printed)
_VALUE_FIELDS = ("field_labels", "meta_labels")
_NOT_META_FIELDS = frozenset(fold(x) for x in ("Tiêu đề", "Nội dung", "Tóm tắt", "Mô tả"))
#: inline elements a property row prints its label and its value in
_INLINE = frozenset(("span", "b", "strong", "em", "i", "label", "small", "a", "time"))
#: a short text closing an inline element that another inline element follows at once: where
#: a property row's label may stand ("<span>Tác giả</span><span>…"); found in C, then its
#: words are looked up (a regex alternation of the labels themselves cost a millisecond a page)
_LABEL_BESIDE_VALUE = re.compile(r">([^<>:：]{2,30})</(?:span|b|strong|em|i|label|small)>\s*<(?:span|a|b|strong|em|time|i|label|small)[\s>]")


@cache
def _value_labels() -> frozenset[str]:
    return frozenset(fold(x) for name in _VALUE_FIELDS for x in phrase_list(name)) - _NOT_META_FIELDS


def separate_field_labels(tree: lxml.html.HtmlElement, text: str) -> None:
    """A property row prints its label and its value in two inline elements side by side, with
    nothing between them (Notion's page properties as Super.so prints them: "<span>Tác giả</span>
    <span>Huỳnh Thị Ngọc Hân</span>"); read as one line, "Tác giảHuỳnh Thị Ngọc Hân" is neither a
    byline nor a label. The label gets the colon a person would read there: "Tác giả: …"."""
    labels = _value_labels()
    printed = {m.group(1) for m in _LABEL_BESIDE_VALUE.finditer(text) if fold(m.group(1).strip()) in labels}
    if not printed:
        return  # most pages print no such row
    for el in tree.iter(*_INLINE):
        if el.text not in printed or len(el) or (el.tail or "").strip():
            continue
        following = el.getnext()
        if following is None or following.tag not in _INLINE:
            continue
        el.text = el.text.strip() + ": "
        # the values side by side ("<span>Lâm Hoàng Phúc</span><span>Thạch Thị Sô Phia</span>",
        # each a person's chip with a face or an initial in a circle): one value each
        values = [following]
        while (following.tail or "").strip() == "" and (following := following.getnext()) is not None and following.tag in _INLINE:
            values.append(following)
        for value in values[:-1]:
            value.tail = ", "


_ICON_NAME = re.compile(r"emoji|icon", re.I)


#: what a page's HTML holds where it draws a glyph as a picture (an emoji marked as an icon, a
#: name's initial in a circle): the tree is read only then
#: (each search scans a page the marks are not on whole: about 9 µs a mark on the gold pages;
#: the role in any quoting, role="img", role='img' or a minifier's role=img, by one regex whose
#: literal prefix is searched as fast as a substring)
_GLYPH_MARKS = ("emoji", "letter-avatar")
_ROLE_IMG = re.compile(r"""role=["']?img\b""")


def drop_glyphs(tree: lxml.html.HtmlElement, text: str) -> None:
    """A glyph drawn as a picture is not a word: an emoji marked as an icon in a link
    (``role="img"``: a page's icon before its name in a mention) and a letter avatar (a name's
    initial in a coloured circle beside the name, Notion's "individual-letter-avatar")."""
    if not any(mark in text for mark in _GLYPH_MARKS) and _ROLE_IMG.search(text) is None:
        return  # a few searches over the page's HTML in C ("avatar" alone is on every blog's comments)
    for el in [x for x in tree.iter("span", "div", "i") if not len(x) and len((x.text or "").strip()) <= 2]:
        if "avatar" in (el.get("class") or "").lower():
            el.drop_tree()  # (its tail stays)
        elif next(el.iterancestors("a"), None) is not None and (el.get("role") == "img" or _ICON_NAME.search(el.get("class") or "") or _ICON_NAME.search(el.getparent().get("class") or "")):
            el.drop_tree()


#: the end of an edit link's text before its closing tag ("Sửa</a>", "Edit</a>"): the tree is
#: read only when the page's HTML holds one (two scans in C)
_EDIT_LINK_ENDS = ("ửa</a>", "dit</a>")


#: a site builder's layer names, the designer's words for each box (Framer's data-framer-name)
_LAYER_NAMES = etree.XPath("//*[@data-framer-name]")
_NOT_A_LETTER = re.compile(r"[^a-z0-9]+")


def name_builder_layers(tree: lxml.html.HtmlElement, text: str) -> None:
    """A builder that hashes its class names ("framer-h42uf1t") keeps the designer's name of each
    layer in an attribute ("Mô tả", "Ảnh bìa", "Tác giả", "Sidebar"): that name, squashed to one
    token without its accents ("mota", "anhbia", "tacgia"), joins the element's classes, so that the
    class vocabulary reads it as it reads a hand-written theme's."""
    if "data-framer-name" not in text:
        return
    for el in _LAYER_NAMES(tree):
        token = _NOT_A_LETTER.sub("", strip_accents(el.get("data-framer-name") or "").lower())
        if token:
            cls = el.get("class")
            el.set("class", f"{cls} {token}" if cls else token)


#: a heading's own permalink, a sign that links to its anchor (Python-Markdown's toc "¶",
#: Sphinx's and MkDocs's "headerlink"): no word of the heading
_HEADING_LINKS = etree.XPath("//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]//a[starts-with(@href, '#')]")
_PERMALINK_SIGNS = frozenset(("¶", "#", "§", "🔗", "∞"))


#: the page's markup holds a heading permalink of one of these kinds (the cheap test first; any
#: "anchor" name: "header-anchor", "anchor-link", Zola's "zola-anchor", a theme's own)
_PERMALINK_HINTS = ("¶", "&para;", "headerlink", "anchor", "hash-link", "permalink")


def drop_heading_permalinks(tree: lxml.html.HtmlElement) -> None:
    """"Lễ kỷ niệm …¶": the heading's link to itself goes (its tail stays); a heading whose words
    are the link to its own anchor (VuePress's "<h2 id=x><a class=header-anchor href=#x><span>Bước
    1</span></a></h2>") keeps the words, no link (a link to the page's own place is no link out,
    and a line wholly linked to anchors reads as a table of contents)."""
    for a in _HEADING_LINKS(tree):
        if (a.text_content() or "").strip() in _PERMALINK_SIGNS or "headerlink" in (a.get("class") or ""):
            a.drop_tree()
            continue
        heading = next((h for h in a.iterancestors("h1", "h2", "h3", "h4", "h5", "h6")), None)
        target = (a.get("href") or "")[1:]
        if heading is not None and target and target in (heading.get("id"), a.get("id"), a.get("name")):
            a.drop_tag()


def drop_edit_links(tree: lxml.html.HtmlElement, text: str) -> None:
    """An editor's link printed to every reader is an action, not a word of the page: mojoPortal
    prints "<a class='ModuleEditLink' href='/Blog/EditPost.aspx?…'>Sửa</a>" inside the headline
    itself, which then reads as a link to elsewhere and ends in "Sửa". A link is dropped (its tail
    stays) when its text is an edit action's (phrases/edit_links.txt) and its address or class
    says edit."""
    if not any(end in text for end in _EDIT_LINK_ENDS):
        return
    words = phrase_set("edit_links")
    for a in [a for a in tree.iter("a") if fold(text_of(a)) in words]:
        if "edit" in f"{a.get('href') or ''} {a.get('class') or ''}".lower():
            a.drop_tree()


#: React's streamed Suspense content: ``<div hidden id="S:0">`` at the end of the body, and the
#: boundary it fills, ``<!--$?--><template id="B:0"></template>…fallback…<!--/$-->``
_STREAMED = etree.XPath('//div[@hidden][starts-with(@id, "S:")]')
_BOUNDARY = etree.XPath("//template[@id = $id]")


def place_streamed_content(tree: lxml.html.HtmlElement, text: str) -> None:
    """What React's ``$RC("B:0", "S:0")`` does in the reader's browser, done here: a Next.js App
    Router page (React 18 streaming) prints a "loading" placeholder where the article goes and the
    article itself in a hidden box at the end of the body, which a script moves in. The script
    does not run here; without the move the article is a hidden box and the page a skeleton."""
    if 'id="S:' not in text or "<template" not in text:
        return
    for box in _STREAMED(tree):
        found = _BOUNDARY(tree, id="B:" + box.get("id", "")[2:])
        if not found or found[0].getparent() is None or box.getparent() is None:
            continue
        template = found[0]
        parent = template.getparent()
        # the fallback: everything after the template up to the boundary's closing "/$" comment
        nxt = template.getnext()
        while nxt is not None and not (nxt.tag is etree.Comment and (nxt.text or "").strip() == "/$"):
            following = nxt.getnext()
            parent.remove(nxt)
            nxt = following
        at = parent.index(template)
        template.tail = box.text  # (the fallback's text went with it)
        for offset, child in enumerate(list(box)):
            parent.insert(at + 1 + offset, child)
        box.drop_tree()
        template.drop_tree()  # (its tail, the streamed box's first text, stays)


def drop_player_titles(tree: lxml.html.HtmlElement, text: str) -> None:
    """A video player's own title printed under it ("<iframe title='Những người thầy thầm
    lặng'>" then "<p>▶ Những người thầy thầm lặng</p>", a Prismic embed slice): the player's
    label, no line of the text. Only a line that says the iframe's title and nothing else."""
    if "<iframe" not in text:
        return
    for frame in tree.iter("iframe"):
        title = fold(clean_line(frame.get("title") or ""))
        if len(title) < 8:
            continue
        box = frame if frame.getnext() is not None else frame.getparent()
        after = box.getnext() if box is not None else None
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is not None and fold(clean_line(text_of(after))).lstrip("▶►▷ :-–") == title:
            after.drop_tree()


def show_slot_templates(tree: lxml.html.HtmlElement) -> None:
    """A ``<template slot="…">`` is a named slot's content a Vue 2 component renders in place (Wiki.js
    prints each page's text in its ``<page>`` element's "contents" slot): what the reader sees.
    A template with no slot is inert markup a script clones, and stays unread."""
    for box in [t for t in tree.iter("template") if t.get("slot")]:
        box.tag = "div"


#: the boxes an inline style paints a picture in
_PAINTED = etree.XPath("//body//*[contains(@style, 'background-image')]")
_PAINTED_URL = re.compile(r"background-image\s*:\s*url\(\s*(['\"]?)([^'\")]+)\1\s*\)", re.I)


#: a box that takes its height from its own width ratio: a picture's frame, no backdrop
_OWN_SHAPE = re.compile(r"\baspect-ratio(?:-custom|-\d+-to-\d+)?\b|padding-bottom\s*:\s*\d+(?:\.\d+)?%")


def show_painted_photos(tree: lxml.html.HtmlElement) -> None:
    """A photo painted as an empty box's background, the box named for a picture (Liferay Blogs'
    cover, "<div class='aspect-ratio-bg-cover cover-image' style='background-image: url(…)'>"
    over its "cover-image-caption"): the picture a reader sees, read as the <img> it stands for.
    A box holding text or a picture of its own (a banner, a slide with its words) is a
    background, and so is a box named for no picture, or one the page prints no caption under
    (a post header's cover, the headline printed over it: a backdrop the fixtures' golds leave out)."""
    for box in _PAINTED(tree):
        if box.tag not in ("div", "span", "figure", "a") or len(box) or (box.text or "").strip():
            continue
        found = _PAINTED_URL.search(box.get("style") or "")
        if found is None or found.group(2).startswith("data:") or "media" not in element_families(box):
            continue
        caption = box.getnext()
        if (caption is None or "caption" not in element_families(caption)) and not _OWN_SHAPE.search(f"{box.get('class') or ''} {box.get('style') or ''}"):
            # (a cover the headline is printed over, its caption nowhere: a header's backdrop;
            # a box shaped by its own ratio, Clay's "aspect-ratio" with its "padding-bottom: 42%",
            # shows the picture as a block of the page: Liferay Blogs' cover with no caption)
            continue
        box.append(lxml.html.Element("img", src=found.group(2).strip(), alt=""))


def _as_read(tree: lxml.html.HtmlElement, text: str) -> None:
    """The tree as a reader sees the page (``text``: the page's HTML, for the cheap tests)."""
    place_streamed_content(tree, text)
    if "<template slot=" in text:
        show_slot_templates(tree)
    drop_player_titles(tree, text)
    if "background-image" in text:
        show_painted_photos(tree)
    show_noscript_photos(tree)
    if "<noscript" in text:
        show_noscript_content(tree)
    if "supportLists" in text or "MsoList" in text or "mso-list" in text:
        drop_word_list_markers(tree)
    drop_glyphs(tree, text)
    drop_edit_links(tree, text)
    separate_field_labels(tree, text)
    name_builder_layers(tree, text)
    if any(sign in text for sign in _PERMALINK_HINTS):
        drop_heading_permalinks(tree)


def parse(body: bytes, url: str, content_type: str | None = None, check_legacy: bool = True) -> Page:
    """Decode and parse; ``check_legacy=False`` leaves TCVN3/VNI text as decoded (cheaper)."""
    text, encoding, repair, exact_utf8 = _decode(body, content_type)
    if _XML_DECL.match(text):
        text = _XML_DECL.sub("", text, count=1)
        exact_utf8 = False
    if check_legacy and vnlegacy.suspect(text):  # a cheap scan; the tree is read only when it fires
        tree = html_tree(text, url)
        kinds = vnlegacy.convert_tree(tree)  # leaves every text node NFC, converted or not
        text = lxml.html.tostring(tree, encoding="unicode") if kinds else nfc(text)
        _as_read(tree, text)
        return Page(url, text, encoding, tree, vnlegacy.kinds_label([repair or "", *kinds]))
    if _may_be_decomposed(body, exact_utf8):
        text = nfc(text)
        tree = html_tree(text, url)
    else:
        tree = _utf8_tree(body, url)  # the page's own bytes: nothing to encode again
    _as_read(tree, text)
    return Page(url=url, text=text, encoding=encoding, tree=tree, repair=repair)
