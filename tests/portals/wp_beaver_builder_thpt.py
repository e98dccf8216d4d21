"""Trường THPT Lương Thế Vinh (Biên Hòa, Đồng Nai): WordPress 6 + Beaver Builder + Beaver Themer.

Platform
    WordPress 6.6 with the Beaver Builder plugin (page/post layouts made of rows, column groups,
    columns and modules, every one with a generated 13-hex node id: ``fl-node-5f3a1b2c9d4e1``)
    and Beaver Themer (header, footer, singular and archive layouts built from the same modules:
    ``fl-module-heading``, ``fl-module-fl-post-info``, ``fl-module-fl-post-excerpt``,
    ``fl-module-fl-post-content``, ``fl-module-post-grid``, ``fl-module-fl-comments``), a
    Vietnamese child theme ("ltv-child"), Yoast SEO (breadcrumbs, og tags, JSON-LD) and WP Rocket
    (lazy-loaded images).

URL scheme
    ``/``                                  home (Themer-free page built with BB: slider, grids)
    ``/<slug>/``                           a post (permalinks by post name only)
    ``/<slug>/?replytocom=<N>``            the same post (comment "Trả lời" link)
    ``/<slug>``                            301 to ``/<slug>/``
    ``/<post-slug>/<attachment-slug>/``    a WordPress attachment page (image page)
    ``/chuyen-muc/<cat>/`` + ``/page/<N>/``  category archive (Themer archive layout, 4 per page)
    ``/tin-tuc/`` + ``?fl_builder_paged=<N>`` blog page (BB post grid, 6 per page, load-more)
    ``/tag/<tag>/``, ``/author/ltv-admin/`` (+ ``/page/2/``)  tag and author archives
    ``/gioi-thieu/``, ``/lien-he/``, ``/thu-vien-anh/``, ``/thoi-khoa-bieu/``  pages
    ``/?s=<q>``                            search results
    ``/wp-content/uploads/...``            images

Page templates
    Every page: Themer header (date line "Thứ Bảy, 05/12/2026", hotline, site name as an ``<h1>``
    heading module, menu module with sub-menus), Themer footer (address, phone, email,
    copyright, visitor counter). Singular layout: a 70/30 column group; left: Yoast breadcrumb,
    heading module (the title, ``<h2 class="fl-heading">``), post-info module (author account,
    date, terms, comment count), optional excerpt module, post-content module, share buttons,
    "Bài viết liên quan" post grid, comments module; right: sidebar widgets (search, "Đọc
    nhiều", "Thông báo mới", tag cloud, poll, links).
    Post content comes in two forms: posts built with Beaver Builder render a nested
    ``fl-builder-content`` layout (rows, columns, rich-text, heading, photo, accordion, button
    and html modules); classic posts render WordPress ``<p>`` markup with ``wp-caption``
    figures.

How the gold articles are reached
    Home: slider (3 sticky posts), "Tin mới" grid (4 latest), "Thông báo" box (3). Menu:
    categories, blog page. ``/tin-tuc/`` pages 1–3 (13 posts by 6), category archives (4 per
    page; "Tin tức – Sự kiện" has 6 posts: page 2 holds the two oldest), author archive (10
    per page), tag pages, sidebar "Đọc nhiều", related grids (3 latest of the primary category).
    The two oldest posts (id 313, 305) are reached only from page 2+ of a listing.

Traps
    1. Site name in an ``<h1>`` heading module in the Themer header on every page; the post
       title is an ``<h2 class="fl-heading">`` heading module -> title = the h2 (= og:title).
    2. Post-info date in Vietnamese month words with a 12-hour clock "SA/CH": "17 Tháng Mười
       Một, 2026 lúc 3:30 CH" -> 15:30; "12:10 CH" is noon ten -> 12:10; "12:00 SA" is midnight
       -> the day alone.
    3. Yoast JSON-LD ``datePublished`` and ``article:published_time`` are in UTC (+00:00); for
       a post put up at 6:15 SA the UTC day is the previous day -> gold from the local time
       printed ("2026-12-02T06:15:00+07:00", not "2026-12-01").
    4. The post-info byline "Đăng bởi Lương Thế Vinh" is the school's WordPress account (named
       after the school's patron), linking to ``/author/ltv-admin/`` -> not an author; authors
       come from the signature line at the end of the text.
    5. A post filed in two categories: post-info prints both terms alphabetically ("Chuyên mục:
       Tin tức – Sự kiện, Đoàn Thanh niên", by name), the post shows in both archives;
       the Yoast breadcrumb prints the primary one -> category = breadcrumb's ("Đoàn Thanh niên").
    6. Body of a BB-built post is a nested layout inside ``fl-module-fl-post-content``: several
       rich-text modules, sub-headings as ``fl-module-heading`` (``<h3 class="fl-heading">``,
       same markup as the title), text and photo side by side in two columns -> all text in DOM
       order; the ``fl-module-button`` ("Tải tài liệu chuyên đề (PDF)") is not text.
    7. Responsive duplicates: an editor copied a rich-text module and a photo module for phones
       (``fl-visible-mobile``) next to the desktop ones (``fl-visible-desktop fl-visible-large
       fl-visible-medium``), hidden by CSS -> each paragraph and photo once.
    8. BB photo captions: "hover" captions printed inside ``fl-photo-content`` after the link,
       "below" captions after it; the ``<img title>`` is a camera file name (DSC_4417), never a
       caption; a line "Ảnh: Lê Quang Huy" credits a photographer (caption None).
    9. WP Rocket lazy load: ``src`` is an SVG ``data:`` placeholder, the real file is in
       ``data-lazy-src`` and again in a ``<noscript><img>`` copy -> image once, the real path.
    10. FAQ in an accordion module: questions in ``<a class="fl-accordion-button-label">`` next
        to an icon, answers in collapsed panels (``aria-hidden="true"``) -> question then answer,
        each a paragraph of the body.
    11. Comments module after the post: comment paragraphs and dates ("20 Tháng Mười Một, 2026
        lúc 8:05 CH") are not body and not the date; "Trả lời" links ``?replytocom=N`` serve
        the same post -> alt_paths.
    12. Listings link each post twice (thumbnail and title) plus "Xem thêm »"; on ``/tin-tuc/``
        the BB post grid uses a "Xem thêm bài viết" load-more button, the numbered pagination
        (``?fl_builder_paged=N``) printed in a ``display:none`` block -> pages 2–3 reachable only
        through those hidden links.
    13. An attachment page (``/<post>/<attachment>/``) linked from a photo looks like a post
        (heading, date, byline, image, description) -> not an article (in NON_ARTICLES).
    14. Themer excerpt module prints a manual excerpt above the content in one post -> it is the
        sapo (summary and first body paragraph); the grid's automatic excerpts ("… […]") and
        the meta description are not sapos.
    15. wptexturize: quotes and dashes printed as ``&#8220; &#8221; &#8211;`` -> the
        characters “ ” – in title and text.
    16. An official notice with letterhead table, "Số: …", place and date, "THÔNG BÁO / Về
        việc …" and a "Nơi nhận" / signer table -> not body; date = letterhead day; signer =
        author.
    17. Emoji drawn by WordPress as ``<img class="emoji" alt="👉">`` at the start of lines in one
        post -> a bullet, no text; a typed "✅" in another paragraph is kept.

Gold decisions on ambiguous points
    - ``published_at``: the post-info date (local, Asia/Ho_Chi_Minh) with its time, seconds 00;
      never JSON-LD/og UTC values, the "Cập nhật" line or comment dates; midnight = day alone;
      the official notice takes its letterhead day.
    - A right-aligned unit signing alone ("Tổ Toán – Tin") is the author as printed.
    - Sub-headings (h3 heading modules), accordion questions, table rows ("a | b | c"), list
      items and block quotes are paragraphs of the body.
    - Images: content photos only (BB photo modules, wp-caption figures), real path as the
      ``data-lazy-src``/``src`` prints it (the ``-1024x683`` size), not the linked full size.
    - category: Yoast breadcrumb's last term (the primary category).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_beaver_builder_thpt"
PLATFORM = "WordPress 6 + Beaver Builder / Beaver Themer"
START_PATH = "/"

SITE = "Trường THPT Lương Thế Vinh"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
UP = "/wp-content/uploads/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "doan-thanh-nien": "Đoàn Thanh niên",
    "thong-bao": "Thông báo",
    "to-chuyen-mon": "Tổ chuyên môn",
}
TAGS = {
    "ky-thi": "Kỳ thi",
    "ngoai-khoa": "Hoạt động ngoại khóa",
    "nha-giao": "Nhà giáo",
    "tinh-nguyen": "Tình nguyện",
}


def _sig(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


# --------------------------------------------------------------------------------------------
# the 13 posts (newest first)
# --------------------------------------------------------------------------------------------

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 45%; text-align: center;">SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG NAI<br />'
    "<strong>TRƯỜNG THPT LƯƠNG THẾ VINH</strong><br />Số: 215/TB-THPTLTV</td>"
    '<td style="width: 55%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "</strong><br /><strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br />"
    "<em>Biên Hòa, ngày 03 tháng 12 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 &#8211; 2027</strong></p>"
)
_NOTICE_CLOSE = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "&#8211; GVCN các lớp;<br />&#8211; Học sinh toàn trường;<br />&#8211; Lưu: VT.</td>"
    '<td style="width: 50%; text-align: center;"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG'
    "</strong><br /><br /><em>(đã ký)</em><br /><br /><strong>Nguyễn Văn Hùng</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=486,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-12-03",
        authors=["Nguyễn Văn Hùng"],
        blocks=[
            Raw(_LETTERHEAD),
            P("Căn cứ kế hoạch giáo dục nhà trường năm học 2026 – 2027; căn cứ tình hình thực tế "
              "của đơn vị, Trường THPT Lương Thế Vinh thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ "
              "học sinh và dụng cụ học tập được phép sử dụng."),
            P("Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; các tổ "
              "chuyên môn nộp đề kiểm tra về Phó Hiệu trưởng chuyên môn trước ngày 10/12/2026."),
            Raw(_NOTICE_CLOSE),
        ],
        opts={"layout": "classic", "local": "2026-12-04T16:10:00",
              "printed": "4 Tháng Mười Hai, 2026 lúc 4:10 CH", "tags": ["ky-thi"]},
    ),
    Story(
        id=479,
        slug="doan-truong-trao-tang-ao-am-mua-dong-cho-hoc-sinh-vung-cao",
        title="Đoàn trường trao tặng “Áo ấm mùa đông” cho học sinh vùng cao",
        cat="doan-thanh-nien",
        published_at="2026-12-02T06:15:00+07:00",
        authors=["Phạm Minh Khoa"],
        blocks=[
            P("Hưởng ứng chương trình “Áo ấm mùa đông” năm 2026, Đoàn trường THPT Lương Thế Vinh đã "
              "quyên góp được 620 áo ấm, 300 chăn và hơn 1.200 quyển vở gửi tặng học sinh hai "
              "trường phổ thông dân tộc bán trú tại tỉnh Hà Giang."),
            P("Trong hai tuần phát động, các chi đoàn đã tổ chức hội chợ xuân sớm, bán tăm tre và "
              "thu gom giấy vụn để gây quỹ. Chi đoàn 12A1 dẫn đầu với 86 áo ấm và 4,5 triệu đồng.", "dup"),
            Img(f"{UP}/12/ao-am-mua-dong-1024x683.jpg", "Đoàn viên phân loại áo ấm tại hội trường",
                "Đoàn viên phân loại áo ấm tại hội trường", "below-dup"),
            P("Toàn bộ quà được đóng thành 45 thùng, vận chuyển theo tuyến xe của Tỉnh đoàn vào "
              "sáng ngày 01/12/2026."),
            P("Đồng chí Bí thư Đoàn trường cho biết chương trình sẽ được duy trì hằng năm và mở "
              "rộng sang hình thức “Thư viện sách cũ” cho các điểm trường."),
            _sig("Phạm Minh Khoa – Bí thư Đoàn trường"),
        ],
        opts={"layout": "bb", "local": "2026-12-02T06:15:00",
              "printed": "2 Tháng Mười Hai, 2026 lúc 6:15 SA", "also": ["tin-tuc-su-kien"],
              "tags": ["tinh-nguyen"]},
    ),
    Story(
        id=471,
        slug="to-toan-tin-to-chuc-chuyen-de-day-hoc-phat-trien-nang-luc-so",
        title="Tổ Toán – Tin tổ chức chuyên đề “Dạy học phát triển năng lực số”",
        cat="to-chuyen-mon",
        published_at="2026-11-28T12:10:00+07:00",
        authors=["Tổ Toán – Tin"],
        blocks=[
            P("Chiều ngày 27/11/2026, Tổ Toán – Tin tổ chức chuyên đề cấp trường “Dạy học phát "
              "triển năng lực số cho học sinh qua môn Toán và Tin học” với sự tham dự của 38 giáo viên."),
            P("Mục tiêu của chuyên đề", "h3"),
            P("Chuyên đề nhằm thống nhất cách khai thác phần mềm GeoGebra, bảng tính và học liệu số "
              "trong các tiết dạy, đồng thời rèn cho học sinh kỹ năng tìm kiếm, đánh giá thông tin."),
            P("Cô Đặng Thu Hà trình bày tiết dạy minh họa bài “Hàm số bậc hai” lớp 10, trong đó học "
              "sinh dùng GeoGebra để khảo sát sự biến thiên và tự rút ra kết luận."),
            Img(f"{UP}/11/chuyen-de-nang-luc-so-1024x683.jpg", "Tiết dạy minh họa tại lớp 10A4",
                "Tiết dạy minh họa tại lớp 10A4", "right"),
            P("Kết quả và hướng triển khai", "h3"),
            P("Các ý kiến thảo luận đánh giá cao tính thực tiễn của chuyên đề; tổ thống nhất mỗi "
              "giáo viên thực hiện ít nhất hai tiết dạy ứng dụng học liệu số trong học kỳ II."),
            Raw('<div class="fl-button-wrap fl-button-width-auto fl-button-left">'
                f'<a href="{UP}/11/chuyen-de-nang-luc-so.pdf" target="_blank" class="fl-button">'
                '<span class="fl-button-text">Tải tài liệu chuyên đề (PDF)</span></a></div>'),
            Raw('<p style="text-align: right;"><em>Tổ Toán – Tin</em></p>'),
        ],
        opts={"layout": "bb", "local": "2026-11-28T12:10:00",
              "printed": "28 Tháng Mười Một, 2026 lúc 12:10 CH", "tags": ["ngoai-khoa"]},
    ),
    Story(
        id=466,
        slug="hoi-dap-ve-ky-thi-chon-hoc-sinh-gioi-cap-tinh-nam-hoc-2026-2027",
        title="Hỏi – đáp về kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-25",
        source="Sở GD&ĐT Đồng Nai",
        blocks=[
            P("Nhằm giúp học sinh và cha mẹ học sinh nắm rõ quy định của kỳ thi chọn học sinh giỏi "
              "cấp tỉnh năm học 2026 – 2027, nhà trường tổng hợp một số câu hỏi thường gặp dưới đây."),
            P("Kỳ thi được tổ chức vào ngày nào?", "acc-q"),
            P("Kỳ thi diễn ra trong hai ngày 08 và 09/01/2027 tại Trường THPT chuyên Lương Thế Vinh.", "acc-a"),
            P("Học sinh lớp 10 có được dự thi không?", "acc-q"),
            P("Có. Học sinh lớp 10, 11 được dự thi nếu đạt điểm trung bình môn đăng ký từ 8,0 trở "
              "lên ở năm học trước.", "acc-a"),
            P("Khi nào có kết quả?", "acc-q"),
            P("Kết quả dự kiến công bố trước ngày 25/01/2027 trên cổng thông tin của Sở.", "acc-a"),
            P("Mọi thắc mắc khác, học sinh liên hệ văn phòng nhà trường trong giờ hành chính."),
            Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Đồng Nai</em></p>'),
        ],
        opts={"layout": "bb", "local": "2026-11-25T00:00:00",
              "printed": "25 Tháng Mười Một, 2026 lúc 12:00 SA", "tags": ["ky-thi"]},
    ),
    Story(
        id=452,
        slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:45:00+07:00",
        summary=("Sáng 20/11/2026, Trường THPT Lương Thế Vinh long trọng tổ chức Lễ kỷ niệm 44 năm "
                 "Ngày Nhà giáo Việt Nam, tri ân các thế hệ thầy cô đã gắn bó với mái trường."),
        sapo_outside=True,
        authors=["Trần Thị Mai"],
        photographers=["Lê Quang Huy"],
        blocks=[
            P("Đến dự buổi lễ có đại diện lãnh đạo UBND thành phố Biên Hòa, Ban đại diện cha mẹ học "
              "sinh, các thầy cô giáo nghỉ hưu cùng toàn thể cán bộ, giáo viên và 1.540 học sinh."),
            Img(f"{UP}/11/le-20-11-sanh-truong-1024x683.jpg",
                "Các đại biểu dự lễ kỷ niệm tại sân trường", "Các đại biểu dự lễ kỷ niệm tại sân trường",
                "lazy-hover"),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Võ Thành Trung điểm lại những kết quả nổi bật "
              "của năm học trước: tỷ lệ tốt nghiệp đạt 99,8%, 27 học sinh đạt giải học sinh giỏi cấp tỉnh."),
            P("Nhân dịp này, 12 giáo viên được nhận Giấy khen của Sở GD&ĐT Đồng Nai vì có thành tích "
              "xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt”."),
            Img(f"{UP}/11/le-20-11-khen-thuong-1024x683.jpg", "Ảnh: Lê Quang Huy", None, "lazy-attach"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các khối lớp dàn dựng."),
            Raw('<p style="text-align: right;"><strong>Tin: Trần Thị Mai &#8211; Ảnh: Lê Quang Huy'
                "</strong></p>"),
        ],
        opts={"layout": "bb", "local": "2026-11-20T09:45:00",
              "printed": "20 Tháng Mười Một, 2026 lúc 9:45 SA",
              "modified": "22 Tháng Mười Một, 2026", "tags": ["nha-giao"],
              "comments": [
                  (31, "Phụ huynh Nguyễn Thị Lan", "20 Tháng Mười Một, 2026 lúc 8:05 CH",
                   "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công!"),
                  (34, "Cựu học sinh khóa 2010", "21 Tháng Mười Một, 2026 lúc 7:12 SA",
                   "Nhớ trường, nhớ thầy cô nhiều lắm. Mong có dịp về thăm trường."),
              ]},
    ),
    Story(
        id=447,
        slug="chung-ket-hoi-thi-rung-chuong-vang-khoi-10",
        title="Chung kết Hội thi “Rung chuông vàng” khối 10",
        cat="doan-thanh-nien",
        published_at="2026-11-17T15:30:00+07:00",
        summary=("Chiều 16/11, Đoàn trường tổ chức vòng chung kết Hội thi “Rung chuông vàng” dành cho "
                 "100 thí sinh xuất sắc nhất của khối 10."),
        authors=["Nguyễn Hoàng Yến"],
        blocks=[
            P("Chiều 16/11, Đoàn trường tổ chức vòng chung kết Hội thi “Rung chuông vàng” dành cho "
              "100 thí sinh xuất sắc nhất của khối 10.", "lead"),
            P("Các câu hỏi xoay quanh kiến thức Lịch sử, Địa lý địa phương Đồng Nai, an toàn giao "
              "thông và kỹ năng sống.", "emoji"),
            P("Sau 20 câu hỏi, em Lý Gia Bảo (lớp 10A2) xuất sắc rung chuông vàng và nhận phần "
              "thưởng 2 triệu đồng.", "emoji"),
            Img(f"{UP}/11/rung-chuong-vang-k10-800x533.jpg", "Khoảnh khắc em Lý Gia Bảo rung chuông vàng",
                "Khoảnh khắc em Lý Gia Bảo rung chuông vàng", "wp"),
            P("✅ Giải Nhì thuộc về em Trần Ngọc Trâm (lớp 10A5), giải Ba thuộc về em Võ Nhật Minh "
              "(lớp 10A1)."),
            _sig("Tin, ảnh: Nguyễn Hoàng Yến"),
        ],
        photographers=["Nguyễn Hoàng Yến"],
        opts={"layout": "classic", "local": "2026-11-17T15:30:00",
              "printed": "17 Tháng Mười Một, 2026 lúc 3:30 CH", "tags": ["ngoai-khoa"],
              "comments": [(29, "Lớp 10A2", "17 Tháng Mười Một, 2026 lúc 9:40 CH",
                            "Tự hào về bạn Bảo quá!")]},
    ),
    Story(
        id=440,
        slug="hoc-sinh-dat-12-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Học sinh đạt 12 giải Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T07:05:00+07:00",
        authors=["Đỗ Thị Thanh Thủy"],
        blocks=[
            P("Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Đồng Nai năm học "
              "2026 – 2027, nhà trường có 12 dự án đạt giải, trong đó có 2 giải Nhất."),
            P("Dự án “Hệ thống cảnh báo ngập cho khu dân cư ven sông Đồng Nai” của hai em Nguyễn "
              "Quốc Việt và Hồ Minh Thư (lớp 11A1) được chọn dự thi cấp quốc gia."),
            Img(f"{UP}/11/khkt-cap-tinh-1024x683.jpg", "Nhóm tác giả dự án cảnh báo ngập bên gian trưng bày",
                "Nhóm tác giả dự án cảnh báo ngập bên gian trưng bày", "hover"),
            P("Thầy Phó Hiệu trưởng cho biết nhà trường sẽ hỗ trợ kinh phí và thiết bị để các nhóm "
              "hoàn thiện sản phẩm trước vòng quốc gia."),
            _sig("ThS. Đỗ Thị Thanh Thủy"),
        ],
        opts={"layout": "bb", "local": "2026-11-12T07:05:00",
              "printed": "12 Tháng Mười Một, 2026 lúc 7:05 SA"},
    ),
    Story(
        id=431,
        slug="to-ngu-van-ngoai-khoa-van-hoc-va-que-huong-dong-nai",
        title="Tổ Ngữ văn ngoại khóa “Văn học và quê hương Đồng Nai”",
        cat="to-chuyen-mon",
        published_at="2026-11-06T17:40:00+07:00",
        authors=["Bùi Thị Ngọc Ánh"],
        blocks=[
            P("Sáng 05/11/2026, Tổ Ngữ văn tổ chức buổi ngoại khóa “Văn học và quê hương Đồng Nai” "
              "cho học sinh khối 11 tại hội trường nhà trường."),
            P("Chương trình giới thiệu các tác giả gắn bó với vùng đất Biên Hòa – Đồng Nai như Bình "
              "Nguyên Lộc, Lý Văn Sâm, cùng các bài ca dao về dòng sông Đồng Nai."),
            P("Đồng Nai gạo trắng nước trong, ai đi đến đó thì không muốn về.", "quote"),
            P("Tiết mục sân khấu hóa truyện ngắn do lớp 11A6 thể hiện nhận được nhiều tràng pháo tay."),
            _sig("Bùi Thị Ngọc Ánh"),
        ],
        opts={"layout": "classic", "local": "2026-11-06T17:40:00",
              "printed": "6 Tháng Mười Một, 2026 lúc 5:40 CH"},
    ),
    Story(
        id=424,
        slug="thong-bao-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        title="Thông báo họp cha mẹ học sinh giữa học kỳ I",
        cat="thong-bao",
        published_at="2026-11-02T08:00:00+07:00",
        blocks=[
            P("Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I năm học 2026 – 2027 theo lịch sau:"),
            P("Khối 12: 7 giờ 30 phút, Chủ nhật ngày 08/11/2026.", "li"),
            P("Khối 10 và khối 11: 14 giờ 00, Chủ nhật ngày 08/11/2026.", "li"),
            P("Nội dung: thông báo kết quả học tập giữa kỳ, công tác chuẩn bị kiểm tra cuối học kỳ I "
              "và trao đổi về nền nếp học sinh."),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc'
                '-2026-2027/">Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 &#8211; 2027</a></p>'),
        ],
        opts={"layout": "classic", "local": "2026-11-02T08:00:00",
              "printed": "2 Tháng Mười Một, 2026 lúc 8:00 SA"},
    ),
    Story(
        id=418,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T10:20:00+07:00",
        authors=["Công đoàn trường"],
        blocks=[
            P("Ngày 27/10/2026, Trường THPT Lương Thế Vinh tổ chức Hội nghị viên chức, người lao động "
              "năm học 2026 – 2027 với 112 đại biểu tham dự."),
            P("Hội nghị đã thông qua báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm "
              "học mới và quy chế chi tiêu nội bộ sửa đổi."),
            Img(f"{UP}/10/hoi-nghi-vien-chuc-1024x683.jpg", "Quang cảnh hội nghị",
                "Quang cảnh hội nghị", "below"),
            P("Các đại biểu biểu quyết thông qua nghị quyết hội nghị với tỷ lệ 100%."),
            Raw('<p style="text-align: right;"><em>Công đoàn trường</em></p>'),
        ],
        opts={"layout": "bb", "local": "2026-10-28T10:20:00",
              "printed": "28 Tháng Mười, 2026 lúc 10:20 SA"},
    ),
    Story(
        id=409,
        slug="chi-doan-11a3-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Chi đoàn 11A3 chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="doan-thanh-nien",
        published_at="2026-10-20T16:45:00+07:00",
        authors=["Lâm Bảo Ngọc"],
        blocks=[
            P("Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Chi đoàn 11A3 tổ chức "
              "chương trình “Tri ân cô giáo” với nhiều hoạt động ý nghĩa."),
            P("Các đoàn viên tự tay làm thiệp, cắm hoa và chuẩn bị tiết mục văn nghệ tặng các cô "
              "giáo bộ môn."),
            Img(f"{UP}/10/chi-doan-11a3-20-10-800x600.jpg", None, None, "wp"),
            P("Chương trình khép lại với lời cảm ơn của cô chủ nhiệm Trương Mỹ Linh."),
            _sig("Lâm Bảo Ngọc – lớp 11A3"),
        ],
        opts={"layout": "classic", "local": "2026-10-20T16:45:00",
              "printed": "20 Tháng Mười, 2026 lúc 4:45 CH"},
    ),
    Story(
        id=313,
        slug="truong-tham-gia-hoi-khoe-phu-dong-cap-thanh-pho",
        title="Trường tham gia Hội khỏe Phù Đổng cấp thành phố",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15T14:00:00+07:00",
        authors=["Tổ Thể dục – Quốc phòng"],
        blocks=[
            P("Từ ngày 10 đến 14/10/2026, đoàn vận động viên nhà trường gồm 46 học sinh tham gia Hội "
              "khỏe Phù Đổng thành phố Biên Hòa ở 7 môn thi đấu."),
            P("Kết quả, đoàn giành 5 huy chương vàng, 4 huy chương bạc và 6 huy chương đồng, xếp thứ "
              "ba toàn đoàn khối THPT."),
            Img(f"{UP}/10/hkpd-bong-chuyen-1024x683.jpg", "Đội bóng chuyền nam nhận huy chương vàng",
                "Đội bóng chuyền nam nhận huy chương vàng", "lazy-below"),
            P("Các vận động viên xuất sắc sẽ được tập huấn để tham dự Hội khỏe Phù Đổng cấp tỉnh."),
            Raw('<p style="text-align: right;"><em>Tổ Thể dục – Quốc phòng</em></p>'),
        ],
        opts={"layout": "bb", "local": "2026-10-15T14:00:00",
              "printed": "15 Tháng Mười, 2026 lúc 2:00 CH"},
    ),
    Story(
        id=305,
        slug="tap-huan-ky-nang-phong-chay-chua-chay-cho-hoc-sinh",
        title="Tập huấn kỹ năng phòng cháy, chữa cháy cho học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T09:00:00+07:00",
        blocks=[
            P("Phối hợp với Phòng Cảnh sát PCCC và CNCH Công an tỉnh Đồng Nai, nhà trường tổ chức "
              "tập huấn kỹ năng phòng cháy, chữa cháy cho hơn 500 học sinh khối 10."),
            P("Học sinh được hướng dẫn cách sử dụng bình chữa cháy, thoát nạn qua khói và sơ cứu "
              "người bị bỏng."),
            P("Buổi tập huấn kết thúc bằng phần thực hành dập lửa khay xăng trên sân trường."),
        ],
        opts={"layout": "classic", "local": "2026-10-08T09:00:00",
              "printed": "8 Tháng Mười, 2026 lúc 9:00 SA"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
ATTACHMENT = ("trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11", "le-20-11-khen-thuong")
# sidebar "Đọc nhiều" and home slider (sticky posts), by id
MOST_READ = [452, 447, 479, 440]
STICKY = [452, 471, 486]


def _cats_of(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("also", [])]


def _in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if cat in _cats_of(s)]


def _by_id(i: int) -> Story:
    return next(s for s in STORIES if s.id == i)


# --------------------------------------------------------------------------------------------
# markup helpers
# --------------------------------------------------------------------------------------------


def _node(*key: object) -> str:
    return hashlib.md5(repr(key).encode()).hexdigest()[:13]


def tx(value: str) -> str:
    """Escaped text as wptexturize prints it: quotes and dashes as numeric references."""
    s = esc(value).replace("&quot;", '"')
    for ch, ref in (("“", "&#8220;"), ("”", "&#8221;"), ("–", "&#8211;"), ("’", "&#8217;"),
                    ("…", "&#8230;")):
        s = s.replace(ch, ref)
    return s


def mod(kind: str, inner: str, key: object, extra: str = "") -> str:
    n = _node("mod", kind, key)
    return (f'<div class="fl-module fl-module-{kind} fl-node-{n}{" " + extra if extra else ""}" '
            f'data-node="{n}">\n<div class="fl-module-content fl-node-content">\n{inner}\n</div>\n</div>\n')


def col(inner: str, key: object, width: float = 100, extra: str = "") -> str:
    n = _node("col", key)
    small = " fl-col-small" if width < 50 else ""
    return (f'<div class="fl-col fl-node-{n}{small}{" " + extra if extra else ""}" data-node="{n}" '
            f'style="width: {width:g}%;">\n<div class="fl-col-content fl-node-content">\n{inner}</div>\n</div>\n')


def row(cols: list[str], key: object, extra: str = "") -> str:
    n = _node("row", key)
    g = _node("group", key)
    return (f'<div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-{n}{" " + extra if extra else ""}" '
            f'data-node="{n}">\n<div class="fl-row-content-wrap">\n<div class="fl-row-content '
            f'fl-row-fixed-width fl-node-content">\n<div class="fl-col-group fl-node-{g}" data-node="{g}">\n'
            + "".join(cols) + "</div>\n</div>\n</div>\n</div>\n")


def heading(text_: str, tag: str, key: object, link: str | None = None) -> str:
    inner = f'<span class="fl-heading-text">{tx(text_)}</span>'
    if link:
        inner = f'<a href="{link}" title="{esc(text_)}" target="_self">{inner}</a>'
    return mod("heading", f'<{tag} class="fl-heading">\n\t\t{inner}\n\t</{tag}>', key)


_DESKTOP = "fl-visible-desktop fl-visible-large fl-visible-medium"
_PLACEHOLDER = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024"
                "%20683'%3E%3C/svg%3E")


def _full(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _img_tag(img: Img, n: int, cls: str, lazy: bool) -> str:
    camera = f"DSC_{4400 + n * 17}"
    attrs = f'class="{cls} wp-image-{900 + n}" alt="" title="{camera}" width="1024" height="683"'
    if lazy:
        return (f'<img src="{_PLACEHOLDER}" {attrs} data-lazy-src="{img.src}" '
                f'data-lazy-srcset="{img.src} 1024w, {_full(img.src)} 1600w" data-lazy-sizes="(max-width: '
                f'1024px) 100vw, 1024px" /><noscript><img src="{img.src}" {attrs} /></noscript>')
    return f'<img decoding="async" src="{img.src}" {attrs} itemprop="image" />'


def photo_module(s: Story, img: Img, n: int, extra: str = "", key: object = "") -> str:
    style = img.style
    lazy = "lazy" in style
    link = _full(img.src)
    if "attach" in style:
        link = f"/{ATTACHMENT[0]}/{ATTACHMENT[1]}/"
    tag = _img_tag(img, n, "fl-photo-img size-large", lazy)
    hover = below = ""
    if img.printed:
        if "hover" in style:
            hover = (f'\n<div class="fl-photo-caption fl-photo-caption-hover" itemprop="caption">'
                     f"{tx(img.printed)}</div>")
        else:
            below = (f'\n<div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">'
                     f"{tx(img.printed)}</div>")
    inner = (f'<div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject">\n'
             f'<div class="fl-photo-content fl-photo-img-jpg">\n<a href="{link}" target="_self" itemprop="url">\n'
             f"{tag}\n</a>{hover}\n</div>{below}\n</div>")
    return mod("photo", inner, (s.id, n, key), extra)


def _p_html(p: P) -> str:
    if p.style == "h3":
        return f"<h3>{tx(p.text)}</h3>"
    if p.style == "quote":
        return f"<blockquote><p><em>{tx(p.text)}</em></p></blockquote>"
    if p.style == "lead":
        return f"<p><strong>{tx(p.text)}</strong></p>"
    if p.style == "emoji":
        return ('<p><img draggable="false" role="img" class="emoji" alt="👉" '
                'src="https://s.w.org/images/core/emoji/15.0.3/svg/1f449.svg"> ' + tx(p.text) + "</p>")
    return f"<p>{tx(p.text)}</p>"


def _group_html(ps: list[P]) -> str:
    """Paragraphs to HTML, gathering list items and table rows."""
    out: list[str] = []
    i = 0
    while i < len(ps):
        p = ps[i]
        if p.style == "li":
            items = []
            while i < len(ps) and ps[i].style == "li":
                items.append(f"<li>{tx(ps[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if p.style == "tr":
            rows = []
            first = True
            while i < len(ps) and ps[i].style == "tr":
                cell = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{tx(c)}</{cell}>" for c in ps[i].text.split(" | "))
                            + "</tr>")
                first = False
                i += 1
            out.append('<table class="tablepress" style="width:100%" border="1"><tbody>\n'
                       + "\n".join(rows) + "\n</tbody></table>")
            continue
        out.append(_p_html(p))
        i += 1
    return "\n".join(out)


def classic_content(s: Story) -> str:
    out: list[str] = []
    buf: list[P] = []
    n = 0
    for b in s.blocks:
        if isinstance(b, P):
            buf.append(b)
            continue
        if buf:
            out.append(_group_html(buf))
            buf = []
        if isinstance(b, Img):
            n += 1
            aid = 900 + n + s.id
            tag = (f'<img decoding="async" class="size-large wp-image-{aid}" src="{b.src}" alt="" '
                   f'width="800" height="533" srcset="{b.src} 800w, {_full(b.src)} 1200w" '
                   f'sizes="(max-width: 800px) 100vw, 800px" />')
            if b.printed:
                out.append(f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
                           f'style="width: 800px" class="wp-caption aligncenter">{tag}'
                           f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">'
                           f"{tx(b.printed)}</figcaption></figure>")
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        else:
            out.append(b.html)
    if buf:
        out.append(_group_html(buf))
    return "\n".join(out)


def _accordion(s: Story, items: list[tuple[P, P]], key: object) -> str:
    parts = []
    for i, (q, a) in enumerate(items):
        aid = f"fl-accordion-{_node('acc', key)}-{i}"
        parts.append(
            f'<div class="fl-accordion-item">\n<div class="fl-accordion-button" id="{aid}-tab" '
            f'aria-selected="false" aria-controls="{aid}-panel" aria-expanded="false" role="tab" tabindex="0">\n'
            f'<a href="#" id="{aid}-label" class="fl-accordion-button-label" tabindex="0" '
            f'aria-controls="{aid}-panel">{tx(q.text)}</a>\n'
            '<i class="fl-accordion-button-icon fl-accordion-button-icon-right fas fa-plus"></i>\n</div>\n'
            f'<div class="fl-accordion-content fl-clearfix" id="{aid}-panel" aria-labelledby="{aid}-tab" '
            f'aria-hidden="true" role="tabpanel" aria-live="polite"><p>{tx(a.text)}</p></div>\n</div>')
    return mod("accordion", '<div class="fl-accordion fl-accordion-medium" role="tablist">\n'
               + "\n".join(parts) + "\n</div>", key)


def bb_content(s: Story) -> str:
    """A BB-built post: rich-text, heading, photo, accordion, html modules in rows and columns."""
    rows: list[str] = []
    mods: list[str] = []
    buf: list[P] = []
    n = 0
    blocks = list(s.blocks)
    k = 0

    def flush_text() -> str:
        nonlocal buf
        if not buf:
            return ""
        out = mod("rich-text", f'<div class="fl-rich-text">\n{_group_html(buf)}\n</div>', (s.id, "rt", k))
        buf = []
        return out

    i = 0
    while i < len(blocks):
        b = blocks[i]
        k += 1
        if isinstance(b, P) and b.style == "h3":
            mods.append(flush_text())
            mods.append(heading(b.text, "h3", (s.id, "h", k)))
        elif isinstance(b, P) and b.style == "dup":
            mods.append(flush_text())
            inner = f'<div class="fl-rich-text">\n<p>{tx(b.text)}</p>\n</div>'
            mods.append(mod("rich-text", inner, (s.id, "d", k), _DESKTOP))
            mods.append(mod("rich-text", inner, (s.id, "m", k), "fl-visible-mobile"))
        elif isinstance(b, P) and b.style == "acc-q":
            mods.append(flush_text())
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "acc-q":
                items.append((blocks[i], blocks[i + 1]))
                i += 2
            mods.append(_accordion(s, items, (s.id, "acc", k)))
            continue
        elif isinstance(b, P):
            buf.append(b)
        elif isinstance(b, Img):
            n += 1
            if b.style == "right":
                text_mod = flush_text()
                if mods:
                    rows.append(row([col("".join(mods), (s.id, "c", k))], (s.id, "r", k)))
                    mods = []
                rows.append(row([col(text_mod, (s.id, "cl", k), 58.33),
                                 col(photo_module(s, b, n), (s.id, "cr", k), 41.67)], (s.id, "r2", k)))
            elif b.style.endswith("-dup"):
                mods.append(flush_text())
                mods.append(photo_module(s, b, n, _DESKTOP, "d"))
                mods.append(photo_module(s, b, n, "fl-visible-mobile", "m"))
            else:
                mods.append(flush_text())
                mods.append(photo_module(s, b, n))
        else:
            mods.append(flush_text())
            mods.append(mod("html", b.html, (s.id, "html", k)))
        i += 1
    mods.append(flush_text())
    if any(mods):
        rows.append(row([col("".join(mods), (s.id, "c", "end"))], (s.id, "r", "end")))
    return (f'<div class="fl-builder-content fl-builder-content-{s.id} fl-builder-content-primary '
            f'fl-builder-global-templates-locked" data-post-id="{s.id}">\n' + "".join(rows) + "</div>")


# --------------------------------------------------------------------------------------------
# page chrome
# --------------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Lịch sử truyền thống", "/gioi-thieu/"), ("Liên hệ", "/lien-he/")]),
    ("Tin tức", "/tin-tuc/", [(name, f"/chuyen-muc/{slug}/") for slug, name in CATS.items()]),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Thời khóa biểu", "/thoi-khoa-bieu/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu() -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU):
        cls = f"menu-item menu-item-type-custom menu-item-{1200 + i}"
        if subs:
            sub = "".join(f'<li class="menu-item menu-item-{1300 + i * 10 + j}"><a href="{h}">'
                          f'<span class="menu-item-text">{tx(t)}</span></a></li>'
                          for j, (t, h) in enumerate(subs))
            items.append(f'<li class="{cls} menu-item-has-children fl-has-submenu"><div class="fl-has-submenu-container">'
                         f'<a href="{href}"><span class="menu-item-text">{tx(label)}'
                         '<span class="fl-menu-toggle"></span></span></a></div><ul class="sub-menu">'
                         f"{sub}</ul></li>")
        else:
            items.append(f'<li class="{cls}"><a href="{href}"><span class="menu-item-text">{tx(label)}</span></a></li>')
    return mod("menu", '<div class="fl-menu fl-menu-responsive-toggle-mobile"><button class="fl-menu-mobile-toggle '
               'hamburger" aria-label="Menu"><span class="fl-menu-icon svg-container"></span></button>'
               '<div class="fl-clear"></div><nav aria-label="Menu chính"><ul id="menu-menu-chinh" '
               'class="menu fl-menu-horizontal fl-toggle-arrows">' + "".join(items) + "</ul></nav></div>",
               "menu")


def header() -> str:
    top = mod("html", f'<div class="ltv-topbar"><span class="ltv-ngay">{HEADER_DATE}</span> &nbsp;|&nbsp; '
              'Hotline: 0251 3822 417 &nbsp;|&nbsp; <a href="https://www.facebook.com/thptluongthevinh.bienhoa" '
              'target="_blank" rel="noopener">Facebook</a></div>', "topbar")
    logo = mod("photo", '<div class="fl-photo fl-photo-align-left"><div class="fl-photo-content fl-photo-img-png">'
               '<a href="/"><img src="/wp-content/uploads/2024/05/logo-ltv.png" alt="Logo THPT Lương Thế Vinh" '
               'width="96" height="96" class="fl-photo-img" /></a></div></div>', "logo")
    name = heading("TRƯỜNG THPT LƯƠNG THẾ VINH", "h1", "sitename", "/")
    sub = mod("rich-text", '<div class="fl-rich-text"><p>Sở Giáo dục và Đào tạo Đồng Nai &#8211; Biên Hòa</p></div>',
              "tagline")
    return ('<header class="fl-builder-content fl-builder-content-12 fl-builder-global-templates-locked" '
            'data-post-id="12" data-type="header" itemscope="itemscope" itemtype="http://schema.org/WPHeader">\n'
            + row([col(top, "tb")], "topbar", "ltv-top")
            + row([col(logo, "logo", 12), col(name + sub, "name", 88)], "brand")
            + row([col(_menu(), "menu")], "menu", "fl-row-bg-color")
            + "</header>\n")


def footer() -> str:
    info = mod("rich-text", '<div class="fl-rich-text"><p><strong>TRƯỜNG THPT LƯƠNG THẾ VINH</strong></p>'
               "<p>Địa chỉ: 12 Đường Nguyễn Ái Quốc, phường Tân Phong, thành phố Biên Hòa, tỉnh Đồng Nai</p>"
               "<p>Điện thoại: 0251 3822 417 &#8211; Email: c3luongthevinh.bienhoa@dongnai.edu.vn</p></div>",
               "finfo")
    counter = mod("html", '<div class="ltv-thongke"><ul><li>Đang online: <b>27</b></li><li>Hôm nay: <b>642</b>'
                  '</li><li>Tổng truy cập: <b>1.284.310</b></li></ul></div>', "counter")
    copy = mod("rich-text", '<div class="fl-rich-text"><p>© 2026 Trường THPT Lương Thế Vinh. '
               "Thiết kế bởi Tổ Tin học.</p></div>", "copy")
    return ('<footer class="fl-builder-content fl-builder-content-14 fl-builder-global-templates-locked" '
            'data-post-id="14" data-type="footer" itemscope="itemscope" itemtype="http://schema.org/WPFooter">\n'
            + row([col(info, "fi", 60), col(counter, "fc", 40)], "foot")
            + row([col(copy, "fcp")], "copy") + "</footer>\n")


def _grid_date(s: Story) -> str:
    d = datetime.fromisoformat(s.opts["local"])
    return f"Tháng {['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai'][d.month - 1]} {d.day}, {d.year}"


def _thumb(s: Story) -> str:
    img = next(iter(s.images), None)
    src = img.src.replace("-1024x683", "-300x200").replace("-800x533", "-300x200").replace("-800x600", "-300x200") \
        if img else "/wp-content/uploads/2024/05/no-thumb-300x200.jpg"
    return src


def _excerpt(s: Story) -> str:
    words = " ".join(p for p in s.paragraphs).split()
    return " ".join(words[:28]) + " [&hellip;]"


def post_grid(stories: list[Story], key: object, excerpt: bool = True, pagination: str = "") -> str:
    posts = []
    for s in stories:
        posts.append(
            f'<div class="fl-post-grid-post fl-post-align-default post-{s.id} post type-post status-publish '
            f'format-standard has-post-thumbnail hentry category-{s.cat}" itemscope itemtype="https://schema.org/BlogPosting">\n'
            f'<div class="fl-post-grid-image"><a href="/{s.slug}/" title="{esc(s.title)}">'
            f'<img width="300" height="200" src="{_thumb(s)}" class="attachment-medium size-medium wp-post-image" '
            f'alt="" /></a></div>\n<div class="fl-post-grid-text">\n<h2 class="fl-post-grid-title" itemprop="headline">'
            f'<a href="/{s.slug}/" title="{esc(s.title)}">{tx(s.title)}</a></h2>\n<div class="fl-post-grid-meta">'
            f'<span class="fl-post-grid-date">{_grid_date(s)}</span></div>\n'
            + (f'<div class="fl-post-grid-content"><p>{_excerpt(s)}</p>\n<a class="fl-post-grid-more" '
               f'href="/{s.slug}/" title="{esc(s.title)}">Xem thêm »</a></div>\n' if excerpt else "")
            + "</div>\n</div>")
    inner = ('<div class="fl-post-grid" itemscope="itemscope" itemtype="https://schema.org/Collection">\n'
             + "\n".join(posts) + '\n<div class="fl-post-grid-sizer"></div></div>\n<div class="fl-clear"></div>'
             + pagination)
    return mod("post-grid", inner, key)


def sidebar() -> str:
    search = mod("widget", '<div class="fl-widget"><div class="widget widget_search"><form role="search" '
                 'method="get" class="searchform" action="/"><input type="text" name="s" placeholder="Tìm kiếm…" />'
                 '<input type="submit" value="Tìm" /></form></div></div>', "search")
    most = "".join(f'<li><a href="/{_by_id(i).slug}/">{tx(_by_id(i).title)}</a> <span class="luot-xem">'
                   f"({_by_id(i).views()} lượt xem)</span></li>" for i in MOST_READ)
    most_read = mod("widget", '<div class="fl-widget"><h2 class="widgettitle">Đọc nhiều</h2>'
                    f'<ul class="wpp-list">{most}</ul></div>', "most")
    notices = "".join(f'<li><a href="/{s.slug}/">{tx(s.title)}</a></li>' for s in _in_cat("thong-bao")[:3])
    notice = mod("widget", '<div class="fl-widget"><h2 class="widgettitle">Thông báo mới</h2>'
                 f"<ul>{notices}</ul></div>", "notices")
    tags = " ".join(f'<a href="/tag/{t}/" class="tag-cloud-link">{tx(n)}</a>' for t, n in TAGS.items())
    tag_cloud = mod("widget", '<div class="fl-widget"><h2 class="widgettitle">Từ khóa</h2>'
                    f'<div class="tagcloud">{tags}</div></div>', "tags")
    poll = mod("widget", '<div class="fl-widget"><h2 class="widgettitle">Bình chọn</h2><p>Bạn thấy website '
               'nhà trường thế nào?</p><ul><li><label><input type="radio" name="poll_1" value="1"> Rất hữu ích'
               '</label></li><li><label><input type="radio" name="poll_1" value="2"> Bình thường</label></li>'
               '</ul><button type="button" disabled>Bình chọn</button></div>', "poll")
    links = mod("widget", '<div class="fl-widget"><h2 class="widgettitle">Liên kết</h2><ul>'
                '<li><a href="https://dongnai.edu.vn" target="_blank">Sở GD&amp;ĐT Đồng Nai</a></li>'
                '<li><a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a></li></ul></div>', "links")
    return search + most_read + notice + tag_cloud + poll + links


def page(request: Request, title: str, main: str, *, canonical: str, desc: str = "", head: str = "",
         body_cls: str = "page", side: bool = True, robots: str = "index, follow") -> Response:
    base = base_url(request)
    full_title = f"{title} &#8211; {SITE}" if title != SITE else f"{SITE} &#8211; Biên Hòa, Đồng Nai"
    content = (row([col(main, ("main", canonical), 70), col(sidebar(), ("side", canonical), 30)], ("body", canonical))
               if side else main)
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{full_title}</title>
<meta name="robots" content="{robots}, max-image-preview:large" />
<meta name="description" content="{esc(desc)}" />
<link rel="canonical" href="{base}{canonical}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:url" content="{base}{canonical}" />
{head}<link rel="stylesheet" id="fl-builder-layout-bundle-css" href="/wp-content/uploads/bb-plugin/cache/bundle-layout.css?ver=2.8.3.2" media="all" />
<link rel="stylesheet" href="/wp-content/themes/ltv-child/style.css?ver=1.0.4" media="all" />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="{body_cls} fl-builder fl-theme-builder-header fl-theme-builder-footer fl-framework-base-4 fl-preset-default fl-full-width" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="fl-page">
{header()}<div id="fl-main-content" class="fl-page-content" itemprop="mainContentOfPage" role="main">
{content}</div>
{footer()}</div>
<script src="/wp-content/plugins/bb-plugin/js/fl-builder-layout.js?ver=2.8.3.2"></script>
</body>
</html>"""
    return html(doc)


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in items:
        if href:
            parts.append(f'<span><a href="{href}">{tx(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{tx(label)}</span>')
    return mod("html", '<p id="breadcrumbs" class="ltv-breadcrumb">' + " » ".join(parts) + "</p>", "bc")


