"""The pool inside one batch process: many portal crawlers, at most K at a time, streamed.

``scrapy crawl batch -a urls_file=…`` (crawler.scrapy_commands.crawl) hands the spider arguments
here. :class:`BatchRunner` reads the portal list one entry at a time, keeps at most
``PORTAL_BATCH_CONCURRENCY`` portal crawlers alive and starts the next as one closes, so memory
depends on K, not on the length of the list. Each portal is a Crawler of its own with the
project's settings: nothing changes per portal (scope, budgets, state rows, lock, feed file,
manifest, verdict).

What the batch does once for all its portals instead of once per portal (settings tell the
portal crawlers so: ``PORTAL_STATE_QUICK_CHECK``, ``PORTAL_SWEEP_PARTIALS``): the state file's
quick check (it reads every page of the file) and the sweep of dead runs' partial files (a walk
of the whole output tree). A state file that is not a usable database refuses the whole batch
(exit 5) before any request.

Two portals with the same id (the same config twice, two start URLs on one host) never run at
the same time: they share a lock, state rows and an output directory, so the second waits for
the first and then runs as that portal's next run.

A run that could not write (exit 4: a full disk, a read-only file system) stops the batch from
starting more portals: every other portal would fail the same way. SIGINT/SIGTERM (Scrapyd's
cancel) stop it too: no portal starts, running ones close as a stopped run does (their feeds
and manifests written, finish reason ``shutdown``); a second signal stops at once.

Every result is one ``batch result: {json}`` line (crawler.batch.results), written whatever
``LOG_LEVEL`` says: it is how ``crawl`` and the Scrapyd scheduler learn the outcome. So are
``batch started``, a periodic ``batch progress`` and a final ``batch end`` (with the reactor's
longest stall: extraction runs in the reactor thread, so a slow page delays every portal).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from itertools import chain
from pathlib import Path
from typing import Any

from scrapy.crawler import AsyncCrawlerRunner, Crawler
from scrapy.settings import Settings
from scrapy.utils.ossignal import install_shutdown_handlers, signal_names

from crawler.batch import portals, results
from crawler.batch.gate import Gate
from crawler.batch.portals import PortalSpec, Shard
from crawler.batch.results import PortalResult, event_line
from crawler.commands import UsageError
from crawler.exitcodes import ExitStatus, worst
from crawler.extensions import RunManifest
from crawler.feeds.storage import sweep_partials
from crawler.runguard import exit_status_of, run_logger
from crawler.spiders.portal import PortalSpider
from crawler.state import StateStore, StateUnusable, StateWriteError

logger = logging.getLogger(__name__)
#: the logger of the batch's event lines; always written (see event_handler)
events = logging.getLogger("crawler.batch.events")

GATED_HANDLER = "crawler.batch.gate.GatedHTTPDownloadHandler"
#: what every portal crawler of a batch runs with (an operator's -s still wins)
BATCH_SETTINGS: dict[str, Any] = {
    "PORTAL_STATE_QUICK_CHECK": False,
    "PORTAL_SWEEP_PARTIALS": False,
    "DOWNLOAD_HANDLERS": {"http": GATED_HANDLER, "https": GATED_HANDLER},
}
#: below HTTP compression (590): sees the page as the spider will
LINK_CAP = ("crawler.batch.guard.LinkCapMiddleware", 580)
#: Scrapy's LogCount puts one handler per crawler on the root logger, and each counts every
#: crawler's records: K handlers per log line, and counts that mean nothing per portal
LOGCOUNT = "scrapy.extensions.logcount.LogCount"
#: spider arguments a batch passes on to every portal
PASSED_ON = ("mode", "since")
#: arguments of ``scrapy crawl batch`` (Scrapyd adds ``_job`` and the like: ignored)
ARGUMENTS = ("urls", "portals", "urls_file", "all", "config_dir", "shard", *PASSED_ON)


def batch_settings(base: Settings) -> Settings:
    """The settings every portal crawler of the batch starts from."""
    settings = base.copy()
    for name, value in BATCH_SETTINGS.items():
        settings.set(name, value, priority="project")
    for name, key, value in (("EXTENSIONS", LOGCOUNT, None), ("DOWNLOADER_MIDDLEWARES", *LINK_CAP)):
        merged = settings.getdict(name)
        merged.setdefault(key, value)
        settings.set(name, merged, priority=max(settings.getpriority(name) or 0, 20))
    if settings.getdict("FEEDS"):
        # Scrapyd passes FEEDS when its items_dir is set: one file for every portal would mix
        # them (and a portal's feed is what its manifest describes), so each keeps its own
        logger.warning("FEEDS is ignored in a batch: each portal writes its own feed and manifest in PORTAL_OUTPUT_DIR")
        settings.set("FEEDS", {}, priority=max(settings.getpriority("FEEDS") or 0, 40))
    return settings


def portal_stream(args: dict[str, str]) -> Iterator[PortalSpec]:
    """The portals the batch arguments name, in order: names, URLs, the list file, all configs."""
    directory = args.get("config_dir") or None
    sources: list[Iterable[PortalSpec]] = [
        portals.from_arguments(portals.split_words(args.get("portals")), portals.split_words(args.get("urls")), directory)
    ]
    if args.get("urls_file"):
        sources.append(portals.read_list(args["urls_file"], directory))
    if str(args.get("all", "")).lower() in ("1", "true", "yes"):
        sources.append(portals.configured(directory))
    return chain.from_iterable(sources)


def check_arguments(args: dict[str, str]) -> None:
    """Usage errors of ``scrapy crawl batch`` (UsageError), before anything starts."""
    given = {k: v for k, v in args.items() if not k.startswith("_")}
    unknown = sorted(set(given) - set(ARGUMENTS))
    if unknown:
        raise UsageError(f"unknown batch argument(s) {', '.join(unknown)}: use {', '.join(ARGUMENTS)}")
    if not any(given.get(k) for k in ("urls", "portals", "urls_file", "all")):
        raise UsageError("nothing to crawl: give -a urls_file=FILE, -a urls=URL…, -a portals=NAME… or -a all=1")
    if given.get("urls_file") and not Path(given["urls_file"]).is_file():
        raise UsageError(f"urls_file={given['urls_file']!r}: no such file")
    if given.get("config_dir") and not Path(given["config_dir"]).is_dir():
        raise UsageError(f"config_dir={given['config_dir']!r}: no such directory")
    try:
        Shard.parse(given.get("shard"))
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    passed = {k: given[k] for k in PASSED_ON if given.get(k)}
    if passed:  # the spider's own check of mode and since, on a placeholder portal
        PortalSpider.check_arguments(start_url="http://portal.invalid/", **passed)


def event_handler(settings: Settings) -> logging.Handler:
    """Where event lines go: the log file when there is one (Scrapyd's job log), else stderr;
    in Scrapy's log format, but independent of LOG_LEVEL (the summary depends on them)."""
    if settings.get("LOG_FILE"):
        handler: logging.Handler = logging.FileHandler(settings["LOG_FILE"], mode="a", encoding=settings.get("LOG_ENCODING") or "utf-8")
    else:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT")))
    handler.setLevel(logging.INFO)
    return handler


class LagMonitor:
    """How long the reactor thread was busy when it should have been free: a timer every
    *interval* seconds notes how late it fired. Extraction runs in that thread, so this is how
    long one portal's page held up every other portal."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.samples = 0
        self.max_s = 0.0
        self.over_100ms = 0
        self.over_1s = 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._watch())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(self.interval)
            late = max(0.0, loop.time() - before - self.interval)
            self.samples += 1
            self.max_s = max(self.max_s, late)
            self.over_100ms += late > 0.1
            self.over_1s += late > 1.0

    def figures(self) -> dict[str, Any]:
        return {"lag_max_ms": round(self.max_s * 1000), "lag_samples": self.samples,
                "lag_over_100ms": self.over_100ms, "lag_over_1s": self.over_1s}  # fmt: skip


def outcome_of(crawler: Crawler, portal: str, crashed: BaseException | None, where: str) -> PortalResult:
    """A finished portal crawler's result, from its run manifest extension (its summary line's
    figures) or, for a run that never got that far, its exit status and the error."""
    manifest = None
    with contextlib.suppress(RuntimeError, AttributeError):  # extensions never built
        manifest = crawler.get_extension(RunManifest)
    outcome = getattr(manifest, "outcome", None)
    if outcome is None:
        if crashed is not None:
            line = f"portal {portal} crashed: {type(crashed).__name__}: {crashed}".splitlines()[0][:300]
            run_logger.error(line)
            return PortalResult(portal, int(ExitStatus.FAILED), "crashed", failure=line, where=where)
        stats = getattr(crawler, "_stats", None)  # None: the crawl never started
        status = exit_status_of(crawler) if stats is not None else ExitStatus.FAILED
        return PortalResult(portal, int(status), stats.get_value("finish_reason") if stats else None, where=where)
    status = outcome["exit_status"]
    if status is None:  # the run guard is disabled
        status = int(exit_status_of(crawler))
    counts = {k: int(v or 0) for k, v in outcome["counts"].items()}
    return PortalResult(portal, int(status), outcome["finish_reason"], counts, outcome["failure"], list(outcome["files"]), where)


class BatchRunner:
    """Runs the portals of *specs*, at most ``PORTAL_BATCH_CONCURRENCY`` at a time, in the running
    reactor (each portal a Crawler of its own, started with ``crawl_async``)."""

    def __init__(self, settings: Settings, specs: Iterable[PortalSpec], *,
                 spider_args: dict[str, str] | None = None, shard: Shard | None = None, where: str = ""):  # fmt: skip
        self.settings = batch_settings(settings)
        self.specs = specs
        self.spider_args = dict(spider_args or {})
        self.shard = shard or Shard()
        self.where = where
        self.concurrency = max(1, settings.getint("PORTAL_BATCH_CONCURRENCY", 32))
        self.progress_every = settings.getfloat("PORTAL_BATCH_PROGRESS_INTERVAL", 5.0)
        self.results: list[PortalResult] = []
        self.closing: str | None = None  # why no more portals start ("shutdown", "write_failed")
        self.lag = LagMonitor()
        self.gate = Gate(settings.getint("PORTAL_BATCH_MAX_REQUESTS", 64), settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
        self._free = asyncio.Semaphore(self.concurrency)
        self._running: dict[str, Crawler | None] = {}  # portal id -> its crawler (None while starting)
        self._parked: dict[str, deque[PortalSpec]] = {}  # portals waiting for a run of the same id
        self._tasks: set[asyncio.Task[None]] = set()
        self._seen: set[tuple[str, str]] = set()
        self._handler: logging.Handler | None = None
        self._started_at = 0.0
        self._stopping: asyncio.Future[Any] | None = None

    # --- events -----------------------------------------------------------------------------

    def _event(self, kind: str, data: dict[str, Any]) -> None:
        events.info(event_line(kind, data))

    def _report(self, result: PortalResult) -> None:
        self.results.append(result)
        self._event("result", asdict(result))

    # --- the run ----------------------------------------------------------------------------

    def _prepare(self) -> tuple[ExitStatus, str] | None:
        """Once for the whole batch: the state file's check and the sweep of dead partial files.
        Returns the exit status and the one line when the batch must not start."""
        state_path = self.settings.get("STATE_PATH")
        if state_path:
            try:
                with StateStore(state_path) as store:
                    store.verify()
            except StateUnusable as exc:
                line = f"{exc}: refusing to crawl as if nothing had been delivered" + (f"; {exc.advice}" if exc.advice else "")
                return ExitStatus.STATE_UNUSABLE, line
            except StateWriteError as exc:
                return ExitStatus.WRITE_FAILED, str(exc)
        output_dir = self.settings.get("PORTAL_OUTPUT_DIR") or "output"
        if Path(output_dir).exists():
            try:
                removed = sweep_partials(output_dir, 3600)
            except OSError as exc:
                logger.info("could not sweep stale partial files in %s: %s", output_dir, exc)
            else:
                if removed:
                    logger.info("removed %d stale partial feed file(s) of dead runs", len(removed))
        return None

    def _refuse(self, status: ExitStatus, line: str) -> None:
        """The batch must not start (the state file is broken): the one line, and each portal of
        this shard reported as refused, as it would have been refused on its own."""
        run_logger.error(line)
        reason = "state_unusable" if status == ExitStatus.STATE_UNUSABLE else "write_failed"
        for spec in self.specs:
            if self._take(spec):
                self._report(PortalResult(spec.id, int(status), reason, failure=line, where=self.where))

    async def run(self) -> ExitStatus:
        """Crawl every portal of the stream (this shard's); the worst exit status."""
        self._handler = event_handler(self.settings)
        events.addHandler(self._handler)
        events.propagate = False
        events.setLevel(logging.INFO)
        self._started_at = time.monotonic()
        refused = self._prepare()
        if refused is not None:
            self._refuse(*refused)
            self._event("end", {"refused": int(refused[0]), "portals": len(self.results), "where": self.where})
            self._close_events()
            return refused[0]
        Gate.install(self.gate)
        self.lag.start()
        ticker = asyncio.ensure_future(self._progress()) if self.progress_every > 0 else None
        left: list[PortalSpec] = []  # taken from the list, not started: the batch was stopped
        try:
            for spec in self.specs:
                if self.closing:
                    if self._take(spec):
                        left.append(spec)
                    break
                if not self._take(spec):
                    continue
                if spec.error:
                    self._report(results.invalid(spec.id, f"{spec.origin + ': ' if spec.origin else ''}{spec.error}", self.where))
                    continue
                if spec.id in self._running:
                    self._parked.setdefault(spec.id, deque()).append(spec)
                    continue
                await self._free.acquire()
                if self.closing:
                    self._free.release()
                    left.append(spec)
                    break
                self._launch(spec)
            while self._tasks:
                await asyncio.wait(set(self._tasks))
        finally:
            if ticker is not None:
                ticker.cancel()
            self.lag.stop()
            Gate.install(None)
        if self.closing:  # what never started is in the summary too (the rest of the list is read, not crawled)
            why = f"the batch stopped ({self.closing}) before this portal started"
            rest = (spec for spec in self.specs if self._take(spec))
            for spec in chain(chain.from_iterable(self._parked.values()), left, rest):
                self._report(results.invalid(spec.id, spec.error, self.where) if spec.error else results.not_run(spec.id, why, self.where))
        status = worst(ExitStatus(r.exit_status) for r in self.results)
        self._event("end", {
            "portals": len(self.results), "exit_status": int(status), "stopped": self.closing,
            "seconds": round(time.monotonic() - self._started_at, 1), "gate_peak": self.gate.peak,
            "gate_waits": self.gate.waited, **self.lag.figures(), "where": self.where,
        })  # fmt: skip
        self._close_events()
        return status

    def _take(self, spec: PortalSpec) -> bool:
        """Whether *spec* is this batch's to crawl: in its shard, and not listed before."""
        key = (spec.id, spec.to_line())
        if not self.shard.holds(spec) or key in self._seen:
            return False
        self._seen.add(key)
        return True

    def _close_events(self) -> None:
        if self._handler is not None:
            events.removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def _launch(self, spec: PortalSpec) -> None:
        self._running[spec.id] = None
        task = asyncio.ensure_future(self._crawl(spec))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _crawl(self, spec: PortalSpec) -> None:
        """One portal, start to summary; then the next run of the same id, or a free place."""
        try:
            result = await self._crawl_one(spec)
        except Exception as exc:  # a bug here must not end the other portals' crawls
            logger.exception("batch: portal %s", spec.id)
            result = PortalResult(spec.id, int(ExitStatus.FAILED), "crashed", failure=f"portal {spec.id} crashed: {exc!r}"[:300], where=self.where)
        self._running.pop(spec.id, None)
        self._report(result)
        if result.exit_status in (ExitStatus.WRITE_FAILED, ExitStatus.STATE_UNUSABLE) and not self.closing:
            self.closing = "write_failed" if result.exit_status == ExitStatus.WRITE_FAILED else "state_unusable"
            logger.error("batch: no more portals start after %s (%s); running ones finish", spec.id, self.closing)
        waiting = self._parked.get(spec.id)
        if waiting and not self.closing:
            following = waiting.popleft()
            if not waiting:
                del self._parked[spec.id]
            self._launch(following)  # keeps this portal's place in the pool
            return
        self._free.release()

    async def _crawl_one(self, spec: PortalSpec) -> PortalResult:
        args = {**spec.spider_args(), **self.spider_args}
        try:
            PortalSpider.check_arguments(**args)
        except UsageError as exc:
            return results.invalid(spec.id, str(exc), self.where)
        crawler = Crawler(PortalSpider, self.settings)
        self._running[spec.id] = crawler
        self._event("started", {"portal": spec.id, "where": self.where})
        crashed: BaseException | None = None
        try:
            # not process.crawl(): it would merge the process's settings back over the batch's
            await crawler.crawl_async(**args)
        except Exception as exc:
            crashed = exc
        return outcome_of(crawler, spec.id, crashed, self.where)

    async def _progress(self) -> None:
        while True:
            await asyncio.sleep(self.progress_every)
            running = {}
            for portal, crawler in list(self._running.items()):
                stats = getattr(crawler, "_stats", None)
                if stats is not None:
                    running[portal] = [int(stats.get_value("response_received_count", 0)), int(stats.get_value("item_scraped_count", 0))]
            self._event("progress", {"running": running, "done": len(self.results), "where": self.where})

    # --- stopping ---------------------------------------------------------------------------

    def install_signal_handlers(self) -> None:
        """First SIGINT/SIGTERM: no portal starts, running ones close as stopped runs; second:
        stop at once."""
        from twisted.internet import reactor

        def first(signum: int, _: Any) -> None:
            install_shutdown_handlers(second)
            reactor.callFromThread(self._stop, signum)

        def second(signum: int, _: Any) -> None:
            install_shutdown_handlers(signal.SIG_IGN)
            reactor.callFromThread(self._kill, signum)

        install_shutdown_handlers(first)

    def _stop(self, signum: int) -> None:
        logger.info("Received %s: no more portals start; running ones close (send again to stop at once)", signal_names.get(signum, signum))
        self.closing = self.closing or "shutdown"
        running = [crawler for crawler in self._running.values() if crawler is not None]
        self._stopping = asyncio.ensure_future(asyncio.gather(*(c.stop_async() for c in running), return_exceptions=True))

    def _kill(self, signum: int) -> None:
        from twisted.internet import reactor

        logger.info("Received %s twice: stopping at once", signal_names.get(signum, signum))
        with contextlib.suppress(RuntimeError):
            reactor.stop()


def run_batch(process: AsyncCrawlerRunner, settings: Settings, args: dict[str, str]) -> ExitStatus:
    """``scrapy crawl batch``: run the batch in *process* (a CrawlerProcess whose reactor is not
    running yet), return its exit status."""
    from twisted.internet import reactor

    check_arguments(args)
    shard = Shard.parse(args.get("shard"))
    job = args.get("_job")
    where = f"job {job}" if job else (f"shard {shard}" if shard.count > 1 else "")
    runner = BatchRunner(settings, portal_stream(args), spider_args={k: args[k] for k in PASSED_ON if args.get(k)},
                         shard=shard, where=where)  # fmt: skip
    outcome: list[ExitStatus] = []

    async def main() -> None:
        try:
            outcome.append(await runner.run())
        finally:
            with contextlib.suppress(RuntimeError):
                reactor.stop()

    reactor.callWhenRunning(runner.install_signal_handlers)
    reactor.callWhenRunning(lambda: asyncio.ensure_future(main()))
    process.start(stop_after_crawl=False, install_signal_handlers=False)
    if not outcome:  # stopped by a second signal: what finished is reported, the rest is not
        return worst([*(ExitStatus(r.exit_status) for r in runner.results), ExitStatus.FAILED])
    return outcome[0]
