"""Helpers that lay out runs' files as the crawler does, for the report's unit tests."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.feeds.layout import feed_path, new_run_id
from crawler.feeds.manifest import write_manifest


def rec(n: int, published_at: str | None = None, authors: tuple[str, ...] = (), images: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"url": f"http://127.0.0.1:9/bai-{n}.html", "canonical_url": f"http://127.0.0.1:9/bai-{n}.html", "portal": "p",
            "title": f"Bài {n}", "published_at": published_at, "authors": list(authors), "images": images or [],
            "body": "Nội dung."}  # fmt: skip


def day(d: int, month: int = 11) -> datetime:
    return datetime(2026, month, d, 1, 0, tzinfo=UTC)


def run(out: Path, directory: str, started: datetime, records: list[dict[str, Any]] | None = (), **info: Any) -> Path:
    """Write a run (JSONL + manifest via the real writer); returns the manifest path.

    *directory* is the portal's folder (info may give another ``portal`` id); records=None writes no JSONL and a hand-made manifest (as a run that never wrote a file)."""
    run_id = new_run_id(started)
    path = feed_path(out, directory, run_id, started)
    portal = info.pop("portal", directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    info = {"finish_reason": "finished", "counts": {"new": len(records or ()), "seen": len(records or ())}, **info}
    if records is None:
        manifest = path.with_name(run_id + ".manifest.json")
        manifest.write_text(json.dumps({"run_id": run_id, "portal": portal, "started_at": started.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                        "lines": 0, **info}), encoding="utf-8")  # fmt: skip
        return manifest
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return write_manifest(path, {"run_id": run_id, "portal": portal, "started_at": started, "finished_at": started, **info})
