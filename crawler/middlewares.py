"""Downloader middlewares: the crawl's scope, enforced on every request that reaches the network.

Links are checked when the spider follows them, but redirects (and anything else that makes a
request) come back through here, so an off-site hop is refused *before* it is fetched: above all
one to a private, link-local or cloud-metadata address.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from crawler.core.urls import canonicalize_url
from crawler.navigation.families import passes_frozen_variants

logger = logging.getLogger(__name__)


class ScopeMiddleware:
    """Refuse any request outside the spider's scope (hosts of the start URLs and the portal's
    config, plus the setting PORTAL_EXTRA_HOSTS)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.extra = {h.strip().lower() for h in crawler.settings.getlist("PORTAL_EXTRA_HOSTS") if h.strip()}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScopeMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Any:
        scope = getattr(self.crawler.spider, "scope", None)
        if scope is None:
            return None
        # discovery probes (robots.txt, sitemaps, feeds) live at the host's root, outside a path prefix
        # (and so does robots.txt, which Scrapy's RobotsTxtMiddleware asks for without a probe mark)
        probe = request.meta.get("probe") or urlsplit(request.url).path == "/robots.txt"
        reason = scope.check(request.url, pages=not probe)
        if reason == "offsite" and (request.url.split("/")[2].split(":")[0].lower() in self.extra):
            return None
        if reason is None:
            families = getattr(self.crawler.spider, "families", None)
            if families is not None and not request.meta.get("probe") and not families.allows(request.url, article=passes_frozen_variants(request.meta)):
                # queued before its URL family was frozen (an endless URL space): not fetched now
                self.stats.inc_value("portal/refused/family_frozen")
                raise IgnoreRequest(f"outside the crawl's scope (family frozen): {request.url}")
            named = getattr(self.crawler.spider, "named_pages", None)
            if named and request.method == "GET" and not request.meta.get("probe") and canonicalize_url(request.url) in named:
                # queued before a page read under another address named this one as its own
                # (rel=canonical): the page is read already
                self.stats.inc_value("portal/refused/read_under_another_address")
                raise IgnoreRequest(f"outside the crawl's scope (read under another address): {request.url}")
            return None
        via = request.meta.get("redirect_urls")
        if reason == "outside_prefix" and via and scope.check(via[0]) is None:
            # a page of the crawl that the site itself moves to another path of its host (Jahia's
            # "vanity" address, "/sites/sgddt/home/tin-tuc/x.html" -> "/tin-tuc/x"): the page is
            # the portal's, read where the site serves it; its links are still checked one by one
            self.stats.inc_value("portal/redirect_past_prefix")
            return None
        self.stats.inc_value(f"portal/refused/{reason}")
        origin = f" (redirected from {via[0]})" if via else ""
        if reason.startswith("offsite_"):
            logger.warning("refused %s%s: it points at a %s address", request.url, origin, reason.removeprefix("offsite_"))
        else:
            logger.info("refused %s%s: %s", request.url, origin, reason)
        spider = self.crawler.spider
        if hasattr(spider, "record_failure") and via:
            spider.record_failure(via[0], f"redirect leaves the portal ({reason}): {request.url}")
        raise IgnoreRequest(f"outside the crawl's scope ({reason}): {request.url}")


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, spaced out: a server's ``Retry-After`` is honoured (capped by
    PORTAL_RETRY_AFTER_MAX), otherwise the wait doubles from PORTAL_RETRY_BACKOFF_BASE each try.
    Old portals answer 503 when busy; hammering them again at once only makes it worse."""

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("PORTAL_RETRY_BACKOFF_BASE", 0.5)
        self.backoff_max = settings.getfloat("PORTAL_RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("PORTAL_RETRY_AFTER_MAX", 60.0)

    def _delay(self, retry: Request, response: Response | None) -> float:
        header = response.headers.get("Retry-After") if response is not None else None
        if header:
            wait = _retry_after_seconds(header.decode("latin-1"))
            if wait is not None:
                self.crawler.stats.inc_value("portal/retry/retry_after")
                return min(max(wait, 0.0), self.retry_after_max)
        tries = int(retry.meta.get("retry_times", 1))
        return min(self.backoff_base * (2 ** (tries - 1)), self.backoff_max)

    async def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:  # type: ignore[override]
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, response))
        return result

    async def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> Request | Response | None:  # type: ignore[override]
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, None))
        return result


def _retry_after_seconds(value: str) -> float | None:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - datetime.now(UTC)).total_seconds()


class CrawlDelay:
    """robots.txt ``Crawl-delay`` becomes the host's minimum delay between requests (AutoThrottle
    may slow down further, never below it). Capped by PORTAL_MAX_CRAWL_DELAY."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.cap = crawler.settings.getfloat("PORTAL_MAX_CRAWL_DELAY", 30.0)
        self.delays: dict[str, float] = {}
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelay:
        return cls(crawler)

    def _slot(self, request: Request) -> tuple[str, Any]:
        key = request.meta.get("download_slot") or urlparse_cached(request).hostname or ""
        slots = getattr(self.crawler.engine.downloader, "slots", {})
        return key, slots.get(key)

    def robots_parsed(self, robotparser: Any, request: Request) -> None:
        agent = self.crawler.settings.get("USER_AGENT") or "*"
        delay = robotparser.crawl_delay(agent)
        if not delay:
            return
        key = urlparse_cached(request).hostname or ""
        self.delays[key] = min(float(delay), self.cap)
        self.crawler.stats.set_value(f"portal/crawl_delay/{key}", self.delays[key])
        logger.info("robots.txt of %s asks for Crawl-delay %s s; using %.1f s between requests", key, delay, self.delays[key])
        _, slot = self._slot(request)
        if slot is not None:
            slot.delay = max(slot.delay, self.delays[key])
            slot.randomize_delay = False  # Scrapy would wait 0.5x-1.5x; the portal asked for at least 1x

    def response_downloaded(self, response: Response, request: Request, spider: Any = None) -> None:
        key, slot = self._slot(request)
        floor = self.delays.get(key)
        if floor and slot is not None:
            slot.randomize_delay = False
            if slot.delay < floor:
                slot.delay = floor


class LoopAwareRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, plus: a redirect back to a URL already in the chain is a loop, reported
    as a failed page. (Left alone, the duplicate filter drops the looping request silently, and
    the page would vanish from the run's account.)"""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:  # type: ignore[override]
        result = super().process_response(request, response)
        if isinstance(result, Request) and result is not request:
            chain = [*(result.meta.get("redirect_urls") or []), request.url]
            target = canonicalize_url(result.url)
            if any(canonicalize_url(u) == target for u in chain):
                origin = chain[0]
                self.crawler.stats.inc_value("portal/redirect_loops")
                spider_ = self.crawler.spider
                if hasattr(spider_, "record_failure"):
                    spider_.record_failure(origin, f"redirect loop: {' -> '.join([*chain, result.url])}")
                raise IgnoreRequest(f"redirect loop at {result.url}")
        return result
