"""Trường THCS Lý Tự Trọng (phường Long Hưng, tỉnh Đồng Nai): WordPress 6.5 built with Bricks.

Platform
--------
WordPress 6.5.5 with the Bricks theme 1.9 as a page builder: no classic theme, every page is a
Bricks template (header 1780, footer 1781, "Single – Bài viết" 1790, "Single – Thông báo" 1802
for the notices' category, "Archive" 1795, a popup 1845). Elements print ``brxe-<6 letters>`` ids
and classes (``brxe-section``, ``brxe-container``, ``brxe-block``, ``brxe-text-basic``,
``brxe-post-content``, ``brxe-breadcrumbs``, ``brxe-pagination`` …); looped elements inside a
query loop carry the element id as a class only, after a ``<!--brx-loop-start-…-->`` comment,
and the loop ends in a ``brx-query-trail`` div holding the query vars. Plugins: Yoast SEO (meta
and JSON-LD in UTC, its usual habit), LiteSpeed Cache (lazy-loads content images), WP-Polls,
Contact Form 7, a child-theme snippet that prints notices for the printer (``?print=1``).

URL scheme
----------
- ``/`` front page (a Bricks page: slider, "Tin mới nhất" loop of 5 with a "Xem thêm" Load-more
  button, "Thông báo" and "Hoạt động chuyên môn" boxes, sidebar)
- ``/<yyyy>/<mm>/<slug>/`` posts; ``/?p=<id>`` shortlinks and slash-less paths 301 to them;
  ``/<yyyy>/<mm>/<slug>/comment-page-2/`` the second page of a post's comments;
  ``/<yyyy>/<mm>/<slug>/<attachment>/`` an image's attachment page; ``?print=1`` notices' print view
- ``/chuyen-muc/<cat>/`` and ``/chuyen-muc/<cat>/page/<n>/`` lists (4 a page), a child category
  at ``/chuyen-muc/tin-tuc-su-kien/hoat-dong-doi/``; ``/tag/<tag>/``; ``/<yyyy>/<mm>/`` date
  archives (only in the "Lưu trữ" drop-down's option values); ``/?s=`` search
- ``POST /wp-json/bricks/v1/load_query_page`` the Load-more button's query (JSON in, JSON out)
- pages ``/gioi-thieu/``, ``/co-cau-to-chuc/``, ``/lien-he/``; custom post types ``/van-ban/…``,
  ``/album/…``, ``/video/…``; ``/feed/`` (RSS, excerpts only, 10 items)

Page templates
--------------
Every page: header template (top bar with today "Thứ Bảy, 05/12/2026", hotline, banner, a
Bricks nav menu with drop-downs printed twice: desktop and mobile), breadcrumbs, a sidebar
(search, "Tin xem nhiều", links drop-down, archive drop-down, WP-Polls poll, visitor counter,
banners), footer template (address, phone, email, quick links, map, copyright) and the popup
template 1845 (a scam warning printed hidden at the end of every page). Posts: a hero section
(CSS background = featured image) with breadcrumbs, ``h1.brxe-post-title``, a meta row (date,
"Người đăng: <account>", views); then the manual excerpt in its own element when the post has
one, ``div.brxe-post-content``, "Cập nhật lần cuối", tags, share tools, "Tin liên quan" (by tag),
"Có thể bạn quan tâm" (the four latest posts with excerpts), comments. Notices use template 1802:
no hero, "Ngày đăng: dd/mm/yyyy", a print link.

How each gold article is reached
--------------------------------
- home "Tin mới nhất" (5 latest): A9, A12, A6, A2, A10; "Thông báo" box: A6, A7, A8;
  "Hoạt động chuyên môn" box: A9, A10, A11; slider: A1, A9, A12; sidebar "Tin xem nhiều":
  A1, A6, A10, A4, A12
- /chuyen-muc/tin-tuc-su-kien/ (includes its child's posts): A12, A2, A1, A13; page 2: **A3 only**
- /chuyen-muc/tin-tuc-su-kien/hoat-dong-doi/: A12, A13
- /chuyen-muc/thong-bao/: A6, A7, A8
- /chuyen-muc/hoat-dong-chuyen-mon/: A9, A10, A11, A4 and a Load-more button, no pager;
  its page 2 (``<link rel="next">`` in the head, or the REST query) holds **A5 only**
- tags: ngay-nha-giao-viet-nam (A10, A1), doi-moi-phuong-phap (A9, A10, A11, A4),
  hoat-dong-trai-nghiem (A12, A2), lien-doi (A12, A13); A3, A5, A6, A7, A8 carry no tag

Traps
-----
1. Load more instead of a pager. The "Hoạt động chuyên môn" archive prints a Bricks "Xem thêm
   bài viết" button (``data-interactions`` loadMore over the REST route) and no page links; the
   plain ``/chuyen-muc/hoat-dong-chuyen-mon/page/2/`` is announced only by Yoast's
   ``<link rel="next">`` in the head (and the ``brx-query-trail`` data). A5 is only there.
   Gold: A5 is an article of "Hoạt động chuyên môn"; the list pages are not articles.
2. Child category in a hierarchical URL: ``/chuyen-muc/tin-tuc-su-kien/hoat-dong-doi/``, whose
   posts also fill the parent's list (the menu files "Hoạt động Đội" under "Tin tức"). Gold:
   A12 and A13 are in "Hoạt động Đội", the breadcrumb's last section, not "Tin tức - Sự kiện".
   The parent's page 2 holds only A3.
3. Dates in WordPress's Vietnamese locale and in UTC: the hero prints "Tháng Mười Một 28, 2026
   lúc 6:45 sáng" ("F j, Y lúc g:i a", month names in words, sáng/chiều), while Yoast's
   ``article:published_time`` and JSON-LD print UTC ("2026-11-27T23:45:00+00:00": the day
   before for an early post). A "Cập nhật lần cuối" line follows the text and the comments print
   their own dates. Gold: the hero's local time with +07:00; a post backdated to "12:00 sáng"
   (A3, UTC 17:00 the day before) is the day alone, "2026-10-09".
4. wptexturize: the headline (``h1``) prints " – " and curly quotes (``&#8211;``, ``&#8220;``)
   where ``<title>``, ``og:title`` and the JSON-LD keep the typed " - " and straight quotes.
   Gold: the ``h1`` as printed ("… năm học 2026 – 2027").
5. LiteSpeed lazy images: content ``<img>`` carry ``src="data:image/svg+xml;base64,…"`` with the
   photo in ``data-src``/``data-srcset`` and a ``<noscript>`` copy; Bricks' own lazy load
   (``bricks-lazy-hidden``) in the Bricks-built post A13 and in all list cards. Gold: each photo
   once, at its ``data-src`` path; hero backgrounds and card thumbnails are no photos.
6. Bylines: the meta row prints the CMS account ("Người đăng: quantri", "Admin THCS LTT") in
   every post; the real byline is a right-aligned line at the end of the text, in every form:
   "Tin, ảnh: X", "Bài, ảnh: X", "Tin: X – Ảnh: Y (lớp 9A2)" as the last line of a pasted
   Facebook post, "ThS. X – Tổ trưởng …", "X (tổng hợp)", a unit alone ("Tổ Văn phòng", "Tổ Toán
   – Tin", "Liên đội THCS Lý Tự Trọng"), "BBT". Gold: names without title/post; unit as printed;
   BBT and accounts nobody.
7. Attachment page: in A2 the first photo links to its WordPress attachment page
   ``/2026/11/<post>/trai-nghiem-chien-khu-d-1/``, which prints a title, a date, the post's
   breadcrumb and a comment form, under a post-like URL. Gold: not an article (NON_ARTICLES).
8. Duplicates: A1's comments run over two pages (``/comment-page-2/``, same article, other
   comments); notices link a ``?print=1`` view; ``<link rel=shortlink>`` ``/?p=<id>`` and a
   slash-less "Xem thêm" link 301. Gold: comment-page-2 and the print views are ``alt_paths``.
9. Text pasted from a school Facebook page (A12): each line a ``<div dir="auto">``, Facebook's
   emoji drawn as ``<img alt="👉" src="https://static.xx.fbcdn.net/…">`` at the start of lines,
   two lines split by ``<br>``, raw emoji at the ends of lines, the byline as the last line.
   Gold: the picture emoji are bullets (no text, no photo), raw emoji kept, the byline line out.
10. Chrome that reads like text: the hidden popup template (a four-paragraph scam warning) on
    every page, "Có thể bạn quan tâm" cards with excerpts right after the text, comments.
    Gold: none of it is body.
11. Word paste (A3): ``MsoNormal`` paragraphs with ``mso-list:Ignore`` bullets ("·" in Symbol)
    and ``<o:p>``; typed "- " lines next to them. Gold: bullets dropped, typed dashes kept.
12. Decomposed Unicode (A8, typed with Unikey's "Unicode tổ hợp"): the text's tone marks are
    combining characters. Gold: NFC text.
13. Official notice (A6): letterhead table, "THÔNG BÁO" + subject, "Nơi nhận" and signer table;
    the post is dated 01/12/2026, the letterhead 30/11/2026. Gold: date "2026-11-30", author
    the signer "Đỗ Thị Mai Lan", body from "Căn cứ …" to the last requirement, schedule rows
    joined by " | ".
14. Core footnotes (A9, WordPress 6.3+): ``<sup data-fn><a>1</a></sup>`` calls and an
    ``ol.wp-block-footnotes`` with "↩︎" back links, under a "Chú thích" heading. Gold: the calls
    are no text ("…năm 2018."), the heading and the notes are body, the arrows are not.

Gold decisions on ambiguous points
----------------------------------
- ``summary``: the manual excerpt printed bold in its own element above the text (A1, A9, A10),
  first body paragraph; A2's bold first paragraph is its sapo; Yoast's meta description (an
  auto-excerpt for every post) is not a sapo.
- Notices print only a day ("Ngày đăng: 24/11/2026"): the day alone even though the meta has a
  time.
- A5's photo has only the line "Ảnh: BBT": caption None, and BBT is nobody (no photographer).
- The ``?print=1`` view serves the same notice: an alt path of it.
- "Xem thêm: <link>" (A10), the attached-file block (A7), the YouTube embed (A4) are not body.
- "Nguồn: Sở GD&ĐT Đồng Nai" (A4) is the source; the "Theo kế hoạch …" sentence that opens A4's
  text is text.
- The footnotes' "↩︎" back links are tools, not text; the note's own text is body.
- Category: the section the breadcrumb ends on ("Hoạt động Đội" for the child's posts).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
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
    text,
)

NAME = "bricks_wp_thcs"
PLATFORM = "WordPress 6.5 + Bricks Builder 1.9 (templates, query loops, Load more over REST)"
START_PATH = "/"

SCHOOL = "Trường THCS Lý Tự Trọng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

# slug -> (name as the breadcrumb and menu print it, parent slug, term id)
CATS: dict[str, tuple[str, str | None, int]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None, 3),
    "hoat-dong-doi": ("Hoạt động Đội", "tin-tuc-su-kien", 9),
    "thong-bao": ("Thông báo", None, 4),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", None, 5),
}
TAGS = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "doi-moi-phuong-phap": "Đổi mới phương pháp",
    "hoat-dong-trai-nghiem": "Hoạt động trải nghiệm",
    "lien-doi": "Liên đội",
}


def _bid(seed: str) -> str:
    """A Bricks element id: six lower-case letters, stable per seed."""
    digest = hashlib.md5(seed.encode()).digest()
    return "".join(chr(97 + b % 26) for b in digest[:6])


# --- markup helpers for the stories -------------------------------------------------------------

_FB_EMOJI = {"👉": "1f449", "🎁": "1f381", "📌": "1f4cc"}


def _fn_call(n: int) -> str:
    uid = f"fn-{n}a7c3e91d-4b2f-4f0e-9d61-0c8b{n:08d}"
    return f'<sup data-fn="{uid}" class="fn"><a href="#{uid}" id="{uid}-link">{n}</a></sup>'


# ==============================================================================================
# The thirteen posts (A1 … A13 in the docstring). ``opts``: wp id in Story.id, "ym", "dt" (local
# posting time), "markup", "tags", "modified", "account", "thumb".
# ==============================================================================================

A1 = Story(
    id=2291,
    slug="truong-thcs-ly-tu-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trường THCS Lý Tự Trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T16:40:00+07:00",
    summary=(
        "Sáng 20/11/2026, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam (20/11/1982 – 20/11/2026) với sự tham dự của đại diện lãnh đạo UBND phường Long Hưng, "
        "Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo và hơn 1.200 học sinh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự buổi lễ có ông Trần Văn Hùng, Phó Chủ tịch UBND phường Long Hưng; bà Nguyễn Thị Kim "
            "Loan, Trưởng ban đại diện cha mẹ học sinh nhà trường; các thầy cô giáo nghỉ hưu từng công tác "
            "tại trường qua các thời kỳ."
        ),
        Img(
            "/wp-content/uploads/2026/11/le-20-11-2026-01-1024x683.jpg",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        ),
        P(
            "Phát biểu tại buổi lễ, cô Đặng Thị Hồng Nhung, Hiệu trưởng nhà trường, ôn lại truyền thống vẻ "
            "vang của ngành Giáo dục Việt Nam và điểm lại những kết quả nổi bật của nhà trường trong năm học "
            "2025 – 2026: tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 9 được công nhận tốt nghiệp "
            "THCS; 46 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh, trong đó có 3 giải Nhất."
        ),
        P(
            "Năm học 2026 – 2027, nhà trường tiếp tục đẩy mạnh chuyển đổi số trong quản lý và dạy học, thực "
            "hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp, chú trọng giáo dục kỹ "
            "năng sống và phòng, chống bạo lực học đường."
        ),
        Img(
            "/wp-content/uploads/2026/11/le-20-11-2026-02-1024x683.jpg",
            "Cô Đặng Thị Hồng Nhung, Hiệu trưởng nhà trường, phát biểu ôn lại truyền thống Ngày Nhà giáo Việt Nam",
            "Cô Đặng Thị Hồng Nhung, Hiệu trưởng nhà trường, phát biểu ôn lại truyền thống Ngày Nhà giáo Việt Nam",
        ),
        P(
            "Dịp này, nhà trường trao giấy khen cho 12 tập thể và 38 cá nhân có thành tích xuất sắc trong "
            "phong trào thi đua “Dạy tốt – Học tốt” chào mừng ngày 20/11; Liên đội trao thưởng cho các lớp "
            "đạt giải trong Hội thi báo tường và văn nghệ."
        ),
        P(
            "Đại diện học sinh, em Nguyễn Ngọc Bảo Trâm, lớp 9A1, xúc động gửi lời tri ân tới các thầy cô: "
            "“Chúng em xin hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ của thầy cô”."
        ),
        Img(
            "/wp-content/uploads/2026/11/le-20-11-2026-03-1024x683.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh khối 7",
            "Tiết mục văn nghệ chào mừng của học sinh khối 7",
        ),
        P(
            "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các em học sinh biểu diễn, để lại nhiều "
            "cảm xúc cho thầy cô và khách mời."
        ),
        Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Phạm Thị Thu Hà</strong></p>'),
    ],
    authors=["Phạm Thị Thu Hà"],
    photographers=["Phạm Thị Thu Hà"],
    opts={
        "ym": "2026/11",
        "dt": "2026-11-20 16:40",
        "modified": "2026-12-01 09:12",
        "markup": "gutenberg",
        "tags": ["ngay-nha-giao-viet-nam"],
        "account": "quantri",
        "thumb": "/wp-content/uploads/2026/11/le-20-11-2026-01-300x200.jpg",
        "comments": True,
    },
)

A2 = Story(
    id=2334,
    slug="hoc-sinh-khoi-8-tham-quan-trai-nghiem-tai-khu-di-tich-lich-su-chien-khu-d",
    title="Học sinh khối 8 tham quan, trải nghiệm tại Khu di tích lịch sử Chiến khu D",
    cat="tin-tuc-su-kien",
    published_at="2026-11-28T06:45:00+07:00",
    summary=(
        "Nhằm giúp học sinh hiểu thêm về truyền thống cách mạng của quê hương Đồng Nai, ngày 27/11/2026, "
        "Trường THCS Lý Tự Trọng tổ chức cho gần 300 học sinh khối 8 tham quan, trải nghiệm tại Khu di "
        "tích lịch sử Chiến khu D."
    ),
    blocks=[
        P(
            "Nhằm giúp học sinh hiểu thêm về truyền thống cách mạng của quê hương Đồng Nai, ngày 27/11/2026, "
            "Trường THCS Lý Tự Trọng tổ chức cho gần 300 học sinh khối 8 tham quan, trải nghiệm tại Khu di "
            "tích lịch sử Chiến khu D.",
            "lead",
        ),
        P(
            "Tại khu di tích, các em được nghe thuyết minh viên kể về quá trình hình thành căn cứ Chiến khu D "
            "– một trong những căn cứ địa cách mạng quan trọng của miền Đông Nam Bộ trong hai cuộc kháng "
            "chiến chống thực dân Pháp và đế quốc Mỹ."
        ),
        Img(
            "/wp-content/uploads/2026/11/trai-nghiem-chien-khu-d-1-800x533.jpg",
            "(Học sinh lớp 8A2 nghe thuyết minh tại nhà trưng bày Khu di tích)",
            "Học sinh lớp 8A2 nghe thuyết minh tại nhà trưng bày Khu di tích",
            "attachment",
        ),
        P(
            "Các em đã thành kính dâng hương tại Đền tưởng niệm liệt sĩ, tham quan khu tái hiện hầm chỉ huy, "
            "bệnh xá dã chiến và xưởng quân giới."
        ),
        P(
            "Buổi chiều, học sinh tham gia các trò chơi dân gian, hoạt động nhóm “Hành trình về nguồn” và "
            "hoàn thành phiếu học tập môn Lịch sử và Địa lí do giáo viên bộ môn thiết kế."
        ),
        Img(
            "/wp-content/uploads/2026/11/trai-nghiem-chien-khu-d-2-800x533.jpg",
            "(Các nhóm thi tìm hiểu lịch sử Chiến khu D)",
            "Các nhóm thi tìm hiểu lịch sử Chiến khu D",
            "file",
        ),
        P(
            "Chuyến đi là hoạt động thiết thực, góp phần bồi dưỡng lòng yêu nước, niềm tự hào về truyền "
            "thống quê hương cho học sinh."
        ),
        Raw(
            '<p style="text-align: right;"><strong><em>Nguyễn Văn Khoa – GV Lịch sử</em></strong></p>'
        ),
    ],
    authors=["Nguyễn Văn Khoa"],
    opts={
        "ym": "2026/11",
        "dt": "2026-11-28 06:45",
        "modified": "2026-11-28 07:02",
        "markup": "classic",
        "tags": ["hoat-dong-trai-nghiem"],
        "account": "Admin THCS LTT",
        "thumb": "/wp-content/uploads/2026/11/trai-nghiem-chien-khu-d-1-300x200.jpg",
    },
)

_MSO_SPAN = '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'

A3 = Story(
    id=2102,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-09",
    blocks=[
        P(
            "Chiều ngày 08/10/2026, Trường THCS Lý Tự Trọng tổ chức Hội nghị viên chức, người lao động năm "
            "học 2026 – 2027. Tham dự hội nghị có 68/70 viên chức, người lao động của nhà trường."
        ),
        P("Hội nghị đã nghe và thảo luận các nội dung:"),
        P(
            "Báo cáo kết quả thực hiện nhiệm vụ năm học 2025 – 2026 và phương hướng, nhiệm vụ năm học 2026 – 2027;",
            "mso",
        ),
        P("Báo cáo công khai tài chính năm 2025 và dự toán ngân sách năm 2026;", "mso"),
        P(
            "Dự thảo Quy chế chi tiêu nội bộ, Quy chế thực hiện dân chủ ở cơ sở năm học 2026 – 2027;",
            "mso",
        ),
        P("Báo cáo hoạt động của Ban Thanh tra nhân dân.", "mso"),
        P(
            "Tại hội nghị, nhiều ý kiến tâm huyết được đóng góp xoay quanh việc phân công chuyên môn, tăng "
            "cường cơ sở vật chất cho các phòng học bộ môn và chế độ hỗ trợ giáo viên dạy các lớp bồi dưỡng "
            "học sinh giỏi."
        ),
        P("- Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí;"),
        P("- Các tổ chuyên môn và viên chức ký giao ước thi đua năm học mới."),
        P("Hội nghị kết thúc trong không khí dân chủ, đoàn kết, thống nhất cao."),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><b>'
            + _MSO_SPAN
            + "Tổ Văn phòng<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "ym": "2026/10",
        "dt": "2026-10-09 00:00",
        "markup": "word",
        "tags": [],
        "account": "quantri",
        "thumb": "/wp-content/uploads/2026/10/hoi-nghi-vc-2026-300x200.jpg",
    },
)

A12 = Story(
    id=2360,
    slug="lien-doi-ra-quan-thuc-hien-cong-trinh-mang-non-ke-hoach-nho",
    title="♻️ Liên đội ra quân thực hiện công trình măng non “Kế hoạch nhỏ” năm học 2026 – 2027",
    cat="hoat-dong-doi",
    published_at="2026-12-02T15:10:00+07:00",
    blocks=[
        P(
            "Sáng thứ Hai ngày 30/11/2026, Liên đội Trường THCS Lý Tự Trọng đã tổ chức ra quân thu gom giấy "
            "vụn, vỏ lon, chai nhựa thực hiện công trình măng non “Kế hoạch nhỏ” năm học 2026 – 2027. 💚"
        ),
        P(
            "Kết quả, toàn Liên đội thu được hơn 2,3 tấn giấy vụn và 450 kg vỏ lon, chai nhựa các loại.",
            "emo:👉",
        ),
        P("Chi đội dẫn đầu: 8A3 (186 kg), 6A1 (152 kg), 9A2 (140 kg).", "emo:👉"),
        P(
            "Toàn bộ số tiền thu được sẽ được dùng để mua quà Tết tặng học sinh có hoàn cảnh khó khăn và ủng "
            "hộ quỹ “Đôi dép em tặng bạn”.",
            "emo:🎁",
        ),
        P("Cảm ơn quý phụ huynh đã luôn đồng hành cùng các con!"),
        P("Cùng nhau sống xanh, hành động vì môi trường các bạn nhé! 🌱", "br"),
        Raw('<div dir="auto">Tin: Trần Ngọc Bích – Ảnh: Lê Hoàng Phúc (lớp 9A2)</div>'),
        Img("/wp-content/uploads/2026/12/ke-hoach-nho-2026-1.jpg", style="gallery"),
        Img("/wp-content/uploads/2026/12/ke-hoach-nho-2026-2.jpg", style="gallery"),
        Img("/wp-content/uploads/2026/12/ke-hoach-nho-2026-3.jpg", style="gallery"),
    ],
    authors=["Trần Ngọc Bích"],
    photographers=["Lê Hoàng Phúc"],
    opts={
        "ym": "2026/12",
        "dt": "2026-12-02 15:10",
        "markup": "fb",
        "tags": ["hoat-dong-trai-nghiem", "lien-doi"],
        "account": "doi_tntp",
        "thumb": "/wp-content/uploads/2026/12/ke-hoach-nho-2026-1-300x200.jpg",
    },
)

A13 = Story(
    id=2247,
    slug="dai-hoi-lien-doi-truong-thcs-ly-tu-trong-nhiem-ky-2026-2027",
    title="Đại hội Liên đội Trường THCS Lý Tự Trọng nhiệm kỳ 2026 – 2027",
    cat="hoat-dong-doi",
    published_at="2026-10-24T08:30:00+07:00",
    blocks=[
        P(
            "Sáng 23/10/2026, Liên đội Trường THCS Lý Tự Trọng long trọng tổ chức Đại hội Liên đội nhiệm kỳ "
            "2026 – 2027 với sự tham dự của 96 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."
        ),
        P(
            "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 – 2026, đồng thời "
            "đề ra phương hướng, nhiệm vụ trọng tâm cho nhiệm kỳ mới với chủ đề “Thiếu nhi Lý Tự Trọng – Tự "
            "hào tiến bước dưới cờ Đội”."
        ),
        Img(
            "/wp-content/uploads/2026/10/dai-hoi-lien-doi-2026-1.jpg",
            "Đoàn Chủ tịch điều hành Đại hội",
            "Đoàn Chủ tịch điều hành Đại hội",
        ),
        P("Những chỉ tiêu chính của nhiệm kỳ", "h3"),
        P("100% đội viên tham gia các hoạt động “Kế hoạch nhỏ”, “Nghìn việc tốt”;", "li"),
        P("Mỗi chi đội có ít nhất một công trình măng non;", "li"),
        P("Xây dựng Liên đội đạt danh hiệu Liên đội vững mạnh xuất sắc cấp tỉnh.", "li"),
        P(
            "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm 11 em; em Phạm Gia Huy, lớp 9A4, "
            "được tín nhiệm bầu làm Liên đội trưởng."
        ),
        Img(
            "/wp-content/uploads/2026/10/dai-hoi-lien-doi-2026-2.jpg",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
        ),
        Raw("Liên đội THCS Lý Tự Trọng"),
    ],
    authors=["Liên đội THCS Lý Tự Trọng"],
    opts={
        "ym": "2026/10",
        "dt": "2026-10-24 08:30",
        "markup": "bricks",
        "tags": ["lien-doi"],
        "account": "doi_tntp",
        "thumb": "/wp-content/uploads/2026/10/dai-hoi-lien-doi-2026-1-300x200.jpg",
    },
)

_LETTERHEAD = (
    '<figure class="wp-block-table is-style-regular"><table style="border-style:none"><tbody>'
    '<tr><td class="has-text-align-center" data-align="center">UBND PHƯỜNG LONG HƯNG<br>'
    "<strong>TRƯỜNG THCS LÝ TỰ TRỌNG</strong></td>"
    '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
    "Độc lập – Tự do – Hạnh phúc</strong></td></tr>"
    '<tr><td class="has-text-align-center" data-align="center">Số: 87/TB-THCSLTT</td>'
    '<td class="has-text-align-center" data-align="center"><em>Long Hưng, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table></figure>\n"
    '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Lịch kiểm tra cuối học kì I năm học 2026 – 2027</strong></p>"
)
_NOI_NHAN = (
    '<figure class="wp-block-table"><table style="border-style:none"><tbody><tr>'
    '<td style="width:50%"><strong><em>Nơi nhận:</em></strong><br>- GVCN các lớp;<br>- Đăng website trường;'
    "<br>- Lưu: VT.</td>"
    '<td class="has-text-align-center" data-align="center"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong>'
    "<br><br><em>(Đã ký)</em><br><br><strong>Đỗ Thị Mai Lan</strong></td>"
    "</tr></tbody></table></figure>"
)

A6 = Story(
    id=2351,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 45/KH-THCSLTT ngày 05/9/2026 của Trường THCS Lý Tự Trọng về thực hiện nhiệm "
            "vụ năm học 2026 – 2027;"
        ),
        P(
            "Căn cứ Công văn số 2154/SGDĐT-GDTrH ngày 18/11/2026 của Sở Giáo dục và Đào tạo về việc tổ chức "
            "kiểm tra, đánh giá cuối học kì I;"
        ),
        P(
            "Trường THCS Lý Tự Trọng thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027 như sau:"
        ),
        P("1. Lịch kiểm tra các môn tập trung", "b"),
        P("Ngày | Buổi | Khối | Môn | Thời gian làm bài", "hrow"),
        P("15/12/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "row"),
        P("15/12/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "row"),
        P("16/12/2026 | Sáng | 6, 7 | Toán | 90 phút", "row"),
        P("16/12/2026 | Chiều | 8, 9 | Toán | 90 phút", "row"),
        P("17/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "row"),
        P("2. Các môn còn lại", "b"),
        P(
            "Các môn Khoa học tự nhiên, Lịch sử và Địa lí, Giáo dục công dân, Công nghệ, Tin học kiểm tra "
            "theo thời khóa biểu từ ngày 07/12/2026 đến ngày 12/12/2026."
        ),
        P("3. Yêu cầu", "b"),
        P(
            "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh có mặt tại "
            "trường trước giờ kiểm tra 15 phút, mang theo đầy đủ dụng cụ học tập, không mang điện thoại vào "
            "phòng kiểm tra."
        ),
        Raw(_NOI_NHAN),
    ],
    authors=["Đỗ Thị Mai Lan"],
    opts={
        "ym": "2026/12",
        "dt": "2026-12-01 09:15",
        "markup": "gutenberg",
        "tags": [],
        "account": "vanthu",
        "print": True,
    },
)

A7 = Story(
    id=2318,
    slug="thong-bao-nghi-hoc-buoi-chieu-ngay-25-11-2026",
    title="📢 Thông báo nghỉ học buổi chiều ngày 25/11/2026 để phun hóa chất phòng, chống sốt xuất huyết",
    cat="thong-bao",
    published_at="2026-11-24",
    blocks=[
        P(
            "Thực hiện kế hoạch của Trạm Y tế phường Long Hưng về việc phun hóa chất diệt muỗi phòng, chống "
            "dịch bệnh sốt xuất huyết trên địa bàn, nhà trường thông báo:"
        ),
        P(
            "Học sinh các lớp học buổi chiều (khối 6 và khối 7) được nghỉ học vào chiều thứ Tư, ngày "
            "25/11/2026. Các tiết học bù sẽ được giáo viên chủ nhiệm thông báo sau."
        ),
        P(
            "Học sinh khối 8 và khối 9 học buổi sáng bình thường. Đề nghị quý phụ huynh quan tâm, nhắc nhở "
            "các em không đến trường trong thời gian phun hóa chất."
        ),
        Raw("FILEBLOCK"),
    ],
    opts={
        "ym": "2026/11",
        "dt": "2026-11-24 08:05",
        "markup": "gutenberg",
        "tags": [],
        "account": "quantri",
        "print": True,
    },
)

A8 = Story(
    id=2215,
    slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-10-16",
    blocks=[
        P(
            "Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, phát hiện và tuyển chọn "
            "những học sinh có năng khiếu thể dục thể thao để thành lập đội tuyển tham gia Hội khỏe Phù Đổng "
            "các cấp, Trường THCS Lý Tự Trọng xây dựng kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học "
            "2026 – 2027 như sau:"
        ),
        P("I. Thời gian, địa điểm", "b"),
        P(
            "- Thời gian: từ ngày 02/11/2026 đến ngày 13/11/2026 (thi đấu vào các buổi chiều thứ Ba, thứ Năm "
            "và thứ Bảy)."
        ),
        P("- Địa điểm: sân trường và nhà đa năng Trường THCS Lý Tự Trọng."),
        P("II. Các môn thi đấu", "b"),
        P("Điền kinh: chạy 60m, 800m (nam, nữ), nhảy xa, nhảy cao;", "li"),
        P("Bóng đá mini nam, bóng chuyền nữ;", "li"),
        P("Cờ vua, đá cầu, kéo co (theo khối lớp).", "li"),
        P("III. Đối tượng tham gia", "b"),
        P(
            "Tất cả học sinh đang học tại trường có đủ sức khỏe, có đơn đăng ký tham gia thông qua giáo viên "
            "chủ nhiệm. Mỗi lớp đăng ký tối đa 2 vận động viên cho mỗi nội dung thi đấu cá nhân."
        ),
        P("Hạn chót nộp danh sách đăng ký về Tổ Thể dục – Nghệ thuật: ngày 28/10/2026."),
        Raw("Võ Minh Tuấn – Tổ trưởng Tổ Thể dục – Nghệ thuật"),
    ],
    authors=["Võ Minh Tuấn"],
    opts={
        "ym": "2026/10",
        "dt": "2026-10-16 10:30",
        "markup": "gutenberg",
        "nfd": True,
        "tags": [],
        "account": "quantri",
        "print": True,
    },
)

A9 = Story(
    id=2372,
    slug="chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan-lop-9",
    title="Chuyên đề “Dạy học đọc hiểu văn bản nghị luận lớp 9 theo định hướng phát triển năng lực”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Sáng 03/12/2026, Tổ Ngữ văn Trường THCS Lý Tự Trọng tổ chức chuyên đề cấp cụm về dạy học đọc "
        "hiểu văn bản nghị luận lớp 9, thu hút gần 40 giáo viên Ngữ văn của 6 trường THCS trong cụm chuyên "
        "môn số 3 tham dự."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chuyên đề được triển khai qua tiết dạy minh họa tại lớp 9A3 do cô Nguyễn Thị Thanh Thủy thực "
            "hiện, bám sát yêu cầu cần đạt của Chương trình giáo dục phổ thông môn Ngữ văn năm 2018.",
            "@Chuyên đề được triển khai qua tiết dạy minh họa tại lớp 9A3 do cô Nguyễn Thị Thanh Thủy thực "
            "hiện, bám sát yêu cầu cần đạt của Chương trình giáo dục phổ thông môn Ngữ văn năm 2018"
            + _fn_call(1)
            + ".",
        ),
        P("Những điểm mới trong thiết kế bài dạy", "h3"),
        P(
            "Tổ chức cho học sinh đọc văn bản theo nhóm, sử dụng phiếu học tập để nhận diện luận đề, luận "
            "điểm, lí lẽ và bằng chứng;",
            "oli",
        ),
        P(
            "Kết hợp sơ đồ tư duy và công cụ số (Padlet, Quizizz) để học sinh trình bày, phản biện kết quả đọc;",
            "oli",
        ),
        P("Thiết kế nhiệm vụ vận dụng gắn với các vấn đề gần gũi của đời sống học đường.", "oli"),
        Img(
            "/wp-content/uploads/2026/12/chuyen-de-ngu-van-9-1024x768.jpg",
            "Cô Nguyễn Thị Thanh Thủy tổ chức cho học sinh lớp 9A3 thảo luận nhóm",
            "Cô Nguyễn Thị Thanh Thủy tổ chức cho học sinh lớp 9A3 thảo luận nhóm",
        ),
        P(
            "Dạy đọc hiểu không phải là truyền đạt cách hiểu của giáo viên, mà là giúp học sinh tự hình thành "
            "cách đọc cho riêng mình.",
            "quote",
        ),
        P(
            "Đó là chia sẻ của cô Thủy sau tiết dạy. Theo đánh giá của các đại biểu, tiết dạy đã phát huy "
            "tốt tính chủ động của học sinh; các nhiệm vụ học tập được giao rõ ràng, phù hợp với thời lượng.",
            "@Đó là chia sẻ của cô Thủy sau tiết dạy. Theo đánh giá của các đại biểu, tiết dạy đã phát huy "
            "tốt tính chủ động của học sinh; các nhiệm vụ học tập được giao rõ ràng, phù hợp với thời lượng"
            + _fn_call(2)
            + ".",
        ),
        P("Trao đổi, thảo luận", "h3"),
        P(
            "Ở phần thảo luận, các thầy cô tập trung trao đổi về cách xây dựng câu hỏi đọc hiểu theo các mức "
            "độ nhận biết, thông hiểu, vận dụng và cách đánh giá bằng bảng kiểm, rubric trong giờ học."
        ),
        P(
            "Chuyên đề là dịp để giáo viên trong cụm chia sẻ kinh nghiệm, góp phần nâng cao chất lượng dạy "
            "học môn Ngữ văn, chuẩn bị tốt cho kì thi tuyển sinh vào lớp 10 năm học 2027 – 2028."
        ),
        P("Chú thích", "h4"),
        P(
            "Bộ Giáo dục và Đào tạo, Chương trình giáo dục phổ thông môn Ngữ văn (ban hành kèm theo Thông tư "
            "số 32/2018/TT-BGDĐT ngày 26/12/2018).",
            "fn",
        ),
        P(
            "Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 của Bộ GD&ĐT về xây dựng và tổ chức thực hiện kế "
            "hoạch giáo dục của nhà trường.",
            "fn",
        ),
        Raw(
            '<p class="has-text-align-right"><strong>ThS. Lê Thị Ngọc Anh – Tổ trưởng Tổ Ngữ văn</strong></p>'
        ),
    ],
    authors=["Lê Thị Ngọc Anh"],
    opts={
        "ym": "2026/12",
        "dt": "2026-12-03 14:30",
        "markup": "gutenberg",
        "tags": ["doi-moi-phuong-phap"],
        "account": "quantri",
        "thumb": "/wp-content/uploads/2026/12/chuyen-de-ngu-van-9-300x225.jpg",
    },
)

A10 = Story(
    id=2341,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nhieu-tiet-day-ung-dung-cong-nghe-so",
    title="Hội thi giáo viên dạy giỏi cấp trường: nhiều tiết dạy ứng dụng công nghệ số",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-26T10:05:00+07:00",
    summary=(
        "Từ ngày 02/11 đến 18/11/2026, Trường THCS Lý Tự Trọng tổ chức Hội thi giáo viên dạy giỏi cấp "
        "trường năm học 2026 – 2027 với 24 giáo viên dự thi ở 11 môn học, hoạt động giáo dục."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi là hoạt động thiết thực chào mừng 44 năm Ngày Nhà giáo Việt Nam, đồng thời là dịp để "
            "giáo viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp dạy học theo hướng phát huy năng "
            "lực học sinh."
        ),
        Img(
            "/wp-content/uploads/2026/11/hoi-thi-gvdg-2026-1-1024x683.jpg",
            "Tiết dạy môn Khoa học tự nhiên 8 của thầy Bùi Quang Vinh",
            "Tiết dạy môn Khoa học tự nhiên 8 của thầy Bùi Quang Vinh",
        ),
        P(
            "Năm nay, nhiều tiết dạy ứng dụng hiệu quả công nghệ số như phòng thí nghiệm ảo, bảng tương tác, "
            "phần mềm trình chiếu tương tác và học liệu số do giáo viên tự xây dựng. Học sinh hào hứng tham "
            "gia, chủ động trao đổi và trình bày sản phẩm học tập."
        ),
        P(
            "Ban Giám khảo đánh giá cao sự chuẩn bị công phu của các thầy cô; nhiều tiết dạy có tính sáng "
            "tạo, phù hợp với đối tượng học sinh."
        ),
        Img(
            "/wp-content/uploads/2026/11/hoi-thi-gvdg-2026-2-1024x683.jpg",
            "Học sinh lớp 7A5 sử dụng máy tính bảng trong tiết Tiếng Anh",
            "Học sinh lớp 7A5 sử dụng máy tính bảng trong tiết Tiếng Anh",
        ),
        P(
            "Kết quả, Hội thi có 19 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 6 giáo "
            "viên được chọn tham dự Hội thi giáo viên dạy giỏi cấp tỉnh."
        ),
        Raw("XEMTHEM"),
        Raw('<p class="has-text-align-right"><strong>Bài, ảnh: Huỳnh Thanh Tâm</strong></p>'),
    ],
    authors=["Huỳnh Thanh Tâm"],
    photographers=["Huỳnh Thanh Tâm"],
    opts={
        "ym": "2026/11",
        "dt": "2026-11-26 10:05",
        "modified": "2026-11-27 15:48",
        "markup": "gutenberg",
        "tags": ["doi-moi-phuong-phap", "ngay-nha-giao-viet-nam"],
        "account": "quantri",
        "thumb": "/wp-content/uploads/2026/11/hoi-thi-gvdg-2026-1-300x200.jpg",
    },
)

A11 = Story(
    id=2289,
    slug="sinh-hoat-to-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan",
    title="Sinh hoạt tổ chuyên môn theo nghiên cứu bài học môn Toán",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-14T09:20:00+07:00",
    blocks=[
        P(
            "Ngày 12/11/2026, Tổ Toán – Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
            "tiết dạy minh họa bài “Định lí Pythagore và ứng dụng” (Toán 8) tại lớp 8A1."
        ),
        Img("/wp-content/uploads/2026/11/sinh-hoat-to-toan-1-768x512.jpg", style="colimg"),
        P(
            "Tiết dạy do thầy Trương Công Danh thực hiện. Các thành viên trong tổ dự giờ, tập trung quan sát "
            "hoạt động học của học sinh thay vì chỉ nhận xét cách dạy của giáo viên.",
            "colp",
        ),
        P("Sau tiết dạy, tổ chuyên môn thảo luận theo ba nội dung chính:"),
        P("Nội dung | Ý kiến thảo luận", "hrow"),
        P(
            "Hoạt động khởi động | Tình huống đo khoảng cách qua hồ nước tạo được hứng thú, cần rút ngắn thời gian",
            "row",
        ),
        P(
            "Hình thành kiến thức | Học sinh tự phát hiện định lí qua ghép hình; một số nhóm còn lúng túng khi "
            "trình bày",
            "row",
        ),
        P(
            "Luyện tập, vận dụng | Nên bổ sung bài toán thực tế về chiều cao của thang, cột cờ",
            "row",
        ),
        P(
            "Buổi sinh hoạt giúp giáo viên nhìn nhận rõ hơn những khó khăn của học sinh trong từng hoạt động, "
            "từ đó điều chỉnh kế hoạch bài dạy cho phù hợp."
        ),
        Raw('<p class="has-text-align-right"><strong>Tổ Toán – Tin</strong></p>'),
    ],
    authors=["Tổ Toán – Tin"],
    opts={
        "ym": "2026/11",
        "dt": "2026-11-14 09:20",
        "markup": "gutenberg",
        "tags": ["doi-moi-phuong-phap"],
        "account": "quantri",
        "thumb": "/wp-content/uploads/2026/11/sinh-hoat-to-toan-1-300x200.jpg",
    },
)

A4 = Story(
    id=2255,
    slug="ung-dung-tri-tue-nhan-tao-trong-soan-giang-chia-se-tu-buoi-tap-huan",
    title="Ứng dụng trí tuệ nhân tạo trong soạn giảng: chia sẻ từ buổi tập huấn",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-29T15:45:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch bồi dưỡng thường xuyên năm học 2026 – 2027, ngày 27 và 28/10/2026, 42 cán bộ quản "
            "lý, giáo viên Trường THCS Lý Tự Trọng tham gia lớp tập huấn “Ứng dụng trí tuệ nhân tạo (AI) hỗ "
            "trợ dạy học” theo hình thức trực tuyến do Sở Giáo dục và Đào tạo tổ chức."
        ),
        P(
            "Tại lớp tập huấn, giáo viên được hướng dẫn sử dụng các công cụ AI để gợi ý ý tưởng hoạt động "
            "học, xây dựng ngân hàng câu hỏi, tạo học liệu minh họa và hỗ trợ nhận xét sản phẩm của học sinh."
        ),
        Raw(
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
            'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
            '<iframe title="Tập huấn ứng dụng AI hỗ trợ dạy học - Buổi 1" width="800" height="450" '
            'src="https://www.youtube.com/embed/q8XkR2fTz4M?feature=oembed" frameborder="0" '
            'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; '
            'web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n'
            "</div></figure>"
        ),
        P(
            "Báo cáo viên lưu ý giáo viên cần kiểm chứng thông tin do AI cung cấp, tuyệt đối không đưa dữ liệu "
            "cá nhân của học sinh lên các nền tảng chưa được kiểm định và phải chịu trách nhiệm về nội dung "
            "bài giảng."
        ),
        P(
            "Sau tập huấn, mỗi tổ chuyên môn đăng ký ít nhất một chuyên đề ứng dụng AI trong dạy học để triển "
            "khai trong học kì II."
        ),
        Raw('<p class="has-text-align-right"><strong>Nguyễn Hoàng Yến</strong> (tổng hợp)</p>'),
        Raw('<p class="has-text-align-right"><em>Nguồn: Sở GD&amp;ĐT Đồng Nai</em></p>'),
    ],
    authors=["Nguyễn Hoàng Yến"],
    source="Sở GD&ĐT Đồng Nai",
    opts={
        "ym": "2026/10",
        "dt": "2026-10-29 15:45",
        "markup": "gutenberg",
        "tags": ["doi-moi-phuong-phap"],
        "account": "quantri",
        "thumb": "/wp-content/uploads/2026/10/tap-huan-ai-300x200.jpg",
    },
)

A5 = Story(
    id=2190,
    slug="tap-huan-kiem-tra-danh-gia-hoc-sinh-theo-thong-tu-22-cho-giao-vien-moi",
    title="Tập huấn kiểm tra, đánh giá học sinh theo Thông tư 22 cho giáo viên mới",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-06T16:20:00+07:00",
    blocks=[
        P(
            "Chiều 05/10/2026, Ban Giám hiệu Trường THCS Lý Tự Trọng tổ chức buổi tập huấn về kiểm tra, đánh "
            "giá học sinh theo Thông tư số 22/2021/TT-BGDĐT cho 9 giáo viên mới tuyển dụng và giáo viên hợp "
            "đồng."
        ),
        Img("/wp-content/uploads/2026/10/tap-huan-tt22-768x512.jpg", "Ảnh: BBT", None, "credit"),
        P(
            "Nội dung tập huấn tập trung vào cách đánh giá thường xuyên bằng nhận xét, đánh giá định kì bằng "
            "điểm số kết hợp nhận xét, cách ghi sổ theo dõi và đánh giá học sinh trên phần mềm quản lý trường "
            "học."
        ),
        P(
            "Thầy Hồ Văn Lực, Phó Hiệu trưởng phụ trách chuyên môn, lưu ý giáo viên xây dựng ma trận, bản đặc "
            "tả đề kiểm tra định kì theo đúng hướng dẫn; tăng cường câu hỏi vận dụng, gắn với thực tiễn."
        ),
        Raw('<p class="has-text-align-right"><strong>BBT</strong></p>'),
    ],
    opts={
        "ym": "2026/10",
        "dt": "2026-10-06 16:20",
        "markup": "gutenberg",
        "tags": [],
        "account": "quantri",
        "thumb": "/wp-content/uploads/2026/10/tap-huan-tt22-300x200.jpg",
    },
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {s.id: s for s in STORIES}
#: newest first, as every query loop orders them
LATEST = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)


def post_path(story: Story) -> str:
    return f"/{story.opts['ym']}/{story.slug}/"


def _raw_title(story: Story) -> str:
    """The title as typed in wp-admin: what Yoast prints in <title>/og:title (no wptexturize)."""
    return story.title.replace(" – ", " - ").replace("“", '"').replace("”", '"')


def _texturized(title: str) -> str:
    """The headline as the_title prints it: wptexturize's dashes and quotes as numeric entities."""
    return esc(title).replace("–", "&#8211;").replace("“", "&#8220;").replace("”", "&#8221;")


