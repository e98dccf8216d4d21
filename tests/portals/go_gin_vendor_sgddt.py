"""Sở Giáo dục và Đào tạo tỉnh Hòa Bình on a local vendor's Go portal ("GoPortal EDU").

Platform: a small vendor's portal written in Go with the Gin router and server-side
``html/template`` pages on Bootstrap 3, sold to several education departments (the footer says
"GoPortal EDU v2.3"). Everything the site prints comes out of Go: ``html/template`` escapes
quotes in headlines as ``&#34;``/``&#39;`` and ``+`` as ``&#43;``, a ``time.Time`` put straight
into an attribute prints Go's default form ("2026-12-03 07:30:00 +0000 UTC"), and Gin's
``RedirectTrailingSlash`` answers a path with a trailing slash by a 301 to the path without it.
The article text is stored as the editor's HTML (CKEditor) and printed as ``template.HTML``.

URL scheme
- ``/`` home: Bootstrap carousel (3 featured), "Tin mới nhất" (5 newest), one box per category
  (3 newest each), sidebar.
- ``/chuyen-muc/<slug>`` category listing, 4 per page, pagination ``?trang=<N>`` printed as
  query-only relative links (``href="?trang=2"``); ``?trang=1`` is page 1 again.
- ``/tin-tuc/<id>/<slug>`` article; ``/tin-tuc/<id>`` and ``/tin-tuc/<id>/<any slug>`` serve the
  same article (the vendor looks the id up and ignores the slug); ``?in=1`` is its print view.
- ``/van-ban`` documents listing and ``/van-ban/<id>`` document entries (with a PDF).
- ``/tim-kiem?q=`` search (GET form in the header; the tag links under each article use it).
- ``/gioi-thieu``, ``/lien-he``, ``/thu-vien-anh/8`` (a photo album).
- ``POST /binh-chon`` (the sidebar poll) answers 303 to ``/``.

Page templates: ``layout`` (top bar with today's date "Thứ Bảy, 05/12/2026", banner, navbar
with drop-downs and the search form, a "Thông báo" marquee, breadcrumb, right sidebar with
"Đọc nhiều", "Văn bản mới", links select, poll, visitor counter, footer), ``bai-viet`` (article:
"Cập nhật lúc" line, ``h1.td-bv``, meta line "Ngày đăng … | Lượt xem … | Người đăng …", tools,
a hidden avatar image, the sapo in ``div.ndtt``, the text in ``div#noidung`` followed — inside
the same div — by "Tin liên quan", then "Từ khóa" and "Các tin khác"), ``in`` (print view),
``chuyen-muc`` (Bootstrap ``media`` items + ``ul.pagination``), ``van-ban``, ``album``, ``tim-kiem``.

How each gold article is reached
- Tin tức - Sự kiện (6): 2481, 2476, 2470, 2463 on page 1 of the listing (2481, 2476, 2470 also
  on the home page); 2455 and 2440 only on ``?trang=2`` of ``/chuyen-muc/tin-tuc-su-kien``.
- Giáo dục Trung học (3): 2479, 2451, 2466 on the listing (2479 also in the carousel and
  "Đọc nhiều"; 2466 with the Go zero date sorts last).
- Khảo thí - Kiểm định CLGD (2): 2474, 2448 on the listing (and home box).
- Thông báo (2): 2483, 2459 on the listing, which the navbar links with a trailing slash
  (``/chuyen-muc/thong-bao/`` -> 301), and in the marquee.

Traps
1. Slug-blind routing: ``/tin-tuc/<id>``, ``/tin-tuc/<id>/<slug>`` and any other slug answer 200
   with the same article; "Đọc nhiều" links the id-only form, and the "Tin liên quan" of 2481
   links 2476 under its slug from before the headline was edited. Gold: one record per article at
   its current slug (``link rel=canonical``), the others in ``alt_paths``.
2. Gin's trailing-slash redirect: the carousel links 2481 as ``…/<slug>/`` and the navbar links
   ``/chuyen-muc/thong-bao/``; both 301 to the path without the slash. Gold: the slash-less path.
3. Query-only pagination (``href="?trang=2"``) is the only way to 2455 and 2440; ``?trang=1``
   duplicates page 1. Gold: both articles at their own paths, category "Tin tức - Sự kiện".
4. Print view ``?in=1`` opened from ``onclick="window.open('…?in=1')"`` (href is
   ``javascript:void(0)``): same article with no chrome. Gold: in ``alt_paths``, not a record.
5. Dates from Go: the "Cập nhật lúc" (update) line is printed above the headline and before the
   "Ngày đăng" line; ``<time datetime>`` holds Go's UTC string (for 2474, 06:50 local is the
   previous day in UTC; for 2440, local midnight is "2026-10-14 17:00:00 +0000 UTC"). Gold: the
   local "Ngày đăng" time with +07:00; 2440 prints 00:00 -> the day alone "2026-10-15"; 2466 was
   imported with Go's zero ``time.Time`` ("00:00 01/01/0001" on its page and in the listing) ->
   null.
6. Lazy images: ``src`` is ``/static/img/loading.gif``, the photo is in ``data-original``; each
   article also carries a hidden avatar ``<img class="anh-dd" style="display:none">`` used for
   og:image. Gold: the ``data-original`` paths; the avatar is not an article photo.
7. Captions three ways: a two-row ``table.tbl-anh`` with the line in ``td.cthich``; an italic
   centered ``<p>`` after the image, sometimes in parentheses (taken off); a line that only
   credits a photographer ("Ảnh: Đinh Văn Tùng" -> caption None, photographer).
8. Sapo: printed bold in ``div.ndtt`` above ``#noidung`` for some articles (gold: summary and
   the body's first paragraph), a bold first paragraph inside the text for others (same), none
   for the rest (the meta description then repeats the first sentence: summary null).
9. Text boundary: "Tin liên quan" is printed inside ``div#noidung`` after the text; "Xem thêm:"
   lines, "Tệp đính kèm:" lines with a PDF icon, right-aligned bylines with degrees and units
   ("ThS. Nguyễn Thị Thu Hà - Trường THPT Chuyên …" -> "Nguyễn Thị Thu Hà"), "Tin, ảnh: X",
   "Tin: X - Ảnh: Y", a unit signing alone ("Phòng GDTrH"), closing "Nguồn: Báo Hòa Bình" /
   "Theo Bộ GD&ĐT" (source), a body sentence "Theo kế hoạch …" (text). "Người đăng: qtv_sgd" in
   the meta line is a CMS account -> no author.
10. Encodings of the text: 2463 is stored with CKEditor's entity option (``&agrave;``,
   ``&#7897;`` …); 2451 was pasted decomposed (NFD). Gold: NFC text as read.
11. Headline escapes and truncation: ``&#34;`` for quotes and ``GD&amp;ĐT`` in ``h1``; the
   ``<title>`` has the site name after " - ", og:title is cut at 60 runes with "...". Gold: the
   ``h1`` as printed, unescaped.
12. Official notice (2483): letterhead table, "Số: 2150/TB-SGDĐT", "Hòa Bình, ngày 30 tháng 11
   năm 2026", "THÔNG BÁO" / subject, then "Nơi nhận" and the signer. Gold: only the notice's own
   paragraphs; date 2026-11-30 (letterhead, not "Ngày đăng" 04/12); author the signer.
13. Pages that look like articles but are not: document entries ``/van-ban/<id>`` (title, "Ngày
   ban hành", "Trích yếu" paragraph, PDF) and the album ``/thu-vien-anh/8`` (photos with
   captions); search pages from the tag links.

Gold decisions on ambiguous points
- 2466's zero date ("01/01/0001") is the platform's "no date", not a day: published_at null.
- A table row in the text (2479) is a paragraph with cells joined by " | ", header row included.
- "(Ảnh minh họa)" is the photo's caption ("Ảnh minh họa"); it names no photographer.
- 2451's "Tài liệu tham khảo" heading and entries are the text's own; the "[1]" calls stay.
- The notice's "Tệp đính kèm" line is not text; its "Ngày đăng" time is not its date.
- The trailing-slash and print-view targets are listed in ``alt_paths`` of their article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

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

NAME = "go_gin_vendor_sgddt"
PLATFORM = "Go vendor portal (Gin, html/template, Bootstrap 3): GoPortal EDU"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Hòa Bình"
PER_PAGE = 4

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-trung-hoc": "Giáo dục Trung học",
    "khao-thi-kiem-dinh": "Khảo thí - Kiểm định CLGD",
    "thong-bao": "Thông báo",
}

ZERO = "0001-01-01 00:00"


def slugify(value: str) -> str:
    s = value.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def gesc(value: str) -> str:
    """What Go's html/template prints for a string in text or an attribute."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
        .replace("+", "&#43;")
    )


