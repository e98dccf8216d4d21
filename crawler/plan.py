"""What a fetched page is, and which of its links lead where: ``plan_page`` (pure, no Scrapy).

The spider turns a ``PagePlan`` into requests and keeps the crawl's bookkeeping (seen URLs,
budgets, deferrals, state); everything that can be decided from the page alone and what the
request knew (``PageHints``) is decided here, so that it can be run over saved pages in a test
and from the CLI (``python -m crawler plan``).

Classification, in order (each step returns a reason, a stats key suffix):

1. A config's ``listing_patterns`` say listing.
2. The headline: a page whose headline links to another page is a teaser (``teaser_headline``);
   one that repeats a menu item's name is that section's page (``section_headline``).
3. Structure (crawler.navigation.listing): the text, images and tables the headline owns before
   any list entry, against the entries of the page's main list. A headline that owns text first
   is an article, whatever lists follow it (``owned_text``: a three-line notice, a timetable
   table, a photo post, an attachment post); a list that starts right under the headline is a
   listing (``entries``). A page that prints the field labels of a record (an official
   document's "Số/Ký hiệu", "Ngày ban hành", "Trích yếu"; a calendar event's "Thời gian",
   "Địa điểm", "Chủ trì": phrases/record_fields.txt) is that record or a table of them, not news
   (``record_page``).
4. An article must also be plausible (``plausible_article``): dated (on the page, or by the
   listing, feed or sitemap entry that led to it), reached as an article, or at an
   article-shaped URL; and not an introduction/contact page by its title. A portal's home page
   (the start page, or its root) is never an article (``home_page``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from itertools import chain, islice, takewhile
from typing import Any, Literal
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.core.bylines import is_byline_label, looks_like_bare_name, parse_byline
from crawler.core.dates import find_dates
from crawler.core.elements import text_of
from crawler.core.hidden import is_hidden
from crawler.core.lines import is_date_line, is_file_line, is_related_heading
from crawler.core.text import clean_line, fold, in_vietnamese, strip_accents
from crawler.core.urls import canonicalize_url, host_of, is_attachment, is_site_root, join_url
from crawler.core.vocab import element_families, is_noise
from crawler.extract import extract_raw
from crawler.extract.blocks import is_decoration
from crawler.extract.content import section_prefix, see_also_pointer, shares_container, within
from crawler.extract.document import Page
from crawler.navigation.channels import feed_links
from crawler.navigation.families import fingerprint, is_date_archive
from crawler.navigation.links import (
    Link,
    PageLinks,
    differs_by_page,
    extract_links,
    is_article_link,
    is_page_param,
    is_pagination_link,
    is_read_more,
)
from crawler.navigation.listing import (
    EntryGroup,
    Ownership,
    entry_groups,
    field_labels,
    fragment_body,
    headline_ownership,
    list_in_noise,
)
from crawler.navigation.urls import is_trap, looks_like_article_url
from crawler.phrases import phrase_list, phrase_set, phrase_sets
from crawler.portals import PortalConfig

PageKind = Literal["article", "listing", "other"]

#: characters of text the headline must own for a page to read as an article
MIN_OWNED_CHARS = 40
#: the posts a described list with a picture over it shows at least (a topic's page: two)
MIN_DESCRIBED_PICTURE_ENTRIES = 2
#: rows offering a file that make a page a list of documents (an article attaches one or two)
MIN_FILE_ROWS = 3
#: field/value rows anywhere on a page with this many record labels make it a record (a document
#: register entry), headline or not
MIN_PAGE_RECORD_FIELDS = 4

#: what a page of a register is read as (a document's, a file list's, a clip's, an album's or an
#: event's entry): a family of them that gives nothing new is given up on sooner (crawler.navigation
#: .families: Families.record's ``register``)
REGISTER_REASONS = frozenset({"record_page", "document_entry", "file_list", "video_entry", "photo_album", "event_entry", "qa_entry", "person_profile"})
#: a section's name (a menu item) is short; an article's title is a sentence
MAX_SECTION_NAME_WORDS = 6
#: text a content block must hold to count as an article when the headline owns nothing measurable
MIN_BLOCK_CHARS = 400
#: the text a photo library's page may hold per photo and still be an album: a caption line
ALBUM_CHARS_PER_PHOTO = 100
#: ... and once per page, its meta line and photo tools ("Gửi bởi bientap lúc Thứ 7, 05/09/2026 -
#: 10:12", "Ảnh nhỏ | Xem trước | Ảnh gốc"): a library's page of one photo holds both
ALBUM_META_CHARS = 80
#: ... and a line describing the album as a whole ("Hội thao năm 2026 diễn ra từ ngày 16 đến 18/11
#: với …"), one block beside the meta line, when it shows two photos or more
ALBUM_DESCRIPTION_CHARS = 250
#: the text a document library's page may hold about its file and still be the file's entry
DOCUMENT_DESCRIPTION_CHARS = 300
#: the text a video library's page may hold about its clip and still be the clip's entry
VIDEO_DESCRIPTION_CHARS = 400


@dataclass(frozen=True)
class PageHints:
    """What the request that fetched a page knew about it (carried in ``Request.meta``)."""

    listing_date: str | None = None
    as_article: bool = False  # reached from a listing entry, a feed or a sitemap
    category: str | None = None
    nav_depth: int = 0
    paged: bool = False  # reached through a pager
    channel: str = "link"  # start | link | listing | feed | sitemap | related

    _KEYS = ("listing_date", "as_article", "category", "nav_depth", "paged", "channel")

    @classmethod
    def from_meta(cls, meta: dict[str, Any]) -> PageHints:
        return cls(**{k: meta[k] for k in cls._KEYS if k in meta and meta[k] is not None})

    def to_meta(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, False)}


@dataclass
class PagePlan:
    kind: PageKind
    reason: str
    url: str
    raw: dict[str, Any]
    links: PageLinks
    #: title links of the main list's entries (a listing's articles), in page order
    entries: list[Link] = field(default_factory=list)
    #: other links that look like articles (other lists, related news, home page teasers)
    article_links: list[Link] = field(default_factory=list)
    pager_links: list[Link] = field(default_factory=list)
    #: every other link: sections, menus, pages of unknown kind
    other_links: list[Link] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    fingerprint: bytes = b""
    ownership: Ownership = field(default_factory=Ownership)
    groups: int = 0

    @property
    def postbacks(self) -> list[Any]:
        return self.links.postbacks


def plan_page(page: Page, hints: PageHints = PageHints(), config: PortalConfig | None = None) -> PagePlan:
    """Classify a parsed page and sort its links (see the module docstring)."""
    config = config or PortalConfig(name="")
    url = page.url
    links = extract_links(page.tree, url)
    raw = extract_raw(page.text, url, selectors=config.selectors, page=page)
    title_el: HtmlElement | None = raw.get("_title_el")
    order: dict[HtmlElement, int] = raw.get("_order") or {}
    page_keys = frozenset({canonicalize_url(url), canonicalize_url(raw.get("canonical_url") or url)})
    # links that lead nowhere a crawl goes (print, mail, save views; script links) or back to this
    # page ("Không có bình luận" → #comments) make no entries
    # and neither do links to another host (share buttons: "Chia sẻ Facebook")
    host = host_of(url)
    # (nor do the page's attached files: "Tập tin: <b>Lịch kiểm tra …</b>" reads like a title)
    texts = ["" if (lk.via not in _ENTRY_VIAS or is_trap(lk.url) or canonicalize_url(lk.url) in page_keys or host_of(lk.url) != host or is_attachment(lk.url)) else lk.text for lk in links.links]
    if title_el is not None and section_prefix(title_el) is not None:
        # the section's link printed before the headline ("<a>Tin tức</a>: …") is no entry's title
        prefix_link = title_el[0]
        texts = ["" if a is prefix_link else t for a, t in zip(links.anchors, texts, strict=False)]
    # a card whose headline is no link and whose "Xem thêm >" button is (a site builder's
    # feature cards): the button's entry is titled by the card's heading
    texts = [_card_heading(a) or t if t and is_read_more(t) else t for a, t in zip(links.anchors, texts, strict=False)]
    urls = [lk.url for lk in links.links]
    # (the post's text box beside its related list or its breadcrumb box, numbered alike by a
    # framework or a builder: no list of two, and its text is the headline's)
    groups = [g for g in (_without_text_boxes(g, order) for g in entry_groups(links.anchors, texts, urls, order)) if g is not None]
    body = page.tree.find("body")
    owned = headline_ownership(body if body is not None else page.tree, title_el, groups, page_keys, url)
    if title_el is not None and owned.chars_first < MIN_OWNED_CHARS and not owned.media_first:
        owned = _owned_past_chrome(body if body is not None else page.tree, title_el, raw, groups, page_keys, url, order) or owned
    main = _main_group(groups, title_el, owned, order)
    if main is None:
        main = _loose_entries(links, url, hints, config, fragment=body is not None and fragment_body(body))
    kind, reason = _classify(raw, links, main, owned, page_keys, hints, config, page.tree)
    if kind == "article" and _markup_source(page.tree):
        # the page's source shown as plain text (a wiki's "view source", "/s/vi/…" of Wiki.js,
        # its link labelled "Bản in"): the article's markup, the article itself read elsewhere
        kind, reason = "other", "source_view"
    if kind == "article" and _front_page_body(page.tree):
        # a front page read as a post (a school's site in a WordPress network, "/thpt-x/", its
        # home a page of the school's welcome and latest news): the site's home, no article
        kind, reason = "other", "home_page"
    if kind == "article" and not _plausible(raw, url, hints, config):
        kind, reason = "other", "undated_page"
    if kind == "article" and (raw.get("_forum_topic") or _FORUM_STEP.intersection(fold(c) for c in raw.get("_breadcrumbs") or [])) and _discussion_forum(raw.get("category")):
        # a topic of a forum for members' talk ("Góc học viên", "Hỏi đáp học tập", "Nội quy -
        # Hướng dẫn"): the site's news are topics of its news forums, or its CMS's articles
        kind, reason = "other", "forum_discussion"
    if kind == "article" and not in_vietnamese(" ".join([raw.get("title") or "", *(b["text"] for b in raw.get("blocks") or [] if b["kind"] == "text")])):
        kind, reason = "other", "other_language"  # a bilingual site's English copy of a post
    # a forum's list of topics in a forum for members' talk: no news in it, nor on its later pages
    raw["_discussion_list"] = kind == "listing" and bool(_FORUM_LIST.search(url)) and (_discussion_forum(raw.get("title")) or _discussion_forum(raw.get("category")))
    plan = PagePlan(kind, reason, url, raw, links, ownership=owned, groups=len(groups))
    _sort_links(plan, groups, main, config)
    plan.feeds = feed_links(page.tree, url)
    plan.fingerprint = _fingerprint(plan)
    return plan


#: how an entry's title link leads to its page: an address in its href, or one its click handler
#: opens ("<tr onclick=\"window.location.href='…'\">", ``xemTin(17)`` with the page's function):
#: a reader's click goes there as it does on an href (a pager's script call is no link here, and
#: a print or share popup's label is no title)
_ENTRY_VIAS = frozenset({"href", "onclick", "script"})


def _without_text_boxes(group: EntryGroup, order: dict[HtmlElement, int]) -> EntryGroup | None:
    """The group without its entries that are a post's text (the text box beside its teasers of
    other posts, numbered alike or of one tag: Tailwind's bare divs), None if fewer than two stay."""
    keep = [(e, i) for e, i in zip(group.entries, group.links, strict=True) if not _text_box_entry(e) and not _trail_entry(e)]
    if len(keep) == group.size:
        return group
    if len(keep) < 2:
        return None
    return replace(group, entries=[e for e, _ in keep], links=[i for _, i in keep], position=order.get(keep[0][0], 0))


