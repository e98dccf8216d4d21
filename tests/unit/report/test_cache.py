"""crawler.report.cache: a second report reads only what changed, and the figures stay the same."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crawler.report import build as build_module
from crawler.report.build import Options, build_report
from crawler.report.cache import CACHE_DIR

from ._runs import day, rec, run

OPTS = Options(as_of=date(2024, 6, 30), weeks=4, stale_days=0)


def figures(report: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in report.items() if k != "generated_at"}


@pytest.fixture
def count_reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls = {"read_run": 0, "scan_records": 0}
    for name in calls:
        real = getattr(build_module, name)

        def counted(*args: Any, _real: Any = real, _name: str = name) -> Any:
            calls[_name] += 1
            return _real(*args)

        monkeypatch.setattr(build_module, name, counted)
    return calls


def test_second_report_reads_nothing_and_says_the_same(tmp_path: Path, count_reads: dict[str, int]) -> None:
    run(tmp_path, "a", day(1), [rec(1, "2024-06-20", ("An",)), rec(2)])
    run(tmp_path, "a", day(2), [], counts={"new": 0, "seen": 2}, failed_pages=[{"url": "http://a/x", "reason": "timeout"}])
    run(tmp_path, "b", day(1), None, finish_reason="unreachable", reason="refused")
    first = build_report(tmp_path, options=OPTS)
    assert count_reads == {"read_run": 3, "scan_records": 2}
    assert (tmp_path / CACHE_DIR / "a.json").is_file()
    second = build_report(tmp_path, options=OPTS)
    assert count_reads == {"read_run": 3, "scan_records": 2}  # all from the cache
    assert figures(second) == figures(first)


def test_what_changed_is_read_again(tmp_path: Path, count_reads: dict[str, int]) -> None:
    m1 = run(tmp_path, "a", day(1), [rec(1, "2024-06-20")])
    m2 = run(tmp_path, "a", day(2), [rec(2, "2024-06-21")])
    build_report(tmp_path, options=OPTS)
    jsonl = m1.with_name(json.loads(m1.read_text())["file"])
    with open(jsonl, "a", encoding="utf-8") as fh:  # a records file changed after its manifest
        fh.write(json.dumps(rec(3, "2024-06-22")) + "\n")
    m2.unlink()  # a run pruned
    run(tmp_path, "a", day(3), [rec(4)])  # a new run
    report = build_report(tmp_path, options=OPTS)
    assert count_reads == {"read_run": 2 + 2, "scan_records": 2 + 2}
    a = report["portals"][0]
    assert a["runs"] == 2 and a["records"] == 3
    assert "2 line(s), its manifest says 1" in a["problems"][0]
    cached = json.loads((tmp_path / CACHE_DIR / "a.json").read_text(encoding="utf-8"))
    assert sorted(cached["runs"]) == sorted([m1.name, next((tmp_path / "a").rglob("20261103*.manifest.json")).name])


def test_a_rewritten_manifest_is_read_again(tmp_path: Path) -> None:
    manifest = run(tmp_path, "a", day(1), [rec(1)])
    assert build_report(tmp_path, options=OPTS)["portals"][0]["last_run"]["finish_reason"] == "finished"
    data = json.loads(manifest.read_text())
    data["finish_reason"] = "shutdown"
    manifest.write_text(json.dumps(data))
    stat = manifest.stat()
    os.utime(manifest, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert build_report(tmp_path, options=OPTS)["portals"][0]["last_run"]["finish_reason"] == "shutdown"


def test_a_broken_cache_is_ignored_and_rebuilt(tmp_path: Path, count_reads: dict[str, int]) -> None:
    run(tmp_path, "a", day(1), [rec(1)])
    first = build_report(tmp_path, options=OPTS)
    cache = tmp_path / CACHE_DIR / "a.json"
    for garbage in ("{oops", json.dumps({"version": 999, "runs": {}}), json.dumps({"version": 1, "runs": {"x": 1}})):
        cache.write_text(garbage, encoding="utf-8")
        assert figures(build_report(tmp_path, options=OPTS)) == figures(first)
    assert json.loads(cache.read_text(encoding="utf-8"))["version"] == 1


def test_without_cache_nothing_is_written(tmp_path: Path) -> None:
    run(tmp_path, "a", day(1), [rec(1)])
    build_report(tmp_path, options=OPTS, use_cache=False)
    assert not (tmp_path / CACHE_DIR).exists()


def test_many_failed_pages_are_kept_to_a_hundred_with_the_exact_count(tmp_path: Path) -> None:
    pages = [{"url": f"http://a/{i}", "reason": "http_500"} for i in range(150)]
    run(tmp_path, "a", day(1), [rec(1)], failed_pages=pages)
    for _ in range(2):  # read, then from the cache
        a = build_report(tmp_path, options=OPTS)["portals"][0]
        assert len(a["failed_pages"]) == 100 and a["failed_pages_total"] == 150
