"""Where the article is on the page: the content block, the headline, the sapo.

Content: a readability-style score (text paragraphs vote for their parent and grandparent, links
count against) with class-name hints, because portals in this domain share no markup: Liferay
journal articles, DNN modules, WordPress entry-content, NukeViet bodyhtml and home-made tables all
end up as "the container whose paragraphs hold most of the page's running text".
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, count, islice, takewhile
from urllib.parse import parse_qsl, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.core.bylines import (
    looks_like_bare_name,
    names_an_organisation,
    parse_byline,
    parse_signature,
)
from crawler.core.dates import find_dates
from crawler.core.elements import previous_element, shown_text_of, text_of, texts_skipping
from crawler.core.hidden import HIDDEN_CLASSES, is_hidden
from crawler.core.lines import (
    PICTURE_WORDS,
    contact_label,
    is_boilerplate_line,
    is_date_line,
    is_day_badge,
    is_meta_field_line,
    is_postal_address,
    is_related_heading,
    is_widget_heading,
)
from crawler.core.text import clean_line, fold, strip_accents
from crawler.core.urls import canonicalize_url, join_url
from crawler.core.vocab import (
    NAME_CACHE_SIZE,
    NOISE,
    TEXT,
    element_families,
    families,
    has,
    header_heading,
    is_noise_families,
    main_column,
    names_of,
)
from crawler.core.vocab import is_noise as vocab_is_noise
from crawler.extract.blocks import (
    BLOCK_TAGS,
    CLASS_BOLD,
    HEADINGS,
    IMAGE_FILE,
    SKIP_TAGS,
    STYLE_BOLD,
    fields_row,
    is_control,
    is_data_table,
    is_decoration,
    is_noise,
    photo_item_line,
    revealed_on_click,
    within,
)
from crawler.extract.official import closes_a_document, names_the_state
from crawler.phrases import phrase_set

_TEXT_TAGS = frozenset(["p", "td", "pre", "blockquote", "div", "li", "dd", "section", "article"])
_DEBUG_TITLE = False
#: "Trang chủ > Tin tức > …": a breadcrumb trail printed in a title-like box
_CRUMB_TRAIL = re.compile(r"^(?:trang chủ|home|trang nhất)\s*(?:[>»›/|]|-{1,2}>)", re.I)


@dataclass
class Layout:
    """What a page's structure says, before any cleaning."""

    content: list[HtmlElement] = field(default_factory=list)
    title_el: HtmlElement | None = None
    title: str = ""
    sapo_el: HtmlElement | None = None
    score: float = 0.0
    text_len: int = 0
    #: the content is the page's one container its CMS names as the text (see _sole_named_text)
    named_by_cms: bool = False
    #: every scored candidate (element -> points): lets the headline pick its own text block
    scores: dict[HtmlElement, float] = field(default_factory=dict)


def own_text(el: HtmlElement) -> tuple[str, int]:
    """The element's text outside nested block elements, and how much of it is link text."""
    text = el.text
    parts: list[str] = [text] if text else []
    linked = 0
    for child in el:
        tag = child.tag
        if tag.__class__ is str and tag not in _NOT_OWN and not (child.get("style") is not None and is_hidden(child)):
            # a leaf's text is its .text: text_content() (an XPath string()) costs several times more
            # (a script's source inside it is no text: a header's "document.write" of the day)
            t = (child.text or "") if len(child) == 0 else shown_text_of(child)
            parts.append(t)
            if tag == "a":
                linked += len(t.strip())
        tail = child.tail
        if tail:
            parts.append(tail)
    return " ".join(parts), linked


#: children whose text is not their parent's own: blocks, skipped elements, line breaks
_NOT_OWN = BLOCK_TAGS | SKIP_TAGS | {"br"}


def visible_len(el: HtmlElement) -> int:
    """The length of the element's text as a reader sees it: runs of white space count as one.
    Template indentation ("\n        " between every box) must not make a container look longer,
    and so less linked, than the same page printed without it."""
    return len(" ".join(text_of(el).split()))


def _class_weight(el: HtmlElement) -> float:
    if el.tag in ("body", "html"):
        return 0.0  # the page itself is never the text's box, whatever its class says ("u-body")
    names = f"{names_of(el)} {el.get('itemprop', '')}".strip()
    if not names:
        return 0.0
    weight = 0.0
    if "articlebody" in names.lower():
        weight += 50
    found = families(names)
    if "content" in found and not _field_line_box(el) and not _TEASER_BODY(el) and not _caption_box(el) and not ("sapo" in found and _lead_over_text(el)):
        weight += 25
    if is_noise_families(found) and el.tag != "main" and not main_column(el, found):
        # (the page's main landmark, or the main column of two, is no furniture by its side's
        # name: Crafter's "<main class=cot-trai>" round a short notice)
        weight -= 25
    return weight


def _lead_over_text(el: HtmlElement) -> bool:
    """A lead's box named as the post's part right over the text's box named so too (Elementor's
    "widget-theme-post-excerpt" over its "widget-theme-post-content"): it says where the lead is,
    not the text: a short box of one paragraph at most (Drupal's "field--type-text-with-summary"
    is the text's box itself, however its extended paragraphs follow it)."""
    if visible_len(el) > _LEAD_BOX_CHARS or len(el.findall(".//p")) > 1:
        return False
    nxt = next((s for s in el.itersiblings() if isinstance(s.tag, str)), None)
    found = element_families(nxt) if nxt is not None else frozenset()
    return "content" in found and "sapo" not in found


_LEAD_BOX_CHARS = 400


#: a teaser card or its text part: a heading linking to the post, over one paragraph at most
#: (Duda's related posts, "post-item > post-content > h3.post-title > a" and a "post-description"):
#: named as text, but another post's card, never this page's text box
#: (the heading looked for two levels down at most, and first: a wrapper of the whole page named
#: "content" is never scanned whole, the "and" stopping at it)
_TEASER_BODY = etree.XPath(
    "boolean((./*[self::h2 or self::h3 or self::h4 or self::h5][a[@href]] or ./*/*[self::h2 or self::h3 or self::h4 or self::h5][a[@href]])"
    " and count(.//p) <= 1)"
)


#: a side column by its name ("sidebar-phai", "sidebar-right"): the "chrome" family lumps it with
#: the footer, whose boxes the content choice reads (and refuses) on its own; not a column by its
#: side alone ("cot-trai" holds the text on many a two-column template)
#: (not the Vietnamese vendors' "cot-trai" and "cot-phai": either holds the text on some sites)
_SIDE_COLUMN = re.compile(r"side-?bar", re.I)


def _holds_poll(el: HtmlElement) -> bool:
    """A short box of a poll's question over its choices (two radio buttons or more: "Bạn đánh giá
    thế nào về cổng thông tin?" in a "panel-body" under "Thăm dò ý kiến"), however its names call
    it: no text. (A profile's form of radio buttons is no poll.)"""
    if sum(1 for i in el.iter("input") if (i.get("type") or "").lower() == "radio") < 2 or visible_len(el) >= _POLL_CHARS:
        return False
    box = el.getparent() if el.getparent() is not None else el
    return _POLL_WORDS.search(fold(text_of(box))) is not None


def _prints_page_title(el: HtmlElement, page_title: str) -> bool:
    """The box holds only the headline, as the page's <title> prints it ("Trường THCS … - Tin tức -
    Lịch họp cha mẹ học sinh giữa học kỳ I" over a "td.storytitle"): a named box's points for a
    text are no headline's."""
    text = fold(" ".join(text_of(el).split()))
    if not 15 <= len(text) <= 250:
        return False
    # (or after the topic the headline's cell prints before it: "Tin nổi bật: Lễ kỷ niệm …")
    _, topic, rest = text.partition(": ")
    return text in page_title or (bool(topic) and len(rest) >= 15 and rest in page_title)


def _text_beside(el: HtmlElement, scores: dict[HtmlElement, float]) -> bool:
    """The box's table (a cell's) or parent holds a paragraph's worth of text besides it: the
    story's own table of rows, headline, poster line and text (PHP-Nuke's "otthree"), not a table
    of the headline and its buttons alone (Mambo's first "contentpaneopen")."""
    box = next(el.iterancestors("table"), None) if el.tag == "td" else el.getparent()
    return box is not None and any(
        scores.get(x, 0.0) >= _PROSE_SCORE for x in box.iter(*_TEXT_TAGS) if x is not el and x is not box and not within(x, el) and not within(el, x)
    )


#: the words a poll's box says ("Thăm dò ý kiến", "Bình chọn", "Khảo sát")
_POLL_WORDS = re.compile(r"thăm dò|bình chọn|biểu quyết|khảo sát|\bpoll\b|\bvote\b")


#: the most a poll's box holds (its question and its choices)
_POLL_CHARS = 400


def _in_side_column(el: HtmlElement, levels: int = 6) -> bool:
    """Within a few levels of a side column: not the text's own column."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= levels or anc.tag in ("body", "html"):
            return False
        # (the vocabulary's test, which knows a layout's wrapper of the main landmark from a side
        # column; the text reading's own test does not ask)
        if _SIDE_COLUMN.search(names_of(anc)) and vocab_is_noise(anc):
            return True
    return False


def _in_narrow_column(el: HtmlElement, levels: int = 8) -> bool:
    """Within a grid's narrow column beside a wider one ("col-md-4 portlet-column" beside
    "col-md-8 portlet-column": Liferay's side portlets, each framed "portlet-content"): a box its
    names call content there is a side widget's, whatever the column's own names say."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= levels or anc.tag in ("body", "html"):
            return False
        width = _grid_width(anc)
        if width is not None and width <= 4:
            parent = anc.getparent()
            return parent is not None and any((w := _grid_width(sib)) is not None and w >= 2 * width for sib in parent if sib is not anc and isinstance(sib.tag, str))
    return False


#: a Bootstrap grid column's width in twelfths ("col-md-4", "col-lg-8", "col-8")
_GRID_COLUMN = re.compile(r"(?:^|\s)col-(?:(?:xs|sm|md|lg|xl|xxl)-)?(\d{1,2})(?=\s|$)")


def _grid_width(el: HtmlElement) -> int | None:
    m = _GRID_COLUMN.search(el.get("class") or "")
    return int(m.group(1)) if m else None


#: a line of labelled fields only: "Chuyên mục: Thông báo | Thêm vào: admin (22.09.2026) | Tác
#: giả: … | Lượt xem: 151" (three fields at least)
_FIELD_LINE = re.compile(r"^\s*(?:[^|:\n]{2,25}:[^|\n]{1,80}\|\s*){2,}[^|:\n]{2,25}:[^|\n]*$")


def _field_line_box(el: HtmlElement) -> bool:
    """A box its names call the text's ("eDetails": uCoz's meta line under the text) that holds
    only a line of labelled fields: no text, whatever its name says."""
    if next(el.iterdescendants("p", "div", "table", "ul", "img"), None) is not None:
        return False
    text = text_of(el)
    return len(text) <= 300 and _FIELD_LINE.match(text) is not None


#: the most text a photo's caption box holds
_CAPTION_BOX_CHARS = 300


def _caption_box(el: HtmlElement) -> bool:
    """A box its names call text that holds a photo's caption alone (YOOtheme ZOO's "element
    element-text" under the item's image: "<p class=chuthich-anh>Giờ học STEM …</p>"): no text."""
    lines = [box for box in el.iterdescendants("p", "div", "span", "em") if (box.text or "").strip()]
    if not lines or len(text_of(el)) > _CAPTION_BOX_CHARS:
        return False
    return all("caption" in families(names_of(box)) for box in lines)


def _nonspace_len(el: HtmlElement) -> int:
    """The characters of the element's text that are not white space: a measure of the text that
    template indentation does not change, cheaper than collapsing the runs (counts run in C)."""
    # (a script's or a style's source is no text a reader sees: an inline "document.write" of the
    # day in a side column must not make its links a smaller share of it)
    return _nonspace(shown_text_of(el))


def _nonspace(t: str) -> int:
    return len(t) - t.count(" ") - t.count("\n") - t.count("\t") - t.count("\r") - t.count("\xa0")


def _link_density(el: HtmlElement, text_len: int, lengths: dict[HtmlElement, int] | None = None) -> float:
    """The share of the element's text in links. ``lengths``: a memo of link text lengths, for a
    caller measuring many nested candidates of one page (the outer ones hold the inner ones' links);
    that caller measures both in characters that are not white space (``_nonspace_len``)."""
    if not text_len:
        return 1.0
    if lengths is None:
        linked = sum(visible_len(a) for a in el.iter("a"))
    else:
        linked = 0
        for a in el.iter("a"):
            n = lengths.get(a)
            if n is None:
                n = lengths[a] = _nonspace_len(a)
            linked += n
    return min(1.0, linked / text_len)


#: a box the page's own markup calls the text's references or notes (the DPUB-ARIA roles Pandoc,
#: Quarto and accessible themes print): entries full of commas and stops that score like text, read
#: with the text they close, never the content block themselves
_NOTES_REGION = etree.XPath("boolean(ancestor-or-self::*[@role='doc-bibliography' or @role='doc-endnotes'])")


def _in_comments(el: HtmlElement) -> bool:
    """Inside the readers' comments, by the names of the boxes around it."""
    return any("comments" in element_families(a) for a in el.iterancestors() if a.get("class") or a.get("id"))


def _in_noise_region(el: HtmlElement) -> bool:
    return next(el.iterancestors("nav", "footer", "aside", "header"), None) is not None or _NOTES_REGION(el)  # filtered in C


