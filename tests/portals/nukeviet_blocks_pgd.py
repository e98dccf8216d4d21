"""Phòng GD&ĐT huyện Krông Nô (Đắk Nông) on NukeViet 4.5, with a theme derived from NukeViet's
"default" theme and customised by hand by the district's IT teacher.

Platform
--------
NukeViet 4.5 (PHP, MySQL), URL rewriting on, Vietnamese only (no ``/vi/`` prefix). The news
module ("Tin Tức", module alias ``news``) is the home module. Every page is the theme's layout
"main-right": a header (logo, site name, today's date "Thứ Sáu, 04/12/2026", search box), the
main menu (with a drop-down "Thông báo" under "Văn bản - Thông báo"), a breadcrumb
("Trang nhất › Tin Tức › <category> [› <sub-category>]"), the module's content, and the right
column of blocks: "Tin xem nhiều", "Xem theo ngày" (calendar), "Thăm dò ý kiến" (poll form),
"Liên kết website", "Thống kê truy cập" ("Đang truy cập 15 / Hôm nay 1.234 / Tháng hiện tại
23.456 / Tổng lượt truy cập 1.234.567"); a footer with the office's address and phone.

URL scheme
----------
- ``/`` (the same page as ``/news/``): NukeViet's "viewcat_main_right" home: one panel per top
  category, the newest article big (thumbnail, hometext) and the next three as title links.
- ``/news/<cat-alias>/<article-alias>-<id>.html``: an article. ``<cat-alias>`` is the article's
  own category; a wrong category alias (the parent instead of the sub-category) answers 301 to
  the right address, as NukeViet does.
- ``/news/<cat-alias>/`` and ``/news/<cat-alias>/page-<n>/``: category lists ("viewcat_page_new"),
  6 articles a page, newest first, with NukeViet's pager ("1 2 Sau"). The parent category
  "Văn bản - Thông báo" lists its own articles and those of its sub-category "Thông báo".
- ``/news/tag/<tag>/`` tag pages, ``/news/topic/<topic>/`` topic pages: lists (non-articles).
- ``/news/print/<cat-alias>/<alias>-<id>.html``: the print view of an article (same article,
  bare template, no canonical link): an alt path of the article.
- ``/news/savefile/<cat-alias>/<alias>-<id>.html``: "Lưu bài viết này" — a Word ``.doc`` download
  (``Content-Disposition: attachment``), not a page.
- ``/news/sendmail/<cat-alias>/<alias>-<id>.html``: the "Gửi bài viết qua email" form.
- ``/news/search/?from_date=d-m-Y&to_date=d-m-Y``: the calendar block's day links: a result list.
- ``/index.php?language=vi&nv=news&op=<cat-alias>/<alias>-<id>.html``: the non-rewritten
  address; the IT teacher's hand-coded "Tin nổi bật" marquee on the home page links two articles
  this way. NukeViet serves the article there too, with ``rel=canonical`` to the pretty URL.
- ``/about/gioi-thieu.html``, ``/about/co-cau-to-chuc.html`` (page module: ``h1.title`` and a
  body, no date), ``/contact/`` (contact form), ``/seek/?q=`` (site search).
- Uploads: ``/uploads/news/<yyyy_mm>/<file>.jpg`` (article photos); listing thumbnails are
  NukeViet's ``/assets/news/<yyyy_mm>/<file>.jpg``; theme files under ``/themes/``.

Article template (detail.tpl, customised)
-----------------------------------------
``h1.title``; ``<span class="h-date">Thứ tư - 18/11/2026 08:30</span>``; the tool icons (print,
savefile, sendmail); ``div.hometext``: the sapo in bold, on some posts with the lead photo
``<figure class="article left" id="imghome"><img><figcaption>``; ``div#news-bodyhtml``: CKEditor
output (``<p>``, ``<h3>``, lists, tables, ``<blockquote>``, ``<figure class="image"><img>
<figcaption>``, or a centred photo followed by a centred italic or plain line); after the body
"Tác giả: …" and "Nguồn tin: …" (right-aligned). Then the blocks: "Từ khóa:" tags, "Chia sẻ"
(Facebook/Zalo/Twitter), "Đánh giá bài viết" ("Tổng số điểm của bài viết là: 23 trong 5 đánh
giá", star radios, "Click để đánh giá bài viết"), "Ý kiến bạn đọc" (2 comments with name and
date, a comment form), "Tin liên quan" (the topic's other articles), "Những tin mới hơn" and
"Những tin cũ hơn" (titles with "(dd/mm/yyyy)").

How each gold article is reached
--------------------------------
- Home panels: the 4 newest of each top category (Văn bản - Thông báo with its sub-category).
- Category lists: "Tin tức - Sự kiện" has 7 articles: the oldest (the school-year opening,
  id 41) is only on ``/news/tin-tuc-su-kien/page-2/`` among the listings (also in the
  "Những tin cũ hơn" blocks, its tags, topic and calendar day).
- Every article is in its category list page 1 or 2, and in the older/newer blocks.

Traps
-----
- Blocks everywhere: related/newer/older lists with dates, the calendar, the most-read list,
  the poll, the counter, the rating sentence with numbers, comments with names and dates: none of
  it is the article, none of the dates is its date; the header prints today (04/12/2026).
- The print view serves the same article (alt path); the ``index.php?…&op=`` address serves the
  same article with canonical (alt path); a wrong category alias redirects (301).
- Savefile is a ``.doc`` download; sendmail is a form; the about pages have ``h1.title`` like an
  article but no date; tag, topic, search and list pages are lists.
- Listing thumbnails (``/assets/news/…``) are not article images; the lead photo of the detail
  page (``/uploads/news/…``, inside ``div.hometext``) is the article's first image.

Gold decisions
--------------
- title: ``h1.title``. published_at: the ``h-date`` line with its time.
- authors: "Tác giả: X" (a degree "ThS." and a post after " - " dropped; "BBT" is nobody; a unit
  such as "Tổ Văn phòng" as printed); without the field, a right-aligned bare name closing the
  body (a school in parentheses after it is dropped), or "Tin, ảnh: X" (both author and
  photographer); "Ảnh: Y" at the end gives the photographer.
- source: "Nguồn tin: X" -> X.
- summary: the ``div.hometext`` text (posts without it: None); it is the first body paragraph.
- body: hometext, then ``#news-bodyhtml`` paragraphs; headings, list items, table rows (cells
  joined by " | "), quotes; a ``<br>`` splits a paragraph. Not in it: captions, the closing
  byline lines, the "Tác giả"/"Nguồn tin" lines. The "xem chi tiết kế hoạch tại đây." sentence
  (its link is the 301 trap) is text.
- images: the lead photo (``imghome``, caption its figcaption or None), then the body's photos;
  caption = figcaption, or the centred line (italic or not) right under the photo, or None.
- category: the breadcrumb's last section (the sub-category "Thông báo" for its articles).
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet_blocks_pgd"
PLATFORM = "NukeViet 4.5 (news module, rewrite on) + hand-customised default theme"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Krông Nô"
HEADER_DATE = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "van-ban-thong-bao": "Văn bản - Thông báo",
    "thong-bao": "Thông báo",
    "guong-dien-hinh": "Gương điển hình",
}
PARENT = {"thong-bao": "van-ban-thong-bao"}
TOP_CATS = ["tin-tuc-su-kien", "hoat-dong-chuyen-mon", "van-ban-thong-bao", "guong-dien-hinh"]

TAGS = {
    "nha-giao": "nhà giáo",
    "20-11": "20-11",
    "hoc-sinh-gioi": "học sinh giỏi",
    "the-thao": "thể thao",
    "thu-vien": "thư viện",
    "an-toan": "an toàn trường học",
    "hoc-bong": "học bổng",
    "khai-giang": "khai giảng",
    "chuyen-mon": "sinh hoạt chuyên môn",
    "chuyen-doi-so": "chuyển đổi số",
    "lich-nghi": "lịch nghỉ",
}
TOPICS = {
    "nam-hoc-2026-2027": "Năm học 2026-2027",
    "ky-niem-20-11": "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
    "hoc-tap-suot-doi": "Xây dựng xã hội học tập",
}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def up(month: str, name: str) -> str:
    return f"/uploads/news/{month}/{name}"


# --- the articles, as the editors typed them ----------------------------------------------
# opts: time, home (lead Img in the hometext or None), tags, topic, author (the printed
# "Tác giả:" field), source (printed "Nguồn tin:"), hits, rating (points, votes), index (the
# index.php address is linked). P styles: "h3", "li", "uli", "th", "td", "quote", "br" (a line
# after a <br> in the previous paragraph), "lead" unused: the sapo is the hometext.

STORIES: list[Story] = [
    Story(
        59,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các trường học",
        "thong-bao",
        "2026-12-01T16:20:00+07:00",
        [
            P(
                "Căn cứ Bộ luật Lao động năm 2019 và Công văn số 2154/UBND-VX ngày 28/11/2026 của "
                "UBND huyện Krông Nô, Phòng GD&ĐT thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P("Cán bộ, giáo viên, nhân viên và học sinh nghỉ 01 ngày: thứ Sáu, ngày 01/01/2027."),
            P("Các trường đi học lại bình thường từ thứ Hai, ngày 04/01/2027.", "br"),
            P(
                "Trong thời gian nghỉ, hiệu trưởng các đơn vị phân công trực bảo vệ, phòng chống cháy "
                "nổ và báo cáo tình hình về Phòng qua số điện thoại trực 0261 3684 115."
            ),
            P(
                "Lịch thi học sinh giỏi lớp 9 cấp huyện không thay đổi; xem chi tiết kế hoạch tại "
                "đây."
            ),
        ],
        opts={
            "time": "16:20",
            "home": None,
            "tags": ["lich-nghi"],
            "topic": "nam-hoc-2026-2027",
            "author": None,
            "source": None,
            "hits": 412,
            "rating": (9, 2),
        },
    ),
    Story(
        58,
        "krong-no-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Krông Nô tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-20T09:15:00+07:00",
        [
            P(
                "Dự buổi lễ có đồng chí Y Quang Niê, Phó Chủ tịch UBND huyện; lãnh đạo Huyện ủy, "
                "Ủy ban MTTQ Việt Nam huyện cùng hơn 350 cán bộ quản lý, giáo viên đại diện 38 "
                "trường học trên địa bàn."
            ),
            Img(
                up("2026_11", "le-ky-niem-20-11-2.jpg"),
                "Các tiết mục văn nghệ chào mừng do giáo viên Trường THCS Trần Phú biểu diễn",
                "Các tiết mục văn nghệ chào mừng do giáo viên Trường THCS Trần Phú biểu diễn",
                "figure",
            ),
            P(
                "Năm học 2025-2026, toàn ngành có 41/46 chỉ tiêu đạt và vượt kế hoạch; tỷ lệ học "
                "sinh hoàn thành chương trình tiểu học đạt 99,6%, học sinh tốt nghiệp THCS đạt "
                "98,9%. Huyện có thêm 3 trường được công nhận đạt chuẩn quốc gia, nâng tổng số "
                "lên 27/38 trường."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận sự tận tụy của "
                "đội ngũ nhà giáo, nhất là các thầy cô đang công tác tại các điểm trường vùng sâu "
                "của xã Quảng Hòa, Đức Xuyên, Đắk Nang."
            ),
            P(
                "“Mỗi thầy cô ở điểm trường xa là một nhịp cầu đưa con chữ đến với đồng bào, ngành "
                "giáo dục và chính quyền các cấp sẽ tiếp tục quan tâm, chăm lo đời sống cho đội "
                "ngũ này”, đồng chí Y Quang Niê nhấn mạnh.",
                "quote",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 64 nhà giáo có thành tích xuất "
                "sắc; Giám đốc Sở GD&ĐT tặng Bằng khen cho 9 tập thể và 15 cá nhân."
            ),
            Img(
                up("2026_11", "le-ky-niem-20-11-3.jpg"),
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        source="Phòng GD&ĐT Krông Nô",
        summary=(
            "Sáng 19/11, Phòng GD&ĐT huyện Krông Nô long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các nhà giáo tiêu biểu năm "
            "học 2025-2026."
        ),
        sapo_outside=True,
        opts={
            "time": "09:15",
            "home": Img(
                up("2026_11", "le-ky-niem-20-11-1.jpg"),
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện",
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện",
                "home",
            ),
            "tags": ["nha-giao", "20-11"],
            "topic": "ky-niem-20-11",
            "author": "Nguyễn Văn Hùng",
            "source": "Phòng GD&ĐT Krông Nô",
            "hits": 1873,
            "rating": (23, 5),
            "index": True,
        },
    ),
    Story(
        57,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-11-16T14:00:00+07:00",
        [
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững "
                "vàng, vận dụng hiệu quả các phương pháp dạy học tích cực theo Chương trình GDPT "
                "2018; đồng thời là dịp để giáo viên giao lưu, học hỏi kinh nghiệm."
            ),
            P("Nội dung và hình thức thi", "h3"),
            P(
                "Trình bày biện pháp nâng cao chất lượng giảng dạy môn học (thời gian 15 phút).",
                "uli",
            ),
            P(
                "Dạy 2 tiết thực hành trên lớp: 1 tiết tự chọn và 1 tiết do Ban tổ chức bốc thăm.",
                "uli",
            ),
            P("Thiết kế kế hoạch bài dạy theo Công văn 5512/BGDĐT-GDTrH.", "uli"),
            P("Lịch thi tại các điểm", "h3"),
            P("Ngày | Điểm thi | Môn thi", "th"),
            P("17/11/2026 | THCS Trần Phú | Ngữ văn, Lịch sử và Địa lí", "td"),
            P("18/11/2026 | THCS Nguyễn Du | Toán, Khoa học tự nhiên", "td"),
            P("19/11/2026 | THCS Lương Thế Vinh | Tiếng Anh, Tin học, Công nghệ", "td"),
            P(
                "Kết thúc hội thi, Ban tổ chức sẽ công nhận danh hiệu giáo viên dạy giỏi cấp huyện "
                "cho các giáo viên đạt từ 17 điểm trở lên và chọn 8 giáo viên dự thi cấp tỉnh."
            ),
        ],
        authors=["Trần Văn Lâm"],
        summary=(
            "Từ ngày 17 đến 19/11/2026, 52 giáo viên của 12 trường THCS trên địa bàn huyện tham "
            "gia Hội thi giáo viên dạy giỏi cấp huyện ở 7 môn học."
        ),
        sapo_outside=True,
        opts={
            "time": "14:00",
            "home": None,
            "tags": ["chuyen-mon", "nha-giao"],
            "topic": "ky-niem-20-11",
            "author": "ThS. Trần Văn Lâm - Phó Trưởng phòng",
            "source": None,
            "hits": 1540,
            "rating": (18, 4),
        },
    ),
    Story(
        56,
        "hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        "Hội khỏe Phù Đổng cấp huyện năm học 2026-2027 thu hút hơn 600 vận động viên",
        "tin-tuc-su-kien",
        "2026-11-12T15:40:00+07:00",
        [
            P(
                "Hội khỏe Phù Đổng cấp huyện năm học 2026-2027 diễn ra từ ngày 09 đến 12/11 tại "
                "Sân vận động huyện và Nhà thi đấu Trường THPT Krông Nô, với 612 vận động viên của "
                "38 trường tiểu học và THCS."
            ),
            P(
                "Các vận động viên tranh tài ở 6 môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ "
                "vua và đẩy gậy - môn thể thao dân tộc lần đầu được đưa vào chương trình."
            ),
            Img(
                up("2026_11", "hkpd-bong-da.jpg"),
                "Trận chung kết bóng đá nam khối THCS",
                "Trận chung kết bóng đá nam khối THCS",
                "em",
            ),
            P("Kết quả xếp hạng toàn đoàn", "h3"),
            P("Xếp hạng | Đơn vị | Huy chương vàng", "th"),
            P("Nhất | THCS Trần Phú | 14", "td"),
            P("Nhì | THCS Nguyễn Du | 11", "td"),
            P("Ba | TH Nguyễn Bá Ngọc | 9", "td"),
            P(
                "Ban tổ chức đã trao 72 huy chương vàng, 72 huy chương bạc và 96 huy chương đồng; "
                "chọn 45 vận động viên xuất sắc tham gia Hội khỏe Phù Đổng cấp tỉnh vào tháng "
                "3/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Lê Thị Thu Trang</strong></p>'),
        ],
        authors=["Lê Thị Thu Trang"],
        opts={
            "time": "15:40",
            "home": Img(up("2026_11", "hkpd-khai-mac.jpg"), None, None, "home"),
            "tags": ["the-thao"],
            "topic": "nam-hoc-2026-2027",
            "author": None,
            "source": None,
            "hits": 1322,
            "rating": (14, 3),
        },
    ),
    Story(
        55,
        "ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen",
        "KẾ HOẠCH tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        "van-ban-thong-bao",
        "2026-11-10T10:00:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 245/KH-SGDĐT ngày 15/10/2026 của Sở GD&ĐT Đắk Nông, Phòng "
                "GD&ĐT huyện Krông Nô xây dựng kế hoạch tổ chức Kỳ thi chọn học sinh giỏi lớp 9 "
                "cấp huyện năm học 2026-2027 như sau:"
            ),
            P("1. Đối tượng và môn thi", "h3"),
            P(
                "Học sinh lớp 9 đang học tại các trường THCS trên địa bàn huyện, có kết quả học "
                "tập năm học 2025-2026 được đánh giá mức Tốt."
            ),
            P(
                "Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học; "
                "mỗi trường đăng ký không quá 5 học sinh/môn."
            ),
            P("2. Thời gian thi", "h3"),
            P("Buổi | Ngày | Môn thi | Thời gian làm bài", "th"),
            P("Sáng | 06/01/2027 | Ngữ văn, Toán | 150 phút", "td"),
            P("Chiều | 06/01/2027 | Tiếng Anh, Tin học | 150 phút", "td"),
            P("Sáng | 07/01/2027 | Khoa học tự nhiên, Lịch sử và Địa lí | 150 phút", "td"),
            P("3. Tổ chức thực hiện", "h3"),
            P("Các trường gửi danh sách đăng ký dự thi về Phòng trước ngày 15/12/2026.", "li"),
            P("Tổ THCS chịu trách nhiệm ra đề, in sao đề và tổ chức chấm thi.", "li"),
            P("Tổ Văn phòng bố trí địa điểm, cơ sở vật chất và kinh phí.", "li"),
        ],
        authors=["Phòng GD&ĐT Krông Nô"],
        opts={
            "time": "10:00",
            "home": None,
            "tags": ["hoc-sinh-gioi"],
            "topic": "nam-hoc-2026-2027",
            "author": "Phòng GD&ĐT Krông Nô",
            "source": None,
            "hits": 2210,
            "rating": (20, 5),
        },
    ),
    Story(
        54,
        "truong-th-nguyen-ba-ngoc-ra-mat-thu-vien-xanh",
        "Trường TH Nguyễn Bá Ngọc ra mắt “Thư viện xanh” cho học sinh",
        "tin-tuc-su-kien",
        "2026-11-05T08:05:00+07:00",
        [
            P(
                "Sáng 04/11, Trường Tiểu học Nguyễn Bá Ngọc (xã Nam Đà) tổ chức lễ ra mắt “Thư "
                "viện xanh” - không gian đọc sách ngoài trời dưới tán cây xanh của sân trường."
            ),
            P(
                "Thư viện được xây dựng từ nguồn xã hội hóa với tổng kinh phí gần 85 triệu đồng, "
                "gồm 6 kệ sách chống nước, 20 bộ bàn ghế và hơn 2.300 đầu sách thiếu nhi do phụ "
                "huynh, cựu học sinh và các nhà hảo tâm quyên góp."
            ),
            Img(
                up("2026_11", "thu-vien-xanh-1.jpg"),
                "Học sinh đọc sách tại Thư viện xanh trong giờ ra chơi",
                "Học sinh đọc sách tại Thư viện xanh trong giờ ra chơi",
                "em",
            ),
            P(
                "Theo cô Phan Thị Yến, Hiệu trưởng nhà trường, thư viện mở cửa cả trong giờ ra chơi "
                "và các buổi chiều thứ Bảy; mỗi lớp được phân công một tuần chăm sóc cây xanh và "
                "sắp xếp sách."
            ),
            Img(up("2026_11", "thu-vien-xanh-2.jpg"), None, None, "none"),
            P(
                "Mô hình góp phần xây dựng văn hóa đọc, giúp học sinh rèn kỹ năng tự học và gắn bó "
                "hơn với trường lớp."
            ),
        ],
        authors=["Hoàng Minh Đức"],
        opts={
            "time": "08:05",
            "home": None,
            "tags": ["thu-vien"],
            "topic": "hoc-tap-suot-doi",
            "author": "Hoàng Minh Đức",
            "source": None,
            "hits": 688,
            "rating": (12, 3),
        },
    ),
    Story(
        53,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-so-2",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường tiểu học số 2",
        "hoat-dong-chuyen-mon",
        "2026-11-03T17:10:00+07:00",
        [
            P(
                "Ngày 31/10/2026, tại Trường TH Kim Đồng, cụm trường tiểu học số 2 gồm 5 trường "
                "của các xã Đức Xuyên, Quảng Phú và Đắk Nang tổ chức sinh hoạt chuyên môn theo "
                "nghiên cứu bài học."
            ),
            P(
                "Tiết dạy minh họa môn Tiếng Việt lớp 3, bài “Ngày hội rừng xanh”, do cô Đỗ Thị "
                "Mai Hương thực hiện. Các giáo viên dự giờ tập trung quan sát hoạt động học của "
                "học sinh thay vì nhận xét người dạy."
            ),
            Img(
                up("2026_11", "shcm-cum-2.jpg"),
                "Giáo viên cụm trường dự giờ tiết dạy minh họa",
                "Giáo viên cụm trường dự giờ tiết dạy minh họa",
                "center",
            ),
            P(
                "Trong phần thảo luận, các thầy cô chia sẻ những khó khăn của học sinh dân tộc "
                "thiểu số khi đọc hiểu văn bản và đề xuất tăng cường hoạt động nhóm, sử dụng tranh "
                "ảnh minh họa gần gũi với đời sống buôn làng."
            ),
            P(
                "Buổi sinh hoạt thống nhất sẽ luân phiên tổ chức tại các trường trong cụm mỗi "
                "tháng một lần."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Đỗ Thị Mai Hương</strong> '
                "(Trường TH Kim Đồng)</p>"
            ),
        ],
        authors=["Đỗ Thị Mai Hương"],
        opts={
            "time": "17:10",
            "home": None,
            "tags": ["chuyen-mon"],
            "topic": None,
            "author": None,
            "source": None,
            "hits": 305,
            "rating": (8, 2),
        },
    ),
    Story(
        52,
        "co-giao-ha-thi-nhung-15-nam-gieo-chu-o-vung-sau-quang-phu",
        "Cô giáo Hà Thị Nhung - 15 năm gieo chữ ở vùng sâu Quảng Phú",
        "guong-dien-hinh",
        "2026-10-28T07:45:00+07:00",
        [
            P(
                "Điểm trường buôn Ja Ra cách trung tâm xã Quảng Phú gần 12 km đường đất đỏ. Mùa mưa, "
                "có những đoạn cô Nhung phải dắt xe máy lội bùn cả tiếng đồng hồ mới tới lớp."
            ),
            P(
                "Tốt nghiệp Trường Cao đẳng Sư phạm Đắk Lắk năm 2011, cô Hà Thị Nhung tình nguyện "
                "nhận công tác tại Trường TH Lê Văn Tám. Từ đó đến nay, cô chưa một lần xin chuyển "
                "về trường trung tâm."
            ),
            Img(
                up("2026_10", "co-nhung-2.jpg"),
                "Cô Nhung hướng dẫn học sinh lớp ghép 1+2 tập viết",
                "Cô Nhung hướng dẫn học sinh lớp ghép 1+2 tập viết",
                "figure",
            ),
            P(
                "Để học sinh M’nông không ngại nói tiếng Việt, cô tự học tiếng M’nông, soạn những "
                "bộ thẻ chữ song ngữ và đến từng nhà vận động phụ huynh cho con đi học đều."
            ),
            P(
                "“Ngày đầu đến buôn, cả lớp chỉ có 9 em, nhiều em không nói được tiếng Việt. Giờ "
                "nhìn các em đọc thông viết thạo, lên lớp 6 ở trường xã, tôi thấy mọi vất vả đều "
                "xứng đáng”, cô Nhung chia sẻ.",
                "quote",
            ),
            P(
                "Nhiều năm liền, điểm trường Ja Ra duy trì sĩ số 100%, không có học sinh bỏ học. "
                "Cô Nhung 3 lần được công nhận giáo viên dạy giỏi cấp huyện và năm 2025 được Chủ "
                "tịch UBND tỉnh tặng Bằng khen."
            ),
            P(
                "Năm học này, cô tiếp tục xin ở lại điểm trường, đồng thời kèm cặp hai giáo viên "
                "trẻ mới về nhận công tác."
            ),
        ],
        authors=["Lê Thị Thu Trang"],
        source="Phòng GD&ĐT Krông Nô",
        summary=(
            "Mười lăm năm bám bản, cô giáo Hà Thị Nhung đã đưa hàng trăm học sinh người M’nông ở "
            "điểm trường buôn Ja Ra vượt qua rào cản ngôn ngữ để đến với con chữ."
        ),
        sapo_outside=True,
        opts={
            "time": "07:45",
            "home": Img(
                up("2026_10", "co-nhung-1.jpg"),
                "Cô giáo Hà Thị Nhung và học trò điểm trường buôn Ja Ra",
                "Cô giáo Hà Thị Nhung và học trò điểm trường buôn Ja Ra",
                "home",
            ),
            "tags": ["nha-giao", "20-11"],
            "topic": "ky-niem-20-11",
            "author": "Lê Thị Thu Trang",
            "source": "Phòng GD&ĐT Krông Nô",
            "hits": 2045,
            "rating": (25, 5),
            "index": True,
        },
    ),
    Story(
        51,
        "hoc-sinh-krong-no-huong-ung-tuan-le-hoc-tap-suot-doi",
        "Học sinh Krông Nô hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc-su-kien",
        "2026-10-22T10:30:00+07:00",
        [
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời - nền "
                "tảng của chuyển đổi số”, các trường học trên địa bàn huyện đã tổ chức nhiều hoạt "
                "động thiết thực."
            ),
            P("Các hoạt động chính:", "h3"),
            P("Ngày hội đọc sách và giới thiệu sách tại 38/38 trường.", "li"),
            P("Cuộc thi “Em tìm hiểu an toàn trên không gian mạng” dành cho học sinh THCS.", "li"),
            P("Tập huấn kỹ năng số cơ bản cho cha mẹ học sinh tại 6 xã.", "li"),
            P(
                "Qua tuần lễ, hơn 9.000 lượt học sinh và 1.200 lượt phụ huynh đã tham gia, góp phần "
                "xây dựng xã hội học tập ở địa phương."
            ),
        ],
        authors=["Tổ Văn phòng"],
        summary=(
            "Từ ngày 01 đến 07/10/2026, hơn 9.000 lượt học sinh các trường trên địa bàn huyện "
            "Krông Nô tham gia các hoạt động hưởng ứng Tuần lễ học tập suốt đời."
        ),
        sapo_outside=True,
        opts={
            "time": "10:30",
            "home": Img(
                up("2026_10", "tuan-le-hoc-tap.jpg"),
                "Ngày hội đọc sách tại Trường THCS Nguyễn Du",
                "Ngày hội đọc sách tại Trường THCS Nguyễn Du",
                "home",
            ),
            "tags": ["thu-vien", "chuyen-doi-so"],
            "topic": "hoc-tap-suot-doi",
            "author": "Tổ Văn phòng",
            "source": None,
            "hits": 540,
            "rating": (10, 3),
        },
    ),
    Story(
        49,
        "ra-quan-phong-chong-duoi-nuoc-cho-hoc-sinh-mua-mua-lu",
        "Ra quân phòng, chống đuối nước và tai nạn thương tích cho học sinh mùa mưa lũ",
        "tin-tuc-su-kien",
        "2026-10-09T15:00:00+07:00",
        [
            P(
                "Trước diễn biến phức tạp của mưa lũ, ngành Giáo dục huyện Krông Nô đồng loạt ra "
                "quân tuyên truyền phòng, chống đuối nước cho học sinh tại các xã ven sông Sêrêpốk "
                "và sông Krông Nô."
            ),
            P("Các trường được yêu cầu:"),
            P("- Rà soát học sinh phải qua sông, suối trên đường đến trường;", "br"),
            P("- Phối hợp với thôn, buôn bố trí người đưa đón tại các điểm nguy hiểm;", "br"),
            P("- Cho học sinh nghỉ học khi có cảnh báo lũ, báo cáo ngay về Phòng.", "br"),
            Img(
                up("2026_10", "duoi-nuoc.jpg"),
                "Học sinh Trường THCS Lương Thế Vinh thực hành kỹ năng an toàn dưới nước",
                "Học sinh Trường THCS Lương Thế Vinh thực hành kỹ năng an toàn dưới nước",
                "em",
            ),
            P(
                "Từ đầu năm học, 100% trường học đã lồng ghép nội dung phòng, chống đuối nước vào "
                "các tiết sinh hoạt dưới cờ và hoạt động trải nghiệm."
            ),
        ],
        source="Báo Đắk Nông",
        opts={
            "time": "15:00",
            "home": None,
            "tags": ["an-toan"],
            "topic": None,
            "author": "BBT",
            "source": "Báo Đắk Nông",
            "hits": 977,
            "rating": (16, 4),
        },
    ),
    Story(
        47,
        "tap-huan-su-dung-phan-mem-quan-ly-ho-so-chuyen-mon-dien-tu",
        "Tập huấn sử dụng phần mềm quản lý hồ sơ chuyên môn điện tử",
        "hoat-dong-chuyen-mon",
        "2026-09-28T11:20:00+07:00",
        [
            P(
                "Trong 2 ngày 25 và 26/9/2026, tại phòng máy Trường THCS Trần Phú, hơn 120 cán bộ "
                "quản lý và tổ trưởng chuyên môn các trường được hướng dẫn sử dụng phần mềm quản "
                "lý hồ sơ chuyên môn điện tử."
            ),
            P(
                "Học viên được thực hành tạo kế hoạch giáo dục, kế hoạch bài dạy, sổ điểm điện tử "
                "và ký số hồ sơ trên phần mềm; cách phân quyền cho tổ trưởng và giáo viên."
            ),
            P(
                "Từ tháng 10/2026, các trường triển khai hồ sơ điện tử thay thế hồ sơ giấy, hoàn "
                "thành trước ngày 31/12/2026."
            ),
        ],
        authors=["Tổ Tiểu học"],
        source="Phòng GD&ĐT Krông Nô",
        summary=(
            "Thực hiện kế hoạch chuyển đổi số năm 2026, Phòng GD&ĐT tổ chức tập huấn sử dụng phần "
            "mềm quản lý hồ sơ chuyên môn điện tử cho cán bộ quản lý và tổ trưởng chuyên môn."
        ),
        sapo_outside=True,
        opts={
            "time": "11:20",
            "home": None,
            "tags": ["chuyen-doi-so", "chuyen-mon"],
            "topic": "nam-hoc-2026-2027",
            "author": "Tổ Tiểu học",
            "source": "Phòng GD&ĐT Krông Nô",
            "hits": 450,
            "rating": (11, 3),
        },
    ),
    Story(
        46,
        "trao-150-suat-hoc-bong-tiep-suc-den-truong",
        "Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh nghèo vượt khó",
        "tin-tuc-su-kien",
        "2026-09-24T09:00:00+07:00",
        [
            P(
                "Ngày 23/9, Phòng GD&ĐT phối hợp với Hội Khuyến học huyện trao 150 suất học bổng "
                "“Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng trị giá 1.000.000 đồng cùng bộ sách giáo khoa và đồ dùng học "
                "tập; tổng giá trị hơn 180 triệu đồng do các doanh nghiệp, nhà hảo tâm ủng hộ."
            ),
            Img(
                up("2026_09", "hoc-bong.jpg"),
                "Đại diện Hội Khuyến học huyện trao học bổng cho học sinh",
                "Đại diện Hội Khuyến học huyện trao học bổng cho học sinh",
                "em",
            ),
            P(
                "Em H’Nhi Byă, học sinh lớp 8 Trường THCS Lương Thế Vinh, xúc động: “Em sẽ cố gắng "
                "học thật tốt để không phụ lòng thầy cô và các cô chú”."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Trần Ngọc Sơn</em></p>'),
        ],
        authors=["Phạm Quốc Bảo"],
        photographers=["Trần Ngọc Sơn"],
        opts={
            "time": "09:00",
            "home": None,
            "tags": ["hoc-bong"],
            "topic": "nam-hoc-2026-2027",
            "author": "Phạm Quốc Bảo",
            "source": None,
            "hits": 366,
            "rating": (7, 2),
        },
    ),
    Story(
        44,
        "em-y-khue-hoc-sinh-mnong-dat-giai-nhi-hoc-sinh-gioi-cap-tinh",
        "Em Y Khuê - học sinh dân tộc M’nông đạt giải Nhì học sinh giỏi cấp tỉnh",
        "guong-dien-hinh",
        "2026-09-16T16:00:00+07:00",
        [
            P(
                "Nhà ở buôn Ol, xã Nâm N’Đir, bố mẹ làm rẫy, Y Khuê (lớp 9A Trường THCS Nguyễn Du) "
                "vẫn đạt giải Nhì môn Toán kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2025-2026."
            ),
            Img(
                up("2026_09", "y-khue.jpg"),
                "Em Y Khuê trong giờ học",
                "Em Y Khuê trong giờ học",
                "figure",
            ),
            P(
                "Không có điều kiện đi học thêm, Khuê tự học qua sách tham khảo mượn của thư viện "
                "và các bài giảng trên truyền hình. Mỗi tối, em dành ít nhất 3 tiếng để giải đề."
            ),
            P(
                "Thầy Nguyễn Văn Phúc, giáo viên bồi dưỡng đội tuyển, cho biết Khuê có tư duy logic "
                "tốt và rất kiên trì: có bài hình học em làm đi làm lại cả tuần cho đến khi tìm "
                "được cách giải gọn nhất."
            ),
            P(
                "Ước mơ của Khuê là trở thành giáo viên Toán để quay về dạy học cho các em nhỏ ở "
                "buôn làng mình."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Thanh Hà</strong></p>'),
        ],
        authors=["Nguyễn Thị Thanh Hà"],
        photographers=["Nguyễn Thị Thanh Hà"],
        opts={
            "time": "16:00",
            "home": None,
            "tags": ["hoc-sinh-gioi"],
            "topic": None,
            "author": None,
            "source": None,
            "hits": 830,
            "rating": (15, 3),
        },
    ),
    Story(
        41,
        "hon-17000-hoc-sinh-krong-no-tung-bung-khai-giang-nam-hoc-moi",
        "Hơn 17.000 học sinh huyện Krông Nô tưng bừng khai giảng năm học mới",
        "tin-tuc-su-kien",
        "2026-09-05T07:30:00+07:00",
        [
            P(
                "Năm học 2026-2027, toàn huyện có 38 trường mầm non, tiểu học và THCS với 17.240 "
                "học sinh, tăng 420 em so với năm học trước; 100% trường tiểu học dạy 2 buổi/ngày."
            ),
            P(
                "Tại Trường TH Nguyễn Bá Ngọc, đồng chí Bí thư Huyện ủy đã dự lễ, đánh trống khai "
                "trường và trao 20 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn."
            ),
            Img(
                up("2026_09", "khai-giang-2.jpg"),
                "Học sinh lớp 1 trong ngày đầu đến trường",
                "Học sinh lớp 1 trong ngày đầu đến trường",
                "figure",
            ),
            P(
                "Ngay sau lễ khai giảng, các trường đã bước vào tuần học đầu tiên theo đúng kế "
                "hoạch thời gian năm học của UBND tỉnh."
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        source="Phòng GD&ĐT Krông Nô",
        summary=(
            "Sáng 05/9, hơn 17.000 học sinh các cấp học trên địa bàn huyện Krông Nô đã dự lễ khai "
            "giảng năm học mới 2026-2027 trong không khí vui tươi, phấn khởi."
        ),
        sapo_outside=True,
        opts={
            "time": "07:30",
            "home": Img(up("2026_09", "khai-giang-1.jpg"), None, None, "home"),
            "tags": ["khai-giang"],
            "topic": "nam-hoc-2026-2027",
            "author": "Nguyễn Văn Hùng",
            "source": "Phòng GD&ĐT Krông Nô",
            "hits": 120,
            "rating": (4, 1),
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the Thông báo article links the exam plan with the wrong category alias (a 301)
OLD_LINK_FROM, OLD_LINK_TO = 59, 55


def sorted_news(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def href(story: Story) -> str:
    return f"/news/{story.cat}/{story.slug}-{story.id}.html"


def print_href(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def savefile_href(story: Story) -> str:
    return f"/news/savefile/{story.cat}/{story.slug}-{story.id}.html"


def sendmail_href(story: Story) -> str:
    return f"/news/sendmail/{story.cat}/{story.slug}-{story.id}.html"


def index_href(story: Story) -> str:
    return f"/index.php?language=vi&amp;nv=news&amp;op={story.cat}/{story.slug}-{story.id}.html"


def in_cat(key: str) -> list[Story]:
    """A category's list: its own articles and its sub-categories' (NukeViet's listcatid)."""
    keys = {key} | {k for k, parent in PARENT.items() if parent == key}
    return sorted_news([s for s in STORIES if s.cat in keys])


def _gold(s: Story) -> dict:
    alts = [print_href(s)]
    if s.opts.get("index"):
        alts.append(index_href(s).replace("&amp;", "&"))
    g = gold_record(s, href(s), CATEGORIES[s.cat], alt_paths=alts)
    home = s.opts.get("home")
    if home:
        g["images"].insert(0, {"path": home.src, "caption": home.caption})
    return g


GOLD = [_gold(s) for s in STORIES]

TOPIC_SAMPLE = "nam-hoc-2026-2027"
TAG_SAMPLE = "hoc-sinh-gioi"
NON_ARTICLES = [
    f"/news/topic/{TOPIC_SAMPLE}/",
    f"/news/tag/{TAG_SAMPLE}/",
    "/news/tin-tuc-su-kien/page-2/",
    "/about/gioi-thieu.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
]


# --- dates --------------------------------------------------------------------------------


def when(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at)


def h_date(story: Story) -> str:
    """NukeViet's ``l - d/m/Y H:i``: "Thứ tư - 18/11/2026 08:30"."""
    d = when(story)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y} {d:%H:%M}"


