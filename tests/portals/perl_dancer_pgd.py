"""Phòng Giáo dục và Đào tạo huyện Quỳnh Lưu (Nghệ An): a home-made Perl Dancer2 + Template Toolkit site.

Platform
--------
Written in 2016 by the district office's IT officer on Perl Dancer2 (``X-Powered-By: Perl Dancer2
0.200002``) with Template Toolkit views (``layouts/main.tt`` wrapping ``news/view.tt``,
``news/list.tt`` …), jQuery 1.x and the jQuery ``lazyload`` plugin; posts are typed in a plain
``<textarea>`` (older ones) or in TinyMCE (newer ones) and kept in MySQL. Still running.

URL scheme
----------
- ``/``                                          home: "Tin mới" (5 latest), sidebar "Đọc nhiều"
- ``/news/<yyyy>/<mm>/<dd>/<slug>``              article (the date is the post's *creation* day)
- ``/news/section/<slug>`` and ``…/page/<N>``    section listings, 4 posts a page
- ``/news/archive/<yyyy>-<mm>``                  month archive (reached by the sidebar's GET form
  ``/news/archive?thang=<yyyy>-<mm>``, which answers 302)
- ``/page/<slug>``                               static pages (intro, organisation, contact)
- ``/documents`` and ``/documents/<id>``         document register and its entries (PDF files)
- ``/search?q=…``                                search (GET form in the header)

Page templates: one layout (top bar with today's date, banner, drop-down menu ``ul#nav``,
breadcrumb ``div#bc``, main column ``div#c2``, sidebar ``div#c3``, footer ``div#ft``); the
article view ``div.post`` holds ``h2.tde`` (headline), ``div.pmeta`` (poster account, time,
views, update time), an optional ``div.tomtat`` (sapo), the text ``div.ndung``, an optional
photo set ``div.album``, tools, readers' comments ``div#binhluan`` and "Các tin khác".

How each gold article is reached
--------------------------------
- Home "Tin mới": 111, 110, 104, 112, 106; sidebar "Đọc nhiều" (trailing-slash links): 101, 109,
  102, 103.
- Section page 1: tin-tuc-su-kien 112, 101, 109, 103; hoat-dong-chuyen-mon 110, 106, 102, 108;
  thong-bao 111, 104.
- Only on page 2 of a section (or in the month archive behind the GET form): 107, 105
  (tin-tuc-su-kien) and 113 (hoat-dong-chuyen-mon).

Traps
-----
1. Charset conflict: HTTP says ``text/html; charset=UTF-8`` (Dancer2 default) while the 2016
   layout still carries ``<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">``;
   the bytes are UTF-8. Gold: all text as UTF-8 (the HTTP header wins).
2. Textarea posts rendered by TT's ``html_line_break`` filter: no ``<p>`` at all, the text runs
   are separated by ``<br />`` (a blank line typed = ``<br /><br />``) inside one ``div.ndung``
   (stories 102, 106, 112). Gold: every run between ``<br>`` is its own paragraph.
3. The URL's date is the post's creation day, not its publication: 101 lives at
   ``/news/2026/11/18/…`` but was published 20/11/2026 09:15 (also 106, 113, 104). Gold: the
   printed publication time, never the URL's day.
4. ``<time datetime="…Z">``: the machine-readable time is printed in UTC while the visible text is
   local; gold is the same instant in +07:00. Story 103 was imported from the old site with a
   midnight time ("00:00 12/10/2026", ``datetime="2026-10-11T17:00:00Z"``: the UTC value even falls
   on the day before): gold is the day alone, "2026-10-12".
5. Teaser dates off by one month: the home-made list code prints ``localtime``'s 0-based month
   (an article of 20/11/2026 is listed as "20/10/2026") on the home page, listings, archives and
   "Các tin khác". Gold: the article page's date.
6. The same post linked three ways: canonical ``/news/2026/11/05/slug``; the month archive builds
   links with ``sprintf('%d/%02d/%d')`` (``/news/2026/11/5/slug``); the "Đọc nhiều" sidebar adds a
   trailing slash (``/news/2026/11/20/slug/``). Both variants serve the page (with
   ``rel=canonical`` to the padded form). Gold: canonical padded form; the linked variants are
   ``alt_paths``.
7. Readers' comments inside ``div.post`` under the text: names with a time ("Phụ huynh Lê Văn
   Tùng — 21/11/2026 20:15") and ``<p>`` text. Gold: not body, not authors, not the date.
8. jQuery lazyload: article photos are ``<img class="lazy" src="/images/grey.gif"
   data-original="/uploads/…jpg">`` with no ``<noscript>`` copy. Gold: the ``data-original`` path;
   the grey placeholder is no image.
9. A hidden editor's note in the text (``<div style="display:none">BTV: …</div>``, story 106).
   Gold: not body.
10. ``<title>`` and ``og:title`` go through TT's ``truncate(50)`` ("Hội thi giáo viên dạy giỏi cấp
    huyện bậc Tiểu..."); the page's ``<h1>`` is the office's name in the banner; the headline is
    ``h2.tde``. Gold: the full headline of ``h2.tde``.
11. Poster account line "Đăng bởi: quantri_pgd" on every post, the real byline at the end of the
    text (right-aligned, with degree and post: "ThS. Phan Văn Minh - Phó Trưởng phòng"; "Tin, ảnh:
    …"; "Tin: … - Ảnh: …"; a unit "Bộ phận Tiểu học"). Gold: per the house conventions.
12. Story 105 went through TT's ``html_entity`` filter (HTML::Entities): Latin-1 letters as named
    entities, the rest as upper-case hex references ``&#x1EA1;``. Gold: decoded text.
13. Pagination: the pager's "Sau »" on the last page points at one page more, which answers 200
    "Chưa có bài viết nào." (bounded: that page has no further link); page 1 is also linked as
    ``…/page/1``. Gold: listings are no articles.
14. An official notice (104) with its letterhead table, posted 01/12/2026 08:00 but dated
    "Quỳnh Lưu, ngày 30 tháng 11 năm 2026". Gold: house convention (letterhead's day, signer).
15. "Cập nhật: …" update times in ``div.pmeta`` (101, 110). Gold: the publication time.

Gold decisions on ambiguous points
----------------------------------
- Category: the section's name as the breadcrumb and menu print it ("Tin tức - Sự kiện",
  "Hoạt động chuyên môn", "Thông báo").
- Photos printed after the text in ``div.album`` (story 112) come after the inline ones in
  page order; their caption is the ``div.cthich`` line under each.
- A photo line "(Ảnh: Nguyễn Thị Thu)" credits only: caption None, photographer.
- Story 107's bold first paragraph is its sapo (summary = first body paragraph); stories with a
  ``div.tomtat`` have that as summary and first body paragraph.
- Comment form (POST), poll form (POST) and the print link (``javascript:window.print()``) are
  no pages.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "perl_dancer_pgd"
PLATFORM = "Perl Dancer2 + Template Toolkit (home-made, 2016)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

SECTIONS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}


def _by(html_text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{html_text}</strong></p>')


NOTICE_HEAD = Raw(
    '<table width="100%" border="0" cellpadding="2"><tr>'
    '<td width="42%" align="center" valign="top"><b>UBND HUYỆN QUỲNH LƯU<br />'
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b><br />---------<br />Số: 412/TB-PGDĐT</td>"
    '<td align="center" valign="top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
    "Độc lập - Tự do - Hạnh phúc</b><br />---------------<br />"
    "<i>Quỳnh Lưu, ngày 30 tháng 11 năm 2026</i></td></tr></table>\n"
    '<p align="center"><b>THÔNG BÁO</b><br />'
    "<b>Về việc kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026</b></p>"
)
NOTICE_TAIL = Raw(
    '<table width="100%" border="0"><tr><td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br />'
    "- Như trên;<br />- UBND huyện (b/c);<br />- Lưu: VT, PC.</td>"
    '<td align="center" valign="top"><b>TRƯỞNG PHÒNG</b><br /><i>(Đã ký)</i><br /><br />'
    "<b>Hồ Sỹ Nam</b></td></tr></table>"
)

STORIES: list[Story] = [
    Story(
        101,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Quỳnh Lưu long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-20T09:15:00+07:00",
        [
            P(
                "Sáng 19/11, tại Hội trường UBND huyện, Phòng GD&ĐT phối hợp với Công đoàn Giáo dục huyện "
                "tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương "
                "nhà giáo tiêu biểu năm 2026."
            ),
            P(
                "Dự buổi lễ có đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND huyện; lãnh đạo các phòng, ban, "
                "đoàn thể và hơn 300 cán bộ quản lý, giáo viên đại diện cho các trường học trên địa bàn."
            ),
            Img(
                "/uploads/2026/11/20/le-ky-niem-2011.jpg",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            ),
            P(
                "Năm học 2025-2026, toàn huyện có 18 học sinh đạt giải cấp tỉnh, 4 trường được công nhận "
                "đạt chuẩn quốc gia; 96,5% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo."
            ),
            P(
                "Nhân dịp này, UBND huyện tặng Giấy khen cho 45 nhà giáo có thành tích xuất sắc trong sự "
                "nghiệp trồng người."
            ),
            Img(
                "/uploads/2026/11/20/tuyen-duong-nha-giao.jpg",
                "(Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu)",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
            ),
            _by("Tin, ảnh: Hồ Văn Tuấn"),
        ],
        authors=["Hồ Văn Tuấn"],
        photographers=["Hồ Văn Tuấn"],
        summary=(
            "(PGD Quỳnh Lưu) - Hòa chung không khí cả nước hướng về ngày 20/11, ngành Giáo dục Quỳnh Lưu "
            "tổ chức nhiều hoạt động thiết thực tri ân các thầy cô giáo."
        ),
        sapo_outside=True,
        opts={
            "url_date": "2026-11-18",
            "posted": "2026-11-20 09:15",
            "updated": "22/11/2026 08:10",
            "comments": [
                ("Phụ huynh Lê Văn Tùng", "21/11/2026 20:15", "Xin chúc các thầy cô luôn mạnh khỏe, hạnh phúc!"),
                ("Cựu học sinh THCS Quỳnh Hồng", "22/11/2026 06:40", "Nhớ mãi những năm tháng học với thầy cô."),
            ],
        },
    ),
    Story(
        102,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        "Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-11-05T15:40:00+07:00",
        [
            P(
                "Từ ngày 02/11 đến ngày 05/11/2026, Phòng GD&ĐT Quỳnh Lưu tổ chức Hội thi giáo viên dạy "
                "giỏi cấp huyện bậc Tiểu học năm học 2026-2027."
            ),
            P("Hội thi có 112 giáo viên của 36 trường tiểu học tham gia với hai phần thi:"),
            P("- Phần thi năng lực: trình bày biện pháp nâng cao chất lượng giảng dạy;", "br1"),
            P("- Phần thi thực hành: dạy 2 tiết tại các trường được phân công.", "br1"),
            P(
                "Kết quả có 87 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó 12 giáo viên "
                "được đề nghị tham gia hội thi cấp tỉnh."
            ),
            Raw('<div align="right"><b>Bộ phận Tiểu học</b></div>'),
        ],
        authors=["Bộ phận Tiểu học"],
        opts={"mode": "br", "posted": "2026-11-05 15:40"},
    ),
    Story(
        103,
        "truong-thcs-ho-xuan-huong-dat-chuan-quoc-gia-muc-do-2",
        "Trường THCS Hồ Xuân Hương đạt chuẩn quốc gia mức độ 2",
        "tin-tuc-su-kien",
        "2026-10-12",
        [
            P(
                "Ngày 10/10/2026, UBND tỉnh Nghệ An ban hành Quyết định công nhận Trường THCS Hồ Xuân Hương "
                "(xã Quỳnh Đôi) đạt chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng giáo dục cấp độ 3."
            ),
            P(
                "Trong 5 năm qua, nhà trường được đầu tư 14 phòng học bộ môn, nhà đa năng và thư viện "
                "điện tử; tỷ lệ học sinh khá, giỏi đạt trên 70%."
            ),
            Img(
                "/uploads/2026/10/thcs-hxh-toan-canh.jpg",
                "Khuôn viên Trường THCS Hồ Xuân Hương",
                "Khuôn viên Trường THCS Hồ Xuân Hương",
            ),
            P(
                "Theo kế hoạch, trong năm học này nhà trường tiếp tục đầu tư thêm phòng STEM và hệ thống "
                "bảng tương tác."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Nghệ An</em></p>'),
        ],
        source="Báo Nghệ An",
        opts={"posted": "2026-10-12 00:00"},
    ),
    Story(
        104,
        "thong-bao-kiem-tra-cong-tac-pho-cap-giao-duc-2026",
        "Thông báo về việc kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        "thong-bao",
        "2026-11-30",
        [
            NOTICE_HEAD,
            P(
                "Thực hiện Kế hoạch số 215/KH-UBND ngày 15/10/2026 của UBND huyện về công tác phổ cập giáo "
                "dục, xóa mù chữ năm 2026, Phòng GD&ĐT thông báo lịch kiểm tra như sau:"
            ),
            P("1. Thời gian: từ ngày 07/12 đến ngày 11/12/2026."),
            P("2. Thành phần: Đoàn kiểm tra theo Quyết định số 398/QĐ-PGDĐT."),
            P(
                "3. Hồ sơ: các xã, thị trấn chuẩn bị đầy đủ sổ theo dõi phổ cập, phiếu điều tra và báo "
                "cáo tự kiểm tra."
            ),
            P("Đề nghị Hiệu trưởng các trường phối hợp với UBND các xã, thị trấn thực hiện nghiêm túc."),
            NOTICE_TAIL,
        ],
        authors=["Hồ Sỹ Nam"],
        opts={"url_date": "2026-12-01", "posted": "2026-12-01 08:00"},
    ),
    Story(
        105,
        "giai-bong-da-hoc-sinh-thcs-huyen-quynh-luu-nam-2026",
        "Sôi nổi Giải bóng đá học sinh THCS huyện Quỳnh Lưu năm 2026",
        "tin-tuc-su-kien",
        "2026-10-03T16:20:00+07:00",
        [
            P(
                "Chiều 03/10, Giải bóng đá học sinh THCS huyện Quỳnh Lưu năm 2026 đã bế mạc sau 10 ngày "
                "tranh tài sôi nổi tại sân vận động trung tâm huyện."
            ),
            Img(
                "/uploads/2026/10/bong-da-thcs-chung-ket.jpg",
                "Trận chung kết giữa THCS Quỳnh Hồng và THCS Quỳnh Thạch",
                "Trận chung kết giữa THCS Quỳnh Hồng và THCS Quỳnh Thạch",
            ),
            P("Giải có 24 đội bóng tham gia. Kết quả chung cuộc:"),
            P("Giải | Đơn vị", "tr"),
            P("Nhất | THCS Quỳnh Hồng", "tr"),
            P("Nhì | THCS Quỳnh Thạch", "tr"),
            P("Ba | THCS Hồ Xuân Hương", "tr"),
            P("Ban tổ chức cũng trao giải Vua phá lưới cho em Nguyễn Đức Anh (THCS Quỳnh Hồng) với 9 bàn thắng."),
            _by("Tin: Lê Thị Hà - Ảnh: Nguyễn Đình Khoa"),
        ],
        authors=["Lê Thị Hà"],
        photographers=["Nguyễn Đình Khoa"],
        opts={"posted": "2026-10-03 16:20", "entities": True},
    ),
    Story(
        106,
        "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
        "Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý",
        "hoat-dong-chuyen-mon",
        "2026-11-25T08:30:00+07:00",
        [
            P(
                "Trong 2 ngày 23 và 24/11/2026, Phòng GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý "
                "trường học cho 148 cán bộ quản lý các trường mầm non, tiểu học và THCS."
            ),
            Raw('<div style="display:none">BTV: chờ bộ phận THCS gửi ảnh, chưa đăng trang chủ.</div>'),
            P(
                "Học viên được hướng dẫn sử dụng phần mềm quản lý nhà trường, học bạ số, hồ sơ điện tử và "
                "các quy định về bảo đảm an toàn thông tin."
            ),
            P("Kết thúc đợt tập huấn, 100% học viên hoàn thành bài thu hoạch."),
            Raw('<div align="right"><b>ThS. Phan Văn Minh - Phó Trưởng phòng</b></div>'),
        ],
        authors=["Phan Văn Minh"],
        opts={"mode": "br", "url_date": "2026-11-24", "posted": "2026-11-25 08:30"},
    ),
    Story(
        107,
        "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc-su-kien",
        "2026-10-08T10:00:00+07:00",
        [
            P(
                "Tuần lễ học tập suốt đời năm 2026 với chủ đề \"Chuyển đổi số - nâng cao năng lực học tập suốt "
                "đời\" được các nhà trường trong huyện hưởng ứng bằng nhiều hoạt động thiết thực.",
                "b",
            ),
            P(
                "Tại Trường TH Quỳnh Hồng, thư viện mở cửa cả ngày thứ Bảy, tổ chức ngày hội đọc sách và "
                "giới thiệu sách mới cho học sinh, phụ huynh."
            ),
            P(
                "Các trung tâm học tập cộng đồng phối hợp mở lớp hướng dẫn người cao tuổi sử dụng điện "
                "thoại thông minh, dịch vụ công trực tuyến."
            ),
            _by("Trần Thị Mai Anh (Trường TH Quỳnh Hồng)"),
        ],
        authors=["Trần Thị Mai Anh"],
        summary=(
            "Tuần lễ học tập suốt đời năm 2026 với chủ đề \"Chuyển đổi số - nâng cao năng lực học tập suốt "
            "đời\" được các nhà trường trong huyện hưởng ứng bằng nhiều hoạt động thiết thực."
        ),
        opts={"posted": "2026-10-08 10:00"},
    ),
    Story(
        108,
        "chuyen-de-ngu-van-gdpt-2018-thcs-quynh-thach",
        "Chuyên đề dạy học môn Ngữ văn theo Chương trình GDPT 2018 tại Trường THCS Quỳnh Thạch",
        "hoat-dong-chuyen-mon",
        "2026-10-22T14:00:00+07:00",
        [
            P(
                "Ngày 21/10/2026, Trường THCS Quỳnh Thạch đăng cai chuyên đề cấp huyện \"Dạy học đọc hiểu "
                "văn bản theo thể loại\" môn Ngữ văn lớp 8."
            ),
            Img("/uploads/2026/10/chuyen-de-ngu-van-1.jpg", "(Ảnh: Nguyễn Thị Thu)", None),
            P(
                "Tiết dạy minh họa của cô giáo Hoàng Thị Nga được đánh giá cao về cách tổ chức hoạt động "
                "nhóm và sử dụng phiếu học tập."
            ),
            P("Các đại biểu đã thảo luận, thống nhất một số giải pháp đổi mới kiểm tra, đánh giá."),
            Img("/uploads/2026/10/chuyen-de-ngu-van-2.jpg", "(Ảnh: Nguyễn Thị Thu)", None),
            _by("Hoàng Minh Đức"),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Nguyễn Thị Thu"],
        opts={"posted": "2026-10-22 14:00"},
    ),
    Story(
        109,
        "so-ket-ngoai-khoa-em-yeu-bien-dao-que-huong",
        "Sơ kết hoạt động ngoại khóa \"Em yêu biển đảo quê hương\"",
        "tin-tuc-su-kien",
        "2026-11-12T07:50:00+07:00",
        [
            P(
                "Sau hai tháng triển khai, hoạt động ngoại khóa \"Em yêu biển đảo quê hương\" đã thu hút "
                "hơn 9.000 học sinh THCS tham gia."
            ),
            Img(
                "/uploads/2026/11/ngoai-khoa-bien-dao.jpg",
                "Học sinh Trường THCS Quỳnh Long giới thiệu mô hình quần đảo Trường Sa",
                "Học sinh Trường THCS Quỳnh Long giới thiệu mô hình quần đảo Trường Sa",
            ),
            P(
                "Các trường đã tổ chức thi vẽ tranh, kể chuyện, làm mô hình và giao lưu với các cựu chiến "
                "binh từng công tác tại huyện đảo Trường Sa."
            ),
        ],
        opts={
            "posted": "2026-11-12 07:50",
            "comments": [
                ("Nguyễn Thị Lý", "12/11/2026 21:03", "Hoạt động rất ý nghĩa, mong được tổ chức hằng năm."),
            ],
        },
    ),
    Story(
        110,
        "ket-qua-thi-hoc-sinh-gioi-cap-huyen-lop-9",
        "Kết quả kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-12-02T17:05:00+07:00",
        [
            P(
                "Kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027 diễn ra ngày 28/11/2026 với "
                "1.236 thí sinh dự thi ở 9 môn."
            ),
            P("Các đơn vị dẫn đầu:", "h"),
            P("TT | Đơn vị | Số giải", "tr"),
            P("1 | THCS Hồ Xuân Hương | 58", "tr"),
            P("2 | THCS Quỳnh Hồng | 41", "tr"),
            P("3 | THCS Quỳnh Thạch | 37", "tr"),
            P("Danh sách chi tiết gửi về các trường qua hệ thống văn bản điện tử."),
            _by("Bộ phận THCS"),
        ],
        authors=["Bộ phận THCS"],
        opts={"posted": "2026-12-02 17:05", "updated": "03/12/2026 10:20"},
    ),
    Story(
        111,
        "lich-nghi-tet-duong-lich-2027",
        "THÔNG BÁO: Lịch nghỉ Tết Dương lịch năm 2027",
        "thong-bao",
        "2026-12-04T10:30:00+07:00",
        [
            P("Phòng GD&ĐT Quỳnh Lưu thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các trường học:"),
            P("👉 Cán bộ, giáo viên, nhân viên và học sinh nghỉ từ ngày 01/01/2027 (Thứ Sáu) đến hết ngày 03/01/2027 (Chủ Nhật)."),
            P("👉 Các trường phân công trực, bảo vệ tài sản trong những ngày nghỉ."),
        ],
        opts={"posted": "2026-12-04 10:30"},
    ),
    Story(
        112,
        "hoi-thi-be-khoe-be-ngoan-cap-huyen",
        "Hội thi \"Bé khỏe - Bé ngoan\" cấp huyện bậc Mầm non",
        "tin-tuc-su-kien",
        "2026-11-28T11:00:00+07:00",
        [
            P(
                "Ngày 27/11/2026, tại Trường Mầm non Quỳnh Lâm, Phòng GD&ĐT tổ chức Hội thi \"Bé khỏe - "
                "Bé ngoan\" cấp huyện với sự tham gia của 32 đội."
            ),
            P("Các bé thi ba phần: chào hỏi, vận động và năng khiếu."),
            P("Kết quả: Mầm non Quỳnh Lâm, Mầm non Quỳnh Bá và Mầm non Sơn Hải đạt giải Nhất."),
            Raw("<b>Tin, ảnh: Phạm Thị Hằng</b>"),
            Img("/uploads/2026/11/be-khoe-be-ngoan-1.jpg", "Phần thi vận động của các bé", "Phần thi vận động của các bé"),
            Img("/uploads/2026/11/be-khoe-be-ngoan-2.jpg", "Ban tổ chức trao giải cho các đội", "Ban tổ chức trao giải cho các đội"),
        ],
        authors=["Phạm Thị Hằng"],
        photographers=["Phạm Thị Hằng"],
        opts={"mode": "br", "posted": "2026-11-28 11:00"},
    ),
    Story(
        113,
        "trien-khai-kiem-dinh-chat-luong-giao-duc-2026-2027",
        "Hội nghị triển khai công tác kiểm định chất lượng giáo dục năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-10-16T08:00:00+07:00",
        [
            P(
                "Sáng 15/10/2026, Phòng GD&ĐT tổ chức hội nghị triển khai công tác kiểm định chất lượng giáo "
                "dục và xây dựng trường chuẩn quốc gia năm học 2026-2027."
            ),
            P(
                "Năm học này, huyện phấn đấu có thêm 6 trường được đánh giá ngoài, trong đó 3 trường đề "
                "nghị công nhận đạt chuẩn quốc gia mức độ 2."
            ),
            Raw('<p><em>Nguồn: Sở GD&amp;ĐT Nghệ An</em></p>'),
        ],
        source="Sở GD&ĐT Nghệ An",
        opts={"url_date": "2026-10-15", "posted": "2026-10-16 08:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
HOME_LATEST = 5
MOST_READ = [101, 109, 102, 103]


# --- dates and URLs ------------------------------------------------------------------------


def _posted(s: Story) -> datetime:
    return datetime.strptime(s.opts["posted"], "%Y-%m-%d %H:%M")


def _url_date(s: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in s.opts.get("url_date", s.opts["posted"][:10]).split("-"))
    return y, m, d


def canon(s: Story) -> str:
    y, m, d = _url_date(s)
    return f"/news/{y}/{m:02d}/{d:02d}/{s.slug}"


def unpadded(s: Story) -> str:
    """The archive's link: ``sprintf('/news/%d/%02d/%d/%s')``."""
    y, m, d = _url_date(s)
    return f"/news/{y}/{m:02d}/{d}/{s.slug}"