def score_candidates(tree: HtmlElement, furniture: tuple[HtmlElement, ...] = ()) -> dict[HtmlElement, float]:
    """Points of the text's candidate boxes; ``furniture``: boxes found to be the site's own (a
    table layout's footer, "div#chan"), whose lines lend their wrappers no points."""
    scores: dict[HtmlElement, float] = {}
    body = tree.find("body")
    root = body if body is not None else tree
    hidden: dict[HtmlElement, bool] = {}
    for box in furniture:
        hidden.update((el, True) for el in box.iter(*_TEXT_TAGS))  # (read as unseen: they score nothing)
    for el in root.iter(*_TEXT_TAGS):
        if len(el):
            text, linked = own_text(el)
        else:  # a leaf: its own text is its .text (most elements; saves the call)
            text, linked = el.text or "", 0
        text = text.strip()
        n = len(text)
        # hidden boxes score nothing: tested after the length test, which most elements fail
        if n < 25 or linked > 0.5 * n or _in_hidden_box(el, hidden):
            continue
        points = 1 + text.count(",") + text.count(".") + text.count(";") + text.count(":") + min(n // 80, 3)
        parent = el.getparent()
        if parent is None:
            continue
        # the paragraph element itself collects its own points for text held directly in a div;
        # its parent all of them, its grandparent half
        if el.tag in _SELF_SCORING:
            scores[el] = scores.get(el, 0.0) + points
        scores[parent] = scores.get(parent, 0.0) + points
        grand = parent.getparent()
        # (the page's footer's lines lend the page around it nothing: a short notice's box lost
        # to the <body> that the footer's address lines raised; an article's own footer is its)
        if grand is not None and not (parent.tag == "footer" and next(parent.iterancestors("article"), None) is None):
            scores[grand] = scores.get(grand, 0.0) + points / 2
    return scores


_SELF_SCORING = frozenset(["div", "td", "section", "article"])

#: an element that may be hidden, by plain substrings (blocks.is_hidden decides): "none" and
#: "hidden" in a style's display:none and visibility:hidden; "hid" in the classes "hidden", "hide",
#: "visually-hidden"; "none" in "d-none"; and the other hiding classes' words
_MAYBE_HIDDEN_TEST = (
    '@hidden or contains(@style, "none") or contains(@style, "hidden") or contains(@class, "hid") or contains(@class, "none")'
    ' or contains(@class, "invisible") or contains(@class, "sr-only") or contains(@class, "srOnly") or contains(@class, "screen-reader") or contains(@class, "material-")'
)
def _in_hidden_box(el: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """The element is hidden, or inside a box no reader sees (a cookie notice's popup, a print-only
    header, a captcha): none of its paragraphs lends its points to the box or its parents (a long
    hidden notice outscored a short post's two visible paragraphs: jimdo_school without its
    names). A hidden box a "Đọc tiếp" control opens is the article's rest and scores. Each
    ancestor is judged once a page (``memo``): the paragraphs that pass the length test share them.
    (Selecting the hidden boxes by XPath first cost 0.6 ms a page: nine contains() on every element.)"""
    chain: list[HtmlElement] = []
    node: HtmlElement | None = el
    found = False
    while node is not None:
        known = memo.get(node)
        if known is not None:
            found = known
            break
        chain.append(node)
        node = node.getparent()
    for node in reversed(chain):
        found = found or (is_hidden(node) and not revealed_on_click(node))
        memo[node] = found
    return found


def find_content(tree: HtmlElement, selector: str | None = None) -> Layout:
    layout = Layout()
    if selector:
        found = tree.cssselect(selector)
        if found:
            layout.content = [found[0]]
            layout.score = 100.0
            layout.text_len = len(text_of(found[0]))
            return layout
    scores = score_candidates(tree)
    layout.scores = scores
    if not scores:
        return layout
    refused: set[HtmlElement] = set()
    furniture: list[HtmlElement] = []
    for _ in range(3):
        best = _choose_content(tree, layout, scores, refused)
        if best is None or len(layout.content) != 1 or not _is_site_furniture_box(layout.content[0]):
            break
        # the site's footer (a table layout's address lines score like text): the next best
        # outside it (not the footer's own boxes, nor the wrappers holding only it)
        box = layout.content[0]
        size = _nonspace_len(box)
        refused |= {el for el in scores if el is box or within(el, box) or (within(box, el) and (_nonspace_len(el) == size or el.tag in ("body", "html")))}
        refused.add(best)
        # (and the boxes around it score again without its lines: the page's wrapper, raised by
        # the footer's address lines, would win over a short post's own box)
        furniture.append(box)
        scores = score_candidates(tree, tuple(furniture))
        layout.scores = scores
        layout.content, layout.score, layout.text_len, layout.named_by_cms = [], 0.0, 0, False
    return layout


def _choose_content(tree: HtmlElement, layout: Layout, scores: dict[HtmlElement, float], refused: set[HtmlElement]) -> HtmlElement | None:
    """The best-scoring candidate not ``refused``, with ``layout`` filled from it (the text
    container it names, or it and its text siblings)."""
    best, best_score, best_at = None, 0.0, -1
    link_lengths: dict[HtmlElement, int] = {}
    # the link density (a text measure of the whole subtree, the costly part) only for candidates
    # whose points before it could still win: a candidate's final score is at most its points
    # with the class weight (and the noise factor), so they are read best bound first and the
    # reading stops below the best final score found. Ties go to the earlier candidate, as in
    # a reading in document order.
    bounded = []
    page_title = fold(tree.findtext(".//title") or "")
    for at, (el, raw) in enumerate(scores.items()):
        points = raw + _class_weight(el)
        if points <= 0:
            continue
        # (or inside a link: a teaser card's body, "<a><div class=listing-body>…", whose link
        # density reads nothing since the link is around it, never the article's text)
        # (or a box named as text in a side column: "<div class='col-md-4 sidebar-phai'><div
        # class=panel><div class=panel-body>" round a notice's text, Power Pages; a footer's boxes
        # are read, and refused, by the site's furniture test below)
        if points > raw and _holds_ticker(el):
            continue  # a ticker's box ("<div class=journal-content-article><marquee>Nhiệt liệt chào mừng …"), however its names call it
        if points > raw and _holds_poll(el):
            continue  # a poll's box ("panel-body": its question and two radio buttons or more), however its names call it
        if points > raw and raw < _PROSE_SCORE and _prints_page_title(el, page_title) and _text_beside(el, scores):
            points = raw  # the headline's cell over the text's, whatever its names say ("td.storytitle": a "story"'s title)
        if raw < _PROSE_SCORE * 2 and _barred_meta_line(el):
            continue  # the post's meta line of bar-parted fields ("15 thg 10, 2026 13:30 | Người đăng: … | 2063") over a short text
        noisy = _in_noise_region(el) or next(el.iterancestors("a"), None) is not None or (points > raw and (_in_side_column(el) or _in_narrow_column(el)))
        bounded.append((points * 0.3 if noisy else points, at, el, points, noisy))
    bounded.sort(key=lambda b: (-b[0], b[1]))
    for bound, at, el, points, noisy in bounded:
        if bound < best_score:
            break
        final = points * (1 - _link_density(el, _nonspace_len(el), link_lengths))
        if noisy or _in_comments(el):
            # (a reader's reply scores like text, and may be longer than a short notice: a forum's
            # discussion, Vanilla's "MessageList Comments" under the staff's post)
            final *= 0.3
        if final > best_score or (final == best_score and best is not None and at < best_at):
            if el in refused:
                continue
            best, best_score, best_at = el, final, at
    if best is None:
        return None
    sole = _sole_named_text(tree, best)
    if sole is not None:
        layout.named_by_cms = True
        layout.content = [sole]
        layout.score = best_score
        layout.text_len = visible_len(sole)
        return best
    named = _named_text_container(best)
    if named is not None:
        layout.content = [named]
        layout.score = best_score
        layout.text_len = visible_len(named)
        return best
    inner = _named_text_inside(best)
    if inner is not None:
        layout.content = _with_later_blocks_of_kind(inner, scores) or [inner]
        layout.score = best_score
        layout.text_len = sum(visible_len(e) for e in layout.content)
        return best
    # (a named text block's own siblings are the sibling merge's; its series may go on outside
    # a box around it)
    layout.content = _with_later_blocks_of_kind(best, scores, beside=False) or _widen_to_siblings(best, scores, best_score)
    layout.score = best_score
    layout.text_len = sum(visible_len(e) for e in layout.content)
    return best


#: what runs a footer's contact fields on in one line: a dash, a bar or a dot between spaces
_RUN_ON_FIELDS = re.compile(r"\s+[-–—|·•]\s+")


def _holds_ticker(el: HtmlElement) -> bool:
    """The box's words scroll in a ``<marquee>``: a greeting or the newest titles, no text."""
    ticker = next(el.iter("marquee"), None)
    return ticker is not None and len(clean_line(text_of(ticker))) >= 0.8 * len(clean_line(text_of(el)))


def _is_site_furniture_box(el: HtmlElement) -> bool:
    """A box of the site's furniture whose punctuation scores like text: its contact fields and
    footer lines (its name, "Địa chỉ: …", "Điện thoại: …", "Email: …", "Ghi rõ nguồn …": a table
    layout's footer, no class to name it; two contact lines at least, and no line of prose, as a
    notice ending with where to apply has its own sentences), or only counters and tools."""
    contacts = furniture = lines = 0
    for piece in el.itertext():  # (read lazily: the text's box ends the reading at its first long line)
        line = clean_line(piece)
        if not line:
            continue
        lines += 1
        # (a footer may run its fields on in one line: "Trường … — Địa chỉ: … — ĐT: … — Email: …")
        fields = sum(1 for part in _RUN_ON_FIELDS.split(line) if contact_label(part)) if contact_label(line) or _RUN_ON_FIELDS.search(line) else 0
        if fields:
            contacts += fields
        elif is_postal_address(line):
            contacts += 1  # (the school's address printed bare, its first line: "Trường … - Số 12 đường …, phường …")
        elif is_boilerplate_line(line):
            furniture += 1
        elif len(line) > 60:
            return False
    # (or a box of counters and tools only: a sidebar's "Online: 8 khách" panel whose name says
    # "body", Bootstrap's panel-body)
    return contacts >= 2 or (furniture >= 2 and furniture == lines)


def _is_named_text(el: HtmlElement) -> bool:
    """The element's class/id/itemprop name it as an article's text (phrases/article_text_names.txt)."""
    return _names_article_text(f"{names_of(el)} {el.get('itemprop', '')}")


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _names_article_text(names: str) -> bool:
    words = phrase_set("article_text_names")
    for token in names.split():
        parts = [p for p in re.split(r"[^0-9a-z]+", re.sub(r"([a-z])([A-Z])", r"\1-\2", token).lower()) if p]
        for i in range(len(parts)):
            for j in range(i + 1, min(len(parts), i + 4) + 1):
                if "".join(parts[i:j]) in words:
                    return True
    return False


def _named_text_container(best: HtmlElement, levels: int = 16) -> HtmlElement | None:
    """The container the CMS names as the article's text ("entry-content", Elementor's
    "theme-post-content", itemprop=articleBody) around the best block, when it holds more text:
    a page builder splits one article over many sections no score reaches across. None when the
    best block is that container already, or none encloses it. (Up to sixteen levels: SP Page
    Builder nests a text block thirteen deep in Joomla's "articleBody", section, row, column,
    addon and their wrappers.)"""
    if _is_named_text(best):
        return None
    own = visible_len(best)
    for depth, anc in enumerate(best.iterancestors()):
        if depth >= levels or anc.tag in ("body", "html"):
            return None
        if not _is_named_text(anc):
            continue
        text_len = visible_len(anc)
        more = text_len > own + 20 or any(img is not None for img in _images_outside(anc, best))
        if more and not _headed_before(anc, best) and (_link_density(anc, text_len) < 0.3 or (next(anc.iter("h1"), None) is None and _density_past_furniture(anc, text_len) < 0.3)) and not is_noise(anc):
            return anc
        return None
    return None


def _density_past_furniture(box: HtmlElement, text_len: int) -> float:
    """The box's link density without the furniture boxes inside it: a plugin's related posts and
    share bar printed inside the CMS's text container (WordPress's YARPP "Bài viết liên quan" with
    its linked titles, in "entry-content") are no links of the text's. (Asked only of a container
    holding no h1: a builder's "post-content" round the whole page, its trail, headline and side
    column, is no text's container.)"""
    furniture = [d for d in box.iterdescendants("div", "section", "ul", "aside", "nav") if is_noise(d)]
    outer = [d for d in furniture if not any(a in furniture for a in d.iterancestors())]
    if not outer:
        return 1.0
    text = text_len - sum(visible_len(d) for d in outer)
    linked = sum(visible_len(a) for a in box.iter("a")) - sum(visible_len(a) for d in outer for a in d.iter("a"))
    return _link_density(box, 0) if text <= 0 else min(1.0, max(0, linked) / text)


def builder_tiles(title_el: HtmlElement, layout: Layout, order: dict[HtmlElement, int], levels: int = 8) -> list[HtmlElement] | None:
    """Site builders (Google Sites, Wix, page builders with generated class names) put every
    paragraph group, photo and caption of a post in a tile of its own, nested deep, all tiles
    siblings of one kind (mostly the same class names): the best text block is one tile's. The article is then the
    run of those tiles after the headline, up to the first that is furniture or a list of links
    (what follows: "Các tin khác", share buttons).

    Decided by structure only: at least three same-class siblings, two of them holding scored
    text; never a tile that holds the headline or comes before it."""
    if not layout.content:
        return None
    best = layout.content[0]
    at = order.get(title_el, -1)
    node = best
    for _ in range(levels):
        parent = node.getparent()
        if parent is None or parent.tag == "html":
            return None
        cls = node.get("class")
        if parent.tag == "body":
            # a site builder's page of sections (Nicepage's, Mobirise's "u-section-2"): the page's
            # sections are its tiles, one kind by their serial-numbered class ("u-section-N")
            if node.tag != "section" or not (cls and cls.strip()):
                return None
            serial = {t for t in cls.split() if t[-1:].isdigit() and t.rstrip("0123456789").endswith("-")}
            kind = {_unnumbered(t) for t in serial}
            same = [k for k in parent if isinstance(k.tag, str) and k.tag == "section" and kind & {_unnumbered(t) for t in (k.get("class") or "").split()}]
        elif cls and cls.strip():
            same = [k for k in parent if isinstance(k.tag, str) and k.tag == node.tag and _same_kind(k.get("class"), cls)]
        else:
            same = []
        if len(same) >= 3:
            scored = {el for el in layout.scores if layout.scores[el] > 0}
            with_text = [k for k in same if k in scored or any(d in scored for d in k.iterdescendants())]
            if len(with_text) >= 2:
                if any(t is title_el for t in node.iter()):
                    return None  # the text shares the headline's box: one article box among panels
                run = _tile_run(same, title_el, at, order)
                return _with_between(parent, run) if run and node in run else None
        if parent.tag == "body":
            return None
        node = parent
    return None


def _unnumbered(names: str | None) -> str:
    """Class names without a builder's serial numbers ("u-section-3" → "u-section-")."""
    return re.sub(r"\d+(?=\s|$)", "", names or "")


def _same_kind(a: str | None, b: str) -> bool:
    """Two boxes of one kind: their class names mostly shared (a builder adds a width or column
    class to some tiles: "… Ft7HRd-AhqUyc-uQSCkd …" beside "… Ft7HRd-AhqUyc-Qhnyfe …")."""
    if not a:
        return False
    x, y = _without_modifiers(a.split()), _without_modifiers(b.split())
    return len(x & y) >= 0.6 * len(x | y)


def _modified_block_of(el: HtmlElement, series: str) -> bool:
    """A block of the series with a BEM modifier of its own ("ce-block ce-block--right" beside
    "ce-block"): its modifier says how it is set, not what it is (no right column)."""
    tokens = (el.get("class") or "").split()
    return bool(series) and any(_is_modifier(t, tokens) for t in tokens) and _without_modifiers(tokens) == _without_modifiers(series.split())


def _without_modifiers(tokens: list[str]) -> set[str]:
    """Class names without a BEM modifier beside its block's name ("ce-block ce-block--stretched":
    Editor.js's block, stretched, is a block of the series)."""
    return {t for t in tokens if not _is_modifier(t, tokens)}


def _is_modifier(token: str, tokens: list[str]) -> bool:
    """A BEM modifier of one word beside its block's name, how the block is set ("ce-block--right",
    "image-tool--filled"); a key and its value ("paragraph--type--text", Drupal's) say what the
    block is, and stay."""
    base, sep, word = token.partition("--")
    return bool(sep) and bool(word) and "--" not in word and base in tokens


def _tile_run(tiles: list[HtmlElement], title_el: HtmlElement, at: int, order: dict[HtmlElement, int]) -> list[HtmlElement] | None:
    run: list[HtmlElement] = []
    for tile in tiles:
        if order.get(tile, -1) <= at or any(t is title_el for t in tile.iter()):
            continue  # the headline's own tile, and what comes before it
        n = visible_len(tile)
        # (a tile of the text's last lines may hold an editor's one "Xem thêm: <a>…</a>" pointer
        # beside a short source line: no list of links)
        if (is_noise(tile) and not _modified_block_of(tile, tiles[0].get("class") or "")) or (n and _link_density(tile, n) > (_SEE_ALSO_DENSITY if see_also_link_only(tile) else 0.5)):
            if not run:
                continue  # a trail or date box between the headline and the text
            break
        if run and next(tile.iter("img"), None) is None and any(is_control(a) for a in tile.iter("a")):
            break  # a call to action after the text ("Đăng ký tham quan trường … [Đăng ký ngay]")
        run.append(tile)
    return run if len(run) >= 2 else None


_BOX_TAGS = ("div", "section", "article", "main")


def _in_furniture(el: HtmlElement, levels: int = 8) -> bool:
    """The element sits in the page's furniture (a footer, a sidebar, a menu): by tag or names."""
    for depth, anc in enumerate([el, *el.iterancestors()]):
        if depth > levels or anc.tag in ("body", "html"):
            return False
        if anc.tag in ("footer", "aside", "nav") or is_noise(anc):
            return True
    return False


def _sole_named_text(tree: HtmlElement, best: HtmlElement) -> HtmlElement | None:
    """The page's one container that its CMS names as an article's text ("td-post-content",
    "entry-content", itemprop=articleBody), when the best-scoring block is page furniture: a short
    notice ("chi tiết trong tệp đính kèm") scores less than the site's footer, but the CMS says
    where the text is. Only when there is exactly one such container with text (a listing of
    excerpts has many), and it is not page furniture."""
    found: list[HtmlElement] = []
    body = tree.find("body")
    # a Python loop over the boxes: cheaper than an XPath predicate on every element (measured)
    for el in body.iter(*_BOX_TAGS) if body is not None else ():
        if not _is_named_text(el):
            continue
        if any(within(el, f) for f in found):
            continue  # nested in one already found
        if visible_len(el) < 40 or is_noise(el) or _in_narrow_column(el):
            continue  # (a side column's web content, Liferay's notices portlet beside a blog entry, is no text of the page's)
        found.append(el)
        if len(found) > 1:
            return None
    if not found:
        return None
    sole = found[0]
    if any("comments" in element_families(a) for a in sole.iterancestors()):
        return None  # a reader's comment named "postbody" in the comments' list (vBCMS), no article's text
    if sole is best or within(best, sole) or within(sole, best):
        return None
    return sole


def _holds_pages_or_files(el: HtmlElement) -> bool:
    """The box holds a photo or a linked file (a PDF, a DOC): what a post without text says."""
    from crawler.core.urls import is_attachment

    if next(el.iter("img"), None) is not None:
        return True
    return any(is_attachment(a.get("href") or "") for a in el.iter("a"))


def _named_text_inside(best: HtmlElement) -> HtmlElement | None:
    """The article's whole box won (headline, date line, text, tags, share bar, "Bài viết cùng
    chuyên mục"): the container inside it that the CMS names as the text ("ck-content",
    "entry-content"), when it holds most of the box's text. What sits outside it in the box (the
    lead, the date line, the lead photo) is read by the sapo, date and lead-media rules."""
    if _is_named_text(best):
        return None
    # (the box's own furniture, its related list, comment form and tools, is no text it holds;
    # nor are its links, whatever its boxes are named: a vendor's "bv-lq" of related titles)
    total = visible_len(best) - sum(visible_len(k) for k in best if isinstance(k.tag, str) and is_noise(k))
    for el in best.iter("div", "section", "article"):
        if el is best or not _is_named_text(el):
            continue
        if visible_len(el) >= 0.5 * total and _headed_before(best, el):
            return el
        unlinked = total - sum(visible_len(a) for a in best.iter("a"))  # (read only when the first test fails)
        if visible_len(el) - sum(visible_len(a) for a in el.iter("a")) >= 0.5 * unlinked and _headed_before(best, el, ("h3",)):
            # (a blog module's h3 over its text box is the headline too: Oqtane's "bv-tieude"
            # under the page's h1 and the module's h2; outside the named text, before it)
            return el
        if visible_len(el) >= 0.8 * total and next(best.iter("h1", "h2"), None) is None:
            # (or a post's box without its headline, its submitted line and a date field beside
            # the text's field: Drupal 7's node, "Ngày đăng tin:" over "field-name-body")
            return el
        return None  # the first named container decides
    return None


#: how far above a text block its series' next block may sit (Neos's TwoColumn node: "column >
#: collection > column > columns > twocolumn" around the first block)
_SERIES_LEVELS = 6


def _with_later_blocks_of_kind(block: HtmlElement, scores: dict[HtmlElement, float], beside: bool = True) -> list[HtmlElement] | None:
    """The text's blocks when the one chosen is the first of a builder's series of text blocks of
    one class and the next ones sit beside it or beside a box around it: Neos sets the text's
    first block in a two-column node (text left, photo right) and the rest after the columns, so
    the text runs from the box holding the first block to the series' last scored block (the
    photo column between them included). None when no later block of its kind scores (with
    ``beside`` false, none outside a box around it)."""
    kind = (block.get("class") or "").strip()
    if not kind:
        return None
    up = block
    for _ in range(_SERIES_LEVELS):
        parent = up.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        kids = [k for k in parent if isinstance(k.tag, str) and k.tag not in SKIP_TAGS]
        if up not in kids:
            return None  # (a block inside markup no reader is shown, a <template>'s: no series)
        at = kids.index(up)
        later = [i for i, k in enumerate(kids) if i > at and (k.get("class") or "").strip() == kind and _inner_score(k, scores) > 0]
        if later and (beside or up is not block):
            return [k for k in kids[at : later[-1] + 1] if not is_noise(k)]
        if parent.tag in ("article", "main"):
            return None
        up = parent
    return None


#: the number of an alternating style after its name ("windowbg2"), not a generated class's ("u_1125024711")
_ALTERNATE_NUMBER = re.compile(r"(?<=[a-z]{3})\d{1,2}$", re.I)

#: a post's id in a thread ("p4106", "post-4106", "comment_88"): a name and a number
_POST_ID = re.compile(r"^([A-Za-z_-]*?)[_-]?\d+$")


#: the names a page layout numbers its boxes by, never a thread's posts; and the names a front-end
#: framework numbers every component it renders by, in render order (Ember's "ember335" on the
#: text's box beside "ember342" on the related list; ExtJS's "ext-gen12", JSF's "j_id31", GWT's)
_LAYOUT_IDS = frozenset(
    {"column", "col", "row", "layout", "region", "section", "block", "box", "grid", "cell", "portlet-column", "zone", "area", "panel"}
    | {"ember", "ext-gen", "ext-comp", "j_id", "gwt-uid"}
)

#: how far above the chosen block a thread's post may be (its message box inside the post's rows)
_POST_LEVELS = 6


#: a record's field labels naming its text and its lead ("<span class=property-label>Nội dung</span>")
_TEXT_LABELS = frozenset({"nội dung", "nội dung:", "nội dung chi tiết", "nội dung chi tiết:"})
_LEAD_LABELS = frozenset({"tóm tắt", "tóm tắt:", "mô tả", "mô tả:", "trích yếu", "trích yếu:"})
#: the least text a record's "Nội dung" field holds to be the article's
_RECORD_TEXT_CHARS = 200


def record_text(content: list[HtmlElement]) -> tuple[HtmlElement, HtmlElement | None] | None:
    """The value box of a record's "Nội dung" field and of its "Tóm tắt" field, where the content
    block is a record shown field by field, each label in a box of its own before its value
    (Grails' scaffolded "show" view: "<span class=property-label>Nội dung</span><div
    class=property-value>…", the block one box or one per field): the text, and the lead, without
    the record's other fields."""
    if not content:
        return None
    cell = _record_cell(content)
    if cell is not None:
        return cell
    scope = list(content)
    up = content[0].getparent()
    if len(content) == 1 and up is not None and up.tag in ("dl", "li", "tr", "div"):
        scope = [up]  # (the text's box chosen alone: its record's labels are its siblings)
    text_box = lead_box = None
    for el in chain.from_iterable(root.iter("span", "label", "dt", "th", "div", "strong", "b") for root in scope):
        if len(el) or not el.text or len(el.text) > 24:
            continue
        key = fold(el.text.strip())
        value = el.getnext()
        if value is None or not isinstance(value.tag, str):
            continue
        if key in _TEXT_LABELS and text_box is None and len(clean_line(text_of(value))) >= _RECORD_TEXT_CHARS:
            text_box = value
        elif key in _LEAD_LABELS and lead_box is None and clean_line(text_of(value)):
            lead_box = value
    if text_box is None:
        return None
    return text_box, lead_box


def _record_cell(content: list[HtmlElement]) -> tuple[HtmlElement, HtmlElement | None] | None:
    """The text chosen inside the value cell of a record's "Nội dung" row, a table of label cells
    before value cells (a vendor portal's "<td class=lbl>Nội dung:</td><td class=val><div
    class=noidung-tin>…"): the text as chosen, and the value cell of the record's "Tóm tắt" row as
    its lead. None where the text's cell is no labelled one."""
    if len(content) != 1:
        return None
    for cell in islice(content[0].iterancestors(), 3):
        if cell.tag not in ("td", "dd"):
            continue
        label = cell.getprevious()
        if label is None or label.tag not in ("td", "th", "dt") or fold(clean_line(text_of(label))) not in _TEXT_LABELS:
            return None
        record = cell.getparent() if cell.tag == "dd" else cell.getparent().getparent()
        for name in record.iter("td", "th", "dt"):
            value = name.getnext()
            if value is not None and value is not cell and fold(clean_line(text_of(name))) in _LEAD_LABELS and clean_line(text_of(value)):
                return content[0], value
        return content[0], None
    return None


def first_post(layout: Layout) -> list[HtmlElement] | None:
    """The first post of a thread, when the text block is a run of posts (a forum topic: the
    staff's news post, then members' replies, each a box of one kind and an id of one name and a
    number, the first with its subject heading): the article is the first post's text box (the box
    named as text inside it, else its best-scoring block, else the post: not its poster's profile
    box); the replies are no part of it. None otherwise."""
    content = layout.content
    if len(content) == 1 and content[0].getparent() is not None:
        # (the block is one post, or the message inside one: the thread is that post and its like
        # siblings; vBulletin's "<li id=post_32160>…<div id=post_message_32160>")
        for post in islice(chain([content[0]], content[0].iterancestors()), _POST_LEVELS):
            parent = post.getparent()
            if parent is None or not _POST_ID.match(post.get("id") or ""):
                continue
            like = [k for k in parent if isinstance(k.tag, str) and k.tag == post.tag and k.get("id")]
            if len(like) >= 2:
                content = like[like.index(post):]
                break
        else:
            content = []
    if len(content) < 2 or len({c.getparent() for c in content}) != 1:
        return None
    # (posts of one kind: one tag, a class token in common, whatever order a builder writes them
    # in: phpBB's "post bg1" and "post bg2"; numbered alike, Simple Machines Forum's alternating
    # "windowbg" and "windowbg2")
    shared = set.intersection(*({_ALTERNATE_NUMBER.sub("", t) for t in (c.get("class") or "").split()} for c in content)) - {""}
    ids = [_POST_ID.match(c.get("id") or "") for c in content]
    if len({c.tag for c in content}) != 1 or (not shared and any(c.get("class") for c in content)) or not all(ids) or len({m.group(1) for m in ids if m}) != 1:
        return None
    if ids[0] and ids[0].group(1).strip("-_").lower() in _LAYOUT_IDS:
        return None  # a page layout's numbered columns ("column-1", "column-2": Liferay's), no posts'

    # (phpBB titles every post; vBulletin 4 titles the first only)
    if next(content[0].iter("h2", "h3", "h4"), None) is None:
        return None
    post = content[0]
    text = next((el for el in post.iter("div", "section", "article") if el is not post and _is_named_text(el)), None)
    if text is None:
        scored = [(score, el) for el, score in layout.scores.items() if el is not post and within(el, post)]
        text = max(scored, key=lambda se: se[0])[1] if scored else None
    return [text if text is not None and visible_len(text) >= 0.5 * visible_len(post) - 400 else post]


def _images_outside(container: HtmlElement, inner: HtmlElement) -> list[HtmlElement]:
    return [img for img in container.iter("img") if not within(img, inner)]


def _headed_before(container: HtmlElement, inner: HtmlElement, headings: tuple[str, ...] = ("h1", "h2")) -> bool:
    """The container opens with a headline (h1/h2 before any paragraph of text): it is the
    article's whole box (headline, date line, text), not the text's own container. A section
    heading after the first paragraphs is the text's own."""
    for el in container.iter():
        if el is inner:
            return False
        if el.tag in headings:
            return True
        if isinstance(el.tag, str) and len((el.text or "").strip()) >= 80:
            return False
    return False


def _widen_to_siblings(best: HtmlElement, scores: dict[HtmlElement, float], best_score: float) -> list[HtmlElement]:
    """Readability's sibling merge: paragraphs split across sibling containers belong together.
    The merge runs among the siblings of the block the text sits in: a text alone in its block's
    wrapper (Craft's Matrix "block block--text" holding a "prose" box) merges with the next
    blocks of the series, not with nothing."""
    parent = best.getparent()
    # (the text may sit several single-child wrappers deep in its block: a site builder's
    # "section > container > row > col", Mobirise's blocks; the series is found at the first
    # wrapper that has one)
    # (or the text's block holds its heading, photo and text side by side, one block of a series
    # of such blocks named as text: OpenCms Apollo's "ap-blog-paragraph" per paragraph group, the
    # first one "ap-blog-paragraph ap-paragraph-first"; the series is the text, one level up)
    series = _block_of_series(parent, scores)
    # (the series' classes that name text, in any order: a block's own modifier, "…-first", aside)
    series_named: set[str] = set()
    if series is not None:
        best, parent = parent, series
        series_named = {t for t in (best.get("class") or "").split() if not families(t).isdisjoint(TEXT)}
    wrapper = parent
    for _ in range(4):
        if wrapper is None or wrapper.tag in ("body", "html", "article", "main") or sum(1 for k in wrapper if isinstance(k.tag, str)) != 1:
            break
        grand = wrapper.getparent()
        kind_of = _sibling_kinds(grand)
        kind = kind_of(wrapper)
        # (a block of a series its class names text may be too short to score: a signature in
        # a text component of its own under a photo component, Adobe's Core Components)
        texts = kind and not families(kind).isdisjoint(TEXT)
        raw = (wrapper.get("class") or "").strip()
        if grand is not None and kind and any(k is not wrapper and kind_of(k) == kind and (_inner_score(k, scores) > 0 or (texts and visible_len(k) > 0)) for k in grand):
            best, parent = wrapper, grand
            break
        if grand is not None and not kind and raw and any(k is not wrapper and (k.get("class") or "").strip() == raw and scores.get(k, 0.0) > 0 for k in grand):
            best, parent = wrapper, grand  # (a wrapper named by a layout helper alone: its exact class, scored)
            break
        wrapper = grand
    if parent is None:
        return [best]
    threshold = max(10.0, best_score * 0.2)
    kind_of = _sibling_kinds(parent)
    best_class = kind_of(best)
    best_raw = (best.get("class") or "").strip()
    picked: list[HtmlElement] = []
    for sib in parent:
        if not isinstance(sib.tag, str) or sib.tag in SKIP_TAGS:
            continue
        if sib is best:
            picked.append(sib)
            continue
        if has(sib, *NOISE) and not _modified_block_of(sib, best_raw):
            continue  # (a block of the series but for a modifier is none, whatever it says: "ce-block--right")
        # (the best one's own kind: the same class, or the same but for a builder's generated
        # token and layout helpers)
        same = bool(best_raw) and ((sib.get("class") or "").strip() == best_raw or (bool(series_named) and not series_named.isdisjoint((sib.get("class") or "").split())))
        generated = not same and bool(best_class) and kind_of(sib) == best_class
        own = s = scores.get(sib, 0.0)
        if not s and generated:
            s = _inner_score(sib, scores)  # (a block of the series wraps its text a few boxes deep)
        # (a block wrapping a paragraph of prose, a sentence with its commas or of a hundred
        # letters, is a block of the text; a panel of one short line, a rating box, is not)
        prose = generated and s >= _PROSE_SCORE and sum(1 for _ in islice(sib.iter("a"), 2)) < 2  # (a roll-up of teasers links its posts)
        kind = best_raw if same else best_class
        # (or a photo block of the series, its figure and caption: Editor.js's image block; or a
        # short line of the series right after its last block: a signature, "ce-block--right")
        if (same or generated) and (
            own or prose or (not families(kind).isdisjoint(TEXT) and visible_len(sib))
            or (generated and picked and (_is_photo_box(sib) or _closing_line_of(sib, picked[-1])))
        ):
            # readability's bonus: a text block of the best one's own kind; a series' short last
            # block (one paragraph under a gallery, a signature) is still the series'
            s = max(s + best_score * 0.2, threshold)
        if s < threshold and _text_fields_of_one_post(sib, best) and visible_len(sib) >= 100:
            # a text field of the post's beside the best one (Serendipity's "entry_body" of one
            # paragraph before its long "entry_extended"), not a short meta line ("news-detail-info")
            s = threshold
        # (a block of the text's own kind may carry an inline "Xem thêm: <a>…</a>" line beside a
        # paragraph or a source line: its one link, after the pointer's label, is no list of links,
        # however short the rest)
        if s >= threshold and _link_density(sib, visible_len(sib)) < (_SEE_ALSO_DENSITY if (same or generated) and see_also_link_only(sib) else 0.25) and not _meta_line(sib):
            picked.append(sib)
        elif sib.tag == "p":
            n = visible_len(sib)
            if n > 80 and _link_density(sib, n) < 0.25:
                picked.append(sib)
    if len(picked) > 1:
        # a photo box between two merged blocks (a cover image between the lead and the text)
        # is the article's: nothing scores it, and leaving it out would drop the photo
        picked = _with_between(parent, picked)
    return _with_letterhead(parent, _with_opening_heading(picked))


def _with_opening_heading(run: list[HtmlElement]) -> list[HtmlElement]:
    """The run of the text's modules with the heading module right before its first (TYPO3's
    "frame-type-header" element opening the news item's content elements, over the first text
    element): the text's first section heading, which no score reaches."""
    if len(run) < 2:
        return run
    prev = previous_element(run[0])
    if prev is None:
        return run
    # (or a heading of the very kind the run's own section headings are, its tag and class: the
    # first section's heading opening a rich-text field, SharePoint's "ms-rteElement-H3B" over
    # the first paragraph, its second section's heading among the run)
    same_kind = prev.tag in ("h2", "h3", "h4", "h5", "h6") and len(clean_line(text_of(prev))) <= 150 and any(
        el.tag == prev.tag and el.get("class") == prev.get("class") for el in run
    )
    if not same_kind and not header_heading(prev, element_families(prev)):
        return run
    return [prev, *run]


#: the share of a block's words its one "Xem thêm: <a>…</a>" pointer may take (beside a short
#: source line, or alone): no list of links
_SEE_ALSO_DENSITY = 0.75


def see_also_link_only(box: HtmlElement) -> bool:
    """The box's one link is a "Xem thêm: <a>…</a>" line's (a related label before it in its
    line): an editor's pointer inside a block of text, no list of links."""
    links = list(islice(box.iter("a"), 2))
    return len(links) == 1 and see_also_pointer(links[0])


def see_also_pointer(a: HtmlElement) -> bool:
    """The link is a "Xem thêm: <a>…</a>" line's: a related label before it in its line."""
    parent = a.getparent()
    if parent is None:
        return False
    line = clean_line(text_of(parent))
    label = line.replace(clean_line(text_of(a)), "").strip(" :：»>-–")
    return bool(label) and is_related_heading(label)


#: the longest post's meta line ("12/11/2026 6:30:00 CH (Cập nhật lần cuối: …) | Lượt xem: 1644 |
#: Người đăng: …")
_META_LINE_MAX = 200


def _barred_meta_line(el: HtmlElement) -> bool:
    """A meta line (``_meta_line``) of fields parted by bars or middle dots, one of them a post's
    field ("Người đăng: …", "Lượt xem: …"; not a top bar's "Thứ Bảy, 05/12/2026 | Hotline: …")."""
    if not _meta_line(el):
        return False
    text = clean_line(text_of(el))
    parts = [p.strip() for p in re.split(r"\s*(?:\||·)\s*", text)]
    return len(parts) > 1 and any(is_meta_field_line(p) for p in parts[1:])


def _meta_line(el: HtmlElement) -> bool:
    """A short box that opens with a date and holds no paragraph: the post's meta line beside its
    text, whose times' colons score like a sentence's punctuation (an ASP.NET vendor's "tt_ct"
    over a short notice). Its date is read from between the headline and the text."""
    if next(el.iter("p"), None) is not None:
        return False
    text = clean_line(text_of(el))
    if len(text) > _META_LINE_MAX:
        return False
    found = find_dates(text[:40])
    return bool(found) and found[0].start <= 20 and text.count(",") <= 2


def _with_letterhead(parent: HtmlElement, picked: list[HtmlElement], reach: int = 4) -> list[HtmlElement]:
    """The merged blocks with the document's head above them: a notice printed as an official
    document, its letterhead table and its kind ("THÔNG BÁO") in short boxes before the subject
    and the text, which score nothing. The head is read (and left out of the body) by
    crawler.extract.official; leaving it out here would lose the document's date and kind."""
    if not picked or picked[0].getparent() is not parent or picked[-1].getparent() is not parent:
        return picked
    before = [k for k in islice(picked[0].itersiblings(preceding=True), reach) if isinstance(k.tag, str)]
    head = next((n for n, sib in enumerate(before) if sib.tag not in SKIP_TAGS and names_the_state(clean_line(text_of(sib)))), None)
    if head is None:
        return picked
    # (and its closing after the text: "Nơi nhận" and the signer's post and name in a table)
    after = [k for k in islice(picked[-1].itersiblings(), reach) if isinstance(k.tag, str)]
    tail = next((n for n, sib in enumerate(after) if sib.tag not in SKIP_TAGS and closes_a_document(clean_line(text_of(sib)))), -1)
    return [*reversed(before[: head + 1]), *picked, *after[: tail + 1]]


def _block_of_series(block: HtmlElement | None, scores: dict[HtmlElement, float]) -> HtmlElement | None:
    """The box holding ``block`` and the other blocks of its series, when ``block`` holds several
    parts (a heading, a photo, the text), is named as text by a class, and another child of
    its box with that class holds scored text; else None."""
    if block is None or block.tag in ("body", "html", "article", "main") or sum(1 for k in block if isinstance(k.tag, str)) < 2:
        return None
    # (its classes that name text, in any order: "ap-blog-paragraph ap-paragraph-first" beside
    # "ap-blog-paragraph"; a builder writes its classes in any order)
    named = {t for t in (block.get("class") or "").split() if not families(t).isdisjoint(TEXT)}
    box = block.getparent()
    if not named or box is None:
        return None
    others = [k for k in box if k is not block and isinstance(k.tag, str) and not named.isdisjoint((k.get("class") or "").split())]
    if any(_LINKED_HEADING(k) for k in (block, *others)):
        return None  # a list's entries, each titled by a link to its own page (a blogger's posts), no text's blocks
    return box if any(_inner_score(k, scores) > 0 for k in others) else None


#: a heading holding a link (an entry's title leading to its own page), in C
_LINKED_HEADING = etree.XPath("boolean(.//*[self::h1 or self::h2 or self::h3 or self::h4][.//a[@href]])")


#: the most a series' short closing line holds (a signature, a unit's name)
_CLOSING_LINE_CHARS = 120


def _closing_line_of(sib: HtmlElement, last: HtmlElement) -> bool:
    """A short line without links right after the last block picked (its next element)."""
    if next((k for k in last.itersiblings() if isinstance(k.tag, str)), None) is not sib:
        return False
    n = visible_len(sib)
    return 0 < n <= _CLOSING_LINE_CHARS and next(sib.iter("a"), None) is None


def _sibling_kinds(parent: HtmlElement | None) -> Callable[[HtmlElement], str]:
    """The kind of block each child of ``parent`` is: its class, without a token a builder
    generated for that one block ("content5 cid-ub9JlKb5zH" beside "content5 cid-tcdmaTdyex":
    both "content5"). A generated token is on no other child and is a short prefix and a hash;
    a name of the block's role stays, however rare ("gh-article-header gh-canvas" is not
    "gh-content gh-canvas")."""
    counts: Counter[str] = Counter(t for k in (parent if parent is not None else ()) if isinstance(k.tag, str) for t in set((k.get("class") or "").split()))

    def kind(el: HtmlElement) -> str:
        # (layout helpers, "clearfix", "row", "col-md-6", name no kind of block either; nor a BEM
        # modifier beside its block's name: Editor.js's "ce-block ce-block--stretched" is a block)
        tokens = (el.get("class") or "").split()
        return " ".join(
            t for t in tokens
            if (counts[t] >= 2 or not _GENERATED.search(t)) and not _LAYOUT_TOKEN.match(t) and not _is_modifier(t, tokens)
        )

    return kind


#: a layout helper's class token: it places a box, whatever the box is
_LAYOUT_TOKEN = re.compile(r"^(?:clearfix|clear|cf|row|container(?:-fluid)?|wrap(?:per)?|inner|col(?:-[a-z]{2})?(?:-\d+)?|span\d+|[mp][tblrxy]?-\d|d-[a-z]+|justify-content-\w+|align-items-\w+)$")
_HAS_DIGIT = re.compile(r"\d")
#: a class token of a short prefix and a hash that reads as no word (a capital inside it, or
#: digits among letters, six characters or more): "cid-tcdmaTdyex", "cid-ub9JlKb5zH"; or a
#: prefix and a number of six digits or more, a block's id written as a class (Duda's
#: "u_1595506971 dmNewParagraph")
_GENERATED = re.compile(r"^[a-z]{1,6}[-_](?=[A-Za-z0-9]{6,}$)(?:[a-z0-9]*[a-z0-9][A-Z]|[A-Za-z]*\d+[A-Za-z]|\d+$)")


#: the score of a box holding one paragraph of prose (score_candidates: 1, a point a comma, a
#: point a hundred letters)
_PROSE_SCORE = 4.0


def _inner_score(el: HtmlElement, scores: dict[HtmlElement, float]) -> float:
    """The element's score, or the best of the boxes it wraps (a builder's block holds its text
    in "container > row > col")."""
    return scores.get(el, 0.0) or max((scores.get(d, 0.0) for d in el.iterdescendants("div", "section", "article", "td")), default=0.0)


def _text_fields_of_one_post(a: HtmlElement, b: HtmlElement) -> bool:
    """Two boxes that are text fields of one record: both named as text, their first class names
    one block's elements ("serendipity_entry_body", "serendipity_entry_extended")."""
    first_a, first_b = (a.get("class") or "").split()[:1], (b.get("class") or "").split()[:1]
    if not first_a or not first_b or first_a == first_b:
        return False
    if any(x.tag in ("header", "footer", "nav", "aside") or next(x.iter("h1", "h2", "h3"), None) is not None for x in (a, b)):
        return False  # the block's header (its headline and meta line), not a text field
    prefix = first_a[0][: next((i for i, (x, y) in enumerate(zip(first_a[0], first_b[0], strict=False)) if x != y), min(len(first_a[0]), len(first_b[0])))]
    # (names of text alone: the block's title, meta line or lead beside its text,
    # "news-detail-title", "news-detail-lead", are read as what they are)
    return len(prefix) >= 6 and prefix[-1] in "-_" and element_families(a) == element_families(b) == frozenset({"content"})


def _with_between(parent: HtmlElement, run: list[HtmlElement]) -> list[HtmlElement]:
    """The run of tiles with the blocks of another kind printed between two of them (a CMS
    writes a quote, a photo or a video block with its own class among the text blocks:
    Wagtail's StreamField, Gutenberg, page builders)."""
    kids = [k for k in parent if isinstance(k.tag, str)]
    first, last = kids.index(run[0]), kids.index(run[-1])
    return [k for k in kids[first:last + 1] if k in run or _is_photo_box(k) or _is_inner_block(k)]


def _is_inner_block(el: HtmlElement) -> bool:
    """A block between two of the article's text blocks that belongs with them: a quote, a table,
    a heading, a video, a short text, nothing named as furniture and not a list of links."""
    if el.tag in SKIP_TAGS or is_noise(el) or is_hidden(el):
        return False
    n = visible_len(el)
    if not n:
        return next(el.iter("iframe", "video", "img", "table"), None) is not None
    return _link_density(el, n) < 0.25


def _is_photo_box(el: HtmlElement) -> bool:
    if el.tag in SKIP_TAGS or is_noise(el) or is_hidden(el):
        return False
    return any(not is_decoration(img) for img in el.iter("img")) and visible_len(el) <= 300


#: a post's numeric id in an address (seven digits or more: no year, no page number)
_NUMERIC_ID = re.compile(r"(?<!\d)\d{7,}(?!\d)")


def _date_line_box(el: HtmlElement) -> bool:
    """A short box saying only a day (and its time), no photo."""
    text = clean_line(text_of(el))
    # (or a theme's tile of the day and the month, no year: Porto's "<span class=day>04</span><span
    # class=month>Th11</span>" between the featured photo and the headline)
    return 0 < len(text) <= 80 and el.find(".//img") is None and (is_date_line(text) or is_day_badge(text))


def _fields_box(el: HtmlElement) -> bool:
    """A list of the post's fields (a definition list, "dl.article-info": its writer, category,
    day and views): short, dated, no photo."""
    if el.tag != "dl" or el.find(".//img") is not None:
        return False
    text = clean_line(text_of(el))
    return 0 < len(text) <= 200 and bool(find_dates(text))


def _kicker_link(el: HtmlElement) -> bool:
    """A short box that is one link and no photo (a section's name over the headline)."""
    links = [el] if el.tag == "a" else list(islice(el.iter("a"), 2))
    if len(links) != 1 or el.find(".//img") is not None:
        return False
    # (a screen reader's label before the link is not shown: Newspack's "<span class=screen-reader-text>Đăng trong</span>")
    text = visible_text(el) if _MAYBE_HIDDEN_INSIDE(el) else clean_line(text_of(el))
    return 0 < len(text) <= 40 and text == clean_line(text_of(links[0]))


def _in_credit(a: HtmlElement, box: HtmlElement) -> bool:
    """The link sits in a credit's box inside ``box`` (a caption's "Ảnh: <a>X</a>")."""
    for anc in a.iterancestors():
        if anc is box:
            return False
        if has(anc, "credit"):
            return True
    return False


def photo_above_headline(title_el: HtmlElement | None, content: list[HtmlElement], levels: int = 4) -> list[HtmlElement]:
    """The featured photo a theme prints right above the headline inside the article's own box
    (OceanWP's ``div.thumbnail`` before the title, a magazine theme's cover before its header):
    the box just before the headline, or before the few boxes that hold it, when it holds a
    photo and at most a caption, and the article's box (the headline's and the text's common
    ancestor, or the <article> around it) holds it too. A banner above the article's box is never
    reached."""
    if title_el is None or not content:
        return []
    box = next((a for a in title_el.iterancestors() if within(content[0], a)), None)
    if box is None or box.tag in ("body", "html"):
        return []
    node = title_el
    own_ids = set(_NUMERIC_ID.findall(title_el.base_url or ""))
    for _ in range(levels):
        prev = node.getprevious()
        # (past the post's date line between its photo and its text: Tumblr's photo post prints
        # the photo, the permalink's date, then the caption opening with the headline)
        # (and past the section's link printed over the headline, a magazine's kicker: "cover,
        # <a>Đoàn - Đội</a>, headline", Framer's phone layout)
        # (and past the post's fields over its headline, Joomla's "dl.article-info" of the writer,
        # the category, the day and the views between Helix's "entry-image" and the h2)
        while prev is not None and (not isinstance(prev.tag, str) or _is_empty_box(prev) or _kicker_link(prev) or (node is not title_el and _date_line_box(prev)) or _fields_box(prev)):
            prev = prev.getprevious()
        caption = None
        if prev is not None and has(prev, "caption") and next(prev.iter("img"), None) is None and visible_len(prev) <= 300:
            # (the photo's caption in a box of its own between it and the headline's: Liferay
            # Blogs' "cover-image" then "cover-image-caption" over the entry's header)
            before = prev.getprevious()
            if before is not None and isinstance(before.tag, str) and next(before.iter("img"), None) is not None:
                caption, prev = prev, before
        if prev is not None:
            # (the photographer's link in the caption's credit is no link out: Newspack's "Ảnh: <a
            # href=/author/x/>X</a>")
            links = [a.get("href") or "" for a in prev.iter("a") if not _in_credit(a, prev)]
            # (its names may call it a header's, "page-header-image-single": it is the article's
            # own box, right above the headline; an advertisement is never a photo of its own)
            photo = prev.tag not in SKIP_TAGS and not is_hidden(prev) and not has(prev, "chrome", "column", "toc", "banner")
            photo = photo and any(not is_decoration(img) for img in prev.iter("img")) and visible_len(prev) <= 300
            # (a link to the photo's file, or to the photo's own page of this post: "/image/<the
            # post's id>")
            if photo and all(IMAGE_FILE.search(h) or own_ids.intersection(_NUMERIC_ID.findall(h)) for h in links) and not any(within(prev, c) for c in content):
                return [prev] if caption is None else [prev, caption]  # (a photo the text's block holds already is read with it)
            return []
        node = node.getparent()
        before = [k for k in node.itersiblings(preceding=True) if isinstance(k.tag, str)] if node is not None else []
        photo_frame = bool(before) and all((k.tag == "img" or k.find(".//img") is not None) and visible_len(k) <= 300 for k in before)
        if node is not None and node is box and node.getparent() is not None and (node.getparent().tag == "article" or photo_frame):
            # (the headline's and the text's box inside the post's <article>, the featured photo
            # before that box: "article > div.single-post-thumb + div.post-inner > h1 + div.entry";
            # or inside a frame holding only photos before it: Bootstrap's "card > img.card-img-top
            # + div.card-body > h1 + div.text")
            box = node.getparent()
            continue
        if node is None or node is box:
            return []
    return []


def content_for_title(title_el: HtmlElement, layout: Layout, order: dict[HtmlElement, int], levels: int = 4) -> list[HtmlElement] | None:
    """The text block an article's headline owns, when the page-wide best block is elsewhere (a
    side list of teasers outscores a short notice or a timetable): the best-scoring block after
    the headline inside its own container, else the container itself when it holds text after
    the headline. None when the page-wide choice already follows the headline."""
    at = order.get(title_el, -1)
    content = layout.content
    if layout.named_by_cms and content and order.get(content[0], -1) > at:
        return None  # the page's one container the CMS names as the text, after the headline
    if content and not within(title_el, content[0]) and order.get(content[0], -1) > at and not shares_container(title_el, content[0], 2):
        # the page-wide block follows the headline outside the headline's own box (a Bootstrap
        # row's side column: a calendar's panel outscoring a short notice by its name): the block
        # after the headline in that box, unless the page-wide one holds twice its text (a cover
        # box of headline and subtitle over the text's own section)
        own = title_el.getparent().getparent() if title_el.getparent() is not None else None
        best = _best_after(title_el, own, layout, order) if own is not None and own.tag not in ("body", "html") else None
        if best is not None and visible_len(best) >= 200 and not _outweighs(content, best, at, order):
            return _widen_to_siblings(best, layout.scores, max(10.0, best_score(best, layout.scores)))
    if content and (within(title_el, content[0]) or (order.get(content[0], -1) > at and shares_container(title_el, content[0], levels))):
        return None  # the block holds the headline, or follows it in the headline's container
    for depth, anc in enumerate(title_el.iterancestors()):
        if depth >= levels or anc.tag in ("body", "html"):
            break
        best = _best_after(title_el, anc, layout, order)
        if best is not None:
            if _outweighs(content, best, at, order):
                return None
            if visible_len(best) < _META_LINE_MAX and is_date_line(clean_line(text_of(best))) and content and order.get(content[0], -1) > at and _is_named_text(content[0]):
                # the date line under a headline printed in the page's header (Uncode's
                # "page-header": title, date, categories), the text the CMS names after it
                return None
            return _widen_to_siblings(best, layout.scores, max(10.0, best_score(best, layout.scores)))
        text_after = sum(len(t.strip()) for t in anc.itertext()) - len(clean_line(text_of(title_el)))
        if depth >= 1 and text_after >= 20:
            # (a cover box of headline and fields over the text's own section, Webflow's
            # "hero-article": the text after it is the article's; so is the box the CMS names as
            # the text after a cover box, however short: Kadence's entry-hero over a notice's
            # "entry-content")
            # (or a box that holds nothing after the headline but short fields: the date, the
            # poster, a category tag)
            after_cover = bool(content) and order.get(content[0], -1) > at and (_is_named_text(content[0]) or _only_fields_after(title_el, anc))
            return None if after_cover or _outweighs(content, anc, at, order) else [anc]
    return None


def _only_fields_after(title_el: HtmlElement, box: HtmlElement) -> bool:
    """Every piece of text after the headline in ``box`` is short (a meta row's "Ngày đăng:",
    "05/11/2026", "Người viết:", a name): a cover box, no sentence of a text."""
    pieces = [title_el.tail]
    after = False
    for el in box.iter():
        if el is title_el:
            after = True
        elif after and not within(el, title_el):
            pieces.append(el.tail)
            if isinstance(el.tag, str):
                pieces.append(el.text)
    return all(len(clean_line(p)) <= 60 for p in pieces if p)


def _best_after(title_el: HtmlElement, box: HtmlElement, layout: Layout, order: dict[HtmlElement, int]) -> HtmlElement | None:
    """The best-scoring block after the headline inside ``box`` (a data table whole), or None."""
    at = order.get(title_el, -1)
    inside = [(score, el) for el, score in layout.scores.items() if order.get(el, -1) > at and within(el, box) and not is_noise(el)]
    best = _whole_table(max(inside, key=lambda se: se[0])[1]) if inside else None
    if best is None or visible_len(best) < 200:
        # a post whose text is a scanned letter (its pages as photos, its file to download): the
        # box its CMS names as the text holds them and no line, and only the date line scored
        bare = next((el for el in box.iter(*_BOX_TAGS) if order.get(el, -1) > at and _is_named_text(el)), None)
        if bare is not None and visible_len(bare) < 40 and not is_noise(bare) and _holds_pages_or_files(bare) and (best is None or not within(best, bare)):
            return bare
    return best


def _outweighs(content: list[HtmlElement], owned: HtmlElement, at: int, order: dict[HtmlElement, int]) -> bool:
    """The page-wide text block, printed after the headline in the page's own flow (no furniture
    around it, few links), holds twice the text of the block found beside the headline: the
    headline's box is a cover (Odoo's blog post cover: title and subtitle), the text follows it."""
    if not content or order.get(content[0], -1) <= at or _in_furniture(content[0]):
        return False
    text = sum(visible_len(c) for c in content)
    if not text or _link_density(content[0], text) > 0.3:
        return False
    return text >= 2 * visible_len(owned)


def _whole_table(el: HtmlElement) -> HtmlElement:
    """A block inside a data table (its tbody, a row) stands for the whole table: a timetable is
    read row by row, never cell by cell."""
    if el.tag in ("tbody", "thead", "tfoot", "tr"):
        table = next(el.iterancestors("table"), None)
        if table is not None and is_data_table(table):
            return table
    return el


#: the share of a box's text in links that makes it a list of links, no caption or prose
_LINK_BOX_DENSITY = 0.6


def lead_media(title_el: HtmlElement | None, content: list[HtmlElement], order: dict[HtmlElement, int]) -> list[HtmlElement]:
    """The lead photo printed between the headline and the text block, outside the block
    (Drupal's image field, K2's itemImageBlock, NukeViet's figure): the elements just before the
    block that hold a content image and at most a caption's worth of text, in page order."""
    if title_el is None or not content:
        return []
    at = order.get(title_el, -1)
    node = content[0]
    found: list[HtmlElement] = []
    pending: list[HtmlElement] = []
    levels = 0
    for _ in range(8):  # the block's own earlier siblings, then its parent's
        if next((s for s in node.itersiblings(preceding=True) if isinstance(s.tag, str)), None) is None:
            # a wrapper holding the block alone (a page builder's row > column > wrapper) is
            # no level: the photo sits beside the builder's whole text section (Avada's
            # featured-images box beside "fusion-content-tb")
            node = node.getparent()
            if node is None or node.tag in ("body", "html") or order.get(node, -1) <= at:
                break
            continue
        levels += 1
        if levels > 2:
            break
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue  # a template's comment between the boxes ("<!-- media files -->")
            if sib is not title_el and within(title_el, sib):
                # the headline's own box (a post header): the photo printed in it after the
                # headline (Ghost's and WordPress themes' feature image) leads the text
                return [*_media_after(sib, title_el, at, order), *found]
            if order.get(sib, -1) <= at or sib is title_el:
                return found
            if is_hidden(sib):
                continue  # not shown (the phone's copy of the lead photo, "d-sm-none")
            if _floated(sib) and sum(1 for _ in islice(sib.iter("a"), 3)) >= 3:
                continue  # a list of other posts floated beside the text's start ("Tin tiêu điểm")
            if is_noise(sib):
                if visible_len(sib) <= 80 and next(sib.iter("img"), None) is None:
                    continue  # a view counter or a share bar between the photo and the text
                if has(sib, "toc") and next(sib.iter("img"), None) is None:
                    continue  # a paged article's index ("Mục lục bài viết", Joomla's article-index)
                return [*_photos_in_header_box(sib), *found]
            if sib.tag in SKIP_TAGS or is_sapo_element(sib):
                continue  # the lead paragraph sits between photo and text on some CMSs (K2)
            if _template_slot(sib, content[0], node.itersiblings()):
                continue  # the template's notice between the photo and the text
            images = [img for img in sib.iter("img") if not is_decoration(img)]
            text = clean_line(text_of(sib))
            if not images and text and next(sib.iter("ul", "ol", "details"), None) is not None and _link_density(sib, visible_len(sib)) > _LINK_BOX_DENSITY:
                continue  # a list of links between the photo and the text (Congo's contents, a series' parts)
            if images and len(text) <= 400:
                found[:0] = [sib, *pending]
                pending = []
            elif text and len(text) <= 300 and (has(sib, "caption", "media") or (len(text) <= 200 and len(text.split()) >= 4 and not is_boilerplate_line(text) and _photo_box_before(sib))):
                # a caption box printed after its photo box (by its names; or a short line's box
                # right under a box of a photo alone: Liferay's fragments, "component-image"
                # then "component-paragraph" for the photo's field and its caption's)
                pending.insert(0, sib)
            elif text and len(text) <= 80 and is_boilerplate_line(text):
                continue  # "Lượt xem: 302" between the photo and the text
            elif text and len(text) <= 160 and _meta_lines(sib):
                continue  # the post's date and byline lines between the photo and the text
            elif text and sib.tag in ("div", "p", "span", "h3", "h4", "h5") and len(text) <= 30 and fold(text.rstrip(" :：")) in phrase_set("field_labels"):
                # the text field's label over it ("Nội dung", a Liferay template's "ctbv-nhan");
                # a record's table of fields ("<dt>Nội dung</dt>", JHipster's) lists the others
                # before it, no lead photo among them
                continue
            elif text:
                return found
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or order.get(node, -1) <= at:
            break
    return found




def _meta_lines(box: HtmlElement) -> bool:
    """A box of the post's meta lines, each of its boxes a date line or a byline ("<div>Ngày
    20/11/2026</div><div class=butdanh>Hoàng Long</div>", SharePoint's article fields under the
    page image), at least one a date."""
    lines = [clean_line(text_of(child)) for child in box if isinstance(child.tag, str)]
    lines = [line for line in lines if line]
    if not lines or len(lines) > 4 or not any(is_date_line(line) for line in lines):
        return False
    return all(is_date_line(line) or parse_byline(line) is not None or looks_like_bare_name(line) for line in lines)


def _photo_box_before(el: HtmlElement) -> bool:
    """The box right before ``el`` holds a photo and no text."""
    prev = previous_element(el)
    return prev is not None and not clean_line(text_of(prev)) and any(not is_decoration(img) for img in prev.iter("img"))


def _floated(box: HtmlElement) -> bool:
    """Set aside by an inline float ("style='float:right'") or a floating class ("pull-right")."""
    style = (box.get("style") or "").replace(" ", "").lower()
    return "float:left" in style or "float:right" in style or any(c in ("pull-left", "pull-right", "float-left", "float-right", "alignright", "alignleft") for c in (box.get("class") or "").split())


def _photos_in_header_box(box: HtmlElement) -> list[HtmlElement]:
    """The photo boxes of the article's own header box printed between the headline and the text
    (SharePoint 2010's "article-header": date line, captioned image, byline): its one child that
    holds a content photo (with the caption printed in it), when the box links nowhere (a related
    or share box links to pages) and holds no more text than a caption and a meta line."""
    if any(not IMAGE_FILE.search(a.get("href") or "") for a in box.iter("a")) or visible_len(box) > 400:
        return []
    found = [
        child
        for child in box
        if isinstance(child.tag, str) and any(not is_decoration(img) for img in child.iter("img"))
    ]
    if len(found) != 1:
        return []
    return found


def trailing_album(content: list[HtmlElement], levels: int = 3) -> list[HtmlElement]:
    """A photo story's album printed in a box of its own after the text (Drupal Panels' image
    field pane, a gallery module under the body): the boxes right after the content block, at the
    first of its few nearest ancestors that has any, which hold photos and their captions only.

    A box counts only when it holds two photos or more (or one, in a box named for images), no heading, no form, and no link but to
    an image file (a lightbox): thumbnails of other articles link to pages, a site's gallery
    block has a title, banners link out."""
    if not content:
        return []
    node = content[-1]
    for _ in range(levels + 1):
        following = [s for s in node.itersiblings() if isinstance(s.tag, str) and not _is_empty_box(s)]
        if following:
            break
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return []
    else:
        return []
    found: list[HtmlElement] = []
    for box in following:
        sib = _unwrapped(box)
        if not _is_album(sib):
            break
        first = _heading_first(sib)
        if first is not None:
            found.extend(k for k in sib if isinstance(k.tag, str) and k is not first)  # (the album without its title)
        else:
            found.append(box)  # (the box as printed: a credit after it follows the text's last box)
    if not found:
        found = _album_past_furniture(following)
    return found


def _unwrapped(box: HtmlElement) -> HtmlElement:
    """The box inside ``box`` when it is all it holds (Joomla's custom fields: "<div
    class=fields-container><div class=field-entry><h3 class=field-label>Ảnh hoạt động</h3><div
    class=field-value>…"): a wrapper's title is its inner box's first line."""
    for _ in range(3):
        kids = [k for k in box if isinstance(k.tag, str)]
        if len(kids) != 1 or (box.text or "").strip() or (kids[0].tail or "").strip() or kids[0].tag not in ("div", "section"):
            return box
        box = kids[0]
    return box


def _album_past_furniture(following: list[HtmlElement], limit: int = 6) -> list[HtmlElement]:
    """The post's album printed after its furniture rather than right after its text (K2's item
    view: the text, the share buttons, the category and tags, the related items, then the item's
    image gallery): past boxes that are furniture by their names, or a short row of links with no
    photo (the category and tags), the first box named for images whose every photo is enlarged
    by its link to the file. Anything else ends the search: the article's box is over."""
    for sib in following[:limit]:
        if _is_album(sib):
            photos = [img for img in sib.iter("img") if not is_decoration(img)]
            if not (has(sib, "media") and _enlarged_by_links(photos)):
                return []
            # (its photos only: the line a gallery plugin prints for print views, "Xem bản đầy
            # đủ của trang để xem thư viện ảnh.", is no caption and no text of the post)
            return [k for k in sib if isinstance(k.tag, str) and next(k.iter("img"), None) is not None]
        if next(sib.iter("img"), None) is not None:
            return []
        if not (is_noise(sib) or _labelled_links(sib)):
            return []
    return []


def _enlarged_by_links(photos: list[HtmlElement]) -> bool:
    """Every photo sits in a link to its image file (a lightbox's gallery)."""
    return all((a := next(img.iterancestors("a"), None)) is not None and IMAGE_FILE.search(a.get("href") or "") for img in photos)


def _labelled_links(box: HtmlElement, label: int = 25) -> bool:
    """A short row of links with only their labels beside them ("Đăng trong <a>…</a> Từ khóa:
    <a>…</a>"): the post's category and tags."""
    if visible_len(box) > 200 or next(box.iter("a"), None) is None:
        return False
    return all(len(clean_line(t)) <= label for t in texts_skipping(box, lambda el: el.tag == "a"))


def trailing_text(content: list[HtmlElement], limit: int = 4) -> list[HtmlElement]:
    """The text going on in boxes right after the content block, its siblings (TYPO3's content
    elements after tx_news's text box: a text-and-picture element): a box counts when its
    paragraphs carry the class the block's own paragraphs carry ("bodytext": one editor wrote
    both) and it is mostly not links. Paragraphs without a class, or another class, say nothing,
    so an author's bio or a teaser after the text stays out."""
    if not content:
        return []
    last = next((c for c in reversed(content) if not is_hidden(c)), content[-1])
    classes = {p.get("class") for p in last.iter("p") if p.get("class")}
    # (a class a builder sets on every element it places, boxes and pictures as much as
    # paragraphs, names no editor's paragraphs: Microweber's "element", whose site-wide motto box
    # under every post carries it too)
    classes -= {el.get("class") for el in last.iter("div", "img", "span", "figure", "table") if el.get("class")}
    if next(last.iter("h1"), None) is not None:
        return []  # the post's whole box, its headline inside: what follows it is past the post
    # (or a second text field of the CMS: a box carrying the text box's own class, Webflow's
    # "w-richtext" on the post's "Ghi chú" field after its body; the field's label stays out)
    fields = {c for c in (last.get("class") or "").split() if _TEXT_CLASS.search(c)}
    # (or a table element of the same CMS's kind right after the text element: Contao's "ce_text"
    # then "ce_table", one editor's content elements in a row)
    kinds = {m.group(1) for c in (last.get("class") or "").split() if (m := _ELEMENT_KIND.match(c))}
    resumed = _resumed_after_insert(last)
    if resumed is not None:
        return [resumed]
    folded = _folded_rest(last)
    if folded is not None and folded not in content and not any(within(folded, c) or within(c, folded) for c in content):
        return [folded]
    if not classes and not fields and not kinds:
        return []
    found: list[HtmlElement] = []
    for sib in last.itersiblings():
        if not isinstance(sib.tag, str) or sib.tag in SKIP_TAGS:
            continue
        if len(found) >= limit or is_noise(sib) or sib.tag in ("aside", "nav", "footer", "form"):
            break
        if is_hidden(sib):
            if fields:
                continue  # a field left empty and hidden between two text fields
            break
        if kinds and _table_element(sib, kinds):
            found.append(sib)
            continue
        paragraphs = [p for p in sib.iter("p") if p.get("class") in classes] if classes else []
        field = _text_field(sib, fields) if fields and not paragraphs else None
        if field is not None and _template_slot(sib, last, last.itersiblings(preceding=True)):
            break
        box = sib if paragraphs else field
        text = clean_line(text_of(box)) if box is not None else ""
        if box is None or not text or _link_density(box, len(text)) > 0.3:
            break
        found.append(box)
    return found


def _folded_rest(last: HtmlElement) -> HtmlElement | None:
    """The rest of the text folded away right after the text's boxes, in a box of its own that a
    button beside it opens (Alpine.js's "<div x-data><div x-show=moRong style='display: none'>…
    </div><button>Xem toàn bộ bài viết ▾</button></div>" after Editor.js's blocks): the hidden
    box, the text's last part."""
    sib = next((s for s in last.itersiblings() if isinstance(s.tag, str) and s.tag not in SKIP_TAGS), None)
    if sib is None:
        return None
    first = next((c for c in sib if isinstance(c.tag, str)), None)
    return next((box for box in (sib, first) if box is not None and is_hidden(box) and revealed_on_click(box)), None)


def _resumed_after_insert(last: HtmlElement) -> HtmlElement | None:
    """The text's second part after a list of other posts set between its two parts (Radiant's
    "pt-body", a "Có thể bạn quan tâm" box, then "pt-extended"; a CMS's second text field after a
    "Bài liên quan" list): the box of prose right after the inserted list, a list that says what
    it is by its heading. A teaser of another post (a linked heading) or a box of links is none."""
    sibs = [s for s in islice(last.itersiblings(), 4) if isinstance(s.tag, str) and s.tag not in SKIP_TAGS][:2]
    if len(sibs) < 2:
        return None
    insert, rest = sibs
    heading = next((h for h in insert.iterdescendants(*HEADINGS, "strong", "b", "p", "div", "span") if clean_line(text_of(h))), None)
    if heading is None or not is_related_heading(clean_line(text_of(heading))) or len(text_of(insert)) > _INSERT_MAX_CHARS:
        return None
    if rest.tag != last.tag or not _same_stem(last, rest):
        return None  # (the text's second field is named as its first is: "pt-body", "pt-extended")
    if is_noise(rest) or is_hidden(rest) or rest.tag in ("aside", "nav", "footer", "form", "ul", "ol") or next(rest.iter("form", "h1", "h2", "h3"), None) is not None:
        return None
    text = clean_line(text_of(rest))
    prose = [p for p in rest.iter("p") if len(clean_line(text_of(p))) >= _RESUMED_PARAGRAPH_CHARS]
    if not prose or _link_density(rest, len(text)) > 0.3:
        return None
    return rest


def _same_stem(a: HtmlElement, b: HtmlElement) -> bool:
    """Two boxes named alike: a class in common, or first classes opening with the same part
    ("pt-body" and "pt-extended", "vgnFld_NOIDUNG" and "vgnFld_NOIDUNG_TIEP")."""
    ca, cb = (a.get("class") or "").split(), (b.get("class") or "").split()
    if not ca or not cb:
        return False
    if set(ca) & set(cb):
        return True
    sa, sb = re.split(r"[-_]", ca[0])[0].lower(), re.split(r"[-_]", cb[0])[0].lower()
    return len(sa) >= 2 and sa == sb


#: the longest list of other posts set into a text between its parts
_INSERT_MAX_CHARS = 1500
#: a paragraph of prose in the text's second part
_RESUMED_PARAGRAPH_CHARS = 60


#: a content element's class in a CMS that names its elements by kind ("ce_text", "ce-table")
_ELEMENT_KIND = re.compile(r"^([a-z]{2,4})[_-](?:text|textpic|table|list|image|html)$", re.I)


def _table_element(box: HtmlElement, kinds: set[str]) -> bool:
    """A content element of one of ``kinds`` that holds a data table and nothing else."""
    if not any((m := _ELEMENT_KIND.match(c)) and m.group(1) in kinds for c in (box.get("class") or "").split()):
        return False
    children = [k for k in box if isinstance(k.tag, str)]
    table = box if box.tag == "table" else (children[0] if len(children) == 1 and children[0].tag == "table" else None)
    return table is not None and is_data_table(table)


def trailing_notes(content: list[HtmlElement], limit: int = 3) -> list[HtmlElement]:
    """The text's footnotes printed in a box of their own after it (SPIP's "notes": "[1] Đề án
    …"): a box among the few right after the text that holds what the text's in-page links point
    to ("<a href=#nb1 class=spip_note>1</a>" → "<div id=nb1>"), and little else but those notes."""
    if not content:
        return []
    targets = {a.get("href", "")[1:] for c in content for a in c.iter("a") if a.get("href", "").startswith("#") and len(a.get("href", "")) > 1}
    if not targets:
        return []
    last = content[-1]
    for n, sib in enumerate(s for s in last.itersiblings() if isinstance(s.tag, str) and s.tag not in SKIP_TAGS):
        if n >= limit or sib.tag in ("aside", "nav", "footer", "form") or is_hidden(sib):
            break
        noted = [el for el in sib.iter() if isinstance(el.tag, str) and (el.get("id") in targets or el.get("name") in targets)]
        if not noted:
            continue
        text = clean_line(text_of(sib))
        if text and _link_density(sib, len(text)) <= 0.3:
            return [sib]
        break
    return []


#: a class token that names a text box ("w-richtext", "rich-text", "bodytext", "entry-content")
_TEXT_CLASS = re.compile(r"text|content|body", re.I)


def _template_slot(box: HtmlElement, text: HtmlElement, other_side: Iterable[HtmlElement]) -> bool:
    """A box the template fills on both sides of the text, no field of the post: a wrapper (of
    its own class) round a box of the text's own class, with a wrapper of that class on the
    text's other side too (Blocksy's content-block hooks, "<div data-block=hook:2012
    class=ct-content-block><div class=entry-content>", the site's notice before every post and
    its "Mọi ý kiến góp ý …" line after it)."""
    fields = {c for c in (text.get("class") or "").split() if _TEXT_CLASS.search(c)}
    classes = set((box.get("class") or "").split())
    if not fields or not classes or box is text or not fields.isdisjoint(classes) or _text_field(box, fields) is None:
        return False
    return any(isinstance(s.tag, str) and s is not box and not classes.isdisjoint((s.get("class") or "").split()) for s in other_side)


def _text_field(box: HtmlElement, fields: set[str]) -> HtmlElement | None:
    """The one box in ``box``'s top three levels (or ``box`` itself) carrying one of the text box's
    classes (a field sits in its label's wrapper, not deeper)."""
    hits: list[HtmlElement] = []
    level = [box]
    for _ in range(3):
        hits.extend(el for el in level if not fields.isdisjoint((el.get("class") or "").split()))
        level = [k for el in level for k in el if isinstance(k.tag, str)]
    return hits[0] if len(hits) == 1 and not is_hidden(hits[0]) else None


def _is_empty_box(el: HtmlElement) -> bool:
    return el.tag in SKIP_TAGS or (not text_of(el).strip() and next(el.iter("img", "iframe", "video"), None) is None)


def _heading_first(box: HtmlElement) -> HtmlElement | None:
    """The box's first element child when it is a heading (an album's title over its photos): a
    heading tag, or a short line its names call a title ("<div class=tieude-album>Hình ảnh hoạt
    động</div>") with no link and no photo."""
    first = next((k for k in box if isinstance(k.tag, str)), None)
    if first is None:
        return None
    if first.tag in ("h2", "h3", "h4", "h5", "h6"):
        return first
    if first.tag in ("div", "p", "span", "strong") and has(first, "title", "widget_title") and next(first.iter("a", "img"), None) is None and 0 < len(clean_line(text_of(first))) <= 60:
        return first
    return None


def _is_album(el: HtmlElement) -> bool:
    if el.tag in SKIP_TAGS or is_noise(el) or is_hidden(el):
        return False
    photos = [img for img in el.iter("img") if not is_decoration(img)]
    # (a title over a lightbox's photos, every one enlarged by its link to the file: EasyDNNnews'
    # "Hình ảnh hoạt động" over the post's gallery; a site's gallery block links its albums)
    first = _heading_first(el)
    # (a heading naming the site's photo library, "Thư viện ảnh", titles the site's gallery block)
    titled = first is not None and bool(photos) and fold(clean_line(text_of(first))) not in phrase_set("galleries") and _enlarged_by_links(photos)
    # (one photo counts in a box its names call the post's images, ProcessWire's "images" field
    # rendered after the body holding a single photo, or under a title that names pictures, a
    # vendor's "Hình ảnh hoạt động" panel left with one)
    if len(photos) < 2 and not (photos and (has(el, "media") or (titled and PICTURE_WORDS.search(text_of(first))))):
        return False
    for inner in el.iter(etree.Element):
        tag = inner.tag
        if titled and inner is first:
            continue
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "form", "input", "iframe", "table"):
            return False
        if tag == "a" and not IMAGE_FILE.search(inner.get("href") or ".jpg"):
            return False
    # a caption's worth of text per photo at most
    return visible_len(el) <= 200 * len(photos)


def _media_after(box: HtmlElement, title_el: HtmlElement, at: int, order: dict[HtmlElement, int]) -> list[HtmlElement]:
    """Photo boxes (a figure, or a box its names call media) after the headline inside ``box``,
    outside furniture (an author's avatar sits in the byline box), with a caption's worth of text."""
    out: list[HtmlElement] = []
    for el in box.iter("figure", "div", "p"):
        if order.get(el, -1) <= at or any(within(el, o) for o in out):
            continue
        if el.tag != "figure" and not has(el, "media") and not _picture_alone(el):
            continue
        if visible_len(el) > 400 or any(is_noise(a) for a in takewhile(lambda a: a is not box, el.iterancestors())):
            continue
        if any(not is_decoration(img) for img in el.iter("img")):
            out.append(el)
    return out


def _picture_alone(el: HtmlElement) -> bool:
    """A box holding a picture as its one child and no text (Congo's feature image in a "prose"
    box under the post's meta line): a photo box, however it is named."""
    return len(el) == 1 and el[0].tag == "img" and not (el.text or "").strip() and not (el[0].tail or "").strip()


def best_score(el: HtmlElement, scores: dict[HtmlElement, float]) -> float:
    return scores.get(el, 0.0)


def shares_container(a: HtmlElement, b: HtmlElement, levels: int) -> bool:
    """True when ``b`` lies inside one of ``a``'s nearest ``levels`` ancestors."""
    for depth, anc in enumerate(a.iterancestors()):
        if depth >= levels or anc.tag in ("body", "html"):
            return False
        if within(b, anc):
            return True
    return False


def position(tree: HtmlElement) -> dict[HtmlElement, int]:
    return dict(zip(tree.iter(), count()))  # built in C (a comprehension runs a Python frame per element)


#: what follows an office's kind in its name: its place, a few words ("huyện yên thế", "tỉnh bà
#: rịa - vũng tàu"), folded
_OFFICE_PLACE = re.compile(r"^ (?:huyện|tỉnh|thành phố|tp\.?|thị xã|quận|xã|phường)(?: \S+){1,5}$")


def _site_name_hint(hint: str, site_keys: set[str]) -> bool:
    """A page title that is the site's name: one the page names so, or an institution's name of a
    few words ("Trường Chính trị tỉnh Bến Tre", every page's <title> on a vendor's portal)."""
    return hint in site_keys or (len(hint.split()) <= 8 and names_an_organisation(hint))


def _page_heading_over_item(h1: HtmlElement, hint_keys: set[str]) -> bool:
    """An h1 whose box is followed by a box holding an h2 the metadata names too, another text:
    the menu item's page heading over the item's own headline (Joomla's "Show Page Heading":
    ``<div class=page-header><h1>Thi thử tốt nghiệp THPT</h1></div><div class=page-header><h2>
    Thông báo về việc đăng ký …</h2>``, the h1 the menu's title, in <title> and the trail)."""
    box = h1.getparent() if h1.getparent() is not None and len(h1.getparent()) == 1 else h1
    after = box.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    if after is None:
        return False
    item = after if after.tag == "h2" else next(after.iter("h2"), None) if len(after) <= 2 else None
    if item is None:
        return False
    key = fold(clean_line(text_of(item)))
    return key in hint_keys and key != fold(clean_line(text_of(h1)))


def _column_of_rows(cell: HtmlElement) -> bool:
    """Two more rows of the cell's table hold a cell of its class: the cell is a column's."""
    row = cell.getparent()
    body = row.getparent() if row is not None else None
    cls = cell.get("class")
    if body is None or not cls:
        return False
    return sum(1 for tr in body if tr is not row and tr.tag == "tr" and any(td.get("class") == cls for td in tr)) >= 2


def find_title(
    tree: HtmlElement,
    content: list[HtmlElement],
    hints: list[str],
    selector: str | None = None,
    order: dict[HtmlElement, int] | None = None,
    site_names: list[str] | None = None,
    url: str | None = None,
) -> tuple[HtmlElement | None, str]:
    """The headline: a heading (or title-classed element) before the content, agreeing with the
    page's metadata titles when it can, or spelling the address's slug (``url``); never the
    ``<title>`` "Xem chi tiết - …" boilerplate, a breadcrumb trail, or the site's own name in its
    banner (``site_names``)."""
    if selector:
        found = tree.cssselect(selector)
        if found:
            return found[0], clean_line(text_of(found[0]))
    hint_keys = {fold(h) for h in hints if h}
    # (a title written without its tone marks, an old site's <title> "Nang cao chat luong …" of the
    # headline "Nâng cao chất lượng …": the headline's words, unaccented, say it)
    plain_hints = {h for h in hint_keys if h == strip_accents(h) and len(h) >= 15}
    if plain_hints:
        accented = _accented_hints(tree, plain_hints)
        hint_keys |= {fold(line) for line in accented}
        hints = [*hints, *accented]
    site_keys = {fold(n) for n in site_names or () if n}
    order = order if order is not None else position(tree)
    start = order.get(content[0], 10**9) if content else 10**9
    end = max((order.get(el, 0) for el in (content[-1].iter() if content else [])), default=start)
    slug = _slug_words(url) if url else ()
    ranking = _LazyRanking(lambda el, text, key, hinted, is_heading: _headline_penalty(el, text, key, hinted, is_heading, hint_keys, site_keys, slug, url or ""))
    content_chain = list(content[0].iterancestors()) if content else []
    content_depth = {a: i for i, a in enumerate(content_chain)}
    # a title the platform cut from the post's first words ("🌹 TRI ÂN THẦY CÔ … 20/11/2026 Nhân kỷ
    # niệm 44 năm…": Tumblr's photo posts have no title field, their <title> and og:title are the
    # caption's opening): the line it opens with names the post
    cut_hints = [fold(h) for h in hints if h.rstrip().endswith(("…", "..."))]
    body = tree.find("body")
    for el in _title_candidates(body if body is not None else tree, hints, order):
        tag = heading_tag(el)
        is_heading = tag in ("h1", "h2", "h3", "h4")
        found = families(f"{names_of(el)} {el.get('itemprop', '')}")
        is_titled = "title" in found and tag not in ("a", "img", "body", "html", "title")
        # any element whose own text is the title the page's metadata gives (a value cell
        # beside a "Tiêu đề" label) is a candidate too
        own = _own_first_text(el)
        if not own and len(el) and el[0].tag == "a":
            prefixed = section_prefix(el)  # "<a>Gương sáng học đường</a>: Em H’Mai Niê …"
            own = prefixed[0] if prefixed else None
        named = (
            bool(own) and len(own) >= 8 and (fold(own) in hint_keys or _opens_a_cut_hint(own, cut_hints) or _extends_a_hint(el, own, hint_keys))
            and tag not in ("title", "a", "option", "script", "style") and _near_content(el, start, end, order, content_depth)
        )  # inside or beside the content block only: a banner repeating the <title> is no headline
        # (or the value a record's "Tiêu đề" label names, Grails' scaffolded "show" view under its
        # generic h1 "Chi tiết Tin tức")
        prev = el.getprevious()
        labelled = prev is not None and isinstance(prev.tag, str) and not len(prev) and _is_title_label(prev)
        if not (is_heading or is_titled or named or labelled or el.get("itemprop") == "headline"):
            continue
        if is_titled and not is_heading and not named and next(el.iter("h1", "h2", "h3", "h4"), None) is not None:
            continue  # a title box around a heading and its subtitle (Mobirise's "div.title"): the heading is the candidate
        if is_titled and not is_heading and not named and el.tag == "td" and _column_of_rows(el):
            continue  # a table's column of titles, one a row (Drupal Views' "views-field-title" of a register): a list's
        text = headline_text(el)
        if len(el) and _MAYBE_HIDDEN_INSIDE(el) and _HIDDEN_INSIDE(el):
            text = visible_text(el)  # a box holding a hidden copy: what a reader sees of it
            badge = _badge_at_end(el)
            if badge is not None and text.endswith(shown := clean_line(text_of(badge))):
                text = text[: -len(shown)].rstrip()  # (and without its badge: "… THCS <span>★ Nổi bật</span>")
        key = fold(text)
        if not (8 <= len(text) <= 400 and len(text.split()) >= 2) and not (key in hint_keys and len(text) >= 3):
            continue  # too short for a headline, unless the page's metadata names it so
        if "breadcrumb" in found or _CRUMB_TRAIL.match(text):
            continue
        pos = order.get(el, 0)
        # the points that need no walk of the ancestors and no test of the words; the rest (see
        # _headline_penalty) only take points away, so this bounds the candidate's score
        slugged = by_site_name = office_kind = False
        if key in hint_keys:
            # a heading or title box that says the page's title; a plain element saying it (a value
            # cell, a header div) counts less: a table-layout banner may repeat a <title> that is
            # only the site's name
            hinted = 50.0 if (is_heading or is_titled or el.get("itemprop") == "headline") else 20.0
        elif (partial := [h for h in hint_keys if len(h) > 15 and ((key in h and len(key.split()) >= 3) or h in key)]) and not (text.isupper() and len(key.split()) <= 4):
            # (a heading of two words inside a shortened SEO title, "Giải pháp" in "Giải pháp nâng
            # cao …", is one of the text's headings, not the headline; a short one set in capitals
            # is the section's banner the title ends with, "GÓC PHỤ HUYNH" of "Mẹo … | Góc phụ huynh")
            hinted = 25.0
            # (by a <title> that is the site's name alone a heading of the text naming the school
            # is hinted too, "2. Thực trạng đội ngũ giảng viên Trường Chính trị tỉnh Bến Tre": no
            # headline once the text's prose comes before it)
            by_site_name = all(_site_name_hint(h, site_keys) for h in partial)
            if all(_OFFICE_PLACE.match(h[len(key) :]) for h in partial if h.startswith(key + " ")) and any(h.startswith(key + " ") for h in partial):
                # (an office's kind that the <title> says with its place after it is the banner's
                # name, without the place it prints on a line of its own: "PHÒNG GIÁO DỤC VÀ ĐÀO
                # TẠO" under "UBND HUYỆN YÊN THẾ", of "Phòng Giáo dục và Đào tạo huyện Yên Thế"):
                # the site's name, as _headline_penalty's site names lose
                hinted, office_kind = 0.0, True
        elif slug and (is_heading or is_titled) and (slugged := _spells(key, slug) and not _sentence_past_slug(text, slug)):
            # (a heading spelling the address's slug, where the metadata names no headline: TYPO3's
            # "<title>Trường …: Chi tiết tin" over the content element's h1 "Tin tức - Sự kiện" and the
            # post's own h1): the metadata's own word, nearly
            hinted = 40.0
        else:
            hinted = 0.0
        if labelled:
            hinted = max(hinted, 75.0)  # (the record's own word for its headline, over a generic h1)
        if hinted == 25.0 and "widget_title" in found:
            # (a box's title that is a part of the <title>, its section's: DotNetNuke's container
            # title "Tin tức - Sự kiện" of "<site> > Tin tức - Sự kiện", over the post it shows)
            hinted = 0.0
        score = hinted
        if tag == "h1":
            score += 12
        elif tag == "h2":
            score += 8
        elif tag in ("h3", "h4"):
            score += 4
        if is_titled:
            score += 6
        if el.get("itemprop") == "headline":
            score += 20
        if "widget_title" in found or "menu" in found:
            score -= 20
        if office_kind:
            score -= 40
        if tag == "h1" and hinted >= 50 and _page_heading_over_item(el, hint_keys):
            score -= 15
        if "sapo" in found and "title" not in found:
            score -= 30  # a box its names call the lead or subtitle ("mbr-section-subtitle") is no headline
        if pos < start:
            distance = start - pos
            score += 30 / (1 + distance / 15)
        elif pos <= end:
            if tag != "h1" and (not hinted or slugged or by_site_name) and _prose_before_within(content, el):
                continue  # a heading after a paragraph of the text is one of its sections' headings
            score += 3  # a heading inside the content block (some portals print it there)
        else:
            score -= 20
        # the headline sits near the content block: few levels up to a shared container
        shared = next((content_depth[a] for a in el.iterancestors() if a in content_depth), None)
        if shared is not None and shared <= 2:
            score += 15
        elif shared is not None and shared <= 4:
            score += 8
        ranking.add(score, (el, text, key, hinted, is_heading))
    sure = _best_shown(ranking, _SURE_HEADLINE)
    if sure is not None:
        return sure
    # no candidate the page marks well: the line a news page puts right above its date line
    # over the text, when there is one, before a weak candidate
    slot = _headline_slot(content, order, content_depth) if content else None
    return slot or _best_shown(ranking, 0.0, above=True) or (None, "")


#: a paragraph of prose: a sentence or more
_PROSE_CHARS = 120


def _prose_before_within(content: list[HtmlElement], el: HtmlElement) -> bool:
    """The content block prints a paragraph of prose (a <p> of a sentence or more, ending as a
    sentence ends) before ``el``: the text has begun, and a heading there is a section's."""
    box = next((c for c in content if c is el or within(el, c)), None)
    if box is None:
        return False
    for node in box.iter(etree.Element):
        if node is el:
            return False
        if node.tag == "p":
            line = clean_line(text_of(node))
            if len(line) >= _PROSE_CHARS and line[-1:] in ".…!?:;\"”)":
                return True
    return False


def _accented_hints(tree: HtmlElement, plain_hints: set[str]) -> list[str]:
    """The page's lines that say a title given without tone marks, with them."""
    starts = {h[:10] for h in plain_hints}
    out: list[str] = []
    body = tree.find("body")
    for el in (body if body is not None else tree).iter(etree.Element):
        first = (el.text or "").strip()
        if len(first) < 10 or strip_accents(first[:10].lower()) not in starts:
            continue
        line = clean_line(text_of(el))
        plain = strip_accents(fold(line))
        if len(line) <= 300 and line not in out and any(plain == h or plain.startswith(h + " ") for h in plain_hints):
            out.append(line)  # (the <title> may be the headline's first words: "Nang cao chat luong … chi bo")
    return out



#: a page's name as a wiki or a file system writes it: ASCII words joined by "_", "-", "/" or
#: CamelCase, no space between words
_PAGE_NAME = re.compile(r"^[A-Za-z0-9_.-]+(?:\s*/\s*[A-Za-z0-9_.-]+)*$")


#: a view's label over a record, the verb and the list's name ("Xem Tin tức", Liferay's
#: taglib-header over a Dynamic Data List record; "Xem bài viết"): four words at most
_VIEW_LABEL = re.compile(r"^xem\s+\S+(?:\s+\S+){0,2}$")


def _headline_penalty(
    el: HtmlElement, text: str, key: str, hinted: float, is_heading: bool, hint_keys: set[str], site_keys: set[str], slug: tuple[str, ...] = (), here: str = ""
) -> float | None:
    """What a headline candidate loses for where it sits and what it says (the tests that walk
    its ancestors or read its words), or None when they rule it out."""
    if _HAS_DIGIT.search(text) and is_date_line(text):
        return None  # a subtitle that only says the day ("Ngày 26/3/2026" under a builder's title)
    if ("_" in text or "/" in text) and _PAGE_NAME.match(text):
        return None  # a wiki's page name over the page ("TinTuc/2026-12-04_TapHuanChuyenDoiSo", MoinMoin's location line)
    # (a heading spelling the address's slug is this post's, wherever the theme prints it: the
    # site's name in a banner never spells one post's address; Uncode's "page-header" h1 over a
    # <title> rewritten for search engines)
    banner = _in_banner(el, columns=not (hinted >= 50 and is_heading)) and not (is_heading and slug and _spells(key, slug))
    if banner and not is_heading:
        return None  # a box of the banner or footer (the school's name in "chan-trang") is no headline
    if banner and not hinted:
        # a heading of the banner that the page's title does not say: the site's name on every
        # page ("<td class=banner><h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM</h1>"), never a fallback
        return None
    penalty = 0.0
    if banner or next(el.iterancestors("nav", "footer", "aside"), None) is not None:
        penalty -= hinted  # a banner or footer printing the <title> is the site's name (a site whose every page has one <title>)
    if banner or _in_noise_region(el):
        penalty -= 25
    if is_widget_heading(text) or key in phrase_set("field_labels") or key in phrase_set("crumbs") or _VIEW_LABEL.match(key):
        if not hinted and not is_heading and fold(text) in phrase_set("widgets"):
            return None  # a side block's title box no metadata names ("<div class=panel-heading>Thời tiết</div>"): never a headline, however near the text
        penalty -= 40  # (a portlet's "Chi tiết tin" over the text: the page's kind, no headline)
    if (key in site_keys or any(k in key and not _opens_with_office(key, k) for k in site_keys if len(k) >= 12)) and not (key in hint_keys and key not in site_keys) and not (slug and key not in site_keys and _spells(key, slug)):
        # (a headline opening with the office's name and going on twice as long is the office's
        # news, "Sở GD&ĐT Cao Bằng sơ kết công tác chuyển đổi số trong giáo dục năm 2026")
        # the site's name in its banner (not a headline opening with the school's name that the
        # page's title says, or that the address's slug spells)
        penalty -= 40
    links = list(el.iterdescendants("a"))
    if links and len(clean_line(" ".join(text_of(a) for a in links))) > 0.6 * len(text):
        penalty -= 15  # a linked heading is a teaser on a listing, not this page's headline
    if not is_heading and key not in hint_keys and "widget_title" in families(names_of(el)) and _names_a_link(el, key, elsewhere_than=here):
        # a box's title naming a section the page links (DotNetNuke's container title "Tin tức -
        # Sự kiện" over the post the module shows, the menu's item of that name): the section's
        penalty -= 30
    words = len([w for w in key.split() if w.isalnum()])
    if (slug and (words <= _SECTION_NAME_WORDS or (words <= 2 * _SECTION_NAME_WORDS and _names_a_link(el, key))) and not _spells(key, slug)) or (
        not slug and not hinted and is_heading and words <= 2 * _SECTION_NAME_WORDS and next(el.iter("a"), None) is None and _names_a_link(el, key, elsewhere_than=here)
    ):
        # (an address without a slug, "chi-tiet.htm?id=1148": a heading no metadata names, that
        # the menu's link of the same words names, is the section's, "<h2>Tin tức - Sự kiện</h2>"
        # over the post's headline in a box of its own)
        # (or a longer one the site's menu links, "Tin tức - Sự kiện", over "?…&title=<slug>")
        # a heading of a few words the address's slug of five or more does not spell: the
        # section's name over the post ("<h1>Tin tức</h1>" of IONOS's blog module, its headline an
        # h2 that spells "/tin-tuc/tri-an-thay-co-ngay-nha-giao-viet-nam-20-11")
        # (without a slug to spell the headline, the section's heading loses more: the headline
        # in a span of its own, ASP.NET's "lblTieuDe", has no heading's points to beat it with)
        penalty -= 30 if slug else 45
    return penalty


def _opens_with_office(key: str, site: str) -> bool:
    """The headline opens with the site's name and goes on, twice as long, as a sentence about it
    ("sở gd&đt cao bằng sơ kết công tác chuyển đổi số …"), not as the site's motto after a dash
    ("mầm non hoa mai – nơi bé được yêu thương")."""
    if not key.startswith(site + " "):
        return False
    return len(key) >= 2 * len(site) and not key[len(site) :].lstrip().startswith(("-", "–", "—", "|", ":", ","))


def _names_a_link(el: HtmlElement, key: str, elsewhere_than: str = "") -> bool:
    """A link elsewhere on the page says ``key`` (folded): a menu's item of the same name (with
    ``elsewhere_than``, the page's address: an item leading to another page, a section's list the
    post is not; the list's own page is named by its item)."""
    here = canonicalize_url(elsewhere_than) if elsewhere_than else None
    return any(
        a.get("href") and not within(a, el) and fold(clean_line(text_of(a))) == key and (here is None or canonicalize_url(join_url(elsewhere_than, a.get("href"))) != here)
        for a in el.getroottree().iter("a")
    )


#: the most words of a section's name printed as a page's heading ("Tin tức", "Hoạt động Đội")
_SECTION_NAME_WORDS = 3


#: the fewest words of an address's slug that say a headline (not "tin-tuc", "chi-tiet", "bai-viet-12")
_SLUG_MIN_WORDS = 5
#: the share of the slug's words the headline must say, in order
_SLUG_SHARE = 0.7
_SLUG_SPLIT = re.compile(r"[-_+.]+")


def _slug_words(url: str) -> tuple[str, ...]:
    """The words of the address's path segment written as a slug ("hoc-sinh-le-hong-phong-
    gianh-12-giai"), or () when it has none (an id, a short section name): the last segment, or
    the longest one where the last is a fixed page name (DotNetNuke's "…/tid/<slug>/newsid/<guid>/
    cid/5/Default.aspx")."""
    segments = urlsplit(url).path.rstrip("/").split("/")
    found: tuple[str, ...] = ()
    for i, raw in enumerate(reversed(segments)):
        segment = re.sub(r"\.(?:html?|aspx?|php|jsp)$", "", raw, flags=re.I)
        words = tuple(w for w in _SLUG_SPLIT.split(segment.lower()) if w)
        letters = [w for w in words if not w.isdigit()]
        if len(letters) >= _SLUG_MIN_WORDS and all(w.isascii() and w.isalnum() for w in words) and len(words) > len(found):
            found = words
        if i == 0 and found:
            break  # (the last segment's own slug, as before)
    if not found:
        # (or a query value naming the post's slug: "?page=news_detail&id=1005&title=tuoi-tre-…",
        # a PHP vendor's route that carries the slug for search engines)
        for name, value in parse_qsl(urlsplit(url).query):
            words = tuple(w for w in _SLUG_SPLIT.split(value.lower()) if w)
            if name.lower() in _SLUG_PARAMS and len([w for w in words if not w.isdigit()]) >= _SLUG_MIN_WORDS and all(w.isascii() and w.isalnum() for w in words):
                return words
    return found


#: query parameters that carry a post's slug
_SLUG_PARAMS = frozenset({"title", "slug", "alias", "tieude", "name"})


def _spells(key: str, slug: tuple[str, ...]) -> bool:
    """The slug's words are the headline's, unaccented, in order (a slug may leave words out:
    WordPress drops none, an editor shortens it, "gianh-12-giai-hoc-sinh-gioi-tinh" of "giành 12
    giải tại kỳ thi chọn học sinh giỏi tỉnh")."""
    words = [w for w in _SLUG_SPLIT.split(re.sub(r"[^\w]+", "-", strip_accents(key))) if w]
    at = matched = 0
    for s in slug:
        # (a word the slug writes joined: "gddt" of "GD&ĐT")
        found = next((i for i in range(at, len(words)) if words[i] == s or (i + 1 < len(words) and words[i] + words[i + 1] == s)), None)
        if found is not None:
            at, matched = found + 1, matched + 1
    # (or most of them: an editor's slug in other words for a few, "phu-huynh" of "cha mẹ học sinh")
    return matched >= max(_SLUG_MIN_WORDS, _SLUG_SHARE * len(slug))


#: a sentence's end: a full stop, before a closing quote or not
_SENTENCE_END = re.compile(r"[.!?…][”\"’')]?$")


def _sentence_past_slug(text: str, slug: tuple[str, ...]) -> bool:
    """The candidate is a sentence of more than twice the slug's words, the slug's words among
    them: the text's opening sentence retelling the headline ("Chiều 19/11, Chi bộ … tổ chức sinh
    hoạt chuyên đề quý IV với chủ đề …", a builder's text box named "gb-headline"), not a headline
    the slug shortens."""
    return len(text.split()) > 2 * len(slug) + 2 and _SENTENCE_END.search(text.rstrip()) is not None


def _opens_a_cut_hint(own: str, cut_hints: list[str]) -> bool:
    """The element's text (four words or more) opens a title cut with an ellipsis that goes on
    past it: the post's own first line, its title field left empty."""
    if not cut_hints or len(own.split()) < 4:
        return False
    key = fold(own)
    return any(h.startswith(key) and len(h) >= len(key) + 15 for h in cut_hints)


def _extends_a_hint(el: HtmlElement, own: str, hint_keys: set[str]) -> bool:
    """The element's line, set large or bold, goes on past the page's title ("Phòng chống bệnh tay
    chân miệng ở trẻ mầm non" under the <title> "Phòng chống bệnh tay chân miệng", a hand-made
    page's title typed short): the headline the title shortens. (A title of five words at least:
    a section's name opens many lines.)"""
    if len(own) > 250 or own.rstrip().endswith((".", ":", ";")) or el.tag == "a" or next(el.iterancestors("a"), None) is not None:
        return False
    key = fold(own)
    if not any(len(h.split()) >= 5 and key.startswith(h + " ") for h in hint_keys):
        return False
    return any(
        node.tag in ("b", "strong", "h1", "h2", "h3") or (node.tag == "font" and (node.get("size") or "").strip() in ("4", "5", "6", "7", "+1", "+2"))
        for node in (el, *islice(el.iterancestors(), 2))
    )


class _LazyRanking:
    """Candidates in the order of their scores, best first (document order among equals, as a
    stable sort of a list in document order gives), each scored in full only when the order
    reaches it. A candidate's bound (its points before the penalties, which only subtract) says
    how far down the order it could be: on the gold pages one candidate in nine is scored in full
    (2,223 of 19,723), and extraction takes 0.97 of the time of scoring them all
    (``python -m bench.compare_extract``)."""

    def __init__(self, penalty: Callable[..., float | None]) -> None:
        self._penalty = penalty
        self._bounded: list[tuple[float, int, tuple]] = []  # (bound, index, parts): unscored
        self._sorted = False
        self._scored: list[tuple[float, int, tuple]] = []  # a heap of (-score, index, parts)
        self._ranked: list[tuple[float, HtmlElement, str]] = []  # emitted, in order

    def add(self, bound: float, parts: tuple) -> None:
        self._bounded.append((bound, len(self._bounded), parts))

    def __iter__(self) -> Iterator[tuple[float, HtmlElement, str]]:
        at = 0
        while True:
            if at < len(self._ranked):
                yield self._ranked[at]
                at += 1
            elif not self._emit():
                return

    def _emit(self) -> bool:
        """Rank one more candidate; False when none is left."""
        if not self._sorted:
            self._bounded.sort(key=lambda b: (b[0], -b[1]))  # best bound last: popped first
            self._sorted = True
        bounded, scored = self._bounded, self._scored
        while bounded:
            bound, index, candidate = bounded[-1]
            if scored and (-scored[0][0] > bound or (-scored[0][0] == bound and scored[0][1] < index)):
                break  # the best scored candidate beats anything not scored yet
            bounded.pop()
            penalty = self._penalty(*candidate)
            if penalty is not None:
                heapq.heappush(scored, (-(bound + penalty), index, candidate))
                if _DEBUG_TITLE:
                    print("TITLE?", round(bound + penalty, 1), candidate[0].tag, names_of(candidate[0]), candidate[1][:60])
        if not scored:
            return False
        negative, _index, parts = heapq.heappop(scored)
        self._ranked.append((-negative, parts[0], parts[1]))
        return True


def _best_shown(candidates: Iterable[tuple[float, HtmlElement, str]], floor: float, above: bool = False) -> tuple[HtmlElement, str] | None:
    """The best candidate (sorted best first) scoring at least ``floor`` (more than it with
    ``above``) that is no breadcrumb and no hidden copy of the title (Plone's schema.org span)."""
    for score, el, text in candidates:
        if score < floor or (above and score <= floor):
            break
        if _in_breadcrumb(el):
            continue
        if is_hidden(el) or any(is_hidden(a) for a in el.iterancestors()):
            continue
        return el, text
    return None


#: a headline candidate scoring this much is marked as one (a heading or a title box near the
#: text, or the page's metadata title); below it, the headline's place by structure is read first
_SURE_HEADLINE = 40.0
#: how far back from the text the date line and the headline above it are looked for
_SLOT_LINES = 4
_SLOT_ELEMENTS = 60


def _headline_slot(content: list[HtmlElement], order: dict[HtmlElement, int], content_depth: dict[HtmlElement, int]) -> tuple[HtmlElement, str] | None:
    """The line right above the date line that precedes the text: where a news page prints its
    headline ("<td><span>Headline</span></td></tr><tr><td>(20/11/2026 09:45)</td>…", a vendor's
    table layout; a styled div over "Cập nhật lúc: 09:15 - 18/11/2026"), for templates that mark
    it by neither a heading tag nor a name the vocabulary knows. Lines are read back from the
    text's first element: the date line among the nearest few, the headline right above it,
    and only an unlinked line of a headline's length (five words or more, no byline)."""
    elements = list(order)
    start = order.get(content[0])
    if start is None:
        return None
    lines: list[tuple[HtmlElement, str]] = []
    for el in reversed(elements[max(0, start - _SLOT_ELEMENTS) : start]):
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or el in content_depth or el.tag in ("body", "html"):
            continue
        if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants()):
            continue  # a box of lines: its lines are read one by one
        text = clean_line(text_of(el))
        if not text:
            continue
        if el.find("br") is not None and lines and within(lines[-1][0], el) and not (el.text or "").strip() and not any((c.tail or "").strip() for c in el):
            continue  # a box of lines its parts print, parted by line breaks ("<b>Headline</b><br><i>Cập nhật: …</i>"): read one by one
        while lines and within(lines[-1][0], el):
            lines.pop()  # the inline parts read so far are this line's ("In bài", "A+" in a tool bar)
        lines.append((el, text))
        if len(lines) > _SLOT_LINES:
            break
    for k, (_el, text) in enumerate(lines[:-1]):
        if not is_date_line(text):
            continue
        above = lines[k + 1 :]
        # (past a box its names call the subtitle or lead: the headline is over it, a builder's
        # "mbr-section-subtitle" lead sentence under its title)
        while len(above) > 1 and "sapo" in element_families(above[0][0]):
            above = above[1:]
        el, headline = above[0]
        inner = el
        while len(inner) == 1 and not (inner.text or "").strip() and not (inner[0].tail or "").strip() and inner[0].tag != "a":
            inner = inner[0]  # (the line's box around the headline's own: "<div class=itemHead><span class=itemTitle>")
        prefixed = section_prefix(inner)
        if prefixed is not None:
            return inner, prefixed[0]  # the headline after its section's link ("<a>Tin tức</a> : …", XOOPS's)
        linked = sum(len(clean_line(text_of(a))) for a in el.iter("a"))
        if next(el.iterancestors("a"), None) is not None or linked > 0.5 * len(headline):
            return None  # a teaser's linked title, a trail
        if not (20 <= len(headline) <= 250 and len(headline.split()) >= 5) or is_date_line(headline) or _CRUMB_TRAIL.match(headline):
            return None  # (a view's label over a list, "Xem theo chuyên mục", is shorter than a headline)
        if parse_byline(headline) is not None or parse_signature(headline, closing=True) is not None:
            return None  # "Viết bởi Administrator" over an entry's date
        if any(has(a, "byline") for a in (el, *islice(el.iterancestors(), 2))):
            return None  # a line of the writers' box ("nc_tacgia")
        if is_widget_heading(headline) or fold(headline) in phrase_set("crumbs") or _in_banner(el) or is_hidden(el):
            return None
        return el, headline
    if lines and _opens_with_letterhead(content[0]):
        # (a notice printed as the document itself, its letterhead opening the text, no date line
        # over it: the line right over the text, set in bold or a large font, is its headline,
        # "<font size=3><b>Thông báo cho học sinh nghỉ học tránh bão số 13</b></font>")
        el, headline = lines[0]
        emphasised = next(el.iter("b", "strong"), None) is not None or el.tag in ("b", "strong") or (el.get("size") or "").strip() in ("3", "4", "5", "+1", "+2")
        if emphasised and 20 <= len(headline) <= 250 and len(headline.split()) >= 5 and next(el.iter("a"), None) is None and next(el.iterancestors("a"), None) is None and not is_date_line(headline) and not _in_banner(el) and not is_widget_heading(headline):
            return el, headline
    return _first_line_slot(content[0], elements, start)


