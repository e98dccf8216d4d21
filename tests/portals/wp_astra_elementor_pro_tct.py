"""Trường Chính trị tỉnh Bình Định: WordPress 6.5 + Astra Pro + Elementor Pro + Rank Math (blind).

Platform
--------
WordPress 6.5.5 with the Astra 4.6 theme (Astra Pro add-on), Elementor 3.21 / Elementor Pro 3.21
Theme Builder, Rank Math SEO PRO (JSON-LD graph, breadcrumbs shortcode, TOC block), WP Rocket
(image lazy-load), the AMP plugin in "reader" mode, WP-Polls, a visitor-counter widget.

* Header template (``data-elementor-type="header"``, id 95): top bar with today's date
  ("Thứ Bảy, 05/12/2026"), the Party emblem, "ĐẢNG BỘ TỈNH BÌNH ĐỊNH" and the school's name as an
  ``<h1>`` (the designer's choice: every page has that ``<h1>`` before the headline), Elementor Nav
  Menu printed twice (desktop ``--main`` and the mobile ``--dropdown`` copy), search form ``?s=``.
* Single-post templates (Theme Builder, chosen by category condition):
  318 "Tin tức" (Post Title, Post Info, Post Excerpt, Post Content, tags, Author Box, Post
  Navigation in the same term, "Bài viết liên quan" Posts widget, comments), 322 "Đào tạo" (no
  excerpt, no navigation, 2 related posts), 327 "Nghiên cứu" (Post Excerpt styled as a sapo, a
  "Cập nhật" item *before* the publication date, "Tin mới nhất" instead of related posts).
* Archive template 340 (Archive Title "Chuyên mục: …", Archive Posts widget, classic skin):
  numbered pagination ``/danh-muc/<slug>/page/<n>/`` for two categories; "Load more on click" for
  "Nghiên cứu khoa học" (no ``<a>`` to page 2: only ``data-next-page`` and Rank Math's
  ``<link rel="next">``). Tag (``/tu-khoa/<slug>/``) and author (``/tac-gia/<user>/``, 6 per page,
  numbered) archives use the same template. ``/page/1/`` redirects (301) to the archive's root.
* Footer template (id 110), an Elementor popup (id 2210) with an enrolment notice printed on every
  page, a sticky social bar (share buttons, Zalo, "In bài" = ``javascript:window.print()``).
* Posts' own content comes in three editors: classic TinyMCE (wptexturize entities, justified
  ``<p>``), Gutenberg blocks (``wp-block-*``, Rank Math TOC block) and Elementor-built content
  (``data-elementor-type="wp-post"`` sections/widgets inside the Post Content widget).

URL scheme
----------
``/`` (Elementor front page), ``/danh-muc/<slug>/`` + ``/page/<n>/``, posts ``/<slug>/`` (flat),
a ``<!--nextpage-->`` post's second page ``/<slug>/2/``, AMP copies ``/<slug>/amp/`` (only via
``<link rel="amphtml">``), comment replies ``/<slug>/?replytocom=<id>``, shortlinks ``/?p=<id>``
(301 to the post), ``/tu-khoa/<slug>/``, ``/tac-gia/<user>/`` (+ ``/page/<n>/``), pages
``/gioi-thieu/`` (+ two child pages), ``/thu-vien-anh/``, ``/lien-he/``, ``/feed/`` (10 newest),
``/?s=`` search. A path without its trailing slash gets WordPress' 301 to the slashed form.
Elementor's library (``?elementor_library=…``) answers 404.

How each gold article is reached (listings newest first)
--------------------------------------------------------
* "Tin tức - Sự kiện" (4 per page): page 1 = khai-giang-…-k48 (filed under Đào tạo too), chi-bo-…,
  doan-cong-tac-…, hoi-thi-…; page 2 = can-bo-…-nghi-quyet-…, doan-thanh-nien-…, cong-doan-….
  Page-2 posts are also reachable by Post Navigation (the two newer ones also by /feed/).
* "Đào tạo - Bồi dưỡng" (3 per page): page 1 = khai-giang-…-k48, be-giang-…, ky-thi-…; page 2 =
  boi-duong-…-dang-vien-moi-… (reachable only from page 2 of this listing or of the author's).
* "Nghiên cứu khoa học" (2 per page, load more): page 1 = hoi-thao-…, van-dung-…; page 2 =
  nghiem-thu-… (reachable only via the load-more target / rel=next, or the author's page 2).
* Home: the page-1 posts of each category; sidebar "Đọc nhiều"; "Bài viết liên quan".

Traps
-----
1. Responsive duplicate inside the text (hoi-thi-…): the desktop results table (widget
   ``elementor-hidden-mobile``) is followed by a mobile list of the same results (widget
   ``elementor-hidden-desktop elementor-hidden-tablet``). Gold: the table rows once (cells joined
   by " | "), the hidden mobile list is not text.
2. 12-hour Vietnamese clock and month words in Post Info: "3 Tháng Mười Hai, 2026" + "2:35 chiều"
   (news template), "Chủ Nhật, 15/11/2026" + "8:10 CH" (research template), "12:15 chiều" is
   noon-fifteen (gold T12:15), "12:00 sáng" is midnight (cong-doan-…: gold day alone
   "2026-10-21"). The research template prints "Cập nhật: …" *before* "Đăng ngày: …"
   (nghiem-thu-…: gold is the Đăng ngày, 2026-10-16T14:00, not 28/11).
3. SEO metadata that disagrees with the page: Rank Math JSON-LD ``author`` / ``twitter:data1`` /
   Post Info / Author Box give the WordPress account ("Biên tập viên", "quantri"); two posts have
   a custom SEO title (``<title>``, ``og:title``, JSON-LD headline) differing from the printed
   headline. Gold: authors from the printed byline lines only; title = the ``<h1>`` headline.
4. WordPress auto-excerpt between headline and text: the Post Excerpt widget of the news and
   research templates prints, for posts without a manual excerpt, the first 30 words of the text
   followed by "…" (a truncated copy). Gold: not a sapo (summary null unless the text itself opens
   with a bold lead), not body. A *manual* excerpt in that widget is the sapo (own element).
5. Rank Math TOC block inside the text (ky-thi-…): "Nội dung chính" + a list of anchors repeating
   the headings. Gold: not body; the headings themselves are body paragraphs.
6. A ``<!--nextpage-->`` post (be-giang-…): the text continues on ``/<slug>/2/`` ("Trang: 1 2"),
   which has its own canonical. Gold: one article at ``/<slug>/``, body and images of both pages
   in order, byline from page 2; ``/<slug>/2/`` is an alt path.
7. A post filed under two categories (khai-giang-…-k48): listed in both archives, rendered with
   the "Đào tạo" single template, Post Info lists "Đào tạo - Bồi dưỡng, Tin tức - Sự kiện" (name
   order), body class starts with category-dao-tao-…; Rank Math's primary category (breadcrumb,
   ``article:section``) is "Tin tức - Sự kiện". Gold category: "Tin tức - Sự kiện".
8. WP Rocket lazy-load: every content image after the first is an SVG ``data:`` placeholder with
   ``data-lazy-src`` / ``data-lazy-srcset`` and a ``<noscript>`` copy; the first keeps its ``src``
   (``fetchpriority="high"``). Gold image path: the ``-1024x683`` file the page loads
   (``data-lazy-src``), never the placeholder, never a srcset variant.
9. "Load more on click" pagination with ``href="#"`` (Nghiên cứu khoa học): the next page only
   in ``data-next-page`` and ``<link rel="next">``.
10. Duplicate URLs of one article: ``/<slug>/amp/`` (AMP reader copy, UTC ``<time>`` and "2 ngày
    trước"), ``/<slug>/?replytocom=<n>`` (comment reply links), ``/<slug>/2/``. All alt_paths.
11. Chrome that reads like content: the header's ``<h1>`` school name, the popup's enrolment
    notice (heading + paragraphs + date), comments with names and "lúc 8:12 sáng" dates, the
    Author Box bio, "Bài trước/Bài sau" titles. None of it is the article's.
12. Captions in four markups: classic ``[caption]`` figure, Elementor image widget figcaption,
    Image Carousel ``elementor-image-carousel-caption``, and a centred italic ``<p>`` under the
    image (one in parentheses: taken off). A line "Ảnh: X" alone is a credit: caption None,
    X a photographer. Text in NFD (doan-thanh-nien-…) and wptexturize entities (&#8220; …).

Gold decisions on ambiguous points
----------------------------------
* Post Info's account name and the Author Box are never authors; the printed byline is.
  "Bài: X - Ảnh: Y" -> [X], [Y]; "Tin: X - Ảnh: Y" the same; "Tin, ảnh: X" -> X in both.
  "ThS. Phan Thị Thanh Thủy – Khoa Xây dựng Đảng" -> "Phan Thị Thanh Thủy"; a unit alone
  ("Khoa Xây dựng Đảng", "Ban Nữ công", "Phòng QLĐT-NCKH") is the author as printed.
* "Theo Báo Bình Định" closing line -> source "Báo Bình Định"; the paragraph "Theo kế hoạch, …"
  is text.
* Responsive duplicates: the desktop rendering is the page's text.
* Lazy images: the gold path is ``data-lazy-src`` (equal to the ``<noscript>`` copy's src).
* The paginated post's second page is part of the article (alt path, not another article).
* The research post's byline printed above the text (name + unit on two lines) is a byline.
* Footnote calls "[1]" stay in their sentence; "Tài liệu tham khảo" and its entries are body.
* The PDF attachment block ("Tải xuống") of ky-thi-… is not body.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, redirect
from crawler.demo.server import html as html_response
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_astra_elementor_pro_tct"
PLATFORM = "WordPress 6.5 + Astra Pro + Elementor Pro Theme Builder + Rank Math SEO"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Bình Định"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TODAY = _dt.date(2026, 12, 5)

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
}
CAT_IDS = {"tin-tuc-su-kien": 3, "dao-tao-boi-duong": 4, "nghien-cuu-khoa-hoc": 7}
PER_PAGE = {"tin-tuc-su-kien": 4, "dao-tao-boi-duong": 3, "nghien-cuu-khoa-hoc": 2}
LOAD_MORE = {"nghien-cuu-khoa-hoc"}
AUTHOR_PER_PAGE = 6
TAGS = {
    "cong-tac-dang": "Công tác Đảng",
    "hoc-tap-nghi-quyet": "Học tập nghị quyết",
    "trung-cap-llct": "Trung cấp lý luận chính trị",
    "hoi-thao-khoa-hoc": "Hội thảo khoa học",
}
USERS = {
    "bientap": ("Biên tập viên", "Tài khoản biên tập tin, bài của Trang thông tin điện tử Trường Chính trị tỉnh Bình Định."),
    "quantri": ("quantri", "Quản trị hệ thống."),
}
TEMPLATE_IDS = {"news": 318, "daotao": 322, "nckh": 327}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _h(seed: str) -> str:
    """Elementor's 7-hex element ids, deterministic."""
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:7]


def _w(kind: str, inner: str, seed: str, cls: str = "", settings: dict | None = None, skin: str = "default") -> str:
    """An Elementor widget wrapper as Elementor 3.21 prints it."""
    eid = _h(seed)
    extra = f" {cls}" if cls else ""
    data = f' data-settings="{esc(json.dumps(settings, ensure_ascii=False))}"' if settings else ""
    return (
        f'<div class="elementor-element elementor-element-{eid}{extra} elementor-widget elementor-widget-{kind}" '
        f'data-id="{eid}" data-element_type="widget"{data} data-widget_type="{kind}.{skin}">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>\n'
    )


def _section(columns: list[tuple[int, str]], seed: str, cls: str = "") -> str:
    """A classic Elementor section with columns (width %, inner widgets)."""
    sid = _h(seed)
    cols = []
    for i, (width, inner) in enumerate(columns):
        cid = _h(f"{seed}-col{i}")
        cols.append(
            f'<div class="elementor-column elementor-col-{width} elementor-top-column elementor-element elementor-element-{cid}" '
            f'data-id="{cid}" data-element_type="column">\n<div class="elementor-widget-wrap elementor-element-populated">\n'
            f"{inner}</div>\n</div>\n"
        )
    extra = f" {cls}" if cls else ""
    return (
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{sid}{extra} '
        f'elementor-section-boxed elementor-section-height-default elementor-section-height-default" '
        f'data-id="{sid}" data-element_type="section">\n'
        f'<div class="elementor-container elementor-column-gap-default">\n{"".join(cols)}</div>\n</section>\n'
    )


def _con(inner: str, seed: str, cls: str = "e-con-boxed", settings: dict | None = None) -> str:
    """An Elementor flexbox container."""
    cid = _h(seed)
    data = f' data-settings="{esc(json.dumps(settings))}"' if settings else ""
    return (
        f'<div class="elementor-element elementor-element-{cid} {cls} e-flex e-con e-parent" data-id="{cid}" '
        f'data-element_type="container"{data}>\n<div class="e-con-inner">\n{inner}</div>\n</div>\n'
    )


def wptx(value: str) -> str:
    """Escape and texturize as WordPress prints post content and titles."""
    s = esc(value).replace("&#x27;", "&#8217;")
    for ch, ent in (("“", "&#8220;"), ("”", "&#8221;"), ("–", "&#8211;"), ("…", "&#8230;"), ("’", "&#8217;")):
        s = s.replace(ch, ent)
    return s


