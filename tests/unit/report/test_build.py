"""crawler.report.build: the report dict over an output directory laid out by the real writers."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from crawler.portals import PortalConfig
from crawler.report import write_report
from crawler.report.build import Options, build_report, window
from crawler.state import StateStore

from ._runs import day, rec, run

OPTS = Options(as_of=date(2024, 6, 30), weeks=4, stale_days=0)


def entry(report: dict, portal: str) -> dict:
    return next(p for p in report["portals"] if p["portal"] == portal)


def test_window_ends_with_the_as_of_week() -> None:
    assert window(OPTS) == [date(2024, 6, 3), date(2024, 6, 10), date(2024, 6, 17), date(2024, 6, 24)]


def test_figures_come_from_the_manifests_and_the_records(tmp_path: Path) -> None:
    run(tmp_path, "a", day(1), [rec(1, "2024-06-03"), rec(2, "2024-06-25T07:00:00+07:00", ("An",)), rec(3, "2023-01-02"), rec(4)])
    run(tmp_path, "a", day(2), [rec(5, "2024-07-08", images=[{"url": "u", "caption": "Ảnh"}])],
        counts={"new": 1, "updated": 2, "seen": 9, "requests": 40}, failed_pages=[{"url": "http://a/x", "reason": "http_500"}])  # fmt: skip
    report = build_report(tmp_path, options=OPTS, now=datetime(2024, 6, 30, tzinfo=UTC))
    a = entry(report, "a")
    assert a["runs"] == 2 and a["records"] == 5
    assert (a["last_run"]["new"], a["last_run"]["updated"], a["last_run"]["requests"], a["last_run"]["found"]) == (1, 2, 40, 9)
    assert a["failed_pages"] == [{"url": "http://a/x", "reason": "http_500"}] and a["failed_pages_total"] == 1
    assert a["status"] == "errors"
    assert a["coverage"]["date"] == {"count": 4, "share": 0.8}
    assert a["coverage"]["time"]["count"] == 1 and a["coverage"]["authors"]["count"] == 1
    assert a["coverage"]["captions"] == {"count": 1, "share": 0.2}
    assert (a["weekly"], a["older"], a["newer"], a["undated"]) == ([1, 0, 0, 1], 1, 1, 1)
    assert a["latest_file"]["records"] == 1 and a["latest_file"]["coverage"]["captions"]["share"] == 1.0
    assert [h["new"] for h in a["history"]] == [1, 4]  # newest first
    assert a["last_run"]["manifest"].startswith("a/2026/11/")  # relative: the report moves with its folder
    assert report["totals"]["records"] == 5 and report["totals"]["weekly"] == [1, 0, 0, 1]
    assert report["generated_at"] == "2024-06-30T00:00:00Z"


def test_problems_are_reported_not_raised(tmp_path: Path) -> None:
    good = run(tmp_path, "a", day(1), [rec(1), rec(2)])
    bad = good.with_name("20261102T000000Z-000000.manifest.json")
    bad.write_text("{half a manifest", encoding="utf-8")
    lost = run(tmp_path, "b", day(1), [rec(1)])
    (lost.parent / json.loads(lost.read_text())["file"]).unlink()
    changed = run(tmp_path, "c", day(1), [rec(1)])
    jsonl = changed.parent / json.loads(changed.read_text())["file"]
    jsonl.write_text(json.dumps(rec(9)) + "\n", encoding="utf-8")  # same line count, other bytes
    grown = run(tmp_path, "d", day(1), [rec(1)])
    with open(grown.parent / json.loads(grown.read_text())["file"], "a", encoding="utf-8") as fh:
        fh.write(json.dumps(rec(2)) + "\n")
    report = build_report(tmp_path, options=OPTS)
    assert any("manifest unreadable" in p and "20261102T000000Z-000000" in p for p in report["problems"])
    assert entry(report, "a")["runs"] == 1
    assert "records file is missing (1 line(s) announced)" in entry(report, "b")["problems"][0]
    assert "sha256 differs" in entry(report, "c")["problems"][0]
    assert "2 line(s), its manifest says 1" in entry(report, "d")["problems"][0]


def test_unreachable_run_without_a_file(tmp_path: Path) -> None:
    run(tmp_path, "a", day(1), [rec(1)])
    run(tmp_path, "a", day(2), None, finish_reason="unreachable", reason="connection refused", counts={"seen": 0})
    a = entry(build_report(tmp_path, options=OPTS), "a")
    assert a["status"] == "failed" and a["last_run"]["reason"] == "connection refused"
    assert a["problems"] == [] and a["records"] == 1


def test_state_store_tells_what_pruned_manifests_no_longer_do(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(out, "a", day(5), [], counts={"new": 0, "seen": 0})
    state = tmp_path / "state.sqlite3"
    with StateStore(state) as store:
        store.stage("old", "a", "http://a/1", "http://a/1", "h")
        store.stage("old", "gone", "http://g/1", "http://g/1", "h")
        store.commit_run("old")
    report = build_report(out, state, options=OPTS)
    a = entry(report, "a")
    assert a["status"] == "stopped" and a["state"]["articles"] == 1
    assert any("1 portal(s) without any manifest" in p and "gone" in p for p in report["problems"])
    assert build_report(out, None, options=OPTS)["portals"][0]["status"] == "never_produced"


def test_configs_give_title_province_platform_and_order(tmp_path: Path) -> None:
    run(tmp_path, "a", day(1), [rec(1)])
    run(tmp_path, "b", day(1), [rec(1)])
    run(tmp_path, "c", day(1), [rec(1)])
    run(tmp_path, "127.0.0.1_8000", day(1), [rec(1)], portal="127.0.0.1:8000", platform="joomla")
    configs = [PortalConfig("b", title="Trường B", province="An Giang", platform="wordpress"),
               PortalConfig("c", province="Bạc Liêu")]  # fmt: skip
    report = build_report(tmp_path, configs=configs, options=OPTS)
    assert [p["portal"] for p in report["portals"]] == ["b", "c", "127.0.0.1:8000", "a"]  # provinces first, then names
    b = entry(report, "b")
    assert (b["title"], b["province"], b["platform"]) == ("Trường B", "An Giang", "wordpress")
    assert entry(report, "127.0.0.1:8000")["platform"] == "joomla"  # a manifest may say it too
    assert entry(report, "127.0.0.1:8000")["directory"] == "127.0.0.1_8000"


def test_portal_config_reads_province_and_platform() -> None:
    config = PortalConfig.from_dict({"start_urls": ["http://x/"], "province": "Hậu Giang", "platform": "liferay"}, name="x")
    assert (config.province, config.platform) == ("Hậu Giang", "liferay")
    assert PortalConfig.from_dict({"start_urls": ["http://x/"]}, name="x").province == ""


def test_write_report_writes_both_files(tmp_path: Path) -> None:
    run(tmp_path, "a", day(1), [rec(1, "2024-06-20")])
    html_path, json_path, report = write_report(tmp_path, options=OPTS)
    assert json.loads(json_path.read_text(encoding="utf-8")) == report
    assert html_path.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".report-cache", "a", "report.html", "report.json"]  # no staging file left
