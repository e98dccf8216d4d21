"""Every record is checked against the JSON Schema before export; work fields are removed here."""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.items import RECORD_FIELDS, WORK_FIELDS
from crawler.pipelines.base import STATS_PREFIX
from crawler.schema import errors_of, invalid_images

logger = logging.getLogger(__name__)


class ValidatePipeline:
    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        for key in WORK_FIELDS:
            if key in adapter:
                del adapter[key]
        record = {key: adapter.get(key) for key in RECORD_FIELDS}
        bad_images = invalid_images(record)
        if bad_images:
            # (extraction keeps such pictures out; this is the last guard, and it says so)
            logger.warning("images left out, their address fails the schema: %s on %s", [record["images"][i].get("url") for i in bad_images], record.get("url"))
            self.stats.inc_value(f"{STATS_PREFIX}/images_dropped/invalid", len(bad_images))
            adapter["images"] = record["images"] = [img for i, img in enumerate(record["images"]) if i not in bad_images]
        errors = errors_of(record)
        if errors:
            self.stats.inc_value(f"{STATS_PREFIX}/dropped/invalid")
            raise DropItem(f"record fails the schema ({'; '.join(errors[:3])}): {record.get('url')}")
        self.stats.inc_value(f"{STATS_PREFIX}/valid")
        return item
