"""Trường Mầm non Sao Mai (huyện Đức Trọng, tỉnh Lâm Đồng): WordPress 5.6 with an agency's Flatsome child theme.

Platform
--------
WordPress 5.6 ("Đường dẫn tĩnh" set to ``/%postname%.html``), the Flatsome 3.13 theme with the
child theme a Vietnamese web agency ("WebMầmNon") sells to many kindergartens, Yoast SEO 15.4,
Easy Table of Contents, kk Star Ratings, the agency's own "Bài viết liên quan" slider plugin
(``bvlq-*`` classes), Flatsome's lazy loader, a "Hotline Phone Ring" and a Zalo floating button.
Posts are written in the classic editor: captions as ``[caption]`` shortcodes (rendered as
``div.wp-caption`` + ``p.wp-caption-text``) or as a plain centred italic line under the photo.
Category names are texturized by WordPress ("Tin tức &#8211; Sự kiện").

URL scheme
----------
- ``/``: static front page (Flatsome UX builder): slider, intro box, "Tin tức" block of the 6
  latest posts (cards with a date badge "03 Th12"), "Góc bé yêu" block (4 latest of that
  category), "Xem thêm tin" AJAX button (``javascript:void(0)``, no URL).
- posts ``/<slug>.html``; ``/<slug>.html/`` 301 to it; ``/?p=<id>`` 301 to it (the shortlink);
  ``/<slug>.html?amp=1`` the AMP plugin's reader view (``<link rel="amphtml">``);
  ``/<slug>.html?replytocom=<n>`` the comment reply links (same page, ``noindex``); any other
  query string (``?fbclid=…`` pasted by the editor into the slider) serves the same page.
- gallery attachments ``/<parent-slug>.html/<attachment-slug>`` (WordPress' attachment pages).
- categories ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` (5 posts a page;
  ``/page/1/`` 301 to the base; a page past the last is 404), tags ``/tag/<slug>/``, the author
  archive ``/author/quantri/`` (+ ``/page/<n>/``), search ``/?s=…``.
- pages ``/gioi-thieu/`` and ``/lien-he/``; images, css and js under ``/wp-content/`` and
  ``/wp-includes/``; the notice's PDF under ``/wp-content/uploads/``.

Templates
---------
- single post, "default" post template: ``h6.entry-category`` (all the post's categories,
  alphabetical), ``h1.entry-title``, ``div.entry-meta`` "Đăng vào <time published>j F, Y</time>
  <time updated>…</time> bởi quantri", then ``div.entry-content.single-page``;
- single post, the agency's "Bài viết có ảnh đại diện" post template (``tpl="featured"``):
  h6 + h1, then the featured image with Flatsome's date badge ("30 / Th11": day and month, no
  year) and NO entry-meta line: the only full date is Yoast's ``article:published_time`` and
  JSON-LD, which print GMT (``+00:00``);
- inside ``entry-content`` after the text: kk Star Ratings box, "Bài viết liên quan" slider,
  Flatsome's share row; after it the entry footer ("Bài viết này được đăng trong … và được gắn
  thẻ …"), the author box, the comments and the comment form;
- listings: Yoast breadcrumb, ``h1.page-title`` "Chuyên mục: <span>…</span>", cards (``a.plain``
  around the whole box: thumbnail, badge, title, excerpt "[…]"), Flatsome's pagination
  ``ul.page-numbers.nav-pagination`` whose "next" is an icon only (``<i class="icon-angle-right">``);
- sidebar on posts and listings: search, "Bài viết mới" (Flatsome recent posts with badges),
  "Chuyên mục" with counts, tag cloud, a WP-Polls poll, "Liên kết website" select, counter.

How each gold article is reached
--------------------------------
Category "Tin tức – Sự kiện" (6 posts incl. the two-category one): page 1 has TT1, TT2, TT3,
the vegetable-garden post and TT4; TT5 (Hội nghị viên chức) only on ``/page/2/``.
"Góc bé yêu" (6 posts incl. the protected album and the two-category post): page 1 has GB1,
the protected album, the garden post, GB2, GB3; GB4 (đánh răng) only on ``/page/2/``.
"Thông báo": TB1, TB2, TB3 on one page. The author archive lists all 14 posts over 3 pages.
Home: the 6 latest posts, 4 latest "Góc bé yêu", slider (TT3 and the garden post with
``?fbclid=``, GB2). The "Bài viết mới" sidebar: the 5 latest. Related sliders show the 4 latest
other posts of the post's first category, so TT5 and GB4 are never linked from them; neither is
tagged. TT5 and GB4 are reachable only from page 2+ of a listing.

Traps (each with the gold it implies)
-------------------------------------
1. Lazy-loaded images (Flatsome): every ``<img>`` of the text, the featured image and all
   thumbnails have ``src="data:image/svg+xml,…"`` and the file in ``data-src`` (+
   ``data-srcset``). Gold ``images`` hold the ``data-src`` file (the size WordPress printed, e.g.
   ``…-1024x683.jpg``), never the data: URI.
2. Dates in GMT and in words: Yoast's ``article:published_time``/JSON-LD print GMT
   ("2026-11-09T23:30:12+00:00"); the visible line prints "10 Tháng Mười Một, 2026" (WordPress'
   Vietnamese month names) followed by a second, CSS-hidden ``<time class="updated">`` with a
   later day; the "featured" template prints only the badge "10 / Th11" (no year). Gold: the
   publication time in the site's zone from ``time.published[datetime]`` or the GMT meta
   converted: "2026-11-10T06:30:12+07:00" — for GB2 and GB3 the GMT day is the day BEFORE the
   local one. Never the "updated" date, the header's "Thứ Bảy, 05/12/2026", comment dates or the
   badges of sidebar/related posts.
3. A post filed in two categories (the garden post): listed in both category archives, its
   ``h6.entry-category`` reads "Góc bé yêu, Tin tức – Sự kiện" (alphabetical) and the related
   slider follows the first one, but Yoast's primary category — the breadcrumb — is "Tin tức –
   Sự kiện". Gold ``category`` = the breadcrumb's "Tin tức – Sự kiện".
4. A password-protected post on the "Góc bé yêu" listing ("Được bảo vệ: Album ảnh lớp Lá 1
   tháng 11"): same single template, h1, date and breadcrumb as an article, but its content is
   WordPress' password form. Not an article: in NON_ARTICLES.
5. Gallery attachment pages: TT3's ``[gallery]`` thumbnails (medium size, ``-300x225.jpg``)
   link to ``/<slug>.html/<z-file-name>`` attachment pages with an h1 (the Zalo file name), a
   date, a big image and "Ảnh trước / Ảnh kế tiếp" links. Not articles (NON_ARTICLES); the
   gallery's three photos are TT3's images (their printed ``-300x225`` files) with their
   ``figcaption.gallery-caption`` as caption.
6. Easy Table of Contents: TT2's ``div#ez-toc-container`` ("Nội dung bài viết", with a
   ``<p class="ez-toc-title">`` and the list of headings) sits INSIDE the text, between the lead
   and the first heading. Not body; the headings themselves are body paragraphs.
7. Widgets inside ``entry-content`` after the text: kk Star Ratings ("5/5 - (3 bình chọn)"),
   the "Bài viết liên quan" slider (titles, badges, thumbnails of other posts), Flatsome's share
   row. None is body; the thumbnails are not images of the article.
8. Comments of parents under TT3 and the garden post (``div.comment-content > p``, each with a
   "Trả lời" link ``?replytocom=<n>#respond``). Not body; each ``?replytocom`` URL serves the
   article again (noindex, canonical to the post) and is in ``alt_paths``.
9. AMP duplicates: ``<link rel="amphtml" href="/<slug>.html?amp=1">`` on every post; the AMP
   reader template has other markup (``amp-img``, ``div.amp-wp-article-content``) and a relative
   date ("4 tuần trước"). Same article: in ``alt_paths``. The slider's links carry
   ``?fbclid=IwAR…`` (pasted from Facebook): also in ``alt_paths``. ``/?p=<id>`` and
   ``/<slug>.html/`` only redirect.
10. Captions three ways: ``[caption]`` prints the caption as a ``<p class="wp-caption-text">``
    inside the text container (caption, not body); a centred italic ``<p><em>`` line right under
    a photo is its caption; a centred italic line "Ảnh: Hoàng Thị Yến" under GB2's photos only
    credits the photographer (caption None, photographers ["Hoàng Thị Yến"]). But GB3's centred
    italic verse (a nursery rhyme, lines split by ``<br />``) follows no photo: it is body, one
    paragraph per line.
11. Bylines: the entry-meta's "bởi quantri" and the author box are the CMS account (nobody).
    The byline is the closing right-aligned line: "Tin, ảnh: Tổ Văn phòng" (author and
    photographer), "Tin: Lê Thị Hồng Nhung – Ảnh: Nguyễn Văn Hải", "Phạm Thị Thanh Tâm – Tổ
    trưởng Tổ Mẫu giáo lớn" (name only), "GV: Trần Thị Mỹ Duyên" (label dropped), a unit alone
    ("Ban Giám hiệu", "Tổ Mẫu giáo bé", "Công đoàn trường") as printed. TB3 closes with "Nguồn:
    Trạm Y tế thị trấn Liên Nghĩa" (source). TT2's "Theo kế hoạch của Phòng GD&ĐT…" sentence is
    body, not a source.
12. Official notice (TB1): letterhead table, "Số: 112/TB-MNSM", "Đức Trọng, ngày 03 tháng 12 năm
    2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer ("HIỆU TRƯỞNG (Đã ký) Nguyễn Thị
    Ngọc Lan") are not body; date the letterhead's day "2026-12-03" (the post's own time 16:05
    is not used); author the signer. The "Tải văn bản" PDF line is not body.
13. Text as WordPress prints it: wptexturize entities (``&#8220;`` ``&#8221;`` ``&#8211;``
    ``&#8230;``) decode to “ ” – …; ``<p>&nbsp;</p>`` spacers are no paragraph; TT4 was typed
    with Unikey's "Unicode tổ hợp" (NFD, title and byline too): gold is NFC; a leftover
    Shortcodes Ultimate ``[su_spacer size="20"]`` line (plugin removed) in GB4 is no text;
    GB1's ingredient lines start with Facebook emoji pictures (``<img alt="✅"
    src="…fbcdn…">``, pasted from the page's fanpage) and are split by ``<br>``: each line a
    paragraph without the emoji, and those pictures are not images of the article.
14. "Xem thêm: <link>" line in TT2 and the entry footer ("Bài viết này được đăng trong …
    Đánh dấu đường dẫn tĩnh.") are not body. Bold lead paragraphs (TT1, TT2, TT5) are the
    summary; Yoast's meta description (the excerpt) alone is not (summary null elsewhere).
15. Featured image in the header of "featured" posts (GB1–GB4): a photo of the article shown
    between headline and text (outside ``entry-content``); it is the article's first image
    (caption None). Default-template posts print no featured image on their page.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` carries the time (with seconds) when the page states it in its markup
  (``time.entry-date.published[datetime]`` or the GMT meta), even if the visible text prints
  only the day; expressed in +07:00. TB1 follows the house rule for official notices (day
  alone, from the letterhead).
- The featured image of "featured" posts is the article's first image; gallery images are the
  printed thumbnail files; the header logo, emoji pictures, avatars, thumbnails are not.
- "GV:" (giáo viên) is a label, dropped like a title; the unit after a name ("– Tổ trưởng Tổ
  Mẫu giáo lớn", "- Phó Hiệu trưởng") is dropped.
- A protected post and attachment pages are not articles; ``/?p=`` and trailing-slash variants
  are redirects, not alt_paths.
- The garden post's category is its breadcrumb (Yoast primary), not its first h6 category.
- Table rows (TB3) are paragraphs with cells joined by " | " (the header row included); list
  items (TB2, GB4) are paragraphs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

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

NAME = "wp_vn_agency_html_permalink_mamnon"
PLATFORM = "WordPress 5.6 + Flatsome 3.13 agency child theme + Yoast SEO 15.4 (classic editor, /%postname%.html)"
START_PATH = "/"

SITE_NAME = "Trường Mầm non Sao Mai"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TZ = timezone(timedelta(hours=7))
TODAY = datetime(2026, 12, 5, 9, 0, tzinfo=TZ)
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/flatsome"
CHILD = "/wp-content/themes/webmamnon-child"

#: slug -> (name as printed, term id, description)
CATS: dict[str, tuple[str, int, str]] = {
    "tin-tuc-su-kien": ("Tin tức – Sự kiện", 3, "Tin tức, hoạt động của Trường Mầm non Sao Mai."),
    "goc-be-yeu": ("Góc bé yêu", 4, "Những khoảnh khắc đáng yêu của các bé ở trường."),
    "thong-bao": ("Thông báo", 5, "Thông báo của nhà trường gửi phụ huynh."),
}
TAGS: dict[str, tuple[str, int]] = {
    "an-toan-giao-thong": ("an toàn giao thông", 21),
    "ngay-nha-giao-viet-nam": ("ngày nhà giáo Việt Nam", 22),
    "hoat-dong-trai-nghiem": ("hoạt động trải nghiệm", 23),
}
PER_PAGE = 5
AUTHOR = "quantri"

MONTHS_VI = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def z(month: int, name: str, size: str | None = "1024x683", ext: str = "jpg") -> str:
    """An upload as WordPress stores it: ``/wp-content/uploads/2026/11/<name>-1024x683.jpg``."""
    return f"{UP}/2026/{month:02d}/{name}{'-' + size if size else ''}.{ext}"


# --- text as WordPress prints it ---------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "‘": "&#8216;", "’": "&#8217;"}


def tx(value: str, nfd: bool = False) -> str:
    """Escaped text with wptexturize's numeric entities (and Unikey's NFD when asked)."""
    out = text(value, nfd=nfd)
    for ch, ent in _TEXTURIZE.items():
        out = out.replace(ch, ent)
    return out


# --- the articles -----------------------------------------------------------------------------


def _right(line: str, tag: str = "strong") -> Raw:
    """A closing line aligned right (a byline, a source): not text."""
    return Raw(f'<p style="text-align: right;"><{tag}>{tx(line)}</{tag}></p>')


SPACER = Raw("<p>&nbsp;</p>")

TB1 = Story(
    id=2461,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="thong-bao",
    published_at="2026-12-03",
    authors=["Nguyễn Thị Ngọc Lan"],
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
            '<tr><td style="width: 42%; text-align: center;">PHÒNG GD&amp;ĐT ĐỨC TRỌNG<br />'
            "<strong>TRƯỜNG MẦM NON SAO MAI</strong></td>"
            '<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
            "<strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u></strong></td></tr>"
            '<tr><td style="text-align: center;">Số: 112/TB-MNSM</td>'
            '<td style="text-align: center;"><em>Đức Trọng, ngày 03 tháng 12 năm 2026</em></td></tr>'
            "</tbody></table>\n"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
            "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
        ),
        P("Căn cứ Công văn số 2150/UBND-VX ngày 25/11/2026 của Ủy ban nhân dân huyện Đức Trọng về việc nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, viên chức;"),
        P("Căn cứ Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027 của Trường Mầm non Sao Mai;"),
        P("Trường Mầm non Sao Mai thông báo đến toàn thể cán bộ, giáo viên, nhân viên và quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
        P("1. Thời gian nghỉ: 01 ngày, thứ Sáu ngày 01/01/2027. Kết hợp với nghỉ hằng tuần, cán bộ, giáo viên, nhân viên và trẻ được nghỉ liên tục từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."),
        P("2. Trẻ đi học trở lại bình thường từ thứ Hai ngày 04/01/2027."),
        P("3. Các nhóm, lớp nhắc nhở phụ huynh giữ gìn vệ sinh, bảo đảm an toàn cho trẻ trong những ngày nghỉ; bộ phận bảo vệ trực 24/24 giờ, kiểm tra hệ thống điện, nước, khóa cửa các phòng trước khi nghỉ."),
        P("Trong thời gian nghỉ, nếu có việc đột xuất, đề nghị liên hệ đồng chí trực lãnh đạo qua số điện thoại 0263 3843 215."),
        P("Nhà trường trân trọng thông báo để quý phụ huynh được biết và phối hợp thực hiện./."),
        Raw(
            '<table style="width: 100%;" border="0"><tbody><tr>'
            '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
            "&#8211; Phòng GD&amp;ĐT (b/c);<br />&#8211; CB, GV, NV;<br />&#8211; Phụ huynh trẻ;<br />"
            "&#8211; Lưu: VT.</td>"
            '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />'
            "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Ngọc Lan</strong></td>"
            "</tr></tbody></table>"
        ),
        Raw(
            f'<p><strong>Tải văn bản:</strong> <a href="{UP}/2026/12/TB-112-MNSM-nghi-tet-duong-lich-2027.pdf" '
            'target="_blank" rel="noopener">TB-112-MNSM-nghi-tet-duong-lich-2027.pdf</a></p>'
        ),
    ],
    opts={"at": "2026-12-03 16:05:22", "mod": "2026-12-03 16:09:40", "tpl": "default",
          "excerpt": "Trường Mầm non Sao Mai thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên, nhân viên và trẻ."},
)

TT1 = Story(
    id=2455,
    slug="truong-mam-non-sao-mai-to-chuc-hoi-thi-be-voi-an-toan-giao-thong",
    title="Trường Mầm non Sao Mai tổ chức Hội thi “Bé với an toàn giao thông”",
    cat="tin-tuc-su-kien",
    published_at="2026-12-02T10:12:40+07:00",
    authors=["Tổ Văn phòng"],
    photographers=["Tổ Văn phòng"],
    summary="Sáng ngày 01/12/2026, Trường Mầm non Sao Mai tổ chức Hội thi “Bé với an toàn giao thông” dành cho trẻ mẫu giáo 4 – 5 tuổi và 5 – 6 tuổi, giúp trẻ làm quen với những quy định đơn giản khi tham gia giao thông.",
    blocks=[
        P("Sáng ngày 01/12/2026, Trường Mầm non Sao Mai tổ chức Hội thi “Bé với an toàn giao thông” dành cho trẻ mẫu giáo 4 – 5 tuổi và 5 – 6 tuổi, giúp trẻ làm quen với những quy định đơn giản khi tham gia giao thông.", "lead"),
        P("Tham dự hội thi có đồng chí Nguyễn Thị Ngọc Lan – Hiệu trưởng nhà trường, đại diện Ban đại diện cha mẹ trẻ cùng 126 bé đến từ 5 lớp Chồi và Lá. Sân trường được trang trí thành một “thành phố thu nhỏ” với vạch kẻ đường, cột đèn tín hiệu và các biển báo bằng bìa cứng do chính giáo viên làm."),
        Img(z(12, "z5990412876530_4c1e8b7a2f3d9e6c5b0a1d2e3f4a5b6c"),
            "Các bé lớp Lá 1 thực hành đi bộ qua đường đúng vạch kẻ dành cho người đi bộ",
            "Các bé lớp Lá 1 thực hành đi bộ qua đường đúng vạch kẻ dành cho người đi bộ", "cap"),
        P("Hội thi gồm ba phần: “Bé chào hỏi”, “Bé thông minh” và “Bé khéo léo”. Ở phần thi “Bé thông minh”, các đội trả lời câu hỏi về ý nghĩa của đèn xanh, đèn đỏ, đèn vàng và nhận biết một số biển báo quen thuộc như biển cấm đi ngược chiều, biển đường dành cho người đi bộ."),
        P("Phần thi “Bé khéo léo” thu hút sự cổ vũ nhiệt tình của phụ huynh. Các bé lần lượt đội mũ bảo hiểm đúng cách, lái xe đạp ba bánh qua đoạn đường có chướng ngại vật và dừng lại đúng vạch khi gặp đèn đỏ."),
        Img(z(12, "z5990412901187_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"),
            "Phụ huynh hướng dẫn bé cài quai mũ bảo hiểm đúng cách",
            "Phụ huynh hướng dẫn bé cài quai mũ bảo hiểm đúng cách", "cap"),
        SPACER,
        P("Kết thúc hội thi, Ban tổ chức trao 01 giải Nhất cho lớp Lá 2, 01 giải Nhì cho lớp Lá 1, 02 giải Ba cho lớp Chồi 1, Chồi 3 và giải Khuyến khích cho lớp Chồi 2. Tất cả các bé đều nhận được phần quà là bộ tranh tô màu chủ đề giao thông."),
        Img(z(12, "z5990413002254_1f2e3d4c5b6a79808f7e6d5c4b3a2910"),
            "Ban tổ chức trao giải Nhất cho đội thi lớp Lá 2.",
            "Ban tổ chức trao giải Nhất cho đội thi lớp Lá 2.", "it"),
        P("Thông qua hội thi, nhà trường mong muốn mỗi bé trở thành một “tuyên truyền viên nhỏ”, biết nhắc ông bà, cha mẹ đội mũ bảo hiểm và chấp hành luật giao thông mỗi khi chở bé đến trường…"),
        _right("Tin, ảnh: Tổ Văn phòng"),
    ],
    opts={"at": "2026-12-02 10:12:40", "mod": "2026-12-04 08:03:11", "tpl": "default",
          "tags": ["an-toan-giao-thong"], "stars": (5, 3),
          "excerpt": "Sáng ngày 01/12/2026, Trường Mầm non Sao Mai tổ chức Hội thi “Bé với an toàn giao thông” dành cho trẻ mẫu giáo 4 – 5 tuổi và 5 – 6 tuổi…"},
)

GB1 = Story(
    id=2449,
    slug="be-lop-choi-2-hoc-lam-banh-quy",
    title="Bé lớp Chồi 2 học làm bánh quy",
    cat="goc-be-yeu",
    published_at="2026-11-30T07:18:05+07:00",
    blocks=[
        Img(z(11, "z5981127743018_7d6c5b4a39281f0e1d2c3b4a59687766", "1020x680"), None, None, "featured"),
        P("Trong chủ đề “Thực phẩm quanh bé”, sáng thứ Sáu vừa qua, các bé lớp Chồi 2 đã có một buổi học thật thú vị: tự tay làm những chiếc bánh quy xinh xắn dưới sự hướng dẫn của cô Minh Thư và cô Hồng Gấm."),
        P("Chuẩn bị cho buổi học gồm có:"),
        P("Bột mì, bơ, đường, trứng gà và một ít sữa tươi;", "emo br"),
        P("Khuôn cắt hình ngôi sao, trái tim, con cá;", "emo br"),
        P("Tạp dề, mũ đầu bếp và khăn lau tay cho từng bé.", "emo"),
        P("Các bé được cô giới thiệu từng nguyên liệu, cùng nhau đong bột, đập trứng và nhào bột. Bạn nào cũng chăm chú, có bạn dính bột cả lên mũi nhưng vẫn cười tít mắt."),
        Img(z(11, "z5981127790455_0e1d2c3b4a5968778695a4b3c2d1e0f9"),
            "Bé Gia Hân và bé Minh Khôi cùng nhào bột", "Bé Gia Hân và bé Minh Khôi cùng nhào bột", "it"),
        P("Khi bột đã mịn, cô hướng dẫn các bé cán mỏng và dùng khuôn để cắt thành nhiều hình khác nhau. Những chiếc bánh được xếp ngay ngắn vào khay và đưa vào lò nướng của bếp ăn nhà trường."),
        P("Trong lúc chờ bánh chín, các bé cùng cô hát bài “Bé tập làm nội trợ” và trò chuyện về các bước giữ vệ sinh khi chế biến thức ăn: rửa tay bằng xà phòng, đội mũ, đeo tạp dề, không dùng tay bẩn chạm vào thực phẩm."),
        Img(z(11, "z5981127815532_5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"),
            "Những chiếc bánh quy đầu tiên do bé tự làm", "Những chiếc bánh quy đầu tiên do bé tự làm", "it"),
        P("Buổi chiều, mỗi bé mang về một hộp bánh nhỏ để tặng bố mẹ. Qua hoạt động, trẻ không chỉ biết thêm về thực phẩm mà còn được rèn luyện sự khéo léo, tính kiên nhẫn và tinh thần hợp tác cùng bạn."),
    ],
    opts={"at": "2026-11-30 07:18:05", "mod": "2026-11-30 07:18:05", "tpl": "featured",
          "tags": ["hoat-dong-trai-nghiem"], "stars": (5, 7),
          "excerpt": "Trong chủ đề “Thực phẩm quanh bé”, sáng thứ Sáu vừa qua, các bé lớp Chồi 2 đã có một buổi học thật thú vị…"},
)

TT2 = Story(
    id=2440,
    slug="chuyen-de-phat-trien-van-dong-cho-tre-5-6-tuoi-cap-cum",
    title="Chuyên đề “Phát triển vận động cho trẻ 5 – 6 tuổi” cấp cụm",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T14:40:09+07:00",
    authors=["Phạm Thị Thanh Tâm"],
    summary="Chiều ngày 26/11/2026, Trường Mầm non Sao Mai đăng cai tổ chức chuyên đề “Phát triển vận động cho trẻ 5 – 6 tuổi” cấp cụm số 2, với sự tham gia của cán bộ quản lý và giáo viên đến từ 6 trường mầm non trên địa bàn huyện.",
    blocks=[
        P("Chiều ngày 26/11/2026, Trường Mầm non Sao Mai đăng cai tổ chức chuyên đề “Phát triển vận động cho trẻ 5 – 6 tuổi” cấp cụm số 2, với sự tham gia của cán bộ quản lý và giáo viên đến từ 6 trường mầm non trên địa bàn huyện.", "lead"),
        P("1. Mục đích của chuyên đề", "h2"),
        P("Theo kế hoạch của Phòng GD&ĐT huyện Đức Trọng, năm học 2026 – 2027 các trường mầm non tiếp tục đẩy mạnh giáo dục phát triển thể chất, chú trọng các vận động cơ bản và tăng cường hoạt động ngoài trời cho trẻ."),
        P("Chuyên đề là dịp để giáo viên trong cụm trao đổi cách tổ chức hoạt động vận động theo hướng lấy trẻ làm trung tâm, tận dụng nguyên vật liệu sẵn có ở địa phương như tre, lốp xe cũ, bao tải để làm đồ dùng tập luyện."),
        P("2. Nội dung các hoạt động", "h2"),
        P("Các đại biểu dự hoạt động mẫu “Bật xa 50 cm – Ném xa bằng một tay” của lớp Lá 2 do cô Phạm Thị Thanh Tâm thực hiện. Tiết dạy được thiết kế dưới dạng trò chơi “Chú bộ đội tí hon”: trẻ khởi động theo nhạc, tập bài phát triển chung với vòng và thi đua theo tổ."),
        Img(z(11, "z5969310248871_2b3c4d5e6f708192a3b4c5d6e7f80912"),
            "Trẻ lớp Lá 2 thực hiện vận động bật xa trong hoạt động mẫu",
            "Trẻ lớp Lá 2 thực hiện vận động bật xa trong hoạt động mẫu", "cap"),
        P("Sau hoạt động chính, các đại biểu tham quan khu vận động ngoài trời với 12 góc chơi: đi trên cầu khỉ, chui ống, leo thang dây, ném vòng cổ chai, nhảy lò cò… Mỗi góc chơi đều có bảng hướng dẫn bằng hình ảnh để trẻ tự lựa chọn và luân phiên."),
        P("3. Kết quả và bài học kinh nghiệm", "h2"),
        P("Trong phần thảo luận, giáo viên các trường thống nhất cần xây dựng kế hoạch vận động theo tháng, lồng ghép vận động vào giờ đón trẻ, hoạt động chiều và khuyến khích phụ huynh cùng con tập luyện tại nhà."),
        P("Đồng chí Lương Văn Thắng, chuyên viên Phòng GD&ĐT, ghi nhận sự chuẩn bị chu đáo của nhà trường và đề nghị các đơn vị trong cụm nhân rộng mô hình “Góc vận động từ vật liệu tái chế” trong học kỳ II."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/truong-mam-non-sao-mai-to-chuc-hoi-thi-be-voi-an-toan-giao-thong.html">'
            "Trường Mầm non Sao Mai tổ chức Hội thi &#8220;Bé với an toàn giao thông&#8221;</a></p>"),
        _right("Phạm Thị Thanh Tâm – Tổ trưởng Tổ Mẫu giáo lớn", "em"),
    ],
    opts={"at": "2026-11-27 14:40:09", "mod": "2026-11-28 09:21:47", "tpl": "default", "toc": True,
          "stars": (4.8, 5),
          "excerpt": "Chiều ngày 26/11/2026, Trường Mầm non Sao Mai đăng cai tổ chức chuyên đề “Phát triển vận động cho trẻ 5 – 6 tuổi” cấp cụm số 2…"},
)

TB2 = Story(
    id=2432,
    slug="thong-bao-tuyen-sinh-bo-sung-nhom-nha-tre-24-36-thang-tuoi",
    title="Thông báo tuyển sinh bổ sung nhóm Nhà trẻ 24 – 36 tháng tuổi",
    cat="thong-bao",
    published_at="2026-11-24T08:30:00+07:00",
    authors=["Ban Giám hiệu"],
    blocks=[
        P("Nhằm đáp ứng nhu cầu gửi trẻ của phụ huynh trên địa bàn thị trấn Liên Nghĩa và các xã lân cận, Trường Mầm non Sao Mai thông báo tuyển sinh bổ sung 20 chỉ tiêu vào nhóm Nhà trẻ 24 – 36 tháng tuổi, bắt đầu nhận trẻ từ tháng 12/2026."),
        P("1. Đối tượng tuyển sinh", "h3"),
        P("Trẻ sinh năm 2024, có sức khỏe bình thường; ưu tiên trẻ có nơi thường trú hoặc tạm trú tại thị trấn Liên Nghĩa."),
        P("2. Hồ sơ gồm", "h3"),
        P("Đơn xin nhập học (theo mẫu của nhà trường);", "li"),
        P("Bản sao giấy khai sinh của trẻ;", "li"),
        P("Bản photo sổ tiêm chủng hoặc giấy xác nhận tiêm chủng;", "li"),
        P("Giấy xác nhận thông tin cư trú (nếu có).", "li"),
        P("3. Thời gian và địa điểm nhận hồ sơ", "h3"),
        P("Từ ngày 25/11/2026 đến hết ngày 10/12/2026, trong giờ hành chính, tại Văn phòng nhà trường. Phụ huynh có thể đăng ký trước qua số điện thoại 0263 3843 215 hoặc nhắn tin Zalo của nhà trường."),
        P("Mọi thắc mắc xin liên hệ cô Đinh Thị Kim Oanh – Phó Hiệu trưởng phụ trách khối Nhà trẻ."),
        SPACER,
        _right("Ban Giám hiệu"),
    ],
    opts={"at": "2026-11-24 08:30:00", "mod": "2026-11-24 08:30:00", "tpl": "default",
          "excerpt": "Trường Mầm non Sao Mai thông báo tuyển sinh bổ sung 20 chỉ tiêu vào nhóm Nhà trẻ 24 – 36 tháng tuổi…"},
)

TT3_GALLERY = [
    ("z5036721854412_6e1f0a3b9c2d4e5f8a7b6c5d4e3f2a1b", "Các bé lớp Lá biểu diễn văn nghệ chào mừng"),
    ("z5036721861190_0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e", "Phụ huynh tặng hoa chúc mừng các cô"),
    ("z5036721873305_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", "Cán bộ, giáo viên, nhân viên nhà trường chụp ảnh lưu niệm"),
]

TT3 = Story(
    id=2425,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T09:00:31+07:00",
    authors=["Lê Thị Hồng Nhung"],
    photographers=["Nguyễn Văn Hải"],
    blocks=[
        P("Sáng ngày 19/11/2026, trong không khí phấn khởi của những ngày tháng 11, Trường Mầm non Sao Mai long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11."),
        P("Về dự buổi lễ có đồng chí Trần Quốc Vinh – Phó Chủ tịch UBND thị trấn Liên Nghĩa, đại diện Phòng GD&ĐT huyện Đức Trọng, Ban đại diện cha mẹ trẻ cùng các thế hệ thầy cô giáo đã từng công tác tại trường."),
        Img(z(11, "z5036720998874_3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"),
            "Đồng chí Nguyễn Thị Ngọc Lan – Hiệu trưởng đọc diễn văn ôn lại truyền thống ngày 20/11",
            "Đồng chí Nguyễn Thị Ngọc Lan – Hiệu trưởng đọc diễn văn ôn lại truyền thống ngày 20/11", "cap"),
        P("Trong diễn văn, đồng chí Hiệu trưởng điểm lại những kết quả nổi bật của nhà trường trong năm học 2025 – 2026: 100% trẻ được bảo đảm an toàn tuyệt đối, tỉ lệ trẻ suy dinh dưỡng giảm còn 2,1%, nhà trường có 04 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện."),
        P("Nhân dịp này, nhà trường khen thưởng 12 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt” chào mừng ngày 20/11; Công đoàn trường trao quà cho 05 nhà giáo đã nghỉ hưu."),
        *(Img(z(11, name, "300x225"), cap, cap, "gallery") for name, cap in TT3_GALLERY),
        P("Xen kẽ buổi lễ là chương trình văn nghệ do chính các cô giáo và các bé biểu diễn với những tiết mục múa, hát về mái trường, về cô giáo như “Cô giáo em”, “Bông hồng tặng cô”, “Mẹ và cô”… để lại nhiều cảm xúc cho người tham dự."),
        P("Buổi lễ khép lại trong không khí ấm áp, là động lực để tập thể cán bộ, giáo viên, nhân viên Trường Mầm non Sao Mai tiếp tục đoàn kết, yêu nghề, mến trẻ, chung tay xây dựng nhà trường ngày càng phát triển."),
        SPACER,
        _right("Tin: Lê Thị Hồng Nhung – Ảnh: Nguyễn Văn Hải", "em"),
    ],
    opts={"at": "2026-11-20 09:00:31", "mod": "2026-11-21 15:47:02", "tpl": "default",
          "tags": ["ngay-nha-giao-viet-nam"], "stars": (5, 12),
          "excerpt": "Sáng ngày 19/11/2026, Trường Mầm non Sao Mai long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11…",
          "comments": [
              (187, 0, "Phụ huynh bé Bảo Anh", "2026-11-20 20:14:05",
               "Chúc các cô luôn mạnh khỏe, hạnh phúc và mãi yêu nghề. Cảm ơn các cô đã chăm sóc bé Bảo Anh lớp Lá 1 chu đáo ạ!"),
              (188, 0, "Mẹ bé Su (Chồi 2)", "2026-11-20 21:02:44",
               "Văn nghệ các bé dễ thương quá. Nhà trường có đăng video tiết mục múa của lớp Chồi 2 không ạ?"),
              (191, 188, "Trường Mầm non Sao Mai", "2026-11-21 07:35:10",
               "Dạ, video sẽ được đăng trên trang Facebook của nhà trường trong tuần này ạ. Cảm ơn phụ huynh!"),
              (190, 0, "Trần Văn Lộc", "2026-11-21 06:50:27",
               "Chúc mừng thầy cô Trường Mầm non Sao Mai nhân ngày Nhà giáo Việt Nam 20/11."),
          ]},
)

PROTECTED = Story(
    id=2419,
    slug="album-anh-lop-la-1-thang-11",
    title="Album ảnh lớp Lá 1 tháng 11",
    cat="goc-be-yeu",
    published_at="2026-11-18T11:02:44+07:00",
    blocks=[],
    opts={"at": "2026-11-18 11:02:44", "mod": "2026-11-18 11:02:44", "tpl": "protected",
          "thumb": z(11, "z5024418830091_8e7d6c5b4a3928171605f4e3d2c1b0a9", "300x200")},
)

GARDEN = Story(
    id=2411,
    slug="be-trai-nghiem-thu-hoach-rau-tai-vuon-truong",
    title="Bé trải nghiệm thu hoạch rau tại vườn trường",
    cat="tin-tuc-su-kien",
    published_at="2026-11-14T16:45:50+07:00",
    authors=["Trần Thị Mỹ Duyên"],
    blocks=[
        P("“Vườn rau của bé” là khu vực được các bé lớp Lá 1 yêu thích nhất ở Trường Mầm non Sao Mai. Sau gần hai tháng chăm sóc, những luống cải ngọt, xà lách, rau muống do các bé gieo hạt đã đến ngày thu hoạch."),
        P("Từ sáng sớm, các bé đã mang ủng, đội nón và cầm theo giỏ nhỏ ra vườn. Cô giáo hướng dẫn bé cách nhổ rau nhẹ tay, rũ sạch đất ở gốc rồi xếp gọn gàng vào rổ."),
        Img(z(11, "z5012886412207_6d5c4b3a2918f7e6d5c4b3a29180f7e6"),
            "Các bé lớp Lá 1 hào hứng thu hoạch cải ngọt", "Các bé lớp Lá 1 hào hứng thu hoạch cải ngọt", "cap"),
        P("Vừa làm, các bé vừa trò chuyện cùng cô về các bộ phận của cây rau, về công việc của bác nông dân và lợi ích của rau xanh đối với sức khỏe. Nhiều bé còn phát hiện ra những chú giun đất đang “làm tơi đất” cho vườn."),
        P("Số rau thu hoạch được các bé mang xuống bếp ăn của nhà trường. Bữa trưa hôm ấy, món canh cải nấu tôm được các bé ăn hết sạch vì “rau do chính tay con trồng”."),
        Img(z(11, "z5012886440013_c4b3a2918f7e6d5c4b3a2918f7e6d5c4"),
            "Món canh rau do các bé thu hoạch trong bữa trưa", "Món canh rau do các bé thu hoạch trong bữa trưa", "it"),
        P("Hoạt động trải nghiệm giúp trẻ gần gũi với thiên nhiên, biết quý trọng sức lao động và hình thành thói quen ăn nhiều rau xanh. Nhà trường sẽ tiếp tục duy trì mô hình “Vườn rau của bé” ở tất cả các lớp mẫu giáo."),
        _right("GV: Trần Thị Mỹ Duyên"),
    ],
    opts={"at": "2026-11-14 16:45:50", "mod": "2026-11-15 10:02:18", "tpl": "default",
          "cats": ["goc-be-yeu", "tin-tuc-su-kien"], "tags": ["hoat-dong-trai-nghiem"], "stars": (5, 4),
          "excerpt": "“Vườn rau của bé” là khu vực được các bé lớp Lá 1 yêu thích nhất ở Trường Mầm non Sao Mai…",
          "comments": [
              (176, 0, "Mẹ bé Tôm (Lá 1)", "2026-11-14 19:22:31",
               "Hôm đó về nhà bé Tôm kể mãi chuyện nhổ rau, còn đòi mẹ mua hạt giống về trồng ở ban công. Cảm ơn cô Duyên nhiều ạ!"),
          ]},
)

GB2 = Story(
    id=2403,
    slug="be-lop-la-2-ve-tranh-ngoi-nha-mo-uoc",
    title="🎨 Bé lớp Lá 2 vẽ tranh “Ngôi nhà mơ ước”",
    cat="goc-be-yeu",
    published_at="2026-11-10T06:30:12+07:00",
    photographers=["Hoàng Thị Yến"],
    blocks=[
        Img(z(11, "z4997523108846_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", "1020x680"), None, None, "featured"),
        P("Ngôi nhà mơ ước của con trông như thế nào? Đó là câu hỏi cô giáo lớp Lá 2 dành cho các bé trong hoạt động tạo hình tuần này."),
        P("Mỗi bé được phát một tờ giấy A3, bút sáp màu và màu nước. Không cần mẫu vẽ sẵn, các bé tự do tưởng tượng và thể hiện ngôi nhà theo cách của mình."),
        Img(z(11, "z4997523142203_7f8e9d0c1b2a39485766a5b4c3d2e1f0"), "Ảnh: Hoàng Thị Yến", None, "it"),
        P("Có bạn vẽ ngôi nhà trên cây với chiếc cầu thang thật dài, có bạn vẽ ngôi nhà hình quả dâu tây giữa đồi chè, lại có bạn vẽ ngôi nhà có hồ bơi để “cả nhà cùng tắm mỗi chiều”."),
        P("Sau khi hoàn thành, từng bé lên giới thiệu tác phẩm của mình trước lớp. Cô giáo nhận xét, khen ngợi và khuyến khích các bé mạnh dạn nói lên ý tưởng."),
        Img(z(11, "z4997523170058_0f1e2d3c4b5a69788796a5b4c3d2e1f0"), "Ảnh: Hoàng Thị Yến", None, "it"),
        P("Những bức tranh đẹp nhất được trưng bày tại góc “Bé khéo tay” ở hành lang lớp học để phụ huynh cùng chiêm ngưỡng khi đón trẻ."),
    ],
    opts={"at": "2026-11-10 06:30:12", "mod": "2026-11-10 06:41:55", "tpl": "featured", "stars": (5, 9),
          "excerpt": "Ngôi nhà mơ ước của con trông như thế nào? Đó là câu hỏi cô giáo lớp Lá 2 dành cho các bé…"},
)

TT4 = Story(
    id=2390,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-30T15:10:27+07:00",
    authors=["Nguyễn Thị Thùy Trang"],
    blocks=[
        P("Từ ngày 19/10 đến ngày 28/10/2026, Trường Mầm non Sao Mai tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027 với sự tham gia của 18 giáo viên đang trực tiếp giảng dạy ở các nhóm, lớp."),
        P("Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và thực hành một hoạt động giáo dục trên trẻ do Ban giám khảo bốc thăm trước một ngày."),
        P("Các tiết dạy được chuẩn bị công phu, đồ dùng đẹp, phù hợp với độ tuổi. Nhiều giáo viên ứng dụng công nghệ thông tin, sử dụng bài giảng điện tử và trò chơi tương tác, tạo hứng thú cho trẻ."),
        Img(z(10, "z4921367705512_5e4d3c2b1a0f9e8d7c6b5a4938271605"),
            "Cô Lê Thị Bích Ngọc tổ chức hoạt động làm quen chữ cái cho trẻ lớp Lá 3",
            "Cô Lê Thị Bích Ngọc tổ chức hoạt động làm quen chữ cái cho trẻ lớp Lá 3", "cap"),
        P("Kết quả, có 15/18 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 06 giáo viên được chọn tham gia hội thi cấp huyện dự kiến tổ chức vào tháng 01/2027."),
        P("Hội thi là dịp để giáo viên tự bồi dưỡng chuyên môn, học hỏi kinh nghiệm lẫn nhau, góp phần nâng cao chất lượng đội ngũ của nhà trường."),
        SPACER,
        _right("Nguyễn Thị Thùy Trang - Phó Hiệu trưởng"),
    ],
    opts={"at": "2026-10-30 15:10:27", "mod": "2026-10-30 15:10:27", "tpl": "default", "nfd": True,
          "excerpt": "Từ ngày 19/10 đến ngày 28/10/2026, Trường Mầm non Sao Mai tổ chức Hội thi giáo viên dạy giỏi cấp trường…"},
)

GB3 = Story(
    id=2377,
    slug="be-lop-mam-hoc-dong-dao-chi-chi-chanh-chanh",
    title="Bé lớp Mầm học đồng dao “Chi chi chành chành”",
    cat="goc-be-yeu",
    published_at="2026-10-22T05:55:00+07:00",
    authors=["Tổ Mẫu giáo bé"],
    blocks=[
        Img(z(10, "z4898834412079_2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a", "1020x680"), None, None, "featured"),
        P("Đồng dao là những bài vè ngắn, có vần điệu dễ nhớ, gắn liền với tuổi thơ của biết bao thế hệ. Ở lớp Mầm, cô thường dạy bé đọc đồng dao trong giờ đón trẻ, giờ chơi và trước giờ ăn trưa."),
        P("Tháng 10 này, các bé lớp Mầm 1 và Mầm 2 đã thuộc lòng bài đồng dao “Chi chi chành chành”. Ba mẹ cùng đọc lại với con ở nhà nhé!"),
        P("Chi chi chành chành", "verse br"),
        P("Cái đanh thổi lửa", "verse br"),
        P("Con ngựa chết trương", "verse br"),
        P("Ba vương ngũ đế", "verse br"),
        P("Chấp chế đi tìm", "verse br"),
        P("Ù à ù ập", "verse br"),
        P("Đóng sập cửa vào.", "verse"),
        P("Khi chơi, một bạn xòe bàn tay, các bạn khác đặt ngón tay trỏ vào lòng bàn tay ấy. Đọc đến tiếng “ập” cuối cùng, bạn xòe tay nắm lại, ai rút tay không kịp là bị “bắt”. Trò chơi giúp bé phát triển ngôn ngữ, khả năng ghi nhớ và phản xạ nhanh."),
        Img(z(10, "z4898834450316_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"),
            "Cô và các bé lớp Mầm 1 chơi “Chi chi chành chành” trong giờ hoạt động góc",
            "Cô và các bé lớp Mầm 1 chơi “Chi chi chành chành” trong giờ hoạt động góc", "it"),
        P("Chúc các bé luôn vui khỏe và thuộc thêm thật nhiều bài đồng dao hay!"),
        _right("Tổ Mẫu giáo bé"),
    ],
    opts={"at": "2026-10-22 05:55:00", "mod": "2026-10-23 08:12:30", "tpl": "featured", "stars": (5, 6),
          "excerpt": "Đồng dao là những bài vè ngắn, có vần điệu dễ nhớ, gắn liền với tuổi thơ của biết bao thế hệ…"},
)

TB3 = Story(
    id=2371,
    slug="lich-kham-suc-khoe-dinh-ky-cho-tre-dot-1-nam-hoc-2026-2027",
    title="Lịch khám sức khỏe định kỳ cho trẻ đợt 1 năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-10-20T07:45:16+07:00",
    source="Trạm Y tế thị trấn Liên Nghĩa",
    blocks=[
        P("Thực hiện kế hoạch phối hợp chăm sóc sức khỏe ban đầu cho trẻ, Trạm Y tế thị trấn Liên Nghĩa phối hợp với Trường Mầm non Sao Mai tổ chức khám sức khỏe định kỳ đợt 1 cho trẻ toàn trường."),
        P("Nội dung khám gồm: đo chiều cao, cân nặng, khám răng miệng, tai mũi họng, mắt và khám tổng quát. Kết quả được ghi vào sổ theo dõi sức khỏe của từng trẻ."),
        P("Lịch khám cụ thể như sau:"),
        P("Khối lớp | Ngày khám | Thời gian", "th"),
        P("Nhà trẻ 24 – 36 tháng | Thứ Năm, 22/10/2026 | 7 giờ 30 – 9 giờ 30", "tr"),
        P("Mẫu giáo Mầm | Thứ Sáu, 23/10/2026 | 7 giờ 30 – 10 giờ 00", "tr"),
        P("Mẫu giáo Chồi | Thứ Hai, 26/10/2026 | 7 giờ 30 – 10 giờ 00", "tr"),
        P("Mẫu giáo Lá | Thứ Ba, 27/10/2026 | 7 giờ 30 – 10 giờ 30", "tr"),
        P("Đề nghị quý phụ huynh cho trẻ đi học đúng giờ, mặc quần áo gọn gàng trong những ngày khám. Trẻ vắng mặt sẽ được khám bổ sung vào thứ Năm, ngày 29/10/2026."),
        _right("Nguồn: Trạm Y tế thị trấn Liên Nghĩa", "em"),
    ],
    opts={"at": "2026-10-20 07:45:16", "mod": "2026-10-20 07:45:16", "tpl": "default",
          "excerpt": "Trạm Y tế thị trấn Liên Nghĩa phối hợp với Trường Mầm non Sao Mai tổ chức khám sức khỏe định kỳ đợt 1 cho trẻ toàn trường…"},
)

GB4 = Story(
    id=2356,
    slug="be-tap-danh-rang-dung-cach",
    title="Bé tập đánh răng đúng cách",
    cat="goc-be-yeu",
    published_at="2026-10-08T16:20:33+07:00",
    blocks=[
        Img(z(10, "z4865501237740_4f5e6d7c8b9a0f1e2d3c4b5a69788796", "1020x680"), None, None, "featured"),
        P("Hưởng ứng tháng vệ sinh răng miệng, nhân viên y tế Trường Mầm non Sao Mai phối hợp với giáo viên các lớp mẫu giáo hướng dẫn trẻ cách chải răng đúng cách."),
        P("Bằng mô hình hàm răng lớn và bàn chải, cô Võ Thị Mai Hương làm mẫu từng động tác để các bé quan sát:"),
        P("Chải mặt ngoài của răng theo chiều từ trên xuống dưới, từ dưới lên trên;", "oli"),
        P("Chải mặt trong và mặt nhai của răng;", "oli"),
        P("Súc miệng thật sạch bằng nước và lau miệng bằng khăn.", "oli"),
        Raw('<p>[su_spacer size="20"]</p>'),
        Img(z(10, "z4865501262219_b5a69788796a5b4c3d2e1f0f1e2d3c4b"),
            "Bé lớp Chồi 3 thực hành chải răng trên mô hình", "Bé lớp Chồi 3 thực hành chải răng trên mô hình", "cap"),
        P("Sau phần hướng dẫn, các bé được phát bàn chải, cốc và kem đánh răng dành cho trẻ em để thực hành ngay tại khu vệ sinh của lớp. Cô giáo quan sát, sửa từng động tác cho bé."),
        P("Nhà trường mong phụ huynh tiếp tục nhắc bé chải răng ít nhất hai lần mỗi ngày, sau bữa sáng và trước khi đi ngủ, để bé có hàm răng chắc khỏe."),
    ],
    opts={"at": "2026-10-08 16:20:33", "mod": "2026-10-08 16:20:33", "tpl": "featured", "stars": (5, 2),
          "excerpt": "Hưởng ứng tháng vệ sinh răng miệng, nhân viên y tế Trường Mầm non Sao Mai hướng dẫn trẻ cách chải răng đúng cách…"},
)

TT5 = Story(
    id=2350,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-06T10:00:00+07:00",
    authors=["Công đoàn trường"],
    summary="Ngày 03/10/2026, Trường Mầm non Sao Mai tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027 với sự tham dự của 46/48 cán bộ, giáo viên, nhân viên.",
    blocks=[
        P("Ngày 03/10/2026, Trường Mầm non Sao Mai tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027 với sự tham dự của 46/48 cán bộ, giáo viên, nhân viên.", "lead"),
        P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026 và phương hướng, nhiệm vụ năm học mới; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và dự thảo Quy chế chi tiêu nội bộ năm 2027."),
        P("Năm học 2026 – 2027, nhà trường có 14 nhóm, lớp với 412 trẻ, phấn đấu 100% trẻ được học 2 buổi/ngày và ăn bán trú tại trường; giữ vững danh hiệu Trường đạt chuẩn quốc gia mức độ 2."),
        P("Các chỉ tiêu thi đua chủ yếu:", "br"),
        P("- Tập thể: Tập thể lao động xuất sắc;", "br"),
        P("- Cá nhân: 100% viên chức hoàn thành tốt nhiệm vụ trở lên."),
        P("Trong phần thảo luận, nhiều ý kiến tâm huyết xoay quanh việc đổi mới hoạt động ngoài trời, tăng cường bữa ăn phụ cho trẻ và giảm hồ sơ sổ sách cho giáo viên."),
        Img(z(10, "z4851190036627_8796a5b4c3d2e1f00f1e2d3c4b5a6978"),
            "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị", "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị", "cap"),
        P("Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 03 đồng chí, đồng thời biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành."),
        _right("Công đoàn trường"),
    ],
    opts={"at": "2026-10-06 10:00:00", "mod": "2026-10-07 14:26:03", "tpl": "default",
          "excerpt": "Ngày 03/10/2026, Trường Mầm non Sao Mai tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027…"},
)

#: every post, newest first (the protected album included)
POSTS: list[Story] = [TB1, TT1, GB1, TT2, TB2, TT3, PROTECTED, GARDEN, GB2, TT4, GB3, TB3, GB4, TT5]
POSTS.sort(key=lambda s: s.opts["at"], reverse=True)
BY_SLUG = {s.slug: s for s in POSTS}
BY_ID = {s.id: s for s in POSTS}
ARTICLES = [s for s in POSTS if s is not PROTECTED]

#: the home slider's links as the editor pasted them (from the school's Facebook page)
SLIDES: list[tuple[Story, str, str]] = [
    (TT3, "?fbclid=IwAR2kQ7vX0Lr9mD3sYbT1uW8pZcE5nJhF4aGq6oVtKyRiU0lMxB7wNs3Hd", z(11, "slide-20-11-2026", None)),
    (GARDEN, "?fbclid=IwAR0pLmN3qR8sT2vW6xY9zA1bC4dE7fG0hJ5kL8mN1oP4qR7sT0uV3wX6y", z(11, "slide-vuon-rau-cua-be", None)),
    (GB2, "", z(11, "slide-be-ve-tranh", None)),
]


# --- dates -----------------------------------------------------------------------------------


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)


def local_iso(value: str) -> str:
    return _dt(value).isoformat()


def gmt_iso(value: str) -> str:
    return _dt(value).astimezone(UTC).isoformat()


def vi_date(value: str) -> str:
    """WordPress' ``j F, Y`` in Vietnamese: "2 Tháng Mười Hai, 2026"."""
    d = _dt(value)
    return f"{d.day} {MONTHS_VI[d.month - 1]}, {d.year}"


