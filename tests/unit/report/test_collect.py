"""crawler.report.collect: tolerant manifest reading, streamed record counters, the state store."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from crawler.report.collect import RecordStats, find_manifests, read_run, scan_records, state_totals
from crawler.state import StateStore

from ._runs import day, rec, run


def test_read_run_keeps_what_the_spider_writes(tmp_path: Path) -> None:
    manifest = run(tmp_path, "demo", day(2), [rec(1, "2026-11-01")], counts={"new": 1, "seen": 4, "errors": 0}, mode="full",
                   failed_pages=[("http://x/a", "http_404")], dropped_reasons={"not_article": 2})  # fmt: skip
    r = read_run(manifest, "demo")
    assert (r.portal, r.finish_reason, r.mode, r.lines, r.found) == ("demo", "finished", "full", 1, 4)
    assert r.failed_pages == ({"url": "http://x/a", "reason": "http_404"},)
    assert r.failed_count == 1 and r.dropped_reasons == {"not_article": 2}
    assert r.file is not None and r.file.name.endswith(".jsonl")
    assert r.when == day(2)


def test_read_run_is_defensive_about_other_writers(tmp_path: Path) -> None:
    path = tmp_path / "x" / "2026" / "11" / "20261102T010000Z-abcdef.manifest.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({
        "finish_reason": "write_failed", "message": "disk full\nTraceback …", "counts": {"new": "3", "odd": "many"},
        "failed_pages": [{"url": "http://x/1", "reason": "timeout", "status": 504}, ["http://x/2", "dns"], "http://x/3", 7],
        "dropped_reasons": "none", "started_at": "not a time", "finished_at": "2026-11-02T01:05:00+07:00",
        "brand_new_key": {"a": 1},
    }), encoding="utf-8")  # fmt: skip
    r = read_run(path, "x")
    assert r.portal == "x" and r.run_id == "20261102T010000Z-abcdef"
    assert r.reason == "disk full"  # one line
    assert r.counts == {"new": 3} and r.found == 3
    assert [p["url"] for p in r.failed_pages] == ["http://x/1", "http://x/2", "http://x/3"]
    assert r.failed_pages[0]["status"] == "504"
    assert r.started_at is None and r.finished_at is not None and r.finished_at.utcoffset().total_seconds() == 7 * 3600
    assert r.dropped_reasons == {} and r.lines is None and r.file is None
    assert r.extra == {"brand_new_key": {"a": 1}}


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", "\xff\xfe"])
def test_read_run_refuses_what_is_no_manifest(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.manifest.json"
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(ValueError):
        read_run(path, "x")


def test_find_manifests_follows_the_layout_only(tmp_path: Path) -> None:
    a = run(tmp_path, "b-portal", day(3))
    b = run(tmp_path, "a-portal", day(1))
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "x.manifest.json").write_text("{}")
    (a.parent / ".hidden.manifest.json").write_text("{}")
    (tmp_path / "a-portal" / "notes").mkdir()
    (tmp_path / "a-portal" / "notes" / "y.manifest.json").write_text("{}")
    assert list(find_manifests(tmp_path)) == [("a-portal", b), ("b-portal", a)]


def test_record_stats_definitions() -> None:
    stats = RecordStats()
    for r in [
        rec(1, "2024-06-10T08:30:00+07:00", ("An",), [{"url": "u", "caption": "Lễ"}]),
        rec(2, "2024-06-12", (), [{"url": "u", "caption": None}, {"url": "v", "caption": "  "}]),
        rec(3, None, ("",)),
        rec(4, "not a date"),
    ]:
        stats.add(r)
    assert (stats.records, stats.with_date, stats.with_time, stats.with_authors, stats.with_images, stats.with_captions,
            stats.undated) == (4, 2, 1, 1, 2, 1, 2)  # fmt: skip
    assert stats.by_week == {date(2024, 6, 10): 2}  # both in the ISO week starting Monday 10 June


def test_scan_records_hashes_counts_and_survives_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"published_at": "2024-01-01"}\nnot json\n[1]\n\n{"published_at": null}')
    scan = scan_records(path)
    assert scan.lines == 4  # newline-terminated lines, as manifests count them
    assert scan.stats.records == 2 and scan.stats.bad_lines == 2
    import hashlib

    assert scan.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_scan_records_streams(tmp_path: Path) -> None:
    """20,000 records (~12 MB as dicts) are folded one line at a time: memory stays small."""
    path = tmp_path / "big.jsonl"
    line = json.dumps(rec(0, "2024-06-10", ("An",), [{"url": "http://x/a.jpg", "caption": "Ảnh"}]) | {"body": "x" * 400})
    path.write_text((line + "\n") * 20_000, encoding="utf-8")
    tracemalloc.start()
    try:
        scan = scan_records(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert scan.stats.records == 20_000
    assert peak < 2_000_000, f"peak {peak} bytes: records are being kept"


def test_state_totals_never_creates_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "state.sqlite3"
    totals, problem = state_totals(missing)
    assert totals == {} and "no state store" in (problem or "")
    assert not missing.exists() and not missing.parent.exists()
    assert state_totals(None) == ({}, None)


def test_state_totals_per_portal(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with StateStore(path) as store:
        for i in range(3):
            store.stage("r1", "a", f"http://a/{i}", f"http://a/{i}", "h")
        store.stage("r1", "b", "http://b/0", "http://b/0", "h")
        store.stage("r2", "c", "http://c/0", "http://c/0", "h")  # staged only: not known
        store.commit_run("r1")
    totals, problem = state_totals(path)
    assert problem is None
    assert {k: v.articles for k, v in totals.items()} == {"a": 3, "b": 1}
    assert totals["a"].newest_first_seen is not None
