"""Trường Chính trị tỉnh Kon Tum: WordPress 6.x with a custom theme from a Vietnamese web agency.

Platform
--------
WordPress 6.4 with the agency theme ``tct-kontum`` (Bootstrap 4 grid, class names half Vietnamese:
``cot-trai``, ``tieu-de-bv``, ``tt-bv``, ``noi-dung-bv``, ``bv-lien-quan``, ``khoi-tin``…), Yoast
SEO (canonical, og/article meta, schema graph, breadcrumbs), WP-PageNavi on category archives,
core ``the_posts_pagination`` on the custom post type's archive, Post Views Counter ("Lượt xem"),
WP Rocket lazy loading, Easy Table of Contents on the research articles, an FPT.AI text-to-speech
plugin, the legacy AMP plugin (reader mode) and a custom post type ``thong-bao`` (Thông báo).
The site runs in the ``vi`` locale, so the single template's ``get_the_date('l, j F, Y')`` and
``get_the_time()`` print "Thứ Năm, 3 Tháng Mười Hai, 2026 lúc 9:05 sáng".

URL scheme
----------
- ``/``: home (slider, "Tin tức - Sự kiện" block, "Nghiên cứu - Trao đổi" block, sidebar);
- ``/chuyen-muc/<cat>/`` and ``/chuyen-muc/<cat>/page/<n>/``: category archives (PageNavi);
  ``tin-tuc-su-kien`` (4 a page, 2 pages) and ``nghien-cuu-trao-doi`` (3 a page, 2 pages);
- ``/<post-slug>/``: posts (no date in the URL); ``/<post-slug>/amp/``: AMP reader view;
  ``/<post-slug>/2/``: the second page of a post split with ``<!--nextpage-->``;
- ``/thong-bao/``, ``/thong-bao/page/<n>/``: the announcements archive (2 a page, 2 pages);
  ``/thong-bao/<slug>/``: an announcement;
- ``/?p=<id>``: shortlinks (``<link rel="shortlink">``, the sidebar "Thông báo" widget); they
  answer 200 with the article itself (the theme removes ``redirect_canonical``);
- ``/?s=…``: search; ``/feed/``: RSS (5 newest posts); WordPress pages ``/gioi-thieu/``,
  ``/co-cau-to-chuc/``, ``/van-ban-tai-lieu/``, ``/thu-vien-anh/``, ``/lien-he/`` share the
  post URL shape; ``/<slug>`` without its slash is 301-redirected to ``/<slug>/``.

Page templates
--------------
Single post: breadcrumbs (Yoast: "Trang chủ » <category> » <title>"), ``h1.tieu-de-bv``, the meta
line ``div.tt-bv`` (date in ``<time>``, "Đăng bởi: Ban Biên tập", "Lượt xem: 1.234"), the share bar
``div.thanh-chia-se``, the manual excerpt as a bold sapo ``div.sapo-bv`` (when the post has one),
``div.entry-content.noi-dung-bv`` (the TTS player first, then the text, the byline at its end),
then the research template's "Bài trước / Bài sau" links and "Bài viết liên quan" (3 newest
other posts of the category; 2 for research). Announcement: breadcrumbs, ``h1``, "Ngày đăng:
dd/mm/yyyy" (the day only), the text, a "Xem tất cả thông báo" link. Every page: top bar with
today's date, Bootstrap navbar with drop-downs and a search form, a marquee; sidebar "Thông báo"
(2 newest, linked by ``?p=``), "Xem nhiều", a banner, a links ``<select>``, a WP-Polls poll, the
visitor counter; footer with address, phone, email and the agency's credit.

How the gold articles are reached
---------------------------------
- Tin tức - Sự kiện: T1–T4 from the home page and page 1; T5 and T6 only from
  ``/chuyen-muc/tin-tuc-su-kien/page/2/`` (related lists show the 3 newest only).
- Nghiên cứu - Trao đổi: R1–R3 from page 1 (R1, R2 also from home); R4 from no listing at all
  (see trap 8): only from R3's "Bài trước" link.
- Thông báo: A1, A2 from ``/thong-bao/`` (and, as ``?p=`` shortlinks, from the sidebar); A3 only
  from ``/thong-bao/page/2/``.

Traps
-----
1. Dates in the vi locale's words: "Thứ Năm, 3 Tháng Mười Hai, 2026 lúc 9:05 sáng", month names
   spelled out, a 12-hour clock with "sáng"/"chiều" ("12:40 chiều" is 12:40, "2:30 chiều" is
   14:30). Gold: the 24-hour local time with +07:00 ("2026-11-24T12:40:00+07:00").
2. The theme's ``<time datetime>`` prints the local wall time with a wrong "+00:00" offset
   ("2026-12-03T09:05:00+00:00" for 9:05 sáng); Yoast's ``article:published_time`` and schema
   graph print the right UTC instant ("2026-12-03T02:05:00+00:00"). Gold: 09:05+07:00, what the
   page prints (and what Yoast means), never 09:05 UTC.
3. Easy Table of Contents puts a "Mục lục" box with the section titles *inside* the text's
   container of R1 and R3, before the first heading (after the opening paragraph), and empty
   anchor spans in each heading. Gold: the box is not body; each numbered heading is a paragraph once.
4. The FPT.AI text-to-speech plugin prepends a player to the text's container of every post:
   "Nghe bài viết", a voice ``<select>``, a "Phát" button and a ``<p>`` "Bài viết được chuyển
   thể sang giọng đọc bằng công nghệ FPT.AI". Gold: none of it is body.
5. WP Rocket lazy loading: every content image has an SVG data-URI ``src``, the photo in
   ``data-lazy-src``/``data-lazy-srcset``, and a ``<noscript>`` copy with the real ``src``.
   Gold: each photo once, at its real upload path (the full size, not the -300x200 variants).
6. The agency theme has no html5 ``caption`` support: a classic ``[caption]`` prints
   ``<div class="wp-caption"><img><p class="wp-caption-text">…</p></div>``, a caption in a ``<p>``
   inside the text. Gold: it is the image's caption, not body.
7. A "MỚI" badge (``<span class="nhan-moi">MỚI</span>``) sits inside the ``<h1>`` of items posted in
   the last three days (T1, A1), and ``og:title``/``<title>`` carry " - Trường Chính trị tỉnh
   Kon Tum". Gold: the headline without badge or site name.
8. The research category's template runs its own ``WP_Query`` without ``paged``: PageNavi
   promises a page 2, and ``/chuyen-muc/nghien-cuu-trao-doi/page/2/`` serves page 1's three
   articles again. The fourth (R4) is in no listing; it is reached only through "« Bài trước"
   on R3. Gold: R4 is an article like the others (path ``/<slug>/``).
9. R2 is split with ``<!--nextpage-->``: ``/<slug>/`` holds sections 1–2 and a "Trang: 1 2"
   box, ``/<slug>/2/`` holds the rest under the same headline and date. Gold: one article at
   ``/<slug>/`` whose body is both pages' text in order; ``/<slug>/2/`` is in its alt_paths (a
   record made from page 2 alone is a broken duplicate, not a 14th article); the page box is not body.
10. T2's editor pasted the excerpt as the first paragraph too: the bold ``div.sapo-bv`` and the
    text's first ``<p>`` print the same lead. Gold: the lead once, as summary and first paragraph.
11. Shortlinks: ``/?p=<id>`` answers 200 with the whole article (canonical to the pretty URL),
    and the sidebar "Thông báo" widget links A1 and A2 only that way, so a crawler meets those
    two first as ``?p=``. Gold: path is the pretty URL; every ``/?p=<id>`` is in alt_paths.
12. AMP: ``<link rel="amphtml">`` points to ``/<slug>/amp/`` (reader template, ``amp-img``) for
    the posts (not R2, where AMP is off and ``/amp/`` redirects). Gold: alt_paths.
13. The CMS account is printed as an author everywhere machine-readable: "Đăng bởi: Ban Biên
    tập" in the meta line, ``<meta name="author">``, Yoast's "Được viết bởi" twitter label and
    the schema graph's author. Gold: the byline printed at the end of the text, or nobody.
14. WordPress pages (Giới thiệu, Cơ cấu tổ chức, Thư viện ảnh…) share the ``/<slug>/`` shape of
    posts and carry long text and photos, but no date, no category, ``body.page``. Gold: not
    articles (NON_ARTICLES).
15. Embeds inside the text: a YouTube block (lazy ``iframe``) with its own ``figcaption``
    "Video: …" in T4, and a Gutenberg gallery in T6 whose gallery-level caption follows the
    photos. Gold: neither caption is body; the video is no image; the gallery caption belongs to
    no single photo (photos without their own ``figcaption`` have caption None).

Also: the official-document announcement A1 (letterhead table, "Số: 215-TB/TCT", closing with
"Nơi nhận" and the signer), T5 stored decomposed (NFD, typed with Unikey's "Unicode tổ hợp"),
quotes and dashes through ``wptexturize`` as numeric entities (``&#8220;``, ``&#8211;``).

Gold decisions on ambiguous points
----------------------------------
- Announcements print only the day ("Ngày đăng: 27/11/2026"): published_at is that day; A1's is
  its letterhead day 2026-12-02 (posted 03/12/2026), as the house convention says.
- A typed "- " at the start of a document's line is kept; ``<li>`` items are paragraphs.
- R1's footnote calls "[1]" stay in their sentence; "Tài liệu tham khảo" and its entries are body.
- A byline "ThS. Nguyễn Văn Hùng" over a line with the author's post ("Giảng viên Khoa …"):
  the name only. A unit signing alone ("Phòng Tổ chức - Hành chính") is the author.
- T4's "(Nguồn: Báo Kon Tum)" closing line: source "Báo Kon Tum", the name above it the author.
- A photo whose figcaption only credits ("Ảnh: Quang Huy") has caption None and gives the
  photographer.
- The file block under A3 ("Tải về") is not body; the results table's rows are.
- T5's photo line is a centred ``<p><em>`` under the photo's own ``<p>``: the caption, not body.
- R2's page 2 carries its own canonical (Yoast's self-canonical for ``/<slug>/2/``); it is still
  part of R2, listed in R2's alt_paths.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import unquote

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

NAME = "wp_vendor_custom_theme_tct"
PLATFORM = "WordPress 6.4, custom agency theme (Bootstrap 4), Yoast, WP-PageNavi, CPT thong-bao"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Kon Tum"
THEME = "/wp-content/themes/tct-kontum"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
TODAY = _dt.datetime(2026, 12, 5, 10, 0)

CAT_NEWS = "Tin tức - Sự kiện"
CAT_RESEARCH = "Nghiên cứu - Trao đổi"
CAT_NOTICE = "Thông báo"
CATS = {"tin-tuc-su-kien": CAT_NEWS, "nghien-cuu-trao-doi": CAT_RESEARCH}
PER_PAGE = {"tin-tuc-su-kien": 4, "nghien-cuu-trao-doi": 3}
NOTICES_PER_PAGE = 2

U12 = "/wp-content/uploads/2026/12/"
U11 = "/wp-content/uploads/2026/11/"
U10 = "/wp-content/uploads/2026/10/"


def _r(text_: str) -> Raw:
    """A right-aligned closing line (byline, unit, source) as the editors type it."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(text_)}</strong></p>')


# --- Tin tức - Sự kiện ----------------------------------------------------------------------

