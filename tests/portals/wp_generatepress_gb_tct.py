"""Trường Chính trị tỉnh Bình Phước: WordPress 6.3, GeneratePress + GenerateBlocks, Rank Math.

Platform
--------
WordPress 6.3 (vi locale) with the GeneratePress theme and GenerateBlocks: the home page and the
archives are GenerateBlocks *query loops* (``gb-query-loop-wrapper`` / ``gb-query-loop-item``), a
single post is drawn by a GeneratePress Element (a GenerateBlocks "page hero" above the post: Rank
Math breadcrumbs, the terms, the ``h1``, the dates, the excerpt, the poster account and the view
count), then ``div.entry-content`` and a post-meta strip (tags, share buttons). Plugins: Rank Math
SEO (breadcrumbs, JSON-LD ``@graph``, og tags), Easy Table of Contents (``#ez-toc-container``),
YARPP ("Bài viết liên quan", appended to the content), Inline Related Posts (a "Xem thêm" box
in mid-text), a3 Lazy Load (``data-lazy-src`` + ``<noscript>``), Post Views Counter.

URL scheme
----------
- ``/`` home: a "tin nổi bật" hero (the newest post), a query loop of 4 posts paginated the
  GenerateBlocks way, ``/?query-7f3a9c21-page=N`` (N = 2..4), and one block per category.
- ``/tin-tuc/<post-slug>/``: a post. ``?replytocom=<id>`` (the comments' "Trả lời" links) serves
  the same post again; ``/tin-tuc/<slug>`` (no slash) answers 301 to the slashed form.
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<N>/``: category archives, 3 posts per
  page (``/page/1/`` answers 301 to the archive). ``/tag/<slug>/``: tag archives.
- ``/<page-slug>/``: pages (giới thiệu, lịch sử, cơ cấu tổ chức, liên hệ, thư viện ảnh).
- ``/?s=…``: search; ``/feed/``: RSS 2.0 of the 10 newest posts.

How each gold article is reached
--------------------------------
Home query loop pages 1-4 list all 13 (newest first); the category archives list them 3 per page
(Tin hoạt động and Đào tạo - Bồi dưỡng have a page 2: ``be-giang-lop-boi-duong…`` and the older
Tin hoạt động posts are on page 2 only); the sidebar's "Bài viết mới" lists the 5 newest;
YARPP's box on a post links 3 posts of its category.

Traps
-----
1. GeneratePress prints the *updated* time before the published one in the same
   ``span.posted-on``: ``<time class="updated" itemprop="dateModified">`` (hidden by the theme's CSS
   ``.updated:not(.published){display:none}``) then ``<time class="entry-date published">``. Gold:
   the published one.
2. Dates in the vi locale's "F j, Y g:i a": "Tháng Mười Hai 3, 2026 2:30 chiều" (month name before
   the day, 12-hour clock with "sáng"/"chiều"). Gold: 2026-12-03T14:30:00+07:00. A post at
   "12:00 sáng" is midnight: the day alone (``boi-duong-kien-thuc-quoc-phong…``: 2026-11-17).
3. The hero's excerpt element: a manual excerpt is the sapo (printed outside the content: gold
   summary and first body paragraph); but a post without one gets WordPress's automatic excerpt,
   the first 30 words of the text followed by " […]": a truncated copy, not a sapo (gold summary
   null, the body starts at the content's first paragraph).
4. Easy Table of Contents box inside ``entry-content`` before the first heading: its title is a
   ``<p class="ez-toc-title">Mục lục</p>`` and its items a nested ``<ul>`` of links: no text.
   The headings it targets carry empty ``span.ez-toc-section`` anchors: the headings are text.
5. GenerateBlocks image + caption: ``figure.gb-block-image`` then a sibling
   ``<p class="gb-headline …"><em>…</em></p>`` under it that is the photo's caption (gold caption,
   not body). Core images use ``figcaption.wp-element-caption``; classic ``[caption]`` shortcodes
   ``figure.wp-caption`` + ``figcaption.wp-caption-text``.
6. One post is laid out in GenerateBlocks containers: its paragraphs are
   ``<div class="gb-headline gb-headline-… gb-headline-text">`` (no ``<p>``) in a two-column
   ``gb-grid-wrapper`` whose right column holds the photos: all of it is the text, in DOM order.
7. WordPress 6.3 footnotes: ``<sup data-fn="…" class="fn"><a href="#…">1</a></sup>`` glued to a
   word, and ``ol.wp-block-footnotes`` whose entries end with a "↩︎" back-link. Gold: the call is
   no text; the notes are body paragraphs without the "↩︎".
8. a3 Lazy Load: ``src`` is an SVG data placeholder, the photo is in ``data-lazy-src`` (and again
   in a ``<noscript><img></noscript>``). Gold: the real photo, once.
9. YARPP "Bài viết liên quan" thumbnails and the "Xem thêm:" box of Inline Related Posts sit
   inside ``entry-content``: neither is text, their thumbnails are not the article's images.
10. The poster account: "Đăng bởi quantri" in the hero and ``"author": {"name": "quantri"}`` in
    Rank Math's JSON-LD: nobody. The real byline is a right-aligned paragraph at the end
    ("ThS. Trần Thị Hồng Nhung<br><em>Khoa Xây dựng Đảng</em>", "Tin, ảnh: Minh Khoa",
    "Tin: Hoàng Yến - Ảnh: Văn Tùng", a unit signing alone).
11. A post filed in two categories: the hero's term list prints both ("Nghiên cứu khoa học, Tin
    hoạt động"); the Rank Math breadcrumb prints the primary one. Gold: the breadcrumb's.
12. ``?replytocom=<id>`` comment-reply links serve the post again (Rank Math marks them noindex):
    alt_paths. Comments (names, dates, text) are not body.
13. A poem in a verse block (``pre.wp-block-verse``) whose lines are separated by newlines in the
    markup, not ``<br>``: each line is a paragraph.
14. A YouTube embed (``figure.wp-block-embed``) with its own ``figcaption``: not body, no image.
15. A gallery (``figure.wp-block-gallery``) of nested images with captions, one only "Ảnh: Văn
    Tùng" (a photographer, caption None), and a gallery-wide caption (not body, no image's).

Gold decisions on ambiguous points
----------------------------------
- A pull quote's ``<cite>`` line is a paragraph of its own after the quote's text.
- The gallery-wide caption ("blocks-gallery-caption") is nobody's caption and not body.
- The featured image only appears as the hero's CSS background and og:image: not an image of the
  article (the body's photos are).
- A table's rows are paragraphs, cells joined by " | " (the table has no caption).
- The file-attachment line of a notice ("Tải về: …pdf") is not body.
- "Phòng Quản lý đào tạo", signing alone on the right, is the author as printed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_generatepress_gb_tct"
PLATFORM = "WordPress 6.3 + GeneratePress + GenerateBlocks + Rank Math"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Bình Phước"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
HOME_PER_PAGE = 4
QUERY_ID = "7f3a9c21"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
}
TAGS = {
    "ly-luan-chinh-tri": "lý luận chính trị",
    "hoc-tap-lam-theo-bac": "học tập và làm theo Bác",
}
UP = "/wp-content/uploads/2026"


def _img(month: str, name: str) -> str:
    return f"{UP}/{month}/{name}-1024x683.jpg"


# --- the 13 posts ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=3412,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k85",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính K85 hệ không tập trung",
        cat="dao-tao-boi-duong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng 03/12, Trường Chính trị tỉnh Bình Phước tổ chức khai giảng lớp Trung cấp lý luận "
            "chính trị - hành chính K85 hệ không tập trung cho 92 học viên là cán bộ, công chức các "
            "sở, ban, ngành tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Nguyễn Văn Lợi, Phó Hiệu trưởng phụ trách Trường; đại "
                "diện lãnh đạo các khoa, phòng chuyên môn và các học viên của lớp."
            ),
            Img(_img("12", "khai-giang-k85-1"), "Đồng chí Nguyễn Văn Lợi phát biểu khai giảng lớp học",
                "Đồng chí Nguyễn Văn Lợi phát biểu khai giảng lớp học", "core"),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh lớp học được tổ chức theo "
                "Kế hoạch số 112/KH-TCT của Nhà trường, chương trình gồm 5 phần với 27 học phần, "
                "thời gian học tập 18 tháng."
            ),
            P(
                "Đồng chí đề nghị học viên chấp hành nghiêm quy chế đào tạo, phát huy tinh thần tự "
                "học, gắn lý luận với thực tiễn công tác tại cơ quan, đơn vị."
            ),
            Img(_img("12", "khai-giang-k85-2"), "(Học viên lớp K85 tại lễ khai giảng)",
                "Học viên lớp K85 tại lễ khai giảng", "gb"),
            P(
                "Thay mặt học viên, đồng chí lớp trưởng hứa sẽ nêu cao ý thức tổ chức kỷ luật, hoàn "
                "thành tốt chương trình học tập."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Minh Khoa</strong></p>'),
        ],
        authors=["Minh Khoa"],
        photographers=["Minh Khoa"],
        opts={"mod": "2026-12-04T08:10:00+07:00", "tags": ["ly-luan-chinh-tri"]},
    ),
    Story(
        id=3398,
        slug="hoi-nghi-tong-ket-cong-tac-nghien-cuu-khoa-hoc-nam-2026",
        title="Hội nghị tổng kết công tác nghiên cứu khoa học năm 2026",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-12-01T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 30/11, Hội đồng Khoa học Trường Chính trị tỉnh Bình Phước tổ chức hội nghị tổng "
                "kết công tác nghiên cứu khoa học năm 2026 và triển khai nhiệm vụ năm 2027."
            ),
            P("I. Kết quả đạt được", "h2"),
            P(
                "Năm 2026, Nhà trường triển khai 2 đề tài khoa học cấp tỉnh, 9 đề tài cấp cơ sở và "
                "tổ chức 4 hội thảo, tọa đàm khoa học với sự tham gia của đông đảo giảng viên."
            ),
            P("Kết quả cụ thể theo từng loại hình như sau:"),
            P("Loại hình | Số lượng | Đã nghiệm thu", "tr"),
            P("Đề tài cấp tỉnh | 2 | 1", "tr"),
            P("Đề tài cấp cơ sở | 9 | 9", "tr"),
            P("Hội thảo, tọa đàm | 4 | 4", "tr"),
            P("II. Hạn chế và nguyên nhân", "h2"),
            P(
                "Bên cạnh kết quả đạt được, việc ứng dụng kết quả nghiên cứu vào giảng dạy còn chậm; "
                "số giảng viên trẻ chủ nhiệm đề tài còn ít."
            ),
            P("III. Phương hướng năm 2027", "h2"),
            P(
                "Hội nghị thống nhất tập trung nghiên cứu các vấn đề thực tiễn của địa phương, gắn "
                "nghiên cứu khoa học với đổi mới nội dung, phương pháp giảng dạy."
            ),
            Img(_img("12", "tong-ket-nckh"), "Toàn cảnh hội nghị", "Toàn cảnh hội nghị", "classic"),
            Raw(
                '<p class="has-text-align-right"><strong>ThS. Trần Thị Hồng Nhung</strong><br>'
                "<em>Khoa Xây dựng Đảng</em></p>"
            ),
        ],
        authors=["Trần Thị Hồng Nhung"],
        opts={"toc": True, "also": ["tin-hoat-dong"], "tags": ["ly-luan-chinh-tri"],
              "mod": "2026-12-02T10:00:00+07:00"},
    ),
    Story(
        id=3385,
        slug="thong-bao-lich-hoc-lop-cao-cap-ly-luan-chinh-tri-thang-12",
        title="Thông báo lịch học lớp Cao cấp lý luận chính trị tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-30T16:45:00+07:00",
        blocks=[
            P(
                "Phòng Quản lý đào tạo thông báo lịch học tháng 12/2026 của lớp Cao cấp lý luận chính "
                "trị hệ không tập trung B26 như sau:"
            ),
            P("Học phần Lịch sử Đảng Cộng sản Việt Nam: từ ngày 07/12 đến ngày 11/12/2026.", "li"),
            P("Học phần Xây dựng Đảng: từ ngày 14/12 đến ngày 18/12/2026.", "li"),
            P("Ôn tập và thi kết thúc học phần: ngày 21/12 và 22/12/2026.", "li"),
            P(
                "Học viên có mặt tại phòng học A2 lúc 7 giờ 15 phút; trường hợp vắng mặt phải có đơn "
                "xin phép gửi giáo viên chủ nhiệm lớp."
            ),
            Raw('<p class="has-text-align-right"><strong>Phòng Quản lý đào tạo</strong></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={},
    ),
    Story(
        id=3371,
        slug="doan-cong-tac-truong-tham-quan-hoc-tap-tai-khu-di-tich-ta-thiet",
        title="Đoàn công tác Trường tham quan, học tập tại Khu di tích Tà Thiết",
        cat="tin-hoat-dong",
        published_at="2026-11-27T10:20:00+07:00",
        blocks=[
            P(
                "Từ ngày 25 đến 26/11, Đoàn công tác của Trường Chính trị tỉnh do đồng chí Phó Hiệu "
                "trưởng làm trưởng đoàn đã đến tham quan, học tập thực tế tại Khu di tích lịch sử "
                "Căn cứ Bộ Chỉ huy Miền Tà Thiết, huyện Lộc Ninh."
            ),
            P(
                "Tại đây, đoàn dâng hương tưởng niệm các anh hùng liệt sĩ và nghe thuyết minh về quá "
                "trình hình thành, hoạt động của căn cứ trong cuộc kháng chiến chống Mỹ cứu nước."
            ),
            Img(_img("11", "ta-thiet-1"), "Đoàn dâng hương tại Khu di tích", "Đoàn dâng hương tại Khu di tích",
                "gallery"),
            Img(_img("11", "ta-thiet-2"), "Ảnh: Văn Tùng", None, "gallery"),
            Img(_img("11", "ta-thiet-3"), "Nghe thuyết minh tại nhà hầm chỉ huy",
                "Nghe thuyết minh tại nhà hầm chỉ huy", "gallery"),
            P(
                "Chuyến đi giúp cán bộ, giảng viên bổ sung tư liệu thực tế phục vụ giảng dạy các học "
                "phần lịch sử Đảng bộ địa phương."
            ),
            Raw('<p class="has-text-align-right"><em>Tin: Hoàng Yến - Ảnh: Văn Tùng</em></p>'),
        ],
        authors=["Hoàng Yến"],
        photographers=["Văn Tùng"],
        opts={"lazy": True, "gallery_caption": "Một số hình ảnh của chuyến tham quan"},
    ),
    Story(
        id=3360,
        slug="hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-ve-can-kiem-liem-chinh",
        title="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về “cần, kiệm, liêm, chính”",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-24T09:00:00+07:00",
        summary=(
            "Cần, kiệm, liêm, chính là những phẩm chất đạo đức cơ bản mà Chủ tịch Hồ Chí Minh yêu "
            "cầu mỗi cán bộ, đảng viên phải rèn luyện suốt đời."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo Người, cần, kiệm, liêm, chính là gốc của đạo đức cách mạng, thiếu một đức thì "
                "không thành người.",
                "fnref|8c2f61d0-7a31-4b8e-9f3e-1d2a5b6c7e01|cách mạng|1",
            ),
            P(
                "Người không chỉ nói mà còn là tấm gương mẫu mực thực hành các đức tính ấy trong cuộc "
                "sống hằng ngày, từ bữa ăn đạm bạc đến ngôi nhà sàn đơn sơ."
            ),
            P("Trời có bốn mùa: Xuân, Hạ, Thu, Đông.", "verse"),
            P("Đất có bốn phương: Đông, Tây, Nam, Bắc.", "verse"),
            P("Người có bốn đức: Cần, Kiệm, Liêm, Chính.", "verse"),
            P("Thiếu một mùa, thì không thành trời.", "verse"),
            P(
                "Mỗi cán bộ, đảng viên cần xây dựng kế hoạch tu dưỡng, rèn luyện cụ thể, gắn với nhiệm "
                "vụ chuyên môn của mình.",
                "fnref|3e9a7b42-5c18-4d6f-8a20-6b7c8d9e0f12|cụ thể|2",
            ),
            P("Một dân tộc biết cần, kiệm, biết liêm, là một dân tộc giàu về vật chất, mạnh về tinh thần.",
              "pq"),
            P("Chủ tịch Hồ Chí Minh", "pqcite"),
            P(
                "Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.6, tr.117.",
                "fn|8c2f61d0-7a31-4b8e-9f3e-1d2a5b6c7e01",
            ),
            P(
                "Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng "
                "của cán bộ, đảng viên trong giai đoạn mới.",
                "fn|3e9a7b42-5c18-4d6f-8a20-6b7c8d9e0f12",
            ),
            Raw(
                '<p class="has-text-align-right"><strong>TS. Lê Văn Hùng</strong> - Phó Hiệu trưởng'
                "</p>"
            ),
        ],
        authors=["Lê Văn Hùng"],
        opts={"tags": ["hoc-tap-lam-theo-bac"], "mod": "2026-11-25T15:20:00+07:00"},
    ),
    Story(
        id=3347,
        slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV",
        cat="tin-hoat-dong",
        published_at="2026-11-20T15:10:00+07:00",
        blocks=[
            P(
                "Chiều 19/11, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "“Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chính trị”.",
                "gbL",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những giải pháp đổi mới nội "
                "dung, hình thức sinh hoạt, tránh hình thức, đơn điệu.",
                "gbL",
            ),
            P(
                "Đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên phát huy vai trò tiên phong, gương mẫu, "
                "hoàn thành tốt nhiệm vụ giảng dạy năm học 2026 - 2027.",
                "gbL",
            ),
            Img(_img("11", "sinh-hoat-chuyen-de-1"), None, None, "gbR"),
            Img(_img("11", "sinh-hoat-chuyen-de-2"), None, None, "gbR"),
            Raw('<p class="has-text-align-right">Theo <strong>Báo Bình Phước</strong></p>'),
        ],
        source="Báo Bình Phước",
        opts={},
    ),
    Story(
        id=3339,
        slug="boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4-nam-2026",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-17",
        blocks=[
            P(
                "Thực hiện kế hoạch của Hội đồng Giáo dục quốc phòng và an ninh tỉnh, Trường Chính trị "
                "phối hợp với Bộ Chỉ huy Quân sự tỉnh mở lớp bồi dưỡng kiến thức quốc phòng và an ninh "
                "cho 120 học viên đối tượng 4."
            ),
            P(
                "Lớp học diễn ra trong 5 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của "
                "Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân."
            ),
            Raw(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                '<iframe title="Bồi dưỡng kiến thức QP-AN đối tượng 4" width="800" height="450" '
                'src="https://www.youtube.com/embed/q1w2e3r4t5y?feature=oembed" frameborder="0" '
                'allowfullscreen></iframe></div><figcaption class="wp-element-caption">Clip: Phóng sự '
                "về lớp bồi dưỡng của Đài PT-TH Bình Phước</figcaption></figure>"
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận hoàn thành "
                "chương trình."
            ),
            Raw('<p class="has-text-align-right"><strong>Ngọc Hân</strong></p>'),
        ],
        authors=["Ngọc Hân"],
        opts={"dt": "2026-11-17T00:00:00+07:00"},
    ),
    Story(
        id=3326,
        slug="truong-chinh-tri-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường Chính trị tỉnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-19T19:30:00+07:00",
        blocks=[
            P(
                "Tối 19/11, Trường Chính trị tỉnh Bình Phước tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam, tôn vinh những đóng góp của đội ngũ cán bộ, giảng viên nhà trường."
            ),
            Img(_img("11", "20-11-1"), "Lãnh đạo Trường tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo Trường tặng hoa chúc mừng các nhà giáo", "gb"),
            P(
                "Dịp này, 3 giảng viên được tặng Kỷ niệm chương “Vì sự nghiệp giáo dục”; 5 tập thể, cá "
                "nhân được Hiệu trưởng tặng giấy khen vì có thành tích xuất sắc trong năm học."
            ),
            P("👉 Chương trình văn nghệ do học viên các lớp biểu diễn đã để lại nhiều cảm xúc."),
            Img(_img("11", "20-11-2"), "Tiết mục văn nghệ chào mừng", "Tiết mục văn nghệ chào mừng", "gb"),
            Raw('<p class="has-text-align-right"><strong>Thanh Tâm</strong></p>'),
        ],
        authors=["Thanh Tâm"],
        opts={
            "comments": [
                (41, "Nguyễn Thị Lan", "Tháng Mười Một 20, 2026 7:02 sáng",
                 "Chúc mừng quý thầy cô nhân ngày 20/11!"),
                (42, "Trần Minh Đức", "Tháng Mười Một 20, 2026 9:15 sáng",
                 "Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc."),
            ]
        },
    ),
    Story(
        id=3311,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-10T08:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 05 đến 07/11, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
                "trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng 45 phút theo phương pháp tích cực, có ứng dụng "
                "công nghệ thông tin, trước Ban Giám khảo và học viên các lớp."
            ),
            Raw(
                '<div class="irp-box irp-2"><span class="irp-title">Xem thêm:</span> <a '
                'href="/tin-tuc/khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k85/" '
                'class="irp-link">Khai giảng lớp Trung cấp lý luận chính trị - hành chính K85 hệ không '
                "tập trung</a></div>"
            ),
            P(
                "Kết quả, Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích; "
                "các giảng viên đạt giải Nhất, Nhì được chọn dự thi cấp tỉnh."
            ),
            Img(_img("11", "hoi-thi-gvdg"), "Ban Tổ chức trao giải cho các giảng viên",
                "Ban Tổ chức trao giải cho các giảng viên", "core"),
            Raw('<p class="has-text-align-right"><strong>Minh Khoa</strong></p>'),
        ],
        authors=["Minh Khoa"],
        opts={
            "comments": [
                (37, "Phạm Thu Hà", "Tháng Mười Một 11, 2026 4:40 chiều",
                 "Chúc mừng các giảng viên đạt giải!"),
            ]
        },
    ),
    Story(
        id=3298,
        slug="toa-dam-nang-cao-chat-luong-ban-tin-thong-tin-khoa-hoc",
        title="Tọa đàm nâng cao chất lượng Bản tin Thông tin khoa học",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-05T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 04/11, Trường Chính trị tỉnh tổ chức tọa đàm “Nâng cao chất lượng Bản tin "
                "Thông tin khoa học của Trường trong giai đoạn hiện nay”."
            ),
            P("Thực trạng của Bản tin", "h3"),
            P(
                "Bản tin phát hành định kỳ 3 tháng/số, mỗi số 60 trang, đăng tải các bài nghiên cứu, "
                "trao đổi của giảng viên và cộng tác viên trong, ngoài tỉnh."
            ),
            P("Đề xuất giải pháp", "h3"),
            P("Mở rộng đội ngũ cộng tác viên là cán bộ lãnh đạo, quản lý ở cơ sở.", "oli"),
            P("Số hóa Bản tin và đăng tải trên Trang thông tin điện tử của Trường.", "oli"),
            P("Tăng tỷ lệ bài viết tổng kết thực tiễn của địa phương.", "oli"),
            Raw('<p class="has-text-align-right"><strong>ThS. Phạm Quốc Bảo</strong>, Phòng QLĐT - NCKH</p>'),
        ],
        authors=["Phạm Quốc Bảo"],
        opts={"toc": True, "tags": ["ly-luan-chinh-tri"]},
    ),
    Story(
        id=3287,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k86",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính K86",
        cat="thong-bao",
        published_at="2026-10-29T10:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh Bình Phước thông báo tuyển "
                "sinh lớp Trung cấp lý luận chính trị - hành chính K86 hệ tập trung."
            ),
            P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch chức danh trưởng, phó phòng."),
            P("2. Hồ sơ gồm:"),
            P("Công văn cử đi học của cơ quan có thẩm quyền;", "li"),
            P("Bản sao bằng tốt nghiệp trung học phổ thông;", "li"),
            P("Sơ yếu lý lịch có xác nhận của cơ quan.", "li"),
            P("3. Thời hạn nộp hồ sơ: trước ngày 30/12/2026 tại Phòng Quản lý đào tạo."),
            Raw(
                '<p class="file-attach">Tải về: <a href="/wp-content/uploads/2026/10/tb-245-tct.pdf">'
                "Thông báo số 245/TB-TCT (PDF, 180 KB)</a></p>"
            ),
            Raw('<p class="has-text-align-right"><strong>BBT</strong></p>'),
        ],
        opts={},
    ),
    Story(
        id=3275,
        slug="dang-uy-truong-quan-triet-nghi-quyet-hoi-nghi-trung-uong-lan-thu-13",
        title="Đảng ủy Trường quán triệt Nghị quyết Hội nghị Trung ương lần thứ 13",
        cat="tin-hoat-dong",
        published_at="2026-10-22T08:30:00+07:00",
        summary=(
            "Ngày 21/10, Đảng ủy Trường Chính trị tỉnh tổ chức hội nghị quán triệt, triển khai Nghị "
            "quyết Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII."
        ),
        blocks=[
            P(
                "Ngày 21/10, Đảng ủy Trường Chính trị tỉnh tổ chức hội nghị quán triệt, triển khai "
                "Nghị quyết Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII.",
                "bold",
            ),
            P(
                "Hội nghị được tổ chức trực tiếp kết hợp trực tuyến tới các chi bộ trực thuộc với hơn "
                "80 đảng viên tham dự."
            ),
            P(
                "Các đảng viên được nghe quán triệt những nội dung cơ bản, điểm mới của các văn kiện, "
                "qua đó thống nhất nhận thức và hành động trong thực hiện nhiệm vụ."
            ),
            Img(_img("10", "quan-triet-nq"), "Quang cảnh hội nghị", "Quang cảnh hội nghị", "classic"),
            Raw('<p class="has-text-align-right"><strong>Hoàng Yến</strong></p>'),
        ],
        authors=["Hoàng Yến"],
        opts={},
    ),
    Story(
        id=3264,
        slug="be-giang-lop-boi-duong-nghiep-vu-cong-tac-dang-vien-moi",
        title="Bế giảng lớp bồi dưỡng nghiệp vụ công tác đảng viên mới",
        cat="dao-tao-boi-duong",
        published_at="2026-10-15T16:00:00+07:00",
        blocks=[
            P(
                "Chiều 15/10, Trường Chính trị tỉnh bế giảng lớp bồi dưỡng lý luận chính trị dành cho "
                "đảng viên mới khóa III năm 2026."
            ),
            P(
                "Sau 10 ngày học tập, 65 học viên đã được trang bị những kiến thức cơ bản về Đảng Cộng "
                "sản Việt Nam, nhiệm vụ của người đảng viên."
            ),
            P("Kết quả có 18 học viên đạt loại giỏi, 47 học viên đạt loại khá."),
            Raw('<p class="has-text-align-right"><strong>Văn Tùng</strong></p>'),
        ],
        authors=["Văn Tùng"],
        opts={"mod": "2026-11-02T11:25:00+07:00", "lazy": True},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
STORIES.sort(key=lambda s: s.opts.get("dt") or s.published_at, reverse=True)


def _dt(story: Story) -> str:
    return story.opts.get("dt") or story.published_at


def _cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("also", [])]


# --- dates as the vi locale prints them ---------------------------------------------------------

_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _vi_long(iso: str) -> str:
    """"F j, Y g:i a" in the vi locale: "Tháng Mười Hai 3, 2026 2:30 chiều"."""
    y, mo, d = int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
    hh, mm = int(iso[11:13]), int(iso[14:16])
    h12 = hh % 12 or 12
    ampm = "sáng" if hh < 12 else "chiều"
    return f"{_MONTHS[mo - 1]} {d}, {y} {h12}:{mm:02d} {ampm}"


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


# --- content -----------------------------------------------------------------------------------


def _slugify(value: str) -> str:
    value = value.replace("Đ", "D").replace("đ", "d")
    ascii_ = "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "_", ascii_).strip("_")


def _lazy_img(src: str, cls: str, alt: str, lazy: bool, width: int = 1024, height: int = 683) -> str:
    big = src.replace("-1024x683", "")
    srcset = f"{esc(src)} 1024w, {esc(src.replace('-1024x683', '-300x200'))} 300w, {esc(big)} 1200w"
    if not lazy:
        return (
            f'<img decoding="async" loading="lazy" width="{width}" height="{height}" src="{esc(src)}" '
            f'alt="{esc(alt)}" class="{cls}" srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px">'
        )
    placeholder = (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
        f"{width}%20{height}'%3E%3C/svg%3E"
    )
    return (
        f'<img decoding="async" width="{width}" height="{height}" src="{placeholder}" '
        f'data-lazy-src="{esc(src)}" data-lazy-srcset="{srcset}" alt="{esc(alt)}" '
        f'class="lazy lazy-hidden {cls}">'
        f'<noscript><img decoding="async" width="{width}" height="{height}" src="{esc(src)}" '
        f'alt="{esc(alt)}" class="{cls}"></noscript>'
    )


def _render_img(img: Img, n: int, story: Story) -> str:
    lazy = bool(story.opts.get("lazy"))
    wid = story.id * 10 + n
    if img.style == "core" or img.style == "gallery":
        tag = _lazy_img(img.src, f"wp-image-{wid}", "", lazy)
        cap = f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption>' if img.printed else ""
        return f'<figure class="wp-block-image size-large">{tag}{cap}</figure>'
    if img.style == "classic":
        tag = _lazy_img(img.src, f"size-large wp-image-{wid}", img.printed or "", lazy)
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" '
            f'style="width: 1024px" class="wp-caption aligncenter">{tag}'
            f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{esc(img.printed or "")}'
            "</figcaption></figure>"
        )
    # GenerateBlocks image, caption as a sibling headline
    h = f"{(wid * 2654435761) % 0xFFFFFFFF:08x}"
    tag = _lazy_img(img.src, f"gb-image gb-image-{h}", "", lazy)
    out = f'<figure class="gb-block-image gb-block-image-{h}">{tag}</figure>'
    if img.printed:
        out += (
            f'<p class="gb-headline gb-headline-{h[::-1]} gb-headline-text"><em>{esc(img.printed)}</em>'
            "</p>"
        )
    return out


def _group_key(block) -> str | None:
    if isinstance(block, P):
        kind = block.style.split("|")[0]
        if kind in ("li", "oli", "tr", "verse", "fn"):
            return kind
        if kind in ("pq", "pqcite"):
            return "pq"
        if kind == "gbL":
            return "gb"
    if isinstance(block, Img) and block.style in ("gallery", "gbR"):
        return "gb" if block.style == "gbR" else "gallery"
    return None


def _para(p: P, toc: bool) -> str:
    kind, *rest = p.style.split("|") if p.style else [""]
    if kind in ("h2", "h3"):
        anchor = _slugify(p.text)
        inner = esc(p.text)
        if toc:
            inner = f'<span class="ez-toc-section" id="{anchor}"></span>{inner}<span class="ez-toc-section-end"></span>'
        return f'<{kind} class="wp-block-heading">{inner}</{kind}>'
    if kind == "bold":
        return f"<p><strong>{esc(p.text)}</strong></p>"
    if kind == "fnref":
        uid, anchor, num = rest
        text = esc(p.text)
        a = esc(anchor)
        sup = f'<sup data-fn="{uid}" class="fn"><a href="#{uid}" id="{uid}-link">{num}</a></sup>'
        return "<p>" + text.replace(a, a + sup, 1) + "</p>"
    return f"<p>{esc(p.text)}</p>"


def _toc(story: Story) -> str:
    heads = [b for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-{h.style[1]}'><a class=\"ez-toc-link "
        f'ez-toc-heading-{i}" href="#{_slugify(h.text)}" title="{esc(h.text)}">{esc(h.text)}</a></li>'
        for i, h in enumerate(heads, 1)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_57 counter-hierarchy ez-toc-counter ez-toc-grey '
        'ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title">Mục lục'
        '</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn '
        'ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content">'
        '<span class="ez-toc-js-icon-con">[Ẩn]</span></a></span></div><nav>'
        f"<ul class='ez-toc-list ez-toc-list-level-1 '>{items}</ul></nav></div>"
    )


def render_content(story: Story) -> str:
    toc = bool(story.opts.get("toc"))
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    n_img = 0
    toc_done = False
    while i < len(blocks):
        b = blocks[i]
        key = _group_key(b)
        if key:
            group = [b]
            while i + 1 < len(blocks) and _group_key(blocks[i + 1]) == key:
                i += 1
                group.append(blocks[i])
            out.append(_render_group(key, group, story, n_img))
            n_img += sum(isinstance(g, Img) for g in group)
        elif isinstance(b, P):
            if toc and not toc_done and b.style in ("h2", "h3"):
                out.append(_toc(story))
                toc_done = True
            out.append(_para(b, toc))
        elif isinstance(b, Img):
            n_img += 1
            out.append(_render_img(b, n_img, story))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _render_group(key: str, group: list, story: Story, n_img: int) -> str:
    if key in ("li", "oli"):
        tag = "ul" if key == "li" else "ol"
        return f"<{tag}>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + f"</{tag}>"
    if key == "tr":
        rows = "".join(
            "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in p.text.split(" | ")) + "</tr>" for p in group
        )
        return f'<figure class="wp-block-table is-style-stripes"><table><tbody>{rows}</tbody></table></figure>'
    if key == "verse":
        return '<pre class="wp-block-verse">' + "\n".join(esc(p.text) for p in group) + "</pre>"
    if key == "pq":
        quote = "".join(f"<p>{esc(p.text)}</p>" for p in group if p.style == "pq")
        cite = "".join(f"<cite>{esc(p.text)}</cite>" for p in group if p.style == "pqcite")
        return f'<figure class="wp-block-pullquote"><blockquote>{quote}{cite}</blockquote></figure>'
    if key == "fn":
        items = "".join(
            f'<li id="{p.style.split("|")[1]}">{esc(p.text)} <a href="#{p.style.split("|")[1]}-link" '
            f'aria-label="Chuyển đến tham chiếu chú thích {k}">↩︎</a></li>'
            for k, p in enumerate(group, 1)
        )
        return f'<ol class="wp-block-footnotes">{items}</ol>'
    if key == "gallery":
        figs = "".join(_render_img(g, n_img + k, story) for k, g in enumerate(group, 1))
        cap = story.opts.get("gallery_caption")
        capm = f'<figcaption class="blocks-gallery-caption wp-element-caption">{esc(cap)}</figcaption>' if cap else ""
        return (
            '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped '
            f'wp-block-gallery-{story.id}">{figs}{capm}</figure>'
        )
    # GenerateBlocks two-column layout: text left, photos right
    left = "".join(
        f'<div class="gb-headline gb-headline-{(story.id + k) * 7919:08x} gb-headline-text">{esc(p.text)}</div>'
        for k, p in enumerate(group)
        if isinstance(p, P)
    )
    right = "".join(
        _render_img(Img(g.src, None, None, "core"), n_img + k, story)
        for k, g in enumerate((g for g in group if isinstance(g, Img)), 1)
    )
    return (
        '<div class="gb-grid-wrapper gb-grid-wrapper-5d0e8a3c">'
        '<div class="gb-grid-column gb-grid-column-a81c"><div class="gb-container gb-container-a81c">'
        f'<div class="gb-inside-container">{left}</div></div></div>'
        '<div class="gb-grid-column gb-grid-column-b27f"><div class="gb-container gb-container-b27f">'
        f'<div class="gb-inside-container">{right}</div></div></div></div>'
    )


def auto_excerpt(story: Story) -> str:
    words = " ".join(b.text for b in story.blocks if isinstance(b, P)).split()
    return " ".join(words[:30]) + " […]"


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Lịch sử hình thành", "/lich-su-hinh-thanh/"),
                                    ("Cơ cấu tổ chức", "/co-cau-to-chuc/")]),
    ("Tin tức", "#", [(name, f"/chuyen-muc/{slug}/") for slug, name in CATS.items()]),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU, 1):
        sub = ""
        cls = f"menu-item menu-item-type-custom menu-item-{200 + n}"
        if subs:
            cls += " menu-item-has-children"
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item menu-item-{300 + n * 10 + k}"><a href="{h}">{esc(lbl)}</a></li>'
                for k, (lbl, h) in enumerate(subs)
            ) + "</ul>"
            label_html = (
                f'{esc(label)}<span role="presentation" class="dropdown-menu-toggle"><span class="gp-icon '
                'icon-arrow"></span></span>'
            )
        else:
            label_html = esc(label)
        items.append(f'<li class="{cls}"><a href="{href}">{label_html}</a>{sub}</li>')
    return (
        '<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Chính" '
        'itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation '
        'grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">'
        '<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav">'
        f'<ul id="menu-menu-chinh" class="menu sf-menu">{"".join(items)}</ul></div></div></nav>'
    )


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="/tin-tuc/{s.slug}/">{esc(s.title)}</a></li>' for s in STORIES[:5]
    )
    counts = {slug: sum(slug in _cats_of(s) for s in STORIES) for slug in CATS}
    cats = "".join(
        f'<li class="cat-item cat-item-{k}"><a href="/chuyen-muc/{slug}/">{esc(name)}</a> ({counts[slug]})</li>'
        for k, (slug, name) in enumerate(CATS.items(), 11)
    )
    return (
        '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">'
        '<aside id="search-2" class="widget inner-padding widget_search"><form method="get" '
        'class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span>'
        '<input type="search" class="search-field" placeholder="Tìm kiếm …" value="" name="s"></label>'
        '<button class="search-submit" aria-label="Tìm kiếm"></button></form></aside>'
        '<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">'
        f'<h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></aside>'
        '<aside id="categories-2" class="widget inner-padding widget_categories">'
        f'<h2 class="widget-title">Chuyên mục</h2><ul>{cats}</ul></aside>'
        '<aside id="custom_html-3" class="widget_text widget inner-padding widget_custom_html">'
        '<h2 class="widget-title">Liên kết website</h2><div class="textwidget custom-html-widget">'
        '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://binhphuoc.gov.vn">Cổng TTĐT tỉnh Bình Phước</option>'
        '<option value="https://hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="https://baobinhphuoc.com.vn">Báo Bình Phước</option></select></div></aside>'
        '<aside id="wp_statistics_widget-2" class="widget inner-padding widget_wp_statistics_widget">'
        '<h2 class="widget-title">Thống kê truy cập</h2><ul><li><label>Đang online:</label> 7</li>'
        '<li><label>Hôm nay:</label> 312</li><li><label>Tổng truy cập:</label> 1.284.905</li></ul></aside>'
        '<aside id="polls-widget-2" class="widget inner-padding widget_polls-widget">'
        '<h2 class="widget-title">Thăm dò ý kiến</h2><div id="polls-4" class="wp-polls">'
        '<form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post">'
        '<p style="text-align: center;"><strong>Bạn biết đến Trang thông tin của Trường qua đâu?</strong></p>'
        '<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-11" name="poll_4" value="11">'
        '<label for="poll-answer-11">Mạng xã hội</label></li><li><input type="radio" id="poll-answer-12" '
        'name="poll_4" value="12"><label for="poll-answer-12">Đồng nghiệp giới thiệu</label></li></ul>'
        '<p style="text-align: center;"><input type="button" name="vote" value="Bình chọn" '
        'class="Buttons"></p></form></div></aside></div></div>'
    )


def _footer() -> str:
    return (
        '<div class="site-footer"><div id="footer-widgets" class="site footer-widgets"><div '
        'class="footer-widgets-container grid-container"><div class="inside-footer-widgets">'
        '<div class="footer-widget-1"><aside id="block-7" class="widget inner-padding widget_block">'
        f"<p><strong>{SITE_NAME.upper()}</strong><br>Địa chỉ: Đường Trần Hưng Đạo, phường Tân Phú, "
        "thành phố Đồng Xoài, tỉnh Bình Phước<br>Điện thoại: 0271.3879.456 - Email: "
        "truongchinhtri@binhphuoc.gov.vn</p></aside></div><div class=\"footer-widget-2\"><aside "
        'id="block-8" class="widget inner-padding widget_block"><p>Chịu trách nhiệm nội dung: Ban '
        "Biên tập Trang thông tin điện tử</p></aside></div></div></div></div>"
        '<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>'
        '<div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 '
        f"{SITE_NAME}. Giấy phép số 05/GP-STTTT. Xây dựng trên nền tảng WordPress</div></div></footer></div>"
    )


def page(request: Request, title: str, main: str, *, body_class: str, head_extra: str = "",
         sidebar: bool = True) -> Response:
    base = base_url(request)
    layout = "right-sidebar" if sidebar else "no-sidebar"
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.1" media="all">
<link rel="stylesheet" id="generateblocks-css" href="/wp-content/uploads/generateblocks/style-global.css?ver=1701234567" media="all">
<style id="generate-style-inline-css">.posted-on .updated:not(.published){{display:none}}</style>
{head_extra}
</head>
<body class="{body_class} wp-embed-responsive {layout} nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside id="block-2" class="widget inner-padding widget_block"><p><span class="ngay-hom-nay">{HEADER_TODAY}</span> | <a href="https://www.facebook.com/truongchinhtribinhphuoc">Facebook</a></p></aside></div></div>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-logo"><a href="/" rel="home"><img class="header-image is-logo-image" alt="{SITE_NAME}" src="/wp-content/uploads/2024/03/logo-tct-binh-phuoc.png" width="420" height="90"></a></div></div></header>
{_menu()}
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
{main}
{_sidebar() if sidebar else ""}
</div></div>
{_footer()}
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.3.1" id="generate-menu-js"></script>
<script src="/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.7.0" id="jquery-lazyloadxt-js"></script>
</body>
</html>"""
    return html(doc)


