"""StateStore: staging, commit/discard, recovery after a kill, aliases, reopening."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawler.state import ArticleState, StateStore, StateUnusable

PYTHON = sys.executable  # the interpreter running the suite, wherever the clone lives
P = "haugiang"
A = "http://127.0.0.1/tin-tuc/khai-giang-123.html"
H1 = "1" * 64
H2 = "2" * 64


class Clock:
    """A controllable UTC clock, one minute per tick."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self) -> None:
        self.now += timedelta(minutes=1)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[StateStore]:
    with StateStore(tmp_path / "state" / "crawl.sqlite3", clock=clock) as s:
        yield s


def test_creates_parent_dirs_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "state.sqlite3"
    with StateStore(path) as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert path.is_file()


def test_staged_rows_are_invisible_until_commit(store: StateStore) -> None:
    store.stage("run1", P, A, A + "?utm=x", H1, published_at="2026-11-20", etag='"e1"')
    assert store.lookup(P, A) is None
    assert store.lookup_url(P, A + "?utm=x") is None
    assert store.count(P) == 0
    assert store.staged_runs() == ["run1"]

    assert store.commit_run("run1") == 1
    state = store.lookup(P, A)
    assert state == ArticleState(
        portal=P, canonical_url=A, url=A + "?utm=x", content_hash=H1, published_at="2026-11-20",
        etag='"e1"', last_modified=None, first_seen="2026-11-25T12:00:00Z",
        last_seen="2026-11-25T12:00:00Z",
    )
    assert store.count(P) == 1
    assert store.staged_runs() == []
    assert store.commit_run("run1") == 0  # idempotent


def test_discard_forgets_the_run(store: StateStore) -> None:
    store.stage("run1", P, A, A, H1)
    store.stage("run1", P, A + "2", A + "2", H1)
    assert store.discard_run("run1") == 2
    assert store.commit_run("run1") == 0
    assert store.lookup(P, A) is None and store.count(P) == 0


def test_aliases_lead_to_the_article(store: StateStore) -> None:
    old = "http://127.0.0.1/index.php?option=com_content&id=123"
    store.stage("run1", P, A, "http://127.0.0.1/tin-tuc/123", H1, aliases=[old])
    store.stage("run1", P, A, "http://127.0.0.1/tin-tuc/123", H1, aliases=["http://127.0.0.1/?p=123"])
    store.commit_run("run1")
    for url in (A, old, "http://127.0.0.1/tin-tuc/123", "http://127.0.0.1/?p=123"):
        found = store.lookup_url(P, url)
        assert found is not None and found.canonical_url == A, url
    assert store.lookup_url(P, "http://127.0.0.1/tin-tuc/999") is None
    assert store.lookup_url("other-portal", old) is None
    assert store.known_urls(P) == {A, old, "http://127.0.0.1/tin-tuc/123", "http://127.0.0.1/?p=123"}
    assert store.known_urls("other-portal") == set()


def test_upsert_keeps_first_seen(store: StateStore, clock: Clock) -> None:
    store.stage("run1", P, A, A, H1, published_at="2026-11-20", etag='"e1"', last_modified="x")
    store.commit_run("run1")
    clock.tick()
    store.stage("run2", P, A, A, H2, published_at=None, etag=None)
    store.commit_run("run2")
    state = store.lookup(P, A)
    assert state is not None
    assert state.content_hash == H2
    assert state.first_seen == "2026-11-25T12:00:00Z"
    assert state.last_seen == "2026-11-25T12:01:00Z"
    assert state.published_at == "2026-11-20"  # a null date does not erase a known one
    assert state.etag is None and state.last_modified is None  # validators of the old content
    assert store.count(P) == 1


def test_touch(store: StateStore, clock: Clock) -> None:
    assert store.touch(P, A) is False
    store.stage("run1", P, A, A, H1, etag='"e1"', last_modified="Mon, 23 Nov 2026 10:00:00 GMT")
    store.commit_run("run1")
    clock.tick()
    assert store.touch(P, A) is True
    state = store.lookup(P, A)
    assert state is not None and state.last_seen == "2026-11-25T12:01:00Z"
    assert state.etag == '"e1"'  # a 304 without validators keeps the old ones
    assert store.touch(P, A, etag='"e2"') is True
    assert store.lookup(P, A).etag == '"e2"'  # type: ignore[union-attr]


def test_recover_commits_runs_with_manifest_and_discards_the_rest(store: StateStore) -> None:
    store.stage("finished-uncommitted", P, A, A, H1)
    store.stage("killed", P, A + "/b", A + "/b", H1)
    store.stage("killed", P, A + "/c", A + "/c", H1)
    store.stage("other-portal-run", "soGD", A, A, H1)

    result = store.recover(lambda run_id: run_id == "finished-uncommitted", portal=P)
    assert result == {"committed_runs": 1, "committed": 1, "discarded_runs": 1, "discarded": 2}
    assert store.lookup(P, A) is not None
    assert store.lookup(P, A + "/b") is None
    assert store.staged_runs() == ["other-portal-run"]  # another portal's run is left alone

    assert store.recover(lambda run_id: False) == {
        "committed_runs": 0, "committed": 0, "discarded_runs": 1, "discarded": 1,
    }
    assert store.staged_runs() == []


def test_two_stores_on_one_file_one_after_the_other(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    first = StateStore(path)
    first.stage("run1", P, A, A, H1, aliases=["http://127.0.0.1/alias"])
    first.stage("run2", P, A + "/x", A + "/x", H1)
    first.commit_run("run1")
    first.close()
    first.close()  # idempotent
    with pytest.raises(sqlite3.ProgrammingError):
        first.lookup(P, A)

    with StateStore(path) as second:
        assert second.lookup_url(P, "http://127.0.0.1/alias") is not None
        assert second.staged_runs() == ["run2"]  # staged rows survive a restart
        assert second.recover(lambda run_id: True)["committed"] == 1
        assert second.count(P) == 2


def test_staged_rows_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    script = textwrap.dedent(f"""
        import os, signal
        from crawler.state import StateStore
        s = StateStore({str(path)!r})
        s.stage("committed-run", {P!r}, "http://x/1", "http://x/1", {H1!r})
        s.commit_run("committed-run")
        s.stage("killed-run", {P!r}, "http://x/2", "http://x/2", {H1!r})
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([PYTHON, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr
    with StateStore(path) as s:
        assert s.lookup(P, "http://x/1") is not None
        assert s.staged_runs() == ["killed-run"]
        assert s.recover(lambda run_id: False)["discarded"] == 1
        assert s.lookup(P, "http://x/2") is None


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    StateStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StateUnusable, match="newer"):
        StateStore(path)
