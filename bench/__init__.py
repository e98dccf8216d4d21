"""Benchmarks: extraction quality and speed, crawl throughput and memory (``python -m bench``).

Not part of ``make test``: numbers depend on the machine. Every figure written under
bench/results/ is computed in the run that writes it, and each file says on what machine,
with which package versions and when.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"
PACKAGES = (
    "portal-crawler", "scrapy", "twisted", "lxml", "trafilatura", "htmldate", "readability-lxml",
    "jusText", "w3lib", "parsel", "matplotlib",
)  # fmt: skip


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def machine_info() -> dict:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "nproc": usable,
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "load_avg": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "packages": versions,
    }


def machine_markdown(info: dict) -> str:
    pkgs = ", ".join(f"{k} {v}" for k, v in info["packages"].items() if v)
    load = ", ".join(f"{x:.2f}" for x in info["load_avg"]) if info.get("load_avg") else "?"
    return (
        f"Run {info['date']} on {info['nproc']} CPU(s) ({info['cpu_model']}), load average at start {load}; "
        f"{info['implementation']} {info['python']} on {info['platform']}.  \n"
        f"Packages: {pkgs}."
    )


_TMP_DIR = re.compile(r"/(?:tmp|var/tmp)/[\w.-]+")


def portable(text: str) -> str:
    """Results are committed: paths of the machine that ran the bench become names any clone has
    (the checkout as ``.``, the interpreter's prefix as ``$PREFIX``, temporary dirs as ``$TMP``,
    the home directory as ``~``)."""
    root = str(Path(__file__).resolve().parents[1])
    for path, name in ((sys.prefix, "$PREFIX"), (sys.base_prefix, "$PYTHON_HOME"), (root, "."), (os.path.expanduser("~"), "~")):
        if path and path != "/":
            text = text.replace(path + "/", name + "/").replace(path, name)
    return _TMP_DIR.sub("$TMP", text)


def write_results(stem: str, data: dict, markdown: str, results_dir: Path = RESULTS_DIR) -> tuple[Path, Path]:
    """Write ``<stem>.json`` and ``<stem>.md`` atomically (a half-written table is worse than none),
    with machine paths made portable."""
    results_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for suffix, text in ((".json", portable(json.dumps(data, ensure_ascii=False, indent=1) + "\n")), (".md", portable(markdown))):
        path = results_dir / f"{stem}{suffix}"
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        paths.append(path)
    return paths[0], paths[1]
