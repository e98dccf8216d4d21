"""Profile ``extract_article`` over the gold pages: the top functions by cumulative time.

Profile before optimising (issue 7): this says where the extractor's time goes on the same
pages the quality and speed benchmarks use.

    python -m bench.profile_extract                 # cProfile, top 25 by cumulative time
    python -m bench.profile_extract --pyinstrument  # a pyinstrument call tree instead
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time

from bench import gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_extract", description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the gold pages (default 5)")
    parser.add_argument("--top", type=int, default=25, help="functions to list (default 25)")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key (default cumulative; try tottime)")
    parser.add_argument("--portals", help="comma-separated portal names (default: all)")
    parser.add_argument("--no-synth", action="store_true", help="leave out the bench-synth portal's pages")
    parser.add_argument("--pyinstrument", action="store_true", help="use pyinstrument instead of cProfile")
    args = parser.parse_args(argv)

    try:
        from crawler.extract import extract_article
    except ImportError as exc:
        print(f"not available: ours ({exc})")
        return 1
    portals = args.portals.split(",") if args.portals else None
    pages = gold.collect(portals, include_synth=not args.no_synth)
    if not pages:
        print("no gold pages found")
        return 1
    items = [(p.html, p.url) for p in pages]
    for html, url in items:  # warm-up: imports, compiled patterns, caches
        extract_article(html, url)

    def work() -> None:
        for _ in range(args.repeat):
            for html, url in items:
                extract_article(html, url)

    n = len(items) * args.repeat
    print(f"{len(items)} gold pages × {args.repeat} passes = {n} calls of extract_article")
    if args.pyinstrument:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        work()
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return 0
    t0 = time.perf_counter()
    profile = cProfile.Profile()
    profile.enable()
    work()
    profile.disable()
    wall = time.perf_counter() - t0
    buf = io.StringIO()
    pstats.Stats(profile, stream=buf).sort_stats(args.sort).print_stats(args.top)
    print(f"{wall:.2f} s under cProfile ({1000 * wall / n:.2f} ms/page; the profiler itself slows calls)")
    print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
