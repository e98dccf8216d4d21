"""Fixture portal: Trường THCS Chu Văn An (Đắk Lắk), a hand-made Flask + Jinja2 site.

Why: many lower-secondary schools run a site a teacher of informatics wrote himself. This one is
a Flask app (Flask-SQLAlchemy models, posts written in Markdown and rendered to HTML by
Python-Markdown with the ``tables`` extension, templates on the free AdminLTE 3 / Bootstrap 4
theme in its ``layout-top-nav`` form), served by gunicorn behind nginx. Nothing on it follows a
CMS's conventions: no rel=canonical (only ``og:url``, the slug address, for Facebook
sharing), no sitemap, no feed, no robots.txt (404); a Flask ``session`` cookie on every page.

What it serves:

- ``/``: the header (the clock ``TODAY``, hotline), the AdminLTE navbar (a "Tin tức" dropdown,
  a search box ``GET /tim-kiem?q=``, "Đăng nhập"), a "Thông báo" ``<marquee>`` naming the notices,
  the six newest posts as cards and a "Xem tất cả tin" button to ``/tin-tuc?trang=1``.
- Listings ``/tin-tuc?trang=N`` (all posts, 5 a page) and ``/danh-muc/<slug>?trang=N`` (3 a
  page) with the teacher's own pager: only "« Trang trước | Trang 2/3 | Trang sau »", no
  numbers. The page count is computed as ``total // per_page + 1``, so a category whose size is
  a multiple of 3 prints "Trang 1/2" and links an empty page 2 ("Không có bài viết"). Any
  ``trang`` answers 200 (Flask-SQLAlchemy ``paginate(error_out=False)``): past the end the page
  says "Không có bài viết" and still shows "« Trang trước"; ``trang`` below 1 or not a number
  is page 1.
- Posts at ``/tin-tuc/<id>/<slug>`` (listings, sidebar, "Tin khác") and ``/tin-tuc/<id>`` (home
  cards, marquee, calendar): the route ignores the slug, so any slug serves the post (one post
  links another under an old slug). ``?print=1`` on either gives the print view (bare title,
  date line, body, "window.print()"): a non-article. Unknown ids and trailing slashes: 404.
- A post page: ``div.content-header`` whose ``h1`` is the *category* name and an
  ``ol.breadcrumb``; the post in ``div.card.card-primary.card-outline``: ``div.card-header
  h3.card-title`` (the headline; the sidebar boxes are also ``h3.card-title`` cards), then in
  ``div.card-body`` the line "Đăng lúc HH:MM ngày DD/MM/YYYY bởi <b>login</b> · N lượt xem"
  (the poster is a login, not an author; one post adds "Sửa lần cuối: …"), a ``p.lead`` with the
  post's summary when it has one, ``div.post-content`` with the rendered Markdown, "Từ khóa:"
  badges (search links), share and "In bài" buttons, and in ``div.card-footer`` the "Tin khác"
  list of the category with dates. Sidebar: "Tin mới" (dated), "Lịch thi" (links into the
  calendar), banners, "Thống kê truy cập" ("Số lượt truy cập: 12.345"). Footer: address, phone,
  email, who made the site.
- Markdown as rendered: ``<p>``, ``<h3>`` sections, ``<ul>``, a table (``thead/tbody``), images
  as ``<p><img alt="…" src="…" /></p>``. The writers put the caption in the alt text, and on some
  images also as an italic line ``*…*`` either on the next source line (same ``<p>`` as the
  image, after a newline) or after a blank line (its own ``<p><em>``). Bylines at the end as
  Markdown: ``**Tổ Ngữ văn**``, ``*Người viết: Cô Lê Thị Mai*``, ``**Tin: X - Ảnh: Y**``,
  ``**Bài, ảnh: X**``, ``Nguồn: Phòng GD&ĐT …``.
- Two posts imported from the school's previous site (ids 9 and 12) keep that site's raw HTML:
  ``<div align="justify"><font face="Times New Roman" size="3">`` with paragraphs separated by
  ``<br><br>``, the photo followed by ``<br><i>caption</i>``, and every Vietnamese letter as a
  numeric character reference: post 12 in the windows-1258 way (base letter, then the tone mark
  as a separate combining reference, ``&#234;&#803;``), post 9 precomposed (``&#7879;``) with
  named entities for Latin-1 letters (``&agrave;``). Post 12's photo still points to the old
  site's host (absolute URL). The page itself is UTF-8.
- Non-articles: ``/gioi-thieu`` (history of the school: long prose without a date),
  ``/lien-he`` (address, map, form), ``/thoi-khoa-bieu`` (a timetable table), ``/tai-lieu`` (file
  list) and ``/tai-lieu/<id>`` (one file: description, size, downloads, "Tải về" PDF),
  ``/dang-nhap``, ``/tim-kiem?q=`` (results; tags link here), print views, the calendar.
- Traps: ``/lich?thang=M&nam=Y`` answers 200 for every month of years 1-9999 and links "‹ Tháng
  trước" / "Tháng sau ›" (endless); ``?trang=N`` for any N; print views of every post; the same
  post under ``/tin-tuc/<id>``, ``/tin-tuc/<id>/<slug>`` and any other slug.

Gold (by hand): the 13 posts. ``path`` is the listing form ``/tin-tuc/<id>/<slug>``;
``alt_paths`` holds ``/tin-tuc/<id>`` (and for post 9 the old-slug address another post links).
Judgement calls:

- Title: the ``h3.card-title`` of the post card, not the ``h1`` (category) nor ``<title>``.
- Date: "Đăng lúc 07:05 ngày 16/11/2026" is 2026-11-16T07:05:00+07:00; "Sửa lần cuối" is not
  the publication date. Post 12 was imported with a date only and prints "Đăng lúc 00:00": read
  as a date without a time (2024-05-15); post 9 kept its old time (14:20).
- Authors: the poster login ("bởi thuvien") is never an author. "*Người viết: Cô Lê Thị
  Mai*" gives "Lê Thị Mai" (the honorific "Cô" is not part of the name); "**Tổ Ngữ văn**" (a
  department signing alone) gives "Tổ Ngữ văn"; "Tin: Trần Văn Lực - Ảnh: Đỗ Hoàng Yến" splits
  into author and photographer; "Bài, ảnh: X" and "Tin và ảnh: X" put X in both. "Nguồn: Phòng
  GD&ĐT thành phố Buôn Ma Thuột" is the source, with no author. Posts without a byline have
  none.
- Summary: the ``p.lead`` above the content (three posts); it is the body's first paragraph.
  Other posts have no summary (the listing's truncated first paragraph is not one).
- Body: the post's own paragraphs in order: ``h3`` sub-headings, list items, lead-in lines and
  linked sentences included; captions, bylines, the source line, tags, tools and "Tin khác"
  excluded. The table's rows are paragraphs, cells joined by " | " (header row included).
- Images: every ``<img>`` of the content in order. The caption is the italic line printed under
  the photo (same ``<p>`` or the next one). An image with only an alt text has no caption: the
  alt is not printed on the page (two posts); an alt that is a Zalo file name is no caption
  either. The imported photo's caption is the ``<i>`` line after its ``<br>``.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from urllib.parse import quote, quote_plus

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "flask_thcs"
PLATFORM = "flask"
START_PATH = "/"

SITE = "Trường THCS Chu Văn An"
ADDRESS = "Số 59 đường Phan Chu Trinh, phường Buôn Ma Thuột, tỉnh Đắk Lắk"
PHONE = "0262 3 856 214"
EMAIL = "c2chuvanan.bmt@daklak.edu.vn"
OLD_HOST = "http://thcschuvanan.buonmathuot.edu.vn"
TODAY_DATE = date(2026, 11, 25)
PER_PAGE_CAT = 3
PER_PAGE_ALL = 5
HOME_COUNT = 6
OTHER_COUNT = 5
UP = "/static/uploads"

#: categories: slug -> printed name
CATS: dict[str, str] = {
    "hoat-dong-nha-truong": "Hoạt động nhà trường",
    "to-chuyen-mon": "Tổ chuyên môn",
    "thong-bao": "Thông báo",
}

# Story.opts: at (created_at as stored, local), user (poster login), tags, edited (printed
# "Sửa lần cuối"), legacy ("cp1258" | "ncr": imported raw HTML with character references).
# P styles: "" (paragraph), "h3", "li", "th"/"tr" (table rows, cells " | "), "a|href|phrase".
# Img styles: "same" (italic line in the image's <p>), "next" (italic line in its own <p>),
# "alt" (alt text only, nothing printed), "bare" (empty or file-name alt, nothing printed),
# "legacy" (imported: <br><i>line</i> after the image, or nothing).
STORIES: list[Story] = [
    Story(
        id=188,
        slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23T16:40:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối học"
                " kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | 9 | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | 6, 7, 8 | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Sáng | 9 | Toán | 90 phút", "tr"),
            P("15/12/2026 | Chiều | 6, 7, 8 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra tại lớp theo thời khóa biểu,"
                " hoàn thành trước ngày 19/12/2026."
            ),
            P("Lưu ý đối với học sinh", "h3"),
            P(
                "Có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và"
                " đồ dùng học tập cần thiết;",
                "li",
            ),
            P("Không mang điện thoại di động, tài liệu vào phòng kiểm tra;", "li"),
            P("Học sinh vắng mặt có lý do được kiểm tra bù theo lịch của nhà trường.", "li"),
        ],
        opts={"at": "2026-11-23 16:40", "user": "giaovu", "tags": ["kiểm tra học kỳ"]},
    ),
    Story(
        id=187,
        slug="truong-thcs-chu-van-an-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title=("Trường THCS Chu Văn An tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11"),
        cat="hoat-dong-nha-truong",
        published_at="2026-11-20T10:42:00+07:00",
        summary=(
            "Sáng 19/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của Ban đại diện cha mẹ"
            " học sinh, các thế hệ thầy cô giáo và hơn 1.200 học sinh nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do học sinh các lớp dàn dựng"
                " với nhiều tiết mục múa, hát, ngâm thơ ca ngợi tình thầy trò."
            ),
            Img(
                f"{UP}/2026/11/le-20-11-hieu-truong-phat-bieu.jpg",
                "Cô Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
                "Cô Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
                "same",
            ),
            P(
                "Phát biểu tại buổi lễ, cô Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường, ôn lại"
                " truyền thống của ngày 20/11 và điểm lại những kết quả nổi bật của năm học 2025 -"
                " 2026: tỷ lệ học sinh xếp loại học tập Tốt và Khá đạt 78,4%; 46 học sinh đạt giải"
                " trong kỳ thi học sinh giỏi cấp tỉnh; 100% học sinh lớp 9 được công nhận tốt"
                " nghiệp trung học cơ sở."
            ),
            P(
                "Trước đó, từ ngày 26/10 đến 14/11/2026, các tổ chuyên môn đã tổ chức 34 tiết dạy"
                " chào mừng ngày 20/11, tiếp nối truyền thống hội giảng hằng năm của nhà trường.",
                "a|/tin-tuc/9/hoi-giang-2023|hội giảng hằng năm",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong"
                " phong trào thi đua “Dạy tốt - Học tốt” và trao 20 suất học bổng “Tiếp bước đến"
                " trường” cho học sinh có hoàn cảnh khó khăn."
            ),
            Img(
                f"{UP}/2026/11/le-20-11-tang-hoa.jpg",
                None,
                None,
                "alt|Học sinh tặng hoa chúc mừng thầy cô giáo",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho các thầy cô giáo"
                " và các em học sinh."
            ),
            Raw("<p><em>Người viết: Cô Lê Thị Mai</em></p>"),
        ],
        authors=["Lê Thị Mai"],
        opts={
            "at": "2026-11-20 10:42",
            "user": "admin",
            "tags": ["ngày nhà giáo", "thi đua khen thưởng"],
            "edited": "08:15 21/11/2026",
        },
    ),
    Story(
        id=185,
        slug="soi-noi-san-choi-rung-chuong-vang-khoi-8",
        title="Sôi nổi sân chơi “Rung chuông vàng” khối 8 chủ đề “Em yêu lịch sử Việt Nam”",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-16T07:05:00+07:00",
        blocks=[
            P(
                "Chiều 14/11/2026, Liên đội Trường THCS Chu Văn An tổ chức sân chơi “Rung chuông"
                " vàng” dành cho học sinh khối 8 với chủ đề “Em yêu lịch sử Việt Nam”."
            ),
            P(
                "Tham gia chương trình có 100 đội viên đến từ 10 lớp khối 8. Các câu hỏi xoay"
                " quanh kiến thức lịch sử dân tộc từ thời kỳ dựng nước đến nay, lịch sử địa"
                " phương tỉnh Đắk Lắk và truyền thống Đội Thiếu niên Tiền phong Hồ Chí Minh."
            ),
            Img(
                f"{UP}/2026/11/rung-chuong-vang-khoi-8-1.jpg",
                "Các đội viên khối 8 tham gia trả lời câu hỏi",
                "Các đội viên khối 8 tham gia trả lời câu hỏi",
                "next|",
            ),
            P(
                "Sau 20 câu hỏi, em Y Thanh Êban (lớp 8A3) đã xuất sắc trở thành người “rung"
                " chuông vàng” của chương trình. Ban tổ chức cũng trao giải phụ cho 5 đội viên trụ"
                " lại lâu nhất và tập thể lớp 8A3 có đội cổ vũ ấn tượng."
            ),
            Img(
                f"{UP}/2026/11/z6012345678901_4f2a9c1be07d3a5e.jpg",
                None,
                None,
                "bare|z6012345678901_4f2a9c1be07d3a5e",
            ),
            P(
                "Sân chơi giúp các em củng cố kiến thức môn Lịch sử và Địa lí, đồng thời rèn luyện"
                " sự tự tin, bản lĩnh khi tham gia các hoạt động tập thể."
            ),
            Raw("<p><strong>Tin: Trần Văn Lực - Ảnh: Đỗ Hoàng Yến</strong></p>"),
        ],
        authors=["Trần Văn Lực"],
        photographers=["Đỗ Hoàng Yến"],
        opts={"at": "2026-11-16 07:05", "user": "doi_tntp", "tags": ["liên đội", "lịch sử"]},
    ),
    Story(
        id=183,
        slug="to-ngu-van-to-chuc-chuyen-de-day-hoc-doc-hieu-van-ban-thong-tin-lop-9",
        title="Tổ Ngữ văn tổ chức chuyên đề “Dạy học đọc hiểu văn bản thông tin lớp 9”",
        cat="to-chuyen-mon",
        published_at="2026-11-12T15:20:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, ngày 10/11/2026, Tổ"
                " Ngữ văn Trường THCS Chu Văn An tổ chức chuyên đề “Dạy học đọc hiểu văn bản thông"
                " tin lớp 9 theo Chương trình giáo dục phổ thông 2018”."
            ),
            P("Tiết dạy minh họa", "h3"),
            P(
                "Tiết dạy do cô Vũ Thị Ngọc Ánh thực hiện tại lớp 9A2 với văn bản giới thiệu về"
                " thác Dray Nur. Học sinh làm việc nhóm, sử dụng phiếu học tập và sơ đồ tư duy để"
                " tìm hiểu cấu trúc, cách trình bày thông tin của văn bản."
            ),
            Img(
                f"{UP}/2026/11/chuyen-de-ngu-van-9.jpg",
                "Cô Vũ Thị Ngọc Ánh hướng dẫn học sinh lớp 9A2 thảo luận nhóm",
                "Cô Vũ Thị Ngọc Ánh hướng dẫn học sinh lớp 9A2 thảo luận nhóm",
                "next",
            ),
            P("Thảo luận, rút kinh nghiệm", "h3"),
            P("Sau tiết dạy, các thành viên trong tổ đã trao đổi, thống nhất một số nội dung:"),
            P(
                "Chú trọng hướng dẫn học sinh nhận biết đặc điểm của văn bản thông tin: nhan đề,"
                " sa pô, đề mục, phương tiện phi ngôn ngữ;",
                "li",
            ),
            P("Tăng cường sử dụng văn bản ngoài sách giáo khoa để rèn kỹ năng đọc hiểu;", "li"),
            P("Đổi mới hình thức kiểm tra, đánh giá theo hướng phát triển năng lực.", "li"),
            P(
                "Chuyên đề giúp giáo viên trong tổ có thêm kinh nghiệm vận dụng vào các tiết dạy,"
                " chuẩn bị tốt cho học sinh lớp 9 trước kỳ thi tuyển sinh vào lớp 10 năm 2027."
            ),
            Raw("<p><strong>Tổ Ngữ văn</strong></p>"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"at": "2026-11-12 15:20", "user": "toanvan", "tags": ["sinh hoạt chuyên môn"]},
    ),
    Story(
        id=181,
        slug="ngay-hoi-doc-sach-moi-cuon-sach-mot-nguoi-ban-nam-2026",
        title="Ngày hội đọc sách “Mỗi cuốn sách - Một người bạn” năm 2026",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-07T14:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 02 đến 06/11/2026, Thư viện Trường THCS Chu Văn An phối hợp với Liên đội"
                " tổ chức Ngày hội đọc sách “Mỗi cuốn sách - Một người bạn” nhằm khơi dậy niềm yêu"
                " thích đọc sách trong học sinh."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động: trưng bày, giới thiệu hơn 1.500 đầu sách; thi kể"
                " chuyện theo sách; thi vẽ tranh bìa sách; góc trao đổi sách cũ và “Thư viện xanh”"
                " ngoài sân trường vào giờ ra chơi."
            ),
            Img(
                f"{UP}/2026/11/ngay-hoi-doc-sach-2026.jpg",
                "Học sinh đọc sách tại “Thư viện xanh” trong giờ ra chơi",
                "Học sinh đọc sách tại “Thư viện xanh” trong giờ ra chơi",
                "same",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giải cho 12 học sinh đạt giải cuộc thi kể"
                " chuyện theo sách và 3 tập thể lớp có số lượt mượn sách nhiều nhất là 6A1, 7A4 và"
                " 9A2."
            ),
        ],
        opts={"at": "2026-11-07 14:30", "user": "thuvien", "tags": ["thư viện", "liên đội"]},
    ),
    Story(
        id=178,
        slug="thong-bao-tuyen-chon-hoc-sinh-tham-gia-clb-tin-hoc-tre",
        title=("Thông báo tuyển chọn học sinh tham gia Câu lạc bộ Tin học trẻ năm học 2026 - 2027"),
        cat="thong-bao",
        published_at="2026-11-02T09:00:00+07:00",
        blocks=[
            P(
                "Nhằm phát hiện, bồi dưỡng học sinh có năng khiếu tin học, chuẩn bị cho Hội thi"
                " Tin học trẻ cấp tỉnh năm 2027, nhà trường thông báo tuyển chọn học sinh tham gia"
                " Câu lạc bộ Tin học trẻ như sau:"
            ),
            P(
                "Đối tượng: học sinh các khối 6, 7, 8, 9 yêu thích lập trình, có kết quả học tập"
                " môn Tin học từ mức Khá trở lên;",
                "li",
            ),
            P(
                "Hình thức: làm bài kiểm tra trên máy tính (Scratch đối với khối 6, 7; Python đối"
                " với khối 8, 9);",
                "li",
            ),
            P("Thời gian: 14 giờ 00, thứ Bảy ngày 14/11/2026 tại phòng máy số 2.", "li"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm hoặc đăng ký trực tuyến qua biểu mẫu"
                " trước ngày 12/11/2026.",
                "a|https://forms.gle/8xKcT2mVqPz7Lr5N9|biểu mẫu",
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Năm hằng tuần, do thầy Phạm Quốc Toản, giáo"
                " viên Tin học, phụ trách."
            ),
        ],
        opts={"at": "2026-11-02 09:00", "user": "giaovu", "tags": ["tin học trẻ"]},
    ),
    Story(
        id=176,
        slug="hoc-sinh-khoi-7-trai-nghiem-tai-bao-tang-dak-lak",
        title="Học sinh khối 7 trải nghiệm tại Bảo tàng Đắk Lắk",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-26T19:12:00+07:00",
        summary=(
            "Trong hai ngày 23 và 24/10/2026, hơn 400 học sinh khối 7 của Trường THCS Chu Văn"
            " An đã tham gia hoạt động trải nghiệm “Tìm hiểu văn hóa các dân tộc Tây Nguyên” tại"
            " Bảo tàng Đắk Lắk."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại bảo tàng, các em được nghe thuyết minh về lịch sử vùng đất Đắk Lắk, tìm hiểu"
                " không gian văn hóa cồng chiêng Tây Nguyên, nhà dài Ê Đê, các loại nhạc cụ và"
                " trang phục truyền thống của đồng bào các dân tộc."
            ),
            Img(
                f"{UP}/2026/10/trai-nghiem-bao-tang-1.jpg",
                "Học sinh lớp 7A1 nghe thuyết minh tại khu trưng bày văn hóa cồng chiêng",
                "Học sinh lớp 7A1 nghe thuyết minh tại khu trưng bày văn hóa cồng chiêng",
                "next",
            ),
            P(
                "Sau buổi tham quan, mỗi nhóm học sinh hoàn thành phiếu học tập và thiết kế một"
                " sản phẩm giới thiệu hiện vật mà nhóm ấn tượng nhất. Các sản phẩm sẽ được trưng"
                " bày tại thư viện nhà trường trong tháng 11."
            ),
            Img(
                f"{UP}/2026/10/trai-nghiem-bao-tang-2.jpg",
                "Các em chụp ảnh lưu niệm trước nhà dài Ê Đê",
                "Các em chụp ảnh lưu niệm trước nhà dài Ê Đê",
                "same",
            ),
            Raw("<p><strong>Bài, ảnh: Hoàng Thị Thu Trang</strong></p>"),
        ],
        authors=["Hoàng Thị Thu Trang"],
        photographers=["Hoàng Thị Thu Trang"],
        opts={"at": "2026-10-26 19:12", "user": "doi_tntp", "tags": ["trải nghiệm"]},
    ),
    Story(
        id=172,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-10T16:05:00+07:00",
        blocks=[
            P(
                "Chiều 09/10/2026, Trường THCS Chu Văn An tổ chức Hội nghị viên chức, người lao"
                " động năm học 2026 - 2027. Tham dự hội nghị có 68 cán bộ, giáo viên, nhân viên"
                " nhà trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm"
                " học 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra"
                " nhân dân và thảo luận, góp ý sửa đổi Quy chế chi tiêu nội bộ."
            ),
            Img(f"{UP}/2026/10/hoi-nghi-vien-chuc.jpg", None, None, "alt|Quang cảnh hội nghị"),
            P(
                "Năm học 2026 - 2027, nhà trường phấn đấu 100% giáo viên ứng dụng công nghệ thông"
                " tin trong giảng dạy, tỷ lệ học sinh lên lớp thẳng đạt trên 97%, duy trì danh hiệu"
                " Trường đạt chuẩn quốc gia mức độ 2."
            ),
            P("Hội nghị đã biểu quyết thông qua nghị quyết với 100% đại biểu tán thành."),
        ],
        opts={"at": "2026-10-10 16:05", "user": "admin", "tags": ["công đoàn"]},
    ),
    Story(
        id=166,
        slug="thong-bao-hop-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Thông báo họp cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-09-18T10:30:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh đầu năm học 2026 - 2027 vào lúc 07 giờ 30,"
                " Chủ nhật ngày 27/9/2026 tại phòng học của các lớp."
            ),
            P(
                "Nội dung: thông báo kết quả học tập, rèn luyện năm học 2025 - 2026; kế hoạch năm"
                " học mới; bầu Ban đại diện cha mẹ học sinh lớp."
            ),
            P(
                "Giấy mời họp phụ huynh các lớp tải về tại đây.",
                "a|/static/files/giay-moi-hop-cmhs-2026.pdf|tại đây",
            ),
            P("Kính mong quý phụ huynh sắp xếp thời gian tham dự đầy đủ."),
        ],
        opts={"at": "2026-09-18 10:30", "user": "giaovu", "tags": ["cha mẹ học sinh"]},
    ),
    Story(
        id=163,
        slug="tung-bung-le-khai-giang-nam-hoc-2026-2027",
        title="Tưng bừng Lễ khai giảng năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-09-05T11:20:00+07:00",
        summary=(
            "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 1.250 học sinh Trường THCS Chu Văn"
            " An hân hoan dự Lễ khai giảng năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Ủy ban nhân dân phường Buôn Ma Thuột, Ban đại"
                " diện cha mẹ học sinh và các nhà hảo tâm. Năm học này, nhà trường có 32 lớp với"
                " 1.254 học sinh, trong đó có 312 học sinh lớp 6."
            ),
            Img(
                f"{UP}/2026/09/khai-giang-2026-1.jpg",
                "Các em học sinh lớp 6 tiến vào lễ đài trong ngày khai giảng",
                "Các em học sinh lớp 6 tiến vào lễ đài trong ngày khai giảng",
                "next",
            ),
            P(
                "Tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Thanh Hương đọc thư của Chủ tịch nước gửi"
                " ngành Giáo dục nhân dịp năm học mới và đánh trống khai giảng năm học 2026 - 2027."
            ),
            Img(
                f"{UP}/2026/09/khai-giang-2026-2.jpg",
                "Cô Hiệu trưởng Nguyễn Thị Thanh Hương đánh trống khai giảng năm học mới",
                "Cô Hiệu trưởng Nguyễn Thị Thanh Hương đánh trống khai giảng năm học mới",
                "next",
            ),
            P(
                "Trong năm học mới, nhà trường tiếp tục thực hiện Chương trình giáo dục phổ thông"
                " 2018 ở tất cả các khối lớp, đẩy mạnh chuyển đổi số và tổ chức dạy học 2"
                " buổi/ngày theo hướng dẫn của Sở Giáo dục và Đào tạo."
            ),
        ],
        opts={"at": "2026-09-05 11:20", "user": "admin", "tags": ["khai giảng"]},
    ),
    Story(
        id=120,
        slug="giao-vien-nha-truong-dat-thanh-tich-cao-tai-hoi-thi-gvdg-cap-thanh-pho",
        title=(
            "Giáo viên nhà trường đạt thành tích cao tại Hội thi giáo viên dạy giỏi cấp thành phố"
        ),
        cat="to-chuyen-mon",
        published_at="2025-03-14T08:50:00+07:00",
        blocks=[
            P(
                "Hội thi giáo viên dạy giỏi cấp trung học cơ sở thành phố Buôn Ma Thuột năm học"
                " 2024 - 2025 diễn ra từ ngày 03 đến 12/3/2025 với sự tham gia của 186 giáo viên"
                " đến từ 29 trường THCS trên địa bàn."
            ),
            P(
                "Trường THCS Chu Văn An có 8 giáo viên dự thi ở các môn Toán, Ngữ văn, Tiếng Anh,"
                " Khoa học tự nhiên, Lịch sử và Địa lí. Kết quả, cả 8 giáo viên đều được công nhận"
                " giáo viên dạy giỏi cấp thành phố, trong đó cô Trần Thị Bích Ngọc (môn Toán) và"
                " thầy Lê Quang Vinh (môn Khoa học tự nhiên) xếp loại xuất sắc."
            ),
            P(
                "Thành tích này là kết quả của quá trình chuẩn bị công phu của các tổ chuyên môn,"
                " đồng thời khẳng định chất lượng đội ngũ giáo viên của nhà trường."
            ),
            Raw("<p>Nguồn: Phòng GD&amp;ĐT thành phố Buôn Ma Thuột</p>"),
        ],
        source="Phòng GD&ĐT thành phố Buôn Ma Thuột",
        opts={"at": "2025-03-14 08:50", "user": "toanvan", "tags": ["giáo viên dạy giỏi"]},
    ),
    Story(
        id=12,
        slug="le-ket-nap-doi-vien-moi-dot-2-nam-hoc-2023-2024",
        title="Lễ kết nạp đội viên mới đợt 2 năm học 2023 - 2024",
        cat="hoat-dong-nha-truong",
        published_at="2024-05-15",
        blocks=[
            P(
                "Nhân kỷ niệm 83 năm Ngày thành lập Đội Thiếu niên Tiền phong Hồ Chí Minh"
                " (15/5/1941 - 15/5/2024), sáng ngày 15/5/2024, Liên đội Trường THCS Chu Văn An"
                " long trọng tổ chức Lễ kết nạp đội viên mới đợt 2 năm học 2023 - 2024."
            ),
            P(
                "Tại buổi lễ, 45 em thiếu nhi đủ điều kiện đã được kết nạp vào Đội. Các em được"
                " các anh chị phụ trách thắt khăn quàng đỏ và hứa sẽ luôn cố gắng học tập, rèn"
                " luyện để xứng đáng là đội viên Đội Thiếu niên Tiền phong Hồ Chí Minh."
            ),
            Img(
                f"{OLD_HOST}/uploads/news/2024_05/ket-nap-doi-vien.jpg",
                "Các đội viên mới tuyên thệ dưới cờ",
                "Các đội viên mới tuyên thệ dưới cờ",
                "legacy",
            ),
            P(
                "Dịp này, Liên đội cũng tuyên dương 18 chi đội đạt danh hiệu “Chi đội mạnh” và 36"
                " đội viên tiêu biểu năm học 2023 - 2024."
            ),
            Raw('<div align="right"><b>Tin và ảnh: H’Linh Niê</b></div>'),
        ],
        authors=["H’Linh Niê"],
        photographers=["H’Linh Niê"],
        opts={"at": "2024-05-15 00:00", "user": "admin", "tags": ["liên đội"], "legacy": "cp1258"},
    ),
    Story(
        id=9,
        slug="hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11-2023",
        title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11/2023",
        cat="to-chuyen-mon",
        published_at="2023-11-17T14:20:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào thi đua chào mừng kỷ niệm 41 năm Ngày Nhà giáo Việt Nam"
                " 20/11, từ ngày 30/10 đến 15/11/2023, các tổ chuyên môn Trường THCS Chu Văn An"
                " tổ chức đợt hội giảng với 32 tiết dạy."
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp dạy học"
                " tích cực, ứng dụng hiệu quả công nghệ thông tin. Nhiều tiết dạy tạo được hứng"
                " thú cho học sinh như tiết Toán 8 của cô Trần Thị Bích Ngọc, tiết Tiếng Anh 6 của"
                " cô Nguyễn Thị Diệu Linh."
            ),
            Img(f"{UP}/cu/2023_11/hoi-giang-2023.jpg", None, None, "legacy"),
            P(
                "Kết quả, Ban giám khảo đã chọn 10 tiết dạy xếp loại Tốt để tuyên dương trong Lễ"
                " kỷ niệm Ngày Nhà giáo Việt Nam."
            ),
        ],
        opts={"at": "2023-11-17 14:20", "user": "admin", "tags": ["hội giảng"], "legacy": "ncr"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
#: newest first, as ``Post.query.order_by(Post.created_at.desc())``
NEWEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)

#: an address another post links post 9 under (its slug before the title was edited)
OLD_SLUG_PATHS: dict[int, list[str]] = {9: ["/tin-tuc/9/hoi-giang-2023"]}


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.id}/{s.slug}"


def short_path(s: Story) -> str:
    return f"/tin-tuc/{s.id}"


def in_cat(cat: str) -> list[Story]:
    return [s for s in NEWEST if s.cat == cat]


def page_count(total: int, per: int) -> int:
    """The teacher's page count: one too many when ``total`` is a multiple of ``per``."""
    return total // per + 1


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M")


