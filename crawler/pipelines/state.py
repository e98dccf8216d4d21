"""The state store's side of a run: what is new, what changed, what is already delivered.

A record whose canonical URL the store knows with the same content hash is not emitted again;
one whose content changed goes out with ``updated: true`` (consumers upsert on canonical_url).
Records are *staged* here, the last step before the feed; the run-manifest extension commits
them once the feed file and its manifest are in place (see crawler.state.store).

A state write that fails (disk full, read-only) drops the item quietly: the store has already
told the run guard, which logged one line and is stopping the run, and an item whose state was
not written must not reach the feed.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.core.urls import canonicalize_url
from crawler.pipelines.base import STATS_PREFIX
from crawler.state import StateError


class StatePipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        try:
            return self._process(item)
        except StateError as exc:
            raise DropItem(f"state not written: {exc}", log_level="DEBUG") from exc

    def _process(self, item: Any) -> Any:
        spider = self.crawler.spider
        store = getattr(spider, "state", None)
        run_id = getattr(spider, "run_id", None)
        adapter = ItemAdapter(item)
        if store is None or run_id is None:
            self.stats.inc_value(f"{STATS_PREFIX}/new")
            return item
        portal = adapter["portal"]
        key = canonicalize_url(adapter["canonical_url"])
        known = store.lookup(portal, key)
        fetched = spider.fetch_info.pop(canonicalize_url(adapter["url"]), {}) if hasattr(spider, "fetch_info") else {}
        if known is not None and known.content_hash == adapter["content_hash"]:
            store.touch(portal, key, fetched.get("etag"), fetched.get("last_modified"))
            self.stats.inc_value(f"{STATS_PREFIX}/unchanged")
            raise DropItem(f"unchanged since an earlier run: {adapter['url']}")
        adapter["updated"] = known is not None
        self.stats.inc_value(f"{STATS_PREFIX}/{'updated' if known else 'new'}")
        aliases = {canonicalize_url(adapter["url"])}
        aliases.update(fetched.get("aliases", ()))
        store.stage(
            run_id, portal, key, canonicalize_url(adapter["url"]), adapter["content_hash"],
            published_at=adapter.get("published_at"), etag=fetched.get("etag"),
            last_modified=fetched.get("last_modified"), aliases=sorted(aliases),
        )  # fmt: skip
        return item