def vi_datetime(value: str) -> str:
    """Comment dates: "20 Tháng Mười Một, 2026 lúc 8:14 chiều"."""
    d = _dt(value)
    hour = d.hour % 12 or 12
    return f"{vi_date(value)} lúc {hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def badge(value: str, extra: str = "") -> str:
    d = _dt(value)
    return (
        f'<div class="badge post-date {extra}"><div class="badge-inner">'
        f'<span class="post-date-day">{d.day:02d}</span><br>'
        f'<span class="post-date-month is-xsmall">Th{d.month}</span></div></div>'
    )


def ago(value: str) -> str:
    """The AMP reader template's ``human_time_diff``: "4 tuần trước"."""
    days = (TODAY - _dt(value)).total_seconds() / 86400
    if days < 1:
        return f"{max(1, round(days * 24))} giờ trước"
    if days < 7:
        return f"{round(days)} ngày trước"
    if days < 30:
        return f"{round(days / 7)} tuần trước"
    return f"{round(days / 30)} tháng trước"


# --- template helpers --------------------------------------------------------------------------


def t_title(story: Story) -> str:
    """The title as printed everywhere (Unikey's NFD for the post typed that way)."""
    return tx(shown_title(story), story.opts.get("nfd", False))


def path_of(story: Story) -> str:
    return f"/{story.slug}.html"


