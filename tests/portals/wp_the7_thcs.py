"""Trường THCS Trần Phú (xã Vĩnh Tường, tỉnh Phú Thọ): WordPress 6.6 with the The7 theme (v11).

Platform
--------
WordPress 6.6.2, The7 11.14 (``dt-`` / ``wf-`` classes, the "page title" area with its own
breadcrumbs, fancy header option per post, The7 post meta with icon fonts, "Bài viết liên quan"
related posts, author info box, share box), WPBakery Page Builder 7 (``vc_row`` / ``wpb_*``
inside posts, the home page is a WPBakery page), Yoast SEO (canonical, og:, JSON-LD, times in
UTC), WP-Print (``/<slug>/print/``), WP-Polls, WordPress Download Manager (``/download/<slug>/``),
a3 Lazy Load on some posts. Posts were written by different teachers over the years: some
with WPBakery, some with the classic editor, some with blocks, some pasted from Word or
from the school's Facebook page.

URL scheme
----------
- ``/``                                 home (WPBakery page: slider, post grids, notices)
- ``/<slug>/``                          a post (``/%postname%/``); Vietnamese slugs that no
                                        transliteration plugin touched are percent-encoded,
                                        lower-case hex, as WordPress prints them
- ``/<slug>/print/``                    WP-Print view of a post
- ``/<slug>/?replytocom=N``             the same post with the reply form open (comment links)
- ``/category/<slug>/``, ``/category/<slug>/page/N/``   category archives, 4 posts a page
- ``/tag/<slug>/``                      tag archives
- ``/?s=…``                             search; ``/?p=ID`` -> 301 to the permalink
- ``/<page-slug>/``                     pages: gioi-thieu, lien-he, van-ban, thu-vien-anh
- ``/dt_gallery/<slug>/``               The7 photo album (custom post type)
- ``/dt_team/<slug>/``                  The7 team member profile (custom post type)
- ``/download/<slug>/``                 WPDM document entry (``?wpdmdl=…`` answers the PDF)
- ``/feed/``, ``/comments/feed/``, ``/robots.txt``, ``/wp-sitemap*.xml``  WordPress core
- ``/wp-content/…``, ``/wp-includes/…`` images, styles, scripts (tiny placeholders)
- a path without its trailing slash answers 301 to the slashed path; ``page/1/`` 301s to the
  archive's first page; a page number past the last is 404.

Page templates
--------------
- header: The7 top bar (today's date, phone, e-mail, social icons), logo, ``#primary-menu``
  with ``sub-nav`` drop-downs, a second server-printed copy of the menu for mobiles;
- page title area: ``div.page-title`` (h1 + ``ol.breadcrumbs``) or, on posts set to "Fancy
  title", ``header#fancy-header`` (h1 ``fancy-title`` + h2 ``fancy-subtitle`` + breadcrumbs);
- post: ``article.single-postlike`` > The7 ``entry-meta`` (categories, date with its time in
  the link's title and ``datetime``, comment count) > ``div.entry-content`` > tags > share box
  (with the WP-Print link) > author box (CMS account) > related posts; then comments;
- archive: The7 list layout (``article.post.project-odd``: fancy date, lazy thumbnail, h3
  title, meta, excerpt, "Xem chi tiết"), The7 ``div.paginator``;
- sidebar: search, "Bài viết mới", "Xem nhiều" (WordPress Popular Posts), a notice, links
  drop-down, WP-Polls poll, visitor counter; footer: three widget columns and bottom bar.

How each gold article is reached
--------------------------------
Menu -> category archives. "Tin tức" (6 posts, page 1 and ``page/2/``), "Hoạt động chuyên môn"
(5 posts, page 1 and ``page/2/``), "Đội TNTP Hồ Chí Minh" (1), "Thông báo" (2). The posts on
page 2 (hoc-sinh-khoi-7-…-den-hung, tuyen-truyen-phong-chong-duoi-nuoc-…, ung-dung-tri-tue-
nhan-tao-…) are linked from no other page (only ``/wp-sitemap-posts-post-1.xml``, named in
robots.txt, lists them): the home grid shows the newest posts and its "Xem thêm" button is an
AJAX call (``href="javascript:void(0);"``), related posts, sidebars and ``/feed/`` list only
newer posts, The7's post navigation is switched off. The newest posts are also on the home page, in the sidebar, in
related posts and on the two tag pages.

Traps
-----
1. The7 "fancy title" with custom text: on hoi-thao-chuyen-de-… the h1 of the title area reads
   "HOẠT ĐỘNG CHUYÊN MÔN" (the section); the headline is printed by a WPBakery "dt-fancy-title"
   separator at the top of the content, and in <title>/og:title and the breadcrumb. Gold title:
   the headline; the fancy-title line is not body.
2. Yoast prints ``article:published_time`` and JSON-LD ``datePublished`` in UTC. The Hội khỏe
   Phù Đổng post was scheduled for midnight: Yoast says ``2026-10-23T17:00:00+00:00``, the
   post meta ``datetime="2026-10-24T00:00:00+07:00"`` and title "12:00 sáng". Gold
   "2026-10-24" (midnight = a day). Every other post: gold is the local time of the meta's
   ``datetime`` (also printed as the date link's title, "2:30 chiều"), e.g. 14:30+07:00.
3. Official notice in a post: letterhead table, "Số: 215/TB-THCS", "Vĩnh Tường, ngày 30
   tháng 11 năm 2026", "THÔNG BÁO / Về việc …", body, "Nơi nhận" and the signer. The WordPress
   post date is 01/12/2026 07:45: gold date is the letterhead's "2026-11-30", author the signer
   "Nguyễn Văn Bình"; the WPDM/file block "Tải xuống" line is not body.
4. Duplicates: every post has a WP-Print copy ``/<slug>/print/``; commented posts have
   ``?replytocom=N`` copies (noindex) from each "Trả lời" link; the home page links the exam
   schedule with a ``?fbclid=…`` pasted from Facebook. The results post has a percent-encoded
   Vietnamese slug printed in lower-case hex; the server answers the upper-case form (what a
   URL normaliser makes of it) too. All of those are in ``alt_paths``.
5. Dead shortcodes: The7's legacy elements were switched off, so an old post prints
   ``[dt_gap height="10" /]``, ``[dt_divider style="thin" /]`` and a quote wrapped in
   ``[dt_quote …]…[/dt_quote]`` as text. Gold: shortcodes are no text; the quote is a paragraph.
6. Facebook paste: the KHKT post (emoji in its title, kept) is made of ``<div dir="auto">``
   lines whose bullets are Facebook emoji pictures (``<img alt="🏆" src=…emoji.php…>``): the
   bullet is no text and no photo; emoji typed as characters stay; the hashtag line at the end
   is tags, not body.
7. Lazy images: a3 Lazy Load prints a placeholder GIF in ``src`` and the photo in
   ``data-src`` (+ ``<noscript>``); The7 thumbnails print an SVG data-URI. Gold: the photo's
   real path; thumbnails of other posts (grid, related, sidebar) are not the article's images.
8. Bylines and accounts: The7 meta/author box show the WordPress account ("quantri",
   "Quản trị viên") -> nobody. Right-aligned bylines at the end: "Tin, ảnh: X" -> X in both;
   "Tin: X - Ảnh: Y"; "Bài và ảnh: X"; "ThS. Phạm Thị Lan – Phó Hiệu trưởng" -> "Phạm Thị Lan";
   "Vũ Quang Huy – Tổ trưởng tổ Toán - Tin" -> "Vũ Quang Huy"; units signing alone ("Tổ Năng
   khiếu", "Tổ Ngữ văn", "Tổ Văn phòng") are the author.
9. Dates that are not the publication date: comment dates (``<time datetime>`` in the
   comment list), an "Cập nhật ngày 05/12/2026" note opening the exam schedule (gold: a body
   paragraph; date 2026-12-04 16:20), Yoast ``article:modified_time``, a caption naming a day.
10. Text forms: wptexturize entities (``&#8220;`` ``&#8211;``), one post typed in decomposed
    Unicode (NFD, Unikey "Unicode tổ hợp"), one pasted from Word (``MsoNormal``, list bullets
    in ``mso-list:Ignore`` spans are no text; a "- " typed by hand is), ``<br />`` splits.
11. Multi-category post: the Kế hoạch nhỏ post is filed in "Đội TNTP Hồ Chí Minh" (Yoast
    primary category, breadcrumb) and "Tin tức" (it shows in both archives; the meta prints
    both). Gold category: the breadcrumb's "Đội TNTP Hồ Chí Minh".
12. Sapo in the title area: the AI post puts its lead in The7's fancy subtitle (h2, outside the
    content): gold summary and first body paragraph. Bold first paragraphs are sapos too.
13. Non-articles that look like posts: a The7 photo album (date, text, photos), a WPDM document
    entry (date, description, "Tải xuống"), team profiles (text, photo), the long "Giới thiệu"
    page.

Gold decisions on ambiguous points
----------------------------------
- Title: the headline as the post prints it in the page title area / <title> (without
  " – Trường THCS Trần Phú"), not a custom fancy-title text.
- published_at: the post's local time from its meta (``datetime``/link title); "Cập nhật"
  notes, comments and Yoast's UTC strings are not used. Notices as official documents: the
  letterhead day.
- Images: ``src`` as printed, except lazy images where the real photo is in ``data-src``;
  in the WordPress [gallery] the gold is the printed ``-300x200`` image, not the full-size file
  its link opens. Caption lines "(…)" lose their parentheses; "Ảnh: X" alone is no caption
  (X is then the photographer).
- Footnotes: "[1]" calls stay as printed; the bare ``<sup>2</sup>`` call and the bare "2"
  heading its note are dropped; the "Tài liệu tham khảo" heading and entries are body.
- Facebook hashtags, "Xem thêm:" lines, the "File đính kèm"/"Tải xuống" block, dead
  shortcodes, the fancy-title separator: not body.
- The exam schedule's opening "Cập nhật ngày 05/12/2026: …" sentence is the editor's own text:
  a body paragraph (not a sapo: not bold, not its own element).
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "wp_the7_thcs"
PLATFORM = "WordPress 6 + The7 theme (WPBakery, Yoast SEO)"
START_PATH = "/"

SITE = "Trường THCS Trần Phú"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
UP = "/wp-content/uploads"

CATS = {
    "tin-tuc": ("Tin tức", 3),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 5),
    "doi-tntp-ho-chi-minh": ("Đội TNTP Hồ Chí Minh", 7),
    "thong-bao": ("Thông báo", 4),
}
TAGS = {"20-11": "20-11", "hoc-sinh-gioi": "học sinh giỏi"}


# --- text as WordPress prints it --------------------------------------------------------------

_TEXTURIZE = (
    ("“", "&#8220;"),
    ("”", "&#8221;"),
    ("–", "&#8211;"),
    ("…", "&#8230;"),
    ("’", "&#8217;"),
)


def tx(value: str, nfd: bool = False) -> str:
    """Escaped text after wptexturize (curly quotes and dashes as numeric references)."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = _html.escape(s, quote=False)
    for ch, ent in _TEXTURIZE:
        s = s.replace(ch, ent)
    return s


def attr(value: str) -> str:
    return _html.escape(value, quote=True)


def wp_slug_path(slug: str) -> str:
    """``/<slug>/`` with non-ASCII slugs percent-encoded in lower-case hex, as WordPress does."""
    enc = quote(slug, safe="-")
    return "/" + re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), enc) + "/"


# --- the articles -------------------------------------------------------------------------------
# opts: dt (the post's WordPress date, local), mode (how the editor wrote it), cats (category
# slugs, the first is Yoast's primary), tags, thumb (listing thumbnail), comments, fancy
# (custom text of the fancy title), modified, excerpt

