"""Fixture portal: Phòng GD&ĐT huyện Hòa An on WordPress with tagDiv's "Newspaper" theme (v12).

Imitates the district education office's WordPress site as local agencies build it: Newspaper
with the tagDiv Composer home page, Yoast SEO, Contact Form 7, WP Statistics and a few cloud
(tdb) templates. What it serves:

- Posts at ``/<postname>/`` (``/?p=N`` answers 301 there, as WordPress does). Two single
  templates, as Newspaper assigns them per category:
  - "Tin giáo dục" uses a *cloud template* (tdb): a stack of
    ``td_block_wrap tdb_*`` blocks, each with ``div.tdb-block-inner.td-fix-index``: breadcrumbs
    (``tdb-entry-crumb``), ``h1.tdb-title-text``, the subtitle block (``tdb_single_subtitle``:
    the sapo, outside the content), category labels (``tdb-entry-category``: the primary
    category and the school-level child category), author (``tdb-author-name``) and date
    (``tdb_single_date``, ``<time>`` printed "Tháng Mười Một 18, 2026", WordPress "F j, Y" in
    Vietnamese), views, the featured image (``tdb_single_featured_image``, figcaption
    ``tdb-caption-text`` or none), the content (``tdb_single_content … td-post-content``), tags,
    ``td-social-sharing`` buttons, the author box (avatar, name, description), a
    ``tdb_single_related`` block "BÀI VIẾT LIÊN QUAN" with ajax next/prev arrows (``href="#"``);
  - "Thông báo" and "Gương điển hình" use the classic default template: ``article.td-post-template-default``,
    ``header.td-post-title``, ``ul.td-category``, ``div.td-module-meta-info`` with
    ``td-post-author-name`` / ``td-post-date`` / ``td-post-views``, ``p.td-post-sub-title``,
    ``div.td-post-featured-image`` (``figcaption.wp-caption-text``), ``div.td-post-content``,
    "Bài trước / Bài tiếp theo", the author box (``author-box-wrap``) and the classic
    ``td_block_related_posts`` "BÀI VIẾT LIÊN QUAN | XEM THÊM TỪ TÁC GIẢ".
  Every single page also carries the "CÓ THỂ BẠN QUAN TÂM" slide-in box (``td-more-articles-box``),
  Yoast's head (canonical, og:*, ``article:published_time`` in UTC, ``meta name=author`` = the
  WordPress account, JSON-LD graph), and some carry comments ("Trả lời" links
  ``/<postname>/?replytocom=N#respond``, comment dates "Tháng Mười Một 21, 2026 lúc 7:45 sáng").
- Content as editors write it: classic ``[caption]`` figures (``figure.wp-caption`` +
  ``figcaption.wp-caption-text``), Gutenberg images and galleries (``wp-block-image``,
  ``wp-block-gallery``, ``wp-element-caption``), the classic ``[gallery]`` (``div.gallery``),
  a photo followed by a centred italic line, a table, lists, an inline "Đọc thêm"
  related-posts block inside the content, closing lines "Tin: … – Ảnh: …", "Tin, ảnh: …",
  "Bài: … - Ảnh: …", "Theo …", "(Nguồn: …)". One post imported from the office's old Joomla site
  keeps its body as one ``<div>`` with ``<br /><br />`` between paragraphs, in decomposed
  Unicode (NFD) and with an old ``index.php?option=com_docman…`` link.
- Listings: the home page (tagDiv Composer: big grid, blocks with *ajax* sub-category tabs
  "Tất cả | Mầm non | Tiểu học | THCS" whose links are ``href="#"``, "Tải thêm" ajax buttons);
  category pages ``/category/<slug>/`` and ``/category/<slug>/page/N/`` (four posts a page;
  "Tin giáo dục" has three pages) with the classic category header: crumbs, the sibling
  list "Tất cả | Mầm non | Tiểu học | THCS" (real links to the child categories
  ``/category/tin-giao-duc/<child>/``), the pull-down filter "Mới nhất | Bài viết nổi bật | Phổ
  biến nhất | Phổ biến 7 ngày | Theo điểm đánh giá | Ngẫu nhiên" (``?filter_by=featured|popular|
  popular7|review_high|random_posts``, kept in the pager links), a big grid on page 1 and the
  ``page-nav`` pager ("Trang 1 trên 3"); ``/tag/<slug>/``, ``/author/<name>/`` and date archives
  ``/YYYY/MM/`` and ``/YYYY/MM/DD/`` (from the calendar widget); search ``/?s=``.
- Chrome on every page: a top bar with today's date (TODAY), top menu and "Đăng nhập / Tham gia"
  (a modal, ``#login-form``); the logo; the main menu with mega-menus (latest four posts of the
  category and the same sub-category links); the "TIN NÓNG" ticker (titles of the five newest
  posts); a sidebar (search, "TIN MỚI NHẤT" with dates, banners, the calendar, WP Statistics'
  counter "Người dùng trực tuyến / Lượt truy cập hôm nay / Tổng lượt truy cập"); a footer with
  the office's address, hotline and e-mail, "BÀI VIẾT PHỔ BIẾN", a tag cloud and the copyright.
- Non-articles: pages ``/gioi-thieu/``, ``/lien-he/`` (Contact Form 7), ``/lich-cong-tac/``
  (this week's work schedule as a table, no article), ``/van-ban/`` (a table of documents
  linking PDFs), ``/thu-vien-anh/`` (a photo album page: a gallery and no text); ``/feed/``
  and category feeds (RSS, ten newest), Yoast sitemaps (``/sitemap_index.xml``, announced in
  robots.txt; ``/sitemap.xml`` answers 301 to it); the REST API answers 401 (a security plugin).

Traps and hard cases: the pull-down filter multiplies every category listing by six, and
``random_posts`` orders each page differently; WordPress answers any unknown query string on
``/`` with the home page (status 200): the imported post links
``/index.php?option=com_docman&task=doc_download&gid=45&Itemid=31`` from the old site, which
lands there; ``?replytocom=N`` serves the very article again (canonical to the clean URL: the
``alt_paths``); comment dates, the header date, the ticker and the sidebars' dates are not
publication dates; ``article:published_time`` is UTC, so the post published at 06:40 on
20/11 says 19/11 there; the same related/ticker titles repeat on every page.

Gold (by hand). Articles are the posts; pages, listings, feeds, the album and the document
table are not. Judgement calls:
- ``published_at`` is the printed date ("Tháng Mười Một 18, 2026") as a date only: the page
  prints no time (the time lives only in ``<time datetime>`` and the UTC meta).
- The sapo is the subtitle block (tdb ``tdb_single_subtitle`` / classic ``td-post-sub-title``),
  printed outside the content: summary and first body paragraph. One post opens its content
  with a paragraph wholly in ``<strong>``: that is its sapo too (and stays the first
  paragraph). Other posts have no summary.
- Authors: the closing byline when there is one ("Tin: X – Ảnh: Y", "Tin, ảnh: X" gives X in
  both lists, "Bài: X - Ảnh: Y", a bare bold name above "(Nguồn: …)", "Tác giả: X" at the
  end of the imported body). Posts without a byline take the WordPress account when it is a
  person (Hoàng Thu Hà, Nông Văn Tuấn: printed as "Bởi …" and in the author box). The account
  "Ban Biên Tập" is the editorial board, not a writer: its posts without a byline have no
  author. Posts with a byline are all posted by that account (no conflict to settle).
- Source: "Theo Báo Cao Bằng" gives "Báo Cao Bằng"; "(Nguồn: Báo Giáo dục và Thời đại)"
  gives "Báo Giáo dục và Thời đại".
- Images: the featured image is the article's first image (its caption the figcaption, or
  None); then the content's images in order, the printed ``src`` (not the srcset, not the
  link to the full size). A caption is the figcaption / ``wp-caption-text`` / the centred
  italic line under a bare photo, kept as printed ("… (Ảnh: Minh Hoàng)" also names the
  photographer). A figcaption that is only a Zalo file name is no caption. Gallery images
  without a figcaption have None. Thumbnails of related blocks, mega-menus, the ticker and
  sidebars are not article images.
- Body: the subtitle (if any) then the content's paragraphs, list items and table rows (cells
  joined by " | ") in order; not captions, closing bylines/source lines, the inline "Đọc
  thêm" block, tags, share buttons, the author box, comments. The imported post's
  ``<br /><br />`` pieces are its paragraphs.
- Category: the primary category of the breadcrumb ("Tin giáo dục", "Thông báo", "Gương điển
  hình"), not the school-level child category printed next to it.
- ``?replytocom=N`` URLs are alternative URLs of their article (``alt_paths``).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "wp_tagdiv_pgd"
PLATFORM = "wordpress-newspaper"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Hòa An"
SHORT = "Phòng GD&ĐT Hòa An"
ADDRESS = "Số 12, đường Hoàng Văn Thụ, thị trấn Nước Hai, huyện Hòa An, tỉnh Cao Bằng"
HOTLINE = "0206 3 860 245"
EMAIL = "pgdhoaan@caobang.edu.vn"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/Newspaper"
PER_PAGE = 4
FEED_SIZE = 10
TODAY_DATE = date(2026, 11, 25)
_LOCAL = timezone(timedelta(hours=7))

#: categories: slug -> printed name (the three the gold knows)
CATS: dict[str, str] = {
    "tin-giao-duc": "Tin giáo dục",
    "thong-bao": "Thông báo",
    "guong-dien-hinh": "Gương điển hình",
}
#: child categories of "Tin giáo dục": slug -> name
SUBCATS: dict[str, str] = {"mam-non": "Mầm non", "tieu-hoc": "Tiểu học", "thcs": "THCS"}
CAT_IDS = {
    "tin-giao-duc": 3,
    "thong-bao": 4,
    "guong-dien-hinh": 7,
    "mam-non": 11,
    "tieu-hoc": 12,
    "thcs": 13,
}
TAGS: dict[str, str] = {
    "day-hoc-stem": "Dạy học STEM",
    "giao-vien-gioi": "Giáo viên giỏi",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "van-hoa-doc": "Văn hóa đọc",
    "ban-tru": "Bán trú",
    "kiem-dinh-chat-luong": "Kiểm định chất lượng",
    "hoc-ky-i": "Học kỳ I",
    "guong-sang": "Gương sáng",
}
#: WordPress accounts: nicename -> (display name, is a person, description)
USERS: dict[str, tuple[str, bool, str]] = {
    "bbt": (
        "Ban Biên Tập",
        False,
        "Ban Biên tập Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Hòa An.",
    ),
    "hoangthuha": (
        "Hoàng Thu Hà",
        True,
        "Chuyên viên Phòng GD&ĐT, phụ trách bậc học Mầm non và công tác truyền thông.",
    ),
    "nongvantuan": (
        "Nông Văn Tuấn",
        True,
        "Chuyên viên Phòng GD&ĐT, phụ trách bậc Tiểu học và THCS.",
    ),
}
FILTERS: list[tuple[str, str]] = [
    ("", "Mới nhất"),
    ("featured", "Bài viết nổi bật"),
    ("popular", "Phổ biến nhất"),
    ("popular7", "Phổ biến 7 ngày"),
    ("review_high", "Theo điểm đánh giá"),
    ("random_posts", "Ngẫu nhiên"),
]
MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)  # fmt: skip
OLD_SITE_LINK = "/index.php?option=com_docman&amp;task=doc_download&amp;gid=45&amp;Itemid=31"
READ_MORE = "<!--td-doc-them-->"


def _u(month: str, name: str) -> str:
    return f"{UP}/{month}/{name}"


# Story.opts: at (local publication time), user (account nicename), tpl ("tdb" | "classic"),
# sub (child category), tags, comments [(id, name, "YYYY-MM-DD HH:MM", text, parent)],
# legacy (the imported single-div body, NFD), featured (Bài viết nổi bật), attach (href, label).
# Img styles: feat (featured image), cap ([caption] figure), fig (Gutenberg image), em (bare
# photo + centred italic line), gal (Gutenberg gallery item), wpgal (classic gallery item),
# legacy (image inside the imported div). P styles: "", strong (bold lead), li, th / tr.
STORIES: list[Story] = [
    Story(
        id=1486,
        slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ Kế hoạch thời gian năm học 2026 - 2027 của UBND tỉnh Cao Bằng, Phòng"
                " Giáo dục và Đào tạo huyện Hòa An thông báo lịch kiểm tra cuối học kỳ I đối với"
                " các môn kiểm tra theo đề chung của Phòng như sau:"
            ),
            P("Ngày kiểm tra | Buổi | Môn kiểm tra | Khối lớp | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "tr"),
            P("23/12/2026 | Chiều | Khoa học tự nhiên | 9 | 90 phút", "tr"),
            P(
                "Các môn học còn lại do các nhà trường chủ động xây dựng lịch kiểm tra, hoàn thành"
                " trước ngày 31/12/2026. Đề kiểm tra chung được gửi qua hộp thư điện tử của nhà"
                " trường vào 6 giờ 30 phút sáng ngày kiểm tra."
            ),
            P(
                "Hiệu trưởng các trường THCS chịu trách nhiệm tổ chức kiểm tra nghiêm túc, đúng quy"
                " chế, báo cáo kết quả về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) trước ngày"
                " 05/01/2027."
            ),
        ],
        opts={
            "at": "2026-11-23 15:10",
            "user": "bbt",
            "tpl": "classic",
            "tags": ["hoc-ky-i"],
            "attach": (
                _u("2026/11", "Lich-kiem-tra-HKI-THCS-2026-2027.pdf"),
                "Lịch kiểm tra HKI THCS 2026-2027.pdf",
            ),
        },
    ),
    Story(
        id=1482,
        slug="hoi-giang-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Hội giảng giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        cat="tin-giao-duc",
        published_at="2026-11-22",
        summary=(
            "Từ ngày 16 đến 20/11/2026, Phòng GD&ĐT huyện Hòa An tổ chức Hội giảng giáo viên"
            " dạy giỏi cấp huyện bậc THCS với sự tham gia của 46 giáo viên đến từ 14 trường"
            " THCS trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("2026/11", "hoi-giang-thcs-2026-696x464.jpg"),
                "Ban Giám khảo dự giờ tiết dạy môn Ngữ văn tại Trường THCS Hồng Việt",
                "Ban Giám khảo dự giờ tiết dạy môn Ngữ văn tại Trường THCS Hồng Việt",
                "feat",
            ),
            P(
                "Hội giảng nhằm đánh giá, công nhận giáo viên dạy giỏi, tạo điều kiện để giáo viên"
                " giao lưu, học hỏi kinh nghiệm đổi mới phương pháp dạy học theo Chương trình giáo"
                " dục phổ thông 2018; đồng thời lựa chọn những giáo viên tiêu biểu tham gia Hội thi"
                " giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành"
                " hai tiết dạy, trong đó một tiết do giáo viên tự chọn và một tiết bốc thăm trước"
                " 3 ngày. Các tiết dạy được tổ chức tại Trường THCS Hồng Việt và Trường THCS Thị trấn"
                " Nước Hai."
            ),
            Img(
                _u("2026/11", "hoi-giang-thcs-2026-tiet-day-toan.jpg"),
                "Tiết dạy môn Toán của cô giáo Hoàng Thị Nguyệt, Trường THCS Dân Chủ",
                "Tiết dạy môn Toán của cô giáo Hoàng Thị Nguyệt, Trường THCS Dân Chủ",
                "cap",
            ),
            P(
                "Theo đánh giá của Ban Giám khảo, nhiều tiết dạy được thiết kế công phu, vận dụng"
                " linh hoạt các phương pháp, kỹ thuật dạy học tích cực; khai thác hiệu quả thiết bị"
                " dạy học và công nghệ thông tin, giúp học sinh chủ động chiếm lĩnh kiến thức."
            ),
            P(
                "Kết quả, 38 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, 8 giáo viên được"
                " chọn tham gia Hội thi cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lương Thị Mai – Ảnh: Đàm Quốc Việt</strong></p>'
            ),
        ],
        authors=["Lương Thị Mai"],
        photographers=["Đàm Quốc Việt"],
        opts={
            "at": "2026-11-22 16:20",
            "user": "bbt",
            "tpl": "tdb",
            "sub": "thcs",
            "tags": ["giao-vien-gioi"],
            "featured": True,
        },
    ),
    Story(
        id=1479,
        slug="nganh-giao-duc-hoa-an-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Ngành Giáo dục Hòa An kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-giao-duc",
        published_at="2026-11-20",
        blocks=[
            Img(_u("2026/11", "ky-niem-20-11-2026-hoa-an-696x392.jpg"), None, None, "feat"),
            P(
                "Sáng 19/11/2026, Phòng Giáo dục và Đào tạo huyện Hòa An tổ chức Lễ kỷ niệm 44 năm"
                " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu"
                " năm 2026. Dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện, đại diện các ban, ngành"
                " đoàn thể và hơn 200 cán bộ quản lý, giáo viên toàn huyện."
            ),
            P(
                "Năm học 2025 - 2026, ngành giáo dục huyện có 46 trường học với hơn 11.200 học sinh."
                " Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%, học sinh hoàn thành chương trình tiểu"
                " học đạt 99,7%, tốt nghiệp THCS đạt 99,4%; toàn huyện có 31 trường đạt chuẩn quốc"
                " gia, tăng 3 trường so với năm học trước."
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 25 nhà giáo có thành tích xuất sắc"
                " trong công tác giảng dạy và giáo dục học sinh. Một số hình ảnh tại buổi lễ:"
            ),
            Img(
                _u("2026/11", "ky-niem-20-11-2026-1-1024x683.jpg"),
                "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo",
                "gal",
            ),
            Img(_u("2026/11", "ky-niem-20-11-2026-2-1024x683.jpg"), None, None, "gal"),
            Img(
                _u("2026/11", "ky-niem-20-11-2026-3-1024x683.jpg"),
                "Tuyên dương 25 nhà giáo tiêu biểu năm 2026",
                "Tuyên dương 25 nhà giáo tiêu biểu năm 2026",
                "gal",
            ),
            Img(_u("2026/11", "ky-niem-20-11-2026-4-1024x683.jpg"), None, None, "gal"),
        ],
        authors=["Hoàng Thu Hà"],
        opts={
            "at": "2026-11-20 06:40",
            "user": "hoangthuha",
            "tpl": "tdb",
            "tags": ["ngay-nha-giao-viet-nam"],
            "featured": True,
            "comments": [
                (
                    52,
                    "Phụ huynh Lan Anh",
                    "2026-11-20 19:05",
                    "Chúc mừng các thầy cô giáo nhân ngày 20/11, chúc các thầy cô luôn mạnh khỏe!",
                    0,
                ),
                (
                    53,
                    "Ma Văn Cường",
                    "2026-11-21 07:45",
                    "Cảm ơn các thầy cô đã tận tụy với học sinh vùng cao.",
                    0,
                ),
                (
                    54,
                    "Ban Biên Tập",
                    "2026-11-21 08:02",
                    "Cảm ơn bạn đã quan tâm theo dõi trang tin của Phòng.",
                    53,
                ),
            ],
        },
    ),
    Story(
        id=1475,
        slug="truong-mam-non-nuoc-hai-to-chuc-chuyen-de-tre-lam-quen-voi-chu-cai",
        title="Trường Mầm non Nước Hai tổ chức chuyên đề “Trẻ làm quen với chữ cái qua trò chơi”",
        cat="tin-giao-duc",
        published_at="2026-11-17",
        summary=(
            "Nhằm nâng cao chất lượng chăm sóc, giáo dục trẻ, ngày 14/11/2026, Trường Mầm non"
            " Nước Hai tổ chức chuyên đề “Trẻ làm quen với chữ cái qua trò chơi” cho cán bộ,"
            " giáo viên các trường mầm non cụm thị trấn."
        ),
        blocks=[
            Img(
                _u("2026/11", "chuyen-de-chu-cai-mn-nuoc-hai-696x464.jpg"),
                "Giờ học làm quen chữ cái của lớp Mẫu giáo lớn A1",
                "Giờ học làm quen chữ cái của lớp Mẫu giáo lớn A1",
                "feat",
            ),
            P(
                "Nhằm nâng cao chất lượng chăm sóc, giáo dục trẻ, ngày 14/11/2026, Trường Mầm non"
                " Nước Hai tổ chức chuyên đề “Trẻ làm quen với chữ cái qua trò chơi” cho cán bộ,"
                " giáo viên các trường mầm non cụm thị trấn.",
                "strong",
            ),
            P(
                "Tại chuyên đề, các giáo viên được dự hai hoạt động mẫu: “Làm quen chữ cái e, ê” của"
                " lớp Mẫu giáo lớn A1 và “Trò chơi với chữ cái b, d, đ” của lớp Mẫu giáo nhỡ B2. Trẻ"
                " được tìm chữ trong tên đồ vật, ghép chữ bằng hột hạt, lá cây, chơi “Về đúng nhà”,"
                " “Ai nhanh nhất”."
            ),
            Img(
                _u("2026/11", "chuyen-de-chu-cai-mn-nuoc-hai-2.jpg"),
                "Trẻ ghép chữ cái bằng hột hạt và lá cây",
                "Trẻ ghép chữ cái bằng hột hạt và lá cây",
                "em",
            ),
            P(
                "Sau phần dự giờ, các đại biểu thảo luận về cách tổ chức trò chơi phù hợp với từng độ"
                " tuổi, tận dụng nguyên vật liệu sẵn có ở địa phương để làm đồ dùng, đồ chơi; xây"
                " dựng môi trường chữ viết trong và ngoài lớp học."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Tin, ảnh: Bế Thị Hồng Nhung</em></strong></p>'
            ),
        ],
        authors=["Bế Thị Hồng Nhung"],
        photographers=["Bế Thị Hồng Nhung"],
        opts={"at": "2026-11-17 10:35", "user": "bbt", "tpl": "tdb", "sub": "mam-non", "tags": []},
    ),
    Story(
        id=1471,
        slug="hoc-sinh-truong-tieu-hoc-hung-dao-hao-hung-voi-ngay-hoi-doc-sach",
        title="Học sinh Trường Tiểu học Hưng Đạo hào hứng với Ngày hội đọc sách",
        cat="tin-giao-duc",
        published_at="2026-11-12",
        blocks=[
            Img(
                _u("2026/11", "ngay-hoi-doc-sach-th-hung-dao-696x464.jpg"),
                "z5981234567890_8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c.jpg",
                None,
                "feat",
            ),
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong nhà trường, ngày 10/11/2026, Trường"
                " Tiểu học Hưng Đạo tổ chức Ngày hội đọc sách với chủ đề “Sách - người bạn đồng"
                " hành” cho 312 học sinh toàn trường."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động: trưng bày và giới thiệu sách theo khối lớp, kể chuyện"
                " theo sách, vẽ tranh về nhân vật em yêu thích, đổi sách cũ lấy sách mới. Thư viện"
                " xanh dưới tán cây được học sinh lấp kín suốt giờ ra chơi."
            ),
            Raw(READ_MORE),
            Img(
                _u("2026/11", "ngay-hoi-doc-sach-th-hung-dao-ke-chuyen.jpg"),
                "Học sinh lớp 4A kể chuyện theo sách trước toàn trường",
                "Học sinh lớp 4A kể chuyện theo sách trước toàn trường",
                "fig",
            ),
            P(
                "Cô Nông Thị Thảo, Hiệu trưởng nhà trường cho biết, từ đầu năm học, mỗi lớp đều có"
                " góc sách riêng với khoảng 80 đầu sách do phụ huynh và học sinh đóng góp. Nhà trường"
                " duy trì 15 phút đọc sách vào đầu giờ sáng thứ Ba và thứ Năm hằng tuần."
            ),
            Img(
                _u("2026/11", "ngay-hoi-doc-sach-th-hung-dao-thu-vien-xanh.jpg"), None, None, "fig"
            ),
        ],
        authors=["Nông Văn Tuấn"],
        opts={
            "at": "2026-11-12 14:05",
            "user": "nongvantuan",
            "tpl": "tdb",
            "sub": "tieu-hoc",
            "tags": ["van-hoa-doc"],
        },
    ),
    Story(
        id=1469,
        slug="co-giao-15-nam-bam-ban-mang-con-chu-den-voi-tre-vung-cao",
        title="Cô giáo 15 năm bám bản mang con chữ đến với trẻ vùng cao",
        cat="guong-dien-hinh",
        published_at="2026-11-09",
        summary=(
            "Mười lăm năm gắn bó với điểm trường Lũng Rì, cô giáo Đàm Thị Thu đã vận động hàng"
            " trăm trẻ em người Mông đến lớp, trở thành chỗ dựa của học trò nơi rẻo cao."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("2026/11", "co-giao-dam-thi-thu-lung-ri-696x464.jpg"),
                "Cô Đàm Thị Thu trong giờ học với học sinh điểm trường Lũng Rì",
                "Cô Đàm Thị Thu trong giờ học với học sinh điểm trường Lũng Rì",
                "feat",
            ),
            P(
                "Điểm trường Lũng Rì thuộc Trường Tiểu học Đức Xuân cách trung tâm xã hơn 12 km"
                " đường đồi dốc. Năm 2011, cô Đàm Thị Thu khi ấy vừa tốt nghiệp cao đẳng sư phạm đã"
                " tình nguyện nhận lớp ghép 2 trình độ với 14 học sinh."
            ),
            P(
                "Những ngày đầu, cô đi từng nhà vận động phụ huynh cho con đến lớp, học tiếng Mông"
                " để trò chuyện với người dân. Mùa đông, cô nấu nước ấm cho học trò rửa tay, xin"
                " quần áo cũ từ các nhóm thiện nguyện để các em có đủ ấm."
            ),
            P(
                "Nhờ sự kiên trì ấy, tỷ lệ học sinh đi học chuyên cần của điểm trường luôn đạt trên"
                " 98%. Nhiều lớp học trò của cô nay đã học tiếp lên THPT, có em trở thành giáo viên"
                " về dạy lại tại quê hương."
            ),
            Raw('<p style="text-align: right;"><strong>Thanh Hằng</strong></p>'),
            Raw('<p style="text-align: right;"><em>(Nguồn: Báo Giáo dục và Thời đại)</em></p>'),
        ],
        authors=["Thanh Hằng"],
        source="Báo Giáo dục và Thời đại",
        opts={
            "at": "2026-11-09 09:00",
            "user": "bbt",
            "tpl": "classic",
            "tags": ["guong-sang"],
            "featured": True,
        },
    ),
    Story(
        id=1466,
        slug="trien-khai-nhiem-vu-giao-duc-stem-cap-thcs-nam-hoc-2026-2027",
        title="Triển khai nhiệm vụ giáo dục STEM cấp THCS năm học 2026 - 2027",
        cat="tin-giao-duc",
        published_at="2026-11-05",
        blocks=[
            Img(_u("2026/11", "trien-khai-stem-thcs-696x464.jpg"), None, None, "feat"),
            P(
                "Chiều 03/11/2026, Phòng GD&ĐT huyện Hòa An tổ chức hội nghị triển khai nhiệm vụ"
                " giáo dục STEM cấp THCS năm học 2026 - 2027 cho hiệu trưởng, tổ trưởng chuyên môn"
                " các trường THCS trên địa bàn."
            ),
            P("Theo kế hoạch, trong năm học mỗi trường THCS thực hiện:"),
            P(
                "Tối thiểu 4 bài học STEM mỗi khối lớp, gắn với nội dung các môn Khoa học tự nhiên, Công nghệ, Tin học và Toán;",
                "li",
            ),
            P("Ít nhất một hoạt động trải nghiệm STEM hoặc ngày hội STEM cấp trường;", "li"),
            P(
                "Thành lập câu lạc bộ STEM, khuyến khích học sinh nghiên cứu khoa học kỹ thuật.",
                "li",
            ),
            Img(
                _u("2026/11", "trien-khai-stem-thcs-hoi-nghi.jpg"),
                "Quang cảnh hội nghị (Ảnh: Minh Hoàng)",
                "Quang cảnh hội nghị (Ảnh: Minh Hoàng)",
                "cap",
            ),
            P(
                "Phòng GD&ĐT sẽ tổ chức Ngày hội STEM cấp huyện vào tháng 4/2027 để các trường giới"
                " thiệu sản phẩm, chia sẻ kinh nghiệm triển khai giáo dục STEM."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Cao Bằng</em></p>'),
        ],
        photographers=["Minh Hoàng"],
        source="Báo Cao Bằng",
        opts={
            "at": "2026-11-05 17:30",
            "user": "bbt",
            "tpl": "tdb",
            "sub": "thcs",
            "tags": ["day-hoc-stem"],
        },
    ),
    Story(
        id=1463,
        slug="cong-van-huong-dan-phong-chong-ret-cho-hoc-sinh-mua-dong-nam-2026",
        title="Công văn hướng dẫn phòng, chống rét cho học sinh mùa đông năm 2026",
        cat="thong-bao",
        published_at="2026-11-02",
        blocks=[
            P(
                "Phòng GD&ĐT huyện Hòa An ban hành Công văn số 812/PGDĐT-TH ngày 02/11/2026 hướng dẫn"
                " các trường học thực hiện công tác phòng, chống rét cho học sinh mùa đông năm 2026."
                " Khi nhiệt độ ngoài trời dưới 7 độ C, học sinh mầm non và tiểu học được nghỉ học."
            ),
            P("Chi tiết xem trong tệp đính kèm dưới đây."),
        ],
        opts={
            "at": "2026-11-02 08:15",
            "user": "bbt",
            "tpl": "classic",
            "tags": ["ban-tru"],
            "attach": (
                _u("2026/11", "CV-812-PGDDT-phong-chong-ret-2026.pdf"),
                "CV 812/PGDĐT-TH (PDF, 214 KB)",
            ),
        },
    ),
    Story(
        id=1460,
        slug="kiem-tra-cong-tac-ban-tru-tai-cac-truong-tieu-hoc",
        title="Kiểm tra công tác bán trú tại các trường tiểu học",
        cat="tin-giao-duc",
        published_at="2026-10-28",
        blocks=[
            Img(_u("2026/10", "kiem-tra-ban-tru-tieu-hoc-696x464.jpg"), None, None, "feat"),
            P(
                "Từ ngày 21 đến 25/10/2026, đoàn kiểm tra của Phòng GD&ĐT huyện đã kiểm tra công tác"
                " tổ chức bán trú tại 8 trường tiểu học có học sinh ở bán trú, tập trung vào điều kiện"
                " cơ sở vật chất, bếp ăn, nguồn thực phẩm và hồ sơ quản lý."
            ),
            P(
                "Qua kiểm tra, các trường đều bố trí phòng ở, bếp ăn một chiều đảm bảo vệ sinh; thực"
                " đơn được xây dựng theo tuần, có ký hợp đồng cung cấp thực phẩm rõ nguồn gốc. Một số"
                " trường tận dụng vườn trường để tăng thêm rau xanh cho bữa ăn của học sinh."
            ),
            P(
                "Đoàn đề nghị các trường bổ sung chăn, đệm, nước nóng cho học sinh trong mùa đông;"
                " thực hiện lưu mẫu thức ăn đủ 24 giờ và cập nhật sổ kiểm thực ba bước hằng ngày."
            ),
        ],
        authors=["Hoàng Thu Hà"],
        opts={
            "at": "2026-10-28 11:20",
            "user": "hoangthuha",
            "tpl": "tdb",
            "sub": "tieu-hoc",
            "tags": ["ban-tru"],
        },
    ),
    Story(
        id=1452,
        slug="hoi-thi-be-khoe-be-ngoan-cap-huyen-nam-2026",
        title="Hội thi “Bé khỏe - Bé ngoan” cấp huyện năm 2026",
        cat="tin-giao-duc",
        published_at="2026-10-15",
        blocks=[
            Img(
                _u("2026/10", "hoi-thi-be-khoe-be-ngoan-2026-696x464.jpg"),
                "Các đội thi diễu hành trong lễ khai mạc",
                "Các đội thi diễu hành trong lễ khai mạc",
                "feat",
            ),
            P(
                "Ngày 13/10/2026, tại Trường Mầm non Thị trấn Nước Hai, Phòng GD&ĐT huyện Hòa An tổ"
                " chức Hội thi “Bé khỏe - Bé ngoan” năm 2026 với sự tham gia của 120 trẻ mẫu giáo 5"
                " tuổi đến từ 12 trường mầm non."
            ),
            P(
                "Các bé tham gia ba phần thi: đồng diễn thể dục nhịp điệu, vận động theo nhạc và thi"
                " “Bé khéo tay”. Phần thi đồng diễn của các trường được dàn dựng công phu, trang phục"
                " đẹp mắt, mang đậm bản sắc dân tộc Tày, Nùng."
            ),
            Img(
                _u("2026/10", "be-khoe-be-ngoan-dong-dien-300x200.jpg"),
                "Phần thi đồng diễn thể dục nhịp điệu",
                "Phần thi đồng diễn thể dục nhịp điệu",
                "wpgal",
            ),
            Img(
                _u("2026/10", "be-khoe-be-ngoan-khieu-vu-300x200.jpg"),
                "Các bé Trường Mầm non Hồng Việt biểu diễn",
                "Các bé Trường Mầm non Hồng Việt biểu diễn",
                "wpgal",
            ),
            Img(
                _u("2026/10", "be-khoe-be-ngoan-kheo-tay-300x200.jpg"),
                "Phần thi “Bé khéo tay”",
                "Phần thi “Bé khéo tay”",
                "wpgal",
            ),
            P(
                "Kết quả, Ban tổ chức trao 1 giải Nhất cho Trường Mầm non Thị trấn Nước Hai, 2 giải"
                " Nhì, 3 giải Ba và 6 giải Khuyến khích cho các đội thi."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Hoàng Hải</strong> - <strong>Ảnh: Nông Thị Lan Anh</strong></p>'
            ),
        ],
        authors=["Hoàng Hải"],
        photographers=["Nông Thị Lan Anh"],
        opts={"at": "2026-10-15 15:45", "user": "bbt", "tpl": "tdb", "sub": "mam-non", "tags": []},
    ),
    Story(
        id=1440,
        slug="hoc-sinh-hoa-an-dat-thanh-tich-cao-tai-hoi-khoe-phu-dong-cap-tinh",
        title="Học sinh Hòa An đạt thành tích cao tại Hội khỏe Phù Đổng cấp tỉnh",
        cat="tin-giao-duc",
        published_at="2026-09-30",
        summary=(
            "Đoàn vận động viên học sinh huyện Hòa An giành 9 Huy chương Vàng, 12 Huy chương Bạc"
            " và 15 Huy chương Đồng, xếp thứ Ba toàn đoàn tại Hội khỏe Phù Đổng tỉnh Cao Bằng lần"
            " thứ XIII."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XIII diễn ra từ ngày 22 đến 28/9/2026 với"
                " hơn 1.300 vận động viên học sinh của 10 huyện, thành phố tranh tài ở 9 môn: điền"
                " kinh, bơi, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu, võ cổ truyền và kéo co."
            ),
            Img(
                _u("2026/09", "hkpd-tinh-hoa-an-dien-kinh.jpg"),
                "Em Lục Văn Khánh (THCS Hồng Việt) về nhất nội dung chạy 800 m nam (Ảnh: Minh Hoàng)",
                "Em Lục Văn Khánh (THCS Hồng Việt) về nhất nội dung chạy 800 m nam (Ảnh: Minh Hoàng)",
                "fig",
            ),
            P(
                "Đoàn Hòa An có 96 vận động viên là học sinh tiểu học và THCS. Các em thi đấu nổi bật"
                " ở môn điền kinh, đá cầu và võ cổ truyền. Em Lục Văn Khánh, học sinh lớp 9A Trường"
                " THCS Hồng Việt giành hai Huy chương Vàng ở các nội dung chạy 800 m và 1.500 m nam."
            ),
            P(
                "Thầy Đinh Văn Sơn, Trưởng đoàn cho biết, các vận động viên được tuyển chọn từ Hội khỏe"
                " Phù Đổng cấp huyện và tập luyện tập trung trong hai tháng hè."
            ),
        ],
        authors=["Nông Văn Tuấn"],
        photographers=["Minh Hoàng"],
        opts={
            "at": "2026-09-30 10:10",
            "user": "nongvantuan",
            "tpl": "tdb",
            "sub": "thcs",
            "tags": [],
        },
    ),
    Story(
        id=1421,
        slug="thay-giao-tre-voi-mo-hinh-vuon-rau-thuy-canh-cho-bep-ban-tru",
        title="Thầy giáo trẻ với mô hình vườn rau thủy canh cho bếp bán trú",
        cat="guong-dien-hinh",
        published_at="2026-08-26",
        blocks=[
            Img(
                _u("2026/08", "vuon-rau-thuy-canh-thcs-le-chung-696x464.jpg"),
                "Thầy Hà Văn Hùng hướng dẫn học sinh chăm sóc vườn rau thủy canh",
                "Thầy Hà Văn Hùng hướng dẫn học sinh chăm sóc vườn rau thủy canh",
                "feat",
            ),
            P(
                "Với những ống nhựa, máy bơm nhỏ và dung dịch dinh dưỡng, thầy Hà Văn Hùng, giáo viên"
                " Công nghệ Trường PTDTBT THCS Lê Chung đã cùng học sinh dựng vườn rau thủy canh rộng"
                " gần 60 m² ngay trên sân thượng khu nhà bán trú."
            ),
            P(
                "Mỗi tháng vườn cho thu hoạch khoảng 70 kg rau cải, xà lách, rau muống, bổ sung rau"
                " sạch cho bữa ăn của 180 học sinh ở bán trú. Học sinh được phân công theo nhóm để đo"
                " độ pH, pha dung dịch và ghi nhật ký sinh trưởng của cây."
            ),
            P(
                "Mô hình đã được Phòng GD&ĐT giới thiệu để các trường có học sinh bán trú trong huyện"
                " tham khảo, nhân rộng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lương Thị Mai</strong></p>'),
        ],
        authors=["Lương Thị Mai"],
        photographers=["Lương Thị Mai"],
        opts={
            "at": "2026-08-26 08:50",
            "user": "bbt",
            "tpl": "classic",
            "tags": ["guong-sang", "ban-tru"],
        },
    ),
    Story(
        id=1088,
        slug="tap-huan-cong-tac-kiem-dinh-chat-luong-giao-duc-nam-2024",
        title="Tập huấn công tác kiểm định chất lượng giáo dục năm 2024",
        cat="tin-giao-duc",
        published_at="2024-03-12",
        blocks=[
            P(
                "Ngày 09/3/2024, Phòng GD&ĐT huyện Hòa An tổ chức tập huấn công tác tự đánh giá,"
                " kiểm định chất lượng giáo dục và xây dựng trường chuẩn quốc gia cho hơn 90 cán bộ"
                " quản lý, thư ký hội đồng tự đánh giá của các trường mầm non, tiểu học và THCS."
            ),
            P(
                "Tại lớp tập huấn, các học viên được hướng dẫn quy trình tự đánh giá, cách thu thập,"
                " mã hóa minh chứng, viết báo cáo tự đánh giá và sử dụng phần mềm quản lý kiểm định"
                " chất lượng giáo dục."
            ),
            Img(
                _u("2024/03", "tap-huan-kiem-dinh-2024.jpg"),
                "Quang cảnh lớp tập huấn",
                "Quang cảnh lớp tập huấn",
                "legacy",
            ),
            P(
                "Năm 2024, huyện phấn đấu có thêm 4 trường được đánh giá ngoài và công nhận đạt chuẩn"
                " quốc gia. Tài liệu tập huấn được đăng tải tại mục Văn bản, các đơn vị có thể tải"
                " tại đây."
            ),
            Raw("<b>Tác giả: Đinh Văn Sơn</b>"),
        ],
        authors=["Đinh Văn Sơn"],
        opts={
            "at": "2024-03-12 09:30",
            "user": "bbt",
            "tpl": "tdb",
            "tags": ["kiem-dinh-chat-luong"],
            "legacy": True,
        },
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/{story.slug}/"


def _reply_paths(story: Story) -> list[str]:
    return [f"{article_path(story)}?replytocom={c[0]}" for c in story.opts.get("comments", [])]


def newest(cat: str | None = None) -> list[Story]:
    """Posts newest first; ``cat`` matches a category or a child category."""
    items = [s for s in STORIES if cat is None or s.cat == cat or s.opts.get("sub") == cat]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=_reply_paths(s)) for s in newest()
]

PAGES: dict[str, str] = {
    "gioi-thieu": "Giới thiệu",
    "lien-he": "Liên hệ",
    "lich-cong-tac": "Lịch công tác",
    "van-ban": "Văn bản",
    "thu-vien-anh": "Thư viện ảnh",
}

NON_ARTICLES: list[str] = [
    "/",
    *(f"/{slug}/" for slug in PAGES),
    *(f"/category/{c}/" for c in CATS),
    "/category/tin-giao-duc/page/2/",
    "/category/tin-giao-duc/page/3/",
    *(f"/category/tin-giao-duc/{c}/" for c in SUBCATS),
    "/category/tin-giao-duc/?filter_by=popular",
    "/tag/day-hoc-stem/",
    "/tag/ban-tru/",
    "/author/hoangthuha/",
    "/author/bbt/",
    "/2026/11/",
    "/?s=b%C3%A1n+tr%C3%BA",
]

# --------------------------------------------------------------------------- helpers


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def wp_date(when: datetime | date) -> str:
    """WordPress "F j, Y" in the Vietnamese locale: "Tháng Mười Một 18, 2026"."""
    return f"{MONTHS[when.month - 1]} {when.day}, {when.year}"


def _iso_local(story: Story) -> str:
    return _local(story).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _iso_utc(story: Story) -> str:
    return _local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _tdi(seed: str) -> str:
    """A stable tagDiv block id (``tdi_NN``)."""
    return "tdi_" + str(20 + int(hashlib.md5(seed.encode()).hexdigest()[:4], 16) % 400)


def _img_id(src: str) -> int:
    return 2000 + int(hashlib.md5(src.encode()).hexdigest()[:4], 16) % 3000


def _full(src: str) -> str:
    """The original upload behind a resized ``-WxH`` file."""
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _srcset(src: str) -> str:
    full = _full(src)
    stem = full.rsplit(".", 1)[0]
    return (
        f"{full} 1280w, {stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w, {stem}-696x464.jpg 696w"
    )


def _featured(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "feat"), None)


def _thumb(story: Story) -> str:
    img = _featured(story) or next(iter(story.images), None)
    return img.src if img else f"{THEME}/images/no-thumb/td_218x150.png"


def _excerpt(story: Story, words: int = 25) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


def _cat_label(story: Story) -> list[tuple[str, str]]:
    """(href, name) of the post's categories: the primary one, then the child category."""
    out = [(f"/category/{story.cat}/", CATS[story.cat])]
    if story.opts.get("sub"):
        sub = story.opts["sub"]
        out.append((f"/category/{story.cat}/{sub}/", SUBCATS[sub]))
    return out