def _opens_with_letterhead(box: HtmlElement) -> bool:
    """The box's text opens with a document's letterhead: the national title within its first lines."""
    return names_the_state(clean_line(text_of(box))[:300])


def _first_line_slot(box: HtmlElement, elements: list[HtmlElement], start: int) -> tuple[HtmlElement, str] | None:
    """The text block's own first line, set in bold or a large font, with the date line right
    under or beside it ("<td><font size=4><b>KẾ HOẠCH …</b></font> <font>(22-09-2026)</font><br>
    …", a home-made table layout printing the post in one cell): the headline, when the page
    marks none by a heading tag or a name."""
    lines: list[tuple[HtmlElement, str]] = []
    for el in elements[start + 1 : start + 1 + _SLOT_ELEMENTS]:
        if not within(el, box):
            break
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants()):
            continue
        text = clean_line(text_of(el))
        if not text or (lines and within(el, lines[-1][0])):
            continue  # (the inline parts of a line read already)
        if not lines and (el.tag == "a" or next(el.iterancestors("a"), None) is not None or _CRUMB_TRAIL.match(text) or sum(len(clean_line(text_of(a))) for a in el.iter("a")) > 0.5 * len(text)):
            continue  # the trail over the headline ("Trang chủ > Tin tức"), in the text's cell too
        if not lines and len(text.split()) <= 2 * _SECTION_NAME_WORDS and _names_a_link(el, fold(text)):
            # (and the section's name the menu links, the portlet's "<h2>Tin tức - Sự kiện</h2>" over
            # the headline, or a table layout's bold "GÓC PHỤ HUYNH" line over it)
            continue
        lines.append((el, text))
        if len(lines) >= 2:
            break
    if len(lines) < 2 or not is_date_line(lines[1][1]) or is_date_line(lines[0][1]):
        return None
    el, headline = lines[0]
    if not (20 <= len(headline) <= 250 and len(headline.split()) >= 5) or headline.endswith((".", ":")) or next(el.iter("a"), None) is not None:
        return None
    if parse_byline(headline) is not None or is_widget_heading(headline) or is_hidden(el):
        return None
    def marked(node: HtmlElement) -> bool:
        return (
            node.tag in ("b", "strong") or (node.tag == "font" and (node.get("size") or "").strip() in ("4", "5", "6", "7", "+1", "+2"))
            or "bold" in (node.get("style") or "") or "font-size" in (node.get("style") or "")
        )  # fmt: skip

    # (the line's box or a box around it, or a box inside it holding the whole line: "<p
    # align=center><b><font size=4>Headline</font></b></p>", FrontPage's)
    emphasised = any(marked(node) for node in (el, *takewhile(lambda a: a is not box, el.iterancestors()))) or any(
        marked(node) and clean_line(text_of(node)) == headline for node in el.iterdescendants(etree.Element)
    )
    # (or a box of its own right over the date line's box, both the module's first: Kooboo's
    # "<div class=ct-td>Headline</div><div class=ct-tt>Ngày đăng: …</div>", styled by its class)
    boxed = el.tag == "div" and lines[1][0].tag == "div" and el.getnext() is lines[1][0]
    return (el, headline) if emphasised or boxed else None