def _dt(story: Story) -> datetime:
    return datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M")


VI_MONTHS = [
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]


def vi_datetime(dt: datetime) -> str:
    """WordPress (vi) "F j, Y lúc g:i a"."""
    hour = dt.hour % 12 or 12
    ampm = "sáng" if dt.hour < 12 else "chiều"
    return f"{VI_MONTHS[dt.month - 1]} {dt.day}, {dt.year} lúc {hour}:{dt.minute:02d} {ampm}"


def utc_stamp(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _dmy(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def _auto_excerpt(story: Story, words: int = 28) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P) and b.style in ("", "lead"))
    parts = first.split()
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


# --- images --------------------------------------------------------------------------------------

_LS_PLACEHOLDER = "data:image/svg+xml;base64," + base64.b64encode(
    b"<svg xmlns='http://www.w3.org/2000/svg' width='1024' height='683' viewBox='0 0 1024 683'></svg>"
).decode("ascii")
_BRX_PLACEHOLDER = "data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%201024%20683%27%3E%3C/svg%3E"
_SIZE = re.compile(r"-(\d+)x(\d+)(\.\w+)$")


def _variants(src: str) -> tuple[str, str]:
    """A smaller WordPress size of an upload and the srcset that lists ``src`` as the widest."""
    m = _SIZE.search(src)
    stem = src[: m.start()] if m else src.rsplit(".", 1)[0]
    ext = m.group(3) if m else "." + src.rsplit(".", 1)[1]
    width = int(m.group(1)) if m else 1024
    small = f"{stem}-300x200{ext}"
    return small, f"{width}w"


