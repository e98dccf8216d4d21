"""Real portal pages saved from the web with hand-made gold (tests/fixtures/real_pages, see its
SOURCES.md): the extractor must read each as a careful reader would. The best test data there is:
pages nobody here wrote, from two platforms (VHV school portals, ASP.NET provincial portals)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from crawler.extract import extract_article

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "real_pages"
GOLDS = sorted(PAGES.glob("*.json"))


def _read(gold_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    html = gzip.decompress(gold_path.with_suffix(".html.gz").read_bytes())
    return gold, extract_article(html, gold["url"])


def test_the_real_pages_are_there() -> None:
    assert len(GOLDS) >= 8


@pytest.mark.parametrize("gold_path", GOLDS, ids=[p.stem for p in GOLDS])
def test_real_page(gold_path: Path) -> None:
    gold, record = _read(gold_path)
    assert record["title"] == gold["title"]
    want_date = gold["date"] + (f"T{gold['time']}:00+07:00" if gold.get("time") else "")
    assert record["published_at"] == want_date
    assert record["authors"] == gold["authors"]
    assert record["photographers"] == gold["photographers"]
    assert [im["caption"] for im in record["images"] if im["caption"]] == gold["captions"]
    # paragraph by paragraph, so a failure names the paragraph that went wrong
    assert (record["body"] or "").split("\n\n") == gold["body"].split("\n\n")
    for line in gold.get("byline_lines", []):
        assert line not in (record["body"] or ""), f"byline line left in the body: {line!r}"