# --------------------------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------------------------


def _utc(local: str) -> str:
    return datetime.fromisoformat(local).replace(tzinfo=TZ).astimezone(ZoneInfo("UTC")).isoformat()


def _related(s: Story) -> list[Story]:
    return [o for o in STORIES if o.id != s.id and s.cat in _cats_of(o)][:3]


def _comments(s: Story) -> str:
    cs = s.opts.get("comments", [])
    items = []
    for cid, who, when, said in cs:
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}" '
            'class="comment-body clearfix"><div class="comment-meta"><span class="comment-avatar">'
            "<img alt='' src='/wp-content/uploads/2024/05/avatar-mac-dinh.png' class='avatar avatar-80' "
            f"height='80' width='80' /></span><span class=\"fl-comment-author\">{esc(who)}</span> "
            f'<span class="fl-comment-date">{when}</span></div><div class="comment-content clearfix">'
            f'<p>{tx(said)}</p><a rel="nofollow" class="comment-reply-link" href="/{s.slug}/?replytocom={cid}#respond" '
            f'data-commentid="{cid}" data-postid="{s.id}" aria-label="Trả lời {esc(who)}">Trả lời</a></div></div></li>')
    title = f'<h3 class="fl-comments-list-title">{len(cs)} Bình luận</h3><ol class="fl-comments-list">' \
        + "".join(items) + "</ol>" if cs else ""
    form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
            'Để lại bình luận</h3><form action="/wp-comments-post.php" method="post" id="commentform">'
            '<p>Email của bạn sẽ không được hiển thị công khai.</p><textarea name="comment" rows="8"></textarea>'
            '<input name="author" type="text" placeholder="Tên *" /><input name="email" type="text" placeholder="Email *" />'
            f'<input type="submit" value="Gửi bình luận" /><input type="hidden" name="comment_post_ID" value="{s.id}" />'
            "</form></div>")
    return mod("fl-comments", f'<div class="fl-comments"><div id="comments">{title}{form}</div></div>', (s.id, "cm"))


