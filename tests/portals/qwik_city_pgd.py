"""Phòng GD&ĐT huyện Lục Ngạn: a Qwik City site written by a young developer (blind fixture).

Platform
--------
Qwik City 1.x, server-side rendered and "resumable": ``<html q:container="paused" q:version=…
q:base="/build/" q:instance=…>``, every component wrapped in ``<!--qv q:id=… q:key=…-->`` …
``<!--/qv-->`` virtual-node comments, every dynamic text in ``<!--t=1f-->…<!---->`` markers,
scoped-style classes that begin with a star emoji (``class="⭐️b8v4ct-0 ndct"``), ``on:click=
"q-….js#s_…[0]"`` handlers, ``q:key``/``q:id`` attributes, the application state serialized in
``<script type="qwik/json">`` and the qwikloader inlined at the end of the body. Trailing slashes
are on (``trailingSlash: true``): a path without its slash is answered 301 to the slash form.
The CMS behind it is a home-made admin (accounts "pgd_quantri", "admin", "vanphong.pgd") whose
body field is CKEditor HTML printed with ``dangerouslySetInnerHTML``.

URL scheme
----------
- ``/``                               home: slider, "Tin nổi bật" (6 newest), "Thông báo" box,
                                      album / video teasers; its article links carry
                                      ``?tu=trang-chu`` (the developer's click counter)
- ``/tin-tuc/`` ``?page=N``           all news, 5 a page, pager links written ``href="?page=2"``
- ``/chuyen-muc/<cat>/`` ``?page=N``  a category, 3 a page
- ``/tin-tuc/<slug>/``                an article (``/tin-tuc/<slug>`` -> 301 to the slash form)
- ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``   static pages
- ``/van-ban/``, ``/van-ban/<so-ky-hieu>/``                       documents and their entries
- ``/thu-vien-anh/``, ``/thu-vien-anh/<slug>/``                   photo albums
- ``/video/``, ``/video/<slug>/``                                 video clips
- ``/tim-kiem/?q=…``                  search (GET form in the header)
- ``/uploads/…``, ``/build/…``, ``/assets/…``                    images, PDFs, scripts, styles

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), banner, a main menu with
drop-downs (and a second, hidden copy for phones), breadcrumbs, a right column ("Đọc nhiều",
"Liên kết", a poll with buttons, the visitor counter) and a footer. An article page prints the
headline in ``<h1>`` (text markers around it), a meta row (``<time datetime>`` in UTC with the
day and time printed piecewise from JSX bindings, "Người đăng: <account>", views), an optional
sapo paragraph of its own, the CKEditor body, then a tool row (print button, Facebook / Zalo
share), tag chips, the comments box and "Tin khác" (the four newest articles).

How each gold article is reached
--------------------------------
The home page links the six newest news items (ids 7, 8, 9, 10, 12, 13) and the two notices (2,
11), all with ``?tu=trang-chu``; the "Đọc nhiều" column links 6, 8, 10, 11, 13 cleanly; every
article page's "Tin khác" links the four newest. ``/tin-tuc/`` (pages 1-3) and the category
listings link everything cleanly: 3 (Mầm non), 4 (THCS), 5 (Tin hoạt động) are on a category's
first page and ``/tin-tuc/?page=2|3``; article 1 is on ``/tin-tuc/?page=3`` and
``/chuyen-muc/tin-hoat-dong/?page=2`` only: no first page links it. Article 6 is also reached
through the slash-less "Xem thêm" link of article 7 (301). A breadth-first walk of every link
asks 46 pages (the budget is 60).

Traps
-----
1. Tracking duplicates: the home page links ``/tin-tuc/<slug>/?tu=trang-chu``; that URL serves
   the same article (canonical tag: the clean path). Gold: path is the clean path, the ``?tu=``
   URL is in ``alt_paths`` (articles 2, 8-13).
2. Query-only relative pager links (``href="?page=2"``); "Trang sau »" on category listings is
   printed whenever a page is full (3 items), so "Giáo dục THCS" (exactly 3) links an empty
   ``?page=2`` that answers 200 "Chưa có bài viết nào". Gold: listings are not articles; article
   1 is only on later pages.
3. UTC timestamps: ``<time datetime>`` and ``article:published_time`` are UTC (``…Z``); the
   visible day and time are local. Article 12 was posted at 06:15 local, which is the day
   before in UTC (``2026-12-02T23:15:00.000Z``). Gold: "2026-12-03T06:15:00+07:00".
   Article 7 prints "15/11/2026 - 00:00" (``2026-11-14T17:00:00.000Z``): midnight, the day
   alone, "2026-11-15". Article 8 stores a day only (``datetime="2026-11-20"``): "2026-11-20".
   Article 4 prints "Cập nhật lần cuối: 02/11/2026 - 09:12" below the text: not its date.
4. Text markers inside printed values: the date is printed as ``<!--t=a-->04<!---->/<!--t=b-->12
   <!---->/…`` (one binding per part), the headline and the poster likewise; a reader that turns
   comments into spaces reads "04 / 12 / 2026". Gold: the markers are no text.
5. Bylines: the meta row's "Người đăng: pgd_quantri / admin / vanphong.pgd" is a CMS account
   (nobody). The real signature closes the body: "Tin, ảnh: Vũ Thị Hằng" (author and
   photographer), "Tin: Nguyễn Hải Yến - Ảnh: Lương Văn Toàn", "ThS. Lê Văn Quang - Phó Hiệu
   trưởng Trường THCS Kiên Thành" (-> "Lê Văn Quang"), "Ngọc Ánh - Trường MN Hoa Sen"
   (-> "Ngọc Ánh"), a unit alone ("Tổ Văn phòng", "Tổ Tiểu học": the author as printed), "BBT"
   (nobody), "Nguồn: Cổng TTĐT huyện Lục Ngạn" (source, no author).
6. A post pasted from the office's Facebook page (article 13): paragraphs are FB ``<div dir=
   "auto">`` blocks, one block splits its lines with ``<br>``, and the list lines start with an
   emoji drawn as an ``<img alt="👉" src="https://static.xx.fbcdn.net/…/1f449.png">``. Gold:
   each ``<br>`` line is a paragraph, a picture-emoji bullet is no text and no image; emoji typed
   as characters ("✨", "💐💐💐", the "🎉" of the headline) are kept. The photo's ``alt`` is
   Facebook's machine description ("Có thể là hình ảnh về 12 người…"): not a caption (None).
7. Captions in three shapes: CKEditor ``<figure class="image">…<figcaption>``, an old
   CKEditor-4 ``<table class="tplCaption">`` with the line in a cell, and an italic centred
   paragraph under the photo, sometimes in parentheses ("(Các bé lớp 5 tuổi A1 …)" -> without
   them). A line "Ảnh: Hoàng Minh Đức" only credits the photographer: caption None, the name is a
   photographer. None of these lines is body text.
8. An official notice (article 11) printed as a document: letterhead table "UBND HUYỆN LỤC NGẠN
   / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …", "Số: 1318/TB-PGDĐT",
   "Lục Ngạn, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and "KT.
   TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG / (Đã ký) / Trần Văn Hưng". The site posted it on 02/12/2026
   08:00. Gold: date "2026-11-30", author "Trần Văn Hưng", body from "Căn cứ …" to "…đúng thời
   gian./." with the schedule table's rows as paragraphs.
9. Article 9 was typed on a Mac and stored decomposed (NFD), headline and text; its images are
   written relative (``../../uploads/…``). Gold: NFC text, images as absolute paths.
10. Chrome inside ``<article>``: the comments box ("Bình luận (3)" with readers' names, dates
    and texts), tag chips, "Xem thêm: <link>" and "📎 Tệp đính kèm:" / "Tải về:" lines, the
    print/share row. Gold: none of it is body. The "Xem thêm" link of article 7 is written
    without the trailing slash (a 301 to article 6).
11. The serialized state (``<script type="qwik/json">``) repeats each article's body HTML and,
    on the home page, lists a draft (``du-thao-ke-hoach-thi-hsg-cap-huyen-lop-9``) whose page
    is a 404. Gold: scripts are no text; the draft is no article.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` is the printed local day and time (+07:00), not the UTC attribute; a midnight
  time or a stored day gives the day alone; the notice takes its letterhead's day.
- ``summary``: the ``<p class="… sapo-bv">`` printed above the body (articles 1, 4, 8, 12), or the
  bold lead paragraph of the body (article 3). Others: null (the meta description is not one).
- A unit signing alone (right-aligned "Tổ Văn phòng", "Tổ Tiểu học") is the author; "BBT" and the
  CMS accounts are nobody; "Nguồn: X" gives the source only.
- A photo credited only "Ảnh: X" has caption None and X is a photographer of the article.
- A heading typed inside the text ("Nhiệm vụ trọng tâm năm học 2026-2027", "1. Thời gian, địa
  điểm") and a table's header row are paragraphs.
- ``category``: the leaf of the breadcrumb ("Giáo dục THCS", "Thông báo", …), not "Tin tức".
- ``/tin-tuc/<slug>`` (no slash) is a redirect, not a URL that serves the article: not an alt path.
- Non-articles: the intro and organisation pages, the contact page, two document entries, a photo
  album and a video page (albums and videos print a date and a description: still not articles).
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import urljoin

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

NAME = "qwik_city_pgd"
PLATFORM = "Qwik City (Qwik 1.x SSR, resumable; home-made CMS)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Lục Ngạn"
SITE_SHORT = "Phòng GD&ĐT huyện Lục Ngạn"
TODAY = date(2026, 12, 5)
HEADER_DATE = "Thứ Bảy, 05/12/2026"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "giao-duc-mam-non": "Giáo dục Mầm non",
    "giao-duc-tieu-hoc": "Giáo dục Tiểu học",
    "giao-duc-thcs": "Giáo dục THCS",
    "thong-bao": "Thông báo",
}

RIGHT = 'style="text-align: right;"'


def _sign(name: str, tag: str = "strong") -> Raw:
    return Raw(f"<p {RIGHT}><{tag}>{esc(name)}</{tag}></p>")


# --- the stories ------------------------------------------------------------------------------

S1 = Story(
    id=1,
    slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027",
    title="Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026-2027",
    cat="tin-hoat-dong",
    published_at="2026-10-08T08:30:00+07:00",
    summary=(
        "Sáng ngày 07/10/2026, Phòng GD&ĐT huyện Lục Ngạn tổ chức Hội nghị triển khai nhiệm vụ "
        "chuyển đổi số trong giáo dục năm học 2026-2027 cho cán bộ quản lý và nhân viên phụ trách "
        "công nghệ thông tin của 68 trường học trên địa bàn huyện."
    ),
    sapo_outside=True,
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Dự hội nghị có ông Nguyễn Văn Thành, Trưởng phòng GD&ĐT huyện; bà Lê Thị Minh Phương, "
            "Phó Trưởng phòng; đại diện Trung tâm Văn hóa, Thông tin và Thể thao huyện cùng hơn 150 "
            "cán bộ quản lý, giáo viên cốt cán."
        ),
        Img(
            "/uploads/2026/10/hoi-nghi-cds-01.jpg",
            "Ông Nguyễn Văn Thành, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
            "Ông Nguyễn Văn Thành, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
            "fig",
        ),
        P(
            "Tại hội nghị, các đại biểu đã nghe báo cáo đánh giá kết quả thực hiện chuyển đổi số năm "
            "học 2025-2026. Đến hết năm học, 100% trường học đã sử dụng phần mềm quản lý trường học, "
            "98,5% học sinh có hồ sơ học bạ số; 100% giáo viên có tài khoản và sử dụng thành thạo hệ "
            "thống LMS của ngành."
        ),
        P("Nhiệm vụ trọng tâm năm học 2026-2027", "h3"),
        Raw("<ul>"),
        P("Triển khai học bạ số đối với 100% học sinh tiểu học và THCS;", "li"),
        P("Số hóa hồ sơ, sổ sách chuyên môn, thực hiện ký số văn bản đi, đến;", "li"),
        P(
            "Xây dựng kho học liệu số dùng chung cấp huyện, mỗi trường đóng góp tối thiểu 20 bài "
            "giảng e-learning;",
            "li",
        ),
        P(
            "Đẩy mạnh thanh toán không dùng tiền mặt trong thu các khoản phí, lệ phí tại trường học.",
            "li",
        ),
        Raw("</ul>"),
        Img("/uploads/2026/10/hoi-nghi-cds-02.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "fig"),
        P(
            "Phát biểu kết luận hội nghị, ông Nguyễn Văn Thành đề nghị hiệu trưởng các nhà trường xác "
            "định chuyển đổi số là nhiệm vụ thường xuyên, gắn với trách nhiệm người đứng đầu; phân "
            "công cụ thể cán bộ phụ trách, báo cáo tiến độ về Phòng GD&ĐT trước ngày 25 hằng tháng."
        ),
        _sign("Tổ Văn phòng"),
    ],
    opts={"local": "2026-10-08 08:30", "poster": "pgd_quantri"},
)

S2 = Story(
    id=2,
    slug="thong-bao-dang-ky-tham-gia-cuoc-thi-thiet-ke-bai-giang-dien-tu-nam-2026",
    title="Thông báo về việc đăng ký tham gia Cuộc thi “Thiết kế bài giảng điện tử” năm 2026",
    cat="thong-bao",
    published_at="2026-10-15T14:00:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 1245/KH-PGDĐT ngày 10/10/2026 của Phòng GD&ĐT huyện Lục Ngạn về tổ "
            "chức Cuộc thi “Thiết kế bài giảng điện tử” năm 2026, Phòng GD&ĐT thông báo tới các trường "
            "mầm non, tiểu học, THCS trên địa bàn huyện như sau:"
        ),
        P(
            "1. Đối tượng dự thi: Giáo viên đang trực tiếp giảng dạy tại các cơ sở giáo dục mầm non, "
            "phổ thông trên địa bàn huyện; mỗi tác giả hoặc nhóm tác giả (không quá 03 người) được "
            "gửi tối đa 02 sản phẩm."
        ),
        P(
            "2. Thời hạn đăng ký: Các trường tổng hợp danh sách đăng ký theo mẫu gửi về Phòng GD&ĐT "
            "(qua bộ phận Văn phòng) trước 17 giờ 00 ngày 31/10/2026."
        ),
        P(
            "3. Thời hạn nộp sản phẩm: Trước ngày 30/11/2026, nộp trực tuyến qua hệ thống quản lý văn "
            "bản của ngành."
        ),
        P(
            "Đề nghị hiệu trưởng các nhà trường quan tâm, phổ biến rộng rãi tới toàn thể giáo viên và "
            "khuyến khích giáo viên tích cực tham gia."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/van-ban/1245-kh-pgddt/">Kế hoạch số 1245/KH-PGDĐT tổ chức '
            "Cuộc thi “Thiết kế bài giảng điện tử” năm 2026</a></em></p>"
        ),
        Raw(
            '<p>Tải về: <a href="/uploads/2026/10/the-le-cuoc-thi-bgdt-2026.pdf" target="_blank">'
            "the-le-cuoc-thi-bgdt-2026.pdf</a></p>"
        ),
        _sign("BBT"),
    ],
    opts={"local": "2026-10-15 14:00", "poster": "vanphong.pgd"},
)

S3 = Story(
    id=3,
    slug="truong-mam-non-quy-son-to-chuc-hoi-thi-be-vui-khoe-be-tai-nang",
    title="Trường Mầm non Quý Sơn tổ chức Hội thi “Bé vui khỏe, bé tài năng”",
    cat="giao-duc-mam-non",
    published_at="2026-10-22T07:45:00+07:00",
    summary=(
        "Nhằm tạo sân chơi bổ ích, giúp trẻ phát triển thể chất và mạnh dạn, tự tin trong giao "
        "tiếp, ngày 20/10/2026, Trường Mầm non Quý Sơn tổ chức Hội thi “Bé vui khỏe, bé tài năng” "
        "năm học 2026-2027."
    ),
    authors=["Vũ Thị Hằng"],
    photographers=["Vũ Thị Hằng"],
    blocks=[
        P(
            "Nhằm tạo sân chơi bổ ích, giúp trẻ phát triển thể chất và mạnh dạn, tự tin trong giao "
            "tiếp, ngày 20/10/2026, Trường Mầm non Quý Sơn tổ chức Hội thi “Bé vui khỏe, bé tài năng” "
            "năm học 2026-2027.",
            "b",
        ),
        P(
            "Tham gia hội thi có 12 đội đến từ các lớp mẫu giáo 4-5 tuổi với gần 200 cháu. Các bé trải "
            "qua ba phần thi: chào hỏi, thi vận động “Bé nhanh nhẹn” và năng khiếu."
        ),
        Img(
            "/uploads/2026/10/mn-quy-son-1.jpg",
            "(Các bé lớp 5 tuổi A1 trong phần thi chào hỏi)",
            "Các bé lớp 5 tuổi A1 trong phần thi chào hỏi",
            "em",
        ),
        P(
            "Ở phần thi vận động, các bé thể hiện sự khéo léo khi bật qua vòng, bò chui qua cổng, "
            "chuyền bóng qua đầu. Phần thi năng khiếu mang đến nhiều tiết mục múa, hát, đọc thơ đáng "
            "yêu, nhận được tràng pháo tay cổ vũ nhiệt tình của phụ huynh."
        ),
        Img(
            "/uploads/2026/10/mn-quy-son-2.jpg",
            "(Tiết mục múa “Bé yêu biển lắm” của lớp 4 tuổi B2)",
            "Tiết mục múa “Bé yêu biển lắm” của lớp 4 tuổi B2",
            "em",
        ),
        P(
            "Kết thúc hội thi, Ban tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 06 giải "
            "Khuyến khích cho các đội."
        ),
        _sign("Tin, ảnh: Vũ Thị Hằng", "em"),
    ],
    opts={"local": "2026-10-22 07:45", "poster": "pgd_quantri"},
)

S4 = Story(
    id=4,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-thcs",
    title="Tập huấn nâng cao năng lực ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên THCS",
    cat="giao-duc-thcs",
    published_at="2026-10-30T08:00:00+07:00",
    summary=(
        "Trong hai ngày 28 và 29/10/2026, Phòng GD&ĐT huyện Lục Ngạn phối hợp với Trường Đại học "
        "Sư phạm Hà Nội tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học cho 320 "
        "giáo viên THCS."
    ),
    sapo_outside=True,
    authors=["Đỗ Mạnh Hùng"],
    blocks=[
        P(
            "Tại lớp tập huấn, báo cáo viên đã giới thiệu tổng quan về trí tuệ nhân tạo tạo sinh, các "
            "nguyên tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường; hướng dẫn giáo viên sử "
            "dụng một số công cụ hỗ trợ soạn kế hoạch bài dạy, thiết kế phiếu học tập, xây dựng ngân "
            "hàng câu hỏi và chấm, chữa bài viết."
        ),
        Img(
            "/uploads/2026/10/tap-huan-ai-thcs.jpg",
            "Giáo viên thực hành thiết kế phiếu học tập với sự hỗ trợ của AI",
            "Giáo viên thực hành thiết kế phiếu học tập với sự hỗ trợ của AI",
            "tbl",
        ),
        P(
            "Các học viên được chia thành nhóm theo môn học để thực hành trực tiếp trên máy tính, sau "
            "đó trình bày sản phẩm và góp ý lẫn nhau."
        ),
        P(
            "“Điều quan trọng là giáo viên phải làm chủ công nghệ, kiểm chứng thông tin do AI đưa ra, "
            "không để học sinh lệ thuộc vào công cụ”, PGS.TS Trần Đức Minh lưu ý.",
            "quote",
        ),
        P(
            "Sau tập huấn, mỗi giáo viên hoàn thiện ít nhất 01 kế hoạch bài dạy có ứng dụng AI, gửi về "
            "tổ chuyên môn để đánh giá, chia sẻ trong toàn cụm trường."
        ),
        _sign("Đỗ Mạnh Hùng"),
    ],
    opts={"local": "2026-10-30 08:00", "poster": "pgd_quantri", "updated": "2026-11-02 09:12"},
)

S5 = Story(
    id=5,
    slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại các xã, thị trấn",
    cat="tin-hoat-dong",
    published_at="2026-11-05T15:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 02/11 đến ngày 04/11/2026, Đoàn kiểm tra của Ban Chỉ đạo phổ cập giáo dục, xóa mù "
            "chữ huyện đã tiến hành kiểm tra hồ sơ, sổ sách và kết quả thực hiện công tác phổ cập giáo "
            "dục, xóa mù chữ tại 27 xã, thị trấn trên địa bàn huyện."
        ),
        Img(
            "/uploads/2026/11/kiem-tra-pcgd-tan-hoa.jpg",
            "Đoàn kiểm tra làm việc tại xã Tân Hoa",
            "Đoàn kiểm tra làm việc tại xã Tân Hoa",
            "fig",
        ),
        P(
            "Qua kiểm tra, các đơn vị cơ bản duy trì vững chắc kết quả phổ cập; hồ sơ được cập nhật "
            "đầy đủ trên hệ thống thông tin điện tử quản lý phổ cập giáo dục. Kết quả cụ thể như sau:"
        ),
        Raw('<figure class="table"><table border="1" cellpadding="4" style="width:100%"><tbody>'),
        P("Tiêu chí | Mức đạt | Số xã, thị trấn đạt", "th"),
        P("Phổ cập giáo dục mầm non cho trẻ 5 tuổi | Đạt chuẩn | 27/27", "row"),
        P("Phổ cập giáo dục tiểu học | Mức độ 3 | 27/27", "row"),
        P("Phổ cập giáo dục THCS | Mức độ 2 | 25/27", "row"),
        P("Xóa mù chữ | Mức độ 2 | 27/27", "row"),
        Raw("</tbody></table></figure>"),
        P(
            "Đoàn kiểm tra đề nghị các xã còn lại khẩn trương rà soát, điều tra bổ sung số liệu, hoàn "
            "thiện hồ sơ trước ngày 30/11/2026 để huyện đề nghị tỉnh kiểm tra, công nhận."
        ),
        Raw(
            '<p>📎 Tệp đính kèm: <a href="/uploads/2026/11/bao-cao-pcgd-xmc-2026.pdf">'
            "bao-cao-pcgd-xmc-2026.pdf</a></p>"
        ),
    ],
    opts={"local": "2026-11-05 15:00", "poster": "admin"},
)

S6 = Story(
    id=6,
    slug="truong-tieu-hoc-thi-tran-chu-to-chuc-ngay-hoi-doc-sach",
    title="Trường Tiểu học Thị trấn Chũ tổ chức Ngày hội đọc sách năm 2026",
    cat="giao-duc-tieu-hoc",
    published_at="2026-11-10T10:20:00+07:00",
    authors=["Phạm Thị Lan"],
    photographers=["Hoàng Minh Đức"],
    blocks=[
        P(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, sáng 08/11/2026, Trường Tiểu "
            "học Thị trấn Chũ tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách - một người bạn”."
        ),
        Img("/uploads/2026/11/ngay-hoi-doc-sach-01.jpg", "Ảnh: Hoàng Minh Đức", None, "em"),
        P(
            "Ngày hội có nhiều hoạt động hấp dẫn như: trưng bày sách theo chủ đề, thi kể chuyện theo "
            "sách, vẽ tranh minh họa nhân vật yêu thích, trao đổi sách cũ. Thư viện nhà trường cũng "
            "ra mắt “Tủ sách lớp học” với hơn 1.200 đầu sách do phụ huynh và học sinh quyên góp."
        ),
        P(
            "Em Nguyễn Bảo Ngọc, học sinh lớp 4A3 chia sẻ: “Em rất thích phần thi kể chuyện. Em đã kể "
            "câu chuyện Dế Mèn phiêu lưu ký và được các bạn cổ vũ rất nhiều”."
        ),
        Img(
            "/uploads/2026/11/ngay-hoi-doc-sach-02.jpg",
            "Học sinh lớp 2 say sưa đọc sách tại thư viện xanh",
            "Học sinh lớp 2 say sưa đọc sách tại thư viện xanh",
            "fig",
        ),
        P(
            "Thông qua ngày hội, nhà trường mong muốn khơi dậy niềm đam mê đọc sách, hình thành thói "
            "quen đọc cho học sinh, góp phần nâng cao chất lượng giáo dục toàn diện."
        ),
        _sign("Bài: Phạm Thị Lan"),
    ],
    opts={"local": "2026-11-10 10:20", "poster": "pgd_quantri"},
)

S7 = Story(
    id=7,
    slug="hoi-thao-nang-cao-chat-luong-day-doc-hieu-mon-tieng-viet-lop-4-lop-5",
    title="Hội thảo nâng cao chất lượng dạy đọc hiểu môn Tiếng Việt lớp 4, lớp 5",
    cat="giao-duc-tieu-hoc",
    published_at="2026-11-15",
    authors=["Tổ Tiểu học"],
    blocks=[
        P(
            "Ngày 13/11/2026, tại Trường Tiểu học Kiên Lao, Phòng GD&ĐT tổ chức Hội thảo chuyên đề "
            "“Nâng cao chất lượng dạy học đọc hiểu môn Tiếng Việt lớp 4, lớp 5 theo Chương trình giáo "
            "dục phổ thông 2018”."
        ),
        P(
            "Hội thảo đã dự 02 tiết dạy minh họa: bài đọc “Những bức chân dung” (lớp 4) do cô giáo Đặng "
            "Thu Hương thực hiện và bài đọc “Tiếng rao đêm” (lớp 5) do cô giáo Lý Thị Mai thực hiện."
        ),
        Img(
            "/uploads/2026/11/hoi-thao-doc-hieu.jpg",
            "Tiết dạy minh họa bài đọc lớp 5 tại Trường Tiểu học Kiên Lao",
            "Tiết dạy minh họa bài đọc lớp 5 tại Trường Tiểu học Kiên Lao",
            "fig",
        ),
        P("Các đại biểu tập trung thảo luận một số nội dung:"),
        Raw("<ul>"),
        P("Quy trình tổ chức hoạt động đọc hiểu theo hướng phát triển năng lực;", "li"),
        P("Cách thiết kế câu hỏi đọc hiểu theo các mức độ nhận biết, kết nối, vận dụng;", "li"),
        P("Sử dụng sơ đồ tư duy, phiếu đọc sách trong dạy học đọc mở rộng.", "li"),
        Raw("</ul>"),
        P(
            "Hội thảo đã thống nhất nhiều giải pháp thiết thực để các trường vận dụng linh hoạt trong "
            "thời gian tới."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/truong-tieu-hoc-thi-tran-chu-to-chuc-'
            'ngay-hoi-doc-sach">Trường Tiểu học Thị trấn Chũ tổ chức Ngày hội đọc sách năm 2026</a></p>'
        ),
        _sign("Tổ Tiểu học"),
    ],
    opts={"local": "2026-11-15 00:00", "poster": "pgd_quantri"},
)

S8 = Story(
    id=8,
    slug="long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-hoat-dong",
    published_at="2026-11-20",
    summary=(
        "Sáng 19/11/2026, Phòng GD&ĐT huyện Lục Ngạn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."
    ),
    sapo_outside=True,
    source="Cổng TTĐT huyện Lục Ngạn",
    blocks=[
        P(
            "Về dự buổi lễ có đồng chí Hoàng Văn Bình, Phó Chủ tịch UBND huyện; lãnh đạo các ban, "
            "ngành, đoàn thể của huyện cùng đông đảo thầy, cô giáo đại diện cho hơn 3.000 cán bộ, giáo "
            "viên, nhân viên toàn ngành."
        ),
        P(
            "Năm học 2025-2026, ngành Giáo dục huyện tiếp tục đạt nhiều kết quả nổi bật: tỷ lệ trường "
            "đạt chuẩn quốc gia đạt 91,2%; học sinh giỏi cấp tỉnh đạt 146 giải, xếp thứ 3 toàn tỉnh; "
            "tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 99,8%."
        ),
        Img(
            "/uploads/2026/11/ky-niem-20-11-trao-thuong.jpg",
            "Đồng chí Hoàng Văn Bình, Phó Chủ tịch UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu",
            "Đồng chí Hoàng Văn Bình, Phó Chủ tịch UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu",
            "fig",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những nỗ lực "
            "của đội ngũ nhà giáo và nhấn mạnh:"
        ),
        P(
            "“Mỗi thầy cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, để mỗi "
            "ngày đến trường thực sự là một ngày vui với các em học sinh”.",
            "quote",
        ),
        P(
            "Nhân dịp này, UBND huyện tặng Giấy khen cho 45 nhà giáo tiêu biểu; Phòng GD&ĐT tặng Giấy "
            "khen cho 112 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt”."
        ),
        _sign("Nguồn: Cổng TTĐT huyện Lục Ngạn", "em"),
    ],
    opts={
        "local": "2026-11-20",
        "poster": "vanphong.pgd",
        "comments": [
            ("Trần Thị Thu", "20/11/2026 - 09:41", "Chúc mừng các thầy cô giáo nhân ngày 20/11! Chúc ngành giáo dục huyện nhà ngày càng phát triển."),
            ("Phụ huynh lớp 3A2", "20/11/2026 - 12:05", "Cảm ơn các thầy cô đã luôn tận tâm với các con."),
        ],
    },
)

S9 = Story(
    id=9,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-thcs-so-2",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS số 2",
    cat="giao-duc-thcs",
    published_at="2026-11-25T09:10:00+07:00",
    authors=["Lê Văn Quang"],
    blocks=[
        P(
            "Ngày 22/11/2026, tại Trường THCS Kiên Thành, cụm trường THCS số 2 tổ chức sinh hoạt chuyên "
            "môn theo nghiên cứu bài học môn Khoa học tự nhiên lớp 8."
        ),
        P(
            "Tiết dạy minh họa bài “Tốc độ phản ứng và chất xúc tác” do thầy giáo Nguyễn Đức Thắng thực "
            "hiện. Giáo viên đã tổ chức cho học sinh làm thí nghiệm theo nhóm, quan sát, so sánh và rút "
            "ra kết luận về các yếu tố ảnh hưởng đến tốc độ phản ứng."
        ),
        Img(
            "../../uploads/2026/11/nghien-cuu-bai-hoc-khtn8.jpg",
            "Học sinh lớp 8A làm thí nghiệm theo nhóm",
            "Học sinh lớp 8A làm thí nghiệm theo nhóm",
            "fig",
        ),
        P(
            "Trong phần thảo luận, các giáo viên dự giờ tập trung phân tích hoạt động học của học sinh: "
            "em nào gặp khó khăn, vì sao, giáo viên đã hỗ trợ ra sao; từ đó đề xuất điều chỉnh nhiệm vụ "
            "học tập cho phù hợp với từng nhóm đối tượng."
        ),
        Img(
            "../../uploads/2026/11/nghien-cuu-bai-hoc-thao-luan.jpg",
            "Giáo viên trong cụm thảo luận sau tiết dạy",
            "Giáo viên trong cụm thảo luận sau tiết dạy",
            "fig",
        ),
        P(
            "Buổi sinh hoạt chuyên môn giúp giáo viên trong cụm có thêm kinh nghiệm tổ chức dạy học "
            "tích hợp, chú trọng quan sát và lắng nghe học sinh."
        ),
        _sign("ThS. Lê Văn Quang - Phó Hiệu trưởng Trường THCS Kiên Thành"),
    ],
    opts={"local": "2026-11-25 09:10", "poster": "pgd_quantri", "nfd": True},
)

S10 = Story(
    id=10,
    slug="truong-mam-non-hoa-sen-to-chuc-chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam",
    title="Trường Mầm non Hoa Sen tổ chức chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”",
    cat="giao-duc-mam-non",
    published_at="2026-11-28T14:30:00+07:00",
    authors=["Ngọc Ánh"],
    blocks=[
        P(
            "Thực hiện kế hoạch năm học 2026-2027, ngày 26/11/2026, Trường Mầm non Hoa Sen tổ chức "
            "chuyên đề cấp huyện “Xây dựng trường mầm non lấy trẻ làm trung tâm” với sự tham gia của "
            "cán bộ quản lý, giáo viên cốt cán của 28 trường mầm non trong huyện."
        ),
        Img(
            "/uploads/2026/11/mn-hoa-sen-moi-truong-lop.jpg",
            "Các cô giáo tham quan môi trường lớp học tại lớp mẫu giáo 5 tuổi A2",
            "Các cô giáo tham quan môi trường lớp học tại lớp mẫu giáo 5 tuổi A2",
            "tbl",
        ),
        P(
            "Các đại biểu đã tham quan môi trường giáo dục trong và ngoài lớp học; dự 03 hoạt động "
            "minh họa: khám phá “Vòng đời của cây đậu”, làm quen chữ cái g, y và hoạt động góc."
        ),
        Img(
            "/uploads/2026/11/mn-hoa-sen-kham-pha.jpg",
            "Hoạt động khám phá “Vòng đời của cây đậu”",
            "Hoạt động khám phá “Vòng đời của cây đậu”",
            "tbl",
        ),
        P(
            "Điểm nổi bật của chuyên đề là môi trường lớp học được bố trí mở, sử dụng nhiều nguyên vật "
            "liệu thiên nhiên, tái chế; trẻ được tự lựa chọn góc chơi, chủ động trải nghiệm, giáo viên "
            "đóng vai trò người hướng dẫn, gợi mở."
        ),
        P(
            "Chuyên đề là dịp để các trường mầm non trong huyện học tập, trao đổi kinh nghiệm, tiếp tục "
            "đổi mới hình thức tổ chức hoạt động chăm sóc, giáo dục trẻ."
        ),
        _sign("Ngọc Ánh - Trường MN Hoa Sen"),
    ],
    opts={"local": "2026-11-28 14:30", "poster": "pgd_quantri"},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="text-align:center; width:42%; vertical-align:top">'
    "<p>UBND HUYỆN LỤC NGẠN<br><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p>"
    "<p>Số: 1318/TB-PGDĐT</p></td>"
    '<td style="text-align:center; vertical-align:top">'
    "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong></p>"
    "<p><em>Lục Ngạn, ngày 30 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức Hội thi '
    "giáo viên dạy giỏi cấp huyện cấp Tiểu học năm học 2026-2027</strong></p>"
)
_CLOSING = (
    '<table border="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%; vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br>'
    "- Các trường TH;<br>- Lãnh đạo phòng;<br>- Lưu: VT, CM.</p></td>"
    '<td style="text-align:center; vertical-align:top"><p><strong>KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG '
    "PHÒNG</strong></p><p><em>(Đã ký)</em></p><p><strong>Trần Văn Hưng</strong></p></td>"
    "</tr></tbody></table>"
)

S11 = Story(
    id=11,
    slug="thong-bao-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-cap-tieu-hoc-nam-hoc-2026-2027",
    title="Thông báo tổ chức Hội thi giáo viên dạy giỏi cấp huyện cấp Tiểu học năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Trần Văn Hưng"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ trưởng Bộ Giáo dục và Đào tạo "
            "ban hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi, "
            "giáo viên chủ nhiệm lớp giỏi cơ sở giáo dục phổ thông;",
            "i",
        ),
        P(
            "Căn cứ Kế hoạch số 1190/KH-PGDĐT ngày 15/10/2026 của Phòng GD&ĐT huyện Lục Ngạn về tổ chức "
            "Hội thi giáo viên dạy giỏi cấp huyện năm học 2026-2027,",
            "i",
        ),
        P(
            "Phòng GD&ĐT thông báo lịch tổ chức Hội thi giáo viên dạy giỏi cấp huyện cấp Tiểu học như "
            "sau:"
        ),
        P("1. Thời gian, địa điểm", "b"),
        Raw('<table border="1" cellpadding="3" cellspacing="0" style="width:100%"><tbody>'),
        P("Thời gian | Nội dung | Địa điểm", "th"),
        P("08h00 ngày 09/12/2026 | Khai mạc, bốc thăm bài dạy | Hội trường Phòng GD&ĐT", "row"),
        P(
            "Từ ngày 10/12 đến ngày 13/12/2026 | Thi thực hành tiết dạy | Trường TH Thị trấn Chũ, TH "
            "Kiên Lao",
            "row",
        ),
        P("14h00 ngày 15/12/2026 | Tổng kết, trao giải | Hội trường Phòng GD&ĐT", "row"),
        Raw("</tbody></table>"),
        P("2. Thành phần", "b"),
        P(
            "Giáo viên dự thi có tên trong danh sách kèm theo; Ban Giám khảo theo Quyết định số "
            "1302/QĐ-PGDĐT ngày 25/11/2026 của Trưởng phòng GD&ĐT.",
            "link1302",
        ),
        P(
            "Đề nghị hiệu trưởng các trường tiểu học thông báo tới giáo viên dự thi và tạo điều kiện để "
            "giáo viên tham gia Hội thi đầy đủ, đúng thời gian./."
        ),
        Raw(_CLOSING),
    ],
    opts={"local": "2026-12-02 08:00", "poster": "vanphong.pgd"},
)

S12 = Story(
    id=12,
    slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-xii-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026",
    cat="tin-hoat-dong",
    published_at="2026-12-03T06:15:00+07:00",
    summary=(
        "Tối 02/12/2026, tại Sân vận động trung tâm huyện, Ban Tổ chức Hội khỏe Phù Đổng huyện Lục "
        "Ngạn lần thứ XII năm 2026 long trọng tổ chức lễ khai mạc."
    ),
    sapo_outside=True,
    authors=["Nguyễn Hải Yến"],
    photographers=["Lương Văn Toàn"],
    blocks=[
        P(
            "Hội khỏe năm nay có hơn 1.500 vận động viên là học sinh tiểu học, THCS của 27 xã, thị trấn "
            "tham gia tranh tài ở 9 môn: điền kinh, bơi, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu, võ "
            "cổ truyền và kéo co."
        ),
        Img(
            "/uploads/2026/12/hkpd-dong-dien.jpg",
            "(Màn đồng diễn thể dục nhịp điệu của 300 học sinh Trường THCS Thị trấn Chũ)",
            "Màn đồng diễn thể dục nhịp điệu của 300 học sinh Trường THCS Thị trấn Chũ",
            "em",
        ),
        P(
            "Phát biểu khai mạc, đồng chí Nguyễn Văn Thành, Trưởng phòng GD&ĐT, Phó Trưởng ban Thường "
            "trực Ban Tổ chức nhấn mạnh Hội khỏe Phù Đổng là ngày hội thể thao lớn của học sinh, góp "
            "phần thực hiện cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”, đồng "
            "thời là dịp tuyển chọn những vận động viên có năng khiếu tham gia Hội khỏe Phù Đổng cấp "
            "tỉnh."
        ),
        P("Hội khỏe diễn ra đến hết ngày 07/12/2026."),
        Img(
            "/uploads/2026/12/hkpd-tuyen-the.jpg",
            "(Các vận động viên tuyên thệ tại lễ khai mạc)",
            "Các vận động viên tuyên thệ tại lễ khai mạc",
            "em",
        ),
        _sign("Tin: Nguyễn Hải Yến - Ảnh: Lương Văn Toàn"),
    ],
    opts={
        "local": "2026-12-03 06:15",
        "poster": "pgd_quantri",
        "comments": [
            ("Hoàng Thị Mến", "03/12/2026 - 07:02", "Màn đồng diễn đẹp quá, chúc các vận động viên thi đấu thành công!"),
        ],
    },
)

_FB = "https://static.xx.fbcdn.net/images/emoji.php/v9/t{}/1/16/{}.png"

S13 = Story(
    id=13,
    slug="chuc-mung-doi-tuyen-hoc-sinh-gioi-cap-tinh-lop-9-dat-18-giai",
    title="🎉 Chúc mừng đội tuyển học sinh giỏi cấp tỉnh lớp 9 huyện Lục Ngạn đạt 18 giải",
    cat="giao-duc-thcs",
    published_at="2026-12-04T16:45:00+07:00",
    authors=["Nguyễn Thu Trang"],
    photographers=["Nguyễn Thu Trang"],
    blocks=[
        P("TIN VUI TỪ KỲ THI CHỌN HỌC SINH GIỎI CẤP TỈNH LỚP 9 NĂM HỌC 2026-2027", "fb:1f389:🎉"),
        P(
            "Kết quả kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 9 vừa được Sở GD&ĐT Bắc Giang công "
            "bố, đội tuyển huyện Lục Ngạn đã xuất sắc giành 18 giải, trong đó:",
            "fb",
        ),
        P("02 giải Nhất (môn Ngữ văn, Lịch sử và Địa lí)", "fbl:1f449:👉"),
        P("05 giải Nhì", "fbl:1f449:👉"),
        P("07 giải Ba", "fbl:1f449:👉"),
        P("04 giải Khuyến khích", "fbl:1f449:👉"),
        P(
            "Đặc biệt, em Hà Minh Khang, học sinh Trường THCS Thị trấn Chũ đạt giải Nhất môn Ngữ văn "
            "với số điểm 18,5/20 ✨",
            "fb",
        ),
        Img("/uploads/2026/12/doi-tuyen-hsg-tinh-lop9.jpg", None, None, "fb"),
        P(
            "Phòng GD&ĐT huyện Lục Ngạn xin chúc mừng các em học sinh, các thầy cô giáo bồi dưỡng và các "
            "nhà trường đã có thành tích xuất sắc! 💐💐💐",
            "fb",
        ),
        _sign("Tin, ảnh: Nguyễn Thu Trang"),
    ],
    opts={
        "local": "2026-12-04 16:45",
        "poster": "pgd_quantri",
        "comments": [
            ("Nguyễn Văn Long", "04/12/2026 - 19:20", "Chúc mừng các cháu! Tự hào về học sinh Lục Ngạn 👏"),
            ("Cô giáo Hạnh", "04/12/2026 - 20:13", "Cảm ơn các thầy cô đội tuyển đã vất vả bồi dưỡng các em."),
            ("Lê Thị Bích", "05/12/2026 - 06:48", "Con em đạt giải Ba môn Toán, cả nhà rất vui ạ."),
        ],
    },
)

STORIES = [S13, S12, S11, S10, S9, S8, S7, S6, S5, S4, S3, S2, S1]  # newest first
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
MOST_READ = [13, 11, 10, 8, 6]
DRAFT_SLUG = "du-thao-ke-hoach-thi-hsg-cap-huyen-lop-9"

NEWS_ORDER = STORIES  # /tin-tuc/ lists every story, newest first
HOME_FEATURED = [s for s in STORIES if s.cat != "thong-bao"][:6]
HOME_NOTICES = [s for s in STORIES if s.cat == "thong-bao"]
PER_PAGE_NEWS = 5
PER_PAGE_CAT = 3

# scoped-style classes as Qwik prints them (useStylesScoped$)
C_HDR = "⭐️h7q2xk-0"
C_MAIN = "⭐️m3v9ta-0"
C_DS = "⭐️d5s1ln-0"
C_BV = "⭐️b8v4ct-0"
C_SB = "⭐️s2b6cp-0"
C_FT = "⭐️f9t1ch-0"

THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _local(story: Story) -> datetime:
    value = story.opts["local"]
    return datetime.fromisoformat(value if " " in value else value + " 00:00")


def _has_time(story: Story) -> bool:
    return " " in story.opts["local"]


def _utc_attr(story: Story) -> str:
    """What the developer's ``toISOString()`` prints: UTC, or the bare stored day."""
    if not _has_time(story):
        return story.opts["local"]
    return (_local(story) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:00.000Z")


def _relative(story: Story) -> str:
    days = (TODAY - _local(story).date()).days
    if days == 0:
        return "Hôm nay"
    if days == 1:
        return "Hôm qua"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return _local(story).strftime("%d/%m/%Y")


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "…"


def _thumb(story: Story) -> str:
    return f"/uploads/thumb/{story.id:04d}-{story.slug[:24]}.jpg"


class Q:
    """One SSR pass: numbers q:id's and prints the virtual-node and text markers."""

    def __init__(self) -> None:
        self.n = 0

    def nid(self) -> str:
        self.n += 1
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        n, out = self.n, ""
        while n:
            n, r = divmod(n, 36)
            out = digits[r] + out
        return out

    def t(self, value: object, *, raw: bool = False) -> str:
        inner = str(value) if raw else esc(str(value))
        return f"<!--t={self.nid()}-->{inner}<!---->"

    def qv(self, key: str, inner: str) -> str:
        return f"<!--qv q:id={self.nid()} q:key={key}-->{inner}<!--/qv-->"

    def a(self, href: str, inner: str, cls: str = "", extra: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        return (
            f'<a href="{esc(href)}"{c} preventdefault:click on:click="q-BHz1fYyq.js#s_Q0Gv1mSdEkc[0]"'
            f' on:qvisible="q-C1jtr0Ra.js#s_p8802htc220[0]" q:id="{self.nid()}"{extra}>{inner}</a>'
        )


def _state(objs: list) -> str:
    data = {"refs": {"1": "0 1"}, "ctx": {}, "objs": objs, "subs": [["2 #1"]]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


# --- article bodies ---------------------------------------------------------------------------

_FB_DIV = '<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a"><div dir="auto" style="text-align: start;">{}</div></div>'


def _fb_line(style: str, body: str) -> str:
    parts = style.split(":")
    if len(parts) == 3:
        code, emoji = parts[1], parts[2]
        img = (
            '<span class="x3nfvp2 x1j61x8r x1fcty0u xdj266r xhhsvwb xat24cr xgzva0m xxymvpz xlup9mm '
            f'x1kky2od"><img height="16" width="16" alt="{emoji}" referrerpolicy="origin-when-cross-'
            f'origin" src="{_FB.format("51", code)}"></span>'
        )
        return img + " " + body
    return body


def _img(img: Img, story: Story) -> str:
    src = esc(img.src)
    printed = text(img.printed) if img.printed else ""
    if img.style == "fig":
        cap = f"<figcaption>{printed}</figcaption>" if printed else ""
        return f'<figure class="image"><img src="{src}" alt="" width="800" height="533">{cap}</figure>'
    if img.style == "em":
        out = f'<p style="text-align:center"><img alt="" src="{src}" style="width:100%; max-width:720px"></p>'
        if printed:
            out += f'<p style="text-align:center"><em>{printed}</em></p>'
        return out
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" '
            f'style="width:100%"><tbody><tr><td><img alt="" src="{src}" style="width:100%"></td></tr>'
            f'<tr><td class="Image" style="text-align:center">{printed}</td></tr></tbody></table>'
        )
    if img.style == "fb":
        return (
            '<div class="x10l6tqk x13vifvy"><img alt="Có thể là hình ảnh về 12 người, học sinh và văn '
            f'bản" class="x1ey2m1c xds687c x5yr21d x10l6tqk x17qophe x13vifvy xh8yej3" src="{src}"></div>'
        )
    raise ValueError(img.style)


def _cells(value: str, tag: str, bold: bool) -> str:
    cells = []
    for cell in value.split(" | "):
        inner = f"<strong>{text(cell)}</strong>" if bold else text(cell)
        cells.append(f"<{tag}>{inner}</{tag}>")
    return "<tr>" + "".join(cells) + "</tr>"


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b, story))
        else:
            t = text(b.text)
            st = b.style
            if st.startswith("fbl"):
                lines = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style.startswith("fbl"):
                    lines.append(_fb_line(blocks[i].style, text(blocks[i].text)))
                    i += 1
                out.append(_FB_DIV.format("<br>".join(lines)))
                continue
            if st.startswith("fb"):
                out.append(_FB_DIV.format(_fb_line(st, t)))
            elif st == "h3":
                out.append(f"<h3><strong>{t}</strong></h3>")
            elif st == "b":
                out.append(f'<p style="text-align:justify"><strong>{t}</strong></p>')
            elif st == "i":
                out.append(f'<p style="text-align:justify"><em>{t}</em></p>')
            elif st == "li":
                out.append(f"<li>{t}</li>")
            elif st == "th":
                out.append(_cells(b.text, "td", True))
            elif st == "row":
                out.append(_cells(b.text, "td", False))
            elif st == "quote":
                out.append(f"<blockquote><p><em>{t}</em></p></blockquote>")
            elif st == "link1302":
                label = text("Quyết định số 1302/QĐ-PGDĐT")
                t = t.replace(label, f'<a href="/van-ban/1302-qd-pgddt/">{label}</a>')
                out.append(f'<p style="text-align:justify">{t}</p>')
            else:
                out.append(f'<p style="text-align:justify">{t}</p>')
        i += 1
    markup = "\n".join(out)
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    ("Tin tức", "/tin-tuc/", [(name, f"/chuyen-muc/{slug}/") for slug, name in CATS.items() if slug != "thong-bao"]),
    ("Thông báo", "/chuyen-muc/thong-bao/", []),
    ("Văn bản", "/van-ban/", []),
    ("Thư viện", "/thu-vien-anh/", [("Thư viện ảnh", "/thu-vien-anh/"), ("Video", "/video/")]),
    ("Liên hệ", "/lien-he/", []),
]