def teaser_date(s: Story) -> str:
    """The list code's ``localtime`` month, 0-based and never +1'd."""
    t = _posted(s)
    return f"{t.day:02d}/{t.month - 1:02d}/{t.year}"


def _ordered(items: list[Story]) -> list[Story]:
    return sorted(items, key=_posted, reverse=True)


def _section(slug: str) -> list[Story]:
    return _ordered([s for s in STORIES if s.cat == slug])


def _month_key(s: Story) -> str:
    y, m, _ = _url_date(s)
    return f"{y}-{m:02d}"


MONTHS = sorted({_month_key(s) for s in STORIES}, reverse=True)


def _trunc(value: str, n: int = 50) -> str:
    return value if len(value) <= n else value[: n - 3] + "..."


# --- text rendering ------------------------------------------------------------------------


def perl_entities(markup: str) -> str:
    """HTML::Entities::encode_entities on the high-bit characters: named or ``&#x1EA1;``."""
    out = []
    for ch in markup:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(f"&#x{ord(ch):X};")
    return "".join(out)


def _lazy_img(img: Img) -> str:
    alt = img.src.rsplit("/", 1)[-1]
    return (
        f'<a href="{esc(img.src)}" rel="lightbox[bai]"><img class="lazy" src="/images/grey.gif" '
        f'data-original="{esc(img.src)}" alt="{esc(alt)}" width="520" height="347" /></a>'
    )


