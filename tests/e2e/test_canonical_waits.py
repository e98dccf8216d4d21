"""A portal whose article pages name, as their canonical address, pages that are no article: a
"view" endpoint without an id answering the news list, an address the server fails on (503), and one
that redirects to a list already read. Each article is linked only under its own address, so a crawler
that follows the canonical and drops the page it came from loses it, by the order pages come back
in (stop 46's getsimple_mamnon failure). Every article must come out once, under its own address,
and a print view naming its article's real address must still not come out twice. An editor's preview
of a draft, whose canonical address is gone (404), is no article of the site's and stays out.
"""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest_twisted

from crawler.demo.server import Request, Response, html, redirect
from tests.e2e.harness import compare, crawl_portal_in_process

# (id, title, date, canonical the page prints (None: its own), paragraphs)
ARTICLES = [
    (1, "Trường tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam 20 tháng 11", "20/11/2026", "/tin-tuc/xem",
     ["Sáng 20 tháng 11, nhà trường long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
      "Buổi lễ có sự tham dự của đại diện chính quyền địa phương và hội cha mẹ học sinh.",
      "Nhiều tiết mục văn nghệ đặc sắc do học sinh biểu diễn đã để lại ấn tượng sâu sắc."]),
    (2, "Học sinh khối 10 tham gia ngày hội đọc sách", "18/11/2026", "/tin-tuc/xem",
     ["Thư viện nhà trường phối hợp với Đoàn trường tổ chức ngày hội đọc sách cho học sinh khối 10.",
      "Các em được giới thiệu nhiều đầu sách mới về khoa học, lịch sử và kỹ năng sống.",
      "Ngày hội góp phần xây dựng văn hóa đọc trong nhà trường."]),
    (3, "Hội thi giáo viên chủ nhiệm lớp giỏi cấp trường", "15/11/2026", "/tin-tuc/loi/3",
     ["Hội thi giáo viên chủ nhiệm lớp giỏi cấp trường năm nay thu hút mười hai thầy cô tham gia.",
      "Các phần thi gồm trình bày biện pháp giáo dục học sinh và xử lý tình huống sư phạm.",
      "Ban tổ chức trao ba giải nhất cho các giáo viên có biện pháp sáng tạo, hiệu quả."]),
    (4, "Đoàn trường phát động phong trào kế hoạch nhỏ", "12/11/2026", "/tin-tuc/chuyen/4",
     ["Đoàn trường phát động phong trào kế hoạch nhỏ thu gom giấy vụn trong toàn trường.",
      "Số tiền thu được sẽ dùng để mua học bổng cho học sinh có hoàn cảnh khó khăn.",
      "Các chi đoàn hưởng ứng sôi nổi, tuần đầu đã thu được hơn ba trăm ki-lô-gam giấy."]),
    (5, "Thông báo lịch thi học kì I năm học 2026 - 2027", "10/11/2026", None,
     ["Nhà trường thông báo lịch thi học kì I từ ngày 21 đến ngày 26 tháng 12 năm 2026.",
      "Học sinh ôn tập theo đề cương các môn học đã được giáo viên bộ môn cung cấp.",
      "Phòng thi và số báo danh được niêm yết tại bảng tin nhà trường trước một tuần."]),
    (6, "Tập huấn sử dụng thiết bị dạy học số cho giáo viên", "05/11/2026", None,
     ["Chiều 5 tháng 11, nhà trường tổ chức tập huấn sử dụng thiết bị dạy học số cho giáo viên.",
      "Giáo viên được hướng dẫn khai thác bảng tương tác và học liệu điện tử.",
      "Buổi tập huấn giúp thầy cô tự tin hơn khi ứng dụng công nghệ vào bài giảng."]),
]
BY_ID = {a[0]: a for a in ARTICLES}


