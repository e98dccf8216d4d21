"""``python -m crawler crawl``: run configured portals the way cron or an operator does.

One ``scrapy crawl portal`` process per portal, a bounded number at a time; one summary line per
portal (the failed ones first, dead portals first of all) and a total. Each portal's process
judges its own run and exits with its status (crawler.exitcodes); this command exits with the
worst of them, so one dead portal never stops the others but always reaches cron. A portal that
another run is still crawling is skipped and said so. From a terminal, live progress per portal;
without one (cron), plain log lines.
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
from typing import TextIO

from crawler.commands import UsageError
from crawler.exitcodes import HELP, ExitStatus, from_returncode, worst
from crawler.portals import ConfigError, available, load

_LOGSTATS = re.compile(r"Crawled (\d+) pages .*scraped (\d+) items")
_SUMMARY = re.compile(r"run summary: (.*)")
_FAILURE = re.compile(r"\[crawler\.run\] (?:ERROR|CRITICAL): (.*)")
_KV = re.compile(r"(\w+)=(\S+)")
#: a portal's status in the summary, by its run's finish reason (exit status 0 is "ok")
_STATUS = {"unreachable": "UNREACHABLE", "empty": "EMPTY", "already_running": "SKIPPED"}
#: summary order: dead portals first, then other failures, skipped portals, and the good ones
_RANK = {"UNREACHABLE": 0, "FAILED": 1, "EMPTY": 1, "SKIPPED": 2, "ok": 3}


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "crawl",
        help="crawl configured portals (one process each), with a summary per portal",
        description="Crawl configured portals (crawler/portals/*.toml), one `scrapy crawl portal` process per portal, "
        "a bounded number at a time. Incremental by default: only new articles are fetched and written.",
        epilog="examples:\n  python -m crawler crawl --all\n  python -m crawler crawl demo wordpress --mode full\n"
        "  python -m crawler crawl --start-url https://school.example.vn/\n"
        "cron: */30 * * * * cd /srv/portal-crawler && .venv/bin/python -m crawler crawl --all >> output/cron.log 2>&1\n\n"
        + HELP,
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
    exit_status: ExitStatus = ExitStatus.OK
    #: the run's one failure line (from its log), if it failed
    failure: str | None = None
    tail: list[str] = field(default_factory=list)

    def line(self) -> str:
        s = self.summary
        if self.status == "SKIPPED":
            return f"{self.name:<22} {self.status:<11} {self.failure or 'already running'}"
        if s:
            return (f"{self.name:<22} {self.status:<11} new={s.get('new', '0'):>4} updated={s.get('updated', '0'):>3} "
                    f"dropped={s.get('dropped', '0'):>3} errors={s.get('errors', '0'):>3} requests={s.get('requests', '0'):>5} "
                    f"finish={s.get('finish_reason', '?')}")  # fmt: skip
        return f"{self.name:<22} {self.status:<11} pages={self.pages:>5} items={self.items:>5}"


def job_status(exit_status: ExitStatus, finish_reason: str | None) -> str:
    """A portal's status word in the summary (ok, UNREACHABLE, EMPTY, SKIPPED, FAILED)."""
    if exit_status == ExitStatus.OK:
        return "ok"
    if exit_status == ExitStatus.ALREADY_RUNNING:
        return "SKIPPED"
    return _STATUS.get(finish_reason or "", "FAILED")


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


def _run_job(job: Job, progress: Progress) -> Job:
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
        m = _FAILURE.search(line)
        if m and job.failure is None:
            job.failure = m.group(1).strip()
    job.returncode = proc.wait()
    job.exit_status = from_returncode(job.returncode)
    job.status = job_status(job.exit_status, job.summary.get("finish_reason"))
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
    live = args.progress == "live" or (args.progress == "auto" and sys.stdout.isatty())
    progress = Progress(jobs, live, sys.stdout)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        list(pool.map(lambda j: _run_job(j, progress), jobs))
    ranked = sorted(jobs, key=lambda j: _RANK.get(j.status, 1))  # stable: config order within a rank
    if not live:
        for job in ranked:
            print(job.line())
    totals = {k: sum(int(j.summary.get(k, "0") or 0) for j in jobs) for k in ("new", "updated", "dropped", "errors", "requests")}
    failed = [j for j in ranked if j.status not in ("ok", "SKIPPED")]
    skipped = [j for j in ranked if j.status == "SKIPPED"]
    print("total: " + " ".join(f"{k}={v}" for k, v in totals.items())
          + f" portals={len(jobs)} failed={len(failed)} skipped={len(skipped)}")  # fmt: skip
    for job in [*failed, *skipped]:
        print(f"{job.name}: {job.status}: {job.failure or f'exit status {job.returncode}'}", file=sys.stderr)
        if job.failure is None:  # a crash: show how its log ended
            for line in job.tail[-5:]:
                print(f"  {line}", file=sys.stderr)
    return int(worst(j.exit_status for j in jobs))