#: the mark WordPress ends its automatic excerpt with ("… bắt tay […]", "[...]")
_AUTO_EXCERPT = re.compile(r"\[(?:…|\.\.\.|&hellip;)\]\s*$")


def is_auto_excerpt(text: str) -> bool:
    """WordPress's automatic excerpt, the text's first words cut with "[…]": no lead, and no
    words of the text but a copy of its opening."""
    return bool(_AUTO_EXCERPT.search(text))


def find_sapo(tree: HtmlElement, title_el: HtmlElement | None, content: list[HtmlElement], order: dict[HtmlElement, int] | None = None, description: str | None = None) -> HtmlElement | None:
    """A lead paragraph printed between the headline and the content block, outside the block:
    named or emphasised as one, or saying what the page's description meta tag says (a theme
    printing the post's description under its headline in a box of no known name)."""
    described = _described(description)
    if title_el is None or not content:
        return None
    order = order if order is not None else position(tree)
    lo, hi = order.get(title_el, -1), order.get(content[0], -1)
    if 0 <= hi < lo and len(content) == 1 and content[0] in title_el.iterancestors():
        return _sapo_in_title_box(title_el, content[0], described)
    if not (0 <= lo < hi):
        return None
    title_desc = set(title_el.iter())
    title_key = fold(clean_line(text_of(title_el)))
    emphasised: HtmlElement | None = None
    # the elements between the two, by position: ``order`` numbers ``tree.iter()``, so islice
    # skips the elements before the headline in C
    for el in islice(tree.iter(), lo + 1, hi):
        if el in title_desc:
            continue
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or is_hidden(el):
            continue
        if any(el in c.iterancestors() or el is c for c in content):
            continue
        if any(anc in content for anc in el.iterancestors()):
            continue
        text = clean_line(text_of(el))
        if len(text) >= 40 and _MAYBE_HIDDEN_INSIDE(el):
            text = visible_text(el)  # (a screen reader's labels are no lead's words: "Người tạo chủ đề")
        if len(text) < 40 or len(text.split()) < 8 or fold(text) == title_key or _AUTO_EXCERPT.search(text):
            # (WordPress's automatic excerpt, the text's first words cut with "[…]", is no sapo)
            continue  # too short for a lead, or the headline typed again (a forum post's subject)
        if len(text) <= 100 and (parse_byline(text) is not None or parse_signature(text, closing=True) is not None):
            continue  # the author's box under the headline ("Cô X – Chuyên viên tâm lý học đường")
        if len(text) <= 200 and not is_sapo_element(el) and any(has(box, "byline") for box in (el, *islice(el.iterancestors(), 2))):
            continue  # the writer's box, set in italics over the text ("<div class=tacgia><i><b>CN. X</b><br>Giảng viên …")
        if len(text) <= 140 and is_date_line(text):
            continue  # the meta line's stamp in italics ("Cập nhật lần cuối: T4, 02/12/2026 - 09:10"): a date, no lead
        if fields_row(el):
            continue  # (the post's fields side by side in a box its names call the intro's: Gridbox's "intro-post-info")
        if (is_sapo_element(el) or LEAD_LABEL.match(text) or _says_description(el, text, described)) and not _in_side_box(el):
            if not is_sapo_element(el) and next(el.iter("img"), None) is not None and any(is_sapo_element(d) for d in el.iterdescendants() if isinstance(d.tag, str)):
                continue  # (the box of the lead photo and the lead: the lead's own box, read next, is the lead)
            return el  # (a lead its label announces: "Tóm tắt: …" in a box of its own)
        # (a table layout prints the lead in a row of its own: "<td><i><font>…</font></i></td>")
        if emphasised is None and el.tag in ("p", "div", "td", "h2", "h3", "strong", "b", "em", "i") and _emphasised(el) and len(el) <= 3 and not _in_side_box(el):
            emphasised = el
    # an emphasised line is the lead unless a box named the lead follows it (Contao's subheadline,
    # an h2 under the headline, over its "teaser")
    return emphasised


