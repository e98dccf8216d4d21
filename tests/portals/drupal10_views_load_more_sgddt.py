"""Sở Giáo dục và Đào tạo thành phố Đà Nẵng on Drupal 10.2 (Olivero sub-theme "dnedu").

The portal of a city education department on Drupal 10.2: a custom sub-theme of Olivero (its
header, primary-nav with the "🥕" span, breadcrumb, page-title block, sidebar-grid), Views
listings paged by Views Infinite Scroll ("Xem thêm" load-more button with a real href), Pathauto
aliases, Metatag, AddToAny, Linkit in CKEditor 5, content types ``tin_tuc`` (news),
``thong_bao`` (notices), ``van_ban`` (documents) and ``page``; fields ``field_tom_tat`` (sapo),
``field_anh_dai_dien`` (featured image, printed as an image-style derivative) with
``field_chu_thich_anh`` (its caption line), ``field_tac_gia`` (multi-value byline),
``field_nguon`` (source), ``field_ngay_dang`` / ``field_ngay_thong_bao`` (custom date fields:
Drupal's "Submitted by" line is turned off), ``field_chuyen_muc`` (taxonomy "Chuyên mục"),
``field_tep_dinh_kem`` (attachments). All pages UTF-8; today is "Thứ Bảy, 05/12/2026".

URL scheme
----------
- ``/``: front page (slider "Tin nổi bật", views block "Tin tức - Sự kiện" = pager element 0,
  5 news a page; views block "Thông báo" = pager element 1, 2 notices a page; "Văn bản mới").
  Drupal keeps one page number per pager element in one parameter, so the buttons print
  ``?page=1%2C0`` and ``?page=0%2C1`` (comma percent-encoded by UrlHelper::buildQuery);
  ``/?page=1%2C1`` exists too. Four front-page states, no more.
- ``/chuyen-muc/<term>`` (``/taxonomy/term/<tid>`` answers too, unlinked): the term's view,
  ``?page=<n>`` zero-based, only the n-th batch (the non-JS fallback of the load-more pager).
  tin-hoat-dong 3 a page (2 pages), hoat-dong-cac-truong 2 a page (2), thong-bao 3 a page (2).
- ``/tin-tuc``: view of all news, 5 a page, ``?page=1``; ``/thong-bao`` 301 to
  ``/chuyen-muc/thong-bao`` (a Redirect entry; the notices' breadcrumb links it).
- nodes: ``/tin-tuc/<yyyy>/<mm>/<alias>`` (news; year and month of the node's *created* date),
  ``/thong-bao/<alias>`` (notices), ``/van-ban/<alias>`` (documents), ``/gioi-thieu``,
  ``/gioi-thieu/lanh-dao-so`` (pages); every node also answers 200 at ``/node/<nid>`` (no
  Redirect normaliser), with the alias as canonical and ``/node/<nid>`` as shortlink.
- ``/van-ban`` (documents view), ``/lien-he`` (webform), ``/search/node`` (search form),
  ``/user/login``; files under ``/sites/default/files/<yyyy>-<mm>/<file>`` and image-style
  derivatives ``/sites/default/files/styles/<style>/public/<yyyy>-<mm>/<file>?itok=<8 chars>``.

Page templates
--------------
Every page: top bar (today's date, hotline, "Đăng nhập"), Olivero header with branding and the
main menu (drop-downs "Giới thiệu", "Tin tức", "Dịch vụ công"), search form, breadcrumb region,
page-title block (``<h1 class="title page-title">``, *outside* the node's ``<article>``), content
region, sidebar (views blocks "Thông báo mới" and "Đọc nhiều", "Liên kết website" banners and a
select, a poll form, "Thống kê truy cập" Đang online / Hôm nay / Tổng truy cập), footer with
address, phone, email, copyright, footer menu; drupalSettings JSON at the end.
A node page: ``<article class="node node--type-tin-tuc … node--view-mode-full">`` with a header
(date field, "Chuyên mục" term, "Lượt xem"), then ``node__content``: sapo field, featured image
and its caption field, the body (``text-content … field--name-body``), "Tác giả", "Nguồn",
"Tệp đính kèm", "Người đăng" (notices), "Cập nhật lần cuối", AddToAny / "In bài" / "Gửi email";
after the node a "Tin liên quan" views block of teaser ``<article>`` elements.
A listing teaser: ``<article … node--view-mode-teaser tin-teaser>`` with a 16:9 thumbnail
(style ``anh_tin_360x203``), title, ``<time>``, trimmed sapo and "Xem thêm<span
class="visually-hidden"> về …</span>"; the list ends with ``<ul class="js-pager__items pager"
data-drupal-views-infinite-scroll-pager><li class="pager__item"><a class="button" href="?page=1"
rel="next">Xem thêm</a></li></ul>``.

How each gold article is reached
--------------------------------
Tin hoạt động (newest first): A1 sơ kết chuyển đổi số (03/12), A2 học sinh giỏi lớp 12 (26/11),
A3 Ngày Nhà giáo (19/11) -- page 0 of the term view, the front block and /tin-tuc, A1/A3 also in
the slider and "Đọc nhiều"; A4 Hội khỏe Phù Đổng (10/11), A5 tập huấn Công nghệ (30/10), A6 Văn
hóa đọc (21/10) -- ONLY behind "Xem thêm": ``/chuyen-muc/tin-hoat-dong?page=1``,
``/tin-tuc?page=1``, ``/?page=1%2C0``, ``/?page=1%2C1``.
Hoạt động các trường: B1 Ngày hội STEM (01/12), B2 diễn tập PCCC (14/11) -- page 0;
B3 Mầm non Sơn Ca (24/10) -- ONLY on ``?page=1`` of its term view, /tin-tuc and the front block.
Thông báo: C1 lịch tiếp công dân (04/12), C2 kết quả xét tuyển (30/11) -- front page, sidebar
"Thông báo mới" and the term view; C3 Hội thi giáo viên dạy giỏi (17/11) -- term view page 0,
``/?page=0%2C1``, "Tin liên quan" of C1/C2; C4 Cuộc thi KHKT (03/11) -- ONLY on
``/chuyen-muc/thong-bao?page=1`` and ``/?page=0%2C1`` / ``/?page=1%2C1``.
"Tin liên quan" lists only page-0 nodes of the same term, so it never uncovers A4-A6, B3, C4.

Traps
-----
1. Load-more pager (listed kind: pagination, but this shape is Drupal's own). The only way to
   older items is the button ``<a class="button" href="?page=1" rel="next">Xem thêm</a>`` --
   a query-only href to resolve against the listing's path, zero-based (``?page=1`` is the
   *second* batch; ``?page=0`` is the first), each page holding only its own batch; a page
   past the end answers 200 with "Chưa có tin bài." and no button. The view's AJAX settings
   (``/views/ajax``) are only in drupalSettings JSON. Gold: A4, A5, A6, B3, C4 are ordinary
   gold articles; the listings are not articles.
2. Two pagers on one page (new). The front page's second block pages with ``?page=0%2C1``
   (Drupal's per-element pager state, comma percent-encoded) and the first block with
   ``?page=1%2C0``; ``/?page=1%2C1`` is reachable from both. A crawler that drops or
   "normalises" the comma list, or keeps only the first number, loses C4's second route.
   Gold: none of the four front-page states is an article.
3. ``datetime`` attributes in UTC (new). Drupal prints ``<time datetime="2026-11-09T23:20:00Z"
   class="datetime">Thứ ba, 10/11/2026 - 06:20</time>`` (and ``article:published_time`` in
   UTC): the day in the attribute is the day before for an early-morning post. Gold: the
   printed local time with offset, A4 = "2026-11-10T06:20:00+07:00" (B2 = 20:05 local,
   13:05Z; every news date is printed as "l, d/m/Y - H:i").
4. Date-only fields carry noon UTC (new). Notices' "Ngày đăng" and documents' "Ngày ban hành"
   are date-only fields printed "Thứ sáu, 04/12/2026" with ``datetime="2026-12-04T12:00:00Z"``.
   Gold: the day alone ("2026-12-04"), never 12:00 nor 19:00+07:00.
5. The alias's month is not the publication date (new). Pathauto builds ``/tin-tuc/yyyy/mm/``
   from the node's created date: A5 was entered on 02/11 (``/tin-tuc/2026/11/…``, "Cập nhật
   lần cuối: 02/11/2026 - 08:47") but its "Ngày đăng" field says 30/10/2026 - 15:00. Every
   node also prints a later "Cập nhật lần cuối" line. Gold: the date field,
   "2026-10-30T15:00:00+07:00" (never the URL's month, the update line or the header's day).
6. Breadcrumb built from the path's segments (new). Easy Breadcrumb prints "Trang chủ › Tin tức
   › 2026 › 11 › <title>" for news: the last crumbs before the title are a year and a month,
   "Tin tức" is only the menu's parent. The section is the "Chuyên mục" term printed in the
   node's header (and in the menu's drop-down). Gold category: the term ("Tin hoạt động",
   "Hoạt động các trường"); notices: "Thông báo" (breadcrumb and term agree).
7. Many ``<article>`` elements, the headline outside all of them (new). Olivero prints the h1 in
   the page-title block before the node's ``<article>``; "Tin liên quan" teasers are
   ``<article>``s; A3's photo is a Drupal media embed, ``<figure class="caption
   caption-drupal-media"><article class="media media--type-image …">…</article><figcaption>``,
   i.e. an ``<article>`` inside the text. Gold: title from the h1; the embedded photo is an
   article image with the figcaption as caption; the text continues after it.
8. Metatag titles differ from the headline (new). ``<title>`` and ``og:title`` carry a shorter
   SEO title ("Kỳ thi HSG thành phố lớp 12 năm học 2026-2027 | Sở GD&ĐT Đà Nẵng"). Gold: the
   h1 as printed.
9. The sapo printed twice (new). A2's ``field_tom_tat`` stands above the featured image and the
   editor typed the same sentence again as the bold-italic first paragraph of the body. Gold:
   summary = that sentence; the body holds it once, as its first paragraph.
10. Featured image outside the text, as a derivative (new). ``field_anh_dai_dien`` prints
    ``/sites/default/files/styles/max_650x650/public/2026-11/….jpg?itok=…`` above the body, its
    caption in the next field; listings and the slider print other derivatives of the same file
    (``anh_tin_360x203``, ``slide_1200x600``). Gold: the featured image is the article's first
    image, path as printed on the article page (query ``itok`` kept), caption = the caption
    field's line; inline photos follow in text order; thumbnails elsewhere are not images of the
    article they link to.
11. ``/node/<nid>`` duplicates (listed kind: URL variants). Every node answers 200 at
    ``/node/<nid>``; the shortlink and Linkit links inside texts (A1's "Tin liên quan:" list,
    B1's "Xem thêm:" line) point there. Gold: alias path canonical, ``/node/<nid>`` in
    alt_paths; the in-text link list and "Xem thêm:" line are not body.
12. Bylines as fields and as typed lines (listed kind). ``field_tac_gia`` with a degree
    ("ThS. Lê Văn Tuấn"), a unit after the name ("Đoàn Minh Quân - Phòng Quản lý chất lượng",
    "Thái Bảo Anh (Trường THPT Phan Châu Trinh)"), a unit alone ("Văn phòng Sở", "Phòng
    GDTrH", "Phòng Giáo dục Tiểu học"); a CMS account "Người đăng: vanphong.sgddt"; typed at the
    end of the text: "Tin, ảnh: Hồng Nhung" (A3), "Tin: Ngọc Hân - Ảnh: Trọng Nghĩa" (B2); a
    photo line that only credits ("Ảnh: Minh Quân", A2). Gold as the README says (below).
13. Text stored decomposed (listed kind: encodings). A6 was pasted from Word on a Mac: every
    Vietnamese letter in NFD, a ``&nbsp;`` after each full stop and comma. Gold: NFC, single
    spaces.
14. A notice printed as an official document (listed kind). C2's text opens with the letterhead
    table ("UBND THÀNH PHỐ ĐÀ NẴNG / SỞ GIÁO DỤC VÀ ĐÀO TẠO / Số: 4162/TB-SGDĐT | CỘNG HÒA…"),
    "THÔNG BÁO" and the subject, and closes with "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC /
    (Đã ký) / Lê Thị Minh Phương". Gold: those are not body; date 2026-11-30 (letterhead and
    field agree); author "Lê Thị Minh Phương".
15. Closing "Theo …" sentences that are text (listed kind). A2 ends "Theo kế hoạch, kết quả…",
    B3 ends "Theo cô Hiệu trưởng Trần Thị Mai Anh, …". Gold: body paragraphs, source null.
16. Picture bullet and typed emoji (listed kind). C4 has "👉 Hạn cuối nhận hồ sơ…" typed as a
    character and a line led by ``<img alt="👉" src="/sites/default/files/2026-11/icon-tay-chi.png">``.
    Gold: the first keeps "👉 "; the second is the bare sentence; the icon is no image.
17. Documents that look like news (listed kind). ``/van-ban/<alias>`` nodes have an h1, a date
    field, a summary ("Trích yếu") and a PDF: NON_ARTICLES.

Gold decisions on ambiguous points
----------------------------------
- ``summary``: the ``field_tom_tat`` element when printed (A1, A2, A4, A5, B1, B3; it is then
  the body's first paragraph); A3's bold lead paragraph; none for A6, B2 and the notices (the
  meta description alone is not a sapo).
- ``category``: the "Chuyên mục" term the node is filed under (trap 6), not the breadcrumb's
  year/month crumbs nor the menu parent "Tin tức".
- ``images``: featured image first, with its caption field's line; CKEditor figures with their
  figcaption; the centred italic line under a bare picture (A6) is its caption; B2's figure has
  no line (caption None); A2's "Ảnh: Minh Quân" only credits (caption None, photographer
  "Minh Quân", printed differently from the author's full name "Đoàn Minh Quân": both kept as
  printed). Image paths as the article prints them (derivatives with ``?itok=``).
- ``authors``: names without degree or unit; a unit signing alone is the author as printed; the
  "Người đăng" account is nobody. A3 "Tin, ảnh: Hồng Nhung" -> author and photographer.
- ``source``: A6's "Nguồn" field, "Báo Đà Nẵng"; else null.
- ``body``: the h3 inside A1, list items (A4, C3), table rows with cells joined by " | " (A2,
  C1) and A3's quoted sentence are paragraphs; A4's ``<br>`` splits "Thời gian…" from "Địa
  điểm…"; attachments ("Tệp đính kèm"), "Cập nhật lần cuối", share tools and "Tin liên quan"
  are not body.
- ``published_at``: with the time for news (the field prints it), the day alone for notices.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

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

NAME = "drupal10_views_load_more_sgddt"
PLATFORM = "Drupal 10.2 (Olivero sub-theme, Views Infinite Scroll load-more pager, Pathauto)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo thành phố Đà Nẵng"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
THEME = "/themes/custom/dnedu"
FILES = "/sites/default/files"


# --- paths of Drupal's files ------------------------------------------------------------------


def itok(key: str) -> str:
    """The 8-character token Drupal appends to an image-style derivative."""
    digest = hashlib.sha256(("dnedu-itok:" + key).encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()[:8]


def styled(style: str, ym: str, name: str) -> str:
    """An image-style derivative of a managed file, as Drupal prints its URL."""
    rel = f"{ym}/{name}"
    return f"{FILES}/styles/{style}/public/{rel}?itok={itok(style + ':' + rel)}"


def original(ym: str, name: str) -> str:
    """A file uploaded through CKEditor 5 (upload directory [date:custom:Y]-[date:custom:m])."""
    return f"{FILES}/{ym}/{name}"


# --- taxonomy "Chuyên mục" --------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    tid: int
    key: str
    name: str
    per_page: int
    description: str


TERMS = {
    "tin-hoat-dong": Term(
        12,
        "tin-hoat-dong",
        "Tin hoạt động",
        3,
        "Hoạt động chỉ đạo, điều hành của Sở Giáo dục và Đào tạo và các sự kiện lớn của ngành.",
    ),
    "hoat-dong-cac-truong": Term(
        14,
        "hoat-dong-cac-truong",
        "Hoạt động các trường",
        2,
        "Tin bài do các cơ sở giáo dục trên địa bàn thành phố gửi về.",
    ),
    "thong-bao": Term(
        17,
        "thong-bao",
        "Thông báo",
        3,
        "Thông báo của Sở Giáo dục và Đào tạo gửi cán bộ, giáo viên, học sinh và phụ huynh.",
    ),
}

# --- the 13 articles ---------------------------------------------------------------------------

STORIES: list[Story] = []


def _story(**kw) -> Story:
    story = Story(**kw)
    STORIES.append(story)
    return story


# A1 - Tin hoạt động, page 0 of the term listing; sapo in field_tom_tat; a unit signs alone;
# an in-text "Tin liên quan" list of Linkit links (/node/<nid>).
A1 = _story(
    id=1248,
    slug="nganh-giao-duc-thanh-pho-so-ket-cong-tac-chuyen-doi-so-hoc-ky-i",
    title="Ngành Giáo dục thành phố sơ kết công tác chuyển đổi số học kỳ I năm học 2026-2027",
    cat="tin-hoat-dong",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Chiều 03/12, Sở Giáo dục và Đào tạo thành phố Đà Nẵng tổ chức hội nghị sơ kết công tác "
        "chuyển đổi số học kỳ I năm học 2026-2027 với sự tham dự của hơn 300 cán bộ quản lý các "
        "cơ sở giáo dục theo hình thức trực tiếp kết hợp trực tuyến."
    ),
    sapo_outside=True,
    authors=["Văn phòng Sở"],
    blocks=[
        Img(
            styled("max_650x650", "2026-12", "hn-so-ket-cds-hk1.jpg"),
            "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo.",
            "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo.",
            style="featured",
        ),
        P(
            "Phát biểu khai mạc, Phó Giám đốc Sở Nguyễn Thanh Bình cho biết, sau hơn một năm vận "
            "hành mô hình chính quyền địa phương hai cấp, ngành Giáo dục thành phố đã hoàn thành "
            "việc kết nối cơ sở dữ liệu ngành với hệ thống của Bộ Giáo dục và Đào tạo cho toàn bộ "
            "1.180 cơ sở giáo dục trên địa bàn."
        ),
        P(
            "Theo báo cáo, 100% trường trung học phổ thông và 96% trường trung học cơ sở đã triển "
            "khai học bạ số; gần 92% giáo viên sử dụng thành thạo các nền tảng dạy học trực tuyến; "
            "hệ thống tuyển sinh đầu cấp trực tuyến tiếp tục vận hành ổn định với hơn 41.000 hồ sơ "
            "được tiếp nhận."
        ),
        Img(
            original("2026-12", "pgd-nguyen-thanh-binh-phat-bieu.jpg"),
            "Phó Giám đốc Sở Nguyễn Thanh Bình phát biểu tại hội nghị.",
            "Phó Giám đốc Sở Nguyễn Thanh Bình phát biểu tại hội nghị.",
            style="fig",
        ),
        P("Những khó khăn cần sớm tháo gỡ", style="h3"),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng tại "
            "một số trường ở khu vực miền núi phía Tây thành phố chưa đồng bộ, thiết bị của nhiều "
            "phòng tin học đã xuống cấp, việc khai thác dữ liệu phục vụ công tác quản lý còn mang "
            "tính hình thức."
        ),
        P(
            "Tại hội nghị, đại diện Trường THPT Hoàng Hoa Thám, Trường THCS Lê Lợi và Trường Tiểu "
            "học Trần Quốc Toản đã chia sẻ kinh nghiệm triển khai sổ điểm điện tử, thanh toán học "
            "phí không dùng tiền mặt và xây dựng kho học liệu số dùng chung."
        ),
        P(
            "Kết luận hội nghị, Phó Giám đốc Sở đề nghị các đơn vị rà soát, chuẩn hóa dữ liệu học "
            "sinh trước ngày 20/12/2026; đẩy mạnh bồi dưỡng năng lực số cho đội ngũ và chủ động đề "
            "xuất nhu cầu đầu tư thiết bị cho năm 2027."
        ),
        Raw(
            '<p><strong>Tin liên quan:</strong></p>\n<ul class="tlq-noi">\n'
            '<li><a href="/node/1237" data-entity-type="node" data-entity-uuid="'
            '5b1f7c0e-2a41-4c55-9d1e-8e0b3f6a1237" data-entity-substitution="canonical">'
            "Hơn 1.100 thí sinh dự Kỳ thi chọn học sinh giỏi thành phố lớp 12</a></li>\n"
            '<li><a href="/node/1229" data-entity-type="node" data-entity-uuid="'
            '0c9d2e11-77a3-4f02-b6a5-1d2c3e4f1229" data-entity-substitution="canonical">'
            "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></li>\n</ul>"
        ),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-12-03 14:30",
        "ym": "2026/12",
        "changed": "04/12/2026 - 09:12",
        "tac_gia": ["Văn phòng Sở"],
        "seo": "Sơ kết chuyển đổi số ngành giáo dục Đà Nẵng học kỳ I",
    },
)

# A2 - Tin hoạt động, page 0; field_tom_tat AND the same sapo typed again as the body's bold
# first paragraph; a table; caption "Ảnh: X" only; "Theo kế hoạch…" is text.
A2_SAPO = (
    "Trong hai ngày 25 và 26/11, Sở Giáo dục và Đào tạo tổ chức Kỳ thi chọn học sinh giỏi thành "
    "phố lớp 12 năm học 2026-2027 tại 4 điểm thi với 1.126 thí sinh dự thi 13 môn."
)
A2 = _story(
    id=1237,
    slug="hon-1100-thi-sinh-du-ky-thi-chon-hoc-sinh-gioi-thanh-pho-lop-12",
    title="Hơn 1.100 thí sinh dự Kỳ thi chọn học sinh giỏi thành phố lớp 12",
    cat="tin-hoat-dong",
    published_at="2026-11-26T16:10:00+07:00",
    summary=A2_SAPO,
    sapo_outside=True,
    authors=["Đoàn Minh Quân"],
    photographers=["Minh Quân"],
    blocks=[
        Img(
            styled("max_650x650", "2026-11", "hsg12-diem-thi-le-quy-don.jpg"),
            "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Lê Quý Đôn.",
            "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Lê Quý Đôn.",
            style="featured",
        ),
        Raw(f"<p><strong><em>{esc(A2_SAPO)}</em></strong></p>"),
        P(
            "Đây là kỳ thi đầu tiên được tổ chức sau khi thành phố hoàn thành sắp xếp mạng lưới "
            "trường lớp, nên số lượng thí sinh và điểm thi tăng đáng kể so với các năm trước. Các "
            "điểm thi được bố trí tại Trường THPT chuyên Lê Quý Đôn, Trường THPT Phan Châu Trinh, "
            "Trường THPT chuyên Lê Thánh Tông và Trường THPT Trần Cao Vân."
        ),
        P("Điểm thi | Số phòng thi | Số thí sinh", style="th"),
        P("THPT chuyên Lê Quý Đôn | 14 | 336", style="tr"),
        P("THPT Phan Châu Trinh | 12 | 288", style="tr"),
        P("THPT chuyên Lê Thánh Tông | 11 | 262", style="tr"),
        P("THPT Trần Cao Vân | 10 | 240", style="tr"),
        Img(original("2026-11", "hsg12-kiem-tra-de-thi.jpg"), "Ảnh: Minh Quân", None, style="bare"),
        P(
            "Trước giờ thi, đoàn kiểm tra của Sở đã kiểm tra công tác chuẩn bị tại các điểm thi, từ "
            "khâu bảo quản đề thi, hệ thống camera giám sát đến phương án phòng chống thiên tai "
            "trong bối cảnh thời tiết mưa lớn kéo dài."
        ),
        P(
            "Môn Tin học tiếp tục được tổ chức thi trên máy tính, bài làm được chấm tự động bằng "
            "phần mềm có sự giám sát của hội đồng chấm. Các môn còn lại được chấm theo hình thức "
            "hai vòng độc lập."
        ),
        P(
            "Theo kế hoạch, kết quả kỳ thi sẽ được công bố trước ngày 15/12/2026; trên cơ sở đó, Sở "
            "sẽ thành lập đội tuyển tham dự Kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông "
            "năm 2027."
        ),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-11-26 16:10",
        "ym": "2026/11",
        "changed": "27/11/2026 - 07:55",
        "tac_gia": ["Đoàn Minh Quân - Phòng Quản lý chất lượng"],
        "seo": "Kỳ thi HSG thành phố lớp 12 năm học 2026-2027",
    },
)

# A3 - Tin hoạt động, page 0; no field_tom_tat, a bold lead paragraph is the sapo; a Drupal
# media embed (nested <article class="media">); a quote; "Tin, ảnh: X" closing the text.
A3 = _story(
    id=1229,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-hoat-dong",
    published_at="2026-11-19T09:00:00+07:00",
    summary=(
        "Sáng 19/11, Sở Giáo dục và Đào tạo thành phố Đà Nẵng tổ chức buổi gặp mặt kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam, tôn vinh 120 nhà giáo tiêu biểu và trao Kỷ niệm chương “Vì sự "
        "nghiệp giáo dục” cho 35 cán bộ, giáo viên."
    ),
    authors=["Hồng Nhung"],
    photographers=["Hồng Nhung"],
    blocks=[
        P(
            "Sáng 19/11, Sở Giáo dục và Đào tạo thành phố Đà Nẵng tổ chức buổi gặp mặt kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam, tôn vinh 120 nhà giáo tiêu biểu và trao Kỷ niệm chương "
            "“Vì sự nghiệp giáo dục” cho 35 cán bộ, giáo viên.",
            style="bold",
        ),
        Img(
            styled("large", "2026-11", "gap-mat-20-11-tang-hoa.jpg"),
            "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo tiêu biểu năm 2026.",
            "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo tiêu biểu năm 2026.",
            style="media",
        ),
        P(
            "Năm học 2025-2026, toàn ngành có 38 học sinh đạt giải trong Kỳ thi chọn học sinh giỏi "
            "quốc gia, 6 học sinh được chọn vào đội tuyển dự thi Olympic khu vực và quốc tế; tỷ lệ "
            "tốt nghiệp trung học phổ thông đạt 99,3%, tiếp tục nằm trong nhóm dẫn đầu cả nước."
        ),
        P(
            "Thay mặt đội ngũ nhà giáo, cô Phan Thị Thu Sương, giáo viên Trường THPT Thái Phiên, "
            "bày tỏ niềm xúc động khi được vinh danh và chia sẻ:"
        ),
        P(
            "“Mỗi thầy cô hôm nay không chỉ truyền thụ kiến thức mà còn là người truyền cảm hứng, "
            "giúp học trò tự tin bước vào một thế giới thay đổi từng ngày.”",
            style="quote",
        ),
        P(
            "Dịp này, Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen cho 18 tập thể và 47 cá "
            "nhân có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, "
            "giảng dạy và học tập”."
        ),
        P(
            "Phát biểu tại buổi gặp mặt, Giám đốc Sở gửi lời tri ân đến các thế hệ nhà giáo và "
            "mong muốn mỗi thầy cô tiếp tục giữ vững tâm huyết, chủ động đổi mới phương pháp, xứng "
            "đáng với sự tin yêu của học sinh và phụ huynh."
        ),
        Raw('<p style="text-align:right"><strong>Tin, ảnh: Hồng Nhung</strong></p>'),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-11-19 09:00",
        "ym": "2026/11",
        "changed": "19/11/2026 - 15:41",
        "tac_gia": [],
        "seo": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "featured_thumb": ("2026-11", "gap-mat-20-11-tang-hoa.jpg"),
    },
)

# A4 - Tin hoạt động, only on ?page=1 of the listings; printed 06:20 on 10/11, so the UTC
# datetime attribute says 2026-11-09T23:20:00Z; two authors with a degree; <br> inside a
# paragraph; list items.
A4 = _story(
    id=1214,
    slug="khai-mac-hoi-khoe-phu-dong-thanh-pho-nam-hoc-2026-2027",
    title="Khai mạc Hội khỏe Phù Đổng thành phố Đà Nẵng năm học 2026-2027",
    cat="tin-hoat-dong",
    published_at="2026-11-10T06:20:00+07:00",
    summary=(
        "Hội khỏe Phù Đổng thành phố Đà Nẵng năm học 2026-2027 thu hút hơn 2.400 vận động viên là "
        "học sinh đến từ 186 trường tiểu học, trung học cơ sở và trung học phổ thông tranh tài ở "
        "9 môn thể thao."
    ),
    sapo_outside=True,
    authors=["Lê Văn Tuấn", "Trần Thị Bích Ngọc"],
    blocks=[
        Img(
            styled("max_650x650", "2026-11", "hkpd-le-khai-mac.jpg"),
            "Màn đồng diễn thể dục của học sinh tại lễ khai mạc.",
            "Màn đồng diễn thể dục của học sinh tại lễ khai mạc.",
            style="featured",
        ),
        P(
            "Lễ khai mạc diễn ra vào sáng sớm 10/11 tại Cung Thể thao Tiên Sơn, trước giờ diễn ra "
            "các trận đấu vòng loại môn bóng đá và điền kinh. Chương trình nghệ thuật chào mừng do "
            "gần 500 học sinh các trường trên địa bàn phường Hải Châu và phường Thanh Khê thực hiện."
        ),
        P("Các môn thi đấu chính thức gồm:"),
        P("Điền kinh, bơi lội, cầu lông, bóng bàn và cờ vua;", style="li"),
        P("Bóng đá nam, bóng rổ và bóng chuyền;", style="li"),
        P("Võ thuật cổ truyền Việt Nam dành cho học sinh trung học.", style="li"),
        P("Thời gian thi đấu: từ ngày 10/11 đến ngày 22/11/2026."),
        P("Địa điểm: Cung Thể thao Tiên Sơn, Trường THPT Nguyễn Trãi và Nhà thi đấu Quân khu 5.", style="brjoin"),
        Img(
            original("2026-11", "hkpd-van-dong-vien-dien-kinh.jpg"),
            "Các vận động viên tranh tài ở nội dung chạy 100m nam cấp trung học phổ thông.",
            "Các vận động viên tranh tài ở nội dung chạy 100m nam cấp trung học phổ thông.",
            style="fig",
        ),
        P(
            "Hội khỏe Phù Đổng năm nay là dịp để đánh giá kết quả công tác giáo dục thể chất, hoạt "
            "động thể thao trong trường học, đồng thời tuyển chọn vận động viên năng khiếu tham "
            "dự Hội khỏe Phù Đổng toàn quốc lần thứ XI năm 2028."
        ),
        P(
            "Ban Tổ chức lưu ý các đoàn bảo đảm an toàn cho học sinh khi di chuyển giữa các địa "
            "điểm thi đấu, bố trí lực lượng y tế thường trực và thực hiện nghiêm tinh thần “Trung "
            "thực - Đoàn kết - Cao thượng”."
        ),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-11-10 06:20",
        "ym": "2026/11",
        "changed": "12/11/2026 - 10:03",
        "tac_gia": ["ThS. Lê Văn Tuấn", "Trần Thị Bích Ngọc"],
        "seo": "Khai mạc Hội khỏe Phù Đổng Đà Nẵng 2026",
    },
)

# A5 - Tin hoạt động, only on ?page=1; created on 02/11 (Pathauto path /tin-tuc/2026/11/…)
# but its "Ngày đăng" field says 30/10/2026 15:00; "Cập nhật lần cuối" 02/11; a unit signs;
# an attachment line.
A5 = _story(
    id=1198,
    slug="tap-huan-giao-vien-day-mon-cong-nghe-theo-chuong-trinh-gdpt-2018",
    title="Tập huấn giáo viên dạy môn Công nghệ theo Chương trình giáo dục phổ thông 2018",
    cat="tin-hoat-dong",
    published_at="2026-10-30T15:00:00+07:00",
    summary=(
        "Từ ngày 28 đến 30/10, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn chuyên đề dạy học môn "
        "Công nghệ định hướng công nghiệp và nông nghiệp cho 164 giáo viên trung học phổ thông."
    ),
    sapo_outside=True,
    authors=["Phòng GDTrH"],
    blocks=[
        Img(
            styled("max_650x650", "2026-11", "tap-huan-cong-nghe-thuc-hanh.jpg"),
            "Giáo viên thực hành lắp ráp mạch điện điều khiển tại lớp tập huấn.",
            "Giáo viên thực hành lắp ráp mạch điện điều khiển tại lớp tập huấn.",
            style="featured",
        ),
        P(
            "Lớp tập huấn được tổ chức tại Trường THPT Nguyễn Văn Thoại với sự hướng dẫn của các "
            "giảng viên Trường Đại học Sư phạm Kỹ thuật - Đại học Đà Nẵng và cốt cán chuyên môn của "
            "Sở."
        ),
        P(
            "Nội dung tập huấn tập trung vào xây dựng kế hoạch dạy học các chuyên đề học tập lựa "
            "chọn, tổ chức dạy học dự án gắn với thực tiễn sản xuất tại địa phương, khai thác thiết "
            "bị dạy học tối thiểu và cách đánh giá năng lực công nghệ của học sinh."
        ),
        P(
            "Nhiều giáo viên đến từ các trường ở khu vực phía Nam thành phố cho biết đây là lần đầu "
            "tiên được thực hành trực tiếp trên bộ thiết bị điều khiển tự động hóa, giúp tự tin hơn "
            "khi triển khai các chủ đề về robot và Internet vạn vật."
        ),
        P(
            "Kết thúc lớp tập huấn, mỗi nhóm giáo viên hoàn thiện một kế hoạch bài dạy minh họa; "
            "các sản phẩm đạt yêu cầu sẽ được chia sẻ trên kho học liệu số của ngành để giáo viên "
            "toàn thành phố tham khảo."
        ),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-10-30 15:00",
        "ym": "2026/11",
        "changed": "02/11/2026 - 08:47",
        "tac_gia": ["Phòng GDTrH"],
        "files": [("tai-lieu-tap-huan-cong-nghe-2026.pdf", "1.84 MB")],
        "seo": "Tập huấn giáo viên môn Công nghệ CT GDPT 2018",
    },
)

# A6 - Tin hoạt động, only on ?page=1; text stored decomposed (NFD) with &nbsp; runs; old-style
# caption in an italic centred paragraph; field_nguon "Báo Đà Nẵng"; no sapo.
A6 = _story(
    id=1187,
    slug="soi-noi-ngay-hoi-van-hoa-doc-hoc-duong-nam-2026",
    title="Sôi nổi Ngày hội Văn hóa đọc học đường năm 2026",
    cat="tin-hoat-dong",
    published_at="2026-10-21T10:15:00+07:00",
    authors=["Hoài Thương"],
    source="Báo Đà Nẵng",
    blocks=[
        P(
            "Ngày 20/10, tại Trường THCS Nguyễn Huệ, Sở Giáo dục và Đào tạo phối hợp với Thư viện "
            "thành phố tổ chức Ngày hội Văn hóa đọc học đường năm 2026 với chủ đề “Mỗi cuốn sách "
            "- một hành trình”."
        ),
        P(
            "Ngày hội thu hút hơn 1.500 học sinh, giáo viên tham gia với nhiều hoạt động như trưng "
            "bày sách theo chủ đề biển đảo quê hương, giới thiệu sách bằng video ngắn, thi kể "
            "chuyện theo sách và đổi sách cũ lấy cây xanh."
        ),
        Img(
            original("2026-10", "ngay-hoi-van-hoa-doc-gian-sach.jpg"),
            "Học sinh tham quan gian trưng bày sách về biển đảo quê hương.",
            "Học sinh tham quan gian trưng bày sách về biển đảo quê hương.",
            style="bare",
        ),
        P(
            "Điểm nhấn của ngày hội là mô hình “Thư viện xanh” do học sinh tự thiết kế từ vật liệu "
            "tái chế, đặt tại sân trường để các em có thể đọc sách trong giờ ra chơi."
        ),
        P(
            "Dịp này, Ban Tổ chức trao giải cho 24 tập thể và cá nhân đạt thành tích cao trong cuộc "
            "thi Đại sứ Văn hóa đọc cấp thành phố; 3 bài dự thi xuất sắc được chọn tham gia vòng "
            "chung kết toàn quốc."
        ),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-10-21 10:15",
        "ym": "2026/10",
        "changed": "21/10/2026 - 10:15",
        "tac_gia": ["Hoài Thương"],
        "nguon": "Báo Đà Nẵng",
        "nfd": True,
        "seo": "Ngày hội Văn hóa đọc học đường Đà Nẵng 2026",
    },
)

# B1 - Hoạt động các trường, page 0; author with his school in brackets; a "Xem thêm:" Linkit
# line inside the text; two captioned figures.
B1 = _story(
    id=1245,
    slug="truong-thpt-phan-chau-trinh-to-chuc-ngay-hoi-stem-sang-tao-cung-ai",
    title="Trường THPT Phan Châu Trinh tổ chức Ngày hội STEM “Sáng tạo cùng AI”",
    cat="hoat-dong-cac-truong",
    published_at="2026-12-01T08:00:00+07:00",
    summary=(
        "Ngày 29/11, Trường THPT Phan Châu Trinh tổ chức Ngày hội STEM “Sáng tạo cùng AI” với 46 "
        "sản phẩm nghiên cứu, mô hình ứng dụng trí tuệ nhân tạo do học sinh thực hiện."
    ),
    sapo_outside=True,
    authors=["Thái Bảo Anh"],
    blocks=[
        Img(
            styled("max_650x650", "2026-12", "pct-ngay-hoi-stem-khai-mac.jpg"),
            "Học sinh giới thiệu mô hình nhà kính thông minh tại ngày hội.",
            "Học sinh giới thiệu mô hình nhà kính thông minh tại ngày hội.",
            style="featured",
        ),
        P(
            "Các sản phẩm được chia thành ba nhóm: ứng dụng trí tuệ nhân tạo trong học tập, giải "
            "pháp cho đô thị thông minh và mô hình bảo vệ môi trường. Nhiều sản phẩm được các em "
            "lập trình trên nền tảng mã nguồn mở, chi phí chế tạo thấp."
        ),
        Img(
            original("2026-12", "pct-robot-phan-loai-rac.jpg"),
            "Robot phân loại rác thải sử dụng camera nhận dạng hình ảnh của nhóm học sinh lớp 11/4.",
            "Robot phân loại rác thải sử dụng camera nhận dạng hình ảnh của nhóm học sinh lớp 11/4.",
            style="fig",
        ),
        P(
            "Ấn tượng nhất là robot phân loại rác thải tự động của nhóm học sinh lớp 11/4, có khả "
            "năng nhận biết chai nhựa, lon kim loại và giấy với độ chính xác trên 90%."
        ),
        P(
            "Bên cạnh khu trưng bày, ngày hội còn có các phiên thảo luận về sử dụng trí tuệ nhân "
            "tạo có trách nhiệm, giúp học sinh nhận diện thông tin sai lệch và tôn trọng bản quyền "
            "khi khai thác công cụ AI."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/node/1248" data-entity-type="node" data-entity-uuid="'
            '9e3b51aa-04d6-4b7e-a2c0-5f6e7d8c1248" data-entity-substitution="canonical">Ngành '
            "Giáo dục thành phố sơ kết công tác chuyển đổi số học kỳ I</a></em></p>"
        ),
        Img(
            original("2026-12", "pct-trao-giai-stem.jpg"),
            "Ban Giám hiệu nhà trường trao giải cho các sản phẩm xuất sắc.",
            "Ban Giám hiệu nhà trường trao giải cho các sản phẩm xuất sắc.",
            style="fig",
        ),
        P(
            "Kết thúc ngày hội, nhà trường chọn 8 sản phẩm tiêu biểu để tiếp tục hoàn thiện, tham "
            "dự Cuộc thi Khoa học kỹ thuật cấp thành phố dành cho học sinh trung học."
        ),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-12-01 08:00",
        "ym": "2026/12",
        "changed": "01/12/2026 - 08:00",
        "tac_gia": ["Thái Bảo Anh (Trường THPT Phan Châu Trinh)"],
        "seo": "Ngày hội STEM Trường THPT Phan Châu Trinh",
    },
)

# B2 - Hoạt động các trường, page 0; no sapo; "Tin: X - Ảnh: Y" closing the text; photo
# without a caption line; evening time (13:05Z).
B2 = _story(
    id=1222,
    slug="truong-thcs-nguyen-hue-dien-tap-phuong-an-phong-chay-chua-chay",
    title="Trường THCS Nguyễn Huệ diễn tập phương án phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    cat="hoat-dong-cac-truong",
    published_at="2026-11-14T20:05:00+07:00",
    authors=["Ngọc Hân"],
    photographers=["Trọng Nghĩa"],
    blocks=[
        P(
            "Chiều 14/11, Trường THCS Nguyễn Huệ phối hợp với Đội Cảnh sát phòng cháy, chữa cháy "
            "và cứu nạn, cứu hộ khu vực Hải Châu tổ chức diễn tập phương án chữa cháy tại chỗ cho "
            "toàn thể cán bộ, giáo viên và gần 1.200 học sinh."
        ),
        P(
            "Tình huống giả định xảy ra cháy tại phòng thí nghiệm tầng 3 do chập điện. Ngay khi "
            "phát hiện, lực lượng phòng cháy tại chỗ của nhà trường nhanh chóng ngắt điện, sử dụng "
            "bình chữa cháy xách tay dập lửa và tổ chức sơ tán học sinh theo lối thoát nạn."
        ),
        Img(original("2026-11", "thcs-nguyen-hue-dien-tap-pccc.jpg"), None, None, style="fig"),
        P(
            "Chỉ sau 4 phút, toàn bộ học sinh đã được đưa ra khu vực an toàn ở sân trường; lực "
            "lượng chuyên nghiệp đến hiện trường, triển khai xe thang cứu người mắc kẹt và dập tắt "
            "hoàn toàn đám cháy."
        ),
        P(
            "Sau buổi diễn tập, học sinh được hướng dẫn kỹ năng sử dụng bình chữa cháy, cách thoát "
            "hiểm khi có khói và số điện thoại báo cháy 114."
        ),
        Raw('<p style="text-align:right"><em>Tin: Ngọc Hân - Ảnh: Trọng Nghĩa</em></p>'),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-11-14 20:05",
        "ym": "2026/11",
        "changed": "15/11/2026 - 07:30",
        "tac_gia": [],
        "seo": "THCS Nguyễn Huệ diễn tập PCCC và CNCH",
    },
)

# B3 - Hoạt động các trường, only on ?page=1 of its term listing and of /tin-tuc.
B3 = _story(
    id=1191,
    slug="truong-mam-non-son-ca-huong-ung-tuan-le-hoc-tap-suot-doi",
    title="Trường Mầm non Sơn Ca hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="hoat-dong-cac-truong",
    published_at="2026-10-24T09:30:00+07:00",
    summary=(
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026, Trường Mầm non Sơn Ca (phường Sơn Trà) tổ "
        "chức chuỗi hoạt động “Bé cùng ba mẹ đọc sách” và tọa đàm chuyên đề cho giáo viên."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Diệu Linh"],
    blocks=[
        Img(
            styled("max_650x650", "2026-10", "mn-son-ca-be-doc-sach.jpg"),
            "Phụ huynh cùng bé đọc sách tại góc thư viện của lớp Lá 2.",
            "Phụ huynh cùng bé đọc sách tại góc thư viện của lớp Lá 2.",
            style="featured",
        ),
        P(
            "Trong tuần lễ, mỗi lớp bố trí một buổi mời phụ huynh đến đọc truyện cùng trẻ; các "
            "nhóm lớp xây dựng góc sách mở với hơn 600 đầu sách tranh được phụ huynh ủng hộ."
        ),
        P(
            "Đối với giáo viên, nhà trường tổ chức tọa đàm “Giáo viên mầm non học gì trong thời đại "
            "số”, chia sẻ kinh nghiệm tự bồi dưỡng qua các khóa học trực tuyến và ứng dụng công "
            "nghệ trong thiết kế hoạt động cho trẻ."
        ),
        P(
            "Theo cô Hiệu trưởng Trần Thị Mai Anh, hoạt động không chỉ giúp trẻ hình thành thói "
            "quen yêu sách từ sớm mà còn gắn kết nhà trường với gia đình trong việc chăm sóc, giáo "
            "dục trẻ."
        ),
    ],
    opts={
        "type": "tin_tuc",
        "when": "2026-10-24 09:30",
        "ym": "2026/10",
        "changed": "24/10/2026 - 11:02",
        "tac_gia": ["Nguyễn Thị Diệu Linh"],
        "seo": "MN Sơn Ca hưởng ứng Tuần lễ học tập suốt đời",
    },
)

# C1 - Thông báo, page 0; date-only field (datetime attribute T12:00:00Z); the CMS account is
# printed as "Người đăng"; a table of reception days.
C1 = _story(
    id=1250,
    slug="lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-thang-12-2026",
    title="Lịch tiếp công dân định kỳ của Giám đốc Sở tháng 12/2026",
    cat="thong-bao",
    published_at="2026-12-04",
    blocks=[
        P(
            "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Ủy ban nhân dân thành phố, "
            "Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Giám đốc Sở trong "
            "tháng 12/2026 như sau:"
        ),
        P("Thời gian | Người tiếp | Địa điểm", style="th"),
        P("Sáng thứ Năm, 10/12/2026 | Giám đốc Sở | Phòng tiếp công dân, tầng 7", style="tr"),
        P("Sáng thứ Năm, 24/12/2026 | Phó Giám đốc Sở | Phòng tiếp công dân, tầng 7", style="tr"),
        P(
            "Công dân có nhu cầu được tiếp vui lòng đăng ký trước qua Văn phòng Sở, điện thoại "
            "0236.3822.519, hoặc gửi nội dung qua hộp thư điện tử của Sở."
        ),
        P(
            "Trường hợp lịch tiếp có thay đổi do công tác đột xuất, Văn phòng Sở sẽ thông báo trên "
            "Cổng thông tin điện tử ít nhất 01 ngày làm việc."
        ),
    ],
    opts={
        "type": "thong_bao",
        "when": "2026-12-04",
        "changed": "04/12/2026 - 16:32",
        "poster": "vanphong.sgddt",
    },
)

# C2 - Thông báo, page 0; printed as an official document (letterhead table, kind and subject,
# "Nơi nhận" and signer); an attachment.
C2 = _story(
    id=1241,
    slug="ket-qua-xet-tuyen-vong-1-tuyen-dung-vien-chuc-giao-duc-nam-2026",
    title="Thông báo kết quả xét tuyển vòng 1 kỳ tuyển dụng viên chức giáo dục năm 2026",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Lê Thị Minh Phương"],
    blocks=[
        Raw(
            '<table class="tb-vb" style="width:100%;border:none"><tbody><tr>\n'
            '<td style="width:42%;text-align:center">UBND THÀNH PHỐ ĐÀ NẴNG<br>'
            "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 4162/TB-SGDĐT</td>\n"
            '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>"
            "<em>Đà Nẵng, ngày 30 tháng 11 năm 2026</em></td>\n</tr></tbody></table>\n"
            '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
            "<strong>Kết quả xét tuyển vòng 1 kỳ tuyển dụng viên chức giáo dục năm 2026</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 3610/KH-SGDĐT ngày 15/10/2026 của Sở Giáo dục và Đào tạo về tuyển "
            "dụng viên chức giáo dục năm 2026;"
        ),
        P(
            "Căn cứ kết quả kiểm tra phiếu đăng ký dự tuyển của Ban kiểm tra phiếu, Hội đồng tuyển "
            "dụng viên chức giáo dục năm 2026 thông báo:"
        ),
        P(
            "1. Có 1.284/1.352 thí sinh đủ điều kiện tham dự vòng 2 (danh sách kèm theo); 68 thí "
            "sinh không đủ điều kiện do văn bằng không phù hợp với vị trí việc làm đăng ký."
        ),
        P(
            "2. Vòng 2 được tổ chức theo hình thức thực hành giảng dạy từ ngày 14/12/2026 tại các "
            "điểm do Hội đồng tuyển dụng bố trí; lịch chi tiết được gửi đến thí sinh qua thư điện "
            "tử đã đăng ký."
        ),
        P(
            "3. Thí sinh có ý kiến về kết quả vòng 1 gửi đơn về Phòng Tổ chức cán bộ trước 17 giờ "
            "00 ngày 07/12/2026."
        ),
        Raw(
            '<table class="tb-ky" style="width:100%;border:none"><tbody><tr>\n'
            "<td><strong><em>Nơi nhận:</em></strong><br>- Thí sinh dự tuyển;<br>"
            "- Sở Nội vụ (để b/c);<br>- Lưu: VT, TCCB.</td>\n"
            '<td style="text-align:center"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br>'
            "<em>(Đã ký)</em><br><br><strong>Lê Thị Minh Phương</strong></td>\n</tr></tbody></table>"
        ),
    ],
    opts={
        "type": "thong_bao",
        "when": "2026-11-30",
        "changed": "01/12/2026 - 08:15",
        "files": [("danh-sach-du-dieu-kien-vong-2.pdf", "412.6 KB")],
        "poster": "tccb.sgddt",
    },
)

# C3 - Thông báo, page 0 of the term listing, page 1 of the home block; a department signs.
C3 = _story(
    id=1226,
    slug="dieu-chinh-thoi-gian-hoi-thi-giao-vien-day-gioi-cap-thanh-pho-bac-tieu-hoc",
    title="Điều chỉnh thời gian tổ chức Hội thi giáo viên dạy giỏi cấp thành phố bậc tiểu học",
    cat="thong-bao",
    published_at="2026-11-17",
    authors=["Phòng Giáo dục Tiểu học"],
    blocks=[
        P(
            "Do ảnh hưởng của đợt mưa lớn kéo dài trên địa bàn thành phố, Sở Giáo dục và Đào tạo "
            "điều chỉnh thời gian tổ chức Hội thi giáo viên dạy giỏi cấp thành phố bậc tiểu học năm "
            "học 2026-2027."
        ),
        P("Phần thi lý thuyết chuyển sang ngày 28/11/2026 (thứ Bảy), thay cho ngày 21/11/2026.", style="li"),
        P("Phần thi thực hành giảng dạy diễn ra từ ngày 01/12 đến ngày 11/12/2026.", style="li"),
        P(
            "Các nội dung khác giữ nguyên theo Kế hoạch số 3702/KH-SGDĐT. Đề nghị các trường tiểu "
            "học thông báo đến giáo viên dự thi và tạo điều kiện để giáo viên tham gia đầy đủ."
        ),
    ],
    opts={
        "type": "thong_bao",
        "when": "2026-11-17",
        "changed": "17/11/2026 - 14:20",
        "tac_gia": ["Phòng Giáo dục Tiểu học"],
        "poster": "gdth.sgddt",
    },
)

# C4 - Thông báo, only on ?page=1 of the term listing (and the home block's ?page=0%2C1); an
# emoji typed as text; a "👉" drawn as a picture bullet.
C4 = _story(
    id=1203,
    slug="dang-ky-du-cuoc-thi-khoa-hoc-ky-thuat-cap-thanh-pho-nam-hoc-2026-2027",
    title=(
        "Thông báo về việc đăng ký dự Cuộc thi Khoa học kỹ thuật cấp thành phố dành cho học sinh "
        "trung học năm học 2026-2027"
    ),
    cat="thong-bao",
    published_at="2026-11-03",
    blocks=[
        P(
            "Sở Giáo dục và Đào tạo thông báo đến các trường trung học cơ sở, trung học phổ thông "
            "và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên về việc đăng ký dự Cuộc thi "
            "Khoa học kỹ thuật cấp thành phố năm học 2026-2027."
        ),
        P(
            "Mỗi đơn vị đăng ký tối đa 06 dự án thuộc 22 lĩnh vực theo quy định của Bộ Giáo dục và "
            "Đào tạo; mỗi dự án có không quá 02 học sinh và 01 giáo viên hướng dẫn."
        ),
        P("👉 Hạn cuối nhận hồ sơ: 17h00 ngày 25/11/2026."),
        P("Hồ sơ nộp trực tuyến qua Hệ thống quản lý cuộc thi, không nhận hồ sơ giấy.", style="imgbullet"),
        P(
            "Vòng chung kết dự kiến tổ chức tại Trường THPT chuyên Lê Quý Đôn trong tháng 01/2027. "
            "Mọi thắc mắc liên hệ Phòng Giáo dục Trung học, điện thoại 0236.3890.231."
        ),
    ],
    opts={"type": "thong_bao", "when": "2026-11-03", "changed": "05/11/2026 - 09:00", "poster": "gdtrh.sgddt"},
)

BY_ID = {s.id: s for s in STORIES}

# --- dates as Drupal prints them -----------------------------------------------------------------

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _when(story: Story) -> datetime:
    value = story.opts["when"]
    fmt = "%Y-%m-%d %H:%M" if " " in value else "%Y-%m-%d"
    return datetime.strptime(value, fmt)


def date_only(story: Story) -> bool:
    return " " not in story.opts["when"]


def iso_attr(story: Story) -> str:
    """The ``datetime`` attribute of Drupal's <time>: UTC with a Z; noon for a date-only field."""
    local = _when(story)
    if date_only(story):
        return local.strftime("%Y-%m-%dT12:00:00Z")
    return (local - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def date_full(story: Story) -> str:
    """Custom date format "l, d/m/Y - H:i" (or "l, d/m/Y" for a date-only field), translated."""
    local = _when(story)
    day = f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y}"
    return day if date_only(story) else f"{day} - {local:%H:%M}"


