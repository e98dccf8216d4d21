"""``crawl``'s progress: plain log lines under cron, a redrawn block on a terminal."""

from __future__ import annotations

import io

from crawler.batch.results import PortalResult
from crawler.commands.crawl import Progress

DONE = PortalResult("b.example", 0, "finished", {"new": 3, "requests": 9})


def feed(progress: Progress) -> None:
    progress.event("started", {"portal": "a.example"})
    progress.event("started", {"portal": "b.example"})
    progress.event("progress", {"running": {"a.example": [12, 4], "b.example": [3, 1]}})
    progress.event("result", DONE.__dict__)
    progress.event("end", {"where": "shard 0/2", "portals": 2, "seconds": 9.5, "lag_max_ms": 120, "lag_over_100ms": 1, "gate_peak": 4})


def test_plain_lines_for_cron() -> None:
    out = io.StringIO()
    feed(Progress(live=False, out=out))
    lines = out.getvalue().splitlines()
    assert [line.split(" ", 2)[2] for line in lines] == [
        "a.example: started",
        "b.example: started",
        "b.example: ok          new=   3 updated=  0 dropped=  0 errors=  0 requests=    9 finish=finished",
        "batch shard 0/2: 2 portals in 9.5 s; longest reactor stall 120 ms (1 over 100 ms); downloads in flight at most 4",
    ]


def test_a_live_block_shows_what_runs_and_is_cleared_for_the_summary() -> None:
    out = io.StringIO()
    progress = Progress(live=True, out=out)
    feed(progress)
    last = out.getvalue().rsplit("\x1b[J", 1)[-1]  # the block as last drawn, over the one before
    assert last == ("\x1b[2Kportals: 1 done (0 failed), 1 running\n"
                    "\x1b[2K  a.example              pages=   12 items=    4\n")  # fmt: skip
    progress.clear()
    assert out.getvalue().endswith("\x1b[2F\x1b[J") and progress.drawn == 0