T1 = Story(
    id=1482,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-68-tai-huyen-dak-ha",
    title="Khai giảng lớp Trung cấp lý luận chính trị khóa 68 hệ không tập trung tại huyện Đăk Hà",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T09:05:00+07:00",
    summary=(
        "Sáng ngày 02/12/2026, tại Trung tâm Chính trị huyện Đăk Hà, Trường Chính trị tỉnh Kon Tum "
        "tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 68 cho 86 "
        "học viên là cán bộ, công chức cấp huyện, cấp xã trên địa bàn huyện."
    ),
    sapo_outside=True,
    authors=["Y Nhung"],
    photographers=["Y Nhung"],
    blocks=[
        P(
            "Dự lễ khai giảng có đồng chí Nguyễn Văn Lực, Tỉnh ủy viên, Hiệu trưởng Trường Chính trị "
            "tỉnh; đồng chí Trần Thị Mai, Phó Bí thư Thường trực Huyện ủy Đăk Hà; đại diện lãnh đạo "
            "các khoa, phòng của nhà trường và Trung tâm Chính trị huyện."
        ),
        Img(
            U12 + "khai-giang-k68-dak-ha-1.jpg",
            "Đồng chí Nguyễn Văn Lực, Hiệu trưởng nhà trường phát biểu khai giảng lớp học",
            "Đồng chí Nguyễn Văn Lực, Hiệu trưởng nhà trường phát biểu khai giảng lớp học",
            style="wpcap",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh: lớp Trung cấp lý luận chính trị "
            "được mở theo kế hoạch đào tạo năm 2026 của Ban Thường vụ Tỉnh ủy, nhằm chuẩn hóa trình "
            "độ lý luận chính trị cho đội ngũ cán bộ diện quy hoạch ở cơ sở. Chương trình gồm 5 phần "
            "học với 20 học phần, được thực hiện trong 18 tháng theo quy định của Học viện Chính trị "
            "quốc gia Hồ Chí Minh."
        ),
        P(
            "Đồng chí đề nghị các học viên xác định rõ động cơ, thái độ học tập đúng đắn; chấp hành "
            "nghiêm quy chế, nội quy của nhà trường; chủ động sắp xếp công việc cơ quan để tham gia "
            "đầy đủ các buổi học; tích cực nghiên cứu tài liệu, liên hệ thực tiễn công tác ở địa "
            "phương, đơn vị, phấn đấu đạt kết quả cao nhất."
        ),
        P(
            "Thay mặt Ban Thường vụ Huyện ủy, đồng chí Trần Thị Mai đề nghị Trung tâm Chính trị "
            "huyện phối hợp chặt chẽ với nhà trường trong quản lý lớp học, bảo đảm cơ sở vật chất và "
            "các điều kiện phục vụ giảng dạy, học tập; đồng thời yêu cầu các cơ quan, đơn vị có cán "
            "bộ đi học tạo điều kiện để học viên hoàn thành khóa học."
        ),
        Img(
            U12 + "khai-giang-k68-dak-ha-2.jpg",
            "Các học viên lớp Trung cấp lý luận chính trị khóa 68 tại buổi lễ",
            "Các học viên lớp Trung cấp lý luận chính trị khóa 68 tại buổi lễ",
            style="wpcap",
        ),
        P(
            "Tại buổi lễ, nhà trường đã công bố quyết định thành lập lớp, quyết định công nhận Ban "
            "cán sự lớp và phân công giáo viên chủ nhiệm. Ngay sau lễ khai giảng, lớp học đã đi vào "
            "học tập học phần đầu tiên “Chủ nghĩa Mác – Lênin”."
        ),
        _r("Tin, ảnh: Y Nhung"),
    ],
    opts={"when": (2026, 12, 3, 9, 5), "views": 214},
)

T2 = Story(
    id=1475,
    slug="hoi-nghi-tong-ket-cong-tac-nam-hoc-2025-2026",
    title="Hội nghị tổng kết công tác năm học 2025 - 2026, triển khai nhiệm vụ năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-28T14:30:00+07:00",
    summary=(
        "Chiều ngày 27/11/2026, Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác "
        "năm học 2025 - 2026, triển khai nhiệm vụ năm học 2026 - 2027."
    ),
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Quang Huy"],
    blocks=[
        P(
            "Chiều ngày 27/11/2026, Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác "
            "năm học 2025 - 2026, triển khai nhiệm vụ năm học 2026 - 2027.",
            style="bold",
        ),
        P(
            "Đồng chí Nguyễn Văn Lực, Tỉnh ủy viên, Hiệu trưởng nhà trường chủ trì hội nghị. Tham dự "
            "có toàn thể cán bộ, giảng viên, nhân viên của nhà trường và đại diện Ban Tuyên giáo Tỉnh "
            "ủy, Sở Nội vụ tỉnh."
        ),
        Img(U11 + "tong-ket-nam-hoc-1.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", style="fig"),
        P(
            "Báo cáo tổng kết cho biết, trong năm học 2025 - 2026, nhà trường đã tổ chức 24 lớp đào "
            "tạo, bồi dưỡng với 2.146 lượt học viên, tăng 12% so với năm học trước; trong đó có 9 "
            "lớp Trung cấp lý luận chính trị, 11 lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh "
            "đạo, quản lý và 4 lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy viên cơ sở."
        ),
        P(
            "Công tác nghiên cứu khoa học có nhiều chuyển biến: nhà trường chủ trì 02 đề tài cấp "
            "cơ sở, tổ chức thành công hội thảo khoa học “Giữ gìn và phát huy bản sắc văn hóa các "
            "dân tộc thiểu số tỉnh Kon Tum trong giai đoạn mới”; các giảng viên có 17 bài viết được "
            "đăng trên các tạp chí, bản tin chuyên ngành."
        ),
        P(
            "Hội nghị cũng chỉ ra những hạn chế cần khắc phục như: việc đổi mới phương pháp giảng "
            "dạy ở một số học phần còn chậm; tỷ lệ giảng viên đi nghiên cứu thực tế chưa đạt kế "
            "hoạch; cơ sở vật chất phục vụ học tập trực tuyến còn thiếu đồng bộ."
        ),
        Img(U11 + "tong-ket-nam-hoc-2.jpg", "Ảnh: Quang Huy", None, style="fig"),
        P(
            "Năm học 2026 - 2027, nhà trường đặt mục tiêu mở 26 lớp đào tạo, bồi dưỡng; 100% giảng "
            "viên đạt chuẩn chức danh; đẩy mạnh chuyển đổi số trong quản lý đào tạo, xây dựng kho "
            "học liệu điện tử phục vụ học viên."
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 5 tập thể và 18 cá nhân có thành tích xuất sắc "
            "trong thực hiện nhiệm vụ năm học 2025 - 2026."
        ),
        _r("ThS. Nguyễn Thị Thu Hà"),
    ],
    opts={"when": (2026, 11, 28, 14, 30), "views": 1234},
)

T3 = Story(
    id=1469,
    slug="doan-can-bo-giang-vien-nghien-cuu-thuc-te-tai-huyen-kon-plong",
    title="Đoàn cán bộ, giảng viên nhà trường đi nghiên cứu thực tế tại huyện Kon Plông",
    cat="tin-tuc-su-kien",
    published_at="2026-11-24T12:40:00+07:00",
    summary=(
        "Từ ngày 18 đến 21/11/2026, đoàn gồm 32 cán bộ, giảng viên Trường Chính trị tỉnh Kon Tum "
        "do đồng chí Phó Hiệu trưởng Lê Thị Kim Oanh làm trưởng đoàn đã đi nghiên cứu thực tế tại "
        "huyện Kon Plông."
    ),
    sapo_outside=True,
    authors=["Phạm Quốc Bảo"],
    photographers=["Đinh Thị Lan"],
    blocks=[
        P(
            "Tại buổi làm việc với Ban Thường vụ Huyện ủy Kon Plông, đoàn được nghe lãnh đạo huyện "
            "thông tin về tình hình phát triển kinh tế - xã hội, công tác xây dựng Đảng và hệ thống "
            "chính trị, nhất là việc phát triển du lịch sinh thái gắn với bảo tồn văn hóa truyền "
            "thống của đồng bào Xơ Đăng, Ba Na."
        ),
        Img(
            U11 + "thuc-te-kon-plong-1.jpg",
            "(Đoàn làm việc với Ban Thường vụ Huyện ủy Kon Plông)",
            "Đoàn làm việc với Ban Thường vụ Huyện ủy Kon Plông",
            style="fig",
        ),
        P(
            "Đoàn đã đến thăm mô hình trồng sâm Ngọc Linh dưới tán rừng tại xã Đăk Long, mô hình "
            "làng du lịch cộng đồng Kon Pring và Hợp tác xã nông nghiệp Măng Đen. Qua đó, các giảng "
            "viên có thêm tư liệu thực tiễn để đưa vào bài giảng ở các học phần kinh tế, quản lý "
            "nhà nước và dân tộc, tôn giáo."
        ),
        Img(
            U11 + "thuc-te-kon-plong-2.jpg",
            "(Giảng viên tìm hiểu mô hình làng du lịch cộng đồng Kon Pring)",
            "Giảng viên tìm hiểu mô hình làng du lịch cộng đồng Kon Pring",
            style="fig",
        ),
        P(
            "Phát biểu kết thúc đợt nghiên cứu thực tế, đồng chí Lê Thị Kim Oanh đề nghị mỗi giảng "
            "viên viết thu hoạch, cập nhật số liệu, ví dụ sinh động của địa phương vào bài giảng; "
            "các khoa chuyên môn tổ chức sinh hoạt chuyên đề để chia sẻ kết quả."
        ),
        _r("Tin: Phạm Quốc Bảo - Ảnh: Đinh Thị Lan"),
    ],
    opts={"when": (2026, 11, 24, 12, 40), "views": 876},
)

T4 = Story(
    id=1461,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T10:30:00+07:00",
    summary=(
        "Sáng 20/11, Trường Chính trị tỉnh Kon Tum tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam, tri ân các thế hệ nhà giáo đã và đang công tác tại trường."
    ),
    authors=["Hồng Nhung"],
    source="Báo Kon Tum",
    blocks=[
        P(
            "Sáng 20/11, Trường Chính trị tỉnh Kon Tum tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam, tri ân các thế hệ nhà giáo đã và đang công tác tại trường.",
            style="bold",
        ),
        P(
            "Đến dự có đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy, đại diện các sở, "
            "ngành và đông đủ các thế hệ cán bộ, giảng viên đã nghỉ hưu của nhà trường."
        ),
        P(
            "Ôn lại truyền thống, đồng chí Hiệu trưởng Nguyễn Văn Lực cho biết, trải qua hơn 30 năm "
            "xây dựng và phát triển, đội ngũ nhà giáo của trường không ngừng lớn mạnh; đến nay nhà "
            "trường có 38 giảng viên, trong đó 2 tiến sĩ, 27 thạc sĩ, 100% có trình độ cao cấp lý "
            "luận chính trị."
        ),
        Img(
            U11 + "ky-niem-20-11-1.jpg",
            "Lãnh đạo nhà trường tặng hoa chúc mừng các thế hệ nhà giáo",
            "Lãnh đạo nhà trường tặng hoa chúc mừng các thế hệ nhà giáo",
            style="wpcap",
        ),
        P(
            "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo "
            "Tỉnh ủy ghi nhận những đóng góp của nhà trường trong đào tạo, bồi dưỡng cán bộ cho hệ "
            "thống chính trị của tỉnh và mong muốn đội ngũ giảng viên tiếp tục đổi mới nội dung, "
            "phương pháp, “dạy những gì cán bộ cơ sở cần”."
        ),
        Raw(
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
            'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
            '<iframe loading="lazy" title="Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11 - Trường '
            'Chính trị tỉnh Kon Tum" width="800" height="450" src="about:blank" '
            'data-rocket-lazyload="fitvidscompatible" data-lazy-src="https://www.youtube.com/embed/'
            'k7TctKt2026?feature=oembed" frameborder="0" allowfullscreen></iframe>\n</div>'
            '<figcaption class="wp-element-caption">Video: Tiết mục văn nghệ chào mừng của cán bộ, '
            "giảng viên nhà trường</figcaption></figure>"
        ),
        P(
            "Dịp này, Công đoàn cơ sở nhà trường trao thưởng cho các giảng viên đạt giải tại Hội thi "
            "giảng viên dạy giỏi cấp trường và tặng quà các nhà giáo lớn tuổi."
        ),
        _r("Hồng Nhung"),
        Raw('<p style="text-align: right;"><em>(Nguồn: Báo Kon Tum)</em></p>'),
    ],
    opts={"when": (2026, 11, 20, 10, 30), "views": 1590},
)