def _byline(text: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{tx(text)}</{tag}></p>')


S_2011 = Story(
    id=3247,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="Tin tức",
    published_at="2026-11-20T10:15:00+07:00",
    summary=(
        "Sáng ngày 20/11/2026, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Buổi lễ là dịp để các thế hệ học sinh bày tỏ "
        "lòng biết ơn đối với các thầy giáo, cô giáo đã và đang công tác tại trường."
    ),
    blocks=[
        P(
            "Sáng ngày 20/11/2026, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Buổi lễ là dịp để các thế hệ học sinh bày tỏ "
            "lòng biết ơn đối với các thầy giáo, cô giáo đã và đang công tác tại trường.",
            "b",
        ),
        P(
            "Tới dự buổi lễ có đồng chí Trần Văn Khải, Phó Chủ tịch UBND xã Vĩnh Tường; đại diện Ban "
            "đại diện cha mẹ học sinh nhà trường; các thầy cô giáo nguyên là cán bộ quản lý, giáo viên "
            "của trường qua các thời kỳ cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 900 học sinh."
        ),
        Img(
            f"{UP}/2026/11/le-20-11-2026-01-1024x683.jpg",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "vc",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Bình, Hiệu trưởng nhà trường ôn lại truyền thống "
            "vẻ vang của Ngày Nhà giáo Việt Nam, điểm lại những kết quả nổi bật mà tập thể sư phạm nhà "
            "trường đạt được trong năm học 2025 – 2026: tỷ lệ học sinh lớp 9 đỗ vào lớp 10 THPT công lập "
            "đạt 87,4%; 32 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh; nhà trường được "
            "Chủ tịch UBND tỉnh tặng Bằng khen."
        ),
        P("Những bông hoa điểm tốt dâng tặng thầy cô", "h4"),
        P(
            "Trong đợt thi đua cao điểm chào mừng ngày 20/11, toàn trường đã có 4.215 điểm tốt, 126 "
            "tiết học tốt được dâng tặng thầy cô. Nhiều tập thể lớp có thành tích xuất sắc như 9A1, "
            "8A3, 7A2 được nhà trường khen thưởng."
        ),
        Img(
            f"{UP}/2026/11/le-20-11-2026-02-1024x683.jpg",
            "(Thầy Hiệu trưởng trao thưởng cho các tập thể lớp xuất sắc)",
            "Thầy Hiệu trưởng trao thưởng cho các tập thể lớp xuất sắc",
            "vc",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Đỗ Khánh Linh, lớp 9A1 xúc động gửi lời tri ân tới các "
            "thầy cô:"
        ),
        P(
            "“Mỗi trang vở chúng em viết hôm nay đều có bóng dáng của thầy cô. Chúng em xin hứa sẽ "
            "chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ ấy.”",
            "q",
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đội biểu diễn, để lại "
            "nhiều cảm xúc trong lòng thầy cô và các em học sinh."
        ),
        Img(f"{UP}/2026/11/le-20-11-2026-03-1024x683.jpg", None, None, "vc"),
        _byline("Tin, ảnh: Nguyễn Thị Thu Hà"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    opts={
        "dt": "2026-11-20T10:15:00",
        "mode": "vc",
        "cats": ["tin-tuc"],
        "tags": ["20-11"],
        "thumb": f"{UP}/2026/11/le-20-11-2026-01-625x417.jpg",
        "comments": [
            (57, "Phụ huynh lớp 8A2", "2026-11-20T20:41:12",
             "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người!", 0),
            (58, "Nguyễn Hoàng Nam", "2026-11-21T19:02:40",
             "Em là cựu học sinh khóa 2015 – 2019, xem ảnh mà nhớ thầy cô nhiều lắm ạ.", 0),
        ],
    },
)

S_HKPD = Story(
    id=3164,
    slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="Tin tức",
    published_at="2026-10-24",
    blocks=[
        P(
            "Thực hiện kế hoạch năm học 2026 – 2027, từ ngày 19/10 đến ngày 23/10/2026, Trường THCS "
            "Trần Phú tổ chức Hội khỏe Phù Đổng cấp trường với sự tham gia của 420 vận động viên đến "
            "từ 24 lớp."
        ),
        P(
            "Các nội dung thi đấu gồm: bóng đá nam, bóng chuyền nữ, cầu lông, cờ vua, điền kinh (chạy "
            "60m, 100m, nhảy xa, nhảy cao) và kéo co. Kết quả một số nội dung chính:"
        ),
        P("Bóng đá nam: giải Nhất lớp 9A3, giải Nhì lớp 8A1, giải Ba lớp 9A2;", "li"),
        P("Bóng chuyền nữ: giải Nhất lớp 9A1, giải Nhì lớp 8A3;", "li"),
        P("Kéo co: giải Nhất lớp 7A2, giải Nhì lớp 6A4.", "li"),
        Img(f"{UP}/2026/10/hkpd-2026-khai-mac-300x200.jpg", "Khai mạc Hội khỏe Phù Đổng",
            "Khai mạc Hội khỏe Phù Đổng", "gal"),
        Img(f"{UP}/2026/10/hkpd-2026-bong-da-300x200.jpg", "Trận chung kết bóng đá nam",
            "Trận chung kết bóng đá nam", "gal"),
        Img(f"{UP}/2026/10/hkpd-2026-keo-co-300x200.jpg", "Nội dung kéo co khối 7",
            "Nội dung kéo co khối 7", "gal"),
        P(
            "Ban tổ chức đã trao 15 giải tập thể và 68 giải cá nhân. Qua hội khỏe, nhà trường lựa "
            "chọn được 36 vận động viên xuất sắc để bồi dưỡng tham dự Hội khỏe Phù Đổng cấp xã vào "
            "tháng 12/2026."
        ),
        _byline("Tổ Năng khiếu"),
    ],
    authors=["Tổ Năng khiếu"],
    opts={
        "dt": "2026-10-24T00:00:00",
        "mode": "classic",
        "cats": ["tin-tuc"],
        "thumb": f"{UP}/2026/10/hkpd-2026-khai-mac-625x417.jpg",
    },
)

S_KHKT = Story(
    id=3289,
    slug="chuc-mung-hoc-sinh-dat-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    title=(
        "🎉 Chúc mừng học sinh đạt giải Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học "
        "2026 – 2027 🎉"
    ),
    cat="Tin tức",
    published_at="2026-12-03T14:30:00+07:00",
    blocks=[
        P(
            "Chúc mừng các em học sinh Trường THCS Trần Phú đã xuất sắc đạt giải tại Cuộc thi Khoa "
            "học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2026 – 2027! 🥰",
            "fb",
        ),
        P(
            "Giải Nhất lĩnh vực Kỹ thuật môi trường: dự án “Máy lọc nước mini từ vật liệu tái chế” "
            "của nhóm em Trần Gia Bảo, Nguyễn Minh Châu (lớp 9A1), giáo viên hướng dẫn: cô Hoàng "
            "Thị Yến.",
            "fb:🏆",
        ),
        P(
            "Giải Ba lĩnh vực Phần mềm hệ thống: dự án “Ứng dụng nhắc lịch học cho học sinh THCS” "
            "của em Lê Đức Anh (lớp 8A2), giáo viên hướng dẫn: thầy Vũ Quang Huy.",
            "fb:🏅",
        ),
        P(
            "Giải Khuyến khích lĩnh vực Khoa học xã hội và hành vi: dự án “Thói quen đọc sách của "
            "học sinh THCS xã Vĩnh Tường” của nhóm em Phan Thảo Vy, Đặng Bảo Ngọc (lớp 9A2).",
            "fb:🏅",
        ),
        P(
            "Đây là kết quả của quá trình say mê nghiên cứu, sáng tạo của các em cùng sự tận tâm "
            "hướng dẫn của các thầy cô. Dự án đạt giải Nhất sẽ được lựa chọn tham dự vòng chung kết "
            "Cuộc thi cấp quốc gia năm 2027.",
            "fb",
        ),
        P("Mời quý phụ huynh và các em cùng xem lại một số hình ảnh tại cuộc thi.", "fb:👉"),
        Img(f"{UP}/2026/12/khkt-tinh-2026-nhom-9a1.jpg", None, None, "plain"),
        Img(f"{UP}/2026/12/khkt-tinh-2026-trao-giai.jpg", None, None, "plain"),
        Raw(
            '<div dir="auto"><a href="https://www.facebook.com/hashtag/thcstranphu?__eep__=6" '
            'tabindex="0">#THCSTranPhu</a> <a href="https://www.facebook.com/hashtag/khkt2026'
            '?__eep__=6" tabindex="0">#KHKT2026</a></div>'
        ),
    ],
    opts={
        "dt": "2026-12-03T14:30:00",
        "mode": "fb",
        "cats": ["tin-tuc"],
        "tags": ["hoc-sinh-gioi"],
        "thumb": f"{UP}/2026/12/khkt-tinh-2026-nhom-9a1-625x417.jpg",
    },
)

S_DENHUNG = Story(
    id=3130,
    slug="hoc-sinh-khoi-7-trai-nghiem-hoc-tap-tai-khu-di-tich-lich-su-den-hung",
    title="Học sinh khối 7 trải nghiệm, học tập tại Khu di tích lịch sử Đền Hùng",
    cat="Tin tức",
    published_at="2026-10-16T16:05:00+07:00",
    blocks=[
        P(
            "Nhằm giúp học sinh hiểu sâu hơn nội dung bài học lịch sử địa phương, bồi dưỡng lòng tự "
            "hào dân tộc và truyền thống “uống nước nhớ nguồn”, ngày 15/10/2026, Trường THCS Trần "
            "Phú đã tổ chức cho 286 học sinh khối 7 tham gia hoạt động trải nghiệm tại Khu di tích "
            "lịch sử Đền Hùng.",
            "nfd",
        ),
        P(
            "Tại đây, các em được dâng hương tưởng niệm các Vua Hùng, nghe thuyết minh về truyền "
            "thuyết Lạc Long Quân – Âu Cơ, về công cuộc dựng nước của các Vua Hùng và tham quan Bảo "
            "tàng Hùng Vương.",
            "nfd",
        ),
        Img(f"{UP}/2026/10/trai-nghiem-den-hung-1.jpg", "Học sinh khối 7 dâng hương tại Đền Thượng",
            "Học sinh khối 7 dâng hương tại Đền Thượng", "block"),
        P(
            "Sau phần tham quan, các em làm việc theo nhóm, hoàn thành phiếu học tập và thuyết trình "
            "về một hiện vật mà nhóm ấn tượng nhất. Nhiều nhóm có phần trình bày sáng tạo, kết hợp vẽ "
            "tranh, đóng vai hướng dẫn viên du lịch nhí.",
            "nfd",
        ),
        Img(f"{UP}/2026/10/trai-nghiem-den-hung-2.jpg",
            "Các nhóm thuyết trình về hiện vật tại Bảo tàng Hùng Vương",
            "Các nhóm thuyết trình về hiện vật tại Bảo tàng Hùng Vương", "block"),
        P(
            "Chuyến đi đã để lại nhiều ấn tượng sâu sắc, góp phần thực hiện hiệu quả nội dung giáo "
            "dục địa phương theo Chương trình giáo dục phổ thông 2018."
        ),
        Raw('<p class="has-text-align-right"><em>Bài và ảnh: Vũ Thị Ngọc Ánh</em></p>'),
    ],
    authors=["Vũ Thị Ngọc Ánh"],
    photographers=["Vũ Thị Ngọc Ánh"],
    opts={
        "dt": "2026-10-16T16:05:00",
        "mode": "block",
        "cats": ["tin-tuc"],
        "thumb": f"{UP}/2026/10/trai-nghiem-den-hung-1-625x417.jpg",
    },
)

S_DUOINUOC = Story(
    id=3102,
    slug="tuyen-truyen-phong-chong-duoi-nuoc-va-tai-nan-thuong-tich-cho-hoc-sinh",
    title="Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
    cat="Tin tức",
    published_at="2026-10-08T09:40:00+07:00",
    blocks=[
        P(
            "Sáng thứ Hai ngày 05/10/2026, trong tiết chào cờ, Liên đội Trường THCS Trần Phú phối "
            "hợp với Trạm Y tế xã Vĩnh Tường tổ chức buổi tuyên truyền phòng, chống đuối nước và tai "
            "nạn thương tích cho học sinh toàn trường.",
            "mso",
        ),
        Img(f"{UP}/2026/10/tuyen-truyen-duoi-nuoc.jpg",
            "Buổi tuyên truyền dưới cờ sáng thứ Hai, ngày 05/10/2026",
            "Buổi tuyên truyền dưới cờ sáng thứ Hai, ngày 05/10/2026", "line"),
        P(
            "Đuối nước là một trong những nguyên nhân hàng đầu gây tử vong ở trẻ em. Theo thống kê của "
            "ngành y tế, mỗi năm cả nước có khoảng 2.000 trẻ em tử vong do đuối nước, phần lớn xảy ra "
            "vào mùa mưa lũ và dịp nghỉ hè.",
            "mso",
        ),
        P("Để chủ động phòng, chống đuối nước, các em học sinh cần lưu ý:", "mso"),
        P("Không tự ý đi bơi, tắm ở ao, hồ, sông, suối khi không có người lớn đi cùng;", "msoli"),
        P("Không chơi đùa gần khu vực ao, hồ, giếng, bể chứa nước, hố công trình;", "msoli"),
        P(
            "Tham gia các lớp học bơi và kỹ năng an toàn trong môi trường nước do nhà trường, địa "
            "phương tổ chức;",
            "msoli",
        ),
        P(
            "Khi thấy người bị đuối nước, cần hô hoán để người lớn đến trợ giúp, không tự nhảy xuống "
            "cứu nếu không biết bơi.",
            "msoli",
        ),
        P(
            "- Đối với cha mẹ học sinh: thường xuyên nhắc nhở, quản lý con em trong những ngày nghỉ; "
            "đậy kín các dụng cụ chứa nước trong gia đình.",
            "mso",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align: right; line-height: 150%;" align="right">'
            '<i><span style="font-size: 13.0pt; line-height: 150%; font-family: \'Times New Roman\','
            'serif;">Theo Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ</span></i></p>'
        ),
    ],
    source="Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ",
    opts={
        "dt": "2026-10-08T09:40:00",
        "mode": "word",
        "cats": ["tin-tuc"],
        "thumb": f"{UP}/2026/10/tuyen-truyen-duoi-nuoc-625x417.jpg",
    },
)

S_NGUVAN = Story(
    id=3268,
    slug="hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
    title=(
        "Hội thảo chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình "
        "GDPT 2018”"
    ),
    cat="Hoạt động chuyên môn",
    published_at="2026-11-27T15:10:00+07:00",
    blocks=[
        Raw("@fancy-headline"),
        P(
            "Chiều ngày 26/11/2026, Tổ Ngữ văn Trường THCS Trần Phú tổ chức hội thảo chuyên đề “Đổi "
            "mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018” với sự tham gia của "
            "giáo viên Ngữ văn các trường THCS trong cụm Vĩnh Tường."
        ),
        P("Hội thảo tập trung thảo luận ba nội dung chính:"),
        P("Dạy đọc hiểu văn bản theo đặc trưng thể loại;", "oli"),
        P("Tổ chức hoạt động viết theo quy trình, chú trọng rèn kỹ năng cho học sinh;", "oli"),
        P("Đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực.", "oli"),
        Raw("@col-left"),
        P(
            "Tiết dạy minh họa văn bản “Chuyện người con gái Nam Xương” (Nguyễn Dữ) của cô Đinh Thị "
            "Hồng Nhung tại lớp 9A2 được các đại biểu đánh giá cao nhờ cách tổ chức cho học sinh đọc "
            "diễn cảm, thảo luận nhóm và chia sẻ cảm nhận cá nhân về số phận người phụ nữ trong xã "
            "hội phong kiến."
        ),
        Raw("@col-right"),
        Img(f"{UP}/2026/11/hoi-thao-ngu-van-9a2-768x512.jpg",
            "Cô Đinh Thị Hồng Nhung dạy minh họa tại lớp 9A2",
            "Cô Đinh Thị Hồng Nhung dạy minh họa tại lớp 9A2", "vc"),
        Raw("@col-end"),
        P(
            "Các ý kiến thảo luận đều thống nhất: giáo viên cần chuyển mạnh từ truyền thụ kiến thức "
            "sang hướng dẫn học sinh tự đọc, tự khám phá văn bản; tăng cường sử dụng phiếu học tập, sơ "
            "đồ tư duy và đánh giá bằng nhận xét."
        ),
        P(
            "Phát biểu kết luận, cô Phạm Thị Lan, Phó Hiệu trưởng nhà trường ghi nhận tinh thần chủ "
            "động của tổ chuyên môn và đề nghị các tổ tiếp tục nhân rộng mô hình sinh hoạt chuyên môn "
            "theo chuyên đề trong học kỳ II."
        ),
        _byline("Tổ Ngữ văn"),
    ],
    authors=["Tổ Ngữ văn"],
    opts={
        "dt": "2026-11-27T15:10:00",
        "mode": "vc",
        "cats": ["hoat-dong-chuyen-mon"],
        "fancy": "HOẠT ĐỘNG CHUYÊN MÔN",
        "thumb": f"{UP}/2026/11/hoi-thao-ngu-van-9a2-625x417.jpg",
    },
)

S_THAOGIANG = Story(
    id=3215,
    slug="thao-giang-chao-mung-ngay-20-11-lan-toa-nhung-tiet-hoc-hay",
    title="Thao giảng chào mừng ngày 20/11: lan tỏa những tiết học hay",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-12T10:00:00+07:00",
    summary=(
        "Hưởng ứng phong trào thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam, từ ngày 02/11 đến "
        "ngày 11/11/2026, các tổ chuyên môn Trường THCS Trần Phú đã tổ chức 24 tiết thao giảng ở "
        "tất cả các môn học."
    ),
    blocks=[
        P(
            "Hưởng ứng phong trào thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam, từ ngày 02/11 đến "
            "ngày 11/11/2026, các tổ chuyên môn Trường THCS Trần Phú đã tổ chức 24 tiết thao giảng ở "
            "tất cả các môn học.",
            "b",
        ),
        P(
            "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy học "
            "tích cực như dạy học dự án, khăn trải bàn, mảnh ghép; nhiều giáo viên ứng dụng hiệu quả "
            "học liệu số và bảng tương tác."
        ),
        P("Một số tiết dạy tiêu biểu:"),
        P("Môn | Bài dạy | Lớp | Giáo viên", "th"),
        P("Toán | Phương trình bậc nhất hai ẩn | 9A3 | Vũ Quang Huy", "tr"),
        P("Khoa học tự nhiên | Năng lượng và sự chuyển hóa năng lượng | 6A1 | Hoàng Thị Yến", "tr"),
        P("Lịch sử và Địa lí | Cách mạng tháng Tám năm 1945 | 9A1 | Vũ Thị Ngọc Ánh", "tr"),
        P("Tiếng Anh | Unit 4: Remembering the past | 9A2 | Nguyễn Thu Trang", "tr"),
        Img(f"{UP}/2026/11/thao-giang-toan-9a3-800x533.jpg",
            "Tiết thao giảng môn Toán của thầy Vũ Quang Huy tại lớp 9A3",
            "Tiết thao giảng môn Toán của thầy Vũ Quang Huy tại lớp 9A3", "cap"),
        P("Qua đợt thao giảng, Ban Giám hiệu đánh giá 18 tiết xếp loại Tốt, 6 tiết xếp loại Khá."),
        P(
            "Đây là dịp để giáo viên học hỏi, trao đổi kinh nghiệm, nâng cao chất lượng dạy học.",
            "br",
        ),
        _byline("ThS. Phạm Thị Lan – Phó Hiệu trưởng"),
    ],
    authors=["Phạm Thị Lan"],
    opts={
        "dt": "2026-11-12T10:00:00",
        "mode": "classic",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["20-11"],
        "thumb": f"{UP}/2026/11/thao-giang-toan-9a3-625x417.jpg",
    },
)

S_HSG = Story(
    id=3196,
    slug="kết-quả-thi-chọn-học-sinh-giỏi-lớp-9-cấp-xã-năm-học-2026-2027",
    title="Kết quả thi chọn học sinh giỏi lớp 9 cấp xã năm học 2026 – 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-05T16:45:00+07:00",
    blocks=[
        P(
            "Ngày 01/11/2026, UBND xã Vĩnh Tường tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp xã năm "
            "học 2026 – 2027. Trường THCS Trần Phú có 45 học sinh dự thi ở 9 môn."
        ),
        P(
            "Kết quả, nhà trường có 38/45 học sinh đạt giải (chiếm 84,4%), trong đó có 6 giải Nhất, "
            "11 giải Nhì, 12 giải Ba và 9 giải Khuyến khích; xếp thứ Nhất toàn đoàn."
        ),
        P("TT | Môn thi | Số HS dự thi | Số giải | Giải Nhất", "th"),
        P("1 | Toán | 6 | 6 | 2", "tr"),
        P("2 | Ngữ văn | 6 | 5 | 1", "tr"),
        P("3 | Tiếng Anh | 6 | 6 | 2", "tr"),
        P("4 | Khoa học tự nhiên | 9 | 7 | 1", "tr"),
        P("5 | Lịch sử và Địa lí | 6 | 5 | 0", "tr"),
        P("6 | Tin học | 4 | 3 | 0", "tr"),
        P("7 | Các môn khác | 8 | 6 | 0", "tr"),
        P(
            "Nhà trường chúc mừng các em học sinh đạt giải và các thầy cô giáo đã tận tình bồi dưỡng. "
            "Đội tuyển sẽ tiếp tục được ôn luyện để tham dự kỳ thi chọn học sinh giỏi cấp tỉnh vào "
            "tháng 3/2027."
        ),
        Img(f"{UP}/2026/11/doi-tuyen-hsg-9-2026.jpg", "Ảnh: Vũ Quang Huy", None, "line"),
        Raw("@see-also"),
    ],
    photographers=["Vũ Quang Huy"],
    opts={
        "dt": "2026-11-05T16:45:00",
        "mode": "classic",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["hoc-sinh-gioi"],
        "thumb": f"{UP}/2026/11/doi-tuyen-hsg-9-2026-625x417.jpg",
    },
)

S_NCBH = Story(
    id=3151,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-22T09:20:00+07:00",
    blocks=[
        P(
            "Thực hiện Công văn số 1315/BGDĐT-GDTrH của Bộ Giáo dục và Đào tạo hướng dẫn sinh hoạt "
            "chuyên môn thực hiện chương trình giáo dục phổ thông, ngày 21/10/2026, tổ Toán – Tin tổ "
            "chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học tại lớp 8A4."
        ),
        P(
            "Bài học được chọn nghiên cứu là “Hình thang cân” (Toán 8, tập một). Giáo viên dạy minh "
            "họa là cô Trịnh Thị Phương. Trong giờ học, các thầy cô dự giờ tập trung quan sát hoạt "
            "động học của học sinh: các em học như thế nào, gặp khó khăn ở đâu, vì sao."
        ),
        Raw('<p>[dt_gap height="10" /]</p>'),
        P(
            "“Nghiên cứu bài học không nhằm đánh giá giờ dạy của giáo viên mà để hiểu học sinh học "
            "như thế nào, từ đó điều chỉnh cách dạy cho phù hợp.”",
            "dtq",
        ),
        P(
            "Sau tiết dạy, tổ chuyên môn thảo luận, chia sẻ những điều quan sát được và cùng đề xuất "
            "điều chỉnh hoạt động hình thành kiến thức về dấu hiệu nhận biết hình thang cân."
        ),
        Img(f"{UP}/2024/10/sh-chuyen-mon-toan-8a4.jpg",
            "Giáo viên tổ Toán – Tin dự giờ, quan sát học sinh lớp 8A4",
            "Giáo viên tổ Toán – Tin dự giờ, quan sát học sinh lớp 8A4", "line"),
        P(
            "Buổi sinh hoạt diễn ra sôi nổi, cởi mở, giúp giáo viên trong tổ nâng cao năng lực quan "
            "sát, phân tích bài học và chủ động đổi mới phương pháp dạy học."
        ),
        Raw('<p>[dt_divider style="thin" /]</p>'),
        _byline("Vũ Quang Huy – Tổ trưởng tổ Toán - Tin", "em"),
    ],
    authors=["Vũ Quang Huy"],
    opts={
        "dt": "2026-10-22T09:20:00",
        "mode": "classic",
        "cats": ["hoat-dong-chuyen-mon"],
        "thumb": f"{UP}/2024/10/sh-chuyen-mon-toan-8a4-625x417.jpg",
    },
)

S_AI = Story(
    id=3118,
    slug="ung-dung-tri-tue-nhan-tao-trong-soan-giang",
    title="Ứng dụng trí tuệ nhân tạo trong soạn giảng: kinh nghiệm từ tổ Khoa học tự nhiên",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-10T20:12:00+07:00",
    summary=(
        "Việc ứng dụng các công cụ trí tuệ nhân tạo (AI) vào soạn giảng đang mở ra nhiều cơ hội "
        "nhưng cũng đặt ra không ít thách thức cho giáo viên. Tổ Khoa học tự nhiên Trường THCS Trần "
        "Phú chia sẻ một số kinh nghiệm bước đầu."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Những việc AI có thể hỗ trợ giáo viên", "h3"),
        P(
            "Từ đầu năm học 2026 – 2027, tổ Khoa học tự nhiên đã thử nghiệm sử dụng các công cụ AI để "
            "gợi ý ý tưởng hoạt động khởi động, xây dựng ngân hàng câu hỏi trắc nghiệm và thiết kế "
            "phiếu học tập theo mẫu kế hoạch bài dạy.[1]"
        ),
        P(
            "Nhờ đó, thời gian chuẩn bị một kế hoạch bài dạy giảm khoảng 30%, giáo viên có thêm thời "
            "gian tìm hiểu đối tượng học sinh.",
            "sup2",
        ),
        Img(f"{UP}/2026/10/to-khtn-ai-soan-giang.jpg",
            "Giáo viên tổ KHTN trao đổi kinh nghiệm sử dụng AI trong soạn bài",
            "Giáo viên tổ KHTN trao đổi kinh nghiệm sử dụng AI trong soạn bài", "block"),
        P("2. Những điều cần lưu ý", "h3"),
        P("Luôn kiểm tra lại tính chính xác của nội dung khoa học do AI đề xuất;", "li"),
        P("Không đưa thông tin cá nhân của học sinh lên các công cụ AI;", "li"),
        P("Hướng dẫn học sinh sử dụng AI có trách nhiệm, tránh lạm dụng khi làm bài tập.", "li"),
        P(
            "Trong thời gian tới, tổ sẽ tổ chức chuyên đề “Khai thác AI trong dạy học môn Khoa học tự "
            "nhiên” để chia sẻ rộng rãi hơn với các tổ chuyên môn trong trường."
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2020), Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 về việc "
            "xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường."
        ),
        P("UNESCO (2023), Hướng dẫn về AI tạo sinh trong giáo dục và nghiên cứu.", "note2"),
        _byline("Tác giả: Lê Văn Hùng (Tổ trưởng tổ KHTN)", "em"),
    ],
    authors=["Lê Văn Hùng"],
    opts={
        "dt": "2026-10-10T20:12:00",
        "mode": "block",
        "cats": ["hoat-dong-chuyen-mon"],
        "thumb": f"{UP}/2026/10/to-khtn-ai-soan-giang-625x417.jpg",
    },
)

S_KHNHO = Story(
    id=3180,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 – 2027",
    cat="Đội TNTP Hồ Chí Minh",
    published_at="2026-11-02T07:50:00+07:00",
    blocks=[
        P(
            "Sáng thứ Hai, ngày 02/11/2026, Liên đội Trường THCS Trần Phú tổ chức Lễ phát động phong "
            "trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa năm học 2026 – 2027 với chủ đề “Chung "
            "tay vì bạn nghèo”."
        ),
        P(
            "Theo kế hoạch, mỗi đội viên thu gom ít nhất 3kg giấy vụn và 20 vỏ chai nhựa; các chi đội "
            "nộp sản phẩm về Liên đội trước ngày 15/12/2026. Toàn bộ số tiền thu được sẽ dùng để tặng "
            "quà cho học sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Đinh Mùi 2027."
        ),
        Img(f"{UP}/2026/11/ke-hoach-nho-2026-phat-dong-1024x768.jpg",
            "Đồng chí Tổng phụ trách Đội phát động phong trào",
            "Đồng chí Tổng phụ trách Đội phát động phong trào", "lazyvc"),
        P(
            "Ngay sau lễ phát động, các chi đội 6A1, 7A3, 9A2 đã đăng ký vượt chỉ tiêu. Phong trào "
            "không chỉ giáo dục ý thức tiết kiệm, bảo vệ môi trường mà còn bồi đắp tinh thần “lá lành "
            "đùm lá rách” trong mỗi đội viên."
        ),
        Img(f"{UP}/2026/11/ke-hoach-nho-2026-chi-doi-1024x768.jpg", None, None, "lazyvc"),
        _byline("Tin: Đỗ Minh Quân - Ảnh: Lê Khánh Huyền", "em"),
    ],
    authors=["Đỗ Minh Quân"],
    photographers=["Lê Khánh Huyền"],
    opts={
        "dt": "2026-11-02T07:50:00",
        "mode": "vc",
        "cats": ["doi-tntp-ho-chi-minh", "tin-tuc"],
        "thumb": f"{UP}/2026/11/ke-hoach-nho-2026-phat-dong-625x417.jpg",
    },
)

S_CMHS = Story(
    id=3276,
    slug="thong-bao-to-chuc-hoi-nghi-cha-me-hoc-sinh-cuoi-hoc-ky-i",
    title=(
        "Thông báo về việc tổ chức Hội nghị cha mẹ học sinh cuối học kỳ I năm học "
        "2026 – 2027"
    ),
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw("@letterhead"),
        P(
            "Căn cứ Kế hoạch số 86/KH-THCS ngày 05/9/2026 của Trường THCS Trần Phú về thực hiện nhiệm "
            "vụ năm học 2026 – 2027;"
        ),
        P(
            "Trường THCS Trần Phú thông báo tổ chức Hội nghị cha mẹ học sinh cuối học kỳ I năm học "
            "2026 – 2027 như sau:"
        ),
        P("1. Thời gian: 7 giờ 30 phút, Chủ nhật, ngày 17/01/2027."),
        P("2. Địa điểm: Tại phòng học của các lớp."),
        P("3. Nội dung:"),
        P("- Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện học kỳ I của học sinh;", "br"),
        P(
            "- Trao đổi về kế hoạch giáo dục học kỳ II và công tác phối hợp giữa nhà trường với gia "
            "đình;",
            "br",
        ),
        P("- Lấy ý kiến đóng góp của cha mẹ học sinh.", "br"),
        P("Nhà trường kính mời quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ./."),
        Raw("@signature"),
        Raw("@file"),
    ],
    authors=["Nguyễn Văn Bình"],
    opts={
        "dt": "2026-12-01T07:45:00",
        "mode": "doc",
        "cats": ["thong-bao"],
        "thumb": f"{UP}/2025/08/thong-bao-625x417.png",
    },
)

