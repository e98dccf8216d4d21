"""Trường THCS Trần Hưng Đạo (quận Ninh Kiều, TP Cần Thơ): WordPress 5.8 + Enfold (Avia Layout Builder).

Platform
--------
WordPress 5.8.2 with the Enfold theme (4.8) and a few plugins a vendor puts on a school site:
a3 Lazy Load, a "Xem nhiều" popular-posts widget, WP-Polls, a visitor counter, Contact Form 7.
The front page and the posts page are built with the Avia Layout Builder (ALB); single posts use
the child theme's single template: Enfold's title bar (``h1.main-title`` + breadcrumbs), then the
``<article class="post-entry …">`` with the headline in an Avia special heading
(``div.av-special-heading > .av-special-heading-tag``, sometimes with an ``av-subheading``),
``span.post-meta-infos`` (``time.date-container`` / comments / ``blog-categories`` /
``blog-author``), the text in ``div.entry-content`` (either ALB sections, ``avia_textblock``,
``avia-image-container``, ``togglecontainer`` …, or classic wpautop markup), the
``entry-footer`` (tags, share box), Enfold's hidden ``av-structured-data`` spans, the theme's
"Bài viết liên quan" block (``related_posts``, by tags) and, on two posts, comments.

URL scheme
----------
- ``/`` front page (ALB: featured slider, notice box, three ``av-magazine`` blocks, one per category)
- ``/tin-tuc/`` posts page (ALB "blog grid", ``avia-content-slider``), 6 a page, ``/tin-tuc/page/<n>/``
- ``/category/<slug>/`` archives (grid, 5 a page), ``/category/<slug>/page/<n>/``
- ``/tag/<slug>/``, ``/author/<login>/`` (+ ``/page/<n>/``): archives
- ``/<yyyy>/<mm>/<dd>/<slug>/`` posts; ``/<yyyy>/<mm>/<dd>/<slug>/<attachment>/`` attachment pages
- ``/?p=<id>`` (the shortlink) answers 301 to the permalink; a path without its final slash 301s
- ``/gioi-thieu/``, ``/thoi-khoa-bieu/``, ``/thu-vien-anh/``, ``/lien-he/`` pages
- ``/feed/`` RSS (10 newest), ``/robots.txt``; ``/?s=<term>`` search

How each gold article is reached
--------------------------------
Posts, newest first (``*`` = also on the front page's magazine blocks or slider):
D1* 02/12, T1* 28/11, H1* 25/11, T2* 19/11, D2* 16/11, H2* 14/11, T3* 10/11, [document post 03/11],
H3* 30/10, T4* 24/10, H4 20/10, T5 12/10, D3* 08/10, T6 03/10.
``/tin-tuc/`` page 1: D1 T1 H1 T2 D2 H2; page 2: T3 DOC H3 T4 H4 T5; page 3: D3 T6.
"Tin tức & Sự kiện" (5 a page): T1 T2 T3 T4 H4 | T5 T6. "Hoạt động chuyên môn": H1 H2 H3 H4.
"Đoàn – Đội": D1 D2 D3. "Văn bản – Thông báo": the document post.
H4 is only on listings (page 1 of two categories, page 2 of /tin-tuc/). T5 and T6 are linked
from no page-1 listing, widget, tag page or related block: only from ``/tin-tuc/page/2/``,
``/tin-tuc/page/3/``, ``/category/tin-tuc-su-kien/page/2/`` and the author archives' page 2+.

Traps
-----
1. Two headlines (not in the README): Enfold's title bar prints ``<h1 class="main-title">`` with
   the posts page's name "Tin tức" on every single post, before the article. The headline is the
   special heading's ``.av-special-heading-tag``; on D2 and H2 the editor chose an ``h2``
   special heading, so the page's only ``h1`` is "Tin tức". Gold title: the special heading.
   The same ``av-special-heading`` element (``h3``, ``itemprop="headline"``) also prints in-text
   subheadings (body paragraphs) and the title "Tin cùng chuyên mục" of the related block (not body).
2. Sapo as the special heading's subheading (``div.av-subheading``, outside ``entry-content``) on
   D1, H1, T2, H4: summary = that line, and it is the body's first paragraph. T1's sapo is a
   bold first paragraph inside the text. The others have none (summary null).
3. Leaked layout-builder shortcodes (not in the README): T3 was imported with the ALB switched
   off, so its content prints ``[av_one_full first …]``, ``[av_textblock size='' …]``,
   ``[/av_textblock]``, ``[av_image src='…' …][/av_image]`` as wpautop paragraphs. They are no
   text: gold body skips them; the ``av_image`` shortcode is no image (T3 has no images).
4. Lazy-loaded photos (not in the README): a3 Lazy Load prints
   ``src=".../lazy_placeholder.gif"`` with the photo in ``data-src`` and again in a
   ``<noscript><img src=…></noscript>`` copy (T1, H2, D3). Gold images: the ``data-src`` file,
   once; never the placeholder.
5. Enfold's search icon is ``<a href="?s=" rel="nofollow">`` (not in the README): a relative link,
   so every page links to itself plus ``?s=``; WordPress ignores an empty ``s`` and serves the same
   page. Gold: each article's ``<path>?s=`` is in its ``alt_paths``.
6. Percent-encoded Vietnamese slugs (not in the README): H1 and T4 have slugs typed in
   Vietnamese; WordPress prints them percent-encoded in lowercase hex (``h%e1%bb%99i-thi-…``),
   which is the canonical; the "Xem nhiều" widget (a statistics plugin) prints H1 with uppercase
   hex (``h%E1%BB%99i-thi-…``). Both answer 200 with the same article. Gold path: the lowercase
   form; the uppercase form (and its ``?s=``) are in ``alt_paths``.
7. Widgets inside the text's container (not in the README): H1's ``entry-content`` ends with an ALB
   "blog posts" element titled "Tin cùng chuyên mục": three ``article.slide-entry`` with titles,
   dates and excerpts in a ``div.slide-entry-excerpt.entry-content``. Not body. The comments'
   text sits in ``div.comment_text.entry-content-wrapper`` (T2, D1): not body either; their dates
   ("Tháng Mười Một 20, 2026 lúc 6:42 sáng") are no publication date.
8. Text in a closed accordion (not in the README): H3's schedule is in Avia toggles
   (``div.togglecontainer`` … ``p.toggler`` + ``div.toggle_wrap`` hidden by CSS until clicked),
   with a table inside one toggle. Gold: each toggle's title is a paragraph (a heading), then its
   content; table rows are paragraphs with cells joined by " | ". H3's Avia button "Tải đề cương
   ôn tập (PDF)" is a file-attachment line: not body.
9. Dates: the visible date is WordPress's Vietnamese "F j, Y" ("Tháng Mười Một 19, 2026"); the
   time is only in ``<time class="date-container minor-meta updated" datetime="…+07:00">`` (its
   class says "updated" but it is the publication time). Enfold's hidden
   ``<span class="hidden"><span class="av-structured-data" itemprop="dateModified">`` carries a
   later modification date. Gold: the ``datetime`` of the date-container, with its time; T6
   (imported from the old site) has ``T00:00:00``: midnight = the day alone "2026-10-03". Article
   texts start with event days ("Sáng ngày 18/11…") that are not the publication day.
10. Two categories (not in the README): H4 is filed under "Hoạt động chuyên môn" and "Tin tức &
    Sự kiện"; both archives list it and its meta prints both. Gold category: the breadcrumb's
    (the first by name), "Hoạt động chuyên môn". Category names print with entities
    ("Tin tức &amp; Sự kiện").
11. Pages in the post template that are not articles (not in the README): D2's photos link to
    their WordPress attachment pages (``/2026/11/16/<slug>/dsc_0412/``), served by the same single
    template with a special-heading title "DSC_0412", a date and one picture; and the "Văn bản –
    Thông báo" post is a document entry (number, date, signer, PDF link and viewer). Both are
    NON_ARTICLES.
12. Captions four ways: Avia image overlay (``div.av-image-caption-overlay … <p>caption</p>``
    inside the image's link, before the ``img``, whose ``title`` is the file name: no caption);
    classic ``div.wp-caption > p.wp-caption-text``; a centred ``<p><em>`` line under a linked
    image (D2, D3). All are captions, not body. T2's second overlay prints only "Ảnh: Thanh Tùng":
    caption None, photographer "Thanh Tùng".
13. Bylines: the meta's "bởi quantri" / "bởi BBT Website" are CMS accounts (nobody). Signatures at
    the end of the text: "Tin, ảnh: X"; "Tin: X – Ảnh: Y"; "ThS. X – Phó Hiệu trưởng" (X); a unit
    alone ("Tổ Văn phòng", "Liên đội THCS Trần Hưng Đạo", "Ban Giám hiệu", "Tổ Khoa học tự nhiên");
    a bare name in italics. "Nguồn: Phòng GD&ĐT quận Ninh Kiều" (T3) and "Theo Báo Cần Thơ" (T6)
    are sources. None of these lines is body.
14. Text forms: wptexturize prints quotes and dashes as numeric references (``&#8220;``,
    ``&#8211;``); T5 was pasted from a Word file in decomposed Unicode (NFD); T6 uses ``<br />``
    inside a paragraph and ``<p>&nbsp;</p>`` spacers. Gold: decoded, NFC, one paragraph per
    ``<br />`` piece, spacers dropped. D1 has typed "👉 " bullets (kept).
15. Duplicates through comment replies: ``?replytocom=<id>`` links (T2: 17, 18; D1: 21) serve the
    same article: ``alt_paths``. The ``/?p=<id>`` shortlink in the head 301s to the permalink.

About 40 pages (listings, tag and author archives included) reach every article; a crawler that
also follows the ``rel="nofollow"`` ``?s=`` links of trap 5 fetches each of them twice (bounded:
a ``?s=`` page's own search link points to itself).

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` keeps the seconds of the ``datetime`` attribute (the page prints the time only
  there; the visible date has no time).
- Featured image: T1 and T4 show Enfold's ``div.big-preview.single-big`` above the headline (the
  "entry_with_sidebar" crop, 845x321): it is the article's lead photo, first in ``images``,
  caption None. Thumbnails in listings, related blocks and widgets are not.
- In-text subheadings (ALB ``h3`` special headings in H1 and H2) are paragraphs of the body; the
  related element's heading "Tin cùng chuyên mục" is not.
- H4's list items end with ";" / "." as printed.
- The document post and the attachment pages are non-articles even though their template is the
  post template.
"""

from __future__ import annotations

import html as _html
import unicodedata
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_enfold_avia_thcs"
PLATFORM = "WordPress 5.8 + Enfold (Avia Layout Builder)"
START_PATH = "/"

SITE = "Trường THCS Trần Hưng Đạo"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
UP = "/wp-content/uploads"
LAZY_GIF = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]

#: slug -> (name, term id)
CATS = {
    "tin-tuc-su-kien": ("Tin tức & Sự kiện", 3),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 4),
    "doan-doi": ("Đoàn – Đội", 5),
    "van-ban-thong-bao": ("Văn bản – Thông báo", 6),
}
TAGS = {
    "doi-tntp": "Đội TNTP",
    "chuyen-mon": "chuyên môn",
    "stem": "STEM",
    "20-11": "20/11",
    "an-toan-truong-hoc": "an toàn trường học",
}
#: login -> display name (CMS accounts: never an author)
USERS = {"quantri": "quantri", "bbt_thd": "BBT Website"}

_TEXTURIZE = {
    "\u201c": "&#8220;", "\u201d": "&#8221;", "\u2018": "&#8216;", "\u2019": "&#8217;",
    "\u2013": "&#8211;", "\u2014": "&#8212;", "\u2026": "&#8230;",
}