def day(story: Story) -> str:
    return f"{when(story):%d/%m/%Y}"


# --- article text -------------------------------------------------------------------------


def _img_tag(img: Img, alt: str) -> str:
    return f'<img alt="{esc(alt)}" height="533" src="{img.src}" width="800" />'


def render_body(story: Story) -> str:
    """CKEditor 4 output: paragraphs, lists and tables grouped, image2 figures."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = b.caption or story.title
            if b.style == "figure":
                out.append(
                    f'<figure class="image" style="display:inline-block">{_img_tag(b, alt)}'
                    f"<figcaption>{esc(b.printed)}</figcaption></figure>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b, alt)}</p>')
                if b.style == "em":
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
                elif b.style == "center":
                    out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        elif b.style in ("li", "uli"):
            tag = "ol" if b.style == "li" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"\t<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"\t\t<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width:100%">\n\t<tbody>\n'
                + "\n".join(rows)
                + "\n\t</tbody>\n</table>"
            )
            continue
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p><em>{esc(b.text)}</em></p>\n</blockquote>")
        else:
            lines = [esc(b.text)]
            while (
                i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br"
            ):
                i += 1
                lines.append(esc(blocks[i].text))
            para = "<br />\n".join(lines)
            if story.id == OLD_LINK_FROM and b.text.endswith("tại đây."):
                target = BY_ID[OLD_LINK_TO]
                # the editor typed the address with her own category's alias: NukeViet answers 301
                wrong = f"/news/{story.cat}/{target.slug}-{target.id}.html"
                para = para.replace("tại đây.", f'tại <a href="{wrong}">đây</a>.')
            out.append(f'<p style="text-align: justify;">{para}</p>')
        i += 1
    return "\n".join(out)


def hometext_html(story: Story) -> str:
    home = story.opts.get("home")
    figure = ""
    if home:
        cap = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
        figure = (
            f'<figure class="article left pointer" id="imghome">'
            f'<img alt="{esc(home.caption or story.title)}" src="{home.src}" width="460" '
            f'class="img-thumbnail" />{cap}</figure>'
        )
    if not story.summary:
        return f'<div class="clearfix">{figure}</div>' if figure else ""
    return (
        f'<div class="hometext m-bottom clearfix">{figure}'
        f"<strong>{esc(story.summary)}</strong></div>"
    )


def credits_html(story: Story) -> str:
    rows = []
    if story.opts.get("author"):
        rows.append(
            f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author"])}</p>'
        )
    if story.opts.get("source"):
        rows.append(
            f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source"])}</p>'
        )
    return f'<div class="margin-bottom-lg">{"".join(rows)}</div>' if rows else ""


def thumb(story: Story) -> str:
    home = story.opts.get("home")
    if home:
        month, name = home.src.split("/")[-2:]
        return f"/assets/news/{month}/{name}"
    return "/themes/default/images/no_image.gif"


def teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return " ".join(first.split()[:30]) + "..."


# --- the theme ----------------------------------------------------------------------------

MENU = [
    ("/", "Trang nhất", []),
    ("/about/gioi-thieu.html", "Giới thiệu", [("/about/co-cau-to-chuc.html", "Cơ cấu tổ chức")]),
    ("/news/tin-tuc-su-kien/", "Tin tức - Sự kiện", []),
    ("/news/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn", []),
    ("/news/van-ban-thong-bao/", "Văn bản - Thông báo", [("/news/thong-bao/", "Thông báo")]),
    ("/news/guong-dien-hinh/", "Gương điển hình", []),
    ("/contact/", "Liên hệ", []),
]


def menu_html() -> str:
    items = []
    for link, label, subs in MENU:
        sub = ""
        if subs:
            sub = (
                '<ul class="subnav">'
                + "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in subs)
                + "</ul>"
            )
        items.append(
            f'<li class="dropdown"><a title="{esc(label)}" href="{link}">{esc(label)}</a>{sub}</li>'
        )
    return '<ul class="nav navbar-nav" id="menu-site-default">' + "".join(items) + "</ul>"


def dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def most_read_html() -> str:
    top = sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
    rows = "".join(
        f'<li class="clearfix"><a href="{href(s)}" title="{esc(s.title)}">'
        f'<img src="{thumb(s)}" alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left mr-1"/>'
        f'</a><a title="{esc(s.title)}" href="{href(s)}">{esc(s.title)}</a>'
        f'<span class="text-muted small"> - {dotted(s.opts["hits"])} lượt xem</span></li>'
        for s in top
    )
    return (
        '<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>'
        f'<div class="panel-body"><ul class="block_tophits list-none list-items">{rows}</ul></div></div>'
    )


def calendar_html(year: int, month: int) -> str:
    """The "Xem theo ngày" block: the month's grid, days with news link to a day search."""
    days_with = {when(s).day for s in STORIES if (when(s).year, when(s).month) == (year, month)}
    first = _dt.date(year, month, 1)
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    cells = [""] * first.weekday()
    for d in range(1, (nxt - first).days + 1):
        if d in days_with:
            stamp = f"{d:02d}-{month:02d}-{year}"
            cells.append(
                f'<a href="/news/search/?from_date={stamp}&amp;to_date={stamp}" '
                f'title="Xem tin ngày {d:02d}/{month:02d}/{year}"><strong>{d}</strong></a>'
            )
        else:
            cells.append(str(d))
    cells += [""] * (-len(cells) % 7)
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in cells[k : k + 7]) + "</tr>"
        for k in range(0, len(cells), 7)
    )
    head = "".join(f"<th>{d}</th>" for d in ["T2", "T3", "T4", "T5", "T6", "T7", "CN"])
    return (
        '<div class="panel panel-primary"><div class="panel-heading">Xem theo ngày</div>'
        f'<div class="panel-body"><p class="text-center"><strong>Tháng {month:02d}/{year}</strong></p>'
        f'<table class="table table-bordered calendar"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div></div>"
    )


