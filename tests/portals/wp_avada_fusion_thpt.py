"""Trường THPT Lê Quý Đôn, thành phố Đà Nẵng: WordPress 6.1 + Avada 7 (Fusion Builder), blind.

Platform
--------
WordPress 6.1.1 with the Avada 7.9 theme (Fusion Builder / Fusion Core), Yoast SEO 19.x, a3 Lazy
Load next to Avada's own lazy loading, AddToAny share buttons, Post Views Counter, WP Statistics
(visitor counter widget), WP-Polls, Contact Form 7, TablePress. Permalinks ``/%postname%/`` with
the category base renamed to ``chuyen-muc``; the front page is a static Fusion Builder page
holding Avada's *Blog* element (grid, "load more" pagination).

URL scheme
----------
- ``/`` front page; its blog element pages at ``/page/2/``, ``/page/3/`` (hidden pagination of
  the load-more button) and ``/?paged=2`` (a hand-made "Xem các tin cũ hơn" button): same
  listing under two URLs;
- ``/<slug>/`` posts (no date in the path); ``/?p=<id>`` short links answer 301 to the post;
  ``/<slug>`` (no slash) 301; ``/<slug>/?replytocom=<n>`` the same post (comment reply links);
  ``/<slug>/embed/`` WordPress's oEmbed card of a post (excerpt only); ``/<slug>/feed/`` comments
  feed; ``/<slug>/attachment/<name>/`` 301 to the image file (Yoast's attachment redirect);
- ``/chuyen-muc/<cat>/`` and ``/chuyen-muc/<cat>/page/<n>/`` (4 posts a page); the old base
  ``/category/<cat>/`` 301s there; ``/chuyen-muc/<cat>/feed/``, ``/feed/``;
- ``/tag/<tag>/``, ``/author/<account>/`` (+ ``page/<n>/``), ``/?s=<q>`` search;
- pages ``/gioi-thieu/``, ``/lien-he/``, ``/van-ban-nha-truong/``; Avada portfolio
  ``/portfolio-items/<slug>/`` (photo album) and FAQ ``/faq-items/<slug>/``;
- Yoast ``/sitemap_index.xml`` (+ ``post-``, ``page-``, ``category-``, ``avada_portfolio-``
  sitemaps), ``/robots.txt``, REST ``/wp-json/...`` (oEmbed JSON, ``wp/v2/posts/<id>``).

Page templates
--------------
Avada chrome everywhere: secondary header bar (today "Thứ Bảy, 05/12/2026", hotline, Cloudflare-
obfuscated e-mail), header v3 with logo and ``fusion-main-menu`` drop-downs, the page title bar
(``avada-page-titlebar-wrapper``: ``<h1 class="entry-title">`` + ``fusion-breadcrumbs``), main with
``#content`` and the right ``#sidebar`` (search, "Bài viết mới", Avada Tabs widget "Xem nhiều /
Mới nhất", links, WP-Polls poll, WP Statistics counter), footer widget columns and the
copyright bar. Single post (``single.php``): featured-image flexslider, ``<h2 class="entry-title
fusion-post-title">``, ``div.post-content`` (Fusion Builder containers or classic content), then
``fusion-meta-info`` (account, hidden ``updated`` span, printed date, categories, tags, comments),
the theme sharing box, the related-posts carousel and the comments.

How each gold article is reached
--------------------------------
14 posts (13 gold + one password-protected) sorted newest first:

====  ======================================  ==========  ===========================  =========
id    slug (short)                            date        categories (primary first)   account
====  ======================================  ==========  ===========================  =========
1990  danh-sach-hoc-sinh-du-thi-... (locked)  2026-12-04  Thông báo                    quantri
1948  chien-dich-ao-am-mua-dong-2026-...      2026-12-02  Đoàn thanh niên              doantruong
1927  thong-bao-lich-kiem-tra-cuoi-hoc-ky-i   2026-12-01  Thông báo                    quantri
1903  ket-qua-hoi-thi-giao-vien-day-gioi-...  2026-11-28  Hoạt động chuyên môn         quantri
1871  doi-tuyen-tin-hoc-gianh-2-giai-nhat-..  2026-11-26  Tin tức – Sự kiện            quantri
1856  dem-hoi-tuoi-tre-le-quy-don-...         2026-11-21  Đoàn thanh niên + Tin tức    doantruong
1842  le-ky-niem-44-nam-ngay-nha-giao-...     2026-11-19  Tin tức – Sự kiện            quantri
1791  ke-hoach-to-chuc-ngay-hoi-stem-...      2026-11-12  Thông báo                    quantri
1779  khac-phuc-hau-qua-bao-so-13-...         2026-11-09  Tin tức – Sự kiện            quantri
1764  hoi-thao-chuyen-de-...-mon-toan         2026-11-05  Hoạt động chuyên môn         tochuyenmon
1738  ngoai-khoa-em-yeu-bien-dao-...          2026-10-23  Tin tức – Sự kiện            quantri
1731  to-ngu-van-thao-giang-...               2026-10-20  Hoạt động chuyên môn         tochuyenmon
1715  doan-kiem-tra-so-gddt-...               2026-10-14  Tin tức – Sự kiện            quantri
1702  dai-hoi-doan-truong-lan-thu-xxiv-...    2026-10-08  Đoàn thanh niên              doantruong
====  ======================================  ==========  ===========================  =========

Front page blog element: 6 a page (pages 1–3); category/tag/author archives: 4 a page. The
sidebar lists the 5 newest, the Tabs widget three "popular" ones, the front page's "Thông báo"
column the category's three newest, related posts the 3 newest of the same categories. So the
two oldest "Tin tức – Sự kiện" posts (1738 ngoai-khoa, 1715 doan-kiem-tra) are reachable only
from page 2+ of a listing (``/chuyen-muc/tin-tuc-su-kien/page/2/``, ``/page/2/`` & ``/page/3/``
of the front page, ``/author/quantri_lqd/page/2/``…); every other post is on some first page.

Traps
-----
1. Load-more pagination (discovery). The front page's blog element shows a "Xem thêm bài viết"
   ``div`` (no href: Avada's JS button); the only links to its page 2 and 3 are in a
   ``<div class="pagination infinite-scroll clearfix" style="display:none;">``, plus a hand-made
   ``fusion-button`` to ``/?paged=2``. ``/page/2/`` and ``/?paged=2`` serve the same listing.
   Gold: 1738 and 1715 are reached only through page 2+ listings.
2. The ``<h1>`` is not the headline. On single posts Avada's page title bar prints the blog
   section title "Tin tức" in ``<h1 class="entry-title">``; the headline is the ``<h2
   class="entry-title fusion-post-title">``; ``<title>`` and ``og:title`` carry Yoast's rewritten
   SEO title (shorter, suffixed "- THPT Lê Quý Đôn Đà Nẵng"). Gold ``title`` = the h2 as printed.
3. Dates as Avada prints them. The visible date is WordPress's ``F jS, Y`` with Vietnamese month
   names and PHP's English ordinal suffix ("Tháng Mười Một 19th, 2026"), printed *below* the text
   in the meta line; just before it a hidden ``<span class="updated rich-snippet-hidden">`` holds
   the *modified* time in ISO form (days later); Yoast's ``article:published_time`` and JSON-LD
   ``datePublished`` are in UTC ("2026-11-19T09:45:00+00:00"). Gold: the publication time in the
   site's zone, "2026-11-19T16:45:00+07:00", never the ``updated`` value.
4. Midnight post turns into the previous UTC day. Post 1702 was dated by hand 08/10/2026 00:00:
   Yoast prints "2026-10-07T17:00:00+00:00", the page "Tháng Mười 8th, 2026". Gold: the day alone,
   "2026-10-08" (midnight = a day without a time).
5. Lazy images with a placeholder ``src``. Fusion image frames/galleries/slider use Avada's lazy
   load (``src="data:image/svg+xml,..."``, the photo in ``data-orig-src``, sizes in
   ``data-srcset``); classic content goes through a3 Lazy Load (``src`` = the plugin's
   ``lazy_placeholder.gif``, the photo in ``data-src``, repeated in a ``<noscript><img>``). Gold:
   the real paths (``data-orig-src`` / ``data-src``), each photo once.
6. A widget column inside the text container. Post 1842 is built as a 2/3 + 1/3 Fusion row inside
   ``div.post-content``: the 1/3 column holds a ``fusion-widget-area`` with "Tin cùng chuyên mục"
   links and Fusion counter boxes ("44 năm xây dựng và phát triển", "1.320 học sinh"). Also
   inside ``post-content``: AddToAny's "Chia sẻ" bar on top, Post Views Counter's "Lượt xem: N".
   Gold: none of that is body.
7. Text hidden in collapsed toggles. Post 1791 (kế hoạch Ngày hội STEM) keeps most of its text in
   a Fusion accordion (``fusion-accordian`` / ``panel-collapse collapse``, closed by default).
   Gold: each toggle's heading and its panel paragraphs are body paragraphs, in order.
8. One post, two categories. Post 1856 is filed under "Đoàn thanh niên" (Yoast primary category,
   breadcrumb) and "Tin tức – Sự kiện", and is listed in both archives (page 1 of each). Gold
   category: "Đoàn thanh niên", whatever listing the crawler came from.
9. Password-protected post in the listings. Post 1990 prints "Được bảo vệ: Danh sách học sinh…"
   with WordPress's password form instead of its text (listings show "Không có tóm tắt vì đây là
   bài viết được bảo vệ."). Gold: not an article (in NON_ARTICLES).
10. Avada portfolio and FAQ items look like posts. ``/portfolio-items/...`` (photo album, with
    Avada's "Mô tả dự án / Chi tiết dự án" boxes) and ``/faq-items/...`` use the single-post
    chrome, h2 title and a meta line. Gold: not articles (NON_ARTICLES).
11. Embedded post card (duplicate view). Post 1903's content embeds post 1764 the WordPress way:
    a ``<blockquote class="wp-embedded-content">`` with a link to it plus an ``<iframe>`` of
    ``/<slug>/embed/`` (an excerpt card whose canonical is the post). Gold: the blockquote is not
    body of 1903; ``/<slug>/embed/`` is an alt path of 1764 (its card must not become a record
    of its own).
12. Featured image repeated in the text. Post 1842's featured image (slider above the headline)
    is inserted again, same file, as the first image of the text with a caption. Gold: one image
    with the caption. Other posts' slider-only featured image is the article's first photo
    (caption None).
13. Captions printed as headings or not at all. Avada 7 image frames print their caption as an
    ``<h2 class="awb-imageframe-caption-title">`` or a ``<p class="awb-imageframe-caption-text">``
    inside the frame; Fusion galleries keep the words only in lightbox attributes
    (``data-caption``, ``aria-label``). Gold: the printed caption line is the caption (not a body
    heading); gallery photos have caption None; "Ảnh: X" under a photo -> caption None, X a
    photographer.
14. Bylines (the house's kinds): Avada's meta prints the CMS account ("Bởi quantri_lqd") and
    Yoast's ``author`` / ``twitter:data1`` repeat it -> nobody; the real byline is a right-aligned
    line at the end ("Tin: X – Ảnh: Y", "Tin, ảnh: X", "ThS. X – Phó Hiệu trưởng", "X (Tổ Toán)",
    "Người viết: ThS. X", a unit "Tổ Tin học"), "BBT" -> nobody; "Nguồn: Báo Đà Nẵng" -> source.
15. Official notice (house kind): post 1927 is printed as a document (letterhead table, "Số:",
    "Đà Nẵng, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc…", "Nơi nhận", signer) posted on
    01/12: gold date "2026-11-30", author the signer, letterhead/closing not body; the "File đính
    kèm" line and the PDF viewer link are not body.
16. Comment reply links (house kind): post 1842 has two comments whose "Trả lời" links are
    ``/<slug>/?replytocom=N#respond``, serving the post again (Yoast canonical = the post). Gold:
    alt paths; comment text is not body.

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the page prints only the day; the time comes from Yoast's
  ``article:published_time`` (UTC) converted to +07:00. The visible day and this time agree on
  every post, so the gold carries the full time (the midnight post: the day alone).
- Titles keep WordPress's texturized quotes and dashes as characters (“ ” – ), NFC.
- ``images``: the photo as displayed in the article (``data-orig-src``/``data-src`` path of the
  ``<img>``, not the lightbox link to the full file). Thumbnails in widgets, related posts, the
  logo, the Cloudflare/plugin icons are not article images.
- The gallery's ``data-caption`` / ``alt`` words are not printed lines: caption None.
- ``summary``: only posts 1842 and 1948 print a bold lead paragraph; others null (Yoast's meta
  description is not a sapo).
- "Các tin khác … xem tại chuyên mục <link>" (1702) and "Tham khảo thêm chuyên đề …" (1903) are
  navigation lines like "Xem thêm:", not body.
- A typed "- " at the start of a notice line is kept (it is text the editor typed).
- The WordPress oEmbed card ``/<slug>/embed/`` is listed as an alt path of its post (the harness
  may see it as the post's duplicate); it only prints the excerpt.
- ``?p=<id>`` and ``/<slug>`` redirect (301), so they are not alt paths.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file
from tests.portals._common import base_url as _base_url
from tests.portals._common import text as _text

NAME = "wp_avada_fusion_thpt"
PLATFORM = "WordPress 6.1 + Avada 7.9 (Fusion Builder) + Yoast SEO, a3 Lazy Load, AddToAny"
START_PATH = "/"

SITE_NAME = "Trường THPT Lê Quý Đôn - Đà Nẵng"
SEO_SUFFIX = " - THPT Lê Quý Đôn Đà Nẵng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
UP = "/wp-content/uploads"

CATS = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "doan-thanh-nien": "Đoàn thanh niên",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
CAT_IDS = {"tin-tuc-su-kien": 3, "doan-thanh-nien": 5, "hoat-dong-chuyen-mon": 6, "thong-bao": 4}
TAGS = {"ky-niem-20-11": "Kỷ niệm 20/11", "stem": "STEM"}
ACCOUNTS = {"quantri_lqd": 1, "doantruong": 4, "tochuyenmon": 6}
PER_PAGE = 4
HOME_PER_PAGE = 6

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip


_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;",
              "—": "&#8212;", "…": "&#8230;"}


def _tx(value: str, nfd: bool = False) -> str:
    """Escape like WordPress prints text: wptexturize's punctuation as numeric references."""
    out = _text(value, nfd=nfd)
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def _img(name: str, printed: str | None = None, caption: str | None = None, style: str = "frame",
         month: str = "11") -> Img:
    return Img(f"{UP}/2026/{month}/{name}", printed, caption, style)


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{_tx(line)}</{tag}></p>')


# --- the stories -----------------------------------------------------------------------------

