"""The project deploys to a real Scrapyd 1.6 on loopback and a scheduled job writes its feed,
manifest and state where the job's settings say."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from crawler.demo import site as demo
from crawler.demo.server import PortalServer
from tests.e2e.scrapyd_nodes import PROJECT, scrapyd_node

pytestmark = pytest.mark.e2e


def test_deploy_and_run_on_scrapyd(tmp_path: Path, scrapyd_egg: Path) -> None:
    with scrapyd_node(tmp_path) as node:
        added = node.deploy(scrapyd_egg)
        assert added["status"] == "ok" and added["spiders"] == 2, added  # portal and batch
        with PortalServer(demo.build_site()) as server:
            out = tmp_path / "output"
            job = node.call("/schedule.json", {
                "project": PROJECT, "spider": "portal", "portal": "demo", "start_url": server.url("/"),
                "setting": [f"PORTAL_OUTPUT_DIR={out}", f"STATE_PATH={tmp_path / 'state.sqlite3'}", "AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0"],
            })  # fmt: skip
            assert job["status"] == "ok", job
            node.wait_finished(job["jobid"])
            # a job that cannot write its feed (the output directory is under a regular file)
            # stops at once, and its log says why in one line
            blocker = tmp_path / "not-a-directory"
            blocker.write_text("")
            failing = node.call("/schedule.json", {
                "project": PROJECT, "spider": "portal", "portal": "demo", "start_url": server.url("/"),
                "setting": [f"PORTAL_OUTPUT_DIR={blocker / 'output'}", f"STATE_PATH={tmp_path / 'state2.sqlite3'}",
                            "AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0"],
            })  # fmt: skip
            node.wait_finished(failing["jobid"])
    manifests = list(out.glob("demo/*/*/*.manifest.json"))
    assert len(manifests) == 1
    manifest = json.loads(manifests[0].read_text(encoding="utf-8"))
    assert manifest["finish_reason"] == "finished" and manifest["lines"] == len(demo.GOLD)
    assert os.path.exists(tmp_path / "state.sqlite3")
    log = (tmp_path / "logs" / "portal_crawler" / "portal" / f"{failing['jobid']}.log").read_text(encoding="utf-8")
    lines = [line for line in log.splitlines() if "[crawler.run] ERROR" in line]
    assert len(lines) == 1 and f"could not write {blocker / 'output'}/demo/" in lines[0] and "Not a directory [Errno 20]" in lines[0], lines
    assert "Closing spider (write_failed)" in log and "Traceback" not in log