POLL = [
    "Rất hữu ích, cập nhật kịp thời",
    "Hữu ích",
    "Bình thường",
    "Cần cải tiến thêm",
]


def right_column(cal: tuple[int, int] = (2026, 12)) -> str:
    options = "".join(
        f'<div class="radio"><label><input type="radio" name="option" value="{k + 1}"> {esc(o)}</label></div>'
        for k, o in enumerate(POLL)
    )
    return f"""<div class="col-sm-8 col-md-6 col-sm-push-16 col-md-push-18">
{most_read_html()}
{calendar_html(*cal)}
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">
<form action="/voting/" method="post" name="voting-2">
<p><strong>Bạn đánh giá thế nào về Cổng thông tin điện tử Phòng GD&amp;ĐT Krông Nô?</strong></p>
<input type="hidden" name="vid" value="2" />{options}
<input class="btn btn-success btn-sm" type="submit" value="Biểu quyết" name="submit"/>
<input class="btn btn-primary btn-sm" type="button" value="Xem kết quả" onclick="nv_sendvoting(this.form, '2', 1, 'a3f5c2', '', '0');"/>
</form></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">
<ul class="list-none"><li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.daknong.gov.vn" target="_blank">Sở GD&amp;ĐT Đắk Nông</a></li>
<li><a href="https://krongno.daknong.gov.vn" target="_blank">Cổng TTĐT huyện Krông Nô</a></li>
<li><a href="https://csdl.moet.gov.vn" target="_blank">Cơ sở dữ liệu ngành</a></li></ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>15</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>1.234</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>23.456</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.234.567</span></li>
</ul></div></div>
</div>"""


