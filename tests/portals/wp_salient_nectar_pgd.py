"""Phòng Giáo dục và Đào tạo thành phố Hội An (tỉnh Quảng Nam): WordPress 6 + Salient + WPBakery.

Platform
--------
WordPress 6.6 with the Salient theme (16.x) and its bundled WPBakery page builder ("nectar-…",
"row_col_wrap_12", "vc_column-inner", "wpb_wrapper" everywhere), Yoast SEO (canonical, og:*,
JSON-LD graph, breadcrumbs), LiteSpeed Cache (lazy images), Jetpack sharing (sharedaddy),
Easy Table of Contents, Reading Time WP, WP Last Modified Info, Post Views Counter, WP-Polls,
Contact Form 7. Vietnamese locale with the default date format "F j, Y", so dates print as
"Tháng Mười Hai 3, 2026" (month in words, day after it).

URL scheme
----------
- ``/``                                   static front page built with WPBakery (two
                                          nectar-post-grid blocks, nectar-fancy-box quick links)
- ``/chuyen-muc/<slug>/``, ``…/page/N/``   category archives, "post-area masonry classic_enhanced"
                                          cards, 4 posts a page; ``/page/1/`` 301s to the base
- ``/<slug>/``                            posts (post-name permalinks, no date) AND pages
                                          (Giới thiệu, Cơ cấu tổ chức, Liên hệ, Thư viện ảnh)
- ``/<post-slug>/<attachment-slug>/``     attachment pages of a gallery's photos
- ``/<slug>/embed/``                      WordPress embed card of a post (iframe target)
- ``/<slug>/?replytocom=N``               comment-reply variant of a post (same page)
- ``/<slug>/?share=facebook&nb=1``        Jetpack share button: 302 to facebook.com
- ``/the/<slug>/``, ``/tac-gia/<login>/`` tag and author archives (author ones paginated too)
- ``/?p=ID`` (shortlink) and ``/<slug>`` (no slash) 301 to ``/<slug>/``; ``/?s=`` search;
  ``/feed/`` RSS; ``/wp-content/uploads/YYYY/MM/<file>`` images and PDFs

Page templates
--------------
Every page: Salient ``#header-secondary-outer`` top bar with today's date ("Thứ Bảy,
05/12/2026"), hotline and e-mail; ``#header-outer`` with the logo and the ``sf-menu`` (drop-
downs), the off-canvas mobile menu repeating it, ``#footer-outer`` with three widget columns
(address, links, visitor counter) and ``#copyright``. Archives and posts have the blog sidebar
(search, "Bài viết mới", "Chuyên mục", "Thống kê truy cập", WP-Polls form, links select).

A post: Yoast breadcrumb, then a full-width hero ``#page-header-bg`` whose photo is a CSS
background, over it ``span.meta-category`` (every category of the post, alphabetical), the
``h1.entry-title`` and ``#single-below-header`` ("Bởi <account>", ``span.meta-date.date.
published`` and a hidden ``span.meta-date.date.updated.rich-snippet-hidden``); then
``.post-area > article > .post-content > .content-inner`` with the text, plugin widgets
before and after it, ``.post-tags``, ``#author-bio`` (the WordPress account), the comments and
their reply form, "Bài viết liên quan" (``related-post-wrap``) and the full-width prev/next
(``blog_next_prev_buttons``, same category).

How each gold article is reached
--------------------------------
Categories (4 posts a page, newest first): "Tin giáo dục" (tin-giao-duc: S2, S3, S6, S7 |
page 2: S9, S11), "Hoạt động chuyên môn" (hoat-dong-chuyen-mon: S3, S5, S8, S10 | page 2: S13),
"Thông báo" (thong-bao: S1, S4, S12). S3 is filed under two categories. The front page's
grids show S1–S4 (latest) and S1, S4 (Thông báo); the sidebar's "Bài viết mới" S1–S5; related
posts show the three newest of a category. S9, S11 and S13 are on no front page and no page 1
of a category: only on page 2 of it (behind the "Load More" button); besides, the tag and author
archives list them (S11 on page 1 of "Ban Biên tập", S9 and S13 on page 2 of "quantri", S13 on
its tags' pages), and other posts' prev/next, S9's embed and S8's "Xem thêm" link them.

Traps (each with the gold it implies; [new] = a kind the README does not name)
-----------------------------------------------------------------------------
1. [new] Lazy images twice over. LiteSpeed rewrites every content ``<img>``: ``src`` is a
   1×1 ``data:image/gif`` placeholder, the photo is in ``data-src``/``data-srcset`` and a
   ``<noscript>`` copy repeats it; WPBakery's image element (S7) uses Salient's own
   ``nectar-lazy`` with an SVG ``data:`` placeholder and ``data-nectar-img-src``. Gold: each
   photo once, at the real upload path as printed (the ``-1024x683`` size); no data: URI.
2. [new] The hero photo is a CSS ``background-image`` (a full-size copy of the first photo, or
   the generic Thông báo banner): not an ``<img>`` of the article, not in gold ``images``.
   Neither are listing/related/prev-next thumbnails, avatars, the logo, or emoji pictures.
3. [new] Several categories, one primary. S3 is in "Hoạt động chuyên môn" and "Tin giáo dục";
   the hero's ``meta-category`` prints both alphabetically (Hoạt động… first), the body class
   carries both, both archives list it. Gold category: "Tin giáo dục", the Yoast primary term
   the breadcrumb prints.
4. Dates in words, and the wrong ones around them. ``meta-date`` prints "Tháng Mười 12, 2026"
   (= 12 October, not December; "Tháng Mười Một 3" = 3 November); the hidden "updated" span in
   the same ``meta-date`` class says "Tháng Mười Hai 4th, 2026"; the "Cập nhật lần cuối vào …
   lúc 9:12 sáng" plugin line sits above the text; comments carry ``<time>`` with a clock;
   [new] Yoast's ``article:published_time`` and JSON-LD ``datePublished`` are in UTC, so posts
   made before 07:00 local time (S2, S13) show the previous day there. Gold: the printed
   publication day, no time ("2026-12-03", "2026-10-12").
5. [new] Attachment pages. S2's gallery links each photo to
   ``/<post-slug>/<attachment-slug>/``, a page with a title (the file name), a date, "Bởi
   quantri" and the photo: not articles (listed in NON_ARTICLES). Pages (Giới thiệu, Cơ cấu
   tổ chức, Liên hệ, Thư viện ảnh) share the posts' ``/<slug>/`` shape: NON_ARTICLES too.
6. Duplicates and fake links of a post. Comment "Trả lời" links ``?replytocom=N`` serve the
   very page (canonical to the clean URL) -> ``alt_paths``; [new] a post embedded in another
   (S13 in S9) is loaded from the iframe ``/<slug>/embed/`` that serves its title and excerpt
   -> ``alt_paths`` of S13; [new] the Jetpack Facebook button is an on-site link
   ``?share=facebook&nb=1`` that 302s to facebook.com (no article); ``/?p=ID`` and the
   slash-less slug 301 to the post.
7. [new] Plugin widgets inside ``.content-inner``: "Thời gian đọc: 3 phút" (Reading Time),
   the "Cập nhật lần cuối" line, the Easy Table of Contents box "Mục lục" whose list items
   repeat the headings (S1, S5; the headings carry ``span.ez-toc-section`` anchors), the file
   block "Tải xuống", the WPBakery ``nectar-fancy-box`` video box and the Salient button, the WP
   embed blockquote, "Xem thêm: <link>", "Lượt xem: N" and the sharedaddy "Chia sẻ:" box. Gold
   body: none of them (headings themselves are paragraphs, the TOC's items are not).
8. Bylines. The hero prints the WordPress account ("Bởi quantri", "Bởi Ban Biên tập") and the
   ``#author-bio`` box repeats it: nobody. The author is the signature at the end of the text:
   "Tin, ảnh: Trần Quốc Bảo" -> authors and photographers; "Tin: Lê Hoàng Vy – Ảnh: Phan Đức
   Minh" -> [Lê Hoàng Vy], [Phan Đức Minh]; "ThS. Võ Thị Kim Liên, Phó Trưởng phòng" -> "Võ Thị
   Kim Liên"; a name with its school after a dash or on a second line -> the name; units
   signing alone ("Bộ phận Trung học", "Tổ Chuyên môn Tiểu học") -> the unit.
9. Load More pagination. Archives print no page numbers: the only way to page 2 is the
   ``a.load-more`` button of ``#pagination`` (an absolute ``…/page/2/`` URL); the front page's
   nectar-post-grid "Xem thêm" and its category filters are ``href="#"`` AJAX (``data-query``
   JSON to admin-ajax.php). Cards hide their excerpt (CSS opacity until hover). Pages past the
   last 404.
10. [new] Text pasted from a Facebook fan page (S6): paragraphs are ``div[dir=auto]`` inside
    obfuscated ``x…`` class divs, each line opened by an emoji drawn as an ``<img alt="📍">``
    from fbcdn: a bullet, no text and no photo; one line starts with a typed "🌿" (kept).
11. An official notice (S4): letterhead table, "Số: 1186/TB-PGDĐT", "Hội An, ngày 30 tháng 11
    năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer under "KT. TRƯỞNG PHÒNG /
    PHÓ TRƯỞNG PHÒNG". Gold: published_at "2026-11-30" (the post itself is dated 1 December),
    author "Huỳnh Thị Thu Sương", body without the letterhead, kind/subject and closing.
12. [new] wptexturize: the text and titles print quotes and dashes as numeric references
    (``&#8220;``, ``&#8221;``, ``&#8211;``); "GD&amp;ĐT" in the chrome. Gold: the characters
    (“ ” –) as a reader sees them.
13. Word and Mac paste. S10 is Word HTML (``MsoNormal`` spans, ``<o:p>&nbsp;</o:p>`` spacer
    paragraphs, list items opened by a ``mso-list:Ignore`` "-" marker: no text); S11's text is
    decomposed Unicode (NFD). Gold: NFC text, no marker, no empty paragraph.
14. Captions in four forms: ``[caption]`` figure (``figcaption.wp-caption-text``, once in
    parentheses), Gutenberg ``figcaption.wp-element-caption``, a centred italic paragraph under
    the photo (once in parentheses), gallery ``figcaption.gallery-caption``; a line "Ảnh: Phan
    Đức Minh" alone is a credit (caption None). Parentheses are taken off; none is body.

Gold decisions on ambiguous points
----------------------------------
- published_at: the page shows only a day (``meta-date``); the UTC instants of the metadata
  are not a printed time, so the gold is the day alone. S4 takes the letterhead's day.
- summary: a sapo only where the text opens with a bold lead paragraph (S2, S13); og/meta
  description (an excerpt) is no sapo.
- images: the ``<img>`` photos of ``.content-inner`` in order, at the path of the printed
  (lazy) source; the gallery's ``-1024x683`` files, not the full-size files the links open.
- An embedded post's blockquote/iframe (S9) is a related-link widget, not text of S9.
- The Thông báo schedule table (S1): each row a paragraph, cells joined " | ", header row
  included; its "1. …" headings are paragraphs.
- The typed dateline-free texts keep "(20/11/1982 – 20/11/2026)" etc. as printed.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta
from html import escape as _escape
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "wp_salient_nectar_pgd"
PLATFORM = "WordPress 6 + Salient theme (WPBakery / nectar) + Yoast SEO, LiteSpeed lazy-load"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo thành phố Hội An"
SHORT = "Phòng GD&ĐT Hội An"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {
    "tin-giao-duc": "Tin giáo dục",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
CAT_IDS = {"tin-giao-duc": 3, "hoat-dong-chuyen-mon": 5, "thong-bao": 7}
TAGS = {
    "hoi-khoe-phu-dong": "Hội khỏe Phù Đổng",
    "giao-vien-day-gioi": "Giáo viên dạy giỏi",
    "chuyen-doi-so": "Chuyển đổi số",
    "chuong-trinh-gdpt-2018": "Chương trình GDPT 2018",
}
#: WordPress accounts: login -> display name (both are CMS accounts, never authors)
ACCOUNTS = {"quantri": "quantri", "bientap": "Ban Biên tập"}
ACCOUNT_BIO = {
    "quantri": "Quản trị Cổng thông tin điện tử Phòng GD&ĐT Hội An.",
    "bientap": "Ban Biên tập Cổng thông tin điện tử Phòng Giáo dục và Đào tạo thành phố Hội An.",
}

BANNER_TB = "/wp-content/uploads/2026/09/banner-thong-bao.jpg"


_TEXTURIZE = {
    "“": "&#8220;",
    "”": "&#8221;",
    "‘": "&#8216;",
    "’": "&#8217;",
    "–": "&#8211;",
    "—": "&#8212;",
    "…": "&#8230;",
}


def _tx(value: str, nfd: bool = False) -> str:
    """Text as wptexturize prints it: escaped, curly quotes and dashes as numeric references."""
    s = _escape(value, quote=False)
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return unicodedata.normalize("NFD", s) if nfd else s


def _byline(text: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{_tx(text)}</{tag}></p>')


# --- the 13 posts -----------------------------------------------------------------------------

S1 = Story(
    id=4821,
    slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-trung-hoc-co-so",
    title="Lịch kiểm tra cuối học kỳ I năm học 2026-2027 cấp trung học cơ sở",
    cat="thong-bao",
    published_at="2026-12-04",
    blocks=[
        P(
            "Căn cứ Kế hoạch thời gian năm học 2026-2027 của Ủy ban nhân dân tỉnh Quảng Nam và "
            "hướng dẫn của Sở Giáo dục và Đào tạo về kiểm tra, đánh giá học sinh trung học, Phòng "
            "Giáo dục và Đào tạo thành phố Hội An thông báo lịch kiểm tra cuối học kỳ I đối với "
            "các trường trung học cơ sở trên địa bàn như sau:"
        ),
        P("1. Các môn kiểm tra theo đề chung của Phòng", "h3"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "hrow"),
        P("Thứ Hai, 21/12/2026 | Sáng | Ngữ văn 6, 7, 8, 9 | 90 phút", "row"),
        P("Thứ Hai, 21/12/2026 | Chiều | Tiếng Anh 6, 7, 8, 9 | 60 phút", "row"),
        P("Thứ Ba, 22/12/2026 | Sáng | Toán 6, 7, 8, 9 | 90 phút", "row"),
        P("Thứ Ba, 22/12/2026 | Chiều | Khoa học tự nhiên 9 | 60 phút", "row"),
        P("2. Các môn do nhà trường tự ra đề", "h3"),
        P(
            "Các môn còn lại do nhà trường chủ động xây dựng ma trận, bản đặc tả và tổ chức kiểm "
            "tra trong thời gian từ ngày 14/12 đến ngày 26/12/2026, bảo đảm không quá hai môn "
            "trong một buổi."
        ),
        P("3. Một số lưu ý", "h3"),
        P(
            "Đề kiểm tra chung được gửi qua hộp thư điện tử công vụ của Hiệu trưởng trước giờ "
            "kiểm tra 30 phút; nhà trường tự in sao và bảo mật đề.",
            "li",
        ),
        P(
            "Bài kiểm tra môn Ngữ văn và Toán được tổ chức chấm chung theo cụm trường, hoàn "
            "thành trước ngày 28/12/2026.",
            "li",
        ),
        P(
            "Kết quả kiểm tra được cập nhật trên hệ thống cơ sở dữ liệu ngành chậm nhất ngày "
            "05/01/2027.",
            "li",
        ),
        P(
            "Đề nghị Hiệu trưởng các trường THCS triển khai đến giáo viên, học sinh và cha mẹ học "
            "sinh; trong quá trình thực hiện nếu có vướng mắc, liên hệ bộ phận Trung học của "
            "Phòng (điện thoại 0235 3861 247) để được hướng dẫn."
        ),
        Raw(
            '<div class="wp-block-file"><a id="wp-block-file--media-7f3c2a10" '
            'href="{base}/wp-content/uploads/2026/12/LichKT-HKI-THCS-2026-2027.pdf">'
            "LichKT-HKI-THCS-2026-2027</a><a href=\"{base}/wp-content/uploads/2026/12/"
            'LichKT-HKI-THCS-2026-2027.pdf" class="wp-block-file__button wp-element-button" '
            'download aria-describedby="wp-block-file--media-7f3c2a10">Tải xuống</a></div>'
        ),
        Raw('<p class="has-text-align-right"><strong>Bộ phận Trung học</strong></p>'),
    ],
    authors=["Bộ phận Trung học"],
    opts={
        "form": "gutenberg",
        "posted": "2026-12-04T15:10:00",
        "modified": "2026-12-04T15:32:00",
        "cats": ["thong-bao"],
        "account": "bientap",
        "featured": BANNER_TB,
        "toc": True,
    },
)

S2 = Story(
    id=4815,
    slug="soi-noi-hoi-khoe-phu-dong-thanh-pho-hoi-an-lan-thu-xi-nam-2026",
    title="Sôi nổi Hội khỏe Phù Đổng thành phố Hội An lần thứ XI năm 2026",
    cat="tin-giao-duc",
    published_at="2026-12-03",
    blocks=[
        P(
            "Trong ba ngày từ 28 đến 30/11/2026, tại Trung tâm Văn hóa – Thể thao thành phố và "
            "sân vận động Trường THCS Kim Đồng, hơn 1.200 vận động viên là học sinh của 38 trường "
            "tiểu học, trung học cơ sở trên địa bàn đã tranh tài tại Hội khỏe Phù Đổng thành phố "
            "Hội An lần thứ XI năm 2026.",
            "b",
        ),
        P(
            "Hội khỏe năm nay gồm 9 môn thi đấu: điền kinh, bơi lội, cờ vua, cờ tướng, bóng đá, "
            "bóng bàn, cầu lông, đá cầu và võ cổ truyền. Đây là lần đầu tiên môn võ cổ truyền "
            "được đưa vào chương trình thi đấu chính thức, nhận được sự hưởng ứng đông đảo của "
            "các trường ở khu vực Cẩm Hà, Thanh Hà và Cẩm Kim."
        ),
        Img(
            "/wp-content/uploads/2026/12/hkpd-khai-mac-1024x683.jpg",
            "Đồng chí Phó Chủ tịch UBND thành phố trao cờ lưu niệm cho các đơn vị tham gia Hội khỏe",
            "Đồng chí Phó Chủ tịch UBND thành phố trao cờ lưu niệm cho các đơn vị tham gia Hội khỏe",
            "wpcap",
        ),
        P(
            "Phát biểu khai mạc, đồng chí Phó Chủ tịch UBND thành phố Nguyễn Thế Hùng nhấn mạnh: "
            "Hội khỏe Phù Đổng là hoạt động thường xuyên nhằm đánh giá kết quả công tác giáo dục "
            "thể chất, hoạt động thể thao trong trường học, đồng thời là dịp để phát hiện, bồi "
            "dưỡng các tài năng thể thao trẻ cho thành phố."
        ),
        P(
            "Các trận đấu diễn ra trong tinh thần đoàn kết, trung thực và cao thượng. Nhiều nội "
            "dung có sự cạnh tranh quyết liệt như chạy 100 m nam, bơi ếch 50 m nữ và trận chung "
            "kết bóng đá nam giữa Trường THCS Nguyễn Duy Hiệu và Trường THCS Lý Tự Trọng, phải "
            "phân định thắng thua bằng loạt sút luân lưu."
        ),
        Img(
            "/wp-content/uploads/2026/12/hkpd-2026-bong-da-nu-1024x683.jpg",
            "Trận chung kết bóng đá nữ cấp tiểu học",
            "Trận chung kết bóng đá nữ cấp tiểu học",
            "gallery",
        ),
        Img(
            "/wp-content/uploads/2026/12/hkpd-2026-boi-ech-1024x683.jpg",
            "Nội dung bơi ếch 50 m nữ tại hồ bơi Trung tâm",
            "Nội dung bơi ếch 50 m nữ tại hồ bơi Trung tâm",
            "gallery",
        ),
        Img(
            "/wp-content/uploads/2026/12/hkpd-2026-co-vua-1024x683.jpg",
            "Các kỳ thủ nhỏ tuổi thi đấu môn cờ vua",
            "Các kỳ thủ nhỏ tuổi thi đấu môn cờ vua",
            "gallery",
        ),
        P(
            "Kết quả, Trường THCS Kim Đồng xếp nhất toàn đoàn khối trung học cơ sở; Trường Tiểu "
            "học Sơn Phong xếp nhất toàn đoàn khối tiểu học. Ban Tổ chức đã trao 96 huy chương "
            "vàng, 96 huy chương bạc và 134 huy chương đồng cho các vận động viên."
        ),
        P(
            "Thành phố sẽ chọn 64 vận động viên xuất sắc để tập huấn, tham gia Hội khỏe Phù Đổng "
            "tỉnh Quảng Nam dự kiến tổ chức vào tháng 3/2027."
        ),
        _byline("Tin, ảnh: Trần Quốc Bảo"),
    ],
    authors=["Trần Quốc Bảo"],
    photographers=["Trần Quốc Bảo"],
    summary=(
        "Trong ba ngày từ 28 đến 30/11/2026, tại Trung tâm Văn hóa – Thể thao thành phố và "
        "sân vận động Trường THCS Kim Đồng, hơn 1.200 vận động viên là học sinh của 38 trường "
        "tiểu học, trung học cơ sở trên địa bàn đã tranh tài tại Hội khỏe Phù Đổng thành phố "
        "Hội An lần thứ XI năm 2026."
    ),
    opts={
        "form": "classic",
        "posted": "2026-12-03T06:20:00",
        "modified": "2026-12-04T09:12:00",
        "cats": ["tin-giao-duc"],
        "tags": ["hoi-khoe-phu-dong"],
        "account": "quantri",
        "featured": "/wp-content/uploads/2026/12/hkpd-khai-mac.jpg",
        "share": True,
        "comments": [
            (57, "Ngọc Trâm", "2026-12-03T09:14:22",
             "Chúc mừng các em vận động viên nhỏ tuổi! Mong năm sau có thêm môn bóng rổ."),
            (58, "Phụ huynh lớp 5/2", "2026-12-03T20:41:05",
             "Cảm ơn Phòng đã tổ chức chu đáo, các cháu rất vui."),
        ],
    },
)

S3 = Story(
    id=4809,
    slug="chuyen-de-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-1-tai-truong-tieu-hoc-cam-chau",
    title="Chuyên đề “Phát triển năng lực đọc cho học sinh lớp 1” tại Trường Tiểu học Cẩm Châu",
    cat="tin-giao-duc",
    published_at="2026-12-01",
    blocks=[
        P(
            "Sáng 27/11/2026, Phòng Giáo dục và Đào tạo thành phố phối hợp với Trường Tiểu học "
            "Cẩm Châu tổ chức chuyên đề “Phát triển năng lực đọc cho học sinh lớp 1 theo Chương "
            "trình giáo dục phổ thông 2018”. Tham dự có cán bộ quản lý, tổ trưởng chuyên môn khối "
            "1 và giáo viên dạy lớp 1 của 18 trường tiểu học trên địa bàn."
        ),
        P(
            "Chuyên đề gồm hai tiết dạy minh họa môn Tiếng Việt do cô Lê Thị Thu Trang và cô Huỳnh "
            "Ngọc Diễm thực hiện. Các tiết dạy chú trọng tổ chức cho học sinh đọc thành tiếng, đọc "
            "hiểu văn bản ngắn qua tranh, kết hợp trò chơi “Ai nhanh mắt” và góc thư viện lớp học "
            "để tạo hứng thú cho các em."
        ),
        Img(
            "/wp-content/uploads/2026/12/cd-lop1-cam-chau-1-1024x768.jpg",
            "(Cô Lê Thị Thu Trang hướng dẫn học sinh đọc theo nhóm)",
            "Cô Lê Thị Thu Trang hướng dẫn học sinh đọc theo nhóm",
            "next",
        ),
        P(
            "Sau tiết dạy, các đại biểu tập trung thảo luận về những khó khăn thường gặp: học sinh "
            "đọc chậm, chưa phân biệt được các vần khó, một số em chưa quen ngồi học theo nhóm. "
            "Nhiều ý kiến chia sẻ kinh nghiệm sử dụng bảng chữ cái di động, phiếu đọc phân hóa và "
            "sự phối hợp với phụ huynh trong việc luyện đọc ở nhà."
        ),
        Img(
            "/wp-content/uploads/2026/12/cd-lop1-cam-chau-2-1024x768.jpg",
            "Giáo viên các trường trao đổi, góp ý sau tiết dạy minh họa",
            "Giáo viên các trường trao đổi, góp ý sau tiết dạy minh họa",
            "next",
        ),
        P(
            "Phát biểu kết luận, bà Trương Thị Lệ Hằng, chuyên viên phụ trách tiểu học của Phòng, "
            "đề nghị các trường tăng cường dự giờ, thăm lớp đối với giáo viên dạy lớp 1, duy trì "
            "15 phút đọc sách đầu giờ và có kế hoạch phụ đạo riêng cho những học sinh chưa đạt "
            "yêu cầu về đọc trước khi kết thúc học kỳ I."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Thị Mỹ Hạnh</strong><br />\n'
            "<em>Trường Tiểu học Cẩm Châu</em></p>"
        ),
    ],
    authors=["Nguyễn Thị Mỹ Hạnh"],
    opts={
        "form": "classic",
        "posted": "2026-12-01T16:40:00",
        "modified": "2026-12-02T18:05:00",
        "cats": ["hoat-dong-chuyen-mon", "tin-giao-duc"],
        "tags": ["chuong-trinh-gdpt-2018"],
        "account": "quantri",
        "featured": "/wp-content/uploads/2026/12/cd-lop1-cam-chau-1.jpg",
        "comments": [
            (55, "Cô giáo Hoa", "2026-12-02T07:30:10",
             "Chuyên đề rất thiết thực, mong Phòng chia sẻ kế hoạch bài dạy để các trường tham khảo."),
        ],
    },
)

_S4_SUBJECT = (
    "Về việc tiếp nhận hồ sơ đề nghị xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026"
)
S4 = Story(
    id=4802,
    slug="thong-bao-tiep-nhan-ho-so-de-nghi-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien-nam-2026",
    title="Thông báo tiếp nhận hồ sơ đề nghị xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody>\n'
            '<tr>\n<td style="width: 42%; text-align: center;">UBND THÀNH PHỐ HỘI AN<br />\n'
            "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>\n"
            '<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
            "NAM</strong><br />\n<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong></td>\n"
            '</tr>\n<tr>\n<td style="text-align: center;">Số: 1186/TB-PGDĐT</td>\n'
            '<td style="text-align: center;"><em>Hội An, ngày 30 tháng 11 năm 2026</em></td>\n'
            "</tr>\n</tbody></table>\n"
            f'<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
            f"<strong>{_S4_SUBJECT}</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 2871/KH-SGDĐT ngày 20/11/2026 của Sở Giáo dục và Đào tạo tỉnh "
            "Quảng Nam về việc tổ chức xét thăng hạng chức danh nghề nghiệp giáo viên mầm non, "
            "phổ thông công lập năm 2026;"
        ),
        P(
            "Phòng Giáo dục và Đào tạo thành phố Hội An thông báo đến các trường mầm non, tiểu "
            "học, trung học cơ sở trực thuộc về việc tiếp nhận hồ sơ như sau:"
        ),
        P(
            "1. Đối tượng: viên chức đang giữ chức danh giáo viên hạng III, hạng II có đủ tiêu "
            "chuẩn, điều kiện theo quy định tại các Thông tư số 01, 02, 03, 04/2021/TT-BGDĐT và "
            "Thông tư số 08/2023/TT-BGDĐT của Bộ Giáo dục và Đào tạo."
        ),
        P(
            "2. Hồ sơ gồm: đơn đăng ký dự xét; bản nhận xét, đánh giá của người đứng đầu đơn vị; "
            "bản sao văn bằng, chứng chỉ theo yêu cầu của chức danh dự xét; minh chứng về thành "
            "tích, nhiệm vụ đã thực hiện."
        ),
        P(
            "3. Thời gian nhận hồ sơ: từ ngày 03/12/2026 đến hết ngày 11/12/2026 (trong giờ hành "
            "chính), tại Bộ phận Tổ chức – Phòng Giáo dục và Đào tạo, số 13 Trần Hưng Đạo, phường "
            "Minh An."
        ),
        P(
            "Hiệu trưởng các đơn vị có trách nhiệm thông báo rộng rãi đến viên chức, rà soát hồ sơ "
            "và chịu trách nhiệm về tính chính xác của hồ sơ gửi về Phòng. Quá thời hạn nêu trên, "
            "Phòng không tiếp nhận hồ sơ bổ sung."
        ),
        Raw(
            '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody>\n<tr>\n'
            '<td style="width: 50%; vertical-align: top;"><em><strong>Nơi nhận:</strong></em>'
            "<br />\n- Các trường MN, TH, THCS;<br />\n- Lãnh đạo Phòng;<br />\n- Lưu: VT.</td>\n"
            '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG '
            "PHÒNG<br />\nPHÓ TRƯỞNG PHÒNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n"
            "<br />\n<strong>Huỳnh Thị Thu Sương</strong></td>\n</tr>\n</tbody></table>\n"
            '<p>Tệp đính kèm: <a href="{base}/wp-content/uploads/2026/12/'
            'Mau-don-dang-ky-xet-thang-hang-2026.pdf">Mau-don-dang-ky-xet-thang-hang-2026.pdf</a>'
            "</p>"
        ),
    ],
    authors=["Huỳnh Thị Thu Sương"],
    opts={
        "form": "classic",
        "posted": "2026-12-01T08:05:00",
        "modified": "2026-12-01T08:05:00",
        "cats": ["thong-bao"],
        "account": "bientap",
        "featured": None,
    },
)

S5 = Story(
    id=4796,
    slug="hoi-thi-giao-vien-day-gioi-cap-thanh-pho-bac-thcs-42-giao-vien-duoc-cong-nhan",
    title="Hội thi giáo viên dạy giỏi cấp thành phố bậc THCS: 42 giáo viên được công nhận",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-27",
    blocks=[
        P(
            "Từ ngày 09 đến 20/11/2026, Phòng Giáo dục và Đào tạo thành phố Hội An tổ chức Hội thi "
            "giáo viên dạy giỏi cấp thành phố bậc trung học cơ sở chu kỳ 2026-2028. Hội thi thu "
            "hút 57 giáo viên đến từ 10 trường THCS dự thi ở 11 môn học và hoạt động giáo dục."
        ),
        P("Hai phần thi, nhiều đổi mới", "h2"),
        P(
            "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy đã áp dụng tại "
            "đơn vị và thực hiện hai tiết dạy thực hành trên lớp, trong đó có một tiết được bốc "
            "thăm trước 3 ngày. Khác với các chu kỳ trước, năm nay Ban Tổ chức không chấm điểm "
            "giáo án mà tập trung đánh giá việc tổ chức hoạt động học của học sinh."
        ),
        Img(
            "/wp-content/uploads/2026/11/gvdg-thcs-2026-tiet-day-1024x683.jpg",
            "Tiết dạy môn Khoa học tự nhiên của thầy Đặng Văn Lực, Trường THCS Nguyễn Du",
            "Tiết dạy môn Khoa học tự nhiên của thầy Đặng Văn Lực, Trường THCS Nguyễn Du",
            "block",
        ),
        P(
            "Nhiều tiết dạy để lại ấn tượng tốt với hội đồng giám khảo nhờ vận dụng linh hoạt các "
            "phương pháp dạy học tích cực, sử dụng hiệu quả thiết bị thí nghiệm, học liệu số và "
            "bài giảng điện tử tự thiết kế."
        ),
        P("Kết quả hội thi", "h2"),
        P(
            "Kết quả, 42 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp thành phố, "
            "trong đó:"
        ),
        P("Môn Ngữ văn, Toán, Tiếng Anh: 19 giáo viên;", "li"),
        P("Môn Khoa học tự nhiên, Lịch sử và Địa lí: 12 giáo viên;", "li"),
        P(
            "Các môn Tin học, Công nghệ, Giáo dục công dân, Nghệ thuật, Giáo dục thể chất và Hoạt "
            "động trải nghiệm, hướng nghiệp: 11 giáo viên.",
            "li",
        ),
        P(
            "Trường THCS Kim Đồng và Trường THCS Huỳnh Thị Lựu là hai đơn vị có tỉ lệ giáo viên "
            "đạt danh hiệu cao nhất."
        ),
        P("Lan tỏa sau hội thi", "h2"),
        P(
            "Phòng Giáo dục và Đào tạo sẽ chọn 12 tiết dạy tiêu biểu để ghi hình, đăng tải trên "
            "kho học liệu số của thành phố, làm tư liệu sinh hoạt chuyên môn cho các trường trong "
            "học kỳ II."
        ),
        Raw('<p class="has-text-align-right"><strong>ThS. Võ Thị Kim Liên, Phó Trưởng phòng'
            "</strong></p>"),
    ],
    authors=["Võ Thị Kim Liên"],
    opts={
        "form": "gutenberg",
        "posted": "2026-11-27T10:30:00",
        "modified": "2026-11-28T17:45:00",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["giao-vien-day-gioi"],
        "account": "quantri",
        "featured": "/wp-content/uploads/2026/11/gvdg-thcs-2026-tiet-day.jpg",
        "share": True,
        "toc": True,
    },
)

S6 = Story(
    id=4788,
    slug="truong-thcs-ly-tu-trong-ra-quan-chu-nhat-xanh-lam-sach-bo-song-hoai",
    title="Trường THCS Lý Tự Trọng ra quân “Chủ nhật xanh” làm sạch bờ sông Hoài",
    cat="tin-giao-duc",
    published_at="2026-11-24",
    blocks=[
        P(
            "🌿 Sáng Chủ nhật 22/11/2026, hơn 300 đoàn viên, đội viên Trường THCS Lý Tự Trọng đã "
            "ra quân hưởng ứng ngày “Chủ nhật xanh” với chủ đề “Vì một Hội An sạch – xanh – không "
            "rác thải nhựa”."
        ),
        P("Địa điểm: tuyến bờ sông Hoài từ cầu An Hội đến khu vực chợ cá Hội An.", "fb:📍:1f4cd"),
        P("Thời gian: từ 6 giờ 30 đến 9 giờ 30.", "fb:⏰:23f0"),
        P(
            "Các em được chia thành 12 tổ, mỗi tổ phụ trách một đoạn bờ sông. Với găng tay, kẹp "
            "gắp rác và bao tải, các em đã thu gom gần 400 kg rác thải các loại, chủ yếu là túi ni "
            "lông, chai nhựa và vỏ hộp xốp."
        ),
        Img("/wp-content/uploads/2026/11/chu-nhat-xanh-ltt-1024x576.jpg", None, None, "bare"),
        P(
            "Không chỉ nhặt rác, các em còn phát tờ rơi, trò chuyện với tiểu thương và du khách về "
            "tác hại của rác thải nhựa đối với dòng sông và khu phố cổ. Nhiều du khách nước ngoài "
            "đã vui vẻ tham gia cùng các em."
        ),
        P(
            "Mỗi hành động nhỏ hôm nay là một đóng góp lớn cho môi trường ngày mai. Cảm ơn các bạn "
            "đội viên và quý thầy cô đã đồng hành!",
            "fb:💚:1f49a",
        ),
        Raw(
            '<div class="html-div xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs"><div dir="auto" '
            'style="text-align: end;"><em>Nguồn: Fanpage Liên đội Trường THCS Lý Tự Trọng</em>'
            "</div></div>"
        ),
    ],
    source="Fanpage Liên đội Trường THCS Lý Tự Trọng",
    opts={
        "form": "facebook",
        "posted": "2026-11-24T19:45:00",
        "modified": "2026-11-24T19:50:00",
        "cats": ["tin-giao-duc"],
        "account": "quantri",
        "featured": "/wp-content/uploads/2026/11/chu-nhat-xanh-ltt.jpg",
    },
)

S7 = Story(
    id=4779,
    slug="nganh-giao-duc-hoi-an-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Ngành Giáo dục Hội An gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    cat="tin-giao-duc",
    published_at="2026-11-20",
    blocks=[
        P(
            "Chiều 19/11/2026, tại Trung tâm Hội nghị thành phố, Phòng Giáo dục và Đào tạo phối "
            "hợp với Công đoàn ngành Giáo dục thành phố Hội An tổ chức buổi gặp mặt kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."
        ),
        P(
            "Đến dự có lãnh đạo Thành ủy, HĐND, UBND thành phố, đại diện các phòng, ban, đoàn thể "
            "cùng hơn 250 cán bộ quản lý, giáo viên, nhân viên tiêu biểu và các thầy cô giáo nghỉ "
            "hưu qua các thời kỳ."
        ),
        Img(
            "/wp-content/uploads/2026/11/20-11-2026-gap-mat-1024x683.jpg",
            "Các thầy cô giáo nghỉ hưu dự buổi gặp mặt",
            "Các thầy cô giáo nghỉ hưu dự buổi gặp mặt",
            "nectar",
        ),
        P(
            "Báo cáo tại buổi gặp mặt cho biết, năm học 2025-2026, toàn ngành có 100% trường đạt "
            "chuẩn quốc gia, tỉ lệ học sinh hoàn thành chương trình tiểu học đạt 99,8%, tỉ lệ học "
            "sinh lớp 9 tốt nghiệp trung học cơ sở đạt 99,6%. Thành phố có 87 học sinh đạt giải "
            "trong các kỳ thi, cuộc thi cấp tỉnh và 6 học sinh đạt giải cấp quốc gia."
        ),
        P(
            "Mỗi thầy cô giáo hôm nay không chỉ truyền thụ kiến thức mà còn là người truyền cảm "
            "hứng, giữ gìn nét đẹp văn hóa của quê hương Hội An cho các thế hệ học trò.",
            "quote",
        ),
        P(
            "Đó là chia sẻ của đồng chí Bí thư Thành ủy tại buổi gặp mặt. Đồng chí đề nghị ngành "
            "tiếp tục đổi mới quản trị nhà trường, đẩy mạnh chuyển đổi số và quan tâm hơn nữa đến "
            "đời sống tinh thần của đội ngũ."
        ),
        Img(
            "/wp-content/uploads/2026/11/20-11-2026-khen-thuong-1024x683.jpg",
            "Ảnh: Phan Đức Minh",
            None,
            "nectar",
        ),
        P(
            "Dịp này, Chủ tịch UBND thành phố tặng giấy khen cho 15 tập thể và 48 cá nhân có thành "
            "tích xuất sắc trong năm học 2025-2026; Công đoàn ngành trao 20 suất quà cho giáo viên "
            "có hoàn cảnh khó khăn."
        ),
        _byline("Tin: Lê Hoàng Vy – Ảnh: Phan Đức Minh", "em"),
    ],
    authors=["Lê Hoàng Vy"],
    photographers=["Phan Đức Minh"],
    opts={
        "form": "wpb",
        "posted": "2026-11-20T11:15:00",
        "modified": "2026-11-20T16:02:00",
        "cats": ["tin-giao-duc"],
        "account": "bientap",
        "featured": "/wp-content/uploads/2026/11/20-11-2026-gap-mat.jpg",
        "share": True,
    },
)

S13_SLUG = "trien-khai-nhiem-vu-giao-duc-stem-cap-tieu-hoc-nam-hoc-2026-2027"
S13_TITLE = "Triển khai nhiệm vụ giáo dục STEM cấp tiểu học năm học 2026 – 2027"

S8 = Story(
    id=4770,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-tieu-hoc",
    title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên tiểu học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-16",
    blocks=[
        P(
            "Nhằm nâng cao năng lực số cho đội ngũ, trong hai ngày 14 và 15/11/2026, Phòng Giáo "
            "dục và Đào tạo thành phố Hội An tổ chức lớp tập huấn “Ứng dụng trí tuệ nhân tạo trong "
            "thiết kế kế hoạch bài dạy” cho hơn 180 giáo viên tiểu học."
        ),
        P("Thời gian: sáng và chiều các ngày 14, 15/11/2026.", "br"),
        P("Địa điểm: phòng máy Trường Tiểu học Phan Chu Trinh và Trường Tiểu học Kim Đồng."),
        P(
            "Báo cáo viên là thầy Nguyễn Minh Tuấn, giảng viên Trường Đại học Sư phạm – Đại học "
            "Đà Nẵng. Nội dung tập huấn tập trung vào cách đặt câu lệnh cho các công cụ trí tuệ "
            "nhân tạo để gợi ý hoạt động khởi động, xây dựng phiếu học tập phân hóa và câu hỏi "
            "đánh giá theo mức độ."
        ),
        Img(
            "/wp-content/uploads/2026/11/tap-huan-ai-tieu-hoc-1024x683.jpg",
            "Giáo viên thực hành xây dựng phiếu học tập với sự hỗ trợ của công cụ trí tuệ nhân tạo",
            "Giáo viên thực hành xây dựng phiếu học tập với sự hỗ trợ của công cụ trí tuệ nhân tạo",
            "wpcap",
        ),
        P(
            "Báo cáo viên cũng lưu ý giáo viên về những hạn chế của công cụ: thông tin có thể chưa "
            "chính xác, chưa phù hợp với đặc điểm học sinh địa phương; vì vậy mọi sản phẩm do trí "
            "tuệ nhân tạo gợi ý đều cần được giáo viên kiểm tra, chỉnh sửa trước khi sử dụng."
        ),
        P(
            "Kết thúc lớp tập huấn, mỗi giáo viên hoàn thành một kế hoạch bài dạy có ứng dụng trí "
            "tuệ nhân tạo; những sản phẩm tốt sẽ được chia sẻ trên kho học liệu dùng chung của "
            "ngành."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{base}/' + S13_SLUG + '/">'
            + S13_TITLE.replace("–", "&#8211;") + "</a></p>"
        ),
        Raw('<p style="text-align: right;"><em><strong>Tổ Chuyên môn Tiểu học</strong></em></p>'),
    ],
    authors=["Tổ Chuyên môn Tiểu học"],
    opts={
        "form": "classic",
        "posted": "2026-11-16T14:00:00",
        "modified": "2026-11-18T15:20:00",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["chuyen-doi-so"],
        "account": "quantri",
        "featured": "/wp-content/uploads/2026/11/tap-huan-ai-tieu-hoc.jpg",
    },
)

S9 = Story(
    id=4762,
    slug="hoc-sinh-hoi-an-doat-9-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    title="Học sinh Hội An đoạt 9 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
    cat="tin-giao-duc",
    published_at="2026-11-10",
    blocks=[
        P(
            "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Quảng Nam năm học "
            "2026-2027 vừa tổ chức ở Tam Kỳ, đoàn học sinh thành phố Hội An đã xuất sắc giành 9 "
            "giải, gồm 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích."
        ),
        P(
            "Giải Nhất thuộc về dự án “Hệ thống cảnh báo ngập lụt sớm cho khu phố cổ sử dụng cảm "
            "biến siêu âm” của hai em Trần Gia Huy và Nguyễn Bảo Ngọc, học sinh lớp 9 Trường THCS "
            "Kim Đồng. Dự án được đánh giá cao về tính thực tiễn khi Hội An thường xuyên chịu ảnh "
            "hưởng của lũ lụt vào mùa mưa."
        ),
        Img(
            "/wp-content/uploads/2026/11/khkt-tinh-2026-ndh-1024x683.jpg",
            "(Nhóm học sinh Trường THCS Nguyễn Duy Hiệu giới thiệu dự án máy lọc nước sông)",
            "Nhóm học sinh Trường THCS Nguyễn Duy Hiệu giới thiệu dự án máy lọc nước sông",
            "wpcap",
        ),
        P(
            "Các dự án đạt giải còn lại thuộc các lĩnh vực kỹ thuật môi trường, khoa học xã hội và "
            "hành vi, hóa sinh và phần mềm hệ thống. Nhiều dự án xuất phát từ chính những vấn đề "
            "của địa phương như xử lý rác thải nhựa ven biển Cửa Đại, bảo tồn làng rau Trà Quế "
            "hay số hóa tư liệu về các di tích trong phố cổ."
        ),
        P(
            "Theo đánh giá của Ban Giám khảo, chất lượng các dự án của học sinh Hội An năm nay có "
            "nhiều tiến bộ, thể hiện rõ ở khâu thiết kế thí nghiệm và xử lý số liệu. Dự án đạt "
            "giải Nhất sẽ được chọn dự thi cấp quốc gia vào tháng 3/2027."
        ),
        Raw("{embed:" + S13_SLUG + "}"),
        Raw('<p style="text-align: right;"><em>Theo Báo Quảng Nam</em></p>'),
    ],
    source="Báo Quảng Nam",
    opts={
        "form": "classic",
        "posted": "2026-11-10T09:00:00",
        "modified": "2026-11-10T09:26:00",
        "cats": ["tin-giao-duc"],
        "account": "quantri",
        "featured": "/wp-content/uploads/2026/11/khkt-tinh-2026-ndh.jpg",
        "share": True,
    },
)

S10 = Story(
    id=4751,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-8-tai-cum-truong-phia-bac",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn 8 tại cụm trường phía Bắc",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-03",
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn liên trường năm học 2026-2027, ngày "
            "30/10/2026, cụm trường THCS phía Bắc thành phố gồm Trường THCS Nguyễn Duy Hiệu, "
            "Trường THCS Lý Tự Trọng và Trường THCS Nguyễn Bỉnh Khiêm đã tổ chức buổi sinh hoạt "
            "chuyên môn theo nghiên cứu bài học môn Ngữ văn 8."
        ),
        P(
            "Bài học được chọn nghiên cứu là văn bản “Lão Hạc” của nhà văn Nam Cao. Trước đó, nhóm "
            "giáo viên Ngữ văn của ba trường đã cùng nhau thiết kế kế hoạch bài dạy, dự kiến những "
            "khó khăn học sinh có thể gặp và cách hỗ trợ."
        ),
        P("Buổi sinh hoạt được tiến hành theo các bước:"),
        P(
            "Giáo viên Trần Thị Hồng Nhung (Trường THCS Nguyễn Duy Hiệu) dạy minh họa tại lớp 8/3;",
            "li",
        ),
        P(
            "Giáo viên dự giờ quan sát việc học của từng nhóm học sinh, ghi chép vào phiếu quan "
            "sát;",
            "li",
        ),
        P(
            "Cả nhóm thảo luận, phân tích nguyên nhân và đề xuất điều chỉnh kế hoạch bài dạy.",
            "li",
        ),
        Img(
            "/wp-content/uploads/2026/11/nckh-ngu-van-8-1024x683.jpg",
            "Giáo viên dự giờ quan sát học sinh thảo luận nhóm",
            "Giáo viên dự giờ quan sát học sinh thảo luận nhóm",
            "next",
        ),
        P(
            "Qua thảo luận, các thầy cô thống nhất rằng học sinh đã chủ động tìm hiểu nhân vật, "
            "nhưng phần liên hệ bản thân còn mờ nhạt. Nhóm đề xuất bổ sung hoạt động đóng vai và "
            "câu hỏi mở để học sinh bày tỏ suy nghĩ về tình phụ tử và lòng tự trọng."
        ),
        P(
            "Buổi sinh hoạt chuyên môn giúp giáo viên thay đổi cách nhìn về dự giờ: không đánh "
            "giá, xếp loại giờ dạy mà tập trung vào việc học của học sinh, từ đó điều chỉnh cách "
            "dạy phù hợp hơn."
        ),
        Raw(
            '<p class="MsoNormal" style="text-align: right; line-height: 150%;"><b><span lang="VI" '
            "style=\"font-size: 14.0pt; line-height: 150%; font-family: 'Times New Roman',serif;\">"
            "Phạm Thị Ngọc Ánh &#8211; Trường THCS Nguyễn Duy Hiệu<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Phạm Thị Ngọc Ánh"],
    opts={
        "form": "word",
        "posted": "2026-11-03T15:30:00",
        "modified": "2026-11-03T15:41:00",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["chuong-trinh-gdpt-2018"],
        "account": "quantri",
        "featured": "/wp-content/uploads/2026/11/nckh-ngu-van-8.jpg",
    },
)

S11 = Story(
    id=4743,
    slug="tuyen-truyen-an-toan-giao-thong-cho-hoc-sinh-tieu-hoc-tren-dia-ban-thanh-pho",
    title="Tuyên truyền an toàn giao thông cho học sinh tiểu học trên địa bàn thành phố",
    cat="tin-giao-duc",
    published_at="2026-10-28",
    blocks=[
        P(
            "Từ ngày 19 đến 26/10/2026, Phòng Giáo dục và Đào tạo phối hợp với Đội Cảnh sát giao "
            "thông – Trật tự Công an thành phố Hội An tổ chức chương trình tuyên truyền an toàn "
            "giao thông tại 12 trường tiểu học trên địa bàn."
        ),
        P(
            "Tại mỗi buổi tuyên truyền, cán bộ cảnh sát giao thông giới thiệu các biển báo thường "
            "gặp, hướng dẫn học sinh cách đi bộ, sang đường an toàn, đội mũ bảo hiểm đúng cách khi "
            "ngồi trên xe máy và xe đạp điện."
        ),
        Img(
            "/wp-content/uploads/2026/10/atgt-tieu-hoc-1024x683.jpg",
            "(Học sinh Trường Tiểu học Cẩm Thanh thực hành đội mũ bảo hiểm đúng cách)",
            "Học sinh Trường Tiểu học Cẩm Thanh thực hành đội mũ bảo hiểm đúng cách",
            "next",
        ),
        P(
            "Chương trình được lồng ghép nhiều trò chơi như “Đèn xanh – đèn đỏ”, “Ai hiểu biển báo "
            "hơn” giúp các em tiếp thu kiến thức một cách nhẹ nhàng. Nhiều học sinh mạnh dạn chia "
            "sẻ những tình huống nguy hiểm các em từng gặp trên đường đến trường."
        ),
        P(
            "Dịp này, Ban An toàn giao thông thành phố trao tặng 600 mũ bảo hiểm đạt chuẩn cho học "
            "sinh có hoàn cảnh khó khăn."
        ),
        _byline("Đoàn Thị Kim Cúc"),
    ],
    authors=["Đoàn Thị Kim Cúc"],
    opts={
        "form": "classic",
        "nfd": True,
        "posted": "2026-10-28T10:10:00",
        "modified": "2026-10-28T10:10:00",
        "cats": ["tin-giao-duc"],
        "account": "bientap",
        "featured": "/wp-content/uploads/2026/10/atgt-tieu-hoc.jpg",
    },
)

S12 = Story(
    id=4735,
    slug="ke-hoach-to-chuc-ngay-hoi-doc-sach-hoi-an-doc-de-yeu-thuong-nam-2026",
    title="Kế hoạch tổ chức Ngày hội đọc sách “Hội An – Đọc để yêu thương” năm 2026",
    cat="thong-bao",
    published_at="2026-10-19",
    blocks=[
        P(
            "Nhằm hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, xây dựng thói quen đọc sách trong "
            "học sinh, Phòng Giáo dục và Đào tạo thành phố Hội An ban hành kế hoạch tổ chức Ngày "
            "hội đọc sách “Hội An – Đọc để yêu thương” năm 2026."
        ),
        P("Nội dung hoạt động", "h3"),
        P("Trưng bày, giới thiệu sách theo chủ đề quê hương, đất nước, con người Hội An;", "oli"),
        P(
            "Thi kể chuyện theo sách dành cho học sinh tiểu học và thi giới thiệu sách dành cho học "
            "sinh trung học cơ sở;",
            "oli",
        ),
        P(
            "Phiên chợ đổi sách cũ, quyên góp sách cho thư viện các trường vùng biển, đảo Cù Lao "
            "Chàm;",
            "oli",
        ),
        P("Giao lưu với tác giả, nhà văn trẻ của tỉnh Quảng Nam.", "oli"),
        P("Thời gian, địa điểm", "h3"),
        P(
            "Ngày hội được tổ chức vào sáng Chủ nhật 15/11/2026 tại Quảng trường Sông Hoài. Mỗi "
            "trường tiểu học, trung học cơ sở tham gia một gian trưng bày và đăng ký tối đa 02 thí "
            "sinh cho mỗi phần thi."
        ),
        P(
            "Các đơn vị gửi danh sách đăng ký về Phòng Giáo dục và Đào tạo (qua bộ phận Văn phòng) "
            "trước ngày 30/10/2026. Thể lệ chi tiết và mẫu đăng ký xem tại tệp đính kèm."
        ),
        Raw(
            '<div class="wp-block-file"><a id="wp-block-file--media-2be0d4c1" '
            'href="{base}/wp-content/uploads/2026/10/Ke-hoach-Ngay-hoi-doc-sach-2026.pdf">'
            "Ke-hoach-Ngay-hoi-doc-sach-2026</a><a href=\"{base}/wp-content/uploads/2026/10/"
            'Ke-hoach-Ngay-hoi-doc-sach-2026.pdf" class="wp-block-file__button wp-element-button" '
            'download aria-describedby="wp-block-file--media-2be0d4c1">Tải xuống</a></div>'
        ),
    ],
    opts={
        "form": "gutenberg",
        "posted": "2026-10-19T08:30:00",
        "modified": "2026-10-19T08:30:00",
        "cats": ["thong-bao"],
        "account": "bientap",
        "featured": BANNER_TB,
    },
)

S13 = Story(
    id=4724,
    slug=S13_SLUG,
    title=S13_TITLE,
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-12",
    blocks=[
        P(
            "Ngày 09/10/2026, Phòng Giáo dục và Đào tạo thành phố Hội An tổ chức hội nghị triển "
            "khai nhiệm vụ giáo dục STEM cấp tiểu học năm học 2026 – 2027 cho cán bộ quản lý và "
            "giáo viên cốt cán của 18 trường tiểu học.",
            "b",
        ),
        P(
            "Năm học qua, 100% trường tiểu học trên địa bàn đã thực hiện tối thiểu 4 bài học STEM "
            "mỗi khối lớp; nhiều trường xây dựng được góc STEM, câu lạc bộ Robotics và tổ chức ngày "
            "hội STEM cấp trường thu hút đông đảo phụ huynh tham gia."
        ),
        Img("/wp-content/uploads/2026/10/hoi-nghi-stem-2026-1024x576.jpg", None, None, "block"),
        P(
            "Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: thiết bị, vật liệu thực hành ở một "
            "số trường còn thiếu; một bộ phận giáo viên còn lúng túng khi thiết kế bài học STEM "
            "gắn với nhiều môn học; việc đánh giá học sinh qua sản phẩm chưa thống nhất."
        ),
        P(
            "Năm học 2026 – 2027, Phòng yêu cầu mỗi trường xây dựng kế hoạch giáo dục STEM tích "
            "hợp trong kế hoạch giáo dục nhà trường, thực hiện tối thiểu 6 bài học STEM mỗi khối "
            "lớp, tổ chức ít nhất một hoạt động trải nghiệm STEM cấp trường và tham gia Ngày hội "
            "STEM cấp thành phố dự kiến vào tháng 4/2027."
        ),
        P(
            "Tại hội nghị, các đại biểu đã tham quan mô hình phòng học STEM của Trường Tiểu học "
            "Lê Lợi và nghe chia sẻ kinh nghiệm tổ chức câu lạc bộ Robotics của Trường Tiểu học "
            "Phan Chu Trinh."
        ),
        Raw('<p class="has-text-align-right"><strong>Trương Thị Lệ Hằng – Chuyên viên Phòng '
            "GD&amp;ĐT</strong></p>"),
    ],
    authors=["Trương Thị Lệ Hằng"],
    summary=(
        "Ngày 09/10/2026, Phòng Giáo dục và Đào tạo thành phố Hội An tổ chức hội nghị triển "
        "khai nhiệm vụ giáo dục STEM cấp tiểu học năm học 2026 – 2027 cho cán bộ quản lý và "
        "giáo viên cốt cán của 18 trường tiểu học."
    ),
    opts={
        "form": "gutenberg",
        "posted": "2026-10-12T05:45:00",
        "modified": "2026-10-13T08:10:00",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["chuong-trinh-gdpt-2018", "chuyen-doi-so"],
        "account": "quantri",
        "featured": "/wp-content/uploads/2026/10/hoi-nghi-stem-2026.jpg",
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
#: newest first, by the post's own date and time
ORDERED = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)


def _post_path(story: Story) -> str:
    return f"/{story.slug}/"


def _alt_paths(story: Story) -> list[str]:
    alts = [f"{_post_path(story)}?replytocom={cid}" for cid, *_ in story.opts.get("comments", [])]
    if story.slug == S13_SLUG:
        alts.append(f"{_post_path(story)}embed/")
    return alts


GOLD = [
    gold_record(s, _post_path(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES
]

#: gallery photos of S2 with their attachment pages (slug, attachment id)
ATTACHMENTS = {
    "hkpd-2026-bong-da-nu": 4816,
    "hkpd-2026-boi-ech": 4817,
    "hkpd-2026-co-vua": 4818,
}

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/lien-he/",
    "/thu-vien-anh/",
    *[f"/{S2.slug}/{a}/" for a in ATTACHMENTS],
]


# --- text helpers -----------------------------------------------------------------------------

def _attr(value: str) -> str:
    return _escape(value, quote=True)


_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _vi_date(value: str) -> str:
    """WordPress "F j, Y" in the vi locale: "Tháng Mười Hai 3, 2026"."""
    d = _dt(value)
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _vi_date_th(value: str) -> str:
    """Salient's hidden "updated" date, "F jS, Y": the English suffix stays."""
    d = _dt(value)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{_MONTHS[d.month - 1]} {d.day}{suffix}, {d.year}"


