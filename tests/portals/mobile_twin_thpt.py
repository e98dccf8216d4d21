"""Trường THPT Chuyên Lê Quý Đôn (Đà Nẵng) on a home-made PHP site that serves a desktop template
and a MOBILE template on the same host: every page has a twin under ``/m/``.

Platform
--------
A small PHP application written for the school (no CMS): ``news.php`` / ``list.php`` behind
Apache rewrite rules that give ``.html`` addresses. Two themes share one database:

- desktop: a 1000-px layout: top bar "Hôm nay: Thứ Sáu, 04/12/2026", banner, menu, breadcrumb,
  the content column and a right sidebar (search box, "Tin đọc nhiều", "Liên kết website",
  a poll, the visitor counter "Đang online / Hôm nay / Tổng truy cập"), footer with address and
  phone;
- mobile: a single column with no sidebar: a logo bar, a category breadcrumb, the headline in a
  bare ``<h1>``, the date under it, the body and a "Xem bản đầy đủ" link back to the desktop page.

A "Phiên bản di động | Phiên bản máy tính" switch in the footer of every page links the twin of
the page (the current version is a plain ``<span>``; a list's twin is page 1 of the other list).

URL scheme
----------
- ``/`` desktop home ("Tin nổi bật", one box per category, "Xem tất cả tin mới").
- ``/tin-tuc/<id>-<slug>.html`` a desktop article; ``?print=1`` its print view (linked from the
  "In bài viết" tool, no chrome, no canonical, ``noindex``); other query strings answer 404.
- ``/m/tin-tuc/<id>-<slug>.html`` the mobile twin of the article.
- ``/danh-muc/<slug>/trang-<n>.html`` desktop lists, 6 a page, pager
  "Trang đầu ‹ 1 2 3 › Trang cuối"; ``<slug>`` is a category or ``tin-moi`` (every article).
- ``/m/`` mobile home (the 10 newest, "Xem thêm"), ``/m/danh-muc/<slug>/trang-<n>.html`` mobile
  lists, 10 a page, only a "Xem thêm" link to the next page.
- ``/gioi-thieu.html``, ``/lien-he.html``, ``/tra-cuu-diem-thi.html`` (a GET form: ``?sbd=…``
  answers a result page) and their ``/m/`` twins.
- Images under ``/uploads/news/2026/<mm>/``, theme files under ``/images/``, ``/css/``, ``/js/``.

Article templates
-----------------
Desktop: ``<h1 class="title-news">``; an info bar ``<div class="news-info">`` with the date line
"20/11/2026 - 08:30", on some articles "Tác giả: X", and "Lượt xem: 1.234"; an optional sapo
``<div class="sapo"><strong>…</strong></div>``; ``<div class="news-content">`` with <p>, <h3>,
lists, a results table (2 articles), photos with a ``<figcaption>`` (some) or a
``<p class="chu-thich">`` under them (others), a YouTube ``<iframe>`` (one); signatures closing the
text; then "Tags:", share/print/email tools, "Bài trước: <title>" / "Bài tiếp theo: <title>"
links (the adjacent articles by date: not pagination, not body), "Tin cùng chuyên mục".
Head: ``<link rel="canonical">`` to itself and
``<link rel="alternate" media="only screen and (max-width: 640px)" href="/m/…">``.

Mobile: ``<link rel="canonical" href="/tin-tuc/…">`` (the desktop address); the same body HTML,
the date as "20/11/2026 08:30", except one article whose mobile date reads "20 tháng 11, 2026"
(the mobile template of that article was saved through the old date helper).

How each gold article is reached
--------------------------------
14 articles, ids 1452-1496, newest first in every list. Desktop: the home shows the 5 newest and
the 3 newest of each category; ``/danh-muc/tin-moi/trang-1..3.html`` (6, 6, 2) and the category
lists (Tin tức: 6 + 1 on ``trang-2.html``). The oldest article (1452, school opening) is on no
desktop page 1: only ``/danh-muc/tin-tuc/trang-2.html``, ``/danh-muc/tin-moi/trang-3.html`` and
the "Bài trước" link of article 1463. Mobile: ``/m/`` lists the 10 newest and "Xem thêm" leads to
``/m/danh-muc/tin-moi/trang-2.html`` (the other 4): a shorter route than the desktop pager.

Traps
-----
- Each article is served three times: desktop, mobile twin (canonical to desktop) and print
  view (no canonical): one article (the twin and the print view are in ``alt_paths``).
- The mobile twin of article 1490 prints its date in another form ("20 tháng 11, 2026", no time).
- "Bài trước / Bài tiếp theo" print other articles' titles at the foot of every article.
- The /m/ home and /m/ lists, desktop lists with their pager, "Giới thiệu", "Liên hệ" and the
  "Tra cứu điểm thi" form page are not articles.
- The header's "Hôm nay: Thứ Sáu, 04/12/2026" is today, not a publication date.
- "Tin đọc nhiều" and "Tin cùng chuyên mục" repeat titles of other articles on every page.

Gold decisions
--------------
- title: the ``h1``; published_at: the desktop date line (day first) with its time.
- authors: "Tác giả: X" of the info bar, else the signature closing the text: "Ngô Thị Mỹ Hạnh
  (GV Tổ Sinh)" -> the name; "Đoàn trường THPT chuyên Lê Quý Đôn" -> the unit as printed;
  "Tin: X - Ảnh: Y" -> author X, photographer Y; "Tin, ảnh: X" -> both; a right-aligned bare
  name -> the author; "ThS." dropped; "Ban biên tập" -> nobody.
- source: "Nguồn: Sở GD&ĐT thành phố Đà Nẵng" -> the name.
- summary: the ``div.sapo`` (also the first body paragraph), else null.
- body: the text of ``news-content`` (sapo first); headings, list items, table rows (cells
  joined by " | ", header row included) are paragraphs; a ``<br>`` splits a paragraph;
  captions, signatures, source line, video, tags, tools, prev/next, related lists are not.
- images: the photos in the text, caption = figcaption or ``p.chu-thich`` text, else null.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "mobile_twin_thpt"
PLATFORM = "home-made PHP (desktop + /m/ mobile template on one host, .html rewrites)"
START_PATH = "/"

SCHOOL = "Trường THPT Chuyên Lê Quý Đôn"
SCHOOL_FULL = "Trường THPT Chuyên Lê Quý Đôn - Thành phố Đà Nẵng"
HEADER_TODAY = "Hôm nay: Thứ Sáu, 04/12/2026"
PER_PAGE = 6
PER_PAGE_M = 10

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "thanh-tich-hoc-sinh": "Thành tích học sinh",
    "tuyen-sinh": "Tuyển sinh",
    "doan-hoi": "Đoàn - Hội",
}
#: a list of every article, under the same URL form, that is not a category
ALL_LIST = ("tin-moi", "Tin mới cập nhật")


def up(month: int, name: str) -> str:
    return f"/uploads/news/2026/{month:02d}/{name}"


def sign(line: str) -> Raw:
    """A signature closing the text, right-aligned and bold as the editors type it."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the articles (newest first) ----------------------------------------------------------
#
# opts: date (d/m/Y), time (H:M), by (the info bar's "Tác giả:" text, printed as is), tags,
# mdate (the mobile twin's own date text). P styles: "h3", "li" (bullets), "ol", "th"/"td"
# (table rows), "br" (a line after a <br> in the previous paragraph), "quote".
# Img styles: "fig" (figure + figcaption), "chu" (p.chu-thich under the photo), "bare".