ARROW = ' <i class="mui-ten">▾</i>'


def _menu(q: Q, cls: str) -> str:
    items = []
    for label, href, subs in MENU:
        if subs:
            sub = "".join(f'<li q:key="{esc(h)}">{q.a(h, esc(n))}</li>' for n, h in subs)
            items.append(
                f'<li class="{C_HDR} c1 co-con" on:mouseenter="q-DvU7dQbf.js#s_moMenu[0]">'
                f"{q.a(href, esc(label) + ARROW)}"
                f'<ul class="{C_HDR} c2" style="display:none">{sub}</ul></li>'
            )
        else:
            items.append(f'<li class="{C_HDR} c1">{q.a(href, esc(label))}</li>')
    return f'<ul class="{C_HDR} {cls}">{"".join(items)}</ul>'


LOGO = '<img src="/images/logo-pgd-luc-ngan.png" alt="Logo" width="86" height="86">'


def _header(q: Q) -> str:
    inner = (
        f'<header class="{C_HDR} dau-trang">'
        f'<div class="{C_HDR} thanh-tren"><span class="{C_HDR} ngay-ht">📅 {q.t(HEADER_DATE)}</span>'
        f'<span class="{C_HDR} dd">☎ Đường dây nóng: 0204.3882.235</span>'
        f'<form action="/tim-kiem/" method="get" class="{C_HDR} f-tk" q:id="{q.nid()}">'
        '<input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." autocomplete="off">'
        '<button type="submit" aria-label="Tìm kiếm">🔍</button></form></div>'
        f'<div class="{C_HDR} bn">{q.a("/", LOGO)}'
        f'<div class="{C_HDR} bn-chu"><p>UBND HUYỆN LỤC NGẠN</p><h2>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</h2>'
        "<p><em>Đổi mới - Sáng tạo - Chất lượng</em></p></div></div>"
        f'<nav class="{C_HDR} mnu" aria-label="Menu chính">{_menu(q, "mnu-c1")}</nav>'
        f'<button class="{C_HDR} nut-mb" on:click="q-DvU7dQbf.js#s_moMenuMb[0]" q:id="{q.nid()}">☰</button>'
        f'<nav class="{C_HDR} mnu-mb" hidden>{_menu(q, "mnu-mb-ds")}</nav>'
        '<div class="marquee-tb"><span>🔔 Thông báo: Hệ thống quản lý văn bản sẽ tạm dừng để nâng cấp '
        "từ 20h00 ngày 06/12/2026 đến 06h00 ngày 07/12/2026.</span></div>"
        "</header>"
    )
    return q.qv("hdr0:a1", inner)


