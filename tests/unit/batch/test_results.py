"""crawler.batch.results: the result line a batch writes and the summary printed from it."""

from __future__ import annotations

import io

from crawler.batch.results import (
    PortalResult,
    event_line,
    invalid,
    not_run,
    parse_event,
    parse_results,
    print_summary,
    ranked,
    totals,
)
from crawler.exitcodes import ExitStatus

OK = PortalResult("b-school", 0, "finished", {"new": 12, "updated": 1, "dropped": 0, "errors": 2, "requests": 40}, files=["out/b.jsonl"])
DEAD = PortalResult("c-dead", 1, "unreachable", {"new": 0, "requests": 4}, "portal c-dead unreachable: connection refused on http://c/ after 4 tries")
BUSY = PortalResult("a-busy", 3, "already_running", failure="portal a-busy is already being crawled by pid 7 since 2026-01-01T00:00:00Z")


def test_the_summary_line_keeps_its_columns() -> None:
    assert OK.line() == ("b-school               ok          new=  12 updated=  1 dropped=  0 errors=  2 requests=   40 "
                         "finish=finished")  # fmt: skip
    assert DEAD.status == "UNREACHABLE" and DEAD.line().startswith("c-dead                 UNREACHABLE new=   0")
    assert BUSY.status == "SKIPPED" and BUSY.line() == f"{'a-busy':<22} {'SKIPPED':<11} {BUSY.failure}"
    assert invalid("x", "line 3: bad").status == "INVALID" and invalid("x", "").exit_status == ExitStatus.USAGE
    assert not_run("y", "worker died").status == "NOT RUN" and not_run("y", "").exit_status == ExitStatus.FAILED
    assert PortalResult("z", 1, "empty").status == "EMPTY" and PortalResult("z", 4, "write_failed").status == "FAILED"


def test_results_travel_as_log_lines() -> None:
    line = "2026-12-01 10:00:00 [crawler.batch.events] INFO: " + event_line("result", OK.__dict__)
    assert parse_event(line) == ("result", OK.__dict__)
    assert parse_event("2026-12-01 [scrapy] INFO: Crawled 3 pages") is None
    assert parse_event("batch result: {not json") is None
    log = ["noise", line, event_line("result", DEAD.__dict__), event_line("end", {"portals": 2})]
    found, end = parse_results(log)
    assert found == [OK, DEAD] and end == {"portals": 2}
    assert parse_results(["noise"]) == ([], None)


def test_summary_order_totals_and_exit_status() -> None:
    assert [r.portal for r in ranked([OK, BUSY, DEAD])] == ["c-dead", "a-busy", "b-school"]
    assert totals([OK, BUSY, DEAD]) == "total: new=12 updated=1 dropped=0 errors=2 requests=44 portals=3 failed=1 skipped=1"
    out, err = io.StringIO(), io.StringIO()
    assert print_summary([OK, BUSY, DEAD], out, err) == ExitStatus.FAILED
    assert out.getvalue().splitlines()[0].startswith("c-dead") and out.getvalue().splitlines()[-1].startswith("total:")
    assert err.getvalue().splitlines() == [f"c-dead: UNREACHABLE: {DEAD.failure}", f"a-busy: SKIPPED: {BUSY.failure}"]
    assert print_summary([], io.StringIO(), io.StringIO()) == ExitStatus.OK
