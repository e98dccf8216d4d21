"""Issue 13, item 4: a portal whose archive serves TCVN3 and VNI pages, and UTF-8 pages with
stray windows-1252/1258 bytes, crawled for real.

Every article comes out as the Unicode text its readers saw (all fields equal the hand-written
gold), no page fails, and the run reports what it repaired: ``portal/encoding/<repair>`` in the
stats and ``encoding_repairs`` in the manifest.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.e2e.harness import CrawlResult, compare, crawl_portal
from tests.portals import legacy

pytestmark = pytest.mark.e2e

# what TCVN3/VNI bytes look like when read as windows-1252 (a record must hold none of it)
MOJIBAKE = re.compile(r"[¸µ¶·¹»¼½¾§©«¬®ÆËÎÏÑÖ×ØÞßäåæçëîïñöøûüþ\ufffd]")


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    return crawl_portal(legacy, Path(tmp_path_factory.mktemp("legacy")))


def test_every_article_equals_its_gold(crawl: CrawlResult) -> None:
    assert crawl.returncode == 0, crawl.log[-2000:]
    assert compare(crawl, legacy) == []


def test_no_legacy_bytes_left_and_nothing_failed(crawl: CrawlResult) -> None:
    for record in crawl.records:
        for field in ("title", "body"):
            assert not MOJIBAKE.search(record[field]), (record["url"], MOJIBAKE.findall(record[field]))
    assert crawl.manifest is not None
    assert crawl.manifest["failed_pages"] == []


def test_repairs_are_reported_in_stats_and_manifest(crawl: CrawlResult) -> None:
    expected = Counter(legacy.REPAIRS.values())  # the archive index (TCVN3) is counted too
    assert crawl.manifest is not None
    assert crawl.manifest["encoding_repairs"] == dict(expected)
    for repair, count in expected.items():
        assert f"'portal/encoding/{repair}': {count}" in crawl.log