def date_short(story: Story) -> str:
    return f"{_when(story):%d/%m/%Y}"


def time_tag(story: Story, label: str) -> str:
    return f'<time datetime="{iso_attr(story)}" class="datetime">{label}</time>'


# --- paths ----------------------------------------------------------------------------------


def story_path(story: Story) -> str:
    if story.opts["type"] == "thong_bao":
        return f"/thong-bao/{story.slug}"
    return f"/tin-tuc/{story.opts['ym']}/{story.slug}"


def term_path(key: str) -> str:
    return f"/chuyen-muc/{key}"


def newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (_when(s), s.id), reverse=True)


def in_term(key: str) -> list[Story]:
    return newest_first([s for s in STORIES if s.cat == key])


def news_items() -> list[Story]:
    return newest_first([s for s in STORIES if s.opts["type"] == "tin_tuc"])


def notice_items() -> list[Story]:
    return newest_first([s for s in STORIES if s.opts["type"] == "thong_bao"])


def thumb(story: Story) -> str:
    """The teaser's thumbnail: a 16:9 derivative of the featured image (or of the embedded one)."""
    for img in story.images:
        if img.style == "featured":
            rel = img.src.split("/public/", 1)[1].split("?", 1)[0]
            ym, name = rel.split("/", 1)
            return styled("anh_tin_360x203", ym, name)
    if "featured_thumb" in story.opts:
        return styled("anh_tin_360x203", *story.opts["featured_thumb"])
    return f"{THEME}/images/thongbao-icon.png"