def ls_img(b: str, src: str, alt: str, wp_id: int, cls: str = "") -> str:
    """A content image as LiteSpeed Cache rewrites it: placeholder src, data-src, a noscript copy."""
    small, width = _variants(src)
    m = _SIZE.search(src)
    w, h = (m.group(1), m.group(2)) if m else ("1024", "683")
    srcset = f"{b}{src} {width}, {b}{small} 300w"
    klass = f"wp-image-{wp_id}{(' ' + cls) if cls else ''}"
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    return (
        f'<img data-lazyloaded="1" src="{_LS_PLACEHOLDER}" decoding="async" width="{w}" height="{h}" '
        f'data-src="{b}{src}" alt="{esc(alt)}" class="{klass}" data-srcset="{srcset}" '
        f'data-sizes="{sizes}" />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" src="{b}{src}" alt="{esc(alt)}" '
        f'class="{klass}" srcset="{srcset}" sizes="{sizes}" /></noscript>'
    )


def brx_img(b: str, src: str, alt: str = "", cls: str = "css-filter size-large") -> str:
    """An image as Bricks' own lazy load prints it."""
    return (
        f'<img src="{_BRX_PLACEHOLDER}" class="bricks-lazy-hidden {cls}" alt="{esc(alt)}" '
        f'data-src="{b}{src}" data-type="string" loading="lazy" decoding="async" />'
    )


