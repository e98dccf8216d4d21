"""crawler.health: download errors in a few words, and the verdict on a run."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from OpenSSL import SSL
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet import error as twisted_error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed

from crawler.exitcodes import ExitStatus
from crawler.health import Abort, FetchFailure, RunFacts, describe_failure, failure_reason, judge


@pytest.mark.parametrize(("exc", "reason"), [
    (DownloadConnectionRefusedError("Connection was refused by other side: 111"), "connection refused"),
    (twisted_error.ConnectionRefusedError(), "connection refused"),
    (DownloadTimeoutError("Getting http://x/ took longer than 1.0 seconds."), "timed out"),
    (twisted_error.TimeoutError(), "timed out"),
    (CannotResolveHostError("no such host"), "host name not found (DNS)"),
    (ResponseDataLossError(), "connection lost"),
    (twisted_error.ConnectionLost(), "connection lost"),
    (IgnoreRequest("Forbidden by robots.txt"), "Forbidden by robots.txt"),
    (ValueError("odd\nsecond line"), "ValueError: odd"),
])  # fmt: skip
def test_failure_reason(exc: Exception, reason: str) -> None:
    assert failure_reason(exc) == reason


def test_wrapped_twisted_errors() -> None:
    def wrapped(inner: BaseException) -> DownloadFailedError:
        try:
            raise DownloadFailedError(str(inner)) from inner
        except DownloadFailedError as exc:
            return exc

    tls = ResponseFailed([Failure(SSL.Error([("SSL routines", "", "wrong version number")]))])
    assert failure_reason(wrapped(tls)) == "TLS error (wrong version number)"
    cut = ResponseFailed([Failure(twisted_error.ConnectionDone())])
    assert failure_reason(wrapped(cut)) == "connection closed without a complete answer"


def test_http_errors_and_tries() -> None:
    http_error = IgnoreRequest("Ignoring non-200 response")
    http_error.response = SimpleNamespace(status=503)  # what HttpError carries
    assert failure_reason(http_error) == "HTTP 503"
    assert describe_failure(http_error, {"retry_times": 3}) == "HTTP 503 after 4 tries"
    assert describe_failure(DownloadConnectionRefusedError(), {}) == "connection refused"


def facts(**kw) -> RunFacts:
    return RunFacts(**{"portal": "school", "closed_as": "finished", **kw})


REFUSED = FetchFailure("http://127.0.0.1:9/", "connection refused", 4)


def test_a_portal_that_answered_nothing_is_unreachable() -> None:
    verdict = judge(facts(pages_failed=1, first_failure=REFUSED, failed_pages=[{"url": REFUSED.url, "reason": "x"}]))
    assert verdict.finish_reason == "unreachable" and verdict.exit_status == ExitStatus.FAILED
    assert verdict.failure == "portal school unreachable: connection refused on http://127.0.0.1:9/ after 4 tries"
    # a start URL refused by robots.txt: the spider's failed page is the evidence
    robots = judge(facts(failed_pages=[{"url": "http://s/", "reason": "ignored: Forbidden by robots.txt"}]))
    assert robots.failure == "portal school unreachable: ignored: Forbidden by robots.txt on http://s/"


def test_failed_share_above_the_threshold_fails_the_run() -> None:
    half = facts(pages_ok=10, pages_failed=10, first_failure=REFUSED, seen=5)
    assert judge(half).exit_status == ExitStatus.OK  # exactly half is not more than half
    worse = facts(pages_ok=9, pages_failed=11, first_failure=REFUSED, seen=5)
    verdict = judge(worse)
    assert verdict.finish_reason == "too_many_failures" and verdict.exit_status == ExitStatus.FAILED
    assert verdict.failure.startswith("portal school: 11 of 20 pages failed (more than 50%); first: connection refused")
    assert judge(facts(pages_ok=9, pages_failed=11, first_failure=REFUSED, seen=5, max_failed_ratio=1.0)).exit_status == 0


def test_empty_stopped_aborted_and_fine() -> None:
    empty = judge(facts(pages_ok=3, seen=0, known_before=17))
    assert (empty.finish_reason, empty.exit_status) == ("empty", ExitStatus.FAILED)
    assert "found no article while earlier runs delivered 17" in empty.failure
    assert judge(facts(pages_ok=3, seen=0, known_before=0)).exit_status == ExitStatus.OK  # a new portal, nothing yet
    stopped = judge(facts(closed_as="shutdown", pages_ok=3))
    assert (stopped.finish_reason, stopped.exit_status) == ("shutdown", ExitStatus.FAILED)
    aborted = judge(facts(pages_ok=0, first_failure=REFUSED), Abort("write_failed", "could not write x"))
    assert aborted == judge(facts(), Abort("write_failed", "could not write x"))
    assert (aborted.finish_reason, aborted.exit_status, aborted.failure) == ("write_failed", ExitStatus.WRITE_FAILED, "could not write x")
    fine = judge(facts(pages_ok=30, pages_failed=2, first_failure=REFUSED, seen=12, known_before=10))
    assert (fine.finish_reason, fine.exit_status, fine.failure) == ("finished", ExitStatus.OK, None)
