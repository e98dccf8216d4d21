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
from dataclasses import asdict, dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from crawler.core.text import fold
from crawler.core.urls import canonicalize_url, is_site_root
from crawler.extract import extract_raw
from crawler.extract.document import Page
from crawler.navigation.channels import feed_links
from crawler.navigation.families import fingerprint
from crawler.navigation.links import (
    Link,
    PageLinks,
    differs_by_page,
    extract_links,
    is_article_link,
    is_pagination_link,
)
from crawler.navigation.listing import EntryGroup, Ownership, entry_groups, headline_ownership
from crawler.navigation.urls import is_trap, looks_like_article_url
from crawler.phrases import phrase_list, phrase_set
from crawler.portals import PortalConfig

PageKind = Literal["article", "listing", "other"]

#: characters of text the headline must own for a page to read as an article
MIN_OWNED_CHARS = 40
#: rows offering a file that make a page a list of documents (an article attaches one or two)
MIN_FILE_ROWS = 3
#: a section's name (a menu item) is short; an article's title is a sentence
MAX_SECTION_NAME_WORDS = 6
#: text a content block must hold to count as an article when the headline owns nothing measurable
MIN_BLOCK_CHARS = 400


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
    # links that lead nowhere a crawl goes (print, mail, save views; script links) make no entries
    texts = ["" if (lk.via != "href" or is_trap(lk.url)) else lk.text for lk in links.links]
    urls = [lk.url for lk in links.links]
    groups = entry_groups(links.anchors, texts, urls, order)
    page_keys = frozenset({canonicalize_url(url), canonicalize_url(raw.get("canonical_url") or url)})
    body = page.tree.find("body")
    owned = headline_ownership(body if body is not None else page.tree, title_el, groups, page_keys, url)
    main = next((g for g in groups if not g.noise), None)
    if main is None:
        main = _loose_entries(links, url, hints, config)
    kind, reason = _classify(raw, links, main, owned, page_keys, hints, config)
    if kind == "article" and not _plausible(raw, url, hints, config):
        kind, reason = "other", "undated_page"
    plan = PagePlan(kind, reason, url, raw, links, ownership=owned, groups=len(groups))
    _sort_links(plan, groups, main, config)
    plan.feeds = feed_links(page.tree, url)
    plan.fingerprint = _fingerprint(plan)
    return plan


def _classify(raw: dict[str, Any], links: PageLinks, main: EntryGroup | None, owned: Ownership, page_keys: frozenset[str], hints: PageHints, config: PortalConfig) -> tuple[PageKind, str]:
    url = raw["url"]
    if config.listing_patterns and any(p.search(url) for p in config.listing_patterns):
        return "listing", "config_listing_pattern"
    title = raw.get("title") or ""
    entries = main.size if main else 0
    if hints.channel == "start" or is_site_root(url):
        return ("listing", "home_page") if entries else ("other", "home_page")
    listing = entries >= 2 or (entries >= 1 and hints.paged)
    if not title:
        return ("listing", "entries") if listing else ("other", "no_headline")
    title_el = raw.get("_title_el")
    if main is not None and title_el is not None and any(title_el in entry.iter() for entry in main.entries):
        return "listing", "headline_in_entry"  # the "headline" is one entry's title on a listing
    title_href = raw.get("_title_href")
    if title_href and canonicalize_url(title_href) not in page_keys:
        return ("listing", "teaser_headline") if listing or links.links else ("other", "teaser_headline")
    owns = owned.chars_first >= MIN_OWNED_CHARS or owned.media_first > 0
    if _section_headline(title, links, page_keys, owned) and not (config.article_patterns and any(p.search(url) for p in config.article_patterns)):
        return ("listing", "section_headline") if listing else ("other", "section_headline")
    attachment_post = bool(raw.get("attachments")) and owned.chars_first >= 10
    if len(owned.labels & phrase_set("record_fields")) >= 3:
        return ("listing", "record_page") if listing else ("other", "record_page")
    if owned.file_rows >= MIN_FILE_ROWS and (owned.chars_before_files or 0) < 5 * MIN_OWNED_CHARS:
        return "other", "file_list"  # a table or list of documents to download, not news
    if owned.chars_first < MIN_OWNED_CHARS and owned.media_first and _in_gallery(url, raw):
        return "other", "photo_album"
    if hints.paged and entries and owned.chars_first < 5 * MIN_OWNED_CHARS:
        return "listing", "paged_entries"  # reached through a pager and showing article links
    if (owns or attachment_post) and not (listing and owned.group_first):
        return "article", "owned_text" if owns else "attachment_post"
    if listing:
        return "listing", "entries"
    if raw.get("_title_el") is None and _block_chars(raw) >= MIN_BLOCK_CHARS:
        return "article", "content_block"  # no headline element to measure from: the text block decides
    return "other", "no_owned_text"


