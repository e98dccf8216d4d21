"""``python -m bench.accidents``: the figures of issues 14 and 15, measured the way the issues did.

1. A 400-article synthetic portal crawled with its output on a 64 KB tmpfs (root only: it mounts
   one), then re-crawled once the disk has room: the exit status, requests, tracebacks and files
   of the failed run, and whether the re-run delivers every article exactly once.
2. A dead portal (a closed loopback port) with the default retry settings: exit status, time,
   tracebacks and the one line.

Not part of ``python -m bench all``: it prints, it writes no results file.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.synth_portal import build_site
from crawler.demo.server import PortalServer

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def crawl(url: str, work: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={url}",
           "-s", f"PORTAL_OUTPUT_DIR={work / 'out'}", "-s", f"STATE_PATH={work / 'state.sqlite3'}",
           "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]  # fmt: skip
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=ENV)
    return proc, time.monotonic() - started


def run_lines(log: str) -> list[str]:
    return [line.split("] ", 1)[1] for line in log.splitlines() if "[crawler.run]" in line]


def full_disk(work: Path, articles: int = 400) -> None:
    out = work / "out"
    out.mkdir(parents=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(out)], capture_output=True).returncode:
        print("full disk: skipped (cannot mount a tmpfs here)")
        return
    try:
        with PortalServer(build_site(articles)) as server:
            failed, took = crawl(server.url("/"), work)
            first = len(server.requests)
            left = sorted(p.name for p in out.rglob("*") if p.is_file())
            print(f"full disk ({articles} articles, 64 KB tmpfs): exit {failed.returncode}, {first} requests, "
                  f"{failed.stderr.count('Traceback')} tracebacks, {took:.1f} s; files left: {left or 'none'}")  # fmt: skip
            for line in run_lines(failed.stderr):
                print(f"  {line}")
            subprocess.run(["mount", "-o", "remount,size=64m", str(out)], check=True)
            rerun, took = crawl(server.url("/"), work)
            urls: Counter[str] = Counter()
            for manifest in out.rglob("*.manifest.json"):
                jsonl = manifest.with_name(json.loads(manifest.read_text(encoding="utf-8"))["file"])
                urls.update(json.loads(line)["canonical_url"] for line in jsonl.read_text(encoding="utf-8").splitlines())
            print(f"re-run with room: exit {rerun.returncode}, {len(server.requests) - first} requests, "
                  f"{len(urls)} articles, at most {max(urls.values(), default=0)} record each, {took:.1f} s")  # fmt: skip
    finally:
        subprocess.run(["umount", "-l", str(out)], capture_output=True)


def dead_portal(work: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc, took = crawl(f"http://127.0.0.1:{port}/", work)
    print(f"dead portal (connection refused, default retries): exit {proc.returncode}, {took:.1f} s, "
          f"{proc.stderr.count('Traceback')} tracebacks")  # fmt: skip
    for line in run_lines(proc.stderr):
        print(f"  {line}")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="portal-crawler-accidents-"))
    try:
        full_disk(work / "disk")
        dead_portal(work / "dead")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
