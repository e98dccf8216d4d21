"""The one spider: from a start URL (or a portal config) to every article of a portal.

Arguments (``-a name=value``):

``start_url``
    Where to begin (any http(s) URL; the portal's home page is best). Several may be given,
    separated by spaces or commas. A start URL with a path (``http://host/thcs-nguyen-du/``)
    confines the crawl to that path: one host often serves many schools. Required unless
    ``portal`` names a config with start URLs.
``portal``
    A config name in crawler/portals/ (or a path to a TOML file). Sharpens the crawl; optional.
``mode``
    ``incremental`` (default: fetch only articles the state store has not seen and stop paging a
    listing once it brings nothing new), ``full`` (re-crawl everything; unchanged articles are not
    emitted again), ``refresh`` (like full, and re-emit changed articles with ``updated: true``).
``since``
    ``YYYY-MM-DD``: with any mode, skip articles whose listing date is older.

How it finds articles: channels propose, pages decide, budgets bound.

- **Channels.** robots.txt's ``Sitemap:`` lines (else ``/sitemap.xml``) and the sitemaps they
  lead to, the feeds a home page announces (plus its platform's usual sitemap and feed
  addresses), and the walk from the start page through every in-scope link: listings, their
  pagination of every style (links, ``onclick`` URLs, ASP.NET postbacks, script pagers whose
  handler the portal's scripts name: crawler.navigation.scripts), sections, related lists.
- **Pages decide** (crawler.plan): an article, a listing or something else, from the page itself.
  Links from listings come first; article links found elsewhere (home page teasers, related
  lists, sitemaps, feeds) wait until the walk is idle, so that listing dates and categories are
  known when they are fetched.
- **Budgets** (crawler.navigation.families): a page that shows what another page showed is not
  expanded again; a URL family that yields nothing new for ``PORTAL_FAMILY_PATIENCE`` pages in a
  row is frozen; menu/section links go at most ``PORTAL_MAX_NAV_DEPTH`` hops from a start URL.

The spider decides *where to go*; what a page says is crawler.extract's business, what a record
may contain is the pipelines'.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from form2request import form2request
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request, Response, TextResponse

from crawler.commands import UsageError
from crawler.core.text import clean_line, fold
from crawler.core.urls import canonicalize_url, is_site_root, slugless_alias
from crawler.core.urlset import UrlMap, UrlSet
from crawler.extract.document import parse
from crawler.extract.multipage import MAX_PARTS as MAX_ARTICLE_PARTS
from crawler.extract.multipage import join_part
from crawler.feeds.layout import feed_path, new_run_id
from crawler.health import describe_failure
from crawler.items import ArticleItem
from crawler.navigation import channels
from crawler.navigation.families import (
    Families,
    is_date_archive,
    passes_frozen_variants,
    readable_form,
    request_key,
)
from crawler.navigation.jsonlist import json_listing, looks_like_json
from crawler.navigation.links import (
    Link,
    differs_by_page,
    extract_links,
    is_load_more_text,
    is_page_param,
    is_pager_text,
    page_key,
)
from crawler.navigation.listing import is_title_text
from crawler.navigation.postbacks import pager_turn, turns_to_submit
from crawler.navigation.scripts import (
    ScriptCall,
    ScriptPager,
    bound_pagers,
    pager_for,
    script_pagers,
)
from crawler.navigation.urls import (
    Scope,
    StartUrlError,
    check_start_url,
    is_trap,
    next_slice,
    portal_id_for,
)
from crawler.navigation.variants import VOTES_NEEDED, RedundantParams, param_between, record_digest
from crawler.plan import REGISTER_REASONS, PageHints, PagePlan, article_frame, plan_page
from crawler.portals import ConfigError, PortalConfig, load

MODES = ("incremental", "full", "refresh")
_HTML_TYPES = re.compile(rb"text/html|application/xhtml|text/plain|^$", re.I)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"Rar!", b"\x1f\x8b")
_POSTBACK_PAGER = re.compile(r"page|pager|trang|paging", re.I)

# Discovery probes first (a few requests); sections (menu pages) next, so every listing's dates
# are known when articles arrive; then articles before further pagination, so the queue stays
# short on big portals.
PRIORITY_PROBE = 40
PRIORITY_SECTION = 30
PRIORITY_ARTICLE = 20
PRIORITY_PAGER = 10
#: a blog's date archives (a month's or a day's page) are read after every other list: they show
#: the same posts by date, so read last they bring nothing new and their family is frozen soon,
#: however fast the other lists' pages come back (read early, under load, they looked productive)
PRIORITY_DATE_ARCHIVE = 0
#: sitemap documents one crawl reads at most, and how deep indexes may nest
MAX_SITEMAPS = 200
MAX_SITEMAP_DEPTH = 3
#: script files read for the functions of a script pager (a portal loads a handful)
MAX_SCRIPT_FILES = 20


#: probes of one parameter that may go unanswered (errors) before its variants are fetched as links
MAX_VARIANT_PROBES = 4
#: the titles a list's page may post back for its posts (a GridView's LinkButtons)
MAX_ENTRY_POSTBACKS = 40


def _record_digest(raw: dict[str, Any]) -> str:
    """The fields a variant address must give as its first address did (category and breadcrumb
    too: a parameter that files the page elsewhere changes the record)."""
    dates = raw.get("date_candidates") or []
    return record_digest((raw.get("title"), raw.get("category"), raw.get("_breadcrumbs"), dates[0]["value"] if dates else None, raw.get("field_authors"), raw.get("meta_authors")))


def _postback_form(response: TextResponse) -> Any | None:
    """The form ``__doPostBack`` submits: the page's WebForms form (the one holding the view state),
    else its first form; submitted with no button clicked (form2request: Scrapy 2.19 deprecates
    FormRequest.from_response for it)."""
    forms = response.xpath("//form[.//input[@name='__VIEWSTATE']]") if b"__VIEWSTATE" in response.body else []
    forms = forms or response.xpath("//form")
    return forms[0] if forms else None


def _form_request(form: Any, data: dict[str, str]) -> Any:
    """form2request's request for submitting ``form`` with ``data``, no button clicked. A form sent
    as multipart/form-data (DNN's page-wide form) is submitted urlencoded: form2request builds no
    multipart body, and ASP.NET reads a postback's fields either way (a browser's script could
    send them so too)."""
    try:
        return form2request(form, data, click=False)
    except NotImplementedError:
        root = copy.deepcopy(getattr(form, "root", form))
        root.attrib.pop("enctype", None)
        return form2request(root, data, click=False)


def _outside_comments(links: list[Link]) -> list[Link]:
    return [link for link in links if not link.in_comments]


def _last_segment(url: str) -> str:
    """The last segment of an address's path ("hoat-dong.html" of "/vi/tin-tuc/hoat-dong.html")."""
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


#: how many path steps a canonical naming a section above the page leaves out ("/news/post/<slug>/"
#: naming "/news/"): more than a page's own variants do ("/<slug>/print/" naming "/<slug>/")
_SECTION_CANONICAL_STEPS = 2


#: the home page's own pages as a static blog numbers them ("/page2/", "/page/3/": Jekyll's paginate_path)
_HOME_PAGE_N = re.compile(r"^/page/?\d+/?$")