def breadcrumb_html(trail: list[tuple[str, str]]) -> str:
    items = [
        '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" itemprop="url" '
        'title="Trang nhất"><span itemprop="title">Trang nhất</span></a></li>'
    ]
    for link, label in trail:
        items.append(
            '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb">'
            f'<a href="{link}" itemprop="url" title="{esc(label)}"><span class="txt" itemprop="title">'
            f"{esc(label)}</span></a></li>"
        )
    return (
        '<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none">'
        + "".join(items)
        + "</ul></div>"
    )


def cat_trail(key: str) -> list[tuple[str, str]]:
    trail = [("/news/", "Tin Tức")]
    if key in PARENT:
        trail.append((f"/news/{PARENT[key]}/", CATEGORIES[PARENT[key]]))
    trail.append((f"/news/{key}/", CATEGORIES[key]))
    return trail


def layout(
    request: Request,
    title: str,
    main: str,
    trail: list[tuple[str, str]] | None = None,
    head: str = "",
    cal: tuple[int, int] = (2026, 12),
    marquee: str = "",
) -> str:
    crumbs = breadcrumb_html(trail) if trail is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="generator" content="NukeViet v4.5">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{esc(SITE_NAME)}">
<meta name="copyright" content="{esc(SITE_NAME)} [webmaster@pgdkrongno.edu.vn]">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="StyleSheet" href="/themes/pgdkrongno/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/pgdkrongno/css/style.css">
<link rel="StyleSheet" href="/themes/pgdkrongno/css/news.css">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
{head}
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="main";</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(SITE_NAME)}" href="/"><img src="/uploads/logo-pgd-krongno.png" width="90" height="90" alt="{esc(SITE_NAME)}"></a>
<span class="site_name">{esc(SITE_NAME)}</span><span class="site_description">Ủy ban nhân dân huyện Krông Nô - tỉnh Đắk Nông</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><form action="/seek/" method="get">
<input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm...">
<button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">{menu_html()}</div>
</div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">{crumbs}</div>
<div class="current-time col-xs-24 col-sm-6 col-md-6 text-right"><em class="fa fa-clock-o"></em> {HEADER_DATE}</div>
</div></div></div></nav>
{marquee}
<div class="row">
<div class="col-sm-16 col-md-18 col-sm-pull-8 col-md-pull-6">
{main}
</div>
{right_column(cal)}
</div>
</div></section>
</div>
<footer id="footer" class="footer-wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-16">
<p class="h3"><strong>{esc(SITE_NAME.upper())}</strong></p>
<p>Địa chỉ: Tổ dân phố 2, thị trấn Đắk Mâm, huyện Krông Nô, tỉnh Đắk Nông</p>
<p>Điện thoại: 0261 3684 115 - Fax: 0261 3684 116 - Email: pgdkrongno@daknong.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT huyện Krông Nô</p>
</div>
<div class="col-xs-24 col-sm-24 col-md-8 text-right"><p>&copy; Bản quyền thuộc về Phòng GD&amp;ĐT Krông Nô</p>
<p>Thiết kế bởi <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a> - Tùy biến giao diện: Tổ Tin học</p>
<a href="/users/login/">Đăng nhập</a> | <a href="/siteterms/">Điều khoản sử dụng</a> | <a href="/news/rss/">RSS</a></div>
</div></div></footer>
</div>
<script src="/themes/pgdkrongno/js/main.js"></script>
</body>
</html>"""


# --- pages --------------------------------------------------------------------------------


def _dated_links(stories: list[Story]) -> str:
    return "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{href(s)}" title="{esc(s.title)}">'
        f"{esc(s.title)}</a> <em>({day(s)})</em></li>"
        for s in stories
    )


COMMENTERS = [
    ("Nguyễn Thị Bích Ngọc", "Bài viết rất ý nghĩa, cảm ơn Ban biên tập đã kịp thời đưa tin."),
    ("Y Thuận Mlô", "Chúc các thầy cô luôn mạnh khỏe, nhiệt huyết với nghề."),
    ("Trần Đình Khải", "Mong Phòng tiếp tục đăng tải thêm hình ảnh hoạt động của các trường."),
    ("Phụ huynh Lê Văn Tùng", "Xin hỏi lịch cụ thể đã được gửi về các trường chưa ạ?"),
]


def comments_html(story: Story) -> str:
    items = []
    for k in range(2):
        name, text_ = COMMENTERS[(story.id + k) % len(COMMENTERS)]
        at = when(story) + _dt.timedelta(days=k + 1, hours=2 + k, minutes=13 * k)
        items.append(
            '<div class="media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
            'src="/themes/default/images/users/no_avatar.png" alt="" width="40"/></a>'
            f'<div class="media-body"><div class="comment-content">{esc(text_)}</div>'
            f'<p class="comment-info clearfix"><strong>{esc(name)}</strong> - '
            f'<em class="fa fa-clock-o"></em> {at:%d/%m/%Y %H:%M} '
            '<a href="#formcomment" class="comment-reply"><em class="fa fa-reply"></em> Trả lời</a>'
            '<span class="pull-right"><a href="#" class="comment-like">Thích</a></span></p></div></div>'
        )
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news" data-area="8" data-id="{story.id}">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
<div class="col-xs-12 text-right"><select class="form-control" id="sort"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div></div>
<div id="showcomment" class="margin-bottom-lg"><div class="comment-list">{"".join(items)}</div></div>
<div id="formcomment" class="comment-form"><form method="post" action="/comment/post/" role="form" onsubmit="return false;">
<input type="hidden" name="id" value="{story.id}"><input type="hidden" name="module" value="news">
<input type="hidden" name="checkss" value="c{story.id * 7919:x}">
<div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" class="form-control" placeholder="Tên của bạn"/></div>
<div class="col-xs-12"><input type="email" name="email" class="form-control" placeholder="Email"/></div></div></div>
<div class="form-group clearfix"><textarea class="form-control" name="content" rows="5" placeholder="Nội dung bình luận"></textarea></div>
<div class="form-group clearfix"><input type="text" name="code" maxlength="6" class="form-control captcha" placeholder="Mã bảo mật">
<img class="captchaImg" alt="Mã bảo mật" src="/index.php?scaptcha=captcha&amp;t={story.id}" width="150" height="40"/></div>
<div class="form-group text-center"><input type="button" value="Gửi bình luận" class="btn btn-primary"/> <input type="reset" value="Nhập lại" class="btn btn-default"/></div>
</form></div></div></div></div>"""


