"""Articles printed over several pages, crawled for real (crawler.extract.multipage, the spider's
join in crawler/spiders/portal.py).

- Article 7 is split into three pages ("?id=7", "&trang=2", "&trang=3"). Page 1 prints a table of
  contents linking all three by section names and a numbered pager; the article is also listed
  under a second category address ("&muc=2"), a copy of page 1. One record must come out with the
  three pages' text in order, and each page must be fetched once: the join fetches them, the table
  of contents does not fetch them again, and the copy does not start a second join.
- Article 8's "Trang sau »" leads to its comment page ("&trang=2"), which repeats the article's text
  above the comments: it is not joined (the record keeps article 8's text alone), and it is then
  read as the page it is: a copy of article 8, not a second record.
"""

from __future__ import annotations

import re
import types
from collections import Counter
from pathlib import Path

import pytest_twisted

from crawler.demo.server import Request, Response, html
from tests.e2e.harness import compare, crawl_portal_in_process

LONG = [
    [
        "Hội nghị tổng kết năm học 2025 - 2026 được tổ chức trọng thể tại hội trường nhà trường với sự tham dự của toàn thể cán bộ, giáo viên.",
        "Phát biểu khai mạc, thầy Hiệu trưởng nhấn mạnh những kết quả nổi bật trong công tác dạy và học của năm học vừa qua.",
    ],
    [
        "Về chất lượng giáo dục, tỉ lệ học sinh khá giỏi đạt trên sáu mươi phần trăm, tăng so với năm học trước.",
        "Đội tuyển học sinh giỏi cấp tỉnh giành mười hai giải, trong đó có hai giải nhất ở môn Toán và môn Ngữ văn.",
    ],
    [
        "Năm học mới, nhà trường tiếp tục đổi mới phương pháp dạy học và đẩy mạnh ứng dụng công nghệ thông tin.",
        "Hội nghị đã bầu ra ban thanh tra nhân dân nhiệm kì mới và thông qua nghị quyết với sự nhất trí cao.",
    ],
]
SECTIONS = ["Khai mạc", "Kết quả", "Phương hướng"]
SHORT = {
    8: ("Học sinh khối 10 tham gia ngày hội đọc sách", "14/11/2026", [
        "Sáng thứ Sáu, thư viện nhà trường tổ chức ngày hội đọc sách cho học sinh khối 10 với nhiều hoạt động phong phú.",
        "Các em được giới thiệu những đầu sách mới, tham gia thi kể chuyện theo sách và trao đổi sách với bạn bè.",
    ]),
}
TITLE_7, DATE_7 = "Tổng kết năm học 2025 - 2026 và triển khai nhiệm vụ năm học mới", "18/11/2026"


