"""One run per portal at a time: a lock file per portal beside the state store.

Two runs of one portal on one state file (a slow cron run overlapping the next) would both read
the same committed state and both deliver the articles that neither had committed yet. Different
portals share the state file safely (SQLite serialises their writes), so the lock is per portal:
``<STATE_PATH>.locks/<portal>.lock``.

The lock is an ``flock`` on that file, so the kernel releases it when the holder exits in any way,
``kill -9`` included: a stale lock never blocks. The file also holds the holder's pid, host and
start time, for the message a second run prints, and is emptied on a clean release; a run that
finds it non-empty but unlocked knows it is taking over from a run that died, and says so.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) a portal's lock, as written in its lock file."""

    pid: int
    host: str
    since: str  # UTC, ``YYYY-MM-DDTHH:MM:SSZ``

    def describe(self) -> str:
        here = self.host == socket.gethostname()
        return f"pid {self.pid}{'' if here else ' on ' + self.host} since {self.since}"


class PortalBusy(Exception):
    """Another live run holds the portal's lock."""

    def __init__(self, portal: str, holder: LockHolder | None, path: Path):
        self.portal, self.holder, self.path = portal, holder, path
        who = holder.describe() if holder else "another process"
        super().__init__(f"portal {portal} is already being crawled by {who} (lock {path})")


def lock_path(state_path: str | os.PathLike[str], portal: str) -> Path:
    """``<state_path>.locks/<portal>.lock``, the portal id made safe as a file name."""
    state = Path(state_path)
    name = _UNSAFE.sub("_", portal) or "_"
    return state.with_name(state.name + ".locks") / f"{name}.lock"


def _read_holder(fd: int) -> LockHolder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["since"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


class PortalLock:
    """The lock of one portal on one state file; ``acquire()`` once, ``release()`` when done.

    Raises OSError when the lock file cannot be created or written (a full or read-only disk):
    callers treat that as a write failure of the state.
    """

    def __init__(self, state_path: str | os.PathLike[str], portal: str):
        self.portal = portal
        self.path = lock_path(state_path, portal)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, now: datetime | None = None) -> LockHolder | None:
        """Take the lock or raise PortalBusy; returns the dead holder taken over, if any."""
        if self._fd is not None:
            return None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise PortalBusy(self.portal, _read_holder(fd), self.path) from None
            stale = _read_holder(fd)
            moment = (now or datetime.now(UTC)).astimezone(UTC)
            me = {"pid": os.getpid(), "host": socket.gethostname(), "since": moment.strftime("%Y-%m-%dT%H:%M:%SZ")}
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, (json.dumps(me) + "\n").encode("utf-8"))
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return stale

    def release(self) -> None:
        """Empty the file (a clean end leaves no holder behind) and unlock; idempotent.

        The file itself stays: unlinking a lock file another process may be waiting on would let
        two processes lock two different files of the same name.
        """
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> PortalLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