def _sapo_in_title_box(title_el: HtmlElement, block: HtmlElement, described: str | None) -> HtmlElement | None:
    """The lead in the headline's own box inside the content block, after the headline: named as
    one, announced by its label, or the page's description typed again (Quarto's title block, a
    "header" in "main" printing the post's "description" between the headline and its byline,
    which the text's reading leaves out as a header). Emphasis alone is no lead here: the box's
    byline and date lines are often set in bold."""
    # the headline's box: its widest ancestor inside the block that is not the text's too (a
    # blog module holding the headline and the whole text prints no lead box; its description
    # meta is the text's first paragraph, copied)
    whole = _nonspace_len(block)
    box = title_el
    for anc in title_el.iterancestors():
        if anc is block or 2 * _nonspace_len(anc) > whole:
            break
        box = anc
    if box is title_el:
        return _lead_before_text_box(title_el, block, whole, described)
    after = False
    for el in box.iter(etree.Element):
        if el is title_el:
            after = True
            continue
        if not after or el in title_el.iterancestors() or el.tag in SKIP_TAGS or is_hidden(el):
            continue
        text = clean_line(text_of(el))
        if len(text) < 40 or len(text.split()) < 8:
            continue
        if is_sapo_element(el) or LEAD_LABEL.match(text) or _says_description(el, text, described):
            return el
    return None