# --- documents, tags, calendar ----------------------------------------------------------------

#: /tai-lieu/<id>: (title, file, size, uploaded, downloads, poster, description)
DOCS: dict[int, tuple[str, str, str, str, int, str, str]] = {
    21: (
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "ke-hoach-giao-duc-nha-truong-2026-2027.pdf",
        "1,2 MB",
        "08/09/2026",
        143,
        "admin",
        "Kế hoạch giáo dục nhà trường đã được Hội đồng trường thông qua.",
    ),
    22: (
        "Thời khóa biểu học kỳ I (áp dụng từ 14/9/2026)",
        "tkb-hk1-2026-2027.pdf",
        "312 KB",
        "12/09/2026",
        588,
        "giaovu",
        "Thời khóa biểu buổi sáng và buổi chiều của 32 lớp.",
    ),
    23: (
        "Đề cương ôn tập cuối học kỳ I môn Toán 9",
        "de-cuong-toan-9-hk1-2026.pdf",
        "245 KB",
        "20/11/2026",
        97,
        "toanvan",
        "Đề cương do Tổ Toán - Tin biên soạn, gồm phần lý thuyết và bài tập tự luyện.",
    ),
    24: (
        "Quy chế chi tiêu nội bộ năm 2026",
        "quy-che-chi-tieu-noi-bo-2026.pdf",
        "508 KB",
        "15/01/2026",
        31,
        "ketoan",
        "Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 05/QĐ-THCSCVA.",
    ),
}