def post_page(request: Request, s: Story) -> Response:
    primary = s.cat
    terms = sorted(_cats_of(s), key=lambda t: CATS[t])  # WordPress orders a post's terms by name
    term_links = ", ".join(f'<a href="/chuyen-muc/{t}/" rel="tag">{tx(CATS[t])}</a>' for t in terms)
    ncom = len(s.opts.get("comments", []))
    modified = (f'<span class="fl-post-info-sep"> | </span><span class="fl-post-info-modified-date">Cập nhật: '
                f'{s.opts["modified"]}</span>' if s.opts.get("modified") else "")
    info = mod("fl-post-info",
               '<div class="fl-post-info"><span class="fl-post-info-author">Đăng bởi <a href="/author/ltv-admin/">'
               'Lương Thế Vinh</a></span><span class="fl-post-info-sep"> | </span><span class="fl-post-info-date">'
               f'{s.opts["printed"]}</span>{modified}<span class="fl-post-info-sep"> | </span>'
               f'<span class="fl-post-info-terms">Chuyên mục: {term_links}</span>'
               f'<span class="fl-post-info-sep"> | </span><span class="fl-post-info-comments"><a href="/{s.slug}/#comments">'
               f'{ncom} Bình luận</a></span></div>', (s.id, "info"))
    excerpt = ""
    if s.summary and s.sapo_outside:
        excerpt = mod("fl-post-excerpt", f"<p>{tx(s.summary)}</p>", (s.id, "ex"), "ltv-sapo")
    content = bb_content(s) if s.opts["layout"] == "bb" else classic_content(s)
    body = mod("fl-post-content", content, (s.id, "pc"))
    tags = s.opts.get("tags", [])
    tag_html = mod("html", '<div class="ltv-tags">Từ khóa: ' + ", ".join(
        f'<a href="/tag/{t}/" rel="tag">{tx(TAGS[t])}</a>' for t in tags) + "</div>", (s.id, "tags")) if tags else ""
    share = mod("html", '<div class="ltv-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/'
                f'sharer.php?u={base_url(request)}/{s.slug}/" target="_blank" rel="nofollow">Facebook</a> '
                '<a href="javascript:window.print()">In bài viết</a></div>', (s.id, "share"))
    rel = heading("Bài viết liên quan", "h4", (s.id, "relh")) + post_grid(_related(s), (s.id, "rel"), excerpt=False)
    bc = _breadcrumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (CATS[primary], f"/chuyen-muc/{primary}/"),
                      (s.title, None)])
    main = (bc + heading(s.title, "h2", (s.id, "title")) + info + excerpt + body + tag_html + share + rel
            + _comments(s))
    layout = ('<div class="fl-builder-content fl-builder-content-88 fl-builder-global-templates-locked" '
              'data-post-id="88" data-type="singular">\n' + main + "</div>\n")
    url = f"{base_url(request)}/{s.slug}/"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": "Lương Thế Vinh", "@id": f"{base_url(request)}/#/schema/person/ltv-admin"},
         "headline": s.title, "datePublished": _utc(s.opts["local"]),
         "dateModified": _utc(s.opts["local"]), "articleSection": [CATS[t] for t in terms],
         "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base_url(request)}/"},
            {"@type": "ListItem", "position": 2, "name": s.title}]}]}
    img = next(iter(s.images), None)
    head = (f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(s.title)}" />\n'
            f'<meta property="article:published_time" content="{_utc(s.opts["local"])}" />\n'
            + (f'<meta property="og:image" content="{base_url(request)}{_full(img.src)}" />\n' if img else "")
            + '<meta name="author" content="Lương Thế Vinh" />\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>\n')
    robots = "noindex, follow" if "replytocom" in request.params else "index, follow"
    return page(request, s.title, layout, canonical=f"/{s.slug}/", desc=_excerpt(s).replace(" [&hellip;]", "…"),
                head=head, body_cls=f"post-template-default single single-post postid-{s.id} single-format-standard "
                "fl-theme-builder-singular", side=True, robots=robots)


