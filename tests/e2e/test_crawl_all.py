"""``python -m crawler crawl --all``: portals in batches (crawler.batch), a summary line each, a total, and an
exit status that tells cron when a portal failed or suddenly found nothing (a layout change)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.demo import site as demo
from crawler.demo.server import PageSite, PortalServer
from tests.e2e.harness import ROOT
from tests.portals import wordpress

pytestmark = pytest.mark.e2e


def crawl_all(config_dir: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "crawler", "crawl", "--all", "--config-dir", str(config_dir), "--output-dir", str(tmp / "out"),
           "-s", f"STATE_PATH={tmp / 'state.sqlite3'}", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "--jobs", "2"]  # fmt: skip
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


def write_config(config_dir: Path, name: str, url: str) -> None:
    (config_dir / f"{name}.toml").write_text(f'name = "{name}"\nstart_urls = ["{url}"]\n', encoding="utf-8")


def test_crawl_all_summaries_and_exit_status(tmp_path: Path) -> None:
    config_dir = tmp_path / "portals"
    config_dir.mkdir()
    with PortalServer(demo.build_site()) as one, PortalServer(wordpress.build_site()) as two:
        write_config(config_dir, "school-a", one.url("/"))
        write_config(config_dir, "school-b", two.url("/"))
        first = crawl_all(config_dir, tmp_path)
        assert first.returncode == 0, first.stdout + first.stderr
        lines = first.stdout.splitlines()
        assert any(line.startswith("school-a") and f"new={len(demo.GOLD):>4}" in line for line in lines), first.stdout
        assert any(line.startswith("school-b") and f"new={len(wordpress.GOLD):>4}" in line for line in lines), first.stdout
        assert lines[-1].startswith(f"total: new={len(demo.GOLD) + len(wordpress.GOLD)} ")
        assert "failed=0" in lines[-1]

        again = crawl_all(config_dir, tmp_path)
        assert again.returncode == 0, again.stdout + again.stderr
        assert again.stdout.splitlines()[-1].startswith("total: new=0 ")

    # school-b's layout changed: the home page no longer leads to any article
    with PortalServer(demo.build_site()) as one, PortalServer(PageSite({"/": "<html><body><p>Trang đang bảo trì</p></body></html>"})) as two:
        write_config(config_dir, "school-a", one.url("/"))
        write_config(config_dir, "school-b", two.url("/"))
        changed = crawl_all(config_dir, tmp_path)
    assert changed.returncode == 1
    assert "school-b: EMPTY" in changed.stderr
    assert "school-a" not in changed.stderr


def test_unknown_portal_is_a_usage_error(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "crawler", "crawl", "no-such-portal"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "unknown portal 'no-such-portal'" in proc.stderr
    assert "Traceback" not in proc.stderr