def go_query(value: str) -> str:
    """html/template's escaper for a value in a URL's query: %xx in lower-case hex, space too."""
    return "".join(
        ch if ch.isascii() and (ch.isalnum() or ch in "-._~") else "".join(f"%{b:02x}" for b in ch.encode())
        for ch in value
    )


def vn_time(stamp: str) -> str:
    """'2026-12-03 14:30' -> '14:30 03/12/2026' (the vendor's Format("15:04 02/01/2006"))."""
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{d:%H:%M %d/%m/}{d.year:04d}"


def vn_day(stamp: str) -> str:
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{d:%d/%m/}{d.year:04d}"


def utc_attr(stamp: str) -> str:
    """Go's default String() of the UTC time, as the template prints it in ``datetime``."""
    if stamp == ZERO:
        return "0001-01-01 00:00:00 +0000 UTC"
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M") - timedelta(hours=7)
    return d.strftime("%Y-%m-%d %H:%M:%S +0000 UTC")


def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the stories ------------------------------------------------------------------------------

OLD_SLUG_2476 = "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs"

STORIES: list[Story] = [
    Story(
        id=2481,
        slug="",
        title='Sở GD&ĐT tổ chức Hội thảo "Chuyển đổi số trong dạy học" năm 2026',
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng 03/12, Sở Giáo dục và Đào tạo tỉnh Hòa Bình tổ chức Hội thảo “Chuyển đổi số "
            "trong dạy học” với sự tham dự của hơn 200 cán bộ quản lý, giáo viên các trường THPT "
            "và trung tâm GDNN-GDTX trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu khai mạc, đồng chí Bùi Văn Khánh, Phó Giám đốc Sở GD&ĐT nhấn mạnh: "
                "chuyển đổi số là nhiệm vụ trọng tâm của ngành trong giai đoạn 2026 - 2030, gắn với "
                "đổi mới phương pháp dạy học và kiểm tra, đánh giá học sinh."
            ),
            Img(
                "/uploads/2026/12/03/hoi-thao-cds-1.jpg",
                "Đồng chí Bùi Văn Khánh, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thảo",
                "Đồng chí Bùi Văn Khánh, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thảo",
                style="tbl",
            ),
            P(
                "Tại hội thảo, các đại biểu đã nghe 8 tham luận của các trường THPT Chuyên Hoàng "
                "Văn Thụ, THPT Lạc Sơn, THPT Mai Châu về kinh nghiệm xây dựng học liệu số, sử dụng "
                "hệ thống quản lý học tập (LMS) và tổ chức kiểm tra trực tuyến."
            ),
            Img("/uploads/2026/12/03/hoi-thao-cds-2.jpg", "Quang cảnh Hội thảo", "Quang cảnh Hội thảo", style="tbl"),
            P(
                "Kết thúc hội thảo, Sở GD&ĐT giao các đơn vị hoàn thiện kho học liệu số dùng chung "
                "và báo cáo kết quả trước ngày 30/4/2027."
            ),
            right("<strong>Tin, ảnh: Bùi Thị Hằng</strong>"),
        ],
        authors=["Bùi Thị Hằng"],
        photographers=["Bùi Thị Hằng"],
        opts={"at": "2026-12-03 14:30", "updated": "2026-12-04 09:15", "lq": [(2476, "old"), (2470, "")]},
    ),
    Story(
        id=2476,
        slug="",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-28T09:05:00+07:00",
        summary=(
            "Ngày 28/11, tại Trường THCS Lê Quý Đôn (TP. Hòa Bình), Sở GD&ĐT khai mạc Hội thi giáo "
            "viên dạy giỏi cấp tỉnh cấp THCS năm học 2026-2027."
        ),
        blocks=[
            P(
                "Ngày 28/11, tại Trường THCS Lê Quý Đôn (TP. Hòa Bình), Sở GD&ĐT khai mạc Hội thi giáo "
                "viên dạy giỏi cấp tỉnh cấp THCS năm học 2026-2027.",
                "lead",
            ),
            P(
                "Tham gia hội thi có 156 giáo viên đến từ 10 huyện, thành phố, dự thi ở 9 môn học. "
                "Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và dạy 2 tiết thực "
                "hành trên lớp."
            ),
            Img(
                "/uploads/2026/11/28/gvdg-thcs-1.jpg",
                "(Các thí sinh bốc thăm bài dạy thực hành)",
                "Các thí sinh bốc thăm bài dạy thực hành",
                style="lazy",
            ),
            P(
                "Hội thi diễn ra đến hết ngày 06/12/2026. Kết quả hội thi là căn cứ để công nhận "
                "danh hiệu giáo viên dạy giỏi cấp tỉnh chu kỳ 2026 - 2028."
            ),
            right("<em>Phòng GDTrH</em>"),
        ],
        authors=["Phòng GDTrH"],
        opts={"at": "2026-11-28 09:05", "old_slug": OLD_SLUG_2476, "lq": [(2481, "")]},
    ),
    Story(
        id=2470,
        slug="",
        title="Ngành Giáo dục Hòa Bình kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T16:45:00+07:00",
        blocks=[
            P(
                "Chiều 19/11, Sở GD&ĐT Hòa Bình tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và tôn vinh 80 nhà giáo tiêu biểu năm 2026."
            ),
            Img("/uploads/2026/11/20/ky-niem-20-11-a.jpg", "Ảnh: Đinh Văn Tùng", None, style="next"),
            P(
                "Năm học 2025-2026, toàn ngành có 42 học sinh đạt giải quốc gia, tỷ lệ tốt nghiệp "
                "THPT đạt 98,6%; 100% xã, phường duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 3."
            ),
            Img(
                "/uploads/2026/11/20/ky-niem-20-11-b.jpg",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                style="next",
            ),
            P(
                "Dịp này, 12 tập thể và 35 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành "
                "tích xuất sắc trong sự nghiệp giáo dục."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/thu-vien-anh/8">Hình ảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo '
                "Việt Nam</a></em></p>"
            ),
            right("<strong>Tin: Quách Thị Lan - Ảnh: Đinh Văn Tùng</strong>"),
        ],
        authors=["Quách Thị Lan"],
        photographers=["Đinh Văn Tùng"],
        opts={"at": "2026-11-20 16:45", "updated": "2026-11-21 08:02"},
    ),
    Story(
        id=2463,
        slug="",
        title="Trường THPT Chuyên Hoàng Văn Thụ tổ chức Ngày hội STEM lần thứ III",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T07:20:00+07:00",
        blocks=[
            P(
                "Ngày 11/11, Trường THPT Chuyên Hoàng Văn Thụ tổ chức Ngày hội STEM lần thứ III với "
                "chủ đề “Sáng tạo vì cộng đồng”, thu hút hơn 1.000 học sinh tham gia."
            ),
            P(
                "Ngày hội trưng bày 46 sản phẩm khoa học kỹ thuật do học sinh tự thiết kế, trong đó "
                "có robot phân loại rác, hệ thống tưới cây tự động và mô hình cảnh báo sạt lở đất."
            ),
            Img(
                "/uploads/2026/11/12/stem-hvt.jpg",
                "Học sinh giới thiệu sản phẩm robot phân loại rác",
                "Học sinh giới thiệu sản phẩm robot phân loại rác",
                style="next",
            ),
            P(
                "Ban tổ chức đã chọn 6 sản phẩm xuất sắc để tham dự Cuộc thi khoa học kỹ thuật cấp "
                "tỉnh dành cho học sinh trung học năm học 2026-2027."
            ),
            right("<strong>ThS. Nguyễn Thị Thu Hà - Trường THPT Chuyên Hoàng Văn Thụ</strong>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"at": "2026-11-12 07:20", "entities": 1, "lq": [(2470, "")]},
    ),
    Story(
        id=2455,
        slug="",
        title="Hòa Bình triển khai mô hình trường học hạnh phúc ở 120 cơ sở giáo dục",
        cat="tin-tuc-su-kien",
        published_at="2026-10-27T10:00:00+07:00",
        blocks=[
            P(
                "Theo kế hoạch của Sở GD&ĐT, trong năm học 2026-2027, mô hình trường học hạnh phúc sẽ "
                "được triển khai tại 120 cơ sở giáo dục mầm non, phổ thông trên địa bàn tỉnh."
            ),
            Img("/uploads/2026/10/27/truong-hoc-hanh-phuc.jpg", None, None, style="lazy"),
            P(
                "Các trường tập trung xây dựng môi trường học đường an toàn, thân thiện; tăng cường "
                "tư vấn tâm lý học đường và phòng, chống bạo lực học đường."
            ),
            P(
                "Sở GD&ĐT sẽ tổ chức sơ kết, đánh giá mô hình vào cuối học kỳ I và nhân rộng những "
                "cách làm hiệu quả trong toàn tỉnh."
            ),
            right("<em>Nguồn: Báo Hòa Bình</em>"),
        ],
        source="Báo Hòa Bình",
        opts={"at": "2026-10-27 10:00"},
    ),
    Story(
        id=2440,
        slug="",
        title="Hội nghị triển khai nhiệm vụ giáo dục dân tộc năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15",
        summary=(
            "Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục dân tộc năm học 2026-2027 cho "
            "các trường phổ thông dân tộc nội trú và bán trú trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội nghị tập trung vào ba nhóm nhiệm vụ trọng tâm:", "br"),
            P("nâng cao chất lượng dạy tiếng Việt cho học sinh dân tộc thiểu số; bảo đảm chế độ chính sách; phát huy bản sắc văn hóa dân tộc trong nhà trường."),
            P(
                "Toàn tỉnh hiện có 11 trường phổ thông dân tộc nội trú và 28 trường phổ thông dân tộc "
                "bán trú với hơn 14.500 học sinh."
            ),
            Img(
                "/uploads/2026/10/15/gddt-dan-toc.jpg",
                "Các đại biểu dự hội nghị",
                "Các đại biểu dự hội nghị",
                style="tbl",
            ),
            right("<b>Hoàng Minh Đức</b>"),
        ],
        authors=["Hoàng Minh Đức"],
        opts={"at": "2026-10-15 00:00"},
    ),
    Story(
        id=2479,
        slug="",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        cat="giao-duc-trung-hoc",
        published_at="2026-12-01T15:10:00+07:00",
        summary=(
            "Sở GD&ĐT vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
            "2026-2027 với 138 giải trên tổng số 283 thí sinh dự thi ở ba môn đầu tiên."
        ),
        sapo_outside=True,
        blocks=[
            P("Kết quả cụ thể các môn như sau:"),
            P("TT | Môn thi | Số thí sinh dự thi | Số giải", "tr"),
            P("1 | Toán | 86 | 41", "tr"),
            P("2 | Ngữ văn | 92 | 45", "tr"),
            P("3 | Tiếng Anh | 105 | 52", "tr"),
            P(
                "Trường THPT Chuyên Hoàng Văn Thụ dẫn đầu với 64 giải, trong đó có 9 giải Nhất. Các "
                "thí sinh đạt giải cao sẽ được chọn vào đội tuyển dự thi học sinh giỏi quốc gia."
            ),
            right("<strong>Hà Thu Trang</strong>"),
        ],
        authors=["Hà Thu Trang"],
        opts={"at": "2026-12-01 15:10", "lq": [(2451, "")]},
    ),
    Story(
        id=2466,
        slug="",
        title="Hướng dẫn thực hiện Chương trình GDPT 2018 đối với lớp 12 năm học 2026-2027",
        cat="giao-duc-trung-hoc",
        published_at=None,
        blocks=[
            P(
                "Thực hiện Chỉ thị của Bộ GD&ĐT về nhiệm vụ năm học, Sở GD&ĐT hướng dẫn các trường "
                "THPT tổ chức dạy học lớp 12 theo Chương trình giáo dục phổ thông 2018.",
                "div",
            ),
            P(
                "Các trường xây dựng kế hoạch giáo dục nhà trường, bố trí đủ giáo viên dạy các môn "
                "lựa chọn và các chuyên đề học tập theo nguyện vọng của học sinh.",
                "div",
            ),
            P(
                "Việc kiểm tra, đánh giá thực hiện theo Thông tư số 22/2021/TT-BGDĐT; tăng cường "
                "đề kiểm tra theo định hướng phát triển năng lực.",
                "div",
            ),
        ],
        opts={"at": ZERO, "poster": "tranthanh.sgd"},
    ),
    Story(
        id=2451,
        slug="",
        title="Giáo dục kỹ năng sống cho học sinh vùng dân tộc thiểu số: thực trạng và giải pháp",
        cat="giao-duc-trung-hoc",
        published_at="2026-10-22T08:40:00+07:00",
        blocks=[
            P(
                "Kỹ năng sống là nhóm năng lực giúp học sinh thích ứng với những thay đổi của đời "
                "sống xã hội, đặc biệt với học sinh vùng dân tộc thiểu số.[1]",
                "nfd",
            ),
            P(
                "Khảo sát tại 15 trường THCS của huyện Đà Bắc và Mai Châu cho thấy 62% học sinh còn "
                "lúng túng khi giao tiếp, thuyết trình trước tập thể.[2]",
                "nfd",
            ),
            P(
                "Bài viết đề xuất lồng ghép giáo dục kỹ năng sống vào hoạt động trải nghiệm, hướng "
                "nghiệp và tăng cường phối hợp giữa nhà trường với gia đình.",
                "nfd",
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông tổng thể.", "note"),
            P("[2] Sở GD&ĐT Hòa Bình (2026), Báo cáo khảo sát kỹ năng sống học sinh THCS.", "note"),
            right("<strong>TS. Đinh Thị Hồng Nhung - Trường Cao đẳng Sư phạm Hòa Bình</strong>"),
        ],
        authors=["Đinh Thị Hồng Nhung"],
        opts={"at": "2026-10-22 08:40"},
    ),
    Story(
        id=2474,
        slug="",
        title="Lịch thi thử tốt nghiệp THPT lần 1 năm 2027 trên địa bàn tỉnh",
        cat="khao-thi-kiem-dinh",
        published_at="2026-11-25T06:50:00+07:00",
        blocks=[
            P(
                "Nhằm giúp học sinh lớp 12 làm quen với định dạng đề thi mới, Sở GD&ĐT tổ chức thi "
                "thử tốt nghiệp THPT lần 1 năm 2027 vào các ngày 17 và 18/12/2026."
            ),
            P("Lịch thi cụ thể:", "h"),
            P("Sáng 17/12: Ngữ văn (120 phút);", "li"),
            P("Chiều 17/12: Toán (90 phút);", "li"),
            P("Sáng 18/12: hai môn lựa chọn (50 phút/môn).", "li"),
            P("Thí sinh có mặt tại phòng thi trước giờ thi 30 phút.", "br"),
            P("Kết quả được trả về các trường trước ngày 28/12/2026."),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/2448/'
                + slugify("Bộ GD&ĐT công bố cấu trúc định dạng đề thi tốt nghiệp THPT từ năm 2027")
                + '">Bộ GD&amp;ĐT công bố cấu trúc định dạng đề thi tốt nghiệp THPT từ năm 2027</a></p>'
            ),
            right("<em>Phòng Khảo thí và QLCLGD</em>"),
        ],
        authors=["Phòng Khảo thí và QLCLGD"],
        opts={"at": "2026-11-25 06:50", "updated": "2026-11-26 10:30", "lq": [(2448, "")]},
    ),
    Story(
        id=2448,
        slug="",
        title="Bộ GD&ĐT công bố cấu trúc định dạng đề thi tốt nghiệp THPT từ năm 2027",
        cat="khao-thi-kiem-dinh",
        published_at="2026-10-19T14:00:00+07:00",
        blocks=[
            P(
                "Bộ Giáo dục và Đào tạo vừa công bố cấu trúc định dạng đề thi tốt nghiệp THPT áp "
                "dụng từ năm 2027 đối với các môn thi theo Chương trình GDPT 2018."
            ),
            Img("/uploads/2026/10/19/de-thi-2027.jpg", "(Ảnh minh họa)", "Ảnh minh họa", style="lazy"),
            P(
                "Theo đó, đề thi các môn trắc nghiệm gồm ba dạng câu hỏi: nhiều lựa chọn, đúng/sai "
                "và trả lời ngắn; môn Ngữ văn thi tự luận."
            ),
            P(
                "“Định dạng mới đánh giá đúng năng lực học sinh, hạn chế học tủ, học lệch”, đại diện "
                "Cục Quản lý chất lượng cho biết.",
                "q",
            ),
            right("<strong>Theo Bộ GD&amp;ĐT</strong>"),
        ],
        source="Bộ GD&ĐT",
        opts={"at": "2026-10-19 14:00"},
    ),
    Story(
        id=2483,
        slug="",
        title="Thông báo kết quả xét tuyển viên chức giảng dạy năm 2026 (vòng 1)",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="text-align:center; width:40%"><p>UBND TỈNH HÒA BÌNH<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p><p>Số: 2150/TB-SGDĐT</p></td>"
                '<td style="text-align:center"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong></p>"
                "<p><em>Hòa Bình, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Kết quả xét tuyển viên chức giảng dạy năm 2026 (vòng 1)</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 1875/KH-SGDĐT ngày 15/10/2026 của Sở GD&ĐT về tuyển dụng viên "
                "chức giảng dạy năm 2026, Hội đồng xét tuyển thông báo kết quả vòng 1 như sau:"
            ),
            P("1. Số thí sinh đủ điều kiện dự vòng 2: 214 người (danh sách kèm theo)."),
            P(
                "2. Thời gian phỏng vấn vòng 2: từ 8 giờ 00 ngày 12/12/2026 tại Trường THPT Công "
                "nghiệp, TP. Hòa Bình."
            ),
            P("Thí sinh theo dõi thông tin trên Cổng thông tin điện tử của Sở GD&ĐT./."),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr><td style="width:50%">'
                "<p><strong><em>Nơi nhận:</em></strong><br />- Như trên;<br />- Giám đốc Sở (b/c);"
                "<br />- Lưu: VT, TCCB.</p></td>"
                '<td style="text-align:center"><p><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong>'
                "</p><p><em>(Đã ký)</em></p><p><strong>Bùi Đức Thắng</strong></p></td></tr>"
                "</tbody></table>"
            ),
            Raw(
                '<p><img src="/static/img/icon-pdf.png" alt="" /> Tệp đính kèm: '
                '<a href="/uploads/files/2026/12/TB-2150-ket-qua-vong-1.pdf">TB-2150-ket-qua-vong-1.pdf'
                "</a></p>"
            ),
        ],
        authors=["Bùi Đức Thắng"],
        opts={"at": "2026-12-04 08:00"},
    ),
    Story(
        id=2459,
        slug="",
        title="Thông báo mở lớp bồi dưỡng cán bộ quản lý trường học năm 2026",
        cat="thong-bao",
        published_at="2026-11-16T17:20:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT thông báo mở lớp bồi dưỡng cán bộ quản lý trường học năm 2026 dành cho "
                "hiệu trưởng, phó hiệu trưởng các trường mầm non, tiểu học và THCS."
            ),
            P("Thời gian học: từ ngày 07/12 đến ngày 19/12/2026, tại Trường Chính trị tỉnh."),
            P(
                "Các phòng GD&ĐT tổng hợp danh sách học viên, gửi về Phòng Tổ chức cán bộ trước ngày "
                "30/11/2026."
            ),
            Raw(
                '<p><img src="/static/img/icon-pdf.png" alt="" /> Tệp đính kèm: '
                '<a href="/uploads/files/2026/11/TB-boi-duong-CBQL.pdf">TB-boi-duong-CBQL.pdf</a></p>'
            ),
        ],
        opts={"at": "2026-11-16 17:20", "poster": "admin"},
    ),
]