# --- pages -------------------------------------------------------------------------------------


def _breadcrumb(parts: list[tuple[str, str | None]]) -> str:
    out = []
    for label, href in parts:
        if href:
            out.append(f'<a href="{href}">{esc(label)}</a>')
        else:
            out.append(f'<span class="last">{esc(label)}</span>')
    sep = '<span class="separator"> &raquo; </span>'
    return f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>{sep.join(out)}</p></nav>'


def _card(story: Story, gbid: str) -> str:
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = first.src.replace("-1024x683", "-300x200") if first else "/wp-content/uploads/2024/03/no-thumb-300x200.jpg"
    excerpt = story.summary if (story.summary and story.sapo_outside) else auto_excerpt(story)
    cats = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="tag">{esc(CATS[c])}</a>' for c in sorted(_cats_of(story)))
    return (
        f'<div class="gb-grid-column gb-query-loop-item post-{story.id} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry category-{story.cat}"><div class="gb-container '
        f'gb-container-{gbid}"><div class="gb-inside-container">'
        f'<figure class="gb-block-image gb-block-image-{gbid}"><a href="/tin-tuc/{story.slug}/"><img '
        f'width="300" height="200" src="{thumb}" class="gb-image-{gbid}" alt="" decoding="async"></a></figure>'
        f'<div class="gb-headline gb-headline-c{gbid} gb-headline-text">{cats}</div>'
        f'<h3 class="gb-headline gb-headline-t{gbid} gb-headline-text"><a href="/tin-tuc/{story.slug}/">'
        f"{esc(story.title)}</a></h3>"
        f'<div class="gb-headline gb-headline-d{gbid} gb-headline-text"><time class="entry-date published" '
        f'datetime="{_dt(story)}">{_dmy(_dt(story))}</time></div>'
        f'<div class="gb-headline gb-headline-e{gbid} gb-headline-text">{esc(excerpt)}</div>'
        f'<a class="gb-button gb-button-{gbid} gb-button-text" href="/tin-tuc/{story.slug}/#more-{story.id}">'
        "Xem thêm »</a></div></div></div>"
    )