def _lead_before_text_box(title_el: HtmlElement, block: HtmlElement, whole: int, described: str | None) -> HtmlElement | None:
    """The lead as a box of the post's own between its headline and its text's box, all children
    of the post's box (a PyroCMS theme's "<h2>", meta line, "<div class=ttat>" summary field, then
    "<div class=nd-bv>" holding the text): announced by its label, or the page's description
    typed again. Only when one child holds most of the text: a box of the headline and
    the text's paragraphs side by side prints no lead box (its description is the first one's)."""
    kids = [k for k in block if isinstance(k.tag, str) and k.tag not in SKIP_TAGS]
    top = next((a for a in chain([title_el], title_el.iterancestors()) if a.getparent() is block), None)
    if top is None or not kids:
        return None
    sizes = {k: _nonspace_len(k) for k in kids}
    main = max(kids, key=lambda k: sizes[k])
    at, end = kids.index(top), kids.index(main)
    if 2 * sizes[main] <= whole or end <= at:
        return None
    for el in kids[at + 1 : end]:
        text = clean_line(text_of(el))
        if len(text) < 40 or len(text.split()) < 8 or is_hidden(el):
            continue
        # (a box named as the lead is the text's reading's own, crawler.extract._mark_inner_sapo)
        if LEAD_LABEL.match(text) or (_says_description(el, text, described) and not is_sapo_element(el)):
            return el
    return None