# --- article text renderers --------------------------------------------------------------------


def _inner(block: P, story: Story) -> str:
    if block.style.startswith("@"):
        return block.style[1:]
    return text(block.text, nfd=bool(story.opts.get("nfd")))


def _rows(blocks: list[P], story: Story, table_cls: str) -> str:
    head = [b for b in blocks if b.style == "hrow"]
    body = [b for b in blocks if b.style == "row"]

    def tr(b: P, cell: str) -> str:
        cells = "".join(
            f"<{cell}>{text(c, nfd=bool(story.opts.get('nfd')))}</{cell}>"
            for c in b.text.split(" | ")
        )
        return f"<tr>{cells}</tr>"

    thead = f"<thead>{''.join(tr(b, 'th') for b in head)}</thead>" if head else ""
    return (
        f'<figure class="wp-block-table {table_cls}"><table class="has-fixed-layout">{thead}<tbody>'
        + "".join(tr(b, "td") for b in body)
        + "</tbody></table></figure>"
    )


def _gutenberg(story: Story, b: str) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    img_no = 0
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, Raw):
            out.append(_raw(blk, story, b))
            i += 1
            continue
        if isinstance(blk, Img):
            img_no += 1
            wp_id = story.id + img_no
            if blk.style == "colimg":
                nxt = blocks[i + 1]
                assert isinstance(nxt, P) and nxt.style == "colp"
                out.append(
                    '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1">\n'
                    '<div class="wp-block-column is-layout-flow" style="flex-basis:40%">'
                    f'<figure class="wp-block-image size-full">{ls_img(b, blk.src, "", wp_id)}</figure></div>\n'
                    '<div class="wp-block-column is-layout-flow" style="flex-basis:60%">'
                    f"<p>{_inner(nxt, story)}</p></div>\n</div>"
                )
                i += 2
                continue
            if blk.style == "credit":
                out.append(
                    f'<figure class="wp-block-image aligncenter size-large">{ls_img(b, blk.src, "", wp_id)}</figure>\n'
                    f'<p class="has-text-align-center"><em>{esc(blk.printed or "")}</em></p>'
                )
                i += 1
                continue
            cap = (
                f'<figcaption class="wp-element-caption">{esc(blk.printed)}</figcaption>'
                if blk.printed
                else ""
            )
            out.append(
                f'<figure class="wp-block-image aligncenter size-large">{ls_img(b, blk.src, "", wp_id)}{cap}</figure>'
            )
            i += 1
            continue
        st = blk.style
        if st in ("li", "oli", "fn"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == st:
                j += 1
            group = blocks[i:j]
            if st == "fn":
                items = []
                for n, item in enumerate(group, 1):
                    uid = f"fn-{n}a7c3e91d-4b2f-4f0e-9d61-0c8b{n:08d}"
                    items.append(
                        f'<li id="{uid}">{_inner(item, story)} <a href="#{uid}-link" '
                        f'aria-label="Chuyển đến chú thích {n}">↩︎</a></li>'
                    )
                out.append('<ol class="wp-block-footnotes">' + "".join(items) + "</ol>")
            else:
                tag = "ol" if st == "oli" else "ul"
                out.append(
                    f'<{tag} class="wp-block-list">'
                    + "".join(f"<li>{_inner(x, story)}</li>" for x in group)
                    + f"</{tag}>"
                )
            i = j
            continue
        if st in ("row", "hrow"):
            j = i
            while (
                j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("row", "hrow")
            ):
                j += 1
            out.append(_rows(blocks[i:j], story, "is-style-stripes"))
            i = j
            continue
        if st in ("h3", "h4"):
            out.append(f'<{st} class="wp-block-heading">{_inner(blk, story)}</{st}>')
        elif st == "b":
            out.append(f"<p><strong>{_inner(blk, story)}</strong></p>")
        elif st == "quote":
            out.append(
                f'<blockquote class="wp-block-quote is-layout-flow"><p><em>{_inner(blk, story)}</em></p></blockquote>'
            )
        else:
            out.append(f"<p>{_inner(blk, story)}</p>")
        i += 1
    return "\n\n".join(out)


def _classic(story: Story, b: str) -> str:
    """The classic editor: [caption] shortcodes, justified paragraphs, a bold lead."""
    out: list[str] = []
    img_no = 0
    for blk in story.blocks:
        if isinstance(blk, Raw):
            out.append(blk.html)
        elif isinstance(blk, Img):
            img_no += 1
            att = story.id + 1 + img_no
            if blk.style == "attachment":
                href = f"{b}{post_path(story)}trai-nghiem-chien-khu-d-{img_no}/"
            else:
                href = b + _SIZE.sub(r"\3", blk.src)  # "Link to: Media File", the uploaded original
            out.append(
                f'<figure id="attachment_{att}" aria-describedby="caption-attachment-{att}" style="width: 800px" '
                f'class="wp-caption aligncenter"><a href="{href}">'
                f"{ls_img(b, blk.src, blk.caption or '', att, 'size-large')}</a>"
                f'<figcaption id="caption-attachment-{att}" class="wp-caption-text">{esc(blk.printed or "")}'
                "</figcaption></figure>"
            )
        elif blk.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(blk.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(blk.text)}</p>')
    return "\n".join(out)


_MSO_BULLET = (
    '<!--[if !supportLists]--><span style="font-size:14.0pt;font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New '
    'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->'
)


def _word(story: Story, b: str) -> str:
    """Text pasted from Word into the classic editor, Office's markup kept."""
    out = [
        "<!-- [if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif] -->"
    ]
    mso = [x for x in story.blocks if isinstance(x, P) and x.style == "mso"]
    for blk in story.blocks:
        if isinstance(blk, Raw):
            out.append(blk.html)
        elif blk.style == "mso":
            pos = mso.index(blk)
            cls = (
                "MsoListParagraphCxSpFirst"
                if pos == 0
                else "MsoListParagraphCxSpLast"
                if pos == len(mso) - 1
                else "MsoListParagraphCxSpMiddle"
            )
            out.append(
                f'<p class="{cls}" style="margin-left:36.0pt;text-align:justify;text-indent:-18.0pt;'
                f'line-height:150%;mso-list:l0 level1 lfo1">{_MSO_BULLET}{_MSO_SPAN}{esc(blk.text)}'
                "<o:p></o:p></span></p>"
            )
        else:
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                f"{_MSO_SPAN}{esc(blk.text)}<o:p></o:p></span></p>"
            )
    return "\n".join(out)


def _fb_emoji(ch: str) -> str:
    code = _FB_EMOJI[ch]
    return (
        '<span class="html-span xexx8yu x4uap5 x18d9i69 xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 x1j61x8r '
        'x1fcty0u xdj266r xat24cr xgzva0m xhhsvwb xxymvpz xlup9mm x1kky2od"><img height="16" width="16" '
        f'alt="{ch}" referrerpolicy="origin-when-cross-origin" '
        f'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/{code}.png"></span>'
    )


def _fb(story: Story, b: str) -> str:
    """A post copied from the school's Facebook page into the block editor's Custom HTML block."""
    lines: list[str] = []
    blocks = story.blocks
    i = 0
    gallery: list[Img] = []
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, Img):
            gallery.append(blk)
        elif isinstance(blk, Raw):
            lines.append(blk.html)
        else:
            inner = esc(blk.text)
            if blk.style.startswith("emo:"):
                inner = _fb_emoji(blk.style[4:]) + " " + inner
            while (
                i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br"
            ):
                i += 1
                inner += "<br>" + esc(blocks[i].text)
            lines.append(f'<div dir="auto">{inner}</div>')
        i += 1
    figs = "".join(
        f'<figure class="wp-block-image size-large">{ls_img(b, g.src, "", story.id + n)}</figure>'
        for n, g in enumerate(gallery, 1)
    )
    return (
        '<div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs x126k92a">\n'
        + "\n".join(lines)
        + "\n</div>\n\n"
        + '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped is-layout-flex">'
        + figs
        + "</figure>"
    )


def _bricks_built(story: Story, b: str) -> str:
    """A post laid out with Bricks itself: the post's own elements inside the template's content."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append(
                f'<div id="brxe-{_bid(story.slug + str(len(out)))}" class="brxe-text">{"".join(buf)}</div>'
            )
            buf.clear()

    items: list[str] = []
    for blk in story.blocks:
        if isinstance(blk, P) and blk.style == "li":
            items.append(f"<li>{esc(blk.text)}</li>")
            continue
        if items:
            buf.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if isinstance(blk, Raw):
            flush()
            out.append(
                f'<div id="brxe-{_bid(story.slug + "sig")}" class="brxe-text-basic" '
                f'style="text-align: right; font-weight: 700">{esc(blk.html)}</div>'
            )
        elif isinstance(blk, Img):
            flush()
            out.append(
                f'<figure id="brxe-{_bid(blk.src)}" class="brxe-image tag caption">'
                f"{brx_img(b, blk.src)}"
                f'<figcaption class="bricks-image-caption">{esc(blk.printed or "")}</figcaption></figure>'
            )
        elif blk.style == "h3":
            flush()
            out.append(f'<h3 id="brxe-{_bid(blk.text)}" class="brxe-heading">{esc(blk.text)}</h3>')
        else:
            buf.append(f"<p>{esc(blk.text)}</p>")
    if items:
        buf.append("<ul>" + "".join(items) + "</ul>")
    flush()
    sec, cont = _bid(story.slug + "sec"), _bid(story.slug + "cont")
    return (
        f'<section id="brxe-{sec}" class="brxe-section"><div id="brxe-{cont}" class="brxe-container">\n'
        + "\n".join(out)
        + "\n</div></section>"
    )


def _raw(blk: Raw, story: Story, b: str) -> str:
    if blk.html == "FILEBLOCK":
        pdf = f"{b}/wp-content/uploads/2026/11/TB-nghi-hoc-25-11-2026.pdf"
        return (
            f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind--hidden='
            f'"!state.hasPdfPreview" hidden class="wp-block-file__embed" data="{pdf}" type="application/pdf" '
            'style="width:100%;height:600px" aria-label="Nhúng của TB-nghi-hoc-25-11-2026."></object>'
            f'<a id="wp-block-file--media-7d21" href="{pdf}">TB-nghi-hoc-25-11-2026</a>'
            f'<a href="{pdf}" class="wp-block-file__button wp-element-button" download '
            'aria-describedby="wp-block-file--media-7d21">Tải về</a></div>'
        )
    if blk.html == "XEMTHEM":
        # typed by hand in the editor, without the trailing slash (WordPress 301s it)
        return f'<p><strong>Xem thêm:</strong> <a href="{b}{post_path(A11)[:-1]}">{esc(A11.title)}</a></p>'
    if story is A8 and not blk.html.startswith("<"):
        return f'<p class="has-text-align-right"><strong><em>{text(blk.html, nfd=True)}</em></strong></p>'
    return blk.html


def render_content(story: Story, b: str) -> str:
    return {
        "gutenberg": _gutenberg,
        "classic": _classic,
        "word": _word,
        "fb": _fb,
        "bricks": _bricks_built,
    }[story.opts["markup"]](story, b)


# --- chrome --------------------------------------------------------------------------------------

MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu/",
        [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/co-cau-to-chuc/")],
    ),
    (
        "Tin tức",
        "/chuyen-muc/tin-tuc-su-kien/",
        [
            ("Tin tức - Sự kiện", "/chuyen-muc/tin-tuc-su-kien/"),
            ("Hoạt động Đội", "/chuyen-muc/tin-tuc-su-kien/hoat-dong-doi/"),
        ],
    ),
    ("Thông báo", "/chuyen-muc/thong-bao/", []),
    ("Chuyên môn", "/chuyen-muc/hoat-dong-chuyen-mon/", []),
    ("Văn bản", "/van-ban/", []),
    (
        "Thư viện",
        "#",
        [
            ("Thư viện ảnh", "/album/le-khai-giang-nam-hoc-2026-2027/"),
            ("Video", "/video/mua-nguoi-thay-chao-mung-20-11/"),
        ],
    ),
    ("Liên hệ", "/lien-he/", []),
]

_CARET = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" fill="none" class="menu-item-icon">'
    '<path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5" stroke="currentcolor"></path></svg>'
)


def _menu(b: str, current: str, ident: str) -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU):
        url = href if href == "#" else b + href
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{1900 + n} bricks-menu-item"
        if href == current:
            cls += " current-menu-item"
        if not subs:
            items.append(
                f'<li id="menu-item-{1900 + n}" class="{cls}"><a href="{url}">{esc(label)}</a></li>'
            )
            continue
        cls += " menu-item-has-children"
        sub = "".join(
            f'<li class="menu-item menu-item-type-taxonomy bricks-menu-item"><a href="{b}{h}">{esc(lbl)}</a></li>'
            for lbl, h in subs
        )
        items.append(
            f'<li id="menu-item-{1900 + n}" class="{cls}"><div class="brx-submenu-toggle icon-right">'
            f'<a href="{url}">{esc(label)}</a><button aria-expanded="false" aria-label="Mở rộng {esc(label)}">'
            f'{_CARET}</button></div><ul class="sub-menu">{sub}</ul></li>'
        )
    return f'<ul id="{ident}" class="bricks-nav-menu">' + "".join(items) + "</ul>"


def _header(b: str, current: str) -> str:
    return f"""<header id="brx-header" class="brx-sticky">