for _s in STORIES:
    _s.slug = slugify(_s.title)

BY_ID = {s.id: s for s in STORIES}


def ordered(cat: str | None = None) -> list[Story]:
    """Newest first, as the vendor's ``ORDER BY ngay_dang DESC`` (the zero date sorts last)."""
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def art_path(s: Story) -> str:
    return f"/tin-tuc/{s.id}/{s.slug}"


def listed_time(s: Story) -> str:
    return vn_time(s.opts["at"])


def desc_of(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first[:157] + "..." if len(first) > 160 else first


# --- documents, album -----------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    so: str
    kind: str
    subject: str
    day: str
    signer: str
    pdf: str


DOCS = [
    Doc(315, "2150/TB-SGDĐT", "Thông báo", "Kết quả xét tuyển viên chức giảng dạy năm 2026 (vòng 1)",
        "30/11/2026", "Bùi Đức Thắng", "/uploads/vanban/2026/2150-TB-SGDDT.pdf"),
    Doc(312, "2098/KH-SGDĐT", "Kế hoạch", "Tổ chức thi thử tốt nghiệp THPT lần 1 năm 2027",
        "21/11/2026", "Nguyễn Thị Minh Phương", "/uploads/vanban/2026/2098-KH-SGDDT.pdf"),
    Doc(309, "1987/QĐ-SGDĐT", "Quyết định", "Thành lập Hội đồng thi giáo viên dạy giỏi cấp tỉnh cấp THCS",
        "10/11/2026", "Nguyễn Thị Minh Phương", "/uploads/vanban/2026/1987-QD-SGDDT.pdf"),
]
DOC_BY_ID = {d.id: d for d in DOCS}

ALBUM = [
    ("/uploads/album/8/01.jpg", "Tiết mục văn nghệ chào mừng Lễ kỷ niệm"),
    ("/uploads/album/8/02.jpg", "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh"),
    ("/uploads/album/8/03.jpg", "Đại biểu chụp ảnh lưu niệm"),
    ("/uploads/album/8/04.jpg", "Học sinh tặng hoa các thầy cô giáo"),
]

TAGS = ["chuyển đổi số", "thi tốt nghiệp THPT", "giáo viên"]


# --- rendering --------------------------------------------------------------------------------


def _para_text(s: Story, value: str, style: str = "") -> str:
    return text(value, nfd=style == "nfd", entities=s.opts.get("entities", 0))


def render_img(img: Img, s: Story) -> str:
    alt = gesc(s.title)
    if img.style == "tbl":
        line = f'<tr><td class="cthich"><em>{esc(img.printed)}</em></td></tr>' if img.printed else ""
        return (
            '<table class="tbl-anh" align="center" border="0" cellpadding="3" cellspacing="0" '
            'style="width:100%"><tbody><tr><td style="text-align:center">'
            f'<img src="{img.src}" alt="{alt}" style="width:600px; height:400px" /></td></tr>'
            f"{line}</tbody></table>"
        )
    if img.style == "lazy":
        out = (
            '<p style="text-align: center;"><img class="lazy img-responsive center-block" '
            f'src="/static/img/loading.gif" data-original="{img.src}" alt="{alt}" /></p>'
        )
    else:
        out = f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" width="600" /></p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b, s))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_para_text(s, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(f'<td style="text-align:center"><strong>{esc(c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:collapse">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{_para_text(s, b.text)}<br />\n{_para_text(s, nxt.text)}</p>'
            )
            i += 2
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_para_text(s, b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f"<h4><strong>{_para_text(s, b.text)}</strong></h4>")
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{_para_text(s, b.text)}</em></p></blockquote>")
        elif b.style == "div":
            out.append(f'<div style="text-align: justify;">{_para_text(s, b.text)}</div>')
        elif b.style == "note":
            out.append(f'<p style="font-size: 12px;">{_para_text(s, b.text)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{_para_text(s, b.text, b.style)}</p>')
        i += 1
    return "\n".join(out)


