"""Duplicates within a run (the same canonical URL, or the same body under another URL) are dropped."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.core.urlset import UrlSet
from crawler.pipelines.base import STATS_PREFIX


class DedupPipeline:
    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        self.urls = UrlSet()
        self.hashes: set[bytes] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url, digest = adapter.get("canonical_url"), adapter.get("content_hash")
        if url in self.urls:
            self.stats.inc_value(f"{STATS_PREFIX}/dropped/duplicate_url")
            raise DropItem(f"duplicate of an article already written: {url}")
        if digest and bytes.fromhex(digest)[:8] in self.hashes:
            self.stats.inc_value(f"{STATS_PREFIX}/dropped/duplicate_body")
            raise DropItem(f"same body as an article already written: {adapter.get('url')}")
        self.urls.add(url)
        if digest:
            self.hashes.add(bytes.fromhex(digest)[:8])
        return item