TAGS: list[str] = sorted({t for s in STORIES for t in s.opts["tags"]})

#: the "Lịch thi" box and the calendar's own events: (date, text)
EVENTS: list[tuple[date, str]] = [
    (date(2026, 11, 28), "Thi học sinh giỏi cấp trường khối 9"),
    (date(2026, 12, 14), "Kiểm tra cuối kỳ I: Ngữ văn"),
    (date(2026, 12, 15), "Kiểm tra cuối kỳ I: Toán"),
    (date(2026, 12, 16), "Kiểm tra cuối kỳ I: Tiếng Anh"),
    (date(2027, 1, 9), "Thi học sinh giỏi cấp tỉnh lớp 9"),
]


def search_path(q: str) -> str:
    return "/tim-kiem?q=" + quote_plus(q)


def calendar_path(month: int, year: int) -> str:
    return f"/lich?thang={month}&nam={year}"


# --- the gold (by hand) -----------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=[short_path(s), *OLD_SLUG_PATHS.get(s.id, [])],
    )
    for s in NEWEST
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?trang={n}" for n in range(1, page_count(len(STORIES), PER_PAGE_ALL) + 1)),
    *(f"/danh-muc/{c}" for c in CATS),
    *(
        f"/danh-muc/{c}?trang={n}"
        for c in CATS
        for n in range(1, page_count(len(in_cat(c)), PER_PAGE_CAT) + 1)
    ),
    "/gioi-thieu",
    "/lien-he",
    "/thoi-khoa-bieu",
    "/tai-lieu",
    *(f"/tai-lieu/{d}" for d in DOCS),
    "/dang-nhap",
    "/tim-kiem",
    *(search_path(t) for t in TAGS),
    *(f"{short_path(s)}?print=1" for s in NEWEST),
    "/lich",
    calendar_path(10, 2026),
    calendar_path(12, 2026),
]


