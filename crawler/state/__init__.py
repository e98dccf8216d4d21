"""Persistent crawl state (SQLite): which articles each portal already delivered."""

from __future__ import annotations

from crawler.state.store import ArticleState, PortalTotals, StateStore

__all__ = ["ArticleState", "PortalTotals", "StateStore"]