def cats_of(story: Story) -> list[str]:
    return sorted(story.opts.get("cats", [story.cat]), key=lambda c: CATS[c][0])


def shown_title(story: Story) -> str:
    return f"Được bảo vệ: {story.title}" if story is PROTECTED else story.title


def thumb_of(story: Story, size: str = "300x200") -> str | None:
    if "thumb" in story.opts:
        return story.opts["thumb"]
    img = next(iter(story.images), None)
    if img is None:
        return None
    return re.sub(r"-\d+x\d+\.jpg$", f"-{size}.jpg", img.src)


_SIZE = re.compile(r"-(\d+)x(\d+)\.jpg$")


def lazy_img(src: str, cls: str, alt: str = "", *, srcset: bool = True) -> str:
    """Flatsome's lazy loader: an empty SVG in ``src``, the file in ``data-src``."""
    m = _SIZE.search(src)
    w, h = (int(m.group(1)), int(m.group(2))) if m else (1280, 560)
    ph = f"data:image/svg+xml,%3Csvg%20viewBox%3D%220%200%20{w}%20{h}%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3C%2Fsvg%3E"
    extra = ""
    if srcset and m:
        small = _SIZE.sub("-300x200.jpg", src)
        medium = _SIZE.sub("-768x512.jpg", src)
        extra = (f' data-srcset="{src} {w}w, {small} 300w, {medium} 768w"'
                 f' sizes="(max-width: {w}px) 100vw, {w}px"')
    return (f'<img width="{w}" height="{h}" src="{ph}" data-src="{src}" class="lazy-load {cls}" '
            f'alt="{esc(alt)}"{extra} />')


