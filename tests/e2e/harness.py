"""Crawl a test portal for real: serve it on loopback, crawl it with the project's spider, read the
JSONL it wrote. Shared by the end-to-end tests and the dev scripts.

Two ways to run the crawl, with the same settings and the same feed: ``crawl_portal`` runs
``scrapy crawl portal`` in a subprocess (what cron and Scrapyd run: the command line, its exit
status, signals), ``crawl_portal_in_process`` runs the spider in the test process's reactor
(``Crawler.crawl_async`` under pytest-twisted's asyncio reactor). The second is for the many
tests that judge a crawl's records, not its process: a subprocess costs a second or more of
interpreter and import start-up per crawl, more than most fixture crawls themselves.
"""

from __future__ import annotations

import importlib
import io
import json
import logging
import os
import pkgutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.settings import Settings

from crawler.demo.server import PortalServer

ROOT = Path(__file__).resolve().parents[2]
FAST = {
    "ROBOTSTXT_OBEY": "True",
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
    "LOG_LEVEL": "INFO",
}


@dataclass
class CrawlResult:
    records: list[dict[str, Any]]
    requests: list[tuple[str, str]]
    returncode: int
    log: str
    out: Path
    base_url: str
    manifest: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def by_canonical(self) -> dict[str, dict[str, Any]]:
        return {r["canonical_url"]: r for r in self.records}