def wpt(value: str, nfd: bool = False) -> str:
    """Text as WordPress prints it: escaped, quotes and dashes as numeric references."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = _html.escape(s, quote=False)
    for ch, ent in _TEXTURIZE.items():
        s = s.replace(ch, ent)
    return s


def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the posts --------------------------------------------------------------------------------

D1 = Story(
    id=1503,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, gây quỹ “Vì bạn nghèo”",
    cat="doan-doi",
    published_at="2026-12-02T19:10:27+07:00",
    summary=(
        "Sáng thứ Hai 30/11, tại buổi chào cờ đầu tuần, Liên đội Trường THCS Trần Hưng Đạo đã phát "
        "động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa gây quỹ “Vì bạn nghèo” năm học "
        "2026 – 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Phong trào nhằm giáo dục tinh thần tiết kiệm, ý thức bảo vệ môi trường và lòng nhân ái cho "
            "đội viên; đồng thời tạo nguồn quỹ hỗ trợ các bạn học sinh có hoàn cảnh khó khăn trong dịp "
            "Tết Nguyên đán Đinh Mùi 2027."
        ),
        P(
            "Theo kế hoạch, mỗi chi đội thu gom tối thiểu 30 kg giấy vụn và 200 vỏ chai nhựa; thời gian "
            "thu gom từ ngày 30/11 đến hết ngày 25/12/2026. Sản phẩm được tập kết tại nhà xe giáo viên "
            "vào các buổi sáng thứ Bảy dưới sự giám sát của Ban Chỉ huy Liên đội."
        ),
        Img(
            f"{UP}/2026/12/ke-hoach-nho-phat-dong-1030x687.jpg",
            "Thầy Tổng phụ trách Đội phát động phong trào tại buổi chào cờ đầu tuần.",
            "Thầy Tổng phụ trách Đội phát động phong trào tại buổi chào cờ đầu tuần.",
            style="overlay",
        ),
        P("👉 Các chi đội đăng ký chỉ tiêu với Ban Chỉ huy Liên đội trước ngày 05/12/2026."),
        P(
            "👉 Kết quả thu gom được cập nhật hằng tuần trên bảng tin Liên đội và là một tiêu chí xét "
            "thi đua cuối học kỳ I."
        ),
        P(
            "Năm học trước, từ phong trào “Kế hoạch nhỏ”, Liên đội đã trao 25 suất quà, mỗi suất trị giá "
            "500.000 đồng cho học sinh nghèo vượt khó. Ban Chỉ huy Liên đội mong muốn năm nay mỗi đội "
            "viên sẽ tiếp tục chung tay để không bạn nào phải thiếu Tết."
        ),
        right("<strong>Liên đội THCS Trần Hưng Đạo</strong>"),
    ],
    authors=["Liên đội THCS Trần Hưng Đạo"],
    opts={
        "dt": "2026-12-02T19:10:27", "layout": "alb", "user": "quantri",
        "tags": ["doi-tntp"], "modified": "2026-12-03 07:55:10",
        "comments": [(21, 0, "Cô Trần Thị Mai (GVCN 6A5)", "Tháng Mười Hai 3, 2026 lúc 8:05 sáng",
                      "Lớp 6A5 đăng ký thu gom 40 kg giấy vụn, các em rất hào hứng!")],
    },
)

T1 = Story(
    id=1498,
    slug="tap-huan-cong-tac-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
    title="Tập huấn công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-28T08:40:15+07:00",
    summary=(
        "Chiều ngày 26/11/2026, Trường THCS Trần Hưng Đạo phối hợp với Đội Cảnh sát PCCC và CNCH quận "
        "Ninh Kiều tổ chức buổi tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ cho toàn "
        "thể cán bộ, giáo viên, nhân viên nhà trường."
    ),
    blocks=[
        Img(f"{UP}/2026/11/tap-huan-pccc-2026-845x321.jpg", style="featured"),
        P(
            "Chiều ngày 26/11/2026, Trường THCS Trần Hưng Đạo phối hợp với Đội Cảnh sát PCCC và CNCH quận "
            "Ninh Kiều tổ chức buổi tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ cho toàn "
            "thể cán bộ, giáo viên, nhân viên nhà trường.",
            style="lead",
        ),
        P(
            "Tham dự buổi tập huấn có 68 cán bộ, giáo viên, nhân viên và 40 học sinh là thành viên đội "
            "thanh niên xung kích của nhà trường."
        ),
        P(
            "Tại buổi tập huấn, cán bộ Đội Cảnh sát PCCC và CNCH đã phổ biến những quy định cơ bản của "
            "Luật Phòng cháy và chữa cháy; hướng dẫn cách nhận biết nguy cơ cháy nổ tại trường học như "
            "chập điện ở phòng máy tính, phòng thí nghiệm, khu vực bếp ăn bán trú."
        ),
        Img(
            f"{UP}/2026/11/pccc-huong-dan-binh-chua-chay-1030x773.jpg",
            "Cán bộ Cảnh sát PCCC hướng dẫn sử dụng bình chữa cháy xách tay.",
            "Cán bộ Cảnh sát PCCC hướng dẫn sử dụng bình chữa cháy xách tay.",
            style="lazy wpcap",
        ),
        P(
            "Phần thực hành, các học viên được hướng dẫn sử dụng bình bột, bình khí CO2, cách thoát nạn "
            "qua khói khí độc bằng khăn ướt và kỹ thuật sơ cứu người bị nạn. Nhiều giáo viên lần đầu "
            "trực tiếp dập đám cháy giả định bằng bình chữa cháy nên rất hào hứng."
        ),
        Img(
            f"{UP}/2026/11/pccc-thuc-hanh-dap-lua-1030x773.jpg",
            "Giáo viên thực hành dập đám cháy giả định tại sân trường.",
            "Giáo viên thực hành dập đám cháy giả định tại sân trường.",
            style="lazy wpcap",
        ),
        P(
            "Kết thúc buổi tập huấn, nhà trường đã kiện toàn đội PCCC cơ sở gồm 15 thành viên, đồng thời "
            "bổ sung 12 bình chữa cháy mới tại các dãy phòng học."
        ),
        right("<em>Tin, ảnh: Trần Minh Luân</em>"),
    ],
    authors=["Trần Minh Luân"],
    photographers=["Trần Minh Luân"],
    opts={"dt": "2026-11-28T08:40:15", "layout": "classic", "user": "quantri",
          "tags": ["an-toan-truong-hoc"], "modified": "2026-11-28 09:02:41"},
)

H1 = Story(
    id=1489,
    slug="hội-thi-giáo-viên-dạy-giỏi-cấp-trường-năm-học-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-25T10:15:40+07:00",
    summary=(
        "Từ ngày 09/11 đến 20/11/2026, Trường THCS Trần Hưng Đạo tổ chức Hội thi giáo viên dạy giỏi cấp "
        "trường năm học 2026 – 2027 với sự tham gia của 21 giáo viên thuộc 5 tổ chuyên môn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi là dịp để giáo viên thể hiện năng lực chuyên môn, khả năng vận dụng các phương pháp, "
            "kĩ thuật dạy học tích cực theo Chương trình giáo dục phổ thông 2018, đồng thời là cơ sở để "
            "nhà trường lựa chọn giáo viên tham dự hội thi cấp quận."
        ),
        P("Nhiều tiết dạy sáng tạo", style="h3"),
        P(
            "Mỗi giáo viên dự thi thực hiện một tiết dạy trên lớp và trình bày biện pháp nâng cao chất "
            "lượng giảng dạy. Ban Giám khảo gồm thành viên Ban Giám hiệu và các tổ trưởng chuyên môn đã dự "
            "giờ, đánh giá theo tiêu chí của Công văn 5512/BGDĐT-GDTrH."
        ),
        Img(
            f"{UP}/2026/11/gvdg-tiet-day-ngu-van-8a3-1030x687.jpg",
            "Cô Huỳnh Thị Ngọc Hạnh (tổ Ngữ văn) trong tiết dạy dự thi lớp 8A3.",
            "Cô Huỳnh Thị Ngọc Hạnh (tổ Ngữ văn) trong tiết dạy dự thi lớp 8A3.",
            style="overlay",
        ),
        P(
            "Nhiều tiết dạy để lại ấn tượng tốt như tiết Toán 9 “Góc nội tiếp” của thầy Đặng Văn Lực với "
            "phần mềm GeoGebra, tiết Tiếng Anh 7 “Traffic” của cô Lý Mỹ Tiên tổ chức trò chơi nhập vai, "
            "hay tiết Lịch sử và Địa lí 6 của cô Trương Thị Diễm sử dụng bản đồ tư duy số."
        ),
        P("Kết quả", style="h3"),
        P(
            "Kết thúc hội thi, có 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 4 giáo "
            "viên được chọn tham dự Hội thi giáo viên dạy giỏi cấp quận dự kiến tổ chức vào tháng 01/2027."
        ),
        right("<strong>ThS. Lê Hoàng Phúc – Phó Hiệu trưởng</strong>"),
    ],
    authors=["Lê Hoàng Phúc"],
    opts={"dt": "2026-11-25T10:15:40", "layout": "alb", "user": "quantri", "vi_slug": True,
          "tags": ["chuyen-mon"], "modified": "2026-11-26 14:20:03", "inline_related": [1456, 1420, 1471]},
)

T2 = Story(
    id=1471,
    slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19T16:05:12+07:00",
    summary=(
        "Sáng ngày 18/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam (20/11/1982 – 20/11/2026) và tổng kết đợt thi đua “Hai tốt” chào mừng ngày lễ."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự buổi lễ có ông Nguyễn Hữu Tài, Phó Trưởng phòng Giáo dục và Đào tạo quận Ninh Kiều; "
            "đại diện lãnh đạo Ủy ban nhân dân phường An Cư, Ban Đại diện Cha mẹ học sinh cùng các thế hệ "
            "thầy cô giáo đã nghỉ hưu và hơn 1.200 học sinh của trường."
        ),
        Img(
            f"{UP}/2026/11/le-20-11-van-nghe-khoi-8-1030x687.jpg",
            "Các tiết mục văn nghệ chào mừng do học sinh khối 8 biểu diễn.",
            "Các tiết mục văn nghệ chào mừng do học sinh khối 8 biểu diễn.",
            style="overlay",
        ),
        P(
            "Phát biểu tại buổi lễ, cô Phan Thị Thu Hương, Hiệu trưởng nhà trường, ôn lại truyền thống vẻ "
            "vang của ngày 20/11 và điểm lại những thành tích nổi bật của tập thể sư phạm trong năm học "
            "vừa qua: tỉ lệ học sinh tốt nghiệp THCS đạt 99,6%; 27 học sinh đạt giải học sinh giỏi cấp "
            "quận, 9 học sinh đạt giải cấp thành phố."
        ),
        P(
            "Trong đợt thi đua “Hai tốt”, toàn trường đã có 186 tiết dạy tốt được đăng ký, 42 chuyên đề "
            "và hội giảng được tổ chức ở các tổ chuyên môn. Nhân dịp này, nhà trường khen thưởng 12 tập "
            "thể lớp và 18 giáo viên có thành tích xuất sắc."
        ),
        Img(f"{UP}/2026/11/le-20-11-khen-thuong-1030x687.jpg", "Ảnh: Thanh Tùng", None, style="overlay"),
        P(
            "Thay mặt thế hệ học trò, em Lê Ngọc Bảo Trân, lớp 9A1, xúc động gửi lời tri ân đến thầy cô: "
            "“Chúng em sẽ luôn khắc ghi công ơn của thầy cô – những người đã thắp sáng ước mơ cho chúng "
            "em mỗi ngày”."
        ),
        P(
            "Buổi lễ khép lại bằng màn đồng ca “Bụi phấn” của tập thể giáo viên và học sinh, để lại nhiều "
            "cảm xúc cho người tham dự."
        ),
        right("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
    photographers=["Thanh Tùng"],
    opts={
        "dt": "2026-11-19T16:05:12", "layout": "alb", "user": "quantri", "tags": ["20-11"],
        "modified": "2026-11-21 08:30:44",
        "comments": [
            (17, 0, "Phụ huynh em Ngọc Hân", "Tháng Mười Một 20, 2026 lúc 6:42 sáng",
             "Chúc quý thầy cô Trường Trần Hưng Đạo luôn mạnh khỏe, hạnh phúc và thành công!"),
            (18, 17, "Nguyễn Minh Quân – cựu học sinh khóa 2015", "Tháng Mười Một 20, 2026 lúc 9:10 tối",
             "Nhìn hình lại nhớ thầy cô quá. Em chúc trường mình ngày càng phát triển."),
        ],
    },
)

D2 = Story(
    id=1462,
    slug="dai-hoi-lien-doi-tran-hung-dao-nhiem-ky-2026-2027",
    title="Đại hội Liên đội Trần Hưng Đạo nhiệm kỳ 2026 – 2027",
    cat="doan-doi",
    published_at="2026-11-16T09:00:06+07:00",
    blocks=[
        P(
            "Chiều ngày 13/11/2026, Liên đội Trường THCS Trần Hưng Đạo long trọng tổ chức Đại hội Liên đội "
            "nhiệm kỳ 2026 – 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội và đội viên tiêu "
            "biểu."
        ),
        P(
            "Đại hội vinh dự đón tiếp cô Nguyễn Thị Thanh Thảo, Phó Chủ tịch Hội đồng Đội quận Ninh Kiều; "
            "cô Phan Thị Thu Hương, Hiệu trưởng nhà trường cùng các thầy cô giáo chủ nhiệm."
        ),
        Img(
            f"{UP}/2026/11/DSC_0412-1030x687.jpg",
            "Đại biểu và đội viên thực hiện nghi thức chào cờ khai mạc Đại hội.",
            "Đại biểu và đội viên thực hiện nghi thức chào cờ khai mạc Đại hội.",
            style="em att:dsc_0412",
        ),
        P(
            "Báo cáo tổng kết nhiệm kỳ 2025 – 2026 cho thấy Liên đội tiếp tục được công nhận Liên đội "
            "vững mạnh xuất sắc; các phong trào “Nghìn việc tốt”, “Kế hoạch nhỏ”, “Áo lụa tặng bà” được "
            "duy trì hiệu quả, quyên góp được hơn 45 triệu đồng giúp đỡ học sinh khó khăn."
        ),
        P(
            "Đại hội đã thảo luận, thống nhất phương hướng nhiệm kỳ mới với chủ đề “Đội viên Trần Hưng Đạo "
            "chăm ngoan, sáng tạo, sẵn sàng hội nhập” và bầu Ban Chỉ huy Liên đội gồm 11 đồng chí; em "
            "Trịnh Gia Hân, lớp 8A2, được tín nhiệm bầu làm Liên đội trưởng."
        ),
        Img(
            f"{UP}/2026/11/DSC_0437-1030x687.jpg",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội.",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội.",
            style="em att:dsc_0437",
        ),
        right("<em>Tin: Võ Thị Mỹ Duyên – Ảnh: Huỳnh Gia Bảo</em>"),
    ],
    authors=["Võ Thị Mỹ Duyên"],
    photographers=["Huỳnh Gia Bảo"],
    opts={"dt": "2026-11-16T09:00:06", "layout": "classic", "heading": "h2", "user": "quantri",
          "tags": ["doi-tntp"], "modified": "2026-11-16 09:14:50"},
)

H2 = Story(
    id=1456,
    slug="chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-7-che-tao-binh-loc-nuoc-don-gian",
    title="Chuyên đề dạy học STEM môn Khoa học tự nhiên 7: “Chế tạo bình lọc nước đơn giản”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-14T15:30:08+07:00",
    blocks=[
        P(
            "Nhằm đổi mới phương pháp dạy học theo hướng phát triển phẩm chất, năng lực học sinh, ngày "
            "12/11/2026, tổ Khoa học tự nhiên tổ chức chuyên đề dạy học STEM với bài học “Chế tạo bình lọc "
            "nước đơn giản” tại lớp 7A4."
        ),
        P("Học sinh là trung tâm", style="h3"),
        P(
            "Tiết học do cô Ngô Thị Thanh Trúc thực hiện. Học sinh được chia thành 6 nhóm, mỗi nhóm tìm hiểu "
            "nguyên lí lọc nước qua các lớp vật liệu như sỏi, cát, than hoạt tính, bông gòn; sau đó thiết kế "
            "bản vẽ và lắp ráp bình lọc từ chai nhựa đã qua sử dụng."
        ),
        Img(
            f"{UP}/2026/11/stem-khtn7-binh-loc-nuoc-1030x773.jpg",
            "Học sinh lớp 7A4 lắp ráp mô hình bình lọc nước.",
            "Học sinh lớp 7A4 lắp ráp mô hình bình lọc nước.",
            style="lazy overlay",
        ),
        P(
            "Các nhóm trình bày sản phẩm, thử nghiệm lọc nước ao lấy từ mương sau trường và so sánh độ trong "
            "của nước trước và sau khi lọc. Nhóm 3 có sản phẩm lọc nước trong nhất nhờ sắp xếp lớp than "
            "hoạt tính hợp lí."
        ),
        P("Rút kinh nghiệm", style="h3"),
        P(
            "Trong phần thảo luận, giáo viên dự giờ đánh giá cao việc tổ chức hoạt động theo quy trình thiết "
            "kế kĩ thuật, đồng thời góp ý cần dành thêm thời gian cho học sinh tự đánh giá và cải tiến sản "
            "phẩm."
        ),
        P(
            "Tổ Khoa học tự nhiên sẽ tiếp tục xây dựng mỗi học kỳ ít nhất hai chủ đề STEM, gắn với thực tiễn "
            "địa phương như xử lí rác thải sinh hoạt, tiết kiệm nước ở khu vực Ninh Kiều."
        ),
        right("<strong>Tổ Khoa học tự nhiên</strong>"),
    ],
    authors=["Tổ Khoa học tự nhiên"],
    opts={"dt": "2026-11-14T15:30:08", "layout": "alb", "heading": "h2", "user": "quantri",
          "tags": ["stem", "chuyen-mon"], "modified": "2026-11-15 10:01:37"},
)

_LEAK_OPEN = (
    "<p>[av_one_full first min_height='' vertical_alignment='' space='' custom_margin='' margin='0px' "
    "padding='0px' border='' border_color='' radius='0px' background_color='' src='' "
    "background_position='top left' background_repeat='no-repeat' animation='' mobile_breaking='' "
    "mobile_display='' av_uid='av-2x8f1k']<br />\n"
    "[av_textblock size='' font_color='' color='' av-medium-font-size='' av-small-font-size='' "
    "av-mini-font-size='' av_uid='av-kq3b5' custom_class='' admin_preview_bg='']</p>"
)
_LEAK_MID = (
    "<p>[/av_textblock]</p>\n"
    f"<p>[av_image src='{UP}/2026/11/danh-gia-ngoai-chuan-qg-1030x687.jpg' attachment='1447' "
    "attachment_size='large' align='center' styling='' hover='' link='' target='' caption='' font_size='' "
    "appearance='' overlay_opacity='0.4' overlay_color='#000000' overlay_text_color='#ffffff' "
    "copyright='' animation='no-animation' av_uid='av-1y7r2b' admin_preview_bg=''][/av_image]</p>\n"
    "<p>[av_textblock size='' font_color='' color='' av_uid='av-9tq0h' admin_preview_bg='']</p>"
)
_LEAK_CLOSE = "<p>[/av_textblock]</p>\n<p>[/av_one_full]</p>"

T3 = Story(
    id=1440,
    slug="doan-danh-gia-ngoai-cua-so-gddt-lam-viec-tai-truong",
    title="Đoàn đánh giá ngoài của Sở GD&ĐT thành phố Cần Thơ làm việc tại trường",
    cat="tin-tuc-su-kien",
    published_at="2026-11-10T09:20:33+07:00",
    blocks=[
        Raw(_LEAK_OPEN),
        P(
            "Ngày 06/11/2026, Đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo thành phố Cần Thơ do ông Trần "
            "Văn Hiếu, Trưởng phòng Giáo dục Trung học, làm trưởng đoàn đã đến làm việc tại Trường THCS "
            "Trần Hưng Đạo."
        ),
        P(
            "Đoàn đã nghe nhà trường báo cáo kết quả tự đánh giá theo 5 tiêu chuẩn của Thông tư "
            "18/2018/TT-BGDĐT; kiểm tra hồ sơ minh chứng, cơ sở vật chất, thư viện, phòng học bộ môn; dự "
            "giờ 6 tiết dạy và phỏng vấn cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học sinh."
        ),
        P(
            "Qua kiểm tra, đoàn ghi nhận nhà trường có khuôn viên xanh – sạch – đẹp, đội ngũ giáo viên đạt "
            "chuẩn và trên chuẩn 100%, chất lượng giáo dục ổn định, phong trào thi đua sôi nổi. Đoàn cũng "
            "góp ý nhà trường cần bổ sung thiết bị dạy học môn Công nghệ và hoàn thiện kế hoạch cải tiến "
            "chất lượng sau đánh giá."
        ),
        Raw(_LEAK_MID),
        P(
            "Trên cơ sở kết quả đánh giá, đoàn thống nhất đề nghị Ủy ban nhân dân thành phố công nhận Trường "
            "THCS Trần Hưng Đạo đạt kiểm định chất lượng giáo dục cấp độ 3 và đạt chuẩn quốc gia mức độ 2."
        ),
        Raw(_LEAK_CLOSE),
        right("<em>Nguồn: Phòng GD&amp;ĐT quận Ninh Kiều</em>"),
    ],
    source="Phòng GD&ĐT quận Ninh Kiều",
    opts={"dt": "2026-11-10T09:20:33", "layout": "classic", "user": "bbt_thd", "tags": [],
          "modified": "2026-11-10 09:20:33"},
)

H3 = Story(
    id=1420,
    slug="ke-hoach-on-tap-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Kế hoạch ôn tập, kiểm tra giữa học kỳ I năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-30T08:00:51+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch ôn tập và kiểm tra "
            "giữa học kỳ I đối với học sinh các khối lớp như sau:"
        ),
        P("1. Thời gian ôn tập", style="toggle"),
        P(
            "Từ ngày 02/11 đến 07/11/2026, giáo viên bộ môn hướng dẫn học sinh ôn tập theo đề cương đã được "
            "tổ chuyên môn thống nhất. Đề cương được giáo viên chủ nhiệm gửi qua nhóm Zalo lớp.",
            style="tc",
        ),
        P("2. Lịch kiểm tra tập trung", style="toggle"),
        P("Ngày | Buổi | Môn | Thời gian làm bài", style="row"),
        P("09/11/2026 | Sáng | Ngữ văn | 90 phút", style="row"),
        P("10/11/2026 | Sáng | Toán | 90 phút", style="row"),
        P("11/11/2026 | Sáng | Tiếng Anh | 60 phút", style="row"),
        P("12/11/2026 | Chiều | Khoa học tự nhiên | 60 phút", style="row"),
        P("3. Lưu ý đối với học sinh", style="toggle"),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh, bút, "
            "thước kẻ; không mang điện thoại di động và tài liệu vào phòng kiểm tra.",
            style="tc",
        ),
        P(
            "Kính đề nghị quý phụ huynh phối hợp nhắc nhở, tạo điều kiện để các em ôn tập tốt và tham gia "
            "kiểm tra đầy đủ."
        ),
        Raw(
            "<div class='avia-button-wrap avia-button-center avia-builder-el-7 el_after_av_textblock "
            "el_before_av_textblock'><a href='/wp-content/uploads/2026/10/de-cuong-on-tap-giua-hk1-2026-2027.pdf' "
            "class='avia-button avia-icon_select-yes-left-icon avia-size-medium avia-position-center "
            "avia-color-theme-color' target=\"_blank\" rel=\"noopener noreferrer\"><span class='avia_button_icon "
            "avia_button_icon_left' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'>"
            "</span><span class='avia_iconbox_title'>Tải đề cương ôn tập (PDF)</span></a></div>"
        ),
        right("<strong>Ban Giám hiệu</strong>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={"dt": "2026-10-30T08:00:51", "layout": "alb", "user": "quantri", "tags": ["chuyen-mon"],
          "modified": "2026-11-02 16:44:18"},
)

T4 = Story(
    id=1405,
    slug="ra-quân-ngày-chủ-nhật-xanh-làm-sạch-khuôn-viên-trường",
    title="Ra quân “Ngày Chủ nhật xanh” làm sạch khuôn viên trường và các tuyến đường lân cận",
    cat="tin-tuc-su-kien",
    published_at="2026-10-24T14:00:19+07:00",
    blocks=[
        Img(f"{UP}/2026/10/chu-nhat-xanh-2026-845x321.jpg", style="featured"),
        P(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Thành đoàn Cần Thơ phát động, sáng Chủ nhật "
            "18/10/2026, Chi đoàn giáo viên và Liên đội Trường THCS Trần Hưng Đạo đã tổ chức ra quân làm "
            "sạch khuôn viên trường và tuyến đường Trần Hưng Đạo, đường 3 Tháng 2 lân cận."
        ),
        P(
            "Hơn 300 đoàn viên, đội viên và giáo viên đã tham gia nhổ cỏ, quét dọn, thu gom rác thải, khơi "
            "thông cống rãnh, cắt tỉa cây xanh và trồng mới 50 chậu hoa tại bồn hoa trước cổng trường."
        ),
        Img(
            f"{UP}/2026/10/chu-nhat-xanh-thu-gom-rac-1030x687.jpg",
            "Đoàn viên, đội viên thu gom rác trên tuyến đường trước cổng trường.",
            "Đoàn viên, đội viên thu gom rác trên tuyến đường trước cổng trường.",
            style="wpcap",
        ),
        P(
            "Đợt ra quân đã thu gom khoảng 2 tấn rác thải các loại. Các chi đoàn, chi đội còn tuyên truyền "
            "đến người dân và tiểu thương khu vực chợ An Cư về việc phân loại rác tại nguồn, hạn chế sử "
            "dụng túi ni lông."
        ),
        P(
            "Thời gian tới, nhà trường duy trì ra quân vào Chủ nhật cuối mỗi tháng, xem đây là hoạt động "
            "thường xuyên để xây dựng trường học xanh – sạch – đẹp – an toàn."
        ),
        right("<em>Phạm Quốc Khánh</em>"),
    ],
    authors=["Phạm Quốc Khánh"],
    opts={"dt": "2026-10-24T14:00:19", "layout": "classic", "user": "quantri", "vi_slug": True,
          "tags": [], "modified": "2026-10-25 07:12:55"},
)

H4 = Story(
    id=1390,
    slug="hoc-sinh-nha-truong-dat-12-giai-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-quan",
    title="Học sinh nhà trường đạt 12 giải kỳ thi chọn học sinh giỏi lớp 9 cấp quận",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-20T16:45:02+07:00",
    summary=(
        "Kỳ thi chọn học sinh giỏi lớp 9 cấp quận năm học 2026 – 2027 vừa khép lại, Trường THCS Trần Hưng "
        "Đạo có 12 học sinh đạt giải, xếp thứ ba toàn quận."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi do Phòng Giáo dục và Đào tạo quận Ninh Kiều tổ chức ngày 10/10/2026 với 9 môn thi, thu "
            "hút 386 thí sinh của 12 trường THCS trên địa bàn quận. Nhà trường có 18 học sinh dự thi ở 7 môn."
        ),
        P("Kết quả cụ thể như sau:"),
        P("Môn Toán: 1 giải Nhất, 1 giải Ba;", style="li"),
        P("Môn Ngữ văn: 1 giải Nhì, 2 giải Khuyến khích;", style="li"),
        P("Môn Tiếng Anh: 2 giải Nhì, 1 giải Ba;", style="li"),
        P("Môn Khoa học tự nhiên: 1 giải Ba, 1 giải Khuyến khích;", style="li"),
        P("Môn Lịch sử và Địa lí: 2 giải Khuyến khích.", style="li"),
        Img(
            f"{UP}/2026/10/hsg-lop-9-cap-quan-2026-1030x687.jpg",
            "Ban Giám hiệu chúc mừng các em học sinh đạt giải.",
            "Ban Giám hiệu chúc mừng các em học sinh đạt giải.",
            style="overlay",
        ),
        P(
            "Em Nguyễn Hoàng Minh Khôi, lớp 9A1, đạt giải Nhất môn Toán với số điểm 18,5/20 – điểm cao nhất "
            "môn Toán toàn quận. Khôi chia sẻ bí quyết là luyện đề đều đặn và luôn chủ động hỏi thầy cô khi "
            "gặp bài khó."
        ),
        P(
            "Các học sinh đạt giải sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi chọn học sinh giỏi cấp thành "
            "phố vào tháng 3/2027."
        ),
    ],
    opts={"dt": "2026-10-20T16:45:02", "layout": "alb", "user": "bbt_thd", "tags": [],
          "cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"], "modified": "2026-10-21 08:03:29"},
)

T5 = Story(
    id=1377,
    slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-12T07:45:00+07:00",
    blocks=[
        P(
            "Sáng Chủ nhật 11/10/2026, Trường THCS Trần Hưng Đạo tổ chức Hội nghị cha mẹ học sinh đầu năm "
            "học 2026 – 2027. Hội nghị được tổ chức theo hai phần: phiên toàn thể tại hội trường và họp cha "
            "mẹ học sinh tại 32 lớp."
        ),
        P(
            "Tại phiên toàn thể, cô Phan Thị Thu Hương, Hiệu trưởng nhà trường, báo cáo kết quả năm học "
            "2025 – 2026 và thông qua kế hoạch năm học mới với trọng tâm là nâng cao chất lượng dạy học theo "
            "Chương trình giáo dục phổ thông 2018, tăng cường giáo dục kĩ năng sống và bảo đảm an toàn "
            "trường học."
        ),
        P(
            "Nhà trường cũng công khai các khoản thu theo quy định, các khoản thu dịch vụ hỗ trợ hoạt động "
            "giáo dục như tiền ăn bán trú, học tăng cường Tiếng Anh với người nước ngoài trên tinh thần tự "
            "nguyện, không ép buộc."
        ),
        Img(
            f"{UP}/2026/10/hoi-nghi-cmhs-2026-1030x687.jpg",
            "Quang cảnh phiên họp toàn thể Hội nghị cha mẹ học sinh.",
            "Quang cảnh phiên họp toàn thể Hội nghị cha mẹ học sinh.",
            style="wpcap",
        ),
        P(
            "Hội nghị đã bầu Ban Đại diện Cha mẹ học sinh trường gồm 15 thành viên; ông Lâm Quốc Việt, phụ "
            "huynh em Lâm Gia Huy lớp 9A3, được tín nhiệm làm Trưởng ban."
        ),
        P(
            "Nhiều ý kiến của phụ huynh tập trung vào việc đảm bảo an toàn giao thông giờ tan trường, chất "
            "lượng bữa ăn bán trú và việc sử dụng điện thoại của học sinh. Các ý kiến đã được Ban Giám hiệu "
            "tiếp thu, giải đáp cụ thể."
        ),
        right("<strong>Ngọc Trâm</strong>"),
    ],
    authors=["Ngọc Trâm"],
    opts={"dt": "2026-10-12T07:45:00", "layout": "classic", "user": "quantri", "nfd": True, "tags": [],
          "modified": "2026-10-12 07:45:00"},
)

D3 = Story(
    id=1366,
    slug="tuyen-truyen-phong-chong-duoi-nuoc-va-xam-hai-tre-em-cho-hoc-sinh",
    title="Tuyên truyền phòng, chống đuối nước và xâm hại trẻ em cho học sinh",
    cat="doan-doi",
    published_at="2026-10-08T10:30:45+07:00",
    blocks=[
        P(
            "Nhằm trang bị kiến thức, kĩ năng tự bảo vệ bản thân cho học sinh, sáng 07/10/2026, Liên đội "
            "Trường THCS Trần Hưng Đạo phối hợp với Công an phường An Cư tổ chức buổi tuyên truyền phòng, "
            "chống đuối nước và xâm hại trẻ em cho hơn 600 đội viên khối 6 và khối 7."
        ),
        P(
            "Cán bộ Công an phường đã cung cấp cho các em những thông tin về tình hình tai nạn đuối nước, "
            "các hình thức xâm hại trẻ em thường gặp, đặc biệt là xâm hại qua mạng xã hội; hướng dẫn cách "
            "nhận biết nguy cơ và địa chỉ tin cậy để tìm kiếm sự giúp đỡ, trong đó có Tổng đài quốc gia "
            "bảo vệ trẻ em 111."
        ),
        Img(
            f"{UP}/2026/10/tuyen-truyen-duoi-nuoc-khoi-6-1030x687.jpg",
            "Học sinh khối 6 tham gia trả lời câu hỏi tình huống.",
            "Học sinh khối 6 tham gia trả lời câu hỏi tình huống.",
            style="lazy em",
        ),
        P(
            "Buổi tuyên truyền được lồng ghép hình thức hỏi – đáp, xử lí tình huống sinh động, thu hút sự "
            "tham gia tích cực của học sinh. Nhiều phần quà đã được trao cho các em có câu trả lời đúng và "
            "nhanh nhất."
        ),
        right("<em>Tin: Trần Thị Bích Liên – Ảnh: Lâm Hoàng Nam</em>"),
    ],
    authors=["Trần Thị Bích Liên"],
    photographers=["Lâm Hoàng Nam"],
    opts={"dt": "2026-10-08T10:30:45", "layout": "classic", "user": "quantri",
          "tags": ["doi-tntp", "an-toan-truong-hoc"], "modified": "2026-10-08 10:41:12"},
)

T6 = Story(
    id=1350,
    slug="khai-giang-lop-day-boi-mien-phi-cho-hoc-sinh-khoi-6",
    title="Khai giảng lớp dạy bơi miễn phí cho học sinh khối 6",
    cat="tin-tuc-su-kien",
    published_at="2026-10-03",
    blocks=[
        P(
            "Ngày 02/10/2026, Trường THCS Trần Hưng Đạo phối hợp với Trung tâm Văn hóa – Thể thao quận Ninh "
            "Kiều khai giảng lớp dạy bơi miễn phí cho 80 học sinh khối 6."
        ),
        P(
            "Lớp học diễn ra trong 10 buổi tại hồ bơi của Trung tâm, do các huấn luyện viên có chứng chỉ cứu "
            "hộ trực tiếp hướng dẫn.",
            style="br",
        ),
        P(
            "Học sinh được học các kĩ năng an toàn khi ở dưới nước, kĩ thuật bơi ếch, bơi sải cơ bản và cách "
            "xử lí khi gặp người bị đuối nước. Sau khóa học, học sinh hoàn thành bài kiểm tra sẽ được cấp "
            "giấy chứng nhận biết bơi."
        ),
        Raw("<p>&nbsp;</p>"),
        P(
            "Cô Trương Mỹ Linh, Phó Hiệu trưởng nhà trường, cho biết: “Cần Thơ là vùng sông nước, việc trang "
            "bị kĩ năng bơi cho học sinh là rất cần thiết. Nhà trường sẽ tiếp tục phối hợp tổ chức các lớp "
            "tiếp theo cho khối 7 vào dịp hè”."
        ),
        right("Theo Báo Cần Thơ"),
    ],
    source="Báo Cần Thơ",
    opts={"dt": "2026-10-03T00:00:00", "layout": "classic", "user": "quantri", "tags": [],
          "modified": "2026-10-03 00:00:00"},
)

#: the document entry filed as a post (a NON_ARTICLE in the post template)
DOC = Story(
    id=1431,
    slug="ke-hoach-so-112-kh-thcsthd-to-chuc-cac-hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Kế hoạch số 112/KH-THCSTHĐ tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="van-ban-thong-bao",
    published_at="2026-11-03T10:12:09+07:00",
    blocks=[],
    opts={"dt": "2026-11-03T10:12:09", "layout": "doc", "user": "bbt_thd", "tags": [],
          "modified": "2026-11-03 10:12:09"},
)

POSTS = sorted([D1, T1, H1, T2, D2, H2, T3, DOC, H3, T4, H4, T5, D3, T6], key=lambda s: s.opts["dt"],
               reverse=True)
ARTICLES = [s for s in POSTS if s is not DOC]
BY_ID = {s.id: s for s in POSTS}

#: attachment pages of D2's photos: slug -> (id, title, full file, medium file)
ATTACHMENTS = {
    "dsc_0412": (1463, "DSC_0412", f"{UP}/2026/11/DSC_0412.jpg", f"{UP}/2026/11/DSC_0412-300x200.jpg"),
    "dsc_0437": (1464, "DSC_0437", f"{UP}/2026/11/DSC_0437.jpg", f"{UP}/2026/11/DSC_0437-300x200.jpg"),
}


def cats_of(s: Story) -> list[str]:
    return s.opts.get("cats") or [s.cat]


def post_path(s: Story, upper: bool = False) -> str:
    d = s.opts["dt"]
    slug = s.slug
    if s.opts.get("vi_slug"):
        enc = quote(slug, safe="-")
        slug = enc if upper else enc.lower()
    return f"/{d[0:4]}/{d[5:7]}/{d[8:10]}/{slug}/"


def vi_date(dt: str) -> str:
    """WordPress 'F j, Y' in the Vietnamese locale: 'Tháng Mười Một 19, 2026'."""
    return f"{MONTHS[int(dt[5:7]) - 1]} {int(dt[8:10])}, {dt[0:4]}"


def vi_time(dt: str) -> str:
    """WordPress 'g:i a' in the Vietnamese locale: '4:05 chiều'."""
    h, m = int(dt[11:13]), dt[14:16]
    return f"{(h % 12) or 12}:{m} {'sáng' if h < 12 else 'chiều'}"


def thumb(s: Story, size: str = "180x180") -> str:
    imgs = s.images
    base = imgs[0].src.rsplit("-", 1)[0] if imgs else f"{UP}/2021/08/thcs-tran-hung-dao-mac-dinh"
    return f"{base}-{size}.jpg"


def excerpt(s: Story, words: int = 28) -> str:
    if s is DOC:
        first = "Kế hoạch tổ chức các hoạt động chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11/2026."
    else:
        first = s.paragraphs[0]
    parts = first.split()
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Thời khóa biểu", "/thoi-khoa-bieu/")]),
    ("Tin tức", "/tin-tuc/", [(CATS[c][0], f"/category/{c}/") for c in CATS]),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]

_SEARCH_TOOLTIP = esc(
    '<form role="search" action="/" id="searchform" method="get" class="">'
    '<div><input type="submit" value="" id="searchsubmit" class="button avia-font-entypo-fontello" />'
    '<input type="text" id="s" name="s" value="" placeholder=\'Tìm kiếm\' /></div></form>'
)


def _menu() -> str:
    out = ['<ul id="avia-menu" class="menu av-main-nav">']
    n = 180
    for i, (label, href, subs) in enumerate(_MENU, 1):
        n += 1
        cls = "menu-item menu-item-type-post_type menu-item-object-page menu-item-top-level"
        if subs:
            cls += " menu-item-has-children"
        out.append(
            f'<li id="menu-item-{n}" class="{cls} menu-item-top-level-{i}"><a href="{href}" itemprop="url">'
            f'<span class="avia-bullet"></span><span class="avia-menu-text">{esc(label)}</span>'
            '<span class="avia-menu-fx"><span class="avia-arrow-wrap"><span class="avia-arrow"></span>'
            "</span></span></a>"
        )
        if subs:
            out.append('<ul class="sub-menu">')
            for sl, sh in subs:
                n += 1
                out.append(
                    f'<li id="menu-item-{n}" class="menu-item menu-item-type-taxonomy menu-item-object-category">'
                    f'<a href="{sh}" itemprop="url"><span class="avia-bullet"></span>'
                    f'<span class="avia-menu-text">{esc(sl)}</span></a></li>'
                )
            out.append("</ul>")
        out.append("</li>")
    out.append(
        '<li id="menu-item-search" class="noMobile menu-item menu-item-search-dropdown menu-item-avia-special">'
        f'<a aria-label="Tìm kiếm" href="?s=" rel="nofollow" data-avia-search-tooltip="{_SEARCH_TOOLTIP}" '
        "aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello'>"
        '<span class="avia_hidden_link_text">Tìm kiếm</span></a></li>'
    )
    out.append('<li class="av-burger-menu-main menu-item-avia-special "><a href="#" aria-label="Menu" '
               'aria-hidden="false"><span class="av-hamburger av-hamburger--spin av-js-hamburger">'
               '<span class="av-hamburger-box"><span class="av-hamburger-inner"></span></span></span>'
               '<span class="avia_hidden_link_text">Menu</span></a></li></ul>')
    return "".join(out)


def _head(request: Request, title: str, canonical: str | None, post_id: int | None, extra: str = "") -> str:
    b = base_url(request)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi" class="html_stretched responsive av-preloader-disabled html_header_top '
        "html_logo_left html_main_nav_header html_menu_right html_large html_header_sticky "
        "html_header_shrinking html_header_topbar_active html_mobile_menu_phone html_header_searchicon "
        "html_content_align_center html_header_unstick_top_disabled html_header_stretch_disabled "
        f'html_av-submenu-noclone html_entry_id_{post_id or 0} av-cookies-no-cookie-consent av-no-preview '
        'html_text_menu_active ">',
        "<head>",
        '<meta charset="UTF-8" />',
        '<meta name="robots" content="index, follow" />',
        "<!-- mobile setting -->",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<!-- Scripts/CSS and wp_head hook -->",
        f"<title>{wpt(title)} &#8211; {SITE}</title>",
        "<meta name='robots' content='max-image-preview:large' />",
        "<link rel='dns-prefetch' href='//s.w.org' />",
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" '
        f'href="{b}/feed/" />',
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/"
        "style.min.css?ver=5.8.2' type='text/css' media='all' />",
        "<link rel='stylesheet' id='avia-merged-styles-css' href='/wp-content/uploads/dynamic_avia/"
        "avia-merged-styles-3f6a0c1b9e2d7a4c5b8e0f1d2c3b4a59---61a8c0e2b1f3d.css' type='text/css' media='all' />",
        "<link rel='stylesheet' id='a3a3_lazy_load-css' href='/wp-content/uploads/sass/a3_lazy_load.min.css"
        "?ver=1629871340' type='text/css' media='all' />",
        "<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' "
        "id='jquery-core-js'></script>",
        f'<link rel="https://api.w.org/" href="{b}/wp-json/" />',
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />',
        '<meta name="generator" content="WordPress 5.8.2" />',
    ]
    if canonical:
        parts.append(f'<link rel="canonical" href="{b}{canonical}" />')
    if post_id:
        parts.append(f"<link rel='shortlink' href='{b}/?p={post_id}' />")
        parts.append(f'<link rel="alternate" type="application/json" href="{b}/wp-json/wp/v2/posts/{post_id}" />')
    parts += [
        '<link rel="profile" href="http://gmpg.org/xfn/11" />',
        f'<link rel="pingback" href="{b}/xmlrpc.php" />',
        "<!--[if lt IE 9]><script src=\"/wp-content/themes/enfold/js/html5shiv.js\"></script><![endif]-->",
        '<link rel="icon" href="/wp-content/uploads/2021/08/cropped-logo-thd-32x32.png" sizes="32x32" />',
        "<style type='text/css'>#top .av-special-heading.av-special-heading-h1 .av-subheading{font-size:15px}"
        "</style>",
        extra,
        "</head>",
    ]
    return "\n".join(parts)


def _header(post_id: int | None) -> str:
    return f"""<div id='wrap_all'>
