"""Trường THPT Nguyễn Trãi (thành phố Hải Dương) on a vendor's ASP.NET MVC 5 school-website product.

Platform
--------
A Vietnamese vendor sells one ASP.NET MVC 5 product to many high schools: Razor views over
Bootstrap 3, jQuery for the "Xem thêm" (load more) button of the listings, CKEditor 4 for the
posts. ``X-Powered-By: ASP.NET`` / ``X-AspNetMvc-Version: 5.2`` headers, ``/bundles/…?v=``
script bundles, ``__RequestVerificationToken`` in the comment form. Razor's ``@Model.X`` output
goes through ``HttpUtility.HtmlEncode``, which writes every character from U+00A0 to U+00FF as a
decimal reference (``Tr&#227;i``), while the post text (``@Html.Raw(Model.NoiDung)``) is raw.

URL scheme
----------
- ``/`` home: Bootstrap carousel "Tin nổi bật", one block per category, notice block.
- ``/danh-muc/<slug>-<id>.html`` listings, 3 items a page; ``?page=<N>`` (PagedList.Mvc).
  The "Xem thêm" button is ``href="javascript:void(0)"`` with ``data-url`` to the AJAX partial
  ``/Ajax/TinTuc/XemThem?danhMucId=<id>&page=<N>`` (a bare ``<div class="media">`` fragment);
  the PagedList pager is still printed, inside ``<div class="pagination-container hidden">``.
- ``/tin-tuc/<slug>-<id>.html`` posts (the route reads the id only; any slug is served);
  ``/TinTuc/ChiTiet/<id>`` the default MVC route, serving the same view.
- ``/thong-bao/<slug>-<id>.html`` notices (their own table, their own ids).
- ``/gioi-thieu.html``, ``/lien-he.html``, ``/thu-vien-anh/<slug>-<id>.html`` (album),
  ``/video/<slug>-<id>.html``, ``/van-ban/<slug>-<id>.html`` (document entry).
- ``/Ajax/TinTuc/XemThem?…`` partials; images under ``/Uploads/…`` and ``/Content/…``.

Page templates: post detail (``div.ct-tin``: headline ``h2.tdct``, info bar ``div.tt-dang``,
tool bar, sapo ``div.motangan``, text ``div.nd-ct#noidung``, comments, "Các tin khác"), notice
detail (same frame), listing, home, static pages. Sidebar on every page: notice portlet, tabs
"Tin mới | Xem nhiều", document box, website links, poll, visitor counter.

How the gold is reached
-----------------------
- Listing "Tin tức - Sự kiện" (5 posts): page 1 holds 1211, 1203, 1187; page 2 (hidden pager
  or the AJAX partial only) holds 1179 and 1164, which no other page links.
- "Hoạt động Đoàn - Đội" 1198, 1172, 1158; "Chuyên môn - Học tập" 1206, 1183; "Thông báo"
  notices 55, 52, 47 — all on page 1, the home page, and the sidebars.

Traps
-----
1. ``<h1>`` is the school's name in the banner on every page; the headline is ``h2.tdct``, and
   ``<title>``/``og:title`` print the post's SEO title, which differs from the headline for 1187
   and 1211 (1211 was renamed after publishing). Gold title: the ``h2`` as printed.
2. Dates in .NET's vi-VN ``d/M/yyyy h:mm:ss tt`` form with SA/CH (sáng/chiều) for AM/PM and no
   leading zeros: "11/10/2026 8:05:00 SA" is 11 October (not 10 November), "29/11/2026
   12:45:00 CH" is 12:45 (noon hour), "26/11/2026 4:10:00 CH" is 16:10, "8/11/2026 12:00:00 SA"
   is midnight: the day alone. Listings, "Các tin khác" and comments print dd/MM/yyyy dates of
   their own; the banner prints "Thứ Bảy, 05/12/2026".
3. Load-more listings: the "Xem thêm" button is ``javascript:void(0)`` with a ``data-url`` to an
   AJAX partial; the only plain link to page 2 is the PagedList pager hidden by Bootstrap's
   ``hidden`` class. 1179 and 1164 are reachable only through page 2 (or the partial).
4. One post, three URLs: ``/tin-tuc/<slug>-<id>.html`` (canonical), the old slug kept in the
   cached carousel "Tin nổi bật" (1211, 1198 were renamed: both slugs answer 200, no redirect)
   and ``/TinTuc/ChiTiet/<id>`` printed by ``Url.Action`` in the sidebar tab "Tin mới". Gold:
   the canonical path; the others are alt_paths.
5. Razor's HtmlEncode: headlines, listing titles, breadcrumbs and the info bar write à, ã, á, â,
   è, é, ê, ì, í, ò, ó, ô, õ, ù, ú, ý as ``&#224;``-style references (ạ, ư, ơ, đ … stay raw),
   so one headline mixes references and raw letters. Gold: the decoded text, NFC.
6. CKEditor with ``enterMode: BR``: 1198's text is one ``<div>`` whose lines are separated by
   ``<br />`` and ``<br /><br />``. Gold: each line a paragraph, no empty ones.
7. Captions three ways: a ``table.tplCaption`` copied from a newspaper (image row, caption row
   ``p.Image``) — the caption row is not text; a centred ``<em>`` line after the picture,
   sometimes in parentheses (taken off); CKEditor's ``figure/figcaption``. A line "Ảnh: Phạm
   Minh Đức" under 1164's photo is a credit: caption null, photographer.
8. The post's "Tin liên quan" list, its "Từ khóa" tags and the "Tệp đính kèm" box are rendered
   INSIDE ``div.nd-ct`` after the text (the vendor's partial views sit in the content div).
   None of it is body.
9. Bylines: the info bar prints "Người đăng: nt_admin" / "vanthu" (CMS accounts: nobody) and,
   for some posts, the vendor's "Tác giả:" field ("Đỗ Văn Lâm - Tổ Toán" -> "Đỗ Văn Lâm");
   other posts sign at the end, right-aligned, with degree and post ("ThS. Vũ Thị Hạnh – Tổ
   trưởng Tổ Ngữ văn" -> "Vũ Thị Hạnh"), "Bài, ảnh: X" (X both author and photographer),
   "Tin: X (12A5) - Ảnh: Y (11A1)", or a unit alone ("Đoàn trường THPT Nguyễn Trãi").
10. "Ý kiến bạn đọc": readers' comments under the post with names and dd/MM/yyyy HH:mm times,
    plus the comment form — neither authors, dates nor text.
11. Notice 52 is an official document: letterhead table, "Số: 128/TB-THPTNT", "Hải Dương, ngày
    30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", closing table with "Nơi nhận" and the
    signer. The info bar's posting time (1/12/2026) is not its date: the letterhead's day is.
12. Tables of results inside the text (1211, notice 47): rows are paragraphs, cells joined by
    " | ".
13. A closing "Nguồn: Sở GD&ĐT Hải Dương" line (1179) is the source; the body sentence "Theo kế
    hoạch số 1520/KH-SGDĐT …" in the same post is text.

Gold decisions on ambiguous points
----------------------------------
- The sapo (``div.motangan``, bold) is outside the text: it is the summary and the body's first
  paragraph. 1183 prints its lead as the text's first bold paragraph: summary too. Posts with
  neither have no summary (the meta description, a truncated excerpt, is not one).
- Category: the breadcrumb's section ("Tin tức - Sự kiện", "Hoạt động Đoàn - Đội",
  "Chuyên môn - Học tập", "Thông báo").
- "Tin: Vũ Đức Thắng (12A5)": the class in parentheses is the unit after the name, not the name.
- Notice 47's "Tệp đính kèm" PDF is an attachment, not an image and not text.
- Notice 55's typed "📌 " stays in its line.
- ``/Ajax/TinTuc/XemThem`` partials are not pages of their own (neither gold nor non-article).
"""

