"""A THPT school site on WordPress 6.5 with the BeTheme theme (Muffin Builder) and Yoast SEO.

The platform
------------
"Trường THPT Nguyễn Du" (tỉnh Quảng Ngãi), a site a local web agency built in 2020 on BeTheme
and has kept upgrading since: WordPress 6.5, pretty permalinks ``/%postname%/`` with accent-free
Vietnamese slugs, Yoast SEO (canonical, Open Graph, ``article:published_time`` and a JSON-LD
graph, all timestamps in UTC ``+00:00`` as Yoast prints them), Print-O-Matic (``?print=1``),
native comments, RSS feeds and the REST API left on. The site was installed before WordPress 6.4,
so attachment ("media") pages still exist. Every URL the platform prints is absolute
(``http://<host>/…``), as WordPress prints ``home_url()``.

Page anatomy (every HTML page): ``div#Wrapper > div#Header_wrapper`` with ``header#Header``
(``#Action_bar``: today's date "Thứ Tư, ngày 25/11/2026", phone, e-mail; ``#Top_bar``: logo,
main menu, search form) and ``div#Subheader`` (``h1.title`` + ``ul.breadcrumbs``), then
``div#Content > div.content_wrapper > div.sections_group`` (the page) beside ``div.sidebar``
(widgets "Bài viết mới" with thumbnails and dates, "Chuyên mục", "Lưu trữ" month links,
Facebook page plugin, "Liên kết website" dropdown), then ``footer#Footer`` (contact text
"Địa chỉ / Điện thoại / Email", "Liên kết" menu, "Thống kê truy cập" counter, copyright and the
agency's credit). The home page is full width (no sidebar).

URL scheme and page kinds
-------------------------
- ``/`` home: a Muffin Builder page: slider, "Tin tức – Sự kiện" (Blog item, the 4 newest
  posts, "Xem tất cả" to ``/tin-tuc/``), "Thông báo" (Blog News item: the notices), quick-link
  banners to other hosts, a YouTube video.
- ``/tin-tuc/`` the news page: a Muffin Blog item, 6 posts a page, in ``div.posts_group.lm_wrapper``
  with a "Load more" button (``div.pager_wrapper.pager_lm > a.pager_load_more``) instead of
  numbers; its href is the real next page ``/tin-tuc/page/2/`` (``/page/3/`` the last; the last
  page prints no button). Each ``div.post-item``: ``div.date_label`` "14 Tháng 11, 2026",
  thumbnail, post-meta (admin, date), ``h2.entry-title > a``, ``div.post-excerpt`` (auto excerpt
  ending "[…]") and "Xem thêm".
- ``/category/<slug>/`` archives (tin-tuc, thong-bao, chuyen-mon, hoat-dong-doan), 5 posts a page
  (Settings » Reading), same blog grid, *numbered* pager ``div.pager_wrapper > div.pager >
  div.pages > a.page`` with ``a.prev_page`` / ``a.next_page``; ``/category/tin-tuc/page/2/``.
  Yoast prints ``rel=prev/next`` links in the head. ``…/page/1/`` redirects (301) to the first
  page; a page beyond the last is a 404.
- Posts ``/<slug>/`` (see "Posts" below).
- Static pages (not articles, listed in NON_ARTICLES): ``/gioi-thieu/`` (school history),
  ``/gioi-thieu/co-cau-to-chuc/`` (the board, a table), ``/lien-he/`` (Contact Form 7 and a map),
  ``/van-ban/`` (a documents table linking PDFs under ``/wp-content/uploads/``),
  ``/thu-vien-anh/`` (album index) and ``/thu-vien-anh/le-khai-giang-2026/`` (an album: a
  ``[gallery link="file"]`` of captioned photos, no text: not an article).
- Attachment pages ``/<post-slug>/<image-slug>/`` (the gallery of the opening-ceremony post and
  one photo of the 20/10 post link to them): BeTheme prints the image alone with its title
  ("DSC_0412") in the subheader, "Đăng bởi admin", the date, a comment form. Not articles; they
  are real pages a reader opens, so they are in NON_ARTICLES too (they count for the budget).

Traps (each checked by the self-checks)
---------------------------------------
- ``?replytocom=N``: every "Trả lời" link of a comment reloads the post with the reply form
  ("Trả lời <name>"); Yoast's canonical still names the post. Listed as ``alt_paths``.
- ``?print=1``: Print-O-Matic's "In bài viết" link on every post: a bare print view (title,
  "Ngày đăng", the text; ``noindex``; canonical to the post). Listed as ``alt_paths``.
- ``/feed/``, ``/comments/feed/``, ``/category/<slug>/feed/``, ``/<slug>/feed/`` (RSS 2.0 with
  full ``content:encoded``), linked from every head; ``/wp-json/`` (the REST index),
  ``/wp-json/wp/v2/posts/<id>`` and ``/wp-json/wp/v2/pages/<id>`` (linked as
  ``rel=alternate type=application/json``), ``/wp-json/oembed/1.0/embed?url=…``,
  ``/xmlrpc.php?rsd``: machine documents, not pages.
- ``/?p=<id>`` (the ``rel=shortlink``) answers 301 to the post; ``/<slug>`` without the slash 301s
  to ``/<slug>/``; ``/?s=…`` is a search results page.
- Date archives ``/2026/11/`` (2 pages: ``/2026/11/page/2/``), ``/2026/10/``, ``/2026/09/``
  from the "Lưu trữ" widget; ``/author/admin/`` (3 pages) from every post-meta "admin" link.
- Yoast sitemaps: ``/robots.txt`` names ``/sitemap_index.xml`` → ``post-sitemap.xml``,
  ``page-sitemap.xml``, ``category-sitemap.xml``, ``author-sitemap.xml``.
- Related posts "Bài viết liên quan" (3, with thumbnails and dates), the "Share" box, the
  prev/next ``a.fixed-nav`` arrows (thumbnail, title, date) and the post-nav arrows on every post.

Posts
-----
``div.sections_group > div#post-<id>.post > div.section-post-header`` (``div.post-header``: the
love button, ``h1.entry-title`` and ``div.post-meta`` "Đăng bởi admin ngày 14/11/2026" with a
``<time datetime>`` in local time, and the categories list) then
``div.post-wrapper-content > div.entry-content``. The text is either

- *classic editor* (posts 2, 4, 6, 7, 9, 11): ``div.section.the_content > div.section_wrapper >
  div.the_content_wrapper`` with ``<p>``, ``<h3>``, lists, Word tables, ``div.wp-caption``
  (``p.wp-caption-text``) or an image in a ``<p>`` and a centred italic line under it;
- *Muffin Builder* (posts 1, 3, 5, 8, 10, 12, 13): ``div.mfn-builder-content > section.section.
  mcb-section > div.section_wrapper > div.wrap.mcb-wrap > div.mcb-wrap-inner > div.column.
  mcb-column``: the text split over several ``column_column > div.column_attr`` boxes, headings
  as ``column_heading`` items (``h3.title``), photos as ``column_image`` items (``div.image_frame >
  div.image_wrapper > img``) with the caption either in ``p.wp-caption-text`` inside the frame or
  as a centred paragraph in the next ``column_attr``, a ``column_fancy_divider`` ending a section
  and a ``[gallery]`` shortcode output (``dl.gallery-item``, ``dd.wp-caption-text``) inside a box.

Two posts (5 and 10) have BeTheme's "Hide title" on: no ``h1.entry-title``; the agency gave them a
custom subheader title, so the subheader's ``h1.title`` is the post title there. On every other
post the subheader's ``h1.title`` is the blog page's title "Tin tức" (whatever the category) and
the headline is ``h1.entry-title``. The breadcrumb is "Trang chủ › <primary category> ›
<post title>"; the post-meta lists all categories (by name, which here puts the primary first).
WordPress prints titles through wptexturize: quotes and dashes as ``&#8220;`` ``&#8221;``
``&#8211;``. The featured image is hidden on single posts (theme option); it shows only as
listing, related-post and fixed-nav thumbnails and as ``og:image``.

Paths to the gold articles: every post is on the news page's load-more chain (``/tin-tuc/`` →
``/page/2/`` → ``/page/3/``), in its category archives, the date and author archives, the
post sitemap and the feed; the newest also on the home page and in "Bài viết mới".

Gold decisions
--------------
- title: the headline (``h1.entry-title``, or the subheader's title on the two "Hide title"
  posts), with the typographic quotes and dashes WordPress prints; never the ``<title>``
  ("… - Trường THPT Nguyễn Du") and never the subheader's "Tin tức".
- published_at: the post's publication day, as the page prints it (14/11/2026; a time only in
  ``<time datetime>`` is not shown, so the gold is the day: harmonised with the other portals'
  gold, the helper had written the stamp's time in local time); Yoast's meta and JSON-LD print the same
  instant in UTC (post 5, published 06:20 on 12/10, reads 23:20 on 11/10 in UTC: the local day
  is 12/10). ``article:modified_time`` (posts 4 and 12 were edited later) is not the publication.
- authors / photographers: from the byline at the end of the text only. "admin" (post-meta,
  JSON-LD author, RSS ``dc:creator``) is the account that posted and credits nobody. Post 1
  "Nhóm PV" (the school's reporter group, credited as the writer) → authors ["Nhóm PV"]; post 3
  "Đoàn trường" (the school's Youth Union signs its report) → authors ["Đoàn trường"]; post 5
  "Bài: ThS. Trần Thị Mỹ Duyên (Thư viện) – Ảnh: Lê Quang Vinh" → ["Trần Thị Mỹ Duyên"] /
  ["Lê Quang Vinh"] (title and unit dropped); post 6 "Tin, ảnh: Phạm Thị Thu Hà" → both lists;
  post 8 "Tin: Lê Hoàng Nam – Ảnh: Võ Minh Trí"; post 9 a bare right-aligned name "Nguyễn Thị
  Kim Oanh" with her post on the next line ("Tổ trưởng Tổ Ngữ văn", a unit: dropped); post 10
  "Tin: Hoàng Gia Bảo (lớp 11A2)" → ["Hoàng Gia Bảo"]; post 12 "Bài: Phan Thanh Tùng – Ảnh: Lê
  Quang Vinh, Võ Minh Trí" → two photographers; post 13 "Tin, ảnh: Nguyễn Thị Hạnh". Posts 2, 4,
  7 and 11 print no byline: empty lists.
- source: post 11 ends "Nguồn: Báo Quảng Ngãi" → "Báo Quảng Ngãi"; the others None.
- summary: posts 5, 8, 11 and 12 open with a bold lead paragraph (in builder posts in its own
  ``column_attr`` box): it is the summary and the body's first paragraph. Others: None.
- body: every paragraph, heading (builder ``column_heading`` and classic ``<h3>``), list item and
  table row (cells " | ") of the text in order; not the captions, the byline, the source line,
  the ``&nbsp;`` spacer paragraphs, the print/share/related/comment blocks. Post 2's last
  paragraph names its attached notice (a PDF link): it is text the editor typed, kept.
- images: the photos in the text, in order, at the ``src`` printed (sized files such as
  ``…-1024x683.jpg``; the gallery's ``-300x200`` thumbnails). Captions: ``p.wp-caption-text``,
  ``dd.wp-caption-text``, or the centred line under the photo (a ``column_attr`` of its own in
  builder posts 3 and 10, an italic ``<p>`` in classic post 9), as printed. A gallery item with no ``dd`` has no caption; post 6's second photo prints the Zalo file name
  "z5938271640123_8f3c2a9d1b8e7f6a" under it, which is no caption (None). Thumbnails of
  listings, related posts, fixed-nav, sidebar, the logo and banners are not article images.
- category: the breadcrumb's category (the post's primary = first category): "Tin tức",
  "Thông báo", "Chuyên môn" or "Hoạt động Đoàn".
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "wp_betheme_thpt"
PLATFORM = "WordPress 6.5 + BeTheme (Muffin Builder) + Yoast SEO"
START_PATH = "/"

SITE = "Trường THPT Nguyễn Du"
H = "__HOST__"  # replaced by the request's scheme and host: WordPress prints absolute URLs
PER_PAGE = 5  # Settings » Reading: category, date and author archives
LM_PER_PAGE = 6  # the news page's Blog item ("Load more")
UP = "/wp-content/uploads"

CATS = {
    "tin-tuc": "Tin tức",
    "thong-bao": "Thông báo",
    "chuyen-mon": "Chuyên môn",
    "hoat-dong-doan": "Hoạt động Đoàn",
}
CAT_IDS = {"tin-tuc": 3, "thong-bao": 4, "chuyen-mon": 5, "hoat-dong-doan": 6}


def _byline(label: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(label)}</strong></p>')


BOX = Raw("|box|")  # builder: start a new column_attr box
DIVIDER = Raw("|divider|")  # builder: fancy divider item, then a new section
SPACER = Raw("<p>&nbsp;</p>")


# --- the posts ---------------------------------------------------------------------------------

POSTS: list[Story] = [
    Story(
        id=1412,
        slug="truong-thpt-nguyen-du-long-trong-to-chuc-le-khai-giang-nam-hoc-2026-2027",
        title="Trường THPT Nguyễn Du long trọng tổ chức Lễ khai giảng năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-09-05T10:20:00+07:00",
        blocks=[
            P(
                "Sáng ngày 05/9/2026, trong không khí phấn khởi của cả nước bước vào năm học mới, "
                "Trường THPT Nguyễn Du long trọng tổ chức Lễ khai giảng năm học 2026 – 2027."
            ),
            P(
                "Đến dự buổi lễ có đồng chí Võ Thị Thanh Hương, Phó Giám đốc Sở Giáo dục và Đào tạo; "
                "đại diện lãnh đạo Đảng ủy, HĐND, UBND phường Trương Quang Trọng; Ban đại diện Cha mẹ "
                "học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.350 học sinh nhà trường."
            ),
            BOX,
            P(
                "Phát biểu khai giảng, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường, điểm lại những "
                "kết quả nổi bật của năm học 2025 – 2026: tỉ lệ tốt nghiệp THPT đạt 99,8%; 42 học "
                "sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh; 2 học sinh đạt giải "
                "Khuyến khích kỳ thi chọn học sinh giỏi quốc gia."
            ),
            P(
                "Năm học 2026 – 2027, nhà trường tiếp tục thực hiện Chương trình giáo dục phổ thông "
                "2018 ở cả ba khối lớp, đẩy mạnh chuyển đổi số trong quản lý và dạy học, nâng cao "
                "chất lượng giáo dục toàn diện, chú trọng giáo dục kỹ năng sống cho học sinh."
            ),
            P(
                "Thay mặt lãnh đạo Sở, đồng chí Võ Thị Thanh Hương chúc mừng những thành tích mà "
                "thầy và trò nhà trường đạt được, đồng thời đánh trống khai giảng năm học mới."
            ),
            DIVIDER,
            P("Một số hình ảnh tại buổi lễ", "h"),
            Img(
                f"{UP}/2026/09/DSC_0412-300x200.jpg",
                "Các đại biểu dự Lễ khai giảng",
                "Các đại biểu dự Lễ khai giảng",
                "gallery",
            ),
            Img(
                f"{UP}/2026/09/DSC_0418-300x200.jpg",
                "Học sinh khối 10 diễu hành vào lễ đài",
                "Học sinh khối 10 diễu hành vào lễ đài",
                "gallery",
            ),
            Img(f"{UP}/2026/09/DSC_0425-300x200.jpg", None, None, "gallery"),
            Img(
                f"{UP}/2026/09/DSC_0431-300x200.jpg",
                "Tiết mục văn nghệ chào mừng năm học mới",
                "Tiết mục văn nghệ chào mừng năm học mới",
                "gallery",
            ),
            _byline("Nhóm PV"),
        ],
        authors=["Nhóm PV"],
        opts={
            "cats": ["tin-tuc"],
            "mode": "builder",
            "attach": {
                "DSC_0412": 1401,
                "DSC_0418": 1402,
                "DSC_0425": 1403,
                "DSC_0431": 1404,
            },
        },
    ),
    Story(
        id=1436,
        slug="thong-bao-ve-viec-to-chuc-hop-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức họp Cha mẹ học sinh đầu năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-09-14T15:05:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo đến Quý phụ huynh học sinh toàn trường về việc tổ chức họp "
                "Cha mẹ học sinh đầu năm học 2026 – 2027 như sau:",
                "nbsp",
            ),
            P("Thời gian: 7 giờ 30, sáng Chủ nhật ngày 20/9/2026.", "li"),
            P("Địa điểm: tại các phòng học của lớp (xem sơ đồ tại cổng trường).", "li"),
            P(
                "Nội dung: thông qua kết quả năm học 2025 – 2026, kế hoạch năm học 2026 – 2027; "
                "bầu Ban đại diện Cha mẹ học sinh lớp.",
                "li",
            ),
            P(
                "Kính mong Quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp "
                "vắng mặt, đề nghị liên hệ trực tiếp với giáo viên chủ nhiệm."
            ),
            P("Chi tiết xem Thông báo số 45/TB-THPTND đính kèm.", "pdf"),
        ],
        opts={"cats": ["thong-bao"], "mode": "classic"},
    ),
    Story(
        id=1450,
        slug="hoi-thi-tim-hieu-lich-su-dang-bo-tinh-quang-ngai-nam-2026",
        title="Hội thi “Tìm hiểu lịch sử Đảng bộ tỉnh Quảng Ngãi” năm 2026",
        cat="hoat-dong-doan",
        published_at="2026-09-26T16:40:00+07:00",
        blocks=[
            P(
                "Nhằm giáo dục truyền thống cách mạng cho đoàn viên, thanh niên, chiều ngày "
                "25/9/2026, Đoàn trường THPT Nguyễn Du tổ chức Hội thi “Tìm hiểu lịch sử Đảng bộ "
                "tỉnh Quảng Ngãi” năm 2026."
            ),
            P(
                "Tham gia hội thi có 12 đội đến từ các chi đoàn khối 10, 11 và 12. Các đội trải qua "
                "ba phần thi: Chào hỏi, Kiến thức và Hùng biện."
            ),
            Img(
                f"{UP}/2026/09/hoi-thi-lich-su-1.jpg",
                "Ban giám khảo làm việc tại hội thi",
                "Ban giám khảo làm việc tại hội thi",
                "next",
            ),
            P(
                "Ở phần thi Hùng biện, các đội đã thể hiện sự am hiểu về những dấu mốc quan trọng "
                "như cuộc Khởi nghĩa Ba Tơ, chiến thắng Vạn Tường và công cuộc đổi mới, phát "
                "triển quê hương."
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đoàn 11A1, giải Nhì cho chi đoàn 12A3, "
                "hai giải Ba cho chi đoàn 10A2 và 12A5."
            ),
            Img(
                f"{UP}/2026/09/hoi-thi-lich-su-2.jpg",
                "Trao giải Nhất cho chi đoàn 11A1",
                "Trao giải Nhất cho chi đoàn 11A1",
                "next",
            ),
            _byline("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        opts={"cats": ["hoat-dong-doan", "tin-tuc"], "mode": "builder"},
    ),
    Story(
        id=1478,
        slug="ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-truong-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp trường năm học 2026 – 2027",
        cat="chuyen-mon",
        published_at="2026-10-03T07:45:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch năm học 2026 – 2027 của nhà trường, Trường THPT Nguyễn Du xây "
                "dựng kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp trường như sau:"
            ),
            P("I. Mục đích, yêu cầu", "h"),
            P(
                "Phát hiện, bồi dưỡng học sinh có năng khiếu, thành lập đội tuyển tham dự kỳ thi "
                "chọn học sinh giỏi cấp tỉnh năm học 2026 – 2027.",
                "li",
            ),
            P(
                "Tổ chức kỳ thi nghiêm túc, khách quan, đúng quy chế; đánh giá đúng năng lực học "
                "sinh.",
                "li",
            ),
            P("II. Đối tượng dự thi", "h"),
            P(
                "Học sinh khối 11 và khối 12 có học lực từ Khá trở lên, hạnh kiểm Tốt, do giáo "
                "viên bộ môn giới thiệu và tự nguyện đăng ký."
            ),
            P("III. Môn thi và lịch thi", "h"),
            P("TT | Môn thi | Ngày thi | Thời gian làm bài", "tr"),
            P("1 | Toán, Ngữ văn | 17/10/2026 | 180 phút", "tr"),
            P("2 | Vật lí, Lịch sử | 17/10/2026 | 180 phút", "tr"),
            P("3 | Hóa học, Địa lí | 18/10/2026 | 180 phút", "tr"),
            P("4 | Sinh học, Tiếng Anh | 18/10/2026 | 180 phút", "tr"),
            P("5 | Tin học | 19/10/2026 | 150 phút", "tr"),
            P("IV. Tổ chức thực hiện", "h"),
            P(
                "Các tổ chuyên môn ra đề thi, đáp án và nộp về Phó Hiệu trưởng phụ trách chuyên "
                "môn trước ngày 12/10/2026.",
                "oli",
            ),
            P(
                "Giáo viên chủ nhiệm thông báo kế hoạch đến học sinh; danh sách đăng ký nộp về "
                "văn phòng trước ngày 10/10/2026.",
                "oli",
            ),
            P("Kết quả kỳ thi được công bố trước ngày 30/10/2026.", "oli"),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các tổ chuyên môn báo cáo về Ban "
                "giám hiệu để kịp thời giải quyết."
            ),
        ],
        opts={
            "cats": ["chuyen-mon", "tin-tuc"],
            "mode": "classic",
            "modified": "2026-10-05T09:12:00+07:00",
        },
    ),
    Story(
        id=1495,
        slug="ngay-hoi-doc-sach-nam-2026-lan-toa-van-hoa-doc-trong-hoc-sinh",
        title="Ngày hội đọc sách năm 2026: Lan tỏa văn hóa đọc trong học sinh",
        cat="tin-tuc",
        published_at="2026-10-12T06:20:00+07:00",
        summary=(
            "Với chủ đề “Mỗi cuốn sách – một hành trình”, Ngày hội đọc sách năm 2026 đã thu hút "
            "đông đảo học sinh tham gia với nhiều hoạt động bổ ích, thiết thực."
        ),
        blocks=[
            P(
                "Với chủ đề “Mỗi cuốn sách – một hành trình”, Ngày hội đọc sách năm 2026 đã thu hút "
                "đông đảo học sinh tham gia với nhiều hoạt động bổ ích, thiết thực.",
                "lead",
            ),
            BOX,
            P(
                "Ngày hội do Thư viện nhà trường phối hợp với Đoàn trường tổ chức trong hai ngày "
                "09 và 10/10/2026 tại sân trường và thư viện."
            ),
            P(
                "Ngày hội gồm các hoạt động: trưng bày sách theo chủ đề, giới thiệu sách, thi vẽ "
                "tranh bìa sách, đổi sách cũ lấy cây xanh và góc đọc sách ngoài trời. Mỗi chi đoàn "
                "trang trí một gian trưng bày với những cuốn sách yêu thích của lớp."
            ),
            Img(
                f"{UP}/2026/10/ngay-hoi-doc-sach-01.jpg",
                "Học sinh tham quan các gian trưng bày sách",
                "Học sinh tham quan các gian trưng bày sách",
                "frame",
            ),
            P(
                "Tiết mục giới thiệu cuốn “Dế Mèn phiêu lưu ký” bằng hình thức sân khấu hóa của "
                "chi đoàn 10A4 nhận được nhiều tràng pháo tay cổ vũ."
            ),
            Img(
                f"{UP}/2026/10/ngay-hoi-doc-sach-02.jpg",
                "Góc đọc sách ngoài trời thu hút đông đảo học sinh",
                "Góc đọc sách ngoài trời thu hút đông đảo học sinh",
                "frame",
            ),
            P(
                "Qua ngày hội, thư viện nhận thêm hơn 600 cuốn sách do học sinh và phụ huynh "
                "quyên góp, bổ sung cho tủ sách dùng chung của nhà trường."
            ),
            _byline("Bài: ThS. Trần Thị Mỹ Duyên (Thư viện) – Ảnh: Lê Quang Vinh"),
        ],
        authors=["Trần Thị Mỹ Duyên"],
        photographers=["Lê Quang Vinh"],
        opts={"cats": ["tin-tuc"], "mode": "builder", "hide_title": True},
    ),
    Story(
        id=1503,
        slug="cong-doan-truong-to-chuc-toa-dam-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn trường tổ chức tọa đàm chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="tin-tuc",
        published_at="2026-10-20T17:10:00+07:00",
        blocks=[
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
                "(20/10/1930 – 20/10/2026), chiều ngày 19/10/2026, Công đoàn Trường THPT Nguyễn Du "
                "tổ chức buổi tọa đàm với chủ đề “Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm "
                "đang”.",
                "nbsp",
            ),
            Img(
                f"{UP}/2026/10/toa-dam-20-10-1024x683.jpg",
                "Quang cảnh buổi tọa đàm",
                "Quang cảnh buổi tọa đàm",
                "wpcap",
            ),
            P(
                "Tại buổi tọa đàm, các cô giáo đã chia sẻ kinh nghiệm cân bằng giữa công việc và "
                "gia đình, những khó khăn, áp lực cũng như niềm vui trong nghề dạy học."
            ),
            P(
                "Dịp này, Ban chấp hành Công đoàn tặng hoa và quà chúc mừng 58 cô giáo, nữ nhân "
                "viên của nhà trường."
            ),
            Img(
                f"{UP}/2026/10/z5938271640123_8f3c2a9d1b8e7f6a-1024x768.jpg",
                "z5938271640123_8f3c2a9d1b8e7f6a",
                None,
                "wpcap",
            ),
            SPACER,
            _byline("Tin, ảnh: Phạm Thị Thu Hà"),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Phạm Thị Thu Hà"],
        opts={
            "cats": ["tin-tuc"],
            "mode": "classic",
            "attach": {"toa-dam-20-10": 1499},
            "comments": [
                (45, "Phụ huynh lớp 10A3", "2026-10-20T20:14:00+07:00", "Chúc mừng các cô giáo!"),
                (
                    46,
                    "Lê Thị Ngọc Ánh",
                    "2026-10-21T07:02:00+07:00",
                    "Buổi tọa đàm rất ý nghĩa, cảm ơn Công đoàn trường.",
                ),
            ],
        },
    ),
    Story(
        id=1521,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-30-10-2026-de-phong-tranh-bao-so-12",
        title="Thông báo cho học sinh nghỉ học ngày 30/10/2026 để phòng, tránh bão số 12",
        cat="thong-bao",
        published_at="2026-10-28T21:35:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn số 2154/SGDĐT-VP của Sở Giáo dục và Đào tạo, nhà trường thông "
                "báo toàn thể học sinh nghỉ học ngày 30/10/2026 để phòng, tránh bão số 12."
            ),
            P("Học sinh đi học trở lại từ ngày 31/10/2026, trừ khi có thông báo mới."),
        ],
        opts={"cats": ["thong-bao"], "mode": "classic"},
    ),
    Story(
        id=1540,
        slug="hoc-sinh-nha-truong-dat-5-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Học sinh nhà trường đạt 5 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-11-04T09:10:00+07:00",
        summary=(
            "Với 5 dự án dự thi, học sinh Trường THPT Nguyễn Du đã xuất sắc giành 1 giải Nhất, "
            "1 giải Nhì, 2 giải Ba và 1 giải Tư tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành "
            "cho học sinh trung học năm học 2026 – 2027."
        ),
        blocks=[
            P(
                "Với 5 dự án dự thi, học sinh Trường THPT Nguyễn Du đã xuất sắc giành 1 giải Nhất, "
                "1 giải Nhì, 2 giải Ba và 1 giải Tư tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành "
                "cho học sinh trung học năm học 2026 – 2027.",
                "lead",
            ),
            BOX,
            P(
                "Cuộc thi diễn ra từ ngày 29 đến 31/10/2026 với 186 dự án của học sinh các trường "
                "THPT, THCS trong toàn tỉnh, thuộc 16 lĩnh vực."
            ),
            Img(
                f"{UP}/2026/11/khkt-2026-1.jpg",
                "Em Đặng Minh Khôi trình bày dự án trước Ban giám khảo",
                "Em Đặng Minh Khôi trình bày dự án trước Ban giám khảo",
                "frame",
            ),
            P("Kết quả cụ thể", "h"),
            P("Dự án | Học sinh thực hiện | Lĩnh vực | Giải", "tr"),
            P(
                "Hệ thống cảnh báo ngập lụt sử dụng IoT | Đặng Minh Khôi, Trần Bảo Ngọc (11A1) | "
                "Hệ thống nhúng | Nhất",
                "tr",
            ),
            P(
                "Chế phẩm sinh học xử lý rơm rạ | Nguyễn Thị Thảo Vy (12A2) | Vi sinh | Nhì",
                "tr",
            ),
            P(
                "Ứng dụng hỗ trợ học từ vựng tiếng Anh | Lê Gia Huy (11A5) | Phần mềm hệ thống | Ba",
                "tr",
            ),
            P(
                "Gạch không nung từ tro trấu | Phạm Quốc Bảo, Võ Thị Mai (12A1) | Kỹ thuật môi "
                "trường | Ba",
                "tr",
            ),
            P(
                "Khảo sát áp lực học tập của học sinh THPT | Huỳnh Ngọc Trâm (10A1) | Khoa học "
                "xã hội và hành vi | Tư",
                "tr",
            ),
            BOX,
            P(
                "Dự án đạt giải Nhất được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia "
                "năm 2027."
            ),
            _byline("Tin: Lê Hoàng Nam – Ảnh: Võ Minh Trí"),
        ],
        authors=["Lê Hoàng Nam"],
        photographers=["Võ Minh Trí"],
        opts={
            "cats": ["tin-tuc"],
            "mode": "builder",
            "comments": [
                (52, "Trần Văn Lợi", "2026-11-04T19:48:00+07:00", "Tự hào quá, chúc mừng các em!"),
            ],
        },
    ),
    Story(
        id=1556,
        slug="sinh-hoat-chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-mon-ngu-van",
        title=(
            "Sinh hoạt chuyên đề “Dạy học phát triển năng lực đọc hiểu môn Ngữ văn theo "
            "Chương trình GDPT 2018”"
        ),
        cat="chuyen-mon",
        published_at="2026-11-09T14:00:00+07:00",
        blocks=[
            P(
                "Sáng ngày 07/11/2026, Tổ Ngữ văn tổ chức sinh hoạt chuyên đề “Dạy học phát triển "
                "năng lực đọc hiểu môn Ngữ văn theo Chương trình GDPT 2018” với sự tham gia của "
                "đại diện Ban giám hiệu và 14 giáo viên trong tổ.",
                "nfd",
            ),
            P(
                "Cô Đoàn Thị Lệ Thu trình bày tiết dạy minh họa văn bản “Tràng giang” (Huy Cận) "
                "tại lớp 11A3, vận dụng kỹ thuật đọc tích cực và phiếu học tập theo nhóm.",
                "nfd",
            ),
            Img(
                f"{UP}/2026/11/chuyen-de-ngu-van-1024x683.jpg",
                "Tiết dạy minh họa tại lớp 11A3",
                "Tiết dạy minh họa tại lớp 11A3",
                "after",
            ),
            P(
                "Trong phần thảo luận, các thầy cô đã trao đổi về cách xây dựng câu hỏi đọc hiểu "
                "theo các mức độ nhận biết, thông hiểu, vận dụng và cách đánh giá năng lực đọc của "
                "học sinh qua sản phẩm học tập.",
                "ent",
            ),
            P(
                "Chuyên đề đã góp phần giúp giáo viên trong tổ thống nhất phương pháp, nâng cao "
                "chất lượng dạy học môn Ngữ văn."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Thị Kim Oanh</strong><br>'
                "<em>Tổ trưởng Tổ Ngữ văn</em></p>"
            ),
        ],
        authors=["Nguyễn Thị Kim Oanh"],
        opts={"cats": ["chuyen-mon"], "mode": "classic"},
    ),
    Story(
        id=1570,
        slug="tuoi-tre-nguyen-du-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
        title="Tuổi trẻ Nguyễn Du hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
        cat="hoat-dong-doan",
        published_at="2026-11-14T08:30:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
                "trên cơ sở giới năm 2026 (từ 15/11 đến 15/12), Đoàn trường đã phát động nhiều "
                "hoạt động thiết thực trong đoàn viên, thanh niên."
            ),
            P(
                "Trong tiết chào cờ sáng thứ Hai, 09/11/2026, Ban chấp hành Đoàn trường tổ chức "
                "buổi ngoại khóa với chủ đề “Bình đẳng giới – bắt đầu từ những điều nhỏ nhất”."
            ),
            Img(
                f"{UP}/2026/11/binh-dang-gioi-01.jpg",
                "Buổi ngoại khóa dưới cờ về bình đẳng giới",
                "Buổi ngoại khóa dưới cờ về bình đẳng giới",
                "next-plain",
            ),
            P(
                "Các chi đoàn tham gia cuộc thi làm video ngắn tuyên truyền về bình đẳng giới; "
                "các sản phẩm xuất sắc sẽ được đăng trên trang Facebook của Đoàn trường."
            ),
            P(
                "Hoạt động góp phần nâng cao nhận thức của học sinh về quyền bình đẳng, tôn trọng "
                "sự khác biệt và phòng, chống bạo lực học đường."
            ),
            _byline("Tin: Hoàng Gia Bảo (lớp 11A2)"),
        ],
        authors=["Hoàng Gia Bảo"],
        opts={"cats": ["hoat-dong-doan", "tin-tuc"], "mode": "builder", "hide_title": True},
    ),
    Story(
        id=1588,
        slug="tang-cuong-tuyen-truyen-giao-duc-an-toan-giao-thong-cho-hoc-sinh",
        title="Tăng cường tuyên truyền, giáo dục an toàn giao thông cho học sinh trong năm học mới",
        cat="tin-tuc",
        published_at="2026-11-18T10:00:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo vừa có văn bản yêu cầu các cơ sở giáo dục tăng cường công "
            "tác tuyên truyền, giáo dục an toàn giao thông cho học sinh, nhất là học sinh đi xe "
            "máy điện, xe đạp điện đến trường."
        ),
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo vừa có văn bản yêu cầu các cơ sở giáo dục tăng cường công "
                "tác tuyên truyền, giáo dục an toàn giao thông cho học sinh, nhất là học sinh đi xe "
                "máy điện, xe đạp điện đến trường.",
                "lead",
            ),
            P(
                "Theo đó, các trường phải phổ biến đầy đủ quy định về độ tuổi điều khiển phương "
                "tiện, đội mũ bảo hiểm đạt chuẩn khi đi xe máy điện, xe đạp điện; không chở quá số "
                "người quy định, không dàn hàng ngang trên đường."
            ),
            Img(
                f"{UP}/2026/11/an-toan-giao-thong-768x512.jpg",
                "Học sinh đội mũ bảo hiểm khi đến trường",
                "Học sinh đội mũ bảo hiểm khi đến trường",
                "wpcap",
            ),
            P(
                "Nhà trường phối hợp với Công an phường ký cam kết với phụ huynh, đưa nội dung an "
                "toàn giao thông vào các tiết sinh hoạt lớp và hoạt động trải nghiệm."
            ),
            P(
                "Học sinh vi phạm luật giao thông sẽ được thông báo về nhà trường và gia đình để "
                "phối hợp giáo dục."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
        ],
        source="Báo Quảng Ngãi",
        opts={"cats": ["tin-tuc"], "mode": "classic"},
    ),
    Story(
        id=1601,
        slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-tuc",
        published_at="2026-11-20T11:25:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THPT Nguyễn Du trang trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ thầy cô giáo."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, Trường THPT Nguyễn Du trang trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ thầy cô giáo.",
                "lead",
            ),
            BOX,
            P(
                "Tham dự buổi lễ có các đồng chí lãnh đạo phường, Ban đại diện Cha mẹ học sinh, "
                "các thế hệ thầy cô giáo đã nghỉ hưu, cựu học sinh và toàn thể học sinh nhà trường."
            ),
            P(
                "Ôn lại truyền thống, cô Phạm Thị Lan, Phó Hiệu trưởng, nhắc lại chặng đường hơn "
                "40 năm xây dựng và trưởng thành của nhà trường: từ 8 lớp học với 22 giáo viên "
                "năm 1984, nay trường có 36 lớp, 86 cán bộ, giáo viên, nhân viên."
            ),
            Img(
                f"{UP}/2026/11/ky-niem-20-11-01.jpg",
                "Cô Phạm Thị Lan ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "Cô Phạm Thị Lan ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "frame",
            ),
            DIVIDER,
            P("Khen thưởng giáo viên tiêu biểu", "h"),
            P(
                "Nhân dịp này, nhà trường công bố các quyết định khen thưởng: 2 giáo viên được "
                "Chủ tịch UBND tỉnh tặng Bằng khen, 6 giáo viên được Giám đốc Sở Giáo dục và Đào "
                "tạo tặng Giấy khen vì có thành tích xuất sắc trong năm học 2025 – 2026."
            ),
            P(
                "Thầy Trần Đình Khang, giáo viên Toán, được vinh danh là giáo viên có nhiều học "
                "sinh đạt giải học sinh giỏi cấp tỉnh nhất năm học."
            ),
            Img(
                f"{UP}/2026/11/ky-niem-20-11-02.jpg",
                "Trao Bằng khen của Chủ tịch UBND tỉnh cho các giáo viên",
                "Trao Bằng khen của Chủ tịch UBND tỉnh cho các giáo viên",
                "frame",
            ),
            P("Tri ân thầy cô", "h"),
            P(
                "Thay mặt học sinh toàn trường, em Nguyễn Ngọc Bảo Trân, lớp 12A1, xúc động gửi "
                "lời tri ân đến thầy cô: “Mỗi bài giảng của thầy cô là hành trang để chúng em "
                "vững bước vào đời”."
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các chi đoàn dàn dựng, "
                "cùng những bó hoa tươi thắm học sinh dành tặng thầy cô."
            ),
            Img(f"{UP}/2026/11/ky-niem-20-11-03.jpg", None, None, "frame"),
            _byline("Bài: Phan Thanh Tùng – Ảnh: Lê Quang Vinh, Võ Minh Trí"),
        ],
        authors=["Phan Thanh Tùng"],
        photographers=["Lê Quang Vinh", "Võ Minh Trí"],
        opts={
            "cats": ["tin-tuc"],
            "mode": "builder",
            "modified": "2026-11-21T08:03:00+07:00",
        },
    ),
    Story(
        id=1615,
        slug="soi-noi-hoi-thao-giao-vien-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sôi nổi Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-23T16:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 14 đến 18/11/2026, Công đoàn trường tổ chức Hội thao giáo viên chào mừng "
                "Ngày Nhà giáo Việt Nam với ba môn thi đấu: bóng chuyền hơi, cầu lông và kéo co."
            ),
            Img(
                f"{UP}/2026/11/hoi-thao-gv-01.jpg",
                "Trận chung kết bóng chuyền hơi nữ",
                "Trận chung kết bóng chuyền hơi nữ",
                "frame",
            ),
            P("Kết quả chung cuộc:"),
            P("Bóng chuyền hơi nữ: giải Nhất thuộc về Tổ Ngữ văn – Ngoại ngữ.", "li"),
            P("Cầu lông đôi nam: giải Nhất thuộc về Tổ Toán – Tin.", "li"),
            P("Kéo co: giải Nhất thuộc về Tổ Khoa học tự nhiên.", "li"),
            P(
                "Hội thao là dịp để các thầy cô rèn luyện sức khỏe, giao lưu, gắn kết sau những "
                "giờ lên lớp."
            ),
            _byline("Tin, ảnh: Nguyễn Thị Hạnh"),
        ],
        authors=["Nguyễn Thị Hạnh"],
        photographers=["Nguyễn Thị Hạnh"],
        opts={"cats": ["tin-tuc"], "mode": "builder"},
    ),
]

BY_SLUG = {s.slug: s for s in POSTS}
BY_ID = {s.id: s for s in POSTS}
NEWEST = sorted(POSTS, key=lambda s: s.published_at, reverse=True)


def _cats(story: Story) -> list[str]:
    return story.opts["cats"]


def _post_path(story: Story) -> str:
    return f"/{story.slug}/"


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/{story.slug}/?print=1"]
    alts += [f"/{story.slug}/?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    return alts


#: attachment pages: path -> (post, slug, attachment id, full-size src)
ATTACHMENTS: dict[str, tuple[Story, str, int, str]] = {}
for _s in POSTS:
    for _att_title, _att_id in _s.opts.get("attach", {}).items():
        _src = next(i.src for i in _s.images if _att_title in i.src)
        _full = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", _src)
        _att_slug = _att_title.lower()
        ATTACHMENTS[f"/{_s.slug}/{_att_slug}/"] = (_s, _att_title, _att_id, _full)

PAGES = {
    # path: (id, title, parent breadcrumb)
    "/gioi-thieu/": (12, "Giới thiệu"),
    "/gioi-thieu/co-cau-to-chuc/": (14, "Cơ cấu tổ chức"),
    "/lien-he/": (16, "Liên hệ"),
    "/van-ban/": (18, "Văn bản"),
    "/thu-vien-anh/": (20, "Thư viện ảnh"),
    "/thu-vien-anh/le-khai-giang-2026/": (22, "Album: Lễ khai giảng năm học 2026 – 2027"),
}

GOLD = [
    {
        **gold_record(s, _post_path(s), CATS[_cats(s)[0]], alt_paths=_alt_paths(s)),
        # the day the page shows: the time is only in the markup's and the meta's stamps
        # (harmonised with the other portals' gold: published_at carries a time where one is
        # printed; the helper had written the stamp's time)
        "published_at": s.published_at[:10],
    }
    for s in POSTS
]

NON_ARTICLES = [*PAGES, *ATTACHMENTS]


# --- markup helpers ----------------------------------------------------------------------------


def _uid(*parts: object) -> str:
    return hashlib.md5("/".join(map(str, parts)).encode()).hexdigest()[:9]


def wpt(value: str) -> str:
    """A title as wptexturize and esc_html print it."""
    return (
        esc(value)
        .replace("“", "&#8220;")
        .replace("”", "&#8221;")
        .replace("–", "&#8211;")
        .replace("…", "&#8230;")
    )


def _flags(p: P) -> set[str]:
    return set(p.style.split())


_KINDS = ("h", "li", "oli", "tr", "lead", "pdf")


def _kind(b: object) -> str:
    if isinstance(b, P):
        return next((k for k in _KINDS if k in _flags(b)), "p")
    if isinstance(b, Img):
        return "gallery" if b.style == "gallery" else "img"
    return "raw"


def _t(p: P) -> str:
    flags = _flags(p)
    s = text(p.text, nfd="nfd" in flags, entities=2 if "ent" in flags else 0)
    if "nbsp" in flags:
        s = s.replace(" ", "&nbsp;", 1).replace(", ", ",&nbsp;", 1)
    return s


def vn_day(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%d/%m/%Y")


def vn_label(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{d.day:02d} Tháng {d.month}, {d.year}"


def utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).isoformat()


def _img_tag(src: str, cls: str, w: int = 1024, h: int = 683, alt: str = "") -> str:
    base = re.sub(r"(-\d+x\d+)?\.jpg$", "", src)
    srcset = f"{H}{base}-768x512.jpg 768w, {H}{base}-300x200.jpg 300w"
    return (
        f'<img decoding="async" loading="lazy" class="{cls}" src="{H}{src}" alt="{esc(alt)}" '
        f'width="{w}" height="{h}" srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px" />'
    )


def _table(rows: list[P]) -> str:
    out = ['<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>']
    for n, row in enumerate(rows):
        cells = [text(c) for c in row.text.split(" | ")]
        if n == 0:
            cells = [f"<strong>{c}</strong>" for c in cells]
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _gallery(story: Story, imgs: list[Img]) -> str:
    attach = story.opts.get("attach", {})
    out = [
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-2 "
        "gallery-size-medium'>"
    ]
    for img in imgs:
        title = next(k for k in attach if k in img.src)
        att_id = attach[title]
        link = f"{H}/{story.slug}/{title.lower()}/"
        out.append(
            f"<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='{link}'>"
            f'<img width="300" height="200" src="{H}{img.src}" '
            f'class="attachment-medium size-medium" alt="" decoding="async" '
            f'aria-describedby="gallery-1-{att_id}" /></a></dt>'
        )
        if img.printed:
            out.append(
                f"<dd class='wp-caption-text gallery-caption' id='gallery-1-{att_id}'>\n"
                f"{esc(img.printed)}\n</dd>"
            )
        out.append("</dl>")
    out.append("<br style='clear: both' /></div>")
    return "\n".join(out)


def _classic_img(story: Story, img: Img, n: int) -> str:
    attach = story.opts.get("attach", {})
    title = next((k for k in attach if k in img.src), None)
    att_id = attach[title] if title else story.id * 10 + n
    tag = _img_tag(img.src, f"wp-image-{att_id} size-large", alt=title or "")
    if title:
        tag = f'<a href="{H}/{story.slug}/{title.lower()}/" rel="attachment wp-att-{att_id}">{tag}</a>'
    if img.style == "wpcap" and img.printed:
        return (
            f'<div id="attachment_{att_id}" style="width: 1034px" class="wp-caption aligncenter">'
            f"{tag}"
            f'<p id="caption-attachment-{att_id}" class="wp-caption-text">{esc(img.printed)}</p>'
            "</div>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def flow(story: Story, blocks: list) -> str:
    """Paragraphs, lists, tables, galleries and raw bits as the editor's HTML."""
    out: list[str] = []
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        kind = _kind(b)
        if kind in ("li", "oli", "tr", "gallery"):
            run = []
            while i < len(blocks) and _kind(blocks[i]) == kind:
                run.append(blocks[i])
                i += 1
            if kind == "tr":
                out.append(_table(run))
            elif kind == "gallery":
                out.append(_gallery(story, run))
            else:
                tag = "ul" if kind == "li" else "ol"
                items = "".join(f"<li>{_t(x)}</li>" for x in run)
                out.append(f"<{tag}>{items}</{tag}>")
            continue
        i += 1
        if kind == "h":
            out.append(f"<h3>{_t(b)}</h3>")
        elif kind == "lead":
            out.append(f"<p><strong>{_t(b)}</strong></p>")
        elif kind == "pdf":
            doc = f'<a href="{H}{UP}/2026/09/TB-45-hop-cha-me-hoc-sinh.pdf">Thông báo số 45/TB-THPTND</a>'
            out.append(f"<p>{_t(b).replace('Thông báo số 45/TB-THPTND', doc)}</p>")
        elif kind == "img":
            n_img += 1
            out.append(_classic_img(story, b, n_img))
        elif kind == "raw":
            out.append(b.html)
        else:
            out.append(f"<p>{_t(b)}</p>")
    return "\n".join(out)


