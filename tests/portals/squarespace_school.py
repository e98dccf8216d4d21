"""Fixture portal: a private inter-level school's site on Squarespace 7.1 (a hosted site builder).

Imitates "Trường Liên cấp Sao Mai" (Thái Nguyên) as a Squarespace 7.1 site in Vietnamese: every
page a stack of ``section.page-section`` blocks, content in ``sqs-layout`` grids of ``sqs-block``
blocks with Squarespace's ``data-block-type`` / ``id="block-yui_3_17_2_1_…"`` attributes, images
addressed like ``images.squarespace-cdn.com`` (``/content/v1/<websiteId>/<ms>-<CODE>/<file>``,
printed absolute with the request's host and served locally), a ``Static.SQUARESPACE_CONTEXT``
script in the head, and Squarespace's robots.txt.

What it serves
- Two Blog collections: ``/tin-tuc`` "Tin tức" (9 posts, 4 a page: 3 pages) and
  ``/hoat-dong-ngoai-khoa`` "Hoạt động ngoại khóa" (4 posts, 3 a page: 2 pages). The list is the
  basic-grid layout (``article.blog-basic-grid--container.entry.blog-item``, ``time.blog-date``
  "21/11/26", ``h1.blog-title``, ``div.blog-excerpt``, ``a.blog-more-link`` "Đọc thêm") and is
  paged ONLY by ``nav.blog-list-pagination``: "Bài đăng cũ hơn" →
  ``?offset=<publishOn ms of the oldest post shown>`` and "Bài đăng mới hơn" →
  ``?reversePaginate=true&offset=<publishOn ms of the newest post shown>``. Any offset answers
  (posts older than it). Category filters ``?category=Sự+kiện`` (percent-encoded in links) list
  with their own ``&offset=`` chain; ``?tag=``, ``?author=<id>`` filter too; an unknown category
  is an empty list with status 200.
- Posts at ``/<collection>/<slug>``; three posts imported from the school's old WordPress blog keep
  their date urlIds ``/tin-tuc/2024/3/15/<slug>`` (Squarespace's import does that). For one of
  them the school added a URL mapping: ``/tin-tuc/<slug>`` answers 301 to the date address, and
  an article's text links the short form. The imported posts' text keeps WordPress's character
  references (``&#8220;`` ``&#8221;`` ``&#8211;``) and the old centred italic caption line as a
  separate html block under the image block.
- Post page: header (announcement bar with TODAY and the hotline, logo, nav with a "Về trường"
  folder, search icon → ``/search``, "Đăng nhập" → ``/account``, CTA button "Tuyển sinh 2027"),
  the mobile menu repeating the nav, ``article.entry.h-entry`` with ``time.dt-published``
  (``datetime="2026-11-21"`` and the printed "21 thg 11, 2026", Squarespace's Vietnamese short
  month), the categories, ``h1.entry-title``, "Đăng bởi <a href=?author=…>name</a>"; the content
  blocks: html-block (paragraphs, h3, lists), image-block (new markup: ``src`` + ``srcset``
  ``?format=Nw``; older markup: a ``<noscript>`` copy and ``img.thumb-image`` with ``data-src`` and
  no ``src``), figcaption ``.image-caption`` with a ``<p>``; gallery-block slideshows (alt = the
  camera's file name, captions in ``.sqs-gallery-meta-container .meta-description`` after all
  slides, tied by ``data-slide-id``; also in ``data-description``); quote-block (``blockquote`` with
  ``<span>“</span>`` … ``<span>”</span>`` and ``figcaption.source``); button-block "Đăng ký tham
  quan"; spacer-block; embed-block (YouTube iframe); and at the end of the post's own layout a
  summary-block "Bài viết khác" (three other posts with thumbnails, dates and excerpts). Then
  tags/categories, "Chia sẻ" buttons, ``#itemPagination`` "Bài trước"/"Bài sau" with titles, a
  comments placeholder; footer sections with address, hotline, a newsletter-block form, a
  visitor-counter code block, "Được tạo bằng Squarespace". ``rel=canonical`` is absolute.
  ``<title>`` is "%i | %p | %s" (post | collection | site). The excerpt is in the meta
  description and the lists, never on the post page.
- Feeds ``/tin-tuc?format=rss`` and ``/hoat-dong-ngoai-khoa?format=rss`` (announced in the head,
  every post, full content, ``pubDate`` in GMT as Squarespace writes it); ``?format=json`` of
  lists and posts (robots-disallowed); ``/sitemap.xml`` flat with ``image:image``.
- Non-articles: ``/`` (index page with summary blocks), ``/gioi-thieu``, ``/lien-he`` (form block,
  map block), ``/tuyen-sinh`` (designed sections, buttons, a brochure at ``/s/…pdf``),
  ``/thu-vien-anh`` (gallery section; each photo's lightbox link ``?itemId=<id>`` serves the
  same page), an Events collection ``/su-kien`` with items ``/su-kien/<slug>`` (date, time,
  place, "Google Lịch"/ICS export: not news), ``/search`` (a script shell; any ``?q=`` is the
  same empty shell), ``/account``, a true 404 page for unknown paths.

Traps (as Squarespace has them): the offset chains (every list page has two URL shapes: the
``?offset=`` one and the ``reversePaginate`` one); category filters with their own offsets; tag
and author filters; ``?format=json``; the Events calendar view ``/su-kien?view=calendar&month=
MM-YYYY`` whose "Tháng sau ›" link never ends; the gallery's ``?itemId=`` copies; the search
shell; the short-slug 301. Squarespace's robots.txt disallows ``/search``, ``/account``,
``?author=``, ``?tag=``, ``?month=``, ``?view=``, ``?format=json``, ``?reversePaginate=`` and
``/static/``; ``?offset=`` and ``?category=`` stay allowed.

Gold (by hand) and its judgement calls
- Category = the Blog collection the post lives in ("Tin tức" / "Hoạt động ngoại khóa"): the URL
  section, the active nav item, the ``<title>``'s middle part and the feed's channel. The post's
  Squarespace categories ("Sự kiện", "Thông báo" …) are filter labels, not the gold category.
- published_at = the printed day ("21 thg 11, 2026" = 2026-11-21). Squarespace prints no time;
  the ``itemprop``/JSON-LD ``datePublished`` times and the feed's GMT ``pubDate`` are machine
  times under a printed day, so every date is the day alone. The notice of 18/11/2026 was
  published at 06:20 local: its feed ``pubDate`` is 17 Nov 23:20 GMT; gold is the printed 18th.
  The list's "18/11/26" is a fallback only.
- authors: an in-text signature wins ("Bài: Trần Hải Yến – Ảnh: Nguyễn Đức Anh" → author and
  photographer; "Bài và ảnh: Đoàn Minh Khôi" → both lists; a final right-aligned "Nguyễn Minh
  Ngọc – Tổ Ngoại ngữ" → the name without the unit; "Tin: Hoàng Thị Lan" in an imported post).
  When nothing signs the text, the "Đăng bởi" account is the author if it is a person or an
  office ("Phòng Truyền thông", "Ban Tuyển sinh", "ThS. Đỗ Quang Huy" → "Đỗ Quang Huy", "Phạm
  Thanh Thủy"); "Quản trị viên" credits nobody. A line "Ảnh: Nguyễn Đức Anh" alone gives a
  photographer and leaves the account as author. "Nguồn: …" → source (the author stays).
- summary: Squarespace prints no sapo on a post page (the excerpt is list/meta only), so summary
  is None, except where the editor typed the first paragraph wholly in bold: that paragraph is
  the summary and stays the body's first paragraph. A first paragraph with only its opening
  words bold (the Tuyển sinh post) is body only.
- body: the html blocks' paragraphs, h3 headings and list items in order, and the quote block's
  text as printed with its quote marks (“…”) followed by its attribution line "— …" as its own
  paragraph (the reader reads both as the article's text). Not body: captions (image-block
  figcaptions, gallery descriptions, the imported posts' centred italic line under a photo),
  bylines/signatures/"Nguồn:", buttons, the embed, the summary block "Bài viết khác", tags,
  share, item pagination, comments.
- images: every image-block and gallery-slide photo in order, by its real address (``data-src``
  / ``data-image`` where ``src`` is absent; ``src`` without ``?format=``; the ``<noscript>`` copy
  is the same image). Caption = the figcaption / gallery description / imported italic line,
  wrapping parentheses removed; a slide without description and image blocks without figcaption
  have caption None (the gallery alt is a camera file name, no caption). The summary block's
  thumbnails, the logo, the hero's CSS background and the YouTube poster are not article images.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "squarespace_school"
PLATFORM = "squarespace"
START_PATH = "/"

SITE = "Trường Liên cấp Sao Mai"
ADDRESS = "Số 268 đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên"
HOTLINE = "0916 268 468"
PHONE = "0208 3 856 268"
EMAIL = "tuyensinh@saomai.edu.vn"
_LOCAL = timezone(timedelta(hours=7))


def _hex(seed: str, n: int = 24) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def _code(seed: str) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(alphabet[b % len(alphabet)] for b in hashlib.md5(seed.encode()).digest()[:20])


WEBSITE_ID = "5f3c9a1e8b2d4c0012ab34cd"
LOGO = f"/content/v1/{WEBSITE_ID}/1598000000000-LOGO7K2M/logo-sao-mai.png"


def cdn(name: str, when: str) -> str:
    """An image address in images.squarespace-cdn.com's shape (served by this site)."""
    ms = int(datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL).timestamp() * 1000)
    return f"/content/v1/{WEBSITE_ID}/{ms + 417}-{_code(name)}/{name}"


#: blog collections: urlId -> (title, posts per page)
COLLECTIONS: dict[str, tuple[str, int]] = {
    "tin-tuc": ("Tin tức", 4),
    "hoat-dong-ngoai-khoa": ("Hoạt động ngoại khóa", 3),
}
#: author accounts: key -> display name
AUTHORS: dict[str, str] = {
    "truyenthong": "Phòng Truyền thông",
    "qtv": "Quản trị viên",
    "huy": "ThS. Đỗ Quang Huy",
    "tuyensinh": "Ban Tuyển sinh",
    "thuy": "Phạm Thanh Thủy",
}
AUTHOR_IDS = {k: _hex("author" + k) for k in AUTHORS}

# Raw markers for blocks that are not inline html (rendered by _content)
BUTTON_VISIT = Raw("@button:Đăng ký tham quan:/tuyen-sinh#dang-ky")
BUTTON_BROCHURE = Raw("@button:Tải brochure tuyển sinh:/s/brochure-tuyen-sinh-2027.pdf")
SPACER = Raw("@spacer")
SUMMARY = Raw("@summary")


def _embed(video: str) -> Raw:
    return Raw(f"@embed:{video}")


def _right(text_: str, tag: str = "strong") -> Raw:
    return Raw(
        f'<p class="" style="text-align:right;white-space:pre-wrap;"><{tag}>{esc(text_)}</{tag}></p>'
    )


# Story.opts: coll (collection), at (local publication time, "YYYY-MM-DD HH:MM"), author
# (AUTHORS key), cats, tags, excerpt (list/meta text), dated (imported urlId "YYYY/M/D/slug"),
# short (301 from /coll/<slug>), wp (imported: WordPress character references).
# P styles: "" paragraph, "lead" wholly bold, "lead-part" opening words bold, "h3", "li",
# "quote" (quote block text, printed marks “ ” as spans), "quote-src" (its figcaption).
# Img styles: "block" (src + srcset), "lazy" (noscript + data-src), "slide" (gallery slideshow,
# consecutive slides make one gallery), "legacy" (imported: caption as a centred italic line).
_TT = "tin-tuc"
_NK = "hoat-dong-ngoai-khoa"