T5 = Story(
    id=1452,
    slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T16:15:00+07:00",
    authors=["A Khang"],
    blocks=[
        P(
            "Chiều ngày 11/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV "
            "với chủ đề “Nâng cao tinh thần trách nhiệm, đạo đức nghề nghiệp của đảng viên là nhà "
            "giáo”."
        ),
        Img(
            U11 + "chi-bo-llcs-q4.jpg",
            "Đồng chí Bí thư Chi bộ quán triệt nội dung chuyên đề",
            "Đồng chí Bí thư Chi bộ quán triệt nội dung chuyên đề",
            style="em",
        ),
        P(
            "Tại buổi sinh hoạt, các đảng viên đã thảo luận sôi nổi về những biểu hiện cần phòng, "
            "chống trong hoạt động giảng dạy như: ngại đổi mới, nói chưa đi đôi với làm, thiếu gương "
            "mẫu trong chấp hành nội quy, quy chế của cơ quan."
        ),
        P(
            "Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để nâng cao chất "
            "lượng bài giảng trong học kỳ tới, như cập nhật tình huống thực tiễn, ứng dụng công nghệ "
            "thông tin, tăng thời lượng trao đổi, thảo luận với học viên."
        ),
        P(
            "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị đảng viên tiếp tục thực hiện "
            "tốt Quy định về những điều đảng viên không được làm và các chuẩn mực đạo đức nhà giáo."
        ),
        _r("A Khang - Khoa Lý luận cơ sở"),
    ],
    opts={"when": (2026, 11, 12, 16, 15), "views": 342, "nfd": True},
)

T6 = Story(
    id=1440,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-27T08:00:00+07:00",
    authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
    blocks=[
        P(
            "Từ ngày 20 đến ngày 24/10/2026, Trường Chính trị tỉnh Kon Tum tổ chức Hội thi giảng "
            "viên dạy giỏi cấp trường năm 2026. Hội thi có 12 giảng viên của 4 khoa chuyên môn tham "
            "gia."
        ),
        P(
            "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong thời gian 90 phút và một "
            "bài giảng thực hành dưới hình thức thảo luận nhóm. Ban Giám khảo đánh giá cao sự chuẩn "
            "bị công phu, việc lồng ghép nội dung Nghị quyết Đại hội XIV của Đảng và các chủ trương "
            "của tỉnh vào bài giảng."
        ),
        Img(
            U10 + "hoi-thi-gvdg-1.jpg",
            "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng",
            "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng",
            style="gal",
        ),
        Img(U10 + "hoi-thi-gvdg-2.jpg", None, None, style="gal"),
        Img(
            U10 + "hoi-thi-gvdg-3.jpg",
            "Ban Giám khảo chấm bài giảng thực hành",
            "Ban Giám khảo chấm bài giảng thực hành",
            style="gal",
        ),
        Img(U10 + "hoi-thi-gvdg-4.jpg", None, None, style="gal"),
        P(
            "Kết quả, Ban Tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 06 giải Khuyến khích. "
            "Ba giảng viên đạt giải cao nhất sẽ được chọn tham dự Hội thi giảng viên dạy giỏi "
            "trường chính trị khu vực miền Trung - Tây Nguyên năm 2027."
        ),
        Raw(
            '<p style="text-align: right;"><em>Phòng Quản lý đào tạo và Nghiên cứu khoa học</em></p>'
        ),
    ],
    opts={"when": (2026, 10, 27, 8, 0), "views": 655, "gallery_caption": "Một số hình ảnh tại Hội thi"},
)


# --- Nghiên cứu - Trao đổi ------------------------------------------------------------------


def _byline(name: str, post: str) -> Raw:
    return Raw(
        f'<p style="text-align: right;"><strong>{esc(name)}</strong><br />\n'
        f"<em>{esc(post)}</em></p>"
    )