# --- text as stored ---------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _t(value: str) -> str:
    """Python-Markdown's escaping of text: ``&``, ``<``, ``>`` only."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cp1258_refs(markup: str) -> str:
    """The old site's editor: letters split as windows-1258 does, all written as ``&#N;``."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", markup):
        if ord(ch) < 128:
            out.append(ch)
            continue
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        tones = "".join(c for c in parts if c in _TONES)
        out.append("".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in base + tones))
    return "".join(out)


def _legacy(s: Story) -> str:
    """An imported post: one justified <font> block, <br><br> between paragraphs."""
    segments: list[str] = []
    tail: list[str] = []
    for b in s.blocks:
        if isinstance(b, P):
            segments.append(_t(b.text))
        elif isinstance(b, Img):
            img = f'<img src="{esc(b.src)}" width="500" border="0">'
            if b.printed:
                img += f"<br><i>{_t(b.printed)}</i>"
            segments.append(f"<center>{img}</center>")
        else:
            tail.append(b.html)
    markup = (
        '<div align="justify"><font face="Times New Roman" size="3">'
        + "<br><br>".join(segments)
        + "<br><br></font></div>\n"
        + "\n".join(tail)
    )
    if s.opts["legacy"] == "cp1258":
        return _cp1258_refs(markup)
    return entity_mix(markup)