S_LICHKT = Story(
    id=3295,
    slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-12-04T16:20:00+07:00",
    blocks=[
        P(
            "Cập nhật ngày 05/12/2026: điều chỉnh lịch kiểm tra môn Tin học khối 8 sang tiết 3, sáng "
            "thứ Tư ngày 16/12/2026.",
            "red",
        ),
        P(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 đối với các khối "
            "lớp như sau:"
        ),
        P("Ngày | Buổi | Khối 6, 7 | Khối 8, 9", "th"),
        P("Thứ Hai, 14/12/2026 | Sáng | Ngữ văn (90 phút) | Ngữ văn (90 phút)", "tr"),
        P("Thứ Ba, 15/12/2026 | Sáng | Toán (90 phút) | Toán (90 phút)", "tr"),
        P("Thứ Tư, 16/12/2026 | Sáng | Tiếng Anh (60 phút) | Tiếng Anh (60 phút); Tin học", "tr"),
        P(
            "Thứ Năm, 17/12/2026 | Sáng | Khoa học tự nhiên; Lịch sử và Địa lí | Khoa học tự nhiên; "
            "Lịch sử và Địa lí",
            "tr",
        ),
        P(
            "Các môn đánh giá bằng nhận xét (Giáo dục thể chất, Nghệ thuật, Hoạt động trải nghiệm – "
            "hướng nghiệp) do giáo viên bộ môn tổ chức kiểm tra trong giờ học chính khóa từ ngày "
            "07/12 đến ngày 12/12/2026."
        ),
        P(
            "Học sinh có mặt tại trường trước giờ kiểm tra 15 phút, mang theo đầy đủ đồ dùng học tập; "
            "không mang điện thoại, tài liệu vào phòng kiểm tra."
        ),
        _byline("Tổ Văn phòng"),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "dt": "2026-12-04T16:20:00",
        "modified": "2026-12-05T09:10:00",
        "mode": "classic",
        "cats": ["thong-bao"],
        "thumb": f"{UP}/2025/08/thong-bao-625x417.png",
        "fbclid": "IwZXh0bgNhZW0CMTAAAR2kQx7TnM3pZ5vY_aem_Qm8sR4uTt1nV6wXyZ0aBcD",
        "comments": [
            (61, "Lê Thị Hằng", "2026-12-04T20:37:05",
             "Cho em hỏi lịch kiểm tra nói môn Tiếng Anh có thay đổi không ạ?", 0),
            (62, "Tổ Văn phòng", "2026-12-05T07:12:44",
             "Chào chị, lịch kiểm tra nói giáo viên bộ môn sẽ thông báo trực tiếp tại lớp ạ.", 61),
        ],
    },
)

STORIES = [S_2011, S_HKPD, S_KHKT, S_DENHUNG, S_DUOINUOC, S_NGUVAN, S_THAOGIANG, S_HSG, S_NCBH,
           S_AI, S_KHNHO, S_CMHS, S_LICHKT]
BY_DATE = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)


# --- dates as the site prints them ---------------------------------------------------------------

def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def d_vn(value: str) -> str:
    return _dt(value).strftime("%d/%m/%Y")


def t_vn(value: str) -> str:
    """WordPress vi time format "g:i a": 2:30 chiều, 12:00 sáng."""
    d = _dt(value)
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def iso_local(value: str) -> str:
    return value + "+07:00"


