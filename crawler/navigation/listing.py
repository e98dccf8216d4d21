"""What a page's structure says about it: repeated entries (a listing) and text owned by a headline
(an article). Pure functions of an lxml tree and the page's links.

Why structure rather than class names: portals share no markup, and the same class names
("news", "item", "post") mark a listing's entries on one site and an article's container on
another. Two things hold on every platform:

- a **listing** repeats an entry: sibling elements of the same tag, each holding one title link
  (often a date, an image and a teaser), one after another;
- an **article**'s text belongs to its own headline: read in document order, the paragraphs
  after the headline come before any other heading, and that headline does not link to another
  page. A listing's teaser text belongs to the entry's linked title instead; a related list
  after an article's text is a listing inside an article, not a listing page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.core.elements import text_of
from crawler.core.lines import is_notice, is_related_heading, is_widget_heading
from crawler.core.text import clean_line, fold
from crawler.core.urls import canonicalize_url, is_attachment, is_theme_asset
from crawler.core.vocab import (
    element_families,
    families,
    is_noise,
    is_noise_families,
    main_column,
    names_of,
)

#: an entry's title link has at least this many characters (menu items are shorter)
MIN_TITLE_CHARS = 15
MIN_TITLE_WORDS = 3
#: an entry is a small element: a teaser, not a whole column of the page
MAX_ENTRY_CHARS = 1500
_ENTRY_CLIMB = 8
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5"])
_INLINE = frozenset(["a", "span", "strong", "b", "em", "i", "font", "small"])
_SKIP = frozenset(["script", "style", "noscript", "template", "select", "option", "button", "textarea"])


@dataclass
class EntryGroup:
    """Sibling entries of one list: ``links`` are indices of their title links in the page's links."""

    parent: HtmlElement
    tag: str
    entries: list[HtmlElement] = field(default_factory=list)
    links: list[int] = field(default_factory=list)
    noise: bool = False  # the list sits in a related/menu/chrome region
    position: int = 0  # document order of its first entry

    @property
    def size(self) -> int:
        return len(self.entries)


def is_title_text(text: str) -> bool:
    return len(text) >= MIN_TITLE_CHARS and len(text.split()) >= MIN_TITLE_WORDS


def _names_its_page(text: str, url: str) -> bool:
    """A wiki's link printing the name of the page it leads to, its address's path
    ("<a href=/TinTuc/2026-10-09_DaiHoiLienDoi?highlight=…>TinTuc/2026-10-09_DaiHoiLienDoi</a>",
    MoinMoin's search hits): the page's title as the wiki knows it."""
    if len(text) < MIN_TITLE_CHARS or " " in text or not ("/" in text or "_" in text):
        return False
    return unquote(urlsplit(url).path).strip("/") == text.strip("/")