from __future__ import annotations

import re
from datetime import datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "aspnet_mvc_vendor_school_thpt"
PLATFORM = "ASP.NET MVC 5 vendor school website (Razor, Bootstrap 3, jQuery load-more)"
START_PATH = "/"

SCHOOL = "Trường THPT Nguyễn Trãi"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3

# id, slug, name as printed in menus and breadcrumbs
CATS = {
    1: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    2: ("hoat-dong-doan-doi", "Hoạt động Đoàn - Đội"),
    3: ("chuyen-mon-hoc-tap", "Chuyên môn - Học tập"),
    4: ("thong-bao", "Thông báo"),
}
NOTICE_CAT = 4


def razor(value: str) -> str:
    """``@Model.X`` output: HttpUtility.HtmlEncode writes U+00A0..U+00FF as decimal references."""
    s = esc(value).replace("&#x27;", "&#39;")
    return "".join(f"&#{ord(c)};" if 160 <= ord(c) <= 255 else c for c in s)


def vi_net(posted: str) -> str:
    """A DateTime as .NET prints it under the vi-VN culture: ``d/M/yyyy h:mm:ss tt`` (SA/CH)."""
    d = datetime.strptime(posted, "%Y-%m-%d %H:%M")
    h12 = d.hour % 12 or 12
    return f"{d.day}/{d.month}/{d.year} {h12}:{d.minute:02d}:00 {'SA' if d.hour < 12 else 'CH'}"


def dmy(posted: str) -> str:
    return datetime.strptime(posted, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y")


def _sign(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the posts -------------------------------------------------------------------------------

A1 = Story(
    id=1187,
    slug="truong-thpt-nguyen-trai-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trường THPT Nguyễn Trãi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="1",
    published_at="2026-11-20T08:30:00+07:00",
    summary=(
        "Sáng 20/11, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam, tri ân các thế hệ thầy cô giáo đã và đang công tác tại trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tới dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT Hải Dương, Thành ủy, UBND thành phố Hải "
            "Dương, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ thầy cô giáo và cựu học sinh."
        ),
        Img(
            "/Uploads/images/2026/11/le-ky-niem-20-11-01.jpg",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
            style="tpl",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường, điểm lại những kết "
            "quả nổi bật của năm học 2025 - 2026: tỉ lệ tốt nghiệp THPT đạt 100%, 38 học sinh đạt giải "
            "học sinh giỏi cấp tỉnh, 2 học sinh đạt giải quốc gia."
        ),
        P(
            "Nhân dịp này, 12 thầy cô giáo được nhận Giấy khen của Giám đốc Sở GD&ĐT vì đã có thành "
            "tích xuất sắc trong công tác giảng dạy và bồi dưỡng học sinh giỏi."
        ),
        Img(
            "/Uploads/images/2026/11/le-ky-niem-20-11-02.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 11A3.",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 11A3.",
            style="em",
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng, để lại nhiều "
            "cảm xúc cho thầy cô và các em học sinh."
        ),
        _sign("Bài, ảnh: Trần Quốc Bảo"),
    ],
    authors=["Trần Quốc Bảo"],
    photographers=["Trần Quốc Bảo"],
    opts={
        "posted": "2026-11-20 08:30",
        "poster": "nt_admin",
        "seo": "Lễ kỷ niệm 20/11 năm 2026 - THPT Nguyễn Trãi Hải Dương",
        "tags": ["20/11", "Nhà giáo Việt Nam"],
        "related": [1211, 1198],
        "comments": [
            ("Cựu học sinh khóa 2010 - 2013", "20/11/2026 10:02", "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc!"),
        ],
    },
)

A2 = Story(
    id=1203,
    slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
    cat="1",
    published_at="2026-11-29T12:45:00+07:00",
    summary=(
        "Trưa 29/11, Trường THPT Nguyễn Trãi tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I nhằm "
        "thông tin kết quả học tập, rèn luyện của học sinh và thống nhất các biện pháp phối hợp giáo dục."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội nghị được tổ chức đồng thời tại 36 lớp học với sự tham dự của gần 1.500 phụ huynh. "
            "Các giáo viên chủ nhiệm đã thông báo kết quả kiểm tra giữa kỳ và tình hình nề nếp của từng lớp."
        ),
        P("Một số nội dung chính của hội nghị:", "b"),
        P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh.", "li"),
        P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I.", "li"),
        P("Thống nhất biện pháp phòng chống bạo lực học đường và tai nạn giao thông.", "li"),
        Img(
            "/Uploads/images/2026/11/hoi-nghi-cmhs-10a2.jpg",
            "(Quang cảnh hội nghị cha mẹ học sinh lớp 10A2)",
            "Quang cảnh hội nghị cha mẹ học sinh lớp 10A2",
            style="em",
        ),
        P(
            "Nhiều ý kiến của phụ huynh đã được giáo viên chủ nhiệm ghi nhận và tổng hợp gửi Ban Giám "
            "hiệu để có phương án giải quyết kịp thời."
        ),
        _sign("Nguyễn Thị Mai Anh - Tổ Văn phòng"),
    ],
    authors=["Nguyễn Thị Mai Anh"],
    opts={"posted": "2026-11-29 12:45", "poster": "nt_admin", "related": [1187]},
)