# --- page chrome -------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [
        ("/gioi-thieu/#lich-su", "Lịch sử hình thành"),
        ("/gioi-thieu/#doi-ngu", "Đội ngũ giáo viên"),
        ("/gioi-thieu/#co-so-vat-chat", "Cơ sở vật chất"),
    ]),
    ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức", [
        ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức &#8211; Sự kiện"),
        ("/chuyen-muc/thong-bao/", "Thông báo"),
    ]),
    ("/chuyen-muc/goc-be-yeu/", "Góc bé yêu", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu(current: str) -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU):
        mid = 25 + n * 3
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{mid} menu-item-design-default"
        if href == current:
            cls += " current-menu-item active"
        if subs:
            cls += " menu-item-has-children has-dropdown"
            sub = "".join(
                f'<li id="menu-item-{mid}{k}" class="menu-item menu-item-type-custom menu-item-object-custom '
                f'menu-item-{mid}{k}"><a href="{h}">{lab}</a></li>'
                for k, (h, lab) in enumerate(subs)
            )
            items.append(f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}" class="nav-top-link">{label}'
                         f'<i class="icon-angle-down" ></i></a>\n<ul class="sub-menu nav-dropdown nav-dropdown-default">{sub}</ul></li>')
        else:
            items.append(f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}" class="nav-top-link">{label}</a></li>')
    return "\n".join(items)


