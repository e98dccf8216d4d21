"""The project deploys to a real Scrapyd 1.6 on loopback and a scheduled job writes its feed,
manifest and state where the job's settings say."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from crawler.demo import site as demo
from crawler.demo.server import PortalServer
from tests.e2e.harness import ROOT

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, data: dict | None = None, files: dict | None = None) -> dict:
    if files:
        boundary = "portalcrawlerboundary"
        body = b""
        for key, value in (data or {}).items():
            body += f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        for key, path in files.items():
            body += f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"; filename="{Path(path).name}"\r\n\r\n'.encode()
            body += Path(path).read_bytes() + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        req = urllib.request.Request(url, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    elif data is not None:
        req = urllib.request.Request(url, urllib.parse.urlencode(data, doseq=True).encode())
    else:
        req = urllib.request.Request(url)
    with urllib.request.urlopen(req, timeout=30) as response:
        return json.loads(response.read())


def wait_finished(base: str, jobid: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        jobs = call(f"{base}/listjobs.json?project=portal_crawler")
        if any(j["id"] == jobid for j in jobs["finished"]):
            return
        time.sleep(0.5)
    pytest.fail("the Scrapyd job did not finish")


@pytest.mark.skipif(not (BIN / "scrapyd").exists(), reason="scrapyd is installed by `make test` (the test extra)")
def test_deploy_and_run_on_scrapyd(tmp_path: Path) -> None:
    port = free_port()
    (tmp_path / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {tmp_path}/eggs\nlogs_dir = {tmp_path}/logs\n"
        f"items_dir =\ndbs_dir = {tmp_path}/dbs\nmax_proc = 1\npoll_interval = 0.5\n",
        encoding="utf-8",
    )
    build = tmp_path / "build"
    shutil.copytree(ROOT, build, ignore=shutil.ignore_patterns(".venv", ".git", "output", "build", "*.egg-info", "__pycache__", ".pytest_cache", "bench"))
    egg = tmp_path / "portal_crawler.egg"
    built = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=build, capture_output=True, text=True, timeout=120)
    assert built.returncode == 0 and egg.exists(), built.stderr
    daemon = subprocess.Popen([str(BIN / "scrapyd")], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                call(f"{base}/daemonstatus.json")
                break
            except OSError:
                time.sleep(0.1)
        added = call(f"{base}/addversion.json", {"project": "portal_crawler", "version": "1"}, {"egg": egg})
        assert added["status"] == "ok" and added["spiders"] == 2, added  # portal and batch
        with PortalServer(demo.build_site()) as server:
            out = tmp_path / "output"
            job = call(f"{base}/schedule.json", {
                "project": "portal_crawler", "spider": "portal", "portal": "demo", "start_url": server.url("/"),
                "setting": [f"PORTAL_OUTPUT_DIR={out}", f"STATE_PATH={tmp_path / 'state.sqlite3'}", "AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0"],
            })  # fmt: skip
            assert job["status"] == "ok", job
            wait_finished(base, job["jobid"])
            # a job that cannot write its feed (the output directory is under a regular file)
            # stops at once, and its log says why in one line
            blocker = tmp_path / "not-a-directory"
            blocker.write_text("")
            failing = call(f"{base}/schedule.json", {
                "project": "portal_crawler", "spider": "portal", "portal": "demo", "start_url": server.url("/"),
                "setting": [f"PORTAL_OUTPUT_DIR={blocker / 'output'}", f"STATE_PATH={tmp_path / 'state2.sqlite3'}",
                            "AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0"],
            })  # fmt: skip
            wait_finished(base, failing["jobid"])
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
    manifests = list(out.glob("demo/*/*/*.manifest.json"))
    assert len(manifests) == 1
    manifest = json.loads(manifests[0].read_text(encoding="utf-8"))
    assert manifest["finish_reason"] == "finished" and manifest["lines"] == len(demo.GOLD)
    assert os.path.exists(tmp_path / "state.sqlite3")
    log = (tmp_path / "logs" / "portal_crawler" / "portal" / f"{failing['jobid']}.log").read_text(encoding="utf-8")
    lines = [line for line in log.splitlines() if "[crawler.run] ERROR" in line]
    assert len(lines) == 1 and f"could not write {blocker / 'output'}/demo/" in lines[0] and "Not a directory [Errno 20]" in lines[0], lines
    assert "Closing spider (write_failed)" in log and "Traceback" not in log
