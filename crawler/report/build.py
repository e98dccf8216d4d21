"""The report as data (what ``report.json`` holds and ``report.html`` shows), built in one pass.

Portals are handled one at a time, in directory order: a portal's manifests are read, its files
streamed, its verdict judged and its summary kept as a small dict; its runs are then dropped.
So memory grows with the number of portals (a few KB each), never with their records.

Every figure that comes from a manifest is copied, not recomputed, so the report's figures are
the manifests' figures: ``new``, ``updated``, failed pages, finish reason and the record count
(``lines``) of the last run. Coverage and articles per week come from the records themselves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import groupby
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from crawler.portals import PortalConfig
from crawler.report.cache import PortalCache
from crawler.report.collect import (
    FileScan,
    RecordStats,
    Run,
    find_manifests,
    read_run,
    scan_records,
    state_totals,
    week_of,
)
from crawler.report.health import STATUSES, judge

#: bump when report.json changes in a way its readers must know
REPORT_VERSION = 1
#: runs per portal in the history table, newest first
HISTORY_RUNS = 10
#: coverage fields: name -> RecordStats counter
COVERAGE = {"date": "with_date", "time": "with_time", "authors": "with_authors", "images": "with_images", "captions": "with_captions"}
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass(frozen=True)
class Options:
    """What a report covers; defaults are what ``python -m crawler report`` uses."""

    #: the last day the report covers (articles per week end with its week; stale is judged from it)
    as_of: date = field(default_factory=lambda: datetime.now(VIETNAM).date())
    #: weeks in the articles-per-week charts
    weeks: int = 52
    #: a portal without a run for more than this many days is stale (0: never)
    stale_days: int = 7


def _stamp(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def coverage(stats: RecordStats) -> dict[str, dict[str, Any]]:
    """{field: {"count", "share"}} over stats.records (share None when there is no record)."""
    return {name: {"count": getattr(stats, attr), "share": _share(getattr(stats, attr), stats.records)} for name, attr in COVERAGE.items()}


def window(options: Options) -> list[date]:
    """The Mondays of the weeks the charts show, oldest first, ending with as_of's week."""
    last = week_of(options.as_of)
    return [last - timedelta(weeks=options.weeks - 1 - i) for i in range(options.weeks)]


def _weekly(by_week: Counter[date], weeks: list[date]) -> tuple[list[int], int, int]:
    """(counts per week of the window, older than it, newer than it)."""
    first, last = weeks[0], weeks[-1]
    older = sum(n for w, n in by_week.items() if w < first)
    newer = sum(n for w, n in by_week.items() if w > last)
    return [by_week.get(w, 0) for w in weeks], older, newer


def _rel(path: Path | None, root: Path) -> str | None:
    if path is None:
        return None
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _run_row(run: Run, root: Path) -> dict[str, Any]:
    return {
        "run_id": run.run_id,
        "started_at": _stamp(run.started_at),
        "finished_at": _stamp(run.finished_at),
        "finish_reason": run.finish_reason,
        "reason": run.reason,
        "mode": run.mode,
        "new": run.count("new"),
        "updated": run.count("updated"),
        "unchanged": run.count("unchanged"),
        "dropped": run.count("dropped"),
        "failed_pages": run.failed_count,
        "requests": run.count("requests"),
        "found": run.found,
        "lines": run.lines,
        "manifest": _rel(run.manifest, root),
        "file": _rel(run.file, root),
    }


def portal_summary(
    portal_dir: str,
    runs: list[tuple[Run, FileScan | None]],
    root: Path,
    options: Options,
    weeks: list[date],
    config: PortalConfig | None = None,
    known: Any = None,
) -> tuple[dict[str, Any], RecordStats]:
    """One portal's entry in report.json, and its merged record counters (for the totals).

    *runs* are (run, scan of its records file or None when it has none), in any order."""
    read = sorted(runs, key=lambda pair: pair[0].sort_key)
    runs = [run for run, _ in read]
    problems: list[str] = []
    total = RecordStats()
    latest_file: dict[str, Any] | None = None
    for run, scan in read:
        if scan is None:
            if run.lines:
                problems.append(f"{_rel(run.manifest, root)}: its records file is missing ({run.lines} line(s) announced)")
            continue
        total.merge(scan.stats)
        if run.lines is not None and scan.lines != run.lines:
            problems.append(f"{_rel(run.file, root)}: {scan.lines} line(s), its manifest says {run.lines}")
        elif run.sha256 and scan.sha256 != run.sha256:
            problems.append(f"{_rel(run.file, root)}: changed since its manifest was written (sha256 differs)")
        if scan.stats.bad_lines:
            problems.append(f"{_rel(run.file, root)}: {scan.stats.bad_lines} line(s) are not JSON records")
        if scan.stats.records:
            latest_file = {"run_id": run.run_id, "records": scan.stats.records, "coverage": coverage(scan.stats)}
    known_articles = known.articles if known is not None else 0
    verdict = judge(runs, known_articles, options.as_of, options.stale_days)
    last = runs[-1]
    weekly, older, newer = _weekly(total.by_week, weeks)
    platform = (config.platform if config else "") or next((r.platform for r in reversed(runs) if r.platform), "") or ""
    entry = {
        "portal": last.portal,
        "directory": portal_dir,
        "title": config.title if config else "",
        "province": config.province if config else "",
        "platform": platform,
        "start_urls": list(config.start_urls) if config else [],
        "status": verdict.status,
        "flags": list(verdict.flags),
        "messages": list(verdict.messages),
        "runs": len(runs),
        "last_run": _run_row(last, root),
        "failed_pages": [dict(p) for p in last.failed_pages],
        "failed_pages_total": last.failed_count,
        "dropped_reasons": dict(last.dropped_reasons),
        "extra": dict(last.extra),
        "history": [_run_row(r, root) for r in reversed(runs[-HISTORY_RUNS:])],
        "empty_runs": verdict.empty_runs,
        "last_found": _run_row(verdict.last_found, root) if verdict.last_found else None,
        "records": total.records,
        "coverage": coverage(total),
        "latest_file": latest_file,
        "weekly": weekly,
        "older": older,
        "newer": newer,
        "undated": total.undated,
        "state": {"articles": known.articles, "newest_first_seen": known.newest_first_seen, "newest_last_seen": known.newest_last_seen} if known else None,
        "problems": problems,
    }
    return entry, total


