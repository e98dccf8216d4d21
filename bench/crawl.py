"""Crawl throughput and memory on a synthetic portal of N articles (default 10,000).

What runs, in one invocation and against one server process (bench.fast_server serving
bench.synth_portal, N articles over four paginated listings):
  (a) the project's spider: ``scrapy crawl portal -a start_url=…``;
  (b) bench/baseline_spider.py: stock CrawlSpider + trafilatura.extract, under stock settings;
  (c) ``scrapy bench`` (Scrapy's own server and spider; its pages/s is the reference point).
All three get the same politeness-off settings (POLITE_OFF) plus LOG_LEVEL=INFO (DEBUG logs a
line per page and item, which would measure logging). Each crawler runs as a child process; the
benchmark samples its RSS from /proc every 0.2 s and takes its CPU time and peak RSS from
``wait4`` when it ends. Pages/s is Scrapy's own ``response_received_count / elapsed_time_seconds``
(spider open to close, so interpreter start-up is excluded; wall time is reported too).

Before the crawls, both server kinds are load-tested (16 keep-alive connections from one asyncio
client) so the report says whether the server could have been the bottleneck.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import synth_portal
from bench.fast_server import ServerProcess, measure_ceiling

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "bench" / "baseline_spider.py"
POLITE_OFF = (
    "ROBOTSTXT_OBEY=False",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS=16",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "DOWNLOAD_DELAY=0",
    "HTTPCACHE_ENABLED=False",
)
COMMON = (*POLITE_OFF, "LOG_LEVEL=INFO")
SAMPLE_EVERY = 0.2
CRAWLERS = ("ours", "baseline", "scrapy-bench")
ARTICLE_ID = re.compile(r"/-/view_content/(\d+)-")
STAT = re.compile(r"'([^']+)':\s*(-?\d+(?:\.\d+)?)\s*[,}]")
LOGSTATS = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\), scraped (\d+) items")


@dataclass
class ChildRun:
    cmd: list[str]
    returncode: int = 0
    wall: float = 0.0
    cpu_user: float = 0.0
    cpu_sys: float = 0.0
    maxrss_kb: int = 0
    peak_kb: int = 0
    samples: list[tuple[float, int]] = field(default_factory=list)
    log_path: Path | None = None
    timed_out: bool = False


def _memory_kb(pid: int) -> tuple[int, int] | None:
    """(VmRSS, VmHWM) of a live process, in kB; None once it is gone or a zombie."""
    found: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    found[line[:5]] = int(line.split()[1])
    except OSError:
        return None
    return (found["VmRSS"], found["VmHWM"]) if len(found) == 2 else None


def run_child(cmd: list[str], cwd: Path, env: dict, log_path: Path, timeout: float) -> ChildRun:
    """Run ``cmd``, sampling its RSS; CPU time comes from wait4 (the child alone).

    Peak RSS is the largest VmHWM sampled, not wait4's ru_maxrss: the child is forked from this
    (large) benchmark process and Linux carries the pre-exec high-water mark into ru_maxrss.
    """
    run = ChildRun(cmd=cmd, log_path=log_path)
    stop = threading.Event()
    with open(log_path, "wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)

        def sample() -> None:
            while not stop.is_set():
                memory = _memory_kb(proc.pid)
                if memory:
                    run.samples.append((time.perf_counter() - t0, memory[0]))
                    run.peak_kb = max(run.peak_kb, memory[1])
                stop.wait(SAMPLE_EVERY)

        def expire() -> None:
            run.timed_out = True
            proc.terminate()

        sampler = threading.Thread(target=sample, daemon=True)
        timer = threading.Timer(timeout, expire)
        sampler.start()
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            stop.set()
            sampler.join()
        run.wall = time.perf_counter() - t0
        proc.returncode = run.returncode = os.waitstatus_to_exitcode(status)
        run.cpu_user, run.cpu_sys, run.maxrss_kb = usage.ru_utime, usage.ru_stime, usage.ru_maxrss
    return run


def scrapy_stats(log_text: str) -> dict[str, float]:
    """Numeric entries of the 'Dumping Scrapy stats' block at the end of a Scrapy log."""
    start = log_text.rfind("Dumping Scrapy stats:")
    if start < 0:
        return {}
    block = log_text[start : log_text.find("}", start) + 1]
    return {k: float(v) for k, v in STAT.findall(block)}


def rss_profile(samples: list[tuple[float, int]]) -> dict:
    """Peak, early (15–25% of the run) and late (last 10%) RSS in MB; growth = late - early."""
    if len(samples) < 5:
        return {"samples": len(samples), "early_mb": None, "late_mb": None, "growth_mb": None}
    values = [kb / 1024 for _, kb in samples]
    n = len(values)
    early = statistics.median(values[int(0.15 * n) : max(int(0.25 * n), int(0.15 * n) + 1)])
    late = statistics.median(values[int(0.9 * n) :])
    return {"samples": n, "early_mb": early, "late_mb": late, "growth_mb": late - early, "max_sampled_mb": max(values)}


def read_records(path: Path) -> list[dict]:
    records = []
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError:
                        records.append({"_bad_line": line[:200]})
    return records


def judge_records(records: list[dict], site: synth_portal.SynthSite) -> dict:
    """Articles found (distinct ids of the portal) and non-article pages emitted, by page class."""
    found: set[int] = set()
    non_articles: dict[str, int] = {}
    article_records = 0
    for record in records:
        url = str(record.get("url") or "")
        path = "/" + url.split("://", 1)[-1].split("/", 1)[-1] if "://" in url else url
        path = path.split("?", 1)[0]
        match = ARTICLE_ID.search(url)
        if match and 1 <= int(match.group(1)) <= site.n:
            found.add(int(match.group(1)))
            article_records += 1
        else:
            kind = site.classify(path)
            non_articles[kind] = non_articles.get(kind, 0) + 1
    return {
        "records": len(records),
        "articles_found": len(found),
        "articles_expected": site.n,
        "duplicate_article_records": article_records - len(found),
        "listing_pages_emitted": non_articles.get("listing", 0),
        "other_non_articles_emitted": sum(v for k, v in non_articles.items() if k != "listing"),
        "non_articles_by_class": non_articles,
    }


def _env(settings_module: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if settings_module:
        env["SCRAPY_SETTINGS_MODULE"] = settings_module
    return env


def ours_available(workdir: Path) -> str | None:
    """None when ``scrapy crawl portal`` can run, else why not."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "scrapy", "list"],
            cwd=workdir, env=_env("crawler.settings"), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"scrapy list failed: {exc}"
    if "portal" in done.stdout.split():
        return None
    tail = (done.stderr.strip().splitlines() or ["no spider named 'portal'"])[-1]
    return f"no 'portal' spider ({tail[:200]})"


