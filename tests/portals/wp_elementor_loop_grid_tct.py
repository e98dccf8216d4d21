"""Trường Chính trị tỉnh Quảng Nam: WordPress 6.x + Elementor Pro 3.x (Hello theme), Yoast SEO.

Platform
--------
WordPress 6.6 with the Hello Elementor theme; every visible page is an Elementor Pro 3.x Theme
Builder document: a header template (``data-elementor-type="header"``, id 2104), a footer
(2109), a single-post template (2187), an archive template (2193) and a loop-item template (2231)
used by the Loop Grid and Loop Carousel widgets. Posts are written in the classic editor and
printed by the *Post Content* widget; around it the single template has its own widgets: Yoast
breadcrumbs, Post Title, Post Info (author, date, time, terms, comments, a custom "Cập nhật"
item), Post Excerpt, Table of Contents, Post Content, tags, Share Buttons, Post Navigation,
comments and a "Bài viết liên quan" Loop Carousel. Plugins: Yoast SEO (canonical, og:*, JSON-LD,
breadcrumbs), WP Rocket (image lazy-load), Easy Table of Contents (an old ``[ez-toc]`` box),
WordPress Popular Posts (sidebar "Tin đọc nhiều"). wptexturize is on, as it always is.

URL scheme (permalink structure ``/%category%/%postname%/``)
------------------------------------------------------------
- ``/`` the front page (a static Elementor page): "Tin mới" Loop Grid, 5 per page, pagination
  "Load on click" only: a ``href="#"`` button and ``<div class="e-load-more-anchor"
  data-next-page=".../page/2/">``; the paged front page ``/page/2/``, ``/page/3/`` exists (it is
  what the button's AJAX fetches). ``/?s=…`` search, ``/?p=<id>`` shortlink (301 to the post).
- ``/<category>/`` and ``/<category>/page/<n>/``: archive template, Loop Grid 3 per page with
  numbered pagination ("Numbers + Previous/Next"); categories ``tin-tuc-su-kien``,
  ``nghien-cuu-trao-doi``, ``dao-tao-boi-duong``.
- ``/<category>/<slug>/`` posts (Yoast primary category in the path); ``/tag/<slug>/`` tags.
- pages ``/gioi-thieu/`` (with child pages ``/gioi-thieu/lich-su-hinh-thanh/`` and
  ``/gioi-thieu/co-cau-to-chuc/``), ``/lien-he/``, ``/dao-tao/`` (a page, not a category: its
  Loop Grid lists the "Đào tạo, bồi dưỡng" posts, 2 per page, paginated by ``?e-page-9c41d7e=2``).
- ``/feed/`` RSS (excerpts only), ``/wp-content/uploads/…`` images and one PDF.

How each gold article is reached
--------------------------------
Posts by date (newest first): A1 hội nghị VC-NLĐ, A2 đoàn HVCT KV III, B1 sinh hoạt chi bộ,
C1 thông báo tuyển sinh, A3 sinh hoạt chuyên đề, A4 mít tinh 20/11, B2 dạy học tích cực,
C2 khai giảng QP-AN (primary C, also filed in A), A5 ngày hội VH-TT, B3 giám sát phản biện,
A6 hội thi GV dạy giỏi, B4 phản bác quan điểm sai trái, C3 bế giảng TC K44.
- front page 1: A1 A2 B1 C1 A3 (and B1 B2 B3 in the "Nghiên cứu" block); /page/2/: A4 B2 C2 A5
  B3; /page/3/: A6 B4 C3 (pages 2-3 only through ``data-next-page``).
- /tin-tuc-su-kien/ (menu "Tin tức"): A1 A2 A3 | page 2: A4 C2 A5 | page 3: A6.
- /nghien-cuu-trao-doi/ (menu "Nghiên cứu"): B1 B2 B3 | page 2: B4.
- /dao-tao/ (menu "Đào tạo", a page): C1 C2 | ``?e-page-9c41d7e=2``: C3. The archive
  /dao-tao-boi-duong/ (C1 C2 C3) is linked only from breadcrumbs and Post Info terms of C posts.
- Post Navigation (same category) chains each category; "Tin đọc nhiều" shows A4 C1 B1 A1 C2;
  the related carousel shows the 4 newest posts.
So A6 and B4 are on no first listing page: page 3 of Tin tức / page 2 of Nghiên cứu (or the
front page's AJAX pages, or the prev/next chain); C3 only on /dao-tao/?e-page-9c41d7e=2 or the
unlinked-from-menu C archive.

Traps
-----
1. Load More without a link (pagination). The front page's Loop Grid paginates by "Load on
   click": the button is ``<a href="#">`` and the next page lives only in ``data-next-page`` of
   ``.e-load-more-anchor``; archives print numbered ``/page/<n>/`` links; the /dao-tao/ page's
   Loop Grid paginates with Elementor's per-widget query ``?e-page-9c41d7e=2`` (a query a
   crawler must not strip as tracking noise). Gold: A6, B4, C3 as listed above, each once.
2. Pages with a post's URL shape. ``/gioi-thieu/lich-su-hinh-thanh/`` and
   ``/gioi-thieu/co-cau-to-chuc/`` are child pages: two path segments like
   ``/<category>/<slug>/``, an h1, paragraphs, breadcrumbs, even a Yoast ``article:modified_time``;
   ``/dao-tao/`` looks like a category but is a page holding a listing. Gold: NON_ARTICLES, no
   record; the category ``dao-tao-boi-duong`` is not ``/dao-tao/``.
3. Category-agnostic permalinks. C2 is filed under "Đào tạo, bồi dưỡng" (Yoast primary) and
   "Tin tức sự kiện"; listings link its primary permalink, but A2's old "Xem thêm" line links
   ``/tin-tuc-su-kien/khai-giang-…/``, which WordPress serves with 200 (canonical to the primary
   URL). Gold: one record at the primary path, the other path in ``alt_paths``; category
   "Đào tạo, bồi dưỡng" (the breadcrumb's), not the second term Post Info also prints.
4. Comments under the article. A1 and B2 have comments (names, "nói:", dates "4 Tháng Mười
   Hai, 2026 lúc 5:02 chiều", text) and "Trả lời" links ``?replytocom=<id>#respond`` that serve
   the whole article again (with ``noindex``). Gold: comments are no body, their writers no
   authors, their dates no dates; the ``?replytocom`` URLs are ``alt_paths``.
5. Post Excerpt widget between the headline and the text. With a manual excerpt (A3, B2) it is
   the sapo, printed outside the Post Content widget: summary, and the body's first paragraph.
   Without one, Elementor prints WordPress' automatic excerpt: the first 55 words of the text
   and " […]". Gold: that truncated copy is no sapo (summary null unless the text opens with a
   bold lead, then the lead) and no body.
6. Dates as the vi_VN locale prints them. Post Info prints the day "4 Tháng Mười Hai, 2026" and
   the time as a separate item in 12-hour form with "sáng"/"chiều": "3:20 chiều" -> 15:20,
   "12:15 chiều" -> 12:15 (noon), "12:00 sáng" -> midnight (A4: the day alone). Yoast's
   ``article:published_time`` / JSON-LD are in UTC ("2026-12-04T08:20:00+00:00"), a custom
   Post Info item prints "Cập nhật: 21/11/2026 10:42", loop cards and comments print other dates.
   Gold: local time with +07:00 from the Post Info items; never the update date.
7. wptexturize. Headlines and text print typed quotes and " - " as ``&#8220;…&#8221;`` and
   ``&#8211;`` while ``<title>``, og:title and the feed keep the typed ``"`` and ``-``. Gold:
   the h1 as printed ("… (20/11/1982 – 20/11/2026)", "“Học tập và làm theo …”").
8. WP Rocket lazy-load. Photos after the first (which keeps ``src``, ``fetchpriority="high"``)
   have an SVG ``data:`` placeholder as ``src``, the file in ``data-lazy-src`` /
   ``data-lazy-srcset`` and a ``<noscript><img src=…></noscript>`` copy. Gold: each photo once,
   the full-size upload path (not a ``-300x200`` / ``-768x512`` srcset variant, not the data URI).
9. Captions in four forms: ``[caption]`` -> ``<figure class="wp-caption"><figcaption
   class="wp-caption-text">``; an italic centred paragraph after the photo's paragraph; an italic
   line after a ``<br />`` in the photo's own paragraph; a line in parentheses (taken off). A line
   "Ảnh: Hoàng Anh" only credits (caption None, photographer Hoàng Anh).
10. Bylines. Post Info prints "Đăng bởi tct-bientap" (the CMS account) on every post: nobody.
    The writer signs at the end, right-aligned: "Tin, ảnh: X" (both), "Tin: X - Ảnh: Y",
    "TS. Lê Văn Tâm<br>Phó Trưởng khoa …" (degree and post dropped), a unit alone ("Chi bộ Khoa
    Lý luận cơ sở"), research articles' "ThS. … / Khoa …" block at the top. "(Theo Tạp chí Mặt
    trận)" closing B3 is its source; B3's "Theo số liệu của …" sentence is text.
11. Foreign widgets inside the Post Content container: an Elementor section template rendered
    from a ``[elementor-template id="1544"]`` shortcode in A3 (banner photo, h2, text, button);
    Easy Table of Contents' "Nội dung chính" box (a ``<p class="ez-toc-title">`` and a list of
    links) before B1's first heading; a YouTube iframe in B4; an attachment line in C1. The
    Elementor TOC widget above the content prints only its header and a spinner. Gold: none of
    them is body; the banner photo is no image of the article; headings stay paragraphs.
12. Pasted text. A5 was pasted in decomposed Unicode (NFD: combining tone marks); A6 from Word
    (``MsoNormal`` spans, ``<o:p></o:p>``, ``&nbsp;``, ``<p class="MsoNormal"><o:p>&nbsp;</o:p></p>``
    spacers, a ``MsoTableGrid`` table). Gold: NFC text, spacers no paragraphs, table rows
    "cell | cell | cell".
13. A notice printed as a party document (C1): letterhead table "TỈNH ỦY QUẢNG NAM / TRƯỜNG
    CHÍNH TRỊ / Số: 215/TB-TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Quảng Nam, ngày 25 tháng 11 năm 2026",
    "THÔNG BÁO / Tuyển sinh …", closing "Nơi nhận" and "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG /
    Võ Văn Thành", then "File đính kèm: ….pdf". Gold: published_at "2026-11-25" (the
    letterhead's day, though Post Info says 26 Tháng Mười Một 8:05 sáng), author Võ Văn Thành,
    body the notice's own paragraphs.
14. Redirects: ``/?p=<id>`` (the rel=shortlink) and any path without its trailing slash answer
    301 to the canonical URL; ``/…/page/1/`` answers 301 to the listing.

Gold decisions on ambiguous points
----------------------------------
- title: the Post Title widget's h1, texturized (curly quotes, en dash) as printed.
- published_at: Post Info day + time item, read as Asia/Ho_Chi_Minh; "12:00 sáng" is midnight:
  day alone. C1: the letterhead day.
- summary: a manual excerpt (Post Excerpt widget) or a bold lead paragraph; the auto excerpt is
  no summary. B1's and B4's footnote entries ("[1] Ban Bí thư: …") are the text's own.
- category: the Yoast breadcrumb's middle crumb (the primary category's name as stored,
  "Đào tạo, bồi dưỡng"), not the menu's short label ("Tin tức", "Đào tạo").
- images: photos inside the Post Content widget only (no featured image is printed by the single
  template; og:image, loop thumbnails, WPP thumbnails, banners and gravatars are not the
  article's).
- the source of B3 is "Tạp chí Mặt trận" from "(Theo Tạp chí Mặt trận)", parentheses taken off.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
import unicodedata
from datetime import datetime, timedelta

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
)

NAME = "wp_elementor_loop_grid_tct"
PLATFORM = "WordPress 6.x + Elementor Pro 3.x (Hello theme, Theme Builder, Loop Grid), Yoast SEO"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Quảng Nam"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức sự kiện",
    "nghien-cuu-trao-doi": "Nghiên cứu trao đổi",
    "dao-tao-boi-duong": "Đào tạo, bồi dưỡng",
}
TAGS = {
    "cong-doan": "Công đoàn",
    "hoc-tap-lam-theo-bac": "Học tập và làm theo Bác",
    "chuyen-doi-so": "Chuyển đổi số",
    "lop-trung-cap-llct": "Lớp trung cấp LLCT",
}
CMS_ACCOUNT = "tct-bientap"
ARCHIVE_PER_PAGE = 3
FRONT_PER_PAGE = 5
DAOTAO_PER_PAGE = 2
DAOTAO_WIDGET = "9c41d7e"
UP = "/wp-content/uploads"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles ----------------------------------------------------------------------------

A1 = Story(
    id=1862,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
    title="Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Chiều 4/12, Trường Chính trị tỉnh Quảng Nam tổ chức Hội nghị viên chức, người lao động "
        "năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, bàn giải pháp thực hiện nhiệm "
        "vụ năm 2027. Đồng chí Nguyễn Văn Sơn, Bí thư Đảng ủy, Hiệu trưởng Nhà trường chủ trì hội nghị."
    ),
    blocks=[
        P(
            "Chiều 4/12, Trường Chính trị tỉnh Quảng Nam tổ chức Hội nghị viên chức, người lao động "
            "năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, bàn giải pháp thực hiện nhiệm "
            "vụ năm 2027. Đồng chí Nguyễn Văn Sơn, Bí thư Đảng ủy, Hiệu trưởng Nhà trường chủ trì hội nghị.",
            "lead",
        ),
        Img(
            f"{UP}/2026/12/hoi-nghi-vc-nld-2026-1.jpg",
            "Đồng chí Hiệu trưởng Nguyễn Văn Sơn phát biểu khai mạc hội nghị",
            "Đồng chí Hiệu trưởng Nguyễn Văn Sơn phát biểu khai mạc hội nghị",
            "wpcap",
        ),
        P(
            "Năm 2026, trong bối cảnh vừa thực hiện sắp xếp tổ chức bộ máy vừa triển khai nhiều nhiệm vụ "
            "chính trị quan trọng, tập thể cán bộ, viên chức, người lao động Nhà trường đã đoàn kết, nỗ "
            "lực hoàn thành tốt các chỉ tiêu được giao. Nhà trường đã mở 27 lớp đào tạo, bồi dưỡng với "
            "hơn 2.100 học viên; tổ chức 3 hội thảo khoa học và hoàn thành 2 đề tài nghiên cứu cấp cơ sở."
        ),
        P(
            "Công tác đổi mới nội dung, phương pháp giảng dạy tiếp tục được chú trọng; 100% giảng viên "
            "thực hiện đi thực tế cơ sở theo quy định. Đời sống vật chất, tinh thần của viên chức, người "
            "lao động từng bước được cải thiện, thu nhập tăng thêm bình quân đạt 1,2 triệu đồng/người/tháng."
        ),
        Img(
            f"{UP}/2026/12/hoi-nghi-vc-nld-2026-2.jpg",
            "Viên chức, người lao động biểu quyết thông qua Nghị quyết hội nghị",
            "Viên chức, người lao động biểu quyết thông qua Nghị quyết hội nghị",
            "em",
        ),
        P(
            "Tại hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết về quy chế chi tiêu "
            "nội bộ, quy chế dân chủ ở cơ sở và việc ứng dụng chuyển đổi số trong quản lý đào tạo."
        ),
        P(
            "Phát biểu kết luận, đồng chí Hiệu trưởng ghi nhận những kết quả đã đạt được, đồng thời đề "
            "nghị các khoa, phòng tiếp tục nâng cao chất lượng bài giảng, tăng cường tính thực tiễn, gắn "
            "lý luận với thực tiễn địa phương."
        ),
        P("Dịp này, Nhà trường đã khen thưởng 5 tập thể và 18 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026."),
        _right("<strong>Tin, ảnh: Phan Thị Mỹ Linh</strong>"),
    ],
    authors=["Phan Thị Mỹ Linh"],
    photographers=["Phan Thị Mỹ Linh"],
    opts={
        "dt": "2026-12-04 15:20",
        "tags": ["cong-doan"],
        "comments": [
            (17, "Nguyễn Thanh Tùng", "2026-12-04 17:02",
             "Chúc mừng tập thể Nhà trường đã hoàn thành xuất sắc nhiệm vụ năm 2026!"),
            (18, "Trần Thị Thu", "2026-12-05 07:41",
             "Mong Nhà trường tiếp tục mở thêm các lớp bồi dưỡng ngắn hạn tại cơ sở cho cán bộ thôn."),
        ],
    },
)

C2_SLUG = "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4"

A2 = Story(
    id=1858,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-khao-sat-tai-truong",
    title="Đoàn công tác Học viện Chính trị khu vực III khảo sát công tác đào tạo tại Trường",
    cat="tin-tuc-su-kien",
    published_at="2026-12-02T12:15:00+07:00",
    blocks=[
        P(
            "Ngày 2/12, Đoàn công tác của Học viện Chính trị khu vực III do PGS.TS Lê Minh Quang, Phó Giám "
            "đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh về tình hình phối "
            "hợp tổ chức các lớp cao cấp lý luận chính trị tại địa phương."
        ),
        P(
            "Báo cáo với đoàn công tác, lãnh đạo Nhà trường cho biết, từ năm 2024 đến nay, hai bên đã phối "
            "hợp mở 3 lớp cao cấp lý luận chính trị hệ không tập trung với 312 học viên. Nhà trường bố trí "
            "đầy đủ phòng học, ký túc xá, thư viện và hệ thống học liệu điện tử phục vụ học viên."
        ),
        P("Một số khó khăn được Nhà trường nêu ra:", "br"),
        P(
            "Số lượng giảng viên có học hàm, học vị cao còn ít; việc tổ chức học tập thực tế cho học viên "
            "ở các địa bàn miền núi còn gặp khó khăn về kinh phí."
        ),
        Img(f"{UP}/2026/12/doan-hvct-kv3-lam-viec.jpg", "Ảnh: Hoàng Anh", None, "em"),
        P(
            "Phát biểu tại buổi làm việc, PGS.TS Lê Minh Quang đánh giá cao sự chủ động của Trường Chính "
            "trị tỉnh trong công tác quản lý học viên, đề nghị Nhà trường tiếp tục đẩy mạnh chuyển đổi số, "
            "xây dựng kho học liệu dùng chung và tăng cường trao đổi giảng viên giữa hai đơn vị."
        ),
        P("Dịp này, đoàn công tác đã tham quan phòng truyền thống và thư viện điện tử của Nhà trường."),
        _right("<strong>Ngọc Trâm</strong>"),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/tin-tuc-su-kien/' + C2_SLUG + '/">Khai giảng lớp '
            "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026</a></p>"
        ),
    ],
    authors=["Ngọc Trâm"],
    photographers=["Hoàng Anh"],
    opts={"dt": "2026-12-02 12:15", "tags": ["chuyen-doi-so"]},
)

B1_TOC = [
    "1. Thực trạng sinh hoạt chi bộ thôn, khối phố",
    "2. Một số giải pháp",
    "Tài liệu tham khảo",
]

B1 = Story(
    id=1851,
    slug="nang-cao-chat-luong-sinh-hoat-chi-bo-thon-khoi-pho",
    title="Nâng cao chất lượng sinh hoạt chi bộ thôn, khối phố trên địa bàn tỉnh hiện nay",
    cat="nghien-cuu-trao-doi",
    published_at="2026-12-01T08:00:00+07:00",
    blocks=[
        _right("<strong><em>ThS. Nguyễn Thị Hồng Vân</em></strong><br />\n<em>Khoa Xây dựng Đảng</em>"),
        P(
            "Chi bộ là tổ chức cơ sở của Đảng ở thôn, khối phố, là nơi trực tiếp gắn bó với nhân dân. "
            "Chất lượng sinh hoạt chi bộ quyết định năng lực lãnh đạo và sức chiến đấu của tổ chức đảng ở "
            "cơ sở. Bài viết phân tích thực trạng và đề xuất một số giải pháp nâng cao chất lượng sinh hoạt "
            "chi bộ thôn, khối phố trên địa bàn tỉnh trong giai đoạn hiện nay."
        ),
        Raw("<!--ez-toc-->"),
        P(B1_TOC[0], "h3"),
        P(
            "Thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ, các cấp "
            "ủy trong tỉnh đã ban hành nhiều văn bản hướng dẫn cụ thể.[1] Nhìn chung, các chi bộ duy trì "
            "sinh hoạt định kỳ hằng tháng, nội dung sinh hoạt từng bước được đổi mới, bám sát nhiệm vụ chính "
            "trị của địa phương."
        ),
        P(
            "Tuy nhiên, ở một số chi bộ, sinh hoạt còn mang tính hình thức, nội dung chung chung, chủ yếu "
            "thông báo tình hình và triển khai văn bản; tính chiến đấu trong tự phê bình và phê bình chưa "
            "cao. Tỷ lệ đảng viên tham gia ý kiến tại các buổi sinh hoạt còn thấp, nhất là ở các thôn miền "
            "núi có đảng viên cao tuổi chiếm tỷ lệ lớn.[2]"
        ),
        P(B1_TOC[1], "h3"),
        P("Thứ nhất, nâng cao nhận thức, trách nhiệm của cấp ủy, bí thư chi bộ về vị trí, vai trò của sinh hoạt chi bộ.", "li"),
        P(
            "Thứ hai, đổi mới nội dung sinh hoạt theo hướng thiết thực, mỗi kỳ tập trung giải quyết một, hai "
            "vấn đề nổi cộm ở địa bàn.",
            "li",
        ),
        P(
            "Thứ ba, tăng cường sinh hoạt chuyên đề, gắn với việc học tập và làm theo tư tưởng, đạo đức, "
            "phong cách Hồ Chí Minh.",
            "li",
        ),
        P(
            "Thứ tư, nâng cao năng lực của đội ngũ bí thư chi bộ thông qua bồi dưỡng, tập huấn tại Trường "
            "Chính trị tỉnh và các trung tâm chính trị cấp huyện.",
            "li",
        ),
        P(
            "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của "
            "chi bộ, xây dựng tổ chức đảng ở cơ sở trong sạch, vững mạnh."
        ),
        P(B1_TOC[2], "h3"),
        P("[1] Ban Bí thư: Chỉ thị số 10-CT/TW ngày 30/3/2007 về nâng cao chất lượng sinh hoạt chi bộ.", "fn"),
        P("[2] Tỉnh ủy Quảng Nam: Báo cáo tổng kết công tác xây dựng Đảng năm 2025.", "fn"),
    ],
    authors=["Nguyễn Thị Hồng Vân"],
    opts={"dt": "2026-12-01 08:00", "toc": True},
)

C1 = Story(
    id=1847,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
    cat="dao-tao-boi-duong",
    published_at="2026-11-25",
    blocks=[
        Raw(
            '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>\n'
            '<td style="width: 42%; text-align: center;">TỈNH ỦY QUẢNG NAM<br />\n'
            "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />\n*<br />\nSố: 215/TB-TCT</td>\n"
            '<td style="width: 58%; text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />\n'
            "<em>Quảng Nam, ngày 25 tháng 11 năm 2026</em></td>\n</tr></tbody></table>"
        ),
        Raw(
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
            "<strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027</strong></p>"
        ),
        P(
            "Căn cứ Quyết định số 1520-QĐ/TU ngày 10/10/2026 của Ban Thường vụ Tỉnh ủy về kế hoạch đào tạo "
            "lý luận chính trị năm 2027, Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận "
            "chính trị hệ không tập trung năm 2027 như sau:"
        ),
        P("1. Đối tượng", "b"),
        P(
            "Cán bộ, công chức, viên chức trong hệ thống chính trị ở cấp xã, các cơ quan, đơn vị cấp tỉnh "
            "đã được quy hoạch vào các chức danh lãnh đạo, quản lý; là đảng viên chính thức."
        ),
        P("2. Tiêu chuẩn", "b"),
        P("Tốt nghiệp trung học phổ thông trở lên;", "li"),
        P("Có trình độ chuyên môn từ trung cấp trở lên;", "li"),
        P("Tuổi đời không quá 45 tính đến thời điểm nhập học.", "li"),
        P("3. Hồ sơ và thời gian nhận hồ sơ", "b"),
        P(
            "Hồ sơ gồm: quyết định cử đi học của cơ quan có thẩm quyền, bản sao bằng tốt nghiệp, sơ yếu lý "
            "lịch có xác nhận và 2 ảnh 3x4. Thời gian nhận hồ sơ từ ngày 01/12/2026 đến hết ngày 31/12/2026 "
            "tại Phòng Quản lý đào tạo, Trường Chính trị tỉnh."
        ),
        P(
            "Dự kiến khai giảng vào tháng 3 năm 2027. Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo, điện "
            "thoại 0235.3852 147."
        ),
        Raw(
            '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>\n'
            '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />\n'
            "- Ban Tổ chức Tỉnh ủy (b/c);<br />\n- Các đảng ủy trực thuộc Tỉnh ủy;<br />\n"
            "- Trung tâm chính trị các huyện, thị xã, thành phố;<br />\n- Lưu VT, QLĐT.</td>\n"
            '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />\n'
            "PHÓ HIỆU TRƯỞNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
            "<strong>Võ Văn Thành</strong></td>\n</tr></tbody></table>"
        ),
        Raw(
            '<p>File đính kèm: <a href="/wp-content/uploads/2026/11/215-TB-TCT-tuyen-sinh-TC-2027.pdf">'
            "215-TB-TCT-tuyen-sinh-TC-2027.pdf</a></p>"
        ),
    ],
    authors=["Võ Văn Thành"],
    opts={"dt": "2026-11-26 08:05", "tags": ["lop-trung-cap-llct"]},
)

A3 = Story(
    id=1839,
    slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-hoc-tap-va-lam-theo-bac",
    title=(
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh”"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-11-24T14:00:00+07:00",
    summary=(
        "Ngày 24/11, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Học tập và "
        "làm theo phong cách làm việc khoa học, sâu sát, gần dân của Chủ tịch Hồ Chí Minh”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự buổi sinh hoạt có đồng chí Đỗ Thị Ngọc Hà, Phó Bí thư Đảng ủy Trường cùng toàn thể đảng "
            "viên trong chi bộ. Đồng chí Bí thư Chi bộ đã trình bày báo cáo chuyên đề, làm rõ những nội dung "
            "cơ bản trong phong cách làm việc của Bác."
        ),
        P(
            "“Việc gì có lợi cho dân, ta phải hết sức làm. Việc gì có hại cho dân, ta phải hết sức tránh.”",
            "quote",
        ),
        P(
            "Trên cơ sở đó, các đảng viên đã liên hệ với thực tiễn công tác giảng dạy, nghiên cứu khoa học "
            "của bản thân; thẳng thắn chỉ ra những hạn chế như việc cập nhật kiến thức thực tiễn vào bài "
            "giảng chưa thường xuyên, việc đi thực tế cơ sở có lúc còn hình thức."
        ),
        Raw("<!--elementor-template-1544-->"),
        P(
            "Kết thúc buổi sinh hoạt, chi bộ thống nhất đăng ký 3 việc làm cụ thể trong năm 2027: mỗi giảng "
            "viên xây dựng ít nhất một bài giảng có tình huống thực tiễn của địa phương; tham gia ít nhất một "
            "đợt khảo sát thực tế tại xã miền núi; tích cực viết bài tuyên truyền trên trang thông tin điện "
            "tử của Nhà trường."
        ),
        _right("<strong><em>Chi bộ Khoa Lý luận cơ sở</em></strong>"),
    ],
    authors=["Chi bộ Khoa Lý luận cơ sở"],
    opts={"dt": "2026-11-24 14:00", "tags": ["hoc-tap-lam-theo-bac"]},
)

A4 = Story(
    id=1833,
    slug="mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20",
    summary=(
        "Sáng 20/11, Trường Chính trị tỉnh tổ chức mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 – 20/11/2026). Đến dự có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo "
        "dục và Đào tạo cùng các thế hệ nhà giáo của Trường qua các thời kỳ."
    ),
    blocks=[
        P(
            "Sáng 20/11, Trường Chính trị tỉnh tổ chức mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026). Đến dự có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo "
            "dục và Đào tạo cùng các thế hệ nhà giáo của Trường qua các thời kỳ.",
            "lead",
        ),
        Img(f"{UP}/2026/11/mit-tinh-20-11-2026-1.jpg", "Quang cảnh buổi mít tinh", "Quang cảnh buổi mít tinh", "wpcap"),
        P(
            "Ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam, diễn văn tại buổi mít tinh khẳng định: "
            "trải qua hơn 60 năm xây dựng và phát triển, các thế hệ cán bộ, giảng viên của Trường luôn giữ "
            "vững phẩm chất chính trị, tận tụy với nghề, góp phần đào tạo hàng vạn cán bộ cho hệ thống chính "
            "trị của tỉnh."
        ),
        Img(
            f"{UP}/2026/11/mit-tinh-20-11-2026-2.jpg",
            "(Lãnh đạo Nhà trường tặng hoa chúc mừng các thế hệ nhà giáo)",
            "Lãnh đạo Nhà trường tặng hoa chúc mừng các thế hệ nhà giáo",
            "em",
        ),
        P(
            "Năm học 2025 – 2026, Nhà trường có 4 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp tỉnh, 2 "
            "đề tài khoa học cấp tỉnh được nghiệm thu đạt loại xuất sắc. Nhiều giảng viên trẻ đã bảo vệ thành "
            "công luận văn thạc sĩ, luận án tiến sĩ."
        ),
        P(
            "Nhân dịp này, Nhà trường đã trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 3 nhà giáo và tặng "
            "giấy khen cho 12 cá nhân có thành tích tiêu biểu trong năm học."
        ),
        Img(
            f"{UP}/2026/11/mit-tinh-20-11-2026-3.jpg",
            "Các nhà giáo nhận Kỷ niệm chương “Vì sự nghiệp giáo dục”",
            "Các nhà giáo nhận Kỷ niệm chương “Vì sự nghiệp giáo dục”",
            "bremph",
        ),
        P(
            "Buổi mít tinh khép lại trong không khí ấm áp với chương trình văn nghệ do cán bộ, viên chức và "
            "học viên các lớp trung cấp lý luận chính trị biểu diễn."
        ),
        _right("<strong>Tin: Trần Quốc Bảo - Ảnh: Lê Hữu Phước</strong>"),
    ],
    authors=["Trần Quốc Bảo"],
    photographers=["Lê Hữu Phước"],
    opts={"dt": "2026-11-20 00:00", "modified": "21/11/2026 10:42"},
)

B2 = Story(
    id=1826,
    slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
    title="Vận dụng phương pháp dạy học tích cực trong giảng dạy các môn lý luận chính trị",
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-18T09:30:00+07:00",
    summary=(
        "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của học viên là yêu cầu "
        "cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị tại các trường chính trị tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Học viên các lớp trung cấp lý luận chính trị phần lớn là cán bộ đang công tác, có kinh nghiệm "
            "thực tiễn phong phú. Vì vậy, phương pháp thuyết trình một chiều không còn phù hợp, dễ gây nhàm "
            "chán và hạn chế khả năng vận dụng lý luận vào thực tiễn."
        ),
        P("Một số phương pháp được vận dụng hiệu quả", "h3"),
        P(
            "Phương pháp nêu vấn đề: giảng viên đặt ra những câu hỏi gắn với thực tiễn địa phương để học "
            "viên cùng thảo luận, tìm lời giải.",
            "li",
        ),
        P(
            "Phương pháp tình huống: xây dựng các tình huống quản lý từ thực tế cơ sở, yêu cầu học viên phân "
            "tích, đề xuất phương án xử lý.",
            "li",
        ),
        P(
            "Phương pháp làm việc nhóm: chia lớp thành các nhóm nhỏ, mỗi nhóm trình bày một nội dung và phản "
            "biện lẫn nhau.",
            "li",
        ),
        P(
            "Qua thực tế giảng dạy tại Khoa Lý luận cơ sở, việc kết hợp linh hoạt các phương pháp trên giúp "
            "học viên hứng thú hơn, tỷ lệ học viên phát biểu xây dựng bài tăng rõ rệt, kết quả thi hết học "
            "phần được nâng lên."
        ),
        P(
            "Để vận dụng hiệu quả, giảng viên cần đầu tư thời gian nghiên cứu thực tiễn, chuẩn bị kỹ hệ thống "
            "câu hỏi, tình huống; Nhà trường cần tiếp tục đầu tư cơ sở vật chất, trang thiết bị dạy học hiện đại."
        ),
        _right("<strong>TS. Lê Văn Tâm</strong><br />\n<em>Phó Trưởng khoa Lý luận cơ sở</em>"),
    ],
    authors=["Lê Văn Tâm"],
    opts={
        "dt": "2026-11-18 09:30",
        "comments": [
            (23, "Huỳnh Ngọc Ánh", "2026-11-19 20:15",
             "Bài viết rất thiết thực. Xin tác giả chia sẻ thêm một số tình huống mẫu đã sử dụng trên lớp."),
        ],
    },
)

C2 = Story(
    id=1820,
    slug=C2_SLUG,
    title="Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-16T07:45:00+07:00",
    summary=(
        "Sáng 16/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng lớp Bồi dưỡng "
        "kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026 với 96 học viên."
    ),
    blocks=[
        P(
            "Sáng 16/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng lớp Bồi dưỡng "
            "kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026 với 96 học viên.",
            "lead",
        ),
        P(
            "Học viên tham gia lớp học là trưởng thôn, bí thư chi bộ, chi hội trưởng các đoàn thể ở các thôn, "
            "khối phố trên địa bàn tỉnh."
        ),
        P("Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề:"),
        P("Quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân;", "li"),
        P("Phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ;", "li"),
        P("Xây dựng, huy động lực lượng dân quân tự vệ, dự bị động viên ở cơ sở;", "li"),
        P("Công tác bảo đảm an ninh trật tự, an toàn giao thông ở địa bàn dân cư.", "li"),
        Img(
            f"{UP}/2026/11/khai-giang-qpan-dt4-2026.jpg",
            "Đại diện Bộ Chỉ huy Quân sự tỉnh phát biểu tại lễ khai giảng",
            "Đại diện Bộ Chỉ huy Quân sự tỉnh phát biểu tại lễ khai giảng",
            "wpcap",
        ),
        P("Thời gian | Nội dung | Báo cáo viên", "row"),
        P("16/11 – 17/11 | Chuyên đề 1, 2 | Bộ Chỉ huy Quân sự tỉnh", "row"),
        P("18/11 – 19/11 | Chuyên đề 3, 4 | Công an tỉnh", "row"),
        P("20/11 | Viết thu hoạch, bế giảng | Trường Chính trị tỉnh", "row"),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Võ Văn Thành đề nghị học viên chấp hành nghiêm "
            "nội quy, quy chế, tích cực nghiên cứu, trao đổi để vận dụng kiến thức vào thực tiễn công tác ở cơ sở."
        ),
        _right("<em>Tin, ảnh: Phòng Quản lý đào tạo</em>"),
    ],
    authors=["Phòng Quản lý đào tạo"],
    photographers=["Phòng Quản lý đào tạo"],
    opts={"dt": "2026-11-16 07:45", "also": ["tin-tuc-su-kien"]},
)

A5 = Story(
    id=1814,
    slug="doan-vien-cong-doan-truong-tham-gia-ngay-hoi-van-hoa-the-thao",
    title="Đoàn viên Công đoàn Trường tham gia Ngày hội Văn hóa – Thể thao công nhân, viên chức tỉnh",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T16:10:00+07:00",
    blocks=[
        P(
            "Từ ngày 8 đến 10/11, 25 đoàn viên Công đoàn Trường Chính trị tỉnh đã tham gia Ngày hội Văn hóa – "
            "Thể thao công nhân, viên chức, người lao động tỉnh năm 2026 do Liên đoàn Lao động tỉnh tổ chức "
            "tại thành phố Tam Kỳ."
        ),
        P(
            "Đoàn tham gia 4 nội dung gồm: bóng chuyền hơi nữ, kéo co, cầu lông và hội diễn văn nghệ. Với "
            "tinh thần thi đấu đoàn kết, trung thực, đoàn Công đoàn Trường đã giành 1 giải Nhì môn bóng chuyền "
            "hơi nữ và 1 giải Ba môn kéo co nam nữ phối hợp."
        ),
        Img(
            f"{UP}/2026/11/bong-chuyen-hoi-nu-cd-truong.jpg",
            "Đội bóng chuyền hơi nữ Công đoàn Trường nhận giải Nhì",
            "Đội bóng chuyền hơi nữ Công đoàn Trường nhận giải Nhì",
            "em",
        ),
        P(
            "Tiết mục múa “Sắc màu Quảng Nam” của đoàn cũng được Ban Tổ chức đánh giá cao, đạt giải Khuyến "
            "khích tại hội diễn."
        ),
        P(
            "Hoạt động là dịp để đoàn viên công đoàn rèn luyện sức khỏe, giao lưu, học hỏi và tăng cường tinh "
            "thần đoàn kết, gắn bó trong tập thể."
        ),
        _right("<strong>Thu Sương</strong>"),
    ],
    authors=["Thu Sương"],
    opts={"dt": "2026-11-12 16:10", "tags": ["cong-doan"], "form": "nfd"},
)

B3 = Story(
    id=1808,
    slug="phat-huy-vai-tro-giam-sat-phan-bien-xa-hoi-cua-mat-tran-o-co-so",
    title="Phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc ở cơ sở",
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-05T10:00:00+07:00",
    blocks=[
        P(
            "Giám sát và phản biện xã hội là hai chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, được quy "
            "định trong Hiến pháp năm 2013 và Luật Mặt trận Tổ quốc Việt Nam. Ở cơ sở, việc thực hiện tốt các "
            "chức năng này góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh, củng cố niềm tin của "
            "nhân dân."
        ),
        P(
            "Theo số liệu của Ủy ban Mặt trận Tổ quốc tỉnh, trong giai đoạn 2021 – 2025, Mặt trận các cấp "
            "trong tỉnh đã chủ trì hơn 1.200 cuộc giám sát và 340 hội nghị phản biện xã hội đối với các dự "
            "thảo nghị quyết, đề án của địa phương."
        ),
        P(
            "Tuy vậy, hoạt động giám sát ở một số nơi còn nặng về hình thức, chưa tập trung vào những vấn đề "
            "bức xúc, được dư luận quan tâm như quản lý đất đai, đầu tư xây dựng cơ bản, chính sách an sinh xã "
            "hội. Việc theo dõi, đôn đốc thực hiện các kiến nghị sau giám sát chưa thường xuyên."
        ),
        P(
            "Để nâng cao hiệu quả, cần tiếp tục quán triệt sâu sắc Quy định số 124-QĐ/TW của Bộ Chính trị về "
            "giám sát của Mặt trận Tổ quốc; lựa chọn nội dung giám sát sát thực tiễn; phát huy vai trò của "
            "Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng; đồng thời bồi dưỡng kỹ năng giám sát, "
            "phản biện cho đội ngũ cán bộ Mặt trận cơ sở."
        ),
        _right("<strong>Hoàng Thị Kim Oanh</strong>"),
        _right("<em>(Theo Tạp chí Mặt trận)</em>"),
    ],
    authors=["Hoàng Thị Kim Oanh"],
    source="Tạp chí Mặt trận",
    opts={"dt": "2026-11-05 10:00"},
)

A6 = Story(
    id=1802,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-28T13:30:00+07:00",
    blocks=[
        P(
            "Từ ngày 26 đến 28/10, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp Trường năm "
            "2026. Tham gia hội thi có 11 giảng viên đến từ 4 khoa chuyên môn."
        ),
        P(
            "Mỗi giảng viên trình bày một bài giảng thuộc chương trình trung cấp lý luận chính trị trong thời "
            "gian 45 phút, có ứng dụng công nghệ thông tin và các phương pháp dạy học tích cực. Ban Giám khảo "
            "đánh giá theo các tiêu chí về nội dung, phương pháp, tác phong sư phạm và khả năng liên hệ thực tiễn."
        ),
        Img(
            f"{UP}/2026/10/hoi-thi-gv-day-gioi-2026.jpg",
            "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
            "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
            "word",
        ),
        P("Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 2 giải Khuyến khích. Các giải Nhất, Nhì gồm:"),
        P("Giải | Họ và tên | Đơn vị", "row"),
        P("Nhất | Nguyễn Thị Thanh Hương | Khoa Xây dựng Đảng", "row"),
        P("Nhất | Trần Văn Hùng | Khoa Lý luận cơ sở", "row"),
        P("Nhì | Lê Thị Mai | Khoa Nhà nước và pháp luật", "row"),
        P("Nhì | Phạm Ngọc Lâm | Khoa Dân vận", "row"),
        P("Nhì | Đinh Thị Hạnh | Khoa Lý luận cơ sở", "row"),
        P(
            "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, nâng cao trình độ chuyên môn, nghiệp vụ; đồng "
            "thời là cơ sở để Nhà trường lựa chọn giảng viên tham gia Hội thi giảng viên dạy giỏi các trường "
            "chính trị khu vực miền Trung – Tây Nguyên năm 2027."
        ),
        Raw("<!--word-byline-->"),
    ],
    authors=["Minh Khoa"],
    opts={"dt": "2026-10-28 13:30", "form": "word", "byline": "Minh Khoa"},
)

B4 = Story(
    id=1795,
    slug="giai-phap-dau-tranh-phan-bac-quan-diem-sai-trai-tren-khong-gian-mang",
    title="Một số giải pháp đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
    cat="nghien-cuu-trao-doi",
    published_at="2026-10-22T15:00:00+07:00",
    summary=(
        "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trên không "
        "gian mạng là nhiệm vụ thường xuyên, cấp bách của cả hệ thống chính trị, trong đó các trường chính "
        "trị có vai trò quan trọng."
    ),
    blocks=[
        P(
            "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trên không "
            "gian mạng là nhiệm vụ thường xuyên, cấp bách của cả hệ thống chính trị, trong đó các trường chính "
            "trị có vai trò quan trọng.",
            "lead",
        ),
        P(
            "Thời gian qua, các thế lực thù địch triệt để lợi dụng mạng xã hội để xuyên tạc chủ nghĩa Mác – "
            "Lênin, tư tưởng Hồ Chí Minh, phủ nhận vai trò lãnh đạo của Đảng. Nghị quyết số 35-NQ/TW của Bộ "
            "Chính trị đã xác định rõ yêu cầu tăng cường bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới.[1]"
        ),
        P(
            "Tại Trường Chính trị tỉnh, Ban Chỉ đạo 35 của Nhà trường đã xây dựng lực lượng nòng cốt gồm 24 "
            "đồng chí là giảng viên, chuyên viên có kinh nghiệm; định kỳ mỗi quý tổ chức tọa đàm chuyên đề và "
            "hướng dẫn kỹ năng nhận diện thông tin xấu độc cho học viên."
        ),
        Raw(
            '<p><iframe title="Tọa đàm bảo vệ nền tảng tư tưởng của Đảng" width="800" height="450" '
            'src="https://www.youtube.com/embed/q8Ys1TctQn4?feature=oembed" frameborder="0" allow="accelerometer; '
            'autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
            'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></p>'
        ),
        P("Để nâng cao hiệu quả công tác này, cần thực hiện đồng bộ một số giải pháp:"),
        P("Đưa nội dung bảo vệ nền tảng tư tưởng của Đảng vào tất cả các chương trình đào tạo, bồi dưỡng;", "oli"),
        P("Nâng cao kỹ năng sử dụng mạng xã hội, kỹ năng viết bài phản bác cho đội ngũ giảng viên;", "oli"),
        P("Phát huy vai trò của học viên là cán bộ cơ sở trong việc định hướng dư luận tại địa phương.", "oli"),
        _right("<strong>ThS. Phạm Văn Dũng</strong> – Khoa Nhà nước và pháp luật"),
        P(
            "[1] Bộ Chính trị: Nghị quyết số 35-NQ/TW ngày 22/10/2018 về tăng cường bảo vệ nền tảng tư tưởng "
            "của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.",
            "fn",
        ),
    ],
    authors=["Phạm Văn Dũng"],
    opts={"dt": "2026-10-22 15:00", "tags": ["chuyen-doi-so", "hoc-tap-lam-theo-bac"]},
)

C3 = Story(
    id=1789,
    slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-44",
    title="Bế giảng lớp Trung cấp lý luận chính trị khóa 44 hệ không tập trung",
    cat="dao-tao-boi-duong",
    published_at="2026-10-15T16:30:00+07:00",
    blocks=[
        P(
            "Chiều 15/10, Trường Chính trị tỉnh tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 87 học viên "
            "lớp Trung cấp lý luận chính trị khóa 44 hệ không tập trung mở tại Trung tâm Chính trị thị xã Điện Bàn."
        ),
        P(
            "Sau 12 tháng học tập, các học viên đã hoàn thành chương trình theo quy định. Kết quả, có 21 học "
            "viên tốt nghiệp loại giỏi, 62 học viên loại khá và 4 học viên loại trung bình; không có học viên "
            "vi phạm quy chế."
        ),
        Img(
            f"{UP}/2026/10/be-giang-tc-k44.jpg",
            "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên đạt thành tích xuất sắc",
            "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên đạt thành tích xuất sắc",
            "wpcap",
        ),
        P(
            "Phát biểu tại lễ bế giảng, đồng chí Hiệu trưởng Nguyễn Văn Sơn chúc mừng các học viên và đề nghị "
            "mỗi học viên tiếp tục tự học, tự rèn luyện, vận dụng sáng tạo những kiến thức đã học vào thực tiễn "
            "công tác tại địa phương, đơn vị."
        ),
        Img(f"{UP}/2026/10/be-giang-tc-k44-chup-anh-luu-niem.jpg", None, None, "none"),
        _right("<strong>Tin, ảnh: Nguyễn Văn Hòa</strong>"),
    ],
    authors=["Nguyễn Văn Hòa"],
    photographers=["Nguyễn Văn Hòa"],
    opts={"dt": "2026-10-15 16:30", "tags": ["lop-trung-cap-llct"]},
)

STORIES: list[Story] = [A1, A2, B1, C1, A3, A4, B2, C2, A5, B3, A6, B4, C3]
BY_ID = {s.id: s for s in STORIES}
MOST_READ = [A4, C1, B1, A1, C2]


def permalink(story: Story) -> str:
    return f"/{story.cat}/{story.slug}/"


def _categories(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("also", [])]


def _in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if cat in _categories(s)]


def _in_tag(tag: str) -> list[Story]:
    return [s for s in STORIES if tag in s.opts.get("tags", [])]


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/{c}/{story.slug}/" for c in story.opts.get("also", [])]
    alts += [f"{permalink(story)}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[s.cat], canonical_path=permalink(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

PAGE_PATHS = {
    "/gioi-thieu/": 14,
    "/gioi-thieu/lich-su-hinh-thanh/": 212,
    "/gioi-thieu/co-cau-to-chuc/": 214,
    "/dao-tao/": 31,
    "/lien-he/": 16,
}
NON_ARTICLES = list(PAGE_PATHS)


# --- small helpers ------------------------------------------------------------------------

def _eid(label: str) -> str:
    """Elementor's 7-hex element ids, deterministic per label."""
    return hashlib.md5(label.encode("utf-8")).hexdigest()[:7]