def rating_html(story: Story) -> str:
    points, votes = story.opts["rating"]
    titles = [
        "Bài viết rất kém",
        "Bài viết kém",
        "Bài viết đạt",
        "Bài viết tốt",
        "Bài viết rất tốt",
    ]
    stars = "".join(
        f'<input class="hover-star required" type="radio" value="{k + 1}" title="{t}"/>'
        for k, t in enumerate(titles)
    )
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix">
<p id="stringrating"><strong>Đánh giá bài viết</strong><br/>Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>
<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
</div></form>
<script>$(function(){{ $(".hover-star").rating({{focus:function(v,l){{}}, callback:function(v,l){{sendrating("{story.id}", v, "{story.id:04x}")}}}}); }});</script>
</div></div>"""


def article_core(story: Story) -> str:
    return (
        f"{hometext_html(story)}\n"
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n{render_body(story)}\n</div>\n'
        f"{credits_html(story)}"
    )


def article_page(request: Request, story: Story, canonical: bool = True) -> Response:
    base = base_url(request)
    cat = story.cat
    tags = ", ".join(
        f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}/"><em>{esc(TAGS[t])}</em></a>'
        for t in story.opts["tags"]
    )
    same = [s for s in sorted_news(STORIES) if s.cat == cat]
    newer = [s for s in same if s.published_at > story.published_at][-5:]
    older = [s for s in same if s.published_at < story.published_at][:5]
    topic = story.opts.get("topic")
    topic_html = ""
    if topic:
        others = [
            s for s in sorted_news(STORIES) if s.opts.get("topic") == topic and s is not story
        ][:4]
        topic_html = (
            '<div class="news_column panel panel-default"><div class="panel-body other-news">'
            '<p class="h3"><strong>Tin liên quan</strong></p><div class="clearfix"><ul class="related list-items">'
            f"{_dated_links(others)}</ul></div>"
            f'<p class="text-right"><a title="{esc(TOPICS[topic])}" href="/news/topic/{topic}/">'
            "Xem tiếp...</a></p></div></div>"
        )
    newer_html = (
        '<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">'
        f"{_dated_links(newer)}</ul></div>"
        if newer
        else ""
    )
    older_html = (
        '<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">'
        f"{_dated_links(older)}</ul></div>"
        if older
        else ""
    )
    url = f"{base}{href(story)}"
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h-date">{h_date(story)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{sendmail_href(story)}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ấn" href="{print_href(story)}" target="_blank"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{savefile_href(story)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div></div>
{article_core(story)}
</div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags}</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<div class="socialicon clearfix margin-bottom-lg"><strong>Chia sẻ</strong>
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow">Facebook</a>
<a href="https://sp.zalo.me/share_inline?url={url}" target="_blank" rel="nofollow">Zalo</a>
<a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="nofollow">Twitter</a>
<span class="text-muted">Lượt xem: {story.opts["hits"]}</span></div>
</div></div>
{rating_html(story)}
{comments_html(story)}
{topic_html}
<div class="news_column panel panel-default"><div class="panel-body other-news">
{newer_html}
{older_html}
</div></div>"""
    head = (
        f'<meta name="description" content="{esc(teaser(story))}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="article:published_time" content="{story.published_at}">\n'
        f'<meta property="article:section" content="{esc(CATEGORIES[cat])}">'
    )
    if canonical:
        head += f'\n<link rel="canonical" href="{url}">'
    d = when(story)
    return html(
        layout(
            request, f"{story.title} - {SITE_NAME}", main, cat_trail(cat), head, (d.year, d.month)
        )
    )


