"""Limits shared by every crawler of a batch process: the machine's, and each host's.

Each portal has its own Crawler, so Scrapy's limits (``CONCURRENT_REQUESTS``, per-slot
concurrency and delays, AutoThrottle) are each portal's own. Two things need one view of the
whole process:

* **the machine**: ``PORTAL_BATCH_MAX_REQUESTS`` downloads in flight at most, all portals
  together (sockets, memory for bodies in transit); 0 turns the cap off;
* **a host shared by several portals** (schools of one platform on one server, a config whose
  ``allowed_hosts`` overlap another's): at most ``CONCURRENT_REQUESTS_PER_DOMAIN`` downloads in
  flight to that host from the whole process, as if one crawler fetched them all.

:class:`Gate` holds both. It is process-wide by nature (one per batch process, installed by the
batch runner before its first crawler starts) and a download handler reaches it through
:meth:`Gate.installed`; outside a batch none is installed and the handler is Scrapy's own.
:class:`GatedHTTPDownloadHandler` takes a place in the gate *after* the crawler's own slot let the
request go (per-portal delays are unchanged) and holds it only while the download is in flight.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

STATS_WAITED = "portal_crawler/batch/gate_waits"


class _Host:
    __slots__ = ("semaphore", "users")

    def __init__(self, limit: int):
        self.semaphore = asyncio.Semaphore(limit)
        self.users = 0


class Gate:
    """At most *max_requests* downloads in flight in the process (0: no cap) and at most
    *per_host* to any one host (0: no cap)."""

    _installed: ClassVar[Gate | None] = None

    def __init__(self, max_requests: int, per_host: int):
        self.max_requests = max(0, int(max_requests))
        self.per_host = max(0, int(per_host))
        self._total = asyncio.Semaphore(self.max_requests) if self.max_requests else None
        self._hosts: dict[str, _Host] = {}
        #: downloads in flight now, the most ever, and how many had to wait for a place
        self.in_flight = 0
        self.peak = 0
        self.waited = 0

    # --- the process-wide instance -------------------------------------------------------

    @classmethod
    def install(cls, gate: Gate | None) -> None:
        """Make *gate* the process's (None removes it)."""
        cls._installed = gate

    @classmethod
    def installed(cls) -> Gate | None:
        return cls._installed

    # --- places -------------------------------------------------------------------------

    def busy(self, host: str) -> bool:
        """Whether a download to *host* would have to wait now."""
        slot = self._hosts.get(host)
        host_full = slot is not None and self.per_host and slot.semaphore.locked()
        return bool(host_full or (self._total is not None and self._total.locked()))

    async def acquire(self, host: str) -> bool:
        """Take a place for a download to *host*: the host's first, then the process's (a request
        waiting for its host holds no place of the process). Returns whether it had to wait."""
        waited = self.busy(host)
        slot = None
        if self.per_host:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = _Host(self.per_host)
            slot.users += 1
            try:
                await slot.semaphore.acquire()
            except BaseException:
                self._leave(host, slot, acquired=False)
                raise
        if self._total is not None:
            try:
                await self._total.acquire()
            except BaseException:
                if slot is not None:
                    self._leave(host, slot, acquired=True)
                raise
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        self.waited += waited
        return waited

    def release(self, host: str) -> None:
        """Give back the place a finished download to *host* held."""
        self.in_flight -= 1
        if self._total is not None:
            self._total.release()
        slot = self._hosts.get(host)
        if slot is not None:
            self._leave(host, slot, acquired=True)

    def _leave(self, host: str, slot: _Host, acquired: bool) -> None:
        if acquired:
            slot.semaphore.release()
        slot.users -= 1
        if slot.users == 0:  # no one in flight or waiting: forget the host (bounded memory)
            self._hosts.pop(host, None)


class GatedHTTPDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler behind the process's :class:`Gate` (when one is installed)."""

    async def download_request(self, request: Request) -> Response:
        gate = Gate.installed()
        if gate is None:
            return await super().download_request(request)
        host = urlparse_cached(request).hostname or ""
        if await gate.acquire(host):
            stats: Any = getattr(self._crawler, "stats", None)
            if stats is not None:
                stats.inc_value(STATS_WAITED)
        try:
            return await super().download_request(request)
        finally:
            gate.release(host)
