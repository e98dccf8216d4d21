"""Run bookkeeping: the state store opened and recovered at start, a manifest beside every feed
file, the state committed only after that, and a summary in the log.

Order at the end of a run (what makes a kill -9 at any moment safe):
feed renamed into place (AtomicFileFeedStorage) -> manifest written -> state committed.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.feeds.layout import find_manifest
from crawler.feeds.manifest import write_manifest
from crawler.feeds.storage import sweep_partials
from crawler.pipelines.base import STATS_PREFIX
from crawler.state import StateStore

_ENCODING = "portal/encoding/"  # the spider's count of pages per repair (crawler.extract.document)

logger = logging.getLogger(__name__)


class RunManifest:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.started = datetime.now(UTC)
        self.store: StateStore | None = None
        self.feeds_written: list[Path] = []
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(self.feed_exporter_closed, signal=signals.feed_exporter_closed)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunManifest:
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        settings = self.crawler.settings
        output_dir = settings.get("PORTAL_OUTPUT_DIR") or "output"
        portal = getattr(spider, "portal_id", None)
        if Path(output_dir).exists():
            removed = sweep_partials(output_dir, 3600)
            if removed:
                logger.info("removed %d stale partial feed file(s) of dead runs", len(removed))
        state_path = settings.get("STATE_PATH")
        if not state_path or not portal:
            return
        self.store = StateStore(state_path)
        recovered = self.store.recover(lambda run: find_manifest(output_dir, portal, run) is not None, portal=portal)
        if recovered["committed_runs"] or recovered["discarded_runs"]:
            logger.info(
                "state recovery: %d interrupted run(s) committed (%d articles), %d discarded (%d articles to fetch again)",
                recovered["committed_runs"], recovered["committed"], recovered["discarded_runs"], recovered["discarded"],
            )  # fmt: skip
        spider.state = self.store
        logger.info("state store %s: %d articles known for portal %s", state_path, self.store.count(portal), portal)

    def _info(self, spider: Any, reason: str | None) -> dict[str, Any]:
        stats = self.stats.get_stats()
        dropped = {k.rsplit("/", 1)[-1]: v for k, v in stats.items() if k.startswith(f"{STATS_PREFIX}/dropped/")}
        failed = list(getattr(spider, "failed_pages", []))
        # pages whose text had to be repaired to be read (legacy TCVN3/VNI fonts, mixed bytes)
        repairs = {k[len(_ENCODING) :]: v for k, v in stats.items() if k.startswith(_ENCODING)}
        return {
            "run_id": getattr(spider, "run_id", None),
            "portal": getattr(spider, "portal_id", None),
            "started_at": self.started,
            "finished_at": datetime.now(UTC),
            "finish_reason": reason or stats.get("finish_reason"),
            "counts": {
                "new": stats.get(f"{STATS_PREFIX}/new", 0),
                "updated": stats.get(f"{STATS_PREFIX}/updated", 0),
                "unchanged": stats.get(f"{STATS_PREFIX}/unchanged", 0),
                "dropped": sum(dropped.values()),
                "errors": len(failed),
                "requests": stats.get("downloader/request_count", 0),
                "pages": stats.get("portal/pages", 0),
                # articles the run saw: fetched as articles, or skipped as already known
                "seen": stats.get("portal/kind/article", 0) + stats.get("portal/links/known", 0),
            },
            "dropped_reasons": dropped,
            "failed_pages": failed,
            "mode": getattr(spider, "mode", None),
            "encoding_repairs": repairs,
        }

    def feed_slot_closed(self, slot: Any) -> None:
        storage = getattr(slot, "storage", None)
        path = getattr(storage, "path", None)
        if not path or not getattr(storage, "stored", False):
            logger.error("feed %s was not stored; no manifest written, state not committed", getattr(slot, "uri", "?"))
            self._failed_feed = True
            return
        self.feeds_written.append(Path(path))

    def feed_exporter_closed(self) -> None:
        spider = self.crawler.spider
        reason = self.stats.get_value("finish_reason")
        for path in self.feeds_written:
            manifest = write_manifest(path, self._info(spider, reason))
            logger.info("wrote %s and %s", path, manifest.name)
        if self.store is not None and self.feeds_written and not getattr(self, "_failed_feed", False):
            committed = self.store.commit_run(spider.run_id)
            logger.info("state committed: %d article(s) of run %s", committed, spider.run_id)

    def spider_closed(self, spider: Any, reason: str) -> None:
        info = self._info(spider, reason)
        counts = info["counts"]
        logger.info(
            "run summary: portal=%s new=%d updated=%d unchanged=%d seen=%d dropped=%d errors=%d requests=%d finish_reason=%s%s",
            info["portal"], counts["new"], counts["updated"], counts["unchanged"], counts["seen"], counts["dropped"],
            counts["errors"], counts["requests"], reason,
            "".join(f" file={p}" for p in self.feeds_written),
        )  # fmt: skip

    def engine_stopped(self) -> None:
        # after feed_exporter_closed: the feeds are stored and the state committed by now
        if self.store is not None:
            self.store.close()
            self.store = None