STORIES: list[Story] = [
    Story(
        id=1,
        slug="ngay-hoi-stem-2026-hoc-sinh-lien-cap-trinh-dien-42-san-pham-sang-tao",
        title="Ngày hội STEM 2026: học sinh liên cấp trình diễn 42 sản phẩm sáng tạo",
        cat=_TT,
        published_at="2026-11-21",
        summary=(
            "Sáng 21/11, hơn 1.200 học sinh từ lớp 1 đến lớp 9 của Trường Liên cấp Sao Mai đã"
            " tham gia Ngày hội STEM 2026 với chủ đề “Khoa học cho cuộc sống xanh”."
        ),
        blocks=[
            P(
                "Sáng 21/11, hơn 1.200 học sinh từ lớp 1 đến lớp 9 của Trường Liên cấp Sao Mai đã"
                " tham gia Ngày hội STEM 2026 với chủ đề “Khoa học cho cuộc sống xanh”.",
                "lead",
            ),
            P(
                "Ngày hội được tổ chức tại sân trường và nhà đa năng, gồm ba khu trưng bày: khu"
                " Tiểu học với các mô hình tái chế, khu THCS với các dự án khoa học kỹ thuật và khu"
                " trải nghiệm dành cho phụ huynh, học sinh mầm non các trường lân cận."
            ),
            Img(
                cdn("ngay-hoi-stem-khai-mac.jpg", "2026-11-21 15:00"),
                "Các đại biểu cắt băng khai mạc Ngày hội STEM 2026",
                "Các đại biểu cắt băng khai mạc Ngày hội STEM 2026",
                "block",
            ),
            P(
                "Trong số 42 sản phẩm được trưng bày, nhiều sản phẩm gây ấn tượng như hệ thống tưới"
                " cây tự động dùng cảm biến độ ẩm của nhóm học sinh lớp 8A1, mô hình nhà chống lũ"
                " của lớp 5A2 hay robot phân loại rác do câu lạc bộ Robotics chế tạo."
            ),
            P(
                "Các em trực tiếp thuyết trình, trả lời câu hỏi của ban giám khảo và khách tham"
                " quan. Nhiều phụ huynh bất ngờ trước sự tự tin và khả năng vận dụng kiến thức vào"
                " thực tế của con em mình."
            ),
            Img(
                cdn("IMG_2041.JPG", "2026-11-21 15:05"),
                "Học sinh lớp 8A1 giới thiệu hệ thống tưới cây tự động",
                "Học sinh lớp 8A1 giới thiệu hệ thống tưới cây tự động",
                "slide",
            ),
            Img(
                cdn("IMG_2057.JPG", "2026-11-21 15:05"),
                "Mô hình nhà chống lũ của lớp 5A2",
                "Mô hình nhà chống lũ của lớp 5A2",
                "slide",
            ),
            Img(
                cdn("IMG_2093.JPG", "2026-11-21 15:05"),
                "Phụ huynh trải nghiệm robot phân loại rác của CLB Robotics",
                "Phụ huynh trải nghiệm robot phân loại rác của CLB Robotics",
                "slide",
            ),
            P(
                "Kết thúc ngày hội, ban tổ chức trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các"
                " sản phẩm xuất sắc. Các sản phẩm đạt giải Nhất sẽ được nhà trường hỗ trợ hoàn thiện"
                " để tham dự Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026 - 2027."
            ),
            _right("Bài: Trần Hải Yến – Ảnh: Nguyễn Đức Anh"),
            SPACER,
            BUTTON_VISIT,
            SUMMARY,
        ],
        authors=["Trần Hải Yến"],
        photographers=["Nguyễn Đức Anh"],
        opts={
            "at": "2026-11-21 15:40",
            "author": "truyenthong",
            "cats": ["Sự kiện"],
            "tags": ["stem", "ngày hội"],
            "excerpt": "42 sản phẩm STEM của học sinh Tiểu học và THCS được trưng bày, thuyết trình trong ngày hội năm nay.",
        },
    ),
    Story(
        id=2,
        slug="thong-bao-lich-nghi-hoc-va-hoat-dong-dip-ky-niem-ngay-nha-giao-viet-nam-20-11",
        title="Thông báo lịch nghỉ học và hoạt động dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
        cat=_TT,
        published_at="2026-11-18",
        blocks=[
            P(
                "Nhà trường thông báo đến quý phụ huynh và học sinh lịch hoạt động dịp kỷ niệm 44"
                " năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) như sau:"
            ),
            P(
                "Thứ Năm 19/11/2026: học sinh học bình thường buổi sáng; buổi chiều các lớp tổ chức"
                " sinh hoạt tri ân thầy cô tại lớp.",
                "li",
            ),
            P(
                "Thứ Sáu 20/11/2026: 7h30 tổ chức Lễ kỷ niệm tại sân trường; học sinh mặc đồng phục"
                " lễ, có mặt trước 7h15. Học sinh được nghỉ học buổi chiều.",
                "li",
            ),
            P("Thứ Bảy 21/11/2026: tổ chức Ngày hội STEM theo kế hoạch.", "li"),
            P(
                "Xe đưa đón học sinh chạy theo lịch riêng trong ngày 20/11, bộ phận xe sẽ nhắn tin"
                " cụ thể đến từng phụ huynh qua ứng dụng của nhà trường."
            ),
            P("Trân trọng thông báo!"),
        ],
        opts={
            "at": "2026-11-18 06:20",
            "author": "qtv",
            "cats": ["Thông báo"],
            "tags": ["20/11"],
            "excerpt": "Lịch học và hoạt động của học sinh từ ngày 19 đến 21/11/2026.",
        },
    ),
    Story(
        id=3,
        slug="hoc-sinh-sao-mai-gianh-5-huy-chuong-ky-thi-olympic-toan-hoc-timo-2026",
        title="Học sinh Sao Mai giành 5 huy chương Kỳ thi Olympic Toán học TIMO 2026",
        cat=_TT,
        published_at="2026-11-14",
        blocks=[
            P(
                "Tại vòng chung kết quốc gia Kỳ thi Olympic Toán học Quốc tế Thái Lan (TIMO) năm 2026"
                " tổ chức ngày 8/11 tại Hà Nội, 7 học sinh của Trường Liên cấp Sao Mai đã giành 1 Huy"
                " chương Vàng, 2 Huy chương Bạc và 2 Huy chương Đồng."
            ),
            Img(
                cdn("timo-2026-doi-tuyen.jpg", "2026-11-14 09:40"),
                "(Đội tuyển Toán của nhà trường cùng thầy cô hướng dẫn tại Hà Nội)",
                "Đội tuyển Toán của nhà trường cùng thầy cô hướng dẫn tại Hà Nội",
                "lazy",
            ),
            P(
                "Em Nguyễn Gia Bảo (lớp 4A1) xuất sắc giành Huy chương Vàng khối lớp 4 và được mời"
                " tham dự vòng chung kết quốc tế tổ chức tại Bangkok vào tháng 2/2027."
            ),
            P(
                "Đội tuyển được thành lập từ tháng 8, luyện tập vào các buổi chiều thứ Ba, thứ Năm"
                " hằng tuần. Ngoài kiến thức, các em được rèn kỹ năng làm bài thi bằng tiếng Anh và"
                " quản lý thời gian."
            ),
            P(
                "Nhà trường chúc mừng các em học sinh đạt giải và cảm ơn sự đồng hành của quý phụ"
                " huynh trong suốt quá trình ôn luyện."
            ),
        ],
        authors=["Đỗ Quang Huy"],
        opts={
            "at": "2026-11-14 10:05",
            "author": "huy",
            "cats": ["Học thuật"],
            "tags": ["toán học", "olympic"],
            "excerpt": "1 Huy chương Vàng, 2 Huy chương Bạc, 2 Huy chương Đồng tại vòng chung kết quốc gia TIMO 2026.",
        },
    ),
    Story(
        id=4,
        slug="hoi-thao-dong-hanh-cung-con-tuoi-day-thi-danh-cho-phu-huynh-khoi-5-va-khoi-6",
        title="Hội thảo “Đồng hành cùng con tuổi dậy thì” dành cho phụ huynh khối 5 và khối 6",
        cat=_TT,
        published_at="2026-11-10",
        blocks=[
            P(
                "Chiều 8/11, nhà trường tổ chức hội thảo “Đồng hành cùng con tuổi dậy thì” cho gần"
                " 300 phụ huynh học sinh khối 5 và khối 6, với sự tham gia của chuyên gia tâm lý"
                " Nguyễn Thu Hằng."
            ),
            Img(cdn("hoi-thao-tuoi-day-thi.jpg", "2026-11-10 16:00"), None, None, "block"),
            P(
                "Tại hội thảo, chuyên gia chia sẻ những thay đổi về tâm sinh lý của trẻ từ 10 đến 13"
                " tuổi, những dấu hiệu cha mẹ cần lưu ý và cách trò chuyện để con cởi mở hơn với gia"
                " đình."
            ),
            P(
                "“Điều các con cần nhất ở tuổi này không phải lời khuyên, mà là cảm giác được lắng"
                " nghe mà không bị phán xét.”",
                "quote",
            ),
            P("— Chuyên gia tâm lý Nguyễn Thu Hằng", "quote-src"),
            P(
                "Nhiều phụ huynh đã đặt câu hỏi về việc quản lý thời gian dùng điện thoại, mạng xã"
                " hội của con. Phòng Tư vấn học đường của nhà trường sẽ tiếp tục tổ chức các buổi"
                " sinh hoạt chuyên đề cho học sinh trong học kỳ II."
            ),
            P("Mời quý phụ huynh xem lại toàn bộ hội thảo trong video dưới đây:"),
            _embed("Xk2qV7yT0aQ"),
        ],
        authors=["Phòng Truyền thông"],
        opts={
            "at": "2026-11-10 16:30",
            "author": "truyenthong",
            "cats": ["Sự kiện"],
            "tags": ["phụ huynh", "tư vấn học đường"],
            "excerpt": "Chuyên gia tâm lý chia sẻ cùng gần 300 phụ huynh về tuổi dậy thì của con.",
        },
    ),
    Story(
        id=5,
        slug="thong-tin-tuyen-sinh-nam-hoc-2027-2028",
        title="Thông tin tuyển sinh năm học 2027 - 2028: mở cổng đăng ký trực tuyến từ 01/12/2026",
        cat=_TT,
        published_at="2026-11-05",
        blocks=[
            P(
                "Trường Liên cấp Sao Mai thông báo tuyển sinh năm học 2027 - 2028 đối với học sinh"
                " vào lớp 1, lớp 6 và học sinh chuyển trường ở các khối lớp còn chỉ tiêu.",
                "lead-part",
            ),
            P("Chỉ tiêu tuyển sinh", "h3"),
            P("Lớp 1: 150 học sinh (6 lớp, sĩ số tối đa 25 học sinh/lớp).", "li"),
            P("Lớp 6: 120 học sinh (4 lớp, sĩ số tối đa 30 học sinh/lớp).", "li"),
            P("Các khối lớp 2 - 5 và 7 - 9: tuyển bổ sung theo chỉ tiêu còn lại.", "li"),
            P("Hình thức đăng ký", "h3"),
            P(
                "Phụ huynh đăng ký trực tuyến tại mục Tuyển sinh trên website từ ngày 01/12/2026"
                " hoặc nộp hồ sơ trực tiếp tại Phòng Tuyển sinh (tầng 1, nhà A) từ thứ Hai đến sáng"
                " thứ Bảy."
            ),
            P(
                "Học sinh lớp 1 tham gia buổi trải nghiệm làm quen; học sinh lớp 6 làm bài đánh giá"
                " năng lực Toán, Tiếng Việt và Tiếng Anh. Lịch cụ thể sẽ được gửi qua email đăng ký."
            ),
            BUTTON_VISIT,
            BUTTON_BROCHURE,
        ],
        authors=["Ban Tuyển sinh"],
        opts={
            "at": "2026-11-05 09:00",
            "author": "tuyensinh",
            "cats": ["Tuyển sinh"],
            "tags": ["tuyển sinh 2027"],
            "excerpt": "Chỉ tiêu, hình thức đăng ký và lịch đánh giá năng lực vào lớp 1, lớp 6 năm học 2027 - 2028.",
        },
    ),
    Story(
        id=6,
        slug="le-ra-mat-cau-lac-bo-tieng-anh-sao-mai-speakers-nam-hoc-2026-2027",
        title="Lễ ra mắt Câu lạc bộ Tiếng Anh “Sao Mai Speakers” năm học 2026 - 2027",
        cat=_TT,
        published_at="2026-10-28",
        blocks=[
            P(
                "Chiều 27/10, Câu lạc bộ Tiếng Anh “Sao Mai Speakers” chính thức ra mắt với 86 thành"
                " viên là học sinh từ lớp 5 đến lớp 9."
            ),
            Img(
                cdn("sao-mai-speakers-ra-mat.jpg", "2026-10-28 13:30"),
                "Ban chủ nhiệm câu lạc bộ nhiệm kỳ 2026 - 2027 ra mắt",
                "Ban chủ nhiệm câu lạc bộ nhiệm kỳ 2026 - 2027 ra mắt",
                "lazy",
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Sáu hằng tuần với các hoạt động hùng biện, tranh"
                " biện, kịch tiếng Anh và đọc sách. Mỗi tháng, câu lạc bộ tổ chức một buổi giao lưu"
                " với giáo viên bản ngữ."
            ),
            Img(cdn("sao-mai-speakers-tiet-muc.jpg", "2026-10-28 13:30"), None, None, "lazy"),
            P(
                "Hoạt động của câu lạc bộ tiếp nối thành công của Ngày hội đọc sách năm 2024, khi"
                " các em lần đầu dàn dựng tiết mục kịch tiếng Anh trước toàn trường."
            ),
            _right("Nguyễn Minh Ngọc – Tổ Ngoại ngữ"),
        ],
        authors=["Nguyễn Minh Ngọc"],
        opts={
            "at": "2026-10-28 14:00",
            "author": "truyenthong",
            "cats": ["Sự kiện", "Học thuật"],
            "tags": ["tiếng anh", "câu lạc bộ"],
            "excerpt": "86 thành viên, sinh hoạt chiều thứ Sáu hằng tuần cùng giáo viên bản ngữ.",
            "link": (
                "Ngày hội đọc sách năm 2024",
                "/tin-tuc/hoc-sinh-sao-mai-huong-ung-ngay-hoi-doc-sach-nam-2024",
            ),
        },
    ),
    Story(
        id=7,
        slug="trao-36-suat-hoc-bong-uom-mam-sao-mai-nam-hoc-2026-2027",
        title="Trao 36 suất học bổng “Ươm mầm Sao Mai” năm học 2026 - 2027",
        cat=_TT,
        published_at="2026-10-20",
        blocks=[
            P(
                "Ngày 19/10, Quỹ học bổng “Ươm mầm Sao Mai” đã trao 36 suất học bổng cho học sinh có"
                " thành tích học tập xuất sắc và học sinh có hoàn cảnh khó khăn vươn lên trong học tập,"
                " với tổng trị giá hơn 540 triệu đồng."
            ),
            P(
                "Trong đó, 12 suất học bổng toàn phần miễn 100% học phí năm học 2026 - 2027, 24 suất"
                " học bổng bán phần miễn 50% học phí. Quỹ được hình thành từ đóng góp của Hội đồng"
                " quản trị, cựu học sinh và các doanh nghiệp đồng hành."
            ),
            Img(
                cdn("hoc-bong-uom-mam-2026.jpg", "2026-10-20 08:00"),
                "Đại diện Hội đồng quản trị trao học bổng toàn phần cho học sinh",
                "Đại diện Hội đồng quản trị trao học bổng toàn phần cho học sinh",
                "block",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện nhà trường mong các em tiếp tục nỗ lực, lan tỏa tinh"
                " thần hiếu học và tinh thần sẻ chia đến bạn bè."
            ),
            _right("Minh Châu"),
            Raw(
                '<p class="" style="text-align:right;white-space:pre-wrap;"><em>Nguồn: Báo Thái Nguyên điện tử</em></p>'
            ),
        ],
        authors=["Minh Châu"],
        source="Báo Thái Nguyên điện tử",
        opts={
            "at": "2026-10-20 08:15",
            "author": "truyenthong",
            "cats": ["Sự kiện"],
            "tags": ["học bổng"],
            "excerpt": "36 suất học bổng trị giá hơn 540 triệu đồng được trao cho học sinh.",
        },
    ),
    Story(
        id=8,
        slug="hoc-sinh-sao-mai-huong-ung-ngay-hoi-doc-sach-nam-2024",
        title="Học sinh Sao Mai hưởng ứng Ngày hội đọc sách năm 2024",
        cat=_TT,
        published_at="2024-03-15",
        blocks=[
            P(
                "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, sáng 15/3/2024 Thư viện nhà trường phối"
                " hợp với Liên đội tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách – một người"
                " bạn”."
            ),
            Img(
                cdn("ngay-hoi-doc-sach-2024.jpg", "2024-03-15 10:00"),
                "Học sinh khối 3 đọc sách tại thư viện xanh",
                "Học sinh khối 3 đọc sách tại thư viện xanh",
                "legacy",
            ),
            P(
                "Các lớp tham gia trưng bày sách, thi kể chuyện theo sách và đổi sách cũ lấy cây xanh."
                " Đặc biệt, học sinh khối 6 đã dàn dựng tiết mục kịch tiếng Anh “The Little Prince”…"
            ),
            P("Ngày hội đã quyên góp được hơn 1.500 cuốn sách để tặng các điểm trường vùng cao."),
            Raw(
                '<p class="" style="white-space:pre-wrap;"><strong>Tin: Hoàng Thị Lan</strong></p>'
            ),
        ],
        authors=["Hoàng Thị Lan"],
        opts={
            "at": "2024-03-15 14:20",
            "author": "truyenthong",
            "cats": ["Sự kiện"],
            "tags": ["đọc sách"],
            "excerpt": "Ngày hội đọc sách “Mỗi cuốn sách – một người bạn” năm 2024.",
            "dated": "2024/3/15/hoc-sinh-sao-mai-huong-ung-ngay-hoi-doc-sach-nam-2024",
            "short": True,
            "wp": True,
        },
    ),
    Story(
        id=9,
        slug="le-khai-giang-nam-hoc-2024-2025",
        title="Lễ khai giảng năm học 2024 - 2025",
        cat=_TT,
        published_at="2024-09-05",
        blocks=[
            P(
                "Sáng 5/9/2024, Trường Liên cấp Sao Mai long trọng tổ chức Lễ khai giảng năm học"
                " 2024 - 2025, chào đón hơn 1.300 học sinh, trong đó có 148 học sinh lớp 1 và 116"
                " học sinh lớp 6."
            ),
            Img(
                cdn("khai-giang-2024-1.jpg", "2024-09-05 09:00"),
                "Tiết mục văn nghệ chào mừng năm học mới",
                "Tiết mục văn nghệ chào mừng năm học mới",
                "legacy",
            ),
            P(
                "Sau phần nghi lễ, các em học sinh lớp 1 được các anh chị lớp 9 dắt tay qua “cổng"
                " trường mơ ước” – một hoạt động truyền thống của nhà trường."
            ),
            Img(cdn("khai-giang-2024-2.jpg", "2024-09-05 09:00"), None, None, "legacy"),
            P(
                "Năm học 2024 - 2025, nhà trường tiếp tục triển khai chương trình tiếng Anh tăng"
                " cường, giáo dục STEM và kỹ năng sống cho học sinh các cấp."
            ),
        ],
        authors=["Phòng Truyền thông"],
        opts={
            "at": "2024-09-05 11:30",
            "author": "truyenthong",
            "cats": ["Sự kiện"],
            "tags": ["khai giảng"],
            "excerpt": "Hơn 1.300 học sinh bước vào năm học mới 2024 - 2025.",
            "dated": "2024/9/5/le-khai-giang-nam-hoc-2024-2025",
            "wp": True,
        },
    ),
    Story(
        id=10,
        slug="khoi-3-da-ngoai-trai-nghiem-lam-nong-dan-ti-hon-tai-trang-trai-phuc-xuan",
        title="Khối 3 dã ngoại trải nghiệm làm “nông dân tí hon” tại trang trại Phúc Xuân",
        cat=_NK,
        published_at="2026-11-16",
        blocks=[
            P(
                "Ngày 13/11, 168 học sinh khối 3 đã có chuyến dã ngoại tại trang trại giáo dục Phúc"
                " Xuân (thành phố Thái Nguyên cũ), trải nghiệm một ngày làm “nông dân tí hon”."
            ),
            P(
                "Các em được hướng dẫn gieo hạt, tưới rau, thu hoạch cà rốt, cho thỏ và gà ăn, sau đó"
                " tự tay chế biến món salad từ rau vừa thu hoạch."
            ),
            Img(
                cdn("IMG_5512.jpg", "2026-11-16 11:00"),
                "Học sinh lớp 3A2 thu hoạch cà rốt",
                "Học sinh lớp 3A2 thu hoạch cà rốt",
                "slide",
            ),
            Img(
                cdn("IMG_5530.jpg", "2026-11-16 11:00"),
                "Cô và trò cùng làm món salad rau củ",
                "Cô và trò cùng làm món salad rau củ",
                "slide",
            ),
            Img(cdn("IMG_5547.jpg", "2026-11-16 11:00"), None, None, "slide"),
            P(
                "Chuyến đi giúp các em hiểu thêm về công việc của người nông dân, biết quý trọng"
                " thành quả lao động và gắn kết hơn với bạn bè, thầy cô."
            ),
            Raw(
                '<p class="" style="text-align:right;white-space:pre-wrap;"><em>Ảnh: Nguyễn Đức Anh</em></p>'
            ),
            SUMMARY,
        ],
        authors=["Phạm Thanh Thủy"],
        photographers=["Nguyễn Đức Anh"],
        opts={
            "at": "2026-11-16 11:30",
            "author": "thuy",
            "cats": ["Dã ngoại"],
            "tags": ["trải nghiệm", "khối 3"],
            "excerpt": "Một ngày làm “nông dân tí hon” của học sinh khối 3.",
        },
    ),
    Story(
        id=11,
        slug="giai-bong-da-mini-sao-mai-cup-2026-khep-lai-voi-nhieu-cam-xuc",
        title="Giải bóng đá mini Sao Mai Cup 2026 khép lại với nhiều cảm xúc",
        cat=_NK,
        published_at="2026-11-02",
        summary=(
            "Sau ba tuần tranh tài sôi nổi, đội bóng lớp 9A1 đã lên ngôi vô địch Giải bóng đá"
            " mini học sinh THCS Sao Mai Cup 2026."
        ),
        blocks=[
            P(
                "Sau ba tuần tranh tài sôi nổi, đội bóng lớp 9A1 đã lên ngôi vô địch Giải bóng đá"
                " mini học sinh THCS Sao Mai Cup 2026.",
                "lead",
            ),
            P(
                "Giải đấu có 16 đội bóng nam và 8 đội bóng nữ của các lớp từ khối 6 đến khối 9 tham"
                " gia, thi đấu theo thể thức vòng bảng và loại trực tiếp tại sân cỏ nhân tạo của nhà"
                " trường."
            ),
            Img(
                cdn("sao-mai-cup-chung-ket.jpg", "2026-11-02 07:00"),
                "Pha tranh bóng trong trận chung kết giữa 9A1 và 8A3",
                "Pha tranh bóng trong trận chung kết giữa 9A1 và 8A3",
                "block",
            ),
            P(
                "Ở nội dung nữ, đội 7A2 giành chức vô địch sau loạt sút luân lưu kịch tính. Danh hiệu"
                " Vua phá lưới thuộc về em Lương Minh Đức (9A1) với 9 bàn thắng."
            ),
            Img(
                cdn("sao-mai-cup-trao-giai.jpg", "2026-11-02 07:00"),
                "Ban tổ chức trao cúp vô địch cho đội bóng lớp 9A1",
                "Ban tổ chức trao cúp vô địch cho đội bóng lớp 9A1",
                "block",
            ),
            P("Những khoảnh khắc đáng nhớ của giải đấu:"),
            _embed("pL4mN8rW2sE"),
            _right("Bài và ảnh: Đoàn Minh Khôi"),
        ],
        authors=["Đoàn Minh Khôi"],
        photographers=["Đoàn Minh Khôi"],
        opts={
            "at": "2026-11-02 07:30",
            "author": "truyenthong",
            "cats": ["Thể thao"],
            "tags": ["bóng đá"],
            "excerpt": "Đội 9A1 vô địch nội dung nam, 7A2 vô địch nội dung nữ.",
        },
    ),
    Story(
        id=12,
        slug="clb-robotics-sao-mai-gianh-ve-du-vong-chung-ket-toan-quoc",
        title="CLB Robotics Sao Mai giành vé dự vòng chung kết toàn quốc",
        cat=_NK,
        published_at="2026-10-15",
        blocks=[
            P(
                "Hai đội thi của Câu lạc bộ Robotics Trường Liên cấp Sao Mai vừa giành giải Nhất và"
                " giải Ba tại vòng loại khu vực miền Bắc Cuộc thi Robotacon WRO 2026, qua đó giành vé"
                " tham dự vòng chung kết toàn quốc."
            ),
            Img(
                cdn("robotics-wro-2026.jpg", "2026-10-15 14:00"),
                "Đội Sao Mai Titans chạy thử robot trước lượt thi chính thức",
                "Đội Sao Mai Titans chạy thử robot trước lượt thi chính thức",
                "block",
            ),
            P(
                "Ở bảng thi RoboMission, đội Sao Mai Titans (lớp 8A1, 8A2) hoàn thành nhiệm vụ phân"
                " loại và vận chuyển rác thải với số điểm tuyệt đối trong thời gian 1 phút 48 giây."
            ),
            P(
                "Câu lạc bộ Robotics được thành lập từ năm 2022, hiện có 40 thành viên, sinh hoạt"
                " vào các buổi chiều thứ Tư và sáng thứ Bảy."
            ),
            Raw(
                '<p class="" style="white-space:pre-wrap;"><em>Nguồn: Cổng thông tin điện tử Sở GD&amp;ĐT Thái Nguyên</em></p>'
            ),
        ],
        source="Cổng thông tin điện tử Sở GD&ĐT Thái Nguyên",
        opts={
            "at": "2026-10-15 15:00",
            "author": "qtv",
            "cats": ["Câu lạc bộ"],
            "tags": ["stem", "robotics"],
            "excerpt": "Giải Nhất và giải Ba vòng loại khu vực miền Bắc Robotacon WRO 2026.",
        },
    ),
    Story(
        id=13,
        slug="hanh-trinh-ve-nguon-tai-atk-dinh-hoa-cua-hoc-sinh-khoi-8",
        title="Hành trình về nguồn tại ATK Định Hóa của học sinh khối 8",
        cat=_NK,
        published_at="2025-05-20",
        blocks=[
            P(
                "Nhân kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh, ngày 17/5/2025, học sinh khối 8"
                " đã có chuyến “Hành trình về nguồn” tại Khu di tích lịch sử ATK Định Hóa."
            ),
            Img(
                cdn("atk-dinh-hoa-2025.jpg", "2025-05-20 10:00"),
                "Học sinh khối 8 dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh",
                "Học sinh khối 8 dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh",
                "legacy",
            ),
            P(
                "Các em đã dâng hương tưởng niệm, tham quan khu lán Tỉn Keo – nơi Bác Hồ từng sống và"
                " làm việc, nghe thuyết minh về “Thủ đô gió ngàn” trong những năm kháng chiến."
            ),
            P(
                "Chuyến đi là bài học lịch sử sinh động, bồi đắp lòng biết ơn và tình yêu quê hương cho các em."
            ),
        ],
        authors=["Phạm Thanh Thủy"],
        opts={
            "at": "2025-05-20 17:10",
            "author": "thuy",
            "cats": ["Dã ngoại"],
            "tags": ["về nguồn"],
            "excerpt": "Hành trình về nguồn của học sinh khối 8 tại ATK Định Hóa.",
            "dated": "2025/5/20/hanh-trinh-ve-nguon-tai-atk-dinh-hoa-cua-hoc-sinh-khoi-8",
            "wp": True,
        },
    ),
]


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def publish_ms(s: Story) -> int:
    """Squarespace's ``publishOn`` (milliseconds since the epoch; odd milliseconds as it stores)."""
    return int(_when(s).timestamp() * 1000) + 100 + (s.id * 271) % 900


