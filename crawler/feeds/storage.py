"""Atomic local feed storage: consumers see a whole feed file or none.

Scrapy's FileFeedStorage writes straight into the target, so a crashed or killed run leaves a
half-written last line exactly where consumers look. Here records go to a hidden staging file
``.<name>.<pid>.partial`` in the target's directory (same filesystem, so the final rename is
atomic), and ``store()`` flushes, fsyncs, closes, ``os.replace``\\ s it onto the target and fsyncs
the directory so the rename itself survives a power cut. A killed run leaves only the
``.partial``, which no consumer reads and :func:`sweep_partials` removes later.

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


class AtomicFileFeedStorage:
    """A drop-in for Scrapy's FileFeedStorage whose target appears only when the feed is stored.

    ``overwrite=True`` (``-O``, FEEDS ``overwrite: true``) starts an empty staging file;
    ``overwrite=False`` (``-o``, Scrapy's default for local files) starts it as a copy of the
    existing target, so appending is atomic too: the old content stays intact until the new
    content replaces it in one rename.
    """

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None):
        # Scrapy builds one storage per feed at start-up just to check it is supported, so the
        # constructor must not touch the filesystem.
        self.path: Path = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri)
        self.overwrite: bool = bool((feed_options or {}).get("overwrite", False))
        self.partial_path: Path = staging_path(self.path)
        #: True once store() has renamed the feed into place. Scrapy sends feed_slot_closed
        #: even when store() raised, so whoever writes the manifest must check this first.
        self.stored: bool = False

    def open(self, spider: Any = None) -> IO[bytes]:
        """Create the staging file (a copy of the target when appending) and return it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.partial_path = staging_path(self.path)
        if not self.overwrite and self.path.exists():
            shutil.copyfile(self.path, self.partial_path)
            return self.partial_path.open("ab")
        return self.partial_path.open("wb")

    def store(self, file: IO[bytes]) -> None:
        """Make the staging file durable, then rename it onto the target."""
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
        self.stored = True
        logger.debug("Feed stored atomically: %s", self.path)
        return None


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