def _img_block(img: Img) -> str:
    line = f'<div class="cthich"><em>{esc(img.printed)}</em></div>' if img.printed else ""
    return f'<div class="anhbai" style="text-align:center;margin:6px 0">{_lazy_img(img)}{line}</div>'


def _render_p_mode(s: Story) -> str:
    out: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:90%">'
                       + "".join(rows) + "</table>")
            rows.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style == "tr":
            cells = "".join(f"<td>{esc(c)}</td>" for c in b.text.split(" | "))
            rows.append(f"<tr>{cells}</tr>")
            continue
        flush()
        if isinstance(b, P):
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            elif b.style == "h":
                out.append(f"<p><strong><u>{esc(b.text)}</u></strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_img_block(b))
        else:
            out.append(b.html)
    flush()
    body = "\n".join(out)
    return perl_entities(body) if s.opts.get("entities") else body


def _render_br_mode(s: Story) -> tuple[str, str]:
    """``[% post.body | html | html_line_break %]``: runs separated by <br />; photos in an album."""
    parts: list[str] = []
    for b in s.blocks:
        if isinstance(b, Img):
            continue
        piece = esc(b.text) if isinstance(b, P) else b.html
        if parts:
            sep = "<br />\n" if isinstance(b, P) and b.style == "br1" else "<br />\n<br />\n"
            parts.append(sep)
        parts.append(piece)
    album = ""
    imgs = s.images
    if imgs:
        album = '<div class="album"><h4>Một số hình ảnh</h4>' + "".join(_img_block(i) for i in imgs) + "</div>"
    return "".join(parts), album


# --- layout --------------------------------------------------------------------------------

_NAV = """<ul id="nav">
 <li><a href="/">Trang chủ</a></li>
 <li><a href="/page/gioi-thieu">Giới thiệu</a>
  <ul><li><a href="/page/gioi-thieu">Lịch sử phát triển</a></li>
   <li><a href="/page/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
   <li><a href="/page/lien-he">Liên hệ</a></li></ul></li>
 <li><a href="/news/section/tin-tuc-su-kien">Tin tức</a>
  <ul><li><a href="/news/section/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>
   <li><a href="/news/section/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></li></ul></li>
 <li><a href="/news/section/thong-bao">Thông báo</a></li>
 <li><a href="/documents">Văn bản</a></li>
 <li><a href="https://nghean.edu.vn" target="_blank">Sở GD&amp;ĐT</a></li>
</ul>"""


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{canon(BY_ID[i])}/">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    opts = "".join(f'<option value="{m}">Tháng {m[5:]}/{m[:4]}</option>' for m in MONTHS)
    return f"""<div id="c3">
 <div class="bx"><div class="bx-t">ĐỌC NHIỀU</div><ol class="docnhieu">{most}</ol></div>
 <div class="bx"><div class="bx-t">LƯU TRỮ</div>
  <form action="/news/archive" method="get" id="frmLuuTru">
   <select name="thang" onchange="this.form.submit()"><option value="">-- Chọn tháng --</option>{opts}</select>
   <noscript><input type="submit" value="Xem" /></noscript>
  </form></div>
 <div class="bx"><div class="bx-t">THĂM DÒ Ý KIẾN</div>
  <form action="/poll" method="post"><p>Bạn đánh giá thế nào về website?</p>
   <label><input type="radio" name="opt" value="1" /> Rất hữu ích</label><br />
   <label><input type="radio" name="opt" value="2" /> Bình thường</label><br />
   <input type="submit" value="Bình chọn" /></form></div>
 <div class="bx"><div class="bx-t">LIÊN KẾT</div>
  <ul><li><a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a></li>
   <li><a href="https://nghean.edu.vn" target="_blank">Sở GD&amp;ĐT Nghệ An</a></li>
   <li><a href="https://quynhluu.nghean.gov.vn" target="_blank">Cổng TTĐT huyện Quỳnh Lưu</a></li></ul>
  <a href="https://www.facebook.com/pgdquynhluu" target="_blank"><img src="/images/fb-banner.png" alt="Facebook" /></a></div>
 <div class="bx"><div class="bx-t">THỐNG KÊ TRUY CẬP</div>
  <table class="thongke"><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>
  <tr><td>Tổng truy cập:</td><td>1.284.917</td></tr></table></div>
</div>"""


def _layout(request: Request, title: str, crumbs: list[tuple[str, str | None]], main: str,
            head_extra: str = "") -> Response:
    bc = " &raquo; ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>" for label, href in crumbs
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>{esc(_trunc(title))} :: PGD&amp;ĐT Quỳnh Lưu</title>
{head_extra}
<link rel="stylesheet" href="/css/style.css" type="text/css" />
<script type="text/javascript" src="/javascripts/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/javascripts/jquery.lazyload.min.js"></script>
<script type="text/javascript">$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});</script>
</head>
<body>
<div id="wrap">
<div id="top"><span class="ngay">{HEADER_TODAY}</span>
 <form action="/search" method="get" class="tk"><input type="text" name="q" value="" />
 <input type="submit" value="Tìm" /></form></div>