<header id='header' class='all_colors header_color light_bg_color av_header_top av_logo_left av_main_nav_header av_menu_right av_large av_header_sticky av_header_shrinking av_header_stretch_disabled av_mobile_menu_phone av_header_searchicon av_header_unstick_top_disabled av_bottom_nav_disabled av_header_border_disabled' role="banner" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div id='header_meta' class='container_wrap container_wrap_meta av_icon_active_left av_extra_header_active av_secondary_right av_phone_active_left av_entry_id_{post_id or 0}'>
<div class='container'>
<ul class='noLightbox social_bookmarks icon_count_2'><li class='social_bookmarks_facebook av-social-link-facebook social_icon_1'><a target="_blank" aria-label="Link to Facebook" href='https://www.facebook.com/thcstranhungdao.ninhkieu' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='Facebook' rel="noopener"><span class='avia_hidden_link_text'>Facebook</span></a></li><li class='social_bookmarks_youtube av-social-link-youtube social_icon_2'><a target="_blank" aria-label="Link to Youtube" href='https://www.youtube.com/@thcstranhungdaocantho' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='Youtube' rel="noopener"><span class='avia_hidden_link_text'>Youtube</span></a></li></ul>
<nav class='sub_menu' role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><ul id="avia2-menu" class="menu"><li id="menu-item-201" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-201"><a href="https://mail.google.com/a/cantho.edu.vn">Thư điện tử</a></li>
<li id="menu-item-202" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-202"><a href="https://csdl.cantho.edu.vn">CSDL ngành</a></li>
<li id="menu-item-203" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-203"><a href="/lien-he/">Liên hệ</a></li></ul></nav>
<div class='phone-info with_nav'><span>Hotline: (0292) 3 821 456 &nbsp;|&nbsp; {HEADER_TODAY}</span></div>
</div>
</div>
<div id='header_main' class='container_wrap container_wrap_logo'>
<div class='container av-logo-container'><div class='inner-container'><span class='logo'><a href='/'><img height="100" width="300" src='/wp-content/uploads/2021/08/logo-thcs-tran-hung-dao.png' alt='{SITE}' title='' /></a></span><nav class='main_menu' data-selectname='Chọn trang' role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="avia-menu av-main-nav-wrap">{_menu()}</div></nav></div></div>
</div>
<div class='header_bg'></div>
</header>
<div id='main' class='all_colors' data-scroll-offset='116'>"""


def _title_container(heading: str, heading_href: str, crumbs: list[tuple[str, str | None]]) -> str:
    trail = []
    for i, (label, href) in enumerate(crumbs):
        if href is None:
            trail.append(f'<span class="trail-end">{wpt(label)}</span>')
        elif i == 0:
            trail.append(
                '<span itemscope="itemscope" itemtype="https://schema.org/BreadcrumbList">'
                '<span itemscope="itemscope" itemtype="https://schema.org/ListItem" itemprop="itemListElement">'
                f'<a itemprop="url" href="{href}" title="{SITE}" rel="home" class="trail-begin">'
                f'<span itemprop="name">{wpt(label)}</span></a><span itemprop="position" class="hidden">1</span>'
                "</span></span>"
            )
        else:
            trail.append(
                '<span itemscope="itemscope" itemtype="https://schema.org/BreadcrumbList">'
                '<span itemscope="itemscope" itemtype="https://schema.org/ListItem" itemprop="itemListElement">'
                f'<a itemprop="url" href="{href}" title="{esc(label)}"><span itemprop="name">{wpt(label)}</span></a>'
                f'<span itemprop="position" class="hidden">{i + 1}</span></span></span>'
            )
    sep = ' <span class="sep">/</span> '
    return (
        "<div class='stretch_full container_wrap alternate_color light_bg_color title_container'>"
        f"<div class='container'><h1 class='main-title entry-title '><a href='{heading_href}' rel='bookmark' "
        f"title='Liên kết cố định: {esc(heading)}' itemprop=\"headline\">{wpt(heading)}</a></h1>"
        '<div class="breadcrumb breadcrumbs avia-breadcrumbs"><div class="breadcrumb-trail">'
        '<span class="trail-before"><span class="breadcrumb-title">Bạn đang ở đây:</span></span> '
        + sep.join(trail)
        + "</div></div></div></div>"
    )


#: "Xem nhiều": a statistics plugin that stores its URLs percent-encoded in upper case
_POPULAR = [(1489, 2417), (1471, 1876), (1462, 1203), (1498, 988)]


def _sidebar() -> str:
    news = []
    for s in POSTS[:5]:
        news.append(
            '<li class="news-content post-format-standard"><a class="news-link" '
            f'title="Đọc: {esc(s.title)}" href="{post_path(s)}"><span class="news-thumb ">'
            f'<img width="36" height="36" src="{thumb(s, "36x36")}" class="wp-image-{s.id + 1} '
            f'attachment-widget size-widget wp-post-image" alt="" loading="lazy" /></span>'
            f'<strong class="news-headline">{wpt(s.title)}<span class="news-time">'
            f'{vi_date(s.opts["dt"])} - {vi_time(s.opts["dt"])}</span></strong></a></li>'
        )
    pop = []
    for pid, views in _POPULAR:
        s = BY_ID[pid]
        shown = f"{views:,}".replace(",", ".")
        pop.append(
            f'<li><a href="{post_path(s, upper=True)}" class="wpp-post-title" target="_self">{wpt(s.title)}</a> '
            f'<span class="wpp-meta post-stats"><span class="wpp-views">{shown} lượt xem</span></span></li>'
        )
    cats = []
    for slug, (name, tid) in CATS.items():
        count = sum(1 for s in POSTS if slug in cats_of(s))
        cats.append(f'<li class="cat-item cat-item-{tid}"><a href="/category/{slug}/">{esc(name)}</a> ({count})</li>')
    return f"""<aside class='sidebar sidebar_right smartphones_sidebar_active alpha units' role="complementary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar"><div class='inner_sidebar extralight-border'>
