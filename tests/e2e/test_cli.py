"""Command-line behaviour: one-line errors with exit status 2 for bad input, and `extract` on a
saved page giving the same record the crawl writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.demo import site as demo
from crawler.demo.server import Request
from tests.e2e.harness import ROOT

SEED = next(g for g in demo.GOLD if "4713" in g["path"])


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, timeout=120, input=stdin)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-a", "start_url=ftp://portal.example/"], "only http:// and https://"),
        (["-a", "start_url=file:///etc/passwd"], "only http:// and https://"),
        (["-a", "start_url=javascript:alert(1)"], "only http:// and https://"),
        (["-a", "portal=no-such-portal"], "unknown portal"),
        ([], "no start URL"),
        (["-a", "start_url=http://127.0.0.1:9/", "-a", "mode=fast"], "unknown mode"),
        (["-a", "start_url=http://127.0.0.1:9/", "-a", "since=yesterday"], "YYYY-MM-DD"),
    ],
)
def test_scrapy_crawl_bad_arguments(args: list[str], says: str) -> None:
    proc = run("-m", "scrapy", "crawl", "portal", *args)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert says in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unreadable_config(tmp_path: Path) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text("start_urls = [", encoding="utf-8")
    proc = run("-m", "scrapy", "crawl", "portal", "-a", f"portal={bad}")
    assert proc.returncode == 2 and b"cannot read portal config" in proc.stderr and b"Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["extract", "missing-page.html", "--url", "http://127.0.0.1/x"], "no such page file"),
        (["extract", "-", "--url", "ftp://x/"], "only http:// and https://"),
        (["validate", "missing.jsonl"], "missing.jsonl"),
        (["crawl", "no-such-portal"], "unknown portal"),
        (["no-such-command"], "invalid choice"),
    ],
)
def test_python_m_crawler_usage_errors(args: list[str], says: str) -> None:
    proc = run("-m", "crawler", *args, stdin=b"")
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert says in err and "Traceback" not in err


def test_extract_prints_the_record_of_a_saved_page(tmp_path: Path) -> None:
    response = demo.build_site().respond(Request("GET", SEED["path"], "", {"Host": "127.0.0.1:8000"}))
    page = tmp_path / "seed.html"
    page.write_bytes(response.payload())
    proc = run("-m", "crawler", "extract", str(page), "--url", "http://127.0.0.1:8000" + SEED["path"], "--portal", "demo")
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    for field in ("title", "published_at", "authors", "photographers", "body", "summary", "source"):
        assert record[field] == SEED[field], field
    assert [i["caption"] for i in record["images"]] == [i["caption"] for i in SEED["images"]]


def test_extract_converts_a_saved_tcvn3_page_from_standard_input() -> None:
    from tests.portals import legacy

    gold = legacy.GOLD[0]  # TCVN3 in the .VnTime font, headline in .VnTimeH
    body = legacy.build_site().respond(Request("GET", gold["path"], "", {"Host": "127.0.0.1"})).payload()
    proc = run("-m", "crawler", "extract", "-", "--url", "http://127.0.0.1" + gold["path"], stdin=body)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert (record["title"], record["body"], record["authors"]) == (gold["title"], gold["body"], gold["authors"])


def test_schema_command_prints_the_schema() -> None:
    proc = run("-m", "crawler", "schema")
    schema = json.loads(proc.stdout)
    assert proc.returncode == 0 and schema["properties"]["schema_version"] == {"const": 1}


def test_help_lists_the_commands() -> None:
    out = run("-m", "crawler", "--help").stdout.decode()
    for command in ("extract", "schema", "validate", "crawl", "demo"):
        assert command in out