def _inline(b: P) -> str:
    if b.style.startswith("a|"):
        _, href, phrase = b.style.split("|", 2)
        before, after = b.text.split(phrase, 1)
        return f'{_t(before)}<a href="{esc(href)}">{_t(phrase)}</a>{_t(after)}'
    return _t(b.text)


def render_markdown(s: Story) -> str:
    """What Python-Markdown (extensions: tables) makes of the post's Markdown source."""
    if s.opts.get("legacy"):
        return _legacy(s)
    out: list[str] = []
    i = 0
    blocks = s.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_inline(blocks[i])}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head: list[str] = []
            body: list[str] = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "\n".join(f"<{tag}>{_t(c)}</{tag}>" for c in row.text.split(" | "))
                (head if tag == "th" else body).append(f"<tr>\n{cells}\n</tr>")
                i += 1
            out.append(
                "<table>\n<thead>\n" + "\n".join(head) + "\n</thead>\n<tbody>\n"
                + "\n".join(body) + "\n</tbody>\n</table>"
            )  # fmt: skip
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3>{_t(b.text)}</h3>")
            else:
                out.append(f"<p>{_inline(b)}</p>")
        elif isinstance(b, Img):
            kind, _, alt = b.style.partition("|")
            if kind in ("same", "next") and not alt and not b.style.endswith("|"):
                alt = b.printed or ""
            tag = f'<img alt="{esc(alt)}" src="{esc(b.src)}" />'
            if kind == "same":
                out.append(f"<p>{tag}\n<em>{_t(b.printed or '')}</em></p>")
            elif kind == "next":
                out.append(f"<p>{tag}</p>\n<p><em>{_t(b.printed or '')}</em></p>")
            else:
                out.append(f"<p>{tag}</p>")
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P) and b.style == "")
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    local = [i.src for i in s.images if i.src.startswith("/")]
    return local[0] if local else "/static/img/no-image.png"


# --- layout -----------------------------------------------------------------------------------


def _head(request: Request, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)}</title>
{extra}
  <link rel="icon" href="/static/favicon.ico">
  <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Source+Sans+Pro:300,400,400i,700&amp;display=fallback">
  <link rel="stylesheet" href="/static/plugins/fontawesome-free/css/all.min.css">
  <link rel="stylesheet" href="/static/dist/css/adminlte.min.css">
  <link rel="stylesheet" href="/static/css/style.css?v=1.3">
</head>"""


def _navbar(active: str) -> str:
    def item(href: str, label: str) -> str:
        cls = "nav-link active" if href == active else "nav-link"
        return f'<li class="nav-item"><a href="{href}" class="{cls}">{label}</a></li>'

    cats = "\n".join(
        f'<li><a href="/danh-muc/{slug}" class="dropdown-item">{esc(name)}</a></li>'
        for slug, name in CATS.items()
    )
    return f"""<div class="top-strip bg-navy text-sm py-1">
  <div class="container d-flex justify-content-between">
    <span><i class="far fa-calendar-alt"></i> {TODAY}</span>
    <span><i class="fas fa-phone-alt"></i> Hotline: {PHONE}</span>
  </div>
</div>
<nav class="main-header navbar navbar-expand-md navbar-light navbar-white">
  <div class="container">
    <a href="/" class="navbar-brand">
      <img src="/static/img/logo-cva.png" alt="Logo" class="brand-image img-circle elevation-3" style="opacity: .9">
      <span class="brand-text font-weight-bold">THCS CHU VĂN AN</span>
    </a>
    <button class="navbar-toggler order-1" type="button" data-toggle="collapse" data-target="#navbarCollapse" aria-controls="navbarCollapse" aria-expanded="false" aria-label="Toggle navigation">
      <span class="navbar-toggler-icon"></span>
    </button>
    <div class="collapse navbar-collapse order-3" id="navbarCollapse">
      <ul class="navbar-nav">
        {item("/", "Trang chủ")}
        {item("/gioi-thieu", "Giới thiệu")}
        <li class="nav-item dropdown">
          <a id="ddTinTuc" href="/tin-tuc" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" class="nav-link dropdown-toggle">Tin tức</a>
          <ul aria-labelledby="ddTinTuc" class="dropdown-menu border-0 shadow">
            <li><a href="/tin-tuc" class="dropdown-item">Tất cả tin</a></li>
            <li class="dropdown-divider"></li>
{cats}
          </ul>
        </li>
        {item("/thoi-khoa-bieu", "Thời khóa biểu")}
        {item("/tai-lieu", "Tài liệu")}
        {item("/lich", "Lịch công tác")}
        {item("/lien-he", "Liên hệ")}
      </ul>
      <form class="form-inline ml-0 ml-md-3" action="/tim-kiem" method="get">
        <div class="input-group input-group-sm">
          <input class="form-control form-control-navbar" type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm">
          <div class="input-group-append"><button class="btn btn-navbar" type="submit"><i class="fas fa-search"></i></button></div>
        </div>
      </form>
    </div>
    <ul class="order-1 order-md-3 navbar-nav navbar-no-expand ml-auto">
      <li class="nav-item"><a class="nav-link" href="/dang-nhap"><i class="fas fa-sign-in-alt"></i> Đăng nhập</a></li>
    </ul>
  </div>
</nav>"""


def _marquee() -> str:
    notes = " &nbsp;&bull;&nbsp; ".join(
        f'<a href="{short_path(s)}" class="text-danger">{esc(s.title)}</a>'
        for s in in_cat("thong-bao")
    )
    return f"""<div class="container pt-2">
  <div class="callout callout-warning py-1 mb-0 d-flex align-items-center">
    <span class="badge badge-danger mr-2 text-nowrap"><i class="fas fa-bullhorn"></i> Thông báo</span>
    <marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{notes}</marquee>
  </div>
</div>"""


def _content_header(heading: str, crumbs: list[tuple[str | None, str]]) -> str:
    items = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    for href, label in crumbs:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="breadcrumb-item active">{esc(label)}</li>')
    return f"""<div class="content-header">
  <div class="container">
    <div class="row mb-2">
      <div class="col-sm-6"><h1 class="m-0 text-dark">{esc(heading)}</h1></div>
      <div class="col-sm-6">
        <ol class="breadcrumb float-sm-right">
          {"".join(items)}
        </ol>
      </div>
    </div>
  </div>
