"""Trường THPT Chuyên Lê Quý Đôn, tỉnh Quảng Trị: Drupal 8.9 with a local agency's Bootstrap 3
sub-theme (``lqd_bootstrap``), Views listings, Paragraphs, Pathauto, Blazy, Colorbox, RDF.

Platform
--------
Drupal 8.9.x (``<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">``), contrib
theme Bootstrap 8.x-3 with a sub-theme by a Quảng Trị web agency. Article nodes are of the bundle
``bai_viet``; their text is a Paragraphs field ``field_noi_dung`` holding paragraphs of the types
``doan_van`` (CKEditor text), ``hinh_anh`` (one image + ``field_chu_thich`` caption field, the image
lazy-loaded by Blazy), ``thu_vien_anh`` (a Colorbox gallery of thumbnails) and ``video`` (a
YouTube iframe). Other fields: ``field_tieu_de_phu`` (a kicker, printed in a field block *above*
the page title), ``field_chuyen_muc`` (the category term), ``field_tom_tat`` (the sapo, bold),
``field_tac_gia`` (author, multi-value), ``field_nguon`` (source), ``field_tep_dinh_kem`` (files,
core's file table), ``field_tags`` (taxonomy term links). Under the node, a Views block
"Cùng chuyên mục".

URL scheme
----------
- ``/``: front page (Bootstrap carousel, "Tin mới nhất" view, "Thông báo" block, "Đoàn - Hội").
- ``/tin-tuc/<term-alias>``: category listings (Views page ``ds_tin_tuc``), ``?page=<n>``
  zero-based; the same listing also answers at ``/taxonomy/term/<tid>``.
  * ``/tin-tuc/hoat-dong-chuyen-mon`` (tid 3): node teasers, 3 a page, **mini pager**
    ("‹‹ Trang trước | Trang 2 | Trang sau ››"), pages ?page=0..2.
  * ``/tin-tuc/doan-hoi`` (tid 4): node teasers, one page.
  * ``/tin-tuc/thong-bao`` (tid 5): title + date list, 3 a page, **full pager**
    ("1 2 Sau › Cuối »"), an exposed "Năm học" filter (GET ``?nam_hoc=All``) whose value the
    pager links keep (``?nam_hoc=All&amp;page=1``).
- ``/bai-viet/<pathauto-alias>``: article nodes; the same node answers at ``/node/<nid>`` and in
  AMP form at ``/bai-viet/<alias>?amp``.
- ``/taxonomy/term/<tid>`` (tids 11–13): tag pages (core's taxonomy_term view, no alias).
- ``/sites/default/files/<yyyy-mm>/<file>``: files; image styles under
  ``/sites/default/files/styles/<style>/public/<yyyy-mm>/<file>?itok=…``; CKEditor uploads
  under ``/sites/default/files/inline-images/``.
- Non-articles: ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he`` (contact form), ``/van-ban``
  (listing) → ``/van-ban/ke-hoach-nam-hoc-2026-2027`` (document node), ``/thu-vien-anh``
  (listing) → ``/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027`` (album node), ``/rss.xml``,
  ``/search/node?keys=…``.

Page templates
--------------
page.html.twig of the sub-theme: top bar with today's date "Thứ Bảy, 05/12/2026", banner, a
``navbar navbar-default`` menu with Bootstrap drop-downs (parents are ``href="#"`` toggles), a
``<ol class="breadcrumb">``, the content region (``col-sm-9``) and a sidebar (``col-sm-3``:
"Tin xem nhiều", poll, links select, visitor counter), footer. Node page: kicker block,
``<h1 class="page-header">`` title, the node ``<article class="tin-bai … full">`` with the
category term, the "Gửi bởi <account> vào T5, 03/12/2026 - 15:20" line (plus a hidden RDFa span
``property="schema:dateCreated" content="…+00:00"`` in UTC), a tools bar (AddToAny, print, font
size), a text-to-speech player, the sapo, the paragraphs, files, author, source, tags, view
count; then the "Cùng chuyên mục" block.

How each gold article is reached
--------------------------------
- Front page: "Tin mới nhất" teasers A1 (412), B1 (411), A2 (409), A3 (405), B2 (402); the
  carousel links A1, B1 and A3 under its *old* alias (a 301 to the new one); the "Thông báo"
  block C1 (414), C2 (399), C3 (395); the "Đoàn - Hội" block B1, B2.
- Sidebar "Tin xem nhiều" on every page: A3, B2, A2, A4 (398), C2.
- Under each news node "Cùng chuyên mục" links ``/node/<nid>`` of the 3 newest others of the
  term (A1–A4); under each notice "Thông báo mới" links the 3 newest notices (C1–C3).
- A5 (391): ``/tin-tuc/hoat-dong-chuyen-mon?page=1`` and the tag page ``/taxonomy/term/12``.
- A6 (384): **only** ``/tin-tuc/hoat-dong-chuyen-mon?page=1`` (its tag page is linked from A6).
- A7 (377): **only** ``/tin-tuc/hoat-dong-chuyen-mon?page=2`` (reached from ?page=1's mini pager).
- C4 (381): **only** ``/tin-tuc/thong-bao?page=1`` (full pager).
- ``/rss.xml`` (footer) lists the 10 newest nodes (not A6, C4, A7).

Traps
-----
1. *Query-only pager links, zero-based pages, a mini pager that prints no page count.* Drupal
   prints ``href="?page=1"`` (no path) and labels it "Trang 2"; the mini pager only shows
   "‹‹ Trang trước | Trang 2 | Trang sau ››". A7 is reachable only two clicks deep. Out-of-range
   pages do not 404: the mini-pager view prints its empty text, the full-pager view silently
   serves its last page again. Gold: A7 and C4 are articles like the others; listings are none.
2. *UTC machine dates from the RDF module.* The visible line says "T6, 28/11/2026 - 06:30" but
   the RDFa span says ``content="2026-11-27T23:30:00+00:00"`` (a different calendar day), and
   A7's "15/10/2026 - 00:00" is ``2026-10-14T17:00:00+00:00``. Gold: the local time with +07:00
   ("2026-11-28T06:30:00+07:00"); a midnight time is the day alone ("2026-10-15").
3. *"Gửi bởi quantri" is a CMS account, "Cập nhật lần cuối" and og:updated_time are update
   dates.* Gold: the account is no author; A3's date is its creation "2026-11-21T10:45:00+07:00",
   not the 02/12 update printed right under it nor the og:updated_time meta.
4. *Blazy lazy images.* Image paragraphs print ``src="data:image/svg+xml;…"`` with the real file
   in ``data-src``; ``alt`` is the camera's file name. Gold: the ``data-src`` path (with its
   ``?itok=``), caption from ``field_chu_thich``; never the alt.
5. *Three caption mechanisms.* Drupal's caption filter (``<figure role="group"
   class="caption caption-img"><figcaption>``) inside a text paragraph, the caption field under
   an image paragraph (sometimes wrapped in parentheses, sometimes only "Ảnh: X"), and the editor's
   centred ``<p><em>…</em></p>`` line right under an inline image. Gold: caption text without
   the parentheses; "Ảnh: X" -> caption None and X a photographer; none of these lines is body.
6. *Colorbox gallery paragraph.* Thumbnails (style ``medium``) wrapped in links to the ``large``
   style. Gold: one image per thumbnail, located by the ``<img src>`` printed, caption None.
7. *Two different articles with the same headline* ("Thông báo về việc tổ chức kiểm tra cuối học
   kỳ I năm học 2026 – 2027"), Pathauto giving the second the alias suffix ``-0``. Gold: two
   records (C1 ``…-2026-2027-0``, C2 ``…-2026-2027``); a title-based de-duplicator loses one.
8. *Duplicate URLs of one node.* ``/node/<nid>`` (the "Cùng chuyên mục" block links there),
   ``/bai-viet/<alias>?amp`` (``<link rel="amphtml">``), and A3's old alias answering 301 to the
   new one (Pathauto + Redirect after a title edit; the front page carousel still links the old
   one). Gold: the alias is the path and canonical; ``/node/<nid>`` and ``?amp`` in alt_paths;
   the redirecting alias is not a page of its own.
9. *A kicker above the headline and widgets between headline and text.* ``field_tieu_de_phu``
   ("SINH HOẠT CHUYÊN MÔN") sits above the ``<h1>``; under it the category link, the submitted
   line, AddToAny/print/"A- A A+" tools and a "Nghe đọc bài viết" audio player. Gold: title =
   the h1 only; none of these is body.
10. *Breadcrumb without the category.* The path-based breadcrumb of ``/bai-viet/x`` is "Trang chủ
    » <title>" (``/bai-viet`` is no route). Gold: category from the "Chuyên mục" term field
    (same wording as the menu): "Hoạt động chuyên môn", "Hoạt động Đoàn - Hội", "Thông báo".
11. *Things inside the paragraphs field that are not text.* An Entity Embed card of the album
    node inside a text paragraph (A5: thumbnail, title, date, teaser), a video paragraph with its
    title line (B1), a "Xem thêm:" link line (B1), an AddToAny bar the agency placed inside the
    text (B1). Gold: not body (the card's teaser is the album's text, not A5's); the card's
    thumbnail is no article image.
12. *Bylines in four shapes.* ``field_tac_gia`` with degree and unit ("ThS. Trần Thị Thu Hà - Tổ
    Ngữ văn" -> "Trần Thị Thu Hà"), multi-value (A3: two authors), a unit alone ("Tổ Toán -
    Tin"), the CMS account "admin" (-> nobody); typed right-aligned lines at the end of the text
    ("Tin, ảnh: X" -> X in both; "Tin: X - Ảnh: Y"; "Văn phòng nhà trường"). Gold as the house
    conventions say; the lines are not body.
13. *Text as pasted from elsewhere.* A4's paragraphs are NFD (typed on a Mac), A6's come from
    Word (``MsoNormal``, nested ``<span style>``, ``<o:p>``, ``<p>&nbsp;</p>`` spacers and a
    ``<br>`` inside a paragraph). Gold: NFC text; the spacers are nothing; the ``<br>`` splits.
14. *An official notice inside a node* (C1): letterhead table, "Số: 231/TB-LQĐ", "Đông Hà, ngày 03
    tháng 12 năm 2026", "THÔNG BÁO / Về việc …", closing table with "Nơi nhận" and the signer,
    posted on 04/12 07:30. Gold: date "2026-12-03" (the letterhead day), author the signer
    "Nguyễn Đình Khoa", body = the numbered text between subject and closing.
15. *Attachments printed as a table* (core file table "Tệp đính kèm | Dung lượng"). Gold: not
    body (table rows of the text itself, e.g. C2's schedule, are body: cells joined by " | ").
16. *An album node that looks like an article* (``/thu-vien-anh/…``: title, submitted line,
    photos) and a document node (``/van-ban/…``). Gold: non-articles.

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the Pathauto alias (the ``rel="canonical"`` target); ``canonical_path`` the same.
- A3's sapo is its bold first paragraph (``<p><strong>…</strong></p>``): summary = that text and
  it is the body's first paragraph. A1 prints ``field_tom_tat`` above the paragraphs: summary and
  first body paragraph. Others print none (the listing teaser / meta description is no sapo).
- "Đoàn trường" style signatures: a unit field value ("Tổ Toán - Tin") is the author as printed;
  "Ban Chấp hành Đoàn trường" likewise.
- ``field_nguon`` "Sở GD&ĐT Quảng Trị" (a link) -> source "Sở GD&ĐT Quảng Trị". C4's closing
  sentence "Theo quy định hiện hành, …" is text, not a source.
- Typed emoji "👉 " at the start of B1's action lines are kept as printed.
- Images: gallery thumbnails are located by their ``<img src>`` (style ``medium``), Blazy images
  by ``data-src`` (style ``anh_noi_dung_760``), CKEditor images by their ``src``; listing
  thumbnails, og:image and the featured image (teaser-only field) are not article images.
- C1/C2 keep their identical printed headline; C1's category is "Thông báo".
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import re
import unicodedata
from urllib.parse import parse_qs

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

NAME = "drupal8_bootstrap_views_thpt"
PLATFORM = "Drupal 8.9 + Bootstrap 3 sub-theme (Views, Paragraphs, Pathauto, Blazy)"
START_PATH = "/"

SITE_NAME = "Trường THPT Chuyên Lê Quý Đôn"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
THEME = "/themes/custom/lqd_bootstrap"
FILES = "/sites/default/files"

# --- taxonomy -------------------------------------------------------------------------------

#: category terms: tid -> (alias under /tin-tuc/, name as printed)
CATEGORIES = {
    3: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    4: ("doan-hoi", "Hoạt động Đoàn - Hội"),
    5: ("thong-bao", "Thông báo"),
}
CAT_BY_ALIAS = {alias: tid for tid, (alias, _name) in CATEGORIES.items()}
#: per-page sizes of the category views
PER_PAGE = {3: 3, 4: 10, 5: 3}
#: tags (no Pathauto pattern: links are /taxonomy/term/<tid>)
TAGS = {11: "Học sinh giỏi", 12: "Đổi mới phương pháp dạy học", 13: "Chuyển đổi số"}


def _itok(name: str, style: str) -> str:
    digest = hashlib.sha256(f"{style}:{name}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:8]


def styled(month: str, name: str, style: str) -> str:
    """An image style derivative as Drupal prints it (``?itok=`` included)."""
    return f"{FILES}/styles/{style}/public/{month}/{name}?itok={_itok(name, style)}"


def inline(name: str) -> str:
    return f"{FILES}/inline-images/{name}"


def original(month: str, name: str) -> str:
    return f"{FILES}/{month}/{name}"


# --- the stories ----------------------------------------------------------------------------

_A1 = Story(
    id=412,
    slug="hoi-thao-chuyen-de-phat-trien-nang-luc-tu-hoc-cho-hoc-sinh-truong-chuyen-trong-boi-canh-chuyen-doi-so",
    title="Hội thảo chuyên đề “Phát triển năng lực tự học cho học sinh trường chuyên trong bối cảnh chuyển đổi số”",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-03T15:20:00+07:00",
    summary=(
        "Sáng 03/12, Trường THPT Chuyên Lê Quý Đôn tổ chức hội thảo chuyên đề cấp trường với sự "
        "tham gia của hơn 90 cán bộ quản lý, giáo viên và đại diện Ban đại diện cha mẹ học sinh."
    ),
    sapo_outside=True,
    authors=["Trần Thị Thu Hà"],
    blocks=[
        P(
            "Hội thảo nằm trong kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học của nhà "
            "trường năm học 2026 – 2027, nhằm tổng kết những cách làm hiệu quả trong việc hình "
            "thành thói quen tự học, tự nghiên cứu cho học sinh các lớp chuyên."
        ),
        P(
            "Phát biểu khai mạc, thầy Nguyễn Đình Khoa, Phó Hiệu trưởng nhà trường nhấn mạnh: tự "
            "học là năng lực cốt lõi của học sinh chuyên; giáo viên cần chuyển từ vai trò người "
            "truyền thụ sang người thiết kế, tổ chức và đồng hành với quá trình học của các em."
        ),
        Img(
            styled("2026-12", "hoi-thao-tu-hoc-01.jpg", "anh_noi_dung_760"),
            printed="(Thầy Nguyễn Đình Khoa phát biểu khai mạc hội thảo)",
            caption="Thầy Nguyễn Đình Khoa phát biểu khai mạc hội thảo",
            style="para",
        ),
        P("Nhiều tham luận có tính thực tiễn cao", "h3"),
        P(
            "Tại hội thảo, 7 tham luận của các tổ chuyên môn đã được trình bày. Tổ Ngữ văn chia "
            "sẻ mô hình “nhật ký đọc” giúp học sinh duy trì thói quen đọc sách ít nhất 30 phút mỗi "
            "ngày; Tổ Toán giới thiệu hệ thống bài tập phân hóa trên nền tảng học trực tuyến của "
            "trường; Tổ Tiếng Anh trình bày kinh nghiệm tổ chức câu lạc bộ tranh biện bằng tiếng Anh."
        ),
        P(
            "Đáng chú ý, tham luận của Tổ Vật lý về việc hướng dẫn học sinh thực hiện các dự án "
            "nghiên cứu nhỏ với thiết bị đo lường tự chế đã nhận được nhiều câu hỏi trao đổi từ "
            "đồng nghiệp và phụ huynh."
        ),
        P(
            "Kết thúc hội thảo, Ban Giám hiệu đề nghị các tổ chuyên môn tiếp tục hoàn thiện học "
            "liệu số, xây dựng kho câu hỏi tự đánh giá theo từng chủ đề và chia sẻ rộng rãi trong "
            "toàn trường từ học kỳ II."
        ),
    ],
    opts={
        "tid": 3,
        "created": "2026-12-03 15:20",
        "changed": "2026-12-03 15:41",
        "account": "quantri",
        "kicker": "SINH HOẠT CHUYÊN MÔN",
        "tac_gia": ["ThS. Trần Thị Thu Hà - Tổ Ngữ văn"],
        "tags": [12],
        "thumb": ("2026-12", "hoi-thao-tu-hoc-01.jpg"),
    },
)

_A2 = Story(
    id=409,
    slug="hoc-sinh-nha-truong-gianh-5-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
    title="Học sinh nhà trường giành 5 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-28T06:30:00+07:00",
    authors=["Nguyễn Hữu Phước"],
    photographers=["Nguyễn Hữu Phước"],
    blocks=[
        P(
            "Tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 – "
            "2027 do Sở GD&ĐT Quảng Trị tổ chức từ ngày 24 đến 26/11, 6 dự án của học sinh Trường "
            "THPT Chuyên Lê Quý Đôn đã giành 5 giải, trong đó có 1 giải Nhất, 2 giải Nhì và 2 giải Ba."
        ),
        P(
            "Năm nay cuộc thi thu hút 74 dự án của học sinh đến từ các trường THPT, trường phổ "
            "thông dân tộc nội trú và trung tâm GDNN-GDTX trong toàn tỉnh, thuộc 18 lĩnh vực như kỹ "
            "thuật cơ khí, hệ thống nhúng, khoa học môi trường, khoa học xã hội và hành vi."
        ),
        P(
            "Giải Nhất thuộc về dự án “Hệ thống cảnh báo sớm sạt lở đất sử dụng cảm biến độ ẩm và "
            "mạng LoRa” của hai em Hoàng Minh Đức và Lê Bảo Ngọc, lớp 11 Tin. Dự án được ban giám "
            "khảo đánh giá cao về tính ứng dụng đối với các xã miền núi của tỉnh."
        ),
        Img(styled("2026-11", "khkt-2026-01.jpg", "medium"), style="gallery"),
        Img(styled("2026-11", "khkt-2026-02.jpg", "medium"), style="gallery"),
        Img(styled("2026-11", "khkt-2026-03.jpg", "medium"), style="gallery"),
        P(
            "Các dự án đạt giải Nhì gồm: “Chế phẩm sinh học từ vỏ tôm xử lý nước thải ao nuôi” "
            "(lớp 11 Hóa) và “Ứng dụng học máy dự đoán nguy cơ bỏ học của học sinh THPT” (lớp 12 "
            "Toán). Hai dự án đạt giải Ba thuộc lĩnh vực vật lý ứng dụng và khoa học xã hội."
        ),
        P(
            "Dự án đạt giải Nhất sẽ được lựa chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia "
            "dự kiến tổ chức vào tháng 3/2027."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Hữu Phước</strong></p>'),
    ],
    opts={
        "tid": 3,
        "created": "2026-11-28 06:30",
        "changed": "2026-11-28 06:52",
        "account": "quantri",
        "tags": [11],
        "thumb": ("2026-11", "khkt-2026-01.jpg"),
    },
)

_A3 = Story(
    id=405,
    slug="soi-noi-hoi-giang-chao-mung-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Sôi nổi Hội giảng chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-21T10:45:00+07:00",
    summary=(
        "Hưởng ứng phong trào thi đua “Dạy tốt – Học tốt”, từ ngày 02 đến 18/11/2026, Trường THPT "
        "Chuyên Lê Quý Đôn tổ chức Hội giảng chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
    ),
    authors=["Phạm Thị Lan", "Võ Đức Minh"],
    photographers=["Hoàng Anh"],
    blocks=[
        P(
            "Hưởng ứng phong trào thi đua “Dạy tốt – Học tốt”, từ ngày 02 đến 18/11/2026, Trường "
            "THPT Chuyên Lê Quý Đôn tổ chức Hội giảng chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
            "b",
        ),
        P(
            "Hội giảng năm nay có 26 giáo viên thuộc 9 tổ chuyên môn đăng ký tham gia. Các tiết dạy "
            "được thiết kế theo định hướng phát triển phẩm chất, năng lực người học, tăng cường ứng "
            "dụng công nghệ thông tin và tổ chức hoạt động trải nghiệm."
        ),
        Img(
            inline("hoi-giang-toan-12.jpg"),
            printed="Tiết dạy chủ đề “Xác suất có điều kiện” của cô Phạm Thị Lan, lớp 12 Toán",
            caption="Tiết dạy chủ đề “Xác suất có điều kiện” của cô Phạm Thị Lan, lớp 12 Toán",
            style="figure",
        ),
        P(
            "Qua dự giờ, Ban Giám khảo đánh giá đa số tiết dạy đạt loại Giỏi, nhiều tiết dạy có sự "
            "đầu tư công phu về học liệu và phương pháp, tạo được không khí học tập chủ động, sáng tạo."
        ),
        P("Kết quả cụ thể như sau:"),
        P("Xếp loại | Số tiết | Tỷ lệ", "th"),
        P("Giỏi | 19 | 73,1%", "tr"),
        P("Khá | 7 | 26,9%", "tr"),
        P("Trung bình | 0 | 0%", "tr"),
        Img(
            styled("2026-11", "hoi-giang-trao-thuong.jpg", "anh_noi_dung_760"),
            printed="Ảnh: Hoàng Anh",
            caption=None,
            style="para",
        ),
        P(
            "Nhà trường đã trao giấy khen cho 6 giáo viên có tiết dạy xuất sắc và chọn 3 giáo viên "
            "tham dự Hội thi giáo viên dạy giỏi cấp tỉnh năm 2027."
        ),
    ],
    opts={
        "tid": 3,
        "created": "2026-11-21 10:45",
        "changed": "2026-12-02 09:10",
        "show_changed": True,
        "account": "quantri",
        "kicker": "CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        "tac_gia": ["Phạm Thị Lan", "Võ Đức Minh"],
        "tags": [12],
        "old_alias": "hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11",
        "thumb": ("2026-11", "hoi-giang-trao-thuong.jpg"),
    },
)

_A4 = Story(
    id=398,
    slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-van-hoa-lop-12-cap-tinh-nam-hoc-2026-2027",
    title="Kết quả kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026 – 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-14T16:00:00+07:00",
    source="Sở GD&ĐT Quảng Trị",
    blocks=[
        P(
            "Ngày 13/11/2026, Sở GD&ĐT Quảng Trị đã công bố kết quả kỳ thi chọn học sinh giỏi văn "
            "hóa lớp 12 cấp tỉnh năm học 2026 – 2027. Trường THPT Chuyên Lê Quý Đôn có 118/120 thí "
            "sinh dự thi đạt giải, dẫn đầu toàn tỉnh."
        ),
        P(
            "Cụ thể, nhà trường đạt 21 giải Nhất, 38 giải Nhì, 41 giải Ba và 18 giải Khuyến khích ở "
            "11 môn thi. Các môn có 100% thí sinh đạt giải gồm Toán, Vật lý, Hóa học, Sinh học, Tin "
            "học, Ngữ văn và Tiếng Anh."
        ),
        P("Một số thành tích tiêu biểu:"),
        P("Em Trần Gia Huy (12 Toán) đạt điểm cao nhất môn Toán với 19,25/20 điểm;", "li"),
        P("Em Nguyễn Thảo Vy (12 Văn) là thí sinh duy nhất đạt giải Nhất môn Ngữ văn toàn tỉnh;", "li"),
        P("Đội tuyển Tin học có 5/6 em đạt giải Nhất.", "li"),
        P(
            "Kết quả kỳ thi là cơ sở để nhà trường lựa chọn, thành lập các đội tuyển dự thi chọn học "
            "sinh giỏi quốc gia THPT năm 2027 theo kế hoạch của Sở GD&ĐT."
        ),
    ],
    opts={
        "tid": 3,
        "created": "2026-11-14 16:00",
        "changed": "2026-11-14 16:03",
        "account": "quantri",
        "nfd": True,
        "nguon": ("Sở GD&ĐT Quảng Trị", "https://sgddt.quangtri.gov.vn/"),
        "files": [("2026-11", "danh_sach_hsg_12_cap_tinh_2026-2027.pdf", 248_771)],
        "tags": [11],
        "thumb": ("2026-11", "hsg-12-cap-tinh.jpg"),
    },
)

_A5 = Story(
    id=391,
    slug="sinh-hoat-chuyen-mon-cum-cac-truong-thpt-chuyen-khu-vuc-bac-trung-bo",
    title="Sinh hoạt chuyên môn cụm các trường THPT chuyên khu vực Bắc Trung Bộ",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-06T14:15:00+07:00",
    authors=["Tổ Toán - Tin"],
    blocks=[
        P(
            "Trong hai ngày 05 và 06/11/2026, Trường THPT Chuyên Lê Quý Đôn đăng cai tổ chức sinh "
            "hoạt chuyên môn cụm các trường THPT chuyên khu vực Bắc Trung Bộ lần thứ VIII với chủ "
            "đề “Bồi dưỡng học sinh giỏi môn Toán và Tin học theo hướng tiếp cận các kỳ thi quốc tế”."
        ),
        P(
            "Tham dự có hơn 60 giáo viên đến từ 6 trường THPT chuyên của các tỉnh Thanh Hóa, Nghệ "
            "An, Hà Tĩnh, thành phố Huế, tỉnh Quảng Trị và đại diện Phòng Giáo dục Trung học, Sở "
            "GD&ĐT Quảng Trị."
        ),
        Img(
            styled("2026-11", "IMG_20261105_081244.jpg", "anh_noi_dung_760"),
            printed="Các đại biểu tham dự chương trình sinh hoạt chuyên môn cụm",
            caption="Các đại biểu tham dự chương trình sinh hoạt chuyên môn cụm",
            style="para",
        ),
        P(
            "Tại buổi sinh hoạt, các đơn vị đã trao đổi về cấu trúc đề thi chọn học sinh giỏi quốc "
            "gia mới, xây dựng chuyên đề bồi dưỡng theo mạch kiến thức, cách khai thác các nguồn đề "
            "thi Olympic quốc tế và kinh nghiệm tổ chức tập huấn đội tuyển trực tuyến giữa các trường."
        ),
        Raw("<!--embed:album-->"),
        P(
            "Nhân dịp này, các trường thống nhất xây dựng kho đề dùng chung, luân phiên tổ chức thi "
            "thử cho đội tuyển và mời chuyên gia từ các trường đại học trong khu vực tham gia bồi dưỡng."
        ),
        P(
            "Lần sinh hoạt chuyên môn cụm tiếp theo sẽ do Trường THPT Chuyên Quốc Học Huế đăng cai "
            "vào tháng 4/2027."
        ),
    ],
    opts={
        "tid": 3,
        "created": "2026-11-06 14:15",
        "changed": "2026-11-06 14:30",
        "account": "quantri",
        "tac_gia": ["Tổ Toán - Tin"],
        "tags": [12],
        "thumb": ("2026-11", "IMG_20261105_081244.jpg"),
    },
)

_A6 = Story(
    id=384,
    slug="tap-huan-su-dung-thiet-bi-day-hoc-phong-thi-nghiem-vat-ly-hoa-hoc-sinh-hoc",
    title="Tập huấn sử dụng thiết bị dạy học phòng thí nghiệm Vật lý – Hóa học – Sinh học",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-27T09:00:00+07:00",
    authors=["Nguyễn Thị Bích Ngọc"],
    blocks=[
        P(
            "Thực hiện kế hoạch của Sở GD&ĐT về việc tiếp nhận và đưa vào sử dụng thiết bị dạy học "
            "tối thiểu theo Chương trình giáo dục phổ thông 2018, ngày 26/10/2026, nhà trường tổ chức "
            "tập huấn sử dụng thiết bị cho giáo viên các môn khoa học tự nhiên.",
            "word",
        ),
        P(
            "Đợt này, nhà trường được cấp bổ sung 3 bộ thiết bị thí nghiệm kỹ thuật số gồm cảm biến "
            "nhiệt độ, cảm biến pH, cảm biến lực, bộ thu thập dữ liệu kết nối máy tính và phần mềm "
            "phân tích số liệu.",
            "word",
        ),
        Raw('<p class="MsoNormal">&nbsp;</p>'),
        P("Nội dung tập huấn gồm:", "word"),
        P("Hướng dẫn lắp đặt, hiệu chuẩn cảm biến và kết nối với máy tính;", "li"),
        P("Thực hành các bài thí nghiệm trong chương trình lớp 10, 11;", "li"),
        P("Quy trình bảo quản, vệ sinh thiết bị và an toàn phòng thí nghiệm.", "li"),
        Img(
            inline("tap-huan-thiet-bi-tn.jpg"),
            printed="Giáo viên Tổ Vật lý thực hành với bộ cảm biến kỹ thuật số",
            caption="Giáo viên Tổ Vật lý thực hành với bộ cảm biến kỹ thuật số",
            style="inline",
        ),
        P(
            "Sau buổi tập huấn, mỗi tổ chuyên môn xây dựng ít nhất 2 kế hoạch bài dạy có sử dụng "
            "thiết bị mới và tổ chức dạy minh họa trong tháng 11.",
            "word",
        ),
        P(
            "Các phòng thí nghiệm được mở cửa vào chiều thứ Bảy hằng tuần để học sinh các lớp chuyên "
            "thực hành, nghiên cứu.",
            "br",
        ),
        Raw('<p class="MsoNormal">&nbsp;</p>'),
    ],
    opts={
        "tid": 3,
        "created": "2026-10-27 09:00",
        "changed": "2026-10-27 09:12",
        "account": "quantri",
        "tac_gia": ["Nguyễn Thị Bích Ngọc"],
        "tags": [13],
        "thumb": ("2026-10", "tap-huan-thiet-bi.jpg"),
    },
)

_A7 = Story(
    id=377,
    slug="giao-vien-tin-hoc-hoan-thanh-boi-duong-chuyen-de-day-hoc-lap-trinh-python-theo-chuong-trinh-2018",
    title="Giáo viên Tin học hoàn thành bồi dưỡng chuyên đề dạy học lập trình Python theo Chương trình 2018",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-15",
    authors=["Lê Thị Mỹ Duyên"],
    photographers=["Trần Quốc Bảo"],
    blocks=[
        P(
            "Từ ngày 08 đến 14/10/2026, 7 giáo viên Tổ Toán – Tin của nhà trường tham gia lớp bồi "
            "dưỡng chuyên đề “Dạy học lập trình Python và khoa học dữ liệu ở trường THPT” do Trường "
            "Đại học Sư phạm – Đại học Huế phối hợp với Sở GD&ĐT tổ chức."
        ),
        P(
            "Chương trình gồm 40 tiết lý thuyết và thực hành, tập trung vào các nội dung: cấu trúc "
            "dữ liệu cơ bản, thuật toán sắp xếp và tìm kiếm, xử lý dữ liệu dạng bảng với thư viện "
            "pandas và trực quan hóa dữ liệu."
        ),
        Img(
            styled("2026-10", "boi-duong-python.jpg", "anh_noi_dung_760"),
            printed="(Giáo viên nhà trường trình bày sản phẩm cuối khóa)",
            caption="Giáo viên nhà trường trình bày sản phẩm cuối khóa",
            style="para",
        ),
        P(
            "Kết thúc khóa học, 100% giáo viên của trường hoàn thành bài kiểm tra cuối khóa và được "
            "cấp chứng chỉ. Nhiều sản phẩm bài giảng của giáo viên nhà trường được chọn làm học liệu "
            "tham khảo chung của lớp bồi dưỡng."
        ),
        P(
            "Các kiến thức được bồi dưỡng sẽ được giáo viên vận dụng ngay trong các tiết dạy chủ đề "
            "lập trình ở lớp 10, 11 và công tác bồi dưỡng đội tuyển Tin học của nhà trường."
        ),
        Raw(
            '<p style="text-align: right;"><em><strong>Tin: Lê Thị Mỹ Duyên - Ảnh: Trần Quốc Bảo'
            "</strong></em></p>"
        ),
    ],
    opts={
        "tid": 3,
        "created": "2026-10-15 00:00",
        "changed": "2026-10-15 08:05",
        "account": "quantri",
        "thumb": ("2026-10", "boi-duong-python.jpg"),
    },
)

_VIDEO_B1 = (
    "<!--para-->"
    '<div class="paragraph paragraph--type--video paragraph--view-mode--default">'
    '<div class="field field--name-field-tieu-de-video field--type-string field--label-hidden '
    'field--item"><i class="glyphicon glyphicon-facetime-video"></i> Video: Toàn cảnh lễ phát động</div>'
    '<div class="field field--name-field-video field--type-video-embed-field field--label-hidden '
    'field--item"><div class="video-embed-field-provider-youtube video-embed-field-responsive-video">'
    '<iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" '
    'src="https://www.youtube.com/embed/k3Qz0Lq_vVw?autoplay=0&amp;start=0&amp;rel=0"></iframe>'
    "</div></div></div>"
)

_B1 = Story(
    id=411,
    slug="doan-truong-phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-hoc-duong",
    title="Đoàn trường phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực học đường",
    cat="Hoạt động Đoàn - Hội",
    published_at="2026-11-30T19:45:00+07:00",
    authors=["Ban Chấp hành Đoàn trường"],
    blocks=[
        P(
            "Tối 29/11, tại hội trường nhà trường, Đoàn trường THPT Chuyên Lê Quý Đôn tổ chức lễ phát "
            "động “Tháng hành động vì bình đẳng giới và phòng, chống bạo lực học đường” năm 2026 với "
            "sự tham gia của hơn 700 đoàn viên, thanh niên."
        ),
        P(
            "Tại buổi lễ, đại diện Ban Chấp hành Đoàn trường đã quán triệt các nội dung trọng tâm của "
            "tháng hành động, đồng thời kêu gọi mỗi đoàn viên trở thành một “đại sứ” lan tỏa thông "
            "điệp tôn trọng, yêu thương và chia sẻ trong trường học."
        ),
        Img(
            styled("2026-11", "doan-ky-cam-ket.jpg", "anh_noi_dung_760"),
            printed="Đoàn viên các chi đoàn ký cam kết thực hiện văn hóa học đường",
            caption="Đoàn viên các chi đoàn ký cam kết thực hiện văn hóa học đường",
            style="para",
        ),
        P(
            "Trong thời gian diễn ra tháng hành động, Đoàn trường sẽ triển khai nhiều hoạt động "
            "thiết thực:"
        ),
        P("👉 Cuộc thi sáng tác tranh cổ động “Trường học an toàn – Không bạo lực”;"),
        P("👉 Diễn đàn “Bạn trẻ nói về bình đẳng giới” tổ chức theo hình thức tranh biện;"),
        P("👉 Hộp thư “Điều em muốn nói” tiếp nhận ý kiến, chia sẻ của học sinh."),
        Raw(_VIDEO_B1),
        P(
            "Ngay sau lễ phát động, các chi đoàn đã ký cam kết thực hiện văn hóa học đường và không "
            "để xảy ra hành vi bạo lực trong tập thể lớp."
        ),
        Raw("<!--xemthem:402-->"),
        Raw("<!--a2a-->"),
    ],
    opts={
        "tid": 4,
        "created": "2026-11-30 19:45",
        "changed": "2026-11-30 20:02",
        "account": "doantruong",
        "tac_gia": ["Ban Chấp hành Đoàn trường"],
        "thumb": ("2026-11", "doan-ky-cam-ket.jpg"),
    },
)

_B2 = Story(
    id=402,
    slug="chung-ket-hoi-thi-rung-chuong-vang-khoi-10-nam-hoc-2026-2027",
    title="Chung kết Hội thi “Rung chuông vàng” khối 10 năm học 2026 – 2027",
    cat="Hoạt động Đoàn - Hội",
    published_at="2026-11-18T20:10:00+07:00",
    photographers=["Phan Thanh Tùng"],
    blocks=[
        P(
            "Chiều 17/11, Đoàn trường phối hợp với Tổ Giáo dục công dân tổ chức vòng chung kết Hội "
            "thi “Rung chuông vàng” dành cho học sinh khối 10 với chủ đề “Tự hào truyền thống Quảng "
            "Trị anh hùng”."
        ),
        P(
            "Sau vòng sơ loại, 100 thí sinh xuất sắc nhất của 7 lớp khối 10 bước vào vòng chung kết "
            "với 20 câu hỏi thuộc các lĩnh vực lịch sử, địa lý địa phương, pháp luật, văn hóa và kiến "
            "thức về Đoàn TNCS Hồ Chí Minh."
        ),
        Img(
            styled("2026-11", "rcv-k10-01.jpg", "anh_noi_dung_760"),
            printed="(Không khí sôi nổi tại vòng chung kết hội thi)",
            caption="Không khí sôi nổi tại vòng chung kết hội thi",
            style="para",
        ),
        P(
            "Trải qua nhiều câu hỏi khó, em Lê Khánh Linh, lớp 10 Anh là thí sinh cuối cùng trụ lại "
            "trên sàn thi và xuất sắc rung chuông vàng ở câu hỏi thứ 19. Giải Nhì thuộc về em Võ Nhật "
            "Minh (10 Lý), giải Ba thuộc về em Nguyễn Hà My (10 Sử)."
        ),
        Img(
            styled("2026-11", "rcv-k10-02.jpg", "anh_noi_dung_760"),
            printed="Ảnh: Phan Thanh Tùng",
            caption=None,
            style="para",
        ),
        P(
            "Hội thi là sân chơi bổ ích, giúp học sinh khối 10 mở rộng hiểu biết, rèn luyện bản lĩnh "
            "và gắn kết với tập thể ngay từ năm học đầu tiên dưới mái trường chuyên."
        ),
    ],
    opts={
        "tid": 4,
        "created": "2026-11-18 20:10",
        "changed": "2026-11-18 20:16",
        "account": "doantruong",
        "tac_gia": ["admin"],
        "thumb": ("2026-11", "rcv-k10-01.jpg"),
    },
)

_C1_HEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">'
    '<tbody><tr><td style="text-align:center; width:45%;">SỞ GD&amp;ĐT QUẢNG TRỊ<br />'
    "<strong>TRƯỜNG THPT CHUYÊN<br />LÊ QUÝ ĐÔN</strong><br />Số: 231/TB-LQĐ</td>"
    '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Đông Hà, ngày 03 tháng 12 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc điều chỉnh lịch kiểm tra cuối học kỳ I khối 12</strong></p>"
)
_C1_FOOT = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align:top; width:50%;"><strong><em>Nơi nhận:</em></strong><br />'
    "- GVCN khối 12;<br />- Các tổ chuyên môn;<br />- Website trường;<br />- Lưu: VT.</td>"
    '<td style="text-align:center; vertical-align:top;"><strong>KT. HIỆU TRƯỞNG<br />'
    "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Nguyễn Đình Khoa</strong></td></tr></tbody></table>"
)

_KTHK_TITLE = "Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027"

_C1 = Story(
    id=414,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-0",
    title=_KTHK_TITLE,
    cat="Thông báo",
    published_at="2026-12-03",
    authors=["Nguyễn Đình Khoa"],
    blocks=[
        Raw(_C1_HEAD),
        P(
            "Căn cứ Kế hoạch số 187/KH-LQĐ ngày 12/11/2026 của Trường THPT Chuyên Lê Quý Đôn về việc "
            "tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027;"
        ),
        P("Căn cứ lịch thi chọn đội tuyển học sinh giỏi quốc gia của Sở GD&ĐT Quảng Trị,"),
        P("Nhà trường thông báo điều chỉnh lịch kiểm tra cuối học kỳ I đối với khối 12 như sau:"),
        P(
            "1. Môn Ngữ văn và môn Toán chuyển từ ngày 15/12/2026 sang ngày 17/12/2026, giờ làm bài "
            "giữ nguyên."
        ),
        P("2. Các môn tự chọn tổ chức kiểm tra vào sáng ngày 18/12/2026 tại các phòng học của lớp."),
        P(
            "3. Học sinh tham gia đội tuyển học sinh giỏi quốc gia được bố trí kiểm tra bổ sung sau "
            "khi kết thúc kỳ thi."
        ),
        P(
            "Các nội dung khác thực hiện theo Thông báo số 198/TB-LQĐ ngày 16/11/2026. Đề nghị giáo "
            "viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để biết, thực hiện./."
        ),
        Raw(_C1_FOOT),
    ],
    opts={
        "tid": 5,
        "created": "2026-12-04 07:30",
        "changed": "2026-12-04 07:34",
        "account": "vanthu",
        "files": [("2026-12", "231-TB-LQD-dieu-chinh-lich-kiem-tra-HKI.pdf", 96_412)],
    },
)

_C2 = Story(
    id=399,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title=_KTHK_TITLE,
    cat="Thông báo",
    published_at="2026-11-16T14:00:00+07:00",
    blocks=[
        P(
            "Nhằm đánh giá kết quả học tập của học sinh sau học kỳ I, nhà trường tổ chức kiểm tra "
            "cuối học kỳ I năm học 2026 – 2027 theo lịch cụ thể như sau:"
        ),
        P("1. Thời gian kiểm tra", "h4"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("15/12/2026 | Chiều | Toán | 90 phút", "tr"),
        P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("16/12/2026 | Chiều | Môn chuyên | 180 phút", "tr"),
        P("2. Hình thức kiểm tra", "h4"),
        P(
            "Các môn Ngữ văn và môn chuyên kiểm tra theo hình thức tự luận; môn Toán, Tiếng Anh kết "
            "hợp trắc nghiệm và tự luận. Đề kiểm tra do tổ chuyên môn xây dựng theo ma trận đã thống nhất."
        ),
        P("3. Tổ chức thực hiện", "h4"),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh. "
            "Học sinh vắng mặt có lý do chính đáng được bố trí kiểm tra bổ sung theo quy định."
        ),
    ],
    opts={
        "tid": 5,
        "created": "2026-11-16 14:00",
        "changed": "2026-11-16 14:02",
        "account": "vanthu",
    },
)

_C3 = Story(
    id=395,
    slug="thong-bao-lich-hop-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch họp cha mẹ học sinh giữa học kỳ I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-10T09:30:00+07:00",
    authors=["Văn phòng nhà trường"],
    blocks=[
        P("Nhà trường thông báo lịch họp cha mẹ học sinh giữa học kỳ I năm học 2026 – 2027 như sau:"),
        P("Thời gian: 14 giờ 00, Chủ nhật ngày 15/11/2026."),
        P(
            "Địa điểm: Tại các phòng học của lớp; riêng khối 10 họp chung tại hội trường lúc 13 giờ "
            "30 trước khi về các lớp."
        ),
        P(
            "Nội dung: Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I; trao "
            "đổi kế hoạch học tập học kỳ II và lấy ý kiến của cha mẹ học sinh về công tác bán trú, ký "
            "túc xá."
        ),
        P(
            "Đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ. Trường hợp không thể tham dự, "
            "phụ huynh vui lòng liên hệ trực tiếp với giáo viên chủ nhiệm."
        ),
        Raw('<p style="text-align: right;"><strong>Văn phòng nhà trường</strong></p>'),
    ],
    opts={
        "tid": 5,
        "created": "2026-11-10 09:30",
        "changed": "2026-11-10 09:31",
        "account": "vanthu",
        "files": [("2026-11", "Lich-hop-CMHS-giua-HKI.pdf", 61_230)],
    },
)

_C4 = Story(
    id=381,
    slug="thong-bao-cac-khoan-thu-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo các khoản thu học kỳ I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-10-20T10:00:00+07:00",
    blocks=[
        P(
            "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh Quảng Trị quy định các khoản thu dịch vụ "
            "phục vụ, hỗ trợ hoạt động giáo dục năm học 2026 – 2027, nhà trường thông báo các khoản "
            "thu học kỳ I như sau:"
        ),
        P("TT | Khoản thu | Mức thu | Ghi chú", "th"),
        P("1 | Bảo hiểm y tế học sinh (12 tháng) | 884.520 đồng | Bắt buộc", "tr"),
        P("2 | Tiền ăn bán trú | 30.000 đồng/ngày | Học sinh đăng ký", "tr"),
        P("3 | Tiền ở ký túc xá | 150.000 đồng/tháng | Học sinh nội trú", "tr"),
        P(
            "Phụ huynh nộp tiền qua tài khoản của nhà trường tại Ngân hàng Vietcombank Chi nhánh Quảng "
            "Trị hoặc nộp trực tiếp tại Văn phòng nhà trường trước ngày 15/11/2026."
        ),
        P(
            "Theo quy định hiện hành, học sinh trung học phổ thông công lập được miễn học phí; phụ "
            "huynh lưu ý không nộp bất kỳ khoản thu nào ngoài danh mục trên."
        ),
    ],
    opts={
        "tid": 5,
        "created": "2026-10-20 10:00",
        "changed": "2026-10-20 10:06",
        "account": "vanthu",
    },
)

STORIES: list[Story] = [_C1, _A1, _B1, _A2, _A3, _B2, _C2, _A4, _C3, _A5, _A6, _C4, _A7]
BY_NID = {s.id: s for s in STORIES}
BY_ALIAS = {s.slug: s for s in STORIES}
OLD_ALIASES = {s.opts["old_alias"]: s for s in STORIES if s.opts.get("old_alias")}


def _created(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["created"], "%Y-%m-%d %H:%M")


def _changed(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["changed"], "%Y-%m-%d %H:%M")


def in_category(tid: int) -> list[Story]:
    """The category's nodes, newest first (the view sorts by created DESC)."""
    return sorted((s for s in STORIES if s.opts["tid"] == tid), key=_created, reverse=True)