<section id="search-2" class="widget clearfix widget_search"><form action="/" id="searchform" method="get" class=""><div><input type="submit" value="" id="searchsubmit" class="button avia-font-entypo-fontello" /><input type="text" id="s" name="s" value="" placeholder='Tìm kiếm' /></div></form><span class="seperator extralight-border"></span></section>
<section id="newsbox-2" class="widget clearfix avia-widget-container newsbox"><h3 class="widgettitle">Tin mới</h3><ul class="news-wrap image_size_widget">{"".join(news)}</ul><span class="seperator extralight-border"></span></section>
<section id="wpp-2" class="widget clearfix popular-posts"><h3 class="widgettitle">Xem nhiều</h3><ul class="wpp-list">{"".join(pop)}</ul><span class="seperator extralight-border"></span></section>
<section id="categories-2" class="widget clearfix widget_categories"><h3 class="widgettitle">Chuyên mục</h3><ul>{"".join(cats)}</ul><span class="seperator extralight-border"></span></section>
<section id="polls-widget-2" class="widget clearfix widget_polls-widget"><h3 class="widgettitle">Thăm dò ý kiến</h3><div id="polls-4" class="wp-polls"><form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_4_nonce" name="wp-polls-nonce" value="8c1f0e2a7b" /></p><p style="display: none;"><input type="hidden" name="poll_id" value="4" /></p><p style="text-align: center;"><strong>Quý phụ huynh đánh giá thế nào về website nhà trường?</strong></p><div id="polls-4-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-13" name="poll_4" value="13" /> <label for="poll-answer-13">Rất hữu ích</label></li><li><input type="radio" id="poll-answer-14" name="poll_4" value="14" /> <label for="poll-answer-14">Hữu ích</label></li><li><input type="radio" id="poll-answer-15" name="poll_4" value="15" /> <label for="poll-answer-15">Cần cải thiện thêm</label></li></ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(4);" /></p></div></form></div><span class="seperator extralight-border"></span></section>
<section id="text-6" class="widget clearfix widget_text"><h3 class="widgettitle">Thống kê truy cập</h3><div class="textwidget"><ul class="thd-counter"><li><img src="/wp-content/plugins/wp-statistics/assets/images/online.png" alt="" /> Đang online: 17</li><li><img src="/wp-content/plugins/wp-statistics/assets/images/today.png" alt="" /> Hôm nay: 326</li><li><img src="/wp-content/plugins/wp-statistics/assets/images/total.png" alt="" /> Tổng truy cập: 1.284.905</li></ul></div><span class="seperator extralight-border"></span></section>
<section id="media_image-3" class="widget clearfix widget_media_image"><h3 class="widgettitle">Liên kết</h3><a href="https://moet.gov.vn"><img width="300" height="90" src="/wp-content/uploads/2021/08/banner-bo-gddt-300x90.jpg" class="image wp-image-96 attachment-medium size-medium" alt="Bộ Giáo dục và Đào tạo" loading="lazy" /></a><a href="https://cantho.edu.vn"><img width="300" height="90" src="/wp-content/uploads/2021/08/banner-so-gddt-can-tho-300x90.jpg" class="image wp-image-97 attachment-medium size-medium" alt="Sở GD&amp;ĐT Cần Thơ" loading="lazy" /></a><span class="seperator extralight-border"></span></section>
</div></aside>"""


def _footer() -> str:
    return f"""</div><!-- close default .container_wrap element -->
