"""What earlier runs delivered, per portal: the memory that makes scheduled runs incremental.

Two-phase on purpose. While a run writes its feed, each record handed to the feed is *staged*
under the run id; only after the feed file has been renamed into place and its manifest written
does ``commit_run`` turn that run's staged rows into known articles, in one transaction. So:

* killed before the manifest existed -> the file never became visible to consumers, and
  ``recover`` discards the staged rows: those articles are fetched and emitted again;
* killed after the manifest, before the commit -> the file is delivered, and ``recover``
  commits the staged rows: those articles are not emitted again.

Either way every article ends up in exactly one file that has a manifest.

SQLite in WAL mode with ``synchronous=FULL`` (a committed run survives a power cut, not just a
kill), one connection per StateStore, a busy timeout so several processes (one per portal) can
share the file. Never share a StateStore across ``fork()``; open one per process.

Failures are sorted for the operator, because they call for different actions: a file that is not
a SQLite database or is corrupt raises :class:`StateUnusable` (never crawl as if there were no
state: every article would be delivered again); a disk that is full, read-only, failing or not
ours to write raises :class:`StateWriteError` (nothing is lost: what was not committed is fetched
again by the next run). Both name the file.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self


class StateError(Exception):
    """A problem with the state file at ``path``; the message is one line for the operator."""

    def __init__(self, path: Path | None, message: str):
        self.path = path
        super().__init__(message)


class StateUnusable(StateError):
    """The state file is not a SQLite database, or a corrupt one (a torn copy, a wrong file)."""

    def __init__(self, path: Path | None, message: str, advice: str = "move the file aside (or restore a backup) and run again"):
        super().__init__(path, message)
        #: what the operator should do, for the one line
        self.advice = advice


class StateWriteError(StateError):
    """The state could not be written: disk full, I/O error, read-only file system, no permission."""


#: SQLite result codes (primary, low byte) that mean the file is not a usable database
_UNUSABLE_CODES = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
#: ... and those that mean the disk refused the write
_WRITE_CODES = {"SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"}


def classify_error(path: Path | None, exc: sqlite3.Error) -> StateError | None:
    """The StateError a SQLite error amounts to, or None for other errors (busy, misuse)."""
    name = (getattr(exc, "sqlite_errorname", None) or "").split("_")
    primary = "_".join(name[:2])
    where = str(path) if path else ":memory:"
    if primary in _UNUSABLE_CODES:
        return StateUnusable(path, f"state file {where} is not a usable SQLite database ({exc})")
    if primary in _WRITE_CODES:
        return StateWriteError(path, f"could not write the state file {where}: {exc}")
    return None


#: Bump with a migration in StateStore._migrate when the tables change.
DB_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    portal        TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    url           TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    published_at  TEXT,
    etag          TEXT,
    last_modified TEXT,
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL,
    PRIMARY KEY (portal, canonical_url)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS aliases (
    portal        TEXT NOT NULL,
    url           TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    PRIMARY KEY (portal, url)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS staged (
    run_id        TEXT NOT NULL,
    portal        TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    url           TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    published_at  TEXT,
    etag          TEXT,
    last_modified TEXT,
    seen_at       TEXT NOT NULL,
    aliases       TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (run_id, portal, canonical_url)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS staged_by_portal ON staged (portal, run_id);
"""

#: articles' columns, in ArticleState's field order
_COLUMNS = (
    "portal", "canonical_url", "url", "content_hash", "published_at", "etag", "last_modified",
    "first_seen", "last_seen",
)
_ARTICLE_COLUMNS = ", ".join(_COLUMNS)


@dataclass(frozen=True, slots=True)
class ArticleState:
    """One committed article as the store remembers it (timestamps are UTC ``…Z`` strings)."""

    portal: str
    canonical_url: str
    url: str
    content_hash: str
    published_at: str | None
    etag: str | None
    last_modified: str | None
    first_seen: str
    last_seen: str


