"""Blind fixture portal: a WordPress 6 + Hestia site of a lower-secondary school (Trường THCS).

Platform
--------
WordPress 6.6 with the ThemeIsle **Hestia** theme (v3.2): a fixed navbar with Bootstrap drop-downs,
a full-width header image (``div.page-header.header-small`` with a ``.header-filter`` background)
with the post's title (``h1.hestia-title.entry-title``) and "Đăng bởi … vào <time>" printed over
it, the content in a raised card (``div.main.main-raised``), card-style blog lists
(``article.card.card-blog.card-plain``) with relative ages ("Bởi quantri, 2 tuần trước"), Yoast
SEO (meta, JSON-LD, breadcrumbs, sitemaps), WP-Print (``/<slug>/print/``), WP Download Manager
(``/download/<slug>/``), WP-Polls and a visitor counter widget. Site: Trường THCS Lê Thánh Tông,
xã Diên Khánh, tỉnh Khánh Hòa.

URL scheme
----------
- ``/``                                 Hestia front page (big title, features, about, 3 latest
                                        posts as cards, notices shortcode, contact section)
- ``/<slug>/``                          a post (pretty permalinks); ``/<slug>`` 301 -> ``/<slug>/``
- ``/<slug>/print/``                    WP-Print view of the same post (linked "In bài viết")
- ``/<slug>/?replytocom=N``             the same post (comment "Trả lời" links)
- ``/category/<slug>/`` and ``/category/<parent>/<child>/``, ``…/page/N/`` (4 posts a page;
                                        ``page/1/`` 301 -> the archive)
- ``/tag/<slug>/``                      tag archives
- ``/tin-moi/``                         the posts page, Hestia infinite scroll (no page links;
                                        more cards come by POST to ``/wp-admin/admin-ajax.php``)
- ``/2026/10/`` …                       month archives, only offered in a ``<select>`` widget
- ``/author/quantri/``                  301 -> ``/`` (Yoast: author archives disabled)
- ``/?p=ID`` 301 -> permalink; ``/?s=q`` search; ``/feed/``; ``/robots.txt``; Yoast sitemaps
- pages: ``/gioi-thieu/``, ``/gioi-thieu/doi-ngu-can-bo-giao-vien/``, ``/lien-he/``,
  ``/lich-cong-tac-tuan/``, ``/van-ban/`` (document list), ``/download/<slug>/`` (document
  entries, file via ``?wpdmdl=ID``), ``/thu-vien-anh/`` (album), ``/video-clip/``

Page templates
--------------
single post (hero header + breadcrumbs + ``div.single-post-wrap.entry-content`` + "Chuyên mục /
Thẻ" + share buttons + author card + "Bài viết liên quan" cards + comments), page, archive card
list, front page sections, WP-Print view, WPDM entry, RSS, sitemap XML.

How each gold article is reached
--------------------------------
Front page: the 3 newest posts. Categories (4 a page): Tin tức – Sự kiện (7 posts, 2 pages:
page 2 holds the three October posts), Thông báo (3), Chuyên môn / Hoạt động chuyên môn (2),
Đoàn – Đội (3). The oldest post (Hội nghị viên chức …) is linked only from page 2 of
"Tin tức – Sự kiện" (and the Yoast sitemap): no card, widget or related list shows it.

Traps
-----
1. Title over the header image: the headline is ``h1.hestia-title`` inside the full-width
   ``div.page-header`` *outside* ``<article>``; ``<title>`` carries " - Trường THCS Lê Thánh
   Tông"; the front page prints its own big ``h1``. Gold title = the header's h1.
2. Time zones: ``<time class="entry-date published" datetime>`` is local (+07:00), Yoast's
   ``article:published_time`` and JSON-LD ``datePublished`` are UTC (+00:00). The Oct 6 post
   was imported at midnight: UTC says "2026-10-05T17:00:00+00:00"; gold "2026-10-06" (midnight
   = day alone). A hidden ``time.updated.hestia-hidden``, ``article:modified_time``, sitemap
   ``lastmod`` and a "Cập nhật lần cuối" line are update dates, never gold; listings print only
   relative ages ("2 tuần trước").
3. Bylines: Hestia prints "Đăng bởi quantri" (CMS account) in the header, in the author card
   and in the print view: nobody. The real byline is the right-aligned last line of the text
   ("Tin, ảnh: X", "Tin: X – Ảnh: Y", "ThS. X – Tổ trưởng …", "Người viết: X – …", a unit
   such as "Tổ Văn phòng" / "Ban Nữ công"), never body.
4. Official notice inside post content: letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận"
   + signer table. WordPress dates the post 01/12/2026 07:35; gold date is the letterhead day
   2026-11-30 and the signer "Nguyễn Văn Hùng" is the author; schedule table rows in between are
   body (cells joined " | ").
5. Duplicates: ``/<slug>/print/`` (WP-Print, linked on every post), ``?replytocom=N`` on the
   posts with comments, and the Vietnamese-slug post whose WordPress links are lower-case
   percent-encoded while an editor's pasted "Xem thêm" link uses upper-case hex: all one
   article (alt_paths); ``/?p=ID`` is a redirect, not a page.
6. Captions in four shapes: block ``figcaption``, classic ``[caption]`` (``p.wp-caption-text``),
   lazy-loaded images (``src`` = SVG data URI, real file in ``data-lazy-src`` and ``<noscript>``)
   followed by a centred italic paragraph that is their caption (parentheses taken off), and a
   gallery block. A figcaption "Ảnh: Thanh Tùng" only credits -> caption None, photographer.
   The featured image is a CSS background of the header: not an article photo.
7. Text boundaries inside ``.entry-content``: an Easy-TOC "Mục lục" box, a "Xem thêm:" link line,
   a file block ("Tải về"), the Post Views Counter line ("Lượt xem: 312"), a "Cập nhật lần cuối"
   line and an embedded YouTube figure with caption are in the content div but are not text;
   "Bài viết liên quan" cards carry excerpts of other posts.
8. Word paste: list paragraphs with ``mso-list:Ignore`` bullets ("·" + nbsp) — the marker is no
   text; one paragraph pasted in decomposed Unicode (NFD) — gold is NFC.
9. Chrome that looks like content: a "Thông báo" widget with dated notice titles, the front
   page's notices shortcode, "Bài viết mới", a visitor counter, a WP-Polls poll, and pages
   (Giới thiệu, lịch công tác, document entries with "Ngày đăng", album, video) that look like
   posts but are not articles.
10. A closing "Theo kế hoạch, …" sentence is text, not a source line; a real closing
   "Nguồn: baokhanhhoa.vn" is the source.
11. Multi-category post: the football post is filed in "Tin tức – Sự kiện" and "Đoàn – Đội"; the
   Yoast primary category (breadcrumb) is "Đoàn – Đội" -> gold category.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` took the time of ``<time class="entry-date published" datetime>`` (local,
  +07:00), which the print view also prints ("lúc 11:18"), although the header shows the day only;
  harmonised at stop 46 with the house's convention: the day the page prints (``_day_printed``).
- A unit that signs alone ("Tổ Văn phòng", "Ban Nữ công", "Ban Giám hiệu", "Tổ KHTN") is the
  author as printed; "Tin, ảnh: Tổ KHTN" makes it the photographer too; "Ảnh: Chi đội 8A2" the
  photographer.
- A photo credit line under one photo ("Ảnh: Thanh Tùng") makes that name a photographer.
- The heading "Tài liệu tham khảo" and its entry are the text's own (body); the Easy-TOC box is not.
- Gallery images are article photos, each with its own figcaption; the YouTube embed is no image.
- Headings, list items and table rows (header row included) are paragraphs.
- The letterhead's "THÔNG BÁO" / "Về việc …" lines and the "Nơi nhận" table are not body.
- A bold first paragraph (``<p><strong>…</strong></p>``) is the sapo (summary, and the body's first
  paragraph); posts without one have summary null (Yoast's meta description is an excerpt).
- Editor-typed "- " list lines split by ``<br />`` keep their "- "; the centred italic line under a
  lazy image is its caption, not text.
- Page 2 of the category is the only listing of the oldest post; the posts page ``/tin-moi/``
  never links further pages (infinite scroll), and month archives are offered only in a select.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
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

NAME = "wp_hestia_thcs"
PLATFORM = "WordPress 6 + Hestia theme (Yoast SEO, WP-Print, WP Download Manager)"
START_PATH = "/"

SITE = "Trường THCS Lê Thánh Tông"
TAGLINE = "Kỷ cương – Tình thương – Trách nhiệm"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 9, 0, 0)
TZ = timezone(timedelta(hours=7))
PER_PAGE = 4
UP = "/wp-content/uploads"

# --- categories ----------------------------------------------------------------------------

# slug -> (name, archive path, parent slug, term id)
CATS: dict[str, tuple[str, str, str | None, int]] = {
    "tin-tuc-su-kien": ("Tin tức – Sự kiện", "/category/tin-tuc-su-kien/", None, 3),
    "thong-bao": ("Thông báo", "/category/thong-bao/", None, 4),
    "chuyen-mon": ("Chuyên môn", "/category/chuyen-mon/", None, 5),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", "/category/chuyen-mon/hoat-dong-chuyen-mon/", "chuyen-mon", 9),
    "doan-doi": ("Đoàn – Đội", "/category/doan-doi/", None, 6),
}
TAGS = {"20-11": "20-11", "an-toan-truong-hoc": "an toàn trường học"}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles --------------------------------------------------------------------------

A1 = Story(
    id=1391,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-06",
    blocks=[
        P(
            "Sáng ngày 03/10/2026, Trường THCS Lê Thánh Tông long trọng tổ chức Hội nghị viên chức, "
            "người lao động năm học 2026 – 2027. Đến dự hội nghị có đồng chí Trần Văn Lợi – Phó Chủ "
            "tịch UBND xã Diên Khánh, đại diện Ban Đại diện cha mẹ học sinh cùng toàn thể 58 cán bộ, "
            "giáo viên, nhân viên của nhà trường."
        ),
        Img(f"{UP}/2026/10/hoi-nghi-vc-2026-1-800x533.jpg", "Quang cảnh hội nghị.", "Quang cảnh hội nghị.", "wpcap"),
        P(
            "Tại hội nghị, đồng chí Võ Thị Thanh Tâm – Hiệu trưởng nhà trường đã trình bày báo cáo tổng "
            "kết năm học 2025 – 2026 và phương hướng, nhiệm vụ năm học 2026 – 2027. Năm học vừa qua, nhà "
            "trường có 1.126 học sinh, tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 9 được công "
            "nhận tốt nghiệp THCS; có 27 học sinh đạt giải học sinh giỏi cấp tỉnh."
        ),
        P(
            "Hội nghị cũng đã nghe báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân "
            "dân và thảo luận, góp ý sửa đổi Quy chế chi tiêu nội bộ, Quy chế thực hiện dân chủ trong "
            "hoạt động của nhà trường."
        ),
        P("Các chỉ tiêu chủ yếu năm học 2026 – 2027:", "raw:<strong><em>Các chỉ tiêu chủ yếu năm học 2026 – 2027:</em></strong>"),
        P("- Tỷ lệ học sinh lên lớp thẳng đạt từ 97% trở lên;", "br"),
        P("- Phấn đấu có từ 30 giải học sinh giỏi cấp tỉnh trở lên;", "br"),
        P("- 100% giáo viên ứng dụng công nghệ thông tin, chuyển đổi số trong dạy học;", "br"),
        P("- Giữ vững danh hiệu Tập thể lao động xuất sắc."),
        Img(
            f"{UP}/2026/10/hoi-nghi-vc-2026-3-1024x683.jpg",
            "(Đại diện các tổ chuyên môn ký kết giao ước thi đua)",
            "Đại diện các tổ chuyên môn ký kết giao ước thi đua",
            "lazy",
        ),
        P(
            "Kết thúc hội nghị, 100% đại biểu biểu quyết thông qua Nghị quyết hội nghị và ký kết giao "
            "ước thi đua giữa các tổ chuyên môn, các đoàn thể trong nhà trường."
        ),
        _right("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"when": "2026-10-06T00:00:00", "modified": "2026-10-06T08:14:20", "ed": "classic",
          "cats": ["tin-tuc-su-kien"], "thumb": f"{UP}/2026/10/hoi-nghi-vc-2026-1"},
)

A2 = Story(
    id=1398,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 – 2027",
    cat="doan-doi",
    published_at="2026-10-09T15:20:11+07:00",
    summary=(
        "Nhằm giáo dục ý thức tiết kiệm, bảo vệ môi trường và tinh thần tương thân tương ái cho đội "
        "viên, chiều ngày 08/10/2026, Liên đội Trường THCS Lê Thánh Tông tổ chức lễ phát động phong "
        "trào “Kế hoạch nhỏ” năm học 2026 – 2027."
    ),
    blocks=[
        P(
            "Nhằm giáo dục ý thức tiết kiệm, bảo vệ môi trường và tinh thần tương thân tương ái cho đội "
            "viên, chiều ngày 08/10/2026, Liên đội Trường THCS Lê Thánh Tông tổ chức lễ phát động phong "
            "trào “Kế hoạch nhỏ” năm học 2026 – 2027.",
            "lead",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Lê Minh Khoa – Tổng phụ trách Đội đã quán triệt mục đích, ý "
            "nghĩa của phong trào. Mỗi đội viên thu gom ít nhất 3 kg giấy vụn, vỏ lon, chai nhựa trong "
            "học kỳ I; số tiền thu được sẽ dùng để mua sách vở, áo ấm tặng các bạn học sinh có hoàn cảnh "
            "khó khăn."
        ),
        Img(
            f"{UP}/2026/10/ke-hoach-nho-2026-1024x768.jpg",
            "Đội viên các chi đội mang giấy vụn đến điểm tập kết",
            "Đội viên các chi đội mang giấy vụn đến điểm tập kết",
            "block",
        ),
        P(
            "Ngay sau lễ phát động, các chi đội đã hăng hái mang giấy vụn, vỏ lon đến tập kết tại sân "
            "trường. Chi đội 7A3 dẫn đầu với 126 kg giấy vụn; chi đội 9A1 và 8A2 lần lượt xếp thứ hai, "
            "thứ ba. Cố lên các bạn ơi! 🌱♻️"
        ),
        P(
            "Theo kế hoạch, Liên đội sẽ tổng kết phong trào vào dịp kỷ niệm 96 năm Ngày thành lập Đoàn "
            "TNCS Hồ Chí Minh (26/3/2027) và khen thưởng các chi đội có thành tích xuất sắc."
        ),
        _right("<em>Tin: Lê Minh Khoa – Ảnh: Chi đội 8A2</em>"),
    ],
    authors=["Lê Minh Khoa"],
    photographers=["Chi đội 8A2"],
    opts={"when": "2026-10-09T15:20:11", "modified": "2026-10-09T15:20:11", "ed": "block",
          "cats": ["doan-doi", "tin-tuc-su-kien"], "thumb": f"{UP}/2026/10/ke-hoach-nho-2026"},
)

A3 = Story(
    id=1405,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-14T09:05:47+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 86/KH-THCSLTT ngày 15/9/2026 của Hiệu trưởng Trường THCS Lê Thánh "
            "Tông về việc tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027, sáng ngày "
            "12/10/2026, nhà trường đã tổ chức lễ khai mạc hội thi."
        ),
        P(
            "Hội thi năm nay có 14 giáo viên thuộc 4 tổ chuyên môn tham gia, gồm các môn: Ngữ văn, Toán, "
            "Khoa học tự nhiên, Lịch sử và Địa lí, Tiếng Anh, Tin học. Mỗi giáo viên dự thi thực hiện 02 "
            "tiết dạy (01 tiết tự chọn, 01 tiết bốc thăm) và trình bày biện pháp nâng cao chất lượng "
            "giảng dạy."
        ),
        P("Ban tổ chức đề ra các yêu cầu đối với giáo viên dự thi:"),
        P(
            "Bài dạy thiết kế theo định hướng phát triển phẩm chất, năng lực học sinh theo Chương trình "
            "giáo dục phổ thông 2018;",
            "mso",
        ),
        P("Vận dụng linh hoạt các phương pháp, kĩ thuật dạy học tích cực;", "mso"),
        P("Ứng dụng hiệu quả công nghệ thông tin và học liệu số trong tiết dạy.", "mso"),
        Img(
            f"{UP}/2026/10/gvdg-cap-truong-2026-800x600.jpg",
            "Cô Huỳnh Thị Ngọc Bích (tổ Ngữ văn) bốc thăm tiết dạy",
            "Cô Huỳnh Thị Ngọc Bích (tổ Ngữ văn) bốc thăm tiết dạy",
            "wpcap",
        ),
        P(
            "Hội thi diễn ra từ ngày 12/10 đến ngày 31/10/2026. Kết quả hội thi là căn cứ để nhà trường "
            "lựa chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp tỉnh."
        ),
        _right("<strong>ThS. Phạm Quốc Dũng – Tổ trưởng tổ Toán – Tin</strong>"),
    ],
    authors=["Phạm Quốc Dũng"],
    opts={"when": "2026-10-14T09:05:47", "modified": "2026-10-15T07:40:02", "ed": "classic",
          "cats": ["hoat-dong-chuyen-mon"], "thumb": f"{UP}/2026/10/gvdg-cap-truong-2026"},
)

A4 = Story(
    id=1412,
    slug="cong-doan-truong-ky-niem-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam",
    title="Công đoàn trường kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10",
    cat="tin-tuc-su-kien",
    published_at="2026-10-20T16:32:08+07:00",
    summary=(
        "Chiều ngày 19/10/2026, Công đoàn Trường THCS Lê Thánh Tông tổ chức buổi gặp mặt kỷ niệm 96 "
        "năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026) và tôn vinh các nữ "
        "cán bộ, giáo viên, nhân viên tiêu biểu."
    ),
    blocks=[
        P(
            "Chiều ngày 19/10/2026, Công đoàn Trường THCS Lê Thánh Tông tổ chức buổi gặp mặt kỷ niệm 96 "
            "năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026) và tôn vinh các "
            "nữ cán bộ, giáo viên, nhân viên tiêu biểu.",
            "lead",
        ),
        P(
            "Tại buổi gặp mặt, cô Đặng Thị Kim Oanh – Chủ tịch Công đoàn trường đã ôn lại truyền thống vẻ "
            "vang của Hội Liên hiệp Phụ nữ Việt Nam và ghi nhận những đóng góp của 41 nữ cán bộ, giáo "
            "viên, nhân viên trong công tác giảng dạy, giáo dục học sinh.",
            "nfd",
        ),
        Img(f"{UP}/2026/10/20-10-2026-1-1024x683.jpg", "Các tiết mục văn nghệ chào mừng",
            "Các tiết mục văn nghệ chào mừng", "gallery"),
        Img(f"{UP}/2026/10/20-10-2026-2-1024x683.jpg", "Lãnh đạo nhà trường tặng hoa chúc mừng",
            "Lãnh đạo nhà trường tặng hoa chúc mừng", "gallery"),
        P(
            "Nhân dịp này, Công đoàn trường đã trao giấy khen cho 6 nữ đoàn viên đạt danh hiệu “Giỏi "
            "việc trường – Đảm việc nhà” năm học 2025 – 2026."
        ),
        Img(f"{UP}/2026/10/20-10-2026-5-1024x683.jpg", "Ảnh: Thanh Tùng", None, "block"),
        P(
            "Buổi gặp mặt diễn ra trong không khí ấm cúng, vui tươi với nhiều tiết mục văn nghệ, trò "
            "chơi dân gian do các thầy giáo trong trường tổ chức."
        ),
        _right("<strong>Ban Nữ công</strong>"),
    ],
    authors=["Ban Nữ công"],
    photographers=["Thanh Tùng"],
    opts={"when": "2026-10-20T16:32:08", "modified": "2026-10-21T10:03:44", "ed": "block",
          "cats": ["tin-tuc-su-kien"], "thumb": f"{UP}/2026/10/20-10-2026-1"},
)

A5 = Story(
    id=1420,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-12",
    title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 12",
    cat="thong-bao",
    published_at="2026-10-27T16:45:00+07:00",
    blocks=[
        P(
            "Căn cứ Công văn số 2145/SGDĐT-VP ngày 27/10/2026 của Sở Giáo dục và Đào tạo tỉnh Khánh Hòa "
            "về việc chủ động ứng phó với bão số 12;"
        ),
        P(
            "Trường THCS Lê Thánh Tông thông báo: Toàn thể học sinh được nghỉ học ngày 28/10/2026 (thứ "
            "Tư) và ngày 29/10/2026 (thứ Năm) để phòng, tránh bão.",
            "br",
        ),
        P(
            "Thời gian đi học trở lại: nhà trường sẽ thông báo cụ thể qua ứng dụng SMAS và nhóm Zalo của "
            "các lớp."
        ),
        P(
            "Đề nghị giáo viên chủ nhiệm thông báo đến phụ huynh, học sinh; cán bộ, giáo viên, nhân viên "
            "trực theo lịch phân công, chằng chống cửa phòng học, di chuyển thiết bị, hồ sơ đến nơi an toàn."
        ),
        P(
            "Phụ huynh lưu ý quản lý chặt chẽ con em, không cho các em tắm sông, suối, ra vùng ngập nước "
            "trong và sau bão ⚠️",
            "raw:<span style=\"color: #ff0000;\"><strong>Phụ huynh lưu ý</strong></span> quản lý chặt chẽ "
            "con em, không cho các em tắm sông, suối, ra vùng ngập nước trong và sau bão ⚠️",
        ),
        _right("<strong>Ban Giám hiệu</strong>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={"when": "2026-10-27T16:45:00", "modified": "2026-10-27T16:45:00", "ed": "classic",
          "cats": ["thong-bao"], "tags": ["an-toan-truong-hoc"], "thumb": f"{UP}/2024/08/thong-bao-default"},
)

A6 = Story(
    id=1436,
    slug="chuyen-de-day-hoc-stem-trong-mon-khoa-hoc-tu-nhien-8",
    title="Chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên 8”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-04T14:10:26+07:00",
    blocks=[
        Raw("TOC"),
        P(
            "Ngày 01/11/2026, tổ Khoa học tự nhiên Trường THCS Lê Thánh Tông tổ chức sinh hoạt chuyên đề "
            "“Dạy học STEM trong môn Khoa học tự nhiên 8” với sự tham dự của Ban Giám hiệu, giáo viên tổ "
            "KHTN và giáo viên cốt cán các trường THCS trong xã."
        ),
        P("1. Mục đích, yêu cầu", "h2:1_Muc_dich_yeu_cau"),
        P(
            "Chuyên đề nhằm giúp giáo viên nắm vững quy trình tổ chức bài học STEM theo hướng dẫn của Bộ "
            "Giáo dục và Đào tạo[1], đồng thời chia sẻ kinh nghiệm lựa chọn chủ đề phù hợp với điều kiện "
            "cơ sở vật chất của nhà trường."
        ),
        P("2. Tiết dạy minh họa", "h2:2_Tiet_day_minh_hoa"),
        P(
            "Cô Nguyễn Thị Thu Hiền thực hiện tiết dạy minh họa chủ đề “Thiết kế mạch điện đơn giản điều "
            "khiển đèn LED” với học sinh lớp 8A1."
        ),
        Img(
            f"{UP}/2026/11/stem-khtn8-1024x768.jpg",
            "Học sinh lớp 8A1 thử nghiệm sản phẩm mạch điện",
            "Học sinh lớp 8A1 thử nghiệm sản phẩm mạch điện",
            "block",
        ),
        P("Tiết dạy được tổ chức theo 5 bước của quy trình thiết kế kĩ thuật:"),
        P("Xác định vấn đề;", "oli"),
        P("Nghiên cứu kiến thức nền;", "oli"),
        P("Đề xuất và lựa chọn giải pháp;", "oli"),
        P("Chế tạo mẫu, thử nghiệm và đánh giá;", "oli"),
        P("Chia sẻ, thảo luận, điều chỉnh.", "oli"),
        P("3. Kế hoạch triển khai", "h2:3_Ke_hoach_trien_khai"),
        P("Thời gian | Chủ đề STEM | Lớp | Người thực hiện", "th"),
        P("Tháng 11/2026 | Mạch điện đơn giản | 8A1, 8A2 | Nguyễn Thị Thu Hiền", "tr"),
        P("Tháng 12/2026 | Bình lọc nước mini | 8A3, 8A4 | Trần Quang Vinh", "tr"),
        P("Tháng 01/2027 | Tên lửa nước | 8A5, 8A6 | Lê Thị Hồng Nhung", "tr"),
        P(
            "Kết thúc chuyên đề, các thầy cô đã thảo luận, thống nhất triển khai ít nhất 02 chủ đề STEM "
            "mỗi học kỳ ở mỗi khối lớp."
        ),
        P("Tài liệu tham khảo", "h3"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2020), Công văn số 3089/BGDĐT-GDTrH về việc triển khai thực hiện "
            "giáo dục STEM trong giáo dục trung học."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/khai-mac-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-'
            '2026-2027/">Khai mạc Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027</a></p>'
        ),
        _right("<strong>Tin, ảnh: Tổ KHTN</strong>"),
    ],
    authors=["Tổ KHTN"],
    photographers=["Tổ KHTN"],
    opts={"when": "2026-11-04T14:10:26", "modified": "2026-11-05T08:22:51", "ed": "block",
          "cats": ["hoat-dong-chuyen-mon"], "thumb": f"{UP}/2026/11/stem-khtn8"},
)

A7 = Story(
    id=1447,
    slug="hoc-sinh-truong-thcs-le-thanh-tong-doat-giai-nhi-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    title="Học sinh Trường THCS Lê Thánh Tông đoạt giải Nhì Cuộc thi Khoa học kỹ thuật cấp tỉnh",
    cat="tin-tuc-su-kien",
    published_at="2026-11-10T10:20:05+07:00",
    summary=(
        "Với dự án “Hệ thống cảnh báo ngập lụt sử dụng cảm biến siêu âm và IoT”, hai em Nguyễn Hoàng "
        "Minh Quân và Trần Ngọc Bảo Trâm (lớp 9A1) đã xuất sắc giành giải Nhì lĩnh vực Kỹ thuật cơ khí "
        "tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Khánh Hòa năm học 2026 – 2027."
    ),
    blocks=[
        P(
            "Với dự án “Hệ thống cảnh báo ngập lụt sử dụng cảm biến siêu âm và IoT”, hai em Nguyễn Hoàng "
            "Minh Quân và Trần Ngọc Bảo Trâm (lớp 9A1) đã xuất sắc giành giải Nhì lĩnh vực Kỹ thuật cơ "
            "khí tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Khánh Hòa năm học "
            "2026 – 2027.",
            "lead",
        ),
        P(
            "Cuộc thi do Sở Giáo dục và Đào tạo tổ chức từ ngày 06 đến 08/11/2026 tại Nha Trang, thu hút "
            "162 dự án của học sinh các trường THCS, THPT trên địa bàn tỉnh. Ban giám khảo đã trao 4 giải "
            "Nhất, 11 giải Nhì, 19 giải Ba và 27 giải Khuyến khích."
        ),
        Img(
            f"{UP}/2026/11/khkt-cap-tinh-2026-1024x683.jpg",
            "Minh Quân và Bảo Trâm giới thiệu dự án với Ban giám khảo",
            "Minh Quân và Bảo Trâm giới thiệu dự án với Ban giám khảo",
            "block",
        ),
        P(
            "“Sau trận lũ cuối năm 2025, chúng em muốn làm một thiết bị giúp người dân ở vùng trũng biết "
            "trước mực nước để kịp di dời tài sản”, em Minh Quân chia sẻ.",
            "quote",
        ),
        P(
            "Dự án do thầy Trần Quang Vinh, giáo viên Vật lí hướng dẫn. Thiết bị gồm cảm biến đo mực "
            "nước, mạch vi điều khiển ESP32 và ứng dụng gửi tin nhắn cảnh báo qua điện thoại khi nước "
            "vượt ngưỡng an toàn, chi phí chế tạo chưa đến 800.000 đồng."
        ),
        _right("<strong>Thu Hà</strong>"),
        _right("<em>Nguồn: baokhanhhoa.vn</em>"),
    ],
    authors=["Thu Hà"],
    source="baokhanhhoa.vn",
    opts={"when": "2026-11-10T10:20:05", "modified": "2026-11-10T10:20:05", "ed": "block",
          "cats": ["tin-tuc-su-kien"], "thumb": f"{UP}/2026/11/khkt-cap-tinh-2026"},
)

A8 = Story(
    id=1455,
    slug="soi-noi-giai-bong-da-hoc-sinh-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Sôi nổi Giải bóng đá học sinh chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="doan-doi",
    published_at="2026-11-14T17:02:40+07:00",
    blocks=[
        P(
            "Từ ngày 02/11 đến 13/11/2026, Liên đội Trường THCS Lê Thánh Tông tổ chức Giải bóng đá mini "
            "học sinh năm 2026 chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."
        ),
        P(
            "Giải có 16 đội bóng nam và 8 đội bóng nữ của các chi đội tham gia, thi đấu theo thể thức loại "
            "trực tiếp. Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần thi đấu trung thực, cao "
            "thượng."
        ),
        Img(
            f"{UP}/2026/11/bong-da-20-11-1-1024x576.jpg",
            "(Trận chung kết bóng đá nam giữa chi đội 9A2 và 9A4)",
            "Trận chung kết bóng đá nam giữa chi đội 9A2 và 9A4",
            "lazy",
        ),
        P("Kết quả chung cuộc:", "h3"),
        P("Bóng đá nam: Giải Nhất – chi đội 9A4; Giải Nhì – chi đội 9A2; Giải Ba – chi đội 8A1 và 8A5.", "li"),
        P("Bóng đá nữ: Giải Nhất – chi đội 8A3; Giải Nhì – chi đội 9A1; Giải Ba – chi đội 7A2 và 6A4.", "li"),
        P("Cầu thủ xuất sắc nhất: em Lê Văn Tài (9A4) và em Phan Thị Mỹ Duyên (8A3).", "li"),
        Img(
            f"{UP}/2026/11/bong-da-20-11-2-1024x576.jpg",
            "Ban tổ chức trao cúp cho đội vô địch",
            "Ban tổ chức trao cúp cho đội vô địch",
            "lazy",
        ),
        _right("<strong>Tin, ảnh: Lê Minh Khoa</strong>"),
    ],
    authors=["Lê Minh Khoa"],
    photographers=["Lê Minh Khoa"],
    opts={"when": "2026-11-14T17:02:40", "modified": "2026-11-14T17:02:40", "ed": "classic",
          "cats": ["doan-doi", "tin-tuc-su-kien"], "tags": ["20-11"],
          "thumb": f"{UP}/2026/11/bong-da-20-11-1",
          "comments": [(57, "Phụ huynh em Tài 9A4", "2026-11-14T20:11:00",
                        "Chúc mừng các con đội 9A4! Cảm ơn thầy cô đã tổ chức giải đấu rất hay.")]},
)

A9 = Story(
    id=1463,
    slug="huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
    title=(
        "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở "
        "giới năm 2026"
    ),
    cat="doan-doi",
    published_at="2026-11-18T08:47:19+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch của UBND xã Diên Khánh về tổ chức Tháng hành động vì bình đẳng giới và "
            "phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến ngày "
            "15/12/2026), Liên đội Trường THCS Lê Thánh Tông đã triển khai nhiều hoạt động thiết thực."
        ),
        P(
            "Trong tiết chào cờ sáng thứ Hai ngày 16/11/2026, Liên đội tổ chức buổi ngoại khóa với chủ "
            "đề “Bình đẳng giới – Bắt đầu từ lớp học của em”. Các em đội viên được nghe tuyên truyền về "
            "Luật Bình đẳng giới, nhận diện các hành vi bạo lực học đường, bạo lực trên không gian mạng "
            "và cách tìm kiếm sự hỗ trợ.",
            "br",
        ),
        P(
            "Thông điệp của buổi ngoại khóa: “Chung tay xây dựng môi trường an toàn, không bạo lực cho phụ "
            "nữ và trẻ em”."
        ),
        Img(
            f"{UP}/2026/11/binh-dang-gioi-2026-1024x683.jpg",
            "Đội viên tham gia trò chơi tìm hiểu về bình đẳng giới",
            "Đội viên tham gia trò chơi tìm hiểu về bình đẳng giới",
            "wpcap",
        ),
        P(
            "Bên cạnh đó, các chi đội còn thi vẽ tranh cổ động, làm báo tường chủ đề bình đẳng giới; "
            "phòng tư vấn tâm lý học đường duy trì hộp thư “Điều em muốn nói” để tiếp nhận chia sẻ của "
            "học sinh."
        ),
        _right("<strong>Người viết: Nguyễn Thị Diệu Linh – Phó Bí thư Chi đoàn</strong>"),
    ],
    authors=["Nguyễn Thị Diệu Linh"],
    opts={"when": "2026-11-18T08:47:19", "modified": "2026-11-18T08:47:19", "ed": "classic",
          "cats": ["doan-doi"], "thumb": f"{UP}/2026/11/binh-dang-gioi-2026"},
)

A10 = Story(
    id=1470,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T11:18:52+07:00",
    summary=(
        "Sáng ngày 20/11/2026, trong không khí phấn khởi của cả nước hướng về Ngày Nhà giáo Việt Nam, "
        "Trường THCS Lê Thánh Tông long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 – 20/11/2026)."
    ),
    blocks=[
        P(
            "Sáng ngày 20/11/2026, trong không khí phấn khởi của cả nước hướng về Ngày Nhà giáo Việt Nam, "
            "Trường THCS Lê Thánh Tông long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026).",
            "lead",
        ),
        P(
            "Đến dự buổi lễ có đồng chí Nguyễn Thành Đạt – Bí thư Đảng ủy xã Diên Khánh; đồng chí Trần Văn "
            "Lợi – Phó Chủ tịch UBND xã; các thầy cô giáo nguyên là cán bộ quản lý, giáo viên của trường "
            "qua các thời kỳ cùng đông đảo cha mẹ học sinh."
        ),
        Img(
            f"{UP}/2026/11/nha-giao-20-11-2026-1-1024x683.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh khối 8",
            "Tiết mục văn nghệ chào mừng của học sinh khối 8",
            "block",
        ),
        P(
            "Phát biểu tại buổi lễ, cô Võ Thị Thanh Tâm – Hiệu trưởng nhà trường ôn lại lịch sử, ý nghĩa "
            "của Ngày Nhà giáo Việt Nam và điểm lại những thành tích nổi bật của thầy và trò trong năm học "
            "2025 – 2026. Năm học vừa qua, nhà trường có 3 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "tỉnh, 27 học sinh đạt giải học sinh giỏi cấp tỉnh, trong đó có 2 giải Nhất."
        ),
        P(
            "Thay mặt lãnh đạo địa phương, đồng chí Nguyễn Thành Đạt chúc mừng những kết quả mà tập thể sư "
            "phạm nhà trường đạt được, đồng thời đề nghị nhà trường tiếp tục đổi mới phương pháp dạy học, "
            "đẩy mạnh chuyển đổi số, xây dựng trường học hạnh phúc."
        ),
        Img(
            f"{UP}/2026/11/nha-giao-20-11-2026-2-1024x683.jpg",
            "Lãnh đạo xã trao giấy khen cho các giáo viên có thành tích xuất sắc",
            "Lãnh đạo xã trao giấy khen cho các giáo viên có thành tích xuất sắc",
            "block",
        ),
        P(
            "Nhân dịp này, UBND xã Diên Khánh đã tặng giấy khen cho 5 tập thể và 12 cá nhân có thành tích "
            "xuất sắc trong năm học 2025 – 2026; Hội Khuyến học xã trao 20 suất học bổng, mỗi suất trị giá "
            "1.000.000 đồng cho học sinh vượt khó học giỏi."
        ),
        _right("<em>Tin: Đặng Thị Kim Oanh – Ảnh: Huỳnh Tấn Phát</em>"),
        Raw('<p class="last-modified" style="font-size: 12px; color: #999;">Cập nhật lần cuối: 23/11/2026 lúc 09:02</p>'),
    ],
    authors=["Đặng Thị Kim Oanh"],
    photographers=["Huỳnh Tấn Phát"],
    opts={"when": "2026-11-20T11:18:52", "modified": "2026-11-23T09:02:10", "ed": "block",
          "cats": ["tin-tuc-su-kien"], "tags": ["20-11"], "thumb": f"{UP}/2026/11/nha-giao-20-11-2026-1",
          "comments": [(61, "Trần Thị Hạnh (cựu học sinh K2008)", "2026-11-20T19:36:00",
                        "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và thành công. Con nhớ trường "
                        "mình nhiều lắm!")]},
)

A11_SLUG = "hội-khỏe-phù-đổng-cấp-trường-năm-học-2026-2027"
A11 = Story(
    id=1478,
    slug=A11_SLUG,
    title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-24T15:30:00+07:00",
    blocks=[
        P(
            "Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, phát hiện, bồi dưỡng "
            "học sinh có năng khiếu thể dục thể thao để tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2027, "
            "Trường THCS Lê Thánh Tông xây dựng kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học "
            "2026 – 2027 như sau:"
        ),
        P("1. Thời gian, địa điểm", "h4"),
        P("Thời gian: từ ngày 07/12 đến ngày 19/12/2026 (các buổi chiều thứ Hai, thứ Tư, thứ Sáu).", "br"),
        P("Địa điểm: sân trường và nhà đa năng Trường THCS Lê Thánh Tông."),
        P("2. Nội dung thi đấu", "h4"),
        P("Môn thi | Nội dung | Khối lớp", "th"),
        P("Điền kinh | Chạy 60m, 400m, nhảy cao, nhảy xa | 6, 7, 8, 9", "tr"),
        P("Cờ vua | Cá nhân nam, cá nhân nữ | 6 – 9", "tr"),
        P("Kéo co | Đồng đội (10 nam, 10 nữ) | Theo chi đội", "tr"),
        P("Bóng chuyền | Đồng đội nam, nữ | 8, 9", "tr"),
        P("3. Đăng ký thi đấu", "h4"),
        P(
            "Giáo viên chủ nhiệm lập danh sách vận động viên của lớp gửi về thầy Trần Hữu Nghĩa (giáo viên "
            "Giáo dục thể chất) trước 16 giờ 00 ngày 04/12/2026."
        ),
        Raw("FILE:/wp-content/uploads/2026/11/KH-HKPD-cap-truong-2026-2027.pdf"),
    ],
    opts={"when": "2026-11-24T15:30:00", "modified": "2026-11-24T15:31:12", "ed": "block",
          "cats": ["thong-bao"], "thumb": f"{UP}/2024/08/thong-bao-default"},
)

A12 = Story(
    id=1486,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw("LETTERHEAD"),
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027;"),
        P(
            "Căn cứ Công văn số 2380/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo tỉnh Khánh "
            "Hòa về việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027;"
        ),
        P("Trường THCS Lê Thánh Tông thông báo lịch kiểm tra cuối học kỳ I như sau:"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("21/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
        P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P(
            "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo thời khóa biểu trong tuần từ "
            "ngày 14/12 đến ngày 19/12/2026."
        ),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và đầy "
            "đủ dụng cụ học tập; không mang điện thoại di động, tài liệu vào phòng kiểm tra."
        ),
        P(
            "Nhận được thông báo này, đề nghị giáo viên chủ nhiệm, giáo viên bộ môn và học sinh nghiêm túc "
            "thực hiện./."
        ),
        Raw("CLOSING"),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/h%E1%BB%99i-kh%E1%BB%8Fe-ph%C3%B9-%C4%91%E1%BB%95ng-'
            'c%E1%BA%A5p-tr%C6%B0%E1%BB%9Dng-n%C4%83m-h%E1%BB%8Dc-2026-2027/">Kế hoạch tổ chức Hội khỏe '
            "Phù Đổng cấp trường năm học 2026 – 2027</a></p>"
        ),
        Raw("FILE:/wp-content/uploads/2026/12/TB-142-lich-KT-CKI-2026-2027.pdf"),
    ],
    authors=["Nguyễn Văn Hùng"],
    opts={"when": "2026-12-01T07:35:12", "modified": "2026-12-01T07:40:55", "ed": "classic",
          "cats": ["thong-bao"], "thumb": f"{UP}/2024/08/thong-bao-default"},
)

A13 = Story(
    id=1493,
    slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho",
    title=(
        "Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên, nhân viên "
        "và học sinh"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T16:05:33+07:00",
    blocks=[
        P(
            "Chiều ngày 02/12/2026, Trường THCS Lê Thánh Tông phối hợp với Đội Cảnh sát PCCC và CNCH Công "
            "an khu vực Diên Khánh tổ chức buổi tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ "
            "cho hơn 1.100 cán bộ, giáo viên, nhân viên và học sinh toàn trường."
        ),
        P(
            "Tại buổi tập huấn, cán bộ Cảnh sát PCCC đã phổ biến những kiến thức cơ bản về nguyên nhân gây "
            "cháy, nổ; cách sử dụng bình chữa cháy xách tay, kỹ năng thoát nạn khi xảy ra cháy trong "
            "trường học và cách sơ cứu người bị nạn."
        ),
        Img(
            f"{UP}/2026/12/tap-huan-pccc-2026-1-1024x576.jpg",
            "Cán bộ Cảnh sát PCCC hướng dẫn học sinh sử dụng bình chữa cháy",
            "Cán bộ Cảnh sát PCCC hướng dẫn học sinh sử dụng bình chữa cháy",
            "linked",
        ),
        P(
            "Các em học sinh được trực tiếp thực hành dập tắt đám cháy giả định bằng bình bột, chăn chiên "
            "ướt và thực hành thoát nạn qua hành lang có khói theo hiệu lệnh còi báo cháy."
        ),
        Raw("YOUTUBE"),
        P(
            "Kết thúc buổi tập huấn, thầy Nguyễn Văn Hùng – Phó Hiệu trưởng nhà trường đề nghị các lớp "
            "tiếp tục tuyên truyền đến gia đình, người thân, góp phần phòng ngừa cháy nổ trong mùa khô "
            "sắp tới."
        ),
        _right("<strong>Huỳnh Tấn Phát</strong>"),
    ],
    authors=["Huỳnh Tấn Phát"],
    opts={"when": "2026-12-03T16:05:33", "modified": "2026-12-03T16:05:33", "ed": "block",
          "cats": ["tin-tuc-su-kien"], "tags": ["an-toan-truong-hoc"],
          "thumb": f"{UP}/2026/12/tap-huan-pccc-2026-1"},
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def post_path(story: Story) -> str:
    """The permalink as WordPress prints it (a Vietnamese slug lower-case percent-encoded)."""
    return "/" + quote(story.slug, safe="-").lower() + "/"


BY_SLUG = {s.slug: s for s in STORIES}

# --- dates ---------------------------------------------------------------------------------


def _dt(local: str) -> datetime:
    return datetime.fromisoformat(local)


def iso_local(local: str) -> str:
    return local + "+07:00"


def iso_utc(local: str) -> str:
    return (_dt(local) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def dmy(local: str) -> str:
    return _dt(local).strftime("%d/%m/%Y")


def ago(local: str) -> str:
    """WordPress ``human_time_diff`` in Vietnamese."""
    secs = (NOW - _dt(local)).total_seconds()
    if secs < 3600:
        return f"{max(1, round(secs / 60))} phút"
    if secs < 86400:
        return f"{max(1, round(secs / 3600))} giờ"
    if secs < 7 * 86400:
        return f"{max(1, round(secs / 86400))} ngày"
    if secs < 30 * 86400:
        return f"{max(1, round(secs / (7 * 86400)))} tuần"
    return f"{max(1, round(secs / (30 * 86400)))} tháng"


# --- article content -----------------------------------------------------------------------


def _srcset(src: str) -> str:
    m = re.match(r"(.+)-(\d+)x(\d+)\.jpg$", src)
    if not m:
        return ""
    base = m.group(1)
    return f' srcset="{src} {m.group(2)}w, {base}-300x200.jpg 300w, {base}-768x512.jpg 768w"'


def _wh(src: str) -> tuple[str, str]:
    m = re.search(r"-(\d+)x(\d+)\.jpg$", src)
    return (m.group(1), m.group(2)) if m else ("1024", "683")


def _img_html(img: Img, wp_id: int, extra_cls: str = "") -> str:
    w, h = _wh(img.src)
    return (
        f'<img decoding="async" loading="lazy" width="{w}" height="{h}" src="{img.src}" alt="" '
        f'class="wp-image-{wp_id}{extra_cls}"{_srcset(img.src)} sizes="(max-width: {w}px) 100vw, {w}px" />'
    )


def _figure(img: Img, wp_id: int) -> str:
    cap = f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption>' if img.printed else ""
    return f'<figure class="wp-block-image size-large">{_img_html(img, wp_id)}{cap}</figure>'


def _para_inner(p: P) -> str:
    style = p.style
    if style.startswith("raw:"):
        return style[4:]
    if style == "nfd":
        return text(p.text, nfd=True)
    if style == "lead":
        return f"<strong>{text(p.text)}</strong>"
    return text(p.text)


def _toc() -> str:
    items = [("1_Muc_dich_yeu_cau", "1. Mục đích, yêu cầu"), ("2_Tiet_day_minh_hoa", "2. Tiết dạy minh họa"),
             ("3_Ke_hoach_trien_khai", "3. Kế hoạch triển khai"), ("Tai_lieu_tham_khao", "Tài liệu tham khảo")]
    lis = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{i}\" "
        f'href="#{anchor}" title="{esc(label)}">{esc(label)}</a></li>'
        for i, (anchor, label) in enumerate(items, 1)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter ez-toc-grey '
        'ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title" '
        'style="cursor:inherit">Mục lục</p><span class="ez-toc-title-toggle"><a href="#" '
        'class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
        'aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span '
        'class="eztoc-hide" style="display:none;">Toggle</span></span></span></a></span></div>'
        f"<nav><ul class='ez-toc-list ez-toc-list-level-1 '>{lis}</ul></nav></div>"
    )


def _letterhead() -> str:
    return (
        '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
        '<td style="width: 42%; text-align: center; vertical-align: top;"><span style="font-size: 10pt;">'
        "UBND XÃ DIÊN KHÁNH</span><br /><strong>TRƯỜNG THCS LÊ THÁNH TÔNG</strong><br />"
        '<span style="font-size: 8pt;">———————</span></td>'
        '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
        "NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập – Tự do – Hạnh phúc</u></strong></td></tr>"
        '<tr><td style="text-align: center;">Số: 142/TB-THCSLTT</td><td style="text-align: right;">'
        "<em>Diên Khánh, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>\n"
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n<strong>Về việc tổ chức kiểm '
        "tra cuối học kỳ I năm học 2026 – 2027</strong></p>"
    )


def _closing() -> str:
    return (
        '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
        '<strong><em>Nơi nhận:</em></strong><br /><span style="font-size: 10pt;">- Các tổ chuyên môn;<br />'
        "- GVCN các lớp;<br />- Đăng website trường;<br />- Lưu: VT.</span></td>"
        '<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU '
        "TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Hùng</strong></td>"
        "</tr></tbody></table>"
    )


def _file_block(href: str) -> str:
    name = href.rsplit("/", 1)[1].rsplit(".", 1)[0]
    return (
        f'<div class="wp-block-file"><object data="{href}" type="application/pdf" style="width:100%;'
        f'height:600px" aria-label="Nhúng {name}."></object><a id="wp-block-file--media-{len(name) * 97 % 9000 + 1000}" '
        f'href="{href}">{name}</a><a href="{href}" class="wp-block-file__button wp-element-button" '
        f'download aria-describedby="wp-block-file--media">Tải về</a></div>'
    )


def _youtube() -> str:
    return (
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
        'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
        '<iframe loading="lazy" title="Học sinh THCS Lê Thánh Tông thực hành thoát nạn" width="750" '
        'height="422" src="https://www.youtube.com/embed/q3Xv7bT2sLk?feature=oembed" frameborder="0" '
        'allowfullscreen></iframe></div><figcaption class="wp-element-caption">Clip: Học sinh thực hành '
        "thoát nạn qua hành lang có khói</figcaption></figure>"
    )


def render_content(story: Story) -> str:
    """The post's ``the_content`` as WordPress prints it (block or classic editor)."""
    classic = story.opts["ed"] == "classic"
    out: list[str] = []
    blocks = story.blocks
    i = 0
    wp_id = story.id + 1
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "TOC":
                out.append(_toc())
            elif b.html == "LETTERHEAD":
                out.append(_letterhead())
            elif b.html == "CLOSING":
                out.append(_closing())
            elif b.html == "YOUTUBE":
                out.append(_youtube())
            elif b.html.startswith("FILE:"):
                out.append(_file_block(b.html[5:]))
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            wp_id += 1
            if b.style == "gallery":
                figs = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    figs.append(_figure(blocks[i], wp_id))
                    wp_id += 1
                    i += 1
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-default is-cropped '
                    f'wp-block-gallery-{story.id % 97} is-layout-flex wp-block-gallery-is-layout-flex">'
                    + "".join(figs) + "</figure>"
                )
                continue
            if b.style == "block":
                out.append(_figure(b, wp_id))
            elif b.style == "linked":
                full = re.sub(r"-\d+x\d+\.jpg$", ".jpg", b.src)
                w, h = _wh(b.src)
                out.append(
                    f'<figure class="wp-block-image size-large"><a href="{full}"><img decoding="async" '
                    f'width="{w}" height="{h}" src="{b.src}" alt="{esc(b.printed or "")}" '
                    f'class="wp-image-{wp_id}"{_srcset(b.src)} /></a><figcaption class="wp-element-caption">'
                    f"{esc(b.printed or '')}</figcaption></figure>"
                )
            elif b.style == "wpcap":
                w, _ = _wh(b.src)
                out.append(
                    f'<div id="attachment_{wp_id}" style="width: {int(w) + 10}px" class="wp-caption aligncenter">'
                    f'<img aria-describedby="caption-attachment-{wp_id}" '
                    + _img_html(b, wp_id, " size-large")[5:]
                    + f'<p id="caption-attachment-{wp_id}" class="wp-caption-text">{esc(b.printed or "")}</p></div>'
                )
            elif b.style == "lazy":
                w, h = _wh(b.src)
                svg = (
                    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
                    f"{w}%20{h}'%3E%3C/svg%3E"
                )
                out.append(
                    f'<p><img decoding="async" class="aligncenter size-large wp-image-{wp_id}" src="{svg}" '
                    f'alt="" width="{w}" height="{h}" data-lazy-src="{b.src}" '
                    f'data-lazy-srcset="{_srcset(b.src)[9:-1]}" /><noscript><img decoding="async" '
                    f'class="aligncenter size-large wp-image-{wp_id}" src="{b.src}" alt="" width="{w}" '
                    f'height="{h}" /></noscript></p>'
                )
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            i += 1
            continue
        # paragraphs
        style = b.style
        if style in ("li", "oli"):
            tag = "ul" if style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            cls = "" if classic else ' class="wp-block-list"'
            out.append(f"<{tag}{cls}>" + "".join(items) + f"</{tag}>")
            continue
        if style in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead><tr>" + "".join(f"<th>{text(c)}</th>" for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
                i += 1
            table = f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
            if classic:
                out.append(table.replace("<table>", '<table style="width: 100%; border-collapse: collapse;" border="1">'))
            else:
                out.append(f'<figure class="wp-block-table is-style-stripes">{table}</figure>')
            continue
        if style == "mso":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "mso":
                pos = "First" if not items else "Middle"
                if i + 1 >= len(blocks) or not (isinstance(blocks[i + 1], P) and blocks[i + 1].style == "mso"):
                    pos = "Last"
                items.append(
                    f'<p class="MsoListParagraphCxSp{pos}" style="margin-left: .5in; text-align: justify; '
                    'text-indent: -.25in; mso-list: l0 level1 lfo1;"><!-- [if !supportLists]--><span '
                    'style="font-family: Symbol; mso-fareast-font-family: Symbol; mso-bidi-font-family: '
                    'Symbol;"><span style="mso-list: Ignore;">·<span style="font: 7.0pt \'Times New '
                    "Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
                    f'<span style="font-size: 14.0pt; line-height: 115%;">{text(blocks[i].text)}</span></p>'
                )
                i += 1
            out.append("\n".join(items))
            continue
        if style.startswith("h"):
            level, _, anchor = style.partition(":")
            inner = text(b.text)
            if anchor:
                inner = f'<span class="ez-toc-section" id="{anchor}"></span>{inner}<span class="ez-toc-section-end"></span>'
            elif story.id == A6.id:
                inner = f'<span class="ez-toc-section" id="Tai_lieu_tham_khao"></span>{inner}<span class="ez-toc-section-end"></span>'
            cls = "" if classic else ' class="wp-block-heading"'
            out.append(f"<{level}{cls}>{inner}</{level}>")
            i += 1
            continue
        if style == "quote":
            out.append(f'<blockquote class="wp-block-quote is-layout-flow"><p>{text(b.text)}</p></blockquote>')
            i += 1
            continue
        if style == "br":
            parts = [_para_inner(b)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P):
                parts.append(_para_inner(blocks[i]))
                if blocks[i].style != "br":
                    i += 1
                    break
                i += 1
            attr = ' style="text-align: justify;"' if classic else ""
            out.append(f"<p{attr}>" + "<br />\n".join(parts) + "</p>")
            continue
        attr = ' style="text-align: justify;"' if classic else ""
        out.append(f"<p{attr}>{_para_inner(b)}</p>")
        i += 1
    sep = "\n<p>&nbsp;</p>\n" if classic and story.id % 2 else "\n"
    return sep.join(out)