def url_id(s: Story) -> str:
    return s.opts.get("dated", s.slug)


def article_path(s: Story) -> str:
    return f"/{s.cat}/{url_id(s)}"


def posts(
    coll: str, cat: str | None = None, tag: str | None = None, author: str | None = None
) -> list[Story]:
    out = [
        s
        for s in STORIES
        if s.cat == coll
        and (cat is None or cat in s.opts["cats"])
        and (tag is None or tag in s.opts["tags"])
        and (author is None or AUTHOR_IDS[s.opts["author"]] == author)
    ]
    return sorted(out, key=publish_ms, reverse=True)


def list_pages(coll: str, cat: str | None = None) -> list[str]:
    """The targets of a list's pages as its "Bài đăng cũ hơn" links chain them (page 1 first)."""
    items = posts(coll, cat)
    per = COLLECTIONS[coll][1]
    base = f"/{coll}" + (f"?category={quote_plus(cat)}" if cat else "")
    out = [base]
    for i in range(per, len(items), per):
        sep = "&" if cat else "?"
        out.append(f"{base}{sep}offset={publish_ms(items[i - 1])}")
    return out


def _image_ids(s: Story) -> list[str]:
    return [_hex(f"img{s.id}{i}") for i, _ in enumerate(s.images)]


_BY_PATH = {article_path(s): s for s in STORIES}
SHORT_LINKS = {f"/{s.cat}/{s.slug}": article_path(s) for s in STORIES if s.opts.get("short")}