def _vi_time(value: str) -> str:
    """"g:i a" in vi: "9:12 sáng", "3:20 chiều"."""
    d = _dt(value)
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def _utc(value: str) -> str:
    return (_dt(value) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _rfc822(value: str) -> str:
    d = _dt(value) - timedelta(hours=7)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0000")


def _full_size(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _size_variant(src: str, size: str) -> str:
    return re.sub(r"(-\d+x\d+)?(\.\w+)$", rf"-{size}\2", src)


def _wh(src: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.\w+$", src)
    return (int(m.group(1)), int(m.group(2))) if m else (1280, 853)


_LS_PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _lazy_img(base: str, src: str, cls: str, alt: str = "", extra: str = "") -> str:
    """An <img> after LiteSpeed Cache: placeholder src, the photo in data-src, a noscript copy."""
    w, h = _wh(src)
    real = base + src
    full = base + _full_size(src)
    srcset = (
        f"{real} {w}w, {base}{_size_variant(src, '300x200')} 300w, "
        f"{base}{_size_variant(src, '768x512')} 768w, {full} 1280w"
    )
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    return (
        f'<img decoding="async" data-lazyloaded="1" src="{_LS_PLACEHOLDER}" width="{w}" '
        f'height="{h}" data-src="{real}" alt="{_attr(alt)}" class="{cls}" '
        f'data-srcset="{srcset}" data-sizes="{sizes}"{extra} />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" src="{real}" '
        f'alt="{_attr(alt)}" class="{cls}" srcset="{srcset}" sizes="{sizes}" /></noscript>'
    )


def _thumb(base: str, src: str | None, size: str = "600x403") -> str:
    if not src:
        return ""
    thumb = _size_variant(src, size)
    return _lazy_img(
        base, thumb, "attachment-portfolio-thumb size-portfolio-thumb wp-post-image",
        extra=' title=""',
    )


def _toc_anchor(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_")


# --- the article text, per editor ---------------------------------------------------------------


def _caption_line(img: Img, form: str) -> str:
    if img.printed is None:
        return ""
    if form == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align: center;"><i><span lang="VI" '
            "style=\"font-size: 12.0pt; font-family: 'Times New Roman',serif;\">"
            f"{_tx(img.printed)}</span></i></p>"
        )
    return f'<p style="text-align: center;"><em>{_tx(img.printed)}</em></p>'


def _render_img(story: Story, img: Img, base: str, n: int) -> str:
    aid = story.id + 1 + n
    form = story.opts["form"]
    w, _ = _wh(img.src)
    full = base + _full_size(img.src)
    cls = f"size-large wp-image-{aid}"
    if img.style == "wpcap":
        inner = _lazy_img(base, img.src, cls, alt="")
        return (
            f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
            f'style="width: {w}px" class="wp-caption aligncenter"><a href="{full}">{inner}</a>'
            f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">'
            f"{_tx(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "block":
        inner = _lazy_img(base, img.src, f"wp-image-{aid}")
        cap = (
            f'<figcaption class="wp-element-caption">{_tx(img.printed)}</figcaption>'
            if img.printed
            else ""
        )
        return f'<figure class="wp-block-image size-large">{inner}{cap}</figure>'
    if img.style == "nectar":
        h = _wh(img.src)[1]
        svg = (
            "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D'http%3A%2F%2Fwww.w3.org%2F2000"
            f"%2Fsvg'%20viewBox%3D'0%200%20{w}%20{h}'%2F%3E"
        )
        real = base + img.src
        element = (
            '<div class="img-with-aniamtion-wrap center" data-max-width="100%" '
            'data-max-width-mobile="default" data-shadow="none" data-animation="fade-in">'
            '<div class="inner"><div class="hover-wrap"><div class="hover-wrap-inner">'
            f'<img class="img-with-animation skip-lazy nectar-lazy" data-delay="0" height="{h}" '
            f'width="{w}" data-animation="fade-in" data-nectar-img-src="{real}" '
            f'data-nectar-img-srcset="{real} {w}w, {full} 1280w" src="{svg}" alt="" '
            f'sizes="(min-width: 1450px) 75vw, (min-width: 1000px) 85vw, 100vw" />'
            "</div></div></div></div>"
        )
        if img.printed:
            element += (
                '\n<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">'
                f"{_caption_line(img, form)}</div></div>"
            )
        return element
    # "next" and "bare": the photo alone in a centred paragraph, its line (if any) under it
    inner = _lazy_img(base, img.src, f"aligncenter {cls}")
    if form == "facebook":
        return f'<div class="x78zum5 x1iyjqo2"><a href="{full}">{inner}</a></div>'
    return f'<p style="text-align: center;"><a href="{full}">{inner}</a></p>' + (
        "\n" + _caption_line(img, form) if img.printed else ""
    )


def _render_gallery(story: Story, imgs: list[Img], base: str) -> str:
    items = []
    for img in imgs:
        att = re.sub(r"-\d+x\d+\.\w+$", "", img.src.rsplit("/", 1)[1])
        aid = ATTACHMENTS[att]
        page = f"{base}/{story.slug}/{att}/"
        inner = _lazy_img(
            base,
            img.src,
            "attachment-large size-large",
            extra=f' aria-describedby="gallery-1-{aid}"',
        )
        items.append(
            "<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n\t\t\t\t"
            f"<a href='{page}'>{inner}</a>\n\t\t\t</div>\n\t\t\t\t<figcaption class='wp-caption-text "
            f"gallery-caption' id='gallery-1-{aid}'>\n\t\t\t\t{_tx(img.printed or '')}\n\t\t\t\t"
            "</figcaption></figure>"
        )
    return (
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 "
        "gallery-size-large'>" + "".join(items) + "\n\t\t\t<br style='clear: both' />\n\t\t</div>"
    )


def _p(story: Story, para: P, toc: bool) -> str:
    """One paragraph of text in the markup of the story's editor."""
    form = story.opts["form"]
    t = _tx(para.text, story.opts.get("nfd", False))
    st = para.style
    if st in ("h2", "h3"):
        anchor = (
            f'<span class="ez-toc-section" id="{_toc_anchor(para.text)}"></span>' if toc else ""
        )
        end = '<span class="ez-toc-section-end"></span>' if toc else ""
        cls = ' class="wp-block-heading"' if form == "gutenberg" else ""
        inner = t if form == "gutenberg" else f"<strong>{t}</strong>"
        return f"<{st}{cls}>{anchor}{inner}{end}</{st}>"
    if st == "b":
        return f"<p><strong>{t}</strong></p>"
    if st == "quote":
        if form == "gutenberg":
            return f'<blockquote class="wp-block-quote"><p>{t}</p></blockquote>'
        return f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>"
    if st.startswith("fb:"):
        _, emoji, code = st.split(":")
        pic = (
            f'<span class="html-span xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs '
            f'x3nfvp2 x1j61x8r x1fcty0u xdj266r xat24cr xm2jcoa x1mpyi22 xxymvpz xlup9mm '
            f'x1kky2od"><img height="16" width="16" alt="{emoji}" referrerpolicy="origin-when-'
            f'cross-origin" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t4c/1/16/'
            f'{code}.png"></span>'
        )
        return (
            '<div class="html-div xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs">'
            f'<div dir="auto" style="text-align: start;">{pic} {t}</div></div>'
        )
    if form == "facebook":
        return (
            '<div class="html-div xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs">'
            f'<div dir="auto" style="text-align: start;">{t}</div></div>'
        )
    if form == "word":
        span = (
            '<span lang="VI" style="font-size: 14.0pt; line-height: 150%; font-family: '
            "'Times New Roman',serif;\">"
        )
        if st == "li":
            return (
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left: .5in; text-align: '
                'justify; text-indent: -.25in; line-height: 150%; mso-list: l0 level1 lfo1;">'
                f'<!--[if !supportLists]-->{span}<span style="mso-list: Ignore;">-<span style="'
                "font: 7.0pt 'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                f"</span></span></span><!--[endif]-->{span}{t}<o:p></o:p></span></p>"
            )
        return (
            '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: '
            f'150%;">{span}{t}<o:p></o:p></span></p>'
        )
    if form == "gutenberg":
        return f"<p>{t}</p>"
    return f'<p style="text-align: justify;">{t}</p>'


def _list_markup(story: Story, items: list[P], ordered: bool) -> str:
    form = story.opts["form"]
    nfd = story.opts.get("nfd", False)
    tag = "ol" if ordered else "ul"
    cls = ' class="wp-block-list"' if form == "gutenberg" else ""
    lis = "".join(
        (f"<li>{_tx(i.text, nfd)}</li>" if form == "gutenberg" else f"<li>{_tx(i.text, nfd)}</li>\n")
        for i in items
    )
    return f"<{tag}{cls}>\n{lis}</{tag}>"


def _table_markup(story: Story, rows: list[P]) -> str:
    head = [r for r in rows if r.style == "hrow"]
    body = [r for r in rows if r.style == "row"]

    def cells(row: P, tag: str) -> str:
        return "".join(f"<{tag}>{_tx(c.strip())}</{tag}>" for c in row.text.split(" | "))

    thead = "".join(f"<tr>{cells(r, 'th')}</tr>" for r in head)
    tbody = "".join(f"<tr>{cells(r, 'td')}</tr>" for r in body)
    return (
        '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
        f"<thead>{thead}</thead><tbody>{tbody}</tbody></table></figure>"
    )


def _embed_markup(base: str, slug: str) -> str:
    target = BY_SLUG[slug]
    url = f"{base}/{slug}/"
    secret = "qT7vXb2mLk"
    title = _tx(target.title)
    return (
        '<figure class="wp-block-embed is-type-wp-embed is-provider-phong-gd-amp-dt-hoi-an '
        'wp-block-embed-phong-gd-amp-dt-hoi-an"><div class="wp-block-embed__wrapper">\n'
        f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{url}">{title}'
        "</a></blockquote><iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" "
        'security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" '
        f'title="&#8220;{title}&#8221; &#8212; Phòng GD&amp;ĐT Hội An" '
        f'src="{url}embed/#?secret={secret}" data-secret="{secret}" width="600" height="338" '
        'frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>\n'
        "</div></figure>"
    )


def _text_blocks(story: Story, base: str) -> list[str]:
    """The story's blocks as markup chunks (lists, tables, galleries and <br> runs grouped)."""
    toc = bool(story.opts.get("toc"))
    nfd = story.opts.get("nfd", False)
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "gallery":
            run = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                run.append(blocks[i])
                i += 1
            out.append(_render_gallery(story, run, base))
            continue
        if isinstance(b, Img):
            out.append(_render_img(story, b, base, n_img))
            n_img += 1
            i += 1
            continue
        if isinstance(b, Raw):
            m = re.fullmatch(r"\{embed:([a-z0-9-]+)\}", b.html)
            out.append(_embed_markup(base, m.group(1)) if m else b.html.replace("{base}", base))
            i += 1
            continue
        if b.style in ("li", "oli") and story.opts["form"] != "word":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            out.append(_list_markup(story, run, b.style == "oli"))
            continue
        if b.style in ("row", "hrow"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "hrow"):
                run.append(blocks[i])
                i += 1
            out.append(_table_markup(story, run))
            continue
        if b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{_tx(b.text, nfd)}<br />\n{_tx(nxt.text, nfd)}</p>'
            )
            i += 2
            continue
        out.append(_p(story, b, toc))
        i += 1
    return out


def _content_html(story: Story, base: str) -> str:
    """The_content of a post, plugins included (what sits inside .content-inner)."""
    chunks = _text_blocks(story, base)
    form = story.opts["form"]
    if form == "wpb":
        # WPBakery rows: text columns between the image elements, one fancy box in a side column
        rows: list[str] = []
        text_run: list[str] = []

        def flush() -> None:
            if text_run:
                rows.append(
                    '<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">\n'
                    + "\n".join(text_run)
                    + "\n</div></div>"
                )
                text_run.clear()

        for c in chunks:
            if c.startswith('<div class="img-with-aniamtion-wrap'):
                flush()
                rows.append(c)
            else:
                text_run.append(c)
        flush()
        fancy = (
            '<div class="nectar-fancy-box using-img style-5 " data-align="bottom" '
            'data-overlay-opacity="0.6" data-hover-overlay-opacity="0.8" data-style="parallax_hover" '
            'data-border-radius="5px" data-animation="" data-delay="" data-color="accent-color">'
            '<div class="parallaxImg-wrap"><div class="parallaxImg"><div class="bg-img" '
            f'style="background-image: url({base}/wp-content/uploads/2026/11/20-11-2026-gap-mat-600x403.jpg);">'
            '</div></div></div><div class="meta-wrap"><div class="inner"><h4>Xem video buổi gặp mặt'
            "</h4><p>Phóng sự của Trung tâm Văn hóa – Thể thao và Truyền thanh – Truyền hình thành "
            'phố</p></div></div><a target="_blank" href="https://www.youtube.com/watch?v=Qh0rGd2Xb5k" '
            'class="box-link"></a></div>'
        )
        return (
            '<div id="fws_6741f0c2a9e1b" data-column-margin="default" data-midnight="dark" '
            'class="wpb_row vc_row-fluid vc_row standard_section" style="padding-top: 0px; '
            'padding-bottom: 0px;"><div class="row-bg-wrap" data-bg-animation="none" '
            'data-bg-overlay="false"><div class="inner-wrap"><div class="row-bg"></div></div>'
            '</div><div class="row_col_wrap_12 col span_12 dark left">\n'
            '<div class="vc_col-sm-8 wpb_column column_container vc_column_container col '
            'no-extra-padding inherit_tablet inherit_phone " data-padding-pos="all" '
            'data-has-bg-color="false" data-bg-color="" data-bg-opacity="1" data-animation="" '
            'data-delay="0"><div class="vc_column-inner"><div class="wpb_wrapper">\n'
            + "\n".join(rows)
            + '\n</div></div></div>\n<div class="vc_col-sm-4 wpb_column column_container '
            'vc_column_container col no-extra-padding inherit_tablet inherit_phone " '
            'data-padding-pos="all" data-has-bg-color="false" data-bg-color="" data-bg-opacity="1" '
            'data-animation="" data-delay="0"><div class="vc_column-inner"><div class="wpb_wrapper">'
            + fancy
            + '<div class="divider-wrap" data-alignment="default"><div style="height: 20px;" '
            'class="divider"></div></div><a class="nectar-button medium regular accent-color '
            f'regular-button" href="{base}/chuyen-muc/tin-giao-duc/" data-color-override="false" '
            'data-hover-color-override="false" data-hover-text-color-override="#fff"><span>Tin '
            "giáo dục khác</span></a></div></div></div>\n</div></div>"
        )
    if form == "word":
        spacer = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        chunks = [chunks[0], spacer, *chunks[1:-1], spacer, chunks[-1]]
    elif form == "classic":
        chunks = [*chunks[:-1], "<p>&nbsp;</p>", chunks[-1]]
    body = "\n".join(chunks)
    if story.opts.get("toc"):
        heads = [b for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
        lis = "".join(
            f"<li class='ez-toc-page-1 ez-toc-heading-level-{h.style[1]}'><a class=\"ez-toc-link "
            f'ez-toc-heading-{k}" href="#{_toc_anchor(h.text)}" title="{_attr(h.text)}">'
            f"{_tx(h.text)}</a></li>"
            for k, h in enumerate(heads, 1)
        )
        toc = (
            '<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter '
            'ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p '
            'class="ez-toc-title" style="cursor:inherit">Mục lục</p><span class="ez-toc-title-'
            'toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-'
            'default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-'
            'icon-con"></span></a></span></div><nav><ul class=\'ez-toc-list ez-toc-list-level-1 \''
            f">{lis}</ul></nav></div>"
        )
        # the box goes before the first heading
        first = heads[0]
        marker = next(c for c in body.split("\n") if _tx(first.text) in c and c.startswith("<h"))
        body = body.replace(marker, toc + "\n" + marker, 1)
    return body


def _plugins_before(story: Story) -> str:
    words = sum(len(p.split()) for p in story.paragraphs)
    minutes = max(1, round(words / 200))
    out = (
        '<span class="span-reading-time rt-reading-time" style="display: block;"><span '
        'class="rt-label rt-prefix">Thời gian đọc:</span> <span class="rt-time"> '
        f'{minutes}</span> <span class="rt-label rt-postfix">phút</span></span>'
    )
    posted, modified = _dt(story.opts["posted"]), _dt(story.opts["modified"])
    if modified - posted >= timedelta(hours=24):
        m = story.opts["modified"]
        out += (
            '<p class="post-modified-info">Cập nhật lần cuối vào <time class="modified-time" '
            f'datetime="{m}+07:00" itemprop="dateModified">{_vi_date(m)}</time> lúc '
            f"{_vi_time(m)}</p>"
        )
    return out


def _plugins_after(story: Story, url: str) -> str:
    out = (
        f'<div class="post-views content-post post-{story.id} entry-meta"><span class="post-views-'
        'icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Lượt xem:'
        f'</span> <span class="post-views-count">{story.views()}</span></div>'
    )
    if story.opts.get("share"):
        out += (
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block '
            'sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div '
            'class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener '
            f'noreferrer" data-shared="sharing-facebook-{story.id}" class="share-facebook '
            f'sd-button share-icon" href="{url}?share=facebook&amp;nb=1" target="_blank" '
            'title="Nhấn để chia sẻ lên Facebook"><span>Facebook</span></a></li><li '
            'class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" '
            f'class="share-print sd-button share-icon" href="{url}#print" target="_blank" '
            'title="Nhấn vào đây để in"><span>In</span></a></li><li class="share-end"></li></ul>'
            "</div></div></div>"
        )
    return out


# --- chrome -------------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Cơ cấu tổ chức", "/co-cau-to-chuc/")]),
    (
        "Tin tức",
        "/chuyen-muc/tin-giao-duc/",
        [("Tin giáo dục", "/chuyen-muc/tin-giao-duc/"),
         ("Hoạt động chuyên môn", "/chuyen-muc/hoat-dong-chuyen-mon/")],
    ),
    ("Thông báo", "/chuyen-muc/thong-bao/", []),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Văn bản", "https://vanban.hoian.gov.vn/?donvi=pgddt", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(base: str, current: str, ul_class: str) -> str:
    items = []
    for k, (label, href, subs) in enumerate(_MENU):
        url = href if href.startswith("http") else base + href
        mid = 1201 + k * 3
        cls = "menu-item menu-item-type-custom menu-item-object-custom nectar-regular-menu-item"
        if href == current:
            cls += " current-menu-item"
        if subs:
            cls += " menu-item-has-children sf-with-ul"
            sub = "".join(
                f'<li id="menu-item-{mid + 1 + j}" class="menu-item menu-item-type-taxonomy '
                f'menu-item-object-category nectar-regular-menu-item menu-item-{mid + 1 + j}">'
                f'<a href="{base}{s_href}"><span class="menu-title-text">{_tx(s_label)}</span></a>'
                "</li>"
                for j, (s_label, s_href) in enumerate(subs)
            )
            items.append(
                f'<li id="menu-item-{mid}" class="{cls} menu-item-{mid}"><a href="{url}">'
                f'<span class="menu-title-text">{_tx(label)}</span><span class="sf-sub-indicator">'
                '<i class="fa fa-angle-down icon-in-menu" aria-hidden="true"></i></span></a>'
                f'<ul class="sub-menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li id="menu-item-{mid}" class="{cls} menu-item-{mid}"><a href="{url}">'
                f'<span class="menu-title-text">{_tx(label)}</span></a></li>'
            )
    return f'<ul class="{ul_class}">' + "".join(items) + "</ul>"


def _head(base: str, title: str, canonical: str | None, extra: str = "", robots: str = "") -> str:
    canon = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
    rob = robots or "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    return (
        '<!doctype html>\n<html lang="vi" class="no-js">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, '
        'user-scalable=0" />\n'
        f"<title>{title}</title>\n<!-- This site is optimized with the Yoast SEO plugin v23.6 - "
        "https://yoast.com/wordpress/plugins/seo/ -->\n"
        f'<meta name="robots" content="{rob}" />\n{canon}{extra}'
        "<!-- / Yoast SEO plugin. -->\n"
        f"<link rel='dns-prefetch' href='//fonts.googleapis.com' />\n"
        f'<link rel="alternate" type="application/rss+xml" title="{_attr(SHORT)} &raquo; Dòng '
        f'thông tin" href="{base}/feed/" />\n'
        f"<link rel='stylesheet' id='main-styles-css' href='{base}/wp-content/themes/salient/css/"
        "build/style.css?ver=16.1.3' type='text/css' media='all' />\n"
        f"<link rel='stylesheet' id='js_composer_front-css' href='{base}/wp-content/plugins/"
        "js_composer_salient/assets/css/js_composer.min.css?ver=7.6' type='text/css' media='all' />\n"
        f"<link rel='stylesheet' id='salient-child-style-css' href='{base}/wp-content/themes/"
        "salient-child/style.css?ver=16.1.3' type='text/css' media='all' />\n"
        "<style id='main-styles-inline-css' type='text/css'>\n"
        ".masonry.classic_enhanced .masonry-blog-item .excerpt{opacity:0;max-height:0;"
        "transition:opacity .3s}.masonry.classic_enhanced .masonry-blog-item:hover .excerpt"
        "{opacity:1;max-height:200px}#header-secondary-outer{background:#0a4a8f}\n</style>\n"
        f"<script type=\"text/javascript\" src=\"{base}/wp-includes/js/jquery/jquery.min.js"
        '?ver=3.7.1" id="jquery-core-js"></script>\n'
        '<script>!function(w,d){var e=["data-lazyloaded"];w.litespeed_lazy=1}(window,document);'
        "</script>\n"
        "</head>\n"
    )


def _header(base: str, current: str) -> str:
    return (
        '<div id="header-space" data-header-mobile-fixed="1"></div>\n'
        '<div id="header-outer" data-has-menu="true" data-has-buttons="yes" '
        'data-header-button_style="default" data-using-pr-menu="false" '
        'data-mobile-fixed="1" data-ptnm="false" data-lhe="animated_underline" '
        'data-user-set-bg="#ffffff" data-format="default" data-permanent-transparent="false" '
        'data-megamenurt="0.10" data-remove-fixed="0" data-header-resize="1" data-cart="false" '
        'data-transparency-option="" data-box-shadow="large" data-shrink-num="6" '
        'data-using-secondary="1" data-using-logo="1" data-logo-height="60" data-m-logo-height="50" '
        'data-padding="20" data-full-width="false" data-condense="false">\n'
        '<div id="header-secondary-outer" class="default" data-mobile="default" '
        'data-remove-fixed="0" data-lhe="animated_underline" data-secondary-text="true" '
        'data-full-width="false" data-mobile-fixed="1" data-permanent-transparent="false">'
        '<div class="container"><nav><div class="nectar-center-text">'
        f'<span class="pgd-today"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span> &nbsp;|&nbsp; '
        'Đường dây nóng: <a href="tel:02353861247">0235 3861 247</a> &nbsp;|&nbsp; '
        'Email: <a href="mailto:pgddt@hoian.edu.vn">pgddt@hoian.edu.vn</a></div>'
        '<ul id="social"><li><a target="_blank" rel="noopener" '
        'href="https://www.facebook.com/pgddthoian"><span class="screen-reader-text">facebook'
        '</span><i class="fa fa-facebook" aria-hidden="true"></i></a></li><li><a target="_blank" '
        'rel="noopener" href="https://www.youtube.com/@pgddthoian"><span class="screen-reader-text">'
        'youtube</span><i class="fa fa-youtube-play" aria-hidden="true"></i></a></li></ul>'
        "</nav></div></div>\n"
        '<div id="search-outer" class="nectar"><div id="search"><div class="container">'
        '<div id="search-box"><div class="inner-wrap"><div class="col span_12">'
        f'<form role="search" action="{base}/" method="GET"><input type="text" name="s" '
        'value="" aria-label="Tìm kiếm" placeholder="Tìm kiếm" /><span>Nhấn Enter để tìm kiếm'
        "</span></form></div></div></div></div></div></div>\n"
        '<header id="top"><div class="container"><div class="row"><div class="col span_3">'
        f'<a id="logo" href="{base}" data-supplied-ml-starting-dark="false" '
        'data-supplied-ml-starting="false" data-supplied-ml="false"><img class="stnd skip-lazy '
        f'default-logo dark-version" width="420" height="120" alt="{_attr(SHORT)}" '
        f'src="{base}/wp-content/uploads/2026/01/logo-pgd-hoian.png" /></a></div>'
        '<div class="col span_9 col_last"><div class="nectar-mobile-only mobile-header">'
        '<div class="inner"></div></div><a class="mobile-search" href="#searchbox"><span '
        'class="nectar-icon icon-salient-search" aria-hidden="true"></span></a>'
        '<div class="slide-out-widget-area-toggle mobile-icon slide-out-from-right" '
        'data-custom-color="false" data-icon-animation="simple-transform"><div><a href="#sidewidgetarea" '
        'aria-label="Navigation Menu" aria-expanded="false" class="closed"><span class="screen-'
        'reader-text">Menu</span><span aria-hidden="true"> <i class="lines-button x2"> <i '
        'class="lines"></i> </i> </span></a></div></div><nav>'
        + _menu(base, current, "sf-menu")
        + '<ul class="buttons sf-menu" data-user-set-ocm="off"><li id="search-btn"><div><a '
        'href="#searchbox"><span class="icon-salient-search" aria-hidden="true"></span><span '
        'class="screen-reader-text">search</span></a></div> </li></ul></nav></div></div></div>'
        "</header>\n</div>\n"
    )


def _offcanvas(base: str) -> str:
    return (
        '<div id="slide-out-widget-area-bg" class="slide-out-from-right dark"></div>\n'
        '<div id="slide-out-widget-area" class="slide-out-from-right" data-dropdown-func='
        '"separate-dropdown-parent-link" data-back-txt="Quay lại"><div class="inner-wrap">'
        '<div class="inner" data-prepend-menu-mobile="false"><a class="slide_out_area_close" '
        'href="#"><span class="screen-reader-text">Đóng menu</span></a><div class="off-canvas-'
        'menu-container mobile-only" role="navigation">'
        + _menu(base, "", "menu")
        + "</div></div></div></div>\n"
    )


def _sidebar(base: str) -> str:
    recent = "".join(
        f'<li><a href="{base}{_post_path(s)}">{_tx(s.title)}</a> <span class="post-date">'
        f"{_vi_date(s.opts['posted'])}</span></li>"
        for s in ORDERED[:5]
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{CAT_IDS[slug]}"><a href="{base}/chuyen-muc/{slug}/">'
        f"{_tx(name)}</a> ({len(_in_category(slug))})</li>"
        for slug, name in sorted(CATS.items(), key=lambda kv: kv[1])
    )
    return (
        '<div id="sidebar" data-nectar-ss="false" class="col span_3 col_last">\n'
        '<div id="search-2" class="widget widget_search"><form role="search" method="get" '
        f'class="search-form" action="{base}/"><input type="text" class="search-field" '
        'placeholder="Tìm kiếm..." value="" name="s" title="Tìm kiếm:" /><button type="submit" '
        'class="search-widget-btn"><span class="normal icon-salient-search" aria-hidden="true">'
        '</span><span class="text">Tìm</span></button></form></div>\n'
        '<div id="recent-posts-2" class="widget widget_recent_entries"><h4>Bài viết mới</h4>'
        f"<ul>{recent}</ul></div>\n"
        '<div id="categories-2" class="widget widget_categories"><h4>Chuyên mục</h4>'
        f"<ul>{cats}</ul></div>\n"
        '<div id="polls-widget-2" class="widget widget_polls-widget"><h4>Thăm dò ý kiến</h4>'
        '<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" '
        f'action="{base}/index.php" method="post"><p style="display: none;"><input type="hidden" '
        'id="poll_3_nonce" name="wp-polls-nonce" value="5e1f0c9a2d" /></p><p style="display: '
        'none;"><input type="hidden" name="poll_id" value="3" /></p><p style="text-align: '
        'center;"><strong>Quý thầy cô, phụ huynh biết đến Cổng thông tin qua kênh nào?</strong>'
        '</p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">'
        '<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label '
        'for="poll-answer-11">Nhà trường thông báo</label></li><li><input type="radio" '
        'id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Mạng xã hội'
        '</label></li><li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> '
        '<label for="poll-answer-13">Tìm kiếm trên Internet</label></li></ul><p style="text-align:'
        ' center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" '
        'onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" '
        'onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div>'
        "</form></div></div>\n"
        '<div id="text-6" class="widget widget_text"><h4>Liên kết website</h4><div '
        'class="textwidget"><select onchange="if(this.value) window.open(this.value)"><option '
        'value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn/">Bộ Giáo dục và '
        'Đào tạo</option><option value="https://quangnam.edu.vn/">Sở GD&amp;ĐT Quảng Nam</option>'
        '<option value="https://hoian.gov.vn/">Cổng TTĐT thành phố Hội An</option></select></div>'
        "</div>\n</div>\n"
    )


def _footer(base: str) -> str:
    return (
        '<div id="footer-outer" data-midnight="light" data-cols="3" data-custom-color="true" '
        'data-disable-copyright="false" data-matching-section-color="true" data-copyright-line='
        '"false" data-using-bg-img="false" data-bg-img-overlay="0.8" data-full-width="false" '
        'data-using-widget-area="true" data-link-hover="default">\n'
        '<div id="footer-widgets" data-has-widgets="true" data-cols="3"><div class="container">'
        '<div class="row"><div class="col span_4"><div id="text-2" class="widget widget_text">'
        f"<h4>{_tx(SITE.upper())}</h4><div class=\"textwidget\"><p>Địa chỉ: Số 13 Trần Hưng Đạo, "
        "phường Minh An, thành phố Hội An, tỉnh Quảng Nam<br />\nĐiện thoại: 0235 3861 247 – "
        "Fax: 0235 3861 248<br />\nEmail: pgddt@hoian.edu.vn</p></div></div></div>"
        '<div class="col span_4"><div id="nav_menu-3" class="widget widget_nav_menu"><h4>Liên kết'
        '</h4><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">'
        '<li class="menu-item"><a href="https://quangnam.edu.vn/">Sở GD&amp;ĐT Quảng Nam</a></li>'
        '<li class="menu-item"><a href="https://csdl.moet.gov.vn/">CSDL ngành Giáo dục</a></li>'
        '<li class="menu-item"><a href="https://hoian.gov.vn/">UBND thành phố Hội An</a></li>'
        f'<li class="menu-item"><a href="{base}/lien-he/">Góp ý, liên hệ</a></li></ul></div></div>'
        '</div><div class="col span_4"><div id="custom_html-2" class="widget_text widget '
        'widget_custom_html"><h4>Thống kê truy cập</h4><div class="textwidget custom-html-widget">'
        '<ul class="wps-useronline"><li>Đang online: <strong>27</strong></li><li>Hôm nay: '
        "<strong>1.318</strong></li><li>Tháng này: <strong>9.847</strong></li><li>Tổng truy cập: "
        "<strong>2.463.105</strong></li></ul>"
        '<div class="fb-page" data-href="https://www.facebook.com/pgddthoian" data-tabs="" '
        'data-width="320" data-small-header="true"></div></div></div></div></div></div></div>\n'
        '<div class="row" id="copyright" data-layout="default"><div class="container">'
        f'<div class="col span_5"><p>&copy; 2026 {_tx(SITE)}. Chịu trách nhiệm nội dung: '
        "Trưởng phòng Phòng GD&amp;ĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này."
        '</p></div><div class="col span_7 col_last"><ul class="social"><li><a target="_blank" '
        'rel="noopener" href="https://www.facebook.com/pgddthoian"><i class="fa fa-facebook">'
        "</i></a></li></ul></div></div></div>\n</div>\n"
    )


def _page(
    request: Request,
    title: str,
    body_class: str,
    content: str,
    *,
    current: str = "",
    canonical: str | None = None,
    extra_head: str = "",
    robots: str = "",
) -> Response:
    base = base_url(request)
    doc = (
        _head(base, title, canonical, extra_head, robots)
        + f'<body class="{body_class} nectar-auto-lightbox ascend wpb-js-composer js-comp-ver-7.6 '
        'vc_responsive" data-footer-reveal="false" data-header-format="default" '
        'data-body-border="off" data-boxed-style="" data-header-breakpoint="1000" '
        'data-dropdown-style="minimal" data-cae="easeOutCubic" data-cad="750" data-megamenu-'
        'width="contained" data-aie="none" data-ls="fancybox" data-apte="standard" data-hhun="0" '
        'data-fancy-form-rcs="default" data-form-style="default" data-form-submit="regular" '
        'data-is="minimal" data-button-style="slightly_rounded_shadow" data-user-account-'
        'button="false" data-flex-cols="true" data-col-gap="default" data-header-inherit-rc="false" '
        'data-header-search="true" data-animated-anchors="true" data-ajax-transitions="false" '
        'data-full-width-header="false" data-slide-out-widget-area="true" data-slide-out-widget-'
        'area-style="slide-out-from-right" data-user-set-ocm="off" data-loading-animation="none" '
        'data-bg-header="true" data-responsive="1" data-ext-responsive="true" data-ext-padding="90" '
        'data-header-resize="1" data-header-color="custom" data-transparent-header="false" '
        'data-cart="false" data-remove-m-parallax="" data-remove-m-video-bgs="" data-m-animate="0" '
        'data-force-header-trans-color="light" data-smooth-scrolling="0" data-permanent-transparent'
        '="false" >\n<a href="#ajax-content-wrap" class="nectar-skip-to-content">Bỏ qua nội dung'
        "</a>\n"
        + _header(base, current)
        + '<div id="ajax-content-wrap">\n'
        + content
        + _footer(base)
        + "</div>\n"
        + _offcanvas(base)
        + f'<script type="text/javascript" src="{base}/wp-content/themes/salient/js/build/'
        'init.js?ver=16.1.3" id="nectar-frontend-js"></script>\n'
        + f'<script type="text/javascript" src="{base}/wp-content/plugins/litespeed-cache/'
        'assets/js/lazyload.min.js?ver=6.5" id="litespeed-lazy-js"></script>\n'
        + "</body>\n</html>\n"
    )
    return html(doc)


def _in_category(slug: str) -> list[Story]:
    return [s for s in ORDERED if slug in s.opts["cats"]]


def _excerpt(story: Story, words: int = 30) -> str:
    text = " ".join(story.paragraphs)
    ws = text.split()
    return " ".join(ws[:words]) + ("…" if len(ws) > words else "")


def _meta_category(base: str, story: Story, style: str = "") -> str:
    names = sorted(story.opts["cats"], key=lambda c: CATS[c])
    return "".join(
        f'<a class="{c}{style}" href="{base}/chuyen-muc/{c}/">{_tx(CATS[c])}</a>' for c in names
    )


def _card(base: str, story: Story) -> str:
    url = f"{base}{_post_path(story)}"
    acc = story.opts["account"]
    classes = " ".join(f"category-{c}" for c in story.opts["cats"]) + "".join(
        f" tag-{t}" for t in story.opts.get("tags", [])
    )
    thumb = story.opts.get("featured")
    has = " has-post-thumbnail" if thumb else ""
    n_comments = len(story.opts.get("comments", []))
    return (
        f'<article id="post-{story.id}" class="regular masonry-blog-item post-{story.id} post '
        f'type-post status-publish format-standard{has} {classes}">\n<div class="inner-wrap '
        'animated">\n<div class="post-content classic">\n<div class="content-inner">\n'
        + (
            f'<a class="img-link" href="{url}"><span class="post-featured-img">'
            f"{_thumb(base, thumb)}</span></a>"
            if thumb
            else ""
        )
        + f'<span class="meta-category">{_meta_category(base, story)}</span>'
        f'<a class="entire-meta-link" href="{url}" aria-label="{_attr(story.title)}"></a>\n'
        '<div class="article-content-wrap">\n<div class="post-header">\n<span class="meta"> '
        f"{_vi_date(story.opts['posted'])} </span>\n"
        f'<h3 class="title"><a href="{url}"> {_tx(story.title)}</a></h3>\n</div>\n'
        f'<div class="excerpt">{_tx(_excerpt(story, 22))}</div>\n</div>\n'
        f'<div class="post-meta"><span class="meta-author"><span>Bởi</span> <a href="{base}'
        f'/tac-gia/{acc}/" title="Bài viết của {_attr(ACCOUNTS[acc])}" rel="author">'
        f"{_tx(ACCOUNTS[acc])}</a></span><span class=\"meta-comment-count\"><a href=\"{url}"
        f'#comments"><i class="icon-default-style steadysets-icon-chat"></i> {n_comments}</a>'
        '</span><div class="nectar-love-wrap"><a href="#" class="nectar-love" '
        f'id="nectar-love-{story.id}" title="Thích bài này"><i class="icon-salient-heart-2"></i>'
        '<span class="love-text">Thích</span><span class="total_loves"><span class="nectar-love-'
        f'count">{story.id % 7}</span></span></a></div></div>\n'
        "</div>\n</div>\n</div>\n</article>\n"
    )


def _archive(request: Request, kind: str, slug: str, page: int) -> Response | None:
    base = base_url(request)
    if kind == "category":
        if slug not in CATS:
            return None
        posts, label, heading = _in_category(slug), "Chuyên mục", CATS[slug]
        root = f"/chuyen-muc/{slug}/"
        body_class = f"archive category category-{slug} category-{CAT_IDS[slug]}"
    elif kind == "tag":
        if slug not in TAGS:
            return None
        posts = [s for s in ORDERED if slug in s.opts.get("tags", [])]
        label, heading, root = "Thẻ", TAGS[slug], f"/the/{slug}/"
        body_class = f"archive tag tag-{slug}"
    else:
        if slug not in ACCOUNTS:
            return None
        posts = [s for s in ORDERED if s.opts["account"] == slug]
        label, heading, root = "Tất cả bài viết của", ACCOUNTS[slug], f"/tac-gia/{slug}/"
        body_class = f"archive author author-{slug}"
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    more = ""
    if page < pages:
        more = (
            '<div id="pagination" data-is-text="Đã hiển thị tất cả bài viết" data-autoload="false" '
            'class="nectar-load-more"><a class="load-more nectar-button large regular accent-color '
            f'regular-button" href="{base}{root}page/{page + 1}/" data-next-page="{page + 1}" '
            'role="button"><span>Xem thêm bài viết</span></a></div>'
        )
    cards = "".join(_card(base, s) for s in chunk)
    title_page = f" &#8211; Trang {page}" if page > 1 else ""
    content = (
        '<div class="row page-header-no-bg" data-alignment="left"><div class="container">'
        f'<div class="col span_12 section-title"><span class="subheader">{label}</span>'
        f"<h1>{_tx(heading)}</h1></div></div></div>\n"
        '<div class="container-wrap"><div class="container main-content" role="main">'
        '<div class="row">\n'
        '<div class="post-area col  span_9 masonry classic_enhanced " role="main" data-ams="8px" '
        'data-remove-post-date="0" data-remove-post-author="0" data-remove-post-comment-number="0" '
        'data-remove-post-nectar-love="0"> <div class="posts-container" data-load-animation='
        '"fade_in_from_bottom">\n'
        + cards
        + "</div>\n"
        + more
        + "\n</div>\n"
        + _sidebar(base)
        + "</div></div></div>\n"
    )
    canonical = f"{base}{root}" + (f"page/{page}/" if page > 1 else "")
    return _page(
        request,
        f"{_tx(heading)}{title_page} &#8211; {_tx(SHORT)}",
        f"{body_class} paged-{page}" if page > 1 else body_class,
        content,
        current=root,
        canonical=canonical,
    )


# --- a post ----------------------------------------------------------------------------------


def _adjacent(story: Story) -> tuple[Story | None, Story | None]:
    """(older, newer) post in the primary category, as get_adjacent_post(in_same_term)."""
    same = _in_category(story.cat)
    k = same.index(story)
    newer = same[k - 1] if k > 0 else None
    older = same[k + 1] if k + 1 < len(same) else None
    return older, newer


def _related(story: Story) -> list[Story]:
    return [s for s in _in_category(story.cat) if s is not story][:3]


def _yoast_head(base: str, story: Story) -> str:
    url = f"{base}{_post_path(story)}"
    posted, modified = story.opts["posted"], story.opts["modified"]
    featured = story.opts.get("featured")
    og_img = (
        f'<meta property="og:image" content="{base}{featured}" />\n'
        '<meta property="og:image:width" content="1280" />\n'
        '<meta property="og:image:height" content="853" />\n'
        if featured
        else ""
    )
    desc = _excerpt(story, 28)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": ACCOUNTS[story.opts["account"]], "@id": f"{base}/#/schema/"
                           f"person/{story.opts['account']}"},
                "headline": story.title,
                "datePublished": _utc(posted),
                "dateModified": _utc(modified),
                "mainEntityOfPage": {"@id": url},
                "wordCount": sum(len(p.split()) for p in story.paragraphs),
                "commentCount": len(story.opts.get("comments", [])),
                "publisher": {"@id": f"{base}/#organization"},
                "thumbnailUrl": f"{base}{featured}" if featured else None,
                "keywords": [TAGS[t] for t in story.opts.get("tags", [])],
                "articleSection": [CATS[c] for c in story.opts["cats"]],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": CATS[story.cat],
                     "item": f"{base}/chuyen-muc/{story.cat}/"},
                    {"@type": "ListItem", "position": 3, "name": story.title},
                ],
            },
            {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE, "url": f"{base}/"},
        ],
    }
    return (
        f'<meta name="description" content="{_attr(desc)}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{_attr(story.title)} - {_attr(SHORT)}" />\n'
        f'<meta property="og:description" content="{_attr(desc)}" />\n'
        f'<meta property="og:url" content="{url}" />\n'
        f'<meta property="og:site_name" content="{_attr(SHORT)}" />\n'
        '<meta property="article:publisher" content="https://www.facebook.com/pgddthoian" />\n'
        f'<meta property="article:published_time" content="{_utc(posted)}" />\n'
        f'<meta property="article:modified_time" content="{_utc(modified)}" />\n'
        + og_img
        + '<meta name="author" content="'
        + _attr(ACCOUNTS[story.opts["account"]])
        + '" />\n<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(graph, ensure_ascii=False).replace("/", "\\/")
        + "</script>\n"
        + f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
    )