def _says_description(el: HtmlElement, text: str, described: str | None) -> bool:
    """The box's text (``text``, clean) is the page's description meta (``described``, folded)
    typed again, and it links nowhere: the post's lead printed where its description is. A
    description the CMS cut short ("… các trường mầm ...", Hippo's) says the box's opening words."""
    if described is None or len(el.findall(".//a")):
        return False
    key = fold(text)
    if described.endswith(_CUT_MARK):
        cut = described[: -len(_CUT_MARK)]
        return len(cut) >= 40 and key.startswith(cut)
    # (a description cut at a search engine's length with no mark, Rank Math's 160 characters,
    # "… cho 92 học viên là cán ": the box goes on where it stops)
    return key == described or (len(described) >= _SEO_CUT_CHARS and len(key) > len(described) and key.startswith(described))


def _described(description: str | None) -> str | None:
    """The description meta, folded, for ``_says_description``; ended by ``_CUT_MARK`` when
    the CMS cut it short."""
    if not description or len(description) < 40:
        return None
    return fold(description) + (_CUT_MARK if _CUT_SHORT.search(description) else "")


_CUT_MARK = "\0cut"
#: the shortest description read as one cut at a search engine's length (SEO plugins cut at
#: 150 to 160 characters)
_SEO_CUT_CHARS = 140