# --- chrome --------------------------------------------------------------------------------

MENU: list[tuple[int, str, str, list[tuple[int, str, str]]]] = [
    (31, "Trang chủ", "/", []),
    (32, "Giới thiệu", "/gioi-thieu/", [
        (45, "Giới thiệu chung", "/gioi-thieu/"),
        (46, "Đội ngũ CB-GV-NV", "/gioi-thieu/doi-ngu-can-bo-giao-vien/"),
    ]),
    (33, "Tin tức", "/category/tin-tuc-su-kien/", [
        (47, "Tin tức – Sự kiện", "/category/tin-tuc-su-kien/"),
        (48, "Thông báo", "/category/thong-bao/"),
        (49, "Tất cả bài viết", "/tin-moi/"),
    ]),
    (34, "Chuyên môn", "/category/chuyen-mon/", [
        (50, "Hoạt động chuyên môn", "/category/chuyen-mon/hoat-dong-chuyen-mon/"),
        (51, "Lịch công tác tuần", "/lich-cong-tac-tuan/"),
    ]),
    (35, "Đoàn – Đội", "/category/doan-doi/", []),
    (36, "Thư viện", "#", [
        (52, "Thư viện ảnh", "/thu-vien-anh/"),
        (53, "Video clip", "/video-clip/"),
    ]),
    (37, "Văn bản", "/van-ban/", []),
    (38, "Liên hệ", "/lien-he/", []),
]