def _sidebar(q: Q) -> str:
    doc = "".join(
        f'<li q:key="{s.id}">{q.a(f"/tin-tuc/{s.slug}/", q.t(s.title))}</li>'
        for s in (BY_ID[i] for i in MOST_READ)
    )
    lk = (
        '<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/lk-bo-gddt.png" alt="Bộ GD&amp;ĐT"></a>'
        '<a href="https://sogd.bacgiang.gov.vn" target="_blank" rel="noopener"><img src="/images/lk-so-gddt.png" alt="Sở GD&amp;ĐT Bắc Giang"></a>'
        '<a href="https://lucngan.bacgiang.gov.vn" target="_blank" rel="noopener"><img src="/images/lk-huyen.png" alt="Cổng TTĐT huyện"></a>'
        '<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/images/lk-dvc.png" alt="Dịch vụ công"></a>'
    )
    poll = (
        "<p>Bạn quan tâm nhất đến nội dung nào trên website?</p>"
        '<label><input type="radio" name="bc" value="1"> Tin tức hoạt động</label>'
        '<label><input type="radio" name="bc" value="2"> Văn bản chỉ đạo</label>'
        '<label><input type="radio" name="bc" value="3"> Thông báo tuyển sinh</label>'
        '<label><input type="radio" name="bc" value="4"> Thư viện ảnh, video</label>'
        f'<button on:click="q-Bd0o2Kc1.js#s_binhChon[0]" q:id="{q.nid()}">Bình chọn</button> '
        f'<button on:click="q-Bd0o2Kc1.js#s_xemKq[0]" q:id="{q.nid()}">Xem kết quả</button>'
    )
    counter = (
        f"<p>👥 Đang online: <b>{q.t(23)}</b></p><p>📈 Hôm nay: <b>{q.t(412)}</b></p>"
        f"<p>🗓 Tháng này: <b>{q.t('9.871')}</b></p><p>Σ Tổng truy cập: <b>{q.t('1.284.509')}</b></p>"
    )
    inner = (
        f'<aside class="{C_SB} cot-phai">'
        f'<section class="{C_SB} kh"><h4 class="{C_SB} kh-td">ĐỌC NHIỀU NHẤT</h4><ol class="{C_SB} dn">{doc}</ol></section>'
        f'<section class="{C_SB} kh"><h4 class="{C_SB} kh-td">LIÊN KẾT WEBSITE</h4><div class="{C_SB} lk">{lk}</div></section>'
        f'<section class="{C_SB} kh"><h4 class="{C_SB} kh-td">THĂM DÒ Ý KIẾN</h4><div class="{C_SB} bc">{poll}</div></section>'
        f'<section class="{C_SB} kh"><h4 class="{C_SB} kh-td">THỐNG KÊ TRUY CẬP</h4><div class="{C_SB} tk">{counter}</div></section>'
        "</aside>"
    )
    return q.qv("sb1:k3", inner)