<div id="banner"><h1><a href="/"><img src="/images/logo-pgd.png" alt="" />
 PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUỲNH LƯU</a></h1></div>
{_NAV}
<div id="bc">{bc}</div>
<div id="c2">
{main}
</div>
{_sidebar()}
<div id="ft">
 <p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN QUỲNH LƯU</b></p>
 <p>Địa chỉ: Khối 3, Thị trấn Cầu Giát, huyện Quỳnh Lưu, tỉnh Nghệ An</p>
 <p>Điện thoại: 0238.3864.215 - Email: pgdquynhluu@nghean.edu.vn</p>
 <p>&copy; 2016 - 2026 PGD&amp;ĐT Quỳnh Lưu. Thiết kế: Tổ CNTT.</p>
</div>
</div>
</body>
</html>"""
    return html(page, charset="UTF-8", headers={
        "X-Powered-By": "Perl Dancer2 0.200002",
        "Set-Cookie": "dancer.session=a8f3c2e1b7d94f06; path=/; HttpOnly",
    })


def _teaser_list(items: list[Story], link=canon, thumbs: bool = True) -> str:
    out = []
    for s in items:
        first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        thumb = ""
        if thumbs and s.images:
            name = s.images[0].src.rsplit("/", 1)[-1]
            thumb = f'<a href="{link(s)}"><img src="/uploads/thumbs/{name}" alt="" class="thumb" /></a>'
        out.append(
            f'<div class="tin">{thumb}<h3><a href="{link(s)}">{esc(s.title)}</a></h3>'
            f'<span class="ngaydang">[ {teaser_date(s)} ]</span><p>{esc(_trunc(first, 160))}</p></div>'
        )
    return "\n".join(out)


# --- pages ---------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    latest = _ordered(STORIES)[:HOME_LATEST]
    blocks = []
    for slug, label in SECTIONS.items():
        items = _section(slug)[:2]
        links = "".join(f'<li><a href="{canon(s)}">{esc(s.title)}</a></li>' for s in items)
        blocks.append(f'<div class="khoi"><h2><a href="/news/section/{slug}">{esc(label)}</a></h2><ul>{links}</ul></div>')
    main = (
        '<div class="tinmoi"><h2 class="tt">TIN MỚI</h2>' + _teaser_list(latest) + "</div>"
        + "\n".join(blocks)
    )
    return _layout(request, "Trang chủ", [("Trang chủ", None)], main)


def _pager(slug: str, page: int, last: int) -> str:
    if last <= 1:
        return ""
    out = []
    if page > 1:
        out.append(f'<a href="/news/section/{slug}/page/{page - 1}">« Trước</a>')
    for n in range(1, last + 1):
        out.append(f"<b>{n}</b>" if n == page else f'<a href="/news/section/{slug}/page/{n}">{n}</a>')
    if page <= last:
        # the home-made pager always offers the next page while on a real page
        out.append(f'<a href="/news/section/{slug}/page/{page + 1}">Sau »</a>')
    return '<div class="phantrang">' + " | ".join(out) + "</div>"


def _section_page(request: Request, slug: str, page: int) -> Response | None:
    items = _section(slug)
    last = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > last + 1:
        return None
    label = SECTIONS[slug]
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    listing = _teaser_list(chunk) if chunk else '<p class="rong">Chưa có bài viết nào.</p>'
    pager = _pager(slug, page, last) if page <= last else ""
    main = f'<h2 class="tt">{esc(label)}</h2>\n{listing}\n{pager}'
    return _layout(request, f"{label} - Trang {page}", [("Trang chủ", "/"), (label, None)], main)


def _archive(request: Request, key: str) -> Response | None:
    if key not in MONTHS:
        return None
    items = _ordered([s for s in STORIES if _month_key(s) == key])
    rows = "".join(
        f'<li><a href="{unpadded(s)}">{esc(s.title)}</a> <i>({teaser_date(s)})</i></li>' for s in items
    )
    label = f"Lưu trữ tháng {key[5:]}/{key[:4]}"
    main = f'<h2 class="tt">{esc(label)}</h2><ul class="luutru">{rows}</ul>'
    return _layout(request, label, [("Trang chủ", "/"), ("Lưu trữ", None), (label, None)], main)


def _pmeta(s: Story) -> str:
    t = _posted(s)
    utc = (t - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    upd = f' <span class="upd">(Cập nhật: {s.opts["updated"]})</span>' if s.opts.get("updated") else ""
    return (
        f'<div class="pmeta">Đăng bởi: <b>quantri_pgd</b> | <time datetime="{utc}">'
        f'{t:%H:%M} {t:%d/%m/%Y}</time> | Lượt xem: {s.views()}{upd}</div>'
    )


def _comments(s: Story) -> str:
    url = canon(s)
    items = s.opts.get("comments", [])
    cm = "".join(
        f'<div class="cmt" id="c-{s.id}{i}"><p><b>{esc(n)}</b> &mdash; <small>{d}</small></p><p>{esc(t)}</p></div>'
        for i, (n, d, t) in enumerate(items, 1)
    )
    return (
        f'<div id="binhluan"><h4>Ý kiến bạn đọc ({len(items)})</h4>{cm}'
        f'<form method="post" action="{url}/comment"><p>Họ tên: <input type="text" name="ten" /></p>'
        '<p><textarea name="noidung" rows="4" cols="50"></textarea></p>'
        '<p><input type="submit" value="Gửi ý kiến" /></p></form></div>'
    )


def _article(request: Request, s: Story) -> Response:
    label = SECTIONS[s.cat]
    if s.opts.get("mode") == "br":
        text_html, album = _render_br_mode(s)
    else:
        text_html, album = _render_p_mode(s), ""
    sapo = f'<div class="tomtat"><b>{esc(s.summary)}</b></div>' if s.sapo_outside and s.summary else ""
    others = [o for o in _section(s.cat) if o.id != s.id][:5]
    other_html = "".join(
        f'<li><a href="{canon(o)}">{esc(o.title)}</a> <i>({teaser_date(o)})</i></li>' for o in others
    )
    main = f"""<div class="post" id="post-{s.id}">
