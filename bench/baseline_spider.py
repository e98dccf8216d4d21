"""The crawl baseline: a stock Scrapy CrawlSpider that follows every same-host link and runs
``trafilatura.extract`` on each page. It stands for what a user would write in an hour instead of
using this project, so it stays deliberately plain: no listing/article distinction, no cleaning,
no state. Run (outside the project, so stock settings apply)::

    scrapy runspider bench/baseline_spider.py -a start_url=http://127.0.0.1:PORT/ -O out.jsonl
"""

from __future__ import annotations

from urllib.parse import urlsplit

import trafilatura
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule


class BaselineSpider(CrawlSpider):
    name = "baseline"

    def __init__(self, start_url: str, *args, **kwargs):
        parts = urlsplit(start_url)
        self.start_urls = [start_url]
        self.allowed_domains = [parts.hostname or ""]
        # LinkExtractor compares the whole netloc, port included (the benchmark portal has a port)
        self.rules = (Rule(LinkExtractor(allow_domains=[parts.netloc]), callback="parse_page", follow=True),)
        super().__init__(*args, **kwargs)  # CrawlSpider compiles self.rules here

    def parse_page(self, response):
        text = trafilatura.extract(response.text, url=response.url)
        if text:
            yield {"url": response.url, "text": text}
