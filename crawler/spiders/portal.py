"""The one spider: from a start URL (or a portal config) through listings and pagination to articles.

Arguments (``-a name=value``):

``start_url``
    Where to begin (any http(s) URL, the portal's home page is best). Several may be given,
    separated by spaces or commas. Required unless ``portal`` names a config with start URLs.
``portal``
    A config name in crawler/portals/ (or a path to a TOML file). Sharpens the crawl; optional.
``mode``
    ``incremental`` (default: fetch only articles the state store has not seen and stop paging a
    listing once it brings nothing new), ``full`` (re-crawl everything; unchanged articles are not
    emitted again), ``refresh`` (like full, and re-emit changed articles with ``updated: true``).
``since``
    ``YYYY-MM-DD``: with any mode, skip articles whose listing date is older.

The spider decides *where to go*; what a page says is crawler.extract's business, what a record
may contain is the pipelines'.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import FormRequest, Request, Response, TextResponse

from crawler.clean.text import fold
from crawler.commands import UsageError
from crawler.extract import LegacyEncodingError, extract_raw
from crawler.extract.document import parse
from crawler.feeds.layout import feed_path, new_run_id
from crawler.health import describe_failure
from crawler.items import ArticleItem
from crawler.navigation.links import (
    Link,
    extract_links,
    is_article_link,
    is_pager_text,
    is_pagination_link,
    is_section_link,
    page_key,
)
from crawler.navigation.pages import page_kind
from crawler.navigation.urls import (
    Scope,
    StartUrlError,
    canonicalize_url,
    check_start_url,
    host_of,
    is_trap,
    looks_like_article_url,
)
from crawler.navigation.urlset import UrlMap, UrlSet
from crawler.phrases import phrase_list
from crawler.portals import ConfigError, PortalConfig, load

MODES = ("incremental", "full", "refresh")
_HTML_TYPES = re.compile(rb"text/html|application/xhtml|text/plain|^$", re.I)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"Rar!", b"\x1f\x8b")

# Sections (a few menu pages) first, so every listing's dates are known when articles arrive;
# then articles before further pagination, so the queue stays short on big portals.
PRIORITY_SECTION = 30
PRIORITY_ARTICLE = 20
PRIORITY_PAGER = 10


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, start_url: str | None = None, portal: str | None = None, mode: str = "incremental", since: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.config = self._load_config(portal)
        urls = re.split(r"[\s,]+", start_url.strip()) if start_url else list(self.config.start_urls)
        urls = [u for u in urls if u]
        if not urls:
            raise UsageError("no start URL: give -a start_url=http://portal.example/ or -a portal=NAME of a config with start_urls")
        try:
            self.start_urls = [check_start_url(u) for u in urls]
        except StartUrlError as exc:
            raise UsageError(str(exc)) from exc
        if mode not in MODES:
            raise UsageError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
        self.mode = mode
        try:
            self.since = date.fromisoformat(since) if since else None
        except ValueError as exc:
            raise UsageError(f"since={since!r} is not a date: write it as YYYY-MM-DD") from exc
        self.portal_id = self.config.name if portal else host_of(self.start_urls[0])
        self.scope = Scope.for_start(self.start_urls, self.config.allowed_hosts, self.config.path_prefix)
        self.requested = UrlSet()  # canonical URLs already scheduled
        self.article_urls = UrlSet()  # canonical URLs of article links found
        self.non_articles = UrlSet()
        self.postbacks: set[tuple] = set()
        self.listing_dates: UrlMap[str] = UrlMap()
        self.deferred: dict[str, tuple[Link, int, dict[str, Any]]] = {}
        self.unproductive: dict[tuple[str, str], int] = {}
        self.failed_pages: list[dict[str, str]] = []
        self.state = None  # set by the state pipeline (incremental runs)

    @classmethod
    def check_arguments(cls, **kwargs: Any) -> None:
        """Validate ``-a`` arguments without starting a crawl (raises UsageError)."""
        cls(**kwargs)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.run_id = new_run_id()
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        spider.fetch_info = {}
        settings = crawler.settings
        if not settings.frozen and not settings.getdict("FEEDS") and settings.get("PORTAL_OUTPUT_DIR"):
            path = feed_path(settings["PORTAL_OUTPUT_DIR"], spider.portal_id.replace(":", "_"), spider.run_id, datetime.now(UTC))
            settings.set("FEEDS", {str(path.resolve()): {"format": "jsonlines", "overwrite": True}}, priority="spider")
        return spider

    @staticmethod
    def _load_config(portal: str | None) -> PortalConfig:
        if not portal:
            return PortalConfig(name="")
        try:
            return load(portal)
        except ConfigError as exc:
            raise UsageError(str(exc)) from exc

    # --- settings-driven limits ---------------------------------------------------------------

    def _setting(self, name: str, default: Any) -> Any:
        crawler = getattr(self, "crawler", None)
        return crawler.settings.get(name, default) if crawler else default

    @property
    def max_nav_depth(self) -> int:
        return int(self._setting("PORTAL_MAX_NAV_DEPTH", 4))

    @property
    def max_unproductive_pages(self) -> int:
        return int(self._setting("PORTAL_MAX_UNPRODUCTIVE_PAGES", 2))

    def _stat(self, key: str, n: int = 1) -> None:
        if getattr(self, "crawler", None) and self.crawler.stats:
            self.crawler.stats.inc_value(f"portal/{key}", n)

    # --- start ------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls:
            self.requested.add(canonicalize_url(url))
            yield Request(url, callback=self.parse_page, errback=self.on_error, meta={"nav_depth": 0}, dont_filter=True)

    # --- requests ---------------------------------------------------------------------------

    def _follow(self, url: str, priority: int, meta: dict[str, Any]) -> Request | None:
        reason = self.scope.check(url)
        if reason:
            self._stat(f"links/{reason}")
            if reason.startswith("offsite_"):
                self.logger.warning("not following %s: it points at a %s address", url, reason.removeprefix("offsite_"))
            return None
        if is_trap(url) or any(p.search(url) for p in self.config.exclude_patterns):
            self._stat("links/trap")
            return None
        key = canonicalize_url(url)
        if key in self.requested:
            return None
        self.requested.add(key)
        return Request(url, callback=self.parse_page, errback=self.on_error, priority=priority, meta=meta)

    def on_error(self, failure: Any) -> None:
        request = failure.request
        reason = describe_failure(failure.value, request.meta)  # "connection refused after 4 tries", "HTTP 503"
        if failure.check(scrapy.exceptions.IgnoreRequest):
            if reason.startswith("outside the crawl's scope"):
                return  # counted and recorded against the link that led there by the scope middleware
            reason = f"ignored: {reason}"
        response = getattr(failure.value, "response", None)
        if response is not None:
            reason = describe_failure(failure.value, request.meta)
        self.record_failure(request.url, reason)

    def record_failure(self, url: str, reason: str) -> None:
        self.failed_pages.append({"url": url, "reason": reason})
        self._stat("failed_pages")
        self.logger.warning("gave up on %s: %s", url, reason)

    # --- pages ------------------------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Any]:
        if response.status == 304:
            self._stat("not_modified")
            known = self._known(response.url)
            if known is not None:
                self.state.touch(self.portal_id, known.canonical_url)
            return
        if not self._is_html(response):
            return
        meta = response.meta
        self._stat("pages")
        here = canonicalize_url(response.url)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if len(response.body) > int(self._setting("PORTAL_MAX_ARTICLE_BYTES", 3_000_000)):
            # no article page carries megabytes of markup; reading it would stall the crawl for
            # seconds (extraction runs in the reactor thread), so it only serves as a link source
            self._stat("skipped/too_large_for_an_article")
            self.logger.info("%s: %d bytes, too large for an article page; following its links only", response.url, len(response.body))
            parsed = parse(response.body, response.url, content_type, check_legacy=False)
            self.non_articles.add(here)
            yield from self._follow_sections(extract_links(parsed.tree, response.url).links, meta)
            return
        try:
            parsed = parse(response.body, response.url, content_type)
        except LegacyEncodingError as exc:
            self._stat("skipped/legacy_encoding")
            self.record_failure(response.url, f"legacy encoding: {exc}")
            return
        page = extract_links(parsed.tree, response.url)
        raw = extract_raw(response.body, response.url, selectors=self.config.selectors, page=parsed)
        # the most precise date a listing showed for this article, under the URL linked or the one reached
        requested = canonicalize_url(response.request.url) if response.request else here
        raw["listing_date"] = self.listing_dates.get(requested) or self.listing_dates.get(here) or meta.get("listing_date")
        article_links = [lk for lk in page.links if not lk.in_menu and not lk.in_noise and is_article_link(lk, self.config.article_patterns)]
        nav_texts = frozenset(fold(lk.text) for lk in page.links if lk.in_menu and lk.text)
        kind = page_kind(raw, article_links, response.url, self.config.article_patterns, self.config.listing_patterns, nav_texts)
        self._stat(f"kind/{kind}")
        if kind == "article" and not self._plausible_article(raw, response):
            kind = "other"
            self._stat("kind/undated_page")
        if kind == "article":
            item = self._article_item(raw, response, here)
            if item is not None:
                yield item
            self._defer_related(page.links, meta)
            return
        self.non_articles.add(here)
        if kind == "listing":
            yield from self._follow_from_listing(response, page, article_links, raw, meta)
        yield from self._follow_sections(page.links, meta)

    def _plausible_article(self, raw: dict[str, Any], response: Response) -> bool:
        """An intro or contact page reads like an article; it has no date and is reached from a menu,
        not from a listing or as an article-shaped link."""
        if response.meta.get("listing_date") or response.meta.get("as_article"):
            return True
        title = fold(raw.get("title") or "")
        if any(title.startswith(p) for p in phrase_list("static_pages")):
            return False
        if raw.get("date_candidates"):
            return True
        if self.config.article_patterns:
            return any(p.search(response.url) for p in self.config.article_patterns)
        return looks_like_article_url(response.url)

    def _is_html(self, response: Response) -> bool:
        ctype = response.headers.get("Content-Type", b"") or b""
        body = response.body
        if not isinstance(response, TextResponse) and not _HTML_TYPES.search(ctype.split(b";")[0]):
            self._stat("skipped/non_html")
            self.record_failure(response.url, f"not HTML ({ctype.decode('latin-1') or 'no type'})")
            return False
        if not body.strip():
            self._stat("skipped/empty")
            self.record_failure(response.url, "empty body")
            return False
        if body.lstrip()[:8].startswith(_BINARY_MAGIC):
            self._stat("skipped/binary_as_html")
            self.record_failure(response.url, "binary content served as HTML")
            return False
        return True

    def _article_item(self, raw: dict[str, Any], response: Response, here: str) -> ArticleItem | None:
        canonical = raw.get("canonical_url") or here
        canon_key = canonicalize_url(canonical)
        if canon_key != here and self.scope.check(canonical) is None and canon_key not in self.non_articles:
            from urllib.parse import urlsplit

            if urlsplit(canonical).path not in ("", "/"):
                if canon_key not in self.requested:
                    self.requested.add(canon_key)
                    self._stat("variants/followed_canonical")
                    self.crawler.engine.crawl(Request(canonical, callback=self.parse_page, errback=self.on_error, priority=PRIORITY_ARTICLE, meta=dict(response.meta)))
                else:
                    self._stat("variants/skipped")
                return None
        else:
            raw["canonical_url"] = here if canon_key in self.non_articles or self.scope.check(canonical) else canonical
        item = ArticleItem(**{k: v for k, v in raw.items() if not k.startswith("_")})
        redirected = response.meta.get("redirect_urls") or []
        self.fetch_info[canonicalize_url(response.url)] = {
            "etag": (response.headers.get("ETag") or b"").decode("latin-1") or None,
            "last_modified": (response.headers.get("Last-Modified") or b"").decode("latin-1") or None,
            "aliases": [canonicalize_url(u) for u in redirected],
        }
        item["portal"] = self.portal_id
        if not item.get("category") and response.meta.get("category"):
            item["category"] = response.meta["category"]
        return item

    def _known(self, url: str) -> Any:
        """The state store's record of an article URL (None when new, or when state is off)."""
        if self.state is None:
            return None
        return self.state.lookup_url(self.portal_id, canonicalize_url(url))

    def _follow_article(self, link: Link, priority: int, meta: dict[str, Any], defer: bool = False) -> tuple[Request | None, bool]:
        """A request for an article link (or None), and whether the link is new to this portal.

        ``defer``: links found outside a real listing (the home page, related-news lists) wait
        until the crawl is otherwise idle, so that the listing walk has given every article its
        listing date and category first; by then most of them are fetched already."""
        key = canonicalize_url(link.url)
        if link.date and (key not in self.listing_dates or ("T" in link.date and "T" not in self.listing_dates[key])):
            self.listing_dates[key] = link.date  # the most precise date any listing shows for it
        seen_in_run = key in self.article_urls
        self.article_urls.add(key)
        known = self._known(link.url)
        newer = False
        if known is not None:
            newer = bool(link.date and known.published_at and link.date[:10] > known.published_at[:10])
            if self.mode == "incremental" and not newer:
                if not seen_in_run:
                    self._stat("links/known")
                return None, False
        is_new = newer or (known is None and not seen_in_run)
        if defer:
            if key not in self.requested and key not in self.deferred:
                self.deferred[key] = (link, priority, meta)
            return None, is_new
        return self._article_request(link, priority, meta, known), is_new

    def _article_request(self, link: Link, priority: int, meta: dict[str, Any], known: Any = None) -> Request | None:
        if known is None:
            return self._follow(link.url, priority, meta)
        headers = {}
        if known.etag:
            headers["If-None-Match"] = known.etag
        if known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        req = self._follow(link.url, priority, {**meta, "known": True, "handle_httpstatus_list": [304]})
        if req is not None:
            req.headers.update(headers)
        return req

    def on_idle(self) -> None:
        """Release the deferred article links that the listing walk did not reach."""
        released = 0
        while self.deferred:
            key, (link, priority, meta) = self.deferred.popitem()
            if key in self.requested:
                continue
            meta = {**meta, "listing_date": self.listing_dates.get(key) or meta.get("listing_date")}
            req = self._article_request(link, priority, meta, self._known(link.url))
            if req is not None:
                self.crawler.engine.crawl(req)
                released += 1
        if released:
            self._stat("links/deferred_fetched", released)
            raise DontCloseSpider("deferred article links released")

    def _defer_related(self, links: list[Link], meta: dict[str, Any]) -> None:
        """Related-news links of an article lead to more articles (found even where listings
        fail); they wait for the idle crawl (see _follow_article)."""
        depth = meta.get("nav_depth", 0)
        for link in links:
            if link.in_menu or not is_article_link(link, self.config.article_patterns):
                continue
            self._follow_article(link, PRIORITY_ARTICLE - 5, {"nav_depth": depth + 1, "category": meta.get("category"), "as_article": True}, defer=True)

    def _follow_from_listing(self, response: Response, page: Any, article_links: list[Link], raw: dict[str, Any], meta: dict[str, Any]) -> Iterator[Request]:
        category = raw.get("category") or meta.get("category")
        new = 0
        for link in article_links:
            if self.since and link.date and link.date[:10] < self.since.isoformat():
                self._stat("links/older_than_since")
                self.article_urls.add(canonicalize_url(link.url))
                continue
            req, is_new = self._follow_article(link, PRIORITY_ARTICLE, {"nav_depth": meta.get("nav_depth", 0) + 1, "listing_date": link.date, "category": category, "as_article": True}, defer=meta.get("nav_depth", 0) == 0)
            new += is_new
            if req is not None:
                yield req
        chain = page_key(response.url)
        incremental = self.mode == "incremental" and self.state is not None
        if new == 0 and (meta.get("paged") or incremental):
            self.unproductive[chain] = self.unproductive.get(chain, 0) + 1
        elif new:
            self.unproductive[chain] = 0
        limit = int(self._setting("PORTAL_INCREMENTAL_EXTRA_PAGES", 1)) + 1 if incremental else self.max_unproductive_pages
        if self.unproductive.get(chain, 0) >= limit:
            self._stat("pagination/stopped_unproductive")
            return
        pmeta = {"nav_depth": meta.get("nav_depth", 0), "paged": True, "category": category}
        for link in page.links:
            if is_pagination_link(link, response.url):
                req = self._follow(link.url, PRIORITY_PAGER, pmeta)
                if req is not None:
                    self._stat("pagination/links")
                    yield req
        yield from self._postbacks(response, page, article_links, pmeta)

    def _postbacks(self, response: Response, page: Any, article_links: list[Link], pmeta: dict[str, Any]) -> Iterator[Request]:
        """ASP.NET pagers: ``__doPostBack(target, argument)`` submits the page's form; only a POST reaches page 2."""
        if not page.postbacks or not isinstance(response, TextResponse):
            return
        chain = page_key(response.url)
        here_sig = hashlib.sha1("|".join(sorted(canonicalize_url(lk.url) for lk in article_links)).encode()).hexdigest()
        for pb in page.postbacks:
            pagerish = is_pager_text(pb.text) or re.search(r"page|pager|trang|paging", pb.target + pb.argument, re.I)
            if not pagerish:
                continue
            numbered = bool(re.search(r"\d+$", pb.argument)) or pb.text.strip().isdigit()
            key = (chain, pb.target, pb.argument, pb.text) if numbered else (chain, pb.target, pb.argument, pb.text, here_sig)
            if key in self.postbacks:
                continue
            self.postbacks.add(key)
            try:
                req = FormRequest.from_response(
                    response,
                    formxpath="//form[.//input[@name='__VIEWSTATE']]" if b"__VIEWSTATE" in response.body else None,
                    formdata={"__EVENTTARGET": pb.target, "__EVENTARGUMENT": pb.argument},
                    dont_click=True,
                    dont_filter=True,
                    callback=self.parse_page,
                    errback=self.on_error,
                    priority=PRIORITY_PAGER,
                    meta={**pmeta, "postback": f"{pb.target}:{pb.argument}"},
                )
            except ValueError:
                self._stat("pagination/postback_without_form")
                continue
            self._stat("pagination/postbacks")
            yield req

    def _follow_sections(self, links: list[Link], meta: dict[str, Any]) -> Iterator[Request]:
        depth = meta.get("nav_depth", 0)
        if depth >= self.max_nav_depth:
            return
        for link in links:
            if not is_section_link(link) or is_pager_text(link.text):
                continue
            if canonicalize_url(link.url) in self.article_urls or (self.mode == "incremental" and self._known(link.url)):
                continue
            req = self._follow(link.url, PRIORITY_SECTION - depth, {"nav_depth": depth + 1})
            if req is not None:
                yield req

