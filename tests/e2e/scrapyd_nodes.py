"""Real Scrapyd 1.6 daemons on loopback for the end-to-end tests: build the project's egg once,
start a daemon in a working directory of its own, deploy, call its web service."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.e2e.harness import ROOT

BIN = Path(sys.executable).parent
PROJECT = "portal_crawler"
HAVE_SCRAPYD = (BIN / "scrapyd").exists() and (BIN / "scrapyd-deploy").exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, data: dict | None = None, files: dict | None = None) -> dict[str, Any]:
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


def build_egg(where: Path) -> Path:
    """The project's egg, as ``scrapyd-deploy`` builds it from a clean copy of the checkout."""
    build = where / "build"
    shutil.copytree(ROOT, build, ignore=shutil.ignore_patterns(".venv", ".git", "output", "build", "*.egg-info", "__pycache__", ".pytest_cache", "bench"))
    egg = where / "portal_crawler.egg"
    built = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=build, capture_output=True, text=True, timeout=120)
    assert built.returncode == 0 and egg.exists(), built.stderr
    return egg


@dataclass
class ScrapydNode:
    """A daemon whose jobs run in *home* (relative output and state paths land there)."""

    home: Path
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def call(self, path: str, data: dict | None = None, files: dict | None = None) -> dict[str, Any]:
        return call(self.url + path, data, files)

    def deploy(self, egg: Path) -> dict[str, Any]:
        return self.call("/addversion.json", {"project": PROJECT, "version": "1"}, {"egg": egg})

    def wait_finished(self, jobid: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(j["id"] == jobid for j in self.call(f"/listjobs.json?project={PROJECT}")["finished"]):
                return
            time.sleep(0.3)
        raise AssertionError(f"the Scrapyd job {jobid} did not finish")


@contextmanager
def scrapyd_node(home: Path, max_proc: int = 1) -> Iterator[ScrapydNode]:
    """Start a Scrapyd daemon with *home* as its working directory; stop it on leaving."""
    home.mkdir(parents=True, exist_ok=True)
    node = ScrapydNode(home, free_port())
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {node.port}\neggs_dir = {home}/eggs\nlogs_dir = {home}/logs\n"
        f"items_dir =\ndbs_dir = {home}/dbs\nmax_proc = {max_proc}\npoll_interval = 0.3\njobs_to_keep = 100\n"
        "finished_to_keep = 100\n",
        encoding="utf-8",
    )
    daemon = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                node.call("/daemonstatus.json")
                break
            except OSError:
                time.sleep(0.1)
        yield node
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