CARET = (
    '<span class="caret-wrap"><span class="caret"><svg aria-hidden="true" focusable="false" '
    'data-prefix="fas" data-icon="chevron-down" class="svg-inline--fa fa-chevron-down fa-w-14" '
    'role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" '
    'd="M207.029 381.476L12.686 187.132c-9.373-9.373-9.373-24.569 0-33.941z"></path></svg></span></span>'
)


def _menu_type(href: str) -> str:
    if href.startswith("/category/"):
        return "menu-item-type-taxonomy menu-item-object-category"
    if href in ("/", "#"):
        return "menu-item-type-custom menu-item-object-custom"
    return "menu-item-type-post_type menu-item-object-page"


def _menu(current: str) -> str:
    out = []
    for mid, label, href, kids in MENU:
        cls = f"menu-item {_menu_type(href)} menu-item-{mid}"
        if href == current:
            cls += " current-menu-item active"
        if kids:
            sub = "".join(
                f'<li id="menu-item-{kid}" class="menu-item {_menu_type(kh)} '
                f'menu-item-{kid}"><a title="{esc(kl)}" href="{kh}">{esc(kl)}</a></li>'
                for kid, kl, kh in kids
            )
            out.append(
                f'<li id="menu-item-{mid}" class="{cls} menu-item-has-children dropdown">'
                f'<a title="{esc(label)}" href="{href}" class="dropdown-toggle">{esc(label)} {CARET}</a>'
                f'<ul role="menu" class=" dropdown-menu">{sub}</ul></li>'
            )
        else:
            out.append(f'<li id="menu-item-{mid}" class="{cls}"><a title="{esc(label)}" href="{href}">{esc(label)}</a></li>')
    return (
        '<div id="main-navigation" class="collapse navbar-collapse"><ul id="menu-menu-chinh" '
        'class="nav navbar-nav">' + "".join(out) + "</ul></div>"
    )


