"""The run manifest: written last, it is what makes a JSONL feed visible to consumers.

Order at the end of a run: store the feed (atomic rename), write the manifest (atomic too), then
commit the run in the state store. Consumers read only JSONL files that have a manifest, and the
manifest's sha256 and line count let them (and ``python -m crawler validate``) check that the file
is the one the run finished.

Fields (in this order; readers such as a health report may rely on every name here):

``run_id``, ``portal``
    The run (``<UTC start>-<6 hex>``) and the portal id (config name, or the start URL's host).
``started_at``, ``finished_at``
    UTC, ``YYYY-MM-DDTHH:MM:SSZ``.
``finish_reason``
    How the run ended, as judged by crawler.health: ``finished``; ``unreachable`` (no page
    answered: the portal is down); ``too_many_failures`` (more than PORTAL_MAX_FAILED_RATIO of
    pages failed after retries); ``empty`` (no article while earlier runs delivered some);
    ``shutdown``/``cancelled`` (stopped before the end; what it wrote is delivered); or a Scrapy
    ``closespider_*`` reason. Runs that end ``write_failed``, ``already_running`` or
    ``state_unusable`` write no manifest: their one line is in the log and their exit status says it.
``failure``
    One line naming the portal and what went wrong ("portal X unreachable: connection refused
    on http://…/ after 4 tries"); null when the run is fine. Absent in manifests written before it.
``exit_status``
    The run's exit status (crawler.exitcodes: 0 ok, 1 portal failed, …). Absent in older manifests.
``counts``
    ``new``, ``updated``, ``dropped``, ``errors`` (= failed pages), ``requests`` always; runs also
    report ``unchanged``, ``pages`` (pages parsed), ``seen`` (articles fetched or known),
    ``pages_ok`` (pages the portal answered) and ``pages_failed`` (pages given up on because the
    server failed: network errors, 5xx, 408, 429).
``dropped_reasons``
    ``{reason: count}`` of records the pipelines dropped.
``failed_pages``
    ``[{url, reason}]``: every page given up on, reason in a few words ("connection refused after
    4 tries", "HTTP 503 after 4 tries", "HTTP 404", "ignored: Forbidden by robots.txt").
``schema_version``, ``file``, ``sha256``, ``lines``
    The records' schema version, the JSONL file's name, its sha256 and its number of lines.

Keys a caller adds beyond these follow them; a crawl adds ``mode`` (incremental/full/refresh),
``encoding_repairs`` (``{repair: pages}``: legacy fonts or mixed bytes converted), ``scope``
(``{hosts, path_prefixes}``: what the crawl was allowed to touch) and ``channels`` (per discovery
channel, e.g. ``sitemap``/``feed``/``robots``: documents read and candidates proposed).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.feeds.layout import manifest_path
from crawler.feeds.storage import atomic_write_bytes
from crawler.schema import load_schema

#: Top-level keys, in the order they are written.
MANIFEST_KEYS: tuple[str, ...] = (
    "run_id",
    "portal",
    "started_at",
    "finished_at",
    "finish_reason",
    "failure",
    "exit_status",
    "counts",
    "dropped_reasons",
    "failed_pages",
    "schema_version",
    "file",
    "sha256",
    "lines",
)
#: Keys a manifest must have to be read (older manifests lack ``failure`` and ``exit_status``).
REQUIRED_KEYS: tuple[str, ...] = tuple(key for key in MANIFEST_KEYS if key not in ("failure", "exit_status"))
#: Counts every manifest has (0 when the run did not report them); others follow in given order.
BASE_COUNTS: tuple[str, ...] = ("new", "updated", "dropped", "errors", "requests")
_CHUNK = 1 << 20


def record_schema_version() -> int:
    """The schema_version the shipped JSON Schema pins records to."""
    return int(load_schema()["properties"]["schema_version"]["const"])


def file_digest(path: str | os.PathLike[str]) -> tuple[str, int, bool]:
    """(sha256 hex, number of newline-terminated lines, whether the file ends with a newline)."""
    digest = hashlib.sha256()
    lines = 0
    last = b""
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return digest.hexdigest(), lines, last in (b"", b"\n")


def _timestamp(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    raise TypeError(f"timestamp must be a datetime or an ISO string, not {type(value).__name__}")


def _failed_pages(pages: Iterable[Any]) -> list[dict[str, str]]:
    out = []
    for page in pages:
        if isinstance(page, Mapping):
            url, reason = page.get("url"), page.get("reason")
        else:
            url, reason = page
        out.append({"url": str(url), "reason": str(reason)})
    return out


def build_manifest(jsonl_path: str | os.PathLike[str], info: Mapping[str, Any]) -> dict[str, Any]:
    """The manifest dict for *jsonl_path* (hashing the file now); see :func:`write_manifest`."""
    path = Path(jsonl_path)
    sha256, lines, _ = file_digest(path)
    counts: dict[str, int] = dict.fromkeys(BASE_COUNTS, 0)
    counts.update({str(k): int(v) for k, v in (info.get("counts") or {}).items()})
    stem = path.name[: -len(".jsonl")] if path.name.endswith(".jsonl") else path.stem
    manifest: dict[str, Any] = {
        "run_id": info.get("run_id") or stem,
        "portal": info.get("portal"),
        "started_at": _timestamp(info.get("started_at")),
        "finished_at": _timestamp(info.get("finished_at")),
        "finish_reason": info.get("finish_reason"),
        "failure": info.get("failure"),
        "exit_status": None if info.get("exit_status") is None else int(info["exit_status"]),
        "counts": counts,
        "dropped_reasons": {str(k): int(v) for k, v in (info.get("dropped_reasons") or {}).items()},
        "failed_pages": _failed_pages(info.get("failed_pages") or ()),
        "schema_version": int(info.get("schema_version") or record_schema_version()),
        "file": path.name,
        "sha256": sha256,
        "lines": lines,
    }
    # anything else the caller reports is kept, after the fixed keys
    for key, value in info.items():
        if key not in manifest:
            manifest[key] = value
    return manifest


def write_manifest(jsonl_path: str | os.PathLike[str], info: Mapping[str, Any]) -> Path:
    """Hash *jsonl_path* and write ``<run_id>.manifest.json`` beside it atomically; return its path.

    *info* holds run_id (default: the file's stem), portal, started_at/finished_at (datetime,
    written as UTC ``…Z``, or a string kept as is), finish_reason, failure (one line or None),
    exit_status (int or None), counts (new, updated, dropped,
    errors, requests default to 0; extra counts kept), dropped_reasons ({reason: n}),
    failed_pages ([{url, reason}] or (url, reason) pairs), schema_version (default: the
    shipped schema's). Extra keys are written after the fixed ones.
    """
    manifest = build_manifest(jsonl_path, info)
    data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return atomic_write_bytes(manifest_path(jsonl_path), data)


def read_manifest(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Load a manifest; ValueError when it is not JSON or lacks the keys a manifest has."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: manifest is not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: manifest is not a JSON object")
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if missing:
        raise ValueError(f"{path}: manifest lacks {', '.join(missing)}")
    return data


def check_against_manifest(jsonl_path: str | os.PathLike[str]) -> list[str] | None:
    """Problems of *jsonl_path* versus its manifest: None if it has no manifest, [] if it matches."""
    mpath = manifest_path(jsonl_path)
    if not mpath.is_file():
        return None
    try:
        manifest = read_manifest(mpath)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        return [f"manifest {mpath.name} unreadable: {exc}"]
    sha256, lines, _ = file_digest(jsonl_path)
    problems = []
    if manifest.get("file") not in (None, Path(jsonl_path).name):
        problems.append(f"manifest {mpath.name} names another file: {manifest.get('file')!r}")
    if manifest.get("lines") != lines:
        problems.append(f"line count {lines} differs from manifest's {manifest.get('lines')}")
    if manifest.get("sha256") != sha256:
        problems.append(f"sha256 differs from manifest's (file {sha256[:12]}…, manifest "
                        f"{str(manifest.get('sha256'))[:12]}…)")
    return problems
