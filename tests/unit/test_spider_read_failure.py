"""A page the reading fails on (a bug of ours on markup nobody foresaw) costs that page only: one
line in the log and the run's failed pages, its links still followed, no traceback per item."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from lxml import html
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

import crawler.spiders.portal as portal_module
from crawler.core.elements import text_of
from crawler.spiders.portal import PortalSpider


def test_a_comment_says_nothing() -> None:
    box = html.fromstring("<div><time>20/11/2026</time><!-- --> lúc 14:00</div>")
    comment = box[0].getnext()
    assert text_of(comment) == "" and comment.tail == " lúc 14:00"


def test_a_page_the_reading_fails_on_is_reported_and_its_links_followed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    crawler = get_crawler(PortalSpider, {"PORTAL_STATE_DIR": str(tmp_path)})
    spider = PortalSpider.from_crawler(crawler, start_url="http://127.0.0.1:9/")
    crawler.spider = spider

    def fails(*_args: object, **_kwargs: object) -> None:
        raise ValueError("Input object is not an XML element: HtmlComment")

    monkeypatch.setattr(portal_module, "plan_page", fails)
    url = "http://127.0.0.1:9/tin-tuc/x.html"
    body = b'<html><body><h1>X</h1><a href="/tin-tuc/a.html">A</a> <a href="/tin-tuc/">Tin</a></body></html>'
    with caplog.at_level(logging.WARNING):
        out = list(spider.parse_page(HtmlResponse(url, body=body, encoding="utf-8", request=Request(url))))
    assert sorted(r.url for r in out) == ["http://127.0.0.1:9/tin-tuc/", "http://127.0.0.1:9/tin-tuc/a.html"]
    assert spider.failed_pages == [{"url": url, "reason": "could not read the page (ValueError: Input object is not an XML element: HtmlComment)"}]
    assert crawler.stats.get_value("portal/extract_failed") == 1
    assert [r.getMessage() for r in caplog.records if "gave up" in r.getMessage()] == [f"gave up on {url}: could not read the page (ValueError: Input object is not an XML element: HtmlComment)"]