R1 = Story(
    id=1478,
    slug="nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
    title=(
        "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương ở Trường "
        "Chính trị tỉnh Kon Tum"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-30T15:20:00+07:00",
    summary=(
        "Bài viết phân tích thực trạng việc gắn giảng dạy lý luận chính trị với thực tiễn địa "
        "phương ở Trường Chính trị tỉnh Kon Tum thời gian qua, từ đó đề xuất một số giải pháp "
        "nâng cao chất lượng trong thời gian tới."
    ),
    sapo_outside=True,
    authors=["Nguyễn Văn Hùng"],
    blocks=[
        P(
            "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong giảng dạy lý luận chính trị. "
            "Đảng ta xác định phải “đổi mới mạnh mẽ nội dung, chương trình, phương pháp giáo dục lý "
            "luận chính trị, gắn lý luận với thực tiễn”[1]. Học viên của nhà trường phần lớn là cán "
            "bộ cơ sở, trực tiếp tổ chức thực hiện chủ trương, chính sách ở thôn, làng; vì vậy bài "
            "giảng chỉ thật sự thuyết phục khi giúp họ giải quyết được những vấn đề đặt ra ở địa "
            "phương mình.",
            style="fn",
        ),
        P("1. Thực trạng gắn giảng dạy lý luận chính trị với thực tiễn địa phương", style="h3"),
        P(
            "Những năm qua, đội ngũ giảng viên nhà trường đã chú trọng đưa số liệu, sự kiện của tỉnh "
            "vào bài giảng. Nhiều học phần như quản lý hành chính nhà nước, kinh tế, dân tộc và tôn "
            "giáo đã sử dụng tình huống lấy từ các huyện Đăk Glei, Tu Mơ Rông, Ia H’Drai; kết quả "
            "khảo sát năm 2026 cho thấy 87% học viên đánh giá bài giảng “sát thực tế”."
        ),
        P(
            "Tuy nhiên, việc liên hệ thực tiễn ở một số bài giảng còn dừng ở mức minh họa, chưa phân "
            "tích được nguyên nhân và đề xuất hướng giải quyết; số liệu chậm cập nhật; hoạt động "
            "nghiên cứu thực tế của giảng viên còn mang tính hình thức, thời gian ngắn."
        ),
        P("2. Một số giải pháp", style="h3"),
        P(
            "Thứ nhất, xây dựng “ngân hàng tình huống” của địa phương theo từng học phần, được cập "
            "nhật hằng năm từ báo cáo của các huyện, thành phố và kết quả đi thực tế của giảng viên."
        ),
        P(
            "Thứ hai, đổi mới hình thức nghiên cứu thực tế: giảng viên đi theo nhóm chuyên đề, ở "
            "lại cơ sở ít nhất một tuần, gắn với đặt hàng nghiên cứu của cấp ủy địa phương[2]; mời "
            "cán bộ lãnh đạo của tỉnh, huyện tham gia báo cáo chuyên đề với học viên.",
            style="fn",
        ),
        P(
            "Tóm lại, gắn giảng dạy lý luận chính trị với thực tiễn địa phương vừa là yêu cầu, vừa "
            "là thước đo chất lượng đào tạo của trường chính trị tỉnh. Thực hiện đồng bộ các giải pháp trên "
            "sẽ góp phần xây dựng nhà trường đạt chuẩn theo quy định, đáp ứng yêu cầu đào tạo cán "
            "bộ trong giai đoạn mới."
        ),
        P("Tài liệu tham khảo", style="bold"),
        P(
            "[1] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. "
            "Chính trị quốc gia Sự thật, Hà Nội, 2021, t.I, tr.169.",
            style="note",
        ),
        P(
            "[2] Học viện Chính trị quốc gia Hồ Chí Minh: Tài liệu bồi dưỡng nghiệp vụ giảng dạy cho "
            "giảng viên trường chính trị tỉnh, Hà Nội, 2024, tr.58.",
            style="note",
        ),
        _byline("ThS. Nguyễn Văn Hùng", "Giảng viên Khoa Xây dựng Đảng"),
    ],
    opts={"when": (2026, 11, 30, 15, 20), "views": 987, "toc": True},
)

R2 = Story(
    id=1466,
    slug="phat-huy-vai-tro-gia-lang-nguoi-co-uy-tin-trong-xay-dung-khoi-dai-doan-ket",
    title=(
        "Phát huy vai trò của già làng, người có uy tín trong xây dựng khối đại đoàn kết toàn dân "
        "tộc ở vùng đồng bào dân tộc thiểu số tỉnh Kon Tum"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-21T09:40:00+07:00",
    authors=["Đỗ Minh Tuấn"],
    blocks=[
        P(
            "Kon Tum có hơn 53% dân số là đồng bào dân tộc thiểu số, sinh sống chủ yếu ở các thôn, "
            "làng vùng sâu, vùng xa. Trong đời sống cộng đồng, già làng, người có uy tín giữ vị trí "
            "đặc biệt: là người am hiểu phong tục, tập quán, được dân làng tin yêu, kính trọng."
        ),
        P(
            "Vì vậy, phát huy vai trò của lực lượng này là một trong những giải pháp quan trọng để "
            "củng cố khối đại đoàn kết toàn dân tộc, giữ vững an ninh chính trị, trật tự an toàn xã "
            "hội ở cơ sở."
        ),
        P("1. Vai trò của già làng, người có uy tín", style="h3"),
        P(
            "Già làng, người có uy tín là cầu nối giữa cấp ủy, chính quyền với đồng bào; trực tiếp "
            "tuyên truyền, vận động người dân thực hiện chủ trương của Đảng, chính sách, pháp luật "
            "của Nhà nước, xóa bỏ hủ tục, phát triển sản xuất."
        ),
        P(
            "Họ còn tham gia hòa giải mâu thuẫn trong cộng đồng, phát hiện và báo cho chính quyền "
            "những biểu hiện lợi dụng tôn giáo, dân tộc để chia rẽ khối đoàn kết."
        ),
        P("2. Thực trạng phát huy vai trò của già làng, người có uy tín", style="h3"),
        P(
            "Toàn tỉnh hiện có 1.018 người có uy tín được bình chọn, công nhận. Nhiều người đã đi "
            "đầu trong hiến đất làm đường, xây nhà văn hóa, vận động con cháu đến trường; 96% thôn, "
            "làng đạt danh hiệu “Thôn, làng văn hóa”."
        ),
        P(
            "Bên cạnh đó, một bộ phận già làng tuổi cao, sức yếu, hạn chế về trình độ; chế độ, "
            "chính sách đối với người có uy tín có lúc chưa kịp thời; việc bồi dưỡng, cung cấp thông "
            "tin cho họ chưa thường xuyên."
        ),
        # <!--nextpage--> : the second page starts here
        P("3. Một số giải pháp", style="h3"),
        P(
            "Một là, nâng cao nhận thức của cấp ủy, chính quyền các cấp về vị trí, vai trò của già "
            "làng, người có uy tín; đưa nội dung này vào nghị quyết, chương trình công tác hằng năm."
        ),
        P(
            "Hai là, thực hiện đầy đủ, kịp thời chế độ, chính sách; định kỳ tổ chức gặp mặt, tập "
            "huấn, cung cấp thông tin, tài liệu bằng song ngữ cho người có uy tín; biểu dương, khen "
            "thưởng kịp thời những già làng, người có uy tín tiêu biểu."
        ),
        P(
            "Thực hiện tốt các giải pháp trên sẽ góp phần củng cố niềm tin của đồng bào đối với "
            "Đảng, Nhà nước, xây dựng khối đại đoàn kết toàn dân tộc ngày càng vững chắc."
        ),
        _byline("TS. Đỗ Minh Tuấn", "Trưởng khoa Dân vận"),
    ],
    opts={"when": (2026, 11, 21, 9, 40), "views": 1102, "split_at": 8, "no_amp": True},
)

R3 = Story(
    id=1449,
    slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-trung-cap-ly-luan-chinh-tri",
    title=(
        "Vận dụng phương pháp dạy học tích cực trong giảng dạy chương trình Trung cấp lý luận "
        "chính trị"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-10T10:15:00+07:00",
    authors=["Trần Thị Hồng Vân"],
    blocks=[
        P(
            "Học viên hệ trung cấp lý luận chính trị là người trưởng thành, đã có kinh nghiệm công "
            "tác. Phương pháp thuyết trình một chiều vì thế khó phát huy tính chủ động của họ; yêu "
            "cầu đặt ra là phải chuyển từ “dạy cái giảng viên có” sang “dạy cái học viên cần”."
        ),
        P("1. Khái quát về phương pháp dạy học tích cực", style="h3"),
        P(
            "Dạy học tích cực là cách tổ chức hoạt động học tập lấy người học làm trung tâm, trong "
            "đó giảng viên giữ vai trò định hướng, tổ chức; học viên chủ động khám phá, trao đổi và "
            "vận dụng kiến thức vào giải quyết vấn đề."
        ),
        P(
            "Các phương pháp thường dùng gồm: nêu vấn đề, thảo luận nhóm, nghiên cứu tình huống, "
            "đóng vai, sơ đồ tư duy và dự án học tập."
        ),
        P("2. Thực tiễn vận dụng ở Trường Chính trị tỉnh", style="h3"),
        P(
            "Từ năm 2024, nhà trường quy định mỗi học phần phải có ít nhất 30% thời lượng dành cho "
            "thảo luận, giải quyết tình huống. Khoa Nhà nước và Pháp luật đã xây dựng 45 tình huống "
            "quản lý từ thực tiễn cấp xã; Khoa Xây dựng Đảng đưa phương pháp đóng vai vào nội dung "
            "sinh hoạt chi bộ."
        ),
        P(
            "Tuy vậy, sĩ số lớp đông (có lớp trên 90 học viên), phòng học chưa phù hợp với hoạt động "
            "nhóm, một bộ phận học viên lớn tuổi còn ngại phát biểu là những khó khăn khi áp dụng."
        ),
        P("3. Một số kiến nghị", style="h3"),
        P(
            "Cần bố trí lớp học không quá 60 học viên, trang bị phòng học linh hoạt; bồi dưỡng kỹ "
            "năng thiết kế bài giảng tích cực cho giảng viên trẻ; đổi mới kiểm tra, đánh giá theo "
            "hướng coi trọng khả năng vận dụng của học viên."
        ),
        _byline("ThS. Trần Thị Hồng Vân", "Khoa Lý luận cơ sở"),
    ],
    opts={"when": (2026, 11, 10, 10, 15), "views": 743, "toc": True},
)

R4 = Story(
    id=1433,
    slug="cong-tac-phat-trien-dang-vien-o-chi-bo-thon-lang-vung-dong-bao-dan-toc-thieu-so",
    title=(
        "Công tác phát triển đảng viên ở các chi bộ thôn, làng vùng đồng bào dân tộc thiểu số - "
        "thực trạng và giải pháp"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-10-22T14:05:00+07:00",
    authors=["Lê Văn Phúc"],
    blocks=[
        P(
            "Phát triển đảng viên ở thôn, làng vùng đồng bào dân tộc thiểu số là nhiệm vụ thường "
            "xuyên, có ý nghĩa quyết định đến năng lực lãnh đạo của tổ chức cơ sở đảng ở vùng sâu, "
            "vùng xa của tỉnh."
        ),
        P("1. Thực trạng", style="h3"),
        P(
            "Nhờ sự chỉ đạo quyết liệt của các cấp ủy, đến nay 100% thôn, làng của tỉnh đã có chi "
            "bộ; số đảng viên là người dân tộc thiểu số được kết nạp tăng qua từng năm:"
        ),
        P("Năm | Đảng viên mới kết nạp | Người dân tộc thiểu số", style="row"),
        P("2024 | 1.356 | 702", style="row"),
        P("2025 | 1.412 | 755", style="row"),
        P("10 tháng năm 2026 | 1.198 | 661", style="row"),
        P(
            "Tuy nhiên, nguồn kết nạp ở một số làng còn ít do thanh niên đi làm ăn xa; trình độ học "
            "vấn của quần chúng ưu tú còn thấp; một số chi bộ chưa quan tâm bồi dưỡng, giúp đỡ "
            "quần chúng phấn đấu vào Đảng."
        ),
        P("2. Giải pháp", style="h3"),
        P(
            "Các cấp ủy cần giao chỉ tiêu phát triển đảng viên gắn với trách nhiệm của bí thư chi "
            "bộ; phân công đảng viên giúp đỡ từng quần chúng; mở lớp bồi dưỡng nhận thức về Đảng "
            "tại cụm xã, có phiên dịch tiếng dân tộc khi cần thiết."
        ),
        P(
            "Đồng thời, chú trọng tạo nguồn từ đoàn viên thanh niên, người có uy tín, người sản "
            "xuất kinh doanh giỏi; phối hợp với đồn biên phòng ở các xã biên giới trong công tác này."
        ),
        _byline("ThS. Lê Văn Phúc", "Khoa Xây dựng Đảng"),
    ],
    opts={"when": (2026, 10, 22, 14, 5), "views": 512},
)


# --- Thông báo (custom post type) -----------------------------------------------------------

A1_HEAD = """<table class="tb-quoc-hieu" style="width: 100%; border: none;">
<tbody><tr>
<td style="width: 45%; text-align: center;">TỈNH ỦY KON TUM<br /><strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số: 215-TB/TCT</td>
<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br /><em>Kon Tum, ngày 02 tháng 12 năm 2026</em></td>
</tr></tbody></table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />
<strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027</strong></p>
<p style="text-align: center;">-----</p>"""

A1_CLOSE = """<table class="tb-ky" style="width: 100%; border: none;">
<tbody><tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />- Ban Tổ chức Tỉnh ủy (b/c);<br />- Các huyện ủy, thành ủy;<br />- Lưu VT, P.QLĐT.</td>
<td style="text-align: center; vertical-align: top;"><strong>T/M BAN GIÁM HIỆU<br />PHÓ HIỆU TRƯỞNG</strong><br /><em>(đã ký)</em><br /><br /><strong>Lê Thị Kim Oanh</strong></td>
</tr></tbody></table>"""

A1 = Story(
    id=1484,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
    cat="thong-bao",
    published_at="2026-12-02",
    authors=["Lê Thị Kim Oanh"],
    blocks=[
        Raw(A1_HEAD),
        P(
            "Căn cứ Kế hoạch số 45-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy về đào tạo, bồi "
            "dưỡng cán bộ giai đoạn 2026 - 2030, Trường Chính trị tỉnh thông báo tuyển sinh lớp "
            "Trung cấp lý luận chính trị hệ không tập trung năm 2027 như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", style="bold"),
        P(
            "Cán bộ, công chức, viên chức trong hệ thống chính trị ở cấp huyện, cấp xã; cán bộ "
            "thuộc diện quy hoạch các chức danh lãnh đạo, quản lý cấp phòng và tương đương; có trình "
            "độ học vấn tốt nghiệp trung học phổ thông trở lên."
        ),
        P("2. Số lượng, địa điểm học", style="bold"),
        P(
            "Dự kiến mở 04 lớp với tổng số 320 học viên, học tại Trung tâm Chính trị các huyện: Đăk "
            "Tô, Ngọc Hồi, Sa Thầy và Kon Rẫy."
        ),
        P("3. Hồ sơ dự tuyển", style="bold"),
        P("- Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;"),
        P("- Bản sao bằng tốt nghiệp trung học phổ thông (có chứng thực);"),
        P("- Sơ yếu lý lịch có xác nhận của cơ quan quản lý và 02 ảnh 3x4."),
        P(
            "Hồ sơ gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học, Trường Chính trị tỉnh trước "
            "ngày 31/12/2026. Thông tin chi tiết liên hệ số điện thoại 0260.3862.458."
        ),
        Raw(A1_CLOSE),
    ],
    opts={"day": (2026, 12, 3), "views": 389},
)

A2 = Story(
    id=1476,
    slug="lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giảng viên và học viên",
    cat="thong-bao",
    published_at="2026-11-27",
    authors=["Phòng Tổ chức - Hành chính"],
    blocks=[
        P(
            "Thực hiện Công văn số 1985/UBND-KGVX ngày 20/11/2026 của Ủy ban nhân dân tỉnh về việc "
            "nghỉ Tết Dương lịch năm 2027, Trường Chính trị tỉnh thông báo lịch nghỉ Tết đối với "
            "cán bộ, giảng viên, nhân viên và học viên các lớp như sau:"
        ),
        P("Thời gian nghỉ: từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027.", style="li"),
        P(
            "Các lớp học tập trung tại trường nghỉ học theo lịch trên và học bù theo sự sắp xếp của "
            "Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
            style="li",
        ),
        P("Cán bộ, giảng viên trở lại làm việc bình thường từ thứ Hai ngày 04/01/2027.", style="li"),
        P(
            "Phòng Tổ chức - Hành chính phân công trực cơ quan, bảo đảm an ninh trật tự, phòng chống "
            "cháy nổ trong những ngày nghỉ. Đề nghị các khoa, phòng thông báo đến toàn thể cán bộ, "
            "học viên biết, thực hiện."
        ),
        _r("Phòng Tổ chức - Hành chính"),
    ],
    opts={"day": (2026, 11, 27), "views": 458},
)

A3 = Story(
    id=1458,
    slug="ket-qua-xet-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-khoa-65",
    title="Thông báo kết quả xét tốt nghiệp lớp Trung cấp lý luận chính trị khóa 65 (hệ tập trung)",
    cat="thong-bao",
    published_at="2026-11-16",
    blocks=[
        P(
            "Căn cứ Quy chế đào tạo trung cấp lý luận chính trị và kết quả học tập, thi tốt nghiệp "
            "của học viên, Hội đồng xét tốt nghiệp Trường Chính trị tỉnh thông báo kết quả xét tốt "
            "nghiệp lớp Trung cấp lý luận chính trị khóa 65 (hệ tập trung) như sau:"
        ),
        P("Xếp loại | Số học viên | Tỷ lệ (%)", style="row"),
        P("Xuất sắc | 3 | 4,2", style="row"),
        P("Giỏi | 27 | 37,5", style="row"),
        P("Khá | 39 | 54,2", style="row"),
        P("Trung bình | 3 | 4,1", style="row"),
        P("Tổng cộng | 72 | 100", style="row"),
        P(
            "Học viên xem danh sách chi tiết tại bảng tin của nhà trường hoặc tải tệp đính kèm bên "
            "dưới. Lễ bế giảng và trao bằng tốt nghiệp dự kiến tổ chức vào sáng ngày 25/11/2026 tại "
            "Hội trường A."
        ),
        P(
            "Học viên có ý kiến về kết quả xét tốt nghiệp gửi đơn về Phòng Quản lý đào tạo và "
            "Nghiên cứu khoa học trước ngày 20/11/2026 để được xem xét, giải quyết."
        ),
        Raw(
            '<div class="wp-block-file"><a id="wp-block-file--media-7d1c" href="'
            + U11
            + 'QD-cong-nhan-tot-nghiep-K65.pdf">QĐ công nhận tốt nghiệp lớp TCLLCT K65</a>'
            '<a href="'
            + U11
            + 'QD-cong-nhan-tot-nghiep-K65.pdf" class="wp-block-file__button wp-element-button" '
            'download aria-describedby="wp-block-file--media-7d1c">Tải về</a></div>'
        ),
    ],
    opts={"day": (2026, 11, 16), "views": 1877},
)

NEWS = [T1, T2, T3, T4, T5, T6]
RESEARCH = [R1, R2, R3, R4]
NOTICES = [A1, A2, A3]
POSTS = sorted(NEWS + RESEARCH, key=lambda s: s.opts["when"], reverse=True)
STORIES = POSTS + NOTICES
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in POSTS}
NOTICE_BY_SLUG = {s.slug: s for s in NOTICES}


# --- how the theme prints things ------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip
_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "’": "&#8217;", "–": "&#8211;", "…": "&#8230;"}


def wp(value: str, story: Story | None = None) -> str:
    """Text as ``the_content`` prints it: escaped, curly quotes and dashes as wptexturize's refs."""
    out = text(value, nfd=bool(story and story.opts.get("nfd")))
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def _when(story: Story) -> _dt.datetime:
    if "when" in story.opts:
        return _dt.datetime(*story.opts["when"])
    return _dt.datetime(*story.opts["day"], 8, 0)


def vi_long(when: _dt.datetime) -> str:
    """``get_the_date('l, j F, Y') . ' lúc ' . get_the_time()`` in the vi locale (g:i a)."""
    hour = when.hour % 12 or 12
    ampm = "sáng" if when.hour < 12 else "chiều"
    return (
        f"{WEEKDAYS[when.weekday()]}, {when.day} {MONTHS[when.month - 1]}, {when.year} "
        f"lúc {hour}:{when.minute:02d} {ampm}"
    )


def dmy(when: _dt.datetime) -> str:
    return when.strftime("%d/%m/%Y")


def utc_iso(when: _dt.datetime) -> str:
    return (when - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def is_new(story: Story) -> bool:
    return (TODAY - _when(story)).days < 3


def path_of(story: Story) -> str:
    if story.cat == "thong-bao":
        return f"/thong-bao/{story.slug}/"
    return f"/{story.slug}/"


def cat_name(story: Story) -> str:
    return CATS.get(story.cat, CAT_NOTICE)


def cat_path(cat: str) -> str:
    return "/thong-bao/" if cat == "thong-bao" else f"/chuyen-muc/{cat}/"


def views(story: Story) -> str:
    return f"{story.opts['views']:,}".replace(",", ".")


def thumb_src(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return THEME + "/assets/images/no-thumb.jpg"
    return imgs[0].src.replace(".jpg", "-300x200.jpg")


def excerpt(story: Story, words: int = 32) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return first if len(parts) <= words else " ".join(parts[:words]) + " […]"


_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{w}%20{h}'%3E%3C/svg%3E"


def lazy_img(b: str, src: str, w: int = 800, h: int = 533, cls: str = "", alt: str = "") -> str:
    """WP Rocket's lazy image: an SVG placeholder, the photo in data-lazy-*, a noscript copy.

    A full-size upload (800 wide) also gets WordPress's srcset with its 300x200 variant.
    """
    full = b + src
    placeholder = _SVG.format(w=w, h=h)
    lazy_set = plain_set = ""
    if w == 800 and src.startswith("/wp-content/uploads/"):
        srcset = f"{full} {w}w, {full.replace('.jpg', '-300x200.jpg')} 300w"
        sizes = f"(max-width: {w}px) 100vw, {w}px"
        lazy_set = f' data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}"'
        plain_set = f' srcset="{srcset}" sizes="{sizes}"'
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{placeholder}" class="{cls}" '
        f'alt="{esc(alt)}"{lazy_set} data-lazy-src="{full}" /><noscript><img decoding="async" '
        f'width="{w}" height="{h}" src="{full}" class="{cls}" alt="{esc(alt)}"{plain_set} />'
        "</noscript>"
    )


def _anchor(title: str) -> str:
    """Easy Table of Contents' heading id: words joined by underscores, marks kept."""
    return re.sub(r"[^\w]+", "_", title).strip("_")


def _footnotes(markup: str) -> str:
    return re.sub(
        r"\[(\d+)\]", r'<a href="#_ftn\1" name="_ftnref\1" title="">[\1]</a>', markup
    )


def render_blocks(story: Story, blocks: list, b: str, amp: bool = False) -> str:
    """The text's markup; consecutive list items, table rows and gallery photos are grouped."""
    out: list[str] = []
    toc_done = not story.opts.get("toc") or amp
    i = 0
    img_no = 0
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, P) and blk.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == blk.style:
                group.append(blocks[i])
                i += 1
            if blk.style == "li":
                items = "".join(f"<li>{wp(p.text, story)}</li>\n" for p in group)
                out.append(f'<ul class="wp-block-list">\n{items}</ul>')
            else:
                rows = []
                for n, p in enumerate(group):
                    tag = "td"
                    cells = "".join(
                        f"<{tag}>{'<strong>' if n == 0 else ''}{wp(c, story)}"
                        f"{'</strong>' if n == 0 else ''}</{tag}>"
                        for c in p.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>'
                    + "\n".join(rows)
                    + "</tbody></table></figure>"
                )
            continue
        if isinstance(blk, Img) and blk.style == "gal":
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                group.append(blocks[i])
                i += 1
            figs = []
            for img in group:
                img_no += 1
                pic = _img_tag(b, img, story, img_no, amp, cls=f"wp-image-{story.id + 100 + img_no}")
                cap = (
                    f'<figcaption class="wp-element-caption">{wp(img.printed, story)}</figcaption>'
                    if img.printed
                    else ""
                )
                figs.append(f'<figure class="wp-block-image size-large">{pic}{cap}</figure>')
            gcap = story.opts.get("gallery_caption")
            gcap_html = (
                f'<figcaption class="blocks-gallery-caption wp-element-caption">'
                f"{wp(gcap, story)}</figcaption>"
                if gcap
                else ""
            )
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped '
                'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                + "\n".join(figs)
                + gcap_html
                + "</figure>"
            )
            continue
        i += 1
        if isinstance(blk, Raw):
            out.append(blk.html)
        elif isinstance(blk, Img):
            img_no += 1
            out.append(_render_img(b, blk, story, img_no, amp))
        elif blk.style == "h3":
            if not toc_done:
                out.append(_toc(story))
                toc_done = True
            if amp or not story.opts.get("toc"):
                out.append(f"<h3>{wp(blk.text, story)}</h3>")
            else:
                out.append(
                    f'<h3><span class="ez-toc-section" id="{_anchor(blk.text)}"></span>'
                    f'{wp(blk.text, story)}<span class="ez-toc-section-end"></span></h3>'
                )
        elif blk.style == "bold":
            out.append(f"<p><strong>{wp(blk.text, story)}</strong></p>")
        elif blk.style == "fn":
            out.append(f'<p style="text-align: justify;">{_footnotes(wp(blk.text, story))}</p>')
        elif blk.style == "note":
            num, rest = blk.text.split(" ", 1)
            n = num.strip("[]")
            out.append(
                f'<p><span style="font-size: 10pt;"><a href="#_ftnref{n}" name="_ftn{n}" '
                f'title="">[{n}]</a> {wp(rest, story)}</span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{wp(blk.text, story)}</p>')
        if isinstance(blk, P) and i < len(blocks) and i % 4 == 0:
            out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def _img_tag(b: str, img: Img, story: Story, n: int, amp: bool, cls: str = "") -> str:
    if amp:
        return (
            f'<amp-img src="{b + img.src}" width="800" height="533" layout="intrinsic" '
            f'class="{cls} amp-wp-enforced-sizes" alt=""></amp-img>'
        )
    return lazy_img(b, img.src, cls=cls)


def _render_img(b: str, img: Img, story: Story, n: int, amp: bool) -> str:
    att = story.id + 100 + n
    if img.style == "wpcap":
        pic = _img_tag(b, img, story, n, amp, cls=f"size-full wp-image-{att}")
        return (
            f'<div id="attachment_{att}" style="width: 810px" class="wp-caption aligncenter">'
            f"{pic}"
            f'<p id="caption-attachment-{att}" class="wp-caption-text">{wp(img.printed, story)}</p>'
            "</div>"
        )
    if img.style == "em":
        pic = _img_tag(b, img, story, n, amp, cls=f"aligncenter size-full wp-image-{att}")
        return (
            f'<p style="text-align: center;">{pic}</p>\n'
            f'<p style="text-align: center;"><em>{wp(img.printed, story)}</em></p>'
        )
    pic = _img_tag(b, img, story, n, amp, cls=f"wp-image-{att}")
    cap = (
        f'<figcaption class="wp-element-caption">{wp(img.printed, story)}</figcaption>'
        if img.printed
        else ""
    )
    return f'<figure class="wp-block-image aligncenter size-full">{pic}{cap}</figure>'


def _toc(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style == "h3"]
    items = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-3'><a class=\"ez-toc-link "
        f'ez-toc-heading-{n}" href="#{_anchor(h)}" title="{esc(h)}">{esc(h)}</a></li>'
        for n, h in enumerate(heads, 1)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_62 counter-hierarchy ez-toc-counter '
        'ez-toc-grey ez-toc-container-direction">\n<div class="ez-toc-title-container">\n'
        '<p class="ez-toc-title">Mục lục</p>\n<span class="ez-toc-title-toggle"><a href="#" '
        'class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
        'aria-label="Mở/đóng mục lục"><span class="ez-toc-js-icon-con"></span></a></span></div>\n'
        f"<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >{items}</ul></nav></div>"
    )


