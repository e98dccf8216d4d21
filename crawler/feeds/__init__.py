"""Feed output that consumers can trust: atomic files, the run layout, manifests, ordered JSONL.

A feed becomes visible only by ``os.replace`` of a fully written, fsynced staging file, and
consumers read only a JSONL file that has a ``<run_id>.manifest.json`` beside it. Together with
the state store (crawler.state) this is what makes a run killed at any moment safe to re-run.
"""

from __future__ import annotations

from crawler.feeds.layout import feed_path, find_manifest, manifest_path, new_run_id, run_started
from crawler.feeds.manifest import read_manifest, write_manifest
from crawler.feeds.storage import AtomicFileFeedStorage, atomic_write_bytes, sweep_partials

__all__ = [
    "AtomicFileFeedStorage",
    "atomic_write_bytes",
    "feed_path",
    "find_manifest",
    "manifest_path",
    "new_run_id",
    "read_manifest",
    "run_started",
    "sweep_partials",
    "write_manifest",
]