def _section_headline(title: str, links: PageLinks, page_keys: frozenset[str], owned: Ownership) -> bool:
    """A headline that repeats the name of a menu item is that section's page, when it reads like
    a section's name (a few words) or owns no text. (A news ticker or a side list of latest news
    in a menu-like box names articles too, by their long titles; an article owns its text.) A
    page the menu links to under the first words of its headline is a standing page."""
    key = fold(title)
    named = any(lk.in_menu and lk.text and fold(lk.text) == key for lk in links.links)
    if named and (len(title.split()) <= MAX_SECTION_NAME_WORDS or owned.chars_first < MIN_OWNED_CHARS):
        return True
    # a standing page: the menu links here under a short name its headline begins with
    # ("Kế hoạch đào tạo" -> "Kế hoạch đào tạo, bồi dưỡng năm 2026")
    return any(
        lk.in_menu and lk.text and len(lk.text.split()) <= MAX_SECTION_NAME_WORDS
        and canonicalize_url(lk.url) in page_keys and key.startswith(fold(lk.text))
        for lk in links.links
    )


def _loose_entries(links: PageLinks, url: str, hints: PageHints, config: PortalConfig) -> EntryGroup | None:
    """The entries of a listing page too short to repeat anything (the last page of a category,
    a category of one post): article-like links outside menus and furniture, on a page that is
    part of a paged listing (reached by its pager, or offering one)."""
    paged = hints.paged or any(is_pagination_link(lk, url) and differs_by_page(lk.url, url) for lk in links.links)
    if not paged:
        return None
    picked = [i for i, lk in enumerate(links.links) if not (lk.in_menu or lk.in_noise or lk.in_pager) and is_article_link(lk, config.article_patterns)]
    if not picked:
        return None
    group = EntryGroup(parent=links.anchors[picked[0]].getparent(), tag="a", entries=[links.anchors[i] for i in picked], links=picked)
    seen: set[str] = set()
    group.links = [i for i in picked if not (canonicalize_url(links.links[i].url) in seen or seen.add(canonicalize_url(links.links[i].url)))]
    group.entries = [links.anchors[i] for i in group.links]
    return group


def _in_gallery(url: str, raw: dict[str, Any]) -> bool:
    """The page lives in a photo library, by its URL's path segments or its category."""
    names = phrase_set("galleries")
    segments = {fold(seg) for seg in urlsplit(url).path.split("/") if seg}
    return not segments.isdisjoint(names) or fold(raw.get("category") or "") in names


def _block_chars(raw: dict[str, Any]) -> int:
    return sum(len(b["text"]) for b in raw.get("blocks") or [] if b["kind"] == "text" and b.get("link_ratio", 0) < 0.5)


def _plausible(raw: dict[str, Any], url: str, hints: PageHints, config: PortalConfig) -> bool:
    """An introduction or contact page reads like an article; it has no date and is reached from a
    menu, not from a listing, a feed or a sitemap, nor at an article-shaped URL."""
    title = fold(raw.get("title") or "")
    if any(title.startswith(p) for p in phrase_list("static_pages")):
        return False
    if hints.listing_date or hints.as_article or raw.get("date_candidates"):
        return True
    if config.article_patterns:
        return any(p.search(url) for p in config.article_patterns)
    return looks_like_article_url(url)


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
        if is_pagination_link(link, plan.url):
            plan.pager_links.append(link)
        elif not link.in_menu and (i in grouped or is_article_link(link, config.article_patterns)):
            plan.article_links.append(link)
        else:
            plan.other_links.append(link)


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
