"""``python -m bench [quality|speed|crawl|plot|all|portals]``: run the benchmarks, print and write the results.

Each part prints its tables and writes ``bench/results/<part>.md`` and ``.json``; ``plot`` draws
bench/results/quality_vs_speed.png from the latest quality and speed results. ``all`` (the
default, what ``make bench`` runs) runs quality, speed, crawl, then plot. ``portals`` (not part of
``all``: about ten minutes) crawls 40, 200 and 1,000 small portals on their own loopback hosts in
batches (bench/portals.py) and draws bench/results/portals.png.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench import (
    RESULTS_DIR,
    crawl,
    gold,
    machine_info,
    machine_markdown,
    portable,
    quality,
    speed,
    systems,
    write_results,
)

PARTS = ("quality", "speed", "crawl", "plot", "all", "portals")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Benchmarks of portal-crawler: extraction quality and speed against trafilatura, "
        "readability-lxml and jusText; crawl throughput and memory against a stock CrawlSpider + "
        "trafilatura and `scrapy bench`. Results go to bench/results/ as Markdown and JSON.",
    )
    parser.add_argument("part", nargs="?", default="all", choices=PARTS, help="what to run (default: all)")
    parser.add_argument("--systems", help="comma-separated extraction systems (default: all available: "
                        + ", ".join(systems.FACTORIES) + ")")  # fmt: skip
    parser.add_argument("--portals", help="comma-separated gold portal names (default: every fixture portal)")
    parser.add_argument("--no-synth", action="store_true", help="leave bench-synth's gold pages out of quality/speed")
    parser.add_argument("--min-seconds", type=float, default=2.0, help="speed: time per system, at least (default 2)")
    parser.add_argument("--articles", type=int, default=10_000, help="crawl: articles in the synthetic portal (default 10000)")
    parser.add_argument("--quick", action="store_true", help="crawl: 1000 articles instead (a fast check of the harness)")
    parser.add_argument("--crawlers", default=",".join(crawl.CRAWLERS), help="crawl: which crawlers (default: %(default)s)")
    parser.add_argument("--ours-setting", action="append", default=[], metavar="KEY=VALUE",
                        help="crawl: an extra -s setting for the project's spider only (repeatable)")  # fmt: skip
    parser.add_argument("--profile-crawl", choices=("ours", "baseline"),
                        help="crawl: one more crawl by this crawler under cProfile; top functions printed and saved")  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="crawl, portals: keep the work folder (outputs and logs)")
    parser.add_argument("--sizes", default="40,200,1000", help="portals: how many portals per run (default %(default)s)")
    parser.add_argument("--portal-articles", type=int, default=30, help="portals: articles per portal (default 30)")
    parser.add_argument("--before", action="store_true", help="portals: also the previous way at 40 portals (a process per portal)")
    parser.add_argument("--no-overhead", action="store_true", help="portals: skip the cost of a Crawler")
    parser.add_argument("--no-links", action="store_true", help="portals: skip the page-links table")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="results folder (default bench/results)")
    return parser


def _header(title: str, info: dict) -> str:
    return f"# {title}\n\n{machine_markdown(info)}\n"


def run_quality(args: argparse.Namespace, info: dict, pages: list[gold.GoldPage], chosen: list[systems.System]) -> None:
    print("== quality ==")
    result = quality.run(pages, chosen)
    result.update({"date": info["date"], "machine": info, "gold": gold.summary(pages).splitlines()})
    result["not_available"] = info.get("not_available", [])
    md = [
        _header("Extraction quality", info),
        f"Gold pages:\n\n```\n{gold.summary(pages)}\n```\n",
        *(f"- {line}" for line in result["not_available"]),
        "\n## Per system (all gold pages)\n",
        "Body P/R/F1: bag-of-tokens overlap with the gold body, mean over pages; leak lines: body lines that are "
        "captions, bylines, counters, notices, related lists or chrome (pages with leaks in brackets); "
        "rates are exact matches; – = the system does not produce that field.\n",
        quality.table(result),
        "\n## By platform style (body F1 mean/min, leak lines)\n",
        quality.platform_table(result),
        "\n## Leak lines by kind\n",
        quality.leak_kind_table(result),
        "\n## Target (issue 7): body F1 ≥ 0.99 and zero leaks on every platform style\n",
        *quality.targets(result),
        "\n## Pages where ours misses F1 ≥ 0.99, leaks or fails\n",
        quality.problem_pages(result),
        "",
    ]
    print(quality.table(result))
    print(quality.platform_table(result))
    print(quality.leak_kind_table(result))
    print("\n".join(quality.targets(result)))
    paths = write_results("quality", result, "\n".join(md), args.results)
    print(f"wrote {paths[0]} and {paths[1].name}")


def run_speed(args: argparse.Namespace, info: dict, pages: list[gold.GoldPage], chosen: list[systems.System]) -> None:
    print("== speed ==")
    result = speed.run(pages, chosen, args.min_seconds)
    result.update({"date": info["date"], "machine": info})
    md = [
        _header("Extraction speed", info),
        f"{result['pages']} gold pages (mean {result['mean_page_bytes'] / 1024:.1f} KiB), one process pinned to "
        f"CPU {result['cpu']}, each system repeated over all pages for ≥ {result['min_seconds']} s after a warm-up pass.\n",
        "`trafilatura` is `bare_extraction(with_metadata=True)` (title, date, authors and text: the same job as ours); "
        "`trafilatura-text` is `trafilatura.extract()` with its defaults (text only, what the crawl baseline calls). "
        "The floor is `lxml.html.fromstring` alone.\n",
        speed.table(result),
        "\n## Targets (issue 13)\n",
        *speed.targets(result),
        "",
    ]
    print(speed.table(result))
    print("\n".join(speed.targets(result)))
    paths = write_results("speed", result, "\n".join(md), args.results)
    print(f"wrote {paths[0]} and {paths[1].name}")


def run_crawl(args: argparse.Namespace, info: dict) -> None:
    n = 1000 if args.quick else args.articles
    print(f"== crawl ({n} articles) ==")
    crawlers = tuple(c for c in args.crawlers.split(",") if c)
    unknown = set(crawlers) - set(crawl.CRAWLERS)
    if unknown:
        raise SystemExit(f"unknown crawler(s): {', '.join(sorted(unknown))} (choose from {', '.join(crawl.CRAWLERS)})")
    result = crawl.run(n, crawlers, args.ours_setting, args.profile_crawl, args.keep)
    result.update({"date": info["date"], "machine": info})
    ratios = "\n".join(f"- {k.replace('_', ' ')}: {v:.2f}×" for k, v in result["ratios"].items())
    md = [
        _header("Crawl throughput and memory", info),
        f"Synthetic portlet portal (bench/synth_portal.py): {n} articles over {result['listing_pages']} listing pages "
        "in 4 categories, served by bench/fast_server.py in its own process. Every crawler ran with "
        + " ".join(f"`-s {s}`" for s in result["settings"])
        + (f"; ours also with {' '.join(f'`-s {s}`' for s in args.ours_setting)}" if args.ours_setting else "")
        + ". `scrapy bench` uses its own local server and spider.\n",
        "Pages/s = Scrapy's response_received_count / elapsed_time_seconds (spider open to close); CPU = user+system "
        "time of the crawler process (wait4); peak RSS = the highest VmHWM sampled from /proc (ru_maxrss would include the forking benchmark's own memory); RSS growth = median RSS over the last 10% of "
        "/proc samples (every 0.2 s) minus the median over 15–25% of the run.\n",
        "## Server ceilings (could the server be the bottleneck?)\n",
        crawl.ceiling_table(result),
        "\n## Crawlers\n",
        crawl.table(result),
        "\n## Ratios\n",
        ratios or "(not enough crawlers ran)",
        "\n## Targets (issue 7)\n",
        *crawl.targets(result),
        "",
    ]
    if "profile" in result:
        prof_path = args.results / f"crawl_profile_{result['profile']['crawler']}.txt"
        args.results.mkdir(parents=True, exist_ok=True)
        prof_path.write_text(portable(result["profile"]["text"]), encoding="utf-8")
        md.append(f"Profile of one crawl: [{prof_path.name}]({prof_path.name})\n")
    print(crawl.ceiling_table(result))
    print(crawl.table(result))
    print(ratios)
    print("\n".join(crawl.targets(result)))
    paths = write_results("crawl", result, "\n".join(md), args.results)
    print(f"wrote {paths[0]} and {paths[1].name}")


def run_plot(args: argparse.Namespace) -> None:
    print("== plot ==")
    from bench import plot

    missing = [f for f in ("quality.json", "speed.json") if not (args.results / f).exists()]
    if missing:
        print(f"plot: needs {' and '.join(missing)} in {args.results}: run `python -m bench quality` and `speed` first")
        return
    print(f"wrote {plot.plot(args.results)}")


def run_portals(args: argparse.Namespace, info: dict) -> None:
    from bench import portals

    sizes = tuple(int(n) for n in args.sizes.split(",") if n.strip())
    print(f"== portals ({', '.join(map(str, sizes))} portals of {args.portal_articles} articles) ==")
    result = portals.run(sizes, args.portal_articles, before=args.before, with_overhead=not args.no_overhead,
                         with_links=not args.no_links, keep=args.keep)  # fmt: skip
    result.update({"date": info["date"], "machine": info})
    md = [
        _header("Many portals in batches", info),
        f"N synthetic portals (bench/synth_portal.py, {args.portal_articles} articles each) on N loopback hosts "
        "(127.0.1.1, 127.0.1.2, …; one bench.fast_server process, not counted), crawled by "
        "`python -m crawler crawl --urls FILE` with the project's default settings (robots.txt, AutoThrottle, 2 requests "
        "at a time per host, one batch worker per CPU, 32 portals at a time per worker). A fresh output directory and "
        "state file per run. Wall time from start to exit; CPU = user + system of the command and its workers (wait4); "
        "peak RSS = the largest sum of VmRSS over the process tree, sampled every 0.2 s; requests from the summary; "
        "complete = exactly one manifested file with each of the portal's articles once; longest stall = the longest "
        "the reactor of a worker was late (crawler/batch/runner.py LagMonitor).\n",
        portals.markdown(result),
    ]
    paths = write_results("portals", result, "\n".join(md), args.results)
    print(f"wrote {paths[0]} and {paths[1].name}")
    try:
        print(f"wrote {portals.plot(result, args.results)}")
    except ImportError:
        print("plot: matplotlib is not installed (the bench extra)")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    t0 = time.perf_counter()
    info = machine_info()
    part = args.part
    if part in ("quality", "speed", "all"):
        notes: list[str] = []
        names = args.systems.split(",") if args.systems else None
        chosen = systems.load(names, warn=lambda m: (print(m), notes.append(m)))
        info["not_available"] = notes
        pages = gold.collect(args.portals.split(",") if args.portals else None, include_synth=not args.no_synth)
        print(gold.summary(pages))
        if not pages:
            print("no gold pages: nothing to measure")
            return 1
        if part in ("quality", "all"):
            run_quality(args, info, pages, chosen)
        if part in ("speed", "all"):
            run_speed(args, info, pages, chosen)
    if part in ("crawl", "all"):
        run_crawl(args, info)
    if part in ("plot", "all"):
        run_plot(args)
    if part == "portals":
        run_portals(args, info)
    print(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
