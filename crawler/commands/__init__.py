"""Subcommands of ``python -m crawler``; each module has ``add_parser(subparsers)`` and ``run(args) -> int``.

Exit statuses: 0 success, 1 the work failed (a crawl error, invalid records), 2 a usage error;
``crawl`` adds 3 (already running), 4 (could not write) and 5 (unusable state file): crawler.exitcodes.
"""

from __future__ import annotations


class UsageError(Exception):
    """Bad input from the operator: printed as one line, exit status 2, no traceback."""