def iso_utc(value: str) -> str:
    return (_dt(value) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


# --- article content -----------------------------------------------------------------------------

def post_path(story: Story) -> str:
    return wp_slug_path(story.slug)


def _att_id(src: str) -> int:
    return 4000 + sum(ord(c) for c in src) % 900


def _full(src: str) -> str:
    """The original upload a resized image comes from."""
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _img_tag(src: str, cls: str, w: int = 1024, h: int = 683, lazy: bool = False) -> str:
    aid = _att_id(src)
    full = _full(src)
    small = re.sub(r"(\.\w+)$", r"-300x200\1", full)
    srcset = f"{attr(full)} 1600w, {attr(small)} 300w"
    if lazy:
        return (
            f'<img decoding="async" width="{w}" height="{h}" class="lazy lazy-hidden {cls} wp-image-{aid}" '
            f'src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" '
            f'data-lazy-type="image" data-src="{attr(src)}" alt="" data-srcset="{srcset}" '
            f'sizes="(max-width: {w}px) 100vw, {w}px" /><noscript><img decoding="async" width="{w}" '
            f'height="{h}" src="{attr(src)}" class="{cls} wp-image-{aid}" alt="" /></noscript>'
        )
    return (
        f'<img decoding="async" fetchpriority="low" width="{w}" height="{h}" src="{attr(src)}" '
        f'class="{cls} wp-image-{aid}" alt="" srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px" />'
    )


def _fb_emoji(ch: str) -> str:
    code = "_".join(f"{ord(c):x}" for c in ch)
    return (
        '<span class="html-span xexx8yu x4uap5 x18d9i69 xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs '
        'x3nfvp2 x1j61x8r x1fcty0u xdj266r xat24cr xgzva0m xhhsvwb xxymvpz xlup9mm x1kky2od">'
        f'<img height="16" width="16" alt="{ch}" referrerpolicy="origin-when-cross-origin" '
        f'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t{len(code) % 9}{code[-2:]}/1/16/{code}.png">'
        "</span>"
    )


_MSO_SPAN = "<span style=\"font-size: 13.0pt; line-height: 150%; font-family: 'Times New Roman',serif;\">"


def _para(p: P, mode: str) -> str:
    """One text paragraph in the markup of its editor."""
    style = p.style
    if style == "b":
        return f"<p><strong>{tx(p.text)}</strong></p>"
    if style in ("h3", "h4"):
        cls = ' class="wp-block-heading"' if mode == "block" else ""
        return f"<{style}{cls}>{tx(p.text)}</{style}>"
    if style == "q":
        return f"<blockquote><p><em>{tx(p.text)}</em></p></blockquote>"
    if style == "nfd":
        return f"<p>{tx(p.text, nfd=True)}</p>"
    if style == "fb":
        return f'<div dir="auto" style="text-align: start;">{tx(p.text)}</div>'
    if style.startswith("fb:"):
        return f'<div dir="auto" style="text-align: start;">{_fb_emoji(style[3:])} {tx(p.text)}</div>'
    if style == "mso":
        return (
            '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: 150%;">'
            f"{_MSO_SPAN}{tx(p.text)}<o:p></o:p></span></p>"
        )
    if style == "msoli":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 54.0pt; text-align: justify; '
            'text-indent: -18.0pt; line-height: 150%; mso-list: l0 level1 lfo1;">'
            f"<!-- [if !supportLists]-->{_MSO_SPAN}<span style=\"mso-list: Ignore;\">-"
            '<span style="font: 7.0pt \'Times New Roman\';">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
            f"</span><!--[endif]-->{_MSO_SPAN}{tx(p.text)}<o:p></o:p></span></p>"
        )
    if style == "dtq":
        return (
            '<p>[dt_quote type="blockquote" font_size="normal" animation="none" background="fancy"]'
            f"{tx(p.text)}[/dt_quote]</p>"
        )
    if style == "sup2":
        return f'<p>{tx(p.text)}<sup><a href="#_ftn2" name="_ftnref2">2</a></sup></p>'
    if style == "note2":
        return f'<p><sup><a href="#_ftnref2" name="_ftn2">2</a></sup> {tx(p.text)}</p>'
    if style == "red":
        return f'<p><span style="color: #ff0000;"><em>{tx(p.text)}</em></span></p>'
    if mode == "fb":
        return f'<div dir="auto" style="text-align: start;">{tx(p.text)}</div>'
    return f"<p>{tx(p.text)}</p>"


def _table(rows: list[P], mode: str) -> str:
    cls = ' class="has-fixed-layout"' if mode == "block" else ' style="border-collapse: collapse; width: 100%;" border="1"'
    out = [f"<table{cls}><tbody>"]
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            tds = "".join(f'<td style="text-align: center;"><strong>{tx(c)}</strong></td>' for c in cells)
        else:
            tds = "".join(f"<td>{tx(c)}</td>" for c in cells)
        out.append(f"<tr>{tds}</tr>")
    out.append("</tbody></table>")
    table = "".join(out)
    return f'<figure class="wp-block-table">{table}</figure>' if mode == "block" else table


def _image(img: Img, mode: str) -> str:
    style = img.style
    src = img.src
    if style in ("vc", "lazyvc"):
        cap = f'<figcaption class="vc_figure-caption">{tx(img.printed)}</figcaption>' if img.printed else ""
        return (
            '<div class="wpb_single_image wpb_content_element vc_align_center">\n'
            '\t\t<figure class="wpb_wrapper vc_figure">\n'
            f'\t\t\t<a data-rel="prettyPhoto[rel-{_att_id(src)}]" href="{attr(_full(src))}" target="_self" '
            'class="vc_single_image-wrapper   vc_box_border_grey prettyphoto">'
            f'{_img_tag(src, "vc_single_image-img attachment-large", lazy=style == "lazyvc")}</a>{cap}\n'
            "\t\t</figure>\n\t</div>"
        )
    if style == "block":
        cap = f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>' if img.printed else ""
        return (
            f'<figure class="wp-block-image aligncenter size-large">{_img_tag(src, "")}{cap}</figure>'
        )
    if style == "cap":
        aid = _att_id(src)
        return (
            f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
            f'style="width: 800px" class="wp-caption aligncenter">{_img_tag(src, "size-large", 800, 533)}'
            f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{tx(img.printed or "")}'
            "</figcaption></figure>"
        )
    if style == "line":
        line = ""
        if img.printed:
            if mode == "word":
                line = (
                    '<p class="MsoNormal" style="text-align: center;" align="center"><i>'
                    f"{_MSO_SPAN}{tx(img.printed)}</span></i></p>"
                )
            else:
                line = f'<p style="text-align: center;"><em>{tx(img.printed)}</em></p>'
        return f'<p style="text-align: center;">{_img_tag(src, "aligncenter size-full")}</p>\n{line}'
    # plain
    return f'<p>{_img_tag(src, "alignnone size-full")}</p>'


def _gallery(imgs: list[Img], story: Story) -> str:
    out = [
        "<style type=\"text/css\">#gallery-1 { margin: auto; } #gallery-1 .gallery-item { float: left; "
        "margin-top: 10px; text-align: center; width: 33%; }</style>",
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 gallery-size-medium'>",
    ]
    for img in imgs:
        aid = _att_id(img.src)
        cap = (
            f"<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{aid}'>\n\t\t\t\t"
            f"{tx(img.printed)}\n\t\t\t\t</figcaption>"
            if img.printed
            else ""
        )
        out.append(
            "<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n\t\t\t\t"
            f"<a href='{attr(_full(img.src))}'><img width=\"300\" height=\"200\" src=\"{attr(img.src)}\" "
            f'class="attachment-medium size-medium" alt="" decoding="async" aria-describedby="gallery-1-{aid}" />'
            f"</a>\n\t\t\t</div>{cap}</figure>"
        )
    out.append("<br style='clear: both' />\n\t\t</div>")
    return "\n".join(out)


_VC_OPEN = (
    '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12">'
    '<div class="vc_column-inner"><div class="wpb_wrapper">'
)
_VC_CLOSE = "</div></div></div></div>"


def _special(key: str, story: Story) -> str:
    if key == "@fancy-headline":
        return (
            '<div class="dt-fancy-separator h3-size style-thick accent-title-color accent-border-color" '
            'style="width: 100%;"><div class="dt-fancy-title bg-on" style="background-color: #f2f6fa;">'
            f'<span class="separator-holder separator-left"></span>{tx(story.title)}'
            '<span class="separator-holder separator-right"></span></div></div>'
        )
    if key == "@col-left":
        return (
            _VC_CLOSE + '<div class="vc_row wpb_row vc_row-fluid vc_row-o-equal-height vc_row-flex">'
            '<div class="wpb_column vc_column_container vc_col-sm-6"><div class="vc_column-inner">'
            '<div class="wpb_wrapper">'
        )
    if key == "@col-right":
        return (
            '</div></div></div><div class="wpb_column vc_column_container vc_col-sm-6">'
            '<div class="vc_column-inner"><div class="wpb_wrapper">'
        )
    if key == "@col-end":
        return _VC_CLOSE + _VC_OPEN
    if key == "@see-also":
        return (
            f'<p><strong>Xem thêm:</strong> <a href="{post_path(S_KHKT)}">Chúc mừng học sinh đạt giải '
            "Cuộc thi Khoa học kỹ thuật cấp tỉnh</a></p>"
        )
    if key == "@letterhead":
        return (
            '<table style="border-collapse: collapse; width: 100%; border: none;"><tbody><tr>'
            '<td style="width: 40%; text-align: center; border: none;"><span style="font-size: 12pt;">'
            "UBND XÃ VĨNH TƯỜNG</span><br /><strong>TRƯỜNG THCS TRẦN PHÚ</strong><br />"
            "<span>Số: 215/TB-THCS</span></td>"
            '<td style="width: 60%; text-align: center; border: none;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
            "VIỆT NAM</strong><br /><strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u></strong><br />"
            "<em>Vĩnh Tường, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>\n"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
            "<strong>Về việc tổ chức Hội nghị cha mẹ học sinh cuối học kỳ I năm học 2026 &#8211; 2027"
            "</strong></p>"
        )
    if key == "@signature":
        return (
            '<table style="border-collapse: collapse; width: 100%; border: none;"><tbody><tr>'
            '<td style="width: 50%; border: none; vertical-align: top;"><strong><em>Nơi nhận:</em></strong>'
            "<br />&#8211; CMHS các lớp;<br />&#8211; GVCN các lớp;<br />&#8211; Website trường;<br />"
            "&#8211; Lưu: VT.</td>"
            '<td style="width: 50%; border: none; text-align: center; vertical-align: top;">'
            "<strong>HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
            "<strong>Nguyễn Văn Bình</strong></td></tr></tbody></table>"
        )
    if key == "@file":
        return (
            '<div data-wp-interactive="core/file" class="wp-block-file">'
            f'<object data-wp-bind--hidden="!state.hasPdfPreview" hidden class="wp-block-file__embed" '
            f'data="{UP}/2026/12/215-TB-THCS-hoi-nghi-CMHS-HKI.pdf" type="application/pdf" '
            'style="width:100%;height:600px" aria-label="Nhúng của TB hội nghị CMHS."></object>'
            f'<a id="wp-block-file--media-4511" href="{UP}/2026/12/215-TB-THCS-hoi-nghi-CMHS-HKI.pdf">'
            "215-TB-THCS hội nghị CMHS HKI</a>"
            f'<a href="{UP}/2026/12/215-TB-THCS-hoi-nghi-CMHS-HKI.pdf" class="wp-block-file__button '
            'wp-element-button" download aria-describedby="wp-block-file--media-4511">Tải xuống</a></div>'
        )
    raise KeyError(key)