def entry_groups(anchors: list[HtmlElement], texts: list[str], urls: list[str], order: dict[HtmlElement, int]) -> list[EntryGroup]:
    """Lists of entries on the page, largest first.

    ``anchors``/``texts``/``urls``: the page's links (element, text, absolute URL), parallel lists.
    An entry is the nearest ancestor of a title link that has a sibling of the same tag also
    holding a title link; entries of one parent and tag form a group."""
    candidates = [i for i, text in enumerate(texts) if is_title_text(text) or _names_its_page(text, urls[i])]
    # every element that holds a title link (up to the climb limit)
    holders: set[HtmlElement] = set()
    # (and where each holder's title links lead: boxes of one entry, its title bar and its "Đọc
    # tiếp về …" bar, both linking its one post, are its parts, no list of two)
    leads: dict[HtmlElement, set[str]] = {}
    for i in candidates:
        if anchors[i].tag not in _INLINE:
            # a row that is itself the link ("<tr onclick=\"window.location.href='…id=61'\">", a
            # clickable card) holds its title: it is its own entry beside its sibling rows
            holders.add(anchors[i])
            leads.setdefault(anchors[i], set()).add(urls[i])
        for depth, anc in enumerate(anchors[i].iterancestors()):
            if depth >= _ENTRY_CLIMB:
                break
            holders.add(anc)
            leads.setdefault(anc, set()).add(urls[i])
    siblings: dict[tuple[HtmlElement, str], int] = {}
    holder: dict[tuple[HtmlElement, HtmlElement], list[int]] = {}
    for i in candidates:
        el = anchors[i]
        for _ in range(_ENTRY_CLIMB):
            parent = el.getparent()
            if parent is None or parent.tag == "html" or (parent.tag == "body" and not fragment_body(parent)):
                break
            key = (parent, el.tag)
            count = siblings.get(key)
            if count is None:
                boxes = [c for c in parent if c.tag == el.tag and c in holders]
                count = len(boxes)
                if count == 2 and len(leads[boxes[0]] | leads[boxes[1]]) < 2:
                    count = 1  # (two parts of one entry, both leading to its post)
                siblings[key] = count
            if count >= 2 and el.tag not in _INLINE:
                holder.setdefault((parent, el), []).append(i)
                break
            el = parent
    groups: dict[tuple[HtmlElement, str], EntryGroup] = {}
    for (parent, entry), indices in holder.items():
        distinct = {canonicalize_url(urls[i]) for i in indices}
        if len(distinct) > 2 or len(text_of(entry)) > MAX_ENTRY_CHARS:
            continue  # a whole column or a menu block, not one entry
        key = (parent, entry.tag)
        group = groups.get(key)
        if group is None:
            group = groups[key] = EntryGroup(parent, entry.tag)
        group.entries.append(entry)
        group.links.append(_title_link(indices, anchors))
    out = []
    for group in groups.values():
        if len({canonicalize_url(urls[i]) for i in group.links}) < 2 or _unlike_pair(group.entries) or _parted_by_text(group.entries, order):
            continue
        group.entries.sort(key=lambda e: order.get(e, 0))
        group.position = order.get(group.entries[0], 0)
        group.noise = list_in_noise(group.parent) or _headed_as_related(group.parent)
        out.append(group)
    out.sort(key=lambda g: (g.noise, -g.size, g.position))
    return out


def fragment_body(body: HtmlElement) -> bool:
    """The body the parser made around an HTML fragment (an AJAX handler's answer: the entries of a
    list's next page, no <head>, no <body> written): its children are the list's entries. A page's
    own body holds its layout's columns."""
    parent = body.getparent()
    return parent is not None and parent.find("head") is None


#: a class of every box a builder makes, and nothing else (Oxygen's "ct-div-block"); a name that
#: says more beside it ("widget-mode-simple-entry": an entry) tells boxes apart
_BUILDER_ONLY = frozenset({"builder"})


def _unlike_pair(entries: list[HtmlElement]) -> bool:
    """Two boxes with nothing in their class names in common ("detail-meta" holding the category's
    link, "detail-content" holding a link in the text) are an article's parts, not two entries of
    a list; a list's entries share a class ("item", "post type-post …", "discussion") or have none.
    Boxes with ids only compare their ids without numbers: Plone's "content" and
    "viewlet-below-content" are parts, a list's "post-12" and "post-13" are entries."""
    if 2 <= len(entries) <= 4 and _layout_columns(entries):
        return True
    if 2 < len(entries) <= 4:
        # a page's parts side by side (Kentico's "kt-breadcrumbs", "kt-cat-title", "NewsDetail"),
        # each with classes of its own: no list's entries are all that unlike
        # (a builder's class of every box, Oxygen's "ct-div-block", is nothing in common)
        # (a class attribute of blanks names nothing: Liferay's search rows, "<tr class=\" \">")
        if not all((e.get("class") or "").split() for e in entries):
            return False
        names = [{t for t in e.get("class").split() if families(t) != _BUILDER_ONLY} for e in entries]
        return all(x.isdisjoint(y) for i, x in enumerate(names) for y in names[i + 1 :])
    if len(entries) != 2:
        return False
    a, b = ((e.get("class") or "").split() for e in entries)
    if not (a or b):
        ids = [re.sub(r"\d+", "", e.get("id") or "") for e in entries]
        return all(ids) and ids[0] != ids[1]
    # (a spacing utility both boxes carry is nothing in common: tagDiv's "td-post-header
    # td-pb-padding-side" and "td-post-content td-pb-padding-side", a post's head and text)
    return not {c for c in set(a) & set(b) if not _SPACING_CLASS.search(c)}


#: a class that only spaces a box ("td-pb-padding-side", "uk-margin", Bootstrap's "mt-3", "px-2", "clearfix")
_SPACING_CLASS = re.compile(r"(?:^|[-_])(?:padding|margin|spacing|gutter)(?:$|[-_])|^[mp][tbsexylr]?-(?:\d|auto)|^clearfix$", re.I)


