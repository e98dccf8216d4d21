"""Downloader middlewares: the crawl's scope, enforced on every request that reaches the network.

Links are checked when the spider follows them, but redirects (and anything else that makes a
request) come back through here, so an off-site hop is refused *before* it is fetched: above all
one to a private, link-local or cloud-metadata address.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

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
        reason = scope.check(request.url)
        if reason == "offsite" and (request.url.split("/")[2].split(":")[0].lower() in self.extra):
            return None
        if reason is None:
            return None
        self.stats.inc_value(f"portal/refused/{reason}")
        via = request.meta.get("redirect_urls")
        origin = f" (redirected from {via[0]})" if via else ""
        if reason.startswith("offsite_"):
            logger.warning("refused %s%s: it points at a %s address", request.url, origin, reason.removeprefix("offsite_"))
        else:
            logger.info("refused %s%s: %s", request.url, origin, reason)
        spider = self.crawler.spider
        if hasattr(spider, "record_failure") and via:
            spider.record_failure(via[0], f"redirect leaves the portal ({reason}): {request.url}")
        raise IgnoreRequest(f"outside the crawl's scope ({reason}): {request.url}")