# --- the chrome of the Olivero sub-theme ----------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        [("Giới thiệu chung", "/gioi-thieu"), ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so")],
    ),
    (
        "Tin tức",
        "/tin-tuc",
        [
            ("Tin hoạt động", term_path("tin-hoat-dong")),
            ("Hoạt động các trường", term_path("hoat-dong-cac-truong")),
        ],
    ),
    ("Thông báo", term_path("thong-bao"), []),
    ("Văn bản", "/van-ban", []),
    (
        "Dịch vụ công",
        "https://dichvucong.danang.gov.vn",
        [
            ("Cổng dịch vụ công thành phố", "https://dichvucong.danang.gov.vn"),
            ("Tuyển sinh đầu cấp trực tuyến", "https://tuyensinh.danang.gov.vn"),
        ],
    ),
    ("Liên hệ", "/lien-he", []),
]


def _menu() -> str:
    items = []
    for n, (label, href, children) in enumerate(MENU, 1):
        if not children:
            items.append(
                '<li class="primary-nav__menu-item primary-nav__menu-item--link '
                'primary-nav__menu-item--level-1">'
                f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link '
                'primary-nav__menu-link--level-1" data-drupal-link-system-path="'
                f'{"&lt;front&gt;" if href == "/" else href.lstrip("/")}">'
                '<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">'
                f"{esc(label)}</span></a></li>"
            )
            continue
        subs = "".join(
            '<li class="primary-nav__menu-item primary-nav__menu-item--link '
            'primary-nav__menu-item--level-2">'
            f'<a href="{c_href}" class="primary-nav__menu-link primary-nav__menu-link--link '
            f'primary-nav__menu-link--level-2">'
            '<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-2">'
            f"{esc(c_label)}</span></a></li>"
            for c_label, c_href in children
        )
        items.append(
            '<li class="primary-nav__menu-item primary-nav__menu-item--link '
            'primary-nav__menu-item--level-1 primary-nav__menu-item--has-children" '
            'data-drupal-selector="primary-nav-menu-item-has-children">'
            f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link '
            'primary-nav__menu-link--level-1 primary-nav__menu-link--has-children" '
            'data-drupal-selector="primary-nav-menu-link-has-children">'
            '<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">'
            f"{esc(label)}</span></a>"
            '<button class="primary-nav__button-toggle" data-drupal-selector='
            f'"primary-nav-submenu-toggle-button" aria-controls="primary-menu-item-{n}" '
            'aria-expanded="false" aria-hidden="true" tabindex="-1">'
            f'<span class="visually-hidden">{esc(label)} sub-navigation</span>'
            '<span class="icon--menu-toggle"></span></button>'
            '<span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>'
            '<ul class="menu primary-nav__menu primary-nav__menu--level-2" data-drupal-selector='
            f'"primary-nav-menu--level-2" id="primary-menu-item-{n}">{subs}</ul></li>'
        )
    return (
        '<nav role="navigation" aria-labelledby="block-dnedu-main-menu-menu" '
        'id="block-dnedu-main-menu" class="primary-nav block block-menu navigation menu--main">'
        '<h2 class="visually-hidden block__title" id="block-dnedu-main-menu-menu">Main navigation'
        '</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" '
        'data-drupal-selector="primary-nav-menu--level-1">' + "".join(items) + "</ul></nav>"
    )


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    """Olivero's breadcrumb (Easy Breadcrumb fills it from the path's segments)."""
    items = []
    for label, href in crumbs:
        inner = (
            f'<a href="{href}" class="breadcrumb__link">{esc(label)}</a>' if href else esc(label)
        )
        items.append(f'<li class="breadcrumb__item">{inner}</li>')
    return (
        '<div id="block-dnedu-breadcrumbs" class="block block-system '
        'block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" '
        'aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">'
        'Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">'
        + "".join(items)
        + "</ol></div></nav></div>"
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{story_path(s)}" hreflang="vi">{esc(s.title)}</a> '
        f'<span class="tbm-ngay">({date_short(s)})</span></li>'
        for s in notice_items()[:2]
    )
    most_read = "".join(
        f'<div class="views-row"><span class="views-field views-field-title"><span '
        f'class="field-content"><a href="{story_path(s)}" hreflang="vi">{esc(s.title)}</a></span>'
        f'</span><span class="views-field views-field-totalcount"> ({s.views()} lượt xem)</span>'
        "</div>"
        for s in (A3, A1, B1)
    )
    return f"""
<aside class="region region--sidebar" role="complementary">
 <div id="block-dnedu-views-block-thong-bao-moi-block-2" class="views-element-container block block-views block-views-blockthong-bao-moi-block-2">
  <h2 class="block__title">Thông báo mới</h2>
  <div class="block__content"><div class="view view-thong-bao-moi view-id-thong_bao_moi view-display-id-block_2"><div class="view-content"><ul class="tbm-ds">{notices}</ul></div></div></div>
 </div>
 <div id="block-dnedu-views-block-doc-nhieu-block-1" class="views-element-container block block-views block-views-blockdoc-nhieu-block-1">
  <h2 class="block__title">Đọc nhiều</h2>
  <div class="block__content"><div class="view view-doc-nhieu view-id-doc_nhieu view-display-id-block_1"><div class="view-content">{most_read}</div></div></div>
 </div>
 <div id="block-dnedu-lienketwebsite" class="block block-block-content block-block-content4f6a0d2e-11c8-4b3d-9a57-2e5d9f0c7b31">
  <h2 class="block__title">Liên kết website</h2>
  <div class="block__content"><div class="clearfix text-content field field--name-body field--type-text-with-summary field--label-hidden field__item">
   <p><a href="https://moet.gov.vn" target="_blank"><img src="{FILES}/banner/banner-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" width="260" height="70"></a></p>
   <p><a href="https://danang.gov.vn" target="_blank"><img src="{FILES}/banner/banner-cttdt-danang.png" alt="Cổng thông tin điện tử thành phố Đà Nẵng" width="260" height="70"></a></p>
   <select onchange="window.open(this.value)" class="lk-chon"><option value="">-- Các trường trực thuộc --</option><option value="https://thptlequydon.danang.edu.vn">THPT chuyên Lê Quý Đôn</option><option value="https://thptphanchautrinh.danang.edu.vn">THPT Phan Châu Trinh</option></select>
  </div></div>
 </div>
 <div id="block-dnedu-thamdoykien" class="block block-poll block-poll-recent-block">
  <h2 class="block__title">Thăm dò ý kiến</h2>
  <div class="block__content"><form class="poll-view-form" action="/poll/3" method="post" id="poll-view-form-3" accept-charset="UTF-8">
   <p class="poll-question">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
   <div class="form-radios"><label><input type="radio" name="choice" value="7"> Rất dễ sử dụng</label><br><label><input type="radio" name="choice" value="8"> Dễ sử dụng</label><br><label><input type="radio" name="choice" value="9"> Khó tìm thông tin</label></div>
   <input type="hidden" name="form_build_id" value="form-Yk3b0Q8nZ2pXc1mV7rT4sLw9uE6aD5hJ"><input type="hidden" name="form_id" value="poll_view_form_3">
   <input class="button js-form-submit form-submit" type="submit" name="op" value="Bình chọn">
  </form></div>
 </div>
 <div id="block-dnedu-thongketruycap" class="block block-dnedu-counter">
  <h2 class="block__title">Thống kê truy cập</h2>
  <div class="block__content"><ul class="tk-truycap"><li>Đang online: <b>137</b></li><li>Hôm nay: <b>4.218</b></li><li>Tổng truy cập: <b>18.604.552</b></li></ul></div>
 </div>
</aside>"""


