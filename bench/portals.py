"""Many small portals, each on its own loopback host, crawled in batches with default politeness.

``python -m bench portals`` serves N synthetic portals (bench/synth_portal.py, 30 articles each
by default) on N loopback hosts 127.0.1.1, 127.0.1.2, … (one server process, bench.fast_server
``--hosts``), so politeness applies per host as it would on the real network, and runs what an
operator runs: ``python -m crawler crawl --urls FILE`` with the project's default settings. For
N = 1 (one portal alone), 40, 200 and 1,000 it reports:

* wall time, and its ratio to one portal alone (the issue's target: 40 portals in at most 3×);
* peak RSS of the whole process tree (the command and its batch workers: the sum of their
  VmRSS, sampled from /proc every 0.2 s), and CPU time (user + system of the tree, from wait4);
* CPU per page, pages (requests) and the longest reactor stall the workers saw;
* whether every portal has exactly one manifested file holding each of its articles once.

Then, to decide between one Crawler per portal and one spider holding a context per portal, what
a Crawler itself costs (``overhead``): 200 portals whose home page answers after 20 s, all alive
at once in one process, against one such portal; the difference per portal is the memory and
CPU that a context inside one spider could save at most. And (``links``) how long reading one
page holds up the reactor as its number of links grows, which sets PORTAL_BATCH_MAX_PAGE_LINKS
(crawler/batch/guard.py). ``--before`` adds the previous way, one ``scrapy crawl portal``
process per portal, two at a time, for N = 40.

Results: bench/results/portals.md and .json, and portals.png (time and RSS against N).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bench.fast_server import ServerProcess, loopback_host
from crawler.demo.server import Request, Response, html

ROOT = Path(__file__).resolve().parent.parent
SIZES = (40, 200, 1000)
ARTICLES = 30
SAMPLE_EVERY = 0.2
TOTAL = re.compile(r"^total: new=(\d+) updated=\d+ dropped=\d+ errors=(\d+) requests=(\d+) portals=(\d+) failed=(\d+) skipped=(\d+)$", re.M)
STALL = re.compile(r"longest reactor stall (\d+) ms \((\d+) over 100 ms\)")
LINK_COUNTS = (1_000, 5_000, 10_000, 20_000)


# --- a portal that only waits (what a Crawler costs) ----------------------------------------------


class WaitingSite:
    """robots.txt, and a home page without links that answers after *delay* seconds."""

    def __init__(self, delay: float = 20.0):
        self.delay = delay

    def respond(self, request: Request) -> Response | None:
        if request.path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if request.path == "/":
            return html("<html><head><title>Trường THCS</title></head><body><p>Đang cập nhật.</p></body></html>", delay=self.delay)
        return None


def waiting_site(delay: float = 20.0) -> WaitingSite:
    return WaitingSite(delay)


# --- measuring a process tree ---------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rpartition(")")[2].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss_kb(root: int) -> int:
    """VmRSS of *root* and all its descendants, in kB."""
    tree = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += tree.get(pid, [])
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


@dataclass
class TreeRun:
    returncode: int = 0
    wall_s: float = 0.0
    cpu_s: float = 0.0
    peak_rss_mb: float = 0.0
    stdout: str = ""
    samples: list[tuple[float, float]] = field(default_factory=list)


def run_tree(cmd: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None) -> TreeRun:
    """Run *cmd*; sample the RSS of its whole tree; CPU of the tree from wait4 (a process's
    rusage includes the children it waited for)."""
    run = TreeRun()
    out = cwd / "stdout.txt"
    stop = threading.Event()
    with open(out, "wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT, env=env or _env())

        def sample() -> None:
            while not stop.is_set():
                rss = tree_rss_kb(proc.pid) / 1024
                run.samples.append((time.perf_counter() - t0, rss))
                run.peak_rss_mb = max(run.peak_rss_mb, rss)
                stop.wait(SAMPLE_EVERY)

        sampler = threading.Thread(target=sample, daemon=True)
        timer = threading.Timer(timeout, proc.terminate)
        sampler.start()
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            stop.set()
            sampler.join()
        run.wall_s = time.perf_counter() - t0
        proc.returncode = run.returncode = os.waitstatus_to_exitcode(status)
        run.cpu_s = usage.ru_utime + usage.ru_stime
    run.stdout = out.read_text(encoding="utf-8", errors="replace")
    return run


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


# --- checking what came out -----------------------------------------------------------------------


def check_outputs(out: Path, hosts: list[str], articles: int) -> dict:
    """Per portal: exactly one manifested file, holding each of its *articles* once."""
    good, problems = 0, []
    for host in hosts:
        manifests = sorted((out / host).glob("*/*/*.manifest.json"))
        if len(manifests) != 1:
            problems.append(f"{host}: {len(manifests)} manifested files")
            continue
        manifest = json.loads(manifests[0].read_text(encoding="utf-8"))
        feed = manifests[0].with_name(manifest["file"])
        urls = [json.loads(line)["canonical_url"] for line in feed.read_text(encoding="utf-8").splitlines() if line.strip()]
        if len(urls) != articles or len(set(urls)) != articles:
            problems.append(f"{host}: {len(urls)} records, {len(set(urls))} distinct, want {articles}")
            continue
        good += 1
    return {"portals_checked": len(hosts), "portals_good": good, "problems": problems[:20]}


# --- the runs -------------------------------------------------------------------------------------


def batch_run(server: ServerProcess, n: int, workdir: Path, articles: int, extra: list[str] | None = None, label: str = "") -> dict:
    """``python -m crawler crawl --urls FILE`` over hosts 0..n-1, default settings."""
    cwd = workdir / f"n{n}{label}"
    cwd.mkdir(parents=True, exist_ok=True)
    listing = cwd / "urls.txt"
    listing.write_text("".join(server.url_of(i) + "\n" for i in range(n)), encoding="utf-8")
    cmd = [sys.executable, "-m", "crawler", "crawl", "--urls", str(listing), "--output-dir", str(cwd / "out"),
           "-s", f"STATE_PATH={cwd / 'state.sqlite3'}", "--progress", "plain", *(extra or [])]  # fmt: skip
    run = run_tree(cmd, cwd, timeout=max(600.0, n * 3.0))
    row = _figures(run, n)
    row.update({"label": label or "batch", "command": " ".join(cmd[1:]), "extra": extra or []})
    row.update(check_outputs(cwd / "out", [loopback_host(i) for i in range(n)], articles))
    stalls = [(int(a), int(b)) for a, b in STALL.findall(run.stdout)]
    row["reactor_stall_max_ms"] = max((a for a, _ in stalls), default=None)
    row["reactor_stalls_over_100ms"] = sum(b for _, b in stalls)
    return row


def _figures(run: TreeRun, n: int) -> dict:
    total = TOTAL.search(run.stdout)
    new, errors, requests, portals, failed, skipped = (int(x) for x in total.groups()) if total else (0, 0, 0, 0, 0, 0)
    return {
        "portals": n, "returncode": run.returncode, "wall_s": round(run.wall_s, 1), "cpu_s": round(run.cpu_s, 1),
        "peak_rss_mb": round(run.peak_rss_mb), "requests": requests, "articles_new": new, "failed_pages": errors,
        "portals_reported": portals, "portals_failed": failed, "portals_skipped": skipped,
        "cpu_ms_per_page": round(1000 * run.cpu_s / requests, 1) if requests else None,
        "tail": run.stdout.strip().splitlines()[-3:] if run.returncode else [],
    }  # fmt: skip


def before_run(server: ServerProcess, n: int, workdir: Path, articles: int, jobs: int = 2) -> dict:
    """The previous ``crawl``: one ``scrapy crawl portal`` process per portal, *jobs* at a time."""
    cwd = workdir / f"before-n{n}"
    cwd.mkdir(parents=True, exist_ok=True)
    me = os.getpid()
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], (tree_rss_kb(me) - _self_rss_kb()) / 1024)
            stop.wait(SAMPLE_EVERY)

    def one(i: int) -> int:
        cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={server.url_of(i)}",
               "-s", f"PORTAL_OUTPUT_DIR={cwd / 'out'}", "-s", f"STATE_PATH={cwd / 'state.sqlite3'}"]  # fmt: skip
        env = {**_env(), "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
        return subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env).returncode

    before = os.times()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        codes = list(pool.map(one, range(n)))
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    row = {"label": f"before: a process per portal, {jobs} at a time", "portals": n, "returncode": max(codes),
           "wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_rss_mb": round(peak[0])}  # fmt: skip
    row.update(check_outputs(cwd / "out", [loopback_host(i) for i in range(n)], articles))
    return row


def _self_rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))


def overhead(workdir: Path, alive: int = 200, delay: float = 20.0) -> dict:
    """What a Crawler costs: *alive* waiting portals at once in one batch process, against one."""
    rows = {}
    with ServerProcess("fast", site="bench.portals:waiting_site", kwargs={"delay": delay}, hosts=alive) as server:
        for n in (1, alive):
            cwd = workdir / f"overhead-{n}"
            cwd.mkdir(parents=True, exist_ok=True)
            listing = cwd / "urls.txt"
            listing.write_text("".join(server.url_of(i) + "\n" for i in range(n)), encoding="utf-8")
            cmd = [sys.executable, "-m", "scrapy", "crawl", "batch", "-a", f"urls_file={listing}",
                   "-s", f"PORTAL_BATCH_CONCURRENCY={alive}", "-s", f"PORTAL_BATCH_MAX_REQUESTS={4 * alive}",
                   "-s", f"PORTAL_OUTPUT_DIR={cwd / 'out'}", "-s", f"STATE_PATH={cwd / 'state.sqlite3'}", "-s", "LOG_LEVEL=WARNING"]  # fmt: skip
            run = run_tree(cmd, cwd, timeout=600, env={**_env(), "SCRAPY_SETTINGS_MODULE": "crawler.settings"})
            rows[n] = {"portals": n, "returncode": run.returncode, "wall_s": round(run.wall_s, 1), "cpu_s": round(run.cpu_s, 2),
                       "peak_rss_mb": round(run.peak_rss_mb, 1)}  # fmt: skip
    one, many = rows[1], rows[alive]
    return {
        "alive": alive, "home_delay_s": delay, "runs": list(rows.values()),
        "rss_mb_per_crawler": round((many["peak_rss_mb"] - one["peak_rss_mb"]) / (alive - 1), 2),
        "cpu_ms_per_crawler": round(1000 * (many["cpu_s"] - one["cpu_s"]) / (alive - 1), 1),
    }


def links_table(counts: tuple[int, ...] = LINK_COUNTS) -> list[dict]:
    """How long one page holds the reactor (parse + plan, and links alone) by number of links."""
    from bench.synth_portal import article_path, build_site
    from crawler.extract.document import parse
    from crawler.navigation.links import extract_links
    from crawler.plan import PageHints, plan_page

    base = build_site(30).respond(Request("GET", article_path(5), "", {}))
    assert base is not None
    page_html = base.payload().decode("utf-8")
    url = "http://127.0.1.1/-/view_content/5-x"
    rows = []
    for n in counts:
        items = "".join(f'<li><a href="/-/view_content/{i}-tin-{i}">Tin số {i} về hoạt động của trường</a></li>' for i in range(n))
        body = page_html.replace('<p style="text-align:justify">', f"<ul>{items}</ul><p style=\"text-align:justify\">", 1).encode()
        t0 = time.perf_counter()
        plan_page(parse(body, url, "text/html; charset=utf-8"), PageHints())
        t1 = time.perf_counter()
        extract_links(parse(body, url, "text/html; charset=utf-8", check_legacy=False).tree, url)
        t2 = time.perf_counter()
        rows.append({"links": n, "bytes": len(body), "page_s": round(t1 - t0, 2), "links_only_s": round(t2 - t1, 2)})
    return rows


# --- the whole benchmark --------------------------------------------------------------------------


def run(sizes: tuple[int, ...] = SIZES, articles: int = ARTICLES, before: bool = False, with_overhead: bool = True,
        with_links: bool = True, keep: bool = False, log=print) -> dict:  # fmt: skip
    workdir = Path(tempfile.mkdtemp(prefix="bench-portals-"))
    result: dict = {"articles_per_portal": articles, "sizes": list(sizes), "workdir": str(workdir), "runs": []}
    try:
        with ServerProcess("fast", kwargs={"n_articles": articles}, hosts=max(sizes)) as server:
            alone = batch_run(server, 1, workdir, articles, label="-alone")
            alone["label"] = "one portal alone"
            result["alone"] = alone
            log(f"  alone: {alone['wall_s']} s, {alone['peak_rss_mb']} MB, {alone['requests']} requests")
            for n in sizes:
                row = batch_run(server, n, workdir, articles)
                row["x_alone"] = round(row["wall_s"] / alone["wall_s"], 2) if alone["wall_s"] else None
                result["runs"].append(row)
                log(f"  {n:>5} portals: {row['wall_s']} s ({row['x_alone']}× alone), CPU {row['cpu_s']} s, "
                    f"{row['cpu_ms_per_page']} ms/page, peak RSS {row['peak_rss_mb']} MB, "
                    f"{row['portals_good']}/{n} portals complete, stall max {row['reactor_stall_max_ms']} ms")  # fmt: skip
            if 40 in sizes:
                one = batch_run(server, 40, workdir, articles, ["--processes", "1"], label="-one-process")
                one["label"] = "one batch process"
                one["x_alone"] = round(one["wall_s"] / alone["wall_s"], 2) if alone["wall_s"] else None
                result["one_process_40"] = one
                log(f"     40 portals, one process: {one['wall_s']} s ({one['x_alone']}×), peak RSS {one['peak_rss_mb']} MB")
            if before:
                old = before_run(server, 40, workdir, articles)
                old["x_alone"] = round(old["wall_s"] / alone["wall_s"], 2) if alone["wall_s"] else None
                result["before_40"] = old
                log(f"     40 portals, a process per portal (before): {old['wall_s']} s ({old['x_alone']}×)")
        if with_overhead:
            result["overhead"] = overhead(workdir)
            o = result["overhead"]
            log(f"  a Crawler costs {o['rss_mb_per_crawler']} MB and {o['cpu_ms_per_crawler']} ms CPU ({o['alive']} alive at once)")
        if with_links:
            result["links"] = links_table()
            for row in result["links"]:
                log(f"  {row['links']:>6} links: page {row['page_s']} s, links only {row['links_only_s']} s")
    finally:
        if not keep:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)
    return result


def markdown(result: dict) -> str:
    alone = result["alone"]
    rows = [result["alone"], *result["runs"]]
    extra = [result[k] for k in ("one_process_40", "before_40") if k in result]
    lines = [
        "| run | portals | wall s | × alone | CPU s | CPU ms/page | requests | peak RSS (tree) | complete portals | longest stall |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for row in [*rows, *extra]:
        stall = row.get("reactor_stall_max_ms")
        lines.append(
            f"| {row.get('label', 'batch')} | {row['portals']} | {row['wall_s']} | {row.get('x_alone', 1.0) or '–'} | {row['cpu_s']} | "
            f"{row.get('cpu_ms_per_page') or '–'} | {row.get('requests', '–')} | {row['peak_rss_mb']} MB | "
            f"{row['portals_good']}/{row['portals_checked']} | {f'{stall} ms' if stall is not None else '–'} |"
        )
    out = ["\n".join(lines), ""]
    forty = next((r for r in result["runs"] if r["portals"] == 40), None)
    if forty and alone["wall_s"]:
        ok = forty["wall_s"] <= 3 * alone["wall_s"] and forty["portals_good"] == 40
        out.append(f"Target (issue 16): 40 portals × {result['articles_per_portal']} articles on 40 hosts in ≤ 3× one portal alone, "
                   f"every article once, a manifested file per portal: **{'met' if ok else 'NOT met'}** "
                   f"({forty['wall_s']} s against {alone['wall_s']} s alone, {forty['x_alone']}×; "
                   f"{forty['portals_good']}/40 portals complete).\n")  # fmt: skip
    thousand = next((r for r in result["runs"] if r["portals"] == 1000), None)
    if thousand:
        out.append(f"Target: RSS under 1 GB for 1,000 portals in one batch: **{'met' if thousand['peak_rss_mb'] < 1024 else 'NOT met'}** "
                   f"({thousand['peak_rss_mb']} MB, the whole process tree).\n")  # fmt: skip
    if "overhead" in result:
        o = result["overhead"]
        out += [
            "## What a Crawler costs\n",
            f"{o['alive']} portals whose home page answers after {o['home_delay_s']} s, all alive at once in one batch process, "
            "against one such portal: the difference per portal is what one spider holding a context per portal could save "
            "at most.\n",
            "| portals alive | wall s | CPU s | peak RSS |", "|--:|--:|--:|--:|",
            *(f"| {r['portals']} | {r['wall_s']} | {r['cpu_s']} | {r['peak_rss_mb']} MB |" for r in o["runs"]),
            "",
            f"Per Crawler: **{o['rss_mb_per_crawler']} MB** and **{o['cpu_ms_per_crawler']} ms of CPU** (start, robots.txt, "
            "a home page, two discovery probes, close, manifest, state).\n",
        ]  # fmt: skip
    if "links" in result:
        out += [
            "## How long one page holds up the reactor\n",
            "A synthetic article page with N more links, read in this process: `parse` + `plan_page` (what the spider does "
            "with a page up to PORTAL_MAX_ARTICLE_BYTES) and `extract_links` alone (bigger pages). Every portal of the "
            "batch process waits meanwhile; PORTAL_BATCH_MAX_PAGE_LINKS (default 3,000) cuts pages with more.\n",
            "| links | bytes | parse + plan s | links only s |", "|--:|--:|--:|--:|",
            *(f"| {r['links']:,} | {r['bytes']:,} | {r['page_s']} | {r['links_only_s']} |" for r in result["links"]),
            "",
        ]  # fmt: skip
    return "\n".join(out)


def plot(result: dict, results_dir: Path) -> Path:
    """portals.png: wall time (with the CPU bound and the 3× target) and peak RSS against N."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = [result["alone"], *result["runs"]]
    n = [r["portals"] for r in runs]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4), dpi=120)
    left.plot(n, [r["wall_s"] for r in runs], marker="o", color="tab:red", label="batch (crawl --urls)")
    cores = (result.get("machine") or {}).get("nproc") or os.cpu_count() or 1
    left.plot(n, [r["cpu_s"] / cores for r in runs], linestyle=":", color="tab:red", label=f"CPU time / {cores} cores")
    if "before_40" in result:
        left.scatter([40], [result["before_40"]["wall_s"]], marker="x", color="black", zorder=3, label="before: a process per portal")
    alone = result["alone"]["wall_s"]
    left.axhline(3 * alone, color="grey", linestyle="--", linewidth=1, label="3× one portal alone")
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xlabel("portals (each on its own loopback host)")
    left.set_ylabel("wall time (s)")
    left.legend(fontsize=8)
    right.plot(n, [r["peak_rss_mb"] for r in runs], marker="o", color="tab:blue")
    right.axhline(1024, color="grey", linestyle="--", linewidth=1, label="1 GB")
    right.set_xscale("log")
    right.set_ylim(bottom=0)
    right.set_xlabel("portals")
    right.set_ylabel("peak RSS of the process tree (MB)")
    right.legend(fontsize=8)
    fig.suptitle(f"{result['articles_per_portal']} articles per portal, default politeness", fontsize=10)
    fig.tight_layout()
    path = results_dir / "portals.png"
    fig.savefig(path)
    plt.close(fig)
    return path