def _section_canonical(canonical: str, url: str) -> bool:
    """A canonical naming a section the page sits under, two steps up or more, with no query (a
    template printing its section's address as every post's canonical, GetSimple's News Manager):
    no address of this page. Followed, it would leave the post unread until the section's page
    answered (and lost, the section being a list)."""
    canon, here = urlsplit(canonical), urlsplit(url)
    if canon.query or canon.netloc.lower() != here.netloc.lower():
        return False
    canon_steps = [p for p in canon.path.split("/") if p]
    here_steps = [p for p in here.path.split("/") if p]
    return len(here_steps) - len(canon_steps) >= _SECTION_CANONICAL_STEPS and here_steps[: len(canon_steps)] == canon_steps


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
        self.portal_id = self.config.name if portal else portal_id_for(self.start_urls[0])
        self.scope = Scope.for_start(self.start_urls, self.config.allowed_hosts, self.config.path_prefix or None)
        self.requested: set[str] = set()  # request keys (crawler.navigation.families.request_key)
        self.article_urls = UrlSet()  # canonical URLs of article links found
        self.non_articles = UrlSet()
        #: the addresses non-article pages name as their own (rel=canonical), read under another
        #: (AEM's long "/content/<site>/…" form linked, its short form in the sitemap): a request
        #: queued for one of them is not sent (crawler.middlewares.ScopeMiddleware)
        self.named_pages = UrlSet()
        self.fingerprints: set[bytes] = set()
        #: per list (its address without the page number), the sets of entries its pages showed
        self.list_pages_shown: dict[tuple[str, str], set[frozenset[str]]] = {}
        #: per article fingerprint, the address it was first read at and the digest of the fields
        #: a variant address must agree on
        self.first_reads: dict[bytes, tuple[str, str]] = {}
        self.titles_read: set[str] = set()  # folded titles of the articles read (see _article_item)
        #: query parameters learned redundant (or found to matter) per path, by probing variants
        self.variants = RedundantParams()
        #: probes sent per (path, parameter) still undecided
        self.variant_probes: Counter[tuple[str, str]] = Counter()
        self.probes_sent: dict[str, tuple[str, list[tuple[str, str]]]] = {}
        self.families = Families()
        self.postbacks: set[tuple] = set()
        self.pager_forms: set[tuple] = set()  # (list, method, fields) of the pager forms submitted
        #: script pagers learned from the portal's scripts (crawler.navigation.scripts), the script
        #: files asked for, and the pagers' calls waiting for a script file to say where they lead
        self.script_pagers: dict[str, ScriptPager] = {}
        self.script_files: set[str] = set()
        #: the script files of pages that load their lists by script: where the pager functions
        #: of the loaded lists (HTML fragments naming no script of their own) are defined
        self.site_scripts: list[str] = []
        self.waiting_calls: list[tuple[str, ScriptCall, dict[str, Any], dict[str, str]]] = []
        self.listing_dates: UrlMap[str] = UrlMap()  # dates printed beside article links
        self.feed_dates: UrlMap[str] = UrlMap()  # entry dates of feeds and sitemaps (machine data)
        self.deferred: dict[str, tuple[Link, int, dict[str, Any]]] = {}
        self.pending: dict[str, tuple[ArticleItem, bytes, str]] = {}  # items waiting for their readable URL
        #: pages naming as their own a canonical address asked for but not yet answered, by that
        #: address's key: (the page's URL, its request's hints and key)
        self.awaiting_canonical: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        #: the keys of the pages read as articles and of the addresses articles went out under,
        #: and of the files answered: a canonical address answered so stands for the pages naming
        #: it (an article's print view, a document's view page), which are not read again
        self.standing_for_variants: set[str] = set()
        self.unproductive: dict[tuple[str, str], int] = {}
        self.failed_pages: list[dict[str, str]] = []
        self.sitemaps_read: set[str] = set()
        self.probed_platform = False
        self.channels: dict[str, dict[str, int]] = {}  # channel -> {"documents": n, "candidates": n}
        self.state = None  # set by the state pipeline (incremental runs)
        #: the portal's committed URLs and aliases, read once: a run commits only when it ends
        #: (and recovery runs before the spider starts), so the set holds for the whole run and
        #: spares the store two queries for every link it has never seen
        self._committed_urls: set[str] | None = None
        self._first_crawl: bool | None = None  # no article of this portal known: page to the end

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
        spider.families = Families(patience=settings.getint("PORTAL_FAMILY_PATIENCE", 20))
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

    def _stat(self, key: str, n: int = 1) -> None:
        if getattr(self, "crawler", None) and self.crawler.stats:
            self.crawler.stats.inc_value(f"portal/{key}", n)

    def _channel(self, name: str, what: str, n: int = 1) -> None:
        self.channels.setdefault(name, {}).setdefault(what, 0)
        self.channels[name][what] += n
        self._stat(f"channels/{name}/{what}", n)

    # --- start ------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls:
            self.requested.add(request_key(url))
            yield Request(url, callback=self.parse_page, errback=self.on_error, meta=PageHints(channel="start").to_meta(), dont_filter=True)
        if self._setting("PORTAL_DISCOVERY_CHANNELS", True) in (True, "True", "true", "1", 1):
            roots = dict.fromkeys(f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in self.start_urls)
            for root in roots:
                yield Request(f"{root}/robots.txt", callback=self.parse_robots, errback=self.on_probe_error, priority=PRIORITY_PROBE,
                              meta={"probe": "robots", "dont_obey_robotstxt": True, "root": root}, dont_filter=True)  # fmt: skip

    # --- discovery channels -------------------------------------------------------------------

    def _probe(self, url: str, kind: str, depth: int = 0) -> Request | None:
        """A request for a sitemap or feed (read once; bounded in number and nesting)."""
        key = canonicalize_url(url)
        if key in self.sitemaps_read or len(self.sitemaps_read) >= MAX_SITEMAPS or depth > MAX_SITEMAP_DEPTH:
            return None
        if self.scope.check(url, pages=False):
            self._stat("channels/offsite_document")
            return None
        self.sitemaps_read.add(key)
        return Request(url, callback=self.parse_channel, errback=self.on_probe_error, priority=PRIORITY_PROBE,
                       meta={"probe": kind, "channel_depth": depth}, dont_filter=True)  # fmt: skip

    def parse_robots(self, response: Response) -> Iterator[Request]:
        found = channels.sitemaps_in_robots(response.body, response.url) if response.status == 200 else []
        self._channel("robots", "sitemaps", len(found))
        if not found:
            found = channels.guesses(response.meta["root"] + "/", None)
        for url in found:
            req = self._probe(url, "sitemap")
            if req is not None:
                yield req

    def on_probe_error(self, failure: Any) -> Iterator[Request]:
        """A discovery document that is missing is normal (most portals have no sitemap): counted,
        never a failed page."""
        request = failure.request
        kind = request.meta.get("probe", "probe")
        self._stat(f"channels/{kind}/missing")
        if kind == "robots":
            for url in channels.guesses(request.meta["root"] + "/", None):
                req = self._probe(url, "sitemap")
                if req is not None:
                    yield req

    def parse_channel(self, response: Response) -> Iterator[Request]:
        body = channels.unpack(response.body)
        kind = channels.sniff(body)
        depth = response.meta.get("channel_depth", 0)
        if kind == "sitemap":
            children, pages = channels.read_sitemap(body, response.url)
            self._channel("sitemap", "documents")
            self._channel("sitemap", "candidates", len(pages))
            for child in children:
                req = self._probe(child, "sitemap", depth + 1)
                if req is not None:
                    yield req
            for cand in pages:
                self._candidate(cand)
        elif kind == "feed":
            ctype = response.headers.get("Content-Type", b"").decode("latin-1")
            entries = channels.read_feed(body, response.url, ctype)
            self._channel("feed", "documents")
            self._channel("feed", "candidates", len(entries))
            for cand in entries:
                self._candidate(cand)
        else:
            self._stat(f"channels/{response.meta.get('probe', 'probe')}/not_a_sitemap_or_feed")

    def _candidate(self, cand: channels.Candidate) -> None:
        """A sitemap or feed entry: a candidate for an article page, fetched when the walk is idle
        (scope and trap rules apply as to any link; the page decides what it is)."""
        link = Link(cand.url, cand.title or "", date=cand.date)
        meta = PageHints(listing_date=cand.date, as_article=True, channel=cand.channel, nav_depth=1).to_meta()
        if cand.lastmod:
            meta["lastmod"] = cand.lastmod
        self._follow_article(link, PRIORITY_ARTICLE - 5, meta, defer=True)

    def _platform_probes(self, response: Response, plan: PagePlan) -> Iterator[Request]:
        """Once, on the first start page: the feeds it announces, and its platform's usual
        sitemap and feed addresses."""
        if self.probed_platform or self._setting("PORTAL_DISCOVERY_CHANNELS", True) not in (True, "True", "true", "1", 1):
            return
        self.probed_platform = True
        platform = channels.platform_of(response.text if isinstance(response, TextResponse) else "")
        if platform:
            self._stat(f"channels/platform/{platform}")
        root = f"{urlsplit(response.url).scheme}://{urlsplit(response.url).netloc}/"
        wanted = list(plan.feeds)
        if platform:
            wanted += channels.guesses(root, platform)[1:]  # "/sitemap.xml" came with robots.txt
        for url in wanted:
            req = self._probe(url, "feed" if url in plan.feeds else "guess")
            if req is not None:
                yield req

    # --- requests ---------------------------------------------------------------------------

    def _allowed(self, url: str, article: bool = False) -> bool:
        reason = self.scope.check(url)
        if reason:
            self._stat(f"links/{reason}")
            if reason.startswith("offsite_"):
                self.logger.warning("not following %s: it points at a %s address", url, reason.removeprefix("offsite_"))
            return False
        if is_trap(url) or any(p.search(url) for p in self.config.exclude_patterns):
            self._stat("links/trap")
            return False
        if not self.families.allows(url, article=article):
            self._stat("links/family_frozen")
            return False
        return True

    def _key(self, link: Link, source: str = "") -> str:
        """The link's request key; "next"/"previous" pager words are relative to their page."""
        label = fold(link.text)
        relative = is_pager_text(link.text) and not label.isdigit()
        return request_key(link.url, label, source, absolute_label=not relative)

    def _follow(self, url: str, priority: int, meta: dict[str, Any], key: str | None = None, menu: bool = False) -> Request | None:
        if menu:
            # (a single-script site's sections are menu items at one path: kept in the request for
            # the downloader's second look, crawler.middlewares)
            meta = {**meta, "menu_item": True}
        if not self._allowed(url, article=passes_frozen_variants(meta)):
            return None
        key = key or request_key(url)
        if key in self.requested:
            return None
        alias = self.variants.without_learned(url)  # the address without parameters that change nothing
        if alias is not None and alias in self.requested:
            self._stat("variants/redundant_param_skipped")
            self.requested.add(key)
            return None
        slugless = slugless_alias(url)  # "?r=187" for "?r=187-Hoi-nghi": one page
        if slugless is not None and slugless in self.requested:
            self._stat("variants/slug_twin_skipped")
            self.requested.add(key)
            return None
        self.requested.add(key)
        if alias is not None:
            self.requested.add(alias)
        if slugless is not None:
            self.requested.add(slugless)
        self.variants.add(url)
        return Request(url, callback=self.parse_page, errback=self.on_error, priority=priority, meta={**meta, "request_key": key})

    def on_error(self, failure: Any) -> None:
        request = failure.request
        # a canonical address some page named that failed: one that is gone (404, 410) leaves the
        # page a view of no public page (an editor's preview of a draft), dropped as before it
        # answered; a server's error or a time-out is no answer, and the page is read under its own
        keys = {canonicalize_url(request.url), request.meta.get("request_key")}
        if self.awaiting_canonical and keys & self.awaiting_canonical.keys():
            gone = getattr(getattr(failure.value, "response", None), "status", None) in (404, 410)
            for release in self._release_awaiting(keys, stood_for=gone):
                self.crawler.engine.crawl(release)
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
        yield from self._read_page(response)
        keys = {canonicalize_url(response.url), response.meta.get("request_key")}
        if self.awaiting_canonical and keys & self.awaiting_canonical.keys():
            yield from self._release_awaiting(keys, stood_for=bool(keys & self.standing_for_variants))

    def _release_awaiting(self, keys: set[str | None], stood_for: bool) -> Iterator[Request]:
        """The pages that named one of ``keys`` as their canonical address, now it has answered
        (or failed, or will never be fetched). ``stood_for``: an article, a file or a page gone
        answered there, which stands for them, and they are dropped; anything else (a list, a
        server's error, a redirect to the home page) is no address of theirs, and each is read
        again under its own. (Dropping them all, while a canonical answered first as a list had
        its pages read under their own addresses, lost them by the order of fetching.)"""
        for key in keys:
            for url, meta in self.awaiting_canonical.pop(key or "", ()):
                if stood_for:
                    self._stat("variants/skipped")
                    continue
                self._stat("variants/canonical_not_an_article")
                self.logger.debug("%s: its canonical address %s is no article; read under its own", url, key)
                yield Request(url, callback=self.parse_page, errback=self.on_error, priority=PRIORITY_ARTICLE,
                              meta={**meta, "own_address": True}, dont_filter=True)  # fmt: skip

    def _wait_for_canonical(self, canon_key: str, response: Response) -> None:
        hints = PageHints.from_meta(response.meta).to_meta()
        key = response.meta.get("request_key") or canonicalize_url(response.url)
        self.awaiting_canonical.setdefault(canon_key, []).append((response.url, {**hints, "request_key": key}))

    def _read_page(self, response: Response) -> Iterator[Any]:
        if response.status == 304:
            self._stat("not_modified")
            known = self._known(response.url)
            if known is not None:
                self.state.touch(self.portal_id, known.canonical_url)
            return
        if not self._is_html(response):
            # (a file named as a page's canonical address: that page is the file's view)
            self.standing_for_variants.update((canonicalize_url(response.url), response.meta.get("request_key") or ""))
            return
        meta = response.meta
        hints = PageHints.from_meta(meta)
        self._stat("pages")
        here = canonicalize_url(response.url)
        if meta.get("redirect_urls"):
            # the address a redirect led to is requested too: a link to it later (the logo's to the
            # home page the start URL redirected to) asks for nothing new
            self.requested.add(request_key(response.url))
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        body = response.body
        if looks_like_json(body, content_type):
            # a listing's page a data source answers in JSON (a widget's server paging): read as
            # the HTML list of its entries
            listing = json_listing(body, response.url)
            if listing is None:
                self._stat("skipped/json_without_entries")
                return
            self._stat("pages/json_listing")
            body, content_type = listing.encode("utf-8"), "text/html; charset=utf-8"
        if len(body) > int(self._setting("PORTAL_MAX_ARTICLE_BYTES", 3_000_000)):
            # no article page carries megabytes of markup; reading it would stall the crawl for
            # seconds (extraction runs in the reactor thread), so it only serves as a link source
            self._stat("skipped/too_large_for_an_article")
            self.logger.info("%s: %d bytes, too large for an article page; following its links only", response.url, len(response.body))
            parsed = parse(response.body, response.url, content_type, check_legacy=False)
            self.non_articles.add(here)
            yield from self._follow_sections(extract_links(parsed.tree, response.url).links, hints, meta.get("request_key", here))
            return
        parsed = parse(body, response.url, content_type)
        if parsed.repair:  # TCVN3/VNI text converted, or UTF-8 with stray code-page bytes read
            self._stat(f"encoding/{parsed.repair}")
        try:
            plan = plan_page(parsed, hints, self.config)
        except Exception as exc:  # one page the reading fails on never stops the crawl
            # (a page whose markup breaks a rule of the reading: one line in the log and the run
            # stats, the page's links still followed; the bug is ours, the run goes on)
            self._stat("extract_failed")
            self.record_failure(response.url, f"could not read the page ({type(exc).__name__}: {exc})"[:300])
            self.non_articles.add(here)
            yield from self._follow_sections(extract_links(parsed.tree, response.url).links, hints, meta.get("request_key", here))
            return
        raw = plan.raw
        # the most precise date a listing showed for this article, under the URL linked or the one reached
        requested = canonicalize_url(response.request.url) if response.request else here
        # (and under the address the page names as its own: one article linked as "/w/<slug>" from a
        # side list printing the day, and at its canonical address from its category's list
        # printing the day and the time)
        own = canonicalize_url(raw["canonical_url"]) if raw.get("canonical_url") else None
        dates = [
            d for d in (self.listing_dates.get(meta.get("request_key") or requested), self.listing_dates.get(requested),
                        self.listing_dates.get(here), self.listing_dates.get(own) if own else None) if d
        ]  # fmt: skip
        fed = self.feed_dates.get(requested) or self.feed_dates.get(here)
        if hints.listing_date and hints.channel in ("feed", "sitemap"):
            fed = fed or hints.listing_date
        elif hints.listing_date:
            dates.append(hints.listing_date)  # (what the request carried: the readable form's first key's)
        # the first date found, or one giving that same day with its time
        listed = next((d for d in dates if "T" in d and d[:10] == dates[0][:10]), dates[0]) if dates else None
        raw["listing_date"] = listed
        if fed:
            # a feed's or sitemap's timestamp is machine data like a meta tag, not a printed date
            raw["date_candidates"].append({"source": "feed", "value": fed})
        self._stat(f"kind/{plan.kind}")
        self.logger.debug("%s: %s (%s)", response.url, plan.kind, plan.reason)
        self._stat(f"kind_reason/{plan.reason}")
        if hints.channel == "start":
            yield from self._platform_probes(response, plan)
            if not self.config.path_prefix and (wider := self.scope.past_start_page(response.url, (lk.url for lk in plan.links.links))):
                self.logger.info(
                    "the start page %s links its site's pages outside %s: the crawl follows %s",
                    response.url, self.scope.path_prefix, wider.path_prefix or "the whole host",
                )  # fmt: skip
                self.scope = wider
                self._stat("scope/widened_past_start_page")
        source = meta.get("request_key", here)
        first_url = (meta.get("redirect_urls") or [response.request.url if response.request else response.url])[0]
        probe = self.probes_sent.pop(canonicalize_url(first_url), None)
        if probe is not None:
            self._probe_answered(probe, plan)
        if plan.kind == "article":
            self.standing_for_variants.update((here, meta.get("request_key") or here))
        if plan.kind == "article" and plan.fingerprint not in self.first_reads:
            self.first_reads[plan.fingerprint] = (response.url, _record_digest(raw))
        if plan.fingerprint in self.fingerprints:
            # the same page under another URL (session or state blobs, print variants): not
            # expanded again, and its article is not emitted twice
            self._stat("pages/duplicate")
            if self._record_family(response, productive=False):
                self._froze(response.url)
            return
        pending = self.pending.pop(meta["readable_for"], None) if meta.get("readable_for") else None
        if pending is not None and not (plan.kind == "article" and plan.fingerprint == pending[1]):
            yield from self._emit(*pending)  # the readable form is another page: keep the first URL
        if plan.kind == "article" and raw.get("_later_part"):
            # page 2 of an article printed over several pages, reached on its own: its text goes
            # into the record of page 1, which its pager links
            self._stat("pages/article_later_part")
            self.logger.debug("%s: a later page of a multi-page article; joined to its first page", response.url)
            self._defer_related(plan.article_links + plan.entries, hints, source)
            yield from self._follow_sections(plan.other_links, hints, source)
            return
        if plan.kind == "article":
            self.families.note_article(response.url)
            item = self._article_item(raw, response, here)
            if item is None:
                return  # a variant of an article whose canonical URL is fetched instead
            part = self._part_request(item, raw.get("_next_part"), response.url, plan.fingerprint, [here], raw.get("_part_urls", ()))
            # (an article's readers' comments link their own pages: a commenter's site, the
            # forum thread the comments live in, which repeats the article; not the site's news)
            self._defer_related(_outside_comments(plan.article_links + plan.entries), hints, source)
            yield from self._follow_sections(_outside_comments(plan.other_links), hints, source)
            if part is not None:
                # the item waits for the rest of its text; meanwhile a copy of this page under
                # another address is a duplicate (not a second article waiting for its pages)
                self.fingerprints.add(plan.fingerprint)
                yield part
                return
            readable = self._readable_request(item, response, plan.fingerprint)
            if readable is not None:
                yield readable  # the item waits for the page at its readable address
                return
            yield from self._emit(item, plan.fingerprint, response.url)
            return
        self.fingerprints.add(plan.fingerprint)
        self.non_articles.add(here)
        self._name_page(raw.get("canonical_url"), response.url, here)
        frame = self._article_frame(plan, hints, here)
        if frame is not None:
            yield frame
        productive = False
        register = plan.reason in REGISTER_REASONS
        if any(lk.via == "script_list" for lk in plan.links.links):
            self.site_scripts.extend(u for u in plan.links.script_files if u not in self.site_scripts)
        fresh = False
        if plan.kind == "listing":
            # (a register's entry listing its other entries, "Văn bản khác", finds only more of them)
            productive = bool(plan.entries) and not register
            # (a list's page whose entries were all asked for already finds nothing: a facet of a
            # filtered list repeating another's, counted so for its path's query variants)
            fresh = productive and any(self._key(lk) not in self.requested for lk in plan.entries)
            yield from self._follow_from_listing(response, plan, hints, source)
        elif plan.reason == "home_page" and plan.pager_links:
            # the home page's own pager ("/page2/", "/page3/" under a blog's latest posts) read
            # as no list of entries: its pages are the blog's list all the same
            pmeta = PageHints(nav_depth=hints.nav_depth, paged=True, channel="listing").to_meta()
            for link in plan.pager_links:
                if not (differs_by_page(link.url, response.url) or _HOME_PAGE_N.match(urlsplit(link.url).path)):
                    continue  # (a widget's pager on the home page turns that widget's list)
                req = self._follow(link.url, PRIORITY_PAGER, pmeta, self._key(link, source))
                if req is not None:
                    self._stat("pagination/home_page_links")
                    yield req
        elif plan.reason == "section_headline":
            # a section's page listing no post of its own on page 1 (its notices all files and
            # other sites' links) whose "Xem thêm" form posts page 2, where its posts are
            pmeta = PageHints(nav_depth=hints.nav_depth, paged=True, category=plan.raw.get("category") or hints.category, channel="listing").to_meta()
            yield from self._pager_forms(response, pmeta)
        if not (hints.paged and plan.kind != "listing"):
            self._defer_related(plan.article_links, hints, source)
        yield from self._entry_postbacks(response, plan, hints)
        yield from self._follow_sections(plan.other_links, hints, source)
        if self._record_family(response, productive=productive, register=register, fresh=fresh):
            self._froze(response.url)

    def _name_page(self, canonical: str | None, url: str, here: str) -> None:
        """Remember the address a non-article page names as its own, when it is the same page
        under another form of its address (the same last path segment: AEM's long and short
        forms, a vendor's two prefixes). A page naming another ("canonical" to the home page or
        to its parent section on every page of a misconfigured site, a listing's later page
        naming its first) is not that page: not named."""
        if not canonical:
            return
        key = canonicalize_url(canonical)
        if key == here or self.scope.check(canonical) is not None or differs_by_page(url, canonical):
            return
        if _last_segment(canonical) and _last_segment(canonical) == _last_segment(url):
            self.named_pages.add(key)

    def _article_frame(self, plan: PagePlan, hints: PageHints, here: str) -> Request | None:
        """An article page reached from a listing that shows its text in a frame of its own
        ("XemTin.aspx?id=245" holding <iframe src="NoiDungTin.aspx?id=245">, an old vendor's
        school site): the frame's document is the article, with what the listing said of the
        page (its category, its date) carried over. Only one frame of the site's own host."""
        frame = article_frame(plan) if hints.as_article else None
        if frame is None:
            return None
        self._stat("pages/article_frame")
        listed = self.listing_dates.get(here) or hints.listing_date
        # (the outer page names the category, in its trail around the frame)
        meta = PageHints(listing_date=listed, as_article=True, category=plan.raw.get("category") or hints.category, nav_depth=hints.nav_depth, channel=hints.channel).to_meta()
        return self._follow(frame, PRIORITY_ARTICLE + 1, meta)

    # --- articles printed over several pages -------------------------------------------------

    def _part_request(self, item: ArticleItem, next_url: str | None, first_url: str, fingerprint: bytes, seen: list[str], part_urls: Iterable[str] = ()) -> Request | None:
        """The request for an article's next page (crawler.extract.multipage), carrying the item
        so far; None when there is none to fetch."""
        if not next_url or len(seen) >= MAX_ARTICLE_PARTS or self.scope.check(next_url) or is_trap(next_url):
            return None
        key = canonicalize_url(next_url)
        if key in seen:
            return None
        # the article's pages are fetched by this join: its table of contents and pager links to
        # them are not followed as pages of their own (each was read twice)
        self.requested.update(request_key(u) for u in (next_url, *part_urls))
        return Request(next_url, callback=self.parse_part, errback=self.on_part_error, priority=PRIORITY_ARTICLE + 1, dont_filter=True,
                       meta={"part_of": (item, fingerprint, first_url), "parts_seen": [*seen, key]})  # fmt: skip

    def parse_part(self, response: Response) -> Iterator[Any]:
        """A later page of a multi-page article: its text is appended to the item, then the next
        page is fetched or the item goes out."""
        item, fingerprint, first_url = response.meta["part_of"]
        if self._is_html(response):
            self._stat("pages")
            content_type = response.headers.get("Content-Type", b"").decode("latin-1")
            parsed = parse(response.body, response.url, content_type)
            plan = plan_page(parsed, PageHints(), self.config)
            if join_part(item, plan.raw):
                self.fingerprints.add(plan.fingerprint)
                self._stat("articles/parts_joined")
                part = self._part_request(item, plan.raw.get("_next_part"), first_url, fingerprint, response.meta["parts_seen"], plan.raw.get("_part_urls", ()))
                if part is not None:
                    yield part
                    return
            else:
                self._stat("articles/parts_refused")  # the "next page" repeated the text: not the article's
                self.logger.info("%s: linked as the next page of %s but repeats its text; not joined", response.url, first_url)
                yield from self._emit(item, fingerprint, first_url)
                # links to it were not followed while it was taken for a page of the article:
                # read now as the page it is
                yield from self.parse_page(response)
                return
        yield from self._emit(item, fingerprint, first_url)

    def on_part_error(self, failure: Any) -> Iterator[ArticleItem]:
        """The next page of an article failed: the article goes out with the pages it has."""
        self._stat("articles/parts_missing")
        request = failure.request
        self.logger.warning("%s: a page of a multi-page article failed (%s); the article keeps the pages before it", request.url, failure.getErrorMessage())
        item, fingerprint, first_url = request.meta["part_of"]
        yield from self._emit(item, fingerprint, first_url)

    def _emit(self, item: ArticleItem, fingerprint: bytes, url: str) -> Iterator[ArticleItem]:
        self.fingerprints.add(fingerprint)
        self.families.record(url, productive=True)
        yield item

    def _record_family(self, response: Response, productive: bool, register: bool = False, fresh: bool | None = None) -> bool:
        """Count the page in its URL's family, and in the requested URL's when a redirect moved it
        (a login link redirects every page's variant to one login page). ``fresh``: the page found
        something not yet asked for (its path's query variants count that, not mere entries)."""
        froze = self.families.record(response.url, productive=productive, register=register, fresh=fresh)
        asked = (response.meta.get("redirect_urls") or [response.url])[0]
        if canonicalize_url(asked) != canonicalize_url(response.url):
            froze = self.families.record(asked, productive=productive, register=register, fresh=fresh) or froze
        return froze

    def _readable_request(self, item: ArticleItem, response: Response, fingerprint: bytes) -> Request | None:
        """An article at a URL full of portal state (WebSphere ``!ut/p/…``) with no rel=canonical:
        ask for the same address without the state. If the portal serves the same article there,
        that readable URL becomes the record's; otherwise the item goes out under the first URL."""
        if canonicalize_url(item["canonical_url"]) != canonicalize_url(response.url):
            return None  # the page named its canonical URL
        readable = readable_form(response.url)
        if not readable or self.scope.check(readable) or is_trap(readable):
            return None
        key = request_key(readable)
        if key in self.requested or key in self.non_articles:
            return None
        self.requested.add(key)
        self.pending[key] = (item, fingerprint, response.url)
        self._stat("variants/readable_form_tried")
        hints = PageHints.from_meta(response.meta).to_meta()
        if item.get("listing_date"):
            hints["listing_date"] = item["listing_date"]  # what the listings said of the page, under its first key
        return Request(readable, callback=self.parse_page, errback=self.on_readable_error, priority=PRIORITY_ARTICLE + 1,
                       meta={**hints, "request_key": key, "readable_for": key})  # fmt: skip

    def on_readable_error(self, failure: Any) -> Iterator[ArticleItem]:
        """The readable form of a state URL does not exist: the article keeps its first URL."""
        self._stat("variants/readable_form_missing")
        self.logger.debug("no readable form %s: %s", failure.request.url, failure.getErrorMessage())
        pending = self.pending.pop(failure.request.meta.get("readable_for"), None)
        if pending is not None:
            yield from self._emit(*pending)

    def _froze(self, url: str) -> None:
        self._stat("families/frozen")
        self.logger.info("%s: its URL family gave nothing new for a while; not fetching more of it", url)

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
        if raw.get("_copy_of") and fold(raw.get("title") or "") in self.titles_read:
            # a copy linking its original (a forum thread repeating a CMS article) whose article
            # this run has read already, under the address its lists link: not read again
            self._stat("variants/copy_of_read_article")
            return None
        # (the page asked for under its canonical's key is that page: "/bai-viet/index.html" is
        # the folder "/bai-viet/" its canonical names, families.request_key)
        own_address = bool(response.meta.get("own_address"))  # its canonical answered no article
        if not own_address and canon_key != here and canon_key != response.meta.get("request_key") and self.scope.check(canonical) is None and canon_key not in self.non_articles and not _section_canonical(canonical, response.url):
            if urlsplit(canonical).path not in ("", "/"):
                if canon_key in self.standing_for_variants:
                    self._stat("variants/skipped")
                    return None
                if canon_key not in self.requested:
                    self.requested.add(canon_key)
                    self._stat("variants/followed_canonical")
                    self.crawler.engine.crawl(Request(canonical, callback=self.parse_page, errback=self.on_error, priority=PRIORITY_ARTICLE, meta={**response.meta, "request_key": canon_key}))
                self._wait_for_canonical(canon_key, response)
                return None
        else:
            # (a canonical of this host outside the crawl's path, the network's main site naming
            # its copy on a school's subsite "/blog/…" from "/mnsonca/…": the page's own word on
            # where it lives, kept though not fetched; another host's is no address of this site)
            outside = self.scope.check(canonical)
            kept = outside == "outside_prefix" and not is_site_root(canonical)
            raw["canonical_url"] = here if own_address or canon_key in self.non_articles or (outside and not kept) or _section_canonical(canonical, response.url) else canonical
        item = ArticleItem(**{k: v for k, v in raw.items() if not k.startswith("_")})
        self.standing_for_variants.add(canonicalize_url(item.get("canonical_url") or here))  # (the address it goes out under)
        redirected = response.meta.get("redirect_urls") or []
        self.fetch_info[canonicalize_url(response.url)] = {
            "etag": (response.headers.get("ETag") or b"").decode("latin-1") or None,
            "last_modified": (response.headers.get("Last-Modified") or b"").decode("latin-1") or None,
            "aliases": [canonicalize_url(u) for u in redirected],
        }
        item["portal"] = self.portal_id
        self.titles_read.add(fold(item.get("title") or ""))
        if not item.get("category") and response.meta.get("category"):
            item["category"] = response.meta["category"]
        return item

    def _known(self, url: str) -> Any:
        """The state store's record of an article URL (None when new, or when state is off)."""
        if self.state is None:
            return None
        if self._committed_urls is None:
            self._committed_urls = self.state.known_urls(self.portal_id)
        key = canonicalize_url(url)
        if key not in self._committed_urls:
            return None
        return self.state.lookup_url(self.portal_id, key)

    def _follow_article(self, link: Link, priority: int, meta: dict[str, Any], defer: bool = False, source: str = "") -> tuple[Request | None, bool]:
        """A request for an article link (or None), and whether the link is new to this portal.

        ``defer``: links found outside a real listing (the home page, related-news lists, sitemaps
        and feeds) wait until the crawl is otherwise idle, so that the listing walk has given every
        article its listing date and category first; by then most of them are fetched already."""
        key = canonicalize_url(link.url)
        rkey = self._key(link, source)  # the page's identity (a state URL's changes on every view)
        if meta.get("channel") in ("feed", "sitemap"):
            if link.date and key not in self.feed_dates:
                self.feed_dates[key] = link.date  # machine data (see parse_page)
        elif link.date and (rkey not in self.listing_dates or ("T" in link.date and "T" not in self.listing_dates[rkey])):
            self.listing_dates[rkey] = link.date  # the most precise date any listing shows for it
        seen_in_run = key in self.article_urls
        self.article_urls.add(key)
        known = self._known(link.url)
        newer = False
        if known is not None:
            newer = bool(link.date and known.published_at and link.date[:10] > known.published_at[:10])
            # a sitemap says the page changed after this store last read it
            newer = newer or channels.modified_since(meta.get("lastmod"), known.last_seen)
            if self.mode == "incremental" and not newer:
                if not seen_in_run:
                    self._stat("links/known")
                return None, False
        is_new = newer or (known is None and not seen_in_run)
        if defer:
            if rkey not in self.requested and rkey not in self.deferred:
                self.deferred[rkey] = (link, priority, meta)
            return None, is_new
        return self._article_request(link, priority, meta, known, rkey), is_new

    def _article_request(self, link: Link, priority: int, meta: dict[str, Any], known: Any = None, key: str | None = None) -> Request | None:
        if known is None:
            return self._follow(link.url, priority, meta, key)
        headers = {}
        if known.etag:
            headers["If-None-Match"] = known.etag
        if known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        req = self._follow(link.url, priority, {**meta, "known": True, "handle_httpstatus_list": [304]}, key)
        if req is not None:
            req.headers.update(headers)
        return req

    def on_idle(self) -> None:
        """Release the deferred article links that the listing walk did not reach."""
        if self.awaiting_canonical:
            # canonical addresses that will never answer (asked for under another key, dropped as
            # a duplicate request): their pages are read under their own addresses
            for key in list(self.awaiting_canonical):
                for release in self._release_awaiting({key}, stood_for=key in self.standing_for_variants):
                    self.crawler.engine.crawl(release)
            raise DontCloseSpider("pages whose canonical address never answered released")
        released = 0
        held: dict[str, tuple[Link, int, dict[str, Any]]] = {}
        probing: Counter[tuple[str, str]] = Counter()
        released_now = RedundantParams()
        # the plainest addresses first (fewest parameters), in the order they were found
        waiting = sorted(reversed(list(self.deferred.items())), key=lambda item: item[1][0].url.count("&"))
        self.deferred.clear()
        for key, (link, priority, meta) in waiting:
            if key in self.requested:
                continue
            candidates = self.variants.varied_params(link.url)
            states = {self.variants.state_of(*c): c for c in candidates}
            if self._apart_from_released(link.url, released_now):
                held[key] = (link, priority, meta)  # the plainer address of the same page goes first
                continue
            if "redundant" in states:
                # one redundant parameter apart from an address requested: that page
                self._stat("variants/redundant_param_skipped")
                continue
            varied = states.get("unknown")
            if varied is not None and self.variant_probes[varied] >= MAX_VARIANT_PROBES:
                varied = None  # probes that never came back as pages (errors, redirects): fetched as links
            if varied is not None and probing[varied] >= VOTES_NEEDED:
                held[key] = (link, priority, meta)  # wait for the probes' answers
                continue
            probe = candidates if varied is not None else None
            meta = {**meta, "listing_date": self.listing_dates.get(key) or meta.get("listing_date")}
            if meta.get("channel") in ("feed", "sitemap"):
                # a page's own link first: a feed may name an article by another endpoint (Liferay's
                # bare "view_article_content" fragment), which would then be the first URL emitted
                priority -= 1
            req = self._article_request(link, priority, meta, self._known(link.url), key)
            if req is not None:
                self.crawler.engine.crawl(req)
                released += 1
                released_now.add(link.url)
                if probe is not None:
                    # (its answer is read by its address: a request's meta is copied into the
                    # requests its page leads to)
                    self.probes_sent[canonicalize_url(link.url)] = (link.url, probe)
                    probing[varied] += 1
                    self.variant_probes[varied] += 1
                    self._stat("variants/probes")
        self.deferred.update(held)
        if released:
            self._stat("links/deferred_fetched", released)
            raise DontCloseSpider("deferred article links released")
        if self.deferred:  # (every link held waits for a probe that was not sent: release them)
            for link, _, _ in self.deferred.values():
                for varied in self.variants.varied_params(link.url):
                    self.variant_probes[varied] = MAX_VARIANT_PROBES
            self.on_idle()

    def _apart_from_released(self, url: str, released_now: RedundantParams) -> bool:
        """One parameter apart from a link released in this round by a parameter that may leave
        the page the same (not known to name other pages)."""
        return any(self.variants.state_of(*c) != "distinct" for c in released_now.varied_params(url))

    def _probe_answered(self, probe: tuple[str, list[tuple[str, str]]], plan: PagePlan) -> None:
        """A suspected variant came back: the same page, with the same fields, as the address it
        is one parameter apart from, or another page (crawler.navigation.variants)."""
        url, candidates = probe
        first_read = self.first_reads.get(plan.fingerprint)
        if plan.fingerprint not in self.fingerprints or first_read is None:
            for path, name in candidates:  # another page: each parameter it was apart by changed it
                self.variants.observe(path, name, same_page=False)
            return
        first, digest = first_read
        varied = param_between(url, first)
        if varied is None:
            return  # the same page as an address more than one parameter apart: says nothing
        same = digest == _record_digest(plan.raw)
        path, name = varied
        if not same and self.variants.state_of(path, name) == "unknown":
            self._stat("variants/refiling_params_found")
            self.logger.info("the parameter %r of %s files the same page under other fields (its category): links that differ by it are fetched, and the address read first names the record", name, path)
        if self.variants.observe(*varied, same_page=True, same_fields=same):
            self._stat("variants/redundant_params_learned")
            self.logger.info("the parameter %r of %s changes nothing on its pages: links that differ only by it are not fetched", name, path)
            for key in list(self.requested):
                alias = self.variants.without_learned(key) if key.startswith(path) else None
                if alias is not None:
                    self.requested.add(alias)

    def _defer_related(self, links: list[Link], hints: PageHints, source: str) -> None:
        """Article-like links outside a listing's entries (related news, home page teasers, side
        lists) lead to more articles, found even where listings fail; they wait for the idle crawl
        (see _follow_article)."""
        if hints.nav_depth >= self.max_nav_depth + 2:
            return
        meta = PageHints(nav_depth=hints.nav_depth + 1, category=hints.category, as_article=True, channel="related").to_meta()
        for link in links:
            if link.in_menu:
                continue
            self._follow_article(link, PRIORITY_ARTICLE - 5, meta, defer=True, source=source)

    def _follow_from_listing(self, response: Response, plan: PagePlan, hints: PageHints, source: str) -> Iterator[Request]:
        if plan.raw.get("_discussion_list"):
            # the topics of a forum for members' talk ("Góc học viên"): discussions, not news
            # (crawler/plan.py); neither they nor the list's later pages are read
            self._stat("links/discussion_forum_skipped", len(plan.entries))
            return
        category = plan.raw.get("category") or hints.category
        depth = hints.nav_depth
        new = 0
        for link in plan.entries:
            if self.since and link.date and link.date[:10] < self.since.isoformat():
                self._stat("links/older_than_since")
                self.article_urls.add(canonicalize_url(link.url))
                continue
            meta = PageHints(nav_depth=depth + 1, listing_date=link.date, category=category, as_article=True, channel="listing").to_meta()
            req, is_new = self._follow_article(link, PRIORITY_ARTICLE, meta, defer=depth == 0, source=source)
            new += is_new
            if req is not None:
                yield req
        if hints.paged and self._repeats_a_page(response.url, [*plan.entries, *plan.article_links]):
            # a list's page past its end that shows one of its pages again ("?page=6" answering
            # page 3's posts, its pager "1 2 3 4 5 … Sau »" always leading on): the list ends here
            self._stat("pagination/repeated_page")
            return
        if not self._pages_listings_to_the_end():
            # a scheduled run stops paging a listing once it brings nothing new (plus a few pages
            # for late insertions); a first or full crawl pages every listing to its end
            chain = page_key(response.url)
            self.unproductive[chain] = 0 if new else self.unproductive.get(chain, 0) + 1
            if self.unproductive[chain] >= int(self._setting("PORTAL_INCREMENTAL_EXTRA_PAGES", 1)) + 1:
                self._stat("pagination/stopped_unproductive")
                return
        pmeta = PageHints(nav_depth=depth, paged=True, category=category, channel="listing").to_meta()
        if new and not plan.pager_links and (nxt := next_slice(response.url)) is not None:
            # a slice a load-more button fetched ("?skip=6&take=6") that brought new entries: its
            # script asks for the next one after it ("?skip=12&take=6") until one comes back empty
            req = self._follow(nxt, PRIORITY_PAGER, pmeta)
            if req is not None:
                self._stat("pagination/next_slice")
                yield req
        for link in plan.pager_links:
            req = self._follow(link.url, PRIORITY_DATE_ARCHIVE if is_date_archive(link.url) else PRIORITY_PAGER, pmeta, self._key(link, source))
            if req is not None:
                self._stat("pagination/links")
                yield req
        yield from self._postbacks(response, plan, pmeta)
        yield from self._pager_forms(response, pmeta)
        yield from self._script_pages(response.url, plan, pmeta)

    def _pager_forms(self, response: Response, pmeta: dict[str, Any]) -> Iterator[Request]:
        """A pager drawn as a form: a page-number field and a button saying a page ("<form
        method=post><input type=hidden name=trang value=2><button>Trang sau »</button>"), that a
        reader submits. Only the submitted form reaches the page (a GET of its address answers
        page 1 again); each page's own form names the next."""
        if not isinstance(response, TextResponse) or b"<form" not in response.body:
            return
        for form in response.xpath("//form[not(.//input[@name='__VIEWSTATE'])]"):
            buttons = form.xpath(".//button | .//input[@type='submit' or @type='image']")
            labels = [clean_line(" ".join(b.xpath(".//text()").getall()) or b.attrib.get("value", "")) for b in buttons]
            fields = {f.attrib.get("name", ""): f.attrib.get("value", "") for f in form.xpath(".//input[@type='hidden' and @name]")}
            numbers = [v for k, v in fields.items() if is_page_param(k) and v.strip().isdigit()]
            # (or a load-more button over the list: "Xem thêm" posting the next page's number)
            if len(buttons) != 1 or not labels or not (is_pager_text(labels[0]) or is_load_more_text(labels[0])) or len(numbers) != 1:
                continue
            action = response.urljoin(form.attrib.get("action") or response.url)
            key = (page_key(action), (form.attrib.get("method") or "get").lower(), tuple(sorted(fields.items())))
            if key in self.pager_forms or not self._allowed(action):
                continue
            self.pager_forms.add(key)
            req = _form_request(form, {}).to_scrapy(
                callback=self.parse_page, errback=self.on_error, dont_filter=True, priority=PRIORITY_PAGER, meta={**pmeta, "pager_form": numbers[0]}
            )
            self._stat("pagination/pager_forms")
            yield req

    def _script_pages(self, here: str, plan: PagePlan, pmeta: dict[str, Any]) -> Iterator[Request]:
        """A pager whose links only call a script ("LoadList(12, 2)"): the address each call
        loads, read from the function's source (the page's inline script, else its script files,
        fetched once each), as a browser would load it into the page."""
        calls = plan.links.script_calls
        if not calls:
            return
        self.script_pagers.update(plan.links.inline_pagers)
        unknown = False
        for call in calls:
            pager = pager_for(self.script_pagers, call)
            if pager is None:
                self.waiting_calls.append((here, call, pmeta, plan.links.page_vars))
                unknown = True
                continue
            yield from self._script_page(pager, call, here, pmeta, plan.links.page_vars)
        if unknown:
            for url in plan.links.script_files or self.site_scripts:
                if url in self.script_files or not self._allowed(url) or len(self.script_files) >= MAX_SCRIPT_FILES:
                    continue
                self.script_files.add(url)
                self._stat("pagination/script_files")
                yield Request(url, callback=self.parse_script, errback=self.on_error, priority=PRIORITY_PAGER, meta={"request_key": request_key(url)})

    def _script_page(self, pager: ScriptPager, call: ScriptCall, here: str, pmeta: dict[str, Any], page_vars: dict[str, str]) -> Iterator[Request]:
        url = pager.url(call.args, here, page_vars)
        req = self._follow(url, PRIORITY_PAGER, pmeta) if url else None
        if req is not None:
            self._stat("pagination/script_pages")
            yield req

    def parse_script(self, response: Response) -> Iterator[Request]:
        """A script file of the portal: the pager functions it defines, and the pages that the
        calls waiting for them load."""
        text = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        self.script_pagers.update(script_pagers(text))
        self.script_pagers.update(bound_pagers(text))
        waiting, self.waiting_calls = self.waiting_calls, []
        for here, call, pmeta, page_vars in waiting:
            pager = pager_for(self.script_pagers, call)
            if pager is None:
                self.waiting_calls.append((here, call, pmeta, page_vars))
                continue
            yield from self._script_page(pager, call, here, pmeta, page_vars)

    def _repeats_a_page(self, url: str, entries: list[Link]) -> bool:
        """The list's entries on this page are those of a page of the same list read before.
        (``entries`` with the page's other article links: a list whose posts show whole, each
        linked only by its read-more, may have its side box's headlines read as its entries, the
        same on every page; the read-more links tell its pages apart.)"""
        shown = frozenset(canonicalize_url(link.url) for link in entries)
        if not shown:
            return False
        seen = self.list_pages_shown.setdefault(page_key(url), set())
        if shown in seen:
            return True
        seen.add(shown)
        return False

    def _pages_listings_to_the_end(self) -> bool:
        """A first crawl (no article of this portal known yet) or a full one pages every listing
        to its end; only an incremental run after an earlier one stops at what it knows."""
        if self.mode != "incremental" or self.state is None:
            return True
        if self._first_crawl is None:
            self._first_crawl = self.state.count(self.portal_id) == 0
        return self._first_crawl

    def _postbacks(self, response: Response, plan: PagePlan, pmeta: dict[str, Any]) -> Iterator[Request]:
        """ASP.NET pagers: ``__doPostBack(target, argument)`` submits the page's form; only a POST reaches page 2."""
        if not plan.postbacks or not isinstance(response, TextResponse):
            return
        chain = page_key(response.url)
        here_sig = hashlib.sha1("|".join(sorted(canonicalize_url(lk.url) for lk in plan.entries)).encode()).hexdigest()
        pagerish = [pb for pb in plan.postbacks if is_pager_text(pb.text) or _POSTBACK_PAGER.search(pb.target + pb.argument)]
        turns, here = turns_to_submit([pager_turn(pb) for pb in pagerish])
        if here is not None:
            # the page this response is: its number needs no postback of its own (page 1 of a
            # list is what the GET answered)
            self.postbacks.update((chain, turn.family, here) for turn in turns if turn.kind == "number")
        skipped = len(pagerish) - len(turns)
        if skipped:
            self._stat("pagination/postbacks_skipped", skipped)
        for turn in turns:
            pb = turn.postback
            key = (chain, turn.family, turn.number) if turn.kind == "number" else (chain, pb.target, pb.argument, pb.text, here_sig)
            if key in self.postbacks:
                continue
            self.postbacks.add(key)
            form = _postback_form(response)
            if form is None:
                self._stat("pagination/postback_without_form")
                continue
            req = _form_request(form, {"__EVENTTARGET": pb.target, "__EVENTARGUMENT": pb.argument}).to_scrapy(
                callback=self.parse_page,
                errback=self.on_error,
                dont_filter=True,
                priority=PRIORITY_PAGER,
                meta={**pmeta, "postback": f"{pb.target}:{pb.argument}"},
            )
            self._stat("pagination/postbacks")
            yield req

    def _entry_postbacks(self, response: Response, plan: PagePlan, hints: PageHints) -> Iterator[Request]:
        """A list whose titles are postback links (a GridView's LinkButtons, "<a
        href=\"javascript:__doPostBack('…$lnkTieuDe','')\">Thông báo tuyển dụng …</a>"): the server
        answers each title's postback with the post, or a redirect to it, and no address leads
        there otherwise. Two titles or more, each submitted once per list (by its words: a later
        page's grid numbers its rows again)."""
        if len(plan.postbacks) < 2 or not isinstance(response, TextResponse) or hints.nav_depth >= self.max_nav_depth + 1:
            return
        titled = [pb for pb in plan.postbacks if is_title_text(pb.text) and not (is_pager_text(pb.text) or _POSTBACK_PAGER.search(pb.target + pb.argument))]
        if len(titled) < 2:
            return
        chain = page_key(response.url)
        form = _postback_form(response)
        if form is None:
            return
        meta = PageHints(nav_depth=hints.nav_depth + 1, category=plan.raw.get("category") or hints.category, as_article=True, channel="listing").to_meta()
        for pb in titled[:MAX_ENTRY_POSTBACKS]:
            key = (chain, "entry", fold(pb.text))
            if key in self.postbacks:
                continue
            self.postbacks.add(key)
            self._stat("links/entry_postbacks")
            yield _form_request(form, {"__EVENTTARGET": pb.target, "__EVENTARGUMENT": pb.argument}).to_scrapy(
                callback=self.parse_page,
                errback=self.on_error,
                dont_filter=True,
                priority=PRIORITY_ARTICLE,
                meta={**meta, "postback": f"{pb.target}:{pb.argument}"},
            )

    def _follow_sections(self, links: list[Link], hints: PageHints, source: str) -> Iterator[Request]:
        """Every other in-scope link (menus, sections, pages of unknown kind), up to the depth bound."""
        depth = hints.nav_depth
        if depth >= self.max_nav_depth:
            return
        meta = PageHints(nav_depth=depth + 1, channel="link").to_meta()
        for link in links:
            if is_pager_text(link.text) and not link.in_menu:
                continue
            if canonicalize_url(link.url) in self.article_urls or (self.mode == "incremental" and self._known(link.url)):
                continue
            # furniture (footer, sidebar widgets) ranks below menus and page links; nothing is dropped
            priority = PRIORITY_SECTION - depth - (10 if link.in_noise and not link.in_menu else 0)
            if is_date_archive(link.url):
                priority = PRIORITY_DATE_ARCHIVE
            req = self._follow(link.url, priority, meta, self._key(link, source), menu=link.in_menu)
            if req is not None:
                yield req
