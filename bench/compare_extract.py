"""Extraction before and after a change, side by side in one run: speed and identical output.

    python -m bench.compare_extract --base HEAD~3          # this tree against commit HEAD~3
    python -m bench.compare_extract --base main --rounds 6

Why this way: on a shared VM single timings swing by ±20 %, more than most optimisations gain,
so two runs minutes apart compare nothing. Here the base (``git archive`` of the ref into a
temporary directory) and this tree run *at the same time*, one per CPU, over the same gold pages;
the CPUs are swapped every round, and the figure is the median of the per-pass ratios, which
share whatever the machine was doing. Each side also writes every page's record (without
``crawled_at``), and the tool says how many pages came out different: a speed change that
changes a record is a behaviour change, not an optimisation. ``COMPARE_LIST=1`` lists the
differing pages' addresses (up to 200), ``COMPARE_DIFF=1`` also the fields that differ. The gold pages are keyed by address, and fixture portals
share the bench server's port, so a slug two portals both use is one key: look such a page up in
each portal that serves it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: run inside each tree (its cwd is first on sys.path, so its own ``crawler`` is imported)
_WORKER = r"""
import json, sys, time
sys.path.insert(0, ".")
from bench import gold
from crawler.extract import extract_article
pages = gold.collect(None, include_synth=True, warn=lambda *a: None)
items = [(p.html, p.url) for p in pages]
records = {}
for html, url in items:
    record = extract_article(html, url)
    record.pop("crawled_at", None)
    records[url] = record
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(records, out, ensure_ascii=False, sort_keys=True, default=str)
sys.stdout.write("ready\n")
sys.stdout.flush()
sys.stdin.readline()
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    for html, url in items:
        extract_article(html, url)
    print((time.perf_counter() - start) / len(items) * 1000, flush=True)
"""


def _export(ref: str, into: Path, *paths: str) -> None:
    """The tree of ``ref`` (only ``paths`` of it, when given) extracted into ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref, *paths], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)


def _cpus() -> list[str]:
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    return [str(c) for c in cpus[-2:]] if len(cpus) >= 2 else []


def _start(tree: Path, cpu: str | None, out: Path, passes: int) -> subprocess.Popen:
    cmd = [sys.executable, "-c", _WORKER, str(out), str(passes)]
    if cpu is not None:
        cmd = ["taskset", "-c", cpu, *cmd]
    return subprocess.Popen(cmd, cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare_extract", description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git ref to compare this tree against (e.g. HEAD~3, main)")
    parser.add_argument("--rounds", type=int, default=4, help="rounds, CPUs swapped each round (default 4)")
    parser.add_argument("--passes", type=int, default=4, help="passes over the gold pages per round (default 4)")
    args = parser.parse_args(argv)

    cpus = _cpus()
    if not cpus:
        print("note: fewer than 2 CPUs: the two sides run one after the other, and the ratio is noisier")
    with tempfile.TemporaryDirectory(prefix="compare-extract-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        _export(args.base, base)
        sides = {"base": base, "this tree": ROOT}
        times: dict[str, list[float]] = {name: [] for name in sides}
        ratios: list[float] = []
        for round_ in range(args.rounds):
            order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
            procs = {}
            for i, name in enumerate(order):
                cpu = cpus[i] if cpus else None
                procs[name] = _start(sides[name], cpu, Path(tmp) / f"{name.replace(' ', '_')}.json", args.passes)
                if not cpus:  # one CPU: run the sides in turn
                    procs[name].stdout.readline()
                    procs[name].stdin.write("go\n")
                    procs[name].stdin.flush()
                    procs[name].wait()
            if cpus:
                for proc in procs.values():
                    if proc.stdout.readline().strip() != "ready":
                        print(f"a side failed to start (exit {proc.wait()})")
                        return 1
                for proc in procs.values():  # both start their timed passes together
                    proc.stdin.write("go\n")
                    proc.stdin.flush()
            result = {name: [float(x) for x in proc.communicate()[0].split() if x.strip() and x.strip() != "ready"] for name, proc in procs.items()}
            for name, values in result.items():
                times[name].extend(values)
            ratios.extend(after / before for before, after in zip(result["base"], result["this tree"], strict=True))
        records = {name: json.loads((Path(tmp) / f"{name.replace(' ', '_')}.json").read_text(encoding="utf-8")) for name in sides}
    differ = sorted(url for url in records["base"] if records["base"][url] != records["this tree"].get(url))
    pages = len(records["base"])
    print(f"extract_article over {pages} gold pages, {args.rounds} rounds × {args.passes} passes, the sides running at the same time")
    for name, values in times.items():
        print(f"  {name:10s} median {statistics.median(values):.3f} ms/page  (min {min(values):.3f}, max {max(values):.3f})")
    print(f"  this tree / base: median of per-pass ratios {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})")
    print(f"  records that differ: {len(differ)} of {pages}" + (f" (first: {differ[0]})" if differ else ""))
    for url in differ[:200] if os.environ.get("COMPARE_LIST") or os.environ.get("COMPARE_DIFF") else ():
        print("    differs:", url)
        if os.environ.get("COMPARE_DIFF"):  # the fields that differ, base then this tree
            before, after = records["base"][url], records["this tree"].get(url) or {}
            for key in sorted(set(before) | set(after)):
                if before.get(key) != after.get(key):
                    print(f"      {key}: {str(before.get(key))[:300]!r}\n      {' ' * len(key)}  {str(after.get(key))[:300]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