def menu() -> str:
    news = "".join(
        f'<li><a href="/chuyen-muc/{slug}">{gesc(label)}</a></li>'
        for slug, label in CATS.items()
        if slug != "thong-bao"
    )
    return f"""
<nav class="navbar navbar-default navbar-sgd" role="navigation">
  <div class="container">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mn-chinh">
        <span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
      </button>
    </div>
    <div class="collapse navbar-collapse" id="mn-chinh">
      <ul class="nav navbar-nav">
        <li><a href="/"><i class="glyphicon glyphicon-home"></i></a></li>
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
          <ul class="dropdown-menu">
            <li><a href="/gioi-thieu">Giới thiệu chung</a></li>
            <li><a href="/lien-he">Liên hệ</a></li>
          </ul>
        </li>
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
          <ul class="dropdown-menu">{news}</ul>
        </li>
        <li><a href="/chuyen-muc/thong-bao/">Thông báo</a></li>
        <li><a href="/van-ban">Văn bản</a></li>
        <li><a href="/thu-vien-anh/8">Thư viện ảnh</a></li>
      </ul>
      <form class="navbar-form navbar-right" action="/tim-kiem" method="get" role="search">
        <div class="form-group"><input type="text" class="form-control input-sm" name="q" placeholder="Tìm kiếm..."></div>
        <button type="submit" class="btn btn-default btn-sm"><i class="glyphicon glyphicon-search"></i></button>
      </form>
    </div>
  </div>
</nav>"""