def _tts(story: Story) -> str:
    return (
        f'<div class="fptai-tts-wrap" id="fptai-tts-{story.id}" data-post="{story.id}">\n'
        '<div class="tts-hang"><span class="tts-nhan"><i class="fa fa-headphones"></i> Nghe bài '
        'viết</span>\n<select class="tts-giong" aria-label="Chọn giọng đọc">'
        '<option value="banmai">Giọng nữ miền Bắc</option>'
        '<option value="leminh">Giọng nam miền Bắc</option>'
        '<option value="ngoclam">Giọng nữ miền Trung</option>'
        '<option value="linhsan">Giọng nữ miền Nam</option></select>\n'
        '<button type="button" class="tts-phat">&#9654; Phát</button></div>\n'
        '<audio preload="none" class="tts-audio">Trình duyệt không hỗ trợ phát âm thanh.</audio>\n'
        '<p class="tts-ghi-chu">Bài viết được chuyển thể sang giọng đọc bằng công nghệ FPT.AI</p>'
        "\n</div>"
    )


# --- chrome ---------------------------------------------------------------------------------


def _head(b: str, title: str, canonical: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)}</title>
<link rel="canonical" href="{b}{canonical}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{b}{canonical}" />
{extra}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel='stylesheet' id='bootstrap-css' href='{b}{THEME}/assets/css/bootstrap.min.css?ver=4.6.2' media='all' />
<link rel='stylesheet' id='font-awesome-css' href='{b}{THEME}/assets/css/font-awesome.min.css?ver=4.7.0' media='all' />
<link rel='stylesheet' id='tct-style-css' href='{b}{THEME}/style.css?ver=2.3.1' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='{b}/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.62' media='all' />
<script src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.5" />
<link rel="icon" href="{b}/wp-content/uploads/2024/03/cropped-logo-tct-32x32.png" sizes="32x32" />
<noscript><style id="rocket-lazyload-nojs-css">.rll-youtube-player, [data-lazy-src]{{display:none !important;}}</style></noscript>
</head>
"""


def _menu(b: str) -> str:
    def dd(label: str, items: list[tuple[str, str]], ident: int) -> str:
        lis = "".join(
            f'<li class="menu-item menu-item-type-taxonomy"><a class="dropdown-item" href="{b}{href}">'
            f"{esc(name)}</a></li>"
            for name, href in items
        )
        return (
            f'<li id="menu-item-{ident}" class="menu-item menu-item-has-children dropdown nav-item">'
            f'<a href="#" class="dropdown-toggle nav-link" data-toggle="dropdown" aria-haspopup="true" '
            f'aria-expanded="false">{esc(label)}</a><ul class="dropdown-menu">{lis}</ul></li>'
        )

    return f"""<nav class="navbar navbar-expand-lg thanh-menu" id="menu-chinh">
