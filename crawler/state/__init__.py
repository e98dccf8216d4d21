"""Persistent crawl state (SQLite): which articles each portal already delivered."""

from __future__ import annotations

from crawler.state.lock import LockHolder, PortalBusy, PortalLock
from crawler.state.store import (
    ArticleState,
    PortalTotals,
    StateError,
    StateStore,
    StateUnusable,
    StateWriteError,
)

__all__ = [
    "ArticleState",
    "LockHolder",
    "PortalBusy",
    "PortalLock",
    "PortalTotals",
    "StateError",
    "StateStore",
    "StateUnusable",
    "StateWriteError",
]
