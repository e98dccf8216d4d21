"""``scrapy crawl`` with a spider argument check up front: bad or missing arguments give one line
on stderr and exit status 2, not a traceback from deep inside the engine."""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from crawler.commands import UsageError


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            try:
                spidercls = self.crawler_process.spider_loader.load(args[0])
            except KeyError:
                spidercls = None
            check = getattr(spidercls, "check_arguments", None)
            if check is not None:
                try:
                    check(**(opts.spargs or {}))
                except UsageError as exc:
                    print(f"scrapy crawl {args[0]}: error: {exc}", file=sys.stderr)
                    self.exitcode = 2
                    sys.exit(2)
        super().run(args, opts)

    def short_desc(self) -> str:
        return "Run a spider (portal: -a start_url=URL or -a portal=NAME; see crawler/spiders/portal.py)"


