"""Where a run's files go: ``<output_dir>/<portal>/<YYYY>/<MM>/<run_id>.jsonl`` (+ manifest).

Run ids start with the UTC start time, so ``ls`` and ``sorted()`` list runs in the order they
started, and the year/month directories are the UTC ones of that same instant: a run id alone is
enough to find its directory again (see :func:`run_started`).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path

_RUN_ID_RE = re.compile(r"^(\d{8}T\d{6}Z)-[0-9a-f]{6}$")
_RUN_TIME_FORMAT = "%Y%m%dT%H%M%SZ"
MANIFEST_SUFFIX = ".manifest.json"


def _utc(moment: datetime) -> datetime:
    """Aware datetimes converted to UTC; naive ones are taken to be UTC already."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def new_run_id(now: datetime | None = None) -> str:
    """A sortable, unique run id such as ``20261125T123456Z-3fa9c1`` (UTC start + 24 random bits)."""
    moment = _utc(now or datetime.now(UTC))
    return f"{moment.strftime(_RUN_TIME_FORMAT)}-{secrets.token_hex(3)}"


def run_started(run_id: str) -> datetime:
    """The UTC start second encoded in a run id from :func:`new_run_id` (ValueError otherwise)."""
    match = _RUN_ID_RE.match(run_id)
    if not match:
        raise ValueError(f"not a run id: {run_id!r}")
    return datetime.strptime(match.group(1), _RUN_TIME_FORMAT).replace(tzinfo=UTC)


def feed_path(
    output_dir: str | os.PathLike[str], portal: str, run_id: str, started: datetime
) -> Path:
    """``<output_dir>/<portal>/<YYYY>/<MM>/<run_id>.jsonl``, year and month of *started* in UTC."""
    if not portal or "/" in portal or portal in {".", ".."}:
        raise ValueError(f"portal id unusable as a directory name: {portal!r}")
    moment = _utc(started)
    return Path(output_dir) / portal / f"{moment:%Y}" / f"{moment:%m}" / f"{run_id}.jsonl"


def manifest_path(jsonl_path: str | os.PathLike[str]) -> Path:
    """``<run_id>.manifest.json`` beside ``<run_id>.jsonl`` (any other name: ``<stem>.manifest.json``)."""
    path = Path(jsonl_path)
    stem = path.name[: -len(".jsonl")] if path.name.endswith(".jsonl") else path.stem
    return path.with_name(stem + MANIFEST_SUFFIX)


def find_manifest(output_dir: str | os.PathLike[str], portal: str, run_id: str) -> Path | None:
    """The manifest of *run_id* in the default layout, or None if the run never finished.

    Looks in the directory :func:`run_started` implies first, then anywhere under the portal
    (a feed placed with another start time or time zone, or a run id not from new_run_id).
    """
    with_time = None
    with contextlib.suppress(ValueError):  # a run id not made by new_run_id: search below
        with_time = manifest_path(feed_path(output_dir, portal, run_id, run_started(run_id)))
    if with_time is not None and with_time.is_file():
        return with_time
    portal_dir = Path(output_dir) / portal
    if not portal_dir.is_dir():
        return None
    return next(iter(sorted(portal_dir.rglob(run_id + MANIFEST_SUFFIX))), None)