def _pager(base: str, current: int, total: int, style: str) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        if style == "gb":
            return "/" if n == 1 else f"/?query-{QUERY_ID}-page={n}"
        return base if n == 1 else f"{base}page/{n}/"

    parts = []
    if current > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(current - 1)}">« Trước</a>')
    for n in range(1, total + 1):
        if n == current:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if current < total:
        parts.append(f'<a class="next page-numbers" href="{href(current + 1)}">Sau »</a>')
    cls = "gb-query-loop-pagination" if style == "gb" else "paging-navigation"
    return f'<div class="{cls}"><div class="nav-links">{" ".join(parts)}</div></div>'


def _loop(stories: list[Story], gbid: str) -> str:
    return (
        f'<div class="gb-grid-wrapper gb-grid-wrapper-{gbid} gb-query-loop-wrapper">'
        + "".join(_card(s, f"{gbid}{k}") for k, s in enumerate(stories))
        + "</div>"
    )


def home(request: Request, n: int) -> Response | None:
    total = -(-len(STORIES) // HOME_PER_PAGE)
    if not 1 <= n <= total:
        return None
    chunk = STORIES[(n - 1) * HOME_PER_PAGE : n * HOME_PER_PAGE]
    hero = STORIES[0]
    sections = ""
    if n == 1:
        for slug, name in CATS.items():
            items = [s for s in STORIES if slug in _cats_of(s)][:3]
            lis = "".join(
                f'<li><a href="/tin-tuc/{s.slug}/">{esc(s.title)}</a> <span class="ngay">({_dmy(_dt(s))})</span></li>'
                for s in items
            )
            sections += (
                f'<div class="gb-container gb-container-cat-{slug}"><div class="gb-inside-container">'
                f'<h2 class="gb-headline gb-headline-sec gb-headline-text"><a href="/chuyen-muc/{slug}/">'
                f"{esc(name)}</a></h2><ul class=\"wp-block-latest-posts__list\">{lis}</ul></div></div>"
            )
    main = (
        '<div class="content-area" id="primary"><main class="site-main" id="main">'
        '<div class="inside-article"><div class="entry-content" itemprop="text">'
        f'<div class="gb-container gb-container-hero-home"><div class="gb-inside-container">'
        f'<p class="gb-headline gb-headline-noibat gb-headline-text">TIN NỔI BẬT</p>'
        f'<h2 class="gb-headline gb-headline-hero gb-headline-text"><a href="/tin-tuc/{hero.slug}/">'
        f"{esc(hero.title)}</a></h2></div></div>"
        f'<h2 class="gb-headline gb-headline-moi gb-headline-text">Tin mới</h2>'
        f"{_loop(chunk, QUERY_ID[:4])}{_pager('/', n, total, 'gb')}{sections}"
        "</div></div></main></div>"
    )
    title = SITE_NAME if n == 1 else f"{SITE_NAME} - Trang {n}"
    return page(request, title, main, body_class="home page-template-default page page-id-2")


def archive(request: Request, label: str, base: str, stories: list[Story], n: int, kind: str) -> Response | None:
    total = max(1, -(-len(stories) // PER_PAGE))
    if not 1 <= n <= total:
        return None
    chunk = stories[(n - 1) * PER_PAGE : n * PER_PAGE]
    crumbs = [("Trang chủ", "/")]
    crumbs.append((label, None) if n == 1 else (label, base))
    if n > 1:
        crumbs.append((f"Trang {n}", None))
    main = (
        '<div class="content-area" id="primary"><main class="site-main" id="main">'
        f'<header class="page-header"><h1 class="page-title">{esc(label)}</h1></header>'
        f"{_breadcrumb(crumbs)}{_loop(chunk, 'a9e1')}{_pager(base, n, total, 'wp')}</main></div>"
    )
    title = f"{label} - {SITE_NAME}" if n == 1 else f"{label} - Trang {n} - {SITE_NAME}"
    return page(request, title, main, body_class=f"archive {kind}")


def _jsonld(request: Request, story: Story) -> str:
    base = base_url(request)
    url = f"{base}/tin-tuc/{story.slug}/"
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE_NAME},
            {"@type": "WebSite", "@id": f"{base}/#website", "url": base, "name": SITE_NAME,
             "inLanguage": "vi"},
            {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": story.title,
             "datePublished": _dt(story), "dateModified": story.opts.get("mod") or _dt(story)},
            {"@type": "Person", "@id": f"{base}/author/quantri/", "name": "quantri"},
            {"@type": "BlogPosting", "headline": f"{story.title} - {SITE_NAME}",
             "datePublished": _dt(story), "dateModified": story.opts.get("mod") or _dt(story),
             "articleSection": ", ".join(CATS[c] for c in _cats_of(story)),
             "author": {"@id": f"{base}/author/quantri/", "name": "quantri"},
             "@id": f"{url}#richSnippet", "isPartOf": {"@id": f"{url}#webpage"},
             "image": {"@id": first.src.replace("-1024x683", "") if first else ""},
             "inLanguage": "vi", "mainEntityOfPage": {"@id": f"{url}#webpage"}},
        ],
    }
    return f'<script type="application/ld+json" class="rank-math-schema">{json.dumps(graph, ensure_ascii=False)}</script>'


