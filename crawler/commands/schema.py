"""``python -m crawler schema``: print the record's JSON Schema shipped in the package."""

from __future__ import annotations

import argparse
import json
import sys

from crawler.schema import load_schema


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    return subparsers.add_parser(
        "schema",
        help="print the JSON Schema of an article record",
        description=(
            "Print the JSON Schema (draft 2020-12) every exported record follows, pretty-printed "
            "UTF-8 on standard output. Redirect it to a file to load it into a data pipeline, "
            "e.g. `python -m crawler schema > article.schema.json`."
        ),
    )


def run(args: argparse.Namespace) -> int:
    text = json.dumps(load_schema(), ensure_ascii=False, indent=2) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the locale says
    sys.stdout.buffer.flush()
    return 0