def _header(current: str) -> str:
    return f"""<header class="header ">
<div style="display: none"></div>
<div class="hestia-top-bar"><div class="container"><div class="row">
<div class="col-md-6 pull-left"><div id="text-5" class="widget widget_text"><div class="textwidget"><p><i class="fa fa-calendar"></i> {TODAY_LINE} &nbsp;|&nbsp; <i class="fa fa-phone"></i> 0258.3850.214 &nbsp;|&nbsp; <i class="fa fa-envelope"></i> thcslethanhtong.dk@khanhhoa.edu.vn</p></div></div></div>
<div class="col-md-6 pull-right"><div role="navigation" class="nav-top"><ul id="menu-top-bar" class="nav top-bar-nav"><li id="menu-item-71" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-71"><a href="https://www.facebook.com/thcslethanhtong.dienkhanh">Facebook</a></li><li id="menu-item-72" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-72"><a href="https://smas.edu.vn/">SMAS</a></li><li id="menu-item-73" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-73"><a href="https://mail.google.com/a/khanhhoa.edu.vn">Thư điện tử</a></li></ul></div></div>
</div></div></div>
<nav class="navbar navbar-default  hestia_left navbar-not-transparent navbar-fixed-top">
<div class="container">
<div class="navbar-header">
<div class="title-logo-wrapper"><a class="navbar-brand" href="/" title="{SITE}"><img class="hestia-hide-if-transparent" src="{UP}/2024/08/logo-ltt-ngang.png" alt="{SITE}" width="320" height="72"></a></div>
<div class="navbar-toggle-wrapper"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#main-navigation"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span><span class="sr-only">Chuyển đổi điều hướng</span></button></div>
</div>
{_menu(current)}
</div>
</nav>
</header>"""