def _archive(request: Request, title: str, items: list[Story], pg: int, per: int, base: str, bc: str) -> Response | None:
    pages = max(1, -(-len(items) // per))
    if pg < 1 or pg > pages:
        return None
    chunk = items[(pg - 1) * per: pg * per]
    links = []
    if pg > 1:
        links.append(f'<a class="prev page-numbers" href="{base if pg == 2 else f"{base}page/{pg - 1}/"}">« Trang trước</a>')
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page/{n}/"
        links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == pg
                     else f'<a class="page-numbers" href="{href}">{n}</a>')
    if pg < pages:
        links.append(f'<a class="next page-numbers" href="{base}page/{pg + 1}/">Trang sau »</a>')
    pag = f'<div class="fl-builder-pagination"><ul class="page-numbers"><li>{"</li><li>".join(links)}</li></ul></div>' \
        if pages > 1 else ""
    main = ('<div class="fl-builder-content fl-builder-content-92" data-post-id="92" data-type="archive">\n'
            + _breadcrumb([("Trang chủ", "/"), (bc, None)])
            + heading(title, "h1", ("arch", base)) + post_grid(chunk, ("arch-grid", base), pagination=pag) + "</div>")
    canonical = base if pg == 1 else f"{base}page/{pg}/"
    return page(request, title + (f" &#8211; Trang {pg}" if pg > 1 else ""), main, canonical=canonical,
                body_cls="archive category fl-theme-builder-archive")


def blog_page(request: Request) -> Response | None:
    raw = request.params.get("fl_builder_paged", "1")
    if not raw.isdigit():
        return None
    pg = int(raw)
    per = 6
    pages = -(-len(STORIES) // per)
    if pg < 1 or pg > pages:
        return None
    chunk = STORIES[(pg - 1) * per: pg * per]
    nums = []
    for n in range(1, pages + 1):
        href = "/tin-tuc/" if n == 1 else f"/tin-tuc/?fl_builder_paged={n}"
        nums.append(f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>' if n == pg
                    else f'<li><a class="page-numbers" href="{href}">{n}</a></li>')
    if pg < pages:
        nums.append(f'<li><a class="next page-numbers" href="/tin-tuc/?fl_builder_paged={pg + 1}">Tiếp »</a></li>')
    pag = ('<div class="fl-builder-pagination fl-builder-pagination-load-more-hidden" style="display:none;">'
           f'<ul class="page-numbers">{"".join(nums)}</ul></div>'
           + ('<div class="fl-builder-pagination-load-more"><div class="fl-button-wrap fl-button-width-auto">'
              '<a href="#" class="fl-button" role="button"><span class="fl-button-text">Xem thêm bài viết</span>'
              '</a></div></div>' if pg < pages else ""))
    main = (_breadcrumb([("Trang chủ", "/"), ("Tin tức", None)]) + heading("Tin tức", "h1", "blog")
            + post_grid(chunk, "blog-grid", pagination=pag))
    layout = ('<div class="fl-builder-content fl-builder-content-7 fl-builder-content-primary" data-post-id="7">\n'
              + row([col(main, "blogc")], "blogr") + "</div>")
    return page(request, "Tin tức", layout, canonical="/tin-tuc/" if pg == 1 else f"/tin-tuc/?fl_builder_paged={pg}",
                body_cls="page-template-default page page-id-7 fl-builder")


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="fl-post-slider-post swiper-slide"><div class="fl-post-slider-feat-img"><a href="/{s.slug}/">'
        f'<img src="{_full(s.images[0].src) if s.images else "/wp-content/uploads/2024/05/banner-truong.jpg"}" '
        'alt="" /></a></div><div class="fl-post-slider-content"><h2 class="fl-post-slider-title">'
        f'<a href="/{s.slug}/">{tx(s.title)}</a></h2></div></div>' for s in (_by_id(i) for i in STICKY))
    slider = mod("post-slider", f'<div class="fl-post-slider" itemscope><div class="fl-post-slider-wrapper '
                 f'swiper-wrapper">{slides}</div></div>', "slider")
    latest = heading("Tin mới", "h3", "latest-h", "/tin-tuc/") + post_grid(STORIES[:4], "home-latest")
    notices = "".join(f'<li><a href="/{s.slug}/">{tx(s.title)}</a> <em>({_grid_date(s)})</em></li>'
                      for s in _in_cat("thong-bao")[:3])
    notice = heading("Thông báo", "h3", "tb-h", "/chuyen-muc/thong-bao/") + mod(
        "rich-text", f'<div class="fl-rich-text"><ul class="ltv-thongbao">{notices}</ul></div>', "home-tb")
    welcome = mod("rich-text", '<div class="fl-rich-text"><p>Chào mừng quý phụ huynh và các em học sinh đến với '
                  'website Trường THPT Lương Thế Vinh – Biên Hòa. <a href="/gioi-thieu/">Tìm hiểu thêm</a></p></div>',
                  "welcome")
    layout = ('<div class="fl-builder-content fl-builder-content-2 fl-builder-content-primary" data-post-id="2">\n'
              + row([col(slider, "hs")], "home-slider", "fl-row-full-width")
              + row([col(latest, "hl", 66.67), col(notice + welcome, "hn", 33.33)], "home-main") + "</div>")
    return page(request, SITE, layout, canonical="/", desc="Website Trường THPT Lương Thế Vinh, Biên Hòa, Đồng Nai",
                body_cls="home page-template-default page page-id-2 fl-builder", side=False)


STATIC_PAGES = {
    "/gioi-thieu/": ("Giới thiệu", [
        "Trường THPT Lương Thế Vinh được thành lập năm 1994 theo quyết định của UBND tỉnh Đồng Nai.",
        "Hiện nay trường có 38 lớp với 1.540 học sinh, 96 cán bộ, giáo viên, nhân viên.",
        "Nhiều năm liền trường đạt danh hiệu Tập thể lao động xuất sắc.",
    ]),
    "/lien-he/": ("Liên hệ", [
        "Địa chỉ: 12 Đường Nguyễn Ái Quốc, phường Tân Phong, thành phố Biên Hòa, tỉnh Đồng Nai.",
        "Điện thoại: 0251 3822 417.",
        "Email: c3luongthevinh.bienhoa@dongnai.edu.vn",
    ]),
    "/thoi-khoa-bieu/": ("Thời khóa biểu", [
        "Thời khóa biểu học kỳ I năm học 2026 – 2027, áp dụng từ ngày 09/11/2026.",
        "Tải về: TKB_HK1_2026-2027_lan3.pdf",
    ]),
}


def static_page(request: Request, path: str) -> Response:
    title, paras = STATIC_PAGES[path]
    text = "".join(f"<p>{tx(p)}</p>" for p in paras)
    if path == "/thoi-khoa-bieu/":
        text += f'<p><a href="{UP}/11/TKB_HK1_2026-2027_lan3.pdf">Tải thời khóa biểu (PDF)</a></p>'
    main = (_breadcrumb([("Trang chủ", "/"), (title, None)]) + heading(title, "h1", ("pg", path))
            + mod("rich-text", f'<div class="fl-rich-text">{text}</div>', ("pgt", path)))
    layout = (f'<div class="fl-builder-content fl-builder-content-{len(path)} fl-builder-content-primary">\n'
              + row([col(main, ("pgc", path))], ("pgr", path)) + "</div>")
    return page(request, title, layout, canonical=path, body_cls="page-template-default page fl-builder")


def album_page(request: Request) -> Response:
    items = "".join(f'<div class="fl-mosaicflow-item"><a href="{_full(i.src)}" data-caption="{esc(i.printed or "")}">'
                    f'<img src="{i.src}" alt="" width="300" /></a></div>'
                    for s in STORIES for i in s.images[:1])
    main = (_breadcrumb([("Trang chủ", "/"), ("Thư viện ảnh", None)]) + heading("Thư viện ảnh", "h1", "album")
            + mod("gallery", f'<div class="fl-mosaicflow"><div class="fl-mosaicflow-content">{items}</div></div>', "gal"))
    return page(request, "Thư viện ảnh", row([col(main, "albc")], "albr"), canonical="/thu-vien-anh/",
                body_cls="page fl-builder")


def attachment_page(request: Request) -> Response:
    s = BY_SLUG[ATTACHMENT[0]]
    img = s.images[1]
    main = (_breadcrumb([("Trang chủ", "/"), (s.title, f"/{s.slug}/"), (ATTACHMENT[1], None)])
            + heading(ATTACHMENT[1], "h2", "att")
            + mod("fl-post-info", '<div class="fl-post-info"><span class="fl-post-info-author">Đăng bởi <a href="/author/'
                  'ltv-admin/">Lương Thế Vinh</a></span><span class="fl-post-info-sep"> | </span><span class="fl-post-info-date">'
                  "20 Tháng Mười Một, 2026 lúc 9:31 SA</span></div>", "attinfo")
            + mod("fl-post-content", f'<p class="attachment"><a href="{_full(img.src)}"><img src="{img.src}" '
                  'class="attachment-medium size-medium" alt="" /></a></p><p>Giáo viên nhận Giấy khen của Sở GD&amp;ĐT.</p>',
                  "attbody"))
    return page(request, ATTACHMENT[1], main, canonical=f"/{ATTACHMENT[0]}/{ATTACHMENT[1]}/",
                body_cls="attachment attachment-template-default single single-attachment", side=True)


def search_page(request: Request) -> Response:
    q = request.params.get("s", "").strip().lower()
    hits = [s for s in STORIES if q and q in s.title.lower()][:10]
    main = heading(f"Kết quả tìm kiếm: {request.params.get('s', '')}", "h1", "search") + (
        post_grid(hits, "search-grid") if hits else mod("rich-text", "<p>Không tìm thấy bài viết phù hợp.</p>", "nohit"))
    return page(request, "Tìm kiếm", main, canonical="/", body_cls="search", robots="noindex, follow")


_CAT_RE = re.compile(r"^/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?$")
_TAG_RE = re.compile(r"^/tag/([a-z-]+)/(?:page/(\d+)/)?$")
_AUTHOR_RE = re.compile(r"^/author/ltv-admin/(?:page/(\d+)/)?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/wp-content/") or path.startswith("/wp-includes/"):
            return static_file(path)
        if path == "/":
            if "s" in request.params:
                return search_page(request)
            if request.params.get("p", "").isdigit():
                s = next((o for o in STORIES if o.id == int(request.params["p"])), None)
                return redirect(f"/{s.slug}/", 301) if s else None
            return home(request) if not request.query else None
        if path == "/tin-tuc/":
            return blog_page(request)
        if path in STATIC_PAGES:
            return static_page(request, path)
        if path == "/thu-vien-anh/":
            return album_page(request)
        if path == f"/{ATTACHMENT[0]}/{ATTACHMENT[1]}/":
            return attachment_page(request)
        if m := _CAT_RE.match(path):
            if m.group(1) not in CATS or m.group(2) == "1":
                return redirect(f"/chuyen-muc/{m.group(1)}/", 301) if m.group(1) in CATS else None
            return _archive(request, CATS[m.group(1)], _in_cat(m.group(1)), int(m.group(2) or 1), 4,
                            f"/chuyen-muc/{m.group(1)}/", CATS[m.group(1)])
        if m := _TAG_RE.match(path):
            if m.group(1) not in TAGS:
                return None
            items = [s for s in STORIES if m.group(1) in s.opts.get("tags", [])]
            return _archive(request, TAGS[m.group(1)], items, int(m.group(2) or 1), 4, f"/tag/{m.group(1)}/",
                            "Từ khóa: " + TAGS[m.group(1)])
        if m := _AUTHOR_RE.match(path):
            return _archive(request, "Lương Thế Vinh", STORIES, int(m.group(1) or 1), 10, "/author/ltv-admin/",
                            "Bài viết của Lương Thế Vinh")
        slug = path.strip("/")
        if slug in BY_SLUG:
            if not path.endswith("/"):
                return redirect(f"/{slug}/", 301)
            if request.query and set(request.params) - {"replytocom"}:
                return None
            if "replytocom" in request.params:
                valid = {str(c[0]) for c in BY_SLUG[slug].opts.get("comments", [])}
                if request.params["replytocom"] not in valid:
                    return None
            return post_page(request, BY_SLUG[slug])
        return None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    return [f"/{s.slug}/?replytocom={c[0]}" for c in s.opts.get("comments", [])]


GOLD = [gold_record(s, f"/{s.slug}/", CATS[s.cat], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/thoi-khoa-bieu/",
    "/thu-vien-anh/",
    f"/{ATTACHMENT[0]}/{ATTACHMENT[1]}/",
]
