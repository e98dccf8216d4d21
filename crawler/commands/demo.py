"""``python -m crawler demo``: serve the bundled demo portal on loopback and crawl it.

The server is the project's own (crawler/demo), the crawl is a real ``scrapy crawl portal`` over
HTTP, the output lands where every crawl writes: ``output/demo/<YYYY>/<MM>/<run_id>.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from crawler.demo.server import PortalServer
from crawler.demo.site import build_site


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "demo",
        help="serve the bundled demo portal on loopback and crawl it into output/",
        description="Serve the bundled demo portal (a provincial political school's news portal) on a free loopback port, crawl it with the portal spider, print a summary and stop the server.",
    )
    parser.add_argument("--output-dir", default="output", help="where runs write (default: output)")
    parser.add_argument("--polite", action="store_true", help="keep the default politeness delays (slower; the demo server is local)")
    return parser


def run(args: argparse.Namespace) -> int:
    out_dir = Path(args.output_dir)
    with PortalServer(build_site()) as server:
        print(f"demo portal serving at {server.url('/')}")
        cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "portal=demo", "-a", f"start_url={server.url('/')}",
               "-s", f"PORTAL_OUTPUT_DIR={out_dir}", "-s", "STATE_PATH=", "-s", "LOG_LEVEL=INFO"]  # fmt: skip
        if not args.polite:
            cmd += ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]
        proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        requests = len(server.requests)
    for line in proc.stderr.splitlines():
        if "run summary" in line or " ERROR" in line or " WARNING" in line:
            print(line)
    manifests = sorted(out_dir.glob("demo/*/*/*.manifest.json"), key=lambda p: p.stat().st_mtime)
    if proc.returncode != 0 or not manifests:
        print(proc.stderr[-3000:], file=sys.stderr)
        print("demo crawl failed: see the log above", file=sys.stderr)
        return 1
    manifest = json.loads(manifests[-1].read_text(encoding="utf-8"))
    jsonl = manifests[-1].with_name(manifest["file"])
    counts = manifest["counts"]
    print()
    print(f"articles written : {manifest['lines']}")
    print(f"dropped          : {counts.get('dropped', 0)} {manifest.get('dropped_reasons') or ''}")
    print(f"errors           : {counts.get('errors', 0)}")
    print(f"requests         : {requests}")
    print(f"finish reason    : {manifest['finish_reason']}")
    print(f"records          : {jsonl}")
    print(f"manifest         : {manifests[-1]}")
    first = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0]) if manifest["lines"] else None
    if first:
        print(f"first record     : {first['title']} ({first['published_at']})")
    return 0
