"""crawler.batch.guard: one page cannot hold up every portal of a batch for long."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.utils.test import get_crawler

from crawler.batch.guard import STATS_CUT, LinkCapMiddleware, cut_after_links
from crawler.spiders.portal import PortalSpider


def page(links: int, tail: str = "<p>Liên hệ</p>") -> bytes:
    items = "".join(f'<li><A class="x" href="/tin/{n}">Tin {n}</A></li>' for n in range(links))
    return f"<html><body><abbr>x</abbr><article><ul>{items}</ul>{tail}</article></body></html>".encode()


def test_the_cut_keeps_the_first_links() -> None:
    body = page(50)
    assert cut_after_links(body, 50) is None and cut_after_links(body, 0) is None
    cut = cut_after_links(body, 20)
    assert cut is not None and body[:cut].count(b"<A ") == 20 and body[cut:].startswith(b'<A class="x" href="/tin/20"')
    assert cut_after_links(b"<a>" * 10, 20) is None, "too small to be over the cap"


def test_the_middleware_cuts_html_with_too_many_links_only() -> None:
    crawler = get_crawler(PortalSpider, {"PORTAL_BATCH_MAX_PAGE_LINKS": 100})
    crawler.stats.open_spider()
    guard = LinkCapMiddleware.from_crawler(crawler)
    request = Request("http://portal.example/")
    big = HtmlResponse(request.url, body=page(300), headers={"Content-Type": "text/html; charset=utf-8"}, request=request)
    cut = guard.process_response(request, big)
    assert cut is not big and cut.body.count(b"<A ") == 100 and isinstance(cut, HtmlResponse)
    assert crawler.stats.get_value(STATS_CUT) == 1
    small = HtmlResponse(request.url, body=page(30), request=request)
    assert guard.process_response(request, small) is small
    text = TextResponse(request.url, body=page(300), headers={"Content-Type": "text/plain"}, request=request)
    assert guard.process_response(request, text) is text
    binary = Response(request.url, body=page(300), request=request)
    assert guard.process_response(request, binary) is binary
    off = LinkCapMiddleware.from_crawler(get_crawler(PortalSpider, {"PORTAL_BATCH_MAX_PAGE_LINKS": 0}))
    assert off.process_response(request, big) is big