A3 = Story(
    id=1179,
    slug="doan-kiem-tra-cua-so-gd-dt-hai-duong-kiem-tra-cong-tac-chuyen-mon-tai-truong",
    title="Đoàn kiểm tra của Sở GD&ĐT Hải Dương kiểm tra công tác chuyên môn tại Trường THPT Nguyễn Trãi",
    cat="1",
    published_at="2026-11-05T15:20:00+07:00",
    summary=(
        "Ngày 04/11/2026, Đoàn kiểm tra của Sở GD&ĐT Hải Dương do ông Phạm Đức Minh, Phó Giám đốc "
        "Sở làm trưởng đoàn đã đến kiểm tra công tác chuyên môn tại Trường THPT Nguyễn Trãi."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch số 1520/KH-SGDĐT ngày 15/10/2026, đoàn kiểm tra việc thực hiện chương trình "
            "giáo dục phổ thông 2018, công tác kiểm tra, đánh giá và hồ sơ chuyên môn của các tổ."
        ),
        P(
            "Đoàn đã dự 12 tiết dạy ở các môn Toán, Ngữ văn, Tiếng Anh, Lịch sử, Sinh học; kiểm tra hồ "
            "sơ của 6 tổ chuyên môn và 24 giáo viên."
        ),
        Img(
            "/Uploads/images/2026/11/doan-kiem-tra-so.jpg",
            "Đoàn kiểm tra dự giờ tiết Ngữ văn lớp 12A1.",
            "Đoàn kiểm tra dự giờ tiết Ngữ văn lớp 12A1.",
            style="tpl",
        ),
        P(
            "Kết luận buổi kiểm tra, ông Phạm Đức Minh đánh giá cao sự chuẩn bị chu đáo của nhà trường, "
            "đồng thời đề nghị tiếp tục đổi mới phương pháp dạy học, tăng cường ứng dụng công nghệ thông tin."
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Hải Dương</em></p>'),
    ],
    source="Sở GD&ĐT Hải Dương",
    opts={"posted": "2026-11-05 15:20", "poster": "nt_admin", "related": [1164]},
)

A4 = Story(
    id=1211,
    slug="hoc-sinh-truong-thpt-nguyen-trai-dat-12-giai-trong-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    title="Học sinh Trường THPT Nguyễn Trãi đạt 12 giải trong Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
    cat="1",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 vừa được Sở GD&ĐT Hải Dương "
        "công bố kết quả, đội tuyển của Trường THPT Nguyễn Trãi giành 12 giải, trong đó có 2 giải Nhất."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi diễn ra trong hai ngày 25 và 26/11/2026 với sự tham gia của gần 1.400 thí sinh đến "
            "từ các trường THPT trong toàn tỉnh. Nhà trường cử 40 học sinh tham dự ở 10 môn thi."
        ),
        P("Kết quả cụ thể theo từng môn như sau:"),
        P("Môn thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "row"),
        P("Toán | 1 | 1 | 0 | 1", "row"),
        P("Ngữ văn | 0 | 1 | 1 | 0", "row"),
        P("Tiếng Anh | 1 | 0 | 2 | 1", "row"),
        P("Vật lí | 0 | 1 | 0 | 2", "row"),
        P("Tổng | 2 | 3 | 3 | 4", "row"),
        Img(
            "/Uploads/images/2026/12/khen-thuong-hsg-tinh.jpg",
            "Thầy Hiệu trưởng Nguyễn Văn Thành khen thưởng các em học sinh đạt giải Nhất.",
            "Thầy Hiệu trưởng Nguyễn Văn Thành khen thưởng các em học sinh đạt giải Nhất.",
            style="tpl",
        ),
        P(
            "Thay mặt Ban Giám hiệu, thầy Nguyễn Văn Thành biểu dương tinh thần học tập nghiêm túc của "
            "các em học sinh và sự tận tụy của các thầy cô giáo trực tiếp bồi dưỡng đội tuyển."
        ),
        P(
            "Đây là kết quả cao nhất của nhà trường trong 5 năm trở lại đây, tạo động lực để các đội "
            "tuyển chuẩn bị cho Kỳ thi chọn học sinh giỏi quốc gia năm 2027."
        ),
    ],
    authors=["Lê Thị Hồng Nhung"],
    opts={
        "posted": "2026-12-03 14:30",
        "poster": "nt_admin",
        "byline_field": "Lê Thị Hồng Nhung",
        "old_slug": "hoc-sinh-dat-giai-hsg-cap-tinh-nam-hoc-2026-2027",
        "seo": "Học sinh đạt giải HSG cấp tỉnh năm học 2026-2027",
        "tags": ["học sinh giỏi", "thành tích"],
        "related": [1187, 1206],
        "comments": [
            ("Phụ huynh Nguyễn Văn Tùng", "04/12/2026 08:12", "Chúc mừng các em và các thầy cô đội tuyển!"),
            ("Hoàng Minh Châu", "04/12/2026 21:40", "Tự hào về trường mình quá ạ."),
        ],
    },
)

A5 = Story(
    id=1164,
    slug="toa-dam-phong-chong-bao-luc-hoc-duong-nam-hoc-2026-2027",
    title="Tọa đàm “Phòng chống bạo lực học đường” năm học 2026 - 2027",
    cat="1",
    published_at="2026-10-11T08:05:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao nhận thức của học sinh về phòng chống bạo lực học đường, sáng 10/10 Đoàn "
            "trường phối hợp với Công an phường Nguyễn Trãi tổ chức buổi tọa đàm cho gần 500 học sinh khối 10."
        ),
        Img("/Uploads/images/2026/10/toa-dam-bao-luc-hoc-duong.jpg", "Ảnh: Phạm Minh Đức", None, style="em"),
        P(
            "Tại buổi tọa đàm, các em học sinh được nghe chia sẻ về các hình thức bạo lực học đường, "
            "cách nhận diện và kỹ năng xử lý khi bản thân hoặc bạn bè bị bắt nạt."
        ),
        P(
            "Nhiều câu hỏi tình huống đã được các em đặt ra và nhận được giải đáp cụ thể từ các báo cáo viên."
        ),
    ],
    authors=["Nguyễn Hải Yến"],
    photographers=["Phạm Minh Đức"],
    opts={
        "posted": "2026-10-11 08:05",
        "poster": "nt_admin",
        "byline_field": "Nguyễn Hải Yến",
        "related": [1179, 1158],
    },
)

B1 = Story(
    id=1198,
    slug="doan-truong-phat-dong-thang-hanh-dong-tuoi-tre-nguyen-trai-vi-cong-dong",
    title="Đoàn trường phát động Tháng hành động “Tuổi trẻ Nguyễn Trãi vì cộng đồng”",
    cat="2",
    published_at="2026-11-26T16:10:00+07:00",
    blocks=[
        Img("/Uploads/images/2026/11/phat-dong-thang-hanh-dong.jpg", None, None, style="none"),
        P(
            "Chiều 26/11, Ban Chấp hành Đoàn trường THPT Nguyễn Trãi tổ chức lễ phát động Tháng hành "
            "động “Tuổi trẻ Nguyễn Trãi vì cộng đồng” với sự tham gia của 36 chi đoàn."
        ),
        P("Trong thời gian từ 26/11 đến 26/12/2026, các chi đoàn sẽ triển khai các hoạt động:"),
        P("- Quyên góp sách vở, quần áo ấm tặng học sinh vùng cao;"),
        P("- Tổng vệ sinh khuôn viên trường và khu dân cư xung quanh;"),
        P("- Thăm hỏi, tặng quà các gia đình chính sách trên địa bàn phường."),
        P(
            "Kết thúc tháng hành động, Đoàn trường sẽ tổng kết, khen thưởng các chi đoàn và cá nhân "
            "có thành tích xuất sắc."
        ),
        _sign("Đoàn trường THPT Nguyễn Trãi"),
    ],
    authors=["Đoàn trường THPT Nguyễn Trãi"],
    opts={
        "posted": "2026-11-26 16:10",
        "poster": "doanthanhnien",
        "br": True,
        "old_slug": "doan-truong-phat-dong-thang-thanh-nien-tinh-nguyen",
        "related": [1172],
    },
)