#: the text between two boxes that makes them an article's head and foot rather than two entries
_PARTING_TEXT_CHARS = 500


def _parted_by_text(entries: list[HtmlElement], order: dict[HtmlElement, int]) -> bool:
    """A few boxes parted by a box of their parent holding more text than they all do: an
    article's header (the headline and its category link) and its footer (a tag link) around its
    text, as a block theme groups them ("wp-block-group" each), not entries of a list, whose
    siblings between entries are rules and spacers."""
    if not 2 <= len(entries) <= 4:
        return False
    parent = entries[0].getparent()
    if parent is None:
        return False
    ranked = sorted(entries, key=lambda e: order.get(e, 0))
    own = sum(len(text_of(e).strip()) for e in entries)
    first, last = order.get(ranked[0], 0), order.get(ranked[-1], 0)
    chosen = set(entries)
    # (or by the text's paragraphs, boxes of the entries' own tag between them: a wiki's trail, its
    # "Xem thêm:" line and its tags line, each a <p> with a link, around the <p>s of the text)
    between = 0
    for child in parent:
        if child in chosen or not isinstance(child.tag, str) or not first < order.get(child, -1) < last:
            continue
        chars = len(text_of(child).strip())
        if chars >= max(_PARTING_TEXT_CHARS, own):
            return True
        if child.tag == ranked[0].tag and next(child.iter("a"), None) is None:
            between += chars  # (a paragraph linking nowhere: no entry's excerpt beside its title)
    return between >= max(2 * _PARTING_TEXT_CHARS, 3 * own)


#: a grid framework's column class ("col-md-3", "span8", "large-6", "grid-4", "w-col-8")
_GRID_COLUMN = re.compile(r"^(?:col|span|grid|large|medium|small|w-col|uk-width)(?:-[a-z]{2})?-?\d{1,2}$", re.I)


def _layout_columns(entries: list[HtmlElement]) -> bool:
    """The entries are a layout row's columns of different widths (a 3-6-3 page: menu, text,
    sidebar), not a list: a grid of cards gives every card the same width."""
    widths = []
    for entry in entries:
        cols = {c for c in (entry.get("class") or "").split() if _GRID_COLUMN.match(c)}
        if not cols:
            return False
        widths.append(frozenset(cols))
    return len(set(widths)) > 1


def _title_link(indices: list[int], anchors: list[HtmlElement]) -> int:
    """An entry's title link: the one inside a heading, else the first ("Xem thêm về …" follows)."""
    for i in indices:
        if next(anchors[i].iterancestors(*_HEADINGS), None) is not None or anchors[i].getparent().tag in _HEADINGS:
            return i
    return indices[0]


#: a box named a list of news ("newslist", "list-news"; in Vietnamese "ds-tin", "danhsachtin",
#: "ds_tintuc", not "ds-tinxemnhieu"), not a related box ("tin-lien-quan"); a list widget's own
#: box (Kendo UI's "k-listview", an ASP.NET ListView's "listview")
_NEWS_LIST_BOX = re.compile(r"news[-_]?list|list[-_]?news|list[-_]?view|(?<![a-z])(?:ds|danh[-_]?sach)[-_]?tin(?:[-_]?tuc)?(?![a-z])", re.I)
#: a box named for a category (its posts, or the category menu: where it sits tells them apart)
_CATEGORY_BOX = re.compile(r"chuyen[-_]?muc|danh[-_]?muc|categor", re.I)