def _trail_entry(entry: HtmlElement) -> bool:
    """An "entry" that is the page's breadcrumb trail (a table layout's row "<td class=duongdan>Trang
    chủ » Tin tức - Sự kiện</td>" beside the post's row): no list's entry."""
    if len(" ".join(text_of(entry).split())) > _TRAIL_CHARS:
        return False
    return any("breadcrumb" in element_families(el) for el in entry.iter() if isinstance(el.tag, str) and (el.get("class") or el.get("id")))


#: the longest trail read as one
_TRAIL_CHARS = 200


def _text_box_entry(entry: HtmlElement) -> bool:
    """An "entry" that is a post's text: paragraphs of prose whose only links are an editor's
    "Xem thêm: <a>…</a>" pointer or a photo's link to its own page (Ember's text box beside its
    "Tin liên quan" box, both numbered alike; an Elementor post-content widget beside the
    breadcrumb widget, WordPress linking each photo to its attachment page), no teaser."""
    links = list(entry.iter("a"))
    if not links or not all(see_also_pointer(a) or _photo_link(a) or _link_in_prose(a) for a in links):
        return False
    prose = [p for p in entry.iter("p") if next(p.iter("a"), None) is None and len(clean_line(text_of(p))) >= _PROSE_LINE]
    return len(prose) >= 2


def _link_in_prose(a: HtmlElement) -> bool:
    """A link inside a sentence of the text ("… đã được công bố tại <a>Đại hội Liên đội</a>."):
    its paragraph says more than the link, as no teaser's title line does."""
    p = next(a.iterancestors("p", "li"), None)
    if p is None:
        return False
    line = len(clean_line(text_of(p)))
    return line >= _PROSE_LINE and len(clean_line(text_of(a))) * 2 <= line


#: a paragraph of a post's prose, not a teaser's line
_PROSE_LINE = 60


def _photo_link(a: HtmlElement) -> bool:
    """A link around a photo and nothing else, inside a figure: the photo's own page or file."""
    return not clean_line(text_of(a)) and next(a.iter("img"), None) is not None and any(anc.tag == "figure" for anc in a.iterancestors())