def print_page(request: Request, story: Story) -> Response:
    url = f"{base_url(request)}{href(story)}"
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="/themes/pgdkrongno/css/news.print.css"></head>
<body><div id="print"><div id="hd_print">
<h2 class="pull-left">{esc(SITE_NAME)}</h2><p class="pull-right"><a title="{esc(SITE_NAME)}" href="/">{base_url(request)}</a></p>
</div><div class="clear"></div><hr/>
<div id="content"><h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{h_date(story)}</li></ul>
<div class="clear"></div>
{article_core(story)}
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{url}" title="{esc(story.title)}">{url}</a></div>
<div class="clear"></div><div class="copyright">&copy; {esc(SITE_NAME)}</div>
<div id="contact"><a href="mailto:pgdkrongno@daknong.edu.vn">pgdkrongno@daknong.edu.vn</a></div>
<div class="text-center"><a href="javascript:;" onclick="window.print()">In bài viết</a> | <a href="javascript:;" onclick="window.close()">Đóng cửa sổ</a></div>
</div></div></body></html>"""
    return html(body)


def savefile(story: Story) -> Response:
    doc = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office' xmlns:w='urn:schemas-microsoft-com:office:word'>"
        f"<head><meta charset='utf-8'><title>{esc(story.title)}</title></head><body>"
        f"<h1>{esc(story.title)}</h1><p>{h_date(story)}</p>{article_core(story)}</body></html>"
    )
    return Response(
        200,
        doc.encode("utf-8"),
        {
            "Content-Type": "application/msword",
            "Content-Disposition": f'attachment; filename="{story.slug}.doc"',
        },
    )


def sendmail_page(request: Request, story: Story) -> Response:
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title></head>
<body><div class="sendmail"><p class="h3">Gửi bài viết qua email</p>
<form method="post" action="{sendmail_href(story)}">
<p>Bài viết: <strong>{esc(story.title)}</strong></p>
<input type="text" name="name" placeholder="Tên của bạn"><input type="email" name="youremail" placeholder="Email của bạn">
<input type="email" name="email" placeholder="Email người nhận"><textarea name="content"></textarea>
<input type="submit" value="Gửi"></form></div></body></html>"""
    return html(body)


