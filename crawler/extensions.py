"""Run bookkeeping: the state store opened and recovered at start, a manifest beside every feed
file, the state committed only after that, and a summary in the log.

Order at the end of a run (what makes a kill -9 at any moment safe):
feed renamed into place (AtomicFileFeedStorage) -> manifest written -> state committed.

Start-up refuses, with one line and before any request (crawler.runguard): a portal whose lock
another live run holds (``already_running``), a state file that is not a usable database
(``state_unusable``), a state that cannot be written (``write_failed``). A run whose feed,
manifest or state write fails publishes no manifest and commits nothing. The run's verdict
(crawler.health) goes into the manifest, the summary line and the exit status.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider

from crawler import signals as run_signals
from crawler.feeds.layout import find_manifest, manifest_path
from crawler.feeds.manifest import write_manifest
from crawler.feeds.storage import sweep_partials
from crawler.health import Verdict
from crawler.pipelines.base import STATS_PREFIX
from crawler.runguard import RunGuard, run_logger
from crawler.state import StateError, StateStore, StateUnusable, StateWriteError

_ENCODING = "portal/encoding/"  # the spider's count of pages per repair (crawler.extract.document)

logger = logging.getLogger(__name__)


def _seen(stats: dict[str, Any]) -> int:
    """Articles a run saw: fetched as articles, skipped as already known, or answered 304."""
    return stats.get("portal/kind/article", 0) + stats.get("portal/links/known", 0) + stats.get("portal/not_modified", 0)


class RunManifest:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.started = datetime.now(UTC)
        self.store: StateStore | None = None
        self.feeds_written: list[Path] = []
        self.known_before = 0
        self._finished = False
        self._feeds_expected = False
        #: how the run ended, once it has (what a batch reports for this portal): the summary
        #: line's figures, the finish reason, the failure line, the exit status, the files
        self.outcome: dict[str, Any] | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(self.feed_exporter_closed, signal=signals.feed_exporter_closed)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunManifest:
        return cls(crawler)

    @property
    def guard(self) -> RunGuard | None:
        return RunGuard.of(self.crawler)

    def _refuse(self, reason: str, line: str) -> None:
        """Stop the run before its first request: one line, then CloseSpider."""
        if self.guard is not None:
            self.guard.stop(reason, line)
        else:
            run_logger.error(line)
        raise CloseSpider(reason)

    def spider_opened(self, spider: Any) -> None:
        settings = self.crawler.settings
        self._feeds_expected = bool(settings.getdict("FEEDS"))
        output_dir = settings.get("PORTAL_OUTPUT_DIR") or "output"
        portal = getattr(spider, "portal_id", None)
        state_path = settings.get("STATE_PATH")
        if state_path and portal and self.guard is not None:
            self.guard.lock_portal(state_path, portal)  # first: nothing below may race a live run
        # a batch sweeps once for all its portals (crawler.batch.runner): a walk of the whole
        # output tree per portal would cost more than the crawl of a small portal
        if settings.getbool("PORTAL_SWEEP_PARTIALS", True) and Path(output_dir).exists():
            try:
                removed = sweep_partials(output_dir, 3600)
            except OSError as exc:  # a read-only output directory: the feed write will say so
                logger.info("could not sweep stale partial files in %s: %s", output_dir, exc)
                removed = []
            if removed:
                logger.info("removed %d stale partial feed file(s) of dead runs", len(removed))
        if not state_path or not portal:
            return
        try:
            self.store = StateStore(state_path)
            if settings.getbool("PORTAL_STATE_QUICK_CHECK", True):  # a batch checks once, up front
                self.store.verify()
            recovered = self.store.recover(lambda run: find_manifest(output_dir, portal, run) is not None, portal=portal)
            self.known_before = self.store.count(portal)
        except StateUnusable as exc:
            self._close_store()
            self._refuse("state_unusable", f"{exc}: refusing to crawl as if nothing had been delivered"
                         + (f"; {exc.advice}" if exc.advice else ""))  # fmt: skip
        except StateWriteError as exc:
            self._close_store()
            self._refuse("write_failed", str(exc))
        if recovered["committed_runs"] or recovered["discarded_runs"]:
            logger.info(
                "state recovery: %d interrupted run(s) committed (%d articles), %d discarded (%d articles to fetch again)",
                recovered["committed_runs"], recovered["committed"], recovered["discarded_runs"], recovered["discarded"],
            )  # fmt: skip
        # from here on a failed state write stops the running crawl (at start-up, _refuse does)
        self.store.on_error = self._state_write_failed
        spider.state = self.store
        logger.info("state store %s: %d articles known for portal %s", state_path, self.known_before, portal)

    def _close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def _state_write_failed(self, error: StateError) -> None:
        self.crawler.signals.send_catch_log(run_signals.write_failed, path=error.path, error=error)

    def _verdict(self, spider: Any, reason: str | None) -> Verdict | None:
        guard = self.guard
        if guard is None:
            return None
        stats = self.stats.get_stats()
        seen = _seen(stats)
        return guard.verdict(guard.facts(spider, reason, seen=seen, known_before=self.known_before))

    def _info(self, spider: Any, reason: str | None) -> dict[str, Any]:
        stats = self.stats.get_stats()
        dropped = {k.rsplit("/", 1)[-1]: v for k, v in stats.items() if k.startswith(f"{STATS_PREFIX}/dropped/")}
        failed = list(getattr(spider, "failed_pages", []))
        # pages whose text had to be repaired to be read (legacy TCVN3/VNI fonts, mixed bytes)
        repairs = {k[len(_ENCODING) :]: v for k, v in stats.items() if k.startswith(_ENCODING)}
        verdict = self._verdict(spider, reason or stats.get("finish_reason"))
        return {
            "run_id": getattr(spider, "run_id", None),
            "portal": getattr(spider, "portal_id", None),
            "started_at": self.started,
            "finished_at": datetime.now(UTC),
            "finish_reason": verdict.finish_reason if verdict else reason or stats.get("finish_reason"),
            "failure": verdict.failure if verdict else None,
            "exit_status": int(verdict.exit_status) if verdict else None,
            "counts": {
                "new": stats.get(f"{STATS_PREFIX}/new", 0),
                "updated": stats.get(f"{STATS_PREFIX}/updated", 0),
                "unchanged": stats.get(f"{STATS_PREFIX}/unchanged", 0),
                "dropped": sum(dropped.values()),
                "errors": len(failed),
                "requests": stats.get("downloader/request_count", 0),
                "pages": stats.get("portal/pages", 0),
                # articles the run saw: fetched as articles, or skipped as already known
                "seen": _seen(stats),
                # pages the portal answered, and pages given up on because it failed (after retries)
                "pages_ok": stats.get("portal_crawler/fetch/ok", 0),
                "pages_failed": stats.get("portal_crawler/fetch/failed", 0),
            },
            "dropped_reasons": dropped,
            "failed_pages": failed,
            "mode": getattr(spider, "mode", None),
            "encoding_repairs": repairs,
            # what the crawl was allowed to touch, and what each discovery channel yielded
            "scope": spider.scope.describe() if getattr(spider, "scope", None) is not None else None,
            "channels": dict(getattr(spider, "channels", {}) or {}),
        }

    def feed_slot_closed(self, slot: Any) -> None:
        storage = getattr(slot, "storage", None)
        path = getattr(storage, "path", None)
        if not path or not getattr(storage, "stored", False):
            if self.guard is None or self.guard.abort is None:  # else the abort's line said why
                logger.error("feed %s was not stored; no manifest written, state not committed", getattr(slot, "uri", "?"))
            self._failed_feed = True
            return
        self.feeds_written.append(Path(path))

    def _aborted(self) -> bool:
        return getattr(self, "_failed_feed", False) or (self.guard is not None and self.guard.abort is not None)

    def feed_exporter_closed(self) -> None:
        spider = self.crawler.spider
        reason = self.stats.get_value("finish_reason")
        written = []
        for path in self.feeds_written if not self._aborted() else []:
            target = manifest_path(path)
            try:
                manifest = write_manifest(path, self._info(spider, reason))
            except OSError as exc:
                self.crawler.signals.send_catch_log(run_signals.write_failed, path=target, error=exc)
                # a feed without its manifest is invisible to consumers; remove it all the same
                for leftover in (path, *written):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                break
            written.append(path)
            logger.info("wrote %s and %s", path, manifest.name)
        if self.store is not None and self.feeds_written and not self._aborted():
            with contextlib.suppress(StateError):  # reported through the store's on_error hook
                committed = self.store.commit_run(spider.run_id)
                logger.info("state committed: %d article(s) of run %s", committed, spider.run_id)
        self._finish(spider, reason)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if not self._feeds_expected:  # else feed_exporter_closed finishes, once feeds are stored
            self._finish(spider, reason)

    def _finish(self, spider: Any, reason: str | None) -> None:
        """The run is over (feeds stored, manifests written, state committed): the summary line,
        the failure line and the exit status."""
        if self._finished:
            return
        self._finished = True
        info = self._info(spider, reason)
        counts = info["counts"]
        files = [str(p) for p in self.feeds_written if p.exists() and manifest_path(p).exists()]
        self.outcome = {
            "finish_reason": info["finish_reason"], "failure": info["failure"], "exit_status": info["exit_status"],
            "counts": {**counts, "failed_pages": len(info["failed_pages"])}, "files": files,
        }  # fmt: skip
        logger.info(
            "run summary: portal=%s new=%d updated=%d unchanged=%d seen=%d dropped=%d errors=%d requests=%d failed_pages=%d finish_reason=%s%s",
            info["portal"], counts["new"], counts["updated"], counts["unchanged"], counts["seen"], counts["dropped"],
            counts["errors"], counts["requests"], len(info["failed_pages"]), info["finish_reason"],
            "".join(f" file={p}" for p in files),
        )  # fmt: skip
        verdict = self._verdict(spider, reason)
        if self.guard is not None and verdict is not None:
            self.guard.conclude(verdict)
            self.guard.release()

    def engine_stopped(self) -> None:
        # after feed_exporter_closed: the feeds are stored and the state committed by now
        self._close_store()