<div class='container_wrap footer_color' id='footer'><div class='container'>
<div class='flex_column av_one_third first el_before_av_one_third'><section id="text-3" class="widget clearfix widget_text"><h3 class="widgettitle">{SITE}</h3><div class="textwidget"><p>Địa chỉ: Số 02 đường Lý Tự Trọng, phường An Cư, quận Ninh Kiều, thành phố Cần Thơ<br />
Điện thoại: (0292) 3 821 456<br />
Email: thcstranhungdao.ninhkieu@cantho.edu.vn</p></div><span class="seperator extralight-border"></span></section></div>
<div class='flex_column av_one_third el_after_av_one_third el_before_av_one_third'><section id="nav_menu-2" class="widget clearfix widget_nav_menu"><h3 class="widgettitle">Truy cập nhanh</h3><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu chung</a></li><li class="menu-item"><a href="/thoi-khoa-bieu/">Thời khóa biểu</a></li><li class="menu-item"><a href="/thu-vien-anh/">Thư viện ảnh</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div><span class="seperator extralight-border"></span></section></div>
<div class='flex_column av_one_third el_after_av_one_third el_before_av_one_third'><section id="text-4" class="widget clearfix widget_text"><h3 class="widgettitle">Giờ làm việc</h3><div class="textwidget"><p>Thứ Hai – Thứ Sáu: 7h00 – 11h00, 13h30 – 17h00<br />Thứ Bảy: 7h00 – 11h00</p></div><span class="seperator extralight-border"></span></section></div>
</div></div>
<footer class='container_wrap socket_color' id='socket' role="contentinfo" itemscope="itemscope" itemtype="https://schema.org/WPFooter"><div class='container'><span class='copyright'>&copy; Bản quyền 2021 – 2026 {SITE}. Thiết kế bởi Công ty TNHH Giải pháp Số Tây Đô - <a rel='nofollow' href='https://kriesi.at'>Enfold WordPress Theme by Kriesi</a></span></div></footer>
</div><!-- end main -->
</div><!-- end wrap_all -->
<a href='#top' title='Cuộn lên đầu trang' id='scroll-top-link' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'><span class="avia_hidden_link_text">Cuộn lên đầu trang</span></a>
<div id="fb-root"></div>
<script type='text/javascript' src='/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.4.6' id='jquery-lazyloadxt-js'></script>
<script type='text/javascript' src='/wp-content/uploads/dynamic_avia/avia-footer-scripts-8c2d7e1f0a9b.js' id='avia-footer-scripts-js'></script>
</body>
</html>"""


def _page(request: Request, *, title: str, body_class: str, canonical: str | None, post_id: int | None,
          inner: str, sidebar: bool = True, title_container: str = "", status: int = 200) -> Response:
    main_cls = "sidebar_right" if sidebar else "fullsize"
    doc = "\n".join([
        _head(request, title, canonical, post_id),
        f'<body id="top" class="{body_class} rtl_columns stretched open_sans" itemscope="itemscope" '
        'itemtype="https://schema.org/WebPage">',
        _header(post_id),
        title_container,
        f"<div class='container_wrap container_wrap_first main_color {main_cls}'>",
        inner,
        _sidebar() if sidebar else "",
        _footer(),
    ])
    return html(doc, status=status)


# --- article bodies ---------------------------------------------------------------------------


def _img_tag(img: Img, nfd: bool, extra_cls: str = "", wp_id: int = 0) -> str:
    full = img.src.rsplit("-", 1)[0] + ".jpg"
    w, h = img.src.rsplit("-", 1)[1].split(".")[0].split("x")
    name = full.rsplit("/", 1)[1][:-4]
    small = img.src.rsplit("-", 1)[0] + f"-300x{round(int(h) * 300 / int(w))}.jpg"
    srcset = f"{img.src} {w}w, {small} 300w"
    cls = f"wp-image-{wp_id} size-large {extra_cls}".strip()
    if "lazy" in img.style:
        real = (
            f'<img class="{cls}" src="{img.src}" alt="" title="{esc(name)}" width="{w}" height="{h}" '
            f'srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px" />'
        )
        return (
            f'<img class="lazy lazy-hidden {cls}" src="{LAZY_GIF}" data-lazy-type="image" '
            f'data-src="{img.src}" alt="" title="{esc(name)}" width="{w}" height="{h}" srcset="" '
            f'data-srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px" /><noscript>{real}</noscript>'
        )
    return (
        f'<img loading="lazy" class="{cls}" src="{img.src}" alt="" title="{esc(name)}" width="{w}" '
        f'height="{h}" srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px" />'
    )


def _render_img(s: Story, img: Img, n: int, nfd: bool) -> str:
    wp_id = s.id + n + 1
    full = img.src.rsplit("-", 1)[0] + ".jpg"
    printed = wpt(img.printed, nfd) if img.printed else ""
    if "overlay" in img.style:
        tag = _img_tag(img, nfd, f"avia-img-lazy-loading-not-{wp_id} avia_image", wp_id)
        overlay = (
            '<div class="av-image-caption-overlay"><div class="av-image-caption-overlay-position">'
            f'<div class="av-image-caption-overlay-center"><p>{printed}</p></div></div></div>'
            if printed else ""
        )
        return (
            f'<div class="avia-image-container av-styling- av-hover-grow av-img-linked avia-builder-el-{n + 3} '
            'avia-align-center" itemprop="image" itemscope="itemscope" '
            'itemtype="https://schema.org/ImageObject"><div class="avia-image-container-inner">'
            f'<div class="avia-image-overlay-wrap"><a href="{full}" class="avia_image" target="">{overlay}'
            f"{tag}</a></div></div></div>"
        )
    if "wpcap" in img.style:
        tag = _img_tag(img, nfd, "", wp_id).replace("<img ", f'<img aria-describedby="caption-attachment-{wp_id}" ', 1)
        return (
            f'<div id="attachment_{wp_id}" style="width: 1040px" class="wp-caption aligncenter">'
            f'<a href="{full}">{tag}</a>'
            f'<p id="caption-attachment-{wp_id}" class="wp-caption-text">{printed}</p></div>'
        )
    if "em" in img.style:
        att = next((t[4:] for t in img.style.split() if t.startswith("att:")), None)
        href = post_path(s) + att + "/" if att else full
        tag = _img_tag(img, nfd, "aligncenter", wp_id)
        return (
            f'<p style="text-align: center;"><a href="{href}">{tag}</a></p>\n'
            f'<p style="text-align: center;"><em>{printed}</em></p>'
        )
    return f'<p><a href="{full}">{_img_tag(img, nfd, "aligncenter", wp_id)}</a></p>'


def _special_heading(text_html: str, level: str, n: int, sub: str = "", first: bool = False) -> str:
    sub_html = f'<div class="av-subheading av-subheading_below"><p>{sub}</p></div>' if sub else ""
    pos = "avia-builder-el-first" if first else ""
    return (
        f'<div class="av-special-heading av-special-heading-{level} blockquote modern-quote '
        f'avia-builder-el-{n} el_before_av_textblock {pos}">'
        f'<{level} class="av-special-heading-tag" itemprop="headline">{text_html}</{level}>{sub_html}'
        '<div class="special-heading-border"><div class="special-heading-inner-border"></div></div></div>'
    )


def _inline(blocks: list, nfd: bool) -> list[str]:
    """Paragraph-like blocks as classic markup (rows grouped into a table, items into a list)."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = "".join(
                    f'<td style="width: 25%;">{wpt(c, nfd)}</td>' for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>'
                       + "\n".join(rows) + "</tbody></table>")
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{wpt(blocks[i].text, nfd)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        text = wpt(b.text, nfd)
        while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
            i += 1
            text += "<br />\n" + wpt(blocks[i].text, nfd)
        if b.style == "lead":
            out.append(f"<p><strong>{text}</strong></p>")
        elif b.style == "h3":
            out.append(f"<h3>{text}</h3>")
        else:
            out.append(f"<p>{text}</p>")
        i += 1
    return out


def _classic_body(s: Story) -> str:
    nfd = bool(s.opts.get("nfd"))
    out: list[str] = []
    run: list = []
    n = 0
    for b in s.blocks:
        if isinstance(b, Img):
            if "featured" in b.style:
                continue
            out += _inline(run, nfd)
            run = []
            out.append(_render_img(s, b, n, nfd))
            n += 1
        else:
            run.append(b)
    out += _inline(run, nfd)
    return "\n".join(out)


def _alb_body(s: Story) -> str:
    nfd = bool(s.opts.get("nfd"))
    out: list[str] = []
    run: list = []
    n = 1

    def flush() -> None:
        nonlocal run
        if run:
            out.append(
                f"<section class='av_textblock_section av-{s.id}-{len(out)}' itemscope=\"itemscope\" "
                "itemtype=\"https://schema.org/CreativeWork\"><div class='avia_textblock' itemprop=\"text\">"
                + "\n".join(_inline(run, nfd)) + "</div></section>"
            )
            run = []

    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            flush()
            out.append(_render_img(s, b, n, nfd))
            n += 1
        elif isinstance(b, P) and b.style == "h3":
            flush()
            out.append(_special_heading(wpt(b.text, nfd), "h3", n))
            n += 1
        elif isinstance(b, P) and b.style == "toggle":
            flush()
            toggles = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "toggle":
                title = blocks[i].text
                i += 1
                inner = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("tc", "row"):
                    inner.append(blocks[i])
                    i += 1
                k = len(toggles) + 1
                toggles.append(
                    f"<section class='av_toggle_section av-{s.id}-t{k}' itemscope=\"itemscope\" "
                    "itemtype=\"https://schema.org/CreativeWork\"><div role=\"tablist\" class=\"single_toggle\" "
                    f"data-tags=\"{{Tất cả}} \"><p data-fake-id=\"#toggle-id-{k}\" class=\"toggler \" "
                    f"itemprop=\"headline\" role=\"tab\" tabindex=\"0\" aria-controls=\"toggle-id-{k}\">"
                    f"{wpt(title, nfd)}<span class=\"toggle_icon\"><span class=\"vert_icon\"></span>"
                    "<span class=\"hor_icon\"></span></span></p>"
                    f"<div id=\"toggle-id-{k}\" class=\"toggle_wrap \"><div class=\"toggle_content invers-color \" "
                    "itemprop=\"text\">"
                    + "\n".join(_inline([P(x.text, "" if x.style == "tc" else x.style) for x in inner], nfd))
                    + "</div></div></div></section>"
                )
            out.append(
                f"<div class=\"togglecontainer av-{s.id}-tc toggle_close_all avia-builder-el-{n}\">"
                + "\n".join(toggles) + "</div>"
            )
            n += 1
            continue
        elif isinstance(b, Raw) and "avia-button" in b.html:
            flush()
            out.append(b.html)
        else:
            run.append(b)
        i += 1
    flush()
    inner = "\n".join(out)
    extra = ""
    if s.opts.get("inline_related"):
        extra = _special_heading("Tin cùng chuyên mục", "h3", n + 1) + _grid(
            [BY_ID[i] for i in s.opts["inline_related"]], f"avia-content-slider{n + 2}", columns=3
        )
    return (
        f"<div class='flex_column av_one_full flex_column_div av-zero-column-padding first "
        f"avia-builder-el-0 el_before_av_hr avia-builder-el-first' style='border-radius:0px;'>{inner}{extra}"
        "</div>"
    )


def _doc_body() -> str:
    pdf = "/wp-content/uploads/2026/11/KH-112-THCSTHD-chao-mung-20-11.pdf"
    return f"""<table class="thd-vanban" style="width: 100%;" border="1"><tbody>
<tr><td style="width: 28%;"><strong>Số/Ký hiệu</strong></td><td>112/KH-THCSTHĐ</td></tr>
<tr><td><strong>Ngày ban hành</strong></td><td>02/11/2026</td></tr>
<tr><td><strong>Loại văn bản</strong></td><td>Kế hoạch</td></tr>
<tr><td><strong>Người ký</strong></td><td>Phan Thị Thu Hương – Hiệu trưởng</td></tr>
<tr><td><strong>Trích yếu</strong></td><td>Tổ chức các hoạt động chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11/2026</td></tr>
<tr><td><strong>Tệp đính kèm</strong></td><td><a href="{pdf}">KH-112-THCSTHD-chao-mung-20-11.pdf</a> (312 KB)</td></tr>
</tbody></table>
<p>&nbsp;</p>
<div class="pdfemb-viewer" data-width="max" data-height="max" data-toolbar="bottom" data-toolbar-fixed="off" style=""><a href="{pdf}" class="pdfemb-viewer">KH-112-THCSTHD-chao-mung-20-11</a></div>"""


def _grid(items: list[Story], slider_cls: str, columns: int = 3, pagination: str = "") -> str:
    col = {2: "av_one_half", 3: "av_one_third"}[columns]
    rows = []
    for k in range(0, len(items), columns):
        arts = []
        for j, s in enumerate(items[k:k + columns]):
            loop = k + j + 1
            dt = s.opts["dt"]
            first = " first" if j == 0 else ""
            arts.append(
                f"<article class='slide-entry flex_column post-entry post-entry-{s.id} slide-entry-overview "
                f"slide-loop-{loop} slide-parity-{'odd' if loop % 2 else 'even'} {col}{first} real-thumbnail' "
                "itemscope=\"itemscope\" itemtype=\"https://schema.org/BlogPosting\" itemprop=\"blogPost\">"
                f"<a href='{post_path(s)}' data-rel='slide-1' class='slide-image' title=''>"
                f"<img width=\"495\" height=\"400\" src=\"{thumb(s, '495x400')}\" class=\"wp-image-{s.id + 1} "
                "avia-img-lazy-loading-not attachment-portfolio size-portfolio wp-post-image\" alt=\"\" "
                "loading=\"lazy\" /></a>"
                "<div class='slide-content'><header class=\"entry-content-header\">"
                f"<h3 class='slide-entry-title entry-title' itemprop=\"headline\"><a href='{post_path(s)}' "
                f"title='{esc(s.title)}'>{wpt(s.title)}</a></h3><span class=\"av-vertical-delimiter\"></span>"
                "</header><div class='slide-entry-excerpt entry-content' itemprop=\"text\">"
                f"{wpt(excerpt(s))}<div class=\"read-more-link\"><a href=\"{post_path(s)}\" class=\"more-link\">"
                "Đọc thêm<span class=\"more-link-arrow\"></span></a></div></div></div>"
                "<footer class=\"entry-footer\"><div class='slide-meta'><time class='slide-meta-time updated' "
                f"itemprop=\"datePublished\" datetime=\"{dt}+07:00\">{vi_date(dt)}</time></div></footer></article>"
            )
        rows.append("<div class='slide-entry-wrap'>" + "".join(arts) + "</div>")
    return (
        f"<div class='avia-content-slider avia-content-grid-active {slider_cls} avia-content-slider-odd "
        "avia-builder-el-no-sibling' itemscope=\"itemscope\" itemtype=\"https://schema.org/Blog\">"
        "<div class='avia-content-slider-inner'>" + "".join(rows) + "</div>" + pagination + "</div>"
    )


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    out = [f"<nav class='pagination'><span class='pagination-meta'>Trang {page} trên {pages}</span>"]
    if page > 2:
        out.append(f"<a href='{href(1)}'>&laquo;</a>")
    if page > 1:
        out.append(f"<a href='{href(page - 1)}'>&lsaquo;</a>")
    for n in range(1, pages + 1):
        out.append(f"<span class='current'>{n}</span>" if n == page
                   else f"<a href='{href(n)}' class='inactive' >{n}</a>")
    if page < pages:
        out.append(f"<a href='{href(page + 1)}'>&rsaquo;</a>")
    if page < pages - 1:
        out.append(f"<a href='{href(pages)}'>&raquo;</a>")
    out.append("</nav>")
    return "<div class='pagination-wrap'>" + "".join(out) + "</div>"


def _meta_infos(s: Story) -> str:
    dt = s.opts["dt"]
    user = s.opts["user"]
    ncom = len(s.opts.get("comments", []))
    cats = ", ".join(
        f'<a href="/category/{c}/" rel="tag">{esc(CATS[c][0])}</a>' for c in cats_of(s)
    )
    com = (f"<a href='{post_path(s)}#comments' class='comments-link' >{ncom} Bình luận</a>" if ncom
           else f"<a href='{post_path(s)}#respond' class='comments-link' >0 Bình luận</a>")
    return (
        "<span class='post-meta-infos'>"
        f"<time class='date-container minor-meta updated' itemprop=\"datePublished\" datetime=\"{dt}+07:00\">"
        f"{vi_date(dt)}</time><span class='text-sep text-sep-date'>/</span>"
        f"<span class='comment-container minor-meta'>{com}</span><span class='text-sep text-sep-comment'>/</span>"
        f"<span class=\"blog-categories minor-meta\">trong {cats} </span><span class=\"text-sep text-sep-cat\">/</span>"
        "<span class=\"blog-author minor-meta\">bởi <span class=\"entry-author-link\" itemprop=\"author\">"
        f"<span class=\"author\"><span class=\"fn\"><a href=\"/author/{user}/\" title=\"Đăng bởi {esc(USERS[user])}\" "
        f"rel=\"author\">{esc(USERS[user])}</a></span></span></span></span></span>"
    )


def _structured(s: Story, title: str) -> str:
    dt = s.opts["dt"]
    img = s.images[0].src if s.images else f"{UP}/2021/08/logo-thcs-tran-hung-dao.png"
    return (
        "<span class='hidden'>\n"
        "<span class='av-structured-data' itemprop=\"image\" itemscope=\"itemscope\" "
        f"itemtype='https://schema.org/ImageObject'><span itemprop='url'>{img}</span>"
        "<span itemprop='height'>687</span><span itemprop='width'>1030</span></span>"
        "<span class='av-structured-data' itemprop=\"publisher\" itemtype='https://schema.org/Organization' "
        f"itemscope='itemscope'><span itemprop='name'>{esc(USERS[s.opts['user']])}</span>"
        "<span itemprop='logo' itemscope itemtype='https://schema.org/ImageObject'><span itemprop='url'>"
        f"{UP}/2021/08/logo-thcs-tran-hung-dao.png</span></span></span>"
        "<span class='av-structured-data' itemprop=\"author\" itemscope=\"itemscope\" "
        f"itemtype='https://schema.org/Person'><span itemprop='name'>{esc(USERS[s.opts['user']])}</span></span>"
        f"<span class='av-structured-data' itemprop=\"datePublished\" datetime=\"{dt}+07:00\">"
        f"{dt.replace('T', ' ')}</span>"
        "<span class='av-structured-data' itemprop=\"dateModified\" itemtype='https://schema.org/dateModified'>"
        f"{s.opts['modified']}</span>"
        "<span class='av-structured-data' itemprop=\"mainEntityOfPage\" "
        f"itemtype='https://schema.org/mainEntityOfPage'><span itemprop='name'>{wpt(title)}</span></span>"
        "</span>"
    )


def _related(s: Story) -> str:
    tags = set(s.opts.get("tags", []))
    rel = [o for o in POSTS if o is not s and o is not DOC and tags & set(o.opts.get("tags", []))][:4]
    if not rel:
        return ""
    items = []
    for k, o in enumerate(rel, 1):
        items.append(
            f"<div class='av_one_fourth no_margin {'alpha' if k == 1 else ''} relThumb relThumb{k} "
            f"relThumb{'Odd' if k % 2 else 'Even'} post-format-standard related_column'>"
            f"<a href='{post_path(o)}' class='relThumWrap noLightbox' title='{esc(o.title)}'>"
            f"<span class='related_image_wrap' data-avia-related-tooltip=\"{esc(o.title)}\">"
            f"<img width=\"180\" height=\"180\" src=\"{thumb(o)}\" class=\"wp-image-{o.id + 1} "
            "avia-img-lazy-loading-not attachment-square size-square wp-post-image\" alt=\"\" "
            f"title='{esc(o.title)}' loading=\"lazy\" /><span class='related-format-icon '>"
            "<span class='related-format-icon-inner' aria-hidden='true' data-av_icon='' "
            "data-av_iconfont='entypo-fontello'></span></span></span>"
            f"<strong class=\"av-related-title\">{wpt(o.title)}</strong></a></div>"
        )
    return (
        "<div class='related_posts clearfix av-related-style-tooltip'><h5 class='related_title'>Bài viết liên quan"
        "</h5><div class='related_entries_container '>" + "".join(items) + "</div></div>"
    )


def _comments(s: Story) -> str:
    comments = s.opts.get("comments") or []
    if not comments:
        return ""
    path = post_path(s)

    def li(cid: int, author: str, when: str, text: str, depth: int, children: str) -> str:
        return (
            f'<li class="comment {"even" if depth % 2 else "odd"} thread-even depth-{depth}" id="li-comment-{cid}">'
            f'<div id="comment-{cid}" class="comment_container"><div class="gravatar">'
            "<img alt='' src='/wp-content/themes/enfold/images/layout/gravatar.png' class='avatar avatar-60 "
            "photo' height='60' width='60' loading='lazy'/></div><div class='comment_content'>"
            f'<header class="comment-header"><cite class="comment_author heading">{esc(author)}</cite>'
            '<span class="comment_author_link heading"></span><div class="comment_meta">'
            f'<a href="{path}#comment-{cid}">{when}</a></div></header>'
            f"<div class='comment_text entry-content-wrapper clearfix' itemprop=\"text\"><p>{wpt(text)}</p>"
            f"<a rel='nofollow' class='comment-reply-link' href='{path}?replytocom={cid}#respond' "
            f"data-commentid=\"{cid}\" data-postid=\"{s.id}\" data-belowelement=\"comment-{cid}\" "
            f"data-respondelement=\"respond\" aria-label='Trả lời {esc(author)}'>Trả lời</a></div></div></div>"
            f"{children}</li>"
        )

    def tree(parent: int, depth: int) -> str:
        kids = [c for c in comments if c[1] == parent]
        if not kids:
            return ""
        body = "".join(li(c[0], c[2], c[3], c[4], depth, tree(c[0], depth + 1)) for c in kids)
        return body if parent == 0 else f'<ul class="children">{body}</ul>'

    return f"""<div class='comment-entry post-entry'>
<div class='comment_meta_container'><div class='side-container-comment'><div class='side-container-comment-inner'><span class='comment-count'>{len(comments)}</span><span class='comment-text'>bình luận</span><span class='center-border center-border-left'></span><span class='center-border center-border-right'></span></div></div></div>
<div class='comment_container'><ol class="commentlist" id="comments">{tree(0, 1)}</ol></div>
<div class='comment_container'><h3 class='miniheading '>Để lại bình luận</h3><span class='minitext'>Bạn muốn tham gia bàn luận?<br />Hãy đóng góp ý kiến của bạn!</span>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Hủy</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p><p class="comment-form-author"><input id="author" name="author" type="text" value="" size="30" maxlength="245" required='required' /><label for="author">Tên <span class="required">*</span></label></p>
<p class="comment-form-email"><input id="email" name="email" type="text" value="" size="30" maxlength="100" required='required' /><label for="email">Email <span class="required">*</span></label></p>
<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div>
</div>"""


def _share(path: str, title: str, b: str) -> str:
    url = quote(b + path, safe="")
    return (
        "<div class='av-social-sharing-box av-social-sharing-box-default av-social-sharing-box-fullwidth'>"
        "<div class=\"av-share-box\"><h5 class='av-share-link-description av-no-toc '>Chia sẻ bài viết</h5>"
        "<ul class=\"av-share-box-list noLightbox\"><li class='av-share-link av-social-link-facebook' >"
        f"<a target=\"_blank\" aria-label=\"Chia sẻ trên Facebook\" href='https://www.facebook.com/sharer.php?u={url}"
        f"&#038;t={quote(title)}' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' "
        "title='' data-avia-related-tooltip='Chia sẻ trên Facebook' rel=\"noopener\"><span class='avia_hidden_link_text'>"
        "Chia sẻ trên Facebook</span></a></li><li class='av-share-link av-social-link-mail' ><a aria-label=\"Chia sẻ "
        f"qua Email\" href='mailto:?subject={quote(title)}&#038;body={url}' aria-hidden='false' data-av_icon='' "
        "data-av_iconfont='entypo-fontello' title='' data-avia-related-tooltip='Chia sẻ qua Email'><span "
        "class='avia_hidden_link_text'>Chia sẻ qua Email</span></a></li></ul></div></div>"
    )


def _single(request: Request, s: Story, upper: bool = False) -> Response:
    path = post_path(s)
    nfd = bool(s.opts.get("nfd"))
    cat = cats_of(s)[0]
    level = s.opts.get("heading", "h1")
    sub = wpt(s.summary, nfd) if s.summary and s.sapo_outside else ""
    featured = next((b for b in s.blocks if isinstance(b, Img) and "featured" in b.style), None)
    layout = s.opts["layout"]
    if layout == "alb":
        content = _alb_body(s)
    elif layout == "doc":
        content = _doc_body()
    else:
        content = _classic_body(s)
    big = ""
    if featured:
        full = featured.src.rsplit("-", 1)[0] + ".jpg"
        big = (
            f"<div class=\"big-preview single-big\" ><a href=\"{full}\" title=\"{esc(s.title)}\" >"
            f"<img width=\"845\" height=\"321\" src=\"{featured.src}\" class=\"wp-image-{s.id + 1} "
            "avia-img-lazy-loading-not attachment-entry_with_sidebar size-entry_with_sidebar wp-post-image\" "
            "alt=\"\" loading=\"lazy\" /></a></div>"
        )
    tags = s.opts.get("tags", [])
    tag_html = (
        "<span class=\"blog-tags minor-meta\"><strong>Thẻ:</strong><span> "
        + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        + "</span></span>"
        if tags else ""
    )
    post_cls = " ".join(f"category-{c}" for c in cats_of(s)) + "".join(f" tag-{t}" for t in tags)
    article = f"""<div class='container template-blog template-single-blog '>
<main class='content units av-content-small alpha av-blog-meta-author-disabled av-main-single' role="main" itemprop="mainContentOfPage">
<article class='post-entry post-entry-type-standard post-entry-{s.id} post-loop-1 post-parity-odd post-entry-last single-big {"with-slider" if featured else ""} post-{s.id} post type-post status-publish format-standard {"has-post-thumbnail" if featured else ""} hentry {post_cls}' itemscope="itemscope" itemtype="https://schema.org/BlogPosting" itemprop="blogPost">{big}<div class='blog-meta'></div><div class='entry-content-wrapper clearfix standard-content'><header class="entry-content-header">{_special_heading(wpt(s.title, nfd), level, 0, sub, first=True)}{_meta_infos(s)}</header><div class="entry-content" itemprop="text">{content}</div><footer class="entry-footer">{tag_html}{_share(path, s.title, base_url(request))}</footer><div class='post_delimiter'></div></div><div class='post_author_timeline'></div>{_structured(s, s.title)}</article><div class='single-big'></div>
{_related(s)}
{_comments(s)}
</main>"""
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (CATS[cat][0], f"/category/{cat}/"), (s.title, None)]
    body_class = f"post-template-default single single-post postid-{s.id} single-format-standard"
    return _page(
        request, title=s.title, body_class=body_class, canonical=path, post_id=s.id,
        inner=article, title_container=_title_container("Tin tức", "/tin-tuc/", crumbs),
    )


