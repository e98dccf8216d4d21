"""crawler.batch.gate: the process-wide limits every crawler of a batch shares."""

from __future__ import annotations

import asyncio

import pytest_twisted

from crawler.batch.gate import Gate
from tests.reactor import on_loop


async def _traffic(gate: Gate, hosts: list[str], hold: float = 0.01) -> dict[str, int]:
    """Download-shaped work through the gate; the most in flight at once, per host and in all."""
    now: dict[str, int] = {}
    peak: dict[str, int] = {}

    async def one(host: str) -> None:
        await gate.acquire(host)
        try:
            now[host] = now.get(host, 0) + 1
            now["*"] = now.get("*", 0) + 1
            for key in (host, "*"):
                peak[key] = max(peak.get(key, 0), now[key])
            await asyncio.sleep(hold)
        finally:
            now[host] -= 1
            now["*"] -= 1
            gate.release(host)

    await asyncio.gather(*(one(h) for h in hosts))
    return peak


@pytest_twisted.ensureDeferred
async def test_per_host_places_are_shared_by_every_crawler() -> None:
    gate = Gate(max_requests=0, per_host=2)
    peak = await on_loop(_traffic(gate, ["a"] * 10 + ["b"] * 10))
    assert peak["a"] == 2 and peak["b"] == 2 and peak["*"] == 4
    assert gate.in_flight == 0 and gate.waited > 0
    assert gate._hosts == {}, "hosts nobody waits for are forgotten"


@pytest_twisted.ensureDeferred
async def test_the_process_cap_holds_across_hosts() -> None:
    gate = Gate(max_requests=3, per_host=2)
    peak = await on_loop(_traffic(gate, [f"host-{n}" for n in range(12)]))
    assert peak["*"] == 3 and gate.peak == 3


@pytest_twisted.ensureDeferred
async def test_no_caps_no_waiting() -> None:
    gate = Gate(max_requests=0, per_host=0)
    peak = await on_loop(_traffic(gate, ["a"] * 8))
    assert peak["a"] == 8 and gate.waited == 0


@pytest_twisted.ensureDeferred
async def test_a_request_waiting_for_its_host_holds_no_place_of_the_process() -> None:
    """Host a's second request waits for a's place; it must not keep b from the process's
    only other place."""

    async def scenario() -> list[str]:
        gate = Gate(max_requests=2, per_host=1)
        order: list[str] = []
        await gate.acquire("a")
        waiting = asyncio.ensure_future(gate.acquire("a"))
        await asyncio.sleep(0)
        await asyncio.wait_for(gate.acquire("b"), timeout=1)
        order.append("b got a place")
        gate.release("a")
        await asyncio.wait_for(waiting, timeout=1)
        order.append("a's second got its place")
        return order

    assert await on_loop(scenario()) == ["b got a place", "a's second got its place"]


@pytest_twisted.ensureDeferred
async def test_a_cancelled_wait_gives_its_place_back() -> None:
    async def scenario() -> Gate:
        gate = Gate(max_requests=1, per_host=1)
        await gate.acquire("a")
        waiting = asyncio.ensure_future(gate.acquire("a"))
        await asyncio.sleep(0)
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        gate.release("a")
        await asyncio.wait_for(gate.acquire("a"), timeout=1)
        gate.release("a")
        return gate

    gate = await on_loop(scenario())
    assert gate.in_flight == 0 and gate._hosts == {}


def test_one_gate_per_process() -> None:
    gate = Gate(1, 1)
    Gate.install(gate)
    try:
        assert Gate.installed() is gate
    finally:
        Gate.install(None)
    assert Gate.installed() is None