def _comments(base: str, story: Story, replyto: int | None) -> str:
    url = f"{base}{_post_path(story)}"
    comments = story.opts.get("comments", [])
    items = ""
    for k, (cid, who, when, said) in enumerate(comments):
        parity = "even thread-even" if k % 2 == 0 else "odd alt thread-odd thread-alt"
        items += (
            f'<li class="comment {parity} depth-1" id="li-comment-{cid}"><article '
            f'id="comment-{cid}" class="comment-body"><footer class="comment-meta"><div '
            "class=\"comment-author vcard\"><img alt='' src='https://secure.gravatar.com/avatar/"
            f"{cid:032x}?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' "
            f"width='60' /><b class=\"fn\">{_tx(who)}</b> <span class=\"says\">viết:</span></div>"
            f'<div class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="'
            f'{when}+07:00">{_vi_date(when)} lúc {_vi_time(when)}</time></a></div></footer>'
            f'<div class="comment-content"><p>{_tx(said)}</p></div><div class="reply">'
            f"<a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' "
            f"data-commentid=\"{cid}\" data-postid=\"{story.id}\" data-belowelement=\"comment-{cid}\" "
            "data-respondelement=\"respond\" data-replyto=\"Trả lời đến "
            f"{_attr(who)}\" aria-label='Trả lời đến {_attr(who)}'>Trả lời</a></div></article></li>\n"
        )
    count = (
        f'<h3 id="comments" class="title-string">{len(comments)} bình luận</h3>\n'
        f'<ul class="comment-list ">\n{items}</ul>\n'
        if comments
        else ""
    )
    reply_title = "Để lại một bình luận"
    cancel = ' style="display:none;"'
    parent = "0"
    if replyto is not None:
        who = next(w for c, w, *_ in comments if c == replyto)
        reply_title = f"Trả lời {_tx(who)}"
        cancel = ""
        parent = str(replyto)
    return (
        '<div class="comments-section" data-author-bio="true">\n<div class="comment-wrap " '
        f'data-midnight="dark" data-comments-open="true">\n{count}'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-'
        f'title">{reply_title} <small><a rel="nofollow" id="cancel-comment-reply-link" '
        f'href="{url}#respond"{cancel}>Hủy</a></small></h3><form action="{base}/wp-comments-'
        'post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">'
        "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>"
        '<div class="comment-form-comment"><label for="comment">Bình luận</label><textarea '
        'id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>'
        '<div class="row"><div class="comment-form-author"><label for="author">Tên *</label> '
        '<input id="author" name="author" type="text" value="" size="30" /></div><div '
        'class="comment-form-email"><label for="email">Email *</label> <input id="email" '
        'name="email" type="text" value="" size="30" /></div></div><p class="form-submit"><input '
        'name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input '
        f"type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />\n"
        f"<input type='hidden' name='comment_parent' id='comment_parent' value='{parent}' /></p>"
        "</form></div>\n</div></div>\n"
    )