def _byline(html_inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{html_inner}</p>')


def _mobile_results() -> Raw:
    items = "".join(
        f"<li><strong>Giải {g}:</strong> {esc(n)} ({esc(u)})</li>"
        for g, n, u in _RESULTS
    )
    inner = f'<div class="kq-mobile"><p><strong>KẾT QUẢ HỘI THI</strong></p><ol>{items}</ol></div>'
    return Raw(_w("text-editor", inner, "hoi-thi-mobile", "elementor-hidden-desktop elementor-hidden-tablet"))


_RESULTS = [
    ("Nhất", "Nguyễn Thị Kim Oanh", "Khoa Lý luận cơ sở"),
    ("Nhất", "Huỳnh Văn Tâm", "Khoa Nhà nước và pháp luật"),
    ("Nhì", "Phan Thị Thanh Thủy", "Khoa Xây dựng Đảng"),
    ("Nhì", "Đỗ Minh Khoa", "Khoa Dân vận"),
    ("Ba", "Võ Thị Ngọc Hân", "Khoa Xây dựng Đảng"),
    ("Ba", "Trần Thị Diệu Linh", "Khoa Lý luận cơ sở"),
]

U = "/wp-content/uploads"

STORIES: list[Story] = [
    Story(
        id=3110,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-k48-he-khong-tap-trung-danh-cho-can-bo-cap-xa",
        title="Khai giảng lớp Trung cấp lý luận chính trị K48 hệ không tập trung dành cho cán bộ cấp xã",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T10:20:00+07:00",
        blocks=[
            P("Sáng 03/12/2026, Trường Chính trị tỉnh Bình Định tổ chức khai giảng lớp Trung cấp lý luận chính trị K48 hệ không tập trung cho 86 học viên là cán bộ, công chức các xã, phường trên địa bàn tỉnh.", "b"),
            P("Dự lễ khai giảng có đồng chí Võ Văn Thịnh, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Nguyễn Thị Mỹ Hạnh, Hiệu trưởng Nhà trường cùng đại diện lãnh đạo các sở, ngành liên quan."),
            Img(f"{U}/2026/12/khai-giang-tcllct-k48-01-1024x683.jpg", "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị K48", "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị K48", "wpcap"),
            P("Lớp học được tổ chức theo chương trình Trung cấp lý luận chính trị do Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh ban hành, gồm 4 phần học với tổng thời gian 8 tháng. Học viên học tập theo hình thức không tập trung, mỗi tháng học 10 ngày tại Trường."),
            P("Phát biểu khai giảng, đồng chí Võ Văn Thịnh đề nghị học viên xác định rõ mục đích, động cơ học tập đúng đắn, chấp hành nghiêm quy chế, nội quy của Nhà trường; tích cực nghiên cứu, trao đổi, gắn lý luận với thực tiễn công tác ở cơ sở sau khi sắp xếp đơn vị hành chính."),
            P("Đồng chí cũng đề nghị Nhà trường tiếp tục đổi mới nội dung, phương pháp giảng dạy, tăng cường đi nghiên cứu thực tế, bảo đảm các điều kiện tốt nhất để lớp học đạt chất lượng, hiệu quả."),
            Img(f"{U}/2026/12/khai-giang-tcllct-k48-02-1024x683.jpg", "Đồng chí Võ Văn Thịnh phát biểu tại lễ khai giảng", "Đồng chí Võ Văn Thịnh phát biểu tại lễ khai giảng", "wpcap"),
            _byline("<strong>Văn Phúc</strong>"),
        ],
        authors=["Văn Phúc"],
        summary="Sáng 03/12/2026, Trường Chính trị tỉnh Bình Định tổ chức khai giảng lớp Trung cấp lý luận chính trị K48 hệ không tập trung cho 86 học viên là cán bộ, công chức các xã, phường trên địa bàn tỉnh.",
        opts={"cats": ["dao-tao-boi-duong"], "tpl": "daotao", "content": "classic", "user": "bientap", "tags": ["trung-cap-llct"]},
    ),
    Story(
        id=3105,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:35:00+07:00",
        blocks=[
            P("Chiều 02/12/2026, Chi bộ Khoa Xây dựng Đảng, Trường Chính trị tỉnh Bình Định tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với rèn luyện phong cách, lề lối làm việc của đội ngũ giảng viên”.", "b"),
            P("Dự buổi sinh hoạt có đồng chí Trần Văn Lợi, Phó Hiệu trưởng Nhà trường, Bí thư Đảng ủy Trường cùng toàn thể đảng viên trong chi bộ."),
            Img(f"{U}/2026/12/sinh-hoat-chuyen-de-khoa-xdd-1024x683.jpg", "Đồng chí Trần Văn Lợi, Phó Hiệu trưởng phát biểu chỉ đạo tại buổi sinh hoạt", "Đồng chí Trần Văn Lợi, Phó Hiệu trưởng phát biểu chỉ đạo tại buổi sinh hoạt", "wpcap"),
            P("Tại buổi sinh hoạt, đồng chí Phan Thị Thanh Thủy, Bí thư Chi bộ trình bày báo cáo chuyên đề, trong đó nêu rõ thực trạng việc thực hiện nền nếp sinh hoạt chi bộ thời gian qua; chỉ ra những ưu điểm, hạn chế trong việc chuẩn bị nội dung, tổ chức thảo luận và theo dõi thực hiện nghị quyết chi bộ."),
            P("Các đảng viên đã thảo luận sôi nổi, đóng góp nhiều ý kiến thiết thực như: đổi mới cách chọn chuyên đề sát với nhiệm vụ chính trị của Khoa; tăng cường trao đổi kinh nghiệm giảng dạy, dự giờ, thăm lớp; gắn việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với rèn luyện tác phong chuẩn mực của nhà giáo."),
            P("Phát biểu kết luận, đồng chí Trần Văn Lợi ghi nhận kết quả chi bộ đạt được trong năm 2026, đồng thời đề nghị chi bộ tiếp tục duy trì nghiêm chế độ sinh hoạt định kỳ, nâng cao tính lãnh đạo, tính giáo dục và tính chiến đấu trong mỗi kỳ sinh hoạt, góp phần hoàn thành tốt nhiệm vụ đào tạo, bồi dưỡng cán bộ của Nhà trường."),
            _byline("<strong><em>Khoa Xây dựng Đảng</em></strong>"),
        ],
        authors=["Khoa Xây dựng Đảng"],
        summary="Chiều 02/12/2026, Chi bộ Khoa Xây dựng Đảng, Trường Chính trị tỉnh Bình Định tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với rèn luyện phong cách, lề lối làm việc của đội ngũ giảng viên”.",
        opts={"content": "classic", "user": "bientap", "tags": ["cong-tac-dang"], "excerpt": "auto", "word": True},
    ),
    Story(
        id=3099,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao-boi-duong-can-bo-cap-xa",
        title="Hội thảo khoa học “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cấp xã sau sắp xếp đơn vị hành chính”",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-12-01T10:00:00+07:00",
        blocks=[
            P("Hội thảo nhận được 28 bài tham luận của các nhà khoa học, giảng viên Nhà trường, cán bộ lãnh đạo các sở, ngành và đại diện Đảng ủy, Ủy ban nhân dân một số xã, phường trong tỉnh."),
            Img(f"{U}/2026/12/hoi-thao-can-bo-cap-xa-01-1024x683.jpg", "TS. Đặng Văn Hùng, Phó Hiệu trưởng Nhà trường phát biểu đề dẫn Hội thảo", "TS. Đặng Văn Hùng, Phó Hiệu trưởng Nhà trường phát biểu đề dẫn Hội thảo", "el"),
            P("Phát biểu đề dẫn, TS. Đặng Văn Hùng, Phó Hiệu trưởng Nhà trường nhấn mạnh: sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, khối lượng công việc của cán bộ cấp xã tăng lên đáng kể, đòi hỏi đội ngũ này phải được bồi dưỡng kịp thời về kiến thức quản lý nhà nước, kỹ năng số và năng lực giải quyết tình huống thực tiễn."),
            P("Các tham luận tập trung làm rõ thực trạng đội ngũ cán bộ cấp xã sau sắp xếp; chỉ ra những bất cập trong nội dung chương trình, phương pháp giảng dạy và đánh giá kết quả học tập hiện nay; đồng thời đề xuất nhiều giải pháp như xây dựng chương trình bồi dưỡng theo vị trí việc làm, tăng thời lượng thực hành, đẩy mạnh chuyển đổi số trong quản lý đào tạo."),
            Img(f"{U}/2026/12/hoi-thao-can-bo-cap-xa-02-1024x683.jpg", "Các đại biểu thảo luận tại Hội thảo", "Các đại biểu thảo luận tại Hội thảo", "el"),
            Raw(_w("video", '<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video"></div></div>', "hoi-thao-video", settings={"youtube_url": "https://www.youtube.com/watch?v=Qm3tBd7k2aE", "video_type": "youtube", "controls": "yes"})),
            P("Kết luận Hội thảo, TS. Đặng Văn Hùng đánh giá các ý kiến tại Hội thảo có giá trị lý luận và thực tiễn cao. Nhà trường sẽ tiếp thu, chọn lọc để tham mưu Ban Thường vụ Tỉnh ủy trong công tác đào tạo, bồi dưỡng cán bộ thời gian tới, đồng thời biên tập, xuất bản kỷ yếu Hội thảo."),
            _byline("<strong>Tin: Trần Thị Mỹ Linh - Ảnh: Võ Thành Công</strong>"),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Võ Thành Công"],
        summary="Ngày 30/11/2026, Trường Chính trị tỉnh Bình Định tổ chức Hội thảo khoa học cấp Trường với chủ đề “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cấp xã sau sắp xếp đơn vị hành chính”.",
        sapo_outside=True,
        opts={"content": "elementor", "user": "quantri", "tags": ["hoi-thao-khoa-hoc"], "modified": "2026-12-01T16:42:00+07:00",
              "seo_title": "Hội thảo khoa học về đào tạo cán bộ cấp xã năm 2026"},
    ),
    Story(
        id=3092,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-tai-truong",
        title="Đoàn công tác Học viện Chính trị khu vực III làm việc tại Trường Chính trị tỉnh Bình Định",
        cat="tin-tuc-su-kien",
        published_at="2026-11-28T09:10:00+07:00",
        blocks=[
            P("Tiếp và làm việc với Đoàn có đồng chí Nguyễn Thị Mỹ Hạnh, Hiệu trưởng Nhà trường cùng các đồng chí trong Ban Giám hiệu, lãnh đạo các khoa, phòng."),
            P("Báo cáo tại buổi làm việc, lãnh đạo Nhà trường cho biết, trong giai đoạn 2024 - 2026, Trường đã phối hợp với Học viện Chính trị khu vực III tổ chức 03 lớp cao cấp lý luận chính trị hệ không tập trung với tổng số 312 học viên. Công tác quản lý lớp, bảo đảm cơ sở vật chất, chỗ ở và điều kiện học tập cho học viên được thực hiện chu đáo, đúng quy chế."),
            Img(f"{U}/2026/11/lam-viec-hvctkv3-01-1024x683.jpg", "Toàn cảnh buổi làm việc", "Toàn cảnh buổi làm việc", "carousel"),
            Img(f"{U}/2026/11/lam-viec-hvctkv3-02-1024x683.jpg", "Trưởng đoàn công tác phát biểu tại buổi làm việc", "Trưởng đoàn công tác phát biểu tại buổi làm việc", "carousel"),
            Img(f"{U}/2026/11/lam-viec-hvctkv3-03-1024x683.jpg", "Đoàn công tác thăm, tặng quà học viên lớp K76.B06", "Đoàn công tác thăm, tặng quà học viên lớp K76.B06", "carousel"),
            P("Các đại biểu đã trao đổi, thảo luận về những khó khăn, vướng mắc trong việc sắp xếp lịch giảng, bố trí giảng viên thỉnh giảng, tổ chức đi nghiên cứu thực tế và việc quản lý học viên sau khi sắp xếp tổ chức bộ máy, đơn vị hành chính các cấp."),
            P("Phát biểu tại buổi làm việc, Trưởng đoàn công tác đánh giá cao sự phối hợp chặt chẽ, trách nhiệm của Trường Chính trị tỉnh Bình Định; đề nghị Nhà trường tiếp tục phát huy vai trò là cơ sở liên kết, chủ động đề xuất nhu cầu mở lớp năm 2027, quan tâm nâng cao chất lượng đội ngũ giảng viên tham gia trợ giảng."),
            P("Dịp này, Đoàn công tác đã đến thăm, tặng quà động viên học viên lớp Cao cấp lý luận chính trị K76.B06 đang học tập tại Trường."),
            _byline("<em><strong>Tin, ảnh: Minh Trí</strong></em>"),
        ],
        authors=["Minh Trí"],
        photographers=["Minh Trí"],
        summary="Sáng 27/11/2026, Đoàn công tác của Học viện Chính trị khu vực III đã có buổi làm việc với Trường Chính trị tỉnh Bình Định về công tác phối hợp tổ chức các lớp cao cấp lý luận chính trị hệ không tập trung tại tỉnh.",
        sapo_outside=True,
        opts={"content": "elementor", "user": "quantri", "seo_title": "Học viện Chính trị khu vực III làm việc với Trường Chính trị Bình Định"},
    ),
    Story(
        id=3087,
        slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-k76-b06-mo-tai-tinh-binh-dinh",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung K76.B06 mở tại tỉnh Bình Định",
        cat="dao-tao-boi-duong",
        published_at="2026-11-26T15:40:00+07:00",
        blocks=[
            P("Chiều 25/11/2026, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh Bình Định tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ không tập trung K76.B06."),
            P("Lớp học khai giảng tháng 9/2024 với 104 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành, địa phương trong tỉnh. Sau hơn hai năm học tập, 104/104 học viên đủ điều kiện tốt nghiệp, trong đó có 21 học viên tốt nghiệp loại giỏi, 83 học viên loại khá."),
            Img(f"{U}/2026/11/be-giang-k76-b06-01-1024x683.jpg", "Quang cảnh Lễ bế giảng", "Quang cảnh Lễ bế giảng", "wpcap"),
            P("Trong quá trình học tập, tập thể lớp đã chấp hành nghiêm túc quy chế đào tạo, tích cực nghiên cứu, trao đổi, thảo luận, liên hệ lý luận với thực tiễn công tác của ngành, địa phương. Lớp đã tổ chức thành công chuyến đi nghiên cứu thực tế tại tỉnh Quảng Ninh và tham gia nhiều hoạt động văn hóa, thể thao, từ thiện."),
            P("Thay mặt lớp, học viên Đặng Thị Thu Trang, Lớp trưởng bày tỏ lòng biết ơn sâu sắc đối với sự quan tâm của Học viện, Tỉnh ủy và sự tận tình của các thầy, cô giáo; hứa sẽ vận dụng kiến thức đã học vào thực tiễn công tác."),
            P("Phát biểu tại lễ bế giảng, đại diện lãnh đạo Học viện Chính trị khu vực III chúc mừng những kết quả mà các học viên đạt được, đồng thời ghi nhận sự phối hợp hiệu quả của Trường Chính trị tỉnh Bình Định trong công tác quản lý, phục vụ lớp học."),
            P("Đồng chí đề nghị mỗi học viên sau khi tốt nghiệp tiếp tục tự học tập, rèn luyện, giữ gìn phẩm chất đạo đức, lối sống; phát huy vai trò nêu gương của người cán bộ lãnh đạo, quản lý; góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh."),
            Img(f"{U}/2026/11/be-giang-k76-b06-02-1024x683.jpg", "Lãnh đạo Học viện Chính trị khu vực III trao bằng tốt nghiệp cho các học viên", "Lãnh đạo Học viện Chính trị khu vực III trao bằng tốt nghiệp cho các học viên", "wpcap"),
            P("Dịp này, Giám đốc Học viện Chính trị khu vực III đã tặng Giấy khen cho 12 học viên có thành tích xuất sắc trong học tập và rèn luyện."),
            _byline("<strong>Thanh Bình</strong>"),
        ],
        authors=["Thanh Bình"],
        opts={"content": "classic", "user": "bientap", "split": 5},
    ),
    Story(
        id=3071,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp Trường năm 2026: 6 giảng viên đạt giải",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T16:05:00+07:00",
        blocks=[
            P("Từ ngày 17 đến ngày 19/11/2026, Trường Chính trị tỉnh Bình Định tổ chức Hội thi giảng viên dạy giỏi cấp Trường năm 2026 nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."),
            P("Tham gia Hội thi có 12 giảng viên đến từ 4 khoa chuyên môn. Mỗi giảng viên trình bày một bài giảng thuộc chương trình Trung cấp lý luận chính trị hoặc các chương trình bồi dưỡng do Trường tổ chức, thời lượng từ 45 đến 50 phút."),
            Img(f"{U}/2026/11/hoi-thi-gvdg-2026-01-1024x683.jpg", "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi", "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi", "el"),
            P("Ban Giám khảo gồm các đồng chí trong Ban Giám hiệu, trưởng các khoa và các nhà khoa học được mời từ Trường Đại học Quy Nhơn. Bài giảng được đánh giá theo các tiêu chí về nội dung khoa học, phương pháp sư phạm, khả năng liên hệ thực tiễn và việc ứng dụng công nghệ thông tin."),
            P("Kết quả, Ban Tổ chức trao 02 giải Nhất, 02 giải Nhì và 02 giải Ba cho các giảng viên, cụ thể:"),
            P("Giải | Họ và tên | Đơn vị", "tr"),
            *[P(f"{g} | {n} | {u}", "tr") for g, n, u in _RESULTS],
            _mobile_results(),
            Img(f"{U}/2026/11/hoi-thi-gvdg-2026-02-1024x683.jpg", "Ban Giám hiệu trao giải cho các giảng viên đạt giải Nhất", "Ban Giám hiệu trao giải cho các giảng viên đạt giải Nhất", "el"),
            P("Phát biểu bế mạc, đồng chí Nguyễn Thị Mỹ Hạnh, Hiệu trưởng Nhà trường nhấn mạnh, Hội thi là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học. Các giảng viên đạt giải Nhất sẽ được Nhà trường lựa chọn tham gia Hội thi giảng viên dạy giỏi các trường chính trị khu vực miền Trung - Tây Nguyên năm 2027."),
            _byline("<strong>Bài: Lê Thị Hồng Nhung - Ảnh: Võ Thành Công</strong>"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Võ Thành Công"],
        opts={"content": "elementor", "user": "bientap", "excerpt": "auto", "table_hide": True,
              "comments": [
                  (45, "Trần Minh Tuấn", "2026-11-21T08:12:00+07:00", "Chúc mừng các thầy cô đạt giải! Mong Nhà trường đăng thêm video bài giảng để học viên tham khảo.", 0),
                  (46, "Lê Thị Hồng Nhung", "2026-11-21T09:30:00+07:00", "Cảm ơn anh, Nhà trường sẽ tổng hợp và chia sẻ trong thời gian tới.", 45),
              ]},
    ),
    Story(
        id=3060,
        slug="ky-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-k46-nhung-dieu-hoc-vien-can-biet",
        title="Kỳ thi tốt nghiệp lớp Trung cấp lý luận chính trị K46: những điều học viên cần biết",
        cat="dao-tao-boi-duong",
        published_at="2026-11-17T07:45:00+07:00",
        blocks=[
            P("Theo kế hoạch đào tạo năm 2026, lớp Trung cấp lý luận chính trị K46 hệ tập trung sẽ thi tốt nghiệp vào cuối tháng 12/2026. Phòng Quản lý đào tạo - Nghiên cứu khoa học thông tin một số nội dung để học viên chủ động ôn tập."),
            P("1. Thời gian, địa điểm", "h"),
            P("Kỳ thi diễn ra trong hai ngày 28 và 29/12/2026 tại Hội trường B, Trường Chính trị tỉnh Bình Định. Học viên có mặt trước giờ thi 30 phút để làm thủ tục."),
            P("2. Môn thi và hình thức thi", "h"),
            P("Ngày thi | Môn thi | Hình thức | Thời gian làm bài", "tr"),
            P("28/12/2026 | Những vấn đề cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh | Viết | 180 phút", "tr"),
            P("29/12/2026 | Tình hình, nhiệm vụ và kỹ năng lãnh đạo, quản lý ở cơ sở | Viết | 180 phút", "tr"),
            P("3. Điều kiện dự thi", "h"),
            P("Hoàn thành tất cả các học phần của chương trình, có điểm trung bình chung các học phần từ 5,0 trở lên;", "li"),
            P("Không bị kỷ luật từ mức cảnh cáo trở lên trong thời gian học;", "li"),
            P("Đã nộp đầy đủ học phí và hồ sơ học viên theo quy định.", "li"),
            P("Học viên không được mang tài liệu vào phòng thi. Mọi thắc mắc liên hệ Phòng Quản lý đào tạo - Nghiên cứu khoa học, điện thoại (0256) 3822 415 trong giờ hành chính."),
            Raw(f'<div class="wp-block-file"><a id="wp-block-file--media-8c1e2f" href="{U}/2026/11/ke-hoach-thi-tn-tcllct-k46.pdf">Kế hoạch thi tốt nghiệp lớp TCLLCT K46</a>'
                f'<a href="{U}/2026/11/ke-hoach-thi-tn-tcllct-k46.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-8c1e2f">Tải xuống</a></div>'),
            Raw('<p class="has-text-align-right"><strong>Phòng QLĐT-NCKH</strong></p>'),
        ],
        authors=["Phòng QLĐT-NCKH"],
        opts={"content": "gutenberg", "user": "bientap", "tags": ["trung-cap-llct"], "toc": True},
    ),
    Story(
        id=3055,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở hiện nay",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-15T20:10:00+07:00",
        blocks=[
            Raw('<p style="text-align: right;"><strong><em>ThS. Nguyễn Thị Kim Oanh</em></strong><br />\n<em>Khoa Lý luận cơ sở</em></p>'),
            P("1. Một số quan điểm cơ bản của Chủ tịch Hồ Chí Minh về cán bộ", "h"),
            P("Chủ tịch Hồ Chí Minh luôn đánh giá cao vai trò của cán bộ. Người khẳng định: “Cán bộ là cái gốc của mọi công việc”, “Muôn việc thành công hoặc thất bại, đều do cán bộ tốt hoặc kém”[1]. Theo Người, cán bộ là cầu nối giữa Đảng, Chính phủ với Nhân dân, vừa có nhiệm vụ đem chính sách của Đảng, Chính phủ giải thích cho dân chúng hiểu rõ và thi hành, vừa đem tình hình của dân chúng báo cáo cho Đảng, cho Chính phủ hiểu rõ để đặt chính sách cho đúng."),
            P("Người yêu cầu người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc. Cán bộ phải “cần, kiệm, liêm, chính, chí công vô tư”, phải gần dân, hiểu dân, học dân và có trách nhiệm với dân[2]."),
            P("2. Vận dụng trong đào tạo, bồi dưỡng cán bộ cơ sở hiện nay", "h"),
            P("Thứ nhất, nội dung chương trình cần bám sát yêu cầu thực tiễn của chính quyền địa phương hai cấp, tăng cường các chuyên đề về kỹ năng lãnh đạo, quản lý, kỹ năng xử lý tình huống và chuyển đổi số ở cơ sở."),
            P("Thứ hai, đổi mới phương pháp giảng dạy theo hướng lấy người học làm trung tâm; tăng cường thảo luận, nghiên cứu tình huống, đi nghiên cứu thực tế; giảng viên phải thường xuyên bám sát cơ sở để có dẫn chứng sinh động, thuyết phục."),
            P("Thứ ba, chú trọng giáo dục đạo đức cách mạng, ý thức nêu gương cho học viên; nâng cao chất lượng đội ngũ giảng viên các trường chính trị cả về chuyên môn lẫn phương pháp sư phạm."),
            P("Tài liệu tham khảo", "h"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309, 280.", "note"),
            P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.291-292.", "note"),
        ],
        authors=["Nguyễn Thị Kim Oanh"],
        summary="Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để các trường chính trị đổi mới nội dung, phương pháp đào tạo, bồi dưỡng, xây dựng đội ngũ cán bộ cơ sở đủ phẩm chất, năng lực, uy tín ngang tầm nhiệm vụ.",
        sapo_outside=True,
        opts={"content": "classic", "user": "bientap", "tags": ["cong-tac-dang"], "modified": "2026-11-16T07:02:00+07:00",
              "comments": [(52, "Phạm Quốc Việt", "2026-11-18T21:05:00+07:00", "Bài viết rất hay và thiết thực, xin phép chia sẻ cho chi bộ tham khảo.", 0)]},
    ),
    Story(
        id=3048,
        slug="can-bo-giang-vien-hoc-tap-quan-triet-nghi-quyet-hoi-nghi-trung-uong-lan-thu-ba-khoa-xiv",
        title="Cán bộ, giảng viên Nhà trường học tập, quán triệt Nghị quyết Hội nghị Trung ương lần thứ ba khóa XIV",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T12:15:00+07:00",
        blocks=[
            P("Sáng 11/11/2026, Ban Thường vụ Tỉnh ủy Bình Định tổ chức hội nghị trực tuyến học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIV đến các điểm cầu trong toàn tỉnh. Tại điểm cầu Trường Chính trị tỉnh, đông đảo cán bộ, giảng viên, viên chức và học viên các lớp đang học tập tại Trường tham dự."),
            P("Hội nghị đã nghe báo cáo viên Trung ương truyền đạt những nội dung cơ bản của các nghị quyết, kết luận được Hội nghị Trung ương lần thứ ba thông qua, trọng tâm là các vấn đề về phát triển kinh tế - xã hội, công tác xây dựng Đảng và hệ thống chính trị trong giai đoạn mới."),
            Img(f"{U}/2026/11/quan-triet-nq-tw3-1024x683.jpg", "(Các đại biểu dự hội nghị tại điểm cầu Trường Chính trị tỉnh)", "Các đại biểu dự hội nghị tại điểm cầu Trường Chính trị tỉnh", "para"),
            P("Theo kế hoạch, sau hội nghị, các chi bộ trực thuộc Đảng bộ Trường sẽ tổ chức thảo luận, xây dựng chương trình hành động cụ thể; mỗi cán bộ, đảng viên viết bài thu hoạch, đăng ký nội dung làm theo gắn với nhiệm vụ chuyên môn được giao."),
            P("Đồng chí Nguyễn Thị Mỹ Hạnh, Hiệu trưởng Nhà trường yêu cầu các khoa chuyên môn kịp thời cập nhật nội dung mới của nghị quyết vào bài giảng, bảo đảm “đúng, đủ, kịp thời” trong các chương trình đào tạo, bồi dưỡng."),
            _byline("<strong>Hoài Thu</strong>"),
            _byline("<em>Theo Báo Bình Định</em>"),
            Raw('<p><strong>Xem thêm:</strong> <a href="/cong-doan-truong-gap-mat-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam/">Công đoàn Trường gặp mặt kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam</a></p>'),
        ],
        authors=["Hoài Thu"],
        source="Báo Bình Định",
        opts={"content": "classic", "user": "bientap", "tags": ["hoc-tap-nghi-quyet", "cong-tac-dang"], "excerpt": "auto"},
    ),
    Story(
        id=3019,
        slug="doan-thanh-nien-truong-chinh-tri-ra-quan-ho-tro-nhan-dan-khac-phuc-hau-qua-mua-lu",
        title="Đoàn Thanh niên Trường Chính trị tỉnh ra quân hỗ trợ Nhân dân khắc phục hậu quả mưa lũ",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T08:00:00+07:00",
        blocks=[
            P("Trong hai ngày 28 và 29/10/2026, 25 đoàn viên thanh niên của Chi đoàn đã có mặt tại Trường Tiểu học số 2 Phước Hòa và các thôn bị ngập sâu để giúp người dân khắc phục hậu quả mưa lũ."),
            Img(f"{U}/2026/10/chi-doan-ho-tro-lu-01-1024x683.jpg", "Ảnh: Nguyễn Quốc Huy", None, "credit"),
            P("Các đoàn viên chia thành nhiều nhóm, cùng giáo viên nhà trường xúc bùn, rửa bàn ghế, lau dọn phòng học để kịp đón học sinh trở lại trường; đồng thời hỗ trợ các hộ gia đình neo đơn dọn dẹp nhà cửa, kê lại đồ đạc."),
            P("Dịp này, Chi đoàn đã trao 50 suất quà, mỗi suất gồm 10 kg gạo, mì tôm và nhu yếu phẩm cho các hộ gia đình bị thiệt hại nặng; tặng 120 bộ sách giáo khoa và dụng cụ học tập cho học sinh. Tổng trị giá các phần quà gần 40 triệu đồng, do cán bộ, viên chức Nhà trường và các nhà hảo tâm đóng góp."),
            Img(f"{U}/2026/10/chi-doan-ho-tro-lu-02-1024x683.jpg", "Ảnh: Nguyễn Quốc Huy", None, "credit"),
            P("Hoạt động đã thể hiện tinh thần “tương thân tương ái” của tuổi trẻ Trường Chính trị tỉnh, được chính quyền địa phương và người dân ghi nhận, đánh giá cao."),
            _byline("<strong>Nguyễn Quốc Huy</strong>"),
        ],
        authors=["Nguyễn Quốc Huy"],
        photographers=["Nguyễn Quốc Huy"],
        summary="Ngay sau khi nước lũ rút, Chi đoàn Trường Chính trị tỉnh Bình Định đã huy động đoàn viên thanh niên về xã Tuy Phước hỗ trợ Nhân dân dọn dẹp bùn đất, vệ sinh trường học và trao quà cho các hộ gia đình khó khăn.",
        sapo_outside=True,
        opts={"content": "classic", "user": "bientap", "nfd": True},
    ),
    Story(
        id=3004,
        slug="boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi-dot-2-nam-2026",
        title="Bồi dưỡng lý luận chính trị cho đảng viên mới đợt 2 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-10-24T09:30:00+07:00",
        blocks=[
            P("Từ ngày 14 đến ngày 23/10/2026, Trường Chính trị tỉnh Bình Định phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy mở lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 2 năm 2026 cho 132 đảng viên thuộc các đảng bộ trực thuộc Tỉnh ủy."),
            P("Trong thời gian 8 ngày, học viên được nghiên cứu 7 chuyên đề theo chương trình do Ban Tuyên giáo và Dân vận Trung ương ban hành, gồm: chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh - nền tảng tư tưởng, kim chỉ nam cho hành động của Đảng; những nội dung cơ bản về Đảng Cộng sản Việt Nam; nhiệm vụ của đảng viên và chi bộ; truyền thống lịch sử, văn hóa của tỉnh Bình Định…"),
            Img(f"{U}/2026/10/boi-duong-dang-vien-moi-dot-2-1024x683.jpg", "Giảng viên Khoa Xây dựng Đảng trao đổi với học viên trong giờ thảo luận", "Giảng viên Khoa Xây dựng Đảng trao đổi với học viên trong giờ thảo luận", "para"),
            P("Các giảng viên đã vận dụng linh hoạt phương pháp giảng dạy tích cực, kết hợp thuyết trình với nêu vấn đề, thảo luận nhóm, giúp học viên nắm vững kiến thức cơ bản và liên hệ với thực tiễn hoạt động của chi bộ nơi mình sinh hoạt."),
            P("Kết thúc khóa học, 100% học viên viết bài thu hoạch đạt yêu cầu, trong đó 46 học viên đạt loại giỏi. Học viên được cấp giấy chứng nhận hoàn thành chương trình bồi dưỡng để làm căn cứ xét chuyển đảng viên chính thức."),
            _byline("<strong>ThS. Phan Thị Thanh Thủy – Khoa Xây dựng Đảng</strong>"),
        ],
        authors=["Phan Thị Thanh Thủy"],
        opts={"content": "classic", "user": "bientap"},
    ),
    Story(
        id=2996,
        slug="cong-doan-truong-gap-mat-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
        title="Công đoàn Trường gặp mặt kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-10-21",
        blocks=[
            P("Chiều 20/10/2026, Ban Chấp hành Công đoàn Trường Chính trị tỉnh Bình Định tổ chức buổi gặp mặt nữ cán bộ, viên chức, người lao động nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."),
            P("Tại buổi gặp mặt, các đại biểu cùng ôn lại truyền thống vẻ vang của Hội Liên hiệp Phụ nữ Việt Nam; biểu dương những đóng góp của chị em trong công tác giảng dạy, phục vụ giảng dạy và xây dựng gia đình “no ấm, tiến bộ, hạnh phúc”."),
            Img(f"{U}/2026/10/gap-mat-20-10-2026-1024x683.jpg", "Ban Chấp hành Công đoàn tặng hoa chúc mừng nữ cán bộ, viên chức", "Ban Chấp hành Công đoàn tặng hoa chúc mừng nữ cán bộ, viên chức", "wpcap"),
            P("Dịp này, Công đoàn Trường đã tặng hoa, quà chúc mừng 38 nữ cán bộ, viên chức, người lao động và khen thưởng 05 chị em đạt danh hiệu “Giỏi việc trường, đảm việc nhà” năm 2026."),
            _byline("<strong>Ban Nữ công</strong>"),
        ],
        authors=["Ban Nữ công"],
        opts={"content": "classic", "user": "bientap", "excerpt": "auto"},
    ),
    Story(
        id=2988,
        slug="nghiem-thu-05-de-tai-khoa-hoc-cap-truong-nam-2026",
        title="Nghiệm thu 05 đề tài khoa học cấp Trường năm 2026",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-10-16T14:00:00+07:00",
        blocks=[
            P("Ngày 15/10/2026, Hội đồng Khoa học Trường Chính trị tỉnh Bình Định tổ chức nghiệm thu 05 đề tài khoa học cấp Trường năm 2026 do các giảng viên, viên chức của Nhà trường làm chủ nhiệm."),
            P("Các đề tài tập trung nghiên cứu những vấn đề có tính thời sự, thiết thực đối với công tác đào tạo, bồi dưỡng cán bộ, như: nâng cao chất lượng giảng dạy môn học Xây dựng Đảng; ứng dụng trí tuệ nhân tạo trong soạn giảng; công tác quản lý học viên hệ không tập trung; phát huy giá trị di tích lịch sử cách mạng trên địa bàn tỉnh trong giáo dục truyền thống cho học viên."),
            Img(f"{U}/2026/10/nghiem-thu-de-tai-2026-1024x683.jpg", "Ảnh: Võ Thành Công", None, "wpcap"),
            P("Hội đồng nghiệm thu đánh giá các đề tài được chuẩn bị công phu, phương pháp nghiên cứu phù hợp, kết quả nghiên cứu có khả năng ứng dụng vào thực tiễn giảng dạy và quản lý của Nhà trường. Kết quả, có 02 đề tài xếp loại xuất sắc, 03 đề tài xếp loại khá."),
            P("Hội đồng cũng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn chỉnh báo cáo tổng hợp và nộp về Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 15/11/2026 để lưu trữ, phổ biến kết quả nghiên cứu."),
            _byline("<strong>Hồng Nhung</strong>"),
        ],
        authors=["Hồng Nhung"],
        photographers=["Võ Thành Công"],
        opts={"content": "classic", "user": "bientap", "excerpt": "auto", "modified": "2026-11-28T09:03:00+07:00"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


# --- story helpers ---------------------------------------------------------------------------


def _tpl(s: Story) -> str:
    return s.opts.get("tpl") or {"tin-tuc-su-kien": "news", "dao-tao-boi-duong": "daotao", "nghien-cuu-khoa-hoc": "nckh"}[s.cat]


def _cats(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("cats", [])]


def _cats_by_name(s: Story) -> list[str]:
    """The post's categories in the order WordPress lists terms (by name, utf8mb4_unicode_ci)."""
    def key(slug: str) -> str:
        return unicodedata.normalize("NFD", CATS[slug].replace("Đ", "D").replace("đ", "d")).lower()
    return sorted(_cats(s), key=key)


def _when(s: Story) -> _dt.datetime:
    value = s.published_at or ""
    if len(value) == 10:
        return _dt.datetime.fromisoformat(value + "T00:00:00")
    return _dt.datetime.fromisoformat(value[:19])


def _iso(d: _dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _modified(s: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(s.opts["modified"][:19]) if "modified" in s.opts else _when(s) + _dt.timedelta(minutes=7)


def _clock(d: _dt.datetime, upper: bool = False) -> str:
    hour = d.hour % 12 or 12
    marks = ("SA", "CH") if upper else ("sáng", "chiều")
    mark = marks[0] if d.hour < 12 else marks[1]
    return f"{hour}:{d.minute:02d} {mark}"


def _date_words(d: _dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"


def _date_long(d: _dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def _url(s: Story) -> str:
    return f"/{s.slug}/"


def _listing(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if cat in _cats(s)), key=_when, reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=_when, reverse=True)[:n]


def _words(s: Story, n: int) -> str:
    words = " ".join(p for p in s.paragraphs).split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _excerpt(s: Story, n: int = 30) -> str:
    if s.summary and s.sapo_outside:
        return s.summary
    return _words(s, n)


def _thumb(s: Story) -> str:
    imgs = s.images
    if imgs:
        return imgs[0].src.replace("-1024x683", "-300x200")
    return f"{U}/2024/05/anh-mac-dinh-truong-chinh-tri-300x200.jpg"


# --- content rendering -----------------------------------------------------------------------

_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20683'%3E%3C/svg%3E"


def _img(src: str, alt: str, att: int, lazy: bool, cls: str) -> str:
    orig = src.replace("-1024x683", "")
    srcset = (
        f"{src} 1024w, {src.replace('-1024x683', '-300x200')} 300w, "
        f"{src.replace('-1024x683', '-768x512')} 768w, {orig} 1600w"
    )
    sizes = "(max-width: 1024px) 100vw, 1024px"
    cls = f"{cls} wp-image-{att}".strip()
    if not lazy:
        return (
            f'<img fetchpriority="high" decoding="async" width="1024" height="683" src="{src}" class="{cls}" '
            f'alt="{esc(alt)}" srcset="{srcset}" sizes="{sizes}" />'
        )
    return (
        f'<img decoding="async" width="1024" height="683" src="{_SVG}" class="{cls}" alt="{esc(alt)}" '
        f'data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" data-lazy-src="{src}" />'
        f'<noscript><img decoding="async" width="1024" height="683" src="{src}" class="{cls}" alt="{esc(alt)}" '
        f'srcset="{srcset}" sizes="{sizes}" /></noscript>'
    )


def _anchor_id(value: str) -> str:
    base = unicodedata.normalize("NFD", value.replace("Đ", "D").replace("đ", "d"))
    base = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-")


def _footnotes(markup: str) -> str:
    return re.sub(r"\[(\d)\]", r'<a href="#_ftn\1" name="_ftnref\1">[\1]</a>', markup, count=0)


class _Ctx:
    """Per-render state: image numbering (first image not lazy)."""

    def __init__(self, story: Story, lazy: bool = True):
        self.story = story
        self.lazy = lazy
        self.count = 0

    def img(self, im: Img, cls: str, alt: str = "") -> str:
        att = self.story.id * 10 + self.story.blocks.index(im)
        lazy = self.lazy and self.count > 0
        self.count += 1
        return _img(im.src, alt, att, lazy, cls)


def _t(s: Story, value: str) -> str:
    out = wptx(value)
    if s.opts.get("nfd"):
        out = unicodedata.normalize("NFD", out)
    return out


def _classic(s: Story, blocks: list, ctx: _Ctx) -> str:
    out: list[str] = []
    i = 0
    word = s.opts.get("word")
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>\n" + "".join(f"<li>{_t(s, p.text)}</li>\n" for p in group) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f'<td style="border: 1px solid #999;">{_t(s, c)}</td>' for c in p.text.split(" | ")) + "</tr>\n"
                    for p in group
                )
                out.append(f'<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n{rows}</tbody>\n</table>')
            i = j
            continue
        if isinstance(b, P):
            body = _t(s, b.text)
            if b.style == "h":
                out.append(f"<h3><strong>{body}</strong></h3>")
            elif b.style == "note":
                note = re.sub(r"^\[(\d)\]", r'<a href="#_ftnref\1" name="_ftn\1">[\1]</a>', body)
                out.append(f'<p style="text-align: justify;"><span style="font-size: 10pt;">{note}</span></p>')
            else:
                if word:
                    body = f"<span style=\"font-family: 'times new roman', times, serif; font-size: 14pt;\">{body}</span>"
                if b.style == "b":
                    body = f"<strong>{body}</strong>"
                out.append(f'<p style="text-align: justify;">{_footnotes(body)}</p>')
        elif isinstance(b, Img):
            att = s.id * 10 + s.blocks.index(b)
            if b.style == "wpcap":
                tag = ctx.img(b, "size-large", b.caption or "")
                out.append(
                    f'<figure id="attachment_{att}" aria-describedby="caption-attachment-{att}" style="width: 1024px" class="wp-caption aligncenter">'
                    f'{tag}<figcaption id="caption-attachment-{att}" class="wp-caption-text">{_t(s, b.printed or "")}</figcaption></figure>'
                )
            elif b.style == "para":
                tag = ctx.img(b, "aligncenter size-large")
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{_t(s, b.printed or "")}</em></p>')
            elif b.style == "credit":
                tag = ctx.img(b, "aligncenter size-large")
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: right;"><em>{_t(s, b.printed or "")}</em></p>')
            else:
                out.append(f"<p>{ctx.img(b, 'aligncenter size-large')}</p>")
        else:
            raw = b.html
            if s.opts.get("nfd"):
                raw = unicodedata.normalize("NFD", raw)
            out.append(raw)
        i += 1
    return "\n".join(out)


def _toc(s: Story) -> str:
    items = "".join(
        f'<li><a href="#{_anchor_id(b.text)}">{esc(b.text)}</a></li>'
        for b in s.blocks
        if isinstance(b, P) and b.style == "h"
    )
    return (
        '<div class="wp-block-rank-math-toc-block" id="rank-math-toc"><h2>Nội dung chính</h2>'
        f"<nav><ul>{items}</ul></nav></div>"
    )


def _gutenberg(s: Story, blocks: list, ctx: _Ctx) -> str:
    out: list[str] = []
    i = 0
    first_p = True
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append('<ul class="wp-block-list">\n' + "".join(f"<li>{wptx(p.text)}</li>\n" for p in group) + "</ul>")
            else:
                head = "".join(f"<th>{wptx(c)}</th>" for c in group[0].text.split(" | "))
                rows = "".join(
                    "<tr>" + "".join(f"<td>{wptx(c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                    for p in group[1:]
                )
                out.append(
                    f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>{head}</tr></thead>'
                    f"<tbody>{rows}</tbody></table></figure>"
                )
            i = j
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f'<h2 class="wp-block-heading" id="{_anchor_id(b.text)}">{wptx(b.text)}</h2>')
            else:
                out.append(f"<p>{wptx(b.text)}</p>")
                if first_p and s.opts.get("toc"):
                    out.append(_toc(s))
                first_p = False
        elif isinstance(b, Img):
            cap = f'<figcaption class="wp-element-caption">{wptx(b.printed)}</figcaption>' if b.printed else ""
            out.append(f'<figure class="wp-block-image size-large">{ctx.img(b, "", b.caption or "")}{cap}</figure>')
        else:
            out.append(b.html)
        i += 1
    return "\n\n".join(out)


def _elementor(s: Story, blocks: list, ctx: _Ctx) -> str:
    widgets: list[str] = []
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        seed = f"{s.id}-w{n}"
        n += 1
        if isinstance(b, P) and b.style == "tr":
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "tr":
                j += 1
            group = blocks[i:j]
            rows = "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                for p in group
            )
            cls = "elementor-hidden-mobile" if s.opts.get("table_hide") else ""
            widgets.append(_w("text-editor", f'<table class="bang-kq" style="width: 100%;"><tbody>{rows}</tbody></table>', seed, cls))
            i = j
            continue
        if isinstance(b, P) and b.style == "h":
            widgets.append(_w("heading", f'<h3 class="elementor-heading-title elementor-size-default">{esc(b.text)}</h3>', seed))
            i += 1
            continue
        if isinstance(b, P):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("", "b"):
                j += 1
            paras = "".join(
                f'<p style="text-align: justify;">{"<strong>" + esc(p.text) + "</strong>" if p.style == "b" else esc(p.text)}</p>'
                for p in blocks[i:j]
            )
            widgets.append(_w("text-editor", paras, seed))
            i = j
            continue
        if isinstance(b, Img) and b.style == "carousel":
            j = i
            while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == "carousel":
                j += 1
            group = blocks[i:j]
            slides = "".join(
                f'<div class="swiper-slide" role="group" aria-roledescription="slide" aria-label="{k + 1} / {len(group)}">'
                f'<figure class="swiper-slide-inner"><img decoding="async" class="swiper-slide-image" src="{im.src}" alt="{esc(im.caption or "")}" />'
                f'<figcaption class="elementor-image-carousel-caption">{esc(im.printed or "")}</figcaption></figure></div>'
                for k, im in enumerate(group)
            )
            ctx.count += len(group)
            inner = (
                f'<div class="elementor-image-carousel-wrapper swiper" dir="ltr"><div class="elementor-image-carousel swiper-wrapper" aria-live="off">{slides}</div>'
                '<div class="elementor-swiper-button elementor-swiper-button-prev" role="button" tabindex="0"><i aria-hidden="true" class="eicon-chevron-left"></i></div>'
                '<div class="elementor-swiper-button elementor-swiper-button-next" role="button" tabindex="0"><i aria-hidden="true" class="eicon-chevron-right"></i></div>'
                '<div class="swiper-pagination"></div></div>'
            )
            widgets.append(_w("image-carousel", inner, seed, settings={"slides_to_show": "1", "navigation": "both", "autoplay": "yes", "infinite": "yes", "effect": "slide"}))
            i = j
            continue
        if isinstance(b, Img):
            tag = ctx.img(b, "attachment-large size-large", b.caption or "")
            if b.printed:
                inner = f'<figure class="wp-caption">{tag}<figcaption class="widget-image-caption wp-caption-text">{esc(b.printed)}</figcaption></figure>'
            else:
                inner = tag
            widgets.append(_w("image", inner, seed))
            i += 1
            continue
        raw = b.html
        widgets.append(raw if raw.startswith('<div class="elementor-element') else _w("text-editor", raw, seed))
        i += 1
    sections = []
    for k in range(0, len(widgets), 3):
        sections.append(_section([(100, "".join(widgets[k:k + 3]))], f"{s.id}-sec{k}"))
    return (
        f'<div data-elementor-type="wp-post" data-elementor-id="{s.id}" class="elementor elementor-{s.id}" data-elementor-post-type="post">\n'
        + "".join(sections)
        + "</div>"
    )


def _render(s: Story, blocks: list, lazy: bool = True) -> str:
    ctx = _Ctx(s, lazy)
    kind = s.opts.get("content", "classic")
    if kind == "gutenberg":
        return _gutenberg(s, blocks, ctx)
    if kind == "elementor":
        return _elementor(s, blocks, ctx)
    return _classic(s, blocks, ctx)


def _pages_of(s: Story) -> list[list]:
    k = s.opts.get("split")
    return [s.blocks[:k], s.blocks[k:]] if k else [s.blocks]


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    (21, "Trang chủ", "/", []),
    (22, "Giới thiệu", "/gioi-thieu/", [(31, "Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu/"), (32, "Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    (23, "Tin tức - Sự kiện", "/danh-muc/tin-tuc-su-kien/", []),
    (24, "Đào tạo - Bồi dưỡng", "/danh-muc/dao-tao-boi-duong/", []),
    (25, "Nghiên cứu khoa học", "/danh-muc/nghien-cuu-khoa-hoc/", []),
    (26, "Thư viện ảnh", "/thu-vien-anh/", []),
    (27, "Liên hệ", "/lien-he/", []),
]


def _menu(current: str, copy: int) -> str:
    tab = ' tabindex="-1"' if copy == 2 else ""
    items = []
    for mid, label, href, subs in MENU:
        cls = f"menu-item menu-item-type-{'custom' if href == '/' else 'taxonomy' if 'danh-muc' in href else 'post_type'} menu-item-{mid}"
        if href == current:
            cls += " current-menu-item"
        sub = ""
        if subs:
            cls += " menu-item-has-children"
            sub = '<ul class="sub-menu elementor-nav-menu--dropdown">' + "".join(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{sid}"><a href="{h}" class="elementor-sub-item"{tab}>{esc(lb)}</a></li>'
                for sid, lb, h in subs
            ) + "</ul>"
        items.append(f'<li class="{cls}"><a href="{href}" class="elementor-item"{tab}>{esc(label)}</a>{sub}</li>')
    return f'<ul id="menu-{copy}-7b1f3a2" class="elementor-nav-menu">{"".join(items)}</ul>'


def _header(req: Request, current: str) -> str:
    root = base_url(req)
    top = _section([
        (50, _w("text-editor", f'<p><i aria-hidden="true" class="far fa-calendar-alt"></i> {HEADER_TODAY}</p>', "hdr-date")),
        (50, _w("icon-list", '<ul class="elementor-icon-list-items elementor-inline-items">'
                '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">Điện thoại: (0256) 3822 410</span></li>'
                '<li class="elementor-icon-list-item elementor-inline-item"><a href="mailto:truongchinhtri@binhdinh.gov.vn"><span class="elementor-icon-list-text">truongchinhtri@binhdinh.gov.vn</span></a></li></ul>', "hdr-contact")),
    ], "hdr-top", "thanh-tren")
    brand = _section([
        (14, _w("image", f'<a href="{root}"><img width="120" height="120" src="{U}/2024/05/huy-hieu-dang.png" class="attachment-full size-full wp-image-41" alt="Huy hiệu Đảng" /></a>', "hdr-logo")),
        (86, _w("heading", '<p class="elementor-heading-title elementor-size-default">ĐẢNG BỘ TỈNH BÌNH ĐỊNH</p>', "hdr-dangbo")
         + _w("heading", f'<h1 class="elementor-heading-title elementor-size-default"><a href="{root}">TRƯỜNG CHÍNH TRỊ TỈNH BÌNH ĐỊNH</a></h1>', "hdr-name")
         + _w("heading", '<span class="elementor-heading-title elementor-size-small">Trang thông tin điện tử</span>', "hdr-sub")),
    ], "hdr-brand", "khoi-ten-truong")
    nav = _w(
        "nav-menu",
        '<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-background e--animation-fade">'
        f"{_menu(current, 1)}</nav>"
        '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>'
        f'<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">{_menu(current, 2)}</nav>',
        "hdr-nav", settings={"layout": "horizontal", "submenu_icon": {"value": "<i class=\"fas fa-caret-down\"></i>", "library": "fa-solid"}, "toggle": "burger"},
    )
    search = _w(
        "search-form",
        f'<form class="elementor-search-form" action="{root}" method="get" role="search"><div class="elementor-search-form__container">'
        '<label class="elementor-screen-only" for="elementor-search-form-5d2e9a1">Tìm kiếm</label>'
        '<input id="elementor-search-form-5d2e9a1" placeholder="Tìm kiếm..." class="elementor-search-form__input" type="search" name="s" value="">'
        '<button class="elementor-search-form__submit" type="submit" aria-label="Tìm kiếm"><i aria-hidden="true" class="fas fa-search"></i></button></div></form>',
        "hdr-search", skin="classic",
    )
    navrow = _section([(80, nav), (20, search)], "hdr-navrow", "thanh-menu elementor-sticky")
    return (
        '<header data-elementor-type="header" data-elementor-id="95" class="elementor elementor-95 elementor-location-header" data-elementor-post-type="elementor_library">\n'
        f"{top}{brand}{navrow}</header>\n"
    )


def _footer(req: Request) -> str:
    col1 = _w("text-editor",
              "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BÌNH ĐỊNH</strong></p>"
              "<p>Địa chỉ: Số 58 Lê Hồng Phong, phường Quy Nhơn, tỉnh Bình Định</p>"
              "<p>Điện thoại: (0256) 3822 410 – Fax: (0256) 3822 411</p>"
              '<p>Email: <a href="mailto:truongchinhtri@binhdinh.gov.vn">truongchinhtri@binhdinh.gov.vn</a></p>', "ftr-info")
    col2 = _w("heading", '<h4 class="elementor-heading-title elementor-size-default">LIÊN KẾT NHANH</h4>', "ftr-links-h") + _w(
        "icon-list",
        '<ul class="elementor-icon-list-items">'
        + "".join(f'<li class="elementor-icon-list-item"><a href="{h}"><span class="elementor-icon-list-text">{esc(t)}</span></a></li>'
                  for t, h in (("Giới thiệu", "/gioi-thieu/"), ("Tin tức - Sự kiện", "/danh-muc/tin-tuc-su-kien/"), ("Thư viện ảnh", "/thu-vien-anh/"), ("Liên hệ", "/lien-he/")))
        + "</ul>", "ftr-links")
    col3 = _w("google_maps", '<div class="elementor-custom-embed"><iframe loading="lazy" src="https://maps.google.com/maps?q=Tr%C6%B0%E1%BB%9Dng%20Ch%C3%ADnh%20tr%E1%BB%8B%20t%E1%BB%89nh%20B%C3%ACnh%20%C4%90%E1%BB%8Bnh&amp;t=m&amp;z=15&amp;output=embed&amp;iwloc=near" title="Trường Chính trị tỉnh Bình Định" aria-label="Trường Chính trị tỉnh Bình Định"></iframe></div>', "ftr-map")
    bottom = _w("text-editor",
                "<p>© 2024 Bản quyền thuộc Trường Chính trị tỉnh Bình Định. Giấy phép số 12/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định cấp ngày 15/3/2024.</p>"
                "<p>Người chịu trách nhiệm chính: Nguyễn Thị Mỹ Hạnh – Hiệu trưởng. Ghi rõ nguồn “Trường Chính trị tỉnh Bình Định” khi phát hành lại thông tin từ website này.</p>", "ftr-copy")
    return (
        '<footer data-elementor-type="footer" data-elementor-id="110" class="elementor elementor-110 elementor-location-footer" data-elementor-post-type="elementor_library">\n'
        + _section([(33, col1), (33, col2), (33, col3)], "ftr-main", "chan-trang")
        + _section([(100, bottom)], "ftr-bottom", "chan-trang-duoi")
        + "</footer>\n"
    )


def _popup() -> str:
    inner = (
        _w("heading", '<h3 class="elementor-heading-title elementor-size-default">THÔNG BÁO TUYỂN SINH</h3>', "pop-h")
        + _w("text-editor",
             "<p>Trường Chính trị tỉnh Bình Định thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 49 năm 2027 dành cho cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý.</p>"
             "<p>Hồ sơ gửi về Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 31/12/2026. Thời gian khai giảng dự kiến: 15/01/2027.</p>", "pop-t")
        + _w("button", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/lien-he/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Liên hệ đăng ký</span></span></a></div>', "pop-b")
    )
    return (
        '<div data-elementor-type="popup" data-elementor-id="2210" class="elementor elementor-2210 elementor-location-popup" '
        'data-elementor-settings="{&quot;entrance_animation&quot;:&quot;fadeIn&quot;,&quot;prevent_scroll&quot;:&quot;yes&quot;,&quot;triggers&quot;:{&quot;page_load&quot;:&quot;yes&quot;,&quot;page_load_delay&quot;:2},&quot;timing&quot;:{&quot;times&quot;:&quot;yes&quot;,&quot;times_times&quot;:1}}" '
        'data-elementor-post-type="elementor_library">\n'
        + _section([(100, inner)], "popup-ts")
        + "</div>\n"
    )


def _mini_list(stories: list[Story], seed: str, views: bool = False) -> str:
    items = []
    for s in stories:
        extra = f'<span class="elementor-post-date">Lượt xem: {s.views():,}</span>'.replace(",", ".") if views else f'<span class="elementor-post-date">{_when(s):%d/%m/%Y}</span>'
        items.append(
            f'<article class="elementor-post elementor-grid-item post-{s.id} post type-post status-publish">'
            f'<a class="elementor-post__thumbnail__link" href="{_url(s)}" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="200" src="{_thumb(s)}" class="attachment-thumbnail size-thumbnail" alt="" loading="lazy" /></div></a>'
            f'<div class="elementor-post__text"><h4 class="elementor-post__title"><a href="{_url(s)}">{wptx(s.title)}</a></h4>'
            f'<div class="elementor-post__meta-data">{extra}</div></div></article>'
        )
    return f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{"".join(items)}</div>'


MOST_READ = [3092, 3087, 3055, 3105, 3071]


def _sidebar(newest: bool = False) -> str:
    parts = []
    if newest:
        parts.append(_w("heading", '<h3 class="elementor-heading-title elementor-size-default">TIN MỚI NHẤT</h3>', "sb-new-h"))
        parts.append(_w("posts", _mini_list(_newest(5), "sb-new"), "sb-new", skin="classic"))
    parts.append(_w("heading", '<h3 class="elementor-heading-title elementor-size-default">TIN ĐỌC NHIỀU</h3>', "sb-hot-h"))
    parts.append(_w("posts", _mini_list([BY_ID[i] for i in MOST_READ], "sb-hot", views=True), "sb-hot", skin="classic"))
    banners = "".join(
        f'<p><a href="{h}" target="_blank" rel="noopener"><img src="{U}/2024/05/{img}" alt="{esc(t)}" width="300" height="80" /></a></p>'
        for t, h, img in (
            ("Học viện Chính trị quốc gia Hồ Chí Minh", "https://www.hcma.vn/", "banner-hvctqg.png"),
            ("Cổng thông tin điện tử tỉnh Bình Định", "https://binhdinh.gov.vn/", "banner-cong-ttdt-tinh.png"),
            ("Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn/", "banner-dcsvn.png"),
            ("Báo Bình Định", "https://baobinhdinh.vn/", "banner-bao-binh-dinh.png"),
        )
    )
    parts.append(_w("heading", '<h3 class="elementor-heading-title elementor-size-default">LIÊN KẾT WEBSITE</h3>', "sb-lk-h"))
    parts.append(_w("text-editor", banners, "sb-lk"))
    poll = (
        '<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">'
        '<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5b2c1f0e7a" /></p>'
        '<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>'
        '<p style="text-align: center;"><strong>Bạn biết đến Trang thông tin điện tử của Nhà trường qua kênh nào?</strong></p>'
        '<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">'
        '<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Mạng xã hội</label></li>'
        '<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Công văn, thông báo</label></li>'
        '<li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> <label for="poll-answer-13">Bạn bè, đồng nghiệp</label></li>'
        '</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>'
        '<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div>'
    )
    parts.append(_w("heading", '<h3 class="elementor-heading-title elementor-size-default">THĂM DÒ Ý KIẾN</h3>', "sb-poll-h"))
    parts.append(_w("wp-widget-polls-widget", poll, "sb-poll"))
    counter = (
        '<ul class="thong-ke">'
        '<li><i class="fas fa-user"></i> Đang truy cập: <strong>23</strong></li>'
        '<li><i class="fas fa-calendar-day"></i> Hôm nay: <strong>1.047</strong></li>'
        '<li><i class="fas fa-calendar"></i> Tháng này: <strong>31.562</strong></li>'
        '<li><i class="fas fa-chart-bar"></i> Tổng lượt truy cập: <strong>2.315.884</strong></li></ul>'
    )
    parts.append(_w("heading", '<h3 class="elementor-heading-title elementor-size-default">THỐNG KÊ TRUY CẬP</h3>', "sb-tk-h"))
    parts.append(_w("shortcode", f'<div class="elementor-shortcode">{counter}</div>', "sb-tk"))
    return "".join(parts)


def _breadcrumb(req: Request, trail: list[tuple[str, str]], last: str) -> str:
    root = base_url(req)
    links = "".join(
        f'<a href="{root}{h if h != "/" else ""}">{esc(t)}</a><span class="separator"> &raquo; </span>' for t, h in trail
    )
    nav = f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>{links}<span class="last">{wptx(last)}</span></p></nav>'
    return _w("shortcode", f'<div class="elementor-shortcode">{nav}</div>', "bc-" + last[:20])


def _head_common(req: Request) -> str:
    root = base_url(req)
    return (
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{root}/feed/" />\n'
        "<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14' media='all' />\n"
        "<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.5' media='all' />\n"
        "<link rel='stylesheet' id='elementor-post-95-css' href='/wp-content/uploads/elementor/css/post-95.css?ver=1732590000' media='all' />\n"
        "<link rel='stylesheet' id='elementor-post-110-css' href='/wp-content/uploads/elementor/css/post-110.css?ver=1732590000' media='all' />\n"
        '<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n'
        '<meta name="generator" content="WordPress 6.5.5" />\n'
        '<meta name="generator" content="Elementor 3.21.5; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">\n'
        f'<link rel="icon" href="{U}/2024/05/cropped-huy-hieu-dang-32x32.png" sizes="32x32" />\n'
    )


def _doc(req: Request, *, title: str, inner: str, body_class: str, seo: str, current: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="profile" href="https://gmpg.org/xfn/11">\n'
        "<!-- Search Engine Optimization by Rank Math PRO - https://rankmath.com/ -->\n"
        f"<title>{title}</title>\n{seo}<!-- /Rank Math WordPress SEO plugin -->\n"
        f"{_head_common(req)}</head>\n"
        f'<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="{body_class} wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar astra-4.6.14 ast-hfb-header elementor-default elementor-kit-6 astra-addon-4.6.9">\n'
        '<a class="skip-link screen-reader-text" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>\n'
        '<div class="hfeed site" id="page">\n'
        f"{_header(req, current)}"
        '<div id="content" class="site-content">\n<div class="ast-container">\n'
        f"{inner}"
        "</div> <!-- ast-container -->\n</div><!-- #content -->\n"
        f"{_footer(req)}</div><!-- #page -->\n"
        f"{_popup()}"
        '<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>\n'
        '<script>window.lazyLoadOptions={elements_selector:"img[data-lazy-src],.rocket-lazyload",data_src:"lazy-src",data_srcset:"lazy-srcset"};</script>\n'
        "</body>\n</html>\n"
    )


def _org_ld(root: str) -> list[dict]:
    return [
        {"@type": ["EducationalOrganization", "Organization"], "@id": f"{root}/#organization", "name": SITE,
         "url": root, "logo": {"@type": "ImageObject", "@id": f"{root}/#logo", "url": f"{root}{U}/2024/05/huy-hieu-dang.png"}},
        {"@type": "WebSite", "@id": f"{root}/#website", "url": root, "name": SITE, "publisher": {"@id": f"{root}/#organization"}, "inLanguage": "vi"},
    ]


def _ld_script(graph: list[dict]) -> str:
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    return f'<script type="application/ld+json" class="rank-math-schema-pro">{data}</script>\n'


# --- single posts ----------------------------------------------------------------------------


def _post_info(s: Story) -> str:
    tpl = _tpl(s)
    d = _when(s)
    user, (display, _bio) = s.opts.get("user", "bientap"), USERS[s.opts.get("user", "bientap")]

    def li(itemprop: str, icon: str, kind: str, inner: str, href: str | None = None, seed: str = "") -> str:
        rid = _h(f"{tpl}-{kind}-{seed}")
        prop = f' itemprop="{itemprop}"' if itemprop else ""
        body = (
            f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
            f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-{kind}">{inner}</span>'
        )
        if href:
            body = f'<a href="{href}">{body}</a>'
        return f'<li class="elementor-icon-list-item elementor-repeater-item-{rid} elementor-inline-item"{prop}>{body}</li>'

    terms = ", ".join(
        f'<a href="/danh-muc/{c}/" class="elementor-post-info__terms-list-item">{esc(CATS[c])}</a>' for c in _cats_by_name(s)
    )
    ncom = len(s.opts.get("comments", []))
    comments = f"{ncom} Bình luận" if ncom else "Không có bình luận"
    if tpl == "news":
        items = [
            li("author", "far fa-user-circle", "author", esc(display), f"/tac-gia/{user}/", "a"),
            li("datePublished", "fas fa-calendar-alt", "date", f"<time>{_date_words(d)}</time>", None, "d"),
            li("", "far fa-clock", "time", f"<time>{_clock(d)}</time>", None, "t"),
            li("commentCount", "far fa-comment-dots", "comments", comments, f"{_url(s)}#comments" if ncom else None, "c"),
            li("about", "fas fa-tags", "terms", f'<span class="elementor-post-info__terms-list">{terms}</span>', None, "x"),
        ]
    elif tpl == "daotao":
        items = [
            li("datePublished", "fas fa-calendar", "date", f"<time>{d:%d/%m/%Y}</time>", None, "d"),
            li("", "fas fa-clock", "time", f"<time>{d:%H:%M}</time>", None, "t"),
            li("author", "fas fa-user", "author", esc(display), f"/tac-gia/{user}/", "a"),
            li("about", "fas fa-folder-open", "terms", f'<span class="elementor-post-info__terms-list">{terms}</span>', None, "x"),
        ]
    else:
        m = _modified(s)
        items = [
            li("dateModified", "fas fa-sync-alt", "custom", f"Cập nhật: {_date_long(m)}", None, "m"),
            li("datePublished", "far fa-calendar-check", "date", f'<span class="elementor-post-info__item-prefix">Đăng ngày: </span>{_date_long(d)}', None, "d"),
            li("", "far fa-clock", "time", _clock(d, upper=True), None, "t"),
            li("author", "far fa-user", "author", esc(display), f"/tac-gia/{user}/", "a"),
            li("", "far fa-eye", "custom", f"Lượt xem: {s.views()}", None, "v"),
        ]
    ul = f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{"".join(items)}</ul>'
    return _w("post-info", ul, f"{tpl}-postinfo", "elementor-align-left")


def _tags(s: Story) -> str:
    tags = s.opts.get("tags", [])
    if not tags:
        return ""
    links = ", ".join(f'<a href="/tu-khoa/{t}/" class="elementor-post-info__terms-list-item">{esc(TAGS[t])}</a>' for t in tags)
    ul = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item" itemprop="about">'
        '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span>'
        f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">Từ khóa: </span>'
        f'<span class="elementor-post-info__terms-list">{links}</span></span></li></ul>'
    )
    return _w("post-info", ul, f"{_tpl(s)}-tags")


def _social(req: Request, s: Story) -> str:
    link = quote(base_url(req) + _url(s), safe="")
    btns = "".join(
        f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n}" role="button" tabindex="0" aria-label="Chia sẻ trên {n}">'
        f'<span class="elementor-share-btn__icon"><i class="fab fa-{n}" aria-hidden="true"></i></span></div></div>'
        for n in ("facebook", "twitter", "linkedin")
    )
    extra = (
        f'<div class="elementor-grid-item"><a class="nut-zalo" href="https://sp.zalo.me/share_inline?d={link}" target="_blank" rel="nofollow noopener">Zalo</a></div>'
        '<div class="elementor-grid-item"><a class="nut-in" href="javascript:window.print()" rel="nofollow">In bài</a></div>'
    )
    share = _w("share-buttons", f'<div class="elementor-grid">{btns}{extra}</div>', f"{_tpl(s)}-share")
    return (
        f'<div class="elementor-element elementor-element-{_h("sticky-" + _tpl(s))} e-con-full thanh-mxh elementor-hidden-mobile e-flex e-con e-child" '
        'data-element_type="container" data-settings="{&quot;sticky&quot;:&quot;left&quot;,&quot;sticky_on&quot;:[&quot;desktop&quot;,&quot;tablet&quot;],&quot;sticky_offset&quot;:160}">'
        f"{share}</div>\n"
    )


def _author_box(s: Story) -> str:
    user = s.opts.get("user", "bientap")
    display, bio = USERS[user]
    av = hashlib.md5(user.encode()).hexdigest()
    inner = (
        f'<div class="elementor-author-box"><a href="/tac-gia/{user}/" class="elementor-author-box__avatar">'
        f'<img src="https://secure.gravatar.com/avatar/{av}?s=300&#038;d=mm&#038;r=g" alt="{esc(display)}" loading="lazy"></a>'
        f'<div class="elementor-author-box__text"><a href="/tac-gia/{user}/"><h4 class="elementor-author-box__name">{esc(display)}</h4></a>'
        f'<div class="elementor-author-box__bio">{esc(bio)}</div></div></div>'
    )
    return _w("author-box", inner, f"{_tpl(s)}-author")


def _post_nav(s: Story) -> str:
    order = _listing(s.cat)
    idx = order.index(s)
    newer = order[idx - 1] if idx > 0 else None
    older = order[idx + 1] if idx + 1 < len(order) else None
    prev = next_ = ""
    if older:
        prev = (
            f'<a href="{_url(older)}" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">Trước</span></span>'
            f'<span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Bài trước</span><span class="post-navigation__prev--title">{wptx(older.title)}</span></span></a>'
        )
    if newer:
        next_ = (
            f'<a href="{_url(newer)}" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Bài sau</span>'
            f'<span class="post-navigation__next--title">{wptx(newer.title)}</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">Sau</span></span></a>'
        )
    inner = (
        f'<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">{prev}</div>'
        '<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>'
        f'<div class="elementor-post-navigation__next elementor-post-navigation__link">{next_}</div></div>'
    )
    return _w("post-navigation", inner, "news-postnav")


def _related(s: Story, n: int) -> str:
    others = [o for o in _listing(s.cat if _tpl(s) == "news" else "dao-tao-boi-duong") if o is not s][:n]
    return (
        _w("heading", '<h3 class="elementor-heading-title elementor-size-default">Bài viết liên quan</h3>', f"{_tpl(s)}-rel-h")
        + _w("posts", _mini_list(others, "rel"), f"{_tpl(s)}-rel", skin="classic")
    )


def _comments(s: Story, reply: str | None) -> str:
    comments = s.opts.get("comments", [])
    url = _url(s)
    names = {cid: name for cid, name, *_ in comments}

    def one(c: tuple, depth: int) -> str:
        cid, name, when, body, _parent = c
        d = _dt.datetime.fromisoformat(when[:19])
        kids = [k for k in comments if k[4] == cid]
        children = f'<ol class="children">{"".join(one(k, depth + 1) for k in kids)}</ol>' if kids else ""
        return (
            f'<li class="comment byuser depth-{depth}" id="li-comment-{cid}"><article id="comment-{cid}" class="ast-comment">'
            '<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">'
            f'<div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b class="fn">{esc(name)}</b></cite></div>'
            f'<div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="{url}#comment-{cid}"><time datetime="{when}">{d:%d/%m/%Y} lúc {_clock(d)}</time></a></span></div>'
            '</header></div>'
            f'<section class="ast-comment-content comment"><p>{esc(body)}</p>'
            f'<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" '
            f'data-commentid="{cid}" data-postid="{s.id}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời cho {esc(name)}" aria-label="Trả lời cho {esc(name)}">Trả lời</a></span></div>'
            f"</section></article>{children}</li>"
        )

    listing = ""
    if comments:
        listing = (
            f'<h3 class="comments-title">{len(comments)} bình luận về &ldquo;{wptx(s.title)}&rdquo;</h3>'
            f'<ol class="ast-comment-list">{"".join(one(c, 1) for c in comments if c[4] == 0)}</ol>'
        )
    parent = int(reply) if reply and reply.isdigit() and int(reply) in names else 0
    if parent:
        title = f'Trả lời cho {esc(names[parent])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond">Hủy trả lời</a></small>'
    else:
        title = 'Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy trả lời</a></small>'
    form = (
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{title}</h3>'
        '<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col">'
        '<label for="comment" class="screen-reader-text">Nhập bình luận...</label><textarea id="comment" name="comment" placeholder="Nhập bình luận..." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>'
        '<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">Tên*</label><input id="author" name="author" type="text" value="" placeholder="Tên*" size="30" aria-required="true" /></p>'
        '<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">Email*</label><input id="email" name="email" type="text" value="" placeholder="Email*" size="30" aria-required="true" /></p></div>'
        f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận &raquo;" /> <input type="hidden" name="comment_post_ID" value="{s.id}" id="comment_post_ID" />'
        f'<input type="hidden" name="comment_parent" id="comment_parent" value="{parent}" /></p></form></div>'
    )
    return _w("post-comments", f'<div id="comments" class="comments-area comment-form-position-below">{listing}{form}</div>', f"{_tpl(s)}-comments", skin="theme_comments")


def _excerpt_widget(s: Story) -> str:
    if _tpl(s) == "daotao":
        return ""
    if s.summary and s.sapo_outside:
        text_ = esc(s.summary)
    else:
        text_ = esc(_words(s, 30)).replace(" …", " &hellip;")
    cls = "sapo-bai" if _tpl(s) == "nckh" else ""
    return _w("theme-post-excerpt", f"<p>{text_}</p>", f"{_tpl(s)}-excerpt", cls)


def _page_links(s: Story, page: int) -> str:
    if not s.opts.get("split"):
        return ""
    one = '<span class="post-page-numbers current" aria-current="page">1</span>' if page == 1 else f'<a href="{_url(s)}" class="post-page-numbers">1</a>'
    two = '<span class="post-page-numbers current" aria-current="page">2</span>' if page == 2 else f'<a href="{_url(s)}2/" class="post-page-numbers">2</a>'
    return f'\n<div class="page-links">Trang: {one} {two}</div>'


def _single_seo(req: Request, s: Story, page: int) -> tuple[str, str]:
    root = base_url(req)
    path = _url(s) + ("2/" if page == 2 else "")
    headline = s.opts.get("seo_title") or s.title
    title = f"{wptx(headline)}{' - Trang 2 của 2' if page == 2 else ''} - {SITE}"
    desc = _excerpt(s, 30).replace(" …", "")
    d = _when(s)
    m = _modified(s)
    user = s.opts.get("user", "bientap")
    display = USERS[user][0]
    image = root + s.images[0].src if s.images else f"{root}{U}/2024/05/anh-mac-dinh-truong-chinh-tri.jpg"
    sections = ", ".join(CATS[c] for c in _cats_by_name(s))
    graph = [
        *_org_ld(root),
        {"@type": "ImageObject", "@id": image, "url": image, "width": "1024", "height": "683", "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": f"{root}{path}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": "1", "item": {"@id": root, "name": "Trang chủ"}},
            {"@type": "ListItem", "position": "2", "item": {"@id": f"{root}/danh-muc/{s.cat}/", "name": CATS[s.cat]}},
            {"@type": "ListItem", "position": "3", "item": {"@id": f"{root}{_url(s)}", "name": headline}},
        ]},
        {"@type": "WebPage", "@id": f"{root}{path}#webpage", "url": f"{root}{path}", "name": f"{headline} - {SITE}",
         "datePublished": _iso(d), "dateModified": _iso(m), "isPartOf": {"@id": f"{root}/#website"}, "inLanguage": "vi",
         "breadcrumb": {"@id": f"{root}{path}#breadcrumb"}},
        {"@type": "Person", "@id": f"{root}/tac-gia/{user}/", "name": display, "url": f"{root}/tac-gia/{user}/",
         "image": {"@type": "ImageObject", "url": f"https://secure.gravatar.com/avatar/{hashlib.md5(user.encode()).hexdigest()}?s=96&d=mm&r=g", "caption": display}},
        {"@type": "NewsArticle", "headline": f"{headline} - {SITE}", "datePublished": _iso(d), "dateModified": _iso(m),
         "articleSection": sections, "author": {"@id": f"{root}/tac-gia/{user}/", "name": display},
         "publisher": {"@id": f"{root}/#organization"}, "description": desc, "name": f"{headline} - {SITE}",
         "@id": f"{root}{path}#richSnippet", "isPartOf": {"@id": f"{root}{path}#webpage"}, "image": {"@id": image},
         "inLanguage": "vi", "mainEntityOfPage": {"@id": f"{root}{path}#webpage"}},
    ]
    seo = (
        f'<meta name="description" content="{esc(desc)}"/>\n'
        '<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>\n'
        f'<link rel="canonical" href="{root}{path}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(headline)} - {SITE}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{root}{path}" />\n<meta property="og:site_name" content="{SITE}" />\n'
        f'<meta property="article:section" content="{esc(CATS[s.cat])}" />\n'
        f'<meta property="og:updated_time" content="{_iso(m)}" />\n'
        f'<meta property="og:image" content="{image}" />\n'
        f'<meta property="article:published_time" content="{_iso(d)}" />\n'
        f'<meta property="article:modified_time" content="{_iso(m)}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        f'<meta name="twitter:title" content="{esc(headline)} - {SITE}" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{esc(display)}" />\n'
        '<meta name="twitter:label2" content="Thời gian để đọc" />\n<meta name="twitter:data2" content="2 phút" />\n'
        + _ld_script(graph)
        + f"<link rel='shortlink' href='{root}/?p={s.id}' />\n"
        + f'<link rel="amphtml" href="{root}{_url(s)}amp/">\n'
    )
    return title, seo


def _single(req: Request, s: Story, page: int = 1) -> str:
    tpl = _tpl(s)
    blocks = _pages_of(s)[page - 1]
    content = _render(s, blocks) + _page_links(s, page)
    main = [
        _breadcrumb(req, [("Trang chủ", "/"), (CATS[s.cat], f"/danh-muc/{s.cat}/")], s.title),
        _w("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{wptx(s.title)}</h1>', f"{tpl}-title", "elementor-page-title elementor-widget-heading", skin="default"),
        _post_info(s),
        _excerpt_widget(s),
        _social(req, s),
        _w("theme-post-content", content, f"{tpl}-content"),
        _tags(s),
        _author_box(s),
    ]
    if tpl == "news":
        main.append(_post_nav(s))
        main.append(_related(s, 3))
    elif tpl == "daotao":
        main.append(_related(s, 2))
    main.append(_comments(s, req.params.get("replytocom")))
    classes = " ".join(f"category-{c}" for c in _cats_by_name(s)) + "".join(f" tag-{t}" for t in s.opts.get("tags", []))
    tid = TEMPLATE_IDS[tpl]
    inner = (
        f'<div data-elementor-type="single-post" data-elementor-id="{tid}" class="elementor elementor-{tid} elementor-location-single '
        f'post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry {classes}" data-elementor-post-type="elementor_library">\n'
        + _section([(66, "".join(main)), (33, _sidebar(newest=tpl == "nckh"))], f"single-{tpl}", "khung-bai-viet")
        + "</div>\n"
    )
    title, seo = _single_seo(req, s, page)
    body_class = f"post-template-default single single-post postid-{s.id} single-format-standard ast-single-post elementor-page-{tid}"
    return _doc(req, title=title, inner=inner, body_class=body_class, seo=seo, current=f"/danh-muc/{s.cat}/")


def _human_diff(d: _dt.datetime) -> str:
    days = (TODAY - d.date()).days
    if days >= 30:
        return f"{days // 30} tháng trước"
    if days >= 7:
        return f"{days // 7} tuần trước"
    return f"{max(days, 1)} ngày trước"


def _amp(req: Request, s: Story) -> str:
    root = base_url(req)
    content = _render(s, _pages_of(s)[0], lazy=False)
    content = re.sub(r"<noscript>.*?</noscript>", "", content, flags=re.S)
    content = re.sub(r"<img ([^>]*?)\s*/?>", r'<amp-img \1 layout="intrinsic"></amp-img>', content)
    d = _when(s)
    utc = d - _dt.timedelta(hours=7)
    display = USERS[s.opts.get("user", "bientap")][0]
    return (
        '<!doctype html>\n<html amp lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
        f'<link rel="canonical" href="{root}{_url(s)}">\n<title>{wptx(s.title)} &#8211; {SITE}</title>\n'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        "<style amp-custom>.amp-wp-article{margin:1.5em auto;max-width:840px}</style>\n</head>\n<body>\n"
        f'<header id="top" class="amp-wp-header"><div><a href="{root}/"><span class="amp-site-title">{SITE}</span></a></div></header>\n'
        '<article class="amp-wp-article">\n<header class="amp-wp-article-header">\n'
        f'<h1 class="amp-wp-title">{wptx(s.title)}</h1>\n'
        f'<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(display)}</span></div>\n'
        f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{utc:%Y-%m-%dT%H:%M:%S}+00:00">{_human_diff(d)}</time></div>\n'
        "</header>\n"
        f'<div class="amp-wp-article-content">\n{content}\n</div>\n'
        f'<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{root}/danh-muc/{s.cat}/" rel="category tag">{esc(CATS[s.cat])}</a></div>'
        f'<div class="amp-wp-meta amp-wp-comments-link"><a href="{root}{_url(s)}#respond">Để lại bình luận</a></div></footer>\n'
        "</article>\n"
        f'<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Về đầu trang</a></div></footer>\n'
        "</body>\n</html>\n"
    )


# --- archives, home, pages -------------------------------------------------------------------


def _card(s: Story) -> str:
    return (
        f'<article class="elementor-post elementor-grid-item post-{s.id} post type-post status-publish format-standard has-post-thumbnail '
        + " ".join(f"category-{c}" for c in _cats_by_name(s))
        + '">'
        f'<a class="elementor-post__thumbnail__link" href="{_url(s)}" tabindex="-1"><div class="elementor-post__thumbnail elementor-fit-height">'
        f'<img width="300" height="200" src="{_SVG}" class="attachment-medium size-medium" alt="" data-lazy-src="{_thumb(s)}" />'
        f'<noscript><img width="300" height="200" src="{_thumb(s)}" class="attachment-medium size-medium" alt="" /></noscript></div></a>'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{_url(s)}">{wptx(s.title)}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{_when(s):%d/%m/%Y}</span></div>'
        f'<div class="elementor-post__excerpt"><p>{esc(_excerpt(s, 25))}</p></div>'
        f'<a class="elementor-post__read-more" href="{_url(s)}" aria-label="Đọc thêm về {esc(s.title)}" tabindex="-1">Xem thêm »</a></div></article>'
    )


def _numbers(base: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    parts = []
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        parts.append(f'<a class="page-numbers prev" href="{prev}">&laquo; Trang trước</a>')
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page/{n}/"
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">Trang</span>{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href}"><span class="elementor-screen-only">Trang</span>{n}</a>')
    if page < pages:
        parts.append(f'<a class="page-numbers next" href="{base}page/{page + 1}/">Trang sau &raquo;</a>')
    return f'<nav class="elementor-pagination" aria-label="Phân trang">{"".join(parts)}</nav>'


def _archive(req: Request, kind: str, key: str, page: int) -> str | None:
    root = base_url(req)
    if kind == "cat":
        items, per, name = _listing(key), PER_PAGE[key], CATS[key]
        base, heading = f"/danh-muc/{key}/", f"Chuyên mục: {CATS[key]}"
    elif kind == "tag":
        items = sorted((s for s in STORIES if key in s.opts.get("tags", [])), key=_when, reverse=True)
        per, name, base, heading = 10, TAGS[key], f"/tu-khoa/{key}/", f"Thẻ: {TAGS[key]}"
    else:
        items = sorted((s for s in STORIES if s.opts.get("user", "bientap") == key), key=_when, reverse=True)
        per, name, base = AUTHOR_PER_PAGE, USERS[key][0], f"/tac-gia/{key}/"
        heading = f"Tác giả: {USERS[key][0]}"
    pages = max(1, -(-len(items) // per))
    if page < 1 or page > pages:
        return None
    shown = items[(page - 1) * per: page * per]
    load_more = kind == "cat" and key in LOAD_MORE
    grid = f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid elementor-has-item-ratio">{"".join(_card(s) for s in shown)}</div>'
    if load_more:
        nxt = f' data-next-page="{root}{base}page/{page + 1}/"' if page < pages else ""
        more = (
            f'<div class="e-load-more-anchor" data-page="{page}" data-max-page="{pages}"{nxt}></div>'
            + ('<div class="elementor-button-wrapper e-load-more-spinner"><a href="#" class="elementor-button-link elementor-button" role="button">'
               '<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Xem thêm bài viết</span></span></a></div>' if page < pages else "")
        )
        settings = {"pagination_type": "load_more_on_click", "archive_classic_columns": "1", "load_more_spinner": {"value": "fas fa-spinner", "library": "fa-solid"}}
    else:
        more = _numbers(base, page, pages)
        settings = {"pagination_type": "numbers_and_prev_next", "archive_classic_columns": "1"}
    posts = _w("archive-posts", grid + more, "archive-posts", settings=settings, skin="archive_classic")
    trail = [("Trang chủ", "/")]
    last = name if page == 1 else f"Trang {page}"
    if page > 1:
        trail.append((name, base))
    main = (
        _breadcrumb(req, trail, last)
        + _w("theme-archive-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(heading)}</h1>', "archive-title", "elementor-page-title elementor-widget-heading")
        + posts
    )
    inner = (
        '<div data-elementor-type="archive" data-elementor-id="340" class="elementor elementor-340 elementor-location-archive" data-elementor-post-type="elementor_library">\n'
        + _section([(66, main), (33, _sidebar())], "archive-sec", "khung-danh-sach")
        + "</div>\n"
    )
    path = base if page == 1 else f"{base}page/{page}/"
    rel = ""
    if page > 1:
        rel += f'<link rel="prev" href="{root}{base if page == 2 else f"{base}page/{page - 1}/"}" />\n'
    if page < pages:
        rel += f'<link rel="next" href="{root}{base}page/{page + 1}/" />\n'
    seo = (
        '<meta name="robots" content="follow, index"/>\n'
        f'<link rel="canonical" href="{root}{path}" />\n{rel}'
        f'<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(name)} - {SITE}" />\n<meta property="og:url" content="{root}{path}" />\n'
        + _ld_script([*_org_ld(root), {"@type": "CollectionPage", "@id": f"{root}{path}#webpage", "url": f"{root}{path}", "name": f"{name} - {SITE}"}])
    )
    title = f"{esc(name)}{f' - Trang {page} trên {pages}' if page > 1 else ''} - {SITE}"
    body_class = {"cat": f"archive category category-{key} category-{CAT_IDS.get(key, 0)}", "tag": f"archive tag tag-{key}",
                  "author": f"archive author author-{key}"}[kind] + " elementor-page-340" + (" paged paged-" + str(page) if page > 1 else "")
    return _doc(req, title=title, inner=inner, body_class=body_class, seo=seo, current=base if kind == "cat" else "")


def _home(req: Request) -> str:
    root = base_url(req)

    def block(cat: str, seed: str) -> str:
        shown = _listing(cat)[: PER_PAGE[cat]]
        return (
            _w("heading", f'<h2 class="elementor-heading-title elementor-size-default"><a href="/danh-muc/{cat}/">{esc(CATS[cat].upper())}</a></h2>', f"{seed}-h")
            + _w("posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{"".join(_card(s) for s in shown)}</div>', seed, skin="classic")
            + _w("button", f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-xs" href="/danh-muc/{cat}/"><span class="elementor-button-text">Xem tất cả</span></a></div>', f"{seed}-b")
        )

    featured = [BY_ID[3110], BY_ID[3105], BY_ID[3099]]
    cards = "".join(
        f'<article class="elementor-post elementor-grid-item post-{s.id}"><div class="elementor-post__card">'
        f'<a class="elementor-post__thumbnail__link" href="{_url(s)}"><div class="elementor-post__thumbnail"><img src="{s.images[0].src.replace("-1024x683", "-768x512") if s.images else _thumb(s)}" alt="" /></div></a>'
        f'<div class="elementor-post__badge">{esc(CATS[s.cat])}</div>'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{_url(s)}">{wptx(s.title)}</a></h3></div>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{_when(s):%d/%m/%Y}</span></div></div></article>'
        for s in featured
    )
    hero = _w("posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid">{cards}</div>', "home-hero", skin="cards")
    main = block("tin-tuc-su-kien", "home-news") + block("dao-tao-boi-duong", "home-dt") + block("nghien-cuu-khoa-hoc", "home-nc")
    video = _w("video", '<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video"></div></div>', "home-video",
               settings={"youtube_url": "https://www.youtube.com/watch?v=Lx8yC0pV4sQ", "video_type": "youtube"})
    page = (
        '<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12" data-elementor-post-type="page">\n'
        + _section([(100, hero)], "home-hero-sec", "khoi-noi-bat")
        + _section([(66, main), (33, _w("heading", '<h3 class="elementor-heading-title elementor-size-default">VIDEO CLIP</h3>', "home-vh") + video + _sidebar())], "home-main-sec")
        + "</div>\n"
    )
    inner = (
        '<div id="primary" class="content-area primary"><main id="main" class="site-main">'
        '<article class="post-12 page type-page status-publish ast-article-single" id="post-12"><div class="entry-content clear" itemprop="text">\n'
        + page + "</div></article></main></div>\n"
    )
    seo = (
        '<meta name="description" content="Trang thông tin điện tử Trường Chính trị tỉnh Bình Định - cơ sở đào tạo, bồi dưỡng cán bộ của tỉnh."/>\n'
        f'<link rel="canonical" href="{root}/" />\n<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="website" />\n'
        f'<meta property="og:title" content="{SITE} - Trang thông tin điện tử" />\n<meta property="og:url" content="{root}/" />\n'
        + _ld_script([*_org_ld(root), {"@type": "WebPage", "@id": f"{root}/#webpage", "url": f"{root}/", "name": f"{SITE} - Trang thông tin điện tử"}])
    )
    return _doc(req, title=f"{SITE} - Trang thông tin điện tử", inner=inner, body_class="home page-template page-template-elementor_header_footer page page-id-12 elementor-page elementor-page-12", seo=seo, current="/")


PAGES: dict[str, tuple[int, str, str]] = {
    "/gioi-thieu/": (14, "Giới thiệu", (
        "<p>Trường Chính trị tỉnh Bình Định là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, chịu sự lãnh đạo, chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy; sự hướng dẫn về nội dung, chương trình đào tạo, bồi dưỡng của Học viện Chính trị quốc gia Hồ Chí Minh.</p>"
        "<p>Tiền thân của Trường là Trường Đảng tỉnh Bình Định, được thành lập năm 1946. Trải qua các thời kỳ, Trường nhiều lần đổi tên, sáp nhập và kiện toàn tổ chức; ngày 26/12/2007, Ủy ban nhân dân tỉnh ban hành quyết định thành lập Trường Chính trị tỉnh Bình Định trên cơ sở hợp nhất Trường Chính trị và Trung tâm Bồi dưỡng chính trị.</p>"
        "<p>Trải qua gần 80 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, đảng viên, góp phần quan trọng vào sự nghiệp xây dựng và phát triển quê hương Bình Định. Nhà trường vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất (năm 2016).</p>"
        '<p>Xem thêm: <a href="/gioi-thieu/chuc-nang-nhiem-vu/">Chức năng, nhiệm vụ</a> | <a href="/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></p>'
    )),
    "/gioi-thieu/chuc-nang-nhiem-vu/": (16, "Chức năng, nhiệm vụ", (
        "<p><strong>Chức năng:</strong> Trường Chính trị tỉnh Bình Định có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ; tổ chức đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở và nghiên cứu khoa học.</p>"
        "<p><strong>Nhiệm vụ:</strong></p><ul>"
        "<li>Đào tạo trung cấp lý luận chính trị cho cán bộ, công chức, viên chức trong hệ thống chính trị của tỉnh;</li>"
        "<li>Bồi dưỡng lý luận chính trị cho đảng viên mới, bồi dưỡng kiến thức quản lý nhà nước, kỹ năng lãnh đạo, quản lý;</li>"
        "<li>Phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh mở các lớp cao cấp lý luận chính trị tại tỉnh;</li>"
        "<li>Nghiên cứu khoa học, tổng kết thực tiễn, góp phần xây dựng đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước.</li></ul>"
    )),
    "/gioi-thieu/co-cau-to-chuc/": (18, "Cơ cấu tổ chức", (
        "<p><strong>Ban Giám hiệu</strong></p><ul><li>Hiệu trưởng: Nguyễn Thị Mỹ Hạnh</li><li>Phó Hiệu trưởng: Trần Văn Lợi</li><li>Phó Hiệu trưởng: TS. Đặng Văn Hùng</li></ul>"
        "<p><strong>Các khoa chuyên môn</strong></p><ul><li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>"
        "<p><strong>Các phòng chức năng</strong></p><ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo - Nghiên cứu khoa học</li></ul>"
    )),
    "/thu-vien-anh/": (20, "Thư viện ảnh", ""),
    "/lien-he/": (22, "Liên hệ", (
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BÌNH ĐỊNH</strong></p>"
        "<p>Địa chỉ: Số 58 Lê Hồng Phong, phường Quy Nhơn, tỉnh Bình Định</p>"
        "<p>Điện thoại: (0256) 3822 410 – Phòng Quản lý đào tạo - NCKH: (0256) 3822 415</p>"
        '<p>Email: <a href="mailto:truongchinhtri@binhdinh.gov.vn">truongchinhtri@binhdinh.gov.vn</a></p>'
    )),
}


def _gallery() -> str:
    items = "".join(
        f'<a class="e-gallery-item elementor-gallery-item elementor-animated-content" href="{U}/2026/{m}/{f}.jpg" data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="all-7c2a9e1" data-elementor-lightbox-title="{esc(t)}">'
        f'<div class="e-gallery-image elementor-gallery-item__image" data-thumbnail="{U}/2026/{m}/{f}-300x200.jpg" data-width="300" data-height="200" aria-label="{esc(t)}" role="img"></div>'
        f'<div class="elementor-gallery-item__overlay"></div><div class="elementor-gallery-item__content"><div class="elementor-gallery-item__title">{esc(t)}</div></div></a>'
        for m, f, t in (
            ("12", "khai-giang-tcllct-k48-01", "Khai giảng lớp TCLLCT K48"),
            ("11", "be-giang-k76-b06-01", "Bế giảng lớp Cao cấp LLCT K76.B06"),
            ("11", "hoi-thi-gvdg-2026-01", "Hội thi giảng viên dạy giỏi 2026"),
            ("10", "gap-mat-20-10-2026", "Gặp mặt kỷ niệm 20/10"),
        )
    )
    return _w("gallery", f'<div class="elementor-gallery__container e-gallery-container e-gallery-grid">{items}</div>', "gallery", skin="default")


def _page(req: Request, path: str) -> str:
    root = base_url(req)
    pid, title, content = PAGES[path]
    body = _gallery() if path == "/thu-vien-anh/" else _w("text-editor", content, f"page-{pid}")
    if path == "/lien-he/":
        body += _w("form", (
            '<form class="elementor-form" method="post" name="Liên hệ"><input type="hidden" name="post_id" value="22"/><input type="hidden" name="form_id" value="4e1d0b7"/>'
            '<div class="elementor-form-fields-wrapper elementor-labels-above">'
            '<div class="elementor-field-type-text elementor-field-group"><label for="form-field-name" class="elementor-field-label">Họ và tên</label><input size="1" type="text" name="form_fields[name]" id="form-field-name" class="elementor-field elementor-size-sm elementor-field-textual"></div>'
            '<div class="elementor-field-type-email elementor-field-group"><label for="form-field-email" class="elementor-field-label">Email</label><input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm elementor-field-textual" required="required"></div>'
            '<div class="elementor-field-type-textarea elementor-field-group"><label for="form-field-message" class="elementor-field-label">Nội dung</label><textarea class="elementor-field-textual elementor-field elementor-size-sm" name="form_fields[message]" id="form-field-message" rows="4"></textarea></div>'
            '<div class="elementor-field-group elementor-column elementor-field-type-submit"><button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">Gửi liên hệ</span></button></div></div></form>'
        ), "lien-he-form")
    trail = [("Trang chủ", "/")]
    if path.count("/") > 2:
        trail.append(("Giới thiệu", "/gioi-thieu/"))
    page_html = (
        f'<div data-elementor-type="wp-page" data-elementor-id="{pid}" class="elementor elementor-{pid}" data-elementor-post-type="page">\n'
        + _section([(100, _breadcrumb(req, trail, title) + _w("heading", f'<h2 class="elementor-heading-title elementor-size-default">{esc(title.upper())}</h2>', f"page-h-{pid}") + body)], f"page-sec-{pid}")
        + "</div>\n"
    )
    inner = (
        f'<div id="primary" class="content-area primary"><main id="main" class="site-main"><article class="post-{pid} page type-page status-publish ast-article-single" id="post-{pid}">'
        '<header class="entry-header ast-no-thumbnail ast-no-title ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">\n'
        + page_html + "</div></article></main></div>\n"
    )
    seo = (
        f'<link rel="canonical" href="{root}{path}" />\n<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(title)} - {SITE}" />\n<meta property="og:url" content="{root}{path}" />\n'
        + _ld_script([*_org_ld(root), {"@type": "WebPage", "@id": f"{root}{path}#webpage", "url": f"{root}{path}", "name": f"{title} - {SITE}",
                                       "datePublished": "2024-05-20T08:00:00+07:00", "dateModified": "2026-09-08T10:12:00+07:00"}])
    )
    return _doc(req, title=f"{esc(title)} - {SITE}", inner=inner, body_class=f"page-template page-template-elementor_header_footer page page-id-{pid} elementor-page elementor-page-{pid}", seo=seo, current=path)


def _fold(value: str) -> str:
    base = unicodedata.normalize("NFD", value.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in base if not unicodedata.combining(c)).lower()


def _search(req: Request, query: str) -> str:
    q = query.strip()
    found = [s for s in sorted(STORIES, key=_when, reverse=True) if q and _fold(q) in _fold(s.title)] if q else []
    rows = "".join(
        f'<article class="post-{s.id} post type-post status-publish ast-article-post" id="post-{s.id}"><div class="ast-post-format- blog-layout-1">'
        f'<div class="post-content ast-grid-common-col"><h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="{_url(s)}" rel="bookmark">{wptx(s.title)}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on">{_when(s):%d/%m/%Y}</span></div>'
        f'<div class="ast-excerpt-container ast-blog-single-element"><p>{esc(_excerpt(s, 25))}</p></div></div></div></article>'
        for s in found
    ) or '<section class="no-results not-found"><div class="page-content"><p>Xin lỗi, không có kết quả nào phù hợp với từ khóa tìm kiếm. Vui lòng thử lại với từ khóa khác.</p></div></section>'
    inner = (
        '<div id="primary" class="content-area primary ast-grid-3"><section class="ast-archive-description">'
        f'<h1 class="page-title ast-archive-title">Kết quả tìm kiếm cho: <span>{esc(q)}</span></h1></section>'
        f'<main id="main" class="site-main"><div class="ast-row">{rows}</div></main></div>\n'
    )
    return _doc(req, title=f"Bạn đã tìm kiếm {esc(q)} - {SITE}", inner=inner, body_class="search search-results", seo='<meta name="robots" content="noindex, follow"/>\n')


def _feed(req: Request) -> str:
    root = base_url(req)
    items = []
    for s in _newest(10):
        utc = _when(s) - _dt.timedelta(hours=7)
        cats = "".join(f"<category><![CDATA[{CATS[c]}]]></category>" for c in _cats_by_name(s))
        items.append(
            f"<item>\n<title>{wptx(s.title)}</title>\n<link>{root}{_url(s)}</link>\n"
            f"<comments>{root}{_url(s)}#respond</comments>\n<dc:creator><![CDATA[{USERS[s.opts.get('user', 'bientap')][0]}]]></dc:creator>\n"
            f"<pubDate>{utc:%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n{cats}\n"
            f'<guid isPermaLink="false">{root}/?p={s.id}</guid>\n'
            f"<description><![CDATA[{_excerpt(s, 40).replace(' …', ' [&#8230;]')}]]></description>\n</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">\n'
        f'<channel>\n<title>{SITE}</title>\n<atom:link href="{root}/feed/" rel="self" type="application/rss+xml" />\n<link>{root}</link>\n'
        "<description>Trang thông tin điện tử</description>\n<lastBuildDate>Fri, 04 Dec 2026 03:27:00 +0000</lastBuildDate>\n<language>vi</language>\n"
        "<sy:updatePeriod>hourly</sy:updatePeriod>\n<sy:updateFrequency>1</sy:updateFrequency>\n<generator>https://wordpress.org/?v=6.5.5</generator>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )


def _not_found(req: Request) -> Response:
    inner = (
        '<div id="primary" class="content-area primary"><main id="main" class="site-main"><section class="error-404 not-found">'
        '<div class="ast-404-layout-1"><header class="page-header"><h1 class="page-title">Không tìm thấy trang này.</h1></header>'
        '<div class="page-content"><div class="page-sub-title">Có vẻ như không có gì được tìm thấy ở vị trí này. Hãy thử tìm kiếm?</div></div></div></section></main></div>\n'
    )
    body = _doc(req, title=f"Không tìm thấy trang - {SITE}", inner=inner, body_class="error404", seo='<meta name="robots" content="noindex, follow"/>\n')
    return html_response(body, status=404)


# --- routing -------------------------------------------------------------------------------

_RE_CAT = re.compile(r"^/danh-muc/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_RE_TAG = re.compile(r"^/tu-khoa/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_RE_AUTHOR = re.compile(r"^/tac-gia/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_RE_POST = re.compile(r"^/([a-z0-9-]+)/(?:(2|amp)/)?$")


class Site:
    """The WordPress site: ``respond(request)`` as crawler.demo.server expects."""

    def respond(self, req: Request) -> Response | None:
        path = unquote(req.path)
        if path == "/wp-comments-post.php":
            if req.method != "POST":
                return Response(405, b"", {"Allow": "POST", "Content-Type": "text/plain; charset=UTF-8"})
            return html_response(
                '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bình luận thất bại</title></head>'
                '<body id="error-page"><div class="wp-die-message"><p><strong>LỖI</strong>: Vui lòng điền các trường bắt buộc (tên, email).</p></div>'
                '<p><a href="javascript:history.back()">&laquo; Quay lại</a></p></body></html>'
            )
        if req.method not in ("GET", "HEAD"):
            return None
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf") and path == f"{U}/2026/11/ke-hoach-thi-tn-tcllct-k46.pdf":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        root = base_url(req)
        params = req.params
        if path in ("/", "/index.php"):
            if "elementor_library" in params:
                return _not_found(req)
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(root + _url(s), 301) if s else _not_found(req)
            if "s" in params:
                return html_response(_search(req, params["s"]))
            if path == "/index.php":
                return redirect(root + "/", 301)
            return html_response(_home(req))
        if path == "/feed/":
            return Response(200, _feed(req), {"Content-Type": "application/rss+xml; charset=UTF-8"})
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", {"Content-Type": "text/plain; charset=utf-8"})
        if not path.endswith("/"):
            probe = Request(req.method, path + "/", "", req.headers)
            found = self._route(probe)
            if found is not None and found.status == 200:
                return redirect(root + path + "/" + (f"?{req.query}" if req.query else ""), 301)
            return _not_found(req)
        found = self._route(req)
        return found if found is not None else _not_found(req)

    def _route(self, req: Request) -> Response | None:
        path = unquote(req.path)
        root = base_url(req)
        if path in PAGES:
            return html_response(_page(req, path))
        for regex, kind in ((_RE_CAT, "cat"), (_RE_TAG, "tag"), (_RE_AUTHOR, "author")):
            m = regex.match(path)
            if not m:
                continue
            key, page = m.group(1), m.group(2)
            known = {"cat": CATS, "tag": TAGS, "author": USERS}[kind]
            if key not in known:
                return None
            if page == "1":
                return redirect(root + path.rsplit("page/", 1)[0], 301)
            body = _archive(req, kind, key, int(page or 1))
            return html_response(body) if body else None
        m = _RE_POST.match(path)
        if m and m.group(1) in BY_SLUG:
            s = BY_SLUG[m.group(1)]
            if m.group(2) == "amp":
                return html_response(_amp(req, s))
            if m.group(2) == "2":
                return html_response(_single(req, s, 2)) if s.opts.get("split") else redirect(root + _url(s), 301)
            return html_response(_single(req, s))
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [f"{_url(s)}amp/"]
    if s.opts.get("split"):
        alts.insert(0, f"{_url(s)}2/")
    alts += [f"{_url(s)}?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    return alts


GOLD = [gold_record(s, _url(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu/", "/gioi-thieu/chuc-nang-nhiem-vu/", "/gioi-thieu/co-cau-to-chuc/", "/thu-vien-anh/", "/lien-he/"]