<section id="brxe-hdtopb" class="brxe-section thanh-tren"><div id="brxe-hdtpct" class="brxe-container">
<div id="brxe-hdngay" class="brxe-text-basic"><i class="ti-calendar"></i> {TODAY_LINE}</div>
<div id="brxe-hdhotl" class="brxe-text-basic"><i class="ti-mobile"></i> Hotline: 0251 3 861 247</div>
<ul id="brxe-hdsocl" class="brxe-social-icons"><li class="repeater-item"><a href="https://www.facebook.com/thcslytutronglonghung" target="_blank" rel="noopener"><i class="fab fa-facebook-f"></i></a></li><li class="repeater-item"><a href="https://www.youtube.com/@thcslytutrong" target="_blank" rel="noopener"><i class="fab fa-youtube"></i></a></li></ul>
</div></section>
<section id="brxe-hdbanr" class="brxe-section"><div id="brxe-hdbnct" class="brxe-container">
<a id="brxe-hdlogo" class="brxe-logo" href="{b}/"><img width="96" height="96" src="{b}/wp-content/uploads/2024/08/logo-thcs-ltt.png" class="bricks-site-logo css-filter" alt="Trường THCS Lý Tự Trọng" decoding="async"></a>
<div id="brxe-hdtent" class="brxe-block ten-truong"><div class="brxe-text-basic dv-chuquan">UBND PHƯỜNG LONG HƯNG</div><div class="brxe-text-basic ten">TRƯỜNG THCS LÝ TỰ TRỌNG</div><div class="brxe-text-basic khauhieu">Kỷ cương – Tình thương – Trách nhiệm</div></div>
<div id="brxe-hdsrch" class="brxe-search"><form role="search" method="get" class="bricks-search-form" action="{b}/"><label for="search-input-hdsrch" class="screen-reader-text"><span>Tìm kiếm</span></label><input type="search" placeholder="Tìm kiếm..." value="" id="search-input-hdsrch" name="s" /><button type="submit" class="bricks-search-submit"><i class="ti-search"></i></button></form></div>
</div></section>
<section id="brxe-hdmenu" class="brxe-section thanh-menu"><div id="brxe-hdmnct" class="brxe-container">
<div id="brxe-mnchnh" data-script-id="mnchnh" class="brxe-nav-menu"><nav class="bricks-nav-menu-wrapper tablet_portrait">{_menu(b, current, "menu-menu-chinh")}</nav>
<button class="bricks-mobile-menu-toggle" aria-haspopup="true" aria-label="Mở menu" aria-expanded="false"><span class="bar-top"></span><span class="bar-center"></span><span class="bar-bottom"></span></button>
<nav class="bricks-mobile-menu-wrapper left">{_menu(b, current, "menu-menu-chinh-1").replace('class="bricks-nav-menu"', 'class="bricks-mobile-menu"')}</nav><div class="bricks-mobile-menu-overlay"></div></div>
</div></section>
</header>"""


_POPUP = """<div data-popup-id="1845" class="brx-popup brxe-popup-1845 hide" data-popup-loop="" data-popup-ajax="0" aria-hidden="true"><div class="brx-popup-content brxe-container"><div id="brxe-ppcnbl" class="brxe-block canh-bao">
<h3 id="brxe-pptitl" class="brxe-heading">CẢNH BÁO LỪA ĐẢO</h3>
<div id="brxe-pptext" class="brxe-text"><p>Thời gian gần đây xuất hiện tình trạng các đối tượng giả danh giáo viên chủ nhiệm, nhân viên y tế nhà trường gọi điện cho phụ huynh thông báo học sinh bị tai nạn, yêu cầu chuyển tiền gấp để phẫu thuật hoặc đóng viện phí.</p>
<p>Nhà trường đề nghị quý phụ huynh tuyệt đối không chuyển tiền theo yêu cầu qua điện thoại; khi có nghi vấn, liên hệ ngay giáo viên chủ nhiệm hoặc số điện thoại của nhà trường 0251 3 861 247 để được xác minh.</p>
<p>Mọi khoản thu của nhà trường đều được thông báo bằng văn bản và thực hiện qua hình thức thanh toán không dùng tiền mặt theo hướng dẫn của Sở Giáo dục và Đào tạo.</p>
<p>Xin trân trọng cảm ơn sự phối hợp của quý phụ huynh!</p></div>
<button id="brxe-ppclos" class="brxe-button bricks-button bricks-background-primary" data-interactions="[{&quot;id&quot;:&quot;qwkzln&quot;,&quot;trigger&quot;:&quot;click&quot;,&quot;action&quot;:&quot;hide&quot;,&quot;target&quot;:&quot;popup&quot;,&quot;templateId&quot;:&quot;1845&quot;}]">Tôi đã hiểu</button>
</div></div><div class="brx-popup-backdrop"></div></div>"""


def _most_read(b: str) -> str:
    rows = []
    for s in (A1, A6, A10, A4, A12):
        views = f"{s.views():,}".replace(",", ".")
        rows.append(
            f'<!--brx-loop-start-sbxnhi--><li class="brxe-sbxnhi brxe-div xem-nhieu-item">'
            f'<a href="{b}{post_path(s)}">{_texturized(s.title)}</a>'
            f'<span class="brxe-text-basic luot-xem">({views} lượt xem)</span></li>'
        )
    return "".join(rows)


def _sidebar(b: str) -> str:
    archive_opts = "".join(
        f"<option value='{b}/2026/{m:02d}/'> Tháng {m} 2026 </option>" for m in (12, 11, 10)
    )
    return f"""<div id="brxe-sbcotp" class="brxe-block cot-phai"><div id="brxe-sbwdgt" class="brxe-sidebar">
<div id="block-3" class="bricks-widget-wrapper widget_block"><h3 class="bricks-widget-title">Tin xem nhiều</h3><ul class="xem-nhieu">{_most_read(b)}</ul></div>
<div id="block-5" class="bricks-widget-wrapper widget_block"><h3 class="bricks-widget-title">Liên kết website</h3>
<select class="lien-ket" onchange="if(this.value) window.open(this.value,'_blank')"><option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://sgddt.dongnai.gov.vn">Sở GD&amp;ĐT Đồng Nai</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option><option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option></select></div>
<div id="archives-2" class="bricks-widget-wrapper widget_archive"><h3 class="bricks-widget-title">Lưu trữ</h3><label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
<select id="archives-dropdown-2" name="archive-dropdown" onchange="document.location.href=this.options[this.selectedIndex].value;"><option value="">Chọn tháng</option>{archive_opts}</select></div>
<div id="polls-widget-2" class="bricks-widget-wrapper widget_polls-widget"><h3 class="bricks-widget-title">Thăm dò ý kiến</h3><div id="polls-4" class="wp-polls">
<form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_4_nonce" name="wp-polls-nonce" value="b51c0e2a97" /></p><p style="display: none;"><input type="hidden" name="poll_id" value="4" /></p>
<p style="text-align: center;"><strong>Quý phụ huynh biết đến website nhà trường qua kênh nào?</strong></p><div id="polls-4-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-13" name="poll_4" value="13" /> <label for="poll-answer-13">Giáo viên chủ nhiệm giới thiệu</label></li>
<li><input type="radio" id="poll-answer-14" name="poll_4" value="14" /> <label for="poll-answer-14">Trang Facebook của trường</label></li>
<li><input type="radio" id="poll-answer-15" name="poll_4" value="15" /> <label for="poll-answer-15">Tìm kiếm trên Google</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(4);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(4); return false;" title="Xem kết quả của cuộc thăm dò này">Xem kết quả</a></p></div></form></div></div>
<div id="block-7" class="bricks-widget-wrapper widget_block"><h3 class="bricks-widget-title">Thống kê truy cập</h3><table class="thong-ke"><tbody>
<tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Hôm qua:</td><td>538</td></tr><tr><td>Tổng truy cập:</td><td>1.284.556</td></tr></tbody></table></div>
<div id="block-9" class="bricks-widget-wrapper widget_block"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="{b}/wp-content/uploads/2024/08/banner-dvc.jpg" alt="Cổng dịch vụ công" /></a><a href="https://www.moet.gov.vn/giaoducquocdan/giao-duc-trung-hoc/Pages/default.aspx" target="_blank" rel="noopener"><img src="{b}/wp-content/uploads/2024/08/banner-gdth.png" alt="Giáo dục trung học" /></a></div>
</div></div>"""


def _footer(b: str) -> str:
    return f"""<footer id="brx-footer"><section id="brxe-ftsect" class="brxe-section chan-trang"><div id="brxe-ftcont" class="brxe-container">
<div id="brxe-ftcot1" class="brxe-block"><h4 id="brxe-ftten1" class="brxe-heading">TRƯỜNG THCS LÝ TỰ TRỌNG</h4>
<div id="brxe-ftdchi" class="brxe-text-basic">Địa chỉ: Số 12 đường Nguyễn Văn Tỏ, khu phố 3, phường Long Hưng, tỉnh Đồng Nai</div>
<div id="brxe-ftdthi" class="brxe-text-basic">Điện thoại: 0251 3 861 247 – Fax: 0251 3 861 248</div>
<div id="brxe-ftmail" class="brxe-text-basic">Email: <a href="mailto:thcslytutrong.lh@dongnai.edu.vn">thcslytutrong.lh@dongnai.edu.vn</a></div>
<div id="brxe-ftntn1" class="brxe-text-basic">Người chịu trách nhiệm nội dung: Cô Đặng Thị Hồng Nhung – Hiệu trưởng</div></div>
<div id="brxe-ftcot2" class="brxe-block"><h4 class="brxe-heading">Liên kết nhanh</h4><ul class="brxe-list">
<li><a href="{b}/gioi-thieu/">Giới thiệu</a></li><li><a href="{b}/chuyen-muc/thong-bao/">Thông báo</a></li><li><a href="{b}/van-ban/">Văn bản</a></li><li><a href="{b}/lien-he/">Liên hệ</a></li></ul></div>
<div id="brxe-ftcot3" class="brxe-block"><div class="brxe-map"><iframe src="https://maps.google.com/maps?q=10.9412,106.8798&amp;z=16&amp;output=embed" loading="lazy" width="100%" height="180"></iframe></div></div>
</div></section>
<section id="brxe-ftcopy" class="brxe-section ban-quyen"><div class="brxe-container"><div class="brxe-text-basic">© 2026 Bản quyền thuộc Trường THCS Lý Tự Trọng. Ghi rõ nguồn “Website Trường THCS Lý Tự Trọng” khi phát hành lại thông tin từ website này.</div>
<div class="brxe-text-basic">Thiết kế bởi <a href="https://webtruonghoc.vn" target="_blank" rel="noopener">WebTrườngHọc</a></div></div></section>
<a id="brxe-ftlndt" class="brxe-button len-dau-trang" href="#brx-header" aria-label="Lên đầu trang"><i class="ti-angle-up"></i></a>
</footer>"""


def shell(
    req: Request,
    *,
    title: str,
    body_class: str,
    main: str,
    current: str = "",
    head: str = "",
    post_id: int = 0,
) -> str:
    b = base_url(req)
    bricks_data = json.dumps(
        {
            "debug": "",
            "locale": "vi",
            "ajaxUrl": f"{b}/wp-admin/admin-ajax.php",
            "restApiUrl": f"{b}/wp-json/bricks/v1/",
            "nonce": "4f3a2b1c9d",
            "wpRestNonce": "e8a61c0b27",
            "postId": str(post_id),
            "recaptchaIds": [],
            "animatedTypingInstances": [],
            "videoInstances": [],
            "splideInstances": [],
            "tocbotInstances": [],
            "swiperInstances": [],
            "queryLoopInstances": [],
            "interactions": [],
            "filterInstances": [],
            "isotopeInstances": [],
            "mapStyles": [],
            "facebookAppId": "",
            "headerPosition": "top",
            "offsetLazyLoad": "300",
            "baseUrl": f"{b}/",
            "useQueryFilter": "",
            "pageFilters": [],
        }
    ).replace("/", "\\/")
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Trường THCS Lý Tự Trọng &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5' media='all' />
<link rel='stylesheet' id='bricks-frontend-css' href='{b}/wp-content/themes/bricks/assets/css/frontend-light.min.css?ver=1718263874' media='all' />
<link rel='stylesheet' id='bricks-child-css' href='{b}/wp-content/themes/bricks-child/style.css?ver=1.1' media='all' />
<link rel='stylesheet' id='wp-polls-css' href='{b}/wp-content/plugins/wp-polls/polls-css.css?ver=2.77.2' media='all' />
<style id='bricks-frontend-inline-inline-css'>
#brxe-hdtopb {{background-color: #0b4f9c; color: #fff; font-size: 13px}}
#brxe-hdmenu {{background-color: #0d5fb8}} .brxe-mnchnh .bricks-nav-menu > li > a {{color: #fff; text-transform: uppercase}}
.ten-truong .ten {{font-size: 28px; font-weight: 700; color: #c8102e}} .cot-phai {{width: 30%}} .cot-trai {{width: 70%}}
</style>
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<meta name="generator" content="WordPress 6.5.5" />
<link rel="icon" href="{b}/wp-content/uploads/2024/08/logo-thcs-ltt-32x32.png" sizes="32x32" />
</head>

<body class="{body_class} brx-body bricks-is-frontend wp-embed-responsive">
<a class="skip-link" href="#brx-content">Chuyển đến nội dung chính</a><a class="skip-link" href="#brx-footer">Chuyển đến chân trang</a>
{_header(b, current)}
<main id="brx-content">
{main}
</main>
{_footer(b)}
{_POPUP}
<script id="bricks-scripts-js-extra">var bricksData = {bricks_data};</script>
<script src='{b}/wp-content/themes/bricks/assets/js/bricks.min.js?ver=1718263874' id='bricks-scripts-js'></script>
<script src='{b}/wp-content/plugins/litespeed-cache/assets/js/lazyload.min.js?ver=6.2' id='litespeed-lazy-js'></script>
<script src='{b}/wp-content/plugins/wp-polls/polls-js.js?ver=2.77.2' id='wp-polls-js'></script>
</body>
</html>"""


