"""Phòng GD&ĐT huyện Tuần Giáo (Điện Biên) on a local vendor's PHP site whose menu and some
lists are written by scripts.

Platform
--------
A small Điện Biên web company's "Cổng thông tin giáo dục" package (PHP, table-free but old
markup, jQuery 1.x). The vendor builds the navigation on the client: every page carries an empty
``<ul id="menu"></ul>`` and an inline script with an array literal::

    var dsMenu = [{ten: "Trang chủ", lienket: "/"}, {ten: "Giới thiệu", lienket: "/gioi-thieu.html"},
                  {ten: "Tin tức", lienket: "/tin-tuc.html"}, {ten: "Chuyên môn", lienket: "/chuyen-mon.html"}, …];

which a loop turns into ``<li><a>`` elements. A ``<noscript>`` copy of the menu as plain links
exists on SOME templates only: the category lists and the work calendar have it; the home page,
the article pages and the static pages do not.

The home page is almost entirely script-written:

- the "Tin mới" box is three ``document.write('<li><a href="/tin/…html?nguon=tinmoi">…</a></li>')``
  calls (the vendor's counter of clicks from the box: ``?nguon=tinmoi``);
- the "Tin tức - Sự kiện" and "Chuyên môn" boxes are filled from array literals
  (``var dsTinTuc = [{tieude: '…', url: '/tin/…', anh: '/uploads/…', ngay: '20/11/2026'}, …]``);
- the "Thông báo" marquee is filled from ``var dsThongBao = [["/tin/…", "…"], …]``;
- the sidebar (poll, visitor counter, external links) has no link into the site;
- the footer has plain links to "Giới thiệu" and "Liên hệ" only.

A crawler that reads no script finds on ``/`` only the footer pages (and, if it reads href-like
text in scripts, the three ``document.write`` posts). Every gold article is reachable through the
URL literals in the scripts plus plain links thereafter (breadcrumbs, list pages, pagers,
"Tin cùng chuyên mục", the "Đọc nhiều" sidebar of article pages).

URL scheme
----------
- ``/`` home (scripts only, see above).
- ``/tin-tuc.html``, ``/chuyen-mon.html``, ``/thong-bao.html``: category lists, plain HTML, 5 per
  page, newest first, plain pager ``?p=2`` ("Trang: 1 2 Sau »"); a page past the end is 404.
- ``/tin/<slug>-<id>.html``: an article. ``?nguon=tinmoi`` (the home box's tracking parameter)
  serves the very same page.
- ``/in-bai.php?id=<id>``: the print view, opened by ``inBai(<id>)`` in the tool bar
  (``window.open('/in-bai.php?id=' + id)``): the same article in a bare template. Without a
  valid id it is 404.
- ``/gioi-thieu.html``, ``/lien-he.html`` (contact form), ``/lich-cong-tac.html`` (the week's
  work calendar, a table with dates), ``/thu-vien-anh.html`` (photo gallery, a submenu item of
  the script menu).
- uploads under ``/uploads/news/<yyyy_mm>/``; theme files under ``/templates/pgd/``.

Page templates
--------------
Article: header (logo, banner, today "Thứ Sáu, 04/12/2026"), the script menu, breadcrumb
"Trang chủ » <Category>", ``<h2 class="td-bai">`` title, ``<div class="thong-tin">`` with
"Cập nhật: 10/11/2026" (or "Cập nhật: 08/11/2026 09:15" when the editor set a time), an optional
"Người viết: …" field and "Lượt xem", the tool bar (print, email, font size, share), an optional
sapo in ``<div class="tom-tat"><strong>``, the text in ``<div class="noi-dung">``, "Tin cùng
chuyên mục" (up to 4 newest others of the category), sidebar "Đọc nhiều" and visitor counter.

How each gold article is reached
--------------------------------
- 214, 213, 212 (the three newest): ``document.write`` box on the home (with ``?nguon=tinmoi``),
  the home's array boxes, their category lists.
- Tin tức 213, 211, 208, 204, 199: ``dsTinTuc`` on the home and ``/tin-tuc.html``.
- Tin tức 192 and 185: only ``/tin-tuc.html?p=2`` (reached from the menu's ``/tin-tuc.html``).
- Chuyên môn 212, 206, 197: ``dsChuyenMon`` and ``/chuyen-mon.html``.
- Thông báo 214, 209, 195: ``dsThongBao`` and ``/thong-bao.html``.

Traps
-----
- Navigation in script literals only (menu array, document.write, array boxes); ``<noscript>``
  fallback on some templates only, never on the home page.
- ``dsMenu`` holds a commented-out item (``/dien-dan.html``, 404), a ``javascript:void(0)``
  parent and an external link.
- The home box's ``?nguon=tinmoi`` duplicates and the print view are the same article
  (``alt_paths``); the print view is built by concatenation, the literal ``/in-bai.php?id=`` alone
  is a 404.
- Header today's date, list dates, the calendar's dates are not publication dates.
- Bylines: "Tin, ảnh: Tổ Văn phòng" (a unit, both roles), a bare right-aligned name followed by
  the school in parentheses, "Tin: X - Ảnh: Y", "Tin: X<br>Ảnh: Y", a "Người viết: ThS. …" field
  (degree dropped), "BBT" (nobody), a signature "Phòng GD&ĐT Tuần Giáo" (the office, as printed),
  "Tổ Chuyên môn THCS". Sources: "Nguồn: Báo Điện Biên Phủ", "Theo Cổng TTĐT huyện Tuần Giáo".
- Captions italic centred, plain centred, or none; logo, banner, tool icons, list thumbnails are
  not article images.

Gold decisions
--------------
- title: the ``h2.td-bai`` text (the ``<title>`` appends the site name).
- published_at: "Cập nhật: dd/mm/yyyy" (the only date of the page), with the time when printed.
- summary: the ``tom-tat`` box (outside the text, first body paragraph) or a bold first paragraph
  of the text; else None.
- body: ``noi-dung`` paragraphs, ``<h3>`` headings, list items, table rows (cells " | "); a
  ``<br>`` splits a paragraph; bylines, source lines and captions are not body.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import json
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
)

NAME = "js_menu_pgd"
PLATFORM = "Vendor PHP portal (Điện Biên) with script-built menu and document.write boxes"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Phòng GD&ĐT huyện Tuần Giáo"
PER_PAGE = 5

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
}

STORIES: list[Story] = [
    Story(
        214,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen",
        "Thông báo lịch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        "thong-bao",
        "2026-11-25T15:10:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT huyện Tuần Giáo về "
                "việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027, Phòng "
                "GD&ĐT thông báo lịch thi cụ thể như sau:"
            ),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("08/12/2026 | Sáng | Ngữ văn | 150 phút", "td"),
            P("08/12/2026 | Chiều | Toán | 150 phút", "td"),
            P("09/12/2026 | Sáng | Tiếng Anh; Lịch sử và Địa lí | 150 phút", "td"),
            P("09/12/2026 | Chiều | Khoa học tự nhiên; Tin học | 150 phút", "td"),
            P(
                "Địa điểm thi: Trường THCS Thị trấn Tuần Giáo. Thí sinh có mặt tại phòng thi trước "
                "giờ thi 30 phút, mang theo thẻ học sinh hoặc căn cước."
            ),
            P(
                "Hiệu trưởng các trường THCS, PTDTBT THCS thông báo đến học sinh dự thi, bố trí giáo "
                "viên đưa đón và đảm bảo an toàn cho học sinh trong thời gian tham gia kỳ thi."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GD&amp;ĐT Tuần Giáo</strong></p>'),
        ],
        authors=["Phòng GD&ĐT Tuần Giáo"],
        opts={"time": "15:10"},
    ),
    Story(
        213,
        "tuan-giao-tuyen-duong-72-nha-giao-tieu-bieu",
        "Tuần Giáo tuyên dương 72 nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20T16:40:00+07:00",
        [
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo Sở GD&ĐT tỉnh Điện Biên "
                "cùng hơn 250 cán bộ quản lý, giáo viên đại diện các trường mầm non, tiểu học, THCS "
                "trên địa bàn huyện."
            ),
            Img(
                "/uploads/news/2026_11/le-ky-niem-20-11-1.jpg",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "em",
            ),
            P(
                "Năm học 2025-2026, ngành giáo dục huyện Tuần Giáo tiếp tục duy trì vững chắc kết quả "
                "phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và phổ "
                "cập THCS mức độ 2; tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%."
            ),
            P(
                "Toàn huyện có thêm 5 trường được công nhận đạt chuẩn quốc gia, nâng tổng số trường "
                "đạt chuẩn lên 41/68 trường; 27 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những "
                "cố gắng của đội ngũ nhà giáo, đặc biệt là các thầy cô đang công tác tại các điểm "
                "trường bản xa, vùng đặc biệt khó khăn."
            ),
            Img(
                "/uploads/news/2026_11/le-ky-niem-20-11-2.jpg",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "em",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 72 nhà giáo có thành tích xuất sắc "
                "trong năm học 2025-2026."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        photographers=["Tổ Văn phòng"],
        summary=(
            "Chiều 19/11, Phòng GD&ĐT huyện Tuần Giáo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 72 nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        opts={"time": "16:40"},
    ),
    Story(
        212,
        "chuyen-de-day-hoc-tang-cuong-tieng-viet-cho-hoc-sinh-lop-1",
        "Chuyên đề dạy học tăng cường tiếng Việt cho học sinh dân tộc thiểu số lớp 1",
        "chuyen-mon",
        "2026-11-17",
        [
            P(
                "Ngày 13/11/2026, tại Trường PTDTBT Tiểu học Mường Thín, Phòng GD&ĐT huyện Tuần Giáo "
                "tổ chức chuyên đề “Dạy học tăng cường tiếng Việt cho học sinh dân tộc thiểu số lớp 1”. "
                "Tham dự chuyên đề có cán bộ quản lý, giáo viên dạy lớp 1 của 24 trường tiểu học."
            ),
            P("1. Mục tiêu của chuyên đề", "h3"),
            P(
                "Giúp giáo viên nắm vững các biện pháp hỗ trợ học sinh người Thái, người Mông làm quen "
                "với tiếng Việt trước và trong khi học vần; chia sẻ kinh nghiệm tổ chức góc tiếng "
                "Việt trong lớp học."
            ),
            P("2. Nội dung chính", "h3"),
            P("Tiết dạy minh họa bài 18 “Ôn tập” môn Tiếng Việt lớp 1 (bộ sách Cánh Diều).", "li"),
            P("Trao đổi về việc sử dụng đồ dùng trực quan, tranh ảnh gắn với đời sống bản làng.", "li"),
            P("Kinh nghiệm phối hợp với cha mẹ học sinh trong việc luyện đọc tại nhà.", "li"),
            Img(
                "/uploads/news/2026_11/chuyen-de-tv1.jpg",
                "Tiết dạy minh họa của cô giáo Lò Thị Xuân, Trường PTDTBT TH Mường Thín",
                "Tiết dạy minh họa của cô giáo Lò Thị Xuân, Trường PTDTBT TH Mường Thín",
                "em",
            ),
            P("3. Đánh giá chung", "h3"),
            P(
                "Các tiết dạy được chuẩn bị công phu, học sinh mạnh dạn, tự tin giao tiếp. Tuy nhiên, "
                "một số lớp ghép vẫn còn khó khăn về đồ dùng dạy học; các trường cần tiếp tục bổ sung "
                "học liệu và tăng cường dự giờ, thăm lớp để rút kinh nghiệm."
            ),
        ],
        authors=["Quàng Thị Hoa"],
        opts={"meta_author": "ThS. Quàng Thị Hoa"},
    ),
    Story(
        211,
        "truong-ptdtbt-thcs-quai-to-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        "Trường PTDTBT THCS Quài Tở tổ chức Ngày hội văn hóa các dân tộc",
        "tin-tuc",
        "2026-11-14",
        [
            P(
                "Nhằm giáo dục học sinh ý thức giữ gìn, phát huy bản sắc văn hóa dân tộc, ngày "
                "12/11/2026 Trường PTDTBT THCS Quài Tở tổ chức Ngày hội văn hóa các dân tộc năm 2026."
            ),
            P(
                "Ngày hội có nhiều hoạt động sôi nổi như thi trang phục dân tộc, gói bánh chưng, ném "
                "còn, đẩy gậy, kéo co và trình diễn các làn điệu dân ca Thái, Mông, Khơ Mú."
            ),
            Img(
                "/uploads/news/2026_11/ngay-hoi-quai-to.jpg",
                "Học sinh trình diễn trang phục dân tộc Mông",
                "Học sinh trình diễn trang phục dân tộc Mông",
                "center",
            ),
            P(
                "Em Lường Thị Ngọc, học sinh lớp 8A chia sẻ: “Em rất vui vì được mặc bộ váy áo của mẹ "
                "may cho và giới thiệu với các bạn về điệu xòe của dân tộc mình.”",
                "quote",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 6 giải nhất, 8 giải nhì và 12 giải ba cho các tập "
                "thể lớp và cá nhân có thành tích xuất sắc."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Lò Văn Thắng</strong> '
                "(Trường PTDTBT THCS Quài Tở)</p>"
            ),
        ],
        authors=["Lò Văn Thắng"],
    ),
    Story(
        209,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "THÔNG BÁO Tuyển dụng viên chức giáo dục huyện Tuần Giáo năm 2026",
        "thong-bao",
        "2026-11-10T08:00:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 3120/KH-UBND ngày 28/10/2026 của UBND huyện Tuần Giáo về tuyển "
                "dụng viên chức làm việc tại các đơn vị sự nghiệp giáo dục năm 2026, Phòng GD&ĐT thông "
                "báo như sau:"
            ),
            P("Chỉ tiêu tuyển dụng", "h3"),
            P("Giáo viên mầm non hạng III: 18 chỉ tiêu.", "li"),
            P("Giáo viên tiểu học hạng III: 25 chỉ tiêu (trong đó 4 giáo viên Tiếng Anh).", "li"),
            P("Giáo viên THCS hạng III: 9 chỉ tiêu.", "li"),
            P("Thời gian và địa điểm nhận phiếu đăng ký dự tuyển", "h3"),
            P(
                "Từ ngày 11/11/2026 đến hết ngày 10/12/2026 (trong giờ hành chính), tại Bộ phận Một "
                "cửa UBND huyện Tuần Giáo, khối 20, thị trấn Tuần Giáo."
            ),
            P(
                "Mọi chi tiết xin liên hệ Tổ Tổ chức - Cán bộ, Phòng GD&ĐT huyện Tuần Giáo, điện "
                "thoại 0215 3862 218."
            ),
        ],
        opts={"time": "08:00"},
    ),
    Story(
        208,
        "trao-tang-500-bo-quan-ao-am-cho-hoc-sinh-xa-pu-nhung",
        "Trao tặng 500 bộ quần áo ấm cho học sinh vùng cao xã Pú Nhung",
        "tin-tuc",
        "2026-11-08T09:15:00+07:00",
        [
            P(
                "Ngày 06/11, Phòng GD&ĐT huyện Tuần Giáo phối hợp với nhóm thiện nguyện “Ấm áp vùng "
                "cao” (Hà Nội) trao tặng 500 bộ quần áo ấm, 300 đôi ủng cho học sinh các trường trên "
                "địa bàn xã Pú Nhung.",
                "lead",
            ),
            P(
                "Pú Nhung là xã vùng cao đặc biệt khó khăn của huyện Tuần Giáo, có trên 95% dân số là "
                "người Mông; mùa đông nhiệt độ nhiều khi xuống dưới 5 độ C."
            ),
            Img(
                "/uploads/news/2026_11/pu-nhung-ao-am-1.jpg",
                "Các em học sinh Trường PTDTBT Tiểu học Pú Nhung nhận áo ấm",
                "Các em học sinh Trường PTDTBT Tiểu học Pú Nhung nhận áo ấm",
                "em",
            ),
            P(
                "Cùng với áo ấm, đoàn còn tặng 200 suất quà gồm sách vở, bánh kẹo và sữa cho học sinh "
                "bán trú; tổng trị giá các phần quà khoảng 180 triệu đồng."
            ),
            Img("/uploads/news/2026_11/pu-nhung-ao-am-2.jpg", None, None, "none"),
            P(
                "Thay mặt các nhà trường, thầy Giàng A Chu, Hiệu trưởng Trường PTDTBT THCS Pú Nhung "
                "bày tỏ cảm ơn tấm lòng của các nhà hảo tâm, giúp các em có thêm điều kiện để yên tâm "
                "đến trường trong mùa đông giá rét."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Cà Thị Nguyệt - Ảnh: Quàng Văn Dũng'
                "</strong></p>"
            ),
        ],
        authors=["Cà Thị Nguyệt"],
        photographers=["Quàng Văn Dũng"],
        summary=(
            "Ngày 06/11, Phòng GD&ĐT huyện Tuần Giáo phối hợp với nhóm thiện nguyện “Ấm áp vùng "
            "cao” (Hà Nội) trao tặng 500 bộ quần áo ấm, 300 đôi ủng cho học sinh các trường trên "
            "địa bàn xã Pú Nhung."
        ),
        opts={"time": "09:15"},
    ),
    Story(
        206,
        "huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i-cap-thcs",
        "Hướng dẫn kiểm tra, đánh giá giữa học kỳ I cấp THCS năm học 2026-2027",
        "chuyen-mon",
        "2026-11-03T14:20:00+07:00",
        [
            P(
                "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GD&ĐT quy định về đánh "
                "giá học sinh trung học cơ sở và trung học phổ thông, Phòng GD&ĐT hướng dẫn các "
                "trường THCS tổ chức kiểm tra, đánh giá giữa học kỳ I như sau:"
            ),
            P("I. Yêu cầu", "h3"),
            P("Đề kiểm tra được xây dựng theo ma trận, bản đặc tả của tổ chuyên môn.", "li"),
            P("Kết hợp câu hỏi trắc nghiệm khách quan và tự luận theo tỉ lệ 3/7.", "li"),
            P("Đảm bảo khách quan, công bằng, đánh giá đúng năng lực của học sinh.", "li"),
            P("II. Thời gian thực hiện", "h3"),
            P(
                "Các trường chủ động bố trí lịch kiểm tra từ ngày 09/11 đến 21/11/2026; nhập điểm "
                "lên hệ thống cơ sở dữ liệu ngành trước ngày 28/11/2026."
            ),
            P("III. Báo cáo", "h3"),
            P(
                "Các trường tổng hợp kết quả, phân tích chất lượng theo từng môn học và gửi báo cáo "
                "về Phòng GD&ĐT (qua Tổ Chuyên môn THCS) trước ngày 30/11/2026."
            ),
            Raw('<p style="text-align: right;"><em><strong>Tổ Chuyên môn THCS</strong></em></p>'),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={"time": "14:20"},
    ),
    Story(
        204,
        "hoi-khoe-phu-dong-cap-huyen-lan-thu-xii-nam-2026",
        "Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026 thành công tốt đẹp",
        "tin-tuc",
        "2026-10-30",
        [
            P(
                "Sau 4 ngày tranh tài sôi nổi (từ 26 đến 29/10/2026), Hội khỏe Phù Đổng huyện Tuần "
                "Giáo lần thứ XII đã bế mạc. Hội khỏe thu hút 826 vận động viên là học sinh tiểu học "
                "và THCS của 19 đoàn thể thao tham gia ở 7 môn thi đấu."
            ),
            Img(
                "/uploads/news/2026_10/hkpd-2026.jpg",
                "Các vận động viên thi đấu môn kéo co",
                "Các vận động viên thi đấu môn kéo co",
                "em",
            ),
            P("Kết quả toàn đoàn khối THCS:"),
            P("Xếp hạng | Đơn vị | Huy chương vàng | Tổng số huy chương", "th"),
            P("Nhất | Trường THCS Thị trấn | 14 | 31", "td"),
            P("Nhì | Trường PTDTBT THCS Quài Tở | 9 | 22", "td"),
            P("Ba | Trường THCS Chiềng Sinh | 7 | 19", "td"),
            P(
                "Ban tổ chức sẽ lựa chọn những vận động viên xuất sắc nhất thành lập đội tuyển tham "
                "dự Hội khỏe Phù Đổng tỉnh Điện Biên năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Lường Khánh</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Điện Biên Phủ</em></p>'),
        ],
        authors=["Lường Khánh"],
        source="Báo Điện Biên Phủ",
    ),
    Story(
        199,
        "tuan-giao-ra-quan-van-dong-hoc-sinh-tro-lai-truong-sau-lu",
        "Tuần Giáo ra quân vận động học sinh trở lại trường sau mưa lũ",
        "tin-tuc",
        "2026-10-20",
        [
            P(
                "Sau đợt mưa lũ giữa tháng 10, nhiều học sinh ở các bản vùng cao của huyện Tuần Giáo "
                "chưa trở lại lớp do đường sá bị sạt lở, gia đình khó khăn."
            ),
            P(
                "Ngay sau khi thời tiết ổn định, các trường đã thành lập tổ công tác gồm ban giám "
                "hiệu, giáo viên chủ nhiệm và trưởng bản đến từng gia đình vận động.",
                "br",
            ),
            P(
                "Đến ngày 19/10, 100% học sinh của các trường đã trở lại lớp học bình thường.",
                "br",
            ),
            P(
                "Phòng GD&ĐT đề nghị các trường tiếp tục rà soát cơ sở vật chất, kịp thời khắc phục "
                "phòng học, nhà bán trú bị hư hỏng, đảm bảo an toàn tuyệt đối cho học sinh."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
    ),
    Story(
        197,
        "hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-bac-tieu-hoc",
        "Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh bậc tiểu học",
        "chuyen-mon",
        "2026-10-16",
        [
            P(
                "Ngày 15/10/2026, Phòng GD&ĐT huyện Tuần Giáo tổ chức hội thảo “Nâng cao chất lượng "
                "dạy học môn Tiếng Anh bậc tiểu học” với sự tham gia của 46 giáo viên Tiếng Anh."
            ),
            P(
                "Tại hội thảo, các đại biểu đã trao đổi nhiều giải pháp như tổ chức câu lạc bộ Tiếng "
                "Anh, ứng dụng phần mềm luyện phát âm, sử dụng trò chơi trong dạy từ vựng."
            ),
            Img(
                "/uploads/news/2026_10/hoi-thao-tieng-anh.jpg",
                "Giáo viên chia sẻ kinh nghiệm tại hội thảo",
                "Giáo viên chia sẻ kinh nghiệm tại hội thảo",
                "center",
            ),
            P(
                "Kết luận hội thảo, đại diện lãnh đạo Phòng đề nghị các trường tăng cường đầu tư "
                "thiết bị nghe nhìn, khuyến khích giáo viên tự bồi dưỡng nâng cao năng lực ngoại ngữ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Vì Thị Lan<br />Ảnh: Lò Thị Phương'
                "</strong></p>"
            ),
        ],
        authors=["Vì Thị Lan"],
        photographers=["Lò Thị Phương"],
    ),
    Story(
        195,
        "thong-bao-nghi-hoc-do-mua-lu-ngay-14-10-2026",
        "Thông báo cho học sinh nghỉ học do mưa lũ ngày 14/10/2026",
        "thong-bao",
        "2026-10-13T17:45:00+07:00",
        [
            P(
                "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường liên xã, liên bản trên địa bàn "
                "huyện bị sạt lở, ngập úng, nguy hiểm cho việc đi lại của học sinh."
            ),
            P(
                "Phòng GD&ĐT huyện Tuần Giáo thông báo cho học sinh các trường mầm non, tiểu học, "
                "THCS trên địa bàn các xã Mường Mùn, Pú Nhung, Tỏa Tình, Phình Sáng nghỉ học ngày "
                "14/10/2026.",
                "br",
            ),
            P("Thời gian học bù do các trường chủ động bố trí.", "br"),
            P(
                "Các trường có học sinh bán trú phải bố trí giáo viên trực 24/24 giờ, tuyệt đối "
                "không để học sinh tự ý về nhà khi chưa có người đón."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"time": "17:45", "meta_author": "Tổ Văn phòng"},
    ),
    Story(
        192,
        "khanh-thanh-diem-truong-ban-hua-ca-xa-muong-mun",
        "Khánh thành điểm trường bản Hua Ca, xã Mường Mùn",
        "tin-tuc",
        "2026-10-09T10:30:00+07:00",
        [
            P(
                "Sáng 08/10, tại bản Hua Ca, xã Mường Mùn, UBND huyện Tuần Giáo tổ chức lễ khánh "
                "thành và bàn giao điểm trường mầm non bản Hua Ca."
            ),
            P(
                "Công trình gồm 2 phòng học, 1 bếp ăn bán trú và công trình vệ sinh, tổng kinh phí "
                "gần 2,4 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã "
                "hội vùng đồng bào dân tộc thiểu số và miền núi."
            ),
            Img(
                "/uploads/news/2026_10/hua-ca-khanh-thanh.jpg",
                "Cắt băng khánh thành điểm trường bản Hua Ca",
                "Cắt băng khánh thành điểm trường bản Hua Ca",
                "em",
            ),
            P(
                "Điểm trường mới đưa vào sử dụng sẽ giúp 58 trẻ mầm non của bản Hua Ca và bản Co Sản "
                "không còn phải học nhờ nhà văn hóa bản như trước đây."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Phạm Thị Thu Hà</strong></p>'
            ),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Phạm Thị Thu Hà"],
        opts={"time": "10:30"},
    ),
    Story(
        185,
        "tuan-giao-khai-giang-nam-hoc-moi-2026-2027",
        "Hơn 22.000 học sinh huyện Tuần Giáo bước vào năm học mới 2026-2027",
        "tin-tuc",
        "2026-09-05",
        [
            P(
                "Tại Trường PTDTBT Tiểu học Quài Cang, đồng chí Bí thư Huyện ủy đã dự và đánh trống "
                "khai giảng năm học mới, tặng quà cho học sinh có hoàn cảnh khó khăn."
            ),
            P(
                "Năm học 2026-2027, toàn huyện có 68 trường học với hơn 22.000 học sinh; ngành giáo "
                "dục tập trung nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số, "
                "duy trì sĩ số và giảm tỉ lệ học sinh bỏ học."
            ),
            Img(
                "/uploads/news/2026_09/khai-giang-quai-cang.jpg",
                "Học sinh Trường PTDTBT Tiểu học Quài Cang trong ngày khai giảng",
                "Học sinh Trường PTDTBT Tiểu học Quài Cang trong ngày khai giảng",
                "center",
            ),
            P(
                "Cùng ngày, các đồng chí lãnh đạo huyện chia thành nhiều đoàn dự lễ khai giảng tại "
                "các trường trên địa bàn và trao tặng hàng nghìn suất quà cho học sinh."
            ),
            Raw(
                '<p style="text-align: right;"><em>Theo Cổng TTĐT huyện Tuần Giáo</em></p>'
            ),
        ],
        source="Cổng TTĐT huyện Tuần Giáo",
        summary=(
            "Sáng 05/9, hơn 22.000 học sinh từ mầm non đến THCS trên địa bàn huyện Tuần Giáo đã "
            "tựu trường, dự lễ khai giảng năm học 2026-2027."
        ),
        sapo_outside=True,
    ),
]

BY_ID = {s.id: s for s in STORIES}


def href(story: Story) -> str:
    return f"/tin/{story.slug}-{story.id}.html"


def in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.published_at, reverse=True)


def newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at, reverse=True)[:n]


#: the three posts of the home's document.write box (the newest three)
TINMOI = newest(3)
MOST_READ = [208, 204, 212, 209, 213]

GOLD = []
for _s in STORIES:
    _alts = [f"/in-bai.php?id={_s.id}"]
    if _s in TINMOI:
        _alts.insert(0, href(_s) + "?nguon=tinmoi")
    GOLD.append(gold_record(_s, href(_s), CATEGORIES[_s.cat], alt_paths=_alts))

NON_ARTICLES = [
    "/tin-tuc.html?p=2",
    "/gioi-thieu.html",
    "/lien-he.html",
    "/lich-cong-tac.html",
    "/thu-vien-anh.html",
]


# --- printing -------------------------------------------------------------------------------


def day(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def date_line(story: Story) -> str:
    t = story.opts.get("time")
    return f"Cập nhật: {day(story)}" + (f" {t}" if t else "")


MENU_JS = """<script type="text/javascript">
var dsMenu = [{ten: "Trang chủ", lienket: "/"},
  {ten: "Giới thiệu", lienket: "/gioi-thieu.html"},
  {ten: "Tin tức", lienket: "/tin-tuc.html"},
  {ten: "Chuyên môn", lienket: "/chuyen-mon.html"},
  {ten: "Thông báo", lienket: "/thong-bao.html"},
  {ten: "Lịch công tác", lienket: "/lich-cong-tac.html"},
  // {ten: "Diễn đàn", lienket: "/dien-dan.html"},
  {ten: "Thư viện", lienket: "javascript:void(0)", con: [{ten: "Thư viện ảnh", lienket: "/thu-vien-anh.html"}]},
  {ten: "Văn bản", lienket: "http://vanban.tuangiao.dienbien.gov.vn/"},
  {ten: "Liên hệ", lienket: "/lien-he.html"}];