def _related(story: Story) -> str:
    rel = [s for s in STORIES if s.cat == story.cat and s is not story][:3]
    if not rel:
        return ""
    items = "".join(
        f"<a class='yarpp-thumbnail yarpp-thumbnail-default' href='/tin-tuc/{s.slug}/' title='{esc(s.title)}'>"
        f"<img width='120' height='120' src='/wp-content/plugins/yarpp/images/default.png' "
        f"class='attachment-yarpp-thumbnail size-yarpp-thumbnail wp-post-image' alt='' data-pin-nopin='true'>"
        f"<span class='yarpp-thumbnail-title'>{esc(s.title)}</span></a>"
        for s in rel
    )
    return (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-thumbnails'>"
        f"<h3>Bài viết liên quan:</h3><div class=\"yarpp-thumbnails-horizontal\">{items}</div></div>"
    )


def _comments(story: Story) -> str:
    comments = story.opts.get("comments") or []
    if not comments:
        return ""
    lis = "".join(
        f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article class="comment-body" '
        f'id="div-comment-{cid}"><footer class="comment-meta"><div class="comment-author-info"><cite '
        f'itemprop="name" class="fn">{esc(who)}</cite><div class="entry-meta comment-metadata"><a '
        f'href="/tin-tuc/{story.slug}/#comment-{cid}"><time datetime="">{esc(when)}</time></a></div></div>'
        f'</footer><div class="comment-content" itemprop="text"><p>{esc(body)}</p><span class="reply">'
        f'<a rel="nofollow" class="comment-reply-link" href="/tin-tuc/{story.slug}/?replytocom={cid}#respond" '
        f'data-commentid="{cid}" data-postid="{story.id}" aria-label="Trả lời {esc(who)}">Trả lời</a></span>'
        "</div></article></li>"
        for cid, who, when, body in comments
    )
    return (
        '<div class="comments-area"><div id="comments"><h3 class="comments-title">'
        f"{len(comments)} bình luận về &ldquo;{esc(story.title)}&rdquo;</h3>"
        f'<ol class="comment-list">{lis}</ol><div id="respond" class="comment-respond"><h3 '
        'id="reply-title" class="comment-reply-title">Để lại bình luận</h3><form action="/wp-comments-post.php" '
        'method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea '
        'id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit">'
        '<input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận">'
        f'<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID"></p></form>'
        "</div></div></div>"
    )


