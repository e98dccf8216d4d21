"""crawler.batch.scrapyd: portals to nodes, jobs of --batch-size, outcomes from the job logs, and
what happens when a node cannot be reached or a job dies (against fake nodes)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from crawler.batch.portals import node_for, parse_line
from crawler.batch.results import PortalResult, event_line
from crawler.batch.scrapyd import Node, ScrapydBatch, ScrapydError


class FakeNode(Node):
    """Runs every scheduled job at once, answering each portal as *outcome* says."""

    def __init__(self, url: str, outcome: str = "ok"):
        super().__init__(url)
        self.outcome = outcome
        self.scheduled: list[dict[str, Any]] = []
        self.logs: dict[str, str] = {}

    def schedule(self, project: str, spider: str, job: str, args: dict[str, str], settings: list[str]) -> None:
        if self.outcome == "down":
            raise ScrapydError(f"{self.name}: connection refused")
        self.scheduled.append({"job": job, **args, "settings": settings})
        portals = [parse_line(u).id for u in args.get("urls", "").split("\n") if u]  # type: ignore[union-attr]
        lines = [event_line("result", PortalResult(p, 0, "finished", {"new": 3}).__dict__) for p in portals]
        if self.outcome == "killed":
            lines = lines[:1]
        else:
            lines.append(event_line("end", {"portals": len(portals)}))
        self.logs[job] = "\n".join(lines)

    def jobs(self, project: str) -> dict[str, str]:
        if self.outcome == "unreachable":
            raise ScrapydError(f"{self.name}: timed out")
        return {job: "finished" for job in self.logs}

    def log(self, project: str, spider: str, job: str) -> str | None:
        return self.logs.get(job)


URLS = [f"http://school-{n}.example/" for n in range(10)]


def test_each_node_gets_its_portals_in_jobs_of_batch_size() -> None:
    nodes = [FakeNode("http://a:6800"), FakeNode("http://b:6800")]
    batch = ScrapydBatch(nodes, batch_size=3, job_args={"mode": "full"}, settings=["LOG_LEVEL=INFO"])  # type: ignore[arg-type]
    batch.submit(parse_line(u) for u in [*URLS, URLS[0], "ftp://x/"])  # type: ignore[misc]
    results = batch.wait(sleep=lambda _: None)
    assert Counter(r.status for r in results) == {"ok": 10, "INVALID": 1}
    assert batch.problems == []
    for node in nodes:
        sent = [u for job in node.scheduled for u in job["urls"].split("\n")]
        assert sent == [u for u in URLS if node_for(parse_line(u).id, ["http://a:6800", "http://b:6800"]) == node.url]  # type: ignore[union-attr]
        assert all(len(job["urls"].split("\n")) <= 3 and job["mode"] == "full" and job["settings"] == ["LOG_LEVEL=INFO"] for job in node.scheduled)
    assert all(r.where.startswith("node http://") for r in results if r.status == "ok")


def test_a_node_that_cannot_be_reached_fails_its_portals_only() -> None:
    nodes = [FakeNode("http://a:6800"), FakeNode("http://b:6800", "down")]
    batch = ScrapydBatch(nodes, batch_size=100)  # type: ignore[arg-type]
    batch.submit(parse_line(u) for u in URLS)  # type: ignore[misc]
    results = {r.portal: r for r in batch.wait(sleep=lambda _: None)}
    for url in URLS:
        portal = parse_line(url).id  # type: ignore[union-attr]
        on_b = node_for(portal, ["http://a:6800", "http://b:6800"]) == "http://b:6800"
        assert results[portal].status == ("NOT RUN" if on_b else "ok")
        if on_b:
            assert "could not schedule its batch: http://b:6800: connection refused" in (results[portal].failure or "")


def test_a_node_lost_while_waiting_and_a_job_that_died() -> None:
    lost = ScrapydBatch([FakeNode("http://a:6800", "unreachable")], batch_size=100, patience=3)  # type: ignore[list-item]
    lost.submit(parse_line(u) for u in URLS[:2])  # type: ignore[misc]
    results = lost.wait(sleep=lambda _: None)
    assert [r.status for r in results] == ["NOT RUN", "NOT RUN"] and "node unreachable" in (results[0].failure or "")
    assert len(lost.problems) == 1 and lost.problems[0].status == 1
    killed = ScrapydBatch([FakeNode("http://a:6800", "killed")], batch_size=100)  # type: ignore[list-item]
    killed.submit(parse_line(u) for u in URLS[:3])  # type: ignore[misc]
    results = killed.wait(sleep=lambda _: None)
    assert Counter(r.status for r in results) == {"ok": 1, "NOT RUN": 2}
    assert "ended without a result for this portal" in (results[-1].failure or "")


def test_node_urls() -> None:
    assert Node("http://user:secret@node-a:6800/").base == "http://node-a:6800"
    with pytest.raises(ValueError, match="http://host:6800"):
        Node("node-a:6800")
    with pytest.raises(ValueError, match="listed twice"):
        ScrapydBatch([Node("http://a:6800"), Node("http://A:6800/")])
