"""Batches on Scrapyd nodes: each portal always on the same node, outcomes read from the job logs.

``python -m crawler crawl --scrapyd http://node-a:6800,http://node-b:6800`` (with ``--all``,
``--urls FILE`` or names) streams the portal list, gives each portal to the node that
:func:`crawler.batch.portals.node_for` picks from its id (rendezvous hashing: the same node every
run, so the portal's state, lock and output stay there), and schedules each node's portals as
``batch`` jobs of the deployed egg, ``--batch-size`` portals a job (a job's portals travel as a
spider argument, which Scrapyd passes on a command line: a few hundred a job keeps it short).
Scrapyd runs up to ``max_proc`` jobs of a node at once: one per CPU uses the machine.

It then polls each node's ``listjobs.json``; when a job has left the queue and the running list
it reads the job's log (``/logs/<project>/batch/<job>.log``) and takes the ``batch result`` line
of each portal (crawler.batch.results). A portal whose job ended without its line (the job was
killed, its log rotated away: keep ``jobs_to_keep`` above the jobs a node gets per run) is
reported as not run; so is every portal of a node that could not be reached.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from crawler.batch.portals import PortalSpec, node_for, node_key
from crawler.batch.results import PortalResult, invalid, not_run, parse_results
from crawler.batch.workers import Problem
from crawler.exitcodes import ExitStatus

#: what the scheduler tells its caller: (what happened, details) such as ("scheduled", {...})
Notify = Callable[[str, dict[str, Any]], None]


class ScrapydError(Exception):
    """A node that could not be reached or refused a request; the message says which and why."""


@dataclass
class Node:
    """One Scrapyd (``http://host:6800``, credentials in the URL if it asks for them)."""

    url: str
    timeout: float = 30.0

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"Scrapyd URL {self.url!r}: write it like http://host:6800")
        self._auth = None
        if parts.username:
            pair = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            self._auth = "Basic " + base64.b64encode(pair.encode()).decode()
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        self.base = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))

    @property
    def name(self) -> str:
        return self.base

    def _open(self, path: str, data: dict[str, Any] | None = None) -> bytes:
        url = path if path.startswith(("http://", "https://")) else self.base + path
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, body)
        if self._auth:
            request.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                return answer.read()
        except urllib.error.HTTPError as exc:
            raise ScrapydError(f"{self.name}{path.split('?')[0]}: HTTP {exc.code}") from exc
        except (OSError, ValueError) as exc:
            raise ScrapydError(f"{self.name}: {getattr(exc, 'reason', exc)}") from exc

    def call(self, path: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        """A Scrapyd web service call; ScrapydError unless it answers status ok."""
        try:
            answer = json.loads(self._open(path, data))
        except json.JSONDecodeError as exc:
            raise ScrapydError(f"{self.name}{path}: not a Scrapyd answer") from exc
        if answer.get("status") != "ok":
            raise ScrapydError(f"{self.name}{path.split('?')[0]}: {answer.get('message') or answer}")
        return answer

    def schedule(self, project: str, spider: str, job: str, args: dict[str, str], settings: list[str]) -> None:
        self.call("/schedule.json", {"project": project, "spider": spider, "jobid": job, "setting": settings, **args})

    def jobs(self, project: str) -> dict[str, str]:
        """State ("pending", "running", "finished") of each job the node lists."""
        listed = self.call(f"/listjobs.json?project={urllib.parse.quote(project)}")
        return {job["id"]: state for state in ("pending", "running", "finished") for job in listed.get(state, [])}

    def log(self, project: str, spider: str, job: str) -> str | None:
        """The job's log, or None when the node has none (never written, or rotated away)."""
        try:
            return self._open(f"/logs/{project}/{spider}/{job}.log").decode("utf-8", "replace")
        except ScrapydError as exc:
            if "HTTP 404" in str(exc):
                return None
            raise


@dataclass
class Job:
    node: Node
    id: str
    portals: list[str]
    done: bool = False
    failures: int = 0


@dataclass
class ScrapydBatch:
    """Schedule a portal list on *nodes* and collect the outcome of every portal."""

    nodes: list[Node]
    project: str = "portal_crawler"
    batch_size: int = 500
    #: arguments every job gets (mode, since, config_dir)
    job_args: dict[str, str] = field(default_factory=dict)
    #: ``NAME=VALUE`` settings every job gets
    settings: list[str] = field(default_factory=list)
    poll_every: float = 2.0
    #: consecutive failed polls after which a node's unfinished jobs are given up
    patience: int = 30
    notify: Notify = lambda kind, data: None
    spider: str = "batch"
    jobs: list[Job] = field(default_factory=list)
    results: list[PortalResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        keys = [node_key(node.url) for node in self.nodes]
        if len(set(keys)) != len(keys):
            raise ValueError("a Scrapyd node is listed twice")
        self._by_key = {node_key(node.url): node for node in self.nodes}
        self._pending: dict[str, list[PortalSpec]] = {key: [] for key in keys}
        self._stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
        self._seen: set[tuple[str, str]] = set()

    # --- scheduling -------------------------------------------------------------------------

    def submit(self, specs: Iterable[PortalSpec]) -> None:
        """Stream *specs* out: each to its node, a job every ``batch_size`` portals of a node."""
        keys = list(self._by_key)
        for spec in specs:
            if (spec.id, spec.to_line()) in self._seen:
                continue
            self._seen.add((spec.id, spec.to_line()))
            if spec.error:
                self.results.append(invalid(spec.id, f"{spec.origin + ': ' if spec.origin else ''}{spec.error}"))
                continue
            key = node_key(node_for(spec.id, keys))
            self._pending[key].append(spec)
            if len(self._pending[key]) >= self.batch_size:
                self._schedule(key)
        for key in keys:
            if self._pending[key]:
                self._schedule(key)

    def _schedule(self, key: str) -> None:
        specs, self._pending[key] = self._pending[key], []
        node = self._by_key[key]
        job_id = f"batch-{self._stamp}-{len(self.jobs) + 1}"
        args = {
            **self.job_args,
            "urls": "\n".join(s.start_url for s in specs if not s.portal),
            "portals": "\n".join(s.portal for s in specs if s.portal),
        }
        args = {k: v for k, v in args.items() if v}
        ids = [s.id for s in specs]
        try:
            node.schedule(self.project, self.spider, job_id, args, self.settings)
        except ScrapydError as exc:
            where = f"node {node.name}"
            self.results += [not_run(portal, f"could not schedule its batch: {exc}", where) for portal in ids]
            self.notify("schedule_failed", {"node": node.name, "error": str(exc), "portals": len(ids)})
            return
        self.jobs.append(Job(node, job_id, ids))
        self.notify("scheduled", {"node": node.name, "job": job_id, "portals": len(ids)})

    # --- waiting ----------------------------------------------------------------------------

    def wait(self, sleep: Callable[[float], None] = time.sleep) -> list[PortalResult]:
        """Poll the nodes until every job has ended; every portal's result."""
        while any(not job.done for job in self.jobs):
            for node in self.nodes:
                mine = [job for job in self.jobs if job.node is node and not job.done]
                if not mine:
                    continue
                try:
                    states = node.jobs(self.project)
                except ScrapydError as exc:
                    for job in mine:
                        job.failures += 1
                        if job.failures >= self.patience:
                            self._give_up(job, f"node unreachable: {exc}")
                    continue
                for job in mine:
                    job.failures = 0
                    if states.get(job.id) in ("pending", "running"):
                        continue
                    self._collect(job)
            if any(not job.done for job in self.jobs):
                sleep(self.poll_every)
        return self.results

    def _give_up(self, job: Job, why: str) -> None:
        job.done = True
        where = f"node {job.node.name} job {job.id}"
        self.results += [not_run(portal, why, where) for portal in job.portals]
        self.problems.append(Problem(f"{where}: {why}", ExitStatus.FAILED))
        self.notify("job_lost", {"node": job.node.name, "job": job.id, "error": why})

    def _collect(self, job: Job) -> None:
        try:
            text = job.node.log(self.project, self.spider, job.id)
        except ScrapydError as exc:
            job.failures += 1
            if job.failures >= self.patience:
                self._give_up(job, f"its log could not be read: {exc}")
            return
        job.done = True
        where = f"node {job.node.name} job {job.id}"
        if text is None:
            self._give_up(job, "the job ended without a log (is Scrapyd's jobs_to_keep below the jobs it gets per run?)")
            return
        found, end = parse_results(text.splitlines())
        for result in found:
            result.where = where
        reported = {r.portal for r in found}
        self.results += found
        missing = [p for p in job.portals if p not in reported]
        if missing:
            why = "the batch stopped before this portal" if end else "the job ended without a result for this portal (killed?)"
            self.results += [not_run(portal, why, where) for portal in missing]
            if not end:
                self.problems.append(Problem(f"{where}: the job ended without finishing its batch; see its log", ExitStatus.FAILED))
        self.notify("finished", {"node": job.node.name, "job": job.id, "portals": len(job.portals), "results": len(found)})
