"""crawler.state.lock (one run per portal) and the state store's refusal of a broken file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from crawler.state import PortalBusy, PortalLock, StateStore, StateUnusable
from crawler.state.lock import lock_path


def test_lock_is_per_portal_and_says_who_holds_it(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite3"
    assert lock_path(state, "127.0.0.1:8080") == tmp_path / "state.sqlite3.locks" / "127.0.0.1_8080.lock"
    first = PortalLock(state, "demo")
    assert first.acquire() is None
    with pytest.raises(PortalBusy) as busy:  # a second open file description conflicts, even in one process
        PortalLock(state, "demo").acquire()
    assert busy.value.holder is not None and busy.value.holder.pid == os.getpid()
    assert f"portal demo is already being crawled by pid {os.getpid()} since " in str(busy.value)
    with PortalLock(state, "other"):  # another portal on the same state file is free
        pass
    first.release()
    assert first.path.read_text() == ""  # a clean release leaves no holder behind
    again = PortalLock(state, "demo")
    assert again.acquire() is None  # nothing to take over
    again.release()


def test_a_dead_holder_is_taken_over(tmp_path: Path) -> None:
    lock = PortalLock(tmp_path / "state.sqlite3", "demo")
    lock.path.parent.mkdir(parents=True)
    # what a run killed with -9 leaves: its record, and no flock (the kernel dropped it)
    lock.path.write_text(json.dumps({"pid": 999999, "host": "here", "since": "2026-11-25T12:00:00Z"}))
    stale = lock.acquire()
    assert stale is not None and stale.pid == 999999 and stale.since == "2026-11-25T12:00:00Z"
    assert json.loads(lock.path.read_text())["pid"] == os.getpid()
    lock.release()


def test_state_file_of_random_bytes_is_unusable(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    with pytest.raises(StateUnusable, match=r"is not a usable SQLite database \(file is not a database\)"):
        StateStore(path)
    assert path.read_bytes() == garbage  # left as it was, for the operator to look at
    directory = tmp_path / "dir.sqlite3"
    directory.mkdir()
    with pytest.raises(StateUnusable, match="is a directory"):
        StateStore(directory)


def test_a_torn_copy_fails_the_quick_check(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    with StateStore(good) as store:
        for i in range(400):
            store.stage("r1", "demo", f"http://s/{i}", f"http://s/{i}", "h" * 64, aliases=[f"http://s/a{i}"])
        store.commit_run("r1")
        store.verify()
    torn = tmp_path / "torn.sqlite3"
    shutil.copyfile(good, torn)
    data = bytearray(torn.read_bytes())
    data[len(data) // 2:] = os.urandom(len(data) - len(data) // 2)  # the second half overwritten
    torn.write_bytes(bytes(data))
    with pytest.raises(StateUnusable, match=r"damaged|not a usable"), StateStore(torn) as store:
        store.verify()