def item_html(s: Story, big: bool = True) -> str:
    if not big:
        return f'<li><a href="{href(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
    return f"""<div class="news_column panel panel-default"><div class="panel-body clearfix">
<a href="{href(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb(s)}" width="183" class="img-thumbnail pull-left imghome"/></a>
<h3><a href="{href(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {h_date(s)}</li>
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.opts["hits"]}</li></ul></div>
<p>{esc(teaser(s))}</p>
</div></div>"""


def not_found(request: Request) -> Response:
    main = '<div class="alert alert-danger">Không tìm thấy nội dung bạn yêu cầu hoặc nội dung đã bị xóa!</div>'
    return html(layout(request, f"Lỗi 404 - {SITE_NAME}", main, []), status=404)


def pager_html(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        prev = base if page == 2 else f"{base}page-{page - 1}/"
        links.append(f'<li><a href="{prev}" title="Trang trước">Trước</a></li>')
    for n in range(1, pages + 1):
        target = base if n == 1 else f"{base}page-{n}/"
        links.append(
            '<li class="active"><a href="#">' + str(n) + "</a></li>"
            if n == page
            else f'<li><a href="{target}" title="Trang {n}">{n}</a></li>'
        )
    if page < pages:
        links.append(f'<li><a href="{base}page-{page + 1}/" title="Trang sau">Sau</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(links) + "</ul></div>"


def list_page(
    request: Request,
    heading: str,
    stories: list[Story],
    base: str,
    page: int,
    trail: list[tuple[str, str]],
) -> Response:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page > pages or not stories:
        return not_found(request)
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        f'<div class="page-header"><h2 class="cat-title">{esc(heading)}</h2></div>\n'
        + "\n".join(item_html(s) for s in chunk)
        + pager_html(base, page, pages)
    )
    title = heading + (f" - Trang {page}" if page > 1 else "") + f" - {SITE_NAME}"
    return html(layout(request, title, main, trail))


def home(request: Request) -> Response:
    panels = []
    for key in TOP_CATS:
        stories = in_cat(key)[:4]
        first, rest = stories[0], stories[1:]
        panels.append(
            f'<div class="news_column"><div class="panel panel-default clearfix"><div class="panel-heading">'
            f'<h2><a title="{esc(CATEGORIES[key])}" href="/news/{key}/"><span>{esc(CATEGORIES[key])}</span></a></h2></div>'
            f'<div class="panel-body"><div class="row"><div class="col-md-14">{item_html(first)}</div>'
            f'<div class="col-md-10"><ul class="related list-items">{"".join(item_html(s, False) for s in rest)}</ul></div>'
            "</div></div></div></div>"
        )
    # the IT teacher's hand-coded marquee block, with index.php addresses typed by hand
    featured = [s for s in STORIES if s.opts.get("index")]
    marquee = (
        '<div class="tin-noi-bat"><strong>Tin nổi bật:</strong> <marquee scrollamount="3">'
        + " &bull; ".join(f'<a href="{index_href(s)}">{esc(s.title)}</a>' for s in featured)
        + "</marquee></div>"
    )
    return html(layout(request, f"{SITE_NAME}", "\n".join(panels), None, "", (2026, 12), marquee))


ABOUT = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo huyện Krông Nô là cơ quan chuyên môn thuộc UBND huyện, "
        "tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục mầm non, tiểu "
        "học và trung học cơ sở trên địa bàn huyện.</p><p>Toàn huyện hiện có 38 trường học với "
        "hơn 17.000 học sinh và 1.160 cán bộ, giáo viên, nhân viên.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<h3>Lãnh đạo Phòng</h3><ul><li>Trưởng phòng: Võ Đình Tuấn</li><li>Phó Trưởng phòng: "
        "Trần Văn Lâm</li></ul><h3>Các tổ</h3><table border='1'><tbody><tr><td>Tổ Văn phòng</td>"
        "<td>0261 3684 115</td></tr><tr><td>Tổ Tiểu học</td><td>0261 3684 117</td></tr><tr><td>"
        "Tổ THCS</td><td>0261 3684 118</td></tr></tbody></table>",
    ),
}