A1 = Story(
    id=1842,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trường THPT Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
    "(20/11/1982 – 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19T16:45:00+07:00",
    summary="Sáng ngày 19/11/2026, Trường THPT Lê Quý Đôn, thành phố Đà Nẵng long trọng tổ chức Lễ "
    "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Buổi lễ là dịp để các thế hệ "
    "học sinh bày tỏ lòng biết ơn sâu sắc đối với các thầy cô giáo đã và đang công tác tại trường.",
    blocks=[
        P("Sáng ngày 19/11/2026, Trường THPT Lê Quý Đôn, thành phố Đà Nẵng long trọng tổ chức Lễ "
          "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Buổi lễ là dịp để các "
          "thế hệ học sinh bày tỏ lòng biết ơn sâu sắc đối với các thầy cô giáo đã và đang công "
          "tác tại trường.", "b"),
        _img("le-20-11-quang-canh.jpg", "Quang cảnh buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
             "Quang cảnh buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "featured+"),
        P("Đến dự buổi lễ có ông Phạm Văn Hùng, Phó Giám đốc Sở Giáo dục và Đào tạo thành phố Đà "
          "Nẵng; đại diện lãnh đạo Đảng ủy, UBND phường An Hải; Ban đại diện Cha mẹ học sinh nhà "
          "trường cùng các thế hệ thầy cô giáo đã nghỉ hưu và đông đảo cựu học sinh."),
        P("Phát biểu tại buổi lễ, thầy Trần Văn Minh, Hiệu trưởng nhà trường ôn lại truyền thống "
          "vẻ vang của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật mà tập thể sư phạm "
          "nhà trường đạt được trong năm học 2025–2026: tỉ lệ tốt nghiệp THPT đạt 100%, có 38 học "
          "sinh đạt giải trong Kỳ thi chọn học sinh giỏi cấp thành phố và 2 học sinh đạt giải cấp "
          "quốc gia."),
        P("“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
          "noi theo” – thầy Hiệu trưởng nhấn mạnh."),
        _img("le-20-11-hieu-truong-phat-bieu.jpg",
             "Thầy Trần Văn Minh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
             "Thầy Trần Văn Minh, Hiệu trưởng nhà trường phát biểu tại buổi lễ", "frame-title"),
        P("Thay mặt lãnh đạo Sở GD&ĐT, ông Phạm Văn Hùng ghi nhận, biểu dương những nỗ lực của "
          "tập thể cán bộ, giáo viên, nhân viên nhà trường, đồng thời đề nghị nhà trường tiếp tục "
          "đổi mới phương pháp dạy học, đẩy mạnh chuyển đổi số và nâng cao chất lượng giáo dục "
          "toàn diện."),
        P("Dịp này, nhà trường đã trao Giấy khen của Hiệu trưởng cho 15 giáo viên có thành tích "
          "xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt” và trao 20 suất học bổng “Vượt "
          "khó học giỏi” của Quỹ khuyến học Lê Quý Đôn cho học sinh có hoàn cảnh khó khăn."),
        P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp dàn dựng, với "
          "nhiều tiết mục ca ngợi tình thầy trò và mái trường thân yêu."),
        _img("le-20-11-van-nghe-01-400x284.jpg", None, None, "gallery"),
        _img("le-20-11-van-nghe-02-400x284.jpg", None, None, "gallery"),
        _img("le-20-11-trao-hoc-bong-400x284.jpg", None, None, "gallery"),
        _right("Tin: Nguyễn Thị Thu Hà – Ảnh: Lê Minh Quân"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Lê Minh Quân"],
    opts={
        "when": "2026-11-19 16:45", "mod": "2026-11-20T08:02:11", "layout": "side",
        "account": "quantri_lqd", "tags": ["ky-niem-20-11"],
        "seo": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "gallery_words": ["Tiết mục văn nghệ chào mừng 20/11", "Múa “Bụi phấn” của lớp 11A2",
                          "Trao học bổng Vượt khó học giỏi"],
        "comments": [
            (41, "Phụ huynh Lê Thị Hoa", "19/11/2026 lúc 20:14",
             "Chúc các thầy cô Trường Lê Quý Đôn luôn mạnh khỏe, hạnh phúc và thành công!"),
            (42, "Cựu HS khóa 2010–2013", "20/11/2026 lúc 06:31",
             "Nhớ thầy cô và mái trường quá. Tri ân thầy cô nhân ngày 20/11!"),
        ],
    },
)

A2 = Story(
    id=1871,
    slug="doi-tuyen-tin-hoc-gianh-2-giai-nhat-hoi-thi-tin-hoc-tre-thanh-pho-nam-2026",
    title="Đội tuyển Tin học nhà trường giành 2 giải Nhất Hội thi Tin học trẻ thành phố Đà Nẵng năm "
    "2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-26T10:20:00+07:00",
    blocks=[
        _img("tin-hoc-tre-2026.jpg", None, None, "featured"),
        P("Tại Hội thi Tin học trẻ thành phố Đà Nẵng lần thứ XXIX năm 2026 do Thành đoàn, Sở Giáo "
          "dục và Đào tạo và Sở Khoa học và Công nghệ phối hợp tổ chức từ ngày 21 đến 23/11/2026, "
          "đội tuyển Tin học Trường THPT Lê Quý Đôn đã xuất sắc giành 2 giải Nhất, 1 giải Nhì và 2 "
          "giải Khuyến khích."),
        P("Năm nay hội thi thu hút gần 300 thí sinh đến từ các trường tiểu học, THCS và THPT trên "
          "địa bàn thành phố, thi đấu ở ba bảng: bảng A (tiểu học), bảng B (THCS) và bảng C "
          "(THPT). Thí sinh bảng C thi lập trình giải các bài toán thuật toán trong thời gian 150 "
          "phút và thi sản phẩm sáng tạo."),
        _img("tin-hoc-tre-gia-huy-800x533.jpg",
             "(Em Võ Gia Huy, lớp 11A1 nhận giải Nhất bảng C phần thi lập trình)",
             "Em Võ Gia Huy, lớp 11A1 nhận giải Nhất bảng C phần thi lập trình", "wpcap"),
        P("Ở phần thi lập trình, em Võ Gia Huy (lớp 11A1) đạt điểm tuyệt đối 300/300, giành giải "
          "Nhất; em Nguyễn Ngọc Bảo Trâm (lớp 12A2) đạt giải Nhì. Ở phần thi sản phẩm sáng tạo, "
          "nhóm em Trần Đức Anh và Phan Thị Kim Ngân (lớp 11A3) giành giải Nhất với sản phẩm “Hệ "
          "thống cảnh báo ngập lụt cho khu dân cư ven sông Hàn” sử dụng cảm biến mực nước và gửi "
          "cảnh báo qua ứng dụng Zalo."),
        P("Sản phẩm của nhóm được ban giám khảo đánh giá cao về tính thực tiễn, đặc biệt trong bối "
          "cảnh thành phố vừa trải qua nhiều đợt mưa lớn, ngập úng cục bộ trong tháng 10 và tháng "
          "11."),
        _img("tin-hoc-tre-san-pham-800x533.jpg", "Ảnh: Lê Minh Quân", None, "wpcap"),
        P("Hai giải Khuyến khích thuộc về các em Lê Hoàng Long (lớp 10A1) và Đặng Thảo Nguyên (lớp "
          "10A4) – những gương mặt mới lần đầu tham gia hội thi."),
        P("Kết quả trên là thành quả của quá trình bồi dưỡng bền bỉ của thầy cô Tổ Tin học từ đầu "
          "năm học, với các buổi luyện tập vào chiều thứ Ba, thứ Năm hằng tuần và các đợt thi thử "
          "trực tuyến. Các thí sinh đạt giải Nhất sẽ đại diện thành phố tham dự Hội thi Tin học trẻ "
          "toàn quốc dự kiến tổ chức vào tháng 7/2027."),
        _right("Tổ Tin học"),
    ],
    authors=["Tổ Tin học"],
    photographers=["Lê Minh Quân"],
    opts={"when": "2026-11-26 10:20", "mod": "2026-11-26T15:41:09", "layout": "classic",
          "account": "quantri_lqd", "tags": ["stem"],
          "seo": "Đội tuyển Tin học giành 2 giải Nhất Tin học trẻ thành phố"},
)

A3 = Story(
    id=1779,
    slug="khac-phuc-hau-qua-bao-so-13-san-sang-don-hoc-sinh-tro-lai-lop",
    title="Khắc phục hậu quả bão số 13, nhà trường sẵn sàng đón học sinh trở lại lớp",
    cat="tin-tuc-su-kien",
    published_at="2026-11-09T14:10:00+07:00",
    blocks=[
        P("Sau khi bão số 13 đi qua, sáng ngày 8/11/2026 (Chủ nhật), toàn thể cán bộ, giáo viên, "
          "nhân viên và đoàn viên thanh niên Trường THPT Lê Quý Đôn đã ra quân dọn dẹp, khắc phục "
          "hậu quả để sẵn sàng đón học sinh trở lại trường học tập từ thứ Hai, ngày 10/11."),
        P("Bão số 13 với sức gió mạnh cấp 10, giật cấp 12 đã làm gãy đổ 17 cây xanh trong khuôn "
          "viên trường, tốc mái tôn nhà xe học sinh, làm vỡ kính một số phòng học tại dãy nhà B và "
          "gây ngập nước tầng trệt thư viện. Ước tính thiệt hại ban đầu khoảng 350 triệu đồng."),
        _img("sau-bao-don-cay-xanh.jpg",
             "Giáo viên và học sinh dọn dẹp cây xanh gãy đổ trong sân trường",
             "Giáo viên và học sinh dọn dẹp cây xanh gãy đổ trong sân trường", "italic"),
        P("Ngay từ sáng sớm, thầy cô và các em đoàn viên đã chia thành nhiều tổ, nhóm: cưa, dọn cây "
          "đổ; thu gom rác, bùn đất; lau chùi bàn ghế, phòng học; phơi khô sách, tài liệu của thư "
          "viện. Ban đại diện Cha mẹ học sinh cũng huy động xe tải và máy cưa hỗ trợ nhà trường."),
        P("Những việc nhà trường ưu tiên trước khi đón học sinh", "h"),
        P("Kiểm tra, đảm bảo an toàn hệ thống điện, cây xanh và các công trình trước khi cho học "
          "sinh vào lớp;", "li"),
        P("Phun thuốc khử khuẩn toàn bộ phòng học, nhà vệ sinh và khu vực căng tin;", "li"),
        P("Rà soát, thống kê học sinh có nhà bị hư hại do bão để kịp thời hỗ trợ sách vở, đồ dùng "
          "học tập.", "li"),
        _img("sau-bao-lau-don-phong-hoc.jpg", "Lau dọn phòng học tại dãy nhà B sau bão",
             "Lau dọn phòng học tại dãy nhà B sau bão", "italic"),
        P("Theo thống kê của nhà trường, có 23 học sinh có nhà bị tốc mái, hư hỏng. Công đoàn và "
          "Đoàn trường đã kịp thời thăm hỏi, trao quà hỗ trợ mỗi em 1.000.000 đồng cùng sách vở, "
          "đồ dùng học tập."),
        P("Nhờ sự chung tay của tập thể sư phạm, phụ huynh và học sinh, đến chiều cùng ngày khuôn "
          "viên nhà trường đã cơ bản sạch sẽ, đảm bảo an toàn; mọi hoạt động dạy và học được trở lại "
          "bình thường từ ngày 10/11/2026."),
        _right("ThS. Đoàn Văn Lợi – Phó Hiệu trưởng"),
        Raw('<p><strong>Xem thêm:</strong> <a href="https://danang.edu.vn/tin-tuc/so-gddt-cho-hoc-'
            'sinh-nghi-hoc-phong-tranh-bao-so-13" target="_blank" rel="noopener">Sở GD&amp;ĐT cho '
            'học sinh nghỉ học để phòng, tránh bão số 13</a></p>'),
    ],
    authors=["Đoàn Văn Lợi"],
    opts={"when": "2026-11-09 14:10", "mod": "2026-11-10T07:12:40", "layout": "legacy2",
          "account": "quantri_lqd",
          "seo": "Khắc phục hậu quả bão số 13, sẵn sàng đón học sinh"},
)

A4 = Story(
    id=1715,
    slug="doan-kiem-tra-so-gddt-lam-viec-ve-cong-tac-chuan-bi-nam-hoc-2026-2027",
    title="Đoàn kiểm tra của Sở GD&ĐT làm việc với nhà trường về công tác chuẩn bị năm học "
    "2026–2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-14T15:05:00+07:00",
    blocks=[
        _img("kiem-tra-dau-nam-hoc.jpg", None, None, "featured", month="10"),
        P("Chiều ngày 13/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo thành phố Đà Nẵng do bà "
          "Nguyễn Thị Lan Anh, Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã đến kiểm tra "
          "công tác chuẩn bị và triển khai nhiệm vụ năm học 2026–2027 tại Trường THPT Lê Quý Đôn."),
        P("Đoàn đã nghe Ban Giám hiệu báo cáo tình hình đầu năm học: năm học 2026–2027, nhà trường "
          "có 36 lớp với 1.320 học sinh, 86 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt "
          "chuẩn, trong đó 31 giáo viên có trình độ thạc sĩ. Nhà trường đã xây dựng kế hoạch giáo "
          "dục theo Chương trình GDPT 2018 cho cả ba khối lớp, bố trí 8 tổ hợp môn học lựa chọn "
          "phù hợp với nguyện vọng của học sinh.", "nfd"),
        P("Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch dạy học của các tổ chuyên môn, dự giờ 4 tiết "
          "dạy và kiểm tra cơ sở vật chất, thiết bị dạy học, công tác bán trú, y tế trường học.",
          "nbsp"),
        P("Kết luận buổi kiểm tra, bà Nguyễn Thị Lan Anh đánh giá cao sự chủ động của nhà trường "
          "trong công tác chuẩn bị năm học mới, đặc biệt là việc ứng dụng phần mềm quản lý học "
          "sinh, sổ điểm điện tử và học bạ số. Đoàn cũng đề nghị nhà trường tiếp tục rà soát, bổ "
          "sung thiết bị dạy học tối thiểu cho các môn học lựa chọn, tăng cường công tác tư vấn "
          "tâm lý và giáo dục kỹ năng sống cho học sinh.", "nbsp"),
        P("Thay mặt nhà trường, thầy Trần Văn Minh, Hiệu trưởng tiếp thu các ý kiến chỉ đạo của "
          "Đoàn và cam kết khắc phục ngay những tồn tại được chỉ ra trong biên bản kiểm tra."),
        _right("Tổ Văn phòng", "em"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"when": "2026-10-14 15:05", "mod": "2026-10-15T09:30:02", "layout": "classic",
          "account": "quantri_lqd",
          "seo": "Sở GD&ĐT kiểm tra công tác chuẩn bị năm học 2026–2027"},
)

A5 = Story(
    id=1738,
    slug="ngoai-khoa-em-yeu-bien-dao-que-huong-cho-hoc-sinh-khoi-10",
    title="Ngoại khóa “Em yêu biển đảo quê hương” cho học sinh khối 10",
    cat="tin-tuc-su-kien",
    published_at="2026-10-23T09:40:00+07:00",
    blocks=[
        P("Nhằm giáo dục tình yêu quê hương, đất nước và nâng cao nhận thức về chủ quyền biển, đảo "
          "của Tổ quốc, sáng 22/10/2026, Trường THPT Lê Quý Đôn phối hợp với Bộ Chỉ huy Bộ đội Biên "
          "phòng thành phố tổ chức buổi ngoại khóa “Em yêu biển đảo quê hương” cho gần 450 học sinh "
          "khối 10."),
        P("Tại buổi ngoại khóa, Thiếu tá Hồ Văn Thành, cán bộ Phòng Chính trị Bộ đội Biên phòng "
          "thành phố đã giới thiệu với học sinh về vị trí, vai trò chiến lược của biển, đảo Việt "
          "Nam; những cơ sở pháp lý và lịch sử khẳng định chủ quyền của Việt Nam đối với hai quần "
          "đảo Hoàng Sa và Trường Sa; cuộc sống, công tác của cán bộ, chiến sĩ nơi đầu sóng ngọn "
          "gió."),
        _img("ngoai-khoa-bien-dao-01.jpg", "Thiếu tá Hồ Văn Thành nói chuyện với học sinh khối 10",
             "Thiếu tá Hồ Văn Thành nói chuyện với học sinh khối 10", "frame", month="10"),
        P("Học sinh đặc biệt xúc động khi được xem những thước phim tư liệu về huyện đảo Hoàng Sa – "
          "một đơn vị hành chính của thành phố Đà Nẵng – và nghe kể về những ngư dân bám biển, giữ "
          "gìn chủ quyền thiêng liêng của Tổ quốc."),
        P("Em Nguyễn Phương Linh, lớp 10A5 chia sẻ:"),
        P("Trước đây em chỉ biết Hoàng Sa qua sách vở. Hôm nay được nghe các chú bộ đội kể chuyện, "
          "em càng hiểu hơn trách nhiệm của thế hệ trẻ đối với biển, đảo quê hương.", "q"),
        P("Phần giao lưu, thi tìm hiểu kiến thức về biển, đảo diễn ra sôi nổi với 5 đội thi đại "
          "diện cho các lớp. Kết quả, đội lớp 10A5 giành giải Nhất, đội lớp 10A2 và 10A8 đồng giải "
          "Nhì."),
        P("Dịp này, Bộ Chỉ huy Bộ đội Biên phòng thành phố đã trao tặng nhà trường 100 lá cờ Tổ "
          "quốc và bộ tài liệu tuyên truyền về biển, đảo cho thư viện nhà trường."),
        _right("Hoài Thu", "em"),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Đà Nẵng</em></p>'),
    ],
    authors=["Hoài Thu"],
    source="Báo Đà Nẵng",
    opts={"when": "2026-10-23 09:40", "mod": "2026-10-23T10:02:55", "layout": "flex",
          "account": "quantri_lqd", "seo": "Ngoại khóa Em yêu biển đảo quê hương"},
)

A6 = Story(
    id=1856,
    slug="dem-hoi-tuoi-tre-le-quy-don-tri-an-thay-co-nam-2026",
    title="Đêm hội “Tuổi trẻ Lê Quý Đôn – Tri ân thầy cô” năm 2026",
    cat="doan-thanh-nien",
    published_at="2026-11-21T21:30:00+07:00",
    blocks=[
        _img("dem-hoi-tri-an-2026.jpg", None, None, "featured"),
        P("Tối 20/11/2026, tại sân trường, Đoàn trường THPT Lê Quý Đôn tổ chức Đêm hội “Tuổi trẻ "
          "Lê Quý Đôn – Tri ân thầy cô” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."),
        P("Đêm hội là sân chơi văn hóa, văn nghệ bổ ích, là dịp để các chi đoàn thể hiện tài năng, "
          "sự sáng tạo và gửi gắm tình cảm tri ân tới các thầy cô giáo. Sau vòng sơ khảo, 12 tiết "
          "mục xuất sắc nhất của các chi đoàn đã được chọn vào đêm chung kết."),
        P("Các tiết mục được đầu tư công phu cả về nội dung và hình thức, từ múa đương đại, hát tốp "
          "ca đến nhạc kịch, tái hiện những kỷ niệm đẹp dưới mái trường. Đặc biệt, tiết mục nhạc "
          "kịch “Người lái đò thầm lặng” của chi đoàn 12A3 đã để lại nhiều cảm xúc cho khán giả."),
        _img("dem-hoi-12a3-400x284.jpg", None, None, "gallery"),
        _img("dem-hoi-11a1-400x284.jpg", None, None, "gallery"),
        _img("dem-hoi-trao-giai-400x284.jpg", None, None, "gallery"),
        P("Kết quả, Ban Tổ chức đã trao giải Nhất cho chi đoàn 12A3, giải Nhì cho chi đoàn 11A1 và "
          "10A6, giải Ba cho các chi đoàn 12A1, 11A5 và 10A2; giải Tiết mục được yêu thích nhất do "
          "khán giả bình chọn thuộc về chi đoàn 11A1."),
        P("Toàn bộ số tiền bán vé ủng hộ và tài trợ của đêm hội, hơn 42 triệu đồng, được Đoàn "
          "trường chuyển vào quỹ “Áo ấm mùa đông” để hỗ trợ học sinh vùng cao."),
        _right("BCH Đoàn trường"),
    ],
    authors=["BCH Đoàn trường"],
    opts={"when": "2026-11-21 21:30", "mod": "2026-11-22T07:45:18", "layout": "legacy",
          "account": "doantruong", "cats": ["doan-thanh-nien", "tin-tuc-su-kien"],
          "tags": ["ky-niem-20-11"], "seo": "Đêm hội Tuổi trẻ Lê Quý Đôn – Tri ân thầy cô 2026",
          "gallery_words": ["Nhạc kịch “Người lái đò thầm lặng” – chi đoàn 12A3",
                            "Tốp ca chi đoàn 11A1", "Trao giải cho các chi đoàn"]},
)

A7 = Story(
    id=1948,
    slug="chien-dich-ao-am-mua-dong-2026-trao-450-ao-am-cho-hoc-sinh-tay-giang",
    title="Chiến dịch “Áo ấm mùa đông” 2026: trao 450 áo ấm cho học sinh vùng cao Tây Giang",
    cat="doan-thanh-nien",
    published_at="2026-12-02T07:55:00+07:00",
    summary="Từ ngày 30/11 đến 01/12/2026, Đoàn trường THPT Lê Quý Đôn phối hợp với Đoàn xã Tây "
    "Giang tổ chức chương trình “Áo ấm mùa đông” năm 2026, trao tặng 450 áo ấm và nhiều phần quà "
    "cho học sinh Trường PTDTBT TH&THCS Tây Giang.",
    blocks=[
        P("Từ ngày 30/11 đến 01/12/2026, Đoàn trường THPT Lê Quý Đôn phối hợp với Đoàn xã Tây Giang "
          "tổ chức chương trình “Áo ấm mùa đông” năm 2026, trao tặng 450 áo ấm và nhiều phần quà "
          "cho học sinh Trường PTDTBT TH&THCS Tây Giang.", "b"),
        P("Chương trình được phát động từ đầu tháng 11 tới toàn thể đoàn viên, học sinh và cán bộ, "
          "giáo viên nhà trường. Sau gần một tháng, Đoàn trường đã tiếp nhận 450 áo ấm mới, 300 bộ "
          "sách vở, 120 đôi giày và hơn 65 triệu đồng tiền mặt từ các chi đoàn, thầy cô giáo, phụ "
          "huynh và cựu học sinh."),
        _img("ao-am-tay-giang-01.jpg",
             "Đoàn viên nhà trường trao áo ấm cho các em học sinh Tây Giang",
             "Đoàn viên nhà trường trao áo ấm cho các em học sinh Tây Giang", "frame", month="12"),
        P("Sau hơn 4 giờ di chuyển trên cung đường đèo dốc, đoàn tình nguyện gồm 25 thầy cô và đoàn "
          "viên tiêu biểu đã đến với điểm trường. Bên cạnh việc trao áo ấm, quà tặng, các bạn đoàn "
          "viên còn tổ chức các trò chơi dân gian, hướng dẫn các em nhỏ rửa tay đúng cách và cùng "
          "nấu bữa cơm trưa ấm áp."),
        P("Thầy Bríu Pố, Hiệu trưởng Trường PTDTBT TH&THCS Tây Giang xúc động cho biết: “Mùa đông "
          "trên vùng cao rất lạnh, nhiều em đến lớp chỉ có một chiếc áo mỏng. Những chiếc áo ấm, "
          "đôi giày mới của các bạn học sinh Lê Quý Đôn là món quà vô cùng ý nghĩa”."),
        _img("ao-am-tay-giang-02.jpg", "Bữa cơm trưa giữa đoàn tình nguyện và học sinh điểm trường",
             "Bữa cơm trưa giữa đoàn tình nguyện và học sinh điểm trường", "frame", month="12"),
        P("Số tiền mặt còn lại sau chương trình sẽ được Đoàn trường trao tặng học bổng cho 20 học "
          "sinh dân tộc Cơ Tu có thành tích học tập tốt vào dịp Tết Nguyên đán Đinh Mùi 2027."),
        _right("Tin, ảnh: Lê Thị Mỹ Duyên"),
    ],
    authors=["Lê Thị Mỹ Duyên"],
    photographers=["Lê Thị Mỹ Duyên"],
    opts={"when": "2026-12-02 07:55", "mod": "2026-12-03T16:20:37", "layout": "flex",
          "account": "doantruong", "seo": "Áo ấm mùa đông 2026: 450 áo ấm cho học sinh Tây Giang"},
)

A8 = Story(
    id=1702,
    slug="dai-hoi-doan-truong-lan-thu-xxiv-nhiem-ky-2026-2027",
    title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Lê Quý Đôn lần thứ XXIV, nhiệm kỳ 2026 – 2027",
    cat="doan-thanh-nien",
    published_at="2026-10-08",
    blocks=[
        P("Ngày 7/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Lê Quý Đôn tổ chức thành công Đại hội "
          "đại biểu lần thứ XXIV, nhiệm kỳ 2026 – 2027. Về dự đại hội có đồng chí Lê Văn Hải, Phó "
          "Bí thư Thành đoàn Đà Nẵng; thầy Trần Văn Minh, Bí thư Chi bộ, Hiệu trưởng nhà trường "
          "cùng 180 đại biểu đại diện cho hơn 1.300 đoàn viên của 36 chi đoàn."),
        P("Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 – 2026: Đoàn trường đã tổ "
          "chức hiệu quả các phong trào “Tuổi trẻ sáng tạo”, “Học sinh 3 rèn luyện”, “Thanh niên "
          "tình nguyện”; kết nạp 126 đoàn viên mới và được Thành đoàn tặng Bằng khen vì có thành "
          "tích xuất sắc trong công tác Đoàn và phong trào thanh niên trường học."),
        P("Đại hội cũng đã thảo luận, thống nhất phương hướng, nhiệm vụ nhiệm kỳ 2026 – 2027 với 5 "
          "chỉ tiêu trọng tâm, trong đó phấn đấu 100% đoàn viên được học tập các bài học lý luận "
          "chính trị, mỗi chi đoàn thực hiện ít nhất một công trình hoặc phần việc thanh niên."),
        P("Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 gồm 15 đồng chí. Tại phiên "
          "họp thứ nhất, Ban Chấp hành đã bầu thầy Nguyễn Quốc Bảo tiếp tục giữ chức Bí thư Đoàn "
          "trường."),
        _img("dai-hoi-doan-bch-ra-mat-800x533.jpg",
             "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt đại hội",
             "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt đại hội", "wpcap", month="10"),
        Raw('<p>Các tin khác của Đoàn trường xem tại chuyên mục <a href="/category/doan-thanh-nien/">'
            'Đoàn thanh niên</a>.</p>'),
        _right("BBT", "em"),
    ],
    opts={"when": "2026-10-08 00:00", "mod": "2026-10-08T20:11:03", "layout": "classic",
          "account": "doantruong", "seo": "Đại hội Đoàn trường lần thứ XXIV, nhiệm kỳ 2026 – 2027"},
)

A9 = Story(
    id=1764,
    slug="hoi-thao-chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-trai-nghiem-mon-toan",
    title="Hội thảo chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm môn Toán”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-05T15:30:00+07:00",
    blocks=[
        P("Chiều ngày 4/11/2026, Tổ Toán Trường THPT Lê Quý Đôn tổ chức hội thảo chuyên đề “Dạy "
          "học phát triển năng lực qua hoạt động trải nghiệm môn Toán” với sự tham gia của giáo "
          "viên Toán các trường THPT trên địa bàn phường An Hải và phường Sơn Trà."),
        P("Toán học gắn với thực tiễn", "h"),
        P("Mở đầu hội thảo, cô Lê Thị Bích Ngọc trình bày tham luận về việc thiết kế các hoạt động "
          "trải nghiệm trong chủ đề “Thống kê” lớp 10: học sinh tự thu thập số liệu về lượng rác "
          "thải nhựa của lớp trong một tuần, lập bảng, vẽ biểu đồ và rút ra kết luận, từ đó đề xuất "
          "giải pháp giảm thiểu rác thải nhựa."),
        P("Thầy Nguyễn Hữu Phước chia sẻ kinh nghiệm tổ chức dự án “Đo chiều cao cột cờ bằng kiến "
          "thức lượng giác” cho học sinh lớp 11, trong đó học sinh sử dụng thước đo góc tự chế và "
          "điện thoại thông minh để tính toán, so sánh kết quả giữa các nhóm."),
        _img("hoi-thao-toan-do-cot-co.jpg", "Học sinh lớp 11A4 thực hành đo chiều cao cột cờ",
             "Học sinh lớp 11A4 thực hành đo chiều cao cột cờ", "frame"),
        P("Những vấn đề được thống nhất", "h"),
        P("Mỗi học kỳ, mỗi khối lớp tổ chức ít nhất một hoạt động trải nghiệm gắn với nội dung "
          "chương trình;", "li"),
        P("Đánh giá hoạt động trải nghiệm bằng bảng kiểm, rubric, kết hợp tự đánh giá và đánh giá "
          "đồng đẳng;", "li"),
        P("Xây dựng ngân hàng tình huống thực tiễn dùng chung cho các trường trong cụm.", "li"),
        P("Hội thảo đã nhận được nhiều ý kiến trao đổi sôi nổi, thiết thực. Các giải pháp được "
          "thống nhất sẽ được Tổ Toán áp dụng ngay trong học kỳ I và chia sẻ với các trường trong "
          "cụm chuyên môn."),
        _right("Nguyễn Hữu Phước (Tổ Toán)"),
    ],
    authors=["Nguyễn Hữu Phước"],
    opts={"when": "2026-11-05 15:30", "mod": "2026-11-06T08:00:47", "layout": "flex",
          "account": "tochuyenmon", "tags": ["stem"],
          "seo": "Hội thảo dạy học trải nghiệm môn Toán"},
)

A10 = Story(
    id=1731,
    slug="to-ngu-van-thao-giang-cap-truong-dot-1-nam-hoc-2026-2027",
    title="Tổ Ngữ văn tổ chức thao giảng cấp trường đợt 1 năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-20T08:10:00+07:00",
    blocks=[
        _img("thao-giang-ngu-van-dot-1.jpg", None, None, "featured", month="10"),
        P("Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 – 2027, từ ngày 12 đến 17/10/2026, "
          "Tổ Ngữ văn tổ chức thao giảng cấp trường đợt 1 với 8 tiết dạy của các giáo viên trong "
          "tổ."),
        P("Các tiết dạy tập trung vào những bài học trong sách giáo khoa Ngữ văn theo Chương trình "
          "GDPT 2018 như “Chí Phèo” (Nam Cao), “Tràng giang” (Huy Cận), văn bản nghị luận xã hội và "
          "các tiết thực hành viết."),
        P("Nhiều giáo viên đã mạnh dạn vận dụng các phương pháp, kĩ thuật dạy học tích cực như sân "
          "khấu hóa, trạm học tập, “phòng tranh”, kết hợp khai thác học liệu số, giúp học sinh chủ "
          "động khám phá tác phẩm."),
        P("Tiết dạy của cô Phạm Thị Thanh Thảo với bài “Tràng giang” được đánh giá cao nhờ cách tổ "
          "chức cho học sinh đọc diễn cảm, vẽ tranh minh họa và so sánh với những bài thơ cùng đề "
          "tài."),
        P("Tiết dạy của thầy Võ Văn Nhân với chủ đề viết văn bản nghị luận về một vấn đề xã hội đã "
          "tạo hứng thú cho học sinh qua hoạt động tranh biện “Mạng xã hội: bạn hay thù?”.", "br"),
        P("Qua đợt thao giảng, các giáo viên trong tổ có dịp học hỏi, trao đổi, rút kinh nghiệm về "
          "phương pháp và kĩ thuật dạy học, góp phần nâng cao chất lượng dạy học bộ môn."),
        _right("Tổ Ngữ văn"),
    ],
    authors=["Tổ Ngữ văn"],
    opts={"when": "2026-10-20 08:10", "mod": "2026-10-21T10:26:31", "layout": "classic",
          "account": "tochuyenmon", "seo": "Tổ Ngữ văn thao giảng cấp trường đợt 1"},
)

_A9_EMBED_SECRET = "Qk7tL2xWfa"

A11 = Story(
    id=1903,
    slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-28T11:00:00+07:00",
    blocks=[
        _img("hoi-thi-gvdg-2026.jpg", None, None, "featured"),
        P("Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027 đã diễn ra từ ngày 9 đến "
          "25/11/2026 với 18 giáo viên thuộc 9 tổ chuyên môn tham gia. Mỗi giáo viên dự thi thực "
          "hiện hai tiết dạy (một tiết bắt thăm, một tiết tự chọn) và trình bày biện pháp nâng cao "
          "chất lượng giảng dạy bộ môn."),
        P("Qua hai vòng thi, Ban Giám khảo đã đánh giá, xếp loại: 7 giáo viên đạt loại Giỏi, 9 giáo "
          "viên đạt loại Khá. Dưới đây là danh sách giáo viên đạt giải:"),
        P("STT | Họ và tên | Tổ chuyên môn | Kết quả", "th"),
        P("1 | Lê Thị Bích Ngọc | Toán | Giải Nhất", "tr"),
        P("2 | Phạm Thị Thanh Thảo | Ngữ văn | Giải Nhì", "tr"),
        P("3 | Trần Quang Vinh | Vật lí | Giải Nhì", "tr"),
        P("4 | Hồ Thị Minh Nguyệt | Tiếng Anh | Giải Ba", "tr"),
        P("5 | Ngô Đức Thắng | Tin học | Giải Ba", "tr"),
        P("Nhà trường sẽ chọn các giáo viên đạt giải Nhất, Nhì tham dự Hội thi giáo viên dạy giỏi "
          "cấp thành phố dự kiến tổ chức vào tháng 3/2027."),
        Raw("<p>Tham khảo thêm chuyên đề của Tổ Toán:</p>\n@@EMBED_A9@@"),
        _right("Người viết: ThS. Hồ Thị Ngọc Ánh", "em"),
    ],
    authors=["Hồ Thị Ngọc Ánh"],
    opts={"when": "2026-11-28 11:00", "mod": "2026-11-30T14:05:12", "layout": "classic",
          "account": "quantri_lqd", "seo": "Kết quả Hội thi GVDG cấp trường 2026 – 2027"},
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 45%; text-align: center;">SỞ GIÁO DỤC VÀ ĐÀO TẠO TP ĐÀ NẴNG<br />'
    "<strong>TRƯỜNG THPT LÊ QUÝ ĐÔN</strong><br />Số: 215/TB-LQĐ</td>"
    '<td style="width: 55%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
    "<br /><strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u></strong><br />"
    "<em>Đà Nẵng, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 &#8211; 2027</strong></p>"
)
_CLOSING = (
    '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
    "<strong><em>Nơi nhận:</em></strong><br />&#8211; CB, GV, NV, HS;<br />&#8211; Website trường;"
    "<br />&#8211; Lưu: VT.</td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong>'
    "<br /><em>(Đã ký)</em><br /><br /><strong>Trần Văn Minh</strong></td></tr></tbody></table>\n"
    '<p>File đính kèm: <a href="/wp-content/uploads/2026/12/TB-215-lich-kiem-tra-HKI.pdf">'
    "TB-215-lich-kiem-tra-HKI.pdf</a> (245 KB)</p>\n"
    '<p><a href="/wp-content/uploads/2026/12/TB-215-lich-kiem-tra-HKI.pdf" class="pdfemb-viewer" '
    'style="" data-width="max" data-height="max" data-toolbar="bottom" '
    'data-toolbar-fixed="off">TB-215-lich-kiem-tra-HKI<br /></a></p>'
)

A12 = Story(
    id=1927,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch giáo dục năm học 2026 – 2027 của nhà trường; căn cứ tình hình thực tế, "
          "Trường THPT Lê Quý Đôn thông báo lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026 – "
          "2027 như sau:"),
        P("1. Thời gian kiểm tra", "h4"),
        P("- Các môn kiểm tra tập trung (Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch "
          "sử, Địa lí, Giáo dục kinh tế và pháp luật, Tin học): từ ngày 15/12 đến ngày 20/12/2026."),
        P("- Các môn kiểm tra tại lớp (Giáo dục thể chất, Giáo dục quốc phòng và an ninh, Công nghệ, "
          "Âm nhạc, Mĩ thuật): giáo viên bộ môn chủ động tổ chức trong tuần từ ngày 08/12 đến ngày "
          "13/12/2026."),
        P("2. Hình thức kiểm tra", "h4"),
        P("Kiểm tra tập trung theo đề chung của nhà trường, thời gian làm bài 90 phút đối với môn "
          "Ngữ văn và 45 phút đối với các môn còn lại. Học sinh có mặt tại phòng kiểm tra trước giờ "
          "tính giờ làm bài 15 phút và mang theo thẻ học sinh."),
        P("3. Tổ chức thực hiện", "h4"),
        P("Giáo viên chủ nhiệm phổ biến thông báo này đến học sinh và cha mẹ học sinh; các tổ chuyên "
          "môn hoàn thành ma trận, bản đặc tả và đề kiểm tra, nộp về Phó Hiệu trưởng phụ trách "
          "chuyên môn trước ngày 07/12/2026."),
        P("Lịch kiểm tra chi tiết từng môn được niêm yết tại bảng tin nhà trường và gửi qua ứng dụng "
          "sổ liên lạc điện tử."),
        Raw(_CLOSING),
    ],
    authors=["Trần Văn Minh"],
    opts={"when": "2026-12-01 09:00", "mod": "2026-12-01T09:12:44", "layout": "classic",
          "account": "quantri_lqd", "seo": "Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027"},
)

A13 = Story(
    id=1791,
    slug="ke-hoach-to-chuc-ngay-hoi-stem-nam-2026",
    title="Kế hoạch tổ chức Ngày hội STEM năm 2026",
    cat="thong-bao",
    published_at="2026-11-12T10:00:00+07:00",
    blocks=[
        P("Nhằm tạo sân chơi học tập bổ ích, khơi dậy niềm đam mê khoa học, công nghệ, kĩ thuật và "
          "toán học cho học sinh, Trường THPT Lê Quý Đôn xây dựng kế hoạch tổ chức Ngày hội STEM năm "
          "2026 với các nội dung chính như sau."),
        _img("poster-ngay-hoi-stem-2026.jpg", None, None, "frame"),
        P("I. Mục đích, yêu cầu", "acc"),
        P("Tạo môi trường để học sinh vận dụng kiến thức liên môn vào giải quyết các vấn đề thực "
          "tiễn, phát triển năng lực tự học, hợp tác và sáng tạo.", "accp"),
        P("Hoạt động được tổ chức an toàn, tiết kiệm, thu hút 100% học sinh tham gia dưới các hình "
          "thức phù hợp.", "accp"),
        P("II. Thời gian, địa điểm", "acc"),
        P("Thời gian: từ 7 giờ 30 ngày 12/12/2026 (thứ Bảy).", "accp"),
        P("Địa điểm: sân trường và nhà đa năng Trường THPT Lê Quý Đôn.", "accp"),
        P("III. Nội dung hoạt động", "acc"),
        P("Triển lãm sản phẩm STEM của các lớp theo chủ đề “Thành phố xanh – thông minh”: mỗi lớp "
          "trưng bày ít nhất 02 sản phẩm.", "accp"),
        P("Thi “Đấu trường robot” dành cho các câu lạc bộ Robotics; thi phóng tên lửa nước theo khối "
          "lớp.", "accp"),
        P("Các gian trải nghiệm khoa học: thí nghiệm vui Hóa học, thực tế ảo môn Địa lí, lập trình "
          "trò chơi trên Scratch cho học sinh các trường THCS lân cận.", "accp"),
        P("IV. Tổ chức thực hiện", "acc"),
        P("Tổ Vật lí – Công nghệ chủ trì xây dựng thể lệ, phối hợp với Tổ Toán – Tin và Đoàn trường "
          "tổ chức các nội dung thi; giáo viên chủ nhiệm hướng dẫn học sinh đăng kí sản phẩm trước "
          "ngày 05/12/2026.", "accp"),
        P("Kế hoạch chi tiết và thể lệ các nội dung thi được gửi tới giáo viên chủ nhiệm qua hệ "
          "thống quản lý văn bản điều hành của nhà trường. Rất mong nhận được sự tham gia nhiệt "
          "tình của các em học sinh và sự quan tâm, ủng hộ của quý phụ huynh."),
        Raw('<div class="fusion-aligncenter"><a class="fusion-button button-flat fusion-button-'
            'default-size button-default fusion-button-default button-1 fusion-button-default-span '
            'fusion-button-default-type" target="_blank" rel="noopener noreferrer" href="/wp-'
            'content/uploads/2026/11/the-le-ngay-hoi-stem-2026.pdf"><i class="fa-file-pdf far '
            'button-icon-left" aria-hidden="true"></i><span class="fusion-button-text">Tải thể lệ '
            "Ngày hội STEM</span></a></div>"),
    ],
    opts={"when": "2026-11-12 10:00", "mod": "2026-11-25T17:48:20", "layout": "legacy",
          "account": "quantri_lqd", "tags": ["stem"], "seo": "Kế hoạch Ngày hội STEM 2026"},
)

LOCKED = Story(
    id=1990,
    slug="danh-sach-hoc-sinh-du-thi-chon-hsg-quoc-gia-2027",
    title="Danh sách học sinh dự thi chọn đội tuyển học sinh giỏi quốc gia năm 2027",
    cat="thong-bao",
    published_at=None,
    blocks=[],
    opts={"when": "2026-12-04 17:00", "mod": "2026-12-04T17:03:10", "layout": "classic",
          "account": "quantri_lqd", "protected": True,
          "seo": "Danh sách học sinh dự thi chọn đội tuyển HSG quốc gia 2027"},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
POSTS = sorted([*STORIES, LOCKED], key=lambda s: s.opts["when"], reverse=True)
BY_SLUG = {s.slug: s for s in POSTS}
BY_ID = {s.id: s for s in POSTS}


def cats_of(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def shown_title(story: Story) -> str:
    return ("Được bảo vệ: " + story.title) if story.opts.get("protected") else story.title


# --- small formatters ------------------------------------------------------------------------

def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["when"], "%Y-%m-%d %H:%M")


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def wp_date(story: Story) -> str:
    """Avada's default ``F jS, Y`` in the Vietnamese locale: "Tháng Mười Một 19th, 2026"."""
    d = _when(story)
    return f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}"


def gmt_iso(story: Story) -> str:
    return (_when(story) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def rfc822(story: Story) -> str:
    return (_when(story) - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")


def excerpt(story: Story, words: int = 30) -> str:
    if story.opts.get("protected"):
        return "Không có tóm tắt vì đây là bài viết được bảo vệ."
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


def thumb(story: Story, size: str = "500x383") -> str:
    imgs = story.images
    if not imgs:
        return f"{UP}/2026/01/lqd-placeholder-{size}.jpg"
    base = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", imgs[0].src)
    return base[:-4] + f"-{size}.jpg"


def _svg(w: int, h: int) -> str:
    return ("data:image/svg+xml,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27%20"
            f"width%3D%27{w}%27%20height%3D%27{h}%27%20viewBox%3D%270%200%20{w}%20{h}%27%3E%3Crect"
            f"%20width%3D%27{w}%27%20height%3D%27{h}%27%20fill-opacity%3D%220%22%2F%3E%3C%2Fsvg%3E")


def _full(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)


def avada_img(src: str, n: int, alt: str = "", w: int = 1024, h: int = 683, cls: str = "") -> str:
    """Avada's own lazy load: an SVG placeholder in ``src``, the photo in ``data-orig-src``."""
    stem = _full(src)[:-4]
    return (
        f'<img decoding="async" width="{w}" height="{h}" alt="{esc(alt)}" '
        f'title="{esc(src[:-4].rsplit("/", 1)[-1])}" src="{_svg(w, h)}" data-orig-src="{src}" '
        f'class="lazyload img-responsive wp-image-{n}{cls}" srcset="{_svg(w, h)}" '
        f'data-srcset="{stem}-200x133.jpg 200w, {stem}-400x267.jpg 400w, {stem}-600x400.jpg 600w, '
        f'{src} {w}w" data-sizes="auto" data-orig-sizes="(max-width: 1024px) 100vw, {w}px" />'
    )


def a3_img(src: str, n: int, alt: str = "") -> str:
    """a3 Lazy Load: placeholder gif in ``src``, photo in ``data-src``, and a noscript copy."""
    return (
        f'<img loading="lazy" decoding="async" class="lazy lazy-hidden size-large wp-image-{n}" '
        'src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" '
        f'data-lazy-type="image" data-src="{src}" alt="{esc(alt)}" width="800" height="533" '
        f'srcset="" data-srcset="{src} 800w, {src[:-4]}-300x200.jpg 300w" '
        'sizes="(max-width: 800px) 100vw, 800px" /><noscript><img loading="lazy" decoding="async" '
        f'class="size-large wp-image-{n}" src="{src}" alt="{esc(alt)}" width="800" height="533" />'
        "</noscript>"
    )


# --- article content: Fusion Builder elements and classic content ------------------------------


def _p_html(b: P) -> str:
    t = _tx(b.text, nfd=b.style == "nfd")
    if b.style == "b":
        return f"<p><strong>{t}</strong></p>"
    if b.style == "q":
        return f'<blockquote>\n<p><em>{t}</em></p>\n</blockquote>'
    if b.style == "h4":
        return f"<h4><strong>{t}</strong></h4>"
    if b.style == "nbsp":
        return "<p>" + t.replace(", ", ",&nbsp;").replace(". ", ".&nbsp; ") + "&nbsp;</p>"
    return f"<p>{t}</p>"


def _tablepress(rows: list[P]) -> str:
    out = ['<table id="tablepress-7" class="tablepress tablepress-id-7">']
    body_open = False
    for n, row in enumerate(rows, 1):
        cells = row.text.split(" | ")
        parity = "odd" if n % 2 else "even"
        if row.style == "th":
            out.append(f'<thead>\n<tr class="row-{n} {parity}">')
            out += [f'\t<th class="column-{k}">{_tx(c)}</th>' for k, c in enumerate(cells, 1)]
            out.append("</tr>\n</thead>")
            continue
        if not body_open:
            out.append('<tbody class="row-hover">')
            body_open = True
        out.append(f'<tr class="row-{n} {parity}">')
        out += [f'\t<td class="column-{k}">{_tx(c)}</td>' for k, c in enumerate(cells, 1)]
        out.append("</tr>")
    out.append("</tbody>\n</table>\n<!-- #tablepress-7 from cache -->")
    return "\n".join(out)


def _units(story: Story) -> list[tuple[str, object]]:
    """The blocks grouped the way the editor built them: text runs, headings, images, toggles."""
    units: list[tuple[str, object]] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            units.append(("html", b.html))
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "featured":
                i += 1
                continue
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                units.append(("gallery", group))
                continue
            units.append(("img", b))
            i += 1
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_tx(blocks[i].text)}</li>")
                i += 1
            units.append(("html", "<ul>\n" + "\n".join(items) + "\n</ul>"))
            continue
        if b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                rows.append(blocks[i])
                i += 1
            units.append(("html", _tablepress(rows)))
            continue
        if b.style in ("acc", "accp"):
            panels: list[tuple[str, list[str]]] = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("acc", "accp"):
                if blocks[i].style == "acc":
                    panels.append((blocks[i].text, []))
                else:
                    panels[-1][1].append(blocks[i].text)
                i += 1
            units.append(("acc", panels))
            continue
        if b.style == "h":
            units.append(("h", b.text))
            i += 1
            continue
        lines = [_tx(b.text)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(_tx(blocks[i].text))
            i += 1
        units.append(("html", _p_html(b) if len(lines) == 1 else "<p>" + "<br />\n".join(lines) + "</p>"))
    return units


class _Counter:
    def __init__(self) -> None:
        self.n: dict[str, int] = {}

    def __call__(self, kind: str) -> int:
        self.n[kind] = self.n.get(kind, 0) + 1
        return self.n[kind]


def _imageframe(img: Img, story: Story, c: _Counter) -> str:
    n = c("imageframe")
    wid = story.id + 3 + n
    cap = ""
    if img.printed and img.style in ("frame", "featured+"):
        cap = (f'<div class="awb-imageframe-caption-container" style="text-align:center;"><div '
               f'class="awb-imageframe-caption"><p class="awb-imageframe-caption-text">'
               f"{_tx(img.printed)}</p></div></div>")
    elif img.printed and img.style == "frame-title":
        cap = (f'<div class="awb-imageframe-caption-container" style="text-align:center;"><div '
               f'class="awb-imageframe-caption"><h2 class="awb-imageframe-caption-title">'
               f"{_tx(img.printed)}</h2></div></div>")
    words = esc(img.printed or "")
    return (
        f'<div class="fusion-image-element " style="text-align:center;--awb-caption-title-size:'
        f'16px;--awb-caption-title-font-family:var(--h2_typography-font-family);--awb-margin-'
        f'bottom:20px;"><span class=" fusion-imageframe imageframe-none imageframe-{n} hover-type-'
        f'none awb-imageframe-style awb-imageframe-style-below awb-imageframe-style-{n}">'
        f'<a href="{_full(img.src)}" class="fusion-lightbox" data-rel="iLightbox[{story.id}a{n}]" '
        f'data-caption="{words}" data-title="" title="">'
        f"{avada_img(img.src, wid)}</a>{cap}</span></div>"
    )


def _gallery(imgs: list[Img], story: Story, c: _Counter) -> str:
    n = c("gallery")
    words = story.opts.get("gallery_words", [])
    cols = []
    for k, img in enumerate(imgs):
        w = esc(words[k]) if k < len(words) else ""
        cols.append(
            f'<div style="padding:5px;display:block;width:33.33%" class="fusion-grid-column fusion-'
            f'gallery-column fusion-gallery-column-3 hover-type-zoomin"><div class="fusion-gallery-'
            f'image"><a href="{_full(img.src)}" rel="noreferrer" data-rel="iLightbox[gallery_image_'
            f'{n}]" class="fusion-lightbox" target="_self" data-caption="{w}" aria-label="{w}">'
            f"{avada_img(img.src, story.id + 20 + k, alt=words[k] if k < len(words) else '', w=400, h=284)}"
            "</a></div></div>"
        )
    return (
        f'<div class="fusion-gallery fusion-gallery-container fusion-grid-3 fusion-columns-total-'
        f'{len(imgs)} fusion-gallery-layout-grid fusion-gallery-{n}" style="margin:-5px;">'
        + "".join(cols) + '<div class="clearfix"></div></div>'
    )


def _accordion(panels: list[tuple[str, list[str]]], story: Story, c: _Counter) -> str:
    n = c("accordion")
    out = [f'<div class="accordian fusion-accordian" style="--awb-border-size:1px;"><div class="panel-'
           f'group fusion-toggle-icon-boxed" id="accordion-{story.id}-{n}">']
    for k, (head, paras) in enumerate(panels, 1):
        tid = f"{'%x' % (0xA10B0 + story.id * 7 + k)}"
        out.append(
            f'<div class="fusion-panel panel-default panel-{tid} fusion-toggle-has-divider"><div '
            f'class="panel-heading"><h4 class="panel-title toggle" id="toggle_{tid}"><a aria-'
            f'expanded="false" aria-controls="{tid}" role="button" data-toggle="collapse" data-'
            f'parent="#accordion-{story.id}-{n}" data-target="#{tid}" href="#{tid}"><span class='
            '"fusion-toggle-icon-wrapper" aria-hidden="true"><i class="fa-fusion-box active-icon '
            'awb-icon-minus" aria-hidden="true"></i><i class="fa-fusion-box inactive-icon awb-icon-'
            f'plus" aria-hidden="true"></i></span><span class="fusion-toggle-heading">{_tx(head)}'
            f'</span></a></h4></div><div id="{tid}" class="panel-collapse collapse " aria-labelledby'
            f'="toggle_{tid}"><div class="panel-body toggle-content fusion-clearfix">'
            + "".join(f"<p>{_tx(p)}</p>" for p in paras)
            + "</div></div></div>"
        )
    out.append("</div></div>")
    return "".join(out)


def _fusion_title(t: str, c: _Counter) -> str:
    n = c("title")
    return (
        f'<div class="fusion-title title fusion-title-{n} fusion-sep-none fusion-title-text fusion-'
        f'title-size-three" style="--awb-margin-bottom:15px;"><h3 class="title-heading-left '
        f'fusion-responsive-typography-calculated" style="margin:0;--fontSize:22;line-height:1.4;">'
        f"{_tx(t)}</h3></div>"
    )


def _builder_elements(story: Story, c: _Counter) -> list[tuple[str, str]]:
    """(kind, html) of the Fusion elements; consecutive text goes into one fusion-text."""
    elements: list[tuple[str, str]] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            n = c("text")
            elements.append(("text", f'<div class="fusion-text fusion-text-{n}">'
                                     + "\n".join(buf) + "\n</div>"))
            buf.clear()

    for kind, payload in _units(story):
        if kind == "html":
            buf.append(payload)  # type: ignore[arg-type]
            continue
        flush()
        if kind == "h":
            elements.append(("h", _fusion_title(payload, c)))  # type: ignore[arg-type]
        elif kind == "img":
            img = payload
            elements.append(("img", _imageframe(img, story, c)))  # type: ignore[arg-type]
            if img.style == "italic" and img.printed:  # type: ignore[union-attr]
                buf.append(f'<p style="text-align: center;"><em>{_tx(img.printed)}</em></p>')  # type: ignore[union-attr]
        elif kind == "gallery":
            elements.append(("gallery", _gallery(payload, story, c)))  # type: ignore[arg-type]
        elif kind == "acc":
            elements.append(("acc", _accordion(payload, story, c)))  # type: ignore[arg-type]
    flush()
    return elements


def _container(n: int, columns: list[tuple[str, str]], flex: bool = False) -> str:
    """A Fusion container (legacy or flex) with its columns: (size like '1_1', inner html)."""
    cols = []
    names = {"1_1": "fusion-one-full", "2_3": "fusion-two-third", "1_3": "fusion-one-third"}
    widths = {"1_1": "100%", "2_3": "66.6667%", "1_3": "33.3333%"}
    for k, (size, inner) in enumerate(columns):
        first = " fusion-column-first" if k == 0 else ""
        last = " fusion-column-last" if k == len(columns) - 1 else ""
        if flex:
            cols.append(
                f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n}{k} '
                f'fusion_builder_column_{size} {size} fusion-flex-column" style="--awb-bg-size:cover;'
                f'--awb-width-large:{widths[size]};--awb-margin-top-large:0px;--awb-spacing-right-'
                f'large:1.92%;--awb-margin-bottom-large:20px;--awb-spacing-left-large:1.92%;"><div '
                f'class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-'
                f'flex-start fusion-content-layout-column">{inner}</div></div>'
            )
        else:
            cols.append(
                f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{n}{k} '
                f'fusion_builder_column_{size} {size} {names[size]}{first}{last}" style="margin-top:'
                f'0px;margin-bottom:20px;"><div class="fusion-column-wrapper fusion-flex-column-'
                f'wrapper-legacy" style="background-position:left top;background-repeat:no-repeat;'
                f'padding:0px 0px 0px 0px;">{inner}<div class="fusion-clearfix"></div></div></div>'
            )
    if flex:
        return (
            f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n} fusion-flex-container '
            f'nonhundred-percent-fullwidth non-hundred-percent-height-scrolling" style="--awb-border-'
            f'radius-top-left:0px;--awb-padding-top:0px;--awb-flex-wrap:wrap;"><div class="fusion-'
            f'builder-row fusion-row fusion-flex-align-items-flex-start" style="max-width:1216.8px;'
            f'margin-left: calc(-4% / 2 );margin-right: calc(-4% / 2 );">{"".join(cols)}</div></div>'
        )
    return (
        f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{n} nonhundred-percent-'
        f'fullwidth non-hundred-percent-height-scrolling" style="background-color: rgba(255,255,255,0'
        f');background-position: center center;background-repeat: no-repeat;padding-top:0px;padding-'
        f'right:0px;padding-bottom:0px;padding-left:0px;"><div class="fusion-builder-row fusion-row">'
        f'{"".join(cols)}</div></div>'
    )


def _side_widgets(story: Story) -> str:
    """The 1/3 column the editor put next to the text of 1842 (not article text)."""
    same = [s for s in POSTS if s is not story and story.cat in cats_of(s)][:3]
    items = "".join(
        f'<li><a href="/{s.slug}/">{_tx(s.title)}</a><span class="post-date">{wp_date(s)}</span></li>'
        for s in same
    )
    counters = "".join(
        f'<div class="fusion-counter-box fusion-column col-counter-box counter-box-wrapper col-lg-12 '
        f'col-md-12 col-sm-12 fusion-counter-box-{k}"><div class="counter-box-container" style="'
        f'border: 1px solid #e0dede;"><div class="content-box-counter" style="color:#a0ce4e;font-'
        f'size:40px;" data-line-height="48px" data-value="{v}" data-delimiter="." data-direction="up"'
        f' data-decimals="0"><span class="display-counter" data-value="{v}">{v}</span><span class="'
        f'unit">{unit}</span></div><div class="counter-box-border" style="border-color:#e0dede;"></'
        f'div><div class="counter-box-content" style="color:#747474;">{label}</div></div></div>'
        for k, (v, unit, label) in enumerate(
            [("44", " năm", "xây dựng và phát triển"), ("1.320", "", "học sinh"),
             ("86", "", "cán bộ, giáo viên, nhân viên")], 1)
    )
    return (
        '<div class="fusion-widget-area awb-widget-area-element fusion-widget-area-1 fusion-content-'
        'widget-area"><section id="recent-posts-3" class="widget widget_recent_entries"><div class="'
        'heading"><h4 class="widget-title">Tin cùng chuyên mục</h4></div><ul>'
        + items + '</ul></section><div class="fusion-additional-widget-content"></div></div>'
        '<div class="fusion-counters-box counters-box row fusion-clearfix fusion-counters-box-1">'
        + counters + "</div>"
    )


def _classic(story: Story, c: _Counter) -> str:
    out = []
    for kind, payload in _units(story):
        if kind == "html":
            out.append(payload)
        elif kind == "h":
            out.append(f"<h3>{_tx(payload)}</h3>")  # type: ignore[arg-type]
        elif kind == "img":
            img: Img = payload  # type: ignore[assignment]
            n = story.id + 5 + c("img")
            if img.style == "wpcap" and img.printed:
                described = f'<img aria-describedby="caption-attachment-{n}" '
                out.append(
                    f'<div id="attachment_{n}" style="width: 810px" class="wp-caption aligncenter">'
                    + a3_img(img.src, n).replace("<img ", described, 1) +
                    f'<p id="caption-attachment-{n}" class="wp-caption-text">{_tx(img.printed)}</p></div>'
                )
            elif img.style == "italic" and img.printed:
                out.append(f'<p style="text-align: center;">{a3_img(img.src, n)}</p>')
                out.append(f'<p style="text-align: center;"><em>{_tx(img.printed)}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{a3_img(img.src, n)}</p>')
        elif kind == "gallery":
            out.append(_gallery(payload, story, c))  # type: ignore[arg-type]
        elif kind == "acc":
            out.append(_accordion(payload, story, c))  # type: ignore[arg-type]
    return "\n".join(out)


def _embed_card(req: Request, story: Story, secret: str) -> str:
    base = _base_url(req)
    return (
        f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{base}/{story.slug}/">'
        f"{_tx(story.title)}</a></blockquote><iframe class=\"wp-embedded-content\" sandbox=\"allow-"
        f'scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" '
        f'title="&#8220;{_tx(story.title)}&#8221; &#8212; {esc(SITE_NAME)}" src="{base}/{story.slug}'
        f'/embed/#?secret={secret}" data-secret="{secret}" width="600" height="338" frameborder="0" '
        'marginwidth="0" marginheight="0" scrolling="no"></iframe>'
    )


def article_content(req: Request, story: Story) -> str:
    """What ``the_content`` prints for the post (plugins' additions included)."""
    c = _Counter()
    layout = story.opts["layout"]
    if layout == "classic":
        inner = _classic(story, c)
    else:
        elements = _builder_elements(story, c)
        flex = layout == "flex"
        if layout == "side":
            inner = _container(1, [("2_3", "".join(h for _, h in elements)),
                                   ("1_3", _side_widgets(story))])
        elif layout == "legacy2":
            cut = next(k for k, (kind, _) in enumerate(elements) if kind == "h")
            inner = (_container(1, [("1_1", "".join(h for _, h in elements[:cut]))])
                     + _container(2, [("1_1", "".join(h for _, h in elements[cut:]))]))
        else:
            inner = _container(1, [("1_1", "".join(h for _, h in elements))], flex=flex)
    inner = inner.replace("@@EMBED_A9@@", _embed_card(req, A9, _A9_EMBED_SECRET))
    return _a2a(req, story, "top") + _views(story) + "\n" + inner + "\n" + _a2a(req, story, "bottom")


def _a2a(req: Request, story: Story, where: str) -> str:
    url = quote(f"{_base_url(req)}/{story.slug}/", safe="")
    name = quote(story.title, safe="")
    buttons = "".join(
        f'<a class="a2a_button_{b}" href="https://www.addtoany.com/add_to/{b}?linkurl={url}&amp;'
        f'linkname={name}" title="{t}" rel="nofollow noopener" target="_blank"></a>'
        for b, t in (("facebook", "Facebook"), ("zalo", "Zalo"), ("copy_link", "Copy Link"))
    )
    header = '<div class="addtoany_header">Chia sẻ:</div>' if where == "top" else ""
    return (
        f'<div class="addtoany_share_save_container addtoany_content addtoany_content_{where}">{header}'
        f'<div class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{_base_url(req)}/'
        f'{story.slug}/" data-a2a-title="{esc(story.title)}">{buttons}<a class="a2a_dd '
        'addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'
    )


def _views(story: Story) -> str:
    return (
        f'<div class="post-views content-post post-{story.id} entry-meta"><span class="post-views-'
        'icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Lượt xem:</span> '
        f'<span class="post-views-count">{story.views()}</span></div>'
    )


# --- chrome -----------------------------------------------------------------------------------

EMAIL = "thptlequydon@danang.edu.vn"
_CF_KEY = 0x5A


def cf_email() -> str:
    """Cloudflare's e-mail obfuscation: the address only exists for JavaScript."""
    hexed = f"{_CF_KEY:02x}" + "".join(f"{ord(ch) ^ _CF_KEY:02x}" for ch in EMAIL)
    return (f'<a href="/cdn-cgi/l/email-protection#{hexed}"><span class="__cf_email__" '
            f'data-cfemail="{hexed}">[email&#160;protected]</span></a>')


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Lịch sử hình thành", "/gioi-thieu/#lich-su"),
                                    ("Cơ cấu tổ chức", "/gioi-thieu/#co-cau"),
                                    ("Liên hệ", "/lien-he/")]),
    ("Tin tức", "/chuyen-muc/tin-tuc-su-kien/", [
        (CATS["tin-tuc-su-kien"], "/chuyen-muc/tin-tuc-su-kien/"),
        (CATS["doan-thanh-nien"], "/chuyen-muc/doan-thanh-nien/"),
        (CATS["hoat-dong-chuyen-mon"], "/chuyen-muc/hoat-dong-chuyen-mon/"),
    ]),
    ("Thông báo", "/chuyen-muc/thong-bao/", []),
    ("Văn bản", "/van-ban-nha-truong/", []),
    ("Thư viện ảnh", "/portfolio-items/album-ky-niem-44-nam-ngay-nha-giao-viet-nam/", []),
    ("Hỏi đáp", "/faq-items/thu-tuc-chuyen-truong-doi-voi-hoc-sinh-thpt/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu() -> str:
    out = ['<nav class="fusion-main-menu" aria-label="Main Menu"><ul id="menu-menu-chinh" '
           'class="fusion-menu">']
    for k, (label, href, subs) in enumerate(MENU):
        mid = 120 + k * 3
        if subs:
            out.append(
                f'<li id="menu-item-{mid}" class="menu-item menu-item-type-custom menu-item-object-'
                f'custom menu-item-has-children menu-item-{mid} fusion-dropdown-menu" data-item-id="'
                f'{mid}"><a href="{href}" class="fusion-bar-highlight"><span class="menu-text">'
                f'{_tx(label)}</span> <span class="fusion-caret"><i class="fusion-dropdown-indicator" '
                'aria-hidden="true"></i></span></a><ul class="sub-menu">'
                + "".join(
                    f'<li id="menu-item-{mid}{j}" class="menu-item menu-item-type-taxonomy menu-item-'
                    f'object-category menu-item-{mid}{j} fusion-dropdown-submenu"><a href="{h}" class='
                    f'"fusion-bar-highlight"><span>{_tx(lab)}</span></a></li>'
                    for j, (lab, h) in enumerate(subs)
                )
                + "</ul></li>"
            )
        else:
            out.append(
                f'<li id="menu-item-{mid}" class="menu-item menu-item-type-custom menu-item-object-'
                f'custom menu-item-{mid}" data-item-id="{mid}"><a href="{href}" class="fusion-bar-'
                f'highlight"><span class="menu-text">{_tx(label)}</span></a></li>'
            )
    out.append('<li class="fusion-custom-menu-item fusion-main-menu-search"><a class="fusion-main-'
               'menu-icon fusion-bar-highlight" href="#" aria-label="Tìm kiếm" role="button" aria-'
               'expanded="false"></a></li></ul></nav>')
    return "".join(out)


def _header() -> str:
    return (
        '<header class="fusion-header-wrapper"><div class="fusion-header-v3 fusion-logo-alignment '
        'fusion-logo-left fusion-sticky-menu- fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-'
        'menu-design-modern"><div class="fusion-secondary-header"><div class="fusion-row"><div class='
        f'"fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-date">'
        f'{TODAY_LINE}</span><span class="fusion-header-separator">|</span><span class="fusion-'
        'contact-info-phone-number">Điện thoại: 0236 3 831 245</span><span class="fusion-header-'
        f'separator">|</span><span class="fusion-contact-info-email-address">{cf_email()}</span>'
        '</div></div><div class="fusion-alignright"><nav class="fusion-secondary-menu" role="'
        'navigation" aria-label="Secondary Menu"><ul id="menu-top" class="menu"><li class="menu-item">'
        '<a href="https://mail.google.com/a/danang.edu.vn" class="fusion-bar-highlight"><span class="'
        'menu-text">Email nội bộ</span></a></li><li class="menu-item"><a href="https://danang.vnedu.'
        'vn/" class="fusion-bar-highlight"><span class="menu-text">Sổ liên lạc điện tử</span></a></'
        'li></ul></nav></div></div></div><div class="fusion-header-sticky-height"></div><div class="'
        'fusion-header"><div class="fusion-row"><div class="fusion-logo" data-margin-top="10px" data'
        '-margin-bottom="10px" data-margin-left="0px" data-margin-right="0px"><a class="fusion-logo-'
        'link" href="/"><img src="/wp-content/uploads/2026/01/logo-lqd-dn.png" srcset="/wp-content/'
        'uploads/2026/01/logo-lqd-dn.png 1x, /wp-content/uploads/2026/01/logo-lqd-dn@2x.png 2x" '
        'width="380" height="90" style="max-height:90px;height:auto;" alt="Trường THPT Lê Quý Đôn - '
        'Đà Nẵng Logo" data-retina_logo_url="/wp-content/uploads/2026/01/logo-lqd-dn@2x.png" class="'
        'fusion-standard-logo" /></a></div>' + _menu()
        + '<div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-'
        'label="Toggle mobile menu" aria-expanded="false"></a></div><nav class="fusion-mobile-nav-'
        'holder fusion-mobile-menu-text-align-left" aria-label="Main Menu Mobile"></nav></div></div>'
        '</div><div class="fusion-clearfix"></div></header>'
    )


def _titlebar(h1: str, crumbs: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in crumbs:
        if href:
            parts.append(f'<span><a href="{href}">{_tx(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{_tx(label)}</span>')
    return (
        '<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar"><div class="fusion-'
        'page-title-bar fusion-page-title-bar-breadcrumbs fusion-page-title-bar-left"><div class="'
        'fusion-page-title-row"><div class="fusion-page-title-wrapper"><div class="fusion-page-title-'
        f'captions"><h1 class="entry-title">{_tx(h1)}</h1></div><div class="fusion-page-title-'
        'secondary"><div class="fusion-breadcrumbs awb-yoast-breadcrumbs fusion-breadcrumbs-1" style'
        '="--awb-breadcrumb-sep:\'/\';"><nav aria-label="Breadcrumb"><span>'
        + " » ".join(parts) + "</span></nav></div></div></div></div></div></section>"
    )


def _sidebar() -> str:
    recent = "".join(f'<li><a href="/{s.slug}/">{_tx(shown_title(s))}</a></li>' for s in POSTS[:5])

    def tab_items(stories: list[Story]) -> str:
        return "".join(
            f'<li><div class="image"><a href="/{s.slug}/" aria-label="{esc(s.title)}"><img width="66" '
            f'height="66" src="{thumb(s, "66x66")}" class="attachment-recent-works-thumbnail size-'
            f'recent-works-thumbnail wp-post-image" alt="" decoding="async" /></a></div><div class="'
            f'post-holder"><a href="/{s.slug}/">{_tx(s.title)}</a><div class="fusion-meta">'
            f"{wp_date(s)}</div></div></li>"
            for s in stories
        )

    poll = "".join(
        f'<li><input type="radio" id="poll-answer-{9 + k}" name="poll_3" value="{9 + k}" /> <label '
        f'for="poll-answer-{9 + k}">{_tx(a)}</label></li>'
        for k, a in enumerate(["Tin tức – Sự kiện", "Thông báo, lịch kiểm tra", "Tuyển sinh lớp 10",
                               "Hoạt động Đoàn"])
    )
    return (
        '<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-'
        'sidebar-right fusion-blogsidebar" style="float: right;" data=""><section id="search-2" class'
        '="widget widget_search"><form role="search" class="searchform fusion-search-form fusion-'
        'search-form-classic" method="get" action="/"><div class="fusion-search-form-content"><div '
        'class="fusion-search-field search-field"><label><span class="screen-reader-text">Tìm kiếm:'
        '</span><input type="search" value="" name="s" class="s" placeholder="Tìm kiếm..." required '
        'aria-required="true" aria-label="Tìm kiếm..."/></label></div><div class="fusion-search-'
        'button search-button"><input type="submit" class="fusion-search-submit searchsubmit" aria-'
        'label="Tìm kiếm" value="&#xf002;" /></div></div></form></section>'
        '<section id="recent-posts-2" class="widget widget_recent_entries"><div class="heading"><h4 '
        f'class="widget-title">Bài viết mới</h4></div><ul>{recent}</ul></section>'
        '<section id="pyre_tabs-widget-2" class="widget fusion-tabs-widget"><div class="fusion-tabs-'
        'widget-wrapper fusion-tabs-widget-2 fusion-tabs-classic fusion-tabs-image-default tab-holder'
        '"><nav class="fusion-tabs-nav"><ul class="tabset tabs"><li class="active"><a href="#" data-'
        'link="fusion-tab-popular">Xem nhiều</a></li><li><a href="#" data-link="fusion-tab-recent">'
        'Mới nhất</a></li></ul></nav><div class="fusion-tabs-widget-content tab-box tabs-container">'
        '<div class="fusion-tab-popular fusion-tab-content tab tab_content" data-name="fusion-tab-'
        f'popular"><ul class="fusion-tabs-widget-items news-list">{tab_items([A1, A6, A7])}</ul></div>'
        '<div class="fusion-tab-recent fusion-tab-content tab tab_content" data-name="fusion-tab-'
        'recent" style="display: none;"><ul class="fusion-tabs-widget-items news-list">'
        f"{tab_items([A7, A12, A11])}</ul></div></div></div></section>"
        '<section id="media_image-3" class="widget widget_media_image"><div class="heading"><h4 class'
        '="widget-title">Liên kết</h4></div><a href="https://danang.edu.vn/"><img width="300" height='
        '"90" src="/wp-content/uploads/2026/01/banner-so-gddt-da-nang.png" class="image wp-image-31 '
        'attachment-full size-full" alt="Sở GD&amp;ĐT Đà Nẵng" decoding="async" /></a><a href="https'
        '://moet.gov.vn/"><img width="300" height="90" src="/wp-content/uploads/2026/01/banner-bo-'
        'gddt.png" class="image wp-image-32 attachment-full size-full" alt="Bộ GD&amp;ĐT" decoding="'
        'async" /></a></section>'
        '<section id="polls-widget-2" class="widget widget_polls-widget"><div class="heading"><h4 '
        'class="widget-title">Thăm dò ý kiến</h4></div><div id="polls-3" class="wp-polls"><form id="'
        'polls_form_3" class="wp-polls-form" action="/index.php" method="post"><p style="display: '
        'none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="7d1c0b2e4a" /></p>'
        '<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p><p style="'
        'text-align: center;"><strong>Bạn quan tâm nhất thông tin nào trên website?</strong></p><div '
        f'id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{poll}</ul><p style="text-'
        'align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" '
        'onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
        'onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form>'
        '</div></section>'
        '<section id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><div class="'
        'heading"><h4 class="widget-title">Thống kê truy cập</h4></div><ul><li><label>Đang online:'
        '&nbsp;</label>23</li><li><label>Hôm nay:&nbsp;</label>412</li><li><label>Hôm qua:&nbsp;'
        '</label>1.036</li><li><label>Tổng truy cập:&nbsp;</label>1.204.551</li></ul></section>'
        "</aside>"
    )


def _footer() -> str:
    return (
        '<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div '
        'class="fusion-row"><div class="fusion-columns fusion-columns-3 fusion-widget-area"><div '
        'class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="text-2" class="fusion-footer-'
        'widget-column widget widget_text"><h4 class="widget-title">TRƯỜNG THPT LÊ QUÝ ĐÔN</h4><div '
        'class="textwidget"><p>Địa chỉ: 48 Nguyễn Công Trứ, phường An Hải, thành phố Đà Nẵng<br />'
        'Điện thoại: 0236 3 831 245 &#8211; Fax: 0236 3 831 246<br />Email: ' + cf_email()
        + '</p></div><div style="clear:both;"></div></section></div><div class="fusion-column col-lg-4 '
        'col-md-4 col-sm-4"><section id="nav_menu-2" class="fusion-footer-widget-column widget '
        'widget_nav_menu"><h4 class="widget-title">Liên kết nhanh</h4><div class="menu-lien-ket-nhanh-'
        'container"><ul id="menu-lien-ket-nhanh" class="menu"><li class="menu-item"><a href="/gioi-'
        'thieu/">Giới thiệu</a></li><li class="menu-item"><a href="/van-ban-nha-truong/">Văn bản nhà '
        'trường</a></li><li class="menu-item"><a href="https://tuyensinh.danang.gov.vn/">Tuyển sinh '
        'lớp 10</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div><div '
        'style="clear:both;"></div></section></div><div class="fusion-column fusion-column-last col-'
        'lg-4 col-md-4 col-sm-4"><section id="custom_html-2" class="widget_text fusion-footer-widget-'
        'column widget widget_custom_html"><h4 class="widget-title">Fanpage</h4><div class="textwidget '
        'custom-html-widget"><a href="https://www.facebook.com/thptlequydon.danang" target="_blank" '
        'rel="noopener">THPT Lê Quý Đôn &#8211; Đà Nẵng trên Facebook</a></div><div style="clear:both;'
        '"></div></section></div><div class="fusion-clearfix"></div></div></div></footer><footer id="'
        'footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-'
        'copyright-content"><div class="fusion-copyright-notice"><div>© Copyright 2012 &#8211; 2026 | '
        'Trường THPT Lê Quý Đôn &#8211; Đà Nẵng | Thiết kế: <a href="https://vinaweb.vn" target="'
        '_blank">VinaWeb</a></div></div><div class="fusion-social-links-footer"><div class="fusion-'
        'social-networks"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-'
        'icon fusion-tooltip fusion-facebook awb-icon-facebook" style="color:#46494a;" data-placement'
        '="top" data-title="Facebook" data-toggle="tooltip" title="Facebook" href="https://www.'
        'facebook.com/thptlequydon.danang" target="_blank" rel="noreferrer"><span class="screen-reader'
        '-text">Facebook</span></a><a class="fusion-social-network-icon fusion-tooltip fusion-youtube '
        'awb-icon-youtube" style="color:#46494a;" title="YouTube" href="https://www.youtube.com/@'
        'thptlequydondanang" target="_blank" rel="noopener noreferrer"><span class="screen-reader-'
        'text">YouTube</span></a></div></div></div></div></div></footer></div>'
    )


_BODY_COMMON = (
    "fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-button_span-no "
    "fusion-button_gradient-linear avada-image-rollover-circle-yes avada-image-rollover-yes avada-"
    "image-rollover-direction-left fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-"
    "mobile-sticky-header no-mobile-slidingbar no-mobile-totop fusion-disable-outline fusion-sub-menu"
    "-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-"
    "offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center mobile-"
    "menu-design-modern fusion-show-pagination-text fusion-header-layout-v3 avada-responsive avada-"
    "footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic fusion-main-menu-"
    "search-dropdown fusion-avatar-square avada-dropdown-styles avada-blog-layout-large avada-blog-"
    "archive-layout-medium avada-header-shadow-no avada-menu-icon-position-left avada-has-megamenu-"
    "shadow avada-has-mainmenu-dropdown-divider avada-has-breadcrumb-mobile-hidden avada-has-"
    "titlebar-bar_and_content avada-has-pagination-padding avada-flyout-menu-direction-fade avada-"
    "ec-views-v1"
)


def page(
    req: Request,
    *,
    title: str,
    body_class: str,
    h1: str | None,
    crumbs: list[tuple[str, str | None]],
    content: str,
    canonical: str,
    yoast: str = "",
    head: str = "",
    sidebar: bool = True,
    status: int = 200,
) -> Response:
    base = _base_url(req)
    titlebar = _titlebar(h1, crumbs) if h1 is not None else ""
    if sidebar:
        main = (f'<section id="content" style="float: left;">{content}</section>{_sidebar()}')
    else:
        main = f'<section id="content" class="full-width">{content}</section>'
    doc = f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="vi" prefix="og: https://ogp.me/ns#">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta name="viewport" content="width=device-width, initial-scale=1" />

<!-- Search Engine Optimization by Yoast SEO v19.10 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{_tx(title)}</title>
<link rel="canonical" href="{base}{canonical}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(SITE_NAME)}" />
{yoast}
<!-- / Yoast SEO plugin. -->

<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<link rel='stylesheet' id='fusion-dynamic-css-css' href='{base}/wp-content/uploads/fusion-styles/3b9c1d0e7f2a.min.css?ver=3.9.2' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='{base}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' type='text/css' media='all' />
<script type='text/javascript' src='{base}/wp-includes/js/jquery/jquery.min.js?ver=3.6.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.1.1" />
{head}
<link rel="icon" href="{base}/wp-content/uploads/2026/01/cropped-logo-lqd-32x32.png" sizes="32x32" />
<style type="text/css" id="css-fb-visibility">@media screen and (max-width: 640px){{.fusion-no-small-visibility{{display:none !important;}}}}</style>
<script type="text/javascript">var doc = document.documentElement; doc.setAttribute( 'data-useragent', navigator.userAgent );</script>
</head>

<body class="{body_class} {_BODY_COMMON}" data-awb-post-id="">
	<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
	<div id="boxed-wrapper"><div class="fusion-sides-frame"></div><div id="wrapper" class="fusion-wrapper"><div id="home" style="position:relative;top:-1px;"></div>
{_header()}
<div id="sliders-container" class="fusion-slider-visibility"></div>
{titlebar}
<main id="main" class="clearfix "><div class="fusion-row" style="">
{main}
</div></main>
{_footer()}
<div class="fusion-sliding-bar-wrapper"></div>
</div></div>
<div class="fusion-top-frame"></div><div class="fusion-bottom-frame"></div><div class="fusion-boxed-shadow"></div>
<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">Page load link</a>
<div class="avada-footer-scripts">
<script type='text/javascript' src='{base}/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.6.0' id='jquery-lazyloadxt-js'></script>
<script type='text/javascript' src='{base}/wp-content/themes/Avada/includes/lib/assets/min/js/library/lazysizes.js?ver=7.9.2' id='lazysizes-js'></script>
<script type='text/javascript' src='{base}/wp-includes/js/wp-embed.min.js?ver=6.1.1' id='wp-embed-js'></script>
<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>
</div>
<div class="to-top-container to-top-right"><a href="#" id="toTop" class="fusion-top-top-link"><span class="screen-reader-text">Lên đầu trang</span></a></div>
</body>
</html>
"""
    return html(doc, status=status)


# --- single post ------------------------------------------------------------------------------


def _local_to_gmt(iso_local: str) -> str:
    d = datetime.strptime(iso_local, "%Y-%m-%dT%H:%M:%S") - timedelta(hours=7)
    return d.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _cat_link(slug: str) -> str:
    return f'<a href="/chuyen-muc/{slug}/" rel="category tag">{_tx(CATS[slug])}</a>'


def _featured(story: Story) -> Img | None:
    return next((i for i in story.images if i.style in ("featured", "featured+")), None)


def _slider(story: Story) -> str:
    img = _featured(story)
    if img is None:
        return ""
    name = img.src.rsplit("/", 1)[-1][:-4]
    return (
        '<div class="fusion-flexslider flexslider fusion-flexslider-loading post-slideshow fusion-'
        f'post-slideshow"><ul class="slides"><li><a href="{_full(img.src)}" data-rel="iLightbox['
        f'gallery{story.id}]" title="" data-title="{name}" data-caption="" aria-label="{name}"><span '
        'class="screen-reader-text">Xem ảnh lớn</span>'
        + avada_img(img.src, story.id + 1, w=1200, h=800, cls=" attachment-full size-full wp-post-image")
        + "</a></li></ul></div>"
    )


def _meta_line(story: Story, single: bool = True) -> str:
    acct = story.opts["account"]
    cats = ", ".join(_cat_link(c) for c in cats_of(story))
    tags = ""
    if single and story.opts.get("tags"):
        tags = ('<span class="meta-tags">Thẻ: '
                + ", ".join(f'<a href="/tag/{t}/" rel="tag">{_tx(TAGS[t])}</a>' for t in story.opts["tags"])
                + '</span><span class="fusion-inline-sep">|</span>')
    n = len(story.opts.get("comments", []))
    comments = (f'<span class="fusion-comments"><a href="/{story.slug}/#{"comments" if n else "respond"}">'
                f'{n} Bình luận</a></span><span class="fusion-inline-sep">|</span>') if single else ""
    return (
        f'Bởi <span class="vcard"><span class="fn"><a href="/author/{acct}/" title="Đăng bởi {acct}" '
        f'rel="author">{acct}</a></span></span><span class="fusion-inline-sep">|</span><span class="'
        f'updated rich-snippet-hidden">{story.opts["mod"]}+07:00</span><span>{wp_date(story)}</span>'
        f'<span class="fusion-inline-sep">|</span>Chuyên mục: {cats}<span class="fusion-inline-sep">'
        f"|</span>{tags}{comments}"
    )


def _sharing(req: Request, story: Story) -> str:
    url = quote(f"{_base_url(req)}/{story.slug}/", safe="")
    t = quote(story.title, safe="")
    links = [
        ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url}&amp;t={t}"),
        ("twitter", "Twitter", f"https://twitter.com/share?url={url}&amp;text={t}"),
        ("linkedin", "LinkedIn", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={url}"),
        ("mail", "Email", f"mailto:?body={url}&amp;subject={t}"),
    ]
    return (
        '<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box share-box">'
        '<h4>Chia sẻ bài viết này!</h4><div class="fusion-social-networks boxed-icons"><div class="'
        'fusion-social-networks-wrapper">'
        + "".join(
            f'<a class="fusion-social-network-icon fusion-tooltip fusion-{k} awb-icon-{k}" style="color:'
            f'#ffffff;background-color:#3b5998;border-color:#3b5998;" data-placement="top" data-title="'
            f'{label}" data-toggle="tooltip" title="{label}" href="{href}" target="_blank" rel="noreferrer">'
            f'<span class="screen-reader-text">{label}</span></a>'
            for k, label, href in links
        )
        + "</div></div></div>"
    )


def _related(story: Story) -> str:
    rel = [s for s in POSTS if s is not story and set(cats_of(s)) & set(cats_of(story))][:3]
    if not rel:
        return ""
    slides = "".join(
        f'<div class="swiper-slide"><div class="fusion-carousel-item-wrapper"><div class="fusion-image-'
        f'wrapper fusion-image-size-fixed" aria-haspopup="true"><img src="{thumb(s)}" width="500" '
        f'height="383" alt="{esc(shown_title(s))}" /><div class="fusion-rollover"><div class="fusion-'
        f'rollover-content"><a class="fusion-rollover-link" href="/{s.slug}/">{_tx(shown_title(s))}</a>'
        f'<div class="fusion-rollover-sep"></div><a class="fusion-link-wrapper" href="/{s.slug}/" aria-'
        f'label="{esc(shown_title(s))}"></a></div></div></div><h4 class="fusion-carousel-title"><a '
        f'class="fusion-related-posts-title-link" href="/{s.slug}/" target="_self" title="'
        f'{esc(shown_title(s))}">{_tx(shown_title(s))}</a></h4><div class="fusion-carousel-meta"><span '
        f'class="fusion-date">{wp_date(s)}</span><span class="fusion-inline-sep">|</span><span><a href'
        f'="/{s.slug}/#respond">{len(s.opts.get("comments", []))} Bình luận</a></span></div></div></div>'
        for s in rel
    )
    return (
        '<section class="related-posts single-related-posts"><div class="fusion-title fusion-title-'
        'size-three sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;"><h3 class="title-'
        'heading-left" style="margin:0;">Bài viết liên quan</h3><span class="awb-title-spacer"></span>'
        '<div class="title-sep-container"><div class="title-sep sep-double sep-solid"></div></div>'
        '</div><div class="awb-carousel awb-swiper awb-swiper-carousel fusion-carousel-title-below-'
        'image" data-imagesize="fixed" data-metacontent="yes" data-autoplay="no" data-touchscroll="no"'
        ' data-columns="3" data-itemmargin="44px" data-itemwidth="180" data-scrollitems=""><div class'
        f'="swiper-wrapper">{slides}</div><div class="awb-swiper-button awb-swiper-button-prev"><i '
        'class="awb-icon-angle-left" aria-hidden="true"></i></div><div class="awb-swiper-button awb-'
        'swiper-button-next"><i class="awb-icon-angle-right" aria-hidden="true"></i></div></div>'
        "</section>"
    )


def _comments(story: Story, reply_to: int | None) -> str:
    out = []
    items = story.opts.get("comments", [])
    if items:
        out.append(
            '<div id="comments" class="comments-container"><div class="fusion-title fusion-title-size-'
            'two sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;"><h2 class="title-'
            f'heading-left" style="margin:0;">{len(items)} Bình luận</h2></div><ol class="commentlist">'
        )
        for k, (cid, who, when, said) in enumerate(items):
            parity = "even" if k % 2 == 0 else "odd"
            out.append(
                f'<li class="comment {parity} thread-{parity} depth-1" id="comment-{cid}"><div class="the-'
                'comment"><div class="avatar"><img alt="" src="/wp-content/uploads/2026/01/avatar-mac-'
                'dinh.png" class="avatar avatar-54 photo" height="54" width="54" loading="lazy" /></div>'
                f'<div class="comment-box"><div class="comment-author meta"><strong>{_tx(who)}</strong> '
                f"{when}<a rel='nofollow' class='comment-reply-link' href='/{story.slug}/?replytocom="
                f"{cid}#respond' data-commentid=\"{cid}\" data-postid=\"{story.id}\" data-belowelement="
                f'"comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(who)}" aria-'
                f"label='Trả lời {esc(who)}'> - Trả lời</a></div><div class=\"comment-text\"><p>"
                f"{_tx(said)}</p></div></div></div></li>"
            )
        out.append("</ol></div>")
    cancel = "" if reply_to else ' style="display:none;"'
    out.append(
        '<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Để '
        f'lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="/{story.slug}'
        f'/#respond"{cancel}>Hủy</a></small></h2><form action="/wp-comments-post.php" method="post" '
        'id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email '
        'của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span '
        'class="required">*</span></p><div id="comment-textarea"><label class="screen-reader-text" for'
        '="comment">Bình luận</label><textarea name="comment" id="comment" cols="45" rows="8" aria-'
        'required="true" required="required" tabindex="0" class="textarea-comment" placeholder="Bình '
        'luận..."></textarea></div><div id="comment-input"><input id="author" name="author" type="'
        'text" value="" placeholder="Tên (bắt buộc)" size="30" aria-required="true" required="required'
        '" aria-label="Tên (bắt buộc)"/><input id="email" name="email" type="email" value="" '
        'placeholder="Email (bắt buộc)" size="30"  aria-required="true" required="required" aria-label'
        '="Email (bắt buộc)"/></div><p class="form-submit"><input name="submit" type="submit" id="'
        'comment-submit" class="fusion-button fusion-button-default fusion-button-default-size" value='
        f'"Gửi bình luận" /> <input type="hidden" name="comment_post_ID" value="{story.id}" id="'
        f'comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="'
        f'{reply_to or 0}" /></p></form></div>'
    )
    return "".join(out)


def _password_form(story: Story) -> str:
    return (
        '<form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>Nội '
        "dung này được bảo vệ bằng mật khẩu. Để xem, vui lòng nhập mật khẩu bên dưới:</p><p><label "
        f'for="pwbox-{story.id}">Mật khẩu: <input name="post_password" id="pwbox-{story.id}" type="'
        'password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="'
        'Gửi" /></p></form>'
    )


def _yoast_post(req: Request, story: Story) -> str:
    base = _base_url(req)
    url = f"{base}/{story.slug}/"
    acct = story.opts["account"]
    seo = story.opts["seo"] + SEO_SUFFIX
    desc = excerpt(story, 24).replace(" […]", "...")
    feat = _featured(story) or (story.images[0] if story.images else None)
    words = sum(len(p.split()) for p in story.paragraphs)
    graph = [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": acct, "@id": f"{base}/#/schema/person/{ACCOUNTS[acct]:032x}"},
         "headline": story.title[:110], "datePublished": gmt_iso(story),
         "dateModified": _local_to_gmt(story.opts["mod"]), "mainEntityOfPage": {"@id": url},
         "wordCount": words, "commentCount": len(story.opts.get("comments", [])),
         "publisher": {"@id": f"{base}/#organization"},
         "articleSection": [CATS[c] for c in cats_of(story)], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": seo, "isPartOf": {"@id": f"{base}/#website"},
         "datePublished": gmt_iso(story), "dateModified": _local_to_gmt(story.opts["mod"]),
         "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": CATS[story.cat],
             "item": f"{base}/chuyen-muc/{story.cat}/"},
            {"@type": "ListItem", "position": 3, "name": shown_title(story)}]},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE_NAME, "url": f"{base}/"},
        {"@type": "Person", "@id": f"{base}/#/schema/person/{ACCOUNTS[acct]:032x}", "name": acct,
         "url": f"{base}/author/{acct}/"},
    ]
    if feat:
        graph[0]["thumbnailUrl"] = base + feat.src
    image = (f'<meta property="og:image" content="{base}{feat.src}" />\n<meta property="og:image:width" '
             'content="1200" />\n<meta property="og:image:height" content="800" />\n<meta property="'
             'og:image:type" content="image/jpeg" />\n') if feat else ""
    minutes = max(1, words // 200)
    return (
        f'<meta name="description" content="{esc(desc)}" />\n<meta property="og:type" content="article" />'
        f'\n<meta property="og:title" content="{esc(seo)}" />\n<meta property="og:description" content="'
        f'{esc(desc)}" />\n<meta property="og:url" content="{url}" />\n<meta property="article:publisher"'
        ' content="https://www.facebook.com/thptlequydon.danang" />\n<meta property="article:published_'
        f'time" content="{gmt_iso(story)}" />\n<meta property="article:modified_time" content="'
        f'{_local_to_gmt(story.opts["mod"])}" />\n{image}<meta name="author" content="{acct}" />\n<meta '
        'name="twitter:card" content="summary_large_image" />\n<meta name="twitter:label1" content="Được'
        f' viết bởi" />\n<meta name="twitter:data1" content="{acct}" />\n<meta name="twitter:label2" '
        f'content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="{minutes} phút" />\n'
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
        + "</script>"
    )


def single(req: Request, story: Story, reply_to: int | None = None) -> Response:
    base = _base_url(req)
    locked = bool(story.opts.get("protected"))
    cat_classes = " ".join(f"category-{c}" for c in cats_of(story))
    tag_classes = " ".join(f"tag-{t}" for t in story.opts.get("tags", []))
    content = _password_form(story) if locked else article_content(req, story)
    article = (
        f'<article id="post-{story.id}" class="post post-{story.id} type-post status-publish format-'
        f'standard{" post-password-required" if locked else " has-post-thumbnail"} hentry {cat_classes}'
        f' {tag_classes}">{_slider(story) if not locked else ""}<h2 class="entry-title fusion-post-title'
        f'">{_tx(shown_title(story))}</h2><div class="post-content">{content}</div><div class="fusion-'
        f'meta-info"><div class="fusion-meta-info-wrapper">{_meta_line(story)}</div></div>'
        f"{_sharing(req, story)}{_related(story)}{_comments(story, reply_to)}</article>"
    )
    oembed = quote(f"{base}/{story.slug}/", safe="")
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; '
        f'{esc(story.title)} Dòng phản hồi" href="{base}/{story.slug}/feed/" />\n'
        f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{story.id}" />\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
        f'<link rel="alternate" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?'
        f'url={oembed}" />\n<link rel="alternate" type="text/xml+oembed" href="{base}/wp-json/oembed/'
        f'1.0/embed?url={oembed}&#038;format=xml" />'
    )
    body_class = (f"post-template-default single single-post postid-{story.id} single-format-standard"
                  f"{' post-password-required' if locked else ''} has-sidebar")
    return page(
        req,
        title=story.opts["seo"] + SEO_SUFFIX if not locked else shown_title(story) + SEO_SUFFIX,
        body_class=body_class,
        h1="Tin tức",
        crumbs=[("Trang chủ", "/"), (CATS[story.cat], f"/chuyen-muc/{story.cat}/"),
                (shown_title(story), None)],
        content=article,
        canonical=f"/{story.slug}/",
        yoast=_yoast_post(req, story) if not locked else '<meta name="robots" content="noindex, follow" />',
        head=head,
    )


def embed_page(req: Request, story: Story) -> Response:
    """WordPress's ``/embed/`` template: an excerpt card meant for an iframe."""
    base = _base_url(req)
    feat = _featured(story) or (story.images[0] if story.images else None)
    img = (f'<div class="wp-embed-featured-image rectangular"><a href="{base}/{story.slug}/" target="'
           f'_top"><img width="600" height="400" src="{base}{thumb(story, "600x400")}" class="attachment-'
           f'medium_large size-medium_large" alt="" decoding="async" /></a></div>') if feat else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
	<title>{_tx(story.title)} &#8211; {esc(SITE_NAME)}</title>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name='robots' content='noindex, follow, max-image-preview:large' />
	<link rel="canonical" href="{base}/{story.slug}/" />
	<style type="text/css">body,html{{padding:0;margin:0}}body{{font-family:sans-serif}}.wp-embed{{padding:25px;font-size:14px;font-weight:400;line-height:1.5;background:#fff;border:1px solid #dcdcde}}</style>
</head>
<body class="post-template-default single single-post postid-{story.id} single-format-standard">
	<div class="wp-embed post-{story.id} post type-post status-publish format-standard hentry category-{story.cat}">
		{img}
		<p class="wp-embed-heading"><a href="{base}/{story.slug}/" target="_top">{_tx(story.title)}</a></p>
		<div class="wp-embed-excerpt"><p>{_tx(excerpt(story, 40).replace(" […]", ""))}&hellip; <a href="{base}/{story.slug}/" class="wp-embed-more" target="_top">Đọc tiếp <span class="screen-reader-text">&#8220;{_tx(story.title)}&#8221;</span></a></p></div>
		<div class="wp-embed-footer">
			<div class="wp-embed-site-title"><a href="{base}/" target="_top"><img src="{base}/wp-content/uploads/2026/01/cropped-logo-lqd-32x32.png" srcset="{base}/wp-content/uploads/2026/01/cropped-logo-lqd-64x64.png 2x" width="32" height="32" alt="" class="wp-embed-site-icon" /><span>{esc(SITE_NAME)}</span></a></div>
			<div class="wp-embed-meta"><div class="wp-embed-share"><button type="button" class="wp-embed-share-dialog-open" aria-label="Mở hộp thoại chia sẻ"><span class="dashicons dashicons-share"></span></button></div></div>
		</div>
	</div>
	<script type='text/javascript' src='{base}/wp-includes/js/wp-embed-template.min.js?ver=6.1.1' id='wp-embed-template-js'></script>
</body>
</html>
"""
    return html(doc)


# --- listings ---------------------------------------------------------------------------------


def _pagination(n: int, pages: int, link, hidden: bool = False) -> str:
    if pages <= 1:
        return ""
    parts = []
    if n > 1:
        parts.append(f'<a class="pagination-prev" rel="prev" href="{link(n - 1)}"><span class="page-'
                     'prev"></span><span class="page-text">Trước</span></a>')
    for k in range(1, pages + 1):
        parts.append(f'<span class="current">{k}</span>' if k == n
                     else f'<a href="{link(k)}" class="inactive">{k}</a>')
    if n < pages:
        parts.append(f'<a class="pagination-next" rel="next" href="{link(n + 1)}"><span class="page-'
                     'text">Tiếp</span><span class="page-next"></span></a>')
    if hidden:
        return ('<div class="pagination infinite-scroll clearfix" style="display:none;">'
                + "".join(parts) + "</div>")
    return '<div class="pagination clearfix">' + "".join(parts) + "</div>"


_THUMB_CLS = " attachment-blog-medium size-blog-medium wp-post-image"


def _medium_item(s: Story) -> str:
    locked = bool(s.opts.get("protected"))
    t = _tx(shown_title(s))
    n = len(s.opts.get("comments", []))
    img = "" if locked else (
        '<div class="fusion-flexslider flexslider fusion-flexslider-loading fusion-post-slideshow"><ul '
        'class="slides"><li><div class="fusion-image-wrapper fusion-image-size-fixed" aria-haspopup="'
        f'true">{avada_img(thumb(s, "320x202"), s.id + 2, w=320, h=202, cls=_THUMB_CLS)}'
        '<div class="fusion-rollover"><div class="fusion-rollover-'
        f'content"><a class="fusion-rollover-link" href="/{s.slug}/">{t}</a><div class="fusion-rollover-'
        f'sep"></div><a class="fusion-link-wrapper" href="/{s.slug}/" aria-label="{esc(shown_title(s))}">'
        "</a></div></div></div></li></ul></div>"
    )
    return (
        f'<article id="post-{s.id}" class="fusion-post-medium post-{s.id} post type-post status-publish '
        f'format-standard hentry">{img}<div class="fusion-post-content post-content"><h2 class="entry-'
        f'title fusion-post-title"><a href="/{s.slug}/">{t}</a></h2><p class="fusion-single-line-meta">'
        f'{_meta_line(s, single=False)}</p><div class="fusion-post-content-container"><p>'
        f'{_tx(excerpt(s))}</p></div></div><div class="fusion-clearfix"></div><div class="fusion-meta-'
        f'info"><div class="fusion-alignleft"><a href="/{s.slug}/" class="fusion-read-more" aria-label="'
        f'Xem thêm về {esc(shown_title(s))}">Đọc thêm</a></div><div class="fusion-alignright"><a href="'
        f'/{s.slug}/#{"comments" if n else "respond"}">{n} Bình luận</a></div></div></article>'
    )


def archive(
    req: Request,
    *,
    name: str,
    items: list[Story],
    n: int,
    base_path: str,
    body_class: str,
    intro: str = "",
) -> Response | None:
    pages = max(1, -(-len(items) // PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = items[(n - 1) * PER_PAGE: n * PER_PAGE]

    def link(k: int) -> str:
        return base_path if k == 1 else f"{base_path}page/{k}/"

    base = _base_url(req)
    rel = ""
    if n > 1:
        rel += f'<link rel="prev" href="{base}{link(n - 1)}" />\n'
    if n < pages:
        rel += f'<link rel="next" href="{base}{link(n + 1)}" />\n'
    content = (
        f'{intro}<div id="posts-container" class="fusion-blog-archive fusion-blog-layout-medium-wrapper '
        f'fusion-clearfix"><div class="fusion-posts-container fusion-blog-layout-medium fusion-blog-'
        f'pagination fusion-blog-rollover" data-pages="{pages}">'
        + "".join(_medium_item(s) for s in chunk)
        + "</div>" + _pagination(n, pages, link) + "</div>"
    )
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/")]
    if n > 1:
        crumbs += [(name, base_path), (f"Trang {n}", None)]
    else:
        crumbs += [(name, None)]
    suffix = f" - Trang {n} trên {pages}" if n > 1 else ""
    return page(
        req,
        title=f"{name}{suffix}{SEO_SUFFIX}",
        body_class=f"archive {body_class}" + (f" paged paged-{n}" if n > 1 else ""),
        h1=name,
        crumbs=crumbs,
        content=content,
        canonical=link(n),
        yoast=f'{rel}<meta property="og:type" content="article" />\n<meta property="og:title" content="'
        f'{esc(name)}{SEO_SUFFIX}" />\n<meta property="og:url" content="{base}{link(n)}" />',
    )


def _grid_item(s: Story) -> str:
    locked = bool(s.opts.get("protected"))
    t = _tx(shown_title(s))
    n = len(s.opts.get("comments", []))
    img = "" if locked else (
        '<div class="fusion-flexslider flexslider fusion-flexslider-loading fusion-post-slideshow" style='
        '"border-color:#ebeaea;"><ul class="slides"><li><div class="fusion-image-wrapper" aria-haspopup="'
        f'true">{avada_img(thumb(s), s.id + 2, w=500, h=383, cls=_THUMB_CLS)}'
        '<div class="fusion-rollover"><div class="fusion-rollover-content"><a class="'
        f'fusion-rollover-link" href="/{s.slug}/">{t}</a><div class="fusion-rollover-sep"></div><h4 '
        f'class="fusion-rollover-title"><a class="fusion-rollover-title-link" href="/{s.slug}/">{t}</a>'
        f'</h4><div class="fusion-rollover-categories">{_cat_link(s.cat)}</div><a class="fusion-link-'
        f'wrapper" href="/{s.slug}/" aria-label="{esc(shown_title(s))}"></a></div></div></div></li></ul>'
        "</div>"
    )
    return (
        f'<article id="post-{s.id}" class="fusion-post-grid post-{s.id} post type-post status-publish '
        f'format-standard hentry category-{s.cat}"><div class="fusion-post-wrapper" style="background-'
        f'color:rgba(255,255,255,0);border:1px solid #ebeaea;border-bottom-width:3px;">{img}<div class="'
        'fusion-post-content-wrapper" style="padding:30px 25px 20px 25px;"><div class="fusion-post-'
        f'content post-content"><h2 class="blog-shortcode-post-title entry-title"><a href="/{s.slug}/">'
        f'{t}</a></h2><p class="fusion-single-line-meta"><span class="vcard rich-snippet-hidden"><span '
        f'class="fn"><a href="/author/{s.opts["account"]}/" title="Đăng bởi {s.opts["account"]}" rel="'
        f'author">{s.opts["account"]}</a></span></span><span class="updated rich-snippet-hidden">'
        f'{s.opts["mod"]}+07:00</span><span>{wp_date(s)}</span><span class="fusion-inline-sep">|</span>'
        '</p><div class="fusion-content-sep sep-double sep-solid"></div><div class="fusion-post-content-'
        f'container"><p>{_tx(excerpt(s, 20))}</p></div></div><div class="fusion-meta-info"><div class="'
        f'fusion-alignleft"><a class="fusion-read-more" href="/{s.slug}/" aria-label="Xem thêm về '
        f'{esc(shown_title(s))}">Đọc thêm</a></div><div class="fusion-alignright"><a href="/{s.slug}/#'
        f'{"comments" if n else "respond"}"><i class="awb-icon-bubbles" aria-hidden="true"></i>&nbsp;{n}'
        '</a></div></div></div><div class="fusion-clearfix"></div></div></article>'
    )


def _recent_posts_el(stories: list[Story], n: int) -> str:
    """Avada's "Recent Posts" element (thumbnail + title + date + excerpt)."""
    cols = "".join(
        f'<article class="post fusion-column column col col-lg-12 col-md-12 col-sm-12"><div class="'
        f'recent-posts-content"><h4 class="entry-title"><a href="/{s.slug}/">{_tx(shown_title(s))}</a>'
        f'</h4><p class="meta"><span class="vcard" style="display: none;"><span class="fn"><a href="/'
        f'author/{s.opts["account"]}/" rel="author">{s.opts["account"]}</a></span></span><span class="'
        f'updated rich-snippet-hidden">{s.opts["mod"]}+07:00</span><span>{wp_date(s)}</span></p></div>'
        "</article>"
        for s in stories
    )
    return (f'<div class="fusion-recent-posts fusion-recent-posts-{n} avada-container layout-thumbnails-on'
            f'-side layout-columns-1"><section class="fusion-columns columns fusion-columns-1 columns-1">'
            f"{cols}</section></div>")


def home(req: Request, n: int) -> Response | None:
    pages = max(1, -(-len(POSTS) // HOME_PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = POSTS[(n - 1) * HOME_PER_PAGE: n * HOME_PER_PAGE]

    def link(k: int) -> str:
        return "/" if k == 1 else f"/page/{k}/"

    more = ('<div class="fusion-load-more-button fusion-blog-button fusion-clearfix">Xem thêm bài viết'
            "</div>") if n < pages else ""
    older = ('<div class="fusion-align-block"><a class="fusion-button button-flat button-small button-'
             'default button-2 fusion-button-default-span" target="_self" href="/?paged=2"><span class="'
             'fusion-button-text">Xem các tin cũ hơn »</span></a></div>') if n == 1 else ""
    blog = (
        '<div class="fusion-blog-shortcode fusion-blog-shortcode-1 fusion-blog-archive fusion-blog-layout-'
        'grid-wrapper fusion-blog-load-more"><style type="text/css">.fusion-blog-shortcode-1 .fusion-blog-'
        'layout-grid .fusion-post-grid{padding:20px;}.fusion-blog-shortcode-1 .fusion-posts-container{'
        'margin-left: -20px !important; margin-right:-20px !important;}</style><div class="fusion-posts-'
        'container fusion-posts-container-load-more fusion-blog-rollover fusion-blog-layout-grid fusion-'
        f'blog-layout-grid-3 isotope fusion-blog-equal-heights" data-pages="{pages}" data-grid-col-space="'
        '40" style="margin: -20px -20px 0;">'
        + "".join(_grid_item(s) for s in chunk)
        + f'</div>{more}<div class="fusion-infinite-scroll-trigger"></div>'
        + _pagination(n, pages, link, hidden=True) + "</div>" + older
    )
    slider = (
        '<div class="fusion-slider-container fusion-slider-sc-trang-chu fusion-slider-1 full-width-slider'
        '" style="height:420px;max-width:100%;"><div class="tfs-slider flexslider main-flex full-width-'
        'slider" style="max-width:100%;--typography_sensitivity:1;" data-slider_width="100%" data-'
        'autoplay="1" data-loop="1" data-animation="fade"><ul class="slides">'
        '<li class="slide-id-61" data-mute="yes" data-loop="yes" data-autoplay="yes"><div class="slide-'
        'content-container slide-content-left" style="display: none;"><div class="slide-content" style=""'
        '><div class="heading with-bg"><div class="fusion-title-sc-wrapper" style="background-color: rgba'
        '(0,0,0,0.4);"><div class="fusion-title title fusion-title-2 fusion-sep-none fusion-title-size-two'
        '"><h2 class="title-heading-left">Chào mừng năm học mới 2026 &#8211; 2027</h2></div></div></div>'
        '<div class="buttons"><div class="tfs-button-1"><a class="fusion-button button-flat button-large '
        'button-default button-3" target="_self" href="/gioi-thieu/"><span class="fusion-button-text">'
        'Giới thiệu nhà trường</span></a></div></div></div></div><div class="background background-image"'
        ' style="background-image: url(/wp-content/uploads/2026/08/slide-khai-giang-2026.jpg);max-width:'
        '100%;height:420px;" data-imgwidth="1920"></div></li><li class="slide-id-64"><div class="slide-'
        'content-container slide-content-left" style="display: none;"><div class="slide-content"><div '
        'class="heading with-bg"><div class="fusion-title-sc-wrapper"><div class="fusion-title title '
        'fusion-title-3 fusion-sep-none fusion-title-size-two"><h2 class="title-heading-left">Ngày hội '
        f'STEM 2026</h2></div></div></div><div class="buttons"><div class="tfs-button-1"><a class="fusion-'
        f'button button-flat button-large button-default button-4" target="_self" href="/{A13.slug}/">'
        '<span class="fusion-button-text">Xem kế hoạch</span></a></div></div></div></div><div class="'
        'background background-image" style="background-image: url(/wp-content/uploads/2026/11/slide-'
        'stem-2026.jpg);max-width:100%;height:420px;" data-imgwidth="1920"></div></li></ul></div></div>'
    )
    left = (
        '<div class="fusion-title title fusion-title-4 fusion-sep-none fusion-title-text fusion-title-size'
        '-two"><h2 class="title-heading-left" style="margin:0;">Tin tức &#8211; Sự kiện</h2></div>' + blog
    )
    right = (
        '<div class="fusion-title title fusion-title-5 fusion-sep-none fusion-title-text fusion-title-size'
        '-three"><h3 class="title-heading-left" style="margin:0;">Thông báo</h3></div>'
        + _recent_posts_el([s for s in POSTS if "thong-bao" in cats_of(s)][:3], 1)
        + '<div class="fusion-title title fusion-title-6 fusion-sep-none fusion-title-text fusion-title-'
        'size-three"><h3 class="title-heading-left" style="margin:0;">Đoàn thanh niên</h3></div>'
        + _recent_posts_el([s for s in POSTS if "doan-thanh-nien" in cats_of(s)][:3], 2)
    )
    links = (
        '<div class="fusion-image-carousel fusion-image-carousel-fixed lightbox-enabled"><div class="awb-'
        'carousel awb-swiper awb-swiper-carousel" data-autoplay="yes" data-columns="4"><div class="swiper-'
        'wrapper">'
        + "".join(
            f'<div class="swiper-slide"><div class="fusion-carousel-item-wrapper"><div class="fusion-image-'
            f'wrapper hover-type-none"><a href="{href}" target="_blank" aria-label="{esc(alt)}"><img '
            f'width="300" height="90" src="/wp-content/uploads/2026/01/{img}" alt="{esc(alt)}" /></a></div>'
            "</div></div>"
            for href, img, alt in [
                ("https://danang.edu.vn/", "banner-so-gddt-da-nang.png", "Sở GD&ĐT Đà Nẵng"),
                ("https://moet.gov.vn/", "banner-bo-gddt.png", "Bộ Giáo dục và Đào tạo"),
                ("https://danang.vnedu.vn/", "banner-vnedu.png", "Sổ liên lạc điện tử vnEdu"),
                ("https://thithptquocgia.edu.vn/", "banner-thi-thpt.png", "Thi tốt nghiệp THPT"),
            ]
        )
        + "</div></div></div>"
    )
    content = (
        '<div id="post-2" class="post-2 page type-page status-publish hentry"><span class="entry-title '
        'rich-snippet-hidden">Trang chủ</span><div class="post-content">'
        + _container(1, [("1_1", slider)])
        + _container(2, [("2_3", left), ("1_3", right)])
        + _container(3, [("1_1", links)])
        + "</div></div>"
    )
    base = _base_url(req)
    return page(
        req,
        title="Trang chủ" + (f" - Trang {n} trên {pages}" if n > 1 else "") + SEO_SUFFIX,
        body_class="home page-template page-template-100-width page-template-100-width-php page page-id-2"
        + (f" paged-{n} page-paged-{n}" if n > 1 else ""),
        h1=None,
        crumbs=[],
        content=content,
        canonical=link(n),
        sidebar=False,
        yoast='<meta name="description" content="Website chính thức của Trường THPT Lê Quý Đôn, thành phố '
        'Đà Nẵng: tin tức, thông báo, hoạt động dạy và học." />\n<meta property="og:type" content="website'
        f'" />\n<meta property="og:title" content="Trang chủ{SEO_SUFFIX}" />\n<meta property="og:url" '
        f'content="{base}{link(n)}" />',
    )


def search(req: Request, q: str) -> Response:
    needle = q.strip().lower()
    hits = [s for s in POSTS if not s.opts.get("protected")
            and (needle in s.title.lower() or any(needle in p.lower() for p in s.paragraphs))][:PER_PAGE]
    body = "".join(_medium_item(s) for s in hits) or (
        '<div class="post-content"><div class="fusion-title"><h2>Không tìm thấy kết quả nào</h2></div><p>'
        "Xin lỗi, không có nội dung phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div>")
    content = (f'<div class="search-page-search-form search-page-search-form-top"><h2>Bạn cần tìm kiếm '
               f'tiếp?</h2></div><div id="posts-container" class="fusion-blog-archive fusion-blog-layout-'
               f'medium-wrapper fusion-clearfix"><div class="fusion-posts-container fusion-blog-layout-'
               f'medium">{body}</div></div>')
    return page(req, title=f"Bạn đã tìm kiếm {q}{SEO_SUFFIX}", body_class="search search-results",
                h1=f"Kết quả tìm kiếm cho: {q}", crumbs=[("Trang chủ", "/"), (f"Kết quả tìm kiếm cho \"{q}\"", None)],
                content=content, canonical="/", yoast='<meta name="robots" content="noindex, follow" />')


# --- pages, portfolio, FAQ --------------------------------------------------------------------


def _wp_page(req: Request, *, pid: int, slug: str, title: str, inner: str, yoast_desc: str) -> Response:
    base = _base_url(req)
    content = (f'<div id="post-{pid}" class="post-{pid} page type-page status-publish hentry"><span class='
               f'"entry-title rich-snippet-hidden">{_tx(title)}</span><span class="vcard rich-snippet-'
               'hidden"><span class="fn"><a href="/author/quantri_lqd/" title="Đăng bởi quantri_lqd" rel='
               '"author">quantri_lqd</a></span></span><span class="updated rich-snippet-hidden">2026-09-'
               f'04T10:12:33+07:00</span><div class="post-content">{inner}</div></div>')
    return page(
        req, title=title + SEO_SUFFIX, body_class=f"page-template-default page page-id-{pid} has-sidebar",
        h1=title, crumbs=[("Trang chủ", "/"), (title, None)], content=content, canonical=f"/{slug}/",
        yoast=f'<meta name="description" content="{esc(yoast_desc)}" />\n<meta property="og:type" content='
        f'"article" />\n<meta property="og:title" content="{esc(title)}{SEO_SUFFIX}" />\n<meta property="'
        f'og:url" content="{base}/{slug}/" />\n<meta property="article:modified_time" content="2026-09-04T'
        '03:12:33+00:00" />',
    )


def gioi_thieu(req: Request) -> Response:
    c = _Counter()
    left = (
        '<div class="fusion-title title fusion-title-1 fusion-sep-none fusion-title-size-two" id="lich-su">'
        '<h2 class="title-heading-left">Lịch sử hình thành</h2></div><div class="fusion-text fusion-text-1">'
        "<p>Trường THPT Lê Quý Đôn, thành phố Đà Nẵng được thành lập năm 1982, tiền thân là Trường cấp III "
        "An Hải. Năm 1995, trường được đổi tên thành Trường THPT Lê Quý Đôn theo tên nhà bác học Lê Quý Đôn "
        "(1726 – 1784).</p><p>Trải qua hơn 40 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục "
        "nghìn học sinh, nhiều thế hệ học sinh đã trưởng thành, đóng góp cho sự phát triển của thành phố và "
        "đất nước. Trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2021 và được tặng Huân chương Lao "
        "động hạng Ba năm 2022.</p></div>"
        + _imageframe(Img(f"{UP}/2026/01/toan-canh-truong-lqd.jpg", "Toàn cảnh Trường THPT Lê Quý Đôn",
                          "Toàn cảnh Trường THPT Lê Quý Đôn", "frame"), A1, c)
        + '<div class="fusion-title title fusion-title-2 fusion-sep-none fusion-title-size-two" id="co-cau">'
        '<h2 class="title-heading-left">Cơ cấu tổ chức</h2></div><div class="fusion-text fusion-text-2">'
        "<ul><li>Hiệu trưởng: ThS. Trần Văn Minh</li><li>Phó Hiệu trưởng: ThS. Đoàn Văn Lợi, ThS. Hồ Thị "
        "Ngọc Ánh</li><li>9 tổ chuyên môn và Tổ Văn phòng</li><li>36 lớp với 1.320 học sinh (năm học 2026 "
        "&#8211; 2027)</li></ul></div>"
    )
    return _wp_page(req, pid=14, slug="gioi-thieu", title="Giới thiệu", inner=_container(1, [("1_1", left)]),
                    yoast_desc="Giới thiệu Trường THPT Lê Quý Đôn, thành phố Đà Nẵng.")


def lien_he(req: Request) -> Response:
    inner = (
        '<div class="fusion-text fusion-text-1"><p><strong>TRƯỜNG THPT LÊ QUÝ ĐÔN &#8211; ĐÀ NẴNG</strong>'
        "</p><p>Địa chỉ: 48 Nguyễn Công Trứ, phường An Hải, thành phố Đà Nẵng<br />Điện thoại: 0236 3 831 "
        f"245<br />Email: {cf_email()}</p></div>"
        '<div class="wpcf7 no-js" id="wpcf7-f120-p16-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-'
        'f120-p16-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate"'
        ' data-status="init"><div style="display: none;"><input type="hidden" name="_wpcf7" value="120" />'
        '<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f120-p16-o1" /></div><p><label> Họ và tên'
        '<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-'
        'form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" '
        'name="your-name" /></span></label></p><p><label> Email<br /><span class="wpcf7-form-control-wrap"'
        ' data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="'
        'email" name="your-email" /></span></label></p><p><label> Nội dung<br /><span class="wpcf7-form-'
        'control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control '
        'wpcf7-textarea" name="your-message"></textarea></span></label></p><p><input class="wpcf7-form-'
        'control has-spinner wpcf7-submit" type="submit" value="Gửi liên hệ" /></p><div class="wpcf7-'
        'response-output" aria-hidden="true"></div></form></div>'
        '<div class="fusion-google-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!'
        '1d3833.9!2d108.23!3d16.07" width="100%" height="350" style="border:0;" allowfullscreen="" '
        'loading="lazy"></iframe></div>'
    )
    return _wp_page(req, pid=16, slug="lien-he", title="Liên hệ", inner=inner,
                    yoast_desc="Thông tin liên hệ Trường THPT Lê Quý Đôn, thành phố Đà Nẵng.")


DOCS = [
    ("215/TB-LQĐ", "30/11/2026", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
     "2026/12/TB-215-lich-kiem-tra-HKI.pdf"),
    ("198/KH-LQĐ", "10/11/2026", "Kế hoạch tổ chức Ngày hội STEM năm 2026", "2026/11/KH-198-ngay-hoi-stem.pdf"),
    ("142/KH-LQĐ", "15/09/2026", "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
     "2026/09/KH-142-ke-hoach-giao-duc-2026-2027.pdf"),
    ("120/QĐ-LQĐ", "05/09/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
     "2026/09/QD-120-quy-che-chi-tieu-noi-bo.pdf"),
]


def van_ban(req: Request) -> Response:
    rows = "".join(
        f'<tr class="row-{k + 2}"><td class="column-1">{esc(no)}</td><td class="column-2">{d}</td><td '
        f'class="column-3">{_tx(subj)}</td><td class="column-4"><a href="{UP}/{f}" target="_blank">Tải về'
        "</a></td></tr>"
        for k, (no, d, subj, f) in enumerate(DOCS)
    )
    inner = (
        '<div class="fusion-text fusion-text-1"><p>Các văn bản do nhà trường ban hành, cập nhật thường '
        'xuyên.</p></div><table id="tablepress-2" class="tablepress tablepress-id-2"><thead><tr class="row-'
        '1"><th class="column-1">Số/Ký hiệu</th><th class="column-2">Ngày ban hành</th><th class="column-3"'
        f'>Trích yếu</th><th class="column-4">Tải về</th></tr></thead><tbody class="row-hover">{rows}</tbody>'
        "</table>"
    )
    return _wp_page(req, pid=18, slug="van-ban-nha-truong", title="Văn bản nhà trường", inner=inner,
                    yoast_desc="Văn bản, kế hoạch, quyết định của Trường THPT Lê Quý Đôn.")


ALBUM_SLUG = "album-ky-niem-44-nam-ngay-nha-giao-viet-nam"
ALBUM_IMGS = [f"{UP}/2026/11/album-20-11-{k:02d}.jpg" for k in range(1, 6)]
FAQ_SLUG = "thu-tuc-chuyen-truong-doi-voi-hoc-sinh-thpt"


def portfolio(req: Request) -> Response:
    c = _Counter()
    slides = "".join(
        f'<li><a href="{src}" data-rel="iLightbox[gallery1880]" title="" data-title="" data-caption="">'
        f"{avada_img(src, 1881 + k, w=1200, h=800)}</a></li>"
        for k, src in enumerate(ALBUM_IMGS)
    )
    del c
    content = (
        '<article id="post-1880" class="post-1880 avada_portfolio type-avada_portfolio status-publish has-'
        'post-thumbnail hentry portfolio_category-thu-vien-anh"><div class="fusion-flexslider flexslider '
        f'fusion-flexslider-loading post-slideshow fusion-post-slideshow"><ul class="slides">{slides}</ul>'
        '</div><div class="project-content"><span class="entry-title rich-snippet-hidden">Album: Kỷ niệm 44'
        ' năm Ngày Nhà giáo Việt Nam</span><span class="vcard rich-snippet-hidden"><span class="fn"><a '
        'href="/author/quantri_lqd/" rel="author">quantri_lqd</a></span></span><span class="updated rich-'
        'snippet-hidden">2026-11-20T10:15:00+07:00</span><div class="project-description post-content"><h3 '
        'style="">Mô tả dự án</h3><p>Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/'
        '1982 &#8211; 20/11/2026) của Trường THPT Lê Quý Đôn.</p></div><div class="project-info"><h3>Chi '
        'tiết dự án</h3><div class="project-info-box"><h4>Danh mục:</h4><div class="project-terms"><a '
        'href="/portfolio_category/thu-vien-anh/" rel="tag">Thư viện ảnh</a></div></div><div class="'
        'project-info-box"><h4>Ngày:</h4><span>Tháng Mười Một 20th, 2026</span></div></div></div><div class'
        '="portfolio-sep"></div></article>'
    )
    return page(req, title="Album: Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" + SEO_SUFFIX,
                body_class="avada_portfolio-template-default single single-avada_portfolio postid-1880",
                h1="Album: Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", "/portfolio_category/thu-vien-anh/"),
                        ("Album: Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", None)],
                content=content, canonical=f"/portfolio-items/{ALBUM_SLUG}/", sidebar=False,
                yoast='<meta property="og:type" content="article" />\n<meta property="article:modified_time" '
                'content="2026-11-20T03:15:00+00:00" />')


def portfolio_cat(req: Request) -> Response:
    content = (
        '<div class="fusion-portfolio fusion-portfolio-archive fusion-portfolio-layout-grid fusion-portfolio'
        '-three"><div class="fusion-portfolio-wrapper"><article class="fusion-portfolio-post thu-vien-anh">'
        '<div class="fusion-portfolio-content-wrapper"><div class="fusion-image-wrapper"><img src="'
        f'{ALBUM_IMGS[0][:-4]}-700x441.jpg" width="700" height="441" alt="" /></div><div class="fusion-'
        f'portfolio-content"><h2 class="entry-title fusion-post-title"><a href="/portfolio-items/{ALBUM_SLUG}'
        '/">Album: Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></h2></div></div></article></div></div>'
    )
    return page(req, title="Thư viện ảnh" + SEO_SUFFIX, body_class="archive tax-portfolio_category",
                h1="Thư viện ảnh", crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", None)], content=content,
                canonical="/portfolio_category/thu-vien-anh/", sidebar=False)


def faq(req: Request) -> Response:
    q = "Học sinh muốn chuyển trường đến Trường THPT Lê Quý Đôn cần những thủ tục gì?"
    content = (
        '<article id="post-1650" class="post post-1650 avada_faq type-avada_faq status-publish hentry faq_'
        f'category-tuyen-sinh"><h2 class="entry-title fusion-post-title">{_tx(q)}</h2><div class="post-'
        'content"><p>Theo quy định hiện hành, hồ sơ chuyển trường gồm: đơn xin chuyển trường do cha mẹ '
        "học sinh ký; học bạ (bản chính); giấy giới thiệu chuyển trường của trường nơi đi; bản sao giấy "
        "khai sinh và giấy chứng nhận trúng tuyển vào lớp 10.</p><p>Thời gian tiếp nhận hồ sơ: trong thời "
        "gian nghỉ hè hoặc cuối học kỳ I. Phụ huynh liên hệ Văn phòng nhà trường (điện thoại 0236 3 831 "
        '245) trong giờ hành chính để được hướng dẫn.</p></div><div class="fusion-meta-info"><div class="'
        'fusion-meta-info-wrapper">Bởi <span class="vcard"><span class="fn"><a href="/author/quantri_lqd/" '
        'rel="author">quantri_lqd</a></span></span><span class="fusion-inline-sep">|</span><span class="'
        'updated rich-snippet-hidden">2026-09-12T09:00:00+07:00</span><span>Tháng Chín 12th, 2026</span>'
        '<span class="fusion-inline-sep">|</span>Danh mục: Tuyển sinh<span class="fusion-inline-sep">|'
        "</span></div></div></article>"
    )
    return page(req, title="Thủ tục chuyển trường đối với học sinh THPT" + SEO_SUFFIX,
                body_class="avada_faq-template-default single single-avada_faq postid-1650 has-sidebar",
                h1="Hỏi đáp", crumbs=[("Trang chủ", "/"), ("Hỏi đáp", None)], content=content,
                canonical=f"/faq-items/{FAQ_SLUG}/",
                yoast='<meta property="og:type" content="article" />')


PAGES = {
    "gioi-thieu": gioi_thieu,
    "lien-he": lien_he,
    "van-ban-nha-truong": van_ban,
}


# --- feeds, sitemaps, REST --------------------------------------------------------------------


def _xml(body: str, ctype: str = "application/rss+xml; charset=UTF-8") -> Response:
    return Response(200, body, {"Content-Type": ctype})


def feed(req: Request, stories: list[Story], title: str, self_path: str) -> Response:
    base = _base_url(req)
    items = "".join(
        f"""
	<item>
		<title>{_tx(shown_title(s))}</title>
		<link>{base}/{s.slug}/</link>
		<comments>{base}/{s.slug}/#respond</comments>
		<dc:creator><![CDATA[{s.opts['account']}]]></dc:creator>
		<pubDate>{rfc822(s)}</pubDate>
		{''.join(f'<category><![CDATA[{CATS[c]}]]></category>' for c in cats_of(s))}
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{excerpt(s, 55).replace(' […]', ' [&#8230;]')}]]></description>
		<wfw:commentRss>{base}/{s.slug}/feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get('comments', []))}</slash:comments>
	</item>"""
        for s in stories[:10]
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
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>Website chính thức của Trường THPT Lê Quý Đôn, thành phố Đà Nẵng</description>
	<lastBuildDate>Fri, 04 Dec 2026 10:03:10 +0000</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.1.1</generator>{items}
</channel>
</rss>
"""
    return _xml(body)


def comments_feed(req: Request, story: Story | None) -> Response:
    base = _base_url(req)
    stories = [story] if story else POSTS
    items = "".join(
        f"""
	<item>
		<title>Bình luận cho {_tx(s.title)} bởi {_tx(who)}</title>
		<link>{base}/{s.slug}/#comment-{cid}</link>
		<dc:creator><![CDATA[{who}]]></dc:creator>
		<guid isPermaLink="false">{base}/?p={s.id}#comment-{cid}</guid>
		<description><![CDATA[{said}]]></description>
	</item>"""
        for s in stories for cid, who, _when_, said in s.opts.get("comments", [])
    )
    where = f"{base}/{story.slug}/feed/" if story else f"{base}/comments/feed/"
    return _xml(f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>Phản hồi: {_tx(story.title) if story else esc(SITE_NAME)}</title>
	<atom:link href="{where}" rel="self" type="application/rss+xml" />
	<link>{base}/{story.slug + '/' if story else ''}</link>
	<description>Website chính thức của Trường THPT Lê Quý Đôn, thành phố Đà Nẵng</description>
	<language>vi</language>{items}
</channel>
</rss>
""")


def _urlset(req: Request, urls: list[tuple[str, str, list[str]]]) -> Response:
    base = _base_url(req)
    rows = "".join(
        f"\n\t<url>\n\t\t<loc>{base}{loc}</loc>\n\t\t<lastmod>{mod}</lastmod>"
        + "".join(f"\n\t\t<image:image>\n\t\t\t<image:loc>{base}{i}</image:loc>\n\t\t</image:image>" for i in imgs)
        + "\n\t</url>"
        for loc, mod, imgs in urls
    )
    return _xml(
        f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{base}/main-sitemap.'
        'xsl"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.'
        'google.com/schemas/sitemap-image/1.1" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap'
        '/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd http://www.google.com/schemas/sitemap'
        '-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" xmlns="http://www.'
        f'sitemaps.org/schemas/sitemap/0.9">{rows}\n</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->',
        "text/xml; charset=UTF-8",
    )


def sitemap(req: Request, name: str) -> Response | None:
    base = _base_url(req)
    if name == "sitemap_index":
        maps = [("post", "2026-12-03T09:20:37+00:00"), ("page", "2026-09-04T03:12:33+00:00"),
                ("avada_portfolio", "2026-11-20T03:15:00+00:00"), ("avada_faq", "2026-09-12T02:00:00+00:00"),
                ("category", "2026-12-03T09:20:37+00:00")]
        rows = "".join(f"\n\t<sitemap>\n\t\t<loc>{base}/{m}-sitemap.xml</loc>\n\t\t<lastmod>{d}</lastmod>"
                       "\n\t</sitemap>" for m, d in maps)
        return _xml(f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{base}/'
                    'main-sitemap.xsl"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"{rows}\n</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->",
                    "text/xml; charset=UTF-8")
    if name == "post":
        return _urlset(req, [(f"/{s.slug}/", _local_to_gmt(s.opts["mod"]), [i.src for i in s.images])
                             for s in reversed(POSTS) if not s.opts.get("protected")])
    if name == "page":
        return _urlset(req, [("/", "2026-12-04T10:03:10+00:00", []),
                             *[(f"/{p}/", "2026-09-04T03:12:33+00:00", []) for p in PAGES]])
    if name == "avada_portfolio":
        return _urlset(req, [(f"/portfolio-items/{ALBUM_SLUG}/", "2026-11-20T03:15:00+00:00", ALBUM_IMGS)])
    if name == "avada_faq":
        return _urlset(req, [(f"/faq-items/{FAQ_SLUG}/", "2026-09-12T02:00:00+00:00", [])])
    if name == "category":
        return _urlset(req, [(f"/chuyen-muc/{c}/", "2026-12-03T09:20:37+00:00", []) for c in CATS])
    return None


def _json(data: object) -> Response:
    return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json; charset=UTF-8"})


def rest(req: Request) -> Response | None:
    base = _base_url(req)
    path = req.path
    if path in ("/wp-json/", "/wp-json"):
        return _json({"name": SITE_NAME, "description": "", "url": base, "home": base,
                      "namespaces": ["oembed/1.0", "wp/v2"]})
    if path == "/wp-json/oembed/1.0/embed":
        url = unquote(req.params.get("url", ""))
        slug = url.rstrip("/").rsplit("/", 1)[-1]
        story = BY_SLUG.get(slug)
        if story is None or story.opts.get("protected"):
            return Response(404, json.dumps({"code": "oembed_invalid_url", "message": "Not Found"}),
                            {"Content-Type": "application/json; charset=UTF-8"})
        return _json({"version": "1.0", "provider_name": SITE_NAME, "provider_url": base,
                      "author_name": story.opts["account"], "author_url": f"{base}/author/{story.opts['account']}/",
                      "title": story.title, "type": "rich", "width": 600, "height": 338,
                      "html": _embed_card(req, story, "Zp0oEmBd01")})
    m = re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path)
    if m and int(m.group(1)) in BY_ID:
        story = BY_ID[int(m.group(1))]
        if story.opts.get("protected"):
            return Response(401, json.dumps({"code": "rest_forbidden"}), {"Content-Type": "application/json"})
        return _json({"id": story.id, "date": _when(story).strftime("%Y-%m-%dT%H:%M:%S"),
                      "date_gmt": gmt_iso(story)[:19], "modified": story.opts["mod"],
                      "slug": story.slug, "status": "publish", "type": "post", "link": f"{base}/{story.slug}/",
                      "title": {"rendered": _tx(story.title)},
                      "content": {"rendered": article_content(req, story), "protected": False},
                      "excerpt": {"rendered": f"<p>{_tx(excerpt(story, 55))}</p>\n", "protected": False},
                      "author": ACCOUNTS[story.opts["account"]],
                      "categories": [CAT_IDS[c] for c in cats_of(story)]})
    return None


def not_found(req: Request) -> Response:
    content = (
        '<div id="post-404page"><div class="post-content"><div class="fusion-title fusion-title-size-two">'
        '<h2 class="title-heading-left">Oops, không tìm thấy trang này!</h2></div><div class="error-page">'
        '<div class="fusion-columns fusion-columns-3"><div class="fusion-column col-lg-4 fusion-error-page-'
        '404"><div class="error-message">404</div></div><div class="fusion-column col-lg-4 useful-links '
        'fusion-error-page-useful-links"><h3>Liên kết hữu ích</h3><ul><li><a href="/">Trang chủ</a></li>'
        '<li><a href="/lien-he/">Liên hệ</a></li></ul></div></div></div></div></div>'
    )
    return page(req, title="Không tìm thấy trang" + SEO_SUFFIX, body_class="error404", h1="Lỗi 404",
                crumbs=[("Trang chủ", "/"), ("Lỗi 404: Không tìm thấy trang", None)], content=content,
                canonical=req.path, sidebar=False, status=404)


# --- the site -----------------------------------------------------------------------------------


def _all_in(cat: str) -> list[Story]:
    return [s for s in POSTS if cat in cats_of(s)]


_ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: {base}/sitemap_index.xml
"""

_PAGED = re.compile(r"^(?P<base>/(?:chuyen-muc|tag|author)/[^/]+/)(?:page/(?P<n>\d+)/)?$")


class AvadaSite:
    """Trường THPT Lê Quý Đôn's WordPress + Avada site."""

    def respond(self, request: Request) -> Response | None:
        r = self._route(request)
        if r is None and request.method in ("GET", "HEAD") and not request.path.startswith(
                ("/wp-content/", "/wp-includes/", "/wp-json/", "/cdn-cgi/")):
            return not_found(request)
        return r

    def _route(self, req: Request) -> Response | None:
        path, q = req.path, req.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if (path.lower().endswith(".pdf") and any(path.endswith(d[3]) for d in DOCS)) \
                    or path.endswith("the-le-ngay-hoi-stem-2026.pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/wp-json"):
            return rest(req)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=_base_url(req)), {"Content-Type": "text/plain; charset=utf-8"})
        m = re.fullmatch(r"/([a-z_]+)-sitemap\.xml|/(sitemap_index)\.xml", path)
        if m:
            return sitemap(req, m.group(1) or m.group(2))
        if path == "/wp-sitemap.xml":
            return redirect("/sitemap_index.xml", 301)
        if path == "/cdn-cgi/l/email-protection":
            return html("<!DOCTYPE html><html><head><title>Email Protection | Cloudflare</title></head><body>"
                        "<h1>Email Protection</h1><p>You are unable to access this email address danang.edu.vn"
                        "</p></body></html>")
        if path in ("/index.php",):
            return redirect("/", 301)
        if path == "/wp-comments-post.php":
            if req.method != "POST":
                return Response(405, b"", {"Allow": "POST", "Content-Type": "text/html; charset=UTF-8"})
            return html("<!DOCTYPE html><html><head><title>Lỗi bình luận</title></head><body id=\"error-page\">"
                        "<p><strong>Lỗi</strong>: vui lòng điền vào các trường bắt buộc (tên, email).</p><p><a "
                        "href='javascript:history.back()'>&laquo; Quay lại</a></p></body></html>", status=200)
        if path == "/wp-login.php":
            return redirect(req.headers.get("Referer") or "/", 302)
        if path == "/":
            if "s" in q:
                return search(req, q["s"])
            if "p" in q:
                s = BY_ID.get(int(q["p"])) if q["p"].isdigit() else None
                return redirect(f"/{s.slug}/", 301) if s else None
            if "paged" in q:
                return home(req, int(q["paged"])) if q["paged"].isdigit() else None
            return home(req, 1)
        m = re.fullmatch(r"/page/(\d+)/", path)
        if m:
            return home(req, int(m.group(1)))
        if path == "/feed/":
            return feed(req, POSTS, SITE_NAME, "/feed/")
        if path == "/comments/feed/":
            return comments_feed(req, None)
        m = re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/feed/", path)
        if m and m.group(1) in CATS:
            return feed(req, _all_in(m.group(1)), f"{SITE_NAME} » {CATS[m.group(1)]}", path)
        m = re.fullmatch(r"/category/([a-z0-9-]+)/", path)
        if m and m.group(1) in CATS:
            return redirect(f"/chuyen-muc/{m.group(1)}/", 301)
        m = _PAGED.match(path)
        if m:
            return self._archive(req, m.group("base"), int(m.group("n") or 1))
        if path == f"/portfolio-items/{ALBUM_SLUG}/":
            return portfolio(req)
        if path == "/portfolio_category/thu-vien-anh/":
            return portfolio_cat(req)
        if path == f"/faq-items/{FAQ_SLUG}/":
            return faq(req)
        m = re.fullmatch(r"/([a-z0-9-]+)(/.*)?", path)
        if not m:
            return None
        slug, rest_ = m.group(1), m.group(2)
        if slug in PAGES:
            if rest_ == "/":
                return PAGES[slug](req)
            return redirect(f"/{slug}/", 301) if rest_ is None else None
        story = BY_SLUG.get(slug)
        if story is None:
            return None
        if rest_ is None:
            return redirect(f"/{slug}/", 301)
        if rest_ == "/":
            reply = q.get("replytocom", "")
            ids = {c[0] for c in story.opts.get("comments", [])}
            return single(req, story, int(reply) if reply.isdigit() and int(reply) in ids else None)
        if rest_ == "/embed/" and not story.opts.get("protected"):
            return embed_page(req, story)
        if rest_ == "/feed/":
            return comments_feed(req, story)
        m2 = re.fullmatch(r"/attachment/([a-z0-9_-]+)/", rest_)
        if m2:
            for img in story.images:
                if img.src.rsplit("/", 1)[-1][:-4] == m2.group(1):
                    return redirect(_full(img.src), 301)
        return None

    def _archive(self, req: Request, base_path: str, n: int) -> Response | None:
        kind, key = base_path.strip("/").split("/")
        if kind == "chuyen-muc" and key in CATS:
            return archive(req, name=CATS[key], items=_all_in(key), n=n, base_path=base_path,
                           body_class=f"category category-{key} category-{CAT_IDS[key]}")
        if kind == "tag" and key in TAGS:
            return archive(req, name=TAGS[key], items=[s for s in POSTS if key in s.opts.get("tags", [])],
                           n=n, base_path=base_path, body_class=f"tag tag-{key}")
        if kind == "author" and key in ACCOUNTS:
            box = (f'<div class="fusion-author"><div class="fusion-author-avatar"><img alt="" src="/wp-'
                   'content/uploads/2026/01/avatar-mac-dinh.png" class="avatar avatar-82 photo" height="82" '
                   f'width="82" /></div><h3 class="fusion-author-title vcard">Giới thiệu về <span class="fn">'
                   f'{key}</span></h3><div class="fusion-author-info">Tài khoản cập nhật tin bài của website '
                   'nhà trường.</div></div>')
            return archive(req, name=key, items=[s for s in POSTS if s.opts["account"] == key], n=n,
                           base_path=base_path, body_class=f"author author-{key} author-{ACCOUNTS[key]}",
                           intro=box)
        return None


def build_site() -> AvadaSite:
    return AvadaSite()


# --- gold ---------------------------------------------------------------------------------------

_CAT_NAME = CATS


def _gold(story: Story, alt: list[str] | None = None) -> dict:
    path = f"/{story.slug}/"
    return gold_record(story, path, _CAT_NAME[story.cat], canonical_path=path, alt_paths=alt or [])


GOLD = [
    _gold(A1, [f"/{A1.slug}/?replytocom=41", f"/{A1.slug}/?replytocom=42"]),
    _gold(A2),
    _gold(A3),
    _gold(A4),
    _gold(A5),
    _gold(A6),
    _gold(A7),
    _gold(A8),
    _gold(A9, [f"/{A9.slug}/embed/"]),
    _gold(A10),
    _gold(A11),
    _gold(A12),
    _gold(A13),
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/van-ban-nha-truong/",
    f"/portfolio-items/{ALBUM_SLUG}/",
    f"/faq-items/{FAQ_SLUG}/",
    f"/{LOCKED.slug}/",
]