def _settings(request: Request, current: str, extra: str = "") -> str:
    return (
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        '{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"'
        + current
        + '","currentPathIsAdmin":false,"isFront":'
        + ("true" if current == "node" else "false")
        + ',"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
        '"ajaxPageState":{"libraries":"eJx9jkEOwyAMBD_EwJ-QQxYFCTDCpmp_X5JDDq3Uiz270kjrzyjQ5nBhKIe7YnjsKMvbrsU","theme":"dnedu",'
        '"theme_token":null},"ajaxTrustedUrl":[]' + extra + "}</script>"
    )


def page(
    request: Request,
    *,
    title: str,
    head_title: str,
    body_class: str,
    crumbs: list[tuple[str, str | None]] | None,
    main: str,
    current: str,
    canonical: str | None = None,
    shortlink: str | None = None,
    meta: str = "",
    settings_extra: str = "",
    page_title_block: bool = True,
) -> Response:
    base = base_url(request)
    links = ""
    if canonical:
        links += f'<link rel="canonical" href="{base}{canonical}" />\n'
    if shortlink:
        links += f'<link rel="shortlink" href="{base}{shortlink}" />\n'
    title_block = (
        '<div class="region region--content-above grid-full layout--pass--content-medium">'
        '<div id="block-dnedu-page-title" class="block block-core block-page-title-block">'
        f'<h1 class="title page-title">{title}</h1></div></div>'
        if page_title_block
        else ""
    )
    crumbs_html = (
        '<div class="region region--breadcrumb grid-full layout--pass--content-medium">'
        + breadcrumb(crumbs)
        + "</div>"
        if crumbs
        else ""
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:211;--color--primary-saturation:72%;--color--primary-lightness:38">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{meta}{links}<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{head_title}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qk8sYdL3v0fJ2mX9.css?delta=0&amp;language=vi&amp;theme=dnedu&amp;include=eJx9" />
<link rel="stylesheet" media="all" href="{THEME}/css/dnedu.css?t4xk2b" />
<script src="/core/misc/touchevents-test.js?v=10.2.5"></script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
<div id="page">
<div class="thanh-tren"><div class="container"><span class="tt-ngay">{HEADER_DAY}</span>
 <span class="tt-hotline">Đường dây nóng: 0236.3822.519</span>
 <a href="/user/login" rel="nofollow" class="tt-dangnhap">Đăng nhập</a></div></div>
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container">
<div id="block-dnedu-site-branding" class="site-branding block block-system block-system-branding-block">
 <div class="site-branding__inner">
  <a href="/" rel="home" class="site-branding__logo"><img src="{FILES}/logo-sgddt-danang.png" alt="Trang chủ" fetchpriority="high" /></a>
  <div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{esc(SITE_NAME)}</a></div>
  <div class="site-branding__slogan">Cổng thông tin điện tử</div></div>
 </div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
{_menu()}
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-dnedu-search-form-wide" role="search">
 <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Tìm kiếm</label>
  <input title="Nhập từ khóa cần tìm." placeholder="Tìm kiếm..." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div>
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" /></div>
 </form>
</div>
</div>
</div></div></div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="sidebar-grid grid-full">
<main role="main" class="site-main">
{crumbs_html}
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
{title_block}
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main">
{main}
</div>
</main>
{_sidebar()}
</div>
</div>
</div>
</div>
</div>
<footer class="site-footer">
<div class="site-footer__inner container">
<div class="region region--footer-top grid-full layout--pass--content-medium">
<div id="block-dnedu-thongtinchantrang" class="block block-block-content block-block-content9a1c4e77-0b5d-4e21-8f33-6d2a1b7c5e90">
<div class="clearfix text-content field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG</strong></p>
<p>Địa chỉ: Tầng 7, Trung tâm Hành chính thành phố, số 24 Trần Phú, phường Hải Châu, thành phố Đà Nẵng</p>
<p>Điện thoại: 0236.3822.519 - Fax: 0236.3826.021 - Email: sgddt@danang.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p>© 2026 Sở Giáo dục và Đào tạo thành phố Đà Nẵng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></div>
<nav role="navigation" aria-labelledby="block-dnedu-footer-menu" id="block-dnedu-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-dnedu-footer-menu">Footer</h2>
<ul class="menu"><li class="menu__item"><a href="/gioi-thieu">Giới thiệu</a></li><li class="menu__item"><a href="/lien-he">Liên hệ</a></li><li class="menu__item"><a href="https://www.facebook.com/sgddtdanang" target="_blank">Facebook</a></li><li class="menu__item"><a href="https://www.youtube.com/@sgddtdanang" target="_blank">YouTube</a></li></ul></nav>
</div>
</div>
</footer>
</div>
</div>
</div>
{_settings(request, current, settings_extra)}
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/core/misc/drupal.js?v=10.2.5"></script>
<script src="/modules/contrib/views_infinite_scroll/js/infinite-scroll.js?v=10.2.5"></script>
<script src="{THEME}/js/dnedu.js?t4xk2b"></script>
</body>
</html>
"""
    return html(doc, headers={"X-Generator": "Drupal 10 (https://www.drupal.org)", "X-Drupal-Cache": "HIT"})


# --- the node's text (CKEditor 5 output through Drupal's filters) --------------------------------


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _t(story: Story, value: str) -> str:
    """A piece of the story's text as the editor stored it."""
    out = text(value, nfd=bool(story.opts.get("nfd")))
    if story.opts.get("nfd"):
        # pasted from Word on a Mac: decomposed marks and a hard space after each sentence
        out = out.replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;")
    return out


def _img_tag(img: Img, alt: str, extra: str = "") -> str:
    return (
        f'<img loading="lazy" src="{esc(img.src)}" width="800" height="533" alt="{esc(alt)}"{extra} />'
    )


def _inline_image(story: Story, img: Img) -> str:
    alt = img.caption or story.title
    uuid = _uuid(img.src)
    if img.style == "fig":
        tag = _img_tag(img, alt, f' data-entity-uuid="{uuid}" data-entity-type="file"')
        if img.printed is None:
            return f'<p style="text-align:center">{tag}</p>'
        return (
            f'<figure role="group" class="caption caption-img align-center">{tag}'
            f"<figcaption>{_t(story, img.printed)}</figcaption></figure>"
        )
    if img.style == "media":
        media = (
            '<article class="media media--type-image media--view-mode-default">'
            '<div class="field field--name-field-media-image field--type-image '
            'field--label-visually_hidden"><div class="field__label visually-hidden">Hình ảnh'
            f'</div><div class="field__item">{_img_tag(img, alt)}</div></div></article>'
        )
        if img.printed is None:
            return f'<div data-align="center">{media}</div>'
        return (
            f'<figure role="group" class="caption caption-drupal-media align-center">{media}'
            f"<figcaption>{_t(story, img.printed)}</figcaption></figure>"
        )
    # "bare": the old habit kept in CKEditor 5 — a centred picture, an italic line under it
    tag = _img_tag(img, alt, f' data-entity-uuid="{uuid}" data-entity-type="file"')
    out = f'<p style="text-align:center">{tag}</p>'
    if img.printed is not None:
        out += f'\n<p style="text-align:center"><em>{_t(story, img.printed)}</em></p>'
    return out


def render_text(story: Story) -> str:
    """The body field's markup, blocks in order (the featured image is printed elsewhere)."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "featured")]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_inline_image(story, block))
        elif block.style in ("li", "oli"):
            tag = "ul" if block.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{_t(story, c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<figure class="table"><table style="width:100%" border="1" cellpadding="4">'
                "<tbody>" + "".join(rows) + "</tbody></table></figure>"
            )
            continue
        elif block.style == "bold":
            out.append(f"<p><strong>{_t(story, block.text)}</strong></p>")
        elif block.style == "h3":
            out.append(f"<h3>{_t(story, block.text)}</h3>")
        elif block.style == "quote":
            out.append(f"<blockquote><p><em>{_t(story, block.text)}</em></p></blockquote>")
        elif block.style == "brjoin":
            out[-1] = out[-1].removesuffix("</p>") + f"<br>{_t(story, block.text)}</p>"
        elif block.style == "imgbullet":
            out.append(
                f'<p><img src="{FILES}/2026-11/icon-tay-chi.png" alt="👉" width="16" height="16"'
                f' data-entity-type="file" data-entity-uuid="{_uuid("bullet")}" /> '
                f"{_t(story, block.text)}</p>"
            )
        else:
            style = ' style="text-align:justify"' if story.id % 2 else ""
            out.append(f"<p{style}>{_t(story, block.text)}</p>")
        i += 1
    return "\n".join(out)


def _featured(story: Story) -> str:
    for img in story.images:
        if img.style != "featured":
            continue
        out = (
            '<div class="field field--name-field-anh-dai-dien field--type-image '
            'field--label-hidden field__item ttct-anhdd">'
            f'<img loading="lazy" src="{esc(img.src)}" width="650" height="433" '
            f'alt="{esc(story.title)}" class="image-style-max-650x650" /></div>'
        )
        if img.printed:
            out += (
                '<div class="field field--name-field-chu-thich-anh field--type-string '
                f'field--label-hidden field__item ttct-chuthich">{_t(story, img.printed)}</div>'
            )
        return out
    return ""


def _field_inline(name: str, label: str, items: list[str], extra_class: str = "") -> str:
    if not items:
        return ""
    inner = "".join(f'<div class="field__item">{v}</div>' for v in items)
    if len(items) > 1:
        inner = f'<div class="field__items">{inner}</div>'
    return (
        f'<div class="field field--name-{name} field--type-string field--label-inline clearfix'
        f'{" " + extra_class if extra_class else ""}"><div class="field__label">{label}</div>'
        f"{inner}</div>"
    )


def _files(story: Story) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    ym = f"{_when(story):%Y-%m}"
    items = "".join(
        '<div class="field__item"><span class="file file--mime-application-pdf '
        f'file--application-pdf"><a href="{FILES}/{ym}/{name}" type="application/pdf" '
        f'title="{name}">{name}</a></span> <span class="file__size">({size})</span></div>'
        for name, size in files
    )
    return (
        '<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above">'
        f'<div class="field__label">Tệp đính kèm</div><div class="field__items">{items}</div></div>'
    )


def _share(request: Request, story: Story) -> str:
    url = base_url(request) + story_path(story)
    return (
        '<div class="ttct-congcu"><span class="a2a_kit a2a_kit_size_24 addtoany_list" '
        f'data-a2a-url="{url}" data-a2a-title="{esc(story.title)}">'
        '<a class="a2a_button_facebook"></a><a class="a2a_button_zalo"></a>'
        f'<a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={url}">'
        '<img src="/modules/contrib/addtoany/images/share.svg" alt="Chia sẻ" width="24" '
        'height="24"></a></span>'
        '<a href="javascript:window.print()" class="ttct-inbai" rel="nofollow">In bài</a>'
        '<a href="mailto:?subject=' + esc(story.title) + '" class="ttct-guimail">Gửi email</a>'
        "</div>"
    )


def related(story: Story) -> list[Story]:
    """"Tin liên quan": other nodes of the term that the view's first page shows."""
    term = TERMS[story.cat]
    first = in_term(story.cat)[: term.per_page]
    return [s for s in first if s.id != story.id][:2]


def _related_block(story: Story) -> str:
    rows = "".join(
        f'<div class="views-row"><article data-history-node-id="{s.id}" class="node '
        f'node--type-{s.opts["type"].replace("_", "-")} node--view-mode-tieu-de-ngay tlq-item">'
        f'<h3 class="node__title"><a href="{story_path(s)}" rel="bookmark"><span class="field '
        f'field--name-title field--type-string field--label-hidden">{esc(s.title)}</span></a>'
        f'</h3><span class="tlq-ngay">{time_tag(s, date_short(s))}</span></article></div>'
        for s in related(story)
    )
    return (
        '<div class="views-element-container block block-views '
        'block-views-blocktin-lien-quan-block-1" id="block-dnedu-views-block-tin-lien-quan-block-1">'
        '<h2 class="block__title">Tin liên quan</h2><div class="block__content">'
        '<div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-block_1 '
        f'js-view-dom-id-{hashlib.md5(str(story.id).encode()).hexdigest()}">'
        f'<div class="view-content">{rows}</div></div></div></div>'
    )


def node_page(request: Request, story: Story) -> Response:
    kind = story.opts["type"]
    path = story_path(story)
    term = TERMS[story.cat]
    if kind == "tin_tuc":
        year, month = story.opts["ym"].split("/")
        crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (year, None), (month, None),
                  (story.title, None)]
        date_field = (
            '<div class="field field--name-field-ngay-dang field--type-datetime '
            f'field--label-hidden field__item ttct-ngay">{time_tag(story, date_full(story))}</div>'
        )
    else:
        crumbs = [("Trang chủ", "/"), ("Thông báo", "/thong-bao"), (story.title, None)]
        date_field = (
            '<div class="field field--name-field-ngay-thong-bao field--type-datetime '
            'field--label-inline clearfix"><div class="field__label">Ngày đăng</div>'
            f'<div class="field__item">{time_tag(story, date_full(story))}</div></div>'
        )
    term_field = (
        '<div class="field field--name-field-chuyen-muc field--type-entity-reference '
        'field--label-inline clearfix"><div class="field__label">Chuyên mục</div>'
        f'<div class="field__item"><a href="{term_path(term.key)}" hreflang="vi">{esc(term.name)}'
        "</a></div></div>"
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = (
            '<div class="field field--name-field-tom-tat field--type-string-long '
            f'field--label-hidden field__item ttct-sapo">{_t(story, story.summary)}</div>'
        )
    tac_gia = _field_inline("field-tac-gia", "Tác giả", [esc(a) for a in story.opts.get("tac_gia", [])],
                            "ttct-tacgia")
    nguon = _field_inline("field-nguon", "Nguồn", [esc(story.opts["nguon"])] if story.opts.get("nguon") else [])
    poster = (
        f'<div class="ttct-nguoidang">Người đăng: {esc(story.opts["poster"])}</div>'
        if story.opts.get("poster")
        else ""
    )
    node_type = kind.replace("_", "-")
    main = f"""<div id="block-dnedu-content" class="block block-system block-system-main-block">
<article data-history-node-id="{story.id}" class="node node--type-{node_type} node--promoted node--view-mode-full">
<header class="ttct-dau">
<div class="node__meta ttct-meta">{date_field}{term_field}
<span class="ttct-luotxem">Lượt xem: {story.views()}</span></div>
</header>
<div class="node__content">
{sapo}
{_featured(story)}
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{render_text(story)}
</div>
{tac_gia}
{nguon}
{_files(story)}
{poster}
<div class="ttct-capnhat">Cập nhật lần cuối: {story.opts["changed"]}</div>
{_share(request, story)}
</div>
</article>
</div>
{_related_block(story)}"""
    first_p = next((b.text for b in story.blocks if isinstance(b, P)), "")
    desc = story.summary or first_p
    og_title = story.opts.get("seo", story.title)
    meta = (
        f'<meta name="description" content="{esc(desc[:250])}" />\n'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base_url(request)}{path}" />\n'
        f'<meta property="og:title" content="{esc(og_title)}" />\n'
    )
    feat = next((i for i in story.images if i.style == "featured"), None)
    if feat:
        meta += f'<meta property="og:image" content="{base_url(request)}{esc(feat.src)}" />\n'
    meta += f'<meta property="article:published_time" content="{iso_attr(story)}" />\n'
    return page(
        request,
        title=(
            '<span class="field field--name-title field--type-string field--label-hidden">'
            f"{esc(story.title)}</span>"
        ),
        head_title=f"{esc(og_title)} | Sở GD&amp;ĐT Đà Nẵng",
        body_class=f"path-node page-node-type-{node_type}",
        crumbs=crumbs,
        main=main,
        current=f"node/{story.id}",
        canonical=path,
        shortlink=f"/node/{story.id}",
        meta=meta,
    )


