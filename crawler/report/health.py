"""How a portal is doing, judged from its runs: a pure function, so every rule has a unit test.

The flag that matters most is **stopped**: a portal that used to produce articles and whose
latest finished run found none at all. Scheduled incremental runs normally deliver nothing new,
so "no new article" is no signal; "no article *seen*" is (a healthy incremental run walks past
known articles and counts them in ``seen``). It is the sign of a changed layout or a moved news
section, and the crawler cannot fix it by itself: a person has to look.

Statuses, most severe first (a portal shows its most severe; ``flags`` lists all that apply):

* ``stopped``         used to produce, the latest finished run found no article;
* ``failed``          the latest run did not finish (any finish reason but ``finished`` or
                      ``empty``, the crawl's own name for a stopped portal's run:
                      ``unreachable``, ``too_many_failures``, ``write_failed``, ``shutdown`` …);
* ``never_produced``  no run has ever found an article (wrong start URL, unread layout);
* ``stale``           no run for more than ``stale_days`` (a dead cron line or Scrapyd node);
* ``errors``          the latest run finished with failed pages;
* ``skipped``         the latest run stepped aside because another run of the portal was going;
* ``ok``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from crawler.report.collect import Run

STATUSES: tuple[str, ...] = ("stopped", "failed", "never_produced", "stale", "errors", "skipped", "ok")
#: what a person reads in the status column
LABELS: dict[str, str] = {
    "stopped": "Stopped producing",
    "failed": "Last run failed",
    "never_produced": "Never produced",
    "stale": "No recent run",
    "errors": "Failed pages",
    "skipped": "Skipped",
    "ok": "OK",
}
#: finish reason of a run that did not crawl because another run of the portal held it
ALREADY_RUNNING = "already_running"
#: runs that walked the whole portal: ``empty`` is a finished run that the crawl itself judged
#: to have found nothing while earlier runs did (crawler.health); here that is "stopped"
COMPLETED = frozenset({"finished", "empty"})


@dataclass(frozen=True)
class Verdict:
    status: str
    flags: tuple[str, ...]
    #: one sentence per flag, in the flags' order
    messages: tuple[str, ...]
    #: the latest finished runs, in a row, that found no article
    empty_runs: int
    #: the latest run that found (or delivered) articles, if any
    last_found: Run | None


def _day(run: Run) -> str:
    return run.when.strftime("%Y-%m-%d") if run.when else run.run_id


def judge(runs: Sequence[Run], known_articles: int = 0, as_of: date | None = None, stale_days: int = 0) -> Verdict:
    """The verdict on one portal from its runs (oldest first) and what the state store knows.

    *known_articles* (committed articles in the state store) counts as having produced: old
    manifests may have been pruned. *stale_days* 0 turns the stale check off.
    """
    if not runs:
        return Verdict("ok", (), (), 0, None)
    crawled = [r for r in runs if r.finish_reason != ALREADY_RUNNING]
    finished = [r for r in crawled if r.finish_reason in COMPLETED]
    empty = 0
    for run in reversed(finished):
        if run.found != 0:
            break
        empty += 1
    last_found = next((r for r in reversed(runs) if (r.found or 0) > 0 or (r.lines or 0) > 0), None)
    flags: list[str] = []
    messages: list[str] = []

    if empty and (last_found is not None or known_articles > 0):
        first_empty = finished[-empty]
        if last_found is not None:
            before = f"it used to: {last_found.found or last_found.lines} article(s) found on {_day(last_found)}"
        else:
            before = f"the state store knows {known_articles} article(s) of it"
        messages.append(
            f"found no article in the last {empty} finished run(s), since {_day(first_empty)}; {before}. "
            "Its layout or news section has probably changed: look at the portal."
        )
        flags.append("stopped")
    last = crawled[-1] if crawled else runs[-1]
    if crawled and last.finish_reason not in COMPLETED:
        why = f": {last.reason}" if last.reason else ""
        messages.append(f"the last run ({_day(last)}) ended {last.finish_reason or 'without a finish reason'}{why}")
        flags.append("failed")
    if last_found is None and known_articles == 0 and finished:
        messages.append(f"none of its {len(finished)} finished run(s) found an article: check the start URL and the layout")
        flags.append("never_produced")
    newest = runs[-1].when
    if stale_days and as_of and newest and newest.date() < as_of - timedelta(days=stale_days):
        messages.append(f"no run since {newest:%Y-%m-%d}, more than {stale_days} days before {as_of:%Y-%m-%d}")
        flags.append("stale")
    if crawled and last.failed_count:
        messages.append(f"{last.failed_count} page(s) failed in the last run")
        flags.append("errors")
    if runs[-1].finish_reason == ALREADY_RUNNING:
        messages.append("the latest run stepped aside: another run of this portal was still going")
        flags.append("skipped")
    order = sorted(range(len(flags)), key=lambda i: STATUSES.index(flags[i]))
    flags_sorted = tuple(flags[i] for i in order)
    return Verdict(
        status=flags_sorted[0] if flags_sorted else "ok",
        flags=flags_sorted,
        messages=tuple(messages[i] for i in order),
        empty_runs=empty,
        last_found=last_found,
    )
