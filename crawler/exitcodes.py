"""Exit statuses a scheduler can trust: one table for ``scrapy crawl portal`` and ``python -m crawler crawl``.

Scrapy itself exits 0 for a spider that closed with an error (only a spider that never started
gives 1), so cron could not tell "this portal is down" or "the disk is full" from a good run. Every
run ends with a *finish reason* (written in its manifest and its summary line); this module maps
it to the exit status, and both commands exit with it. The same failure gives the same status
through either command, and a cron wrapper can branch on it (e.g. ignore 3, page someone on 4).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit statuses; the values are part of the interface (README, ``--help``)."""

    #: every portal finished (a run that found nothing new is fine)
    OK = 0
    #: a portal failed: unreachable, too many failed pages, no article while earlier runs found
    #: some (a layout change?), stopped before the end, or crashed
    FAILED = 1
    #: bad arguments or configuration; nothing was crawled
    USAGE = 2
    #: another run of the same portal on the same state file is still going; nothing was done
    ALREADY_RUNNING = 3
    #: the feed, the manifest or the state could not be written (disk full, I/O error, read-only
    #: file system, permission denied); nothing unwritten was committed, the next run catches up
    WRITE_FAILED = 4
    #: the state file is not a usable SQLite database; the run refused to start (move the file
    #: aside or restore a backup)
    STATE_UNUSABLE = 5


#: How a run's finish reason maps to its exit status. Scrapy's own ``closespider_*`` limits are
#: ones the operator chose, so they count as finished, except the error count.
FINISH_REASONS: dict[str, ExitStatus] = {
    "finished": ExitStatus.OK,
    "closespider_timeout": ExitStatus.OK,
    "closespider_itemcount": ExitStatus.OK,
    "closespider_pagecount": ExitStatus.OK,
    "unreachable": ExitStatus.FAILED,
    "too_many_failures": ExitStatus.FAILED,
    "empty": ExitStatus.FAILED,
    "shutdown": ExitStatus.FAILED,
    "cancelled": ExitStatus.FAILED,
    "already_running": ExitStatus.ALREADY_RUNNING,
    "write_failed": ExitStatus.WRITE_FAILED,
    "state_unusable": ExitStatus.STATE_UNUSABLE,
}

#: When several portals end differently (``crawl --all``), the one listed first decides.
SEVERITY: tuple[ExitStatus, ...] = (
    ExitStatus.WRITE_FAILED,
    ExitStatus.STATE_UNUSABLE,
    ExitStatus.USAGE,
    ExitStatus.FAILED,
    ExitStatus.ALREADY_RUNNING,
    ExitStatus.OK,
)

HELP = """exit status (the same from `scrapy crawl portal` and `python -m crawler crawl`):
  0  finished (finding nothing new is fine)
  1  a portal failed: unreachable, too many failed pages (PORTAL_MAX_FAILED_RATIO),
     no article while earlier runs found some, stopped before the end, or crashed
  2  usage error (bad arguments or portal config); nothing crawled
  3  already running: another run of the portal holds its lock; nothing done
  4  could not write the feed, manifest or state (disk full, I/O error, read-only);
     nothing unwritten was committed, the next run delivers what this one did not
  5  the state file is not a usable SQLite database: the run refused to start
with several portals, the worst status wins, in the order 4, 5, 2, 1, 3, 0"""


def for_finish_reason(reason: str | None) -> ExitStatus:
    """The exit status of a run that ended with *reason* (unknown reasons are failures)."""
    return FINISH_REASONS.get(reason or "", ExitStatus.FAILED)


def from_returncode(code: int | None) -> ExitStatus:
    """A child process's return code as an ExitStatus; a crash or a signal (negative, unknown)
    counts as FAILED."""
    try:
        return ExitStatus(code)
    except ValueError:
        return ExitStatus.FAILED


def worst(statuses: Iterable[ExitStatus]) -> ExitStatus:
    """The status that decides for several runs (see SEVERITY); OK when there are none."""
    given = set(statuses)
    return next((status for status in SEVERITY if status in given), ExitStatus.OK)