# --- Views listings with the "Xem thêm" load-more pager -------------------------------------------


def teaser(story: Story, heading: str = "h2") -> str:
    node_type = story.opts["type"].replace("_", "-")
    path = story_path(story)
    if story.opts["type"] == "thong_bao":
        return (
            f'<div class="views-row"><article data-history-node-id="{story.id}" class="node '
            f'node--type-{node_type} node--view-mode-teaser tb-teaser">'
            f'<{heading} class="node__title"><a href="{path}" rel="bookmark"><span class="field '
            f'field--name-title field--type-string field--label-hidden">{esc(story.title)}</span>'
            f"</a></{heading}><div class=\"tb-teaser__ngay\">Ngày đăng: "
            f"{time_tag(story, date_short(story))}</div></article></div>"
        )
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(lead) > 180:
        lead = lead[:180].rsplit(" ", 1)[0] + "…"
    return (
        f'<div class="views-row"><article data-history-node-id="{story.id}" class="node '
        f'node--type-{node_type} node--promoted node--view-mode-teaser tin-teaser">'
        f'<div class="tin-teaser__anh"><a href="{path}" hreflang="vi"><img loading="lazy" '
        f'src="{esc(thumb(story))}" width="360" height="203" alt="{esc(story.title)}" '
        'class="image-style-anh-tin-360x203" /></a></div><div class="tin-teaser__nd">'
        f'<{heading} class="node__title"><a href="{path}" rel="bookmark"><span class="field '
        f'field--name-title field--type-string field--label-hidden">{esc(story.title)}</span></a>'
        f'</{heading}><div class="tin-teaser__ngay">{time_tag(story, date_short(story))}</div>'
        '<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden '
        f'field__item">{esc(lead)}</div><ul class="links inline"><li class="node-readmore">'
        f'<a href="{path}" rel="tag" title="{esc(story.title)}" hreflang="vi">Xem thêm'
        f'<span class="visually-hidden"> về {esc(story.title)}</span></a></li></ul>'
        "</div></article></div>"
    )


