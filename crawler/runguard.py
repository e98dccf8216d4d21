"""Scheduled-run safety: one run per portal, a run stopped at its first failed write, dead
portals told apart from quiet ones, and the log kept to one line per accident.

Three Scrapy components, enabled in settings.py:

``RunGuard`` (extension)
    Holds the portal's lock (crawler.state.lock) for the run, and the run's *abort*: the first
    ``write_failed`` signal (crawler.signals) from the feed storage, the manifest or the state
    store logs one line naming the file and the OS error, tells the feed storages to discard
    their staging files (``run_aborted``) and closes the spider with reason ``write_failed``.
    Its :meth:`RunGuard.verdict` judges the run (crawler.health) for the manifest, the summary
    line and the exit status.
``FetchOutcomeMiddleware`` (downloader middleware, just below the retry middleware)
    Sees each request's final outcome, after retries: pages answered, pages failed (network
    errors and SERVER_TROUBLE answers) and the first failure, for the dead-portal verdict.
``QuietRobotsTxtMiddleware``
    Scrapy's robots.txt middleware logs a full traceback when robots.txt cannot be fetched
    (a refused connection, a timeout). This one logs a single warning with the reason instead;
    the page requests that follow fail, and are reported, on their own.

Tracebacks of failures already reported in one line (a feed not stored, a state write refused)
are dropped from Scrapy's error logs by :class:`ReportedErrorFilter`.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.httpobj import urlparse_cached

from crawler import signals as run_signals
from crawler.exitcodes import ExitStatus, for_finish_reason
from crawler.feeds.storage import FeedNotStored
from crawler.health import (
    SERVER_TROUBLE,
    Abort,
    FetchFailure,
    RunFacts,
    Verdict,
    failure_reason,
    judge,
    tries_of,
)
from crawler.state import PortalBusy, PortalLock, StateError

#: The logger of the one line per failed run (``crawl --all`` picks it out of each portal's log).
run_logger = logging.getLogger("crawler.run")
logger = logging.getLogger(__name__)

STATS_FETCH_OK = "portal_crawler/fetch/ok"
STATS_FETCH_FAILED = "portal_crawler/fetch/failed"
STATS_EXIT_STATUS = "portal_crawler/exit_status"


def describe_os_error(error: BaseException) -> str:
    """``No space left on device [Errno 28]`` for an OSError; the message for anything else."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} [Errno {error.errno}]"
    return str(error)


class ReportedErrorFilter(logging.Filter):
    """Drops Scrapy's error records (with traceback) of failures this module already reported
    in one line: a feed discarded on purpose (FeedNotStored) and a refused state write."""

    LOGGERS = ("scrapy.extensions.feedexport", "scrapy.core.scraper", "scrapy.utils.signal")

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, FeedNotStored | StateError)

    @classmethod
    def install(cls) -> None:
        for name in cls.LOGGERS:
            target = logging.getLogger(name)
            if not any(isinstance(f, cls) for f in target.filters):
                target.addFilter(cls())