</div>"""


def _sidebar() -> str:
    latest = "\n".join(
        f'<li class="list-group-item px-2 py-1"><a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <small class="text-muted">({_when(s):%d/%m/%Y})</small></li>'
        for s in NEWEST[:5]
    )
    exams = "\n".join(
        f'<tr><td class="text-nowrap">{d:%d/%m}</td><td>{esc(label)}</td></tr>'
        for d, label in EVENTS[:4]
    )
    return f"""<div class="col-lg-4">
  <div class="card card-primary card-outline">
    <div class="card-header"><h3 class="card-title"><i class="far fa-newspaper"></i> Tin mới</h3></div>
    <div class="card-body p-0"><ul class="list-group list-group-flush">
{latest}
    </ul></div>
  </div>
  <div class="card card-warning card-outline">
    <div class="card-header"><h3 class="card-title"><i class="far fa-calendar-check"></i> Lịch thi</h3></div>
    <div class="card-body p-0">
      <table class="table table-sm table-striped mb-0"><tbody>
{exams}
      </tbody></table>
    </div>
    <div class="card-footer text-center p-1"><a href="{calendar_path(12, 2026)}">Xem lịch tháng 12 &raquo;</a></div>
  </div>
  <div class="card card-outline card-info">
    <div class="card-header"><h3 class="card-title">Liên kết</h3></div>
    <div class="card-body p-2">
      <a href="https://moet.gov.vn" target="_blank"><img src="/static/img/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" class="img-fluid mb-2"></a>
      <a href="https://daklak.edu.vn" target="_blank"><img src="/static/img/banner/so-gddt-daklak.png" alt="Sở GD&amp;ĐT Đắk Lắk" class="img-fluid mb-2"></a>
      <a href="https://csdl.moet.gov.vn" target="_blank"><img src="/static/img/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" class="img-fluid"></a>
    </div>
  </div>
  <div class="card card-outline card-success">
    <div class="card-header"><h3 class="card-title"><i class="fas fa-chart-bar"></i> Thống kê truy cập</h3></div>
    <div class="card-body">
      <p class="mb-1"><i class="fas fa-circle text-success text-xs"></i> Đang online: <b>7</b></p>
      <p class="mb-1">Hôm nay: <b>214</b></p>
      <p class="mb-0">Số lượt truy cập: <b>12.345</b></p>
    </div>
  </div>
</div>"""


def _footer() -> str:
    return f"""<footer class="main-footer text-sm">
  <div class="container">
    <div class="row">
      <div class="col-md-8">
        <strong>{SITE.upper()}</strong><br>
        Địa chỉ: {esc(ADDRESS)}<br>
        Điện thoại: {PHONE} &middot; Email: <a href="mailto:{EMAIL}">{EMAIL}</a><br>
        Chịu trách nhiệm nội dung: Cô Nguyễn Thị Thanh Hương - Hiệu trưởng
      </div>
      <div class="col-md-4 text-md-right">
        <a href="/tim-kiem">Tìm kiếm</a> &middot; <a href="/lien-he">Góp ý</a><br>
        Thiết kế: Thầy Phạm Quốc Toản - Tổ Toán - Tin<br>
        <small>Powered by Flask &amp; AdminLTE</small>
      </div>
    </div>
  </div>
  <div class="text-center mt-2"><small>Copyright &copy; 2025 {SITE}. All rights reserved.</small></div>
</footer>
</div>
<script src="/static/plugins/jquery/jquery.min.js"></script>
<script src="/static/plugins/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/static/dist/js/adminlte.min.js"></script>
</body>
</html>"""


def _page(
    request: Request,
    title: str,
    header: str,
    main: str,
    *,
    active: str = "",
    extra: str = "",
    sidebar: bool = True,
) -> str:
    cols = (
        f'<div class="col-lg-8">\n{main}\n</div>\n{_sidebar()}'
        if sidebar
        else (f'<div class="col-12">\n{main}\n</div>')
    )
    return (
        _head(request, f"{title} | THCS Chu Văn An", extra)
        + '\n<body class="hold-transition layout-top-nav">\n<div class="wrapper">\n'
        + _navbar(active)
        + '\n<div class="content-wrapper">\n'
        + _marquee()
        + "\n"
        + header
        + f'\n<div class="content">\n<div class="container">\n<div class="row">\n{cols}\n'
        + "</div>\n</div>\n</div>\n</div>\n"
        + _footer()
    )


# --- pages ------------------------------------------------------------------------------------


def _meta_line(s: Story) -> str:
    w = _when(s)
    edited = f" &middot; <i>Sửa lần cuối: {s.opts['edited']}</i>" if s.opts.get("edited") else ""
    return (
        f'<p class="text-muted text-sm post-meta"><i class="far fa-clock"></i> Đăng lúc'
        f" {w:%H:%M} ngày {w:%d/%m/%Y} bởi <b>{s.opts['user']}</b> &middot; {s.views()} lượt"
        f" xem{edited}</p>"
    )


def _article(s: Story, request: Request) -> str:
    base = base_url(request)
    url = base + article_path(s)
    lead = (
        f'<p class="lead text-justify font-weight-bold">{esc(s.summary)}</p>\n'
        if s.summary and s.sapo_outside
        else ""
    )
    tags = " ".join(
        f'<a href="{esc(search_path(t))}" class="badge badge-info">{esc(t)}</a>'
        for t in s.opts["tags"]
    )
    others = "\n".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a>'
        f' <small class="text-muted">({_when(o):%d/%m/%Y})</small></li>'
        for o in [o for o in in_cat(s.cat) if o.id != s.id][:OTHER_COUNT]
    )
    main = f"""<div class="card card-primary card-outline">
  <div class="card-header">
    <h3 class="card-title">{esc(s.title)}</h3>
  </div>
  <!-- /.card-header -->
  <div class="card-body">
    {_meta_line(s)}
    {lead}<div class="post-content">
{render_markdown(s)}
    </div><!-- /.post-content -->
    <div class="post-tags mt-3"><i class="fas fa-tags"></i> Từ khóa: {tags}</div>
    <div class="post-tools mt-3">
      <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank"><i class="fab fa-facebook-f"></i> Chia sẻ</a>
      <a class="btn btn-sm btn-info" href="https://zalo.me/share?url={quote(url, safe="")}" target="_blank">Zalo</a>
      <a class="btn btn-sm btn-default" href="{short_path(s)}?print=1" target="_blank"><i class="fas fa-print"></i> In bài</a>
      <a class="btn btn-sm btn-default" href="javascript:history.back()"><i class="fas fa-arrow-left"></i> Quay lại</a>
    </div>
  </div>
  <!-- /.card-body -->
  <div class="card-footer">
    <h5 class="text-primary"><i class="fas fa-list"></i> Tin khác</h5>
    <ul class="tin-khac mb-0">
{others}
    </ul>
  </div>
</div>"""
    og = f"""  <meta name="description" content="{esc(_excerpt(s))}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{esc(s.title)}">
  <meta property="og:description" content="{esc(_excerpt(s))}">
  <meta property="og:url" content="{esc(url)}">
  <meta property="og:image" content="{esc(base + _thumb(s))}">"""
    header = _content_header(CATS[s.cat], [(f"/danh-muc/{s.cat}", CATS[s.cat])])
    return _page(request, s.title, header, main, active="/tin-tuc", extra=og)


def _print(s: Story, request: Request) -> str:
    w = _when(s)
    lead = f"<p><b>{esc(s.summary)}</b></p>\n" if s.summary and s.sapo_outside else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>In bài: {esc(s.title)}</title>
<meta name="robots" content="noindex">
<style>body{{font-family:"Times New Roman",serif;font-size:14pt;margin:2cm}}</style></head>
<body onload="window.print()">
<p><small>{SITE.upper()}</small></p>
<h2>{esc(s.title)}</h2>
<p><i>Ngày đăng: {w:%d/%m/%Y %H:%M}</i></p>
{lead}{render_markdown(s)}
<hr>
<p><small>Bài viết tại: {esc(base_url(request) + short_path(s))}</small></p>
</body>
</html>"""


def _pager(path: str, page: int, pages: int) -> str:
    sep = "&amp;" if "?" in path else "?"
    prev = (
        f'<a href="{path}{sep}trang={page - 1}">&laquo; Trang trước</a>'
        if page > 1
        else '<span class="text-muted">&laquo; Trang trước</span>'
    )
    nxt = (
        f'<a href="{path}{sep}trang={page + 1}">Trang sau &raquo;</a>'
        if page < pages
        else '<span class="text-muted">Trang sau &raquo;</span>'
    )
    return f'<div class="phan-trang text-center my-3">{prev} | <b>Trang {page}/{pages}</b> | {nxt}</div>'


def _row(s: Story) -> str:
    path = article_path(s)
    return f"""<div class="media post-item border-bottom pb-3 mb-3">
  <a href="{path}"><img src="{esc(_thumb(s))}" class="mr-3 img-thumbnail" width="150" alt=""></a>
  <div class="media-body">
    <h5 class="mt-0 mb-1"><a href="{path}">{esc(s.title)}</a></h5>
    <div class="text-muted text-sm mb-1"><i class="far fa-calendar-alt"></i> {_when(s):%d/%m/%Y} &middot; <i class="far fa-eye"></i> {s.views()}</div>
    <p class="mb-1">{esc(_excerpt(s))}</p>
    <a href="{path}" class="btn btn-xs btn-outline-primary">Đọc tiếp &raquo;</a>
  </div>
</div>"""