def list_in_noise(el: HtmlElement) -> bool:
    """A list inside a related/menu/chrome region (by its own or its ancestors' names or tags)."""
    news_list = False
    for depth, anc in enumerate([el, *el.iterancestors()]):
        if depth > 10 or anc.tag in ("article", "main"):
            return False
        if news_list and anc.tag not in ("nav", "aside", "footer") and _CATEGORY_BOX.search(anc.get("class") or ""):
            # a list of news inside a category's box ("box-chuyen-muc" > "news-list"): the
            # category's own posts, not its menu
            if is_noise_families(families(anc.get("class") or "") - {"related", "menu"}):
                return True
            continue
        if depth == 0 and (anc.get("class") or "").strip() and anc.tag not in ("nav", "aside", "footer"):
            # the list's own box is judged by its class: its id names the control that prints it
            # (ASP.NET's "dnn_ctr401_NewsList_dgNews" on a category's own list, class "NewsGrid")
            cls = anc.get("class") or ""
            # (a box named a list of news, "tqs-newslist", or a category's frame, "khung_chuyenmuc",
            # holds a category's own posts as much as another article's neighbours: where it sits,
            # a sidebar or a related box, tells them apart)
            news_list = bool(_NEWS_LIST_BOX.search(cls))
            ignored = ({"related"} if news_list else set()) | ({"related", "menu"} if _CATEGORY_BOX.search(cls) else set())
            if is_noise_families(found := families(cls) - ignored) and not main_column(anc, found):
                return True
            continue
        if anc.tag in ("nav", "aside", "footer", "marquee"):
            return True  # (a scrolling marquee of notices is never a page's own list)
        if is_noise(anc):
            if anc.tag in ("div", "section") and _NEWS_LIST_BOX.search(f"{anc.get('class') or ''} {anc.get('id') or ''}") and not is_noise_families(families(names_of(anc)) - {"related"}):
                # (the list's portlet, named for its kind as the list's box is: a vendor's Liferay
                # "portlet-boundary_newslist_WAR_…" round its "ds-tin", judged as that box is, by
                # where it sits)
                continue
            return True
    return False


#: the most a list's heading says ("Bài viết cùng chuyên mục (5)")
_LIST_HEADING_CHARS = 80


def _headed_as_related(box: HtmlElement) -> bool:
    """A list right under a related list's heading ("Bài viết cùng chuyên mục", "Tin liên quan":
    phrases/related.txt), printed as the box's previous sibling or its wrapper's (or the
    wrapper's wrapper's: Liferay's "portlet-header" beside the "portlet-content-container" around
    the portlet's body): an article's neighbours, whatever the box's names (Bludit's "card-deck
    listrelated")."""
    node: HtmlElement | None = box
    for _ in range(3):
        if node is None:
            return False
        prev = node.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()  # (a comment between the heading and its list)
        if prev is not None:
            text = text_of(prev)
            return len(text) <= _LIST_HEADING_CHARS and is_related_heading(clean_line(text))
        node = node.getparent()
    return False


#: the most a photo's own label may say under its thumbnail ("Thị trấn Phố Châu", "kg-03.jpg")
_THUMB_LABEL_CHARS = 60


@dataclass
class Ownership:
    """What the page's headline owns: the text, images and tables that follow it before another
    heading takes over, outside every entry of a list and outside page furniture.

    ``*_first`` count only what comes before the first list entry after the headline: an
    article's related list follows its text, a listing's entries follow its heading at once."""

    chars: int = 0
    blocks: int = 0
    images: int = 0
    tables: int = 0
    chars_first: int = 0
    media_first: int = 0
    group_first: bool = False  # a list entry came before the headline owned anything
    #: short owned lines, folded (field labels, table headers)
    labels: set[str] = field(default_factory=set)
    #: rows (table rows, list items) that offer a file, and the text owned before the first file
    file_rows: int = 0
    chars_before_files: int | None = None
    #: photos shown as thumbnails that link to each photo's own page (an album's grid), before
    #: the first list entry
    thumbs_first: int = 0
    #: how many headings of the tag and class of the teaser's title that ended the ownership the
    #: page holds, each linking elsewhere (0: no teaser's title ended it)
    teaser_titles: int = 0


def _is_linked_elsewhere(heading: HtmlElement, page_keys: frozenset[str], base_url: str) -> bool:
    """A heading whose link (covering most of its text) leads to another page: a teaser's title."""
    text = clean_line(text_of(heading))
    anchors = [a for a in heading.iter("a")] or list(heading.iterancestors("a"))
    for a in anchors:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        linked = clean_line(text_of(a))
        if len(linked) >= 0.6 * len(text) and canonicalize_url(urljoin(base_url, href)) not in page_keys:
            return True
    return False


def _is_linked_title(el: HtmlElement) -> bool:
    """A teaser's title printed without a heading tag: a link (or a box around one) whose names
    call it a title ("tieu-de", "news-title"), with the words of a title."""
    if "title" not in element_families(el):
        return False
    return is_title_text(clean_line(text_of(el))) and (el.tag == "a" or next(el.iterdescendants("a"), None) is not None)


