"""``python -m crawler report``: the health report of every portal that has run.

Reads ``<output>/<portal>/<YYYY>/<MM>/<run_id>.manifest.json`` and their JSONL files, and the
state store; writes ``<output>/report.html`` and ``<output>/report.json``. Cheap enough to run
after every scheduled crawl (the cron line in the README does).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from crawler.commands import UsageError
from crawler.portals import ConfigError, PortalConfig, available, load


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "report",
        help="write output/report.html and report.json: how every portal is doing",
        description="Read the runs' manifests, their records and the state store; write report.html (one self-contained page: "
        "per portal the last run, new/updated articles, failed pages, field coverage, articles per week, and a flag for "
        "portals that used to produce and now find nothing) and report.json (the same figures) into the output directory.",
        epilog="examples:\n  python -m crawler report\n  python -m crawler report --output /srv/portal-crawler/output --state /srv/portal-crawler/state.sqlite3\n"
        "exit status: 0 report written; 2 usage error (no such output directory)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--output", "--output-dir", dest="output", default=None, metavar="DIR", help="where runs wrote (default: the PORTAL_OUTPUT_DIR setting, output/)")
    parser.add_argument("--state", default=None, metavar="PATH", help="the state store (default: the STATE_PATH setting); '' for none")
    parser.add_argument("--config-dir", default=None, metavar="DIR", help="portal configs giving titles, provinces and platforms (default: crawler/portals/, or $PORTAL_CONFIG_DIR)")
    parser.add_argument("--as-of", default=None, metavar="YYYY-MM-DD", help="the report's day: charts end with its week, staleness counts from it (default: today in Vietnam)")
    parser.add_argument("--weeks", type=int, default=52, help="weeks in the articles-per-week charts (default 52)")
    parser.add_argument("--no-cache", action="store_true", help="read every run again instead of taking unchanged ones from <output>/.report-cache/")
    parser.add_argument("--stale-days", type=int, default=7, help="flag portals without a run for more days than this (default 7; 0: never)")
    return parser


def _configs(directory: str | None) -> list[PortalConfig]:
    configs = []
    for name in available(directory):
        try:
            configs.append(load(name, directory))
        except ConfigError:
            continue  # a broken config is `crawl`'s to report; the report just lacks its title
    return configs


def run(args: argparse.Namespace) -> int:
    from scrapy.utils.project import get_project_settings

    from crawler.report import Options, write_report

    settings = get_project_settings()
    output = Path(args.output or settings.get("PORTAL_OUTPUT_DIR") or "output")
    if not output.is_dir():
        raise UsageError(f"no output directory {output}: give --output DIR, where the crawls wrote")
    if args.weeks < 1 or args.stale_days < 0:
        raise UsageError("--weeks must be at least 1 and --stale-days at least 0")
    options = Options(weeks=args.weeks, stale_days=args.stale_days)
    if args.as_of:
        try:
            options = Options(as_of=date.fromisoformat(args.as_of), weeks=args.weeks, stale_days=args.stale_days)
        except ValueError as exc:
            raise UsageError(f"--as-of {args.as_of!r}: write the date as YYYY-MM-DD") from exc
    state = settings.get("STATE_PATH") if args.state is None else args.state
    html_path, json_path, report = write_report(output, state or None, _configs(args.config_dir), options, use_cache=not args.no_cache)
    by_status = report["totals"]["by_status"]
    flagged = ", ".join(f"{n} {s}" for s, n in by_status.items() if n and s != "ok") or "all ok"
    print(f"report: {report['totals']['portals']} portal(s), {flagged}")
    for entry in report["portals"]:
        if "stopped" in entry["flags"]:
            print(f"  {entry['portal']}: STOPPED PRODUCING: {entry['messages'][0]}")
    for problem in report["problems"]:
        print(f"  problem: {problem}")
    print(f"wrote {html_path} and {json_path.name}")
    return 0