# --------------------------------------------------------------------------- events, gallery


@dataclass(frozen=True)
class Event:
    slug: str
    title: str
    day: datetime
    start: str
    end: str
    place: str
    text: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"/su-kien/{self.slug}"


EVENTS: list[Event] = [
    Event(
        "ngay-hoi-tham-quan-truong-open-day-2027",
        "Ngày hội tham quan trường – Open Day 2027",
        datetime(2026, 12, 12),
        "08:00",
        "11:30",
        "Sân trường và nhà đa năng, Trường Liên cấp Sao Mai",
        (
            "Quý phụ huynh cùng các con được tham quan cơ sở vật chất, dự giờ các tiết học mẫu và"
            " gặp gỡ Ban Giám hiệu, giáo viên chủ nhiệm.",
            "Vui lòng đăng ký trước để nhà trường chuẩn bị chu đáo.",
        ),
    ),
    Event(
        "dem-nhac-giang-sinh-2026",
        "Đêm nhạc Giáng sinh “Winter Wonderland” 2026",
        datetime(2026, 12, 23),
        "18:30",
        "20:30",
        "Hội trường tầng 3, nhà B",
        ("Chương trình biểu diễn của các câu lạc bộ âm nhạc, múa và kịch tiếng Anh.",),
    ),
    Event(
        "hoi-nghi-phu-huynh-dau-nam-2026",
        "Hội nghị phụ huynh học sinh đầu năm học 2026 - 2027",
        datetime(2026, 9, 19),
        "08:00",
        "10:30",
        "Các phòng học theo lớp",
        ("Giáo viên chủ nhiệm trao đổi kế hoạch năm học, nội quy và các hoạt động của lớp.",),
    ),
]
_EVENT_BY_PATH = {e.path: e for e in EVENTS}

GALLERY: list[tuple[str, str]] = [
    (cdn("thu-vien-khuon-vien-1.jpg", "2026-08-20 10:00"), "Khuôn viên trường nhìn từ cổng chính"),
    (cdn("thu-vien-lop-hoc.jpg", "2026-08-20 10:00"), "Lớp học thông minh khối Tiểu học"),
    (cdn("thu-vien-phong-stem.jpg", "2026-08-20 10:00"), "Phòng STEM - Robotics"),
    (cdn("thu-vien-be-boi.jpg", "2026-08-20 10:00"), "Bể bơi bốn mùa"),
    (cdn("thu-vien-thu-vien.jpg", "2026-08-20 10:00"), "Thư viện xanh"),
    (cdn("thu-vien-nha-an.jpg", "2026-08-20 10:00"), "Nhà ăn bán trú"),
]
GALLERY_IDS = [_hex(f"gal{i}") for i in range(len(GALLERY))]

PDF_PATH = "/s/brochure-tuyen-sinh-2027.pdf"

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), COLLECTIONS[s.cat][0])
    for coll in COLLECTIONS
    for s in posts(coll)
]

NON_ARTICLES: list[str] = [
    "/",
    *(p for coll in COLLECTIONS for p in list_pages(coll)),
    *(
        p
        for coll in COLLECTIONS
        for cat in sorted({c for s in STORIES if s.cat == coll for c in s.opts["cats"]})
        for p in list_pages(coll, cat)
    ),
    "/gioi-thieu",
    "/lien-he",
    "/tuyen-sinh",
    "/thu-vien-anh",
    *(f"/thu-vien-anh?itemId={i}" for i in GALLERY_IDS),
    "/su-kien",
    *(e.path for e in EVENTS),
    PDF_PATH,
]


# --------------------------------------------------------------------------- rendering


def _printed_date(d: datetime) -> str:
    """Squarespace's Vietnamese short date: "21 thg 11, 2026"."""
    return f"{d.day} thg {d.month}, {d.year}"


def _list_date(d: datetime) -> str:
    return f"{d:%d/%m/%y}"


def _wp(value: str) -> str:
    """WordPress's wptexturize output as it survives the import: typographic marks as references."""
    return (
        value.replace("“", "&#8220;")
        .replace("”", "&#8221;")
        .replace("–", "&#8211;")
        .replace("…", "&#8230;")
    )


def _t(s: Story, value: str) -> str:
    escaped = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    return _wp(escaped) if s.opts.get("wp") else escaped


def _block_id(s: Story, n: int) -> str:
    return f"block-yui_3_17_2_1_{1700000000000 + s.id * 7919 + n * 13}_{2000 + n * 37}"


def _para(inner: str, style: str = "white-space:pre-wrap;") -> str:
    return f'<p class="" style="{style}">{inner}</p>'


def _html_block(bid: str, inner: str) -> str:
    return (
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="{bid}">'
        f'<div class="sqs-block-content">\n<div class="sqs-html-content">\n{inner}\n</div>\n</div></div>'
    )


def _srcset(url: str) -> str:
    return ", ".join(f"{url}?format={w}w {w}w" for w in (100, 300, 500, 750, 1000, 1500, 2500))


def _image_block(s: Story, img: Img, bid: str, base: str, image_id: str) -> str:
    url = base + img.src
    caption = ""
    if img.printed and img.style != "legacy":
        caption = (
            '<figcaption class="image-caption-wrapper">\n<div class="image-caption">'
            f"{_para(_t(s, img.printed))}</div>\n</figcaption>"
        )
    layout = "layout-caption-below" if caption else "layout-caption-hidden"
    if img.style == "block":
        tag = (
            f'<img data-stretch="false" data-image="{url}" data-image-dimensions="2048x1365"'
            f' data-image-focal-point="0.5,0.5" alt="" data-load="false" elementtiming="system-image-block"'
            f' src="{url}" width="2048" height="1365" sizes="(max-width: 640px) 100vw, (max-width: 767px) 100vw, 100vw"'
            f' style="display:block;object-fit: cover; width: 100%; height: 100%; object-position: 50% 50%"'
            f' srcset="{_srcset(url)}" loading="lazy" decoding="async" data-loader="sqs">'
        )
    else:  # lazy / legacy: the older image-block markup, no src until the loader runs
        tag = (
            f'<noscript><img src="{url}" alt=""></noscript>'
            f'<img class="thumb-image" elementtiming="system-image-block" data-src="{url}" data-image="{url}"'
            f' data-image-dimensions="1600x1067" data-image-focal-point="0.5,0.5" alt="" data-load="false"'
            f' data-image-id="{image_id}" data-type="image">'
        )
    return (
        f'<div class="sqs-block image-block sqs-block-image" data-aspect-ratio="66.66" data-block-type="5" id="{bid}">'
        f'<div class="sqs-block-content">\n<div class="image-block-outer-wrapper {layout} design-layout-inline'
        ' combination-animation-site-default individual-animation-site-default individual-text-animation-site-default"'
        ' data-test="image-block-inline-outer-wrapper">\n<figure class="sqs-block-image-figure intrinsic" style="max-width:2048px;">'
        '<div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio"'
        ' style="position: relative;padding-bottom:66.66%;overflow: hidden;-webkit-mask-image: -webkit-radial-gradient(white, black);">'
        f"{tag}</div></div>\n{caption}\n</figure>\n</div>\n</div></div>"
    )


def _gallery_block(s: Story, slides: list[tuple[Img, str]], bid: str, base: str) -> str:
    out = []
    metas = []
    for img, image_id in slides:
        url = base + img.src
        alt = img.src.rsplit("/", 1)[1]
        desc = f"<p>{_t(s, img.printed)}</p>" if img.printed else ""
        out.append(
            f'<div class="slide" data-type="image" data-slide-id="{image_id}" data-click-through-url>'
            f'<div class="margin-wrapper"><a data-title="" data-description="{esc(desc)}" data-lightbox-theme=""'
            f' href="{url}" role="button" class="image-slide-anchor js-gallery-lightbox-opener content-fit">'
            '<span class="v6-visually-hidden">Xem ảnh cỡ lớn</span>'
            f'<noscript><img src="{url}" alt="{esc(alt)}"></noscript>'
            f'<img class="thumb-image" elementtiming="system-gallery-block-slideshow" data-src="{url}" data-image="{url}"'
            f' data-image-dimensions="2048x1536" data-image-focal-point="0.5,0.5" alt="{esc(alt)}" data-load="false"'
            f' data-image-id="{image_id}" data-type="image"></a></div></div>'
        )
        if desc:
            metas.append(
                f'<div class="meta" id="meta-{image_id}" data-slide-id="{image_id}"><div class="meta-inside">'
                f'<div class="meta-description">{desc}</div></div></div>'
            )
    return (
        f'<div class="sqs-block gallery-block sqs-block-gallery" data-block-type="8" id="{bid}"><div class="sqs-block-content">'
        '<div class="sqs-gallery-container sqs-gallery-block-slideshow sqs-gallery-has-controls sqs-gallery-block-show-meta'
        ' sqs-gallery-block-meta-position-bottom clear"><div class="sqs-gallery">\n'
        + "\n".join(out)
        + '\n</div><div class="sqs-gallery-meta-container"><div class="sqs-gallery-controls">'
        '<span class="previous" role="button" aria-label="Ảnh trước"></span><span class="next" role="button" aria-label="Ảnh sau"></span></div>\n'
        + "\n".join(metas)
        + "\n</div></div></div></div>"
    )


def _quote_block(s: Story, quote_text: str, source: str | None, bid: str) -> str:
    inner = quote_text.removeprefix("“").removesuffix("”")
    src = f'<figcaption class="source">{_t(s, source)}</figcaption>' if source else ""
    return (
        f'<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="{bid}"><div class="sqs-block-content">'
        f'<figure class="block-animation-none"><blockquote data-animation-role="quote" data-animation-override>'
        f"<span>“</span>{_t(s, inner)}<span>”</span></blockquote>{src}</figure></div></div>"
    )


def _button_block(label: str, href: str, bid: str) -> str:
    return (
        f'<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="{bid}"><div class="sqs-block-content">'
        '<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button"'
        ' data-alignment="center" data-button-size="medium" data-button-type="primary">'
        f'<a href="{href}" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">{esc(label)}</a>'
        "</div></div></div>"
    )


def _spacer_block(bid: str) -> str:
    return f'<div class="sqs-block spacer-block sqs-block-spacer sized vsize-1" data-block-type="21" id="{bid}"><div class="sqs-block-content">&nbsp;</div></div>'


def _embed_block(video: str, bid: str) -> str:
    frame = (
        f'<iframe scrolling="no" data-image-dimensions="854x480" allowfullscreen="true"'
        f' src="//www.youtube.com/embed/{video}?wmode=opaque&amp;enablejsapi=1" width="854" data-embed="true"'
        ' frameborder="0" title="YouTube embed" class="embedly-embed" height="480"></iframe>'
    )
    meta = json.dumps(
        {
            "url": f"https://youtu.be/{video}",
            "html": frame,
            "providerName": "YouTube",
            "thumbnailUrl": f"https://i.ytimg.com/vi/{video}/hqdefault.jpg",
        }
    )
    return (
        f'<div class="sqs-block embed-block sqs-block-embed" data-block-json="{esc(meta)}" data-block-type="22" id="{bid}">'
        '<div class="sqs-block-content"><div class="intrinsic" style="max-width:100%">'
        f'<div class="embed-block-wrapper embed-block-provider-YouTube" style="padding-bottom:56.25%;">{frame}</div></div></div></div>'
    )