def pager(next_query: str | None) -> str:
    """views_infinite_scroll's pager template: one "Xem thêm" button with a real href."""
    if next_query is None:
        return ""
    return (
        '<ul class="js-pager__items pager" data-drupal-views-infinite-scroll-pager>'
        '<li class="pager__item"><a class="button" href="?'
        + next_query
        + '" title="Tải thêm tin" rel="next">Xem thêm</a></li></ul>'
    )


def view_block(
    view_id: str, display: str, rows: str, next_query: str | None, empty: str = "Chưa có tin bài."
) -> str:
    dom = hashlib.md5((view_id + display).encode()).hexdigest()
    css = view_id.replace("_", "-")
    content = f'<div class="view-content">{rows}</div>' if rows else f'<div class="view-empty">{empty}</div>'
    return (
        f'<div class="views-element-container"><div class="view view-{css} view-id-{view_id} '
        f'view-display-id-{display} js-view-dom-id-{dom}">{content}{pager(next_query)}</div></div>'
    )


def page_numbers(request: Request, elements: int) -> list[int]:
    """Drupal's pager state: ``page=a,b`` gives each pager element its page (zero-based)."""
    raw = request.params.get("page", "")
    pages = []
    for part in raw.split(",")[:elements] if raw else []:
        try:
            pages.append(max(0, int(part.strip())))
        except ValueError:
            pages.append(0)
    return pages + [0] * (elements - len(pages))


