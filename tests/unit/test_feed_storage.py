"""AtomicFileFeedStorage, sweep_partials and the ordered JSONL exporter."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from crawler.feeds.jsonlines import OrderedJsonLinesExporter, encode_record
from crawler.feeds.storage import (
    AtomicFileFeedStorage,
    atomic_write_bytes,
    staging_path,
    sweep_partials,
)
from crawler.items import RECORD_FIELDS, ArticleItem

PYTHON = sys.executable  # the interpreter running the suite, wherever the clone lives


def partials(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.rglob("*.partial"))


def age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


# -- storage -------------------------------------------------------------------------------


def test_constructor_touches_nothing(tmp_path: Path) -> None:
    AtomicFileFeedStorage(str(tmp_path / "sub" / "out.jsonl"), feed_options={"overwrite": True})
    assert list(tmp_path.iterdir()) == []


def test_overwrite_writes_staging_then_renames(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"old":1}\n')
    storage = AtomicFileFeedStorage(str(target), feed_options={"overwrite": True})
    fh = storage.open(None)
    fh.write(b'{"new":1}\n')
    assert storage.partial_path == tmp_path / f".out.jsonl.{os.getpid()}.partial"
    assert partials(tmp_path) == [storage.partial_path.name]
    assert target.read_bytes() == b'{"old":1}\n'  # consumers still see the old file whole
    assert storage.stored is False
    storage.store(fh)
    assert storage.stored is True
    assert fh.closed
    assert target.read_bytes() == b'{"new":1}\n'
    assert partials(tmp_path) == []


def test_append_starts_from_a_copy_of_the_target(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"a":1}\n')
    storage = AtomicFileFeedStorage(str(target), feed_options={"overwrite": False})
    fh = storage.open(None)
    fh.write(b'{"b":2}\n')
    fh.flush()
    assert storage.partial_path.read_bytes() == b'{"a":1}\n{"b":2}\n'
    assert target.read_bytes() == b'{"a":1}\n'
    storage.store(fh)
    assert target.read_bytes() == b'{"a":1}\n{"b":2}\n'
    assert partials(tmp_path) == []


def test_append_default_and_missing_target_and_file_uri(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "dir" / "out.jsonl"
    storage = AtomicFileFeedStorage(target.as_uri())  # no feed_options: append, like Scrapy
    assert storage.overwrite is False
    fh = storage.open(None)
    fh.write(b"x\n")
    storage.store(fh)
    assert target.read_bytes() == b"x\n"


def test_store_accepts_a_file_a_postprocessor_already_closed(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl.gz"
    storage = AtomicFileFeedStorage(str(target), feed_options={"overwrite": True})
    fh = storage.open(None)
    fh.write(b"data")
    fh.close()
    storage.store(fh)
    assert target.read_bytes() == b"data"


def test_simulated_kill_in_process_leaves_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"old":1}\n')
    storage = AtomicFileFeedStorage(str(target), feed_options={"overwrite": True})
    fh = storage.open(None)
    fh.write(b'{"half":')  # the run dies here: store() is never called
    fh.flush()
    assert target.read_bytes() == b'{"old":1}\n'
    assert partials(tmp_path) == [f".out.jsonl.{os.getpid()}.partial"]
    fh.close()


def test_real_sigkill_leaves_only_a_partial_which_sweep_removes(tmp_path: Path, caplog) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"old":1}\n')
    script = textwrap.dedent(f"""
        import os, signal
        from crawler.feeds.storage import AtomicFileFeedStorage
        s = AtomicFileFeedStorage({str(target)!r}, feed_options={{"overwrite": False}})
        f = s.open(None)
        f.write(b'{{"new":1}}\\n{{"half":')
        f.flush()
        print(os.getpid(), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([PYTHON, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr
    pid = int(proc.stdout)
    assert target.read_bytes() == b'{"old":1}\n'
    assert partials(tmp_path) == [f".out.jsonl.{pid}.partial"]

    assert sweep_partials(tmp_path, older_than_s=3600) == []  # too young to be judged dead
    with caplog.at_level(logging.INFO, logger="crawler.feeds.storage"):
        removed = sweep_partials(tmp_path, older_than_s=0)
    assert [p.name for p in removed] == [f".out.jsonl.{pid}.partial"]
    assert partials(tmp_path) == []
    assert f"pid {pid}" in caplog.text
    assert target.read_bytes() == b'{"old":1}\n'


def test_sweep_spares_live_writers_and_other_files(tmp_path: Path) -> None:
    sub = tmp_path / "haugiang" / "2026" / "11"
    sub.mkdir(parents=True)
    mine = staging_path(sub / "a.jsonl")  # this process: maybe still writing
    live = staging_path(sub / "b.jsonl", pid=os.getppid())  # a live process
    dead = staging_path(sub / "c.jsonl", pid=2**22 + 12345)  # above pid_max: never alive
    other = sub / "notes.partial"  # not our naming scheme
    for path in (mine, live, dead, other):
        path.write_bytes(b"x")
        age(path, 7200)
    assert sweep_partials(tmp_path, older_than_s=3600, recursive=False) == []
    assert sweep_partials(tmp_path, older_than_s=3600) == [dead]
    assert sorted(p.name for p in sub.iterdir()) == sorted([mine.name, live.name, other.name])
    assert sweep_partials(tmp_path / "missing", older_than_s=0) == []


def test_atomic_write_bytes(tmp_path: Path) -> None:
    target = tmp_path / "x" / "m.json"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert partials(tmp_path) == []


# -- exporter ------------------------------------------------------------------------------


def test_exporter_writes_record_fields_in_order_one_write_per_line() -> None:
    class Recorder(io.BytesIO):
        def __init__(self) -> None:
            super().__init__()
            self.writes: list[bytes] = []

        def write(self, data) -> int:  # type: ignore[override]
            self.writes.append(bytes(data))
            return super().write(data)

    item = ArticleItem(
        body="Nội dung bài viết.",
        title="Trường Chính trị tỉnh Hậu Giang khai giảng",
        url="http://127.0.0.1/tin-tuc/1",
        blocks=["work field"],
        listing_date="2026-11-01",
        schema_version=1,
    )
    out = Recorder()
    exporter = OrderedJsonLinesExporter(out, fields_to_export=["title"], encoding="latin-1")
    exporter.start_exporting()
    exporter.export_item(item)
    exporter.export_item({"title": "Sở GD&ĐT", "authors": ["Thanh Tâm"]})
    exporter.finish_exporting()

    assert len(out.writes) == 2
    assert all(w.endswith(b"\n") and w.count(b"\n") == 1 for w in out.writes)
    first = json.loads(out.writes[0])
    assert list(first) == list(RECORD_FIELDS)
    assert first["title"] == "Trường Chính trị tỉnh Hậu Giang khai giảng"
    assert first["published_at"] is None and first["schema_version"] == 1
    assert "blocks" not in first and "listing_date" not in first
    assert "Hậu Giang".encode() in out.writes[0]  # not \u escapes
    compact = json.dumps(first, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert out.writes[0] == compact.encode("utf-8")
    assert json.loads(out.writes[1])["authors"] == ["Thanh Tâm"]


def test_exporter_refuses_values_that_are_not_json() -> None:
    from datetime import datetime

    with pytest.raises(TypeError):
        encode_record({"crawled_at": datetime(2026, 11, 25)})


# -- wired into a real Scrapy crawl --------------------------------------------------------

SPIDER = """
import scrapy
from crawler.items import ArticleItem

class Items(scrapy.Spider):
    name = "items"

    async def start(self):
        for n in range(int(getattr(self, "n", "3"))):
            yield ArticleItem(url=f"http://127.0.0.1/{n}", title=f"Bài {n}", blocks=["x"])
"""


def _runspider(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    settings = {
        "FEED_STORAGES": json.dumps({
            "": "crawler.feeds.storage.AtomicFileFeedStorage",
            "file": "crawler.feeds.storage.AtomicFileFeedStorage",
        }),
        "FEED_EXPORTERS": json.dumps({"jsonl": "crawler.feeds.jsonlines.OrderedJsonLinesExporter"}),
        "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": "False",
    }
    cmd = [PYTHON, "-m", "scrapy", "runspider", "spider.py", *args]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120, env=env)


def test_scrapy_minus_O_and_minus_o_go_through_the_atomic_storage(tmp_path: Path) -> None:
    (tmp_path / "spider.py").write_text(SPIDER, encoding="utf-8")
    proc = _runspider(tmp_path, "-O", "out.jsonl", "-a", "n=3")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "AtomicFileFeedStorage" in proc.stderr  # Scrapy's stats name the storage class
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Bài 0", "Bài 1", "Bài 2"]
    assert list(json.loads(lines[0])) == list(RECORD_FIELDS)
    assert '"Bài 0"' in lines[0]

    proc = _runspider(tmp_path, "-o", "out.jsonl", "-a", "n=2")
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert partials(tmp_path) == []
