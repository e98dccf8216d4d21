"""``python -m bench.report_scale``: how ``python -m crawler report`` grows with portals and records.

Lays out synthetic runs with the real writers (``feed_path`` + ``write_manifest``): N portals,
R runs each, K records per run (bodies of a realistic ~1.5 KB, a third of them with a time, most
with authors and a captioned image), then times ``python -m crawler report`` in a subprocess and
takes its peak RSS from ``wait4``, then opens report.html in headless Chromium (when installed)
and times its load event. Cases: 1,000 portals × 3 runs × 30 records, 10,000 portals ×
1 run × 30 records (a nationwide schedule), one portal with 100,000 records in one file (the
streaming case), and one portal with 3,000 empty runs (a year of 3-hourly incremental runs). Results: bench/results/report_scale.md and .json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import RESULTS_DIR, machine_info, machine_markdown, write_results
from crawler.feeds.layout import feed_path, new_run_id
from crawler.feeds.manifest import write_manifest

ROOT = Path(__file__).resolve().parents[1]
CASES = {"1k-portals": (1_000, 3, 30), "10k-portals": (10_000, 1, 30), "100k-records": (1, 1, 100_000),
         "3k-runs": (1, 3_000, 0)}  # fmt: skip
BODY = ("Sáng ngày 20/11, Trường Chính trị tỉnh tổ chức lễ khai giảng lớp Trung cấp lý luận chính trị. " * 16).strip()


def _records(rng: random.Random, portal: str, first: int, n: int, start: datetime) -> Iterator[str]:
    """Record lines, one at a time: the bench process must stay small, because a child forked
    from it starts with its resident pages and wait4's peak RSS would count them."""
    for i in range(first, first + n):
        published = (start - timedelta(days=rng.randrange(0, 700))).date()
        stamp = f"{published}T08:30:00+07:00" if i % 3 == 0 else str(published)
        images = [{"url": f"http://127.0.0.1/{portal}/{i}.jpg", "caption": "Quang cảnh buổi lễ" if i % 4 else None}] if i % 5 else []
        yield json.dumps({
            "url": f"http://127.0.0.1/{portal}/tin-tuc/{i}.html", "canonical_url": f"http://127.0.0.1/{portal}/tin-tuc/{i}.html",
            "portal": portal, "title": f"Tin số {i}", "published_at": stamp if i % 17 else None, "updated": False,
            "authors": ["Thanh Tâm"] if i % 6 else [], "photographers": [], "source": None, "summary": None, "body": BODY,
            "images": images, "category": "Tin tức", "language": "vi", "content_hash": f"{i:064x}",
            "crawled_at": f"{start:%Y-%m-%dT%H:%M:%SZ}", "schema_version": 1,
        }, ensure_ascii=False) + "\n"  # fmt: skip


def lay_out(out: Path, portals: int, runs: int, per_run: int, seed: int = 7) -> int:
    """Write the synthetic output directory; returns the number of records."""
    rng = random.Random(seed)
    now = datetime(2026, 11, 25, tzinfo=UTC)
    total = 0
    for p in range(portals):
        portal = f"school-{p:05d}"
        for r in range(runs):
            started = now - timedelta(days=3 * (runs - r), minutes=p % 600)
            run_id = new_run_id(started)
            path = feed_path(out, portal, run_id, started)
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8") as fh:
                fh.writelines(_records(rng, portal, r * per_run, per_run, started))
            write_manifest(path, {"run_id": run_id, "portal": portal, "started_at": started, "finished_at": started + timedelta(minutes=2),
                                  "finish_reason": "finished", "counts": {"new": per_run, "seen": per_run}, "mode": "incremental"})  # fmt: skip
            total += per_run
    return total


def measure(out: Path) -> dict:
    cmd = [sys.executable, "-m", "crawler", "report", "--output", str(out), "--state", "", "--as-of", "2026-11-25"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"report failed: {err[-2000:]}")
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "html_mb": round((out / "report.html").stat().st_size / 1e6, 2),
        "json_mb": round((out / "report.json").stat().st_size / 1e6, 2),
    }


def open_in_browser(page: Path) -> float | None:
    """Seconds until headless Chromium fired the page's load event (None without chromium):
    what a person waits for before the report shows."""
    from tests.e2e.browser import Chromium, chromium_path

    if chromium_path() is None:
        return None
    with tempfile.TemporaryDirectory(prefix="report-scale-browser-") as profile, Chromium(Path(profile), timeout=300) as browser:
        t0 = time.perf_counter()
        browser.open(page.as_uri())
        return round(time.perf_counter() - t0, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.report_scale", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES), help="which cases (default: %(default)s)")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR)
    args = parser.parse_args(argv)
    rows = []
    for name in args.cases.split(","):
        portals, runs, per_run = CASES[name]
        work = Path(tempfile.mkdtemp(prefix="report-scale-"))
        try:
            records = lay_out(work, portals, runs, per_run)
            data_mb = sum(p.stat().st_size for p in work.rglob("*.jsonl")) / 1e6
            row = {"case": name, "portals": portals, "runs_per_portal": runs, "records": records, "jsonl_mb": round(data_mb, 1), **measure(work)}
            warm = measure(work)  # the same output again: unchanged runs come from the report cache
            row["warm_wall_s"], row["warm_peak_rss_mb"] = warm["wall_s"], warm["peak_rss_mb"]
            row["browser_load_s"] = open_in_browser(work / "report.html")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(json.dumps(row))
        rows.append(row)
    info = machine_info()
    md = [f"# `python -m crawler report` at scale\n\n{machine_markdown(info)}\n",
          "Synthetic runs laid out by the real writers; `python -m bench.report_scale` reproduces this table.\n",
          "First report (reads every file, fills `<output>/.report-cache/`), then the same report again (warm).\n",
          "| case | portals | runs each | records | JSONL MB | wall s | CPU s | peak RSS MB | warm wall s | warm RSS MB | report.html MB | report.json MB | Chromium load s |",
          "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]  # fmt: skip
    for r in rows:
        md.append(f"| {r['case']} | {r['portals']} | {r['runs_per_portal']} | {r['records']} | {r['jsonl_mb']} | {r['wall_s']} | "
                  f"{r['cpu_s']} | {r['peak_rss_mb']} | {r['warm_wall_s']} | {r['warm_peak_rss_mb']} | {r['html_mb']} | {r['json_mb']} | "
                  f"{r['browser_load_s'] or '–'} |")  # fmt: skip
    write_results("report_scale", {"machine": info, "rows": rows}, "\n".join(md) + "\n", args.results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