@dataclass(frozen=True, slots=True)
class PortalTotals:
    """What the store knows of one portal as a whole (timestamps are UTC ``…Z`` strings)."""

    portal: str
    articles: int
    newest_first_seen: str | None
    newest_last_seen: str | None


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class StateStore:
    """Per-portal article state in one SQLite file; see the module docstring for the protocol.

    URLs are compared as exact strings: canonicalise them the same way before every call.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        busy_timeout_s: float = 60.0,
        clock: Callable[[], datetime] = _utc_now,
    ):
        self.path = Path(path) if str(path) != ":memory:" else None
        #: called with the StateError of a failed write before it is raised (the run guard's
        #: hook: it stops the run at the first failure, whoever catches the exception)
        self.on_error: Callable[[StateError], None] | None = None
        self._clock = clock
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StateWriteError(self.path, f"could not write the state file {self.path}: {exc}") from exc
            if self.path.is_dir():
                raise StateUnusable(self.path, f"state file {self.path} is a directory")
        try:
            self._conn = sqlite3.connect(
                str(path), timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
            )
            self._conn.row_factory = sqlite3.Row
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            self._wal(busy_timeout_s)
            self._conn.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.Error as exc:
            self.close()
            raise (classify_error(self.path, exc) or exc) from exc
        except BaseException:
            self.close()
            raise

    # -- plumbing ---------------------------------------------------------------------------

    def _wal(self, patience_s: float) -> None:
        """Switch to WAL, waiting for other connections as the busy timeout would: SQLite answers
        a journal-mode change with "database is locked" at once, without its busy handler, when
        another process is creating or switching the same new file (workers of a batch starting
        together on a fresh state file)."""
        deadline = time.monotonic() + patience_s
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                busy = (getattr(exc, "sqlite_errorname", "") or "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
                if not busy or time.monotonic() >= deadline:
                    raise
                time.sleep(0.02)

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise sqlite3.ProgrammingError("StateStore is closed")
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken IMMEDIATE so two processes never deadlock upgrading.

        A SQLite error that means a full, failing or read-only disk (or a corrupt file) is raised
        as a StateError, after :attr:`on_error` has heard of it.
        """
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    with suppress(sqlite3.Error):  # SQLite may have rolled back itself
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                error = classify_error(self.path, exc)
                if error is None:
                    raise
                with suppress(sqlite3.Error):
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                if self.on_error is not None:
                    self.on_error(error)
                raise error from exc

    def verify(self) -> None:
        """Raise StateUnusable unless SQLite's quick check passes (a torn copy can open fine and
        fail only when a damaged page is read, mid-run). Reads every page once: milliseconds for
        a store of tens of thousands of articles."""
        with self._lock:
            try:
                rows = self.conn.execute("PRAGMA quick_check(1)").fetchall()
            except sqlite3.Error as exc:
                raise (classify_error(self.path, exc) or exc) from exc
        verdict = rows[0][0] if rows else "no answer"
        if verdict != "ok":
            raise StateUnusable(self.path, f"state file {self.path} is damaged (SQLite quick_check: {verdict})")

    def _migrate(self) -> None:
        with self._write() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > DB_VERSION:
                raise StateUnusable(
                    self.path,
                    f"{self.path}: state database version {version} is newer than this "
                    f"crawler's ({DB_VERSION})",
                    advice="upgrade portal-crawler",
                )
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {DB_VERSION}")

    def _now(self) -> str:
        return _stamp(self._clock())

    @staticmethod
    def _article(row: sqlite3.Row | None) -> ArticleState | None:
        return None if row is None else ArticleState(*row)

    # -- reading (committed rows only) -----------------------------------------------------

    def lookup(self, portal: str, canonical_url: str) -> ArticleState | None:
        """The committed article with this canonical URL, or None."""
        with self._lock:
            row = self.conn.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE portal = ? AND canonical_url = ?",
                (portal, canonical_url),
            ).fetchone()
        return self._article(row)

    def lookup_url(self, portal: str, url: str) -> ArticleState | None:
        """The committed article *url* leads to: an alias (any URL variant fetched before) or a
        canonical URL. None means the URL is unknown and worth fetching."""
        with self._lock:
            row = self.conn.execute(
                f"SELECT {', '.join('a.' + column for column in _COLUMNS)} "
                "FROM aliases AS al JOIN articles AS a "
                "ON a.portal = al.portal AND a.canonical_url = al.canonical_url "
                "WHERE al.portal = ? AND al.url = ?",
                (portal, url),
            ).fetchone()
        return self._article(row) or self.lookup(portal, url)

    def count(self, portal: str) -> int:
        """Number of committed articles of *portal*."""
        with self._lock:
            return self.conn.execute(
                "SELECT count(*) FROM articles WHERE portal = ?", (portal,)
            ).fetchone()[0]

    def known_urls(self, portal: str) -> set[str]:
        """Every committed canonical URL and alias of *portal* (for bulk checks in a spider)."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT canonical_url FROM articles WHERE portal = ? "
                "UNION SELECT url FROM aliases WHERE portal = ?",
                (portal, portal),
            ).fetchall()
        return {row[0] for row in rows}

    def portal_totals(self) -> dict[str, PortalTotals]:
        """Committed articles per portal, with the newest first_seen and last_seen: what the
        health report (``python -m crawler report``) needs to tell that a portal used to
        produce even when its old manifests were pruned. One grouped query, not one per portal."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT portal, count(*), max(first_seen), max(last_seen) FROM articles GROUP BY portal"
            ).fetchall()
        return {row[0]: PortalTotals(*row) for row in rows}

    def staged_runs(self, portal: str | None = None) -> list[str]:
        """Run ids with staged (uncommitted) rows, oldest first, optionally of one portal."""
        with self._lock:
            if portal is None:
                rows = self.conn.execute("SELECT DISTINCT run_id FROM staged ORDER BY run_id")
            else:
                rows = self.conn.execute(
                    "SELECT DISTINCT run_id FROM staged WHERE portal = ? ORDER BY run_id", (portal,)
                )
            return [row[0] for row in rows.fetchall()]

    # -- writing ----------------------------------------------------------------------------

    def stage(
        self,
        run_id: str,
        portal: str,
        canonical_url: str,
        url: str,
        content_hash: str,
        published_at: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        aliases: Iterable[str] = (),
    ) -> None:
        """Remember a record handed to run *run_id*'s feed; not known to lookups until commit.

        *url* (the fetched URL) and *aliases* (other URL variants that led to the article:
        redirects' sources, listing links) become aliases on commit. Staging the same
        canonical URL twice in one run keeps the latest values and the union of aliases.
        """
        with self._write() as conn:
            old = conn.execute(
                "SELECT aliases FROM staged WHERE run_id = ? AND portal = ? AND canonical_url = ?",
                (run_id, portal, canonical_url),
            ).fetchone()
            merged = set(json.loads(old[0])) if old else set()
            merged.update(aliases)
            merged.add(url)
            merged.discard(canonical_url)
            conn.execute(
                "INSERT OR REPLACE INTO staged (run_id, portal, canonical_url, url, content_hash, "
                "published_at, etag, last_modified, seen_at, aliases) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id, portal, canonical_url, url, content_hash, published_at, etag,
                    last_modified, self._now(), json.dumps(sorted(merged), ensure_ascii=False),
                ),
            )

    def commit_run(self, run_id: str) -> int:
        """Turn *run_id*'s staged rows into articles and aliases, in one transaction.

        Call it only after the run's feed is stored and its manifest written. Upsert: a known
        article keeps first_seen; url, content_hash, etag, last_modified and last_seen take the
        new values (published_at too, unless the new one is null). Returns rows committed.
        """
        with self._write() as conn:
            rows = conn.execute("SELECT * FROM staged WHERE run_id = ?", (run_id,)).fetchall()
            for row in rows:
                conn.execute(
                    f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (portal, canonical_url) DO UPDATE SET "
                    "url = excluded.url, content_hash = excluded.content_hash, "
                    "published_at = coalesce(excluded.published_at, articles.published_at), "
                    "etag = excluded.etag, last_modified = excluded.last_modified, "
                    "last_seen = excluded.last_seen",
                    (
                        row["portal"], row["canonical_url"], row["url"], row["content_hash"],
                        row["published_at"], row["etag"], row["last_modified"],
                        row["seen_at"], row["seen_at"],
                    ),
                )
                conn.executemany(
                    "INSERT INTO aliases (portal, url, canonical_url) VALUES (?, ?, ?) "
                    "ON CONFLICT (portal, url) DO UPDATE SET canonical_url = excluded.canonical_url",
                    [(row["portal"], alias, row["canonical_url"]) for alias in json.loads(row["aliases"])],
                )
            conn.execute("DELETE FROM staged WHERE run_id = ?", (run_id,))
        return len(rows)

    def discard_run(self, run_id: str) -> int:
        """Forget *run_id*'s staged rows (its feed never became visible); returns rows dropped."""
        with self._write() as conn:
            return conn.execute("DELETE FROM staged WHERE run_id = ?", (run_id,)).rowcount

    def recover(
        self, has_manifest: Callable[[str], bool], portal: str | None = None
    ) -> dict[str, int]:
        """Settle runs that died with staged rows; call at start-up, before staging anything.

        A run whose manifest exists finished writing and is committed; any other run is
        discarded. Pass *portal* when several portals' runs share this file concurrently, so
        one portal's start-up never discards another portal's run in progress. Returns
        ``{"committed_runs", "committed", "discarded_runs", "discarded"}`` (runs and rows).
        """
        result = {"committed_runs": 0, "committed": 0, "discarded_runs": 0, "discarded": 0}
        for run_id in self.staged_runs(portal):
            if has_manifest(run_id):
                result["committed"] += self.commit_run(run_id)
                result["committed_runs"] += 1
            else:
                result["discarded"] += self.discard_run(run_id)
                result["discarded_runs"] += 1
        return result

    def touch(
        self,
        portal: str,
        canonical_url: str,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> bool:
        """Record an unchanged re-fetch (a 304, or the same content_hash): last_seen now, and a
        new ETag/Last-Modified when the server sent one. Nothing is emitted, so this commits at
        once. Returns False when the article is not known."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE articles SET last_seen = ?, etag = coalesce(?, etag), "
                "last_modified = coalesce(?, last_modified) WHERE portal = ? AND canonical_url = ?",
                (self._now(), etag, last_modified, portal, canonical_url),
            )
            return cursor.rowcount > 0

    # -- lifetime ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent); the WAL is checkpointed by SQLite on last close."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"StateStore({str(self.path) if self.path else ':memory:'!r})"

    def __getstate__(self) -> Any:  # a connection must not be pickled into another process
        raise TypeError("StateStore cannot be pickled; open one per process")