def marquee() -> str:
    links = " &nbsp;|&nbsp; ".join(
        f'<a href="{art_path(s)}">{gesc(s.title)}</a>' for s in ordered("thong-bao")
    )
    return (
        '<div class="container"><div class="tb-chay"><span class="label label-danger">Thông báo</span>'
        f'<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{links}</marquee>'
        "</div></div>"
    )


def sidebar() -> str:
    docnhieu = "".join(
        f'<li><a href="/tin-tuc/{i}">{gesc(BY_ID[i].title)}</a></li>' for i in (2479, 2481, 2466, 2474, 2448, 2483)
    )
    vanban = "".join(
        f'<li><a href="/van-ban/{d.id}">{gesc(d.so)}: {gesc(d.subject)}</a></li>' for d in DOCS
    )
    return f"""
<div class="col-md-4 col-sm-12" id="cot-phai">
  <div class="panel panel-primary pn-01">
    <div class="panel-heading"><h3 class="panel-title">Đọc nhiều</h3></div>
    <div class="panel-body"><ol class="ds-docnhieu">{docnhieu}</ol></div>
  </div>
  <div class="panel panel-primary pn-02">
    <div class="panel-heading"><h3 class="panel-title">Văn bản mới</h3></div>
    <div class="panel-body"><ul class="ds-vb">{vanban}</ul><a class="xt" href="/van-ban">Xem tất cả »</a></div>
  </div>
  <div class="panel panel-primary pn-03">
    <div class="panel-heading"><h3 class="panel-title">Liên kết website</h3></div>
    <div class="panel-body">
      <select class="form-control" onchange="if(this.value) window.open(this.value)">
        <option value="">-- Chọn liên kết --</option>
        <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
        <option value="https://hoabinh.gov.vn">Cổng TTĐT tỉnh Hòa Bình</option>
        <option value="https://baohoabinh.com.vn">Báo Hòa Bình</option>
      </select>
      <a href="https://dichvucong.gov.vn" target="_blank"><img src="/static/img/bn-dvc.png" class="img-responsive" alt="Dịch vụ công"></a>
    </div>
  </div>
  <div class="panel panel-primary pn-04">
    <div class="panel-heading"><h3 class="panel-title">Thăm dò ý kiến</h3></div>
    <div class="panel-body">
      <form action="/binh-chon" method="post">
        <p>Bạn đánh giá thế nào về giao diện website mới?</p>
        <div class="radio"><label><input type="radio" name="pa" value="1"> Đẹp, dễ sử dụng</label></div>
        <div class="radio"><label><input type="radio" name="pa" value="2"> Bình thường</label></div>
        <div class="radio"><label><input type="radio" name="pa" value="3"> Khó sử dụng</label></div>
        <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button>
      </form>
    </div>
  </div>
  <div class="panel panel-primary pn-05">
    <div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
    <div class="panel-body">
      <table class="table table-condensed tk-truycap"><tbody>
        <tr><td>Đang online:</td><td class="text-right">27</td></tr>
        <tr><td>Hôm nay:</td><td class="text-right">1.204</td></tr>
        <tr><td>Tổng truy cập:</td><td class="text-right">3.456.789</td></tr>
      </tbody></table>
    </div>
  </div>
</div>"""


