"""Fixture portal: a lower-secondary school (THCS) on WordPress 6 + Flatsome 3 + UX Builder.

Imitates the site a Vietnamese web agency sells to schools by the dozen: WordPress 6.7 in
Vietnamese, the Flatsome theme (child theme) with its UX Builder home page, Yoast SEO, the AMP
plugin (Reader mode), WooCommerce (the school sells its uniforms), Contact Form 7, a related-posts
plugin (YARPP) and a visitor-counter widget. The school is "Trường THCS Ngô Mây" (phường Quy Nhơn
Nam, tỉnh Gia Lai). Every page is rendered per request from the constants below; absolute URLs
(WordPress prints them everywhere) use the request's Host.

What it serves
--------------
- ``/``: the static front page built with UX Builder: a Flatsome slider, ``section``/``row``/
  ``col`` blocks, ``section-title`` headings with "Xem thêm", three ``[blog_posts]`` blocks
  rendered as Flatsome post boxes (``a.plain > div.box.box-blog-post`` with ``h5.post-title``,
  ``div.is-divider``, ``p.from_the_blog_excerpt`` and a day/month badge "20 / Th11"): "Tin tức"
  (4 newest), "Thông báo" (list style), "Hoạt động Đội"; a "Giới thiệu" block, counters, a photo
  strip and link banners; a rendered ``[gap]`` (``div.gap-element``).
- Posts at date permalinks ``/<yyyy>/<mm>/<dd>/<slug>/``. Flatsome's header (``h6.entry-category
  is-xsmall`` with every category of the post, ``h1.entry-title``, ``div.entry-divider``,
  ``div.entry-meta`` "Đăng vào 20 Tháng mười một, 2026 bởi admin" whose ``<time class="entry-date
  published" datetime>`` holds the local time and, when the post was edited, a second hidden
  ``<time class="updated">``), Yoast breadcrumbs, ``div.entry-content.single-page`` with Gutenberg
  blocks (``wp-block-image`` + ``figcaption.wp-element-caption``, ``wp-block-gallery``,
  ``wp-block-table``, ``wp-block-quote``, ``wp-block-list``, ``wp-block-heading``,
  ``wp-block-file`` downloads, a YouTube ``wp-block-embed`` with its own caption), Flatsome's
  ``blog-share`` icons, the entry footer ("Bài viết này được đăng trong … và được gắn thẻ …"),
  prev/next navigation, YARPP's "Bài viết liên quan", comments ("N bình luận về “…”", "Trả lời"
  links ``?replytocom=N#respond``) and the "Để lại một bình luận" form; the blog sidebar (search,
  "Bài viết mới" with dates, "Chuyên mục" with counts, the "Lưu trữ" dropdown whose month URLs are
  only ``<option>`` values, the tag cloud, a banner). Flatsome's lazy loading is on: every content
  image has an SVG ``data:`` placeholder in ``src`` and its real address in ``data-src`` /
  ``data-srcset`` (class ``lazy-load``).
- ``wptexturize`` as WordPress does it: in headlines, content, cards and feed titles " - " prints as
  " &#8211; " (–) and straight quotes as &#8220; &#8221; (“ ”); ``<title>``, ``og:title``,
  ``article:*`` and Yoast's JSON-LD keep the text as typed (hyphen, straight quotes).
- Two older posts (March and April 2026) were moved from the school's previous Flatsome site by a
  migration plugin that escaped shortcodes, so ``[gap height=”20px”]``, ``[gap]`` and
  ``[ux_image id=”1874″]`` print as text (``&#91;…&#93;``, quotes texturized into ” and ″) in
  paragraphs of their own. They use Classic-editor markup: ``figure.wp-caption`` +
  ``figcaption.wp-caption-text`` (one), an image in a ``<p>`` with a centred ``<em>`` line under
  it (the other), ``<p>&nbsp;</p>`` spacers; the second one's content is stored decomposed
  (NFD, "Unicode tổ hợp" pasted from Word), the only page that is not NFC.
- Archives with Flatsome's list boxes and ``ul.page-numbers.nav-pagination`` (icon-only prev/next):
  ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/N/`` (4 posts a page; "Tin tức" has 3
  pages because the "Hoạt động Đội" posts are filed under both), ``/the/<slug>/``,
  ``/author/<login>/``, ``/<yyyy>/``, ``/<yyyy>/<mm>/``, ``/<yyyy>/<mm>/<dd>/``; ``/page/1/``
  answers 301 to the archive's first page; a page past the last one is a real 404.
- ``/?p=ID`` (the ``rel=shortlink`` of every post, and the feed's ``guid``) and ``/?page_id=ID``
  answer 301 to the permalink; a post URL without its trailing slash or under a wrong date answers
  301 to the permalink; the first slug of the opening-ceremony post
  (``/2026/09/05/le-khai-giang-nam-hoc-moi/``, linked from another post's text) answers 301 to its
  new slug (WordPress' ``_wp_old_slug``); ``…/<slug>/amp/`` answers 301 to ``?amp=1``.
- AMP: every post prints ``<link rel="amphtml" href="…/?amp=1">``; the AMP page (the plugin's
  legacy Reader template, ``amp-img``, "N ngày trước" counted from TODAY, ``<time>`` in UTC) has
  ``rel=canonical`` to the permalink. ``?amp=1`` on anything else answers 302 to the page itself.
- ``?replytocom=N`` (comment "Trả lời" links, ``rel=nofollow``) serves the post again with the
  reply form opened, ``rel=canonical`` to the permalink and Yoast's ``noindex, follow``. Unknown
  parameters (``?utm_source=…``, ``?fbclid=…``) serve the post as it is.
- ``/feed/`` (RSS 2.0 with ``content:encoded``, the 10 newest posts, ``guid`` = ``/?p=ID``),
  ``/comments/feed/``, ``/<post>/feed/`` and ``/chuyen-muc/<slug>/feed/``; all announced in
  ``<head>``.
- Sitemaps, both present: Yoast's ``/sitemap_index.xml`` (``post-sitemap.xml`` with
  ``image:image``, page, product, category, tag, product category and author sitemaps;
  ``/sitemap.xml`` answers 301 to it) is current. Core's ``/wp-sitemap.xml`` should redirect to it
  but the page cache keeps serving the copy made on 2026-10-05 before Yoast was installed: its
  post sitemap lists only the posts published before that day and the opening-ceremony post under
  its first slug (which answers 301). robots.txt, a static file the agency uploaded, names both
  sitemaps and disallows ``/wp-admin/``, ``/wp-login.php``, the cart, the checkout,
  ``/*add-to-cart=*`` and ``/*?s=``.
- REST API: ``<link rel="https://api.w.org/">`` → ``/wp-json/``; ``/wp-json/wp/v2/posts`` and
  ``/wp-json/wp/v2/posts/ID`` (JSON, ``content.rendered``), oEmbed JSON/XML, ``xmlrpc.php?rsd``.
- WooCommerce: the shop page "Đồng phục" ``/dong-phuc/`` (product boxes, prices in ₫, "Lựa chọn
  các tùy chọn" / "Thêm vào giỏ hàng" ``?add-to-cart=ID`` links with ``rel=nofollow``), product
  pages ``/san-pham/<slug>/`` (title, price, short description, "Mô tả" tab with paragraphs,
  "Thông tin bổ sung", "Đánh giá (0)", "Sản phẩm tương tự"), product categories
  ``/danh-muc-san-pham/<slug>/``, the cart ``/gio-hang/`` (robots.txt disallows it),
  ``/thanh-toan/`` (302 to the empty cart), "Tài khoản" ``/tai-khoan/`` (login form) and its
  "Quên mật khẩu?" page.
- Pages: "Giới thiệu" (and its child "Cơ cấu tổ chức"), "Văn bản" (a table of PDFs), "Thư viện
  ảnh" (a Flatsome ``ux_gallery`` album), "Liên hệ" (Contact Form 7 and a map), search results
  ``/?s=…`` (the header's Flatsome search also sends ``post_type=product``), ``/wp-login.php``,
  ``/wp-admin/`` (302 to the login) and Flatsome's 404 page (status 404).
- Chrome everywhere: the top bar with TODAY and the hotline, the logo, the main menu with
  dropdowns, the header account / cart links, the mobile off-canvas menu repeating the menu, the
  footer widgets (address, hotline, email, "Thống kê truy cập" counter), the absolute footer with
  the copyright, the back-to-top link and the floating hotline button.

Traps and hard cases
--------------------
- The same article at several addresses: ``?amp=1`` and ``?replytocom=N`` serve it with a
  canonical back to the permalink (both listed as ``alt_paths``); ``?p=ID``, the old slug, the
  missing slash and the ``/amp/`` endpoint redirect.
- The shop's "Lọc theo kích cỡ" widget (``rel=nofollow`` links, on ``/dong-phuc/`` only): as in
  WooCommerce, each link appends its size to the sizes already chosen, in the order they were
  chosen (``?filter_kich-co=s,m`` and ``?filter_kich-co=m,s`` are different URLs), or removes it;
  so 64 ordered choices of the four sizes answer 200 with the same products (``noindex``), plus the
  "Xóa bộ lọc" links. ``?add-to-cart=ID`` answers 302 back to the page with a cart cookie
  (disallowed in robots.txt, ``rel=nofollow``).
- Product pages look like posts (a headline, paragraphs of description, a date-free meta line) but
  are not news. The stale core sitemap. Date archives reached only through ``<option>`` values.

Gold (by hand)
--------------
Articles are the twelve posts. Pages, products, archives, the shop, feeds and the AMP /
replytocom copies are not. Judgement calls:

- ``published_at``: the day of ``<time class="entry-date published" datetime>``, as the visible
  meta line shows it: WordPress knows the time and prints it in that attribute, in
  ``article:published_time`` and in the JSON-LD (those two in UTC, the same instant), but a reader
  sees the day only, and every other fixture's gold carries a time only where the page prints one
  (the helper's first gold kept the attribute's time; harmonised after the first crawl). The
  hidden ``<time class="updated">`` is the edit date, not the publication date.
- ``title``: the ``h1.entry-title`` as the reader sees it, i.e. after wptexturize ("2026 – 2027",
  “…”), not the typed text of ``<title>``/``og:title``/JSON-LD.
- ``category``: the category of Yoast's breadcrumb (the post's primary category). The three
  "Hoạt động Đội" posts are also filed under "Tin tức" (the entry-category line lists both, the
  "Tin tức" archive lists them), but their breadcrumb says "Hoạt động Đội".
- ``authors``: an in-text signature wins ("Tin: Hồ Thị Kim Oanh – Ảnh: Đặng Văn Lộc", "Bài và ảnh:
  Nguyễn Hoàng Yến" even where the posting account is Phạm Quốc Huy, a bare bold name at the end,
  "Tin, ảnh: Phạm Quốc Huy"); without one, the "bởi …" account when it is a person's name (Lê Thị
  Mỹ Linh, Phạm Quốc Huy); the account "admin" is nobody. ``photographers``: "Ảnh: X", "Bài và
  ảnh: X", "Tin, ảnh: X" and a caption ending "(Ảnh: Minh Châu)" (that caption is kept whole).
  ``source``: "Nguồn: Báo Gia Lai" gives "Báo Gia Lai".
- ``summary``: a bold first paragraph (``<p><strong>…</strong></p>``) is the sapo (and the body's
  first paragraph); other posts have none: the automatic excerpt of cards, ``meta description``
  and the feed is not a sapo.
- ``body``: the post's paragraphs, ``h3`` sub-headings, list items, quote paragraphs and table rows
  (cells joined by " | ", header row included) in order. Not body: captions, the signature and
  "Nguồn:" lines, the shortcode leftovers, ``<p>&nbsp;</p>`` spacers, the file block's name and its
  "Tải về" button, the video embed and its caption, the editor's closing "Xem thêm: <link>" line
  (a pointer to another post, under its old slug), share icons, tags, related posts, comments.
- ``images``: the content images in order, at the address in ``data-src`` (the ``src`` is only the
  lazy-load placeholder); the feed, AMP page and REST API print the same address. A gallery image's
  own ``figcaption`` is its caption; a centred italic line right under a Classic-editor image is
  its caption; a ``figcaption`` that is only a Zalo file name (``z5932184417260_….jpg``) is no
  caption; gallery images without ``figcaption`` have none. Card thumbnails, the og:image and the
  YouTube poster are not article images.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import parse_qs, quote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_flatsome_thcs"
PLATFORM = "wordpress-flatsome"
START_PATH = "/"

SITE = "Trường THCS Ngô Mây"
TAGLINE = "Trang thông tin điện tử Trường THCS Ngô Mây"
ADDRESS = "Số 18 Trần Hưng Đạo, phường Quy Nhơn Nam, tỉnh Gia Lai"
HOTLINE = "0256 3 822 417"
EMAIL = "thcsngomay@gialai.edu.vn"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/flatsome"
PER_PAGE = 4
FEED_SIZE = 10
WP_VER = "6.7.1"
FS_VER = "3.19.7"
_LOCAL = timezone(timedelta(hours=7))
TODAY_DATE = date(2026, 11, 25)
#: the day the page cache made its copy of core's /wp-sitemap.xml
STALE_SITEMAP_DAY = date(2026, 10, 5)

#: categories: slug -> (term id, name, description)
CATS: dict[str, tuple[int, str, str]] = {
    "tin-tuc": (3, "Tin tức", "Tin tức, sự kiện và hoạt động của Trường THCS Ngô Mây."),
    "hoat-dong-doi": (7, "Hoạt động Đội", "Hoạt động của Liên đội Trường THCS Ngô Mây."),
    "thong-bao": (4, "Thông báo", ""),
}
TAGS: dict[str, tuple[int, str]] = {
    "ngay-nha-giao-viet-nam": (21, "Ngày Nhà giáo Việt Nam"),
    "doi-thieu-nien": (22, "Đội Thiếu niên"),
    "chuyen-mon": (23, "Chuyên môn"),
    "kiem-tra-danh-gia": (24, "Kiểm tra đánh giá"),
    "hoat-dong-trai-nghiem": (25, "Hoạt động trải nghiệm"),
    "chuyen-doi-so": (26, "Chuyển đổi số"),
    "the-thao": (27, "Thể thao"),
}
#: accounts: login -> (user id, display name)
USERS: dict[str, tuple[int, str]] = {
    "admin": (1, "admin"),
    "linhltm": (4, "Lê Thị Mỹ Linh"),
    "huypq": (5, "Phạm Quốc Huy"),
}


def _img(path: str, printed: str | None = None, style: str = "figure", caption: str | None = "same") -> Img:
    """An image; by default a printed line is the caption as printed."""
    return Img(path, printed, printed if caption == "same" else caption, style)


def _sig(line: str, how: str = "strong") -> Raw:
    """A signature line as the Gutenberg editor writes it (right-aligned paragraph)."""
    inner = {"strong": f"<strong>{line}</strong>", "em": f"<em>{line}</em>", "both": f"<strong><em>{line}</em></strong>"}[how]
    return Raw(f'<p class="has-text-align-right">{inner}</p>')


def _leftover(code: str) -> Raw:
    """A shortcode the migration plugin escaped: ``[gap]`` printed as text (quotes texturized)."""
    shown = code.replace("[", "&#91;").replace("]", "&#93;")
    shown = re.sub(r'(\d)"', r"\1&#8243;", shown).replace('"', "&#8221;")
    return Raw(f"<p>{shown}</p>")


_U11 = f"{UP}/2026/11"
_U10 = f"{UP}/2026/10"
_U09 = f"{UP}/2026/09"

# Story.opts: at (local time of the post), modified (local, or None), user (login), cats (primary
# first), tags, editor (gutenberg | classic), comments [(id, author, local time, text)],
# old_slug, nfd (content stored decomposed), file (href, name, size, embed).
# P styles: "" paragraph, lead (bold first paragraph: the sapo), h3, li, quote, th/tr (table rows,
# cells " | "). Img styles: figure, gallery (consecutive ones make one gallery), wpcaption
# (Classic [caption]), classic (image in a <p>, centred <em> line under it).
STORIES: list[Story] = [
    Story(
        id=2489,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-23T10:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027, Trường THCS Ngô Mây thông báo"
                " lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng nhận xét kết hợp với điểm số như sau:"
            ),
            P("Ngày | Buổi | Khối 6, 7 | Khối 8, 9", "th"),
            P("Thứ Hai, 14/12/2026 | Sáng | Ngữ văn (90 phút) | Ngữ văn (90 phút)", "tr"),
            P("Thứ Ba, 15/12/2026 | Sáng | Toán (90 phút) | Toán (90 phút)", "tr"),
            P("Thứ Tư, 16/12/2026 | Sáng | Tiếng Anh (60 phút) | Tiếng Anh (60 phút)", "tr"),
            P("Thứ Năm, 17/12/2026 | Sáng | Khoa học tự nhiên (60 phút) | Khoa học tự nhiên (60 phút)", "tr"),
            P(
                "Các môn học còn lại kiểm tra theo thời khóa biểu, trong thời gian từ ngày 07/12 đến ngày"
                " 12/12/2026."
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và"
                " đồ dùng học tập cần thiết. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và"
                " cha mẹ học sinh của lớp mình."
            ),
        ],
        opts={
            "at": "2026-11-23 10:00",
            "modified": None,
            "user": "admin",
            "cats": ["thong-bao"],
            "tags": ["kiem-tra-danh-gia"],
            "editor": "gutenberg",
            "file": (f"{_U11}/Lich-kiem-tra-cuoi-HKI-2026-2027.pdf", "Lich-kiem-tra-cuoi-HKI-2026-2027", 2495, False),
        },
    ),
    Story(
        id=2481,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="tin-tuc",
        published_at="2026-11-20T16:40:00+07:00",
        summary=(
            "Sáng 20/11, Trường THCS Ngô Mây long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " với sự tham dự của đại diện lãnh đạo Đảng ủy, UBND phường Quy Nhơn Nam, Ban đại diện cha mẹ"
            " học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.300 học sinh nhà trường."
        ),
        blocks=[
            P(
                "Sáng 20/11, Trường THCS Ngô Mây long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
                " với sự tham dự của đại diện lãnh đạo Đảng ủy, UBND phường Quy Nhơn Nam, Ban đại diện cha mẹ"
                " học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.300 học sinh nhà trường.",
                "lead",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng với nhiều tiết mục ca, múa đặc sắc do học"
                " sinh các lớp dàn dựng, thể hiện lòng biết ơn và tình cảm kính trọng của các em đối với"
                " thầy cô giáo."
            ),
            _img(f"{_U11}/le-ky-niem-20-11-2026-1-1024x683.jpg", "Tiết mục múa “Bụi phấn” của học sinh lớp 8A2 chào mừng buổi lễ"),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường ôn lại truyền thống tốt"
                " đẹp của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà trường trong năm"
                " học 2025 – 2026: tỉ lệ học sinh lên lớp đạt 99,2%, 100% học sinh lớp 9 được công nhận tốt"
                " nghiệp THCS, 27 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh."
            ),
            P(
                "“Mỗi thầy cô hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, để mỗi ngày đến"
                " trường thực sự là một ngày vui của các em học sinh.”",
                "quote",
            ),
            P(
                "Dịp này, nhà trường trao Giấy khen cho 18 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở và"
                " giáo viên dạy giỏi cấp trường; Ban đại diện cha mẹ học sinh trao 40 suất học bổng cho học"
                " sinh có hoàn cảnh khó khăn, vượt khó học tốt."
            ),
            _img(f"{_U11}/le-ky-niem-20-11-2026-2-1024x683.jpg", "Thầy Hiệu trưởng Nguyễn Văn Thành trao Giấy khen cho các giáo viên", "gallery"),
            _img(f"{_U11}/le-ky-niem-20-11-2026-3-1024x683.jpg", None, "gallery"),
            _img(f"{_U11}/le-ky-niem-20-11-2026-4-1024x683.jpg", "Ban đại diện cha mẹ học sinh trao học bổng cho học sinh", "gallery"),
            _sig("Tin: Hồ Thị Kim Oanh – Ảnh: Đặng Văn Lộc"),
        ],
        authors=["Hồ Thị Kim Oanh"],
        photographers=["Đặng Văn Lộc"],
        opts={
            "at": "2026-11-20 16:40",
            "modified": "2026-11-21 08:12",
            "user": "admin",
            "cats": ["tin-tuc"],
            "tags": ["ngay-nha-giao-viet-nam"],
            "editor": "gutenberg",
            "comments": [
                (512, "Trần Minh Khang", "2026-11-20 20:15", "Chúc mừng thầy cô nhân Ngày Nhà giáo Việt Nam! Buổi lễ rất ý nghĩa và xúc động."),
                (515, "Phụ huynh lớp 6A3", "2026-11-21 07:02", "Cảm ơn nhà trường đã tổ chức buổi lễ chu đáo. Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc."),
            ],
        },
    ),
    Story(
        id=2474,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-17-11-2026-de-phong-chong-bao-so-13",
        title="Thông báo cho học sinh nghỉ học ngày 17/11/2026 để phòng, chống bão số 13",
        cat="thong-bao",
        published_at="2026-11-16T17:05:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện số 09/CĐ-UBND ngày 16/11/2026 của Ủy ban nhân dân tỉnh về việc chủ động"
                " ứng phó với bão số 13, Trường THCS Ngô Mây thông báo cho toàn thể học sinh nghỉ học ngày"
                " thứ Ba, 17/11/2026."
            ),
            P("Nhà trường đề nghị:"),
            P(
                "Học sinh ở nhà, không ra đường khi mưa to, gió lớn; tuyệt đối không tắm biển, không đến gần"
                " khu vực sông, suối, kè chắn sóng.",
                "li",
            ),
            P("Cha mẹ học sinh quan tâm, nhắc nhở và theo dõi con em trong thời gian nghỉ học.", "li"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh, cha mẹ học sinh qua nhóm Zalo của lớp trước"
                " 19 giờ ngày 16/11/2026.",
                "li",
            ),
            P(
                "Thời gian đi học trở lại, nhà trường sẽ thông báo sau trên trang thông tin điện tử và qua"
                " giáo viên chủ nhiệm."
            ),
        ],
        opts={
            "at": "2026-11-16 17:05",
            "modified": None,
            "user": "admin",
            "cats": ["thong-bao"],
            "tags": [],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2466,
        slug="soi-noi-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Sôi nổi Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-11-12T09:15:00+07:00",
        blocks=[
            P(
                "Từ ngày 02/11 đến ngày 10/11/2026, Trường THCS Ngô Mây tổ chức Hội thi giáo viên dạy giỏi"
                " cấp trường năm học 2026 – 2027 nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Hội thi có 21 giáo viên thuộc 5 tổ chuyên môn tham gia. Mỗi giáo viên trình bày một biện pháp"
                " nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy trên lớp, trong đó có một tiết ứng"
                " dụng công nghệ thông tin và học liệu số theo định hướng phát triển năng lực học sinh."
            ),
            _img(f"{_U11}/hoi-thi-gvdg-2026-1-1024x768.jpg", "Cô Trần Thị Thu Hiền trong tiết dạy môn Ngữ văn ở lớp 8A3 (Ảnh: Minh Châu)"),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp dạy học tích cực như"
                " dạy học theo dự án, dạy học hợp tác, trò chơi học tập; học sinh hứng thú, chủ động tham gia"
                " các hoạt động."
            ),
            P("Kết quả hội thi", "h3"),
            P(
                "Sau 9 ngày thi, Ban giám khảo đã công nhận 16 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " trường, trong đó 5 giáo viên xếp loại xuất sắc:"
            ),
            P("TT | Họ và tên | Tổ chuyên môn | Môn dạy", "th"),
            P("1 | Trần Thị Thu Hiền | Ngữ văn | Ngữ văn", "tr"),
            P("2 | Nguyễn Đức Thắng | Toán – Tin | Toán", "tr"),
            P("3 | Lê Hoàng Phương Thảo | Ngoại ngữ | Tiếng Anh", "tr"),
            P("4 | Đỗ Minh Tuấn | Khoa học tự nhiên | Vật lí", "tr"),
            P("5 | Huỳnh Thị Mai | Sử – Địa – GDCD | Lịch sử và Địa lí", "tr"),
            _img(f"{_U11}/hoi-thi-gvdg-2026-2-1024x768.jpg"),
            P(
                "Hội thi là dịp để giáo viên trao đổi, học hỏi kinh nghiệm, góp phần đổi mới phương pháp dạy"
                " học và nâng cao chất lượng giáo dục của nhà trường."
            ),
        ],
        authors=["Lê Thị Mỹ Linh"],
        photographers=["Minh Châu"],
        opts={
            "at": "2026-11-12 09:15",
            "modified": "2026-11-12 14:48",
            "user": "linhltm",
            "cats": ["tin-tuc"],
            "tags": ["chuyen-mon", "ngay-nha-giao-viet-nam", "chuyen-doi-so"],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2458,
        slug="lien-doi-thcs-ngo-may-ra-quan-phong-trao-ke-hoach-nho",
        title="Liên đội THCS Ngô Mây ra quân phong trào “Kế hoạch nhỏ” năm học 2026 – 2027",
        cat="hoat-dong-doi",
        published_at="2026-11-04T07:45:00+07:00",
        blocks=[
            P(
                "Sáng thứ Hai, 02/11/2026, Liên đội Trường THCS Ngô Mây tổ chức ra quân phong trào “Kế hoạch"
                " nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa với chủ đề “Vì đàn em thân yêu”."
            ),
            P(
                "Ngay từ 6 giờ 30 phút, các chi đội đã tập kết giấy vụn, sách báo cũ tại sân trường. Mỗi chi"
                " đội phân công đội viên cân, ghi sổ và sắp xếp theo từng loại để thuận tiện cho việc bàn giao."
            ),
            _img(f"{_U11}/ke-hoach-nho-2026-1-1024x683.jpg", "Đội viên chi đội 7A1 tập kết giấy vụn tại sân trường"),
            P(
                "Kết quả, toàn liên đội thu được hơn 2,4 tấn giấy vụn và 860 kg vỏ lon, chai nhựa. Các chi đội"
                " dẫn đầu gồm 9A4, 8A1 và 6A5."
            ),
            P(
                "Toàn bộ số tiền thu được sẽ dùng để mua quà tặng học sinh có hoàn cảnh khó khăn nhân dịp Tết"
                " Nguyên đán và góp vào quỹ “Áo ấm cho em” của Hội đồng Đội tỉnh."
            ),
            _img(
                f"{_U11}/ke-hoach-nho-2026-2-1024x683.jpg",
                "Tổng phụ trách Đội cùng Ban chỉ huy Liên đội kiểm tra số lượng giấy vụn của các chi đội",
            ),
        ],
        authors=["Phạm Quốc Huy"],
        opts={
            "at": "2026-11-04 07:45",
            "modified": None,
            "user": "huypq",
            "cats": ["hoat-dong-doi", "tin-tuc"],
            "tags": ["doi-thieu-nien"],
            "editor": "gutenberg",
            "comments": [
                (498, "Nguyễn Thị Lan", "2026-11-04 12:30", "Phong trào rất ý nghĩa, các con đều hào hứng chuẩn bị từ tuần trước."),
            ],
        },
    ),
    Story(
        id=2447,
        slug="tap-huan-chuyen-doi-so-trong-day-hoc-cho-giao-vien-trung-hoc-co-so",
        title="Tập huấn chuyển đổi số trong dạy học cho giáo viên trung học cơ sở",
        cat="tin-tuc",
        published_at="2026-10-27T15:20:00+07:00",
        summary=(
            "Từ ngày 24 đến 26/10/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn ứng dụng chuyển đổi số"
            " trong dạy học cho hơn 600 giáo viên trung học cơ sở trên địa bàn tỉnh."
        ),
        blocks=[
            P(
                "Từ ngày 24 đến 26/10/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn ứng dụng chuyển đổi số"
                " trong dạy học cho hơn 600 giáo viên trung học cơ sở trên địa bàn tỉnh.",
                "lead",
            ),
            P(
                "Tại lớp tập huấn, các báo cáo viên hướng dẫn giáo viên khai thác kho học liệu số dùng chung,"
                " xây dựng bài giảng điện tử, tổ chức kiểm tra, đánh giá trực tuyến và sử dụng một số công cụ"
                " trí tuệ nhân tạo hỗ trợ soạn bài một cách an toàn, có trách nhiệm."
            ),
            _img(f"{_U10}/tap-huan-chuyen-doi-so-1024x576.jpg", "Giáo viên thực hành xây dựng bài giảng điện tử tại lớp tập huấn"),
            P(
                "Theo kế hoạch, sau đợt tập huấn, các giáo viên cốt cán sẽ tập huấn lại cho giáo viên tại đơn"
                " vị mình trước ngày 30/11/2026."
            ),
            _sig("Nguồn: Báo Gia Lai", "em"),
        ],
        source="Báo Gia Lai",
        opts={
            "at": "2026-10-27 15:20",
            "modified": None,
            "user": "admin",
            "cats": ["tin-tuc"],
            "tags": ["chuyen-doi-so"],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2439,
        slug="hinh-anh-chuyen-tham-quan-bao-tang-quang-trung-cua-hoc-sinh-khoi-7",
        title="Hình ảnh chuyến tham quan Bảo tàng Quang Trung của học sinh khối 7",
        cat="tin-tuc",
        published_at="2026-10-19T10:30:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 16 và 17/10/2026, gần 340 học sinh khối 7 đã tham gia chuyến học tập trải"
                " nghiệm tại Bảo tàng Quang Trung và khu di tích Tây Sơn Tam Kiệt. Dưới đây là một số hình ảnh"
                " của chuyến đi."
            ),
            *(_img(f"{_U10}/tham-quan-bao-tang-quang-trung-{n}-1024x768.jpg", None, "gallery") for n in (1, 2, 3)),
            _img(
                f"{_U10}/z5932184417260_8f3c1d2e9b7a4c6f5e0d1a2b3c4d5e6f-1024x768.jpg",
                "z5932184417260_8f3c1d2e9b7a4c6f5e0d1a2b3c4d5e6f.jpg",
                "gallery",
                None,
            ),
            *(_img(f"{_U10}/tham-quan-bao-tang-quang-trung-{n}-1024x768.jpg", None, "gallery") for n in (5, 6)),
        ],
        opts={
            "at": "2026-10-19 10:30",
            "modified": None,
            "user": "admin",
            "cats": ["tin-tuc"],
            "tags": ["hoat-dong-trai-nghiem"],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2431,
        slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-10-09T14:00:00+07:00",
        blocks=[
            P(
                "Nhà trường ban hành Kế hoạch số 112/KH-THCSNM ngày 08/10/2026 về việc tổ chức Hội khỏe Phù"
                " Đổng cấp trường năm học 2026 – 2027. Giáo viên chủ nhiệm, giáo viên Giáo dục thể chất và học"
                " sinh xem chi tiết trong tệp đính kèm dưới đây."
            ),
        ],
        opts={
            "at": "2026-10-09 14:00",
            "modified": None,
            "user": "admin",
            "cats": ["thong-bao"],
            "tags": ["the-thao"],
            "editor": "gutenberg",
            "file": (f"{_U10}/Ke-hoach-112-HKPD-cap-truong-2026-2027.pdf", "Ke-hoach-112-HKPD-cap-truong-2026-2027", 2433, True),
        },
    ),
    Story(
        id=2420,
        slug="dai-hoi-lien-doi-truong-thcs-ngo-may-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trường THCS Ngô Mây nhiệm kỳ 2026 – 2027",
        cat="hoat-dong-doi",
        published_at="2026-09-30T16:10:00+07:00",
        summary=(
            "Chiều 29/9/2026, Liên đội Trường THCS Ngô Mây long trọng tổ chức Đại hội Liên đội nhiệm kỳ"
            " 2026 – 2027 với sự tham gia của 120 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."
        ),
        blocks=[
            P(
                "Chiều 29/9/2026, Liên đội Trường THCS Ngô Mây long trọng tổ chức Đại hội Liên đội nhiệm kỳ"
                " 2026 – 2027 với sự tham gia của 120 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu.",
                "lead",
            ),
            P(
                "Đại hội đã thông qua báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 –"
                " 2026. Trong nhiệm kỳ qua, Liên đội được Hội đồng Đội tỉnh tặng Bằng khen vì đã có thành tích"
                " xuất sắc trong công tác Đội và phong trào thiếu nhi."
            ),
            _img(f"{_U09}/dai-hoi-lien-doi-2026-1-1024x683.jpg", "Đoàn chủ tịch điều hành Đại hội"),
            P(
                "Các đại biểu tập trung thảo luận, đóng góp nhiều ý kiến cho phương hướng hoạt động nhiệm kỳ"
                " mới, trong đó chú trọng các phong trào “Học tốt, rèn chăm”, “Nghìn việc tốt” và xây dựng liên"
                " đội thân thiện, an toàn trên không gian mạng."
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm 11 đội viên; em Võ Ngọc Bảo Hân,"
                " lớp 9A1 được tín nhiệm bầu làm Liên đội trưởng."
            ),
            _img(f"{_U09}/dai-hoi-lien-doi-2026-2-1024x683.jpg", "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội"),
            _sig("Bài và ảnh: Nguyễn Hoàng Yến", "both"),
        ],
        authors=["Nguyễn Hoàng Yến"],
        photographers=["Nguyễn Hoàng Yến"],
        opts={
            "at": "2026-09-30 16:10",
            "modified": "2026-10-01 07:20",
            "user": "huypq",
            "cats": ["hoat-dong-doi", "tin-tuc"],
            "tags": ["doi-thieu-nien"],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2405,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Trường THCS Ngô Mây long trọng tổ chức Lễ khai giảng năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-09-05T11:00:00+07:00",
        summary=(
            "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THCS Ngô Mây náo nức"
            " tổ chức Lễ khai giảng năm học mới 2026 – 2027."
        ),
        blocks=[
            P(
                "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THCS Ngô Mây náo nức"
                " tổ chức Lễ khai giảng năm học mới 2026 – 2027.",
                "lead",
            ),
            P(
                "Năm học 2026 – 2027, nhà trường có 34 lớp với 1.326 học sinh, trong đó khối 6 có 9 lớp với 342"
                " học sinh. Đội ngũ cán bộ, giáo viên, nhân viên gồm 72 người, 100% giáo viên đạt chuẩn và trên"
                " chuẩn về trình độ đào tạo."
            ),
            _img(f"{_U09}/khai-giang-2026-1-1024x683.jpg", "Học sinh khối 6 bước vào lễ khai giảng năm học đầu tiên ở bậc trung học cơ sở"),
            P(
                "Thầy Hiệu trưởng Nguyễn Văn Thành đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp khai"
                " giảng năm học mới. Trong diễn văn khai giảng, thầy nhấn mạnh nhiệm vụ trọng tâm của năm học là"
                " nâng cao chất lượng giáo dục toàn diện, đẩy mạnh chuyển đổi số và xây dựng trường học hạnh phúc."
            ),
            Raw(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube'
                ' wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                '<iframe title="Lễ khai giảng năm học 2026 - 2027 - THCS Ngô Mây" width="1020" height="574"'
                ' src="https://www.youtube.com/embed/q7Xb2kT9wLm?feature=oembed" frameborder="0"'
                ' allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope;'
                ' picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin"'
                ' allowfullscreen></iframe>\n</div><figcaption class="wp-element-caption">Video toàn cảnh'
                " Lễ khai giảng năm học 2026 &#8211; 2027</figcaption></figure>"
            ),
            P(
                "Tiếng trống khai trường vang lên, chính thức mở đầu năm học mới với nhiều kỳ vọng của thầy và"
                " trò nhà trường."
            ),
            _sig("Tin: Võ Thị Ngọc Trâm"),
        ],
        authors=["Võ Thị Ngọc Trâm"],
        opts={
            "at": "2026-09-05 11:00",
            "modified": "2026-10-12 15:31",
            "user": "admin",
            "cats": ["tin-tuc"],
            "tags": [],
            "editor": "gutenberg",
            "old_slug": "le-khai-giang-nam-hoc-moi",
        },
    ),
    Story(
        id=1893,
        slug="hoi-thi-rung-chuong-vang-khoi-8-em-yeu-lich-su-viet-nam",
        title="Hội thi “Rung chuông vàng” khối 8 với chủ đề “Em yêu lịch sử Việt Nam”",
        cat="tin-tuc",
        published_at="2026-04-22T09:00:00+07:00",
        blocks=[
            P(
                "Nhằm chào mừng kỷ niệm 51 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước"
                " (30/4/1975 – 30/4/2026), chiều 21/4/2026, Tổ Sử – Địa – GDCD phối hợp với Liên đội tổ chức"
                " Hội thi “Rung chuông vàng” dành cho học sinh khối 8."
            ),
            _leftover('[gap height="20px"]'),
            P(
                "Tham gia hội thi có 100 thí sinh đến từ 10 chi đội. Các câu hỏi xoay quanh kiến thức lịch sử"
                " dân tộc từ thời dựng nước đến cuộc kháng chiến chống Mỹ cứu nước, cùng những hiểu biết về"
                " lịch sử, văn hóa địa phương."
            ),
            _leftover('[ux_image id="1874"]'),
            _img(f"{UP}/2026/04/rung-chuong-vang-khoi-8-1-1024x768.jpg", "Các thí sinh tập trung suy nghĩ trước câu hỏi của Ban tổ chức", "wpcaption"),
            P(
                "Sau 25 câu hỏi gay cấn, em Lê Ngọc Khánh Vy (lớp 8A5) đã xuất sắc trở thành người rung chuông"
                " vàng của hội thi. Ban tổ chức cũng trao giải phụ cho các em có câu trả lời nhanh và chính xác"
                " nhất."
            ),
            _img(f"{UP}/2026/04/rung-chuong-vang-khoi-8-2-1024x768.jpg", "Cô Phó Hiệu trưởng Trần Thị Bích Ngọc trao giải cho em Lê Ngọc Khánh Vy", "wpcaption"),
            Raw("<p>&nbsp;</p>"),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Thanh Tâm</strong></p>'),
        ],
        authors=["Nguyễn Thị Thanh Tâm"],
        opts={
            "at": "2026-04-22 09:00",
            "modified": "2026-08-14 10:05",
            "user": "admin",
            "cats": ["tin-tuc"],
            "tags": ["chuyen-mon", "hoat-dong-trai-nghiem"],
            "editor": "classic",
        },
    ),
    Story(
        id=1862,
        slug="ngay-hoi-thieu-nhi-vui-khoe-tien-buoc-len-doan-nam-2026",
        title="Ngày hội “Thiếu nhi vui khỏe – Tiến bước lên Đoàn” năm 2026",
        cat="hoat-dong-doi",
        published_at="2026-03-26T15:00:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026), sáng"
                " 25/3/2026, Liên đội Trường THCS Ngô Mây tổ chức Ngày hội “Thiếu nhi vui khỏe – Tiến bước lên"
                " Đoàn” cho đội viên toàn trường."
            ),
            _leftover('[ux_image id="1840" image_size="large"]'),
            P(
                "Ngày hội gồm nhiều hoạt động sôi nổi: thi nghi thức Đội, nhảy bao bố, kéo co, đồng diễn dân vũ"
                " và các trò chơi dân gian. Các hoạt động được tổ chức theo hình thức trải nghiệm, tạo sân chơi"
                " bổ ích, lành mạnh cho đội viên."
            ),
            _img(f"{UP}/2026/03/ngay-hoi-thieu-nhi-2026-1-1024x683.jpg", "Phần thi kéo co giữa các chi đội khối 9", "classic"),
            _leftover("[gap]"),
            P(
                "Dịp này, Liên đội đã giới thiệu 48 đội viên ưu tú khối 9 để Đoàn trường xem xét, kết nạp vào"
                " Đoàn TNCS Hồ Chí Minh."
            ),
            _img(f"{UP}/2026/03/ngay-hoi-thieu-nhi-2026-2-1024x683.jpg", None, "classic"),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Phạm Quốc Huy</em></p>'),
        ],
        authors=["Phạm Quốc Huy"],
        photographers=["Phạm Quốc Huy"],
        opts={
            "at": "2026-03-26 15:00",
            "modified": "2026-08-14 10:02",
            "user": "admin",
            "cats": ["hoat-dong-doi", "tin-tuc"],
            "tags": ["doi-thieu-nien"],
            "editor": "classic",
            "nfd": True,
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _local(at: str) -> datetime:
    return datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def when(s: Story) -> datetime:
    return _local(s.opts["at"])


def permalink(s: Story, slug: str | None = None) -> str:
    d = when(s)
    return f"/{d:%Y}/{d:%m}/{d:%d}/{slug or s.slug}/"


def newest(cat: str | None = None, tag: str | None = None, user: str | None = None) -> list[Story]:
    """Posts newest first; a category archive holds every post filed under it."""
    items = [
        s
        for s in STORIES
        if (cat is None or cat in s.opts["cats"])
        and (tag is None or tag in s.opts["tags"])
        and (user is None or s.opts["user"] == user)
    ]
    return sorted(items, key=when, reverse=True)


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def _alt_paths(s: Story) -> list[str]:
    return [permalink(s) + "?amp=1", *(permalink(s) + f"?replytocom={c[0]}" for c in s.opts.get("comments", []))]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, permalink(s), CATS[s.cat][1], alt_paths=_alt_paths(s)) for s in newest()
]
# the page shows the day only: the gold is the day (see the docstring on published_at)
for _g in GOLD:
    _g["published_at"] = _g["published_at"][:10]

# --------------------------------------------------------------------------- pages, shop, files

#: WordPress pages: path -> (page id, title)
PAGES: dict[str, tuple[int, str]] = {
    "/gioi-thieu/": (12, "Giới thiệu"),
    "/gioi-thieu/co-cau-to-chuc/": (14, "Cơ cấu tổ chức"),
    "/van-ban/": (16, "Văn bản"),
    "/thu-vien-anh/": (18, "Thư viện ảnh"),
    "/lien-he/": (20, "Liên hệ"),
    "/dong-phuc/": (2201, "Đồng phục"),
    "/gio-hang/": (2202, "Giỏ hàng"),
    "/thanh-toan/": (2203, "Thanh toán"),
    "/tai-khoan/": (2204, "Tài khoản"),
}

#: documents of the "Văn bản" page: (number, date, summary, file)
DOCS: list[tuple[str, str, str, str]] = [
    ("112/KH-THCSNM", "08/10/2026", "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027", f"{_U10}/Ke-hoach-112-HKPD-cap-truong-2026-2027.pdf"),
    ("98/KH-THCSNM", "15/09/2026", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", f"{_U09}/Ke-hoach-giao-duc-nha-truong-2026-2027.pdf"),
    ("95/QĐ-THCSNM", "10/09/2026", "Quyết định thành lập các tổ chuyên môn, tổ văn phòng năm học 2026 - 2027", f"{_U09}/QD-95-thanh-lap-to-chuyen-mon-2026-2027.pdf"),
    ("87/QC-THCSNM", "28/08/2026", "Quy chế chi tiêu nội bộ năm 2026", f"{UP}/2026/08/Quy-che-chi-tieu-noi-bo-2026.pdf"),
    ("61/BC-THCSNM", "25/05/2026", "Báo cáo tổng kết năm học 2025 - 2026", f"{UP}/2026/05/Bao-cao-tong-ket-nam-hoc-2025-2026.pdf"),
]

#: the photo album of /thu-vien-anh/: (file, title)
ALBUM: list[tuple[str, str]] = [
    (f"{_U11}/le-ky-niem-20-11-2026-1.jpg", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026"),
    (f"{_U11}/hoi-thi-gvdg-2026-1.jpg", "Hội thi giáo viên dạy giỏi cấp trường"),
    (f"{_U11}/ke-hoach-nho-2026-1.jpg", "Phong trào Kế hoạch nhỏ"),
    (f"{_U10}/tham-quan-bao-tang-quang-trung-2.jpg", "Tham quan Bảo tàng Quang Trung"),
    (f"{_U09}/dai-hoi-lien-doi-2026-2.jpg", "Đại hội Liên đội nhiệm kỳ 2026 - 2027"),
    (f"{_U09}/khai-giang-2026-1.jpg", "Lễ khai giảng năm học 2026 - 2027"),
    (f"{UP}/2026/05/tong-ket-nam-hoc-2025-2026.jpg", "Lễ tổng kết năm học 2025 - 2026"),
    (f"{UP}/2026/03/ngay-hoi-thieu-nhi-2026-1.jpg", "Ngày hội Thiếu nhi vui khỏe"),
]

SIZES = ("s", "m", "l", "xl")
#: WooCommerce products: slug -> (id, name, category slug, price, regular price or None, sizes?,
#: short description, description paragraphs)
PRODUCTS: dict[str, tuple] = {
    "ao-so-mi-dong-phuc-nam": (
        2210, "Áo sơ mi đồng phục nam", "dong-phuc-hoc-sinh", 145000, None, True,
        "Áo sơ mi trắng tay ngắn, logo trường thêu trên túi áo.",
        ("Áo may bằng vải kate Thái thoáng mát, ít nhăn, phù hợp với thời tiết miền Trung.",
         "Logo Trường THCS Ngô Mây được thêu vi tính sắc nét trên túi áo bên trái. Cha mẹ học sinh vui lòng đối chiếu bảng kích cỡ trước khi đặt hàng."),
    ),
    "ao-so-mi-dong-phuc-nu": (
        2211, "Áo sơ mi đồng phục nữ", "dong-phuc-hoc-sinh", 145000, None, True,
        "Áo sơ mi trắng nữ tay ngắn, cổ đức, logo trường thêu trên ngực áo.",
        ("Áo may bằng vải kate Thái, form ôm nhẹ, chiết eo phù hợp với học sinh nữ.",
         "Mỗi học sinh nên chuẩn bị ít nhất hai áo để thay đổi trong tuần."),
    ),
    "quan-tay-dong-phuc-nam": (
        2212, "Quần tây đồng phục nam", "dong-phuc-hoc-sinh", 165000, None, True,
        "Quần tây màu xanh đen, vải kaki co giãn nhẹ.",
        ("Quần may bằng vải kaki cao cấp, giữ form tốt sau nhiều lần giặt.",),
    ),
    "bo-do-the-duc": (
        2213, "Bộ đồ thể dục", "do-the-duc", 185000, None, True,
        "Bộ đồ thể dục gồm áo thun cổ trụ và quần dài, in logo trường.",
        ("Bộ đồ thể dục may bằng vải thun cá sấu thấm hút mồ hôi, dùng trong các tiết Giáo dục thể chất và hoạt động ngoài trời.",
         "Màu xanh dương phối trắng theo quy định của nhà trường."),
    ),
    "ao-khoac-dong-phuc": (
        2214, "Áo khoác đồng phục", "dong-phuc-hoc-sinh", 240000, 260000, True,
        "Áo khoác gió hai lớp, chống nước nhẹ, in logo trường sau lưng.",
        ("Áo khoác gió hai lớp, lớp trong lót lưới thoáng khí, có mũ trùm tháo rời.",),
    ),
    "bang-ten-hoc-sinh": (
        2215, "Bảng tên học sinh (thêu sẵn)", "dong-phuc-hoc-sinh", 15000, None, False,
        "Bảng tên thêu họ tên và lớp, may sẵn lên áo theo yêu cầu.",
        ("Phụ huynh ghi rõ họ tên và lớp của học sinh khi đặt hàng. Thời gian thêu từ 2 đến 3 ngày làm việc.",),
    ),
}
PRODUCT_CATS: dict[str, tuple[int, str]] = {
    "dong-phuc-hoc-sinh": (31, "Đồng phục học sinh"),
    "do-the-duc": (32, "Đồ thể dục"),
}

NON_ARTICLES: list[str] = [
    "/",
    *(
        f"/chuyen-muc/{c}/" + (f"page/{n}/" if n > 1 else "")
        for c in CATS
        for n in range(1, _pages(len(newest(c))) + 1)
    ),
    *(f"/the/{t}/" for t in TAGS),
    *(
        f"/author/{u}/" + (f"page/{n}/" if n > 1 else "")
        for u in USERS
        for n in range(1, _pages(len(newest(user=u))) + 1)
    ),
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/van-ban/",
    "/thu-vien-anh/",
    "/lien-he/",
    "/tai-khoan/",
    "/tai-khoan/lost-password/",
    "/dong-phuc/",
    *(f"/san-pham/{p}/" for p in PRODUCTS),
    *(f"/danh-muc-san-pham/{c}/" for c in PRODUCT_CATS),
]


# --------------------------------------------------------------------------- text and dates

_ENTITIES = {
    "“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;",
    "–": "&#8211;", "—": "&#8212;", "…": "&#8230;", "″": "&#8243;",
}  # fmt: skip
MONTHS = (
    "Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu",
    "Tháng bảy", "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai",
)  # fmt: skip


def texturize(value: str) -> str:
    """What wptexturize shows for typed text: " - " as an en dash, straight quotes curled."""
    shown = value.replace(" - ", " – ").replace("...", "…")
    shown = re.sub(r'(^|[\s(\[])"', "\\1“", shown)
    return shown.replace('"', "”")


def typed(value: str) -> str:
    """The text as the editor typed it (``<title>``, og:*, JSON-LD keep it so)."""
    return value.replace("“", '"').replace("”", '"').replace("–", "-").replace("…", "...")


def wpt(value: str, nfd: bool = False) -> str:
    """Display markup of a text: texturized, escaped, the curly marks as numeric references."""
    shown = texturize(value)
    if nfd:
        shown = unicodedata.normalize("NFD", shown)
    shown = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(_ENTITIES.get(ch, ch) for ch in shown)


def vi_date(d: datetime | date) -> str:
    """WordPress' "j F, Y" in Vietnamese: "20 Tháng mười một, 2026"."""
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"