def _footer(q: Q) -> str:
    inner = (
        f'<footer class="{C_FT} chan-trang"><div class="{C_FT} ct-trai">'
        "<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN LỤC NGẠN</b></p>"
        "<p>Địa chỉ: Số 08 đường Thân Nhân Trung, thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang</p>"
        "<p>Điện thoại: 0204.3882.235 - Email: pgd.lucngan@bacgiang.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Thành - Trưởng phòng GD&amp;ĐT</p></div>"
        f'<div class="{C_FT} ct-phai"><a href="https://www.facebook.com/pgdlucngan" target="_blank">Facebook</a> · '
        '<a href="https://www.youtube.com/@pgdlucngan" target="_blank">YouTube</a> · '
        '<a href="https://zalo.me/pgdlucngan" target="_blank">Zalo OA</a></div>'
        f'<p class="{C_FT} bq">© 2024-2026 Phòng GD&amp;ĐT huyện Lục Ngạn. Ghi rõ nguồn khi phát hành lại '
        "thông tin từ website này. Thiết kế: Tổ CNTT · Built with Qwik ⚡</p></footer>"
    )
    return q.qv("ft2:m9", inner)


def _crumbs(q: Q, trail: list[tuple[str, str | None]]) -> str:
    parts = [q.a("/", "🏠 Trang chủ")]
    for label, href in trail:
        parts.append(q.a(href, esc(label)) if href else f'<span class="{C_MAIN} ht">{esc(label)}</span>')
    sep = f' <span class="{C_MAIN} ng">›</span> '
    return f'<div class="{C_MAIN} dd-trang" aria-label="breadcrumb">{sep.join(parts)}</div>'