def _recent_widget() -> str:
    lis = "".join(f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in NEWEST[:5])
    return f'<div id="recent-posts-2" class="widget widget_recent_entries"><h5>Bài viết mới</h5><ul>{lis}</ul></div>'


def _notice_widget() -> str:
    notices = [s for s in NEWEST if "thong-bao" in s.opts["cats"]][:3]
    lis = "".join(
        f'<li class="cat-post-item"><div><a class="cat-post-title" href="{post_path(s)}" rel="bookmark">'
        f'{esc(s.title)}</a> <span class="cat-post-date post-date">{dmy(s.opts["when"])}</span></div></li>'
        for s in notices
    )
    return (
        '<div id="category-posts-3" class="widget cat-post-widget"><h5><a href="/category/thong-bao/">'
        f'Thông báo</a></h5><ul id="category-posts-3-internal" class="category-posts-internal">{lis}</ul></div>'
    )


def _archive_dropdown() -> str:
    months = [("2026/12", "Tháng Mười Hai 2026", 2), ("2026/11", "Tháng Mười Một 2026", 6),
              ("2026/10", "Tháng Mười 2026", 5)]
    opts = "".join(f"<option value='/{m}/'> {label} &nbsp;({n})</option>" for m, label, n in months)
    return (
        '<div id="archives-2" class="widget widget_archive"><h5>Lưu trữ</h5>'
        '<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>'
        '<select id="archives-dropdown-2" name="archive-dropdown"><option value="">Chọn tháng</option>'
        f"{opts}</select>"
        '<script type="text/javascript">(function(){var dropdown=document.getElementById("archives-dropdown-2");'
        "function onSelectChange(){if(dropdown.options[dropdown.selectedIndex].value!==''){document.location."
        "href=this.options[this.selectedIndex].value;}}dropdown.onchange=onSelectChange;})();</script></div>"
    )


def _counter_widget() -> str:
    return (
        '<div id="wpstatistics_widget-2" class="widget widget_wpstatistics_widget"><h5>Thống kê truy cập</h5>'
        '<ul><li><label>Đang online:&nbsp;</label>17</li><li><label>Hôm nay:&nbsp;</label>342</li>'
        '<li><label>Hôm qua:&nbsp;</label>518</li><li><label>Tổng truy cập:&nbsp;</label>384.517</li></ul></div>'
    )


def _poll_widget() -> str:
    answers = ["Trang web của trường", "Nhóm Zalo lớp", "Fanpage Facebook", "Giáo viên chủ nhiệm"]
    lis = "".join(
        f'<li><input type="radio" id="poll-answer-{31 + i}" name="poll_7" value="{31 + i}" />'
        f' <label for="poll-answer-{31 + i}">{a}</label></li>'
        for i, a in enumerate(answers)
    )
    return (
        '<div id="polls-widget-2" class="widget widget_polls-widget"><h5>Thăm dò ý kiến</h5>'
        '<div id="polls-7" class="wp-polls"><form id="polls_form_7" class="wp-polls-form" action="/index.php" '
        'method="post"><p style="display: none;"><input type="hidden" id="poll_7_nonce" name="wp-polls-nonce" '
        'value="4be1c0d2f9" /></p><p style="display: none;"><input type="hidden" name="poll_id" value="7" /></p>'
        '<p style="text-align: center;"><strong>Phụ huynh thường theo dõi thông tin nhà trường qua kênh nào?'
        f'</strong></p><div id="polls-7-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{lis}</ul>'
        '<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " '
        'class="Buttons" onclick="poll_vote(7);" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
        'onclick="poll_result(7); return false;" title="Xem kết quả bình chọn">Xem kết quả</a></p></div>'
        "</form></div></div>"
    )