def head(request: Request, title: str, canonical: str, *, desc: str | None = None, og_type: str = "website",
         extra: str = "", schema: dict | None = None, robots: str = "index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1") -> str:
    base = base_url(request)
    meta_desc = f'<meta name="description" content="{esc(desc)}" />\n' if desc else ""
    og_desc = f'<meta property="og:description" content="{esc(desc)}" />\n' if desc else ""
    graph = (f'<script type="application/ld+json" class="yoast-schema-graph">'
             f"{json.dumps(schema, ensure_ascii=False)}</script>\n") if schema else ""
    return f"""<!DOCTYPE html>
<!--[if IE 9 ]> <html lang="vi" class="ie9 loading-site no-js"> <![endif]-->
<!--[if IE 8 ]> <html lang="vi" class="ie8 loading-site no-js"> <![endif]-->
<!--[if (gte IE 9)|!(IE)]><!--><html lang="vi" class="loading-site no-js"> <!--<![endif]-->
<head>
    <meta charset="UTF-8" />
    <link rel="profile" href="http://gmpg.org/xfn/11" />
    <link rel="pingback" href="{base}/xmlrpc.php" />
    <script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
    <!-- This site is optimized with the Yoast SEO plugin v15.4 - https://yoast.com/wordpress/plugins/seo/ -->
    <title>{title}</title>
    {meta_desc}<meta name="robots" content="{robots}" />
    <link rel="canonical" href="{base}{canonical}" />
    <meta property="og:locale" content="vi_VN" />
    <meta property="og:type" content="{og_type}" />
    <meta property="og:title" content="{title}" />
    {og_desc}<meta property="og:url" content="{base}{canonical}" />
    <meta property="og:site_name" content="{SITE_NAME}" />
    {extra}<meta name="twitter:card" content="summary_large_image" />
    {graph}<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//s.w.org' />
        <script type="text/javascript">
            window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/13.0.1\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/13.0.1\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=5.6.2"}}}};
        </script>
<link rel='stylesheet' id='wp-block-library-css'  href='/wp-includes/css/dist/block-library/style.min.css?ver=5.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='ez-toc-css'  href='/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.17' type='text/css' media='all' />
<link rel='stylesheet' id='kk-star-ratings-css'  href='/wp-content/plugins/kk-star-ratings/public/css/kk-star-ratings.css?ver=4.1.7' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-main-css'  href='{THEME}/assets/css/flatsome.css?ver=3.13.1' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-style-css'  href='{CHILD}/style.css?ver=3.0' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.5.1' id='jquery-core-js'></script>
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 5.6.2" />
<style>.bg{{opacity: 0; transition: opacity 1s; -webkit-transition: opacity 1s;}} .bg-loaded{{opacity: 1;}}</style><!--[if IE]><link rel="stylesheet" type="text/css" href="{THEME}/assets/css/ie-fallback.css"><![endif]-->
<link rel="icon" href="{UP}/2020/07/cropped-favicon-sao-mai-32x32.png" sizes="32x32" />
<style id="custom-css" type="text/css">:root {{--primary-color: #f0851a;}}.header-main{{height: 96px}}.updated:not(.published){{display:none}}.nut-zalo{{position:fixed;bottom:90px;left:18px;z-index:99}}</style></head>
"""


def top(request: Request, body_class: str, current: str) -> str:
    return f"""
<body class="{body_class} lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">

<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>

<div id="wrapper">


    <header id="header" class="header has-sticky sticky-jump">
        <div class="header-wrapper">
            <div id="top-bar" class="header-top hide-for-sticky nav-dark">
    <div class="flex-row container">
      <div class="flex-col hide-for-medium flex-left">
          <ul class="nav nav-left medium-nav-center nav-small  nav-divided">
              <li class="html custom html_topbar_left"><span class="ngay-hom-nay"><i class="icon-clock"></i> {HEADER_TODAY}</span></li>
          </ul>
      </div>
      <div class="flex-col hide-for-medium flex-right">
         <ul class="nav top-bar-nav nav-right nav-small  nav-divided">
              <li class="html custom html_top_right_text"><i class="icon-phone"></i> Hotline: <a href="tel:02633843215">0263 3843 215</a> &nbsp;|&nbsp; <i class="icon-envelop"></i> mnsaomai.ductrong@lamdong.edu.vn</li>
<li class="html header-social-icons ml-0">
    <div class="social-icons follow-icons" ><a href="https://www.facebook.com/mnsaomaiductrong" target="_blank" data-label="Facebook"  rel="noopener noreferrer nofollow" class="icon plain facebook tooltip" title="Theo dõi trên Facebook"><i class="icon-facebook" ></i></a><a href="https://www.youtube.com/channel/UCk2mnsaomai" target="_blank" rel="noopener noreferrer nofollow" data-label="YouTube" class="icon plain  youtube tooltip" title="Theo dõi trên YouTube"><i class="icon-youtube" ></i></a></div>
</li>
          </ul>
      </div>
    </div>
</div>
<div id="masthead" class="header-main ">
      <div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
          <div id="logo" class="flex-col logo">
<a href="/" title="{SITE_NAME} - Yêu thương &#8211; Sáng tạo &#8211; Hạnh phúc" rel="home">
<img width="220" height="90" src="{UP}/2020/07/logo-mn-sao-mai.png" class="header_logo header-logo" alt="{SITE_NAME}"/></a>
          </div>
          <div class="flex-col hide-for-medium flex-left flex-grow">
            <ul class="header-nav header-nav-main nav nav-left  nav-size-medium nav-spacing-xlarge nav-uppercase" >
{_menu(current)}
            </ul>
          </div>
          <div class="flex-col hide-for-medium flex-right">
            <ul class="header-nav header-nav-main nav nav-right  nav-size-medium nav-spacing-xlarge nav-uppercase">
              <li class="header-search header-search-dropdown has-icon has-dropdown menu-item-has-children">
        <a href="#" aria-label="Tìm kiếm" class="is-small"><i class="icon-search" ></i></a>
        <ul class="nav-dropdown nav-dropdown-default">
         <li class="header-search-form search-form html relative has-icon">
    <div class="header-search-form-wrapper">
        <div class="searchform-wrapper ux-search-box relative is-normal"><form method="get" class="searchform" action="/" role="search">
        <div class="flex-row relative">
            <div class="flex-col flex-grow">
              <input type="search" class="search-field mb-0" name="s" value="" id="s" placeholder="Tìm kiếm&hellip;" />
            </div>
            <div class="flex-col">
                <button type="submit" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Gửi"><i class="icon-search" ></i></button>
            </div>
        </div>
</form>
</div>	</div>
</li>
        </ul>
</li>
<li class="html header-button-1">
    <div class="header-button">
    <a href="/lien-he/" class="button primary is-outline"  style="border-radius:99px;"><span>Đăng ký nhập học</span></a>
    </div>
</li>
            </ul>
          </div>
      </div>
</div>
<div class="header-bg-container fill"><div class="header-bg-image fill"></div><div class="header-bg-color fill"></div></div>		</div>
    </header>


    <main id="main" class="">
"""


def breadcrumb(items: list[tuple[str | None, str]]) -> str:
    parts = []
    for href, label in items[:-1]:
        parts.append(f'<span><a href="{href}">{label}</a></span>')
    parts.append(f'<span class="breadcrumb_last" aria-current="page">{items[-1][1]}</span>')
    return ('<div class="duong-dan container"><p id="breadcrumbs"><span><span>'
            + " &raquo; ".join(parts) + "</span></span></p></div>")


def sidebar() -> str:
    recent = "".join(
        f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half">'
        f'<div class="flex-col mr-half">{badge(s.opts["at"], "badge-small badge-outline")}</div>'
        f'<div class="flex-col flex-grow"><a href="{path_of(s)}" title="{esc(shown_title(s))}">{t_title(s)}</a>'
        f'<span class="post_comments op-7 block is-xsmall"><a href="{path_of(s)}#respond"></a></span></div></div></li>'
        for s in POSTS[:5]
    )
    counts = {c: sum(1 for s in POSTS if c in s.opts.get("cats", [s.cat])) for c in CATS}
    cats = "".join(
        f'<li class="cat-item cat-item-{tid}"><a href="/chuyen-muc/{slug}/">{tx(name)}</a> ({counts[slug]})</li>'
        for slug, (name, tid, _) in sorted(CATS.items(), key=lambda kv: kv[1][0])
    )
    tags = "".join(
        f'<a href="/tag/{slug}/" class="tag-cloud-link tag-link-{tid} tag-link-position-{n + 1}" '
        f'style="font-size: {10 + 3 * n}pt;" aria-label="{esc(name)} (1 mục)">{esc(name)}</a>\n'
        for n, (slug, (name, tid)) in enumerate(TAGS.items())
    )
    return f"""<div class="post-sidebar large-3 col">
                <div id="secondary" class="widget-area " role="complementary">
        <aside id="search-2" class="widget widget_search"><form method="get" class="searchform" action="/" role="search">
        <div class="flex-row relative"><div class="flex-col flex-grow"><input type="search" class="search-field mb-0" name="s" value="" placeholder="Tìm kiếm&hellip;" /></div>
        <div class="flex-col"><button type="submit" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Gửi"><i class="icon-search" ></i></button></div></div></form></aside>
        <aside id="flatsome_recent_posts-3" class="widget flatsome_recent_posts">		<span class="widget-title "><span>Bài viết mới</span></span><div class="is-divider small"></div>		<ul>{recent}</ul>		</aside>
<aside id="categories-2" class="widget widget_categories"><span class="widget-title "><span>Chuyên mục</span></span><div class="is-divider small"></div>
            <ul>{cats}</ul></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud"><span class="widget-title "><span>Thẻ</span></span><div class="is-divider small"></div><div class="tagcloud">{tags}</div></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget"><span class="widget-title "><span>Ý kiến phụ huynh</span></span><div class="is-divider small"></div><div id="polls-3" class="wp-polls">
    <form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
        <p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5e1c0a9f2b" /></p>
        <p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
        <p style="text-align: center;"><strong>Ba mẹ biết đến trường qua kênh nào?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
        <li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Người quen giới thiệu</label></li>
        <li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Trang Facebook của trường</label></li>
        <li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Website</label></li>
        </ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p></div></form></div></aside>
<aside id="custom_html-4" class="widget_text widget widget_custom_html"><span class="widget-title "><span>Liên kết website</span></span><div class="is-divider small"></div><div class="textwidget custom-html-widget"><select class="lien-ket-web" onchange="if(this.value) window.open(this.value);">
<option value="">&#8212; Chọn liên kết &#8212;</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.lamdong.gov.vn">Sở GD&amp;ĐT Lâm Đồng</option>
<option value="https://ductrong.lamdong.gov.vn">Cổng thông tin huyện Đức Trọng</option>
</select></div></aside>
</div>
            </div>"""