def _post(request: Request, story: Story, replyto: int | None = None) -> Response:
    base = base_url(request)
    url = f"{base}{_post_path(story)}"
    acc = story.opts["account"]
    posted, modified = story.opts["posted"], story.opts["modified"]
    featured = story.opts.get("featured")
    below = (
        '<div id="single-below-header" data-hide-on-mobile="false"><span class="meta-author '
        'vcard author"><span class="fn"><span class="author-leading">Bởi</span> <a href="'
        f'{base}/tac-gia/{acc}/" title="Bài viết của {_attr(ACCOUNTS[acc])}" rel="author">'
        f"{_tx(ACCOUNTS[acc])}</a></span></span><span class=\"meta-date date published\">"
        f'{_vi_date(posted)}</span><span class="meta-date date updated rich-snippet-hidden">'
        f"{_vi_date_th(modified)}</span><span class=\"meta-comment-count\"><a href=\"#comments\">"
        f"{len(story.opts.get('comments', [])) or 'Chưa có'} bình luận</a></span></div>"
    )
    title_block = (
        f'<span class="meta-category">{_meta_category(base, story)}</span>'
        f'<h1 class="entry-title">{_tx(story.title)}</h1>' + below
    )
    if featured:
        hero = (
            '<div id="page-header-wrap" data-animate-in-effect="none" data-midnight="light" '
            'class="fullscreen-header" style="height: 550px;"><div id="page-header-bg" '
            'class="not-loaded fullscreen-header hentry" data-post-hs="default_minimal" '
            'data-padding-amt="normal" data-animate-in-effect="none" data-midnight="light" '
            'data-text-effect="" data-bg-pos="center" data-alignment="center" data-alignment-v='
            '"middle" data-parallax="0" data-height="550" style="height:550px;">'
            '<div class="page-header-bg-image-wrap" id="nectar-page-header-p-wrap" '
            'data-parallax-speed="fast"><div class="page-header-bg-image" style="background-image: '
            f'url({base}{featured});"></div></div><div class="page-header-overlay-color" '
            'data-overlay-opacity="0.45"></div><div class="container"><div class="row"><div '
            'class="col span_6 section-title blog-title" data-remove-post-date="0" '
            'data-remove-post-author="0" data-remove-post-comment-number="0">'
            + title_block
            + '</div></div></div><div class="scroll-down-wrap"><a href="#" class="section-down-'
            'arrow"><svg class="nectar-scroll-icon" viewBox="0 0 30 45" enable-background="new 0 0 '
            '30 45"><path class="nectar-scroll-icon-path" fill="none" stroke="#ffffff" stroke-'
            'width="2" stroke-miterlimit="10" d="M15,1.118c12.352,0,13.967,12.88,13.967,12.88v18.76'
            'c0,0-1.514,11.204-13.967,11.204S0.931,32.966,0.931,32.966V14.05C0.931,14.05,2.648,'
            '1.118,15,1.118z"></path></svg></a></div></div></div>'
        )
    else:
        hero = (
            '<div class="container"><div class="row heading-title hentry" data-header-style="default">'
            '<div class="col span_12 section-title blog-title">' + title_block + "</div></div></div>"
        )
    crumbs = (
        '<div class="container"><p id="breadcrumbs" class="yoast-breadcrumbs"><span><span>'
        f'<a href="{base}/">Trang chủ</a></span> » <span><a href="{base}/chuyen-muc/{story.cat}/">'
        f'{_tx(CATS[story.cat])}</a></span> » <span class="breadcrumb_last" aria-current="page">'
        f"{_tx(story.title)}</span></span></p></div>"
    )
    tags = story.opts.get("tags", [])
    tag_html = (
        '<div class="post-tags"><h4>Thẻ:</h4>'
        + "".join(f'<a href="{base}/the/{t}/" rel="tag">{_tx(TAGS[t])}</a>' for t in tags)
        + '<div class="clear"></div></div>'
        if tags
        else ""
    )
    bio = (
        '<div class="row"><div id="author-bio" class="" data-has-tags="'
        + ("true" if tags else "false")
        + '"><div class="span_12"><img alt=\'\' src=\'https://secure.gravatar.com/avatar/'
        f"{hashlib.md5(acc.encode()).hexdigest()}?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' "
        "height='80' width='80' /><div id=\"author-info\"><h3><span>Giới thiệu về</span>"
        f'<a href="{base}/tac-gia/{acc}/">{_tx(ACCOUNTS[acc])}</a></h3><p>{_tx(ACCOUNT_BIO[acc])}'
        f'</p></div><a href="{base}/tac-gia/{acc}/" data-hover-text-color-override="#fff" '
        'data-hover-color-override="false" data-color-override="#000000" class="nectar-button '
        'see-through-2 large"> Xem thêm bài viết </a><div class="clear"></div></div></div></div>'
    )
    related = "".join(
        f'<div class="col span_4"><div class="inner-wrap post-{r.id} post type-post">'
        f'<a href="{base}{_post_path(r)}" class="img-link"><span class="post-featured-img">'
        f"{_thumb(base, r.opts.get('featured'))}</span></a><span class=\"meta-category\">"
        f"{_meta_category(base, r)}</span><a class=\"entire-meta-link\" href=\"{base}"
        f'{_post_path(r)}" aria-label="{_attr(r.title)}"></a><div class="article-content-wrap">'
        f'<div class="post-header"><span class="meta"></span><h3 class="title">{_tx(r.title)}'
        f'</h3></div></div><div class="post-meta"><span class="meta-date">'
        f"{_vi_date(r.opts['posted'])}</span></div></div></div>"
        for r in _related(story)
    )
    older, newer = _adjacent(story)

    def nav(other: Story | None, cls: str, label: str) -> str:
        if other is None:
            return f'<li class="{cls} hidden"></li>'
        bg = other.opts.get("featured")
        bg_html = (
            f'<div class="post-bg-img" style="background-image: url({base}{bg});"></div>'
            if bg
            else ""
        )
        return (
            f'<li class="{cls} ">{bg_html}<a href="{base}{_post_path(other)}" aria-label="'
            f'{_attr(other.title)}"></a><h3><span>{label}</span><span class="text">'
            f"{_tx(other.title)}</span></h3></li>"
        )

    cats_cls = " ".join(f"category-{c}" for c in story.opts["cats"])
    tags_cls = "".join(f" tag-{t}" for t in tags)
    content = (
        hero
        + '\n<div class="container-wrap" data-midnight="dark" data-remove-post-date="0" '
        'data-remove-post-author="0" data-remove-post-comment-number="0">\n'
        + crumbs
        + '<div class="container main-content" role="main">\n<div class="row">\n'
        '<div class="post-area col  span_9" role="main">\n'
        f'<article id="post-{story.id}" class="post-{story.id} post type-post status-publish '
        f'format-standard{" has-post-thumbnail" if featured else ""} {cats_cls}{tags_cls}">\n'
        '<div class="inner-wrap">\n<div class="post-content" data-hide-featured-media="1">\n'
        '<div class="content-inner">'
        + _plugins_before(story)
        + _content_html(story, base)
        + _plugins_after(story, url)
        + "</div>\n"
        + tag_html
        + "\n</div>\n</div>\n</article>\n"
        + bio
        + _comments(base, story, replyto)
        + "</div>\n"
        + _sidebar(base)
        + "</div>\n</div>\n"
        '<div class="row vc_row-fluid full-width-section related-post-wrap" '
        'data-using-post-pagination="true" data-midnight="dark"><div class="row-bg-wrap"><div '
        'class="row-bg"></div></div><h3 class="related-title ">Bài viết liên quan</h3>'
        '<div class="row span_12 blog-recent related-posts columns-3" data-style="material" '
        f'data-color-scheme="light">{related}</div></div>\n'
        '<div class="blog_next_prev_buttons vc_row-fluid wpb_row full-width-content '
        'standard_section" data-style="fullwidth_next_prev" data-midnight="light"><ul '
        'class="controls">'
        + nav(older, "previous-post", "Bài trước")
        + nav(newer, "next-post", "Bài tiếp theo")
        + "</ul></div>\n</div>\n"
    )
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-standard"
    )
    return _page(
        request,
        f"{_tx(story.title)} &#8211; {_tx(SHORT)}",
        body_class,
        content,
        current=f"/chuyen-muc/{story.cat}/",
        canonical=url,
        extra_head=_yoast_head(base, story),
    )


