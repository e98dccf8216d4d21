"""Crawl fixture portals with their answers jittered, to find results that hang on the order pages
come back in.

The fixture crawls answer from loopback in microseconds and in much the same order every time; a
real portal does not. Stop 46's fresh clones showed two such dependences the working checkout never
did (a page dropped for a canonical that answered a list after it; an album read as a duplicate or
not). This tool serves each portal with every answer delayed by a pseudo-random 0 to
``--max-delay`` seconds (fixed per seed and address), crawls it once plainly and once per seed,
and reports every portal whose differences from gold change between runs.

    python -m tests.e2e.order_check [PORTAL ...] [--seeds 3] [--max-delay 0.05] [--jobs 2]

Without portal names it checks every fixture portal (a long run: minutes per hundred portals).
The exit status is 1 when some portal's result depends on the order. A dev tool, not a test: a
jittered crawl is not reproducible enough to gate CI on.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

from crawler.demo.server import Request, Response
from tests.e2e.harness import compare, crawl_portal, portal_modules


class JitteredSite:
    """A portal's site whose every answer waits a delay fixed by the seed and the address."""

    def __init__(self, site: Any, seed: int, max_delay: float) -> None:
        self.site, self.seed, self.max_delay = site, seed, max_delay

    def respond(self, request: Request) -> Response | None:
        answer = self.site.respond(request)
        if not isinstance(answer, Response):
            return answer
        digest = hashlib.sha1(f"{self.seed}|{request.method}|{request.target}".encode()).digest()
        wait = self.max_delay * int.from_bytes(digest[:4], "big") / 2**32
        return dataclasses.replace(answer, delay=answer.delay + wait)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.site, name)


def _jittered(module: ModuleType, seed: int, max_delay: float) -> Any:
    """The module with its site jittered (the module itself is left alone)."""
    fields = {k: getattr(module, k) for k in dir(module) if not k.startswith("__")}
    clone = type(module)(module.__name__)
    clone.__dict__.update(fields)
    clone.build_site = lambda: JitteredSite(module.build_site(), seed, max_delay)
    return clone


def check(module: ModuleType, seeds: int, max_delay: float) -> tuple[str, dict[str, list[str]]]:
    """The portal's differences from gold, plainly and under each seed."""
    runs: dict[str, list[str]] = {}
    settings = getattr(module, "CRAWL_SETTINGS", None)
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(seeds + 1):
            site = module if seed == 0 else _jittered(module, seed, max_delay)
            workdir = Path(tmp) / str(seed)
            workdir.mkdir()
            result = crawl_portal(site, workdir, settings=settings)
            # (each run serves on its own port: the addresses are compared without it)
            problems = [line.replace(result.base_url, "") for line in compare(result, module)]
            if result.returncode != 0:
                problems.append(f"exit status {result.returncode}")
            runs["plain" if seed == 0 else f"seed {seed}"] = problems
    return module.NAME, runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("portals", nargs="*", help="fixture portal names (default: every one)")
    parser.add_argument("--seeds", type=int, default=3, help="jittered crawls per portal (default 3)")
    parser.add_argument("--max-delay", type=float, default=0.05, help="the longest delay added to an answer, in seconds (default 0.05)")
    parser.add_argument("--jobs", type=int, default=2, help="portals checked at once (default 2)")
    args = parser.parse_args(argv)
    modules = portal_modules(args.portals or None)
    if args.portals and len(modules) != len(set(args.portals)):
        found = {m.NAME for m in modules}
        parser.error(f"no fixture portal named {', '.join(sorted(set(args.portals) - found))}")
    dependent = 0
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for name, runs in pool.map(lambda m: check(m, args.seeds, args.max_delay), modules):
            outcomes = {tuple(sorted(p)) for p in runs.values()}
            if len(outcomes) == 1:
                state = "gold" if not runs["plain"] else f"{len(runs['plain'])} differences, the same every run"
                print(f"{name}: steady ({state})", flush=True)
                continue
            dependent += 1
            print(f"{name}: DEPENDS ON FETCH ORDER", flush=True)
            plain = set(runs["plain"])
            for label, problems in runs.items():
                for line in sorted(set(problems) ^ plain):
                    print(f"  {label}: {'+' if line in problems else '-'} {line[:300]}", flush=True)
    print(f"{len(modules)} portals checked, {dependent} depend on the order pages come back in")
    return 1 if dependent else 0


if __name__ == "__main__":
    sys.exit(main())