def _main_group(groups: list[EntryGroup], title_el: HtmlElement | None, owned: Ownership, order: dict[HtmlElement, int]) -> EntryGroup | None:
    """The page's own list: the largest list outside page furniture, unless the headline is
    followed at once by a list (``group_first``) that is nearly as large: that one is what the
    heading names, whatever a side column of latest news before it holds."""
    lists = [g for g in groups if not g.noise]
    if not lists:
        return None
    largest = lists[0]
    if title_el is None or not owned.group_first:
        return largest
    at = order.get(title_el, -1)
    after = [g for g in lists if g.position > at and g.size >= max(2, largest.size // 2)]
    return min(after, key=lambda g: g.position) if after else largest


_SHORT_TEXTS = etree.XPath("//body//*[self::p or self::div or self::span or self::h1 or self::h2 or self::h3 or self::td or self::b or self::strong][string-length(normalize-space(.)) <= 150]")


def _says_not_found(raw: dict[str, Any], tree: HtmlElement) -> bool:
    """A soft 404: the page answers 200 with "Tin bài không tồn tại hoặc đã bị xóa!" where the
    article would be, and little text of its own (phrases/not_found.txt)."""
    content_chars = sum(len(b.get("text", "")) for b in raw.get("blocks") or [] if b["kind"] == "text")
    if content_chars > 600:
        return False
    phrases = phrase_list("not_found")
    for el in _SHORT_TEXTS(tree):
        key = fold(clean_line(text_of(el)))
        if key and any(p in key for p in phrases) and not any(is_hidden(box) for box in (el, *el.iterancestors())):
            return True  # (a hidden alert a script shows on a failed load is no message to the reader)
    return False


_CALENDAR_EXPORT = re.compile(r"calendar/(?:render|event)\?action=TEMPLATE|outlook\.(?:live|office)\.com/calendar/.*deeplink|[?&](?:ical|outlook-ical)=1|\.ics(?:$|\?)|/(?:@@)?(?:ics|vcs)_view(?:$|\?)|^webcal:", re.I)


def _body_classes(tree: HtmlElement | None) -> list[str]:
    """The class names a CMS gives the page's body (what kind of page it says it renders)."""
    body = tree.find("body") if tree is not None else None
    return (body.get("class") or "").split() if body is not None else []


def _non_news_post_type(tree: HtmlElement | None) -> bool:
    """The page's body is marked a single item of a post type that is no news (WordPress's
    "single-lp_course", a LearnPress course among the school's posts: phrases/post_types.txt)."""
    types = phrase_set("post_types")
    return any(c.startswith("single-") and c[7:].lower() in types for c in _body_classes(tree))


#: a node of the CMS's basic page type, static content beside its articles: Drupal 7's body
#: "node-type-page", Drupal 8+'s "page-node-type-page" and "node--type-page", Croogo's "node
#: node-type-page" (Backdrop's too)
_BASIC_PAGE_NODE = frozenset({"node-type-page", "page-node-type-page", "node--type-page"})


def _basic_page_node(tree: HtmlElement | None, title_el: HtmlElement | None) -> bool:
    """The page renders a node of the basic page type (the intro, the rules of admission), by its
    body's classes or the classes of the node box around its headline."""
    if not _BASIC_PAGE_NODE.isdisjoint(_body_classes(tree)):
        return True
    boxes = islice(title_el.iterancestors(), 4) if title_el is not None else ()
    return any(not _BASIC_PAGE_NODE.isdisjoint((box.get("class") or "").split()) for box in boxes)


def _event_entry(raw: dict[str, Any], tree: HtmlElement) -> bool:
    """An event's page in a calendar (The Events Calendar, JEvents, Liferay Calendar, Plone's ics_view): it offers
    to add itself to the reader's calendar ("Thêm vào lịch": Google Calendar, iCal, Outlook)
    below its headline, or the box around its headline is named an event's (classes.toml's
    "event" family). A news article never does."""
    title_el = raw.get("_title_el")
    if title_el is None:
        return False
    order = raw.get("_order") or {}
    at = order.get(title_el, -1)
    if any("event" in element_families(a) for a in islice(title_el.iterancestors(), 4)):
        return True  # (or its box names it an event's reader: Contao's "mod_eventreader")
    container = next((a for depth, a in enumerate(title_el.iterancestors()) if depth == 3), None)
    if container is None:
        return False
    return any(order.get(a, -1) > at and _CALENDAR_EXPORT.search(a.get("href") or "") for a in container.iter("a"))


_PRODUCT_ITEM = etree.XPath("boolean(//*[@itemtype][contains(@itemtype, 'schema.org/Product')])")


def _product_page(tree: HtmlElement, title_el: HtmlElement | None) -> bool:
    """A shop's product page: it says so in its metadata (og:type product, schema.org Product) or
    offers a button to buy what its headline names ("Thêm vào giỏ hàng", phrases/commerce.txt),
    in the headline's own box: a site builder's shop module in the sidebar sells a uniform
    beside every news post."""
    for meta in tree.iter("meta"):
        if (meta.get("property") or "").lower() == "og:type" and (meta.get("content") or "").strip().lower().startswith("product"):
            return True
    if _PRODUCT_ITEM(tree):
        return True
    if title_el is None:
        return False
    labels = phrase_set("commerce")
    for el in tree.iter("button", "input", "a"):
        text = el.get("value") if el.tag == "input" else text_of(el)
        if text and len(text) <= 40 and fold(text) in labels and shares_container(title_el, el, _PRODUCT_BOX_LEVELS) and not _in_card_grid(el):
            return True
    return False


def _in_card_grid(el: HtmlElement, levels: int = 4) -> bool:
    """Inside one card of a grid of like cards (a "Sản phẩm liên quan" row under a post: three
    or more boxes of the same tag and class side by side, or a card linking the product's own
    page by its thumbnail and by its name), not the page's own buy box (which may sit in one of
    a layout's two like columns: the photo's and the details')."""
    for depth, anc in enumerate(el.iterancestors()):
        cls = anc.get("class")
        parent = anc.getparent()
        if depth >= _ITEM_LEVELS:
            break
        if not cls or parent is None or (depth >= levels and anc.tag != "li"):
            continue
        # (or two items of a list: a post's "products" widget, Magento's "<ol class=product-items>
        # <li class=product-item>" with its buy buttons five boxes down)
        if sum(1 for sib in parent if sib.tag == anc.tag and sib.get("class") == cls) >= (2 if anc.tag == "li" else 3):
            return True
    # a teaser card: the button's box links another page by its thumbnail and by its name
    for anc in islice(el.iterancestors(), 3):
        pictured, named = set(), set()
        for a in anc.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:")):
                continue
            if next(a.iter("img"), None) is not None:
                pictured.add(href)
            elif len(text_of(a).split()) >= 2:
                named.add(href)
        if pictured & named:
            return True
    return False


#: how far up from a buy button its product's list item may be
_ITEM_LEVELS = 7


#: how far up from the headline the buy button of a product page sits (WooCommerce's
#: "summary" box, Haravan's "product-info", Odoo's "product_details")
_PRODUCT_BOX_LEVELS = 2


def _calendar_view(url: str, links: PageLinks, raw: dict[str, Any] | None = None) -> bool:
    """A calendar's view (a week's or month's work schedule): it links to its own address with the
    other weeks or months ("« Tuần trước", "Tháng sau »"), URLs the trap rules never follow. A news
    post that prints a week's schedule links to no other week of itself, and a calendar portlet
    in the sidebar (Plone's "‹ Tháng 11 2026 ›" beside every page) turns no page of its own; a
    calendar box the page's own text holds (Concrete's calendar block under the headline) does."""
    path, params = _without_calendar_params(url)
    # (a page with parameters of its own and none of a calendar's is no calendar's view: a post at
    # "/?id=10" beside a side box's "/?date=2026-12-1", Z-Blog's calendar of the whole site)
    dated = any(_CALENDAR_PARAM.match(k) for k, _v in parse_qsl(urlsplit(url).query, keep_blank_values=True))
    main = _main_span(raw) if raw is not None else None
    others = set()
    for i, lk in enumerate(links.links):
        own = not lk.in_noise or (main is not None and i < len(links.anchors) and main[0] < main[2].get(links.anchors[i], -1) <= main[1])
        if lk.url != url and own and is_trap(lk.url):
            other_path, other_params = _without_calendar_params(lk.url)
            if other_path == path and (other_params == params or (dated and other_params <= params)):
                others.add(lk.url)
    return len(others) >= 2


def _main_span(raw: dict[str, Any]) -> tuple[int, int, dict] | None:
    """The positions from the headline to the end of the text block, and the page's positions."""
    order, title_el, content = raw.get("_order") or {}, raw.get("_title_el"), raw.get("_content") or []
    if title_el is None or not content:
        return None
    end = max((order.get(el, -1) for el in content[-1].iter()), default=-1)
    return order.get(title_el, -1), end, order


_CALENDAR_PARAM = re.compile(r"^(?:\w+_)?(?:week|tuan|month|thang|year|nam|day|ngay|date|d|m|y|w)$", re.I)


def _without_calendar_params(url: str) -> tuple[str, frozenset[tuple[str, str]]]:
    """The address without its calendar parameters: the path and the other parameters."""
    parts = urlsplit(url)
    return parts.path, frozenset((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _CALENDAR_PARAM.match(k))


def _classify(
    raw: dict[str, Any], links: PageLinks, main: EntryGroup | None, owned: Ownership, page_keys: frozenset[str], hints: PageHints, config: PortalConfig, tree: HtmlElement
) -> tuple[PageKind, str]:
    url = raw["url"]
    if config.listing_patterns and any(p.search(url) for p in config.listing_patterns):
        return "listing", "config_listing_pattern"
    title = raw.get("title") or ""
    entries = main.size if main else 0
    # (or a page naming the site's root as its address: DokuWiki's "/doku.php/start" whose
    # canonical is "/", a CMS's "/index.php/trang-chu")
    canonical = raw.get("canonical_url")
    if hints.channel == "start" or is_site_root(url) or (canonical and canonical != url and host_of(canonical) == host_of(url) and is_site_root(canonical)):
        return ("listing", "home_page") if entries else ("other", "home_page")
    listing = entries >= 2 or (entries >= 1 and hints.paged)
    if is_date_archive(url):
        # a month's or a day's posts ("?archive/2026/11", "/tin-tuc/2026/11"): a list by date,
        # whatever its entries are (links to other sites' news, or none that day)
        return ("listing", "date_archive") if entries else ("other", "date_archive")
    if not title:
        return ("listing", "entries") if listing else ("other", "no_headline")
    if _person_profile(title) or _account_profile(raw):
        # a staff member's page, headed by a name and a degree ("ThS. Nguyễn Văn Bảy"): a
        # lecturer's profile in the staff register, however dated and long its biography; or a
        # member's page of the CMS ("Tài khoản: vanthu-pgd", "Ngày tham gia: …", their posts)
        return "other", "person_profile"
    if _FILE_SLUG.fullmatch(title.strip()) or _CAMERA_FILE.fullmatch(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]):
        # a headline that is one file-like word ("ngay-hoi-doc-sach-1", "IMG_2041.jpg"): a
        # media file's own page (WordPress's attachment page), no news
        return "other", "attachment_page"
    title_el = raw.get("_title_el")
    if title_el is not None and (title_el.tag in ("tr", "thead") or title_el.tag == "th" or next(title_el.iter("th"), None) is not None):
        # the "headline" is a table's header row ("STT | Số ký hiệu | Ngày ban hành"): a register's
        # grid with no headline of its own (a GridView named "tieude-luoi", "header"), no news
        return ("listing", "table_header_headline") if listing else ("other", "table_header_headline")
    if main is not None and title_el is not None and any(title_el in entry.iter() and not _layout_column(entry, raw) for entry in main.entries):
        return "listing", "headline_in_entry"  # the "headline" is one entry's title on a listing
    records = phrase_set("record_fields")
    if len((owned.labels | _meta_line_fields(raw)) & records) >= 3 or len(field_labels(tree) & records) >= MIN_PAGE_RECORD_FIELDS or _field_lines(owned, records):
        # (a register's entry whose own heading is a box's "Chi tiết văn bản", which may lose
        # the headline to a sidebar module's title: its field rows say what it is either way)
        return ("listing", "record_page") if listing else ("other", "record_page")
    if _qa_entry(owned.labels | _meta_line_fields(raw)):
        return "other", "qa_entry"
    in_furniture = title_el is not None and next(title_el.iterancestors("aside", "nav", "footer"), None) is not None
    widget_titled = title_el is not None and "widget_title" in element_families(title_el)
    if widget_titled and not in_furniture and not listing and owned.chars_first >= MIN_OWNED_CHARS:
        # (a site builder names every block's title so, the page's own headline too: Mobirise's
        # "mbr-section-title" over the text it owns, on a page listing no entries)
        widget_titled = False
    if in_furniture or widget_titled:
        # the best "headline" is a sidebar or bottom module's title ("sp-module-title"): the page
        # prints none of its own (a category blog whose short h1 names the category)
        return ("listing", "headline_in_furniture") if listing or links.links else ("other", "headline_in_furniture")
    if tree is not None and _PDF_ONLY_PAPER(tree):
        # a scholarly paper's landing page whose full text is only its PDF (Highwire tags: a
        # "citation_pdf_url" and no "citation_fulltext_html_url"; OJS, DSpace): the abstract and
        # the file, a catalogue's entry as a document register's is, not a post
        return "other", "abstract_entry"
    if _PROTECTED_TITLE.match(title) and tree is not None and _PASSWORD_FIELD(tree):
        # WordPress's password-protected post ("Được bảo vệ: Album ảnh lớp Lá 1", "Protected: …"):
        # its title and a password form, no text a reader is shown
        return "other", "protected_post"
    if raw.get("_site_headline"):
        # the only "headline" is the site's name in its banner (a home-made site's h1 on every
        # page): a static page, a poll's results, a register, never a post
        return ("listing", "site_name_headline") if listing or links.links else ("other", "site_name_headline")
    prefix = section_prefix(raw["_title_el"]) if raw.get("_title_el") is not None else None
    if prefix and canonicalize_url(join_url(url, prefix[2])) in page_keys:
        # the headline printed after its section's link to this very page: the section's list
        # showing its one post whole (PostNuke's "<a href=…catid=4>Tin vắn</a>: …" on catid=4)
        return ("listing", "section_headline")
    title_href = raw.get("_title_href")
    if (
        (title_href and canonicalize_url(title_href) not in page_keys and not _link_post(raw.get("_title_el"), title_href, page_keys, url))
        # (or a heading inside a post whose own title links to its page: a list showing its first
        # post whole, b2evolution's featured post)
        or _under_linked_title(raw.get("_title_el"), page_keys, url)
        # (or the headline's post closes with "Đọc tiếp »" to its own page: a list's newest post
        # shown whole over the others' teasers, WebSite X5's blog index)
        or _headline_reads_on(raw.get("_title_el"), page_keys, url)
        # (or a permalink beside the headline leads to the post's own page: a list showing its
        # posts whole under unlinked titles, Liferay's Asset Publisher in full-content display)
        or _permalink_elsewhere(raw.get("_title_el"), page_keys, url)
    ):
        return ("listing", "teaser_headline") if listing or links.links else ("other", "teaser_headline")
    if _archive_headline(title) and (listing or _read_more_targets(links) >= 2 or _titles_a_post_elsewhere(tree, url, page_keys)):
        # "Chuyên mục tin: Thông báo" over its posts' links (or over one post shown whole under
        # its linked title: an archive of one, Twenty Ten's "Category Archives: Thông báo")
        return "listing", "archive_headline"
    owns = owned.chars_first >= MIN_OWNED_CHARS or owned.media_first > 0
    if _section_headline(title, links, page_keys, owned, url) and not (config.article_patterns and any(p.search(url) for p in config.article_patterns)):
        # (a section's page with a pager of its own is a list, though its entries formed no group:
        # ABP's cards, each an image link and a heading link to one post)
        paged = any(lk.in_pager and differs_by_page(lk.url, url) for lk in links.links)
        return ("listing", "section_headline") if listing or paged else ("other", "section_headline")
    if listing and _named_by_side_list(title, links, page_keys):
        return "listing", "section_headline"
    attachment_post = bool(raw.get("attachments")) and owned.chars_first >= 10
    if _calendar_view(url, links, raw):
        return "other", "calendar_view"
    if _says_not_found(raw, tree):
        return "other", "not_found"
    if _event_entry(raw, tree):
        return "other", "event_entry"
    if _non_news_post_type(tree) or _basic_page_node(tree, raw.get("_title_el")):
        return "other", "non_news_post_type"
    if _product_page(tree, raw.get("_title_el")):
        return "other", "product_page"
    if owned.file_rows >= MIN_FILE_ROWS and (owned.chars_before_files or 0) < 5 * MIN_OWNED_CHARS:
        return "other", "file_list"  # a table or list of documents to download, not news
    if _download_manager_files(owned) >= 2:
        return "other", "file_list"  # files shown with a download manager's fields
    # an album: photos and their captions (a line a photo at most, and a meta line: "Ngày đăng:
    # 05/09/2026 | 2 ảnh") in a photo library
    photos = owned.media_first + owned.thumbs_first  # shown whole, or as thumbnails of their own pages
    if photos and owned.chars_first < max(MIN_OWNED_CHARS, ALBUM_CHARS_PER_PHOTO * photos + ALBUM_META_CHARS) and _in_gallery(url, raw) and not _photo_report(raw):
        return "other", "photo_album"
    if (
        photos >= 2
        and owned.blocks <= photos + 3
        and owned.chars_first < ALBUM_CHARS_PER_PHOTO * photos + ALBUM_META_CHARS + ALBUM_DESCRIPTION_CHARS
        and _in_gallery(url, raw)
        and not _photo_report(raw)
    ):
        # (its photos' lines, a meta line, a line describing the album and one more: the site's
        # footer line the headline's ownership may run into)
        return "other", "photo_album"
    if not photos and _in_gallery(url, raw):
        # (a gallery's box whose names read as a menu's, Phoca Gallery's "pg-category-view":
        # the photos the page's text blocks hold)
        shown = sum(1 for b in raw.get("blocks") or [] if b["kind"] == "image")
        content = raw.get("_content") or []
        box = content[0].getparent() if content else None
        if box is not None and box.tag not in ("body", "html"):
            # (the text's reading may have kept one photo's cell of the grid: the grid's box holds them all)
            shown = max(shown, sum(1 for img in box.iter("img") if not is_decoration(img)))
        if shown >= 2 and _block_chars(raw) < max(MIN_OWNED_CHARS, ALBUM_CHARS_PER_PHOTO * shown):
            return "other", "photo_album"
    # (a longer description beside the file's own fields printed with it, "Loại tài liệu", "Số
    # trang", "Lượt tải": a library's entry describing a proceedings volume in a paragraph or two)
    described = DOCUMENT_DESCRIPTION_CHARS * (3 if len(owned.labels & phrase_set("file_fields")) >= 2 else 1)
    if (raw.get("attachments") or _offers_own_file(url, tree)) and owned.chars_first < described and _in_gallery(url, raw, "document_libraries", by_label=False):
        # a document's entry in the site's register: its file and a line about it (or its own
        # address asking for the file, in a side panel of the file's fields: Invision's
        # Downloads, ".../files/file/17-ke-hoach/?do=download")
        return "other", "document_entry"
    if owned.chars_first < VIDEO_DESCRIPTION_CHARS and _plays_video(raw) and _in_gallery(url, raw, "video_libraries", by_label=False):
        # a clip's page in the video library: its player and a line or two about it (a post its
        # headline calls a video among a blog's posts, "Video: Tiết mục múa …", stays news: the
        # house's convention, photo_posts_thpt's, aspnetcore_loadmore_sgddt's gold)
        return "other", "video_entry"
    if _table_only(raw) and not (listing and main is not None and any(e.tag == "tr" or next(e.iterancestors("table"), None) is not None for e in main.entries)):
        # a staff list, a timetable, an exam schedule: a register, no news (a table whose rows are
        # the list's entries, Joomla's category list view, is a listing)
        return "other", "table_page"
    if hints.paged and entries and owned.chars_first < 5 * MIN_OWNED_CHARS:
        return "listing", "paged_entries"  # reached through a pager and showing article links
    if listing and owns and owned.chars < 5 * MIN_OWNED_CHARS and not owned.media_first and not attachment_post and _follows(main, title_el, raw):
        # a category's description ("Tin tức, hoạt động của nhà trường.") over its list of posts
        # (the list under it: a side column's "Tin xem nhiều" printed before the headline heads
        # no text the headline owns, a short post's with its sections' headings)
        return "listing", "described_entries"
    if (
        listing
        and owns
        and main is not None
        and main.size >= MIN_DESCRIBED_PICTURE_ENTRIES
        and owned.media_first == 1
        and owned.chars < 10 * MIN_OWNED_CHARS
        and not attachment_post
        and title_el is not None
        and main.position > (raw.get("_order") or {}).get(title_el, -1)
        and not _related_headed(main.entries[0])
        and not any(c.get("source") in ("visible", "time") for c in raw.get("date_candidates") or [])
    ):
        # (or under a picture: a topic's page, NukeViet's "Dòng sự kiện", its h1, its picture and
        # a paragraph about it, no day of its own, then the topic's posts, two or more, under no
        # related list's heading; a short dated post with its photo over its neighbours stays a post)
        return "listing", "described_entries"
    if owns and owned.teaser_titles >= 2 and owned.chars < 2 * MIN_OWNED_CHARS and not owned.media_first and not attachment_post:
        # (or over teasers each in a box of its own, no list's siblings: K2's "itemListLeading"
        # and "itemListPrimary" groups, one post each; a line or two ended by teasers' titles)
        return "listing", "described_entries"
    if (owns or attachment_post) and not (listing and owned.group_first):
        return "article", "owned_text" if owns else "attachment_post"
    if listing and raw.get("_title_el") is None and title and _list_in_text(main, raw):
        # no headline element (the headline a link to the page itself, Joomla 1.5's
        # "contentpagetitle"), and the page's only "list" the rows of its own layout table, the
        # text in one of them: the text block decides, as on a page with no list
        return ("article", "content_block") if _block_chars(raw) >= MIN_BLOCK_CHARS else ("listing", "entries")
    if listing:
        return "listing", "entries"
    if raw.get("_title_el") is None and _block_chars(raw) >= MIN_BLOCK_CHARS:
        return "article", "content_block"  # no headline element to measure from: the text block decides
    if raw.get("_official") and not listing and _block_chars(raw) >= MIN_OWNED_CHARS:
        # a notice printed as the document itself (letterhead, kind and subject, text, signature:
        # crawler.extract.official): a published document, however short its text
        return "article", "official_document"
    return "other", "no_owned_text"


def _follows(main: EntryGroup | None, title_el: HtmlElement | None, raw: dict[str, Any]) -> bool:
    """The main list is the headline's: it comes after it, or it is no side box's list before it
    (a portlet titled "Tin xem nhiều" in the left column, printed first)."""
    if main is None or title_el is None or main.position > (raw.get("_order") or {}).get(title_el, -1):
        return True
    return not _related_headed(main.parent)


def _related_headed(box: HtmlElement, levels: int = 4) -> bool:
    """The list's box, or one of its few wrappers, opens with a side list's heading ("Tin xem nhiều",
    "Tin mới nhất": phrases/related.txt; not a section's name, "Thông báo", that a category's own
    list opens with): Liferay's portlet header two levels above the portlet's body."""
    for anc in islice(chain([box], box.iterancestors()), levels + 1):
        if anc.tag in ("body", "html"):
            return False
        first = next((c for c in anc if isinstance(c.tag, str)), None)
        if first is None or first is box or box in first.iterancestors():
            continue
        heading = next(first.iter("h1", "h2", "h3", "h4", "h5"), None)
        text = clean_line(text_of(heading if heading is not None else first))
        if 0 < len(text) <= 40 and is_related_heading(text):
            return True
    return False


_FILE_SLUG = re.compile(r"[\w]+(?:[._-][\w]+)+")
#: a camera's or phone's file name as an address's last step ("…/le-ky-niem/dsc_0412/",
#: "img_20261204_153012"): WordPress's attachment page of that photo, whatever headline it shows
_CAMERA_FILE = re.compile(r"(?:dscn?|dscf|img|imag|pict|photo|p|mvimg|pxl)[_-]?\d{3,}(?:[_-]\d+)*", re.I)


#: what a page's Markdown source writes, line by line: links, pictures, bold runs, headings, block attributes
_MARKDOWN_MARKS = re.compile(r"\]\((?:/|https?://)|!\[|\*\*\S|^#{1,6} |^\{[.#][\w-]+\}$|^\|[-: |]+\|$", re.M)
#: a source view: one <pre> holding the page's text, and Markdown's marks all through it
_SOURCE_MARKS = 5


def _markup_source(tree: HtmlElement | None) -> bool:
    """The page shows one block of preformatted text holding most of its words, written in
    Markdown (links "[…](/…)", pictures "![…](…)", bold "**…**"): an article's source, not the
    article (a code sample in a post is a small part of its text)."""
    if tree is None:
        return False
    body = tree.find("body")
    pres = [pre for pre in tree.iter("pre")] if body is not None else []
    if not pres:
        return False
    largest = max(pres, key=lambda pre: len(text_of(pre)))
    source = text_of(largest)
    if len(source) < 400 or len(_MARKDOWN_MARKS.findall(source)) < _SOURCE_MARKS:
        return False
    return len(source) >= 0.6 * len(text_of(body))


#: the classes a CMS gives the body of its front page, and of no other page (WordPress's "home",
#: also a multisite's school site at "/thpt-x/"; Drupal's "front" and "path-frontpage")
_FRONT_PAGE_BODY = frozenset({"home", "front", "path-frontpage", "frontpage"})


def _front_page_body(tree: HtmlElement | None) -> bool:
    return not _FRONT_PAGE_BODY.isdisjoint(_body_classes(tree))


#: a short page's text made of a record's fields, each "label: value" on its own line
_FIELD_LINES_MAX_CHARS = 600


def _field_lines(owned: Ownership, records: frozenset[str]) -> bool:
    """The page's short text is a record's fields printed as lines of their own ("Số ký hiệu:
    1024/PGDĐT-THCS", "Ngày ban hành: …", "Trích yếu: …", "Người ký: …" as a list's items, a
    document's entry posted as a blog story). Four at least, and little else: a notice's text
    naming "Thời gian: …" and "Địa điểm: …" among its paragraphs is longer."""
    if owned.chars_first > _FIELD_LINES_MAX_CHARS:
        return False
    fields = {fold(label.partition(":")[0]).strip() for label in owned.labels if label.partition(":")[2].strip() and len(label) <= 140}
    return len(fields & records) >= MIN_PAGE_RECORD_FIELDS


def _qa_entry(labels: set[str]) -> bool:
    """Fields naming who asked and what was answered ("Người hỏi: …", "Trả lời"): a question and
    its answer in the office's Q&A register (phrases/qa_entries.toml), not news."""
    sets = phrase_sets("qa_entries")
    keys = {label.partition(":")[0].strip() for label in labels}
    return not keys.isdisjoint(sets["asked"]) and not keys.isdisjoint(sets["answered"])


#: what parts a record's fields on one line: a bar, or a dash between spaces ("Người hỏi: Trần
#: Văn Nam - Ngày gửi: 03/11/2026 - Lĩnh vực: …", Fork CMS's FAQ module)
_FIELD_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-–]\s+")


def _meta_line_fields(raw: dict[str, Any]) -> set[str]:
    """The labels of the fields a record prints several to a line near its top ("Người hỏi: X |
    Ngày gửi: 14/10/2026", "Lĩnh vực: … | Cơ quan thực hiện: …", or parted by dashes), folded."""
    out: set[str] = set()
    lines = [block.get("text") or "" for block in (raw.get("blocks") or [])[:12] if block["kind"] == "text"]
    title_el = raw.get("_title_el")
    if title_el is not None:
        # (or the line under the headline in its own box, outside the text's block: the entry's
        # header, "<h2>question</h2><p>Người hỏi: … - Ngày gửi: …</p>")
        lines += [clean_line(text_of(sib)) for sib in islice(title_el.itersiblings(), 2) if isinstance(sib.tag, str)]
    for text in lines:
        if len(text) > 300 or not _FIELD_SEPARATOR.search(text):
            continue
        for part in _FIELD_SEPARATOR.split(text):
            label, colon, value = part.partition(":")
            if colon and value.strip() and len(label) <= 40:
                out.add(fold(label))
    return out


def _download_manager_files(owned: Ownership) -> int:
    """Files a download manager lists, each with its fields ("215-kh-pgddt.pdf", "Dung lượng: 62
    KB"; phrases/file_fields.txt): as many as it names with their fields, or, on a page with little
    text of its own, as many fields as it prints (the names may be links' titles)."""
    fields = phrase_set("file_fields")
    names = sum(1 for label in owned.labels if is_file_line(label))
    sized = sum(1 for label in owned.labels if label.partition(":")[1] and fold(label.partition(":")[0]) in fields)
    return max(min(names, sized), sized if owned.chars_first < 10 * MIN_OWNED_CHARS else 0)


#: the arrows or dots after a teaser's "read more" label (phrases/read_more.txt): a list whose
#: headlines are no links (PHP-Nuke's story boxes)


def _read_more_targets(links: PageLinks) -> int:
    """How many pages the page's "Đọc tiếp..." links lead to."""
    return len({canonicalize_url(lk.url) for lk in links.links if is_read_more(lk.text or "")})


def _layout_column(entry: HtmlElement, raw: dict[str, Any]) -> bool:
    """The "entry" holding the headline is a column of the page's layout that holds the whole
    text block as well (a site builder's menu, sidebar and content boxes side by side, each with
    its links, read as one list's entries), not a list's entry."""
    content = raw.get("_content") or []
    if not (content and within(content[0], entry) and (_block_chars(raw) >= MIN_BLOCK_CHARS or _titles_linked(entry) >= 3)):
        return False  # (a short text is a column's when the box also lists several posts: its side column)
    # (a list's entry links its post: a "Đọc thêm" button, a link naming the headline; Joomla's
    # leading item over a second item printed whole)
    title = fold(raw.get("title") or "")
    here = canonicalize_url(raw["url"])
    for a in entry.iter("a"):
        if a.get("href") and canonicalize_url(join_url(raw["url"], a.get("href"))) == here:
            continue  # (the post itself in a side column's "recently updated" list beside its text)
        text = clean_line(text_of(a))
        if is_read_more(text) or (title and title in fold(f"{text} {a.get('aria-label') or ''}")):
            return False
    return True


def _titles_linked(box: HtmlElement) -> int:
    """How many different pages the box links by a title's words (a teaser links its one post)."""
    return len({a.get("href") for a in box.iter("a") if a.get("href") and len(clean_line(text_of(a)).split()) >= 5})


def _under_linked_title(title_el: HtmlElement | None, page_keys: frozenset[str], url: str) -> bool:
    """An <article> holding the headline opens, before it, with its own heading linking to another
    page: the "headline" is a heading of that post's text, the post shown whole on a list
    (b2evolution's featured post over the list's teasers), or a line of a teaser under its
    linked title (The Events Calendar's list of one past event: its venue's name read as the
    headline)."""
    if title_el is None or title_el.tag in ("h1", "article"):
        return False
    post = next(title_el.iterancestors("article"), None)
    if post is None:
        return False
    for el in post.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if el is title_el:
            return False  # no heading before it in its post
        link = next((a for a in el.iter("a") if (a.get("href") or "").strip()), None)
        if link is None:
            return False  # the post's own heading names no other page
        return _leads_elsewhere(link.get("href"), page_keys, url)
    return False


def _link_post(title_el: HtmlElement | None, title_href: str, page_keys: frozenset[str], url: str) -> bool:
    """A blog's link post on its own page: the headline links the story on another site, and the
    post's box links this very page as its permalink ("Đăng <a href=<this page> rel=bookmark>17
    tháng Mười Một, 2026</a>", Chyrp's and Tumblr's link posts): the post, not a teaser of one."""
    if title_el is None or urlsplit(title_href).hostname in (None, urlsplit(url).hostname):
        return False
    post = next(title_el.iterancestors("article"), None)
    if post is None:
        return False
    return any(
        a is not None and (a.get("rel") == "bookmark" or "permalink" in (a.get("class") or "")) and not _leads_elsewhere(a.get("href"), page_keys, url)
        for a in post.iter("a")
    )


def _leads_elsewhere(href: str | None, page_keys: frozenset[str], url: str) -> bool:
    """The link's address is another page than this one (no in-page anchor, no script)."""
    href = (href or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:")) and canonicalize_url(urljoin(url, href)) not in page_keys


#: the elements after a headline searched for its post's "read on" link
_READ_ON_REACH = 300
_FOLLOWING = etree.XPath(f"following::*[position() <= {_READ_ON_REACH}]")


def _headline_reads_on(title_el: HtmlElement | None, page_keys: frozenset[str], url: str) -> bool:
    """A "Đọc tiếp …" link to another page closes the headline's post, before any other heading:
    the post is a teaser, whole or not, whose page is that link's (a related list's "read on"
    links come under the list's own heading)."""
    if title_el is None:
        return False
    # (the post's own box: the headline's parent, or its grandparent; a sidebar's "Xem thêm…"
    # further down the page is no link of the post's)
    box = title_el.getparent()
    box = box.getparent() if box is not None and box.getparent() is not None and box.getparent().tag not in ("body", "html") else box
    if box is None or box.tag in ("body", "html"):
        return False
    if clean_line(text_of(box)) == clean_line(text_of(title_el)) and box.getparent() is not None and box.getparent().tag not in ("body", "html"):
        # (a box of the headline alone, its text in the next: Mambo's front page prints each post
        # as a heading table, "table.contentpaneopen > tr > td.contentheading", then a text table)
        box = box.getparent()
    for el in _FOLLOWING(title_el):
        if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return False  # the next post's headline, or a box's
        if el.tag == "a" and (is_read_more(label := clean_line(text_of(el))) or _reads_on_to(label, title_el)):
            if not within(el, box):
                return False
            before = el.getprevious()
            if before is not None and before.tag == "a" and is_attachment(join_url(url, before.get("href") or "")):
                continue  # a file's "(Xem chi tiết)" beside its download link: the file's own page
            if any(is_noise(anc) for anc in takewhile(lambda a: a is not box, el.iterancestors())):
                return False  # a related box's "Xem thêm »" to its section, under the text
            return _leads_elsewhere(el.get("href"), page_keys, url)
    return False


def _reads_on_to(label: str, title_el: HtmlElement) -> bool:
    """A read-more link naming the headline after its word, cut short or not (Joomla 4's "Đọc
    thêm: Hội thi “Bé khỏe - Bé ngoan” khối Mẫu giáo lớn năm học..."): the headline's post reads
    on there (a "Xem thêm: <another post>" pointer names another headline)."""
    word, colon, rest = label.partition(":")
    if not colon or not is_read_more(word):
        return False
    named = fold(rest.strip().rstrip(".…").strip())
    return len(named) >= 10 and fold(clean_line(text_of(title_el))).startswith(named)


def _permalink_elsewhere(title_el: HtmlElement | None, page_keys: frozenset[str], url: str, levels: int = 3) -> bool:
    """A link labelled the post's permalink (phrases/permalinks.txt, in its text, title or
    aria-label) in the headline's own box, before the post's text begins, leading to another
    page: the post's page is that one. (A reader's comment's permalink under the text, Backdrop's
    "Liên kết cố định" to "/comment/41", is the comment's.)"""
    if title_el is None:
        return False
    box = title_el
    for _ in range(levels):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        box = parent
    labels = phrase_set("permalinks")
    for el in islice(_FOLLOWING(title_el), 40):
        if not within(el, box) or el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return False
        if el.tag == "p" and len(clean_line(text_of(el))) >= 80:
            return False  # the text has begun
        if el.tag == "a":
            said = (clean_line(text_of(el)) or el.get("title") or el.get("aria-label") or "").strip().casefold()
            if said in labels:
                return _leads_elsewhere(el.get("href"), page_keys, url)
    return False


def _card_heading(a: HtmlElement, levels: int = 3) -> str | None:
    """The unlinked heading of the card a "read more" link closes: the one heading (h2-h6) in
    the nearest of its few ancestors that holds any, when no link is inside it."""
    node = a
    href = a.get("href")
    for _ in range(levels):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
        if any(other is not a and other.get("href") and (other.get("href") != href or clean_line(text_of(other))) for other in node.iter("a")):
            return None  # past the card (another link: the card's own linked title, or other cards)
        # (a heading that only says the day, the card's "h6" date line, is no headline)
        heads = [(h, text) for h in node.iter("h2", "h3", "h4", "h5", "h6") if not within(a, h) and (text := clean_line(text_of(h))) and not is_date_line(text)]
        if not heads:
            continue
        if len(heads) != 1 or next(heads[0][0].iter("a"), None) is not None:
            return None
        return heads[0][1]
    return None


def _titles_a_post_elsewhere(tree: HtmlElement, url: str, page_keys: frozenset[str]) -> bool:
    """A heading of the page links another page of the site: a post's title in a list of posts."""
    host = host_of(url)
    for heading in tree.iter("h2", "h3"):
        for a in heading.iter("a"):
            href = (a.get("href") or "").strip()
            target = join_url(url, href) if href and not href.startswith(("#", "javascript:")) else ""
            if target and host_of(target) == host and canonicalize_url(target) not in page_keys:
                return True
    return False


def _archive_headline(title: str) -> bool:
    """A headline that is a label and a name ("Chuyên mục: Tin tức", "Lưu trữ thẻ: STEM")."""
    label, colon, rest = title.partition(":")
    return bool(colon and rest.strip()) and fold(label) in phrase_set("archive_labels")


_PDF_ONLY_PAPER = etree.XPath('boolean(//head/meta[@name="citation_pdf_url"]) and not(//head/meta[@name="citation_fulltext_html_url"])')

#: the prefix WordPress sets before a password-protected or private post's title
_PROTECTED_TITLE = re.compile(r"^\s*(?:được bảo vệ|protected|riêng tư|private)\s*:", re.I)
_PASSWORD_FIELD = etree.XPath('boolean(//input[@type="password"])')


def _owned_past_chrome(root: HtmlElement, title_el: HtmlElement, raw: dict[str, Any], groups: list[EntryGroup], page_keys: frozenset[str], url: str, order: dict[HtmlElement, int]) -> Ownership | None:
    """What the text block owns when the site's chrome stands between the headline and it:
    SharePoint's master page prints the page's title in its title area, then the banner, the
    top menu and the trail, then the page's content (a menu's links read as a list's entries, so
    the headline seemed to own nothing before them). Measured from just before the text block;
    None when the block does not come after a list of links the headline's ownership ran into."""
    content = raw.get("_content") or []
    if not content or not groups:
        return None
    start, at = order.get(title_el, -1), order.get(content[0], -1)
    if at <= start or not any(start < order.get(e, -1) < at for g in groups for e in g.entries):
        return None
    end = max((order.get(el, -1) for el in content[-1].iter()), default=at)
    if any(at <= order.get(e, -1) <= end for g in groups for e in g.entries):
        return None  # (a category's description over its teasers: the block holds a list)
    if _block_chars(raw) < MIN_BLOCK_CHARS or _titled_by_a_link(content[0], page_keys, url):
        return None
    texts = [b for b in raw.get("blocks") or [] if b["kind"] == "text"]
    if clean_line(text_of(title_el)).endswith(":") or sum(1 for b in texts if b.get("table_row")) * 2 > len(texts):
        return None  # (a ticker's label over a register of documents: "Tin nóng:", then the table)
    parent = content[0].getparent()
    if parent is None or _in_record_form(content[0]):
        return None
    marker = etree.Element("span")
    parent.insert(parent.index(content[0]), marker)
    try:
        owned = headline_ownership(root, marker, groups, page_keys, url)
    finally:
        parent.remove(marker)
    # (a category's line of description over its list is owned too: only a text's length is an article's)
    return owned if owned.chars_first >= MIN_BLOCK_CHARS else None


def _titled_by_a_link(block: HtmlElement, page_keys: frozenset[str], url: str) -> bool:
    """The nearest heading before the block links to another page: the block is a post's text
    under its linked title, as a blog's category page prints its posts whole (Dotclear). (A
    headline linking to its own page by a relative address links nowhere else.)"""
    node: HtmlElement | None = block
    for _ in range(3):
        if node is None:
            return False
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            heading = sib if sib.tag in ("h1", "h2", "h3", "h4", "h5", "h6") else next(sib.iter("h1", "h2", "h3", "h4", "h5", "h6"), None)
            if heading is not None:
                return any(a.get("href") and canonicalize_url(urljoin(url, a.get("href"))) not in page_keys for a in heading.iter("a"))
        node = node.getparent()
    return False


def _in_record_form(el: HtmlElement) -> bool:
    """The block is a field's value in a table of label/value rows (SharePoint's list item form,
    "Tiêu đề | …", "Nội dung | …", "Ngày đăng | …"): a record's view, not the page of a post."""
    table = el if el.tag == "table" else next(el.iterancestors("table"), None)
    if table is None:
        return False
    labelled = 0
    for row in table.xpath("./tr | ./tbody/tr"):  # (its own rows: a layout table's nested lists are not its)
        cells = [c for c in row if c.tag in ("td", "th")]
        labelled += len(cells) == 2 and 0 < len(clean_line(text_of(cells[0]))) <= 30
    return labelled >= 3


def _section_headline(title: str, links: PageLinks, page_keys: frozenset[str], owned: Ownership, url: str) -> bool:
    """A headline that repeats the name of a menu item is that section's page, when it reads like
    a section's name (a few words) or owns no text. (A news ticker or a side list of latest news
    in a menu-like box names articles too, by their long titles; an article owns its text.) A
    page the menu links to under the first words of its headline is a standing page."""
    key = fold(title)
    named = any(lk.in_menu and lk.text and fold(lk.text) == key for lk in links.links)
    if named and (len(title.split()) <= MAX_SECTION_NAME_WORDS or owned.chars_first < MIN_OWNED_CHARS):
        return True
    later = _numbered_later_page(url)
    # (not by a canonical naming the page above this one: Liferay's Asset Publisher shows a post at
    # "/thong-bao/-/asset_publisher/…/content/<slug>", its canonical the section's "/thong-bao")
    page_keys = frozenset(k for k in page_keys if not _path_above(k, url))
    # a standing page: the menu links here under a short name its headline begins with
    # ("Kế hoạch đào tạo" -> "Kế hoạch đào tạo, bồi dưỡng năm 2026"), or to this list at its first
    # page (the section's "?page=2", whose <title> is the section's page 1's: "Tin tức - Sự kiện |
    # Trường …" under the menu's "Tin tức")
    return any(
        lk.in_menu and lk.text and len(lk.text.split()) <= MAX_SECTION_NAME_WORDS
        and (canonicalize_url(lk.url) in page_keys or (later and differs_by_page(lk.url, url))) and key.startswith(fold(lk.text))
        for lk in links.links
    )


def _path_above(key: str, url: str) -> bool:
    """``key`` is an address on ``url``'s host whose path holds ``url``'s path below it."""
    a, b = urlsplit(key), urlsplit(url)
    return a.netloc == b.netloc and not a.query and b.path.startswith(a.path.rstrip("/") + "/") and len(b.path.rstrip("/")) > len(a.path.rstrip("/"))


def _numbered_later_page(url: str) -> bool:
    """The address numbers a list's later page ("?page=2", "?trang=3"): a page parameter with a
    number past 1 (Oracle APEX's "?p=110:30:0::NO::P30_ID:1246" names its whole state by "p", no
    page of a list)."""
    return any(is_page_param(k) and v.isdigit() and int(v) >= 2 for k, v in parse_qsl(urlsplit(url).query))


def _named_by_side_list(title: str, links: PageLinks, page_keys: frozenset[str]) -> bool:
    """A listing's page whose short headline a sidebar's list of categories names ("Chuyên mục
    tin": "Hoạt động chuyên môn (7)", linking the category's first page): asked only of a page
    that lists entries, so a post a side list of latest news names is never turned away."""
    key = fold(title)
    return len(title.split()) <= MAX_SECTION_NAME_WORDS and any(
        lk.in_noise and lk.text and fold(lk.text) == key and canonicalize_url(lk.url) not in page_keys for lk in links.links
    )


def _loose_entries(links: PageLinks, url: str, hints: PageHints, config: PortalConfig, fragment: bool = False) -> EntryGroup | None:
    """The entries of a listing page too short to repeat anything (the last page of a category,
    a category of one post): article-like links outside menus and furniture, on a page that is
    part of a paged listing (reached by its pager, or offering one). In an HTML fragment (a list
    handler's answer) there is no furniture: what its box names say of it is the list's own."""
    paged = hints.paged or any(is_pagination_link(lk, url) and differs_by_page(lk.url, url) for lk in links.links)
    if not paged:
        return None
    # (a link in a box its names call a list of news, "news-list", is the list's own when the box
    # sits in no sidebar or related region: the judgement of a list's box, listing.list_in_noise)
    picked = [
        i for i, lk in enumerate(links.links)
        if not (lk.in_menu or (lk.in_noise and not fragment and _in_noise_list(links.anchors[i])) or lk.in_pager) and (is_article_link(lk, config.article_patterns) or _reads_on(lk, url))
    ]
    if not picked:
        return None
    group = EntryGroup(parent=links.anchors[picked[0]].getparent(), tag="a", entries=[links.anchors[i] for i in picked], links=picked)
    seen: set[str] = set()
    group.links = [i for i in picked if not (canonicalize_url(links.links[i].url) in seen or seen.add(canonicalize_url(links.links[i].url)))]
    group.entries = [links.anchors[i] for i in group.links]
    return group


def _reads_on(link: Link, url: str) -> bool:
    """A "Xem tiếp »" link that opens a post, not the list's next page: the words say either
    (a pager's "next" and a card's "read on"), the address decides (a post's, not this list's at
    another page). The one entry of a list's last page whose titles are no links."""
    return is_read_more(link.text or "") and looks_like_article_url(link.url) and not differs_by_page(link.url, url)


def _in_noise_list(anchor: HtmlElement) -> bool:
    """The link's list box (its nearest ancestor named as furniture) is furniture, judged as a
    list's box is: a box named a list of news holds a list's own posts unless it sits in a
    sidebar or a related region."""
    box = next((a for a in anchor.iterancestors() if is_noise(a)), None)
    return box is None or list_in_noise(box)


#: an academic degree or title before a name ("ThS.", "TS.", "PGS.TS.", "GS. TS.", "CN.", "NCS.")
_DEGREE_BEFORE_NAME = re.compile(r"^(?:(?:GS|PGS|TS|ThS|Ths|CN|KS|BS|NCS)\.\s*)+(?P<name>\S.*)$")


#: a member's field on the CMS's profile page ("Tài khoản: vanthu-pgd", "Ngày tham gia: Mar 14, 2016")
_PROFILE_FIELD = re.compile(r"^(?:tài khoản|ngày tham gia|tham gia từ|thành viên từ|ngày đăng ký|số bài viết|member since|joined)\s*:", re.I)


def _account_profile(raw: dict[str, Any]) -> bool:
    """The page opens with two fields or more of a CMS member's profile: a member's page (Subrion's
    "/members/info/<login>.html"), no news, whatever list of their posts follows."""
    texts = [b["text"] for b in (raw.get("blocks") or []) if b["kind"] == "text"][:6]
    return sum(1 for t in texts if _PROFILE_FIELD.match(t)) >= 2


def _person_profile(title: str) -> bool:
    """A headline that is a degree and a person's name and nothing else: a staff profile page."""
    m = _DEGREE_BEFORE_NAME.match(title.strip())
    if m is None:
        return False
    name = m.group("name").strip()
    return 2 <= len(name.split()) <= 5 and looks_like_bare_name(name)


#: the least an opening paragraph of prose holds, in a photo report (two sentences, as a rule)
PHOTO_REPORT_INTRO_CHARS = 120


def _photo_report(raw: dict[str, Any]) -> bool:
    """A photo report ("Phóng sự ảnh") filed in the photo library: a paragraph of prose opens it
    before the first photo, and a credit closes it after the last ("Ảnh: Lê Minh Quân"). An
    album is its photos and their lines; nobody writes it an introduction and signs it."""
    blocks = raw.get("blocks") or []
    images = [i for i, b in enumerate(blocks) if b["kind"] == "image"]
    if len(images) < 2:
        return False
    before = [b["text"] for b in blocks[: images[0]] if b["kind"] == "text" and not b.get("link_ratio")]
    intro = next((t for t in before if len(t) >= PHOTO_REPORT_INTRO_CHARS and re.search(r"[.!?…]\s+\S", t)), None)
    if intro is None:
        return False
    for b in blocks[images[-1] + 1 :]:
        if b["kind"] != "text":
            continue
        byline = parse_byline(b["text"])
        if byline is not None and (byline.authors or byline.photographers):
            return True
    return False


#: a month of a year in a headline ("Thực đơn tháng 10/2026"): the post's own time
_MONTH_YEAR = re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b")
#: a month a headline names by the word ("tháng 12/2026", "tháng 12 năm 2026"), not an issue's
#: number over its year ("số 3/2026")
_NAMED_MONTH = re.compile(r"\btháng\s+(?:0?[1-9]|1[0-2])(?:\s*/\s*|\s+năm\s+)(?:19|20)\d{2}\b", re.I)


def _names_the_address(name: str, url: str) -> bool:
    """The name is the address's last part ("Liên hệ" of ".../lien-he.html")."""
    last = next((seg for seg in reversed(urlsplit(url).path.split("/")) if seg), "")
    return bool(last) and _squash(last.rsplit(".", 1)[0]) == _squash(name)


def _offers_own_file(url: str, tree: HtmlElement) -> bool:
    """The page links a file at its own address (its path and a download query; a link the
    page's links leave out, as a file is no page), or a download address by a download's label
    ("<a href=/downloads/getfile/15><img> Tải về</a>" in a register's entry, Zikula's
    Downloads: an address with no file's extension that answers the file)."""
    path = urlsplit(url).path.rstrip("/")
    for a in tree.iter("a"):
        href = a.get("href") or ""
        low = href.lower()
        if "?" in href and "download" in low:  # (the few links worth joining)
            target = urljoin(url, href.strip())
            if urlsplit(target).path.rstrip("/") == path and is_attachment(target):
                return True
        if ("download" in low or "getfile" in low) and fold(clean_line(text_of(a))) in phrase_set("download_labels"):
            return True
    return False


def _in_gallery(url: str, raw: dict[str, Any], library: str = "galleries", by_label: bool = True) -> bool:
    """The page lives in a photo library (``library``: the phrase list of its names; a video
    library's with "video_libraries"), by its URL's path segments ("/thu-vien-anh/",
    "ThuVienAnh.aspx", "?mod=thuvienanh"), its breadcrumb ("Trang chủ » Thư viện ảnh » …") or its
    headline's label (``by_label``: a news post is titled "Video: …" as often as a clip is)."""
    names = phrase_set(library)
    squashed = {_squash(n) for n in names}
    parts = urlsplit(url)
    segments = {_squash(seg.rsplit(".", 1)[0]) for seg in parts.path.split("/") if seg}
    # or a query's value naming the module ("index.php?mod=thuvienanh&act=album&id=12")
    segments |= {_squash(piece) for _key, value in parse_qsl(parts.query) for piece in re.split(r"[./]", value) if piece}
    # (or the label set over the headline as a chip, "<span class=label>Video</span>" over a
    # Liferay display page's heading)
    crumbs = [raw.get("category") or "", *(raw.get("_breadcrumbs") or []), _label_over_headline(raw.get("_title_el"))]
    # or its headline's label ("Album ảnh: Hội khỏe Phù Đổng cấp trường 2026")
    label, colon, _rest = (raw.get("title") or "").partition(":")
    return not segments.isdisjoint(squashed) or any(fold(c) in names for c in crumbs) or bool(by_label and colon and fold(label) in names)


def _label_over_headline(title_el: HtmlElement | None) -> str:
    """The short line printed in its own box right over the headline (a kicker, a type chip), or
    "" (the headline's box's previous sibling, or its parent's when the headline opens its box)."""
    node = title_el
    for _ in range(3):
        if node is None:
            return ""
        prev = node.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None:
            text = clean_line(text_of(prev))
            return text if len(text) <= 30 else ""
        node = node.getparent()
    return ""


#: a video player's address: an embed of a video host, or a page's own <video>
_VIDEO_EMBED = re.compile(r"youtube(?:-nocookie)?\.com/embed/|youtu\.be/|player\.vimeo\.com/|facebook\.com/plugins/video|dailymotion\.com/embed|tiktok\.com/embed", re.I)


def _plays_video(raw: dict[str, Any]) -> bool:
    """The text's box holds a video player (an embed's iframe or a <video>), or the headline's
    own box does, after the headline, with a paragraph about it at most (a clip's page in a
    video library: headline, player, a line)."""
    boxes = list(raw.get("_content") or [])
    title_el = raw.get("_title_el")
    order = raw.get("_order") or {}
    after = order.get(title_el, -1) if title_el is not None else -1
    own = title_el.getparent() if title_el is not None else None
    # (or the box of the record's fields around the text's, the player a field beside the text's:
    # Backdrop's "field-name-field-video" beside "field-name-body" in the node's content box)
    record = boxes[0].getparent() if boxes and boxes[0].tag not in ("body", "html") else None
    if record is not None and record.tag in ("body", "html"):
        record = None
    # (the post's own box holds its player wherever it prints it: a theme's featured video above
    # the headline, HTMLy's "post-thumbnail")
    anywhere: set[HtmlElement] = set()
    post = next(title_el.iterancestors("article"), None) if title_el is not None else None
    # (or the boxes right after the headline's when that holds the headline alone: a page of
    # fragments, the heading's, the date's, the player's and the line's boxes side by side,
    # Liferay's display page)
    alone = own is not None and sum(1 for k in own if isinstance(k.tag, str)) == 1
    beside = [k for k in islice(own.itersiblings(), 3) if isinstance(k.tag, str)] if alone else []
    for box in (own, record, post, *beside):
        if box is not None and sum(1 for p in box.iter("p") if len(text := clean_line(text_of(p))) >= 40 and not _labelled_credit(text) and not _in_author_box(p, box)) <= 1:
            # (a line about the clip at most, and its credit, "Thực hiện: …": a clip's post of
            # paragraphs in a news section of clips, video_album_sgddt's "Video - Clip", is news
            # told with a player) (the poster's bio in the post's author box is no line about it)
            boxes.append(box)
            if box.tag == "article":
                anywhere.add(box)
    for box in boxes:
        for el in box.iter("iframe", "video", "a"):
            if not (box in anywhere or order.get(el, after + 1) > after):
                continue
            if el.tag == "a":
                # (an embed's card, the clip's address a script turns into its player: Hashnode's
                # "<a class=embed-card href=https://youtu.be/…>")
                if el.get("class") and "related" in element_families(el) and _VIDEO_EMBED.search(el.get("href") or ""):
                    return True
                continue
            if el.tag == "video" or _VIDEO_EMBED.search(el.get("src") or el.get("data-src") or ""):
                return True
    return False


def _in_author_box(el: HtmlElement, box: HtmlElement) -> bool:
    """Inside the post's author box (its avatar, name and bio: "author-info"), below ``box``."""
    return any("byline" in element_families(anc) for anc in takewhile(lambda a: a is not box, el.iterancestors()))


def _labelled_credit(text: str) -> bool:
    """A line led by a byline's label ("Thực hiện: Văn phòng Sở phối hợp …", "Clip: …")."""
    label, colon, _rest = text.partition(":")
    return bool(colon) and len(label) <= 30 and is_byline_label(label)


def _squash(text: str) -> str:
    """"Thư viện ảnh", "thu-vien-anh" and "ThuVienAnh" alike: unaccented letters only."""
    return re.sub(r"[^a-z0-9]", "", strip_accents(fold(text)))


#: a table page holds at least this many rows
MIN_TABLE_ROWS = 3
#: a line of prose beside a table: a sentence of this length outside it
PROSE_LINE_CHARS = 60


def _table_only(raw: dict[str, Any]) -> bool:
    """The text is one or more tables of data and nothing else to read (a heading over them at
    most), and the page prints no date of its own: a register (a staff list, an exam schedule, a
    timetable page). A post dated by its meta line whose text is a timetable is news; a notice of
    an exam schedule says a sentence about it; a table of links is a listing."""
    if any(c["source"] in ("visible", "time", "itemprop") for c in raw.get("date_candidates") or []):
        return False
    texts = [b for b in raw.get("blocks") or [] if b["kind"] == "text"]
    rows = sum(1 for b in texts if b.get("table_row") and b.get("link_ratio", 0) < 0.5)
    return rows >= MIN_TABLE_ROWS and not any(not b.get("table_row") and len(b["text"]) >= PROSE_LINE_CHARS for b in texts)


def _list_in_text(main: EntryGroup | None, raw: dict[str, Any]) -> bool:
    """The "list" is the rows of the article's own layout table, one of them holding the text
    (Joomla 1.5's "contentpaneopen": the headline's row, the text's row, each with a link). (A list
    of a few posts inside the text block is no such sign: Confluence's recent blog posts shown
    whole read so.)"""
    content = raw.get("_content") or []
    if main is None or not content or main.size > 4:
        return False
    return any(within(box, entry) for entry in main.entries for box in content)


def _block_chars(raw: dict[str, Any]) -> int:
    return sum(len(b["text"]) for b in raw.get("blocks") or [] if b["kind"] == "text" and b.get("link_ratio", 0) < 0.5)


def _plausible(raw: dict[str, Any], url: str, hints: PageHints, config: PortalConfig) -> bool:
    """An introduction or contact page reads like an article; it has no date and is reached from a
    menu, not from a listing, a feed or a sitemap, nor at an article-shaped URL."""
    statics = phrase_list("static_pages")
    crumbs = raw.get("_breadcrumbs") or []
    # the page's own name: its headline, or the last step of its breadcrumb trail (a static page
    # may open with a bold line of its text that reads like a headline)
    # a dated headline of a sentence's length is news that merely opens with such words ("Lãnh đạo
    # Sở kiểm tra công tác …" is not the "Lãnh đạo Sở" page)
    dated = any(c.get("source") in ("visible", "time") for c in raw.get("date_candidates") or [])
    title = raw.get("title") or ""
    crumb = crumbs[-1] if crumbs else ""
    # (a dated post's trail may name its section by words a static page opens with, "Thực đơn -
    # Dinh dưỡng" over a health article, "Thực đơn" over a week's menu: the trail's last step says
    # the page is a static one only where it names the page itself, its address's last part:
    # "Liên hệ" at ".../lien-he.html", "Giới thiệu" at "/gioi-thieu")
    section_step = dated and fold(crumb) != fold(title)
    if len(crumbs) >= 2 and title and fold(crumb) == fold(title) and fold(crumbs[-2]) in statics and not (find_dates(title) or _MONTH_YEAR.search(title)):
        # (the trail names the page itself under a standing section, "Trang chủ › Giới thiệu ›
        # Lịch sử hình thành và phát triển Trường …": the section's page, dated or not)
        return False
    for name in (title, crumb):
        key = fold(name)
        if not key or (dated and len(key.split()) > 8):
            continue
        if name is crumb and section_step and not _names_the_address(crumb, url):
            # (a section's name: a static page's whole name, "Giới thiệu" over "Cơ cấu tổ chức",
            # unless the headline dates the post itself, "Thực đơn tuần 1 tháng 12/2026")
            if key in statics and not (find_dates(title) or _MONTH_YEAR.search(title)):
                return False
            continue
        if any(key.startswith(p) for p in statics) and not (name is title and dated and _NAMED_MONTH.search(title)):
            # (a dated headline naming its month is a post of the kind: "Thực đơn dinh dưỡng
            # tháng 12/2026" under "Đăng ngày Nov 24, 2026", no standing "Thực đơn" page)
            return False
        if key == strip_accents(key) and any(key.startswith(p) for p in _plain_statics()):
            return False  # (a name written without its tone marks, an old site's "Gioi thieu chung")
    # a listing's entry or a feed's item is an article; a sitemap lists every page of a site and a
    # link that merely looks like one to another article (a book's "next page") is a guess: those
    # alone make no undated page an article
    if hints.listing_date or (hints.as_article and hints.channel in ("listing", "feed")) or raw.get("date_candidates"):
        return True
    if config.article_patterns:
        return any(p.search(url) for p in config.article_patterns)
    return looks_like_article_url(url)


@cache
def _plain_statics() -> tuple[str, ...]:
    """The standing pages' names without their tone marks ("gioi thieu", "lien he")."""
    return tuple(dict.fromkeys(strip_accents(p) for p in phrase_list("static_pages")))


def _sort_links(plan: PagePlan, groups: list[EntryGroup], main: EntryGroup | None, config: PortalConfig) -> None:
    """Entries of the main list (a listing's articles), other article-like links, pager links, the
    rest. Class names rank links but never drop one: every in-page link lands in some list."""
    links = plan.links.links
    taken: set[int] = set()
    if plan.kind == "listing" and main is not None:
        for i in main.links:
            plan.entries.append(links[i])
            taken.add(i)
        # the other links of each entry (image, "Đọc tiếp", a second address) lead to the same article
        entry_urls = {canonicalize_url(links[i].url) for i in main.links}
        taken |= {i for i, lk in enumerate(links) if canonicalize_url(lk.url) in entry_urls}
        index = {a: i for i, a in enumerate(plan.links.anchors)}
        for entry in main.entries:
            taken |= {index[a] for a in entry.iter("a", "area") if a in index}
    grouped = {i for g in groups for i in g.links}
    for i, link in enumerate(links):
        if i in taken:
            continue
        neighbour = _neighbour_post(plan, link)
        if is_pagination_link(link, plan.url) and not neighbour:
            plan.pager_links.append(link)
        elif neighbour or (not link.in_menu and (i in grouped or is_article_link(link, config.article_patterns))):
            plan.article_links.append(link)
        else:
            plan.other_links.append(link)


def _neighbour_post(plan: PagePlan, link: Link) -> bool:
    """A link of an article's pager leading to another article's address, not to a page of its own
    ("Tiếp theo" of Joomla's "pager pagenav" under a post, "Bài sau": the category's next post,
    which may be linked from nowhere else, a notice its list prints whole with no link)."""
    return (
        plan.kind == "article" and link.in_pager and link.via not in ("load_more", "rel_next", "rel_prev")
        and not differs_by_page(link.url, plan.url) and (looks_like_article_url(link.url) or _sibling_address(link.url, plan.url))
    )


def _sibling_address(url: str, here: str) -> bool:
    """Another post's address of this one's shape: the same folder and another numbered last step
    ("…/thong-bao/127-thong-bao-cho-hoc-sinh…" beside "…/thong-bao/130-thong-bao-lich-thi…"), or the
    same path and query keys with other values ("?id=127" beside "?id=130")."""
    a, b = urlsplit(url), urlsplit(here)
    if a.netloc != b.netloc:
        return False
    if a.path == b.path:
        return a.query != b.query and sorted(k for k, _ in parse_qsl(a.query)) == sorted(k for k, _ in parse_qsl(b.query))
    folder_a, _, last_a = a.path.rstrip("/").rpartition("/")
    folder_b, _, last_b = b.path.rstrip("/").rpartition("/")
    return folder_a == folder_b and last_a != last_b and _NUMBERED.search(last_a) is not None and _NUMBERED.search(last_b) is not None


#: a numbered step of an address ("127-thong-bao-…", "bai-viet-127.html", "127")
_NUMBERED = re.compile(r"\d{2,}")


def article_frame(plan: PagePlan) -> str | None:
    """The address of the frame an article page shows its text in ("XemTin.aspx?id=245" holding
    <iframe src="NoiDungTin.aspx?id=245">, an old vendor's school site), or None: a page read as
    no article whose one frame of the site's own host is its text. The crawl reads that frame's
    document as the article; the benchmark reads gold pages the same way."""
    if plan.kind != "other":
        return None
    host = host_of(plan.url)
    frames = [lk for lk in plan.links.links if lk.via == "frame" and host_of(lk.url) == host and not is_trap(lk.url)]
    return frames[0].url if len(frames) == 1 else None


def _fingerprint(plan: PagePlan) -> bytes:
    """What the page shows, independent of its URL and of URLs in its links (state blobs): the
    headline and text of an article; the headline and link texts of any other page."""
    raw = plan.raw
    if plan.kind == "article":
        text = " ".join(b["text"] for b in raw.get("blocks") or [] if b["kind"] == "text")
        return fingerprint("article", fold(raw.get("title") or ""), text[:4000])
    texts = [lk.text for lk in plan.links.links if lk.text and not _NUMBERISH.match(lk.text)]
    return fingerprint(plan.kind, fold(raw.get("title") or ""), *texts)


_NUMBERISH = re.compile(r"^\W*\d{1,2}[:h]\d{2}\W*$")


#: a forum's list of topics (vBulletin's and MyBB's forumdisplay.php, phpBB's viewforum.php,
#: XenForo's "/forums/<name>.<id>/")
_FORUM_LIST = re.compile(r"/(?:forumdisplay|viewforum)\.php|/forums/[^/?#]+\.\d+/?(?:$|\?)", re.I)


#: a trail's step naming the site's forum ("Trang chủ › Diễn đàn › Góc học sinh › …"): the page
#: is a topic of it, whatever markup its posts have
_FORUM_STEP = frozenset({"diễn đàn", "forum", "forums", "diễn đàn trao đổi"})


def _discussion_forum(name: str | None) -> bool:
    """A forum named for members' talk, not for the site's news (phrases/discussion_forums.txt:
    one of its words or phrases in the name)."""
    if not name:
        return False
    key = f" {fold(name)} "
    return any(f" {word} " in key for word in phrase_set("discussion_forums"))
