"""A portal whose article addresses carry two query parameters the lists add, crawled for real:
"&nguon=tinkhac" (the related list's tracking tag, a name no list of tracking parameters knows: the same page, nothing changes) and "&cat=3" (the
"Tiêu điểm" box files the article under its own category: the same text, but the breadcrumb,
and so the record's category, follows the parameter).

The spider probes a couple of such variants at idle (crawler/navigation/variants.py): "nguon" must
be learned redundant and its further variants left unfetched; "cat" must be found to refile the
page and never learned redundant, and every record must keep the category of the address its
article was first read at (the listing's plain "?id=N"), not the box's.
"""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest_twisted

from crawler.demo.server import Request, Response, html
from tests.e2e.harness import compare, crawl_portal_in_process

CATEGORIES = {"1": "Tin tức", "2": "Thông báo", "3": "Tiêu điểm"}

# (id, home category, title, date, paragraphs)
ARTICLES = [
    (1, "1", "Hội giảng giáo viên dạy giỏi cấp trường năm học 2026 - 2027", "12/11/2026",
     ["Từ ngày 2 đến ngày 10 tháng 11, nhà trường tổ chức hội giảng chào mừng ngày Nhà giáo Việt Nam.",
      "Hai mươi bốn giáo viên tham gia với các tiết dạy được chuẩn bị công phu, ứng dụng công nghệ thông tin.",
      "Ban giám khảo đánh giá cao tinh thần đổi mới phương pháp dạy học của các thầy cô."]),
    (2, "1", "Học sinh lớp 9 tham quan khu di tích lịch sử địa phương", "10/11/2026",
     ["Sáng thứ Bảy, hơn một trăm học sinh khối 9 đã tham quan khu di tích lịch sử của huyện.",
      "Các em được nghe thuyết minh về truyền thống cách mạng của quê hương và dâng hương tưởng niệm.",
      "Chuyến đi là hoạt động trải nghiệm bổ ích gắn với chương trình Lịch sử và Địa lí."]),
    (3, "1", "Chi đội 8A2 ra quân làm sạch môi trường trường học", "05/11/2026",
     ["Hưởng ứng phong trào xanh - sạch - đẹp, chi đội 8A2 đã ra quân dọn vệ sinh khuôn viên nhà trường.",
      "Các em nhặt rác, nhổ cỏ và chăm sóc bồn hoa trước cổng trường trong suốt buổi chiều.",
      "Hoạt động góp phần xây dựng ý thức bảo vệ môi trường cho học sinh."]),
    (4, "1", "Tổ Khoa học tự nhiên sinh hoạt chuyên môn theo nghiên cứu bài học", "01/11/2026",
     ["Tổ Khoa học tự nhiên đã tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học.",
      "Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì đánh giá người dạy.",
      "Buổi sinh hoạt rút ra nhiều kinh nghiệm cho việc thiết kế bài học môn Khoa học tự nhiên."]),
    (5, "2", "Thông báo lịch kiểm tra giữa học kì I năm học 2026 - 2027", "08/11/2026",
     ["Nhà trường thông báo lịch kiểm tra giữa học kì I đối với các khối lớp từ ngày 16 đến ngày 20 tháng 11.",
      "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh.",
      "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài mười lăm phút."]),
    (6, "2", "Thông báo tuyển chọn học sinh tham gia đội tuyển học sinh giỏi", "03/11/2026",
     ["Nhà trường tổ chức tuyển chọn học sinh vào đội tuyển học sinh giỏi cấp huyện các môn văn hóa.",
      "Học sinh đăng kí với giáo viên bộ môn trước ngày 15 tháng 11 năm 2026.",
      "Đội tuyển được bồi dưỡng vào các buổi chiều thứ Ba và thứ Năm hằng tuần."]),
]
BY_ID = {a[0]: a for a in ARTICLES}


