"""The health report: ``python -m crawler report`` reads what runs left under the output
directory (manifests, their JSONL files) and the state store, and writes ``report.html`` (for
people) and ``report.json`` (the same figures, for machines) beside the portals' folders.

Layers, each usable alone: :mod:`collect` reads files tolerantly, :mod:`health` judges a
portal from its runs (pure), :mod:`build` assembles the report dict, :mod:`html` and
:mod:`svg` render it; :mod:`cache` spares a report re-reading runs an earlier one read. Both files are written atomically, so a browser or a loader never sees a
half-written report while cron rewrites it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.feeds.storage import atomic_write_bytes
from crawler.portals import PortalConfig
from crawler.report.build import Options, build_report
from crawler.report.html import render_html

__all__ = ["Options", "build_report", "render_html", "write_report"]

HTML_NAME = "report.html"
JSON_NAME = "report.json"


def write_report(
    output_dir: str | Path,
    state_path: str | Path | None = None,
    configs: Iterable[PortalConfig] = (),
    options: Options | None = None,
    now: datetime | None = None,
    use_cache: bool = True,
) -> tuple[Path, Path, dict[str, Any]]:
    """Build the report of *output_dir* and write report.html and report.json into it."""
    report = build_report(output_dir, state_path, configs, options, now, use_cache)
    root = Path(output_dir)
    json_path = atomic_write_bytes(root / JSON_NAME, (json.dumps(report, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
    html_path = atomic_write_bytes(root / HTML_NAME, render_html(report).encode("utf-8"))
    return html_path, json_path, report
