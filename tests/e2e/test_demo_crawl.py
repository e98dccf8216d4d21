"""The demo portal, crawled for real: every record equals the hand-written gold, field by field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.core.lines import is_boilerplate_line
from crawler.demo import site as demo
from crawler.schema import errors_of
from tests.e2e.harness import compare, crawl_portal

pytestmark = pytest.mark.e2e

SEED = "/-/view_content/4713-hoi-nghi-trien-khai-chuong-trinh-cong-tac-xay-dung-dang-6-thang-cuoi-nam-2022"


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory):
    return crawl_portal(demo, tmp_path_factory.mktemp("demo"), args={"portal": "demo"})


def test_crawl_finishes_and_matches_gold(crawl) -> None:
    assert crawl.returncode == 0, crawl.log[-2000:]
    assert compare(crawl, demo) == []
    assert len(crawl.records) == len(demo.GOLD) >= 14


def test_seed_article_is_clean(crawl) -> None:
    seed = next(r for r in crawl.records if r["url"].endswith(SEED))
    assert seed["title"] == "HỘI NGHỊ TRIỂN KHAI CHƯƠNG TRÌNH CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG CUỐI NĂM 2022"
    assert seed["published_at"] == "2022-08-10"
    assert seed["authors"] == ["Hoàng Phúc"]
    assert seed["photographers"] == ["Thanh Tâm"]
    assert [img["caption"] for img in seed["images"]] == [
        "Đồng chí Nguyễn Thị tuyết Loan - UV.BCH Đảng bộ tỉnh, Bí thư Đảng ủy trường phát biểu bế mạc Hội nghị",
        "Đại biểu chụp hình cùng thí sinh đạt giải trong Hội thi",
    ]
    body = seed["body"]
    assert body.startswith("Chiều ngày 06 tháng 7 năm 2022, Đảng bộ Trường Chính trị tổ chức Hội nghị")
    assert body.endswith("“Khát vọng xây dựng Trường Chính trị đạt chuẩn mức 1 vào năm 2025”./.")
    for leak in ("Đang online", "Hôm nay:", "Đã truy cập", "Bạn chưa có đủ quyền", "Tin: Hoàng Phúc", "Ảnh: Thanh Tâm",
                 "Đại biểu chụp hình", "Xem chi tiết", "Các tin khác", "In trang"):  # fmt: skip
        assert leak not in body


def test_no_boilerplate_line_in_any_body(crawl) -> None:
    for record in crawl.records:
        for line in record["body"].split("\n\n"):
            assert not is_boilerplate_line(line), (record["url"], line)
            assert not re.match(r"^(Tin|Ảnh|Tin, ảnh|Bài, ảnh|Nguồn)\s*:", line), (record["url"], line)


def test_records_follow_the_schema_and_field_order(crawl) -> None:
    from crawler.items import RECORD_FIELDS

    raw_lines = crawl.out.read_text(encoding="utf-8").splitlines()
    assert all(not errors_of(r) for r in crawl.records)
    assert all(list(r) == list(RECORD_FIELDS) for r in crawl.records)
    assert any("Trường Chính trị" in line for line in raw_lines), "Vietnamese must stay readable (ensure_ascii off)"
    assert all(r["portal"] == "demo" and r["language"] == "vi" and r["schema_version"] == 1 for r in crawl.records)


def test_manifest_beside_the_feed(crawl) -> None:
    assert crawl.manifest is not None
    assert crawl.manifest["lines"] == len(crawl.records)
    assert crawl.manifest["finish_reason"] == "finished"
    assert crawl.manifest["counts"]["new"] == len(crawl.records)


def test_no_listing_or_intro_page_emitted(crawl) -> None:
    emitted = {Path(r["url"].split("://", 1)[1].split("/", 1)[1]).as_posix() for r in crawl.records}
    for target in demo.NON_ARTICLES:
        assert target.lstrip("/") not in emitted