def _summary_block(s: Story, bid: str, base: str) -> str:
    others = [o for o in posts(s.cat) if o.id != s.id][:3]
    items = []
    for o in others:
        thumb = ""
        if o.images:
            url = base + o.images[0].src
            thumb = (
                '<div class="summary-thumbnail-outer-container">'
                f'<a href="{article_path(o)}" class="summary-thumbnail-container sqs-gallery-image-container">'
                f'<div class="summary-thumbnail img-wrapper"><img data-src="{url}" data-image="{url}"'
                f' data-image-dimensions="2048x1365" data-image-focal-point="0.5,0.5" alt="{esc(o.title)}" data-load="false"'
                ' class="summary-thumbnail-image" data-parent-ratio="1.5"></div></a></div>'
            )
        items.append(
            f'<div class="summary-item summary-item-record-type-text sqs-gallery-design-autogrid-slide summary-item-has-thumbnail'
            f' summary-item-has-excerpt summary-item-has-cats" data-type="image">{thumb}'
            '<div class="summary-content sqs-gallery-meta-container">'
            '<div class="summary-metadata-container summary-metadata-container--above-title"><div class="summary-metadata summary-metadata--primary">'
            f'<time class="summary-metadata-item summary-metadata-item--date">{_printed_date(_when(o))}</time></div></div>'
            f'<div class="summary-title"><a href="{article_path(o)}" class="summary-title-link">{esc(o.title)}</a></div>'
            f'<div class="summary-excerpt summary-excerpt-only"><p>{esc(o.opts["excerpt"])}</p></div>'
            f'<div class="summary-read-more-container"><a href="{article_path(o)}" class="summary-read-more-link">Đọc thêm →</a></div>'
            "</div></div>"
        )
    return (
        f'<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="{bid}"><div class="sqs-block-content">'
        '<div class="summary-block-header"><h3 class="summary-heading"><span>Bài viết khác</span></h3></div>'
        f'<div class="summary-block-wrapper summary-block-collection-type-blog-basic-grid summary-block-setting-design-autogrid'
        ' summary-block-setting-text-size-medium summary-block-setting-text-alignment-left"'
        f' data-controller="SummaryPlugin" data-block-id="{bid}">'
        '<div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list sqs-gallery">'
        + "".join(items)
        + "</div></div></div></div></div>"
    )


def _content(s: Story, base: str) -> str:
    """The post's sqs-layout: its blocks in order, inline html gathered into html blocks."""
    out: list[str] = []
    buf: list[str] = []
    n = 0
    list_items: list[str] = []
    ids = iter(_image_ids(s))
    link = s.opts.get("link")

    def bid() -> str:
        nonlocal n
        n += 1
        return _block_id(s, n)

    def flush_list() -> None:
        if list_items:
            buf.append(
                '<ul data-rte-list="default">'
                + "".join(f"<li>{_para(li)}</li>" for li in list_items)
                + "</ul>"
            )
            list_items.clear()

    def flush() -> None:
        flush_list()
        if buf:
            out.append(_html_block(bid(), "".join(buf)))
            buf.clear()

    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            value = _t(s, b.text)
            if link and link[0] in b.text:
                value = value.replace(esc(link[0]), f'<a href="{link[1]}">{esc(link[0])}</a>', 1)
            if b.style == "li":
                list_items.append(value)
                i += 1
                continue
            flush_list()
            if b.style == "lead":
                buf.append(_para(f"<strong>{value}</strong>"))
            elif b.style == "lead-part":
                head, _, rest = value.partition(" thông báo ")
                buf.append(_para(f"<strong>{head}</strong> thông báo {rest}"))
            elif b.style == "h3":
                buf.append(f'<h3 style="white-space:pre-wrap;">{value}</h3>')
            elif b.style == "quote":
                flush()
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                src = nxt.text if isinstance(nxt, P) and nxt.style == "quote-src" else None
                out.append(_quote_block(s, b.text, src, bid()))
                i += 2 if src else 1
                continue
            else:
                buf.append(_para(value))
        elif isinstance(b, Img):
            flush()
            if b.style == "slide":
                slides = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "slide":
                    slides.append((blocks[i], next(ids)))
                    i += 1
                out.append(_gallery_block(s, slides, bid(), base))
                continue
            out.append(_image_block(s, b, bid(), base, next(ids)))
            if b.style == "legacy" and b.printed:
                out.append(
                    _html_block(
                        bid(),
                        _para(
                            f"<em>{_t(s, b.printed)}</em>",
                            "text-align:center;white-space:pre-wrap;",
                        ),
                    )
                )
        elif isinstance(b, Raw):
            marker = b.html
            if not marker.startswith("@"):
                flush_list()
                buf.append(marker)
            else:
                flush()
                if marker == "@spacer":
                    out.append(_spacer_block(bid()))
                elif marker == "@summary":
                    out.append(_summary_block(s, bid(), base))
                elif marker.startswith("@embed:"):
                    out.append(_embed_block(marker.split(":", 1)[1], bid()))
                elif marker.startswith("@button:"):
                    _, label, href = marker.split(":", 2)
                    out.append(_button_block(label, href, bid()))
        i += 1
    flush()
    rows = "\n".join(
        f'<div class="row sqs-row"><div class="col sqs-col-12 span-12">{block}</div></div>'
        for block in out
    )
    return (
        f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="{publish_ms(s) + 86_400_000}"'
        f' id="item-{_hex("item" + str(s.id))}">\n{rows}\n</div>'
    )


# --------------------------------------------------------------------------- page chrome

NAV: list[tuple[str, str]] = [
    ("/tin-tuc", "Tin tức"),
    ("/hoat-dong-ngoai-khoa", "Hoạt động ngoại khóa"),
    ("/su-kien", "Sự kiện"),
    ("/tuyen-sinh", "Tuyển sinh"),
    ("/lien-he", "Liên hệ"),
]
FOLDER: list[tuple[str, str]] = [("/gioi-thieu", "Giới thiệu"), ("/thu-vien-anh", "Thư viện ảnh")]


def _context(collection_id: str | None, item_id: str | None, page_type: int) -> str:
    ctx = {
        "facebookAppId": "314192535267336",
        "templateVersion": "7.1",
        "showAnnouncementBar": True,
        "pageType": page_type,
        "website": {
            "id": WEBSITE_ID,
            "identifier": "saomai-school",
            "websiteType": 1,
            "siteTitle": SITE,
            "language": "vi-VN",
            "timeZone": "Asia/Ho_Chi_Minh",
        },
        "collectionId": collection_id,
        "itemId": item_id,
        "authenticatedAccount": None,
        "isFacebookTab": False,
    }
    return "Static.SQUARESPACE_CONTEXT = " + json.dumps(ctx, ensure_ascii=True) + ";"