def run_crawl(base_url: str, out: Path, args: dict[str, str] | None = None, settings: dict[str, str] | None = None, timeout: float = 240, feed: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal"]
    # a server's bare address gets its root's "/"; a start page ("/Default.aspx") is given as is
    start_url = base_url if urlsplit(base_url).path else base_url + "/"
    for key, value in {"start_url": start_url, **(args or {})}.items():
        cmd += ["-a", f"{key}={value}"]
    if feed:
        cmd += ["-O", str(out)]
    merged = {**FAST, "STATE_PATH": "", "PORTAL_OUTPUT_DIR": str(out.parent), **(settings or {})}
    for key, value in merged.items():
        cmd += ["-s", f"{key}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env)


def crawl_settings(out: Path, settings: dict[str, str] | None = None) -> Settings:
    """The settings ``run_crawl`` gives ``scrapy crawl``: the project's, FAST, the test's own,
    and ``-O out`` (a JSON Lines feed, overwritten), at the command line's priority."""
    merged = Settings()
    merged.setmodule("crawler.settings", priority="project")
    merged.setdict({**FAST, "STATE_PATH": "", "PORTAL_OUTPUT_DIR": str(out.parent), **(settings or {})}, priority="cmdline")
    merged.set("FEEDS", {str(out): {"format": "jsonlines", "overwrite": True}}, priority="cmdline")
    return merged


async def run_crawl_in_process(start_url: str, out: Path, args: dict[str, str] | None = None, settings: dict[str, str] | None = None) -> tuple[int, str]:
    """One crawl of the portal spider in the running reactor: its exit status (as ``scrapy crawl``
    would exit) and its log at INFO (as the subprocess would print it)."""
    from crawler.runguard import exit_status_of
    from crawler.spiders.portal import PortalSpider
    from tests.reactor import on_loop

    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        crawler = Crawler(PortalSpider, crawl_settings(out, settings))
        await on_loop(crawler.crawl_async(start_url=start_url, **(args or {})))
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    return int(exit_status_of(crawler)), log.getvalue()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def crawl_portal(module: Any, tmp: Path, args: dict[str, str] | None = None, settings: dict[str, str] | None = None, host: str = "127.0.0.1", start_path: str | None = None) -> CrawlResult:
    out = tmp / f"{module.NAME}.jsonl"
    with PortalServer(module.build_site(), host=host) as server:
        start = server.base_url + (start_path or getattr(module, "START_PATH", "/"))
        proc = run_crawl(start, out, args, settings)
        requests = server.requests
        base = server.base_url
    manifest_file = out.with_name(out.stem + ".manifest.json")
    manifest = json.loads(manifest_file.read_text(encoding="utf-8")) if manifest_file.exists() else None
    return CrawlResult(read_jsonl(out), requests, proc.returncode, proc.stderr, out, base, manifest)


async def crawl_portal_in_process(module: Any, tmp: Path, args: dict[str, str] | None = None, settings: dict[str, str] | None = None, host: str = "127.0.0.1", start_path: str | None = None) -> CrawlResult:
    """``crawl_portal`` in this process (see the module's docstring): for async tests run by
    pytest-twisted (``@pytest_twisted.ensureDeferred``)."""
    out = tmp / f"{module.NAME}.jsonl"
    with PortalServer(module.build_site(), host=host) as server:
        start = server.base_url + (start_path or getattr(module, "START_PATH", "/"))
        returncode, log = await run_crawl_in_process(start, out, args, settings)
        requests = server.requests
        base = server.base_url
    manifest_file = out.with_name(out.stem + ".manifest.json")
    manifest = json.loads(manifest_file.read_text(encoding="utf-8")) if manifest_file.exists() else None
    return CrawlResult(read_jsonl(out), requests, returncode, log, out, base, manifest)


def gold_by_canonical(module: Any, base_url: str) -> dict[str, dict[str, Any]]:
    from crawler.core.urls import canonicalize_url

    out = {}
    for gold in module.GOLD:
        key = canonicalize_url(base_url + gold.get("canonical_path", gold["path"]))
        out[key] = gold
    return out


def _alternatives(module: Any, base_url: str) -> dict[str, str]:
    """Other URLs a fixture serves the same article at (``alt_paths``, and the gold ``path`` when
    its ``canonical_path`` is another), mapped to its gold key.

    Without rel=canonical a crawler cannot know which of them the portal prefers; any one of them
    is an acceptable canonical_url, but only one record may come out."""
    from crawler.core.urls import canonicalize_url

    out = {}
    for gold in module.GOLD:
        key = canonicalize_url(base_url + gold.get("canonical_path", gold["path"]))
        for alt in [gold["path"], *gold.get("alt_paths", [])]:
            out[canonicalize_url(base_url + alt)] = key
    return out


COMPARED = ("title", "published_at", "authors", "photographers", "source", "summary", "body", "category")


def compare(result: CrawlResult, module: Any) -> list[str]:
    """Every difference between the crawl and the gold, one line each (empty when they agree)."""
    from crawler.core.urls import canonicalize_url

    problems: list[str] = []
    gold = gold_by_canonical(module, result.base_url)
    alternatives = _alternatives(module, result.base_url)
    got: dict[str, dict[str, Any]] = {}
    for record in result.records:
        key = canonicalize_url(record["canonical_url"])
        key = alternatives.get(key, key)
        if key in got:
            problems.append(f"article emitted twice: {record['url']} and {got[key]['url']}")
        got[key] = record
    for key in sorted(set(gold) - set(got)):
        problems.append(f"missing article {key}")
    for key in sorted(set(got) - set(gold)):
        problems.append(f"emitted a non-article {key} (title {got[key]['title']!r})")
    for key in sorted(set(gold) & set(got)):
        g, r = gold[key], got[key]
        for name in COMPARED:
            if g.get(name) != r.get(name):
                problems.append(f"{key} {name}: want {g.get(name)!r:.300} got {r.get(name)!r:.300}")
        want_images = [(im.get("url") or result.base_url + im["path"], im.get("caption")) for im in g.get("images", [])]
        got_images = [(im["url"], im["caption"]) for im in r.get("images", [])]
        if want_images != got_images:
            problems.append(f"{key} images: want {want_images!r:.400} got {got_images!r:.400}")
    return problems


def portal_modules(names: list[str] | None = None) -> list[ModuleType]:
    import tests.portals

    out = []
    for info in pkgutil.iter_modules(tests.portals.__path__):
        if info.name.startswith(("_", "test_")):
            continue
        module = importlib.import_module(f"tests.portals.{info.name}")
        if not hasattr(module, "GOLD") or not hasattr(module, "build_site"):
            continue
        if names and module.NAME not in names and info.name not in names:
            continue
        out.append(module)
    return out


def real_page_count(module: ModuleType) -> int:
    """The pages a reader would open on the portal: its articles and its listed non-article pages."""
    return len(module.GOLD) + len(getattr(module, "NON_ARTICLES", []))


def page_requests(result: CrawlResult) -> list[str]:
    """The crawl's requests for pages (images, styles and scripts aside)."""
    return [t for _m, t in result.requests if not t.endswith((".jpg", ".png", ".gif", ".css", ".js", ".ico"))]
