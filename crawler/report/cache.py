"""What earlier reports read, so the next one reads only what changed.

Why: a portal crawled every 3 hours leaves about 2,900 runs a year (a manifest and a JSONL each,
most of them empty), and reading a run costs about 0.2 ms; at 1,000 portals a year of history is
some 10 minutes of reading per report, almost all of it unchanged since the last report. So each
portal's folder has a cache file, ``<output>/.report-cache/<portal folder>.json``, holding per
manifest the normalised run and the counters of its records file, keyed by the size and
modification time (ns) of both files. A manifest or a records file that changed in any way, or
appeared, is read again; entries of runs that disappeared are dropped. Manifests are written by
atomic rename, so a rewritten manifest always has a new mtime.

The cache is only an accelerator: a missing, unreadable or older-format cache file is ignored
and rebuilt, and ``python -m crawler report --no-cache`` neither reads nor writes it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from crawler.feeds.storage import atomic_write_bytes
from crawler.report.collect import (
    FileScan,
    Run,
    run_from_json,
    run_to_json,
    scan_from_json,
    scan_to_json,
)

#: the cache folder under the output directory (hidden: find_manifests never walks into it)
CACHE_DIR = ".report-cache"
#: bump when the cached values change meaning (RecordStats fields, Run fields)
CACHE_VERSION = 1


def _stamp(path: Path | None) -> list[int] | None:
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


class PortalCache:
    """The cache of one portal folder; :meth:`save` writes it back only when something changed."""

    def __init__(self, output_dir: Path, portal_dir: str, enabled: bool = True):
        self.enabled = enabled
        self.path = output_dir / CACHE_DIR / f"{portal_dir}.json"
        self._old: dict[str, Any] = {}
        self._new: dict[str, Any] = {}
        self.hits = 0
        if enabled:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == CACHE_VERSION and isinstance(data.get("runs"), dict):
                    self._old = data["runs"]
            except (OSError, ValueError):
                self._old = {}

    def get(self, manifest: Path) -> tuple[Run, FileScan | None] | None:
        """The cached run and scan of *manifest*, if neither file changed since they were cached."""
        if not self.enabled:
            return None
        entry = self._old.get(manifest.name)
        if not isinstance(entry, dict) or entry.get("manifest") != _stamp(manifest):
            return None
        try:
            run = run_from_json(entry["run"], manifest)
            if entry.get("records") != (_stamp(manifest.with_name(run.records_name)) if run.records_name else None):
                return None
            scan = scan_from_json(entry["scan"]) if entry.get("scan") is not None else None
        except (KeyError, TypeError, ValueError):
            return None
        self._new[manifest.name] = entry
        self.hits += 1
        return run, scan

    def put(self, manifest: Path, run: Run, scan: FileScan | None) -> None:
        if not self.enabled:
            return
        self._new[manifest.name] = {
            "manifest": _stamp(manifest),
            "records": _stamp(manifest.with_name(run.records_name)) if run.records_name else None,
            "run": run_to_json(run),
            "scan": scan_to_json(scan) if scan is not None else None,
        }

    def save(self) -> None:
        """Write the entries of this report's runs (dropping runs that are gone), if any changed."""
        if not self.enabled or (self._new.keys() == self._old.keys() and self.hits == len(self._new)):
            return
        data = {"version": CACHE_VERSION, "runs": self._new}
        atomic_write_bytes(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
