"""The item carries every field extraction hands it: a work field extraction adds and the item
does not declare fails every article of a crawl (a KeyError per page), which no extraction test
sees. Found when the author field's photo credits were added (round 46)."""

from __future__ import annotations

from crawler.extract import extract_raw
from crawler.items import ArticleItem
from crawler.schema import WORK_FIELDS


def test_every_work_field_is_an_item_field() -> None:
    assert set(WORK_FIELDS) <= set(ArticleItem.fields)


def test_every_field_extraction_returns_is_an_item_field() -> None:
    page = (
        "<html><body><h1>Hội nghị tổng kết năm học 2025 – 2026</h1><p class='meta'>Ngày 20/11/2026</p>"
        + "".join(f"<p>Câu văn thứ {i} của bài viết kể về hội nghị của nhà trường, đủ dài để là nội dung.</p>" for i in range(4))
        + "</body></html>"
    )
    raw = extract_raw(page.encode(), "http://h/tin/hoi-nghi")
    assert {k for k in raw if not k.startswith("_")} <= set(ArticleItem.fields)