<div class="container">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mnc" aria-label="Menu"><i class="fa fa-bars"></i></button>
<div class="collapse navbar-collapse" id="mnc"><ul id="menu-menu-chinh" class="navbar-nav mr-auto">
<li id="menu-item-11" class="menu-item menu-item-home nav-item"><a href="{b}/" class="nav-link"><i class="fa fa-home"></i> Trang chủ</a></li>
{dd("Giới thiệu", [("Lịch sử hình thành", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/co-cau-to-chuc/")], 12)}
{dd("Tin tức", [(CAT_NEWS, "/chuyen-muc/tin-tuc-su-kien/"), (CAT_RESEARCH, "/chuyen-muc/nghien-cuu-trao-doi/")], 15)}
<li id="menu-item-18" class="menu-item nav-item"><a href="{b}/thong-bao/" class="nav-link">Thông báo</a></li>
<li id="menu-item-19" class="menu-item nav-item"><a href="{b}/van-ban-tai-lieu/" class="nav-link">Văn bản - Tài liệu</a></li>
<li id="menu-item-20" class="menu-item nav-item"><a href="{b}/thu-vien-anh/" class="nav-link">Thư viện ảnh</a></li>
<li id="menu-item-21" class="menu-item nav-item"><a href="{b}/lien-he/" class="nav-link">Liên hệ</a></li>
</ul>
<form role="search" method="get" class="form-inline tim-nhanh" action="{b}/"><input class="form-control form-control-sm" type="search" name="s" placeholder="Tìm kiếm..."><button class="btn btn-sm" type="submit"><i class="fa fa-search"></i></button></form>
</div></div></nav>"""


def _top(b: str, body_class: str) -> str:
    return f"""<body class="{body_class}">
<div id="page" class="site">
<div class="thanh-tren"><div class="container d-flex justify-content-between">
<span class="ngay-hom-nay"><i class="fa fa-calendar-o"></i> {HEADER_DAY}</span>
<span class="duong-day-nong"><i class="fa fa-phone"></i> 0260.3862.458 &nbsp;|&nbsp; <i class="fa fa-envelope"></i> truongchinhtri@kontum.gov.vn</span>
</div></div>
<header id="masthead" class="dau-trang">
<div class="container"><div class="row align-items-center">
<div class="col-md-2 col-3"><a href="{b}/" rel="home" class="logo-tct"><img src="{b}{THEME}/assets/images/logo-tct.png" alt="Logo {SITE}" width="110" height="110"></a></div>
<div class="col-md-10 col-9 ten-don-vi"><p class="dong-mot">TỈNH ỦY KON TUM</p><p class="dong-hai">TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</p><p class="dong-ba">Đào tạo, bồi dưỡng cán bộ cho hệ thống chính trị cơ sở</p></div>
</div></div>
</header>
{_menu(b)}
<div class="chu-chay"><div class="container"><marquee scrollamount="4">Nhiệt liệt chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)</marquee></div></div>
<div id="content" class="noi-dung-trang"><div class="container"><div class="row">
"""


def _sidebar(b: str) -> str:
    notices = "".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{b}/?p={s.id}">{esc(s.title)}</a> '
        f'<span class="ngay-tb">({dmy(_when(s))})</span></li>'
        for s in NOTICES[:2]
    )
    most = "".join(
        f'<li class="d-flex"><span class="so-tt">{n}</span><a href="{b}{path_of(s)}">{esc(s.title)}</a></li>'
        for n, s in enumerate([T2, R1, T3, R2, T1], 1)
    )
    return f"""</div><!-- .cot-trai -->
<aside id="secondary" class="col-lg-4 col-md-12 cot-phai">
<section id="tct_thong_bao-2" class="widget khoi-thong-bao">
<h3 class="tieu-de-widget"><span>Thông báo</span></h3>
<ul class="ds-thong-bao">{notices}</ul>
<a class="xem-tat-ca" href="{b}/thong-bao/">Xem tất cả &raquo;</a>
</section>
<section id="tct_xem_nhieu-3" class="widget khoi-xem-nhieu">
<h3 class="tieu-de-widget"><span>Xem nhiều</span></h3>
<ol class="ds-xem-nhieu list-unstyled">{most}</ol>
</section>
<section id="media_image-4" class="widget widget_media_image"><a href="https://hcma.vn/" target="_blank" rel="noopener"><img width="360" height="120" src="{b}/wp-content/uploads/2024/03/banner-hoc-tap-lam-theo-bac.jpg" class="image wp-image-85 attachment-full size-full" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" decoding="async" /></a></section>
<section id="custom_html-5" class="widget_text widget widget_custom_html"><h3 class="tieu-de-widget"><span>Liên kết website</span></h3><div class="textwidget custom-html-widget">
<select class="form-control lk-web" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://hcma.vn/">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://kontum.gov.vn/">Cổng thông tin điện tử tỉnh Kon Tum</option>
<option value="https://baokontum.com.vn/">Báo Kon Tum điện tử</option>
<option value="https://tapchicongsan.org.vn/">Tạp chí Cộng sản</option>
</select></div></section>
<section id="polls-widget-6" class="widget widget_polls-widget"><h3 class="tieu-de-widget"><span>Thăm dò ý kiến</span></h3>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5e1c0b9d2a" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện mới của website nhà trường?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /> <label for="poll-answer-7">Rất đẹp, dễ sử dụng</label></li>
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /> <label for="poll-answer-8">Bình thường</label></li>
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Cần cải thiện thêm</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả bình chọn">Xem kết quả</a></p></div></form></div>
</section>
<section id="tct_thong_ke-7" class="widget khoi-thong-ke"><h3 class="tieu-de-widget"><span>Thống kê truy cập</span></h3>
<ul class="list-unstyled tk-truy-cap">
<li><i class="fa fa-user"></i> Đang online: <b>17</b></li>
<li><i class="fa fa-calendar"></i> Hôm nay: <b>386</b></li>
<li><i class="fa fa-calendar-o"></i> Hôm qua: <b>521</b></li>
<li><i class="fa fa-bar-chart"></i> Tổng truy cập: <b>1.204.387</b></li>
</ul></section>
</aside>
"""


def _bottom(b: str) -> str:
    return f"""</div></div></div><!-- #content -->
<footer id="colophon" class="chan-trang">
<div class="container"><div class="row">
<div class="col-md-7">
<p class="ten-ct"><strong>TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</strong></p>
<p>Địa chỉ: Số 03 Trần Hưng Đạo, phường Thắng Lợi, thành phố Kon Tum, tỉnh Kon Tum</p>
<p>Điện thoại: 0260.3862.458 - Fax: 0260.3862.459 - Email: truongchinhtri@kontum.gov.vn</p>
<p>Chịu trách nhiệm nội dung: ThS. Nguyễn Văn Lực - Hiệu trưởng</p>
</div>
<div class="col-md-5 text-md-right">
<p><a href="https://www.facebook.com/truongchinhtrikontum" target="_blank" rel="noopener"><i class="fa fa-facebook-square"></i> Fanpage nhà trường</a></p>
<p>Ghi rõ nguồn “Trường Chính trị tỉnh Kon Tum” khi phát hành lại thông tin từ website này.</p>
</div></div></div>
<div class="ban-quyen text-center">Bản quyền &copy; 2026 {SITE}. Thiết kế và phát triển bởi <a href="https://tnweb.vn/" target="_blank" rel="noopener">TNWeb</a></div>
</footer>
<a href="#page" class="len-dau" title="Lên đầu trang"><i class="fa fa-angle-up"></i></a>
</div><!-- #page -->
<script src="{b}{THEME}/assets/js/bootstrap.bundle.min.js?ver=4.6.2" id="bootstrap-js"></script>
<script src="{b}{THEME}/assets/js/main.js?ver=2.3.1" id="tct-main-js"></script>
<script>window.lazyLoadOptions={{elements_selector:"img[data-lazy-src],.rocket-lazyload,iframe[data-lazy-src]",data_src:"lazy-src",data_srcset:"lazy-srcset",data_sizes:"lazy-sizes"}};</script>
<script data-no-minify="1" async src="{b}/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js"></script>
</body>
</html>
"""


def page(b: str, title: str, canonical: str, body_class: str, main: str, extra_head: str = "") -> str:
    return (
        _head(b, title, canonical, extra_head)
        + _top(b, body_class)
        + f'<div id="primary" class="col-lg-8 col-md-12 cot-trai">\n{main}\n'
        + _sidebar(b)
        + _bottom(b)
    )


def _crumbs(b: str, trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<span><a href="{b}/">Trang chủ</a></span>']
    for label, href in trail:
        if href:
            parts.append(f'<span><a href="{b}{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
    return (
        '<nav class="duong-dan" aria-label="breadcrumb"><p id="breadcrumbs"><span>'
        + " &raquo; ".join(parts)
        + "</span></p></nav>"
    )


# --- single templates -----------------------------------------------------------------------


def _yoast(b: str, story: Story, canonical: str) -> str:
    when = _when(story)
    modified = min(when + _dt.timedelta(days=1, hours=3), TODAY - _dt.timedelta(hours=2))
    img = story.images[0].src if story.images else THEME + "/assets/images/og-default.jpg"
    graph = (
        '{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"'
        f'{b}{canonical}#article","isPartOf":{{"@id":"{b}{canonical}"}},'
        '"author":{"name":"Ban Biên tập","@id":"' + b + '/#/schema/person/3f2a"},'
        f'"headline":{_json(story.title)},"datePublished":"{utc_iso(when)}",'
        f'"dateModified":"{utc_iso(modified)}","wordCount":{len(" ".join(story.paragraphs).split())},'
        f'"articleSection":[{_json(cat_name(story))}],"inLanguage":"vi"}},'
        '{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,'
        f'"name":"Trang chủ","item":"{b}/"}},{{"@type":"ListItem","position":2,'
        f'"name":{_json(cat_name(story))},"item":"{b}{cat_path(story.cat)}"}},'
        f'{{"@type":"ListItem","position":3,"name":{_json(story.title)}}}]}}]}}'
    )
    minutes = max(1, len(" ".join(story.paragraphs).split()) // 200)
    amp = (
        ""
        if story.cat == "thong-bao" or story.opts.get("no_amp")
        else f'<link rel="amphtml" href="{b}/{story.slug}/amp/" />'
    )
    return f"""<meta name="description" content="{esc(excerpt(story, 28))}" />
<meta property="og:type" content="article" />
<meta property="og:description" content="{esc(excerpt(story, 28))}" />
<meta property="article:publisher" content="https://www.facebook.com/truongchinhtrikontum" />
<meta property="article:section" content="{esc(cat_name(story))}" />
<meta property="article:published_time" content="{utc_iso(when)}" />
<meta property="article:modified_time" content="{utc_iso(modified)}" />
<meta property="og:image" content="{b}{img}" />
<meta property="og:image:width" content="800" />
<meta property="og:image:height" content="533" />
<meta name="author" content="Ban Biên tập" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Được viết bởi" />
<meta name="twitter:data1" content="Ban Biên tập" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" />
<meta name="twitter:data2" content="{minutes} phút" />
<script type="application/ld+json" class="yoast-schema-graph">{graph}</script>
<link rel='shortlink' href='{b}/?p={story.id}' />
{amp}"""


def _json(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _share(b: str, story: Story, canonical: str) -> str:
    url = b + canonical
    return f"""<div class="thanh-chia-se d-flex align-items-center">
<span class="cs-nhan">Chia sẻ:</span>
<a class="cs-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow noopener" title="Chia sẻ lên Facebook"><i class="fa fa-facebook"></i></a>
<div class="zalo-share-button" data-href="{url}" data-oaid="2916453722197362548" data-layout="1" data-color="blue" data-customize="false"></div>
<a class="cs-tw" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="nofollow noopener" title="Chia sẻ lên Twitter"><i class="fa fa-twitter"></i></a>
<button type="button" class="cs-sao-chep" data-clipboard-text="{b}/?p={story.id}" title="Sao chép liên kết"><i class="fa fa-link"></i></button>
<a class="cs-in" href="javascript:window.print();" title="In bài viết"><i class="fa fa-print"></i></a>
<span class="co-chu ml-auto"><a href="javascript:void(0)" class="giam-chu">A-</a> <a href="javascript:void(0)" class="tang-chu">A+</a></span>
</div>"""


def _related(b: str, story: Story) -> str:
    pool = NEWS if story.cat == "tin-tuc-su-kien" else RESEARCH
    count = 3 if story.cat == "tin-tuc-su-kien" else 2
    others = [s for s in pool if s is not story][:count]
    cards = "".join(
        f"""<div class="col-md-4 col-6 the-lq"><a class="anh-lq" href="{b}{path_of(s)}">{lazy_img(b, thumb_src(s), 300, 200, "attachment-thumbnail")}</a>
<h4 class="ten-lq"><a href="{b}{path_of(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h4><span class="ngay-lq">{dmy(_when(s))}</span></div>"""
        for s in others
    )
    return (
        '<section class="bv-lien-quan"><h3 class="tieu-de-khoi"><span>Bài viết liên quan</span>'
        f'</h3><div class="row">{cards}</div></section>'
    )


def _prev_next(b: str, story: Story) -> str:
    if story.cat != "nghien-cuu-trao-doi":
        return ""
    idx = RESEARCH.index(story)
    older = RESEARCH[idx + 1] if idx + 1 < len(RESEARCH) else None
    newer = RESEARCH[idx - 1] if idx > 0 else None
    left = (
        f'<div class="nav-previous col-6"><a href="{b}{path_of(older)}" rel="prev"><span class="nhan-dh">'
        f"&laquo; Bài trước</span><br>{esc(older.title)}</a></div>"
        if older
        else '<div class="col-6"></div>'
    )
    right = (
        f'<div class="nav-next col-6 text-right"><a href="{b}{path_of(newer)}" rel="next"><span class="nhan-dh">'
        f"Bài sau &raquo;</span><br>{esc(newer.title)}</a></div>"
        if newer
        else ""
    )
    return f'<nav class="dieu-huong-bv row" aria-label="Bài viết">{left}{right}</nav>'


def _page_links(b: str, story: Story, part: int) -> str:
    first = f"{b}/{story.slug}/"
    second = f"{b}/{story.slug}/2/"
    one = (
        '<span class="post-page-numbers current" aria-current="page">1</span>'
        if part == 1
        else f'<a href="{first}" class="post-page-numbers">1</a>'
    )
    two = (
        '<span class="post-page-numbers current" aria-current="page">2</span>'
        if part == 2
        else f'<a href="{second}" class="post-page-numbers">2</a>'
    )
    return f'<div class="page-links"><span class="page-links-title">Trang:</span> {one} {two}</div>'


def _badge(story: Story) -> str:
    return ' <span class="nhan-moi badge badge-danger">MỚI</span>' if is_new(story) else ""


def render_post(b: str, story: Story, part: int = 1) -> str:
    when = _when(story)
    canonical = path_of(story) if part == 1 else f"/{story.slug}/{part}/"
    split = story.opts.get("split_at")
    blocks = story.blocks
    if split:
        blocks = blocks[:split] if part == 1 else blocks[split:]
    content = render_blocks(story, blocks, b)
    if split:
        content += "\n" + _page_links(b, story, part)
    sapo = ""
    if story.summary and part == 1:
        sapo = f'<div class="sapo-bv"><strong>{wp(story.summary, story)}</strong></div>'
    main = f"""{_crumbs(b, [(cat_name(story), cat_path(story.cat)), (story.title, None)])}
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{story.cat}">
<h1 class="tieu-de-bv">{wp(story.title, story)}{_badge(story)}</h1>
<div class="tt-bv d-flex flex-wrap align-items-center">
<span class="tg-dang"><i class="fa fa-clock-o"></i> <time class="ngay-dang" datetime="{when.strftime("%Y-%m-%dT%H:%M:%S")}+00:00">{vi_long(when)}</time></span>
<span class="nguoi-dang"><i class="fa fa-user-o"></i> Đăng bởi: Ban Biên tập</span>
<div class="post-views content-post post-{story.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Lượt xem:</span> <span class="post-views-count">{views(story)}</span></div>
</div>
{_share(b, story, canonical)}
{sapo}
<div class="entry-content noi-dung-bv clearfix">
{_tts(story)}
{content}
</div><!-- .entry-content -->
<div class="chia-se-cuoi">{_share(b, story, canonical)}</div>
{_prev_next(b, story)}
{_related(b, story)}
<p class="no-comments">Bình luận đã bị đóng.</p>
</article>"""
    title = story.title + (f" - Trang {part}" if part > 1 else "") + f" - {SITE}"
    return page(
        b,
        title,
        canonical,
        f"post-template-default single single-post postid-{story.id} single-format-standard "
        "wp-embed-responsive",
        main,
        _yoast(b, story, canonical),
    )


def render_amp(b: str, story: Story) -> str:
    when = _when(story)
    sapo = f"<p><strong>{wp(story.summary, story)}</strong></p>" if story.summary and story.sapo_outside else ""
    return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(story.title)} - {SITE}</title>
<link rel="canonical" href="{b}{path_of(story)}" />
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:Arial,sans-serif}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{b}/">{SITE}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{esc(story.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">Ban Biên tập</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{utc_iso(when)}">{dmy(when)}</time></div>
</header>
<div class="amp-wp-article-content">
{sapo}
{render_blocks(story, story.blocks, b, amp=True)}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{b}{cat_path(story.cat)}" rel="category tag">{esc(cat_name(story))}</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Lên đầu trang</a></div></footer>
</body>
</html>
"""


def render_notice(b: str, story: Story) -> str:
    when = _when(story)
    canonical = path_of(story)
    main = f"""{_crumbs(b, [(CAT_NOTICE, "/thong-bao/"), (story.title, None)])}