B2 = Story(
    id=1172,
    slug="giai-bong-da-nam-hoc-sinh-chao-mung-ngay-20-11-kich-tinh-tran-chung-ket",
    title="Giải bóng đá nam học sinh chào mừng ngày 20/11: Kịch tính trận chung kết giữa 11A1 và 12A5",
    cat="2",
    published_at="2026-11-08",
    blocks=[
        P(
            "Sau hai tuần tranh tài sôi nổi, trận chung kết Giải bóng đá nam học sinh chào mừng ngày "
            "Nhà giáo Việt Nam 20/11 đã diễn ra chiều 7/11 tại sân vận động của trường."
        ),
        Img(
            "/Uploads/images/2026/11/chung-ket-bong-da.jpg",
            "Hai đội trưởng bắt tay trước giờ bóng lăn.",
            "Hai đội trưởng bắt tay trước giờ bóng lăn.",
            style="fig",
        ),
        P(
            "Hai đội 11A1 và 12A5 cống hiến cho khán giả một trận đấu hấp dẫn. Sau hai hiệp chính hòa "
            "1 - 1, đội 12A5 giành chiến thắng 4 - 3 trên chấm luân lưu."
        ),
        P("Giải phong cách được trao cho đội 10A4, vua phá lưới thuộc về em Lương Tuấn Kiệt (11A1) với 7 bàn thắng."),
        _sign("Tin: Vũ Đức Thắng (12A5) - Ảnh: Bùi Ngọc Lan (11A1)"),
    ],
    authors=["Vũ Đức Thắng"],
    photographers=["Bùi Ngọc Lan"],
    opts={"posted": "2026-11-08 00:00", "poster": "doanthanhnien", "related": [1198, 1158]},
)

B3 = Story(
    id=1158,
    slug="ngay-hoi-hoc-sinh-voi-an-toan-giao-thong-nam-2026",
    title="Ngày hội “Học sinh với an toàn giao thông” năm 2026",
    cat="2",
    published_at="2026-10-20T09:00:00+07:00",
    blocks=[
        P(
            "Hưởng ứng Năm an toàn giao thông 2026, Đoàn trường tổ chức Ngày hội “Học sinh với an toàn "
            "giao thông” với nhiều hoạt động bổ ích như thi tìm hiểu Luật Giao thông đường bộ, thực hành "
            "đội mũ bảo hiểm đúng cách."
        ),
        Img(
            "/Uploads/images/2026/10/ngay-hoi-atgt-01.jpg",
            "Học sinh thực hành đội mũ bảo hiểm đúng cách.",
            "Học sinh thực hành đội mũ bảo hiểm đúng cách.",
            style="fig",
        ),
        P("Phần thi sân khấu hóa của các chi đoàn thu hút đông đảo học sinh cổ vũ."),
        Img(
            "/Uploads/images/2026/10/ngay-hoi-atgt-02.jpg",
            "Tiểu phẩm “Đi đường an toàn” của chi đoàn 10A6.",
            "Tiểu phẩm “Đi đường an toàn” của chi đoàn 10A6.",
            style="fig",
        ),
        P("Kết quả, chi đoàn 10A6 đạt giải Nhất, chi đoàn 11A2 và 12A3 đồng giải Nhì."),
    ],
    opts={"posted": "2026-10-20 09:00", "poster": "doanthanhnien", "related": [1172]},
)

C1 = Story(
    id=1206,
    slug="chuyen-de-day-hoc-theo-dinh-huong-phat-trien-nang-luc-mon-ngu-van-lop-11",
    title="Chuyên đề dạy học theo định hướng phát triển năng lực môn Ngữ văn lớp 11",
    cat="3",
    published_at="2026-12-01T10:15:00+07:00",
    summary=(
        "Tổ Ngữ văn tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo định hướng phát triển "
        "năng lực” nhằm trao đổi kinh nghiệm triển khai chương trình Ngữ văn 2018 ở lớp 11."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Mục tiêu của chuyên đề", "b"),
        P(
            "Chuyên đề hướng tới việc giúp học sinh hình thành kĩ năng đọc hiểu văn bản nghị luận theo "
            "đặc trưng thể loại, đúng với yêu cầu cần đạt của chương trình.[1]"
        ),
        P("2. Tiết dạy minh họa", "b"),
        P(
            "Cô Phạm Thu Trang dạy minh họa bài “Chiếu cầu hiền” của Ngô Thì Nhậm tại lớp 11A4 với các "
            "hoạt động nhóm, phiếu học tập và sơ đồ tư duy."
        ),
        Img(
            "/Uploads/images/2026/12/chuyen-de-ngu-van-11.jpg",
            "Tiết dạy minh họa tại lớp 11A4.",
            "Tiết dạy minh họa tại lớp 11A4.",
            style="em",
        ),
        P(
            "Các thầy cô dự giờ đã thảo luận, góp ý về cách thiết kế câu hỏi đọc hiểu và cách tổ chức "
            "hoạt động cho học sinh."
        ),
        P("Tài liệu tham khảo", "b"),
        P("[1] Bộ GD&ĐT, Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm Thông tư 32/2018/TT-BGDĐT."),
        _sign("ThS. Vũ Thị Hạnh – Tổ trưởng Tổ Ngữ văn"),
    ],
    authors=["Vũ Thị Hạnh"],
    opts={"posted": "2026-12-01 10:15", "poster": "nt_admin", "related": [1183]},
)

C2 = Story(
    id=1183,
    slug="on-tap-kiem-tra-giua-ky-i-mon-toan-12-mot-so-luu-y-cho-hoc-sinh",
    title="Ôn tập kiểm tra giữa kỳ I môn Toán 12: Một số lưu ý cho học sinh",
    cat="3",
    published_at="2026-11-14T19:45:00+07:00",
    summary=(
        "Để đạt kết quả tốt trong bài kiểm tra giữa kỳ I môn Toán, học sinh lớp 12 cần ôn tập có hệ "
        "thống, bám sát ma trận đề và rèn luyện kỹ năng làm bài trắc nghiệm."
    ),
    blocks=[
        P(
            "Để đạt kết quả tốt trong bài kiểm tra giữa kỳ I môn Toán, học sinh lớp 12 cần ôn tập có hệ "
            "thống, bám sát ma trận đề và rèn luyện kỹ năng làm bài trắc nghiệm.",
            "b",
        ),
        P("Bài kiểm tra gồm ba phần theo định dạng mới: trắc nghiệm nhiều phương án lựa chọn, trắc nghiệm đúng sai và trả lời ngắn."),
        P("Tổ Toán lưu ý học sinh một số điểm sau:"),
        P("Nắm vững kiến thức về ứng dụng đạo hàm để khảo sát hàm số;", "li"),
        P("Luyện tập các dạng bài về vectơ trong không gian;", "li"),
        P("Phân bố thời gian hợp lý, không bỏ trống câu trả lời.", "li"),
        P("Chúc các em ôn tập hiệu quả và đạt kết quả cao!"),
    ],
    authors=["Đỗ Văn Lâm"],
    opts={
        "posted": "2026-11-14 19:45",
        "poster": "nt_admin",
        "byline_field": "Đỗ Văn Lâm - Tổ Toán",
        "related": [1206],
    },
)