def _breadcrumbs(b: str, trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<a class="item" href="{b}/">Trang chủ</a>']
    for label, href in trail:
        parts.append('<span class="separator">»</span>')
        if href:
            parts.append(f'<a class="item" href="{b}{href}">{label}</a>')
        else:
            parts.append(f'<span class="item" aria-current="page">{label}</span>')
    return f'<nav id="brxe-brdcmb" class="brxe-breadcrumbs" aria-label="Breadcrumb">{"".join(parts)}</nav>'


def cat_path(slug: str) -> str:
    _name, parent, _ = CATS[slug]
    return f"/chuyen-muc/{parent}/{slug}/" if parent else f"/chuyen-muc/{slug}/"


def _cat_trail(slug: str) -> list[tuple[str, str | None]]:
    name, parent, _ = CATS[slug]
    trail = [(esc(CATS[parent][0]), cat_path(parent))] if parent else []
    return [*trail, (esc(name), cat_path(slug))]


# --- listings ------------------------------------------------------------------------------------


def _card(b: str, s: Story, loop: str) -> str:
    thumb = s.opts.get("thumb")
    img = (
        f'<a class="brxe-image tag anh-dai-dien" href="{b}{post_path(s)}">'
        f"{brx_img(b, thumb, '', 'css-filter size-medium')}</a>"
        if thumb
        else ""
    )
    return (
        f'<div class="brxe-{loop} brxe-block the-tin">{img}<div class="brxe-block noi-dung-the">'
        f'<h3 class="brxe-heading tieu-de-the"><a href="{b}{post_path(s)}">{_texturized(s.title)}</a></h3>'
        f'<div class="brxe-text-basic ngay-the"><i class="ti-time"></i> {_dmy(_dt(s))}</div>'
        f'<div class="brxe-text-basic tom-tat-the">{esc(_auto_excerpt(s, 24))}</div>'
        f'<a class="brxe-button bricks-button sm xem-chi-tiet" href="{b}{post_path(s)}">Xem chi tiết »</a>'
        "</div></div>"
    )


def _loop(
    b: str, stories: list[Story], loop: str, query_vars: dict, page: int, max_pages: int
) -> str:
    cards = "".join(f"<!--brx-loop-start-{loop}-->" + _card(b, s, loop) for s in stories)
    trail = (
        f'<div class="brx-query-trail" data-query-element-id="{loop}" '
        f'data-query-vars=\'{esc(json.dumps(query_vars))}\' data-page="{page}" data-max-pages="{max_pages}" '
        f'data-start="{(page - 1) * len(stories) + 1}" data-end="{(page - 1) * len(stories) + len(stories)}"></div>'
    )
    return cards + trail


def _load_more_button(loop: str, label: str = "Xem thêm bài viết") -> str:
    inter = json.dumps(
        [{"id": _bid(loop + "lm"), "trigger": "click", "action": "loadMore", "loadMoreQuery": loop}]
    )
    return (
        f'<button id="brxe-{_bid(loop + "btn")}" class="brxe-button bricks-button bricks-background-primary '
        f'nut-xem-them" data-interactions="{esc(inter)}" data-interaction-id="{_bid(loop + "int")}">{label}</button>'
    )


def _pagination(b: str, base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        items.append(f'<li><a class="prev page-numbers" href="{b}{prev}">« Trang trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(
                f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>'
            )
        else:
            href = base if n == 1 else f"{base}page/{n}/"
            items.append(f'<li><a class="page-numbers" href="{b}{href}">{n}</a></li>')
    if page < pages:
        items.append(
            f'<li><a class="next page-numbers" href="{b}{base}page/{page + 1}/">Trang sau »</a></li>'
        )
    return f'<div id="brxe-pgnttt" class="brxe-pagination"><ul class="page-numbers">{"".join(items)}</ul></div>'


def _posts_in_cat(slug: str) -> list[Story]:
    """WordPress category archives include the children's posts."""
    kids = {k for k, (_, parent, _) in CATS.items() if parent == slug}
    return [s for s in LATEST if s.cat == slug or s.cat in kids]


def _listing_page(
    req: Request,
    *,
    heading: str,
    trail: list[tuple[str, str | None]],
    base: str,
    stories: list[Story],
    page: int,
    load_more: bool,
    body_class: str,
    loop: str,
    query_vars: dict,
) -> Response | None:
    b = base_url(req)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    here = base if page == 1 else f"{base}page/{page}/"
    head = f'<link rel="canonical" href="{b}{here}" />\n'
    if page > 1:
        head += (
            f'<link rel="prev" href="{b}{base if page == 2 else f"{base}page/{page - 1}/"}" />\n'
        )
    if page < pages:
        head += f'<link rel="next" href="{b}{base}page/{page + 1}/" />\n'
    head += '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
    head += f'<meta property="og:title" content="{esc(heading)} - Trường THCS Lý Tự Trọng" />'
    pager = (
        (_load_more_button(loop) if page < pages else "")
        if load_more
        else _pagination(b, base, page, pages)
    )
    main = f"""<section id="brxe-arhero" class="brxe-section tieu-de-chuyen-muc"><div class="brxe-container">
{_breadcrumbs(b, trail)}
<h1 id="brxe-artitl" class="brxe-heading">{esc(heading)}</h1></div></section>
<section id="brxe-arbody" class="brxe-section"><div id="brxe-arcont" class="brxe-container">
<div id="brxe-arcotr" class="brxe-block cot-trai"><div id="brxe-{loop}wr" class="brxe-block danh-sach-tin">
{_loop(b, chunk, loop, {**query_vars, "paged": page}, page, pages)}
</div>
{pager}
</div>
{_sidebar(b)}
</div></section>"""
    title = (
        f"{esc(heading)} - Trang {page} - Trường THCS Lý Tự Trọng"
        if page > 1
        else f"{esc(heading)} - Trường THCS Lý Tự Trọng"
    )
    return html(
        shell(
            req, title=title, body_class=body_class, main=main, current=trail[0][1] or "", head=head
        )
    )


def category_page(req: Request, slug: str, page: int) -> Response | None:
    name, _, term = CATS[slug]
    return _listing_page(
        req,
        heading=f"Chuyên mục: {name}",
        trail=[*_cat_trail(slug)[:-1], (esc(name), None)],
        base=cat_path(slug),
        stories=_posts_in_cat(slug),
        page=page,
        load_more=slug == "hoat-dong-chuyen-mon",
        body_class=f"archive category category-{slug} category-{term}"
        + (" paged" if page > 1 else ""),
        loop=_bid("cat" + slug),
        query_vars={"category_name": slug, "posts_per_page": PER_PAGE, "post_status": "publish"},
    )


def tag_page(req: Request, slug: str) -> Response | None:
    stories = [s for s in LATEST if slug in s.opts["tags"]]
    return _listing_page(
        req,
        heading=f"Thẻ: {TAGS[slug]}",
        trail=[(esc(TAGS[slug]), None)],
        base=f"/tag/{slug}/",
        stories=stories,
        page=1,
        load_more=False,
        body_class=f"archive tag tag-{slug}",
        loop=_bid("tag" + slug),
        query_vars={"tag": slug, "posts_per_page": PER_PAGE},
    )


def date_archive(req: Request, ym: str, page: int) -> Response | None:
    stories = [s for s in LATEST if s.opts["ym"] == ym]
    if not stories:
        return None
    y, m = ym.split("/")
    return _listing_page(
        req,
        heading=f"Tháng: {VI_MONTHS[int(m) - 1]} {y}",
        trail=[(f"Lưu trữ {m}/{y}", None)],
        base=f"/{ym}/",
        stories=stories,
        page=page,
        load_more=False,
        body_class="archive date",
        loop=_bid("date" + ym),
        query_vars={"year": int(y), "monthnum": int(m), "posts_per_page": PER_PAGE},
    )


def search_page(req: Request) -> Response:
    b = base_url(req)
    q = req.params.get("s", "").strip()
    hits = [s for s in LATEST if q and q.lower() in s.title.lower()] if q else []
    cards = (
        "".join(_card(b, s, "srchlp") for s in hits)
        or '<p class="khong-ket-qua">Không tìm thấy kết quả phù hợp.</p>'
    )
    main = f"""<section class="brxe-section"><div class="brxe-container">{_breadcrumbs(b, [(f"Kết quả tìm kiếm: {esc(q)}", None)])}
<h1 class="brxe-heading">Kết quả tìm kiếm cho: {esc(q)}</h1><div class="brxe-block danh-sach-tin">{cards}</div></div></section>"""
    return html(
        shell(
            req,
            title=f"Bạn đã tìm kiếm {esc(q)} - Trường THCS Lý Tự Trọng",
            body_class="search search-results",
            main=main,
            head="<meta name='robots' content='noindex, follow' />",
        )
    )


# --- the front page ------------------------------------------------------------------------------


def home(req: Request) -> Response:
    b = base_url(req)
    slides = "".join(
        f'<li class="splide__slide brxe-slider-item" style="background-image: url({b}{s.opts["thumb"].replace("-300x200", "-1024x683").replace("-300x225", "-1024x768")})">'
        f'<div class="brxe-slider-content"><h3 class="brxe-heading">{_texturized(s.title)}</h3>'
        f'<a class="bricks-button bricks-background-primary" href="{b}{post_path(s)}">Xem chi tiết</a></div></li>'
        for s in (A1, A9, A12)
    )
    newest = LATEST[:5]
    notices = [s for s in LATEST if s.cat == "thong-bao"][:5]
    chuyenmon = [s for s in LATEST if s.cat == "hoat-dong-chuyen-mon"][:3]
    tb_items = "".join(
        f'<li class="brxe-tbhome brxe-div"><span class="ngay-tb">{_dmy(_dt(s))}</span> '
        f'<a href="{b}{post_path(s)}">{_texturized(s.title)}</a></li>'
        for s in notices
    )
    cm_items = "".join(
        f'<div class="brxe-cmhome brxe-block"><a href="{b}{post_path(s)}">{brx_img(b, s.opts["thumb"], "", "css-filter size-thumbnail")}</a>'
        f'<h4 class="brxe-heading"><a href="{b}{post_path(s)}">{_texturized(s.title)}</a></h4></div>'
        for s in chuyenmon
    )
    loop = "hmtmnh"
    main = f"""<section id="brxe-hmslid" class="brxe-section"><div class="brxe-container">
<div id="brxe-slidnb" data-script-id="slidnb" class="brxe-slider splide" data-splide='{{"type":"loop","autoplay":true,"interval":4000}}'><div class="splide__track"><ul class="splide__list">{slides}</ul></div></div>
</div></section>
<section id="brxe-hmbody" class="brxe-section"><div id="brxe-hmcont" class="brxe-container">
<div id="brxe-hmcotr" class="brxe-block cot-trai">
<h2 id="brxe-hmtmti" class="brxe-heading tieu-de-khoi"><span>TIN MỚI NHẤT</span></h2>
<div id="brxe-hmtmwr" class="brxe-block danh-sach-tin">
{_loop(b, newest, loop, {"post_type": ["post"], "posts_per_page": 5, "orderby": "date", "ignore_sticky_posts": 1}, 1, 3)}
</div>
{_load_more_button(loop, "Xem thêm")}
<div id="brxe-hmcmbx" class="brxe-block khoi-chuyen-mon"><h2 class="brxe-heading tieu-de-khoi"><a href="{b}/chuyen-muc/hoat-dong-chuyen-mon/">HOẠT ĐỘNG CHUYÊN MÔN</a></h2>{cm_items}
<a class="brxe-text-link xem-tat-ca" href="{b}/chuyen-muc/hoat-dong-chuyen-mon/">Xem tất cả »</a></div>
<div id="brxe-hmtvbx" class="brxe-block khoi-thu-vien"><h2 class="brxe-heading tieu-de-khoi"><span>THƯ VIỆN ẢNH – VIDEO</span></h2>
<a class="brxe-block" href="{b}/album/le-khai-giang-nam-hoc-2026-2027/">{brx_img(b, "/wp-content/uploads/2026/09/khai-giang-2026-01-300x200.jpg")}<span>Lễ khai giảng năm học 2026 – 2027</span></a>
<a class="brxe-block" href="{b}/video/mua-nguoi-thay-chao-mung-20-11/">{brx_img(b, "/wp-content/uploads/2026/11/video-mua-nguoi-thay-300x169.jpg")}<span>Video: Tiết mục múa “Người thầy” chào mừng 20/11</span></a></div>
</div>
<div id="brxe-hmcotp" class="brxe-block cot-phai">
<div id="brxe-hmtbbx" class="brxe-block khoi-thong-bao"><h3 class="brxe-heading"><a href="{b}/chuyen-muc/thong-bao/">📌 THÔNG BÁO</a></h3><ul class="ds-thong-bao">{tb_items}</ul></div>
{_sidebar(b)}
</div>
</div></section>"""
    head = (
        f'<meta name="description" content="Website chính thức của Trường THCS Lý Tự Trọng, phường Long Hưng, tỉnh Đồng Nai" />\n'
        f'<link rel="canonical" href="{b}/" />\n<meta property="og:type" content="website" />\n'
        '<meta property="og:title" content="Trường THCS Lý Tự Trọng - Kỷ cương - Tình thương - Trách nhiệm" />'
    )
    return html(
        shell(
            req,
            title="Trường THCS Lý Tự Trọng - Kỷ cương - Tình thương - Trách nhiệm",
            body_class="home page-template-default page page-id-12",
            main=main,
            current="/",
            head=head,
            post_id=12,
        )
    )


# --- the Load-more REST route --------------------------------------------------------------------


def load_query_page(req: Request) -> Response:
    """POST /wp-json/bricks/v1/load_query_page {queryElementId, page, queryVars …}: the next cards."""
    try:
        data = json.loads(req.body.decode("utf-8") or "{}")
    except ValueError:
        data = {}
    qid = str(data.get("queryElementId", ""))
    page = int(data.get("page", 2) or 2)
    b = base_url(req)
    if qid == "hmtmnh":
        pool, size = LATEST, 5
    elif qid == _bid("cathoat-dong-chuyen-mon"):
        pool, size = _posts_in_cat("hoat-dong-chuyen-mon"), PER_PAGE
    else:
        body = json.dumps(
            {
                "code": "rest_invalid_query",
                "message": "Truy vấn không hợp lệ.",
                "data": {"status": 400},
            }
        )
        return Response(400, body, {"Content-Type": "application/json; charset=UTF-8"})
    chunk = pool[(page - 1) * size : page * size]
    payload = {
        "html": "".join(f"<!--brx-loop-start-{qid}-->" + _card(b, s, qid) for s in chunk),
        "styles": "",
        "popups": [],
        "updatedQuery": {"page": page, "maxPages": -(-len(pool) // size)},
    }
    return Response(
        200,
        json.dumps(payload, ensure_ascii=False),
        {"Content-Type": "application/json; charset=UTF-8"},
    )


# --- posts ---------------------------------------------------------------------------------------

COMMENTS = [
    (
        57,
        "Nguyễn Thị Lan (PHHS lớp 7A1)",
        "2026-11-20 20:05",
        "Cảm ơn quý thầy cô đã luôn tận tâm với các con. Chúc nhà trường ngày càng phát triển!",
    ),
    (
        58,
        "Lê Minh Trí",
        "2026-11-21 07:12",
        "Em là cựu học sinh khóa 2015 – 2019, xem hình thầy cô mà nhớ trường quá. Em kính chúc thầy cô luôn mạnh khỏe, hạnh phúc ạ.",
    ),
    (
        61,
        "Trần Quốc Bảo",
        "2026-11-22 21:40",
        "Tiết mục văn nghệ của khối 7 rất hay, các con tập luyện công phu quá!",
    ),
    (
        64,
        "Phụ huynh em Khánh Vy 6A3",
        "2026-11-24 18:26",
        "Nhà trường cho phụ huynh xin link tải bộ ảnh buổi lễ với ạ. Xin cảm ơn!",
    ),
]
COMMENTS_PER_PAGE = 3


def _comments(b: str, story: Story, cpage: int) -> str:
    if not story.opts.get("comments"):
        return (
            '<div id="brxe-bvcmts" class="brxe-post-comments"><div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
            + _comment_form(b, story)
            + "</div></div>"
        )
    chunk = COMMENTS[(cpage - 1) * COMMENTS_PER_PAGE : cpage * COMMENTS_PER_PAGE]
    items = "".join(
        f'<li class="comment even thread-even depth-1" id="comment-{cid}"><div class="comment-wrapper">'
        f'<div class="user-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{hashlib.md5(name.encode()).hexdigest()}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"></div>'
        f'<div class="comment-data"><div class="comment-meta"><h5 class="name">{esc(name)}</h5>'
        f'<a href="{b}{post_path(story)}{"comment-page-2/" if cpage == 2 else ""}#comment-{cid}"><span class="time">'
        f"{vi_datetime(datetime.strptime(when, '%Y-%m-%d %H:%M'))}</span></a></div>"
        f'<div class="comment-content"><p>{esc(body)}</p></div></div></div></li>'
        for cid, name, when, body in chunk
    )
    nav = (
        '<nav class="navigation comment-navigation" aria-label="Điều hướng bình luận"><div class="nav-links">'
        + (
            f'<div class="nav-next"><a href="{b}{post_path(story)}comment-page-2/#comments">Bình luận mới hơn →</a></div>'
            if cpage == 1
            else f'<div class="nav-previous"><a href="{b}{post_path(story)}#comments">← Bình luận cũ hơn</a></div>'
        )
        + "</div></nav>"
    )
    return (
        f'<div id="brxe-bvcmts" class="brxe-post-comments"><h3 class="comments-title" id="comments">'
        f"{len(COMMENTS)} bình luận về “{esc(story.title)}”</h3>"
        f'<ol class="comment-list">{items}</ol>{nav}<div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
        + _comment_form(b, story)
        + "</div></div>"
    )


def _comment_form(b: str, story: Story) -> str:
    return (
        f'<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        'Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label>'
        '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label>'
        '<input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>'
        '<input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />'
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>"
    )


def _yoast_head(b: str, story: Story, canonical: str, description: str) -> str:
    dt = _dt(story)
    modified = datetime.strptime(story.opts.get("modified") or story.opts["dt"], "%Y-%m-%d %H:%M")
    name, _, _ = CATS[story.cat]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{b}{canonical}#article",
                "isPartOf": {"@id": f"{b}{canonical}"},
                "author": {
                    "name": story.opts["account"],
                    "@id": f"{b}/#/schema/person/{_bid(story.opts['account'])}",
                },
                "headline": _raw_title(story),
                "datePublished": utc_stamp(dt),
                "dateModified": utc_stamp(modified),
                "mainEntityOfPage": {"@id": f"{b}{canonical}"},
                "publisher": {"@id": f"{b}/#organization"},
                "articleSection": [name],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{b}{canonical}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{b}/"},
                    {"@type": "ListItem", "position": 2, "name": _raw_title(story)},
                ],
            },
        ],
    }
    return (
        "<!-- This site is optimized with the Yoast SEO plugin v22.9 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f'<meta name="description" content="{esc(description)}" />\n'
        f'<link rel="canonical" href="{b}{canonical}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(_raw_title(story))}" />\n'
        f'<meta property="og:description" content="{esc(description)}" />\n'
        f'<meta property="og:url" content="{b}{canonical}" />\n'
        '<meta property="og:site_name" content="Trường THCS Lý Tự Trọng" />\n'
        f'<meta property="article:published_time" content="{utc_stamp(dt)}" />\n'
        f'<meta property="article:modified_time" content="{utc_stamp(modified)}" />\n'
        f'<meta name="author" content="{esc(story.opts["account"])}" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>\n'
        "<!-- / Yoast SEO plugin. -->\n"
        f"<link rel='shortlink' href='{b}/?p={story.id}' />"
    )