def _leads_elsewhere(a: HtmlElement, page_keys: frozenset[str], base_url: str) -> bool:
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")) or is_attachment(urljoin(base_url, href)):
        return False
    return canonicalize_url(urljoin(base_url, href)) not in page_keys


def _is_file_link(a: HtmlElement, base_url: str) -> bool:
    href = (a.get("href") or "").strip()
    return bool(href) and is_attachment(urljoin(base_url, href)) and not _IMAGE_FILE.search(href)


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|svg)(?:[?#]|$)", re.I)


def _own_text_len(el: HtmlElement) -> int:
    """Characters of text directly in ``el`` (its text and its children's tails)."""
    n = len((el.text or "").strip())
    for child in el:
        if child.tail:
            n += len(child.tail.strip())
    return n


def _in_byline(el: HtmlElement, levels: int = 3) -> bool:
    """Inside a box its names call a byline or the author's ("article-byline", "author-name")."""
    for depth, node in enumerate([el, *el.iterancestors()]):
        if depth > levels:
            return False
        if "byline" in element_families(node):
            return True
    return False


#: a member's picture by its file's or box's name ("avatar", Forem's "/uploads/user/profile_image/…")
_AVATAR = re.compile(r"avatar|profile[_-]?image|userphoto", re.I)


def _avatar(img: HtmlElement) -> bool:
    return bool(_AVATAR.search(f"{img.get('src') or ''} {img.get('data-src') or ''} {img.get('class') or ''}"))


def _in_toc(el: HtmlElement) -> bool:
    """In a box its names call a table of contents (classes.toml "toc"), up to two levels up."""
    node: HtmlElement | None = el
    for _ in range(3):
        if node is None:
            return False
        if "toc" in element_families(node):
            return True
        node = node.getparent()
    return False


def headline_ownership(root: HtmlElement, headline: HtmlElement | None, groups: list[EntryGroup], page_keys: frozenset[str], base_url: str) -> Ownership:
    """Walk the page in document order from the headline and measure what it owns.

    Ownership ends at a heading that links to another page (a teaser's title), at a widget's
    heading ("Tin mới", "Các tin khác"), or at a heading of the headline's level or higher.
    Text inside list entries, links and page furniture is not owned."""
    out = Ownership()
    if headline is None:
        return out
    # (a list inside a <nav> that page furniture names is navigation, no list the headline heads:
    # a series' parts over the text)
    # (nor the index of a post's own pages, Joomla's page-break "article-index" box between the
    # headline and the text: its links are the post's parts, no list the headline heads)
    entries = {e for g in groups for e in g.entries if not (g.noise and (next(g.parent.iterancestors("nav"), None) is not None or _in_toc(g.parent)))}
    entry_holders = {anc for e in entries for anc in e.iterancestors("table")}
    level = int(headline.tag[1]) if headline.tag in _HEADINGS else 2
    state = {"started": False, "stopped": False, "group_seen": False}
    file_rows: set[HtmlElement] = set()

    def own(chars: int = 0, images: int = 0, tables: int = 0) -> None:
        out.chars += chars
        out.blocks += bool(chars)
        out.images += images
        out.tables += tables
        if not state["group_seen"]:
            out.chars_first += chars
            out.media_first += images + tables

    headline_key = fold(clean_line(text_of(headline)))

    def ends_ownership(el: HtmlElement, in_furniture: bool) -> bool:
        text = clean_line(text_of(el))
        if not text:
            return False
        if fold(text) == headline_key:
            return False  # the headline printed again over its text (Liferay's blog entry: the portlet's "header-title", then the entry's own linked h2)
        if _in_byline(el):
            return False  # the author's name as a linked heading (Ghost's h4.author-name): a byline
        if el.tag in _HEADINGS and not in_furniture and (int(el.tag[1]) <= level or is_widget_heading(text)):
            # (a field's label set as a small heading, "<h5>Chuyên mục:</h5>" over its value in the
            # post's meta box, Docsy's taxonomy box, heads no module)
            return not (int(el.tag[1]) > level and text.endswith((":", "：")))
        return _is_linked_elsewhere(el, page_keys, base_url)

    def walk(el: HtmlElement, skip: bool, in_table: bool = False) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if el is headline:
            state["started"] = True
            return
        if state["started"]:
            if el in entries:
                if not out.chars_first and not out.media_first:
                    out.group_first = True
                state["group_seen"] = True
                skip = True
            elif not skip and (tag in ("nav", "aside", "footer") or is_noise(el)):
                skip = True
            # a heading ends ownership even inside furniture (a teaser's title in a "page-header" box)
            if (tag in _HEADINGS or _is_linked_title(el)) and ends_ownership(el, skip) and not (skip and next(el.iterancestors("nav"), None) is not None):
                # (a heading inside a <nav> is navigation's, not a teaser's title: a series box
                # over the text, Forem's "<nav class=…series><h2><a href=/series/18>…")
                state["stopped"] = True
                if tag in _HEADINGS and not skip and _is_linked_elsewhere(el, page_keys, base_url):
                    out.teaser_titles = sum(
                        1 for h in root.iter(tag) if h.get("class") == el.get("class") and _is_linked_elsewhere(h, page_keys, base_url)
                    )
                return
            if tag == "a":
                # a photo enlarged by its link is the article's; a thumbnail linking to another
                # page is a teaser's
                if not skip and not _leads_elsewhere(el, page_keys, base_url):
                    own(images=sum(1 for img in el.iter("img") if not _avatar(img)))
                elif not skip and not state["group_seen"] and len(clean_line(text_of(el))) <= _THUMB_LABEL_CHARS:
                    out.thumbs_first += sum(1 for _ in el.iter("img"))
                if not skip and _is_file_link(el, base_url):
                    if out.chars_before_files is None:
                        out.chars_before_files = out.chars
                    row = next(el.iterancestors("tr", "li", "dd", "p"), None)
                    if row is not None and row not in file_rows:
                        file_rows.add(row)
                        out.file_rows += 1
                return
            if not skip:
                if tag == "img":
                    # (a corner of the skin's title bar owns nothing; nor does a member's avatar
                    # beside their name, a profile page's "profile_image")
                    if not is_theme_asset(el.get("data-src") or el.get("src") or "") and not _avatar(el):
                        own(images=1)
                elif tag == "table" and el not in entry_holders:
                    own(tables=1)  # a table of the listing's own rows is not media the headline owns
                n = _own_text_len(el)
                if n >= 2 and n <= 160 and is_notice(clean_line(el.text or "")):
                    n = 0  # a portlet's notice in the headline's place ("Chọn một nội dung web để hiển thị …", an empty display), no text
                if n >= 2:
                    own(chars=n)
                    # a field's label: a short line on its own, or the first cell of a two-cell
                    # row ("Số ký hiệu | 97-KH/TCT"); a table's header row is no record's label
                    # (the cell itself is in its table: "<td>Môn</td>" of a header row too)
                    if n <= 40 and (not (in_table or tag in ("td", "th")) or _is_field_cell(el)):
                        out.labels.add(fold((el.text or "").strip() or clean_line(text_of(el))))
        in_table = in_table or tag in ("td", "th")
        for child in el:
            walk(child, skip, in_table)
            if state["stopped"]:
                return

    walk(root, False)
    return out


#: (or a read-only form's labels beside their values: Power Pages' entity form, "<label
#: for=sgd_sokyhieu>Số ký hiệu</label><input readonly value=…>")
_FIELD_LABELS = etree.XPath("//tr[count(td|th) = 2]/*[1] | //dt | //label[@for][following::*[1][self::div or self::input or self::textarea or self::span]//@readonly or following::*[1][@readonly]]")


def field_labels(tree: HtmlElement) -> set[str]:
    """The labels of the field/value rows a page prints (two-cell table rows, definition lists),
    folded: what tells a record page (a document's "Số ký hiệu", "Ngày ban hành" …) from news,
    even when it has no headline to measure from."""
    out = set()
    for cell in _FIELD_LABELS(tree):
        text = clean_line(text_of(cell))
        if 2 <= len(text) <= 40:
            out.add(fold(text).rstrip(" :："))
    return out


def _is_field_cell(el: HtmlElement) -> bool:
    """The label cell of a field/value row: the first of exactly two cells."""
    if el.tag not in ("td", "th"):
        return False
    row = el.getparent()
    if row is None or row.tag != "tr":
        return False
    cells = [c for c in row if c.tag in ("td", "th")]
    return len(cells) == 2 and cells[0] is el