def footer() -> str:
    return f"""
</main>

<footer id="footer" class="footer-wrapper">
<div class="footer-widgets footer footer-2 dark">
        <div class="row dark large-columns-3 mb-0">
               <div id="text-3" class="col pb-0 widget widget_text"><span class="widget-title">{SITE_NAME.upper()}</span><div class="is-divider small"></div>			<div class="textwidget"><p><i class="icon-map-pin-fill"></i> Tổ dân phố 7, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng<br />
<i class="icon-phone"></i> Điện thoại: 0263 3843 215<br />
<i class="icon-envelop"></i> Email: mnsaomai.ductrong@lamdong.edu.vn</p>
</div>
        </div><div id="text-4" class="col pb-0 widget widget_text"><span class="widget-title">GIỜ ĐÓN TRẺ</span><div class="is-divider small"></div>			<div class="textwidget"><p>Thứ Hai &#8211; Thứ Sáu: 6h45 &#8211; 17h00<br />
Thứ Bảy: nhận giữ trẻ theo đăng ký</p>
</div>
        </div><div id="custom_html-2" class="widget_text col pb-0 widget widget_custom_html"><span class="widget-title">THỐNG KÊ TRUY CẬP</span><div class="is-divider small"></div><div class="textwidget custom-html-widget"><ul class="tk-truy-cap">
<li><i class="icon-user"></i> Đang online: <b>7</b></li>
<li><i class="icon-eye"></i> Hôm nay: <b>214</b></li>
<li><i class="icon-heart"></i> Tổng truy cập: <b>386.502</b></li>
</ul></div></div>		</div>
</div>
<div class="absolute-footer dark medium-text-center small-text-center">
  <div class="container clearfix">
      <div class="footer-primary pull-left">
        <div class="copyright-footer">Copyright 2026 &copy; <strong>{SITE_NAME}</strong>. Thiết kế bởi <a href="https://webmamnon.vn" target="_blank" rel="noopener">WebMầmNon</a></div>
      </div>
  </div>
</div>
<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link"><i class="icon-angle-up" ></i></a>
</footer>

</div>

<div class="hotline-phone-ring-wrap">
    <div class="hotline-phone-ring">
        <div class="hotline-phone-ring-circle"></div>
        <div class="hotline-phone-ring-circle-fill"></div>
        <div class="hotline-phone-ring-img-circle">
        <a href="tel:02633843215" class="pps-btn-img"><img src="/wp-content/plugins/hotline-phone-ring/assets/images/icon-1.png" alt="Gọi điện thoại" width="50" /></a>
        </div>
    </div>
    <div class="hotline-bar"><a href="tel:02633843215"><span class="text-hotline">0263 3843 215</span></a></div>
</div>
<a class="nut-zalo" href="https://zalo.me/0912384321" target="_blank" rel="noopener nofollow"><img src="{CHILD}/images/zalo-icon.png" alt="Chat Zalo" width="48" height="48" /></a>
<script type='text/javascript' src='{THEME}/inc/extensions/flatsome-lazy-load/flatsome-lazy-load.js?ver=3.13.1' id='flatsome-lazy-js'></script>
<script type='text/javascript' src='{THEME}/assets/js/flatsome.js?ver=3.13.1' id='flatsome-js-js'></script>
<script type='text/javascript' src='{CHILD}/js/xem-them.js?ver=1.2' id='mnsm-load-more-js'></script>

</body>
</html>
"""


# --- cards and listings ------------------------------------------------------------------------


def excerpt(story: Story) -> str:
    if story is PROTECTED:
        return "Không có đoạn trích vì đây là bài viết được bảo vệ."
    return story.opts["excerpt"].rstrip("…") + " […]"


def card(story: Story, cols: str = "box-vertical", title_cls: str = "post-title is-large") -> str:
    thumb = thumb_of(story)
    image = (f'<div class="box-image" style="width:40%;"><div class="image-cover" style="padding-top:56%;">'
             f'{lazy_img(thumb, "attachment-medium size-medium wp-post-image", srcset=False)}</div></div>') if thumb else ""
    return f"""<div class="col post-item" >
            <div class="col-inner">
            <a href="{path_of(story)}" class="plain">
                <div class="box {cols} box-text-bottom box-blog-post has-hover">
            {image}
                    <div class="box-text text-left" >
                    <div class="box-text-inner blog-post-inner">
                    <h5 class="{title_cls}">{t_title(story)}</h5>
                    <div class="is-divider"></div>
                    <p class="from_the_blog_excerpt ">{tx(excerpt(story)) if story is not PROTECTED else excerpt(story)}</p>
                    </div>
                    </div>
                    {badge(story.opts["at"], "absolute top badge-outline")}
                </div>
                </a>
            </div>
        </div>"""


def pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    items = []
    if page > 1:
        items.append(f'<li><a class="prev page-number" href="{url(page - 1)}"><i class="icon-angle-left"></i></a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li><span aria-current="page" class="page-number current">{n}</span></li>')
        else:
            items.append(f'<li><a class="page-number" href="{url(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a class="next page-number" href="{url(page + 1)}"><i class="icon-angle-right"></i></a></li>')
    return '<div class="container">\n<ul class="page-numbers nav-pagination links text-center">' + "".join(items) + "</ul></div>"


def listing(request: Request, base: str, heading: str, crumb: list[tuple[str | None, str]], posts: list[Story],
            page: int, body_class: str, desc: str = "", current: str = "") -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    canonical = base if page == 1 else f"{base}page/{page}/"
    rel = ""
    if page > 1:
        rel += f'<link rel="prev" href="{base_url(request)}{base if page == 2 else f"{base}page/{page - 1}/"}" />\n\t'
    if page < pages:
        rel += f'<link rel="next" href="{base_url(request)}{base}page/{page + 1}/" />\n\t'
    plain_heading = re.sub(r"<[^>]+>", "", heading)
    title = f"{plain_heading}{f' - Trang {page} trên {pages}' if page > 1 else ''} - {SITE_NAME}"
    if page > 1:
        crumb = [*crumb[:-1], (base, crumb[-1][1]), (None, f"Trang {page}")]
    descr = f'<div class="taxonomy-description"><p>{esc(desc)}</p></div>' if desc and page == 1 else ""
    cards = "\n".join(card(s) for s in chunk)
    body = f"""{head(request, esc(title), canonical, og_type="website", extra=rel, robots="noindex, follow" if "search" in body_class else "index, follow")}{top(request, body_class, current)}
{breadcrumb(crumb)}
<div id="content" class="blog-wrapper blog-archive page-wrapper">
        <header class="archive-page-header">
    <div class="row">
    <div class="large-12 text-center col">
    <h1 class="page-title is-large uppercase">{heading}</h1>
    {descr}
    </div>
    </div>
</header>
<div class="row row-large row-divided ">
    <div class="large-9 col">
        <div id="post-list">
  <div class="row large-columns-1 medium-columns- small-columns-1" >
{cards if cards else '<p class="khong-co-bai">Không tìm thấy bài viết phù hợp.</p>'}
</div>
{pagination(base, page, pages)}
</div>
    </div>
    {sidebar()}
</div>
</div>
{footer()}"""
    return html(body)


# --- a single post --------------------------------------------------------------------------------

FB_EMOJI = ('<img height="16" width="16" alt="✅" referrerpolicy="origin-when-cross-origin" '
            'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t33/1/16/2705.png" />')


def _toc_id(label: str) -> str:
    plain = unicodedata.normalize("NFD", label.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_")


def _img_markup(img: Img, wpid: int, story: Story) -> str:
    nfd = story.opts.get("nfd", False)
    if img.style == "cap":
        m = _SIZE.search(img.src)
        w = m.group(1) if m else "1024"
        return (f'<div id="attachment_{wpid}" style="width: {int(w) + 10}px" class="wp-caption aligncenter">'
                f'{lazy_img(img.src, f"size-large wp-image-{wpid}", "")}'
                f'<p id="caption-attachment-{wpid}" class="wp-caption-text">{tx(img.printed or "", nfd)}</p></div>')
    tag = lazy_img(img.src, f"aligncenter size-large wp-image-{wpid}", "")
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{tx(img.printed, nfd)}</em></p>'
    return out


def _gallery(imgs: list[Img], story: Story) -> str:
    figs = []
    for img in imgs:
        name = _SIZE.sub("", img.src).rsplit("/", 1)[-1]
        figs.append(
            f"<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n\t\t\t\t"
            f"<a href='{path_of(story)}/{name}'>{lazy_img(img.src, 'attachment-medium size-medium', '', srcset=False)}</a>\n\t\t\t</div>"
            f"\n\t\t\t\t<figcaption class='wp-caption-text gallery-caption'>\n\t\t\t\t{tx(img.printed or '')}\n\t\t\t\t</figcaption></figure>"
        )
    return (f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 gallery-size-medium'>"
            + "".join(figs) + "\n\t\t</div>\n")


def content_html(story: Story, *, amp: bool = False) -> str:
    """The post's ``the_content`` as the classic editor and wpautop leave it."""
    nfd = story.opts.get("nfd", False)
    out: list[str] = []
    run: list[P] = []
    group: list[P] = []
    gallery: list[Img] = []
    wpid = story.id + 3
    headings = [b for b in story.blocks if isinstance(b, P) and b.style == "h2"]
    toc_done = not story.opts.get("toc")

    def line(p: P) -> str:
        return (FB_EMOJI if "emo" in p.style.split() else "") + tx(p.text, nfd)

    def flush_group() -> None:
        if not group:
            return
        kind = group[0].style
        if kind == "li":
            out.append("<ul>\n" + "\n".join(f"<li>{tx(p.text, nfd)}</li>" for p in group) + "\n</ul>")
        elif kind == "oli":
            out.append("<ol>\n" + "\n".join(f"<li>{tx(p.text, nfd)}</li>" for p in group) + "\n</ol>")
        else:
            rows = []
            for p in group:
                cell = "th" if p.style == "th" else "td"
                rows.append("<tr>" + "".join(f'<{cell} style="border: 1px solid #999;">{tx(c.strip(), nfd)}</{cell}>'
                                             for c in p.text.split(" | ")) + "</tr>")
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
                       + "\n".join(rows) + "\n</tbody></table>")
        group.clear()

    def flush_gallery() -> None:
        if gallery:
            out.append(_gallery(gallery, story))
            gallery.clear()

    for block in story.blocks:
        if not (isinstance(block, P) and block.style in ("li", "oli", "th", "tr")):
            flush_group()
        if not (isinstance(block, Img) and block.style == "gallery"):
            flush_gallery()
        if isinstance(block, Raw):
            raw = block.html
            out.append(unicodedata.normalize("NFD", raw) if nfd else raw)
        elif isinstance(block, Img):
            if block.style == "featured":
                continue
            if block.style == "gallery":
                gallery.append(block)
                continue
            wpid += 2
            if amp:
                out.append(f'<p style="text-align: center;"><amp-img src="{block.src}" width="1024" height="683" '
                           f'layout="intrinsic"></amp-img></p>'
                           + (f'\n<p style="text-align: center;"><em>{tx(block.printed, nfd)}</em></p>' if block.printed else ""))
            else:
                out.append(_img_markup(block, wpid, story))
        else:
            tokens = block.style.split()
            if block.style in ("li", "oli", "th", "tr"):
                group.append(block)
                continue
            if "br" in tokens:
                run.append(block)
                continue
            if run:
                lines = [*run, block]
                run.clear()
                inner = "<br />\n".join(line(p) for p in lines)
                if "verse" in lines[0].style.split():
                    out.append(f'<p style="text-align: center;"><em>{inner}</em></p>')
                else:
                    out.append(f"<p>{inner}</p>")
                continue
            if block.style == "h2":
                if not toc_done:
                    toc_done = True
                    out.append(_toc(headings))
                anchor = _toc_id(block.text)
                out.append(f'<h2><span class="ez-toc-section" id="{anchor}"></span>{tx(block.text, nfd)}'
                           f'<span class="ez-toc-section-end"></span></h2>')
            elif block.style == "h3":
                out.append(f"<h3><strong>{tx(block.text, nfd)}</strong></h3>")
            elif block.style == "lead":
                out.append(f"<p><strong>{tx(block.text, nfd)}</strong></p>")
            else:
                out.append(f"<p>{line(block)}</p>")
    flush_group()
    flush_gallery()
    return "\n".join(out)


def _toc(headings: list[P]) -> str:
    items = "".join(
        f'<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-{n + 1}" '
        f'href="#{_toc_id(h.text)}" title="{esc(h.text)}">{tx(h.text)}</a></li>'
        for n, h in enumerate(headings)
    )
    return ('<div id="ez-toc-container" class="ez-toc-v2_0_17 counter-hierarchy ez-toc-grey">\n'
            '<div class="ez-toc-title-container">\n<p class="ez-toc-title">Nội dung bài viết</p>\n'
            '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs '
            'ez-toc-btn-default ez-toc-toggle" style="display: none;"><label for="item" aria-label="Table of Content">'
            '<i class="ez-toc-glyphicon ez-toc-icon-toggle"></i></label><input type="checkbox" id="item"></a></span></div>\n'
            f'<nav><ul class="ez-toc-list ez-toc-list-level-1">{items}</ul></nav></div>')


def stars(story: Story) -> str:
    if "stars" not in story.opts:
        return ""
    score, votes = story.opts["stars"]
    return (f'<div style="display: none;" class="kk-star-ratings kksr-auto kksr-align-left kksr-valign-bottom" '
            f'data-payload=\'{{"id":"{story.id}","slug":"default","valign":"bottom","reference":"auto","count":"{votes}",'
            f'"readonly":"","score":"{score}","best":"5","gap":"5","greet":"Đánh giá bài viết","legend":"{score}\\/5 - ({votes} bình chọn)",'
            f'"size":"24","width":"{int(score * 29.6)}","_legend":"{{score}}\\/{{best}} - ({{count}} {{votes}})"}}\'>\n'
            '<div class="kksr-stars"><div class="kksr-stars-inactive">'
            + '<div class="kksr-star" data-star="1" style="padding-right: 5px"><div class="kksr-icon" style="width: 24px; height: 24px;"></div></div>' * 5
            + f'</div></div>\n<div class="kksr-legend" style="font-size: 19.2px;">{score}/5 - ({votes} bình chọn)</div>\n</div>')


def related(story: Story) -> str:
    first = cats_of(story)[0]
    others = [s for s in POSTS if first in s.opts.get("cats", [s.cat]) and s is not story][:4]
    if not others:
        return ""
    items = "".join(
        f'<div class="col medium-3 small-6 large-3 bvlq-item"><div class="col-inner"><a href="{path_of(s)}" title="{esc(shown_title(s))}">'
        f'<div class="bvlq-anh">{lazy_img(thumb_of(s) or z(7, "no-image", "300x200"), "bvlq-thumb", srcset=False)}'
        f'{badge(s.opts["at"], "absolute top badge-outline")}</div>'
        f'<h4 class="bvlq-ten">{t_title(s)}</h4></a></div></div>'
        for s in others
    )
    return ('<div class="bvlq-wrap"><div class="bvlq-tieude"><span>Bài viết liên quan</span></div>\n'
            '<div class="row large-columns-4 medium-columns-3 small-columns-2 slider row-slider slider-nav-reveal" '
            '''data-flickity-options='{"imagesLoaded": true, "groupCells": "100%", "dragThreshold" : 5, "cellAlign": "left","wrapAround": true,"prevNextButtons": true,"percentPosition": true,"pageDots": false, "rightToLeft": false, "autoPlay" : 4000}'>'''
            f"{items}</div></div>")


