"""``python -m crawler``: extract one page, print or check the schema, crawl, run the demo."""

from __future__ import annotations

import argparse
import importlib
import sys

from crawler.commands import UsageError

#: subcommand modules under crawler.commands, in the order --help lists them
COMMANDS = ("extract", "schema", "validate", "crawl", "report", "demo")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 2, as argparse does, but with a hint
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m crawler",
        description="portal-crawler: clean articles from Vietnamese school news portals as JSON Lines.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"crawler.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"crawler.commands.{name}":
                continue
            raise
        sub = module.add_parser(subparsers)
        sub.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        return 0


if __name__ == "__main__":
    sys.exit(main())