def newest(n: int, tids: tuple[int, ...] = (3, 4, 5)) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["tid"] in tids), key=_created, reverse=True)[:n]


def node_path(story: Story) -> str:
    return f"/bai-viet/{story.slug}"


# --- dates as Drupal prints them --------------------------------------------------------------

_SHORT_DAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def drupal_medium(moment: _dt.datetime) -> str:
    """The site's "medium" format ``D, d/m/Y - H:i`` in Vietnamese ("T5, 03/12/2026 - 15:20")."""
    return f"{_SHORT_DAYS[moment.weekday()]}, {moment:%d/%m/%Y - %H:%M}"


def rdf_utc(moment: _dt.datetime) -> str:
    """What the RDF module puts in ``content``: UTC with +00:00."""
    return (moment - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def iso_local(moment: _dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+07:00")


# --- body rendering -------------------------------------------------------------------------

_BLAZY_PLACEHOLDER = (
    "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D&#039;http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg"
    "&#039;%20viewBox%3D&#039;0%200%201%201&#039;%2F%3E"
)


def _file_name(src: str) -> str:
    return src.split("?", 1)[0].rsplit("/", 1)[-1]


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _word(inner: str) -> str:
    return (
        '<p class="MsoNormal" style="text-align:justify; text-indent:.5in; line-height:150%">'
        '<span style="font-size:14.0pt"><span style="line-height:150%">'
        '<span style="font-family:&quot;Times New Roman&quot;,serif">'
        f"{inner}</span></span></span><o:p></o:p></p>"
    )


def _embed_card(path: str, title: str, thumb: str, day: str, teaser: str) -> str:
    """An Entity Embed card (``<drupal-entity data-embed-button="node">``) as rendered."""
    return (
        '<div class="embedded-entity align-center" data-embed-button="node" '
        'data-entity-embed-display="view_mode:node.embed">'
        f'<article role="article" about="{path}" class="album-anh node--view-mode-embed '
        'clearfix"><div class="media">'
        f'<div class="media-left"><a href="{path}" hreflang="vi">'
        f'<img src="{esc(thumb)}" width="120" height="80" '
        'alt="" typeof="foaf:Image" class="img-responsive" /></a></div>'
        '<div class="media-body"><h4 class="media-heading">'
        f'<a href="{path}" rel="bookmark" hreflang="vi">{esc(title)}</a></h4>'
        f'<span class="embed-date">{day}</span>'
        f"<p>{esc(teaser)}</p></div></div></article></div>"
    )


def _a2a(path: str) -> str:
    return (
        '<span class="a2a_kit a2a_kit_size_24 addtoany_list" '
        f'data-a2a-url="{path}" data-a2a-title="">'
        '<a class="a2a_button_facebook"></a><a class="a2a_button_zalo"></a>'
        '<a class="a2a_button_email"></a>'
        '<a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url=">'
        '<img src="/modules/contrib/addtoany/images/share_save_171_16.png" alt="Chia sẻ"></a>'
        "</span>"
    )


def _text_chunk(story: Story, blocks: list) -> str:
    """One ``doan_van`` paragraph entity's CKEditor HTML."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "<!--embed:album-->":
                out.append(
                    _embed_card(
                        ALBUM_PATH,
                        ALBUM_TITLE,
                        styled("2026-09", ALBUM_PHOTOS[0], "thumb_120x80"),
                        "06/09/2026",
                        ALBUM_TEXT[:150].rsplit(" ", 1)[0] + "…",
                    )
                )
            elif b.html.startswith("<!--xemthem:"):
                other = BY_NID[int(b.html[12:-3])]
                out.append(
                    '<p><strong>Xem thêm:</strong> '
                    f'<a href="{node_path(other)}">{esc(other.title)}</a></p>'
                )
            elif b.html == "<!--a2a-->":
                out.append(f'<div class="a2a-inline">{_a2a(node_path(story))}</div>')
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            name = _file_name(b.src)
            if b.style == "figure":
                out.append(
                    '<figure role="group" class="caption caption-img align-center">'
                    f'<img alt="" data-entity-type="file" data-entity-uuid="{_uuid(name)}" '
                    f'src="{esc(b.src)}" width="800" height="533" />'
                    f"<figcaption>{_t(story, b.printed or '')}</figcaption></figure>"
                )
            else:  # "inline": the editor's image, then a centred italic line
                out.append(
                    f'<p style="text-align: center;"><img alt="{esc(name)}" '
                    f'data-entity-type="file" data-entity-uuid="{_uuid(name)}" '
                    f'src="{esc(b.src)}" width="700" height="467" /></p>'
                )
                if b.printed:
                    out.append(
                        f'<p style="text-align: center;"><em>{_t(story, b.printed)}</em></p>'
                    )
            i += 1
            continue
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if style in ("th", "tr"):
            rows = []
            while (
                i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr")
            ):
                row = blocks[i]
                cells = row.text.split(" | ")
                tag = "th" if row.style == "th" else "td"
                cells_html = "".join(
                    f'<{tag} style="border:1px solid #999; padding:4px">{_t(story, c)}</{tag}>'
                    for c in cells
                )
                rows.append(f"<tr>{cells_html}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" '
                'style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        body = _t(story, b.text)
        if style == "br" and out:
            # the editor pressed Shift+Enter: same <p>, a <br />
            last = out.pop()
            end = "</span></span></span>" if "<o:p>" in last else "</p>"
            cut = last.rfind(end)
            out.append(last[:cut] + "<br />\n" + body + last[cut:])
        elif style == "word":
            out.append(_word(body))
        elif style == "b":
            out.append(f"<p><strong>{body}</strong></p>")
        elif style in ("h3", "h4"):
            out.append(f"<{style}>{body}</{style}>")
        else:
            out.append(f'<p style="text-align: justify;">{body}</p>')
        i += 1
    return "\n".join(out)


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _para_wrap(kind: str, pid: int, inner: str) -> str:
    return (
        f'<div class="field--item"><div class="paragraph paragraph--type--{kind} '
        f'paragraph--view-mode--default" data-pid="{pid}">{inner}</div></div>'
    )


def render_paragraphs(story: Story) -> str:
    """The ``field_noi_dung`` field: paragraphs entities in order."""
    items: list[str] = []
    chunk: list = []
    pid = story.id * 10 + 1000

    def flush() -> None:
        nonlocal pid
        if chunk:
            pid += 1
            inner = (
                '<div class="field field--name-field-van-ban field--type-text-long '
                f'field--label-hidden field--item">{_text_chunk(story, chunk)}</div>'
            )
            items.append(_para_wrap("doan-van", pid, inner))
            chunk.clear()

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "para":
            flush()
            pid += 1
            name = _file_name(b.src)
            inner = (
                '<div class="field field--name-field-hinh field--type-image field--label-hidden '
                'field--item"><div class="media media--blazy media--image is-b-loading">'
                f'<img class="media__image media__element b-lazy img-responsive" '
                f'src="{_BLAZY_PLACEHOLDER}" data-src="{esc(b.src)}" width="760" height="507" '
                f'alt="{esc(name.rsplit(".", 1)[0])}" typeof="foaf:Image" /></div></div>'
            )
            if b.printed:
                inner += (
                    '<div class="field field--name-field-chu-thich field--type-string '
                    f'field--label-hidden field--item">{_t(story, b.printed)}</div>'
                )
            items.append(_para_wrap("hinh-anh", pid, inner))
            i += 1
            continue
        if isinstance(b, Img) and b.style == "gallery":
            flush()
            pid += 1
            thumbs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                g = blocks[i]
                month = g.src.split("/public/", 1)[1].split("/", 1)[0]
                name = _file_name(g.src)
                large = styled(month, name, "large")
                thumbs.append(
                    f'<div class="field--item"><a href="{esc(large)}" aria-label="" role="button" '
                    f'title="" data-colorbox-gallery="gallery-paragraph-{pid}-AbL9d" '
                    f'class="colorbox" data-cbox-img-attrs="{{&quot;alt&quot;:&quot;&quot;}}">'
                    f'<img src="{esc(g.src)}" width="220" height="147" alt="" '
                    'typeof="foaf:Image" class="img-responsive" /></a></div>'
                )
                i += 1
            inner = (
                '<div class="field field--name-field-bo-anh field--type-image field--label-hidden '
                'field--items">' + "".join(thumbs) + "</div>"
            )
            items.append(_para_wrap("thu-vien-anh", pid, inner))
            continue
        if isinstance(b, Raw) and b.html.startswith("<!--para-->"):
            flush()
            items.append(f'<div class="field--item">{b.html[11:]}</div>')
            i += 1
            continue
        chunk.append(b)
        i += 1
    flush()
    return (
        '<div class="field field--name-field-noi-dung field--type-entity-reference-revisions '
        'field--label-hidden field--items">' + "".join(items) + "</div>"
    )


# --- chrome ---------------------------------------------------------------------------------

#: the main menu: (label, href, children)
MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "#",
        [("Giới thiệu chung", "/gioi-thieu"), ("Cơ cấu tổ chức", "/co-cau-to-chuc")],
    ),
    (
        "Tin tức",
        "#",
        [
            ("Hoạt động chuyên môn", "/tin-tuc/hoat-dong-chuyen-mon"),
            ("Hoạt động Đoàn - Hội", "/tin-tuc/doan-hoi"),
        ],
    ),
    ("Thông báo", "/tin-tuc/thong-bao", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Liên hệ", "/lien-he", []),
]

#: "Tin xem nhiều" (statistics module's popular content, all time)
MOST_READ = [405, 402, 409, 398, 399]


def _menu(active: str) -> str:
    items = []
    for label, href, children in MENU:
        if children:
            subs = "".join(
                f'<li{" class=active" if h == active else ""}><a href="{h}">{esc(lab)}</a></li>'
                for lab, h in children
            )
            is_active = any(h == active for _lab, h in children)
            items.append(
                f'<li class="expanded dropdown{" active active-trail" if is_active else ""}">'
                f'<a href="{href}" class="dropdown-toggle" data-toggle="dropdown" '
                f'aria-expanded="false">{esc(label)} <span class="caret"></span></a>'
                f'<ul class="dropdown-menu">{subs}</ul></li>'
            )
        else:
            cls = ' class="active"' if href == active else ""
            items.append(f'<li{cls}><a href="{href}" data-drupal-link-system-path="">'
                         f"{esc(label)}</a></li>")
    return (
        '<nav role="navigation" aria-labelledby="block-lqd-bootstrap-main-menu-menu" '
        'id="block-lqd-bootstrap-main-menu">'
        '<h2 class="sr-only" id="block-lqd-bootstrap-main-menu-menu">Main navigation</h2>'
        '<ul class="menu menu--main nav navbar-nav">' + "".join(items) + "</ul></nav>"
    )


def _sidebar() -> str:
    hot = "".join(
        f'<div class="views-row"><span class="views-field views-field-title">'
        f'<span class="field-content"><a href="{node_path(BY_NID[n])}" hreflang="vi">'
        f"{esc(BY_NID[n].title)}</a></span></span>"
        f'<span class="views-field views-field-totalcount"> ({BY_NID[n].views()} lượt xem)</span></div>'
        for n in MOST_READ
    )
    return f"""
<aside class="col-sm-3" role="complementary">
  <div class="region region-sidebar-second">
    <section id="block-views-block-tin-xem-nhieu-block-1" class="block block-views clearfix">
      <h2 class="block-title">Tin xem nhiều</h2>
      <div class="view view-tin-xem-nhieu view-id-tin_xem_nhieu js-view-dom-id-5c1e0f">
        <div class="view-content">{hot}</div></div>
    </section>
    <section id="block-thamdoykien" class="block block-poll clearfix">
      <h2 class="block-title">Thăm dò ý kiến</h2>
      <form class="poll-view-form" data-drupal-selector="poll-view-form-2" action="/" method="post"
            id="poll-view-form-2" accept-charset="UTF-8">
        <div class="poll"><div class="poll-question">Bạn biết đến website nhà trường qua kênh nào?</div>
        <div class="radio"><label><input type="radio" name="choice" value="7" class="form-radio"> Giáo viên giới thiệu</label></div>
        <div class="radio"><label><input type="radio" name="choice" value="8" class="form-radio"> Mạng xã hội</label></div>
        <div class="radio"><label><input type="radio" name="choice" value="9" class="form-radio"> Công cụ tìm kiếm</label></div>
        <input type="hidden" name="form_id" value="poll_view_form_2">
        <button class="button js-form-submit form-submit btn-primary btn" type="submit" name="op" value="Bình chọn">Bình chọn</button>
        </div></form>
    </section>
    <section id="block-lienketwebsite" class="block block-block-content clearfix">
      <h2 class="block-title">Liên kết website</h2>
      <select class="form-control" onchange="if(this.value) window.open(this.value)">
        <option value="">-- Chọn liên kết --</option>
        <option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>
        <option value="https://sgddt.quangtri.gov.vn/">Sở GD&amp;ĐT Quảng Trị</option>
        <option value="https://quangtri.gov.vn/">Cổng TTĐT tỉnh Quảng Trị</option>
      </select>
      <p class="banner"><a href="https://thisinh.thitotnghiepthpt.edu.vn/" target="_blank"><img src="{FILES}/banner/banner-thi-tot-nghiep.png" alt="Thi tốt nghiệp THPT" class="img-responsive"></a></p>
    </section>
    <section id="block-thongketruycap" class="block block-lqd-counter clearfix">
      <h2 class="block-title">Thống kê truy cập</h2>
      <ul class="list-unstyled lqd-counter">
        <li><i class="glyphicon glyphicon-user"></i> Đang online: <b>27</b></li>
        <li><i class="glyphicon glyphicon-calendar"></i> Hôm nay: <b>1.184</b></li>
        <li><i class="glyphicon glyphicon-stats"></i> Tổng truy cập: <b>2.317.645</b></li>
      </ul>
    </section>
  </div>
</aside>"""


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = []
    for label, href in trail:
        if href:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="active">{esc(label)}</li>')
    return '<ol class="breadcrumb">' + "".join(items) + "</ol>"


def page(
    request: Request,
    title: str,
    content: str,
    *,
    active: str = "",
    trail: list[tuple[str, str | None]] | None = None,
    head_extra: str = "",
    body_class: str = "path-frontpage",
    above_title: str = "",
    show_title: bool = True,
    status: int = 200,
) -> Response:
    crumbs = _breadcrumb(trail) if trail else ""
    h1 = (
        f'<h1 class="page-header"><span class="field field--name-title">{esc(title)}</span></h1>'
        if show_title
        else ""
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head_extra}
<link rel="shortcut icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{esc(title)} | {SITE_NAME} - Quảng Trị</title>
<link rel="stylesheet" media="all" href="{FILES}/css/css_q3V8rJ2mXh1pWl0KuTz4gN5bYc7aDsFe.css?t2k9fq" />
<link rel="stylesheet" media="all" href="https://cdn.jsdelivr.net/npm/bootstrap@3.4.1/dist/css/bootstrap.min.css" />
</head>
<body class="{body_class} has-glyphicons">
<a href="#main-content" class="visually-hidden focusable skip-link">Bỏ qua đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="lqd-topbar"><div class="container"><span class="lqd-today"><i class="glyphicon glyphicon-time"></i> {HEADER_TODAY}</span>
  <span class="pull-right lqd-hotline">Hotline: 0233 3852 479 | <a href="https://www.facebook.com/thptchuyenlequydonquangtri" target="_blank">Facebook</a></span></div></div>
<div class="lqd-banner container"><a href="/" title="Trang chủ" rel="home" class="logo navbar-btn pull-left">
  <img src="{THEME}/logo.png" alt="Trang chủ" /></a>
  <div class="lqd-site-name"><span class="lqd-so">SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ</span>
  <span class="lqd-truong">TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</span></div>
  <form class="search-block-form form-inline pull-right" action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
    <input title="Nhập từ khóa bạn muốn tìm kiếm." data-drupal-selector="edit-keys" class="form-search form-control" placeholder="Tìm kiếm" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" />
    <button type="submit" value="Tìm kiếm" class="button js-form-submit form-submit btn-primary btn icon-only"><span class="sr-only">Tìm kiếm</span><span class="icon glyphicon glyphicon-search" aria-hidden="true"></span></button>
  </form></div>
<header class="navbar navbar-default container" id="navbar" role="banner">
  <div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#navbar-collapse">
  <span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
  <div id="navbar-collapse" class="navbar-collapse collapse"><div class="region region-navigation-collapsible">{_menu(active)}</div></div>
</header>
<div role="main" class="main-container container js-quickedit-main-content">
  <div class="row">
    <section class="col-sm-9">
      {crumbs}
      <a id="main-content"></a>
      <div class="region region-content">
        <div data-drupal-messages-fallback class="hidden"></div>
        {above_title}
        {h1}
        {content}
      </div>
    </section>
    {_sidebar()}
  </div>
</div>
<footer class="footer container" role="contentinfo">
  <div class="region region-footer">
  <section id="block-thongtinchantrang" class="block block-block-content clearfix">
    <p><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN - TỈNH QUẢNG TRỊ</strong></p>
    <p>Địa chỉ: Số 01 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</p>
    <p>Điện thoại: 0233 3852 479 - Fax: 0233 3852 480 - Email: <a href="mailto:c3lequydon@quangtri.edu.vn">c3lequydon@quangtri.edu.vn</a></p>
    <p>Chịu trách nhiệm nội dung: Hiệu trưởng Hoàng Văn Lực</p>
    <p>© 2018 - 2026 Bản quyền thuộc về Trường THPT Chuyên Lê Quý Đôn. Thiết kế bởi Sao Mai Web.
       <a href="/rss.xml" class="feed-icon">RSS</a></p>
  </section></div>
</footer>
</div>
<script src="{FILES}/js/js_Hk2dL0pQx7rUe4FzT9bWv1mNc3aSoYgJ.js"></script>
<script src="{THEME}/js/blazy.min.js"></script>
<script src="https://static.addtoany.com/menu/page.js" async></script>
</body>
</html>"""
    return html(doc, status=status, headers={"X-Generator": "Drupal 8 (https://www.drupal.org)",
                                             "X-Drupal-Cache": "HIT",
                                             "Cache-Control": "max-age=900, public"})


# --- node pages -----------------------------------------------------------------------------


def _field(name: str, ftype: str, label: str | None, items: list[str]) -> str:
    label_cls = "field--label-inline" if label else "field--label-hidden"
    lab = f'<div class="field--label">{esc(label)}</div>' if label else ""
    if len(items) == 1:
        body = f'<div class="field--item">{items[0]}</div>'
    else:
        body = '<div class="field--items">' + "".join(
            f'<div class="field--item">{it}</div>' for it in items
        ) + "</div>"
    return (
        f'<div class="field field--name-{name} field--type-{ftype} {label_cls} clearfix">'
        f"{lab}{body}</div>"
    )


def _files_table(files: list[tuple[str, str, int]]) -> str:
    rows = "".join(
        "<tr><td>"
        '<span class="file file--mime-application-pdf file--application-pdf icon-before">'
        '<span class="file-icon"><span class="icon glyphicon glyphicon-file text-primary" '
        'aria-hidden="true"></span></span><span class="file-link">'
        f'<a href="{original(month, name)}" type="application/pdf; length={size}" '
        f'title="{esc(name)}">{esc(name)}</a></span></span></td>'
        f"<td>{size // 1024} KB</td></tr>"
        for month, name, size in files
    )
    return (
        '<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above">'
        '<div class="field--label">Tệp đính kèm</div>'
        '<table data-striping="1" class="table table-hover table-striped">'
        "<thead><tr><th>Tập tin đính kèm</th><th>Dung lượng</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )


def _related_block(story: Story) -> str:
    """Under the node: "Cùng chuyên mục" (3 newest of the term but this one) or, for notices,
    "Thông báo mới" (the 3 newest notices, this one included); links are /node/<nid>."""
    tid = story.opts["tid"]
    if tid == 5:
        heading = "Thông báo mới"
        others = in_category(tid)[:3]
    else:
        heading = "Cùng chuyên mục"
        others = [s for s in in_category(tid) if s.id != story.id][:3]
    rows = "".join(
        f'<li><span class="views-field views-field-title"><span class="field-content">'
        f'<a href="/node/{s.id}">{esc(s.title)}</a></span></span> '
        f'<span class="views-field views-field-created"><span class="field-content">'
        f"({_created(s):%d/%m/%Y})</span></span></li>"
        for s in others
    )
    return (
        '<section class="views-element-container block block-views '
        'block-views-blockcung-chuyen-muc-block-1 clearfix" '
        'id="block-views-block-cung-chuyen-muc-block-1">'
        f'<h2 class="block-title">{heading}</h2>'
        '<div class="form-group"><div class="view view-cung-chuyen-muc view-id-cung_chuyen_muc '
        'view-display-id-block_1 js-view-dom-id-0b9f37a2"><div class="view-content">'
        f'<div class="item-list"><ul class="lqd-lienquan">{rows}</ul></div></div></div></div>'
        "</section>"
    )


def node_page(request: Request, story: Story) -> Response:
    tid = story.opts["tid"]
    alias, cat_name = CATEGORIES[tid]
    path = node_path(story)
    created, changed = _created(story), _changed(story)
    base = base_url(request)
    thumb = original(*story.opts["thumb"]) if story.opts.get("thumb") else None
    teaser = story.summary or story.paragraphs[0]
    if story.opts.get("nfd"):  # the metatag trims the stored (decomposed) text
        teaser = unicodedata.normalize("NFD", teaser)
    head = (
        f'<link rel="canonical" href="{base}{path}" />\n'
        f'<link rel="shortlink" href="{base}/node/{story.id}" />\n'
        f'<link rel="amphtml" href="{base}{path}?amp" />\n'
        f'<meta name="description" content="{esc(teaser[:200])}" />\n'
        f'<meta property="og:site_name" content="{SITE_NAME}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        + (f'<meta property="og:image" content="{base}{thumb}" />\n' if thumb else "")
        + f'<meta property="og:updated_time" content="{iso_local(changed)}" />'
    )
    kicker = ""
    if story.opts.get("kicker"):
        kicker = (
            '<section id="block-tieudephu" class="block block-ctools-block '
            'block-entity-fieldnodefield-tieu-de-phu clearfix">'
            '<div class="field field--name-field-tieu-de-phu field--type-string '
            f'field--label-hidden field--item">{esc(story.opts["kicker"])}</div></section>'
        )
    parts: list[str] = []
    parts.append(
        _field(
            "field-chuyen-muc",
            "entity-reference",
            "Chuyên mục",
            [f'<a href="/tin-tuc/{alias}" hreflang="vi">{esc(cat_name)}</a>'],
        )
    )
    updated = ""
    if story.opts.get("show_changed"):
        updated = (
            f'<div class="tb-capnhat"><em>Cập nhật lần cuối: {drupal_medium(changed)}</em></div>'
        )
    parts.append(
        '<div class="tb-submitted"><span class="glyphicon glyphicon-user"></span> Gửi bởi '
        f'<span rel="schema:author" class="field field--name-uid field--type-entity-reference '
        f'field--label-hidden"><span lang="" about="/user/{_uid(story)}" typeof="schema:Person" '
        f'property="schema:name" datatype="">{esc(story.opts["account"])}</span></span> vào '
        f'<span class="field field--name-created field--type-created field--label-hidden">'
        f"{drupal_medium(created)}</span>"
        f'<span property="schema:dateCreated" content="{rdf_utc(created)}" class="hidden"></span>'
        f"</div>{updated}"
    )
    parts.append(
        '<div class="tb-congcu clearfix"><div class="pull-left">'
        f"{_a2a(path)}</div>"
        '<div class="pull-right tb-font"><a href="javascript:void(0)" class="font-minus">A-</a> '
        '<a href="javascript:void(0)" class="font-reset">A</a> '
        '<a href="javascript:void(0)" class="font-plus">A+</a> '
        '<a href="javascript:window.print()" class="tb-print"><span class="glyphicon '
        'glyphicon-print"></span> In bài</a></div></div>'
    )
    parts.append(
        '<div class="lqd-tts"><span class="lqd-tts-label"><span class="glyphicon '
        'glyphicon-volume-up"></span> Nghe đọc bài viết:</span> '
        f'<audio controls preload="none" src="{FILES}/tts/node-{story.id}.mp3"></audio></div>'
    )
    if story.summary and story.sapo_outside:
        parts.append(
            '<div class="field field--name-field-tom-tat field--type-string-long '
            f'field--label-hidden field--item"><strong>{_t(story, story.summary)}</strong></div>'
        )
    parts.append(render_paragraphs(story))
    if story.opts.get("files"):
        parts.append(_files_table(story.opts["files"]))
    if story.opts.get("tac_gia"):
        parts.append(
            _field(
                "field-tac-gia",
                "string",
                "Tác giả",
                [esc(a) for a in story.opts["tac_gia"]],
            )
        )
    if story.opts.get("nguon"):
        label, href = story.opts["nguon"]
        parts.append(
            _field(
                "field-nguon",
                "link",
                "Nguồn",
                [f'<a href="{href}" target="_blank" rel="nofollow">{esc(label)}</a>'],
            )
        )
    if story.opts.get("tags"):
        parts.append(
            _field(
                "field-tags",
                "entity-reference",
                "Từ khóa",
                [
                    f'<a href="/taxonomy/term/{t}" property="schema:about" hreflang="vi">'
                    f"{esc(TAGS[t])}</a>"
                    for t in story.opts["tags"]
                ],
            )
        )
    parts.append(
        '<ul class="links inline list-inline"><li class="statistics-counter">'
        f"{story.views()} lượt xem</li></ul>"
    )
    article = (
        f'<article role="article" about="{path}" typeof="schema:Article" '
        f'class="tin-bai is-promoted full clearfix node-{story.id}">'
        f'<span property="schema:name" content="{esc(story.title)}" class="hidden"></span>'
        f'<div class="content">{"".join(parts)}</div></article>'
    )
    return page(
        request,
        story.title,
        article + _related_block(story),
        active=f"/tin-tuc/{alias}",
        trail=[("Trang chủ", "/"), (story.title, None)],
        head_extra=head,
        body_class=f"path-node page-node-type-bai-viet node-{story.id}",
        above_title=kicker,
    )


def _uid(story: Story) -> int:
    return {"quantri": 3, "doantruong": 7, "vanthu": 5}[story.opts["account"]]


def amp_page(request: Request, story: Story) -> Response:
    """The AMP module's view of the node (``?amp``): same text, amp-img, no chrome."""
    base = base_url(request)
    blocks: list[str] = []
    if story.summary and story.sapo_outside:
        blocks.append(f"<p><strong>{_t(story, story.summary)}</strong></p>")
    for b in story.blocks:
        if isinstance(b, P):
            blocks.append(f"<p>{_t(story, b.text)}</p>")
        elif isinstance(b, Img):
            blocks.append(
                f'<figure><amp-img src="{esc(b.src)}" width="760" height="507" '
                f'layout="responsive"></amp-img>'
                + (f"<figcaption>{_t(story, b.printed)}</figcaption>" if b.printed else "")
                + "</figure>"
            )
        elif not b.html.startswith("<!--"):
            blocks.append(b.html)
    created = _created(story)
    doc = f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8">
<title>{esc(story.title)} | {SITE_NAME}</title>
<link rel="canonical" href="{base}{node_path(story)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head><body>
<header class="amp-header"><a href="{base}/">{SITE_NAME}</a></header>
<article class="amp-node"><h1>{esc(story.title)}</h1>
<div class="amp-meta">{drupal_medium(created)}</div>
{"".join(blocks)}
</article></body></html>"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------


def _teaser(story: Story) -> str:
    path = node_path(story)
    thumb = styled(*story.opts["thumb"], "tin_thumb_220x150") if story.opts.get("thumb") else None
    summary = story.summary or story.paragraphs[0]
    if len(summary) > 180:
        summary = summary[:180].rsplit(" ", 1)[0] + "…"
    if story.opts.get("nfd"):
        summary = unicodedata.normalize("NFD", summary)
    img = ""
    if thumb:
        img = (
            '<div class="field field--name-field-anh-dai-dien field--type-image '
            f'field--label-hidden field--item"><a href="{path}" hreflang="vi">'
            f'<img src="{esc(thumb)}" width="220" height="150" alt="" typeof="foaf:Image" '
            'class="img-responsive" /></a></div>'
        )
    return (
        f'<div class="views-row"><article role="article" about="{path}" '
        f'class="tin-bai is-promoted teaser clearfix">'
        f'<h2><a href="{path}" rel="bookmark"><span class="field field--name-title">'
        f"{esc(story.title)}</span></a></h2>"
        '<div class="tb-submitted small text-muted">Gửi bởi '
        f'<span>{esc(story.opts["account"])}</span> vào {drupal_medium(_created(story))}</div>'
        f'<div class="content">{img}'
        '<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden '
        f'field--item">{esc(summary)}</div>'
        '<ul class="links inline list-inline"><li class="node-readmore">'
        f'<a href="{path}" rel="tag" title="{esc(story.title)}" hreflang="vi">Đọc thêm'
        f'<span class="visually-hidden"> về {esc(story.title)}</span></a></li></ul>'
        "</div></article></div>"
    )


def _title_row(story: Story) -> str:
    return (
        '<div class="views-row"><span class="glyphicon glyphicon-chevron-right"></span> '
        '<span class="views-field views-field-title"><span class="field-content">'
        f'<a href="{node_path(story)}" hreflang="vi">{esc(story.title)}</a></span></span> '
        '<span class="views-field views-field-created"><span class="field-content text-muted">'
        f"({_created(story):%d/%m/%Y})</span></span></div>"
    )


def _mini_pager(current: int, has_next: bool) -> str:
    items = []
    if current > 0:
        items.append(
            f'<li class="previous"><a href="?page={current - 1}" title="Đến trang trước" '
            'rel="prev"><span aria-hidden="true">‹‹ Trang trước</span></a></li>'
        )
    items.append(f'<li class="active"><span>Trang {current + 1}</span></li>')
    if has_next:
        items.append(
            f'<li class="next"><a href="?page={current + 1}" title="Đến trang sau" rel="next">'
            '<span aria-hidden="true">Trang sau ››</span></a></li>'
        )
    return (
        '<nav class="pager-nav text-center" role="navigation" '
        'aria-labelledby="pagination-heading--2"><h4 id="pagination-heading--2" '
        'class="visually-hidden">Phân trang</h4><ul class="pager js-pager__items">'
        + "".join(items)
        + "</ul></nav>"
    )


def _full_pager(current: int, total: int, extra: str) -> str:
    def href(n: int) -> str:
        return f"?{extra}page={n}"

    items = []
    if current > 0:
        items.append(
            f'<li class="pager__item--first"><a href="{href(0)}" title="Đến trang đầu">'
            '<span aria-hidden="true">« Đầu</span></a></li>'
        )
        items.append(
            f'<li class="prev"><a href="{href(current - 1)}" title="Đến trang trước" rel="prev">'
            '<span aria-hidden="true">‹ Trước</span></a></li>'
        )
    for n in range(total):
        if n == current:
            items.append(f'<li class="pager__item is-active active"><span>{n + 1}</span></li>')
        else:
            items.append(f'<li><a href="{href(n)}" title="Đến trang {n + 1}">{n + 1}</a></li>')
    if current < total - 1:
        items.append(
            f'<li class="next"><a href="{href(current + 1)}" title="Đến trang sau" rel="next">'
            '<span aria-hidden="true">Sau ›</span></a></li>'
        )
        items.append(
            f'<li class="pager__item--last"><a href="{href(total - 1)}" title="Đến trang cuối">'
            '<span aria-hidden="true">Cuối »</span></a></li>'
        )
    return (
        '<nav aria-labelledby="pagination-heading"><h4 id="pagination-heading" '
        'class="visually-hidden">Phân trang</h4><ul class="pagination js-pager__items">'
        + "".join(items)
        + "</ul></nav>"
    )


def _page_number(request: Request) -> int:
    raw = request.params.get("page", "0")
    return int(raw) if raw.isdigit() else 0


def category_page(request: Request, tid: int) -> Response:
    alias, name = CATEGORIES[tid]
    per = PER_PAGE[tid]
    stories = in_category(tid)
    current = _page_number(request)
    exposed = ""
    extra = ""
    if tid == 5:
        nam_hoc = request.params.get("nam_hoc", "All")
        if "nam_hoc" in request.params:
            extra = f"nam_hoc={esc(nam_hoc)}&amp;"
        if nam_hoc not in ("All", "2026-2027"):
            stories = []
        opts = "".join(
            f'<option value="{v}"{" selected" if v == nam_hoc else ""}>{lab}</option>'
            for v, lab in (("All", "- Tất cả -"), ("2026-2027", "2026 - 2027"),
                           ("2025-2026", "2025 - 2026"))
        )
        exposed = (
            '<div class="view-filters form-group"><form class="views-exposed-form form-inline" '
            f'action="/tin-tuc/{alias}" method="get" id="views-exposed-form-ds-thong-bao-page-1" '
            'accept-charset="UTF-8"><div class="form-item js-form-item form-type-select '
            'js-form-type-select form-item-nam-hoc form-group"><label for="edit-nam-hoc" '
            'class="control-label">Năm học</label><div class="select-wrapper">'
            f'<select class="form-select form-control" id="edit-nam-hoc" name="nam_hoc">{opts}'
            '</select></div></div><div class="form-actions form-group js-form-wrapper '
            'form-wrapper" id="edit-actions"><button class="button js-form-submit form-submit '
            'btn-info btn" type="submit" id="edit-submit-ds-thong-bao" value="Áp dụng">Áp dụng'
            "</button></div></form></div>"
        )
    total = max(1, -(-len(stories) // per))
    rows: list[Story]
    if tid == 3:
        rows = stories[current * per : (current + 1) * per]
        has_next = len(stories) > (current + 1) * per
        pager = _mini_pager(current, has_next) if (current > 0 or has_next) else ""
    else:
        if current >= total:
            current = total - 1  # Views serves the last page again
        rows = stories[current * per : (current + 1) * per]
        pager = _full_pager(current, total, extra) if total > 1 else ""
    if rows:
        render = _title_row if tid == 5 else _teaser
        content = '<div class="view-content">' + "".join(render(s) for s in rows) + "</div>"
    else:
        content = '<div class="view-empty"><p>Chưa có bài viết trong chuyên mục này.</p></div>'
    view = (
        f'<div class="views-element-container form-group"><div class="view view-ds-tin-tuc '
        f'view-id-ds_tin_tuc view-display-id-page_{tid} js-view-dom-id-'
        f'{hashlib.md5(alias.encode()).hexdigest()[:24]}">{exposed}{content}{pager}</div></div>'
    )
    head = f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" href="/taxonomy/term/{tid}/feed" />'
    return page(
        request,
        name,
        view,
        active=f"/tin-tuc/{alias}",
        trail=[("Trang chủ", "/"), (name, None)],
        head_extra=head,
        body_class="path-tin-tuc path-taxonomy",
    )


def tag_page(request: Request, tid: int) -> Response:
    name = TAGS[tid]
    stories = [s for s in sorted(STORIES, key=_created, reverse=True) if tid in s.opts.get("tags", [])]
    content = (
        '<div class="views-element-container form-group"><div class="view view-taxonomy-term '
        'view-id-taxonomy_term view-display-id-page_1"><div class="view-header">'
        f'<div about="/taxonomy/term/{tid}" typeof="schema:Thing" id="taxonomy-term-{tid}" '
        'class="taxonomy-term vocabulary-tags"></div></div><div class="view-content">'
        + "".join(_teaser(s) for s in stories)
        + "</div></div></div>"
    )
    return page(
        request,
        name,
        content,
        trail=[("Trang chủ", "/"), (name, None)],
        body_class="path-taxonomy",
    )


def front_page(request: Request) -> Response:
    slides = [_A1, _B1, _A3]
    carousel_items = []
    for n, s in enumerate(slides):
        href = f"/bai-viet/{s.opts['old_alias']}" if s.opts.get("old_alias") else node_path(s)
        carousel_items.append(
            f'<div class="item{" active" if n == 0 else ""}"><a href="{href}">'
            f'<img src="{styled(*s.opts["thumb"], "slide_848x420")}" alt="" '
            'class="img-responsive" /></a><div class="carousel-caption">'
            f"<h3>{esc(s.title)}</h3></div></div>"
        )
    carousel = (
        '<section id="block-views-block-slideshow-block-1" class="block block-views clearfix">'
        '<div id="lqd-carousel" class="carousel slide" data-ride="carousel">'
        '<div class="carousel-inner" role="listbox">' + "".join(carousel_items) + "</div>"
        '<a class="left carousel-control" href="#lqd-carousel" role="button" data-slide="prev">'
        '<span class="glyphicon glyphicon-chevron-left"></span></a>'
        '<a class="right carousel-control" href="#lqd-carousel" role="button" data-slide="next">'
        '<span class="glyphicon glyphicon-chevron-right"></span></a></div></section>'
    )
    latest = newest(5, (3, 4))
    tin_moi = (
        '<section id="block-views-block-tin-moi-block-1" class="block block-views clearfix">'
        '<h2 class="block-title"><a href="/tin-tuc/hoat-dong-chuyen-mon">Tin mới nhất</a></h2>'
        '<div class="view view-tin-moi"><div class="view-content">'
        + "".join(_teaser(s) for s in latest)
        + "</div></div></section>"
    )
    notices = in_category(5)[:3]
    thong_bao = (
        '<section id="block-views-block-thong-bao-block-1" class="block block-views clearfix">'
        '<h2 class="block-title">Thông báo</h2><div class="view view-thong-bao">'
        '<div class="view-content">' + "".join(_title_row(s) for s in notices) + "</div>"
        '<div class="more-link form-group"><a href="/tin-tuc/thong-bao">Xem tất cả</a></div>'
        "</div></section>"
    )
    doan = (
        '<section id="block-views-block-doan-hoi-block-1" class="block block-views clearfix">'
        '<h2 class="block-title">Hoạt động Đoàn - Hội</h2><div class="view-content">'
        + "".join(_title_row(s) for s in in_category(4)[:3])
        + '</div><div class="more-link"><a href="/tin-tuc/doan-hoi">Xem thêm</a></div></section>'
    )
    return page(
        request,
        "Trang chủ",
        carousel + '<div class="row"><div class="col-md-8">' + tin_moi + "</div>"
        '<div class="col-md-4">' + thong_bao + doan + "</div></div>",
        active="/",
        show_title=False,
    )


# --- pages that are not articles ------------------------------------------------------------

ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027"
ALBUM_TITLE = "Lễ khai giảng năm học 2026 – 2027"
ALBUM_TEXT = (
    "Một số hình ảnh tại Lễ khai giảng năm học 2026 – 2027 của Trường THPT Chuyên Lê Quý Đôn, "
    "sáng 05/9/2026, với sự tham dự của lãnh đạo tỉnh, Sở GD&ĐT cùng hơn 1.000 học sinh."
)
ALBUM_PHOTOS = ["khai-giang-01.jpg", "khai-giang-02.jpg", "khai-giang-03.jpg", "khai-giang-04.jpg"]
DOC_PATH = "/van-ban/ke-hoach-nam-hoc-2026-2027"

#: nid -> path of the non-article nodes
OTHER_NODES = {2: "/gioi-thieu", 3: "/co-cau-to-chuc", 352: ALBUM_PATH, 360: DOC_PATH}


def _basic_page(request: Request, nid: int, title: str, body: str) -> Response:
    content = (
        f'<article role="article" about="{OTHER_NODES[nid]}" class="page full clearfix">'
        '<div class="content"><div class="field field--name-body field--type-text-with-summary '
        f'field--label-hidden field--item">{body}</div></div></article>'
    )
    return page(
        request,
        title,
        content,
        active=OTHER_NODES[nid],
        trail=[("Trang chủ", "/"), (title, None)],
        body_class="path-node page-node-type-page",
    )


def intro_page(request: Request) -> Response:
    body = (
        "<p>Trường THPT Chuyên Lê Quý Đôn tỉnh Quảng Trị được thành lập năm 1991, là trường "
        "trung học phổ thông chuyên duy nhất của tỉnh, có nhiệm vụ phát hiện, bồi dưỡng học "
        "sinh năng khiếu và tạo nguồn nhân lực chất lượng cao cho địa phương.</p>"
        "<p>Hiện nay nhà trường có 36 lớp với hơn 1.200 học sinh thuộc 12 môn chuyên; đội ngũ "
        "gồm 112 cán bộ, giáo viên, nhân viên, trong đó 68% giáo viên có trình độ thạc sĩ, tiến sĩ.</p>"
        "<p>Nhà trường đã được Nhà nước tặng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và "
        "nhiều Cờ thi đua của Chính phủ, Bộ Giáo dục và Đào tạo.</p>"
    )
    return _basic_page(request, 2, "Giới thiệu chung", body)


def structure_page(request: Request) -> Response:
    rows = [
        ("Hoàng Văn Lực", "Hiệu trưởng", "Phụ trách chung"),
        ("Nguyễn Đình Khoa", "Phó Hiệu trưởng", "Chuyên môn, khảo thí"),
        ("Trương Thị Hạnh", "Phó Hiệu trưởng", "Cơ sở vật chất, nội trú"),
    ]
    body = (
        "<p>Ban Giám hiệu nhà trường năm học 2026 – 2027:</p>"
        '<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th>'
        "<th>Phụ trách</th></tr></thead><tbody>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
        + "</tbody></table><p>Nhà trường có 9 tổ chuyên môn và Tổ Văn phòng.</p>"
    )
    return _basic_page(request, 3, "Cơ cấu tổ chức", body)


def contact_page(request: Request) -> Response:
    sent = ""
    if request.method == "POST":
        sent = (
            '<div class="alert alert-success" role="alert">Tin nhắn của bạn đã được gửi.</div>'
        )
    form = (
        f"{sent}<p>Mọi ý kiến đóng góp xin gửi về Văn phòng nhà trường theo mẫu dưới đây.</p>"
        '<form class="contact-message-feedback-form contact-message-form contact-form" '
        'action="/lien-he" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
        '<div class="form-group"><label for="edit-name" class="control-label">Họ tên</label>'
        '<input class="form-text form-control" type="text" id="edit-name" name="name" size="60" '
        'maxlength="255" /></div>'
        '<div class="form-group"><label for="edit-mail" class="control-label">Email</label>'
        '<input class="form-email form-control" type="email" id="edit-mail" name="mail" /></div>'
        '<div class="form-group"><label for="edit-subject-0-value" class="control-label">Tiêu đề'
        '</label><input class="form-text form-control" type="text" id="edit-subject-0-value" '
        'name="subject[0][value]" /></div>'
        '<div class="form-group"><label for="edit-message-0-value" class="control-label">Nội dung'
        '</label><textarea class="form-textarea form-control" id="edit-message-0-value" '
        'name="message[0][value]" rows="8"></textarea></div>'
        '<input type="hidden" name="form_id" value="contact_message_feedback_form" />'
        '<button class="button button--primary js-form-submit form-submit btn-primary btn" '
        'type="submit" name="op" value="Gửi tin nhắn">Gửi tin nhắn</button></form>'
    )
    return page(
        request,
        "Liên hệ",
        form,
        active="/lien-he",
        trail=[("Trang chủ", "/"), ("Liên hệ", None)],
        body_class="path-contact",
    )


def docs_listing(request: Request) -> Response:
    content = (
        '<div class="view view-van-ban view-id-van_ban"><div class="view-content">'
        '<table class="table table-striped"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th>'
        "<th>Trích yếu</th></tr></thead><tbody><tr><td>142/KH-LQĐ</td><td>15/09/2026</td>"
        f'<td><a href="{DOC_PATH}" hreflang="vi">Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027'
        "</a></td></tr></tbody></table></div></div>"
    )
    return page(
        request,
        "Văn bản",
        content,
        active="/van-ban",
        trail=[("Trang chủ", "/"), ("Văn bản", None)],
        body_class="path-van-ban",
    )


def doc_page(request: Request) -> Response:
    content = (
        f'<article role="article" about="{DOC_PATH}" class="van-ban full clearfix">'
        '<div class="content"><table class="table table-bordered vb-thongtin"><tbody>'
        "<tr><th>Số hiệu</th><td>142/KH-LQĐ</td></tr>"
        "<tr><th>Ngày ban hành</th><td>15/09/2026</td></tr>"
        "<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Trường THPT Chuyên Lê Quý Đôn</td></tr>"
        "<tr><th>Người ký</th><td>Hoàng Văn Lực</td></tr>"
        "<tr><th>Trích yếu</th><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027</td></tr>"
        "</tbody></table>"
        + _files_table([("2026-09", "142-KH-LQD-ke-hoach-nam-hoc-2026-2027.pdf", 412_880)])
        + "</div></article>"
    )
    return page(
        request,
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027",
        content,
        active="/van-ban",
        trail=[("Trang chủ", "/"), ("Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027", None)],
        body_class="path-node page-node-type-van-ban",
    )


def albums_listing(request: Request) -> Response:
    content = (
        '<div class="view view-thu-vien-anh"><div class="view-content row">'
        f'<div class="views-row col-sm-4"><a href="{ALBUM_PATH}">'
        f'<img src="{styled("2026-09", ALBUM_PHOTOS[0], "tin_thumb_220x150")}" alt="" '
        f'class="img-responsive" /></a><h3><a href="{ALBUM_PATH}">{esc(ALBUM_TITLE)}</a></h3>'
        "</div></div></div>"
    )
    return page(
        request,
        "Thư viện ảnh",
        content,
        active="/thu-vien-anh",
        trail=[("Trang chủ", "/"), ("Thư viện ảnh", None)],
        body_class="path-thu-vien-anh",
    )


def album_page(request: Request) -> Response:
    created = _dt.datetime(2026, 9, 6, 8, 20)
    photos = "".join(
        f'<div class="field--item"><a href="{esc(styled("2026-09", n, "large"))}" '
        'class="colorbox" data-colorbox-gallery="gallery-node-352">'
        f'<img src="{esc(styled("2026-09", n, "medium"))}" alt="" class="img-responsive" />'
        "</a></div>"
        for n in ALBUM_PHOTOS
    )
    content = (
        f'<article role="article" about="{ALBUM_PATH}" class="album-anh full clearfix">'
        '<div class="tb-submitted">Gửi bởi <span>quantri</span> vào '
        f"{drupal_medium(created)}"
        f'<span property="schema:dateCreated" content="{rdf_utc(created)}" class="hidden"></span>'
        f'</div><div class="content"><div class="field field--name-body field--item"><p>'
        f"{esc(ALBUM_TEXT)}</p></div>"
        '<div class="field field--name-field-bo-anh field--type-image field--items">'
        f"{photos}</div></div></article>"
    )
    return page(
        request,
        ALBUM_TITLE,
        content,
        active="/thu-vien-anh",
        trail=[("Trang chủ", "/"), (ALBUM_TITLE, None)],
        body_class="path-node page-node-type-album-anh",
    )


def search_page(request: Request) -> Response:
    keys = request.params.get("keys", "")
    content = (
        '<form class="search-form" action="/search/node" method="get" accept-charset="UTF-8">'
        f'<input type="search" name="keys" value="{esc(keys)}" class="form-search form-control" />'
        '<button type="submit" class="btn btn-primary">Tìm kiếm</button></form>'
        "<h2>Kết quả tìm kiếm</h2><p>Tìm kiếm của bạn không cho kết quả nào.</p>"
    )
    return page(request, "Tìm kiếm", content, trail=[("Trang chủ", "/"), ("Tìm kiếm", None)],
                body_class="path-search")


def rss(request: Request, stories: list[Story], title: str) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{node_path(s)}</link>"
        f"<description>{esc(s.summary or s.paragraphs[0])}</description>"
        f"<pubDate>{_created(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f'<dc:creator>{esc(s.opts["account"])}</dc:creator>'
        f'<guid isPermaLink="false">{s.id} at {base}</guid></item>'
        for s in stories
    )
    doc = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
        f'{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{esc(title)}'
        f"</title><link>{base}/</link><description></description><language>vi</language>"
        f"{items}</channel></rss>"
    )
    return Response(200, doc, {"Content-Type": "application/rss+xml; charset=utf-8"})


def not_found(request: Request) -> Response:
    return page(
        request,
        "Không tìm thấy trang",
        "<p>Không tìm thấy trang bạn yêu cầu.</p>",
        trail=[("Trang chủ", "/")],
        body_class="path-system",
        status=404,
    )


# --- the site -------------------------------------------------------------------------------

_NODE = re.compile(r"^/node/(\d+)$")
_TERM = re.compile(r"^/taxonomy/term/(\d+)(/feed)?$")


class DrupalSite:
    """The portal: routes as Drupal's router + path alias manager would."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/sites/", "/themes/", "/modules/", "/core/")):
            return self._file(path)
        if request.method == "POST" and path not in ("/lien-he", "/"):
            return None
        if path == "/":
            return front_page(request)
        if path.startswith("/bai-viet/"):
            alias = path[len("/bai-viet/") :]
            if alias in BY_ALIAS:
                story = BY_ALIAS[alias]
                if "amp" in parse_qs(request.query, keep_blank_values=True):
                    return amp_page(request, story)
                return node_page(request, story)
            if alias in OLD_ALIASES:
                return redirect(base_url(request) + node_path(OLD_ALIASES[alias]), 301)
            return not_found(request)
        if m := _NODE.match(path):
            nid = int(m.group(1))
            if nid in BY_NID:
                return node_page(request, BY_NID[nid])
            if nid in OTHER_NODES:
                return self.respond(
                    Request(request.method, OTHER_NODES[nid], request.query, request.headers)
                )
            return not_found(request)
        if path.startswith("/tin-tuc/"):
            tid = CAT_BY_ALIAS.get(path[len("/tin-tuc/") :])
            return category_page(request, tid) if tid else not_found(request)
        if m := _TERM.match(path):
            tid = int(m.group(1))
            if m.group(2):
                if tid in CATEGORIES:
                    return rss(request, in_category(tid)[:10], CATEGORIES[tid][1])
                if tid in TAGS:
                    return rss(request, [s for s in STORIES if tid in s.opts.get("tags", [])],
                               TAGS[tid])
                return not_found(request)
            if tid in CATEGORIES:
                return category_page(request, tid)
            if tid in TAGS:
                return tag_page(request, tid)
            return not_found(request)
        simple = {
            "/gioi-thieu": intro_page,
            "/co-cau-to-chuc": structure_page,
            "/lien-he": contact_page,
            "/van-ban": docs_listing,
            DOC_PATH: doc_page,
            "/thu-vien-anh": albums_listing,
            ALBUM_PATH: album_page,
            "/search/node": search_page,
        }
        if path in simple:
            return simple[path](request)
        if path == "/rss.xml":
            return rss(request, newest(10), SITE_NAME)
        return not_found(request)

    @staticmethod
    def _file(path: str) -> Response | None:
        lower = path.lower()
        if lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.endswith(".mp3"):
            return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
        return static_file(path)


def build_site() -> DrupalSite:
    return DrupalSite()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = node_path(story)
    return gold_record(
        story,
        path,
        story.cat,
        canonical_path=path,
        alt_paths=[f"/node/{story.id}", f"{path}?amp"],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lien-he",
    DOC_PATH,
    ALBUM_PATH,
]