def _layout(crumb: str, main: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trường THCS Phú Lộc</title></head>
<body><div class="top">Thứ Năm, 03/12/2026</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin.php?cat=1">Tin tức</a></li>
<li><a href="/tin.php?cat=2">Thông báo</a></li><li><a href="/gioi-thieu.php">Giới thiệu</a></li></ul>
<div class="path">{crumb}</div>
<div class="main">{main}</div>
<div class="footer">Trường THCS Phú Lộc - Điện thoại: 0234 3456 789 - Đang online: 3</div></body></html>"""


def _crumb(cat: str) -> str:
    return f'<a href="/">Trang chủ</a> » <a href="/tin.php?cat={cat}">{CATEGORIES[cat]}</a>'


def _listing(cat: str) -> str:
    items = "".join(
        f'<li><a href="/xem.php?id={i}">{title}</a> <span>({date})</span></li>'
        for i, c, title, date, _ in ARTICLES
        if c == cat
    )
    return _layout(_crumb(cat), f'<h2>{CATEGORIES[cat]}</h2><ul class="list">{items}</ul>')


def _article(article_id: int, cat: str) -> str:
    _, _, title, date, paragraphs = BY_ID[article_id]
    others = [a for a in ARTICLES if a[0] != article_id]
    # the related list tags its links "&nguon=tinkhac"; the "Tiêu điểm" box files them under cat=3
    related = "".join(f'<li><a href="/xem.php?id={a[0]}&amp;nguon=tinkhac">{a[2]}</a></li>' for a in others[:3])
    focus = "".join(f'<li><a href="/xem.php?id={a[0]}&amp;cat=3">{a[2]}</a></li>' for a in others[3:])
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    main = f"""<div class="chitiet"><h1 class="tieude">{title}</h1><div class="ngay">Ngày đăng: {date}</div>
<div class="noidung">{body}</div></div>
<div class="tinkhac"><b>Các tin khác</b><ul>{related}</ul></div>
<div class="tieudiem"><b>Tiêu điểm</b><ul>{focus}</ul></div>"""
    return _layout(_crumb(cat), main)


class _Site:
    def respond(self, request: Request) -> Response | None:
        params = request.params
        if request.path == "/":
            return html(_layout('<a href="/">Trang chủ</a>', "<p>Chào mừng quý thầy cô và các em học sinh.</p>"))
        if request.path == "/gioi-thieu.php":
            return html(_layout('<a href="/">Trang chủ</a>', "<h1>Giới thiệu</h1><p>Trường được thành lập năm 1995.</p>"))
        if request.path == "/tin.php" and params.get("cat") in ("1", "2"):
            return html(_listing(params["cat"]))
        if request.path == "/xem.php" and params.get("id", "").isdigit() and int(params["id"]) in BY_ID:
            article_id = int(params["id"])
            cat = params.get("cat") or BY_ID[article_id][1]
            if cat not in CATEGORIES:
                return None
            return html(_article(article_id, cat))
        return None


def _gold(article_id: int) -> dict:
    _, cat, title, date, paragraphs = BY_ID[article_id]
    day, month, year = date.split("/")
    return {
        "path": f"/xem.php?id={article_id}",
        "title": title,
        "published_at": f"{year}-{month}-{day}",
        "authors": [],
        "photographers": [],
        "source": None,
        "summary": None,
        "body": "\n\n".join(paragraphs),
        "images": [],
        "category": CATEGORIES[cat],
    }


PORTAL = types.SimpleNamespace(NAME="variant_params", START_PATH="/", build_site=_Site, GOLD=[_gold(i) for i in BY_ID])


def _stat(log: str, name: str) -> int:
    found = re.search(rf"'portal/{re.escape(name)}': (\d+)", log)
    return int(found.group(1)) if found else 0


@pytest_twisted.ensureDeferred
async def test_a_tracking_parameter_is_learned_and_a_refiling_one_is_not(tmp_path: Path) -> None:
    result = await crawl_portal_in_process(PORTAL, tmp_path)
    assert result.returncode == 0, result.log[-2000:]
    assert compare(result, PORTAL) == []  # every category is the listing address's, never "Tiêu điểm"
    assert _stat(result.log, "variants/probes") >= 2
    assert "the parameter 'nguon' of" in result.log
    assert _stat(result.log, "variants/refiling_params_found") == 1
    assert _stat(result.log, "variants/redundant_params_learned") == 1  # "nguon" only, never "cat"
    fetched = [target for method, target in result.requests if target.startswith("/xem.php")]
    # "nguon" probed twice at most, then its variants are skipped; every article read plain once
    assert len([t for t in fetched if "nguon=" in t]) <= 2
    assert _stat(result.log, "variants/redundant_param_skipped") >= 1
    assert sorted(t for t in fetched if "&" not in t) == sorted(f"/xem.php?id={i}" for i in BY_ID)