def layout(title: str, main: str, request: Request, head: str = "", crumbs: str = "") -> str:
    bc = ""
    if crumbs:
        bc = f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>{crumbs}</ol>'
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head}
<link href="/static/bootstrap-3.3.7/css/bootstrap.min.css" rel="stylesheet">
<link href="/static/css/sgd-hb.css?v=2.3.1" rel="stylesheet">
<link rel="shortcut icon" href="/favicon.ico">
</head>
<body>
<div class="top-bar"><div class="container">
  <span class="pull-left"><i class="glyphicon glyphicon-calendar"></i> {TODAY_LINE}</span>
  <span class="pull-right"><a href="/lien-he">Liên hệ</a> | <a href="https://mail.hoabinh.edu.vn">Thư điện tử</a></span>
</div></div>
<header class="banner"><div class="container">
  <a href="/"><img src="/static/img/logo-sgd.png" alt="{gesc(SITE)}" class="logo"></a>
  <div class="ten-dv"><p class="dv-cq">UBND TỈNH HÒA BÌNH</p><p class="dv-ten">SỞ GIÁO DỤC VÀ ĐÀO TẠO</p></div>
</div></header>
{menu()}
{marquee()}
<div class="container" id="khung-chinh">
{bc}
<div class="row">
<div class="col-md-8 col-sm-12" id="cot-trai">
{main}
</div>
{sidebar()}
</div>
</div>
<footer class="chan-trang"><div class="container">
  <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH</strong></p>
  <p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Hòa Bình</p>
  <p>Địa chỉ: Số 23, đường Trần Hưng Đạo, phường Phương Lâm, TP. Hòa Bình, tỉnh Hòa Bình</p>
  <p>Điện thoại: 0218.3852.515 - Fax: 0218.3854.010 - Email: sogddt@hoabinh.edu.vn</p>
  <p class="small">© 2026 Sở GD&amp;ĐT Hòa Bình. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="small text-muted">Phát triển bởi GoPortal EDU v2.3</p>
</div></footer>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/bootstrap-3.3.7/js/bootstrap.min.js"></script>
<script src="/static/js/jquery.lazyload.min.js"></script>
<script>$(function(){{ $("img.lazy").lazyload(); }});</script>
</body>
</html>"""


def media_item(s: Story, with_desc: bool = True) -> str:
    desc = f'<p class="tt-ngan">{gesc(desc_of(s))}</p>' if with_desc else ""
    return f"""<div class="media tin-{s.id}">
  <a class="media-left" href="{art_path(s)}"><img class="media-object" src="/uploads/thumb/{s.id}.jpg" width="150" alt="{gesc(s.title)}"></a>
  <div class="media-body">
    <h4 class="media-heading"><a href="{art_path(s)}">{gesc(s.title)}</a></h4>
    <p class="text-muted small"><i class="glyphicon glyphicon-time"></i> {listed_time(s)}</p>
    {desc}
  </div>