def render_content(story: Story) -> str:
    """The post's ``entry-content`` as its editor left it."""
    mode = story.opts["mode"]
    out: list[str] = []
    blocks = story.blocks
    i = 0
    in_text = False

    def text_open() -> None:
        nonlocal in_text
        if mode == "vc" and not in_text:
            out.append('<div class="wpb_text_column wpb_content_element " >\n\t\t<div class="wpb_wrapper">')
            in_text = True

    def text_close() -> None:
        nonlocal in_text
        if in_text:
            out.append("\n\t\t</div>\n\t</div>")
            in_text = False

    if mode == "vc":
        out.append(_VC_OPEN)
    if mode == "fb":
        out.append('<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">')
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            tag = "ul" if b.style == "li" else "ol"
            cls = ' class="wp-block-list"' if mode == "block" else ""
            text_open()
            out.append(f"<{tag}{cls}>" + "".join(f"<li>{tx(p.text)}</li>" for p in run) + f"</{tag}>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                run.append(blocks[i])
                i += 1
            text_open()
            out.append(_table(run, mode))
            continue
        if isinstance(b, Img) and b.style == "gal":
            run = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                run.append(blocks[i])
                i += 1
            out.append(_gallery(run, story))
            continue
        i += 1
        if isinstance(b, P) and b.style == "br":
            # shift+enter in the editor: the line goes into the previous paragraph after a <br />
            assert out[-1].endswith("</p>"), story.slug
            out[-1] = out[-1][: -len("</p>")] + f"<br />\n{tx(b.text)}</p>"
        elif isinstance(b, P):
            text_open()
            out.append(_para(b, mode))
        elif isinstance(b, Img):
            text_close()
            out.append(_image(b, mode))
        elif b.html.startswith("@"):
            if b.html.startswith("@col") or b.html == "@fancy-headline":
                text_close()
            out.append(_special(b.html, story))
        else:
            text_open()
            out.append(b.html)
    text_close()
    if mode == "fb":
        out.append("</div>")
    if mode == "vc":
        out.append(_VC_CLOSE)
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------------

VER = "11.14.0.1"
MENU = [
    ("Trang chủ", "/", 25, []),
    ("Giới thiệu", "/gioi-thieu/", 27, [
        ("Giới thiệu chung", "/gioi-thieu/", 41),
        ("Ban Giám hiệu", "/gioi-thieu/#ban-giam-hieu", 42),
        ("Thư viện ảnh", "/thu-vien-anh/", 43),
    ]),
    ("Tin tức", "/category/tin-tuc/", 31, [
        ("Hoạt động chuyên môn", "/category/hoat-dong-chuyen-mon/", 32),
        ("Đội TNTP Hồ Chí Minh", "/category/doi-tntp-ho-chi-minh/", 33),
    ]),
    ("Thông báo", "/category/thong-bao/", 34, []),
    ("Văn bản", "/van-ban/", 35, []),
    ("Liên hệ", "/lien-he/", 36, []),
]


def _menu(ul_id: str, ul_class: str, current: str) -> str:
    out = [f'<ul id="{ul_id}" class="{ul_class}" role="menubar">']
    for n, (label, href, mid, subs) in enumerate(MENU):
        classes = ["menu-item", "menu-item-type-custom" if href == "/" else "menu-item-type-post_type",
                   f"menu-item-{mid}"]
        if href == current:
            classes += ["current-menu-item", "act"]
        if n == 0:
            classes.append("first")
        if subs:
            classes += ["menu-item-has-children", "has-children"]
        classes.append("depth-0")
        out.append(
            f'<li class="{" ".join(classes)}" role="presentation"><a href=\'{href}\' data-level=\'1\' '
            f'role="menuitem"><span class="menu-item-text"><span class="menu-text">{tx(label)}</span>'
            "</span></a>"
        )
        if subs:
            out.append('<ul class="sub-nav hover-style-bg level-arrows-on" role="menubar">')
            for k, (slabel, shref, smid) in enumerate(subs):
                first = " first" if k == 0 else ""
                out.append(
                    f'<li class="menu-item menu-item-type-taxonomy menu-item-{smid}{first} depth-1" '
                    f'role="presentation"><a href=\'{shref}\' data-level=\'2\' role="menuitem"><span '
                    f'class="menu-item-text"><span class="menu-text">{tx(slabel)}</span></span></a></li>'
                )
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def _head(
    request: Request,
    title: str,
    canonical: str | None,
    body_class: str,
    description: str | None = None,
    og_type: str = "website",
    extra: str = "",
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
) -> str:
    host = base_url(request)
    canon = f'<link rel="canonical" href="{host}{canonical}" />\n' if canonical else ""
    desc = (
        f'<meta name="description" content="{attr(description)}" />\n'
        f'<meta property="og:description" content="{attr(description)}" />\n'
        if description
        else ""
    )
    og_url = f'<meta property="og:url" content="{host}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<!--[if !(IE 6) | !(IE 7) | !(IE 8)  ]><!-->
<html lang="vi" class="no-js">
<!--<![endif]-->
<head>
	<meta charset="UTF-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0">
		<meta name="theme-color" content="#1e73be"/>	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta name='robots' content='{robots}' />

	<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{tx(title)}</title>
{desc}{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{attr(title)}" />
{og_url}<meta property="og:site_name" content="{SITE}" />
{extra}	<!-- / Yoast SEO plugin. -->

<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{host}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{host}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='js_composer_front-css' href='/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.8' type='text/css' media='all' />
<link rel='stylesheet' id='the7-font-css' href='/wp-content/themes/dt-the7/fonts/icomoon-the7-font/icomoon-the7-font.min.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='dt-main-css' href='/wp-content/themes/dt-the7/css/main.min.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='dt-custom-css' href='/wp-content/uploads/the7-css/custom.css?ver=8c5f0e2a1b7d' type='text/css' media='all' />
<link rel='stylesheet' id='wp-polls-css' href='/wp-content/plugins/wp-polls/polls-css.css?ver=2.77.2' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" id="dt-above-fold-js-extra">
/* <![CDATA[ */
var dtLocal = {{"themeUrl":"\\/wp-content\\/themes\\/dt-the7","passText":"\\u0110\\u1ec3 xem b\\u00e0i vi\\u1ebft \\u0111\\u01b0\\u1ee3c b\\u1ea3o v\\u1ec7 b\\u1eb1ng m\\u1eadt kh\\u1ea9u, vui l\\u00f2ng nh\\u1eadp m\\u1eadt kh\\u1ea9u:","moreButtonText":{{"loading":"\\u0110ang t\\u1ea3i...","loadMore":"Xem th\\u00eam"}},"postID":"0","ajaxurl":"\\/wp-admin\\/admin-ajax.php","REST":{{"baseUrl":"\\/wp-json\\/the7\\/v1","endpoints":{{"sendMail":"\\/send-mail"}}}},"contactMessages":{{"required":"M\\u1ed9t ho\\u1eb7c nhi\\u1ec1u tr\\u01b0\\u1eddng c\\u00f3 l\\u1ed7i."}},"pageData":"","themeSettings":{{"smoothScroll":"off","lazyLoading":false,"desktopHeader":{{"height":100}},"sidebar":{{"switchPoint":990}}}},"VCMobileScreenWidth":"768"}};
/* ]]> */
</script>
<script type="text/javascript" src="/wp-content/themes/dt-the7/js/above-the-fold.min.js?ver={VER}" id="dt-above-fold-js"></script>
<link rel="https://api.w.org/" href="{host}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{host}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<link rel="icon" href="/wp-content/uploads/2023/08/cropped-logo-tran-phu-32x32.png" sizes="32x32" />
<noscript><style> .wpb_animate_when_almost_visible {{ opacity: 1; }}</style></noscript><style id='the7-custom-inline-css' type='text/css'>
.sub-nav .menu-item i.fa,.sub-nav .menu-item i.fas,.sub-nav .menu-item i.far{{display:none}}
#main .tt-thongbao{{border-left:3px solid #d4242a;padding-left:10px}}
</style>
</head>
<body id="the7-body" class="{body_class} wp-embed-responsive the7-core-ver-2.7.10 dt-responsive-on right-mobile-menu-close-icon ouside-menu-close-icon mobile-hamburger-close-bg-enable mobile-hamburger-close-bg-hover-enable fade-medium-mobile-menu-close-icon fade-medium-menu-close-icon srcset-enabled btn-flat custom-btn-color custom-btn-hover-color phantom-sticky phantom-shadow-decoration phantom-main-logo-on sticky-mobile-header top-header first-switch-logo-left first-switch-menu-right second-switch-logo-left second-switch-menu-right right-mobile-menu layzr-loading-on popup-message-style the7-ver-{VER} dt-fa-compatibility wpb-js-composer js-comp-ver-7.8 vc_responsive">
<!-- The7 {VER} -->
"""


def _header(current: str) -> str:
    return f"""
<div id="page" >
	<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>

<div class="masthead inline-header right widgets full-height shadow-decoration shadow-mobile-header-decoration small-mobile-menu-icon dt-parent-menu-clickable show-sub-menu-on-hover show-device-logo show-mobile-logo"  role="banner">

	<div class="top-bar full-width-line top-bar-line-hide">
	<div class="top-bar-bg" ></div>
	<div class="left-widgets mini-widgets"><span class="mini-contacts clock show-on-desktop in-top-bar-left in-menu-second-switch"><i class="fa-fw icomoon-the7-font-the7-clock-01"></i>{TODAY_LINE}</span><span class="mini-contacts phone show-on-desktop in-top-bar-left in-menu-second-switch"><i class="fa-fw the7-mw-icon-phone-bold"></i>0211 3838 456</span><span class="mini-contacts email show-on-desktop near-logo-first-switch in-menu-second-switch"><i class="fa-fw the7-mw-icon-mail-bold"></i>c2tranphu.vinhtuong@phutho.edu.vn</span></div><div class="right-widgets mini-widgets"><div class="soc-ico show-on-desktop in-top-bar-right in-menu-second-switch custom-bg disabled-border border-off hover-accent-bg hover-disabled-border  hover-border-off"><a title="Facebook page opens in new window" href="https://www.facebook.com/thcstranphuvinhtuong" target="_blank" class="facebook"><span class="soc-font-icon"></span><span class="screen-reader-text">Facebook page opens in new window</span></a><a title="YouTube page opens in new window" href="https://www.youtube.com/@thcstranphu" target="_blank" class="you-tube"><span class="soc-font-icon"></span><span class="screen-reader-text">YouTube page opens in new window</span></a></div></div></div>

	<header class="header-bar" role="navigation">

		<div class="branding">
	<div id="site-title" class="assistive-text">{SITE}</div>
	<div id="site-description" class="assistive-text">Xã Vĩnh Tường &#8211; tỉnh Phú Thọ</div>
	<a class="same-logo" href="/"><img class=" preload-me" src="/wp-content/uploads/2023/08/logo-tran-phu-header.png" srcset="/wp-content/uploads/2023/08/logo-tran-phu-header.png 380w, /wp-content/uploads/2023/08/logo-tran-phu-header-hd.png 760w" width="380" height="80"   sizes="380px" alt="{SITE}" /></a></div>

		{_menu("primary-menu", "main-nav underline-decoration l-to-r-line outside-item-remove-margin", current)}

		<div class="mini-widgets"><div class="mini-search show-on-desktop near-logo-first-switch near-logo-second-switch popup-search custom-icon"><form class="searchform mini-widget-searchform" role="search" method="get" action="/">

	<div class="screen-reader-text">Tìm kiếm:</div>

		<a href="" class="submit text-disable"><i class=" mw-icon the7-mw-icon-search-bold"></i></a>
		<div class="popup-search-wrap">
			<input type="text" class="field searchform-s" name="s" value="" placeholder="Nhập từ khóa …" title="Search form"/>
			<a href="" class="search-icon"><i class="the7-mw-icon-search-bold"></i></a>
		</div>

	<input type="submit" class="assistive-text searchsubmit" value="Go!"/>
</form>
</div></div>
	</header>

</div>
<div role="navigation" class="dt-mobile-header mobile-menu-show-divider">
	<div class="dt-close-mobile-menu-icon"><div class="close-line-wrap"><span class="close-line"></span><span class="close-line"></span><span class="close-line"></span></div></div>	{_menu("mobile-menu", "mobile-main-nav", current)}
	<div class='mobile-mini-widgets-in-menu'></div>
</div>
"""


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    items = []
    for pos, (label, href) in enumerate(trail, 1):
        if href:
            items.append(
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" title="{attr(label)}"><span itemprop="name">{tx(label)}'
                f'</span></a><meta itemprop="position" content="{pos}" /></li>'
            )
        else:
            items.append(
                f'<li class="current" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<span itemprop="name">{tx(label)}</span><meta itemprop="position" content="{pos}" /></li>'
            )
    return (
        '<div class="assistive-text">Bạn đang ở đây:</div><ol class="breadcrumbs text-small" itemscope '
        f'itemtype="https://schema.org/BreadcrumbList">{"".join(items)}</ol>'
    )


def _title_area(h1: str, trail: list[tuple[str, str | None]]) -> str:
    return f"""
<div class="page-title title-left solid-bg breadcrumbs-mobile-off page-title-responsive-enabled">
			<div class="wf-wrap">

				<div class="page-title-head hgroup"><h1 class="entry-title">{tx(h1)}</h1></div><div class="page-title-breadcrumbs">{_crumbs(trail)}</div>			</div>
		</div>
"""


def _fancy_header(h1: str, subtitle: str | None, trail: list[tuple[str, str | None]]) -> str:
    sub = f'<h2 class="fancy-subtitle h5-size"><span>{tx(subtitle)}</span></h2>' if subtitle else ""
    return f"""
<header id="fancy-header" class="fancy-header breadcrumbs-mobile-off title-left" style="background-color: #1e73be; background-size: cover; background-repeat: no-repeat; background-image: url(/wp-content/uploads/2023/08/fancy-bg-truong.jpg); background-position: center center; min-height: 220px" >
<div class="wf-wrap"><div class="fancy-title-head hgroup"><h1 class="fancy-title entry-title" style="color: #ffffff;"><span>{tx(h1)}</span></h1>{sub}</div><div class="breadcrumbs-wrap">{_crumbs(trail)}</div></div>

</header>
"""


def _mini_post(s: Story, with_img: bool = True) -> str:
    img = (
        f'<div class="mini-post-img"><a class="alignleft post-rollover layzr-bg" href="{post_path(s)}" '
        f'aria-label="Post image"><img class="preload-me lazy-load aspect" src="data:image/svg+xml,%3Csvg%20'
        f'xmlns%3D&#39;http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg&#39;%20viewBox%3D&#39;0%200%2060%2060&#39;%2F%3E" '
        f'data-src="{s.opts["thumb"].replace("-625x417", "-60x60")}" loading="eager" style="--ratio: 60 / 60" '
        'sizes="60px" width="60" height="60"  alt="" /></a></div>'
        if with_img
        else ""
    )
    return (
        f'<li><article class="post-format-standard">{img}<div class="post-content">'
        f'<a href="{post_path(s)}">{tx(s.title)}</a><br /><time class="text-secondary" '
        f'datetime="{iso_local(s.opts["dt"])}">{d_vn(s.opts["dt"])}</time></div></article></li>'
    )


def _sidebar() -> str:
    recent = "".join(_mini_post(s) for s in BY_DATE[:5])
    popular = "".join(
        f'<li class=""><a href="{post_path(s)}" title="{attr(s.title)}" class="wpp-post-title" '
        f'target="_self">{tx(s.title)}</a> <span class="wpp-meta post-stats"><span class="wpp-views">'
        f"{v} lượt xem</span></span></li>"
        for s, v in ((S_2011, "1.406"), (S_HSG, "1.172"), (S_NGUVAN, "865"), (S_HKPD, "712"))
    )
    return f"""
			<aside id="sidebar" class="sidebar">
				<div class="sidebar-content widget-divider-off">
					<section id="search-2" class="widget widget_search"><form class="searchform" role="search" method="get" action="/">
    <label for="the7-search" class="screen-reader-text">Tìm kiếm:</label>
    <input type="text" id="the7-search" class="field searchform-s" name="s" value="" placeholder="Nhập từ khóa …" />
    <input type="submit" class="assistive-text searchsubmit" value="Go!" />
    <a href="" class="submit"><svg version="1.1" xmlns="http://www.w3.org/2000/svg" x="0px" y="0px" viewBox="0 0 16 16" style="enable-background:new 0 0 16 16;" xml:space="preserve"><path d="M11.7,10.3c2.1-2.9,1.5-7-1.4-9.1s-7-1.5-9.1,1.4s-1.5,7,1.4,9.1c2.3,1.7,5.4,1.7,7.7,0h0c0,0,0.1,0.1,0.1,0.1l3.8,3.8c0.4,0.4,1,0.4,1.4,0s0.4-1,0-1.4L11.7,10.3C11.8,10.4,11.8,10.3,11.7,10.3L11.7,10.3z M12,6.5c0,3-2.5,5.5-5.5,5.5S1,9.5,1,6.5S3.5,1,6.5,1S12,3.5,12,6.5z"/></svg></a>
</form>
</section><section id="custom_html-3" class="widget_text widget widget_custom_html"><div class="widget-title">Thông báo</div><div class="textwidget custom-html-widget"><div class="tt-thongbao" id="tb_0412"><p><strong>Lịch trực Ban Giám hiệu tuần 14</strong> (07/12 &#8211; 12/12/2026): Thứ 2, 4, 6: thầy Nguyễn Văn Bình; Thứ 3, 5, 7: cô Phạm Thị Lan.</p></div></div></section><section id="presscore-blog-posts-2" class="widget widget_presscore-blog-posts"><div class="widget-title">Bài viết mới</div><ul class="recent-posts round-images">{recent}</ul></section><section id="wpp-2" class="widget popular-posts"><div class="widget-title">Xem nhiều</div><ul class="wpp-list">{popular}</ul></section><section id="custom_html-5" class="widget_text widget widget_custom_html"><div class="widget-title">Liên kết website</div><div class="textwidget custom-html-widget"><select onchange="if(this.value)window.open(this.value)" style="width:100%"><option value="">&#8212; Chọn liên kết &#8212;</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://phutho.edu.vn">Sở GD&amp;ĐT Phú Thọ</option><option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option><option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option></select><p><a href="https://vnedu.vn" target="_blank" rel="noopener"><img src="/wp-content/uploads/2023/08/banner-vnedu.png" alt="Sổ liên lạc điện tử" width="300" height="80" /></a></p></div></section><section id="polls-widget-2" class="widget widget_polls-widget"><div class="widget-title">Thăm dò ý kiến</div><div id="polls-3" class="wp-polls">
	<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
		<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5c0d4e9a21" /></p>
		<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
		<p style="text-align: center;"><strong>Bạn thấy website nhà trường thế nào?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
		<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Rất hữu ích</label></li>
		<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Hữu ích</label></li>
		<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Cần cải thiện</label></li>
		</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div>
	</form>
</div>
</section><section id="custom_html-7" class="widget_text widget widget_custom_html"><div class="widget-title">Thống kê truy cập</div><div class="textwidget custom-html-widget"><table id="tk_truycap" style="width:100%"><tr><td><i class="fa fa-user"></i> Đang online:</td><td align="right"><b>17</b></td></tr><tr><td><i class="fa fa-calendar"></i> Hôm nay:</td><td align="right"><b>386</b></td></tr><tr><td><i class="fa fa-bar-chart"></i> Tổng truy cập:</td><td align="right"><b>1.284.903</b></td></tr></table></div></section>				</div>
			</aside><!-- #sidebar -->
"""


def _footer() -> str:
    return f"""
		</div><!-- .wf-container -->
	</div><!-- .wf-wrap -->
</div><!-- #main -->

	<footer id="footer" class="footer solid-bg"  role="contentinfo">
<div class="wf-wrap">
	<div class="wf-container-footer">
		<div class="wf-container">
			<section id="text-2" class="widget widget_text wf-cell wf-1-3"><div class="widget-title">{SITE.upper()}</div>			<div class="textwidget"><p><i class="fa fa-map-marker"></i> Địa chỉ: Thôn Phú Hậu, xã Vĩnh Tường, tỉnh Phú Thọ<br />
<i class="fa fa-phone"></i> Điện thoại: 0211 3838 456<br />
<i class="fa fa-envelope"></i> Email: <a href="mailto:c2tranphu.vinhtuong@phutho.edu.vn">c2tranphu.vinhtuong@phutho.edu.vn</a></p>
</div>
		</section><section id="text-3" class="widget widget_text wf-cell wf-1-3"><div class="widget-title">Chịu trách nhiệm nội dung</div>			<div class="textwidget"><p>Thầy Nguyễn Văn Bình &#8211; Hiệu trưởng</p>
<p>Website hoạt động theo Thông tư số 42/2022/TT-BGDĐT về cổng thông tin điện tử trường học.</p>
</div>
		</section><section id="custom_html-9" class="widget_text widget widget_custom_html wf-cell wf-1-3"><div class="widget-title">Bản đồ</div><div class="textwidget custom-html-widget"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3719.2!2d105.49!3d21.24" width="100%" height="180" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div></section>		</div><!-- .wf-container -->
	</div><!-- .wf-container-footer -->
</div><!-- .wf-wrap -->

<!-- !Bottom-bar -->
<div id="bottom-bar" class="logo-left" role="contentinfo">
    <div class="wf-wrap">
        <div class="wf-container-bottom">
			<div class="wf-float-left">
				Bản quyền &copy; 2026 {SITE} &#8211; xã Vĩnh Tường. Thiết kế bởi <a href="https://webphutho.vn" target="_blank">WebPhuTho</a>
			</div>
            <div class="wf-float-right">
				<div class="bottom-text-block"><p>Đang online: 17 | Hôm nay: 386 | Tổng: 1.284.903</p></div>
            </div>
        </div><!-- .wf-container-bottom -->
    </div><!-- .wf-wrap -->
</div><!-- #bottom-bar -->
</footer><!-- #footer -->
<a href="#" class="scroll-top"><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" viewBox="0 0 16 16" style="enable-background:new 0 0 16 16;" xml:space="preserve"><path d="M11.7,6.3l-3-3C8.5,3.1,8.3,3,8,3c0,0,0,0,0,0C7.7,3,7.5,3.1,7.3,3.3l-3,3c-0.4,0.4-0.4,1,0,1.4c0.4,0.4,1,0.4,1.4,0L7,6.4V12c0,0.6,0.4,1,1,1s1-0.4,1-1V6.4l1.3,1.3c0.4,0.4,1,0.4,1.4,0C11.9,7.5,12,7.3,12,7S11.9,6.5,11.7,6.3z"/></svg><span class="screen-reader-text">Lên đầu trang</span></a>

</div><!-- #page -->

<script type="text/javascript" src="/wp-content/themes/dt-the7/js/main.min.js?ver={VER}" id="dt-main-js"></script>
<script type="text/javascript" src="/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.7.3" id="jquery-lazyloadxt-js"></script>
<script type="text/javascript" src="/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=7.8" id="wpb_composer_front_js-js"></script>
</body>
</html>
"""


def _main_open(sidebar: bool = True) -> str:
    cls = "sidebar-right sidebar-divider-vertical" if sidebar else "sidebar-none sidebar-divider-off"
    return f"""
<div id="main" class="{cls}"  >

	<div class="main-gradient"></div>
	<div class="wf-wrap">
	<div class="wf-container-main">

	<div id="content" class="content" role="main">
"""


def _page(request: Request, head: str, title_area: str, content: str, current: str, sidebar: bool = True) -> str:
    return (
        head + _header(current) + title_area + _main_open(sidebar) + content
        + "\n\t</div><!-- #content -->\n" + (_sidebar() if sidebar else "") + _footer()
    )


# --- single post ------------------------------------------------------------------------------------

def _cat_links(story: Story) -> str:
    return ", ".join(
        f'<a href="/category/{c}/" >{tx(CATS[c][0])}</a>' for c in story.opts["cats"]
    )


def _excerpt(story: Story, words: int = 28) -> str:
    """WordPress's automatic excerpt: the content's text, tags stripped, first words."""
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", render_content(story), flags=re.S)
    raw = re.sub(r"<[^>]+>", " ", raw)
    text_ = unicodedata.normalize("NFC", _html.unescape(raw))
    parts = text_.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _related(story: Story) -> list[Story]:
    cats = set(story.opts["cats"])
    return [s for s in BY_DATE if s is not story and cats & set(s.opts["cats"])][:3]


def _comments(story: Story, reply_to: int | None) -> str:
    comments = story.opts.get("comments", [])
    path = post_path(story)
    out = ['<div id="comments" class="comments-area">']
    if comments:
        out.append(f'<div class="comment-title"><h3>{len(comments)} bình luận</h3></div><ol class="comment-list">')
        children: dict[int, list] = {}
        for c in comments:
            children.setdefault(c[4], []).append(c)

        def one(c: tuple, depth: int) -> str:
            cid, who, when, body, _parent = c
            d = _dt(when)
            stamp = f"{d.strftime('%d/%m/%Y')} lúc {t_vn(when)}"
            kids = children.get(cid, [])
            kid_html = (
                '<ol class="children">' + "".join(one(k, depth + 1) for k in kids) + "</ol>" if kids else ""
            )
            return (
                f'<li class="comment even thread-even depth-{depth}" id="li-comment-{cid}">\n'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
                '<div class="comment-author vcard"><img alt=\'\' src=\'https://secure.gravatar.com/avatar/'
                f'{cid:032x}?s=60&#038;d=mm&#038;r=g\' class=\'avatar avatar-60 photo\' height=\'60\' '
                f"width='60' loading='lazy' decoding='async'/><b class=\"fn\">{tx(who)}</b> "
                '<span class="says">viết:</span></div><div class="comment-metadata">'
                f'<a href="{path}#comment-{cid}"><time datetime="{iso_local(when)}">{stamp}</time></a>'
                f'</div></footer><div class="comment-content"><p>{tx(body)}</p></div>'
                f"<div class=\"reply\"><a rel='nofollow' class='comment-reply-link' "
                f"href='{path}?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"{story.id}\" "
                f'data-belowelement="div-comment-{cid}" data-respondelement="respond" '
                f'data-replyto="Trả lời {attr(who)}" aria-label=\'Trả lời {attr(who)}\'>Trả lời</a></div>'
                f"</article>{kid_html}</li>"
            )

        out.extend(one(c, 1) for c in children.get(0, []))
        out.append("</ol>")
    replied = next((c for c in comments if c[0] == reply_to), None)
    heading = f"Trả lời {tx(replied[1])}" if replied else "Để lại một bình luận"
    cancel_style = "" if replied else ' style="display:none;"'
    out.append(
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        f'{heading} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond"'
        f"{cancel_style}>Hủy</a></small></h3>"
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.'
        '</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu '
        '<span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">'
        'Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" '
        'rows="8" maxlength="65525" required></textarea></p><div class="form-fields"><span class="comment-form-author">'
        '<label class="assistive-text" for="author">Tên &#42;</label><input id="author" name="author" '
        'type="text" placeholder="Tên&#42;" value="" size="30" aria-required=\'true\' /></span>'
        '<span class="comment-form-email"><label class="assistive-text" for="email">Email &#42;</label>'
        '<input id="email" name="email" type="text" placeholder="Email&#42;" value="" size="30" '
        "aria-required='true' /></span></div><p class=\"form-submit\"><a href=\"#\" class=\"dt-btn "
        'dt-btn-m">Gửi bình luận</a><input name="submit" type="submit" id="submit" class="submit" '
        f'value="Gửi bình luận" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'{story.id}\' '
        f"id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' "
        f"value='{reply_to if replied else 0}' /></p></form></div></div>"
    )
    return "\n".join(out)


def _jsonld(request: Request, story: Story) -> str:
    host = base_url(request)
    url = host + post_path(story)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {"name": "quantri", "@id": host + "/#/schema/person/5b2f0c"},
                "headline": story.title,
                "datePublished": iso_utc(story.opts["dt"]),
                "dateModified": iso_utc(story.opts.get("modified", story.opts["dt"])),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": host + "/#organization"},
                "articleSection": [CATS[c][0] for c in story.opts["cats"]],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": host + "/"},
                    {"@type": "ListItem", "position": 2, "name": story.title},
                ],
            },
        ],
    }
    return (
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(graph, ensure_ascii=False)
        + "</script>\n"
    )


def single(request: Request, story: Story, reply_to: int | None = None) -> Response:
    path = post_path(story)
    host = base_url(request)
    dt = story.opts["dt"]
    cats = story.opts["cats"]
    primary = CATS[cats[0]][0]
    first_img = story.images[0].src if story.images else story.opts["thumb"]
    extra = (
        f'<meta property="article:publisher" content="https://www.facebook.com/thcstranphuvinhtuong" />\n'
        f'<meta property="article:published_time" content="{iso_utc(dt)}" />\n'
        f'<meta property="article:modified_time" content="{iso_utc(story.opts.get("modified", dt))}" />\n'
        f'<meta property="og:image" content="{host}{first_img}" />\n'
        '<meta name="author" content="quantri" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        '<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="quantri" />\n'
        '<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="3 phút" />\n'
        + _jsonld(request, story)
        + f"<link rel='shortlink' href='{host}/?p={story.id}' />\n"
    )
    robots = "noindex, follow" if reply_to else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    head = _head(
        request,
        f"{story.title} – {SITE}",
        path,
        f"single single-post postid-{story.id} single-format-standard "
        + ("fancy-header-on" if "fancy" in story.opts or story.sapo_outside else "title-off"),
        description=_excerpt(story, 24),
        og_type="article",
        extra=extra,
        robots=robots,
    )
    trail = [("Trang chủ", "/"), (primary, f"/category/{cats[0]}/"), (story.title, None)]
    if "fancy" in story.opts:
        title_area = _fancy_header(story.opts["fancy"], None, trail)
    elif story.sapo_outside:
        title_area = _fancy_header(story.title, story.summary, trail)
    else:
        title_area = _title_area(story.title, trail)
    tags = story.opts.get("tags", [])
    tag_html = (
        '<div class="post-meta wf-mobile-collapsed"><div class="entry-tags">Thẻ:&nbsp;'
        + "".join(f'<a href="/tag/{t}/" rel="tag">{tx(TAGS[t])}</a>' for t in tags)
        + "</div></div>"
        if tags
        else ""
    )
    n_comments = len(story.opts.get("comments", []))
    comment_link = (
        f'<a href="{path}#comments" class="comment-link" >{n_comments} bình luận</a>'
        if n_comments
        else f'<a href="{path}#respond" class="comment-link" >Để lại bình luận</a>'
    )
    share_u = quote(host + path, safe="")
    related = "".join(
        f'<div class=" related-item"><article class="post-format-standard">'
        f'<div class="mini-post-img"><a class="alignleft post-rollover layzr-bg" href="{post_path(r)}" '
        f'aria-label="Post image"><img class="preload-me lazy-load aspect" src="data:image/svg+xml,%3Csvg'
        f'%20xmlns%3D&#39;http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg&#39;%20viewBox%3D&#39;0%200%20110%2080&#39;'
        f'%2F%3E" data-src="{r.opts["thumb"].replace("-625x417", "-110x80")}" loading="eager" '
        f'style="--ratio: 110 / 80" sizes="110px" width="110" height="80"  alt="" /></a></div>'
        f'<div class="post-content"><a href="{post_path(r)}">{tx(r.title)}</a><br /><time '
        f'class="text-secondary" datetime="{iso_local(r.opts["dt"])}">{d_vn(r.opts["dt"])}</time></div>'
        "</article></div>"
        for r in _related(story)
    )
    cat_classes = " ".join(f"category-{c} category-{CATS[c][1]}" for c in cats)
    tag_classes = " ".join(f"tag-{t}" for t in tags)
    content = f"""
			<article id="post-{story.id}" class="single-postlike vertical-fancy-style post-{story.id} post type-post status-publish format-standard has-post-thumbnail {cat_classes} {tag_classes} description-off">

<div class="post-meta wf-mobile-collapsed"><div class="entry-meta"><span class="category-link">Danh mục:&nbsp;{_cat_links(story)}</span><a href="{path}" title="{t_vn(dt)}" class="data-link" rel="bookmark"><time class="entry-date updated" datetime="{iso_local(dt)}">{d_vn(dt)}</time></a>{comment_link}</div></div><div class="entry-content">{render_content(story)}</div>{tag_html}<div class="single-share-box">
	<div class="share-link-description"><span class="share-link-icon"><svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M11 2.5a2.5 2.5 0 1 1 .603 1.628l-6.718 3.12a2.499 2.499 0 0 1 0 1.504l6.718 3.12a2.5 2.5 0 1 1-.488.876l-6.718-3.12a2.5 2.5 0 1 1 0-3.256l6.718-3.12A2.5 2.5 0 0 1 11 2.5z"/></svg></span>Chia sẻ bài viết này</div>
	<div class="share-buttons">
		<a class="facebook" href="https://www.facebook.com/sharer.php?u={share_u}&#038;t={quote(story.title, safe="")}" title="Facebook" target="_blank" ><span class="soc-font-icon"></span><span class="social-text">Chia sẻ Facebook</span><span class="screen-reader-text">Share on Facebook</span></a>
		<a class="twitter" href="https://twitter.com/share?url={share_u}&#038;text={quote(story.title, safe="")}" title="X" target="_blank" ><span class="soc-font-icon"></span><span class="social-text">Tweet</span><span class="screen-reader-text">Share on X</span></a>
		<a class="mail" href="mailto:?subject={quote(story.title, safe="")}&#038;body={share_u}" title="Mail" target="_top" ><span class="soc-font-icon"></span><span class="social-text">Gửi email</span></a>
		<a class="print" href="{path}print/" title="In bài viết" rel="nofollow"><span class="soc-font-icon"></span><span class="social-text">In bài viết</span></a>
	</div>
</div>
<div class="entry-author wf-table"><div class="wf-td entry-author-img"><img alt='' src='https://secure.gravatar.com/avatar/3f7a0b5c2d9e41f6a8b7c6d5e4f3a2b1?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' decoding='async'/></div><div class="wf-td entry-author-info"><p class="h5-size">Quản trị viên</p><p class="text-normal">Ban biên tập website {SITE}</p></div></div><div class="single-related-posts"><h3>Bài viết liên quan</h3><section class="items-grid">{related}</section></div>
</article>
{_comments(story, reply_to)}
"""
    current = "/category/" + cats[0] + "/"
    return html(_page(request, head, title_area, content, current))


def print_view(request: Request, story: Story) -> Response:
    host = base_url(request)
    dt = _dt(story.opts["dt"])
    sub = f'<p id="BlogSubtitle"><strong>{tx(story.summary)}</strong></p>' if story.sapo_outside else ""
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<title>{tx(story.title)} | {SITE}</title>
	<meta name="Robots" content="noindex, nofollow" />
	<meta charset="UTF-8" />
	<link rel="stylesheet" href="/wp-content/plugins/wp-print/print-css.css?ver=2.58" type="text/css" media="screen, print" />
</head>
<body>
<main role="main" class="center">
	<div id="Outline">
		<p style="text-align: center;"><strong>- {SITE} - {host} -</strong></p>
		<div class="center"><img src="/wp-content/uploads/2023/08/logo-tran-phu-header.png" alt="{SITE}" /></div>
		<hr class="Divider" style="text-align: center;" />
		<p id="BlogTitle">{tx(story.title)}</p>
		<p id="BlogDate">Đăng bởi <u>quantri</u> vào lúc {dt.strftime("%d/%m/%Y")} @ {dt.strftime("%H:%M")} trong chuyên mục {tx(CATS[story.opts["cats"][0]][0])}</p>
		{sub}
		<div id="BlogContent">{render_content(story)}</div>
		<hr class="Divider" style="text-align: center;" />
		<p>URL bài viết: <strong dir="ltr">{host}{post_path(story)}</strong></p>
		<p style="text-align: center;">Bản quyền &copy; 2026 {SITE}. Bảo lưu mọi quyền.</p>
	</div>
</main>
</body>
</html>
"""
    return html(page)


# --- listings --------------------------------------------------------------------------------------

_MONTHS = ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"]


def _list_item(s: Story, n: int) -> str:
    dt = s.opts["dt"]
    d = _dt(dt)
    path = post_path(s)
    parity = "odd" if n % 2 else "even"
    cat_classes = " ".join(f"category-{c}" for c in s.opts["cats"])
    return f"""
<article class="post project-{parity} visible post-{s.id} type-post status-publish format-standard has-post-thumbnail hentry {cat_classes} description-off" data-name="{attr(s.title)}" data-date="{iso_local(dt)}">

<div class="post-thumbnail-wrap">
	<div class="post-thumbnail">

		<div class="fancy-date"><a title="{t_vn(dt)}" href="{path}"><span class="entry-month">{_MONTHS[d.month - 1]}</span><span class="entry-date updated">{d.day}</span><span class="entry-year">{d.year}</span></a></div>
		<a href="{path}" class="post-thumbnail-rollover layzr-bg" aria-label="Post image"><img class="preload-me lazy-load aspect" src="data:image/svg+xml,%3Csvg%20xmlns%3D&#39;http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg&#39;%20viewBox%3D&#39;0%200%20625%20417&#39;%2F%3E" data-src="{s.opts["thumb"]}" data-srcset="{s.opts["thumb"]} 625w, {s.opts["thumb"].replace("-625x417", "-1250x834")} 1250w" loading="eager" style="--ratio: 625 / 417" sizes="(max-width: 625px) 100vw, 625px" alt="" title="{attr(s.slug[:40])}" width="625" height="417"  /></a>
	</div>
</div>

<div class="post-entry-content">

	<h3 class="entry-title">
		<a href="{path}" title="{attr(s.title)}" rel="bookmark">{tx(s.title)}</a>
	</h3>

	<div class="entry-meta"><span class="category-link">{_cat_links(s)}</span><a href="{path}" title="{t_vn(dt)}" class="data-link" rel="bookmark"><time class="entry-date updated" datetime="{iso_local(dt)}">{d_vn(dt)}</time></a></div>
	<div class="entry-excerpt"><p>{tx(_excerpt(s))}</p>
</div>
	<a href="{path}" class="post-details details-type-link" aria-label="Đọc thêm về {attr(s.title)}">Xem chi tiết<i class="dt-icon-the7-arrow-03" aria-hidden="true"></i></a>
</div>
</article>
"""


def _paginator(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    out = ['<div class="paginator" role="navigation">']
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        out.append(f'<a href="{prev}" class="page-numbers nav-prev filter-item" data-page-num="{page - 1}" >'
                   '<i class="dt-icon-the7-arrow-35-1" aria-hidden="true"></i></a>')
    else:
        out.append('<span class="nav-prev disabled"><i class="dt-icon-the7-arrow-35-1" aria-hidden="true"></i></span>')
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page/{n}/"
        act = "act" if n == page else ""
        out.append(f'<a href="{href}" class="page-numbers {act}" data-page-num="{n}">{n}</a>')
    if page < pages:
        out.append(f'<a href="{base}page/{page + 1}/" class="page-numbers nav-next filter-item" '
                   f'data-page-num="{page + 1}" ><i class="dt-icon-the7-arrow-35-2" aria-hidden="true"></i></a>')
    else:
        out.append('<span class="nav-next disabled"><i class="dt-icon-the7-arrow-35-2" aria-hidden="true"></i></span>')
    out.append("</div>")
    return "".join(out)


def archive(request: Request, kind: str, slug: str, page: int) -> Response | None:
    if kind == "category":
        name = CATS[slug][0]
        posts = [s for s in BY_DATE if slug in s.opts["cats"]]
        h1 = f"Danh mục: {name}"
        body_class = f"archive category category-{slug} category-{CATS[slug][1]}"
    else:
        name = TAGS[slug]
        posts = [s for s in BY_DATE if slug in s.opts.get("tags", [])]
        h1 = f"Thẻ: {name}"
        body_class = f"archive tag tag-{slug}"
    base = f"/{kind}/{slug}/"
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    here = base if page == 1 else f"{base}page/{page}/"
    links = ""
    if page > 1:
        links += f'<link rel="prev" href="{base_url(request)}{base if page == 2 else f"{base}page/{page - 1}/"}" />\n'
    if page < pages:
        links += f'<link rel="next" href="{base_url(request)}{base}page/{page + 1}/" />\n'
    suffix = f" – Trang {page} trên {pages}" if page > 1 else ""
    head = _head(request, f"{name} Archives{suffix} – {SITE}", here, body_class + " layout-list description-under-image", extra=links)
    items = "".join(_list_item(s, n) for n, s in enumerate(chunk, 1))
    content = (
        '<div class="articles-list" data-cur-page="' + str(page) + '">'
        + items + "</div>" + _paginator(base, page, pages)
    )
    trail = [("Trang chủ", "/"), (f"Danh mục: {name}" if kind == "category" else f"Thẻ: {name}", None)]
    return html(_page(request, head, _title_area(h1, trail), content, base))


def search(request: Request, query: str) -> Response:
    q = collapse_q(query)
    hits = [s for s in BY_DATE if q and q.lower() in s.title.lower()][:PER_PAGE]
    head = _head(request, f"Bạn đã tìm kiếm {q} – {SITE}", None, "search search-results",
                 robots="noindex, follow")
    if hits:
        content = '<div class="articles-list">' + "".join(_list_item(s, n) for n, s in enumerate(hits, 1)) + "</div>"
    else:
        content = (
            '<article id="post-0" class="post no-results not-found"><h1 class="entry-title">Không tìm thấy</h1>'
            "<p>Xin lỗi, không có kết quả phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>"
            "</article>"
        )
    trail = [("Trang chủ", "/"), (f"Kết quả tìm kiếm cho: {q}", None)]
    return html(_page(request, head, _title_area(f"Kết quả tìm kiếm cho: {q}", trail), content, ""))


def collapse_q(value: str) -> str:
    return " ".join(value.split())[:60]


# --- home ------------------------------------------------------------------------------------------

def _grid_item(s: Story) -> str:
    path = post_path(s)
    dt = s.opts["dt"]
    return (
        f'<article class="post visible wf-cell post-{s.id} type-post status-publish format-standard '
        'has-post-thumbnail hentry" data-post-id="' + str(s.id) + f'" data-date="{iso_local(dt)}" '
        f'data-name="{attr(s.title)}"><div class="post-thumbnail-wrap"><div class="post-thumbnail">'
        f'<a href="{path}" class="post-thumbnail-rollover layzr-bg" ><img class="preload-me lazy-load aspect" '
        "src=\"data:image/svg+xml,%3Csvg%20xmlns%3D&#39;http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg&#39;%20viewBox"
        f"%3D&#39;0%200%20625%20417&#39;%2F%3E\" data-src=\"{s.opts['thumb']}\" loading=\"eager\" "
        'style="--ratio: 625 / 417" sizes="(max-width: 625px) 100vw, 625px" alt="" width="625" '
        'height="417"  /></a></div></div><div class="post-entry-content"><h3 class="entry-title">'
        f'<a href="{path}" title="{attr(s.title)}" rel="bookmark">{tx(s.title)}</a></h3>'
        f'<div class="entry-meta"><a href="{path}" title="{t_vn(dt)}" class="data-link" rel="bookmark">'
        f'<time class="entry-date updated" datetime="{iso_local(dt)}">{d_vn(dt)}</time></a></div>'
        f'<div class="entry-excerpt"><p>{tx(_excerpt(s, 18))}</p></div></div></article>'
    )


def home(request: Request) -> Response:
    news = [s for s in BY_DATE if "tin-tuc" in s.opts["cats"]][:4]
    prof = [s for s in BY_DATE if "hoat-dong-chuyen-mon" in s.opts["cats"]][:3]
    slides = "".join(
        f'<rs-slide style="position: absolute;" data-key="rs-{n}" data-title="Slide" '
        f'data-link="{post_path(s)}" data-target="_self" data-seoz="front" '
        f'data-thumb="{s.opts["thumb"].replace("-625x417", "-100x50")}" data-anim="ms:600;" '
        f'data-in="o:0;" data-out="a:false;"><img src="/wp-content/plugins/revslider/public/assets/assets/'
        f'dummy.png" alt="" title="slide-{n}" width="1920" height="700" class="rev-slidebg tp-rs-img rs-lazyload" '
        f'data-lazyload="{_full(s.opts["thumb"]).replace(UP, UP + "/revslider")}" data-no-retina>'
        f'<rs-layer id="slider-1-slide-{n}-layer-0" data-type="text" data-rsp_ch="on" '
        'data-xy="x:c;y:b;yo:60px;" data-text="w:normal;s:30;l:40;fw:700;a:center;" data-frame_1="st:500;">'
        f"{tx(s.title)}</rs-layer></rs-slide>"
        for n, s in enumerate((S_2011, S_KHKT, S_NGUVAN), 1)
    )
    lich = S_LICHKT
    notice = (
        '<ul class="tb-moi" style="list-style: none; padding-left: 0;">'
        f'<li>📢 <a href="{post_path(lich)}?fbclid={lich.opts["fbclid"]}">{tx(lich.title)}</a> '
        '<img src="/wp-content/uploads/2020/09/icon-new.gif" alt="" width="28" height="11" /></li>'
        f'<li>📢 <a href="{post_path(S_CMHS)}">Thông báo tổ chức Hội nghị cha mẹ học sinh cuối học kỳ I</a></li>'
        '<li>📄 <a href="/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/">Kế hoạch giáo dục '
        "nhà trường năm học 2026 &#8211; 2027</a></li></ul>"
        '<p style="text-align: right;"><a href="/category/thong-bao/">Xem tất cả &raquo;</a></p>'
    )
    content = f"""
<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
			<!-- START Slider trang chủ REVOLUTION SLIDER 6.7.18 --><p class="rs-p-wp-fix"></p>
			<rs-module-wrap id="rev_slider_1_1_wrapper" data-source="gallery" style="visibility:hidden;background:transparent;padding:0;margin:0px auto;margin-top:0;margin-bottom:0;">
				<rs-module id="rev_slider_1_1" style="" data-version="6.7.18">
					<rs-slides style="overflow: hidden; position: absolute;">{slides}</rs-slides>
				</rs-module>
			</rs-module-wrap>
			<!-- END REVOLUTION SLIDER -->
</div></div></div></div>
<div class="vc_row wpb_row vc_row-fluid vc_custom_1693212044187"><div class="wpb_column vc_column_container vc_col-sm-8"><div class="vc_column-inner"><div class="wpb_wrapper">
<div class="dt-fancy-separator h3-size style-thick accent-title-color" style="width: 100%;"><div class="dt-fancy-title">TIN TỨC<span class="separator-holder separator-right"></span></div></div>
<div class="blog-shortcode blog-masonry-shortcode-id-a81f2c5d mode-grid dt-css-grid-wrap loading-effect-fade-in jquery-filter resize-by-browser-width" data-cur-page="1" data-post-limit="4" data-pagination-mode="load-more" data-desktop-columns-num="2" data-v-tablet-columns-num="2" data-phone-columns-num="1"><div class="dt-css-grid">{"".join(_grid_item(s) for s in news)}</div></div>
<div class="paginator paginator-more-button with-ajax" style="text-align:center"><a class="button-load-more" href="javascript:void(0);" data-dt-page="2" ><span class="stick"></span><span class="button-caption">Xem thêm</span></a></div>
<div class="dt-fancy-separator h3-size style-thick accent-title-color" style="width: 100%;"><div class="dt-fancy-title">HOẠT ĐỘNG CHUYÊN MÔN<span class="separator-holder separator-right"></span></div></div>
<div class="blog-shortcode blog-list-shortcode-id-77c04e19 mode-list dt-css-grid-wrap" data-cur-page="1" data-post-limit="3" data-pagination-mode="disabled"><div class="dt-css-grid">{"".join(_grid_item(s) for s in prof)}</div></div>
</div></div></div><div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner"><div class="wpb_wrapper">
<div class="dt-fancy-separator h3-size style-thick accent-title-color" style="width: 100%;"><div class="dt-fancy-title">THÔNG BÁO<span class="separator-holder separator-right"></span></div></div>
	<div class="wpb_text_column wpb_content_element " >
		<div class="wpb_wrapper">
			{notice}
		</div>
	</div>
<div class="dt-fancy-separator h3-size style-thick accent-title-color" style="width: 100%;"><div class="dt-fancy-title">VIDEO<span class="separator-holder separator-right"></span></div></div>
<div class="wpb_video_widget wpb_content_element vc_clearfix   vc_video-aspect-ratio-169 vc_video-el-width-100 vc_video-align-left" ><div class="wpb_wrapper"><div class="wpb_video_wrapper"><iframe title="Lễ khai giảng năm học 2026 - 2027 | THCS Trần Phú" width="500" height="281" src="https://www.youtube.com/embed/kq3Vx9fTn2E?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></div></div></div>
	<div class="wpb_text_column wpb_content_element " >
		<div class="wpb_wrapper">
			<p><strong>Năm học 2026 &#8211; 2027:</strong> 24 lớp, 912 học sinh, 58 cán bộ, giáo viên, nhân viên.</p>
		</div>
	</div>
</div></div></div></div>
<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="owl-carousel logo-items owl-theme" data-scroll-mode="1" data-autoplay="true"><div class="wf-cell"><a href="https://moet.gov.vn" target="_blank"><img src="/wp-content/uploads/2023/08/logo-bo-gddt.png" alt="Bộ GD&amp;ĐT" width="180" height="80" /></a></div><div class="wf-cell"><a href="https://phutho.edu.vn" target="_blank"><img src="/wp-content/uploads/2023/08/logo-so-gddt-phu-tho.png" alt="Sở GD&amp;ĐT Phú Thọ" width="180" height="80" /></a></div><div class="wf-cell"><a href="https://vnedu.vn" target="_blank"><img src="/wp-content/uploads/2023/08/logo-vnedu.png" alt="vnEdu" width="180" height="80" /></a></div></div></div></div></div></div>
"""
    head = _head(request, f"{SITE} – Xã Vĩnh Tường, tỉnh Phú Thọ", "/", "home page-template-default page page-id-2 title-off",
                 description="Cổng thông tin điện tử Trường THCS Trần Phú, xã Vĩnh Tường, tỉnh Phú Thọ.")
    return html(head + _header("/") + _main_open(False) + content + "\n\t</div><!-- #content -->\n" + _footer())


# --- pages that are not articles -------------------------------------------------------------------

def _wp_page(request: Request, path: str, title: str, body: str, body_class: str, trail_mid=None,
             sidebar: bool = True, current: str | None = None) -> Response:
    head = _head(request, f"{title} – {SITE}", path, body_class)
    trail = [("Trang chủ", "/")] + ([trail_mid] if trail_mid else []) + [(title, None)]
    content = f'<div class="entry-content">{body}</div>' if "entry-content" not in body else body
    return html(_page(request, head, _title_area(title, trail), content, current or path, sidebar))


def _team_card(name: str, post: str, photo: str, link: str | None) -> str:
    img = f'<img class="preload-me" src="{photo}" width="300" height="360" alt="{attr(name)}" />'
    title = f'<a href="{link}">{tx(name)}</a>' if link else tx(name)
    img_html = f'<a href="{link}" class="rollover">{img}</a>' if link else img
    return (
        f'<div class="team-container wf-cell"><div class="team-media">{img_html}</div><div class="team-desc">'
        f'<div class="team-author"><div class="team-author-name h5-size">{title}</div>'
        f'<p class="team-author-position">{tx(post)}</p></div></div></div>'
    )


GIOI_THIEU = f"""<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
	<div class="wpb_text_column wpb_content_element " >
		<div class="wpb_wrapper">
			<h3 id="lich-su">Lịch sử hình thành và phát triển</h3>
<p>Trường THCS Trần Phú được thành lập năm 1976 trên cơ sở tách cấp II từ Trường phổ thông cơ sở Vĩnh Tường. Trải qua gần 50 năm xây dựng và trưởng thành, nhà trường luôn là lá cờ đầu của ngành giáo dục địa phương.</p>
<p>Năm học 2026 &#8211; 2027, nhà trường có 24 lớp với 912 học sinh; 58 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
<p>Trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2021, đạt Kiểm định chất lượng giáo dục cấp độ 3; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>
		</div>
	</div>
<div id="ban-giam-hieu" class="dt-fancy-separator h3-size style-thick" style="width: 100%;"><div class="dt-fancy-title">BAN GIÁM HIỆU</div></div>
<div class="team-shortcode team-masonry-shortcode-id-3 mode-grid dt-css-grid-wrap"><div class="dt-css-grid">
{_team_card("Nguyễn Văn Bình", "Hiệu trưởng", UP + "/2023/08/hieu-truong-300x360.jpg", "/dt_team/nguyen-van-binh/")}
{_team_card("Phạm Thị Lan", "Phó Hiệu trưởng", UP + "/2023/08/pho-hieu-truong-lan-300x360.jpg", "/dt_team/pham-thi-lan/")}
{_team_card("Trần Văn Toàn", "Phó Hiệu trưởng", UP + "/2025/09/pho-hieu-truong-toan-300x360.jpg", None)}
</div></div>
</div></div></div></div>"""

LIEN_HE = """<div class="entry-content"><div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-6"><div class="vc_column-inner"><div class="wpb_wrapper">
<p><strong>TRƯỜNG THCS TRẦN PHÚ</strong><br />Địa chỉ: Thôn Phú Hậu, xã Vĩnh Tường, tỉnh Phú Thọ<br />Điện thoại: 0211 3838 456<br />Email: c2tranphu.vinhtuong@phutho.edu.vn</p>
</div></div></div><div class="wpb_column vc_column_container vc_col-sm-6"><div class="vc_column-inner"><div class="wpb_wrapper">
<div class="wpcf7 no-js" id="wpcf7-f118-p12-o1" lang="vi" dir="ltr">
<form action="/lien-he/#wpcf7-f118-p12-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="118" /><input type="hidden" name="_wpcf7_version" value="5.9.8" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f118-p12-o1" /></div>
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div>
</div></div></div></div></div>"""

VAN_BAN = f"""<div class="w3eden"><table class="table table-striped wpdm-all-packages-table" id="wpdmmydls-3f1a"><thead><tr><th>Tên văn bản</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead><tbody>
<tr><td><a class="package-title" href="/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/">Kế hoạch giáo dục nhà trường năm học 2026 &#8211; 2027</a></td><td>12/09/2026</td><td><a class="btn btn-primary btn-xs" href="/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/">Chi tiết</a></td></tr>
<tr><td>Quyết định thành lập các tổ chuyên môn năm học 2026 &#8211; 2027</td><td>28/08/2026</td><td><a class="btn btn-primary btn-xs" href="{UP}/2026/09/QD-thanh-lap-to-chuyen-mon-2026-2027.pdf">Tải xuống</a></td></tr>
<tr><td>Quy chế chi tiêu nội bộ năm 2026</td><td>15/01/2026</td><td><a class="btn btn-primary btn-xs" href="{UP}/2026/01/Quy-che-chi-tieu-noi-bo-2026.pdf">Tải xuống</a></td></tr>
</tbody></table></div>"""

DOWNLOAD = """<div class="w3eden"><div class="row"><div class="col-md-12"><div class="wpdm-pack-info">
<p><strong>Kế hoạch số 86/KH-THCS ngày 05/9/2026</strong> về thực hiện nhiệm vụ năm học 2026 &#8211; 2027 của Trường THCS Trần Phú.</p>
<table class="table"><tbody><tr><td>Phiên bản</td><td>1.0</td></tr><tr><td>Lượt tải</td><td>214</td></tr><tr><td>Dung lượng</td><td>1.24 MB</td></tr><tr><td>Số tệp</td><td>1</td></tr><tr><td>Ngày tạo</td><td>12/09/2026</td></tr><tr><td>Cập nhật lần cuối</td><td>12/09/2026</td></tr></tbody></table>
<a class='wpdm-download-link download-on-click btn btn-primary ' rel='nofollow' href='#' data-downloadurl="/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/?wpdmdl=2987&amp;refresh=6751a2c3d4e5f1733400003">Tải xuống</a>
</div></div></div></div>"""

ALBUMS = f"""<div class="albums-shortcode mode-grid dt-css-grid-wrap"><div class="dt-css-grid">
<article class="post visible dt-gallery type-dt_gallery"><figure class="post-thumbnail"><a href="/dt_gallery/le-khai-giang-nam-hoc-2026-2027/" class="rollover-click-target"><img src="{UP}/2026/09/khai-giang-2026-bia-625x417.jpg" width="625" height="417" alt="" /></a></figure>
<div class="post-entry-content"><h3 class="entry-title"><a href="/dt_gallery/le-khai-giang-nam-hoc-2026-2027/">Lễ khai giảng năm học 2026 &#8211; 2027</a></h3><p>12 ảnh</p></div></article>
<article class="post visible dt-gallery"><figure class="post-thumbnail"><a href="https://www.youtube.com/@thcstranphu/videos" target="_blank" rel="noopener"><img src="{UP}/2023/08/kenh-video-625x417.jpg" width="625" height="417" alt="" /></a></figure>
<div class="post-entry-content"><h3 class="entry-title"><a href="https://www.youtube.com/@thcstranphu/videos" target="_blank">Kênh video của nhà trường</a></h3></div></article>
</div></div>"""


def _album_body() -> str:
    photos = "".join(
        f'<a href="{UP}/2026/09/khai-giang-2026-{n:02d}.jpg" class="rollover rollover-zoom dt-pswp-item '
        f'layzr-bg" title="" data-dt-img-description="" data-large_image_width="1600" data-large_image_height="1067">'
        f'<img class="preload-me lazy-load aspect" src="data:image/svg+xml,%3Csvg%20xmlns%3D&#39;http%3A%2F%2F'
        f'www.w3.org%2F2000%2Fsvg&#39;%20viewBox%3D&#39;0%200%20300%20200&#39;%2F%3E" '
        f'data-src="{UP}/2026/09/khai-giang-2026-{n:02d}-300x200.jpg" alt="" width="300" height="200" /></a>'
        for n in range(1, 7)
    )
    return (
        '<article class="dt_gallery type-dt_gallery status-publish"><div class="project-post">'
        '<div class="entry-meta portfolio-categories"><a href="/dt_gallery/le-khai-giang-nam-hoc-2026-2027/" '
        'class="data-link" rel="bookmark"><time class="entry-date updated" datetime="2026-09-05T11:20:00+07:00">'
        "05/09/2026</time></a></div>"
        '<div class="entry-content"><p>Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò '
        "Trường THCS Trần Phú long trọng tổ chức Lễ khai giảng năm học mới 2026 &#8211; 2027. Mời quý phụ huynh "
        "và các em xem lại một số hình ảnh của buổi lễ.</p></div>"
        f'<div class="dt-gallery-container wf-container" data-padding="5px">{photos}</div></div></article>'
    )


def _team_body(name: str, post: str, photo: str, bio: list[str]) -> str:
    paras = "".join(f"<p>{tx(b)}</p>" for b in bio)
    return (
        '<article class="dt_team type-dt_team status-publish"><div class="team-container">'
        f'<div class="team-media"><img src="{photo}" width="300" height="360" alt="{attr(name)}" /></div>'
        f'<div class="team-desc"><div class="team-author"><div class="team-author-name h4-size">{tx(name)}</div>'
        f'<p class="team-author-position">{tx(post)}</p></div><div class="entry-content">{paras}</div>'
        '<div class="soc-ico"><a title="Mail" href="mailto:c2tranphu.vinhtuong@phutho.edu.vn" class="mail">'
        '<span class="soc-font-icon"></span></a></div></div></div></article>'
    )


PAGES = {
    "/gioi-thieu/": lambda r: _wp_page(r, "/gioi-thieu/", "Giới thiệu", GIOI_THIEU, "page-template-default page page-id-9"),
    "/lien-he/": lambda r: _wp_page(r, "/lien-he/", "Liên hệ", LIEN_HE, "page-template-default page page-id-12", sidebar=False),
    "/van-ban/": lambda r: _wp_page(r, "/van-ban/", "Văn bản", VAN_BAN, "page-template-default page page-id-15"),
    "/thu-vien-anh/": lambda r: _wp_page(r, "/thu-vien-anh/", "Thư viện ảnh", ALBUMS,
                                         "page-template-template-albums page page-id-17",
                                         trail_mid=("Giới thiệu", "/gioi-thieu/")),
    "/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/": lambda r: _wp_page(
        r, "/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/",
        "Kế hoạch giáo dục nhà trường năm học 2026 – 2027", DOWNLOAD,
        "wpdmpro-template-default single single-wpdmpro postid-2987", trail_mid=("Văn bản", "/van-ban/"),
        current="/van-ban/"),
    "/dt_gallery/le-khai-giang-nam-hoc-2026-2027/": lambda r: _wp_page(
        r, "/dt_gallery/le-khai-giang-nam-hoc-2026-2027/", "Lễ khai giảng năm học 2026 – 2027", _album_body(),
        "dt_gallery-template-default single single-dt_gallery postid-2901", trail_mid=("Thư viện ảnh", "/thu-vien-anh/"),
        sidebar=False, current="/thu-vien-anh/"),
    "/dt_team/nguyen-van-binh/": lambda r: _wp_page(
        r, "/dt_team/nguyen-van-binh/", "Nguyễn Văn Bình", _team_body(
            "Nguyễn Văn Bình", "Hiệu trưởng", UP + "/2023/08/hieu-truong-300x360.jpg",
            ["Thạc sĩ Quản lý giáo dục; Nhà giáo có 28 năm công tác trong ngành.",
             "Phụ trách chung; công tác tổ chức cán bộ, tài chính, cơ sở vật chất; Chủ tịch Hội đồng trường."]),
        "dt_team-template-default single single-dt_team postid-58", trail_mid=("Giới thiệu", "/gioi-thieu/"),
        current="/gioi-thieu/"),
    "/dt_team/pham-thi-lan/": lambda r: _wp_page(
        r, "/dt_team/pham-thi-lan/", "Phạm Thị Lan", _team_body(
            "Phạm Thị Lan", "Phó Hiệu trưởng", UP + "/2023/08/pho-hieu-truong-lan-300x360.jpg",
            ["Thạc sĩ Lí luận và phương pháp dạy học bộ môn Ngữ văn.",
             "Phụ trách công tác chuyên môn, kiểm định chất lượng và chuyển đổi số trong nhà trường."]),
        "dt_team-template-default single single-dt_team postid-59", trail_mid=("Giới thiệu", "/gioi-thieu/"),
        current="/gioi-thieu/"),
}


# --- WordPress core files ----------------------------------------------------------------------------

def _rfc822(value: str) -> str:
    d = _dt(value) - timedelta(hours=7)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0000")


def feed(request: Request) -> Response:
    host = base_url(request)
    items = "".join(
        f"""
	<item>
		<title>{tx(s.title)}</title>
		<link>{host}{post_path(s)}</link>
		<dc:creator><![CDATA[quantri]]></dc:creator>
		<pubDate>{_rfc822(s.opts["dt"])}</pubDate>
		{"".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in s.opts["cats"])}
		<guid isPermaLink="false">{host}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s, 40)}]]></description>
	</item>"""
        for s in BY_DATE[:10]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
	<title>{SITE}</title>
	<atom:link href="{host}/feed/" rel="self" type="application/rss+xml" />
	<link>{host}</link>
	<description>Xã Vĩnh Tường &#8211; tỉnh Phú Thọ</description>
	<lastBuildDate>{_rfc822("2026-12-05T09:10:00")}</lastBuildDate>
	<language>vi</language>
	<generator>https://wordpress.org/?v=6.6.2</generator>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def comments_feed(request: Request) -> Response:
    host = base_url(request)
    items = "".join(
        f"<item><title>Bình luận cho {tx(s.title)} bởi {tx(c[1])}</title>"
        f"<link>{host}{post_path(s)}#comment-{c[0]}</link><pubDate>{_rfc822(c[2])}</pubDate>"
        f"<description><![CDATA[{c[3]}]]></description></item>"
        for s in STORIES for c in s.opts.get("comments", [])
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Bình luận cho {SITE}</title><link>{host}</link>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _urlset(host: str, paths: list[str]) -> Response:
    urls = "".join(f"<url><loc>{host}{p}</loc></url>" for p in paths)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" '
        f'href="{host}/wp-sitemap.xsl" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>\n"
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


SITEMAPS = {
    "posts-post": lambda: [post_path(s) for s in BY_DATE],
    "posts-page": lambda: ["/", "/gioi-thieu/", "/lien-he/", "/van-ban/", "/thu-vien-anh/"],
    "posts-dt_gallery": lambda: ["/dt_gallery/le-khai-giang-nam-hoc-2026-2027/"],
    "posts-dt_team": lambda: ["/dt_team/nguyen-van-binh/", "/dt_team/pham-thi-lan/"],
    "posts-wpdmpro": lambda: ["/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/"],
    "taxonomies-category": lambda: [f"/category/{c}/" for c in CATS],
    "taxonomies-post_tag": lambda: [f"/tag/{t}/" for t in TAGS],
}


def sitemap_index(request: Request) -> Response:
    host = base_url(request)
    maps = "".join(f"<sitemap><loc>{host}/wp-sitemap-{k}-1.xml</loc></sitemap>" for k in SITEMAPS)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" '
        f'href="{host}/wp-sitemap-index.xsl" ?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/'
        f'sitemap/0.9">{maps}</sitemapindex>\n'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


def robots(request: Request) -> Response:
    body = (
        "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
        f"Sitemap: {base_url(request)}/wp-sitemap.xml\n"
    )
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


# --- routing -----------------------------------------------------------------------------------------

POSTS = {unicodedata.normalize("NFC", s.slug): s for s in STORIES}
_ARCHIVE = re.compile(r"/(category|tag)/([a-z0-9-]+)/(?:page/(\d+)/)?")
_POST = re.compile(r"/([^/]+)/(print/)?")


class The7Site:
    """A WordPress + The7 school site, routed the way WordPress resolves its permalinks."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST":
            return None
        if path == "/":
            if "s" in params:
                return search(request, params["s"])
            if "p" in params:
                story = next((s for s in STORIES if str(s.id) == params["p"]), None)
                return redirect(post_path(story), 301) if story else None
            return home(request)
        if path == "/robots.txt":
            return robots(request)
        if path == "/wp-sitemap.xml":
            return sitemap_index(request)
        m = re.fullmatch(r"/wp-sitemap-([a-z_-]+)-1\.xml", path)
        if m and m.group(1) in SITEMAPS:
            return _urlset(base_url(request), SITEMAPS[m.group(1)]())
        if path == "/feed/":
            return feed(request)
        if path == "/comments/feed/":
            return comments_feed(request)
        decoded = unicodedata.normalize("NFC", unquote(path))
        if not decoded.endswith("/"):
            target = decoded + "/"
            if self._known(target):
                return redirect(wp_slug_path(target.strip("/")) if target.count("/") == 2 else path + "/", 301)
            return None
        if decoded in PAGES:
            if "wpdmdl" in params:
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": 'attachment; filename="KH-giao-duc-2026-2027.pdf"'})
            return PAGES[decoded](request)
        m = _ARCHIVE.fullmatch(decoded)
        if m:
            kind, slug, page = m.group(1), m.group(2), m.group(3)
            if (kind == "category" and slug not in CATS) or (kind == "tag" and slug not in TAGS):
                return None
            if page == "1":
                return redirect(f"/{kind}/{slug}/", 301)
            return archive(request, kind, slug, int(page or 1))
        m = _POST.fullmatch(decoded)
        if m and m.group(1) in POSTS:
            story = POSTS[m.group(1)]
            if m.group(2):
                return print_view(request, story)
            reply = params.get("replytocom", "")
            return single(request, story, int(reply) if reply.isdigit() else None)
        return None

    def _known(self, target: str) -> bool:
        if target in PAGES or _ARCHIVE.fullmatch(target):
            return True
        m = _POST.fullmatch(target)
        return bool(m and m.group(1) in POSTS)


def build_site() -> The7Site:
    return The7Site()


# --- gold ----------------------------------------------------------------------------------------------

def _upper_pct(path: str) -> str:
    return re.sub(r"%[0-9a-f]{2}", lambda m: m.group().upper(), path)


def _gold(story: Story) -> dict:
    path = post_path(story)
    alts = [path + "print/"]
    if "%" in path:
        alts += [_upper_pct(path), _upper_pct(path) + "print/"]
    alts += [f"{path}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    if "fbclid" in story.opts:
        alts.append(f"{path}?fbclid={story.opts['fbclid']}")
    return gold_record(story, path, story.cat, canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/van-ban/",
    "/thu-vien-anh/",
    "/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/",
    "/dt_gallery/le-khai-giang-nam-hoc-2026-2027/",
    "/dt_team/nguyen-van-binh/",
    "/dt_team/pham-thi-lan/",
]