def _layout(main: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trường THPT Lê Lợi</title></head>
<body><div class="clock">Thứ Năm, 03/12/2026</div>
<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/ds.php?muc=1">Tin tức</a></li>
<li><a href="/ds.php?muc=2">Hoạt động</a></li></ul>
<div class="noi-dung-chinh">{main}</div>
<div class="chan-trang">Trường THPT Lê Lợi - Điện thoại: 0237 3852 111</div></body></html>"""


def _listing(cat: str) -> str:
    rows = [(7, TITLE_7, DATE_7), (8, *SHORT[8][:2])] if cat == "1" else [(7, TITLE_7, DATE_7)]
    extra = "&amp;muc=2" if cat == "2" else ""
    items = "".join(f'<li><a href="/bai.php?id={i}{extra}">{t}</a> ({d})</li>' for i, t, d in rows)
    return _layout(f'<h2>{"Tin tức" if cat == "1" else "Hoạt động"}</h2><ul class="dstin">{items}</ul>')


def _long_page(page: int, extra: str) -> str:
    toc = "".join(
        f"<li>{name}</li>" if n == page else f'<li><a href="/bai.php?id=7{"" if n == 1 else f"&amp;trang={n}"}{extra}">{name}</a></li>'
        for n, name in enumerate(SECTIONS, 1)
    )
    pager = " ".join(
        f"<b>{n}</b>" if n == page else f'<a href="/bai.php?id=7{"" if n == 1 else f"&amp;trang={n}"}{extra}">{n}</a>' for n in range(1, 4)
    )
    text = "".join(f"<p>{p}</p>" for p in LONG[page - 1])
    return _layout(f"""<div class="bai"><h1>{TITLE_7}</h1><div class="ngay">Ngày {DATE_7}</div>
<div class="muc-luc"><b>Nội dung bài viết</b><ul>{toc}</ul></div>
<div class="van-ban">{text}</div><div class="phan-trang">Trang: {pager}</div></div>""")


def _short_page(article_id: int, comments: bool = False) -> str:
    title, date, paragraphs = SHORT[article_id]
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    if article_id == 8 and not comments:
        after = '<div class="trang-tiep"><a href="/bai.php?id=8&amp;trang=2">Trang sau »</a></div>'
    elif comments:
        after = (
            '<div class="binh-luan"><h3>Ý kiến bạn đọc</h3><p>Nguyễn Lan: Hoạt động rất bổ ích cho các em.</p>'
            '<p>Trần Minh: Mong thư viện tổ chức thêm nhiều buổi như thế này.</p>'
            '</div><div class="trang-tiep"><a href="/bai.php?id=8">« Trang trước</a></div>'
        )
    else:
        after = ""
    return _layout(f'<div class="bai"><h1>{title}</h1><div class="ngay">Ngày {date}</div><div class="van-ban">{text}</div>{after}</div>')


class _Site:
    def respond(self, request: Request) -> Response | None:
        params = request.params
        if request.path == "/":
            return html(_layout("<p>Chào mừng đến với cổng thông tin của nhà trường.</p>"))
        if request.path == "/ds.php" and params.get("muc") in ("1", "2"):
            return html(_listing(params["muc"]))
        if request.path != "/bai.php":
            return None
        article, page = params.get("id"), params.get("trang", "1")
        if article == "7" and page in ("1", "2", "3"):
            return html(_long_page(int(page), "&amp;muc=2" if params.get("muc") == "2" else ""))
        if article == "8" and page in ("1", "2"):
            return html(_short_page(8, comments=page == "2"))
        return None


def _gold(path: str, title: str, date: str, paragraphs: list[str], category: str) -> dict:
    day, month, year = date.split("/")
    return {
        "path": path, "title": title, "published_at": f"{year}-{month}-{day}", "authors": [], "photographers": [],
        "source": None, "summary": None, "body": "\n\n".join(paragraphs), "images": [], "category": category,
    }  # fmt: skip


PORTAL = types.SimpleNamespace(
    NAME="article_pages",
    START_PATH="/",
    build_site=_Site,
    GOLD=[
        _gold("/bai.php?id=7", TITLE_7, DATE_7, [p for page in LONG for p in page], None),
        _gold("/bai.php?id=8", *SHORT[8], None),
    ],
)


def _stat(log: str, name: str) -> int:
    found = re.search(rf"'portal/{re.escape(name)}': (\d+)", log)
    return int(found.group(1)) if found else 0


@pytest_twisted.ensureDeferred
async def test_pages_are_joined_once_and_a_refused_page_is_read_as_a_page(tmp_path: Path) -> None:
    result = await crawl_portal_in_process(PORTAL, tmp_path)
    assert result.returncode == 0, result.log[-2000:]
    assert compare(result, PORTAL) == []
    fetched = Counter(target for method, target in result.requests if target.startswith("/bai.php"))
    for page in ("/bai.php?id=7&trang=2", "/bai.php?id=7&trang=3", "/bai.php?id=8&trang=2"):
        assert fetched[page] == 1, fetched
    # the copy under the second category is a duplicate: its own pages are never asked for
    assert not [t for t in fetched if "trang" in t and "muc=2" in t], fetched
    assert _stat(result.log, "articles/parts_joined") == 2
    assert _stat(result.log, "articles/parts_refused") == 1
    assert _stat(result.log, "pages/duplicate") == 2  # the copy of article 7 and article 8's comment page