</div>"""


def page_home(request: Request) -> Response:
    featured = [BY_ID[2481], BY_ID[2479], BY_ID[2483]]
    slides = []
    for n, s in enumerate(featured):
        href = art_path(s) + ("/" if s.id == 2481 else "")
        slides.append(
            f'<div class="item{" active" if n == 0 else ""}"><a href="{href}">'
            f'<img src="/uploads/slide/{s.id}.jpg" alt="{gesc(s.title)}"></a>'
            f'<div class="carousel-caption"><h3>{gesc(s.title)}</h3></div></div>'
        )
    newest = "".join(
        f'<li><a href="{art_path(s)}">{gesc(s.title)}</a> <span class="text-muted">({vn_day(s.opts["at"])})</span></li>'
        for s in ordered()[:5]
    )
    boxes = []
    for slug, label in CATS.items():
        items = "".join(media_item(s, with_desc=False) for s in ordered(slug)[:3])
        boxes.append(
            f'<div class="panel panel-default kh-cm"><div class="panel-heading"><a href="/chuyen-muc/{slug}">'
            f"{gesc(label)}</a></div><div class=\"panel-body\">{items}</div></div>"
        )
    main = f"""
<div id="slide-tieudiem" class="carousel slide" data-ride="carousel">
  <div class="carousel-inner">{"".join(slides)}</div>
  <a class="left carousel-control" href="#slide-tieudiem" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
  <a class="right carousel-control" href="#slide-tieudiem" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="panel panel-default tin-moi"><div class="panel-heading">Tin mới nhất</div>
<div class="panel-body"><ul>{newest}</ul></div></div>
{"".join(boxes)}"""
    head = f'<meta name="description" content="Cổng thông tin điện tử {gesc(SITE)}">'
    return html(layout("Trang chủ - Sở GD&amp;ĐT Hòa Bình", main, request, head))


def pagination(page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append('<li><a href="?trang=1">« Đầu</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="?trang={n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="?trang={pages}">Cuối »</a></li>')
    return f'<nav class="text-center"><ul class="pagination pagination-sm">{"".join(items)}</ul></nav>'


def page_category(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return None
    label = CATS[slug]
    items = ordered(slug)
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    try:
        page = int(request.params.get("trang", "1") or "1")
    except ValueError:
        page = 1
    page = max(page, 1)
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    body = "".join(media_item(s) for s in chunk) or '<p class="alert alert-info">Không có bài viết nào.</p>'
    main = f"""<div class="ds-tin cm-{slug}">
<h2 class="td-cm">{gesc(label)}</h2>
{body}
{pagination(page, pages)}
</div>"""
    crumbs = f'<li class="active">{gesc(label)}</li>'
    return html(layout(f"{gesc(label)} - Sở GD&amp;ĐT Hòa Bình", main, request, crumbs=crumbs))


def article_parts(s: Story) -> tuple[str, str]:
    """(meta line, sapo) of the article template."""
    at = s.opts["at"]
    poster = s.opts.get("poster", "qtv_sgd")
    meta = (
        f'<span class="ngay"><i class="glyphicon glyphicon-time"></i> Ngày đăng: '
        f'<time datetime="{utc_attr(at)}">{vn_time(at)}</time></span> '
        f'<span class="lx">| Lượt xem: {s.views()}</span> '
        f'<span class="nd">| Người đăng: {poster}</span>'
    )
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="ndtt"><strong>{text(s.summary)}</strong></div>'
    return meta, sapo


def page_article(request: Request, s: Story) -> Response:
    canon = base_url(request) + art_path(s)
    meta, sapo = article_parts(s)
    body = render_body(s)
    if request.params.get("in") == "1":
        page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{gesc(s.title)}</title>
<link rel="canonical" href="{canon}">
<link href="/static/css/in.css" rel="stylesheet"></head>
<body onload="window.print()">
<div class="in-bv">
<p class="in-dv">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH</p>
<h1 class="td-bv">{gesc(s.title)}</h1>
<div class="tt-bv">{meta}</div>
{sapo}
<div id="noidung">{body}</div>
<p class="in-nguon">Nguồn: {base_url(request)}{art_path(s)}</p>
</div></body></html>"""
        return html(page)
    updated = ""
    if s.opts.get("updated"):
        updated = f'<div class="tg-cn text-right small text-muted">Cập nhật lúc: {vn_time(s.opts["updated"])}</div>'
    related = ""
    if s.opts.get("lq"):
        lis = []
        for rid, form in s.opts["lq"]:
            r = BY_ID[rid]
            href = f"/tin-tuc/{r.id}/{r.opts['old_slug']}" if form == "old" else art_path(r)
            lis.append(f'<li><a href="{href}">{gesc(r.title)}</a> <i>({vn_day(r.opts["at"])})</i></li>')
        related = f'<div class="tlq"><p class="tlq-td"><b>Tin liên quan:</b></p><ul>{"".join(lis)}</ul></div>'
    others = "".join(
        f'<li><a href="{art_path(o)}">{gesc(o.title)}</a> <span class="text-muted">({vn_day(o.opts["at"])})</span></li>'
        for o in [o for o in ordered(s.cat) if o.id != s.id][:3]
    )
    tags = " ".join(f'<a class="label label-default" href="/tim-kiem?q={go_query(t)}">{gesc(t)}</a>' for t in TAGS[:2])
    share = f"https://www.facebook.com/sharer/sharer.php?u={canon}"
    print_url = art_path(s) + "?in=1"
    main = f"""<div class="ct-bv" id="bv-{s.id}">
{updated}
<h1 class="td-bv">{gesc(s.title)}</h1>
<div class="tt-bv small text-muted">{meta}</div>
<div class="cong-cu clearfix">
  <a href="javascript:void(0)" onclick="window.open('{print_url}','in','width=800,height=600')" title="In bài viết"><i class="glyphicon glyphicon-print"></i> In</a>
  <a href="javascript:void(0)" onclick="coChu(1)">A+</a> <a href="javascript:void(0)" onclick="coChu(-1)">A-</a>
  <a href="{share}" target="_blank" class="btn btn-xs btn-primary">Chia sẻ Facebook</a>
</div>
<img class="anh-dd" src="/uploads/thumb/{s.id}.jpg" style="display:none" alt="">
{sapo}
<div id="noidung" class="nd-bv">
{body}
{related}
</div>
<div class="tu-khoa small"><b>Từ khóa:</b> {tags}</div>
</div>
<div class="cac-tin-khac"><h4 class="td-khac">Các tin khác</h4><ul>{others}</ul></div>"""
    og = s.title if len(s.title) <= 60 else s.title[:60] + "..."
    head = f"""<meta name="description" content="{gesc(desc_of(s))}">
<meta property="og:title" content="{gesc(og)}">
<meta property="og:image" content="{base_url(request)}/uploads/thumb/{s.id}.jpg">
<meta property="og:url" content="{canon}">
<link rel="canonical" href="{canon}">"""
    crumbs = f'<li><a href="/chuyen-muc/{s.cat}">{gesc(CATS[s.cat])}</a></li>'
    return html(layout(f"{gesc(s.title)} - Sở GD&amp;ĐT Hòa Bình", main, request, head, crumbs))


