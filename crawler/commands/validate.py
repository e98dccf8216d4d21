"""``python -m crawler validate FILE…``: check JSONL exports against the record contract.

Per line: valid UTF-8 JSON, a record the shipped JSON Schema accepts, a canonical_url not seen
earlier in the same file; per file: a newline after the last record (a missing one is the mark
of a killed writer), and, when ``<run_id>.manifest.json`` sits beside the file, the sha256 and
line count the manifest promises.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.commands import UsageError
from crawler.feeds.manifest import check_against_manifest
from crawler.schema import errors_of

DEFAULT_MAX_PROBLEMS = 50


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "validate",
        help="check JSONL exports against the record schema",
        description=(
            "Check JSON Lines exports line by line: each line must be JSON, a record the "
            "schema accepts (see `python -m crawler schema`), and not repeat an earlier "
            "canonical_url of the same file; the file must end with a newline; when a "
            "<run_id>.manifest.json sits beside it, its sha256 and line count must match. "
            "Problems are printed as FILE:LINE: PROBLEM, then one summary line per file."
        ),
        epilog=(
            "exit status: 0 all files valid, 1 a problem was found, 2 a file is missing or "
            "unreadable. Example: python -m crawler validate output/*/*/*/*.jsonl"
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="JSONL files to check")
    parser.add_argument(
        "--max-problems",
        type=int,
        default=DEFAULT_MAX_PROBLEMS,
        metavar="N",
        help=f"print at most N problems per file, then a count of the rest "
        f"(default {DEFAULT_MAX_PROBLEMS}; 0 prints all)",
    )
    return parser


@dataclass
class FileReport:
    """What validating one file found."""

    path: str
    lines: int = 0
    records: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, line: int | None, problem: str) -> None:
        self.problems.append(f"{self.path}:{line}: {problem}" if line else f"{self.path}: {problem}")

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        verdict = "OK" if self.ok else "INVALID"
        return (f"{self.path}: {verdict}: {self.lines} lines, {self.records} records, "
                f"{len(self.problems)} problems")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _lines(path: str) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, line without its newline, whether it had one)."""
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if raw.endswith(b"\n"):
                yield number, raw[:-1].removesuffix(b"\r"), True
            else:
                yield number, raw, False


def validate_file(path: str) -> FileReport:
    """Validate one JSONL file (OSError propagates: the caller turns it into a usage error)."""
    report = FileReport(path)
    first_seen: dict[str, int] = {}
    for number, raw, terminated in _lines(path):
        report.lines = number
        if not terminated:
            report.add(number, "last line has no newline at the end (truncated write?)")
        if not raw.strip():
            report.add(number, "empty line")
            continue
        try:
            record = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        except UnicodeDecodeError as exc:
            report.add(number, f"not UTF-8: {exc.reason} at byte {exc.start}")
            continue
        except ValueError as exc:
            report.add(number, f"not JSON: {exc}")
            continue
        report.records += 1
        for error in errors_of(record):
            report.add(number, f"schema: {error}")
        canonical = record.get("canonical_url") if isinstance(record, dict) else None
        if isinstance(canonical, str):
            if canonical in first_seen:
                report.add(number, f"duplicate canonical_url {canonical} "
                                   f"(first on line {first_seen[canonical]})")
            else:
                first_seen[canonical] = number
    for problem in check_against_manifest(path) or ():
        report.add(None, f"manifest: {problem}")
    return report


def _check_readable(path: str) -> None:
    hint = "give the path of a JSONL export, e.g. output/<portal>/<YYYY>/<MM>/<run_id>.jsonl"
    target = Path(path)
    if not target.exists():
        raise UsageError(f"{path}: no such file; {hint}")
    if target.is_dir():
        raise UsageError(f"{path}: is a directory; pass the .jsonl files in it, "
                         f"e.g. {os.path.join(path, '*.jsonl')}")
    try:
        with target.open("rb"):
            pass
    except OSError as exc:
        raise UsageError(f"{path}: cannot read it ({exc.strerror}); check its permissions") from exc


def run(args: argparse.Namespace) -> int:
    for path in args.files:  # all up front, so a typo fails fast before any output
        _check_readable(path)
    limit = args.max_problems if args.max_problems > 0 else None
    out = sys.stdout
    reports = []
    for path in args.files:
        try:
            report = validate_file(path)
        except OSError as exc:
            raise UsageError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
        reports.append(report)
        shown = report.problems[:limit]
        for line in shown:
            print(line, file=out)
        if len(report.problems) > len(shown):
            print(f"{path}: … {len(report.problems) - len(shown)} more problems not shown "
                  f"(--max-problems 0 shows all)", file=out)
        print(report.summary(), file=out)
    if len(reports) > 1:
        bad = sum(not r.ok for r in reports)
        print(f"total: {len(reports)} files, {bad} invalid, "
              f"{sum(r.records for r in reports)} records, "
              f"{sum(len(r.problems) for r in reports)} problems", file=out)
    return 0 if all(r.ok for r in reports) else 1
