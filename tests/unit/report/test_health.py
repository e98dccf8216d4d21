"""crawler.report.health.judge: one rule per test, over runs built in memory."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from crawler.report.collect import Run
from crawler.report.health import judge


def mk(n: int, finish: str = "finished", reason: str | None = None, failed: int = 0, lines: int | None = None, **counts: int) -> Run:
    return Run(
        portal="p", run_id=f"run{n:02d}", manifest=Path(f"run{n:02d}.manifest.json"),
        started_at=datetime(2026, 11, n, tzinfo=UTC), finished_at=datetime(2026, 11, n, 1, tzinfo=UTC),
        finish_reason=finish, reason=reason, mode="incremental", counts=counts,
        failed_pages=tuple({"url": f"http://x/{i}", "reason": "http_500"} for i in range(failed)),
        dropped_reasons={}, lines=lines if lines is not None else counts.get("new", 0), file=None, sha256=None, platform=None,
    )  # fmt: skip


def status(runs: list[Run], **kw: Any) -> str:
    return judge(runs, **kw).status


def test_a_healthy_incremental_run_that_found_only_known_articles_is_ok() -> None:
    assert status([mk(1, new=10, seen=10), mk(2, new=0, seen=10)]) == "ok"


def test_used_to_produce_and_now_finds_nothing_is_flagged_stopped() -> None:
    verdict = judge([mk(1, new=10, seen=10), mk(2, new=0, seen=10), mk(3, new=0, seen=0), mk(4, new=0, seen=0)])
    assert verdict.status == "stopped"
    assert verdict.empty_runs == 2
    assert verdict.last_found is not None and verdict.last_found.run_id == "run02"
    assert "last 2 finished run(s), since 2026-11-03" in verdict.messages[0]


def test_stopped_also_from_the_state_store_when_old_manifests_are_gone() -> None:
    assert status([mk(3, new=0, seen=0)]) == "never_produced"
    verdict = judge([mk(3, new=0, seen=0)], known_articles=120)
    assert verdict.status == "stopped" and "knows 120 article(s)" in verdict.messages[0]


def test_a_run_that_does_not_say_what_it_saw_is_not_flagged() -> None:
    # older manifests without counts.seen: nothing new is normal for an incremental run
    assert status([mk(1, new=10), mk(2, new=0)]) == "ok"


def test_a_failed_last_run_shows_its_finish_reason_and_one_line_reason() -> None:
    verdict = judge([mk(1, new=3, seen=3), mk(2, "unreachable", "DNS lookup failed", failed=1, seen=0)])
    assert verdict.status == "failed"
    assert "ended unreachable: DNS lookup failed" in verdict.messages[0]
    assert verdict.flags == ("failed", "errors")
    # a failed run finding nothing is no layout signal: only finished runs count as empty
    assert verdict.empty_runs == 0


def test_stopped_outranks_a_failure_after_it() -> None:
    verdict = judge([mk(1, new=5, seen=5), mk(2, seen=0), mk(3, "too_many_failures", seen=0)])
    assert verdict.flags == ("stopped", "failed")


def test_already_running_is_skipped_and_judged_by_the_run_before() -> None:
    verdict = judge([mk(1, new=5, seen=5), mk(2, "already_running")])
    assert verdict.status == "skipped"
    assert judge([mk(1, new=5, seen=5), mk(2, seen=0), mk(3, "already_running")]).status == "stopped"


def test_failed_pages_of_a_finished_run() -> None:
    assert status([mk(1, new=5, seen=5, failed=2)]) == "errors"
    assert status([mk(1, new=5, seen=5, errors=4)]) == "errors"  # a count without the list


def test_stale_when_no_run_for_too_long() -> None:
    runs = [mk(1, new=5, seen=5)]
    assert status(runs, as_of=date(2026, 11, 30), stale_days=7) == "stale"
    assert status(runs, as_of=date(2026, 11, 5), stale_days=7) == "ok"
    assert status(runs, as_of=date(2026, 11, 30), stale_days=0) == "ok"


def test_never_produced() -> None:
    verdict = judge([mk(1, seen=0), mk(2, seen=0)])
    assert verdict.status == "never_produced" and "none of its 2 finished run(s)" in verdict.messages[0]
