"""Running asyncio code in a test process whose reactor pytest-twisted runs (pyproject's
``--reactor=asyncio``: the in-process crawls of tests/e2e/harness.py need Scrapy's asyncio
reactor). The reactor already runs the event loop, so ``asyncio.run`` cannot start another: an
async test (``@pytest_twisted.ensureDeferred``) awaits ``on_loop(coro)`` instead."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from twisted.internet.defer import Deferred

T = TypeVar("T")


def on_loop(coro: Coroutine[Any, Any, T]) -> Deferred[T]:
    """The coroutine run as a task on the reactor's asyncio loop (Twisted's own coroutine driver
    cannot await asyncio futures), as a Deferred the test awaits."""
    return Deferred.fromFuture(asyncio.ensure_future(coro))