_LETTERHEAD = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="text-align:center; width:40%">SỞ GD&amp;ĐT HẢI DƯƠNG<br /><strong>TRƯỜNG THPT NGUYỄN TRÃI</strong>'
    "<br />Số: 128/TB-THPTNT</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br /><em>Hải Dương, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
)
_CLOSING = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%"><strong><em>Nơi nhận:</em></strong><br />- Các tổ, bộ phận;<br />'
    "- Website trường;<br />- Lưu VT.</td>"
    '<td style="text-align:center"><strong>HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em><br /><br />'
    "<strong>Nguyễn Văn Thành</strong></td></tr></tbody></table>"
)

N1 = Story(
    id=52,
    slug="thong-bao-nghi-tet-duong-lich-nam-2027",
    title="Thông báo nghỉ Tết Dương lịch năm 2027",
    cat="4",
    published_at="2026-11-30",
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Công văn số 2150/SGDĐT-VP ngày 25/11/2026 của Sở GD&ĐT Hải Dương về việc nghỉ Tết "
            "Dương lịch năm 2027;"
        ),
        P("Trường THPT Nguyễn Trãi thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
        P("1. Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày, thứ Sáu ngày 01/01/2027."),
        P("2. Học sinh đi học trở lại bình thường từ thứ Bảy ngày 02/01/2027."),
        P("3. Các tổ, bộ phận phân công trực bảo vệ, đảm bảo an toàn tài sản trong thời gian nghỉ."),
        P("Đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./."),
        _CLOSING,
    ],
    authors=["Nguyễn Văn Thành"],
    opts={"posted": "2026-12-01 09:00", "poster": "vanthu"},
)

N2 = Story(
    id=47,
    slug="lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
    cat="4",
    published_at="2026-10-22T14:00:00+07:00",
    blocks=[
        P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027 các môn kiểm tra tập trung như sau:"),
        P("Khối | Ngày kiểm tra | Môn", "row"),
        P("Khối 10 | 02/11/2026 | Toán, Ngữ văn", "row"),
        P("Khối 11 | 03/11/2026 | Toán, Ngữ văn, Tiếng Anh", "row"),
        P("Khối 12 | 04/11/2026 | Toán, Ngữ văn, Tiếng Anh", "row"),
        P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."),
    ],
    opts={
        "posted": "2026-10-22 14:00",
        "poster": "vanthu",
        "files": [("/Uploads/files/Lich-KTGK1-2026-2027.pdf", "Lich-KTGK1-2026-2027.pdf")],
    },
)

N3 = Story(
    id=55,
    slug="thong-bao-thu-ho-so-xet-hoc-bong-nguyen-trai-nam-hoc-2026-2027",
    title="Thông báo thu hồ sơ xét học bổng “Nguyễn Trãi” năm học 2026 - 2027",
    cat="4",
    published_at="2026-12-04T15:00:00+07:00",
    blocks=[
        P(
            "Thực hiện Quy chế học bổng “Nguyễn Trãi” của Hội Cựu học sinh nhà trường, Ban Giám hiệu "
            "thông báo thu hồ sơ xét học bổng năm học 2026 - 2027."
        ),
        P("📌 Hồ sơ gồm:"),
        P("Đơn đề nghị xét học bổng có xác nhận của giáo viên chủ nhiệm;", "li"),
        P("Bản sao học bạ hoặc phiếu kết quả học tập năm học 2025 - 2026;", "li"),
        P("Giấy xác nhận hoàn cảnh gia đình (nếu có).", "li"),
        P("Thời hạn nộp hồ sơ: trước ngày 15/12/2026 tại Văn phòng nhà trường."),
    ],
    opts={"posted": "2026-12-04 15:00", "poster": "vanthu"},
)

POSTS = [A4, C1, A2, B1, A1, C2, A3, B2, B3, A5]
NOTICES = [N3, N1, N2]
_BY_ID = {s.id: s for s in POSTS}
_NOTICE_BY_ID = {s.id: s for s in NOTICES}


def _posted(s: Story) -> str:
    return s.opts["posted"]


def _in_cat(cat: int) -> list[Story]:
    pool = NOTICES if cat == NOTICE_CAT else POSTS
    return sorted((s for s in pool if s.cat == str(cat)), key=_posted, reverse=True)


def post_path(s: Story, slug: str | None = None) -> str:
    kind = "thong-bao" if s.cat == str(NOTICE_CAT) else "tin-tuc"
    return f"/{kind}/{slug or s.slug}-{s.id}.html"


def cat_path(cat: int, page: int = 1) -> str:
    slug, _ = CATS[cat]
    return f"/danh-muc/{slug}-{cat}.html" + (f"?page={page}" if page > 1 else "")


# --- non-articles ---------------------------------------------------------------------------

INTRO = "/gioi-thieu.html"
CONTACT = "/lien-he.html"
ALBUM = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-9.html"
VIDEO = "/video/van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11-4.html"
DOCUMENT = "/van-ban/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027-31.html"
NON_ARTICLES = [INTRO, CONTACT, ALBUM, VIDEO, DOCUMENT]

# --- chrome -----------------------------------------------------------------------------------

_MOST_READ = [1187, 1172, 1183, 1203, 1158]