def _layout(main: str, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trường THPT Hòa Bình</title>{link}</head>
<body><div class="top">Thứ Tư, 02/12/2026</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li>
<li><a href="/gioi-thieu.html">Giới thiệu</a></li></ul>
<div class="main">{main}</div>
<div class="footer">Trường THPT Hòa Bình - Điện thoại: 0218 3852 123 - Đang online: 7</div></body></html>"""


def _listing() -> str:
    items = "".join(f'<li><a href="/tin-tuc/bai-{i}.html">{title}</a> <span>({date})</span></li>' for i, title, date, _, _ in ARTICLES)
    notice = '<p class="ghichu">Bản nháp lịch hoạt động tháng 12: <a href="/tin-tuc/bai-7.html?preview=x7Kq2">xem trước</a></p>'
    return _layout(f'<h2>Tin tức</h2><ul class="list">{items}</ul>{notice}', canonical="/tin-tuc/")


def _draft() -> str:
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Dự kiến tháng 12, nhà trường tổ chức hội thao chào mừng ngày thành lập Quân đội nhân dân Việt Nam.",
            "Các lớp đăng ký danh sách vận động viên với Đoàn trường trước ngày 10 tháng 12.",
            "Lịch thi đấu chi tiết sẽ được thông báo sau khi Ban giám hiệu phê duyệt.",
        )
    )
    return f"""<div class="chitiet"><h1 class="tieude">Kế hoạch hoạt động tháng 12 (bản nháp)</h1><div class="ngay">Ngày đăng: 02/12/2026</div>
<div class="noidung">{paragraphs}</div></div>"""


def _article(article_id: int, printed: bool = False) -> str:
    _, title, date, canonical, paragraphs = BY_ID[article_id]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    tools = "" if printed else f'<div class="tools"><a href="/tin-tuc/in/{article_id}.html">In bài viết</a></div>'
    main = f"""<div class="path"><a href="/">Trang chủ</a> » <a href="/tin-tuc/">Tin tức</a></div><div class="chitiet"><h1 class="tieude">{title}</h1><div class="ngay">Ngày đăng: {date}</div>
<div class="noidung">{body}</div>{tools}</div>"""
    return _layout(main, canonical=f"/tin-tuc/bai-{article_id}.html" if printed else canonical)


class _Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return html(_layout("<p>Chào mừng quý thầy cô và các em học sinh đến với trang thông tin của nhà trường.</p>"))
        if path == "/gioi-thieu.html":
            return html(_layout("<h1>Giới thiệu</h1><p>Trường được thành lập năm 1962.</p>"))
        if path in ("/tin-tuc/", "/tin-tuc/xem"):  # the view endpoint without an id answers the list
            return html(_listing())
        if path == "/tin-tuc/chuyen/4":
            return redirect("/tin-tuc/")
        if path == "/tin-tuc/loi/3":  # the server fails on that address
            return Response(status=503, body=b"Service Unavailable", headers={"Content-Type": "text/plain"})
        if path == "/tin-tuc/bai-7.html" and request.params.get("preview") == "x7Kq2":
            # an editor's preview of a draft, linked from a notice; its own address is not public yet
            return html(_layout(_draft(), canonical="/tin-tuc/nhap-7.html"))
        found = re.fullmatch(r"/tin-tuc/(bai|in)/?-?(\d+)\.html", path.replace("bai-", "bai/"))
        if found and int(found.group(2)) in BY_ID:
            return html(_article(int(found.group(2)), printed=found.group(1) == "in"))
        return None


def _gold(article_id: int) -> dict:
    _, title, date, _, paragraphs = BY_ID[article_id]
    day, month, year = date.split("/")
    return {
        "path": f"/tin-tuc/bai-{article_id}.html",
        "alt_paths": [f"/tin-tuc/in/{article_id}.html"],
        "title": title,
        "published_at": f"{year}-{month}-{day}",
        "authors": [],
        "photographers": [],
        "source": None,
        "summary": None,
        "body": "\n\n".join(paragraphs),
        "images": [],
        "category": "Tin tức",
    }


PORTAL = types.SimpleNamespace(NAME="canonical_waits", START_PATH="/", build_site=_Site, GOLD=[_gold(i) for i in BY_ID])


def _stat(log: str, name: str) -> int:
    found = re.search(rf"'portal/{re.escape(name)}': (\d+)", log)
    return int(found.group(1)) if found else 0


@pytest_twisted.ensureDeferred
async def test_pages_whose_canonical_is_no_article_come_out_under_their_own_address(tmp_path: Path) -> None:
    result = await crawl_portal_in_process(PORTAL, tmp_path)
    assert result.returncode == 0, result.log[-2000:]
    assert compare(result, PORTAL) == []  # all six, once each, under their own addresses
    # articles 1 to 4 waited for their canonical, which answered a list, an error, or never
    assert _stat(result.log, "variants/canonical_not_an_article") >= 4
