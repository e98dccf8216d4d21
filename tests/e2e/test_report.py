"""``python -m crawler report`` over real crawls, checked in a real browser.

Two fixture portals are crawled for real by ``python -m crawler crawl --all`` (the demo portal
and the WordPress school), then crawled again after school-b's news section vanished (a
maintenance page: the layout-change case). Two more portals get crafted manifests for what a
crawl here cannot easily produce: a run that ended ``unreachable`` with a reason after a
productive one, and a finished run with failed pages (one carrying markup, to prove the page
escapes what portals send). Then the report is built and headless Chromium opens it: the test
reads what a person would see (visible text, colours, the charts' boxes), with JavaScript on
and off, and checks every figure against the manifests and records on disk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from crawler.demo import site as demo
from crawler.demo.server import PageSite, PortalServer
from crawler.feeds.layout import feed_path, new_run_id
from crawler.feeds.manifest import write_manifest
from tests.e2e.browser import Chromium, chromium_path
from tests.e2e.harness import ROOT
from tests.portals import wordpress

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        chromium_path() is None and os.environ.get("CI") != "true",
        reason="headless Chromium is needed to check the report as a person sees it: apt-get install -y chromium "
        "(.ci/run installs it; in CI this test never skips)",
    ),
]

AS_OF = "2024-06-30"  # the fixture portals publish in 2022-2024
WEEKS = 104
PROVINCES = {"school-a": ("Hậu Giang", "liferay"), "school-b": ("Cần Thơ", "wordpress"),
             "school-c": ("Bạc Liêu", "nukeviet"), "school-d": ("Bạc Liêu", "aspnet")}  # fmt: skip
HOSTILE_REASON = "<img src=x onerror=\"document.title='pwned'\"> HTTP 500"


@dataclass
class Scene:
    tmp: Path
    out: Path
    report: dict[str, Any]
    stdout: str
    crawls: list[subprocess.CompletedProcess[str]]


def write_config(config_dir: Path, name: str, url: str) -> None:
    province, platform = PROVINCES[name]
    (config_dir / f"{name}.toml").write_text(
        f'name = "{name}"\ntitle = "Trường {name}"\nprovince = "{province}"\nplatform = "{platform}"\nstart_urls = ["{url}"]\n',
        encoding="utf-8",
    )


def crawl_all(config_dir: Path, out: Path, state: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "crawler", "crawl", "--all", "--config-dir", str(config_dir), "--output-dir", str(out),
           "-s", f"STATE_PATH={state}", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "--jobs", "2"]  # fmt: skip
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


def record(portal: str, n: int, **fields: Any) -> dict[str, Any]:
    base = {
        "url": f"http://127.0.0.1:9/{portal}/bai-{n}.html", "canonical_url": f"http://127.0.0.1:9/{portal}/bai-{n}.html",
        "portal": portal, "title": f"Bài {n}", "published_at": None, "updated": False, "authors": [], "photographers": [],
        "source": None, "summary": None, "body": "Nội dung.", "images": [], "category": None, "language": "vi",
        "content_hash": f"{n:064d}", "crawled_at": "2026-11-20T01:00:00Z", "schema_version": 1,
    }  # fmt: skip
    return {**base, **fields}


def crafted_run(out: Path, portal: str, started: datetime, records: list[dict[str, Any]] | None, **info: Any) -> Path:
    """A run's files as the crawler lays them out; records None: a run that wrote no file at all."""
    run_id = new_run_id(started)
    path = feed_path(out, portal, run_id, started)
    path.parent.mkdir(parents=True, exist_ok=True)
    if records is None:  # e.g. an unreachable portal: only the manifest tells what happened
        manifest = {"run_id": run_id, "portal": portal, "started_at": f"{started:%Y-%m-%dT%H:%M:%SZ}",
                    "finished_at": f"{started:%Y-%m-%dT%H:%M:%SZ}", "dropped_reasons": {}, "schema_version": 1,
                    "file": path.name, "sha256": None, "lines": 0, **info}  # fmt: skip
        manifest_file = path.with_name(run_id + ".manifest.json")
        manifest_file.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        return manifest_file
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return write_manifest(path, {"run_id": run_id, "portal": portal, "started_at": started, "finished_at": started, **info})


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Scene:
    tmp = tmp_path_factory.mktemp("report")
    config_dir, out, state = tmp / "portals", tmp / "out", tmp / "state.sqlite3"
    config_dir.mkdir()
    crawls = []
    with PortalServer(demo.build_site()) as school_a:
        write_config(config_dir, "school-a", school_a.url("/"))
        with PortalServer(wordpress.build_site()) as school_b:
            write_config(config_dir, "school-b", school_b.url("/"))
            crawls.append(crawl_all(config_dir, out, state))
        # school-b's news section is gone: the home page leads to no article any more
        with PortalServer(PageSite({"/": "<html><body><p>Trang đang bảo trì</p></body></html>"})) as school_b:
            write_config(config_dir, "school-b", school_b.url("/"))
            crawls.append(crawl_all(config_dir, out, state))

    write_config(config_dir, "school-c", "http://127.0.0.1:9/")
    crafted_run(out, "school-c", datetime(2026, 11, 20, 1, tzinfo=UTC),
                [record("school-c", 1, published_at="2024-06-03", authors=["Lan"]), record("school-c", 2)],
                finish_reason="finished", counts={"new": 2, "seen": 2}, mode="incremental")  # fmt: skip
    crafted_run(out, "school-c", datetime(2026, 11, 27, 1, tzinfo=UTC), None, finish_reason="unreachable",
                reason="DNS lookup failed for thpt-c.example.invalid", counts={"new": 0, "seen": 0, "errors": 1},
                failed_pages=[{"url": "http://127.0.0.1:9/", "reason": "dns_error"}], mode="incremental")  # fmt: skip
    write_config(config_dir, "school-d", "http://127.0.0.1:9/")
    d_records = [
        record("school-d", 1, published_at="2024-06-10T08:30:00+07:00", authors=["Minh"],
               images=[{"url": "http://127.0.0.1:9/a.jpg", "caption": "Lễ khai giảng"}]),
        record("school-d", 2, published_at="2024-05-02", images=[{"url": "http://127.0.0.1:9/b.jpg", "caption": None}]),
        record("school-d", 3, published_at="2021-01-04"),
    ]  # fmt: skip
    crafted_run(out, "school-d", datetime(2026, 11, 28, 1, tzinfo=UTC), d_records, finish_reason="finished",
                counts={"new": 3, "seen": 5, "errors": 2}, mode="incremental",
                failed_pages=[{"url": "http://127.0.0.1:9/tin-tuc/bai-9.html", "reason": HOSTILE_REASON},
                              {"url": "javascript:alert(1)", "reason": "timeout"}])  # fmt: skip

    proc = subprocess.run(
        [sys.executable, "-m", "crawler", "report", "--output", str(out), "--state", str(state), "--config-dir", str(config_dir),
         "--as-of", AS_OF, "--weeks", str(WEEKS)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return Scene(tmp, out, report, proc.stdout, crawls)


def manifests_of(out: Path, portal: str) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / portal).glob("*/*/*.manifest.json"))]