(function () {
  var ul = document.getElementById("menu"), s = "";
  for (var i = 0; i < dsMenu.length; i++) {
    var m = dsMenu[i];
    s += '<li' + (location.pathname == m.lienket ? ' class="active"' : '') + '><a href="' + m.lienket + '">' + m.ten + '</a>';
    if (m.con) {
      s += '<ul class="sub">';
      for (var j = 0; j < m.con.length; j++) s += '<li><a href="' + m.con[j].lienket + '">' + m.con[j].ten + '</a></li>';
      s += '</ul>';
    }
    s += '</li>';
  }
  ul.innerHTML = s;
})();
</script>"""

NOSCRIPT_MENU = (
    '<noscript><div class="menu-tinh"><a href="/">Trang chủ</a> | <a href="/gioi-thieu.html">Giới '
    'thiệu</a> | <a href="/tin-tuc.html">Tin tức</a> | <a href="/chuyen-mon.html">Chuyên môn</a> | '
    '<a href="/thong-bao.html">Thông báo</a> | <a href="/lich-cong-tac.html">Lịch công tác</a> | '
    '<a href="/lien-he.html">Liên hệ</a></div></noscript>'
)


def counter_box() -> str:
    return (
        '<div class="box"><div class="box-title">Thống kê truy cập</div><div class="box-ct thongke">'
        '<img src="/templates/pgd/images/online.gif" alt=""> Đang online: <b>17</b><br>'
        '<img src="/templates/pgd/images/today.gif" alt=""> Hôm nay: <b>486</b><br>'
        '<img src="/templates/pgd/images/total.gif" alt=""> Tổng truy cập: <b>1.362.905</b>'
        "</div></div>"
    )


def poll_box() -> str:
    return (
        '<div class="box"><div class="box-title">Thăm dò ý kiến</div><div class="box-ct">'
        "<p>Bạn đánh giá thế nào về giao diện mới của trang thông tin?</p>"
        '<form name="frmPoll" onsubmit="return binhChon(this)">'
        '<label><input type="radio" name="ykien" value="1"> Đẹp, dễ sử dụng</label><br>'
        '<label><input type="radio" name="ykien" value="2"> Bình thường</label><br>'
        '<label><input type="radio" name="ykien" value="3"> Cần cải tiến</label><br>'
        '<input type="submit" value="Bình chọn"> <input type="button" value="Kết quả" '
        "onclick=\"alert('Chức năng đang bảo trì')\"></form></div></div>"
        '<script>function binhChon(f){alert("Cảm ơn bạn đã bình chọn!");return false;}</script>'
    )


def links_box() -> str:
    return (
        '<div class="box"><div class="box-title">Liên kết website</div><div class="box-ct">'
        '<select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --'
        '</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.dienbien.gov.vn">Sở GD&amp;ĐT Điện Biên</option>'
        '<option value="https://tuangiao.dienbien.gov.vn">Cổng TTĐT huyện Tuần Giáo</option>'
        "</select></div></div>"
    )


def most_read_box() -> str:
    items = "".join(
        f'<li><a href="{href(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return (
        '<div class="box"><div class="box-title">Đọc nhiều</div><div class="box-ct">'
        f'<ul class="ds-docnhieu">{items}</ul></div></div>'
    )


def layout(title: str, main: str, sidebar: str, noscript: bool = False) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="phòng giáo dục tuần giáo, điện biên, giáo dục" />
<link href="/templates/pgd/css/style.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/templates/pgd/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/templates/pgd/js/ddsmoothmenu.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header">
<div class="top-bar"><span class="ngay-hom-nay">{TODAY}</span>
<span class="hotline">Đường dây nóng: 0215 3862 218</span></div>
<a href="/"><img src="/templates/pgd/images/logo.png" alt="Logo" class="logo" /></a>
<img src="/templates/pgd/images/banner-tuangiao.jpg" alt="Phòng Giáo dục và Đào tạo huyện Tuần Giáo" class="banner" />
</div>
<div id="nav" class="ddsmoothmenu"><ul id="menu"></ul>
{MENU_JS}
{NOSCRIPT_MENU if noscript else ""}
<div class="tim-kiem"><input type="text" id="txtTuKhoa" value="Tìm kiếm..." />
<a href="javascript:void(0)" onclick="timKiem()"><img src="/templates/pgd/images/search.png" alt="" /></a></div>
</div>
<div id="content">
<div id="main">
{main}
</div>
<div id="sidebar">
{sidebar}
{counter_box()}
</div>
<div class="clear"></div>
</div>
<div id="footer">
<div class="footer-links"><a href="/gioi-thieu.html">Giới thiệu</a> | <a href="/lien-he.html">Liên hệ</a></div>
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TUẦN GIÁO</b><br />
Địa chỉ: Khối Đồng Tâm, thị trấn Tuần Giáo, huyện Tuần Giáo, tỉnh Điện Biên<br />
Điện thoại: 0215 3862 218 - Email: pgdtuangiao@dienbien.edu.vn<br />
Chịu trách nhiệm nội dung: Trưởng phòng Giáo dục và Đào tạo</p>
<p class="ban-quyen">Thiết kế bởi Công ty TNHH Tin học Mường Thanh</p>
</div>
</div>
<script type="text/javascript">
function timKiem(){{var k=document.getElementById("txtTuKhoa").value;alert("Chức năng tìm kiếm đang được nâng cấp: "+k);}}
</script>
</body>
</html>"""