def share(request: Request, story: Story) -> str:
    u = quote(base_url(request) + path_of(story), safe="")
    return f"""<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons share-row relative" ><a href="https://www.facebook.com/sharer.php?u={u}" data-label="Facebook" onclick="window.open(this.href,this.title,'width=500,height=500,top=300px,left=300px');  return false;" rel="noopener noreferrer nofollow" target="_blank" class="icon button circle is-outline tooltip facebook" title="Chia sẻ trên Facebook"><i class="icon-facebook" ></i></a><a href="https://sp.zalo.me/share_inline?d={u}" target="_blank" class="icon button circle is-outline tooltip zalo" rel="noopener noreferrer nofollow" title="Chia sẻ qua Zalo"><i class="icon-zalo"></i></a><a href="mailto:enteryour@addresshere.com?subject={quote(story.title)}&amp;body=Xem%20b%C3%A0i%20n%C3%A0y:%20{u}" rel="nofollow" class="icon button circle is-outline tooltip email" title="Gửi email cho bạn bè"><i class="icon-envelop" ></i></a></div></div>"""


def comments(story: Story) -> str:
    items = story.opts.get("comments", [])

    def one(c: tuple) -> str:
        cid, parent, who, at, body = c
        kids = [k for k in items if k[1] == cid]
        children = ('<ul class="children">' + "".join(one(k) for k in kids) + "</ul>") if kids else ""
        depth = 2 if parent else 1
        return f"""<li class="comment {'byuser comment-author-quantri bypostauthor odd alt' if who == SITE_NAME else 'even thread-even'} depth-{depth}" id="li-comment-{cid}">
        <article id="comment-{cid}" class="comment-inner">
            <div class="flex-row align-top">
                <div class="flex-col">
                    <div class="comment-author mr-half">
                        <img alt='' src='https://secure.gravatar.com/avatar/{cid:032x}?s=70&#038;d=mm&#038;r=g' class='avatar avatar-70 photo' height='70' width='70' loading='lazy'/>                    </div>
                </div>
                <div class="flex-col flex-grow">
                    <cite class="strong fn">{esc(who)}</cite> <span class="says">đã nói:</span>
                    <div class="comment-content"><p>{tx(body)}</p>
</div>
                    <div class="comment-meta commentmetadata uppercase is-xsmall clear">
                        <a href="{path_of(story)}#comment-{cid}"><time datetime="{local_iso(at)}" class="pull-left">
                            {vi_datetime(at)}                            </time></a>
                        <div class="reply pull-right">
                            <a rel='nofollow' class='comment-reply-link' href='{path_of(story)}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{story.id}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(who)}" aria-label='Trả lời {esc(who)}'>Trả lời</a>                        </div>
                    </div>
                </div>
            </div>
        </article>
    {children}</li>"""

    listing_html = ""
    if items:
        listing_html = (f'<h3 class="comments-title uppercase">{len(items)} bình luận về &ldquo;<span>{t_title(story)}</span>&rdquo;</h3>\n'
                        '<ol class="comment-list">' + "".join(one(c) for c in items if c[1] == 0) + "</ol>")
    return f"""<div id="comments" class="comments-area">
    {listing_html}
        <div id="respond" class="comment-respond">
        <h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path_of(story)}#respond" style="display:none;">Hủy</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required='required' /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" required='required' /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
    </div>"""


def schema_for(request: Request, story: Story) -> dict:
    base = base_url(request)
    url = base + path_of(story)
    return {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE_NAME, "url": f"{base}/",
         "logo": {"@type": "ImageObject", "url": f"{base}{UP}/2020/07/logo-mn-sao-mai.png"}},
        {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": f"{shown_title(story)} - {SITE_NAME}",
         "datePublished": gmt_iso(story.opts["at"]), "dateModified": gmt_iso(story.opts["mod"]),
         "inLanguage": "vi", "breadcrumb": {"@id": f"{url}#breadcrumb"}},
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": f"{url}#webpage"},
         "author": {"@id": f"{base}/#/schema/person/5f2b1c0a9e8d7c6b"}, "headline": shown_title(story),
         "datePublished": gmt_iso(story.opts["at"]), "dateModified": gmt_iso(story.opts["mod"]),
         "commentCount": len(story.opts.get("comments", [])), "publisher": {"@id": f"{base}/#organization"},
         "articleSection": ", ".join(CATS[c][0].replace("–", "-") for c in cats_of(story)), "inLanguage": "vi"},
        {"@type": "Person", "@id": f"{base}/#/schema/person/5f2b1c0a9e8d7c6b", "name": AUTHOR},
    ]}


def primary_cat(story: Story) -> str:
    return story.cat


def single(request: Request, story: Story) -> Response:
    base = base_url(request)
    nfd = story.opts.get("nfd", False)
    at, mod = story.opts["at"], story.opts["mod"]
    tpl = story.opts["tpl"]
    title = shown_title(story)
    pcat = primary_cat(story)
    h1 = tx(title, nfd)
    cats_links = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="category tag">{tx(CATS[c][0])}</a>' for c in cats_of(story))
    featured = next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    og_image = featured.src if featured else (story.images[0].src if story.images else f"{UP}/2020/07/logo-mn-sao-mai.png")
    replying = "replytocom" in request.params
    extra = (f'<meta property="article:publisher" content="https://www.facebook.com/mnsaomaiductrong" />\n\t'
             f'<meta property="article:published_time" content="{gmt_iso(at)}" />\n\t'
             f'<meta property="article:modified_time" content="{gmt_iso(mod)}" />\n\t'
             f'<meta property="og:image" content="{base}{og_image}" />\n\t'
             f'<meta name="twitter:label1" content="Được viết bởi">\n\t<meta name="twitter:data1" content="{AUTHOR}">\n\t'
             f'<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{story.id}" />\n'
             f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
             f'<link rel="amphtml" href="{base}{path_of(story)}?amp=1">')
    robots = "noindex, follow" if replying else "index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1"
    desc = None if story is PROTECTED else story.opts["excerpt"]
    head_html = head(request, f"{t_title(story)} - {SITE_NAME}", path_of(story), desc=desc, og_type="article", extra=extra,
                     schema=schema_for(request, story), robots=robots)
    classes = " ".join(f"category-{c}" for c in cats_of(story))
    tags = story.opts.get("tags", [])
    tag_classes = " ".join(f"tag-{t}" for t in tags)
    body_class = (f"post-template-default single single-post postid-{story.id} single-format-standard"
                  + (" post-template-templates/bai-viet-co-anh.php" if tpl == "featured" else "")
                  + (" post-password-required" if story is PROTECTED else ""))
    meta = ""
    n_comments = len(story.opts.get("comments", []))
    comments_link = (f'<span class="comments-link"> | <a href="{path_of(story)}#comments">{n_comments} bình luận</a></span>'
                     if n_comments else "")
    if tpl in ("default", "protected"):
        meta = (f'<div class="entry-meta uppercase is-xsmall">\n<span class="posted-on">Đăng vào <a href="{path_of(story)}" rel="bookmark">'
                f'<time class="entry-date published" datetime="{local_iso(at)}">{vi_date(at)}</time>'
                f'<time class="updated" datetime="{local_iso(mod)}">{vi_date(mod)}</time></a></span>'
                f'<span class="byline"> bởi <span class="meta-author vcard"><a class="url fn n" href="/author/{AUTHOR}/">{AUTHOR}</a></span></span>'
                f"{comments_link}"
                "</div>")
    header_image = ""
    if tpl == "featured" and featured:
        header_image = (f'<div class="entry-image relative">\n<a href="{path_of(story)}">'
                        f'{lazy_img(featured.src, "attachment-large size-large wp-post-image")}</a>\n'
                        f'{badge(at, "absolute top badge-outline")}\n</div>')
    if story is PROTECTED:
        content = (f'<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">\n'
                   f"<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem, vui lòng nhập mật khẩu bên dưới:</p>\n"
                   f'<p><label for="pwbox-{story.id}">Mật khẩu: <input name="post_password" id="pwbox-{story.id}" type="password" size="20" /></label> '
                   '<input type="submit" name="Submit" value="Gửi" /></p>\n</form>\n')
    else:
        content = content_html(story) + "\n" + stars(story) + "\n" + related(story)
    tag_links = ""
    if tags:
        tag_links = " và được gắn thẻ " + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t][0])}</a>' for t in tags)
    crumb = breadcrumb([("/", "Trang chủ"), (f"/chuyen-muc/{pcat}/", tx(CATS[pcat][0])), (None, h1)])
    body = f"""{head_html}{top(request, body_class, f"/chuyen-muc/{pcat}/")}
{crumb}
<div id="content" class="blog-wrapper blog-single page-wrapper">
<div class="row row-large row-divided ">
    <div class="large-9 col">
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry {classes} {tag_classes}">
    <div class="article-inner ">
        <header class="entry-header">
    <div class="entry-header-text entry-header-text-top text-left">
        <h6 class="entry-category is-xsmall">{cats_links}</h6>
<h1 class="entry-title">{h1}</h1>
<div class="entry-divider is-divider small"></div>
{meta}
    </div>
    {header_image}
</header>
        <div class="entry-content single-page">

{content}
{share(request, story)}</div>

    <footer class="entry-meta text-left">
        Bài viết này được đăng trong {cats_links}{tag_links}. Đánh dấu <a href="{path_of(story)}" title="Đường dẫn tới {esc(title)}" rel="bookmark">đường dẫn tĩnh</a>.	</footer>

    <div class="entry-author author-box">
        <div class="flex-row align-top">
            <div class="flex-col mr circle">
                <div class="blog-author-image">
                    <img alt='' src='https://secure.gravatar.com/avatar/9b1d0c3e?s=90&#038;d=mm&#038;r=g' class='avatar avatar-90 photo' height='90' width='90' loading='lazy'/>				</div>
            </div>
            <div class="flex-col flex-grow">
                <h5 class="author-name uppercase pt-half">
                    {AUTHOR}				</h5>
                <p class="author-desc small"></p>
            </div>
        </div>
    </div>
    </div>
</article>

{comments(story) if story is not PROTECTED else ""}
    </div>
    {sidebar()}
</div>
</div>
{footer()}"""
    return html(body)


def amp_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    at = story.opts["at"]
    featured = next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    fig = ""
    if featured:
        fig = (f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1020" height="680" '
               f'src="{featured.src}" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" '
               'layout="intrinsic"></amp-img></figure>')
    cats_links = ", ".join(f'<a href="{base}/chuyen-muc/{c}/">{tx(CATS[c][0])}</a>' for c in cats_of(story))
    body = f"""<!doctype html>
<html amp lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,minimum-scale=1">
    <link rel="preconnect" href="https://cdn.ampproject.org">
    <script async src="https://cdn.ampproject.org/v0.js"></script>
    <title>{t_title(story)} &#8211; {SITE_NAME}</title>
    <link rel="canonical" href="{base}{path_of(story)}" />
    <style amp-custom>.amp-wp-header{{background:#f0851a}}.amp-wp-article{{color:#353535}}</style>
    <style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header">
    <div>
        <a href="{base}/"><span class="amp-site-title">{SITE_NAME}</span></a>
    </div>
</header>
<article class="amp-wp-article">
    <header class="amp-wp-article-header">
        <h1 class="amp-wp-title">{t_title(story)}</h1>
            <div class="amp-wp-meta amp-wp-byline">
        <amp-img src="https://secure.gravatar.com/avatar/9b1d0c3e?s=72&#038;d=mm&#038;r=g" alt="{AUTHOR}" width="24" height="24" layout="fixed"></amp-img>
        <span class="amp-wp-author author vcard">{AUTHOR}</span>
    </div>
<div class="amp-wp-meta amp-wp-posted-on">
    <time datetime="{gmt_iso(at)}">
        {ago(at)}	</time>
</div>
    </header>
    {fig}
    <div class="amp-wp-article-content">
        {content_html(story, amp=True)}
    </div>
    <footer class="amp-wp-article-footer">
            <div class="amp-wp-meta amp-wp-tax-category">
        Chuyên mục: {cats_links}	</div>
        <div class="amp-wp-meta amp-wp-comments-link">
        <a href="{base}{path_of(story)}#respond">Để lại bình luận</a>
    </div>
    </footer>
</article>
<footer class="amp-wp-footer">
    <div>
        <h2>{SITE_NAME}</h2>
        <a href="#top" class="back-to-top">Về đầu trang</a>
    </div>
</footer>
</body>
</html>
"""
    return html(body)