#: the mark a description cut short ends with ("…", "...")
_CUT_SHORT = re.compile(r"\s*(?:\.{3}|…)$")


def _in_side_box(el: HtmlElement) -> bool:
    """Inside a link (a teaser's card) or a side column, a navigation or a footer: no lead of the
    page's article (a sidebar printed between the headline and the text, Framer's "Tin khác")."""
    return next(el.iterancestors("a", "aside", "nav", "footer"), None) is not None


#: the label a lead opens with where a template prints one ("<strong>Tóm tắt:</strong> …")
LEAD_LABEL = re.compile(r"^\s*(?:tóm tắt|tóm lược|nội dung tóm tắt|tin tóm tắt|sapo|tóm tắt nội dung|摘要)\s*[:：]\s*", re.I)


#: furniture a headline never sits in (a section's "header" box may hold one)
_NOT_HEADLINE_REGION = NOISE - {"header"}


def _in_banner(el: HtmlElement, columns: bool = True) -> bool:
    """Inside the site's banner, a menu, a login box, a sidebar or other furniture, by names.
    ``columns``: a layout's column named by its side counts (not for a heading saying the page's
    title: the column holding it is the main one, a vendor's "cot-trai" under a banner's h1)."""
    for depth, anc in enumerate([el, *el.iterancestors()]):
        if depth > 8 or anc.tag in ("article", "main", "body", "html"):
            return False  # (<body>'s classes name the page, "header-fixed sticky-footer", no banner)
        found = element_families(anc)
        if not found.isdisjoint(TEXT) or "article_parts" in found or main_column(anc, found):
            return False  # (the main column of a two-column template, "cot-trai" holding the trail)
        if not columns and found & NOISE == {"column"}:
            continue
        if not found.isdisjoint(_NOT_HEADLINE_REGION):
            return True
    return False


_HEADING_TAGS = ("h1", "h2", "h3", "h4")
#: the few elements with microdata (selected in C: most elements have none)
_WITH_ITEMPROP = etree.XPath("descendant-or-self::*[@itemprop]")
#: a box an accessible page marks as a heading of a level ("<div role=heading aria-level=1>",
#: site builders that set no heading tags)
_ARIA_HEADINGS = etree.XPath('descendant-or-self::*[@role="heading"]')


def heading_tag(el: HtmlElement) -> str:
    """The heading tag an element stands for: its own, or "h<level>" of a role=heading box (no
    level read as a second-level heading, as assistive technology does)."""
    tag = el.tag
    if tag.__class__ is str and el.get("role") == "heading" and tag not in _HEADING_TAGS:
        level = (el.get("aria-level") or "2").strip()
        return f"h{level}" if level in ("1", "2", "3", "4", "5", "6") else "h2"
    return tag


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _names_a_title(value: str) -> bool:
    return value == "headline" or "title" in families(value)


#: a record's field label naming its title ("<span class=property-label>Tiêu đề</span>")
_TITLE_LABELS = frozenset({"tiêu đề", "tiêu đề:", "tên bài", "tên bài:", "tên bài viết", "tên bài viết:"})


def _is_title_label(el: HtmlElement) -> bool:
    return fold((el.text or "").strip()) in _TITLE_LABELS


def _title_candidates(root: HtmlElement, hints: list[str], order: dict[HtmlElement, int]) -> list[HtmlElement]:
    """The elements worth scoring as a headline, in document order: headings, elements whose
    class/id/itemprop names a title, elements whose text starts like a metadata title.

    Measured (bench/profile_extract, real pages): libxml2 evaluates an XPath predicate on every
    element slower than a Python loop reads two attributes, so class and id are read in one
    Python pass (with the name test cached) that also reads each element's own first text for
    the probes (an XPath ``contains()`` over every text node cost as much again); headings and
    the few elements with microdata are selected in C."""
    found = set(root.iter(*_HEADING_TAGS))
    found.update(_ARIA_HEADINGS(root))
    probes = list(dict.fromkeys(p for p in (clean_line(h)[:12] for h in hints) if len(p) >= 8))[:3]
    a, b, c = (probes + probes[-1:] * 3)[:3] if probes else ("\0", "\0", "\0")
    # a heading set in capitals ("HOẠT ĐỘNG CHUYÊN MÔN" over a table layout's list) says the
    # title too: the probes in capitals, tested only when the text has no lower-case probe
    au, bu, cu = a.upper(), b.upper(), c.upper()
    names = _names_a_title
    found.update(el for el in _WITH_ITEMPROP(root) if names(el.get("itemprop")))
    for el in root.iter(etree.Element):  # elements only (no comments), filtered in C
        get = el.get
        label = el.text
        if label is not None and len(label) <= 12 and not len(el) and _is_title_label(el) and (value_box := el.getnext()) is not None:
            found.add(value_box)  # the value beside a record's "Tiêu đề" label
        value = get("class")
        if value is not None and names(value):
            found.add(el)
            continue
        value = get("id")
        if value is not None and names(value):
            found.add(el)
            continue
        if probes:
            text = el.text
            if (text is None or text.isspace()) and len(el):
                # the headline after its section's link ("<a>Tin tức</a>: …"), or after an empty
                # named anchor opening a caption cell ("<td><a name=news_161></a>Hội thi …")
                first = el[0]
                if first.tag == "a":
                    text = first.tail
            if text and (a in text or b in text or c in text or au in text or bu in text or cu in text):
                found.add(el)
    return sorted((el for el in found if isinstance(el.tag, str)), key=lambda el: order.get(el, 0))


#: a descendant that may be hidden (_MAYBE_HIDDEN_TEST): _HIDDEN_INSIDE's normalised class tokens
#: cost several times more, and few headlines hold such a descendant
_MAYBE_HIDDEN_INSIDE = etree.XPath(f"boolean(.//*[{_MAYBE_HIDDEN_TEST}])")
assert all(any(word in c for word in ("hid", "none", "invisible", "sr-only", "srOnly", "screen-reader", "material-")) for c in HIDDEN_CLASSES)

#: a descendant hidden by an attribute, a style or a class: the test of blocks.is_hidden, in C
_HIDDEN_INSIDE = etree.XPath(
    'boolean(.//*[@hidden or contains(@style, "none") or contains(@style, "hidden") or '
    + " or ".join(f'contains(concat(" ", normalize-space(@class), " "), " {c} ")' for c in sorted(HIDDEN_CLASSES))
    + "])"
)


def shows_less(el: HtmlElement) -> bool:
    """The element holds a hidden descendant (the tests in C: most boxes hold none)."""
    return bool(_MAYBE_HIDDEN_INSIDE(el)) and bool(_HIDDEN_INSIDE(el))


def visible_text(el: HtmlElement) -> str:
    """The element's text without its hidden descendants' (their tails are visible)."""
    return clean_line(" ".join(texts_skipping(el, is_hidden)))


def _own_first_text(el: HtmlElement) -> str | None:
    """The element's own first text; after an empty named anchor that opens the box ("<td><a
    name=news_161></a>Hội thi …", PHP-Fusion) the text that follows it."""
    if (el.text and not el.text.isspace()) or not len(el):
        return el.text  # (a template's indentation before the anchor is no text)
    first = el[0]
    return first.tail if first.tag == "a" and not first.text and not len(first) else None


#: what parts a section's name from the headline printed after it ("Tin tức : Lễ kỷ niệm …")
_SECTION_SEPARATOR = re.compile(r"^\s*[:»›|/\-–—]\s*")


def section_prefix(el: HtmlElement) -> tuple[str, str, str] | None:
    """A headline printed after its section's link in the same box ("<a href=…topic=1>Tin tức -
    Sự kiện</a>&nbsp;: Lễ kỷ niệm …", XOOPS's news module): (the headline, the section's name,
    the section's address), or None. The link names where the post is filed, not a teaser."""
    # (through the boxes that only wrap the line: a table layout's title cell, "<td class=pn-title>
    # <font><b><a>Thông báo</a>: Danh sách …</b></font></td>", PostNuke's)
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip() and el[0].tag in ("font", "b", "strong", "span", "div"):
        el = el[0]
    if (el.text or "").strip() or not len(el):
        return None
    first = el[0]
    if first.tag != "a" or not first.get("href") or len(el.findall(".//a")) != 1:
        return None
    tail = first.tail or ""
    sep = _SECTION_SEPARATOR.match(tail)
    rest = clean_line(tail[sep.end() :] + "".join(_texts_after(first))) if sep else ""
    section = clean_line(text_of(first))
    if not section or len(rest) < 8 or len(rest.split()) < 2:
        return None
    return rest, section, first.get("href").strip()


def _texts_after(first: HtmlElement) -> list[str]:
    parts: list[str] = []
    for sib in first.itersiblings():
        if isinstance(sib.tag, str):
            parts.append(text_of(sib))
        parts.append(sib.tail or "")
    return parts


def headline_text(el: HtmlElement) -> str:
    """A headline's words, without the badges printed in it ("<sup>Nổi bật</sup>", "<sup>Mới</sup>")
    and without a date line a line break sets under it in the same box (a table layout's title
    cell: "<td class=title_news><b>…</b><br><i>Cập nhật: 03/10/2026 - 10:00</i></td>"); a line
    break is a space between the headline's words."""
    badge = _badge_at_end(el)
    if badge is None:
        # (or a thread's prefix label opening it: XenForo's "<span class='label label--primary'>
        # Thông báo</span> Kế hoạch …")
        badge = _label_at_start(el)
        if badge is not None:
            return clean_line("".join([badge.tail or "", *(_shown_with_tail(c) for c in el if c is not badge)]))
    if badge is not None:
        # (a badge closing the headline in an element of its own: "… học sinh <span
        # class=badge-new>Mới</span>", as a theme prints it on a recent post)
        return clean_line("".join([el.text or "", *(_shown_with_tail(c) for c in el if c is not badge)]))
    if next(el.iterdescendants("sup", "sub", "br"), None) is None:
        return clean_line(text_of(el))
    return _headline_lines(el)[0]


def _shown_with_tail(node: HtmlElement) -> str:
    """A child's text and its tail; a comment shows its tail only (K2's "<!-- Featured flag -->"
    inside the headline before its badge)."""
    if not isinstance(node.tag, str):
        return node.tail or ""
    return etree.tostring(node, method="text", encoding=str, with_tail=True)


#: an arrow alone in a box of its own
_ARROW = re.compile(r"^\s*[→↗⇒»›➜➔]\s*$")
#: the words a badge after a headline says: the post is new, hot, featured
_BADGE_WORDS = frozenset({"mới", "tin mới", "new", "hot", "nóng", "tin nóng", "nổi bật"})


def _badge_at_end(el: HtmlElement) -> HtmlElement | None:
    """The headline's last child, when it is a badge: an inline element of one badge word that
    nothing follows."""
    if not len(el):
        return None
    last = el[-1]
    if not isinstance(last.tag, str) or last.tag not in ("span", "small", "em", "i", "b", "strong", "mark", "label", "font") or (last.tail or "").strip():
        return None
    text = text_of(last)
    # (or the day it was posted, in brackets in a box of its own: "<b>…</b> <font>(18/09/2026)</font>")
    # (or an arrow marking a link post's headline as leading out: Chyrp's "<span>→</span>")
    badge = fold(text).strip(" !*") in _BADGE_WORDS or _BRACKETED_DAY.match(text) is not None or _ARROW.match(text) is not None
    # (or a chip its class calls one, a few words: the class or group a kindergarten's post is
    # about, "<span class=kp-chip>🏫 Toàn trường</span>" after the headline's words)
    badge = badge or (_LABEL_CLASS.search(last.get("class") or "") is not None and 0 < len(clean_line(text).split()) <= _LABEL_WORDS + 1 and not len(last))
    return last if badge and len(clean_line(text_of(el))) > len(text) + 10 else None


#: a label's or a badge's class ("label label--primary", "badge", "thread-prefix")
_LABEL_CLASS = re.compile(r"(?:^|[\s_-])(?:label|badge|prefix|chip)(?:$|[\s_-])", re.I)
_LABEL_WORDS = 3


def _label_at_start(el: HtmlElement) -> HtmlElement | None:
    """The headline's first child, when it is a label its class calls one, of a few words, with
    the headline's words after it."""
    if not len(el) or (el.text or "").strip():
        return None
    first = el[0]
    if not isinstance(first.tag, str) or first.tag not in ("span", "small", "em", "b", "strong", "mark", "label"):
        return None
    text = clean_line(text_of(first))
    # (or a badge's word opening it, whatever its class: "<span class=nhan-moi>Mới</span> Sở …")
    if not _LABEL_CLASS.search(first.get("class") or "") and fold(text) not in _BADGE_WORDS:
        return None
    if not text or len(text.split()) > _LABEL_WORDS:
        return None
    return first if len(clean_line(text_of(el))) > len(text) + 10 else None


_BRACKETED_DAY = re.compile(r"^\s*[(\[]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2})?\s*[)\]]\s*$")


def headline_date_lines(el: HtmlElement) -> list[str]:
    """The date lines a line break sets under the headline in its own box (see headline_text):
    the page's date, printed with the headline."""
    badge = _badge_at_end(el)
    if badge is not None and _BRACKETED_DAY.match(text_of(badge)):
        return [clean_line(text_of(badge)).strip("()[] ")]  # "<b>…</b> <font>(03/12/2026)</font>"
    if next(el.iterdescendants("br"), None) is None:
        return []
    return _headline_lines(el)[1]


def _headline_lines(el: HtmlElement) -> tuple[str, list[str]]:
    has_badge = next(el.iterdescendants("sup", "sub"), None) is not None
    parts = [el.text or ""]
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        inside_badge = has_badge and (child.tag in ("sup", "sub") or any(a.tag in ("sup", "sub") for a in child.iterancestors() if a is not el and within(a, el)))
        if child.tag == "br":
            parts.append("\n")
        elif not inside_badge:
            parts.append(child.text or "")
        parts.append(child.tail or "")
    # (the badge-free text joins as text_of does: "Tr<b>ường</b>" is one word)
    lines = [line for line in (clean_line(part) for part in (" " if has_badge else "").join(parts).split("\n")) if line]
    dated = [line for line in lines if is_date_line(line)]
    kept = [line for line in lines if line not in dated] or lines
    return clean_line(" ".join(kept)), [line for line in dated if line not in kept]


def _near_content(el: HtmlElement, start: int, end: int, order: dict[HtmlElement, int], content_depth: dict[HtmlElement, int]) -> bool:
    """Inside the content block, or in a container it shares within three levels (the header box
    right above an article's text); five in a table layout, where the text's cell sits in rows and
    tables of its own under the box's caption cell (PHP-Fusion's "capmain")."""
    if start <= order.get(el, -1) <= end:
        return True
    shared = next((content_depth[a] for a in el.iterancestors() if a in content_depth), None)
    return shared is not None and shared <= (4 if el.tag in ("td", "th") else 2)


def _in_breadcrumb(el: HtmlElement) -> bool:
    for depth, anc in enumerate(el.iterancestors()):
        if depth > 4:
            return False
        if has(anc, "breadcrumb"):
            return True
    return False


def is_sapo_element(el: HtmlElement) -> bool:
    """An element its names call a lead paragraph (and not a caption, an image box or furniture)."""
    found = families(f"{names_of(el)} {el.get('itemprop', '')}")
    # (a "description" under the photo in a photo's box is the photo's line: Mobirise's
    # "image-wrapper" holding the img and its "mbr-description")
    # (nor a person's card: Docusaurus's "avatar__intro" / "avatar__subtitle", the author's name
    # and post under the headline)
    return (
        "sapo" in found and not is_noise_families(found) and found.isdisjoint({"caption", "media", "byline"}) and not photo_item_line(el)
        and not any("byline" in element_families(a) for a in islice(el.iterancestors(), 2))
    )


#: a paragraph set larger than the text by utility classes ("text-lg font-medium", Bootstrap's
#: "lead", "fs-5"): how a Tailwind or Bootstrap template prints a lead
_LEAD_SIZE = re.compile(r"(?:^|\s)(?:text-(?:lg|xl|2xl)|lead|fs-[345])(?:\s|$)")


def sized_lead(content: list[HtmlElement]) -> str | None:
    """The text of a lead set larger by its classes ("text-lg font-medium") that opens the
    content, with more text after it (Tailwind templates print the lead just above the text's box);
    or, when the content is the article's whole box, its first paragraph so set, a child of the box."""
    first = content[0] if content else None
    if first is not None and len(content) < 2 and first.tag != "p":
        first = next((k for k in first if k.tag == "p" and _LEAD_SIZE.search(k.get("class") or "")), None)
        if first is not None and sum(visible_len(k) for k in first.itersiblings() if isinstance(k.tag, str)) < 80:
            return None  # a larger paragraph with no text after it is the text, not its lead
    elif len(content) < 2:
        return None
    if first is None or first.tag != "p" or not _LEAD_SIZE.search(first.get("class") or ""):
        return None
    text = clean_line(text_of(first))
    return text if 40 <= len(text) <= 600 else None


def _emphasised(el: HtmlElement) -> bool:
    cls = el.get("class") or ""
    if el.tag in ("strong", "b", "h2", "h3") or CLASS_BOLD.search(cls) or (el.tag == "p" and _LEAD_SIZE.search(cls)):
        return True
    if STYLE_BOLD.search(el.get("style") or ""):
        return True  # a box set bold by its own style ("<div style='font-size:18px;font-weight:600'>")
    text = clean_line(text_of(el))
    strong = sum(len(clean_line(text_of(s))) for s in el.iter("strong", "b", "em", "i"))
    if not strong:
        # (or a span a builder sets bold by its style: "<span style='font-weight: 700'>")
        strong = sum(len(clean_line(text_of(s))) for s in el.iter("span") if STYLE_BOLD.search(s.get("style") or ""))
    return strong >= 0.9 * len(text)