def pager_query(pages: list[int], element: int) -> str:
    """The next-page query of one element, as Drupal's PagerManager builds it (comma as %2C)."""
    new = list(pages)
    new[element] += 1
    if len(new) == 1:
        return f"page={new[0]}"
    return "page=" + "%2C".join(str(p) for p in new)


def _slice(items: list[Story], page_no: int, per_page: int) -> tuple[list[Story], bool]:
    chunk = items[page_no * per_page : (page_no + 1) * per_page]
    return chunk, len(items) > (page_no + 1) * per_page


def term_page(request: Request, term: Term) -> Response:
    (page_no,) = page_numbers(request, 1)
    items, more = _slice(in_term(term.key), page_no, term.per_page)
    rows = "".join(teaser(s) for s in items)
    body = (
        f'<div class="taxonomy-term-description ttcm-mota"><p>{esc(term.description)}</p></div>'
        + view_block(
            "tin_theo_chuyen_muc", "page_1", rows, pager_query([page_no], 0) if more else None
        )
    )
    extra = (
        ',"views":{"ajax_path":"\\/views\\/ajax","ajaxViews":{"views_dom_id:'
        + hashlib.md5(b"tin_theo_chuyen_mucpage_1").hexdigest()
        + '":{"view_name":"tin_theo_chuyen_muc","view_display_id":"page_1","view_args":"'
        + str(term.tid)
        + '","view_path":"\\/taxonomy\\/term\\/'
        + str(term.tid)
        + '","view_base_path":"taxonomy\\/term\\/%","pager_element":0}}}'
    )
    return page(
        request,
        title=esc(term.name),
        head_title=f"{esc(term.name)} | Sở GD&amp;ĐT Đà Nẵng",
        body_class="path-taxonomy",
        crumbs=[("Trang chủ", "/"), (term.name, None)],
        main=f'<div id="block-dnedu-content" class="block block-system block-system-main-block">{body}</div>',
        current=f"taxonomy/term/{term.tid}",
        canonical=term_path(term.key),
        settings_extra=extra,
    )


NEWS_PER_PAGE = 5


def news_view_page(request: Request) -> Response:
    (page_no,) = page_numbers(request, 1)
    items, more = _slice(news_items(), page_no, NEWS_PER_PAGE)
    rows = "".join(teaser(s) for s in items)
    main = view_block("tin_tuc", "page_1", rows, pager_query([page_no], 0) if more else None)
    return page(
        request,
        title="Tin tức",
        head_title="Tin tức | Sở GD&amp;ĐT Đà Nẵng",
        body_class="path-tin-tuc",
        crumbs=[("Trang chủ", "/"), ("Tin tức", None)],
        main=main,
        current="tin-tuc",
    )


HOME_NEWS = 5
HOME_NOTICES = 2


def home_page(request: Request) -> Response:
    pages = page_numbers(request, 2)
    news, news_more = _slice(news_items(), pages[0], HOME_NEWS)
    notes, notes_more = _slice(notice_items(), pages[1], HOME_NOTICES)
    slides = "".join(
        f'<div class="slide-item"><a href="{story_path(s)}"><img src="{esc(thumb(s).replace("anh_tin_360x203", "slide_1200x600"))}" '
        f'alt="{esc(s.title)}" width="1200" height="600"></a><div class="slide-tieude">'
        f'<a href="{story_path(s)}">{esc(s.title)}</a></div></div>'
        for s in (A1, A3)
    )
    docs = "".join(
        f'<li><a href="{d.path}">{esc(d.number)}</a> - {esc(d.title)}</li>' for d in DOCS
    )
    main = f"""<div class="trangchu-noibat block"><h2 class="block__title">Tin nổi bật</h2>
<div class="slick-noibat">{slides}</div></div>
<div id="block-dnedu-views-block-tin-tuc-block-1" class="block block-views block-views-blocktin-tuc-block-1">
<h2 class="block__title"><a href="/tin-tuc">Tin tức - Sự kiện</a></h2>
{view_block("tin_tuc", "block_1", "".join(teaser(s, "h3") for s in news), pager_query(pages, 0) if news_more else None)}
</div>
<div id="block-dnedu-views-block-thong-bao-block-1" class="block block-views block-views-blockthong-bao-block-1">
<h2 class="block__title"><a href="{term_path("thong-bao")}">Thông báo</a></h2>
{view_block("thong_bao", "block_1", "".join(teaser(s, "h3") for s in notes), pager_query(pages, 1) if notes_more else None)}
</div>
<div id="block-dnedu-vanbanmoi" class="block block-views"><h2 class="block__title"><a href="/van-ban">Văn bản mới</a></h2>
<ul class="vbm-ds">{docs}</ul></div>
<div class="trangchu-banner"><a href="https://hocbaso.danang.edu.vn" target="_blank"><img src="{FILES}/banner/hoc-ba-so.png" alt="Học bạ số" width="780" height="120"></a></div>"""
    return page(
        request,
        title="Trang chủ",
        head_title=f"{esc(SITE_NAME)} | Cổng thông tin điện tử",
        body_class="path-frontpage",
        crumbs=None,
        main=main,
        current="node",
        canonical="/",
        meta=f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE_NAME)}" />\n',
        page_title_block=False,
    )


