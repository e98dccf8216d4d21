"""Sở Giáo dục và Đào tạo tỉnh Vĩnh Long on WordPress 6.3 + Flatsome 3.17 (UX Builder) + Yoast SEO.

Platform
--------
WordPress 6.3.2, the Flatsome theme (child theme "flatsome-child") built with its UX Builder,
Yoast SEO 21.x (titles, canonical, Open Graph, JSON-LD graph, breadcrumbs printed by the child
theme), Easy Table of Contents, Contextual Related Posts, WP-Polls, Flatsome's own lazy loading
(``lazy-load`` class, an SVG data-URI in ``src``, the real file in ``data-src``/``data-srcset``),
a sticky header (``header has-sticky sticky-jump``) and the mobile off-canvas menu printed again
at the end of the page. Date format "d/m/Y" (Settings → General), time format "g:i a" (comments),
site timezone Asia/Ho_Chi_Minh. Everything is printed with absolute URLs on the request's host.

URL scheme
----------
- ``/``: the static front page built with UX Builder: a slider ("Tin nổi bật", slides linking to
  posts with ``?utm_source=trangchu&utm_medium=slider&utm_campaign=noibat``), three
  ``blog_posts`` sections (Tin tức - Sự kiện, Hoạt động chuyên môn, Thông báo), each with a
  section title carrying a "Xem thêm" link to the category, and banners to the pages.
- ``/<post-slug>/``: a post (``single single-post postid-N``); pages (non-articles) have the very
  same URL shape (``/gioi-thieu/`` …, ``page page-id-N``).
- ``/category/<slug>/`` and ``/category/<slug>/page/<n>/``: category archives, 5 posts a page
  (Settings → Reading), a 3-column grid of boxes with a "post-date" badge over the thumbnail,
  an excerpt ending "[...]" and a "Xem thêm" button; Flatsome's ``ul.page-numbers`` pagination.
- ``/tin-tuc/`` and ``/tin-tuc/page/<n>/``: the posts page (all 13 posts, 5 a page, the sticky
  post put on top of page 1 in addition to the five, and printed again at its own place).
- ``/tag/<slug>/``, ``/author/<login>/`` (+ ``/page/<n>/``): archives of the same shape.
- ``/?s=…``: search results; ``/?p=<id>`` and ``/?page_id=<id>`` (Yoast/WP shortlinks in the
  head) answer 301 to the pretty permalink; ``/<yyyy>/<mm>/<dd>/<slug>/`` (the permalink
  structure the site had before 2025, still used by old "Xem thêm" links inside posts) answers
  301 too; ``/<slug>`` without its slash 301s to ``/<slug>/``; ``…/page/1/`` 301s to the listing.
- ``/<slug>/?replytocom=<id>`` (the comment "Trả lời" links) and ``/<slug>/?utm_…`` (slider) serve
  the very same post (canonical to the clean URL): they are the gold's ``alt_paths``.
- ``/feed/``: RSS 2.0 of the 10 latest posts (``pubDate`` in UTC, +0000).
- Images under ``/wp-content/uploads/<yyyy>/<mm>/<name>-<w>x<h>.jpg`` (sized copies) and the
  original ``<name>.jpg`` (lightbox links); PDFs under ``/wp-content/uploads/…/*.pdf``.

Page templates
--------------
Single post: Yoast breadcrumb ``p#breadcrumbs`` → ``article.post-N`` → ``header.entry-header``
(``h6.entry-category`` with *all* the post's categories, ``h1.entry-title``, ``div.entry-meta``
"Đăng vào <time published>d/m/Y</time><time updated>d/m/Y</time> bởi <account>") →
``div.entry-image`` (the featured image with the ``post-date`` badge "10 / Th11") →
``div.entry-content.single-page`` (the text, and inside it the share icons ``div.blog-share``,
and for some posts the ToC and the related-posts box) → ``footer.entry-meta`` (categories and
tags sentence) → comments → sidebar (search, "Bài viết mới", "Xem nhiều", links, poll, counter).

How each gold article is reached
--------------------------------
The front page shows the newest posts of each category (3 + 4 + 2 notices); the sidebar's
"Bài viết mới" shows the 5 newest and "Xem nhiều" 4 popular ones; the Flatsome single template
has its previous/next navigation switched off. 4151 and 4117 are linked only from
``/category/tin-tuc-su-kien/page/2/``, ``/tin-tuc/page/2/`` or ``/page/3/`` and
``/author/bbt_sgd/page/2/``; 4102 only from ``/category/hoat-dong-chuyen-mon/page/2/``,
``/tin-tuc/page/3/`` and the author archive ``/author/phonggdtrh/``; 4139 from page 1 of its
category, its tag page, the related-posts box of 4260 and an old "Xem thêm" link (via its 301);
all others from the front page or page 1 of a listing.

Traps
-----
1. Lazy-loaded images (Flatsome): every ``<img>`` of the text, the featured image and the grid
   thumbnails has ``src="data:image/svg+xml,…"`` (a blank SVG of the right ratio), the real file
   in ``data-src`` and an empty ``srcset`` with the sizes in ``data-srcset``. Gold images: the
   ``data-src`` file (the sized copy the page shows, e.g. ``…-1024x683.jpg``), never the SVG, not
   the original the lightbox ``<a href>`` points to.
2. Yoast prints times in UTC: ``article:published_time``, the JSON-LD ``datePublished`` and the
   RSS ``pubDate`` say ``2026-11-02T23:30:00+00:00`` for a post published 03/11/2026 06:30 in
   Vĩnh Long; for the posts written before 07:00 (4117, 4151, 4219) the UTC day is the day
   before. The visible line prints only "d/m/Y"; ``<time class="entry-date published"
   datetime>`` carries the local time with +07:00. A hidden ``<time class="updated">`` follows
   (modified date, different day for 4166 and 4203). Gold: the local publication time with +07:00
   (see decisions), never the updated date.
3. Yoast SEO title differs from the headline: for some posts the editor set a short "SEO title"
   (``<title>``, ``og:title``, ``twitter:title``: "GVDG cấp tỉnh THCS 2026 – 2027: 215 giáo viên
   dự thi | Sở GD&ĐT Vĩnh Long"). Gold title: the ``h1.entry-title`` as printed.
4. Posts in two categories with a Yoast primary category: ``h6.entry-category`` lists all of them
   in alphabetical order (4166 prints "Hoạt động chuyên môn, Tin tức - Sự kiện"), the post is in
   both category listings, the JSON-LD ``articleSection`` lists both; the breadcrumb (Yoast,
   "Show blog page" on) reads "Trang chủ » Tin tức » <primary category> » <title>". Gold
   category: the primary one, the breadcrumb's crumb before the title (not "Tin tức", the posts
   page, not the first printed category).
5. UX Builder markup inside the text: posts laid out with ``[row][col][ux_image]`` print
   ``div.row > div.col > div.col-inner`` wrappers and, inside the content, ``<style>`` blocks
   (``#image_1523457188 {width: 100%;}``, ``#row-…`` rules). The CSS is not text; the text and
   the image inside the columns are, in page order; the ux_image's ``div.caption`` is its caption.
6. Easy Table of Contents inside ``.entry-content`` (4139): a box "Mục lục" (a ``<p>`` title) with a
   nested list of links to the headings, printed after the lead. Not body (its ``<li>`` are not
   list items of the text); the headings themselves (with empty ``span.ez-toc-section`` anchors)
   are body paragraphs.
7. Widgets inside the text's container: Flatsome's share icons (``div.blog-share``) sit inside
   ``.entry-content``; Contextual Related Posts prints "Bài viết liên quan" (``div.crp_related``)
   inside it too (4260); a Gutenberg file block (``div.wp-block-file`` "Tải xuống" + a PDF
   ``<object>`` embed) in 4125 and 4246; a YouTube embed with its ``figcaption`` "Video: …" in
   4231. None of it is body or images.
8. Featured image between the headline and the text: ``div.entry-image`` shows the post's first
   photo again in another size (``…-1020x680.jpg``) under the post-date badge. It is the post's
   thumbnail, not one of its images: gold images are the photos inside ``.entry-content`` only.
9. Comments under the text (4166, 4203, 4260): ``ol.comment-list`` with ``div.comment-content``
   paragraphs, commenter names in ``cite.fn`` and dates "10/11/2026 lúc 9:42 sáng"; every
   "Trả lời" link is ``/<slug>/?replytocom=<id>#respond`` and serves the whole post again
   (noindex, canonical to the clean URL): ``alt_paths``. Comments are not body, commenters
   not authors.
10. Bylines: the entry-meta "bởi bbt_sgd" / "bởi vanphong" / "bởi phonggdtrh" and Yoast's
    ``author`` meta/JSON-LD are CMS accounts (nobody). The real byline is the text's last line:
    "Tin, ảnh: X" (X in both lists), "Tin: X – Ảnh: Y" (texturized en dash), a right-aligned
    unit "Phòng GDTrH" (the unit is the author), "ThS. Lê Minh Trí – Phòng GDMN-GDTH" (name
    only), "BBT" (nobody); the official notice's signer is its author.
11. Captions in four forms: Gutenberg ``figcaption.wp-element-caption``, the classic
    ``[caption]`` (``figure.wp-caption`` / ``figcaption.wp-caption-text``), Flatsome's ux_image
    ``div.caption``, and the Vietnamese editor's habit of a centred italic ``<p><em>`` under a
    photo (a caption, not body). A line "Ảnh: Minh Đức" under a photo only credits the
    photographer (caption None, photographer Minh Đức). ``alt`` texts are camera file names
    ("z5893307419126_1b7c…"), never captions. A gallery (4151) gives three images, one without
    a caption.
12. Slider duplicates: the front page slider links to three posts with ``?utm_source=…``
    parameters; those URLs answer 200 with the post (canonical to the clean path): alt_paths.
13. Sticky post on the posts page: 4166 is sticky: printed first on ``/tin-tuc/`` page 1 (six
    boxes on that page) and again at its place on page 2. One article, one record.
14. Posts and pages share ``/<slug>/``: "Giới thiệu", "Cơ cấu tổ chức", "Liên hệ", "Văn bản chỉ
    đạo", "Thư viện ảnh", "Thủ tục hành chính" are WordPress pages with the same chrome (Yoast
    ``og:type`` "article" too, and a ``dateModified`` in the JSON-LD), but no entry-meta date and
    ``body.page``: NON_ARTICLES.
15. Texturized and odd text: WordPress prints quotes, dashes and ellipses as ``&#8220;`` …
    ``&#8211;`` (gold has the characters); one paragraph of 4219 was typed in decomposed Unicode
    (Unikey "Unicode tổ hợp", gold NFC); 4246 was pasted from Word (``p.MsoNormal`` with
    ``<span lang="VI">`` and ``<o:p>``), with ``<br>``-separated lines typed "- …" (each line a
    paragraph, the "- " kept); spacer paragraphs ``<p>&nbsp;</p>`` are no text.
16. Old permalinks: "Xem thêm: <a href=/2026/10/28/<slug>/>" lines inside 4219 use the date-based
    structure of the old site (301 to the new URL); the line is not body.

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the visible date is the day alone ("10/11/2026"), but the page prints the
  publication time in ``time.entry-date.published[datetime]`` (local, +07:00) and, in UTC, in
  Yoast's meta and JSON-LD. The gold takes the time the page carries, in local time:
  "2026-11-10T08:15:00+07:00". Exception: the official notice 4125 takes its letterhead day
  ("2026-10-20"), by the house convention, not the post's 21/10/2026 09:00.
- ``summary``: only where the text opens with a bold lead paragraph (4139, 4190, 4231); Yoast's
  meta description and the grid excerpt are not sapos.
- ``images``: content photos only (trap 8), path = the ``data-src`` (trap 1); gallery images in
  order; the caption of a gallery photo is its own ``figcaption``.
- ``category``: the Yoast primary category as the breadcrumb prints it (trap 4).
- Captions of video embeds are not image captions and not body.
- In the official notice the numbered points ("1. Môn thi: …") are body; "Nơi nhận", the signer
  block and the letterhead are not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta
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
)

NAME = "wp_flatsome_ux_sgddt"
PLATFORM = "WordPress 6.3 + Flatsome 3.17 (UX Builder) + Yoast SEO"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo Vĩnh Long"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

CATS = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", 3, "Hoạt động, sự kiện của ngành Giáo dục tỉnh Vĩnh Long."),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 4, "Tập huấn, hội thảo, chuyên đề, hướng dẫn chuyên môn."),
    "thong-bao": ("Thông báo", 5, "Thông báo của Sở Giáo dục và Đào tạo."),
}
TAGS = {
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "sinh-hoat-chuyen-mon": "sinh hoạt chuyên môn",
    "truong-hoc-hanh-phuc": "trường học hạnh phúc",
    "hoc-sinh-gioi": "học sinh giỏi",
    "kiem-tra-danh-gia": "kiểm tra đánh giá",
}
ACCOUNTS = {"bbt_sgd": 2, "vanphong": 3, "phonggdtrh": 4}

U10 = "/wp-content/uploads/2026/10/"
U11 = "/wp-content/uploads/2026/11/"
U12 = "/wp-content/uploads/2026/12/"


# --- the articles ------------------------------------------------------------------------------

S4102 = Story(
    id=4102,
    slug="tap-huan-chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-cap-thpt",
    title="Tập huấn chuyên đề dạy học phát triển năng lực môn Ngữ văn cấp THPT",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-06T14:20:00+07:00",
    blocks=[
        P("Trong hai ngày 03 và 04/10/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn chuyên đề “Dạy học phát triển năng lực đọc hiểu và viết trong môn Ngữ văn cấp trung học phổ thông” cho 142 giáo viên, tổ trưởng chuyên môn đến từ các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."),
        Img(U10 + "tap-huan-ngu-van-thpt-1024x683.jpg", "Quang cảnh lớp tập huấn tại Trường THPT Lưu Văn Liệt", "Quang cảnh lớp tập huấn tại Trường THPT Lưu Văn Liệt", "wpcap"),
        P("Tại lớp tập huấn, báo cáo viên là các thầy cô giáo cốt cán cấp quốc gia đã trao đổi về cách thiết kế chuỗi hoạt động đọc theo thể loại, cách xây dựng đề kiểm tra đánh giá theo định hướng sử dụng ngữ liệu ngoài sách giáo khoa, tránh tình trạng học sinh học thuộc văn mẫu."),
        P("Các học viên được chia thành 8 nhóm thực hành thiết kế kế hoạch bài dạy, sau đó trình bày và góp ý lẫn nhau. Nhiều ý kiến cho rằng việc chuyển từ dạy “tác phẩm” sang dạy “kỹ năng đọc” đòi hỏi giáo viên đầu tư nhiều hơn cho khâu lựa chọn ngữ liệu và thiết kế câu hỏi."),
        P("Phát biểu bế mạc, đại diện lãnh đạo Phòng Giáo dục Trung học đề nghị các đơn vị tổ chức sinh hoạt chuyên môn cấp trường để nhân rộng nội dung tập huấn, đồng thời gửi kế hoạch bài dạy tiêu biểu về Sở trước ngày 30/10/2026 để tổng hợp, chia sẻ trên kho học liệu dùng chung của ngành."),
        Raw("<p>&nbsp;</p>"),
        Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
    ],
    authors=["Phòng GDTrH"],
    opts={"dt": "2026-10-06T14:20:00", "account": "phonggdtrh", "tags": [],
          "desc": "Sở GD&ĐT tổ chức lớp tập huấn chuyên đề dạy học phát triển năng lực đọc hiểu và viết môn Ngữ văn cho 142 giáo viên THPT."},
)

S4117 = Story(
    id=4117,
    slug="phat-dong-phong-trao-cong-truong-an-toan-giao-thong-nam-hoc-2026-2027",
    title="Phát động phong trào “Cổng trường an toàn giao thông” năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-14T06:45:00+07:00",
    blocks=[
        P("Sáng 13/10/2026, Sở Giáo dục và Đào tạo phối hợp với Phòng Cảnh sát giao thông Công an tỉnh tổ chức lễ phát động phong trào “Cổng trường an toàn giao thông” năm học 2026 – 2027 tại Trường Tiểu học Nguyễn Trãi."),
        Img(U10 + "phat-dong-attgt-1024x683.jpg", "Đại biểu trao mũ bảo hiểm cho học sinh tại lễ phát động.", "Đại biểu trao mũ bảo hiểm cho học sinh tại lễ phát động.", "fig"),
        P("Theo báo cáo của ngành, năm học vừa qua toàn tỉnh vẫn còn xảy ra 17 vụ tai nạn giao thông liên quan đến học sinh, chủ yếu ở lứa tuổi THCS và THPT điều khiển xe máy điện, xe đạp điện không đội mũ bảo hiểm hoặc chở quá số người quy định."),
        P("Phong trào năm nay tập trung vào ba nội dung: tổ chức đưa đón học sinh có trật tự tại cổng trường; duy trì đội thanh niên tình nguyện hướng dẫn giao thông giờ tan học; tuyên truyền để 100% học sinh đội mũ bảo hiểm đạt chuẩn khi ngồi trên xe mô tô, xe gắn máy, xe đạp điện."),
        Img(U10 + "phat-dong-attgt-2-1024x683.jpg", "Học sinh tham gia trò chơi tìm hiểu biển báo giao thông", "Học sinh tham gia trò chơi tìm hiểu biển báo giao thông", "fig"),
        P("Dịp này, Công an tỉnh trao tặng 500 mũ bảo hiểm cho học sinh lớp 1 của các trường tiểu học trên địa bàn. Các em còn được tham gia trò chơi nhận biết biển báo, thực hành kỹ năng đi bộ qua đường an toàn dưới sự hướng dẫn của cán bộ cảnh sát giao thông."),
        Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong></em></p>'),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    opts={"dt": "2026-10-14T06:45:00", "account": "bbt_sgd", "tags": [],
          "desc": "Lễ phát động phong trào Cổng trường an toàn giao thông năm học 2026 – 2027 tại Trường Tiểu học Nguyễn Trãi."},
)

_LETTERHEAD = (
    '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 42%; text-align: center;">UBND TỈNH VĨNH LONG<br>'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>———<br>Số: 2154/TB-SGDĐT</td>"
    '<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br>———————<br>"
    "<em>Vĩnh Long, ngày 20 tháng 10 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 &#8211; 2027</strong></p>"
)
_SIGNATURE = (
    '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "&#8211; Các trường THPT, trường PT nhiều cấp học;<br>&#8211; Trung tâm GDNN-GDTX các huyện;<br>"
    "&#8211; Giám đốc, các PGĐ Sở;<br>&#8211; Lưu: VT, QLCL.</td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br>'
    "PHÓ GIÁM ĐỐC</strong><br><br><em>(đã ký)</em><br><br><strong>Nguyễn Văn Hòa</strong></td>"
    "</tr></tbody></table>"
)


def _file_block(path: str, label: str, embed: bool = True) -> Raw:
    obj = (
        f'<object class="wp-block-file__embed" data="{{B}}{path}" type="application/pdf" '
        f'style="width:100%;height:600px" aria-label="Nhúng {esc(label)}"></object>'
        if embed else ""
    )
    return Raw(
        f'<div class="wp-block-file">{obj}<a id="wp-block-file--media-{len(label)}" href="{{B}}{path}">'
        f'{esc(label)}</a><a href="{{B}}{path}" class="wp-block-file__button wp-element-button" '
        f'download aria-describedby="wp-block-file--media-{len(label)}">Tải xuống</a></div>'
    )


S4125 = Story(
    id=4125,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-10-20",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch số 1876/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo về thực hiện nhiệm vụ năm học 2026 – 2027;"),
        P("Sở Giáo dục và Đào tạo thông báo tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 như sau:"),
        P("1. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh."),
        P("2. Thời gian thi: ngày 26 và 27/11/2026 (thi viết 180 phút, riêng môn Tin học thi trên máy tính)."),
        P("3. Địa điểm: Trường THPT chuyên Nguyễn Bỉnh Khiêm."),
        P("4. Hồ sơ đăng ký dự thi: các đơn vị lập danh sách theo mẫu đính kèm, gửi về Phòng Quản lý chất lượng qua hệ thống thư điện tử công vụ trước 17 giờ 00 ngày 06/11/2026."),
        P("Sở Giáo dục và Đào tạo đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc thông báo này./."),
        Raw(_SIGNATURE),
        _file_block("/wp-content/uploads/2026/10/TB-2154-SGDDT-HSG-lop-12.pdf", "TB-2154-SGDDT-HSG-lop-12"),
    ],
    authors=["Nguyễn Văn Hòa"],
    opts={"dt": "2026-10-21T09:00:00", "account": "vanphong", "tags": ["hoc-sinh-gioi"],
          "desc": "Thông báo số 2154/TB-SGDĐT về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027."},
)

_TOC_4139 = [
    ("Nhung_chuyen_bien_sau_5_nam_trien_khai", "Những chuyển biến sau 5 năm triển khai"),
    ("Kho_khan_con_ton_tai", "Khó khăn còn tồn tại"),
    ("Giai_phap_trong_thoi_gian_toi", "Giải pháp trong thời gian tới"),
]


def _ez_toc(items: list[tuple[str, str]]) -> Raw:
    lis = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{n}\" "
        f'href="#{anchor}" title="{esc(label)}">{esc(label)}</a></li>'
        for n, (anchor, label) in enumerate(items, 1)
    )
    return Raw(
        '<div id="ez-toc-container" class="ez-toc-v2_0_56_1 counter-hierarchy ez-toc-counter ez-toc-grey '
        'ez-toc-container-direction">\n<div class="ez-toc-title-container">\n<p class="ez-toc-title">Mục lục</p>\n'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs '
        'ez-toc-btn-default ez-toc-toggle" aria-label="ez-toc-toggle-icon-1"><label for="item-6571f3" '
        'aria-label="Table of Content"><span style="display: flex;align-items: center;width: 35px;height: 30px;'
        'justify-content: center;direction:ltr;"><svg style="fill: #999;color:#999" xmlns="http://www.w3.org/2000/svg" '
        'class="list-377408" width="20px" height="20px" viewBox="0 0 24 24" fill="none"><path d="M6 6H4v2h2V6zm14 '
        '0H8v2h12V6zM4 11h2v2H4v-2zm16 0H8v2h12v-2zM4 16h2v2H4v-2zm16 0H8v2h12v-2z" fill="currentColor"></path>'
        '</svg></span></label><input type="checkbox" id="item-6571f3"></a></span></div>\n'
        f"<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >{lis}</ul></nav></div>"
    )


S4139 = Story(
    id=4139,
    slug="hoi-thao-doi-moi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cap-tieu-hoc",
    title="Hội thảo “Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” cấp tiểu học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-28T15:10:00+07:00",
    blocks=[
        P("Ngày 27/10/2026, Sở Giáo dục và Đào tạo tổ chức hội thảo chia sẻ kinh nghiệm đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học cấp tiểu học với sự tham dự của hơn 180 cán bộ quản lý, tổ trưởng chuyên môn.", "lead"),
        _ez_toc(_TOC_4139),
        P("Những chuyển biến sau 5 năm triển khai", "h2:Nhung_chuyen_bien_sau_5_nam_trien_khai"),
        P("Theo báo cáo đề dẫn, sau 5 năm triển khai Chương trình giáo dục phổ thông 2018, 100% trường tiểu học trong tỉnh đã tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học ít nhất 2 lần/tháng. Giáo viên đã chuyển trọng tâm từ việc đánh giá, xếp loại tiết dạy sang quan sát việc học của học sinh."),
        P("Nhiều trường như Tiểu học Thành Thới, Tiểu học Lê Văn Tám đã quay video tiết dạy minh họa để tổ chuyên môn cùng phân tích, giúp giáo viên trẻ tự nhìn lại cách tổ chức hoạt động của mình."),
        Img(U10 + "hoi-thao-nghien-cuu-bai-hoc-1024x576.jpg", "Giáo viên Trường Tiểu học Thành Thới dạy minh họa tại hội thảo", "Giáo viên Trường Tiểu học Thành Thới dạy minh họa tại hội thảo", "fig"),
        P("Khó khăn còn tồn tại", "h2:Kho_khan_con_ton_tai"),
        P("Bên cạnh kết quả đạt được, một số đơn vị vẫn còn tình trạng sinh hoạt chuyên môn mang tính hình thức, nội dung thảo luận chưa đi vào những khó khăn cụ thể của học sinh. Ở các điểm trường lẻ, số giáo viên cùng khối lớp ít nên khó tổ chức dự giờ, trao đổi."),
        P("Giải pháp trong thời gian tới", "h2:Giai_phap_trong_thoi_gian_toi"),
        P("Tăng cường sinh hoạt chuyên môn liên trường, cụm trường đối với các đơn vị có ít giáo viên cùng khối lớp.", "li"),
        P("Khuyến khích ứng dụng công nghệ thông tin, ghi hình tiết dạy để sinh hoạt chuyên môn trực tuyến.", "li"),
        P("Đưa kết quả sinh hoạt chuyên môn vào tiêu chí đánh giá thi đua của tổ chuyên môn.", "li"),
        P("Kết thúc hội thảo, Sở Giáo dục và Đào tạo ghi nhận các ý kiến đóng góp để hoàn thiện hướng dẫn sinh hoạt chuyên môn năm học 2026 – 2027, dự kiến ban hành trong tháng 11/2026."),
        Raw('<p style="text-align: right;"><em><strong>ThS. Lê Minh Trí</strong> &#8211; Phòng GDMN-GDTH</em></p>'),
    ],
    authors=["Lê Minh Trí"],
    summary="Ngày 27/10/2026, Sở Giáo dục và Đào tạo tổ chức hội thảo chia sẻ kinh nghiệm đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học cấp tiểu học với sự tham dự của hơn 180 cán bộ quản lý, tổ trưởng chuyên môn.",
    opts={"dt": "2026-10-28T15:10:00", "account": "phonggdtrh", "tags": ["sinh-hoat-chuyen-mon"],
          "desc": "Hội thảo chia sẻ kinh nghiệm đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học cấp tiểu học."},
)

S4151 = Story(
    id=4151,
    slug="trao-150-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-kho-khan",
    title="Trao 150 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat="tin-tuc-su-kien",
    published_at="2026-11-03T06:30:00+07:00",
    blocks=[
        P("Ngày 01/11/2026, Sở Giáo dục và Đào tạo phối hợp với Hội Khuyến học tỉnh và Quỹ Bảo trợ trẻ em tỉnh tổ chức trao 150 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."),
        P("Mỗi suất học bổng gồm 2 triệu đồng tiền mặt, một chiếc xe đạp và một bộ sách giáo khoa, tổng trị giá hơn 600 triệu đồng. Kinh phí do các doanh nghiệp, mạnh thường quân trong và ngoài tỉnh đóng góp."),
        P("Em Nguyễn Thị Ngọc Hân, học sinh lớp 9 Trường THCS Phú Quới, xúc động chia sẻ: “Nhà em làm thuê, đường đến trường xa hơn 6 cây số. Chiếc xe đạp mới sẽ giúp em đi học đều đặn hơn, em hứa sẽ cố gắng học thật tốt”."),
        P("Phát biểu tại buổi lễ, lãnh đạo Sở Giáo dục và Đào tạo mong các em tiếp tục nỗ lực vượt khó; đồng thời đề nghị các nhà trường quan tâm, kịp thời nắm bắt hoàn cảnh của từng học sinh để không em nào phải bỏ học vì khó khăn."),
        Img(U11 + "hoc-bong-tiep-buoc-1-1024x683.jpg", "Lãnh đạo Sở trao học bổng cho học sinh", "Lãnh đạo Sở trao học bổng cho học sinh", "gallery"),
        Img(U11 + "hoc-bong-tiep-buoc-2-1024x683.jpg", None, None, "gallery"),
        Img(U11 + "hoc-bong-tiep-buoc-3-1024x683.jpg", "Các em học sinh nhận xe đạp", "Các em học sinh nhận xe đạp", "gallery"),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Vĩnh Long</em></p>'),
    ],
    source="Báo Vĩnh Long",
    opts={"dt": "2026-11-03T06:30:00", "account": "bbt_sgd", "tags": [],
          "desc": "150 suất học bổng Tiếp bước đến trường, mỗi suất gồm tiền mặt, xe đạp và sách giáo khoa."},
)

_UX_ROW_OPEN = (
    '<div class="row row-small" id="row-1946731480">\n'
    '<div id="col-1289360427" class="col medium-7 small-12 large-7"  >\n<div class="col-inner"  >\n'
)
_UX_COL_SWITCH = (
    "</div>\n<style>\n#col-1289360427 > .col-inner {\n  padding: 0px 0px 10px 0px;\n}\n</style>\n</div>\n"
    '<div id="col-558107234" class="col medium-5 small-12 large-5"  >\n<div class="col-inner"  >\n'
)
_UX_ROW_CLOSE = (
    "</div>\n</div>\n<style>\n#row-1946731480 > .col > .col-inner {\n  padding: 0px 0px 0px 0px;\n}\n"
    "</style>\n</div>"
)

S4166 = Story(
    id=4166,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-10T08:15:00+07:00",
    blocks=[
        P("Sáng 09/11/2026, tại Trường THCS Lê Quý Đôn, Sở Giáo dục và Đào tạo long trọng tổ chức khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 – 2027."),
        Raw(_UX_ROW_OPEN),
        P("Tham gia hội thi có 215 giáo viên đến từ các trường THCS, trường phổ thông có nhiều cấp học trong toàn tỉnh, dự thi ở 12 môn học và hoạt động giáo dục. Mỗi giáo viên trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy 2 tiết trên lớp."),
        P("Điểm mới của hội thi năm nay là giáo viên được bốc thăm bài dạy trước 3 ngày và phải dạy tại lớp học ở trường bạn, không được dạy thử trước với học sinh. Ban tổ chức cũng bổ sung tiêu chí đánh giá khả năng khai thác thiết bị dạy học số và học liệu điện tử."),
        Raw(_UX_COL_SWITCH),
        Img(U11 + "khai-mac-gvdg-thcs-800x533.jpg", "Phó Giám đốc Sở phát biểu khai mạc hội thi", "Phó Giám đốc Sở phát biểu khai mạc hội thi", "uximg:1523457188"),
        Raw(_UX_ROW_CLOSE),
        P("Phát biểu khai mạc, đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo nhấn mạnh: hội thi không nhằm mục đích chấm điểm, xếp hạng mà là dịp để giáo viên học hỏi, lan tỏa những cách làm hay trong đổi mới phương pháp dạy học."),
        P("Hội thi diễn ra đến hết ngày 21/11/2026. Kết quả là căn cứ để Sở xét công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh và chọn giáo viên tham gia các hội thi cấp khu vực."),
        Img(U11 + "gvdg-thcs-tiet-day-1024x683.jpg", "Một tiết dạy môn Khoa học tự nhiên của thí sinh dự thi", "Một tiết dạy môn Khoa học tự nhiên của thí sinh dự thi", "fig"),
        Raw('<p style="text-align: right;"><strong>Tin: Trần Văn Lộc &#8211; Ảnh: Phạm Hoàng Yến</strong></p>'),
    ],
    authors=["Trần Văn Lộc"],
    photographers=["Phạm Hoàng Yến"],
    opts={"dt": "2026-11-10T08:15:00", "modified": "2026-11-12T10:02:41", "account": "bbt_sgd",
          "cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"], "tags": ["giao-vien-day-gioi"],
          "sticky": True, "utm": True,
          "seo": "GVDG cấp tỉnh THCS 2026 – 2027: 215 giáo viên dự thi | Sở GD&ĐT Vĩnh Long",
          "desc": "215 giáo viên dự Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 – 2027.",
          "comments": [
              (318, "Nguyễn Hữu Phước", "2026-11-10T09:42:17", "Chúc các thầy cô dự thi đạt kết quả cao, lan tỏa nhiều tiết dạy hay!"),
              (321, "Cô giáo Thảo", "2026-11-10T20:05:03", "Năm nay dạy ở trường bạn, không được dạy thử trước là rất hay, đánh giá đúng năng lực thực chất của giáo viên."),
          ]},
)

S4178 = Story(
    id=4178,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
    title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-14T16:40:00+07:00",
    blocks=[
        P("Từ ngày 11 đến 13/11/2026, Sở Giáo dục và Đào tạo tổ chức 3 lớp tập huấn “Ứng dụng trí tuệ nhân tạo (AI) trong dạy học và quản lý giáo dục” cho hơn 400 cán bộ quản lý, giáo viên cốt cán các cấp học."),
        P("Học viên được hướng dẫn sử dụng một số công cụ AI để hỗ trợ soạn kế hoạch bài dạy, xây dựng ngân hàng câu hỏi, tạo học liệu minh họa; đồng thời được lưu ý về những rủi ro như thông tin sai lệch, vi phạm bản quyền và bảo vệ dữ liệu cá nhân của học sinh."),
        Img(U11 + "tap-huan-ai-1024x683.jpg", "Học viên thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của AI", "Học viên thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của AI", "para"),
        P("Lịch tập huấn cụ thể như sau:"),
        P("Lớp | Thời gian | Địa điểm | Đối tượng", "thead"),
        P("Lớp 1 | 11/11/2026 | Trường THPT Vĩnh Long | Cán bộ quản lý các cấp học", "row"),
        P("Lớp 2 | 12/11/2026 | Trường THPT chuyên Nguyễn Bỉnh Khiêm | Giáo viên cốt cán THPT", "row"),
        P("Lớp 3 | 13/11/2026 | Trung tâm GDNN-GDTX Long Hồ | Giáo viên cốt cán tiểu học, THCS", "row"),
        P("Theo đánh giá của Ban tổ chức, đa số học viên thực hành tốt, tạo được sản phẩm ngay tại lớp. Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp tại đơn vị."),
        P("Sở Giáo dục và Đào tạo cho biết sẽ ban hành hướng dẫn sử dụng AI an toàn, có trách nhiệm trong nhà trường trước khi kết thúc học kỳ I…"),
    ],
    opts={"dt": "2026-11-14T16:40:00", "account": "phonggdtrh", "tags": ["chuyen-doi-so"],
          "seo": "Tập huấn AI trong dạy học cho 400 CBQL, giáo viên - Sở GD&ĐT Vĩnh Long",
          "desc": "Hơn 400 cán bộ quản lý, giáo viên cốt cán được tập huấn ứng dụng trí tuệ nhân tạo trong dạy học."},
)

S4190 = Story(
    id=4190,
    slug="lich-nghi-tet-duong-lich-2027-doi-voi-cac-co-so-giao-duc",
    title="Lịch nghỉ Tết Dương lịch 2027 đối với các cơ sở giáo dục trên địa bàn tỉnh",
    cat="thong-bao",
    published_at="2026-11-18T10:05:00+07:00",
    blocks=[
        P("Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên, nhân viên và học sinh các cơ sở giáo dục trên địa bàn tỉnh Vĩnh Long.", "lead"),
        P("Thời gian nghỉ: 01 ngày, thứ Sáu ngày 01/01/2027. Cán bộ, giáo viên, nhân viên và học sinh đi làm, đi học trở lại vào thứ Hai ngày 04/01/2027."),
        P("Đối với các cơ sở giáo dục có tổ chức bán trú, nhà trường chủ động thông báo cho cha mẹ học sinh về thời gian nghỉ, đồng thời bố trí lực lượng trực bảo vệ tài sản trong những ngày nghỉ."),
        P("Thủ trưởng các đơn vị có trách nhiệm nhắc nhở cán bộ, giáo viên, nhân viên và học sinh thực hiện nghiêm các quy định về an toàn giao thông, phòng chống cháy nổ, không tham gia các tệ nạn xã hội trong dịp nghỉ Tết."),
        P("Mọi thông tin chi tiết xin liên hệ Văn phòng Sở Giáo dục và Đào tạo."),
        P("Điện thoại: 0270 3822 416.", "br"),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    summary="Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên, nhân viên và học sinh các cơ sở giáo dục trên địa bàn tỉnh Vĩnh Long.",
    opts={"dt": "2026-11-18T10:05:00", "account": "vanphong", "cats": ["thong-bao", "tin-tuc-su-kien"],
          "tags": [], "desc": "Cán bộ, giáo viên, học sinh nghỉ Tết Dương lịch 2027 một ngày, thứ Sáu 01/01/2027."},
)

S4203 = Story(
    id=4203,
    slug="lanh-dao-tinh-tham-chuc-mung-nganh-giao-duc-nhan-ngay-nha-giao-viet-nam",
    title="Lãnh đạo tỉnh thăm, chúc mừng ngành Giáo dục nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19T15:00:00+07:00",
    blocks=[
        P("Chiều 18/11/2026, đoàn công tác của Tỉnh ủy, UBND tỉnh do đồng chí Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, chúc mừng Sở Giáo dục và Đào tạo nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."),
        Img(U11 + "lanh-dao-tinh-tham-so-gddt-1024x683.jpg", "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng tập thể lãnh đạo Sở Giáo dục và Đào tạo", "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng tập thể lãnh đạo Sở Giáo dục và Đào tạo", "para"),
        P("Báo cáo với đoàn, lãnh đạo Sở cho biết năm học 2026 – 2027 toàn tỉnh có 812 cơ sở giáo dục với hơn 420.000 học sinh và gần 29.000 cán bộ, giáo viên, nhân viên. Tỷ lệ trường đạt chuẩn quốc gia đạt 78,6%, tăng 4,1% so với năm học trước."),
        P("Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những nỗ lực của đội ngũ nhà giáo trong bối cảnh ngành vừa thực hiện sắp xếp tổ chức bộ máy, vừa triển khai nhiều nhiệm vụ mới. Đồng chí nhấn mạnh:"),
        P("“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo; tỉnh sẽ tiếp tục dành nguồn lực thỏa đáng để chăm lo cho đội ngũ nhà giáo và cơ sở vật chất trường lớp.”", "quote"),
        Img(U11 + "lanh-dao-tinh-tham-truong-hoc-1024x683.jpg", "Ảnh: Minh Đức", None, "para"),
        P("Cùng ngày, các đoàn công tác của tỉnh cũng đã đến thăm, tặng quà một số trường học và nhà giáo tiêu biểu, nhà giáo lão thành có nhiều đóng góp cho sự nghiệp giáo dục của tỉnh."),
        Raw('<p style="text-align: right;"><strong>Khánh Linh</strong></p>'),
    ],
    authors=["Khánh Linh"],
    photographers=["Minh Đức"],
    opts={"dt": "2026-11-19T15:00:00", "modified": "2026-11-20T07:48:12", "account": "bbt_sgd", "tags": [],
          "utm": True,
          "desc": "Đoàn công tác của Tỉnh ủy, UBND tỉnh thăm, chúc mừng Sở Giáo dục và Đào tạo nhân Ngày Nhà giáo Việt Nam.",
          "comments": [
              (334, "Trần Thị Mỹ Linh", "2026-11-20T06:51:40", "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người."),
          ]},
)

_NFD = "nfd"

S4219 = Story(
    id=4219,
    slug="chuyen-de-xay-dung-truong-hoc-hanh-phuc-tai-truong-thcs-tan-hoi",
    title="Chuyên đề “Xây dựng trường học hạnh phúc” tại Trường THCS Tân Hội",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-24T05:50:00+07:00",
    blocks=[
        P("Ngày 21/11/2026, Sở Giáo dục và Đào tạo phối hợp với Trường THCS Tân Hội tổ chức chuyên đề “Xây dựng trường học hạnh phúc – mỗi ngày đến trường là một ngày vui” cho cán bộ quản lý các trường THCS trong tỉnh."),
        Img(U11 + "chuyen-de-truong-hoc-hanh-phuc-1024x683.jpg", "Tiết sinh hoạt dưới cờ theo chủ đề “Lời yêu thương” của học sinh Trường THCS Tân Hội", "Tiết sinh hoạt dưới cờ theo chủ đề “Lời yêu thương” của học sinh Trường THCS Tân Hội", "wpcap"),
        P("Trường THCS Tân Hội đã chia sẻ những việc làm cụ thể: giáo viên đứng đón học sinh ở cổng trường mỗi sáng, mỗi lớp học có “hộp thư nỗi niềm” để học sinh gửi tâm sự, giờ ra chơi có khu vực đọc sách và trò chơi dân gian.", _NFD),
        P("Theo thầy Phan Quốc Việt, Hiệu trưởng nhà trường, sau hai năm thực hiện, số học sinh vi phạm nội quy giảm rõ rệt, nhiều học sinh mạnh dạn chia sẻ với giáo viên chủ nhiệm khi gặp khó khăn trong học tập và cuộc sống."),
        P("Tại buổi thảo luận, các đại biểu cho rằng trường học hạnh phúc không đòi hỏi nhiều kinh phí mà bắt đầu từ sự thay đổi trong cách ứng xử của mỗi thầy cô, từ việc lắng nghe và tôn trọng học sinh."),
        Raw('<p><strong>Xem thêm:</strong> <a href="{B}/2026/10/28/hoi-thao-doi-moi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cap-tieu-hoc/">'
            "Hội thảo &#8220;Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học&#8221; cấp tiểu học</a></p>"),
        Raw('<p style="text-align: right;"><em>Tin, ảnh: Võ Thanh Tâm</em></p>'),
    ],
    authors=["Võ Thanh Tâm"],
    photographers=["Võ Thanh Tâm"],
    opts={"dt": "2026-11-24T05:50:00", "account": "bbt_sgd", "tags": ["truong-hoc-hanh-phuc"],
          "desc": "Chuyên đề xây dựng trường học hạnh phúc cho cán bộ quản lý các trường THCS tại Trường THCS Tân Hội."},
)

S4231 = Story(
    id=4231,
    slug="hoc-sinh-vinh-long-dat-12-giai-cuoc-thi-khoa-hoc-ky-thuat-khu-vuc-phia-nam",
    title="Học sinh Vĩnh Long đạt 12 giải tại Cuộc thi khoa học, kỹ thuật cấp quốc gia khu vực phía Nam",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T14:00:00+07:00",
    blocks=[
        P("Với 15 dự án tham dự, đoàn học sinh tỉnh Vĩnh Long đã xuất sắc giành 12 giải tại Cuộc thi khoa học, kỹ thuật cấp quốc gia dành cho học sinh trung học khu vực phía Nam năm học 2026 – 2027.", "lead"),
        Img(U11 + "kh-kt-phia-nam-trao-giai-1024x683.jpg", "Đoàn học sinh Vĩnh Long tại lễ trao giải", "Đoàn học sinh Vĩnh Long tại lễ trao giải", "fig"),
        P("Cuộc thi do Bộ Giáo dục và Đào tạo tổ chức từ ngày 23 đến 25/11/2026 tại TP Hồ Chí Minh, thu hút 312 dự án của học sinh đến từ 26 tỉnh, thành phố phía Nam. Kết quả, đoàn Vĩnh Long đạt:"),
        P("02 giải Nhất: dự án “Hệ thống cảnh báo xâm nhập mặn sử dụng cảm biến IoT” và dự án “Vật liệu sinh học từ vỏ bưởi xử lý nước nhiễm phèn”;", "li"),
        P("03 giải Nhì, 04 giải Ba;", "li"),
        P("03 giải Tư.", "li"),
        P("Hai dự án đạt giải Nhất đều xuất phát từ thực tiễn sản xuất nông nghiệp của địa phương. Nhóm tác giả của Trường THPT Hòa Bình cho biết ý tưởng chế tạo hệ thống cảnh báo xâm nhập mặn đến từ những mùa khô gia đình các em bị thiệt hại vì nước mặn tràn vào ruộng."),
        Raw('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
            '<div class="wp-block-embed__wrapper">\n<iframe loading="lazy" title="Dự án cảnh báo xâm nhập mặn - THPT Hòa Bình" width="1020" height="574" '
            'src="https://www.youtube.com/embed/q3Xb7LwR9sE?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
            'encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>\n</div>'
            '<figcaption class="wp-element-caption">Video: Dự án đạt giải Nhất của nhóm học sinh Trường THPT Hòa Bình</figcaption></figure>'),
        P("Các dự án đạt giải Nhất sẽ được Bộ Giáo dục và Đào tạo xem xét chọn tham dự vòng chung kết cấp quốc gia vào tháng 3/2027."),
        Raw('<p style="text-align: right;"><em>Theo Cổng Thông tin điện tử Bộ GD&amp;ĐT</em></p>'),
    ],
    source="Cổng Thông tin điện tử Bộ GD&ĐT",
    summary="Với 15 dự án tham dự, đoàn học sinh tỉnh Vĩnh Long đã xuất sắc giành 12 giải tại Cuộc thi khoa học, kỹ thuật cấp quốc gia dành cho học sinh trung học khu vực phía Nam năm học 2026 – 2027.",
    opts={"dt": "2026-11-27T14:00:00", "account": "bbt_sgd", "tags": ["hoc-sinh-gioi"], "utm": True,
          "desc": "Đoàn học sinh Vĩnh Long giành 12 giải tại Cuộc thi khoa học, kỹ thuật khu vực phía Nam."},
)

S4246 = Story(
    id=4246,
    slug="huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027 cấp trung học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-01T09:20:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch năm học, Sở Giáo dục và Đào tạo vừa ban hành Công văn số 2598/SGDĐT-GDTrH hướng dẫn các trường THCS, THPT tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027.", "mso"),
        P("Theo đó, thời gian kiểm tra cuối học kỳ I hoàn thành trước ngày 10/01/2027; các trường chủ động xây dựng lịch kiểm tra, bảo đảm không kiểm tra quá 2 môn trong một buổi.", "mso"),
        P("Đề kiểm tra được xây dựng theo ma trận, bản đặc tả; tỉ lệ câu hỏi ở các mức độ biết, hiểu, vận dụng phù hợp với yêu cầu cần đạt của chương trình. Đối với môn Ngữ văn, ngữ liệu trong đề kiểm tra phần đọc hiểu và viết không sử dụng lại văn bản đã học trong sách giáo khoa.", "mso"),
        P("Sở lưu ý một số nội dung:", "mso"),
        P("- Không tổ chức kiểm tra tập trung toàn tỉnh;", "br"),
        P("- Không tổ chức thi thử đối với học sinh lớp 9, lớp 12 trong học kỳ I;", "br"),
        P("- Kết quả kiểm tra được cập nhật lên phần mềm quản lý nhà trường trước ngày 15/01/2027.", "br"),
        P("Các đơn vị báo cáo kết quả kiểm tra, đánh giá cuối học kỳ I về Sở (qua Phòng Giáo dục Trung học) trước ngày 20/01/2027.", "mso"),
        _file_block("/wp-content/uploads/2026/12/CV-2598-SGDDT-GDTrH.pdf", "CV-2598-SGDDT-GDTrH", embed=False),
        Raw('<p class="MsoNormal" style="text-align: right;" align="right"><b><span lang="VI">Phòng GDTrH</span></b><o:p></o:p></p>'),
    ],
    authors=["Phòng GDTrH"],
    opts={"dt": "2026-12-01T09:20:00", "account": "phonggdtrh", "tags": ["kiem-tra-danh-gia"],
          "desc": "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027 đối với các trường THCS, THPT."},
)

S4260 = Story(
    id=4260,
    slug="hoi-nghi-so-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-nam-2026",
    title="Hội nghị sơ kết công tác chuyển đổi số ngành Giáo dục năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T14:30:00+07:00",
    blocks=[
        P("Chiều 02/12/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết công tác chuyển đổi số ngành Giáo dục năm 2026 theo hình thức trực tiếp kết hợp trực tuyến đến 98 điểm cầu là các trường học trong tỉnh."),
        Img(U12 + "so-ket-chuyen-doi-so-1024x683.jpg", "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo", "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo", "uximg:1980653342"),
        P("Năm 2026, 100% cơ sở giáo dục phổ thông đã sử dụng sổ điểm điện tử, học bạ số; 96% trường thực hiện thu học phí không dùng tiền mặt. Hệ thống cơ sở dữ liệu ngành được kết nối, đồng bộ với cơ sở dữ liệu của Bộ Giáo dục và Đào tạo."),
        P("Tuy nhiên, hạ tầng công nghệ thông tin ở một số trường vùng sâu còn thiếu, đường truyền chưa ổn định; một bộ phận giáo viên lớn tuổi còn lúng túng khi sử dụng các phần mềm quản lý."),
        P("Năm 2027, ngành đặt mục tiêu triển khai học bạ số đối với 100% học sinh tiểu học và THCS, xây dựng kho học liệu số dùng chung với ít nhất 5.000 bài giảng điện tử đạt chuẩn."),
        P("Tại hội nghị, Sở đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong triển khai chuyển đổi số năm 2026."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Huỳnh Ngọc Trâm</strong></p>'),
        Raw("{RELATED}"),
    ],
    authors=["Huỳnh Ngọc Trâm"],
    photographers=["Huỳnh Ngọc Trâm"],
    opts={"dt": "2026-12-03T14:30:00", "account": "bbt_sgd", "tags": ["chuyen-doi-so"], "utm": True,
          "related": [4178, 4246, 4139],
          "desc": "Sơ kết công tác chuyển đổi số ngành Giáo dục năm 2026: 100% trường phổ thông dùng sổ điểm điện tử, học bạ số.",
          "comments": [
              (347, "Lê Hoàng Nam", "2026-12-03T16:12:09", "Đề nghị Sở sớm có hướng dẫn thống nhất về ký số học bạ cho các trường tiểu học."),
              (349, "Phụ huynh Long Hồ", "2026-12-04T07:30:55", "Thu học phí không dùng tiền mặt rất tiện cho phụ huynh, mong các trường tiếp tục duy trì."),
          ]},
)

STORIES = [S4102, S4117, S4125, S4139, S4151, S4166, S4178, S4190, S4203, S4219, S4231, S4246, S4260]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
#: newest first, as WordPress lists them
NEWEST = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)


def cats_of(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


# --- pages (not articles) ----------------------------------------------------------------------

PAGES: dict[str, dict] = {
    "gioi-thieu": {
        "id": 15, "title": "Giới thiệu",
        "html": (
            "<p>Sở Giáo dục và Đào tạo tỉnh Vĩnh Long là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, "
            "tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, "
            "bao gồm: chương trình, nội dung giáo dục và đào tạo; mục tiêu, chương trình, nội dung giáo dục; "
            "tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị "
            "trường học; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>"
            "<h3>Nhiệm vụ và quyền hạn</h3><ul><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát "
            "triển giáo dục trên địa bàn tỉnh;</li><li>Hướng dẫn, kiểm tra việc thực hiện chương trình giáo dục "
            "phổ thông;</li><li>Tổ chức các kỳ thi theo quy định của Bộ Giáo dục và Đào tạo.</li></ul>"
        ),
    },
    "co-cau-to-chuc": {
        "id": 17, "title": "Cơ cấu tổ chức",
        "html": (
            '<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th>'
            "</tr></thead><tbody><tr><td>Trần Quốc Khánh</td><td>Giám đốc</td><td>0270 3822 401</td></tr>"
            "<tr><td>Nguyễn Văn Hòa</td><td>Phó Giám đốc</td><td>0270 3822 402</td></tr>"
            "<tr><td>Đoàn Thị Kim Ngân</td><td>Phó Giám đốc</td><td>0270 3822 403</td></tr></tbody></table></figure>"
            "<h3>Các phòng chuyên môn</h3><p>Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch – Tài chính; "
            "Phòng Giáo dục Mầm non – Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng Giáo dục chuyên nghiệp – "
            "Giáo dục thường xuyên; Phòng Quản lý chất lượng.</p>"
        ),
    },
    "lien-he": {
        "id": 19, "title": "Liên hệ",
        "html": (
            "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG</strong><br>Địa chỉ: Số 43/4 đường Hoàng Thái Hiếu, "
            "phường Thanh Đức, tỉnh Vĩnh Long<br>Điện thoại: 0270 3822 416 – Fax: 0270 3823 247<br>"
            "Email: sgddt@vinhlong.edu.vn</p>"
            '<div class="wpcf7 no-js" id="wpcf7-f88-p19-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f88-p19-o1" '
            'method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init"><p><label>Họ tên (bắt buộc)'
            '<br><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name"></label></p>'
            '<p><label>Nội dung<br><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" '
            'name="your-message"></textarea></label></p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" '
            'type="submit" value="Gửi"></p></form></div>'
        ),
    },
    "van-ban-chi-dao": {
        "id": 21, "title": "Văn bản chỉ đạo",
        "html": (
            '<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
            "<th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>"
            '<tr><td>2598/SGDĐT-GDTrH</td><td>28/11/2026</td><td>Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học '
            '2026 – 2027</td><td><a href="{B}/wp-content/uploads/2026/12/CV-2598-SGDDT-GDTrH.pdf">Tải về</a></td></tr>'
            '<tr><td>2154/TB-SGDĐT</td><td>20/10/2026</td><td>Thông báo tổ chức kỳ thi chọn HSG cấp tỉnh lớp 12</td>'
            '<td><a href="{B}/wp-content/uploads/2026/10/TB-2154-SGDDT-HSG-lop-12.pdf">Tải về</a></td></tr>'
            '<tr><td>1876/KH-SGDĐT</td><td>15/08/2026</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027</td>'
            '<td><a href="{B}/wp-content/uploads/2026/08/KH-1876-SGDDT.pdf">Tải về</a></td></tr>'
            "</tbody></table></figure>"
        ),
    },
    "thu-vien-anh": {
        "id": 23, "title": "Thư viện ảnh",
        "html": (
            '<div class="row large-columns-3 medium-columns-2 small-columns-2 row-small">'
            + "".join(
                f'<div class="gallery-col col"><div class="col-inner"><a class="image-lightbox lightbox-gallery" '
                f'href="{{B}}{path}" title="{esc(label)}"><div class="box has-hover gallery-box box-overlay dark">'
                f'<div class="box-image"><img width="300" height="200" src="{{B}}{path}" class="attachment-medium '
                f'size-medium" alt="" decoding="async"></div><div class="box-text text-left"><p>{esc(label)}</p></div>'
                "</div></a></div></div>"
                for path, label in [
                    (U11 + "album-20-11-2026-1.jpg", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026"),
                    (U11 + "album-hoi-thi-gvdg-1.jpg", "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS"),
                    (U10 + "album-khai-giang-1.jpg", "Lễ khai giảng năm học 2026 – 2027"),
                ]
            )
            + "</div>"
        ),
    },
    "thu-tuc-hanh-chinh": {
        "id": 25, "title": "Thủ tục hành chính",
        "html": (
            "<p>Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo được tiếp nhận tại "
            "Trung tâm Phục vụ hành chính công tỉnh và trên Cổng Dịch vụ công quốc gia.</p><ol>"
            '<li><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener">Cấp bản sao văn bằng, chứng chỉ từ sổ gốc</a></li>'
            '<li><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener">Chỉnh sửa nội dung văn bằng, chứng chỉ</a></li>'
            '<li><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener">Công nhận trường tiểu học đạt chuẩn quốc gia</a></li>'
            "</ol>"
        ),
    },
}
PAGE_BY_ID = {p["id"]: slug for slug, p in PAGES.items()}

# --- gold --------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    path = f"/{story.slug}/"
    alts = [f"{path}?replytocom={cid}" for cid, *_ in story.opts.get("comments", [])]
    if story.opts.get("utm"):
        alts.append(path + "?" + UTM)
    return alts


UTM = "utm_source=trangchu&utm_medium=slider&utm_campaign=noibat"

GOLD = [
    gold_record(s, f"/{s.slug}/", CATS[s.cat][0], alt_paths=_alt_paths(s))
    for s in STORIES
]
NON_ARTICLES = [f"/{slug}/" for slug in PAGES]


# --- text and dates as WordPress prints them ---------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;",
              "—": "&#8212;", "…": "&#8230;"}


def wpt(value: str, nfd: bool = False) -> str:
    """Escape and texturize like ``wptexturize`` (curly quotes, dashes, ellipses as references)."""
    s = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return unicodedata.normalize("NFD", s) if nfd else s


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def iso_local(value: str) -> str:
    return value + "+07:00"


def iso_utc(value: str) -> str:
    return (_dt(value) - timedelta(hours=7)).isoformat() + "+00:00"


def dmy(value: str) -> str:
    return _dt(value).strftime("%d/%m/%Y")


def rfc822(value: str) -> str:
    d = _dt(value) - timedelta(hours=7)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} {d:%H:%M:%S} +0000"


def comment_time(value: str) -> str:
    d = _dt(value)
    hour = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} lúc {hour}:{d:%M} {'sáng' if d.hour < 12 else 'chiều'}"


def badge(value: str, size: str = "is-xsmall") -> str:
    d = _dt(value)
    return (
        '<div class="badge absolute top post-date badge-outline">\n<div class="badge-inner">\n'
        f'<span class="post-date-day">{d:%d}</span><br>\n'
        f'<span class="post-date-month {size}">Th{d.month}</span>\n</div>\n</div>'
    )


_SIZED = re.compile(r"-(\d+)x(\d+)(\.\w+)$")


def original_of(src: str) -> str:
    return _SIZED.sub(r"\3", src)


def sized(src: str, w: int, h: int) -> str:
    return _SIZED.sub(rf"-{w}x{h}\3", src)


def _svg(w: int, h: int) -> str:
    return (
        "data:image/svg+xml,%3Csvg%20viewBox%3D%220%200%20"
        f"{w}%20{h}%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3C%2Fsvg%3E"
    )


def lazy_img(b: str, src: str, cls: str, alt: str = "", wp_id: int = 0) -> str:
    """Flatsome's lazy load: SVG placeholder in ``src``, the file in ``data-src``."""
    m = _SIZED.search(src)
    w, h = (int(m.group(1)), int(m.group(2))) if m else (1020, 680)
    srcset = ", ".join(
        f"{b}{sized(src, sw, sh)} {sw}w" for sw, sh in [(w, h), (300, round(300 * h / w)), (768, round(768 * h / w))]
    )
    wpid = f" wp-image-{wp_id}" if wp_id else ""
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{_svg(w, h)}" data-src="{b}{src}" '
        f'alt="{esc(alt)}" class="lazy-load {cls}{wpid}" srcset="" data-srcset="{srcset}" '
        f'sizes="(max-width: {w}px) 100vw, {w}px" />'
    )


