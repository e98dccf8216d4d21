"""Extraction speed: pages per second on one core, every system on the same pages in one process.

Why this way: one process and one pinned core so systems compete on equal terms (no scheduler
luck, no second core for a tool that happens to use threads); each system runs whole passes
over the same gold pages until at least ``min_seconds`` have elapsed, after a warm-up pass
(imports, caches, regex compilation), so short suites still give stable rates. The floor is
``lxml.html.fromstring`` alone: no extractor built on lxml can beat the parse it starts with.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Iterator

from bench.gold import GoldPage
from bench.systems import System

REFERENCE = "trafilatura"
FLOOR = "lxml-parse"


@contextlib.contextmanager
def one_core() -> Iterator[int | None]:
    """Pin this process to one CPU for the block (restored afterwards); yields the CPU or None."""
    if not hasattr(os, "sched_getaffinity"):
        yield None
        return
    before = os.sched_getaffinity(0)
    cpu = max(before)  # the last CPU: CPU 0 takes most interrupts
    os.sched_setaffinity(0, {cpu})
    try:
        yield cpu
    finally:
        os.sched_setaffinity(0, before)


def measure(system: System, pages: list[GoldPage], min_seconds: float) -> dict:
    items = [(p.html, p.url) for p in pages]
    errors = 0
    for html, url in items:  # warm-up pass; also counts pages the system cannot handle
        try:
            system.fn(html, url)
        except Exception:
            errors += 1
    done = 0
    gc.collect()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    while True:
        for html, url in items:
            with contextlib.suppress(Exception):  # errors were counted in the warm-up pass
                system.fn(html, url)
        done += len(items)
        wall = time.perf_counter() - wall0
        if wall >= min_seconds:
            break
    cpu = time.process_time() - cpu0
    return {
        "label": system.label,
        "version": system.version,
        "pages": done,
        "passes": done // max(1, len(items)),
        "seconds": wall,
        "cpu_seconds": cpu,
        "pages_per_s": done / wall,
        "ms_per_page": 1000 * wall / done,
        "errors_per_pass": errors,
    }


def run(pages: list[GoldPage], systems: list[System], min_seconds: float = 2.0, log=print) -> dict:
    if not pages:
        raise ValueError("no gold pages to time")
    size = sum(len(p.html) for p in pages) / len(pages)
    result: dict = {"pages": len(pages), "mean_page_bytes": size, "min_seconds": min_seconds, "systems": {}}
    with one_core() as cpu:
        result["cpu"] = cpu
        for system in sorted(systems, key=lambda s: not s.floor):  # the floor first
            row = measure(system, pages, min_seconds)
            result["systems"][system.name] = row
            log(f"  {system.name:<22} {row['pages_per_s']:9.1f} pages/s ({row['passes']} passes)")
    ref = result["systems"].get(REFERENCE, {}).get("pages_per_s")
    floor = result["systems"].get(FLOOR, {}).get("pages_per_s")
    for row in result["systems"].values():
        row["x_trafilatura"] = row["pages_per_s"] / ref if ref else None
        row["x_slower_than_floor"] = floor / row["pages_per_s"] if floor else None
    return result


def table(result: dict) -> str:
    rows = [
        "| system | pages/s | ms/page | × trafilatura | × slower than lxml parse | CPU/wall | passes |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for name, row in sorted(result["systems"].items(), key=lambda kv: -kv[1]["pages_per_s"]):
        xt = "–" if row["x_trafilatura"] is None else f"{row['x_trafilatura']:.2f}×"
        xf = "–" if row["x_slower_than_floor"] is None else f"{row['x_slower_than_floor']:.1f}×"
        cpu_share = row["cpu_seconds"] / row["seconds"] if row["seconds"] else 0.0
        rows.append(
            f"| {name} | {row['pages_per_s']:.1f} | {row['ms_per_page']:.2f} | {xt} | {xf} | "
            f"{cpu_share:.2f} | {row['passes']} |"
        )
    return "\n".join(rows)


#: issue 13's speed targets: ours at least this many times trafilatura's pages/s …
TARGET_X_TRAFILATURA = 4.0
#: … and at most this many times slower than the lxml parse alone
TARGET_X_FLOOR = 8.0


def targets(result: dict, system: str = "ours") -> list[str]:
    """Issue 13's speed targets: ≥ 4× trafilatura's pages/s, within 8× of the lxml parse floor."""
    row = result["systems"].get(system)
    if not row:
        return [f"- {system}: not measured"]
    lines = []
    xt, xf = row.get("x_trafilatura"), row.get("x_slower_than_floor")
    if xt is not None:
        ok = xt >= TARGET_X_TRAFILATURA
        lines.append(f"- {xt:.2f}× trafilatura's pages/s (target ≥ {TARGET_X_TRAFILATURA:g}×): {'met' if ok else f'MISSED by {TARGET_X_TRAFILATURA / xt:.2f}×'}")
    if xf is not None:
        ok = xf <= TARGET_X_FLOOR
        lines.append(f"- {xf:.1f}× slower than the lxml parse floor (target ≤ {TARGET_X_FLOOR:g}×): {'met' if ok else f'MISSED by {xf / TARGET_X_FLOOR:.1f}×'}")
    return lines
