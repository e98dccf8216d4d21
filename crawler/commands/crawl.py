"""``python -m crawler crawl``: run configured portals the way cron or an operator does.

One ``scrapy crawl portal`` process per portal, a bounded number at a time; one summary line per
portal and a total; exit status 1 when a portal failed or produced nothing while it used to
(the mark of a changed layout). From a terminal, live progress per portal; without one (cron),
plain log lines.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from crawler.commands import UsageError
from crawler.portals import ConfigError, available, load

_LOGSTATS = re.compile(r"Crawled (\d+) pages .*scraped (\d+) items")
_SUMMARY = re.compile(r"run summary: (.*)")
_KV = re.compile(r"(\w+)=(\S+)")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "crawl",
        help="crawl configured portals (one process each), with a summary per portal",
        description="Crawl configured portals (crawler/portals/*.toml), one `scrapy crawl portal` process per portal, "
        "a bounded number at a time. Incremental by default: only new articles are fetched and written.",
        epilog="examples:\n  python -m crawler crawl --all\n  python -m crawler crawl demo wordpress --mode full\n"
        "  python -m crawler crawl --start-url https://school.example.vn/\n"
        "cron: */30 * * * * cd /srv/portal-crawler && .venv/bin/python -m crawler crawl --all >> output/cron.log 2>&1\n"
        "exit status: 0 every portal finished; 1 a portal failed or found no article while it used to; 2 usage error",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("portals", nargs="*", metavar="PORTAL", help="config names (see --list)")
    parser.add_argument("--all", action="store_true", help="every configured portal")
    parser.add_argument("--list", action="store_true", help="list configured portals and exit")
    parser.add_argument("--start-url", action="append", default=[], metavar="URL", help="also crawl an unconfigured portal from this URL (repeatable)")
    parser.add_argument("--config-dir", default=None, metavar="DIR", help="read portal configs from DIR instead of crawler/portals/ (also: $PORTAL_CONFIG_DIR)")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="portals crawled at the same time (default 2)")
    parser.add_argument("--mode", choices=("incremental", "full", "refresh"), default="incremental")
    parser.add_argument("--since", default=None, metavar="YYYY-MM-DD", help="skip articles listed as older than this date")
    parser.add_argument("--output-dir", default=None, help="where runs write (default: the PORTAL_OUTPUT_DIR setting, output/)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting for every crawl (repeatable)")
    parser.add_argument("--progress", choices=("auto", "live", "plain"), default="auto", help="live status lines on a terminal, plain lines otherwise (default auto)")
    return parser


@dataclass
class Job:
    name: str
    args: list[str]
    pages: int = 0
    items: int = 0
    status: str = "waiting"
    summary: dict[str, str] = field(default_factory=dict)
    returncode: int | None = None
    tail: list[str] = field(default_factory=list)
    known_before: int = 0

    def line(self) -> str:
        s = self.summary
        if s:
            return (f"{self.name:<22} {self.status:<8} new={s.get('new', '0'):>4} updated={s.get('updated', '0'):>3} "
                    f"dropped={s.get('dropped', '0'):>3} errors={s.get('errors', '0'):>3} requests={s.get('requests', '0'):>5} "
                    f"finish={s.get('finish_reason', '?')}")  # fmt: skip
        return f"{self.name:<22} {self.status:<8} pages={self.pages:>5} items={self.items:>5}"


def _known_articles(state_path: str, portal: str) -> int:
    if not state_path or not Path(state_path).exists():
        return 0
    from crawler.state import StateStore

    with StateStore(state_path) as store:
        return store.count(portal)


def _jobs(args: argparse.Namespace) -> list[Job]:
    names = available(args.config_dir) if args.all else list(args.portals)
    if not names and not args.start_url:
        raise UsageError("nothing to crawl: name portals, give --all, or --start-url URL (configured: " + (", ".join(available(args.config_dir)) or "none") + ")")
    jobs = []
    common = ["-a", f"mode={args.mode}"] + (["-a", f"since={args.since}"] if args.since else [])
    for setting in args.set:
        if "=" not in setting:
            raise UsageError(f"-s {setting!r}: write settings as NAME=VALUE")
        common += ["-s", setting]
    if args.output_dir:
        common += ["-s", f"PORTAL_OUTPUT_DIR={args.output_dir}"]
    for name in names:
        try:
            config = load(name, args.config_dir)
        except ConfigError as exc:
            raise UsageError(str(exc)) from exc
        jobs.append(Job(config.name, ["-a", f"portal={config.source or name}", *common]))
    for url in args.start_url:
        from urllib.parse import urlsplit

        jobs.append(Job(urlsplit(url).hostname or url, ["-a", f"start_url={url}", *common]))
    return jobs


class Progress:
    def __init__(self, jobs: list[Job], live: bool, out: TextIO):
        self.jobs, self.live, self.out = jobs, live, out
        self.lock = threading.Lock()
        self.drawn = 0

    def update(self, job: Job, plain: str | None = None) -> None:
        with self.lock:
            if self.live:
                if self.drawn:
                    self.out.write(f"\x1b[{self.drawn}F")
                for j in self.jobs:
                    self.out.write("\x1b[2K" + j.line() + "\n")
                self.drawn = len(self.jobs)
            elif plain:
                self.out.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {job.name}: {plain}\n")
            self.out.flush()


def _run_job(job: Job, progress: Progress, settings_state: str) -> Job:
    job.known_before = _known_articles(settings_state, job.name)
    job.status = "running"
    progress.update(job, "started")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", *job.args, "-s", "LOGSTATS_INTERVAL=5"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stderr is not None
    for line in proc.stderr:
        job.tail = [*job.tail[-30:], line.rstrip()]
        m = _LOGSTATS.search(line)
        if m:
            job.pages, job.items = int(m.group(1)), int(m.group(2))
            progress.update(job, f"pages={job.pages} items={job.items}")
        m = _SUMMARY.search(line)
        if m:
            job.summary = dict(_KV.findall(m.group(1)))
    job.returncode = proc.wait()
    finished = job.summary.get("finish_reason") == "finished"
    seen = int(job.summary.get("seen", "0") or 0) + int(job.summary.get("new", "0") or 0)
    if job.returncode != 0 or not finished:
        job.status = "FAILED"
    elif seen == 0 and job.known_before > 0:
        job.status = "EMPTY"  # found no article at all while earlier runs did: layout change?
    else:
        job.status = "ok"
    progress.update(job, job.line())
    return job


def run(args: argparse.Namespace) -> int:
    if args.list:
        for name in available(args.config_dir):
            cfg = load(name, args.config_dir)
            print(f"{name:<22} {cfg.title or ''} {' '.join(cfg.start_urls)}")
        return 0
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    jobs = _jobs(args)
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    state_path = next((s.split("=", 1)[1] for s in args.set if s.startswith("STATE_PATH=")), settings.get("STATE_PATH"))
    live = args.progress == "live" or (args.progress == "auto" and sys.stdout.isatty())
    progress = Progress(jobs, live, sys.stdout)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        list(pool.map(lambda j: _run_job(j, progress, state_path), jobs))
    if not live:
        for job in jobs:
            print(job.line())
    totals = {k: sum(int(j.summary.get(k, "0") or 0) for j in jobs) for k in ("new", "updated", "dropped", "errors", "requests")}
    failed = [j for j in jobs if j.status != "ok"]
    print("total: " + " ".join(f"{k}={v}" for k, v in totals.items()) + f" portals={len(jobs)} failed={len(failed)}")
    for job in failed:
        why = "produced no article while earlier runs did (layout change?)" if job.status == "EMPTY" else f"exit status {job.returncode}"
        print(f"{job.name}: {job.status}: {why}", file=sys.stderr)
        for line in job.tail[-5:]:
            print(f"  {line}", file=sys.stderr)
    return 1 if failed else 0