def _page_no(request: Request) -> int:
    raw = request.params.get("trang", "1")
    try:
        n = int(raw)
    except ValueError:
        return 1
    return n if n >= 1 else 1


def _listing(request: Request, path: str, heading: str, items: list[Story], per: int) -> str:
    page = _page_no(request)
    pages = page_count(len(items), per)
    chunk = items[(page - 1) * per : page * per]
    rows = "\n".join(_row(s) for s in chunk) or (
        '<div class="alert alert-light text-center">Không có bài viết</div>'
    )
    crumbs: list[tuple[str | None, str]] = [(None, heading)]
    if path != "/tin-tuc":
        crumbs = [("/tin-tuc", "Tin tức"), (None, heading)]
    main = f"""<div class="card">
  <div class="card-body">
{rows}
  </div>
  <div class="card-footer bg-white">{_pager(path, page, pages)}</div>
</div>"""
    return _page(request, heading, _content_header(heading, crumbs), main, active="/tin-tuc")


def _home(request: Request) -> str:
    cards = "\n".join(
        f"""<div class="col-md-6 col-lg-4">
  <div class="card card-widget h-100">
    <a href="{short_path(s)}"><img class="card-img-top" src="{esc(_thumb(s))}" alt="{esc(s.title)}"></a>
    <div class="card-body p-2">
      <h6 class="font-weight-bold"><a href="{short_path(s)}">{esc(s.title)}</a></h6>
      <p class="text-sm text-muted mb-1"><i class="far fa-clock"></i> {_when(s):%d/%m/%Y}</p>
      <p class="text-sm mb-0">{esc(_excerpt(s))}</p>
    </div>
  </div>
</div>"""
        for s in NEWEST[:HOME_COUNT]
    )
    main = f"""<div class="card card-primary card-outline">
  <div class="card-header"><h3 class="card-title"><i class="fas fa-star"></i> Tin tức mới nhất</h3></div>
  <div class="card-body">
    <div class="row">
{cards}
    </div>
  </div>
  <div class="card-footer text-center"><a href="/tin-tuc?trang=1" class="btn btn-primary btn-sm">Xem tất cả tin &raquo;</a></div>
</div>"""
    header = _content_header("Trang chủ", [])
    return _page(request, "Trang chủ", header, main, active="/")


_INTRO = [
    "Lịch sử hình thành",
    "Trường THCS Chu Văn An được thành lập năm 1996 trên cơ sở tách ra từ Trường PTCS Hòa"
    " Bình. Những năm đầu, trường chỉ có 12 lớp học với hơn 500 học sinh và 28 cán bộ, giáo"
    " viên, cơ sở vật chất còn nhiều thiếu thốn.",
    "Trải qua gần 30 năm xây dựng và phát triển, đến nay nhà trường có 32 lớp với hơn 1.250 học"
    " sinh, 68 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn về trình độ"
    " đào tạo. Trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022.",
    "Thành tích",
    "Nhiều năm liền nhà trường đạt danh hiệu Tập thể lao động xuất sắc, được Ủy ban nhân dân tỉnh"
    " tặng Cờ thi đua năm học 2018 - 2019 và năm học 2023 - 2024. Hằng năm, trường có từ 30 đến"
    " 50 học sinh đạt giải học sinh giỏi cấp tỉnh.",
]


def _static_intro(request: Request) -> str:
    parts = [f"<h4>{esc(p)}</h4>" if len(p) < 40 else f"<p>{esc(p)}</p>" for p in _INTRO]
    main = f"""<div class="card">
  <div class="card-body text-justify">
{chr(10).join(parts)}
  </div>
</div>"""
    header = _content_header("Giới thiệu", [(None, "Giới thiệu")])
    return _page(request, "Giới thiệu", header, main, active="/gioi-thieu")


def _contact(request: Request, sent: bool = False) -> str:
    note = (
        '<div class="alert alert-success">Cảm ơn bạn đã gửi ý kiến. Nhà trường sẽ phản hồi sớm'
        " nhất.</div>"
        if sent
        else ""
    )
    main = f"""<div class="card card-primary card-outline">
  <div class="card-body">
    {note}
    <p><i class="fas fa-map-marker-alt"></i> Địa chỉ: {esc(ADDRESS)}</p>
    <p><i class="fas fa-phone-alt"></i> Điện thoại: {PHONE}</p>
    <p><i class="fas fa-envelope"></i> Email: {EMAIL}</p>
    <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.6!2d108.04!3d12.67" width="100%" height="260" style="border:0" loading="lazy"></iframe>
    <form method="post" action="/lien-he" class="mt-3">
      <input type="hidden" name="csrf_token" value="IjA1ZjQ3YzE4ZTkzYjJkNmE0MGI3ZTEwNDhjM2E5ZjVlZDEyYjc2NDMi.Z0Qx1A.k3pLQ9wVn2bYt8sR">
      <div class="form-group"><label for="ho_ten">Họ và tên</label><input class="form-control" id="ho_ten" name="ho_ten" required></div>
      <div class="form-group"><label for="email">Email</label><input class="form-control" id="email" name="email" type="email"></div>
      <div class="form-group"><label for="noi_dung">Nội dung</label><textarea class="form-control" id="noi_dung" name="noi_dung" rows="4"></textarea></div>
      <button class="btn btn-primary" type="submit">Gửi ý kiến</button>
    </form>
  </div>
</div>"""
    header = _content_header("Liên hệ", [(None, "Liên hệ")])
    return _page(request, "Liên hệ", header, main, active="/lien-he")


_TKB = [
    ("Tiết 1 (7h00)", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "Toán", "KHTN"),
    ("Tiết 2 (7h50)", "Ngữ văn", "Toán", "Ngữ văn", "Lịch sử và Địa lí", "Tin học", "KHTN"),
    ("Tiết 3 (8h50)", "Tiếng Anh", "KHTN", "GDCD", "Toán", "Công nghệ", "Ngữ văn"),
    ("Tiết 4 (9h40)", "Lịch sử và Địa lí", "Âm nhạc", "Toán", "Ngữ văn", "Mĩ thuật", "Sinh hoạt"),
]


def _timetable(request: Request) -> str:
    head = "".join(
        f"<th>{d}</th>" for d in ("Tiết", "Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7")
    )
    rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in _TKB)
    main = f"""<div class="card">
  <div class="card-header"><h3 class="card-title">Lớp 9A2 - Học kỳ I (áp dụng từ 14/9/2026)</h3>
    <div class="card-tools"><select class="form-control form-control-sm" onchange="loadTkb(this.value)"><option>9A2</option><option>9A1</option><option>8A3</option></select></div>
  </div>
  <div class="card-body table-responsive p-0">
    <table class="table table-bordered table-sm text-center"><thead><tr>{head}</tr></thead><tbody>
{rows}
    </tbody></table>
  </div>
  <div class="card-footer text-sm">Tải bản đầy đủ: <a href="/tai-lieu/22">Thời khóa biểu học kỳ I</a></div>
</div>"""
    header = _content_header("Thời khóa biểu", [(None, "Thời khóa biểu")])
    return _page(request, "Thời khóa biểu", header, main, active="/thoi-khoa-bieu")


def _docs(request: Request) -> str:
    rows = "\n".join(
        f'<tr><td>{n}</td><td><a href="/tai-lieu/{i}">{esc(d[0])}</a></td><td>{d[3]}</td>'
        f"<td>{d[2]}</td><td>{d[4]}</td></tr>"
        for n, (i, d) in enumerate(DOCS.items(), 1)
    )
    main = f"""<div class="card">
  <div class="card-body table-responsive p-0">
    <table class="table table-hover table-striped"><thead><tr><th>#</th><th>Tên tài liệu</th><th>Ngày đăng</th><th>Dung lượng</th><th>Lượt tải</th></tr></thead>
    <tbody>
{rows}
    </tbody></table>
  </div>
</div>"""
    header = _content_header("Tài liệu", [(None, "Tài liệu")])
    return _page(request, "Tài liệu", header, main, active="/tai-lieu")