def _embed(request: Request, story: Story) -> Response:
    base = base_url(request)
    url = f"{base}{_post_path(story)}"
    featured = story.opts.get("featured")
    img = (
        f'<div class="wp-embed-featured-image rectangular"><a href="{url}" target="_top"><img '
        f'width="600" height="338" src="{base}{_size_variant(featured, "600x338")}" '
        'class="attachment-rectangular size-rectangular" alt="" decoding="async" /></a></div>'
        if featured
        else ""
    )
    doc = (
        '<!DOCTYPE html>\n<html lang="vi" class="no-js">\n<head>\n<title>'
        f"{_tx(story.title)} &#8211; {_tx(SHORT)}</title>\n"
        '<meta name="robots" content="noindex, follow" />\n'
        f'<link rel="canonical" href="{url}" />\n'
        '<style type="text/css">body{font-family:-apple-system,sans-serif}</style>\n'
        "</head>\n"
        f'<body class="post-template-default single single-post postid-{story.id} single-format-'
        f'standard">\n<div class="wp-embed post-{story.id} post type-post status-publish '
        f'format-standard">\n{img}\n<p class="wp-embed-heading"><a href="{url}" target="_top">'
        f"{_tx(story.title)}</a></p>\n<div class=\"wp-embed-excerpt\"><p>"
        f"{_tx(_excerpt(story, 40))} <a href=\"{url}\" class=\"wp-embed-more\" target=\"_top\">"
        f'Đọc tiếp <span class="screen-reader-text">{_tx(story.title)}</span></a></p></div>\n'
        '<div class="wp-embed-footer"><div class="wp-embed-site-title"><a href="'
        f'{base}" target="_top"><img src="{base}/wp-content/uploads/2026/01/cropped-icon-pgd-32x32.png" '
        f'width="32" height="32" alt="" class="wp-embed-site-icon" /><span>{_tx(SHORT)}</span></a>'
        '</div><div class="wp-embed-meta"><div class="wp-embed-share"><button type="button" '
        'class="wp-embed-share-dialog-open" aria-label="Mở hộp thoại chia sẻ"><span '
        'class="dashicons dashicons-share"></span></button></div></div></div>\n</div>\n'
        "</body>\n</html>\n"
    )
    return html(doc, headers={"X-Frame-Options": "SAMEORIGIN"})


