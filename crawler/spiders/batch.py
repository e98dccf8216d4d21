"""``batch``: many portals in one process, each crawled by the ``portal`` spider in a Crawler of its own.

Not a spider that fetches anything itself: ``scrapy crawl batch`` (this project's crawl command,
crawler.scrapy_commands.crawl) runs crawler.batch.runner with these arguments. It is a spider
so that Scrapyd lists it and schedules it like any other: one Scrapyd job, one batch of portals.

Arguments (``-a name=value``; at least one of the first four):

``urls_file``
    A file on this machine: one start URL a line, ``#`` comments, ``portal=NAME`` lines for
    configured portals. Read one line at a time (10,000 lines are fine).
``urls``
    Start URLs separated by spaces, commas or newlines (each its own portal).
``portals``
    Config names (or TOML paths) separated by spaces, commas or newlines.
``all``
    ``1``: every configured portal (crawler/portals/, $PORTAL_CONFIG_DIR or ``config_dir``).
``config_dir``
    Where ``portals``, ``all`` and ``portal=`` lines find configs.
``shard``
    ``INDEX/COUNT``: only the portals whose stable hash falls in this shard (crawler.batch.portals).
``mode``, ``since``
    Passed on to every portal (see crawler/spiders/portal.py).

Settings: ``PORTAL_BATCH_CONCURRENCY`` (portals crawled at once, default 32),
``PORTAL_BATCH_MAX_REQUESTS`` (downloads in flight in the process, all portals, default 64),
``PORTAL_BATCH_PROGRESS_INTERVAL`` (seconds between progress lines, default 5; 0: none).
The exit status is the worst of the portals' (crawler.exitcodes).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy

from crawler.batch.runner import check_arguments
from crawler.commands import UsageError


class BatchSpider(scrapy.Spider):
    name = "batch"

    @classmethod
    def check_arguments(cls, **kwargs: Any) -> None:
        """Validate ``-a`` arguments without starting anything (raises UsageError)."""
        check_arguments({k: str(v) for k, v in kwargs.items()})

    async def start(self) -> AsyncIterator[Any]:
        raise UsageError("the batch spider runs through `scrapy crawl batch` (crawler.scrapy_commands.crawl), not on its own")
        yield  # pragma: no cover - makes this an async generator