def single(request: Request, story: Story) -> Response:
    base = base_url(request)
    dt = _dt(story)
    mod = story.opts.get("mod")
    updated = (
        f'<time class="updated" datetime="{mod}" itemprop="dateModified">{_vi_long(mod)}</time>' if mod else ""
    )
    posted = (
        f'<span class="posted-on">{updated}<time class="entry-date published" datetime="{dt}" '
        f'itemprop="datePublished">{_vi_long(dt)}</time></span>'
    )
    terms = ", ".join(
        f'<a href="/chuyen-muc/{c}/" rel="tag">{esc(CATS[c])}</a>' for c in sorted(_cats_of(story))
    )
    excerpt = story.summary if story.summary and story.sapo_outside else auto_excerpt(story)
    crumbs = _breadcrumb([("Trang chủ", "/"), (CATS[story.cat], f"/chuyen-muc/{story.cat}/"), (story.title, None)])
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    og_img = f"{base}{first.src.replace('-1024x683', '')}" if first else f"{base}/wp-content/uploads/2024/03/og-default.jpg"
    noindex = '<meta name="robots" content="noindex, follow">' if "replytocom" in request.params else (
        '<meta name="robots" content="follow, index, max-snippet:-1, max-image-preview:large">'
    )
    head = (
        f"{noindex}\n"
        f'<meta name="description" content="{esc(excerpt[:155])}">\n'
        f'<link rel="canonical" href="{base}/tin-tuc/{story.slug}/">\n'
        f'<meta property="og:locale" content="vi_VN">\n<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)} - {SITE_NAME}">\n'
        f'<meta property="og:url" content="{base}/tin-tuc/{story.slug}/">\n'
        f'<meta property="og:image" content="{og_img}">\n'
        f'<meta property="article:section" content="{esc(CATS[story.cat])}">\n'
        f'<meta property="article:published_time" content="{dt}">\n'
        + (f'<meta property="article:modified_time" content="{mod}">\n' if mod else "")
        + _jsonld(request, story)
    )
    tags = story.opts.get("tags") or []
    tag_html = (
        '<span class="tags-links"><span class="gp-icon icon-tags"></span><span class="screen-reader-text">Thẻ '
        "</span>" + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags) + "</span>"
        if tags
        else ""
    )
    hero = (
        f'<div class="gb-container gb-container-c0b5d1e7 page-hero" style="background-image:url({og_img})">'
        '<div class="gb-inside-container">'
        f"{crumbs}"
        f'<div class="gb-headline gb-headline-0c4a77e2 gb-headline-text">{terms}</div>'
        f'<h1 class="gb-headline gb-headline-3d1f9a20 gb-headline-text">{esc(story.title)}</h1>'
        f'<div class="gb-headline gb-headline-91ab4c5d gb-headline-text entry-meta">{posted}'
        '<span class="byline"> | Đăng bởi <span class="author vcard" itemprop="author"><span '
        'class="author-name" itemprop="name">quantri</span></span></span>'
        f' | <span class="post-views">Lượt xem: {story.views()}</span></div>'
        f'<p class="gb-headline gb-headline-4f0e2a11 gb-headline-text">{esc(excerpt)}</p>'
        "</div></div>"
    )
    share = (
        '<div class="heateor_sss_sharing_container"><span class="heateor_sss_sharing_title">Chia sẻ:</span>'
        f'<a class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}/tin-tuc/'
        f'{story.slug}/" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a>'
        '<a class="heateor_sss_button_print" href="javascript:window.print()"><span class="heateor_sss_svg">'
        "</span>In bài</a></div>"
    )
    main = (
        '<div class="content-area" id="primary"><main class="site-main" id="main">'
        f"{hero}"
        f'<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard '
        f'has-post-thumbnail hentry category-{story.cat}" itemtype="https://schema.org/CreativeWork" itemscope>'
        '<div class="inside-article"><div class="entry-content" itemprop="text">'
        f"{share}{render_content(story)}{_related(story)}</div>"
        f'<footer class="entry-meta" aria-label="Entry meta">{tag_html}</footer></div></article>'
        f"{_comments(story)}</main></div>"
    )
    return page(
        request,
        f"{story.title} - {SITE_NAME}",
        main,
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
        head_extra=head,
    )


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            "Trường Chính trị tỉnh Bình Phước là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, UBND "
            "tỉnh, chịu sự chỉ đạo, hướng dẫn về chuyên môn của Học viện Chính trị quốc gia Hồ Chí Minh.",
            "Trường có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, "
            "quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học về lý luận chính trị.",
            "Đội ngũ của Trường gồm 46 cán bộ, giảng viên, trong đó có 3 tiến sĩ và 30 thạc sĩ.",
        ],
    ),
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường được thành lập năm 1997 trên cơ sở Trường Đảng tỉnh sau khi tái lập tỉnh Bình Phước.",
            "Năm 2001, Trường được đổi tên thành Trường Chính trị tỉnh Bình Phước theo Quyết định của "
            "Ủy ban nhân dân tỉnh.",
            "Năm 2022, Trường được công nhận đạt chuẩn mức 1 theo Quy định của Ban Bí thư.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và các Phó Hiệu trưởng.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu khoa học.",
            "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Trường Chính trị tỉnh Bình Phước",
            "Địa chỉ: Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước.",
            "Điện thoại: 0271.3879.456 - Email: truongchinhtri@binhphuoc.gov.vn",
        ],
    ),
    "thu-vien-anh": ("Thư viện ảnh", []),
}