def _attachment(request: Request, story: Story, att: str) -> Response:
    base = base_url(request)
    aid = ATTACHMENTS[att]
    img = next(i for i in story.images if att in i.src)
    url = f"{base}/{story.slug}/{att}/"
    posted = story.opts["posted"]
    content = (
        '<div class="container"><div class="row heading-title hentry" data-header-style="default">'
        '<div class="col span_12 section-title blog-title"><h1 class="entry-title">'
        f'{att}</h1><div id="single-below-header"><span class="meta-author vcard author"><span '
        f'class="fn"><span class="author-leading">Bởi</span> <a href="{base}/tac-gia/quantri/" '
        'rel="author">quantri</a></span></span><span class="meta-date date published">'
        f"{_vi_date(posted)}</span></div></div></div></div>\n"
        '<div class="container-wrap"><div class="container main-content" role="main"><div '
        'class="row"><div class="post-area col  span_9" role="main">'
        f'<article id="post-{aid}" class="post-{aid} attachment type-attachment status-inherit">'
        '<div class="inner-wrap"><div class="post-content"><div class="content-inner">'
        f'<p class="attachment"><a href="{base}{_full_size(img.src)}">'
        + _lazy_img(base, img.src, "attachment-medium size-medium")
        + f'</a></p>\n<p>{_tx(img.printed or "")}</p>\n</div></div></div></article>'
        '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous">'
        f'<a href="{base}{_post_path(story)}" rel="prev"><span class="meta-nav">Đăng trong</span>'
        f"{_tx(story.title)}</a></div></div></nav></div>\n"
        + _sidebar(base)
        + "</div></div></div>\n"
    )
    return _page(
        request,
        f"{att} &#8211; {_tx(SHORT)}",
        f"attachment attachment-template-default single single-attachment postid-{aid} "
        f"attachmentid-{aid} attachment-jpeg",
        content,
        canonical=url,
    )