def _head(title: str, request: Request, canonical: str | None, desc: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    og = (
        f'<meta property="og:title" content="{razor(title)}" />\n<meta property="og:url" content="{base}{canonical}" />\n'
        if canonical
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{razor(title)} | {razor(SCHOOL)} - Hải Dương</title>
<meta name="description" content="{razor(desc)}" />
{canon}{og}<link href="/Content/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/font-awesome.min.css" rel="stylesheet" />
<link href="/Content/themes/truonghoc-xanh/site.css?v=3.2.1" rel="stylesheet" />
<script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
</head>
"""


def _menu() -> str:
    def item(cat: int) -> str:
        return f'<li><a href="{cat_path(cat)}">{razor(CATS[cat][1])}</a></li>'

    return f"""<nav class="navbar navbar-default navbar-mn" role="navigation">
<div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnChinh">
<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="mnChinh"><ul class="nav navbar-nav">
<li><a href="/"><i class="glyphicon glyphicon-home"></i></a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
<ul class="dropdown-menu"><li><a href="{INTRO}">Giới thiệu chung</a></li><li><a href="{CONTACT}">Liên hệ</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
<ul class="dropdown-menu">{item(1)}{item(2)}</ul></li>
{item(3)}
{item(4)}
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Thư viện <b class="caret"></b></a>
<ul class="dropdown-menu"><li><a href="{ALBUM}">Thư viện ảnh</a></li><li><a href="{VIDEO}">Video clip</a></li></ul></li>
<li><a href="{DOCUMENT}">Văn bản</a></li>
<li><a href="{CONTACT}">Liên hệ</a></li>
</ul></div></div></nav>
"""


def _top() -> str:
    return f"""<body>
<div class="top-bar"><div class="container"><span class="ngay-ht"><i class="glyphicon glyphicon-calendar"></i> {HEADER_DATE}</span>
<span class="pull-right"><a href="https://www.facebook.com/thptnguyentraihd" target="_blank">Facebook</a> | <a href="mailto:c3nguyentrai.hd@haiduong.edu.vn">Email</a></span></div></div>
<header class="banner"><div class="container">
<a href="/" class="logo"><img src="/Content/themes/truonghoc-xanh/images/logo-nt.png" alt="Logo" /></a>
<h1 class="ten-truong">{razor(SCHOOL.upper())}<small>Thành phố Hải Dương - Tỉnh Hải Dương</small></h1>
</div></header>
{_menu()}"""


def _titled_list(stories: list[Story], url) -> str:
    return "".join(
        f'<li><a href="{url(s)}" title="{razor(s.title)}">{razor(s.title)}</a></li>' for s in stories
    )


def _sidebar() -> str:
    newest = sorted(POSTS, key=_posted, reverse=True)[:5]
    tab_new = _titled_list(newest, lambda s: f"/TinTuc/ChiTiet/{s.id}")
    tab_read = _titled_list([_BY_ID[i] for i in _MOST_READ], post_path)
    notices = "".join(
        f'<li><a href="{post_path(s)}">{razor(s.title)}</a> <span class="ngay">({dmy(_posted(s))})</span></li>'
        for s in NOTICES
    )
    return f"""<div class="col-md-3 cot-phai">
<div class="panel panel-primary pn-thongbao"><div class="panel-heading"><i class="glyphicon glyphicon-bullhorn"></i> THÔNG BÁO</div>
<div class="panel-body"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul class="list-unstyled">{notices}</ul></marquee></div></div>
<div class="tab-tin">
<ul class="nav nav-tabs"><li class="active"><a href="#tabMoi" data-toggle="tab">Tin mới</a></li><li><a href="#tabXemNhieu" data-toggle="tab">Xem nhiều</a></li></ul>
<div class="tab-content"><div class="tab-pane active" id="tabMoi"><ul>{tab_new}</ul></div>
<div class="tab-pane" id="tabXemNhieu"><ul>{tab_read}</ul></div></div></div>
<div class="panel panel-default"><div class="panel-heading">VĂN BẢN MỚI</div>
<div class="panel-body"><ul><li><a href="{DOCUMENT}">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></li></ul></div></div>
<div class="panel panel-default"><div class="panel-heading">LIÊN KẾT WEBSITE</div><div class="panel-body">
<select class="form-control" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://haiduong.edu.vn">Sở GD&amp;ĐT Hải Dương</option></select>
<a href="https://haiduong.edu.vn" target="_blank"><img src="/Uploads/banner/sgd-haiduong.png" alt="Sở GD&amp;ĐT Hải Dương" class="img-responsive" /></a></div></div>
<div class="panel panel-default"><div class="panel-heading">THĂM DÒ Ý KIẾN</div><div class="panel-body">
<p>Bạn đánh giá thế nào về website mới của trường?</p>
<div class="radio"><label><input type="radio" name="bc" value="1" /> Rất đẹp, dễ sử dụng</label></div>
<div class="radio"><label><input type="radio" name="bc" value="2" /> Bình thường</label></div>
<button type="button" class="btn btn-xs btn-primary" onclick="BinhChon.gui(3)">Biểu quyết</button></div></div>
<div class="panel panel-default thong-ke"><div class="panel-heading">THỐNG KÊ TRUY CẬP</div><div class="panel-body">
<p>Đang online: <b>27</b></p><p>Hôm nay: <b>812</b></p><p>Tổng truy cập: <b>1.254.387</b></p></div></div>
</div>
"""


def _footer() -> str:
    return """<footer class="footer"><div class="container">
<p><strong>TRƯỜNG THPT NGUYỄN TRÃI - THÀNH PHỐ HẢI DƯƠNG</strong></p>
<p>Địa chỉ: Số 32 đường Chi Lăng, phường Nguyễn Trãi, thành phố Hải Dương, tỉnh Hải Dương</p>
<p>Điện thoại: 0220.3852.614 - Email: c3nguyentrai.hd@haiduong.edu.vn</p>
<p>© 2026 Bản quyền thuộc Trường THPT Nguyễn Trãi. Phát triển bởi VietSchool Software - Giải pháp website trường học.</p>
</div></footer>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script src="/Scripts/truonghoc.common.js?v=3.2.1"></script>
</body>
</html>"""


def _page(request: Request, title: str, main: str, canonical: str | None = None, desc: str = "") -> Response:
    body = (
        _head(title, request, canonical, desc)
        + _top()
        + '<div class="container noi-dung-chinh"><div class="row">\n<div class="col-md-9 cot-trai">\n'
        + main
        + "\n</div>\n"
        + _sidebar()
        + "</div></div>\n"
        + _footer()
    )
    return html(body, headers={"X-Powered-By": "ASP.NET", "X-AspNetMvc-Version": "5.2"})


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in items:
        parts.append(f'<li><a href="{href}">{razor(label)}</a></li>' if href else f'<li class="active">{razor(label)}</li>')
    return '<ol class="breadcrumb">' + "".join(parts) + "</ol>\n"


# --- article text --------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'
    if img.style == "tpl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width:100%">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td><p class="Image">{esc(img.printed or "")}</p></td></tr></tbody></table>'
        )
    if img.style == "em":
        return f'<p style="text-align:center">{tag}</p>\n<p style="text-align:center"><em>{esc(img.printed or "")}</em></p>'
    if img.style == "fig":
        return f'<figure class="image" style="display:inline-block">{tag}<figcaption>{esc(img.printed or "")}</figcaption></figure>'
    return f'<p style="text-align:center">{tag}</p>'


def _body_html(s: Story) -> str:
    if s.opts.get("br"):
        return _br_body(s)
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" class="table table-bordered"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            i = j
            continue
        if isinstance(b, P):
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;"><span style="font-size:14px;">{esc(b.text)}</span></p>')
        elif isinstance(b, Img):
            out.append(_img_html(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _br_body(s: Story) -> str:
    """CKEditor enterMode BR: one div, lines split by <br />; paragraphs by <br /><br />, list
    lines by a single <br />."""
    out: list[str] = []
    lines: list[str] = []
    prev_dash = False
    for b in s.blocks:
        if isinstance(b, Img):
            out.append(_img_html(b))
        elif isinstance(b, P):
            dash = b.text.startswith("- ")
            if lines:
                lines.append("<br />\n" if dash and prev_dash else "<br />\n<br />\n")
            lines.append(esc(b.text))
            prev_dash = dash
        else:
            if lines:
                out.append('<div style="text-align: justify;">' + "".join(lines) + "<br />\n&nbsp;</div>")
                lines = []
            out.append(b.html)
    if lines:
        out.append('<div style="text-align: justify;">' + "".join(lines) + "</div>")
    return "\n".join(out)


def _detail(request: Request, s: Story) -> Response:
    notice = s.cat == str(NOTICE_CAT)
    cat = int(s.cat)
    canonical = post_path(s)
    info = [
        f'<span class="ngaydang"><i class="glyphicon glyphicon-time"></i> {vi_net(_posted(s))}</span>',
        f'<span class="luotxem"><i class="glyphicon glyphicon-eye-open"></i> Lượt xem: {s.views():,}</span>'.replace(",", "."),
        f'<span class="nguoidang"><i class="glyphicon glyphicon-user"></i> Người đăng: {razor(s.opts["poster"])}</span>',
    ]
    if s.opts.get("byline_field"):
        info.append(f'<span class="tacgia"><i class="glyphicon glyphicon-pencil"></i> Tác giả: {razor(s.opts["byline_field"])}</span>')
    sapo = (
        f'<div class="motangan"><strong>{razor(s.summary)}</strong></div>\n'
        if s.summary and s.sapo_outside
        else ""
    )
    extras: list[str] = []
    for href, name in s.opts.get("files", []):
        extras.append(
            f'<div class="dinhkem"><b><i class="glyphicon glyphicon-paperclip"></i> Tệp đính kèm:</b> '
            f'<a href="{href}" target="_blank">{esc(name)}</a></div>'
        )
    if s.opts.get("tags"):
        extras.append(
            '<div class="tukhoa"><i class="glyphicon glyphicon-tags"></i> Từ khóa: '
            + " ".join(f'<span class="label label-info">{esc(t)}</span>' for t in s.opts["tags"])
            + "</div>"
        )
    if s.opts.get("related"):
        rel = [_BY_ID[i] for i in s.opts["related"]]
        extras.append(
            '<div class="tinlienquan"><h4>Tin liên quan</h4><ul>'
            + "".join(
                f'<li><a href="{post_path(r)}">{razor(r.title)}</a> <i>({dmy(_posted(r))})</i></li>' for r in rel
            )
            + "</ul></div>"
        )
    comments = ""
    if not notice:
        items = "".join(
            f'<div class="item-bl"><b>{esc(n)}</b> <i>({esc(w)})</i><p>{esc(t)}</p></div>'
            for n, w, t in s.opts.get("comments", [])
        )
        token = opaque(f"csrf-{s.id}", 64)
        comments = f"""<div class="binhluan"><h4>Ý kiến bạn đọc ({len(s.opts.get("comments", []))})</h4>
{items}
<form action="/BinhLuan/Gui" method="post" class="form-horizontal">
<input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input type="hidden" name="TinTucId" value="{s.id}" />
<input type="text" name="HoTen" class="form-control" placeholder="Họ và tên" />
<textarea name="NoiDung" class="form-control" rows="3" placeholder="Nội dung ý kiến"></textarea>
<button type="submit" class="btn btn-primary btn-sm">Gửi ý kiến</button></form></div>
"""
    others = [o for o in _in_cat(cat) if o.id != s.id][:2]
    other_html = "".join(
        f'<li><a href="{post_path(o)}">{razor(o.title)}</a> <span class="text-muted">({dmy(_posted(o))})</span></li>'
        for o in others
    )
    main = f"""{_crumbs((CATS[cat][1], cat_path(cat)))}<div class="ct-tin" id="ctl-tin-{s.id}">
<h2 class="tdct">{razor(s.title)}</h2>
<div class="tt-dang">{" &nbsp; ".join(info)}</div>
<div class="cong-cu text-right"><a href="javascript:void(0)" onclick="TruongHoc.coChu(1)">A+</a> <a href="javascript:void(0)" onclick="TruongHoc.coChu(-1)">A-</a>
<a href="javascript:window.print()"><i class="glyphicon glyphicon-print"></i> In bài</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{canonical}" target="_blank" class="btn btn-xs btn-primary">Chia sẻ</a></div>
{sapo}<div class="nd-ct" id="noidung">
{_body_html(s)}
{chr(10).join(extras)}
</div>
{comments}<div class="tin-khac"><h4>Các tin khác</h4><ul>{other_html}</ul></div>
</div>"""
    desc = (s.summary or next(b.text for b in s.blocks if isinstance(b, P)))[:150] + "..."
    return _page(request, s.opts.get("seo") or s.title, main, canonical, desc)


# --- listings --------------------------------------------------------------------------------


def _items(stories: list[Story]) -> str:
    out = []
    for s in stories:
        excerpt = (s.summary or next(b.text for b in s.blocks if isinstance(b, P)))[:120].rsplit(" ", 1)[0] + "..."
        out.append(
            f"""<div class="media item-tin">
<a class="pull-left" href="{post_path(s)}"><img class="media-object" src="/Uploads/thumbs/{s.id}.jpg" alt="{razor(s.title)}" width="160" /></a>
<div class="media-body"><h4 class="media-heading"><a href="{post_path(s)}">{razor(s.title)}</a></h4>
<p class="ngay"><i class="glyphicon glyphicon-time"></i> {dmy(_posted(s))}</p><p>{razor(excerpt)}</p></div></div>"""
        )
    return "\n".join(out)


def _pages(cat: int) -> int:
    return max(1, -(-len(_in_cat(cat)) // PAGE_SIZE))


def _pager(cat: int, page: int) -> str:
    total = _pages(cat)
    if total == 1:
        return ""
    lis = []
    if page > 1:
        lis.append(f'<li class="PagedList-skipToPrevious"><a href="{cat_path(cat)}?page={page - 1}" rel="prev">«</a></li>')
    for n in range(1, total + 1):
        if n == page:
            lis.append(f'<li class="active"><a>{n}</a></li>')
        else:
            lis.append(f'<li><a href="{cat_path(cat)}?page={n}">{n}</a></li>')
    if page < total:
        lis.append(f'<li class="PagedList-skipToNext"><a href="{cat_path(cat)}?page={page + 1}" rel="next">»</a></li>')
    more = ""
    if page < total:
        more = (
            '<div class="text-center"><a href="javascript:void(0)" class="btn btn-default btn-xemthem" '
            f'data-url="/Ajax/TinTuc/XemThem?danhMucId={cat}&amp;page={page + 1}" data-total="{total}">'
            'Xem thêm <i class="glyphicon glyphicon-chevron-down"></i></a></div>\n'
        )
    return (
        more
        + '<div class="pagination-container hidden"><ul class="pagination">'
        + "".join(lis)
        + "</ul></div>\n"
        + """<script>
$(function () {
  $('.btn-xemthem').click(function () {
    var btn = $(this), url = btn.data('url');
    $.get(url, function (res) {
      $('#dsTin').append(res);
      var p = parseInt(url.split('page=')[1]) + 1;
      if (p > btn.data('total')) btn.hide(); else btn.data('url', url.replace(/page=\\d+/, 'page=' + p));
    });
  });
});
</script>"""
    )


def _listing(request: Request, cat: int, page: int) -> Response:
    stories = _in_cat(cat)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    name = CATS[cat][1]
    items = _items(stories) if stories else '<p class="text-muted">Không có dữ liệu.</p>'
    main = (
        _crumbs((name, None))
        + f'<h2 class="tieude-dm">{razor(name)}</h2>\n<div id="dsTin">\n{items}\n</div>\n'
        + _pager(cat, page)
    )
    return _page(request, name + (f" - Trang {page}" if page > 1 else ""), main, cat_path(cat, page))


def _home(request: Request) -> Response:
    slides = [(A4, A4.opts["old_slug"]), (B1, B1.opts["old_slug"]), (C1, None)]
    active = ' class="active"'
    inds = "".join(
        f'<li data-target="#slTinNoiBat" data-slide-to="{i}"{active if i == 0 else ""}></li>'
        for i in range(len(slides))
    )
    items = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{post_path(s, slug)}">'
        f'<img src="/Uploads/images/slide/{s.id}.jpg" alt="{razor(s.opts.get("seo") or s.title)}" /></a>'
        f'<div class="carousel-caption"><h3>{razor(s.opts.get("seo") or s.title)}</h3></div></div>'
        for i, (s, slug) in enumerate(slides)
    )
    blocks = []
    for cat in (1, 2, 3, 4):
        blocks.append(
            f'<div class="khoi-tin"><h3 class="tieude-khoi"><a href="{cat_path(cat)}">{razor(CATS[cat][1])}</a></h3>'
            f"{_items(_in_cat(cat)[:PAGE_SIZE])}"
            f'<p class="text-right"><a href="{cat_path(cat)}">Xem tất cả »</a></p></div>'
        )
    main = (
        f'<div id="slTinNoiBat" class="carousel slide" data-ride="carousel"><ol class="carousel-indicators">{inds}</ol>'
        f'<div class="carousel-inner">{items}</div>'
        '<a class="left carousel-control" href="#slTinNoiBat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>'
        '<a class="right carousel-control" href="#slTinNoiBat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>\n'
        + "\n".join(blocks)
    )
    return _page(request, "Trang chủ", main, "/")


# --- static pages -----------------------------------------------------------------------------


def _static(request: Request, path: str) -> Response:
    if path == INTRO:
        title = "Giới thiệu chung"
        content = (
            "<p>Trường THPT Nguyễn Trãi được thành lập năm 1965, là một trong những trường THPT có bề dày "
            "truyền thống của thành phố Hải Dương.</p><p>Hiện nay trường có 36 lớp với gần 1.500 học sinh, "
            "102 cán bộ, giáo viên, nhân viên.</p>"
        )
    elif path == CONTACT:
        title = "Liên hệ"
        content = (
            "<p>Địa chỉ: Số 32 đường Chi Lăng, phường Nguyễn Trãi, thành phố Hải Dương.</p>"
            '<form action="/lien-he.html" method="post"><input name="__RequestVerificationToken" type="hidden" '
            f'value="{opaque("lienhe", 64)}" /><input name="HoTen" class="form-control" placeholder="Họ tên" />'
            '<textarea name="NoiDung" class="form-control"></textarea><button type="submit" class="btn btn-primary">Gửi</button></form>'
        )
    elif path == ALBUM:
        title = "Lễ khai giảng năm học 2026 - 2027"
        content = '<div class="row album">' + "".join(
            f'<div class="col-xs-6 col-sm-4"><a href="/Uploads/album/9/{n}.jpg" data-lightbox="album">'
            f'<img src="/Uploads/album/9/thumb_{n}.jpg" class="img-thumbnail" alt="" /></a></div>'
            for n in range(1, 7)
        ) + "</div>"
    elif path == VIDEO:
        title = "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11"
        content = (
            '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
            'src="https://www.youtube.com/embed/xT1nG20qE7s" allowfullscreen></iframe></div>'
        )
    else:
        title = "Kế hoạch giáo dục nhà trường năm học 2026 - 2027"
        content = (
            '<table class="table table-bordered"><tr><td>Số/Ký hiệu</td><td>245/KH-THPTNT</td></tr>'
            "<tr><td>Ngày ban hành</td><td>15/9/2026</td></tr><tr><td>Người ký</td><td>Nguyễn Văn Thành</td></tr>"
            "<tr><td>Trích yếu</td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td></tr>"
            '<tr><td>Tệp đính kèm</td><td><a href="/Uploads/files/KH-245-2026.pdf">KH-245-2026.pdf</a></td></tr></table>'
        )
    main = _crumbs((title, None)) + f'<h2 class="tdct">{razor(title)}</h2>\n<div class="nd-ct">{content}</div>'
    return _page(request, title, main, path)


def _ajax_more(request: Request) -> Response | None:
    params = request.params
    try:
        cat, page = int(params.get("danhMucId", "")), int(params.get("page", ""))
    except ValueError:
        return None
    if cat not in CATS or page < 1:
        return None
    stories = _in_cat(cat)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return html(_items(stories))


# --- routing ---------------------------------------------------------------------------------

_POST_RE = re.compile(r"^/(tin-tuc|thong-bao)/([a-z0-9-]+)-(\d+)\.html$")
_CAT_RE = re.compile(r"^/danh-muc/([a-z0-9-]+)-(\d+)\.html$")
_CHITIET_RE = re.compile(r"^/tintuc/chitiet/(\d+)/?$", re.IGNORECASE)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/" or path.lower() in ("/home", "/home/index"):
            return _home(request)
        if path.startswith(("/Uploads/", "/Content/", "/Scripts/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/bundles/"):
            return Response(200, b"/* bundle */", {"Content-Type": "application/javascript"})
        if path == "/Ajax/TinTuc/XemThem":
            return _ajax_more(request)
        if path in NON_ARTICLES:
            return _static(request, path)
        m = _POST_RE.match(path)
        if m:
            pool = _NOTICE_BY_ID if m.group(1) == "thong-bao" else _BY_ID
            story = pool.get(int(m.group(3)))
            return _detail(request, story) if story else None
        m = _CHITIET_RE.match(path)
        if m:
            story = _BY_ID.get(int(m.group(1)))
            return _detail(request, story) if story else None
        m = _CAT_RE.match(path)
        if m:
            cat = int(m.group(2))
            if cat not in CATS:
                return None
            try:
                page = int(request.params.get("page", "1") or "1")
            except ValueError:
                page = 1
            return _listing(request, cat, max(page, 1))
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------

_NEWEST = {s.id for s in sorted(POSTS, key=_posted, reverse=True)[:5]}


def _gold(s: Story) -> dict:
    alts = []
    if s.opts.get("old_slug"):
        alts.append(post_path(s, s.opts["old_slug"]))
    if s.id in _NEWEST and s.cat != str(NOTICE_CAT):
        alts.append(f"/TinTuc/ChiTiet/{s.id}")
    return gold_record(s, post_path(s), CATS[int(s.cat)][1], alt_paths=alts)


GOLD = [_gold(s) for s in [*POSTS, *NOTICES]]
