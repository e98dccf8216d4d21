"""How a run went, judged from what it counted: pure functions, no Scrapy state.

Across thousands of school sites a scheduled run meets dead portals every day. Without a verdict
"this portal is down" looks exactly like "this portal had nothing new" (exit 0, an empty feed),
so cron mails nobody and the data team's feed silently stops. :func:`judge` turns a run's counts
into a finish reason, an exit status (crawler.exitcodes) and one line for the operator;
:func:`failure_reason` turns a download error into the few words that line and the manifest's
``failed_pages`` use ("connection refused", "timed out", "HTTP 503").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from crawler.exitcodes import ExitStatus, for_finish_reason

#: Retryable HTTP answers that mean the server is down or overloaded, not that a link is broken.
SERVER_TROUBLE = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})


def _named(exc: BaseException, *names: str) -> bool:
    """Whether *exc* is an instance of a class called one of *names* (anywhere in its MRO), so
    this module needs neither Twisted nor Scrapy to tell errors apart."""
    return any(cls.__name__ in names for cls in type(exc).__mro__)


def _tls_detail(exc: BaseException) -> str:
    """``TLS error (wrong version number)`` from pyOpenSSL's ``[(lib, func, reason), ...]``."""
    try:
        detail = exc.args[0][-1][-1]
    except (IndexError, TypeError):
        detail = ""
    return f"TLS error ({detail})" if isinstance(detail, str) and detail else "TLS error"


def failure_reason(exc: BaseException) -> str:
    """A download error in a few words: what the operator reads in the log and the manifest."""
    if _named(exc, "DownloadFailedError") and exc.__cause__ is not None:
        return failure_reason(exc.__cause__)  # Scrapy wraps Twisted's ResponseFailed
    response = getattr(exc, "response", None)
    if response is not None and getattr(response, "status", None):
        return f"HTTP {response.status}"
    if _named(exc, "DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return "connection refused"
    if _named(exc, "DownloadTimeoutError", "TimeoutError", "TCPTimedOutError", "UserTimeout"):
        return "timed out"
    if _named(exc, "CannotResolveHostError", "DNSLookupError", "gaierror"):
        return "host name not found (DNS)"
    if type(exc).__module__.startswith("OpenSSL"):
        return _tls_detail(exc)
    reasons = getattr(exc, "reasons", None)  # Twisted's ResponseFailed / ResponseNeverReceived
    if reasons:
        inner = [getattr(r, "value", r) for r in reasons]
        tls = next((v for v in inner if type(v).__module__.startswith("OpenSSL")), None)
        if tls is not None:
            return _tls_detail(tls)
        return "connection closed without a complete answer"
    if _named(exc, "ResponseDataLossError", "ConnectionLost", "ConnectionDone", "ConnectionResetError",
              "ConnectionAborted", "PotentialDataLoss"):  # fmt: skip
        return "connection lost"
    if _named(exc, "IgnoreRequest"):
        return str(exc) or "ignored"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def tries_of(meta: Mapping[str, Any] | None) -> int:
    """How many times a request was sent, from the retry middleware's ``retry_times`` meta."""
    return int((meta or {}).get("retry_times", 0) or 0) + 1


def describe_failure(exc: BaseException, meta: Mapping[str, Any] | None = None) -> str:
    """:func:`failure_reason` plus "after N tries" when the request was retried."""
    tries = tries_of(meta)
    return failure_reason(exc) + (f" after {tries} tries" if tries > 1 else "")


@dataclass(frozen=True)
class FetchFailure:
    """A page given up on after retries."""

    url: str
    reason: str  # failure_reason(): "connection refused", "HTTP 503"
    tries: int = 1

    def where(self) -> str:
        return f"{self.reason} on {self.url}" + (f" after {self.tries} tries" if self.tries > 1 else "")


@dataclass(frozen=True)
class RunFacts:
    """What a finished run counted; everything :func:`judge` needs."""

    portal: str
    #: Scrapy's close reason ("finished", "shutdown", "closespider_timeout", ...)
    closed_as: str | None
    #: pages the portal answered (2xx, 3xx, 304; robots.txt not counted)
    pages_ok: int = 0
    #: pages given up on because the server failed (network errors, SERVER_TROUBLE answers)
    pages_failed: int = 0
    #: the first of those, for the one line
    first_failure: FetchFailure | None = None
    #: every page the spider gave up on, with its reason (manifest ``failed_pages``)
    failed_pages: Sequence[Mapping[str, str]] = field(default_factory=tuple)
    #: articles the run saw (fetched, or skipped as already known)
    seen: int = 0
    #: articles the state store knew for this portal when the run started
    known_before: int = 0
    #: more than this share of pages failing fails the run (1.0 turns the check off)
    max_failed_ratio: float = 0.5


@dataclass(frozen=True)
class Abort:
    """A run stopped on purpose by the run guard: its finish reason and its one line."""

    reason: str  # "already_running", "write_failed", "state_unusable"
    line: str


@dataclass(frozen=True)
class Verdict:
    finish_reason: str
    exit_status: ExitStatus
    #: one line naming the portal and what went wrong; None when the run is fine
    failure: str | None = None


def judge(facts: RunFacts, abort: Abort | None = None) -> Verdict:
    """The run's finish reason, exit status and failure line, in this order of precedence:
    a guard abort; a run stopped before the end; a portal that answered no page at all
    (``unreachable``); more than ``max_failed_ratio`` of pages failed (``too_many_failures``);
    no article seen while earlier runs delivered some (``empty``: a layout change?)."""
    portal = facts.portal or "?"
    if abort is not None:
        return Verdict(abort.reason, for_finish_reason(abort.reason), abort.line)
    closed_as = facts.closed_as or "finished"
    if for_finish_reason(closed_as) != ExitStatus.OK:
        return Verdict(closed_as, for_finish_reason(closed_as),
                       f"portal {portal}: the run stopped before the end ({closed_as}); what it wrote is delivered")  # fmt: skip
    first = facts.first_failure
    if first is None and facts.failed_pages:
        page = facts.failed_pages[0]
        first = FetchFailure(str(page.get("url")), str(page.get("reason")))
    if facts.pages_ok == 0 and first is not None:
        return Verdict("unreachable", ExitStatus.FAILED, f"portal {portal} unreachable: {first.where()}")
    total = facts.pages_ok + facts.pages_failed
    if facts.pages_failed and total and facts.pages_failed / total > facts.max_failed_ratio:
        assert first is not None
        return Verdict("too_many_failures", ExitStatus.FAILED,
                       f"portal {portal}: {facts.pages_failed} of {total} pages failed (more than "
                       f"{facts.max_failed_ratio:.0%}); first: {first.where()}")  # fmt: skip
    if facts.seen == 0 and facts.known_before > 0:
        return Verdict("empty", ExitStatus.FAILED,
                       f"portal {portal} found no article while earlier runs delivered {facts.known_before} "
                       "(layout change?)")  # fmt: skip
    return Verdict(closed_as, ExitStatus.OK)