<article id="post-{story.id}" class="post-{story.id} thong-bao type-thong-bao status-publish hentry">
<h1 class="tieu-de-bv tieu-de-tb">{esc(story.title)}{_badge(story)}</h1>
<div class="tt-bv tt-tb"><span class="tb-ngay"><i class="fa fa-calendar"></i> Ngày đăng: {dmy(when)}</span>
<span class="tb-luot-xem"><i class="fa fa-eye"></i> {views(story)} lượt xem</span></div>
<div class="entry-content noi-dung-tb clearfix">
{render_blocks(story, story.blocks, b)}
</div>
<p class="xem-tat-ca-tb"><a href="{b}/thong-bao/"><i class="fa fa-list"></i> Xem tất cả thông báo</a></p>
</article>"""
    return page(
        b,
        f"{story.title} - {SITE}",
        canonical,
        f"thong-bao-template-default single single-thong-bao postid-{story.id} wp-embed-responsive",
        main,
        _yoast(b, story, canonical),
    )


# --- listings -------------------------------------------------------------------------------


def _card(b: str, s: Story) -> str:
    new_icon = (
        f' <img src="{b}{THEME}/assets/images/icon-new.gif" alt="mới" class="icon-moi" width="28" height="11">'
        if is_new(s)
        else ""
    )
    return f"""<div class="tin-cm row no-gutters" id="post-{s.id}">
<div class="col-md-4 col-5"><a class="anh-tin" href="{b}{path_of(s)}" title="{esc(s.title)}">{lazy_img(b, thumb_src(s), 300, 200, "attachment-medium size-medium wp-post-image")}</a></div>
<div class="col-md-8 col-7 pl-3">
<h3 class="ten-tin"><a href="{b}{path_of(s)}" rel="bookmark">{esc(s.title)}</a>{new_icon}</h3>
<div class="ngay-tin"><i class="fa fa-clock-o"></i> {dmy(_when(s))}</div>
<div class="mo-ta-tin"><p>{esc(excerpt(s))}</p></div>
</div></div>"""


def _pagenavi(b: str, base: str, current: int, total: int) -> str:
    if total < 2:
        return ""

    def url(n: int) -> str:
        return f"{b}{base}" if n == 1 else f"{b}{base}page/{n}/"

    parts = [f"<span class='pages'>Trang {current} trên {total}</span>"]
    if current > 1:
        parts.append(
            f'<a class="previouspostslink" rel="prev" aria-label="Trang trước" href="{url(current - 1)}">&laquo;</a>'
        )
    for n in range(1, total + 1):
        if n == current:
            parts.append(f"<span aria-current='page' class='current'>{n}</span>")
        else:
            cls = "page larger" if n > current else "page smaller"
            parts.append(f'<a class="{cls}" title="Trang {n}" href="{url(n)}">{n}</a>')
    if current < total:
        parts.append(
            f'<a class="nextpostslink" rel="next" aria-label="Trang sau" href="{url(current + 1)}">&raquo;</a>'
        )
    return "<div class='wp-pagenavi' role='navigation'>\n" + "".join(parts) + "\n</div>"


def _core_pagination(b: str, base: str, current: int, total: int) -> str:
    def url(n: int) -> str:
        return f"{b}{base}" if n == 1 else f"{b}{base}page/{n}/"

    links = []
    if current > 1:
        links.append(f'<a class="prev page-numbers" href="{url(current - 1)}">&laquo; Trước</a>')
    for n in range(1, total + 1):
        if n == current:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{url(n)}">{n}</a>')
    if current < total:
        links.append(f'<a class="next page-numbers" href="{url(current + 1)}">Sau &raquo;</a>')
    return (
        '<nav class="navigation pagination" aria-label="Phân trang bài viết">\n'
        '<h2 class="screen-reader-text">Phân trang bài viết</h2>\n<div class="nav-links">'
        + "\n".join(links)
        + "</div>\n</nav>"
    )


def render_category(b: str, cat: str, n: int) -> str | None:
    items = NEWS if cat == "tin-tuc-su-kien" else RESEARCH
    per = PER_PAGE[cat]
    total = -(-len(items) // per)
    if n < 1 or n > total:
        return None
    # the research template's own WP_Query ignores "paged": every page shows the newest three
    shown = items[:per] if cat == "nghien-cuu-trao-doi" else items[(n - 1) * per : n * per]
    base = f"/chuyen-muc/{cat}/"
    canonical = base if n == 1 else f"{base}page/{n}/"
    title = CATS[cat] + (f" - Trang {n}" if n > 1 else "")
    desc = (
        '<div class="mo-ta-cm"><p>Bài nghiên cứu, trao đổi của cán bộ, giảng viên nhà trường.</p></div>'
        if cat == "nghien-cuu-trao-doi"
        else ""
    )
    main = f"""{_crumbs(b, [(CATS[cat], None)])}
<header class="dau-cm"><h1 class="tieu-de-cm">{esc(CATS[cat])}</h1>{desc}</header>
<div class="ds-tin-cm">
{chr(10).join(_card(b, s) for s in shown)}
</div>
{_pagenavi(b, base, n, total)}"""
    return page(
        b,
        f"{title} - {SITE}",
        canonical,
        f"archive category category-{cat} wp-embed-responsive" + (f" paged paged-{n}" if n > 1 else ""),
        main,
    )


def render_notices(b: str, n: int) -> str | None:
    per = NOTICES_PER_PAGE
    total = -(-len(NOTICES) // per)
    if n < 1 or n > total:
        return None
    shown = NOTICES[(n - 1) * per : n * per]
    rows = "".join(
        f"""<li class="tb-item"><span class="tb-ngay-ds"><b>{_when(s).day:02d}</b>/{_when(s).month:02d}<br>{_when(s).year}</span>
<div class="tb-noi-dung"><h2 class="tb-ten"><a href="{b}{path_of(s)}">{esc(s.title)}</a>{_badge(s)}</h2><p>{esc(excerpt(s, 24))}</p></div></li>
"""
        for s in shown
    )
    main = f"""{_crumbs(b, [(CAT_NOTICE, None)])}
<header class="dau-cm"><h1 class="tieu-de-cm">Thông báo</h1></header>
<ul class="ds-thong-bao-trang list-unstyled">
{rows}</ul>
{_core_pagination(b, "/thong-bao/", n, total)}"""
    canonical = "/thong-bao/" if n == 1 else f"/thong-bao/page/{n}/"
    return page(
        b,
        f"Thông báo{f' - Trang {n}' if n > 1 else ''} - {SITE}",
        canonical,
        "archive post-type-archive post-type-archive-thong-bao wp-embed-responsive",
        main,
    )


def render_home(b: str) -> str:
    slides = "".join(
        f"""<div class="item slide-tin"><a href="{b}{path_of(s)}">{lazy_img(b, thumb_src(s).replace("-300x200", "-800x450") if s.images else thumb_src(s), 800, 450, "img-fluid")}</a>
<div class="chu-slide"><h2><a href="{b}{path_of(s)}">{esc(s.title)}</a></h2></div></div>"""
        for s in (T1, R1, T2)
    )
    lead, *rest = NEWS[:4]
    news_list = "".join(
        f'<li><a href="{b}{path_of(s)}">{esc(s.title)}</a> <span class="ngay-nho">({dmy(_when(s))})</span></li>'
        for s in rest
    )
    research = "".join(
        f"""<div class="col-md-6"><div class="the-nc"><a href="{b}{path_of(s)}">{lazy_img(b, thumb_src(s), 300, 200, "img-fluid")}</a>