def about_page(request: Request, key: str) -> Response:
    title, content = ABOUT[key]
    main = f"""<div class="page panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(title)}</h1>
<div class="bodytext margin-bottom-lg">{content}</div>
<div class="socialicon clearfix"><strong>Chia sẻ</strong>
<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}/about/{key}.html" target="_blank" rel="nofollow">Facebook</a></div>
</div></div>"""
    return html(
        layout(
            request,
            f"{title} - {SITE_NAME}",
            main,
            [("/about/", "Giới thiệu"), (f"/about/{key}.html", title)],
        )
    )


def contact_page(request: Request) -> Response:
    main = """<div class="panel panel-default"><div class="panel-body">
<h2>Liên hệ</h2>
<p><strong>Phòng Giáo dục và Đào tạo huyện Krông Nô</strong></p>
<p>Địa chỉ: Tổ dân phố 2, thị trấn Đắk Mâm, huyện Krông Nô, tỉnh Đắk Nông</p>
<p>Điện thoại: 0261 3684 115 - Email: pgdkrongno@daknong.edu.vn</p>
<form method="post" action="/contact/" class="form-horizontal">
<select name="fpart" class="form-control"><option value="1">Tổ Văn phòng</option><option value="2">Tổ Tiểu học</option><option value="3">Tổ THCS</option></select>
<input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề">
<input type="text" name="fname" class="form-control" placeholder="Họ và tên">
<input type="email" name="femail" class="form-control" placeholder="Email">
<textarea name="fcon" class="form-control" placeholder="Nội dung"></textarea>
<input type="submit" value="Gửi thư" class="btn btn-primary"></form></div></div>"""
    return html(layout(request, f"Liên hệ - {SITE_NAME}", main, [("/contact/", "Liên hệ")]))


def search_page(request: Request) -> Response:
    params = request.params
    frm, to = params.get("from_date", ""), params.get("to_date", "")
    q = params.get("q", "").strip().casefold()

    def day_of(v: str) -> str | None:
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", v)
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None

    lo, hi = day_of(frm), day_of(to)
    hits = [
        s
        for s in sorted_news(STORIES)
        if (lo is None or s.published_at[:10] >= lo)
        and (hi is None or s.published_at[:10] <= hi)
        and (not q or q in s.title.casefold())
    ]
    rows = (
        "".join(
            f'<div class="list-group-item"><h3><a href="{href(s)}">{esc(s.title)}</a></h3>'
            f'<p class="text-muted">{h_date(s)}</p><p>{esc(teaser(s))}</p></div>'
            for s in hits
        )
        or "<p>Không tìm thấy kết quả nào phù hợp.</p>"
    )
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h2>Kết quả tìm kiếm</h2>'
        f"<p>Tìm thấy {len(hits)} kết quả</p>{rows}</div></div>"
    )
    return html(
        layout(
            request,
            f"Tìm kiếm - {SITE_NAME}",
            main,
            [("/news/", "Tin Tức"), ("/news/search/", "Tìm kiếm")],
        )
    )


ARTICLE = re.compile(r"/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
SPECIAL = re.compile(r"/news/(print|savefile|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")


class NukeVietSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/news/") and not request.query:
            return home(request)
        if path == "/index.php":
            return self.index_php(request)
        if path == "/robots.txt":
            return None
        if m := SPECIAL.fullmatch(path):
            kind, cat, slug, sid = m.groups()
            story = BY_ID.get(int(sid))
            if not story or story.slug != slug or story.cat != cat:
                return not_found(request)
            if kind == "print":
                return print_page(request, story)
            if kind == "savefile":
                return savefile(story)
            return sendmail_page(request, story)
        if m := ARTICLE.fullmatch(path):
            cat, slug, sid = m.groups()
            story = BY_ID.get(int(sid))
            if not story or story.slug != slug or cat not in CATEGORIES:
                return not_found(request)
            if cat != story.cat:
                return redirect(base_url(request) + href(story), 301)
            return article_page(request, story)
        if m := re.fullmatch(r"/news/(tag|topic)/([a-z0-9-]+)/(?:page-(\d+)/)?", path):
            kind, key, page = m.group(1), m.group(2), int(m.group(3) or 1)
            names = TAGS if kind == "tag" else TOPICS
            if key not in names:
                return not_found(request)
            field = "tags" if kind == "tag" else "topic"
            stories = [
                s
                for s in sorted_news(STORIES)
                if (key in s.opts["tags"] if field == "tags" else s.opts.get("topic") == key)
            ]
            label = f"Từ khóa: {names[key]}" if kind == "tag" else names[key]
            return list_page(
                request,
                label,
                stories,
                f"/news/{kind}/{key}/",
                page,
                [("/news/", "Tin Tức"), (path, label)],
            )
        if path == "/news/search/":
            return search_page(request)
        if m := re.fullmatch(r"/news/([a-z0-9-]+)/(?:page-(\d+)/)?", path):
            key, page = m.group(1), int(m.group(2) or 1)
            if key not in CATEGORIES:
                return not_found(request)
            return list_page(
                request, CATEGORIES[key], in_cat(key), f"/news/{key}/", page, cat_trail(key)
            )
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return about_page(request, m.group(1)) if m.group(1) in ABOUT else not_found(request)
        if path == "/about/":
            return about_page(request, "gioi-thieu")
        if path == "/contact/":
            return contact_page(request)
        if path == "/seek/":
            return search_page(request)
        return not_found(request)

    def index_php(self, request: Request) -> Response | None:
        params = request.params
        if params.get("nv") != "news" or "op" not in params:
            return not_found(request)
        m = ARTICLE.fullmatch("/news/" + unquote(params["op"]))
        story = BY_ID.get(int(m.group(3))) if m else None
        if not story or m.group(1) != story.cat or m.group(2) != story.slug:
            return not_found(request)
        return article_page(request, story)


def build_site() -> NukeVietSite:
    return NukeVietSite()