def _attachment(request: Request, parent: Story, slug: str) -> Response:
    aid, title, full, medium = ATTACHMENTS[slug]
    dt = parent.opts["dt"]
    path = post_path(parent) + slug + "/"
    article = f"""<div class='container template-blog template-single-blog '>
<main class='content units av-content-small alpha av-main-single' role="main" itemprop="mainContentOfPage">
<article class='post-entry post-entry-type-standard post-entry-{aid} post-loop-1 post-parity-odd post-entry-last single-big post-{aid} attachment type-attachment status-inherit hentry' itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div class='blog-meta'></div><div class='entry-content-wrapper clearfix standard-content'><header class="entry-content-header">{_special_heading(esc(title), "h1", 0, first=True)}<span class='post-meta-infos'><time class='date-container minor-meta updated' itemprop="datePublished" datetime="{dt}+07:00">{vi_date(dt)}</time><span class='text-sep text-sep-date'>/</span><span class="blog-author minor-meta">bởi <span class="entry-author-link"><span class="author"><span class="fn"><a href="/author/quantri/" title="Đăng bởi quantri" rel="author">quantri</a></span></span></span></span></span></header><div class="entry-content" itemprop="text"><p class="attachment"><a href='{full}'><img width="300" height="200" src="{medium}" class="attachment-medium size-medium" alt="" loading="lazy" /></a></p>
</div><footer class="entry-footer"></footer><div class='post_delimiter'></div></div></article>
</main>"""
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (CATS[parent.cat][0], f"/category/{parent.cat}/"),
              (parent.title, post_path(parent)), (title, None)]
    return _page(
        request, title=title, body_class=f"attachment attachment-template-default single single-attachment "
        f"postid-{aid} attachmentid-{aid} attachment-jpeg", canonical=path, post_id=aid, inner=article,
        title_container=_title_container("Tin tức", "/tin-tuc/", crumbs),
    )


