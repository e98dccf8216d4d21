"""A batch on this machine: one ``scrapy crawl batch`` process per CPU, each taking its shard.

One process runs on one core (Python's GIL): a batch of small polite portals is CPU-bound once
a few dozen are crawled at once (the pages are read in the reactor thread), so ``crawl`` runs one
worker process per usable CPU. Each worker reads the whole portal list itself and keeps the
portals of its shard (stable hash of the portal id modulo the number of workers), so the list is
streamed by every worker and never passed around; portals with the same id always meet in the
same worker, which runs them one after the other.

The workers report through their log (stderr): this module reads the event lines
(crawler.batch.results) as they come and hands them to a callback, keeping the last lines of each
log for the case where a worker dies: then every portal it had started and not finished is
reported as not run, with the exit status and the end of its log.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crawler.batch.results import PortalResult, not_run, parse_event
from crawler.exitcodes import ExitStatus, from_returncode

#: what a worker's event callback receives: (kind, data) of each event line
EventCallback = Callable[[str, dict[str, Any]], None]


@dataclass
class Worker:
    index: int
    command: list[str]
    returncode: int | None = None
    started: dict[str, bool] = field(default_factory=dict)  # portals started and not yet finished
    results: list[PortalResult] = field(default_factory=list)
    end: dict[str, Any] | None = None
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=30))

    @property
    def name(self) -> str:
        return f"worker {self.index}"


def worker_command(index: int, count: int, args: dict[str, str], settings: list[str], concurrency: int) -> list[str]:
    """The ``scrapy crawl batch`` command of worker *index* of *count*."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", "batch"]
    for key, value in {**args, "shard": f"{index}/{count}"}.items():
        cmd += ["-a", f"{key}={value}"]
    for setting in settings:
        cmd += ["-s", setting]
    return [*cmd, "-s", f"PORTAL_BATCH_CONCURRENCY={concurrency}"]


def _follow(worker: Worker, proc: subprocess.Popen[str], on_event: EventCallback, lock: threading.Lock) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        worker.tail.append(line.rstrip())
        event = parse_event(line)
        if event is None:
            continue
        kind, data = event
        with lock:
            if kind == "started":
                worker.started[str(data.get("portal"))] = True
            elif kind == "result":
                result = PortalResult.from_dict(data)
                result.where = result.where or worker.name
                worker.started.pop(result.portal, None)
                worker.results.append(result)
            elif kind == "end":
                worker.end = data
            on_event(kind, data)


@dataclass(frozen=True)
class Problem:
    """A batch process (worker or Scrapyd job) that failed as a whole: one line, and the exit
    status it contributes."""

    line: str
    status: ExitStatus


def run_workers(count: int, args: dict[str, str], settings: list[str], concurrency: int, on_event: EventCallback) -> tuple[list[PortalResult], list[Problem]]:
    """Run *count* workers to the end; their results, and the workers that failed as a whole
    (died, refused to start: a broken state file, a usage error)."""
    lock = threading.Lock()
    workers = [Worker(i, worker_command(i, count, args, settings, concurrency)) for i in range(count)]
    procs: list[tuple[Worker, subprocess.Popen[str], threading.Thread]] = []
    # the project's settings wherever the command runs from (no scrapy.cfg needed in the cwd)
    env = {"SCRAPY_SETTINGS_MODULE": "crawler.settings", **os.environ, "PYTHONUNBUFFERED": "1"}
    for worker in workers:
        proc = subprocess.Popen(worker.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                encoding="utf-8", errors="replace", env=env)  # fmt: skip
        reader = threading.Thread(target=_follow, args=(worker, proc, on_event, lock), daemon=True)
        reader.start()
        procs.append((worker, proc, reader))
    def forward(signum: int, _: Any) -> None:
        """SIGTERM to this command (cron's timeout, systemd): the workers stop as a batch does
        (running portals close, the rest is listed as not run) and the summary is printed."""
        for _worker, proc, _reader in procs:
            if proc.poll() is None:
                proc.send_signal(signum)

    previous = signal.signal(signal.SIGTERM, forward)
    try:
        for worker, proc, reader in procs:
            worker.returncode = proc.wait()
            reader.join()
    except KeyboardInterrupt:  # Ctrl-C reached the workers too (same process group): let them close
        for worker, proc, reader in procs:
            worker.returncode = proc.wait()
            reader.join()
    finally:
        signal.signal(signal.SIGTERM, previous)
    results: list[PortalResult] = []
    problems: list[Problem] = []
    for worker in workers:
        results += worker.results
        if worker.end is None:
            status = from_returncode(worker.returncode)
            if status == ExitStatus.USAGE:
                problems.append(Problem(_last_error(worker), status))
                continue
            problems.append(Problem(f"{worker.name} died (exit status {worker.returncode}) before the end of its share; "
                                    "its log ended:\n  " + "\n  ".join(list(worker.tail)[-5:]), ExitStatus.FAILED))  # fmt: skip
            for portal in worker.started:
                results.append(not_run(portal, f"its batch worker died (exit status {worker.returncode})", worker.name))
    return results, problems


def _last_error(worker: Worker) -> str:
    for line in reversed(worker.tail):
        if "ERROR" in line or "error:" in line:
            return line.split("] ERROR: ", 1)[-1]
    return worker.tail[-1] if worker.tail else "no output"