def page_docs(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{d.so}</td><td>{d.day}</td><td><a href="/van-ban/{d.id}">{gesc(d.subject)}</a></td></tr>'
        for d in DOCS
    )
    main = f"""<h2 class="td-cm">Văn bản</h2>
<table class="table table-bordered table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return html(layout("Văn bản - Sở GD&amp;ĐT Hòa Bình", main, request, crumbs='<li class="active">Văn bản</li>'))


def page_doc(request: Request, d: Doc) -> Response:
    main = f"""<div class="ct-vb">
<h1 class="td-bv">{gesc(d.kind)} số {gesc(d.so)}</h1>
<table class="table table-bordered">
<tr><th style="width:30%">Số/Ký hiệu</th><td>{gesc(d.so)}</td></tr>
<tr><th>Loại văn bản</th><td>{gesc(d.kind)}</td></tr>
<tr><th>Ngày ban hành</th><td>{d.day}</td></tr>
<tr><th>Người ký</th><td>{gesc(d.signer)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở GD&amp;ĐT Hòa Bình</td></tr>
</table>
<p class="trich-yeu"><b>Trích yếu:</b> {gesc(d.subject)}</p>
<p><img src="/static/img/icon-pdf.png" alt=""> <a href="{d.pdf}">Tải văn bản</a></p>
</div>"""
    crumbs = '<li><a href="/van-ban">Văn bản</a></li>'
    return html(layout(f"{gesc(d.so)} - Sở GD&amp;ĐT Hòa Bình", main, request, crumbs=crumbs))


def page_album(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-sm-6"><div class="thumbnail"><img src="{src}" alt="{gesc(cap)}">'
        f'<div class="caption"><p>{gesc(cap)}</p></div></div></div>'
        for src, cap in ALBUM
    )
    main = f"""<div class="album">
<h1 class="td-bv">Hình ảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h1>
<p class="text-muted small">19/11/2026 | 4 ảnh</p>
<div class="row">{photos}</div>
</div>"""
    crumbs = '<li class="active">Thư viện ảnh</li>'
    return html(layout("Thư viện ảnh - Sở GD&amp;ĐT Hòa Bình", main, request, crumbs=crumbs))


def page_intro(request: Request) -> Response:
    main = """<div class="ct-tinh">
<h1 class="td-bv">Giới thiệu chung</h1>
<p>Sở Giáo dục và Đào tạo tỉnh Hòa Bình là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh
thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p>Cơ cấu tổ chức gồm: Văn phòng, Thanh tra, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính,
Phòng Giáo dục Mầm non - Tiểu học, Phòng Giáo dục Trung học - GDTX, Phòng Khảo thí và QLCLGD.</p>
</div>"""
    return html(layout("Giới thiệu - Sở GD&amp;ĐT Hòa Bình", main, request, crumbs='<li class="active">Giới thiệu</li>'))


def page_contact(request: Request) -> Response:
    main = """<div class="ct-tinh">
<h1 class="td-bv">Liên hệ</h1>
<p><b>Sở Giáo dục và Đào tạo tỉnh Hòa Bình</b></p>
<p>Địa chỉ: Số 23, đường Trần Hưng Đạo, phường Phương Lâm, TP. Hòa Bình</p>
<p>Điện thoại: 0218.3852.515 - Email: sogddt@hoabinh.edu.vn</p>
<form action="/lien-he" method="post" class="form-horizontal">
  <div class="form-group"><label class="col-sm-3 control-label">Họ tên</label><div class="col-sm-9"><input name="ht" class="form-control"></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Nội dung</label><div class="col-sm-9"><textarea name="nd" class="form-control"></textarea></div></div>
  <button type="submit" class="btn btn-primary">Gửi</button>
</form>
</div>"""
    return html(layout("Liên hệ - Sở GD&amp;ĐT Hòa Bình", main, request, crumbs='<li class="active">Liên hệ</li>'))


def _fold(value: str) -> str:
    return slugify(value).replace("-", " ")


def page_search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    found = [s for s in ordered() if q and _fold(q) in _fold(s.title + " " + desc_of(s))]
    body = "".join(media_item(s) for s in found)
    if q and not found:
        body = '<p class="alert alert-warning">Không tìm thấy kết quả phù hợp.</p>'
    main = f"""<h2 class="td-cm">Kết quả tìm kiếm: {gesc(q)}</h2>
<form action="/tim-kiem" method="get" class="form-inline"><input name="q" value="{gesc(q)}" class="form-control"> <button class="btn btn-default">Tìm</button></form>
{body}"""
    return html(layout("Tìm kiếm - Sở GD&amp;ĐT Hòa Bình", main, request, crumbs='<li class="active">Tìm kiếm</li>'))


_ARTICLE = re.compile(r"^/tin-tuc/(\d+)(?:/([^/]+))?$")
_CAT = re.compile(r"^/chuyen-muc/([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/(\d+)$")


class GoGinSite:
    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return page_home(request)
        if path == "/gioi-thieu":
            return page_intro(request)
        if path == "/lien-he":
            if request.method == "POST":
                return redirect("/lien-he", 303)
            return page_contact(request)
        if path == "/van-ban":
            return page_docs(request)
        if path == "/thu-vien-anh/8":
            return page_album(request)
        if path == "/tim-kiem":
            return page_search(request)
        if path == "/binh-chon" and request.method == "POST":
            return redirect("/", 303)
        if m := _ARTICLE.match(path):
            s = BY_ID.get(int(m.group(1)))
            return page_article(request, s) if s else None
        if m := _CAT.match(path):
            return page_category(request, m.group(1))
        if m := _DOC.match(path):
            d = DOC_BY_ID.get(int(m.group(1)))
            return page_doc(request, d) if d else None
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/static/", "/uploads/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if len(path) > 1 and path.endswith("/"):
            # Gin's RedirectTrailingSlash: only when the route without the slash exists
            bare = Request(request.method, path.rstrip("/"), request.query, request.headers, request.body)
            if self.route(bare) is not None:
                return redirect(bare.target, 301)
            return None
        return self.route(request)


def build_site() -> GoGinSite:
    return GoGinSite()


def _alts(s: Story) -> list[str]:
    alts = [f"/tin-tuc/{s.id}", art_path(s) + "?in=1"]
    if s.id == 2481:
        alts.append(art_path(s) + "/")
    if s.opts.get("old_slug"):
        alts.append(f"/tin-tuc/{s.id}/{s.opts['old_slug']}")
    return alts


GOLD = [gold_record(s, art_path(s), CATS[s.cat], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/315",
    "/van-ban/312",
    "/van-ban/309",
    "/thu-vien-anh/8",
]
