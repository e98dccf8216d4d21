"""A cap on what one page can cost every other portal of a batch: its number of links.

Pages are read in the reactor thread, and a batch's portals share that thread: while one page is
read, no other portal moves. An ordinary page takes 10-20 ms. What makes a page slow is not its
size in bytes (a 3.7 MB article of text takes 0.2 s) but its links: reading the links of a page
and deciding what it is grows with their number, and faster. Measured on the project's 2-core machine
(``python -m bench portals``, bench/results/portals.md):

=========  ================  ==============
links      whole page (s)    links only (s)
=========  ================  ==============
1,000      0.20              0.04
5,000      1.1               0.25
10,000     2.2               0.6
20,000     4.2               1.3
=========  ================  ==============

So in a batch an HTML page with more than ``PORTAL_BATCH_MAX_PAGE_LINKS`` links (default 3,000;
0 turns the cap off) is read up to that link, and the rest of it is dropped: at most about half a
second of everyone's time per page on that machine. News listings carry tens of links; a page
with thousands is an archive of everything, whose articles the listings and sitemaps lead to
anyway. The cut is logged and counted (``portal_crawler/batch/pages_cut``).
"""

from __future__ import annotations

import logging
import re
from itertools import islice
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse

logger = logging.getLogger(__name__)

STATS_CUT = "portal_crawler/batch/pages_cut"
#: an anchor's start tag (``<a href…``, ``<A>``), not ``<abbr>``, ``<area>``, ``<article>``
_ANCHOR = re.compile(rb"<a[\s>]", re.IGNORECASE)
#: no anchor is shorter than this (``<a href="x">``): a page this small cannot be over the cap
_MIN_ANCHOR_BYTES = 12


def cut_after_links(body: bytes, cap: int) -> int | None:
    """Where to cut *body* so that it keeps *cap* links (the offset of link cap+1), or None
    when it has no more than *cap*."""
    if cap <= 0 or len(body) < cap * _MIN_ANCHOR_BYTES:
        return None
    beyond = next(islice(_ANCHOR.finditer(body), cap, None), None)
    return beyond.start() if beyond is not None else None


class LinkCapMiddleware:
    """Downloader middleware of batch runs (crawler.batch.runner enables it)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.cap = crawler.settings.getint("PORTAL_BATCH_MAX_PAGE_LINKS", 3000)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LinkCapMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if not isinstance(response, TextResponse) or b"html" not in (response.headers.get("Content-Type") or b"text/html").lower():
            return response
        cut = cut_after_links(response.body, self.cap)
        if cut is None:
            return response
        self.crawler.stats.inc_value(STATS_CUT)
        logger.info("%s has more than %d links: read up to the %dth (PORTAL_BATCH_MAX_PAGE_LINKS), so that one page "
                    "cannot hold up every portal of the batch", response.url, self.cap, self.cap)  # fmt: skip
        return response.replace(body=response.body[:cut])
