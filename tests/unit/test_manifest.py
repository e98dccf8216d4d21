"""Run manifests and the output layout."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from crawler.feeds.layout import (
    feed_path,
    find_manifest,
    manifest_path,
    new_run_id,
    run_started,
)
from crawler.feeds.manifest import (
    MANIFEST_KEYS,
    check_against_manifest,
    read_manifest,
    write_manifest,
)

ICT = timezone(timedelta(hours=7))


def record(n: int) -> dict:
    return {
        "url": f"http://127.0.0.1:8000/tin-tuc/bai-{n}.html",
        "canonical_url": f"http://127.0.0.1:8000/tin-tuc/bai-{n}.html",
        "portal": "haugiang",
        "title": f"Khai giảng lớp Trung cấp lý luận chính trị khóa {n}",
        "published_at": "2026-11-20",
        "updated": False,
        "authors": ["Thanh Tâm"],
        "photographers": [],
        "source": None,
        "summary": None,
        "body": "Sáng ngày 20/11, Trường Chính trị tỉnh Hậu Giang tổ chức khai giảng.",
        "images": [],
        "category": "Tin tức",
        "language": "vi",
        "content_hash": hashlib.sha256(str(n).encode()).hexdigest(),
        "crawled_at": "2026-11-25T12:00:00Z",
        "schema_version": 1,
    }


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "haugiang" / "2026" / "11" / "20261125T120000Z-abc123.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text(
        "".join(json.dumps(record(n), ensure_ascii=False) + "\n" for n in range(3)),
        encoding="utf-8",
    )
    return path


# -- layout --------------------------------------------------------------------------------


def test_run_ids_are_sortable_unique_and_carry_their_start() -> None:
    t = datetime(2026, 11, 25, 19, 34, 56, tzinfo=ICT)  # 12:34:56 UTC
    run_id = new_run_id(t)
    assert re.fullmatch(r"20261125T123456Z-[0-9a-f]{6}", run_id)
    assert run_started(run_id) == datetime(2026, 11, 25, 12, 34, 56, tzinfo=UTC)
    # 24 random bits: 20 runs started in one second collide once in about 80,000 draws (200, as
    # this test drew before, once in 840: it failed so in one suite run)
    ids = {new_run_id(t) for _ in range(20)}
    assert len(ids) == 20
    later = new_run_id(t + timedelta(seconds=1))
    assert all(i < later for i in ids)
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{6}", new_run_id())
    with pytest.raises(ValueError):
        run_started("not-a-run")


def test_feed_and_manifest_paths(tmp_path: Path) -> None:
    started = datetime(2026, 1, 1, 5, 0, tzinfo=ICT)  # still 2025-12-31 in UTC
    path = feed_path(tmp_path, "haugiang", "20251231T220000Z-abc123", started)
    assert path == tmp_path / "haugiang" / "2025" / "12" / "20251231T220000Z-abc123.jsonl"
    naive = feed_path("out", "p", "r", datetime(2026, 3, 9))
    assert naive == Path("out/p/2026/03/r.jsonl")
    assert manifest_path(path) == path.with_name("20251231T220000Z-abc123.manifest.json")
    assert manifest_path("x/export.json") == Path("x/export.manifest.json")
    with pytest.raises(ValueError):
        feed_path(tmp_path, "../evil", "r", started)


def test_find_manifest(tmp_path: Path) -> None:
    run_id = new_run_id(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    assert find_manifest(tmp_path, "haugiang", run_id) is None
    jsonl = feed_path(tmp_path, "haugiang", run_id, run_started(run_id))
    jsonl.parent.mkdir(parents=True)
    jsonl.write_text("", encoding="utf-8")
    assert find_manifest(tmp_path, "haugiang", run_id) is None  # a feed without manifest
    written = write_manifest(jsonl, {"run_id": run_id, "portal": "haugiang"})
    assert find_manifest(tmp_path, "haugiang", run_id) == written
    elsewhere = tmp_path / "haugiang" / "old" / "custom-run.jsonl"
    elsewhere.parent.mkdir(parents=True)
    elsewhere.write_text("", encoding="utf-8")
    assert find_manifest(tmp_path, "haugiang", "custom-run") is None
    write_manifest(elsewhere, {"portal": "haugiang"})
    assert find_manifest(tmp_path, "haugiang", "custom-run") == manifest_path(elsewhere)


# -- manifest ------------------------------------------------------------------------------


def test_write_manifest_contents_and_order(feed: Path) -> None:
    data = feed.read_bytes()
    path = write_manifest(feed, {
        "run_id": "20261125T120000Z-abc123",
        "portal": "haugiang",
        "started_at": datetime(2026, 11, 25, 19, 0, tzinfo=ICT),
        "finished_at": "2026-11-25T12:05:00Z",
        "finish_reason": "finished",
        "counts": {"new": 2, "updated": 1, "pages": 14, "requests": 40},
        "dropped_reasons": {"không phải bài viết": 2},
        "failed_pages": [("http://127.0.0.1/x", "HTTP 500"), {"url": "http://127.0.0.1/y", "reason": "timeout"}],
    })
    assert path == feed.with_name("20261125T120000Z-abc123.manifest.json")
    text = path.read_text(encoding="utf-8")
    assert "không phải bài viết" in text  # ensure_ascii off
    assert text.startswith('{\n  "run_id": "20261125T120000Z-abc123",\n')
    manifest = json.loads(text)
    assert tuple(manifest) == MANIFEST_KEYS
    assert manifest["started_at"] == "2026-11-25T12:00:00Z"
    assert manifest["finished_at"] == "2026-11-25T12:05:00Z"
    assert list(manifest["counts"]) == ["new", "updated", "dropped", "errors", "requests", "pages"]
    assert manifest["counts"] == {"new": 2, "updated": 1, "dropped": 0, "errors": 0,
                                  "requests": 40, "pages": 14}
    assert manifest["failed_pages"] == [
        {"url": "http://127.0.0.1/x", "reason": "HTTP 500"},
        {"url": "http://127.0.0.1/y", "reason": "timeout"},
    ]
    assert manifest["schema_version"] == 1
    assert manifest["file"] == feed.name
    assert manifest["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["lines"] == 3
    assert read_manifest(path) == manifest
    assert [p.name for p in feed.parent.iterdir() if p.name.endswith(".partial")] == []


def test_manifest_defaults_and_extra_keys(tmp_path: Path) -> None:
    empty = tmp_path / "20261125T120000Z-000000.jsonl"
    empty.write_bytes(b"")
    manifest = read_manifest(write_manifest(empty, {"portal": "p", "mode": "refresh"}))
    assert manifest["run_id"] == "20261125T120000Z-000000"
    assert manifest["lines"] == 0
    assert manifest["sha256"] == hashlib.sha256(b"").hexdigest()
    assert manifest["failed_pages"] == [] and manifest["dropped_reasons"] == {}
    assert list(manifest)[-1] == "mode"


def test_read_manifest_rejects_non_manifests(tmp_path: Path) -> None:
    bad = tmp_path / "a.manifest.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        read_manifest(bad)
    bad.write_text('{"run_id": "x"}', encoding="utf-8")
    with pytest.raises(ValueError, match="lacks"):
        read_manifest(bad)


def test_check_against_manifest(feed: Path) -> None:
    assert check_against_manifest(feed) is None  # no manifest yet
    write_manifest(feed, {"portal": "haugiang"})
    assert check_against_manifest(feed) == []
    with feed.open("ab") as fh:
        fh.write(b'{"extra": true}\n')
    problems = check_against_manifest(feed)
    assert problems is not None and len(problems) == 2
    assert any("line count 4" in p for p in problems)
    assert any("sha256" in p for p in problems)