def _column(story: Story, kind: str, inner: str, n: int) -> str:
    return (
        f'<div class="column mcb-column mcb-item-{_uid(story.id, kind, n)} one column_{kind}">'
        f"{inner}</div>"
    )


_DIVIDER_SVG = (
    '<div class="fancy-divider"><svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
    'width="100%" height="100" viewBox="0 0 100 100" preserveAspectRatio="none" '
    'style="background: #f4f7fb;"><path d="M0 100 C 20 0 50 0 100 100 Z" style="fill: #ffffff;'
    ' stroke: #ffffff;"></path></svg></div>'
)


def builder(story: Story) -> str:
    """Muffin Builder output: sections of wraps of items."""
    sections: list[list[str]] = [[]]
    box: list = []
    n = 0

    def item(kind: str, inner: str) -> None:
        nonlocal n
        n += 1
        sections[-1].append(_column(story, kind, inner, n))

    def flush() -> None:
        if box:
            item("column", f'<div class="column_attr clearfix" style="">{flow(story, box)}</div>')
            box.clear()

    for b in story.blocks:
        if isinstance(b, Raw) and b.html == "|box|":
            flush()
        elif isinstance(b, Raw) and b.html == "|divider|":
            flush()
            item("fancy_divider", _DIVIDER_SVG)
            sections.append([])
        elif _kind(b) == "h":
            flush()
            item("heading", f'<div class="mcb-column-inner"><h3 class="title">{_t(b)}</h3></div>')
        elif _kind(b) == "img":
            flush()
            cap = ""
            if b.printed and b.style == "frame":
                cap = f'<p class="wp-caption-text">{esc(b.printed)}</p>'
            item(
                "image",
                '<div class="image_frame element_classes no_link scale-with-grid aligncenter '
                'no_border"><div class="image_wrapper">'
                f'<img class="scale-with-grid" src="{H}{b.src}" alt="" title="" width="1200" '
                f'height="800"/></div>{cap}</div>',
            )
            if b.printed and b.style == "next":
                box.append(Raw(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>'))
                flush()
            elif b.printed and b.style == "next-plain":
                box.append(Raw(f'<p style="text-align: center;">{esc(b.printed)}</p>'))
                flush()
        else:
            box.append(b)
    flush()
    out = ['<div class="mfn-builder-content mfn-default-content-buider">']
    for k, items in enumerate(sections):
        if not items:
            continue
        sid, wid = _uid(story.id, "s", k), _uid(story.id, "w", k)
        out.append(
            f'<section class="section mcb-section mcb-section-{sid} default-width" '
            'style="padding-top:0px;padding-bottom:0px">'
            '<div class="mcb-background-overlay"></div>'
            '<div class="section_wrapper mcb-section-inner">'
            f'<div class="wrap mcb-wrap mcb-wrap-{wid} one valign-top clearfix" style="">'
            '<div class="mcb-wrap-inner">' + "\n".join(items) + "</div></div></div></section>"
        )
    out.append("</div>")
    return "\n".join(out)


def content_html(story: Story) -> str:
    if story.opts["mode"] == "builder":
        return builder(story)
    return (
        '<div class="section the_content has_content"><div class="section_wrapper">'
        f'<div class="the_content_wrapper">{flow(story, story.blocks)}</div></div></div>'
    )


def thumb(story: Story, size: str = "400x267") -> str:
    imgs = story.images
    if not imgs:
        return f"{UP}/2020/08/thong-bao-{size}.jpg"
    return re.sub(r"(-\d+x\d+)?\.jpg$", f"-{size}.jpg", imgs[0].src)


def excerpt(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P) and "h" not in _flags(b))
    words = first.split()
    return esc(" ".join(words[:30])) + (" [&hellip;]" if len(words) > 30 else "")


# --- page chrome -------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")]),
    (
        "/tin-tuc/",
        "Tin tức",
        [
            ("/category/tin-tuc/", "Tin hoạt động"),
            ("/category/hoat-dong-doan/", "Hoạt động Đoàn"),
            ("/category/chuyen-mon/", "Chuyên môn"),
        ],
    ),
    ("/category/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu() -> str:
    out = ['<ul id="menu-main-menu" class="menu menu-main">']
    for n, (path, label, subs) in enumerate(MENU):
        cls = "menu-item menu-item-type-custom" + (" menu-item-has-children" if subs else "")
        out.append(
            f'<li id="menu-item-{100 + n}" class="{cls}"><a href="{H}{path}">'
            f"<span>{esc(label)}</span></a>"
        )
        if subs:
            out.append('<ul class="sub-menu">')
            out += [
                f'<li class="menu-item"><a href="{H}{p}"><span>{esc(lb)}</span></a></li>'
                for p, lb in subs
            ]
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def _breadcrumbs(items: list[tuple[str, str]]) -> str:
    sep = ' <span><i class="icon-right-open"></i></span>'
    lis = [
        f'<li><a href="{H}{p}">{wpt(lb)}</a>{sep if n < len(items) - 1 else ""}</li>'
        for n, (p, lb) in enumerate(items)
    ]
    return '<ul class="breadcrumbs no-link">' + "".join(lis) + "</ul>"


def _sidebar() -> str:
    recent = "".join(
        f'<li class="post format-"><a href="{H}{_post_path(s)}"><div class="photo">'
        f'<img width="80" height="80" src="{H}{thumb(s, "80x80")}" class="scale-with-grid '
        f'wp-post-image" alt="" /></div><div class="desc"><h6>{wpt(s.title)}</h6>'
        f'<span class="date"><i class="icon-clock"></i>{vn_day(s.published_at)}</span></div></a></li>'
        for s in NEWEST[:5]
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{CAT_IDS[c]}"><a href="{H}/category/{c}/">{esc(name)}</a> '
        f"({sum(c in _cats(s) for s in POSTS)})</li>"
        for c, name in sorted(CATS.items(), key=lambda kv: kv[1])
    )
    months = "".join(
        f'<li><a href="{H}/2026/{m:02d}/">Tháng {m} 2026</a></li>' for m in (11, 10, 9)
    )
    return f"""<div class="sidebar sidebar-1 four columns"><div class="widget-area clearfix">
<aside id="widget_mfn_recent_posts-2" class="widget widget_mfn_recent_posts"><h3>Bài viết mới</h3>
<div class="Recent_posts"><ul>{recent}</ul></div></aside>
<aside id="categories-2" class="widget widget_categories"><h3>Chuyên mục</h3><ul>{cats}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h3>Lưu trữ</h3><ul>{months}</ul></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h3>Fanpage</h3>
<div class="textwidget custom-html-widget"><div class="fb-page" data-href="https://www.facebook.com/thptnguyenduqn" data-tabs="timeline" data-width="300" data-height="380"><blockquote cite="https://www.facebook.com/thptnguyenduqn" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/thptnguyenduqn">Trường THPT Nguyễn Du - Quảng Ngãi</a></blockquote></div></div></aside>
<aside id="custom_html-4" class="widget_text widget widget_custom_html"><h3>Liên kết website</h3>
<div class="textwidget custom-html-widget"><select onchange="window.open(this.value)">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.quangngai.gov.vn">Sở GD&amp;ĐT Quảng Ngãi</option>
<option value="https://thcs.edu.vn">Cổng thông tin THCS</option>
</select></div></aside>
</div></div>"""


def _footer() -> str:
    return """<footer id="Footer" class="clearfix"><div class="widgets_wrapper" style="padding:40px 0;"><div class="container">
<div class="column one-third"><aside id="text-2" class="widget widget_text"><h4>TRƯỜNG THPT NGUYỄN DU</h4>
<div class="textwidget"><p>Địa chỉ: Số 58 đường Nguyễn Du, phường Trương Quang Trọng, tỉnh Quảng Ngãi<br />
Điện thoại: 0255 3822 147<br />Email: thptnguyendu@quangngai.edu.vn</p>
<p>Chịu trách nhiệm chính: Thầy Nguyễn Văn Thành &#8211; Hiệu trưởng</p></div></aside></div>
<div class="column one-third"><aside id="nav_menu-2" class="widget widget_nav_menu"><h4>Liên kết</h4>
<div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">
<li class="menu-item"><a href="https://moet.gov.vn">Bộ GD&amp;ĐT</a></li>
<li class="menu-item"><a href="https://sgddt.quangngai.gov.vn">Sở GD&amp;ĐT Quảng Ngãi</a></li>
<li class="menu-item"><a href="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</a></li>
<li class="menu-item"><a href="https://thisinh.thitotnghiepthpt.edu.vn">Thi tốt nghiệp THPT</a></li>
</ul></div></aside></div>
<div class="column one-third"><aside id="custom_html-2" class="widget_text widget widget_custom_html"><h4>Thống kê truy cập</h4>
<div class="textwidget custom-html-widget"><ul class="counter">
<li>Đang truy cập: <strong>17</strong></li><li>Hôm nay: <strong>412</strong></li>
<li>Hôm qua: <strong>538</strong></li><li>Tổng lượt truy cập: <strong>1.284.906</strong></li></ul></div></aside></div>
</div></div>
<div class="footer_copy"><div class="container"><div class="column one">
<a id="back_to_top" class="button button_js" href=""><i class="icon-up-open-big"></i></a>
<div class="copyright">&copy; 2026 Trường THPT Nguyễn Du. All Rights Reserved. Thiết kế bởi <a target="_blank" rel="nofollow" href="https://webquangngai.vn">Web Quảng Ngãi</a></div>
</div></div></div></footer>"""


def page(
    *,
    title: str,
    body_class: str,
    sub_title: str,
    crumbs: list[tuple[str, str]],
    main: str,
    canonical: str | None,
    head: str = "",
    sidebar: bool = True,
    before: str = "",
    robots: str = "index, follow, max-image-preview:large",
) -> str:
    canon = f'<link rel="canonical" href="{H}{canonical}" />\n' if canonical else ""
    side = _sidebar() if sidebar else ""
    layout = "with_aside aside_right" if sidebar else "no-aside"
    return f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{wpt(title)}</title>
<meta name="robots" content="{robots}" />
{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE}" />
{head}<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{H}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{H}/comments/feed/" />
<link rel="stylesheet" id="mfn-be-css" href="{H}/wp-content/themes/betheme/css/be.css?ver=27.3.9" type="text/css" media="all" />
<link rel="stylesheet" id="mfn-responsive-css" href="{H}/wp-content/themes/betheme/css/responsive.css?ver=27.3.9" type="text/css" media="all" />
<script src="{H}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{H}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{H}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.5" />
<link rel="icon" href="{H}{UP}/2020/08/cropped-logo-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} color-custom style-simple button-default layout-full-width {layout} header-classic sticky-header sticky-tb-color ab-show subheader-both-center menu-link-color menuo-right mobile-tb-center">
<div id="Wrapper">
<div id="Header_wrapper" class="">
<header id="Header">
<div id="Action_bar"><div class="container"><div class="column one">
<ul class="contact_details"><li class="slogan">{TODAY}</li>
<li class="phone phone-1"><i class="icon-phone"></i><a href="tel:02553822147">0255 3822 147</a></li>
<li class="mail"><i class="icon-mail-line"></i><a href="mailto:thptnguyendu@quangngai.edu.vn">thptnguyendu@quangngai.edu.vn</a></li></ul>
<ul class="social"><li class="facebook"><a target="_blank" href="https://www.facebook.com/thptnguyenduqn" title="Facebook"><i class="icon-facebook"></i></a></li>
<li class="youtube"><a target="_blank" href="https://www.youtube.com/@thptnguyenduqn" title="YouTube"><i class="icon-play"></i></a></li></ul>
</div></div></div>
<div class="header_placeholder"></div>
<div id="Top_bar" class="loading"><div class="container"><div class="column one"><div class="top_bar_left clearfix">
<div class="logo"><a id="logo" href="{H}/" title="{SITE}" data-height="60" data-padding="15"><img class="logo-main scale-with-grid" src="{H}{UP}/2020/08/logo-nguyen-du.png" data-retina="" data-height="" alt="logo-nguyen-du" /></a></div>
<div class="menu_wrapper"><nav id="menu">{_menu()}</nav><a class="responsive-menu-toggle" href="#"><i class="icon-menu-fine"></i></a></div>
<div class="search_wrapper"><form method="get" id="searchform" action="{H}/"><i class="icon_search icon-search-fine"></i><a href="#" class="icon_close"><i class="icon-cancel-fine"></i></a><input type="text" class="field" name="s" placeholder="Nhập từ khóa..." /><input type="submit" class="display-none" value="" /></form></div>
</div></div></div></div>
</header>
<div id="Subheader" style=""><div class="container"><div class="column one"><h1 class="title">{wpt(sub_title)}</h1>{_breadcrumbs(crumbs)}</div></div></div>
</div>
<div id="Content"><div class="content_wrapper clearfix">
{before}<div class="sections_group">
{main}
</div>
{side}
</div></div>
{_footer()}
</div>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v18.0"></script>
<script src="{H}/wp-content/themes/betheme/js/scripts.js?ver=27.3.9" id="mfn-scripts-js"></script>
</body>
</html>"""


# --- listings ----------------------------------------------------------------------------------


def post_item(s: Story) -> str:
    cats = " ".join(f"category-{c}" for c in _cats(s))
    p = _post_path(s)
    return f"""<div class="post-item isotope-item clearfix post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry {cats}">
<div class="date_label">{vn_label(s.published_at)}</div>
<div class="image_frame post-photo-wrapper scale-with-grid image"><div class="image_wrapper"><a href="{H}{p}"><div class="mask"></div><img width="400" height="267" src="{H}{thumb(s)}" class="scale-with-grid wp-post-image" alt="" decoding="async" /></a>
<div class="image_links double"><a href="{H}{thumb(s, "1024x683")}" class="zoom" rel="prettyphoto"><i class="icon-search"></i></a><a href="{H}{p}" class="link"><i class="icon-link"></i></a></div></div></div>
<div class="post-desc-wrapper bg-"><div class="post-desc">
<div class="post-head"><div class="post-meta clearfix"><div class="author-date"><span class="vcard author post-author"><span class="label">Đăng bởi </span><i class="icon-user"></i> <span class="fn"><a href="{H}/author/admin/">admin</a></span></span> <span class="date"><span class="label">ngày </span><i class="icon-clock"></i> <span class="post-date updated">{vn_day(s.published_at)}</span></span></div></div></div>
<div class="post-title"><h2 class="entry-title" itemprop="headline"><a href="{H}{p}">{wpt(s.title)}</a></h2></div>
<div class="post-excerpt">{excerpt(s)}</div>
<div class="post-footer"><div class="button-love"><a href="#" class="mfn-love " data-id="{s.id}"><span class="icons-wrapper"><i class="icon-heart-empty-fa"></i><i class="icon-heart-fa"></i></span><span class="label">{s.id % 17}</span></a></div><div class="post-links"><i class="icon-doc-text"></i> <a href="{H}{p}" class="post-more">Xem thêm</a></div></div>
</div></div></div>"""


def blog_grid(posts: list[Story], pager: str, lm: bool = False) -> str:
    cls = "posts_group lm_wrapper grid col-3" if lm else "posts_group lm_wrapper grid col-2"
    items = "\n".join(post_item(s) for s in posts)
    return (
        f'<div class="column one column_blog"><div class="blog_wrapper isotope_wrapper">'
        f'<div class="{cls}">\n{items}\n</div>{pager}</div></div>'
    )


def numbered_pager(base: str, cur: int, last: int) -> str:
    if last <= 1:
        return ""

    def at(n: int) -> str:
        return f"{H}{base}" if n == 1 else f"{H}{base}page/{n}/"

    out = ['<div class="pager_wrapper"><div class="pager">']
    if cur > 1:
        out.append(
            f'<a class="prev_page" href="{at(cur - 1)}"><i class="icon-left-open"></i>Trang trước</a>'
        )
    out.append('<div class="pages">')
    for n in range(1, last + 1):
        cls = "page active" if n == cur else "page"
        out.append(f'<a href="{at(n)}" class="{cls}">{n}</a>')
    out.append("</div>")
    if cur < last:
        out.append(
            f'<a class="next_page" href="{at(cur + 1)}">Trang sau<i class="icon-right-open"></i></a>'
        )
    out.append("</div></div>")
    return "".join(out)


def _rel_links(base: str, cur: int, last: int) -> str:
    out = ""
    if cur > 1:
        out += f'<link rel="prev" href="{H}{base}{"" if cur == 2 else f"page/{cur - 1}/"}" />\n'
    if cur < last:
        out += f'<link rel="next" href="{H}{base}page/{cur + 1}/" />\n'
    return out


def archive(req: Request, base: str, posts: list[Story], n: int, name: str, kind: str, crumbs):
    last = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > last:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    suffix = f" - Trang {n} trên {last}" if n > 1 else ""
    target = base if n == 1 else f"{base}page/{n}/"
    main = blog_grid(chunk, numbered_pager(base, n, last))
    head = _rel_links(base, n, last) + (
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(name)}{suffix} - {SITE}" />\n'
        f'<meta property="og:url" content="{H}{target}" />\n'
    )
    return page(
        title=f"{name}{suffix} - {SITE}",
        body_class=f"archive {kind} paged-{n}",
        sub_title=name,
        crumbs=crumbs,
        main=main,
        canonical=target,
        head=head,
    )


def news_page(n: int):
    last = max(1, -(-len(NEWEST) // LM_PER_PAGE))
    if n < 1 or n > last:
        return None
    chunk = NEWEST[(n - 1) * LM_PER_PAGE : n * LM_PER_PAGE]
    pager = ""
    if n < last:
        pager = (
            '<div class="column one pager_wrapper pager_lm">'
            f'<a class="pager_load_more button has-icon" href="{H}/tin-tuc/page/{n + 1}/">'
            '<span class="button_icon"><i class="icon-layout"></i></span>'
            '<span class="button_label">Xem thêm bài viết</span></a></div>'
        )
    grid = blog_grid(chunk, pager, lm=True)
    main = (
        '<div id="post-8" class="post-8 page type-page status-publish hentry"><div class="entry-content">'
        '<div class="mfn-builder-content"><section class="section mcb-section">'
        '<div class="section_wrapper mcb-section-inner"><div class="wrap mcb-wrap one">'
        f'<div class="mcb-wrap-inner">{grid}</div></div></div></section></div></div></div>'
    )
    target = "/tin-tuc/" if n == 1 else f"/tin-tuc/page/{n}/"
    return page(
        title="Tin tức - " + SITE + (f" - Trang {n}" if n > 1 else ""),
        body_class=f"page-template-default page page-id-8 paged-{n}",
        sub_title="Tin tức",
        crumbs=[("/", "Trang chủ"), ("/tin-tuc/", "Tin tức")],
        main=main,
        canonical=target,
        head=_rel_links("/tin-tuc/", n, last),
    )


def home() -> str:
    latest = blog_grid(NEWEST[:4], "")
    notices = "".join(
        f'<li class="post format-"><div class="photo"><a href="{H}{_post_path(s)}"><img src="{H}{thumb(s, "150x150")}" alt="" /></a></div>'
        f'<div class="desc"><h5><a href="{H}{_post_path(s)}">{wpt(s.title)}</a></h5>'
        f'<div class="desc_footer"><span class="date"><i class="icon-clock"></i>{vn_day(s.published_at)}</span></div></div></li>'
        for s in NEWEST
        if "thong-bao" in _cats(s)
    )
    slider = "".join(
        f'<li><img src="{H}{UP}/2024/05/slide-{k}.jpg" alt="slide-{k}" /></li>' for k in (1, 2, 3)
    )
    main = f"""<div id="post-2" class="post-2 page type-page status-publish hentry"><div class="entry-content"><div class="mfn-builder-content">
<section class="section mcb-section full-width"><div class="section_wrapper mcb-section-inner"><div class="wrap mcb-wrap one"><div class="mcb-wrap-inner">
<div class="column mcb-column one column_slider"><div class="content_slider"><ul class="content_slider_ul">{slider}</ul></div></div>
</div></div></div></section>
<section class="section mcb-section"><div class="section_wrapper mcb-section-inner">
<div class="wrap mcb-wrap two-third"><div class="mcb-wrap-inner">
<div class="column mcb-column one column_heading"><div class="mcb-column-inner"><h2 class="title">Tin tức &#8211; Sự kiện</h2></div></div>
{latest}
<div class="column mcb-column one column_button"><a class="button button_right has-icon" href="{H}/tin-tuc/"><span class="button_label">Xem tất cả</span></a></div>
</div></div>
<div class="wrap mcb-wrap one-third"><div class="mcb-wrap-inner">
<div class="column mcb-column one column_blog_news"><div class="Latest_news"><h3 class="title">Thông báo</h3><ul>{notices}</ul>
<a class="button button_js" href="{H}/category/thong-bao/"><span class="button_label">Xem tất cả thông báo</span></a></div></div>
<div class="column mcb-column one column_image"><div class="image_frame"><div class="image_wrapper"><a href="https://moet.gov.vn" target="_blank"><img src="{H}{UP}/2023/02/banner-bo-gddt.jpg" alt="banner" /></a></div></div></div>
<div class="column mcb-column one column_image"><div class="image_frame"><div class="image_wrapper"><a href="https://vnedu.vn" target="_blank"><img src="{H}{UP}/2023/02/banner-vnedu.jpg" alt="banner" /></a></div></div></div>
<div class="column mcb-column one column_video"><div class="content_video iframe"><iframe class="scale-with-grid" width="700" height="400" src="https://www.youtube.com/embed/aB3dE5fG7h8?wmode=opaque&amp;rel=0" allowfullscreen></iframe></div></div>
</div></div>
</div></section>
</div></div></div>"""
    return page(
        title=f"{SITE} - Dạy tốt - Học tốt",
        body_class="home page-template-default page page-id-2",
        sub_title="Trang chủ",
        crumbs=[("/", "Trang chủ")],
        main=main,
        canonical="/",
        sidebar=False,
    )


# --- posts -------------------------------------------------------------------------------------


def _post_meta(s: Story) -> str:
    cats = "".join(
        f'<li><a href="{H}/category/{c}/" rel="category tag">{esc(CATS[c])}</a></li>'
        for c in _cats(s)
    )
    return (
        '<div class="post-meta clearfix"><div class="author-date">'
        '<span class="vcard author post-author"><span class="label">Đăng bởi </span>'
        f'<i class="icon-user"></i><span class="fn"><a href="{H}/author/admin/">admin</a></span></span> '
        '<span class="date"><span class="label">ngày </span><i class="icon-clock"></i>'
        f'<time class="entry-date updated" datetime="{s.published_at}" itemprop="datePublished">'
        f"{vn_day(s.published_at)}</time></span></div>"
        '<div class="category meta-categories"><span class="cat-btn">Chuyên mục '
        f'<i class="icon-down-dir"></i></span><div class="cat-wrapper"><ul class="post-categories">{cats}</ul></div></div>'
        "</div>"
    )


def _neighbours(s: Story) -> tuple[Story | None, Story | None]:
    order = sorted(POSTS, key=lambda x: x.published_at)
    k = order.index(s)
    return (order[k - 1] if k else None, order[k + 1] if k + 1 < len(order) else None)


def _fixed_nav(s: Story) -> str:
    prev, nxt = _neighbours(s)
    out = []
    for side, other, icon in (("prev", prev, "left"), ("next", nxt, "right")):
        if other is None:
            continue
        out.append(
            f'<a class="fixed-nav fixed-nav-{side} format- style-default" href="{H}{_post_path(other)}">'
            f'<span class="arrow"><i class="icon-{icon}-open-big"></i></span>'
            f'<div class="photo"><img width="80" height="80" src="{H}{thumb(other, "80x80")}" '
            'class="attachment-blog-navi size-blog-navi wp-post-image" alt="" /></div>'
            f'<div class="desc"><h6>{wpt(other.title)}</h6><span class="date">'
            f'<i class="icon-clock"></i>{vn_day(other.published_at)}</span></div></a>'
        )
    return "\n".join(out) + "\n"


def _related(s: Story) -> str:
    first = _cats(s)[0]
    rel = [o for o in NEWEST if o is not s and first in _cats(o)][:3]
    if len(rel) < 3:
        rel += [o for o in NEWEST if o is not s and o not in rel][: 3 - len(rel)]
    items = "".join(
        f'<div class="column post-related post-{o.id}"><div class="image_frame scale-with-grid">'
        f'<div class="image_wrapper"><a href="{H}{_post_path(o)}"><div class="mask"></div>'
        f'<img width="400" height="267" src="{H}{thumb(o)}" class="scale-with-grid wp-post-image" alt="" /></a></div></div>'
        f'<div class="date_label">{vn_label(o.published_at)}</div><div class="desc">'
        f'<h4><a href="{H}{_post_path(o)}">{wpt(o.title)}</a></h4><hr class="hr_color" />'
        f'<a href="{H}{_post_path(o)}" class="button button_left has-icon"><span class="button_icon">'
        '<i class="icon-layout"></i></span><span class="button_label">Xem thêm</span></a></div></div>'
        for o in rel
    )
    return (
        '<div class="section section-post-related"><div class="section_wrapper clearfix">'
        '<div class="section-related-adjustment simple"><h4>Bài viết liên quan</h4>'
        f'<div class="section-related-ul col-3">{items}</div></div></div></div>'
    )


def _comments(s: Story, reply_to: int | None) -> str:
    comments = s.opts.get("comments", [])
    p = _post_path(s)
    lis = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(who)}</b> '
        '<span class="says">viết:</span></div><div class="comment-metadata">'
        f'<a href="{H}{p}#comment-{cid}"><time datetime="{when}">{vn_day(when)} lúc {when[11:16]}</time></a></div></footer>'
        f'<div class="comment-content"><p>{esc(body)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{H}{p}?replytocom={cid}#respond" '
        f'data-commentid="{cid}" data-postid="{s.id}" aria-label="Trả lời {esc(who)}">Trả lời</a></div></article></li>'
        for cid, who, when, body in comments
    )
    listing = ""
    if comments:
        listing = (
            f'<h4 id="comments-title">{len(comments)} bình luận</h4>'
            f'<ol class="commentlist">{lis}</ol>'
        )
    who = next((c[1] for c in comments if c[0] == reply_to), None)
    reply_title = f"Trả lời {esc(who)}" if who else "Để lại một bình luận"
    cancel_style = "" if who else ' style="display:none;"'
    return f"""<div class="section section-post-comments"><div class="section_wrapper clearfix"><div class="column one comments">
<div id="comments">{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{reply_title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{H}{p}#respond"{cancel_style}>Hủy</a></small></h3>
<form action="{H}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" value="{s.id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="{reply_to or 0}" /></p>
</form></div></div></div></div></div>"""


def _share(s: Story) -> str:
    url = f"{H}{_post_path(s)}"
    return (
        '<div class="section section-post-footer"><div class="section_wrapper clearfix">'
        '<div class="column one post-pager"></div><div class="column one">'
        '<div class="share-simple-wrapper"><span class="share-label">Share</span><div class="icons">'
        f'<a target="_blank" class="facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}"><i class="icon-facebook"></i></a>'
        f'<a target="_blank" class="twitter" href="https://twitter.com/intent/tweet?text={url}"><i class="icon-x-twitter"></i></a>'
        f'<a target="_blank" class="linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}"><i class="icon-linkedin"></i></a>'
        "</div></div>"
        f'<div class="printomatic pom-default"><a class="printomatic-link" rel="nofollow" href="{url}?print=1">'
        '<i class="icon-print"></i> In bài viết</a></div>'
        "</div></div></div>"
    )


def _jsonld(s: Story) -> str:
    url = f"{H}{_post_path(s)}"
    first = _cats(s)[0]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "admin", "@id": f"{H}/#/schema/person/4b1c2e"},
                "headline": s.title,
                "datePublished": utc(s.published_at),
                "dateModified": utc(s.opts.get("modified", s.published_at)),
                "mainEntityOfPage": {"@id": url},
                "commentCount": len(s.opts.get("comments", [])),
                "publisher": {"@id": f"{H}/#organization"},
                "thumbnailUrl": f"{H}{thumb(s, '1024x683')}",
                "articleSection": [CATS[c] for c in _cats(s)],
                "inLanguage": "vi",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{s.title} - {SITE}",
                "datePublished": utc(s.published_at),
                "dateModified": utc(s.opts.get("modified", s.published_at)),
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{H}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": CATS[first],
                        "item": f"{H}/category/{first}/",
                    },
                    {"@type": "ListItem", "position": 3, "name": s.title},
                ],
            },
            {"@type": "Person", "@id": f"{H}/#/schema/person/4b1c2e", "name": "admin"},
        ],
    }
    return (
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(graph, ensure_ascii=False)
        + "</script>\n"
    )


def post_page(s: Story, reply_to: int | None = None) -> str:
    p = _post_path(s)
    hide = s.opts.get("hide_title", False)
    first = _cats(s)[0]
    title_h1 = "" if hide else f'<h1 class="entry-title" itemprop="headline">{wpt(s.title)}</h1>'
    prev, nxt = _neighbours(s)
    nav = '<div class="column one post-nav minimal">'
    if prev:
        nav += f'<a class="prev" href="{H}{_post_path(prev)}"><i class="icon icon-left-open-big"></i></a>'
    nav += f'<a class="home" href="{H}/tin-tuc/"><i class="icon icon-th"></i></a>'
    if nxt:
        nav += f'<a class="next" href="{H}{_post_path(nxt)}"><i class="icon icon-right-open-big"></i></a>'
    nav += "</div>"
    cats_cls = " ".join(f"category-{c}" for c in _cats(s))
    main = f"""<div id="post-{s.id}" class="{"no-title " if hide else ""}post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry {cats_cls}">
<div class="section section-post-header"><div class="section_wrapper clearfix">
{nav}
<div class="column one post-header"><div class="button-love"><a href="#" class="mfn-love " data-id="{s.id}"><span class="icons-wrapper"><i class="icon-heart-empty-fa"></i><i class="icon-heart-fa"></i></span><span class="label">{s.id % 17}</span></a></div>
<div class="title_wrapper">{title_h1}{_post_meta(s)}</div></div>
</div></div>
<div class="post-wrapper-content">
<div class="entry-content" itemprop="mainContentOfPage">
{content_html(s)}
</div>
{_share(s)}
{_related(s)}
{_comments(s, reply_to)}
</div>
</div>"""
    og_img = f"{H}{thumb(s, '1024x683')}"
    head = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)} - {SITE}" />\n'
        f'<meta property="og:url" content="{H}{p}" />\n'
        f'<meta property="article:published_time" content="{utc(s.published_at)}" />\n'
        + (
            f'<meta property="article:modified_time" content="{utc(s.opts["modified"])}" />\n'
            if "modified" in s.opts
            else ""
        )
        + f'<meta property="og:image" content="{og_img}" />\n'
        '<meta name="author" content="admin" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        '<meta name="twitter:label1" content="Được viết bởi" />\n'
        '<meta name="twitter:data1" content="admin" />\n'
        + _jsonld(s)
        + f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {esc(s.title)} Dòng phản hồi" href="{H}{p}feed/" />\n'
        f'<link rel="alternate" type="application/json" href="{H}/wp-json/wp/v2/posts/{s.id}" />\n'
        f'<link rel="shortlink" href="{H}/?p={s.id}" />\n'
        f'<link rel="alternate" type="application/json+oembed" href="{H}/wp-json/oembed/1.0/embed?url={H}{p}" />\n'
    )
    return page(
        title=f"{s.title} - {SITE}",
        body_class=f"post-template-default single single-post postid-{s.id} single-format-standard",
        sub_title=s.title if hide else "Tin tức",
        crumbs=[("/", "Trang chủ"), (f"/category/{first}/", CATS[first]), (p, s.title)],
        main=main,
        canonical=p,
        head=head,
        before=_fixed_nav(s),
    )


def print_page(s: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8" /><title>{wpt(s.title)} - {SITE}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{H}{_post_path(s)}" />
<link rel="stylesheet" href="{H}/wp-content/plugins/print-o-matic/css/print-icons.css?ver=2.1.10" /></head>
<body class="pom-print"><div id="pom-print-area">
<h1 class="pom-title">{wpt(s.title)}</h1>
<p class="pom-date">Ngày đăng: {vn_day(s.published_at)}</p>
<div class="pom-content">{content_html(s)}</div>
<p class="pom-url">Đường dẫn: {H}{_post_path(s)}</p>
</div><script>window.print();</script></body></html>"""


def attachment_page(path: str) -> str:
    s, title, att_id, full = ATTACHMENTS[path]
    sized = re.sub(r"\.jpg$", "-1024x683.jpg", full)
    main = f"""<div id="post-{att_id}" class="post-{att_id} attachment type-attachment status-inherit hentry">
<div class="section section-post-header"><div class="section_wrapper clearfix">
<div class="column one post-header"><div class="title_wrapper"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<div class="post-meta clearfix"><div class="author-date"><span class="vcard author post-author"><span class="label">Đăng bởi </span><span class="fn"><a href="{H}/author/admin/">admin</a></span></span> <span class="date"><span class="label">ngày </span><time class="entry-date" datetime="{s.published_at}">{vn_day(s.published_at)}</time></span></div></div></div></div>
</div></div>
<div class="post-wrapper-content"><div class="entry-content"><div class="section the_content has_content"><div class="section_wrapper"><div class="the_content_wrapper">
<p class="attachment"><a href="{H}{full}"><img width="1024" height="683" src="{H}{sized}" class="attachment-large size-large" alt="" decoding="async" /></a></p>
</div></div></div></div>
<div class="section section-post-footer"><div class="section_wrapper"><a href="{H}{_post_path(s)}" rel="gallery">&larr; Quay lại bài viết</a></div></div>
{_comments(Story(att_id, title.lower(), title, "", None, []), None).replace(f"{H}/{title.lower()}/", f"{H}{path}")}
</div></div>"""
    return page(
        title=f"{title} - {SITE}",
        body_class=f"attachment attachment-template-default single single-attachment postid-{att_id} attachmentid-{att_id} attachment-jpeg",
        sub_title=title,
        crumbs=[("/", "Trang chủ"), (_post_path(s), s.title), (path, title)],
        main=main,
        canonical=path,
        head='<meta property="og:type" content="article" />\n',
    )


# --- static pages ------------------------------------------------------------------------------

_ALBUM = [
    ("le-khai-giang-2026-01.jpg", "Lễ chào cờ đầu năm học"),
    ("le-khai-giang-2026-02.jpg", "Đội nghi lễ của Đoàn trường"),
    ("le-khai-giang-2026-03.jpg", "Học sinh khối 10 trong ngày khai giảng"),
    ("le-khai-giang-2026-04.jpg", "Thầy Hiệu trưởng đánh trống khai giảng"),
]


def _static_body(path: str) -> str:
    if path == "/gioi-thieu/":
        return (
            "<h3>Lịch sử hình thành</h3>"
            "<p>Trường THPT Nguyễn Du được thành lập năm 1984 theo Quyết định của UBND tỉnh "
            "Nghĩa Bình (cũ), ban đầu có 8 lớp với 22 cán bộ, giáo viên. Trải qua hơn 40 năm "
            "xây dựng và phát triển, trường đã trở thành một trong những địa chỉ giáo dục tin "
            "cậy của tỉnh.</p>"
            "<p>Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 1; năm 2024 được tặng "
            "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.</p>"
            "<h3>Sứ mệnh – Tầm nhìn</h3><p>Xây dựng môi trường học tập thân thiện, kỷ cương, "
            "sáng tạo; mỗi học sinh đều có cơ hội phát triển toàn diện.</p>"
            f'<p><a href="{H}/gioi-thieu/co-cau-to-chuc/">Xem cơ cấu tổ chức nhà trường</a></p>'
        )
    if path == "/gioi-thieu/co-cau-to-chuc/":
        rows = [
            ("Nguyễn Văn Thành", "Hiệu trưởng", "Phụ trách chung"),
            ("Phạm Thị Lan", "Phó Hiệu trưởng", "Chuyên môn"),
            ("Lê Minh Tuấn", "Phó Hiệu trưởng", "Cơ sở vật chất, nề nếp"),
            ("Trần Quốc Việt", "Bí thư Đoàn trường", "Công tác Đoàn"),
        ]
        trs = "".join(
            f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows
        )
        return (
            "<h3>Ban giám hiệu</h3><table><tbody><tr><td><strong>Họ và tên</strong></td>"
            "<td><strong>Chức vụ</strong></td><td><strong>Nhiệm vụ</strong></td></tr>"
            f"{trs}</tbody></table><h3>Các tổ chuyên môn</h3><ul><li>Tổ Toán – Tin</li>"
            "<li>Tổ Ngữ văn – Ngoại ngữ</li><li>Tổ Khoa học tự nhiên</li>"
            "<li>Tổ Khoa học xã hội</li><li>Tổ Văn phòng</li></ul>"
        )
    if path == "/lien-he/":
        return (
            "<p>Địa chỉ: Số 58 đường Nguyễn Du, phường Trương Quang Trọng, tỉnh Quảng Ngãi</p>"
            "<p>Điện thoại: 0255 3822 147 – Email: thptnguyendu@quangngai.edu.vn</p>"
            '<div class="wpcf7 no-js" id="wpcf7-f31-p16-o1"><form action="/lien-he/#wpcf7-f31-p16-o1" '
            'method="post" class="wpcf7-form init"><p><label>Họ tên<br /><input type="text" '
            'name="your-name" /></label></p><p><label>Email<br /><input type="email" name="your-email" />'
            '</label></p><p><label>Nội dung<br /><textarea name="your-message"></textarea></label></p>'
            '<p><input type="submit" value="Gửi" class="wpcf7-submit" /></p></form></div>'
            '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3870.5" width="100%" '
            'height="400" style="border:0;" loading="lazy"></iframe>'
        )
    if path == "/van-ban/":
        docs = [
            (
                "45/TB-THPTND",
                "Thông báo họp Cha mẹ học sinh đầu năm học",
                "14/09/2026",
                "2026/09/TB-45-hop-cha-me-hoc-sinh.pdf",
            ),
            (
                "112/KH-THPTND",
                "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
                "08/09/2026",
                "2026/09/KH-112-ke-hoach-giao-duc.pdf",
            ),
            (
                "98/QĐ-THPTND",
                "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
                "15/08/2026",
                "2026/08/QD-98-quy-che-chi-tieu-noi-bo.pdf",
            ),
        ]
        trs = "".join(
            f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td>"
            f'<td><a href="{H}{UP}/{d}">Tải về</a></td></tr>'
            for a, b, c, d in docs
        )
        return (
            '<table class="tablepress"><thead><tr><th>Số ký hiệu</th><th>Trích yếu</th>'
            f"<th>Ngày ban hành</th><th>Tệp</th></tr></thead><tbody>{trs}</tbody></table>"
        )
    if path == "/thu-vien-anh/":
        return (
            '<div class="column mcb-column one-third column_image"><div class="image_frame"><div class="image_wrapper">'
            f'<a href="{H}/thu-vien-anh/le-khai-giang-2026/"><img src="{H}{UP}/2026/09/le-khai-giang-2026-01-400x267.jpg" alt="" /></a>'
            '</div><p class="wp-caption-text">Lễ khai giảng năm học 2026 – 2027</p></div></div>'
        )
    # the album
    items = "".join(
        f"<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='{H}{UP}/2026/09/{f}'>"
        f'<img width="300" height="200" src="{H}{UP}/2026/09/{f[:-4]}-300x200.jpg" class="attachment-medium size-medium" alt="" /></a></dt>'
        f"<dd class='wp-caption-text gallery-caption'>{esc(c)}</dd></dl>"
        for f, c in _ALBUM
    )
    return f"<div id='gallery-1' class='gallery galleryid-22 gallery-columns-2 gallery-size-medium'>{items}<br style='clear: both' /></div>"


def static_page(path: str) -> str:
    pid, title = PAGES[path]
    crumbs = [("/", "Trang chủ")]
    parent = "/" + path.strip("/").split("/")[0] + "/"
    if parent != path:
        crumbs.append((parent, PAGES[parent][1]))
    crumbs.append((path, title))
    main = (
        f'<div id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
        '<div class="section the_content has_content"><div class="section_wrapper">'
        f'<div class="the_content_wrapper">{_static_body(path)}</div></div></div></div>'
    )
    return page(
        title=f"{title} - {SITE}",
        body_class=f"page-template-default page page-id-{pid}",
        sub_title=title,
        crumbs=crumbs,
        main=main,
        canonical=path,
        head='<meta property="og:type" content="article" />\n',
    )


def search_page(q: str) -> str:
    hits = [s for s in NEWEST if q.lower() in s.title.lower()]
    items = (
        "".join(
            f'<div class="post-item"><h2 class="entry-title"><a href="{H}{_post_path(s)}">{wpt(s.title)}</a></h2>'
            f'<div class="post-excerpt">{excerpt(s)}</div></div>'
            for s in hits
        )
        or "<p>Không tìm thấy kết quả nào.</p>"
    )
    return page(
        title=f"Kết quả tìm kiếm cho “{q}” - {SITE}",
        body_class="search search-results",
        sub_title=f"Kết quả tìm kiếm: {q}",
        crumbs=[("/", "Trang chủ")],
        main=f'<div class="search-results">{items}</div>',
        canonical=None,
        robots="noindex, follow",
    )


# --- machine documents -------------------------------------------------------------------------


def _rfc822(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def feed(title: str, link: str, posts: list[Story]) -> Response:
    items = "".join(
        f"""<item><title>{wpt(s.title)}</title><link>{H}{_post_path(s)}</link>
<dc:creator><![CDATA[admin]]></dc:creator><pubDate>{_rfc822(s.published_at)}</pubDate>
{"".join(f"<category><![CDATA[{CATS[c]}]]></category>" for c in _cats(s))}
<guid isPermaLink="false">{H}/?p={s.id}</guid>
<description><![CDATA[{excerpt(s)}]]></description>
<content:encoded><![CDATA[{content_html(s)}]]></content:encoded>
<wfw:commentRss>{H}{_post_path(s)}feed/</wfw:commentRss><slash:comments>{len(s.opts.get("comments", []))}</slash:comments></item>
"""
        for s in posts[:10]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel><title>{esc(title)}</title><atom:link href="{H}{link}feed/" rel="self" type="application/rss+xml" />
<link>{H}{link}</link><description>Dạy tốt &#8211; Học tốt</description><language>vi</language>
<generator>https://wordpress.org/?v=6.5.5</generator>
{items}</channel></rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def comment_feed(s: Story | None) -> Response:
    pairs = [(o, c) for o in NEWEST for c in o.opts.get("comments", []) if s is None or o is s]
    items = "".join(
        f"<item><title>Bình luận về {wpt(o.title)} bởi {esc(c[1])}</title>"
        f"<link>{H}{_post_path(o)}#comment-{c[0]}</link><pubDate>{_rfc822(c[2])}</pubDate>"
        f"<description><![CDATA[{esc(c[3])}]]></description></item>"
        for o, c in pairs
    )
    title = f"Phản hồi cho {s.title}" if s else f"Bình luận cho {SITE}"
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{esc(title)}</title><link>{H}/</link>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _json(data: object) -> Response:
    return Response(
        200,
        json.dumps(data, ensure_ascii=False),
        {"Content-Type": "application/json; charset=UTF-8", "X-Robots-Tag": "noindex"},
    )


def wp_json(path: str, params: dict[str, str]) -> Response | None:
    if path in ("/wp-json/", "/wp-json"):
        return _json(
            {
                "name": SITE,
                "description": "Dạy tốt – Học tốt",
                "url": H,
                "home": H,
                "namespaces": ["oembed/1.0", "wp/v2", "yoast/v1", "contact-form-7/v1"],
                "routes": {"/wp/v2/posts": {}, "/wp/v2/pages": {}, "/wp/v2/categories": {}},
            }
        )
    m = re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)/?", path)
    if m and int(m.group(1)) in BY_ID:
        s = BY_ID[int(m.group(1))]
        return _json(
            {
                "id": s.id,
                "date": s.published_at[:19],
                "date_gmt": utc(s.published_at)[:19],
                "slug": s.slug,
                "link": f"{H}{_post_path(s)}",
                "title": {"rendered": wpt(s.title)},
                "content": {"rendered": content_html(s), "protected": False},
                "excerpt": {"rendered": f"<p>{excerpt(s)}</p>"},
                "author": 1,
                "categories": [CAT_IDS[c] for c in _cats(s)],
            }
        )
    m = re.fullmatch(r"/wp-json/wp/v2/pages/(\d+)/?", path)
    if m:
        for p, (pid, title) in PAGES.items():
            if pid == int(m.group(1)):
                return _json({"id": pid, "link": f"{H}{p}", "title": {"rendered": wpt(title)}})
        return None
    if path == "/wp-json/oembed/1.0/embed":
        target = unquote(params.get("url", ""))
        slug = target.rstrip("/").rsplit("/", 1)[-1]
        s = BY_SLUG.get(slug)
        if not s:
            return None
        return _json(
            {
                "version": "1.0",
                "provider_name": SITE,
                "author_name": "admin",
                "title": s.title,
                "type": "rich",
                "html": f'<blockquote class="wp-embedded-content"><a href="{H}{_post_path(s)}">{wpt(s.title)}</a></blockquote>',
            }
        )
    return None


def _xml(body: str) -> Response:
    return Response(
        200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"}
    )


def sitemap(name: str) -> Response | None:
    head = f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{H}/main-sitemap.xsl"?>'
    if name == "sitemap_index":
        maps = ["post", "page", "category", "author"]
        body = "".join(
            f"<sitemap><loc>{H}/{m}-sitemap.xml</loc><lastmod>{utc(NEWEST[0].published_at)}</lastmod></sitemap>"
            for m in maps
        )
        return _xml(
            head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</sitemapindex>"
        )
    if name == "post":
        urls = [(f"{H}/tin-tuc/", utc(NEWEST[0].published_at), [])]
        urls += [
            (
                f"{H}{_post_path(s)}",
                utc(s.opts.get("modified", s.published_at)),
                [i.src for i in s.images],
            )
            for s in sorted(POSTS, key=lambda x: x.published_at)
        ]
    elif name == "page":
        urls = [(f"{H}/", utc(NEWEST[0].published_at), [])]
        urls += [(f"{H}{p}", "2025-08-20T02:11:00+00:00", []) for p in PAGES]
    elif name == "category":
        urls = [(f"{H}/category/{c}/", utc(NEWEST[0].published_at), []) for c in CATS]
    elif name == "author":
        urls = [(f"{H}/author/admin/", utc(NEWEST[0].published_at), [])]
    else:
        return None
    body = "".join(
        f"<url><loc>{loc}</loc><lastmod>{mod}</lastmod>"
        + "".join(f"<image:image><image:loc>{H}{i}</image:loc></image:image>" for i in imgs)
        + "</url>"
        for loc, mod, imgs in urls
    )
    return _xml(
        head + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    )


ROBOTS = """# START YOAST BLOCK
# ---------------------------
User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: {host}/sitemap_index.xml
# ---------------------------
# END YOAST BLOCK
"""

RSD = """<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">
<service><engineName>WordPress</engineName><engineLink>https://wordpress.org/</engineLink><homePageLink>{host}</homePageLink>
<apis><api name="WordPress" blogID="1" preferred="true" apiLink="{host}/xmlrpc.php" /></apis></service></rsd>"""


# --- the site ----------------------------------------------------------------------------------

_PAGED = r"(?:page/(\d+)/)?"


class BeThemeSite:
    """WordPress routing as the permalink rules of this site resolve it."""

    def respond(self, request: Request) -> Response | None:
        resp = self._route(request)
        if isinstance(resp, str):
            resp = html(resp, headers={"Link": f'<{H}/wp-json/>; rel="https://api.w.org/"'})
        if resp is None:
            return None
        host = base_url(request)
        if isinstance(resp.body, str):
            resp.body = resp.body.replace(H, host).replace("{host}", host)
        resp.headers = {k: v.replace(H, host) for k, v in resp.headers.items()}
        return resp

    def _route(self, req: Request) -> Response | str | None:
        if req.method not in ("GET", "HEAD"):
            return None
        path, params = req.path, req.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf") and path.startswith(UP):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/xmlrpc.php":
            return _xml(RSD) if "rsd" in params else None
        m = re.fullmatch(
            r"/(sitemap_index|post-sitemap|page-sitemap|category-sitemap|author-sitemap)\.xml", path
        )
        if m:
            return sitemap(m.group(1).replace("-sitemap", ""))
        if path.startswith("/wp-json"):
            return wp_json(path, params)
        if path == "/":
            if "p" in params and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(f"{H}{_post_path(BY_ID[int(params['p'])])}", 301)
            if "s" in params:
                return search_page(params["s"])
            return home()
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            probe = Request(req.method, path + "/", req.query, req.headers)
            if self._route(probe) is not None:
                return redirect(f"{H}{path}/" + (f"?{req.query}" if req.query else ""), 301)
            return None
        if m := re.fullmatch(r"/(.+/)page/1/", path):
            return redirect(f"{H}/{m.group(1)}", 301)
        if path == "/feed/":
            return feed(SITE, "/", NEWEST)
        if path == "/comments/feed/":
            return comment_feed(None)
        if m := re.fullmatch(rf"/tin-tuc/{_PAGED}", path):
            return news_page(int(m.group(1) or 1))
        if m := re.fullmatch(r"/category/([a-z-]+)/feed/", path):
            c = m.group(1)
            if c not in CATS:
                return None
            return feed(
                f"{SITE} » {CATS[c]}", f"/category/{c}/", [s for s in NEWEST if c in _cats(s)]
            )
        if m := re.fullmatch(rf"/category/([a-z-]+)/{_PAGED}", path):
            c = m.group(1)
            if c not in CATS:
                return None
            posts = [s for s in NEWEST if c in _cats(s)]
            crumbs = [("/", "Trang chủ"), (f"/category/{c}/", CATS[c])]
            return archive(
                req,
                f"/category/{c}/",
                posts,
                int(m.group(2) or 1),
                CATS[c],
                f"category category-{c}",
                crumbs,
            )
        if m := re.fullmatch(rf"/(\d{{4}})/(\d{{2}})/{_PAGED}", path):
            y, mo = m.group(1), m.group(2)
            posts = [s for s in NEWEST if s.published_at.startswith(f"{y}-{mo}")]
            if not posts:
                return None
            name = f"Tháng {int(mo)} {y}"
            crumbs = [("/", "Trang chủ"), (f"/{y}/{mo}/", name)]
            return archive(req, f"/{y}/{mo}/", posts, int(m.group(3) or 1), name, "date", crumbs)
        if m := re.fullmatch(rf"/author/admin/{_PAGED}", path):
            crumbs = [("/", "Trang chủ"), ("/author/admin/", "admin")]
            return archive(
                req,
                "/author/admin/",
                NEWEST,
                int(m.group(1) or 1),
                "admin",
                "author author-admin",
                crumbs,
            )
        if path in PAGES:
            return static_page(path)
        if path in ATTACHMENTS:
            return attachment_page(path)
        if m := re.fullmatch(r"/([a-z0-9-]+)/feed/", path):
            s = BY_SLUG.get(m.group(1))
            return comment_feed(s) if s else None
        if m := re.fullmatch(r"/([a-z0-9-]+)/", path):
            s = BY_SLUG.get(m.group(1))
            if s is None:
                return None
            if params.get("print") == "1":
                return print_page(s)
            reply = params.get("replytocom", "")
            return post_page(s, int(reply) if reply.isdigit() else None)
        return None


def build_site() -> BeThemeSite:
    return BeThemeSite()
