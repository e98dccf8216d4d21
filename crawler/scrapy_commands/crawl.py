"""``scrapy crawl`` with a spider argument check up front: bad or missing arguments give one line
on stderr and exit status 2, before Scrapy starts (no start-up log, no traceback)."""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.spiderloader import get_spider_loader

from crawler.commands import UsageError


class Command(ScrapyCrawl):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if len(args) != 1 or self.settings is None:
            return
        try:
            spidercls = get_spider_loader(self.settings).load(args[0])
        except KeyError:
            return  # Scrapy says "Spider not found" itself
        check = getattr(spidercls, "check_arguments", None)
        if check is None:
            return
        try:
            check(**(opts.spargs or {}))
        except UsageError as exc:
            print(f"scrapy crawl {args[0]}: error: {exc}", file=sys.stderr)
            sys.exit(2)

    def short_desc(self) -> str:
        return "Run a spider (portal: -a start_url=URL or -a portal=NAME; see crawler/spiders/portal.py)"