_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def wpt(value: str, nfd: bool = False) -> str:
    """Text as WordPress prints it: escaped, then wptexturize's numeric entities."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = _html.escape(s, quote=False)
    for ch, ent in _TEXTURIZE.items():
        s = s.replace(ch, ent)
    return s


def typed(value: str) -> str:
    """What the editor typed before wptexturize (og:title, <title>, the feed)."""
    return value.replace("“", '"').replace("”", '"').replace("–", "-").replace("…", "...")


def _dt(story: Story) -> datetime:
    return datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M")


_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def vi_date(dt: datetime) -> str:
    return f"{dt.day} Tháng {_MONTHS[dt.month - 1]}, {dt.year}"


def vi_time(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d} {'sáng' if dt.hour < 12 else 'chiều'}"


def utc_iso(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _slug_anchor(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^A-Za-z0-9 ]", "", s).strip()
    return re.sub(r"\s+", "_", s)


def _thumb(src: str, size: str = "400x250") -> str:
    stem, ext = src.rsplit(".", 1)
    return f"{stem}-{size}.{ext}"


def _featured(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else f"{UP}/2024/03/anh-dai-dien-mac-dinh.jpg"


def _widget(kind: str, inner: str, label: str, extra: str = "", settings: str = "", skin: str = "default") -> str:
    eid = _eid(label)
    data = f" data-settings='{settings}'" if settings else ""
    return (
        f'<div class="elementor-element elementor-element-{eid} {extra} elementor-widget elementor-widget-{kind}" '
        f'data-id="{eid}" data-element_type="widget"{data} data-widget_type="{kind}.{skin}">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


def _con(inner: str, label: str, parent: bool = True, boxed: bool = True, extra: str = "") -> str:
    eid = _eid(label)
    kind = "e-parent" if parent else "e-child"
    width = "e-con-boxed" if boxed else "e-con-full"
    body = f'<div class="e-con-inner">\n{inner}\n</div>' if boxed else inner
    return (
        f'<div class="elementor-element elementor-element-{eid} {width} e-flex e-con {kind} {extra}" '
        f'data-id="{eid}" data-element_type="container" '
        f"data-settings='{{\"content_width\":\"{'boxed' if boxed else 'full'}\"}}'>\n{body}\n</div>"
    )


def _heading(text_html: str, label: str, tag: str = "h2") -> str:
    return _widget(
        "heading",
        f'<{tag} class="elementor-heading-title elementor-size-default">{text_html}</{tag}>',
        label,
    )


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [
        ("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh/"),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/"),
    ]),
    ("Tin tức", "/tin-tuc-su-kien/", []),
    ("Đào tạo", "/dao-tao/", []),
    ("Nghiên cứu", "/nghien-cuu-trao-doi/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu_items(base: str, current: str, mobile: bool) -> str:
    out = []
    tab = ' tabindex="-1"' if mobile else ""
    for n, (label, href, children) in enumerate(_MENU):
        item_id = 101 + n * 3
        cls = f"menu-item menu-item-type-{'custom' if href == '/' else 'post_type'} menu-item-{item_id}"
        if children:
            cls += " menu-item-has-children"
        if href == current:
            cls += " current-menu-item"
        sub = ""
        if children:
            lis = "".join(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{item_id + k + 1}">'
                f'<a href="{base}{h}" class="elementor-sub-item"{tab}>{esc(lab)}</a></li>'
                for k, (lab, h) in enumerate(children)
            )
            sub = f'<ul class="sub-menu elementor-nav-menu--dropdown">{lis}</ul>'
        out.append(
            f'<li class="{cls}"><a href="{base}{href}" class="elementor-item"{tab}>{esc(label)}</a>{sub}</li>'
        )
    return "\n".join(out)


def _header(base: str, current: str) -> str:
    topbar = _con(
        _widget("text-editor", f'<p><i class="far fa-calendar-alt"></i> {HEADER_TODAY}</p>', "hdr-date")
        + _widget(
            "icon-list",
            '<ul class="elementor-icon-list-items elementor-inline-items">'
            '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">'
            "Đường dây nóng: 0235.3852 146</span></li>"
            '<li class="elementor-icon-list-item elementor-inline-item"><a href="https://www.facebook.com/truongchinhtriquangnam">'
            '<span class="elementor-icon-list-icon"><i class="fab fa-facebook-f"></i></span>'
            '<span class="elementor-icon-list-text">Facebook</span></a></li></ul>',
            "hdr-hotline",
        ),
        "hdr-top",
        extra="tct-topbar",
    )
    logo = _con(
        _widget(
            "theme-site-logo",
            f'<a href="{base}/"><img width="120" height="120" src="{base}{UP}/2024/03/logo-tct-quang-nam.png" '
            f'class="attachment-full size-full wp-image-8" alt="{SITE_NAME}" /></a>',
            "hdr-logo",
            extra="elementor-widget-image",
        )
        + _heading("ĐẢNG CỘNG SẢN VIỆT NAM<br>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NAM", "hdr-name", "p")
        + _widget(
            "search-form",
            f'<form class="elementor-search-form" action="{base}/" method="get" role="search">'
            '<div class="elementor-search-form__container"><label class="elementor-screen-only" '
            'for="elementor-search-form-6c1a">Tìm kiếm</label><input id="elementor-search-form-6c1a" '
            'placeholder="Tìm kiếm..." class="elementor-search-form__input" type="search" name="s" value="">'
            '<button class="elementor-search-form__submit" type="submit" aria-label="Tìm kiếm">'
            '<i aria-hidden="true" class="fas fa-search"></i></button></div></form>',
            "hdr-search",
        ),
        "hdr-logo-row",
    )
    nav = _widget(
        "nav-menu",
        '<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container '
        'elementor-nav-menu--layout-horizontal e--pointer-background e--animation-fade">'
        f'<ul id="menu-1-{_eid("nav")}" class="elementor-nav-menu">{_menu_items(base, current, False)}</ul></nav>'
        '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Chuyển đổi Menu" '
        'aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open '
        'eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>'
        '<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">'
        f'<ul id="menu-2-{_eid("nav")}" class="elementor-nav-menu">{_menu_items(base, current, True)}</ul></nav>',
        "hdr-nav",
        extra="elementor-nav-menu__align-start elementor-nav-menu--dropdown-tablet",
        skin="default",
    )
    return (
        '<header data-elementor-type="header" data-elementor-id="2104" class="elementor elementor-2104 '
        'elementor-location-header" data-elementor-post-type="elementor_library">\n'
        f'{topbar}\n{logo}\n{_con(nav, "hdr-nav-row", extra="tct-mainnav")}\n</header>'
    )


def _footer(base: str) -> str:
    cols = (
        _widget(
            "text-editor",
            f"<p><strong>{SITE_NAME.upper()}</strong></p>"
            "<p>Địa chỉ: Số 02 đường Hùng Vương, phường Tân Thạnh, thành phố Tam Kỳ, tỉnh Quảng Nam</p>"
            "<p>Điện thoại: 0235.3852 146 – Fax: 0235.3852 145</p>"
            '<p>Email: <a href="mailto:truongchinhtri@quangnam.gov.vn">truongchinhtri@quangnam.gov.vn</a></p>',
            "ftr-addr",
        )
        + _widget(
            "text-editor",
            "<p>Chịu trách nhiệm chính: TS. Nguyễn Văn Sơn – Hiệu trưởng</p>"
            "<p>Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Quảng Nam cấp ngày 15/3/2024.</p>"
            "<p>Ghi rõ nguồn “Trường Chính trị tỉnh Quảng Nam” khi phát hành lại thông tin từ website này.</p>",
            "ftr-license",
        )
    )
    copy = _widget(
        "text-editor",
        f"<p>© 2026 {SITE_NAME}. Thiết kế và vận hành: Trung tâm Công nghệ thông tin và Truyền thông Quảng Nam.</p>",
        "ftr-copy",
    )
    return (
        '<footer data-elementor-type="footer" data-elementor-id="2109" class="elementor elementor-2109 '
        'elementor-location-footer" data-elementor-post-type="elementor_library">\n'
        f'{_con(cols, "ftr-cols", extra="tct-ftr")}\n{_con(copy, "ftr-copy-row")}\n</footer>'
    )


def _sidebar(base: str) -> str:
    wpp = "\n".join(
        f'<li><a href="{base}{permalink(s)}" target="_self"><img src="{base}/wp-content/uploads/'
        f'wordpress-popular-posts/{s.id}-featured-75x75.jpg" width="75" height="75" alt="" class="wpp-thumbnail '
        f'wpp_featured wpp_cached_thumb" decoding="async" loading="lazy"></a> <a href="{base}{permalink(s)}" '
        f'class="wpp-post-title" target="_self">{wpt(s.title)}</a> <span class="wpp-meta post-stats">'
        f'<span class="wpp-views">{s.views() * 7} lượt xem</span></span></li>'
        for s in MOST_READ
    )
    popular = _heading("Tin đọc nhiều", "sb-pop-h", "h4") + _widget(
        "wp-widget-wpp", f'<div class="popular-posts"><ul class="wpp-list">\n{wpp}\n</ul></div>', "sb-pop"
    )
    links = _heading("Liên kết website", "sb-links-h", "h4") + _widget(
        "html",
        "<select class=\"tct-lk\" onchange=\"if(this.value)window.open(this.value)\">"
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>'
        '<option value="https://www.quangnam.gov.vn">Cổng thông tin điện tử tỉnh Quảng Nam</option>'
        '<option value="https://baoquangnam.vn">Báo Quảng Nam</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option></select>',
        "sb-links",
    )
    banners = _widget(
        "image",
        '<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="'
        f'{base}{UP}/2024/03/banner-dich-vu-cong.jpg" width="300" height="90" alt="Cổng dịch vụ công quốc gia" /></a>',
        "sb-banner",
    )
    poll = _heading("Thăm dò ý kiến", "sb-poll-h", "h4") + _widget(
        "wp-widget-polls-widget",
        '<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" '
        'method="post"><p><strong>Bạn đánh giá thế nào về chất lượng bài giảng tại Trường?</strong></p>'
        '<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /> '
        '<label for="poll-answer-7">Rất tốt</label></li><li><input type="radio" id="poll-answer-8" name="poll_3" '
        'value="8" /> <label for="poll-answer-8">Tốt</label></li><li><input type="radio" id="poll-answer-9" '
        'name="poll_3" value="9" /> <label for="poll-answer-9">Cần cải thiện</label></li></ul>'
        '<p><input type="button" name="vote" value="Bình chọn" class="Buttons" /></p></form></div>',
        "sb-poll",
    )
    counter = _heading("Thống kê truy cập", "sb-cnt-h", "h4") + _widget(
        "shortcode",
        '<div class="elementor-shortcode"><ul class="tct-tk"><li>Đang online: <b>27</b></li>'
        "<li>Hôm nay: <b>412</b></li><li>Tháng này: <b>9.837</b></li><li>Tổng truy cập: <b>1.284.560</b></li></ul></div>",
        "sb-cnt",
    )
    return _con(popular + links + banners + poll + counter, "sidebar", parent=False, boxed=False, extra="tct-cot-phai")


_HEAD_ASSETS = (
    "<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />\n"
    "<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.10' media='all' />\n"
    "<link rel='stylesheet' id='elementor-pro-css' href='/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.25.4' media='all' />\n"
    "<link rel='stylesheet' id='elementor-post-2104-css' href='/wp-content/uploads/elementor/css/post-2104.css?ver=1733101144' media='all' />\n"
    "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n"
)


def _page(
    base: str,
    *,
    title_tag: str,
    body_class: str,
    content: str,
    canonical: str | None,
    current_menu: str,
    head_extra: str = "",
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
) -> str:
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    return (
        '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="profile" href="https://gmpg.org/xfn/11">\n'
        f"<meta name='robots' content='{robots}' />\n"
        "<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f"<title>{esc(title_tag)}</title>\n{canon}"
        '<meta property="og:locale" content="vi_VN" />\n'
        f'<meta property="og:site_name" content="{SITE_NAME}" />\n{head_extra}'
        "<!-- / Yoast SEO plugin. -->\n"
        f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Dòng thông tin" href="{base}/feed/" />\n'
        f"{_HEAD_ASSETS}"
        f'<link rel="icon" href="{base}{UP}/2024/03/cropped-logo-tct-32x32.png" sizes="32x32" />\n'
        "</head>\n"
        f'<body class="{body_class} wp-custom-logo wp-embed-responsive hello-elementor-default elementor-default elementor-kit-6">\n'
        '<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>\n'
        f"{_header(base, current_menu)}\n{content}\n{_footer(base)}\n"
        "<script src='/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.25.4' id='elementor-pro-frontend-js'></script>\n"
        "<script>window.lazyLoadOptions={elements_selector:\"img[data-lazy-src],.rocket-lazyload\",data_src:\"lazy-src\"};</script>\n"
        "</body>\n</html>\n"
    )


def _breadcrumbs(base: str, crumbs: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in crumbs:
        if href is None:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
        else:
            parts.append(f'<span><a href="{base}{href}">{label}</a></span>')
    return _widget(
        "breadcrumbs",
        f'<p id="breadcrumbs"><span><span>{" » ".join(parts)}</span></span></p>',
        "crumbs",
    )


# --- article body ---------------------------------------------------------------------------

_LAZY_SVG = (
    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20683'%3E%3C/svg%3E"
)


def _img_tag(base: str, img: Img, wid: int, lazy: bool) -> str:
    src = base + img.src
    srcset = f"{src} 1024w, {_thumb(src, '300x200')} 300w, {_thumb(src, '768x512')} 768w"
    sizes = "(max-width: 1024px) 100vw, 1024px"
    attrs = f'class="aligncenter size-large wp-image-{wid}" width="1024" height="683" alt=""'
    if not lazy:
        return f'<img fetchpriority="high" decoding="async" {attrs} src="{src}" srcset="{srcset}" sizes="{sizes}" />'
    return (
        f'<img decoding="async" {attrs} src="{_LAZY_SVG}" data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" '
        f'data-lazy-src="{src}" /><noscript><img decoding="async" {attrs} src="{src}" srcset="{srcset}" '
        f'sizes="{sizes}" /></noscript>'
    )


def _footnotes(markup: str, entry: bool) -> str:
    if entry:
        return re.sub(r"^\[(\d+)\]", r'<a href="#_ftnref\1" name="_ftn\1">[\1]</a>', markup)
    return re.sub(r"\[(\d+)\]", r'<a href="#_ftn\1" name="_ftnref\1">[\1]</a>', markup)


_WORD_P = (
    '<p class="MsoNormal" style="margin-top:6.0pt;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;'
    'text-align:justify;text-indent:36.0pt;line-height:130%"><span lang="VI" style="font-size:14.0pt;'
    'line-height:130%;font-family:&quot;Times New Roman&quot;,serif">{}<o:p></o:p></span></p>'
)
_WORD_SPACER = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


def _word_text(value: str) -> str:
    s = wpt(value)
    return s.replace(", ", ",&nbsp;", 1)


def _elementor_banner(base: str) -> str:
    inner = (
        _widget(
            "image",
            f'<img width="900" height="220" src="{base}{UP}/2025/05/banner-hoc-tap-lam-theo-bac.jpg" '
            'class="attachment-full size-full wp-image-1545" alt="" />',
            "tpl1544-img",
        )
        + _heading("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "tpl1544-h")
        + _widget("text-editor", "<p>Chuyên trang tuyên truyền của Đảng bộ Trường Chính trị tỉnh Quảng Nam</p>", "tpl1544-t")
        + _widget(
            "button",
            '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" '
            f'href="{base}/tag/hoc-tap-lam-theo-bac/"><span class="elementor-button-content-wrapper">'
            '<span class="elementor-button-text">Xem chuyên trang</span></span></a></div>',
            "tpl1544-b",
        )
    )
    return (
        '<div data-elementor-type="section" data-elementor-id="1544" class="elementor elementor-1544" '
        f'data-elementor-post-type="elementor_library">\n{_con(inner, "tpl1544")}\n</div>'
    )


def _ez_toc() -> str:
    items = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-3'><a class=\"ez-toc-link ez-toc-heading-{n}\" "
        f'href="#{_slug_anchor(h)}" title="{esc(h)}">{wpt(h)}</a></li>'
        for n, h in enumerate(B1_TOC, 1)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter ez-toc-light-blue '
        'ez-toc-container-direction">\n<div class="ez-toc-title-container">\n<p class="ez-toc-title" '
        'style="cursor:inherit">Nội dung chính</p>\n<span class="ez-toc-title-toggle"><a href="#" '
        'class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle '
        'Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" '
        'style="display:none;">Toggle</span></span></span></a></span></div>\n'
        f"<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >{items}</ul></nav></div>"
    )


def render_content(story: Story, base: str) -> str:
    """The post's classic-editor HTML as the Post Content widget prints it."""
    form = story.opts.get("form", "")
    nfd = form == "nfd"
    out: list[str] = []
    blocks = story.blocks
    wid = story.id + 11
    seen_images = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "<!--ez-toc-->":
                out.append(_ez_toc())
            elif b.html == "<!--elementor-template-1544-->":
                out.append(_elementor_banner(base))
            elif b.html == "<!--word-byline-->":
                out.append(
                    '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                    f'style="font-size:14.0pt">{esc(story.opts["byline"])}<o:p></o:p></span></b></p>'
                )
            else:
                out.append(b.html.replace('href="/', f'href="{base}/'))
            i += 1
            continue
        if isinstance(b, Img):
            wid += 1
            tag = _img_tag(base, b, wid, lazy=seen_images > 0)
            seen_images += 1
            line = wpt(b.printed, nfd) if b.printed else ""
            if b.style == "wpcap":
                out.append(
                    f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 1024px" '
                    f'class="wp-caption aligncenter">{tag}<figcaption id="caption-attachment-{wid}" '
                    f'class="wp-caption-text">{line}</figcaption></figure>'
                )
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{line}</em></p>')
            elif b.style == "bremph":
                out.append(f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>')
            elif b.style == "word":
                out.append(f'<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">{tag}</span></p>')
                out.append(
                    '<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" '
                    f'style="font-size:12.0pt">{line}<o:p></o:p></span></i></p>'
                )
            else:
                out.append(f"<p>{tag}</p>")
            i += 1
            continue
        style = b.style
        t = wpt(b.text, nfd)
        if style in ("li", "oli"):
            tag = "ul" if style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{_footnotes(wpt(blocks[i].text, nfd), False)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if form == "word":
                    tds = "".join(
                        '<td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                        '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">'
                        f"{'<b>' if first else ''}{wpt(c)}{'</b>' if first else ''}<o:p></o:p></span></p></td>"
                        for c in cells
                    )
                else:
                    tds = "".join(
                        f'<td style="width: {100 // len(cells)}%;">{"<strong>" if first else ""}{wpt(c, nfd)}'
                        f'{"</strong>" if first else ""}</td>'
                        for c in cells
                    )
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            cls = ' class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"'
            attrs = cls if form == "word" else ' style="border-collapse: collapse; width: 100%;" border="1"'
            out.append(f"<table{attrs}>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        if style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{t}<br />\n{wpt(nxt.text, nfd)}</p>")
            i += 2
            continue
        if form == "word":
            out.append(_WORD_P.format(_word_text(b.text)))
            out.append(_WORD_SPACER)
        elif style in ("lead", "b"):
            out.append(f"<p><strong>{t}</strong></p>")
        elif style == "h3":
            if story.opts.get("toc"):
                anchor = _slug_anchor(b.text)
                out.append(
                    f'<h3><span class="ez-toc-section" id="{anchor}" ez-toc-data-id="#{anchor}"></span>{t}'
                    '<span class="ez-toc-section-end"></span></h3>'
                )
            else:
                out.append(f"<h3>{t}</h3>")
        elif style == "quote":
            out.append(f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>")
        elif style == "fn":
            out.append(f'<p style="text-align: justify;">{_footnotes(t, True)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{_footnotes(t, False)}</p>')
        i += 1
    return "\n".join(out)


def auto_excerpt(story: Story) -> str:
    words = " ".join(p.text for p in story.blocks if isinstance(p, P)).split()
    return " ".join(words[:55]) + (" […]" if len(words) > 55 else "")


# --- loop items, grids, pagination -----------------------------------------------------------

def _loop_item(story: Story, base: str, extra: str = "", excerpt: bool = True) -> str:
    href = base + permalink(story)
    thumb = base + _thumb(_featured(story))
    cat_classes = " ".join(f"category-{c}" for c in _categories(story))
    tag_classes = " ".join(f"tag-{t}" for t in story.opts.get("tags", []))
    exc = ""
    if excerpt:
        text_ = story.summary if story.sapo_outside else auto_excerpt(story)
        exc = _widget("theme-post-excerpt", wpt(text_), "loop-exc")
    inner = (
        _widget(
            "theme-post-featured-image",
            f'<a href="{href}"><img loading="lazy" decoding="async" width="400" height="250" src="{thumb}" '
            f'class="attachment-medium_large size-medium_large wp-image-{story.id + 12}" alt="" /></a>',
            "loop-img",
            extra="elementor-widget-image",
        )
        + _widget(
            "theme-post-title",
            f'<h3 class="elementor-heading-title elementor-size-default"><a href="{href}">{wpt(story.title)}</a></h3>',
            "loop-title",
            extra="elementor-widget-heading",
        )
        + _widget(
            "post-info",
            '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
            f'<li class="elementor-icon-list-item elementor-repeater-item-{_eid("loop-date")} elementor-inline-item" '
            'itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" '
            'class="far fa-clock"></i></span><span class="elementor-icon-list-text elementor-post-info__item '
            f'elementor-post-info__item--type-date"><time>{_dt(story).strftime("%d/%m/%Y")}</time></span></li></ul>',
            "loop-info",
        )
        + exc
    )
    return (
        f'<div data-elementor-type="loop-item" data-elementor-id="2231" class="elementor elementor-2231 {extra}'
        f'e-loop-item e-loop-item-{story.id} post-{story.id} post type-post status-publish format-standard '
        f'has-post-thumbnail hentry {cat_classes} {tag_classes}" data-elementor-post-type="elementor_library" '
        f'data-custom-edit-handle="1">\n{_con(inner, "loop-card", parent=False, boxed=False)}\n</div>'
    )


def _numbers(base: str, first_url: str, page_url, page: int, pages: int) -> str:
    """Elementor's "Numbers + Previous/Next" pagination."""
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return base + (first_url if n == 1 else page_url(n))

    parts = []
    if page > 1:
        parts.append(f'<a class="page-numbers prev" href="{url(page - 1)}">&laquo; Trước</a>')
    else:
        parts.append('<span class="page-numbers prev">&laquo; Trước</span>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(
                f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">Trang</span>{n}</span>'
            )
        else:
            parts.append(f'<a class="page-numbers" href="{url(n)}"><span class="elementor-screen-only">Trang</span>{n}</a>')
    if page < pages:
        parts.append(f'<a class="page-numbers next" href="{url(page + 1)}">Sau &raquo;</a>')
    else:
        parts.append('<span class="page-numbers next">Sau &raquo;</span>')
    return '<nav class="elementor-pagination" aria-label="Phân trang">\n' + "\n".join(parts) + "\n</nav>"


def _loop_grid(items: list[Story], base: str, label: str, tail: str, settings: str, cols: int = 3) -> str:
    cards = "\n".join(_loop_item(s, base) for s in items)
    if not cards:
        cards = '<div class="e-loop-nothing-found-message">Không tìm thấy bài viết nào.</div>'
    inner = (
        f'<div class="elementor-loop-container elementor-grid">\n<style id="loop-2231">.elementor-2231 '
        f".elementor-element.elementor-element-{_eid('loop-card')}{{--gap:8px;}}</style>\n{cards}\n</div>\n{tail}"
    )
    return _widget(
        "loop-grid",
        inner,
        label,
        extra=f"elementor-grid-{cols} elementor-grid-tablet-2 elementor-grid-mobile-1",
        settings=settings,
        skin="post",
    )


def _pages(n: int, per: int) -> int:
    return max(1, (n + per - 1) // per)


# --- page builders --------------------------------------------------------------------------

def _article_page(story: Story, base: str, query: dict[str, str]) -> str:
    dt = _dt(story)
    perma = permalink(story)
    cat_name = CATS[story.cat]
    head = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(typed(story.title))}" />\n'
        f'<meta property="og:description" content="{esc(typed(story.summary or auto_excerpt(story)))}" />\n'
        f'<meta property="og:url" content="{base}{perma}" />\n'
        f'<meta property="article:section" content="{esc(cat_name)}" />\n'
        f'<meta property="article:published_time" content="{utc_iso(dt)}" />\n'
        f'<meta property="article:modified_time" content="{utc_iso(dt + timedelta(hours=20, minutes=13))}" />\n'
        f'<meta property="og:image" content="{base}{_featured(story)}" />\n'
        f'<meta name="author" content="{CMS_ACCOUNT}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="{CMS_ACCOUNT}" />\n'
        '<meta name="twitter:label2" content="Ước tính thời gian đọc" /><meta name="twitter:data2" content="3 phút" />\n'
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Article",
                        "@id": f"{base}{perma}#article",
                        "headline": typed(story.title)[:110],
                        "datePublished": utc_iso(dt),
                        "dateModified": utc_iso(dt + timedelta(hours=20, minutes=13)),
                        "author": {"name": CMS_ACCOUNT, "@id": f"{base}/#/schema/person/5f1c0e"},
                        "articleSection": [CATS[c] for c in _categories(story)],
                        "inLanguage": "vi",
                    },
                    {
                        "@type": "BreadcrumbList",
                        "itemListElement": [
                            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                            {"@type": "ListItem", "position": 2, "name": cat_name, "item": f"{base}/{story.cat}/"},
                            {"@type": "ListItem", "position": 3, "name": typed(story.title)},
                        ],
                    },
                ],
            },
            ensure_ascii=False,
        )
        + "</script>\n"
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
    )
    crumbs = _breadcrumbs(base, [("Trang chủ", "/"), (esc(cat_name), f"/{story.cat}/"), (wpt(story.title), None)])
    title = _widget(
        "theme-post-title",
        f'<h1 class="elementor-heading-title elementor-size-default">{wpt(story.title)}</h1>',
        "single-title",
        extra="elementor-widget-heading",
    )
    comments = story.opts.get("comments", [])

    def li(label: str, icon: str, inner: str, kind: str, itemprop: str = "") -> str:
        prop = f' itemprop="{itemprop}"' if itemprop else ""
        return (
            f'<li class="elementor-icon-list-item elementor-repeater-item-{_eid(label)} elementor-inline-item"{prop}>'
            f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
            f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-{kind}">'
            f"{inner}</span></li>"
        )

    terms = ", ".join(
        f'<a href="{base}/{c}/" class="elementor-post-info__terms-list-item">{esc(CATS[c])}</a>' for c in _categories(story)
    )
    info_items = [
        li("pi-author", "far fa-user-circle", f'<span class="elementor-post-info__item-prefix">Đăng bởi </span>{CMS_ACCOUNT}', "author", "author"),
        li("pi-date", "fas fa-calendar", f"<time>{vi_date(dt)}</time>", "date", "datePublished"),
        li("pi-time", "far fa-clock", f"<time>{vi_time(dt)}</time>", "time"),
        li("pi-terms", "fas fa-tags", f'<span class="elementor-post-info__terms-list">{terms}</span>', "terms", "about"),
    ]
    if story.opts.get("modified"):
        info_items.append(li("pi-upd", "fas fa-sync", f"Cập nhật: {story.opts['modified']}", "custom"))
    info_items.append(li("pi-cmt", "far fa-comment-dots", f"{len(comments)} Bình luận", "comments", "commentCount"))
    info = _widget(
        "post-info",
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n' + "\n".join(info_items) + "\n</ul>",
        "single-info",
    )
    excerpt_text = story.summary if story.sapo_outside else auto_excerpt(story)
    excerpt = _widget("theme-post-excerpt", wpt(excerpt_text), "single-excerpt", extra="tct-sapo")
    toc_id = _eid("single-toc")
    toc = _widget(
        "table-of-contents",
        '<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Mục lục</h4>'
        f'<div class="elementor-toc__toggle-button elementor-toc__toggle-button--expand" role="button" tabindex="0" '
        f'aria-controls="elementor-toc__{toc_id}" aria-expanded="true" aria-label="Mở Mục lục">'
        '<i aria-hidden="true" class="fas fa-chevron-down"></i></div></div>'
        f'<div id="elementor-toc__{toc_id}" class="elementor-toc__body"><div class="elementor-toc__spinner-container">'
        '<i class="elementor-toc__spinner eicon-animation-spin eicon-loading" aria-hidden="true"></i></div></div>',
        "single-toc",
        settings='{"headings_by_tags":["h2","h3"],"container":".elementor-widget-theme-post-content","marker_view":"numbers",'
        '"no_headings_message":"Kh\\u00f4ng c\\u00f3 ti\\u00eau \\u0111\\u1ec1 n\\u00e0o","minimize_box":"yes","hierarchical_view":"yes"}',
    )
    content = _widget("theme-post-content", render_content(story, base), "single-content")
    tags = story.opts.get("tags", [])
    tag_widget = ""
    if tags:
        links = ", ".join(f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        tag_widget = _widget(
            "post-info",
            '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">'
            '<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">'
            f'<span class="elementor-post-info__item-prefix">Từ khóa: </span><span class="elementor-post-info__terms-list">{links}</span>'
            "</span></li></ul>",
            "single-tags",
        )
    share_btns = "".join(
        f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{net}" role="button" '
        f'tabindex="0" aria-label="Chia sẻ trên {net}"><span class="elementor-share-btn__icon"><i class="{icon}" '
        f'aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">'
        f"{label}</span></div></div></div>"
        for net, icon, label in [
            ("facebook", "fab fa-facebook", "Facebook"),
            ("twitter", "fab fa-x-twitter", "X"),
            ("email", "fas fa-envelope", "Email"),
            ("print", "fas fa-print", "In bài"),
        ]
    )
    share = _widget(
        "share-buttons",
        f'<div class="elementor-grid">{share_btns}</div>'
        f'<div class="zalo-share-button" data-href="{base}{perma}" data-oaid="579745863508352884" data-layout="1" '
        'data-color="blue" data-customize="false"></div>',
        "single-share",
        extra="elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient",
    )
    same = [s for s in STORIES if s.cat == story.cat]
    idx = same.index(story)
    older = same[idx + 1] if idx + 1 < len(same) else None
    newer = same[idx - 1] if idx > 0 else None
    nav_prev = (
        f'<a href="{base}{permalink(older)}" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev">'
        '<i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">Trước</span></span>'
        '<span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Bài trước</span>'
        f'<span class="post-navigation__prev--title">{wpt(older.title)}</span></span></a>'
        if older else ""
    )
    nav_next = (
        f'<a href="{base}{permalink(newer)}" rel="next"><span class="elementor-post-navigation__link__next">'
        '<span class="post-navigation__next--label">Bài sau</span>'
        f'<span class="post-navigation__next--title">{wpt(newer.title)}</span></span>'
        '<span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i class="fa fa-angle-right" '
        'aria-hidden="true"></i><span class="elementor-screen-only">Sau</span></span></a>'
        if newer else ""
    )
    postnav = _widget(
        "post-navigation",
        '<div class="elementor-post-navigation">'
        f'<div class="elementor-post-navigation__prev elementor-post-navigation__link">{nav_prev}</div>'
        '<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>'
        f'<div class="elementor-post-navigation__next elementor-post-navigation__link">{nav_next}</div></div>',
        "single-postnav",
    )
    replyto = query.get("replytocom")
    comments_html = _comments(story, base, replyto) if comments else ""
    related = [s for s in STORIES if s is not story][:4]
    slides = "\n".join(
        _loop_item(s, base, extra="swiper-slide ", excerpt=False).replace(
            'data-custom-edit-handle="1"', f'data-custom-edit-handle="1" role="group" aria-roledescription="slide" data-swiper-slide-index="{n}"'
        )
        for n, s in enumerate(related)
    )
    carousel = _heading("Bài viết liên quan", "single-rel-h", "h3") + _widget(
        "loop-carousel",
        f'<div class="swiper elementor-loop-container elementor-grid" role="list" dir="ltr">\n'
        f'<div class="swiper-wrapper" aria-live="off">\n{slides}\n</div>\n</div>'
        '<div class="elementor-swiper-button elementor-swiper-button-prev" role="button" tabindex="0" aria-label="Trang trước">'
        '<i aria-hidden="true" class="eicon-chevron-left"></i></div>'
        '<div class="elementor-swiper-button elementor-swiper-button-next" role="button" tabindex="0" aria-label="Trang sau">'
        '<i aria-hidden="true" class="eicon-chevron-right"></i></div>',
        "single-rel",
        settings='{"template_id":"2231","slides_to_show":"3","slides_to_scroll":"1","autoplay":"yes","infinite":"yes"}',
        skin="post",
    )
    main_col = _con(
        crumbs + title + info + excerpt + toc + content + tag_widget + share + postnav + comments_html + carousel,
        "single-main",
        parent=False,
        boxed=False,
        extra="tct-cot-trai",
    )
    cat_classes = " ".join(f"category-{c}" for c in _categories(story))
    body = (
        '<main id="content">\n<div data-elementor-type="single-post" data-elementor-id="2187" class="elementor elementor-2187 '
        f"elementor-location-single post-{story.id} post type-post status-publish format-standard has-post-thumbnail "
        f'hentry {cat_classes}" data-elementor-post-type="elementor_library">\n'
        f'{_con(main_col + _sidebar(base), "single-row")}\n</div>\n</main>'
    )
    robots = "noindex, follow" if replyto else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    return _page(
        base,
        title_tag=f"{typed(story.title)} - {SITE_NAME}",
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard elementor-page-2187",
        content=body,
        canonical=perma,
        current_menu="/" + story.cat + "/",
        head_extra=head,
        robots=robots,
    )


def _comments(story: Story, base: str, replyto: str | None) -> str:
    perma = base + permalink(story)
    items = []
    form = (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{title} '
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{perma}#respond"{{hide}}>Hủy</a></small></h3>'
        f'<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        'Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> '
        '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> '
        '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
        '<input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> '
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' /> "
        "<input type='hidden' name='comment_parent' id='comment_parent' value='{parent}' /></p></form></div>"
    )
    for n, (cid, who, when, said) in enumerate(story.opts["comments"]):
        w = datetime.strptime(when, "%Y-%m-%d %H:%M")
        parity = "even" if n % 2 == 0 else "odd"
        reply_form = ""
        if replyto == str(cid):
            reply_form = form.format(title=f"Trả lời {esc(who)}", hide="", parent=cid)
        items.append(
            f'<li id="comment-{cid}" class="comment {parity} thread-{parity} depth-1">\n'
            f'<article id="div-comment-{cid}" class="comment-body">\n<footer class="comment-meta">'
            "<div class=\"comment-author vcard\"><img alt='' src='https://secure.gravatar.com/avatar/"
            f"{hashlib.md5(who.encode()).hexdigest()}?s=42&#038;d=mm&#038;r=g' class='avatar avatar-42 photo' "
            f"height='42' width='42' loading='lazy' decoding='async'/><b class=\"fn\">{esc(who)}</b> "
            '<span class="says">nói:</span></div>\n'
            f'<div class="comment-metadata"><a href="{perma}#comment-{cid}"><time datetime="'
            f'{w.strftime("%Y-%m-%dT%H:%M:%S")}+07:00">{vi_date(w)} lúc {vi_time(w)}</time></a></div></footer>\n'
            f'<div class="comment-content"><p>{esc(said)}</p></div>\n'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{perma}?replytocom={cid}#respond" '
            f'data-commentid="{cid}" data-postid="{story.id}" data-belowelement="div-comment-{cid}" '
            f'data-respondelement="respond" data-replyto="Trả lời {esc(who)}" aria-label="Trả lời {esc(who)}">Trả lời</a></div>\n'
            f"</article>\n{reply_form}</li>"
        )
    bottom = "" if replyto else form.format(title="Để lại một bình luận", hide=' style="display:none;"', parent=0)
    count = len(story.opts["comments"])
    inner = (
        f'<section id="comments" class="comments-area">\n<h2 class="title-comments">{count} Bình luận</h2>\n'
        f'<ol class="comment-list">\n' + "\n".join(items) + f"\n</ol>\n{bottom}\n</section>"
    )
    return _widget("post-comments", inner, "single-comments", skin="theme_comments")


def _listing_page(
    base: str,
    *,
    crumbs: list[tuple[str, str | None]],
    heading: str,
    items: list[Story],
    pagination: str,
    title_tag: str,
    body_class: str,
    canonical: str | None,
    current_menu: str,
    head_extra: str = "",
    robots: str | None = None,
) -> str:
    grid = _loop_grid(
        items,
        base,
        "archive-grid",
        pagination,
        '{"template_id":"2231","pagination_type":"numbers_and_prev_next","_skin":"post","columns":"3"}',
    )
    main_col = _con(
        _breadcrumbs(base, crumbs)
        + _widget("theme-archive-title", f'<h1 class="elementor-heading-title elementor-size-default">{heading}</h1>', "arch-title", extra="elementor-widget-heading")
        + grid,
        "arch-main",
        parent=False,
        boxed=False,
        extra="tct-cot-trai",
    )
    content = (
        '<main id="content">\n<div data-elementor-type="archive" data-elementor-id="2193" class="elementor elementor-2193 '
        f'elementor-location-archive" data-elementor-post-type="elementor_library">\n'
        f'{_con(main_col + _sidebar(base), "arch-row")}\n</div>\n</main>'
    )
    kw = {"robots": robots} if robots else {}
    return _page(
        base,
        title_tag=title_tag,
        body_class=body_class,
        content=content,
        canonical=canonical,
        current_menu=current_menu,
        head_extra=head_extra,
        **kw,
    )


def _category_page(base: str, cat: str, page: int) -> str | None:
    posts = _in_cat(cat)
    pages = _pages(len(posts), ARCHIVE_PER_PAGE)
    if page < 1 or page > pages:
        return None
    items = posts[(page - 1) * ARCHIVE_PER_PAGE: page * ARCHIVE_PER_PAGE]
    name = CATS[cat]
    pag = _numbers(base, f"/{cat}/", lambda n: f"/{cat}/page/{n}/", page, pages)
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/")]
    if page == 1:
        crumbs.append((esc(name), None))
    else:
        crumbs += [(esc(name), f"/{cat}/"), (f"Trang {page}", None)]
    path = f"/{cat}/" if page == 1 else f"/{cat}/page/{page}/"
    rel = ""
    if page > 1:
        rel += f'<link rel="prev" href="{base}{"/" + cat + "/" if page == 2 else f"/{cat}/page/{page - 1}/"}" />\n'
    if page < pages:
        rel += f'<link rel="next" href="{base}/{cat}/page/{page + 1}/" />\n'
    suffix = f" - Trang {page} trên {pages}" if page > 1 else ""
    return _listing_page(
        base,
        crumbs=crumbs,
        heading=f"Chuyên mục: {esc(name)}",
        items=items,
        pagination=pag,
        title_tag=f"Lưu trữ {name}{suffix} - {SITE_NAME}",
        body_class=f"archive category category-{cat} elementor-page-2193" + (" paged" if page > 1 else ""),
        canonical=path,
        current_menu=f"/{cat}/",
        head_extra=rel,
    )


def _tag_page(base: str, tag: str) -> str:
    name = TAGS[tag]
    return _listing_page(
        base,
        crumbs=[("Trang chủ", "/"), (f"Lưu trữ thẻ: {esc(name)}", None)],
        heading=f"Thẻ: {esc(name)}",
        items=_in_tag(tag),
        pagination="",
        title_tag=f"Lưu trữ {name} - {SITE_NAME}",
        body_class=f"archive tag tag-{tag} elementor-page-2193",
        canonical=f"/tag/{tag}/",
        current_menu="",
    )


def _search_page(base: str, term: str) -> str:
    needle = unicodedata.normalize("NFC", term).lower().strip()
    found = [s for s in STORIES if needle and (needle in s.title.lower() or any(
        needle in p.text.lower() for p in s.blocks if isinstance(p, P)))][:ARCHIVE_PER_PAGE * 2]
    return _listing_page(
        base,
        crumbs=[("Trang chủ", "/"), (f"Bạn đã tìm kiếm cho {esc(term)}", None)],
        heading=f"Kết quả tìm kiếm cho: &#8220;{esc(term)}&#8221;",
        items=found,
        pagination="",
        title_tag=f"Bạn đã tìm kiếm cho {term} - {SITE_NAME}",
        body_class="search search-results elementor-page-2193",
        canonical=None,
        current_menu="",
        robots="noindex, follow",
    )


def _front_page(base: str, page: int) -> str | None:
    pages = _pages(len(STORIES), FRONT_PER_PAGE)
    if page < 1 or page > pages:
        return None
    items = STORIES[(page - 1) * FRONT_PER_PAGE: page * FRONT_PER_PAGE]
    nxt = f"{base}/page/{page + 1}/" if page < pages else ""
    tail = (
        '<span class="e-load-more-spinner"><i aria-hidden="true" class="fas fa-spinner"></i></span>\n'
        f'<div class="e-load-more-anchor" data-page="{page}" data-max-page="{pages}" data-next-page="{nxt}"></div>\n'
        + (
            '<div class="elementor-button-wrapper e-load-more-spinner"><a href="#" class="elementor-button-link '
            'elementor-button" role="button"><span class="elementor-button-content-wrapper"><span '
            'class="elementor-button-icon"><i aria-hidden="true" class="fas fa-angle-double-down"></i></span>'
            '<span class="elementor-button-text">Xem thêm tin</span></span></a></div>\n'
            if page < pages else ""
        )
        + '<div class="e-load-more-message"></div>'
    )
    news = _heading("TIN MỚI", "home-news-h") + _loop_grid(
        items,
        base,
        "home-news-grid",
        tail,
        '{"template_id":"2231","pagination_type":"load_more_on_click","load_more_spinner":{"value":"fas fa-spinner",'
        '"library":"fa-solid"},"_skin":"post","columns":"1","posts_per_page":"5"}',
        cols=1,
    )
    research = _heading(
        f'<a href="{base}/nghien-cuu-trao-doi/">NGHIÊN CỨU – TRAO ĐỔI</a>', "home-nc-h"
    ) + _loop_grid(
        _in_cat("nghien-cuu-trao-doi")[:3],
        base,
        "home-nc-grid",
        "",
        '{"template_id":"2231","_skin":"post","columns":"3","posts_per_page":"3"}',
    )
    notices = _heading("THÔNG BÁO", "home-tb-h", "h4") + _widget(
        "text-editor",
        f'<ul class="tct-tb"><li><a href="{base}{permalink(C1)}">{wpt(C1.title)}</a> <span class="tct-moi">Mới</span></li>'
        '<li>Lịch tiếp công dân của Hiệu trưởng tháng 12/2026: sáng thứ Năm hằng tuần tại Phòng 201.</li></ul>',
        "home-tb",
    )
    video = _heading("VIDEO", "home-vid-h", "h4") + _widget(
        "video",
        '<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video" '
        'data-src="https://www.youtube.com/embed/q8Ys1TctQn4"></div></div>',
        "home-vid",
    )
    left = _con(news, "home-left", parent=False, boxed=False, extra="tct-cot-trai")
    right = _con(notices + video, "home-right", parent=False, boxed=False, extra="tct-cot-phai")
    body = (
        '<main id="content" class="site-main post-12 page type-page status-publish hentry">\n'
        '<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12" data-elementor-post-type="page">\n'
        f'{_con(left + right, "home-row1")}\n{_con(research, "home-row2")}\n</div>\n</main>'
    )
    head = (
        '<meta property="og:type" content="website" />\n'
        f'<meta property="og:title" content="Trang chủ - {SITE_NAME}" />\n'
        f'<meta property="og:url" content="{base}/" />\n'
        '<meta name="description" content="Trang thông tin điện tử Trường Chính trị tỉnh Quảng Nam: tin tức, đào tạo, '
        'bồi dưỡng lý luận chính trị, nghiên cứu khoa học." />\n'
    )
    return _page(
        base,
        title_tag=f"Trang chủ - {SITE_NAME}" + (f" - Trang {page}" if page > 1 else ""),
        body_class="home page-template page-template-elementor_header_footer page page-id-12" + (" paged" if page > 1 else ""),
        content=body,
        canonical="/" if page == 1 else f"/page/{page}/",
        current_menu="/",
        head_extra=head,
    )


def _static_page(base: str, path: str, query: dict[str, str]) -> str | None:
    page_id = PAGE_PATHS[path]
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/")]
    widgets = ""
    if path == "/gioi-thieu/":
        title = "Giới thiệu"
        widgets = _widget(
            "text-editor",
            "<p>Trường Chính trị tỉnh Quảng Nam là cơ quan trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh, có chức năng "
            "tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở "
            "cơ sở; đào tạo trung cấp lý luận chính trị và bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên "
            "chức trên địa bàn tỉnh.</p><p>Trường được thành lập trên cơ sở Trường Đảng tỉnh Quảng Nam – Đà Nẵng "
            "(1963), qua nhiều lần đổi tên, đến năm 2008 mang tên Trường Chính trị tỉnh Quảng Nam.</p>",
            "gt-text",
        ) + _widget(
            "icon-list",
            '<ul class="elementor-icon-list-items">'
            f'<li class="elementor-icon-list-item"><a href="{base}/gioi-thieu/lich-su-hinh-thanh/"><span class="elementor-icon-list-text">Lịch sử hình thành và phát triển</span></a></li>'
            f'<li class="elementor-icon-list-item"><a href="{base}/gioi-thieu/co-cau-to-chuc/"><span class="elementor-icon-list-text">Cơ cấu tổ chức</span></a></li></ul>',
            "gt-list",
        )
    elif path == "/gioi-thieu/lich-su-hinh-thanh/":
        title = "Lịch sử hình thành và phát triển"
        crumbs.append(("Giới thiệu", "/gioi-thieu/"))
        widgets = _widget(
            "text-editor",
            "<p>Ngày 15 tháng 8 năm 1963, Tỉnh ủy Quảng Nam ra quyết định thành lập Trường Đảng tỉnh, đặt tại căn cứ "
            "miền núi phía Tây của tỉnh. Trong những năm kháng chiến, trường đã mở hàng chục lớp bồi dưỡng cho cán bộ "
            "xã, huyện.</p><p>Sau năm 1975, trường mang tên Trường Đảng tỉnh Quảng Nam – Đà Nẵng, đến năm 1997 khi tỉnh "
            "được tái lập, trường đổi tên thành Trường Chính trị tỉnh Quảng Nam.</p>"
            f'<p><img loading="lazy" decoding="async" src="{base}{UP}/2024/03/truong-chinh-tri-qn-xua.jpg" width="800" height="500" alt="" /></p>'
            "<p>Năm 2023, trường được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW của Ban Bí thư.</p>",
            "ls-text",
        )
    elif path == "/gioi-thieu/co-cau-to-chuc/":
        title = "Cơ cấu tổ chức"
        crumbs.append(("Giới thiệu", "/gioi-thieu/"))
        rows = [
            ("Ban Giám hiệu", "Hiệu trưởng và 02 Phó Hiệu trưởng"),
            ("Phòng Tổ chức – Hành chính", "0235.3852 146"),
            ("Phòng Quản lý đào tạo", "0235.3852 147"),
            ("Khoa Xây dựng Đảng", "Giảng dạy các chuyên đề xây dựng Đảng"),
            ("Khoa Lý luận cơ sở", "Giảng dạy lý luận Mác – Lênin, tư tưởng Hồ Chí Minh"),
            ("Khoa Nhà nước và pháp luật", "Giảng dạy quản lý nhà nước, pháp luật"),
            ("Khoa Dân vận", "Giảng dạy công tác dân vận"),
        ]
        trs = "".join(f"<tr><td>{wpt(a)}</td><td>{wpt(b)}</td></tr>" for a, b in rows)
        widgets = _widget("text-editor", f"<table><tbody>{trs}</tbody></table>", "cc-table")
    elif path == "/lien-he/":
        title = "Liên hệ"
        widgets = _widget(
            "text-editor",
            f"<p><strong>{SITE_NAME.upper()}</strong></p><p>Địa chỉ: Số 02 đường Hùng Vương, phường Tân Thạnh, "
            "thành phố Tam Kỳ, tỉnh Quảng Nam</p><p>Điện thoại: 0235.3852 146</p><p>Email: truongchinhtri@quangnam.gov.vn</p>",
            "lh-text",
        ) + _widget(
            "form",
            f'<form class="elementor-form" method="post" name="Liên hệ" action="{base}/wp-admin/admin-ajax.php">'
            '<input type="hidden" name="post_id" value="16"/><input type="hidden" name="form_id" value="3e1f5a0"/>'
            '<input type="hidden" name="action" value="elementor_pro_forms_send_form"/>'
            '<div class="elementor-form-fields-wrapper elementor-labels-above">'
            '<div class="elementor-field-group elementor-column elementor-field-type-text"><label for="form-field-name" '
            'class="elementor-field-label">Họ và tên</label><input size="1" type="text" name="form_fields[name]" '
            'id="form-field-name" class="elementor-field elementor-size-sm elementor-field-textual"></div>'
            '<div class="elementor-field-group elementor-column elementor-field-type-textarea"><label for="form-field-message" '
            'class="elementor-field-label">Nội dung</label><textarea class="elementor-field-textual elementor-field" '
            'name="form_fields[message]" id="form-field-message" rows="4"></textarea></div>'
            '<div class="elementor-field-group elementor-column elementor-field-type-submit"><button type="submit" '
            'class="elementor-button elementor-size-sm"><span class="elementor-button-text">Gửi</span></button></div>'
            "</div></form>",
            "lh-form",
        ) + _widget(
            "google_maps",
            '<div class="elementor-custom-embed"><iframe loading="lazy" src="https://maps.google.com/maps?q=Tr%C6%B0%E1%BB%9Dng'
            '%20Ch%C3%ADnh%20tr%E1%BB%8B%20t%E1%BB%89nh%20Qu%E1%BA%A3ng%20Nam&amp;t=m&amp;z=15&amp;output=embed&amp;iwloc=near" '
            'title="Bản đồ" aria-label="Bản đồ"></iframe></div>',
            "lh-map",
        )
    else:  # /dao-tao/
        title = "Đào tạo"
        posts = _in_cat("dao-tao-boi-duong")
        pages = _pages(len(posts), DAOTAO_PER_PAGE)
        key = f"e-page-{DAOTAO_WIDGET}"
        try:
            page = int(query.get(key, "1"))
        except ValueError:
            return None
        if page < 1 or page > pages:
            return None
        items = posts[(page - 1) * DAOTAO_PER_PAGE: page * DAOTAO_PER_PAGE]
        pag = _numbers(base, "/dao-tao/", lambda n: f"/dao-tao/?{key}={n}", page, pages)
        widgets = _widget(
            "text-editor",
            "<p>Nhà trường tổ chức đào tạo trung cấp lý luận chính trị (hệ tập trung và không tập trung), bồi dưỡng "
            "cán bộ lãnh đạo, quản lý cấp phòng, bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4, bồi dưỡng "
            "đảng viên mới, bồi dưỡng nghiệp vụ công tác Đảng, Mặt trận và các đoàn thể.</p>",
            "dt-text",
        ) + _widget(
            "text-editor",
            "<table><tbody><tr><td><strong>Chương trình</strong></td><td><strong>Thời gian</strong></td></tr>"
            "<tr><td>Trung cấp lý luận chính trị</td><td>8 – 12 tháng</td></tr>"
            "<tr><td>Bồi dưỡng kiến thức QP-AN đối tượng 4</td><td>5 ngày</td></tr>"
            "<tr><td>Bồi dưỡng lý luận chính trị cho đảng viên mới</td><td>7 ngày</td></tr></tbody></table>",
            "dt-table",
        ) + _heading("Tin đào tạo, bồi dưỡng", "dt-grid-h", "h3") + _widget(
            "loop-grid",
            '<div class="elementor-loop-container elementor-grid">\n'
            + "\n".join(_loop_item(s, base) for s in items)
            + f"\n</div>\n{pag}",
            "dt-grid",
            extra="elementor-grid-2 elementor-grid-tablet-2 elementor-grid-mobile-1",
            settings='{"template_id":"2231","pagination_type":"numbers_and_prev_next","_skin":"post","columns":"2"}',
            skin="post",
        ).replace(f"elementor-element-{_eid('dt-grid')} ", f"elementor-element-{DAOTAO_WIDGET} ", 1).replace(
            f'data-id="{_eid("dt-grid")}"', f'data-id="{DAOTAO_WIDGET}"', 1
        )
    crumbs.append((esc(title), None))
    main_col = _con(
        _breadcrumbs(base, crumbs)
        + _widget("theme-page-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(title)}</h1>', "pg-title", extra="elementor-widget-heading")
        + widgets,
        "pg-main",
        parent=False,
        boxed=False,
        extra="tct-cot-trai",
    )
    body = (
        f'<main id="content" class="site-main post-{page_id} page type-page status-publish hentry">\n'
        f'<div data-elementor-type="wp-page" data-elementor-id="{page_id}" class="elementor elementor-{page_id}" '
        f'data-elementor-post-type="page">\n{_con(main_col + _sidebar(base), "pg-row")}\n</div>\n</main>'
    )
    head = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(title)} - {SITE_NAME}" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
        '<meta property="article:modified_time" content="2026-09-14T02:31:40+00:00" />\n'
    )
    return _page(
        base,
        title_tag=f"{title} - {SITE_NAME}",
        body_class=f"page-template-default page page-id-{page_id} elementor-default elementor-page elementor-page-{page_id}",
        content=body,
        canonical=path,
        current_menu=path,
        head_extra=head,
    )