def command(crawler: str, start_url: str, out: Path, extra: list[str], profile_to: Path | None = None) -> tuple[list[str], str | None]:
    """(argv, SCRAPY_SETTINGS_MODULE) for one crawler."""
    settings = [arg for kv in (*COMMON, *extra) for arg in ("-s", kv)]
    py = [sys.executable] + (["-m", "cProfile", "-o", str(profile_to)] if profile_to else [])
    if crawler == "ours":
        return [*py, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={start_url}", "-O", str(out), *settings], "crawler.settings"
    if crawler == "baseline":
        return [*py, "-m", "scrapy", "runspider", str(BASELINE), "-a", f"start_url={start_url}", "-O", str(out), *settings], None
    if crawler == "scrapy-bench":
        return [*py, "-m", "scrapy", "bench", *settings], None
    raise ValueError(crawler)


def crawl_once(crawler: str, server: ServerProcess | None, site: synth_portal.SynthSite, workdir: Path,
               extra: list[str], timeout: float, log=print) -> dict:  # fmt: skip
    """One measured crawl; returns its figures (or why it could not run)."""
    cwd = workdir / crawler
    cwd.mkdir(parents=True, exist_ok=True)
    out = cwd / "out.jsonl"
    start_url = (server.base_url + synth_portal.START_PATH) if server else ""
    cmd, settings_module = command(crawler, start_url, out, extra if crawler == "ours" else [])
    if server:
        server.reset()
    run = run_child(cmd, cwd, _env(settings_module), cwd / "crawl.log", timeout)
    log_text = run.log_path.read_text(encoding="utf-8", errors="replace") if run.log_path else ""
    stats = scrapy_stats(log_text)
    pages = stats.get("response_received_count", 0.0)
    elapsed = stats.get("elapsed_time_seconds", 0.0)
    cpu = run.cpu_user + run.cpu_sys
    row: dict = {
        "command": " ".join(cmd),
        "returncode": run.returncode,
        "timed_out": run.timed_out,
        "wall_s": run.wall,
        "elapsed_s": elapsed,
        "pages": pages,
        "pages_per_s": pages / elapsed if elapsed else None,
        "items": stats.get("item_scraped_count", 0.0),
        "cpu_s": cpu,
        "cpu_ms_per_page": 1000 * cpu / pages if pages else None,
        "peak_rss_mb": run.peak_kb / 1024,
        "ru_maxrss_mb": run.maxrss_kb / 1024,
        "rss": rss_profile(run.samples),
        "log": str(run.log_path),
        "log_tail": log_text.strip().splitlines()[-3:] if run.returncode else [],
    }
    rates = [int(m.group(2)) for m in LOGSTATS.finditer(log_text)]
    if rates:
        row["logstats_pages_per_min"] = rates
    if crawler != "scrapy-bench":
        judged = judge_records(read_records(out), site)
        row.update(judged)
        row["articles_per_s"] = judged["articles_found"] / elapsed if elapsed else None
        row["cpu_ms_per_article"] = 1000 * cpu / judged["articles_found"] if judged["articles_found"] else None
        growth = row["rss"]["growth_mb"]
        row["rss_growth_mb_per_1000_articles"] = (
            growth / (judged["articles_found"] / 1000) if growth is not None and judged["articles_found"] else None
        )
    if server:
        row["server"] = server.stats()
    pps = row["pages_per_s"]
    log(f"  {crawler:<13} rc={run.returncode} {pages:.0f} pages in {elapsed:.1f} s"
        + (f" = {pps:.1f} pages/s" if pps else "")
        + (f", {row.get('articles_found')}/{site.n} articles" if crawler != "scrapy-bench" else "")
        + f", CPU {cpu:.1f} s, peak RSS {row['peak_rss_mb']:.0f} MB")  # fmt: skip
    return row


def profile_crawl(crawler: str, server: ServerProcess, site: synth_portal.SynthSite, workdir: Path,
                  extra: list[str], timeout: float, top: int = 25) -> str:  # fmt: skip
    """Run ``crawler`` once more under cProfile; the top functions by cumulative and own time."""
    import io
    import pstats

    cwd = workdir / f"{crawler}-profile"
    cwd.mkdir(parents=True, exist_ok=True)
    prof = cwd / "crawl.prof"
    cmd, settings_module = command(crawler, server.base_url + "/", cwd / "out.jsonl", extra, profile_to=prof)
    server.reset()
    run = run_child(cmd, cwd, _env(settings_module), cwd / "crawl.log", timeout)
    if not prof.exists():
        return f"profile of {crawler} failed (rc={run.returncode}); log: {run.log_path}"
    buf = io.StringIO()
    stats = pstats.Stats(str(prof), stream=buf)
    stats.sort_stats("tottime").print_stats(top)
    # the cumulative view of a whole crawl is all Twisted/asyncio frames: show the project's own code
    own = r"/crawler/" if crawler == "ours" else r"baseline_spider|trafilatura/"
    stats.sort_stats("cumulative").print_stats(own, top)
    return (
        f"cProfile of one crawl by {crawler} ({site.n} articles, wall {run.wall:.1f} s under the profiler): "
        f"top {top} by own time, then top {top} of the {crawler} code by cumulative time\n{buf.getvalue()}"
    )


def run(n_articles: int = 10_000, crawlers: tuple[str, ...] = CRAWLERS, extra: list[str] | None = None,
        profile: str | None = None, keep: bool = False, ceiling_seconds: float = 2.0, log=print) -> dict:  # fmt: skip
    extra = list(extra or [])
    site = synth_portal.build_site(n_articles)
    workdir = Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    result: dict = {
        "articles": n_articles,
        "listing_pages": site.total_listing_pages(),
        "settings": list(COMMON),
        "ours_extra_settings": extra,
        "workdir": str(workdir),
        "crawlers": {},
        "not_available": {},
    }
    timeout = max(900.0, n_articles / 5)
    try:
        sample = [synth_portal.article_path(i) for i in range(1, min(n_articles, 3000) + 1)]
        sample += [synth_portal.listing_path(c, p, True) for c in range(4) for p in range(1, min(site.listing_pages(c), 20) + 1)]
        ceilings = {}
        for kind in ("stdlib", "fast"):
            with ServerProcess(kind, kwargs={"n_articles": n_articles}) as probe:
                ceilings[kind] = measure_ceiling(probe, sample, 16, ceiling_seconds)
            c = ceilings[kind]
            log(f"  server ceiling {kind:<6} {c['pages_per_s']:8.0f} pages/s (client CPU share {c['client_cpu_share']:.2f})")
        result["server_ceilings"] = ceilings
        with ServerProcess("fast", kwargs={"n_articles": n_articles}) as server:
            result["server_url"] = server.base_url
            for crawler in crawlers:
                if crawler == "ours":
                    why = ours_available(workdir)
                    if why:
                        log(f"  not available: ours ({why})")
                        result["not_available"]["ours"] = why
                        continue
                if crawler == "baseline":
                    try:
                        import trafilatura  # noqa: F401
                    except ImportError as exc:
                        result["not_available"]["baseline"] = str(exc)
                        log(f"  not available: baseline ({exc})")
                        continue
                srv = None if crawler == "scrapy-bench" else server
                result["crawlers"][crawler] = crawl_once(crawler, srv, site, workdir, extra, timeout, log)
            if profile and profile in result["crawlers"]:
                text = profile_crawl(profile, server, site, workdir, extra, timeout)
                result["profile"] = {"crawler": profile, "text": text}
                log(text)
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
    _ratios(result)
    return result


def _ratios(result: dict) -> None:
    rows = result["crawlers"]

    def pps(name: str) -> float | None:
        return rows.get(name, {}).get("pages_per_s")

    def aps(name: str) -> float | None:
        return rows.get(name, {}).get("articles_per_s")

    ratios = {}
    if pps("ours") and pps("baseline"):
        ratios["ours_vs_baseline_pages_per_s"] = pps("ours") / pps("baseline")
    if aps("ours") and aps("baseline"):
        ratios["ours_vs_baseline_articles_per_s"] = aps("ours") / aps("baseline")
    if pps("baseline") and pps("scrapy-bench"):
        ratios["baseline_vs_scrapy_bench_pages_per_s"] = pps("baseline") / pps("scrapy-bench")
    if pps("ours") and pps("scrapy-bench"):
        ratios["ours_vs_scrapy_bench_pages_per_s"] = pps("ours") / pps("scrapy-bench")
    result["ratios"] = ratios


def _f(value: float | None, fmt: str = "{:.1f}") -> str:
    return "–" if value is None else fmt.format(value)


def table(result: dict) -> str:
    rows = [
        "| crawler | pages/s | articles/s | pages | elapsed s | wall s | CPU ms/article | CPU ms/page | peak RSS MB | "
        "RSS growth MB (per 1k articles) | articles found/expected | listing pages emitted | other non-articles emitted | "
        "listing pages fetched |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for name, r in result["crawlers"].items():
        growth = r["rss"].get("growth_mb")
        per_k = r.get("rss_growth_mb_per_1000_articles")
        growth_s = "–" if growth is None else f"{growth:+.1f}" + ("" if per_k is None else f" ({per_k:+.2f})")
        found = f"{r['articles_found']}/{r['articles_expected']}" if "articles_found" in r else "–"
        fetched = r.get("server", {}).get("by_class", {}).get("listing")
        rows.append(
            f"| {name} | {_f(r['pages_per_s'])} | {_f(r.get('articles_per_s'))} | {r['pages']:.0f} | {r['elapsed_s']:.1f} | "
            f"{r['wall_s']:.1f} | {_f(r.get('cpu_ms_per_article'), '{:.2f}')} | {_f(r['cpu_ms_per_page'], '{:.2f}')} | "
            f"{r['peak_rss_mb']:.0f} | {growth_s} | {found} | {r.get('listing_pages_emitted', '–')} | "
            f"{r.get('other_non_articles_emitted', '–')} | {'–' if fetched is None else fetched} |"
        )
    for name, why in result["not_available"].items():
        rows.append(f"| {name} | not available: {why} |" + " |" * 13)
    return "\n".join(rows)


def ceiling_table(result: dict) -> str:
    rows = ["| server | pages/s (16 keep-alive connections, one asyncio client) | client CPU share |", "|---|--:|--:|"]
    for kind, c in result.get("server_ceilings", {}).items():
        label = "crawler.demo.server (stdlib, threaded)" if kind == "stdlib" else "bench.fast_server (asyncio)"
        rows.append(f"| {label} | {c['pages_per_s']:.0f} | {c['client_cpu_share']:.2f} |")
    return "\n".join(rows)


#: RSS growth below this many MB per 1,000 articles counts as flat
FLAT_MB_PER_1000 = 1.0


def targets(result: dict) -> list[str]:
    """Issue 7's crawl targets for the project's spider."""
    ours = result["crawlers"].get("ours")
    if not ours:
        return [f"- ours: not available ({result['not_available'].get('ours', 'not run')})"]
    lines = []
    ratio = result["ratios"].get("ours_vs_baseline_pages_per_s")
    if ratio is not None:
        lines.append(f"- pages/s {ratio:.2f}× the baseline's (target ≥ 1.3×): " + ("met" if ratio >= 1.3 else f"MISSED by {1.3 / ratio:.2f}×"))
    a_ratio = result["ratios"].get("ours_vs_baseline_articles_per_s")
    if a_ratio is not None:
        lines.append(f"- articles/s {a_ratio:.2f}× the baseline's (the baseline also fetches listing duplicates)")
    found, expected = ours.get("articles_found", 0), ours.get("articles_expected", 0)
    lines.append(f"- articles found {found}/{expected}: " + ("met" if found == expected else f"MISSED ({expected - found} missing)"))
    emitted = ours.get("listing_pages_emitted", 0)
    other = ours.get("other_non_articles_emitted", 0)
    lines.append(f"- listing pages emitted {emitted}, other non-articles {other}: " + ("met" if emitted == 0 else "MISSED"))
    per_k = ours.get("rss_growth_mb_per_1000_articles")
    if per_k is not None:
        flat = per_k < FLAT_MB_PER_1000
        lines.append(
            f"- RSS growth {ours['rss']['growth_mb']:+.1f} MB over the run = {per_k:+.2f} MB per 1,000 articles "
            f"(flat if < {FLAT_MB_PER_1000} MB/1,000; includes the state store): " + ("met" if flat else "MISSED")
            + ("" if expected >= 10_000 else " (start-up warm-up weighs on short runs: judge on 10,000 articles)")
        )
    return lines
