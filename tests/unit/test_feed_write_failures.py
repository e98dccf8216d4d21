"""AtomicFileFeedStorage inside a crawl: a failed write is reported once and the feed discarded."""

from __future__ import annotations

import errno
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.signalmanager import SignalManager

from crawler.feeds.storage import AtomicFileFeedStorage, FeedNotStored
from crawler.signals import run_aborted, write_failed


class FullDisk:
    """A file whose writes fail as on a full disk."""

    def __init__(self, real: Any):
        self.real = real

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def crawl_storage(target: Path) -> tuple[AtomicFileFeedStorage, list[tuple[Path, int]]]:
    crawler = SimpleNamespace(signals=SignalManager())
    reports: list[tuple[Path, int]] = []
    crawler.signals.connect(lambda path, error: reports.append((path, error.errno)), signal=write_failed, weak=False)
    return AtomicFileFeedStorage.from_crawler(crawler, str(target), feed_options={"overwrite": True}), reports


def test_first_failed_write_is_reported_once_and_the_feed_discarded(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"old":1}\n')
    storage, reports = crawl_storage(target)
    fh = storage.open(None)
    fh.write(b'{"a":1}\n')
    fh.file = FullDisk(fh.file)
    for _ in range(3):  # the records after the failure are dropped, not raised one by one
        assert fh.write(b'{"b":2}\n') == 8
    assert reports == [(target, errno.ENOSPC)]
    with pytest.raises(FeedNotStored, match="write_failed"):
        storage.store(fh)
    assert target.read_bytes() == b'{"old":1}\n', "the target is left as it was"
    assert not storage.partial_path.exists() and storage.stored is False


def test_an_aborted_run_publishes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    storage, reports = crawl_storage(target)
    fh = storage.open(None)
    fh.write(b'{"a":1}\n')
    storage.crawler.signals.send_catch_log(run_aborted, reason="already_running")
    with pytest.raises(FeedNotStored, match="already_running"):
        storage.store(fh)
    assert not target.exists() and not storage.partial_path.exists() and reports == []


def test_a_staging_file_that_cannot_be_created_is_a_reported_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    storage, reports = crawl_storage(blocker / "sub" / "out.jsonl")
    fh = storage.open(None)
    assert fh.write(b"x\n") == 2
    assert reports == [(blocker / "sub" / "out.jsonl", errno.ENOTDIR)]
    with pytest.raises(FeedNotStored):
        storage.store(fh)


def test_outside_a_crawl_errors_are_raised(tmp_path: Path) -> None:
    storage = AtomicFileFeedStorage(str(tmp_path / "out.jsonl"), feed_options={"overwrite": True})
    fh = storage.open(None)
    fh.file = FullDisk(fh.file)
    with pytest.raises(OSError, match="No space left"):
        fh.write(b"x\n")
