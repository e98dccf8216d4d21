"""Atomic local feed storage: consumers see a whole feed file or none.

Scrapy's FileFeedStorage writes straight into the target, so a crashed or killed run leaves a
half-written last line exactly where consumers look. Here records go to a hidden staging file
``.<name>.<pid>.partial`` in the target's directory (same filesystem, so the final rename is
atomic), and ``store()`` flushes, fsyncs, closes, ``os.replace``\\ s it onto the target and fsyncs
the directory so the rename itself survives a power cut. A killed run leaves only the
``.partial``, which no consumer reads and :func:`sweep_partials` removes later.

A failed write (disk full, I/O error, read-only file system, permission denied) is reported once
through the ``write_failed`` signal (crawler.signals) when the storage runs inside a crawl; later
records are dropped instead of raising on every item, and ``store()`` discards the staging file
instead of publishing it, as it does after the ``run_aborted`` signal (raising
:class:`FeedNotStored`). Outside a crawl (no crawler), errors are raised as they come.

Enable it for every local feed, ``-O``/``-o`` included::

    FEED_STORAGES = {
        "": "crawler.feeds.storage.AtomicFileFeedStorage",
        "file": "crawler.feeds.storage.AtomicFileFeedStorage",
    }
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import time
from pathlib import Path
from typing import IO, Any

from w3lib.url import file_uri_to_path

from crawler.signals import run_aborted, write_failed

logger = logging.getLogger(__name__)

PARTIAL_SUFFIX = ".partial"
_PARTIAL_RE = re.compile(r"^\..+\.(\d+)\.partial$")


def staging_path(target: Path, pid: int | None = None) -> Path:
    """The hidden staging file for *target*: ``<dir>/.<name>.<pid>.partial``.

    Same directory as the target so ``os.replace`` never crosses a filesystem; the pid tells
    :func:`sweep_partials` whether the writer may still be alive.
    """
    return target.with_name(f".{target.name}.{os.getpid() if pid is None else pid}{PARTIAL_SUFFIX}")


def fsync_dir(directory: Path) -> None:
    """fsync a directory so a rename inside it is durable (no-op where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # e.g. platforms that cannot open directories
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _publish(staging: Path, target: Path) -> None:
    os.replace(staging, target)
    fsync_dir(target.parent)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write *data* to *path* atomically (staging file, fsync, ``os.replace``, fsync dir).

    Used for manifests, which must never be seen half-written either.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = staging_path(target)
    try:
        with staging.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _publish(staging, target)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise
    return target


class FeedNotStored(Exception):
    """store() discarded the feed: the run failed or was stopped (already reported in the log)."""


class GuardedFile:
    """The staging file as the exporter sees it: the first OSError of a write is handed to
    *on_error* and the records after it are dropped, so a full disk gives one report instead of
    a traceback per item. ``file=None`` is a sink (the staging file could not be created)."""

    def __init__(self, file: IO[bytes] | None, on_error: Any):
        self.file = file
        self._on_error = on_error
        self.failed = file is None

    def write(self, data: bytes) -> int:
        if not self.failed:
            try:
                return self.file.write(data)  # type: ignore[union-attr]
            except OSError as exc:
                self.failed = True
                self._on_error(exc)
        return len(data)

    @property
    def closed(self) -> bool:
        return self.file is None or self.file.closed

    def close(self) -> None:
        if self.file is not None:
            self.file.close()

    def __getattr__(self, name: str) -> Any:  # flush, fileno, close, name, ...
        if self.file is None:
            raise AttributeError(name)
        return getattr(self.file, name)


class AtomicFileFeedStorage:
    """A drop-in for Scrapy's FileFeedStorage whose target appears only when the feed is stored.

    ``overwrite=True`` (``-O``, FEEDS ``overwrite: true``) starts an empty staging file;
    ``overwrite=False`` (``-o``, Scrapy's default for local files) starts it as a copy of the
    existing target, so appending is atomic too: the old content stays intact until the new
    content replaces it in one rename.
    """

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None, crawler: Any = None):
        # Scrapy builds one storage per feed at start-up just to check it is supported, so the
        # constructor must not touch the filesystem.
        self.path: Path = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri)
        self.overwrite: bool = bool((feed_options or {}).get("overwrite", False))
        self.partial_path: Path = staging_path(self.path)
        #: True once store() has renamed the feed into place. Scrapy sends feed_slot_closed
        #: even when store() raised, so whoever writes the manifest must check this first.
        self.stored: bool = False
        #: why the feed will not be published (a write failed, the run was aborted), or None
        self.discard_reason: str | None = None
        self.crawler = crawler
        if crawler is not None:
            crawler.signals.connect(self._run_aborted, signal=run_aborted)

    @classmethod
    def from_crawler(cls, crawler: Any, uri: str, *, feed_options: dict[str, Any] | None = None) -> AtomicFileFeedStorage:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def _run_aborted(self, reason: str) -> None:
        self.discard_reason = self.discard_reason or reason

    def _failed(self, exc: OSError, path: Path | None = None) -> None:
        """Report a failed write (inside a crawl) or raise it (outside one)."""
        if self.crawler is None:
            raise exc
        self.discard_reason = self.discard_reason or "write_failed"
        self.crawler.signals.send_catch_log(write_failed, path=path or self.path, error=exc)

    def open(self, spider: Any = None) -> IO[bytes]:
        """Create the staging file (a copy of the target when appending) and return it."""
        self.partial_path = staging_path(self.path)
        if self.discard_reason is not None:  # the run was stopped before its first record
            return GuardedFile(None, self._failed)  # type: ignore[return-value]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.overwrite and self.path.exists():
                shutil.copyfile(self.path, self.partial_path)
                fh = self.partial_path.open("ab")
            else:
                fh = self.partial_path.open("wb")
        except OSError as exc:
            self._discard()
            self._failed(exc)
            return GuardedFile(None, self._failed)  # type: ignore[return-value]
        return GuardedFile(fh, self._failed)  # type: ignore[return-value]

    def _discard(self) -> None:
        with contextlib.suppress(OSError):
            self.partial_path.unlink()

    def store(self, file: IO[bytes]) -> None:
        """Make the staging file durable, then rename it onto the target.

        Raises FeedNotStored (and removes the staging file) when a write failed or the run was
        aborted: the target is then left as it was.
        """
        if self.discard_reason is None:
            try:
                if file.closed:  # a post-processing plugin may already have closed it
                    fd = os.open(self.partial_path, os.O_RDONLY)
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
                else:
                    file.flush()
                    os.fsync(file.fileno())
                    file.close()
                _publish(self.partial_path, self.path)
            except OSError as exc:
                self._failed(exc)
            else:
                self.stored = True
                logger.debug("Feed stored atomically: %s", self.path)
                return None
        with contextlib.suppress(OSError):
            file.close()
        self._discard()
        raise FeedNotStored(f"feed {self.path} not stored: {self.discard_reason}")