def _portal_runs(output_dir: Path, problems: list[str], use_cache: bool) -> Iterator[tuple[str, list[tuple[Run, FileScan | None]]]]:
    """Per portal folder, its runs with their scans: from the cache where nothing changed."""
    for portal_dir, manifests in groupby(find_manifests(output_dir), key=lambda pair: pair[0]):
        cache = PortalCache(output_dir, portal_dir, enabled=use_cache)
        runs = []
        for _, path in manifests:
            cached = cache.get(path)
            if cached is not None:
                runs.append(cached)
                continue
            try:
                run = read_run(path, portal_dir)
            except (OSError, ValueError) as exc:
                problems.append(f"{_rel(path, output_dir)}: manifest unreadable: {exc}")
                continue
            scan = scan_records(run.file) if run.file is not None else None
            cache.put(path, run, scan)
            runs.append((run, scan))
        cache.save()
        if runs:
            yield portal_dir, runs


def _sort_key(entry: Mapping[str, Any]) -> tuple[int, str, str]:
    return (STATUSES.index(entry["status"]), entry["province"] or "\uffff", entry["portal"])


def build_report(
    output_dir: str | Path,
    state_path: str | Path | None = None,
    configs: Iterable[PortalConfig] = (),
    options: Options | None = None,
    now: datetime | None = None,
    use_cache: bool = True,
) -> dict[str, Any]:
    """report.json's content for every portal with a manifest under *output_dir*.

    Portals are sorted most severe status first, then by province and name. With *use_cache*,
    runs read by an earlier report are taken from ``<output>/.report-cache/`` (see cache.py).
    """
    options = options or Options()
    root = Path(output_dir)
    problems: list[str] = []
    by_name = {c.name: c for c in configs}
    known, state_problem = state_totals(state_path)
    if state_problem:
        problems.append(state_problem)
    weeks = window(options)
    portals: list[dict[str, Any]] = []
    total = RecordStats()
    for portal_dir, runs in _portal_runs(root, problems, use_cache):
        name = max(runs, key=lambda pair: pair[0].sort_key)[0].portal
        entry, stats = portal_summary(portal_dir, runs, root, options, weeks, by_name.get(name), known.get(name))
        portals.append(entry)
        total.merge(stats)
    seen = {p["portal"] for p in portals}
    orphans = sorted(set(known) - seen)
    if orphans:
        shown = ", ".join(orphans[:10]) + (f" and {len(orphans) - 10} more" if len(orphans) > 10 else "")
        problems.append(f"the state store knows {len(orphans)} portal(s) without any manifest under {root.name or root}: {shown}")
    portals.sort(key=_sort_key)
    weekly, older, newer = _weekly(total.by_week, weeks)
    by_status = Counter(p["status"] for p in portals)
    return {
        "report_version": REPORT_VERSION,
        "generated_at": _stamp(now or datetime.now(UTC)),
        "as_of": options.as_of.isoformat(),
        "stale_days": options.stale_days,
        "weeks": [w.isoformat() for w in weeks],
        "totals": {
            "portals": len(portals),
            "by_status": {s: by_status.get(s, 0) for s in STATUSES},
            "records": total.records,
            "new_last_runs": sum(p["last_run"]["new"] for p in portals),
            "updated_last_runs": sum(p["last_run"]["updated"] for p in portals),
            "failed_pages_last_runs": sum(p["failed_pages_total"] for p in portals),
            "coverage": coverage(total),
            "weekly": weekly,
            "older": older,
            "newer": newer,
            "undated": total.undated,
        },
        "portals": portals,
        "problems": problems,
    }