_LOADER = (
    "(()=>{const t=document,e=window,n=new Set,o=t=>t.querySelectorAll(\"[q\\\\:base]\"),s=(t,e,n)=>"
    "t.dispatchEvent(new CustomEvent(e,{detail:n,bubbles:!0,composed:!0}));/* qwikloader */})()"
)


def page(
    request: Request,
    q: Q,
    title: str,
    main: str,
    *,
    canonical: str,
    description: str = "",
    state: list | None = None,
    head_extra: str = "",
    status: int = 200,
) -> Response:
    base = base_url(request)
    full_title = f"{title} | {SITE_SHORT}" if title != SITE_NAME else title
    head = (
        '<head q:head><meta charset="utf-8" q:head>'
        f"<title q:head>{esc(full_title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" q:head>'
        + (f'<meta name="description" content="{esc(description)}" q:head>' if description else "")
        + f'<meta property="og:title" content="{esc(title)}" q:head>'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}" q:head>'
        f'<link rel="canonical" href="{base}{canonical}" q:head>'
        f"{head_extra}"
        '<link rel="icon" type="image/svg+xml" href="/favicon.svg" q:head>'
        '<link rel="modulepreload" href="/build/q-BHz1fYyq.js"><link rel="modulepreload" href="/build/q-C1jtr0Ra.js">'
        '<link rel="stylesheet" href="/assets/Dk3Pq7xZ-style.css">'
        f'<style q:style="h7q2xk-0" hidden>.dau-trang.{C_HDR}{{background:#0b5394;color:#fff}}.c2.{C_HDR}{{position:absolute}}</style>'
        f'<style q:style="b8v4ct-0" hidden>.ndct.{C_BV} img{{max-width:100%;height:auto}}</style>'
        "</head>"
    )
    body = (
        '<body lang="vi">'
        + q.qv(
            "app3:rt",
            _header(q)
            + f'<main class="{C_MAIN} khung"><div class="{C_MAIN} cot-trai">{main}</div>{_sidebar(q)}</main>'
            + _footer(q),
        )
        + f'<script type="qwik/json">{_state(state or [])}</script>'
        '<script q:func="qwik/json">document["qFuncs_ao5m9k3c2p"]=[];</script>'
        f'<script id="qwikloader">{_LOADER}</script>'
        '<script>(window.qwikevents||=[]).push("click","mouseenter","qvisible","input")</script>'
        "</body>"
    )
    doc = (
        '<!DOCTYPE html><html lang="vi" q:container="paused" q:version="1.9.1" q:render="ssr" '
        'q:base="/build/" q:locale="" q:manifest-hash="r7x2qe" q:instance="ao5m9k3c2p">'
        "<!--qv q:id=0 q:key=wRi4:jw_0--><!--qv q:id=1 q:key=nm3C:0-->"
        f"{head}{body}<!--/qv--><!--/qv--></html>"
    )
    return html(doc, status=status)