def _head(
    request: Request, title: str, path: str, *, desc: str = "", extra: str = "", ctx: str = ""
) -> str:
    base = base_url(request)
    feeds = "".join(
        f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" href="{base}/{coll}?format=rss" />\n'
        for coll, (name, _) in COLLECTIONS.items()
        if path.startswith(f"/{coll}")
    )
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="{base}/content/v1/{WEBSITE_ID}/favicon.ico"/>
<link rel="canonical" href="{base}{esc(path)}"/>
<meta property="og:site_name" content="{esc(SITE)}"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:url" content="{base}{esc(path)}"/>
<meta name="description" content="{esc(desc)}" />
{feeds}{extra}<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-4d6c7e1f2b3a.js"></script>
<script>{ctx}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/{WEBSITE_ID}/27/5c5a519771aa8d2b2a3c1e4d/{WEBSITE_ID}/1532/site.css" rel="stylesheet" type="text/css" />
<script type="application/ld+json">{json.dumps({"url": base, "name": SITE, "description": "", "@context": "http://schema.org", "@type": "WebSite"}, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps({"legalName": SITE, "address": ADDRESS, "email": EMAIL, "telephone": HOTLINE, "sameAs": ["https://www.facebook.com/saomaischool"], "@context": "http://schema.org", "@type": "Organization"}, ensure_ascii=False)}</script>
</head>"""


def _nav(active: str) -> str:
    def item(href: str, label: str, cls: str) -> str:
        on = f" {cls}--active" if active.startswith(href) else ""
        cur = ' aria-current="page"' if active.startswith(href) else ""
        return f'<div class="{cls} {cls}--collection{on}"><a href="{href}" data-animation-role="header-element"{cur}>{esc(label)}</a></div>'

    folder = "".join(
        f'<div class="header-nav-folder-item"><a href="{h}"><span class="header-nav-folder-item-content">{esc(t)}</span></a></div>'
        for h, t in FOLDER
    )
    desktop = (
        '<div class="header-nav-item header-nav-item--folder"><a class="header-nav-folder-title" href="/ve-truong"'
        ' tabindex="-1" data-animation-role="header-element">Về trường</a>'
        f'<div class="header-nav-folder-content">{folder}</div></div>'
        + "".join(item(h, t, "header-nav-item") for h, t in NAV)
    )
    mobile = "".join(
        f'<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="{h}"><div class="header-menu-nav-item-content">{esc(t)}</div></a></div>'
        for h, t in [*FOLDER, *NAV]
    )
    return f"""<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{{&quot;layout&quot;: &quot;navRight&quot;}}">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar" data-announcement-bar="true"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p class="" style="white-space:pre-wrap;">{TODAY} &nbsp;|&nbsp; Hotline tuyển sinh: {HOTLINE} &nbsp;|&nbsp; Nhận hồ sơ năm học 2027 - 2028 từ 01/12/2026</p></div></div></div></div></div>
<div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid header-layout--with-commerce header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="{LOGO}?format=1500w" alt="{esc(SITE)}" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{desktop}</nav></div></div>
</div>
<div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--search"><a class="header-search-icon" href="/search" aria-label="Tìm kiếm"><span class="visually-hidden">Tìm kiếm</span></a></div>
<div class="user-accounts-link header-actions-action header-actions-action--account"><a href="/account" class="user-accounts-text-link"><span class="unauth">Đăng nhập</span></a></div>
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tuyen-sinh">Tuyển sinh 2027</a></div>
</div>
</div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger" data-test="header-burger"><span class="js-header-burger-open-title visually-hidden">Mở menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div>
</div>
</div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="{{}}"><div class="header-menu-bg theme-bg--primary"></div><div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div class="header-menu-nav-folder-content"><div class="header-menu-nav-wrapper">{mobile}</div></div><div class="header-menu-cta"><a class="theme-btn--primary btn sqs-button-element--primary" href="/tuyen-sinh">Tuyển sinh 2027</a></div></div></nav></div></div>
</header>"""


def _footer() -> str:
    return f"""<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black" data-section-id="{_hex("footer")}">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-{_hex("footer")}">
<div class="row sqs-row"><div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-footer-address"><div class="sqs-block-content"><div class="sqs-html-content">
<h4 style="white-space:pre-wrap;">{esc(SITE)}</h4>
<p class="" style="white-space:pre-wrap;">Địa chỉ: {esc(ADDRESS)}</p>
<p class="" style="white-space:pre-wrap;">Điện thoại: {PHONE} – Hotline tuyển sinh: {HOTLINE}</p>
<p class="" style="white-space:pre-wrap;">Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
</div></div></div></div>
<div class="col sqs-col-4 span-4">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-footer-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="{_hex("newsletter")}" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '{_hex("newsletter")}', collectionId: '{_hex("coll-home")}', objectName: 'block-footer-newsletter' }}); }}); return false; }})(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Đăng ký nhận bản tin</h2><div class="newsletter-form-header-description"><p class="" style="white-space:pre-wrap;">Nhận tin tức, lịch sự kiện và thông tin tuyển sinh mới nhất qua email.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1598000000000_901"><label class="newsletter-form-field-label title" for="email-input">Địa chỉ email</label><input id="email-input" class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" placeholder="Địa chỉ email" /></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Đăng ký"><span class="newsletter-form-button-label">Đăng ký</span></button></div></div>
<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">Chúng tôi tôn trọng quyền riêng tư của bạn.</p></div>
</form></div></div></div></div>
<div class="col sqs-col-4 span-4">
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-footer-counter"><div class="sqs-block-content"><div class="visitor-counter"><p>Đang truy cập: 14</p><p>Hôm nay: 326</p><p>Tổng lượt truy cập: 1.204.587</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54" id="block-footer-social"><div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-center social-icons-color-white"><nav class="sqs-svg-icon--list"><a href="https://www.facebook.com/saomaischool" target="_blank" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" href="#facebook-unauth-icon"></use></svg></div></a><a href="https://www.youtube.com/@saomaischool" target="_blank" class="sqs-svg-icon--wrapper youtube-unauth" aria-label="YouTube"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" href="#youtube-unauth-icon"></use></svg></div></a></nav></div></div></div>
</div></div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-footer-copy"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="text-align:center;white-space:pre-wrap;">© 2026 {esc(SITE)}. Bảo lưu mọi quyền.</p></div></div></div></div></div>
</div></div></div>
</section>
</footer>
<a class="sqs-badge" href="https://www.squarespace.com/?channel=pbr&amp;subchannel=go&amp;campaign=pbr-dr&amp;source=saomai-school" target="_blank" rel="nofollow">Được tạo bằng Squarespace</a>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771aa8d2b2a3c1e4d/scripts/site-bundle.9e5b6e7c2a1d3f4b8c0d.js" type="text/javascript"></script>"""


def _page(
    request: Request,
    *,
    title: str,
    path: str,
    body_class: str,
    main: str,
    desc: str = "",
    extra: str = "",
    ctx: str = "",
    active: str = "",
) -> str:
    return (
        _head(request, title, path, desc=desc, extra=extra, ctx=ctx)
        + f'\n<body id="collection-{_hex("coll" + (active or path))}" class="{body_class} header-overlay-alignment-center'
        " tweak-blog-item-width-narrow tweak-blog-item-alignment-left tweak-blog-item-meta-position-above-title"
        " tweak-global-animations-enabled tweak-global-animations-complexity-level-detailed primary-button-style-solid"
        ' primary-button-shape-pill secondary-button-style-outline  has-logo-image  has-social-links" >\n'
        '<div id="siteWrapper" class="clearfix site-wrapper">\n'
        + _nav(active or path)
        + f'\n<main id="page" class="container" role="main">\n{main}\n</main>\n'
        + _footer()
        + "\n</div>\n</body>\n</html>"
    )


def _section(inner: str, seed: str, extra_cls: str = "", style: str = "") -> str:
    return (
        f'<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed'
        f' section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle {extra_cls}"'
        f' data-section-id="{_hex("sec" + seed)}" data-controller="SectionWrapperController"{style}>'
        f'<div class="section-border"><div class="section-background"></div></div>'
        f'<div class="content-wrapper" style=""><div class="content">{inner}</div></div></section>'
    )


# --------------------------------------------------------------------------- post page


def _jsonld(s: Story, base: str) -> str:
    at = _when(s)
    data = {
        "url": base + article_path(s),
        "@type": "BlogPosting",
        "headline": s.title,
        "datePublished": at.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "dateModified": (at + timedelta(days=1, hours=2)).strftime("%Y-%m-%dT%H:%M:%S%z"),
        "author": AUTHORS[s.opts["author"]],
        "image": base + s.images[0].src
        if s.images
        else base + "/content/v1/" + WEBSITE_ID + "/1598000000000-LOGO7K2M/logo-sao-mai.png",
        "publisher": {"name": SITE, "@type": "Organization"},
        "@context": "http://schema.org",
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _slug(value: str) -> str:
    folded = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D").lower())
    return re.sub(
        r"[^a-z0-9]+", "-", "".join(c for c in folded if not unicodedata.combining(c))
    ).strip("-")


def _cat_link(coll: str, cat: str, cls: str) -> str:
    return f'<a href="/{coll}?category={quote_plus(cat)}" class="{cls}">{esc(cat)}</a>'


def _tag_link(coll: str, tag: str) -> str:
    return f'<a href="/{coll}?tag={quote_plus(tag)}" class="blog-item-tag">{esc(tag)}</a>'


def _article(request: Request, s: Story) -> str:
    base = base_url(request)
    coll_name = COLLECTIONS[s.cat][0]
    at = _when(s)
    siblings = posts(s.cat)
    idx = siblings.index(s)
    newer = siblings[idx - 1] if idx > 0 else None
    older = siblings[idx + 1] if idx + 1 < len(siblings) else None
    author = AUTHORS[s.opts["author"]]
    aid = AUTHOR_IDS[s.opts["author"]]
    item_id = _hex("item" + str(s.id))
    cats = "".join(_cat_link(s.cat, c, "blog-item-category") for c in s.opts["cats"])
    pag = ""
    if newer:
        pag += (
            f'<a href="{article_path(newer)}" class="item-pagination-link item-pagination-link--prev">'
            '<div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-arrow--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div>'
            f'<div class="item-pagination-prev-next">Bài trước</div><h2 class="item-pagination-title">{esc(newer.title)}</h2></a>'
        )
    if older:
        pag += (
            f'<a href="{article_path(older)}" class="item-pagination-link item-pagination-link--next">'
            f'<div class="item-pagination-prev-next">Bài sau</div><h2 class="item-pagination-title">{esc(older.title)}</h2>'
            '<div class="item-pagination-icon icon icon--stroke"><svg class="caret-right-arrow--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="1.6,1.2 6.5,7.9 1.6,14.7"></polyline></svg></div></a>'
        )
    share_url = quote_plus(base + article_path(s))
    main = f"""<article class="sections" id="sections" data-page-sections="{_hex("ps" + str(s.id))}">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--narrow horizontal-alignment--center vertical-alignment--middle" data-section-id="{_hex("sec-item" + str(s.id))}" data-controller="SectionWrapperController">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper" style=""><div class="content">
<article class="entry h-entry hentry author-{s.opts["author"]} post-type-text article-index-{idx + 1} {" ".join("category-" + _slug(c) for c in s.opts["cats"])} {" ".join("tag-" + _slug(t) for t in s.opts["tags"])}" data-item-id="{item_id}" id="article-{item_id}">
<div class="blog-item-wrapper">
<div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="{at:%Y-%m-%d}" pubdate data-content-field="published-on">{_printed_date(at)}</time></div>
<div class="blog-meta-item blog-meta-item--categories">{cats}</div>
</div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{esc(s.title)}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span class="blog-author-label">Đăng bởi</span> <a href="/{s.cat}?author={aid}" class="blog-author">{esc(author)}</a></div></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-inner-wrapper">
<div class="blog-item-content e-content" data-content-field="main-content">
{_content(s, base)}
</div>
</div></div>
<div class="blog-meta-section blog-item-meta-bottom">
<div class="blog-item-categories"><span class="blog-meta-label">Danh mục:</span> {cats}</div>
<div class="blog-item-tags"><span class="blog-meta-label">Thẻ:</span> {"".join(_tag_link(s.cat, t) for t in s.opts["tags"])}</div>
</div>
<div class="blog-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="{item_id}"><span class="ss-social-button-label">Chia sẻ</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="ss-social-button" target="_blank"><span class="ss-social-button-icon"></span>Facebook</a>
<a href="https://zalo.me/share?url={share_url}" class="ss-social-button" target="_blank">Zalo</a>
<a href="mailto:?subject={quote_plus(s.title)}&amp;body={share_url}" class="ss-social-button">Email</a></div></div>
<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-item-pagination>{pag}</section>
<section class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments-{item_id}" data-item-id="{item_id}"><div class="comments-header">Bình luận (0)</div><div class="comment-login-prompt"><a href="/account">Đăng nhập</a> để bình luận.</div><div class="comments-content"></div></div></section>
</div>
</article>
</div></div>
</section>
</article>"""
    extra = (
        '<meta property="og:type" content="article"/>\n'
        + (
            f'<meta property="og:image" content="{base}{s.images[0].src}?format=1500w"/>\n'
            if s.images
            else ""
        )
        + f'<meta itemprop="name" content="{esc(s.title)}"/>\n<meta itemprop="author" content="{esc(author)}"/>\n'
        + f'<meta itemprop="datePublished" content="{at:%Y-%m-%dT%H:%M:%S%z}"/>\n'
        + f'<meta itemprop="headline" content="{esc(s.title)}"/>\n'
        + _jsonld(s, base)
        + "\n"
    )
    coll_id = _hex("coll/" + s.cat)
    return _page(
        request,
        title=f"{s.title} | {coll_name} | {SITE}",
        path=article_path(s),
        body_class=f"collection-type-blog-basic-grid collection-layout-default view-item collection-{coll_id}",
        main=main,
        desc=s.opts["excerpt"],
        extra=extra,
        ctx=_context(coll_id, item_id, 50),
        active=f"/{s.cat}",
    )


# --------------------------------------------------------------------------- lists


def _list_item(s: Story, base: str) -> str:
    thumb = ""
    if s.images:
        url = base + s.images[0].src
        thumb = (
            f'<div><a href="{article_path(s)}" class="image-wrapper" data-animation-role="image" aria-label="{esc(s.title)}">'
            f'<img data-src="{url}" data-image="{url}" data-image-dimensions="2048x1365" data-image-focal-point="0.5,0.5"'
            f' alt="{esc(s.title)}" data-load="false" src="{url}?format=750w" loading="lazy"></a></div>'
        )
    cats = "".join(_cat_link(s.cat, c, "blog-categories") for c in s.opts["cats"])
    return f"""<article class="blog-basic-grid--container entry blog-item{" is-loaded" if thumb else ""}" data-item-id="{_hex("item" + str(s.id))}">
{thumb}
<div class="blog-basic-grid--text">
<div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-categories-list">{cats}</span></span><span class="blog-meta-delimiter"></span><span class="blog-meta-secondary"><time class="blog-date" pubdate data-animation-role="date">{_list_date(_when(s))}</time></span></div>
<h1 class="blog-title" data-animation-role="heading"><a href="{article_path(s)}" data-no-animation>{esc(s.title)}</a></h1>
<div class="blog-excerpt" data-animation-role="content"><div class="blog-excerpt-wrapper"><p class="" style="white-space:pre-wrap;">{esc(s.opts["excerpt"])}</p></div></div>
<a class="blog-more-link" href="{article_path(s)}" data-animation-role="button">Đọc thêm</a>
</div>
</article>"""


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _blog_list(request: Request, coll: str) -> Response:
    params = request.params
    fmt = params.get("format")
    if fmt == "rss":
        return _rss(request, coll)
    cat, tag, author = params.get("category"), params.get("tag"), params.get("author")
    items = posts(coll, cat, tag, author)
    per = COLLECTIONS[coll][1]
    offset = _int(params.get("offset"))
    if offset is not None and params.get("reversePaginate") == "true":
        newer = [s for s in items if publish_ms(s) > offset]
        shown = newer[-per:]
    elif offset is not None:
        shown = [s for s in items if publish_ms(s) < offset][:per]
    else:
        shown = items[:per]
    if fmt in ("json", "json-pretty"):
        return _json_list(request, coll, shown, items)
    base = base_url(request)
    filt = ""
    if cat is not None:
        filt = f"category={quote_plus(cat)}&amp;"
    elif tag is not None:
        filt = f"tag={quote_plus(tag)}&amp;"
    elif author is not None:
        filt = f"author={author}&amp;"
    nav = ""
    if shown and publish_ms(shown[0]) < publish_ms(items[0]):
        nav += (
            f'<div class="newer"><a href="/{coll}?{filt}reversePaginate=true&amp;offset={publish_ms(shown[0])}" rel="prev">'
            '<svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg>'
            '<span class="newer-label">Bài đăng mới hơn</span></a></div>'
        )
    if shown and publish_ms(shown[-1]) > publish_ms(items[-1]):
        nav += (
            f'<div class="older"><a href="/{coll}?{filt}offset={publish_ms(shown[-1])}" rel="next">'
            '<span class="older-label">Bài đăng cũ hơn</span>'
            '<svg class="caret-right-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="1.6,1.2 6.5,7.9 1.6,14.7"></polyline></svg></a></div>'
        )
    name = COLLECTIONS[coll][0]
    label = ""
    if cat is not None:
        label = f'<div class="blog-list-filter"><span class="blog-list-filter-label">Danh mục:</span> {esc(cat)}</div>'
    elif tag is not None:
        label = f'<div class="blog-list-filter"><span class="blog-list-filter-label">Thẻ:</span> {esc(tag)}</div>'
    elif author is not None:
        who = next((AUTHORS[k] for k, v in AUTHOR_IDS.items() if v == author), "")
        label = f'<div class="blog-list-filter"><span class="blog-list-filter-label">Tác giả:</span> {esc(who)}</div>'
    all_cats = sorted({c for s in STORIES if s.cat == coll for c in s.opts["cats"]})
    catnav = (
        '<nav class="blog-categories-nav"><ul>'
        f'<li class="blog-categories-nav-item{" active" if cat is None else ""}"><a href="/{coll}">Tất cả</a></li>'
        + "".join(
            f'<li class="blog-categories-nav-item{" active" if c == cat else ""}">{_cat_link(coll, c, "blog-categories-nav-link")}</li>'
            for c in all_cats
        )
        + "</ul></nav>"
    )
    listing = (
        "\n".join(_list_item(s, base) for s in shown)
        or '<div class="blog-list-empty"><p>Chưa có bài viết nào.</p></div>'
    )
    intro = _section(
        '<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
        + _html_block(f"block-intro-{coll}", f'<h1 style="white-space:pre-wrap;">{esc(name)}</h1>')
        + "</div></div></div>",
        "intro" + coll,
    )
    main = (
        '<article class="sections" id="sections">'
        + intro
        + _section(
            f'{catnav}{label}<div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader" data-columns="2">\n{listing}\n</div>'
            f'<nav class="blog-list-pagination">{nav}</nav>',
            "list" + coll,
            "collection-type-blog-basic-grid",
        )
        + "</article>"
    )
    coll_id = _hex("coll/" + coll)
    title = f"{name} | {SITE}" if not label else f"{name} — {cat or tag or ''} | {SITE}"
    return html(
        _page(
            request,
            title=title,
            path=request.target if (offset is not None or label) else f"/{coll}",
            body_class=f"collection-type-blog-basic-grid collection-layout-default view-list collection-{coll_id}",
            main=main,
            desc=f"{name} – {SITE}",
            ctx=_context(coll_id, None, 10),
            active=f"/{coll}",
        )
    )


def _item_json(s: Story, base: str) -> dict:
    return {
        "id": _hex("item" + str(s.id)),
        "collectionId": _hex("coll/" + s.cat),
        "recordType": 1,
        "addedOn": publish_ms(s) - 3_600_000,
        "updatedOn": publish_ms(s) + 86_400_000,
        "publishOn": publish_ms(s),
        "authorId": AUTHOR_IDS[s.opts["author"]],
        "urlId": url_id(s),
        "title": s.title,
        "fullUrl": article_path(s),
        "assetUrl": base + s.images[0].src if s.images else "",
        "excerpt": f"<p>{esc(s.opts['excerpt'])}</p>",
        "categories": s.opts["cats"],
        "tags": s.opts["tags"],
        "author": {"id": AUTHOR_IDS[s.opts["author"]], "displayName": AUTHORS[s.opts["author"]]},
    }


def _json_list(request: Request, coll: str, shown: list[Story], items: list[Story]) -> Response:
    base = base_url(request)
    more = bool(shown) and publish_ms(shown[-1]) > publish_ms(items[-1])
    data = {
        "website": {"id": WEBSITE_ID, "siteTitle": SITE, "language": "vi-VN"},
        "collection": {
            "id": _hex("coll/" + coll),
            "title": COLLECTIONS[coll][0],
            "urlId": coll,
            "fullUrl": f"/{coll}",
            "typeName": "blog",
        },
        "items": [_item_json(s, base) for s in shown],
        "pagination": {
            "nextPage": more,
            **(
                {
                    "nextPageOffset": publish_ms(shown[-1]),
                    "nextPageUrl": f"/{coll}?offset={publish_ms(shown[-1])}",
                }
                if more
                else {}
            ),
            "pageSize": COLLECTIONS[coll][1],
        },
    }
    return Response(
        200,
        json.dumps(data, ensure_ascii=False),
        {"Content-Type": "application/json; charset=utf-8"},
    )


def _rss(request: Request, coll: str) -> Response:
    base = base_url(request)
    items = posts(coll)
    entries = []
    for s in items:
        when = _when(s).astimezone(UTC)
        body = re.sub(r"\s*\n\s*", "", _content(s, base))
        entries.append(
            f"<item><title>{esc(s.title)}</title><dc:creator>{esc(AUTHORS[s.opts['author']])}</dc:creator>"
            f"<pubDate>{format_datetime(when, usegmt=False)}</pubDate><link>{base}{article_path(s)}</link>"
            f'<guid isPermaLink="false">{WEBSITE_ID}:{_hex("coll/" + coll)}:{_hex("item" + str(s.id))}</guid>'
            f"<description><![CDATA[{body}]]></description></item>"
        )
    last = format_datetime(_when(items[0]).astimezone(UTC) + timedelta(hours=3), usegmt=False)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!--Generated by Site-Server v@build.version@ (http://www.squarespace.com) on Wed, 25 Nov 2026 02:14:07 GMT\n-->'
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://www.rssboard.org/media-rss"'
        ' xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{esc(COLLECTIONS[coll][0])} - {esc(SITE)}</title><link>{base}/{coll}/</link>"
        f"<lastBuildDate>{last}</lastBuildDate><language>vi-VN</language>"
        "<generator>Site-Server v@build.version@ (http://www.squarespace.com)</generator><description><![CDATA[]]></description>"
        + "".join(entries)
        + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --------------------------------------------------------------------------- other pages


def _home(request: Request) -> str:
    base = base_url(request)

    def summary(coll: str, heading: str) -> str:
        cards = "".join(
            '<div class="summary-item summary-item-record-type-text sqs-gallery-design-autogrid-slide">'
            + (
                f'<div class="summary-thumbnail-outer-container"><a href="{article_path(s)}" class="summary-thumbnail-container">'
                f'<div class="summary-thumbnail img-wrapper"><img data-src="{base}{s.images[0].src}" data-image="{base}{s.images[0].src}" alt="{esc(s.title)}" class="summary-thumbnail-image"></div></a></div>'
                if s.images
                else ""
            )
            + '<div class="summary-content"><div class="summary-metadata-container summary-metadata-container--above-title"><div class="summary-metadata summary-metadata--primary">'
            f'<time class="summary-metadata-item summary-metadata-item--date">{_printed_date(_when(s))}</time></div></div>'
            f'<div class="summary-title"><a href="{article_path(s)}" class="summary-title-link">{esc(s.title)}</a></div>'
            f'<div class="summary-excerpt"><p>{esc(s.opts["excerpt"])}</p></div></div></div>'
            for s in posts(coll)[:3]
        )
        return (
            f'<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-home-{coll}"><div class="sqs-block-content">'
            f'<div class="summary-block-header"><h3 class="summary-heading"><span>{esc(heading)}</span></h3></div>'
            f'<div class="summary-block-wrapper summary-block-collection-type-blog-basic-grid"><div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list sqs-gallery">{cards}</div></div></div>'
            f'<div class="summary-footer"><a href="/{coll}" class="summary-footer-link">Xem tất cả →</a></div></div></div>'
        )

    upcoming = "".join(
        f'<li class="eventlist-mini-item"><a href="{e.path}">{esc(e.title)}</a> – <time datetime="{e.day:%Y-%m-%d}">{e.day.day} thg {e.day.month}, {e.day.year}</time></li>'
        for e in EVENTS
        if e.day.date() > datetime(2026, 11, 25).date()
    )
    hero = (
        f'<section data-test="page-section" class="page-section has-background section-height--large content-width--wide" data-section-id="{_hex("hero")}">'
        f'<div class="section-border"><div class="section-background" style="background-image:url({base}/content/v1/{WEBSITE_ID}/1598000000000-HERO4Q8Z/hero-truong-sao-mai.jpg?format=2500w);background-size:cover"></div></div>'
        '<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
        + _html_block(
            "block-hero-text",
            f'<h1 style="text-align:center;white-space:pre-wrap;">{esc(SITE)}</h1><p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">Hạnh phúc – Tự tin – Hội nhập</p>',
        )
        + _button_block("Tuyển sinh 2027", "/tuyen-sinh", "block-hero-button")
        + "</div></div></div></div></div></section>"
    )
    main = (
        '<article class="sections" id="sections">'
        + hero
        + _section(summary("tin-tuc", "Tin tức mới"), "home-news")
        + _section(summary("hoat-dong-ngoai-khoa", "Hoạt động ngoại khóa"), "home-nk")
        + _section(
            f'<div class="sqs-block html-block sqs-block-html" id="block-home-events"><div class="sqs-block-content"><div class="sqs-html-content"><h2>Sự kiện sắp tới</h2><ul class="eventlist-mini">{upcoming}</ul><p><a href="/su-kien">Xem lịch sự kiện</a></p></div></div></div>',
            "home-events",
        )
        + "</article>"
    )
    return _page(
        request,
        title=f"{SITE} – Hạnh phúc, Tự tin, Hội nhập",
        path="/",
        body_class="collection-type-page view-list homepage",
        main=main,
        desc=f"{SITE}: trường liên cấp Tiểu học và THCS tại Thái Nguyên.",
        ctx=_context(_hex("coll-home"), None, 1),
    )


STATIC: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu": (
        "Giới thiệu",
        [
            "Trường Liên cấp Sao Mai được thành lập năm 2016, là trường tư thục đào tạo liên thông từ lớp 1 đến lớp 9"
            " theo chương trình giáo dục phổ thông của Bộ Giáo dục và Đào tạo, kết hợp chương trình tiếng Anh"
            " tăng cường và giáo dục STEM.",
            "Hiện nhà trường có 52 lớp với hơn 1.400 học sinh và 128 cán bộ, giáo viên, nhân viên.",
            "Tầm nhìn: trở thành ngôi trường hạnh phúc, nơi mỗi học sinh được phát triển toàn diện và tự tin hội nhập.",
        ],
    ),
}


def _static(request: Request, path: str) -> str:
    title, paragraphs = STATIC[path]
    inner = f'<h1 style="white-space:pre-wrap;">{esc(title)}</h1>' + "".join(
        _para(esc(p)) for p in paragraphs
    )
    main = (
        '<article class="sections" id="sections">'
        + _section(_html_block(f"block-{path.strip('/')}", inner), path)
        + "</article>"
    )
    return _page(
        request,
        title=f"{title} | {SITE}",
        path=path,
        body_class="collection-type-page view-list",
        main=main,
        desc=paragraphs[0][:150],
        ctx=_context(_hex("coll" + path), None, 1),
    )


def _contact(request: Request) -> str:
    form = f"""<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-contact-form"><div class="sqs-block-content"><div class="form-wrapper"><div class="form-inner-wrapper">
<form data-form-id="{_hex("contactform")}" autocomplete="on" method="POST" action="https://saomai-school.squarespace.com" onsubmit="return false;">
<div class="field-list clear">
<fieldset class="form-item fields name required"><legend class="title">Họ và tên <span class="required">*</span></legend><div class="field first-name"><input class="field-element field-control" name="fname" x-autocompletetype="given-name" type="text" spellcheck="false" maxlength="30" aria-required="true"><label class="caption">Tên</label></div><div class="field last-name"><input class="field-element field-control" name="lname" type="text" spellcheck="false" maxlength="30" aria-required="true"><label class="caption">Họ</label></div></fieldset>
<div class="form-item field email required"><label class="title" for="email-contact">Email <span class="required">*</span></label><input class="field-element" id="email-contact" name="email" type="email" autocomplete="email" spellcheck="false" aria-required="true"></div>
<div class="form-item field phone"><label class="title" for="phone-contact">Số điện thoại</label><input class="field-element" id="phone-contact" name="phone" type="tel"></div>
<div class="form-item field textarea required"><label class="title" for="message-contact">Nội dung <span class="required">*</span></label><textarea class="field-element" id="message-contact" aria-required="true"></textarea></div>
</div>
<div class="form-button-wrapper form-button-wrapper--align-left"><input class="button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Gửi"></div>
<div class="hidden form-submission-text">Cảm ơn quý phụ huynh! Nhà trường sẽ liên hệ lại trong thời gian sớm nhất.</div>
</form></div></div></div></div>"""
    map_json = json.dumps(
        {
            "location": {
                "mapLat": 21.5942,
                "mapLng": 105.8482,
                "markerLat": 21.5942,
                "markerLng": 105.8482,
                "addressTitle": SITE,
                "addressLine1": "Số 268 đường Quang Trung",
                "addressLine2": "Phan Đình Phùng, Thái Nguyên",
                "addressCountry": "Việt Nam",
            },
            "vSize": None,
            "style": 4,
        },
        ensure_ascii=False,
    )
    mapb = f'<div class="sqs-block map-block sqs-block-map sized vsize-12" data-block-json="{esc(map_json)}" data-block-type="4" id="block-contact-map"><div class="sqs-block-content">&nbsp;</div></div>'
    info = _html_block(
        "block-contact-info",
        f'<h1 style="white-space:pre-wrap;">Liên hệ</h1>{_para("Địa chỉ: " + esc(ADDRESS))}{_para("Điện thoại: " + PHONE)}{_para("Hotline tuyển sinh: " + HOTLINE)}{_para("Giờ làm việc: 7h30 - 17h00, thứ Hai đến sáng thứ Bảy")}',
    )
    main = (
        '<article class="sections" id="sections">'
        + _section(info + form, "contact")
        + _section(mapb, "contact-map")
        + "</article>"
    )
    return _page(
        request,
        title=f"Liên hệ | {SITE}",
        path="/lien-he",
        body_class="collection-type-page view-list",
        main=main,
        desc="Liên hệ với nhà trường",
        ctx=_context(_hex("coll/lien-he"), None, 1),
    )


def _admissions(request: Request) -> str:
    sections = [
        _section(
            _html_block(
                "block-ts-hero",
                '<h1 style="text-align:center;white-space:pre-wrap;">Tuyển sinh năm học 2027 - 2028</h1><p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">Lớp 1 – Lớp 6 – Học sinh chuyển trường</p>',
            )
            + _button_block("Tải brochure tuyển sinh", PDF_PATH, "block-ts-brochure"),
            "ts-hero",
        ),
        _section(
            '<div class="row sqs-row">'
            + "".join(
                f'<div class="col sqs-col-4 span-4">{_html_block("block-ts-" + str(i), f"<h3>{esc(h)}</h3>" + _para(esc(t)))}</div>'
                for i, (h, t) in enumerate(
                    [
                        (
                            "Chương trình",
                            "Chương trình giáo dục phổ thông 2018, tiếng Anh tăng cường 10 tiết/tuần, STEM và kỹ năng sống.",
                        ),
                        (
                            "Học phí",
                            "Học phí năm học 2027 - 2028 được công bố tại buổi tư vấn; ưu đãi cho học sinh đăng ký sớm.",
                        ),
                        (
                            "Bán trú",
                            "Học sinh học bán trú, ăn trưa và ngủ trưa tại trường; xe đưa đón theo tuyến.",
                        ),
                    ]
                )
            )
            + "</div>",
            "ts-cols",
        ),
        _section(
            '<a id="dang-ky"></a>'
            + _html_block(
                "block-ts-dk",
                '<h2 style="white-space:pre-wrap;">Đăng ký tham quan trường</h2>'
                + _para(
                    f"Quý phụ huynh vui lòng gọi {HOTLINE} hoặc điền thông tin tại trang Liên hệ."
                ),
            )
            + _button_block("Đăng ký tham quan", "/lien-he", "block-ts-visit"),
            "ts-dk",
        ),
    ]
    main = '<article class="sections" id="sections">' + "".join(sections) + "</article>"
    return _page(
        request,
        title=f"Tuyển sinh | {SITE}",
        path="/tuyen-sinh",
        body_class="collection-type-page view-list",
        main=main,
        desc="Thông tin tuyển sinh",
        ctx=_context(_hex("coll/tuyen-sinh"), None, 1),
    )


def _gallery_page(request: Request) -> str:
    base = base_url(request)
    figs = "".join(
        f'<figure class="gallery-grid-item"><div class="gallery-grid-item-wrapper" style="overflow:hidden;padding-bottom:75%;">'
        f'<a href="/thu-vien-anh?itemId={gid}" class="gallery-grid-lightbox-link" data-lightbox-id="{gid}">'
        f'<img data-src="{base}{src}" data-image="{base}{src}" data-image-dimensions="2048x1536" data-image-focal-point="0.5,0.5" alt="{esc(cap)}" data-load="false" src="{base}{src}?format=750w" loading="lazy"></a></div>'
        f'<figcaption class="gallery-caption gallery-caption-grid-simple"><div class="gallery-caption-wrapper"><p class="gallery-caption-content">{esc(cap)}</p></div></figcaption></figure>'
        for (src, cap), gid in zip(GALLERY, GALLERY_IDS, strict=True)
    )
    inner = f'<div class="gallery-grid gallery-grid--layout-grid" data-controller="GalleryGrid"><div class="gallery-grid-wrapper">{figs}</div></div>'
    main = (
        '<article class="sections" id="sections">'
        + _section(_html_block("block-gal-title", "<h1>Thư viện ảnh</h1>"), "gal-title")
        + _section(inner, "gal", "gallery-section")
        + "</article>"
    )
    return _page(
        request,
        title=f"Thư viện ảnh | {SITE}",
        path="/thu-vien-anh",
        body_class="collection-type-page view-list",
        main=main,
        desc="Hình ảnh trường Sao Mai",
        ctx=_context(_hex("coll/thu-vien-anh"), None, 1),
    )


_WD = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _event_date(e: Event) -> str:
    return f"{_WD[e.day.weekday()]}, {e.day.day} tháng {e.day.month}, {e.day.year}"


def _event_meta(e: Event) -> str:
    q = quote_plus(e.place)
    return (
        '<ul class="eventitem-meta event-meta event-meta-date-time-container" data-content-field="event-date-time">'
        f'<li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="{e.day:%Y-%m-%d}">{_event_date(e)}</time></li>'
        '<li class="eventitem-meta-item eventitem-meta-time event-meta-item"><span class="event-time-localized">'
        f'<time class="event-time-localized-start" datetime="{e.day:%Y-%m-%d}">{e.start}</time><span class="event-datetime-divider"></span>'
        f'<time class="event-time-localized-end" datetime="{e.day:%Y-%m-%d}">{e.end}</time></span></li></ul>'
        f'<ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item">{esc(e.place)}'
        f' <a href="http://maps.google.com?q={q}" class="eventitem-meta-address-maplink" target="_blank">(Bản đồ)</a></li></ul>'
    )


def _events(request: Request) -> str:
    params = request.params
    if params.get("view") == "calendar":
        m = re.fullmatch(r"(\d{1,2})-(\d{4})", params.get("month", "11-2026"))
        month, year = (
            (int(m.group(1)), int(m.group(2))) if m and 1 <= int(m.group(1)) <= 12 else (11, 2026)
        )
        prev = f"{12 if month == 1 else month - 1}-{year - 1 if month == 1 else year}"
        nxt = f"{1 if month == 12 else month + 1}-{year + 1 if month == 12 else year}"
        here = [e for e in EVENTS if (e.day.month, e.day.year) == (month, year)]
        cells = "".join(
            f'<li class="calendar-event"><a href="{e.path}">{e.day.day}: {esc(e.title)}</a></li>'
            for e in here
        )
        inner = (
            f'<div class="eventcalendar" data-controller="EventCalendar"><div class="yui3-calendar-header">'
            f'<a class="yui3-calendarnav-prevmonth" href="/su-kien?view=calendar&amp;month={prev}">‹ Tháng trước</a>'
            f'<span class="yui3-calendar-header-label">Tháng {month}/{year}</span>'
            f'<a class="yui3-calendarnav-nextmonth" href="/su-kien?view=calendar&amp;month={nxt}">Tháng sau ›</a></div>'
            f'<ul class="calendar-events">{cells or "<li>Không có sự kiện.</li>"}</ul></div>'
        )
        title = f"Lịch sự kiện tháng {month}/{year}"
    else:
        past = params.get("view") == "past"
        today = datetime(2026, 11, 25)
        chosen = [e for e in EVENTS if (e.day < today) == past]
        inner = (
            '<div class="eventlist-actions"><a href="/su-kien?view=calendar&amp;month=11-2026">Xem dạng lịch</a>'
            f' · <a href="/su-kien{"" if past else "?view=past"}">{"Sự kiện sắp tới" if past else "Sự kiện đã qua"}</a></div>'
            '<div class="eventlist eventlist--upcoming">'
            + "".join(
                f'<article class="eventlist-event eventlist-event--{"past" if past else "upcoming"}"><div class="eventlist-column-info">'
                f'<h1 class="eventlist-title"><a href="{e.path}" class="eventlist-title-link">{esc(e.title)}</a></h1>{_event_meta(e)}'
                f'<a href="{e.path}" class="eventlist-button sqs-editable-button sqs-button-element--primary">Xem chi tiết →</a></div></article>'
                for e in chosen
            )
            + "</div>"
        )
        title = "Sự kiện"
    main = (
        '<article class="sections" id="sections">'
        + _section(f"<h1>{esc(title)}</h1>{inner}", "events", "collection-type-events")
        + "</article>"
    )
    return _page(
        request,
        title=f"{title} | {SITE}",
        path=request.target,
        body_class="collection-type-events view-list",
        main=main,
        desc="Lịch sự kiện",
        ctx=_context(_hex("coll/su-kien"), None, 11),
        active="/su-kien",
    )


def _event_page(request: Request, e: Event) -> str:
    gcal = f"http://www.google.com/calendar/event?action=TEMPLATE&amp;text={quote_plus(e.title)}&amp;dates={e.day:%Y%m%d}T{e.start.replace(':', '')}00/{e.day:%Y%m%d}T{e.end.replace(':', '')}00&amp;location={quote_plus(e.place)}"
    text_ = "".join(_para(esc(p)) for p in e.text)
    main = f"""<article class="sections" id="sections"><section class="page-section content-width--narrow" data-section-id="{_hex("ev" + e.slug)}"><div class="content-wrapper"><div class="content">
<div class="eventitem-backlink"><a href="/su-kien">← Tất cả sự kiện</a></div>
<article class="eventitem" id="{_hex("event" + e.slug)}"><div class="eventitem-column-meta">
<h1 class="eventitem-title" data-content-field="title">{esc(e.title)}</h1>{_event_meta(e)}
<ul class="eventitem-meta event-meta event-meta-export"><li class="eventitem-meta-item eventitem-meta-export event-meta-item"><a href="{gcal}" class="eventitem-meta-export-item">Google Lịch</a><span class="eventitem-meta-export-divider"></span><a href="{e.path}?format=ical" class="eventitem-meta-export-item">ICS</a></li></ul>
</div><div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">{_html_block("block-ev-" + e.slug[:10], text_)}</div></div></article>
</div></div></section></article>"""
    return _page(
        request,
        title=f"{e.title} | Sự kiện | {SITE}",
        path=e.path,
        body_class="collection-type-events view-item",
        main=main,
        desc=e.text[0][:150],
        ctx=_context(_hex("coll/su-kien"), _hex("event" + e.slug), 51),
        active="/su-kien",
    )


def _search(request: Request) -> str:
    q = esc(request.params.get("q", ""))
    main = (
        '<div class="sqs-search-page" data-controller="SearchPage"><form class="sqs-search-page-input" action="/search" method="GET">'
        f'<input type="search" name="q" value="{q}" placeholder="Tìm kiếm" spellcheck="false" autocomplete="off"></form>'
        '<div class="sqs-search-page-content"><div class="sqs-search-page-notice">Nhập từ khóa để tìm kiếm.</div></div>'
        '<script>Y.use("squarespace-search-page", function (Y) { new Y.Squarespace.SearchPage({ el: ".sqs-search-page" }); });</script></div>'
    )
    return _page(
        request,
        title=f"Tìm kiếm | {SITE}",
        path="/search",
        body_class="view-list search-page",
        main=main,
        extra='<meta name="robots" content="noindex">\n',
    )


def _account(request: Request) -> str:
    main = '<div class="customer-accounts-login" id="customer-accounts"><h1>Đăng nhập</h1><p>Đang tải…</p><noscript>Vui lòng bật JavaScript để đăng nhập.</noscript></div>'
    return _page(
        request, title=f"Tài khoản | {SITE}", path="/account", body_class="view-list", main=main
    )


def _not_found(request: Request) -> Response:
    main = _section(
        '<div class="sqs-layout"><h1>Không tìm thấy trang</h1><p>Chúng tôi không tìm thấy trang bạn yêu cầu. <a href="/">Quay về trang chủ</a> hoặc <a href="/search">tìm kiếm</a>.</p></div>',
        "404",
    )
    return html(
        _page(
            request,
            title=f"Không tìm thấy trang | {SITE}",
            path=request.path,
            body_class="view-list sqs-404",
            main=main,
        ),
        status=404,
    )


def _sitemap(request: Request) -> Response:
    base = base_url(request)

    def url(path: str, lastmod: str, images: list[tuple[str, str]] = ()) -> str:
        imgs = "".join(
            f"<image:image><image:loc>{base}{src}</image:loc><image:title>{esc(title)}</image:title></image:image>"
            for src, title in images
        )
        return f"<url><loc>{base}{path}</loc><changefreq>monthly</changefreq><priority>0.5</priority><lastmod>{lastmod}</lastmod>{imgs}</url>\n"

    body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n'
    body += url("", "2026-11-21", [])
    for p in [
        "/gioi-thieu",
        "/thu-vien-anh",
        "/tin-tuc",
        "/hoat-dong-ngoai-khoa",
        "/su-kien",
        "/tuyen-sinh",
        "/lien-he",
    ]:
        body += url(p, "2026-11-21")
    for coll in COLLECTIONS:
        for s in posts(coll):
            lastmod = (_when(s) + timedelta(days=1)).strftime("%Y-%m-%d")
            body += url(article_path(s), lastmod, [(img.src, s.title) for img in s.images[:1]])
    for e in EVENTS:
        body += url(e.path, "2026-11-01")
    body += "</urlset>"
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


ROBOTS = """# Squarespace Robots Txt

User-agent: *
Disallow: /config
Disallow: /search
Disallow: /account$
Disallow: /account/
Disallow: /commerce/digital-download/
Disallow: /api/
Allow: /api/ui-extensions/
Disallow: /static/
Disallow:/*?author=*
Disallow:/*&author=*
Disallow:/*?tag=*
Disallow:/*&tag=*
Disallow:/*?month=*
Disallow:/*&month=*
Disallow:/*?view=*
Disallow:/*&view=*
Disallow:/*?format=json
Disallow:/*&format=json
Disallow:/*?format=page-context
Disallow:/*&format=page-context
Disallow:/*?format=main-content
Disallow:/*&format=main-content
Disallow:/*?format=json-pretty
Disallow:/*&format=json-pretty
Disallow:/*?format=ical
Disallow:/*&format=ical
Disallow:/*?reversePaginate=*
Disallow:/*&reversePaginate=*

Sitemap: {base}/sitemap.xml

# Squarespace Robots Txt
"""


def _ical(e: Event) -> Response:
    body = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Squarespace Inc//Squarespace//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{_hex('event' + e.slug)}@squarespace.com\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:{e.day:%Y%m%d}T{e.start.replace(':', '')}00\r\n"
        f"SUMMARY:{e.title}\r\nLOCATION:{e.place}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return Response(200, body, {"Content-Type": "text/calendar; charset=utf-8"})


class SquarespaceSite:
    """Routes as Squarespace serves them: collections, items, system pages, formats."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith("/content/v1/") or path.startswith("/static/") or path == "/favicon.ico":
            return static_file(path)
        if path == PDF_PATH:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/robots.txt":
            return Response(
                200,
                ROBOTS.replace("{base}", base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path in ("/", ""):
            return html(_home(request))
        if path.strip("/") in COLLECTIONS and not path.endswith("/"):
            return _blog_list(request, path.strip("/"))
        if path in _BY_PATH:
            s = _BY_PATH[path]
            if params.get("format") in ("json", "json-pretty"):
                return Response(
                    200,
                    json.dumps({"item": _item_json(s, base_url(request))}, ensure_ascii=False),
                    {"Content-Type": "application/json; charset=utf-8"},
                )
            return html(_article(request, s))
        if path in SHORT_LINKS:
            return redirect(SHORT_LINKS[path], 301)
        if path in STATIC:
            return html(_static(request, path))
        if path == "/ve-truong":
            return redirect("/gioi-thieu", 302)
        if path == "/lien-he":
            return html(_contact(request))
        if path == "/tuyen-sinh":
            return html(_admissions(request))
        if path == "/thu-vien-anh":
            return html(_gallery_page(request))
        if path == "/su-kien":
            return html(_events(request))
        if path in _EVENT_BY_PATH:
            e = _EVENT_BY_PATH[path]
            return _ical(e) if params.get("format") == "ical" else html(_event_page(request, e))
        if path == "/search":
            return html(_search(request))
        if path == "/account":
            return html(_account(request))
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        return _not_found(request)


def build_site() -> SquarespaceSite:
    """A fresh site object: every page rendered per request from the constant data above."""
    return SquarespaceSite()