# --- documents (node type van_ban) and basic pages: not articles -----------------------------------


@dataclass(frozen=True)
class Doc:
    nid: int
    slug: str
    number: str
    kind: str
    title: str
    issued: str
    signer: str
    excerpt: str
    file: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}"


DOCS = [
    Doc(
        1243,
        "ke-hoach-so-4127-kh-sgddt-trien-khai-thang-hanh-dong-phong-chong-bao-luc-hoc-duong",
        "4127/KH-SGDĐT",
        "Kế hoạch",
        "Triển khai Tháng hành động phòng, chống bạo lực học đường năm 2026",
        "2026-11-27",
        "Nguyễn Thanh Bình",
        "Kế hoạch triển khai Tháng hành động phòng, chống bạo lực học đường trong các cơ sở giáo "
        "dục trên địa bàn thành phố từ ngày 01/12 đến ngày 31/12/2026.",
        "4127-kh-sgddt-thang-hanh-dong-pcblhd.pdf",
    ),
    Doc(
        1232,
        "cong-van-so-3985-sgddt-gdtrh-huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i",
        "3985/SGDĐT-GDTrH",
        "Công văn",
        "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 cấp trung học",
        "2026-11-20",
        "Lê Thị Minh Phương",
        "Hướng dẫn các trường trung học tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I theo "
        "Thông tư số 22/2021/TT-BGDĐT và các văn bản sửa đổi, bổ sung.",
        "3985-sgddt-gdtrh-kiem-tra-cuoi-hk1.pdf",
    ),
]
DOC_BY_ID = {d.nid: d for d in DOCS}


def doc_page(request: Request, doc: Doc) -> Response:
    issued = datetime.strptime(doc.issued, "%Y-%m-%d")
    ym = f"{issued:%Y-%m}"
    day = date(issued.year, issued.month, issued.day)
    rows = [
        ("Số/Ký hiệu", esc(doc.number)),
        ("Loại văn bản", esc(doc.kind)),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Ngày ban hành", f'<time datetime="{day:%Y-%m-%d}T12:00:00Z" class="datetime">{day:%d/%m/%Y}</time>'),
        ("Người ký", esc(doc.signer)),
        ("Trích yếu", esc(doc.excerpt)),
    ]
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    main = f"""<div id="block-dnedu-content" class="block block-system block-system-main-block">
<article data-history-node-id="{doc.nid}" class="node node--type-van-ban node--view-mode-full">
<div class="node__content"><table class="vb-thongtin">{table}</table>
<div class="field field--name-field-tep-van-ban field--type-file field--label-above"><div class="field__label">Tệp văn bản</div>
<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="{FILES}/{ym}/{doc.file}" type="application/pdf">{doc.file}</a></span></div></div>
</div></article></div>"""
    full_title = f"{doc.kind} số {doc.number}: {doc.title}"
    return page(
        request,
        title=(
            '<span class="field field--name-title field--type-string field--label-hidden">'
            f"{esc(full_title)}</span>"
        ),
        head_title=f"{esc(full_title)} | Sở GD&amp;ĐT Đà Nẵng",
        body_class="path-node page-node-type-van-ban",
        crumbs=[("Trang chủ", "/"), ("Văn bản", "/van-ban"), (full_title, None)],
        main=main,
        current=f"node/{doc.nid}",
        canonical=doc.path,
        shortlink=f"/node/{doc.nid}",
    )


def docs_view(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d.number)}</td><td>{datetime.strptime(d.issued, "%Y-%m-%d"):%d/%m/%Y}</td>'
        f'<td><a href="{d.path}" hreflang="vi">{esc(d.title)}</a></td></tr>'
        for d in DOCS
    )
    main = (
        '<div class="views-element-container"><div class="view view-van-ban view-id-van_ban '
        'view-display-id-page_1"><div class="view-content"><table class="views-table cols-3">'
        "<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div></div></div>"
    )
    return page(
        request,
        title="Văn bản",
        head_title="Văn bản | Sở GD&amp;ĐT Đà Nẵng",
        body_class="path-van-ban",
        crumbs=[("Trang chủ", "/"), ("Văn bản", None)],
        main=main,
        current="van-ban",
    )


BASIC_PAGES = {
    "/gioi-thieu": (
        8,
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo thành phố Đà Nẵng là cơ quan chuyên môn thuộc Ủy ban nhân dân "
            "thành phố, có chức năng tham mưu, giúp Ủy ban nhân dân thành phố quản lý nhà nước về "
            "giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên và giáo dục nghề nghiệp.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về "
            "tổ chức, biên chế và công tác của Ủy ban nhân dân thành phố, đồng thời chịu sự chỉ đạo, "
            "hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
            "Cơ cấu tổ chức gồm Ban Giám đốc và các phòng chuyên môn: Văn phòng, Thanh tra, Phòng "
            "Tổ chức cán bộ, Phòng Kế hoạch - Tài chính, Phòng Giáo dục Mầm non, Phòng Giáo dục "
            "Tiểu học, Phòng Giáo dục Trung học, Phòng Giáo dục thường xuyên - Chuyên nghiệp và "
            "Phòng Quản lý chất lượng.",
        ],
    ),
    "/gioi-thieu/lanh-dao-so": (
        9,
        "Lãnh đạo Sở",
        [
            "Giám đốc Sở: phụ trách chung, công tác tổ chức cán bộ, kế hoạch - tài chính.",
            "Phó Giám đốc Sở Nguyễn Thanh Bình: phụ trách giáo dục trung học, chuyển đổi số.",
            "Phó Giám đốc Sở Lê Thị Minh Phương: phụ trách giáo dục mầm non, tiểu học, tuyển dụng.",
        ],
    ),
}


def basic_page(request: Request, path: str) -> Response:
    nid, title, paras = BASIC_PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        '<div id="block-dnedu-content" class="block block-system block-system-main-block">'
        f'<article data-history-node-id="{nid}" class="node node--type-page node--view-mode-full">'
        '<div class="node__content"><div class="text-content clearfix field field--name-body '
        f'field--type-text-with-summary field--label-hidden field__item">{body}</div></div>'
        "</article></div>"
    )
    crumbs = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu" if path != "/gioi-thieu" else None)]
    if path != "/gioi-thieu":
        crumbs.append((title, None))
    return page(
        request,
        title=f'<span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span>',
        head_title=f"{esc(title)} | Sở GD&amp;ĐT Đà Nẵng",
        body_class="path-node page-node-type-page",
        crumbs=crumbs,
        main=main,
        current=f"node/{nid}",
        canonical=path,
        shortlink=f"/node/{nid}",
    )


def contact_page(request: Request) -> Response:
    main = """<div id="block-dnedu-content" class="block block-system block-system-main-block">
<div class="lh-thongtin"><p><strong>Sở Giáo dục và Đào tạo thành phố Đà Nẵng</strong></p>
<p>Tầng 7, Trung tâm Hành chính thành phố, số 24 Trần Phú, phường Hải Châu, thành phố Đà Nẵng</p>
<p>Điện thoại: 0236.3822.519 - Email: sgddt@danang.gov.vn</p></div>
<form class="webform-submission-form webform-submission-add-form webform-submission-lien-he-form" data-drupal-selector="webform-submission-lien-he-add-form" action="/lien-he" method="post" id="webform-submission-lien-he-add-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-ho-ten" class="js-form-required form-required">Họ và tên</label><input type="text" id="edit-ho-ten" name="ho_ten" size="60" maxlength="255" class="form-text required" required="required"></div>
<div class="js-form-item form-item"><label for="edit-email">Email</label><input type="email" id="edit-email" name="email" size="60" maxlength="254" class="form-email"></div>
<div class="js-form-item form-item"><label for="edit-noi-dung">Nội dung</label><textarea id="edit-noi-dung" name="noi_dung" rows="5" cols="60" class="form-textarea"></textarea></div>
<input type="hidden" name="form_id" value="webform_submission_lien_he_add_form">
<div class="form-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" value="Gửi liên hệ"></div>
</form></div>"""
    return page(
        request,
        title="Liên hệ",
        head_title="Liên hệ | Sở GD&amp;ĐT Đà Nẵng",
        body_class="path-webform",
        crumbs=[("Trang chủ", "/"), ("Liên hệ", None)],
        main=main,
        current="webform/lien_he",
        canonical="/lien-he",
    )


def search_page(request: Request) -> Response:
    keys = request.params.get("keys", "")
    main = (
        '<div class="search-page"><form action="/search/node" method="get" class="search-form">'
        f'<input type="search" name="keys" value="{esc(keys)}"><input type="submit" value="Tìm kiếm">'
        "</form><h2>Kết quả tìm kiếm</h2><p>Không tìm thấy kết quả nào phù hợp.</p></div>"
    )
    return page(
        request,
        title="Tìm kiếm",
        head_title="Tìm kiếm | Sở GD&amp;ĐT Đà Nẵng",
        body_class="path-search",
        crumbs=[("Trang chủ", "/"), ("Tìm kiếm", None)],
        main=main,
        current="search/node",
    )


def login_page(request: Request) -> Response:
    main = (
        '<form class="user-login-form" action="/user/login" method="post" id="user-login-form">'
        '<label for="edit-name">Tên đăng nhập</label><input type="text" id="edit-name" name="name">'
        '<label for="edit-pass">Mật khẩu</label><input type="password" id="edit-pass" name="pass">'
        '<input type="hidden" name="form_id" value="user_login_form">'
        '<input type="submit" class="button" value="Đăng nhập"></form>'
    )
    return page(
        request,
        title="Đăng nhập",
        head_title="Đăng nhập | Sở GD&amp;ĐT Đà Nẵng",
        body_class="path-user",
        crumbs=[("Trang chủ", "/"), ("Đăng nhập", None)],
        main=main,
        current="user/login",
        meta='<meta name="robots" content="noindex, nofollow" />\n',
    )


# --- the site ------------------------------------------------------------------------------------


class Site:
    def __init__(self) -> None:
        self.nodes = {story_path(s): s for s in STORIES}
        self.terms = {term_path(t.key): t for t in TERMS.values()}
        self.terms.update({f"/taxonomy/term/{t.tid}": t for t in TERMS.values()})
        self.docs = {d.path: d for d in DOCS}
        self.node_ids: dict[int, str] = {s.id: story_path(s) for s in STORIES}
        self.node_ids.update({d.nid: d.path for d in DOCS})
        self.node_ids.update({nid: path for path, (nid, _t, _p) in BASIC_PAGES.items()})

    def _node(self, request: Request, path: str) -> Response | None:
        if path in self.nodes:
            return node_page(request, self.nodes[path])
        if path in self.docs:
            return doc_page(request, self.docs[path])
        if path in BASIC_PAGES:
            return basic_page(request, path)
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            if path in ("/lien-he", "/user/login") or path.startswith("/poll/"):
                return redirect("/" if path.startswith("/poll/") else path, 303)
            return None
        if path.startswith(FILES + "/") or path.startswith(("/themes/", "/core/", "/modules/")):
            if path.lower().endswith(".pdf") and path.startswith(FILES + "/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return home_page(request)
        if path in self.terms:
            return term_page(request, self.terms[path])
        if path == "/tin-tuc":
            return news_view_page(request)
        if path == "/thong-bao":
            # a Redirect module entry: the old section path now leads to the term page
            return redirect(term_path("thong-bao"), 301)
        if path == "/van-ban":
            return docs_view(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/search/node":
            return search_page(request)
        if path == "/user/login":
            return login_page(request)
        if path.startswith("/node/"):
            nid = path.removeprefix("/node/")
            if nid.isdigit() and int(nid) in self.node_ids:
                return self._node(request, self.node_ids[int(nid)])
            return None
        return self._node(request, path)


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = story_path(story)
    return gold_record(
        story, path, TERMS[story.cat].name, canonical_path=path, alt_paths=[f"/node/{story.id}"]
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/lanh-dao-so",
    "/lien-he",
    DOCS[0].path,
    DOCS[1].path,
]