def _related(b: str, story: Story) -> str:
    tags = set(story.opts["tags"])
    rel = [s for s in LATEST if s is not story and tags & set(s.opts["tags"])][:3]
    if not rel:
        return ""
    items = "".join(
        f'<li class="repeater-item"><a href="{b}{post_path(s)}"><div class="post-content">'
        f'<h3 class="post-title">{_texturized(s.title)}</h3><span class="post-date">{_dmy(_dt(s))}</span></div></a></li>'
        for s in rel
    )
    return (
        f'<div id="brxe-bvlqan" class="brxe-related-posts"><h3 class="brxe-heading tieu-de-khoi">Tin liên quan</h3>'
        f'<ul class="related-posts">{items}</ul></div>'
    )


def _also(b: str, story: Story) -> str:
    others = [s for s in LATEST if s is not story][:4]
    return (
        '<div id="brxe-bvqtam" class="brxe-block co-the-ban-quan-tam"><h3 class="brxe-heading tieu-de-khoi">'
        "Có thể bạn quan tâm</h3>"
        + _loop(
            b,
            others,
            "bvqtlp",
            {"post_type": "post", "posts_per_page": 4, "post__not_in": [story.id]},
            1,
            1,
        )
        + "</div>"
    )


def _share(b: str, story: Story) -> str:
    url = quote(f"{b}{post_path(story)}", safe="")
    print_link = (
        f'<li class="in-bai"><a href="{b}{post_path(story)}?print=1" rel="nofollow" target="_blank">🖨 In thông báo</a></li>'
        if story.opts.get("print")
        else '<li class="in-bai"><a href="javascript:window.print()" rel="nofollow">🖨 In bài</a></li>'
    )
    return (
        f'<ul id="brxe-bvshar" class="brxe-post-sharing brand-colors"><li title="Chia sẻ lên Facebook">'
        f'<a class="facebook" href="https://www.facebook.com/sharer.php?u={url}" rel="nofollow" target="_blank">'
        '<svg viewBox="0 0 320 512"><path d="M279.14 288l14.22-92.66h-88.91"></path></svg></a></li>'
        f'<li title="Chia sẻ qua Zalo"><a class="zalo" href="https://sp.zalo.me/share_inline?url={url}" rel="nofollow" target="_blank">Zalo</a></li>'
        f'<li title="Gửi email"><a class="email" href="mailto:?subject={quote(story.title)}&amp;body={url}" rel="nofollow">Email</a></li>'
        f"{print_link}</ul>"
    )


def _tags_html(b: str, story: Story) -> str:
    if not story.opts["tags"]:
        return ""
    return (
        '<ul id="brxe-bvthe1" class="brxe-post-taxonomy post_tag"><li class="nhan">Từ khóa:</li>'
        + "".join(
            f'<li><a class="bricks-button sm" href="{b}/tag/{t}/">{esc(TAGS[t])}</a></li>'
            for t in story.opts["tags"]
        )
        + "</ul>"
    )


def post_page(req: Request, story: Story, cpage: int = 1) -> Response:
    b = base_url(req)
    dt = _dt(story)
    content = render_content(story, b)
    excerpt = (
        f'<div id="brxe-bvtomt" class="brxe-text-basic tom-tat-bai"><strong>{esc(story.summary)}</strong></div>'
        if story.sapo_outside
        else ""
    )
    description = _auto_excerpt(story, 30).replace(" […]", "…")
    head = _yoast_head(b, story, post_path(story), description)
    _name, _, _term = CATS[story.cat]
    trail = [*_cat_trail(story.cat), (_texturized(story.title), None)]
    modified = story.opts.get("modified")
    cap_nhat = (
        f'<div id="brxe-bvcnht" class="brxe-text-basic cap-nhat"><em>Cập nhật lần cuối: '
        f"{vi_datetime(datetime.strptime(modified, '%Y-%m-%d %H:%M'))}</em></div>"
        if modified
        else ""
    )
    views = f"{story.views():,}".replace(",", ".")
    if story.cat == "thong-bao":
        # template 1802 "Single – Thông báo"
        top = f"""<section id="brxe-tbsect" class="brxe-section khung-thong-bao"><div id="brxe-tbcont" class="brxe-container">
<div id="brxe-tbcotr" class="brxe-block cot-trai">
{_breadcrumbs(b, trail)}
<h1 id="brxe-tbtitl" class="brxe-post-title">{_texturized(story.title)}</h1>
<table class="tb-meta" style="width:100%;font-size:13px;color:#666"><tr><td>Ngày đăng: {_dmy(dt)}</td><td style="text-align:right">Lượt xem: {views}</td></tr></table>
<div id="brxe-ndbvct" class="brxe-post-content">
{content}
</div>
{cap_nhat}
{_share(b, story)}"""
    else:
        featured = (
            story.opts.get("thumb", "")
            .replace("-300x200", "-1024x683")
            .replace("-300x225", "-1024x768")
        )
        top = f"""<section id="brxe-bvhero" class="brxe-section hero-bai-viet" style="background-image: linear-gradient(rgba(0,0,0,.55),rgba(0,0,0,.55)), url({b}{featured})"><div id="brxe-bvhrct" class="brxe-container">
{_breadcrumbs(b, trail)}
<h1 id="brxe-sgtitl" class="brxe-post-title">{_texturized(story.title)}</h1>
<div id="brxe-bvmeta" class="brxe-block dong-thong-tin">
<div class="brxe-text-basic ngay-dang"><i class="ti-calendar"></i> {vi_datetime(dt)}</div>
<div class="brxe-text-basic nguoi-dang"><i class="ti-user"></i> Người đăng: {esc(story.opts["account"])}</div>
<div class="brxe-text-basic luot-xem"><i class="ti-eye"></i> {views} lượt xem</div>
</div></div></section>
<section id="brxe-bvsect" class="brxe-section"><div id="brxe-bvcont" class="brxe-container">
<div id="brxe-bvcotr" class="brxe-block cot-trai">
{excerpt}
<div id="brxe-ndbvct" class="brxe-post-content"{' data-source="bricks"' if story.opts["markup"] == "bricks" else ""}>
{content}
</div>
{cap_nhat}
{_tags_html(b, story)}
{_share(b, story)}"""
    main = f"""{top}
{_related(b, story)}
{_also(b, story)}
{_comments(b, story, cpage)}
</div>
{_sidebar(b)}
</div></section>"""
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-standard "
        f"category-{story.cat}"
    )
    title = f"{esc(_raw_title(story))}{' - Trang 2 bình luận' if cpage == 2 else ''} - Trường THCS Lý Tự Trọng"
    return html(
        shell(req, title=title, body_class=body_class, main=main, head=head, post_id=story.id)
    )


def print_page(req: Request, story: Story) -> Response:
    """The child theme's printer view of a notice (?print=1): the same notice, no chrome."""
    b = base_url(req)
    body = f"""<!doctype html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(_raw_title(story))} - Trường THCS Lý Tự Trọng</title>
<link rel="canonical" href="{b}{post_path(story)}" /><meta name="robots" content="noindex, follow" />
<style>body{{font-family:"Times New Roman",serif;font-size:14pt;max-width:800px;margin:auto}} .khong-in{{display:none}}</style></head>
<body class="ban-in" onload="window.print()">
<div class="dau-trang-in"><img src="{b}/wp-content/uploads/2024/08/logo-thcs-ltt.png" width="60" alt=""> TRƯỜNG THCS LÝ TỰ TRỌNG – {b.replace("http://", "")}</div>
<h1 class="tieu-de-in">{_texturized(story.title)}</h1>
<p class="ngay-in">Ngày đăng: {_dmy(_dt(story))}</p>
<div class="noi-dung-in">
{render_content(story, b)}
</div>
<p class="url-in">URL bài viết: {b}{post_path(story)}</p>
</body></html>"""
    return html(body)


def attachment_page(req: Request, story: Story, n: int) -> Response:
    """WordPress's attachment page of an image attached to A2 (rendered by the single template)."""
    b = base_url(req)
    img = next(x for x in story.images if x.style == "attachment")
    slug = f"trai-nghiem-chien-khu-d-{n}"
    path = f"{post_path(story)}{slug}/"
    trail = [*_cat_trail(story.cat), (_texturized(story.title), post_path(story)), (slug, None)]
    main = f"""<section id="brxe-bvsect" class="brxe-section"><div id="brxe-bvcont" class="brxe-container">
<div id="brxe-bvcotr" class="brxe-block cot-trai">
{_breadcrumbs(b, trail)}
<h1 id="brxe-sgtitl" class="brxe-post-title">{slug}</h1>
<div class="brxe-text-basic ngay-dang"><i class="ti-calendar"></i> {vi_datetime(_dt(story))}</div>
<div id="brxe-ndbvct" class="brxe-post-content"><p class="attachment"><a href="{b}{img.src.replace("-800x533", "")}">{ls_img(b, img.src, "", story.id + 2)}</a></p>
<p>{esc(img.caption or "")}</p></div>
<div class="brxe-text-basic">Đăng trong: <a href="{b}{post_path(story)}">{_texturized(story.title)}</a></div>
{_comments(b, story, 1).replace(f"value='{story.id}'", "value='2336'")}
</div>
{_sidebar(b)}
</div></section>"""
    head = (
        f'<link rel="canonical" href="{b}{path}" />\n<meta property="og:type" content="article" />'
    )
    return html(
        shell(
            req,
            title=f"{slug} - Trường THCS Lý Tự Trọng",
            body_class="attachment attachment-template-default single single-attachment postid-2336 attachmentid-2336 attachment-jpeg",
            main=main,
            head=head,
            post_id=2336,
        )
    )


# --- pages and custom post types (the non-articles) ----------------------------------------------