<h3><a href="{b}{path_of(s)}">{esc(s.title)}</a></h3><p>{esc(excerpt(s, 24))}</p></div></div>"""
        for s in RESEARCH[:2]
    )
    main = f"""<section class="tin-noi-bat"><div class="owl-carousel owl-theme" id="slider-tin">{slides}</div></section>
<section class="khoi-tin khoi-tin-tuc">
<h2 class="tieu-de-khoi"><a href="{b}/chuyen-muc/tin-tuc-su-kien/">{CAT_NEWS}</a><a class="xem-them" href="{b}/chuyen-muc/tin-tuc-su-kien/">Xem thêm &raquo;</a></h2>
<div class="row"><div class="col-md-6 tin-lon"><a href="{b}{path_of(lead)}">{lazy_img(b, thumb_src(lead), 300, 200, "img-fluid")}</a>
<h3><a href="{b}{path_of(lead)}">{esc(lead.title)}</a>{_badge(lead)}</h3><p class="ngay-tin">{dmy(_when(lead))}</p><p>{esc(excerpt(lead, 30))}</p></div>
<div class="col-md-6"><ul class="ds-tin-nho">{news_list}</ul></div></div>
</section>
<section class="khoi-tin khoi-nghien-cuu">
<h2 class="tieu-de-khoi"><a href="{b}/chuyen-muc/nghien-cuu-trao-doi/">{CAT_RESEARCH}</a></h2>
<div class="row">{research}</div>
</section>
<section class="khoi-video"><h2 class="tieu-de-khoi"><span>Video</span></h2>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="about:blank" data-lazy-src="https://www.youtube.com/embed/k7TctKt2026" title="Video hoạt động nhà trường" allowfullscreen></iframe></div></section>"""
    return page(
        b,
        f"{SITE} - Đào tạo, bồi dưỡng cán bộ",
        "/",
        "home page-template page-template-template-trang-chu page page-id-2 wp-embed-responsive",
        main,
        '<meta name="description" content="Website Trường Chính trị tỉnh Kon Tum: tin tức, thông báo, '
        'nghiên cứu - trao đổi, đào tạo, bồi dưỡng cán bộ." />\n<meta property="og:type" content="website" />',
    )


# --- WordPress pages (not articles), feed, search ---------------------------------------------

WP_PAGES: dict[str, tuple[int, str, str]] = {
    "gioi-thieu": (
        9,
        "Lịch sử hình thành và phát triển",
        """<p style="text-align: justify;">Trường Chính trị tỉnh Kon Tum được thành lập năm 1991 trên cơ sở hợp nhất Trường Đảng tỉnh và Trường Hành chính tỉnh, ngay sau khi tỉnh Kon Tum được tái lập. Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự hướng dẫn về nội dung, chương trình của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p style="text-align: center;">{IMG}</p>
<p style="text-align: justify;">Trải qua hơn 35 năm xây dựng và phát triển, nhà trường đã đào tạo, bồi dưỡng hơn 60.000 lượt cán bộ, đảng viên, trong đó trên 18.000 học viên tốt nghiệp trung cấp lý luận chính trị, góp phần quan trọng vào việc xây dựng đội ngũ cán bộ của tỉnh.</p>
<p style="text-align: justify;">Với những thành tích đạt được, nhà trường đã được Chủ tịch nước tặng Huân chương Lao động hạng Nhì (năm 2016) và nhiều bằng khen của Thủ tướng Chính phủ, Học viện Chính trị quốc gia Hồ Chí Minh, Ủy ban nhân dân tỉnh.</p>
<p style="text-align: justify;">Năm 2024, Trường Chính trị tỉnh Kon Tum được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW của Ban Bí thư.</p>""",
    ),
    "co-cau-to-chuc": (
        10,
        "Cơ cấu tổ chức",
        """<p><strong>1. Ban Giám hiệu</strong></p>
<figure class="wp-block-table"><table><tbody>
<tr><td>ThS. Nguyễn Văn Lực</td><td>Tỉnh ủy viên, Hiệu trưởng</td><td>0260.3862.458</td></tr>
<tr><td>ThS. Lê Thị Kim Oanh</td><td>Phó Hiệu trưởng</td><td>0260.3862.460</td></tr>
<tr><td>TS. Phan Đình Quý</td><td>Phó Hiệu trưởng</td><td>0260.3862.461</td></tr>
</tbody></table></figure>
<p><strong>2. Các phòng chức năng</strong></p>
<ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo và Nghiên cứu khoa học</li></ul>
<p><strong>3. Các khoa chuyên môn</strong></p>
<ul><li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và Pháp luật</li><li>Khoa Dân vận</li></ul>""",
    ),
    "van-ban-tai-lieu": (
        14,
        "Văn bản - Tài liệu",
        f"""<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead><tbody>
<tr><td>215-TB/TCT</td><td>Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027</td><td>02/12/2026</td><td><a href="{{B}}{U12}215-TB-TCT.pdf">Tải về</a></td></tr>
<tr><td>198-KH/TCT</td><td>Kế hoạch đào tạo, bồi dưỡng năm 2027</td><td>12/11/2026</td><td><a href="{{B}}{U11}198-KH-TCT.pdf">Tải về</a></td></tr>
<tr><td>176-QĐ/TCT</td><td>Quyết định ban hành Quy chế chi tiêu nội bộ</td><td>20/10/2026</td><td><a href="{{B}}{U10}176-QD-TCT.pdf">Tải về</a></td></tr>
</tbody></table></figure>""",
    ),
    "thu-vien-anh": (
        16,
        "Thư viện ảnh",
        """<p>Một số hình ảnh hoạt động của nhà trường năm 2026.</p>
<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">{GALLERY}<figcaption class="blocks-gallery-caption wp-element-caption">Hoạt động nhà trường năm 2026</figcaption></figure>""",
    ),
    "lien-he": (
        18,
        "Liên hệ",
        """<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</strong></p>
<p>Địa chỉ: Số 03 Trần Hưng Đạo, phường Thắng Lợi, thành phố Kon Tum, tỉnh Kon Tum<br />Điện thoại: 0260.3862.458 - Email: truongchinhtri@kontum.gov.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f25-p18-o1" lang="vi" dir="ltr"><form action="{B}/lien-he/#wpcf7-f25-p18-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="25" /><input type="hidden" name="_wpcf7_version" value="5.8.4" /><input type="hidden" name="_wpcf7_locale" value="vi" /></div>
<p><label> Họ và tên<br /><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></label></p>
<p><label> Email<br /><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" /></label></p>
<p><label> Nội dung<br /><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p>
<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>""",
    ),
}


def render_wp_page(b: str, slug: str) -> str:
    page_id, title, body = WP_PAGES[slug]
    gallery = "".join(
        f'<figure class="wp-block-image size-large">{lazy_img(b, U11 + f"album-2026-{n}.jpg")}'
        f'<figcaption class="wp-element-caption">{cap}</figcaption></figure>'
        for n, cap in enumerate(
            ["Lễ khai giảng năm học mới", "Hội thi giảng viên dạy giỏi", "Nghiên cứu thực tế tại Kon Plông"], 1
        )
    )
    body = (
        body.replace("{IMG}", lazy_img(b, "/wp-content/uploads/2024/03/toan-canh-truong.jpg"))
        .replace("{GALLERY}", gallery)
        .replace("{B}", b)
    )
    trail = [(title, None)]
    main = f"""{_crumbs(b, trail)}
<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
<h1 class="tieu-de-trang">{esc(title)}</h1>
<div class="entry-content noi-dung-trang-tinh clearfix">
{body}
</div>
</article>"""
    return page(
        b,
        f"{title} - {SITE}",
        f"/{slug}/",
        f"page-template-default page page-id-{page_id} wp-embed-responsive",
        main,
        '<meta property="og:type" content="article" />',
    )


def render_feed(b: str) -> Response:
    items = "".join(
        f"""<item>
<title>{esc(s.title)}</title>
<link>{b}{path_of(s)}</link>
<dc:creator><![CDATA[Ban Biên tập]]></dc:creator>
<pubDate>{(_when(s) - _dt.timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")}</pubDate>
<category><![CDATA[{cat_name(s)}]]></category>
<guid isPermaLink="false">{b}/?p={s.id}</guid>
<description><![CDATA[{excerpt(s, 40)}]]></description>
</item>
"""
        for s in POSTS[:5]
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{SITE}</title>
<atom:link href="{b}/feed/" rel="self" type="application/rss+xml" />
<link>{b}</link>
<description>Đào tạo, bồi dưỡng cán bộ</description>
<lastBuildDate>Thu, 03 Dec 2026 02:05:00 +0000</lastBuildDate>
<language>vi</language>
<generator>https://wordpress.org/?v=6.4.5</generator>
{items}</channel>
</rss>
"""
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def render_search(b: str, query: str) -> str:
    q = query.strip().lower()
    hits = [s for s in STORIES if q and q in s.title.lower()]
    listing = (
        "\n".join(_card(b, s) for s in hits)
        if hits
        else '<p class="khong-co-kq">Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p>'
    )
    main = f"""{_crumbs(b, [(f"Kết quả tìm kiếm cho “{query}”", None)])}
<header class="dau-cm"><h1 class="tieu-de-cm">Kết quả tìm kiếm: {esc(query)}</h1></header>
<div class="ds-tin-cm">{listing}</div>"""
    return page(b, f"Bạn đã tìm kiếm {query} - {SITE}", "/", "search search-results wp-embed-responsive", main)


# --- the site -------------------------------------------------------------------------------


class Site:
    """WordPress's routing for this install (pretty permalinks, ``/chuyen-muc/`` category base)."""

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        b = base_url(request)
        params = request.params
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                if story is None:
                    return None
                return html(render_notice(b, story) if story.cat == "thong-bao" else render_post(b, story))
            if "s" in params:
                return html(render_search(b, params["s"]))
            return html(render_home(b))
        if path == "/feed/":
            return render_feed(b)
        if not path.endswith("/"):
            if self._page(b, path + "/") is not None:
                return redirect(b + path + "/", 301)
            return None
        body = self._page(b, path)
        if isinstance(body, Response):
            return body
        return html(body) if body is not None else None

    def _page(self, b: str, path: str) -> str | Response | None:
        parts = path.strip("/").split("/")
        if parts[0] == "chuyen-muc" and len(parts) >= 2 and parts[1] in CATS:
            if len(parts) == 2:
                return render_category(b, parts[1], 1)
            if len(parts) == 4 and parts[2] == "page" and parts[3].isdigit():
                n = int(parts[3])
                return render_category(b, parts[1], n) if n > 1 else None
            return None
        if parts[0] == "thong-bao":
            if len(parts) == 1:
                return render_notices(b, 1)
            if len(parts) == 3 and parts[1] == "page" and parts[2].isdigit():
                n = int(parts[2])
                return render_notices(b, n) if n > 1 else None
            if len(parts) == 2 and parts[1] in NOTICE_BY_SLUG:
                return render_notice(b, NOTICE_BY_SLUG[parts[1]])
            return None
        slug = parts[0]
        if slug in WP_PAGES and len(parts) == 1:
            return render_wp_page(b, slug)
        story = BY_SLUG.get(slug)
        if story is None:
            return None
        if len(parts) == 1:
            return render_post(b, story)
        if len(parts) == 2 and parts[1] == "amp":
            if story.opts.get("no_amp"):
                return redirect(f"{b}/{slug}/", 302)
            return render_amp(b, story)
        if len(parts) == 2 and parts[1] == "2" and story.opts.get("split_at"):
            return render_post(b, story, part=2)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/?p={story.id}"]
    if story.cat != "thong-bao" and not story.opts.get("no_amp"):
        alts.append(f"/{story.slug}/amp/")
    if story.opts.get("split_at"):
        alts.append(f"/{story.slug}/2/")
    return alts


GOLD = [
    gold_record(s, path_of(s), cat_name(s), canonical_path=path_of(s), alt_paths=_alt_paths(s))
    for s in NEWS + RESEARCH + NOTICES
]

NON_ARTICLES = ["/gioi-thieu/", "/co-cau-to-chuc/", "/van-ban-tai-lieu/", "/thu-vien-anh/", "/lien-he/"]
