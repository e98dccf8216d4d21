"""``scrapy crawl`` with a spider argument check up front and an exit status a scheduler can trust.

Bad or missing arguments give one line on stderr and exit status 2, before Scrapy starts (no
start-up log, no traceback). After the crawl, the process exits with the run's status
(crawler.exitcodes): Scrapy's own crawl command exits 0 for a spider that closed with an error,
so a dead portal, a full disk or an overlapping run would look like success to cron and Scrapyd.

``scrapy crawl batch -a urls_file=…`` runs many portals in this one process instead, each in a
Crawler of its own (crawler.batch.runner, crawler/spiders/batch.py), and exits with the worst
of their statuses.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.commands import ScrapyHelpFormatter
from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError as ScrapyUsageError
from scrapy.spiderloader import get_spider_loader

from crawler.batch.runner import run_batch
from crawler.commands import UsageError
from crawler.exitcodes import HELP, ExitStatus
from crawler.runguard import exit_status_of
from crawler.spiders.batch import BatchSpider


class _HelpFormatter(argparse.RawDescriptionHelpFormatter, ScrapyHelpFormatter):
    """Scrapy's headings, with the exit status table kept as written."""


class Command(ScrapyCrawl):
    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.formatter_class = _HelpFormatter
        parser.epilog = HELP

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
            sys.exit(int(ExitStatus.USAGE))

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's crawl, keeping the crawler to read the run's exit status afterwards."""
        if len(args) < 1:
            raise ScrapyUsageError
        if len(args) > 1:
            raise ScrapyUsageError("running 'scrapy crawl' with more than one spider is not supported")
        assert self.crawler_process
        if args[0] == BatchSpider.name:  # many portals, each its own Crawler (crawler.batch)
            try:
                self.exitcode = int(run_batch(self.crawler_process, self.crawler_process.settings, opts.spargs or {}))
            except UsageError as exc:
                print(f"scrapy crawl batch: error: {exc}", file=sys.stderr)
                self.exitcode = int(ExitStatus.USAGE)
            return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = int(ExitStatus.FAILED)
            return
        self.exitcode = int(exit_status_of(crawler))

    def short_desc(self) -> str:
        return ("Run a spider (portal: -a start_url=URL or -a portal=NAME, crawler/spiders/portal.py; "
                "batch: many portals in one process, -a urls_file=FILE, crawler/spiders/batch.py)")