def _links_widget() -> str:
    links = [("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
             ("https://khanhhoa.edu.vn/", "Sở GD&ĐT Khánh Hòa"),
             ("https://vnedu.vn/", "Sổ liên lạc điện tử vnEdu"),
             ("https://taphuan.csdl.edu.vn/", "Tập huấn giáo viên")]
    lis = "".join(f'<li><a href="{h}" target="_blank" rel="noopener">{esc(t)}</a></li>' for h, t in links)
    return f'<div id="nav_menu-3" class="widget widget_nav_menu"><h5>Liên kết</h5><ul class="menu">{lis}</ul></div>'


def _search_widget() -> str:
    return (
        '<div id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" '
        'action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><div class="form-group '
        'label-floating"><label class="control-label">Tìm kiếm &hellip;</label><input type="search" '
        'class="form-control" value="" name="s" /></div></label><button type="submit" class="btn btn-white '
        'btn-round btn-just-icon"><i class="fas fa-search"></i></button></form></div>'
    )


def _sidebar() -> str:
    return (
        '<div class="col-md-3 blog-sidebar-wrapper col-md-offset-1"><aside id="secondary" class="blog-sidebar" '
        'role="complementary">' + _search_widget() + _notice_widget() + _recent_widget() + _archive_dropdown()
        + _links_widget() + _poll_widget() + _counter_widget() + "</aside></div>"
    )


def _footer() -> str:
    return f"""<footer class="footer footer-black footer-big">
<div class="container">
<div class="content"><div class="row">
<div class="col-md-4"><div id="text-3" class="widget widget_text"><h5>{SITE.upper()}</h5><div class="textwidget"><p>Địa chỉ: Số 12 đường Lý Tự Trọng, xã Diên Khánh, tỉnh Khánh Hòa<br />Điện thoại: 0258.3850.214<br />Email: thcslethanhtong.dk@khanhhoa.edu.vn</p></div></div></div>
<div class="col-md-4"><div id="text-4" class="widget widget_text"><h5>Chịu trách nhiệm nội dung</h5><div class="textwidget"><p>Bà Võ Thị Thanh Tâm – Hiệu trưởng</p></div></div></div>
<div class="col-md-4"><div id="custom_html-2" class="widget_text widget widget_custom_html"><h5>Bản đồ</h5><div class="textwidget custom-html-widget"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3899!2d109.09!3d12.26" width="100%" height="160" style="border:0;" loading="lazy"></iframe></div></div></div>
</div></div>
<hr/>
<div class="hestia-bottom-footer-content"><ul id="menu-footer" class="footer-menu pull-left"><li id="menu-item-81" class="menu-item menu-item-81"><a href="/">Trang chủ</a></li><li id="menu-item-82" class="menu-item menu-item-82"><a href="/gioi-thieu/">Giới thiệu</a></li><li id="menu-item-83" class="menu-item menu-item-83"><a href="/lien-he/">Liên hệ</a></li></ul>
<div class="copyright pull-right">Bản quyền &copy; 2026 {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này. | Hestia | Phát triển bởi <a href="https://themeisle.com" rel="nofollow">ThemeIsle</a></div></div>
</div>
</footer>"""


def _head(request: Request, title: str, *, canonical: str | None = None, desc: str | None = None,
          extra: str = "", robots: str = "index, follow, max-image-preview:large") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    meta_desc = f'<meta name="description" content="{esc(desc)}" />\n' if desc else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset='UTF-8'>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{esc(title)}</title>
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
{meta_desc}<meta name="robots" content="{robots}" />
{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE}" />
{extra}<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="/feed/" />
<link rel='stylesheet' id='bootstrap-css' href='/wp-content/themes/hestia/assets/bootstrap/css/bootstrap.min.css?ver=1.0.2' type='text/css' media='all' />
<link rel='stylesheet' id='hestia_style-css' href='/wp-content/themes/hestia/style.min.css?ver=3.2.4' type='text/css' media='all' />
<link rel='stylesheet' id='hestia_fonts-css' href='https://fonts.googleapis.com/css?family=Roboto%3A300%2C400%2C500%2C700%7CRoboto+Slab%3A400%2C700&#038;subset=latin%2Cvietnamese&#038;ver=3.2.4' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="icon" href="{UP}/2024/08/cropped-logo-ltt-32x32.png" sizes="32x32" />
</head>"""


def _wrap(request: Request, *, title: str, body_class: str, hero: str, main: str, current: str = "",
          canonical: str | None = None, desc: str | None = None, extra: str = "",
          robots: str = "index, follow, max-image-preview:large", scripts: str = "") -> str:
    return (
        _head(request, title, canonical=canonical, desc=desc, extra=extra, robots=robots)
        + f'\n<body class="{body_class} wp-custom-logo wp-embed-responsive header-layout-default">\n'
        + '<div class="wrapper  default ">\n'
        + _header(current)
        + "\n" + hero + "\n" + main + "\n"
        + _footer()
        + "\n</div>\n"
        + '<button class="hestia-scroll-to-top"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 512" '
        'width="12.5px" height="20px"><path d="M177 255.7l136 136"></path></svg></button>\n'
        + scripts
        + '<script type="text/javascript" src="/wp-content/themes/hestia/assets/js/script.min.js?ver=3.2.4" '
        'id="hestia_scripts-js"></script>\n</body>\n</html>\n'
    )


def _hero(title_html: str, bg: str, sub: str = "") -> str:
    return (
        '<div id="primary" class="boxed-layout-header page-header header-small" data-parallax="active" >'
        '<div class="container"><div class="row"><div class="col-md-10 col-md-offset-1 text-center">'
        f"{title_html}{sub}</div></div></div>"
        f'<div class="header-filter" style="background-image: url({bg});"></div></div>'
    )


def _breadcrumbs(trail: list[tuple[str, str]], last: str) -> str:
    parts = ['<span><a href="/">Trang chủ</a></span>']
    parts += [f'<span><a href="{h}">{esc(t)}</a></span>' for t, h in trail]
    parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(last)}</span>')
    return f'<p id="breadcrumbs" class="ltt-bc"><span>{" » ".join(parts)}</span></p>'


def _cat_trail(slug: str) -> list[tuple[str, str]]:
    name, path, parent, _ = CATS[slug]
    trail = [(name, path)]
    if parent:
        trail.insert(0, (CATS[parent][0], CATS[parent][1]))
    return trail


# --- post pages ----------------------------------------------------------------------------


def _excerpt(story: Story, words: int = 30) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    ws = first.split()
    return " ".join(ws[:words]) + (" [&hellip;]" if len(ws) > words else "")


def _thumb(story: Story, size: str = "360x240") -> str:
    return f"{story.opts['thumb']}-{size}.jpg"


def _related(story: Story) -> str:
    cat = story.opts["cats"][0]
    pool = [s for s in NEWEST if s.id != story.id and cat in s.opts["cats"]][:3]
    cards = "".join(
        f'<div class="col-md-4"><div class="card card-blog"><div class="card-image"><a href="{post_path(s)}" '
        f'title="{esc(s.title)}"><img width="360" height="240" src="{_thumb(s)}" class="attachment-hestia-blog '
        f'size-hestia-blog wp-post-image" alt="" decoding="async" loading="lazy" /></a></div><div class="content">'
        f'<h6 class="category text-info"><a href="{CATS[s.opts["cats"][0]][1]}">{esc(CATS[s.opts["cats"][0]][0])}'
        f'</a></h6><h4 class="card-title"><a class="blog-item-title-link" href="{post_path(s)}" '
        f'title="{esc(s.title)}" rel="bookmark">{esc(s.title)}</a></h4><p class="card-description">'
        f"{esc(_excerpt(s, 20)).replace('[&amp;hellip;]', '[&hellip;]')}</p></div></div></div>"
        for s in pool
    )
    return (
        '<div class="section related-posts"><div class="container"><div class="row"><div class="col-md-12">'
        '<h2 class="hestia-title text-center">Bài viết liên quan</h2><div class="row">'
        + cards + "</div></div></div></div></div>"
    )


def _comments(story: Story, path: str) -> str:
    comments = story.opts.get("comments", [])
    items = ""
    for cid, name, when, body in comments:
        d = _dt(when)
        items += (
            f'<div class="media" id="comment-{cid}"><a class="pull-left" href="#"><div class="comment-author '
            'avatar vcard"><img alt="" src="https://secure.gravatar.com/avatar/0b7e?s=64&#038;d=mm&#038;r=g" '
            'class="avatar avatar-64 photo" height="64" width="64" loading="lazy" /></div></a>'
            f'<div class="media-body"><h4 class="media-heading">{esc(name)}<small> &middot; '
            f'{d.strftime("%d/%m/%Y")} lúc {d.strftime("%H:%M")} </small></h4><p>{esc(body)}</p>'
            f"<div class=\"media-footer\"><a rel='nofollow' class='comment-reply-link' "
            f"href='{path}?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"{story.id}\" "
            f"data-belowelement=\"comment-{cid}\" data-respondelement=\"respond\" data-replyto=\"Trả lời "
            f"{esc(name)}\" aria-label='Trả lời {esc(name)}'>Trả lời</a></div></div></div>"
        )
    heading = (
        f'<h3 class="hestia-title text-center">{len(comments)} bình luận</h3>' if comments else ""
    )
    return (
        '<div class="section section-comments"><div class="row"><div class="col-md-12"><div class="media-area">'
        f'{heading}{items}</div><div class="media-body"><div id="respond" class="comment-respond">'
        '<h3 class="hestia-title text-center">Để lại một bình luận <small><a rel="nofollow" '
        'id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="form media-body">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.'
        '</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<div class="row"><div class="col-md-4"><div class="form-group label-floating is-empty"><label '
        'class="control-label">Tên <span class="required">*</span></label><input id="author" name="author" '
        'class="form-control" type="text" aria-required=\'true\' /></div></div><div class="col-md-4"><div '
        'class="form-group label-floating is-empty"><label class="control-label">Email <span class="required">*'
        '</span></label><input id="email" name="email" class="form-control" type="email" /></div></div></div>'
        '<div class="form-group label-floating is-empty"><label class="control-label">Bình luận</label>'
        '<textarea id="comment" name="comment" class="form-control" rows="6"></textarea></div>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="btn btn-primary pull-right" '
        f'value="Gửi bình luận" /><input type=\'hidden\' name=\'comment_post_ID\' value=\'{story.id}\' '
        "id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>"
        "</form></div></div></div></div></div>"
    )


def _jsonld(request: Request, story: Story, path: str) -> str:
    base = base_url(request)
    url = base + path
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {"name": "quantri", "@id": base + "/#/schema/person/6f1c0a"},
                "headline": story.title[:110],
                "datePublished": iso_utc(story.opts["when"]),
                "dateModified": iso_utc(story.opts["modified"]),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": base + "/#organization"},
                "image": {"@id": url + "#primaryimage"},
                "thumbnailUrl": base + story.opts["thumb"] + ".jpg",
                "articleSection": [CATS[c][0] for c in story.opts["cats"]],
                "inLanguage": "vi",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{story.title} - {SITE}",
                "datePublished": iso_utc(story.opts["when"]),
                "dateModified": iso_utc(story.opts["modified"]),
                "breadcrumb": {"@id": url + "#breadcrumb"},
                "inLanguage": "vi",
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/6f1c0a",
                "name": "quantri",
                "url": base + "/author/quantri/",
            },
        ],
    }
    return (
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(graph, ensure_ascii=False).replace("/", "\\/")
        + "</script>\n"
    )


def post_page(request: Request, story: Story) -> str:
    path = post_path(story)
    when, modified = story.opts["when"], story.opts["modified"]
    primary = story.opts["cats"][0]
    bg = story.opts["thumb"] + ".jpg"
    desc = _excerpt(story, 35).replace(" [&hellip;]", "…")
    base = base_url(request)
    extra = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)} - {SITE}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
        '<meta property="article:publisher" content="https://www.facebook.com/thcslethanhtong.dienkhanh" />\n'
        f'<meta property="article:published_time" content="{iso_utc(when)}" />\n'
        f'<meta property="article:modified_time" content="{iso_utc(modified)}" />\n'
        f'<meta property="og:image" content="{base}{bg}" />\n'
        '<meta name="author" content="quantri" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        '<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="quantri" />\n'
        + _jsonld(request, story, path)
        + f'<link rel="shortlink" href="{base}/?p={story.id}" />\n'
    )
    title_html = f'<h1 class="hestia-title entry-title">{esc(story.title)}</h1>'
    sub = (
        '<h4 class="author">Đăng bởi <a href="/author/quantri/" class="vcard author"><strong class="fn">'
        f'quantri</strong></a> vào <time class="entry-date published" datetime="{iso_local(when)}" '
        f'content="{when[:10]}">{dmy(when)}</time><time class="updated hestia-hidden" '
        f'datetime="{iso_local(modified)}">{dmy(modified)}</time></h4>'
    )
    cats = "".join(
        f'<a href="{CATS[c][1]}"><span class="label label-primary">{esc(CATS[c][0])}</span></a>'
        for c in story.opts["cats"]
    )
    tags = "".join(
        f'<a href="/tag/{t}/"><span class="entry-tag">{esc(TAGS[t])}</span></a>' for t in story.opts.get("tags", [])
    )
    tags_html = f'<div class="entry-tags">Thẻ: {tags}</div>' if tags else ""
    share = (
        f'<div class="entry-social"><a target="_blank" rel="tooltip" data-original-title="Chia sẻ lên Facebook" '
        f'class="btn btn-just-icon btn-round btn-facebook" href="https://www.facebook.com/sharer.php?u={base}{path}">'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 512" width="20" height="17"><path '
        'fill="currentColor" d="M279.14 288l14.22-92.66"></path></svg></a><a target="_blank" rel="tooltip" '
        'data-original-title="Chia sẻ qua Zalo" class="btn btn-just-icon btn-round btn-zalo" '
        f'href="https://sp.zalo.me/share_inline?d={story.id}">Zalo</a><a class="btn btn-just-icon btn-round '
        f'btn-print" rel="nofollow" href="{path}print/" title="In bài viết"><i class="fa fa-print"></i> In bài viết'
        "</a></div>"
    )
    views = (
        f'<div class="post-views content-post post-{story.id} entry-meta load-static"><span class="post-views-icon '
        'dashicons dashicons-chart-bar"></span><span class="post-views-label">Lượt xem: </span><span '
        f'class="post-views-count">{story.views()}</span></div>'
    )
    main = (
        '<div class="main  main-raised ">\n<div class="blog-post blog-post-wrapper">\n<div class="container">\n'
        f'<article id="post-{story.id}" class="section section-text">\n<div class="row">\n'
        '<div class="col-md-8 single-post-container" data-layout="sidebar-right">\n'
        + _breadcrumbs(_cat_trail(primary), story.title)
        + '\n<div class="single-post-wrap entry-content">'
        + render_content(story)
        + views
        + "</div>\n"
        '<div class="section section-blog-info"><div class="row"><div class="col-md-6"><div class="entry-categories">'
        f"Chuyên mục: {cats}</div>{tags_html}</div><div class=\"col-md-6\">{share}</div></div><hr>"
        '<div class="card card-profile card-plain"><div class="row"><div class="col-md-2"><div class="card-avatar">'
        '<a href="/author/quantri/" title="quantri"><img alt="" src="https://secure.gravatar.com/avatar/6f1c?s=100'
        '&#038;d=mm&#038;r=g" class="avatar avatar-100 photo" height="100" width="100" /></a></div></div>'
        '<div class="col-md-10"><h4 class="card-title">quantri</h4><p class="description">Quản trị website '
        f"{SITE}</p></div></div></div></div>\n"
        + _comments(story, path)
        + "\n</div>\n"
        + _sidebar()
        + "\n</div>\n</article>\n</div>\n</div>\n"
        + _related(story)
        + "\n</div>"
    )
    classes = " ".join(f"category-{c}" for c in story.opts["cats"])
    return _wrap(
        request,
        title=f"{story.title} - {SITE}",
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard blog-post {classes}",
        hero=_hero(title_html, bg, sub),
        main=main,
        canonical=path,
        desc=desc,
        extra=extra,
        scripts="<script type='text/javascript' src='/wp-includes/js/comment-reply.min.js?ver=6.6.2' id='comment-reply-js' async='async' data-wp-strategy='async'></script>\n",
    )


def print_page(request: Request, story: Story) -> str:
    """WP-Print's printer-friendly template."""
    path = post_path(story)
    d = _dt(story.opts["when"])
    cats = ", ".join(CATS[c][0] for c in story.opts["cats"])
    n = len(story.opts.get("comments", []))
    ncomm = f"{n} bình luận" if n else "Không có bình luận"
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{esc(story.title)} | {SITE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="Robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" />
</head>
<body>
<p style="text-align: center;"><strong>- {SITE} - {base}/ -</strong></p>
<div class="Center">
<div id="Outline">
<p id="BlogTitle">{esc(story.title)}</p>
<p id="BlogDate">Đăng bởi <u>quantri</u> lúc {d.strftime("%H:%M")} ngày {d.strftime("%d/%m/%Y")} trong {esc(cats)} | {ncomm}</p>
<div id="BlogContent">{render_content(story)}</div>
</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p style="text-align: left;">Bài viết được in từ {SITE}: <strong dir="ltr">{base}</strong></p>
<p style="text-align: left;">URL của bài viết: <strong dir="ltr">{base}{path}</strong></p>
<p style="text-align: left;">Bản quyền &copy; 2026 {SITE}. Mọi quyền được bảo lưu.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Nhấn vào đây để in.">Nhấn vào đây để in.</a></p>
</body>
</html>
"""


# --- listings ------------------------------------------------------------------------------


def _card(story: Story) -> str:
    primary = story.opts["cats"][0]
    when = story.opts["when"]
    classes = " ".join(f"category-{c}" for c in story.opts["cats"])
    classes += "".join(f" tag-{t}" for t in story.opts.get("tags", []))
    return (
        f'<article id="post-{story.id}" class="card card-blog card-plain post-{story.id} post type-post '
        f'status-publish format-standard has-post-thumbnail hentry {classes}"><div class="row ">'
        '<div class="col-ms-5 col-sm-5"><div class="card-image">'
        f'<a href="{post_path(story)}" title="{esc(story.title)}"><img width="360" height="240" src="{_thumb(story)}" '
        'class="attachment-hestia-blog size-hestia-blog wp-post-image" alt="" decoding="async" /></a></div></div>'
        '<div class= "col-ms-7 col-sm-7"><h6 class="category text-info">'
        f'<a href="{CATS[primary][1]}" title="Xem tất cả bài viết trong {esc(CATS[primary][0])}">'
        f'{esc(CATS[primary][0])}</a> </h6><h2 class="card-title entry-title"><a href="{post_path(story)}" '
        f'title="{esc(story.title)}" rel="bookmark">{esc(story.title)}</a></h2>'
        f'<div class="card-description entry-summary "><p>{esc(_excerpt(story)).replace("[&amp;hellip;]", "[&hellip;]")}</p></div>'
        '<div class="posted-by vcard author">Bởi <a href="/author/quantri/" title="quantri" class="url">'
        f'<b class="author-name fn">quantri</b></a>, <a href="{post_path(story)}"><time class="entry-date published" '
        f'datetime="{iso_local(when)}" content="{when[:10]}">{ago(when)}</time><time class="updated hestia-hidden" '
        f'datetime="{iso_local(story.opts["modified"])}">{dmy(story.opts["modified"])}</time></a> trước</div>'
        "</div></div></article>"
    )


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(page - 1)}">&laquo; Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{href(page + 1)}">Tiếp &raquo;</a>')
    return (
        '<nav class="navigation pagination" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng '
        f'bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>'
    )


def _pages(n: int) -> int:
    return max(1, (n + PER_PAGE - 1) // PER_PAGE)


def archive_page(request: Request, *, heading: str, crumb: str, base: str, posts: list[Story], page: int,
                 body_class: str, trail: list[tuple[str, str]] | None = None, desc: str = "",
                 paginate: bool = True, robots: str = "index, follow, max-image-preview:large") -> Response | None:
    pages = _pages(len(posts))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    cards = "\n".join(_card(s) for s in chunk) or '<p>Không có bài viết nào.</p>'
    nav = _pagination(base, page, pages) if paginate else ""
    bc = _breadcrumbs(trail or [], crumb if page == 1 else f"{crumb} - Trang {page}")
    main = (
        '<div class="main  main-raised ">\n<div class="hestia-blogs" data-layout="sidebar-right">\n'
        '<div class="container">\n<div class="row">\n<div class="col-md-8 archive-post-wrap">\n'
        + bc + "\n" + cards + "\n" + nav
        + "\n</div>\n" + _sidebar() + "\n</div>\n</div>\n</div>\n</div>"
    )
    title_html = f'<h1 class="hestia-title">{heading}</h1>'
    sub = f'<h5 class="description">{desc}</h5>' if desc else ""
    canon = base if page == 1 else f"{base}page/{page}/"
    tpage = "" if page == 1 else f" - Trang {page} trên {pages}"
    return html(_wrap(
        request,
        title=f"{re.sub('<[^>]+>', '', heading)}{tpage} - {SITE}",
        body_class=body_class + (f" paged paged-{page}" if page > 1 else ""),
        hero=_hero(title_html, f"{UP}/2024/08/header-truong-ltt.jpg", sub),
        main=main,
        current=base,
        canonical=canon,
        robots=robots,
    ))


def category_posts(slug: str) -> list[Story]:
    kids = {k for k, v in CATS.items() if v[2] == slug}
    return [s for s in NEWEST if slug in s.opts["cats"] or kids & set(s.opts["cats"])]


def blog_page(request: Request, page: int) -> Response | None:
    """The posts page: Hestia's infinite scroll, no page links."""
    pages = _pages(len(NEWEST))
    if page > pages:
        return None
    chunk = NEWEST[(page - 1) * PER_PAGE: page * PER_PAGE]
    cards = "\n".join(_card(s) for s in chunk)
    main = (
        '<div class="main  main-raised ">\n<div class="hestia-blogs" data-layout="sidebar-right">\n'
        '<div class="container">\n<div class="row">\n<div class="col-md-8 blog-posts-wrap">\n'
        + cards + "\n</div>\n" + _sidebar() + "\n</div>\n</div>\n</div>\n</div>"
    )
    script = (
        "<script type=\"text/javascript\" id=\"hestia_scripts-js-extra\">\n/* <![CDATA[ */\nvar requestpost = "
        f'{{"ajaxurl":"\\/wp-admin\\/admin-ajax.php","disable_autoslide":"","masonry":"","infinite_scroll":"1",'
        f'"max_page":"{pages}","current_page":"{page}","nonce":"5f3a9c2e1b"}};\n/* ]]> */\n</script>\n'
        '<script type="text/javascript" src="/wp-content/themes/hestia/assets/js/hestia-infinite-scroll.min.js?ver=3.2.4" '
        'id="hestia-infinit-scroll-js"></script>\n'
    )
    return html(_wrap(
        request,
        title=f"Tất cả bài viết - {SITE}",
        body_class="blog",
        hero=_hero('<h1 class="hestia-title">Tất cả bài viết</h1>', f"{UP}/2024/08/header-truong-ltt.jpg"),
        main=main,
        current="/tin-moi/",
        canonical="/tin-moi/",
        scripts=script,
    ))


def infinite_ajax(request: Request) -> Response | None:
    form = request.form
    if form.get("action") != "hestia_infinite_scroll":
        return html("0", status=400)
    try:
        page = int(form.get("page", "2"))
    except ValueError:
        return html("0", status=400)
    chunk = NEWEST[(page - 1) * PER_PAGE: page * PER_PAGE]
    return html("\n".join(_card(s) for s in chunk))


# --- front page ----------------------------------------------------------------------------


def home_page(request: Request) -> Response:
    latest = NEWEST[:3]
    blog_cards = "".join(
        '<div class="col-xs-12 col-ms-6 col-sm-4"><article class="card card-blog" data-scrollto="hestia-blog"'
        f' id="post-{s.id}"><div class="card-image"><a href="{post_path(s)}" title="{esc(s.title)}">'
        f'<img width="360" height="240" src="{_thumb(s)}" class="attachment-hestia-blog size-hestia-blog '
        'wp-post-image" alt="" decoding="async" /></a></div><div class="content"><h6 class="category text-info">'
        f'<a href="{CATS[s.opts["cats"][0]][1]}">{esc(CATS[s.opts["cats"][0]][0])}</a></h6><h4 class="card-title">'
        f'<a class="blog-item-title-link" href="{post_path(s)}" title="{esc(s.title)}" rel="bookmark">'
        f'{esc(s.title)}</a></h4><p class="card-description">{esc(_excerpt(s, 22)).replace("[&amp;hellip;]", "[&hellip;]")}</p>'
        "</div></article></div>"
        for s in latest
    )
    notices = "".join(
        f'<li><span class="ltt-tb-ngay">[{dmy(s.opts["when"])}]</span> <a href="{post_path(s)}">{esc(s.title)}</a>'
        '<img src="/wp-content/uploads/2024/08/new-icon.gif" alt="mới" width="28" height="11" /></li>'
        for s in NEWEST if "thong-bao" in s.opts["cats"]
    )
    features = [
        ("fa-users", "Đội ngũ", "58 cán bộ, giáo viên, nhân viên; 100% đạt chuẩn, 42% trên chuẩn trình độ đào tạo."),
        ("fa-school", "Cơ sở vật chất", "28 phòng học, 9 phòng bộ môn, thư viện đạt chuẩn, nhà đa năng."),
        ("fa-trophy", "Thành tích", "Trường đạt chuẩn quốc gia mức độ 2, kiểm định chất lượng giáo dục cấp độ 3."),
    ]
    feats = "".join(
        f'<div class="col-xs-12 col-md-4 feature-box"><div class="hestia-info"><div class="icon"><i class="fas {ic}">'
        f'</i></div><h4 class="info-title">{t}</h4><p>{d}</p></div></div>'
        for ic, t, d in features
    )
    body = f"""<div id="carousel-hestia-generic" class="carousel slide" data-ride="carousel"><div class="carousel slide" data-ride="carousel"><div class="carousel-inner"><div class="item active"><div class="page-header"><div class="container"><div class="row hestia-big-title-content"><div class="big-title-slider-content text-left col-md-8"><h1 class="hestia-title">{SITE}</h1><span class="sub-title">{TAGLINE}</span><div class="buttons"><a href="/gioi-thieu/" title="Tìm hiểu thêm" class="btn btn-primary btn-lg">Tìm hiểu thêm</a></div></div></div></div><div class="header-filter" style="background-image: url({UP}/2024/08/toan-canh-truong-ltt.jpg)"></div></div></div></div></div></div>
<div class="main  main-raised ">
<section class="hestia-features " id="features" data-sorder="hestia_features"><div class="container"><div class="row"><div class="col-md-8 col-md-offset-2 hestia-features-title-area"><h2 class="hestia-title">Vì sao chọn trường chúng tôi?</h2><h5 class="description">Môi trường giáo dục thân thiện, an toàn, chất lượng</h5></div></div><div class="row hestia-features-content">{feats}</div></div></section>
<section class="hestia-about " id="about" data-sorder="hestia_about"><div class="container"><div class="row hestia-about-content"><div class="col-md-6"><h2>Chào mừng quý phụ huynh và các em học sinh</h2><p>Trường THCS Lê Thánh Tông được thành lập năm 1985, hiện có 28 lớp với hơn 1.100 học sinh. Nhà trường luôn nỗ lực xây dựng môi trường học tập thân thiện, an toàn, phát triển toàn diện phẩm chất và năng lực học sinh.</p></div><div class="col-md-6"><h4>Thông báo mới</h4><ul class="ltt-tb-list">{notices}</ul></div></div></div></section>
<section class="hestia-blogs" id="blog" data-sorder="hestia_blog"><div class="container"><div class="row"><div class="col-md-8 col-md-offset-2 text-center hestia-blogs-title-area"><h2 class="hestia-title">Tin tức – Sự kiện</h2><h5 class="description">Cập nhật hoạt động của thầy và trò nhà trường</h5></div></div><div class="hestia-blog-content"><div class="row">{blog_cards}</div></div><div class="text-center"><a class="btn btn-primary" href="/tin-moi/">Xem tất cả bài viết</a></div></div></section>
<section class="hestia-contact contactus section-image" id="contact" data-sorder="hestia_contact"><div class="container"><div class="row"><div class="col-md-5 hestia-contact-title-area"><h2 class="hestia-title">Liên hệ</h2><h5 class="description">Mọi ý kiến đóng góp xin gửi về nhà trường</h5><div class="info info-horizontal"><div class="icon icon-primary"><i class="fas fa-map-marker-alt"></i></div><div class="description"><h4 class="info-title">Địa chỉ</h4><p>Số 12 đường Lý Tự Trọng, xã Diên Khánh, tỉnh Khánh Hòa</p></div></div><div class="info info-horizontal"><div class="icon icon-primary"><i class="fas fa-mobile-alt"></i></div><div class="description"><h4 class="info-title">Điện thoại</h4><p>0258.3850.214 (Văn phòng)</p></div></div></div><div class="col-md-5 col-md-offset-2"><div class="card card-contact"><div class="content"><p>Quý phụ huynh vui lòng sử dụng trang <a href="/lien-he/">Liên hệ</a> để gửi thư cho nhà trường.</p></div></div></div></div></div></section>
</div>"""
    extra = (
        '<meta property="og:type" content="website" />\n'
        f'<meta property="og:title" content="{SITE} - {TAGLINE}" />\n'
    )
    page = (
        _head(request, f"{SITE} - {TAGLINE}", canonical="/", desc="Website chính thức của Trường THCS Lê Thánh Tông, xã Diên Khánh, tỉnh Khánh Hòa.", extra=extra)
        + '\n<body class="home page-template-default page page-id-2 wp-custom-logo header-layout-default">\n'
        + '<div class="wrapper  default ">\n' + _header("/") + "\n" + body + "\n" + _footer()
        + '\n</div>\n<script type="text/javascript" src="/wp-content/themes/hestia/assets/js/script.min.js?ver=3.2.4" '
        'id="hestia_scripts-js"></script>\n</body>\n</html>\n'
    )
    return html(page)


# --- pages that are not articles -----------------------------------------------------------

STAFF = [
    ("1", "Võ Thị Thanh Tâm", "Hiệu trưởng", "Thạc sĩ QLGD"),
    ("2", "Nguyễn Văn Hùng", "Phó Hiệu trưởng", "Đại học Toán"),
    ("3", "Phạm Quốc Dũng", "Tổ trưởng tổ Toán – Tin", "Thạc sĩ Toán"),
    ("4", "Đặng Thị Kim Oanh", "Chủ tịch Công đoàn, GV Ngữ văn", "Đại học Ngữ văn"),
    ("5", "Lê Minh Khoa", "Tổng phụ trách Đội", "Đại học GD Chính trị"),
    ("6", "Trần Quang Vinh", "Tổ trưởng tổ KHTN", "Đại học Vật lí"),
]

DOCS = {
    "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027": (
        1377, "Kế hoạch giáo dục nhà trường năm học 2026 – 2027", "15/09/2026", "1.24 MB",
        "Kế hoạch giáo dục nhà trường năm học 2026 – 2027 (ban hành kèm theo Quyết định số 75/QĐ-THCSLTT "
        "ngày 15/9/2026 của Hiệu trưởng).",
    ),
    "quy-che-chi-tieu-noi-bo-nam-2026": (
        1383, "Quy chế chi tiêu nội bộ năm 2026", "06/10/2026", "412.5 KB",
        "Quy chế chi tiêu nội bộ năm 2026 đã được Hội nghị viên chức, người lao động thông qua.",
    ),
}


def _simple_page(request: Request, path: str, title: str, content: str, page_id: int,
                 trail: list[tuple[str, str]] | None = None, sidebar: bool = False) -> Response:
    col = "col-md-8" if sidebar else "col-md-8 page-content-wrap  col-md-offset-2"
    main = (
        '<div class="main  main-raised ">\n<div class="blog-post ">\n<div class="container">\n'
        f'<article id="post-{page_id}" class="section section-text">\n<div class="row">\n<div class="{col}">\n'
        + _breadcrumbs(trail or [], title)
        + content
        + "\n</div>\n" + (_sidebar() if sidebar else "") + "</div>\n</article>\n</div>\n</div>\n</div>"
    )
    return html(_wrap(
        request,
        title=f"{title} - {SITE}",
        body_class=f"page-template-default page page-id-{page_id}",
        hero=_hero(f'<h1 class="hestia-title">{esc(title)}</h1>', f"{UP}/2024/08/header-truong-ltt.jpg"),
        main=main,
        current=path,
        canonical=path,
    ))


def page_gioi_thieu(request: Request) -> Response:
    content = (
        '<h3>Lịch sử hình thành</h3><p style="text-align: justify;">Trường THCS Lê Thánh Tông được thành lập '
        "theo Quyết định số 112/QĐ-UB ngày 20/8/1985 của UBND huyện Diên Khánh trên cơ sở tách ra từ Trường "
        "Phổ thông cơ sở Diên Khánh. Từ ngày 01/7/2025, trường trực thuộc UBND xã Diên Khánh.</p>"
        '<p style="text-align: justify;">Trải qua hơn 40 năm xây dựng và phát triển, nhà trường đã đào tạo '
        "hàng chục nghìn học sinh, nhiều thế hệ học trò đã trưởng thành, giữ những cương vị quan trọng trong "
        "các cơ quan, đơn vị trong và ngoài tỉnh.</p>"
        "<h3>Quy mô trường lớp năm học 2026 – 2027</h3><ul><li>Số lớp: 28 lớp (khối 6: 7 lớp; khối 7: 7 lớp; "
        "khối 8: 7 lớp; khối 9: 7 lớp)</li><li>Số học sinh: 1.118 em</li><li>Cán bộ, giáo viên, nhân viên: "
        "58 người</li></ul>"
        '<h3>Thành tích nổi bật</h3><p>Trường đạt chuẩn quốc gia mức độ 2 (năm 2022); nhiều năm liền đạt danh '
        "hiệu Tập thể lao động xuất sắc; được Chủ tịch UBND tỉnh tặng Bằng khen năm 2024.</p>"
        f'<p><img class="aligncenter size-large" src="{UP}/2024/08/toan-canh-truong-ltt-1024x576.jpg" alt="" '
        'width="1024" height="576" /></p>'
    )
    return _simple_page(request, "/gioi-thieu/", "Giới thiệu chung", content, 12)


def page_doi_ngu(request: Request) -> Response:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in STAFF)
    content = (
        "<p>Danh sách cán bộ quản lý, tổ trưởng chuyên môn năm học 2026 – 2027:</p>"
        '<figure class="wp-block-table"><table><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Trình độ</th></tr></thead><tbody>{rows}</tbody></table></figure>"
        "<p><em>Danh sách đầy đủ giáo viên các tổ chuyên môn được công khai tại bảng tin nhà trường.</em></p>"
    )
    return _simple_page(request, "/gioi-thieu/doi-ngu-can-bo-giao-vien/", "Đội ngũ cán bộ, giáo viên, nhân viên",
                        content, 14, trail=[("Giới thiệu chung", "/gioi-thieu/")])


def page_lien_he(request: Request) -> Response:
    content = (
        f"<p><strong>{SITE.upper()}</strong><br />Địa chỉ: Số 12 đường Lý Tự Trọng, xã Diên Khánh, tỉnh Khánh Hòa"
        "<br />Điện thoại: 0258.3850.214 – Fax: 0258.3850.215<br />Email: thcslethanhtong.dk@khanhhoa.edu.vn</p>"
        '<div class="wpcf7 no-js" id="wpcf7-f19-p16-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f19-p16-o1" '
        'method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init"><div style="display: none;">'
        '<input type="hidden" name="_wpcf7" value="19" /><input type="hidden" name="_wpcf7_unit_tag" '
        'value="wpcf7-f19-p16-o1" /></div><p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" '
        'data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" name="your-name" value="" '
        'type="text" /></span></label></p><p><label> Email<br /><input size="40" class="wpcf7-form-control '
        'wpcf7-email" name="your-email" value="" type="email" /></label></p><p><label> Nội dung<br /><textarea '
        'cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>'
        '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p></form></div>'
    )
    return _simple_page(request, "/lien-he/", "Liên hệ", content, 16)


def page_lich_cong_tac(request: Request) -> Response:
    days = [
        ("Thứ Hai 30/11", "7g00: Chào cờ đầu tuần – Sinh hoạt dưới cờ chủ đề “An toàn giao thông”", "BGH, GVCN"),
        ("Thứ Ba 01/12", "14g00: Họp tổ chuyên môn ra đề kiểm tra cuối học kỳ I", "Tổ trưởng CM"),
        ("Thứ Tư 02/12", "14g00: Tập huấn PCCC và CNCH toàn trường", "Toàn trường"),
        ("Thứ Năm 03/12", "8g00: Hiệu trưởng dự họp tại UBND xã", "Cô Tâm"),
        ("Thứ Sáu 04/12", "15g30: Hạn cuối nộp danh sách VĐV Hội khỏe Phù Đổng", "GVCN"),
        ("Thứ Bảy 05/12", "7g30: Bồi dưỡng học sinh giỏi lớp 9", "GV bồi dưỡng"),
    ]
    rows = "".join(f"<tr><td><strong>{a}</strong></td><td>{b}</td><td>{c}</td></tr>" for a, b, c in days)
    content = (
        "<p><strong>Tuần 14 (từ ngày 30/11/2026 đến ngày 06/12/2026)</strong></p>"
        '<table style="width: 100%;" border="1"><tbody><tr><th>Ngày</th><th>Nội dung công việc</th>'
        f"<th>Thành phần</th></tr>{rows}</tbody></table>"
        "<p><em>Lịch công tác có thể thay đổi, đề nghị CB-GV-NV theo dõi thông báo trên nhóm Zalo của trường.</em></p>"
    )
    return _simple_page(request, "/lich-cong-tac-tuan/", "Lịch công tác tuần", content, 21,
                        trail=[("Chuyên môn", "/category/chuyen-mon/")])


def page_van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="/download/{slug}/">{esc(t)}</a></td><td>{d}</td><td>{size}</td>'
        f'<td><a class="wpdm-download-link btn btn-primary btn-xs" href="/download/{slug}/">Chi tiết</a></td></tr>'
        for slug, (_, t, d, size, _) in DOCS.items()
    )
    content = (
        '<div class="w3eden"><table class="wpdm-all-packages-table table table-striped"><thead><tr><th>Tên văn bản'
        f"</th><th>Ngày đăng</th><th>Dung lượng</th><th></th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return _simple_page(request, "/van-ban/", "Văn bản", content, 18)


def page_download(request: Request, slug: str) -> Response | None:
    doc = DOCS.get(slug)
    if doc is None:
        return None
    pid, title, date, size, desc = doc
    content = (
        '<div class="w3eden"><div class="row"><div class="col-md-12"><div class="wpdm-package-desc">'
        f"<p>{esc(desc)}</p></div><ul class=\"list-group ml-0 mb-2\"><li class=\"list-group-item\">Phiên bản "
        '<span class="badge">1.0</span></li><li class="list-group-item">Lượt tải <span class="badge">'
        f'{pid % 300}</span></li><li class="list-group-item">Dung lượng <span class="badge">{size}</span></li>'
        f'<li class="list-group-item">Ngày đăng <span class="badge">{date}</span></li></ul>'
        f'<a class="wpdm-download-link download-on-click btn btn-primary" rel="nofollow" href="/download/{slug}/?wpdmdl={pid}">'
        "Tải về</a></div></div></div>"
    )
    return _simple_page(request, f"/download/{slug}/", title, content, pid, trail=[("Văn bản", "/van-ban/")])


def page_thu_vien_anh(request: Request) -> Response:
    photos = [
        ("toan-canh-truong-ltt", "Toàn cảnh trường"),
        ("nha-giao-20-11-2026-1", "Văn nghệ chào mừng 20/11"),
        ("bong-da-20-11-2", "Trao cúp bóng đá học sinh"),
        ("ke-hoach-nho-2026", "Kế hoạch nhỏ"),
        ("khkt-cap-tinh-2026", "Dự án KHKT cấp tỉnh"),
        ("tap-huan-pccc-2026-1", "Tập huấn PCCC"),
    ]
    folders = {"toan-canh-truong-ltt": "2024/08", "ke-hoach-nho-2026": "2026/10",
               "tap-huan-pccc-2026-1": "2026/12"}
    items = "".join(
        f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="{UP}/{folders.get(f, "2026/11")}/{f}.jpg">'
        f'<img width="300" height="200" src="{UP}/{folders.get(f, "2026/11")}/{f}-300x200.jpg" class="attachment-medium size-medium" '
        f'alt="" /></a></div><figcaption class="wp-caption-text gallery-caption">{esc(c)}</figcaption></figure>'
        for f, c in photos
    )
    content = (
        "<p>Một số hình ảnh hoạt động của thầy và trò Trường THCS Lê Thánh Tông năm học 2026 – 2027.</p>"
        f'<div id="gallery-1" class="gallery galleryid-23 gallery-columns-3 gallery-size-medium">{items}</div>'
    )
    return _simple_page(request, "/thu-vien-anh/", "Thư viện ảnh", content, 23)


def page_video(request: Request) -> Response:
    vids = [("q3Xv7bT2sLk", "Học sinh thực hành thoát nạn khi có cháy (02/12/2026)"),
            ("Zp8Lw1mRk0E", "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026"),
            ("hT4nY6uQb2c", "Phóng sự: Trường THCS Lê Thánh Tông – 40 năm xây dựng và trưởng thành")]
    content = "".join(
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div '
        f'class="wp-block-embed__wrapper"><iframe title="{esc(t)}" width="750" height="422" '
        f'src="https://www.youtube.com/embed/{v}?feature=oembed" frameborder="0" allowfullscreen></iframe></div>'
        f'<figcaption class="wp-element-caption">{esc(t)}</figcaption></figure>'
        for v, t in vids
    )
    return _simple_page(request, "/video-clip/", "Video clip", content, 25)


PAGES = {
    "/gioi-thieu/": page_gioi_thieu,
    "/gioi-thieu/doi-ngu-can-bo-giao-vien/": page_doi_ngu,
    "/lien-he/": page_lien_he,
    "/lich-cong-tac-tuan/": page_lich_cong_tac,
    "/van-ban/": page_van_ban,
    "/thu-vien-anh/": page_thu_vien_anh,
    "/video-clip/": page_video,
}


# --- feeds, sitemaps, search ---------------------------------------------------------------


def _rfc822(local: str) -> str:
    d = _dt(local) - timedelta(hours=7)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0000")


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{post_path(s)}</link>"
        f"<dc:creator><![CDATA[quantri]]></dc:creator><pubDate>{_rfc822(s.opts['when'])}</pubDate>"
        f"<category><![CDATA[{CATS[s.opts['cats'][0]][0]}]]></category>"
        f'<guid isPermaLink="false">{base}/?p={s.id}</guid>'
        f"<description><![CDATA[{_excerpt(s, 40)}]]></description></item>"
        for s in NEWEST[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{SITE}</title><link>{base}</link><description>{TAGLINE}</description>"
        f"<lastBuildDate>{_rfc822(NEWEST[0].opts['modified'])}</lastBuildDate>"
        f"<language>vi</language><generator>https://wordpress.org/?v=6.6.2</generator>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def robots(request: Request) -> Response:
    body = (
        "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
        f"Sitemap: {base_url(request)}/sitemap_index.xml\n"
    )
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def _urlset(request: Request, entries: list[tuple[str, str]]) -> Response:
    base = base_url(request)
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in entries)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/main-sitemap.xsl"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    return Response(200, xml, {"Content-Type": "text/xml; charset=UTF-8"})


def sitemap(request: Request, name: str) -> Response | None:
    base = base_url(request)
    if name == "sitemap_index.xml":
        maps = ["post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml"]
        inner = "".join(
            f"<sitemap><loc>{base}/{m}</loc><lastmod>{iso_utc(NEWEST[0].opts['modified'])}</lastmod></sitemap>"
            for m in maps
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{inner}</sitemapindex>'
        )
        return Response(200, xml, {"Content-Type": "text/xml; charset=UTF-8"})
    if name == "post-sitemap.xml":
        return _urlset(request, [(post_path(s), iso_utc(s.opts["modified"])) for s in NEWEST])
    if name == "page-sitemap.xml":
        return _urlset(request, [("/", "2026-11-02T03:10:44+00:00")]
                       + [(p, "2026-09-15T02:00:00+00:00") for p in PAGES])
    if name == "category-sitemap.xml":
        return _urlset(request, [(v[1], iso_utc(NEWEST[0].opts["modified"])) for v in CATS.values()])
    return None


def _fold(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return "".join(c for c in s if not unicodedata.combining(c))


def search_page(request: Request, q: str) -> Response:
    hits = [s for s in NEWEST if _fold(q) in _fold(s.title + " " + " ".join(b.text for b in s.blocks if isinstance(b, P)))]
    cards = "\n".join(_card(s) for s in hits[:PER_PAGE]) or (
        "<p>Xin lỗi, không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>"
    )
    main = (
        '<div class="main  main-raised ">\n<div class="hestia-blogs" data-layout="sidebar-right">\n'
        '<div class="container">\n<div class="row">\n<div class="col-md-8 archive-post-wrap">\n'
        + cards + "\n</div>\n" + _sidebar() + "\n</div>\n</div>\n</div>\n</div>"
    )
    return html(_wrap(
        request,
        title=f"Kết quả tìm kiếm cho “{q}” - {SITE}",
        body_class="search search-results",
        hero=_hero(f'<h1 class="hestia-title">Kết quả tìm kiếm cho: {esc(q)}</h1>', f"{UP}/2024/08/header-truong-ltt.jpg"),
        main=main,
        robots="noindex, follow",
    ))


# --- routing -------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/.*?/)page/(?P<n>\d+)/$")
_MONTH = re.compile(r"^/(2026)/(1[0-2])/$")


class Site:
    def respond(self, request: Request) -> Response | None:
        raw_path = request.path
        path = unquote(raw_path)
        params = request.params

        if request.method == "POST":
            if path == "/wp-admin/admin-ajax.php":
                return infinite_ajax(request)
            if path == "/wp-comments-post.php":
                return html(
                    "<!DOCTYPE html><html lang=\"vi\"><head><title>WordPress &rsaquo; Lỗi</title></head>"
                    '<body id="error-page"><div class="wp-die-message"><p><strong>Lỗi</strong>: Vui lòng điền '
                    'các trường bắt buộc (tên, email).</p></div><p><a href="javascript:history.back()">&laquo; '
                    "Quay lại</a></p></body></html>"
                )
            if path == "/lien-he/":
                return page_lien_he(request)
            return None

        if path.endswith(".pdf") and path.startswith("/wp-content/uploads/"):
            if path.rsplit("/", 1)[1] in ("KH-HKPD-cap-truong-2026-2027.pdf", "TB-142-lich-KT-CKI-2026-2027.pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path)
        if path == "/robots.txt":
            return robots(request)
        if path.endswith(".xml"):
            return sitemap(request, path.lstrip("/"))
        if path in ("/feed/", "/feed"):
            return feed(request)

        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(post_path(story), 301) if story else None
            if params.get("s"):
                return search_page(request, params["s"])
            return home_page(request)

        # WordPress adds the trailing slash
        if not path.endswith("/"):
            if "." in path.rsplit("/", 1)[1]:
                return None
            target = raw_path + "/" + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)

        if path.startswith("/author/"):
            return redirect("/", 301)

        page = 1
        m = _PAGED.match(path)
        if m:
            page = int(m.group("n"))
            path = m.group("base")
            if page == 1:
                return redirect(path, 301)
            if page < 1:
                return None

        if path.startswith("/category/"):
            for slug, (name, cpath, parent, _) in CATS.items():
                if cpath == path:
                    trail = [(CATS[parent][0], CATS[parent][1])] if parent else []
                    return archive_page(
                        request, heading=f"Chuyên mục: <span>{esc(name)}</span>", crumb=name, base=cpath,
                        posts=category_posts(slug), page=page, trail=trail,
                        body_class=f"archive category category-{slug} category-{CATS[slug][3]}",
                    )
            return None
        if path.startswith("/tag/"):
            slug = path[5:-1]
            if slug not in TAGS:
                return None
            posts = [s for s in NEWEST if slug in s.opts.get("tags", [])]
            return archive_page(request, heading=f"Thẻ: <span>{esc(TAGS[slug])}</span>", crumb=TAGS[slug], base=path, posts=posts, page=page,
                                body_class=f"archive tag tag-{slug}", robots="noindex, follow")
        mm = _MONTH.match(path)
        if mm:
            ym = f"{mm.group(1)}-{mm.group(2)}"
            posts = [s for s in NEWEST if s.opts["when"].startswith(ym)]
            if not posts:
                return None
            label = {"10": "Tháng Mười", "11": "Tháng Mười Một", "12": "Tháng Mười Hai"}[mm.group(2)]
            return archive_page(request, heading=f"Tháng: <span>{label} 2026</span>", crumb=f"{label} 2026", base=path, posts=posts,
                                page=page, body_class="archive date", robots="noindex, follow")
        if path == "/tin-moi/":
            return blog_page(request, page)
        if page != 1:
            return None

        if path in PAGES:
            return PAGES[path](request)
        if path.startswith("/download/"):
            slug = path[len("/download/"):-1]
            doc = DOCS.get(slug)
            if doc and params.get("wpdmdl") == str(doc[0]):
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'attachment; filename="{slug}.pdf"'})
            return page_download(request, slug)

        parts = path.strip("/").split("/")
        story = BY_SLUG.get(parts[0])
        if story is None:
            return None
        if len(parts) == 1:
            return html(post_page(request, story))
        if len(parts) == 2 and parts[1] == "print":
            return html(print_page(request, story))
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    path = post_path(story)
    alts = [path + "print/"]
    alts += [f"{path}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    if story is A11:
        upper = "/" + quote(story.slug, safe="-") + "/"
        alts += [upper, upper + "print/"]
    return alts


def _day_printed(record: dict) -> dict:
    """The house's convention (tests/portals/README.md): ``published_at`` carries a time only where
    the page prints one; the post's header prints the day (its datetime attribute's time and the
    print view's "lúc 11:18" are no time the page shows). Harmonised at stop 46."""
    return {**record, "published_at": record["published_at"][:10]} if record["published_at"] else record


GOLD = [
    _day_printed(gold_record(s, post_path(s), CATS[s.cat][0], canonical_path=post_path(s), alt_paths=_alts(s)))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/doi-ngu-can-bo-giao-vien/",
    "/lien-he/",
    "/lich-cong-tac-tuan/",
    "/thu-vien-anh/",
    "/video-clip/",
    "/download/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027/",
    "/download/quy-che-chi-tieu-noi-bo-nam-2026/",
]