# --------------------------------------------------------------------------- content


def _img_tag(img: Img, cls: str, width: int = 696, height: int = 464, srcset: bool = True) -> str:
    n = _img_id(img.src)
    extra = (
        f' srcset="{esc(_srcset(img.src))}" sizes="(max-width: {width}px) 100vw, {width}px"'
        if srcset
        else ""
    )
    return (
        f'<img decoding="async" loading="lazy" width="{width}" height="{height}" class="{(cls + " ") if cls else ""}wp-image-{n}"'
        f' src="{esc(img.src)}" alt=""{extra} />'
    )


def _render_img(img: Img) -> str:
    n = _img_id(img.src)
    if img.style == "cap":
        cap = (
            f'<figcaption id="caption-attachment-{n}" class="wp-caption-text">{text(img.printed)}</figcaption>'
            if img.printed
            else ""
        )
        return (
            f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" style="width: 696px"'
            f' class="wp-caption aligncenter">{_img_tag(img, "size-full")}{cap}</figure>'
        )
    if img.style == "fig":
        cap = (
            f'<figcaption class="wp-element-caption">{text(img.printed)}</figcaption>'
            if img.printed
            else ""
        )
        return f'<figure class="wp-block-image size-large">{_img_tag(img, "", 1024, 683)}{cap}</figure>'
    if img.style == "em":
        line = (
            f'\n<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
            if img.printed
            else ""
        )
        return f"<p>{_img_tag(img, 'aligncenter size-full', srcset=False)}</p>{line}"
    raise ValueError(img.style)