# --- listings -----------------------------------------------------------------------------------


def _listing(request: Request, *, items: list[Story], base: str, page: int, per: int, heading: str,
             crumbs: list[tuple[str, str | None]], body_class: str, title: str) -> Response | None:
    pages = max(1, -(-len(items) // per))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * per: page * per]
    canonical = base if page == 1 else f"{base}page/{page}/"
    inner = (
        "<div class='container template-blog '><main class='content units av-content-small alpha' role=\"main\" "
        "itemprop=\"mainContentOfPage\" itemscope=\"itemscope\" itemtype=\"https://schema.org/Blog\">"
        f"<div class='category-term-description'></div>{_grid(chunk, 'avia-content-slider1', 3, _pagination(base, page, pages))}"
        "</main>"
    )
    if page > 1:
        title = f"{title} – Trang {page}"
    return _page(request, title=title, body_class=body_class + (f" paged paged-{page}" if page > 1 else ""),
                 canonical=canonical, post_id=None, inner=inner,
                 title_container=_title_container(heading, base, crumbs))


def _posts_page(request: Request, page: int) -> Response | None:
    per = 6
    pages = -(-len(POSTS) // per)
    if page < 1 or page > pages:
        return None
    chunk = POSTS[(page - 1) * per: page * per]
    canonical = "/tin-tuc/" if page == 1 else f"/tin-tuc/page/{page}/"
    inner = (
        "<div class='container'><main class='template-page content av-content-small alpha units' role=\"main\" "
        "itemprop=\"mainContentOfPage\"><div class='post-entry post-entry-type-page post-entry-12'>"
        "<div class='entry-content-wrapper clearfix'>"
        + _special_heading("Tin tức – Sự kiện nhà trường", "h2", 0, first=True)
        + _grid(chunk, "avia-content-slider1", 3, _pagination("/tin-tuc/", page, pages))
        + "</div></div></main>"
    )
    crumbs = [("Trang chủ", "/"), ("Tin tức", None)]
    return _page(request, title="Tin tức" + (f" – Trang {page}" if page > 1 else ""),
                 body_class="page-template-default page page-id-12 page-parent", canonical=canonical, post_id=12,
                 inner=inner, title_container=_title_container("Tin tức", "/tin-tuc/", crumbs))


def _home(request: Request) -> Response:
    slides = []
    for k, s in enumerate(ARTICLES[:3], 1):
        slides.append(
            f"<li class='slide-{k} slide-id-{s.id} av-single-slide'><a href='{post_path(s)}' data-rel='slideshow-1' "
            f"class='avia-slide-wrap' ><img width=\"1500\" height=\"430\" src=\"{thumb(s, '1500x430')}\" "
            f"title='{esc(s.slug)}' alt='' loading='lazy' /></a><div class='caption_fullwidth av-slideshow-caption "
            "caption_center'><div class='container caption_container'><div class='slideshow_caption'>"
            "<div class='slideshow_inner_caption'><div class='slideshow_align_caption'>"
            f"<h2 class='avia-caption-title'><a href='{post_path(s)}'>{wpt(s.title)}</a></h2>"
            f"<div class='avia-caption-content'><p>{wpt(excerpt(s, 20))}</p></div></div></div></div></div></div></li>"
        )
    mags = []
    for k, (slug, count) in enumerate([("tin-tuc-su-kien", 4), ("hoat-dong-chuyen-mon", 3), ("doan-doi", 3)], 1):
        items = [s for s in POSTS if s.cat == slug][:count]
        entries = []
        for j, s in enumerate(items, 1):
            dt = s.opts["dt"]
            main = j == 1
            entries.append(
                f"<article class='av-magazine-entry av-magazine-entry-id-{s.id} av-magazine-format-standard "
                f"av-magazine-type-post av-magazine-entry-{j} {'av-magazine-entry-main av_one_half first' if main else 'av-magazine-entry-small av_one_half'}' "
                "itemscope=\"itemscope\" itemtype=\"https://schema.org/CreativeWork\">"
                f"<div class=\"av-magazine-thumbnail\"><a href='{post_path(s)}' title='Liên kết tới: {esc(s.title)}' "
                f"class='av-magazine-thumbnail-link '><img width=\"{'710' if main else '180'}\" height=\"{'375' if main else '180'}\" "
                f"src=\"{thumb(s, '710x375' if main else '180x180')}\" class=\"wp-image-{s.id + 1} "
                "avia-img-lazy-loading-not attachment-magazine size-magazine wp-post-image\" alt=\"\" loading=\"lazy\" "
                "/></a></div><div class='av-magazine-content-wrap'><header class=\"entry-content-header\">"
                f"<time class='av-magazine-time updated' itemprop=\"datePublished\" datetime=\"{dt}+07:00\">{vi_date(dt)}"
                f"</time><h3 class='av-magazine-title entry-title' itemprop=\"headline\"><a href='{post_path(s)}' "
                f"title='Liên kết tới: {esc(s.title)}'>{wpt(s.title)}</a></h3></header>"
                + (f"<div class='av-magazine-content entry-content' itemprop=\"text\">{wpt(excerpt(s, 24))}</div>" if main else "")
                + "</div><footer class=\"entry-footer\"></footer></article>"
            )
        mags.append(
            f"<div id='avia-magazine-{k}' class='av-magazine av-{k}x7q av-magazine-hide-desc avia-builder-el-{k + 2} "
            "el_after_av_slideshow_full avia-builder-el-last'><div class='av-magazine-top-bar'>"
            f"<a href='/category/{slug}/' class='av-magazine-top-heading'>{esc(CATS[slug][0])}</a>"
            f"<div class='av-magazine-sort ' data-filter='sort_all'><a href='/category/{slug}/' class='av-magazine-sort-link'>"
            "Xem tất cả</a></div></div><div class='av-magazine-group sort_all'>" + "".join(entries) + "</div></div>"
        )
    inner = (
        "<div class='container'><main class='template-page content av-content-small alpha units' role=\"main\" "
        "itemprop=\"mainContentOfPage\"><div class='post-entry post-entry-type-page post-entry-8'>"
        "<div class='entry-content-wrapper clearfix'>"
        "<div id='full_slider_1' class='avia-fullwidth-slider main_color avia-shadow avia-builder-el-0 "
        "el_before_av_notification avia-builder-el-first'><div data-size='featured' data-lightbox_size='large' "
        "data-animation='slide' data-conditional_play='' data-ids='' data-video_counter='0' data-autoplay='true' "
        "data-bg_slider='false' data-slide_height='' data-display='image' data-interval='5' "
        "class='avia-slideshow avia-slideshow-1 av-default-height-applied avia-slideshow-featured "
        "av_slideshow_full avia-slide-slider' itemprop=\"image\" itemscope=\"itemscope\" "
        "itemtype=\"https://schema.org/ImageObject\"><ul class='avia-slideshow-inner' style='padding-bottom: 28.66%;'>"
        + "".join(slides)
        + "</ul><div class='avia-slideshow-arrows avia-slideshow-controls'><a href='#prev' class='prev-slide' "
        "aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'>Trước</a><a href='#next' "
        "class='next-slide' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'>Sau</a></div></div></div>"
        "<div class=\"avia_message_box avia-color-orange avia-size-large avia-icon_select-yes avia-border-solid "
        "avia-builder-el-1 el_after_av_slideshow_full\"><span class='avia_message_box_title'>Thông báo</span>"
        "<div class='avia_message_box_content'><span class='avia_message_box_icon' aria-hidden='true' "
        "data-av_icon='' data-av_iconfont='entypo-fontello'></span><p>Học sinh toàn trường kiểm tra cuối học kỳ I "
        "từ ngày 21/12 đến 26/12/2026. Lịch nghỉ Tết Dương lịch: ngày 01/01/2027.</p></div></div>"
        + "".join(mags)
        + "</div></div></main>"
    )
    return _page(request, title="Trang chủ", body_class="home page-template-default page page-id-8",
                 canonical="/", post_id=8, inner=inner)


# --- pages ------------------------------------------------------------------------------------

_PAGES = {
    "/gioi-thieu/": (
        21, "Giới thiệu chung",
        """<section class='av_textblock_section' itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div class='avia_textblock' itemprop="text">
<p>Trường THCS Trần Hưng Đạo được thành lập năm 1984, tọa lạc tại trung tâm quận Ninh Kiều, thành phố Cần Thơ. Qua hơn 40 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu phong trào thi đua của ngành giáo dục quận.</p>
<p>Năm học 2026 – 2027, trường có 32 lớp với 1.286 học sinh; 78 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2019, đạt kiểm định chất lượng giáo dục cấp độ 3 và nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>
</div></section>
<div class="avia-image-container avia-align-center"><div class="avia-image-container-inner"><img class="avia_image" src="/wp-content/uploads/2021/08/toan-canh-truong-thcs-tran-hung-dao-1030x580.jpg" alt="Toàn cảnh trường" /></div></div>""",
    ),
    "/thoi-khoa-bieu/": (
        25, "Thời khóa biểu học kỳ I năm học 2026 – 2027",
        """<section class='av_textblock_section'><div class='avia_textblock' itemprop="text">
<p>Thời khóa biểu áp dụng từ ngày 19/10/2026. Học sinh và phụ huynh xem chi tiết theo từng lớp trong tệp đính kèm.</p>
<table style="width: 100%;" border="1"><tbody><tr><td><strong>Khối</strong></td><td><strong>Buổi học</strong></td><td><strong>Giờ vào lớp</strong></td></tr>
<tr><td>Khối 6, 7</td><td>Chiều</td><td>13h15</td></tr><tr><td>Khối 8, 9</td><td>Sáng</td><td>6h45</td></tr></tbody></table>
<p><a href="/wp-content/uploads/2026/10/TKB-HK1-2026-2027-ap-dung-19-10.pdf">Tải thời khóa biểu (PDF)</a></p>
</div></section>""",
    ),
    "/thu-vien-anh/": (
        27, "Thư viện ảnh",
        "<div class='av-masonry av-masonry-gallery avia-builder-el-0 avia-builder-el-no-sibling'>"
        "<div class='av-masonry-container isotope'>"
        + "".join(
            f"<a href=\"{UP}/2026/{m}/{f}.jpg\" class='av-masonry-entry isotope-item av-masonry-item-with-image lightbox' "
            f"title=\"{t}\"><div class='av-inner-masonry-sizer'></div><figure class='av-inner-masonry main_color'>"
            f"<div class=\"av-masonry-outerimage-container\"><div class='av-masonry-image-container'>"
            f"<img src=\"{UP}/2026/{m}/{f}-705x470.jpg\" title=\"{f}\" alt=\"\" /></div></div>"
            f"<figcaption class='av-inner-masonry-content site-background'><div class='av-inner-masonry-content-pos'>"
            f"<h3 class='av-masonry-entry-title entry-title'>{t}</h3></div></figcaption></figure></a>"
            for m, f, t in [
                ("11", "le-20-11-van-nghe-khoi-8", "Văn nghệ chào mừng 20/11"),
                ("11", "DSC_0437", "Đại hội Liên đội"),
                ("10", "chu-nhat-xanh-thu-gom-rac", "Ngày Chủ nhật xanh"),
                ("09", "khai-giang-2026-2027", "Lễ khai giảng năm học 2026 – 2027"),
            ]
        )
        + "</div></div>",
    ),
    "/lien-he/": (
        29, "Liên hệ",
        """<section class='av_textblock_section'><div class='avia_textblock' itemprop="text">
<p><strong>TRƯỜNG THCS TRẦN HƯNG ĐẠO</strong><br />Địa chỉ: Số 02 đường Lý Tự Trọng, phường An Cư, quận Ninh Kiều, thành phố Cần Thơ<br />Điện thoại: (0292) 3 821 456 – Email: thcstranhungdao.ninhkieu@cantho.edu.vn</p>
</div></section>
<div role="form" class="wpcf7" id="wpcf7-f31-p29-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f31-p29-o1" method="post" class="wpcf7-form init" novalidate="novalidate"><div style="display: none;"><input type="hidden" name="_wpcf7" value="31" /><input type="hidden" name="_wpcf7_version" value="5.4.2" /></div>
<p><label> Họ và tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-name"><input type="text" name="your-name" value="" size="40" class="wpcf7-form-control wpcf7-text" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap your-message"><textarea name="your-message" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea"></textarea></span></label></p>
<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" /></p></form></div>
<div class="avia-google-maps-section"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3928.8!2d105.78!3d10.03" width="100%" height="350" style="border:0;" loading="lazy"></iframe></div>""",
    ),
}


def _static_page(request: Request, path: str) -> Response:
    pid, title, content = _PAGES[path]
    inner = (
        "<div class='container'><main class='template-page content av-content-small alpha units' role=\"main\" "
        f"itemprop=\"mainContentOfPage\"><div class='post-entry post-entry-type-page post-entry-{pid}'>"
        f"<div class='entry-content-wrapper clearfix'>{content}</div></div></main>"
    )
    return _page(request, title=title, body_class=f"page-template-default page page-id-{pid}", canonical=path,
                 post_id=pid, inner=inner,
                 title_container=_title_container(title, path, [("Trang chủ", "/"), (title, None)]))


def _search(request: Request, term: str) -> Response:
    t = term.lower()
    hits = [s for s in POSTS if t in s.title.lower()][:10]
    if hits:
        body = _grid(hits, "avia-content-slider1", 3)
    else:
        body = ("<div class='entry entry-content-wrapper' id='search-fail'><p><strong>Không tìm thấy kết quả nào"
                "</strong><br/>Xin lỗi, không có bài viết nào phù hợp với từ khóa của bạn.</p></div>")
    inner = (
        "<div class='container'><main class='content template-search av-content-small alpha units' role=\"main\">"
        f"<div class='page-heading-container clearfix'><section class=\"search_form_field\">"
        f"<h4>{len(hits)} kết quả tìm kiếm cho: {esc(term)}</h4></section></div>{body}</main>"
    )
    return _page(request, title=f"Bạn đã tìm kiếm {term}", body_class="search search-results", canonical=None,
                 post_id=None, inner=inner,
                 title_container=_title_container(f"Kết quả tìm kiếm cho: {term}", "/", [("Trang chủ", "/"),
                                                  ("Kết quả tìm kiếm", None)]))


def _rfc822(dt: str) -> str:
    """The feed's date: WordPress prints it in GMT ("Wed, 02 Dec 2026 12:10:27 +0000")."""
    local = datetime.fromisoformat(dt + "+07:00")
    return format_datetime(local.astimezone(UTC))


def _feed(request: Request) -> Response:
    b = base_url(request)
    items = []
    for s in POSTS[:10]:
        dt = s.opts["dt"]
        items.append(
            f"<item><title>{wpt(s.title)}</title><link>{b}{post_path(s)}</link>"
            f"<dc:creator><![CDATA[{USERS[s.opts['user']]}]]></dc:creator>"
            f"<pubDate>{_rfc822(dt)}</pubDate><category><![CDATA[{CATS[s.cat][0]}]]></category>"
            f"<guid isPermaLink=\"false\">{b}/?p={s.id}</guid>"
            f"<description><![CDATA[{excerpt(s, 40)}]]></description></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{SITE}</title><link>{b}</link><description>Cổng thông tin điện tử</description>"
        "<language>vi</language><generator>https://wordpress.org/?v=5.8.2</generator>"
        + "".join(items) + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- the site -------------------------------------------------------------------------------------


def _page_num(rest: str) -> int | None:
    """'' -> 1, 'page/3/' -> 3, anything else -> None."""
    if rest == "":
        return 1
    parts = rest.strip("/").split("/")
    if len(parts) == 2 and parts[0] == "page" and parts[1].isdigit() and rest.endswith("/"):
        return int(parts[1])
    return None


class EnfoldSite:
    def __init__(self) -> None:
        self.posts = {unquote(post_path(s)): s for s in POSTS}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        static = path.startswith(("/wp-content/", "/wp-includes/"))
        if static and path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if static:
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                            {"Content-Type": "text/plain; charset=utf-8"})
        params = request.params
        if request.method == "POST":
            return None
        if path == "/" and params.get("p", "").isdigit():
            pid = int(params["p"])
            if pid in BY_ID:
                return redirect(base_url(request) + post_path(BY_ID[pid]), 301)
            return None
        term = params.get("s", "").strip()
        if term and path == "/":
            return _search(request, term)
        resp = self._route(request, path)
        slashless = not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]
        if resp is None and slashless and self._route(request, path + "/") is not None:
            target = path + "/" + (f"?{request.query}" if request.query else "")
            return redirect(base_url(request) + target, 301)
        return resp

    def _route(self, request: Request, path: str) -> Response | None:
        if path == "/":
            return _home(request)
        if path in _PAGES:
            return _static_page(request, path)
        if path == "/feed/":
            return _feed(request)
        if path.startswith("/tin-tuc/"):
            page = _page_num(path[len("/tin-tuc/"):])
            if page is None:
                return None
            if page == 1 and path != "/tin-tuc/":
                return redirect(base_url(request) + "/tin-tuc/", 301)
            return _posts_page(request, page)
        for prefix, kind in (("/category/", "cat"), ("/tag/", "tag"), ("/author/", "author")):
            if path.startswith(prefix):
                slug, _, rest = path[len(prefix):].partition("/")
                page = _page_num(rest)
                if page is None:
                    return None
                return self._archive(request, kind, slug, page)
        decoded = unquote(path)
        if decoded in self.posts:
            return _single(request, self.posts[decoded])
        head, _, tail = decoded.rstrip("/").rpartition("/")
        if decoded.endswith("/") and head + "/" in self.posts and tail in ATTACHMENTS:
            parent = self.posts[head + "/"]
            if parent is D2:
                return _attachment(request, parent, tail)
        return None

    def _archive(self, request: Request, kind: str, slug: str, page: int) -> Response | None:
        if kind == "cat":
            if slug not in CATS:
                return None
            name, tid = CATS[slug]
            items = [s for s in POSTS if slug in cats_of(s)]
            return _listing(
                request, items=items, base=f"/category/{slug}/", page=page, per=5,
                heading=f"Lưu trữ cho chuyên mục: {name}",
                crumbs=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (name, None)],
                body_class=f"archive category category-{slug} category-{tid}", title=name,
            )
        if kind == "tag":
            if slug not in TAGS:
                return None
            items = [s for s in POSTS if slug in s.opts.get("tags", [])]
            return _listing(
                request, items=items, base=f"/tag/{slug}/", page=page, per=5,
                heading=f"Thẻ lưu trữ cho: {TAGS[slug]}",
                crumbs=[("Trang chủ", "/"), (f"Thẻ: {TAGS[slug]}", None)],
                body_class=f"archive tag tag-{slug}", title=TAGS[slug],
            )
        if slug not in USERS:
            return None
        items = [s for s in POSTS if s.opts["user"] == slug]
        return _listing(
            request, items=items, base=f"/author/{slug}/", page=page, per=5,
            heading=f"Lưu trữ tác giả: {USERS[slug]}",
            crumbs=[("Trang chủ", "/"), (f"Tác giả: {USERS[slug]}", None)],
            body_class=f"archive author author-{slug}", title=USERS[slug],
        )


def build_site() -> EnfoldSite:
    return EnfoldSite()


# --- gold -----------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    path = post_path(s)
    alts = [path + "?s="]
    if s.opts.get("vi_slug") and s.id in dict(_POPULAR):
        up = post_path(s, upper=True)
        alts += [up, up + "?s="]
    alts += [f"{path}?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[cats_of(s)[0]][0], canonical_path=post_path(s), alt_paths=_alt_paths(s))
    for s in ARTICLES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/thoi-khoa-bieu/",
    "/thu-vien-anh/",
    "/lien-he/",
    post_path(DOC),
    post_path(D2) + "dsc_0412/",
    post_path(D2) + "dsc_0437/",
]