def _plain_page(
    req: Request, path: str, title: str, body: str, body_class: str, trail=None
) -> Response:
    b = base_url(req)
    main = f"""<section id="brxe-pgsect" class="brxe-section"><div id="brxe-pgcont" class="brxe-container">
<div id="brxe-pgcotr" class="brxe-block cot-trai">
{_breadcrumbs(b, trail or [(esc(title), None)])}
<h1 id="brxe-pgtitl" class="brxe-heading">{esc(title)}</h1>
<div id="brxe-pgnd01" class="brxe-post-content">
{body}
</div></div>
{_sidebar(b)}
</div></section>"""
    head = (
        f'<link rel="canonical" href="{b}{path}" />\n<meta property="og:type" content="website" />'
    )
    return html(
        shell(
            req,
            title=f"{esc(title)} - Trường THCS Lý Tự Trọng",
            body_class=body_class,
            main=main,
            head=head,
            current=path,
        )
    )


def intro_page(req: Request) -> Response:
    body = """<p>Trường THCS Lý Tự Trọng được thành lập năm 1996 trên cơ sở tách ra từ Trường Phổ thông cơ sở Long Hưng. Trải qua gần 30 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu về chất lượng giáo dục của địa phương.</p>
<p>Năm học 2026 – 2027, trường có 32 lớp với 1.246 học sinh; đội ngũ gồm 70 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn trình độ đào tạo, 38% có trình độ trên chuẩn.</p>
<h3 class="wp-block-heading">Thành tích nổi bật</h3>
<ul class="wp-block-list"><li>Trường đạt chuẩn quốc gia mức độ 2 (năm 2022);</li><li>Kiểm định chất lượng giáo dục cấp độ 3;</li><li>Tập thể lao động xuất sắc nhiều năm liền, Bằng khen của Chủ tịch UBND tỉnh năm 2024.</li></ul>
<h3 class="wp-block-heading">Sứ mệnh</h3>
<p>Xây dựng môi trường học tập thân thiện, an toàn, chất lượng; tạo cơ hội để mỗi học sinh phát triển toàn diện, phát huy tối đa tiềm năng của bản thân.</p>"""
    return _plain_page(
        req, "/gioi-thieu/", "Giới thiệu chung", body, "page-template-default page page-id-15"
    )


STAFF = [
    ("Đặng Thị Hồng Nhung", "Hiệu trưởng", "0913 842 157"),
    ("Hồ Văn Lực", "Phó Hiệu trưởng", "0908 316 224"),
    ("Đỗ Thị Mai Lan", "Phó Hiệu trưởng", "0937 520 481"),
    ("Lê Thị Ngọc Anh", "Tổ trưởng Tổ Ngữ văn", "0902 774 130"),
    ("Trương Công Danh", "Tổ trưởng Tổ Toán – Tin", "0918 205 663"),
    ("Võ Minh Tuấn", "Tổ trưởng Tổ Thể dục – Nghệ thuật", "0986 441 902"),
    ("Trần Ngọc Bích", "Tổng phụ trách Đội", "0977 630 518"),
]


def staff_page(req: Request) -> Response:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(r)}</td><td>{p}</td></tr>"
        for i, (n, r, p) in enumerate(STAFF, 1)
    )
    body = (
        "<p>Cơ cấu tổ chức của nhà trường năm học 2026 – 2027 gồm Ban Giám hiệu, 5 tổ chuyên môn và Tổ Văn phòng.</p>"
        '<figure class="wp-block-table"><table><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></figure>"
    )
    return _plain_page(
        req, "/co-cau-to-chuc/", "Cơ cấu tổ chức", body, "page-template-default page page-id-17"
    )


def contact_page(req: Request) -> Response:
    b = base_url(req)
    body = f"""<p><strong>TRƯỜNG THCS LÝ TỰ TRỌNG</strong><br>Địa chỉ: Số 12 đường Nguyễn Văn Tỏ, khu phố 3, phường Long Hưng, tỉnh Đồng Nai<br>Điện thoại: 0251 3 861 247<br>Email: thcslytutrong.lh@dongnai.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f1122-p19-o1" lang="vi" dir="ltr"><form action="{b}/lien-he/#wpcf7-f1122-p19-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="1122" /><input type="hidden" name="_wpcf7_version" value="5.9.6" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f1122-p19-o1" /></div>
<p><label>Họ và tên (bắt buộc)<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></span></label></p>
<p><label>Email (bắt buộc)<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" /></span></label></p>
<p><label>Nội dung<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>"""
    return _plain_page(req, "/lien-he/", "Liên hệ", body, "page-template-default page page-id-19")


DOCS = {
    "ke-hoach-so-45-kh-thcsltt-thuc-hien-nhiem-vu-nam-hoc-2026-2027": (
        "Kế hoạch số 45/KH-THCSLTT thực hiện nhiệm vụ năm học 2026 – 2027",
        "45/KH-THCSLTT",
        "05/09/2026",
        "Kế hoạch",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027 của Trường THCS Lý Tự Trọng",
        "Đặng Thị Hồng Nhung",
        "KH-45-nhiem-vu-nam-hoc-2026-2027.pdf",
    ),
    "quyet-dinh-so-12-qd-thcsltt-thanh-lap-cac-to-chuyen-mon": (
        "Quyết định số 12/QĐ-THCSLTT về việc thành lập các tổ chuyên môn",
        "12/QĐ-THCSLTT",
        "20/08/2026",
        "Quyết định",
        "Về việc thành lập các tổ chuyên môn, tổ văn phòng năm học 2026 – 2027",
        "Đặng Thị Hồng Nhung",
        "QD-12-thanh-lap-to-chuyen-mon.pdf",
    ),
}


def doc_list(req: Request) -> Response:
    b = base_url(req)
    rows = "".join(
        f'<tr class="brxe-vblp01"><td>{esc(v[1])}</td><td>{v[2]}</td><td><a href="{b}/van-ban/{slug}/">{esc(v[4])}</a></td>'
        f'<td><a href="{b}/wp-content/uploads/2026/09/{v[6]}">📄 Tải về</a></td></tr>'
        for slug, v in DOCS.items()
    )
    body = (
        '<table class="bang-van-ban"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    return _plain_page(
        req, "/van-ban/", "Văn bản", body, "archive post-type-archive post-type-archive-van_ban"
    )


def doc_page(req: Request, slug: str) -> Response:
    b = base_url(req)
    title, so, ngay, loai, trich, ky, fname = DOCS[slug]
    pdf = f"{b}/wp-content/uploads/2026/09/{fname}"
    body = f"""<table class="thong-tin-van-ban"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(so)}</td></tr><tr><th>Ngày ban hành</th><td>{ngay}</td></tr>
<tr><th>Loại văn bản</th><td>{loai}</td></tr><tr><th>Cơ quan ban hành</th><td>Trường THCS Lý Tự Trọng</td></tr>
<tr><th>Người ký</th><td>{esc(ky)}</td></tr><tr><th>Trích yếu</th><td>{esc(trich)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{pdf}">{fname}</a></td></tr></tbody></table>
<object class="wp-block-file__embed" data="{pdf}" type="application/pdf" style="width:100%;height:700px"></object>"""
    return _plain_page(
        req,
        f"/van-ban/{slug}/",
        title,
        body,
        f"van_ban-template-default single single-van_ban postid-{1500 + len(slug)}",
        trail=[("Văn bản", "/van-ban/"), (esc(title), None)],
    )


def album_page(req: Request) -> Response:
    b = base_url(req)
    imgs = "".join(
        f'<li class="bricks-layout-item"><figure><a href="{b}/wp-content/uploads/2026/09/khai-giang-2026-{n:02d}.jpg" '
        f'class="bricks-lightbox">{brx_img(b, f"/wp-content/uploads/2026/09/khai-giang-2026-{n:02d}-300x200.jpg", "", "size-medium")}'
        "</a></figure></li>"
        for n in range(1, 7)
    )
    body = (
        '<div class="brxe-text-basic ngay-album">Ngày 05/09/2026</div>'
        "<p>Một số hình ảnh Lễ khai giảng năm học 2026 – 2027 của Trường THCS Lý Tự Trọng.</p>"
        f'<ul id="brxe-albgal" class="brxe-image-gallery bricks-layout-wrapper" data-layout="grid">{imgs}</ul>'
    )
    return _plain_page(
        req,
        "/album/le-khai-giang-nam-hoc-2026-2027/",
        "Lễ khai giảng năm học 2026 – 2027",
        body,
        "album-template-default single single-album postid-1988",
        trail=[("Thư viện ảnh", None), ("Lễ khai giảng năm học 2026 – 2027", None)],
    )


def video_page(req: Request) -> Response:
    body = (
        '<div class="brxe-text-basic ngay-video">Ngày 21/11/2026</div>'
        '<div class="brxe-video"><iframe src="https://www.youtube.com/embed/Zx3mB7uLq0c" width="800" height="450" '
        'allowfullscreen loading="lazy" title="Múa Người thầy - THCS Lý Tự Trọng"></iframe></div>'
        "<p>Tiết mục múa “Người thầy” của tập thể lớp 8A5 tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026.</p>"
    )
    return _plain_page(
        req,
        "/video/mua-nguoi-thay-chao-mung-20-11/",
        "Video: Tiết mục múa “Người thầy” chào mừng 20/11",
        body,
        "video-template-default single single-video postid-2305",
        trail=[("Video", None), ("Tiết mục múa “Người thầy” chào mừng 20/11", None)],
    )


def feed(req: Request) -> Response:
    b = base_url(req)
    items = "".join(
        f"<item><title>{esc(_raw_title(s))}</title><link>{b}{post_path(s)}</link>"
        f"<dc:creator><![CDATA[{s.opts['account']}]]></dc:creator>"
        f"<pubDate>{(_dt(s) - timedelta(hours=7)).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
        f'<category><![CDATA[{CATS[s.cat][0]}]]></category><guid isPermaLink="false">{b}/?p={s.id}</guid>'
        f"<description><![CDATA[{_auto_excerpt(s, 40)}]]></description></item>"
        for s in LATEST[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Trường THCS Lý Tự Trọng</title>'
        f'<atom:link href="{b}/feed/" rel="self" type="application/rss+xml" /><link>{b}</link>'
        "<description>Kỷ cương – Tình thương – Trách nhiệm</description><language>vi</language>"
        "<generator>https://wordpress.org/?v=6.5.5</generator>"
        f"{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def not_found(req: Request) -> Response:
    b = base_url(req)
    main = f"""<section class="brxe-section"><div class="brxe-container"><h1 class="brxe-heading">Không tìm thấy trang</h1>
<p>Rất tiếc, trang bạn tìm không tồn tại hoặc đã bị xóa. Vui lòng quay lại <a href="{b}/">Trang chủ</a>.</p></div></section>"""
    return html(
        shell(
            req,
            title="Không tìm thấy trang - Trường THCS Lý Tự Trọng",
            body_class="error404",
            main=main,
        ),
        status=404,
    )


# --- routing -------------------------------------------------------------------------------------

_POST = re.compile(r"^/(2026/\d\d)/([a-z0-9-]+)/(?:(comment-page-2|[a-z0-9-]+)/)?$")
_CAT = re.compile(r"^/chuyen-muc/(?:([a-z0-9-]+)/)?([a-z0-9-]+)/(?:page/(\d+)/)?$")
_DATE = re.compile(r"^/(2026/\d\d)/(?:page/(\d+)/)?$")
_PAGES = {
    "/gioi-thieu/": intro_page,
    "/co-cau-to-chuc/": staff_page,
    "/lien-he/": contact_page,
    "/van-ban/": doc_list,
    "/album/le-khai-giang-nam-hoc-2026-2027/": album_page,
    "/video/mua-nguoi-thay-chao-mung-20-11/": video_page,
    "/feed/": feed,
}
_BY_PATH = {post_path(s): s for s in STORIES}


class BricksSite:
    """The school's WordPress: routes as the permalink structure /%year%/%monthnum%/%postname%/ does."""

    def respond(self, req: Request) -> Response | None:
        path = req.path
        b = base_url(req)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/wp-json/bricks/v1/load_query_page":
            return load_query_page(req) if req.method == "POST" else None
        if path == "/wp-json/" or path == "/wp-json":
            body = json.dumps(
                {"name": SCHOOL, "url": b, "namespaces": ["oembed/1.0", "bricks/v1", "wp/v2"]}
            )
            return Response(200, body, {"Content-Type": "application/json; charset=UTF-8"})
        if path == "/":
            params = req.params
            if "p" in params and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(f"{b}{post_path(BY_ID[int(params['p'])])}", 301)
            if "s" in params:
                return search_page(req)
            return home(req)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            fixed = path + "/"
            if self._known(fixed):
                return redirect(f"{b}{fixed}" + (f"?{req.query}" if req.query else ""), 301)
            return not_found(req)
        if path in _PAGES:
            return _PAGES[path](req)
        if path.startswith("/van-ban/") and path[9:-1] in DOCS:
            return doc_page(req, path[9:-1])
        if m := _CAT.match(path):
            parent, slug, page = m.group(1), m.group(2), int(m.group(3) or 1)
            if slug not in CATS:
                return not_found(req)
            if CATS[slug][1] != parent:
                if parent is None and CATS[slug][1]:
                    # /chuyen-muc/hoat-dong-doi/ -> the hierarchical address (redirect_canonical)
                    return redirect(f"{b}{cat_path(slug)}", 301)
                return not_found(req)
            if m.group(3) == "1":
                return redirect(f"{b}{cat_path(slug)}", 301)
            return category_page(req, slug, page) or not_found(req)
        if path.startswith("/tag/"):
            slug = path[5:].strip("/")
            return tag_page(req, slug) if slug in TAGS else not_found(req)
        if m := _DATE.match(path):
            return date_archive(req, m.group(1), int(m.group(2) or 1)) or not_found(req)
        if m := _POST.match(path):
            story = _BY_PATH.get(f"/{m.group(1)}/{m.group(2)}/")
            if story is None:
                return not_found(req)
            extra = m.group(3)
            if extra is None:
                if story.opts.get("print") and req.params.get("print") == "1":
                    return print_page(req, story)
                return post_page(req, story)
            if extra == "comment-page-2" and story.opts.get("comments"):
                return post_page(req, story, cpage=2)
            if story is A2 and extra == "trai-nghiem-chien-khu-d-1":
                return attachment_page(req, story, 1)
            return not_found(req)
        return not_found(req)

    def _known(self, path: str) -> bool:
        return (
            path in _PAGES
            or path in _BY_PATH
            or bool(_CAT.match(path))
            or path.startswith("/tag/")
            or (path.startswith("/van-ban/") and path[9:-1] in DOCS)
        )


def build_site() -> BricksSite:
    return BricksSite()


# --- gold ----------------------------------------------------------------------------------------

ATTACHMENT_PATH = f"{post_path(A2)}trai-nghiem-chien-khu-d-1/"


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story.opts.get("comments"):
        alts.append(post_path(story) + "comment-page-2/")
    if story.opts.get("print"):
        alts.append(post_path(story) + "?print=1")
    return alts


GOLD = [
    gold_record(
        s, post_path(s), CATS[s.cat][0], canonical_path=post_path(s), alt_paths=_alt_paths(s)
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/lien-he/",
    "/van-ban/ke-hoach-so-45-kh-thcsltt-thuc-hien-nhiem-vu-nam-hoc-2026-2027/",
    "/van-ban/quyet-dinh-so-12-qd-thcsltt-thanh-lap-cac-to-chuyen-mon/",
    "/album/le-khai-giang-nam-hoc-2026-2027/",
    "/video/mua-nguoi-thay-chao-mung-20-11/",
    ATTACHMENT_PATH,
]