class RunGuard:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.abort: Abort | None = None
        self.lock: PortalLock | None = None
        self.first_failure: FetchFailure | None = None
        self.max_failed_ratio = crawler.settings.getfloat("PORTAL_MAX_FAILED_RATIO", 0.5)
        crawler.signals.connect(self.write_failed, signal=run_signals.write_failed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)
        ReportedErrorFilter.install()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunGuard:
        return cls(crawler)

    @staticmethod
    def of(crawler: Crawler | None) -> RunGuard | None:
        """The crawler's RunGuard, or None when the extension is disabled."""
        manager = getattr(crawler, "extensions", None)
        return next((ext for ext in getattr(manager, "middlewares", ()) if isinstance(ext, RunGuard)), None)

    # --- aborting ---------------------------------------------------------------------------

    def stop(self, reason: str, line: str) -> None:
        """Abort the run (the first abort wins): log its one line, have feeds discarded."""
        if self.abort is not None:
            return
        self.abort = Abort(reason, line)
        run_logger.error(line)
        self.stats.set_value("portal_crawler/abort", reason)
        self.crawler.signals.send_catch_log(run_signals.run_aborted, reason=reason)

    def lock_portal(self, state_path: str, portal: str) -> None:
        """Take the portal's lock for this run; on failure abort and raise CloseSpider (from a
        spider_opened handler, Scrapy then closes the spider before any request)."""
        lock = PortalLock(state_path, portal)
        try:
            stale = lock.acquire()
        except PortalBusy as busy:
            who = busy.holder.describe() if busy.holder else "another process"
            self.stop("already_running", f"portal {portal} is already being crawled by {who}; not starting a second run")
            raise CloseSpider("already_running") from None
        except OSError as exc:
            self.stop("write_failed", f"could not write {lock.path}: {describe_os_error(exc)}")
            raise CloseSpider("write_failed") from None
        self.lock = lock
        if stale is not None:
            logger.info("took over the lock of portal %s from %s, which is no longer running", portal, stale.describe())

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def write_failed(self, path: Any, error: BaseException) -> None:
        """The first failed write stops the run at once; later ones are only counted."""
        self.stats.inc_value("portal_crawler/write_failures")
        if self.abort is not None:
            return
        detail = str(error) if isinstance(error, StateError) else f"could not write {path}: {describe_os_error(error)}"
        self.stop("write_failed", detail)
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and getattr(engine, "spider", None) is not None:
            done = deferred_from_coro(engine.close_spider_async(reason="write_failed"))
            done.addErrback(lambda _: None)  # already closing, or closed: nothing to do

    def engine_stopped(self) -> None:
        self.release()

    # --- fetch outcomes ---------------------------------------------------------------------

    def fetched(self) -> None:
        self.stats.inc_value(STATS_FETCH_OK)

    def fetch_failed(self, failure: FetchFailure) -> None:
        self.stats.inc_value(STATS_FETCH_FAILED)
        self.stats.inc_value(f"portal_crawler/fetch/failed/{failure.reason}")
        if self.first_failure is None:
            self.first_failure = failure

    # --- verdict ----------------------------------------------------------------------------

    def facts(self, spider: Any, closed_as: str | None, *, seen: int, known_before: int) -> RunFacts:
        return RunFacts(
            portal=str(getattr(spider, "portal_id", "") or ""),
            closed_as=closed_as,
            pages_ok=int(self.stats.get_value(STATS_FETCH_OK, 0)),
            pages_failed=int(self.stats.get_value(STATS_FETCH_FAILED, 0)),
            first_failure=self.first_failure,
            failed_pages=tuple(getattr(spider, "failed_pages", ()) or ()),
            seen=seen,
            known_before=known_before,
            max_failed_ratio=self.max_failed_ratio,
        )

    def verdict(self, facts: RunFacts) -> Verdict:
        return judge(facts, self.abort)

    def conclude(self, verdict: Verdict) -> None:
        """The run is over: log its failure line (an abort's is logged already) and keep the
        exit status in the stats, where the crawl command reads it."""
        if verdict.failure and self.abort is None:
            run_logger.error(verdict.failure)
        self.stats.set_value(STATS_EXIT_STATUS, int(verdict.exit_status))


def exit_status_of(crawler: Crawler) -> ExitStatus:
    """The exit status a finished crawl earned: the verdict's, else its finish reason's."""
    stats = crawler.stats
    if stats is None:
        return ExitStatus.FAILED
    status = stats.get_value(STATS_EXIT_STATUS)
    if status is not None:
        return ExitStatus(int(status))
    return for_finish_reason(stats.get_value("finish_reason"))


class FetchOutcomeMiddleware:
    """Reports each request's final outcome to the RunGuard (place it below the retry
    middleware, so it sees what is left after retries). robots.txt requests and discovery probes
    are not pages."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self._guard: RunGuard | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchOutcomeMiddleware:
        return cls(crawler)

    @property
    def guard(self) -> RunGuard | None:
        if self._guard is None:
            self._guard = RunGuard.of(self.crawler)
        return self._guard

    @staticmethod
    def _robots(request: Request) -> bool:
        """robots.txt and the spider's discovery probes (sitemaps, feeds: most portals have
        none) are not pages of the portal."""
        if request.meta.get("probe"):
            return True
        return bool(request.meta.get("dont_obey_robotstxt")) and urlparse_cached(request).path == "/robots.txt"

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        guard = self.guard
        if guard is None or self._robots(request):
            return response
        if response.status in SERVER_TROUBLE:
            guard.fetch_failed(FetchFailure(request.url, f"HTTP {response.status}", tries_of(request.meta)))
        elif response.status < 400:
            guard.fetched()
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        guard = self.guard
        if guard is None or isinstance(exception, IgnoreRequest) or self._robots(request):
            return None
        guard.fetch_failed(FetchFailure(request.url, failure_reason(exception), tries_of(request.meta)))
        return None


class _RobotsErrorFilter(logging.Filter):
    """Turns the robots.txt middleware's "Error downloading" record (a traceback) into one
    warning that says which host and why."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.args, dict) and "f_exception" in record.args:
            request = record.args.get("request")
            host = urlparse_cached(request).netloc if isinstance(request, Request) else "?"
            record.msg = "robots.txt of %s not fetched (%s); going on as if it allowed everything"
            record.args = (host, failure_reason(record.args["f_exception"]))
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class QuietRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, with its download errors logged as one warning line."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        target = logging.getLogger(RobotsTxtMiddleware.__module__)
        if not any(isinstance(f, _RobotsErrorFilter) for f in target.filters):
            target.addFilter(_RobotsErrorFilter())