def _read_more(story: Story) -> str:
    """Newspaper's inline related block ("Đọc thêm") dropped into the content by the editor."""
    others = [s for s in newest(story.cat) if s.id != story.id][:2]
    tid = _tdi(f"inline{story.id}")
    items = "".join(
        f'<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image">'
        f'<div class="td-module-thumb"><a href="{article_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{esc(_thumb(s).replace("-696x464", "-218x150"))}" alt="" width="218" height="150" /></a></div></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3></div></div>'
        for s in others
    )
    return (
        f'<div class="td_block_wrap td_block_related_posts {tid} td_with_ajax_pagination td-pb-border-top td_block_template_1 td-related-inline"'
        f' data-td-block-uid="{tid}"><h4 class="td-related-title td-block-title"><a id="{tid}_rand" class="td-related-left td-cur-simple-item"'
        f' data-td_filter_value="" data-td_block_id="{tid}" href="#">Đọc thêm</a></h4>'
        f'<div id="{tid}" class="td_block_inner"><div class="td-related-row">{items}</div></div></div>'
    )


def _content(story: Story) -> str:
    if story.opts.get("legacy"):
        return _legacy_content(story)
    parts: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "feat")]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            parts.append(f'<ul class="wp-block-list">{"".join(items)}</ul>')
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in row.text.split(" | "))
                (head if row.style == "th" else body).append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead>{"".join(head)}</thead>'
                f"<tbody>{''.join(body)}</tbody></table></figure>"
            )
            continue
        if isinstance(block, Img) and block.style in ("gal", "wpgal"):
            style = block.style
            group: list[Img] = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            parts.append(_gallery(group, style, story))
            continue
        if isinstance(block, P):
            inner = text(block.text)
            parts.append(
                f"<p><strong>{inner}</strong></p>" if block.style == "strong" else f"<p>{inner}</p>"
            )
        elif isinstance(block, Img):
            parts.append(_render_img(block))
        elif block.html == READ_MORE:
            parts.append(_read_more(story))
        else:
            parts.append(block.html)
        i += 1
    return "\n".join(parts)