def records_of(out: Path, portal: str) -> list[dict[str, Any]]:
    rows = []
    for path in sorted((out / portal).glob("*/*/*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def test_the_crawls_behind_the_report_are_real(scene: Scene) -> None:
    first, second = scene.crawls
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 1 and "school-b: EMPTY" in second.stderr  # crawl itself saw the layout change
    assert "school-b: STOPPED PRODUCING" in scene.stdout


def test_report_json_figures_equal_the_manifests_and_records(scene: Scene) -> None:
    portals = {p["portal"]: p for p in scene.report["portals"]}
    assert set(portals) == {"school-a", "school-b", "school-c", "school-d"}
    assert [p["portal"] for p in scene.report["portals"]] == ["school-b", "school-c", "school-d", "school-a"]  # most severe first
    assert {name: p["status"] for name, p in portals.items()} == {
        "school-a": "ok", "school-b": "stopped", "school-c": "failed", "school-d": "errors"}  # fmt: skip
    for name, entry in portals.items():
        manifests = manifests_of(scene.out, name)
        last = manifests[-1]
        assert entry["runs"] == len(manifests)
        assert entry["last_run"]["run_id"] == last["run_id"]
        assert entry["last_run"]["finish_reason"] == last["finish_reason"]
        for key in ("new", "updated"):
            assert entry["last_run"][key] == last["counts"].get(key, 0), (name, key)
        assert entry["failed_pages_total"] == len(last["failed_pages"])
        assert entry["failed_pages"] == last["failed_pages"]
        assert entry["records"] == sum(m["lines"] for m in manifests)
        assert (entry["province"], entry["platform"]) == PROVINCES[name]
        records = records_of(scene.out, name)
        assert len(records) == entry["records"]
        cov = entry["coverage"]
        assert cov["date"]["count"] == sum(r["published_at"] is not None for r in records)
        assert cov["time"]["count"] == sum("T" in (r["published_at"] or "") for r in records)
        assert cov["authors"]["count"] == sum(bool(r["authors"]) for r in records)
        assert cov["captions"]["count"] == sum(any(im["caption"] for im in r["images"]) for r in records)
        if records:
            assert cov["date"]["share"] == round(cov["date"]["count"] / len(records), 4)
        assert sum(entry["weekly"]) + entry["older"] + entry["newer"] + entry["undated"] == len(records)
        assert entry["problems"] == []
    assert portals["school-a"]["records"] == len(demo.GOLD)
    assert portals["school-b"]["records"] == len(wordpress.GOLD)
    assert portals["school-b"]["empty_runs"] == 1
    assert portals["school-b"]["state"]["articles"] == len(wordpress.GOLD)
    assert portals["school-c"]["last_run"]["reason"] == "DNS lookup failed for thpt-c.example.invalid"
    # school-d: 2024-06-10 and 2024-05-02 fall in the window, 2021-01-04 before it
    assert (sum(portals["school-d"]["weekly"]), portals["school-d"]["older"]) == (2, 1)
    assert scene.report["totals"]["records"] == sum(p["records"] for p in portals.values())


ROWS_JS = """[...document.querySelectorAll('#portal-table tbody tr')].map(r => {
  const s = r.querySelector('svg.spark'), box = s.getBoundingClientRect();
  return {portal: r.dataset.portal, visible: r.offsetParent !== null && r.getBoundingClientRect().height > 0,
          cells: [...r.cells].map(c => c.innerText.trim()), background: getComputedStyle(r.cells[1]).backgroundColor,
          chart: {width: box.width, height: box.height, values: s.dataset.values,
                  bars: (s.querySelector('path.bars').getAttribute('d') || '').split('z').length - 1}};
})"""
HEADS_JS = "[...document.querySelectorAll('#portal-table thead th')].map(th => th.innerText.trim())"


def rows(browser: Chromium) -> list[dict[str, Any]]:
    heads = browser.evaluate(HEADS_JS)
    out = browser.evaluate(ROWS_JS)
    for row in out:
        row["by"] = dict(zip(heads, row["cells"], strict=True))
    return out


@pytest.fixture(scope="module")
def browser(scene: Scene) -> Any:
    profile = scene.tmp / "chromium-profile"
    profile.mkdir()
    with Chromium(profile) as chromium:
        yield chromium


def scrolled_text(browser: Chromium, element_id: str) -> str:
    """The text of an element once scrolled to, as a person reads it (sections far down the page
    are rendered only when near the viewport: ``content-visibility: auto``). Rendering can take
    more than two frames on a loaded machine, so it waits up to about two seconds for text."""
    return browser.evaluate(
        f"(async () => {{ const el = document.getElementById({json.dumps(element_id)}); el.scrollIntoView();"
        " for (let i = 0; i < 100; i++) { await new Promise(r => requestAnimationFrame(() => setTimeout(r, 20)));"
        " if (el.innerText.trim()) break; } return el.innerText; })()"
    )


def page_url(scene: Scene, fragment: str = "") -> str:
    return (scene.out / "report.html").as_uri() + fragment


def test_a_person_sees_every_portal_its_figures_and_the_flag(scene: Scene, browser: Chromium) -> None:
    browser.open(page_url(scene))
    shown = rows(browser)
    assert [r["portal"] for r in shown] == ["school-b", "school-c", "school-d", "school-a"]
    assert all(r["visible"] for r in shown)
    entries = {p["portal"]: p for p in scene.report["portals"]}
    for row in shown:
        entry, last = entries[row["portal"]], manifests_of(scene.out, row["portal"])[-1]
        assert row["by"]["New"] == str(last["counts"]["new"])
        assert row["by"]["Updated"] == str(last["counts"].get("updated", 0))
        assert row["by"]["Failed pages"] == str(len(last["failed_pages"]))
        assert row["by"]["Records"] == str(entry["records"])
        assert row["by"]["Province"] == PROVINCES[row["portal"]][0]
        share = entry["coverage"]["date"]["share"]
        assert row["by"]["Date"] == ("–" if share is None else f"{round(share * 100)}%")
        assert last["finish_reason"] in row["by"]["Finish"]
        # the chart is drawn (a box on screen) and shows the report's weekly figures
        assert row["chart"]["width"] > 100 and row["chart"]["height"] > 10
        assert row["chart"]["values"] == " ".join(map(str, entry["weekly"]))
        assert row["chart"]["bars"] == sum(1 for n in entry["weekly"] if n)
    by_portal = {r["portal"]: r for r in shown}
    assert by_portal["school-a"]["chart"]["bars"] > 3  # the demo portal's 2023 articles
    # the flag: in words, in red, above everything else
    assert "Stopped producing" in by_portal["school-b"]["by"]["Status"]
    assert by_portal["school-b"]["background"] == "rgb(252, 232, 230)"
    assert by_portal["school-a"]["background"] == "rgba(0, 0, 0, 0)"
    alert = browser.evaluate(
        "(() => { const a = document.getElementById('stopped'), b = a.getBoundingClientRect();"
        " return {text: a.innerText, top: b.top, height: b.height,"
        " table: document.getElementById('portal-table').getBoundingClientRect().top,"
        " border: getComputedStyle(a).borderTopColor}; })()"
    )
    assert "school-b" in alert["text"] and "used to produce articles and now find none" in alert["text"]
    assert alert["height"] > 0 and alert["top"] < alert["table"] < 10_000
    assert alert["border"] == "rgb(179, 38, 30)"
    assert "last run did not finish" in browser.evaluate("document.getElementById('failed').innerText")
    # the overview chart: one bar per week, the all-portal figures
    overview = browser.evaluate(
        "(() => { const s = document.querySelector('#overview svg'); return {bars: s.querySelectorAll('rect').length,"
        " values: s.dataset.values, width: s.getBoundingClientRect().width}; })()"
    )
    assert overview["bars"] == WEEKS and overview["width"] > 300
    assert overview["values"] == " ".join(map(str, scene.report["totals"]["weekly"]))
    # details: the one-line reason, and the failed pages escaped (markup from a portal is text)
    assert "DNS lookup failed for thpt-c.example.invalid" in scrolled_text(browser, "p-school-c")
    assert HOSTILE_REASON in scrolled_text(browser, "p-school-d")
    assert browser.evaluate("document.title").startswith("Portal health report")
    assert browser.evaluate("document.querySelectorAll('#details img, a[href^=\"javascript\"]').length") == 0
    png = browser.screenshot(scene.tmp / "report.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000


def test_nothing_is_fetched_from_elsewhere(scene: Scene, browser: Chromium) -> None:
    browser.open(page_url(scene))
    resources = browser.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert resources == []
    assert browser.evaluate("document.querySelectorAll('script[src], link[rel=stylesheet], img, iframe').length") == 0


def test_filters_and_sorting_with_javascript(scene: Scene, browser: Chromium) -> None:
    browser.open(page_url(scene, "#province=" + urllib.parse.quote("Bạc Liêu")))
    assert [r["portal"] for r in rows(browser) if r["visible"]] == ["school-c", "school-d"]
    assert browser.evaluate("document.getElementById('shown').innerText") == "2 of 4 portals shown"
    browser.open(page_url(scene, "#status=stopped"))
    assert [r["portal"] for r in rows(browser) if r["visible"]] == ["school-b"]
    browser.open(page_url(scene))
    browser.evaluate("[...document.querySelectorAll('#portal-table thead th')].find(th => th.innerText.trim() === 'Records').click()")
    ordered = [int(r["by"]["Records"]) for r in rows(browser)]
    assert ordered == sorted(ordered) == [2, 3, len(wordpress.GOLD), len(demo.GOLD)]


def test_readable_without_javascript(scene: Scene, browser: Chromium) -> None:
    browser.open(page_url(scene, "#status=stopped"), javascript=False)
    shown = rows(browser)
    assert [r["portal"] for r in shown if r["visible"]] == ["school-b", "school-c", "school-d", "school-a"]
    assert browser.evaluate("document.getElementById('filters').offsetParent") is None  # no dead controls
    assert "Stopped producing" in shown[0]["by"]["Status"]
    assert all(r["chart"]["width"] > 100 for r in shown)
    groups = browser.evaluate("document.getElementById('by-province').innerText")
    assert "Bạc Liêu\t2" in groups