STORIES: list[Story] = [
    Story(
        1496,
        "truong-thpt-chuyen-le-quy-don-to-chuc-hoi-nghi-vien-chuc-nam-hoc-2026-2027",
        "Trường THPT chuyên Lê Quý Đôn tổ chức Hội nghị viên chức, người lao động năm học 2026-2027",
        "tin-tuc",
        "2026-12-02T15:45:00+07:00",
        [
            P(
                "Chiều 01/12/2026, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức Hội nghị viên chức, "
                "người lao động năm học 2026-2027 với sự tham dự của 112 cán bộ, giáo viên và nhân viên "
                "nhà trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026: nhà trường có 186 học sinh đạt giải "
                "học sinh giỏi cấp thành phố, 31 giải quốc gia và 4 học sinh được chọn vào đội tuyển dự "
                "thi Olympic khu vực và quốc tế; tỷ lệ đỗ tốt nghiệp THPT đạt 100%."
            ),
            P("Những nhiệm vụ trọng tâm năm học 2026-2027", "h3"),
            P(
                "Tiếp tục đổi mới phương pháp dạy học và kiểm tra, đánh giá theo Chương trình GDPT 2018.",
                "li",
            ),
            P("Nâng cao chất lượng công tác bồi dưỡng học sinh giỏi quốc gia, quốc tế.", "li"),
            P("Đẩy mạnh chuyển đổi số trong quản lý và dạy học; triển khai học bạ số.", "li"),
            P("Xây dựng môi trường học đường an toàn, thân thiện, văn minh.", "li"),
            Img(
                up(12, "hoi-nghi-vien-chuc-2026.jpg"),
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                "fig",
            ),
            P(
                "Phát biểu kết luận, thầy Hiệu trưởng Trần Đình Thắng đề nghị mỗi tổ chuyên môn cụ thể "
                "hóa các chỉ tiêu thành kế hoạch hành động, gắn trách nhiệm của từng cá nhân với kết quả "
                "chung của nhà trường."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở và bầu "
                "Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 5 thành viên."
            ),
        ],
        authors=["Tổ Văn phòng"],
        summary=(
            "Hội nghị là dịp để cán bộ, giáo viên, nhân viên nhà trường nhìn lại kết quả năm học "
            "2025-2026 và thống nhất các chỉ tiêu, giải pháp thực hiện nhiệm vụ năm học mới."
        ),
        sapo_outside=True,
        opts={"time": "15:45", "by": "Tổ Văn phòng", "tags": ["Hội nghị", "Viên chức"]},
    ),
    Story(
        1494,
        "doi-tuyen-cua-truong-dat-28-giai-hoc-sinh-gioi-lop-12-cap-thanh-pho",
        "Đội tuyển của trường đạt 28 giải tại kỳ thi chọn học sinh giỏi lớp 12 cấp thành phố",
        "thanh-tich-hoc-sinh",
        "2026-11-28T17:05:00+07:00",
        [
            P(
                "Kỳ thi chọn học sinh giỏi lớp 12 cấp thành phố năm học 2026-2027 diễn ra ngày 18/11/2026 "
                "với 1.046 thí sinh của 36 trường THPT dự thi ở 12 môn."
            ),
            P(
                "Kết quả, đội tuyển của Trường THPT chuyên Lê Quý Đôn đạt 28 giải, trong đó có 9 giải "
                "Nhất, 11 giải Nhì và 8 giải Ba, dẫn đầu toàn thành phố về số lượng và chất lượng giải."
            ),
            P("Môn | Nhất | Nhì | Ba | Tổng", "th"),
            P("Toán | 2 | 2 | 1 | 5", "td"),
            P("Vật lý | 1 | 2 | 1 | 4", "td"),
            P("Hóa học | 2 | 1 | 1 | 4", "td"),
            P("Tin học | 2 | 1 | 0 | 3", "td"),
            P("Ngữ văn | 1 | 2 | 2 | 5", "td"),
            P("Tiếng Anh | 1 | 3 | 3 | 7", "td"),
            P(
                "Em Nguyễn Hoàng Bảo Châu (lớp 12 Toán) đạt điểm cao nhất môn Toán với 19,5/20 điểm; em "
                "Trần Gia Huy (lớp 12 Tin) đạt điểm tuyệt đối môn Tin học."
            ),
            P(
                "Các em đạt giải Nhất sẽ được xét chọn vào đội tuyển thành phố dự kỳ thi chọn học sinh "
                "giỏi quốc gia vào tháng 01/2027."
            ),
        ],
        authors=["Nguyễn Thanh Bình"],
        summary=(
            "Với 9 giải Nhất, 11 giải Nhì và 8 giải Ba, đội tuyển của trường tiếp tục dẫn đầu thành phố "
            "tại kỳ thi chọn học sinh giỏi lớp 12."
        ),
        sapo_outside=True,
        opts={"time": "17:05", "by": "Nguyễn Thanh Bình", "tags": ["Học sinh giỏi"]},
    ),
    Story(
        1492,
        "thong-bao-tuyen-sinh-lop-10-chuyen-nam-hoc-2027-2028-nhung-diem-moi",
        "Tuyển sinh lớp 10 chuyên năm học 2027-2028: những điểm mới cần lưu ý",
        "tuyen-sinh",
        "2026-11-25T09:00:00+07:00",
        [
            P(
                "Theo dự thảo Kế hoạch tuyển sinh vào lớp 10 năm học 2027-2028 của Sở GD&ĐT thành phố "
                "Đà Nẵng, Trường THPT chuyên Lê Quý Đôn tuyển 385 học sinh vào 11 lớp chuyên."
            ),
            P("1. Đối tượng và điều kiện dự tuyển", "h3"),
            P(
                "Học sinh đã tốt nghiệp THCS, có kết quả rèn luyện và học tập cả 4 năm học ở cấp THCS "
                "đạt mức Khá trở lên; không quá 17 tuổi tính đến năm dự tuyển."
            ),
            P("2. Các môn thi", "h3"),
            P("Ngữ văn, Toán, Tiếng Anh (môn chung, hệ số 1).", "ol"),
            P("Môn chuyên tương ứng với lớp đăng ký dự thi (hệ số 2).", "ol"),
            P(
                "Điểm mới năm nay: thí sinh được đăng ký hai nguyện vọng lớp chuyên nếu lịch thi hai "
                "môn chuyên không trùng buổi.",
                "ol",
            ),
            P("3. Thời gian dự kiến", "h3"),
            P(
                "Đăng ký dự tuyển trực tuyến từ ngày 15/4 đến 30/4/2027; thi tuyển ngày 03 và 04/6/2027."
            ),
            P(
                "Phụ huynh, học sinh theo dõi thông báo chính thức trên website của trường và của Sở "
                "GD&ĐT; mọi thắc mắc liên hệ Văn phòng nhà trường qua số điện thoại 0236 3735 769."
            ),
        ],
        authors=["Hội đồng tuyển sinh"],
        opts={
            "time": "09:00",
            "by": "Hội đồng tuyển sinh",
            "tags": ["Tuyển sinh 10", "Lớp chuyên"],
        },
    ),
    Story(
        1490,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-va-tri-an-thay-co",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 và tri ân thầy cô",
        "tin-tuc",
        "2026-11-20T10:15:00+07:00",
        [
            P(
                "Sáng 20/11, trong không khí trang trọng và ấm áp, Trường THPT chuyên Lê Quý Đôn tổ chức "
                "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT thành phố Đà Nẵng, Ban đại diện cha mẹ "
                "học sinh, các thầy cô giáo nghỉ hưu cùng đông đảo cựu học sinh của trường qua các thời kỳ."
            ),
            Img(
                up(11, "ky-niem-20-11-2026-01.jpg"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Văn",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Văn",
                "fig",
            ),
            P(
                "Ôn lại truyền thống 38 năm xây dựng và phát triển, thầy Hiệu trưởng nhấn mạnh: "
                "“Mỗi thành tích của học trò hôm nay đều được vun đắp từ những giờ lên lớp tận tâm "
                "và sự hy sinh thầm lặng của các thế hệ thầy cô.”",
                "quote",
            ),
            P(
                "Tại buổi lễ, 14 giáo viên được Chủ tịch UBND thành phố tặng Bằng khen vì có thành tích "
                "xuất sắc trong công tác bồi dưỡng học sinh giỏi quốc gia năm học 2025-2026."
            ),
            Img(
                up(11, "ky-niem-20-11-2026-02.jpg"),
                "Học sinh tặng hoa tri ân các thầy cô giáo",
                "Học sinh tặng hoa tri ân các thầy cô giáo",
                "fig",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ “Bông hồng tri ân” do Đoàn trường dàn dựng "
                "với sự tham gia của hơn 200 học sinh."
            ),
            sign("Tin: Lê Thị Thu Hà - Ảnh: CLB Nhiếp ảnh"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["CLB Nhiếp ảnh"],
        opts={"time": "10:15", "tags": ["20/11", "Nhà giáo"], "mdate": "20 tháng 11, 2026"},
    ),
    Story(
        1489,
        "doan-truong-to-chuc-giai-bong-da-nam-chao-mung-20-11",
        "Đoàn trường tổ chức Giải bóng đá nam chào mừng Ngày Nhà giáo Việt Nam",
        "doan-hoi",
        "2026-11-18T18:20:00+07:00",
        [
            P(
                "Từ ngày 09 đến 17/11/2026, Đoàn trường THPT chuyên Lê Quý Đôn tổ chức Giải bóng đá nam "
                "học sinh chào mừng 44 năm Ngày Nhà giáo Việt Nam với sự tham gia của 24 đội bóng."
            ),
            P(
                "Sau 35 trận đấu sôi nổi, đội bóng lớp 11 Lý giành chức vô địch sau loạt sút luân lưu "
                "cân não trước 12 Anh; giải Ba thuộc về 10 Toán và 12 Sinh."
            ),
            Img(
                up(11, "bong-da-20-11-chung-ket.jpg"),
                "Trận chung kết trên sân trường",
                "Trận chung kết trên sân trường",
                "fig",
            ),
            P("Giải cá nhân:", ""),
            P("Vua phá lưới: Phan Đức Anh (11 Lý) với 9 bàn thắng.", "li"),
            P("Thủ môn xuất sắc: Lê Quang Vinh (12 Anh).", "li"),
            P("Cầu thủ xuất sắc nhất: Nguyễn Hữu Phước (11 Lý).", "li"),
            P(
                "Giải đấu là sân chơi bổ ích, góp phần rèn luyện thể chất và gắn kết tình đoàn kết giữa "
                "các chi đoàn trong nhà trường."
            ),
            sign("Đoàn trường THPT chuyên Lê Quý Đôn"),
        ],
        authors=["Đoàn trường THPT chuyên Lê Quý Đôn"],
        opts={"time": "18:20", "tags": ["Thể thao", "Đoàn trường"]},
    ),
    Story(
        1487,
        "hai-hoc-sinh-dat-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-thanh-pho",
        "Hai dự án của học sinh đạt giải Nhất Cuộc thi Khoa học kỹ thuật cấp thành phố",
        "thanh-tich-hoc-sinh",
        "2026-11-16T11:30:00+07:00",
        [
            P(
                "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học thành phố Đà Nẵng năm học "
                "2026-2027, nhà trường có 6 dự án đạt giải, trong đó 2 dự án đạt giải Nhất."
            ),
            P(
                "Dự án “Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm và LoRa” của hai em Đặng Minh "
                "Quân và Hồ Thị Khánh Linh (lớp 11 Lý) được Ban giám khảo đánh giá cao về tính ứng dụng "
                "tại các huyện miền núi."
            ),
            Img(
                up(11, "khkt-2026-du-an-sat-lo.jpg"),
                "Nhóm tác giả trình bày dự án trước Ban giám khảo",
                "Nhóm tác giả trình bày dự án trước Ban giám khảo",
                "chu",
            ),
            P(
                "Dự án thứ hai, “Vật liệu sinh học từ vỏ tôm xử lý nước thải nhiễm kim loại nặng” của em "
                "Lê Bảo Ngọc (lớp 12 Hóa), do cô Phạm Thị Thu Trang hướng dẫn."
            ),
            P(
                "Hai dự án sẽ đại diện thành phố tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dự kiến "
                "tổ chức vào tháng 3/2027 tại Hải Phòng."
            ),
            Raw('<p style="text-align: right;">Hoàng Văn Nam</p>'),
        ],
        authors=["Hoàng Văn Nam"],
        opts={"time": "11:30", "tags": ["KHKT", "Nghiên cứu khoa học"]},
    ),
    Story(
        1485,
        "hoi-thao-chuyen-de-day-hoc-stem-mon-sinh-hoc",
        "Hội thảo chuyên đề “Dạy học STEM trong môn Sinh học”",
        "tin-tuc",
        "2026-11-12T14:00:00+07:00",
        [
            P(
                "Ngày 10/11/2026, Tổ Sinh - Công nghệ phối hợp với Trường Đại học Sư phạm - Đại học Đà "
                "Nẵng tổ chức hội thảo chuyên đề “Dạy học STEM trong môn Sinh học” cho giáo viên các "
                "trường THPT trên địa bàn thành phố."
            ),
            P(
                "Tại hội thảo, các giáo viên đã trình bày 4 tiết dạy minh họa, trong đó tiết dạy “Thiết kế "
                "mô hình hệ sinh thái thủy canh” của lớp 10 Sinh nhận được nhiều ý kiến đánh giá cao."
            ),
            Img(
                up(11, "stem-sinh-hoc-01.jpg"),
                "Học sinh lớp 10 Sinh giới thiệu mô hình thủy canh",
                "Học sinh lớp 10 Sinh giới thiệu mô hình thủy canh",
                "chu",
            ),
            P(
                "Các ý kiến thảo luận tập trung vào cách xây dựng tiêu chí đánh giá sản phẩm STEM và "
                "việc lồng ghép nội dung giáo dục bảo vệ môi trường vào các chủ đề."
            ),
            P(
                "Kết thúc hội thảo, tổ chuyên môn thống nhất xây dựng ngân hàng 12 chủ đề STEM dùng chung "
                "cho cả ba khối lớp, hoàn thành trước học kỳ II."
            ),
            sign("Ngô Thị Mỹ Hạnh (GV Tổ Sinh)"),
        ],
        authors=["Ngô Thị Mỹ Hạnh"],
        opts={"time": "14:00", "tags": ["STEM", "Chuyên môn"]},
    ),
    Story(
        1479,
        "hoc-sinh-tham-gia-ngay-hoi-doc-sach-va-van-hoa-doc",
        "Sôi nổi Ngày hội đọc sách và văn hóa đọc năm 2026",
        "tin-tuc",
        "2026-10-30T09:20:00+07:00",
        [
            P(
                "Hưởng ứng phong trào phát triển văn hóa đọc trong trường học, sáng 29/10, Thư viện nhà "
                "trường phối hợp với Tổ Ngữ văn tổ chức Ngày hội đọc sách năm 2026."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động: trưng bày sách theo chủ đề, thi giới thiệu sách, đổi sách "
                "cũ lấy cây xanh và giao lưu với nhà văn Nguyễn Nhật Ánh qua hình thức trực tuyến."
            ),
            Img(up(10, "ngay-hoi-doc-sach-1.jpg"), None, None, "bare"),
            Img(up(10, "ngay-hoi-doc-sach-2.jpg"), None, None, "bare"),
            P(
                "Kết quả, giải Nhất thi giới thiệu sách thuộc về em Trần Ngọc Diệp (lớp 11 Văn) với bài "
                "giới thiệu cuốn “Dế Mèn phiêu lưu ký”."
            ),
            P(
                "Thư viện cũng ra mắt tủ sách điện tử với hơn 3.000 đầu sách, học sinh truy cập bằng tài khoản của trường."
            ),
        ],
        opts={"time": "09:20", "by": "Ban biên tập", "tags": ["Văn hóa đọc", "Thư viện"]},
    ),
    Story(
        1476,
        "chuong-trinh-ao-am-cho-em-nam-2026",
        "Chương trình “Áo ấm cho em” năm 2026: hơn 1.200 áo ấm gửi học sinh vùng cao",
        "doan-hoi",
        "2026-10-26T10:00:00+07:00",
        [
            P(
                "Sau hai tuần phát động, chương trình “Áo ấm cho em” năm 2026 của Đoàn trường đã quyên góp "
                "được 1.236 áo ấm, 420 bộ sách giáo khoa và 38 triệu đồng tiền mặt."
            ),
            Img(
                up(10, "ao-am-cho-em-2026.jpg"),
                "Đoàn viên phân loại áo ấm trước khi đóng gói",
                "Đoàn viên phân loại áo ấm trước khi đóng gói",
                "fig",
            ),
            P(
                "Toàn bộ số quà được trao tận tay học sinh Trường PTDTBT TH&THCS Trà Leng (huyện Nam Trà "
                "My, tỉnh Quảng Nam) vào ngày 24/10."
            ),
            P(
                "Ngoài trao quà, đoàn còn tổ chức các trò chơi dân gian và buổi sinh hoạt kỹ năng phòng "
                "chống đuối nước cho gần 300 em học sinh."
            ),
            P(
                "Đoàn trường chân thành cảm ơn các thầy cô, phụ huynh và học sinh đã chung tay ủng hộ chương trình."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: CLB Nhiếp ảnh</em></p>'),
        ],
        authors=["Đoàn trường"],
        photographers=["CLB Nhiếp ảnh"],
        opts={"time": "10:00", "by": "Đoàn trường", "tags": ["Thiện nguyện", "Đoàn trường"]},
    ),
    Story(
        1474,
        "ngay-hoi-tu-van-tuyen-sinh-huong-nghiep-cho-hoc-sinh-lop-12",
        "Ngày hội tư vấn tuyển sinh, hướng nghiệp cho học sinh lớp 12",
        "tuyen-sinh",
        "2026-10-22T14:30:00+07:00",
        [
            P(
                "Chiều 21/10, nhà trường phối hợp với Báo Tuổi Trẻ tổ chức Ngày hội tư vấn tuyển sinh, "
                "hướng nghiệp năm 2027 cho gần 400 học sinh khối 12."
            ),
            P(
                "Các chuyên gia đến từ Đại học Đà Nẵng, Đại học Bách khoa Hà Nội và Đại học Quốc gia TP.HCM "
                "đã giải đáp nhiều câu hỏi về phương thức xét tuyển, kỳ thi đánh giá năng lực và các "
                "ngành học mới."
            ),
            Img(
                up(10, "tu-van-tuyen-sinh-2027.jpg"),
                "Học sinh đặt câu hỏi cho các chuyên gia",
                "Học sinh đặt câu hỏi cho các chuyên gia",
                "chu",
            ),
            P("Một số lưu ý được các chuyên gia nhấn mạnh:"),
            P("Tìm hiểu kỹ đề án tuyển sinh của từng trường trước khi đăng ký nguyện vọng.", "li"),
            P("Chuẩn bị sớm chứng chỉ ngoại ngữ quốc tế nếu muốn xét tuyển kết hợp.", "li"),
            P("Chọn ngành theo năng lực, sở thích và nhu cầu của thị trường lao động.", "li"),
            Raw("<p>Tin: Võ Thị Ngọc Ánh</p>"),
        ],
        authors=["Võ Thị Ngọc Ánh"],
        opts={"time": "14:30", "tags": ["Hướng nghiệp", "Tuyển sinh đại học"]},
    ),
    Story(
        1471,
        "tap-huan-ky-nang-phong-chay-chua-chay-cho-hoc-sinh",
        "Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho học sinh",
        "tin-tuc",
        "2026-10-16T16:40:00+07:00",
        [
            P(
                "Sáng 15/10/2026, Phòng Cảnh sát PCCC và CNCH - Công an thành phố Đà Nẵng phối hợp với nhà "
                "trường tổ chức buổi tập huấn kỹ năng thoát nạn cho hơn 1.100 học sinh."
            ),
            P(
                "Các chiến sĩ hướng dẫn học sinh cách sử dụng bình chữa cháy xách tay, kỹ năng thoát "
                "hiểm khi có khói và cách sơ cứu người bị bỏng."
            ),
            Raw(
                '<div class="video-embed"><iframe width="640" height="360" '
                'src="https://www.youtube.com/embed/Xq3v8kP2hLw" title="YouTube video player" '
                'frameborder="0" allowfullscreen></iframe></div>'
            ),
            P(
                "Đặc biệt, buổi diễn tập tình huống cháy tại khu nhà học B giúp học sinh thực hành thoát "
                "nạn theo đúng lối thoát hiểm chỉ trong 4 phút."
            ),
            P("Nhà trường sẽ tổ chức diễn tập định kỳ mỗi học kỳ một lần."),
        ],
        authors=["Trần Quang Vinh"],
        opts={"time": "16:40", "by": "ThS. Trần Quang Vinh", "tags": ["Kỹ năng sống", "PCCC"]},
    ),
    Story(
        1468,
        "truong-dat-12-huy-chuong-olympic-tin-hoc-mien-trung-tay-nguyen",
        "Trường đạt 12 huy chương tại Olympic Tin học miền Trung - Tây Nguyên mở rộng lần thứ XII",
        "thanh-tich-hoc-sinh",
        "2026-10-10T20:10:00+07:00",
        [
            P(
                "Kỳ thi Olympic Tin học miền Trung - Tây Nguyên mở rộng lần thứ XII được tổ chức tại "
                "Trường Đại học Quy Nhơn từ ngày 07 đến 09/10/2026."
            ),
            P("Đội tuyển Tin học của trường tham gia 12 thí sinh và tất cả đều đạt huy chương:"),
            P("Họ và tên | Lớp | Bảng | Huy chương", "th"),
            P("Trần Gia Huy | 12 Tin | Chuyên Tin | Vàng", "td"),
            P("Lê Minh Nhật | 12 Tin | Chuyên Tin | Vàng", "td"),
            P("Phạm Quốc Bảo | 11 Tin | Chuyên Tin | Vàng", "td"),
            P("Nguyễn Thị Thanh Tâm | 11 Tin | Chuyên Tin | Bạc", "td"),
            P("Võ Đức Thịnh | 10 Tin | Không chuyên | Bạc", "td"),
            P("Huỳnh Anh Khoa | 10 Tin | Không chuyên | Đồng", "td"),
            P(
                "Với kết quả trên, nhà trường xếp thứ Nhất toàn đoàn; em Trần Gia Huy giành giải thí sinh "
                "có điểm cao nhất bảng Chuyên Tin."
            ),
        ],
        source="Sở GD&ĐT thành phố Đà Nẵng",
        opts={"time": "20:10", "tags": ["Tin học", "Olympic"]},
    ),
    Story(
        1463,
        "da-nang-trien-khai-ke-hoach-thi-chon-hoc-sinh-gioi-lop-12",
        "Đà Nẵng triển khai kế hoạch thi chọn học sinh giỏi thành phố lớp 12 năm học 2026-2027",
        "tin-tuc",
        "2026-10-05T07:50:00+07:00",
        [
            P(
                "Sở GD&ĐT thành phố Đà Nẵng vừa ban hành kế hoạch tổ chức kỳ thi chọn học sinh giỏi thành "
                "phố lớp 12 năm học 2026-2027."
            ),
            P(
                "Kỳ thi tổ chức vào ngày 18/11/2026 cho 12 môn: Toán, Vật lý, Hóa học, Sinh học, Tin học, "
                "Ngữ văn, Lịch sử, Địa lý, Tiếng Anh, Tiếng Pháp, Tiếng Nhật và Giáo dục kinh tế và pháp luật."
            ),
            P("Mỗi trường THPT được đăng ký tối đa 6 thí sinh một môn;", ""),
            P("riêng trường chuyên được đăng ký tối đa 10 thí sinh một môn.", "br"),
            P(
                "Hồ sơ đăng ký gửi về Phòng Quản lý chất lượng trước ngày 25/10/2026 qua hệ thống phần "
                "mềm quản lý thi."
            ),
        ],
        source="Sở GD&ĐT thành phố Đà Nẵng",
        opts={"time": "07:50", "tags": ["Học sinh giỏi"]},
    ),
    Story(
        1452,
        "khai-giang-nam-hoc-moi-2026-2027",
        "Khai giảng năm học mới 2026-2027",
        "tin-tuc",
        "2026-09-05T08:00:00+07:00",
        [
            P(
                "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 1.150 học sinh Trường THPT chuyên Lê Quý "
                "Đôn náo nức bước vào năm học mới."
            ),
            Img(
                up(9, "khai-giang-2026-01.jpg"),
                "Lễ chào cờ đầu năm học",
                "Lễ chào cờ đầu năm học",
                "chu",
            ),
            P(
                "Năm học 2026-2027, nhà trường chào đón 385 học sinh lớp 10 trúng tuyển vào 11 lớp chuyên, "
                "điểm chuẩn cao nhất là lớp chuyên Toán với 42,75 điểm."
            ),
            P(
                "Tại buổi lễ, nhà trường đã khen thưởng 47 học sinh đạt giải quốc gia, quốc tế và trao 60 "
                "suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn."
            ),
            P("Tiếng trống khai trường vang lên, chính thức mở đầu năm học mới với nhiều kỳ vọng."),
            sign("Tin, ảnh: Phan Minh Tuấn"),
        ],
        authors=["Phan Minh Tuấn"],
        photographers=["Phan Minh Tuấn"],
        opts={"time": "08:00", "tags": ["Khai giảng"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)


def desktop_path(s: Story) -> str:
    return f"/tin-tuc/{s.id}-{s.slug}.html"


def mobile_path(s: Story) -> str:
    return f"/m{desktop_path(s)}"


def print_path(s: Story) -> str:
    return f"{desktop_path(s)}?print=1"


GOLD = [
    gold_record(s, desktop_path(s), CATEGORIES[s.cat], alt_paths=(mobile_path(s), print_path(s)))
    for s in NEWEST
]

NON_ARTICLES = [
    "/m/",
    "/m/danh-muc/tin-moi/trang-2.html",
    "/danh-muc/tin-tuc/trang-2.html",
    "/danh-muc/thanh-tich-hoc-sinh/trang-1.html",
    "/gioi-thieu.html",
    "/lien-he.html",
    "/tra-cuu-diem-thi.html",
    "/m/lien-he.html",
]

MOST_READ = [1490, 1494, 1492, 1487, 1489]


# --- dates and numbers ----------------------------------------------------------------------


def ymd(s: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in (s.published_at or "")[:10].split("-"))
    return y, m, d


def date_desktop(s: Story) -> str:
    y, m, d = ymd(s)
    return f"{d:02d}/{m:02d}/{y} - {s.opts['time']}"


def date_mobile(s: Story) -> str:
    if s.opts.get("mdate"):
        return s.opts["mdate"]
    y, m, d = ymd(s)
    return f"{d:02d}/{m:02d}/{y} {s.opts['time']}"


def date_short(s: Story) -> str:
    y, m, d = ymd(s)
    return f"{d:02d}/{m:02d}/{y}"


def dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def lead_text(s: Story) -> str:
    """The list teaser: the sapo, else the first paragraph cut at 160 characters."""
    t = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return t if len(t) <= 160 else t[:157].rsplit(" ", 1)[0] + "…"


# --- the body, as the editor saved it --------------------------------------------------------


def image_html(img: Img, alt: str) -> str:
    tag = f'<img src="{img.src}" alt="{esc(alt)}" width="640" />'
    if img.style == "fig":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="image" style="text-align: center;">{tag}{cap}</figure>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p class="chu-thich" style="text-align: center;">{esc(img.printed)}</p>'
    return out


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(image_html(b, s.title))
        elif b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="tbl-ketqua" border="1" cellpadding="4" cellspacing="0" width="100%">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        else:
            line = text(b.text)
            while (
                i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br"
            ):
                i += 1
                line += "<br />\n" + text(blocks[i].text)
            out.append(f'<p style="text-align: justify;">{line}</p>')
        i += 1
    if s.source:
        out.append(f'<p style="text-align: right;"><em>Nguồn: {esc(s.source)}</em></p>')
    return "\n".join(out)


def sapo_html(s: Story) -> str:
    if not (s.summary and s.sapo_outside):
        return ""
    return f'<div class="sapo"><strong>{esc(s.summary)}</strong></div>'


# --- desktop chrome -----------------------------------------------------------------------


def menu() -> str:
    cats = "".join(
        f'<li><a href="/danh-muc/{k}/trang-1.html">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    return f"""<div id="menu"><ul class="main-menu">
<li class="home"><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu.html">Giới thiệu</a></li>
{cats}
<li><a href="/tra-cuu-diem-thi.html">Tra cứu điểm thi</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li>
</ul></div>"""


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{desktop_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<div id="sidebar">
<div class="box search-box"><div class="box-title">Tìm kiếm</div>
<form action="/tim-kiem.html" method="get"><input type="text" name="q" placeholder="Nhập từ khóa...">
<button type="submit">Tìm</button></form></div>
<div class="box"><div class="box-title">Tin đọc nhiều</div><ul class="list-most">{most}</ul></div>
<div class="box"><div class="box-title">Tiện ích</div><ul class="list-link">
<li><a href="/tra-cuu-diem-thi.html"><img src="/images/icon-tracuu.png" alt=""> Tra cứu điểm thi</a></li>
<li><a href="https://thoikhoabieu.lequydon.edu.vn/">Thời khóa biểu</a></li>
<li><a href="https://smas.vn/">Sổ liên lạc điện tử</a></li></ul></div>
<div class="box"><div class="box-title">Liên kết website</div><ul class="list-link">
<li><a href="https://danang.edu.vn">Sở GD&amp;ĐT Đà Nẵng</a></li>
<li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://danang.gov.vn">Cổng TTĐT thành phố Đà Nẵng</a></li></ul></div>
<div class="box poll"><div class="box-title">Thăm dò ý kiến</div>
<form action="/binh-chon.html" method="post"><p>Bạn quan tâm nhất đến nội dung nào trên website?</p>
<label><input type="radio" name="poll" value="1"> Tin tức - Sự kiện</label><br>
<label><input type="radio" name="poll" value="2"> Tuyển sinh</label><br>
<label><input type="radio" name="poll" value="3"> Thành tích học sinh</label><br>
<button type="submit">Bình chọn</button></form></div>
<div class="box counter"><div class="box-title">Thống kê truy cập</div><ul>
<li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.342</b></li><li>Tổng truy cập: <b>4.861.509</b></li>
</ul></div>
<div class="box banner"><a href="https://thitotnghiepthpt.edu.vn"><img src="/images/banner-thi-tn.jpg" alt="Thi tốt nghiệp THPT"></a></div>
</div>"""


def switch(desktop_twin: str, mobile_twin: str, mobile: bool) -> str:
    if mobile:
        return (
            '<div class="switch"><span>Phiên bản di động</span> | '
            f'<a href="{desktop_twin}" rel="nofollow">Phiên bản máy tính</a></div>'
        )
    return (
        f'<div class="switch"><a href="{mobile_twin}" rel="nofollow">Phiên bản di động</a> | '
        "<span>Phiên bản máy tính</span></div>"
    )


FOOTER_TEXT = """<p><b>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN - THÀNH PHỐ ĐÀ NẴNG</b></p>
<p>Địa chỉ: 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng</p>
<p>Điện thoại: 0236 3735 769 - Email: c3lequydon@danang.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Trần Đình Thắng - Hiệu trưởng</p>"""


def layout(title: str, main: str, twin: str, head: str = "", crumbs: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=1000">
<link rel="stylesheet" href="/css/style.css?v=20240915">
<link rel="shortcut icon" href="/images/favicon.ico">
{head}
</head>
<body>
<div id="wrapper">
<div id="topbar"><span class="today">{HEADER_TODAY}</span>
<span class="toplinks"><a href="/lien-he.html">Liên hệ</a> | <a href="/m/">Mobile</a></span></div>
<div id="header"><a href="/"><img src="/images/logo-lqd.png" alt="{esc(SCHOOL)}"></a>
<div class="school-name"><h2>SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG</h2>
<h1 class="site-name">TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</h1></div></div>
{menu()}
{crumbs}
<div id="container"><div id="content">
{main}
</div>
{sidebar()}
<div class="clear"></div></div>
<div id="footer">{FOOTER_TEXT}
{switch("", twin, mobile=False)}
<p class="copy">&copy; 2012 - 2026 Bản quyền thuộc về {esc(SCHOOL)}. Thiết kế: Tổ Tin học.</p>
</div>
</div>
<script src="/js/jquery-1.12.4.min.js"></script><script src="/js/main.js"></script>
</body>
</html>"""


def breadcrumb(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="breadcrumb">' + " &raquo; ".join(parts) + "</div>"


# --- mobile chrome --------------------------------------------------------------------------


def m_layout(title: str, main: str, desktop_twin: str, head: str = "") -> str:
    cats = "".join(
        f'<li><a href="/m/danh-muc/{k}/trang-1.html">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/css/mobile.css?v=20240915">
{head}
</head>
<body class="mobile">
<div class="m-top"><a class="m-logo" href="/m/"><img src="/images/logo-mobile.png" alt="LQĐ"></a>
<a class="m-menu-btn" href="#m-nav">&#9776;</a></div>
<ul id="m-nav"><li><a href="/m/">Trang chủ</a></li>{cats}
<li><a href="/m/gioi-thieu.html">Giới thiệu</a></li><li><a href="/m/tra-cuu-diem-thi.html">Tra cứu điểm thi</a></li>
<li><a href="/m/lien-he.html">Liên hệ</a></li></ul>
<div class="m-main">
{main}
</div>
<div class="m-footer"><p>{esc(SCHOOL_FULL)}</p><p>01 Vũ Văn Dũng, An Hải, Đà Nẵng - ĐT: 0236 3735 769</p>
{switch(desktop_twin, "/m" + desktop_twin, mobile=True)}
</div>
</body>
</html>"""


# --- pages ----------------------------------------------------------------------------------


def not_found(mobile: bool = False) -> Response:
    main = '<div class="notfound"><h2>Trang không tồn tại</h2><p><a href="/">Về trang chủ</a></p></div>'
    page = (
        m_layout("Không tìm thấy", main, "/") if mobile else layout("Không tìm thấy", main, "/m/")
    )
    return html(page, status=404)


def neighbours(s: Story) -> tuple[Story | None, Story | None]:
    """Bài trước = the next older article, Bài tiếp theo = the next newer one."""
    i = NEWEST.index(s)
    older = NEWEST[i + 1] if i + 1 < len(NEWEST) else None
    newer = NEWEST[i - 1] if i > 0 else None
    return older, newer


def prev_next(s: Story, path) -> str:
    older, newer = neighbours(s)
    out = []
    if older:
        out.append(
            f'<li class="prev">Bài trước: <a href="{path(older)}">{esc(older.title)}</a></li>'
        )
    if newer:
        out.append(
            f'<li class="next">Bài tiếp theo: <a href="{path(newer)}">{esc(newer.title)}</a></li>'
        )
    return '<ul class="prev-next">' + "".join(out) + "</ul>"


def info_author(s: Story) -> str:
    by = s.opts.get("by")
    return f'<span class="author">Tác giả: {esc(by)}</span>' if by else ""


def article_desktop(s: Story) -> Response:
    path = desktop_path(s)
    cat = CATEGORIES[s.cat]
    tags = ", ".join(
        f'<a href="/tim-kiem.html?q={quote_plus(t)}">{esc(t)}</a>' for t in s.opts.get("tags", [])
    )
    related = "".join(
        f'<li><a href="{desktop_path(o)}">{esc(o.title)}</a> <span class="date">({date_short(o)})</span></li>'
        for o in [o for o in NEWEST if o.cat == s.cat and o is not s][:5]
    )
    head = (
        f'<link rel="canonical" href="{path}">\n'
        f'<link rel="alternate" media="only screen and (max-width: 640px)" href="{mobile_path(s)}">\n'
        f'<meta name="description" content="{esc(lead_text(s))}">\n'
        f'<meta property="og:title" content="{esc(s.title)}">'
    )
    main = f"""<div class="news-detail">
<h1 class="title-news">{esc(s.title)}</h1>
<div class="news-info"><span class="date"><img src="/images/icon-clock.png" alt=""> {date_desktop(s)}</span>
{info_author(s)}
<span class="views">Lượt xem: {dotted(s.views() * 7)}</span></div>
{sapo_html(s)}
<div class="news-content">
{render_body(s)}
</div>
<div class="news-tags"><b>Tags:</b> {tags}</div>
<div class="news-tools">
<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u=https://lequydon.edu.vn{path}" target="_blank"><img src="/images/icon-facebook.png" alt="Chia sẻ Facebook"></a>
<a class="zalo-share" href="https://zalo.me/share?url=https://lequydon.edu.vn{path}" target="_blank"><img src="/images/icon-zalo.png" alt="Chia sẻ Zalo"></a>
<a class="print" href="{print_path(s)}" target="_blank" rel="nofollow">In bài viết</a>
<a class="email" href="mailto:?subject={esc(s.title)}&amp;body=https://lequydon.edu.vn{path}">Gửi email</a>
<a class="top" href="#wrapper">Về đầu trang</a>
</div>
{prev_next(s, desktop_path)}
<div class="related"><div class="box-title">Tin cùng chuyên mục</div><ul>{related}</ul></div>
</div>"""
    crumbs = breadcrumb((cat, f"/danh-muc/{s.cat}/trang-1.html"))
    return html(layout(f"{s.title} - {SCHOOL}", main, mobile_path(s), head, crumbs))


def article_mobile(s: Story) -> Response:
    cat = CATEGORIES[s.cat]
    by = s.opts.get("by")
    head = f'<link rel="canonical" href="{desktop_path(s)}">'
    main = f"""<div class="m-crumb"><a href="/m/">Trang chủ</a> › <a href="/m/danh-muc/{s.cat}/trang-1.html">{esc(cat)}</a></div>
<div class="m-article">
<h1>{esc(s.title)}</h1>
<div class="m-date">{date_mobile(s)}</div>
{f'<div class="m-author">Tác giả: {esc(by)}</div>' if by else ""}
{sapo_html(s)}
<div class="m-content">
{render_body(s)}
</div>
{prev_next(s, mobile_path)}
<p class="m-full"><a href="{desktop_path(s)}">Xem bản đầy đủ</a></p>
</div>"""
    return html(m_layout(s.title, main, desktop_path(s), head))


def article_print(s: Story) -> Response:
    by = s.opts.get("by")
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/css/print.css"></head>
<body onload="window.print()">
<div class="print-head"><img src="/images/logo-print.png" alt=""> {esc(SCHOOL_FULL)}</div>
<h1 class="title-news">{esc(s.title)}</h1>
<p class="date">Ngày đăng: {date_desktop(s)}{f" | Tác giả: {esc(by)}" if by else ""}</p>
{sapo_html(s)}
<div class="news-content">
{render_body(s)}
</div>
<p class="print-url">Địa chỉ bài viết: https://lequydon.edu.vn{desktop_path(s)}</p>
<p><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></p>
</body></html>"""
    return html(page)


def item_desktop(s: Story) -> str:
    return f"""<div class="news-item">
<a class="thumb" href="{desktop_path(s)}"><img src="/uploads/thumbs/{s.id}.jpg" alt=""></a>
<h3><a href="{desktop_path(s)}">{esc(s.title)}</a></h3>
<span class="date">{date_desktop(s)}</span>
<p>{esc(lead_text(s))}</p><div class="clear"></div></div>"""


def item_mobile(s: Story) -> str:
    return (
        f'<li><a href="{mobile_path(s)}"><img src="/uploads/thumbs/{s.id}.jpg" alt="">'
        f"<span>{esc(s.title)}</span></a><small>{date_short(s)}</small></li>"
    )


def list_stories(slug: str) -> list[Story] | None:
    if slug == ALL_LIST[0]:
        return NEWEST
    if slug in CATEGORIES:
        return [s for s in NEWEST if s.cat == slug]
    return None


def list_name(slug: str) -> str:
    return ALL_LIST[1] if slug == ALL_LIST[0] else CATEGORIES[slug]


def pager(slug: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"/danh-muc/{slug}/trang-{n}.html"

    parts = [f'<a href="{href(1)}">Trang đầu</a>']
    if page > 1:
        parts.append(f'<a href="{href(page - 1)}">&lsaquo;</a>')
    for n in range(1, pages + 1):
        parts.append(
            f'<span class="current">{n}</span>' if n == page else f'<a href="{href(n)}">{n}</a>'
        )
    if page < pages:
        parts.append(f'<a href="{href(page + 1)}">&rsaquo;</a>')
    parts.append(f'<a href="{href(pages)}">Trang cuối</a>')
    return '<div class="pagination">' + " ".join(parts) + "</div>"


def list_desktop(slug: str, page: int) -> Response:
    stories = list_stories(slug)
    if stories is None:
        return not_found()
    pages = max(1, -(-len(stories) // PER_PAGE))
    if not 1 <= page <= pages:
        return not_found()
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = list_name(slug)
    main = (
        f'<div class="cat-title"><h2>{esc(name)}</h2></div>\n<div class="list-news">\n'
        + "\n".join(item_desktop(s) for s in chunk)
        + "\n</div>\n"
        + pager(slug, page, pages)
    )
    crumbs = breadcrumb((name, None))
    twin = f"/m/danh-muc/{slug}/trang-1.html"
    title = f"{name} - Trang {page} - {SCHOOL}"
    return html(layout(title, main, twin, "", crumbs))


def list_mobile(slug: str, page: int) -> Response:
    stories = list_stories(slug)
    if stories is None:
        return not_found(mobile=True)
    pages = max(1, -(-len(stories) // PER_PAGE_M))
    if not 1 <= page <= pages:
        return not_found(mobile=True)
    chunk = stories[(page - 1) * PER_PAGE_M : page * PER_PAGE_M]
    more = (
        f'<p class="m-more"><a href="/m/danh-muc/{slug}/trang-{page + 1}.html">Xem thêm</a></p>'
        if page < pages
        else ""
    )
    main = (
        f'<h2 class="m-cat">{esc(list_name(slug))}</h2>\n<ul class="m-list">\n'
        + "\n".join(item_mobile(s) for s in chunk)
        + f"\n</ul>\n{more}"
    )
    return html(m_layout(list_name(slug), main, f"/danh-muc/{slug}/trang-1.html"))


def home_desktop() -> Response:
    hot = NEWEST[0]
    others = "".join(
        f'<li><a href="{desktop_path(s)}">{esc(s.title)}</a> <span class="date">({date_short(s)})</span></li>'
        for s in NEWEST[1:5]
    )
    boxes = []
    for key, name in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{desktop_path(s)}">{esc(s.title)}</a></li>'
            for s in [s for s in NEWEST if s.cat == key][:3]
        )
        boxes.append(
            f'<div class="home-cat"><div class="box-title"><a href="/danh-muc/{key}/trang-1.html">'
            f"{esc(name)}</a></div><ul>{items}</ul></div>"
        )
    main = f"""<div class="hot-news">
<div class="hot-main"><a href="{desktop_path(hot)}"><img src="/uploads/thumbs/{hot.id}.jpg" alt=""></a>
<h2><a href="{desktop_path(hot)}">{esc(hot.title)}</a></h2><p>{esc(lead_text(hot))}</p></div>
<ul class="hot-list">{others}</ul>
<p class="view-all"><a href="/danh-muc/{ALL_LIST[0]}/trang-1.html">Xem tất cả tin mới &raquo;</a></p>
</div>
<div class="marquee"><marquee>Chào mừng Ngày Nhà giáo Việt Nam 20/11 - Chúc mừng các em học sinh đạt giải HSG thành phố năm học 2026-2027</marquee></div>
{"".join(boxes)}"""
    return html(layout(f"{SCHOOL} - Đà Nẵng", main, "/m/"))


def home_mobile() -> Response:
    main = (
        '<h2 class="m-cat">Tin mới</h2>\n<ul class="m-list">\n'
        + "\n".join(item_mobile(s) for s in NEWEST[:PER_PAGE_M])
        + f'\n</ul>\n<p class="m-more"><a href="/m/danh-muc/{ALL_LIST[0]}/trang-2.html">Xem thêm</a></p>'
    )
    return html(m_layout(SCHOOL, main, "/"))


STATIC = {
    "gioi-thieu": (
        "Giới thiệu",
        """<p>Trường THPT chuyên Lê Quý Đôn Đà Nẵng được thành lập năm 1988, là trường chuyên duy nhất
của thành phố, có nhiệm vụ phát hiện và bồi dưỡng học sinh năng khiếu.</p>
<p>Hiện nay trường có 33 lớp với hơn 1.150 học sinh, 11 môn chuyên và 112 cán bộ, giáo viên,
nhân viên; trong đó 68% giáo viên có trình độ thạc sĩ, tiến sĩ.</p>
<h3>Ban giám hiệu</h3>
<ul><li>Hiệu trưởng: Thầy Trần Đình Thắng</li><li>Phó Hiệu trưởng: Cô Nguyễn Thị Lan Phương</li>
<li>Phó Hiệu trưởng: Thầy Lê Văn Hùng</li></ul>
<p>Trường đã được tặng Huân chương Lao động hạng Nhất (2018) và nhiều Cờ thi đua của Chính phủ.</p>""",
    ),
    "lien-he": (
        "Liên hệ",
        """<p><b>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</b></p>
<p>Địa chỉ: 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng</p>
<p>Điện thoại: 0236 3735 769 - Fax: 0236 3735 770</p>
<p>Email: c3lequydon@danang.edu.vn</p>
<form action="/lien-he.html" method="post" class="contact-form">
<p><label>Họ và tên <input type="text" name="hoten"></label></p>
<p><label>Email <input type="email" name="email"></label></p>
<p><label>Nội dung <textarea name="noidung" rows="5"></textarea></label></p>
<p><button type="submit">Gửi liên hệ</button></p></form>
<div class="map"><iframe src="https://www.google.com/maps/embed?pb=lequydon" width="600" height="300"></iframe></div>""",
    ),
}

EXAMS = {
    "hk1-2026": "Kiểm tra cuối học kỳ I năm học 2026-2027",
    "khao-sat-12": "Khảo sát chất lượng lớp 12 - Lần 1",
}


def lookup_form(action: str, params: dict[str, str]) -> str:
    opts = "".join(f'<option value="{k}">{esc(v)}</option>' for k, v in EXAMS.items())
    sbd = params.get("sbd", "").strip()
    result = ""
    if "sbd" in params:
        if re.fullmatch(r"LQD\d{4}", sbd):
            result = (
                f'<table class="tbl-diem" border="1"><tr><th>Số báo danh</th><td>{esc(sbd)}</td></tr>'
                "<tr><th>Toán</th><td>8,75</td></tr><tr><th>Ngữ văn</th><td>7,50</td></tr>"
                "<tr><th>Tiếng Anh</th><td>9,20</td></tr></table>"
            )
        else:
            result = '<p class="error">Không tìm thấy thí sinh có số báo danh này.</p>'
    return f"""<p>Nhập số báo danh (ví dụ: LQD0123) và chọn kỳ thi để tra cứu điểm.</p>
<form action="{action}" method="get" class="form-tracuu">
<p><label>Kỳ thi: <select name="kythi">{opts}</select></label></p>
<p><label>Số báo danh: <input type="text" name="sbd" value="{esc(sbd)}" maxlength="10"></label></p>
<p><button type="submit">Tra cứu</button></p></form>
{result}"""


def static_page(slug: str, request: Request, mobile: bool) -> Response:
    if slug == "tra-cuu-diem-thi":
        title = "Tra cứu điểm thi"
        action = "/m/tra-cuu-diem-thi.html" if mobile else "/tra-cuu-diem-thi.html"
        content = lookup_form(action, request.params)
    else:
        title, content = STATIC[slug]
    desk = f"/{slug}.html"
    if mobile:
        main = f'<div class="m-page"><h2>{esc(title)}</h2>\n{content}</div>'
        return html(m_layout(title, main, desk))
    main = f'<div class="page-detail"><div class="cat-title"><h2>{esc(title)}</h2></div>\n{content}</div>'
    return html(layout(f"{title} - {SCHOOL}", main, "/m" + desk, "", breadcrumb((title, None))))


def search_page(request: Request) -> Response:
    """``/tim-kiem.html?q=…``: the sidebar box and the "Tags:" links; a list, not an article."""
    q = request.params.get("q", "").strip()
    needle = q.casefold()
    hits = [
        s
        for s in NEWEST
        if needle
        and (
            needle in s.title.casefold()
            or any(needle == t.casefold() for t in s.opts.get("tags", []))
        )
    ]
    items = "\n".join(item_desktop(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = (
        f'<div class="cat-title"><h2>Kết quả tìm kiếm: {esc(q)}</h2></div>\n'
        f'<p class="count">Tìm thấy {len(hits)} kết quả</p>\n<div class="list-news">\n{items}\n</div>'
    )
    return html(layout(f"Tìm kiếm - {SCHOOL}", main, "/m/", "", breadcrumb(("Tìm kiếm", None))))


def poll_page() -> Response:
    main = '<div class="page-detail"><p>Cảm ơn bạn đã tham gia bình chọn!</p><p><a href="/">Về trang chủ</a></p></div>'
    return html(layout(f"Thăm dò ý kiến - {SCHOOL}", main, "/m/"))


class MobileTwinSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/images/", "/css/", "/js/")):
            return static_file(path)
        mobile = path == "/m" or path.startswith("/m/")
        rest = path[2:] if mobile else path
        if rest in ("", "/", "/index.php", "/index.html") and not request.query:
            return home_mobile() if mobile else home_desktop()
        if m := re.fullmatch(r"/tin-tuc/(\d+)-([a-z0-9-]+)\.html", rest):
            s = BY_ID.get(int(m.group(1)))
            if s is None or s.slug != m.group(2):
                return not_found(mobile)
            if mobile:
                return article_mobile(s) if not request.query else not_found(True)
            if request.query == "print=1":
                return article_print(s)
            return article_desktop(s) if not request.query else not_found()
        if m := re.fullmatch(r"/danh-muc/([a-z0-9-]+)/trang-(\d+)\.html", rest):
            if request.query:
                return not_found(mobile)
            page = int(m.group(2))
            return list_mobile(m.group(1), page) if mobile else list_desktop(m.group(1), page)
        if path == "/tim-kiem.html":
            return search_page(request)
        if path == "/binh-chon.html":
            return poll_page()
        if m := re.fullmatch(r"/(gioi-thieu|lien-he|tra-cuu-diem-thi)\.html", rest):
            if request.query and m.group(1) != "tra-cuu-diem-thi":
                return not_found(mobile)
            return static_page(m.group(1), request, mobile)
        return not_found(mobile)


def build_site() -> MobileTwinSite:
    return MobileTwinSite()