# --- article ------------------------------------------------------------------------------


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" alt="" width="600" '
                'style="border: 0;" /></p>'
            )
            if b.printed and b.style == "em":
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            elif b.printed:
                out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        elif b.style in ("li", "br", "th", "td"):
            group = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and (blocks[i].style == b.style or {blocks[i].style, b.style} == {"th", "td"})
            ):
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append(
                    '<p style="text-align: justify;">'
                    + "<br />\n".join(esc(p.text) for p in group)
                    + "</p>"
                )
            else:
                rows = []
                for p in group:
                    tag = "th" if p.style == "th" else "td"
                    rows.append(
                        "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>"
                    )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            continue
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def article_main(story: Story) -> str:
    cat = story.cat
    meta = [f'<span class="ngay">{date_line(story)}</span>']
    if story.opts.get("meta_author"):
        meta.append(f'<span class="tac-gia">Người viết: {esc(story.opts["meta_author"])}</span>')
    meta.append(f'<span class="luot-xem">Lượt xem: {story.views()}</span>')
    sapo = (
        f'<div class="tom-tat"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    related = [s for s in in_cat(cat) if s is not story][:4]
    rel = "".join(
        f'<li><a href="{href(s)}">{esc(s.title)}</a> <span class="ngay">({day(s)})</span></li>'
        for s in related
    )
    return f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/{cat}.html">{esc(CATEGORIES[cat])}</a></div>
<div class="chi-tiet">
<h2 class="td-bai">{esc(story.title)}</h2>
<div class="thong-tin">{" | ".join(meta)}</div>
<div class="cong-cu">
<a href="javascript:void(0)" onclick="inBai({story.id})"><img src="/templates/pgd/images/print.gif" alt="" /> In bài</a>
<a href="javascript:void(0)" onclick="guiEmail({story.id})"><img src="/templates/pgd/images/email.gif" alt="" /> Gửi email</a>
<a href="javascript:void(0)" onclick="coChu(1)">A+</a> <a href="javascript:void(0)" onclick="coChu(-1)">A-</a>
<a href="https://www.facebook.com/sharer/sharer.php?u=http://pgdtuangiao.edu.vn{href(story)}" target="_blank"><img src="/templates/pgd/images/facebook.png" alt="" /></a>
</div>
{sapo}
<div class="noi-dung">
{render_blocks(story)}
</div>
<div class="tin-lien-quan"><div class="tieu-de-khoi">Tin cùng chuyên mục</div><ul>{rel}</ul></div>
</div>
<script type="text/javascript">
function inBai(id){{window.open('/in-bai.php?id=' + id, 'inbai', 'width=800,height=600,scrollbars=1');}}
function guiEmail(id){{window.location = 'mailto:?subject=' + encodeURIComponent(document.title) + '&body=' + encodeURIComponent(location.href);}}
function coChu(d){{var e=document.querySelector('.noi-dung');var s=parseInt(getComputedStyle(e).fontSize)+d;e.style.fontSize=s+'px';}}
</script>"""


def article_page(story: Story) -> Response:
    sidebar = most_read_box() + links_box()
    return html(layout(f"{story.title} - {SITE_TITLE}", article_main(story), sidebar))


def print_page(story: Story) -> Response:
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(story.title)}</title>
<link href="/templates/pgd/css/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print()">
<div class="in-bai"><img src="/templates/pgd/images/logo-print.png" alt="" />
<p class="ten-don-vi">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TUẦN GIÁO</p>
<h2 class="td-bai">{esc(story.title)}</h2>
<p class="ngay">{date_line(story)}</p>
{sapo}
<div class="noi-dung">{render_blocks(story)}</div>
<p class="duong-dan">Địa chỉ bài viết: http://pgdtuangiao.edu.vn{href(story)}</p>
</div></body></html>"""
    return html(body)


# --- home ---------------------------------------------------------------------------------


def js_obj(story: Story) -> str:
    img = next((b.src for b in story.blocks if isinstance(b, Img)), "/templates/pgd/images/no-image.jpg")
    return (
        f"{{tieude: {json.dumps(story.title, ensure_ascii=False)}, url: '{href(story)}', "
        f"anh: '{img}', ngay: '{day(story)}'}}"
    )


def home(request: Request) -> Response:
    writes = "\n".join(
        f"document.write('<li><a href=\"{href(s)}?nguon=tinmoi\">"
        + esc(s.title).replace("'", "\\'")
        + f"</a> <span class=\"ngay\">({day(s)})</span></li>');"
        for s in TINMOI
    )
    tintuc = ",\n  ".join(js_obj(s) for s in in_cat("tin-tuc")[:PER_PAGE])
    chuyenmon = ",\n  ".join(js_obj(s) for s in in_cat("chuyen-mon")[:3])
    thongbao = ", ".join(
        f'["{href(s)}", {json.dumps(s.title, ensure_ascii=False)}]' for s in in_cat("thong-bao")
    )
    main = f"""<div class="box-tinmoi"><div class="tieu-de-khoi">Tin mới</div><ul>
<script type="text/javascript">
{writes}
</script>
</ul></div>
<div class="box-thongbao"><span class="nhan">Thông báo:</span> <marquee id="mqThongBao" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"></marquee></div>
<div class="khoi-tin"><div class="tieu-de-khoi">Tin tức - Sự kiện</div><div id="hop-tintuc"></div></div>
<div class="khoi-tin"><div class="tieu-de-khoi">Chuyên môn</div><div id="hop-chuyenmon"></div></div>
<script type="text/javascript">
var dsTinTuc = [
  {tintuc}
];
var dsChuyenMon = [
  {chuyenmon}
];
var dsThongBao = [{thongbao}];
function hienThiHop(id, ds) {{
  var s = '';
  for (var i = 0; i < ds.length; i++) {{
    var t = ds[i];
    if (i == 0) s += '<div class="tin-dau"><a href="' + t.url + '"><img src="' + t.anh + '" alt="" /></a><h3><a href="' + t.url + '">' + t.tieude + '</a></h3><span class="ngay">' + t.ngay + '</span></div><ul>';
    else s += '<li><a href="' + t.url + '">' + t.tieude + '</a></li>';
  }}
  document.getElementById(id).innerHTML = s + '</ul>';
}}
hienThiHop('hop-tintuc', dsTinTuc);
hienThiHop('hop-chuyenmon', dsChuyenMon);
var mq = '';
for (var k = 0; k < dsThongBao.length; k++) mq += '<a href="' + dsThongBao[k][0] + '">' + dsThongBao[k][1] + '</a> &nbsp;&bull;&nbsp; ';
document.getElementById('mqThongBao').innerHTML = mq;
</script>"""
    sidebar = poll_box() + links_box()
    return html(layout(f"{SITE_TITLE} - Trang thông tin điện tử", main, sidebar))


# --- lists and static pages -----------------------------------------------------------------


def page_no(request: Request) -> int | None:
    raw = request.params.get("p", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def category_page(request: Request, cat: str) -> Response | None:
    posts = in_cat(cat)
    page = page_no(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page is None or page > pages:
        return None
    items = []
    for s in posts[(page - 1) * PER_PAGE : page * PER_PAGE]:
        img = next((b.src for b in s.blocks if isinstance(b, Img)), "/templates/pgd/images/no-image.jpg")
        first = next(b.text for b in s.blocks if isinstance(b, P))
        lead = s.summary or first
        short = lead if len(lead) < 180 else lead[:170].rsplit(" ", 1)[0] + "..."
        items.append(
            f'<div class="tin-ds"><a href="{href(s)}"><img class="anh-nho" src="{img}" alt="" /></a>'
            f'<a class="tieu-de" href="{href(s)}">{esc(s.title)}</a> '
            f'<span class="ngay">({day(s)})</span><p class="mo-ta">{esc(short)}</p>'
            '<div class="clear"></div></div>'
        )
    pager = ""
    if pages > 1:
        nums = " ".join(
            f"<b>{n}</b>" if n == page else f'<a href="/{cat}.html{"" if n == 1 else f"?p={n}"}">{n}</a>'
            for n in range(1, pages + 1)
        )
        nxt = f' <a href="/{cat}.html?p={page + 1}">Sau &raquo;</a>' if page < pages else ""
        prv = (
            f'<a href="/{cat}.html{"" if page == 2 else f"?p={page - 1}"}">&laquo; Trước</a> '
            if page > 1
            else ""
        )
        pager = f'<div class="phan-trang">Trang: {prv}{nums}{nxt}</div>'
    name = CATEGORIES[cat]
    main = (
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; {esc(name)}</div>'
        f'<div class="ds-tin"><div class="tieu-de-khoi">{esc(name)}</div>'
        + "\n".join(items)
        + f"</div>{pager}"
    )
    title = f"{name} - {SITE_TITLE}" + (f" - Trang {page}" if page > 1 else "")
    return html(layout(title, main, most_read_box() + links_box(), noscript=True))


STATIC = {
    "/gioi-thieu.html": (
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo huyện Tuần Giáo là cơ quan chuyên môn thuộc UBND huyện Tuần "
        "Giáo, có chức năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào "
        "tạo trên địa bàn huyện.</p>"
        "<p>Toàn huyện hiện có 68 trường học (24 trường mầm non, 24 trường tiểu học, 20 trường THCS) "
        "với hơn 22.000 học sinh và 1.680 cán bộ, giáo viên, nhân viên.</p>"
        "<h3>Lãnh đạo Phòng</h3><ul><li>Trưởng phòng: Ông Lò Văn Hùng</li>"
        "<li>Phó Trưởng phòng: Bà Tòng Thị Mai</li><li>Phó Trưởng phòng: Ông Nguyễn Đức Toàn</li></ul>",
    ),
    "/lien-he.html": (
        "Liên hệ",
        "<p>Địa chỉ: Khối Đồng Tâm, thị trấn Tuần Giáo, huyện Tuần Giáo, tỉnh Điện Biên.</p>"
        "<p>Điện thoại: 0215 3862 218 - Email: pgdtuangiao@dienbien.edu.vn</p>"
        '<form name="frmLienHe" method="post" action="/lien-he.html" onsubmit="return kiemTra(this)">'
        '<p>Họ tên: <input type="text" name="hoten" /></p><p>Email: <input type="text" name="email" /></p>'
        '<p>Nội dung: <textarea name="noidung" rows="6" cols="50"></textarea></p>'
        '<p><input type="submit" value="Gửi liên hệ" /></p></form>'
        '<script>function kiemTra(f){if(!f.hoten.value){alert("Vui lòng nhập họ tên");return false;}return true;}</script>',
    ),
}

CALENDAR = [
    ("Thứ Hai, 30/11/2026", "Sáng", "Giao ban lãnh đạo Phòng", "Phòng họp số 1"),
    ("Thứ Hai, 30/11/2026", "Chiều", "Kiểm tra công tác bán trú tại Trường PTDTBT TH Pú Nhung", "Pú Nhung"),
    ("Thứ Ba, 01/12/2026", "Cả ngày", "Dự Hội nghị trực tuyến của Sở GD&ĐT", "Hội trường UBND huyện"),
    ("Thứ Năm, 03/12/2026", "Sáng", "Họp Hội đồng thi chọn học sinh giỏi lớp 9", "Phòng họp số 1"),
    ("Thứ Sáu, 04/12/2026", "Chiều", "Duyệt kế hoạch kiểm tra học kỳ I", "Phòng họp số 2"),
]


def static_page(path: str) -> Response:
    name, content = STATIC[path]
    main = (
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; {esc(name)}</div>'
        f'<div class="trang-tinh"><h2 class="td-trang">{esc(name)}</h2>{content}</div>'
    )
    return html(layout(f"{name} - {SITE_TITLE}", main, poll_box() + links_box()))


def calendar_page() -> Response:
    rows = "".join(
        f"<tr><td>{esc(d)}</td><td>{esc(b)}</td><td>{esc(n)}</td><td>{esc(p)}</td></tr>"
        for d, b, n, p in CALENDAR
    )
    main = (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; Lịch công tác</div>'
        '<div class="lich"><h2 class="td-trang">Lịch công tác tuần 49 (từ 30/11/2026 đến 04/12/2026)</h2>'
        '<table border="1" cellpadding="4" cellspacing="0" class="bang-lich"><tr><th>Ngày</th>'
        f"<th>Buổi</th><th>Nội dung</th><th>Địa điểm</th></tr>{rows}</table>"
        '<p><em>Lịch có thể thay đổi, đề nghị theo dõi thường xuyên.</em></p></div>'
    )
    return html(layout(f"Lịch công tác - {SITE_TITLE}", main, most_read_box(), noscript=True))


def gallery_page() -> Response:
    albums = [
        ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "/uploads/album/2026_11/nha-giao.jpg", 24),
        ("Hội khỏe Phù Đổng cấp huyện năm 2026", "/uploads/album/2026_10/hkpd.jpg", 36),
        ("Khai giảng năm học 2026-2027", "/uploads/album/2026_09/khai-giang.jpg", 18),
    ]
    cells = "".join(
        f'<div class="album"><a href="javascript:moAlbum({i})"><img src="{src}" alt="" /></a>'
        f"<p>{esc(t)}</p><span>({n} ảnh)</span></div>"
        for i, (t, src, n) in enumerate(albums, 1)
    )
    main = (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; Thư viện ảnh</div>'
        f'<div class="thu-vien"><div class="tieu-de-khoi">Thư viện ảnh</div>{cells}</div>'
        '<script>function moAlbum(i){alert("Album đang được cập nhật");}</script>'
    )
    return html(layout(f"Thư viện ảnh - {SITE_TITLE}", main, poll_box()))


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/tin/([a-z0-9-]+)-(\d+)\.html")


class JsMenuSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/templates/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php") and not request.query:
            return home(request)
        if m := _ARTICLE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or story.slug != m.group(1):
                return None
            if request.query not in ("", "nguon=tinmoi"):
                return None
            return article_page(story)
        if path == "/in-bai.php":
            raw = request.params.get("id", "")
            story = BY_ID.get(int(raw)) if raw.isdigit() else None
            return print_page(story) if story else None
        if m := re.fullmatch(r"/([a-z-]+)\.html", path):
            key = m.group(1)
            if key in CATEGORIES:
                return category_page(request, key)
            if request.query:
                return None
            if path in STATIC:
                return static_page(path)
            if path == "/lich-cong-tac.html":
                return calendar_page()
            if path == "/thu-vien-anh.html":
                return gallery_page()
        return None


def build_site() -> JsMenuSite:
    return JsMenuSite()
