"""``python -m crawler crawl``: crawl many portals the way cron or an operator does.

Portals come from config names, ``--all`` (the configs directory), ``--start-url`` and
``--urls FILE`` (one start URL a line; streamed, 10,000 lines are fine). They run as batches,
many portals per process (crawler.batch): on this machine one ``scrapy crawl batch`` worker per
CPU, each crawling its shard of the list, ``--jobs`` portals at a time in all; with
``--scrapyd URL[,URL…]`` as jobs of the deployed egg on Scrapyd nodes, each portal always on the
same node. Either way, per portal nothing changes: its own scope, budgets, state rows, lock,
output file and manifest, summary line and exit status.

The summary: one line per portal (the failed ones first, dead portals first of all, then
skipped ones), a total, each failure's one line on stderr, and the worst exit status
(crawler.exitcodes), so one dead portal never stops the others but always reaches cron. From a
terminal, live progress; without one (cron), plain log lines.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import threading
import time
from collections.abc import Iterable
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from crawler.batch import portals
from crawler.batch.portals import PortalSpec
from crawler.batch.results import PortalResult, print_summary
from crawler.batch.scrapyd import Node, ScrapydBatch
from crawler.batch.workers import Problem, run_workers
from crawler.commands import UsageError
from crawler.exitcodes import HELP, worst
from crawler.portals import available, config_dir, load

#: portals one batch process crawls at once unless --jobs says otherwise (PORTAL_BATCH_CONCURRENCY)
DEFAULT_PER_PROCESS = 32


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "crawl",
        help="crawl many portals (batches: many portals per process), with a summary per portal",
        description="Crawl portals in batches: many portals per process, one process per CPU (or Scrapyd nodes with "
        "--scrapyd). Incremental by default: only new articles are fetched and written.",
        epilog="examples:\n  python -m crawler crawl --all\n  python -m crawler crawl demo wordpress --mode full\n"
        "  python -m crawler crawl --start-url https://school.example.vn/\n"
        "  python -m crawler crawl --urls schools.txt          # one start URL a line, # comments\n"
        "  python -m crawler crawl --all --scrapyd http://node-a:6800,http://node-b:6800\n"
        "cron: 0 */3 * * * cd /srv/portal-crawler && .venv/bin/python -m crawler crawl --all >> output/cron.log 2>&1\n\n"
        + HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("portals", nargs="*", metavar="PORTAL", help="config names (see --list)")
    parser.add_argument("--all", action="store_true", help="every configured portal")
    parser.add_argument("--list", action="store_true", help="list configured portals and exit")
    parser.add_argument("--start-url", action="append", default=[], metavar="URL", help="also crawl an unconfigured portal from this URL (repeatable)")
    parser.add_argument("--urls", metavar="FILE", help="crawl the portals of FILE: one start URL a line, '#' comments, 'portal=NAME' for a configured one")
    parser.add_argument("--config-dir", default=None, metavar="DIR", help="read portal configs from DIR instead of crawler/portals/ (also: $PORTAL_CONFIG_DIR)")
    parser.add_argument("--jobs", "-j", type=int, default=None, help=f"portals crawled at the same time, in all (default {DEFAULT_PER_PROCESS} per process)")
    parser.add_argument("--processes", type=int, default=None, help="batch processes on this machine (default: one per usable CPU)")
    parser.add_argument("--mode", choices=("incremental", "full", "refresh"), default="incremental")
    parser.add_argument("--since", default=None, metavar="YYYY-MM-DD", help="skip articles listed as older than this date")
    parser.add_argument("--output-dir", default=None, help="where runs write (default: the PORTAL_OUTPUT_DIR setting, output/)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting for every crawl (repeatable)")
    parser.add_argument("--progress", choices=("auto", "live", "plain"), default="auto", help="live status lines on a terminal, plain lines otherwise (default auto)")
    remote = parser.add_argument_group("Scrapyd nodes")
    remote.add_argument("--scrapyd", metavar="URL[,URL…]", help="schedule the batches on these Scrapyd nodes instead (each portal always on the same node)")
    remote.add_argument("--project", default="portal_crawler", help="the deployed Scrapyd project (default portal_crawler)")
    remote.add_argument("--batch-size", type=int, default=500, help="portals per Scrapyd job (default 500)")
    remote.add_argument("--poll", type=float, default=5.0, metavar="SECONDS", help="seconds between polls of the nodes (default 5)")
    return parser


# --- what to crawl ------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> None:
    """Usage errors, before anything runs (a name or URL given on the command line that cannot be
    crawled is one; a bad line in --urls or a broken config under --all fails that portal alone)."""
    if not (args.portals or args.all or args.start_url or args.urls):
        raise UsageError("nothing to crawl: name portals, give --all, --urls FILE or --start-url URL (configured: "
                         + (", ".join(available(args.config_dir)) or "none") + ")")  # fmt: skip
    for option in ("jobs", "processes", "batch_size"):
        value = getattr(args, option)
        if value is not None and value < 1:
            raise UsageError(f"--{option.replace('_', '-')} must be at least 1")
    if args.urls and not Path(args.urls).is_file():
        raise UsageError(f"--urls {args.urls}: no such file")
    if args.config_dir and not Path(args.config_dir).is_dir():
        raise UsageError(f"--config-dir {args.config_dir}: no such directory")
    for spec in portals.from_arguments(args.portals, args.start_url, args.config_dir):
        if spec.error:
            raise UsageError(spec.error)
    for setting in args.set:
        if "=" not in setting:
            raise UsageError(f"-s {setting!r}: write settings as NAME=VALUE")


def _batch_args(args: argparse.Namespace) -> dict[str, str]:
    """The ``scrapy crawl batch`` arguments of a local worker (files and directories absolute)."""
    out: dict[str, str] = {"mode": args.mode}
    if args.since:
        out["since"] = args.since
    if args.config_dir:
        out["config_dir"] = str(Path(args.config_dir).resolve())
    if args.portals:
        out["portals"] = "\n".join(args.portals)
    if args.start_url:
        out["urls"] = "\n".join(args.start_url)
    if args.urls:
        out["urls_file"] = str(Path(args.urls).resolve())
    if args.all:
        out["all"] = "1"
    return out


def _settings(args: argparse.Namespace) -> list[str]:
    return [*args.set, *([f"PORTAL_OUTPUT_DIR={args.output_dir}"] if args.output_dir else [])]


def _known_count(args: argparse.Namespace) -> int:
    """How many portals the arguments name at most (no more workers than portals)."""
    count = len(args.portals) + len(args.start_url)
    if args.urls:
        with open(args.urls, encoding="utf-8-sig", errors="replace") as lines:  # counted, not kept
            count += sum(1 for line in lines if line.strip() and not line.lstrip().startswith("#"))
    if args.all:
        count += sum(1 for entry in config_dir(args.config_dir).iterdir() if entry.name.endswith(".toml"))
    return count


# --- progress -----------------------------------------------------------------------------------


class Progress:
    """What the batches report as they go: live lines on a terminal, plain log lines otherwise."""

    def __init__(self, live: bool, out: TextIO):
        self.live, self.out = live, out
        self.lock = threading.Lock()
        self.running: dict[str, list[int]] = {}
        self.done = 0
        self.failed = 0
        self.drawn = 0

    def event(self, kind: str, data: dict[str, Any]) -> None:
        with self.lock:
            if kind == "started":
                self.running[str(data.get("portal"))] = [0, 0]
                self._plain(str(data.get("portal")), "started")
            elif kind == "progress":
                for portal, counts in (data.get("running") or {}).items():
                    if portal in self.running:
                        self.running[portal] = list(counts)
            elif kind == "result":
                result = PortalResult.from_dict(data)
                self.running.pop(result.portal, None)
                self.done += 1
                self.failed += result.status not in ("ok", "SKIPPED")
                self._plain(result.portal, result.line().split(None, 1)[1] if " " in result.line() else result.line())
            elif kind == "end" and "lag_max_ms" in data:
                self._plain(f"batch {data.get('where') or 'process'}",
                            f"{data.get('portals', 0)} portals in {data.get('seconds', 0)} s; longest reactor stall "
                            f"{data['lag_max_ms']} ms ({data.get('lag_over_100ms', 0)} over 100 ms); "
                            f"downloads in flight at most {data.get('gate_peak', 0)}")  # fmt: skip
            elif kind in ("scheduled", "finished", "schedule_failed", "job_lost"):
                self._plain(f"node {data.get('node')}", f"{kind.replace('_', ' ')} {data.get('job', '')} "
                            + " ".join(f"{k}={v}" for k, v in data.items() if k not in ("node", "job")))  # fmt: skip
            self._draw()

    def _plain(self, who: str, text: str) -> None:
        if not self.live:
            self.out.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {who}: {text}\n")
            self.out.flush()

    def _draw(self) -> None:
        if not self.live:
            return
        rows = [f"portals: {self.done} done ({self.failed} failed), {len(self.running)} running"]
        shown = sorted(self.running.items())[:15]
        rows += [f"  {portal:<22} pages={p:>5} items={i:>5}" for portal, (p, i) in shown]
        if len(self.running) > len(shown):
            rows.append(f"  … and {len(self.running) - len(shown)} more")
        self.clear()
        for row in rows:
            self.out.write("\x1b[2K" + row + "\n")
        self.drawn = len(rows)
        self.out.flush()

    def clear(self) -> None:
        if self.live and self.drawn:
            self.out.write(f"\x1b[{self.drawn}F\x1b[J")
            self.drawn = 0


# --- running ------------------------------------------------------------------------------------


def _run_local(args: argparse.Namespace, progress: Progress) -> tuple[list[PortalResult], list[Problem]]:
    processes = args.processes or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    processes = max(1, min(processes, _known_count(args)))
    if args.jobs is not None:
        processes = min(processes, args.jobs)
        per_process = math.ceil(args.jobs / processes)
    else:
        per_process = DEFAULT_PER_PROCESS
    return run_workers(processes, _batch_args(args), _settings(args), per_process, progress.event)


def _run_scrapyd(args: argparse.Namespace, progress: Progress) -> tuple[list[PortalResult], list[Problem]]:
    try:
        nodes = [Node(url) for url in args.scrapyd.split(",") if url.strip()]
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if not nodes:
        raise UsageError("--scrapyd: give at least one node URL")
    # configs travel by name (those of the package, inside the egg) or by absolute path (the same
    # directory on every node); the list file is read here and sent in the jobs' arguments
    directory = str(Path(args.config_dir).resolve()) if args.config_dir else None
    job_args = {k: v for k, v in _batch_args(args).items() if k in ("mode", "since")}
    settings = _settings(args) + ([f"PORTAL_BATCH_CONCURRENCY={args.jobs}"] if args.jobs else [])
    try:
        batch = ScrapydBatch(nodes, args.project, args.batch_size, job_args, settings, poll_every=args.poll, notify=progress.event)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    streams: list[Iterable[PortalSpec]] = [portals.from_arguments(args.portals, args.start_url, directory)]
    if args.urls:
        streams.append(portals.read_list(args.urls, directory))
    if args.all:
        streams.append(portals.configured(directory))
    batch.submit(chain.from_iterable(streams))
    results = batch.wait()
    for result in results:
        progress.event("result", result.__dict__)
    return results, batch.problems


def run(args: argparse.Namespace) -> int:
    if args.list:
        for name in available(args.config_dir):
            cfg = load(name, args.config_dir)
            print(f"{name:<22} {cfg.title or ''} {' '.join(cfg.start_urls)}")
        return 0
    _check(args)
    live = args.progress == "live" or (args.progress == "auto" and sys.stdout.isatty())
    progress = Progress(live, sys.stdout)
    results, problems = (_run_scrapyd if args.scrapyd else _run_local)(args, progress)
    progress.clear()
    status = print_summary(results, sys.stdout, sys.stderr)
    for problem in problems:
        print(problem.line, file=sys.stderr)
    return int(worst([status, *(p.status for p in problems)]))