def _gallery(group: list[Img], style: str, story: Story) -> str:
    if style == "gal":
        figures = "".join(
            f'<figure class="wp-block-image size-large">{_img_tag(img, "", 1024, 683)}'
            + (
                f'<figcaption class="wp-element-caption">{text(img.printed)}</figcaption>'
                if img.printed
                else ""
            )
            + "</figure>"
            for img in group
        )
        return (
            '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1'
            f' is-layout-flex wp-block-gallery-is-layout-flex">{figures}</figure>'
        )
    items = "".join(
        f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="{esc(_full(img.src))}">'
        f'<img decoding="async" width="300" height="200" src="{esc(img.src)}" class="attachment-medium size-medium"'
        f' alt="" aria-describedby="gallery-1-{_img_id(img.src)}" /></a></div>'
        + (
            f'<figcaption class="wp-caption-text gallery-caption" id="gallery-1-{_img_id(img.src)}">{text(img.printed)}</figcaption>'
            if img.printed
            else ""
        )
        + "</figure>"
        for img in group
    )
    return (
        '<style type="text/css">#gallery-1 { margin: auto; } #gallery-1 .gallery-item { float: left; margin-top: 10px;'
        " text-align: center; width: 33%; }</style>\n"
        f'<div id="gallery-1" class="gallery galleryid-{story.id} gallery-columns-3 gallery-size-medium">{items}</div>'
    )


def _legacy_content(story: Story) -> str:
    """The old site's body as it was imported: one div, ``<br />`` pairs, decomposed Unicode."""
    pieces: list[str] = []
    for block in story.blocks:
        if isinstance(block, P):
            markup = text(block.text)
            if markup.endswith("tại đây."):
                markup = markup[: -len("tại đây.")] + f'<a href="{OLD_SITE_LINK}">tại đây</a>.'
            pieces.append(markup)
        elif isinstance(block, Img):
            pieces.append(
                f'<img src="{esc(block.src)}" alt="" width="500" height="333" border="0" /><br />\n'
                f"<i>{text(block.printed)}</i>"
            )
        else:
            pieces.append(block.html)
    pieces = [unicodedata.normalize("NFD", piece) for piece in pieces]
    return '<div style="text-align: justify;">' + "<br />\n<br />\n".join(pieces) + "</div>"


def _attachment(story: Story) -> str:
    if "attach" not in story.opts:
        return ""
    href, label = story.opts["attach"]
    return (
        f'<div class="wp-block-file"><a id="wp-block-file--media-{story.id}" href="{esc(href)}">{esc(label)}</a>'
        f'<a href="{esc(href)}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{story.id}">Tải xuống</a></div>'
    )


# --------------------------------------------------------------------------- page chrome