# --- article pages ----------------------------------------------------------------------------

TAGS = {
    "tin-hoat-dong": ["hoạt động ngành", "Phòng GD&ĐT Lục Ngạn"],
    "giao-duc-mam-non": ["mầm non", "chuyên đề"],
    "giao-duc-tieu-hoc": ["tiểu học", "chuyên môn"],
    "giao-duc-thcs": ["THCS", "học sinh giỏi"],
    "thong-bao": ["thông báo"],
}


def _trail(story: Story) -> list[tuple[str, str | None]]:
    if story.cat == "thong-bao":
        return [("Thông báo", "/chuyen-muc/thong-bao/")]
    return [("Tin tức", "/tin-tuc/"), (CATS[story.cat], f"/chuyen-muc/{story.cat}/")]


def _date_line(q: Q, story: Story) -> str:
    loc = _local(story)
    parts = [
        q.t(THU[loc.weekday()]), ", ", q.t(f"{loc.day:02d}"), "/", q.t(f"{loc.month:02d}"), "/",
        q.t(loc.year),
    ]
    if _has_time(story):
        parts += [" - ", q.t(f"{loc.hour:02d}"), ":", q.t(f"{loc.minute:02d}")]
    return f'<time datetime="{_utc_attr(story)}" class="{C_BV} tg-dang">{"".join(parts)}</time>'


def _comments(q: Q, story: Story) -> str:
    items = story.opts.get("comments", [])
    rows = "".join(
        f'<div class="{C_BV} bl-muc" q:key="bl{n}"><div class="{C_BV} bl-ten"><b>{q.t(name)}</b> '
        f'<small>{q.t(when)}</small></div><div class="{C_BV} bl-nd">{q.t(msg)}</div>'
        f'<button class="{C_BV} bl-tl" on:click="q-Cn0bTq9e.js#s_traLoi[0]" q:id="{q.nid()}">Trả lời</button></div>'
        for n, (name, when, msg) in enumerate(items)
    )
    return (
        f'<section class="{C_BV} khung-bl"><h4>💬 Bình luận ({q.t(len(items))})</h4>{rows}'
        f'<div class="{C_BV} bl-gui"><input placeholder="Họ và tên" q:id="{q.nid()}"><textarea '
        'placeholder="Nội dung bình luận (bình luận sẽ được kiểm duyệt trước khi đăng)"></textarea>'
        f'<button on:click="q-Cn0bTq9e.js#s_guiBl[0]" q:id="{q.nid()}">Gửi bình luận</button></div></section>'
    )


def _resolved(src: str, page_path: str) -> str:
    return urljoin("http://x" + page_path, src)[len("http://x"):]


