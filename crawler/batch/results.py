"""A portal's result in a batch, the log line that carries it, and the summary printed from them.

A batch runs in processes the summary printer does not share: worker processes of ``python -m
crawler crawl``, or Scrapyd jobs on other machines whose logs are read over HTTP. So each result
travels as one log line, ``batch result: {json}``, written by the batch whatever ``LOG_LEVEL``
says (crawler.batch.runner), and parsed back here. The same for the progress events
(``batch started``, ``batch progress``) and the batch's end (``batch end``).

The summary is the one ``crawl`` always printed: a line per portal, the failed ones first (dead
portals first of all), then skipped ones, then the good ones; a total; each failure's one line
on stderr; and the worst exit status (crawler.exitcodes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

from crawler.exitcodes import ExitStatus, worst

#: a portal's status in the summary, by its run's finish reason (exit status 0 is "ok")
_STATUS = {"unreachable": "UNREACHABLE", "empty": "EMPTY", "already_running": "SKIPPED"}
#: summary order: dead portals first, then other failures, skipped portals, and the good ones
RANK = {"UNREACHABLE": 0, "FAILED": 1, "EMPTY": 1, "INVALID": 1, "NOT RUN": 1, "SKIPPED": 2, "ok": 3}
#: the counts a summary line shows, in order
COUNTS = ("new", "updated", "dropped", "errors", "requests")

EVENT = re.compile(r"batch (started|result|progress|end): (\{.*\})\s*$")


def status_word(exit_status: ExitStatus, finish_reason: str | None) -> str:
    """A portal's status word in the summary (ok, UNREACHABLE, EMPTY, SKIPPED, INVALID, FAILED)."""
    if exit_status == ExitStatus.OK:
        return "ok"
    if exit_status == ExitStatus.ALREADY_RUNNING:
        return "SKIPPED"
    if exit_status == ExitStatus.USAGE:
        return "INVALID"
    return _STATUS.get(finish_reason or "", "FAILED")


@dataclass
class PortalResult:
    """How one portal's run ended, as the summary shows it."""

    portal: str
    exit_status: int = int(ExitStatus.OK)
    finish_reason: str | None = None
    #: new, updated, dropped, errors, requests (and whatever else the run counted)
    counts: dict[str, int] = field(default_factory=dict)
    #: the run's one failure line; None when it went well
    failure: str | None = None
    #: feed files written (each with its manifest)
    files: list[str] = field(default_factory=list)
    #: where it ran: a worker ("worker 1") or a Scrapyd node and job
    where: str = ""

    @property
    def status(self) -> str:
        if self.exit_status == ExitStatus.FAILED and self.finish_reason == "not_run":
            return "NOT RUN"
        return status_word(ExitStatus(self.exit_status), self.finish_reason)

    def line(self) -> str:
        """The summary line (the same columns ``crawl`` has always printed)."""
        status = self.status
        if status in ("SKIPPED", "INVALID", "NOT RUN") or not self.counts:
            return f"{self.portal:<22} {status:<11} {self.failure or self.finish_reason or ''}".rstrip()
        c = self.counts
        return (f"{self.portal:<22} {status:<11} new={c.get('new', 0):>4} updated={c.get('updated', 0):>3} "
                f"dropped={c.get('dropped', 0):>3} errors={c.get('errors', 0):>3} requests={c.get('requests', 0):>5} "
                f"finish={self.finish_reason or '?'}")  # fmt: skip

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PortalResult:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


def not_run(portal: str, reason: str, where: str = "") -> PortalResult:
    """A portal the batch never got to crawl (its worker died, its node was unreachable)."""
    return PortalResult(portal, int(ExitStatus.FAILED), "not_run", failure=reason, where=where)


def invalid(portal: str, reason: str, where: str = "") -> PortalResult:
    """An entry of the list that cannot be crawled (a usage error for that portal alone)."""
    return PortalResult(portal, int(ExitStatus.USAGE), "invalid", failure=reason, where=where)


def event_line(kind: str, data: dict[str, Any]) -> str:
    """``batch <kind>: {json}``: what the batch writes to its log."""
    return f"batch {kind}: " + json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parse_event(line: str) -> tuple[str, dict[str, Any]] | None:
    """(kind, data) of a batch event line in a log, or None for any other line."""
    match = EVENT.search(line)
    if not match:
        return None
    try:
        data = json.loads(match.group(2))
    except json.JSONDecodeError:
        return None
    return (match.group(1), data) if isinstance(data, dict) else None


def parse_results(lines: Iterable[str]) -> tuple[list[PortalResult], dict[str, Any] | None]:
    """The results in a batch's log, and its ``batch end`` data (None if it never ended)."""
    results: list[PortalResult] = []
    end = None
    for line in lines:
        event = parse_event(line)
        if event is None:
            continue
        kind, data = event
        if kind == "result":
            results.append(PortalResult.from_dict(data))
        elif kind == "end":
            end = data
    return results, end


def ranked(results: Iterable[PortalResult]) -> list[PortalResult]:
    """Failed portals first (unreachable ones first of all), then skipped ones, then good ones."""
    return sorted(results, key=lambda r: (RANK.get(r.status, 1), r.portal))


def totals(results: list[PortalResult]) -> str:
    """The summary's last line."""
    sums = {k: sum(int(r.counts.get(k, 0) or 0) for r in results) for k in COUNTS}
    failed = sum(1 for r in results if r.status not in ("ok", "SKIPPED"))
    skipped = sum(1 for r in results if r.status == "SKIPPED")
    return "total: " + " ".join(f"{k}={v}" for k, v in sums.items()) + f" portals={len(results)} failed={failed} skipped={skipped}"


def print_summary(results: list[PortalResult], out: TextIO, err: TextIO, lines: bool = True) -> int:
    """Print the summary (a line per portal unless *lines* is False, the total, each failure on
    *err*) and return the worst exit status."""
    order = ranked(results)
    if lines:
        for result in order:
            out.write(result.line() + "\n")
    out.write(totals(results) + "\n")
    for result in order:
        if result.status in ("ok",):
            continue
        where = f" ({result.where})" if result.where and result.status == "NOT RUN" else ""
        err.write(f"{result.portal}: {result.status}: {result.failure or f'exit status {result.exit_status}'}{where}\n")
    out.flush()
    err.flush()
    return int(worst(ExitStatus(r.exit_status) for r in results))