def _doc(request: Request, doc_id: int) -> str:
    title, file, size, day, downloads, user, desc = DOCS[doc_id]
    others = "\n".join(
        f'<li><a href="/tai-lieu/{i}">{esc(d[0])}</a></li>' for i, d in DOCS.items() if i != doc_id
    )
    main = f"""<div class="card card-info card-outline">
  <div class="card-header"><h3 class="card-title"><i class="far fa-file-pdf text-danger"></i> {esc(title)}</h3></div>
  <div class="card-body">
    <dl class="row mb-0">
      <dt class="col-sm-3">Mô tả</dt><dd class="col-sm-9">{esc(desc)}</dd>
      <dt class="col-sm-3">Tệp</dt><dd class="col-sm-9">{file}</dd>
      <dt class="col-sm-3">Dung lượng</dt><dd class="col-sm-9">{size}</dd>
      <dt class="col-sm-3">Ngày đăng</dt><dd class="col-sm-9">{day} bởi <b>{user}</b></dd>
      <dt class="col-sm-3">Lượt tải</dt><dd class="col-sm-9">{downloads}</dd>
    </dl>
    <a class="btn btn-success mt-2" href="/static/files/{file}"><i class="fas fa-download"></i> Tải về</a>
  </div>
  <div class="card-footer"><h6>Tài liệu khác</h6><ul class="mb-0">
{others}
  </ul></div>
</div>"""
    header = _content_header("Tài liệu", [("/tai-lieu", "Tài liệu"), (None, title)])
    return _page(request, title, header, main, active="/tai-lieu")


def _login(request: Request, failed: bool = False) -> str:
    error = (
        '<div class="alert alert-danger">Sai tên đăng nhập hoặc mật khẩu.</div>' if failed else ""
    )
    main = f"""<div class="login-box mx-auto">
  <div class="card card-outline card-primary">
    <div class="card-header text-center"><b>Quản trị</b> website</div>
    <div class="card-body login-card-body">
      {error}
      <p class="login-box-msg">Đăng nhập để quản lý bài viết</p>
      <form action="/dang-nhap" method="post">
        <input type="hidden" name="csrf_token" value="IjA1ZjQ3YzE4ZTkzYjJkNmE0MGI3ZTEwNDhjM2E5ZjVlZDEyYjc2NDMi.Z0Qx1A.k3pLQ9wVn2bYt8sR">
        <div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Tên đăng nhập"></div>
        <div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Mật khẩu"></div>
        <div class="icheck-primary"><input type="checkbox" id="remember" name="remember"><label for="remember">Ghi nhớ</label></div>
        <button type="submit" class="btn btn-primary btn-block">Đăng nhập</button>
      </form>
    </div>
  </div>
</div>"""
    header = _content_header("Đăng nhập", [(None, "Đăng nhập")])
    return _page(request, "Đăng nhập", header, main, sidebar=False)


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    if not q:
        body = '<p class="text-muted">Nhập từ khóa để tìm kiếm bài viết.</p>'
    else:
        key = _fold(q)
        hits = [
            s
            for s in NEWEST
            if key in _fold(s.title)
            or key in _fold(" ".join(b.text for b in s.blocks if isinstance(b, P)))
            or any(key == _fold(t) for t in s.opts["tags"])
        ]
        found = "\n".join(
            f'<li class="mb-2"><a href="{article_path(s)}">{esc(s.title)}</a>'
            f' <small class="text-muted">({_when(s):%d/%m/%Y})</small></li>'
            for s in hits
        )
        body = (
            f"<p>Tìm thấy <b>{len(hits)}</b> kết quả cho từ khóa “{esc(q)}”:</p><ul>{found}</ul>"
            if hits
            else f"<p>Không tìm thấy kết quả nào cho từ khóa “{esc(q)}”.</p>"
        )
    main = f"""<div class="card">
  <div class="card-body">
    <form action="/tim-kiem" method="get" class="mb-3"><div class="input-group">
      <input type="search" name="q" class="form-control" value="{esc(q)}" placeholder="Nhập từ khóa...">
      <div class="input-group-append"><button class="btn btn-primary" type="submit">Tìm</button></div>
    </div></form>
    {body}
  </div>
</div>"""
    header = _content_header("Tìm kiếm", [(None, "Tìm kiếm")])
    return _page(request, "Tìm kiếm", header, main)


def _month_param(request: Request) -> tuple[int, int]:
    params = request.params
    try:
        month, year = int(params.get("thang", "")), int(params.get("nam", ""))
    except ValueError:
        return TODAY_DATE.month, TODAY_DATE.year
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return TODAY_DATE.month, TODAY_DATE.year
    return month, year


def _calendar(request: Request) -> str:
    month, year = _month_param(request)
    prev_m, prev_y = (12, year - 1) if month == 1 else (month - 1, year)
    next_m, next_y = (1, year + 1) if month == 12 else (month + 1, year)
    marks: dict[int, list[str]] = {}
    for d, label in EVENTS:
        if (d.year, d.month) == (year, month):
            marks.setdefault(d.day, []).append(
                f'<span class="badge badge-warning">{esc(label)}</span>'
            )
    for s in STORIES:
        w = _when(s)
        if (w.year, w.month) == (year, month):
            marks.setdefault(w.day, []).append(
                f'<a href="{short_path(s)}" class="d-block text-xs">{esc(s.title)}</a>'
            )
    weeks = []
    for week in calendar.Calendar().monthdayscalendar(year, month):
        cells = "".join(
            f'<td class="align-top"><b>{d}</b>{"".join(marks.get(d, []))}</td>'
            if d
            else "<td></td>"
            for d in week
        )
        weeks.append(f"<tr>{cells}</tr>")
    prev = (
        f'<a href="{calendar_path(prev_m, prev_y)}" class="btn btn-sm btn-default">&lsaquo; Tháng trước</a>'
        if prev_y >= 1
        else ""
    )
    nxt = (
        f'<a href="{calendar_path(next_m, next_y)}" class="btn btn-sm btn-default">Tháng sau &rsaquo;</a>'
        if next_y <= 9999
        else ""
    )
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    main = f"""<div class="card">
  <div class="card-header d-flex justify-content-between align-items-center">
    {prev}<h3 class="card-title mx-auto">Tháng {month}/{year}</h3>{nxt}
  </div>
  <div class="card-body p-0"><table class="table table-bordered lich-thang mb-0"><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(weeks)}
  </tbody></table></div>
</div>"""
    header = _content_header("Lịch công tác", [(None, "Lịch công tác")])
    return _page(request, f"Lịch tháng {month}/{year}", header, main, active="/lich")


_NOT_FOUND = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title>
<link rel="stylesheet" href="/static/dist/css/adminlte.min.css"></head>
<body class="hold-transition"><section class="content"><div class="error-page">
<h2 class="headline text-warning">404</h2>
<div class="error-content"><h3><i class="fas fa-exclamation-triangle text-warning"></i> Không tìm thấy trang.</h3>
<p>Trang bạn yêu cầu không tồn tại. <a href="/">Quay về trang chủ</a>.</p></div>
</div></section></body></html>"""

_POST = re.compile(r"/tin-tuc/([1-9]\d*)(?:/([^/]+))?")
_DOC = re.compile(r"/tai-lieu/([1-9]\d*)")
_FILES = {f"/static/files/{d[1]}" for d in DOCS.values()} | {
    "/static/files/giay-moi-hop-cmhs-2026.pdf"
}
_HEADERS = {
    "Vary": "Cookie",
    "Set-Cookie": "session=eyJ2aXNpdGVkIjp0cnVlfQ.Z0Qx1A.Hq8vJ2mN5rT0wXy; HttpOnly; Path=/",
}


def _ok(body: str) -> Response:
    return html(body, headers=dict(_HEADERS))


class FlaskThcs:
    """The app's routes (``app.py``'s ``@app.route`` decorators as a chain of matches)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in _FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/static/"):
            return static_file(path)
        try:
            page = self._route(request)
        except KeyError:
            page = None
        if page is None:
            return html(_NOT_FOUND, status=404)
        return _ok(page)

    def _route(self, request: Request) -> str | None:
        path, method = request.path, request.method
        if path == "/":
            return _home(request)
        if m := _POST.fullmatch(path):
            s = _BY_ID[int(m.group(1))]
            if request.params.get("print") == "1":
                return _print(s, request)
            return _article(s, request)
        if path == "/tin-tuc":
            return _listing(request, "/tin-tuc", "Tin tức", NEWEST, PER_PAGE_ALL)
        if path.startswith("/danh-muc/"):
            slug = path[len("/danh-muc/") :]
            return _listing(request, path, CATS[slug], in_cat(slug), PER_PAGE_CAT)
        if path == "/gioi-thieu":
            return _static_intro(request)
        if path == "/lien-he":
            return _contact(request, sent=method == "POST")
        if path == "/thoi-khoa-bieu":
            return _timetable(request)
        if path == "/tai-lieu":
            return _docs(request)
        if m := _DOC.fullmatch(path):
            return _doc(request, int(m.group(1))) if int(m.group(1)) in DOCS else None
        if path == "/dang-nhap":
            return _login(request, failed=method == "POST")
        if path == "/tim-kiem":
            return _search(request)
        if path == "/lich":
            return _calendar(request)
        return None


def build_site() -> FlaskThcs:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return FlaskThcs()