def _alt_for(src: str) -> str:
    """Editors upload photos straight from Zalo: the alt is the camera file name."""
    n = sum(ord(c) for c in src)
    return f"z58{n * 7919 % 10**10:010d}_{n * 104729 % 16**8:08x}"


# --- the text of a post ------------------------------------------------------------------------


def render_blocks(story: Story, b: str) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    img_no = 0
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, Raw):
            out.append(blk.html.replace("{B}", b))
            i += 1
            continue
        if isinstance(blk, Img):
            if blk.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                inner = ""
                for img in group:
                    img_no += 1
                    cap = (f'<figcaption class="wp-element-caption">{wpt(img.printed)}</figcaption>'
                           if img.printed else "")
                    inner += (
                        f'\n<figure class="wp-block-image size-large"><a href="{b}{original_of(img.src)}">'
                        f'{lazy_img(b, img.src, "", _alt_for(img.src), story.id * 10 + img_no)}</a>{cap}</figure>'
                    )
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 '
                    f'is-layout-flex wp-block-gallery-is-layout-flex">{inner}\n</figure>'
                )
                continue
            img_no += 1
            out.append(render_img(blk, b, story.id * 10 + img_no))
            i += 1
            continue
        # paragraphs
        style = blk.style
        if style in ("li", "ol"):
            tag = "ul" if style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{wpt(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if style in ("thead", "row"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("thead", "row"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "thead":
                    head.append("<tr>" + "".join(f"<th>{wpt(c)}</th>" for c in cells) + "</tr>")
                else:
                    body.append("<tr>" + "".join(f"<td>{wpt(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table><thead>' + "".join(head)
                + "</thead><tbody>" + "".join(body) + "</tbody></table></figure>"
            )
            continue
        if style == "mso":
            lines = [wpt(blk.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(wpt(blocks[i].text))
                i += 1
            out.append(
                '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
                'line-height: 150%;"><span lang="VI" style="font-size: 14.0pt; line-height: 150%; '
                "font-family: 'Times New Roman',serif;\">" + "<br>\n".join(lines) + "<o:p></o:p></span></p>"
            )
            continue
        if style.startswith("h2:"):
            anchor = style[3:]
            out.append(
                f'<h2><span class="ez-toc-section" id="{anchor}"></span>{wpt(blk.text)}'
                '<span class="ez-toc-section-end"></span></h2>'
            )
            i += 1
            continue
        if style == "quote":
            out.append(f'<blockquote class="wp-block-quote">\n<p><em>{wpt(blk.text)}</em></p>\n</blockquote>')
            i += 1
            continue
        lines = [wpt(blk.text, nfd=style == _NFD)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(wpt(blocks[i].text))
            i += 1
        inner = "<br>\n".join(lines)
        if style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
    return "\n".join(out)


def render_img(img: Img, b: str, wp_id: int) -> str:
    src, printed = img.src, img.printed
    alt = _alt_for(src)
    link = f'<a href="{b}{original_of(src)}">'
    if img.style == "fig":
        cap = f'<figcaption class="wp-element-caption">{wpt(printed)}</figcaption>' if printed else ""
        return (f'<figure class="wp-block-image aligncenter size-large">{link}'
                f'{lazy_img(b, src, "", alt, wp_id)}</a>{cap}</figure>')
    if img.style == "wpcap":
        w = _SIZED.search(src).group(1)
        return (
            f'<figure id="attachment_{wp_id}" aria-describedby="caption-attachment-{wp_id}" style="width: {w}px" '
            f'class="wp-caption aligncenter">{link}{lazy_img(b, src, "size-large", alt, wp_id)}</a>'
            f'<figcaption id="caption-attachment-{wp_id}" class="wp-caption-text">{wpt(printed or "")}</figcaption></figure>'
        )
    if img.style == "para":
        cap = f'\n<p style="text-align: center;"><em>{wpt(printed)}</em></p>' if printed else ""
        return (f'<p style="text-align: center;">{link}{lazy_img(b, src, "aligncenter size-large", alt, wp_id)}'
                f"</a></p>{cap}")
    if img.style.startswith("uximg:"):
        uid = img.style[6:]
        cap = f'<div class="caption">{wpt(printed)}</div>' if printed else ""
        return (
            f'<div class="img has-hover x md-x lg-x y md-y lg-y" id="image_{uid}">\n'
            f'<a class="image-lightbox lightbox-gallery" title="" href="{b}{original_of(src)}">'
            f'<div class="img-inner image-cover dark" style="padding-top:66.6%;">\n'
            f'{lazy_img(b, src, "attachment-large size-large", alt, wp_id)}\n{cap}</div></a>\n'
            f"<style>\n#image_{uid} {{\n  width: 100%;\n}}\n</style>\n</div>"
        )
    raise ValueError(img.style)


def related_box(story: Story, b: str) -> str:
    items = "".join(
        f'<li><a href="{b}/{BY_ID[i].slug}/"     class="crp_link post-{i}"><span class="crp_title">'
        f"{wpt(BY_ID[i].title)}</span></a></li>"
        for i in story.opts.get("related", [])
    )
    return (
        f'<div class="crp_related     crp-text-only"><h3>Bài viết liên quan:</h3><ul>{items}</ul>'
        '<div class="crp_clear"></div></div>'
    )


def share_icons(b: str, url: str, title: str) -> str:
    u = quote(url, safe="")
    t = quote(title, safe="")
    return (
        '<div class="blog-share text-center"><div class="is-divider medium"></div>'
        '<div class="social-icons share-icons share-row relative" >'
        f'<a href="whatsapp://send?text={t}%20-%20{u}" data-action="share/whatsapp/share" class="icon button circle '
        'is-outline tooltip whatsapp show-for-medium" title="Share on WhatsApp" aria-label="Share on WhatsApp">'
        '<i class="icon-whatsapp" ></i></a>'
        f'<a href="https://www.facebook.com/sharer.php?u={u}" data-label="Facebook" onclick="window.open(this.href,'
        "this.title,'width=500,height=500,top=300px,left=300px'); return false;\" rel=\"noopener noreferrer nofollow\" "
        'target="_blank" class="icon button circle is-outline tooltip facebook" title="Share on Facebook" '
        'aria-label="Share on Facebook"><i class="icon-facebook" ></i></a>'
        f'<a href="https://twitter.com/share?url={u}" onclick="window.open(this.href,this.title,\'width=500,'
        'height=500,top=300px,left=300px\'); return false;" rel="noopener noreferrer nofollow" target="_blank" '
        'class="icon button circle is-outline tooltip twitter" title="Share on Twitter" aria-label="Share on Twitter">'
        '<i class="icon-twitter" ></i></a>'
        f'<a href="mailto:?subject={t}&amp;body=Xem%20b%C3%A0i%20vi%E1%BA%BFt%3A%20{u}" rel="nofollow" '
        'class="icon button circle is-outline tooltip email" title="Email to a Friend" aria-label="Email to a Friend">'
        '<i class="icon-envelop" ></i></a>'
        f'<a href="https://sp.zalo.me/share_inline?url={u}" target="_blank" rel="noopener nofollow" '
        'class="icon button circle is-outline tooltip zalo" title="Chia sẻ Zalo"><i class="icon-zalo"></i></a>'
        "</div></div>"
    )


# --- chrome ------------------------------------------------------------------------------------

_MENU = [
    (201, "Trang chủ", "/", []),
    (202, "Giới thiệu", "/gioi-thieu/", [(203, "Giới thiệu chung", "/gioi-thieu/"),
                                          (204, "Cơ cấu tổ chức", "/co-cau-to-chuc/")]),
    (205, "Tin tức", "/tin-tuc/", [(206 + n, CATS[c][0], f"/category/{c}/") for n, c in enumerate(CATS)]),
    (210, "Văn bản chỉ đạo", "/van-ban-chi-dao/", []),
    (211, "Thủ tục hành chính", "/thu-tuc-hanh-chinh/", []),
    (212, "Thư viện ảnh", "/thu-vien-anh/", []),
    (213, "Liên hệ", "/lien-he/", []),
]


def _menu(b: str, current: str, mobile: bool = False) -> str:
    items = []
    for mid, label, href, subs in _MENU:
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{mid}"
        if subs:
            cls += " menu-item-has-children" + ("" if mobile else " menu-item-design-default has-dropdown")
        if href == current:
            cls += " current-menu-item"
        sub = ""
        if subs:
            sub_cls = "sub-menu nav-sidebar-ul children" if mobile else "sub-menu nav-dropdown nav-dropdown-default"
            sub = f'<ul class="{sub_cls}">' + "".join(
                f'<li id="menu-item-{sid}" class="menu-item menu-item-type-taxonomy menu-item-object-category '
                f'menu-item-{sid}"><a href="{b}{shref}">{esc(slabel)}</a></li>'
                for sid, slabel, shref in subs
            ) + "</ul>"
        arrow = '<i class="icon-angle-down" ></i>' if subs and not mobile else ""
        a_cls = "" if mobile else ' class="nav-top-link"'
        items.append(f'<li id="menu-item-{mid}{"-m" if mobile else ""}" class="{cls}"><a href="{b}{href}"{a_cls}>'
                     f"{esc(label)}{arrow}</a>{sub}</li>")
    return "".join(items)


def head(b: str, *, title: str, canonical: str, desc: str, og_type: str = "article",
         extra: str = "", schema: dict | None = None, robots: str | None = None, shortlink: str = "") -> str:
    robots = robots or "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    schema_tag = (
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
        + "</script>\n" if schema else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi" class="loading-site no-js">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="http://gmpg.org/xfn/11" />
	<link rel="pingback" href="{b}/xmlrpc.php" />
	<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<meta name='robots' content='{robots}' />
<meta name="viewport" content="width=device-width, initial-scale=1" />
	<!-- This site is optimized with the Yoast SEO plugin v21.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{esc(title)}</title>
	<meta name="description" content="{esc(desc)}" />
	<link rel="canonical" href="{canonical}" />
{extra}	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="{og_type}" />
	<meta property="og:title" content="{esc(title)}" />
	<meta property="og:description" content="{esc(desc)}" />
	<meta property="og:url" content="{canonical}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="https://www.facebook.com/sogddtvinhlong" />
	<meta name="twitter:card" content="summary_large_image" />
	{schema_tag}	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//cdn.jsdelivr.net' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=6.3.2' type='text/css' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='{b}/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.56.1' type='text/css' media='all' />
<link rel='stylesheet' id='crp-style-text-only-css' href='{b}/wp-content/plugins/contextual-related-posts/css/text-only.min.css?ver=3.3.4' type='text/css' media='all' />
<link rel='stylesheet' id='wp-polls-css' href='{b}/wp-content/plugins/wp-polls/polls-css.css?ver=2.77.2' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-main-css' href='{b}/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.17.6' type='text/css' media='all' />
<link rel='stylesheet' id='flatsome-style-css' href='{b}/wp-content/themes/flatsome-child/style.css?ver=3.0' type='text/css' media='all' />
<script type='text/javascript' src='{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.0' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.3.2" />
{shortlink}<style>.bg{{opacity: 0; transition: opacity 1s; -webkit-transition: opacity 1s;}} .bg-loaded{{opacity: 1;}}</style>
<link rel="icon" href="{b}/wp-content/uploads/2024/03/logo-sgddt-vl-32x32.png" sizes="32x32" />
<link rel="apple-touch-icon" href="{b}/wp-content/uploads/2024/03/logo-sgddt-vl-180x180.png" />
<style id="custom-css" type="text/css">:root {{--primary-color: #0a5fa8;}}.header-main{{height: 110px}}#logo img{{max-height: 110px}}.header-bottom{{background-color: #0a5fa8}}.post-date-month{{text-transform:none}}</style>
</head>
"""


def header(b: str, current: str) -> str:
    return f"""<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<div id="wrapper">
<header id="header" class="header has-sticky sticky-jump">
<div class="header-wrapper">
<div id="top-bar" class="header-top hide-for-sticky nav-dark">
<div class="flex-row container">
<div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small  nav-divided">
<li class="html custom html_topbar_left"><span class="ngay-thang"><i class="icon-clock"></i> {HEADER_TODAY}</span></li>
</ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="nav top-bar-nav nav-right nav-small  nav-divided">
<li class="html header-contact-wrapper"><ul id="header-contact" class="nav nav-divided nav-uppercase header-contact">
<li class=""><a href="mailto:sgddt@vinhlong.edu.vn" class="tooltip" title="sgddt@vinhlong.edu.vn"><i class="icon-envelop" style="font-size:16px;"></i> <span>sgddt@vinhlong.edu.vn</span></a></li>
<li class=""><a href="tel:02703822416" class="tooltip" title="0270 3822 416"><i class="icon-phone" style="font-size:16px;"></i> <span>0270 3822 416</span></a></li>
</ul></li>
<li class="html header-social-icons ml-0"><div class="social-icons follow-icons" ><a href="https://www.facebook.com/sogddtvinhlong" target="_blank" data-label="Facebook" rel="noopener noreferrer nofollow" class="icon plain facebook tooltip" title="Follow on Facebook" aria-label="Follow on Facebook"><i class="icon-facebook" ></i></a><a href="https://www.youtube.com/@sogddtvinhlong" target="_blank" rel="noopener noreferrer nofollow" data-label="YouTube" class="icon plain  youtube tooltip" title="Follow on YouTube" aria-label="Follow on YouTube"><i class="icon-youtube" ></i></a></div></li>
</ul></div>
</div></div>
<div id="masthead" class="header-main ">
<div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
<div id="logo" class="flex-col logo">
<a href="{b}/" title="{SITE} - Cổng thông tin điện tử" rel="home">
<img width="620" height="110" src="{b}/wp-content/uploads/2024/03/banner-sgddt-vl.png" class="header_logo header-logo" alt="{SITE}"/><img  width="620" height="110" src="{b}/wp-content/uploads/2024/03/banner-sgddt-vl.png" class="header-logo-dark" alt="{SITE}"/></a>
</div>
<div class="flex-col show-for-medium flex-left"><ul class="mobile-nav nav nav-left "><li class="nav-icon has-icon">
<a href="#" data-open="#main-menu" data-pos="left" data-bg="main-menu-overlay" data-color="" class="is-small" aria-label="Menu" aria-controls="main-menu" aria-expanded="false"><i class="icon-menu" ></i></a></li></ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="header-nav header-nav-main nav nav-right  nav-uppercase">
<li class="header-search header-search-lightbox has-icon"><a href="#search-lightbox" aria-label="Tìm kiếm" data-open="#search-lightbox" data-focus="input.search-field" class="is-small"><i class="icon-search" style="font-size:16px;" ></i></a></li>
</ul></div>
</div></div>
<div id="wide-nav" class="header-bottom wide-nav nav-dark hide-for-medium">
<div class="flex-row container"><div class="flex-col hide-for-medium flex-left">
<ul class="nav header-nav header-bottom-nav nav-left  nav-divided nav-size-medium nav-spacing-xlarge nav-uppercase">
{_menu(b, current)}
</ul></div></div></div>
<div class="header-bg-container fill"><div class="header-bg-image fill"></div><div class="header-bg-color fill"></div></div>
</div>
</header>
"""


def sidebar(b: str) -> str:
    recent = "".join(
        f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half">'
        f'<div class="flex-col mr-half"><div class="badge post-date  badge-small badge-outline"><div class="badge-inner bg-fill" >'
        f'<span class="post-date-day">{_dt(s.opts["dt"]):%d}</span><br><span class="post-date-month is-xsmall">'
        f'Th{_dt(s.opts["dt"]).month}</span></div></div></div><div class="flex-col flex-grow">'
        f'<a href="{b}/{s.slug}/" title="{esc(s.title)}">{wpt(s.title)}</a>'
        '<span class="post_comments op-7 block is-xsmall"><a href="' + f'{b}/{s.slug}/#respond' + '"></a></span>'
        "</div></div></li>"
        for s in NEWEST[:5]
    )
    popular = "".join(
        f'<li class=""><a href="{b}/{BY_ID[i].slug}/" title="{esc(BY_ID[i].title)}" class="wpp-post-title" target="_self">'
        f'{wpt(BY_ID[i].title)}</a> <span class="wpp-meta post-stats"><span class="wpp-views">{BY_ID[i].views() * 7} lượt xem</span></span></li>'
        for i in (4203, 4166, 4260, 4231)
    )
    return f"""<div class="post-sidebar large-3 col">
<div id="secondary" class="widget-area " role="complementary">
<aside id="search-2" class="widget widget_search"><form method="get" class="searchform" action="{b}/" role="search">
<div class="flex-row relative"><div class="flex-col flex-grow"><input type="search" class="search-field mb-0" name="s" value="" id="s" placeholder="Tìm kiếm&hellip;" /></div>
<div class="flex-col"><button type="submit" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Submit"><i class="icon-search" ></i></button></div></div>
<div class="live-search-results text-left z-top"></div></form></aside>
<aside id="flatsome_recent_posts-3" class="widget flatsome_recent_posts"><span class="widget-title "><span>Bài viết mới</span></span><div class="is-divider small"></div><ul>{recent}</ul></aside>
<aside id="wpp-2" class="widget popular-posts"><span class="widget-title "><span>Xem nhiều</span></span><div class="is-divider small"></div>
<ul class="wpp-list">{popular}</ul></aside>
<aside id="media_image-4" class="widget widget_media_image"><span class="widget-title "><span>Liên kết</span></span><div class="is-divider small"></div>
<a href="https://moet.gov.vn/"><img width="300" height="80" src="{b}/wp-content/uploads/2024/03/banner-bo-gddt.png" class="image wp-image-96  attachment-full size-full" alt="Bộ Giáo dục và Đào tạo" decoding="async" style="max-width: 100%; height: auto;" /></a>
<a href="https://dichvucong.gov.vn/"><img width="300" height="80" src="{b}/wp-content/uploads/2024/03/banner-dvc.png" class="image wp-image-97  attachment-full size-full" alt="Cổng Dịch vụ công quốc gia" decoding="async" style="max-width: 100%; height: auto;" /></a>
<a href="https://vinhlong.gov.vn/"><img width="300" height="80" src="{b}/wp-content/uploads/2024/03/banner-ubnd-vl.png" class="image wp-image-98  attachment-full size-full" alt="Cổng TTĐT tỉnh Vĩnh Long" decoding="async" style="max-width: 100%; height: auto;" /></a>
</aside>
<aside id="polls-widget-2" class="widget widget_polls-widget"><span class="widget-title "><span>Thăm dò ý kiến</span></span><div class="is-divider small"></div>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5b1f0e7a2c" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Hữu ích</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Cần cải thiện</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></aside>
<aside id="custom_html-5" class="widget_text widget widget_custom_html"><span class="widget-title "><span>Thống kê truy cập</span></span><div class="is-divider small"></div>
<div class="textwidget custom-html-widget"><ul class="tk-truy-cap"><li><i class="icon-user"></i> Đang online: <b>27</b></li>
<li><i class="icon-clock"></i> Hôm nay: <b>1.284</b></li><li><i class="icon-checkmark"></i> Tổng truy cập: <b>2.846.513</b></li></ul></div></aside>
</div></div>
"""


def footer(b: str) -> str:
    return f"""</main>
<footer id="footer" class="footer-wrapper">
<section class="section dark" id="section_1742290533">
<div class="bg section-bg fill bg-fill  bg-loaded" ></div>
<div class="section-content relative">
<div class="row"  id="row-88127342">
<div id="col-1450062213" class="col medium-7 small-12 large-7"  ><div class="col-inner"  >
<h4><span style="font-size: 110%;">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG</span></h4>
<p>Địa chỉ: Số 43/4 đường Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long<br />
Điện thoại: 0270 3822 416 &#8211; Fax: 0270 3823 247<br />
Email: sgddt@vinhlong.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
</div></div>
<div id="col-377519680" class="col medium-5 small-12 large-5"  ><div class="col-inner"  >
<ul><li><a href="{b}/gioi-thieu/">Giới thiệu</a></li><li><a href="{b}/lien-he/">Liên hệ</a></li>
<li><a href="{b}/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li></ul>
</div></div>
</div></div>
<style>
#section_1742290533 {{
  padding-top: 30px;
  padding-bottom: 30px;
  background-color: rgb(10, 95, 168);
}}
</style>
</section>
<div class="absolute-footer dark medium-text-center small-text-center">
<div class="container clearfix"><div class="footer-primary pull-left">
<div class="copyright-footer">Copyright 2026 &copy; <strong>{SITE}</strong>. Thiết kế bởi Flatsome.</div>
</div></div></div>
<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Go to top"><i class="icon-angle-up" ></i></a>
</footer>
</div>
<div id="main-menu" class="mobile-sidebar no-scrollbar mfp-hide">
<div class="sidebar-menu no-scrollbar "><ul class="nav nav-sidebar nav-vertical nav-uppercase" data-tab="1">
<li class="header-search-form search-form html relative has-icon"><div class="header-search-form-wrapper"><div class="searchform-wrapper ux-search-box relative is-normal">
<form method="get" class="searchform" action="{b}/" role="search"><div class="flex-row relative"><div class="flex-col flex-grow">
<input type="search" class="search-field mb-0" name="s" value="" placeholder="Tìm kiếm&hellip;" /></div><div class="flex-col">
<button type="submit" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Submit"><i class="icon-search" ></i></button></div></div></form></div></div></li>
{_menu(b, "", mobile=True)}
</ul></div></div>
<script type='text/javascript' src='{b}/wp-content/themes/flatsome/inc/extensions/flatsome-lazy-load/flatsome-lazy-load.js?ver=3.17.6' id='flatsome-lazy-js'></script>
<script type='text/javascript' src='{b}/wp-content/themes/flatsome/assets/js/flatsome.js?ver=3.17.6' id='flatsome-js-js'></script>
</body>
</html>
"""


def breadcrumb(b: str, crumbs: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in crumbs:
        if href is None:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{wpt(label)}</span>')
        else:
            parts.append(f'<span><a href="{b}{href}">{wpt(label)}</a></span>')
    return ('<div class="container bc-wrap"><div class="row"><div class="large-12 col">'
            '<p id="breadcrumbs"><span>' + " » ".join(parts) + "</span></p></div></div></div>")


def excerpt(story: Story, words: int = 22) -> str:
    first = next(bl for bl in story.blocks if isinstance(bl, P))
    return " ".join(first.text.split()[:words]) + " [...]"


def post_box(story: Story, b: str, *, thumb: bool = True, readmore: bool = True, cls: str = "") -> str:
    url = f"{b}/{story.slug}/"
    imgs = story.images
    image = ""
    if thumb and imgs:
        image = (
            f'<div class="box-image" ><a href="{url}" class="plain" aria-label="{esc(story.title)}">'
            '<div class="image-cover" style="padding-top:62%;">'
            f'{lazy_img(b, sized(imgs[0].src, 510, 340), "attachment-medium size-medium wp-post-image", "")}'
            "</div></a></div>"
        )
    button = (f'<a href="{url}" class="button primary is-outline is-small mb-0" >Xem thêm</a>' if readmore else "")
    sticky = " sticky" if story.opts.get("sticky") else ""
    return (
        f'<div class="col post-item{sticky}{cls}" >\n<div class="col-inner">\n'
        '<div class="box box-normal box-text-bottom box-blog-post has-hover">\n'
        f"{image}\n<div class=\"box-text text-left\" >\n<div class=\"box-text-inner blog-post-inner\">\n"
        f'<h5 class="post-title is-large "><a href="{url}" class="plain">{wpt(story.title)}</a></h5>\n'
        '<div class="is-divider"></div>\n'
        f'<p class="from_the_blog_excerpt ">{wpt(excerpt(story))}</p>\n{button}\n</div>\n</div>\n'
        f"{badge(story.opts['dt']) if imgs and thumb else ''}\n</div>\n</div>\n</div>"
    )


def grid(stories: list[Story], b: str, cols: int = 3, rid: str = "row-1361894752") -> str:
    return (
        f'<div id="{rid}" class="row large-columns-{cols} medium-columns- small-columns-1 row-masonry" '
        "data-packery-options='{\"itemSelector\": \".col\", \"gutter\": 0, \"presentageWidth\" : true}'>\n"
        + "\n".join(post_box(s, b) for s in stories) + "\n</div>"
    )


def pagination(b: str, base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{b}{base}" if n == 1 else f"{b}{base}page/{n}/"

    items = []
    if page > 1:
        items.append(f'<li><a class="prev page-number" href="{href(page - 1)}"><i class="icon-angle-left" ></i></a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li><span aria-current="page" class="page-number current">{n}</span></li>')
        else:
            items.append(f'<li><a class="page-number" href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a class="next page-number" href="{href(page + 1)}"><i class="icon-angle-right" ></i></a></li>')
    return '<div class="container">\n<ul class="page-numbers nav-pagination links text-center">' + "".join(items) + "</ul>\n</div>"


# --- templates ---------------------------------------------------------------------------------


def _org(b: str) -> dict:
    return {"@type": "Organization", "@id": f"{b}/#organization", "name": SITE, "url": f"{b}/",
            "logo": {"@type": "ImageObject", "url": f"{b}/wp-content/uploads/2024/03/logo-sgddt-vl.png"}}


def _website(b: str) -> dict:
    return {"@type": "WebSite", "@id": f"{b}/#website", "url": f"{b}/", "name": SITE,
            "publisher": {"@id": f"{b}/#organization"}, "inLanguage": "vi",
            "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint",
                                 "urlTemplate": f"{b}/?s={{search_term_string}}"},
                                 "query-input": "required name=search_term_string"}]}


def _comments(story: Story, b: str, reply_to: int | None) -> str:
    url = f"{b}/{story.slug}/"
    comments = story.opts.get("comments", [])
    if not comments:
        return ('<div id="comments" class="comments-area">\n'
                '<p class="comments-closed">Bình luận đã bị đóng.</p>\n</div>')
    items = []
    for cid, who, when, said in comments:
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}">\n'
            f'<article id="comment-{cid}" class="comment-inner">\n<div class="flex-row align-top">\n'
            '<div class="flex-col"><div class="comment-author mr-half">'
            f"<img alt='' src='https://secure.gravatar.com/avatar/{cid:032x}?s=70&#038;d=mm&#038;r=g' "
            "class='avatar avatar-70 photo' height='70' width='70' loading='lazy' decoding='async'/></div></div>\n"
            f'<div class="flex-col flex-grow">\n<cite class="strong fn">{esc(who)}</cite> <span class="says">viết:</span>\n'
            f'<div class="comment-content"><p>{wpt(said)}</p>\n</div>\n'
            '<div class="comment-meta commentmetadata uppercase is-xsmall clear">\n'
            f'<a href="{url}#comment-{cid}"><time datetime="{iso_local(when)}">{comment_time(when)}</time></a>\n'
            f"<div class=\"reply pull-right\">\n<a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' "
            f'data-commentid="{cid}" data-postid="{story.id}" data-belowelement="comment-{cid}" data-respondelement="respond" '
            f"data-replyto=\"Trả lời đến {esc(who)}\" aria-label='Trả lời đến {esc(who)}'>Trả lời</a></div>\n"
            "</div>\n</div>\n</div>\n</article>\n</li>"
        )
    replying = next((who for cid, who, *_ in comments if cid == reply_to), None)
    title = f"Trả lời đến {esc(replying)}" if replying else "Để lại một bình luận"
    cancel_style = "" if replying else ' style="display:none;"'
    return (
        '<div id="comments" class="comments-area">\n'
        f'<h3 class="comments-title uppercase">{len(comments)} bình luận về &ldquo;<span>{wpt(story.title)}</span>&rdquo;</h3>\n'
        '<ol class="comment-list">\n' + "\n".join(items) + "\n</ol>\n"
        f'<div id="respond" class="comment-respond">\n<h3 id="reply-title" class="comment-reply-title">{title} '
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{cancel_style}>Hủy</a></small></h3>'
        f'<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        '<span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> '
        '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> '
        '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
        '<input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> '
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />"
        f"<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form>\n"
        "</div><!-- #respond -->\n</div>"
    )


def single(story: Story, b: str, reply_to: int | None = None) -> str:
    o = story.opts
    url = f"{b}/{story.slug}/"
    cats = sorted(cats_of(story), key=lambda c: CATS[c][0])
    primary = story.cat
    modified = o.get("modified", o["dt"])
    seo = o.get("seo") or f"{story.title} - {SITE}"
    imgs = story.images
    featured = sized(imgs[0].src, 1020, 680) if imgs else None
    schema = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": o["account"], "@id": f"{b}/#/schema/person/{o['account']}"},
         "headline": story.title, "datePublished": iso_utc(o["dt"]), "dateModified": iso_utc(modified),
         "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(p.split()) for p in story.paragraphs),
         "commentCount": len(o.get("comments", [])), "publisher": {"@id": f"{b}/#organization"},
         **({"image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": b + featured} if featured else {}),
         "keywords": [TAGS[t] for t in o.get("tags", [])],
         "articleSection": [CATS[c][0] for c in cats], "inLanguage": "vi",
         "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}]},
        {"@type": "WebPage", "@id": url, "url": url, "name": seo, "isPartOf": {"@id": f"{b}/#website"},
         "datePublished": iso_utc(o["dt"]), "dateModified": iso_utc(modified),
         "description": o["desc"], "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{b}/"},
            {"@type": "ListItem", "position": 2, "name": "Tin tức", "item": f"{b}/tin-tuc/"},
            {"@type": "ListItem", "position": 3, "name": CATS[primary][0], "item": f"{b}/category/{primary}/"},
            {"@type": "ListItem", "position": 4, "name": story.title}]},
        _website(b), _org(b),
        {"@type": "Person", "@id": f"{b}/#/schema/person/{o['account']}", "name": o["account"],
         "url": f"{b}/author/{o['account']}/"},
    ]}
    extra = (
        f'\t<meta property="article:published_time" content="{iso_utc(o["dt"])}" />\n'
        f'\t<meta property="article:modified_time" content="{iso_utc(modified)}" />\n'
        + (f'\t<meta property="og:image" content="{b}{featured}" />\n\t<meta property="og:image:width" content="1020" />\n'
           '\t<meta property="og:image:height" content="680" />\n\t<meta property="og:image:type" content="image/jpeg" />\n'
           if featured else "")
        + f'\t<meta name="author" content="{o["account"]}" />\n'
        f'\t<meta name="twitter:label1" content="Được viết bởi" />\n\t<meta name="twitter:data1" content="{o["account"]}" />\n'
        '\t<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n'
        f'\t<meta name="twitter:data2" content="{max(1, len(" ".join(story.paragraphs).split()) // 200)} phút" />\n'
    )
    page = head(b, title=seo, canonical=url, desc=o["desc"], extra=extra, schema=schema,
                robots="noindex, follow" if reply_to else None,
                shortlink=f"<link rel='shortlink' href='{b}/?p={story.id}' />\n")
    body_cls = (f"post-template-default single single-post postid-{story.id} single-format-standard "
                "lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border")
    post_cls = (f"post-{story.id} post type-post status-publish format-standard"
                f"{' has-post-thumbnail' if featured else ''} hentry"
                + "".join(f" category-{c}" for c in cats) + "".join(f" tag-{t}" for t in o.get("tags", [])))
    cat_links = ", ".join(f'<a href="{b}/category/{c}/" rel="category tag">{esc(CATS[c][0])}</a>' for c in cats)
    tag_links = ", ".join(f'<a href="{b}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in o.get("tags", []))
    updated = o.get("modified", o["dt"])
    entry_image = ""
    if featured:
        entry_image = (
            f'<div class="entry-image relative">\n<a href="{url}">\n'
            f'{lazy_img(b, featured, "attachment-large size-large wp-post-image", "")}</a>\n'
            f"{badge(o['dt'], 'is-small')}\n</div>"
        )
    content = render_blocks(story, b).replace("{RELATED}", related_box(story, b))
    footer_meta = (f"Bài viết này đã được đăng trong {cat_links} và được gắn thẻ {tag_links}."
                   if tag_links else f"Bài viết này đã được đăng trong {cat_links}.")
    page += f"""<body class="{body_cls}">
{header(b, "/tin-tuc/")}
<main id="main" class="">
<div id="content" class="blog-wrapper blog-single page-wrapper">
{breadcrumb(b, [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (CATS[primary][0], f"/category/{primary}/"), (story.title, None)])}
<div class="row row-large row-divided ">
<div class="large-9 col">
<article id="post-{story.id}" class="{post_cls}">
<div class="article-inner ">
<header class="entry-header">
<div class="entry-header-text entry-header-text-top text-left">
<h6 class="entry-category is-xsmall">{cat_links}</h6>
<h1 class="entry-title">{wpt(story.title)}</h1>
<div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall">
<span class="posted-on">Đăng vào <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{iso_local(o['dt'])}">{dmy(o['dt'])}</time><time class="updated" datetime="{iso_local(updated)}">{dmy(updated)}</time></a></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="{b}/author/{o['account']}/">{o['account']}</a></span></span></div>
</div>
{entry_image}
</header>
<div class="entry-content single-page">
{content}
{share_icons(b, url, story.title)}
</div>
<footer class="entry-meta text-left">
{footer_meta}
</footer>
</div>
</article>
{_comments(story, b, reply_to)}
</div>
{sidebar(b)}
</div>
</div>
{footer(b)}"""
    return page


def archive(b: str, *, title_html: str, title: str, base: str, stories: list[Story], page: int,
            crumbs: list[tuple[str, str | None]], desc: str = "", body_cls: str = "archive",
            sticky: Story | None = None) -> str | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    shown = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
    if sticky and page == 1:
        shown = [sticky] + [s for s in shown if s is not sticky]
    canonical = f"{b}{base}" if page == 1 else f"{b}{base}page/{page}/"
    extra = ""
    if page > 1:
        extra += f'\t<link rel="prev" href="{b}{base}{"" if page == 2 else f"page/{page - 1}/"}" />\n'
    if page < pages:
        extra += f'\t<link rel="next" href="{b}{base}page/{page + 1}/" />\n'
    full_title = f"{title}{'' if page == 1 else f' - Trang {page} trên {pages}'} - {SITE}"
    schema = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": canonical, "url": canonical, "name": full_title,
         "isPartOf": {"@id": f"{b}/#website"}, "inLanguage": "vi"}, _website(b), _org(b)]}
    if page > 1:
        crumbs = [*crumbs[:-1], (crumbs[-1][0], base), (f"Trang {page}", None)]
    page_html = head(b, title=full_title, canonical=canonical, desc=desc or f"{title} - {SITE}",
                     og_type="website", extra=extra, schema=schema)
    descr = f'<div class="taxonomy-description"><p>{esc(desc)}</p></div>' if desc and page == 1 else ""
    page_html += f"""<body class="{body_cls} paged-{page} lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">
{header(b, base if base == "/tin-tuc/" else "")}
<main id="main" class="">
<div id="content" class="blog-wrapper blog-archive page-wrapper">
{breadcrumb(b, crumbs)}
<header class="archive-page-header">
<div class="row">
<div class="large-12 text-center col">
<h1 class="page-title is-large uppercase">{title_html}</h1>
{descr}
</div>
</div>
</header>
<div class="row row-large row-divided ">
<div class="large-9 col">
<div id="post-list">
{grid(shown, b)}
{pagination(b, base, page, pages)}
</div>
</div>
{sidebar(b)}
</div>
</div>
{footer(b)}"""
    return page_html


def page_view(slug: str, b: str) -> str:
    pg = PAGES[slug]
    url = f"{b}/{slug}/"
    schema = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{pg['title']} - {SITE}",
         "isPartOf": {"@id": f"{b}/#website"}, "datePublished": "2024-03-12T02:10:44+00:00",
         "dateModified": "2026-09-05T08:21:07+00:00", "inLanguage": "vi"}, _website(b), _org(b)]}
    extra = '\t<meta property="article:modified_time" content="2026-09-05T08:21:07+00:00" />\n'
    out = head(b, title=f"{pg['title']} - {SITE}", canonical=url, desc=f"{pg['title']} - {SITE}",
               extra=extra, schema=schema, shortlink=f"<link rel='shortlink' href='{b}/?page_id={pg['id']}' />\n")
    out += f"""<body class="page-template-default page page-id-{pg['id']} lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">
{header(b, f"/{slug}/")}
<main id="main" class="">
<div id="content" class="content-area page-wrapper" role="main">
{breadcrumb(b, [("Trang chủ", "/"), (pg["title"], None)])}
<div class="row row-main">
<div class="large-12 col">
<div class="col-inner">
<header class="entry-header"><h1 class="entry-title mb uppercase">{esc(pg["title"])}</h1></header>
<div class="entry-content">
{pg["html"].replace("{B}", b)}
</div>
</div>
</div>
</div>
</div>
{footer(b)}"""
    return out


def home(b: str) -> str:
    slides = [s for s in NEWEST if s.opts.get("utm")]
    slider = "".join(
        f'<div class="banner has-hover" id="banner-{900 + n}">\n<div class="banner-inner fill">\n'
        f'<div class="banner-bg fill" >{lazy_img(b, sized(s.images[0].src, 1020, 680), "bg attachment-large size-large", "")}'
        '<div class="overlay"></div></div>\n<div class="banner-layers container">\n'
        f'<a class="fill" href="{b}/{s.slug}/?{UTM.replace("&", "&amp;")}"><div class="fill banner-link"></div></a>\n'
        f'<div id="text-box-{700 + n}" class="text-box banner-layer x5 md-x5 lg-x5 y90 md-y90 lg-y90 res-text">\n'
        '<div class="text-box-content text dark"><div class="text-inner text-left">\n'
        f'<h3 class="uppercase"><strong>{wpt(s.title)}</strong></h3>\n</div></div>\n'
        f"<style>\n#text-box-{700 + n} {{\n  width: 80%;\n}}\n</style>\n</div>\n</div>\n</div>\n</div>"
        for n, s in enumerate(slides)
    )

    def section(cat: str, count: int, rid: str, list_style: bool = False) -> str:
        stories = [s for s in NEWEST if cat in cats_of(s)][:count]
        if list_style:
            body = "<ul class=\"thong-bao-list\">" + "".join(
                f'<li><i class="icon-angle-right"></i> <a href="{b}/{s.slug}/">{wpt(s.title)}</a> '
                f'<span class="ngay-dang">({dmy(s.opts["dt"])})</span></li>' for s in stories) + "</ul>"
        else:
            body = grid(stories, b, cols=count if count < 4 else 4, rid=rid)
        return (
            '<div class="container section-title-container" >'
            f'<h3 class="section-title section-title-bold"><b></b><span class="section-title-main" >{esc(CATS[cat][0])}</span><b></b>'
            f'<a href="{b}/category/{cat}/" target="">Xem thêm<i class="icon-angle-right" ></i></a></h3></div>\n{body}'
        )

    banners = "".join(
        f'<div class="col medium-4 small-12 large-4"><div class="col-inner"><a href="{b}/{slug}/" class="plain">'
        f'<div class="icon-box featured-box icon-box-left text-left"><div class="icon-box-img" style="width: 40px">'
        f'<img width="64" height="64" src="{b}/wp-content/uploads/2024/03/icon-{slug}.png" alt="" /></div>'
        f'<div class="icon-box-text last-reset"><h4>{esc(PAGES[slug]["title"])}</h4></div></div></a></div></div>'
        for slug in ("van-ban-chi-dao", "thu-tuc-hanh-chinh", "thu-vien-anh")
    )
    schema = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": f"{b}/", "url": f"{b}/", "name": f"Trang chủ - {SITE}",
         "isPartOf": {"@id": f"{b}/#website"}, "about": {"@id": f"{b}/#organization"}, "inLanguage": "vi"},
        _website(b), _org(b)]}
    out = head(b, title=f"Trang chủ - {SITE}", canonical=f"{b}/", og_type="website", schema=schema,
               desc="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Vĩnh Long: tin tức, thông báo, văn bản chỉ đạo.",
               shortlink=f"<link rel='shortlink' href='{b}/' />\n")
    out += f"""<body class="home page-template page-template-page-blank page-template-page-blank-php page page-id-12 lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">
{header(b, "/")}
<main id="main" class="">
<div id="content" role="main" class="content-area">
<section class="section" id="section_2043187665">
<div class="bg section-bg fill bg-fill  bg-loaded" ></div>
<div class="section-content relative">
<div class="row"  id="row-1103858924">
<div id="col-1742290210" class="col medium-8 small-12 large-8"  ><div class="col-inner"  >
<div class="slider-wrapper relative" id="slider-1522418557" >
<div class="slider slider-nav-circle slider-nav-large slider-nav-light slider-style-normal"
 data-flickity-options='{{"cellAlign": "center", "imagesLoaded": true, "lazyLoad": 1, "freeScroll": false, "wrapAround": true, "autoPlay": 6000, "pauseAutoPlayOnHover" : true, "prevNextButtons": true, "contain" : true, "adaptiveHeight" : true, "dragThreshold" : 10, "percentPosition": true, "pageDots": true, "rightToLeft": false, "draggable": true, "selectedAttraction": 0.1, "parallax" : 0, "friction": 0.6}}'>
{slider}
</div>
<div class="loading-spin dark large centered"></div>
</div>
</div></div>
<div id="col-20416577" class="col medium-4 small-12 large-4"  ><div class="col-inner"  >
{section("thong-bao", 3, "row-441271", list_style=True)}
</div></div>
</div>
{section("tin-tuc-su-kien", 3, "row-1970263815")}
{section("hoat-dong-chuyen-mon", 4, "row-655130498")}
<div class="row"  id="row-1277417">{banners}</div>
</div>
<style>
#section_2043187665 {{
  padding-top: 30px;
  padding-bottom: 30px;
}}
</style>
</section>
</div>
{footer(b)}"""
    return out


def search_page(b: str, term: str) -> str:
    needle = unicodedata.normalize("NFC", term).casefold().strip()
    found = [s for s in NEWEST if needle and needle in s.title.casefold()][:PER_PAGE]
    results = grid(found, b) if found else (
        '<div class="row"><div class="large-12 col"><p>Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p></div></div>')
    out = head(b, title=f"Bạn đã tìm kiếm {term} - {SITE}", canonical=f"{b}/?s={quote(term)}",
               desc=SITE, og_type="website", robots="noindex, follow")
    out += f"""<body class="search search-results lightbox nav-dropdown-has-arrow">
{header(b, "")}
<main id="main" class="">
<div id="content" class="blog-wrapper blog-archive page-wrapper">
<header class="archive-page-header"><div class="row"><div class="large-12 text-center col">
<h1 class="page-title is-large uppercase">Kết quả tìm kiếm cho: <span>{esc(term)}</span></h1>
</div></div></header>
<div class="row row-large row-divided "><div class="large-9 col"><div id="post-list">{results}</div></div>
{sidebar(b)}
</div></div>
{footer(b)}"""
    return out


def feed(b: str) -> str:
    items = "".join(
        f"""
	<item>
		<title>{esc(s.title)}</title>
		<link>{b}/{s.slug}/</link>
		<comments>{b}/{s.slug}/#respond</comments>
		<dc:creator><![CDATA[{s.opts['account']}]]></dc:creator>
		<pubDate>{rfc822(s.opts['dt'])}</pubDate>
		{''.join(f'<category><![CDATA[{CATS[c][0]}]]></category>' for c in cats_of(s))}
		<guid isPermaLink="false">{b}/?p={s.id}</guid>
		<description><![CDATA[{excerpt(s, 40)}]]></description>
	</item>"""
        for s in NEWEST[:10]
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
	<title>{SITE}</title>
	<atom:link href="{b}/feed/" rel="self" type="application/rss+xml" />
	<link>{b}</link>
	<description>Cổng thông tin điện tử</description>
	<lastBuildDate>{rfc822(NEWEST[0].opts['dt'])}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.3.2</generator>{items}
</channel>
</rss>
"""


# --- the site ----------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/(?:tin-tuc|category/[a-z0-9-]+|tag/[a-z0-9-]+|author/[a-z0-9_]+)/)(?:page/(?P<n>\d+)/)?$")
_OLD_PERMALINK = re.compile(r"^/\d{4}/\d{2}/\d{2}/(?P<slug>[a-z0-9-]+)/?$")


def _html(page: str) -> Response:
    return html(page, headers={"Link": "</wp-json/>; rel=\"https://api.w.org/\"", "X-Powered-By": "PHP/8.1.27"})


class WordPressFlatsomeSite:
    """Routes as WordPress's rewrite rules and ``redirect_canonical`` answer them."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        b = base_url(request)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/index.php":
            return redirect(f"{b}/", 301)
        if path == "/wp-comments-post.php":
            return html("<p><strong>Lỗi</strong>: Vui lòng điền các trường bắt buộc.</p>", status=400)
        if path == "/":
            params = request.params
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(f"{b}/{story.slug}/", 301) if story else None
            if "page_id" in params:
                slug = PAGE_BY_ID.get(int(params["page_id"])) if params["page_id"].isdigit() else None
                return redirect(f"{b}/{slug}/", 301) if slug else None
            if "s" in params:
                return _html(search_page(b, params["s"]))
            return _html(home(b))
        if path == "/feed/":
            return Response(200, feed(b), {"Content-Type": "application/rss+xml; charset=UTF-8"})
        if not path.endswith("/"):
            target = path + "/"
            known = _PAGED.match(target) or target.strip("/") in BY_SLUG or target.strip("/") in PAGES
            return redirect(f"{b}{target}", 301) if known else None
        if m := _OLD_PERMALINK.match(path):
            story = BY_SLUG.get(m.group("slug"))
            return redirect(f"{b}/{story.slug}/", 301) if story else None
        if m := _PAGED.match(path):
            if m.group("n") == "1":
                return redirect(f"{b}{m.group('base')}", 301)
            return self._listing(b, m.group("base"), int(m.group("n") or 1))
        slug = path.strip("/")
        if slug in BY_SLUG:
            reply = request.params.get("replytocom", "")
            return _html(single(BY_SLUG[slug], b, int(reply) if reply.isdigit() else None))
        if slug in PAGES:
            return _html(page_view(slug, b))
        return None

    def _listing(self, b: str, base: str, page: int) -> Response | None:
        kind, _, key = base.strip("/").partition("/")
        if kind == "tin-tuc":
            out = archive(b, title_html="Tin tức", title="Tin tức", base=base, stories=NEWEST, page=page,
                          crumbs=[("Trang chủ", "/"), ("Tin tức", None)], body_cls="blog",
                          sticky=next(s for s in NEWEST if s.opts.get("sticky")))
        elif kind == "category" and key in CATS:
            name, _cid, desc = CATS[key]
            out = archive(b, title_html=f"Chuyên mục: <span>{esc(name)}</span>", title=name, base=base,
                          stories=[s for s in NEWEST if key in cats_of(s)], page=page, desc=desc,
                          crumbs=[("Trang chủ", "/"), (name, None)], body_cls=f"archive category category-{key}")
        elif kind == "tag" and key in TAGS:
            out = archive(b, title_html=f"Thẻ: <span>{esc(TAGS[key])}</span>", title=TAGS[key], base=base,
                          stories=[s for s in NEWEST if key in s.opts.get("tags", [])], page=page,
                          crumbs=[("Trang chủ", "/"), (f"Lưu trữ thẻ {TAGS[key]}", None)],
                          body_cls=f"archive tag tag-{key}")
        elif kind == "author" and key in ACCOUNTS:
            out = archive(b, title_html=f'Tác giả: <span class="vcard">{esc(key)}</span>', title=key, base=base,
                          stories=[s for s in NEWEST if s.opts["account"] == key], page=page,
                          crumbs=[("Trang chủ", "/"), (f"Lưu trữ cho {key}", None)], body_cls=f"archive author author-{key}")
        else:
            return None
        return _html(out) if out else None


def build_site() -> WordPressFlatsomeSite:
    return WordPressFlatsomeSite()
