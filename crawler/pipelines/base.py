"""The shape every cleaning pipeline shares: run one pure step on the item, count what it did."""

from __future__ import annotations

from collections import Counter
from typing import Any, ClassVar

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from crawler.clean.steps import Step

STATS_PREFIX = "portal_crawler"


class StepPipeline:
    """Apply ``step`` (a function of crawler.clean.steps) to every item."""

    name: ClassVar[str]
    step: ClassVar[Step]

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StepPipeline:
        return cls(crawler)

    def count(self, counts: Counter) -> None:
        for key, n in counts.items():
            self.stats.inc_value(f"{STATS_PREFIX}/{key}", n)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        # a shallow copy: ItemAdapter.asdict() would deep-convert every block of the body on
        # every pipeline (it was half the crawl's CPU time)
        record = dict(adapter.items())
        counts: Counter = Counter()
        record = type(self).step(record, counts)
        fields = set(adapter.field_names())
        for key, value in record.items():
            if key in fields:
                adapter[key] = value
        self.count(counts)
        return item