# --- the front page and the WordPress pages ---------------------------------------------------


def _wpb_row(inner_cols: list[tuple[int, str]], row_id: str) -> str:
    cols = "".join(
        f'<div class="vc_col-sm-{w} wpb_column column_container vc_column_container col '
        'padding-2-percent inherit_tablet inherit_phone " data-padding-pos="all" '
        'data-has-bg-color="false" data-bg-color="" data-bg-opacity="1" data-animation="" '
        f'data-delay="0"><div class="vc_column-inner"><div class="wpb_wrapper">{html_}'
        "</div></div></div>"
        for w, html_ in inner_cols
    )
    return (
        f'<div id="fws_{row_id}" data-column-margin="default" data-midnight="dark" '
        'class="wpb_row vc_row-fluid vc_row standard_section" style="padding-top: 40px; '
        'padding-bottom: 20px;"><div class="row-bg-wrap" data-bg-animation="none" '
        'data-bg-overlay="false"><div class="inner-wrap"><div class="row-bg"></div></div></div>'
        f'<div class="row_col_wrap_12 col span_12 dark left">{cols}</div></div>\n'
    )


def _post_grid(base: str, posts: list[Story], heading: str, query: dict, filters: bool) -> str:
    items = ""
    for s in posts:
        url = f"{base}{_post_path(s)}"
        bg = s.opts.get("featured")
        bg_url = f"{base}{_size_variant(bg, '600x403')}" if bg else ""
        items += (
            f'<div class="nectar-post-grid-item" data-post-id="{s.id}" data-has-img="'
            f'{"true" if bg else "false"}"><div class="inner"><div class="bg-overlay"></div>'
            f'<a class="nectar-post-grid-link" href="{url}" aria-label="{_attr(s.title)}"></a>'
            '<div class="nectar-post-grid-item-bg-wrap"><div class="nectar-post-grid-item-bg-wrap-'
            f'inner"><div class="nectar-post-grid-item-bg" data-nectar-lazy-bg="{bg_url}"></div>'
            '</div></div><div class="content"><span class="meta-category">'
            + _meta_category(base, s, " style-button")
            + '</span><div class="item-main"><h3 class="post-heading"><a href="'
            f'{url}"><span>{_tx(s.title)}</span></a></h3><span class="meta-date">'
            f"{_vi_date(s.opts['posted'])}</span></div></div></div></div>"
        )
    filt = ""
    if filters:
        filt = (
            '<div class="nectar-post-grid-filters" data-active-color="default" data-align="left" '
            'data-animation="fade-in-from-bottom" data-sortable="yes"><div><a href="#" '
            'class="active all-filter" data-total-count="13">Tất cả</a>'
            + "".join(
                f'<a href="#" data-filter="{c}" data-total-count="{len(_in_category(c))}">'
                f"{_tx(n)}</a>"
                for c, n in CATS.items()
            )
            + "</div></div>"
        )
    settings = json.dumps(
        {
            "post_type": "post",
            "pagination": "load-more",
            "image_size": "large",
            "display_categories": "yes",
            "display_date": "yes",
            "grid_style": "content_overlaid",
            "columns": "2",
        }
    )
    return (
        f'<h3 class="pgd-box-title">{_tx(heading)}</h3>'
        f"<div class=\"nectar-post-grid-wrap\" data-el-settings='{settings}' "
        f"data-style=\"content_overlaid\" data-query='{json.dumps(query)}'>"
        + filt
        + '<div class="nectar-post-grid" data-indicator="" data-indicator-style="default" '
        'data-columns="2" data-hover-effect="zoom" data-text-layout="all_bottom_left_shadow" '
        'data-grid-item-height="30vh" data-grid-spacing="5px" data-lock-aspect="yes">'
        + items
        + "</div>"
        + '<div class="load-more-wrap inline"><a href="#" class="load-more" '
        'data-next-offset="' + str(len(posts)) + '">Xem thêm</a></div></div>'
    )