def attachment(request: Request, parent: Story, index: int) -> Response:
    name, _cap = TT3_GALLERY[index]
    full = z(11, name, None)
    at = parent.opts["at"]
    prev_link = (f'<div class="nav-previous"><a href=\'{path_of(parent)}/{TT3_GALLERY[index - 1][0]}\'>&larr; Ảnh trước</a></div>'
                 if index > 0 else "")
    next_link = (f'<div class="nav-next"><a href=\'{path_of(parent)}/{TT3_GALLERY[index + 1][0]}\'>Ảnh kế tiếp &rarr;</a></div>'
                 if index + 1 < len(TT3_GALLERY) else "")
    canonical = f"{path_of(parent)}/{name}"
    body = f"""{head(request, f"{name} - {SITE_NAME}", canonical, og_type="article")}{top(request, f"attachment attachment-template-default single single-attachment postid-{2426 + index} attachmentid-{2426 + index} attachment-jpeg", "")}
{breadcrumb([("/", "Trang chủ"), ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức &#8211; Sự kiện"), (path_of(parent), t_title(parent)), (None, name)])}
<div id="content" class="blog-wrapper blog-single page-wrapper">
<div class="image-attachment row page-wrapper">
    <div id="content" class="large-12 col" role="main">
            <article id="post-{2426 + index}" class="post-{2426 + index} attachment type-attachment status-inherit hentry">
                <header class="entry-header text-center">
                    <h1 class="entry-title">{name}</h1>
                    <div class="is-divider medium"></div>
                    <div class="entry-meta">
                        Đăng vào <span class="entry-date"><time class="entry-date" datetime="{local_iso(at)}">{vi_date(at)}</time></span> ở kích thước <a href="{full}" title="Liên kết tới ảnh gốc">1280 &times; 960</a> trong <a href="{path_of(parent)}" title="Trở về {esc(parent.title)}" rel="gallery">{t_title(parent)}</a>
                    </div>
                </header>
                <div class="entry-content">
                    <div class="entry-attachment">
                        <div class="attachment">
                            <a href="{path_of(parent)}/{TT3_GALLERY[(index + 1) % len(TT3_GALLERY)][0]}" title="{name}" rel="attachment"><img width="1280" height="960" src="{full}" class="attachment-1200x1200 size-1200x1200" alt="" loading="lazy" /></a>
                        </div>
                    </div>
                </div>
                <footer class="entry-meta">
                    Bình luận và trackback đều đã đóng.
                </footer>
            </article>
            <nav role="navigation" id="image-navigation" class="navigation-image">
                {prev_link}
                {next_link}
            </nav>
    </div>
</div>
</div>
{footer()}"""
    return html(body)


# --- pages ---------------------------------------------------------------------------------------------


def simple_page(request: Request, path: str, title: str, page_id: int, inner: str) -> Response:
    body = f"""{head(request, f"{title} - {SITE_NAME}", path, desc=f"{title} - {SITE_NAME}, huyện Đức Trọng, tỉnh Lâm Đồng.")}{top(request, f"page-template-default page page-id-{page_id}", path)}
{breadcrumb([("/", "Trang chủ"), (None, title)])}
<div id="content" class="content-area page-wrapper" role="main">
    <div class="row row-main">
        <div class="large-12 col">
            <div class="col-inner">
                <header class="entry-header"><h1 class="entry-title mb uppercase">{title}</h1></header>
{inner}
            </div>
        </div>
    </div>
</div>
{footer()}"""
    return html(body)


def intro_page(request: Request) -> Response:
    inner = """<p>Trường Mầm non Sao Mai được thành lập năm 1998 trên cơ sở nhà trẻ Liên Nghĩa, là một trong những trường mầm non công lập đầu tiên của huyện Đức Trọng. Trải qua hơn 28 năm xây dựng và trưởng thành, nhà trường luôn là địa chỉ tin cậy của phụ huynh trong công tác nuôi dưỡng, chăm sóc và giáo dục trẻ.</p>
<h3 id="lich-su"><strong>Lịch sử hình thành</strong></h3>
<p>Năm 2012 nhà trường được công nhận đạt chuẩn quốc gia mức độ 1; năm 2021 đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3 id="doi-ngu"><strong>Đội ngũ giáo viên</strong></h3>
<p>Nhà trường có 48 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 85% trên chuẩn.</p>
<h3 id="co-so-vat-chat"><strong>Cơ sở vật chất</strong></h3>
<p>Trường có 14 phòng học kiên cố, phòng giáo dục thể chất, phòng âm nhạc, bếp ăn một chiều, sân chơi với hệ thống đồ chơi ngoài trời và &#8220;Vườn rau của bé&#8221;.</p>
<div class="ux-video"><iframe width="560" height="315" src="https://www.youtube.com/embed/Xk2mnSaoMai" frameborder="0" allowfullscreen></iframe></div>"""
    return simple_page(request, "/gioi-thieu/", "Giới thiệu", 12, inner)


def contact_page(request: Request) -> Response:
    inner = """<div class="row"><div class="col medium-6"><p><strong>TRƯỜNG MẦM NON SAO MAI</strong><br />
Địa chỉ: Tổ dân phố 7, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng<br />
Điện thoại: 0263 3843 215 &#8211; Hotline: 0912 384 321<br />
Email: mnsaomai.ductrong@lamdong.edu.vn</p>
<div role="form" class="wpcf7" id="wpcf7-f5-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f5-p14-o1" method="post" class="wpcf7-form init" novalidate="novalidate">
<p><label> Họ tên phụ huynh (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-name"><input type="text" name="your-name" value="" size="40" class="wpcf7-form-control wpcf7-text" /></span></label></p>
<p><label> Số điện thoại<br /><span class="wpcf7-form-control-wrap your-phone"><input type="tel" name="your-phone" value="" size="40" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap your-message"><textarea name="your-message" cols="40" rows="6"></textarea></span></label></p>
<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" /></p>
</form></div></div>
<div class="col medium-6"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3906.2!2d108.37!3d11.73" width="100%" height="400" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div></div>"""
    return simple_page(request, "/lien-he/", "Liên hệ", 14, inner)


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="banner has-hover" id="banner-{1540 + n}"><div class="banner-inner fill"><div class="banner-bg fill">'
        f'{lazy_img(img, "bg attachment-original size-original", srcset=False)}</div></div>'
        f'<div class="banner-layers container"><a class="fill" href="{path_of(s)}{q}"><div class="fill banner-link"></div></a>'
        f'<div id="text-box-{733 + n}" class="text-box banner-layer x50 md-x50 lg-x50 y85 md-y85 lg-y85 res-text">'
        f'<div class="text-box-content text dark"><div class="text-inner text-center"><h3 class="uppercase"><strong>{tx(s.title)}</strong></h3>'
        f"</div></div></div></div></div>"
        for n, (s, q, img) in enumerate(SLIDES)
    )
    news = "\n".join(card(s, "box-normal", "post-title is-large ") for s in POSTS[:6])
    goc = [s for s in POSTS if "goc-be-yeu" in s.opts.get("cats", [s.cat])][:4]
    goc_cards = "\n".join(card(s, "box-normal", "post-title is-small ") for s in goc)
    body = f"""{head(request, f"{SITE_NAME} - Yêu thương &#8211; Sáng tạo &#8211; Hạnh phúc", "/", desc="Website chính thức của Trường Mầm non Sao Mai, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng.")}{top(request, "home page-template page-template-page-blank page-template-page-blank-php page page-id-8", "/")}
<div id="content" role="main" class="content-area">
    <div class="slider-wrapper relative" id="slider-1239" >
    <div class="slider slider-nav-circle slider-nav-large slider-nav-light slider-style-normal"
        data-flickity-options='{{"cellAlign": "center","imagesLoaded": true,"lazyLoad": 1,"freeScroll": false,"wrapAround": true,"autoPlay": 6000,"pauseAutoPlayOnHover" : true,"prevNextButtons": true,"contain" : true,"adaptiveHeight" : true,"dragThreshold" : 10,"percentPosition": true,"pageDots": true,"rightToLeft": false,"draggable": true,"selectedAttraction": 0.1,"parallax" : 0,"friction": 0.6}}'>
{slides}
     </div>
     <div class="loading-spin dark large centered"></div>
    </div>
    <section class="section gioi-thieu-ngan" id="section_1083"><div class="bg section-bg fill bg-fill  bg-loaded"></div>
        <div class="section-content relative"><div class="row align-middle"><div class="col medium-6 small-12 large-6"><div class="col-inner">
    <h2 class="tieu-de-khoi">CHÀO MỪNG BA MẸ ĐẾN VỚI TRƯỜNG MẦM NON SAO MAI</h2>
    <p>Ngôi trường của yêu thương, nơi mỗi ngày đến lớp là một ngày vui của bé. Với đội ngũ giáo viên tận tâm, cơ sở vật chất khang trang, nhà trường luôn đồng hành cùng phụ huynh trên hành trình nuôi dạy con.</p>
    <a href="/gioi-thieu/" target="_self" class="button primary is-outline"><span>Tìm hiểu thêm</span></a>
    </div></div><div class="col medium-6 small-12 large-6"><div class="col-inner">{lazy_img(z(7, "anh-truong-sao-mai", "600x400").replace("2026/07", "2020/07"), "attachment-original size-original", srcset=False)}</div></div></div></div>
    </section>
    <section class="section khoi-tin-tuc" id="section_1302"><div class="section-content relative">
    <div class="container section-title-container"><h3 class="section-title section-title-center"><b></b><span class="section-title-main">Tin tức</span><b></b></h3></div>
  <div class="row large-columns-3 medium-columns-1 small-columns-1 row-small" >
{news}
</div>
    <div class="text-center xem-them-tin"><a href="javascript:void(0)" class="button primary is-outline lg-xem-them" data-offset="6" data-action="mnsm_load_more" data-nonce="8c1f0e2a7b"><span>Xem thêm tin</span></a></div>
    </div></section>
    <section class="section khoi-goc-be" id="section_1377"><div class="section-content relative">
    <div class="container section-title-container"><h3 class="section-title section-title-bold-center"><b></b><span class="section-title-main">Góc bé yêu</span><b></b><a href="/chuyen-muc/goc-be-yeu/" target="">Xem tất cả<i class="icon-angle-right" ></i></a></h3></div>
  <div class="row large-columns-4 medium-columns-2 small-columns-2 row-small" >
{goc_cards}
</div></div></section>
</div>
{footer()}"""
    return html(body)


def search(request: Request, query: str) -> Response | None:
    q = query.strip().lower()
    hits = [s for s in POSTS if q and q in unicodedata.normalize("NFC", s.title).lower()]
    crumb = [("/", "Trang chủ"), (None, f"Kết quả tìm kiếm cho &#8220;{esc(query)}&#8221;")]
    return listing(request, "/", f"Kết quả tìm kiếm cho: <span>{esc(query)}</span>", crumb, hits, 1,
                   "search search-results")


# --- the site --------------------------------------------------------------------------------------------

_CAT = re.compile(r"^/chuyen-muc/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_TAG = re.compile(r"^/tag/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_AUTHOR = re.compile(r"^/author/([a-z0-9_-]+)/(?:page/(\d+)/)?$")
_POST = re.compile(r"^/([a-z0-9-]+)\.html(/?)$")
_ATTACH = re.compile(r"^/([a-z0-9-]+)\.html/([a-z0-9_]+)(/?)$")


class SaoMaiSite:
    """Routes requests the way WordPress' rewrite rules answer them."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf") and path == f"{UP}/2026/12/TB-112-MNSM-nghi-tet-duong-lich-2027.pdf":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            params = request.params
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(path_of(story), 301) if story else None
            if "page_id" in params:
                target = {"12": "/gioi-thieu/", "14": "/lien-he/"}.get(params["page_id"])
                return redirect(target, 301) if target else None
            if "s" in params:
                return search(request, params["s"])
            return home(request)
        if path in ("/gioi-thieu", "/lien-he"):
            return redirect(path + "/", 301)
        if path == "/gioi-thieu/":
            return intro_page(request)
        if path == "/lien-he/":
            return contact_page(request)
        if m := _POST.match(path):
            story = BY_SLUG.get(m.group(1))
            if story is None:
                return None
            if m.group(2):
                return redirect(path_of(story), 301)
            if "amp" in request.params and story is not PROTECTED:
                return amp_page(request, story)
            return single(request, story)
        if m := _ATTACH.match(path):
            names = [n for n, _ in TT3_GALLERY]
            if m.group(1) != TT3.slug or m.group(2) not in names:
                return None
            if m.group(3):
                return redirect(f"{path_of(TT3)}/{m.group(2)}", 301)
            return attachment(request, TT3, names.index(m.group(2)))
        if path.startswith(("/chuyen-muc/", "/tag/", "/author/")) and not path.endswith("/"):
            return redirect(path + "/", 301)
        if m := _CAT.match(path):
            slug, page = m.group(1), int(m.group(2) or 1)
            if slug not in CATS:
                return None
            base = f"/chuyen-muc/{slug}/"
            if m.group(2) and page == 1:
                return redirect(base, 301)
            name, tid, desc = CATS[slug]
            posts = [s for s in POSTS if slug in s.opts.get("cats", [s.cat])]
            return listing(request, base, f"Chuyên mục: <span>{tx(name)}</span>",
                           [("/", "Trang chủ"), (None, tx(name))], posts, page,
                           f"archive category category-{slug} category-{tid}", desc, base)
        if m := _TAG.match(path):
            slug, page = m.group(1), int(m.group(2) or 1)
            if slug not in TAGS:
                return None
            base = f"/tag/{slug}/"
            if m.group(2) and page == 1:
                return redirect(base, 301)
            name, tid = TAGS[slug]
            posts = [s for s in POSTS if slug in s.opts.get("tags", [])]
            return listing(request, base, f"Thẻ: <span>{esc(name)}</span>",
                           [("/", "Trang chủ"), (None, f"Bài viết được gắn thẻ &#8220;{esc(name)}&#8221;")],
                           posts, page, f"archive tag tag-{slug} tag-{tid}")
        if m := _AUTHOR.match(path):
            login, page = m.group(1), int(m.group(2) or 1)
            if login != AUTHOR:
                return None
            base = f"/author/{AUTHOR}/"
            if m.group(2) and page == 1:
                return redirect(base, 301)
            return listing(request, base, f'Tác giả: <span class="vcard">{AUTHOR}</span>',
                           [("/", "Trang chủ"), (None, f"Bài viết của {AUTHOR}")], POSTS, page,
                           f"archive author author-{AUTHOR} author-1")
        return None


def build_site() -> SaoMaiSite:
    return SaoMaiSite()


# --- gold --------------------------------------------------------------------------------------------------

def _alt(story: Story) -> list[str]:
    alts = [q for s, q, _ in SLIDES if s is story and q]
    out = [f"{path_of(story)}{q}" for q in alts]
    out += [f"{path_of(story)}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    out.append(f"{path_of(story)}?amp=1")
    return out


GOLD = [
    gold_record(s, path_of(s), CATS[s.cat][0], canonical_path=path_of(s), alt_paths=_alt(s))
    for s in ARTICLES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    path_of(PROTECTED),
    *(f"{path_of(TT3)}/{name}" for name, _ in TT3_GALLERY),
]
