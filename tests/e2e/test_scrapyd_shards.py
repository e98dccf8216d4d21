"""``crawl --scrapyd A,B``: two real Scrapyd daemons on loopback (their own ports and working
directories) share the portals by a stable hash of the portal id; every portal is crawled by
exactly one node, every article comes out once, and the next run lands on the same nodes and
emits nothing new. The same per-portal summary is printed."""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from crawler.batch.portals import node_for
from crawler.core.urls import canonicalize_url
from crawler.demo import site as demo
from crawler.demo.server import PortalServer
from tests.e2e.harness import ROOT
from tests.e2e.scrapyd_nodes import scrapyd_node

pytestmark = pytest.mark.e2e
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]


def crawl_on(nodes: list[str], config_dir: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "crawler", "crawl", "--all", "--config-dir", str(config_dir), "--scrapyd", ",".join(nodes),
           "--batch-size", "2", "--poll", "0.3", "--progress", "plain", *FAST]  # fmt: skip
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


def records(home: Path, portal: str) -> Counter[str]:
    """Records per canonical URL in the manifested files a node wrote for *portal*."""
    found: Counter[str] = Counter()
    for manifest in (home / "output" / portal).glob("*/*/*.manifest.json"):
        feed = manifest.with_name(json.loads(manifest.read_text(encoding="utf-8"))["file"])
        found.update(json.loads(line)["canonical_url"] for line in feed.read_text(encoding="utf-8").splitlines())
    return found


def test_two_scrapyd_nodes_share_the_portals_by_hash(tmp_path: Path, scrapyd_egg: Path) -> None:
    config_dir = tmp_path / "portals"
    config_dir.mkdir()
    with contextlib.ExitStack() as stack:
        nodes = [stack.enter_context(scrapyd_node(tmp_path / name, max_proc=2)) for name in ("node-a", "node-b")]
        urls = [node.url for node in nodes]
        for node in nodes:
            assert node.deploy(scrapyd_egg)["status"] == "ok"
        # four schools, two for each node (names chosen by the hash, which depends on the ports)
        names: list[str] = []
        for n in range(200):
            name = f"truong-{n}"
            if sum(1 for m in names if node_for(m, urls) == node_for(name, urls)) < 2:
                names.append(name)
            if len(names) == 4:
                break
        servers = {name: stack.enter_context(PortalServer(demo.build_site(), host=f"127.0.1.{k + 1}")) for k, name in enumerate(names)}
        for name, server in servers.items():
            (config_dir / f"{name}.toml").write_text(f'name = "{name}"\nstart_urls = ["{server.url("/")}"]\n', encoding="utf-8")
        first = crawl_on(urls, config_dir)
        again = crawl_on(list(reversed(urls)), config_dir)  # the order of the nodes does not matter
    assert first.returncode == 0, first.stdout + first.stderr
    lines = [line for line in first.stdout.splitlines() if not re.match(r"\d{4}-\d\d-\d\d \d\d:", line)]
    for name in names:
        assert any(re.match(rf"{name} +ok +new= +{len(demo.GOLD)} ", line) for line in lines), (name, lines)
    assert lines[-1].startswith(f"total: new={4 * len(demo.GOLD)} ") and lines[-1].endswith("portals=4 failed=0 skipped=0"), lines
    assert "scheduled batch-" in first.stdout and "Traceback" not in first.stdout + first.stderr
    homes = {node.url: node.home for node in nodes}
    for name, server in servers.items():
        mine = homes[node_for(name, urls)]
        other = next(home for url, home in homes.items() if home != mine)
        assert not (other / "output" / name).exists(), f"{name} was crawled by one node only"
        got = records(mine, name)
        assert set(got) == {canonicalize_url(server.url(g["path"])) for g in demo.GOLD} and max(got.values()) == 1, name
        assert len(list((mine / "output" / name).glob("*/*/*.manifest.json"))) == 2, "one file per run, on the same node"
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.splitlines()[-1].startswith("total: new=0 ") and again.stdout.splitlines()[-1].endswith("portals=4 failed=0 skipped=0")