def utc(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def excerpt(s: Story, words: int = 26) -> str:
    """WordPress' automatic excerpt: the first words of the text, then " […]"."""
    first = next(b.text for b in s.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


def thumb(s: Story, size: str = "300x200") -> str:
    """The featured image (the first content image) in a thumbnail size; a default otherwise."""
    if not s.images:
        return f"{UP}/2024/08/anh-dai-dien-mac-dinh-{size}.jpg"
    return re.sub(r"-\d+x\d+\.jpg$", f"-{size}.jpg", s.images[0].src)


def _dims(path: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.jpg$", path)
    return (int(m.group(1)), int(m.group(2))) if m else (800, 600)


def _placeholder(w: int, h: int) -> str:
    return (
        "data:image/svg+xml,%3Csvg%20viewBox%3D%220%200%20"
        f"{w}%20{h}%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3C%2Fsvg%3E"
    )


def _attachment_id(path: str) -> int:
    return 1000 + sum(path.encode()) % 1400


def img_tag(path: str, base: str, cls: str, *, lazy: bool = True, alt: str = "") -> str:
    """An ``<img>`` as WordPress prints it, through Flatsome's lazy loader when ``lazy``."""
    w, h = _dims(path)
    full = base + path
    stem = re.sub(r"-\d+x\d+\.jpg$", "", full)
    srcset = f"{full} {w}w, {stem}-300x{h * 300 // w}.jpg 300w, {stem}-768x{h * 768 // w}.jpg 768w"
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    if not lazy:
        return (
            f'<img decoding="async" width="{w}" height="{h}" src="{esc(full)}" alt="{esc(alt)}" class="{cls}"'
            f' srcset="{esc(srcset)}" sizes="{sizes}" />'
        )
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{_placeholder(w, h)}" data-src="{esc(full)}"'
        f' alt="{esc(alt)}" class="lazy-load {cls}" srcset="" data-srcset="{esc(srcset)}" sizes="{sizes}" />'
    )


def _figure(img: Img, base: str, nfd: bool, lazy: bool) -> str:
    aid = _attachment_id(img.src)
    cap = f'<figcaption class="wp-element-caption">{wpt(img.printed, nfd)}</figcaption>' if img.printed else ""
    if img.style == "wpcaption":
        tag = img_tag(img.src, base, f"size-large wp-image-{aid}", lazy=lazy)
        return (
            f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" style="width: 1024px"'
            f' class="wp-caption aligncenter">{tag}<figcaption id="caption-attachment-{aid}"'
            f' class="wp-caption-text">{wpt(img.printed or "", nfd)}</figcaption></figure>'
        )
    if img.style == "classic":
        tag = img_tag(img.src, base, f"aligncenter size-large wp-image-{aid}", lazy=lazy)
        line = f'\n<p style="text-align: center;"><em>{wpt(img.printed, nfd)}</em></p>' if img.printed else ""
        return f"<p>{tag}</p>{line}"
    tag = img_tag(img.src, base, f"wp-image-{aid}", lazy=lazy)
    return f'<figure class="wp-block-image size-large">{tag}{cap}</figure>'


def _file_block(s: Story, base: str) -> str:
    href, name, aid, embed = s.opts["file"]
    full = base + href
    mid = f"wp-block-file--media-{aid:04d}a1c7-5e2b-4f0d-9c3e-7b1d{aid:08d}"
    obj = (
        f'<object class="wp-block-file__embed" data="{full}" type="application/pdf" style="width:100%;height:600px"'
        f' aria-label="Nhúng của {esc(name)}."></object>'
        if embed
        else ""
    )
    return (
        f'<div class="wp-block-file">{obj}<a id="{mid}" href="{full}">{esc(name)}</a><a href="{full}"'
        f' class="wp-block-file__button wp-element-button" download aria-describedby="{mid}">Tải về</a></div>'
    )


def content_html(s: Story, base: str, lazy: bool = True) -> str:
    """The post's ``the_content`` output."""
    nfd = bool(s.opts.get("nfd"))
    classic = s.opts["editor"] == "classic"
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "quote"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append('<ul class="wp-block-list">\n' + "\n".join(f"<li>{wpt(x.text, nfd)}</li>" for x in group) + "\n</ul>")
            else:
                inner = "\n".join(f"<p>{wpt(x.text, nfd)}</p>" for x in group)
                out.append(f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n{inner}\n</blockquote>')
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cell = "th" if row.style == "th" else "td"
                cells = "".join(f"<{cell}>{wpt(c, nfd)}</{cell}>" for c in row.text.split(" | "))
                (head if row.style == "th" else body).append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                f'<figure class="wp-block-table"><table class="has-fixed-layout"><thead>{"".join(head)}</thead>'
                f'<tbody>{"".join(body)}</tbody></table></figure>'
            )
            continue
        if isinstance(b, Img) and b.style == "gallery":
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                group.append(blocks[i])
                i += 1
            inner = "\n".join(_figure(x, base, nfd, lazy) for x in group)
            out.append(
                f'<figure class="wp-block-gallery has-nested-images columns-{min(3, len(group))} is-cropped'
                f' wp-block-gallery-{s.id} is-layout-flex wp-block-gallery-is-layout-flex">\n{inner}\n</figure>'
            )
            continue
        if isinstance(b, P):
            if b.style == "lead":
                out.append(f"<p><strong>{wpt(b.text, nfd)}</strong></p>")
            elif b.style == "h3":
                out.append(f'<h3 class="wp-block-heading">{wpt(b.text, nfd)}</h3>')
            elif classic:
                out.append(f"<p>{wpt(b.text, nfd)}</p>")
            else:
                out.append(f"<p>{wpt(b.text, nfd)}</p>")
        elif isinstance(b, Img):
            out.append(_figure(b, base, nfd, lazy))
        else:
            out.append(unicodedata.normalize("NFD", b.html) if nfd else b.html)
        i += 1
    if "file" in s.opts:
        out.append(_file_block(s, base))
    if s.id == 2466:  # the editor linked the opening-ceremony post under its first slug
        old = _BY_ID[2405]
        out.append(
            f'<p>Xem thêm: <a href="{base}{permalink(old, old.opts["old_slug"])}">Lễ khai giảng năm học'
            " 2026 &#8211; 2027</a></p>"
        )
    return "\n\n".join(out)


# --------------------------------------------------------------------------- chrome

MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Lịch sử nhà trường"), ("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")]),
    ("/chuyen-muc/tin-tuc/", "Tin tức", [("/chuyen-muc/tin-tuc/", "Tin tức"), ("/chuyen-muc/hoat-dong-doi/", "Hoạt động Đội")]),
    ("/chuyen-muc/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/dong-phuc/", "Đồng phục", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu(base: str, active: str, cls: str) -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU):
        item_id = 40 + n
        classes = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{item_id}"
        if href == active:
            classes += " current-menu-item active"
        if subs:
            classes += " menu-item-has-children has-dropdown"
            sub = "".join(
                f'<li id="menu-item-{item_id}{k}" class="menu-item menu-item-type-post_type menu-item-{item_id}{k}">'
                f'<a href="{base}{s_href}">{esc(s_label)}</a></li>'
                for k, (s_href, s_label) in enumerate(subs)
            )
            items.append(
                f'<li id="menu-item-{item_id}" class="{classes}"><a href="{base}{href}" class="nav-top-link"'
                f' aria-expanded="false" aria-haspopup="menu">{esc(label)}<i class="icon-angle-down"></i></a>'
                f'<ul class="sub-menu nav-dropdown nav-dropdown-default">{sub}</ul></li>'
            )
        else:
            items.append(f'<li id="menu-item-{item_id}" class="{classes}"><a href="{base}{href}" class="nav-top-link">{esc(label)}</a></li>')
    return f'<ul class="{cls}">{"".join(items)}</ul>'


def _search_form(base: str, product: bool = False) -> str:
    hidden = '<input type="hidden" name="post_type" value="product" />' if product else ""
    return (
        f'<form role="search" method="get" class="searchform" action="{base}/"><div class="flex-row relative">'
        '<div class="flex-col flex-grow"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Tìm kiếm:</label>'
        '<input type="search" id="woocommerce-product-search-field-0" class="search-field mb-0" placeholder="Tìm kiếm&hellip;" value="" name="s" />'
        f'{hidden}</div><div class="flex-col"><button type="submit" value="Tìm kiếm" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Gửi">'
        '<i class="icon-search"></i></button></div></div><div class="live-search-results text-left z-top"></div></form>'
    )


def _header(base: str, active: str) -> str:
    return f"""<header id="header" class="header has-sticky sticky-jump">
<div class="header-wrapper">
<div id="top-bar" class="header-top hide-for-sticky nav-dark">
<div class="flex-row container">
<div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small nav-divided">
<li class="html custom html_topbar_left"><i class="icon-clock"></i> {TODAY}</li>
</ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="nav top-bar-nav nav-right nav-small nav-divided">
<li class="html header-contact-wrapper"><ul id="header-contact" class="nav nav-divided nav-uppercase header-contact">
<li><a href="mailto:{EMAIL}" class="tooltip" title="{EMAIL}"><i class="icon-envelop" style="font-size:16px;"></i> <span>{EMAIL}</span></a></li>
<li><a href="tel:{HOTLINE.replace(' ', '')}" class="tooltip" title="{HOTLINE}"><i class="icon-phone" style="font-size:16px;"></i> <span>Hotline: {HOTLINE}</span></a></li>
</ul></li>
<li class="html header-social-icons ml-0"><div class="social-icons follow-icons"><a href="https://www.facebook.com/thcsngomay.quynhon" target="_blank" data-label="Facebook" class="icon plain facebook tooltip" title="Theo dõi trên Facebook" aria-label="Theo dõi trên Facebook" rel="noopener nofollow"><i class="icon-facebook"></i></a><a href="https://www.youtube.com/@thcsngomay" target="_blank" data-label="YouTube" class="icon plain youtube tooltip" title="Theo dõi trên YouTube" aria-label="Theo dõi trên YouTube" rel="noopener nofollow"><i class="icon-youtube"></i></a></div></li>
</ul></div>
</div>
</div>
<div id="masthead" class="header-main hide-for-sticky">
<div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
<div id="logo" class="flex-col logo"><a href="{base}/" title="{esc(SITE)} - {esc(TAGLINE)}" rel="home"><img width="600" height="140" src="{base}{UP}/2024/08/logo-thcs-ngo-may.png" class="header_logo header-logo" alt="{esc(SITE)}"/></a></div>
<div class="flex-col show-for-medium flex-left"><ul class="mobile-nav nav nav-left"><li class="nav-icon has-icon"><a href="#" data-open="#main-menu" data-pos="left" data-bg="main-menu-overlay" data-color="" class="is-small" aria-label="Menu" aria-controls="main-menu" aria-expanded="false"><i class="icon-menu"></i></a></li></ul></div>
<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left nav-uppercase">
<li class="header-search-form search-form html relative has-icon"><div class="header-search-form-wrapper"><div class="searchform-wrapper ux-search-box relative is-normal">{_search_form(base, product=True)}</div></div></li>
</ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="header-nav header-nav-main nav nav-right nav-uppercase">
<li class="account-item has-icon"><a href="{base}/tai-khoan/" class="nav-top-link nav-top-not-logged-in is-small" title="Đăng nhập"><span>Đăng nhập</span></a></li>
<li class="header-divider"></li>
<li class="cart-item has-icon"><a href="{base}/gio-hang/" class="header-cart-link is-small" title="Giỏ hàng"><span class="header-cart-title">Giỏ hàng / <span class="cart-price"><span class="woocommerce-Price-amount amount"><bdi>0<span class="woocommerce-Price-currencySymbol">&#8363;</span></bdi></span></span></span><span class="cart-icon image-icon"><strong>0</strong></span></a></li>
</ul></div>
</div>
</div>
<div id="wide-nav" class="header-bottom wide-nav nav-dark hide-for-medium">
<div class="flex-row container"><div class="flex-col hide-for-medium flex-left">
{_menu(base, active, "nav header-nav header-bottom-nav nav-left nav-line-bottom nav-size-medium nav-spacing-xlarge nav-uppercase")}
</div></div>
</div>
<div class="header-bg-container fill"><div class="header-bg-image fill"></div><div class="header-bg-color fill"></div></div>
</div>
</header>"""


def _footer(base: str) -> str:
    ajax = base.replace("/", "\\/") + "\\/wp-admin\\/admin-ajax.php"
    return f"""<footer id="footer" class="footer-wrapper">
<div class="footer-widgets footer footer-1">
<div class="row dark large-columns-3 mb-0">
<div id="text-3" class="col pb-0 widget widget_text"><span class="widget-title">{esc(SITE)}</span><div class="is-divider small"></div>
<div class="textwidget"><p><strong>Địa chỉ:</strong> {esc(ADDRESS)}<br />
<strong>Điện thoại:</strong> {HOTLINE}<br />
<strong>Email:</strong> <a href="mailto:{EMAIL}">{EMAIL}</a><br />
<strong>Chịu trách nhiệm nội dung:</strong> Thầy Nguyễn Văn Thành &#8211; Hiệu trưởng</p></div></div>
<div id="nav_menu-2" class="col pb-0 widget widget_nav_menu"><span class="widget-title">Liên kết</span><div class="is-divider small"></div>
<div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">
<li class="menu-item"><a target="_blank" rel="noopener" href="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</a></li>
<li class="menu-item"><a target="_blank" rel="noopener" href="https://sogddt.gialai.gov.vn/">Sở GD&amp;ĐT tỉnh Gia Lai</a></li>
<li class="menu-item"><a target="_blank" rel="noopener" href="https://csdl.moet.gov.vn/">Cơ sở dữ liệu ngành</a></li>
<li class="menu-item"><a target="_blank" rel="noopener" href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></li>
</ul></div></div>
<div id="wp_statistics_widget-2" class="col pb-0 widget widget_wp_statistics_widget"><span class="widget-title">Thống kê truy cập</span><div class="is-divider small"></div>
<ul class="wps-widget-stats"><li><label>Đang trực tuyến:</label> 9</li><li><label>Hôm nay:</label> 356</li><li><label>Hôm qua:</label> 412</li><li><label>Tháng này:</label> 8.931</li><li><label>Tổng lượt truy cập:</label> 1.024.573</li></ul></div>
</div>
</div>
<div class="absolute-footer dark medium-text-center small-text-center">
<div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">
Copyright 2026 &copy; <strong>{esc(SITE)}</strong>. Thiết kế website bởi <a href="https://webtruonghoc.vn/" rel="nofollow">Web Trường Học</a></div></div></div>
</div>
<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Lên đầu trang"><i class="icon-angle-up"></i></a>
</footer>
</div>
<div class="hotline-phone-ring-wrap"><div class="hotline-phone-ring"><div class="hotline-phone-ring-circle"></div><div class="hotline-phone-ring-circle-fill"></div><div class="hotline-phone-ring-img-circle"><a href="tel:{HOTLINE.replace(' ', '')}" class="pps-btn-img"><img src="{base}{UP}/2024/08/icon-call-nh.png" alt="Gọi điện thoại" width="50" /></a></div></div><div class="hotline-bar"><a href="tel:{HOTLINE.replace(' ', '')}"><span class="text-hotline">{HOTLINE}</span></a></div></div>
<div id="main-menu" class="mobile-sidebar no-scrollbar mfp-hide"><div class="sidebar-menu no-scrollbar">
{_menu(base, "", "nav nav-sidebar nav-vertical nav-uppercase")}
</div></div>
<script type="text/javascript" id="flatsome-js-js-extra">var flatsomeVars = {{"theme":{{"version":"{FS_VER}"}},"ajaxurl":"{ajax}","rtl":"","sticky_height":"70","lightbox":{{"close_markup":"<button title=\\"%title%\\" type=\\"button\\" class=\\"mfp-close\\"><svg xmlns=\\"http:\\/\\/www.w3.org\\/2000\\/svg\\" width=\\"28\\" height=\\"28\\"><\\/svg><\\/button>"}},"user":{{"can_edit_pages":false}},"i18n":{{"mainMenu":"Menu ch\\u00ednh","toggleButton":"Chuy\\u1ec3n \\u0111\\u1ed5i"}},"options":{{"cookie_notice_version":"1","swatches_layout":false,"swatches_disable_deselect":false,"swatches_box_select_event":false,"swatches_box_behavior_selected":false,"swatches_box_update_urls":"1","swatches_box_reset":false,"swatches_box_reset_limited":false,"swatches_box_reset_extent":false,"swatches_box_reset_time":300,"search_result_latency":"0","lazy_load":"1"}}}};</script>
<script type="text/javascript" src="{base}{THEME}/assets/js/flatsome.js?ver={FS_VER}" id="flatsome-js-js"></script>
<script type="text/javascript" src="{base}{THEME}/inc/extensions/flatsome-lazy-load/flatsome-lazy-load.js?ver={FS_VER}" id="flatsome-lazy-js"></script>
</body>
</html>"""


def _sidebar(base: str) -> str:
    recent = "".join(
        f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half">'
        f'<div class="flex-col mr-half"><div class="badge post-date badge-small badge-outline"><div class="badge-inner bg-fill"'
        f' style="background: url({base}{thumb(s, "150x150")}); border:0;"></div></div></div>'
        f'<div class="flex-col flex-grow"><a href="{base}{permalink(s)}" title="{esc(texturize(s.title))}">{wpt(s.title)}</a>'
        f'<span class="post_comments op-7 block is-xsmall">{when(s):%d/%m/%Y}</span></div></div></li>'
        for s in newest()[:5]
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{tid}"><a href="{base}/chuyen-muc/{slug}/">{esc(name)}</a> ({len(newest(slug))})</li>'
        for slug, (tid, name, _) in sorted(CATS.items(), key=lambda kv: kv[1][1])
    )
    months = sorted({(when(s).year, when(s).month) for s in STORIES}, reverse=True)
    options = "".join(
        f'<option value="{base}/{y}/{m:02d}/"> {MONTHS[m - 1]} {y} &nbsp;({sum(1 for s in STORIES if (when(s).year, when(s).month) == (y, m))})</option>'
        for y, m in months
    )
    cloud = "".join(
        f'<a href="{base}/the/{slug}/" class="tag-cloud-link tag-link-{tid} tag-link-position-{n + 1}"'
        f' style="font-size: {8 + 3 * len(newest(tag=slug))}pt;" aria-label="{esc(name)} ({len(newest(tag=slug))} mục)">{esc(name)}</a>'
        for n, (slug, (tid, name)) in enumerate(TAGS.items())
    )
    return f"""<div class="post-sidebar large-3 col">
<div id="secondary" class="widget-area " role="complementary">
<aside id="search-2" class="widget widget_search">{_search_form(base)}</aside>
<aside id="flatsome_recent_posts-2" class="widget flatsome_recent_posts"><span class="widget-title "><span>Bài viết mới</span></span><div class="is-divider small"></div><ul>{recent}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><span class="widget-title "><span>Chuyên mục</span></span><div class="is-divider small"></div><ul>{cats}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><span class="widget-title "><span>Lưu trữ</span></span><div class="is-divider small"></div>
<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
<select id="archives-dropdown-2" name="archive-dropdown"><option value="">Chọn tháng</option>{options}</select>
<script type="text/javascript">(function() {{ var dropdown = document.getElementById( "archives-dropdown-2" ); function onSelectChange() {{ if ( dropdown.options[ dropdown.selectedIndex ].value !== '' ) {{ document.location.href = this.options[ this.selectedIndex ].value; }} }} dropdown.onchange = onSelectChange; }})();</script></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud"><span class="widget-title "><span>Thẻ</span></span><div class="is-divider small"></div><div class="tagcloud">{cloud}</div></aside>
<aside id="media_image-3" class="widget widget_media_image"><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img width="300" height="120" src="{base}{UP}/2024/08/banner-dich-vu-cong-300x120.png" class="image wp-image-88 attachment-medium size-medium" alt="Cổng Dịch vụ công quốc gia" style="max-width: 100%; height: auto;" decoding="async" /></a></aside>
</div>
</div>"""


def _schema(base: str, graph: list[dict]) -> str:
    site = {
        "@type": "WebSite",
        "@id": f"{base}/#website",
        "url": f"{base}/",
        "name": SITE,
        "description": TAGLINE,
        "publisher": {"@id": f"{base}/#organization"},
        "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint", "urlTemplate": f"{base}/?s={{search_term_string}}"}, "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True, "valueName": "search_term_string"}}],
        "inLanguage": "vi",
    }
    org = {
        "@type": "Organization",
        "@id": f"{base}/#organization",
        "name": SITE,
        "url": f"{base}/",
        "logo": {"@type": "ImageObject", "inLanguage": "vi", "@id": f"{base}/#/schema/logo/image/", "url": f"{base}{UP}/2024/08/logo-thcs-ngo-may.png", "contentUrl": f"{base}{UP}/2024/08/logo-thcs-ngo-may.png", "width": 600, "height": 140, "caption": SITE},
        "image": {"@id": f"{base}/#/schema/logo/image/"},
        "sameAs": ["https://www.facebook.com/thcsngomay.quynhon"],
    }
    payload = {"@context": "https://schema.org", "@graph": [*graph, site, org]}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def _head(
    base: str,
    title: str,
    *,
    canonical: str | None,
    description: str = "",
    og_type: str = "website",
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
    meta: str = "",
    schema: list[dict] | None = None,
    links: str = "",
    prev_next: tuple[str | None, str | None] = (None, None),
    api: str = "",
) -> str:
    canon = f'<link rel="canonical" href="{esc(canonical)}" />\n' if canonical else ""
    pn = "".join(f'<link rel="{rel}" href="{esc(u)}" />\n' for rel, u in zip(("prev", "next"), prev_next, strict=True) if u)
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    og_desc = f'<meta property="og:description" content="{esc(description)}" />\n' if description else ""
    og_url = f'<meta property="og:url" content="{esc(canonical)}" />\n' if canonical else ""
    ld = f'<script type="application/ld+json" class="yoast-schema-graph">{_schema(base, schema or [])}</script>\n' if schema is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi" class="loading-site no-js">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<meta name='robots' content='{robots}' />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{desc}{canon}{pn}<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)}" />
{og_desc}{og_url}<meta property="og:site_name" content="{esc(SITE)}" />
{meta}<meta name="twitter:card" content="summary_large_image" />
{ld}<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng bình luận" href="{base}/comments/feed/" />
{links}<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VER}' type='text/css' media='all' />
<link rel='stylesheet' id='contact-form-7-css' href='{base}/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=6.0.1' type='text/css' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='{base}/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.11' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-main-css' href='{base}{THEME}/assets/css/flatsome.css?ver={FS_VER}' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-shop-css' href='{base}{THEME}/assets/css/flatsome-shop.css?ver={FS_VER}' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-style-css' href='{base}/wp-content/themes/flatsome-child/style.css?ver=3.0' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />{api}<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WP_VER}" />
<meta name="generator" content="WooCommerce 9.4.2" />
<style>.bg{{opacity: 0; transition: opacity 1s; -webkit-transition: opacity 1s;}} .bg-loaded{{opacity: 1;}}</style>
<noscript><style>.woocommerce-product-gallery{{ opacity: 1 !important; }}</style></noscript>
<link rel="icon" href="{base}{UP}/2024/08/cropped-logo-32x32.png" sizes="32x32" />
<style id="custom-css" type="text/css">:root {{--primary-color: #1b5eab;--fs-color-primary: #1b5eab;--fs-color-secondary: #e8312f;}}.header-main{{height: 110px}}.header-top{{background-color:#1b5eab!important;}}</style>
</head>
"""


def _page(base: str, head: str, main: str, body_class: str, active: str = "") -> str:
    return (
        head
        + f'<body class="{body_class} theme-flatsome woocommerce-no-js full-width lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">\n'
        + '<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>\n<div id="wrapper">\n'
        + _header(base, active)
        + f'\n<main id="main" class="">\n{main}\n</main>\n'
        + _footer(base)
    )


def _breadcrumbs(base: str, trail: list[tuple[str | None, str]]) -> str:
    parts = [f'<span><a href="{base}/">Trang chủ</a></span>']
    for href, label in trail:
        if href:
            parts.append(f'<span><a href="{base}{href}">{label}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
    return f'<div class="yoast-breadcrumbs container"><p id="breadcrumbs"><span>{" » ".join(parts)}</span></p></div>'


# --------------------------------------------------------------------------- posts


def _user(s: Story) -> tuple[str, int, str]:
    login = s.opts["user"]
    return login, *USERS[login]


def _modified(s: Story) -> datetime | None:
    return _local(s.opts["modified"]) if s.opts.get("modified") else None


def related(s: Story) -> list[Story]:
    """YARPP: the three posts sharing most tags and categories with this one (newer first)."""
    def score(o: Story) -> int:
        return 2 * len(set(o.opts["tags"]) & set(s.opts["tags"])) + len(set(o.opts["cats"]) & set(s.opts["cats"]))

    others = [o for o in newest() if o.id != s.id and score(o) > 0]
    return sorted(others, key=score, reverse=True)[:3]


def _share(base: str, s: Story) -> str:
    perm = quote(base + permalink(s), safe="")
    title = quote(typed(s.title))
    return (
        '<div class="blog-share text-center"><div class="is-divider medium"></div>'
        '<div class="social-icons share-icons share-row relative icon-style-outline">'
        f'<a href="whatsapp://send?text={title}%20-%20{perm}" data-action="share/whatsapp/share" class="icon button circle is-outline tooltip whatsapp show-for-medium" title="Chia sẻ qua WhatsApp" aria-label="Chia sẻ qua WhatsApp"><i class="icon-whatsapp"></i></a>'
        f'<a href="https://www.facebook.com/sharer.php?u={perm}" data-label="Facebook" onclick="window.open(this.href,this.title,\'width=500,height=500,top=300px,left=300px\'); return false;" target="_blank" class="icon button circle is-outline tooltip facebook" title="Chia sẻ lên Facebook" aria-label="Chia sẻ lên Facebook" rel="noopener nofollow"><i class="icon-facebook"></i></a>'
        f'<a href="https://twitter.com/share?url={perm}" onclick="window.open(this.href,this.title,\'width=500,height=500,top=300px,left=300px\'); return false;" target="_blank" class="icon button circle is-outline tooltip twitter" title="Chia sẻ lên Twitter" aria-label="Chia sẻ lên Twitter" rel="noopener nofollow"><i class="icon-twitter"></i></a>'
        f'<a href="mailto:?subject={title}&amp;body=Xem%20b%C3%A0i%20vi%E1%BA%BFt%20n%C3%A0y%3A%20{perm}" class="icon button circle is-outline tooltip email" title="Gửi email cho bạn bè" aria-label="Gửi email cho bạn bè" rel="nofollow"><i class="icon-envelop"></i></a>'
        f'<a href="https://pinterest.com/pin/create/button?url={perm}&amp;media={quote(base + thumb(s, "1024x683"), safe="")}&amp;description={title}" onclick="window.open(this.href,this.title,\'width=500,height=500,top=300px,left=300px\'); return false;" target="_blank" class="icon button circle is-outline tooltip pinterest" title="Ghim trên Pinterest" aria-label="Ghim trên Pinterest" rel="noopener nofollow"><i class="icon-pinterest"></i></a>'
        f'<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={perm}&amp;title={title}" onclick="window.open(this.href,this.title,\'width=500,height=500,top=300px,left=300px\'); return false;" target="_blank" class="icon button circle is-outline tooltip linkedin" title="Chia sẻ lên LinkedIn" aria-label="Chia sẻ lên LinkedIn" rel="noopener nofollow"><i class="icon-linkedin"></i></a>'
        "</div></div>"
    )


def _comments(base: str, s: Story, reply_to: int | None) -> str:
    perm = base + permalink(s)
    items = []
    for n, (cid, author, at, body) in enumerate(s.opts.get("comments", [])):
        t = _local(at)
        parity = "even thread-even" if n % 2 == 0 else "odd alt thread-odd thread-alt"
        items.append(
            f'<li class="comment {parity} depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="comment-inner">'
            '<div class="flex-row align-top"><div class="flex-col"><div class="comment-author mr-half">'
            f"<img alt='' src='https://secure.gravatar.com/avatar/{cid:032x}?s=70&#038;d=mm&#038;r=g' class='avatar avatar-70 photo' height='70' width='70' loading='lazy' decoding='async'/>"
            f'</div></div><div class="flex-col flex-grow"><cite class="strong fn">{esc(author)}</cite> <span class="says">viết:</span>'
            f'<div class="comment-content"><p>{wpt(body)}</p></div>'
            f'<div class="comment-meta commentmetadata uppercase is-xsmall clear"><a href="{perm}#comment-{cid}"><time datetime="{t.isoformat()}" class="pull-left">'
            f"{vi_date(t)} lúc {t:%H:%M}</time></a>"
            f'<div class="reply pull-right"><a rel="nofollow" class="comment-reply-link" href="{perm}?replytocom={cid}#respond" data-commentid="{cid}"'
            f' data-postid="{s.id}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(author)}"'
            f' aria-label="Trả lời {esc(author)}">Trả lời</a></div></div></div></div></article></li>'
        )
    count = len(items)
    listing = (
        f'<h3 class="comments-title uppercase">{count} bình luận về &ldquo;<span>{wpt(s.title)}</span>&rdquo;</h3>\n'
        f'<ol class="comment-list">{"".join(items)}</ol>\n'
        if items
        else ""
    )
    replying = next((c for c in s.opts.get("comments", []) if c[0] == reply_to), None)
    title = f"Trả lời {esc(replying[1])}" if replying else "Để lại một bình luận"
    cancel_style = "" if replying else ' style="display:none;"'
    return f"""<div id="comments" class="comments-area">
{listing}<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{perm}#respond"{cancel_style}>Hủy</a></small></h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">Trang web</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p>
</form>
</div>
</div>"""


def _post_schema(base: str, s: Story) -> list[dict]:
    perm = base + permalink(s)
    login, uid, display = _user(s)
    mod = _modified(s) or when(s)
    first = base + thumb(s, "1024x683") if s.images else base + thumb(s)
    return [
        {
            "@type": "Article",
            "@id": f"{perm}#article",
            "isPartOf": {"@id": perm},
            "author": {"name": display, "@id": f"{base}/#/schema/person/{uid:032x}"},
            "headline": typed(s.title),
            "datePublished": utc(when(s)),
            "dateModified": utc(mod),
            "mainEntityOfPage": {"@id": perm},
            "wordCount": sum(len(p.split()) for p in s.paragraphs),
            "commentCount": len(s.opts.get("comments", [])),
            "publisher": {"@id": f"{base}/#organization"},
            "image": {"@id": f"{perm}#primaryimage"},
            "thumbnailUrl": first,
            "keywords": [TAGS[t][1] for t in s.opts["tags"]],
            "articleSection": [CATS[c][1] for c in s.opts["cats"]],
            "inLanguage": "vi",
            "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{perm}#respond"]}],
        },
        {
            "@type": "WebPage",
            "@id": perm,
            "url": perm,
            "name": f"{typed(s.title)} - {SITE}",
            "isPartOf": {"@id": f"{base}/#website"},
            "primaryImageOfPage": {"@id": f"{perm}#primaryimage"},
            "image": {"@id": f"{perm}#primaryimage"},
            "thumbnailUrl": first,
            "datePublished": utc(when(s)),
            "dateModified": utc(mod),
            "breadcrumb": {"@id": f"{perm}#breadcrumb"},
            "inLanguage": "vi",
        },
        {"@type": "ImageObject", "inLanguage": "vi", "@id": f"{perm}#primaryimage", "url": first, "contentUrl": first, "width": 1024, "height": 683},
        {
            "@type": "BreadcrumbList",
            "@id": f"{perm}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": CATS[s.cat][1], "item": f"{base}/chuyen-muc/{s.cat}/"},
                {"@type": "ListItem", "position": 3, "name": typed(s.title)},
            ],
        },
        {"@type": "Person", "@id": f"{base}/#/schema/person/{uid:032x}", "name": display, "url": f"{base}/author/{login}/"},
    ]


def _post_head(base: str, s: Story, reply_to: int | None) -> str:
    perm = base + permalink(s)
    _login, _uid, display = _user(s)
    mod = _modified(s)
    meta = f'<meta property="article:published_time" content="{utc(when(s))}" />\n'
    if mod:
        meta += f'<meta property="article:modified_time" content="{utc(mod)}" />\n'
    meta += (
        f'<meta property="og:image" content="{base}{thumb(s, "1024x683") if s.images else thumb(s)}" />\n'
        '<meta property="og:image:width" content="1024" />\n<meta property="og:image:height" content="683" />\n'
        '<meta property="og:image:type" content="image/jpeg" />\n'
        f'<meta name="author" content="{esc(display)}" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{esc(display)}" />\n'
        f'<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="{1 + len(" ".join(s.paragraphs).split()) // 200} phút" />\n'
    )
    oembed = quote(perm, safe="")
    links = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(typed(s.title))} Dòng bình luận" href="{perm}feed/" />\n'
    )
    api = (
        f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{s.id}" />'
        f"<link rel='shortlink' href='{base}/?p={s.id}' />\n"
        f'<link rel="alternate" title="oNhúng (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={oembed}" />\n'
        f'<link rel="alternate" title="oNhúng (XML)" type="text/xml+oembed" href="{base}/wp-json/oembed/1.0/embed?url={oembed}&#038;format=xml" />\n'
        f'<link rel="amphtml" href="{perm}?amp=1">'
    )
    robots = "noindex, follow" if reply_to else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    return _head(
        base,
        f"{typed(s.title)} - {SITE}",
        canonical=perm,
        description=typed(excerpt(s, 30)),
        og_type="article",
        robots=robots,
        meta=meta,
        schema=_post_schema(base, s),
        links=links,
        api=api,
    )


def _post_nav(base: str, s: Story) -> str:
    order = newest()
    i = order.index(s)
    older = order[i + 1] if i + 1 < len(order) else None
    newer = order[i - 1] if i > 0 else None
    prev_html = (
        f'<div class="nav-previous"><a href="{base}{permalink(older)}" rel="prev"><span class="hide-for-small"><i class="icon-angle-left"></i></span> {wpt(older.title)}</a></div>'
        if older
        else ""
    )
    next_html = (
        f'<div class="nav-next"><a href="{base}{permalink(newer)}" rel="next">{wpt(newer.title)} <span class="hide-for-small"><i class="icon-angle-right"></i></span></a></div>'
        if newer
        else ""
    )
    return (
        '<nav role="navigation" id="nav-below" class="navigation-post"><div class="flex-row next-prev-nav bt bb">'
        f'<div class="flex-col flex-grow nav-prev text-left">{prev_html}</div>'
        f'<div class="flex-col flex-grow nav-next text-right">{next_html}</div></div></nav>'
    )


def post_page(base: str, s: Story, reply_to: int | None = None) -> str:
    perm = base + permalink(s)
    login, _uid, display = _user(s)
    cats = ", ".join(
        f'<a href="{base}/chuyen-muc/{c}/" rel="category tag">{esc(CATS[c][1])}</a>'
        for c in sorted(s.opts["cats"], key=lambda c: CATS[c][1])
    )
    tags = ", ".join(f'<a href="{base}/the/{t}/" rel="tag">{esc(TAGS[t][1])}</a>' for t in s.opts["tags"])
    mod = _modified(s)
    times = f'<time class="entry-date published" datetime="{when(s).isoformat()}">{vi_date(when(s))}</time>'
    times += f'<time class="updated" datetime="{mod.isoformat()}">{vi_date(mod)}</time>' if mod else ""
    if not mod:
        times = times.replace('class="entry-date published"', 'class="entry-date published updated"')
    classes = " ".join(
        [f"post-{s.id}", "post", "type-post", "status-publish", "format-standard", "has-post-thumbnail", "hentry"]
        + [f"category-{c}" for c in s.opts["cats"]]
        + [f"tag-{t}" for t in s.opts["tags"]]
    )
    tag_part = f" và được gắn thẻ {tags}" if tags else ""
    rel_items = "".join(
        f"<a class='yarpp-thumbnail' rel='norewrite' href='{base}{permalink(o)}' title='{esc(texturize(o.title))}'>"
        f'<img width="120" height="120" src="{base}{thumb(o, "120x120")}" class="attachment-yarpp-thumbnail size-yarpp-thumbnail wp-post-image" alt="" decoding="async" loading="lazy" />'
        f'<span class="yarpp-thumbnail-title">{wpt(o.title)}</span></a>'
        for o in related(s)
    )
    main = f"""<div id="content" class="blog-wrapper blog-single page-wrapper">
{_breadcrumbs(base, [(f"/chuyen-muc/{s.cat}/", esc(CATS[s.cat][1])), (None, wpt(s.title))])}
<div class="row row-large row-divided ">
<div class="large-9 col">
<article id="post-{s.id}" class="{classes}">
<div class="article-inner ">
<header class="entry-header">
<div class="entry-header-text entry-header-text-top text-left">
<h6 class="entry-category is-xsmall">{cats}</h6>
<h1 class="entry-title">{wpt(s.title)}</h1>
<div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall">
<span class="posted-on">Đăng vào <a href="{perm}" rel="bookmark">{times}</a></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="{base}/author/{login}/">{esc(display)}</a></span></span>
</div>
</div>
</header>
<div class="entry-content single-page">

{content_html(s, base)}

{_share(base, s)}
</div>
<footer class="entry-meta text-left">
Bài viết này được đăng trong {cats}{tag_part}. Đánh dấu <a href="{perm}" title="Đường dẫn tĩnh đến {esc(texturize(s.title))}" rel="bookmark">đường dẫn tĩnh</a>.
</footer>
<div class='yarpp yarpp-related yarpp-related-website yarpp-template-thumbnails'>
<h3>Bài viết liên quan</h3>
<div class="yarpp-thumbnails-horizontal">{rel_items}</div>
</div>
{_post_nav(base, s)}
</div>
</article>
{_comments(base, s, reply_to)}
</div>
{_sidebar(base)}
</div>
</div>"""
    body_class = f"post-template-default single single-post postid-{s.id} single-format-standard"
    return _page(base, _post_head(base, s, reply_to), main, body_class, "/chuyen-muc/tin-tuc/")


def amp_page(base: str, s: Story) -> str:
    """The AMP plugin's legacy Reader template."""
    perm = base + permalink(s)
    _login, uid, display = _user(s)
    days = (TODAY_DATE - when(s).date()).days
    ago = f"{days} ngày trước" if days < 30 else f"{days // 30} tháng trước"
    body = content_html(s, base, lazy=False)
    body = re.sub(
        r'<img decoding="async" width="(\d+)" height="(\d+)" src="([^"]+)" alt="([^"]*)" class="[^"]*" srcset="([^"]+)" sizes="([^"]+)" />',
        r'<amp-img width="\1" height="\2" src="\3" alt="\4" srcset="\5" sizes="\6" layout="intrinsic" class="amp-wp-enforced-sizes"><noscript><img decoding="async" width="\1" height="\2" src="\3" alt="\4"></noscript></amp-img>',
        body,
    )
    body = re.sub(r'<figure class="wp-block-embed.*?</figure>', "", body, flags=re.S)
    body = re.sub(r'<object class="wp-block-file__embed"[^>]*></object>', "", body)
    cats = ", ".join(f'<a href="{base}/chuyen-muc/{c}/" rel="category tag">{esc(CATS[c][1])}</a>' for c in s.opts["cats"])
    tags = ", ".join(f'<a href="{base}/the/{t}/" rel="tag">{esc(TAGS[t][1])}</a>' for t in s.opts["tags"])
    tag_line = f'<div class="amp-wp-meta amp-wp-tax-tag">Thẻ: {tags}</div>' if tags else ""
    return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(typed(s.title))} - {esc(SITE)}</title>
<link rel="canonical" href="{perm}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.amp-wp-header{{background-color:#1b5eab}}.amp-wp-header a{{color:#fff}}.amp-wp-article{{max-width:840px;margin:1.5em auto}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/"><span class="amp-site-title">{esc(SITE)}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{wpt(s.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/{uid:032x}?s=72&#038;d=mm&#038;r=g" alt="{esc(display)}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{esc(display)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{utc(when(s))}">{ago}</time></div>
</header>
<div class="amp-wp-article-content">
{body}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: {cats}</div>
{tag_line}
<div class="amp-wp-meta amp-wp-comments-link"><a href="{perm}#respond">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(SITE)}</h2><a href="#top" class="back-to-top">Về đầu trang</a></div></footer>
</body>
</html>"""


# --------------------------------------------------------------------------- archives and home


def _badge(d: datetime) -> str:
    return (
        '<div class="badge absolute top post-date badge-outline"><div class="badge-inner">'
        f'<span class="post-date-day">{d:%d}</span><br><span class="post-date-month is-xsmall">Th{d.month}</span></div></div>'
    )


def post_box(base: str, s: Story, words: int = 22) -> str:
    """A ``[blog_posts]`` box: the whole card is one link."""
    return f"""<div class="col post-item"><div class="col-inner">
<a href="{base}{permalink(s)}" class="plain">
<div class="box box-normal box-text-bottom box-blog-post has-hover">
<div class="box-image"><div class="image-cover" style="padding-top:56.25%;">{img_tag(thumb(s), base, "attachment-medium size-medium wp-post-image")}</div></div>
<div class="box-text text-left"><div class="box-text-inner blog-post-inner">
<h5 class="post-title is-large ">{wpt(s.title)}</h5>
<div class="is-divider"></div>
<p class="from_the_blog_excerpt ">{wpt(excerpt(s, words))}</p>
</div></div>
{_badge(when(s))}
</div>
</a>
</div></div>"""


def list_box(base: str, s: Story) -> str:
    """Flatsome's archive in list style: image left, the title links, a date line."""
    perm = base + permalink(s)
    return f"""<div class="col post-item"><div class="col-inner">
<div class="box box-vertical box-text-bottom box-blog-post has-hover">
<div class="box-image" style="width:40%;"><div class="image-cover" style="padding-top:56%;"><a href="{perm}" class="plain" aria-label="{esc(texturize(s.title))}">{img_tag(thumb(s), base, "attachment-medium size-medium wp-post-image")}</a></div></div>
<div class="box-text text-left"><div class="box-text-inner blog-post-inner">
<p class="cat-label tag-label is-xxsmall op-7 uppercase">{esc(CATS[s.cat][1])}</p>
<h5 class="post-title is-large "><a href="{perm}" class="plain">{wpt(s.title)}</a></h5>
<div class="post-meta is-small op-8">{vi_date(when(s))}</div>
<div class="is-divider"></div>
<p class="from_the_blog_excerpt ">{wpt(excerpt(s, 30))}</p>
</div></div>
</div>
</div></div>"""


def _page_url(root: str, n: int) -> str:
    return root if n == 1 else f"{root}page/{n}/"


def _pager(base: str, root: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    items = []
    if page > 1:
        items.append(f'<li><a class="prev page-number" href="{base}{_page_url(root, page - 1)}"><i class="icon-angle-left"></i></a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li><span aria-current="page" class="page-number current">{n}</span></li>')
        else:
            items.append(f'<li><a class="page-number" href="{base}{_page_url(root, n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a class="next page-number" href="{base}{_page_url(root, page + 1)}"><i class="icon-angle-right"></i></a></li>')
    return f'<ul class="page-numbers nav-pagination links text-center">{"".join(items)}</ul>'


def archive_page(
    base: str, root: str, heading: str, items: list[Story], page: int, body_class: str, *,
    description: str = "", feed: tuple[str, str] | None = None, crumbs: list[tuple[str | None, str]] | None = None,
    api: str = "", title: str | None = None,
) -> str | None:
    pages = _pages(len(items))
    if page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    boxes = "\n".join(list_box(base, s) for s in chunk)
    desc = f'<div class="taxonomy-description"><p>{esc(description)}</p></div>' if description else ""
    main = f"""<div id="content" class="blog-wrapper blog-archive page-wrapper">
{_breadcrumbs(base, crumbs or [])}
<header class="archive-page-header"><div class="row"><div class="large-12 text-center col">
<h1 class="page-title is-large uppercase">{heading}</h1>
{desc}
</div></div></header>
<div class="row row-large row-divided ">
<div class="large-9 col">
<div id="post-list">
<div class="row large-columns-1 medium-columns- small-columns-1">
{boxes}
</div>
{_pager(base, root, page, pages)}
</div>
</div>
{_sidebar(base)}
</div>
</div>"""
    plain_title = title or re.sub(r"<[^>]+>", "", heading)
    full_title = f"{plain_title} - Trang {page} trên {pages} - {SITE}" if page > 1 else f"{plain_title} - {SITE}"
    links = f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(feed[1])}" href="{base}{feed[0]}" />\n' if feed else ""
    prev_next = (
        base + _page_url(root, page - 1) if page > 1 else None,
        base + _page_url(root, page + 1) if page < pages else None,
    )
    graph = [
        {"@type": "CollectionPage", "@id": base + _page_url(root, page), "url": base + _page_url(root, page), "name": full_title, "isPartOf": {"@id": f"{base}/#website"}, "inLanguage": "vi"},
    ]
    head = _head(
        base, full_title, canonical=base + _page_url(root, page), description=description, links=links,
        prev_next=prev_next, schema=graph, api=api,
    )
    paged = f" paged paged-{page}" if page > 1 else ""
    return _page(base, head, main, body_class + paged, root)


def home_page(base: str) -> str:
    news = newest("tin-tuc")[:4]
    notices = newest("thong-bao")[:4]
    doi = newest("hoat-dong-doi")[:3]
    notice_items = "".join(
        f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half">'
        f'<div class="flex-col mr-half">{_badge(when(s)).replace("badge absolute top post-date badge-outline", "badge post-date badge-small badge-outline")}</div>'
        f'<div class="flex-col flex-grow"><a href="{base}{permalink(s)}" title="{esc(texturize(s.title))}">{wpt(s.title)}</a></div></div></li>'
        for s in notices
    )
    album = "".join(
        f'<div class="gallery-col col"><div class="col-inner"><a href="{base}/thu-vien-anh/"><div class="box has-hover gallery-box box-overlay dark">'
        f'<div class="box-image">{img_tag(f.replace(".jpg", "-300x200.jpg"), base, "attachment-medium size-medium")}</div>'
        f'<div class="box-text text-left"><p>{wpt(t)}</p></div></div></a></div></div>'
        for f, t in ALBUM[:4]
    )
    main = f"""<div id="content" role="main" class="content-area">
<div class="slider-wrapper relative" id="slider-1088">
<div class="slider slider-nav-circle slider-nav-large slider-nav-light slider-style-normal" data-flickity-options='{{"cellAlign": "center","imagesLoaded": true,"lazyLoad": 1,"freeScroll": false,"wrapAround": true,"autoPlay": 6000,"pauseAutoPlayOnHover" : true,"prevNextButtons": true,"contain" : true,"adaptiveHeight" : true,"dragThreshold" : 10,"percentPosition": true,"pageDots": true,"rightToLeft": false,"draggable": true,"selectedAttraction": 0.1,"parallax" : 0,"friction": 0.6}}'>
<div class="banner has-hover" id="banner-1265"><div class="banner-inner fill"><div class="banner-bg fill">{img_tag(f"{UP}/2026/09/banner-nam-hoc-moi-1920x700.jpg", base, "bg attachment-original size-original")}</div>
<div class="banner-layers container"><div class="fill banner-link"></div><div id="text-box-1901" class="text-box banner-layer x50 md-x50 lg-x50 y50 md-y50 lg-y50 res-text"><div class="text-box-content text dark"><div class="text-inner text-center">
<h2 class="uppercase"><strong>Chào mừng năm học mới 2026 &#8211; 2027</strong></h2><p>Kỷ cương &#8211; Tình thương &#8211; Trách nhiệm</p></div></div></div></div></div></div>
<div class="banner has-hover" id="banner-1266"><div class="banner-inner fill"><div class="banner-bg fill">{img_tag(f"{UP}/2024/08/banner-truong-1920x700.jpg", base, "bg attachment-original size-original")}</div>
<div class="banner-layers container"><div class="fill banner-link"></div></div></div></div>
</div>
<div class="loading-spin dark large centered"></div>
</div>
<section class="section" id="section_1517340532"><div class="bg section-bg fill bg-fill bg-loaded"></div><div class="section-content relative">
<div class="row" id="row-1425061711">
<div id="col-1902431640" class="col medium-8 small-12 large-8"><div class="col-inner">
<div class="container section-title-container"><h3 class="section-title section-title-bold"><b></b><span class="section-title-main">Tin tức</span><b></b><a href="{base}/chuyen-muc/tin-tuc/" target="">Xem thêm<i class="icon-angle-right"></i></a></h3></div>
<div class="row large-columns-2 medium-columns-1 small-columns-1 row-small">
{"".join(post_box(base, s) for s in news)}
</div>
</div></div>
<div id="col-611275436" class="col medium-4 small-12 large-4"><div class="col-inner">
<div class="container section-title-container"><h3 class="section-title section-title-bold"><b></b><span class="section-title-main">Thông báo</span><b></b><a href="{base}/chuyen-muc/thong-bao/" target="">Xem thêm<i class="icon-angle-right"></i></a></h3></div>
<ul class="flatsome-notice-list">{notice_items}</ul>
<div class="gap-element clearfix" id="gap-318492371" style="display:block; height:auto;"><style>#gap-318492371 {{padding-top: 20px;}}</style></div>
<div class="img has-hover x md-x lg-x y md-y lg-y" id="image_1735"><a class="" href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><div class="img-inner dark">{img_tag(f"{UP}/2024/08/banner-dich-vu-cong-300x120.png", base, "attachment-original size-original")}</div></a></div>
</div></div>
</div>
</div></section>
<section class="section" id="section_1790543261"><div class="bg section-bg fill bg-fill bg-loaded"></div><div class="section-content relative">
<div class="row" id="row-1931"><div id="col-75" class="col small-12 large-12"><div class="col-inner">
<div class="container section-title-container"><h3 class="section-title section-title-center"><b></b><span class="section-title-main">Hoạt động Đội</span><b></b></h3></div>
<div class="row large-columns-3 medium-columns-1 small-columns-1">
{"".join(post_box(base, s, 15) for s in doi)}
</div>
</div></div></div>
</div></section>
<section class="section dark" id="section_1029384756"><div class="bg section-bg fill bg-fill bg-loaded"></div><div class="section-content relative">
<div class="row row-large align-middle" id="row-2231">
<div id="col-81" class="col medium-6 small-12 large-6"><div class="col-inner">
<h2>Giới thiệu về {esc(SITE)}</h2>
<p>{esc(SITE)} được thành lập năm 1983. Năm học 2026 &#8211; 2027, nhà trường có 34 lớp với 1.326 học sinh và 72 cán bộ, giáo viên, nhân viên. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<a href="{base}/gioi-thieu/" target="_self" class="button white is-outline"><span>Xem thêm</span></a>
</div></div>
<div id="col-82" class="col medium-6 small-12 large-6"><div class="col-inner">
<div class="row row-small"><div class="col medium-4 small-4 large-4"><div class="col-inner text-center"><h3 class="uppercase"><span style="font-size: 200%;">34</span></h3><p>Lớp học</p></div></div>
<div class="col medium-4 small-4 large-4"><div class="col-inner text-center"><h3 class="uppercase"><span style="font-size: 200%;">1.326</span></h3><p>Học sinh</p></div></div>
<div class="col medium-4 small-4 large-4"><div class="col-inner text-center"><h3 class="uppercase"><span style="font-size: 200%;">72</span></h3><p>Cán bộ, giáo viên</p></div></div></div>
</div></div>
</div>
</div></section>
<section class="section" id="section_2001"><div class="section-content relative">
<div class="row"><div class="col small-12 large-12"><div class="col-inner">
<div class="container section-title-container"><h3 class="section-title section-title-center"><b></b><span class="section-title-main">Thư viện ảnh</span><b></b><a href="{base}/thu-vien-anh/" target="">Xem tất cả<i class="icon-angle-right"></i></a></h3></div>
<div class="row large-columns-4 medium-columns-2 small-columns-2 row-small">{album}</div>
</div></div></div>
</div></section>
</div>"""
    graph = [{"@type": "WebPage", "@id": f"{base}/", "url": f"{base}/", "name": f"Trang chủ - {SITE}", "isPartOf": {"@id": f"{base}/#website"}, "about": {"@id": f"{base}/#organization"}, "inLanguage": "vi"}]
    head = _head(
        base, f"Trang chủ - {SITE}", canonical=f"{base}/", description=f"{TAGLINE}: tin tức, thông báo, văn bản và hoạt động của nhà trường.",
        schema=graph, api=f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/pages/8" />',
    )
    return _page(base, head, main, "home page-template page-template-page-blank page-template-page-blank-php page page-id-8", "/")


# --------------------------------------------------------------------------- pages


def _page_shell(base: str, path: str, inner: str, *, description: str = "", extra_class: str = "", robots: str | None = None) -> str:
    pid, title = PAGES.get(path, (0, ""))
    crumbs: list[tuple[str | None, str]] = []
    if path.count("/") > 2:
        parent = "/" + path.strip("/").split("/")[0] + "/"
        crumbs.append((parent, esc(PAGES[parent][1])))
    crumbs.append((None, esc(title)))
    main = f"""{_breadcrumbs(base, crumbs)}
<div class="row page-wrapper">
<div id="content" class="large-12 col" role="main">
<header class="entry-header text-center"><h1 class="entry-title">{esc(title)}</h1><div class="is-divider medium"></div></header>
<div class="entry-content">
{inner}
</div>
</div>
</div>"""
    graph = [{"@type": "WebPage", "@id": base + path, "url": base + path, "name": f"{title} - {SITE}", "isPartOf": {"@id": f"{base}/#website"}, "inLanguage": "vi"}]
    kwargs = {"robots": robots} if robots else {}
    head = _head(
        base, f"{title} - {SITE}", canonical=base + path, description=description, schema=graph,
        api=f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/pages/{pid}" /><link rel=\'shortlink\' href=\'{base}/?page_id={pid}\' />\n',
        **kwargs,
    )
    return _page(base, head, main, f"page-template-default page page-id-{pid}{extra_class}", path)


def about_page(base: str) -> str:
    inner = f"""<p>{esc(SITE)} được thành lập năm 1983 trên cơ sở tách ra từ Trường Phổ thông cơ sở Quy Nhơn. Trải qua hơn 40 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu về chất lượng giáo dục của tỉnh.</p>
<h3 class="wp-block-heading">Quy mô trường lớp</h3>
<p>Năm học 2026 &#8211; 2027, nhà trường có 34 lớp với 1.326 học sinh; 72 cán bộ, giáo viên, nhân viên, trong đó 18 giáo viên có trình độ thạc sĩ.</p>
<figure class="wp-block-image size-large">{img_tag(f"{UP}/2024/08/toan-canh-truong-1024x576.jpg", base, "wp-image-96")}<figcaption class="wp-element-caption">Toàn cảnh {esc(SITE)}</figcaption></figure>
<h3 class="wp-block-heading">Thành tích</h3>
<ul class="wp-block-list"><li>Trường đạt chuẩn quốc gia mức độ 2 (năm 2022).</li><li>Kiểm định chất lượng giáo dục cấp độ 3.</li><li>Huân chương Lao động hạng Ba (năm 2018).</li></ul>
<p><a href="{base}/gioi-thieu/co-cau-to-chuc/">Xem cơ cấu tổ chức của nhà trường</a></p>"""
    return _page_shell(base, "/gioi-thieu/", inner, description=f"Giới thiệu về {SITE}: lịch sử, quy mô và thành tích.")


def structure_page(base: str) -> str:
    rows = [
        ("Nguyễn Văn Thành", "Hiệu trưởng", "0905 112 233"),
        ("Trần Thị Bích Ngọc", "Phó Hiệu trưởng", "0914 556 778"),
        ("Lê Văn Hòa", "Phó Hiệu trưởng", "0935 221 904"),
        ("Phạm Quốc Huy", "Tổng phụ trách Đội", "0982 440 615"),
    ]
    body = "".join(f"<tr><td>{esc(n)}</td><td>{esc(r)}</td><td>{t}</td></tr>" for n, r, t in rows)
    inner = f"""<h3 class="wp-block-heading">Ban giám hiệu</h3>
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>{body}</tbody></table></figure>
<h3 class="wp-block-heading">Các tổ chuyên môn</h3>
<ul class="wp-block-list"><li>Tổ Ngữ văn</li><li>Tổ Toán &#8211; Tin</li><li>Tổ Ngoại ngữ</li><li>Tổ Khoa học tự nhiên</li><li>Tổ Sử &#8211; Địa &#8211; GDCD</li><li>Tổ Văn phòng</li></ul>"""
    return _page_shell(base, "/gioi-thieu/co-cau-to-chuc/", inner)


def documents_page(base: str) -> str:
    rows = "".join(
        f'<tr><td>{esc(no)}</td><td>{day}</td><td>{wpt(summary)}</td><td><a href="{base}{href}" target="_blank" rel="noreferrer noopener">Tải về</a></td></tr>'
        for no, day, summary, href in DOCS
    )
    inner = f"""<p>Các văn bản, kế hoạch của nhà trường. Bấm &#8220;Tải về&#8221; để xem toàn văn (định dạng PDF).</p>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></figure>"""
    return _page_shell(base, "/van-ban/", inner)


def album_page(base: str) -> str:
    cols = "".join(
        f'<div class="gallery-col col"><div class="col-inner"><a class="image-lightbox lightbox-gallery" href="{base}{f}" title="{esc(texturize(t))}">'
        f'<div class="box has-hover gallery-box box-overlay dark"><div class="box-image">{img_tag(f.replace(".jpg", "-300x200.jpg"), base, "attachment-medium size-medium")}</div>'
        f'<div class="box-text text-left"><p>{wpt(t)}</p></div></div></a></div></div>'
        for f, t in ALBUM
    )
    inner = f'<div class="row large-columns-4 medium-columns-3 small-columns-2 row-small row-masonry" id="gallery-1205640772" data-packery-options=\'{{"itemSelector": ".col", "gutter": 0, "presentageWidth" : true}}\'>{cols}</div>'
    return _page_shell(base, "/thu-vien-anh/", inner)


def contact_page(base: str) -> str:
    inner = f"""<div class="row" id="row-902"><div id="col-11" class="col medium-5 small-12 large-5"><div class="col-inner">
<h3>{esc(SITE)}</h3>
<p><i class="icon-map-pin-fill"></i> Địa chỉ: {esc(ADDRESS)}<br><i class="icon-phone"></i> Điện thoại: {HOTLINE}<br><i class="icon-envelop"></i> Email: {EMAIL}</p>
<p>Giờ làm việc: Thứ Hai &#8211; Thứ Sáu: 7h00 &#8211; 11h30, 13h30 &#8211; 17h00</p>
</div></div>
<div id="col-12" class="col medium-7 small-12 large-7"><div class="col-inner">
<div class="wpcf7 no-js" id="wpcf7-f35-p20-o1" lang="vi" dir="ltr" data-wpcf7-id="35">
<form action="/lien-he/#wpcf7-f35-p20-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="35" /><input type="hidden" name="_wpcf7_version" value="6.0.1" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f35-p20-o1" /><input type="hidden" name="_wpcf7_container_post" value="20" /></div>
<p><label> Họ và tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email (bắt buộc)<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" aria-required="true" value="" type="email" name="your-email" /></span></label></p>
<p><label> Tiêu đề<br /><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject" /></span></label></p>
<p><label> Thông điệp<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi đi" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div>
</div></div></div>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3875.2!2d109.2234!3d13.7695!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="400" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe></p>"""
    return _page_shell(base, "/lien-he/", inner, description=f"Thông tin liên hệ {SITE}.")


def account_page(base: str, lost: bool = False) -> str:
    if lost:
        inner = """<div class="woocommerce"><div class="woocommerce-notices-wrapper"></div>
<form method="post" class="woocommerce-ResetPassword lost_reset_password"><p>Quên mật khẩu? Vui lòng nhập tên đăng nhập hoặc địa chỉ email. Bạn sẽ nhận được một liên kết tạo mật khẩu mới qua email.</p>
<p class="woocommerce-form-row woocommerce-form-row--first form-row form-row-first"><label for="user_login">Tên đăng nhập hoặc email&nbsp;<span class="required" aria-hidden="true">*</span></label><input class="woocommerce-Input woocommerce-Input--text input-text" type="text" name="user_login" id="user_login" autocomplete="username" required aria-required="true" /></p>
<p class="woocommerce-form-row form-row"><input type="hidden" name="wc_reset_password" value="true" /><button type="submit" class="woocommerce-Button button" value="Đặt lại mật khẩu">Đặt lại mật khẩu</button></p>
</form></div>"""
    else:
        inner = f"""<div class="woocommerce"><div class="woocommerce-notices-wrapper"></div>
<div class="account-container lightbox-inner"><div class="account-login-inner"><h3 class="uppercase">Đăng nhập</h3>
<form class="woocommerce-form woocommerce-form-login login" method="post">
<p class="woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide"><label for="username">Tên tài khoản hoặc địa chỉ email&nbsp;<span class="required" aria-hidden="true">*</span></label><input type="text" class="woocommerce-Input woocommerce-Input--text input-text" name="username" id="username" autocomplete="username" value="" required aria-required="true" /></p>
<p class="woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide"><label for="password">Mật khẩu&nbsp;<span class="required" aria-hidden="true">*</span></label><input class="woocommerce-Input woocommerce-Input--text input-text" type="password" name="password" id="password" autocomplete="current-password" required aria-required="true" /></p>
<p class="form-row"><label class="woocommerce-form__label woocommerce-form__label-for-checkbox woocommerce-form-login__rememberme"><input class="woocommerce-form__input woocommerce-form__input-checkbox" name="rememberme" type="checkbox" id="rememberme" value="forever" /> <span>Ghi nhớ mật khẩu</span></label>
<button type="submit" class="woocommerce-button button woocommerce-form-login__submit" name="login" value="Đăng nhập">Đăng nhập</button></p>
<p class="woocommerce-LostPassword lost_password"><a href="{base}/tai-khoan/lost-password/">Quên mật khẩu?</a></p>
</form></div></div></div>"""
    page = _page_shell(base, "/tai-khoan/", inner, extra_class=" woocommerce-account woocommerce-page", robots="noindex, follow")
    if lost:
        page = page.replace(f'href="{base}/tai-khoan/" />', f'href="{base}/tai-khoan/lost-password/" />', 1)
    return page


# --------------------------------------------------------------------------- shop


def _price(amount: int) -> str:
    shown = f"{amount:,}".replace(",", ".")
    return f'<span class="woocommerce-Price-amount amount"><bdi>{shown}<span class="woocommerce-Price-currencySymbol">&#8363;</span></bdi></span>'


def _price_html(p: tuple) -> str:
    _pid, _name, _cat, price, regular, *_ = p
    if regular:
        return (
            f'<del aria-hidden="true">{_price(regular)}</del> <span class="screen-reader-text">Giá gốc là: {regular:,}&#8363;.</span>'.replace(",", ".")
            + f'<ins aria-hidden="true">{_price(price)}</ins><span class="screen-reader-text">Giá hiện tại là: {price:,}&#8363;.</span>'.replace(",", ".")
        )
    return _price(price)


def _product_box(base: str, slug: str, here: str) -> str:
    p = PRODUCTS[slug]
    pid, name, cat, price, regular, sized, *_ = p
    perm = f"{base}/san-pham/{slug}/"
    if sized:
        button = (
            f'<a href="{perm}" data-quantity="1" class="primary is-small mb-0 button product_type_variable add_to_cart_button is-outline"'
            f' data-product_id="{pid}" aria-label="Lựa chọn cho &ldquo;{esc(name)}&rdquo;" rel="nofollow">Lựa chọn các tùy chọn</a>'
        )
    else:
        sep = "&amp;" if "?" in here else "?"
        button = (
            f'<a href="{base}{esc(here)}{sep}add-to-cart={pid}" data-quantity="1" class="primary is-small mb-0 button product_type_simple add_to_cart_button ajax_add_to_cart is-outline"'
            f' data-product_id="{pid}" aria-label="Thêm vào giỏ hàng: &ldquo;{esc(name)}&rdquo;" rel="nofollow">Thêm vào giỏ hàng</a>'
        )
    badge = f'<div class="callout badge badge-circle"><div class="badge-inner secondary on-sale"><span class="onsale">-{round(100 * (regular - price) / regular)}%</span></div></div>' if regular else ""
    return (
        f'<div class="product-small col has-hover product type-product post-{pid} status-publish instock product_cat-{cat} has-post-thumbnail">'
        f'<div class="col-inner"><div class="badge-container absolute left top z-1">{badge}</div><div class="product-small box ">'
        f'<div class="box-image"><div class="image-fade_in_back"><a href="{perm}" aria-label="{esc(name)}">{img_tag(f"{UP}/2026/07/{slug}-300x300.jpg", base, "attachment-woocommerce_thumbnail size-woocommerce_thumbnail")}</a></div></div>'
        f'<div class="box-text box-text-products text-center grid-style-2"><div class="title-wrapper">'
        f'<p class="category uppercase is-smaller no-text-overflow product-cat op-7">{esc(PRODUCT_CATS[cat][1])}</p>'
        f'<p class="name product-title woocommerce-loop-product__title"><a href="{perm}" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">{esc(name)}</a></p></div>'
        f'<div class="price-wrapper"><span class="price">{_price_html(p)}</span></div><div class="add-to-cart-button">{button}</div></div></div></div></div>'
    )


def _filters(request: Request) -> list[str]:
    raw = request.params.get("filter_kich-co", "")
    return [v for v in raw.split(",") if v in SIZES] if raw else []


def _filter_href(path: str, chosen: list[str], size: str) -> str:
    now = [v for v in chosen if v != size] if size in chosen else [*chosen, size]
    return path + (f"?filter_kich-co={','.join(now)}" if now else "")


def shop_page(base: str, request: Request, cat: str | None = None) -> str:
    path = request.path
    chosen = _filters(request)
    items = [slug for slug, p in PRODUCTS.items() if cat is None or p[2] == cat]
    if chosen:
        items = [slug for slug in items if PRODUCTS[slug][5]]
    here = request.target
    boxes = "".join(_product_box(base, slug, here) for slug in items)
    sizes = "".join(
        f'<li class="woocommerce-widget-layered-nav-list__item wc-layered-nav-term{" woocommerce-widget-layered-nav-list__item--chosen chosen" if size in chosen else ""}">'
        f'<a rel="nofollow" href="{base}{_filter_href(path, chosen, size)}">{size.upper()}</a> <span class="count">({sum(1 for p in PRODUCTS.values() if p[5])})</span></li>'
        for size in SIZES
    )
    active = ""
    if chosen:
        removes = "".join(
            f'<li class="chosen"><a rel="nofollow" aria-label="Xóa bộ lọc" href="{base}{_filter_href(path, chosen, size)}">{size.upper()}</a></li>'
            for size in chosen
        )
        active = (
            '<aside id="woocommerce_layered_nav_filters-2" class="widget woocommerce widget_layered_nav_filters"><span class="widget-title shop-sidebar">Bộ lọc đang dùng</span>'
            f'<div class="is-divider small"></div><ul>{removes}<li class="chosen"><a rel="nofollow" aria-label="Xóa bộ lọc" href="{base}{path}">Xóa bộ lọc</a></li></ul></aside>'
        )
    cat_links = "".join(
        f'<li class="cat-item cat-item-{tid}{" current-cat" if c == cat else ""}"><a href="{base}/danh-muc-san-pham/{c}/">{esc(name)}</a> <span class="count">({sum(1 for p in PRODUCTS.values() if p[2] == c)})</span></li>'
        for c, (tid, name) in PRODUCT_CATS.items()
    )
    layered = (
        '<aside id="woocommerce_layered_nav-2" class="widget woocommerce widget_layered_nav woocommerce-widget-layered-nav"><span class="widget-title shop-sidebar">Lọc theo kích cỡ</span>'
        f'<div class="is-divider small"></div><ul class="woocommerce-widget-layered-nav-list">{sizes}</ul></aside>'
        if cat is None
        else ""
    )
    title = PRODUCT_CATS[cat][1] if cat else "Đồng phục"
    crumb = f'<a href="{base}/dong-phuc/">Đồng phục</a> <span class="divider">&#47;</span> {esc(title)}' if cat else "Đồng phục"
    main = f"""<div class="shop-page-title category-page-title page-title "><div class="page-title-inner flex-row medium-flex-wrap container">
<div class="flex-col flex-grow medium-text-center"><div class="is-large"><nav class="woocommerce-breadcrumb breadcrumbs uppercase"><a href="{base}/">Trang chủ</a> <span class="divider">&#47;</span> {crumb}</nav></div>
<div class="category-filtering category-filter-row show-for-medium"><a href="#" data-open="#shop-sidebar" data-visible-after="true" data-pos="left" class="filter-button uppercase plain" role="button"><i class="icon-equalizer"></i> <strong>Lọc</strong></a></div></div>
<div class="flex-col medium-text-center"><p class="woocommerce-result-count hide-for-medium">Hiển thị tất cả {len(items)} kết quả</p>
<form class="woocommerce-ordering" method="get"><select name="orderby" class="orderby" aria-label="Đơn hàng của cửa hàng"><option value="menu_order" selected='selected'>Thứ tự mặc định</option><option value="popularity">Thứ tự theo mức độ phổ biến</option><option value="date">Mới nhất</option><option value="price">Thứ tự theo giá: thấp đến cao</option><option value="price-desc">Thứ tự theo giá: cao xuống thấp</option></select><input type="hidden" name="paged" value="1" /></form></div>
</div></div>
<div class="row category-page-row">
<div class="col large-3 hide-for-medium "><div id="shop-sidebar" class="sidebar-inner col-inner">
<aside id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories"><span class="widget-title shop-sidebar">Danh mục sản phẩm</span><div class="is-divider small"></div><ul class="product-categories">{cat_links}</ul></aside>
{active}{layered}
</div></div>
<div class="col large-9"><div class="shop-container"><div class="woocommerce-notices-wrapper"></div>
<div class="products row row-small large-columns-3 medium-columns-3 small-columns-2">{boxes}</div>
</div></div>
</div>"""
    canonical = base + path
    graph = [{"@type": "CollectionPage", "@id": canonical, "url": canonical, "name": f"{title} - {SITE}", "isPartOf": {"@id": f"{base}/#website"}, "inLanguage": "vi"}]
    robots = "noindex, follow" if chosen else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    head = _head(base, f"{title} - {SITE}", canonical=canonical, schema=graph, robots=robots)
    body_class = f"archive tax-product_cat term-{cat} woocommerce woocommerce-page" if cat else "archive post-type-archive post-type-archive-product woocommerce-shop woocommerce woocommerce-page"
    return _page(base, head, main, body_class, "/dong-phuc/")


def product_page(base: str, slug: str) -> str:
    p = PRODUCTS[slug]
    pid, name, cat, price, regular, sized, short, desc = p
    perm = f"{base}/san-pham/{slug}/"
    if sized:
        options = "".join(f'<option value="{v}" class="attached enabled">{v.upper()}</option>' for v in SIZES)
        form = (
            f'<form class="variations_form cart" action="{perm}" method="post" enctype=\'multipart/form-data\' data-product_id="{pid}">'
            '<table class="variations" cellspacing="0" role="presentation"><tbody><tr><th class="label"><label for="pa_kich-co">Kích cỡ</label></th>'
            f'<td class="value"><select id="pa_kich-co" class="" name="attribute_pa_kich-co" data-attribute_name="attribute_pa_kich-co"><option value="">Chọn một tùy chọn</option>{options}</select>'
            '<a class="reset_variations" href="#" aria-label="Xóa tùy chọn">Xóa</a></td></tr></tbody></table>'
            '<div class="single_variation_wrap"><div class="woocommerce-variation-add-to-cart variations_button"><div class="ux-quantity quantity buttons_added">'
            '<input type="button" value="-" class="ux-quantity__button ux-quantity__button--minus button minus is-form"><input type="number" class="input-text qty text" name="quantity" value="1" aria-label="Số lượng sản phẩm" min="1" step="1" /><input type="button" value="+" class="ux-quantity__button ux-quantity__button--plus button plus is-form"></div>'
            f'<button type="submit" class="single_add_to_cart_button button alt">Thêm vào giỏ hàng</button><input type="hidden" name="add-to-cart" value="{pid}" /><input type="hidden" name="product_id" value="{pid}" /><input type="hidden" name="variation_id" class="variation_id" value="0" /></div></div></form>'
        )
        attrs = '<tr class="woocommerce-product-attributes-item woocommerce-product-attributes-item--attribute_pa_kich-co"><th class="woocommerce-product-attributes-item__label" scope="row">Kích cỡ</th><td class="woocommerce-product-attributes-item__value"><p>S, M, L, XL</p></td></tr>'
    else:
        form = (
            f'<form class="cart" action="{perm}" method="post" enctype=\'multipart/form-data\'><div class="ux-quantity quantity buttons_added"><input type="number" class="input-text qty text" name="quantity" value="1" min="1" step="1" /></div>'
            f'<button type="submit" name="add-to-cart" value="{pid}" class="single_add_to_cart_button button alt">Thêm vào giỏ hàng</button></form>'
        )
        attrs = '<tr class="woocommerce-product-attributes-item woocommerce-product-attributes-item--weight"><th class="woocommerce-product-attributes-item__label" scope="row">Trọng lượng</th><td class="woocommerce-product-attributes-item__value">0,01 kg</td></tr>'
    others = [o for o, q in PRODUCTS.items() if q[2] == cat and o != slug][:4]
    related_boxes = "".join(_product_box(base, o, f"/san-pham/{slug}/") for o in others)
    main = f"""<div class="shop-container"><div class="container"><div class="woocommerce-notices-wrapper"></div></div>
<div id="product-{pid}" class="product type-product post-{pid} status-publish first instock product_cat-{cat} has-post-thumbnail shipping-taxable purchasable product-type-{'variable' if sized else 'simple'}">
<div class="product-container"><div class="product-main"><div class="row content-row mb-0">
<div class="product-gallery large-6 col"><div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images relative mb-half has-hover" data-columns="4">
<figure class="woocommerce-product-gallery__wrapper product-gallery-slider slider slider-nav-small mb-half"><div data-thumb="{base}{UP}/2026/07/{slug}-100x100.jpg" class="woocommerce-product-gallery__image slide first"><a href="{base}{UP}/2026/07/{slug}.jpg">{img_tag(f"{UP}/2026/07/{slug}-600x600.jpg", base, "wp-post-image skip-lazy", lazy=False, alt=name)}</a></div></figure></div></div>
<div class="product-info summary col-fit col entry-summary product-summary">
<nav class="woocommerce-breadcrumb breadcrumbs uppercase"><a href="{base}/">Trang chủ</a> <span class="divider">&#47;</span> <a href="{base}/danh-muc-san-pham/{cat}/">{esc(PRODUCT_CATS[cat][1])}</a></nav>
<h1 class="product-title product_title entry-title">{esc(name)}</h1>
<div class="is-divider small"></div>
<div class="price-wrapper"><p class="price product-page-price {'price-on-sale' if regular else ''}">{_price_html(p)}</p></div>
<div class="product-short-description"><p>{esc(short)}</p></div>
{form}
<div class="product_meta"><span class="sku_wrapper">Mã: <span class="sku">DP-{pid}</span></span> <span class="posted_in">Danh mục: <a href="{base}/danh-muc-san-pham/{cat}/" rel="tag">{esc(PRODUCT_CATS[cat][1])}</a></span></div>
</div>
</div></div>
<div class="product-footer"><div class="container"><div class="woocommerce-tabs wc-tabs-wrapper container tabbed-content">
<ul class="tabs wc-tabs product-tabs small-nav-collapse nav nav-uppercase nav-line nav-left" role="tablist"><li class="description_tab active" id="tab-title-description" role="presentation"><a href="#tab-description" role="tab" aria-selected="true" aria-controls="tab-description">Mô tả</a></li><li class="additional_information_tab" id="tab-title-additional_information" role="presentation"><a href="#tab-additional_information" role="tab" aria-selected="false" aria-controls="tab-additional_information" tabindex="-1">Thông tin bổ sung</a></li><li class="reviews_tab" id="tab-title-reviews" role="presentation"><a href="#tab-reviews" role="tab" aria-selected="false" aria-controls="tab-reviews" tabindex="-1">Đánh giá (0)</a></li></ul>
<div class="tab-panels">
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content active" id="tab-description" role="tabpanel" aria-labelledby="tab-title-description">{"".join(f"<p>{esc(x)}</p>" for x in desc)}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content" id="tab-additional_information" role="tabpanel" aria-labelledby="tab-title-additional_information"><table class="woocommerce-product-attributes shop_attributes" aria-label="Chi tiết sản phẩm">{attrs}</table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content" id="tab-reviews" role="tabpanel" aria-labelledby="tab-title-reviews"><div id="reviews" class="woocommerce-Reviews"><div id="comments"><h3 class="woocommerce-Reviews-title normal">Đánh giá</h3><p class="woocommerce-noreviews">Chưa có đánh giá nào.</p></div>
<div id="review_form_wrapper"><div id="review_form"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Hãy là người đầu tiên nhận xét &ldquo;{esc(name)}&rdquo;</h3><p class="must-log-in">Bạn phải <a href="{base}/tai-khoan/">đăng nhập</a> để gửi đánh giá.</p></div></div></div></div></div>
</div></div></div>
<div class="related related-products-wrapper product-section"><h3 class="product-section-title container-width product-section-title-related pt-half pb-half uppercase">Sản phẩm tương tự</h3>
<div class="row large-columns-4 medium-columns-3 small-columns-2 row-small slider row-slider slider-nav-reveal slider-nav-push" data-flickity-options='{{"imagesLoaded": true, "groupCells": "100%", "dragThreshold" : 5, "cellAlign": "left","wrapAround": true,"prevNextButtons": true,"percentPosition": true,"pageDots": false, "rightToLeft": false, "autoPlay" : false}}'>{related_boxes}</div></div>
</div></div></div>
</div>"""
    graph = [
        {"@type": "WebPage", "@id": perm, "url": perm, "name": f"{name} - {SITE}", "isPartOf": {"@id": f"{base}/#website"}, "datePublished": "2026-07-20T02:11:05+00:00", "dateModified": "2026-08-03T09:40:51+00:00", "inLanguage": "vi"},
    ]
    product_ld = json.dumps(
        {"@context": "https://schema.org/", "@type": "Product", "@id": f"{perm}#product", "name": name, "url": perm, "description": short, "image": f"{base}{UP}/2026/07/{slug}.jpg", "sku": f"DP-{pid}", "offers": [{"@type": "Offer", "price": str(price), "priceCurrency": "VND", "availability": "http://schema.org/InStock", "url": perm, "seller": {"@type": "Organization", "name": SITE, "url": f"{base}"}}]},
        ensure_ascii=False,
    )
    meta = '<meta property="article:modified_time" content="2026-08-03T09:40:51+00:00" />\n'
    head = _head(base, f"{name} - {SITE}", canonical=perm, description=short, og_type="product", meta=meta, schema=graph)
    head = head.replace("</head>", f'<script type="application/ld+json">{product_ld}</script>\n</head>')
    return _page(base, head, main, f"product-template-default single single-product postid-{pid} woocommerce woocommerce-page", "/dong-phuc/")


def cart_page(base: str) -> str:
    inner = f'<div class="woocommerce"><div class="text-center pt pb"><div class="woocommerce-notices-wrapper"></div><p class="cart-empty woocommerce-info">Chưa có sản phẩm nào trong giỏ hàng.</p><p class="return-to-shop"><a class="button primary wc-backward" href="{base}/dong-phuc/">Quay trở lại cửa hàng</a></p></div></div>'
    return _page_shell(base, "/gio-hang/", inner, extra_class=" woocommerce-cart woocommerce-page", robots="noindex, follow")


# --------------------------------------------------------------------------- search, login, 404


def search_page(base: str, q: str, products: bool) -> str:
    fold = _fold(q)
    if products:
        hits = [slug for slug, p in PRODUCTS.items() if fold and fold in _fold(p[1] + " " + p[6])]
        rows = "".join(_product_box(base, slug, "/dong-phuc/") for slug in hits)
        found = f'<div class="products row row-small large-columns-4 medium-columns-3 small-columns-2">{rows}</div>' if hits else '<p class="woocommerce-info woocommerce-no-products-found">Không tìm thấy sản phẩm nào khớp với lựa chọn của bạn.</p>'
        heading = f"Kết quả tìm kiếm: &ldquo;{esc(q)}&rdquo;"
    else:
        hits_p = [s for s in newest() if fold and fold in _fold(s.title + " " + " ".join(s.paragraphs))]
        found = "\n".join(list_box(base, s) for s in hits_p) or "<p>Xin lỗi, không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>"
        heading = f"Kết quả tìm kiếm cho: <span>{esc(q)}</span>"
    main = f"""<div id="content" class="blog-wrapper blog-archive page-wrapper">
<header class="archive-page-header"><div class="row"><div class="large-12 text-center col"><h1 class="page-title is-large uppercase">{heading}</h1></div></div></header>
<div class="row row-large row-divided "><div class="large-9 col"><div id="post-list"><div class="row large-columns-1 medium-columns- small-columns-1">{found}</div></div></div>{_sidebar(base)}</div>
</div>"""
    head = _head(base, f"Bạn đã tìm kiếm {q} - {SITE}", canonical=None, robots="noindex, follow")
    return _page(base, head, main, "search search-results" if found else "search search-no-results")


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def login_page(base: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Đăng nhập &lsaquo; {esc(SITE)} &#8212; WordPress</title>
<meta name='robots' content='max-image-preview:large, noindex, noarchive' />
<link rel='stylesheet' id='login-css' href='{base}/wp-admin/css/login.min.css?ver={WP_VER}' type='text/css' media='all' />
</head>
<body class="login no-js login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/">Được hỗ trợ bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="{base}/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><div class="wp-pwd"><input type="password" id="user_pass" name="pwd" class="input password-input" value="" size="20" autocomplete="current-password" spellcheck="false" required="required" /></div></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever"  /> <label for="rememberme">Tự động đăng nhập</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
</form>
<p id="nav"><a class="wp-login-lost-password" href="{base}/wp-login.php?action=lostpassword">Bạn quên mật khẩu?</a></p>
<p id="backtoblog"><a href="{base}/">&larr; Quay lại {esc(SITE)}</a></p>
</div>
</body>
</html>"""


def not_found_page(base: str) -> str:
    main = f"""<div id="primary" class="content-area"><main id="main" class="site-main container pt" role="main">
<section class="error-404 not-found mt mb"><div class="row"><div class="col medium-3"><span class="header-font" style="font-size: 6em; font-weight: bold; opacity: .3">404</span></div>
<div class="col medium-9"><header class="page-title"><h1 class="page-title">Rất tiếc! Không thể tìm thấy trang này.</h1></header>
<div class="page-content"><p>Có vẻ như không có gì được tìm thấy ở vị trí này. Bạn thử tìm kiếm xem?</p>{_search_form(base)}</div></div></div></section>
</main></div>"""
    head = _head(base, f"Không tìm thấy trang - {SITE}", canonical=None, robots="noindex, follow")
    return _page(base, head, main, "error404")


# --------------------------------------------------------------------------- feeds


def _rfc822(d: datetime) -> str:
    return format_datetime(d.astimezone(UTC)).replace("-0000", "+0000")


_RSS_HEAD = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
"""


def posts_feed(base: str, items: list[Story], self_path: str, title: str) -> Response:
    entries = []
    for s in items[:FEED_SIZE]:
        perm = base + permalink(s)
        _login, _uid, display = _user(s)
        cats = "".join(f"\t\t<category><![CDATA[{CATS[c][1]}]]></category>\n" for c in s.opts["cats"])
        cats += "".join(f"\t\t<category><![CDATA[{TAGS[t][1]}]]></category>\n" for t in s.opts["tags"])
        footer = (
            f'<p>Bài viết <a rel="nofollow" href="{perm}">{wpt(s.title)}</a> đã xuất hiện đầu tiên vào ngày'
            f' <a rel="nofollow" href="{base}">{esc(SITE)}</a>.</p>'
        )
        entries.append(
            f"""	<item>
		<title>{wpt(s.title)}</title>
		<link>{perm}</link>
		<comments>{perm}#respond</comments>
		<dc:creator><![CDATA[{display}]]></dc:creator>
		<pubDate>{_rfc822(when(s))}</pubDate>
{cats}		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{wpt(excerpt(s, 55))}]]></description>
		<content:encoded><![CDATA[{content_html(s, base, lazy=False)}
{footer}]]></content:encoded>
		<wfw:commentRss>{perm}feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>
"""
        )
    build = _rfc822(max(_modified(s) or when(s) for s in items)) if items else _rfc822(_local("2026-11-23 10:00"))
    body = (
        _RSS_HEAD
        + f"""	<title>{title}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>{esc(TAGLINE)}</description>
	<lastBuildDate>{build}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VER}</generator>
"""
        + "".join(entries)
        + "</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8", "Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


def comments_feed(base: str, story: Story | None) -> Response:
    pool = [story] if story else newest()
    entries = []
    rows = sorted(((c, s) for s in pool for c in s.opts.get("comments", [])), key=lambda cs: cs[0][2], reverse=True)
    for (cid, author, at, text_), s in rows:
        perm = base + permalink(s)
        entries.append(
            f"""	<item>
		<title>Bình luận cho {wpt(s.title)} bởi {esc(author)}</title>
		<link>{perm}#comment-{cid}</link>
		<dc:creator><![CDATA[{author}]]></dc:creator>
		<pubDate>{_rfc822(_local(at))}</pubDate>
		<guid isPermaLink="false">{base}/?p={s.id}#comment-{cid}</guid>
		<description><![CDATA[{wpt(text_)}]]></description>
		<content:encoded><![CDATA[<p>{wpt(text_)}</p>
]]></content:encoded>
	</item>
"""
        )
    title = f"Bình luận cho: {wpt(story.title)}" if story else f"Bình luận cho {esc(SITE)}"
    self_path = permalink(story) + "feed/" if story else "/comments/feed/"
    body = (
        _RSS_HEAD.replace('\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n', "").replace('\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n', "")
        + f"""	<title>{title}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base + permalink(story) if story else base}</link>
	<description>{esc(TAGLINE)}</description>
	<lastBuildDate>{_rfc822(_local(rows[0][0][2])) if rows else _rfc822(_local("2026-11-23 10:00"))}</lastBuildDate>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VER}</generator>
"""
        + "".join(entries)
        + "</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --------------------------------------------------------------------------- sitemaps

_URLSET = (
    '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
    ' xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd'
    ' http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd"'
    ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
)
_YOAST = ("post", "page", "product", "category", "post_tag", "product_cat", "author")
_CORE = (
    "posts-post-1", "posts-page-1", "posts-product-1", "taxonomies-category-1",
    "taxonomies-post_tag-1", "taxonomies-product_cat-1", "users-1",
)  # fmt: skip


def _xml(body: str) -> Response:
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"})


def _yoast_url(loc: str, lastmod: str | None, images: list[str] = ()) -> str:
    mod = f"\t\t<lastmod>{lastmod}</lastmod>\n" if lastmod else ""
    imgs = "".join(f"\t\t<image:image>\n\t\t\t<image:loc>{i}</image:loc>\n\t\t</image:image>\n" for i in images)
    return f"\t<url>\n\t\t<loc>{loc}</loc>\n{mod}{imgs}\t</url>\n"


_PAGE_MOD = "2026-08-03T09:40:51+00:00"


def yoast_sitemap(base: str, which: str) -> Response | None:
    head = f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{base.split("//", 1)[1]}/main-sitemap.xsl"?>\n'
    tail = "</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->"
    posts = sorted(STORIES, key=lambda s: _modified(s) or when(s))
    if which == "index":
        newest_mod = utc(max(_modified(s) or when(s) for s in STORIES))
        mods = {"post": newest_mod, "page": _PAGE_MOD, "product": _PAGE_MOD, "category": newest_mod, "post_tag": newest_mod, "product_cat": _PAGE_MOD, "author": newest_mod}
        items = "".join(f"\t<sitemap>\n\t\t<loc>{base}/{w}-sitemap.xml</loc>\n\t\t<lastmod>{mods[w]}</lastmod>\n\t</sitemap>\n" for w in _YOAST)
        return _xml(head + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->')
    if which == "post":
        rows = "".join(_yoast_url(base + permalink(s), utc(_modified(s) or when(s)), [base + i.src for i in s.images]) for s in posts)
    elif which == "page":
        pages = ["/", "/gioi-thieu/", "/gioi-thieu/co-cau-to-chuc/", "/van-ban/", "/thu-vien-anh/", "/lien-he/"]
        rows = "".join(_yoast_url(base + p, _PAGE_MOD) for p in pages)
    elif which == "product":
        rows = _yoast_url(f"{base}/dong-phuc/", _PAGE_MOD) + "".join(
            _yoast_url(f"{base}/san-pham/{slug}/", _PAGE_MOD, [f"{base}{UP}/2026/07/{slug}.jpg"]) for slug in PRODUCTS
        )
    elif which == "category":
        rows = "".join(_yoast_url(f"{base}/chuyen-muc/{c}/", utc(when(newest(c)[0]))) for c in CATS)
    elif which == "post_tag":
        rows = "".join(_yoast_url(f"{base}/the/{t}/", utc(when(newest(tag=t)[0]))) for t in TAGS)
    elif which == "product_cat":
        rows = "".join(_yoast_url(f"{base}/danh-muc-san-pham/{c}/", _PAGE_MOD) for c in PRODUCT_CATS)
    elif which == "author":
        rows = "".join(_yoast_url(f"{base}/author/{u}/", utc(when(newest(user=u)[0]))) for u in USERS)
    else:
        return None
    return _xml(head + _URLSET + "\n" + rows + tail)


def stale_posts() -> list[Story]:
    """The posts core's sitemap listed when the page cache copied it."""
    return [s for s in STORIES if when(s).date() < STALE_SITEMAP_DAY]


def core_sitemap(base: str, which: str) -> Response | None:
    """The page cache's copy of WordPress' own sitemaps, made on 2026-10-05."""
    if which == "index":
        head = f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap-index.xsl" ?>\n'
        items = "".join(f"<sitemap><loc>{base}/wp-sitemap-{w}.xml</loc></sitemap>" for w in _CORE)
        return _xml(head + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>\n')
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap.xsl" ?>\n'
    if which == "posts-post-1":
        locs = [base + permalink(s, s.opts.get("old_slug")) for s in sorted(stale_posts(), key=when, reverse=True)]
    elif which == "posts-page-1":
        locs = [f"{base}/", *(base + p for p in ("/gioi-thieu/", "/gioi-thieu/co-cau-to-chuc/", "/van-ban/", "/thu-vien-anh/", "/lien-he/", "/dong-phuc/", "/gio-hang/", "/thanh-toan/", "/tai-khoan/"))]
    elif which == "posts-product-1":
        locs = [f"{base}/san-pham/{slug}/" for slug in PRODUCTS]
    elif which == "taxonomies-category-1":
        locs = [f"{base}/chuyen-muc/{c}/" for c in CATS]
    elif which == "taxonomies-post_tag-1":
        locs = [f"{base}/the/{t}/" for t in TAGS if any(t in s.opts["tags"] for s in stale_posts())]
    elif which == "taxonomies-product_cat-1":
        locs = [f"{base}/danh-muc-san-pham/{c}/" for c in PRODUCT_CATS]
    elif which == "users-1":
        locs = [f"{base}/author/{u}/" for u in USERS]
    else:
        return None
    items = "".join(f"<url><loc>{u}</loc></url>" for u in locs)
    return _xml(head + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>\n')


def robots_txt(base: str) -> Response:
    body = (
        "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /wp-login.php\n"
        "Disallow: /gio-hang/\nDisallow: /thanh-toan/\nDisallow: /*add-to-cart=*\nDisallow: /*?s=\n\n"
        f"Sitemap: {base}/sitemap_index.xml\nSitemap: {base}/wp-sitemap.xml\n"
    )
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


# --------------------------------------------------------------------------- REST API


def _php_json(payload: object) -> str:
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def _rest_post(base: str, s: Story) -> dict:
    perm = base + permalink(s)
    mod = _modified(s) or when(s)
    return {
        "id": s.id,
        "date": when(s).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_gmt": when(s).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "guid": {"rendered": f"{base}/?p={s.id}"},
        "modified": mod.strftime("%Y-%m-%dT%H:%M:%S"),
        "modified_gmt": mod.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "slug": s.slug,
        "status": "publish",
        "type": "post",
        "link": perm,
        "title": {"rendered": wpt(s.title)},
        "content": {"rendered": content_html(s, base) + "\n", "protected": False},
        "excerpt": {"rendered": f"<p>{wpt(excerpt(s, 55))}</p>\n", "protected": False},
        "author": USERS[s.opts["user"]][0],
        "featured_media": _attachment_id(s.images[0].src) if s.images else 0,
        "comment_status": "open",
        "ping_status": "closed",
        "sticky": False,
        "template": "",
        "format": "standard",
        "categories": [CATS[c][0] for c in s.opts["cats"]],
        "tags": [TAGS[t][0] for t in s.opts["tags"]],
        "_links": {"self": [{"href": f"{base}/wp-json/wp/v2/posts/{s.id}"}], "collection": [{"href": f"{base}/wp-json/wp/v2/posts"}]},
    }


def rest(base: str, request: Request) -> Response | None:
    path = request.path.rstrip("/")
    headers = {"Content-Type": "application/json; charset=UTF-8", "X-Robots-Tag": "noindex", "Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'}
    if path == "/wp-json":
        payload = {
            "name": SITE, "description": TAGLINE, "url": base, "home": base, "gmt_offset": "7",
            "timezone_string": "Asia/Ho_Chi_Minh", "namespaces": ["oembed/1.0", "wp/v2", "wc/store/v1", "yoast/v1", "contact-form-7/v1"],
            "authentication": [], "routes": {"/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET"], "_links": {"self": [{"href": f"{base}/wp-json/wp/v2/posts"}]}}},
        }  # fmt: skip
        return Response(200, _php_json(payload), headers)
    if path == "/wp-json/wp/v2/posts":
        try:
            page = max(1, int(request.params.get("page", "1")))
        except ValueError:
            page = 1
        items = newest()
        total_pages = -(-len(items) // 10)
        if page > total_pages:
            return Response(400, _php_json({"code": "rest_post_invalid_page_number", "message": "Số trang được yêu cầu lớn hơn số trang hiện có.", "data": {"status": 400}}), headers)
        chunk = items[(page - 1) * 10 : page * 10]
        links = [f'<{base}/wp-json/wp/v2/posts?page={page + 1}>; rel="next"'] if page < total_pages else []
        links += [f'<{base}/wp-json/wp/v2/posts?page={page - 1}>; rel="prev"'] if page > 1 else []
        return Response(200, _php_json([_rest_post(base, s) for s in chunk]), {**headers, "X-WP-Total": str(len(items)), "X-WP-TotalPages": str(total_pages), "Link": ", ".join(links)})
    if m := re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path):
        s = _BY_ID.get(int(m.group(1)))
        if s is None:
            return Response(404, _php_json({"code": "rest_post_invalid_id", "message": "ID bài viết không hợp lệ.", "data": {"status": 404}}), headers)
        return Response(200, _php_json(_rest_post(base, s)), headers)
    if m := re.fullmatch(r"/wp-json/wp/v2/pages/(\d+)", path):
        pid = int(m.group(1))
        hit = next(((p, t) for p, (i, t) in PAGES.items() if i == pid), None) or (("/", "Trang chủ") if pid == 8 else None)
        if hit is None:
            return Response(404, _php_json({"code": "rest_post_invalid_id", "message": "ID bài viết không hợp lệ.", "data": {"status": 404}}), headers)
        return Response(200, _php_json({"id": pid, "link": base + hit[0], "title": {"rendered": hit[1]}, "type": "page"}), headers)
    if path == "/wp-json/oembed/1.0/embed":
        url = request.params.get("url", "")
        s = next((x for x in STORIES if base + permalink(x) == url), None)
        if s is None:
            return Response(404, _php_json({"code": "oembed_invalid_url", "message": "Not Found", "data": {"status": 404}}), headers)
        login, _uid, display = _user(s)
        data = {
            "version": "1.0", "provider_name": SITE, "provider_url": base, "author_name": display,
            "author_url": f"{base}/author/{login}/", "title": typed(s.title), "type": "rich", "width": 600, "height": 338,
            "html": f'<blockquote class="wp-embedded-content"><a href="{base + permalink(s)}">{wpt(s.title)}</a></blockquote>',
        }  # fmt: skip
        if request.params.get("format") == "xml":
            inner = "".join(f"<{k}>{esc(str(v))}</{k}>" for k, v in data.items())
            return Response(200, f'<?xml version="1.0"?>\n<oembed>{inner}</oembed>\n', {"Content-Type": "text/xml; charset=UTF-8"})
        return Response(200, _php_json(data), headers)
    return Response(404, _php_json({"code": "rest_no_route", "message": "Không tìm thấy đường dẫn (route) khớp với URL và phương thức yêu cầu.", "data": {"status": 404}}), headers)


_RSD = """<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">
	<service>
		<engineName>WordPress</engineName>
		<engineLink>https://wordpress.org/</engineLink>
		<homePageLink>{base}</homePageLink>
		<apis>
			<api name="WordPress" blogID="1" preferred="true" apiLink="{base}/xmlrpc.php" />
			<api name="WP-API" blogID="1" preferred="false" apiLink="{base}/wp-json/" />
		</apis>
	</service>
</rsd>
"""


# --------------------------------------------------------------------------- routes

_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/(?:(amp|feed)/)?$")
_DATE = re.compile(r"^/(\d{4})/(?:(\d{2})/(?:(\d{2})/)?)?(?:page/(\d+)/)?$")
_TERM = re.compile(r"^/(chuyen-muc|the|author)/([a-z0-9-]+)/(?:page/(\d+)/|(feed)/)?$")
_KNOWN_FILES = {d[3] for d in DOCS} | {s.opts["file"][0] for s in STORIES if "file" in s.opts}
_BY_SLUG = {s.slug: s for s in STORIES}
_OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}


def _html(page: str, status: int = 200) -> Response:
    return html(page, status=status, headers={"Link": '</wp-json/>; rel="https://api.w.org/"'})


class FlatsomeSchool:
    """WordPress' rewrite rules and template hierarchy, as a table of regexes."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path, params = request.path, request.params
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _KNOWN_FILES else self._missing(base)
            return static_file(path) or self._missing(base)
        if path == "/robots.txt":
            return robots_txt(base)
        if path == "/sitemap_index.xml":
            return yoast_sitemap(base, "index")
        if path == "/sitemap.xml":
            return redirect(f"{base}/sitemap_index.xml", 301)
        if path == "/wp-sitemap.xml":
            return core_sitemap(base, "index")
        if m := re.fullmatch(r"/([a-z_]+)-sitemap\.xml", path):
            return yoast_sitemap(base, m.group(1)) if m.group(1) in _YOAST else self._missing(base)
        if m := re.fullmatch(r"/wp-sitemap-([a-z_]+-[a-z_]+-\d+|users-\d+)\.xml", path):
            return core_sitemap(base, m.group(1)) or self._missing(base)
        if path.endswith(".xsl"):
            return Response(200, '<?xml version="1.0" encoding="UTF-8"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>', {"Content-Type": "text/xsl"})
        if path.startswith("/wp-json"):
            return rest(base, request)
        if path == "/xmlrpc.php":
            if "rsd" in params:
                return Response(200, _RSD.format(base=base), {"Content-Type": "text/xml; charset=UTF-8"})
            return Response(405, "XML-RPC server accepts POST requests only.", {"Content-Type": "text/plain; charset=UTF-8", "Allow": "POST"})
        if path == "/wp-login.php":
            return html(login_page(base), headers={"X-Frame-Options": "SAMEORIGIN"})
        if path.startswith("/wp-admin"):
            return redirect(f"{base}/wp-login.php?redirect_to={quote(base + path, safe='')}&reauth=1", 302)
        if path == "/" and params:
            hit = self._root_query(base, request)
            if hit is not None:
                return hit
        if "add-to-cart" in params:
            rest_q = urlencode([(k, v) for k, v in parse_qs(request.query, keep_blank_values=True).items() for v in v if k != "add-to-cart"])
            loc = base + path + (f"?{rest_q}" if rest_q else "")
            return Response(302, b"", {"Location": loc, "Set-Cookie": "woocommerce_items_in_cart=1; path=/"})
        if not path.endswith("/"):
            return redirect(base + path + "/" + (f"?{request.query}" if request.query else ""), 301)
        if "amp" in params and not _POST.match(path):
            q = urlencode([(k, v) for k, v in params.items() if k != "amp"])
            return redirect(base + path + (f"?{q}" if q else ""), 302)
        if path == "/":
            return _html(home_page(base))
        if m := re.fullmatch(r"/page/(\d+)/", path):
            return redirect(f"{base}/", 301)
        if path == "/feed/":
            return posts_feed(base, newest(), "/feed/", esc(SITE))
        if path == "/comments/feed/":
            return comments_feed(base, None)
        if m := _POST.match(path):
            return self._post(base, request, m)
        if m := _DATE.match(path):
            return self._date_archive(base, m)
        if m := _TERM.match(path):
            return self._term(base, m)
        return self._other(base, request)

    def _root_query(self, base: str, request: Request) -> Response | None:
        params = request.params
        if "p" in params:
            s = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            if s:
                return redirect(base + permalink(s), 301)
            prod = next((slug for slug, p in PRODUCTS.items() if str(p[0]) == params["p"]), None)
            return redirect(f"{base}/san-pham/{prod}/", 301) if prod else self._missing(base)
        if "page_id" in params:
            page = next((p for p, (i, _t) in PAGES.items() if str(i) == params["page_id"]), None)
            return redirect(base + page, 301) if page else self._missing(base)
        if "s" in params:
            return _html(search_page(base, params["s"], params.get("post_type") == "product"))
        if "cat" in params:
            cat = next((c for c, v in CATS.items() if str(v[0]) == params["cat"]), None)
            return redirect(f"{base}/chuyen-muc/{cat}/", 301) if cat else self._missing(base)
        return None

    def _post(self, base: str, request: Request, m: re.Match) -> Response:
        y, mo, d, slug, tail = m.groups()
        s = _BY_SLUG.get(slug)
        if s is None and slug in _OLD_SLUGS:
            return redirect(base + permalink(_OLD_SLUGS[slug]), 301)
        if s is None:
            return self._missing(base)
        if (y, mo, d) != (f"{when(s):%Y}", f"{when(s):%m}", f"{when(s):%d}"):
            return redirect(base + permalink(s), 301)
        if tail == "amp":
            return redirect(base + permalink(s) + "?amp=1", 301)
        if tail == "feed":
            return comments_feed(base, s)
        if "amp" in request.params:
            return html(amp_page(base, s))
        reply = request.params.get("replytocom", "")
        reply_to = int(reply) if reply.isdigit() else None
        return _html(post_page(base, s, reply_to))

    def _date_archive(self, base: str, m: re.Match) -> Response:
        y, mo, d, page = m.groups()
        items = [
            s for s in newest()
            if f"{when(s):%Y}" == y and (mo is None or f"{when(s):%m}" == mo) and (d is None or f"{when(s):%d}" == d)
        ]  # fmt: skip
        if not items:
            return self._missing(base)
        if page == "1":
            return redirect(base + m.group(0).rsplit("page/", 1)[0], 301)
        root = "/" + "/".join(x for x in (y, mo, d) if x) + "/"
        sample = when(items[0])
        if d:
            heading = f"Lưu trữ theo ngày: <span>{vi_date(sample)}</span>"
        elif mo:
            heading = f"Lưu trữ theo tháng: <span>{MONTHS[sample.month - 1]} {sample.year}</span>"
        else:
            heading = f"Lưu trữ theo năm: <span>{y}</span>"
        page_html = archive_page(base, root, heading, items, int(page or 1), "archive date")
        return _html(page_html) if page_html else self._missing(base)

    def _term(self, base: str, m: re.Match) -> Response:
        kind, slug, page, feed = m.groups()
        if page == "1":
            return redirect(f"{base}/{kind}/{slug}/", 301)
        root = f"/{kind}/{slug}/"
        if kind == "chuyen-muc" and slug in CATS:
            tid, name, desc = CATS[slug]
            if feed:
                return posts_feed(base, newest(slug), root + "feed/", f"{esc(SITE)} &#8211; {esc(name)}")
            page_html = archive_page(
                base, root, f"Chuyên mục: <span>{esc(name)}</span>", newest(slug), int(page or 1),
                f"archive category category-{slug} category-{tid}", description=desc,
                feed=(root + "feed/", f"{name} Dòng chuyên mục"), crumbs=[(None, esc(name))], title=name,
                api=f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/categories/{tid}" />',
            )
        elif kind == "the" and slug in TAGS and not feed:
            tid, name = TAGS[slug]
            page_html = archive_page(
                base, root, f"Thẻ: <span>{esc(name)}</span>", newest(tag=slug), int(page or 1),
                f"archive tag tag-{slug} tag-{tid}", crumbs=[(None, esc(f"Lưu trữ thẻ: {name}"))], title=name,
            )
        elif kind == "author" and slug in USERS and not feed:
            uid, display = USERS[slug]
            page_html = archive_page(
                base, root, f"Tác giả: <span>{esc(display)}</span>", newest(user=slug), int(page or 1),
                f"archive author author-{slug} author-{uid}", crumbs=[(None, esc(f"Lưu trữ của {display}"))],
                title=f"{display}, tác giả tại {SITE}",
            )
        else:
            return self._missing(base)
        return _html(page_html) if page_html else self._missing(base)

    def _other(self, base: str, request: Request) -> Response:
        path = request.path
        pages = {
            "/gioi-thieu/": about_page,
            "/gioi-thieu/co-cau-to-chuc/": structure_page,
            "/van-ban/": documents_page,
            "/thu-vien-anh/": album_page,
            "/lien-he/": contact_page,
            "/tai-khoan/": account_page,
            "/gio-hang/": cart_page,
        }
        if path in pages:
            return _html(pages[path](base))
        if path == "/tai-khoan/lost-password/":
            return _html(account_page(base, lost=True))
        if path == "/thanh-toan/":
            return redirect(f"{base}/gio-hang/", 302)
        if path == "/dong-phuc/":
            return _html(shop_page(base, request))
        if (m := re.fullmatch(r"/san-pham/([a-z0-9-]+)/", path)) and m.group(1) in PRODUCTS:
            return _html(product_page(base, m.group(1)))
        if (m := re.fullmatch(r"/danh-muc-san-pham/([a-z0-9-]+)/", path)) and m.group(1) in PRODUCT_CATS:
            return _html(shop_page(base, request, m.group(1)))
        return self._missing(base)

    @staticmethod
    def _missing(base: str) -> Response:
        return _html(not_found_page(base), status=404)


def build_site() -> FlatsomeSchool:
    """A fresh site object: every page is rendered per request from the constants above."""
    return FlatsomeSchool()