def _fancy_box(base: str, title: str, text_: str, href: str, icon: str) -> str:
    return (
        '<div class="nectar-fancy-box style-2" data-style="color_box_basic" data-animation="" '
        'data-box-color="#0a4a8f" data-border="" data-box-color-opacity="1" data-alignment='
        '"left" data-hover-o="default" data-contents="text" data-color="accent-color">'
        f'<div class="inner"><div class="inner__wrap"><i class="icon-default-style {icon}" '
        'data-color="accent-color" style="font-size: 40px!important; line-height: 40px!important;'
        f'"></i><h4>{_tx(title)}</h4><p>{_tx(text_)}</p></div></div><a href="{href}" '
        'class="box-link"></a><div class="box-bg"></div></div>'
    )


def _home(request: Request) -> Response:
    base = base_url(request)
    latest = ORDERED[:4]
    notices = _in_category("thong-bao")[:2]
    boxes = (
        _fancy_box(base, "Giới thiệu", "Chức năng, nhiệm vụ của Phòng", f"{base}/gioi-thieu/",
                   "linecon-icon-note")
        + _fancy_box(base, "Thông báo", "Văn bản, kế hoạch mới ban hành",
                     f"{base}/chuyen-muc/thong-bao/", "linecon-icon-megaphone")
        + _fancy_box(base, "Thư viện ảnh", "Hình ảnh hoạt động của ngành",
                     f"{base}/thu-vien-anh/", "linecon-icon-photo")
        + _fancy_box(base, "Văn bản điều hành", "Hệ thống quản lý văn bản thành phố",
                     "https://vanban.hoian.gov.vn/?donvi=pgddt", "linecon-icon-paperplane")
    )
    slider = (
        '<div class="nectar-slider-wrap" id="ns-id-home" data-full-width="true" data-button-'
        'sizing="regular"><div class="swiper-container" data-loop="true" data-height="420"><div '
        'class="swiper-wrapper"><div class="swiper-slide" data-bg-alignment="center" '
        'data-color-scheme="light"><div class="slide-bg-wrap"><div class="image-bg" '
        f'style="background-image: url({base}/wp-content/uploads/2026/08/slide-truong-hoc-'
        'hanh-phuc.jpg);"> &nbsp; </div></div><div class="container"><div class="content">'
        "<h2>Xây dựng trường học hạnh phúc</h2><p><span>Năm học 2026 – 2027: Kỷ cương – Đổi mới "
        "– Sáng tạo – Chất lượng</span></p></div></div></div></div></div></div>"
    )
    welcome = (
        '<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">'
        f"<p>Chào mừng quý thầy cô, phụ huynh và các em học sinh đến với Cổng thông tin điện tử "
        f"{_tx(SITE)}.</p></div></div>"
    )
    content = (
        '<div class="container-wrap"><div class="container main-content" role="main"><div '
        'class="row">\n'
        + slider
        + _wpb_row([(12, welcome)], "home-intro")
        + _wpb_row(
            [
                (8, _post_grid(base, latest, "Tin mới",
                               {"post_type": "post", "posts_per_page": "4", "order": "DESC",
                                "orderby": "date", "offset": "0", "cpt_name": "post",
                                "custom_query_tax": "", "ignore_sticky_posts": "yes"}, True)),
                (4, _post_grid(base, notices, "Thông báo",
                               {"post_type": "post", "posts_per_page": "2", "order": "DESC",
                                "orderby": "date", "category": "thong-bao"}, False)),
            ],
            "home-grids",
        )
        + _wpb_row([(3, b) for b in re.findall(r'<div class="nectar-fancy-box.*?box-bg"></div></div>', boxes)],
                   "home-boxes")
        + "</div></div></div>\n"
    )
    return _page(
        request,
        f"{_tx(SHORT)} &#8211; Cổng thông tin điện tử {_tx(SITE)}",
        "home page-template-default page page-id-12",
        content,
        current="/",
        canonical=f"{base}/",
    )


_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Phòng Giáo dục và Đào tạo thành phố Hội An là cơ quan chuyên môn thuộc Ủy ban nhân "
            "dân thành phố, tham mưu, giúp Ủy ban nhân dân thành phố thực hiện chức năng quản lý "
            "nhà nước về giáo dục và đào tạo trên địa bàn.",
            "Phòng quản lý 16 trường mầm non, 18 trường tiểu học và 10 trường trung học cơ sở "
            "công lập cùng các cơ sở giáo dục ngoài công lập, với hơn 22.000 học sinh và gần 1.600 "
            "cán bộ, giáo viên, nhân viên.",
            "Phòng có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý "
            "về tổ chức, vị trí việc làm, biên chế công chức và công tác của Ủy ban nhân dân thành "
            "phố, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở "
            "Giáo dục và Đào tạo tỉnh Quảng Nam.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Ông Lê Văn Đức – phụ trách chung, công tác tổ chức cán bộ, tài chính.",
            "Phó Trưởng phòng: Bà Huỳnh Thị Thu Sương – phụ trách giáo dục mầm non, công tác "
            "thi đua, khen thưởng.",
            "Phó Trưởng phòng: Bà Võ Thị Kim Liên – phụ trách giáo dục tiểu học, trung học cơ sở, "
            "công tác khảo thí và kiểm định chất lượng.",
            "Các bộ phận: Văn phòng; Tổ chức – Kế hoạch tài chính; Mầm non; Tiểu học; Trung học; "
            "Khảo thí và kiểm định chất lượng.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Phòng Giáo dục và Đào tạo thành phố Hội An",
            "Địa chỉ: Số 13 Trần Hưng Đạo, phường Minh An, thành phố Hội An, tỉnh Quảng Nam.",
            "Điện thoại: 0235 3861 247 – Email: pgddt@hoian.edu.vn",
            "Giờ làm việc: sáng từ 7 giờ 00 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ 00, từ "
            "thứ Hai đến thứ Sáu.",
        ],
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        ["Hình ảnh hoạt động của ngành Giáo dục và Đào tạo thành phố Hội An."],
    ),
}
_PAGE_IDS = {"gioi-thieu": 21, "co-cau-to-chuc": 23, "lien-he": 25, "thu-vien-anh": 27}


def _wp_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    title, paras = _PAGES[slug]
    text_html = "".join(f"<p>{_tx(p)}</p>" for p in paras)
    cols = [(12, '<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">'
             + text_html + "</div></div>")]
    if slug == "lien-he":
        cols = [
            (6, cols[0][1]),
            (
                6,
                '<div class="wpcf7 no-js" id="wpcf7-f318-p25-o1" lang="vi" dir="ltr"><form action='
                f'"{base}/lien-he/#wpcf7-f318-p25-o1" method="post" class="wpcf7-form init" '
                'aria-label="Form liên hệ" novalidate="novalidate" data-status="init"><p><label> '
                'Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input '
                'size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" '
                'value="" /></span></label></p><p><label> Email<br /><input size="40" '
                'class="wpcf7-form-control wpcf7-email" type="email" name="your-email" value="" />'
                "</label></p><p><label> Nội dung<br /><textarea cols=\"40\" rows=\"6\" "
                'class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea>'
                '</label></p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" '
                'type="submit" value="Gửi" /></p></form></div>',
            ),
        ]
    if slug == "thu-vien-anh":
        photos = [
            img for s in STORIES for img in s.images if s.opts["form"] != "facebook"
        ][:9]
        grid = "".join(
            f'<div class="col span_4 element"><a href="{base}{_full_size(i.src)}" class="pp '
            f'gallery-item" data-fancybox="group_gal"><img src="{base}{_size_variant(i.src, "600x403")}" '
            'class="skip-lazy" alt="" width="600" height="403" /></a></div>'
            for i in photos
        )
        cols.append((12, f'<div class="wpb_gallery_slides wpb_image_grid" data-interval="3"><div '
                     f'class="portfolio-items masonry-items" data-col-num="cols-3">{grid}</div></div>'))
    rows = _wpb_row(cols, f"page-{slug}")
    content = (
        '<div id="page-header-wrap" data-animate-in-effect="none" data-midnight="light" class="" '
        'style="height: 250px;"><div id="page-header-bg" class="not-loaded " data-padding-amt="'
        'normal" data-animate-in-effect="none" data-midnight="light" data-text-effect="none" '
        'data-bg-pos="center" data-alignment="left" data-alignment-v="middle" data-parallax="0" '
        'data-height="250" style="background-color: #0a4a8f; height:250px;"><div class="container">'
        '<div class="row"><div class="col span_6 "><div class="inner-wrap"><h1>'
        f"{_tx(title)}</h1></div></div></div></div></div></div>\n"
        '<div class="container-wrap"><div class="container main-content" role="main">'
        f'<div class="row">{rows}</div></div></div>\n'
    )
    return _page(
        request,
        f"{_tx(title)} &#8211; {_tx(SHORT)}",
        f"page-template-default page page-id-{_PAGE_IDS[slug]}",
        content,
        current=f"/{slug}/",
        canonical=f"{base}/{slug}/",
    )


def _search(request: Request, term: str) -> Response:
    base = base_url(request)
    needle = unicodedata.normalize("NFC", term).strip().lower()
    hits = [s for s in ORDERED if needle and needle in s.title.lower()]
    cards = "".join(_card(base, s) for s in hits[:PER_PAGE]) or (
        '<div class="nectar-search-results-empty"><h3>Không tìm thấy kết quả</h3><p>Xin lỗi, '
        "không có nội dung nào khớp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>"
        "</div>"
    )
    content = (
        '<div class="row page-header-no-bg" data-alignment="left"><div class="container"><div '
        'class="col span_12 section-title"><h1>Kết quả tìm kiếm cho: <span>'
        f'{_attr(term)}</span></h1><span class="result-num">{len(hits)} kết quả</span></div>'
        '</div></div><div class="container-wrap"><div class="container main-content" role="main">'
        '<div class="row"><div class="post-area col span_9 masonry classic_enhanced">'
        f'<div class="posts-container">{cards}</div></div>'
        + _sidebar(base)
        + "</div></div></div>\n"
    )
    return _page(
        request,
        f"Kết quả tìm kiếm cho &#8220;{_attr(term)}&#8221; &#8211; {_tx(SHORT)}",
        "search search-results",
        content,
        robots="noindex, follow",
    )


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        "<item>\n"
        f"\t\t<title>{_tx(s.title)}</title>\n\t\t<link>{base}{_post_path(s)}</link>\n"
        f"\t\t<dc:creator><![CDATA[{ACCOUNTS[s.opts['account']]}]]></dc:creator>\n"
        f"\t\t<pubDate>{_rfc822(s.opts['posted'])}</pubDate>\n"
        + "".join(f"\t\t<category><![CDATA[{CATS[c]}]]></category>\n" for c in s.opts["cats"])
        + f'\t\t<guid isPermaLink="false">{base}/?p={s.id}</guid>\n'
        f"\t\t<description><![CDATA[{_excerpt(s, 40)} [&#8230;]]]></description>\n"
        "\t</item>\n\t"
        for s in ORDERED[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"\t<title>{_tx(SHORT)}</title>\n"
        f'\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />\n'
        f"\t<link>{base}</link>\n\t<description>Cổng thông tin điện tử</description>\n"
        f"\t<lastBuildDate>{_rfc822(ORDERED[0].opts['modified'])}</lastBuildDate>\n"
        "\t<language>vi</language>\n\t<generator>https://wordpress.org/?v=6.6.2</generator>\n\t"
        + items
        + "</channel>\n</rss>\n"
    )
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _upload(path: str) -> Response | None:
    if path.lower().endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return static_file(path)


# --- routing ----------------------------------------------------------------------------------

_ARCHIVE = re.compile(r"^/(chuyen-muc|the|tac-gia)/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_KIND = {"chuyen-muc": "category", "the": "tag", "tac-gia": "author"}


class Site:
    """The portal: routes as WordPress's rewrite rules and redirect_canonical would."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = unquote(request.path)
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return _upload(path)
        if path == "/robots.txt":
            return Response(
                200,
                b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/wp-comments-post.php":
            return html(
                "<!DOCTYPE html><html><head><title>Lỗi WordPress</title></head><body id="
                '"error-page"><div class="wp-die-message"><p><strong>Lỗi</strong>: Vui lòng điền '
                'các trường bắt buộc.</p></div><p><a href="javascript:history.back()">&laquo; '
                "Trở lại</a></p></body></html>",
                status=400,
            )
        if path == "/index.php":
            return redirect(f"{base}/", 301)
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(f"{base}{_post_path(story)}", 301) if story else None
            if "s" in params:
                return _search(request, params["s"])
            if request.query and not set(params) <= {"utm_source", "utm_medium", "fbclid"}:
                return None
            return _home(request)
        if path == "/feed/":
            return _feed(request)
        m = _ARCHIVE.match(path)
        if m:
            kind, slug, page = _KIND[m.group(1)], m.group(2), m.group(3)
            if page == "1":
                return redirect(f"{base}/{m.group(1)}/{slug}/", 301)
            if page is not None and page.startswith("0"):
                return None
            return _archive(request, kind, slug, int(page or 1))
        parts = [p for p in path.split("/") if p]
        if not parts:
            return None
        if not path.endswith("/"):
            # redirect_canonical adds the slash
            target = "/".join(parts)
            if parts[0] in BY_SLUG or parts[0] in _PAGES:
                return redirect(f"{base}/{quote(target)}/", 301)
            return None
        story = BY_SLUG.get(parts[0])
        if len(parts) == 1:
            if story is not None:
                if "share" in params:
                    if params["share"] != "facebook":
                        return None
                    u = quote(f"{base}{_post_path(story)}", safe="")
                    t = quote(story.title, safe="")
                    return redirect(f"https://www.facebook.com/sharer.php?u={u}&t={t}", 302)
                if "replytocom" in params:
                    ids = [c for c, *_ in story.opts.get("comments", [])]
                    rid = params["replytocom"]
                    if not rid.isdigit() or int(rid) not in ids:
                        return redirect(f"{base}{_post_path(story)}", 301)
                    return _post(request, story, int(rid))
                if request.query and not set(params) <= {"utm_source", "utm_medium", "fbclid"}:
                    return None
                return _post(request, story)
            if parts[0] in _PAGES and not request.query:
                return _wp_page(request, parts[0])
            return None
        if len(parts) == 2 and story is not None and not request.query:
            if parts[1] == "embed":
                return _embed(request, story)
            if story is S2 and parts[1] in ATTACHMENTS:
                return _attachment(request, story, parts[1])
        return None


def build_site() -> Site:
    return Site()