def static_page(request: Request, slug: str) -> Response:
    title, paras = STATIC_PAGES[slug]
    inner = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if slug == "thu-vien-anh":
        imgs = [b for s in STORIES for b in s.blocks if isinstance(b, Img)][:8]
        inner = '<figure class="wp-block-gallery has-nested-images columns-4 is-cropped">' + "".join(
            f'<figure class="wp-block-image size-medium"><img src="{esc(i.src.replace("-1024x683", "-300x200"))}" '
            'alt=""></figure>'
            for i in imgs
        ) + "</figure>"
    main = (
        '<div class="content-area" id="primary"><main class="site-main" id="main"><article '
        f'class="page type-page status-publish"><div class="inside-article">'
        f"{_breadcrumb([('Trang chủ', '/'), (title, None)])}"
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1></header>'
        f'<div class="entry-content" itemprop="text">{inner}</div></div></article></main></div>'
    )
    return page(request, f"{title} - {SITE_NAME}", main, body_class=f"page-template-default page page-{slug}")


def search(request: Request, term: str) -> Response:
    low = term.strip().lower()
    hits = [s for s in STORIES if low and low in s.title.lower()][:PER_PAGE]
    body = _loop(hits, "s1") if hits else "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = (
        '<div class="content-area" id="primary"><main class="site-main" id="main">'
        f'<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: {esc(term)}</h1></header>'
        f"{body}</main></div>"
    )
    return page(request, f"Tìm kiếm: {term} - {SITE_NAME}", main, body_class="search search-results")


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}/tin-tuc/{s.slug}/</link>"
        f"<dc:creator><![CDATA[quantri]]></dc:creator><category><![CDATA[{CATS[s.cat]}]]></category>"
        f"<description><![CDATA[{auto_excerpt(s)}]]></description></item>"
        for s in STORIES[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{SITE_NAME}</title><link>{base}</link><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


_PAGE_RE = re.compile(r"^/(chuyen-muc|tag)/([a-z0-9-]+)/(?:page/(\d+)/)?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            params = parse_qs(request.query)
            if "s" in params:
                return search(request, params["s"][0])
            key = f"query-{QUERY_ID}-page"
            if key in params:
                try:
                    n = int(params[key][0])
                except ValueError:
                    return None
                return home(request, n)
            return home(request, 1)
        if path == "/feed/":
            return feed(request)
        if path.startswith("/tin-tuc/"):
            rest = path[len("/tin-tuc/"):]
            slug = rest.rstrip("/")
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            if not rest.endswith("/"):
                return redirect(f"/tin-tuc/{slug}/", 301)
            if "replytocom" in request.params:
                cids = {str(c[0]) for c in story.opts.get("comments") or []}
                if request.params["replytocom"] not in cids:
                    return None
            return single(request, story)
        m = _PAGE_RE.match(path)
        if m:
            kind, slug, num = m.group(1), m.group(2), m.group(3)
            if num == "1":
                return redirect(f"/{kind}/{slug}/", 301)
            n = int(num or 1)
            if kind == "chuyen-muc" and slug in CATS:
                items = [s for s in STORIES if slug in _cats_of(s)]
                return archive(request, CATS[slug], f"/chuyen-muc/{slug}/", items, n, f"category category-{slug}")
            if kind == "tag" and slug in TAGS:
                items = [s for s in STORIES if slug in (s.opts.get("tags") or [])]
                return archive(request, f"Thẻ: {TAGS[slug]}", f"/tag/{slug}/", items, n, f"tag tag-{slug}")
            return None
        m = re.match(r"^/([a-z0-9-]+)/$", path)
        if m and m.group(1) in STATIC_PAGES:
            return static_page(request, m.group(1))
        return static_file(path) if path.endswith((".ico", ".png")) else None


def build_site() -> Site:
    return Site()


def _path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}/"


GOLD = [
    gold_record(
        s,
        _path(s),
        CATS[s.cat],
        alt_paths=[f"{_path(s)}?replytocom={c[0]}" for c in s.opts.get("comments") or []],
    )
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu/", "/lich-su-hinh-thanh/", "/co-cau-to-chuc/", "/lien-he/", "/thu-vien-anh/"]
