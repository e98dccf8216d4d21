"""Records that are not articles (no title, no body) are dropped, with the reason counted."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.clean.steps import not_article_reason
from crawler.pipelines.base import STATS_PREFIX


class DropNonArticlesPipeline:
    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DropNonArticlesPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        reason = not_article_reason(dict(ItemAdapter(item).items()))
        if reason:
            self.stats.inc_value(f"{STATS_PREFIX}/dropped/{reason}")
            raise DropItem(f"not an article ({reason}): {ItemAdapter(item).get('url')}")
        return item
