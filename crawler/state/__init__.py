"""Persistent crawl state (SQLite): which articles each portal already delivered."""

from __future__ import annotations

from crawler.state.store import ArticleState, StateStore

__all__ = ["ArticleState", "StateStore"]