def _head(request: Request, title: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="vi"> <!--<![endif]-->
<head>
    <title>{esc(title)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />
    <link rel="icon" type="image/png" href="{UP}/2023/05/favicon-pgd.png">
{extra}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<link rel='stylesheet' id='td-plugin-multi-purpose-css' href='/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=7cd248d7ca13c255207c3f8b916c3f00' type='text/css' media='all' />
<link rel='stylesheet' id='google-fonts-style-css' href='https://fonts.googleapis.com/css?family=Roboto%3A400%2C500%2C700%7CMontserrat%3A400%2C700&#038;display=swap&#038;ver=12.6.8' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{THEME}/style.css?ver=12.6.8' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.8.3" />
<script>
    var tdBlocksArray = []; //here we store all the items for the current page
    var tdLocalCache = {{}};
    var td_ajax_url="{base}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.8";
    var td_get_template_directory_uri="{base}\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";
    var tds_login_sing_in_widget="show";
    var td_please_wait="Vui lòng chờ...";
    var td_email_user_pass_incorrect="Người dùng hoặc mật khẩu không chính xác!";
</script>
</head>"""


def _ticker() -> str:
    tid = _tdi("ticker")
    posts = "".join(
        f'<div class="td_module_trending_now td-trending-now-post-{i} td-trending-now-post">'
        f'<h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3></div>'
        for i, s in enumerate(newest()[:5])
    )
    return (
        f'<div class="td-trending-now-wrapper" id="{tid}" data-start=""><div class="td-trending-now-title">TIN NÓNG</div>'
        f'<div class="td-trending-now-display-area">{posts}</div><div class="td-next-prev-wrap">'
        f'<a href="#" class="td-scroll-up" data-block-id="{tid}" data-moving="left" data-control-start=""><i class="td-icon-left"></i></a>'
        f'<a href="#" class="td-scroll-down" data-block-id="{tid}" data-moving="right" data-control-start=""><i class="td-icon-right"></i></a></div></div>'
    )


def _mega(cat: str) -> str:
    tid = _tdi(f"mega{cat}")
    subs = ""
    if cat == "tin-giao-duc":
        links = [(f"/category/{cat}/", "Tất cả", " cur-sub-cat")] + [
            (f"/category/{cat}/{s}/", name, "") for s, name in SUBCATS.items()
        ]
        subs = (
            '<div class="td_mega_menu_sub_cats"><div class="block-mega-child-cats">'
            + "".join(
                f'<a class="mega-menu-sub-cat-{tid}{cls}" id="{tid}_{n}" data-td_block_id="{tid}"'
                f' data-td_filter_value="{CAT_IDS.get(href.rstrip("/").rsplit("/", 1)[1], "")}" href="{href}">{esc(name)}</a>'
                for n, (href, name, cls) in enumerate(links)
            )
            + "</div></div>"
        )
    items = "".join(
        f'<div class="td-mega-span"><div class="td_module_mega_menu td-animation-stack td_mod_mega_menu">'
        f'<div class="td-module-image"><div class="td-module-thumb"><a href="{article_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{esc(_thumb(s).replace("-696x464", "-218x150"))}" alt="" width="218" height="150" /></a></div></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3></div></div></div>'
        for s in newest(cat)[:4]
    )
    return (
        f'<ul class="sub-menu"><li class="menu-item-0"><div class="td-container-border"><div class="td-mega-grid">'
        f'<div class="td_block_wrap td_block_mega_menu {tid} td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="{tid}">'
        f'{subs}<div id="{tid}" class="td_block_inner"><div class="td-mega-row">{items}</div></div>'
        f'<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-{tid}" data-td_block_id="{tid}"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a>'
        f'<a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-{tid}" data-td_block_id="{tid}"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div>'
        f"</div></div></div></li></ul>"
    )


def _header(active: str = "") -> str:
    def item(href: str, label: str, mega: str = "") -> str:
        kind = (
            "taxonomy menu-item-object-category"
            if href.startswith("/category/")
            else "post_type menu-item-object-page"
        )
        cls = f"menu-item menu-item-type-{kind} td-menu-item" + (
            " td-mega-menu" if mega else " td-normal-menu"
        )
        if href == active:
            cls += " current-menu-item"
        return f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{mega}</li>'

    menu = "".join(
        [
            '<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home td-menu-item td-normal-menu"><a href="/">Trang chủ</a></li>',
            item("/gioi-thieu/", "Giới thiệu"),
            item("/category/tin-giao-duc/", "Tin giáo dục", _mega("tin-giao-duc")),
            item("/category/thong-bao/", "Thông báo", _mega("thong-bao")),
            item("/category/guong-dien-hinh/", "Gương điển hình"),
            item("/van-ban/", "Văn bản"),
            item("/lich-cong-tac/", "Lịch công tác"),
            item("/thu-vien-anh/", "Thư viện ảnh"),
            item("/lien-he/", "Liên hệ"),
        ]
    )
    return f"""<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu">
<div class="td_data_time"><div>{TODAY}</div></div>
<ul class="top-header-menu td_ul_login"><li class="menu-item"><a class="td-login-modal-js menu-item" href="#login-form" data-effect="mpf-td-login-effect">Đăng nhập / Tham gia</a><span class="td-sp-ico-login td_sp_login_ico_style"></span></li></ul>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li><li class="menu-item"><a href="https://caobang.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Cao Bằng</a></li></ul></div></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/pgdhoaan" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://www.youtube.com/@pgdhoaan" title="Youtube"><i class="td-icon-font td-icon-youtube"></i></a></span></div>
</div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header">
<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" src="{UP}/2023/05/logo-pgd-hoa-an.png" alt="{esc(SITE)}" title="{esc(SITE)}" width="544" height="90" /><span class="td-visual-hidden">{esc(SITE)}</span></a></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><a href="/category/thong-bao/"><img src="{UP}/2026/08/banner-nam-hoc-2026-2027.jpg" alt="Chào mừng năm học mới 2026 - 2027" width="728" height="90" /></a></div></div></div>
</div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><a href="#" aria-label="mobile-toggle"><i class="td-icon-font td-icon-mobile"></i></a></div>
<div class="menu-main-menu-container"><ul id="menu-main-menu" class="sf-menu">{menu}</ul></div></div>
<div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" aria-label="Search" role="button" class="dropdown-toggle" data-toggle="dropdown"><i class="td-icon-search"></i></a></div>
<div class="td-drop-down-search"><form method="get" class="td-search-form" action="/"><div role="search" class="td-head-form-search-wrap"><input id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Tìm kiếm" /></div></form><div id="td-aj-search"></div></div></div>
</div></div></div>
<div class="td-container td-trending-row">{_ticker()}</div>
</div>"""


def _calendar(month: date) -> str:
    """WordPress's calendar widget for ``month``: days with posts link to their day archive."""
    days = {_local(s).date() for s in STORIES}
    first = month.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    cells: list[str] = (
        [f'<td colspan="{first.weekday()}" class="pad">&nbsp;</td>'] if first.weekday() else []
    )
    rows: list[str] = []
    d = first
    while d < nxt:
        label = str(d.day)
        if d in days:
            label = f'<a href="/{d:%Y/%m/%d}/" aria-label="Các bài viết đã được đăng vào {wp_date(d)}">{d.day}</a>'
        attr = ' id="today"' if d == TODAY_DATE else ""
        cells.append(f"<td{attr}>{label}</td>")
        if d.weekday() == 6:
            rows.append("<tr>" + "".join(cells) + "</tr>")
            cells = []
        d += timedelta(days=1)
    if cells:
        rows.append("<tr>" + "".join(cells) + "</tr>")
    earlier = sorted({(x.year, x.month) for x in days if x < first}, reverse=True)
    later = sorted({(x.year, x.month) for x in days if x >= nxt and x <= TODAY_DATE})
    prev = (
        f'<span class="wp-calendar-nav-prev"><a href="/{earlier[0][0]}/{earlier[0][1]:02d}/">&laquo; Th{earlier[0][1]}</a></span>'
        if earlier
        else '<span class="wp-calendar-nav-prev">&nbsp;</span>'
    )
    after = (
        f'<span class="wp-calendar-nav-next"><a href="/{later[0][0]}/{later[0][1]:02d}/">Th{later[0][1]} &raquo;</a></span>'
        if later
        else '<span class="wp-calendar-nav-next">&nbsp;</span>'
    )
    head = "".join(
        f'<th scope="col" aria-label="{n}">{s}</th>'
        for s, n in zip(
            ("H", "B", "T", "N", "S", "B", "C"),
            ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
            strict=True,
        )
    )
    return (
        '<aside id="calendar-2" class="td_block_template_1 widget calendar-2 widget_calendar"><h4 class="block-title"><span>LỊCH</span></h4>'
        f'<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table"><caption>{MONTHS[month.month - 1]} {month.year}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<nav aria-label="Tháng trước và tháng sau" class="wp-calendar-nav">{prev}<span class="pad">&nbsp;</span>{after}</nav></div></aside>'
    )


def _sidebar(month: date | None = None) -> str:
    latest = "".join(
        f'<div class="td_module_6 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="{article_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{esc(_thumb(s).replace("-696x464", "-100x70"))}" alt="" width="100" height="70" /></a></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso_local(s)}">{wp_date(_local(s))}</time></span></div></div></div>'
        for s in newest()[:5]
    )
    tid = _tdi("sidebar-latest")
    return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<aside id="search-2" class="td_block_template_1 widget search-2 widget_search"><form method="get" class="td-search-form-widget" action="/"><div role="search"><input class="td-widget-search-input" type="text" value="" name="s" id="s" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="searchsubmit" value="Tìm kiếm" /></div></form></aside>
<div class="td_block_wrap td_block_9 td_block_widget {tid} td-pb-border-top td_block_template_1 td-column-1" data-td-block-uid="{tid}"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">TIN MỚI NHẤT</span></h4></div><div id="{tid}" class="td_block_inner">{latest}</div></div>
<aside id="media_image-3" class="td_block_template_1 widget media_image-3 widget_media_image"><a href="https://moet.gov.vn/" target="_blank" rel="noopener"><img width="300" height="100" src="{UP}/2023/05/banner-bo-gddt.jpg" class="image wp-image-98" alt="Bộ Giáo dục và Đào tạo" decoding="async" /></a></aside>
<aside id="media_image-4" class="td_block_template_1 widget media_image-4 widget_media_image"><a href="https://caobang.edu.vn/" target="_blank" rel="noopener"><img width="300" height="100" src="{UP}/2023/05/banner-so-gddt-cao-bang.jpg" class="image wp-image-99" alt="Sở GD&amp;ĐT Cao Bằng" decoding="async" /></a></aside>
{_calendar(month or TODAY_DATE)}
<aside id="wp_statistics_widget-2" class="td_block_template_1 widget wp_statistics_widget-2 widget_wp_statistics_widget"><h4 class="block-title"><span>THỐNG KÊ TRUY CẬP</span></h4><ul>
<li><label>Người dùng trực tuyến:&nbsp;</label>4</li><li><label>Lượt truy cập hôm nay:&nbsp;</label>318</li><li><label>Lượt truy cập hôm qua:&nbsp;</label>402</li><li><label>Tổng lượt truy cập:&nbsp;</label>1.254.873</li></ul></aside>
</div></div>"""


def _footer() -> str:
    popular = sorted(STORIES, key=lambda s: (-s.views(), s.id))[:3]
    pop = "".join(
        f'<div class="td_module_mx4 td_module_wrap td-animation-stack"><h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso_local(s)}">{wp_date(_local(s))}</time></span></div>'
        for s in popular
    )
    cloud = " ".join(
        f'<a href="/tag/{slug}/" class="tag-cloud-link" style="font-size: 11pt;">{esc(name)}</a>'
        for slug, name in TAGS.items()
    )
    return f"""<div class="td-footer-wrapper td-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span4"><div class="td-footer-info"><div class="footer-logo-wrap"><a href="/"><img class="td-retina-data" src="{UP}/2023/05/logo-footer.png" alt="" width="272" height="45" /></a></div>
<div class="footer-text-wrap"><strong>{esc(SITE.upper())}</strong><br />Địa chỉ: {esc(ADDRESS)}<br />Đường dây nóng: {HOTLINE}<br />Email: <a href="mailto:{EMAIL}">{EMAIL}</a><br />Chịu trách nhiệm nội dung: Ông Lục Văn Thắng - Trưởng phòng</div></div></div>
<div class="td-pb-span4"><div class="td_block_wrap td_block_popular_categories"><h4 class="block-title"><span>BÀI VIẾT PHỔ BIẾN</span></h4>{pop}</div></div>
<div class="td-pb-span4"><aside class="widget widget_tag_cloud"><h4 class="block-title"><span>TỪ KHÓA</span></h4><div class="tagcloud">{cloud}</div></aside></div>
</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu"><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li><li class="menu-item"><a href="/van-ban/">Văn bản</a></li></ul></div></div>
<div class="td-pb-span td-sub-footer-copy">&copy; Bản quyền thuộc về {esc(SITE)}. Thiết kế bởi Trung tâm Công nghệ thông tin Cao Bằng</div>
</div></div></div>
</div><!--close td-outer-wrap-->
<div id="login-form" class="white-popup-block mfp-hide mfp-with-anim td-login-modal-wrap"><div class="td-login-wrap"><div id="td-login-div" class="td-login-form-div td-display-block">
<div class="td-login-panel-title">Đăng nhập</div><div class="td_display_err"></div>
<form id="loginForm" action="#" method="post"><div class="td-login-inputs"><input class="td-login-input" autocomplete="username" type="text" name="login_email" id="login_email" value="" required><label for="login_email">tên tài khoản</label></div>
<div class="td-login-inputs"><input class="td-login-input" autocomplete="current-password" type="password" name="login_pass" id="login_pass" value="" required><label for="login_pass">mật khẩu</label></div>
<input type="button" name="login_button" id="login_button" class="wpb_button btn td-login-button" value="Đăng nhập"></form>
<div class="td-login-info-text"><a href="#" id="forgot-pass-link">Quên mật khẩu?</a></div></div></div></div>
<script type="text/javascript" src="{THEME}/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>
</body>
</html>"""


def _more_box(story: Story) -> str:
    others = [s for s in newest() if s.id != story.id][:2]
    items = "".join(
        f'<div class="td_module_mx19 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="{article_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{esc(_thumb(s).replace("-696x464", "-218x150"))}" alt="" width="218" height="150" /></a></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3></div></div>'
        for s in others
    )
    return (
        '<div class="td-more-articles-box"><i class="td-icon-close td-close-more-articles-box"></i>'
        '<span class="td-more-articles-box-title">CÓ THỂ BẠN QUAN TÂM</span>'
        f'<div class="td-content-more-articles-box">{items}</div></div>'
    )


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    extra: str = "",
    active: str = "",
    body_class: str = "",
) -> str:
    return (
        _head(request, title, extra)
        + f'\n<body class="{body_class} global-block-template-1 td-newspaper-pro tdb-template td-animation-stack-type0 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
        + _header(active)
        + "\n"
        + main
        + "\n"
        + _footer()
    )


# --------------------------------------------------------------------------- single posts


def _yoast(request: Request, story: Story, canonical: str) -> str:
    base = base_url(request)
    user = USERS[story.opts["user"]][0]
    image = base + _full(_thumb(story))
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": canonical + "#article",
                "isPartOf": {"@id": canonical},
                "author": {
                    "name": user,
                    "@id": f"{base}/#/schema/person/{hashlib.md5(user.encode()).hexdigest()}",
                },
                "headline": story.title,
                "datePublished": _iso_utc(story),
                "mainEntityOfPage": {"@id": canonical},
                "image": {"@id": canonical + "#primaryimage"},
                "thumbnailUrl": image,
                "articleSection": [name for _, name in _cat_label(story)],
                "inLanguage": "vi",
            },
            {
                "@type": "WebPage",
                "@id": canonical,
                "url": canonical,
                "name": f"{story.title} - {SHORT}",
                "datePublished": _iso_utc(story),
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": base + "/"},
                    {"@type": "ListItem", "position": 2, "name": story.title},
                ],
            },
        ],
    }
    ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    return f"""<!-- This site is optimized with the Yoast SEO plugin v26.3 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{esc(_excerpt(story))}" />
<link rel="canonical" href="{esc(canonical)}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(story.title)} - {esc(SHORT)}" />
<meta property="og:description" content="{esc(_excerpt(story))}" />
<meta property="og:url" content="{esc(canonical)}" />
<meta property="og:site_name" content="{esc(SHORT)}" />
<meta property="article:published_time" content="{_iso_utc(story)}" />
<meta property="og:image" content="{esc(image)}" />
<meta name="author" content="{esc(user)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Được viết bởi" />
<meta name="twitter:data1" content="{esc(user)}" />
<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{story.id}" />
<link rel='shortlink' href='{base}/?p={story.id}' />"""


def _tags_html(story: Story, tdb: bool) -> str:
    if not story.opts["tags"]:
        return ""
    links = "".join(f'<li><a href="/tag/{t}/">{esc(TAGS[t])}</a></li>' for t in story.opts["tags"])
    if tdb:
        tid = _tdi(f"tags{story.id}")
        return (
            f'<div class="td_block_wrap tdb_single_tags {tid} td-pb-border-top td_block_template_1" data-td-block-uid="{tid}">'
            f'<div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>TỪ KHÓA</span></li>{links}</ul></div></div>'
        )
    return f'<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TỪ KHÓA</span></li>{links}</ul></div>'


def _share(canonical: str, story: Story, cls: str) -> str:
    u = quote(canonical, safe="")
    return f"""<div class="{cls}"><div id="td_social_sharing_article_{story.id}" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={u}" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text={quote(story.title)}&amp;url={u}" title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-mail" href="mailto:?subject={quote(story.title)}&amp;body={u}" title="Email"><div class="td-social-but-icon"><i class="td-icon-mail"></i></div><div class="td-social-but-text">Email</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-print" href="#" title="Print"><div class="td-social-but-icon"><i class="td-icon-print"></i></div><div class="td-social-but-text">In bài</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-copy_url" href="#" title="Copy URL"><div class="td-social-but-icon"><i class="td-icon-copy_url"></i></div><div class="td-social-but-text">Sao chép URL</div></a>
</div></div></div>"""


def _comments(story: Story, path: str) -> str:
    comments = story.opts.get("comments", [])
    if not comments:
        return ""

    def one(c: tuple) -> str:
        cid, name, when, body, _parent = c
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
        hour = dt.hour % 12 or 12
        clock = f"{hour}:{dt.minute:02d} {'sáng' if dt.hour < 12 else 'chiều'}"
        children = "".join(one(k) for k in comments if k[4] == cid)
        kids = f'<ul class="children">{children}</ul>' if children else ""
        return (
            f'<li class="comment" id="li-comment-{cid}"><article><footer>'
            f'<img alt="" src="https://secure.gravatar.com/avatar/{hashlib.md5(name.encode()).hexdigest()}?s=50&#038;d=mm&#038;r=g" class="avatar avatar-50 photo" height="50" width="50" />'
            f'<cite>{esc(name)}</cite><a class="comment-link" href="#comment-{cid}"><time pubdate="{dt:%Y-%m-%dT%H:%M:00+07:00}">{wp_date(dt)} lúc {clock}</time></a></footer>'
            f'<div class="comment-content" id="comment-{cid}"><p>{esc(body)}</p></div>'
            f'<div class="comment-meta"><a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.id}"'
            f' data-belowelement="comment-{cid}" data-respondelement="respond" aria-label="Trả lời {esc(name)}">Trả lời</a></div></article>{kids}</li>'
        )

    items = "".join(one(c) for c in comments if c[4] == 0)
    return f"""<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>{len(comments)} BÌNH LUẬN</span></h4></div>
<ol class="comment-list">{items}</ol>
<div class="comment-pagination"><div class="clearfix"></div></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ĐỂ LẠI MỘT BÌNH LUẬN <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Hủy trả lời</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Vui lòng nhập bình luận của bạn!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-author">Vui lòng nhập tên của bạn ở đây</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-email-error">Bạn đã nhập địa chỉ email không chính xác!</div></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /><input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div>"""


def _related_modules(posts: list[Story]) -> str:
    return "".join(
        f'<div class="tdb_module_related td_module_wrap td-animation-stack"><div class="td-module-container td-category-pos-">'
        f'<div class="td-image-container"><div class="td-module-thumb"><a href="{article_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="{esc(_thumb(s).replace("-696x464", "-218x150"))}"></span></a></div></div>'
        f'<div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<div class="td-editor-date"><span class="td-author-date"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso_local(s)}">{wp_date(_local(s))}</time></span></span></div></div></div></div>'
        for s in posts
    )


def _author_url(story: Story) -> str:
    return f"/author/{story.opts['user']}/"


def _avatar(nicename: str, size: int) -> str:
    return (
        f'<img alt="" src="https://secure.gravatar.com/avatar/{hashlib.md5(nicename.encode()).hexdigest()}?s={size}&#038;d=mm&#038;r=g"'
        f' class="avatar avatar-{size} photo" height="{size}" width="{size}" loading="lazy" decoding="async"/>'
    )


def _single_tdb(request: Request, story: Story, canonical: str, path: str) -> str:
    name, _, descr = USERS[story.opts["user"]]
    short = story.title
    cats = _cat_label(story)
    b = [_tdi(f"{story.id}-{n}") for n in range(14)]
    crumbs = (
        f'<span><a title="" class="tdb-entry-crumb" href="/">Trang chủ</a></span><i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i>'
        f'<span><a title="Xem tất cả bài viết trong {esc(CATS[story.cat])}" class="tdb-entry-crumb" href="/category/{story.cat}/">{esc(CATS[story.cat])}</a></span>'
        f'<i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep tdb-bred-no-url-last"></i><span class="tdb-bred-no-url-last">{esc(short)}</span>'
    )
    labels = "".join(
        f'<a class="tdb-entry-category" href="{href}"><span class="tdb-cat-bg"></span>{esc(label)}</a>'
        for href, label in cats
    )
    subtitle = (
        f'<div class="td_block_wrap tdb_single_subtitle {b[3]} td-pb-border-top td_block_template_1" data-td-block-uid="{b[3]}">'
        f'<div class="tdb-block-inner td-fix-index"><p>{text(story.summary)}</p></div></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    feat = _featured(story)
    featured = ""
    if feat:
        cap = (
            f'<figcaption class="tdb-caption-text">{text(feat.printed)}</figcaption>'
            if feat.printed
            else ""
        )
        featured = (
            f'<div class="td_block_wrap tdb_single_featured_image {b[7]} tdb-content-horiz-left td-pb-border-top td_block_template_1" data-td-block-uid="{b[7]}">'
            f'<div class="tdb-block-inner td-fix-index"><figure><a href="{esc(_full(feat.src))}" data-caption="{esc(feat.printed or "")}">'
            f'<img fetchpriority="high" width="696" height="464" class="entry-thumb td-animation-stack-type0-2" src="{esc(feat.src)}"'
            f' srcset="{esc(_srcset(feat.src))}" sizes="(max-width: 696px) 100vw, 696px" alt="" title="{esc(story.slug)}"/></a>{cap}</figure></div></div>'
        )
    related = [s for s in newest(story.cat) if s.id != story.id][:3]
    return f"""<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="{story.id}" data-autoload-type="" data-autoload-count="5">
<style>.td-container-wrap{{background:#fff}}</style>
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">
<article id="template-id-845" class="post-{story.id} post type-post status-publish format-standard{" has-post-thumbnail" if feat else ""} category-{story.cat} tdb-single-template" itemscope itemtype="https://schema.org/Article">
<div id="tdi_41" class="tdc-zone"><div class="tdc_zone tdi_42 wpb_row td-pb-row"><div id="tdi_43" class="tdc-row"><div class="vc_row tdi_44 wpb_row td-pb-row">
<div class="vc_column tdi_46 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_breadcrumbs {b[0]} td-pb-border-top td_block_template_1 tdb-breadcrumbs" data-td-block-uid="{b[0]}"><div class="tdb-block-inner td-fix-index">{crumbs}</div></div>
<div class="td_block_wrap tdb_single_categories {b[1]} td-pb-border-top td_block_template_1" data-td-block-uid="{b[1]}"><div class="tdb-category td-fix-index">{labels}</div></div>
<div class="td_block_wrap tdb_title {b[2]} tdb-single-title td-pb-border-top td_block_template_1" data-td-block-uid="{b[2]}"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{esc(story.title)}</h1><div></div><div class="tdb-title-line"></div></div></div>
{subtitle}
<div class="vc_row_inner tdi_50 vc_row vc_inner wpb_row td-pb-row"><div class="vc_column_inner"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_single_author {b[4]} td-pb-border-top td_block_template_1 tdb-post-meta" data-td-block-uid="{b[4]}"><div class="tdb-block-inner td-fix-index"><a class="tdb-author-photo" href="{_author_url(story)}" title="{esc(name)}">{_avatar(story.opts["user"], 96)}</a><div class="tdb-author-by">Bởi</div><a class="tdb-author-name" href="{_author_url(story)}">{esc(name)}</a></div></div>
<div class="td_block_wrap tdb_single_date {b[5]} td-pb-border-top td_block_template_1 tdb-post-meta" data-td-block-uid="{b[5]}"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="{_iso_local(story)}">{wp_date(_local(story))}</time></div></div>
<div class="td_block_wrap tdb_single_post_views {b[6]} td-pb-border-top td_block_template_1 tdb-post-meta" data-td-block-uid="{b[6]}"><div class="tdb-block-inner td-fix-index"><span class="td-nr-views-{story.id}">{story.views()}</span></div></div>
</div></div></div>
{featured}
<div class="td_block_wrap tdb_single_content {b[8]} td-pb-border-top td_block_template_1 td-post-content tagdiv-type" data-td-block-uid="{b[8]}"><div class="tdb-block-inner td-fix-index">{_content(story)}</div></div>
{_tags_html(story, True)}
{_share(canonical, story, f"td_block_wrap tdb_single_post_share {b[9]} td-pb-border-top td_block_template_1")}
<div class="td_block_wrap tdb_single_author_box {b[10]} tdb-content-vert-top td-pb-border-top td_block_template_1" data-td-block-uid="{b[10]}"><div class="tdb-block-inner td-fix-index"><a href="{_author_url(story)}" class="tdb-author-photo" title="{esc(name)}">{_avatar(story.opts["user"], 96)}</a><div class="tdb-author-info"><a href="{_author_url(story)}" class="tdb-author-name">{esc(name)}</a><div class="tdb-author-descr">{esc(descr)}</div><div class="tdb-author-icons"></div></div></div></div>
{_comments(story, path)}
<div class="td_block_wrap tdb_single_related {b[11]} td_with_ajax_pagination td-pb-border-top td_block_template_1 tdb-single-related-posts" data-td-block-uid="{b[11]}"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>BÀI VIẾT LIÊN QUAN</span></h4></div>
<div id="{b[11]}" class="td_block_inner tdb-block-inner td-fix-index">{_related_modules(related)}</div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-{b[11]}" data-td_block_id="{b[11]}"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-{b[11]}" data-td_block_id="{b[11]}"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
</div></div>
<div class="vc_column tdi_48 wpb_column vc_column_container tdc-column td-pb-span4">{_sidebar()}</div>
</div></div></div></div>
</article>
</div></div>
{_more_box(story)}
</div>"""


def _single_classic(request: Request, story: Story, canonical: str, path: str) -> str:
    name, _, descr = USERS[story.opts["user"]]
    cats = "".join(
        f'<li class="entry-category"><a href="{href}">{esc(label)}</a></li>'
        for href, label in _cat_label(story)
    )
    sub = (
        f'<p class="td-post-sub-title">{text(story.summary)}</p>'
        if story.summary and story.sapo_outside
        else ""
    )
    feat = _featured(story)
    featured = ""
    if feat:
        cap = (
            f'<figcaption class="wp-caption-text">{text(feat.printed)}</figcaption>'
            if feat.printed
            else ""
        )
        featured = (
            f'<div class="td-post-featured-image"><figure><a href="{esc(_full(feat.src))}" data-caption="{esc(feat.printed or "")}">'
            f'<img width="696" height="464" class="entry-thumb td-modal-image" src="{esc(feat.src)}" srcset="{esc(_srcset(feat.src))}"'
            f' sizes="(max-width: 696px) 100vw, 696px" alt="" title="{esc(story.slug)}"/></a>{cap}</figure></div>'
        )
    same = newest(story.cat)
    idx = same.index(story)
    prev_post = same[idx + 1] if idx + 1 < len(same) else None
    next_post = same[idx - 1] if idx > 0 else None
    nav = '<div class="td-block-row td-post-next-prev">'
    nav += (
        f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="{article_path(prev_post)}">{esc(prev_post.title)}</a></div></div>'
        if prev_post
        else '<div class="td-block-span6 td-post-prev-post"></div>'
    )
    nav += '<div class="td-next-prev-separator"></div>'
    nav += (
        f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="{article_path(next_post)}">{esc(next_post.title)}</a></div></div>'
        if next_post
        else ""
    )
    nav += "</div>"
    related = list({s.id: s for s in newest(story.cat) + newest() if s.id != story.id}.values())[:3]
    rid = _tdi(f"rel{story.id}")
    rel_items = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb">'
        f'<a href="{article_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}"><img class="entry-thumb" src="{esc(_thumb(s).replace("-696x464", "-218x150"))}" alt="" width="218" height="150" /></a></div>'
        f'<a href="/category/{s.cat}/" class="td-post-category">{esc(CATS[s.cat])}</a></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3></div></div></div>'
        for s in related
    )
    return f"""<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Xem tất cả bài viết trong {esc(CATS[story.cat])}" class="entry-crumb" href="/category/{story.cat}/">{esc(CATS[story.cat])}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(story.title)}</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard category-{story.cat}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category">{cats}</ul>
<header class="td-post-title"><h1 class="entry-title">{esc(story.title)}</h1>{sub}
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{_author_url(story)}">{esc(name)}</a><div class="td-author-line"> - </div> </div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso_local(story)}">{wp_date(_local(story))}</time></span>
<div class="td-post-comments"><a href="{path}#respond"><i class="td-icon-comments"></i>{len(story.opts.get("comments", []))}</a></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{story.id}">{story.views()}</span></div></div>
</header></div>
{_share(canonical, story, "td-post-sharing-top")}
<div class="td-post-content tagdiv-type">
{featured}
{_content(story)}
{_attachment(story)}
</div>
<footer>{_tags_html(story, False)}{nav}
<div class="author-box-wrap"><a href="{_author_url(story)}">{_avatar(story.opts["user"], 96)}</a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{_author_url(story)}">{esc(name)}</a></span></div><div class="td-author-description">{esc(descr)}</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(name)}"></span><meta itemprop="datePublished" content="{_iso_local(story)}">
</footer>
</article>
<div class="td_block_wrap td_block_related_posts {rid} td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="{rid}"><h4 class="td-related-title td-block-title"><a id="{rid}_a" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="{rid}" href="#">BÀI VIẾT LIÊN QUAN</a><a id="{rid}_b" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="{rid}" href="#">XEM THÊM TỪ TÁC GIẢ</a></h4>
<div id="{rid}" class="td_block_inner"><div class="td-related-row">{rel_items}</div></div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-{rid}" data-td_block_id="{rid}"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-{rid}" data-td_block_id="{rid}"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
{_comments(story, path)}
</div></div>
{_sidebar()}
</div></div></div>
{_more_box(story)}"""


def _article(request: Request, story: Story) -> str:
    path = article_path(story)
    canonical = base_url(request) + path
    extra = _yoast(request, story, canonical)
    if story.opts["tpl"] == "tdb":
        main = _single_tdb(request, story, canonical, path)
        cls = f"post-template-default single single-post postid-{story.id} single-format-standard td-standard-pack tdb_template_845"
    else:
        main = _single_classic(request, story, canonical, path)
        cls = f"post-template-default single single-post postid-{story.id} single-format-standard td-standard-pack"
    return _page(
        request,
        f"{story.title} - {SHORT}",
        main,
        extra=extra,
        active=f"/category/{story.cat}/",
        body_class=cls,
    )


# --------------------------------------------------------------------------- listings


def _module(s: Story, kind: str = "td_module_10") -> str:
    cat_href, cat_name = _cat_label(s)[-1]
    return (
        f'<div class="{kind} td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="{article_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{esc(_thumb(s).replace("-696x464", "-218x150"))}" alt="" title="{esc(s.title)}" width="218" height="150" /></a></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<div class="td-module-meta-info"><a href="{cat_href}" class="td-post-category">{esc(cat_name)}</a>'
        f'<span class="td-post-author-name"><a href="{_author_url(s)}">{esc(USERS[s.opts["user"]][0])}</a> <span>-</span> </span>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso_local(s)}">{wp_date(_local(s))}</time></span>'
        f'<span class="td-module-comments"><a href="{article_path(s)}#respond">{len(s.opts.get("comments", []))}</a></span></div>'
        f'<div class="td-excerpt">{esc(_excerpt(s))}</div></div></div>'
    )


def _big_grid(posts: list[Story], seed: str) -> str:
    tid = _tdi(seed)
    items = "".join(
        f'<div class="td_module_mx5 td-animation-stack td-big-grid-post-{i} td-big-grid-post td-{"big" if i == 0 else "small"}-thumb">'
        f'<div class="td-module-thumb"><a href="{article_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{esc(_thumb(s))}" alt="" title="{esc(s.title)}" /></a></div>'
        f'<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">'
        f'<a href="/category/{s.cat}/" class="td-post-category">{esc(CATS[s.cat])}</a>'
        f'<h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3></div>'
        f'<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso_local(s)}">{wp_date(_local(s))}</time></span></div></div></div></div>'
        for i, s in enumerate(posts)
    )
    return (
        f'<div class="td_block_wrap td_block_big_grid_1 {tid} td-grid-style-1 td-hover-1 td-big-grids td-pb-border-top td_block_template_1" data-td-block-uid="{tid}">'
        f'<div id="{tid}" class="td_block_inner"><div class="td-big-grid-wrapper">{items}</div><div class="clearfix"></div></div></div>'
    )


def _pager(base: str, page: int, last: int, query: str) -> str:
    if last <= 1:
        return ""
    q = f"?{query}" if query else ""

    def url(n: int) -> str:
        return f"{base}{q}" if n == 1 else f"{base}page/{n}/{q}"

    out = ['<div class="page-nav td-pb-padding-side">']
    if page > 1:
        out.append(
            f'<a href="{esc(url(page - 1))}" aria-label="prev-page"><i class="td-icon-menu-left"></i></a>'
        )
    for n in range(1, last + 1):
        out.append(
            f'<span class="current">{n}</span>'
            if n == page
            else f'<a href="{esc(url(n))}" class="page" title="{n}">{n}</a>'
        )
    if page < last:
        out.append(
            f'<a href="{esc(url(page + 1))}" aria-label="next-page"><i class="td-icon-menu-right"></i></a>'
        )
    out.append(
        f'<span class="pages">Trang {page} trên {last}</span><div class="clearfix"></div></div>'
    )
    return "".join(out)


def _filtered(posts: list[Story], filter_by: str, page: int) -> list[Story]:
    if filter_by == "featured":
        return [s for s in posts if s.opts.get("featured")]
    if filter_by in ("popular", "review_high"):
        return sorted(posts, key=lambda s: (-s.views(), s.id))
    if filter_by == "popular7":
        return [s for s in posts if (TODAY_DATE - _local(s).date()).days <= 7]
    if filter_by == "random_posts":
        # ORDER BY RAND(): a different order on every request; here a fixed shuffle per page number
        return sorted(posts, key=lambda s: hashlib.md5(f"{s.id}:{page}".encode()).hexdigest())
    return posts


def _category_header(slug: str, parent: str | None, filter_by: str, base: str) -> str:
    cat_name = SUBCATS.get(slug) if parent else CATS[slug]
    top = parent or slug
    crumbs = '<span><a title="" class="entry-crumb" href="/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> '
    if parent:
        crumbs += f'<span><a title="Xem tất cả bài viết trong {esc(CATS[parent])}" class="entry-crumb" href="/category/{parent}/">{esc(CATS[parent])}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> '
    crumbs += f'<span class="td-bred-no-url-last">{esc(cat_name)}</span>'
    siblings = ""
    if top == "tin-giao-duc":
        links = [(f"/category/{top}/", "Tất cả", parent is None)] + [
            (f"/category/{top}/{s}/", name, s == slug) for s, name in SUBCATS.items()
        ]
        siblings = (
            '<div class="td-category-siblings"><ul class="td-category">'
            + "".join(
                f'<li class="entry-category"><a class="{"td-current-sub-category" if cur else ""}" href="{href}">{esc(label)}</a></li>'
                for href, label, cur in links
            )
            + '</ul><div class="td-subcat-dropdown td-pulldown-filter-display-option"><div class="td-subcat-more"><i class="td-icon-menu-down"></i></div><ul class="td-pulldown-filter-list"></ul></div><div class="clearfix"></div></div>'
        )
    current = dict(FILTERS).get(filter_by, "Mới nhất")
    tid = _tdi(f"pulldown{slug}")
    filters = "".join(
        f'<li class="td-pulldown-filter-item"><a class="td-pulldown-category-filter-link" id="{tid}_{n}" data-td_block_id="{tid}" href="{esc(base + (f"?filter_by={value}" if value else ""))}">{esc(label)}</a></li>'
        for n, (value, label) in enumerate(FILTERS)
    )
    return (
        '<div class="td-category-header td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">'
        f'<div class="td-crumb-container"><div class="entry-crumbs">{crumbs}</div></div><h1 class="entry-title td-page-title">{esc(cat_name)}</h1></div></div>'
        f'<div class="td-pb-row"><div class="td-pb-span12">{siblings}'
        f'<div class="td-category-pulldown-filter td-wrapper-pulldown-filter"><div class="td-pulldown-filter-display-option"><div class="td-subcat-more">{esc(current)} <i class="td-icon-menu-down"></i></div>'
        f'<ul class="td-pulldown-filter-list">{filters}</ul></div></div></div></div></div></div>'
    )


def _listing_page(
    request: Request,
    title: str,
    header: str,
    posts: list[Story],
    base: str,
    page: int,
    *,
    query: str = "",
    grid: bool = False,
    active: str = "",
    feed: str = "",
    month: date | None = None,
) -> Response | str:
    last = max(1, -(-len(posts) // PER_PAGE))
    if page > last:
        return _not_found(request)
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    modules = (
        "".join(_module(s) for s in chunk)
        or '<div class="no-results td-pb-padding-side"><h2>Không có bài viết nào để hiển thị</h2></div>'
    )
    big = _big_grid(posts[:4], f"grid{base}") if grid and page == 1 and posts else ""
    canonical = base_url(request) + (base if page == 1 else f"{base}page/{page}/")
    links = f'<link rel="canonical" href="{esc(canonical)}" />'
    if page > 1:
        links += f'\n<link rel="prev" href="{esc(base_url(request) + (base if page == 2 else f"{base}page/{page - 1}/"))}" />'
    if page < last:
        links += (
            f'\n<link rel="next" href="{esc(base_url(request) + f"{base}page/{page + 1}/")}" />'
        )
    if feed:
        links += f'\n<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} &raquo; {esc(title)} Dòng thông tin" href="{base_url(request)}{feed}" />'
    main = f"""{header}
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
{f'<div class="td-category-grid"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">{big}</div></div></div></div>' if big else ""}
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
{modules}
</div>{_pager(base, page, last, query)}</div>
{_sidebar(month)}
</div></div></div>"""
    suffix = f" - Trang {page} trên {last}" if page > 1 else ""
    return _page(
        request,
        f"{title}{suffix} - {SHORT}",
        main,
        extra=links,
        active=active,
        body_class="archive category td-standard-pack",
    )


def _simple_header(crumb: str, title: str, extra: str = "") -> str:
    return (
        '<div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Trang chủ</a></span>'
        f' <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(crumb)}</span></div></div>'
        f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(title)}</span></h1></div>{extra}</div>'
    )


def _category(request: Request, slug: str, parent: str | None, page: int) -> Response | str:
    filter_by = request.params.get("filter_by", "")
    if filter_by not in dict(FILTERS):
        filter_by = ""  # unknown values fall back to the latest posts
    base = f"/category/{parent}/{slug}/" if parent else f"/category/{slug}/"
    posts = _filtered(newest(slug), filter_by, page)
    name = SUBCATS[slug] if parent else CATS[slug]
    header = _category_header(slug, parent, filter_by, base)
    query = f"filter_by={filter_by}" if filter_by else ""
    return _listing_page(
        request,
        name,
        header,
        posts,
        base,
        page,
        query=query,
        grid=True,
        active=f"/category/{parent or slug}/",
        feed=f"{base}feed/",
    )


def _tag(request: Request, slug: str, page: int) -> Response | str:
    posts = [s for s in newest() if slug in s.opts["tags"]]
    header = _simple_header(TAGS[slug], f"Tag: {TAGS[slug]}")
    return _listing_page(request, TAGS[slug], header, posts, f"/tag/{slug}/", page)


def _author(request: Request, nicename: str, page: int) -> Response | str:
    name, _, descr = USERS[nicename]
    posts = [s for s in newest() if s.opts["user"] == nicename]
    box = (
        f'<div class="author-box-wrap td-author-page">{_avatar(nicename, 96)}<div class="desc"><div class="td-author-counters"><span class="td-author-post-count">{len(posts)} BÀI VIẾT</span>'
        f'<span class="td-author-comments-count">0 BÌNH LUẬN</span></div><div class="td-author-description">{esc(descr)}</div></div><div class="clearfix"></div></div>'
    )
    header = _simple_header(name, name, box)
    return _listing_page(request, name, header, posts, f"/author/{nicename}/", page)


def _date_archive(
    request: Request, year: int, month: int, day: int | None, page: int
) -> Response | str:
    posts = [
        s for s in newest()
        if _local(s).year == year and _local(s).month == month and (day is None or _local(s).day == day)
    ]  # fmt: skip
    if not posts:
        return _not_found(request)
    label = f"{MONTHS[month - 1]} {year}" if day is None else wp_date(date(year, month, day))
    base = f"/{year}/{month:02d}/" + (f"{day:02d}/" if day else "")
    header = _simple_header(label, f"Lưu trữ: {label}")
    return _listing_page(request, label, header, posts, base, page, month=date(year, month, 1))


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request, page: int) -> Response | str:
    q = unquote(request.params.get("s", "")).strip()
    words = _fold(q).split()
    posts = [
        s
        for s in newest()
        if words and all(w in _fold(s.title + " " + " ".join(s.paragraphs)) for w in words)
    ]
    header = _simple_header(f"Kết quả tìm kiếm cho {q}", f"{len(posts)} kết quả tìm kiếm cho: {q}")
    return _listing_page(
        request, f"Bạn đã tìm kiếm {q}", header, posts, "/", page, query=f"s={quote(q)}"
    )


# --------------------------------------------------------------------------- home and pages


def _home(request: Request) -> str:
    all_posts = newest()
    tid = _tdi("home-tgd")
    tabs = [("", "Tất cả")] + [(str(CAT_IDS[s]), name) for s, name in SUBCATS.items()]
    sub_tabs = "".join(
        f'<li class="td-subcat-item"><a class="td-subcat-link{" td-cur-simple-item" if not value else ""}" id="{tid}_{n}" data-td_filter_value="{value}" data-td_block_id="{tid}" href="#">{esc(label)}</a></li>'
        for n, (value, label) in enumerate(tabs)
    )
    edu = "".join(_module(s, "td_module_flex td_module_flex_1") for s in newest("tin-giao-duc")[:4])
    nid = _tdi("home-tb")
    notices = "".join(
        f'<div class="td_module_flex td_module_flex_5 td_module_wrap td-animation-stack"><div class="td-module-meta-info">'
        f'<h3 class="entry-title td-module-title"><a href="{article_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{_iso_local(s)}">{wp_date(_local(s))}</time></span></div></div>'
        for s in newest("thong-bao")[:4]
    )
    gid = _tdi("home-gs")
    models = "".join(
        _module(s, "td_module_flex td_module_flex_4") for s in newest("guong-dien-hinh")[:2]
    )
    main = f"""<div class="td-main-content-wrap td-main-page-wrap td-container-wrap"><div class="tdc-content-wrap">
<div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2 wpb_row td-pb-row"><div id="tdi_3" class="tdc-row"><div class="vc_row tdi_4 wpb_row td-pb-row">
<div class="vc_column tdi_6 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">{_big_grid(all_posts[:5], "home-grid")}</div></div></div></div>
<div id="tdi_8" class="tdc-row"><div class="vc_row tdi_9 wpb_row td-pb-row">
<div class="vc_column tdi_11 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap td_flex_block_1 {tid} td_with_ajax_pagination td-pb-border-top td_block_template_1 td_flex_block" data-td-block-uid="{tid}">
<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><a href="/category/tin-giao-duc/" class="td-pulldown-size">TIN GIÁO DỤC</a></h4>
<div class="td-wrapper-pulldown-filter"><div class="td-pulldown-filter-display-option"><div class="td-subcat-more">Thêm <i class="td-icon-read-down"></i></div></div></div>
<div class="td-subcat-filter"><ul class="td-subcat-list">{sub_tabs}</ul></div></div>
<div id="{tid}" class="td_block_inner td-mc1-wrap">{edu}</div>
<div class="td-load-more-wrap"><a href="#" class="td_ajax_load_more td_ajax_load_more_js" aria-label="Tải thêm" id="next-page-{tid}" data-td_block_id="{tid}">Tải thêm<i class="td-load-more-icon"></i></a></div></div>
<div class="td_block_wrap td_flex_block_5 {nid} td-pb-border-top td_block_template_1 td_flex_block" data-td-block-uid="{nid}">
<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><a href="/category/thong-bao/" class="td-pulldown-size">THÔNG BÁO</a></h4></div>
<div id="{nid}" class="td_block_inner td-mc1-wrap">{notices}</div></div>
<div class="td_block_wrap td_flex_block_4 {gid} td_with_ajax_pagination td-pb-border-top td_block_template_1 td_flex_block" data-td-block-uid="{gid}">
<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><a href="/category/guong-dien-hinh/" class="td-pulldown-size">GƯƠNG ĐIỂN HÌNH</a></h4></div>
<div id="{gid}" class="td_block_inner td-mc1-wrap">{models}</div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-{gid}" data-td_block_id="{gid}"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-{gid}" data-td_block_id="{gid}"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
</div></div>
<div class="vc_column tdi_13 wpb_column vc_column_container tdc-column td-pb-span4">{_sidebar()}</div>
</div></div></div></div></div></div>"""
    extra = (
        f'<link rel="canonical" href="{base_url(request)}/" />\n<meta property="og:type" content="website" />\n'
        f'<meta name="description" content="Trang thông tin điện tử {esc(SITE)}" />'
    )
    return _page(
        request,
        f"{SHORT} - Trang thông tin điện tử {SITE}",
        main,
        extra=extra,
        active="/",
        body_class="home page-template-default page page-id-2 td-standard-pack",
    )


_WEEK = [
    (
        "Thứ Hai 23/11",
        "Sáng: Giao ban lãnh đạo Phòng. Chiều: Kiểm tra công tác bán trú Trường PTDTBT THCS Lê Chung.",
        "Trưởng phòng, Phó Trưởng phòng",
    ),
    (
        "Thứ Ba 24/11",
        "Sáng: Dự Hội nghị sơ kết tháng 11 của Sở GD&ĐT (trực tuyến). Chiều: Làm việc tại cơ quan.",
        "Lãnh đạo Phòng",
    ),
    (
        "Thứ Tư 25/11",
        "Cả ngày: Kiểm tra chuyên môn các trường tiểu học cụm xã Dân Chủ, Đức Xuân.",
        "Ông Nông Văn Tuấn",
    ),
    (
        "Thứ Năm 26/11",
        "Sáng: Họp Hội đồng thi đua khen thưởng ngành. Chiều: Làm việc tại cơ quan.",
        "Trưởng phòng",
    ),
    (
        "Thứ Sáu 27/11",
        "Sáng: Dự chuyên đề Mầm non tại Trường MN Hồng Việt. Chiều: Giao ban cuối tuần.",
        "Bà Hoàng Thu Hà",
    ),
]
_DOCS = [
    (
        "812/PGDĐT-TH",
        "02/11/2026",
        "Hướng dẫn công tác phòng, chống rét cho học sinh mùa đông năm 2026",
        _u("2026/11", "CV-812-PGDDT-phong-chong-ret-2026.pdf"),
    ),
    (
        "745/KH-PGDĐT",
        "10/10/2026",
        "Kế hoạch tổ chức Hội giảng giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        _u("2026/10", "KH-745-hoi-giang-2026-2027.pdf"),
    ),
    (
        "690/PGDĐT-MN",
        "25/09/2026",
        "Hướng dẫn tổ chức Hội thi “Bé khỏe - Bé ngoan” năm 2026",
        _u("2026/09", "HD-690-be-khoe-be-ngoan.pdf"),
    ),
    (
        "612/PGDĐT",
        "05/09/2026",
        "Hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027",
        _u("2026/09", "HD-612-nhiem-vu-nam-hoc-2026-2027.pdf"),
    ),
]
_ALBUM = [f"{UP}/2026/09/khai-giang-2026-{n}-300x200.jpg" for n in range(1, 7)]
_PDFS = {href for *_, href in _DOCS} | {s.opts["attach"][0] for s in STORIES if "attach" in s.opts}


def _static(request: Request, slug: str) -> str:
    title = PAGES[slug]
    if slug == "gioi-thieu":
        body = (
            f"<p>{esc(SITE)} là cơ quan chuyên môn thuộc UBND huyện Hòa An, có chức năng tham mưu, giúp UBND huyện"
            " quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>"
            "<p>Toàn huyện hiện có 46 trường học gồm 16 trường mầm non, 15 trường tiểu học, 14 trường THCS và 1 trường"
            " liên cấp, với hơn 11.200 học sinh và gần 1.100 cán bộ, giáo viên, nhân viên.</p>"
            "<h3>Lãnh đạo Phòng</h3><ul><li>Trưởng phòng: Ông Lục Văn Thắng</li><li>Phó Trưởng phòng: Bà Triệu Thị Hạnh</li>"
            "<li>Phó Trưởng phòng: Ông Bế Văn Quân</li></ul>"
        )
    elif slug == "lien-he":
        body = (
            f"<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: {HOTLINE}<br />Email: {EMAIL}</p>"
            '<div class="wpcf7 no-js" id="wpcf7-f212-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f212-p14-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="212" /><input type="hidden" name="_wpcf7_version" value="6.1" /><input type="hidden" name="_wpcf7_locale" value="vi" /></div>'
            '<p><label> Họ và tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" type="text" name="your-name" /></span></label></p>'
            '<p><label> Địa chỉ Email (bắt buộc)<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" /></span></label></p>'
            '<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi đi" /></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>'
        )
    elif slug == "lich-cong-tac":
        rows = "".join(
            f"<tr><td>{esc(d)}</td><td>{esc(c)}</td><td>{esc(w)}</td></tr>" for d, c, w in _WEEK
        )
        body = (
            '<p style="text-align: center;"><strong>LỊCH CÔNG TÁC TUẦN 12 (Từ ngày 23/11/2026 đến ngày 29/11/2026)</strong></p>'
            f'<figure class="wp-block-table"><table><thead><tr><th>Thứ, ngày</th><th>Nội dung công việc</th><th>Lãnh đạo, chuyên viên thực hiện</th></tr></thead><tbody>{rows}</tbody></table></figure>'
            "<p><em>Lịch công tác có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>"
        )
    elif slug == "van-ban":
        rows = "".join(
            f'<tr><td>{esc(no)}</td><td>{d}</td><td>{esc(t)}</td><td><a href="{esc(href)}">Tải về</a></td></tr>'
            for no, d, t, href in _DOCS
        )
        body = f'<figure class="wp-block-table"><table><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></figure>'
    else:
        items = "".join(
            f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="{esc(_full(src))}"><img width="300" height="200" src="{esc(src)}" class="attachment-medium size-medium" alt="" /></a></div></figure>'
            for src in _ALBUM
        )
        body = (
            "<h3>Lễ khai giảng năm học 2026 - 2027</h3>"
            f'<div id="gallery-1" class="gallery galleryid-16 gallery-columns-3 gallery-size-medium">{items}</div>'
        )
    main = (
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container tdc-content-wrap"><div class="td-crumb-container"><div class="entry-crumbs">'
        f'<span><a title="" class="entry-crumb" href="/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(title)}</span></div></div>'
        f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(title)}</span></h1></div>'
        f'<div class="td-page-content tagdiv-type">{body}</div></div></div>{_sidebar()}</div></div></div>'
    )
    extra = f'<link rel="canonical" href="{base_url(request)}/{slug}/" />\n<meta property="og:type" content="article" />'
    return _page(
        request,
        f"{title} - {SHORT}",
        main,
        extra=extra,
        active=f"/{slug}/",
        body_class=f"page-template-default page td-standard-pack page-{slug}",
    )


def _not_found(request: Request) -> Response:
    main = (
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-404-title">'
        'Ooops... Lỗi 404</div><div class="td-404-sub-title">Xin lỗi, nhưng trang bạn đang tìm kiếm không tồn tại.</div>'
        '<div class="td-404-sub-sub-title">Bạn có thể về <a href="/">TRANG CHỦ</a></div>'
        f'<h4 class="block-title"><span>BÀI VIẾT MỚI NHẤT</span></h4>{"".join(_module(s) for s in newest()[:3])}</div></div></div></div>'
    )
    return html(
        _page(request, f"Không tìm thấy trang - {SHORT}", main, body_class="error404"), status=404
    )


# --------------------------------------------------------------------------- feeds and sitemaps


def _rss(request: Request, posts: list[Story], title: str, link: str) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
	<item>
		<title>{esc(s.title)}</title>
		<link>{base}{article_path(s)}</link>
		<comments>{base}{article_path(s)}#respond</comments>
		<dc:creator><![CDATA[{USERS[s.opts["user"]][0]}]]></dc:creator>
		<pubDate>{format_datetime(_local(s).astimezone(UTC), usegmt=False).replace("-0000", "+0000")}</pubDate>
		<category><![CDATA[{CATS[s.cat]}]]></category>
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s, 40)}]]></description>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>"""
        for s in posts[:FEED_SIZE]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{esc(title)}</title>
	<atom:link href="{base}{request.path}" rel="self" type="application/rss+xml" />
	<link>{base}{link}</link>
	<description>Trang thông tin điện tử {esc(SITE)}</description>
	<lastBuildDate>{format_datetime(_local(posts[0]).astimezone(UTC)).replace("-0000", "+0000")}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


_XSL = '<?xml-stylesheet type="text/xsl" href="//{host}/main-sitemap.xsl"?>\n'


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?>' + _XSL.format(
        host=request.headers.get("Host", "127.0.0.1")
    )
    newest_mod = _iso_utc(newest()[0])

    def urlset(rows: list[tuple[str, str]]) -> str:
        body = "".join(
            f"\n\t<url>\n\t\t<loc>{base}{loc}</loc>\n\t\t<lastmod>{mod}</lastmod>\n\t</url>"
            for loc, mod in rows
        )
        return (
            head
            + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + body
            + "\n</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->"
        )

    if which == "sitemap_index":
        maps = [
            "post-sitemap",
            "page-sitemap",
            "category-sitemap",
            "post_tag-sitemap",
            "author-sitemap",
        ]
        body = "".join(
            f"\n\t<sitemap>\n\t\t<loc>{base}/{m}.xml</loc>\n\t\t<lastmod>{newest_mod}</lastmod>\n\t</sitemap>"
            for m in maps
        )
        xml = (
            head
            + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + body
            + "\n</sitemapindex>\n<!-- XML Sitemap Index generated by Yoast SEO -->"
        )
    elif which == "post-sitemap":
        xml = urlset(
            [("/", newest_mod)]
            + [(article_path(s), _iso_utc(s)) for s in sorted(STORIES, key=lambda s: s.opts["at"])]
        )
    elif which == "page-sitemap":
        xml = urlset([(f"/{slug}/", "2026-09-05T02:10:44+00:00") for slug in PAGES])
    elif which == "category-sitemap":
        rows = [(f"/category/{c}/", _iso_utc(newest(c)[0])) for c in CATS]
        rows += [(f"/category/tin-giao-duc/{c}/", _iso_utc(newest(c)[0])) for c in SUBCATS]
        xml = urlset(rows)
    elif which == "post_tag-sitemap":
        xml = urlset(
            [
                (f"/tag/{t}/", _iso_utc(next(s for s in newest() if t in s.opts["tags"])))
                for t in TAGS
            ]
        )
    else:
        xml = urlset(
            [
                (f"/author/{u}/", _iso_utc(next(s for s in newest() if s.opts["user"] == u)))
                for u in USERS
            ]
        )
    return Response(
        200, xml, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"}
    )


_ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/sitemap_index.xml\n"

# --------------------------------------------------------------------------- routing

_PAGED = re.compile(r"^(?P<base>/(?:.*?/)?)page/(?P<n>\d+)/$")
_DATE = re.compile(r"^/(\d{4})/(\d{2})/(?:(\d{2})/)?$")
_SITEMAPS = {
    "sitemap_index",
    "post-sitemap",
    "page-sitemap",
    "category-sitemap",
    "post_tag-sitemap",
    "author-sitemap",
}


class NewspaperSite:
    """WordPress's rewrite rules for this site, as a table of path shapes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/wp-content/uploads/") and path.endswith(".pdf"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"})
                if path in _PDFS
                else _not_found(request)
            )
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return redirect(base_url(request) + "/sitemap_index.xml", 301)
        if path.endswith(".xml") and path[1:-4] in _SITEMAPS:
            return _sitemap(request, path[1:-4])
        if path.startswith("/wp-json"):
            body = '{"code":"rest_login_required","message":"REST API restricted to authenticated users.","data":{"status":401}}'
            return Response(401, body, {"Content-Type": "application/json; charset=UTF-8"})
        if path in ("/wp-login.php", "/xmlrpc.php", "/wp-comments-post.php", "/comments/feed/"):
            return Response(403, "Forbidden", {"Content-Type": "text/plain"})
        if path == "/" or path == "/index.php":
            return self._front(request)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            query = f"?{request.query}" if request.query else ""
            return redirect(base_url(request) + path + "/" + query, 301)
        page = 1
        if m := _PAGED.match(path):
            path, page = m.group("base"), int(m.group("n"))
            if page < 2:
                return redirect(base_url(request) + path, 301)
            if path == "/":
                out = _search(request, page) if "s" in request.params else _not_found(request)
                return out if isinstance(out, Response) else html(out)
        out = self._route(request, path, page)
        if out is None:
            return _not_found(request)
        return out if isinstance(out, Response) else html(out)

    def _front(self, request: Request) -> Response:
        params = request.params
        if "p" in params:
            story = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return (
                redirect(base_url(request) + article_path(story), 301)
                if story
                else _not_found(request)
            )
        if "s" in params:
            out = _search(request, 1)
            return out if isinstance(out, Response) else html(out)
        # any other query string (the old Joomla links among them): WordPress shows the front page
        return html(_home(request))

    def _route(self, request: Request, path: str, page: int) -> str | Response | None:
        parts = [p for p in path.split("/") if p]
        if parts[-1] == "feed":
            if path == "/feed/":
                return _rss(request, newest(), SHORT, "/")
            if len(parts) in (3, 4) and parts[0] == "category":
                slug = parts[-2]
                if slug in CATS or (slug in SUBCATS and parts[1] == "tin-giao-duc"):
                    return _rss(
                        request,
                        newest(slug),
                        f"{CATS.get(slug) or SUBCATS[slug]} - {SHORT}",
                        "/" + "/".join(parts[:-1]) + "/",
                    )
            return None
        if parts[0] == "category":
            if len(parts) == 2 and parts[1] in CATS:
                return _category(request, parts[1], None, page)
            if len(parts) == 3 and parts[1] == "tin-giao-duc" and parts[2] in SUBCATS:
                return _category(request, parts[2], "tin-giao-duc", page)
            return None
        if parts[0] == "tag" and len(parts) == 2 and parts[1] in TAGS:
            return _tag(request, parts[1], page)
        if parts[0] == "author" and len(parts) == 2 and parts[1] in USERS:
            return _author(request, parts[1], page)
        if m := _DATE.match(path):
            year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
            if not 1 <= month <= 12:
                return None
            return _date_archive(request, year, month, int(day) if day else None, page)
        if len(parts) == 1 and page == 1:
            if parts[0] in _BY_SLUG:
                return _article(request, _BY_SLUG[parts[0]])
            if parts[0] in PAGES:
                return _static(request, parts[0])
        return None


def build_site() -> NewspaperSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return NewspaperSite()