def _pid_alive(pid: int) -> bool:
    """Whether *pid* is a running (non-zombie) process on this host."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    try:  # a killed but unreaped child is a zombie: dead for our purposes
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def sweep_partials(
    directory: str | os.PathLike[str], older_than_s: float, *, recursive: bool = True
) -> list[Path]:
    """Remove staging files of dead runs under *directory*; return what was removed.

    A ``.partial`` is removed when its mtime is at least *older_than_s* seconds old and the pid
    in its name is not a live process on this host (this process counts as live: its own
    feeds may be open). The age guard protects writers on other hosts sharing the directory.
    Call it at the start of a run; each removal is logged at INFO.
    """
    root = Path(directory)
    if not root.is_dir():
        return []
    candidates = root.rglob(f".*{PARTIAL_SUFFIX}") if recursive else root.glob(f".*{PARTIAL_SUFFIX}")
    now = time.time()
    removed: list[Path] = []
    for path in sorted(candidates):
        match = _PARTIAL_RE.match(path.name)
        if not match or not path.is_file():
            continue
        pid = int(match.group(1))
        try:
            age = now - path.stat().st_mtime
        except FileNotFoundError:
            continue
        if age < older_than_s or pid == os.getpid() or _pid_alive(pid):
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        logger.info("Removed stale partial feed %s (pid %d gone, %.0f s old)", path, pid, age)
        removed.append(path)
    return removed