def article_page(request: Request, story: Story) -> Response:
    q = Q()
    nfd = bool(story.opts.get("nfd"))

    def tx(value: str) -> str:
        return unicodedata.normalize("NFD", value) if nfd else value

    path = f"/tin-tuc/{story.slug}/"
    base = base_url(request)
    crumbs = _crumbs(q, _trail(story))
    h1 = f'<h1 class="{C_BV} td-bv">{q.t(tx(story.title))}</h1>'
    meta = (
        f'<div class="{C_BV} tt-bv"><span class="{C_BV} tt-ng">🕒 {_date_line(q, story)}</span>'
        f'<span class="{C_BV} tt-nd">👤 Người đăng: {q.t(story.opts["poster"])}</span>'
        f'<span class="{C_BV} tt-lx">👁 {q.t(story.views())} lượt xem</span></div>'
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<p class="{C_BV} sapo-bv"><strong>{q.t(tx(story.summary))}</strong></p>'
    updated = ""
    if story.opts.get("updated"):
        up = datetime.fromisoformat(story.opts["updated"])
        upz = (up - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:00.000Z")
        updated = (
            f'<p class="{C_BV} cap-nhat"><em>Cập nhật lần cuối: <time datetime="{upz}">'
            f"{q.t(up.strftime('%d/%m/%Y - %H:%M'))}</time></em></p>"
        )
    share_url = f"{base}{path}"
    tools = (
        f'<div class="{C_BV} cong-cu">'
        f'<button class="{C_BV} nut-in" on:click="q-Ba9Xc2Lm.js#s_inBai[0]" q:id="{q.nid()}">🖨 In bài viết</button>'
        f'<a class="{C_BV} fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank" rel="noopener">Chia sẻ Facebook</a>'
        f'<a class="{C_BV} zl" href="https://zalo.me/share?url={esc(share_url)}" target="_blank" rel="noopener">Zalo</a>'
        f'<button class="{C_BV} nut-cp" on:click="q-Ba9Xc2Lm.js#s_saoChep[0]" q:id="{q.nid()}">🔗 Sao chép liên kết</button></div>'
    )
    tags = "".join(f'<span class="{C_BV} tag">#{esc(t)}</span>' for t in TAGS[story.cat])
    others = [s for s in STORIES if s is not story][:4]
    other_html = "".join(
        f'<li q:key="{s.id}">{q.a(f"/tin-tuc/{s.slug}/", q.t(s.title))} '
        f'<span class="{C_BV} tk-ng">({q.t(_local(s).strftime("%d/%m/%Y"))})</span></li>'
        for s in others
    )
    body_html = render_body(story)
    article = (
        f'<article class="{C_BV} bv" q:key="bv-{story.id}">'
        f"{h1}{meta}{sapo}"
        f'<div class="{C_BV} ndct" id="nd-bv">{body_html}</div>{updated}{tools}'
        f'<div class="{C_BV} tu-khoa">🏷 Từ khóa: {tags}</div>{_comments(q, story)}</article>'
        f'<section class="{C_BV} tin-khac"><h3 class="{C_BV} tk-td">TIN KHÁC</h3><ul>{other_html}</ul></section>'
    )
    main = crumbs + q.qv(f"bv{story.id}:x0", article)
    head_extra = (
        '<meta property="og:type" content="article" q:head>'
        f'<meta property="og:url" content="{base}{path}" q:head>'
        f'<meta property="article:published_time" content="{_utc_attr(story)}" q:head>'
    )
    if story.images:
        head_extra += f'<meta property="og:image" content="{base}{_resolved(story.images[0].src, path)}" q:head>'
    state = [
        {"baiViet": "1", "tinKhac": "2"},
        {
            "id": story.id,
            "tieuDe": story.title,
            "slug": story.slug,
            "chuyenMuc": story.cat,
            "moTa": _excerpt(story),
            "noiDung": body_html,
            "ngayDang": _utc_attr(story),
            "nguoiDang": story.opts["poster"],
            "luotXem": story.views(),
        },
        [{"id": s.id, "tieuDe": s.title, "slug": s.slug} for s in others],
    ]
    return page(
        request, q, story.title, main, canonical=path, description=_excerpt(story),
        state=state, head_extra=head_extra,
    )


# --- listings ---------------------------------------------------------------------------------


def _item(q: Q, story: Story, href: str) -> str:
    return (
        f'<div class="{C_DS} o-tin" q:key="{story.id}">'
        + q.a(href, f'<img src="{_thumb(story)}" width="240" height="160" loading="lazy" decoding="async" alt="">', f"{C_DS} o-anh")
        + f'<div class="{C_DS} o-nd"><h3 class="{C_DS} o-td">{q.a(href, q.t(story.title))}</h3>'
        f'<p class="{C_DS} o-tg">🕒 {q.t(_relative(story))} · {q.t(CATS[story.cat])}</p>'
        f'<p class="{C_DS} o-mt">{q.t(_excerpt(story))}</p></div></div>'
    )


def _page_no(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


def listing_page(request: Request, items_all: list[Story], per: int, heading: str, trail, canonical: str) -> Response:
    q = Q()
    n = _page_no(request)
    items = items_all[(n - 1) * per : n * per]
    total = max(1, -(-len(items_all) // per))
    if items:
        rows = "".join(_item(q, s, f"/tin-tuc/{s.slug}/") for s in items)
    else:
        rows = f'<p class="{C_DS} rong">Chưa có bài viết nào trong mục này.</p>'
    pager: list[str] = []
    if n > 1:
        pager.append(q.a(f"?page={n - 1}", "« Trang trước", f"{C_DS} pt-lui"))
    if total > 1:
        for k in range(1, total + 1):
            pager.append(f'<span class="{C_DS} pt-ht">{k}</span>' if k == n else q.a(f"?page={k}", str(k), f"{C_DS} pt-so"))
    if len(items) == per:  # the developer's rule: a full page has a next one
        pager.append(q.a(f"?page={n + 1}", "Trang sau »", f"{C_DS} pt-tiep"))
    title = heading if n == 1 else f"{heading} - Trang {n}"
    main = (
        _crumbs(q, trail)
        + q.qv(
            "ds4:p" + str(n),
            f'<section class="{C_DS} ds"><h1 class="{C_DS} ds-td">{esc(heading)}</h1>{rows}'
            f'<nav class="{C_DS} phan-trang">{"".join(pager)}</nav></section>',
        )
    )
    state = [{"trang": n, "tongSo": len(items_all)}, [{"id": s.id, "slug": s.slug, "tieuDe": s.title} for s in items]]
    return page(request, q, title, main, canonical=canonical + (f"?page={n}" if n > 1 else ""), state=state)


def news_page(request: Request) -> Response:
    return listing_page(request, NEWS_ORDER, PER_PAGE_NEWS, "Tin tức", [("Tin tức", None)], "/tin-tuc/")


def category_page(request: Request, cat: str) -> Response:
    items = [s for s in STORIES if s.cat == cat]
    trail = [(CATS[cat], None)] if cat == "thong-bao" else [("Tin tức", "/tin-tuc/"), (CATS[cat], None)]
    return listing_page(request, items, PER_PAGE_CAT, CATS[cat], trail, f"/chuyen-muc/{cat}/")


def search_page(request: Request) -> Response:
    q = Q()
    kw = request.params.get("q", "").strip()
    if not kw:
        rows = f'<p class="{C_DS} rong">Vui lòng nhập từ khóa cần tìm.</p>'
        found: list[Story] = []
    else:
        found = [s for s in STORIES if kw.casefold() in s.title.casefold()]
        rows = "".join(_item(q, s, f"/tin-tuc/{s.slug}/") for s in found) or (
            f'<p class="{C_DS} rong">Không tìm thấy kết quả nào cho “{esc(kw)}”.</p>'
        )
    main = _crumbs(q, [("Tìm kiếm", None)]) + (
        f'<section class="{C_DS} ds"><h1 class="{C_DS} ds-td">Kết quả tìm kiếm: {q.t(kw)} ({q.t(len(found))})</h1>{rows}</section>'
    )
    return page(request, q, "Tìm kiếm", main, canonical="/tim-kiem/")


# --- home -------------------------------------------------------------------------------------

HOME_Q = "?tu=trang-chu"

DOCS = {
    "1302-qd-pgddt": {
        "so": "1302/QĐ-PGDĐT",
        "loai": "Quyết định",
        "ngay": "25/11/2026",
        "hieu_luc": "25/11/2026",
        "trich": "Quyết định thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi cấp huyện cấp Tiểu học năm học 2026-2027",
        "ky": "Nguyễn Văn Thành",
        "file": "/uploads/van-ban/2026/1302-qd-pgddt.pdf",
    },
    "1245-kh-pgddt": {
        "so": "1245/KH-PGDĐT",
        "loai": "Kế hoạch",
        "ngay": "10/10/2026",
        "hieu_luc": "10/10/2026",
        "trich": "Kế hoạch tổ chức Cuộc thi “Thiết kế bài giảng điện tử” năm 2026",
        "ky": "Nguyễn Văn Thành",
        "file": "/uploads/van-ban/2026/1245-kh-pgddt.pdf",
    },
}
ALBUM = "ky-niem-44-nam-ngay-nha-giao"
VIDEO = "khai-mac-hoi-khoe-phu-dong-2026"


def home_page(request: Request) -> Response:
    q = Q()
    slides = "".join(
        f'<div class="{C_MAIN} slide" q:key="sl{s.id}">'
        + q.a(f"/tin-tuc/{s.slug}/{HOME_Q}", f'<img src="/uploads/slide/slide-{s.id}.jpg" alt="{esc(s.title)}">')
        + "</div>"
        for s in (BY_ID[12], BY_ID[8], BY_ID[13])
    )
    lead, *rest = HOME_FEATURED
    lead_href = f"/tin-tuc/{lead.slug}/{HOME_Q}"
    big = (
        f'<div class="{C_MAIN} tnb-lon">'
        + q.a(lead_href, f'<img src="{_thumb(lead)}" width="540" height="360" alt="">')
        + f"<h2>{q.a(lead_href, q.t(lead.title))}</h2><p>{q.t(_excerpt(lead))}</p></div>"
    )
    small = "".join(
        f'<li q:key="{s.id}">{q.a(f"/tin-tuc/{s.slug}/{HOME_Q}", q.t(s.title))} '
        f'<span class="{C_MAIN} tg">{q.t(_relative(s))}</span></li>'
        for s in rest
    )
    notices = "".join(
        f'<li q:key="{s.id}"><span class="{C_MAIN} tb-ng">{q.t(_local(s).strftime("%d/%m"))}</span> '
        f'{q.a(f"/tin-tuc/{s.slug}/{HOME_Q}", q.t(s.title))}</li>'
        for s in HOME_NOTICES
    )
    docs = "".join(
        f'<tr><td>{q.a(f"/van-ban/{k}/", esc(d["so"]))}</td><td>{esc(d["ngay"])}</td><td>{esc(d["trich"])}</td></tr>'
        for k, d in DOCS.items()
    )
    main = q.qv(
        "home5:0",
        f'<section class="{C_MAIN} slider" on:qvisible="q-Dm2k1xQe.js#s_chayslide[0]">{slides}</section>'
        f'<section class="{C_MAIN} tnb"><h3 class="{C_MAIN} k-td">TIN NỔI BẬT</h3>{big}<ul class="{C_MAIN} tnb-ds">{small}</ul>'
        f'<button class="{C_MAIN} xem-them" on:click="q-Dm2k1xQe.js#s_taiThem[0]" q:id="{q.nid()}">Xem thêm tin ›</button></section>'
        f'<section class="{C_MAIN} k-tb"><h3 class="{C_MAIN} k-td">📢 THÔNG BÁO</h3><ul>{notices}</ul></section>'
        f'<section class="{C_MAIN} k-vb"><h3 class="{C_MAIN} k-td">VĂN BẢN MỚI</h3><table class="{C_MAIN} bvb">'
        f"<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{docs}</tbody></table>"
        f'{q.a("/van-ban/", "Xem tất cả văn bản »")}</section>'
        f'<section class="{C_MAIN} k-tv"><div><h3 class="{C_MAIN} k-td">THƯ VIỆN ẢNH</h3>'
        + q.a(f"/thu-vien-anh/{ALBUM}/", '<img src="/uploads/album/20-11-2026/anh-01.jpg" alt=""><p>Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</p>')
        + f'</div><div><h3 class="{C_MAIN} k-td">VIDEO</h3>'
        + q.a(f"/video/{VIDEO}/", '<img src="/uploads/video/hkpd-2026.jpg" alt=""><p>▶ Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII</p>')
        + "</div></section>",
    )
    state = [
        {"tinMoi": "1", "thongBao": "2"},
        [
            {"id": s.id, "slug": s.slug, "tieuDe": s.title, "trangThai": "xuat-ban"}
            for s in HOME_FEATURED
        ]
        + [{"id": 14, "slug": DRAFT_SLUG, "tieuDe": "[NHÁP] Kế hoạch thi chọn học sinh giỏi cấp huyện lớp 9", "trangThai": "nhap"}],
        [{"id": s.id, "slug": s.slug, "tieuDe": s.title} for s in HOME_NOTICES],
    ]
    return page(
        request, q, SITE_NAME, main, canonical="/",
        description="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Lục Ngạn, tỉnh Bắc Giang",
        state=state,
    )


# --- pages that are not articles --------------------------------------------------------------


def _plain(request: Request, title: str, trail, inner: str, canonical: str) -> Response:
    q = Q()
    main = _crumbs(q, trail) + q.qv(
        "tr6:" + canonical.strip("/").replace("/", "_"),
        f'<section class="{C_BV} trang-tinh"><h1 class="{C_BV} td-bv">{q.t(title)}</h1>{inner}</section>',
    )
    return page(request, q, title, main, canonical=canonical)


def intro_page(request: Request) -> Response:
    inner = (
        "<p>Phòng Giáo dục và Đào tạo huyện Lục Ngạn là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, "
        "có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào "
        "tạo trên địa bàn huyện; chịu sự chỉ đạo, hướng dẫn, kiểm tra, thanh tra về chuyên môn, nghiệp "
        "vụ của Sở Giáo dục và Đào tạo tỉnh Bắc Giang.</p>"
        "<h3>Nhiệm vụ, quyền hạn</h3><ul>"
        "<li>Trình UBND huyện ban hành quyết định, chỉ thị; kế hoạch dài hạn, 05 năm và hằng năm về giáo dục;</li>"
        "<li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch về giáo dục sau khi được phê duyệt;</li>"
        "<li>Quản lý chuyên môn đối với các trường mầm non, tiểu học, THCS trên địa bàn huyện;</li>"
        "<li>Tổng hợp, thống kê, báo cáo định kỳ và đột xuất về tình hình giáo dục với UBND huyện và Sở GD&amp;ĐT.</li></ul>"
        "<p>Toàn huyện hiện có 28 trường mầm non, 30 trường tiểu học, 27 trường THCS với hơn 42.000 học sinh "
        "và trên 3.000 cán bộ, giáo viên, nhân viên.</p>"
        '<p>Xem thêm: <a href="/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></p>'
    )
    return _plain(request, "Giới thiệu chung", [("Giới thiệu", None)], inner, "/gioi-thieu/")


def org_page(request: Request) -> Response:
    rows = [
        ("Nguyễn Văn Thành", "Trưởng phòng", "0912.345.018", "Phụ trách chung; tổ chức cán bộ, tài chính"),
        ("Lê Thị Minh Phương", "Phó Trưởng phòng", "0983.221.476", "Phụ trách giáo dục mầm non, tiểu học"),
        ("Trần Văn Hưng", "Phó Trưởng phòng", "0969.118.305", "Phụ trách giáo dục THCS, khảo thí, kiểm định"),
    ]
    body = "".join(f"<tr><td>{i + 1}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for i, (a, b, c, d) in enumerate(rows))
    inner = (
        "<h3>Lãnh đạo phòng</h3>"
        '<table class="bang-ld" border="1" cellpadding="4"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Điện thoại</th><th>Nhiệm vụ phân công</th></tr></thead><tbody>{body}</tbody></table>"
        "<h3>Các bộ phận chuyên môn</h3><ul><li>Tổ Văn phòng - Kế toán</li><li>Tổ Mầm non</li>"
        "<li>Tổ Tiểu học</li><li>Tổ THCS</li><li>Tổ Khảo thí - Kiểm định chất lượng</li></ul>"
    )
    return _plain(request, "Cơ cấu tổ chức", [("Giới thiệu", "/gioi-thieu/"), ("Cơ cấu tổ chức", None)], inner, "/gioi-thieu/co-cau-to-chuc/")


def contact_page(request: Request) -> Response:
    thanks = ""
    if request.method == "POST":
        thanks = '<p class="tb-ok">✅ Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</p>'
    inner = (
        f"{thanks}<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN LỤC NGẠN</b></p>"
        "<p>📍 Địa chỉ: Số 08 đường Thân Nhân Trung, thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang</p>"
        "<p>☎ Điện thoại: 0204.3882.235 - Fax: 0204.3882.236</p>"
        "<p>✉ Email: pgd.lucngan@bacgiang.edu.vn</p>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3714.1!2d106.55!3d21.37" '
        'width="100%" height="320" style="border:0" loading="lazy"></iframe>'
        '<form action="?qaction=lh7Fq2a" method="post" class="f-lh"><input name="hoTen" placeholder="Họ và tên">'
        '<input name="email" placeholder="Email"><textarea name="noiDung" placeholder="Nội dung"></textarea>'
        '<button type="submit">Gửi liên hệ</button></form>'
    )
    return _plain(request, "Liên hệ", [("Liên hệ", None)], inner, "/lien-he/")


def docs_page(request: Request) -> Response:
    q = Q()
    rows = "".join(
        f'<tr q:key="{k}"><td>{i + 1}</td><td>{q.a(f"/van-ban/{k}/", esc(d["so"]))}</td><td>{esc(d["loai"])}</td>'
        f'<td>{esc(d["ngay"])}</td><td>{esc(d["trich"])}</td><td><a href="{d["file"]}">📄 Tải về</a></td></tr>'
        for i, (k, d) in enumerate(DOCS.items())
    )
    main = _crumbs(q, [("Văn bản", None)]) + q.qv(
        "vb7:0",
        f'<section class="{C_DS} ds"><h1 class="{C_DS} ds-td">Văn bản chỉ đạo, điều hành</h1>'
        '<table class="bang-vb" border="1"><thead><tr><th>TT</th><th>Số ký hiệu</th><th>Loại</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></section>",
    )
    return page(request, q, "Văn bản", main, canonical="/van-ban/")


def doc_page(request: Request, key: str) -> Response:
    d = DOCS[key]
    fields = [
        ("Số ký hiệu", d["so"]), ("Loại văn bản", d["loai"]), ("Cơ quan ban hành", "Phòng GD&ĐT huyện Lục Ngạn"),
        ("Ngày ban hành", d["ngay"]), ("Ngày hiệu lực", d["hieu_luc"]), ("Người ký", d["ky"]), ("Trích yếu", d["trich"]),
    ]
    rows = "".join(f'<tr><th style="width:30%">{esc(a)}</th><td>{esc(b)}</td></tr>' for a, b in fields)
    inner = (
        f'<table class="ct-vb" border="1" cellpadding="5">{rows}'
        f'<tr><th>Tệp đính kèm</th><td><a href="{d["file"]}" target="_blank">📄 {esc(d["file"].rsplit("/", 1)[1])}</a></td></tr></table>'
        '<p><a href="/van-ban/">« Quay lại danh sách văn bản</a></p>'
    )
    return _plain(request, f"{d['loai']} số {d['so']}", [("Văn bản", "/van-ban/"), (d["so"], None)], inner, f"/van-ban/{key}/")


ALBUM_PHOTOS = [
    "Các đại biểu dự Lễ kỷ niệm",
    "Tiết mục văn nghệ chào mừng của Trường Tiểu học Thị trấn Chũ",
    "Trao Giấy khen cho các nhà giáo tiêu biểu",
    "Lãnh đạo huyện tặng hoa chúc mừng ngành Giáo dục",
    "Các nhà giáo nghỉ hưu về dự buổi lễ",
    "Chụp ảnh lưu niệm",
]


def albums_page(request: Request) -> Response:
    q = Q()
    main = _crumbs(q, [("Thư viện ảnh", None)]) + q.qv(
        "tv8:0",
        f'<section class="{C_DS} ds"><h1 class="{C_DS} ds-td">Thư viện ảnh</h1><div class="{C_DS} luoi-album">'
        + q.a(f"/thu-vien-anh/{ALBUM}/", '<img src="/uploads/album/20-11-2026/anh-01.jpg" alt=""><p>Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/2026)</p><small>6 ảnh</small>')
        + "</div></section>",
    )
    return page(request, q, "Thư viện ảnh", main, canonical="/thu-vien-anh/")


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<figure class="anh-album"><img src="/uploads/album/20-11-2026/anh-{i + 1:02d}.jpg" alt="{esc(c)}"><figcaption>{esc(c)}</figcaption></figure>'
        for i, c in enumerate(ALBUM_PHOTOS)
    )
    inner = (
        '<p class="tt-album">🕒 20/11/2026 · 6 ảnh · 👁 1.204 lượt xem</p>'
        "<p>Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) do "
        "Phòng GD&amp;ĐT huyện Lục Ngạn tổ chức.</p>"
        f'<div class="luoi-anh">{photos}</div><p><a href="/thu-vien-anh/">« Các album khác</a></p>'
    )
    return _plain(
        request, "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/2026)",
        [("Thư viện", "/thu-vien-anh/"), ("Thư viện ảnh", None)], inner, f"/thu-vien-anh/{ALBUM}/",
    )


def videos_page(request: Request) -> Response:
    q = Q()
    main = _crumbs(q, [("Video", None)]) + q.qv(
        "vd9:0",
        f'<section class="{C_DS} ds"><h1 class="{C_DS} ds-td">Video</h1><div class="{C_DS} luoi-album">'
        + q.a(f"/video/{VIDEO}/", '<img src="/uploads/video/hkpd-2026.jpg" alt=""><p>▶ Phóng sự: Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026</p>')
        + "</div></section>",
    )
    return page(request, q, "Video", main, canonical="/video/")


def video_page(request: Request) -> Response:
    inner = (
        '<p class="tt-video">🕒 03/12/2026 · 👁 689 lượt xem</p>'
        '<div class="khung-video"><iframe width="100%" height="400" src="https://www.youtube.com/embed/Xq7vK2mPd0s" '
        'title="YouTube video player" frameborder="0" allowfullscreen></iframe></div>'
        "<p>Phóng sự của Trung tâm Văn hóa, Thông tin và Thể thao huyện về Lễ khai mạc Hội khỏe Phù Đổng "
        "cấp huyện lần thứ XII năm 2026 tại Sân vận động trung tâm huyện tối 02/12/2026.</p>"
        '<p><a href="/video/">« Các video khác</a></p>'
    )
    return _plain(
        request, "Phóng sự: Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026",
        [("Thư viện", "/thu-vien-anh/"), ("Video", "/video/")], inner, f"/video/{VIDEO}/",
    )


def not_found(request: Request) -> Response:
    q = Q()
    inner = (
        f'<section class="{C_BV} trang-404"><h1>404</h1><p>Không tìm thấy trang bạn yêu cầu. Trang có thể đã '
        f'bị xóa hoặc chuyển sang địa chỉ khác.</p>{q.a("/", "« Về trang chủ")}</section>'
    )
    return page(request, q, "Không tìm thấy trang", inner, canonical=request.path, status=404)


# --- the site ---------------------------------------------------------------------------------

_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0b5394"/></svg>'


def _static(path: str) -> Response | None:
    if path == "/favicon.svg":
        return Response(200, _SVG, {"Content-Type": "image/svg+xml"})
    if not path.startswith(("/uploads/", "/images/", "/build/", "/assets/")):
        return None
    if path.startswith("/uploads/") and path.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return static_file(path)


class QwikCityPgd:
    def _route(self, request: Request | None, path: str):
        """The renderer for ``path`` (a callable taking the request), None if no route."""
        fixed = {
            "/": home_page,
            "/tin-tuc/": news_page,
            "/tim-kiem/": search_page,
            "/gioi-thieu/": intro_page,
            "/gioi-thieu/co-cau-to-chuc/": org_page,
            "/lien-he/": contact_page,
            "/van-ban/": docs_page,
            "/thu-vien-anh/": albums_page,
            f"/thu-vien-anh/{ALBUM}/": album_page,
            "/video/": videos_page,
            f"/video/{VIDEO}/": video_page,
        }
        if path in fixed:
            return fixed[path]
        parts = path.strip("/").split("/")
        if not path.endswith("/") or len(parts) != 2:
            return None
        head, slug = parts
        if head == "tin-tuc" and slug in BY_SLUG:
            return lambda r: article_page(r, BY_SLUG[slug])
        if head == "chuyen-muc" and slug in CATS:
            return lambda r: category_page(r, slug)
        if head == "van-ban" and slug in DOCS:
            return lambda r: doc_page(r, slug)
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        static = _static(path)
        if static is not None or path.startswith(("/uploads/", "/images/", "/build/", "/assets/")):
            return static
        route = self._route(request, path)
        if route is not None:
            return route(request)
        if not path.endswith("/") and self._route(request, path + "/") is not None:
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        return not_found(request)


def build_site() -> QwikCityPgd:
    return QwikCityPgd()


# --- gold -------------------------------------------------------------------------------------

_HOME_LINKED = {s.id for s in HOME_FEATURED} | {s.id for s in HOME_NOTICES}


def _gold(story: Story) -> dict:
    path = f"/tin-tuc/{story.slug}/"
    alts = [path + HOME_Q] if story.id in _HOME_LINKED else []
    return gold_record(story, path, CATS[story.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in sorted(STORIES, key=lambda s: s.id)]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    "/van-ban/1302-qd-pgddt/",
    "/van-ban/1245-kh-pgddt/",
    f"/thu-vien-anh/{ALBUM}/",
    f"/video/{VIDEO}/",
]