def _feed(base: str) -> str:
    items = []
    for s in STORIES[:10]:
        dt = _dt(s) - timedelta(hours=7)
        items.append(
            f"<item>\n<title>{esc(typed(s.title))}</title>\n<link>{base}{permalink(s)}</link>\n"
            f"<dc:creator><![CDATA[{CMS_ACCOUNT}]]></dc:creator>\n"
            f"<pubDate>{dt.strftime('%a, %d %b %Y %H:%M:%S')} +0000</pubDate>\n"
            f"<category><![CDATA[{CATS[s.cat]}]]></category>\n"
            f'<guid isPermaLink="false">{base}/?p={s.id}</guid>\n'
            f"<description><![CDATA[{typed(s.summary or auto_excerpt(s))}]]></description>\n</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>{SITE_NAME}</title>\n<atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
        f"<link>{base}</link>\n<description>Trang thông tin điện tử</description>\n"
        "<lastBuildDate>Fri, 04 Dec 2026 08:20:00 +0000</lastBuildDate>\n<language>vi</language>\n"
        "<generator>https://wordpress.org/?v=6.6.2</generator>\n" + "\n".join(items) + "\n</channel>\n</rss>\n"
    )


# --- the site -------------------------------------------------------------------------------

_CAT_PAGE = re.compile(r"^/([a-z0-9-]+)/page/(\d+)/$")
_FRONT_PAGE = re.compile(r"^/page/(\d+)/$")
_TWO = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]+)/$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/wp-admin/admin-ajax.php":
            if request.method == "POST":
                return Response(
                    200,
                    b'{"success":false,"data":{"message":"Vui l\\u00f2ng nh\\u1eadp \\u0111\\u1ea7y \\u0111\\u1ee7 th\\u00f4ng tin."}}',
                    {"Content-Type": "application/json; charset=UTF-8"},
                )
            return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
        if path == "/wp-comments-post.php":
            return html(
                "<html><body><p><strong>Lỗi</strong>: Vui lòng điền vào các trường bắt buộc (tên, email).</p></body></html>",
                status=409,
            )
        base = base_url(request)
        params = request.params
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            target = path + "/" + (f"?{request.query}" if request.query else "")
            probe = Request(request.method, path + "/", request.query, request.headers)
            if self.respond(probe) is not None:
                return redirect(base + target, 301)
            return None
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(base + permalink(story), 301) if story else None
            if "s" in params:
                return html(_search_page(base, params["s"]))
            return html(_front_page(base, 1))
        if path == "/feed/":
            return Response(200, _feed(base), {"Content-Type": "application/rss+xml; charset=UTF-8"})
        m = _FRONT_PAGE.match(path)
        if m:
            n = int(m.group(1))
            if n == 1:
                return redirect(base + "/", 301)
            page = _front_page(base, n)
            return html(page) if page else None
        if path in PAGE_PATHS:
            page = _static_page(base, path, params)
            return html(page) if page else None
        if path.startswith("/tag/"):
            tag = path[len("/tag/"):].strip("/")
            return html(_tag_page(base, tag)) if tag in TAGS else None
        m = _CAT_PAGE.match(path)
        if m and m.group(1) in CATS:
            n = int(m.group(2))
            if n == 1:
                return redirect(f"{base}/{m.group(1)}/", 301)
            page = _category_page(base, m.group(1), n)
            return html(page) if page else None
        cat = path.strip("/")
        if cat in CATS:
            return html(_category_page(base, cat, 1))
        m = _TWO.match(path)
        if m:
            cat, slug = m.groups()
            for s in STORIES:
                if s.slug == slug and cat in _categories(s):
                    return html(_article_page(s, base, params))
        return None


def build_site() -> Site:
    return Site()