<h2 class="tde">{esc(s.title)}</h2>
{_pmeta(s)}
{sapo}
<div class="ndung">
{text_html}
</div>
{album}
<div class="congcu"><a href="javascript:window.print()">In bài</a> |
 <a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{canon(s)}" target="_blank">
 <img src="/images/share-fb.png" alt="Chia sẻ" /></a></div>
{_comments(s)}
<div class="tinkhac"><h4>Các tin khác</h4><ul>{other_html}</ul></div>
</div>"""
    head = (
        f'<link rel="canonical" href="{base_url(request)}{canon(s)}" />\n'
        f'<meta property="og:title" content="{esc(_trunc(s.title))}" />\n'
        f'<meta property="og:type" content="article" />'
    )
    return _layout(request, s.title, [("Trang chủ", "/"), (label, f"/news/section/{s.cat}")], main, head)


PAGES = {
    "gioi-thieu": (
        "Giới thiệu Phòng GD&ĐT Quỳnh Lưu",
        [
            "Phòng Giáo dục và Đào tạo huyện Quỳnh Lưu là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
            "giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
            "Toàn huyện hiện có 38 trường mầm non, 36 trường tiểu học và 29 trường THCS.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Hồ Sỹ Nam.",
            "Phó Trưởng phòng: Phan Văn Minh, Nguyễn Thị Hường.",
            "Các bộ phận: Mầm non, Tiểu học, THCS, Tổ chức - Cán bộ, Kế hoạch - Tài chính, Văn phòng.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Địa chỉ: Khối 3, Thị trấn Cầu Giát, huyện Quỳnh Lưu, tỉnh Nghệ An.",
            "Điện thoại: 0238.3864.215 - Email: pgdquynhluu@nghean.edu.vn",
        ],
    ),
}

DOCUMENTS = {
    112: ("412/TB-PGDĐT", "30/11/2026", "Thông báo kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
          "/files/van-ban/412-tb-pgddt.pdf"),
    115: ("398/QĐ-PGDĐT", "25/11/2026", "Quyết định thành lập Đoàn kiểm tra công tác phổ cập giáo dục năm 2026",
          "/files/van-ban/398-qd-pgddt.pdf"),
}


def _static_page(request: Request, slug: str) -> Response | None:
    if slug not in PAGES:
        return None
    title, paras = PAGES[slug]
    main = f'<div class="trangtinh"><h2 class="tde">{esc(title)}</h2>' + "".join(
        f"<p>{esc(p)}</p>" for p in paras
    ) + "</div>"
    return _layout(request, title, [("Trang chủ", "/"), (title, None)], main)


def _documents(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{num}</td><td>{day}</td><td><a href="/documents/{i}">{esc(sub)}</a></td></tr>'
        for i, (num, day, sub, _) in sorted(DOCUMENTS.items(), reverse=True)
    )
    main = ('<h2 class="tt">Văn bản</h2><table class="vb" border="1"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
            f"<th>Trích yếu</th></tr>{rows}</table>")
    return _layout(request, "Văn bản", [("Trang chủ", "/"), ("Văn bản", None)], main)


def _document(request: Request, doc_id: int) -> Response | None:
    if doc_id not in DOCUMENTS:
        return None
    num, day, sub, pdf = DOCUMENTS[doc_id]
    main = (
        f'<h2 class="tde">{esc(sub)}</h2><table class="vbct">'
        f"<tr><td>Số/Ký hiệu:</td><td>{num}</td></tr><tr><td>Ngày ban hành:</td><td>{day}</td></tr>"
        "<tr><td>Cơ quan ban hành:</td><td>Phòng GD&amp;ĐT Quỳnh Lưu</td></tr>"
        f'<tr><td>Tệp đính kèm:</td><td><a href="{pdf}">Tải về</a></td></tr></table>'
    )
    return _layout(request, sub, [("Trang chủ", "/"), ("Văn bản", "/documents"), (num, None)], main)


def _search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in _ordered(STORIES) if q and q.lower() in s.title.lower()]
    body = _teaser_list(hits, thumbs=False) if hits else "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = f'<h2 class="tt">Kết quả tìm kiếm: {esc(q)}</h2>{body}'
    return _layout(request, "Tìm kiếm", [("Trang chủ", "/"), ("Tìm kiếm", None)], main)


_ARTICLE = re.compile(r"^/news/(\d{4})/(\d{1,2})/(\d{1,2})/([a-z0-9-]+)(/?|/comment)$")
_SECTION = re.compile(r"^/news/section/([a-z-]+)(?:/page/(\d+))?$")
_ARCHIVE = re.compile(r"^/news/archive/(\d{4}-\d{2})$")
_STATIC_PREFIXES = ("/uploads/", "/images/", "/css/", "/javascripts/")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path.startswith("/files/van-ban/"):
            if any(pdf == path for *_, pdf in DOCUMENTS.values()):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if request.method == "POST":
            if path == "/poll":
                return redirect("/")
            m = _ARTICLE.match(path)
            if m and m.group(5) == "/comment":
                s = self._story(m)
                return redirect(canon(s) + "#binhluan") if s else None
            return None
        if path == "/":
            return _home(request)
        if path == "/search":
            return _search(request)
        m = _ARTICLE.match(path)
        if m:
            if m.group(5) == "/comment":
                return None
            s = self._story(m)
            return _article(request, s) if s else None
        m = _SECTION.match(path)
        if m:
            if m.group(1) not in SECTIONS:
                return None
            return _section_page(request, m.group(1), int(m.group(2) or 1))
        if path == "/news/archive":
            key = request.params.get("thang", "")
            return redirect(f"/news/archive/{key}" if key in MONTHS else f"/news/archive/{MONTHS[0]}")
        m = _ARCHIVE.match(path)
        if m:
            return _archive(request, m.group(1))
        if path.startswith("/page/"):
            return _static_page(request, path[len("/page/"):])
        if path == "/documents":
            return _documents(request)
        m = re.match(r"^/documents/(\d+)$", path)
        if m:
            return _document(request, int(m.group(1)))
        return None

    @staticmethod
    def _story(m: re.Match) -> Story | None:
        y, mo, d, slug = int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)
        for s in STORIES:
            if s.slug == slug and _url_date(s) == (y, mo, d):
                return s
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if unpadded(s) != canon(s):
        alts.append(unpadded(s))
    if s.id in MOST_READ:
        alts.append(canon(s) + "/")
    return alts


GOLD = [
    gold_record(s, canon(s), SECTIONS[s.cat], alt_paths=_alt_paths(s))
    for s in sorted(STORIES, key=lambda x: x.id)
]

NON_ARTICLES = [
    "/page/gioi-thieu",
    "/page/co-cau-to-chuc",
    "/page/lien-he",
    "/documents/112",
    "/documents/115",
]
